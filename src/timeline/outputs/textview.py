"""Render the timeline as text for a terminal: one block per event, one line per claim."""

from __future__ import annotations

import datetime as dt
import difflib
import textwrap
from collections.abc import Sequence
from typing import Any

import pandas as pd

from timeline.outputs.words import quantity_words


def date_label(start: Any, end: Any, precision: Any) -> str:
    """A date at its own precision: '2024-12-23', 'week of 2024-12-16', '2024-11', '2025'."""
    has_start = isinstance(start, dt.date)
    if precision == "day" and has_start:
        return str(start.isoformat())
    if precision == "week" and has_start:
        return f"week of {start.isoformat()}"
    if precision == "month" and has_start:
        return str(start.strftime("%Y-%m"))
    if precision == "year" and has_start:
        return str(start.year)
    if not has_start:
        return f"by {end.isoformat()}"
    return f"{start.isoformat()}..{end.isoformat()}"


def quantity_label(row: Any) -> str:
    """'more than 3,000 soldiers killed or wounded (at least 3,001)', or '' for no number.

    The bounds are said in words (see :func:`timeline.outputs.words.quantity_words`).
    """
    qualifier = row.qualifier
    if not isinstance(qualifier, str):
        return ""
    low = None if pd.isna(row.value_low) else int(row.value_low)
    high = None if pd.isna(row.value_high) else int(row.value_high)
    value = None if pd.isna(row.value) else int(row.value)
    unit = row.unit if isinstance(row.unit, str) else ""
    return quantity_words(qualifier, value, low, high, unit)


def filter_view(
    view: pd.DataFrame,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    event_types: Sequence[str] = (),
    claimants: Sequence[str] = (),
) -> pd.DataFrame:
    """Keep events overlapping [since, until], of the given types, claims by the claimants.

    A claimant matches by actor id or by a case-insensitive part of the name.
    """
    mask = pd.Series(True, index=view.index)
    starts = view["date_start"].where(view["date_start"].notna(), None)
    if since is not None:
        mask &= view["date_end"].map(lambda d: d >= since)
    if until is not None:
        mask &= starts.map(lambda d: d is None or d <= until)
    if event_types:
        mask &= view["event_type"].isin(list(event_types))
    if claimants:
        hit = pd.Series(False, index=view.index)
        for want in claimants:
            hit |= _claimant_mask(view, want)
        mask &= hit
    return view[mask]


def _claimant_mask(view: pd.DataFrame, want: str) -> pd.Series:
    """Rows whose claimant has the id ``want`` or a name containing it (case-insensitive)."""
    want = want.lower()
    names = view["claimant"].str.lower()
    ids = view["claimant_id"].str.lower()
    return (ids == want) | names.str.contains(want, regex=False)


def unknown_claimant_message(view: pd.DataFrame, claimants: Sequence[str]) -> str | None:
    """Why some of ``claimants`` match no claim at all (with close matches), or None.

    Checked against every claim of the release, before any other filter, so that a
    misspelt name is told apart from a filter that merely leaves nothing.
    """
    unknown = [c for c in claimants if not _claimant_mask(view, c).any()]
    if not unknown:
        return None
    candidates: dict[str, str] = {}  # an id, name or word of a name -> 'Name (id)'
    for claimant_id, name in view[["claimant_id", "claimant"]].drop_duplicates().values:
        for key in (str(claimant_id), str(name), *str(name).split()):
            candidates.setdefault(key.lower(), f"{name} ({claimant_id})")
    parts = []
    for want in unknown:
        close = difflib.get_close_matches(want.lower(), list(candidates), n=5, cutoff=0.6)
        suggestions = list(dict.fromkeys(candidates[c] for c in close))[:3]
        hint = f"did you mean {' or '.join(suggestions)}?" if suggestions else "no close match"
        parts.append(f"no claim is by a claimant with the id or name part {want!r} ({hint})")
    listing = "list the claimants with `timeline export actors --format csv`"
    return f"{'; '.join(parts)}; {listing}"


def render(
    view: pd.DataFrame, *, quotes: bool = False, width: int = 100, full: bool = False
) -> list[str]:
    """Lines of text: an event header, then its claims, indented.

    Summaries are clipped to ``width`` unless ``full``; ``full`` also prints every
    quote whole (as ``quotes`` does).
    """
    quotes = quotes or full
    lines: list[str] = []
    for event_id, claims in view.groupby("event_id", sort=False):
        first = claims.iloc[0]
        when = date_label(first["date_start"], first["date_end"], first["date_precision"])
        words = f' ("{first["date_text"]}")' if isinstance(first["date_text"], str) else ""
        lines.append(f"{when}{words}  {first['event_type']}  {event_id}")
        if full:
            wrapped = textwrap.wrap(str(first["summary"]), width=max(width - 2, 20))
            lines.extend(f"  {part}" for part in wrapped)
        else:
            lines.append(f"  {_clip(first['summary'], width - 2)}")
        for row in claims.itertuples():
            quantity = quantity_label(row)
            said = date_label(row.stated_on, row.stated_end, row.stated_precision)
            restated = f" (restates {row.restates})" if isinstance(row.restates, str) else ""
            detail = f": {quantity}" if quantity else ""
            lines.append(
                f"  - {row.claimant}{detail} ({row.certainty}, {row.attribution}, said {said})"
                f" {row.claim_id}{restated}"
            )
            if quotes:
                wrapped = textwrap.wrap(f"“{row.quote}”", width=max(width - 6, 20))
                lines.extend(f"      {part}" for part in wrapped)
        lines.append("")
    return lines


def _clip(value: Any, width: int) -> str:
    text = str(value)
    return text if len(text) <= width else text[: width - 1] + "…"
