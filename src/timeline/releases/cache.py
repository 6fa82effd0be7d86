"""The download cache: ``<cache_dir>/<version>/`` holds one verified release each.

A version folder appears only by an atomic rename after every file in it was
verified (see :mod:`timeline.releases.mirror`), so a folder with a manifest is a
complete release; half-finished downloads live in ``.<version>.*.tmp`` folders
that are removed on failure and are never read.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from timeline.releases.paths import parse_version, releases_in
from timeline.releases.settings import Settings


def release_dir(settings: Settings, version: str) -> Path:
    """Where ``version`` is (or would be) cached."""
    parse_version(version)
    return settings.cache_dir / version


def cached_versions(settings: Settings) -> list[str]:
    """Versions in the cache, oldest first."""
    return releases_in(settings.cache_dir)


def clear(settings: Settings, version: str | None = None) -> list[str]:
    """Delete one cached release (or all of them); returns the versions removed."""
    versions = [version] if version else cached_versions(settings)
    removed = []
    for item in versions:
        folder = release_dir(settings, item)
        if folder.is_dir():
            shutil.rmtree(folder)
            removed.append(item)
    return removed
