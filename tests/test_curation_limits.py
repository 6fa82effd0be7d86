"""Limits on what the curation commands accept (issue 19): sizes, names and ids, one line each.

Before: a 300-character ``--source-id`` ended in an OSError traceback ("File name too
long"), as did ``propose`` given such a name; a report of any size was read into memory
and archived.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from fixture_dataset import write_dataset
from test_curation_lock import PUBLISHED, report_text
from timeline.curation.archive import REPORT_LIMIT
from timeline.io import layout

from conftest import run_cli


def files(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and p.name != layout.LOCK_NAME
    }


def add(datasets: Path, report: Path, *extra: str):
    return run_cli(
        "add-source", str(report), "--publisher", "Fixture Wire", "--published-on", PUBLISHED,
        "--title", "Port 1", "--datasets", str(datasets), *extra,
    )  # fmt: skip


@pytest.fixture
def datasets(tmp_path: Path) -> Path:
    return write_dataset(tmp_path / "datasets")


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.txt"
    path.write_text(report_text(1), encoding="utf-8")
    return path


@pytest.mark.parametrize("length", [101, 300, 5000])
def test_a_source_id_too_long_to_name_a_file_is_one_line(
    datasets: Path, report: Path, length: int
) -> None:
    before = files(datasets)
    result = add(datasets, report, "--source-id", "a" * length)
    assert result.returncode == 2, result.stderr
    assert result.stderr == (
        f"error: --source-id: source id '{'a' * 40}…({length} characters)' is {length} "
        f"characters long; ids name files, so at most {layout.MAX_ID_CHARS}: choose a shorter "
        "one\n"
    )
    assert result.stdout == ""
    assert files(datasets) == before


def test_the_longest_allowed_id_is_archived(datasets: Path, report: Path) -> None:
    long_id = "-".join(["abcdefghi"] * 10)  # 99 characters
    result = add(datasets, report, "--source-id", long_id)
    assert result.returncode == 0, result.stderr
    assert layout.text_path(datasets, long_id).is_file()


def test_a_derived_id_too_long_says_to_pass_one(datasets: Path, report: Path) -> None:
    result = run_cli(
        "add-source", str(report), "--publisher", "P" + "u" * 60, "--published-on", PUBLISHED,
        "--title", "T" + "i" * 60, "--datasets", str(datasets),
    )  # fmt: skip
    assert result.returncode == 2
    assert "(derived from --publisher and --title: pass --source-id)" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_propose_given_a_name_too_long_is_one_line(datasets: Path) -> None:
    as_id = run_cli("propose", "a" * 300, "--datasets", str(datasets))
    assert as_id.returncode == 2
    assert as_id.stderr.startswith("error: source id 'aaaa")
    assert "is 300 characters long" in as_id.stderr
    as_file = run_cli(
        "propose", "a_" * 300, "--published-on", PUBLISHED, "--datasets", str(datasets)
    )
    assert as_file.returncode == 2
    assert as_file.stderr.endswith("(600 characters): cannot read: File name too long\n")
    for result in (as_id, as_file):
        assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("source_id", "expected"),
    [("b" * 300, "is 300 characters long"), ("../../outside", "is not a slug")],
)
def test_accept_checks_the_id_before_it_names_a_file(
    datasets: Path, tmp_path: Path, source_id: str, expected: str
) -> None:
    """Even an id that a (hostile) sources row holds: it would name files outside the folder."""
    outside = tmp_path / "outside.yaml"
    outside.write_text("- candidate_id: c001\n", encoding="utf-8")
    result = run_cli("accept", source_id, "--all", "--datasets", str(datasets))
    assert result.returncode == 2
    assert result.stderr.startswith("error: source id ")
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert outside.read_text(encoding="utf-8") == "- candidate_id: c001\n"


def test_a_report_over_the_size_limit_is_refused_unread(datasets: Path, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: the test writes almost nothing to disk
        handle.write(b"NORTHPORT - a report.\n")
        handle.truncate(REPORT_LIMIT + 1)
    before = files(datasets)
    result = add(datasets, big)
    assert result.returncode == 2
    assert result.stderr == (
        f"error: {big}: larger than a report may be ({REPORT_LIMIT // 2**20} MiB); archive the "
        "text of one report, not a whole site or a binary file\n"
    )
    assert files(datasets) == before
    proposed = run_cli("propose", str(big), "--published-on", PUBLISHED)
    assert proposed.returncode == 2
    assert "larger than a report may be" in proposed.stderr


def test_a_report_at_the_size_limit_is_read(datasets: Path, tmp_path: Path) -> None:
    text = report_text(1).encode()
    path = tmp_path / "limit.txt"
    path.write_bytes(text + b" " * (REPORT_LIMIT - len(text)))
    result = add(datasets, path)
    assert result.returncode == 0, result.stderr


def test_a_device_is_not_read_as_a_report(datasets: Path) -> None:
    result = add(datasets, Path("/dev/zero"))
    assert result.returncode == 2
    assert "not a file" in result.stderr
