"""`timeline validate` against a battery of bad inputs, through the CLI's entry point in process.

Every case must end with the documented exit code (1 invalid data, 2 unreadable
input or usage), a message naming the problem, no traceback, and no file written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import timeline
from timeline.outputs.export import write
from timeline.releases.paths import bundled_root

from conftest import DATASETS, SOAK, curated_rows, newest_bundled, run_cli

TABLE_FILES = {t: f"{t}.csv" for t in timeline.tables()}


def _csv_rows(table: str) -> list[dict[str, str]]:
    buffer = io.StringIO()
    write(timeline.load(table), "csv", buffer)
    return list(csv.DictReader(io.StringIO(buffer.getvalue())))


def _write_csv(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def _listing(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


def _validate(tmp_path: Path, *args: str) -> tuple[int, str, str]:
    before = _listing(tmp_path)
    result = run_cli("validate", *args, cwd=tmp_path)
    assert "Traceback" not in result.stderr + result.stdout
    assert _listing(tmp_path) == before, "validate must not write anything"
    return result.returncode, result.stdout, result.stderr


Edit = Callable[[list[dict[str, str]]], list[dict[str, str]]]


def _set(key: str, **values: str) -> Edit:
    def edit(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        for row in rows:
            if key in row.values():
                row.update(values)
        return rows

    return edit


def _drop(column: str) -> Edit:
    return lambda rows: [{k: v for k, v in r.items() if k != column} for r in rows]


def _extra(column: str) -> Edit:
    return lambda rows: [{**r, column: "x"} for r in rows]


def _duplicate(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    return [*rows, dict(rows[0])]


DATA_CASES: list[tuple[str, str, Edit, str, str]] = [
    # (id, table, edit, rule expected in output, column expected in output)
    ("sources-missing-column", "sources", _drop("published_on"), "missing_column", "published_on"),
    ("sources-extra-column", "sources", _extra("editor"), "unknown_column", "editor"),
    (
        "sources-wrong-type",
        "sources",
        _set("rfa-2024-12-23-north-korea-kursk", text_chars="many"),
        "type",
        "text_chars",
    ),
    (
        "sources-unknown-enum",
        "sources",
        _set("rfa-2024-12-23-north-korea-kursk", publisher_basis="guessed"),
        "allowed_values",
        "publisher_basis",
    ),
    (
        "sources-impossible-date",
        "sources",
        _set("rfa-2024-12-23-north-korea-kursk", published_on="2024-02-30"),
        "type",
        "published_on",
    ),
    (
        "sources-hash",
        "sources",
        _set("rfa-2024-12-23-north-korea-kursk", text_sha256="a" * 64),
        "text_sha256",
        "text_sha256",
    ),
    ("sources-duplicate-key", "sources", _duplicate, "unique_key", "source_id"),
    ("actors-missing-column", "actors", _drop("kind"), "missing_column", "kind"),
    ("actors-extra-column", "actors", _extra("born"), "unknown_column", "born"),
    ("actors-unknown-enum", "actors", _set("putin", kind="monarch"), "allowed_values", "kind"),
    ("actors-bad-country", "actors", _set("putin", country="Russia"), "pattern", "country"),
    ("actors-duplicate-key", "actors", _duplicate, "unique_key", "actor_id"),
    (
        "events-missing-column",
        "events",
        _drop("date_precision"),
        "missing_column",
        "date_precision",
    ),
    (
        "events-unknown-enum",
        "events",
        _set("ev-0001", event_type="battle"),
        "allowed_values",
        "event_type",
    ),
    (
        "events-impossible-date",
        "events",
        _set("ev-0001", date_end="2024-13-01"),
        "type",
        "date_end",
    ),
    (
        "events-date-vs-precision",
        "events",
        _set("ev-0022", date_end="2024-11-15"),
        "event_dates_agree_with_precision",
        "date_start",
    ),
    (
        "events-start-after-end",
        "events",
        _set("ev-0009", date_start="2024-11-02"),
        "event_start_not_after_end",
        "date_start",
    ),
    (
        "events-dangling-actor",
        "events",
        _set("ev-0001", actor_ids="prk;atlantis"),
        "foreign_key",
        "actor_ids",
    ),
    ("events-duplicate-key", "events", _duplicate, "unique_key", "event_id"),
    ("claims-wrong-type", "claims", _set("cl-0001", value="3k"), "type", "value"),
    (
        "claims-unknown-enum",
        "claims",
        _set("cl-0001", qualifier="roughly"),
        "allowed_values",
        "qualifier",
    ),
    (
        "claims-bounds-vs-qualifier",
        "claims",
        _set("cl-0001", value_low="3000"),
        "qualifier_agrees_with_bounds",
        "qualifier",
    ),
    (
        "claims-quote-not-in-source",
        "claims",
        _set("cl-0003", quote="at least 1,111 North Korean"),
        "quote_in_source",
        "quote",
    ),
    (
        "claims-quote-wrong-offsets",
        "claims",
        _set("cl-0001", quote_start="481", quote_end="615"),
        "quote_in_source",
        "quote",
    ),
    (
        "claims-dangling-event",
        "claims",
        _set("cl-0001", event_id="ev-0999"),
        "foreign_key",
        "event_id",
    ),
    (
        "claims-dangling-claimant",
        "claims",
        _set("cl-0001", claimant_id="nobody"),
        "foreign_key",
        "claimant_id",
    ),
    (
        "claims-after-publication",
        "claims",
        _set("cl-0003", stated_on="2025-01-01", stated_end="2025-01-01"),
        "stated_before_publication",
        "stated_on",
    ),
    ("claims-duplicate-key", "claims", _duplicate, "unique_key", "claim_id"),
]


@pytest.mark.parametrize(
    ("table", "edit", "rule", "column"), [c[1:] for c in DATA_CASES], ids=[c[0] for c in DATA_CASES]
)
def test_bad_data_exits_1_naming_rule_and_column(
    tmp_path: Path, table: str, edit: Edit, rule: str, column: str
) -> None:
    path = _write_csv(tmp_path / TABLE_FILES[table], edit(_csv_rows(table)))
    code, out, _ = _validate(tmp_path, str(path))
    assert code == 1, out
    problem = [line for line in out.splitlines() if f": {rule}:" in line]
    assert problem, f"no line naming {rule!r} in:\n{out}"
    assert f".{column}" in problem[0]
    assert out.strip().splitlines()[-1].startswith("invalid: ")


def test_csv_problems_name_file_line_and_key(tmp_path: Path) -> None:
    rows = _set("cl-0003", qualifier="roughly")(_csv_rows("claims"))
    path = _write_csv(tmp_path / "claims.csv", rows)
    line_of_cl3 = 1 + [r["claim_id"] for r in rows].index("cl-0003") + 1
    _, out, _ = _validate(tmp_path, str(path))
    assert f"claims.csv:{line_of_cl3} claims[cl-0003].qualifier: allowed_values" in out
    assert "(got 'roughly')" in out
    assert "expected one of: exact, about" in out


UNREADABLE: list[tuple[str, bytes, str]] = [
    ("empty", b"", "empty"),
    ("whitespace-only", b"  \n\n", "empty"),
    ("header-only", b"claim_id,event_id,source_id\n", "no data rows"),
    ("not-utf8", "claim_id,quote\ncl-0001,Zelenskyy\n".encode("utf-16"), "not valid UTF-8"),
    ("latin-1", "claim_id,quote\ncl-0001,caf\u00e9\n".encode("latin-1"), "not valid UTF-8"),
    ("binary-garbage", bytes(range(256)) * 4, "UTF-8"),
    ("ragged-rows", b"claim_id,event_id\ncl-0001\n", "fields but the header has"),
]


@pytest.mark.parametrize(
    ("content", "message"), [c[1:] for c in UNREADABLE], ids=[c[0] for c in UNREADABLE]
)
def test_unreadable_csv_exits_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "claims.csv"
    path.write_bytes(content)
    code, _, err = _validate(tmp_path, str(path))
    assert code == 2
    assert message in err
    assert "claims.csv" in err


def test_truncated_and_fake_parquet_exit_2(tmp_path: Path) -> None:
    release = Path(timeline.load("claims").attrs["timeline"]["file"])
    truncated = tmp_path / "claims.parquet"
    truncated.write_bytes(release.read_bytes()[: release.stat().st_size // 2])
    code, _, err = _validate(tmp_path, str(truncated))
    assert code == 2
    assert "not a readable Parquet file" in err

    fake = tmp_path / "events.parquet"
    fake.write_text("event_id\nev-0001\n")
    code, _, err = _validate(tmp_path, str(fake))
    assert code == 2
    assert "events.parquet" in err


def test_parquet_with_bad_values_exits_1(tmp_path: Path) -> None:
    frame = timeline.load("claims")
    frame.loc[0, "qualifier"] = "roughly"
    table = pa.Table.from_pandas(frame, preserve_index=False)
    path = tmp_path / "new-claims.parquet"
    pq.write_table(table, path)
    code, out, err = _validate(tmp_path, str(path))
    assert code == 1
    assert "allowed_values" in out
    assert "treated as the claims table" in err  # inferred from the columns, and said so


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    code, _, err = _validate(tmp_path, str(tmp_path / "missing.csv"))
    assert code == 2
    assert "no such file" in err

    odd = _write_csv(tmp_path / "export.csv", [{"a": "1", "b": "2"}])
    code, _, err = _validate(tmp_path, str(odd))
    assert code == 2
    assert "--table" in err

    code, _, err = _validate(tmp_path, str(odd), "--table", "battles")
    assert code == 2
    assert "battles" in err

    unknown = tmp_path / "claims.xlsx"
    unknown.write_bytes(b"PK\x03\x04")
    code, _, err = _validate(tmp_path, str(unknown))
    assert code == 2
    assert "unknown file type" in err


def test_valid_inputs_exit_0(tmp_path: Path) -> None:
    code, out, _ = _validate(tmp_path, str(DATASETS))
    assert code == 0
    counts = ", ".join(f"{table} {rows}" for table, rows in curated_rows().items())
    assert out.strip() == f"valid: {counts} rows"

    release = bundled_root() / newest_bundled()
    code, out, _ = _validate(tmp_path, str(release))
    assert code == 0

    path = _write_csv(tmp_path / "claims.csv", _csv_rows("claims"))
    code, out, err = _validate(tmp_path, str(path))
    assert code == 0
    assert "checked against bundled release" in err


def test_json_format_and_max_errors(tmp_path: Path) -> None:
    rows = _csv_rows("claims")
    for row in rows[:5]:
        row["qualifier"] = "roughly"
    path = _write_csv(tmp_path / "claims.csv", rows)
    result = run_cli("validate", str(path), "--format", "json", "--max-errors", "2")
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert data["problems"] >= 5
    assert data["failures_shown"] == 2
    first = data["failures"][0]
    assert {"file", "line", "table", "key", "column", "rule", "value", "expected"} <= set(first)
    assert first["rule"] == "allowed_values"


#: Rows of the very large file: over 10 MB in a soak run, over 1.7 MB otherwise (the suite's
#: time budget; the counting does not change with size).
LARGE_ROWS = 60_000 if SOAK else 10_000


@pytest.mark.slow
def test_very_large_file_reports_every_duplicate(tmp_path: Path) -> None:
    rows = _csv_rows("claims")
    big = [dict(rows[i % len(rows)]) for i in range(LARGE_ROWS)]
    path = _write_csv(tmp_path / "claims.csv", big)
    assert path.stat().st_size > LARGE_ROWS * 170
    result = run_cli("validate", str(path), "--format", "json", "--max-errors", "5", timeout=300)
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert data["problems_by_rule"]["unique_key"] == LARGE_ROWS
    assert data["rows"]["claims"] == LARGE_ROWS


def test_curated_yaml_files_validate_alone_with_line_numbers(tmp_path: Path) -> None:
    source = (DATASETS / "curated" / "events.yaml").read_text(encoding="utf-8")
    good = tmp_path / "events.yaml"
    good.write_text(source, encoding="utf-8")
    code, out, _ = _validate(tmp_path, str(good))
    assert code == 0, out

    bad = source.replace("event_type: briefing", "event_type: chat")
    good.write_text(bad, encoding="utf-8")
    line = bad.splitlines().index("  event_type: chat") + 1  # the cell's own line
    code, out, _ = _validate(tmp_path, str(good))
    assert code == 1
    assert f"events.yaml:{line} events[ev-0017].event_type: allowed_values" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"- event_id: ev-0001\n  summary: [unclosed\n", "not valid YAML"),
        (b"event_id: ev-0001\n", "expected a YAML list of rows"),
        (b"- just a string\n", "expected a mapping"),
        ("- summary: caf\u00e9\n".encode("latin-1"), "not valid UTF-8"),
    ],
    ids=["syntax", "not-a-list", "not-a-mapping", "not-utf8"],
)
def test_unreadable_yaml_exits_2(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "events.yaml"
    path.write_bytes(content)
    code, _, err = _validate(tmp_path, str(path))
    assert code == 2
    assert message in err
    assert "events.yaml" in err


def test_csv_with_a_byte_order_mark_reads_like_any_csv(tmp_path: Path) -> None:
    rows = _csv_rows("claims")
    path = _write_csv(tmp_path / "claims.csv", rows)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())  # Excel's "CSV UTF-8"
    code, out, _ = _validate(tmp_path, str(path))
    assert code == 0, out
    assert out.strip() == f"valid: claims {len(rows)} rows"


@pytest.mark.parametrize(
    ("column", "arrow_type"),
    [
        ("stated_on", pa.string()),
        ("stated_end", pa.timestamp("us")),
        ("quote_start", pa.float64()),
        ("value", pa.string()),
    ],
)
def test_parquet_columns_stored_with_wrong_types_exit_1(
    tmp_path: Path, column: str, arrow_type: pa.DataType
) -> None:
    release = Path(timeline.load("claims").attrs["timeline"]["file"])
    table = pq.read_table(release)
    index = table.schema.get_field_index(column)
    table = table.set_column(index, column, table[column].cast(arrow_type))
    path = tmp_path / "claims.parquet"
    pq.write_table(table, path)
    code, out, _ = _validate(tmp_path, str(path))
    assert code == 1
    assert f"claims.{column}: storage_type: column is stored as {arrow_type}" in out


def test_truncated_file_in_a_release_is_a_checksum_failure(tmp_path: Path) -> None:
    import shutil

    release = bundled_root() / newest_bundled()
    copy = tmp_path / "release"
    shutil.copytree(release, copy)
    events = copy / "events.parquet"
    events.write_bytes(events.read_bytes()[:100])
    code, out, _ = _validate(tmp_path, str(copy))
    assert code == 1
    assert "manifest_sha256" in out
    assert "SHA-256 mismatch for events.parquet" in out


def test_a_lone_claims_file_may_restate_a_published_claim(tmp_path: Path) -> None:
    """A contributor's new claims, validated alone: `restates` may name a claim of the
    newest local release, but not one that exists nowhere."""
    published = timeline.load("claims")
    row = published.iloc[[0]].copy()
    row["claim_id"] = "cl-9001"
    row["restates"] = str(published.iloc[0]["claim_id"])
    path = tmp_path / "new-claims.csv"
    row.to_csv(path, index=False)
    code, out, err = _validate(tmp_path, str(path))
    assert code == 0, out + err
    assert "(and claims, for the claims they restate)" in err
    streamed = tmp_path / "new-claims.parquet"
    row.to_parquet(streamed, index=False)
    code, out, err = _validate(tmp_path, str(streamed), "--stream")
    assert code == 0, out + err  # streamed batch by batch, the same answer
    row["restates"] = "cl-9999"
    row.to_csv(path, index=False)
    code, out, _ = _validate(tmp_path, str(path))
    assert code == 1
    assert "restates: foreign_key: no row of claims has this claim_id (got 'cl-9999')" in out
    row.to_parquet(streamed, index=False)
    code, out, _ = _validate(tmp_path, str(streamed), "--stream")
    assert code == 1 and "(got 'cl-9999')" in out
