"""The dataset's scope (``scope.period`` in ``datasets/dataset.yaml``) for curation.

The dataset covers support given or planned in one period (2024). An event dated wholly
outside it is kept only as an ``expected`` event (a plan stated in a source) or with a
coding note that says why it belongs ("outside the 2024 scope: …"); its dates are never
pulled into the period. ``propose`` flags candidates whose new event would break that rule
and ``accept`` refuses them until the curator decides, so a report published after the
period cannot slip such events into ``datasets/`` unnoticed. Stdlib and PyYAML only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.curation.events import as_date
from timeline.io import layout

__all__ = [
    "OUTSIDE_SCOPE",
    "Period",
    "breaks_rule",
    "flag_outside_scope",
    "outside_scope",
    "read_period",
]

#: The flag ``propose`` puts on a candidate whose new event breaks the scope rule
#: (catalogued in :mod:`timeline.curation.flags`).
OUTSIDE_SCOPE = "outside_scope"


@dataclass(frozen=True)
class Period:
    """The first and last day the dataset covers."""

    start: dt.date
    end: dt.date

    @property
    def marker(self) -> str:
        """The words a coding note starts its reason with ("outside the 2024 scope:")."""
        label = str(self.start.year) if self.start.year == self.end.year else f"{self}"
        return f"outside the {label} scope:"

    def __str__(self) -> str:
        return f"{self.start.isoformat()}..{self.end.isoformat()}"


def read_period(datasets_dir: Path) -> Period | None:
    """The scope's period from ``dataset.yaml``, or None when it names none."""
    from timeline.io.curated_yaml import load_document

    path = layout.meta_path(datasets_dir)
    if not path.is_file():
        return None
    data: Any = load_document(path)
    scope = data.get("scope") if isinstance(data, dict) else None
    period = scope.get("period") if isinstance(scope, dict) else None
    if not isinstance(period, dict):
        return None
    start, end = period.get("start"), period.get("end")
    if isinstance(start, dt.date) and isinstance(end, dt.date) and start <= end:
        return Period(start, end)
    return None


def breaks_rule(event: Mapping[str, Any], period: Period | None) -> bool:
    """Whether an event (a curated row, or the new event a candidate makes) is dated wholly
    outside ``period`` without being ``expected`` or giving the reason in its coding note.
    An open side ("on or before") may lie inside, so only the dates stated can put it out."""
    if period is None or event.get("date_kind") == "expected":
        return False
    start, end = as_date(event.get("date_start")), as_date(event.get("date_end"))
    if start is None and end is None:
        return False
    after = start is not None and start > period.end
    before = end is not None and end < period.start
    if not (after or before):
        return False
    return period.marker not in str(event.get("coding_note") or "")


def outside_scope(candidate: Mapping[str, Any], period: Period | None) -> str | None:
    """Why ``candidate``'s new event breaks the scope rule, or None when it does not.

    Only a candidate that makes a new event counts (one with an ``event_id`` joins an
    existing event); see :func:`breaks_rule` for what is admitted.
    """
    if period is None or candidate.get("event_id") or not breaks_rule(candidate, period):
        return None
    start, end = candidate.get("date_start"), candidate.get("date_end")
    dates = f"{start or 'open'}..{end or 'open'}"
    return (
        f"its new event is dated {dates}, wholly outside the dataset's scope {period} "
        f"(datasets/dataset.yaml): set event_id to an existing event, date_kind to expected "
        f"if it is a plan, or give the reason in coding_note as '{period.marker} …'"
    )


def flag_outside_scope(candidates: list[dict[str, Any]], period: Period | None) -> int:
    """Flag (in place) every candidate whose new event breaks the scope rule, with what the
    curator must decide in its coding note, so ``accept --all`` on an unedited review file
    refuses only flagged candidates. Returns how many were flagged."""
    flagged = 0
    for candidate in candidates:
        problem = outside_scope(candidate, period)
        if problem is None:
            continue
        flags = list(candidate.get("flags") or [])
        if OUTSIDE_SCOPE not in flags:
            flags.append(OUTSIDE_SCOPE)
        candidate["flags"] = flags
        # the note must not hold the marker itself, or accept would read it as the reason
        start, end = candidate.get("date_start"), candidate.get("date_end")
        said = (
            f"Its new event is dated {start or 'open'}..{end or 'open'}, wholly outside the "
            f"dataset's scope {period}: link it to an existing event, mark it expected, or "
            "give the reason (flag outside_scope)."
        )
        note = str(candidate.get("coding_note") or "")
        candidate["coding_note"] = f"{note} {said}".strip()
        flagged += 1
    return flagged
