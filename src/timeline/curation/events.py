"""Candidate events: an event type from the words of a claim, and an existing event of the
same type with overlapping dates as a suggestion (never merged). Stdlib only."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

__all__ = ["EVENT_RULES", "classify_event", "suggest_event"]

#: (event type, rule name, pattern), tried in order on the words of the claim.
EVENT_RULES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (event_type, f"event.{event_type}", re.compile(pattern, re.IGNORECASE))
    for event_type, pattern in (
        ("non_confirmation",
         r"\b(?:not|never|neither|nor)\b[^.;]{0,60}\b(?:confirm\w*|acknowledg\w*)\b"
         r"|\b(?:denied|denies|deny|declined\s+to\s+confirm|refused\s+to\s+confirm)\b"),
        ("concealment",
         r"\b(?:hid|hide|hides|hiding|hidden|conceal\w*|disguis\w*|fake\s+(?:documents|ids?|"
         r"identit\w+|papers|uniforms)|fabricated|forged|cover(?:ing)?\s+up|burn\w*\s+the\s+faces"
         r"|false\s+(?:documents|identities|papers))\b"),
        ("deployment_preparation",
         r"\b(?:prepar\w+\s+to\s+(?:send|deploy|dispatch|rotate)|rotat(?:e|ion)\b"
         r"|(?:send|sending|deploy|deploying|dispatch\w*)\s+(?:more|additional|further|extra|new)"
         r"\b)"),
        ("drone_production",
         r"\b(?:manufactur\w+|produc(?:e|es|ed|ing|tion)|mass-produc\w+|factory|factories)\b"
         r"[^.;]{0,60}\bdrones?\b|\bdrones?\b[^.;]{0,40}\b(?:manufactur\w+|production|factory)"),
        ("weapons_test",
         r"\b(?:test(?:ed|s|ing)?|test-fir\w+|inspect(?:ed|ion))\b"),
        ("evidence_publication",
         r"\b(?:post(?:ed|ing)|publish(?:ed|ing)|releas(?:ed|ing)|shar(?:ed|ing)|upload(?:ed|ing))"
         r"\b[^.;]{0,30}\b(?:photos?|videos?|footage|images?|documents?|pictures?|cards?)\b"
         r"|\b(?:video|footage|photos?)\s+as\s+evidence\b"),
        ("casualties",
         r"\b(?:killed|wounded|injured|dead|deaths?|died|casualt(?:y|ies)|losses|toll|captured|"
         r"taken\s+prisoner)\b"),
        ("invitation", r"\binvit(?:e|es|ed|ing|ation)\b"),
        ("diplomatic_visit",
         r"\b(?:visit(?:ed|s|ing)?|trip\s+to|travel(?:l?ed)\s+to|arrived\s+in|summit|met\s+with|"
         r"held\s+talks)\b"),
        ("planned_participation", r"\b(?:participate|take\s+part|attend)\b"),
        ("briefing", r"\bbrief(?:ing|ed|s)\b"),
        ("warning",
         r"\b(?:warn\w*|vow\w*|threat\w*|retaliat\w*|respon(?:d|se|ses)\s+to\s+any|pledg\w+)\b"),
        ("munitions_shipment",
         r"\b(?:shells?|containers?|munitions?|ammunition|rounds|shipments?|railcars?|cargo)\b"),
        ("weapons_transfer",
         r"\b(?:missiles?|howitzers?|launchers?|artillery|tanks?|weapons?|arms|supply(?:ing)?|"
         r"supplied)\b"),
        ("troop_deployment",
         r"\b(?:troops?|soldiers|personnel|forces|deploy\w*|stationed|dispatch\w*|brigades?|"
         r"battalions?|workers)\b"),
        ("relations",
         r"\b(?:ties|relations|cooperation|partnership|alliance|treaty|pact|rapprochement)\b"),
        ("statement",
         r"\b(?:criticiz\w+|criticis\w+|called\s+(?:for|on)|urged|condemn\w+|praised|accused)\b"),
    )
)  # fmt: skip

_UNIT_TYPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:killed|wounded|injured|dead|captured|casualties|deaths)\b"), "casualties"),
    (re.compile(r"\b(?:drones?)\b"), "weapons_transfer"),
    (
        re.compile(
            r"\b(?:shells?|containers?|munitions?|ammunition|rounds|shipments?|railcars?)\b"
        ),
        "munitions_shipment",
    ),
    (
        re.compile(
            r"\b(?:missiles?|howitzers?|launchers?|guns?|tanks?|artillery|systems?|weapons)\b"
        ),
        "weapons_transfer",
    ),
    (
        re.compile(
            r"\b(?:soldiers?|troops?|personnel|brigades?|battalions?|officers|workers|men)\b"
        ),
        "troop_deployment",
    ),
)


def classify_event(words: str, unit: str | None = None) -> tuple[str | None, str | None]:
    """The event type the words of a claim suggest, and the rule that chose it.

    A counted unit decides first ("soldiers killed or wounded" → casualties, "containers" →
    munitions_shipment), then the first matching rule of :data:`EVENT_RULES`.
    """
    lowered = words.lower()
    if unit:
        unit_l = unit.lower()
        for pattern, event_type in _UNIT_TYPES:
            if pattern.search(unit_l):
                if event_type != "casualties" and re.search(
                    r"\b(?:killed|wounded|casualties|losses|dead)\b", lowered
                ):
                    return "casualties", "event.unit_casualties"
                return event_type, f"event.unit_{event_type}"
    for event_type, rule, pattern in EVENT_RULES:
        if pattern.search(lowered):
            return event_type, rule
    return None, None


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def suggest_event(
    event_type: str | None,
    date_start: date | None,
    date_end: date | None,
    events: Sequence[Mapping[str, Any]],
) -> str | None:
    """The first existing event of the same type whose dates overlap, or None.

    A missing start or end is open ("on or before"): it overlaps everything on that side.
    """
    if event_type is None:
        return None
    for event in events:
        if event.get("event_type") != event_type:
            continue
        other_start, other_end = _as_date(event.get("date_start")), _as_date(event.get("date_end"))
        if date_end is not None and other_start is not None and other_start > date_end:
            continue
        if date_start is not None and other_end is not None and other_end < date_start:
            continue
        return str(event.get("event_id"))
    return None
