"""The dataset's scope rule in curation: a new event dated wholly outside ``scope.period`` is
refused by ``accept`` until the curator links it, marks it expected or says why it belongs,
so adding a later report cannot break the rule the data follows (tests/test_newcomer.py)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from fixture_dataset import write_dataset
from timeline.curation.archive import add_source
from timeline.curation.review import review_path, review_text
from timeline.curation.scope import Period, outside_scope, read_period

from conftest import run_cli

#: A fictional report for these tests, published after the fixture's scope.
REPORT = (
    "TEST FIXTURE – a fictional report for the scope tests.\n\n"
    "NORTHPORT – Harbour officials said on Monday that about 90 crates reached the depot "
    "last week. They said a convoy of 14 trucks is planned for next month.\n"
)
PUBLISHED = "2025-02-10"
PERIOD = Period(dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def _candidate(cid: str, quote: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "candidate_id": cid, "quote": quote, "attribution": "paraphrase",
        "certainty": "asserted", "stated_on": PUBLISHED, "stated_end": PUBLISHED,
        "stated_precision": "day", "event_type": "munitions_shipment",
        "date_start": "2025-02-03", "date_end": "2025-02-09", "date_precision": "week",
        "claimant": "Harbour officials", "claimant_id": None, "flags": [], "rule": "test",
    }  # fmt: skip
    row.update(values)
    return row


@pytest.mark.parametrize(
    ("values", "refused"),
    [
        ({}, True),  # a week of 2025
        ({"date_start": "2023-05-01", "date_end": "2023-05-31"}, True),  # before the period
        ({"date_start": None, "date_end": "2025-02-09"}, False),  # on or before: may be in it
        ({"date_start": "2024-12-30", "date_end": "2025-01-05"}, False),  # overlaps its end
        ({"date_start": None, "date_end": None}, False),  # undated: nothing to judge
        ({"event_id": "ev-0001"}, False),  # joins an existing event
        ({"date_kind": "expected"}, False),  # a plan stated in the source
        ({"coding_note": "outside the 2024 scope: the tally that began in 2024."}, False),
    ],
)
def test_outside_scope_judges_only_new_events_wholly_outside(
    values: dict[str, Any], refused: bool
) -> None:
    problem = outside_scope(_candidate("c001", "q", **values), PERIOD)
    assert (problem is not None) == refused
    if refused:
        assert "wholly outside the dataset's scope 2024-01-01..2024-12-31" in str(problem)
        assert "'outside the 2024 scope: …'" in str(problem)


def test_no_period_means_no_rule(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    assert read_period(datasets) is None
    assert outside_scope(_candidate("c001", "q"), None) is None


@pytest.fixture
def scoped(tmp_path: Path) -> tuple[Path, str]:
    """The fixture dataset with a 2024 scope, a report of 2025 and its review file."""
    datasets = write_dataset(tmp_path / "datasets")
    meta_path = datasets / "dataset.yaml"
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    meta["scope"] = {"period": {"start": PERIOD.start, "end": PERIOD.end}}
    meta_path.write_text(yaml.safe_dump(meta, sort_keys=False), encoding="utf-8")
    assert read_period(datasets) == PERIOD
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    source = add_source(
        datasets, report, publisher="Fixture Wire", published_on=PUBLISHED, title="Northport"
    ).source_id
    crates = "about 90 crates reached the depot last week"
    trucks = "a convoy of 14 trucks is planned for next month"
    candidates = [
        _candidate("c001", crates, value=90, qualifier="about", unit="crates"),
        _candidate(
            "c002", trucks, value=14, qualifier="exact", value_low=14, value_high=14,
            unit="trucks", date_start="2025-03-01", date_end="2025-03-31",
            date_precision="month", date_kind="expected",
        ),
    ]  # fmt: skip
    proposal = {
        "source": {"source_id": source, "published_on": PUBLISHED},
        "candidates": candidates,
    }
    path = review_path(datasets, source)
    path.parent.mkdir()
    path.write_text(review_text(proposal), encoding="utf-8")
    return datasets, source


def _events(datasets: Path) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(
        (datasets / "curated" / "events.yaml").read_text(encoding="utf-8")
    )
    return rows


def test_accept_refuses_a_new_event_outside_the_scope_until_the_curator_decides(
    scoped: tuple[Path, str], tmp_path: Path
) -> None:
    datasets, source = scoped
    before = len(_events(datasets))
    releases = tmp_path / "releases"
    result = run_cli(
        "accept", source, "--all", "--datasets", str(datasets), "--releases", str(releases)
    )
    assert result.returncode == 1, result.stderr
    assert "accepted c002" in result.stdout  # the expected convoy is admitted
    assert "refused c001: its new event is dated 2025-02-03..2025-02-09" in result.stderr
    assert len(_events(datasets)) == before + 1
    # the curator gives the reason in the review file; accept carries it to the event
    path = review_path(datasets, source)
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    [row] = rows
    row["coding_note"] = "outside the 2024 scope: deliveries that began under the 2024 deal."
    path.write_text(yaml.safe_dump(rows, sort_keys=False, allow_unicode=True), encoding="utf-8")
    again = run_cli(
        "accept", source, "--all", "--datasets", str(datasets), "--releases", str(releases)
    )
    assert again.returncode == 0, again.stderr
    events = _events(datasets)
    assert len(events) == before + 2
    assert "outside the 2024 scope: deliveries that began" in str(events[-1]["coding_note"])
    assert run_cli("validate", str(datasets)).returncode == 0


def test_propose_flags_what_accept_would_refuse_for_the_scope(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    meta_path = datasets / "dataset.yaml"
    meta = yaml.safe_load(meta_path.read_text(encoding="utf-8"))
    meta["scope"] = {"period": {"start": PERIOD.start, "end": PERIOD.end}}
    meta_path.write_text(yaml.safe_dump(meta, sort_keys=False), encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    where = ("--datasets", str(datasets))
    added = run_cli("add-source", str(report), "--publisher", "Fixture Wire", "--published-on",
                    PUBLISHED, "--title", "Northport", *where)  # fmt: skip
    assert added.returncode == 0, added.stderr
    source = added.stdout.split()[0]
    assert run_cli("propose", source, "--write", *where).returncode == 0
    rows = yaml.safe_load(review_path(datasets, source).read_text(encoding="utf-8"))
    flagged = {r["candidate_id"] for r in rows if "outside_scope" in (r.get("flags") or [])}
    assert flagged  # the crates of the week before publication, in 2025
    for row in rows:
        judged = outside_scope(row, PERIOD)
        assert (judged is not None) == (row["candidate_id"] in flagged), row
    result = run_cli("accept", source, "--all", *where, "--releases", str(tmp_path / "rel"))
    refused = set(re.findall(r"^refused (c\d+):", result.stderr, flags=re.MULTILINE))
    assert refused <= flagged, result.stderr  # only what propose flagged is refused
    assert run_cli("validate", str(datasets)).returncode == 0
