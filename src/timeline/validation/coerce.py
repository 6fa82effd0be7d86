"""Turn raw cell values into the model's dtypes, reporting cells that will not convert.

Raw values come from CSV (all strings), YAML (strings, ints, dates) or Parquet
(typed).  Each column is converted to its logical type from the contract:
text to ``str``, integers to ``Int64``, dates to ``datetime.date``.  A value
that cannot be converted becomes missing and is reported as a type failure, so
one bad cell never hides the others.

Conversion is vectorised: each column first goes through a fast path that only
accepts cells it is sure about (strings that are plainly ``YYYY-MM-DD`` or
plain digits, ``datetime.date`` objects, whole floats...).  Whatever is left
goes cell by cell through the reference converters below, so results and
failure messages are exactly those of the per-cell rules, while a clean
million-row column costs a few vectorised passes instead of a Python loop.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from timeline.model.catalogue import Code
from timeline.validation.failures import Failure, short_value


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
        number = value
    elif isinstance(value, float):
        if not value.is_integer():
            raise ValueError
        number = int(value)
    elif isinstance(value, str):
        number = int(value.strip())
    else:
        number = int(value)
    if not -_INT64_LIMIT <= number < _INT64_LIMIT:
        raise OverflowError  # published files store 64-bit integers
    return number


def _to_str(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (dt.date, int, float)) and not isinstance(value, bool):
        return str(value)
    raise ValueError


Converter = Callable[[Any], Any]
CONVERTERS: dict[str, Converter] = {"date": _to_date, "integer": _to_int, "string": _to_str}
EXPECTED = {
    "date": "a date as YYYY-MM-DD",
    "integer": "a whole number within ±9,223,372,036,854,775,807 (64-bit)",
    "string": "text",
}

_INT64_LIMIT = 2.0**63


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


class _Column:
    """One column being converted: raw values, missing mask, result and what is left."""

    def __init__(self, series: pd.Series) -> None:
        self.series = series
        self.size = len(series)
        self.missing = series.isna().to_numpy(dtype=bool)
        self.done = self.missing.copy()
        self.result = np.full(self.size, None, dtype=object)
        self.bad: list[tuple[int, Any]] = []
        self._raw: np.ndarray[Any, Any] | None = None
        self.inferred = (
            pd.api.types.infer_dtype(series, skipna=True) if series.dtype == object else ""
        )

    @property
    def raw(self) -> np.ndarray[Any, Any]:
        """The cell values as Python objects, as ``Series.tolist()`` gives them."""
        if self._raw is None:
            if self.series.dtype == object:
                self._raw = self.series.to_numpy()
            else:
                self._raw = np.empty(self.size, dtype=object)
                self._raw[:] = self.series.tolist()
        return self._raw

    def strings(self) -> np.ndarray[Any, Any]:
        """Positions of cells that hold ``str`` values (object columns only)."""
        if self.series.dtype != object:
            return np.empty(0, dtype=np.intp)
        if self.inferred == "string":
            return np.flatnonzero(~self.missing)
        is_str = np.fromiter((type(v) is str for v in self.raw), dtype=bool, count=self.size)
        return np.flatnonzero(is_str & ~self.missing)

    def accept(self, positions: np.ndarray[Any, Any], values: Any) -> None:
        self.result[positions] = values
        self.done[positions] = True

    def convert_distinct(self, positions: np.ndarray[Any, Any], convert: Converter) -> None:
        """Run ``convert`` once per distinct value at ``positions`` (all of one type).

        Real columns repeat their values (dates, offsets, counts), so this is
        the per-cell rule at the cost of a hash pass; failing values are kept
        with their rows for the report.
        """
        if not len(positions):
            return
        codes, uniques = pd.factorize(self.raw[positions])
        converted = np.full(len(uniques), None, dtype=object)
        failed = np.zeros(len(uniques), dtype=bool)
        for i, value in enumerate(uniques.tolist() if hasattr(uniques, "tolist") else uniques):
            try:
                converted[i] = convert(value)
            except (ValueError, TypeError, OverflowError):
                failed[i] = True
        self.accept(positions, converted[codes])
        if failed.any():
            rows = positions[failed[codes]]
            self.bad.extend((int(row), self.raw[row]) for row in rows)


def _fast_integer(column: _Column) -> None:
    series = column.series
    if pd.api.types.is_float_dtype(series.dtype):
        numbers = series.to_numpy(dtype=float, na_value=np.nan)
        with np.errstate(invalid="ignore"):
            whole = np.isfinite(numbers) & (np.floor(numbers) == numbers)
            whole &= np.abs(numbers) < _INT64_LIMIT
        positions = np.flatnonzero(whole)
        column.accept(positions, numbers[positions].astype(np.int64).astype(object))
        return
    if series.dtype != object:
        return
    if column.inferred == "integer":
        positions = np.flatnonzero(~column.missing)
        # Numbers beyond int64 go cell by cell (and fail where Int64 must).
        with contextlib.suppress(OverflowError):
            column.accept(positions, column.raw[positions].astype(np.int64).astype(object))
        return
    column.convert_distinct(_plain_digits(column, column.strings()), _to_int)


def _plain_digits(column: _Column, positions: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Accept the strings of 1 to 18 ASCII digits, in one pass; return the other positions.

    ``int()`` reads such a string as exactly that number (no sign, blank, ``_`` or
    other script's digits to interpret), and 18 digits always fit an int64.
    """
    if not len(positions):
        return positions
    import pyarrow as pa
    import pyarrow.compute as pc

    values = pa.array(column.raw[positions], type=pa.string())
    found = pc.match_substring_regex(values, r"^[0-9]{1,18}$").fill_null(False)
    plain = np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)
    if plain.any():
        numbers = pc.cast(values.filter(found), pa.int64()).to_numpy(zero_copy_only=False)
        column.accept(positions[plain], numbers.astype(object))
    rest: np.ndarray[Any, Any] = positions[~plain]
    return rest


def _fast_date(column: _Column) -> None:
    series = column.series
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        midnight = (series == series.dt.normalize()).to_numpy(dtype=bool, na_value=False)
        positions = np.flatnonzero(midnight)
        column.accept(positions, series.dt.date.to_numpy()[positions])
        return
    if series.dtype != object:
        return
    column.convert_distinct(column.strings(), _to_date)


def _fast_string(column: _Column) -> None:
    positions = column.strings()
    if len(positions):
        column.accept(positions, column.raw[positions])


FAST_PATHS: dict[str, Callable[[_Column], None]] = {
    "date": _fast_date,
    "integer": _fast_integer,
    "string": _fast_string,
}


_PYTHON_TYPES: dict[str, type] = {"date": dt.date, "integer": int, "string": str}


def _uniform(series: pd.Series, kind: str) -> Any:
    """The converted column when every cell is None or exactly the right Python type.

    The common case for YAML and Parquet input (and for CSV text columns):
    one pass collecting the cells' types, one array construction, no per-cell
    conversion.  Exact types only (a ``datetime`` is not a ``date``, a ``bool``
    not an ``int``).  Returns None when the column needs the general path.
    """
    if series.dtype != object:
        return None
    present = set(map(type, series.to_numpy())) - {type(None)}
    if not present <= {_PYTHON_TYPES[kind]}:
        return None
    if kind == "string":
        return pd.Series(series.to_numpy(), index=series.index, dtype="str")
    if kind == "integer":
        try:
            return pd.array(series.to_numpy(), dtype="Int64")
        except (OverflowError, TypeError, ValueError):
            return None
    return series


def _convert_column(
    table: str, name: str, series: pd.Series, kind: str
) -> tuple[Any, list[Failure]]:
    """Convert one column: fast path first, then the per-cell rules for what is left."""
    if isinstance(series.dtype, pd.StringDtype) and kind != "string":
        # Text columns (CSV read by Arrow, Parquet strings) go as the csv module gives them.
        values = series.to_numpy(dtype=object)
        values[series.isna().to_numpy(dtype=bool)] = None
        series = pd.Series(values, index=series.index, dtype=object)
    uniform = _uniform(series, kind)
    if uniform is not None:
        return uniform, []
    column = _Column(series)
    FAST_PATHS[kind](column)
    convert = CONVERTERS[kind]
    for row in np.flatnonzero(~column.done).tolist():
        value = column.raw[row]
        if _missing(value):
            continue
        try:
            column.result[row] = convert(value)
        except (ValueError, TypeError, OverflowError):
            column.result[row] = None
            column.bad.append((row, value))
    failures = [
        Failure(
            table=table,
            rule=Code.TYPE,
            message=f"cannot read this value as {kind}",
            column=name,
            row=row,
            value=short_value(value),
            expected=EXPECTED[kind],
        )
        for row, value in sorted(column.bad, key=lambda item: item[0])
    ]
    if kind == "integer":
        return _int_array(column.result), failures
    if kind == "string":
        return pd.Series(column.result, index=series.index, dtype="str"), failures
    return pd.Series(column.result, index=series.index, dtype=object), failures


def _int_array(values: np.ndarray[Any, Any]) -> Any:
    """Object array of Python ints and None to a nullable Int64 array."""
    mask = pd.isna(values)
    if not mask.any():
        try:
            return pd.array(values.astype(np.int64), dtype="Int64")
        except OverflowError:
            pass
    return pd.array(values, dtype="Int64")


def coerce_table(
    table: str, frame: pd.DataFrame, types: dict[str, str]
) -> tuple[pd.DataFrame, list[Failure]]:
    """Convert each known column of ``frame`` to its logical type.

    Unknown columns are left as they are (the schema reports them); failures
    carry the row position, and the caller adds file, line and key.
    """
    failures: list[Failure] = []
    out = frame.copy(deep=False)
    for column, kind in types.items():
        if column not in frame.columns:
            continue
        series = frame[column]
        if _typed_already(series, kind):
            continue
        if kind == "integer" and pd.api.types.is_integer_dtype(series.dtype):
            out[column] = series.astype("Int64")
            continue
        out[column], found = _convert_column(table, column, series, kind)
        failures.extend(found)
    return out, failures
