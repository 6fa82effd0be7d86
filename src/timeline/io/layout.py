"""Where things live in a curated dataset folder, and the one lock its writers share.

Layout (``datasets/`` in the repository; any folder given with ``--datasets``)::

    dataset.yaml            name, version, release date, licence
    curated/<table>.yaml    one YAML list of rows per table
    sources/<id>.txt        the archived source texts, exact bytes
    review/<id>.yaml        candidates waiting for a curator (never validated or built)
    .timeline.lock          the writers' lock (empty; stays after use)

Every module spells these paths through the functions here.  Stdlib only: the curation
commands import it and stay free of pandas.

**One writer at a time.**  Every command that changes curated data (``add-source``,
``accept``, ``fill-offsets``, ``propose --write``) and ``build`` hold the folder's lock
(:func:`writing`, or the :func:`writes_datasets` decorator on the library functions
``add_source``, ``accept`` and ``build``) from before they read until after they wrote, so
two curators running at once never lose each other's rows: the second waits, saying so
in one line, and gives up with :class:`~timeline.errors.DatasetsLockError` after
``TIMELINE_DATASETS_LOCK_TIMEOUT`` seconds (default 120).  The lock is a ``filelock``
(``flock`` on Unix): the operating system frees it when its holder exits, even killed.
It is re-entrant within a thread, so a locked function may call another.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from timeline.errors import ConfigError, DatasetsLockError, InputError

META_NAME = "dataset.yaml"
CURATED_DIR = "curated"
SOURCES_DIR = "sources"
REVIEW_DIR = "review"
LOCK_NAME = ".timeline.lock"

#: Environment setting: seconds a writer waits for another one before giving up.
ENV_LOCK_TIMEOUT = "TIMELINE_DATASETS_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 120.0

#: Longest id that names a file (``sources/<id>.txt``, ``review/<id>.yaml``): with the
#: temporary names of atomic writes it stays well inside a file system's 255 bytes.
MAX_ID_CHARS = 100

#: The schema's slug pattern (``timeline.model.schema.SLUG``; a test keeps them equal).
ID_RE = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")

LOG = logging.getLogger("timeline")
F = TypeVar("F", bound=Callable[..., Any])


def meta_path(root: Path) -> Path:
    """``dataset.yaml``: the release's name, version and date."""
    return root / META_NAME


def curated_dir(root: Path) -> Path:
    """The folder of the curated tables."""
    return root / CURATED_DIR


def table_path(root: Path, table: str) -> Path:
    """The curated YAML file of ``table``."""
    return curated_dir(root) / f"{table}.yaml"


def sources_dir(root: Path) -> Path:
    """The folder of the archived source texts."""
    return root / SOURCES_DIR


def review_dir(root: Path) -> Path:
    """The folder of review files (candidates waiting for a curator)."""
    return root / REVIEW_DIR


def lock_path(root: Path) -> Path:
    """The writers' lock of ``root``."""
    return root / LOCK_NAME


def check_id(value: str, what: str = "source id") -> str:
    """``value`` if it can name a file in the layout, else a one-line InputError.

    Ids are slugs (lower-case letters and digits joined by single hyphens) of at most
    :data:`MAX_ID_CHARS` characters: no path separators, no dot files, no names the
    file system refuses as too long.
    """
    shown = value if len(value) <= 60 else f"{value[:40]}…({len(value)} characters)"
    if len(value) > MAX_ID_CHARS:
        msg = (
            f"{what} {shown!r} is {len(value)} characters long; ids name files, so at most "
            f"{MAX_ID_CHARS}: choose a shorter one"
        )
        raise InputError(msg)
    if not ID_RE.fullmatch(value):
        msg = (
            f"{what} {shown!r} is not a slug (lower-case letters and digits joined by single "
            "hyphens, e.g. reuters-2025-01-10-kursk-losses)"
        )
        raise InputError(msg)
    return value


def text_path(root: Path, source_id: str) -> Path:
    """The archived text of ``source_id`` (a checked id: see :func:`check_id`)."""
    return sources_dir(root) / f"{check_id(source_id)}.txt"


def review_path(root: Path, source_id: str) -> Path:
    """The review file of ``source_id`` (a checked id: see :func:`check_id`)."""
    return review_dir(root) / f"{check_id(source_id)}.yaml"


def is_curated_dir(path: Path) -> bool:
    """Whether ``path`` looks like a curated dataset folder (dataset.yaml and curated/)."""
    return meta_path(path).is_file() and curated_dir(path).is_dir()


def lock_timeout() -> float:
    """``TIMELINE_DATASETS_LOCK_TIMEOUT`` in seconds (default 120); 0 means do not wait."""
    raw = os.environ.get(ENV_LOCK_TIMEOUT, "").strip()
    if not raw:
        return DEFAULT_LOCK_TIMEOUT
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value < float("inf"):
        msg = f"{ENV_LOCK_TIMEOUT}={raw!r}: expected a number of seconds, 0 or more"
        raise ConfigError(msg)
    return value


@contextlib.contextmanager
def writing(root: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold ``root``'s writers' lock for the block; wait for another holder, then give up.

    ``timeout`` defaults to :func:`lock_timeout`.  A folder that does not exist is not
    locked (the command refuses it with its own message); nor is a folder we may not
    write in, where no write of ours can be lost either.  A lock file that is a symbolic
    link is refused, never followed.
    """
    lock = _acquire(root, lock_timeout() if timeout is None else timeout)
    try:
        yield
    finally:
        if lock is not None:
            lock.release()


def _acquire(root: Path, wait: float) -> Any:
    """The acquired lock of ``root`` (None: nothing to lock), or a one-line error."""
    from filelock import FileLock, Timeout

    if not root.is_dir():
        return None
    path = lock_path(root)
    if path.is_symlink():
        msg = f"{path}: the writers' lock is a symbolic link; remove it (it is never followed)"
        raise InputError(msg)
    # One instance per path in this process: re-entrant within a thread, exclusive across
    # threads (each thread holds its own descriptor) and across processes.
    lock = FileLock(path, is_singleton=True)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            LOG.warning(
                "waiting for another timeline command that is writing to %s (lock %s; at most "
                "%g s, %s)",
                root,
                path,
                wait,
                ENV_LOCK_TIMEOUT,
            )
            lock.acquire(timeout=wait)
    except Timeout:
        msg = (
            f"{path}: another timeline command kept {root} locked for over {wait:g} s; let it "
            f"finish and run this again, or raise {ENV_LOCK_TIMEOUT}"
        )
        raise DatasetsLockError(msg) from None
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return None  # a read-only folder: nothing of ours can be written there to be lost
        msg = f"{path}: cannot create the writers' lock: {exc.strerror or exc}"
        raise InputError(msg) from None
    return lock


def writes_datasets(func: F) -> F:
    """Run ``func`` holding the writers' lock of its first argument (the dataset folder)."""

    @functools.wraps(func)
    def locked(*args: Any, **kwargs: Any) -> Any:
        root = kwargs["datasets_dir"] if "datasets_dir" in kwargs else args[0]
        with writing(Path(root)):
            return func(*args, **kwargs)

    return locked  # type: ignore[return-value]
