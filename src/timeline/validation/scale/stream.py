"""Validate a Parquet table larger than memory, batch by batch, with flat memory.

Each batch of rows (``ParquetFile.iter_batches``) goes through exactly what an
in-memory validation runs (:func:`timeline.validation.engine.check_dataset`: coercion,
the pandera model with its cross-column rules, foreign keys into the other
tables, quotes against archived texts, dates against publication), with row
numbers made global.  The checks that need the whole table -- duplicate
primary keys, references to the table from itself (``claims.restates``) or
from other given tables, and restated claims sharing their event -- cannot be
done per batch.  For those, each batch spills its keys and references to
hash-partitioned files on disk (:mod:`timeline.validation.scale.spill`); afterwards every bucket
is checked on its own with the same crosscheck functions, so memory depends on
the batch and bucket sizes, never on the file's length.

Failures are the same :class:`~timeline.validation.failures.Failure` records as in memory.
Only the first ``max_failures`` are kept; the rest are counted, so a file with
millions of bad rows cannot exhaust memory either.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.errors import InputError, UnknownTableError
from timeline.io.readers import FORMATS, infer_table, table_to_pandas
from timeline.model.catalogue import needs_whole_table
from timeline.model.keys import FOREIGN_KEYS, LIST_COLUMNS
from timeline.model.vocab import PRIMARY_KEYS, TABLES
from timeline.validation import crosscheck
from timeline.validation.engine import Report, check_dataset, describe_check, locate
from timeline.validation.failures import Failure, short_value
from timeline.validation.scale.spill import Spill

#: Parquet files larger than this are streamed unless told otherwise (bytes).
DEFAULT_STREAM_THRESHOLD = 256 * 1024**2
BATCH_ROWS = 64 * 1024
BUCKET_ROWS = 250_000
MAX_FAILURES = 10_000
ROW = "_row"


def streamed_file(paths: Sequence[Path], stream: bool | None) -> Path | None:
    """The Parquet file among ``paths`` to stream, or None for the in-memory path.

    ``stream=None`` streams a Parquet file above ``TIMELINE_STREAM_THRESHOLD`` bytes
    (default :data:`DEFAULT_STREAM_THRESHOLD`); ``True`` streams the largest Parquet file
    given; ``False`` never streams.
    """
    if stream is False:
        return None
    parquet = [p for p in paths if p.is_file() and FORMATS.get(p.suffix.lower()) == "parquet"]
    if not parquet:
        if stream:
            msg = (
                "--stream needs a Parquet table file among the paths (CSV and YAML are read whole)"
            )
            raise InputError(msg)
        return None
    largest = max(parquet, key=lambda p: p.stat().st_size)
    from timeline.releases.settings import stream_threshold

    if stream or largest.stat().st_size > stream_threshold(DEFAULT_STREAM_THRESHOLD):
        return largest
    return None


@dataclass
class FailureSink:
    """Keeps the first ``cap`` failures and counts all of them, by table and rule."""

    cap: int = MAX_FAILURES
    kept: list[Failure] = field(default_factory=list)
    total: int = 0
    by_table: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)

    def add(self, failures: Sequence[Failure]) -> None:
        self.total += len(failures)
        self.by_table.update(f.table for f in failures)
        self.by_rule.update(f.rule for f in failures)
        room = self.cap - len(self.kept)
        if room > 0:
            self.kept.extend(failures[:room])


@dataclass
class StreamReport(Report):
    """A :class:`Report` whose ``failures`` may be capped; ``problems`` counts them all."""

    problems: int = 0
    by_table: dict[str, int] = field(default_factory=dict)
    by_rule: dict[str, int] = field(default_factory=dict)

    def counts(self) -> tuple[int, dict[str, int], dict[str, int]]:
        return self.problems, self.by_table, self.by_rule

    def as_dict(self) -> dict[str, Any]:
        data = super().as_dict()
        data["failures_stored"] = len(self.failures)
        return data


@dataclass
class _Plan:
    """What the streamed table takes part in beyond its own rows."""

    table: str
    key: str
    self_refs: list[str]
    extra: list[str]

    @classmethod
    def of(cls, table: str) -> _Plan:
        self_refs = [c for t, c, target, _ in FOREIGN_KEYS if t == table == target]
        extra = ["event_id"] if table == "claims" else []
        return cls(table, PRIMARY_KEYS[table], self_refs, extra)

    def is_global(self, failure: Failure) -> bool:
        """Failures that a batch cannot judge; the bucket pass reports them instead."""
        if failure.table != self.table:
            return False
        return needs_whole_table(failure.rule, failure.table, failure.column)


def _open(path: Path) -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        # Without pre-buffering: its cache keeps every column chunk read so far in
        # Arrow's memory pool until the file is closed, about 16 MiB per million claims.
        parquet = pq.ParquetFile(path, pre_buffer=False)
    except (pa.ArrowException, OSError, ValueError) as exc:
        msg = f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})"
        raise InputError(msg) from None
    if parquet.metadata.num_rows == 0:
        msg = f"{path}: has columns but no rows"
        raise InputError(msg)
    return parquet


def _batches(parquet: Any, path: Path, rows: int) -> Any:
    import pyarrow as pa

    pool = pa.default_memory_pool()
    try:
        for batch in parquet.iter_batches(batch_size=rows):
            yield table_to_pandas(pa.Table.from_batches([batch]))
            # Hand the allocator's freed pages back after each batch.
            pool.release_unused()
    except (pa.ArrowException, OSError) as exc:
        msg = f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})"
        raise InputError(msg) from None


def _spill_batch(spill: Spill, plan: _Plan, typed: pd.DataFrame, offset: int) -> None:
    columns = [plan.key, *plan.extra]
    if not set(columns) <= set(typed.columns):
        return
    rows = pd.RangeIndex(offset, offset + len(typed))
    keys = typed[columns].assign(**{ROW: rows.to_numpy()})
    spill.add("keys", keys[keys[plan.key].notna()], plan.key)
    for column in plan.self_refs:
        if column in typed.columns:
            refs = keys.assign(**{column: typed[column].to_numpy()})
            spill.add(f"ref.{column}", refs[refs[column].notna()], column)


def _spill_other_refs(spill: Spill, plan: _Plan, others: Mapping[str, pd.DataFrame]) -> None:
    """References into the streamed table from the other given tables (one row per id)."""
    for table, column, target, _ in FOREIGN_KEYS:
        frame = others.get(table)
        if target != plan.table or table == plan.table or frame is None:
            continue
        if column not in frame.columns:
            continue
        key = PRIMARY_KEYS[table]
        refs = frame[[key, column]].assign(**{ROW: range(len(frame))})
        refs = refs[refs[column].notna()]
        if column in LIST_COLUMNS:
            refs = refs.assign(**{column: refs[column].astype(str).str.split(";")})
            refs = refs.explode(column)
        spill.add(f"other.{table}.{column}", refs.astype({column: "str"}), column)


def _at_rows(failures: list[Failure], rows: pd.Series, column: str | None = None) -> list[Failure]:
    """Failures found in a bucket frame, renumbered to the rows they came from."""
    return [
        replace(f, row=int(rows.iloc[f.row]))
        for f in failures
        if f.row is not None and (column is None or f.column == column)
    ]


def _duplicates(plan: _Plan, keys: pd.DataFrame) -> list[Failure]:
    rule, message, expected = describe_check("field_uniqueness", plan.table, plan.key)
    dupes = keys[keys[plan.key].duplicated(keep=False)].sort_values(ROW)
    return [
        Failure(
            plan.table,
            rule,
            message,
            column=plan.key,
            key=str(key),
            row=int(row),
            value=short_value(key),
            expected=expected,
        )
        for key, row in zip(dupes[plan.key], dupes[ROW], strict=True)
    ]


def _check_bucket(spill: Spill, plan: _Plan, bucket: int, others: Sequence[str]) -> list[Failure]:
    keys = spill.read("keys", bucket)
    if keys is None:
        keys = pd.DataFrame({plan.key: pd.Series([], dtype="str"), ROW: []})
    failures = _duplicates(plan, keys)
    for column in plan.self_refs:
        refs = spill.read(f"ref.{column}", bucket)
        if refs is None:
            continue
        mini = pd.concat([refs, keys.assign(**{column: None})], ignore_index=True)
        # File order, as in memory: with duplicate keys the last row's event counts.
        mini = mini.drop_duplicates(ROW, keep="first").sort_values(ROW, ignore_index=True)
        published = spill.read("published", bucket)
        outside = {} if published is None else {plan.table: published}
        found = crosscheck.foreign_keys({plan.table: mini}, PRIMARY_KEYS, outside)
        failures += _at_rows(found, mini[ROW], column)
        if plan.table == "claims" and column == "restates":
            failures += _at_rows(crosscheck.restated_claims_share_event(mini), mini[ROW])
    for table, column, target, _ in FOREIGN_KEYS:
        if target != plan.table or table not in others:
            continue
        refs = spill.read(f"other.{table}.{column}", bucket)
        if refs is not None:
            found = crosscheck.foreign_keys({table: refs}, PRIMARY_KEYS, {plan.table: keys})
            failures += _at_rows(found, refs[ROW], column)
    return failures


def _table_of(path: Path, parquet: Any, table: str | None, notes: list[str]) -> str:
    if table is not None:
        if table not in TABLES:
            msg = f"unknown table {table!r}; expected one of {', '.join(TABLES)}"
            raise UnknownTableError(msg)
        return table
    found = infer_table(path, list(parquet.schema_arrow.names))
    notes.append(f"{path}: treated as the {found} table (use --table to override)")
    return found


@dataclass
class _Context:
    """The tables around the streamed one: given whole, or from the bundled release."""

    given: dict[str, pd.DataFrame]
    typed: dict[str, pd.DataFrame]
    raws: dict[str, Any]
    texts: Any
    notes: list[str]
    reference_notes: list[str]
    #: The release's claims, when a lone claims file may restate them (else None).
    published: pd.DataFrame | None = None


def _context(
    paths: Sequence[Path], big: Path, name: str, table: str | None, sink: FailureSink
) -> _Context:
    """Read and validate the other paths whole; fill the missing tables from the release."""
    from timeline.validation.inputs import ChainedTexts, collect, reference_tables

    inputs = collect([p for p in paths if p != big], table)
    if name in inputs.tables:
        msg = f"{big}: a second {name} table (the first is {inputs.tables[name].path})"
        raise InputError(msg)
    for folder in ("texts", "sources"):
        if (big.parent / folder).is_dir():
            inputs.text_folders.append(big.parent / folder)
    reference_notes = []
    missing = [t for t in TABLES if t not in inputs.tables and t != name]
    # as in memory: a lone claims file's restates may name the release's claims
    restated = ["claims"] if missing and name == "claims" else []
    reference, version = reference_tables([*missing, *restated])
    published = reference.pop("claims", None)
    if missing and version:
        also = " (and claims, for the claims they restate)" if restated else ""
        reference_notes.append(
            f"checked against bundled release {version} for: {', '.join(missing)}{also}"
        )
    texts = ChainedTexts(inputs.text_folders)
    sink.add(inputs.failures)
    given = {t: raw.frame for t, raw in inputs.tables.items()}
    typed, found = check_dataset(given, texts, reference)
    sink.add(locate(found, inputs.tables))
    return _Context(
        given,
        {**reference, **typed},
        dict(inputs.tables),
        texts,
        inputs.notes,
        reference_notes,
        published,
    )


def _batch_failures(plan: _Plan, found: list[Failure], offset: int, file: str) -> list[Failure]:
    """A batch's failures made global: rows offset, whole-table ones left to the buckets."""
    kept = []
    for failure in found:
        if plan.is_global(failure):
            continue
        if failure.table != plan.table:
            if offset == 0:  # about the other tables: the same for every batch
                kept.append(failure)
        elif failure.row is None:
            if offset == 0:  # a missing or unknown column: said once
                kept.append(replace(failure, file=file))
        else:
            kept.append(replace(failure, row=failure.row + offset, file=file))
    return kept


def validate_streaming(
    paths: Sequence[Path],
    big: Path,
    table: str | None = None,
    *,
    batch_rows: int = BATCH_ROWS,
    bucket_rows: int = BUCKET_ROWS,
    max_failures: int = MAX_FAILURES,
    spill_dir: Path | None = None,
) -> StreamReport:
    """Validate ``paths`` like :func:`~timeline.validation.run.validate_paths`, streaming ``big``.

    The other paths are read whole (they are the small tables); tables given
    by none of them come from the newest bundled release.
    """
    notes: list[str] = []
    parquet = _open(big)
    name = _table_of(big, parquet, table, notes)
    sink = FailureSink(max_failures)
    context = _context(paths, big, name, table, sink)
    plan = _Plan.of(name)
    rows = parquet.metadata.num_rows
    file = str(big)
    with Spill(math.ceil(rows / bucket_rows), spill_dir) as spill:
        offset = 0
        for frame in _batches(parquet, big, batch_rows):
            typed, found = check_dataset({name: frame}, context.texts, context.typed)
            sink.add(_batch_failures(plan, found, offset, file))
            _spill_batch(spill, plan, typed[name], offset)
            offset += len(frame)
        _spill_other_refs(spill, plan, context.given)
        if context.published is not None and plan.key in context.published.columns:
            ids = context.published[[plan.key]].astype({plan.key: "str"})
            spill.add("published", ids, plan.key)
        for bucket in spill:
            found = _check_bucket(spill, plan, bucket, list(context.given))
            own = [replace(f, file=file) for f in found if f.table == name]
            sink.add(own + locate([f for f in found if f.table != name], context.raws))
    notes += context.notes + context.reference_notes
    return _report(sink, context, name, rows, file, notes)


def _report(
    sink: FailureSink, context: _Context, name: str, rows: int, file: str, notes: list[str]
) -> StreamReport:
    order = {t: i for i, t in enumerate(TABLES)}
    kept = sorted(
        sink.kept, key=lambda f: (order.get(f.table, 99), f.row if f.row is not None else -1)
    )
    if sink.total > len(kept):
        notes.append(
            f"{sink.total} problems found; the first {len(kept)} are listed, the rest only counted"
        )
    return StreamReport(
        failures=kept,
        rows={**{t: len(f) for t, f in context.given.items()}, name: rows},
        files={**{t: str(raw.path) for t, raw in context.raws.items()}, name: file},
        notes=notes,
        problems=sink.total,
        by_table=dict(sink.by_table),
        by_rule=dict(sink.by_rule),
    )
