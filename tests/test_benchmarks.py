"""The benchmark entry point runs from a clean checkout and reports every target with a ratio.

A smoke run at tiny sizes with one repetition: it checks the table, never the
timings (those belong to the README's recorded run, not to a test). The default run smokes
two targets, one timed in fresh processes and one in process (about 3 s); a soak run
(``TIMELINE_SOAK=1``) every target, in two halves the two test workers share (about 25 s).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SOAK

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


#: The smoke run in two halves (``run.py --only``), so the two test workers share it.
#: Each half: the targets it runs, and the table rows they print.
HALVES = {
    "issue-9 targets": (["curator", "csv", "validate", "stream"], TARGETS[:7]),
    "issue-6 targets": (["loader", "cli", "build", "dask"], TARGETS[7:]),
}


def _table(stdout: str) -> dict[str, list[str]]:
    return {
        cells[0]: cells
        for line in stdout.splitlines()
        if line.startswith("| ") and not line.startswith("| target")
        for cells in [[c.strip() for c in line.strip("|").split("|")]]
    }


#: The default run's smoke: the CLI's start-up (fresh processes) and validation in process.
QUICK_SMOKE = {
    "cli and validate": (
        ["cli", "validate"],
        [t for t in TARGETS if t.startswith(("2. ", "c. ", "c2. "))],
    )
}
SMOKES = HALVES if SOAK else QUICK_SMOKE


@pytest.mark.slow
@pytest.mark.parametrize("half", list(SMOKES))
def test_smoke_run_prints_every_target_with_a_ratio(tmp_path: Path, half: str) -> None:
    data = tmp_path / "bench-data"  # never the repository's benchmarks/.data
    names, expected = SMOKES[half]
    only = [arg for name in names for arg in ("--only", name)]
    command = [sys.executable, str(REPO / "benchmarks" / "run.py"), "--smoke", *only]
    result = subprocess.run(
        [*command, "--data-dir", str(data)],
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
    rows = _table(result.stdout)
    assert sorted(rows) == sorted(expected)
    for cells in rows.values():
        assert re.fullmatch(r"\d+\.\d\d×", cells[3]), cells
        assert cells[5] in {"yes", "NO", "n/a"}
    for target, goal in GOALS.items():
        if target in rows:
            assert rows[target][4] == goal and rows[target][5] in {"yes", "NO"}, rows[target]
    if "d. stream 4,000 rows: peak RSS" in rows:
        assert "dupes+dangling caught" in rows["d. stream 4,000 rows: peak RSS"][1]
    assert any(data.iterdir()), "the generated data went to --data-dir"


def test_the_quick_smoke_runs_targets_of_both_kinds() -> None:
    """A fresh-process timing and an in-process one: the two ways the benchmark measures."""
    ((names, expected),) = QUICK_SMOKE.values()
    assert set(names) < {n for half in HALVES.values() for n in half[0]}
    assert len(expected) == 4


def test_the_two_halves_cover_every_target_once() -> None:
    import runpy

    bench = runpy.run_path(str(REPO / "benchmarks" / "run.py"), run_name="bench_run")
    halves = [name for names, _ in HALVES.values() for name in names]
    assert sorted(halves) == sorted(bench["TARGETS"])
