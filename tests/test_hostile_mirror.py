"""A hostile mirror on 127.0.0.1 (issue 19): it may stall, trickle, redirect or lie.

* A server that trickles a byte at a time (each read returns in time, so a per-read
  timeout never fires) is cut at ``TIMELINE_TIMEOUT`` for the whole request, for
  ``versions --remote`` (the index trickles) and ``download`` (the manifest trickles).
* An ``https://`` mirror is never followed to ``http://``.
* A malformed index (a 900 kB version, a 5,000-digit number, a version with a newline)
  gives one short error line.

Tests count requests, never assert timings (elapsed times are printed for the record).
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from timeline.errors import DownloadError, InputError
from timeline.releases import mirror as mirror_module
from timeline.releases.index import ReleaseIndex
from timeline.releases.paths import parse_version
from timeline.releases.settings import settings

from conftest import SOAK, run_cli

VERSION = "901.9.9"  # a version no real or test release has
MANIFEST = f"/{VERSION}/manifest.json"
INDEX = {
    "index_format": 1,
    "dataset": "timeline",
    "releases": [{"version": VERSION, "released": "2026-01-01", "manifest_sha256": "0" * 64}],
}


class Trickle:
    """A live HTTP server: ``index.json`` served whole or trickled, everything else trickled.

    A trickled answer sends its headers (Content-Length 100,000), then one byte every
    ``interval`` seconds until the client hangs up or the test ends.
    """

    def __init__(self, interval: float, trickle_index: bool, headers: bool = False) -> None:
        self.interval = interval
        self.trickle_index = trickle_index
        self.headers = headers  # trickle the status line and headers too, not just the body
        self.requests: list[str] = []
        self.stop = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                owner.requests.append(self.path)
                if self.path == "/index.json" and not owner.trickle_index:
                    body = json.dumps(INDEX).encode()
                    self.send_response(200)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                head = b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n"
                if not owner.headers:
                    self.wfile.write(head)
                    head = b""
                body = iter(head + b"{" * 100_000)
                try:
                    while not owner.stop.wait(owner.interval):
                        self.wfile.write(bytes([next(body)]))
                        self.wfile.flush()
                except OSError:
                    pass  # the client hung up: what we wanted

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def count(self, path: str) -> int:
        return self.requests.count(path)


@pytest.fixture
def trickle_server(request: pytest.FixtureRequest) -> Iterator[Trickle]:
    server = Trickle(*request.param)
    thread = threading.Thread(target=server.server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.server.shutdown()
        server.server.server_close()


def _env(url: str, cache: Path, timeout: str, retries: str) -> dict[str, str | None]:
    return {
        "TIMELINE_BASE_URL": url,
        "TIMELINE_CACHE_DIR": str(cache),
        "TIMELINE_TIMEOUT": timeout,
        "TIMELINE_RETRIES": retries,
        "TIMELINE_RETRY_BACKOFF": "0.01",
        "TIMELINE_NO_PROGRESS": "1",
        "TIMELINE_OFFLINE": None,
    }


def _cut_at_the_deadline(
    server: Trickle,
    tmp_path: Path,
    args: tuple[str, ...],
    path: str,
    timeout: str,
    retries: int,
    threads_end: bool = True,
) -> None:
    start = time.perf_counter()
    result = run_cli(*args, env=_env(server.url, tmp_path / "cache", timeout, str(retries)))
    elapsed = time.perf_counter() - start
    print(f"\n`timeline {' '.join(args)}` against a trickling mirror ended after {elapsed:.1f} s")
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"no complete answer within {float(timeout):g} s" in lines[0]
    assert f"after {retries + 1} attempt(s)" in lines[0]
    assert server.count(path) == retries + 1
    assert not (tmp_path / "cache" / VERSION).exists()
    if not threads_end:  # headers still trickling: see "What is left" in the threat model
        return
    # The connection was shut down at the deadline: no download thread is left reading.
    stop = time.monotonic() + 10
    while any(t.name == "timeline-download" for t in threading.enumerate()):
        assert time.monotonic() < stop, "a download thread outlived its deadline"
        time.sleep(0.01)


# The quick cases trickle a byte every 0.15 s against a 0.5 s deadline: a per-read timeout of
# 0.5 s would never fire (the issue's own numbers, 2 s against 5 s, are the slow test's).
@pytest.mark.parametrize("trickle_server", [(0.15, True)], indirect=True)
def test_versions_remote_is_cut_at_the_deadline_by_a_trickling_index(
    trickle_server: Trickle, tmp_path: Path
) -> None:
    _cut_at_the_deadline(
        trickle_server, tmp_path, ("versions", "--remote"), "/index.json", "0.5", retries=0
    )


@pytest.mark.parametrize("trickle_server", [(0.15, False)], indirect=True)
def test_download_is_cut_at_the_deadline_by_a_trickling_manifest(
    trickle_server: Trickle, tmp_path: Path
) -> None:
    _cut_at_the_deadline(
        trickle_server, tmp_path, ("download", VERSION), MANIFEST, "0.5", retries=1
    )


@pytest.mark.parametrize("trickle_server", [(0.15, True, True)], indirect=True)
def test_trickling_headers_are_cut_at_the_deadline_too(
    trickle_server: Trickle, tmp_path: Path
) -> None:
    _cut_at_the_deadline(
        trickle_server, tmp_path, ("versions", "--remote"), "/index.json", "0.5", 0, False
    )


#: The issue's numbers, a byte every 2 s against a 5 s timeout, in a soak run (both the index
#: and the manifest); by default the same proportions at 0.4 of the scale, a byte every 0.8 s
#: against a 2 s timeout (two bytes arrive in time, the third would not), for the index.
ISSUE_CASES = [(2.0, True, "5"), (2.0, False, "5")] if SOAK else [(0.8, True, "2")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("trickle_server", "timeout"),
    [((interval, index), timeout) for interval, index, timeout in ISSUE_CASES],
    indirect=["trickle_server"],
)
def test_the_issue_case_a_byte_every_two_seconds_against_a_five_second_timeout(
    trickle_server: Trickle, timeout: str, tmp_path: Path
) -> None:
    if trickle_server.trickle_index:
        args, path = ("versions", "--remote"), "/index.json"
    else:
        args, path = ("download", VERSION), MANIFEST
    _cut_at_the_deadline(trickle_server, tmp_path, args, path, timeout, retries=0)


# --- https never downgrades ------------------------------------------------------------


class _Redirect:
    """What requests hands a response hook, for a 3xx answer of an https request."""

    def __init__(self, url: str, location: str) -> None:
        self.url = url
        self.headers = {"location": location}
        self.is_redirect = True


@pytest.mark.parametrize(
    "location", ["http://127.0.0.1:9/index.json", "//evil.example/x", "ftp://x/y"]
)
def test_an_https_mirror_redirecting_to_plain_http_is_refused(location: str) -> None:
    watch = mirror_module._Watch("https://mirror.example/index.json")
    response = _Redirect("https://mirror.example/index.json", location)
    if location.startswith("//"):  # scheme-relative: stays https, allowed
        assert watch.hook(response) is response
        return
    with pytest.raises(DownloadError, match="refusing to download over plain http"):
        watch.hook(response)


def test_an_https_to_https_redirect_and_an_http_mirror_are_followed() -> None:
    watch = mirror_module._Watch("https://a.example/index.json")
    ok = _Redirect("https://a.example/index.json", "https://b.example/index.json")
    assert watch.hook(ok) is ok
    plain = _Redirect("http://a.example/index.json", "http://b.example/index.json")
    assert mirror_module._Watch("http://a.example/index.json").hook(plain) is plain


class _RedirectToHttp(BaseHTTPRequestHandler):
    target = ""

    def do_GET(self) -> None:
        self.send_response(302)
        self.send_header("Location", self.target)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        pass


def test_the_hook_is_installed_on_real_requests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real 302 from 127.0.0.1 goes through the same hook (here as if the mirror were
    https: the hook's view of the response URL is patched to https)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RedirectToHttp)
    _RedirectToHttp.target = f"http://127.0.0.1:{server.server_address[1]}/elsewhere.json"
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    seen: list[str] = []
    real_hook = mirror_module._Watch.hook

    def as_https(self: Any, response: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(str(response.url))
        response.url = str(response.url).replace("http://", "https://", 1)
        return real_hook(self, response, *args, **kwargs)

    monkeypatch.setattr(mirror_module._Watch, "hook", as_https)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        config = settings(base_url=url, cache_dir=tmp_path)
        with pytest.raises(DownloadError, match="redirects from https:// to 'http://127"):
            mirror_module.fetch_bytes(f"{url}/index.json", config, "the release index")
    finally:
        server.shutdown()
        server.server_close()
    assert seen == [f"{url}/index.json"]  # refused before the redirect was followed


# --- malformed indexes: one short line -------------------------------------------------


def _index(**entry: Any) -> bytes:
    item = {"version": "1.0.0", "released": "2026-01-01", "manifest_sha256": "0" * 64, **entry}
    return json.dumps({"index_format": 1, "releases": [item]}).encode()


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (_index(version="1" * 900_000), "invalid version"),
        (_index(version="2.0.0\n"), "invalid version '2.0.0\\n'"),
        (_index(version=123456789012345678901234567890), "invalid version"),
        (_index(version="0").replace(b'"0"', b"9" * 5000), "not valid JSON"),
        (_index(manifest_sha256=["x"] * 100_000), "malformed release entry"),
        (b'{"index_format": ' + b"9" * 5000 + b', "releases": []}', "not valid JSON"),
        (json.dumps({"index_format": 1, "releases": ["x" * 900_000]}).encode(), "malformed"),
    ],
    ids=[
        "huge-version",
        "newline",
        "int-version",
        "5000-digits-version",
        "huge-list",
        "5000-digits-format",
        "string",
    ],
)
def test_a_malformed_index_gives_one_short_line(data: bytes, words: str) -> None:
    with pytest.raises(InputError) as caught:
        ReleaseIndex.from_bytes(data, "https://mirror.example/index.json")
    message = str(caught.value)
    assert words in message
    assert "\n" not in message
    assert len(message) < 400, message[:500]


def test_the_version_pattern_matches_the_whole_string() -> None:
    for bad in ("2.0.0\n", "2.0.0 ", "\n2.0.0", "2.0.0\r"):
        with pytest.raises(Exception, match="invalid version"):
            parse_version(bad)
    assert parse_version("2.0.0") == (2, 0, 0)
