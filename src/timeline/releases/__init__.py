"""Releases: where they live, how they are indexed, verified, fetched, resolved and compared.

Release 1.0 had a module ``timeline.releases`` where this package now stands; its
functions (``timeline.releases.download_release``, ``open_release``…) live in
:mod:`timeline.releases.resolve` and are still found here, with a
:class:`DeprecationWarning`, for one release.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    import importlib
    import warnings

    resolve = importlib.import_module("timeline.releases.resolve")
    if name in resolve.__all__:
        warnings.warn(
            f"timeline.releases.{name} has moved to timeline.releases.resolve.{name}: import "
            "it from there; the old name keeps working for one release",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(resolve, name)
    msg = f"module 'timeline.releases' has no attribute {name!r}"
    raise AttributeError(msg)
