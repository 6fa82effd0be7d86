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
    "a. timeline validate datasets, fresh process",
    "b. validate 2,000-row claims CSV, fresh process",
    "c. validate 2,000 rows (in memory)",
    "c2. validate 2,000 rows --stream",
    "d. stream 2,000 rows: peak RSS",
    "d. stream 4,000 rows: peak RSS",
    "d2. in-memory 2,000 rows: peak RSS",
    "1. load('claims'), fresh process",
    "2. timeline --help",
    "2. timeline --version",
    "5. build curated data (in process)",
    "5b. timeline build (fresh process)",
    "5c. build 2× rows",
    "validate datasets, dask installed",
]
#: The four figures of issue 9 (point 5), each with the goal it is judged against.
GOALS = {
    "a. timeline validate datasets, fresh process": "≤ 1.5×",
    "b. validate 2,000-row claims CSV, fresh process": "≤ 0.20× (5× faster)",
    "c. validate 2,000 rows (in memory)": "≤ 1.3×",
    "d. stream 4,000 rows: peak RSS": "≤ 1.2×",
}


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
    assert lines[1].startswith("mode: smoke") and "bytecode: compiled" in lines[1]
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
    for target, goal in GOALS.items():
        assert rows[target][4] == goal and rows[target][5] in {"yes", "NO"}, rows[target]
    assert "dupes+dangling caught" in rows["d. stream 4,000 rows: peak RSS"][1]
    assert any(data.iterdir()), "the generated data went to --data-dir"
