"""Two builds at once into one releases folder: nothing lost, no traceback.

Two dataset folders (each with its own writers' lock) may be built into the same releases
folder.  Each build reads ``index.json``, adds its release and writes it back; without a
lock on the releases folder, two builds released together both read the old index and the
last writer drops the other's entry.  Real processes start behind a barrier; the runner
widens the window between reading the index and writing it, so the race is not left to
chance.  The control run switches the locks off and has the two builds meet after each
read of the index, so both write from the same state: it must lose an entry, which shows
the test can see the failure it guards against.  Releases only move forward, so the locked
run lets the older build take the lock first; the newer one then waits for it.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

import barrier
from fixture_dataset import write_dataset
from preforked import Preforked

from conftest import REPO

RUNNER = """\
import contextlib, json, os, pathlib, sys, time
spec = json.loads(sys.argv[1])
from timeline.model.pandera_setup import spare_test_extras
spare_test_extras()  # as the console script does for a whole process
from timeline.cli import main  # the imports happen before the barrier
import timeline.publish.build
from timeline.io import layout
from timeline.releases import index
real_read = index.ReleaseIndex.read.__func__
real_writing = layout.writing
reads = []
inside = []
def wait_for(path, seconds=60):
    deadline = time.monotonic() + seconds
    while not pathlib.Path(path).exists() and time.monotonic() < deadline:
        time.sleep(0.005)
def slow_read(cls, path):
    found = real_read(cls, path)
    reads.append(path)
    if spec["unlocked"]:  # meet the other build after each read, so both write from one state
        mark = pathlib.Path(spec["go"] + f"-read-{len(reads)}-{os.getpid()}")
        mark.touch()
        deadline = time.monotonic() + 10
        while len(list(mark.parent.glob(mark.name.rsplit("-", 1)[0] + "-*"))) < 2:
            if time.monotonic() > deadline:
                break
            time.sleep(0.01)
    elif inside and spec["first"]:
        # holding the releases lock: let the other build reach it and wait, then widen the
        # read-change-write window of index.json
        pathlib.Path(spec["go"] + "-first-locked").touch()
        wait_for(spec["go"] + "-second-at-lock")
        time.sleep(0.4)
    return found
@contextlib.contextmanager
def writing(root, timeout=None):
    releases = str(root) == spec["releases"]
    if releases and not spec["first"]:
        # releases only move forward: the older build takes the lock first, this one then
        # comes to it and must wait
        wait_for(spec["go"] + "-first-locked")
        pathlib.Path(spec["go"] + "-second-at-lock").touch()
    with real_writing(root, timeout) if timeout is not None else real_writing(root):
        if releases:
            inside.append(True)
        yield
index.ReleaseIndex.read = classmethod(slow_read)
if spec["unlocked"]:
    layout.writing = lambda root, timeout=None: contextlib.nullcontext()
else:
    layout.writing = writing
pathlib.Path(spec["ready"]).touch()
while not pathlib.Path(spec["go"]).exists():
    time.sleep(0.005)
main(spec["argv"])
"""


#: What the runner imports before it patches anything, done once in the fork server the
#: builds start from (each runner's own imports are then already done).
IMPORTS = [
    "from timeline.model.pandera_setup import spare_test_extras; spare_test_extras()",
    "import timeline.cli, timeline.publish.build, timeline.io.layout, timeline.releases.index",
]


@pytest.fixture(scope="module")
def server() -> Iterator[Preforked]:
    with Preforked(IMPORTS) as forks:
        yield forks


def _build_together(
    server: Preforked, tmp: Path, *, unlocked: bool
) -> tuple[list[subprocess.CompletedProcess[str]], Path]:
    releases = tmp / "releases"
    specs = []
    for n, version in enumerate(("0.1.0", "0.2.0")):
        datasets = write_dataset(tmp / f"datasets-{n}", version=version)
        argv = ["build", "--datasets", str(datasets), "--releases", str(releases)]
        # locked, the older build takes the releases lock first: the other order is refused
        # by design (a release below the newest), not lost
        specs.append(
            {"argv": argv, "unlocked": unlocked, "first": n == 0, "releases": str(releases)}
        )
    env = {"TIMELINE_DATASETS_LOCK_TIMEOUT": "60"}
    results = barrier.run_together(tmp, RUNNER, specs, env=env, cwd=REPO, server=server)
    return results, releases


def _indexed(releases: Path) -> list[str]:
    data = json.loads((releases / "index.json").read_text(encoding="utf-8"))
    return sorted(entry["version"] for entry in data["releases"])


def test_two_builds_into_one_releases_folder_keep_both_releases(
    server: Preforked, tmp_path: Path
) -> None:
    results, releases = _build_together(server, tmp_path, unlocked=False)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert _indexed(releases) == ["0.1.0", "0.2.0"]
    changelog = (releases / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "0.1.0" in changelog and "0.2.0" in changelog
    waited = [r for r in results if "waiting for another timeline command" in r.stderr]
    assert len(waited) == 1, [r.stderr for r in results]
    assert str(releases) in waited[0].stderr


def test_without_the_lock_the_same_race_loses_an_index_entry(
    server: Preforked, tmp_path: Path
) -> None:
    results, releases = _build_together(server, tmp_path, unlocked=True)
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    assert sorted(p.name for p in releases.iterdir() if p.is_dir()) == ["0.1.0", "0.2.0"]
    assert len(_indexed(releases)) == 1  # the lost update the lock prevents
