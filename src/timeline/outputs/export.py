"""Export a released table as CSV, JSON or NDJSON, or the whole release as SQLite, atomically.

CSV is for spreadsheets: a text cell that a spreadsheet would run as a formula gets a
leading ``'``, the same rule as the published zip's CSV files (:mod:`timeline.outputs.cells`);
``raw=True`` (``timeline export --raw``) writes text exactly as released, for scripts.

The SQLite export (:func:`write_sqlite`) is for Datasette and any SQL tool: one database
file holding every table of the release (typed columns, primary and foreign keys) and
the archived texts, plus a Datasette ``metadata.json`` with the release's column
descriptions (the codebook's, from the release's own data package) and its licence.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import pandas as pd

from timeline.errors import ConfigError
from timeline.io.atomic import atomic_writer, commit_files, temp_prefix
from timeline.outputs.cells import spreadsheet_safe

if TYPE_CHECKING:
    from timeline.releases.release import Release

FORMATS = ("csv", "json", "ndjson", "sqlite")
#: Formats that write one table (the others write the whole release).
TABLE_FORMATS = ("csv", "json", "ndjson")

#: The format an output file's suffix names.
SUFFIX_FORMATS = {
    ".csv": "csv",
    ".json": "json",
    ".ndjson": "ndjson",
    ".jsonl": "ndjson",
    ".sqlite": "sqlite",
    ".sqlite3": "sqlite",
    ".db": "sqlite",
}


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    for record in frame.astype(object).to_dict(orient="records"):
        clean: dict[str, Any] = {}
        for key, value in record.items():
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                clean[str(key)] = None
            elif isinstance(value, dt.datetime) and value.time() == dt.time(0):
                clean[str(key)] = value.date().isoformat()  # a loaded date (midnight Timestamp)
            elif isinstance(value, dt.date):
                clean[str(key)] = value.isoformat()
            else:
                clean[str(key)] = int(value) if hasattr(value, "__index__") else value
        out.append(clean)
    return out


def spreadsheet_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with every text cell spreadsheet-safe (:func:`spreadsheet_safe`: a leading
    ``'`` before ``=``, ``+``, ``-``, ``@``, a tab or a carriage return), as in the published
    zip's CSV files; numbers, dates and missing values are left as they are."""
    out = frame.copy()
    for column in out.columns:
        series = out[column]
        if pd.api.types.is_string_dtype(series.dtype) or series.dtype == object:
            out[column] = series.map(
                lambda v: spreadsheet_safe(v) if isinstance(v, str) else v, na_action="ignore"
            ).astype(series.dtype)
    return out


def write(frame: pd.DataFrame, fmt: str, handle: TextIO, *, raw: bool = False) -> None:
    """Write ``frame`` in ``fmt``: dates as YYYY-MM-DD, missing as empty (CSV) or null.

    CSV text cells are spreadsheet-safe unless ``raw`` (:func:`spreadsheet_frame`); JSON and
    NDJSON always carry the raw values.
    """
    if fmt == "csv":
        safe = frame if raw else spreadsheet_frame(frame)
        safe.to_csv(handle, index=False, lineterminator="\n")
    elif fmt == "json":
        json.dump(_records(frame), handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    else:
        for record in _records(frame):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def choose_format(fmt: str | None, output: Path | None) -> str:
    """The format to write: ``fmt`` if given, else the one ``output``'s suffix names.

    Standard output defaults to CSV.  A ``fmt`` that contradicts a known suffix
    (``--format csv -o out.json``) and an unknown suffix without ``fmt`` are refused,
    so that a file's name never lies about its content.
    """
    suffix = output.suffix.lower() if output is not None else ""
    implied = SUFFIX_FORMATS.get(suffix)
    if fmt is not None:
        if implied is not None and implied != fmt:
            msg = (
                f"--format {fmt} contradicts the suffix of {output} ({suffix} is {implied}); "
                f"drop --format or name the file *.{fmt}"
            )
            raise ConfigError(msg)
        return fmt
    if output is None:
        return FORMATS[0]
    if implied is None:
        known = ", ".join(SUFFIX_FORMATS)
        msg = (
            f"cannot tell the format from {output}'s suffix {suffix or '(none)'}: name the file "
            f"with one of {known}, or pass --format {{{','.join(FORMATS)}}}"
        )
        raise ConfigError(msg)
    return implied


def export(frame: pd.DataFrame, fmt: str, output: Path | None, *, raw: bool = False) -> None:
    """Write to ``output`` through a temporary file and a rename, or to stdout (``raw``:
    CSV text cells exactly as released, see :func:`write`)."""
    if output is None:
        write(frame, fmt, sys.stdout, raw=raw)
        return
    with atomic_writer(output, "w") as handle:
        write(frame, fmt, handle, raw=raw)  # type: ignore[arg-type]


# --- SQLite, for Datasette ---------------------------------------------------------------

#: SQLite column type for each Table Schema type; dates are ISO text (YYYY-MM-DD).
SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "date": "TEXT", "number": "REAL"}
#: Licence pages Datasette links to, by the licence names releases use.
LICENSE_URLS = {"CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/"}
TEXTS_TABLE = "texts"


@dataclass(frozen=True)
class SqliteExport:
    """What :func:`write_sqlite` wrote: the database, its metadata and rows per table."""

    database: Path
    metadata: Path
    rows: dict[str, int]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _create_table(resource: dict[str, Any]) -> str:
    schema = resource["schema"]
    columns = [
        f"{_quote(f['name'])} {SQL_TYPES.get(f['type'], 'TEXT')}"
        + (" NOT NULL" if f.get("constraints", {}).get("required") else "")
        for f in schema["fields"]
    ]
    keys = schema.get("primaryKey") or []
    if keys:
        columns.append(f"PRIMARY KEY ({', '.join(map(_quote, keys))})")
    for key in schema.get("foreignKeys", []):
        target = key["reference"]["resource"] or resource["name"]
        columns.append(
            f"FOREIGN KEY ({', '.join(map(_quote, key['fields']))}) REFERENCES "
            f"{_quote(target)} ({', '.join(map(_quote, key['reference']['fields']))})"
        )
    return f"CREATE TABLE {_quote(resource['name'])} (\n  " + ",\n  ".join(columns) + "\n)"


def _cell(value: Any) -> Any:
    return value.isoformat() if isinstance(value, dt.date) else value


def _fill(db: sqlite3.Connection, release: Release, package: dict[str, Any]) -> dict[str, int]:
    import pyarrow.parquet as pq

    rows: dict[str, int] = {}
    tables = [r for r in package["resources"] if r.get("type") == "table"]
    for resource in tables:
        db.execute(_create_table(resource))
        names = [f["name"] for f in resource["schema"]["fields"]]
        data = pq.read_table(release.path / resource["path"], columns=names).to_pylist()
        marks = ", ".join("?" for _ in names)
        db.executemany(
            f"INSERT INTO {_quote(resource['name'])} VALUES ({marks})",
            ([_cell(row[n]) for n in names] for row in data),
        )
        rows[resource["name"]] = len(data)
    db.execute(
        f"CREATE TABLE {TEXTS_TABLE} (source_id TEXT NOT NULL PRIMARY KEY "
        "REFERENCES sources (source_id), text TEXT NOT NULL)"
    )
    texts = [r for r in package["resources"] if r.get("type") == "text"]
    for resource in texts:
        source_id = Path(resource["path"]).stem
        text = (release.path / resource["path"]).read_bytes().decode("utf-8")
        db.execute(f"INSERT INTO {TEXTS_TABLE} VALUES (?, ?)", (source_id, text))
    rows[TEXTS_TABLE] = len(texts)
    return rows


def datasette_metadata(release: Release, package: dict[str, Any], database: str) -> dict[str, Any]:
    """Datasette's metadata for the database: title, licence, source, column descriptions."""
    from timeline.releases.manifest import MANIFEST_NAME, sha256_file

    meta = release.manifest.data
    licence = str(meta.get("license", ""))
    tables: dict[str, Any] = {}
    for resource in package["resources"]:
        if resource.get("type") != "table":
            continue
        tables[resource["name"]] = {
            "description": resource.get("description", ""),
            "columns": {f["name"]: f.get("description", "") for f in resource["schema"]["fields"]},
        }
    tables[TEXTS_TABLE] = {
        "description": "The archived source texts; claims.quote_start and quote_end index "
        "into text (counting Unicode characters).",
        "columns": {
            "source_id": "The source (sources.source_id).",
            "text": "The archived text, exactly as released.",
        },
    }
    sha = sha256_file(release.path / MANIFEST_NAME)
    return {
        "title": f"{meta.get('title', meta.get('dataset'))} (release {release.version})",
        "description": str(meta.get("description", "")),
        "license": licence,
        "license_url": LICENSE_URLS.get(licence, ""),
        "source": f"{meta.get('dataset')} release {release.version}, manifest SHA-256 {sha}",
        "databases": {database: {"tables": tables}},
    }


def write_sqlite(release: Release, database: Path, metadata: Path) -> SqliteExport:
    """Write ``release`` as one SQLite file and its Datasette ``metadata.json``, all or none."""
    package = json.loads((release.path / "datapackage.json").read_text(encoding="utf-8"))
    folder = database.parent if str(database.parent) else Path(".")
    fd, temp = tempfile.mkstemp(prefix=temp_prefix(database.name), suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        db = sqlite3.connect(temp)
        try:
            rows = _fill(db, release, package)
            db.commit()
        finally:
            db.close()
        data = Path(temp).read_bytes()
    finally:
        os.unlink(temp)
    described = datasette_metadata(release, package, database.stem)
    text = json.dumps(described, indent=2, ensure_ascii=False) + "\n"
    commit_files({database: data, metadata: text.encode("utf-8")})
    return SqliteExport(database, metadata, rows)
