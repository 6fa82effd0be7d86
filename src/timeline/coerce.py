"""Turn raw cell values into the model's dtypes, reporting cells that will not convert.

Raw values come from CSV (all strings), YAML (strings, ints, dates) or Parquet
(typed).  Each column is converted to its logical type from the contract:
text to ``str``, integers to ``Int64``, dates to ``datetime.date``.  A value
that cannot be converted becomes missing and is reported as a type failure, so
one bad cell never hides the others.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from .report import Failure, short_value


def _to_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            raise ValueError
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, str):
        return dt.date.fromisoformat(value.strip()) if len(value.strip()) == 10 else _bad()
    raise ValueError


def _bad() -> dt.date:
    raise ValueError


def _to_int(value: Any) -> int:
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise ValueError
    if isinstance(value, str):
        return int(value.strip())
    return int(value)


def _to_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (dt.date, int, float)) and not isinstance(value, bool):
        return str(value)
    raise ValueError


CONVERTERS = {"date": _to_date, "integer": _to_int, "string": _to_str}
EXPECTED = {
    "date": "a date as YYYY-MM-DD",
    "integer": "a whole number",
    "string": "text",
}


def _missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _typed_already(series: pd.Series, kind: str) -> bool:
    dtype = series.dtype
    if kind == "integer":
        return isinstance(dtype, pd.Int64Dtype)
    if kind == "string":
        return isinstance(dtype, pd.StringDtype)
    return False


def coerce_table(
    table: str, frame: pd.DataFrame, types: dict[str, str]
) -> tuple[pd.DataFrame, list[Failure]]:
    """Convert each known column of ``frame`` to its logical type.

    Unknown columns are left as they are (the schema reports them); failures
    carry the row position, and the caller adds file, line and key.
    """
    failures: list[Failure] = []
    out = frame.copy()
    for column, kind in types.items():
        if column not in frame.columns:
            continue
        series = frame[column]
        if _typed_already(series, kind):
            continue
        if kind == "integer" and pd.api.types.is_integer_dtype(series.dtype):
            out[column] = series.astype("Int64")
            continue
        convert = CONVERTERS[kind]
        values: list[Any] = []
        for row, value in enumerate(series.tolist()):
            if _missing(value):
                values.append(None)
                continue
            try:
                values.append(convert(value))
            except (ValueError, TypeError, OverflowError):
                values.append(None)
                failures.append(
                    Failure(
                        table=table,
                        rule="type",
                        message=f"cannot read this value as {kind}",
                        column=column,
                        row=row,
                        value=short_value(value),
                        expected=EXPECTED[kind],
                    )
                )
        if kind == "integer":
            out[column] = pd.array(values, dtype="Int64")
        elif kind == "string":
            out[column] = pd.Series(values, index=frame.index, dtype="str")
        else:
            out[column] = pd.Series(values, index=frame.index, dtype=object)
    return out, failures
