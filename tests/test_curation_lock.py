"""Two curators at once (issue 19): one writers' lock per dataset folder, nothing lost.

Real processes, started together behind a barrier (each imports the CLI, says it is ready,
then waits for a go file; forked from a server that did those imports once, tests/preforked.py), run two ``accept`` or two ``add-source`` commands on one
folder.  Both must exit 0, every row of both must be there with distinct ids, and
``validate`` must pass.  Before the lock, both read the same state and the last writer
dropped the other's rows.  A held lock makes a command wait, saying so in one line, and
give up after ``TIMELINE_DATASETS_LOCK_TIMEOUT`` with one line and nothing written.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import barrier
from fixture_dataset import SOURCE_ID, write_dataset
from preforked import Preforked
from timeline.curation.archive import add_source
from timeline.curation.review import review_path, review_text
from timeline.errors import ConfigError, DatasetsLockError
from timeline.io import layout

from conftest import SOAK, run_cli

#: Trials per case: one in the quick run (the runner widens the race window, so one trial
#: lost rows every time before the lock), several in the slow run, more in a soak run.
SLOW_TRIALS = 8 if SOAK else 0  # the suite stays within its 2-minute budget
TRIALS = [0, *(pytest.param(n, marks=pytest.mark.slow) for n in range(1, SLOW_TRIALS + 1))]

RUNNER = """\
import json, pathlib, sys, time
spec = json.loads(sys.argv[1])
from timeline.model.pandera_setup import spare_test_extras
spare_test_extras()  # as the console script does for a whole process
from timeline.cli import main  # the imports happen before the barrier
import timeline.curation.archive
if spec["argv"][0] == "accept":  # add-source stays free of pandas, as it is in use
    import timeline.curation.accept, timeline.validation.engine
# Widen the window between reading the curated files and writing them, so that without
# the lock both processes read the same state every time, not only by chance.
real_commit = timeline.curation.archive.commit_files
def slow_commit(*args, **kwargs):
    time.sleep(0.4)
    return real_commit(*args, **kwargs)
timeline.curation.archive.commit_files = slow_commit
pathlib.Path(spec["ready"]).touch()
while not pathlib.Path(spec["go"]).exists():
    time.sleep(0.005)
main(spec["argv"])
"""

PUBLISHED = "2024-11-14"


def report_text(n: int) -> str:
    """A fictional report, different for each ``n`` (add-source refuses a text twice)."""
    return (
        f"TEST FIXTURE {n} – a fictional report for the lock tests.\n\n"
        f"PORT {n} – The Harbour Board {n} said on Thursday that about {60 + n} crates were "
        "moved to the depot.\n"
    )


#: What the runner imports before the barrier, done once in the fork server the processes
#: start from (each runner's own imports are then already done).
IMPORTS = [
    "from timeline.model.pandera_setup import spare_test_extras; spare_test_extras()",
    "import timeline.cli, timeline.curation.archive",
    "import timeline.curation.accept, timeline.validation.engine",
]


@pytest.fixture(scope="module")
def server() -> Iterator[Preforked]:
    with Preforked(IMPORTS) as forks:
        yield forks


def run_together(server: Preforked, tmp: Path, argvs: list[list[str]]) -> list[Any]:
    """Start one CLI process per argv, release them at once, return their results."""
    return barrier.run_together(tmp, RUNNER, [{"argv": argv} for argv in argvs], server=server)


def rows(datasets: Path, table: str) -> list[dict[str, Any]]:
    loaded = yaml.safe_load(layout.table_path(datasets, table).read_text(encoding="utf-8"))
    assert isinstance(loaded, list)
    return loaded


def write_review(datasets: Path, n: int) -> str:
    """Archive report ``n`` and write its review file: one claim by a new actor, new event."""
    report = datasets.parent / f"report-{n}.txt"
    report.write_text(report_text(n), encoding="utf-8")
    source = add_source(
        datasets, report, publisher="Fixture Wire", published_on=PUBLISHED, title=f"Port {n}"
    ).source_id
    quote = f"about {60 + n} crates were moved to the depot"
    candidate = {
        "candidate_id": "c001", "quote": quote, "quote_start": None, "quote_end": None,
        "attribution": "paraphrase", "certainty": "asserted", "stated_on": None,
        "stated_end": PUBLISHED, "stated_precision": "range",
        "event_type": "munitions_shipment", "summary": f"Crates moved at port {n}.",
        "date_start": None, "date_end": PUBLISHED, "date_precision": "range",
        "claimant": f"The Harbour Board {n}", "claimant_id": None, "value": 60 + n,
        "qualifier": "about", "unit": "crates", "flags": [], "rule": "test",
    }  # fmt: skip
    path = review_path(datasets, source)
    path.parent.mkdir(exist_ok=True)
    proposal = {
        "source": {"source_id": source, "published_on": PUBLISHED},
        "candidates": [candidate],
    }
    path.write_text(review_text(proposal), encoding="utf-8")
    return source


@pytest.mark.parametrize("trial", TRIALS)
def test_two_accepts_at_once_lose_nothing(server: Preforked, tmp_path: Path, trial: int) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    releases = tmp_path / "releases"
    releases.mkdir()
    sources = [write_review(datasets, n) for n in (1, 2)]
    before = {t: len(rows(datasets, t)) for t in ("claims", "events", "actors")}
    argvs = [
        ["accept", s, "--all", "--datasets", str(datasets), "--releases", str(releases)]
        for s in sources
    ]
    results = run_together(server, tmp_path, argvs)
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "accepted 1 of 1 candidates" in result.stdout
        assert "Traceback" not in result.stderr
    for table in ("claims", "events", "actors"):
        found = rows(datasets, table)
        assert len(found) == before[table] + 2, (trial, table, found)
        key = {"claims": "claim_id", "events": "event_id", "actors": "actor_id"}[table]
        assert len({r[key] for r in found}) == len(found), (table, "ids given twice")
    claims = rows(datasets, "claims")
    assert {c["source_id"] for c in claims} >= set(sources)
    assert not any(review_path(datasets, s).exists() for s in sources)
    check = run_cli("validate", str(datasets))
    assert check.returncode == 0, check.stderr


@pytest.mark.parametrize("trial", TRIALS)
def test_two_add_sources_at_once_lose_nothing(
    server: Preforked, tmp_path: Path, trial: int
) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    argvs = []
    for n in (1, 2):
        report = tmp_path / f"report-{n}.txt"
        report.write_text(report_text(n), encoding="utf-8")
        argvs.append(
            ["add-source", str(report), "--publisher", "Fixture Wire", "--published-on",
             PUBLISHED, "--title", f"Port {n}", "--datasets", str(datasets)]
        )  # fmt: skip
    before = rows(datasets, "sources")
    results = run_together(server, tmp_path, argvs)
    assert [r.returncode for r in results] == [0, 0], [r.stderr for r in results]
    ids = [r.stdout.strip() for r in results]
    after = rows(datasets, "sources")
    assert after[: len(before)] == before
    assert sorted(r["source_id"] for r in after[len(before) :]) == sorted(ids), (trial, after)
    for source_id in ids:
        assert layout.text_path(datasets, source_id).is_file()
    check = run_cli("validate", str(datasets))
    assert check.returncode == 0, check.stderr


def _hold(datasets: Path, held: threading.Event, release: threading.Event) -> None:
    """Hold the lock from another thread (its own descriptor: as another process would)."""
    with layout.writing(datasets):
        held.set()
        release.wait(timeout=60)


def holding(datasets: Path) -> tuple[threading.Thread, threading.Event]:
    """Start a thread holding ``datasets``' lock; set the returned event to let it go."""
    held, release = threading.Event(), threading.Event()
    holder = threading.Thread(target=_hold, args=(datasets, held, release))
    holder.start()
    held.wait()
    return holder, release


def test_a_waiting_command_says_so_and_goes_on_when_the_lock_is_free(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    report = tmp_path / "report-1.txt"
    report.write_text(report_text(1), encoding="utf-8")
    holder, release = holding(datasets)
    threading.Timer(1.0, release.set).start()
    started = time.monotonic()
    result = run_cli(
        "add-source", str(report), "--publisher", "Fixture Wire", "--published-on", PUBLISHED,
        "--title", "Port 1", "--datasets", str(datasets),
    )  # fmt: skip
    holder.join()
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started >= 0.9  # it waited for the holder
    waiting = [line for line in result.stderr.splitlines() if line.startswith("waiting for")]
    assert len(waiting) == 1, result.stderr
    assert str(layout.lock_path(datasets)) in waiting[0]
    assert layout.ENV_LOCK_TIMEOUT in waiting[0]


@pytest.mark.parametrize("command", ["add-source", "accept", "fill-offsets", "build", "propose"])
def test_a_lock_held_too_long_is_one_line_and_nothing_is_written(
    tmp_path: Path, command: str
) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    releases = tmp_path / "releases"
    releases.mkdir()
    source = write_review(datasets, 1) if command == "accept" else None
    report = tmp_path / "report-2.txt"
    report.write_text(report_text(2), encoding="utf-8")
    argv = {
        "add-source": ["add-source", str(report), "--publisher", "Fixture Wire",
                       "--published-on", PUBLISHED, "--title", "Port 2",
                       "--datasets", str(datasets)],
        "accept": ["accept", str(source), "--all", "--datasets", str(datasets),
                   "--releases", str(releases)],
        "fill-offsets": ["fill-offsets", str(datasets)],
        "build": ["build", "--datasets", str(datasets), "--releases", str(releases)],
        "propose": ["propose", SOURCE_ID, "--write", "--datasets", str(datasets)],
    }[command]  # fmt: skip
    holder, release = holding(datasets)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    result = run_cli(*argv, env={layout.ENV_LOCK_TIMEOUT: "0.3"})
    release.set()
    holder.join()
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[0].startswith("waiting for another timeline command"), lines
    assert lines[1:] == [
        f"error: {layout.lock_path(datasets)}: another timeline command kept {datasets} "
        f"locked for over 0.3 s; let it finish and run this again, or raise "
        f"{layout.ENV_LOCK_TIMEOUT}"
    ]
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert after == before
    assert list(releases.iterdir()) == []


def test_the_lock_is_reentrant_within_a_thread_and_exclusive_across_threads(
    tmp_path: Path,
) -> None:
    outcome: list[str] = []

    def other() -> None:
        try:
            with layout.writing(tmp_path, timeout=0.2):
                outcome.append("acquired")
        except DatasetsLockError:
            outcome.append("refused")

    with layout.writing(tmp_path), layout.writing(tmp_path):
        pass  # a locked function calling another does not deadlock
    with layout.writing(tmp_path):
        with layout.writing(tmp_path):
            pass
        thread = threading.Thread(target=other)  # still held after the inner block
        thread.start()
        thread.join()
    assert outcome == ["refused"]
    thread = threading.Thread(target=other)
    thread.start()
    thread.join()
    assert outcome == ["refused", "acquired"]


@pytest.mark.parametrize("value", ["soon", "-1", "inf", "nan"])
def test_an_unusable_lock_timeout_is_a_config_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, value: str
) -> None:
    monkeypatch.setenv(layout.ENV_LOCK_TIMEOUT, value)
    with pytest.raises(ConfigError, match=layout.ENV_LOCK_TIMEOUT), layout.writing(tmp_path):
        pass


def test_a_missing_folder_is_not_created_by_the_lock(tmp_path: Path) -> None:
    with layout.writing(tmp_path / "nowhere"):
        pass
    assert not (tmp_path / "nowhere").exists()


def test_a_lock_file_that_is_a_link_is_refused_not_followed(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    target = tmp_path / "precious.txt"
    target.write_text("keep me\n", encoding="utf-8")
    layout.lock_path(datasets).symlink_to(target)
    result = run_cli("fill-offsets", str(datasets))
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {layout.lock_path(datasets)}: the writers' lock is a symbolic link; remove it "
        "(it is never followed)\n"
    )
    assert target.read_text(encoding="utf-8") == "keep me\n"
