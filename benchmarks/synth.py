"""Synthetic claims with the value mix of the real ones, generated vectorised and in chunks.

Every row is valid against the model and the bundled release: events, claimants
and the source are the bundled ones; quotes are substrings of the archived text
at their true offsets; statement dates follow their precision and never fall
after publication; numbers carry the bounds their qualifier implies; 5% of
rows restate an earlier claim about the same event, often in another row group.
``inject_problems`` plants a duplicate key and a dangling reference that span
row groups, plus one bad row inside a group.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

import timeline
from timeline.io import parquet as parquet_io
from timeline.model import schema

#: Bump when the generated data changes, so cached files are regenerated.
VERSION = 1
CHUNK = 1_000_000
ROW_GROUP = 128 * 1024
ID_WIDTH = 8
EPOCH = dt.date(1970, 1, 1)
PRECISIONS = (("day", 0.60), ("range", 0.25), ("month", 0.08), ("week", 0.05), ("year", 0.02))
QUALIFIERS = (
    (None, 0.60),
    ("exact", 0.08),
    ("about", 0.08),
    ("more_than", 0.06),
    ("at_least", 0.06),
    ("up_to", 0.05),
    ("less_than", 0.03),
    ("range", 0.04),
)
UNITS = ("soldiers", "soldiers killed or wounded", "containers", "shells", "missiles", "drones")
VENUES = ("Telegram channel", "press briefing", "interview", "parliament", "X post")
STATED_TEXT = ("on Monday", "last week", "last month", "this year", "earlier", "on Sunday")
NOTES = ("Coded as the source words it.", "Second report of the same figure.")


class Reference:
    """What the synthetic rows point at: the bundled release's ids, text and publication."""

    def __init__(self) -> None:
        sources = timeline.load("sources")
        self.source_id = str(sources["source_id"].iloc[0])
        self.published: dt.date = sources["published_on"].iloc[0].date()  # a Timestamp
        self.events = sorted(timeline.load("events")["event_id"].astype(str))
        self.actors = sorted(timeline.load("actors")["actor_id"].astype(str))
        release = Path(timeline.load("claims").attrs["timeline"]["file"]).parent
        self.text = (release / "texts" / f"{self.source_id}.txt").read_text(encoding="utf-8")
        claims = timeline.load("claims")
        # Only the claims quoting this text: their offsets index into it.
        self.real_claims = claims[claims["source_id"] == self.source_id]


def _choice(rng: np.random.Generator, items: tuple[Any, ...], n: int) -> np.ndarray[Any, Any]:
    values = np.array([v for v, _ in items], dtype=object)
    weights = np.array([w for _, w in items])
    return values[rng.choice(len(values), size=n, p=weights / weights.sum())]


def _ids(prefix: str, numbers: np.ndarray[Any, Any]) -> pa.Array:
    text = np.char.zfill(numbers.astype(str), ID_WIDTH)
    return pa.array(np.char.add(prefix, text).astype(object), type=pa.string())


def _quote_pool(
    ref: Reference, rng: np.random.Generator, size: int = 4000
) -> list[tuple[int, int]]:
    """Real offsets plus random substrings of the archived text, 20 to 220 characters."""
    pool = [
        (int(s), int(e))
        for s, e in zip(ref.real_claims["quote_start"], ref.real_claims["quote_end"], strict=True)
    ]
    starts = rng.integers(0, len(ref.text) - 230, size=size)
    lengths = rng.integers(20, 220, size=size)
    pool += [(int(s), int(s + n)) for s, n in zip(starts, lengths, strict=True)]
    return pool


def _dates(rng: np.random.Generator, ref: Reference, n: int) -> dict[str, np.ndarray[Any, Any]]:
    """stated_on / stated_end (days since epoch, -1 = missing) and their precision."""
    published = (ref.published - EPOCH).days
    precision = _choice(rng, PRECISIONS, n)
    start = np.full(n, -1, dtype=np.int64)
    end = np.full(n, -1, dtype=np.int64)
    year_start = (dt.date(2024, 1, 1) - EPOCH).days
    day = rng.integers(year_start, published + 1, size=n)
    is_day = precision == "day"
    start[is_day] = end[is_day] = day[is_day]
    is_week = precision == "week"
    monday = day - ((day + 3) % 7)  # 1970-01-01 was a Thursday
    monday = np.where(monday + 6 > published, monday - 7, monday)
    start[is_week], end[is_week] = monday[is_week], monday[is_week] + 6
    is_month = precision == "month"
    months = rng.integers(1, 12, size=n)  # January..November 2024: wholly before publication
    first = np.array(
        [(dt.date(2024, m, 1) - EPOCH).days for m in range(1, 13)]
        + [(dt.date(2025, 1, 1) - EPOCH).days]
    )
    start[is_month] = first[months[is_month] - 1]
    end[is_month] = first[months[is_month]] - 1
    is_year = precision == "year"
    start[is_year] = (dt.date(2023, 1, 1) - EPOCH).days
    end[is_year] = (dt.date(2023, 12, 31) - EPOCH).days
    is_range = precision == "range"
    open_start = rng.random(n) < 0.5
    span = rng.integers(1, 60, size=n)
    end[is_range] = day[is_range]
    closed = is_range & ~open_start
    start[closed] = day[closed] - span[closed]
    return {"start": start, "end": end, "precision": precision}


def _quantities(rng: np.random.Generator, n: int) -> dict[str, Any]:
    """value / qualifier / bounds / unit, consistent as qualifier_agrees_with_bounds wants."""
    qualifier = _choice(rng, QUALIFIERS, n)
    value = rng.integers(2, 50_000, size=n).astype(float)
    low = np.full(n, np.nan)
    high = np.full(n, np.nan)
    q = qualifier
    low = np.where(q == "exact", value, low)
    high = np.where(q == "exact", value, high)
    low = np.where(q == "more_than", value + 1, low)
    low = np.where(q == "at_least", value, low)
    high = np.where(q == "up_to", value, high)
    high = np.where(q == "less_than", value - 1, high)
    bracket = (q == "about") & (rng.random(n) < 0.3)
    low = np.where(bracket, value - 1, low)
    high = np.where(bracket, value + 1, high)
    low = np.where(q == "range", value, low)
    high = np.where(q == "range", value * 2, high)
    none = np.array([v is None for v in q])
    value[none | (q == "range")] = np.nan
    unit = _choice(rng, tuple((u, 1.0) for u in UNITS), n)
    unit[none] = None
    return {"qualifier": q, "value": value, "low": low, "high": high, "unit": unit}


def _int_array(values: np.ndarray[Any, Any]) -> pa.Array:
    mask = np.isnan(values)
    return pa.array(np.nan_to_num(values).astype(np.int64), mask=mask, type=pa.int64())


def _date_array(days: np.ndarray[Any, Any]) -> pa.Array:
    return pa.array(days.astype(np.int32), mask=days < 0, type=pa.int32()).cast(pa.date32())


def _nullable(rng: np.random.Generator, pool: tuple[str, ...], share: float, n: int) -> pa.Array:
    values = np.array(pool, dtype=object)[rng.integers(0, len(pool), size=n)]
    values[rng.random(n) >= share] = None
    return pa.array(values, type=pa.string())


def chunk(
    ref: Reference, pool: list[tuple[int, int]], first: int, n: int, seed: int
) -> dict[str, pa.Array]:
    """Rows ``first .. first + n - 1`` as Arrow columns (deterministic per chunk)."""
    rng = np.random.default_rng(seed + first)
    rows = np.arange(first, first + n)
    event_of = np.array(ref.events, dtype=object)
    # An event is a function of the row (blocks of 7), so a row restating row
    # i - 161*m (same block modulo the 23 events) is about the same event.
    block = len(ref.events) * 7
    event_index = (rows // 7) % len(ref.events)
    restate = (rng.random(n) < 0.05) & (rows >= block)
    steps = rng.integers(1, 30, size=n)
    target = np.maximum(rows - block * steps, rows % block)
    restate &= target < rows
    restates = np.full(n, None, dtype=object)
    if restate.any():
        restates[restate] = _ids("cl-", target[restate]).to_numpy(zero_copy_only=False)
    picks = rng.integers(0, len(pool), size=n)
    offsets = np.array(pool)
    quotes = np.array([ref.text[s:e] for s, e in pool], dtype=object)
    dates = _dates(rng, ref, n)
    qty = _quantities(rng, n)
    attribution = rng.choice(["direct_quote", "paraphrase", "reporter"], size=n, p=[0.3, 0.5, 0.2])
    certainty = rng.choice(
        [
            "asserted",
            "preliminary",
            "assessed",
            "indicated",
            "likely",
            "possible",
            "suspected",
            "purported",
        ],
        size=n,
        p=[0.6, 0.05, 0.1, 0.1, 0.05, 0.04, 0.03, 0.03],
    )
    return {
        "claim_id": _ids("cl-", rows),
        "event_id": pa.array(event_of[event_index], type=pa.string()),
        "source_id": pa.array(np.full(n, ref.source_id, dtype=object), type=pa.string()),
        "claimant_id": pa.array(
            np.array(ref.actors, dtype=object)[rng.integers(0, len(ref.actors), size=n)],
            type=pa.string(),
        ),
        "attribution": pa.array(attribution.astype(object), type=pa.string()),
        "certainty": pa.array(certainty.astype(object), type=pa.string()),
        "stated_on": _date_array(dates["start"]),
        "stated_end": _date_array(dates["end"]),
        "stated_precision": pa.array(dates["precision"], type=pa.string()),
        "stated_text": _nullable(rng, STATED_TEXT, 0.4, n),
        "venue": _nullable(rng, VENUES, 0.2, n),
        "quote": pa.array(quotes[picks], type=pa.string()),
        "quote_start": pa.array(offsets[picks, 0], type=pa.int64()),
        "quote_end": pa.array(offsets[picks, 1], type=pa.int64()),
        "value": _int_array(qty["value"]),
        "qualifier": pa.array(qty["qualifier"], type=pa.string()),
        "value_low": _int_array(qty["low"]),
        "value_high": _int_array(qty["high"]),
        "unit": pa.array(qty["unit"], type=pa.string()),
        "restates": pa.array(restates, type=pa.string()),
        "coding_note": _nullable(rng, NOTES, 0.1, n),
    }


def claims_schema() -> pa.Schema:
    """The Arrow schema of released claims files."""
    meta = {
        "dataset": "timeline",
        "version": "synthetic",
        "schema_fingerprint": "",
        "license": "CC-BY-4.0",
    }
    return parquet_io.arrow_schema("claims", schema.contract(), meta)


def write_claims(
    path: Path,
    rows: int,
    *,
    seed: int = 6,
    inject_problems: bool = False,
    row_group: int = ROW_GROUP,
) -> Path:
    """Write ``rows`` synthetic claims to ``path`` in chunks, with flat memory."""
    ref = Reference()
    pool = _quote_pool(ref, np.random.default_rng(seed))
    arrow_schema = claims_schema()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with pq.ParquetWriter(partial, arrow_schema, compression="zstd") as writer:
        for first in range(0, rows, CHUNK):
            n = min(CHUNK, rows - first)
            columns = chunk(ref, pool, first, n, seed)
            if inject_problems:
                _inject(columns, first, n, rows)
            writer.write_table(
                pa.Table.from_pydict(columns, schema=arrow_schema), row_group_size=row_group
            )
    partial.replace(path)
    return path


def planted(rows: int) -> dict[str, int]:
    """Rows ``inject_problems`` breaks: a late duplicate of row 1, a dangling ref, a bad row."""
    return {
        "duplicate_of": 1,
        "duplicate_at": rows - 2,
        "dangling_at": rows - 3,
        "bad_row": rows // 2,
    }


def _inject(columns: dict[str, pa.Array], first: int, n: int, rows: int) -> None:
    spots = planted(rows)
    for name, row, value in (
        ("claim_id", spots["duplicate_at"], "cl-" + str(spots["duplicate_of"]).zfill(ID_WIDTH)),
        ("restates", spots["dangling_at"], "cl-" + "9" * (ID_WIDTH + 1)),
        ("attribution", spots["bad_row"], "hearsay"),
    ):
        if first <= row < first + n:
            values = columns[name].to_pylist()
            values[row - first] = value
            columns[name] = pa.array(values, type=pa.string())
