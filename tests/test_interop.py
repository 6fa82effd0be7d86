"""Other tools read the releases with no loss: DuckDB, Polars, pyarrow, frictionless.

Every bundled release's Parquet files are read by DuckDB and Polars and must
give the same rows and the same types as ``timeline.load``; the column
descriptions and the dataset version must be visible from the Parquet metadata
alone; and the frictionless library must validate each release's
``datapackage.json`` (types, constraints, primary and foreign keys, SHA-256 and
byte counts).

About frictionless and Parquet: frictionless 5 reads Parquet through
``pyarrow.Table.to_pandas()`` and then checks ``value is np.nan``, so a null
in an integer column arrives as a float NaN and is reported as a type error;
and it bypasses its own byte loader, so it never counts bytes or hashes the
file (``byte-count`` "actual is None", the SHA-256 check silently skipped).
``timeline.outputs.frictionless_parquet`` ships a 20-line frictionless parser plugin that
reads the file through frictionless' loader (so frictionless itself computes
the SHA-256 and byte count) and hands pyarrow's Python values (None for null)
to frictionless; every check is frictionless' own.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from frictionless import validate

import timeline
from timeline.model import schema, vocab
from timeline.outputs.frictionless_parquet import parquet_plugin
from timeline.releases.manifest import sha256_bytes
from timeline.releases.paths import bundled_root, releases_in

RELEASES = releases_in(bundled_root())
CASES = [(v, t) for v in RELEASES for t in vocab.TABLES]
DUCKDB_TYPES = {"str": "VARCHAR", "Int64": "BIGINT", "date": "DATE"}
POLARS_TYPES = {"str": pl.String, "Int64": pl.Int64, "date": pl.Date}


def _kind(frame: pd.DataFrame, column: str) -> str:
    """The loader's type of a column: 'str' (pandas' nullable string), 'Int64' or 'date'
    (datetime64[ms], midnights only)."""
    dtype = str(frame[column].dtype)
    if dtype == "datetime64[ms]":
        values = frame[column].dropna()
        assert (values == values.dt.normalize()).all(), column
        return "date"
    if dtype == "string":
        return "str"
    assert dtype == "Int64", (column, dtype)
    return dtype


def _python_rows(frame: pd.DataFrame) -> list[tuple[Any, ...]]:
    """Rows as plain Python values: None for missing, int for numpy integers."""
    rows = []
    for record in frame.itertuples(index=False):
        rows.append(
            tuple(
                None
                if pd.isna(v)
                else v.date()
                if isinstance(v, pd.Timestamp)
                else v.item()
                if hasattr(v, "item")
                else v
                for v in record
            )
        )
    return rows


def _loaded(table: str, version: str) -> pd.DataFrame:
    key = vocab.PRIMARY_KEYS[table]
    return timeline.load(table, version=version).sort_values(key).reset_index(drop=True)


def _path(version: str, table: str) -> str:
    return str(bundled_root() / version / f"{table}.parquet")


@pytest.mark.parametrize(("version", "table"), CASES)
def test_duckdb_reads_the_same_rows_and_types(version: str, table: str) -> None:
    frame = _loaded(table, version)
    con = duckdb.connect()
    path = _path(version, table)
    described = con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [path]).fetchall()
    types = {name: kind for name, kind, *_ in described}
    assert list(types) == list(frame.columns)
    assert types == {c: DUCKDB_TYPES[_kind(frame, c)] for c in frame.columns}
    key = vocab.PRIMARY_KEYS[table]
    rows = con.execute(f'SELECT * FROM read_parquet(?) ORDER BY "{key}"', [path]).fetchall()
    assert rows == _python_rows(frame)
    assert len(rows) == len(frame) > 0


@pytest.mark.parametrize(("version", "table"), CASES)
def test_polars_reads_the_same_rows_and_types(version: str, table: str) -> None:
    frame = _loaded(table, version)
    data = pl.read_parquet(_path(version, table)).sort(vocab.PRIMARY_KEYS[table])
    assert data.columns == list(frame.columns)
    assert dict(data.schema) == {c: POLARS_TYPES[_kind(frame, c)] for c in frame.columns}
    assert data.rows() == _python_rows(frame)


@pytest.mark.parametrize(("version", "table"), CASES)
def test_types_match_the_contract(version: str, table: str) -> None:
    frame = _loaded(table, version)
    logical = {"str": "string", "Int64": "integer", "date": "date"}
    own = schema.contract_for({table: frame.columns})  # an older release lacks newer columns
    contract = {c["name"]: c["type"] for c in own[table]["columns"]}
    assert {c: logical[_kind(frame, c)] for c in frame.columns} == contract


@pytest.mark.parametrize(("version", "table"), CASES)
def test_descriptions_and_version_are_in_the_parquet_metadata(version: str, table: str) -> None:
    """No timeline code involved: DuckDB, Polars and pyarrow read them from the file."""
    path = _path(version, table)
    own = schema.contract_for({table: pq.read_schema(path).names})  # the release's columns
    columns = {c["name"]: c["description"] for c in own[table]["columns"]}

    kv = dict(
        duckdb.connect()
        .execute("SELECT decode(key), decode(value) FROM parquet_kv_metadata(?)", [path])
        .fetchall()
    )
    assert kv["timeline.version"] == version
    assert kv["timeline.dataset"] == "timeline"
    assert kv["timeline.table"] == table
    assert json.loads(kv["timeline.columns"]) == columns

    polars_meta = pl.read_parquet_metadata(path)
    assert polars_meta["timeline.version"] == version
    assert json.loads(polars_meta["timeline.columns"]) == columns

    arrow = pq.read_schema(path)
    assert {f.name: f.metadata[b"description"].decode() for f in arrow} == columns
    assert all(f.metadata[b"title"] for f in arrow)


# --- frictionless ------------------------------------------------------------------------


@pytest.fixture
def arrow_parquet() -> Iterator[None]:
    with parquet_plugin():
        yield


@pytest.mark.parametrize("version", RELEASES)
@pytest.mark.usefixtures("arrow_parquet")
def test_frictionless_validates_the_release_data_package(version: str) -> None:
    folder = bundled_root() / version
    report = validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["taskNumber", "rowNumber", "fieldName", "type", "note"])
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    tasks = {task.name: task for task in report.tasks}
    assert set(tasks) >= set(vocab.TABLES)
    for table in vocab.TABLES:
        stats = tasks[table].stats
        entry = manifest["files"][f"{table}.parquet"]
        # Computed by frictionless from the bytes it read, then checked against the package.
        assert stats["sha256"] == entry["sha256"]
        assert stats["bytes"] == entry["bytes"]
        assert stats["rows"] == entry["rows"]
    texts = [t for t in report.tasks if t.name.startswith("text-")]
    assert texts and all(t.stats["sha256"] for t in texts)


@pytest.mark.usefixtures("arrow_parquet")
def test_frictionless_catches_a_dangling_reference_and_a_wrong_hash(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    shutil.copytree(bundled_root() / RELEASES[-1], folder)
    claims = pq.read_table(folder / "claims.parquet")
    claimants = claims.column("claimant_id").to_pylist()
    claimants[0] = "nobody"
    claims = claims.set_column(
        claims.schema.get_field_index("claimant_id"),
        claims.schema.field("claimant_id"),
        pa.array(claimants, pa.string()),
    )
    pq.write_table(claims, folder / "claims.parquet")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    for resource in descriptor["resources"]:
        if resource["name"] == "claims":
            data = (folder / "claims.parquet").read_bytes()
            resource["hash"] = f"sha256:{sha256_bytes(data)}"
            resource["bytes"] = len(data)
        if resource["name"] == "events":
            resource["hash"] = "sha256:" + "0" * 64
    (folder / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")

    report = validate(str(folder / "datapackage.json"))
    assert not report.valid
    errors = {(task.name, error.type) for task in report.tasks for error in task.errors}
    assert errors == {("claims", "foreign-key"), ("events", "hash-count")}
