"""Open a release's table file safely: a Parquet file, with its declared columns, of bounded size.

A release file that passed its SHA-256 is exactly what the release's publisher made,
which for a version newer than the bundled index may be anyone (see
``docs/threat-model.md``).  Before a reader decodes one, :func:`open_table` checks:

* it is a Parquet file at all (else one line, not pyarrow's ``ArrowInvalid``);
* its columns are the ones the release's ``datapackage.json`` declares for the table, in
  order, the primary key among them, and its row count the one the manifest records
  (else ``show`` failed with a ``KeyError`` and ``load`` returned what it found);
* decoded, it stays under ``TIMELINE_MAX_TABLE_BYTES`` (256 MiB): estimated from the
  footer's metadata alone (each column chunk's uncompressed size and value count; a
  dictionary-encoded text column counted as if every value were the whole dictionary),
  and only when that bound is too high, measured exactly by reading the text columns
  as dictionaries, which never expands them.  An 8.6 kB file that would decode to
  2.4 GB is refused before anything is expanded.

Everything fails with :class:`~timeline.errors.IntegrityError`: the release is malformed.
pyarrow is imported only when a table is opened.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import IntegrityError
from timeline.releases.messages import shown
from timeline.releases.settings import ENV_MAX_TABLE_BYTES, max_table_bytes

if TYPE_CHECKING:
    import pyarrow.parquet as pq

    from timeline.releases.release import Release

PACKAGE_NAME = "datapackage.json"
#: Bytes per value of Parquet's fixed-width physical types (BYTE_ARRAY: see below).
_WIDTH = {"BOOLEAN": 1, "INT32": 4, "FLOAT": 4, "INT64": 8, "DOUBLE": 8, "INT96": 12}


def _malformed(path: Path, version: str, what: str) -> IntegrityError:
    msg = f"{path}: {what}; release {version} is malformed: delete it, or ask whoever published it"
    return IntegrityError(msg)


#: (data package path, inode, size, mtime, SHA-256 in the manifest) -> its tables' columns.
_DECLARED: dict[tuple[str, int, int, int, str], dict[str, list[str]]] = {}


def _package_columns(release: Release) -> dict[str, list[str]]:
    """Every table's column names in the release's data package, checked against the
    manifest; remembered while the file is untouched (a load reads it once, not per table)."""
    path = release.path / PACKAGE_NAME
    try:
        info = path.stat()
    except OSError:
        raise _malformed(path, release.version, "missing, though its manifest lists it") from None
    expected = str(release.manifest.files[PACKAGE_NAME].get("sha256", ""))
    key = (str(path.absolute()), info.st_ino, info.st_size, info.st_mtime_ns, expected)
    known = _DECLARED.get(key)
    if known is not None:
        return known
    try:
        data = path.read_bytes()
    except OSError:
        raise _malformed(path, release.version, "not readable") from None
    release.manifest.verify_bytes(PACKAGE_NAME, data, path)
    try:
        package: Any = json.loads(data)
        columns = {
            str(r["name"]): [f["name"] for f in r["schema"]["fields"]]
            for r in package["resources"]
            if isinstance(r, dict) and "schema" in r
        }
    except (ValueError, RecursionError, KeyError, TypeError, AttributeError):
        raise _malformed(path, release.version, "not a readable data package") from None
    _DECLARED[key] = columns
    return columns


def declared_columns(release: Release, table: str) -> list[str] | None:
    """The column names the release's data package declares for ``table`` (None: no package)."""
    if PACKAGE_NAME not in release.manifest.files:
        return None
    path = release.path / PACKAGE_NAME
    names = _package_columns(release).get(table)
    if names is None:
        raise _malformed(path, release.version, f"declares no table {table!r}")
    if not all(isinstance(n, str) for n in names):
        raise _malformed(path, release.version, f"table {table!r} has a non-text column name")
    return names


def _estimate(metadata: Any) -> tuple[int, int, list[str]]:
    """From the footer alone: the bytes of the values read as stored (dictionaries kept as
    dictionaries), an upper bound of the bytes once every dictionary is expanded, and the
    dictionary-encoded text columns, whose expansion makes the difference."""
    stored = bound = 0
    dictionary_text: set[str] = set()
    for group in range(metadata.num_row_groups):
        row_group = metadata.row_group(group)
        for number in range(row_group.num_columns):
            chunk = row_group.column(number)
            values = max(int(chunk.num_values), 0)
            size = max(int(chunk.total_uncompressed_size), 0)
            width = _WIDTH.get(chunk.physical_type, 8)  # BYTE_ARRAY: an offset per value
            stored += size + values * width
            bound += size + values * width
            if width == 8 and chunk.physical_type == "BYTE_ARRAY" and chunk.has_dictionary_page:
                bound += values * size  # each value may repeat the longest entry
                dictionary_text.add(str(chunk.path_in_schema))
    return stored, bound, sorted(dictionary_text)


def _exact_text_bytes(parquet: pq.ParquetFile, columns: list[str]) -> int:
    """Bytes the dictionary-encoded text ``columns`` take once expanded, read unexpanded."""
    import pyarrow as pa
    import pyarrow.compute as pc

    total = 0
    for name in columns:
        column = parquet.read(columns=[name], use_threads=False).column(0)
        for chunk in column.chunks:
            if isinstance(chunk, pa.DictionaryArray):
                lengths = pc.binary_length(chunk.dictionary)
                expanded = pc.sum(pc.take(lengths, chunk.indices)).as_py()
                total += int(expanded or 0) + 8 * len(chunk)
            else:
                total += chunk.nbytes
    return total


def _size(count: int) -> str:
    return f"{count / (1 << 20):,.1f} MiB"


def open_table(release: Release, table: str, data: bytes) -> pq.ParquetFile:
    """``data`` (the verified bytes of ``table``'s file) as a ParquetFile, once it passed the
    checks in the module docstring; IntegrityError with one line otherwise."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    name = release.manifest.table_file(table)
    path = release.path / name
    version = release.version
    try:
        parquet = pq.ParquetFile(pa.BufferReader(data))
        metadata = parquet.metadata
        columns = list(parquet.schema_arrow.names)
    except (pa.ArrowException, OSError, ValueError) as exc:
        reason = shown(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, 120)
        raise _malformed(path, version, f"not a readable Parquet file ({reason})") from None
    declared = declared_columns(release, table)
    if declared is not None and columns != declared:
        what = f"has columns {shown(columns, 160)}, but its data package declares {declared}"
        raise _malformed(path, version, what)
    info = release.manifest.data.get("tables", {})
    key = info.get(table, {}).get("primary_key") if isinstance(info, dict) else None
    if isinstance(key, str) and key not in columns:
        raise _malformed(path, version, f"lacks its primary key column {key!r}")
    rows = release.manifest.files.get(name, {}).get("rows")
    if isinstance(rows, int) and metadata.num_rows != rows:
        what = f"holds {metadata.num_rows:,} rows, but the manifest records {rows:,}"
        raise _malformed(path, version, what)
    limit = max_table_bytes()
    stored, bound, dictionary_text = _estimate(metadata)
    decoded = stored if stored > limit else bound  # stored: a lower bound, read as stored
    if stored <= limit < bound:  # measure the text columns exactly, without expanding them
        try:
            unexpanded = pq.ParquetFile(pa.BufferReader(data), read_dictionary=dictionary_text)
            decoded = stored + _exact_text_bytes(unexpanded, dictionary_text)
        except (pa.ArrowException, OSError, ValueError) as exc:
            reason = shown(str(exc).splitlines()[0] if str(exc) else type(exc).__name__, 120)
            raise _malformed(path, version, f"not a readable Parquet file ({reason})") from None
    if decoded > limit:
        what = (
            f"would take {'at least ' if decoded == stored else ''}{_size(decoded)} once "
            f"decoded, from {len(data):,} bytes on disk; refused before decoding it (the "
            f"limit is {_size(limit)}: raise {ENV_MAX_TABLE_BYTES} if this release is "
            "genuinely that large)"
        )
        raise _malformed(path, version, what)
    return parquet
