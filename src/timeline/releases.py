"""Find a release by version: bundled with the package (and, later, cached downloads)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ReleaseNotFoundError
from .manifest import MANIFEST_NAME, Manifest
from .paths import bundled_root, parse_version, releases_in


@dataclass(frozen=True)
class Release:
    """A release on disk: its version, folder and manifest."""

    version: str
    path: Path
    manifest: Manifest

    def file(self, name: str) -> Path:
        return self.path / name


def local_versions() -> list[str]:
    """Versions available without the network, oldest first."""
    return releases_in(bundled_root())


def open_release(version: str | None = None) -> Release:
    """The release ``version`` (None: the newest bundled one)."""
    available = local_versions()
    if version is None:
        if not available:
            msg = "no release is bundled with this installation of timeline"
            raise ReleaseNotFoundError(msg)
        version = available[-1]
    parse_version(version)
    if version not in available:
        known = ", ".join(available) or "none"
        msg = f"release {version} is not available locally (available: {known})"
        raise ReleaseNotFoundError(msg)
    folder = bundled_root() / version
    return Release(version, folder, Manifest.read(folder / MANIFEST_NAME))
