"""Fetch releases from a mirror with pooch, verifying every byte before it is kept.

Mirror layout (``src/timeline/data/`` itself is one)::

    <base_url>/index.json                 versions, dates, manifest SHA-256
    <base_url>/<version>/manifest.json    every file's SHA-256 and size
    <base_url>/<version>/<file>

Trust runs index -> manifest -> files.  The manifest hash comes from the index
bundled with the package when it lists the version (else from the mirror's
index).  Everything is downloaded into a hidden staging folder beside the
target, each file checked against its SHA-256 and size, and the folder renamed
into place only when all files passed: a failed, partial, tampered or killed
download leaves nothing that a later call would trust.

Fetching and installing a release happen under its lock in the cache (see
:mod:`timeline.releases.cache`): of many processes asking for the same release at
once, one downloads it and the others find it installed when they get the lock.
Whoever holds the lock also removes the staging folders of killed processes, and
replaces an installed release that no longer matches its manifest (saying so in
one line on the ``timeline`` logger).

pooch does the HTTP (its :class:`pooch.HTTPDownloader`: requests, streaming,
timeout, progress bar); the checks and the retry loop are ours.  Only what may go
differently next time is retried, with exponential backoff: a timeout, a broken
connection, a truncated body, HTTP 5xx, 408, 425 and 429.  A refused connection,
any other 4xx, a checksum mismatch and an oversized body fail at once with one
line naming the URL.  Each request has one deadline, ``TIMELINE_TIMEOUT`` seconds for
connecting, headers and body together (pooch runs in a worker thread that is cut off
at the deadline), and an ``https://`` mirror is never followed to ``http://``.  The
index may be at most 1 MiB, a manifest 4 MiB, and a release file no longer than its
manifest says; a body is cut off as soon as it passes its limit.  pooch and requests
are imported only when a download happens.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO
from urllib.parse import quote, unquote, urljoin, urlsplit

from timeline.errors import (
    ConfigError,
    DownloadError,
    IntegrityError,
    OfflineError,
    ReleaseNotFoundError,
    ResponseTooLargeError,
)
from timeline.io.atomic import sync_file, sync_folder, sync_tree, umask_mode
from timeline.releases.cache import release_lock, remove_tree, sweep, trash_name
from timeline.releases.index import INDEX_NAME, ReleaseIndex, bundled_index
from timeline.releases.manifest import MANIFEST_NAME, Manifest, sha256_file
from timeline.releases.messages import shown
from timeline.releases.release import Release
from timeline.releases.settings import ENV_BASE_URL, ENV_CACHE_DIR, ENV_OFFLINE, Settings
from timeline.releases.verify import check_release, safe_name

__all__ = [
    "INDEX_LIMIT",
    "MANIFEST_LIMIT",
    "Progress",
    "copy_release",
    "fetch_bytes",
    "fetch_release",
    "fetch_release_reporting",
    "mirror_index",
    "progress_for",
    "retrieve",
]

LOG = logging.getLogger("timeline")

#: HTTP statuses below 500 worth retrying: the server may answer differently next time.
RETRYABLE_STATUS = frozenset({408, 425, 429})
#: The most bytes a mirror's ``index.json`` may have (today's is under 1 kB).
INDEX_LIMIT = 1 << 20
#: The most bytes a release's ``manifest.json`` may have (today's is about 2 kB).
MANIFEST_LIMIT = 4 << 20


class Progress:
    """A minimal progress bar on stderr, in the protocol pooch accepts.

    pooch sets ``total`` and calls ``update``, ``reset`` and ``close``; this
    avoids a dependency on tqdm.  Used only on a terminal (see :func:`progress_for`).
    """

    def __init__(self, label: str) -> None:
        self.label = label
        self.total = 0
        self.done = 0

    def update(self, count: int) -> None:
        self.done += count
        self._draw()

    def reset(self) -> None:
        self.done = 0

    def close(self) -> None:
        self._draw()
        sys.stderr.write("\n")
        sys.stderr.flush()

    def _draw(self) -> None:
        done = min(self.done, self.total) if self.total else self.done
        sys.stderr.write(f"\r{self.label}: {done / 1024:.1f} / {self.total / 1024:.1f} kB")
        sys.stderr.flush()


def progress_for(label: str, settings: Settings) -> Progress | bool:
    """A progress bar only when enabled and stderr is a terminal (never in logs)."""
    if settings.progress and sys.stderr.isatty():
        return Progress(label)
    return False


@contextlib.contextmanager
def _quiet_pooch() -> Iterator[None]:
    """pooch logs every download at INFO on stderr; keep it to warnings while we run."""
    import pooch

    logger = pooch.get_logger()
    level = logger.level
    logger.setLevel("WARNING")
    try:
        yield
    finally:
        logger.setLevel(level)


class _TooLong(Exception):
    """Raised inside pooch's write loop when a body passes its limit (never escapes)."""


class _CappedFile:
    """A binary file that refuses to grow past ``limit`` bytes; pooch writes into it."""

    def __init__(self, handle: BinaryIO, limit: int | None) -> None:
        self.handle = handle
        self.limit = limit
        self.size = 0
        self.cancelled = False

    def write(self, data: bytes) -> int:
        if self.cancelled:  # the request ran out of time; its worker must stop writing
            raise _TooLong
        self.size += len(data)
        if self.limit is not None and self.size > self.limit:
            raise _TooLong
        return self.handle.write(data)

    def flush(self) -> None:
        self.handle.flush()


def _http_status(exc: Exception) -> int | None:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and every exception it wraps (causes, contexts, urllib3's reasons, args)."""
    seen: set[int] = set()
    stack = [exc]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        linked = (item.__cause__, item.__context__, getattr(item, "reason", None), *item.args)
        stack.extend(x for x in linked if isinstance(x, BaseException))


def _refused(exc: BaseException) -> bool:
    """Did the host answer that nothing listens on that port (no retry will change it)?"""
    return any(isinstance(e, ConnectionRefusedError) for e in _causes(exc))


def _os_reason(exc: BaseException, default: str) -> str:
    """The operating system's words for a failed connection, e.g. 'Connection reset by peer'."""
    for item in _causes(exc):
        if isinstance(item, OSError) and item.strerror:
            return str(item.strerror)
    return default


def _size(count: int) -> str:
    return f"{count / (1 << 20):g} MiB" if count >= 1 << 20 else f"{count} bytes"


class _Retry(Exception):
    """One attempt failed in a way the next one may not: ``args[0]`` says how."""


class _Watch:
    """One request's watchdog: refuses an https -> http redirect, and can cut the body off.

    ``hook`` is a requests response hook, so it sees every response of the request,
    redirects included, before its body is read.  ``abort`` shuts the connection down
    from another thread, which wakes a read blocked on a trickling server.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.response: Any = None

    def hook(self, response: Any, *args: Any, **kwargs: Any) -> Any:
        self.response = response
        if response.is_redirect and urlsplit(str(response.url)).scheme == "https":
            target = urljoin(str(response.url), response.headers.get("location", ""))
            if urlsplit(target).scheme != "https":
                msg = (
                    f"{self.url}: the mirror redirects from https:// to {shown(target, 200)}; "
                    f"refusing to download over plain http: fix {ENV_BASE_URL} or the mirror"
                )
                raise DownloadError(msg)
        return response

    def abort(self) -> None:
        raw = getattr(self.response, "raw", None)
        # urllib3 hands the socket to http.client once the headers are read: the
        # connection's own reference is then gone, the response's file still has it.
        reader = getattr(getattr(getattr(raw, "_fp", None), "fp", None), "raw", None)
        for sock in (
            getattr(getattr(raw, "connection", None), "sock", None),
            getattr(reader, "_sock", None),
        ):
            if isinstance(sock, socket.socket):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


def _within_deadline(
    run: Callable[[], None], seconds: float, on_timeout: Callable[[], None]
) -> bool:
    """Run ``run`` in a worker thread for at most ``seconds``; False (after ``on_timeout``)
    if it had not finished by then.  Exceptions of ``run`` are raised here."""
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            run()
        except BaseException as exc:  # handed to the caller's thread
            outcome.append(exc)

    worker = threading.Thread(target=work, name="timeline-download", daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        on_timeout()
        return False
    if outcome:
        raise outcome[0]
    return True


def _get(url: str, sink: BinaryIO, settings: Settings, what: str, cap: int | None) -> None:
    """One GET of ``url`` through pooch into ``sink``, at most ``cap`` bytes.

    The whole request (connecting, headers, body) must end within ``settings.timeout``
    seconds: one deadline per request, not per read, so a server trickling a byte at a
    time cannot hold it forever.  Raises :class:`_Retry` for what may pass next time,
    and our one-line error for what will not.
    """
    import pooch
    import requests

    label = unquote(PurePosixPath(urlsplit(url).path).name) or url
    watch = _Watch(url)
    capped = _CappedFile(sink, cap)
    downloader = pooch.HTTPDownloader(
        progressbar=progress_for(label, settings),
        timeout=settings.timeout,
        hooks={"response": [watch.hook]},
    )

    def stop() -> None:
        capped.cancelled = True
        watch.abort()

    try:
        with _quiet_pooch():
            finished = _within_deadline(
                lambda: downloader(url, capped, None), settings.timeout, stop
            )
    except requests.HTTPError as exc:
        status = _http_status(exc)
        if status is not None and status < 500 and status not in RETRYABLE_STATUS:
            msg = (
                f"{url}: HTTP {status} for {what}; the mirror does not have it: check "
                f"{ENV_BASE_URL} or try another mirror"
            )
            raise DownloadError(msg) from None
        reason = f"HTTP {status}"
        raise _Retry(reason) from None
    except requests.Timeout:
        reason = f"no complete answer within {settings.timeout:g} s"
        raise _Retry(reason) from None
    except requests.exceptions.SSLError as exc:
        msg = (
            f"{url}: could not download {what}: the TLS connection failed "
            f"({_os_reason(exc, 'certificate or protocol error')}); check {ENV_BASE_URL}"
        )
        raise DownloadError(msg) from None
    except requests.ConnectionError as exc:
        if _refused(exc):
            msg = (
                f"{url}: could not download {what}: {urlsplit(url).netloc} refused "
                f"the connection (nothing listens there); check {ENV_BASE_URL}, or set "
                f"{ENV_OFFLINE}=1 to use local releases only"
            )
            raise DownloadError(msg) from None
        reason = _os_reason(exc, "the connection failed")
        raise _Retry(reason) from None
    except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError):
        reason = "the connection broke before the whole file arrived"
        raise _Retry(reason) from None
    except requests.RequestException as exc:  # an invalid URL, too many redirects...
        msg = f"{url}: could not download {what}: {type(exc).__name__}; check {ENV_BASE_URL}"
        raise DownloadError(msg) from None
    if not finished:
        reason = f"no complete answer within {settings.timeout:g} s"
        raise _Retry(reason)


def _with_retries(url: str, settings: Settings, what: str, attempt: Callable[[], None]) -> None:
    """Run ``attempt`` until it returns, retrying on :class:`_Retry` with exponential backoff."""
    if settings.offline:
        msg = f"{ENV_OFFLINE} is set: not downloading {url}; unset it to allow downloads"
        raise OfflineError(msg)
    attempts = 1 + settings.retries
    reason = "unknown error"
    for number in range(attempts):
        if number:
            time.sleep(settings.backoff * 2 ** (number - 1))
        try:
            attempt()
        except _Retry as exc:
            reason = str(exc.args[0])
            continue
        return
    msg = (
        f"{url}: could not download {what} after {attempts} attempt(s) ({reason}); check your "
        f"connection and {ENV_BASE_URL}, or set {ENV_OFFLINE}=1 to use local releases only"
    )
    raise DownloadError(msg)


def retrieve(
    url: str,
    dest: Path,
    sha256: str | None,
    settings: Settings,
    what: str,
    *,
    size: int | None = None,
    limit: int | None = None,
) -> None:
    """Download ``url`` to ``dest`` through pooch, checked, retrying only what may pass later.

    The body goes to a hidden ``.part`` file beside ``dest``, capped at ``size``
    (the manifest's byte count) or else ``limit``; it becomes ``dest`` only once its
    SHA-256 is ``sha256`` (when given).  A body shorter than ``size`` is a broken
    transfer and retried; any other mismatch is an IntegrityError at once.
    """
    part = dest.with_name(f".{dest.name}.part")

    def attempt() -> None:
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            with part.open("wb") as handle:
                _get(url, handle, settings, what, size if size is not None else limit)
                sync_file(handle)
        except _TooLong:
            raise _too_long(url, what, size, limit) from None
        except OSError as exc:  # writing failed (disk full, permissions): not worth a retry
            raise _unwritable(dest.parent, what, exc) from None
        got = part.stat().st_size
        if sha256 is not None:
            actual = sha256_file(part)
            if actual != sha256 and size is not None and got < size:
                reason = f"only {got} of {size} bytes arrived"
                raise _Retry(reason)
            if actual != sha256:
                msg = (
                    f"{url}: {what} does not match its SHA-256: expected {sha256}, got "
                    f"{actual} ({got} bytes); the mirror's copy is corrupt or was tampered "
                    f"with: nothing was kept, try another mirror ({ENV_BASE_URL})"
                )
                raise IntegrityError(msg)
        os.replace(part, dest)

    try:
        _with_retries(url, settings, what, attempt)
    finally:
        with contextlib.suppress(OSError):
            part.unlink()


def _unwritable(folder: Path, what: str, exc: OSError) -> ConfigError:
    msg = (
        f"{folder}: cannot write {what} ({exc.strerror or exc}); free some space "
        f"or set {ENV_CACHE_DIR} (or --dest) to a writable folder"
    )
    return ConfigError(msg)


def _too_long(url: str, what: str, size: int | None, limit: int | None) -> Exception:
    if size is not None:
        msg = (
            f"{url}: {what} is longer than the {size} bytes its manifest records; the "
            f"mirror's copy is corrupt or was tampered with: nothing was kept, try another "
            f"mirror ({ENV_BASE_URL})"
        )
        return IntegrityError(msg)
    msg = (
        f"{url}: {what} is larger than {_size(limit or 0)}, far more than it can honestly be; "
        f"refused and nothing was kept: is {ENV_BASE_URL} a timeline mirror?"
    )
    return ResponseTooLargeError(msg)


def fetch_bytes(url: str, settings: Settings, what: str, limit: int = INDEX_LIMIT) -> bytes:
    """The body of a small file (such as the index), at most ``limit`` bytes, in memory."""
    buffer = io.BytesIO()

    def attempt() -> None:
        buffer.seek(0)
        buffer.truncate()
        try:
            _get(url, buffer, settings, what, limit)
        except _TooLong:
            raise _too_long(url, what, None, limit) from None

    _with_retries(url, settings, what, attempt)
    return buffer.getvalue()


def mirror_index(settings: Settings) -> ReleaseIndex:
    """The release index the mirror serves."""
    if settings.offline:
        msg = f"{ENV_OFFLINE} is set: not reading the mirror's index; unset it to go online"
        raise OfflineError(msg)
    url = f"{settings.require_base_url()}/{INDEX_NAME}"
    return ReleaseIndex.from_bytes(fetch_bytes(url, settings, "the release index"), url)


@contextlib.contextmanager
def staging(root: Path, version: str) -> Iterator[Path]:
    """A hidden temporary folder in ``root``; removed unless it was renamed away."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        folder = Path(tempfile.mkdtemp(prefix=f".{version}.", suffix=".tmp", dir=root))
    except OSError as exc:
        msg = (
            f"cannot write to {root} ({exc.strerror or exc}); set {ENV_CACHE_DIR} (or --dest) "
            "to a writable folder"
        )
        raise ConfigError(msg) from None
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def install(folder: Path, root: Path, version: str) -> Path:
    """Rename the fully verified ``folder`` to ``root/<version>``; the caller holds the lock.

    Files are made readable as the umask allows (downloads arrive as 0600 temp
    files).  A damaged release already there is first renamed to a hidden
    ``.old`` folder, then deleted: a process killed between the two renames leaves
    no release (the next run downloads it) and never a mix of two.
    """
    mode = umask_mode()
    for path in folder.rglob("*"):
        path.chmod(mode | 0o111 if path.is_dir() else mode)
    target = root / version
    trash = None
    try:
        if target.exists() or target.is_symlink():
            trash = trash_name(root, version)
            os.rename(target, trash)
        sync_tree(folder)
        os.rename(folder, target)
        sync_folder(root)
    except OSError as exc:
        msg = (
            f"cannot install release {version} into {root} ({exc.strerror or exc}); set "
            f"{ENV_CACHE_DIR} (or --dest) to a writable folder"
        )
        raise ConfigError(msg) from None
    if trash is not None:
        remove_tree(trash)
    return target


def _installed(root: Path, version: str, source: str) -> bool:
    """Is a good copy of ``version`` in ``root`` already?  Says so when a bad one is replaced."""
    target = root / version
    if not (target.exists() or target.is_symlink()):
        return False
    try:
        check_release(target, version)
    except IntegrityError as exc:
        LOG.warning(
            "release %s in %s is damaged (%s); replacing it with %s", version, root, exc, source
        )
        return False
    return True


def expected_manifest_sha(version: str, index: ReleaseIndex, base_url: str) -> str:
    """The manifest hash to trust: the bundled index's when it knows the version."""
    entry = index.get(version)
    if entry is None:
        listed = ", ".join(index.versions()) or "none"
        msg = (
            f"release {version} is not on the mirror {base_url} (it has: {listed}); pick one "
            f"of those, or point {ENV_BASE_URL} at a mirror that has it"
        )
        raise ReleaseNotFoundError(msg)
    trusted = bundled_index().get(version)
    if trusted is not None and trusted.manifest_sha256 != entry.manifest_sha256:
        msg = (
            f"{base_url}/{INDEX_NAME}: release {version} has manifest SHA-256 "
            f"{entry.manifest_sha256}, but the index bundled with timeline says "
            f"{trusted.manifest_sha256}; the mirror is not serving the published release: "
            "use another mirror"
        )
        raise IntegrityError(msg)
    return entry.manifest_sha256


def fetch_release(version: str, settings: Settings, root: Path | None = None) -> Path:
    """Download release ``version`` from the mirror into ``root/<version>`` (default: cache).

    See :func:`fetch_release_reporting`, which also says whether this process fetched it.
    """
    return fetch_release_reporting(version, settings, root)[0]


def fetch_release_reporting(
    version: str, settings: Settings, root: Path | None = None
) -> tuple[Path, bool]:
    """:func:`fetch_release`, and True when this process downloaded the release.

    The index is read first; then, under the release's lock, a copy another process
    installed meanwhile is used as it is (nothing else is fetched, and the answer is
    False: a caller must not say "downloaded"), a damaged one is replaced, and the
    staging folders of killed processes are removed.
    """
    if settings.offline:
        msg = (
            f"release {version} is not bundled or cached, and {ENV_OFFLINE} is set so it "
            f"cannot be downloaded; unset {ENV_OFFLINE}, or load a local version"
        )
        raise OfflineError(msg)
    base = settings.require_base_url()
    root = root if root is not None else settings.cache_dir
    # The index first, outside the lock: a version the mirror lacks leaves no lock file.
    sha = expected_manifest_sha(version, mirror_index(settings), base)
    with release_lock(root, version, settings.lock_timeout):
        sweep(root, holding=version)
        if _installed(root, version, f"a fresh download from {base}"):
            return root / version, False
        with staging(root, version) as folder:
            retrieve(
                f"{base}/{version}/{MANIFEST_NAME}",
                folder / MANIFEST_NAME,
                sha,
                settings,
                f"the manifest of release {version}",
                limit=MANIFEST_LIMIT,
            )
            manifest = Manifest.read(folder / MANIFEST_NAME)
            if manifest.version != version:
                msg = f"{base}/{version}/{MANIFEST_NAME}: describes release {manifest.version}"
                raise IntegrityError(msg)
            for name, info in sorted(manifest.files.items()):
                relative = safe_name(name, f"{base}/{version}/{MANIFEST_NAME}")
                url = f"{base}/{version}/{quote(relative.as_posix())}"
                retrieve(
                    url,
                    folder / relative,
                    str(info["sha256"]),
                    settings,
                    f"{name} of {version}",
                    size=int(info["bytes"]),
                )
            check_release(folder, version)
            return install(folder, root, version), True


def copy_release(release: Release, root: Path, settings: Settings) -> Path:
    """Copy a local release into ``root/<version>``, verifying every file on the way."""
    version = release.version
    with release_lock(root, version, settings.lock_timeout):
        sweep(root, holding=version)
        if _installed(root, version, f"a copy of {release.path}"):
            return root / version
        with staging(root, version) as folder:
            shutil.copy2(release.path / MANIFEST_NAME, folder / MANIFEST_NAME)
            for name in sorted(release.manifest.files):
                relative = safe_name(name, str(release.path / MANIFEST_NAME))
                (folder / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(release.path / relative, folder / relative)
            check_release(folder, version)
            return install(folder, root, version)
