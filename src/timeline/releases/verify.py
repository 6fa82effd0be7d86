"""Is a release folder exactly what its manifest says?  Checked before timeline trusts one.

Every folder timeline reads a release from goes through here: a cached release
before it is used, a download before it is installed, a folder given by path.

* Names from a manifest are canonical relative paths that stay inside the folder
  (:func:`safe_name`): no ``..``, no absolute path, no backslash, no control character,
  not the manifest itself.
* No symbolic link anywhere in the folder, the folder itself included
  (:func:`refuse_symlinks`): a link would make a "release file" any file on the
  machine, and a later write through it could land outside the folder.
* Every listed file is there with its recorded SHA-256 and size (:func:`verify_folder`),
  and a manifest whose version the bundled index lists is the published one
  (:func:`check_published`).

:func:`check_release` does all of it, and remembers (per process) the size, inode and
modification time of each file it hashed, so opening the same untouched cached
release again costs a few ``stat`` calls rather than reading every byte.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath

from timeline.errors import InputError, IntegrityError
from timeline.releases.index import bundled_index
from timeline.releases.manifest import MANIFEST_NAME, Manifest, sha256_file
from timeline.releases.messages import shown

#: folder -> the (name, inode, size, mtime) of every file when it last verified.
_VERIFIED: dict[str, tuple[tuple[str, int, int, int], ...]] = {}


#: The deepest and longest file name a manifest may use (releases use ``texts/<name>.txt``).
MAX_NAME_DEPTH = 8
MAX_NAME_CHARS = 1024


def safe_name(name: str, where: str) -> PurePosixPath:
    """A manifest file name as a relative path that cannot escape the release folder.

    Also at most ``MAX_NAME_DEPTH`` folders deep and ``MAX_NAME_CHARS`` long: a name
    1,000 folders deep made creating its parents recurse until Python gave up.
    """
    if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
        msg = f"{where}: refusing unsafe file name {shown(name)} in the manifest (too long)"
        raise IntegrityError(msg)
    path = PurePosixPath(name)
    if len(path.parts) > MAX_NAME_DEPTH or any(len(p.encode()) > 255 for p in path.parts):
        msg = f"{where}: refusing unsafe file name {shown(name)} in the manifest (too deep)"
        raise IntegrityError(msg)
    if (
        not name
        or path.is_absolute()
        or "\\" in name
        or any(ord(c) < 32 or ord(c) == 127 for c in name)
        or any(p in ("", "..") for p in path.parts)
        or path.as_posix() in (MANIFEST_NAME, ".")
        or path.as_posix() != name  # not canonical: "a//b", "./x", "x/"
    ):
        msg = f"{where}: refusing unsafe file name {shown(name)} in the manifest"
        raise IntegrityError(msg)
    return path


def refuse_symlinks(folder: Path) -> None:
    """Raise IntegrityError if ``folder`` is, or holds at any depth, a symbolic link."""
    if folder.is_symlink():
        msg = (
            f"{folder}: is a symbolic link; timeline reads releases only from real folders "
            "of regular files (a link could point anywhere on this machine)"
        )
        raise IntegrityError(msg)
    for base, dirs, files in os.walk(folder, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(base) / name
            if path.is_symlink():
                msg = (
                    f"{path}: is a symbolic link inside release folder {folder}; a release "
                    "holds regular files only (a link could point anywhere on this machine)"
                )
                raise IntegrityError(msg)


def verify_folder(folder: Path, manifest: Manifest) -> None:
    """Every file the manifest lists is in ``folder`` with its exact SHA-256 and size.

    The message states the fact only; callers add what to do about it.
    """
    refuse_symlinks(folder)
    for name, info in sorted(manifest.files.items()):
        path = folder / safe_name(name, str(folder / MANIFEST_NAME))
        if not path.is_file():
            msg = f"{path}: missing from release {manifest.version}"
            raise IntegrityError(msg)
        actual = sha256_file(path)
        size = path.stat().st_size
        if actual != info["sha256"] or size != info["bytes"]:
            msg = (
                f"{path}: SHA-256 {actual} ({size} bytes) does not match the manifest's "
                f"{info['sha256']} ({info['bytes']} bytes)"
            )
            raise IntegrityError(msg)


def check_published(folder: Path, manifest: Manifest) -> None:
    """A manifest of a version the bundled index lists must be the published one."""
    entry = bundled_index().get(manifest.version)
    if entry is not None:
        actual = sha256_file(folder / MANIFEST_NAME)
        if actual != entry.manifest_sha256:
            msg = (
                f"{folder / MANIFEST_NAME}: SHA-256 {actual} is not the published manifest's "
                f"{entry.manifest_sha256}"
            )
            raise IntegrityError(msg)


def _signature(folder: Path, manifest: Manifest) -> tuple[tuple[str, int, int, int], ...] | None:
    names = [MANIFEST_NAME, *sorted(manifest.files)]
    items = []
    for name in names:
        try:
            info = (folder / name).lstat()
        except (OSError, ValueError):
            return None
        items.append((name, info.st_ino, info.st_size, info.st_mtime_ns))
    return tuple(items)


def check_release(folder: Path, version: str | None = None) -> Manifest:
    """The manifest of the release in ``folder`` once the folder passed every check.

    Raises IntegrityError (never InputError) for anything wrong: a link, a missing or
    unreadable manifest, another version than ``version``, an unpublished manifest, a
    missing or modified file.
    """
    refuse_symlinks(folder)
    try:
        manifest = Manifest.read(folder / MANIFEST_NAME)
    except InputError as exc:
        raise IntegrityError(str(exc)) from None
    if version is not None and manifest.version != version:
        msg = f"{folder / MANIFEST_NAME}: describes release {manifest.version}, not {version}"
        raise IntegrityError(msg)
    check_published(folder, manifest)
    key = str(folder.absolute())
    before = _signature(folder, manifest)
    if before is None or _VERIFIED.get(key) != before:
        _VERIFIED.pop(key, None)
        verify_folder(folder, manifest)
        if before is not None and _signature(folder, manifest) == before:
            _VERIFIED[key] = before
    return manifest
