"""The benchmark entry point runs from a clean checkout and reports every target with a ratio.

A smoke run at tiny sizes with one repetition: it checks the table, never the
timings (those belong to the README's recorded run, not to a test).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

TARGETS = [
    "1. load('claims'), fresh process",
    "2. timeline --help",
    "2. timeline --version",
    "3. validate 2,000 rows (in memory)",
    "3b. validate 2,000 rows --stream",
    "4. stream 2,000 rows: peak RSS",
    "4. stream 4,000 rows: peak RSS",
    "4b. in-memory 2,000 rows: peak RSS",
    "5. build curated data (in process)",
    "5b. timeline build (fresh process)",
    "5c. build 2× rows",
    "validate datasets, dask installed",
]


@pytest.mark.slow
def test_smoke_run_prints_every_target_with_a_ratio(tmp_path: Path) -> None:
    data = tmp_path / "bench-data"  # never the repository's benchmarks/.data
    result = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run.py"), "--smoke", "--data-dir", str(data)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("machine: ") and "cores" in lines[0] and "Python" in lines[0]
    rows = {
        cells[0]: cells
        for line in lines
        if line.startswith("| ") and not line.startswith("| target")
        for cells in [[c.strip() for c in line.strip("|").split("|")]]
    }
    assert sorted(rows) == sorted(TARGETS)
    for cells in rows.values():
        assert re.fullmatch(r"\d+\.\d\d×", cells[3]), cells
        assert cells[5] in {"yes", "NO", "n/a"}
    assert "dupes+dangling caught" in rows["4. stream 4,000 rows: peak RSS"][1]
    assert any(data.iterdir()), "the generated data went to --data-dir"
