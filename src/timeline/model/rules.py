"""Row-level rules that span several columns of one table, vectorised.

Each rule is a function ``frame -> boolean Series`` (True where the row is
fine, missing inputs count as fine unless the rule is about them).  The pandera
models attach them as dataframe checks under their :class:`~timeline.model.catalogue.Code`;
the catalogue says which columns each rule reads and what it expects.
"""

from __future__ import annotations

import pandas as pd

from timeline.model.catalogue import Code


def _all_true(frame: pd.DataFrame) -> pd.Series:
    return pd.Series(True, index=frame.index)


def _has(frame: pd.DataFrame, *columns: str) -> bool:
    """Missing columns are reported by the schema; a rule needing them passes."""
    return all(c in frame.columns for c in columns)


def _as_datetime(series: pd.Series) -> pd.Series:
    """datetime.date objects (or strings) to datetime64; unparsable values become NaT."""
    return pd.to_datetime(series, errors="coerce")


def dates_agree_with_precision(
    frame: pd.DataFrame, start_col: str, end_col: str, precision_col: str
) -> pd.Series:
    """Start and end must span exactly what the precision says.

    day: start == end; week: Monday to Sunday; month: one whole calendar month; year: one
    whole calendar year; range: start (if given) strictly before end.  Only a
    range may leave its start open.
    """
    if not _has(frame, start_col, end_col, precision_col):
        return _all_true(frame)
    start = _as_datetime(frame[start_col])
    end = _as_datetime(frame[end_col])
    precision = frame[precision_col].astype(object)
    ok = pd.Series(True, index=frame.index)
    has_start = start.notna()
    has_end = end.notna()

    is_day = precision == "day"
    ok &= ~is_day | (has_start & (start == end))

    is_week = precision == "week"
    week_ok = has_start & (start.dt.day_of_week == 0) & ((end - start) == pd.Timedelta(days=6))
    ok &= ~is_week | week_ok

    is_month = precision == "month"
    month_ok = (
        has_start
        & (start.dt.day == 1)
        & (end.dt.is_month_end.fillna(False).astype(bool))
        & (start.dt.year == end.dt.year)
        & (start.dt.month == end.dt.month)
    )
    ok &= ~is_month | month_ok

    is_year = precision == "year"
    year_ok = (
        has_start
        & (start.dt.month == 1)
        & (start.dt.day == 1)
        & (end.dt.month == 12)
        & (end.dt.day == 31)
        & (start.dt.year == end.dt.year)
    )
    ok &= ~is_year | year_ok

    is_range = precision == "range"
    ok &= ~is_range | ~has_start | (start < end)
    # A missing end is reported by the nullability check; don't report it twice.
    ok |= ~has_end
    result: pd.Series = ok.fillna(False).astype(bool)
    return result


def start_not_after_end(frame: pd.DataFrame, start_col: str, end_col: str) -> pd.Series:
    """An interval's start never lies after its end."""
    if not _has(frame, start_col, end_col):
        return _all_true(frame)
    start = _as_datetime(frame[start_col])
    end = _as_datetime(frame[end_col])
    return (start.isna() | end.isna() | (start <= end)).astype(bool)


def _bound_equals(bound: pd.Series, target: pd.Series) -> pd.Series:
    return (bound.notna() & target.notna() & (bound == target)).fillna(False).astype(bool)


def qualifier_agrees_with_bounds(frame: pd.DataFrame) -> pd.Series:
    """Bounds follow from the qualifier and are never invented.

    No qualifier: no value, no bounds, no unit.  exact: low = high = value.
    more_than: low = value + 1, no high.  at_least: low = value, no high.
    up_to: high = value, no low.  less_than: high = value - 1, no low.
    about: bounds only if stated, and then they bracket the value.
    range: low < high, no single value.  Every quantity has a unit.
    """
    if not _has(frame, "qualifier", "value", "value_low", "value_high", "unit"):
        return _all_true(frame)
    q = frame["qualifier"].astype(object)
    value = frame["value"].astype("Int64")
    low = frame["value_low"].astype("Int64")
    high = frame["value_high"].astype("Int64")
    unit = frame["unit"]
    has_low, has_high, has_value = low.notna(), high.notna(), value.notna()

    none = q.isna()
    ok = ~none | (~has_value & ~has_low & ~has_high & unit.isna())

    quantified = ~none
    ok &= ~quantified | unit.notna()
    ok &= ~(q == "range") | ~has_value
    ok &= ~(quantified & (q != "range")) | has_value

    ok &= ~(q == "exact") | (_bound_equals(low, value) & _bound_equals(high, value))
    ok &= ~(q == "more_than") | (_bound_equals(low, value + 1) & ~has_high)
    ok &= ~(q == "at_least") | (_bound_equals(low, value) & ~has_high)
    ok &= ~(q == "up_to") | (_bound_equals(high, value) & ~has_low)
    ok &= ~(q == "less_than") | (_bound_equals(high, value - 1) & ~has_low)
    about_ok = (~has_low | (low <= value).fillna(False)) & (
        ~has_high | (high >= value).fillna(False)
    )
    ok &= ~(q == "about") | about_ok
    ok &= ~(q == "range") | (has_low & has_high & (low < high).fillna(False))
    ok &= ~(has_low & has_high) | (low <= high).fillna(False)
    return ok.fillna(False).astype(bool)


def quote_length_matches_offsets(frame: pd.DataFrame) -> pd.Series:
    """quote_end - quote_start equals the quote's length in characters."""
    if not _has(frame, "quote", "quote_start", "quote_end"):
        return _all_true(frame)
    start = frame["quote_start"].astype("Int64")
    end = frame["quote_end"].astype("Int64")
    length = frame["quote"].str.len().astype("Int64")
    ok = (end - start) == length
    return ok.fillna(True).astype(bool)


def precise_dates_have_start(frame: pd.DataFrame, start_col: str, precision_col: str) -> pd.Series:
    """Only a 'range' may leave its start open; day, week, month and year need one."""
    if not _has(frame, start_col, precision_col):
        return _all_true(frame)
    precision = frame[precision_col].astype(object)
    start = frame[start_col]
    return (start.notna() | (precision == "range") | precision.isna()).astype(bool)


def _int(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[call-overload]


def expectation(rule: str, values: dict[str, object]) -> str | None:
    """What one failing row should have had, in terms of its own values (None: generic)."""
    if rule == Code.QUALIFIER_AGREES_WITH_BOUNDS:
        return _bounds_expectation(values)
    if rule in (Code.EVENT_DATES_AGREE_WITH_PRECISION, Code.STATED_DATES_AGREE_WITH_PRECISION):
        precision = values.get("date_precision", values.get("stated_precision"))
        return {
            "day": "start and end on the same day",
            "week": "a Monday start and the Sunday 6 days later as the end",
            "month": "start on the 1st and end on the last day of the same month",
            "year": "start on 1 January and end on 31 December of the same year",
            "range": "a start before the end (or no start, for 'on or before the end')",
        }.get(str(precision))
    if rule == Code.QUOTE_LENGTH_MATCHES_OFFSETS:
        quote = values.get("quote")
        if isinstance(quote, str):
            # Which offset is wrong only the text can tell: quote_in_source says where it is.
            return (
                f"offsets {len(quote)} characters apart, the quote's length (where the quote "
                "sits in the text is reported as quote_in_source)"
            )
    return None


def _bounds_expectation(values: dict[str, object]) -> str | None:
    qualifier = values.get("qualifier")
    value = _int(values.get("value"))
    if not isinstance(qualifier, str):
        return "no qualifier, so value, value_low, value_high and unit all empty"
    unit = "" if isinstance(values.get("unit"), str) else " and a unit"
    if qualifier == "range":
        return f"value_low < value_high, value empty{unit}"
    if value is None:
        return f"a value for qualifier '{qualifier}'{unit}"
    wanted = {
        "exact": f"value_low = value_high = {value}",
        "more_than": f"value_low = {value + 1} and no value_high",
        "at_least": f"value_low = {value} and no value_high",
        "up_to": f"value_high = {value} and no value_low",
        "less_than": f"value_high = {value - 1} and no value_low",
        "about": f"no bounds unless the source states them (then low <= {value} <= high)",
    }.get(qualifier)
    return None if wanted is None else wanted + unit
