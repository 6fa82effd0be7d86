"""The download cache: ``<cache_dir>/<version>/`` holds one verified release each.

A version folder appears only by an atomic rename after every file in it was
verified (see :mod:`timeline.releases.mirror`), so a folder with a manifest is a
complete release; half-finished downloads live in hidden ``.<version>.*.tmp``
folders, and a damaged release being replaced is renamed to ``.<version>.*.old``
before it is deleted.  Neither is ever read.

Many processes may share one cache.  Whoever fetches, installs, replaces or
deletes release ``V`` first takes the lock ``<root>/.V.lock`` (a ``filelock``
lock: ``flock`` on Unix, which the operating system frees when its holder dies,
even by SIGKILL).  The lock files stay: deleting a lock file that another process
may be waiting on would let two processes hold "the same" lock.

Hidden folders left by a killed process are removed by the next run
(:func:`sweep`): those of version ``V`` by whoever holds ``V``'s lock, those of
other versions only when their lock is free, so a live download is never touched.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

from timeline.errors import CacheLockError, ConfigError
from timeline.releases.paths import parse_version, releases_in
from timeline.releases.settings import ENV_CACHE_DIR, ENV_LOCK_TIMEOUT, Settings

#: Hidden work folders: ``.<version>.<random>.tmp`` (staging), ``.<version>.<random>.old``.
_PART = "(?:0|[1-9][0-9]{0,8})"
LEFTOVER_RE = re.compile(rf"\.({_PART}\.{_PART}\.{_PART})\.[A-Za-z0-9_]+\.(tmp|old)\Z")


def release_dir(settings: Settings, version: str) -> Path:
    """Where ``version`` is (or would be) cached."""
    parse_version(version)
    return settings.cache_dir / version


def cached_versions(settings: Settings) -> list[str]:
    """Versions in the cache, oldest first."""
    return releases_in(settings.cache_dir)


def lock_file(root: Path, version: str) -> Path:
    """The lock guarding release ``version`` in ``root`` (a cache or a --dest folder)."""
    parse_version(version)
    return root / f".{version}.lock"


def _unwritable(root: Path, exc: OSError) -> ConfigError:
    msg = (
        f"cannot write to {root} ({exc.strerror or exc}); set {ENV_CACHE_DIR} (or --dest) "
        "to a writable folder"
    )
    return ConfigError(msg)


@contextlib.contextmanager
def release_lock(root: Path, version: str, timeout: float) -> Iterator[None]:
    """Hold ``root``'s lock for ``version``, waiting at most ``timeout`` seconds for it."""
    from filelock import FileLock, Timeout

    path = lock_file(root, version)
    try:
        root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(path, timeout=timeout)
        lock.acquire()
    except Timeout:
        msg = (
            f"{path}: another process kept release {version} locked for over {timeout:g} s "
            f"while fetching or installing it into {root}; wait for it to finish, or raise "
            f"{ENV_LOCK_TIMEOUT}"
        )
        raise CacheLockError(msg) from None
    except OSError as exc:
        raise _unwritable(root, exc) from None
    try:
        yield
    finally:
        lock.release()


@contextlib.contextmanager
def _lock_if_free(root: Path, version: str) -> Iterator[bool]:
    """Hold ``version``'s lock if nobody does (True), else do not wait (False)."""
    from filelock import FileLock, Timeout

    lock = FileLock(lock_file(root, version), timeout=0)
    try:
        lock.acquire()
    except (Timeout, OSError):
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def remove_tree(path: Path) -> None:
    """Delete ``path`` (a folder, a file or a link; never what a link points to)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def trash_name(root: Path, version: str) -> Path:
    """A fresh hidden name to move a release folder to before deleting it."""
    return root / f".{version}.{secrets.token_hex(6)}.old"


def sweep(root: Path, holding: str | None = None) -> list[Path]:
    """Remove the hidden work folders that killed processes left in ``root``.

    Those of ``holding`` (whose lock the caller holds) always go; those of other
    versions only while their lock is free.  Returns what was removed.
    """
    try:
        entries = sorted(root.iterdir())
    except OSError:
        return []
    removed = []
    for path in entries:
        match = LEFTOVER_RE.fullmatch(path.name)
        if match is None:
            continue
        version = match.group(1)
        if version == holding:
            remove_tree(path)
            removed.append(path)
            continue
        with _lock_if_free(root, version) as free:
            if free:
                remove_tree(path)
                removed.append(path)
    return removed


def clear(settings: Settings, version: str | None = None) -> list[str]:
    """Delete one cached release (or all of them); returns the versions removed.

    Each goes under its lock, renamed away first, so a process killed midway leaves
    either the whole release or none of it (plus a hidden folder the next run removes).
    """
    root = settings.cache_dir
    versions = [version] if version else cached_versions(settings)
    removed = []
    for item in versions:
        folder = release_dir(settings, item)
        if not folder.is_dir():
            continue
        with release_lock(root, item, settings.lock_timeout):
            if folder.is_dir():
                trash = trash_name(root, item)
                try:
                    os.rename(folder, trash)
                except OSError as exc:
                    raise _unwritable(root, exc) from None
                remove_tree(trash)
                removed.append(item)
    sweep(root)
    return removed
