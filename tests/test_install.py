"""A plain, non-editable install (a built wheel) carries the releases and loads offline."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from timeline.releases.paths import bundled_root
from timeline.releases.resolve import bundled_versions

from conftest import FIRST_RELEASE, REPO, newest_bundled


@pytest.mark.slow
def test_wheel_ships_releases_and_loads_without_the_source_tree(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--quiet",
            "-w",
            str(wheels),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (wheel,) = wheels.glob("dprk_russia_timeline-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert bundled_versions()[0] == FIRST_RELEASE
    for bundled in bundled_versions():  # every bundled release, not only the first
        for table in ("sources", "actors", "events", "claims"):
            assert f"timeline/data/{bundled}/{table}.parquet" in names
        assert f"timeline/data/{bundled}/manifest.json" in names
    assert not any(name.startswith("timeline/data/.") for name in names)

    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import timeline, sys; f = timeline.load('claims'); "
        "print(timeline.__file__); print(len(f)); print(timeline.versions()[-1])"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "TIMELINE_OFFLINE": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    module_file, rows, version = out.stdout.split()
    assert module_file.startswith(str(site))
    newest = newest_bundled()  # what load() reads by default
    manifest = json.loads((bundled_root() / newest / "manifest.json").read_text(encoding="utf-8"))
    assert int(rows) == manifest["tables"]["claims"]["rows"]
    assert version == newest
