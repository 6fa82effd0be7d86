"""Write files so that readers never see half of one: temp file, then rename.

Single files the package writes for users (exports, charts, schemas, indexes) go through
:func:`atomic_writer`; whole release folders are staged in a temporary folder and renamed
(:mod:`timeline.publish.build`, :mod:`timeline.releases.mirror`).  A missing or unwritable
folder is an :class:`~timeline.errors.InputError` naming the path, the file gets the
permissions the umask allows (not mkstemp's 0600), and a failure leaves nothing behind.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from timeline.errors import InputError


def umask_mode() -> int:
    """The mode a new file gets under the current umask (0666 minus the mask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


@contextmanager
def atomic_writer(path: Path, mode: str = "wb") -> Iterator[IO[bytes] | IO[str]]:
    """Yield a handle to a temporary file beside ``path``; rename it into place on success."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        msg = f"{path}: cannot write: folder {folder} does not exist"
        raise InputError(msg)
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        msg = f"{path}: cannot write in {folder}: {exc.strerror}"
        raise InputError(msg) from None
    try:
        encoding = None if "b" in mode else "utf-8"
        newline = None if "b" in mode else ""
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
        os.chmod(temp, umask_mode())
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; skip the write if the file already holds it."""
    if path.is_file() and path.read_bytes() == data:
        return
    with atomic_writer(path, "wb") as handle:
        handle.write(data)  # type: ignore[arg-type]
