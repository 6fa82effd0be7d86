"""Validate tables lazily: every problem in every table, reported at once.

Three layers, all producing :class:`~timeline.report.Failure` records:
1. type coercion of raw cells (:mod:`timeline.coerce`);
2. the pandera models, with their column checks and cross-column rules;
3. the cross-table rules of :mod:`timeline.crosscheck`.

Tables that are not being validated (a contributor's single claims file) are
checked against ``reference`` tables, usually the newest bundled release.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pdr

from . import crosscheck, rules, schema
from .report import Failure, short_value
from .vocab import PRIMARY_KEYS, TABLES


@functools.cache
def _column_specs(table: str) -> dict[str, dict[str, Any]]:
    """Each column's contract entry, built once per process (reports ask per failure)."""
    return {c["name"]: c for c in schema.contract()[table]["columns"]}


def column_types(table: str) -> dict[str, str]:
    """Logical type of every column of ``table``, from the contract."""
    return {name: spec["type"] for name, spec in _column_specs(table).items()}


def _expected_for_check(check: str, table: str, column: str | None) -> tuple[str, str, str]:
    """(rule, message, expected) for a pandera check name."""
    spec: dict[str, Any] = _column_specs(table).get(column or "", {})
    if check.startswith("isin"):
        allowed = ", ".join(spec.get("allowed", []))
        return "allowed_values", "not an allowed value", f"one of: {allowed}"
    if check.startswith("str_matches"):
        return (
            "pattern",
            "does not match the required pattern",
            f"text matching {spec.get('pattern')}",
        )
    if check.startswith("greater_than"):
        return "minimum", "is below the minimum", f"a value >= {spec.get('minimum')}"
    if check == "not_nullable":
        return "required", "a value is required here", "a non-empty value"
    if check == "field_uniqueness":
        return "unique_key", "duplicate key", "a value that no other row has"
    if check.startswith("dtype"):
        return "type", "column has the wrong type", f"{spec.get('type', 'another')} values"
    return check, f"fails check {check}", check


def _schema_failures(table: str, frame: pd.DataFrame, error: Any) -> list[Failure]:
    key_column = PRIMARY_KEYS[table]
    cases = error.failure_cases
    failures: list[Failure] = []
    seen_frame_checks: set[tuple[str, int]] = set()
    for case in cases.itertuples(index=False):
        check = str(case.check)
        column = None if pd.isna(case.column) else str(case.column)
        index = None if case.index is None or pd.isna(case.index) else int(case.index)
        key = None
        if index is not None and key_column in frame.columns:
            raw_key = frame[key_column].iloc[index]
            key = None if pd.isna(raw_key) else str(raw_key)
        if check == "column_in_schema":
            failures.append(
                Failure(
                    table,
                    "unknown_column",
                    "column is not part of the table",
                    column=str(case.failure_case),
                    expected="only the columns of the schema (see `timeline schema " + table + "`)",
                )
            )
        elif check == "column_in_dataframe":
            failures.append(
                Failure(
                    table,
                    "missing_column",
                    "required column is missing",
                    column=str(case.failure_case),
                    expected="every column of the schema",
                )
            )
        elif check in rules.RULES:
            if index is None or (check, index) in seen_frame_checks:
                continue
            seen_frame_checks.add((check, index))
            rule = rules.RULES[check]
            values = {c: frame[c].iloc[index] for c in rule.columns if c in frame}
            shown = ", ".join(f"{c}={short_value(v)}" for c, v in values.items())
            failures.append(
                Failure(
                    table,
                    check,
                    "values disagree",
                    column=rule.columns[0],
                    key=key,
                    row=index,
                    value=shown,
                    expected=rules.expectation(check, values) or rule.expected,
                )
            )
        else:
            rule_name, message, expected = _expected_for_check(check, table, column)
            failures.append(
                Failure(
                    table,
                    rule_name,
                    message,
                    column=column,
                    key=key,
                    row=index,
                    value=short_value(case.failure_case)
                    if index is not None or rule_name == "type"
                    else None,
                    expected=expected,
                )
            )
    return failures


def _reads_unreadable(failure: Failure, unreadable: set[tuple[int | None, str | None]]) -> bool:
    rule = rules.RULES.get(failure.rule)
    columns = rule.columns if rule is not None else (failure.column,)
    return any((failure.row, column) in unreadable for column in columns)


def check_table(table: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Failure]]:
    """Coerce one table's raw values and run its pandera model lazily."""
    frame = frame.reset_index(drop=True)
    typed, failures = _coerce(table, frame)
    model = schema.MODELS[table]
    try:
        model.validate(typed, lazy=True)
    except pdr.errors.SchemaErrors as error:
        found = _schema_failures(table, typed, error)
        # A cell that could not be read is reported once, not again by every rule reading it.
        unreadable = {(f.row, f.column) for f in failures}
        failures.extend(f for f in found if not _reads_unreadable(f, unreadable))
    except pdr.errors.SchemaError as error:  # strict/ordered failures can raise eagerly
        failures.append(Failure(table, "schema", str(error).splitlines()[0]))
    return typed, failures


def _coerce(table: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Failure]]:
    from .coerce import coerce_table

    typed, failures = coerce_table(table, frame, column_types(table))
    key_column = PRIMARY_KEYS[table]
    if key_column in typed.columns and failures:
        keys = typed[key_column]
        failures = [
            Failure(
                **{
                    **f.as_dict(),
                    "key": None if pd.isna(keys.iloc[f.row]) else str(keys.iloc[f.row]),
                }
            )
            if f.row is not None
            else f
            for f in failures
        ]
    return typed, failures


def check_dataset(
    frames: Mapping[str, pd.DataFrame],
    texts: crosscheck.TextLookup,
    reference: Mapping[str, pd.DataFrame] | None = None,
) -> tuple[dict[str, pd.DataFrame], list[Failure]]:
    """Validate the given tables and every rule between them and ``reference``.

    Returns the typed frames and the failures (empty when valid), in table order.
    """
    typed: dict[str, pd.DataFrame] = {}
    failures: list[Failure] = []
    for table in TABLES:
        if table in frames:
            typed[table], found = check_table(table, frames[table])
            failures.extend(found)
    ref = dict(reference or {})
    failures.extend(crosscheck.foreign_keys(typed, PRIMARY_KEYS, ref))
    claims = typed.get("claims")
    sources = typed.get("sources", ref.get("sources"))
    if claims is not None:
        failures.extend(crosscheck.restated_claims_share_event(claims))
        failures.extend(crosscheck.quotes_match_texts(claims, sources, texts))
        failures.extend(crosscheck.claims_not_after_publication(claims, sources))
    elif "sources" in typed:
        failures.extend(crosscheck.quotes_match_texts(pd.DataFrame(), sources, texts))
    return typed, failures


def locate(failures: list[Failure], raws: Mapping[str, Any]) -> list[Failure]:
    """Add the file and line each failure's row was read from (``raws``: table -> RawTable)."""
    out = []
    for failure in failures:
        raw = raws.get(failure.table)
        if raw is None:
            out.append(failure)
            continue
        out.append(
            Failure(
                **{
                    **failure.as_dict(),
                    "file": str(raw.path),
                    "line": raw.line_of(failure.row, failure.column),
                }
            )
        )
    return out


@dataclass
class Report:
    """The outcome of validating some inputs."""

    failures: list[Failure]
    rows: dict[str, int]
    files: dict[str, str]
    notes: list[str]

    @property
    def valid(self) -> bool:
        return not self.failures

    def counts(self) -> tuple[int, dict[str, int], dict[str, int]]:
        """Problems in all, by table and by rule (a capped report counts beyond its list)."""
        from collections import Counter

        by_table = dict(Counter(f.table for f in self.failures))
        by_rule = dict(Counter(f.rule for f in self.failures))
        return len(self.failures), by_table, by_rule

    def summary(self) -> str:
        """'valid', or 'N problems: a in claims, b in events'."""
        total, by_table, _ = self.counts()
        if not total:
            return "valid"
        detail = ", ".join(f"{n} in {table}" for table, n in sorted(by_table.items()))
        return f"{total} {'problem' if total == 1 else 'problems'}: {detail}"

    def as_dict(self) -> dict[str, Any]:
        total, by_table, by_rule = self.counts()
        return {
            "valid": self.valid,
            "summary": self.summary(),
            "problems": total,
            "problems_by_table": by_table,
            "problems_by_rule": by_rule,
            "rows": self.rows,
            "files": self.files,
            "notes": self.notes,
            "failures": [f.as_dict() for f in self.failures],
        }


def validate_paths(
    paths: Sequence[Path], table: str | None = None, *, stream: bool | None = None
) -> Report:
    """Validate files or folders together; tables not given come from the bundled release.

    Raises :class:`~timeline.errors.InputError` for input that cannot be read at
    all; data problems are returned in the report, all of them.  A Parquet file
    above ``TIMELINE_STREAM_THRESHOLD`` bytes (default 256 MiB) (or any, with ``stream=True``)
    is validated batch by batch with flat memory (:mod:`timeline.stream`).
    """
    from .inputs import ChainedTexts, collect, reference_tables
    from .stream import streamed_file, validate_streaming

    big = streamed_file(paths, stream)
    if big is not None:
        return validate_streaming(paths, big, table)
    inputs = collect(paths, table)
    missing = [t for t in TABLES if t not in inputs.tables]
    reference, ref_version = reference_tables(missing)
    notes = list(inputs.notes)
    if missing and ref_version:
        notes.append(f"checked against bundled release {ref_version} for: {', '.join(missing)}")
    frames = {t: raw.frame for t, raw in inputs.tables.items()}
    _, failures = check_dataset(frames, ChainedTexts(inputs.text_folders), reference)
    for table, raw in inputs.tables.items():
        failures.extend(storage_type_failures(table, raw.arrow_types))
    table_order = {t: i for i, t in enumerate(TABLES)}
    failures = inputs.failures + sorted(
        locate(failures, inputs.tables),
        key=lambda f: (table_order.get(f.table, 99), f.row if f.row is not None else -1),
    )
    return Report(
        failures=failures,
        rows={t: len(raw.frame) for t, raw in inputs.tables.items()},
        files={t: str(raw.path) for t, raw in inputs.tables.items()},
        notes=notes,
    )


STORAGE_TYPES = {"string": ("string",), "integer": ("int64",), "date": ("date32",)}


def storage_type_failures(table: str, arrow_types: Mapping[str, Any]) -> list[Failure]:
    """Columns a typed file (Parquet) stores with the wrong type: dates as text, counts as floats.

    The values may still convert, so this is reported once per column rather than per cell;
    published files must use the types any Parquet reader understands.
    """
    if not arrow_types:
        return []
    import pyarrow as pa

    accepts = {
        "string": lambda t: pa.types.is_string(t) or pa.types.is_large_string(t),
        "integer": pa.types.is_integer,
        "date": lambda t: pa.types.is_date32(t) or pa.types.is_date64(t),
    }
    failures = []
    for column, kind in column_types(table).items():
        arrow_type = arrow_types.get(column)
        if arrow_type is None or pa.types.is_null(arrow_type) or accepts[kind](arrow_type):
            continue
        failures.append(
            Failure(
                table,
                "storage_type",
                f"column is stored as {arrow_type}",
                column=column,
                value=str(arrow_type),
                expected=f"a Parquet {STORAGE_TYPES[kind][0]} column ({kind} values)",
            )
        )
    return failures
