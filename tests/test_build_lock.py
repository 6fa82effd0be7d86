"""Two builds at once into one releases folder: nothing lost, no traceback.

Two dataset folders (each with its own writers' lock) may be built into the same releases
folder.  Each build reads ``index.json``, adds its release and writes it back; without a
lock on the releases folder, two builds released together both read the old index and the
last writer drops the other's entry.  Real processes start behind a barrier; the runner
widens the window between reading the index and writing it, so the race is not left to
chance.  The control run switches the locks off and must lose an entry, which shows the
test can see the failure it guards against.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from fixture_dataset import write_dataset

from conftest import REPO

RUNNER = """\
import contextlib, json, pathlib, sys, time
spec = json.loads(sys.argv[1])
from timeline.cli import main  # the imports happen before the barrier
import timeline.publish.build
from timeline.io import layout
from timeline.releases import index
real_read = index.ReleaseIndex.read.__func__
def slow_read(cls, path):
    found = real_read(cls, path)
    time.sleep(0.4)  # widen the read-change-write window of index.json
    return found
index.ReleaseIndex.read = classmethod(slow_read)
if spec["unlocked"]:
    layout.writing = lambda root, timeout=None: contextlib.nullcontext()
pathlib.Path(spec["ready"]).touch()
while not pathlib.Path(spec["go"]).exists():
    time.sleep(0.005)
main(spec["argv"])
"""


def _build_together(
    tmp: Path, *, unlocked: bool
) -> tuple[list[subprocess.CompletedProcess[str]], Path]:
    releases = tmp / "releases"
    go = tmp / "go"
    procs, readies = [], []
    for n, version in enumerate(("0.1.0", "0.2.0")):
        datasets = write_dataset(tmp / f"datasets-{n}", version=version)
        ready = tmp / f"ready-{n}"
        readies.append(ready)
        argv = ["build", "--datasets", str(datasets), "--releases", str(releases)]
        spec = {"argv": argv, "ready": str(ready), "go": str(go), "unlocked": unlocked}
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", RUNNER, json.dumps(spec)],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "TIMELINE_DATASETS_LOCK_TIMEOUT": "60"},
            )
        )
    deadline = time.monotonic() + 120
    while not all(r.exists() for r in readies):
        assert time.monotonic() < deadline, "the runners never got ready"
        assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
        time.sleep(0.01)
    go.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results, releases


def _indexed(releases: Path) -> list[str]:
    data = json.loads((releases / "index.json").read_text(encoding="utf-8"))
    return sorted(entry["version"] for entry in data["releases"])


def test_two_builds_into_one_releases_folder_keep_both_releases(tmp_path: Path) -> None:
    results, releases = _build_together(tmp_path, unlocked=False)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "Traceback" not in result.stderr
    assert _indexed(releases) == ["0.1.0", "0.2.0"]
    changelog = (releases / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "0.1.0" in changelog and "0.2.0" in changelog
    waited = [r for r in results if "waiting for another timeline command" in r.stderr]
    assert len(waited) == 1, [r.stderr for r in results]
    assert str(releases) in waited[0].stderr


def test_without_the_lock_the_same_race_loses_an_index_entry(tmp_path: Path) -> None:
    results, releases = _build_together(tmp_path, unlocked=True)
    assert all(r.returncode == 0 for r in results), [r.stderr for r in results]
    assert sorted(p.name for p in releases.iterdir() if p.is_dir()) == ["0.1.0", "0.2.0"]
    assert len(_indexed(releases)) == 1  # the lost update the lock prevents
