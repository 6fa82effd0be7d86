"""Read a table from CSV, Parquet or the curated YAML format, keeping line numbers.

Readers return plain frames of raw values plus the file line of each row, and
raise :class:`~timeline.errors.InputError` (never a traceback) for input that
cannot be read at all.  Turning raw values into typed columns is
:mod:`timeline.validation.coerce`'s job.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.errors import InputError, UnknownTableError
from timeline.io.curated_yaml import decode_utf8
from timeline.model.vocab import TABLES

FORMATS = {".csv": "csv", ".parquet": "parquet", ".pq": "parquet", ".yaml": "yaml", ".yml": "yaml"}


@dataclass
class RawTable:
    """A table as read from one file: raw values, and where each row came from."""

    path: Path
    frame: pd.DataFrame
    lines: Sequence[int] | None = None
    table: str | None = None
    notes: list[str] = field(default_factory=list)
    #: Per row, the line of each column's cell (YAML, where a row spans several lines).
    cell_lines: list[dict[str, int]] | None = None
    #: Arrow type of each column, for files that carry types (Parquet).
    arrow_types: dict[str, Any] = field(default_factory=dict)

    def line_of(self, row: int | None, column: str | None = None) -> int | None:
        """The file line of ``row`` (of its ``column``'s cell, where the format tells)."""
        if row is None or self.lines is None or not 0 <= row < len(self.lines):
            return None
        if column is not None and self.cell_lines is not None:
            return self.cell_lines[row].get(column, self.lines[row])
        return self.lines[row]


def file_format(path: Path) -> str:
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS))
        msg = f"{path}: unknown file type {path.suffix!r}; expected one of {known}"
        raise InputError(msg) from None


def _read_bytes(path: Path) -> bytes:
    """The whole file; missing, unreadable, empty or blank files are input errors."""
    _check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        msg = f"{path}: cannot read: {exc.strerror}"
        raise InputError(msg) from None
    if not data.strip():
        msg = f"{path}: file is empty"
        raise InputError(msg)
    return data


def _csv_records(path: Path, text: str) -> tuple[list[str], list[list[str]], list[int]]:
    """Header, non-empty records and the line each record starts on, by the csv module."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
        rows: list[list[str]] = []
        lines: list[int] = []
        start_line = reader.line_num + 1
        for record in reader:
            if record:
                rows.append(record)
                lines.append(start_line)
            start_line = reader.line_num + 1
    except csv.Error as exc:
        msg = f"{path}:{reader.line_num}: malformed CSV: {exc}"
        raise InputError(msg) from None
    return header, rows, lines


class _CsvLines(Sequence[int]):
    """The line each record of a CSV text starts on, worked out only when first asked.

    Lines are only needed to place failures, so a valid file never pays for them.
    """

    def __init__(self, path: Path, text: str, rows: int) -> None:
        self._path, self._text, self._rows = path, text, rows
        self._lines: list[int] | None = None

    def _all(self) -> list[int]:
        if self._lines is None:
            self._lines = _csv_records(self._path, self._text)[2]
            self._text = ""
        return self._lines

    def __len__(self) -> int:
        return self._rows

    def __getitem__(self, index: Any) -> Any:
        return self._all()[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self._all())


def _simple_quoting(text: str) -> bool:
    """Whether every '"' opens a field, closes one, or is doubled inside one.

    Then Arrow's CSV parser and Python's ``csv`` module (default dialect) split the
    text into the same fields; anything else (a quote inside an unquoted field,
    text after a closing quote, an unterminated quote, carriage returns) is left
    to the ``csv`` module, whose reading and messages are the reference.
    """
    if "\r" in text:
        return False
    parts = text.split('"')
    if len(parts) % 2 == 0:
        return False
    last = len(parts) - 1
    for number in range(0, len(parts), 2):  # the parts outside quotes
        part = parts[number]
        if not part:
            continue  # a doubled quote, or a quote at the very start or end
        if number > 0 and part[0] not in ",\n":
            return False
        if number < last and part[-1] not in ",\n":
            return False
    return True


def _read_csv_arrow(path: Path, data: bytes, text: str) -> RawTable | None:
    """The fast reading of a plainly quoted CSV (Arrow's parser); None: use the csv module.

    Cells are the same strings as the csv module gives (empty ones missing), as
    Arrow-backed text columns; the header is checked by the csv module's reading of it.
    """
    if not _simple_quoting(text):
        return None
    end = text.find("\n")
    first = text if end < 0 else text[: end + 1]
    if first.count('"') % 2:
        return None  # a header cell spanning lines: rare, left to the csv module
    header = next(csv.reader([first]), None)
    if not header or len({h.strip() for h in header}) != len(header):
        return None
    import pyarrow as pa
    import pyarrow.csv as pa_csv

    try:
        table = pa_csv.read_csv(
            io.BytesIO(data.removeprefix(codecs.BOM_UTF8)),
            parse_options=pa_csv.ParseOptions(newlines_in_values=True),
            convert_options=pa_csv.ConvertOptions(
                column_types={name: pa.string() for name in header},
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
    except (pa.ArrowException, ValueError):
        return None
    if table.column_names != header or table.num_rows == 0:
        return None
    if not all(pa.types.is_string(t) for t in table.schema.types):
        return None
    frame = table.rename_columns([h.strip() for h in header]).to_pandas()
    return RawTable(path, frame, _CsvLines(path, text, table.num_rows))


def read_csv(path: Path) -> RawTable:
    """All cells as strings; an empty cell is missing.  Lines count from 1 (the header)."""
    data = _read_bytes(path)
    text = decode_utf8(path, data)
    if "\x00" in text:
        msg = f"{path}: contains NUL bytes; not a CSV text file"
        raise InputError(msg)
    if not text.strip():
        msg = f"{path}: no header row (the file holds only blanks or a byte-order mark)"
        raise InputError(msg)
    fast = _read_csv_arrow(path, data, text)
    if fast is not None:
        return fast
    header, rows, lines = _csv_records(path, text)
    header = [h.strip() for h in header]
    if len(set(header)) != len(header):
        dupes = sorted({h for h in header if header.count(h) > 1})
        msg = f"{path}:1: duplicate column names in the header: {', '.join(dupes)}"
        raise InputError(msg)
    if not rows:
        msg = f"{path}: has a header but no data rows"
        raise InputError(msg)
    for record, line in zip(rows, lines, strict=True):
        if len(record) != len(header):
            msg = f"{path}:{line}: row has {len(record)} fields but the header has {len(header)}"
            raise InputError(msg)
    frame = pd.DataFrame(rows, columns=header, dtype=object)
    frame = frame.where(frame != "", None)
    return RawTable(path, frame, lines)


def read_yaml(path: Path, text: str | None = None) -> RawTable:
    """The curated format: a YAML list of mappings, one per row (:mod:`.curated_yaml`).

    With ``text``, that text is read as if it were the file's (a planned edit, checked
    before it is written; messages name ``path``).
    """
    from timeline.io.curated_yaml import read_rows

    read = read_rows(path, decode_utf8(path, _read_bytes(path)) if text is None else text)
    if not read.rows:
        msg = f"{path}: has no rows; expected a YAML list of rows (mappings)"
        raise InputError(msg)
    columns: list[str] = []
    for record in read.rows:
        for key in record:
            if key not in columns:
                columns.append(key)
    frame = pd.DataFrame.from_records(read.rows, columns=columns).astype(object)
    frame = frame.where(frame.notna(), None)
    return RawTable(path, frame, read.lines, cell_lines=read.cell_lines)


def read_parquet(path: Path) -> RawTable:
    """A Parquet file read with pyarrow; corrupt or truncated files are input errors."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    _check_size(path)
    try:
        table = pq.read_table(path)
    except (pa.ArrowException, OSError, ValueError) as exc:
        msg = f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})"
        raise InputError(msg) from None
    if table.num_rows == 0:
        msg = f"{path}: has columns but no rows"
        raise InputError(msg)
    try:
        frame = table_to_pandas(table)
    except (pa.ArrowException, ValueError, OverflowError) as exc:  # e.g. a date before year 1
        msg = f"{path}: values that cannot be read ({str(exc).splitlines()[0]})"
        raise InputError(msg) from None
    raw = RawTable(path, frame)
    raw.arrow_types = {f.name: f.type for f in table.schema}
    return raw


def _check_size(path: Path) -> None:
    """Missing, unreadable or empty files, without reading them."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        msg = f"{path}: no such file"
        raise InputError(msg) from None
    except OSError as exc:
        msg = f"{path}: cannot read: {exc.strerror}"
        raise InputError(msg) from None
    if path.is_dir():
        msg = f"{path}: is a directory, expected a file"
        raise InputError(msg)
    if size == 0:
        msg = f"{path}: file is empty"
        raise InputError(msg)


def table_to_pandas(table: Any, *, use_threads: bool = True) -> pd.DataFrame:
    """Arrow table to pandas with the package's dtypes (nullable Int64 for integers)."""
    import pyarrow as pa

    mapping = {pa.int64(): pd.Int64Dtype(), pa.int32(): pd.Int64Dtype()}
    frame: pd.DataFrame = table.to_pandas(types_mapper=mapping.get, use_threads=use_threads)
    return frame


READERS = {"csv": read_csv, "yaml": read_yaml, "parquet": read_parquet}


def read_table_file(path: Path, table: str | None = None) -> RawTable:
    """Read one file, and name its table: given, from the file name, or from its columns."""
    raw = READERS[file_format(path)](path)
    if table is not None:
        if table not in TABLES:
            msg = f"unknown table {table!r}; expected one of {', '.join(TABLES)}"
            raise UnknownTableError(msg)
        raw.table = table
    else:
        raw.table = infer_table(path, list(raw.frame.columns))
        raw.notes.append(f"{path}: treated as the {raw.table} table (use --table to override)")
    return raw


def infer_table(path: Path, columns: list[str]) -> str:
    """A table named in the file name wins; else the one whose primary key is a column."""
    from timeline.model.vocab import PRIMARY_KEYS

    stem = path.stem.lower()
    named = [t for t in TABLES if stem == t or stem.startswith((t + "-", t + "_", t + "."))]
    if len(named) == 1:
        return named[0]
    # Claims carry other tables' keys as foreign keys, so the most specific key wins.
    for candidate in ("claims", "events", "actors", "sources"):
        if PRIMARY_KEYS[candidate] in columns:
            return candidate
    msg = (
        f"{path}: cannot tell which table this is (neither the file name nor a primary-key "
        f"column names one); pass --table with one of {', '.join(TABLES)}"
    )
    raise UnknownTableError(msg)
