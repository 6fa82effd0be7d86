"""Running totals over time: an ``as_of`` event's dates follow its estimates. Stdlib only.

A running total (casualties so far, troops deployed, containers shipped) is one event whose
claims are estimates made at different times. Its dates say when it was *said to hold*
(``date_kind: as_of``), so they must cover every estimate linked to it: when ``timeline
accept`` links a claim stated after the event's ``date_end`` (or, with a known first day,
before its ``date_start``), the event's window is widened to take it in, its
``date_precision`` becomes ``range`` (the bounds are those of the first and the latest
estimate, not one day, week or month), and its ``coding_note`` says so. ``date_text`` keeps
the first report's words. Events that ``occurred`` keep their dates: a later report about a
happening does not move it.

An undated statement ("have said") is known only to be made on or before its publication
day: it widens the end to that day, never the start.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from timeline.curation.events import as_date

__all__ = ["WindowChange", "widened_windows"]

#: The sentence a widened event's coding note ends with (replaced, not repeated, next time).
_NOTE = re.compile(r"\s*Dates widened by `timeline accept`.*?date_text is the first report's\.",
                   re.DOTALL)  # fmt: skip


@dataclass(frozen=True)
class WindowChange:
    """How one running total's dates change to take in newly linked estimates."""

    event_id: str
    before: tuple[date | None, date | None, str]  # date_start, date_end, date_precision
    after: tuple[date | None, date | None, str]
    claim_ids: tuple[str, ...]  # the new claims that widened it
    coding_note: str

    def fields(self) -> dict[str, Any]:
        """The event row's changed values, as written to ``events.yaml``."""
        names = ("date_start", "date_end", "date_precision")
        changed = {n: new for n, old, new in zip(names, self.before, self.after, strict=True)
                   if new != old}  # fmt: skip
        return {**changed, "coding_note": self.coding_note}

    def describe(self) -> str:
        """One line for ``accept``'s summary: the window before and after."""
        return (
            f"running total {self.event_id} now covers {_window(*self.after)} "
            f"(was {_window(*self.before)}), for {', '.join(self.claim_ids)}"
        )


def _window(start: date | None, end: date | None, precision: str) -> str:
    if start is None:
        return f"on or before {end}"
    if start == end or precision != "range":
        return f"{start} ({precision})" if start == end else f"{start}..{end} ({precision})"
    return f"{start}..{end}"


def widened_windows(
    events: Mapping[str, Mapping[str, Any]], claims: Iterable[Mapping[str, Any]]
) -> dict[str, WindowChange]:
    """The running totals among ``events`` (id → row) whose window the new ``claims`` (rows
    with ``claim_id``, ``event_id``, ``source_id``, ``stated_on``, ``stated_end``) fall
    outside, with their widened dates; events not ``as_of`` and claims inside are left out."""
    linked: dict[str, list[Mapping[str, Any]]] = {}
    for claim in claims:
        event = events.get(str(claim.get("event_id")))
        if event is not None and event.get("date_kind") == "as_of":
            linked.setdefault(str(event["event_id"]), []).append(claim)
    changes: dict[str, WindowChange] = {}
    for event_id, rows in linked.items():
        event = events[event_id]
        start, end = as_date(event.get("date_start")), as_date(event.get("date_end"))
        precision = str(event.get("date_precision") or "range")
        new_start, new_end, widened = start, end, []
        for claim in rows:
            said_end = as_date(claim.get("stated_end"))
            said_on = as_date(claim.get("stated_on"))
            moved = False
            if said_end is not None and new_end is not None and said_end > new_end:
                new_end, moved = said_end, True
            if said_on is not None and new_start is not None and said_on < new_start:
                new_start, moved = said_on, True
            if moved:
                widened.append(str(claim.get("claim_id")))
        if not widened or new_end is None or (new_start is not None and new_start >= new_end):
            continue
        after = (new_start, new_end, "range")
        changes[event_id] = WindowChange(
            event_id=event_id,
            before=(start, end, precision),
            after=after,
            claim_ids=tuple(widened),
            coding_note=_note(event.get("coding_note"), (start, end, precision), after, rows),
        )
    return changes


def _note(
    old: Any,
    before: tuple[date | None, date | None, str],
    after: tuple[date | None, date | None, str],
    rows: Iterable[Mapping[str, Any]],
) -> str:
    """The event's coding note with one sentence saying how and why its dates were widened
    (a sentence from an earlier widening is replaced, keeping the first window it names)."""
    text = str(old or "").strip()
    first = re.search(r"first estimate's window was (.+?);", text)
    first_window = first.group(1) if first else _window(*before)
    text = _NOTE.sub("", text).strip()
    sources = ", ".join(dict.fromkeys(str(r.get("source_id")) for r in rows))
    sentence = (
        f"Dates widened by `timeline accept` to {_window(*after)} so that this running total "
        f"covers every estimate linked to it (latest from {sources}); the first estimate's "
        f"window was {first_window}; date_text is the first report's."
    )
    return f"{text} {sentence}".strip()
