"""Fetch releases from a mirror with pooch, verifying every byte before it is kept.

Mirror layout (``src/timeline/data/`` itself is one)::

    <base_url>/index.json                 versions, dates, manifest SHA-256
    <base_url>/<version>/manifest.json    every file's SHA-256 and size
    <base_url>/<version>/<file>

Trust runs index -> manifest -> files.  The manifest hash comes from the index
bundled with the package when it lists the version (else from the mirror's
index).  Everything is downloaded into a hidden staging folder beside the
target, each file checked by pooch against its SHA-256, and the folder renamed
into place only when all files passed: a failed, partial or tampered download
leaves nothing that a later call would trust.

pooch does the HTTP (requests, streaming, timeout, hash check, temporary file);
the retry loop is ours so that the backoff is configurable and a 404 or a
hash mismatch fails fast instead of being retried.  pooch and requests are
imported only when a download actually happens.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import quote

from timeline.errors import (
    ConfigError,
    DownloadError,
    IntegrityError,
    OfflineError,
    ReleaseNotFoundError,
)
from timeline.io.atomic import umask_mode
from timeline.releases.index import INDEX_NAME, ReleaseIndex, bundled_index
from timeline.releases.manifest import MANIFEST_NAME, Manifest, sha256_file
from timeline.releases.settings import ENV_BASE_URL, ENV_CACHE_DIR, ENV_OFFLINE, Settings

if TYPE_CHECKING:
    from timeline.releases.resolve import Release

#: HTTP statuses worth retrying: the server may answer differently next time.
RETRYABLE_STATUS = frozenset({408, 425, 429})


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


def _http_status(exc: Exception) -> int | None:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def retrieve(url: str, dest: Path, sha256: str | None, settings: Settings, what: str) -> None:
    """Download ``url`` to ``dest`` with pooch, retrying transient failures with backoff.

    ``sha256`` (when given) is checked by pooch before the file is moved to
    ``dest``.  A client error (404, 403...) is not retried; a hash mismatch is
    retried (a truncated body without a length looks like one) and then
    raises :class:`IntegrityError`.
    """
    import pooch
    import requests

    if settings.offline:
        msg = f"{ENV_OFFLINE} is set: not downloading {url}; unset it to allow downloads"
        raise OfflineError(msg)
    dest.parent.mkdir(parents=True, exist_ok=True)
    attempts = 1 + settings.retries
    failure: Exception | None = None
    for attempt in range(attempts):
        if attempt:
            time.sleep(settings.backoff * 2 ** (attempt - 1))
        downloader = pooch.HTTPDownloader(
            progressbar=progress_for(dest.name, settings), timeout=settings.timeout
        )
        try:
            with _quiet_pooch():
                pooch.retrieve(
                    url,
                    known_hash=f"sha256:{sha256}" if sha256 else None,
                    fname=dest.name,
                    path=dest.parent,
                    downloader=downloader,
                )
            return
        except requests.HTTPError as exc:
            status = _http_status(exc)
            if status is not None and 400 <= status < 500 and status not in RETRYABLE_STATUS:
                msg = (
                    f"{url}: HTTP {status} for {what}; the mirror does not have it: check "
                    f"{ENV_BASE_URL} or try another mirror"
                )
                raise DownloadError(msg) from None
            failure = exc
        except requests.RequestException as exc:
            failure = exc
        except ValueError as exc:  # pooch's hash mismatch
            failure = exc
        except OSError as exc:  # writing failed (disk full, permissions): not worth a retry
            msg = (
                f"{dest.parent}: cannot write {what} ({exc.strerror or exc}); free some space "
                f"or set {ENV_CACHE_DIR} (or --dest) to a writable folder"
            )
            raise ConfigError(msg) from None
    if isinstance(failure, ValueError):
        msg = (
            f"{url}: {what} does not match its SHA-256 after {attempts} attempt(s) ({failure}); "
            "the mirror's copy is corrupt or was tampered with: nothing was kept, try another "
            f"mirror ({ENV_BASE_URL}) or tell the mirror's maintainers"
        )
        raise IntegrityError(msg) from None
    reason = str(failure).splitlines()[0] if failure else "unknown error"
    msg = (
        f"{url}: could not download {what} after {attempts} attempt(s) ({reason}); check your "
        f"connection and {ENV_BASE_URL}, or set {ENV_OFFLINE}=1 to use local releases only"
    )
    raise DownloadError(msg) from None


def fetch_bytes(url: str, settings: Settings, what: str) -> bytes:
    """The body of a small file (such as the index), through a throw-away folder."""
    with tempfile.TemporaryDirectory(prefix="timeline-") as folder:
        path = Path(folder) / PurePosixPath(url).name
        retrieve(url, path, None, settings, what)
        return path.read_bytes()


def mirror_index(settings: Settings) -> ReleaseIndex:
    """The release index the mirror serves."""
    if settings.offline:
        msg = f"{ENV_OFFLINE} is set: not reading the mirror's index; unset it to go online"
        raise OfflineError(msg)
    url = f"{settings.require_base_url()}/{INDEX_NAME}"
    return ReleaseIndex.from_bytes(fetch_bytes(url, settings, "the release index"), url)


def safe_name(name: str, where: str) -> PurePosixPath:
    """A manifest file name as a relative path that cannot escape the release folder."""
    path = PurePosixPath(name)
    if not name or path.is_absolute() or "\\" in name or any(p in ("", "..") for p in path.parts):
        msg = f"{where}: refusing unsafe file name {name!r} in the manifest"
        raise IntegrityError(msg)
    return path


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


def verify_folder(folder: Path, manifest: Manifest) -> None:
    """Every file the manifest lists is in ``folder`` with its exact SHA-256 and size."""
    for name, info in sorted(manifest.files.items()):
        path = folder / safe_name(name, str(folder))
        if not path.is_file():
            msg = (
                f"{path}: missing from release {manifest.version}; delete {folder} and "
                "download the release again"
            )
            raise IntegrityError(msg)
        actual = sha256_file(path)
        if actual != info["sha256"] or path.stat().st_size != info["bytes"]:
            msg = (
                f"{path}: SHA-256 {actual} does not match the manifest's {info['sha256']}; "
                f"the file is corrupt or was modified: delete {folder} and download the "
                "release again"
            )
            raise IntegrityError(msg)


def publish(folder: Path, target: Path) -> Path:
    """Rename a fully verified ``folder`` to ``target``; keep a complete one already there.

    Files are made readable as the umask allows (downloads arrive as 0600 temp files).
    """
    mode = umask_mode()
    for path in folder.rglob("*"):
        path.chmod(mode | 0o111 if path.is_dir() else mode)
    try:
        os.rename(folder, target)
    except OSError:
        if not (target / MANIFEST_NAME).is_file():
            raise
        # Another process finished the same release first; its copy was verified too.
    return target


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
    """Download release ``version`` from the mirror into ``root/<version>`` (default: cache)."""
    if settings.offline:
        msg = (
            f"release {version} is not bundled or cached, and {ENV_OFFLINE} is set so it "
            f"cannot be downloaded; unset {ENV_OFFLINE}, or load a local version"
        )
        raise OfflineError(msg)
    base = settings.require_base_url()
    sha = expected_manifest_sha(version, mirror_index(settings), base)
    root = root if root is not None else settings.cache_dir
    with staging(root, version) as folder:
        retrieve(f"{base}/{version}/{MANIFEST_NAME}", folder / MANIFEST_NAME, sha, settings,
                 f"the manifest of release {version}")  # fmt: skip
        manifest = Manifest.read(folder / MANIFEST_NAME)
        if manifest.version != version:
            msg = f"{base}/{version}/{MANIFEST_NAME}: describes release {manifest.version}"
            raise IntegrityError(msg)
        for name, info in sorted(manifest.files.items()):
            relative = safe_name(name, f"{base}/{version}/{MANIFEST_NAME}")
            url = f"{base}/{version}/{quote(relative.as_posix())}"
            retrieve(url, folder / relative, str(info["sha256"]), settings, f"{name} of {version}")
        verify_folder(folder, manifest)
        return publish(folder, root / version)


def copy_release(release: Release, root: Path) -> Path:
    """Copy a local release into ``root/<version>``, verifying every file on the way."""
    with staging(root, release.version) as folder:
        shutil.copy2(release.path / MANIFEST_NAME, folder / MANIFEST_NAME)
        for name in sorted(release.manifest.files):
            relative = safe_name(name, str(release.path / MANIFEST_NAME))
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(release.path / relative, folder / relative)
        verify_folder(folder, release.manifest)
        return publish(folder, root / release.version)
