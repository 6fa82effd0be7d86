"""Download settings from arguments and ``TIMELINE_*`` environment variables.

Read afresh on every call (never cached at import), so a test or a notebook can
change the environment between calls.  An argument always beats its variable.

``TIMELINE_BASE_URL``       mirror holding ``index.json`` and ``<version>/<file>``
``TIMELINE_CACHE_DIR``      where downloaded releases are kept
                            (default: ``platformdirs.user_cache_dir("timeline")``)
``TIMELINE_OFFLINE=1``      never touch the network
``TIMELINE_NO_PROGRESS=1``  no progress bar even on a terminal
``TIMELINE_RETRIES``        extra attempts after a timeout, a broken connection or an
                            HTTP 5xx (default 3); a refused connection, any other 4xx
                            and a checksum mismatch fail at once, never retried
``TIMELINE_RETRY_BACKOFF``  seconds before the first retry, doubled each time (default 1)
``TIMELINE_TIMEOUT``        seconds one request may take in all, connecting, headers and
                            body together (default 30): a deadline per request, not per
                            read, so a server trickling a byte at a time is cut off too
``TIMELINE_LOCK_TIMEOUT``   seconds to wait for another process downloading the same
                            release into the same cache (default 600)
``TIMELINE_MAX_TABLE_BYTES``  the most bytes one table of a release may take once
                            decoded (default 268435456, i.e. 256 MiB), checked from the
                            Parquet footer before decoding
``TIMELINE_STREAM_THRESHOLD``  bytes above which ``timeline validate`` streams a Parquet
                            file by row groups (default 268435456, i.e. 256 MiB)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from timeline.errors import ConfigError
from timeline.releases.messages import PASS_BASE_URL, shown

ENV_BASE_URL = "TIMELINE_BASE_URL"
ENV_CACHE_DIR = "TIMELINE_CACHE_DIR"
ENV_OFFLINE = "TIMELINE_OFFLINE"
ENV_NO_PROGRESS = "TIMELINE_NO_PROGRESS"
ENV_RETRIES = "TIMELINE_RETRIES"
ENV_BACKOFF = "TIMELINE_RETRY_BACKOFF"
ENV_TIMEOUT = "TIMELINE_TIMEOUT"
ENV_LOCK_TIMEOUT = "TIMELINE_LOCK_TIMEOUT"
ENV_STREAM_THRESHOLD = "TIMELINE_STREAM_THRESHOLD"
ENV_MAX_TABLE_BYTES = "TIMELINE_MAX_TABLE_BYTES"
#: Default of ``TIMELINE_MAX_TABLE_BYTES``: a thousand times today's largest table.
MAX_TABLE_BYTES = 256 << 20

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


@dataclass(frozen=True)
class Settings:
    """Everything the download layer needs to know, resolved once per call."""

    base_url: str | None
    cache_dir: Path
    offline: bool
    progress: bool
    retries: int
    backoff: float
    timeout: float
    lock_timeout: float = 600.0

    def require_base_url(self) -> str:
        """The mirror URL, or a clear error saying how to set one."""
        if self.base_url is None:
            msg = (
                f"no mirror is configured: set {ENV_BASE_URL}{PASS_BASE_URL} to the URL "
                "of a folder holding index.json and one sub-folder per release"
            )
            raise ConfigError(msg)
        return self.base_url


def _flag(name: str) -> bool:
    value = os.environ.get(name, "").strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    msg = f"{name}={shown(os.environ[name])} is not a yes/no value; set it to 1 or 0"
    raise ConfigError(msg)


def _number(name: str, default: float, *, integer: bool = False) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw) if integer else float(raw)
    except ValueError:
        value = -1
    if value < 0:
        kind = "a whole number" if integer else "a number"
        example = int(default) if integer else default
        msg = f"{name}={shown(raw)} is not {kind} >= 0; unset it or set e.g. {name}={example}"
        raise ConfigError(msg)
    return value


def stream_threshold(default: int) -> int:
    """Bytes above which validation streams a Parquet file (``TIMELINE_STREAM_THRESHOLD``)."""
    return int(_number(ENV_STREAM_THRESHOLD, default, integer=True))


def lock_timeout() -> float:
    """Seconds to wait for another process's lock (``TIMELINE_LOCK_TIMEOUT``)."""
    return _number(ENV_LOCK_TIMEOUT, 600.0)


def max_table_bytes() -> int:
    """The most bytes a release's table may decode to (``TIMELINE_MAX_TABLE_BYTES``)."""
    return int(_number(ENV_MAX_TABLE_BYTES, MAX_TABLE_BYTES, integer=True))


def normalize_base_url(url: str) -> str:
    """``url`` without a trailing slash or ``/index.json``; only http(s) URLs are accepted."""
    url = url.strip().removesuffix("/index.json")
    if not url.startswith(("http://", "https://")):
        msg = (
            f"mirror URL {url!r} must start with http:// or https:// (check {ENV_BASE_URL} "
            "or the base_url argument)"
        )
        raise ConfigError(msg)
    return url.rstrip("/")


def default_cache_dir() -> Path:
    """The per-user cache folder of this operating system (created only when written)."""
    import platformdirs

    return Path(platformdirs.user_cache_dir("timeline"))


def settings(
    *,
    base_url: str | None = None,
    cache_dir: Path | str | None = None,
    offline: bool | None = None,
    progress: bool | None = None,
) -> Settings:
    """Resolve every setting: argument, else environment variable, else default."""
    url = base_url if base_url is not None else os.environ.get(ENV_BASE_URL, "").strip() or None
    cache = cache_dir if cache_dir is not None else os.environ.get(ENV_CACHE_DIR, "").strip()
    return Settings(
        base_url=normalize_base_url(url) if url else None,
        cache_dir=Path(cache).expanduser() if cache else default_cache_dir(),
        offline=_flag(ENV_OFFLINE) if offline is None else offline,
        progress=(not _flag(ENV_NO_PROGRESS)) if progress is None else progress,
        retries=int(_number(ENV_RETRIES, 3, integer=True)),
        backoff=_number(ENV_BACKOFF, 1.0),
        timeout=_number(ENV_TIMEOUT, 30.0) or 30.0,
        lock_timeout=_number(ENV_LOCK_TIMEOUT, 600.0),
    )
