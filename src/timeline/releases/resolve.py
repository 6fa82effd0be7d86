"""Find a release by version: bundled with the package, cached, or on a mirror.

Lookup order for ``open_release("1.1.0")``: the releases bundled inside the
package, then the download cache, then the mirror (downloaded into the cache,
verified, and used from there).  No version (``None``) means the newest release
available without the network: bundled or cached, whichever is newer.
``"latest"`` resolves through the mirror's index when a mirror is configured,
reachable and not offline, otherwise through the bundled index and the local
releases; which version it picked is reported as a :class:`LatestVersionWarning`.
Nothing here imports pandas or pooch.

A cached release is checked in full before it is used (every file against its
manifest, remembered per process while the files are untouched, see
:mod:`timeline.releases.verify`); a damaged one is downloaded again, with a
one-line notice, when a mirror is reachable.  No release folder may hold a
symbolic link.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import (
    DownloadError,
    IntegrityError,
    LatestVersionWarning,
    OfflineError,
    ReleaseNotFoundError,
)
from timeline.releases.cache import cached_versions, release_dir, sweep
from timeline.releases.index import bundled_index
from timeline.releases.messages import LATEST_NAMED, PASS_BASE_URL, pin_advice
from timeline.releases.mirror import (
    copy_release,
    fetch_release,
    fetch_release_reporting,
    mirror_index,
)
from timeline.releases.paths import bundled_root, parse_version, releases_in
from timeline.releases.release import Release, read_release
from timeline.releases.settings import ENV_BASE_URL, ENV_OFFLINE, Settings, settings
from timeline.releases.verify import check_release, verify_folder

__all__ = [
    "DISTRIBUTION",
    "LATEST",
    "Fetched",
    "Release",
    "VersionInfo",
    "bundled_versions",
    "download_release",
    "find_local",
    "list_versions",
    "local_versions",
    "newest_local",
    "open_release",
    "read_release",
    "resolve_latest",
    "resolve_version",
]

LOG = logging.getLogger("timeline")
LATEST = "latest"
DISTRIBUTION = "dprk-russia-timeline"


def bundled_versions() -> list[str]:
    """Versions shipped inside the package, oldest first."""
    return releases_in(bundled_root())


def local_versions(config: Settings | None = None) -> list[str]:
    """Versions available without the network (bundled or cached), oldest first."""
    config = config or settings()
    found = set(bundled_versions()) | set(cached_versions(config))
    return sorted(found, key=parse_version)


def find_local(version: str, config: Settings | None = None) -> Release | None:
    """Release ``version`` if it is bundled or cached, else None.  Never downloads.

    A cached release is verified in full first: IntegrityError if it is damaged.
    """
    parse_version(version)
    if version in bundled_versions():
        return read_release(bundled_root() / version, "bundled")
    config = config or settings()
    folder = release_dir(config, version)
    if not (folder.exists() or folder.is_symlink()):
        return None
    return Release(version, folder, check_release(folder, version), "cache")


def _local_or_repairable(version: str, config: Settings) -> Release | None:
    """:func:`find_local`, but a damaged cached release is None when the mirror can replace
    it (:func:`~timeline.releases.mirror.fetch_release` does, with a notice), and an error
    saying how to get it replaced otherwise.  Sweeps the cache of what killed processes
    left first."""
    sweep(config.cache_dir)  # hidden folders of killed processes (only when their lock is free)
    try:
        return find_local(version, config)
    except IntegrityError as exc:
        if not config.offline and config.base_url is not None:
            return None
        how = f"unset {ENV_OFFLINE}" if config.offline else f"set {ENV_BASE_URL} to a mirror"
        msg = (
            f"{exc}; cached release {version} is damaged: {how} and timeline downloads it "
            f"again, or delete {release_dir(config, version)}"
        )
        raise IntegrityError(msg) from None


def resolve_latest(config: Settings, stacklevel: int = 2) -> str:
    """The newest version, from the mirror's index if possible, else from local knowledge."""
    version: str | None = None
    where = ""
    if config.base_url is not None and not config.offline:
        try:
            version = mirror_index(config).latest()
            where = f"the mirror's index at {config.base_url}"
        except DownloadError as exc:
            LOG.warning("mirror unreachable, resolving 'latest' locally: %s", exc)
    if version is None:
        known = set(bundled_index().versions()) | set(local_versions(config))
        version = max(known, key=parse_version) if known else None
        where = "the bundled index and local releases"
    if version is None:
        msg = "no release is known: none is bundled or cached, and no mirror lists one"
        raise ReleaseNotFoundError(msg)
    message = f"{LATEST_NAMED} resolved to {version} (from {where}); {pin_advice(version)}"
    LOG.info(message)
    warnings.warn(message, LatestVersionWarning, stacklevel=stacklevel)
    return version


def newest_local(config: Settings | None = None) -> str:
    """The newest release available without the network, bundled or cached: what
    ``version=None`` means.  Only its name is looked at here; opening it verifies it."""
    available = local_versions(config)
    if not available:
        msg = (
            "no release is bundled or cached with this installation of timeline; pass a "
            f"version and set {ENV_BASE_URL} to a mirror to download it"
        )
        raise ReleaseNotFoundError(msg)
    return available[-1]


def resolve_version(version: str | None, config: Settings, stacklevel: int = 2) -> str:
    """None: the newest local release (:func:`newest_local`); 'latest': see
    :func:`resolve_latest`; anything else must be a version number."""
    if version is None:
        return newest_local(config)
    if version == LATEST:
        return resolve_latest(config, stacklevel + 1)
    parse_version(version)
    return version


def open_release(
    version: str | None = None,
    *,
    base_url: str | None = None,
    cache_dir: Path | str | None = None,
    stacklevel: int = 2,
) -> Release:
    """The release ``version``, downloading it from the mirror into the cache when it is
    neither bundled nor cached.

    ``None`` is the newest release available locally (bundled, or cached and verified
    in full); ``'latest'`` the newest the mirror's index lists (see :func:`resolve_latest`).
    """
    if version is not None and version != LATEST and version in bundled_versions():
        return read_release(bundled_root() / version, "bundled")
    config = settings(base_url=base_url, cache_dir=cache_dir)
    version = resolve_version(version, config, stacklevel + 1)
    if version in bundled_versions():
        return read_release(bundled_root() / version, "bundled")
    local = _local_or_repairable(version, config)
    if local is not None:
        return local
    if config.offline or config.base_url is None:
        known = ", ".join(local_versions(config)) or "none"
        if config.offline:
            msg = (
                f"release {version} is not bundled or cached (local: {known}) and {ENV_OFFLINE} "
                f"is set; unset {ENV_OFFLINE} to download it, or load a local version"
            )
            raise OfflineError(msg)
        msg = (
            f"release {version} is not available locally (available: {known}); set "
            f"{ENV_BASE_URL}{PASS_BASE_URL} to a mirror to download it"
        )
        raise ReleaseNotFoundError(msg)
    return read_release(fetch_release(version, config), "cache")


@dataclass(frozen=True)
class Fetched:
    """What :func:`download_release` did: ``status`` is 'bundled', 'cached', 'present',
    'copied' or 'downloaded'."""

    release: Release
    status: str


def download_release(
    version: str,
    *,
    dest: Path | None = None,
    base_url: str | None = None,
    cache_dir: Path | str | None = None,
) -> Fetched:
    """Make release ``version`` available offline: in the cache, or in ``dest/<version>``.

    With ``dest``, a local (bundled or cached) release is copied there and
    verified; otherwise it is downloaded straight into ``dest``.
    """
    config = settings(base_url=base_url, cache_dir=cache_dir)
    if version == "latest" and config.base_url is not None and not config.offline:
        # Asked to fetch the mirror's newest: an unreachable mirror is an error here,
        # not a silent fall back to what is already on disk (load() does fall back).
        mirror_index(config).latest()
    version = resolve_version(version, config, 3)
    local = _local_or_repairable(version, config)
    if dest is None:
        if local is not None and local.origin == "bundled":
            try:
                verify_folder(local.path, local.manifest)
            except IntegrityError as exc:
                msg = f"{exc}; the installed package is damaged: reinstall {DISTRIBUTION}"
                raise IntegrityError(msg) from None
            return Fetched(local, "bundled")
        if local is not None:
            return Fetched(local, "cached")  # verified in full by find_local
        path, fetched = fetch_release_reporting(version, config)  # False: another process did
        return Fetched(read_release(path, "cache"), "downloaded" if fetched else "cached")
    target = dest / version
    if target.exists() or target.is_symlink():
        with contextlib.suppress(IntegrityError):  # damaged: replaced below, with a notice
            manifest = check_release(target, version)
            return Fetched(Release(version, target, manifest, "folder"), "present")
    if local is not None:
        return Fetched(read_release(copy_release(local, dest, config)), "copied")
    path, fetched = fetch_release_reporting(version, config, root=dest)
    return Fetched(read_release(path), "downloaded" if fetched else "present")


@dataclass(frozen=True)
class VersionInfo:
    """One row of ``timeline versions``: a version, its date and where it is."""

    version: str
    released: str
    where: tuple[str, ...]


def list_versions(config: Settings | None = None, *, remote: bool = False) -> list[VersionInfo]:
    """Bundled and cached versions (plus, with ``remote``, the mirror's), oldest first."""
    config = config or settings()
    places: dict[str, list[str]] = {}
    dates = {e.version: e.released for e in bundled_index().entries}
    for version in bundled_versions():
        places.setdefault(version, []).append("bundled")
    for version in cached_versions(config):
        places.setdefault(version, []).append("cached")
        if version not in dates:
            dates[version] = str(
                read_release(release_dir(config, version)).manifest.data["released"]
            )
    if remote:
        for entry in mirror_index(config).entries:
            places.setdefault(entry.version, []).append("mirror")
            dates.setdefault(entry.version, entry.released)
    return [
        VersionInfo(v, dates.get(v, ""), tuple(places[v]))
        for v in sorted(places, key=parse_version)
    ]
