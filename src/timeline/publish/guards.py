"""What keeps ``timeline publish`` inside DEST, and two publish runs from losing a release.

* :func:`dest_lock`: one lock per DEST (``.<name>.lock`` beside it, a ``filelock``), held
  from reading DEST to replacing it; a second run says it waits, or fails after
  ``TIMELINE_LOCK_TIMEOUT``.
* :func:`refuse_links_in_dest`: no symbolic link anywhere in DEST (dangling ones too),
  since publish would write through it; a link inside a published release is tampering.
* :func:`release_bytes`: every release file is read without following links and checked
  byte for byte against its manifest right before its bytes are copied or zipped.
* :func:`check_resource`, :func:`check_member`: every name that goes into a zip is a
  plain relative path inside the zip's folder, and every file a data package names is
  one the manifest lists.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from timeline.errors import IntegrityError, PublishError
from timeline.releases.manifest import MANIFEST_NAME
from timeline.releases.messages import shown
from timeline.releases.release import Release
from timeline.releases.verify import safe_name

LOG = logging.getLogger("timeline")


def release_bytes(release: Release, name: str, path: Path) -> bytes:
    """The bytes of one release file, read without following a link and checked against the
    manifest (the manifest itself against the one the release was opened with)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            msg = (
                f"{path}: is a symbolic link, not a file of release {release.version}; a "
                "release holds regular files only: it was tampered with"
            )
            raise IntegrityError(msg) from None
        msg = f"{path}: cannot read it ({exc.strerror or exc})"
        raise IntegrityError(msg) from None
    if name == MANIFEST_NAME:
        try:
            same = json.loads(data) == release.manifest.data
        except (ValueError, RecursionError):
            same = False
        if not same:
            msg = f"{path}: changed since release {release.version} was verified; publish again"
            raise IntegrityError(msg)
        return data
    release.manifest.verify_bytes(name, data, path)
    return data


def check_resource(resource: Any, files: dict[str, Path], where: Path) -> None:
    """A table or text resource of the release's data package: a plain name, a listed file."""
    if not isinstance(resource, dict):
        msg = f"{where}: a resource is not an object: {shown(resource)}"
        raise IntegrityError(msg)
    name, path = resource.get("name"), resource.get("path")
    if not isinstance(name, str) or not isinstance(path, str):
        msg = f"{where}: resource {shown(name)} needs a text 'name' and 'path'"
        raise IntegrityError(msg)
    check_member(name, where)
    if path not in files or path == MANIFEST_NAME:
        msg = (
            f"{where}: resource {shown(name)} names the file {shown(path)}, which the "
            "release's manifest does not list"
        )
        raise IntegrityError(msg)
    if resource.get("format") == "parquet":
        schema = resource.get("schema")
        fields = schema.get("fields") if isinstance(schema, dict) else None
        named = isinstance(fields, list) and all(
            isinstance(f, dict) and isinstance(f.get("name"), str) for f in fields
        )
        if not named:
            msg = f"{where}: resource {shown(name)} has no Table Schema 'fields' list"
            raise IntegrityError(msg)


def check_member(name: str, where: Path) -> None:
    """A zip member (or resource) name: a plain relative path that stays inside the zip's folder."""
    try:
        if name != MANIFEST_NAME:  # the zip does hold the release's manifest
            safe_name(name, str(where))
    except IntegrityError:
        msg = (
            f"{where}: refusing the zip member name {shown(name)}: it must be a plain relative "
            "path inside the zip's folder (no '..', no leading '/', no backslash); "
            "unzipping it could write outside the folder"
        )
        raise IntegrityError(msg) from None


def refuse_links_in_dest(dest: Path) -> None:
    """No symbolic link anywhere in DEST, dangling ones included: publish would write
    through it (a zip, index.json) to wherever it points, outside DEST."""
    for base, dirs, files in os.walk(dest, followlinks=False):
        for name in sorted(dirs + files):
            path = Path(base) / name
            if not path.is_symlink():
                continue
            top = path.relative_to(dest).parts[0]
            if top != name and (dest / top / MANIFEST_NAME).exists():
                msg = (
                    f"{path}: is a symbolic link inside published release {top}; a published "
                    "release holds regular files only, so DEST was tampered with: restore "
                    "the release's files from its source"
                )
                raise IntegrityError(msg)
            msg = (
                f"{path}: is a symbolic link in DEST; publish writes only regular files "
                "inside DEST and never through a link: remove it and publish again"
            )
            raise PublishError(msg)


@contextlib.contextmanager
def dest_lock(dest: Path) -> Iterator[None]:
    """Hold DEST's publish lock (``.<name>.lock`` beside it), saying so when it must wait."""
    from filelock import FileLock, Timeout

    from timeline.releases.settings import ENV_LOCK_TIMEOUT, lock_timeout

    timeout = lock_timeout()
    path = dest.parent / f".{dest.name}.lock"
    lock = FileLock(path, timeout=timeout)
    try:
        try:
            lock.acquire(timeout=0)
        except Timeout:
            LOG.warning(
                "%s: another publish into it is running; waiting for it to finish "
                "(at most %g s, %s)",
                dest,
                timeout,
                ENV_LOCK_TIMEOUT,
            )
            lock.acquire()
    except Timeout:
        msg = (
            f"{path}: another publish held DEST for over {timeout:g} s; wait for it to "
            f"finish, or raise {ENV_LOCK_TIMEOUT}"
        )
        raise PublishError(msg) from None
    except OSError as exc:
        msg = f"{dest}: cannot create its publish lock {path} ({exc.strerror or exc})"
        raise PublishError(msg) from None
    try:
        yield
    finally:
        lock.release()
