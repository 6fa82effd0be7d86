"""timeline: a sourced fact timeline of North Korea's military support to Russia in 2024.

``timeline.load("claims")`` returns a table of the newest release on this machine
(bundled or downloaded);
``timeline.load_timeline()`` the claims joined with events, claimants and
sources; ``timeline.estimates("ev-0001")`` every figure claimed for one event over
time; ``timeline.download_release("1.1.0")`` fetches and verifies a release
from a mirror; ``timeline.releases.diff.diff("1.0.0", "1.1.0")`` compares two releases.
Heavy libraries are imported only when a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline import moved
from timeline.errors import TimelineError

__version__ = "1.0.0"

__all__ = [
    "TimelineError",
    "__version__",
    "download_release",
    "estimates",
    "load",
    "load_timeline",
    "tables",
    "versions",
]

if TYPE_CHECKING:
    from timeline.loader import load, load_timeline, tables, versions
    from timeline.outputs.estimates import estimates
    from timeline.releases.resolve import download_release

_LAZY = {
    "load": "loader",
    "load_timeline": "loader",
    "tables": "loader",
    "versions": "loader",
    "download_release": "releases.resolve",
    "estimates": "outputs.estimates",
}


moved.install()  # old import paths of moved modules (timeline.frictionless_parquet…)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    if f"{__name__}.{name}" in moved.MOVED:
        from importlib import import_module

        return import_module(f"{__name__}.{name}")  # warns that it moved
    msg = f"module 'timeline' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    """The lazy functions too, so tab completion in a notebook offers ``timeline.load``."""
    return sorted({*globals(), *__all__})
