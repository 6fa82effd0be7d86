"""Failing fast where retrying cannot help, retrying with backoff where it can (issue 12).

A refused connection, a 4xx and a checksum mismatch must fail on the first attempt
with one line of ours naming the URL; timeouts, broken transfers and 5xx are
retried with exponential backoff.  Tests assert on the number of requests or
attempts, never on timings; the elapsed time is printed for the record
(``pytest -s``).  Oversized index, manifest and release files are cut off while
they stream in.  Every server listens on 127.0.0.1 only.
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

import timeline
from release_mirror import NEW_VERSION, Mirror, QuietServer, serve
from timeline.errors import (
    DownloadError,
    InputError,
    IntegrityError,
    ResponseTooLargeError,
)
from timeline.releases import mirror as mirror_module
from timeline.releases.manifest import sha256_file
from timeline.releases.mirror import INDEX_LIMIT, MANIFEST_LIMIT, mirror_index
from timeline.releases.resolve import download_release
from timeline.releases.settings import settings

CLAIMS = f"/{NEW_VERSION}/claims.parquet"


@pytest.fixture(scope="module")
def built(second_release: tuple[Path, object]) -> Path:
    """The session's test releases (shared: each mirror serves a copy)."""
    return second_release[0]


@pytest.fixture
def work() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="timeline-failfast-") as folder:
        yield Path(folder)


@pytest.fixture
def cache(work: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache; retries allowed (3) with a backoff long enough to notice."""
    folder = work / "cache"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(folder))
    monkeypatch.setenv("TIMELINE_RETRIES", "3")
    monkeypatch.setenv("TIMELINE_RETRY_BACKOFF", "0.05")
    monkeypatch.setenv("TIMELINE_TIMEOUT", "5")
    monkeypatch.setenv("TIMELINE_NO_PROGRESS", "1")
    monkeypatch.delenv("TIMELINE_OFFLINE", raising=False)
    monkeypatch.delenv("TIMELINE_BASE_URL", raising=False)
    return folder


@pytest.fixture
def mirror(
    built: Path, work: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Mirror]:
    root = work / "mirror"
    shutil.copytree(built, root)
    with serve(root) as server:
        monkeypatch.setenv("TIMELINE_BASE_URL", server.url)
        yield server


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every GET pooch's downloader makes (URL), counted on our side of the socket."""
    import pooch

    seen: list[str] = []

    real = pooch.HTTPDownloader.__call__

    def counting(
        self: Any, url: str, output_file: Any, pooch_: Any, check_only: bool = False
    ) -> Any:
        seen.append(url)
        return real(self, url, output_file, pooch_, check_only)

    monkeypatch.setattr(pooch.HTTPDownloader, "__call__", counting)
    return seen


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The backoff delays the retry loop asks for (not slept, only recorded)."""
    asked: list[float] = []
    monkeypatch.setattr(mirror_module.time, "sleep", asked.append)
    return asked


def one_line(exc: BaseException) -> str:
    text = str(exc)
    assert "\n" not in text, text
    assert "Deleted download for safety" not in text  # pooch's paragraph
    assert "HTTPConnectionPool" not in text and "Max retries" not in text  # urllib3's
    return text


def timed(action: Any) -> tuple[BaseException, float]:
    start = time.perf_counter()
    with pytest.raises(Exception) as caught:  # noqa: PT011 - the type is checked by the caller
        action()
    return caught.value, time.perf_counter() - start


def dead_url() -> str:
    """A 127.0.0.1 URL where nothing listens (a server that was started, then stopped)."""
    with tempfile.TemporaryDirectory() as empty, serve(Path(empty)) as gone:
        return gone.url


# -- fail at once ---------------------------------------------------------------------


def test_a_refused_connection_fails_on_the_first_attempt(
    cache: Path, attempts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = dead_url()
    monkeypatch.setenv("TIMELINE_BASE_URL", url)
    error, elapsed = timed(lambda: download_release(NEW_VERSION))
    print(f"\nrefused connection: {elapsed:.3f} s, {len(attempts)} attempt(s)")
    assert isinstance(error, DownloadError)
    assert attempts == [f"{url}/index.json"]
    text = one_line(error)
    assert text.startswith(f"{url}/index.json: could not download the release index: ")
    assert "refused the connection" in text and "TIMELINE_BASE_URL" in text
    assert elapsed < 1.5  # generous: the point is one attempt, not the clock
    assert not cache.exists() or list(cache.iterdir()) == []


def test_a_404_fails_on_the_first_request(mirror: Mirror, cache: Path) -> None:
    (mirror.root / NEW_VERSION / "claims.parquet").unlink()
    error, elapsed = timed(lambda: download_release(NEW_VERSION))
    print(f"\n404: {elapsed:.3f} s, {mirror.count(CLAIMS)} request(s)")
    assert isinstance(error, DownloadError)
    assert mirror.count(CLAIMS) == 1
    assert one_line(error).startswith(f"{mirror.url}{CLAIMS}: HTTP 404 for claims.parquet of")


class StatusHandler(SimpleHTTPRequestHandler):
    """Answers every request with the status its server was given; counts requests."""

    def __init__(self, state: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        self.state = state
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        with self.state["lock"]:
            self.state["requests"].append(self.path)
        self.send_error(self.state["status"])

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def status_server(work: Path) -> Iterator[dict[str, Any]]:
    state: dict[str, Any] = {"status": 500, "requests": [], "lock": threading.Lock()}
    server = QuietServer(("127.0.0.1", 0), partial(StatusHandler, state))
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    state["url"] = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451])
def test_client_errors_are_never_retried(
    status: int, status_server: dict[str, Any], cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    status_server["status"] = status
    monkeypatch.setenv("TIMELINE_BASE_URL", status_server["url"])
    error, elapsed = timed(lambda: mirror_index(settings()))
    print(f"\nHTTP {status}: {elapsed:.3f} s, {len(status_server['requests'])} request(s)")
    assert isinstance(error, DownloadError)
    assert status_server["requests"] == ["/index.json"]
    assert one_line(error) == (
        f"{status_server['url']}/index.json: HTTP {status} for the release index; the mirror "
        "does not have it: check TIMELINE_BASE_URL or try another mirror"
    )


@pytest.mark.parametrize(("status", "tries"), [(500, 4), (502, 4), (503, 4), (429, 4), (408, 4)])
def test_server_errors_are_retried_with_exponential_backoff(
    status: int,
    tries: int,
    status_server: dict[str, Any],
    cache: Path,
    sleeps: list[float],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    status_server["status"] = status
    monkeypatch.setenv("TIMELINE_BASE_URL", status_server["url"])
    with pytest.raises(DownloadError) as caught:
        mirror_index(settings())
    assert len(status_server["requests"]) == tries
    assert sleeps == [0.05, 0.1, 0.2]
    assert f"after {tries} attempt(s) (HTTP {status})" in one_line(caught.value)


def test_retries_are_a_setting(
    status_server: dict[str, Any], cache: Path, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_BASE_URL", status_server["url"])
    monkeypatch.setenv("TIMELINE_RETRIES", "0")
    with pytest.raises(DownloadError, match=r"after 1 attempt\(s\) \(HTTP 500\)"):
        mirror_index(settings())
    assert len(status_server["requests"]) == 1
    assert sleeps == []


def test_a_checksum_mismatch_fails_on_the_first_request(mirror: Mirror, cache: Path) -> None:
    path = mirror.root / NEW_VERSION / "claims.parquet"
    expected = sha256_file(path)
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF  # same size, different bytes: tampered, not truncated
    path.write_bytes(bytes(data))
    error, elapsed = timed(lambda: download_release(NEW_VERSION))
    print(f"\nchecksum mismatch: {elapsed:.3f} s, {mirror.count(CLAIMS)} request(s)")
    assert isinstance(error, IntegrityError)
    assert mirror.count(CLAIMS) == 1
    text = one_line(error)
    assert text.startswith(f"{mirror.url}{CLAIMS}: claims.parquet of {NEW_VERSION} does not match")
    assert f"expected {expected}, got {sha256_file(path)} ({len(data)} bytes)" in text
    assert not (cache / NEW_VERSION).exists()
    assert [p.name for p in cache.iterdir() if not p.name.endswith(".lock")] == []


def test_a_tampered_manifest_fails_on_the_first_request(mirror: Mirror, cache: Path) -> None:
    manifest = mirror.root / NEW_VERSION / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b'"files"', b'"files" ', 1))
    with pytest.raises(IntegrityError) as caught:
        download_release(NEW_VERSION)
    assert mirror.count(f"/{NEW_VERSION}/manifest.json") == 1
    assert mirror.count(CLAIMS) == 0
    assert f"the manifest of release {NEW_VERSION} does not match its SHA-256" in one_line(
        caught.value
    )


# -- retried, because the next attempt may pass ------------------------------------------


def test_a_timeout_is_retried_then_reported(
    mirror: Mirror, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_TIMEOUT", "0.2")
    monkeypatch.setenv("TIMELINE_RETRIES", "2")
    monkeypatch.setenv("TIMELINE_RETRY_BACKOFF", "0.01")
    mirror.fail(CLAIMS, "slow", "slow", "slow")
    with pytest.raises(DownloadError) as caught:
        download_release(NEW_VERSION)
    assert mirror.count(CLAIMS) == 3
    assert "after 3 attempt(s) (no complete answer within 0.2 s)" in one_line(caught.value)


class ShortHandler(SimpleHTTPRequestHandler):
    """Serves files; the first ``short`` answers for a path end early without a length."""

    def __init__(self, state: dict[str, Any], *args: Any, **kwargs: Any) -> None:
        self.state = state
        super().__init__(*args, directory=str(state["root"]), **kwargs)

    def do_GET(self) -> None:
        with self.state["lock"]:
            self.state["requests"].append(self.path)
            queue = self.state["faults"].get(self.path)
            fault = queue.pop(0) if queue else None
        if fault is None:
            super().do_GET()
            return
        body = (Path(self.state["root"]) / self.path.lstrip("/")).read_bytes()
        self.send_response(200)
        self.end_headers()  # no Content-Length: the client reads until the connection closes
        if fault == "short":
            self.wfile.write(body[: len(body) // 2])
        elif fault == "long":
            self.wfile.write(body + b"x" * 4096)
        elif fault == "endless":
            block = b"[" * 65536
            try:
                for _ in range(1024):  # 64 MiB at most, should the client not stop
                    self.wfile.write(block)
            except OSError:
                pass
        self.close_connection = True

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def raw_mirror(
    built: Path, work: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[dict[str, Any]]:
    root = work / "raw-mirror"
    shutil.copytree(built, root)
    state: dict[str, Any] = {"root": root, "requests": [], "faults": {}, "lock": threading.Lock()}
    server = QuietServer(("127.0.0.1", 0), partial(ShortHandler, state))
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    state["url"] = f"http://127.0.0.1:{server.server_address[1]}"
    monkeypatch.setenv("TIMELINE_BASE_URL", state["url"])
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_short_body_without_a_length_is_a_broken_transfer_and_retried(
    raw_mirror: dict[str, Any], cache: Path
) -> None:
    raw_mirror["faults"][CLAIMS] = ["short"]
    fetched = download_release(NEW_VERSION)
    assert fetched.status == "downloaded"
    assert raw_mirror["requests"].count(CLAIMS) == 2


def test_a_file_longer_than_its_manifest_says_is_cut_off_and_refused(
    raw_mirror: dict[str, Any], cache: Path
) -> None:
    raw_mirror["faults"][CLAIMS] = ["long"]
    with pytest.raises(IntegrityError) as caught:
        download_release(NEW_VERSION)
    assert raw_mirror["requests"].count(CLAIMS) == 1
    text = one_line(caught.value)
    assert "claims.parquet of" in text and "is longer than the" in text
    assert "bytes its manifest records" in text


def test_an_endless_index_is_cut_off_at_the_limit(raw_mirror: dict[str, Any], cache: Path) -> None:
    raw_mirror["faults"]["/index.json"] = ["endless"]
    with pytest.raises(ResponseTooLargeError) as caught:
        mirror_index(settings())
    assert raw_mirror["requests"] == ["/index.json"]
    assert "the release index is larger than 1 MiB" in one_line(caught.value)
    assert isinstance(caught.value, DownloadError)  # so 'latest' falls back to local releases


def test_size_limits_are_what_the_docs_say() -> None:
    assert INDEX_LIMIT == 1 << 20
    assert MANIFEST_LIMIT == 4 << 20


def test_an_oversized_index_file_is_refused(mirror: Mirror, cache: Path) -> None:
    index = mirror.root / "index.json"
    index.write_bytes(index.read_bytes() + b" " * INDEX_LIMIT)
    with pytest.raises(ResponseTooLargeError, match="is larger than 1 MiB"):
        timeline.load("claims", version=NEW_VERSION)
    assert mirror.count("/index.json") == 1


def test_an_oversized_manifest_is_refused_before_its_hash_is_checked(
    mirror: Mirror, cache: Path
) -> None:
    manifest = mirror.root / NEW_VERSION / "manifest.json"
    manifest.write_bytes(manifest.read_bytes() + b" " * MANIFEST_LIMIT)
    with pytest.raises(ResponseTooLargeError) as caught:
        download_release(NEW_VERSION)
    assert f"the manifest of release {NEW_VERSION} is larger than 4 MiB" in one_line(caught.value)
    assert mirror.count(f"/{NEW_VERSION}/manifest.json") == 1


def test_a_deeply_nested_index_is_an_input_error(raw_mirror: dict[str, Any], cache: Path) -> None:
    (Path(raw_mirror["root"]) / "index.json").write_bytes(b"[" * 200_000)
    with pytest.raises(InputError, match="nested too deeply"):
        mirror_index(settings())
