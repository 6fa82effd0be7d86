"""``timeline explore``: the explorer page for the working data, before anything is published.

A curator who has accepted a new report wants to see it as readers will.  The working
data (a curated ``datasets/`` folder) is built into a release inside a folder of its
own, with the same code ``timeline build`` runs, and the explorer is written beside it;
or an existing release is copied there.  Nothing outside that folder is written.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import InputError
from timeline.publish.explorer.site import PAGE_NAME, write_explorer

WORKING_NOTE = (
    "Working copy of {datasets} (version {version} in dataset.yaml), built for a preview: "
    "not a published release."
)


@dataclass(frozen=True)
class ExploreSite:
    """Where the page was written, for which version, and from what ('datasets' or 'release')."""

    page: Path
    version: str
    origin: str


def _check_folder(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        msg = f"{folder}: exists and is not an empty folder; pick a new folder for the page"
        raise InputError(msg)
    folder.mkdir(parents=True, exist_ok=True)


def explore_datasets(folder: Path, datasets_dir: Path) -> ExploreSite:
    """Build ``datasets_dir`` into ``folder`` (validated as a build would) and write the page."""
    from timeline.publish.build import build

    _check_folder(folder)
    result = build(datasets_dir, folder)
    note = WORKING_NOTE.format(datasets=datasets_dir, version=result.version)
    write_explorer(folder, notes={result.version: note})
    return ExploreSite(folder / PAGE_NAME, result.version, "datasets")


def explore_release(folder: Path, version: str | None) -> ExploreSite:
    """Copy release ``version`` into ``folder`` and write the page; None is the newest
    release on this machine (bundled or cached), as for :func:`timeline.load`."""
    from timeline.releases.resolve import open_release

    release = open_release(version)
    _check_folder(folder)
    shutil.copytree(release.path, folder / release.version)
    write_explorer(folder)
    return ExploreSite(folder / PAGE_NAME, release.version, "release")
