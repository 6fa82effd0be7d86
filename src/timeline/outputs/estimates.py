"""Estimates over time: every figure claimed for one event, by claimant and statement date.

``timeline.estimates("ev-0001")`` answers "how did the estimate of X change, and who said what
when?". One row per statement: a claim that restates another (``restates``) is folded into
the claim it restates, which then counts the restatement's source too. Columns:

``claim_id, claimant_id, claimant, stated_on, stated_end, stated_precision, value, qualifier,
value_low, value_high, unit, certainty, source_id, restated_in, sources, conflicts_with``

``restated_in`` lists the folded claims (';'-separated), ``sources`` counts the distinct
sources carrying the statement, ``conflicts_with`` lists the claims of *other* claimants whose
bounds cannot be true together with this one's at overlapping statement dates (same unit;
both statements dated, since an undated one may have been made at any earlier time; a
figure with no bounds, such as "about 3,000", is never in conflict). Rows are sorted by
statement date. ``frame.attrs["timeline"]`` carries the release's provenance plus the
event's summary, type, the number of sources and of distinct claimants, and the conflicting
pairs. Figures are never averaged or merged: disagreement stays visible.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import InputError

if TYPE_CHECKING:
    import pandas as pd

COLUMNS: tuple[str, ...] = (
    "claim_id", "claimant_id", "claimant", "stated_on", "stated_end", "stated_precision",
    "value", "qualifier", "value_low", "value_high", "unit", "certainty", "source_id",
    "restated_in", "sources", "conflicts_with",
)  # fmt: skip


def _root(claim_id: str, restates: Mapping[str, str | None]) -> str:
    """The claim a chain of restatements starts from (a restated restatement included)."""
    seen = {claim_id}
    current = claim_id
    while (parent := restates.get(current)) and parent not in seen:
        seen.add(parent)
        current = parent
    return current


def _int(value: Any) -> int | None:
    import pandas as pd

    return None if value is None or pd.isna(value) else int(value)


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
    a_on, b_on = a.get("stated_on"), b.get("stated_on")
    if not isinstance(a_on, dt.date) or not isinstance(b_on, dt.date):
        return False  # undated: it may have been said at any earlier time
    return bool(a_on <= b["stated_end"] and b_on <= a["stated_end"])


def conflicts(rows: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Pairs of claim ids by different claimants whose bounds cannot both hold at
    overlapping statement dates (same unit)."""
    pairs = []
    for i, first in enumerate(rows):
        for second in rows[i + 1 :]:
            if first["claimant_id"] == second["claimant_id"]:
                continue
            if str(first.get("unit") or "").lower() != str(second.get("unit") or "").lower():
                continue
            if _dates_overlap(first, second) and _disjoint(bounds(first), bounds(second)):
                pairs.append((first["claim_id"], second["claim_id"]))
    return pairs


def event_estimates(
    event_id: str, claims: pd.DataFrame, actors: pd.DataFrame, events: pd.DataFrame
) -> pd.DataFrame:
    """The estimates frame of ``event_id`` from loaded tables (see the module docstring)."""
    import pandas as pd

    event = events[events["event_id"] == event_id]
    if event.empty:
        msg = f"no event {event_id!r} in this release; `timeline show` lists the events"
        raise InputError(msg)
    mine = claims[claims["event_id"] == event_id]
    restates = {
        str(c): (None if pd.isna(r) else str(r))
        for c, r in zip(mine["claim_id"], mine["restates"], strict=True)
    }
    names = dict(zip(actors["actor_id"], actors["name"], strict=True))
    folded: dict[str, list[str]] = {}
    sources: dict[str, set[str]] = {}
    for claim_id, source_id in zip(mine["claim_id"], mine["source_id"], strict=True):
        root = _root(str(claim_id), restates)
        sources.setdefault(root, set()).add(str(source_id))
        if root != claim_id:
            folded.setdefault(root, []).append(str(claim_id))
    rows: list[dict[str, Any]] = []
    for record in mine[mine["restates"].isna()].to_dict("records"):
        if record["qualifier"] is None or pd.isna(record["qualifier"]):
            continue  # not a figure
        claim_id = str(record["claim_id"])
        rows.append(
            {
                **{k: record[k] for k in COLUMNS if k in record},
                "claimant": names.get(record["claimant_id"]),
                "restated_in": ";".join(sorted(folded.get(claim_id, []))) or None,
                "sources": len(sources.get(claim_id, {record["source_id"]})),
            }
        )
    pairs = conflicts(rows)
    for row in rows:
        others = sorted({b for a, b in pairs if a == row["claim_id"]} | {
            a for a, b in pairs if b == row["claim_id"]})  # fmt: skip
        row["conflicts_with"] = ";".join(others) or None
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    for column in ("value", "value_low", "value_high", "sources"):
        frame[column] = frame[column].astype("Int64")
    for column in ("claimant", "restated_in", "conflicts_with"):
        frame[column] = frame[column].astype("string")
    order = frame["stated_on"].where(frame["stated_on"].notna(), frame["stated_end"])
    frame = (
        frame.assign(_order=order)
        .sort_values(["_order", "stated_end", "claim_id"], kind="stable")
        .drop(columns="_order")
        .reset_index(drop=True)
    )
    info = event.iloc[0]
    frame.attrs["timeline"] = {
        **claims.attrs.get("timeline", {}),
        "table": "estimates",
        "event_id": event_id,
        "event_type": str(info["event_type"]),
        "summary": str(info["summary"]),
        "sources": int(mine["source_id"].nunique()),
        "claimants": int(mine["claimant_id"].nunique()),
        "conflicts": [list(pair) for pair in pairs],
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
    bundled one), one row per statement, restatements folded in (module docstring)."""
    from timeline.loader import load

    def get(table: str) -> pd.DataFrame:
        return load(table, version=version, base_url=base_url, cache_dir=cache_dir)

    return event_estimates(event_id, get("claims"), get("actors"), get("events"))


def _cell(value: Any) -> str:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _number(value: Any) -> str:
    text = _cell(value)
    return f"{int(text):,}" if text else ""


def _count(number: Any, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def as_text(frame: pd.DataFrame) -> str:
    """The estimates as a plain-text table with the event's counts above it."""
    from timeline.model.vocab import QUALIFIER_WORDS

    meta = frame.attrs.get("timeline", {})
    lines = [
        f"{meta.get('event_id')} ({meta.get('event_type')}): {meta.get('summary')}",
        f"{_count(len(frame), 'estimate')} from {_count(meta.get('sources'), 'source')} by "
        f"{_count(meta.get('claimants'), 'claimant')} (release {meta.get('version')})",
    ]
    for row in frame.to_dict("records"):
        when = _cell(row["stated_on"]) or f"on or before {_cell(row['stated_end'])}"
        if row["stated_precision"] not in ("day", "range") and row["stated_on"] is not None:
            when = f"{_cell(row['stated_on'])}..{_cell(row['stated_end'])}"
        value = _number(row["value"])
        figure = (
            f"{QUALIFIER_WORDS.get(str(row['qualifier']), '')}{value}"
            if value
            else f"{_number(row['value_low'])}-{_number(row['value_high'])}"
        )
        low, high = _number(row["value_low"]) or "open", _number(row["value_high"]) or "open"
        line = (
            f"  {when:<24} {row['claim_id']}  {row['claimant'] or row['claimant_id']}: {figure} "
            f"{_cell(row['unit'])} [bounds {low}..{high}; {row['certainty']}; "
            f"{_count(row['sources'], 'source')}]"
        )
        if _cell(row["restated_in"]):
            line += f" restated in {row['restated_in']}"
        if _cell(row["conflicts_with"]):
            line += f" CONFLICTS with {row['conflicts_with']}"
        lines.append(line)
    return "\n".join(lines)
