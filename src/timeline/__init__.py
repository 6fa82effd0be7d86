"""timeline: a sourced fact timeline of North Korea's military support to Russia in 2024.

``timeline.load("claims")`` returns a table of the newest bundled release;
``timeline.load_timeline()`` the claims joined with events, claimants and
sources.  Heavy libraries are imported only when a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import TimelineError

__version__ = "1.0.0"

__all__ = [
    "TimelineError",
    "__version__",
    "load",
    "load_timeline",
    "tables",
    "versions",
]

if TYPE_CHECKING:
    from .loader import load, load_timeline, tables, versions


def __getattr__(name: str) -> Any:
    if name in {"load", "load_timeline", "tables", "versions"}:
        from . import loader

        return getattr(loader, name)
    msg = f"module 'timeline' has no attribute {name!r}"
    raise AttributeError(msg)
