"""Stage 6 of ``propose``: candidate rows from a sentence's numbers, statements and quotes.

A :class:`CandidateBuilder` turns each claim-worthy number of a sentence (with the statement
whose scope holds it) and each statement without a number into a candidate row: the quote span
(a clause, cut to a quotation or to the frame's side), value, qualifier, bounds and unit, the
claimant, the statement date, the event type and date, flags from :mod:`~timeline.curation.flags`
and a coding note. It keeps the last counted noun ("900 of them") and the last event type
("the figure included") across sentences. Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from timeline.curation.annotation import SentenceAnnotation
from timeline.curation.attribution import (
    Claimant,
    Frame,
    certainty,
    country_of,
    split_claimants,
)
from timeline.curation.dates import DateMention, find_dates
from timeline.curation.events import classify_event, date_kind_of, figure_was_sent
from timeline.curation.flags import LINK_REASON, LINKED_EVENT, SUGGESTED_EVENT, Flag
from timeline.curation.linking import link_event
from timeline.curation.mentions import CURRENCY_SIGNS
from timeline.curation.numbers import NumberMention
from timeline.curation.resolution import DATELINE, Statement, frame_zone
from timeline.curation.sentences import Span, trim
from timeline.curation.vocabulary import (
    COUNTRY_WORDS,
    DOCUMENT_NOUNS,
    PERSON_ROLES,
    SPEECH_PARTICIPLES,
    alternation,
)

__all__ = ["CANDIDATE_KEYS", "CandidateBuilder", "iso"]

#: The keys of every candidate, in order (a public interface: scripts read them).
CANDIDATE_KEYS: tuple[str, ...] = (
    "candidate_id", "quote", "quote_start", "quote_end", "stated_on", "stated_end",
    "stated_precision", "stated_text", "value", "qualifier", "value_low", "value_high", "unit",
    "attribution", "certainty", "claimant", "claimant_id", "event_id", "event_type", "date_start",
    "date_end", "date_precision", "date_kind", "date_text", "flags", "confidence", "rule",
    "coding_note",
)  # fmt: skip


_SPEECH_PARTICIPLE = re.compile(rf"(?:{alternation(SPEECH_PARTICIPLES)})\b")
_LEADING_CONJUNCTION = re.compile(r"(?:while|whereas|but|although|though|and|where)\s+")

_QUALIFIER_NOTES: dict[str, str] = {
    "exact": "A bare number: coded exact (low = high = value).",
    "more_than": "'more than' / 'exceeds': lower bound value + 1, no upper bound.",
    "at_least": "'at least': lower bound = value, no upper bound.",
    "up_to": "'up to' / 'as many as': upper bound = value, no lower bound.",
    "less_than": "'fewer than' / 'less than': upper bound value - 1, no lower bound.",
    "about": "Approximate: no bounds are coded.",
    "range": "A stated range: bounds as stated, value left empty.",
}


def iso(value: date | None) -> str | None:
    """A date as ISO text (None stays None)."""
    return value.isoformat() if value is not None else None


def _strip(text: str, start: int, end: int) -> Span:
    span = trim(text, start, end)
    start, end = span
    while end > start and text[end - 1] in ",;:–—-":
        end -= 1
    while start < end and text[start] in ",;:–—- ":
        start += 1
    dateline = DATELINE.match(text, start, end)
    if dateline is not None and dateline.end() < end:
        start = dateline.end()
    lead = _LEADING_CONJUNCTION.match(text, start, end)
    if lead is not None and lead.end() < end:
        start = lead.end()
    return trim(text, start, end)


def _words(text: str, span: Span) -> int:
    return len(re.findall(r"[A-Za-z\d]+", text[span.start : span.end]))


@dataclass(slots=True)
class _Said:
    """Who states a quote, how and when."""

    claimants: list[Claimant]
    attribution: str
    stated: tuple[date | None, date | None, str]
    stated_text: str | None
    mention: DateMention | None
    flags: list[str]
    words: str  #: the quote without the claimant's words
    certainty: str


def _judged(
    claimant: Claimant,
    said: _Said,
    statement: Statement | None,
    event_type: str | None,
    flags: Sequence[str],
    notes: Sequence[str],
    confidence: float,
) -> tuple[list[str], list[str], float]:
    """A row's flags, coding notes and confidence: what the curator must check."""
    row_flags = list(dict.fromkeys(flags))
    row_notes = list(notes)
    score = confidence
    if statement is not None and claimant.actor_id is None:
        row_flags.append(Flag.NEW_ACTOR.value)
        row_notes.append(f"No existing actor matches '{claimant.words}': add one or pick one.")
        score -= 0.1
    if claimant.actor_id is None and _joint(claimant.words):
        row_flags.append(Flag.JOINT_CLAIMANT.value)
        row_notes.append("Several parties state it together: one claimant, as written.")
    if len(said.claimants) > 1:
        row_flags.append(Flag.SHARED_QUOTE.value)
        row_notes.append("One sentence names several claimants: one claim each.")
    if Flag.CONTINUES_CLAIMANT in row_flags:
        row_notes.append("Claimant carried over from the last named one: check it.")
    if Flag.CONTINUED_DATE in row_flags:
        row_notes.append("Undated here: dated by the previous statement of the same party.")
    if said.stated[0] is None and statement is not None:
        row_notes.append("Undated statement: on or before publication.")
    if event_type is None:
        row_flags.append(Flag.NO_EVENT_TYPE.value)
        score -= 0.1
    if not claimant.words and not claimant.actor_id:
        row_flags.append(Flag.NO_CLAIMANT.value)
        row_notes.append("No claimant found: set claimant_id or claimant before accepting.")
    elif _DOCUMENT_HEAD.search(_core_words(claimant.words)):
        row_flags.append(Flag.DOCUMENT_CLAIMANT.value)
    return row_flags, row_notes, score


def _joint(words: str) -> bool:
    """Whether a claimant's words coordinate parties, each a place or a people's body
    ("Washington and Seoul", "U.S. and South Korean officials"), not one body whose name holds
    "and" ("the Central Disaster and Safety Countermeasures Headquarters")."""
    parts = split_claimants(words)
    return len(parts) > 1 and all(country_of(part) for part in parts)


#: A claimant's words ending in a document noun ("The latest intelligence report").
_DOCUMENT_HEAD = re.compile(rf"(?i)\b(?:{alternation(DOCUMENT_NOUNS)})$")


def _core_words(words: str) -> str:
    """A carried claimant's own words ("it (the report)" → "the report")."""
    inner = re.fullmatch(r"[^()]*\((.+)\)", words)
    return inner.group(1) if inner else words


#: Event types of people: a figure's own words may say it counts their dead or more of them.
#: Types that say what was done with words, not what a figure counts.
_NO_FIGURE_TYPES = frozenset({None, "briefing", "statement"})
#: How far from its figure a run-on sentence's words still type the figure's event: past
#: this, a sentence listing hundreds of figures would be read whole once per figure.
_TYPING_REACH = 300


def _near(words: str, at: int | None) -> str:
    """A run-on sentence's words within reach of the figure at about ``at``; a sentence of
    ordinary length whole."""
    if at is None or len(words) <= 2 * _TYPING_REACH:
        return words
    at = min(max(at, 0), len(words))
    return words[max(0, at - _TYPING_REACH) : at + _TYPING_REACH]


_PEOPLE_TYPES = frozenset({"troop_deployment", "casualties", "deployment_preparation"})


def _carries(event_rule: str | None, last_type: str) -> bool:
    """Whether a figure whose noun is carried over takes the type of the figure before: not
    when its own words say what it counts ("at least 30 were killed", "3,000 more could be
    sent", "11,000 were sent"), unless those words fit things as well as people and the
    figure before counted things ("… 7,000 containers; about 2,000 more could follow")."""
    rule = str(event_rule)
    if rule.startswith("event.figure_"):
        return last_type not in _PEOPLE_TYPES and rule != "event.figure_casualties"
    return event_rule is None or rule.startswith("event.unit_")


class CandidateBuilder:
    """Candidate rows of a report, sentence by sentence."""

    def __init__(
        self,
        text: str,
        published_on: date,
        events: Sequence[Mapping[str, Any]],
        publisher: Claimant,
    ) -> None:
        self.text = text
        self.pub = published_on
        self.events = events
        self.publisher = publisher
        self.rows: list[dict[str, Any]] = []
        self.last_type: str | None = None  # the last figure's event type

    def build(self, sentence: SentenceAnnotation) -> None:
        """The candidates of one sentence: its numbers, then its statements without a number,
        then participial statements after a frame, then the report's own statements."""
        covered: list[Span] = []
        first = len(self.rows)
        self._numbers(sentence, covered)
        if sentence.block in {"headline", "summary"}:
            # a headline, standfirst or fact-box line restates the body's figures: its numbers
            # only, settled against the body at the end (see ``result``); a key-points box's
            # sentence may also state a figure the body leaves out
            prefix = _SUMMARY_RULE if sentence.block == "summary" else "headline+"
            for row in self.rows[first:]:
                row["rule"] = f"{prefix}{row['rule']}"
            if sentence.block == "headline":
                return
        for statement in sentence.statements:
            if statement.frame.kind in {"carried", "quoted"}:
                continue  # a carried-on attribution serves the sentence's figures only
            self._add_statements(
                statement, sentence.clauses, sentence.quotes, sentence.dates, sentence.numbers,
                covered,
            )  # fmt: skip
        self._participles(sentence, covered)
        self._reporter(sentence, covered)

    def _numbers(self, sentence: SentenceAnnotation, covered: list[Span]) -> None:
        numbers = sentence.numbers
        # "two senior NATO officials told reporters": a number naming the claimant is no claim
        claimant_words = [
            Span(s.frame.np_start, s.frame.np_end)
            for s in sentence.statements
            if s.frame.kind not in {"carried", "possessive"}
        ]
        for index, number in enumerate(numbers):
            if any(w.start <= number.start < w.end for w in claimant_words):
                continue
            statement = _statement_for(number.start, sentence.statements)
            if _HOME_TO_BEFORE.search(self.text, max(0, number.start - 40), number.start):
                statement = None  # "the Gaza Strip, home to 2.3 million people": the page's
            clause = _containing(sentence.clauses, number.start) or sentence.span
            span = self._number_quote(number, clause, statement, sentence.quotes)
            covered.append(clause)
            # the figure's own predicate: from the number to the next figure of the sentence
            # ("Roughly 900 of them, it said, died in fighting between Jan. 3 and Jan. 8")
            following = [n.start for n in numbers[index + 1 :] if n.start >= number.end]
            stretch = Span(number.start, following[0] if following else sentence.span.end)
            self._add_number(
                number, span, statement, sentence.quotes, sentence.dates, numbers, stretch
            )

    def _participles(self, sentence: SentenceAnnotation, covered: list[Span]) -> None:
        """Participial statements after a frame ("…, vowing tangible responses")."""
        text = self.text
        for clause in sentence.clauses:
            if _overlaps(clause, covered):
                continue
            head = text[clause.start : clause.end]
            owner = [s for s in sentence.statements if s.frame.verb_end <= clause.start]
            if _SPEECH_PARTICIPLE.match(head) and owner and _words(text, clause) >= 3:
                self._add(
                    clause, owner[-1], number=None, quotes=sentence.quotes, dates=sentence.dates,
                    rule="statement.participle", confidence=0.55,
                )  # fmt: skip
                covered.append(clause)

    def _reporter(self, sentence: SentenceAnnotation, covered: list[Span]) -> None:
        """The report's own statements: clauses outside every frame that name an event, when
        the source's publisher can be their claimant (without one, they are background)."""
        if not self.publisher.words and not self.publisher.actor_id:
            return
        text = self.text
        statements = sentence.statements
        for clause in sentence.clauses:
            if _overlaps(clause, covered) or _words(text, clause) < 4:
                continue
            if any(clause.start < frame_zone(s.frame).end for s in statements):
                continue
            if any(
                s.frame.scope.start < clause.end and clause.start < s.frame.scope.end
                for s in statements
            ):
                continue
            event_type, _ = classify_event(text[clause.start : clause.end])
            if event_type is None:
                continue
            self._add(
                _strip(text, *clause), None, number=None, quotes=sentence.quotes,
                dates=sentence.dates, rule="statement.reporter", confidence=0.4,
                notes=("The report's own statement: is it a claim worth keeping?",),
            )  # fmt: skip
            covered.append(clause)

    def _add(
        self,
        span: Span,
        statement: Statement | None,
        *,
        number: NumberMention | None,
        quotes: Sequence[Span],
        dates: Sequence[DateMention],
        rule: str,
        confidence: float,
        flags: Sequence[str] = (),
        notes: Sequence[str] = (),
        stretch: Span | None = None,
    ) -> None:
        """One row per claimant of ``statement`` (the report's own when None) for the quote
        ``span``, with the number's value, the event type and date."""
        text = self.text
        quote = text[span.start : span.end]
        said = self._said(span, statement, quotes)
        # a vague quantity has no value, so no unit either (accept would refuse the pair)
        unit = number.unit if number is not None and number.kind != "vague" else None
        lead = self._lead(span, statement)
        at = len(lead) + stretch.start - span.start if stretch is not None else None
        event_type, event_rule = self._event_type(
            _near(f"{lead}{said.words}", at), quote, statement, number, stretch
        )
        event_date, date_text, event_flags = self._event_date(span, said, dates, stretch)
        own = text[stretch.start : stretch.end] if stretch is not None else ""
        counted = number is not None and (number.value, number.low, number.high) != (None,) * 3
        size = None
        if number is not None:
            size = number.value if number.value is not None else (number.high or number.low)
        own_unit = None if number is None or number.unit_guessed else unit
        link = link_event(event_type, event_date[0], event_date[1], self.events,
                          words=f"{lead}{quote} {own}", unit=own_unit, has_number=counted,
                          figure=own or None, size=size)  # fmt: skip
        all_flags = [*said.flags, *flags, *event_flags]
        if number is not None:
            all_flags.extend(number.flags)
        all_flags.extend(link.flags)
        if link.note:
            notes = [*notes, link.note]
        shared = {
            "quote": quote,
            "quote_start": span.start,
            "quote_end": span.end,
            "stated_on": iso(said.stated[0]),
            "stated_end": iso(said.stated[1]),
            "stated_precision": said.stated[2],
            "stated_text": said.stated_text,
            "value": number.value if number is not None else None,
            "qualifier": number.qualifier if number is not None else None,
            "value_low": number.low if number is not None else None,
            "value_high": number.high if number is not None else None,
            # "soldiers a day": the rate the figure is said at goes with its noun
            "unit": f"{unit} {number.rate}"
            if unit and number is not None and number.rate
            else unit,
            # dropped by result(): a guessed unit gives way to the body's (_settle_headlines)
            "_unit_guessed": number is not None and number.unit_guessed,
            # where the figure is: two equal figures of one quote are two rows ("four Russian
            # and four Chinese bombers"); the same figure read twice is one
            "_at": number.start if number is not None and number.value is not None else None,
            "attribution": said.attribution,
            "certainty": said.certainty,
            "event_id": link.event_id,
            "event_type": event_type,
            "date_start": iso(event_date[0]),
            "date_end": iso(event_date[1]),
            "date_precision": event_date[2],
            "date_kind": date_kind_of(event_type, f"{quote} {own}", own or None),
            "date_text": date_text,
            "rule": rule if event_rule is None or number is not None else f"{rule}+{event_rule}",
        }
        for claimant in said.claimants:
            row_flags, row_notes, score = _judged(
                claimant, said, statement, event_type, all_flags, notes, confidence
            )
            row = {"candidate_id": "", **shared}
            row.update(
                claimant=claimant.words or None, claimant_id=claimant.actor_id, flags=row_flags,
                confidence=round(max(0.05, min(1.0, score)), 2),
                coding_note=" ".join(row_notes) or None,
            )  # fmt: skip
            self.rows.append({key: row[key] for key in (*CANDIDATE_KEYS, "_unit_guessed", "_at")})

    def _said(self, span: Span, statement: Statement | None, quotes: Sequence[Span]) -> _Said:
        """Who states the quote and when: the statement's, or the report's own (its
        publisher, on the publication day)."""
        text = self.text
        quote = text[span.start : span.end]
        if statement is None:
            return _Said(
                [self.publisher], "reporter", (self.pub, self.pub, "day"), None, None, [],
                quote, certainty(quote),
            )  # fmt: skip
        in_quote = any(q.start <= span.start and span.end <= q.end for q in quotes)
        frame = statement.frame
        words = quote
        sure = certainty(quote)
        if frame.kind == "according_to":
            sure = certainty(text[frame.verb_start : frame.np_end] + " " + quote)
        else:
            words = quote.replace(text[frame.np_start : frame.np_end], " ", 1)
        return _Said(
            statement.claimants, "direct_quote" if in_quote else "paraphrase", statement.stated,
            statement.stated_text, statement.date_mention, list(statement.flags), words, sure,
        )  # fmt: skip

    def _lead(self, span: Span, statement: Statement | None) -> str:
        """The statement's words before a quote that is a short quotation inside it: in
        'said its forces had killed or wounded "more than 4,000" soldiers' the quote is the
        quoted figure, and what happened to the soldiers is written before it."""
        if statement is None:
            return ""
        scope, zone = statement.frame.scope, frame_zone(statement.frame)
        start = max(scope.start, zone.end) if zone.end <= span.start else scope.start
        if not start < span.start <= scope.end or span.start - start > 200:
            return ""
        lead = self.text[start : span.start]
        # its own clause only ("could not confirm X, but estimated that …" denies nothing)
        return re.split(r"[,;:–—]", lead)[-1]

    def _event_type(
        self,
        words: str,
        quote: str,
        statement: Statement | None,
        number: NumberMention | None,
        stretch: Span | None,
    ) -> tuple[str | None, str | None]:
        """The event type from the claim's words and the figure's own predicate; "the figure
        included …" keeps the type of the figure before."""
        text = self.text
        if number is None and statement is not None and "non_confirmation" in statement.frame.flags:
            # a refusal's frame is the statement ("Neither Moscow nor Pyongyang has confirmed
            # the deployment": the negation is in the claimant's words, left out of ``words``)
            return "non_confirmation", "event.non_confirmation"
        content = words
        own = None
        if stretch is not None:
            own = text[stretch.start : stretch.end]
            if statement is not None:
                zone = frame_zone(statement.frame)
                if stretch.start <= zone.start and zone.end <= stretch.end:
                    own = text[stretch.start : zone.start] + " " + text[zone.end : stretch.end]
            content = f"{content} {own}"
        # a guessed noun ("11,000 were already there" → the troops before) does not type it
        unit = number.unit if number is not None and not number.unit_guessed else None
        event_type, event_rule = classify_event(content, unit, figure=own)
        if event_type in _NO_FIGURE_TYPES and number is not None and number.unit_guessed:
            # "up to 8,000", said by officials "briefing reporters": the occasion's word does
            # not type a figure whose guessed noun ("troops") says what it counts
            guessed_type = classify_event(content, number.unit, figure=own)
            if guessed_type[0] is not None:
                event_type, event_rule = guessed_type
        # an elided noun ("Kyiv's count of more than 3,000"), not a partitive ("3,000 of
        # them remain in Kursk": the group named, whatever the figure before counted)
        carried = (
            number is not None
            and "elided_noun" in number.flags
            and "partitive_pronoun" not in number.flags
        )
        if carried and self.last_type is not None and _carries(event_rule, self.last_type):
            # "well below the union's count of more than 90": a figure whose noun is carried
            # over counts what the figure before did, whatever that noun's own type
            event_type, event_rule = self.last_type, "event.carried_over"
            if event_type == "casualties" and figure_was_sent(content, own):
                # "… have been killed; at least 11,000 were sent": a force, not its dead
                event_type, event_rule = "troop_deployment", "event.figure_sent"
        if number is not None and _SAME_FIGURE.search(quote) and self.last_type is not None:
            # "She said the figure included 40 or more officers": part of the figure before
            event_type, event_rule = self.last_type, "event.same_figure"
        if number is not None and event_type is not None:
            self.last_type = event_type
        return event_type, event_rule

    def _event_date(
        self, span: Span, said: _Said, dates: Sequence[DateMention], stretch: Span | None
    ) -> tuple[tuple[date | None, date | None, str], str | None, list[str]]:
        """The event's own date words (the figure's first, then any in its quote), else the
        statement's date."""

        def own(mention: DateMention) -> bool:
            return (
                stretch is not None
                and stretch.start <= mention.start
                and mention.end <= stretch.end
            )

        for mention in sorted(dates, key=lambda m: 0 if own(m) else 1):
            if said.mention is not None and mention.start == said.mention.start:
                continue
            if not (span.start <= mention.start and mention.end <= span.end) and not own(mention):
                continue
            if mention.rule == "date.span":
                anchored = find_dates(
                    self.text, self.pub, mention.start, mention.end, anchor=said.stated
                )
                if anchored:
                    mention = anchored[0]
            interval = (mention.date_start, mention.date_end, mention.precision)
            return interval, mention.text, list(mention.flags)
        return said.stated, said.stated_text, []

    def _number_quote(
        self,
        number: NumberMention,
        clause: Span,
        statement: Statement | None,
        quotes: Sequence[Span],
    ) -> Span:
        text = self.text
        quote = next((q for q in quotes if q.start <= number.start < q.end), None)
        start, end = clause
        if quote is not None:
            start, end = max(start, quote.start), min(end, quote.end)
        elif statement is not None:
            frame = statement.frame
            if frame.kind == "subject" and not frame.backward:
                # (a passive's agent after its verb opens no quote: "The number of casualties
                # – estimated by Seoul to be around 300 – …" is quoted whole)
                if (
                    clause.start <= frame.np_start < number.start
                    and frame.np_start < frame.verb_start
                ):
                    start = frame.np_start
                    if statement.lead_start is not None:
                        start = statement.lead_start
            elif frame.backward and frame.np_start > number.end:
                # (an inverted frame's verb ends it: "…, reports the "Kyiv Post,"")
                end = min(end, frame.np_start, max(frame.verb_start, number.end))
                if frame.scope.start <= number.start and number.end <= frame.scope.end:
                    end = min(end, frame.scope.end)  # ("Some 40 ships sank, as reported by …")
        span = _strip(text, start, end)
        if not (span.start <= number.start and number.end <= span.end):
            span = _strip(text, *clause)
        return span

    def _add_number(
        self,
        number: NumberMention,
        span: Span,
        statement: Statement | None,
        quotes: Sequence[Span],
        dates: Sequence[DateMention],
        numbers: Sequence[NumberMention],
        stretch: Span | None = None,
    ) -> None:
        notes: list[str] = []
        flags: list[str] = []
        rule = number.rule
        confidence = 0.85 if statement is not None else 0.6
        if number.kind == "vague":
            flags.append("vague_quantity")
            notes.append("Vague quantity: no value is coded; keep it as a statement or drop it.")
            confidence = 0.5
        else:
            # a total reached by adding an approximate figure is itself approximate
            text = self.text
            clause_words = text[span.start : number.start]
            if number.qualifier == "exact" and re.search(
                r"\b(?:bring(?:ing|s)?|rais(?:ing|es|ed)|tak(?:ing|es))\s+the\s+(?:total|tally|toll|"
                r"overall|number|sum)\b",
                clause_words,
                re.IGNORECASE,
            ):
                earlier = [n for n in numbers if n.end <= span.start and n.kind == "count"]
                if earlier and earlier[-1].qualifier == "about":
                    number = NumberMention(
                        number.start, number.end, number.value, "about", None, None,
                        number.kind, "number.derived_total", number.unit, number.unit_end,
                        [*number.flags, "derived_total"], number.words,
                    )  # fmt: skip
                    rule = number.rule
                    notes.append("A total reached by adding an approximate figure: coded 'about'.")
            if number.qualifier:
                notes.append(_QUALIFIER_NOTES[number.qualifier])
            if number.unit is None:
                flags.append("no_unit")
                notes.append("No counted noun found: fill in the unit.")
                confidence -= 0.15
            if number.kind == "percent":
                flags.append("percentage")
        self._add(
            span, statement, number=number, quotes=quotes, dates=dates, rule=rule,
            confidence=confidence, flags=flags, notes=notes, stretch=stretch,
        )  # fmt: skip

    def _add_statements(
        self,
        statement: Statement,
        parts: Sequence[Span],
        quotes: Sequence[Span],
        dates: Sequence[DateMention],
        numbers: Sequence[NumberMention],
        covered: list[Span],
    ) -> None:
        text = self.text
        frame = statement.frame
        scope = frame.scope
        first = True
        for clause in parts:
            start, end = max(clause.start, scope.start), min(clause.end, scope.end)
            if start >= end:
                continue
            if any(start <= n.start < end for n in numbers):
                first = False
                continue
            if _overlaps(Span(start, end), covered):
                first = False
                continue
            if (
                frame.kind in {"subject", "according_to"}
                and not frame.backward
                and first
                and clause.start <= frame.np_start
            ):
                start = min(start, frame.np_start)
                if statement.lead_start is not None:
                    start = statement.lead_start
            span = _strip(text, start, end)
            first = False
            if _words(text, span) < 4:
                continue
            quote = next((q for q in quotes if q.start <= span.start < q.end), None)
            if quote is not None:
                span = _strip(text, max(span.start, quote.start), min(span.end, quote.end))
            if span.end <= span.start or _words(text, span) < 3:
                continue
            if not _worth_stating(text, span, frame):
                continue
            rule = (
                "statement.denial"
                if frame.verb in {"denied", "denies"}
                else ("statement.quote" if quote is not None else "statement.paraphrase")
            )
            self._add(
                span, statement, number=None, quotes=quotes, dates=dates, rule=rule,
                confidence=0.6,
            )  # fmt: skip
            covered.append(span)

    def result(self) -> list[dict[str, Any]]:
        """The rows in text order, duplicates dropped, headline figures settled, numbered."""
        self.rows = _settle_headlines(self.rows)
        _settle_lede(self.rows)
        _date_lede_by_body(self.rows)
        _settle_restatements(self.rows)
        self.rows.sort(key=lambda row: (row["quote_start"], row["quote_end"]))
        unique: list[dict[str, Any]] = []
        seen: set[tuple[Any, ...]] = set()
        for row in self.rows:
            # (both bounds too: two ranges in one quote have no value and both stay, and so do
            # "some 1,500 … and another 1,500")
            key = (
                row["quote_start"], row["quote_end"], row["claimant"], row["value"],
                row["value_low"], row["value_high"], row["unit"], row.get("_at"),
            )  # fmt: skip
            if key in seen:
                continue
            seen.add(key)
            unique.append(row)
        for index, row in enumerate(unique, start=1):
            row.pop("_unit_guessed", None)
            row.pop("_at", None)
            row["candidate_id"] = f"c{index:03d}"
        return unique


#: A participle of the occasion of a statement, not a statement of its own.
_OCCASION = re.compile(
    r"(?:speaking|writing|addressing|testifying|appearing|talking|telling\s+(?:reporters|"
    r"journalists|lawmakers|a\s+\w+)"
    # the manner of the statement before (", stopping short of confirming it", ", without
    # confirming that one had taken place"): part of that statement, not one of its own
    r"|(?:stopping|stopped)\s+short\s+of|without\s+\w+ing)\b",
    re.IGNORECASE,
)
#: A sum of money ("$5 billion", "300 million euros").
_MONEY = re.compile(
    rf"(?:US\$|[{re.escape(CURRENCY_SIGNS)}])\s*\d"
    r"|\d[\d,.]*\s*(?:million|billion)?\s*(?:dollars|euros|pounds|yuan|won)\b"
)
#: "the figure included 40 officers", "the toll includes": a part of the figure stated before.
_SAME_FIGURE = re.compile(
    r"\b(?:the|that|this)\s+(?:figure|toll|tally|total|number|count|estimate)\s+"
    r"(?:also\s+)?(?:included|includes|including|comprised|comprises)\b",
    re.IGNORECASE,
)


def _containing(spans: Sequence[Span], pos: int) -> Span | None:
    for span in spans:
        if span.start <= pos < span.end:
            return span
    return None


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in others)


#: A place's population set beside its name (", home to 2.3 million Palestinians"): the
#: page's background, not the figure of whoever speaks in the sentence.
_HOME_TO_BEFORE = re.compile(
    r",\s+(?:a\s+[\w-]+\s+)?home\s+to\s+(?:(?:some|about|around|roughly|nearly|almost|over"
    r"|more\s+than|at\s+least)\s+)?$"
)


def _statement_for(pos: int, statements: Sequence[Statement]) -> Statement | None:
    best: Statement | None = None
    for statement in statements:
        scope = statement.frame.scope
        size = scope.end - scope.start
        if scope.start <= pos < scope.end and (
            best is None or size < best.frame.scope.end - best.frame.scope.start
        ):
            best = statement
    return best


def _worth_stating(text: str, span: Span, frame: Frame) -> bool:
    """Whether a clause without a number is a statement worth a candidate: more than the
    attribution alone (", according to X's chief, Gen. Y"), no sum of money, and naming an
    event (or a denial or refusal, which always counts); a deployment only when a force is
    sent, arrives, fights or is pulled back and the sentence names who says so."""
    if _OCCASION.match(text, span.start, span.end):
        return False  # "speaking at a briefing in …", "telling reporters that …": circumstances
    denial = "non_confirmation" in frame.flags or frame.verb in {"denied", "denies"}
    zone = frame_zone(frame)
    outside = _words(text, Span(span.start, max(span.start, zone.start))) + _words(
        text, Span(min(span.end, zone.end), span.end)
    )
    if zone.start < span.end and span.start < zone.end and outside < 3 and not denial:
        return False
    if _MONEY.search(text, span.start, span.end):
        return False  # a sum of money is no event the tables record
    if frame.kind == "subject" and _in_appositive(text, frame):
        return False
    kind = classify_event(_without_describing_phrase(text, span, frame))[0]
    if kind == "troop_deployment":
        return frame.kind != "carried" and _force_moved(text, span, zone)
    return denial or kind in STATEMENT_EVENT_TYPES


def _without_describing_phrase(text: str, span: Span, frame: Frame) -> str:
    """A statement's words without what describes its speaker between their name and the
    verb ("A senior official briefing reporters aboard the plane said …": no briefing is
    stated)."""
    if not span.start <= frame.np_end < frame.verb_start <= span.end or not re.match(
        r"\s+[a-z]{3,}ing\s", text[frame.np_end : frame.verb_start]
    ):
        return text[span.start : span.end]
    return f"{text[span.start : frame.np_end]} {text[frame.verb_start : span.end]}"


def _in_appositive(text: str, frame: Frame) -> bool:
    """Whether a frame sits in a relative clause of an aside after the sentence's statement
    (", the first prisoners Kyiv says it has taken", ", a sharp rise that experts say points
    to …"): the aside describes what was said, it is no statement of its own."""
    comma = text.rfind(",", max(0, frame.verb_start - 120), frame.verb_start)
    stop = max(text.rfind(".", 0, frame.verb_start), text.rfind("\n", 0, frame.verb_start))
    return comma > stop and bool(_APPOSITIVE_CLAUSE.fullmatch(text, comma, frame.verb_start))


def _force_moved(text: str, span: Span, zone: Span) -> bool:
    """Whether the words a frame attributes say that a force was sent, arrived, fought or was
    pulled back (not a background "forces have held ground since August", not "has not fought
    a war since 1953"), leaving out the circumstances after the frame (", two weeks after
    Kyiv's forces withdrew") and an aside on the figure before it (", according to figures
    from X, a sharp rise that …")."""
    before = text[span.start : min(span.end, max(span.start, zone.start))]
    after = text[max(span.start, min(span.end, zone.end)) : span.end]
    if _CIRCUMSTANCE.match(after) or (zone.start <= span.start and _APPOSITIVE.match(after)):
        after = ""
    for words in (before, after):
        for moved in _FORCE_MOVED.finditer(words):
            if not _NEGATED.search(words, max(0, moved.start() - 20), moved.start()):
                return True
    return False


#: What a force does when a clause without a number reports its deployment: it is sent,
#: arrives, is stationed, fights or is pulled back.
_FORCE_MOVED = re.compile(
    r"\b(?:deploy(?:ed|s|ing|ment)?|redeploy\w*|sen[dt]|sending|dispatch\w*|arriv\w+|"
    r"return(?:ed|ing|s)?|stationed|moved|transferred|reinforc\w+|withdr[ae]wn?|withdrawing|"
    r"pulled\s+(?:back|out)|rotat\w+|fight(?:s|ing)?|fought|engag(?:ed|ing)|combat|"
    r"front(?:\s*-?\s*line)?)\b",
    re.IGNORECASE,
)
#: Circumstances after a frame ("…, the brigade told the Post, two weeks after Kyiv's forces
#: withdrew"): a time clause, not what the claimant said.
_CIRCUMSTANCE = re.compile(
    # the audience first ("told the Dnipro Post, two weeks after …", "told reporters, as …")
    r"(?:\s+(?:reporters|journalists|lawmakers|(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}))?"
    r"\s*,?\s*(?:[\w-]+\s+){0,3}?(?i:after|before|when|while|since|as)\b"
)
#: An aside on the figure just given, after a trailing attribution ("…, according to figures
#: from X, a sharp rise that …").
_APPOSITIVE = re.compile(r"\s*,\s*(?:a|an)\s", re.IGNORECASE)
#: An aside opening with an article whose relative clause holds the frame: "that" before
#: the claimant, or a contact clause (a plural noun, then the name: "prisoners Kyiv says").
_APPOSITIVE_CLAUSE = re.compile(
    r",\s*(?:a|an|the)\s+[^,;:“”\"]*?(?:\s(?:that|which)\s+[^,;:“”\"]+"
    r"|[a-z]s\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s*"
)
#: A negation just before a verb ("has not fought", "never sent").
_NEGATED = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$|n[’']t\s+(?:\w+\s+)?$", re.IGNORECASE)
#: The event types a statement without a number is worth proposing for: not those whose
#: claims are counts (casualties, a shipment or a briefing without a figure is background to
#: the figures; a deployment is worth it only when the force moves or fights:
#: :data:`_FORCE_MOVED`).
STATEMENT_EVENT_TYPES: frozenset[str] = frozenset(
    {
        "non_confirmation", "concealment", "warning", "evidence_publication",
        "diplomatic_visit", "invitation", "planned_participation", "deployment_preparation",
        "drone_production", "weapons_transfer", "weapons_test", "relations", "statement",
    }
)  # fmt: skip


def _shares_a_bound(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether a headline's number is one of a body figure's numbers (its value or a bound)."""
    number = a["value"] if a["value"] is not None else a["value_high"] or a["value_low"]
    return number is not None and number in {b["value"], b["value_low"], b["value_high"]}


def _same_figure(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two rows state the same number (qualifiers may differ: a headline rounds)."""
    if a["value"] is not None:
        return bool(a["value"] == b["value"])
    keys = ("value_low", "value_high")
    return any(a[k] is not None for k in keys) and all(a[k] == b[k] for k in keys)


#: A figure that points back at one already stated: a condition on it ("If the 11,000 figure
#: is right", "If 300 are dead and 11,000 were sent"), or a demonstrative or "figure" noun with
#: it ("those 4,000 casualties", "the 3,000 figure", "that 300"); the group is the figure.
_RESTATED = re.compile(
    r"\b(?:[Ii]f|[Ee]ven\s+if|[Uu]nless)\s[^,;:.?!“”\"]*?(?<![\d,.])(?P<a>\d[\d,]*(?:\.\d+)?)"
    r"(?![\d,.]\d)"
    r"|\b(?:[Tt]hose|[Tt]hese|[Tt]his)\s+(?P<b>\d[\d,]*(?:\.\d+)?)\b"
    # "that 11,000 figure", "that 300 is": a demonstrative, not "said that 300 people fled"
    r"|\b[Tt]hat\s+(?P<d>\d[\d,]*(?:\.\d+)?)(?=(?:-|\s+)(?:figure|estimate|number|count|toll"
    r"|tally|is|was|would|will|could|may|might)\b)"
    r"|\b[Tt]he\s+(?P<c>\d[\d,]*(?:\.\d+)?)(?:-|\s+)(?:figure|estimate|number|count|toll"
    r"|tally)\b"
)


def _restates(row: Mapping[str, Any]) -> bool:
    value = row["value"]
    if value is None:
        return False
    for found in _RESTATED.finditer(str(row["quote"])):
        written = next(g for g in found.groups() if g is not None).replace(",", "")
        if float(written) == float(value):
            return True
    return False


#: Words that name a commentator rather than a body's own voice: a scholar's title or trade.
_COMMENTATOR = re.compile(
    r"\b(?:Dr|Prof|Professor|analyst|expert|researcher|lecturer|economist|fellow|scholar"
    r"|academic|commentator|historian)\b"
)


def _commentators_quote(row: Mapping[str, Any]) -> bool:
    """Whether a figure is in the quoted words of someone the dictionary does not know: a
    commentator's ("'Eleven thousand men is a division,' said an
    analyst"), who restates a figure the report gave before rather than states one."""
    if row["attribution"] != "direct_quote" or row["claimant_id"] is not None:
        return False
    # '"These are two soldiers who survived," Ukrainian President X wrote': an office holder
    # speaks for their office, no commentator (unless a scholar's title says otherwise)
    words = str(row["claimant"] or "")
    if _DOCUMENT_HEAD.search(words.strip()):
        return False  # '“…,” a Coast Guard update said': a document quoted, no commentator
    office = set(re.findall(r"[a-z]+", words.lower())) & _OFFICE_TITLES
    if not office and _SPEAKS_AS_WE.search(str(row["quote"])):
        return False  # '“We just received information that there are some 8,000 …”': for a body
    return not office or _COMMENTATOR.search(words) is not None


#: The titles of those who speak for an office ("President", "Minister", "spokesman"), or
#: sit in one ("lawmaker Park Sun-won").
_OFFICE_TITLES = frozenset(
    {"president", "minister", "spokesman", "spokeswoman", "spokesperson", "ambassador",
     "governor", "mayor", "chancellor", "premier", "secretary", "envoy", "lawmaker",
     "legislator", "senator", "congressman", "congresswoman", "mp",
     # ('"… more than 200 attacks …," a South Korean official said at a news conference')
     "official", "officials"}
)  # fmt: skip
#: A speaker's "we" or "our": the body they speak for, no commentator's view.
_SPEAKS_AS_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")


def _speaks_for(row: Mapping[str, Any], earlier: Mapping[str, Any]) -> bool:
    """Whether a speaker's words name the body that stated the figure before ("JCS spokesperson
    Col. Bae" after "the Joint Chiefs of Staff (JCS) said"): its own voice, no restatement."""
    names = {
        name
        for name in re.findall(r"\b[A-Z]{2,6}\b|\b[A-Z][a-z]{3,}\b", str(earlier["claimant"] or ""))
        if name.lower() not in COUNTRY_WORDS  # "Korea" is no body's own name
    }
    return bool(names & set(re.findall(r"\b\w+\b", str(row["claimant"] or ""))))


#: An earlier claimant that only relays: media reports, outlets.
_RELAYING_MEDIA = re.compile(
    r"\b(?:media|reports|outlets|press|newspapers|news\s+agencies)\b", re.IGNORECASE
)


def _added(row: Mapping[str, Any]) -> bool:
    """Whether the figure is one more on top of another ("at least another 3,000", "a
    further 500"): a new figure, never a restatement of an equal one before it."""
    value = row["value"]
    quote = str(row["quote"] or "")
    written = [f"{value:,.0f}", f"{value:.0f}"] if float(value).is_integer() else [str(value)]
    for form in written:
        at = quote.find(form)
        if at >= 0:
            return _ADDED_BEFORE.search(quote[:at]) is not None
    return False


#: Words before a number that make it an addition ("another", "a further", "an additional").
_ADDED_BEFORE = re.compile(
    r"\b(?:another|further|additional)\s+(?:(?:about|some|at\s+least|up\s+to|nearly"
    r"|around|roughly)\s+)*$",
    re.IGNORECASE,
)


#: How far after a lede's figure the statement it restates may come.
_LEDE_REACH = 1500


def _stated_again_after(
    row: Mapping[str, Any], rows: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The rows, close after a lede's figure, that state the same figure (a share only as a
    share)."""
    return [
        r for r in rows
        if r["quote_start"] - row["quote_start"] <= _LEDE_REACH
        and _same_figure(row, r)
        and (r["unit"] == "percent") == (row["unit"] == "percent")
    ]  # fmt: skip


def _settle_lede(rows: list[dict[str, Any]]) -> None:
    """A figure in the page's own voice before the body's first attributed statement ("Over
    8 months, more than 10 tankers made at least 43 trips." over "It noted that … more than
    ten tankers have made at least 43 trips", a research centre's) restates the statement of
    the same figure that follows it closely: that statement's claimant and date, flagged."""
    body = sorted(
        (r for r in rows if not str(r["rule"]).startswith("headline+")),
        key=lambda r: r["quote_start"],
    )
    attributed = [r for r in body if r["claimant"] or r["claimant_id"]]
    if not attributed:
        return
    for row in body:
        if row["quote_start"] >= attributed[0]["quote_start"]:
            break
        if row["value"] is None or row["claimant"] or row["claimant_id"]:
            continue
        same = _stated_again_after(row, attributed)
        if not same:
            continue
        for key in ("claimant", "claimant_id", "stated_on", "stated_end", "stated_precision",
                    "stated_text"):  # fmt: skip
            row[key] = same[0][key]
        row["flags"] = [
            *(f for f in row["flags"] if f != Flag.NO_CLAIMANT.value),
            Flag.RESTATES.value,
            *([Flag.NEW_ACTOR.value] if row["claimant_id"] is None else []),
        ]


def _same_party(lede: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """Whether a lede's claimant is the body's: one actor, a state and one of its bodies
    ("Seoul" and the JCS), or a name the body's claimant spells out ("Budanov" in "HUR chief
    Kyrylo Budanov")."""
    short, full = lede["claimant_id"], body["claimant_id"]
    if short and full and (short == full or ("-" not in short and full.startswith(f"{short}-"))):
        return True
    names = re.findall(r"[A-Z][\w-]+", str(lede["claimant"] or ""))
    return (
        bool(names)
        and re.search(rf"\b{re.escape(names[-1])}\b", str(body["claimant"] or "")) is not None
    )


def _recent(stated_on: Any, published: Any) -> bool:
    """Whether a statement's (last) day falls in the month before publication: the news a
    lede sums up, not a background section's "On May 23, X announced …" of the same figure."""
    if not stated_on or not published:
        return False
    return date.fromisoformat(str(published)) - date.fromisoformat(str(stated_on)) <= _LEDE_DAYS


#: How long before publication the statement a lede sums up may have been made.
_LEDE_DAYS = timedelta(days=31)


def _date_lede_by_body(rows: list[dict[str, Any]]) -> None:
    """An attributed figure before the body's first dated one ("Seoul counts at least 100
    dead." over "South Korea's military said on Monday that at least 100 …") summarises the
    dated statement of the same figure by the same party that follows closely: it takes that
    statement's date. Its own claimant stays: the lede names whom it cites."""
    body = sorted(
        (r for r in rows if not str(r["rule"]).startswith("headline+")),
        key=lambda r: r["quote_start"],
    )
    dated = [r for r in body if r["stated_on"] is not None and r["value"] is not None]
    if not dated:
        return
    for row in body:
        if row["quote_start"] >= dated[0]["quote_start"]:
            break
        if row["value"] is None or row["value"] < _LEAST_RESTATED or row["stated_on"]:
            continue
        if not (row["claimant"] or row["claimant_id"]):
            continue
        same = [
            r for r in _stated_again_after(row, dated)
            if _same_party(row, r) and _recent(r["stated_end"] or r["stated_on"], row["stated_end"])
        ]  # fmt: skip
        if same:
            for key in ("stated_on", "stated_end", "stated_precision", "stated_text"):
                row[key] = same[0][key]


#: The smallest figure a later one can restate: small counts recur by chance.
_LEAST_RESTATED = 10


def _settle_restatements(rows: list[dict[str, Any]]) -> None:
    """A body figure that restates one stated before it in the report ("If the 11,000 figure
    is right, …", said an analyst) keeps the claimant and date of the statement it restates
    (its earliest, by another claimant); the flag says so."""
    body = [r for r in rows if not str(r["rule"]).startswith("headline+")]
    body.sort(key=lambda r: r["quote_start"])
    for index, row in enumerate(body):
        commented = _commentators_quote(row)
        if row["value"] is None or not (_restates(row) or commented) or _added(row):
            continue
        if row["value"] < _LEAST_RESTATED:
            continue  # "two terrorists" restates no one's "two hospitals": a small count recurs
        earlier = [
            r for r in body[:index]
            if r["value"] == row["value"] and r["quote_start"] < row["quote_start"]
            # a share is no restatement of a count of the same number ("more than 50
            # missiles" … "up to half" of the shells)
            and (r["unit"] == "percent") == (row["unit"] == "percent")
            and (r["claimant"] or r["claimant_id"])
            # the page's own summary of a figure a speaker then gives in quotation marks is
            # no statement the speaker restates
            and r["attribution"] != "reporter"
            and (r["claimant"], r["claimant_id"]) != (row["claimant"], row["claimant_id"])
            and Flag.RESTATES.value not in r["flags"]
            and not (commented and _speaks_for(row, r))
            # "…, Russian media reports said" / '"…," Tass quoted Shoigu as saying': the one
            # quoted is the source the media relayed, no commentator
            and not (commented and _RELAYING_MEDIA.search(str(r["claimant"] or "")))
            # a commentator quoted on a dated occasion ("told the Ledger on Monday") restates
            # only a figure a known body gave before, and only a scholar or analyst does (an
            # official or an officer speaks for a body)
            and not (
                commented
                and row["stated_on"]
                and (r["claimant_id"] is None or not _COMMENTATOR.search(str(row["claimant"])))
            )
        ]  # fmt: skip
        if not earlier:
            continue
        first = earlier[0]
        for key in ("claimant", "claimant_id", "stated_on", "stated_end", "stated_precision",
                    "stated_text"):  # fmt: skip
            row[key] = first[key]
        dropped = {Flag.NEW_ACTOR.value, Flag.NO_CLAIMANT.value, Flag.CONTINUES_CLAIMANT.value}
        row["flags"] = [*(f for f in row["flags"] if f not in dropped), Flag.RESTATES.value]
        if row["claimant_id"] is None and row["claimant"]:
            row["flags"].append(Flag.NEW_ACTOR.value)


def _is_event_flag(flag: str) -> bool:
    return flag == Flag.NO_EVENT_TYPE.value or flag.startswith(
        (SUGGESTED_EVENT, LINKED_EVENT, LINK_REASON)
    )


def _take_event(row: dict[str, Any], body: Sequence[Mapping[str, Any]]) -> None:
    """A headline figure without its noun ("Seoul raises estimate to 11,000") counts what
    the body's statements of the same figure do, when they agree: their event type and
    event, with the link's flags."""
    types = {b["event_type"] for b in body}
    if len(types) != 1 or None in types:
        return  # the body's 3,000 dead and 3,000 more troops: the headline's is unsure
    same = max(body, key=lambda b: b["event_id"] is not None)
    row.update(event_type=same["event_type"], event_id=same["event_id"])
    flags = [f for f in row["flags"] if not _is_event_flag(f)]
    row["flags"] = [*flags, *(f for f in same["flags"] if _is_event_flag(f))]


def _take_unit(row: dict[str, Any], body: Sequence[Mapping[str, Any]]) -> None:
    """A headline figure without its noun counts what the body's statements of the same
    figure name, when they agree ("Seoul raises estimate to 11,000" over "about 11,000
    troops")."""
    units = {b["unit"] for b in body}
    if len(units) != 1 or None in units:
        return
    row["unit"] = units.pop()
    flags = [f for f in row["flags"] if f != Flag.NO_UNIT.value]
    row["flags"] = [
        *flags,
        *([] if Flag.ANTECEDENT_UNIT in flags else [Flag.ANTECEDENT_UNIT.value]),
    ]


def _names_same_body(headline: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    """Whether a headline's claimant is an acronym or short name that the body's claimant of
    the same figure spells out ("GUR" in "… Directorate (GUR)")."""
    short, full = str(headline["claimant"] or ""), str(body["claimant"] or "")
    return bool(
        body["claimant_id"]
        and short
        and re.search(rf"(?<![\w-]){re.escape(short)}(?![\w-])", full) is not None
    )


#: The rule prefix of a key-points box's figures: a headline's, kept when the body never
#: states them.
_SUMMARY_RULE = "headline+summary+"


def _body_statement_of(
    headline: Mapping[str, Any], body: Sequence[dict[str, Any]]
) -> dict[str, Any] | None:
    """The body's statement a headline figure restates: the first of the same figure by the
    claimant the headline names (its actor, or the short name the body spells out), else the
    first of the same figure; failing any, the first by that claimant whose value or bound is
    the headline's number ("Seoul says … up to 3,000" over the JCS's "1,000 to 3,000")."""
    same = [b for b in body if _same_figure(headline, b)]
    if headline["attribution"] != "reporter":
        bound = [b for b in body if not same and _shares_a_bound(headline, b)]
        for rows in (same, bound):
            own = _by_headline_party(headline, rows)
            if own is not None:
                return own
    return same[0] if same else None


def _by_headline_party(
    headline: Mapping[str, Any], rows: Sequence[dict[str, Any]]
) -> dict[str, Any] | None:
    """The first row by the party a headline names: its actor, the short name the body spells
    out, or ("Seoul says about 4,700" over the NIS's statement) a body of the state named."""
    own = [
        b for b in rows
        if (headline["claimant_id"] and b["claimant_id"] == headline["claimant_id"])
        or _names_same_body(headline, b)
    ]  # fmt: skip
    if own:
        return own[0]
    state = headline["claimant_id"]
    of_state = [b for b in rows if state and str(b["claimant_id"] or "").startswith(f"{state}-")]
    return of_state[0] if of_state else None


def _settle_headlines(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A headline's figure takes the statement date of the body's statement of the same figure,
    and its claimant too when the headline names none ("4 brigades sent to Russia" →
    the body's "the NIS said"); a figure the body never states, in a line that names no
    claimant, is dropped (a headline is no statement of its own). A key-points box is settled
    first, against the body; a figure of its own stays; the headline is then settled against
    the body and the box."""
    body = [r for r in rows if not str(r["rule"]).startswith("headline+")]
    summaries = [r for r in rows if str(r["rule"]).startswith(_SUMMARY_RULE)]
    kept = list(body)
    settled = list(body)
    for row in summaries:
        if _settle_one(row, body, own_figures=True):
            kept.append(row)
            settled.append(row)
    for row in rows:
        rule = str(row["rule"])
        headline = rule.startswith("headline+") and not rule.startswith(_SUMMARY_RULE)
        if headline and _settle_one(row, settled, own_figures=False):
            kept.append(row)
    return kept


#: A headline's claimant by its role alone ("…, defense minister says", "… - expert").
_HEADLINE_ROLE = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,2}(?P<head>[a-z]+)")


def _name_headline_role(row: dict[str, Any], body: Sequence[Mapping[str, Any]]) -> None:
    """A headline's role descriptor is the body's first claimant holding that role and a
    name ("defense minister" → "Defense Minister Denys Shmyhal"), in brackets; that
    person's statement of the same figure first."""
    role = _HEADLINE_ROLE.fullmatch(str(row["claimant"] or ""))
    if role is None or row["claimant_id"] or role.group("head") not in PERSON_ROLES:
        return
    # the whole role ("defense minister", not any minister), then a name after it
    phrase = re.sub(r"^the\s+", "", str(row["claimant"]).strip(), flags=re.IGNORECASE)
    named = re.compile(rf"(?i:\b{re.escape(phrase)})\s+(?:[A-Z][a-z’'-]+\s+)*[A-Z][a-z’'-]+\b")
    for other in body:
        words = str(other["claimant"] or "")
        if named.search(words) and "(" not in words:
            row.update(claimant=f"{row['claimant']} ({words})", claimant_id=other["claimant_id"])
            return


def _settle_one(row: dict[str, Any], body: Sequence[dict[str, Any]], own_figures: bool) -> bool:
    """Settle one headline row against the body's rows; whether it is kept."""
    same = _body_statement_of(row, body)
    same_figures = [b for b in body if _same_figure(row, b)]
    vague = Flag.VAGUE_QUANTITY.value in row["flags"]
    if same is None and row["attribution"] == "reporter" and not vague:
        # a vague "thousands more" in a headline is still flagged for the curator; a
        # key-points box's own figure stays as it was read
        return own_figures
    if same is not None:
        if row["attribution"] == "reporter":
            row.update(
                claimant=same["claimant"], claimant_id=same["claimant_id"],
                attribution=same["attribution"],
            )  # fmt: skip
        elif row["claimant_id"] is None and _names_same_body(row, same):
            # "GUR: losses top 3,800" over "… the Main Intelligence Directorate (GUR)
            # said": the headline's short name is the body's actor
            row["claimant_id"] = same["claimant_id"]
        for key in ("stated_on", "stated_end", "stated_precision", "stated_text"):
            row[key] = same[key]
        if row["event_type"] is None or Flag.ELIDED_NOUN.value in row["flags"]:
            _take_event(row, same_figures)
        if (row["unit"] is None or row.get("_unit_guessed")) and row["value"] is not None:
            _take_unit(row, same_figures)
    if same is None or same["claimant"] != row["claimant"]:
        _name_headline_role(row, [*same_figures, *body])
    dropped = {Flag.NEW_ACTOR.value, Flag.NO_CLAIMANT.value}
    row["flags"] = [*(f for f in row["flags"] if f not in dropped), Flag.HEADLINE.value]
    if row["claimant_id"] is None and row["claimant"]:
        row["flags"].append(Flag.NEW_ACTOR.value)
    return True
