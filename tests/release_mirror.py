"""Test helpers for releases: a real HTTP mirror on 127.0.0.1 and a second release.

``Mirror`` serves a releases folder (index.json, <version>/<file>) with
``http.server`` in a thread, records every request path, and can inject
faults per path: ``"500"`` (server error), ``"404"``, ``"slow"`` (waits a second before
answering), ``"truncate"`` (sends the full Content-Length but only half the
body, then closes the connection).

``build_second_release`` copies datasets/, edits the curated rows, bumps the
version to 1.1.0 and builds it next to a copy of the bundled 1.0.0.
"""

from __future__ import annotations

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

from conftest import DATASETS, REPO

BUNDLED = REPO / "src" / "timeline" / "data"
NEW_VERSION = "1.1.0"
NEW_RELEASED = "2026-12-01"
NEW_ACTOR = {
    "actor_id": "nato",
    "name": "NATO",
    "kind": "organization",
    "country": None,
    "description": "North Atlantic Treaty Organization",
}
NEW_SUMMARY = "North Korean troops are deployed inside Russia's Kursk region."
NEW_NOTE = "Venue shortened in 1.1.0."


class Mirror:
    """A live HTTP server over ``root`` that counts requests and injects faults."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.requests: list[str] = []
        self.faults: dict[str, list[str]] = {}
        self.lock = threading.Lock()
        handler = partial(_Handler, self, directory=str(root))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
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


def removable_claim(rows: list[dict[str, Any]]) -> str:
    """The last claim that no other claim restates (safe to remove)."""
    restated = {r.get("restates") for r in rows}
    return next(r["claim_id"] for r in reversed(rows) if r["claim_id"] not in restated)


def edit_for_second_release(datasets: Path) -> dict[str, Any]:
    """Change the curated copy in ``datasets``; return what was changed, for assertions."""
    curated = datasets / "curated"
    record: dict[str, Any] = {}

    def actors(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [*rows, NEW_ACTOR]

    def events(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        row = next(r for r in rows if r["event_id"] == "ev-0002")
        record["old_summary"] = row["summary"]
        row["summary"] = NEW_SUMMARY
        return rows

    def claims(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        row = next(r for r in rows if r["claim_id"] == "cl-0001")
        record["old_venue"], record["old_note"] = row["venue"], row["coding_note"]
        row["venue"], row["coding_note"] = "Telegram", NEW_NOTE
        gone = removable_claim(rows)
        record["removed_claim"] = next(r for r in rows if r["claim_id"] == gone)
        return [r for r in rows if r["claim_id"] != gone]

    _edit(curated / "actors.yaml", actors)
    _edit(curated / "events.yaml", events)
    _edit(curated / "claims.yaml", claims)
    meta = datasets / "dataset.yaml"
    text = meta.read_text(encoding="utf-8")
    text = text.replace("version: 1.0.0", f"version: {NEW_VERSION}")
    text = text.replace("released: 2026-11-26", f"released: {NEW_RELEASED}")
    meta.write_text(text, encoding="utf-8")
    return record


def copy_bundled(target: Path) -> Path:
    """A releases folder holding a copy of the bundled 1.0.0, its index and changelog."""
    target.mkdir(parents=True)
    shutil.copytree(BUNDLED / "1.0.0", target / "1.0.0")
    for name in ("index.json", "CHANGELOG.md"):
        shutil.copy2(BUNDLED / name, target / name)
    return target


def build_second_release(work: Path) -> tuple[Path, dict[str, Any]]:
    """Build 1.1.0 from edited curated rows beside 1.0.0; return the releases folder."""
    datasets = work / "datasets"
    shutil.copytree(DATASETS, datasets)
    record = edit_for_second_release(datasets)
    releases = copy_bundled(work / "releases")
    build(datasets, releases)
    return releases, record
