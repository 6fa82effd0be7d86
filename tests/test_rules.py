"""Each validation rule, shown failing on a minimal change to the curated rows."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import pandas as pd
import pytest

from timeline.io import curated
from timeline.validation.engine import check_dataset
from timeline.validation.failures import Failure

from conftest import DATASETS

D = dt.date


@functools.cache
def _curated() -> dict[str, pd.DataFrame]:
    """The curated rows as read from datasets/, parsed once per process (never changed)."""
    return {t: r.frame for t, r in curated.read_tables(DATASETS).items()}


def _frames() -> dict[str, pd.DataFrame]:
    """A fresh copy of the curated rows, for one test to change."""
    return {t: frame.copy() for t, frame in _curated().items()}


def _texts() -> curated.TextFolder:
    return curated.TextFolder(DATASETS / "sources")


def _row(frame: pd.DataFrame, key_col: str, key: str) -> int:
    return int(frame.index[frame[key_col] == key][0])


def _failures(mutate: Callable[[dict[str, pd.DataFrame]], None]) -> list[Failure]:
    frames = _frames()
    mutate(frames)
    _, failures = check_dataset(frames, _texts())
    return failures


def _set(table: str, key: str, **values: object) -> Callable[[dict[str, pd.DataFrame]], None]:
    key_col = {
        "claims": "claim_id",
        "events": "event_id",
        "sources": "source_id",
        "actors": "actor_id",
    }[table]

    def mutate(frames: dict[str, pd.DataFrame]) -> None:
        frame = frames[table]
        row = _row(frame, key_col, key)
        for column, value in values.items():
            frame.at[row, column] = value

    return mutate


def test_curated_rows_are_valid() -> None:
    assert _failures(lambda frames: None) == []


CASES = [
    # (description, mutation, table, key, rule, column)
    (
        "unknown enum value",
        _set("events", "ev-0001", event_type="battle"),
        "events",
        "ev-0001",
        "allowed_values",
        "event_type",
    ),
    (
        "bad id pattern",
        _set("claims", "cl-0003", claim_id="claim-3"),
        "claims",
        "claim-3",
        "pattern",
        "claim_id",
    ),
    (
        "missing required value",
        _set("events", "ev-0002", summary=None),
        "events",
        "ev-0002",
        "required",
        "summary",
    ),
    (
        "negative number",
        _set("claims", "cl-0003", value=-5, value_low=-5),
        "claims",
        "cl-0003",
        "minimum",
        "value",
    ),
    (
        "not a date",
        _set("events", "ev-0001", date_end="last Monday"),
        "events",
        "ev-0001",
        "type",
        "date_end",
    ),
    (
        "start after end",
        _set("events", "ev-0009", date_start=D(2024, 11, 1)),
        "events",
        "ev-0009",
        "event_start_not_after_end",
        "date_start",
    ),
    (
        "day spanning two days",
        _set("events", "ev-0001", date_start=D(2024, 12, 22)),
        "events",
        "ev-0001",
        "event_dates_agree_with_precision",
        "date_start",
    ),
    (
        "week of six days",
        _set("events", "ev-0013", date_end=D(2024, 12, 21)),
        "events",
        "ev-0013",
        "event_dates_agree_with_precision",
        "date_start",
    ),
    (
        "month not a whole month",
        _set("events", "ev-0022", date_end=D(2024, 11, 29)),
        "events",
        "ev-0022",
        "event_dates_agree_with_precision",
        "date_start",
    ),
    (
        "month across two months",
        _set("events", "ev-0022", date_end=D(2024, 12, 31)),
        "events",
        "ev-0022",
        "event_dates_agree_with_precision",
        "date_start",
    ),
    (
        "year not a whole year",
        _set("events", "ev-0021", date_start=D(2025, 5, 1)),
        "events",
        "ev-0021",
        "event_dates_agree_with_precision",
        "date_start",
    ),
    (
        "open start on a day",
        _set("events", "ev-0001", date_start=None),
        "events",
        "ev-0001",
        "event_start_given_unless_range",
        "date_start",
    ),
    (
        "claim date vs precision",
        _set("claims", "cl-0018", stated_end=D(2024, 10, 15)),
        "claims",
        "cl-0018",
        "stated_dates_agree_with_precision",
        "stated_on",
    ),
    (
        "more_than with wrong low",
        _set("claims", "cl-0001", value_low=3000),
        "claims",
        "cl-0001",
        "qualifier_agrees_with_bounds",
        "qualifier",
    ),
    (
        "at_least with an upper bound",
        _set("claims", "cl-0003", value_high=5000),
        "claims",
        "cl-0003",
        "qualifier_agrees_with_bounds",
        "qualifier",
    ),
    (
        "up_to with a lower bound",
        _set("claims", "cl-0004", value_low=1),
        "claims",
        "cl-0004",
        "qualifier_agrees_with_bounds",
        "qualifier",
    ),
    (
        "exact with low != value",
        _set("claims", "cl-0019", qualifier="exact", value_low=19999, value_high=20000),
        "claims",
        "cl-0019",
        "qualifier_agrees_with_bounds",
        "qualifier",
    ),
    (
        "about with invented bounds outside value",
        _set("claims", "cl-0018", value_high=6000),
        "claims",
        "cl-0018",
        "qualifier_agrees_with_bounds",
        "qualifier",
    ),
    (
        "bounds without a qualifier",
        _set("claims", "cl-0010", value_low=10),
        "claims",
        "cl-0010",
        "qualifier_agrees_with_bounds",
        "qualifier",
    ),
    (
        "quantity without unit",
        _set("claims", "cl-0003", unit=None),
        "claims",
        "cl-0003",
        "qualifier_agrees_with_bounds",
        "qualifier",
    ),
    (
        "range with low > high",
        _set("claims", "cl-0018", qualifier="range", value=None, value_low=8000, value_high=6000),
        "claims",
        "cl-0018",
        "qualifier_agrees_with_bounds",
        "qualifier",
    ),
    (
        "quote length vs offsets",
        _set("claims", "cl-0001", quote_end=600),
        "claims",
        "cl-0001",
        "quote_length_matches_offsets",
        "quote",
    ),
    (
        "quote not in the text",
        _set("claims", "cl-0003", quote="at least 1,200 North Korean troops"),
        "claims",
        "cl-0003",
        "quote_in_source",
        "quote",
    ),
    (
        "quote at the wrong offsets",
        _set("claims", "cl-0001", quote_start=481, quote_end=615),
        "claims",
        "cl-0001",
        "quote_in_source",
        "quote",
    ),
    (
        "dangling event",
        _set("claims", "cl-0001", event_id="ev-9999"),
        "claims",
        "cl-0001",
        "foreign_key",
        "event_id",
    ),
    (
        "dangling claimant",
        _set("claims", "cl-0001", claimant_id="nobody"),
        "claims",
        "cl-0001",
        "foreign_key",
        "claimant_id",
    ),
    (
        "dangling source",
        _set("claims", "cl-0001", source_id="no-such-report"),
        "claims",
        "cl-0001",
        "foreign_key",
        "source_id",
    ),
    (
        "dangling event actor",
        _set("events", "ev-0001", actor_ids="prk;nobody"),
        "events",
        "ev-0001",
        "foreign_key",
        "actor_ids",
    ),
    (
        "restates a claim about another event",
        _set("claims", "cl-0002", restates="cl-0004"),
        "claims",
        "cl-0002",
        "restates_same_event",
        "restates",
    ),
    (
        "claim dated after publication",
        _set("claims", "cl-0003", stated_on=D(2024, 12, 24), stated_end=D(2024, 12, 24)),
        "claims",
        "cl-0003",
        "stated_before_publication",
        "stated_on",
    ),
    (
        "range ending after publication",
        _set("claims", "cl-0004", stated_end=D(2024, 12, 24)),
        "claims",
        "cl-0004",
        "stated_before_publication",
        "stated_end",
    ),
    (
        "text hash differs",
        _set("sources", "rfa-2024-12-23-north-korea-kursk", text_sha256="0" * 64),
        "sources",
        "rfa-2024-12-23-north-korea-kursk",
        "text_sha256",
        "text_sha256",
    ),
]


@pytest.mark.parametrize(
    ("mutation", "table", "key", "rule", "column"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_rule_fails_on_bad_row(mutation, table, key, rule, column) -> None:
    failures = _failures(mutation)
    matching = [
        f for f in failures if (f.table, f.key, f.rule, f.column) == (table, key, rule, column)
    ]
    assert matching, f"no {rule} failure for {table}[{key}].{column}; got {failures}"
    assert matching[0].expected, "every failure says what was expected"


def test_duplicate_keys_are_reported_on_both_rows() -> None:
    def duplicate(frames: dict[str, pd.DataFrame]) -> None:
        frames["actors"].at[1, "actor_id"] = frames["actors"].at[0, "actor_id"]

    failures = [f for f in _failures(duplicate) if f.rule == "unique_key"]
    assert {f.row for f in failures} == {0, 1}
    assert all(f.table == "actors" and f.column == "actor_id" for f in failures)


def test_missing_and_unknown_columns() -> None:
    def reshape(frames: dict[str, pd.DataFrame]) -> None:
        frames["events"] = frames["events"].drop(columns=["date_kind"]).assign(colour="red")

    failures = _failures(reshape)
    rules = {(f.rule, f.column) for f in failures if f.table == "events"}
    assert ("missing_column", "date_kind") in rules
    assert ("unknown_column", "colour") in rules


def test_failures_are_all_reported_at_once() -> None:
    def break_three(frames: dict[str, pd.DataFrame]) -> None:
        _set("events", "ev-0001", event_type="battle")(frames)
        _set("claims", "cl-0001", value_low=3000)(frames)
        _set("claims", "cl-0003", claimant_id="nobody")(frames)

    rules = sorted(f.rule for f in _failures(break_three))
    assert rules == ["allowed_values", "foreign_key", "qualifier_agrees_with_bounds"]


@pytest.mark.parametrize(
    ("key", "values", "expected"),
    [
        ("cl-0001", {"value_low": 3000}, "value_low = 3001 and no value_high"),
        ("cl-0003", {"value_high": 5000}, "value_low = 1100 and no value_high"),
        ("cl-0004", {"value_low": 1}, "value_high = 12000 and no value_low"),
        (
            "cl-0019",
            {"qualifier": "exact", "value_low": 19999, "value_high": 20000},
            "value_low = value_high = 20000",
        ),
        ("cl-0018", {"value_high": 6000}, "no bounds unless the source states them"),
        ("cl-0010", {"value_low": 10}, "no qualifier, so value, value_low, value_high and unit"),
        (
            "cl-0018",
            {"qualifier": "range", "value": None, "value_low": 8000, "value_high": 6000},
            "value_low < value_high, value empty",
        ),
    ],
)
def test_bounds_failures_say_what_this_row_needs(
    key: str, values: dict[str, object], expected: str
) -> None:
    failures = [
        f
        for f in _failures(_set("claims", key, **values))
        if f.rule == "qualifier_agrees_with_bounds"
    ]
    assert len(failures) == 1
    assert failures[0].key == key
    assert failures[0].expected == expected or expected in (failures[0].expected or "")


def test_missing_archived_text_is_reported() -> None:
    frames = _frames()
    _, failures = check_dataset(frames, lambda source_id: None)
    rules = {(f.table, f.rule, f.key) for f in failures}
    assert ("sources", "archived_text", "rfa-2024-12-23-north-korea-kursk") in rules


def test_an_unreadable_cell_is_reported_once() -> None:
    failures = _failures(_set("claims", "cl-0001", value="3k"))
    assert [(f.rule, f.column, f.key) for f in failures] == [("type", "value", "cl-0001")]
