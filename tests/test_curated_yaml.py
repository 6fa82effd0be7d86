"""Hostile or careless curated YAML (issue 19): one line with file, line and column, never more.

The likeliest typos (an impossible date, a runaway number), a "billion laughs" file, YAML
features no table needs (aliases, merge keys, tags) and duplicate keys are refused by the
one curated YAML reader (:mod:`timeline.io.curated_yaml`), whichever command reads the
file: ``validate``, ``build``, ``add-source``, ``accept``, ``fill-offsets``, ``propose``.
Before, each of these gave a long traceback with no file or line, kept the last of two
duplicate keys silently, or expanded the aliases until memory ran out.
"""

from __future__ import annotations

import re
import tracemalloc
from pathlib import Path

import pytest

from fixture_dataset import write_dataset
from test_curation_lock import PUBLISHED, report_text, write_review
from timeline.errors import InputError
from timeline.io import layout
from timeline.io.curated_yaml import MAX_DEPTH, load_document, read_rows
from timeline.io.readers import read_yaml
from timeline.model import schema

from conftest import run_cli

LONG_NUMBER = "7" * 5000

#: Where each command reads the broken cell, and which tables it reads.
TABLES = ("sources", "actors", "events", "claims")


def break_cell(datasets: Path, table: str, column: str, raw: str) -> tuple[int, int]:
    """Replace the first row's ``column`` value with the raw YAML ``raw``; its line and column."""
    path = layout.table_path(datasets, table)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines):
        match = re.match(rf"^(- |  ){column}: ", line)
        if match:
            lines[number] = f"{match.group(0)}{raw}\n"
            path.write_text("".join(lines), encoding="utf-8")
            return number + 1, len(match.group(0)) + 1
    raise AssertionError(f"no {column} in {path}")


#: One column per table that YAML reads as a date or a number.
CELLS = {
    "sources": ("published_on", "text_chars"),
    "actors": (None, None),
    "events": ("date_start", "date_start"),
    "claims": ("stated_end", "quote_start"),
}
BAD = {
    "month 13": ("2024-13-05", 0, "'2024-13-05' is not a date (month must be in 1..12)"),
    "30 February": ("2026-02-30", 0, "'2026-02-30' is not a date (day is out of range"),
    "5,000 digits": (LONG_NUMBER, 1, "a number of 5,000 digits"),
}
CASES = [(table, bad) for table in TABLES for bad in BAD if CELLS[table][BAD[bad][1]] is not None]


def commands(tmp: Path, datasets: Path, table: str) -> dict[str, list[str]]:
    """Every command that reads ``table``'s file, with its arguments."""
    releases = tmp / "releases"
    releases.mkdir(exist_ok=True)
    report = tmp / "report-9.txt"
    report.write_text(report_text(9), encoding="utf-8")
    out = {
        "validate": ["validate", str(datasets)],
        "build": ["build", "--datasets", str(datasets), "--releases", str(releases)],
    }
    if table == "sources":
        out["add-source"] = ["add-source", str(report), "--publisher", "Fixture Wire",
                             "--published-on", PUBLISHED, "--title", "Port 9",
                             "--datasets", str(datasets)]  # fmt: skip
    if table == "claims":
        out["fill-offsets"] = ["fill-offsets", str(datasets)]
    return out


@pytest.mark.parametrize(("table", "bad"), CASES)
def test_an_impossible_value_is_one_line_with_file_line_and_column(
    tmp_path: Path, table: str, bad: str
) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    source = write_review(datasets, 1)  # accept reads every curated table
    raw, which, expected = BAD[bad]
    column = CELLS[table][which]
    assert column is not None
    line, col = break_cell(datasets, table, column, raw)
    where = f"{layout.table_path(datasets, table)}:{line}:{col}: "
    argvs = commands(tmp_path, datasets, table)
    argvs["accept"] = ["accept", source, "--all", "--datasets", str(datasets),
                       "--releases", str(tmp_path / "releases")]  # fmt: skip
    for name, argv in argvs.items():
        result = run_cli(*argv)
        assert result.returncode == 2, (name, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (name, lines)
        assert lines[0].startswith(f"error: {where}"), (name, lines[0])
        assert expected in lines[0], (name, lines[0])
        assert len(lines[0]) < 300, (name, "the whole value repeated")


def test_an_impossible_release_date_in_dataset_yaml_is_one_line(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    meta = layout.meta_path(datasets)
    meta.write_text(
        re.sub(r"released: .*", "released: 2024-02-30", meta.read_text(encoding="utf-8")),
        encoding="utf-8",
    )
    result = run_cli("build", "--datasets", str(datasets), "--releases", str(tmp_path / "r"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {meta}:3:11: '2024-02-30' is not a date")
    assert len(result.stderr.strip().splitlines()) == 1


def laughs(levels: int) -> str:
    """A "billion laughs" actors file: each level an alias list of ten of the level below."""
    lines = ['- actor_id: lol0\n  name: &l0 "lol"\n']
    for level in range(1, levels + 1):
        items = ", ".join([f"*l{level - 1}"] * 10)
        lines.append(f"- actor_id: lol{level}\n  name: &l{level} [{items}]\n")
    return "".join(lines)


def test_a_billion_laughs_file_is_refused_before_any_expansion(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    path = layout.table_path(datasets, "actors")
    path.write_text(laughs(10), encoding="utf-8")  # 10**10 strings if expanded
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            read_yaml(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000, f"{peak:,} bytes to refuse a {path.stat().st_size:,}-byte file"
    assert str(caught.value) == (
        f"{path}:4:14: YAML aliases (*name) are not allowed in curated data; write the value "
        "out in full"
    )
    result = run_cli("validate", str(datasets))
    assert result.returncode == 2
    assert result.stderr.strip() == f"error: {caught.value}"


def test_an_alias_in_a_scalar_is_refused_too(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text("- actor_id: &a x\n  name: *a\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"actors.yaml:2:9: YAML aliases"):
        read_rows(path)


def test_duplicate_keys_are_an_error_naming_both_lines(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    path = layout.table_path(datasets, "events")
    text = path.read_text(encoding="utf-8").replace(
        "  location: Eastharbor\n", "  location: Eastharbor\n  summary: A second summary.\n", 1
    )
    path.write_text(text, encoding="utf-8")
    first = text.splitlines().index(next(x for x in text.splitlines() if "summary:" in x)) + 1
    second = text.splitlines().index("  summary: A second summary.") + 1
    result = run_cli("validate", str(datasets))
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"error: {path}:{second}:3: duplicate key 'summary' (first on line {first}); a row holds "
        "each column once"
    )


def test_a_duplicate_key_in_a_review_file_stops_accept(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    source = write_review(datasets, 1)
    review = layout.review_path(datasets, source)
    review.write_text(
        review.read_text(encoding="utf-8") + "  value: 999\n", encoding="utf-8"
    )  # the last candidate's value, given twice
    result = run_cli("accept", source, "--all", "--datasets", str(datasets))
    assert result.returncode == 2
    assert re.fullmatch(
        rf"error: {re.escape(str(review))}:\d+:3: duplicate key 'value' \(first on line \d+\); "
        r"a row holds each column once\n",
        result.stderr,
    ), result.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- a: 1\n  <<: {b: 2}\n", ":2:3: merge keys (<<) are not allowed in curated data"),
        ("- !!python/object/apply:os.system [echo]\n", ":1:3: not valid YAML: the tag"),
        ("- a: !!binary aGk=\n", ":1:6: not valid YAML: the tag 'tag:yaml.org,2002:binary'"),
        ("- a: !custom x\n", ":1:6: not valid YAML: the tag '!custom' is not allowed here"),
        ("- ? [a, b]\n  : 1\n", ":1:5: a key must be a single value"),
        ("- a: 1\n- just text\n", ":2: expected a mapping of column: value, got 'just text'"),
        ("a: 1\n", ": expected a YAML list of rows (mappings), got dict"),
        ("- a: [1\n", ":2:1: not valid YAML"),
        ("- a: " + "[" * (MAX_DEPTH + 2) + "]" * (MAX_DEPTH + 2) + "\n", "levels deep"),
        ("- a: 1\n---\n- a: 2\n", "not valid YAML: expected a single document"),
    ],
)
def test_what_no_table_needs_is_refused_in_one_line(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    for reader in (read_rows, read_yaml):
        with pytest.raises(InputError) as caught:
            reader(path)
        message = str(caught.value)
        assert message.startswith(str(path)), message
        assert expected in message, message
        assert "\n" not in message


def test_plain_values_read_as_before(tmp_path: Path) -> None:
    """The reader gives what PyYAML's safe loader gave for everything curated files hold."""
    import yaml

    text = (
        "# a comment\n"
        "- text: plain\n  quoted: '2024-01-05'\n  date: 2024-01-05\n  number: 42\n"
        "  big: 123456789012345678901234567890\n  float: 1.5\n  missing: null\n  empty:\n"
        '  yes_no: true\n  list: [a, b]\n  equals: =\n  unicode: "“60” crates"\n'
    )
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    expected = yaml.safe_load(text.replace("equals: =", "equals: '='"))
    read = read_rows(path)
    assert read.rows == expected
    assert read.lines == [2]
    assert read.cell_lines[0]["number"] == 5
    assert load_document(path) == expected


def test_an_overlong_number_short_of_the_limit_is_a_validation_failure(tmp_path: Path) -> None:
    """Numbers beyond 64 bits but readable stay a located type failure (exit 1), as in CSV."""
    datasets = write_dataset(tmp_path / "datasets")
    line, _ = break_cell(datasets, "claims", "quote_start", "9" * 30)
    result = run_cli("validate", str(datasets))
    assert result.returncode == 1
    assert f"claims.yaml:{line}" in result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_the_id_pattern_is_the_schemas() -> None:
    assert f"^{layout.ID_RE.pattern}$" == schema.SLUG


def test_a_planned_text_is_read_in_place_of_the_file(tmp_path: Path) -> None:
    """accept can check its planned rows without writing them anywhere first."""
    datasets = write_dataset(tmp_path / "datasets")
    path = layout.table_path(datasets, "actors")
    planned = path.read_text(encoding="utf-8") + "\n- actor_id: new-actor\n  name: New\n"
    raw = read_yaml(path, planned)
    assert raw.path == path
    assert raw.frame["actor_id"].tolist()[-1] == "new-actor"
    assert raw.lines is not None
    assert raw.lines[-1] == planned.count("\n") - 1
    with pytest.raises(InputError, match=rf"^{re.escape(str(path))}:\d+:3: duplicate key"):
        read_yaml(path, planned + "  name: Again\n")
