"""`timeline add-source`: a report archived byte for byte and its sources row appended, or nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
import yaml

from fixture_dataset import SOURCE_ID, write_dataset
from timeline.curation import ids
from timeline.io.layout import LOCK_NAME
from timeline.model import schema

from conftest import run_cli

#: A fictional report written for these tests: CRLF line ends and non-ASCII characters, so
#: "byte for byte" and "characters, not bytes" are both put to the test.
REPORT = (
    "TEST FIXTURE – a fictional report for the add-source tests.\r\n\r\n"
    "WESTPORT – Harbour officials said on Thursday that “about 60 crates” were moved.\r\n"
).encode()


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` with its bytes (the writers' lock aside): compared before and
    after a refusal."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and p.name != LOCK_NAME
    }


@pytest.fixture
def datasets(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "datasets")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_bytes(REPORT)
    return path


def add(datasets: Path, report: Path, *extra: str, title: str | None = "Crates at Westport"):
    args = ["add-source", str(report), "--publisher", "Fixture Wire", "--published-on",
            "2024-11-14", "--datasets", str(datasets)]  # fmt: skip
    if title is not None:
        args += ["--title", title]
    return run_cli(*args, *extra)


def test_archives_the_text_and_appends_the_row(datasets: Path, report: Path) -> None:
    before = (datasets / "curated" / "sources.yaml").read_text(encoding="utf-8")
    result = add(datasets, report)
    assert result.returncode == 0, result.stderr
    source_id = result.stdout.strip()
    assert source_id == "fixture-wire-2024-11-14-crates-westport"
    assert (datasets / "sources" / f"{source_id}.txt").read_bytes() == REPORT
    after = (datasets / "curated" / "sources.yaml").read_text(encoding="utf-8")
    assert after.startswith(before + "\n- source_id: " + source_id + "\n")
    row = yaml.safe_load(after)[-1]
    assert row == {
        "source_id": source_id,
        "publisher": "Fixture Wire",
        "publisher_basis": "supplied",
        "title": "Crates at Westport",
        "title_basis": "supplied",
        "url": None,
        "published_on": dt.date(2024, 11, 14),
        "published_on_basis": "supplied",
        "language": "en",
        "text_sha256": hashlib.sha256(REPORT).hexdigest(),
        "text_chars": len(REPORT.decode()),
        "provenance_note": None,
    }
    assert row["text_chars"] < len(REPORT)  # characters, not bytes
    assert run_cli("validate", str(datasets)).returncode == 0


def test_options_set_basis_url_language_and_id(datasets: Path, report: Path) -> None:
    result = add(
        datasets, report, "--url", "https://example.org/westport", "--language", "de",
        "--source-id", "westport-crates", "--publisher-basis", "stated", "--title-basis",
        "inferred", "--published-on-basis", "stated", "--note", "Dateline read from the text.",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "westport-crates"
    row = yaml.safe_load((datasets / "curated" / "sources.yaml").read_text(encoding="utf-8"))[-1]
    assert row["url"] == "https://example.org/westport"
    assert (row["language"], row["provenance_note"]) == ("de", "Dateline read from the text.")
    assert (row["publisher_basis"], row["title_basis"], row["published_on_basis"]) == (
        "stated", "inferred", "stated",
    )  # fmt: skip


def test_slug_pattern_is_the_schemas() -> None:
    assert ids.SLUG == schema.SLUG
    assert (
        ids.slugify("Reuters’ Report: Troops in Kursk, Café") == "reuters-report-troops-kursk-cafe"
    )


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("missing file", "no such file"),
        ("empty file", "file is empty"),
        ("not UTF-8", "not valid UTF-8"),
        ("future date", "is in the future"),
        ("not a date", "is not a date; expected YYYY-MM-DD"),
        ("impossible date", "is not a date; expected YYYY-MM-DD"),
        ("no title", "the sources schema requires a title"),
        ("same text", f"already archived as source {SOURCE_ID}"),
        ("id in use", f"source id {SOURCE_ID} is already in use"),
        ("bad id", "is not a slug"),
        ("bad language", "is not an ISO 639-1 code"),
    ],
)
def test_refusals_write_nothing(
    datasets: Path, report: Path, tmp_path: Path, case: str, expected: str
) -> None:
    from fixture_dataset import TEXT

    args: list[str] = []
    title: str | None = "Crates at Westport"
    date = "2024-11-14"
    if case == "missing file":
        report = tmp_path / "nowhere.txt"
    elif case == "empty file":
        report.write_bytes(b" \n")
    elif case == "not UTF-8":
        report.write_bytes(b"WESTPORT \xe9t\xe9 officials said\n")
    elif case == "future date":
        date = (dt.date.today() + dt.timedelta(days=2)).isoformat()
    elif case == "not a date":
        date = "last Thursday"
    elif case == "impossible date":
        date = "2024-02-30"
    elif case == "no title":
        title = None
    elif case == "same text":
        report.write_bytes(TEXT.encode())
    elif case == "id in use":
        args = ["--source-id", SOURCE_ID]
    elif case == "bad id":
        args = ["--source-id", "Westport_Crates"]
    elif case == "bad language":
        args = ["--language", "eng"]
    before = snapshot(datasets)
    full = ["add-source", str(report), "--publisher", "Fixture Wire", "--published-on", date,
            "--datasets", str(datasets), *args]  # fmt: skip
    if title is not None:
        full += ["--title", title]
    result = run_cli(*full)
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""
    assert snapshot(datasets) == before
    if case in {"missing file", "empty file", "not UTF-8"}:
        assert str(report) in result.stderr


def test_no_title_message_explains_supplied_titles(datasets: Path, report: Path) -> None:
    result = add(datasets, report, title=None)
    assert "title_basis: supplied" in result.stderr
