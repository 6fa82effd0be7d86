"""Render the timeline as text for a terminal: one block per event, one line per claim."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Sequence
from typing import Any

import pandas as pd

from timeline.outputs.estimates import as_day
from timeline.outputs.screen import visible, wrap_verbatim
from timeline.outputs.words import quantity_words


def date_label(start: Any, end: Any, precision: Any) -> str:
    """A date at its own precision: '2024-12-23', 'week of 2024-12-16', '2024-11', '2025'."""
    first, last = as_day(start), as_day(end)
    if first is None:
        return f"by {last.isoformat()}" if last is not None else "undated"
    if precision == "day":
        return first.isoformat()
    if precision == "week":
        return f"week of {first.isoformat()}"
    if precision == "month":
        return first.strftime("%Y-%m")
    if precision == "year":
        return str(first.year)
    return f"{first.isoformat()}..{last.isoformat() if last is not None else ''}"


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
    if since is not None:
        mask &= (view["date_end"] >= pd.Timestamp(since)).fillna(False)
    if until is not None:
        starts = view["date_start"]
        mask &= (starts.isna() | (starts <= pd.Timestamp(until))).fillna(False)
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
    quote whole (as ``quotes`` does).  A quote is printed verbatim: wrapped only at
    whitespace, never altered (see :func:`timeline.outputs.screen.wrap_verbatim`).
    Every text from the data is passed through :func:`~timeline.outputs.screen.visible`,
    so control characters show as escapes instead of acting on the terminal.
    """
    quotes = quotes or full
    lines: list[str] = []
    for event_id, claims in view.groupby("event_id", sort=False):
        first = claims.iloc[0]
        when = date_label(first["date_start"], first["date_end"], first["date_precision"])
        words = f' ("{first["date_text"]}")' if isinstance(first["date_text"], str) else ""
        lines.append(visible(f"{when}{words}  {first['event_type']}  {event_id}"))
        summary = visible(first["summary"])
        if full:
            lines.extend(_indented(wrap_verbatim(summary, max(width - 2, 20)), "  "))
        else:
            lines.append(f"  {_clip(summary, width - 2)}")
        for row in claims.itertuples():
            quantity = quantity_label(row)
            said = date_label(row.stated_on, row.stated_end, row.stated_precision)
            restated = f" (restates {row.restates})" if isinstance(row.restates, str) else ""
            detail = f": {quantity}" if quantity else ""
            lines.append(
                visible(
                    f"  - {row.claimant}{detail} ({row.certainty}, {row.attribution}, said "
                    f"{said}) {row.claim_id}{restated}"
                )
            )
            if quotes:
                shown = f"“{visible(row.quote)}”"
                lines.extend(_indented(wrap_verbatim(shown, max(width - 6, 20)), " " * 6))
        lines.append("")
    return lines


def _indented(parts: list[str], indent: str) -> list[str]:
    """Wrapped lines under ``indent``: a line after the first starts with the space it was
    broken at, so it takes one column of the indent and its text lines up."""
    return [f"{indent}{parts[0]}", *(f"{indent[:-1]}{part}" for part in parts[1:])]


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
