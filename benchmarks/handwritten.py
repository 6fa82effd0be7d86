"""The baseline of target 3: every check ``timeline validate`` runs on a claims file, by hand.

Plain vectorised pandas with no framework: read the file with the same
reader, then columns, nullability, uniqueness, patterns, allowed values,
minimums, the cross-column rules, foreign keys into the bundled release,
restated claims, quotes against the archived text and dates against
publication.  Returns the number of offending rows per check (0 on clean data).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq

from timeline.io.readers import table_to_pandas
from timeline.model import schema, vocab

ENUMS = {
    "attribution": vocab.ATTRIBUTION,
    "certainty": vocab.CERTAINTY,
    "stated_precision": vocab.DATE_PRECISION,
    "qualifier": vocab.QUALIFIERS,
}
PATTERNS = {
    "claim_id": schema.CLAIM_ID,
    "event_id": schema.EVENT_ID,
    "source_id": schema.SLUG,
    "claimant_id": schema.SLUG,
    "restates": schema.CLAIM_ID,
}
REQUIRED = (
    "claim_id",
    "event_id",
    "source_id",
    "claimant_id",
    "attribution",
    "certainty",
    "stated_end",
    "stated_precision",
    "quote",
    "quote_start",
    "quote_end",
)
MINIMUM = {"quote_start": 0, "quote_end": 1, "value": 0, "value_low": 0, "value_high": 0}


def _isin(values: pd.Series, pool: pd.Series) -> pd.Series:
    """Membership on object arrays (pandas' Arrow-string isin converts the pool cell by cell)."""
    found = pd.Series(values.to_numpy(dtype=object), dtype=object).isin(pool.to_numpy(dtype=object))
    return pd.Series(found.to_numpy(), index=values.index)


def _dates_ok(start: pd.Series, end: pd.Series, precision: pd.Series) -> pd.Series:
    has_start = start.notna()
    span = (end - start).dt.days
    ok = ~(precision == "day") | (has_start & (span == 0))
    ok &= ~(precision == "week") | (has_start & (span == 6))
    month = (
        has_start
        & (start.dt.day == 1)
        & end.dt.is_month_end
        & (start.dt.to_period("M") == end.dt.to_period("M"))
    )
    ok &= ~(precision == "month") | month
    year = (
        has_start
        & (start.dt.dayofyear == 1)
        & (end.dt.month == 12)
        & (end.dt.day == 31)
        & (start.dt.year == end.dt.year)
    )
    ok &= ~(precision == "year") | year
    ok &= ~(precision == "range") | ~has_start | (start < end)
    ok &= start.isna() | (start <= end)
    return ok.fillna(False) | end.isna()


def _bounds_ok(frame: pd.DataFrame) -> pd.Series:
    q, v, lo, hi = frame["qualifier"], frame["value"], frame["value_low"], frame["value_high"]
    has_v, has_lo, has_hi = v.notna(), lo.notna(), hi.notna()
    none = q.isna()
    ok = ~none | (~has_v & ~has_lo & ~has_hi & frame["unit"].isna())
    ok &= none | frame["unit"].notna()
    ok &= ~(q == "range") | (~has_v & has_lo & has_hi & (lo < hi))
    ok &= none | (q == "range") | has_v
    ok &= ~(q == "exact") | ((lo == v) & (hi == v))
    ok &= ~(q == "more_than") | ((lo == v + 1) & ~has_hi)
    ok &= ~(q == "at_least") | ((lo == v) & ~has_hi)
    ok &= ~(q == "up_to") | ((hi == v) & ~has_lo)
    ok &= ~(q == "less_than") | ((hi == v - 1) & ~has_lo)
    ok &= ~(q == "about") | ((~has_lo | (lo <= v)) & (~has_hi | (hi >= v)))
    ok &= ~(has_lo & has_hi) | (lo <= hi)
    return ok.fillna(False).astype(bool)


def _quotes_ok(frame: pd.DataFrame, texts: dict[str, str]) -> pd.Series:
    """Compare each distinct (source, start, end, quote) once: claims repeat their quotes."""
    keys = frame[["source_id", "quote_start", "quote_end", "quote"]]
    codes, uniques = pd.factorize(pd.MultiIndex.from_frame(keys))
    good = [texts.get(sid, "")[int(s) : int(e)] == quote for sid, s, e, quote in uniques.tolist()]
    return pd.Series(pd.array(good, dtype=bool)[codes], index=frame.index)


def check(path: Path, reference: dict[str, pd.DataFrame], texts: dict[str, str]) -> dict[str, int]:
    """Offending rows per check for the claims file at ``path``."""
    frame = table_to_pandas(pq.read_table(path))
    bad: dict[str, Any] = {}
    expected = [c["name"] for c in schema.contract()["claims"]["columns"]]
    bad["columns"] = len(set(frame.columns) ^ set(expected))
    bad["required"] = frame[list(REQUIRED)].isna().any(axis=1)
    bad["unique"] = frame["claim_id"].duplicated(keep=False)
    for column, pattern in PATTERNS.items():
        values = frame[column]
        bad[f"pattern:{column}"] = values.notna() & ~values.str.fullmatch(pattern).fillna(False)
    for column, allowed in ENUMS.items():
        values = frame[column]
        bad[f"allowed:{column}"] = values.notna() & ~values.isin(list(allowed))
    for column, minimum in MINIMUM.items():
        bad[f"minimum:{column}"] = (frame[column] < minimum).fillna(False)
    start = pd.to_datetime(frame["stated_on"])
    end = pd.to_datetime(frame["stated_end"])
    bad["dates"] = ~_dates_ok(start, end, frame["stated_precision"])
    bad["start_given"] = start.isna() & (frame["stated_precision"] != "range")
    bad["bounds"] = ~_bounds_ok(frame)
    bad["quote_length"] = (
        frame["quote_end"] - frame["quote_start"] != frame["quote"].str.len()
    ).fillna(False)
    for column, table, key in (
        ("event_id", "events", "event_id"),
        ("source_id", "sources", "source_id"),
        ("claimant_id", "actors", "actor_id"),
    ):
        bad[f"fk:{column}"] = frame[column].notna() & ~_isin(frame[column], reference[table][key])
    restates = frame["restates"]
    bad["fk:restates"] = restates.notna() & ~_isin(restates, frame["claim_id"])
    event_of = frame.drop_duplicates("claim_id", keep="last").set_index("claim_id")["event_id"]
    target_event = restates.map(event_of)
    bad["restates_same_event"] = target_event.notna() & (
        (target_event != frame["event_id"]) | (restates == frame["claim_id"])
    )
    bad["quote_in_source"] = ~_quotes_ok(frame, texts)
    published = frame["source_id"].map(reference["sources"].set_index("source_id")["published_on"])
    earliest = pd.to_datetime(
        frame["stated_on"].where(frame["stated_on"].notna(), frame["stated_end"])
    )
    bad["after_publication"] = (earliest > pd.to_datetime(published)).fillna(False)
    return {
        name: int(value) if isinstance(value, int) else int(value.sum())
        for name, value in bad.items()
    }
