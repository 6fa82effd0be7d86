"""Value-level comparison of two releases: rows and columns, by primary key, per table.

For every table: rows added and removed (by primary key), rows changed with
each field's old and new value, and columns added, removed or retyped; plus
the schema fingerprints and the archived texts that changed.  Files are
verified against their manifests before they are read.  Only pyarrow is
needed (imported when a diff runs), not pandas.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.errors import InputError
from timeline.model.vocab import PRIMARY_KEYS, TABLES
from timeline.releases.manifest import MANIFEST_NAME
from timeline.releases.paths import VERSION_RE
from timeline.releases.release import Release, read_release
from timeline.releases.resolve import LATEST, open_release
from timeline.releases.tables import open_table

#: Files whose changes are implied by others (the data package, the notes).
DERIVED_FILES = frozenset({"datapackage.json", "CHANGES.md"})
#: Columns that name a row in human-readable output, first match wins.
LABEL_COLUMNS = ("name", "summary", "title", "quote")


@dataclass(frozen=True)
class FieldChange:
    """One field of one row: ``column`` went from ``old`` to ``new``."""

    column: str
    old: Any
    new: Any


@dataclass(frozen=True)
class RowChange:
    """A row present in both releases whose values differ."""

    key: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True)
class Row:
    """A row added or removed, with all its values and a short label for people."""

    key: str
    values: dict[str, Any]
    label: str | None


@dataclass(frozen=True)
class ColumnChange:
    """A column added (``old_type`` None), removed (``new_type`` None) or retyped."""

    column: str
    old_type: str | None
    new_type: str | None

    @property
    def kind(self) -> str:
        if self.old_type is None:
            return "added"
        if self.new_type is None:
            return "removed"
        return "type changed"


@dataclass(frozen=True)
class TableDiff:
    """Everything that differs in one table."""

    table: str
    primary_key: str
    rows_old: int
    rows_new: int
    added: tuple[Row, ...]
    removed: tuple[Row, ...]
    changed: tuple[RowChange, ...]
    columns: tuple[ColumnChange, ...]
    #: Rows of both releases that got values in the columns the new one adds (an actor
    #: gaining aliases): shown by ``timeline diff``; a release's CHANGES.md (written by
    #: :mod:`timeline.publish.changelog`, which must stay byte-stable) lists the columns.
    filled: tuple[RowChange, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.columns)

    def summary(self) -> str:
        if self.is_empty:
            return f"{self.rows_old} row{'' if self.rows_old == 1 else 's'}, unchanged"
        parts = [
            f"{len(self.added)} added",
            f"{len(self.removed)} removed",
            f"{len(self.changed)} changed",
        ]
        if self.columns:
            parts.append(f"{len(self.columns)} column change(s)")
        return f"{self.rows_old} -> {self.rows_new} rows: {', '.join(parts)}"


@dataclass(frozen=True)
class ReleaseDiff:
    """The difference between release ``old_version`` and ``new_version``."""

    old_version: str
    new_version: str
    old_fingerprint: str
    new_fingerprint: str
    tables: tuple[TableDiff, ...]
    files: tuple[tuple[str, str], ...]  # (name, 'added' | 'removed' | 'changed')

    @property
    def schema_changed(self) -> bool:
        return self.old_fingerprint != self.new_fingerprint

    @property
    def is_empty(self) -> bool:
        tables_same = all(t.is_empty for t in self.tables)
        return tables_same and not self.files and not self.schema_changed

    def level(self) -> tuple[str, str]:
        """The semantic-version bump these changes call for, and why."""
        columns = [c for t in self.tables for c in t.columns]
        if any(c.kind != "added" for c in columns):
            return "major", "columns removed or retyped"
        if columns or self.schema_changed:
            return "minor", "schema extended"
        if any(t.added for t in self.tables):
            return "minor", "rows added"
        if any(t.removed or t.changed for t in self.tables) or self.files:
            return "patch", "corrections"
        return "none", "no changes"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready form (dates as ISO strings)."""
        level, reason = self.level()
        return {
            "old": self.old_version,
            "new": self.new_version,
            "level": level,
            "level_reason": reason,
            "schema": {
                "changed": self.schema_changed,
                "old_fingerprint": self.old_fingerprint,
                "new_fingerprint": self.new_fingerprint,
            },
            "tables": {
                t.table: {
                    "primary_key": t.primary_key,
                    "rows_old": t.rows_old,
                    "rows_new": t.rows_new,
                    "added": [{"key": r.key, "row": _jsonable(r.values)} for r in t.added],
                    "removed": [{"key": r.key, "row": _jsonable(r.values)} for r in t.removed],
                    "changed": [
                        {
                            "key": c.key,
                            "fields": {
                                f.column: {"old": _jsonable(f.old), "new": _jsonable(f.new)}
                                for f in c.fields
                            },
                        }
                        for c in t.changed
                    ],
                    "columns": [
                        {"column": c.column, "change": c.kind, "old": c.old_type, "new": c.new_type}
                        for c in t.columns
                    ],
                    "filled": [
                        {"key": c.key, "fields": {f.column: _jsonable(f.new) for f in c.fields}}
                        for c in t.filled
                    ],
                }
                for t in self.tables
            },
            "files": [{"file": name, "change": change} for name, change in self.files],
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def to_text(self) -> str:
        """A report for people: one line per row added/removed, one per changed field."""
        level, reason = self.level()
        lines = [f"diff {self.old_version} -> {self.new_version} (change level: {level}, {reason})"]
        if self.schema_changed:
            lines.append(
                f"schema: fingerprint {self.old_fingerprint[:12]} -> {self.new_fingerprint[:12]}"
            )
        else:
            lines.append(f"schema: unchanged (fingerprint {self.new_fingerprint[:12]})")
        for t in self.tables:
            lines.append(f"{t.table}: {t.summary()}")
            lines.extend(f"  column {c.kind}: {_column_text(c)}" for c in t.columns)
            if t.filled:
                lines.append(
                    f"  {len(t.filled)} of {t.rows_old} existing row(s) got values in the new "
                    "column(s):"
                )
            for change in t.filled:
                lines.append(f"  * {change.key}")
                lines.extend(f"      {f.column}: {show(f.new)}" for f in change.fields)
            lines.extend(f"  + {r.key}{_label(r)}" for r in t.added)
            lines.extend(f"  - {r.key}{_label(r)}" for r in t.removed)
            for change in t.changed:
                lines.append(f"  ~ {change.key}")
                lines.extend(
                    f"      {f.column}: {show(f.old)} -> {show(f.new)}" for f in change.fields
                )
        lines.extend(f"file {change}: {name}" for name, change in self.files)
        return "\n".join(lines) + "\n"


def show(value: Any, width: int | None = None) -> str:
    """A value for people: null, numbers bare, dates ISO, text quoted (shortened to ``width``)."""
    if value is None:
        return "null"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        text = json.dumps(value, ensure_ascii=False)
        return text if width is None or len(text) <= width else text[: width - 2] + '…"'
    return str(value)


def _label(row: Row) -> str:
    return f"  {show(row.label, 80)}" if row.label else ""


def _column_text(change: ColumnChange) -> str:
    if change.kind == "added":
        return f"{change.column} ({change.new_type})"
    if change.kind == "removed":
        return f"{change.column} (was {change.old_type})"
    return f"{change.column}: {change.old_type} -> {change.new_type}"


def _jsonable(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _read(release: Release, table: str) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """A table's column types and rows (as Python values), verified against the manifest."""
    name = f"{table}.parquet"
    if name not in release.manifest.files:
        return {}, []
    path = release.file(name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        msg = f"{path}: missing, but listed in the manifest of release {release.version}"
        raise InputError(msg) from None
    release.manifest.verify_bytes(name, data, path)
    arrow = open_table(release, table, data).read(use_threads=False)
    types = {f.name: str(f.type) + ("" if f.nullable else " not null") for f in arrow.schema}
    return types, arrow.to_pylist()


def diff_table(old: Release, new: Release, table: str) -> TableDiff:
    """Compare one table of two releases by its primary key."""
    key = PRIMARY_KEYS[table]
    old_types, old_rows = _read(old, table)
    new_types, new_rows = _read(new, table)
    columns = [ColumnChange(c, None, t) for c, t in new_types.items() if c not in old_types]
    columns += [ColumnChange(c, t, None) for c, t in old_types.items() if c not in new_types]
    columns += [
        ColumnChange(c, old_types[c], t)
        for c, t in new_types.items()
        if c in old_types and old_types[c] != t
    ]
    shared = [c for c in new_types if c in old_types]
    label_column = next((c for c in LABEL_COLUMNS if c in new_types or c in old_types), None)
    before = {str(r[key]): r for r in old_rows}
    after = {str(r[key]): r for r in new_rows}

    def row(values: dict[str, Any], k: str) -> Row:
        label = values.get(label_column) if label_column else None
        return Row(k, values, str(label) if label is not None else None)

    added_columns = [c.column for c in columns if c.kind == "added"]
    changed, filled = [], []
    for k in sorted(before.keys() & after.keys()):
        fields = tuple(
            FieldChange(c, before[k][c], after[k][c]) for c in shared if before[k][c] != after[k][c]
        )
        if fields:
            changed.append(RowChange(k, fields))
        new_values = tuple(
            FieldChange(c, None, after[k][c]) for c in added_columns if after[k][c] is not None
        )
        if new_values:
            filled.append(RowChange(k, new_values))
    return TableDiff(
        table=table,
        primary_key=key,
        rows_old=len(old_rows),
        rows_new=len(new_rows),
        added=tuple(row(after[k], k) for k in sorted(after.keys() - before.keys())),
        removed=tuple(row(before[k], k) for k in sorted(before.keys() - after.keys())),
        changed=tuple(changed),
        columns=tuple(columns),
        filled=tuple(filled),
    )


def diff_files(old: Release, new: Release) -> tuple[tuple[str, str], ...]:
    """Non-table files (the archived texts) added, removed or changed."""
    tables = {f"{t}.parquet" for t in TABLES}

    def listed(release: Release) -> dict[str, str]:
        return {
            name: str(info["sha256"])
            for name, info in release.manifest.files.items()
            if name not in tables and name not in DERIVED_FILES
        }

    a, b = listed(old), listed(new)
    out = [(n, "added") for n in b.keys() - a.keys()]
    out += [(n, "removed") for n in a.keys() - b.keys()]
    out += [(n, "changed") for n in a.keys() & b.keys() if a[n] != b[n]]
    return tuple(sorted(out))


def diff_releases(old: Release, new: Release) -> ReleaseDiff:
    """Compare every table, the schema fingerprint and the texts of two releases."""
    return ReleaseDiff(
        old_version=old.version,
        new_version=new.version,
        old_fingerprint=old.manifest.schema_fingerprint,
        new_fingerprint=new.manifest.schema_fingerprint,
        tables=tuple(diff_table(old, new, t) for t in TABLES),
        files=diff_files(old, new),
    )


def resolve_release(spec: str | Path) -> Release:
    """A release named by version ('1.0.0', 'latest') or by its folder."""
    text = str(spec)
    if isinstance(spec, str) and (VERSION_RE.fullmatch(text) or text == LATEST):
        return open_release(text)
    folder = Path(spec)
    if (folder / MANIFEST_NAME).is_file():
        return read_release(folder)
    msg = (
        f"{text}: neither a version (such as 1.0.0 or 'latest') nor a release folder with a "
        f"{MANIFEST_NAME}"
    )
    raise InputError(msg)


def diff(old: str | Path, new: str | Path) -> ReleaseDiff:
    """Compare two releases given as versions or release folders."""
    return diff_releases(resolve_release(old), resolve_release(new))
