"""`timeline fill-offsets`: quote offsets come from the text, and nothing else in the file moves."""

from __future__ import annotations

from pathlib import Path

import pytest

from fixture_dataset import TEXT, write_dataset
from timeline.curation.offsets import AMBIGUOUS, FIXED, MISSING, OK, place

from conftest import run_cli


@pytest.fixture
def datasets(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "datasets")


def claims_file(datasets: Path) -> Path:
    return datasets / "curated" / "claims.yaml"


def edit(datasets: Path, old: str, new: str) -> None:
    path = claims_file(datasets)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def offsets_of(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def test_place_keeps_finds_or_asks() -> None:
    text = "Officials said it. Officials said it again."
    assert place(text, "it again", 35, 43) == place(text, "it again")
    assert place(text, "it again", 35, 43).status == FIXED  # found, not typed
    assert place(text, "Officials said it", 0, 17).status == OK
    ambiguous = place(text, "Officials said it")
    assert (ambiguous.status, ambiguous.candidates) == (AMBIGUOUS, (0, 19))
    assert "0..17, 19..36" in ambiguous.problem("Officials said it")
    assert place(text, "Officials said it", 19, 36).status == OK  # the curator's choice stands
    assert place(text, "nobody said").status == MISSING


def test_fills_wrong_and_missing_offsets_and_changes_nothing_else(datasets: Path) -> None:
    s1, e1 = offsets_of("at least 40 containers had been unloaded at the northern pier")
    s2, e2 = offsets_of("about 300 workers had taken part")
    edit(datasets, f"quote_start: {s1}\n", "quote_start: 5\n")  # wrong
    edit(datasets, f"  quote_end: {e2}\n", "")  # missing
    edit(datasets, "  claim_id: cl-0002\n", "  claim_id: cl-0002\n  # a curator's comment stays\n")
    before = claims_file(datasets).read_text(encoding="utf-8").splitlines()
    result = run_cli("fill-offsets", str(datasets))
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"cl-0001: quote_start/quote_end 5/{e1} -> {s1}/{e1}" in result.stdout
    assert f"cl-0002: quote_start/quote_end {s2}/None -> {s2}/{e2}" in result.stdout
    assert "2 quotes checked, 2 offsets filled, 0 need you" in result.stdout
    after = claims_file(datasets).read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=False) if a != b]
    assert changed[0] == ("  quote_start: 5", f"  quote_start: {s1}")
    assert f"  quote_end: {e2}" in after
    assert [line for line in after if line != f"  quote_end: {e2}"] == [
        f"  quote_start: {s1}" if line == "  quote_start: 5" else line for line in before
    ]
    assert "  # a curator's comment stays" in after
    assert run_cli("validate", str(datasets)).returncode == 0
    again = run_cli("fill-offsets", str(datasets))
    assert "0 offsets filled" in again.stdout
    assert "\n".join(after) + "\n" == claims_file(datasets).read_text(encoding="utf-8")


def test_a_valid_file_stays_byte_identical(datasets: Path) -> None:
    before = claims_file(datasets).read_bytes()
    result = run_cli("fill-offsets", str(datasets))
    assert result.returncode == 0
    assert claims_file(datasets).read_bytes() == before


def test_check_changes_nothing_and_fails_when_something_would(datasets: Path) -> None:
    s1, _ = offsets_of("at least 40 containers had been unloaded at the northern pier")
    edit(datasets, f"quote_start: {s1}\n", "quote_start: 5\n")
    before = claims_file(datasets).read_bytes()
    result = run_cli("fill-offsets", str(datasets), "--check")
    assert result.returncode == 1
    assert "1 offsets to fill" in result.stdout
    assert claims_file(datasets).read_bytes() == before


def test_lists_quotes_that_occur_several_times_or_not_at_all(datasets: Path) -> None:
    edit(
        datasets,
        "quote: at least 40 containers had been unloaded at the northern pier",
        "quote: said",
    )
    edit(datasets, "quote: about 300 workers had taken part", "quote: about 3,000 workers")
    before = claims_file(datasets).read_bytes()
    result = run_cli("fill-offsets", str(datasets))
    assert result.returncode == 1
    starts = [i for i in range(len(TEXT)) if TEXT.startswith("said", i)]
    where = ", ".join(f"{s}..{s + 4}" for s in starts)
    assert f"cl-0001: the quote occurs {len(starts)} times in the text ({where})" in result.stdout
    assert "cl-0002: the quote does not occur verbatim in the archived text" in result.stdout
    assert "2 need you" in result.stdout
    assert claims_file(datasets).read_bytes() == before


def test_missing_claims_file_is_an_input_error(tmp_path: Path) -> None:
    result = run_cli("fill-offsets", str(tmp_path))
    assert result.returncode == 2
    assert "claims.yaml: not found" in result.stderr
