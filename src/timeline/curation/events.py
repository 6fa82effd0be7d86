"""Candidate events: an event type from the words of a claim, its ``date_kind`` when the
words make it a plan (:func:`date_kind_of`), and an existing event of the same type with
overlapping dates as a suggestion (never merged). Stdlib only.

The type (a key of ``timeline.model.vocab.EVENT_TYPES``) is decided in this order:

1. a denial, refusal or rejection ("denied", "could not confirm", "refused to say whether",
   "did not discuss the details", "dismissed the figures as ...",
   "said no ... were", "made no mention", "the reports were a smear") → ``non_confirmation``,
   whatever is counted, but for a figure only in its own clause ("had lost more than 900
   fighters, and it made no mention of …" counts casualties);
2. the counted noun's head word (the unit): people killed, wounded, dead or "bodies" →
   ``casualties``; munitions → ``munitions_shipment``; weapons → ``weapons_transfer``;
   soldiers and other personnel ("operators", "replacements", "generals") →
   ``troop_deployment``; with overrides from the claim's verbs: deaths ("died") make any
   personnel count ``casualties`` when they belong to that figure (:func:`figure_context`:
   "some 4,000 have been killed" yes, but not the 11,000 of "of the 11,000 troops sent,
   some 4,000 have been killed", nor "11,000 troops remain in Kursk, where they suffered
   heavy losses"), launches or tests of weapons ``weapons_test``, weapons seen
   moving toward a border or front ``troop_deployment``, personnel being prepared or
   mobilised to go, or more of them still to come in the figure's own clause ("another
   1,500 could follow"), ``deployment_preparation`` (troops "training" somewhere are
   deployed); a figure without a counted noun takes the type its own predicate names
   ("at least 30 were killed", "11,000 were sent", "3,000 more could be sent"); the whole
   a part was counted among ("4,700 casualties among the roughly 14,000 troops it sent",
   "out of roughly 15,000 sent") is the force, its noun said or carried;
3. a warning verb ("warned", "vowed", "threatened") → ``warning``;
4. otherwise the first matching rule of :data:`EVENT_RULES`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

__all__ = [
    "EVENT_RULES",
    "as_date",
    "classify_event",
    "date_kind_of",
    "figure_context",
    "figure_was_sent",
    "suggest_event",
    "without_purpose",
]

#: (event type, rule name, pattern), tried in order on the words of the claim.
EVENT_RULES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (event_type, f"event.{event_type}", re.compile(pattern, re.IGNORECASE))
    for event_type, pattern in (
        ("non_confirmation",
         r"\b(?:not|never|neither|nor)\b[^.;]{0,60}\b(?:confirm\w*|acknowledg\w*)\b"
         r"|\b(?:denied|denies|deny|declined\s+to\s+(?:confirm|comment)|refused\s+to\s+"
         r"(?:confirm|comment)|(?:did|could|would)\s+not\s+(?:immediately\s+)?(?:comment|respond)"
         r"|had\s+no\s+(?:immediate\s+)?comment|no\s+comment"
         r"|(?:has|have|had)\s+(?:not|never)\s+(?:yet\s+)?(?:\w+ly\s+)?commented"
         r"|no\s+information|nothing\s+to\s+(?:add|say)|fabricat\w*|groundless|baseless"
         r"|not\s+on\s+the\s+agenda"
         # "…, without confirming that one had taken place", "stopping short of confirming it"
         r"|without\s+confirm\w*|short\s+of\s+confirm\w*"
         # a deflection: "was 'our business'", "a sovereign matter", "a matter for the two
         # countries", "not a subject for comment", "would not be discussed in detail"
         r"|(?:our|nobody[’']s|no\s+one[’']s|their\s+own|the\s+sovereign)\s+business"
         r"|sovereign\s+(?:matter|affair|right)|a\s+matter\s+for\s+the\s+two"
         r"|not\s+(?:a\s+)?(?:subject|topic|matter)\s+for\s+(?:comment|discussion)"
         r"|(?:would|will)\s+not\s+be\s+discussed)\b"
         # "refused to say whether …", "did not discuss the details"
         r"|\b(?:refused|declined|would\s+not|did\s+not|could\s+not|will\s+not)"
         r"(?:\s+(?:on|last|this|again)(?:\s+\w+)?)?\s+(?:to\s+)?"
         r"(?:say|discuss|disclose|detail|specify|reveal)\b"
         r"|\b(?:dismiss\w*|reject\w*|brush\w*\s+off|rebuff\w*)\b[^.;]{0,50}\bas\b"
         r"|\b(?:said|says|insisted|stated)\s+(?:that\s+)?no\s+(?!fewer|more|less|longer|doubt)"
         r"|\bmade\s+no\s+mention\b"
         r"|\b(?:fabrication|groundless|baseless|slander\w*)\b"
         r"|\b(?:reports?|claims?|allegations?|figures|accounts?)\b[^.;]{0,40}\b(?:were|was|are|is)"
         r"\s+(?:an?\s+)?[\"“]?(?:\w+\s+)?(?:provocation|smear|fabrication|lies?|fantasy|hoax"
         r"|propaganda|false|untrue|nonsense|fake)\b"),
        ("concealment",
         r"\b(?:hid|hide|hides|hiding|hidden|conceal\w*|disguis\w*|fake\s+(?:documents|ids?|"
         r"identit\w+|papers|uniforms)|fabricated|forged|cover(?:ing)?\s+up|burn\w*\s+the\s+faces"
         r"|(?:false|fake|forged|borrowed)\s+(?:[A-Z]?[a-z]+\s+)?(?:documents|identit(?:y|ies)"
         r"|papers|passports?|names?|id\s+cards?)"
         r"|identity\s+(?:papers|cards?|documents)\s+(?:of|issued\s+under|in\s+the\s+names?)"
         r"|cannot\s+be\s+traced)\b"),
        ("deployment_preparation",
         r"\b(?:prepar\w+\s+to\s+(?:send|deploy|dispatch|rotate)|rotat(?:e|ion)\b"
         r"|(?:send|sending|deploy|deploying|dispatch\w*)\s+(?:more|additional|further|extra|new)"
         r"\b)"),
        ("drone_production",
         r"\b(?:manufactur\w+|produc(?:e|es|ed|ing|tion)|mass-produc\w+|factory|factories)\b"
         r"[^.;]{0,60}\bdrones?\b|\bdrones?\b[^.;]{0,40}\b(?:manufactur\w+|production|factory)"
         r"|\bdrones?\s+(?:plants?|factor(?:y|ies)|works|assembly\s+lines?|workshops?)\b"),
        # a test of a weapon, not any test ("the timeline test suite")
        ("weapons_test",
         r"\b(?:test(?:ed|s|ing)?|test-fir\w+|inspect(?:ed|ion))\b(?=[^.;]{0,80}?\b(?:missiles?"
         r"|rockets?|drones?|weapons?|launchers?|warheads?|artillery|bombs?|munitions?|guns?"
         r"|howitzers?|systems?)\b)"
         r"|\b(?:missiles?|rockets?|drones?|weapons?|launchers?|warheads?|artillery|bombs?"
         r"|munitions?|guns?|howitzers?|systems?)\b[^.;]{0,80}?\b(?:test(?:ed|s|ing)?|test-fir\w+"
         r"|inspect(?:ed|ion))\b"),
        ("evidence_publication",
         r"\b(?:post(?:ed|ing)|publish(?:ed|ing)|releas(?:ed|ing)|shar(?:ed|ing)|upload(?:ed|ing))"
         r"\b[^.;]{0,30}\b(?:photos?|videos?|footage|images?|documents?|pictures?|cards?)\b"
         r"|\b(?:video|footage|photos?)\s+as\s+evidence\b"),
        ("casualties",
         r"\b(?:killed|wounded|injured|dead|deaths?|died|casualt(?:y|ies)|losses|toll|captured|"
         r"taken\s+prisoner|out\s+of\s+action)\b"
         r"|\blos(?:t|e|es|ing)\s+(?:[\w,.%-]+\s+){0,5}?(?:soldiers|troops|men|personnel|percent|per\s+cent)\b"),
        ("invitation", r"\binvit(?:e|es|ed|ing|ation)\b"),
        ("diplomatic_visit",
         r"\b(?:visit(?:ed|s|ing)?|trip\s+to|travel(?:l?ed)\s+to|arrived\s+in|summit|met\s+with|"
         r"held\s+talks)\b"),
        ("planned_participation", r"\b(?:participate|take\s+part|attend)\b"),
        ("briefing", r"\bbrief(?:ing|ed|s)\b"),
        ("warning",
         r"\b(?:warn\w*|vow\w*|threat\w*|retaliat\w*|respon(?:d|se|ses)\s+to\s+any|pledg\w+)\b"),
        ("munitions_shipment",
         r"\b(?:shells?|containers?|munitions?|ammunition|rounds|shipments?|railcars?|cargo"
         r"|(?:freight|rail|goods)\s+wagons?)\b"),
        ("weapons_transfer",
         r"\b(?:missiles?|howitzers?|launchers?|artillery|tanks?|weapons?|arms|supply(?:ing)?|"
         r"supplied)\b"),
        ("troop_deployment",
         r"\b(?:troops?|soldiers|servicemen|infantry(?:men)?|personnel|forces|deploy\w*|stationed|"
         r"dispatch\w*|brigades?|"
         r"battalions?|workers|contingents?|withdrawn|pulled\s+(?:back|out))\b"
         r"|\b(?:placed|positioned|put)\s+(?:in|at|on)\s+(?:the\s+)?front(?:\s*-?\s*line)?"),
        ("relations",
         r"\b(?:ties|relations|cooperation|partnership|alliance|treaty|pact|rapprochement)\b"),
        ("statement",
         r"\b(?:criticiz\w+|criticis\w+|called\s+(?:for|on)|urged|condemn\w+|praised|accused)\b"),
    )
)  # fmt: skip

_UNIT_TYPES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"\b(?:killed|wounded|injured|injuries|dead|captured|casualties|deaths|bodies"
            r"|fatalities|losses|fallen)\b"
        ),
        "casualties",
    ),
    (re.compile(r"\b(?:drones?)\b"), "weapons_transfer"),
    (
        re.compile(
            r"\b(?:shells?|containers?|munitions?|ammunition|rounds|shipments?|railcars?"
            r"|wagons?)\b"
        ),
        "munitions_shipment",
    ),
    (
        re.compile(
            r"\b(?:missiles?|rockets?|howitzers?|launchers?|guns?|tanks?|artillery|systems?|weapons)\b"
        ),
        "weapons_transfer",
    ),
    (
        re.compile(
            r"\b(?:soldiers?|troops?|servicem[ae]n|infantry(?:men)?|gunners|artillerymen|personnel"
            r"|brigades?|battalions?|regiments?|divisions?|units"
            r"|officers|workers|men|operators|replacements|reinforcements|recruits|conscripts"
            r"|labou?rers|mercenaries|generals|commanders|instructors|specialists|advisers|contingents?"
            r"|advisors|sappers|deminers|builders|marines|pilots|crews|fighters|force|forces|koreans"
            # "3,000 new arrivals since January": people who came
            r"|arrivals)\b"
        ),
        "troop_deployment",
    ),
)


_DENIAL = EVENT_RULES[0][2]
_DEATHS = re.compile(
    r"\b(?:killed|killing|wounded|injured|casualties|losses|dead|died|die|deaths|fatalities"
    r"|out\s+of\s+action|perished|eliminated|neutrali[sz]ed|slain|missing\s+in\s+action"
    r"|destroyed|liquidated"
    r"|toll)\b"
    # "lost 300 soldiers", not "lost 30 percent of the 11,000 troops" (the 11,000 were sent)
    r"|\blos(?:t|e|es|ing)\s+(?:(?:about|some|nearly|around|roughly|over|more\s+than|at\s+least"
    r"|maybe|perhaps|up\s+to|as\s+many\s+as)\s+)?"
    r"[\d,.]+\s+(?:(?:\w+\s+){0,2}(?:soldiers|troops|men|personnel|fighters|servicemen|marines"
    r"|sailors|pilots|conscripts|recruits)|of\s+(?:them|those|its|their))\b"
)
_LAUNCHED = re.compile(r"\b(?:launch(?:ed|es|ing)?|test(?:ed|s|ing)?|test-fir\w+|flew|flight)\b")
_MOVING = re.compile(
    r"\b(?:mov(?:ing|ed)|mass(?:ing|ed)|position(?:ed|ing)|station(?:ed|ing)|redeploy\w*)\s+"
    r"(?:\w+\s+)?(?:toward|towards|near|along|to\s+the\s+(?:border|front))\b"
)
_PREPARING = re.compile(
    r"\b(?:prepar(?:ing|ed|es|e)\s+to|preparations?\s+(?:to|for)|plans?\s+to\s+(?:send|deploy)"
    r"|mobiliz\w+|mobilis\w+)\b"
)
#: A purpose after the counted noun ("fresh troops … to replace losses") says why, not what
#: happened: it does not decide the type.
_PURPOSE = re.compile(
    r"\b(?:to|in\s+order\s+to)\s+(?:replace|replenish|make\s+up\s+for|offset|compensate\s+for"
    r"|cover|avenge|reinforce)\b[^,;.]*"
    # a cause after the happening ("withdrawn …, apparently after suffering heavy losses")
    r"|\b(?:after|following)\s+(?:suffering|sustaining|taking)\s+[^,;.]*"
    r"|\b(?:after|following|because\s+of|due\s+to)\s+(?:\w+\s+){0,2}(?:losses|casualties)\b"
)
#: More of a force still to come: "another 1,500 could follow", "could send as many as
#: 20,000 more", "2,000 more were being readied", "preparing a third rotation of 3,000".
#: Not "3,000 more had left" (they went) nor "being trained" (troops training in Russia
#: are there).
_MORE_TO_COME = re.compile(
    r"\b(?:could|may|might)\s+(?:\w+\s+){0,2}?(?:send|add|follow|rotate|deploy"
    r"|dispatch|go|be\s+sent|be\s+deployed|be\s+dispatched)\b"
    # "is preparing some 10,000 soldiers", "readying 3,000 more troops"
    r"|\b(?:preparing|readying)\s+(?:(?:some|about|around|roughly|up\s+to|as\s+many\s+as"
    r"|another|a\s+further|an\s+additional)\s+)?[\"“]?(?:up\s+to\s+)?\d"
    r"|\b(?:being|been|be)\s+(?:readied|prepared|mobili[sz]ed|assembled)\b"
    r"|\b(?:begun|began|begin|started)\s+training\b|\btrained\s+another\b"
    r"|\bpreparing\s+(?:a|an)\s+(?:\w+\s+)?(?:rotation|contingent|deployment|wave)\b"
    # "had the capacity to send as many as 30,000", "getting ready to dispatch about 6,000"
    r"|\b(?:capacity|capability|ready|readiness|plans?|planning)\s+to\s+(?:send|deploy|dispatch)\b"
    # "2,500 more on the way", "another 5,000 already in the pipeline", "a second wave of"
    r"|\bon\s+the(?:ir)?\s+way\b|\bin\s+the\s+pipeline\b"
    r"|\b(?:second|third|fourth|new|fresh|further)\s+wave\b|\brotate\s+through\b",
    re.IGNORECASE,
)
#: A force that went somewhere: "11,000 were sent to Russia", "around 12,000 came in the
#: first wave" (people sent are not people lost, whatever figure came before).
_SENT = re.compile(
    r"\b(?:sent|deployed|dispatched|transferred|came|arrived|went|gone|crossed|stationed)\b",
    re.IGNORECASE,
)
#: A force where it is: "10,000 of them were already in the Kursk region", "some 2,000 of
#: them were believed to be in the Kursk region", "up to 8,000 have moved toward Kursk".
_THERE = re.compile(
    r"\b(?:were|are|is|was|remain(?:ed|s)?|been|stay(?:ed|s)?)\s+(?:already\s+|now\s+|still\s+"
    r"|(?:believed|thought|said|reported)\s+to\s+be\s+)?(?:in|inside|near|at|on)\s+(?:the\s+)?"
    r"(?-i:[A-Z])"
    r"|\b(?:moved|moving)\s+(?:up\s+)?(?:toward|towards|to|into|closer\s+to)\b",
    re.IGNORECASE,
)
#: Losses a counted force suffered: the figure is the force, not its dead.
_SUFFERED = re.compile(
    r"\b(?:taken|take|takes|took|taking|suffered|suffer|suffers|suffering|sustained|sustain"
    r"|sustaining|incurred|absorbed)\s+(?:[\w-]+\s+){0,4}?(?:casualties|losses)\b",
    re.IGNORECASE,
)
#: Rockets "shipped with" launchers, loaded or carried: munitions in a shipment.
_SHIPPED = re.compile(r"\b(?:shipp(?:ed|ing)|shipments?|loaded|laden|carried|cargo)\b")
_WARNING_VERB = re.compile(r"\b(?:warn(?:ed|s|ing)?|vow(?:ed|s)?|threaten(?:ed|s)?)\b")
_CASUALTY_WORDS = frozenset(
    ["killed", "wounded", "injured", "dead", "captured", "missing", "died", "or", "and"]
)  # fmt: skip


#: Where a figure's own clause ends: a clause about something else begins ("…, where they
#: suffered heavy losses"; "…; the rest were wounded").
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:–—|]|\s-\s|,\s*(?:as|and|so)\b|\s+and\s+that\b"
    r"|,?\s+(?:where|which|while|whereas|although|though|but|after"
    r"|before|when|since\s+(?:then|when))\b"
    # the main clause after a relative clause or an apposition: "The agency, which puts the
    # force at 11,000 troops, said on Sunday that casualties had risen to 3,100"
    r"|,\s+(?:\w+\s+){0,2}?(?:said|says|told|added|adds|reported|reports|estimated|estimates"
    r"|believes|believed)\b"
    # a second predicate: "sent 11,000 soldiers and lost 4,000 of them"
    r"|\s+and\s+(?:has\s+|have\s+|had\s+)?(?:lost|suffered|sustained)\b"
    # the predicate after a figure in apposition: "The total, 14,000 troops by Seoul's
    # reckoning, is itself half the number of deaths …"
    r"|,\s*(?:is|was|are|were)\b"
    # a part of the figure, in words: "11,000 soldiers, about a third of whom …"
    r"|,\s*(?:(?:about|roughly|nearly|almost|some|around|over|more\s+than)\s+)?(?:a\s+third"
    r"|a\s+quarter|a\s+fifth|half|two[\s-]thirds|most|many|the\s+rest)\b)",
    re.IGNORECASE,
)
_A_NUMBER = re.compile(r"\d")
#: A part named before the whole figure: "a third of the", "30 percent of its", "most of".
#: The whole a part was counted among ("4,700 casualties among the roughly 14,000 troops it
#: sent", "600 dead out of 15,000 sent"): the part's noun is not the whole's.
_WHOLE_BEFORE = re.compile(
    r"\b(?P<of>among|out\s+of|from)\s+(?:the\s+|its\s+|their\s+|some\s+|an\s+estimated\s+)?"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(
    r"\b(?:third|thirds|half|quarter|percent|per\s+cent|%|most|many|some|part|share|fraction"
    r"|majority|dozens|hundreds|thousands|rest|remainder)\s+(?P<of>of)\s+(?:the\s+|its\s+"
    r"|their\s+|these\s+|those\s+)?(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


#: The whole a part was counted among, right before its figure (the words from the figure
#: before it or a clause break): "5,000 of 14,000", "out of a force of roughly 12,000", "out
#: of 11,000"; not "a toll of 300" nor "the estimate of 1,100".
_APPROX = r"(?:(?:roughly|about|around|some|nearly|almost|an\s+estimated)\s+)?"
_WHOLE_OF_FIGURE = re.compile(
    rf"(?:^of\s+{_APPROX}"
    rf"|\bout\s+of\s+(?:(?:the|its|their|a|an)\s+)?(?:(?:force|contingent|total)\s+of\s+)?{_APPROX}"
    rf"|\bof\s+(?:the|its|their|a|an)\s+(?:force|contingent)\s+of\s+{_APPROX})$"
)


def _whole_of_figure(context: str) -> bool:
    """Whether the figure of ``context`` (its first number) is the whole a part was
    counted among."""
    digit = re.search(r"\d", context)
    return digit is not None and _WHOLE_OF_FIGURE.search(context[: digit.start()]) is not None


def without_purpose(words: str) -> str:
    """The words without a purpose or cause clause ("… to replace losses", "after suffering
    heavy losses"): they say why, not what the figure counts."""
    return _PURPOSE.sub(" ", words)


def figure_context(words: str, figure: str | None) -> str | None:
    """The words that say what one figure counts: the few words before its number in
    ``words`` (back to the previous number or clause break, at most eight) and its own
    stretch ``figure`` (from its number to the next figure, as the proposer cuts it) up to
    its clause's end. None when no figure is given (the whole words then decide).

    ``words`` may end with ``figure`` itself (the proposer appends it); the words before
    the number are looked for in what comes before that copy."""
    own = (figure or "").strip()
    if not own:
        return None
    head = words[: len(words) - len(own)] if words.rstrip().endswith(own) else words
    cut = _CLAUSE_BREAK.search(own, 1)
    if cut is not None:
        own = own[: cut.start()]
    before = ""
    first = own.split()[0].rstrip(".,;:!?\"'”’)")
    for text, prefix in ((t, p) for t in (head, words) for p in (own[:24], own[:12], first)):
        at = text.rfind(prefix.strip()) if prefix.strip() else -1
        if at >= 0:
            before = text[:at]
            break
    stops = [m.end() for m in (*_CLAUSE_BREAK.finditer(before), *_A_NUMBER.finditer(before))]
    if stops:
        before = before[max(stops) :]
    part = _PART_BEFORE.search(before) or _WHOLE_BEFORE.search(before)
    if part is not None:  # "lost a third of the 12,000 troops sent": the third was lost
        before = before[part.start("of") :]
    before = before.lstrip(",.0123456789 ")
    return f"{' '.join(before.split()[-8:])} {own}".strip()


def _unit_type(
    unit: str, lowered: str, own: str, context: str | None = None
) -> tuple[str, str] | None:
    """The event type of a counted noun, with the claim's verbs as overrides; deaths count
    only in the figure's ``own`` words, more still to come only in its ``context`` (its
    own clause, when known)."""
    unit_l = unit.lower()
    if re.search(rf"\b{re.escape(unit_l)}\s+(?:shells?|rounds|ammunition)\b", lowered):
        # "9 million artillery shells" counted by a unit cut short at "artillery"
        return "munitions_shipment", "event.unit_munitions_shipment"
    if _UNIT_TYPES[0][0].search(unit_l):
        return "casualties", "event.unit_casualties"
    head_words = [w for w in re.findall(r"[a-z][a-z’'-]*", unit_l) if w not in _CASUALTY_WORDS]
    head = head_words[-1] if head_words else unit_l
    for pattern, event_type in _UNIT_TYPES[1:]:
        if not pattern.search(head):
            continue
        if event_type == "troop_deployment":
            # "the 11,000 soldiers Pyongyang sent had taken heavy casualties": a force that
            # suffered losses is counted as the force
            if _DEATHS.search(_SUFFERED.sub(" ", own)):
                return "casualties", "event.figure_casualties"
            if _PREPARING.search(lowered):
                return "deployment_preparation", "event.unit_preparation"
            if context is not None and _MORE_TO_COME.search(context):
                return "deployment_preparation", "event.figure_preparation"
        elif event_type == "weapons_transfer":
            if re.search(r"\brockets?\b", head) and _SHIPPED.search(lowered):
                return "munitions_shipment", "event.unit_munitions_shipment"
            if _LAUNCHED.search(lowered):
                return "weapons_test", "event.unit_test"
            if _MOVING.search(lowered):
                return "troop_deployment", "event.unit_moving"
        if event_type != "casualties" and _DEATHS.search(_SUFFERED.sub(" ", own)):
            return "casualties", "event.figure_casualties"
        return event_type, f"event.unit_{event_type}"
    return None


def _elided_type(own: str) -> tuple[str, str] | None:
    """The type a figure without a counted noun ("at least 30 were killed", "3,000 more
    could be sent", "11,000 were sent") takes from its own predicate: the dead, more of a
    force to come, or a force that went."""
    written = without_purpose(own)  # a place's capital letter says "in the Kursk region"
    own = written.lower()
    if _DEATHS.search(own):
        return "casualties", "event.figure_casualties"
    if _MORE_TO_COME.search(own):
        return "deployment_preparation", "event.figure_preparation"
    if _SENT.search(own) or _THERE.search(written):
        # people by default; a figure carried from shells or containers keeps their type
        return "troop_deployment", "event.figure_sent"
    return None


def figure_was_sent(words: str, figure: str | None) -> bool:
    """Whether a figure's own words say it went somewhere ("11,000 were sent to Russia"):
    such a figure counts a force, not its dead, whatever the figure before it counted."""
    own = figure_context(words, figure)
    return own is not None and _SENT.search(own) is not None and _DEATHS.search(own) is None


def _denies(lowered: str, figure: str | None) -> bool:
    """Whether the claim's words deny or reject; for a figure, in its own clause ("had lost
    more than 900 fighters, and it made no mention of …" denies nothing of the 900)."""
    denial = _DENIAL.search(lowered)
    if denial is None or not figure:
        return denial is not None
    own = figure.strip().lower()
    # the figure's first place in the words (the candidate builder appends its own words
    # after the claim's, so a later copy would put every denial "before" it)
    at = lowered.find(own[:24]) if own else -1
    if at < 0 or denial.start() < at:
        return True  # "dismissed the estimate of 900 sappers as …": before or around it
    cut = _CLAUSE_BREAK.search(lowered, at + 1, denial.start())
    return cut is None


def classify_event(
    words: str, unit: str | None = None, *, figure: str | None = None
) -> tuple[str | None, str | None]:
    """The event type the words of a claim suggest, and the rule that chose it (the order is
    in the module's docstring). ``figure`` is the figure's own stretch (from its number to
    the next figure), when the words state one: only its words say whether it counts dead."""
    lowered = _PURPOSE.sub(" ", words.lower())
    if _denies(lowered, figure):
        return "non_confirmation", "event.non_confirmation"
    if unit:
        # the figure's own words decide when they hold its counted noun ("of the 11,000
        # troops sent, some 4,000 were killed"); a noun carried from elsewhere ("Seoul's
        # estimate of around 1,100") leaves the decision to the whole sentence
        context = (figure_context(words, figure) or "").lower()
        own = lowered
        if context and (
            set(re.findall(r"\w+", unit.lower())) <= set(re.findall(r"\w+", context))
            or any(pattern.search(context) for pattern, _ in _UNIT_TYPES)
            # "…, out of roughly 15,000 sent to Russia": a force that went, its noun carried
            or figure_was_sent(words, figure)
        ):
            own = _PURPOSE.sub(" ", context)
        if context.startswith(("of the ", "of its ", "of their ", "of these ", "of those ")) or (
            _whole_of_figure(context)
        ):
            # "about a quarter of the 11,000 soldiers sent have been killed": the figure is
            # the whole, the dead are the part named before it
            own = ""
        typed = _unit_type(unit, lowered, own, _PURPOSE.sub(" ", context) if context else None)
        if typed is not None:
            return typed
    elif figure:
        typed = _elided_type(figure_context(words, figure) or "")
        if typed is not None:
            return typed
    if _WARNING_VERB.search(lowered):
        return "warning", "event.warning"
    for event_type, rule, pattern in EVENT_RULES:
        if event_type == "non_confirmation" and figure:
            continue  # a figure's denial is in its own clause or not at all (above)
        if pattern.search(lowered):
            return event_type, rule
    return None, None


#: A plan or expectation: the event is still to come ("will send", "is expected to",
#: "plans to deploy … next month").
_EXPECTED = re.compile(
    r"\b(?:will|shall|plans?\s+to|planning\s+to|intends?\s+to|intending\s+to"
    r"|(?:is|are|was|were)\s+(?:expected|set|due|scheduled|slated|poised|likely)\s+to"
    r"|expects?\s+to|next\s+(?:week|month|year|spring|summer|autumn|winter))\b",
    re.IGNORECASE,
)
#: Event types that are the statement itself ("warned that it will retaliate" happened)
#: or a state that holds now (preparing "to send more next month" is under way).
_NOT_EXPECTED_TYPES = frozenset(
    {"warning", "statement", "non_confirmation", "briefing", "evidence_publication",
     "relations", "concealment", "deployment_preparation"}
)  # fmt: skip


def date_kind_of(event_type: str | None, words: str, figure: str | None = None) -> str | None:
    """``expected`` when the claim's words put its event still to come ("will send", "is
    expected to", "plans to deploy … next month"; a planned participation always), else
    None: the curator decides, and ``accept`` defaults to ``occurred``. A warning, denial
    or other statement happened when it was made, whatever it announces, and preparations
    are under way. For a figure, its
    own words decide ("1,200 more are due next week, and 9,000 were sent": the 9,000 were)."""
    if event_type is None or event_type in _NOT_EXPECTED_TYPES:
        return None
    own = figure_context(words, figure) or words
    if event_type == "planned_participation" or _EXPECTED.search(own):
        return "expected"
    return None


def as_date(value: Any) -> date | None:
    """A date from a curated value (a date, an ISO string, or empty: None; junk: None)."""
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
        other_start, other_end = as_date(event.get("date_start")), as_date(event.get("date_end"))
        if date_end is not None and other_start is not None and other_start > date_end:
            continue
        if date_start is not None and other_end is not None and other_end < date_start:
            continue
        return str(event.get("event_id"))
    return None
