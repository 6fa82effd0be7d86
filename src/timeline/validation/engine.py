"""Validate tables lazily: every problem in every table, reported at once.

Three layers, all producing :class:`~timeline.validation.failures.Failure` records:
1. type coercion of raw cells (:mod:`timeline.validation.coerce`);
2. the pandera models, with their column checks and cross-column rules;
3. the cross-table rules of :mod:`timeline.validation.crosscheck`.

Tables that are not being validated (a contributor's single claims file) are
checked against ``reference`` tables, usually the newest bundled release.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pandera.pandas as pdr

from timeline.model import catalogue, rules, schema
from timeline.model.catalogue import Code, Scope
from timeline.model.vocab import PRIMARY_KEYS, TABLES
from timeline.validation import crosscheck
from timeline.validation.failures import Failure, short_value


@functools.cache
def _column_specs(table: str) -> dict[str, dict[str, Any]]:
    """Each column's contract entry, built once per process (reports ask per failure)."""
    return {c["name"]: c for c in schema.contract()[table]["columns"]}


def column_types(table: str) -> dict[str, str]:
    """Logical type of every column of ``table``, from the contract."""
    return {name: spec["type"] for name, spec in _column_specs(table).items()}


def describe_check(check: str, table: str, column: str | None) -> tuple[Code, str, str]:
    """(code, message, expected) for a pandera column check, in the column's own terms."""
    spec: dict[str, Any] = _column_specs(table).get(column or "", {})
    if check.startswith("isin"):
        allowed = ", ".join(spec.get("allowed", []))
        return Code.ALLOWED_VALUES, "not an allowed value", f"one of: {allowed}"
    if check.startswith("str_matches"):
        return (
            Code.PATTERN,
            "does not match the required pattern",
            f"text matching {spec.get('pattern')}",
        )
    if check.startswith("greater_than"):
        return Code.MINIMUM, "is below the minimum", f"a value >= {spec.get('minimum')}"
    if check == "not_nullable":
        return Code.REQUIRED, "a value is required here", "a non-empty value"
    if check == "field_uniqueness":
        return Code.UNIQUE_KEY, "duplicate key", "a value that no other row has"
    if check.startswith("dtype"):
        return Code.TYPE, "column has the wrong type", f"{spec.get('type', 'another')} values"
    # Every check the models declare is one of the above; anything else is a schema problem.
    return Code.SCHEMA, f"fails check {check}", check


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
                    Code.UNKNOWN_COLUMN,
                    "column is not part of the table",
                    column=str(case.failure_case),
                    expected="only the columns of the schema (see `timeline schema " + table + "`)",
                )
            )
        elif check == "column_in_dataframe":
            failures.append(
                Failure(
                    table,
                    Code.MISSING_COLUMN,
                    "required column is missing",
                    column=str(case.failure_case),
                    expected="every column of the schema",
                )
            )
        elif (rule := catalogue.info(check)) is not None and rule.scope is Scope.ROW:
            if index is None or (check, index) in seen_frame_checks:
                continue
            seen_frame_checks.add((check, index))
            values = {c: frame[c].iloc[index] for c in rule.columns if c in frame}
            shown = ", ".join(f"{c}={short_value(v)}" for c, v in values.items())
            failures.append(
                Failure(
                    table,
                    rule.code,
                    "values disagree",
                    column=rule.columns[0],
                    key=key,
                    row=index,
                    value=shown,
                    expected=rules.expectation(check, values) or rule.expected,
                )
            )
        else:
            rule_name, message, expected = describe_check(check, table, column)
            failures.append(
                Failure(
                    table,
                    rule_name,
                    message,
                    column=column,
                    key=key,
                    row=index,
                    value=short_value(case.failure_case)
                    if index is not None or rule_name is Code.TYPE
                    else None,
                    expected=expected,
                )
            )
    return failures


def _reads_unreadable(failure: Failure, unreadable: set[tuple[int | None, str | None]]) -> bool:
    rule = catalogue.info(failure.rule)
    columns = rule.columns if rule is not None and rule.columns else (failure.column,)
    return any((failure.row, column) in unreadable for column in columns)


def check_table(table: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Failure]]:
    """Coerce one table's raw values and run its pandera model lazily."""
    frame = frame.reset_index(drop=True)
    repeated = frame.columns[frame.columns.duplicated()].unique()
    shape_failures = [
        Failure(
            table,
            Code.SCHEMA,
            "the column appears more than once; only its first copy is checked",
            column=str(name),
            expected="each column once",
        )
        for name in repeated
    ]
    frame = frame.loc[:, ~frame.columns.duplicated()]
    typed, failures = _coerce(table, frame)
    failures = shape_failures + failures
    model = schema.MODELS[table]
    try:
        model.validate(typed, lazy=True)
    except pdr.errors.SchemaErrors as error:
        found = _schema_failures(table, typed, error)
        # A cell that could not be read is reported once, not again by every rule reading it.
        unreadable = {(f.row, f.column) for f in failures}
        failures.extend(f for f in found if not _reads_unreadable(f, unreadable))
    except pdr.errors.SchemaError as error:  # strict/ordered failures can raise eagerly
        failures.append(Failure(table, Code.SCHEMA, str(error).splitlines()[0]))
    return typed, failures


def _coerce(table: str, frame: pd.DataFrame) -> tuple[pd.DataFrame, list[Failure]]:
    from timeline.validation.coerce import coerce_table

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
