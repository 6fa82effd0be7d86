"""Test helpers for releases: a real HTTP mirror on 127.0.0.1 and test releases of our own.

``Mirror`` serves a releases folder (index.json, <version>/<file>) with
``http.server`` in a thread, records every request path, and can inject
faults per path: ``"500"`` (server error), ``"404"``, ``"slow"`` (waits a second before
answering), ``"truncate"`` (sends the full Content-Length but only half the
body, then closes the connection).

``build_second_release`` copies every bundled release (with its index and changelog)
and builds two test releases beside them from a copy of datasets/: ``BASE_VERSION``
from the curated rows as they are, then ``NEW_VERSION`` from the same rows with a few
edits (one actor added, one event and one claim changed, one claim removed).  The
tests compare the two, so what they expect never depends on how big the curated
dataset is or whether it matches the newest bundled release.

Test release versions.  The real dataset grows one release at a time (1.0.0, 1.1.0,
...), so a test release must never take a number the real dataset will use, and must
sort after every real release (it is the mirror's "latest").  The test versions are
computed from the newest bundled release: its major plus 100 (``TEST_MAJOR``), so with
1.x bundled they are 101.0.0 (base), 101.1.0 (new: rows added, a minor bump),
101.2.0 (a later one) and 102.0.0 (a schema change).  A real release would need a
hundred major bumps to collide, and each new real release moves the test versions up
with it.  ``ABSENT_VERSION`` (``TEST_MAJOR``.9.9) is a well-formed version that no
release folder, bundled or built here, ever has.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import yaml

from timeline.publish.build import build
from timeline.releases.paths import bundled_root, parse_version
from timeline.releases.resolve import bundled_versions

from conftest import DATASETS

BUNDLED = bundled_root()
BUNDLED_VERSIONS = bundled_versions()
NEWEST_BUNDLED = BUNDLED_VERSIONS[-1]
TEST_MAJOR = parse_version(NEWEST_BUNDLED)[0] + 100
BASE_VERSION = f"{TEST_MAJOR}.0.0"
NEW_VERSION = f"{TEST_MAJOR}.1.0"
LATER_VERSION = f"{TEST_MAJOR}.2.0"
MAJOR_VERSION = f"{TEST_MAJOR + 1}.0.0"
ABSENT_VERSION = f"{TEST_MAJOR}.9.9"


def bundled_released() -> dict[str, str]:
    """Each bundled version's release date, from the bundled index.json."""
    index = json.loads((BUNDLED / "index.json").read_text(encoding="utf-8"))
    return {r["version"]: r["released"] for r in index["releases"]}


def _days_after_newest(days: int) -> str:
    newest = max(dt.date.fromisoformat(d) for d in bundled_released().values())
    return (newest + dt.timedelta(days=days)).isoformat()


BASE_RELEASED = _days_after_newest(1)
NEW_RELEASED = _days_after_newest(5)
NEW_ACTOR = {
    "actor_id": "fixture-alliance",
    "name": "Fixture Alliance",
    "kind": "organization",
    "country": None,
    "description": "A fictional organization added by the tests' second release",
    # the columns added in data version 1.1.0, which the bundled actors carry
    "aliases": None,
    "parent_id": None,
    "role": None,
}
NEW_SUMMARY = "A summary rewritten by the tests' second release."
NEW_VENUE = "Fixture venue"
NEW_NOTE = "Venue edited by the tests' second release."


def release_rows(folder: Path) -> dict[str, int]:
    """Rows per table of the release in ``folder``, from its manifest."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    return {table: entry["rows"] for table, entry in manifest["tables"].items()}


class QuietServer(ThreadingHTTPServer):
    """A server whose late handler threads stay silent: a "slow" request still running after
    its test has ended (and its folder gone) must not print a traceback into whatever the
    next test in this process is capturing on stderr."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


class Mirror:
    """A live HTTP server over ``root`` that counts requests and injects faults."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.requests: list[str] = []
        self.faults: dict[str, list[str]] = {}
        self.lock = threading.Lock()
        handler = partial(_Handler, self, directory=str(root))
        self.server = QuietServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)

    def count(self, path: str | None = None) -> int:
        with self.lock:
            return len([p for p in self.requests if path is None or p == path])

    def fail(self, path: str, *faults: str) -> None:
        self.faults[path] = list(faults)

    def next_fault(self, path: str) -> str | None:
        with self.lock:
            self.requests.append(path)
            queue = self.faults.get(path)
            return queue.pop(0) if queue else None


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, mirror: Mirror, *args: Any, **kwargs: Any) -> None:
        self.mirror = mirror
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        fault = self.mirror.next_fault(self.path)
        if fault in ("500", "404"):
            self.send_error(int(fault))
            return
        if fault == "slow":
            time.sleep(1.0)
        if fault == "truncate":
            body = (self.mirror.root / self.path.lstrip("/")).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.close_connection = True
            return
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(root: Path) -> Iterator[Mirror]:
    """Run a :class:`Mirror` over ``root`` for the duration of the block."""
    mirror = Mirror(root)
    mirror.thread.start()
    try:
        yield mirror
    finally:
        mirror.server.shutdown()
        mirror.server.server_close()


def _edit(path: Path, change: Any) -> None:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows = change(rows)
    path.write_text(
        yaml.safe_dump(rows, sort_keys=False, allow_unicode=True, width=10_000), encoding="utf-8"
    )


def set_version(datasets: Path, version: str, released: str) -> None:
    """Set ``version`` and ``released`` in ``datasets/dataset.yaml``, whatever they were."""
    meta = datasets / "dataset.yaml"
    text = meta.read_text(encoding="utf-8")
    text, found = re.subn(r"(?m)^version: .*$", f"version: {version}", text)
    assert found == 1, f"no version line in {meta}"
    text, found = re.subn(r"(?m)^released: .*$", f"released: {released}", text)
    assert found == 1, f"no released line in {meta}"
    meta.write_text(text, encoding="utf-8")


def removable_claim(rows: list[dict[str, Any]]) -> str:
    """The last claim that no other claim restates (safe to remove)."""
    restated = {r.get("restates") for r in rows}
    return next(r["claim_id"] for r in reversed(rows) if r["claim_id"] not in restated)


def edit_for_second_release(datasets: Path) -> dict[str, Any]:
    """Edit the curated copy in ``datasets`` and set ``NEW_VERSION``; return what changed.

    The edited rows are picked by position (the first event, the first claim, the last
    claim nothing restates), never by an id the curated data might not have.
    """
    curated = datasets / "curated"
    record: dict[str, Any] = {}

    def actors(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        assert NEW_ACTOR["actor_id"] not in {r["actor_id"] for r in rows}
        return [*rows, NEW_ACTOR]

    def events(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        row = rows[0]
        record["event_id"], record["old_summary"] = row["event_id"], row["summary"]
        row["summary"] = NEW_SUMMARY
        return rows

    def claims(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        row = rows[0]
        record["claim_id"] = row["claim_id"]
        record["old_venue"], record["old_note"] = row["venue"], row["coding_note"]
        row["venue"], row["coding_note"] = NEW_VENUE, NEW_NOTE
        gone = removable_claim(rows)
        assert gone != row["claim_id"]
        record["removed_claim"] = next(r for r in rows if r["claim_id"] == gone)
        return [r for r in rows if r["claim_id"] != gone]

    _edit(curated / "actors.yaml", actors)
    _edit(curated / "events.yaml", events)
    _edit(curated / "claims.yaml", claims)
    set_version(datasets, NEW_VERSION, NEW_RELEASED)
    return record


def copy_bundled(target: Path) -> Path:
    """A releases folder holding a copy of every bundled release, the index and changelog."""
    target.mkdir(parents=True)
    for version in BUNDLED_VERSIONS:
        shutil.copytree(BUNDLED / version, target / version)
    for name in ("index.json", "CHANGELOG.md"):
        shutil.copy2(BUNDLED / name, target / name)
    return target


def build_second_release(work: Path) -> tuple[Path, dict[str, Any]]:
    """Build ``BASE_VERSION`` and ``NEW_VERSION`` after the bundled releases; return the folder.

    ``BASE_VERSION`` holds the curated rows as they are, ``NEW_VERSION`` the same rows
    after :func:`edit_for_second_release`, whose record is returned for assertions.
    """
    datasets = work / "datasets"
    shutil.copytree(DATASETS, datasets)
    releases = copy_bundled(work / "releases")
    set_version(datasets, BASE_VERSION, BASE_RELEASED)
    build(datasets, releases)
    record = edit_for_second_release(datasets)
    build(datasets, releases)
    return releases, record
