"""Estimates over time: every figure claimed for one event, by claimant and statement date.

``timeline.estimates("ev-0001")`` answers "how did the estimate of X change, and who said what
when?". One row per statement: a claim that restates another (``restates``) is folded into
the claim it restates, which then counts the restatement's source too. Columns:

``claim_id, claimant_id, claimant, stated_on, stated_end, stated_precision, stated, value,
qualifier, value_low, value_high, unit, quantity, certainty, source_id, restated_in, sources,
conflicts_with``

Dtypes as in loaded frames (``docs/loading.md``): text ``string`` and integers ``Int64`` with
``pd.NA``, dates ``datetime64[ms]`` with ``NaT``.  ``stated`` is the statement date at its
own precision (``2024-12-23``, ``2024-W51 (2024-12-16..2024-12-22)``, ``2024-10``, ``2024``,
``on or before 2024-12-23``); ``quantity`` is what the figure counts
(:mod:`timeline.outputs.quantities`), empty when its unit names no known quantity.
``restated_in`` lists the folded claims (';'-separated), ``sources`` counts the distinct
sources carrying the statement, ``conflicts_with`` lists the claims of *other* claimants whose
bounds cannot be true together with this one's at overlapping statement dates (same
quantity; both statements dated, since an undated one may have been made at any earlier
time; a figure with no bounds, such as "about 3,000", is never in conflict). Rows are sorted
by statement date. ``frame.attrs["timeline"]`` carries the release's provenance plus the
event's summary, type, the number of sources and of distinct claimants, the quantities
counted and the conflicting pairs. Figures are never averaged or merged: disagreement stays
visible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import InputError
from timeline.outputs.quantities import quantity, quantity_label

if TYPE_CHECKING:
    import pandas as pd

COLUMNS: tuple[str, ...] = (
    "claim_id", "claimant_id", "claimant", "stated_on", "stated_end", "stated_precision",
    "stated", "value", "qualifier", "value_low", "value_high", "unit", "quantity", "certainty",
    "source_id", "restated_in", "sources", "conflicts_with",
)  # fmt: skip
#: Column dtypes of the frame: one missing marker (``pd.NA``, ``NaT`` for dates), as loaded.
_INTEGERS = ("value", "value_low", "value_high", "sources")
_DATES = ("stated_on", "stated_end")

Row = dict[str, Any]


def _records(frame: pd.DataFrame) -> list[Row]:
    """A frame's rows as dicts keyed by column name."""
    return [{str(k): v for k, v in record.items()} for record in frame.to_dict("records")]


def _missing(value: Any) -> bool:
    import pandas as pd

    return value is None or bool(pd.isna(value))


def as_day(value: Any) -> dt.date | None:
    """A date cell as a day: ``datetime.date``, a midnight Timestamp, None, NaT or NA."""
    if _missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def stated_words(on: Any, end: Any, precision: Any) -> str:
    """A statement date at its own precision: '2024-12-23', '2024-W51 (2024-12-16..2024-12-22)',
    '2024-10', '2024', '2024-11-01..2024-11-20', or 'on or before 2024-12-23' when undated."""
    start, last = as_day(on), as_day(end)
    if start is None:
        return f"on or before {last.isoformat()}" if last else "undated"
    if last is None or precision == "day" or start == last:
        return start.isoformat()
    if precision == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d} ({start.isoformat()}..{last.isoformat()})"
    if precision == "month":
        return f"{start.year}-{start.month:02d}"
    if precision == "year":
        return str(start.year)
    return f"{start.isoformat()}..{last.isoformat()}"


def _root(claim_id: str, restates: Mapping[str, str | None]) -> str:
    """The claim a chain of restatements starts from (a restated restatement included)."""
    seen = {claim_id}
    current = claim_id
    while (parent := restates.get(current)) and parent not in seen:
        seen.add(parent)
        current = parent
    return current


def _int(value: Any) -> int | None:
    return None if _missing(value) else int(value)


def _text(value: Any) -> str | None:
    return None if _missing(value) else str(value)


def bounds(row: Mapping[str, Any]) -> tuple[int | None, int | None]:
    """The interval a figure allows: its stated bounds, or the value itself when exact.

    None is an open side; a figure with neither (an "about" with no bounds) allows anything
    and so never conflicts.
    """
    low, high = _int(row.get("value_low")), _int(row.get("value_high"))
    if row.get("qualifier") == "exact":
        value = _int(row.get("value"))
        return value, value
    return low, high


def _disjoint(a: tuple[int | None, int | None], b: tuple[int | None, int | None]) -> bool:
    (a_low, a_high), (b_low, b_high) = a, b
    if a_high is not None and b_low is not None and a_high < b_low:
        return True
    return a_low is not None and b_high is not None and b_high < a_low


def _dates_overlap(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    a_on, b_on = as_day(a.get("stated_on")), as_day(b.get("stated_on"))
    a_end, b_end = as_day(a.get("stated_end")), as_day(b.get("stated_end"))
    if a_on is None or b_on is None or a_end is None or b_end is None:
        return False  # undated: it may have been said at any earlier time
    return a_on <= b_end and b_on <= a_end


def conflicts(rows: list[Row]) -> list[tuple[str, str]]:
    """Pairs of claim ids by different claimants whose bounds cannot both hold at
    overlapping statement dates.

    Only figures of one quantity are compared (:func:`~timeline.outputs.quantities.quantity`:
    "soldiers killed or wounded" and "casualties" are one quantity, "killed" another); a
    figure whose unit names no known quantity is never in conflict.
    """
    pairs = []
    for i, first in enumerate(rows):
        counted = quantity(_text(first.get("unit")))
        if counted is None:
            continue
        for second in rows[i + 1 :]:
            if first["claimant_id"] == second["claimant_id"]:
                continue
            if quantity(_text(second.get("unit"))) != counted:
                continue
            if _dates_overlap(first, second) and _disjoint(bounds(first), bounds(second)):
                pairs.append((first["claim_id"], second["claim_id"]))
    return pairs


def estimate_rows(claims: list[Row], names: Mapping[str, Any]) -> list[Row]:
    """One event's claims (plain dicts, as loaded or read from Parquet) as estimate rows:
    restatements folded into the claim they restate, claims without a figure left out,
    conflicts marked, sorted by statement date.  ``names`` maps claimant ids to names.

    The CLI's frame (:func:`event_estimates`) and the explorer's table are both made here.
    """
    restates = {str(c["claim_id"]): _text(c.get("restates")) for c in claims}
    folded: dict[str, list[str]] = {}
    sources: dict[str, set[str]] = {}
    for claim in claims:
        claim_id = str(claim["claim_id"])
        root = _root(claim_id, restates)
        sources.setdefault(root, set()).add(str(claim["source_id"]))
        if root != claim_id:
            folded.setdefault(root, []).append(claim_id)
    rows: list[Row] = []
    for claim in claims:
        claim_id = str(claim["claim_id"])
        if restates[claim_id] is not None or _missing(claim.get("qualifier")):
            continue  # folded into another row, or not a figure
        on, end = as_day(claim.get("stated_on")), as_day(claim.get("stated_end"))
        unit = _text(claim.get("unit"))
        rows.append(
            {
                **{k: claim.get(k) for k in COLUMNS if k in claim},
                "claim_id": claim_id,
                "claimant_id": str(claim["claimant_id"]),
                "claimant": _text(names.get(claim["claimant_id"])),
                "stated_on": on,
                "stated_end": end,
                "stated": stated_words(on, end, claim.get("stated_precision")),
                "unit": unit,
                "quantity": quantity(unit),
                "restated_in": ";".join(sorted(folded.get(claim_id, []))) or None,
                "sources": len(sources[claim_id]),
            }
        )
    pairs = conflicts(rows)
    for row in rows:
        others = {b for a, b in pairs if a == row["claim_id"]}
        others |= {a for a, b in pairs if b == row["claim_id"]}
        row["conflicts_with"] = ";".join(sorted(others)) or None
    far = dt.date.max

    def order(row: Row) -> tuple[dt.date, dt.date, str]:
        end = row["stated_end"] or far
        return (row["stated_on"] or end, end, row["claim_id"])

    return sorted(rows, key=order)


def event_estimates(
    event_id: str, claims: pd.DataFrame, actors: pd.DataFrame, events: pd.DataFrame
) -> pd.DataFrame:
    """The estimates frame of ``event_id`` from loaded tables (see the module docstring)."""
    import pandas as pd

    event = events[events["event_id"] == event_id]
    if event.empty:
        version = events.attrs.get("timeline", {}).get("version")
        where = f"release {version}" if version else "this release"
        msg = f"no event {event_id!r} in {where}; `timeline show` lists the events"
        raise InputError(msg)
    mine = claims[claims["event_id"] == event_id]
    names = dict(zip(actors["actor_id"], actors["name"], strict=True))
    rows = estimate_rows(_records(mine), names)
    frame = pd.DataFrame(rows, columns=list(COLUMNS), dtype=object)
    for column in COLUMNS:
        if column in _INTEGERS:
            frame[column] = pd.array(list(frame[column].map(_int)), dtype="Int64")
        elif column in _DATES:
            frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ms]")
        else:
            frame[column] = pd.array(list(frame[column].map(_text)), dtype="string")
    info = event.iloc[0]
    frame.attrs["timeline"] = {
        **claims.attrs.get("timeline", {}),
        "table": "estimates",
        "event_id": event_id,
        "event_type": str(info["event_type"]),
        "summary": str(info["summary"]),
        "sources": int(mine["source_id"].nunique()),
        "claimants": int(mine["claimant_id"].nunique()),
        "quantities": sorted({quantity_label(row["unit"]) for row in rows}),
        "conflicts": [list(pair) for pair in conflicts(rows)],
    }
    return frame


def estimates(
    event_id: str,
    version: str | None = None,
    *,
    base_url: str | None = None,
    cache_dir: Path | str | None = None,
) -> pd.DataFrame:
    """Every numeric estimate of ``event_id`` in release ``version`` (None: the newest
    local one, as for ``timeline.load``), one row per statement, restatements folded in
    (module docstring)."""
    from timeline.loader import load

    def get(table: str) -> pd.DataFrame:
        return load(table, version=version, base_url=base_url, cache_dir=cache_dir)

    return event_estimates(event_id, get("claims"), get("actors"), get("events"))


def check_plot_target(path: Path, frame: pd.DataFrame) -> None:
    """Refuse a chart that cannot be written, before anything is printed: matplotlib
    missing, a format other than PNG or SVG, a folder that does not exist, nothing to draw."""
    from timeline.outputs.chart import chart_format, require_matplotlib

    require_matplotlib()
    chart_format(path, None)
    if path.is_dir():
        msg = f"{path}: is a folder; name the chart's file, e.g. {path / 'estimates.png'}"
        raise InputError(msg)
    if not path.parent.is_dir():
        msg = f"{path}: cannot write the chart there; {path.parent} is not an existing folder"
        raise InputError(msg)
    if frame.empty:
        event_id = frame.attrs.get("timeline", {}).get("event_id")
        msg = f"{event_id}: no numeric estimates to chart"
        raise InputError(msg)


def _cell(value: Any) -> str:
    if _missing(value):
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()  # a loaded date is a midnight Timestamp
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _number(value: Any) -> str:
    return "" if _missing(value) else f"{int(value):,}"


def _count(number: Any, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _json_value(column: str, value: Any) -> Any:
    if _missing(value):
        return None
    if isinstance(value, dt.date):
        return _cell(value)  # an ISO day, never a time
    return int(value) if column in _INTEGERS else value


def json_records(frame: pd.DataFrame) -> list[Row]:
    """The rows as JSON values: dates as ISO days, missing as None, numbers as int."""
    return [
        {column: _json_value(column, value) for column, value in record.items()}
        for record in _records(frame.astype(object))
    ]


def _line(row: Row) -> str:
    from timeline.model.vocab import QUALIFIER_WORDS

    value = _number(row["value"])
    figure = (
        f"{QUALIFIER_WORDS.get(str(row['qualifier']), '')}{value}"
        if value
        else f"{_number(row['value_low'])}-{_number(row['value_high'])}"
    )
    low, high = _number(row["value_low"]) or "open", _number(row["value_high"]) or "open"
    when = _cell(row["stated"]) or stated_words(
        row["stated_on"], row["stated_end"], row["stated_precision"]
    )
    unit = f" {row['unit']}" if _cell(row["unit"]) else ""
    line = (
        f"  {when:<24} {row['claim_id']}  {_cell(row['claimant']) or row['claimant_id']}: "
        f"{figure}{unit} [bounds {low}..{high}; {row['certainty']}; "
        f"{_count(row['sources'], 'source')}]"
    )
    if _cell(row["restated_in"]):
        line += f" restated in {row['restated_in']}"
    if _cell(row["conflicts_with"]):
        line += f" CONFLICTS with {row['conflicts_with']}"
    return line


def as_text(frame: pd.DataFrame) -> str:
    """The estimates as a plain-text table with the event's counts above it, one block per
    counted quantity (:mod:`timeline.outputs.quantities`), so that "300 killed" is never
    read as the next figure of "3,000 killed or wounded"."""
    meta = frame.attrs.get("timeline", {})
    lines = [
        f"{meta.get('event_id')} ({meta.get('event_type')}): {meta.get('summary')}",
        f"{_count(len(frame), 'estimate')} from {_count(meta.get('sources'), 'source')} by "
        f"{_count(meta.get('claimants'), 'claimant')} (release {meta.get('version')})",
    ]
    records = _records(frame)
    groups: dict[str, list[Row]] = {}
    for row in records:
        groups.setdefault(quantity_label(_cell(row["unit"]) or None), []).append(row)
    for label, rows in groups.items():
        lines.append(f"{label}:")
        lines.extend(_line(row) for row in rows)
    return "\n".join(lines)
