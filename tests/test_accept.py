"""`timeline accept`: reviewed candidates become curated rows with fresh ids, or are refused."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from fixture_dataset import write_dataset
from timeline.curation import accept as accept_module
from timeline.curation.accept import accept, claimant_name, guess_kind
from timeline.curation.archive import add_source
from timeline.curation.review import review_path, review_text
from timeline.errors import InputError
from timeline.publish.build import build

from conftest import run_cli

#: A fictional report written for these tests; "about 60 crates were moved" occurs twice.
REPORT = (
    "TEST FIXTURE – a fictional report for the accept tests.\n\n"
    "WESTPORT – Harbour officials said on Thursday that about 60 crates were moved to the "
    "depot. The Westport Naval Command said at least 12 trucks left the depot. Officials "
    "repeated that about 60 crates were moved.\n"
)
PUBLISHED = "2024-11-14"


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def candidate(cid: str, quote: str, **values: Any) -> dict[str, Any]:
    """A review row as a curator leaves it: only what differs from an undated paraphrase."""
    row: dict[str, Any] = {
        "candidate_id": cid, "quote": quote, "quote_start": None, "quote_end": None,
        "attribution": "paraphrase", "certainty": "asserted", "stated_on": None,
        "stated_end": PUBLISHED, "stated_precision": "range", "event_type": "munitions_shipment",
        "date_start": None, "date_end": PUBLISHED, "date_precision": "range",
        "claimant": "Harbour officials", "claimant_id": "port-officials", "flags": [],
        "rule": "test",
    }  # fmt: skip
    row.update(values)
    return row


CANDIDATES = [
    candidate(
        "c001", "The Westport Naval Command said at least 12 trucks left the depot",
        claimant="The Westport Naval Command", claimant_id=None, value=12, qualifier="at_least",
        value_low=12, unit="trucks",
    ),
    # the curator attached it to an existing event; its typed offsets are wrong
    candidate("c002", "about 60 crates were moved to the depot", quote_start=0, quote_end=5,
              event_id="ev-0001", value=60, qualifier="about", unit="crates"),
    candidate("c003", "about 60 crates were moved"),  # twice in the text, no offsets
    candidate("c004", "crates were flown to the depot"),  # not in the text
    candidate("c005", "at least 12 trucks left", qualifier="roughly"),  # not a qualifier
    candidate(
        "c006", "at least 12 trucks left the depot", claimant="Westport Naval Command",
        claimant_id=None, summary="Trucks left the Westport depot.", date_kind="as_of",
        coding_note="Curator's note kept.",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """:func:`setup`'s folder, made once per test process (tests change only copies)."""
    folder = tmp_path_factory.mktemp("accept")
    return folder, _prepare(folder)


@pytest.fixture
def setup(prepared: tuple[Path, str], tmp_path: Path) -> tuple[Path, Path, str]:
    """Fixture dataset, release 0.1.0 built, cl-0002 withdrawn since, a second source, a review:
    a private copy of the module's prepared folder."""
    folder, source = prepared
    shutil.copytree(folder, tmp_path, dirs_exist_ok=True)
    return tmp_path / "datasets", tmp_path / "releases", source


def _prepare(tmp_path: Path) -> str:
    datasets = write_dataset(tmp_path / "datasets")
    releases = tmp_path / "releases"
    build(datasets, releases)
    claims = datasets / "curated" / "claims.yaml"
    rows = yaml.safe_load(claims.read_text(encoding="utf-8"))
    claims.write_text(yaml.safe_dump(rows[:1], sort_keys=False), encoding="utf-8")  # cl-0002 gone
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    source = add_source(
        datasets, report, publisher="Fixture Wire", published_on=PUBLISHED, title="Westport"
    ).source_id
    proposal = {
        "source": {"source_id": source, "published_on": PUBLISHED},
        "candidates": CANDIDATES,
    }
    path = review_path(datasets, source)
    path.parent.mkdir()
    path.write_text(review_text(proposal), encoding="utf-8")
    return source


def run_accept(datasets: Path, releases: Path, *args: str):
    return run_cli("accept", *args, "--datasets", str(datasets), "--releases", str(releases))


def curated(datasets: Path, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = yaml.safe_load(
        (datasets / "curated" / f"{table}.yaml").read_text(encoding="utf-8")
    )
    return rows


def test_accepts_valid_candidates_and_refuses_the_rest(setup: tuple[Path, Path, str]) -> None:
    datasets, releases, source = setup
    result = run_accept(datasets, releases, source, "--all")
    assert result.returncode == 1, result.stderr
    out = result.stdout
    # fresh ids: cl-0002 was withdrawn after release 0.1.0 and is never reused
    assert "accepted c001 -> cl-0003 (event ev-0002, claimant westport-naval-command)" in out
    assert "accepted c002 -> cl-0004 (event ev-0001, claimant port-officials)" in out
    assert "accepted c006 -> cl-0005 (event ev-0003, claimant westport-naval-command)" in out
    assert "new actor westport-naval-command: Westport Naval Command (kind military_body" in out
    assert "accepted 3 of 6 candidates (actors +1, events +2, claims +3)" in out
    err = result.stderr
    assert "refused c003: the quote occurs 2 times in the text" in err
    # every refusal points at its candidate in the review file
    review = review_path(datasets, "x").parent
    assert re.search(rf"refused c004: .* \[{re.escape(str(review))}/[^:]+\.yaml:\d+\]", err), err
    assert "refused c004: the quote does not occur verbatim in the archived text" in err
    # the refusal names the candidate, not cl-0005, the id c006 was given
    assert "refused c005: its claim's qualifier: allowed_values" in err
    assert "cl-0005" not in err
    claims = {c["claim_id"]: c for c in curated(datasets, "claims")}
    assert sorted(claims) == ["cl-0001", "cl-0003", "cl-0004", "cl-0005"]
    c002 = claims["cl-0004"]
    start = REPORT.index("about 60 crates were moved to the depot")
    assert (c002["quote_start"], c002["quote_end"]) == (start, start + 39)
    assert claims["cl-0005"]["coding_note"].startswith("Curator's note kept.")
    events = {e["event_id"]: e for e in curated(datasets, "events")}
    assert events["ev-0003"]["summary"] == "Trucks left the Westport depot."
    assert events["ev-0003"]["date_kind"] == "as_of"
    assert events["ev-0002"]["date_kind"] == "occurred"
    assert "summary drafted from the quote" in events["ev-0002"]["coding_note"]
    [actor] = [a for a in curated(datasets, "actors") if a["actor_id"] == "westport-naval-command"]
    assert actor["kind"] == "military_body"
    actors_text = (datasets / "curated" / "actors.yaml").read_text(encoding="utf-8")
    assert "# Added by `timeline accept`" in actors_text and "kind guessed" in actors_text
    left = yaml.safe_load(review_path(datasets, source).read_text(encoding="utf-8"))
    assert [c["candidate_id"] for c in left] == ["c003", "c004", "c005"]
    assert run_cli("validate", str(datasets)).returncode == 0


def test_named_candidates_only_and_the_review_file_goes_when_empty(
    setup: tuple[Path, Path, str],
) -> None:
    datasets, releases, source = setup
    first = run_accept(datasets, releases, source, "c002")
    assert first.returncode == 0, first.stderr
    assert "accepted c002 -> cl-0003" in first.stdout
    path = review_path(datasets, source)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Candidate claims proposed")
    assert "c002" not in text and "c001" in text
    second = run_accept(datasets, releases, source, "c001", "c006")
    assert second.returncode == 0, second.stderr
    assert "cl-0004" in second.stdout and "cl-0005" in second.stdout
    path.write_text(text.split("\n- candidate_id: c001")[0] + "\n", encoding="utf-8")
    assert run_cli("validate", str(datasets)).returncode == 0


def test_review_file_removed_when_all_accepted(setup: tuple[Path, Path, str]) -> None:
    datasets, releases, source = setup
    path = review_path(datasets, source)
    keep = [c for c in CANDIDATES if c["candidate_id"] in {"c001", "c002"}]
    proposal = {"source": {"source_id": source, "published_on": PUBLISHED}, "candidates": keep}
    path.write_text(review_text(proposal), encoding="utf-8")
    result = run_accept(datasets, releases, source, "--all")
    assert result.returncode == 0, result.stderr
    assert "review file removed" in result.stdout
    assert not path.exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["SOURCE", "c999"], "no candidate c999 (it has: c001, c002"),
        (["no-such-source", "--all"], "no-such-source: no such source"),
        (["fixture-2024-11-08-eastharbor", "--all"], "no review file"),
        (["SOURCE"], "give --all or candidate ids"),
        (["SOURCE", "c001", "--all"], "give --all or candidate ids"),
    ],
)
def test_bad_requests_write_nothing(
    setup: tuple[Path, Path, str], args: list[str], expected: str
) -> None:
    datasets, releases, source = setup
    before = snapshot(datasets)
    result = run_accept(datasets, releases, *[source if a == "SOURCE" else a for a in args])
    assert result.returncode == 2
    assert expected in result.stderr
    assert snapshot(datasets) == before


def test_invalid_curated_tables_are_refused_first(setup: tuple[Path, Path, str]) -> None:
    datasets, releases, source = setup
    claims = datasets / "curated" / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("value: 40", "value: -4"))
    before = snapshot(datasets)
    result = run_accept(datasets, releases, source, "--all")
    assert result.returncode == 1
    assert "invalid before accepting anything" in result.stderr
    assert snapshot(datasets) == before


def test_invalid_curated_tables_are_refused_whatever_the_review_holds(
    setup: tuple[Path, Path, str],
) -> None:
    """Accept validates the tables once with the plan's rows; when that does not show the
    tables alone valid (here the review names an unknown actor), they are checked alone."""
    datasets, releases, source = setup
    claims = datasets / "curated" / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("value: 40", "value: -4"))
    review = next((datasets / "review").glob("*.yaml"))
    text = review.read_text(encoding="utf-8")
    review.write_text(text.replace("claimant_id:", "claimant_id: nobody #"), encoding="utf-8")
    before = snapshot(datasets)
    result = run_accept(datasets, releases, source, "--all")
    assert result.returncode == 1
    assert "invalid before accepting anything" in result.stderr
    assert snapshot(datasets) == before


def test_all_files_or_none(setup: tuple[Path, Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    datasets, releases, source = setup
    before = snapshot(datasets)
    real = accept_module.write_all.__globals__["tempfile"].mkstemp
    calls = {"n": 0}

    def failing(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(accept_module.write_all.__globals__["tempfile"], "mkstemp", failing)
    with pytest.raises(InputError, match="No space left on device"):
        accept(datasets, source, None, [releases])
    assert calls["n"] == 3
    assert snapshot(datasets) == before


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("South Korea", "state"),
        ("the Westport Naval Command", "military_body"),
        ("Harbour officials", "government_body"),
        ("Defense Minister Ana Lopes", "person"),
        ("Fixture Wire", "organization"),
        ("the Eastland Institute", "organization"),
        # a hyphenated given name is one word of a person's name; a board is a body
        ("Park Min-seo", "person"),
        ("the Westport Harbour Board", "government_body"),
    ],
)
def test_actor_kind_guess(words: str, kind: str) -> None:
    assert guess_kind(claimant_name(words), publisher="Fixture Wire") == kind


def test_claimant_name_uses_the_carried_over_claimant() -> None:
    assert (
        claimant_name("he (the Harbour Authority of Westland)") == "Harbour Authority of Westland"
    )


#: A later fictional report restating a running total of the fixture's own.
LATER_REPORT = (
    "TEST FIXTURE – a later fictional report for the running-total test.\n\n"
    "EASTHARBOR – Port officials said on Monday that at least 90 containers had now been "
    "unloaded at the northern pier since the autumn.\n"
)


def _running_total(datasets: Path) -> None:
    """Make the fixture's event a running total said to hold on the first report's day."""
    path = datasets / "curated" / "events.yaml"
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    rows[0].update(date_start="2024-11-08", date_end="2024-11-08", date_precision="day",
                   date_kind="as_of", date_text="on Friday")  # fmt: skip
    path.write_text(yaml.safe_dump(rows, sort_keys=False), encoding="utf-8")


def test_a_later_estimate_widens_its_running_total_and_a_date_filter_finds_both(
    tmp_path: Path,
) -> None:
    import timeline

    datasets = write_dataset(tmp_path / "datasets")
    _running_total(datasets)
    report = tmp_path / "later.txt"
    report.write_text(LATER_REPORT, encoding="utf-8")
    later = "2025-01-20"
    source = add_source(
        datasets, report, publisher="Fixture Wire", published_on=later, title="Ninety"
    ).source_id
    quote = "at least 90 containers had now been unloaded at the northern pier since the autumn"
    proposal = {
        "source": {"source_id": source, "published_on": later},
        "candidates": [
            candidate("c001", quote, event_id="ev-0001", stated_on=later, stated_end=later,
                      stated_precision="day", claimant="Port officials", value=90,
                      qualifier="at_least", value_low=90, unit="containers"),
        ],
    }  # fmt: skip
    path = review_path(datasets, source)
    path.parent.mkdir()
    path.write_text(review_text(proposal), encoding="utf-8")
    events_path = datasets / "curated" / "events.yaml"
    before = events_path.read_text(encoding="utf-8")

    releases = tmp_path / "releases"
    result = run_cli("accept", source, "--all", "--datasets", str(datasets), "--releases",
                     str(releases))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "running total ev-0001 now covers 2024-11-08..2025-01-20" in result.stdout
    assert "(was 2024-11-08 (day))" in result.stdout
    [event] = curated(datasets, "events")
    assert (str(event["date_start"]), str(event["date_end"]), event["date_precision"]) == (
        "2024-11-08", later, "range")  # fmt: skip
    assert event["date_text"] == "on Friday"  # the first report's words stay
    assert "Dates widened by `timeline accept`" in event["coding_note"]
    assert source in event["coding_note"]
    # only the widened fields' lines changed
    after = events_path.read_text(encoding="utf-8")
    changed = {a.split(":")[0].strip() for a, b in zip(after.splitlines(), before.splitlines(),
                                                        strict=False) if a != b}  # fmt: skip
    assert changed <= {"date_end", "date_precision", "coding_note"}
    assert run_cli("validate", str(datasets)).returncode == 0

    # a date filter on the event's dates finds the running total with both estimates
    build(datasets, releases)
    meta = yaml.safe_load((datasets / "dataset.yaml").read_text(encoding="utf-8"))
    version = str(meta["version"])
    events = timeline.load("events", version=version, cache_dir=releases,
                           filters=[("date_end", ">=", "2025-01-01")])  # fmt: skip
    assert list(events["event_id"]) == ["ev-0001"]
    frame = timeline.load_timeline(version, cache_dir=releases)
    recent = frame[(frame["date_end"] >= "2025-01-01") & (frame["unit"] == "containers")]
    assert sorted(recent["value"].astype(int)) == [40, 90]  # the old figure and the new

    # another estimate inside the window changes nothing
    again = tmp_path / "again.txt"
    again.write_text(LATER_REPORT.replace("on Monday", "last week"), encoding="utf-8")
    source2 = add_source(datasets, again, publisher="Fixture Wire", published_on="2025-01-10",
                         title="Again").source_id  # fmt: skip
    proposal["source"] = {"source_id": source2, "published_on": "2025-01-10"}
    proposal["candidates"][0].update(stated_on=None, stated_end="2025-01-10",
                                     stated_precision="range")  # fmt: skip
    review_path(datasets, source2).write_text(review_text(proposal), encoding="utf-8")
    widened = accept(datasets, source2, releases=[releases]).widened
    assert widened == {}
    [event] = curated(datasets, "events")
    assert str(event["date_end"]) == later


def test_only_running_totals_widen_and_only_to_dates_a_statement_gives() -> None:
    from timeline.curation.running_totals import widened_windows

    events = {
        "ev-1": {"event_id": "ev-1", "date_kind": "as_of", "date_start": "2024-12-23",
                 "date_end": "2024-12-23", "date_precision": "day", "coding_note": None},
        "ev-2": {"event_id": "ev-2", "date_kind": "occurred", "date_start": "2024-12-01",
                 "date_end": "2024-12-31", "date_precision": "month", "coding_note": None},
    }  # fmt: skip

    def claim(event_id: str, stated_on: str | None, stated_end: str) -> dict[str, Any]:
        return {"claim_id": "cl-9", "event_id": event_id, "source_id": "src",
                "stated_on": stated_on, "stated_end": stated_end}  # fmt: skip

    # a happening keeps its dates; a statement inside the window changes nothing
    assert widened_windows(events, [claim("ev-2", "2025-02-01", "2025-02-01")]) == {}
    assert widened_windows(events, [claim("ev-1", "2024-12-23", "2024-12-23")]) == {}
    # an earlier dated statement widens the start; an undated one never does
    earlier = widened_windows(events, [claim("ev-1", "2024-12-10", "2024-12-10")])["ev-1"]
    assert [str(d) for d in earlier.after] == ["2024-12-10", "2024-12-23", "range"]
    assert earlier.fields().keys() == {"date_start", "date_precision", "coding_note"}
    assert widened_windows(events, [claim("ev-1", None, "2024-12-20")]) == {}
    # an undated later statement moves the end to its publication day
    later = widened_windows(events, [claim("ev-1", None, "2025-01-31")])["ev-1"]
    assert [str(d) for d in later.after] == ["2024-12-23", "2025-01-31", "range"]
    assert "first estimate's window was 2024-12-23 (day)" in later.coding_note


def test_a_short_quote_s_event_summary_is_drafted_from_its_sentence() -> None:
    from timeline.curation.accept import sentence_around

    text = (
        "HARBOUR NEWS\n\nWESTPORT - The board met on Tuesday. Its chair said dozens of barges "
        'were "already" waiting off the pier. Nothing else was said.\n'
    )
    start = text.index("dozens")
    assert sentence_around(text, start, start + len("dozens")) == (
        'Its chair said dozens of barges were "already" waiting off the pier.'
    )
    first = text.index("The board")
    assert sentence_around(text, first, first + 9) == "WESTPORT - The board met on Tuesday."
    assert sentence_around(text, 5, 10_000) is None
    long = "word " * 100 + "end."
    assert sentence_around(long, 0, 4).endswith(" …")


def test_a_misspelt_key_in_the_review_file_is_named_with_its_line(
    setup: tuple[Path, Path, str],
) -> None:
    datasets, _, source = setup
    path = review_path(datasets, source)
    text = path.read_text(encoding="utf-8")
    edited = text.replace("  qualifier: roughly", "  qualifer: roughly", 1)
    assert edited != text
    path.write_text(edited, encoding="utf-8")
    before = snapshot(datasets)
    result = run_cli("accept", source, "--all", "--datasets", str(datasets))
    assert result.returncode == 2, result.stdout + result.stderr
    line = edited.splitlines().index("  qualifer: roughly") + 1
    assert (
        f"{path}:{line}: candidate c005 has an unknown key 'qualifer'; did you mean 'qualifier'?"
        in result.stderr
    )
    assert snapshot(datasets) == before


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("The Ministry of Defence's latest intelligence update", "Ministry of Defence"),
        ("the harbour board's count", "Harbour board"),
        # a possessive that is the name itself stays whole
        ("the Ministry of Defence", "Ministry of Defence"),
        ("St John's Ambulance", "St John's Ambulance"),
    ],
)
def test_claimant_name_of_a_document_is_its_owner(words: str, name: str) -> None:
    assert claimant_name(words) == name


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("Iceland's coast guard service, the ICG", "ICG"),
        ("Finland's weather service, the Finnish Meteorological Institute (FMI)",
         "Finnish Meteorological Institute (FMI)"),
        # a capitalised name before the comma is no description; a person keeps the role
        ("The Harbour Board, Bergen", "Harbour Board, Bergen"),
        ("Norway's fisheries minister, Kari Lund", "Norway's fisheries minister, Kari Lund"),
    ],
)  # fmt: skip
def test_claimant_name_of_a_described_body_is_the_name_it_goes_by(words: str, name: str) -> None:
    assert claimant_name(words) == name
