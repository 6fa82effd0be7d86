"""The small things a new user hit (issue 11, point 4), each fixed and kept fixed.

Expectations come from the loaded data (``timeline.load``), never from the bundled
release's counts, so the tests hold for any release.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.errors import ConfigError, InputError, TimelineError
from timeline.outputs.words import plural, quantity_words, row_counts

from conftest import REPO, run_cli

# --- 1. export: the format follows the output file's suffix ------------------------------


@pytest.mark.parametrize("suffix", [".json", ".ndjson", ".jsonl", ".csv", ".JSON"])
def test_export_format_follows_the_suffix(tmp_path: Path, suffix: str) -> None:
    claims = timeline.load("claims")
    target = tmp_path / f"out{suffix}"
    result = run_cli("export", "claims", "-o", str(target))
    assert result.returncode == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    if suffix.lower() == ".json":
        records = json.loads(text)
    elif suffix == ".csv":
        records = list(csv.DictReader(text.splitlines()))
    else:
        records = [json.loads(line) for line in text.splitlines()]
    assert [r["claim_id"] for r in records] == list(claims["claim_id"])


def test_export_refuses_a_format_that_contradicts_the_suffix(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = run_cli("export", "claims", "--format", "csv", "-o", str(target))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "csv" in lines[0] and ".json" in lines[0]
    assert not target.exists()


def test_export_refuses_an_unknown_suffix_without_format(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    result = run_cli("export", "claims", "-o", str(target))
    assert result.returncode == 2
    assert ".txt" in result.stderr
    for choice in (".csv", ".json", ".ndjson", "csv", "json", "ndjson"):
        assert choice in result.stderr
    assert not target.exists()
    # an explicit --format decides for a suffix that names none
    forced = run_cli("export", "claims", "--format", "csv", "-o", str(target))
    assert forced.returncode == 0, forced.stderr
    assert target.read_text(encoding="utf-8").startswith("claim_id,")


def test_export_to_standard_output_is_still_csv() -> None:
    result = run_cli("export", "actors")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == len(timeline.load("actors")) + 1
    assert result.stdout.startswith("actor_id,")


# --- 2. a version that is not a string ----------------------------------------------------


@pytest.mark.parametrize("version", [1.0, 1, ("1", "0", "0")])
def test_non_string_version_is_a_clear_error(version: object) -> None:
    for call in (
        lambda: timeline.load("claims", version=version),  # type: ignore[arg-type]
        lambda: timeline.load_timeline(version=version),  # type: ignore[arg-type]
    ):
        with pytest.raises(ConfigError) as caught:
            call()
        message = str(caught.value)
        assert '"1.0.0"' in message and '"latest"' in message
        assert "string" in message
        assert isinstance(caught.value, TimelineError)


# --- 3. a misspelt column in filters or columns -------------------------------------------


@pytest.mark.parametrize(
    "filters",
    [
        [("evnt_type", "==", "x")],
        [[("evnt_type", "==", "x")], [("event_id", "==", "y")]],  # OR of ANDs
        [("event_id", "==", "y"), ("evnt_type", "==", "x")],
    ],
)
def test_misspelt_filter_column_is_named_with_the_columns(filters: object) -> None:
    columns = list(timeline.load("events").columns)
    with pytest.raises(InputError) as caught:
        timeline.load("events", filters=filters)
    message = str(caught.value)
    assert "'evnt_type'" in message
    assert "'event_id'" not in message  # the right column is not blamed
    assert ", ".join(columns) in message


def test_unknown_column_in_columns_is_named_with_the_columns() -> None:
    columns = list(timeline.load("claims").columns)
    with pytest.raises(InputError) as caught:
        timeline.load("claims", columns=["claim_id", "quoet"])
    assert "'quoet'" in str(caught.value)
    assert ", ".join(columns) in str(caught.value)


def test_correct_filters_still_filter() -> None:
    events = timeline.load("events")
    kind = str(events["event_type"].iloc[0])
    chosen = timeline.load("events", filters=[("event_type", "==", kind)])
    assert list(chosen["event_id"]) == list(events.loc[events["event_type"] == kind, "event_id"])


# --- 4. artifacts outside a checkout ------------------------------------------------------


def test_artifacts_outside_a_checkout_refuses_and_creates_nothing(tmp_path: Path) -> None:
    for args in (("artifacts",), ("artifacts", "--check")):
        result = run_cli(*args, cwd=tmp_path)
        assert result.returncode == 2, result.stdout
        assert "repository root" in result.stderr
        assert "--output" in result.stderr
        assert list(tmp_path.iterdir()) == []


def test_artifacts_with_an_explicit_folder_still_writes(tmp_path: Path) -> None:
    result = run_cli("artifacts", "--output", str(tmp_path / "schemas"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    written = {p.name for p in (tmp_path / "schemas").iterdir()}
    assert written
    assert written <= {p.name for p in (REPO / "schemas").iterdir()}
    stray = run_cli("artifacts", "--output", str(tmp_path / "a" / "b"), cwd=tmp_path)
    assert stray.returncode == 2
    assert not (tmp_path / "a").exists()


# --- 5. show --claimant with an unknown claimant ------------------------------------------


def test_unknown_claimant_is_named_with_a_hint() -> None:
    result = run_cli("show", "--claimant", "nobody-at-all")
    assert result.returncode == 2
    assert "'nobody-at-all'" in result.stderr
    assert "timeline export actors" in result.stderr
    assert result.stdout == ""  # a failed command prints its error and nothing else


def test_misspelt_claimant_gets_close_matches() -> None:
    view = timeline.load_timeline()
    name = max(view["claimant"], key=lambda n: max(len(w) for w in n.split()))
    word = max(name.split(), key=len)
    typo = word[:3] + word[4:]  # one letter dropped
    result = run_cli("show", "--claimant", typo)
    assert result.returncode == 2
    assert "did you mean" in result.stderr
    assert name in result.stderr


def test_known_claimant_filtered_out_still_says_no_events_match() -> None:
    # Pinned to the first release (immutable): a later report may add claimants whose ids
    # share words with this one, and `--claimant` matches parts of ids and names.
    view = timeline.load_timeline(version="1.0.0")
    claimant_id = str(view["claimant_id"].iloc[0])
    matched = view["claimant_id"].str.contains(claimant_id, regex=False) | view[
        "claimant"
    ].str.contains(claimant_id, case=False, regex=False)
    after = (max(view.loc[matched, "date_end"]) + dt.timedelta(days=1)).date()
    result = run_cli(
        "show", "--claimant", claimant_id, "--from", after.isoformat(), "--version", "1.0.0"
    )
    assert result.returncode == 0, result.stderr
    assert "no events match" in result.stdout


# --- 6. counts read naturally -------------------------------------------------------------


def test_plural_helper() -> None:
    assert plural(1, "row") == "1 row"
    assert plural(0, "row") == "0 rows"
    assert plural(12_000, "row") == "12000 rows"
    assert plural(2, "entry", "entries") == "2 entries"
    assert row_counts({"claims": 1}) == "claims 1 row"
    assert row_counts({"sources": 1, "claims": 32}) == "sources 1, claims 32 rows"


def test_one_row_reads_as_one_row(tmp_path: Path) -> None:
    claims = tmp_path / "claims.csv"
    assert run_cli("export", "claims", "-o", str(claims)).returncode == 0
    lines = claims.read_text(encoding="utf-8").splitlines(keepends=True)
    one = tmp_path / "one-claim.csv"
    one.write_text("".join(lines[:2]), encoding="utf-8")
    result = run_cli("validate", str(one), "--table", "claims")
    assert result.returncode == 0, result.stdout
    assert result.stdout.strip().splitlines()[-1] == "valid: claims 1 row"


def test_no_plural_after_one_in_info_and_artifacts(tmp_path: Path) -> None:
    info = run_cli("info")
    assert info.returncode == 0
    assert not re.search(r"\b1 rows\b", info.stdout)
    rows = {
        name: entry["rows"]
        for name, entry in json.loads(
            (REPO / "src/timeline/data" / timeline.versions()[-1] / "manifest.json").read_text(
                encoding="utf-8"
            )
        )["files"].items()
        if "rows" in entry
    }
    for name, count in rows.items():
        line = next(line for line in info.stdout.splitlines() if line.startswith(name))
        assert plural(count, "row") in " ".join(line.split())


# --- 7. --version names the package and the data release ----------------------------------


def test_version_names_package_and_newest_bundled_release() -> None:
    from timeline.releases.resolve import bundled_versions

    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == (
        f"timeline {timeline.__version__} (package), "
        f"data release {bundled_versions()[-1]} (newest bundled)"
    )
    assert run_cli("-V").stdout == result.stdout


# --- 8. the validation summary ------------------------------------------------------------


def test_invalid_summary_says_what_was_checked(tmp_path: Path) -> None:
    claims = timeline.load("claims")
    target = tmp_path / "claims.csv"
    assert run_cli("export", "claims", "-o", str(target)).returncode == 0
    text = target.read_text(encoding="utf-8")
    first, second = (str(c) for c in claims["claim_id"].iloc[:2])
    text = text.replace(f"\n{first},", "\ncl-BAD,", 1).replace(f"\n{second},", "\ncl-WORSE,", 1)
    target.write_text(text, encoding="utf-8")  # two problems at least: one can be hidden
    result = run_cli("validate", str(target))
    assert result.returncode == 1
    last = result.stdout.strip().splitlines()[-1]
    assert re.fullmatch(r"invalid: \d+ problems?: \d+ in claims; checked claims \d+ rows?", last)
    assert last.endswith(f"claims {len(claims)} rows")
    assert "(in " not in last
    one_shown = run_cli("validate", str(target), "--max-errors", "1").stdout
    hidden = int(last.split()[1]) - 1
    assert f"… {plural(hidden, 'more problem')} not shown" in one_shown


# --- 9. bounds in words -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("more_than", 3000, 3001, None), "more than 3,000 (at least 3,001)"),
        (("at_least", 1100, 1100, None), "at least 1,100"),
        (("up_to", 12000, None, 12000), "up to 12,000"),
        (("less_than", 50, None, 49), "less than 50 (up to 49)"),
        (("about", 7000, None, None), "about 7,000, no bounds"),
        (("about", 7000, 6000, 8000), "about 7,000 (between 6,000 and 8,000)"),
        (("range", None, 60, 70), "between 60 and 70"),
        (("exact", 3000, 3000, 3000), "3,000"),
    ],
)
def test_quantity_words(
    args: tuple[str, int | None, int | None, int | None], expected: str
) -> None:
    assert quantity_words(*args) == expected


def test_show_prints_bounds_in_words() -> None:
    out = run_cli("show").stdout
    assert "..]" not in out and "[.." not in out
    claims = timeline.load("claims").dropna(subset=["qualifier"])
    assert len(claims), "the release has numbers to show"
    for row in claims.itertuples():
        unit = f" {row.unit}" if isinstance(row.unit, str) else ""
        if row.qualifier == "more_than":
            assert f"more than {row.value:,}{unit} (at least {int(row.value_low):,})" in out
        elif row.qualifier == "at_least":
            assert f"at least {row.value:,}{unit} (" in out  # straight to the certainty
        elif row.qualifier == "up_to":
            assert f"up to {row.value:,}{unit} (" in out
        elif row.qualifier == "about" and pd.isna(row.value_low) and pd.isna(row.value_high):
            assert f"about {row.value:,}{unit}, no bounds" in out


# --- 10. show --full ----------------------------------------------------------------------


def _squash(text: str) -> str:
    return " ".join(text.split())


def test_show_full_prints_summaries_and_quotes_whole() -> None:
    events = timeline.load("events")
    longest = max(events["summary"], key=len)
    narrow = {"COLUMNS": "60"}
    clipped = run_cli("show", env=narrow)
    assert clipped.returncode == 0
    assert len(longest) > 58, "the longest summary fits a narrow terminal"
    assert _squash(longest) not in _squash(clipped.stdout)

    full = run_cli("show", "--full", env=narrow)
    assert full.returncode == 0
    whole = _squash(full.stdout)
    for summary in events["summary"]:
        assert _squash(summary) in whole
    for quote in timeline.load("claims")["quote"]:
        assert _squash(f"“{quote}”") in whole
