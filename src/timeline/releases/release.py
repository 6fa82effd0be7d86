"""A release on disk, and reading one from its folder.

Below both :mod:`timeline.releases.resolve` (which finds a release by version) and
:mod:`timeline.releases.mirror` (which fetches and copies releases), so neither needs
the other to name what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from timeline.releases.manifest import MANIFEST_NAME, Manifest
from timeline.releases.verify import refuse_symlinks


@dataclass(frozen=True)
class Release:
    """A release on disk: its version, folder, manifest and where it came from.

    ``origin`` is 'bundled' (inside the package), 'cache' (downloaded earlier or
    just now) or 'folder' (a release folder given by path).
    """

    version: str
    path: Path
    manifest: Manifest
    origin: str = "bundled"

    def file(self, name: str) -> Path:
        return self.path / name


def read_release(folder: Path, origin: str = "folder") -> Release:
    """The release stored in ``folder`` (which holds a manifest.json and no symbolic link)."""
    refuse_symlinks(folder)
    manifest = Manifest.read(folder / MANIFEST_NAME)
    return Release(manifest.version, folder, manifest, origin)
