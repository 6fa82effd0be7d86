"""Propose candidate claims and events for a curator to review.

``propose(text, published_on, actors=..., events=..., source=...)`` returns the JSON-ready
``{"source": {...}, "candidates": [...]}`` object of ``timeline propose --format json``. Every
candidate's quote is a slice of ``text`` (``text[quote_start:quote_end] == quote``). Nothing is
ever merged or invented: vague quantities get no value, and an existing event is only
suggested. Stdlib only (no pandas, no pandera), so it starts fast.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from timeline.curation.attribution import (
    Claimant,
    Frame,
    certainty,
    country_of,
    find_frames,
    match_actor,
    names_person,
    np_forward,
)
from timeline.curation.dates import DateMention, find_dates
from timeline.curation.events import classify_event, suggest_event
from timeline.curation.numbers import NumberMention, find_numbers, resolve_antecedents
from timeline.curation.sentences import (
    Span,
    clauses,
    join_quoted,
    quotations,
    split_sentences,
    trim,
)
from timeline.curation.vocabulary import (
    REFERRING_PRONOUNS,
    ROLE_WORDS,
    SPEECH_PARTICIPLES,
    alternation,
)

__all__ = ["CANDIDATE_KEYS", "propose"]

#: The keys of every candidate, in order (a public interface: scripts read them).
CANDIDATE_KEYS: tuple[str, ...] = (
    "candidate_id", "quote", "quote_start", "quote_end", "stated_on", "stated_end",
    "stated_precision", "stated_text", "value", "qualifier", "value_low", "value_high", "unit",
    "attribution", "certainty", "claimant", "claimant_id", "event_type", "date_start", "date_end",
    "date_precision", "date_text", "flags", "confidence", "rule", "coding_note",
)  # fmt: skip

_SPEECH_PARTICIPLE = re.compile(rf"(?:{alternation(SPEECH_PARTICIPLES)})\b")
_BOILERPLATE = re.compile(
    r"^(?:edited|reported|written|translated|produced)\s+by\b|^additional\s+reporting\b"
    r"|^(?:related|read\s+more|see\s+also)\b|^copyright\b|^©",
    re.IGNORECASE,
)
_LEADING_CONJUNCTION = re.compile(r"(?:while|whereas|but|although|though|and|where)\s+")
#: A wire dateline at the start of a report ("SEOUL –", "TAIPEI, Taiwan –").
_DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w .'-]*?)?\s+[–—-]{1,2}\s+")
#: One apposition after a claimant (", a spokesman for Ukraine's General Staff, ").
_APPOSITION = re.compile(r",\s+(?:an?|the|[A-Z][\w’'.-]*)\b[^,;:“”\"\d]*,\s*")
#: An introductory phrase before a sentence-opening date ("In a statement on Monday, X said",
#: "Speaking to reporters on Friday, X said", any participle: "Posting online on Friday, X
#: said"), not a clause of its own: its date words date the statement.
_OPENING_PHRASE = re.compile(r"(?:In|At|During|Asked|Interviewed|[A-Z][a-z]+ing)\s[^,;:\d“”\"]*")
#: Between a sentence-opening date and its frame's claimant: a comma, then only the claimant's
#: descriptors and appositions ("On Monday, a drone unit commander, Capt. X, confirmed").
_OPENING_TO_SUBJECT = re.compile(
    r"\s*,\s*(?:(?!(?:that|which|who|whom|when|where|while|after|before|because|and|but)\b)"
    r"[A-Za-z’'.-]+,?\s+){0,10}"
)
#: Between a reporting verb and a date: a document, then "published/released/issued".
_PUBLISHED_GAP = re.compile(
    r"\s+(?:in|on|with|through)\s+[^,;:“”\"\d]*,\s*(?:published|released|issued|dated|made\s+public)"
    r"\s+(?:on\s+)?"
)
_RELATIVE_REPORT = re.compile(
    r",\s*(?:which|who)\s+(?:had\s+|has\s+)?(?:cited|quoted|said|reported|told|briefed|"
    r"announced|wrote|posted|published|released)\b[^,;:.“”\"\d]{0,60}?\s"
)
_SENTENCE_END = re.compile(r"[\s.!?”\"’)]*")
_GENERIC_CLAIMANT = re.compile(
    r"(?i)^(?:he|she|it|they|we|the\s+(?:agency|ministry|military|office|official|officials|"
    r"spokesman|spokeswoman|spokesperson|statement|report|president|minister|army|command|"
    r"service|government|group|outlet|broadcaster|newspaper|daily|source|sources|commander|"
    r"leader|adviser|general|diplomat|envoy|department|unit|embassy|directorate|committee|"
    r"council|mission|administration|headquarters|forces|force|brigade|regiment|division))$"
)
#: A descriptor subject: "the agency", "the spy agency", "this ministry", "the officials".
_DESCRIPTOR = re.compile(r"(?i:the|this|that)\s+((?:[a-z’'-]+\s+){0,2}[a-z’'-]+)")
#: An opening naming the occasion of the previous statement ("In that briefing,", "At the
#: same hearing,", "During the same interview,").
_ANAPHORIC_OCCASION = re.compile(
    r"(?:[A-Z][A-Z .'-]+\s+[–—-]{1,2}\s+)?(?:In|At|During|On)\s+(?:that|this|the\s+same|the)"
    r"\s+(?:same\s+)?(?:briefing|hearing|interview|session|meeting|conference|news\s+conference"
    r"|press\s+conference|statement|testimony|address|speech|appearance|call|report|remarks)\s*,"
)
#: A sentence opening with a description, then a name in apposition ("a Seoul research
#: group, the Y Forum, published"): the name is the subject's words.
_APPOSITIVE_NAME = re.compile(
    r"(?:an?|the)\s+[^,;:“”\"]{1,60}?,\s+(?P<name>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?"
    r"[A-Z][\w’'.-]*)*),"
)


def _tokens_of(words: str) -> list[str]:
    """Lower-case words without possessives ("South Korea's spy agency" → south korea spy
    agency)."""
    words = re.sub(r"[’']s\b", "", words.lower())
    return [w for w in re.findall(r"[a-z][a-z.-]*", words) if w not in {"the", "a", "an", "of"}]


def _agrees(pronoun: str, claimant: Claimant) -> bool:
    """Whether a pronoun can stand for a claimant: "it" for a body, not a person nor a plural;
    "he"/"she" for a singular; "they" for any."""
    core = _core(claimant)
    last = core.words.split()[-1] if core.words.split() else ""
    plural = last.islower() and last.endswith("s") and not last.endswith("ss")
    person = names_person(core.words) or core.kind == "person"
    if pronoun == "it":
        return not plural and not person
    if pronoun in {"he", "she"}:
        return not plural
    return True


_QUALIFIER_NOTES: dict[str, str] = {
    "exact": "A bare number: coded exact (low = high = value).",
    "more_than": "'more than' / 'exceeds': lower bound value + 1, no upper bound.",
    "at_least": "'at least': lower bound = value, no upper bound.",
    "up_to": "'up to' / 'as many as': upper bound = value, no lower bound.",
    "less_than": "'fewer than' / 'less than': upper bound value - 1, no lower bound.",
    "about": "Approximate: no bounds are coded.",
    "range": "A stated range: bounds as stated, value left empty.",
}


@dataclass(slots=True)
class _Statement:
    """A resolved frame: its claimants and when the statement was made."""

    frame: Frame
    claimants: list[Claimant]
    stated: tuple[date | None, date | None, str]
    stated_text: str | None
    date_mention: DateMention | None
    lead_start: int | None  # a sentence-initial date that belongs to the frame
    flags: list[str] = field(default_factory=list)


@dataclass(slots=True)
class _Context:
    """What a sentence leaves for the next: its claimants and its date."""

    claimants: list[Claimant]
    stated: tuple[date | None, date | None, str] | None
    stated_text: str | None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _strip(text: str, start: int, end: int) -> Span:
    span = trim(text, start, end)
    start, end = span
    while end > start and text[end - 1] in ",;:–—-":
        end -= 1
    while start < end and text[start] in ",;:–—- ":
        start += 1
    dateline = _DATELINE.match(text, start, end)
    if dateline is not None and dateline.end() < end:
        start = dateline.end()
    lead = _LEADING_CONJUNCTION.match(text, start, end)
    if lead is not None and lead.end() < end:
        start = lead.end()
    return trim(text, start, end)


def _is_headline(text: str, sentence: Span) -> bool:
    """Lines without final punctuation (headlines, "RELATED STORIES") and credit lines."""
    words = text[sentence.start : sentence.end]
    if _BOILERPLATE.search(words):
        return True
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[sentence.end : line_end].strip()
    return not rest and words.rstrip()[-1:] not in '.!?”"’)'


def _words(text: str, span: Span) -> int:
    return len(re.findall(r"[A-Za-z\d]+", text[span.start : span.end]))


def _frame_date(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> tuple[DateMention | None, int | None]:
    """The date words attached to the reporting verb, and where a sentence-initial one starts."""
    for mention in dates:
        if frame.np_end <= mention.start and mention.end <= frame.verb_start:
            return mention, None  # "Zelenskyy on Monday said"
        if frame.np_start <= mention.start and mention.end <= frame.verb_start:
            return mention, None
    for mention in dates:
        if mention.start >= frame.verb_end:
            gap = text[frame.verb_end : mention.start]
            if len(re.findall(r"\w+", gap)) <= 7 and not re.search(r"\d|\bthat\b|[,;:“”\"]", gap):
                return mention, None
            # "assessed in its annual report, published Tuesday, that": the publication of the
            # document named after the verb is the act of stating
            if _PUBLISHED_GAP.fullmatch(gap) and len(re.findall(r"\w+", gap)) <= 12:
                return mention, None
    # "…,” said Lt. Col. Ana Ruiz, a spokeswoman for the brigade, on Friday.": the date closes
    # the attribution, after the claimant and one apposition, at the end of the sentence
    if frame.backward and frame.np_start >= frame.verb_end:
        for mention in dates:
            if (
                mention.start >= frame.np_end
                and _APPOSITION.fullmatch(text, frame.np_end, mention.start)
                and _SENTENCE_END.fullmatch(text, mention.end, sentence.end)
            ):
                return mention, None
    # "according to Yonhap, which cited an unnamed source on Sunday": date words in a relative
    # clause on the claimant, whose verb reports, date the statement
    for mention in dates:
        if mention.start >= frame.np_end and _RELATIVE_REPORT.fullmatch(
            text, frame.np_end, mention.start
        ):
            return mention, None
    # "On Monday, the ministry said": only a date that opens the sentence (after a dateline)
    # belongs to the verb; "… since August, according to X" and "… could follow next month,
    # she said" date the event
    if "parenthetical" in frame.flags:
        return None, None  # "In November alone, the officials said, …": the content's date
    opening = sentence.start
    dateline = _DATELINE.match(text, sentence.start, sentence.end)
    if dateline is not None:
        opening = dateline.end()
    first = min(frame.np_start, frame.verb_start)
    for mention in dates:
        if (
            mention.end <= first
            and (
                mention.start <= opening + 1
                or _OPENING_PHRASE.fullmatch(text, opening, mention.start) is not None
            )
            and (
                re.fullmatch(r"\s*,?\s*", text[mention.end : first])
                # "On Monday, a drone unit commander, Capt. X, confirmed": the opening date is
                # followed by the subject's own words (descriptors, an apposition), no clause
                or (
                    frame.kind == "subject"
                    and not frame.backward
                    and _OPENING_TO_SUBJECT.fullmatch(text, mention.end, first) is not None
                )
            )
        ):
            return mention, mention.start
    return None, None


def _core(claimant: Claimant) -> Claimant:
    """A continued claimant ("he (Defence Minister X)") as the claimant it continues."""
    inner = re.fullmatch(r"[^()]*\((.+)\)", claimant.words)
    if inner is None:
        return claimant
    return Claimant(inner.group(1), claimant.actor_id, claimant.country, claimant.kind)


def _same_party(a: Sequence[Claimant], b: Sequence[Claimant], *, strict: bool = False) -> bool:
    """Whether two statements' claimants are one party; ``strict`` leaves out two bodies of
    one state (for a statement further back than the previous one)."""
    if any(re.match(r"(?i)an?\s", c.words) and c.actor_id is None for c in a):
        return False  # "a ministry official said": a party not named before
    a = [_core(c) for c in a]
    b = [_core(c) for c in b]
    for left in a:
        for right in b:
            if left.actor_id and left.actor_id == right.actor_id:
                return True
            # two known bodies of one state ("South Korea's military" ... "the JCS"); never a
            # person, nor a claimant matched to no actor ("Ukrainian commander X" is not
            # "Ukraine's military")
            if (
                not strict
                and left.country
                and left.country == right.country
                and left.actor_id
                and right.actor_id
                and {left.kind, right.kind}.isdisjoint({"state", "person"})
            ):
                return True
            if names_person(left.words) != names_person(right.words):
                continue  # a named spokesperson does not continue the body's dated statement
            if not left.actor_id or not right.actor_id:
                lw = set(re.findall(r"[a-z]{3,}", left.words.lower())) - {"the"}
                rw = set(re.findall(r"[a-z]{3,}", right.words.lower())) - {"the"}
                if lw & rw:
                    return True
    return False


class _Proposer:
    def __init__(
        self,
        text: str,
        published_on: date,
        actors: Sequence[Mapping[str, Any]],
        events: Sequence[Mapping[str, Any]],
        source: Mapping[str, Any],
    ) -> None:
        self.text = text
        self.pub = published_on
        self.actors = actors
        self.events = events
        self.source = source
        self.by_id = {str(a.get("actor_id")): a for a in actors}
        publisher = source.get("publisher")
        self.publisher = str(publisher) if publisher else None
        self.publisher_id: str | None = None
        if self.publisher:
            self.publisher_id = match_actor(self.publisher, actors)[0]
        self.last: list[Claimant] = []
        self.history: list[Claimant] = []  # every named claimant, in order
        self.previous: _Context | None = None
        self.said: list[_Context] = []  # every statement so far, in order
        self.rows: list[dict[str, Any]] = []
        self.counted: str | None = None  # the last counted noun, for "900 of them"
        self.last_type: str | None = None  # the last figure's event type

    # --- claimants ---------------------------------------------------------------------------

    def _claimant(self, words: str, country_hint: str | None) -> Claimant:
        actor_id, _ = match_actor(words, self.actors, country=country_hint)
        if re.match(r"(?i:an?)\s", words):
            # "a Pentagon spokesman", "an agency official": one unnamed person of the body,
            # not the body's own statement
            actor_id = None
        actor = self.by_id.get(actor_id) if actor_id else None
        country = (actor.get("country") if actor else None) or country_of(words) or country_hint
        kind = str(actor.get("kind")) if actor else None
        return Claimant(words, actor_id, str(country) if country else None, kind)

    def _short_form(self, claimant: Claimant) -> Claimant:
        """ "The General Staff" after "Ukraine's General Staff": a short form of the last
        named claimant (its words contained in theirs) is that claimant's actor."""
        if claimant.actor_id is not None:
            return claimant
        short = re.fullmatch(r"(?i:the)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", claimant.words)
        if short is None:
            return claimant
        wanted = set(short.group(1).lower().split())
        for last in self.last:
            have = set(re.sub(r"[’']s\b", "", last.words).lower().split())
            if last.actor_id and wanted <= have:
                return Claimant(claimant.words, last.actor_id, last.country, last.kind)
        return claimant

    def _resolve(self, frame: Frame, sentence: Span, dates: Sequence[DateMention]) -> _Statement:
        text = self.text
        hint = None
        lead = text[sentence.start : frame.np_start]
        if re.search(r"\b(?:where|in\s+which)\s+$", lead):
            hint = country_of(lead.rsplit(",", 1)[0], last=True)
        claimants = [self._short_form(self._claimant(c.words, hint)) for c in frame.claimants]
        flags: list[str] = []
        subject_date: DateMention | None = None
        if frame.pronoun and all(c.actor_id is None for c in claimants):
            referred = self._refer(frame, sentence, dates)
            if referred is not None:
                claimants, subject_date, continued = referred
                if continued:
                    flags.append("continues_claimant")
        if "continues_claimant" not in flags and any(c.actor_id or c.words for c in claimants):
            self.last = claimants
            self.history.extend(claimants)
        mention, lead_start = _frame_date(text, frame, dates, sentence)
        if mention is None and subject_date is not None:
            mention = subject_date
        if mention is None and not frame.perfect:
            # "In that briefing, the agency estimated …", "At the same hearing, X said …": the
            # occasion named before, and its date
            opening = _ANAPHORIC_OCCASION.match(text, sentence.start, frame.np_start)
            previous = self.previous
            if opening is not None and previous is not None and previous.stated is not None:
                flags.append("continued_date")
                return _Statement(
                    frame, claimants, previous.stated, previous.stated_text, None, None, flags
                )
        if mention is not None:
            past = find_dates(text, self.pub, mention.start, mention.end, future=False)
            if past:
                mention = past[0]
            flags.extend(mention.flags)
            stated: tuple[date | None, date | None, str] = (
                mention.date_start,
                mention.date_end,
                mention.precision,
            )
            return _Statement(frame, claimants, stated, mention.text, mention, lead_start, flags)
        stated_text = None
        if frame.perfect:
            aux = re.search(r"\b(?:have|has)\s+(?:\w+\s+)?$", text[: frame.verb_start])
            if aux is not None:
                stated_text = text[aux.start() : frame.verb_end]
        previous = self.previous
        if "continues_claimant" in flags and (
            previous is None or not _same_party(claimants, previous.claimants)
        ):
            # a referring subject ("the officials", "it") continues its antecedent's latest
            # statement, however far back ("Two officials said yesterday …. The department
            # said …. The officials said, …")
            previous = next(
                (
                    c
                    for c in reversed(self.said)
                    if _same_party(claimants, c.claimants, strict=True)
                ),
                None,
            )
        if (
            not frame.perfect
            and previous is not None
            and previous.stated is not None
            and _same_party(claimants, previous.claimants)
        ):
            flags.append("continued_date")
            return _Statement(
                frame, claimants, previous.stated, previous.stated_text, None, None, flags
            )
        return _Statement(
            frame, claimants, (None, self.pub, "range"), stated_text, None, None, flags
        )

    def _refer(
        self, frame: Frame, sentence: Span, dates: Sequence[DateMention]
    ) -> tuple[list[Claimant], DateMention | None, bool] | None:
        """What a pronoun or a descriptor subject ("it", "they", "the agency", "the spy
        agency", "the officials") refers to: the subject of its own sentence (for a pronoun),
        else the latest named claimant the words fit, else an actor whose name or description
        holds the words, else the last claimant. With the date of the sentence's main clause
        when the referent is its subject; the flag says whether a claimant was carried over."""
        words = frame.words.strip()
        low = words.lower()

        def carried(found: Claimant) -> Claimant:
            return Claimant(f"{words} ({found.words})", found.actor_id, found.country, found.kind)

        if low in REFERRING_PRONOUNS:
            subject = self._sentence_subject(sentence, frame, dates)
            if subject is not None and _agrees(low, subject[0]):
                return [carried(subject[0])], subject[1], True
            for found in reversed(self.history):
                if _agrees(low, found):
                    return [carried(found)], None, True
            if self.last:
                return [carried(c) for c in self.last], None, True
            return None
        descriptor = _DESCRIPTOR.fullmatch(words)
        if descriptor is None:
            return None
        wanted = set(_tokens_of(descriptor.group(1)))
        if not wanted or _tokens_of(descriptor.group(1))[-1] not in ROLE_WORDS:
            return None
        for found in reversed(self.history):
            if wanted <= self._words_of(found):
                return [carried(found)], None, True
        fitting = [
            actor
            for actor in self.actors
            if wanted
            <= set(_tokens_of(f"{actor.get('name') or ''} {actor.get('description') or ''}"))
        ]
        if len(fitting) == 1:
            actor = fitting[0]
            country = actor.get("country")
            return (
                [Claimant(words, str(actor.get("actor_id")), str(country) if country else None,
                          str(actor.get("kind")))],
                None,
                False,
            )  # fmt: skip
        if _GENERIC_CLAIMANT.match(words) and self.last:
            return [carried(c) for c in self.last], None, True
        return None

    def _words_of(self, claimant: Claimant) -> set[str]:
        """The words naming a claimant: its own, and its actor's name and description."""
        words = _core(claimant).words
        actor = self.by_id.get(claimant.actor_id) if claimant.actor_id else None
        if actor is not None:
            words += f" {actor.get('name') or ''} {actor.get('description') or ''}"
        return set(_tokens_of(words))

    def _sentence_subject(
        self, sentence: Span, frame: Frame, dates: Sequence[DateMention]
    ) -> tuple[Claimant, DateMention | None] | None:
        """The subject of the sentence's main clause when it precedes the frame ("The X
        Institute, a think tank, was more cautious …: …, it wrote"; "Today a research group,
        the Y Forum, published images that it said showed …"), with the date of that clause."""
        text = self.text
        pos = sentence.start
        dateline = _DATELINE.match(text, pos, sentence.end)
        if dateline is not None:
            pos = dateline.end()
        opening: DateMention | None = None
        for mention in dates:
            if mention.start <= pos + 1 and mention.end <= frame.np_start:
                opening = mention
                lead = re.match(r"\s*,?\s*", text[mention.end : frame.np_start])
                pos = mention.end + (lead.end() if lead else 0)
                break
        if pos >= frame.np_start:
            return None
        np = np_forward(text, pos, frame.np_start)
        appositive = _APPOSITIVE_NAME.match(text, pos, frame.np_start)
        if appositive is not None:
            np = appositive.span("name")
        if np is None or np[1] >= frame.np_start:
            return None
        words = text[np[0] : np[1]]
        tokens = _tokens_of(words)
        capitals = re.findall(r"\b[A-Z][\w’'.-]*", words)
        if words.lower() in REFERRING_PRONOUNS or not (
            set(tokens) & ROLE_WORDS or len(capitals) >= 2
        ):
            return None
        date_of_clause = opening
        if date_of_clause is None:
            date_of_clause = next(
                (m for m in dates if np[1] <= m.start and m.end <= frame.np_start), None
            )
        return self._claimant(words, None), date_of_clause

    # --- candidates --------------------------------------------------------------------------

    def _add(
        self,
        span: Span,
        statement: _Statement | None,
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
        text = self.text
        quote = text[span.start : span.end]
        words = quote
        in_quote = any(q.start <= span.start and span.end <= q.end for q in quotes)
        if statement is None:
            claimants = [Claimant(self.publisher or "", self.publisher_id)]
            attribution = "reporter"
            stated: tuple[date | None, date | None, str] = (self.pub, self.pub, "day")
            stated_text = None
            statement_mention = None
            base_flags: list[str] = []
        else:
            claimants = statement.claimants
            attribution = "direct_quote" if in_quote else "paraphrase"
            stated = statement.stated
            stated_text = statement.stated_text
            statement_mention = statement.date_mention
            base_flags = list(statement.flags)
            frame_words = text[statement.frame.np_start : statement.frame.np_end]
            if statement.frame.kind != "according_to":
                words = quote.replace(frame_words, " ", 1)
        sure = certainty(quote)
        if statement is not None and statement.frame.kind == "according_to":
            sure = certainty(
                text[statement.frame.verb_start : statement.frame.np_end] + " " + quote
            )
        # the event: its own date words, else the statement's date
        unit = number.unit if number is not None else None
        content = _content(words, statement, text)
        own = ""
        if stretch is not None:
            own = text[stretch.start : stretch.end]
            if statement is not None:
                zone = _frame_zone(statement.frame)
                if stretch.start <= zone.start and zone.end <= stretch.end:
                    own = text[stretch.start : zone.start] + " " + text[zone.end : stretch.end]
            content = f"{content} {own}"
        event_type, event_rule = classify_event(content, unit)
        if number is not None and _SAME_FIGURE.search(quote) and self.last_type is not None:
            # "She said the figure included 40 or more officers": part of the figure before
            event_type, event_rule = self.last_type, "event.same_figure"
        if number is not None and event_type is not None:
            self.last_type = event_type
        event_date: tuple[date | None, date | None, str] = stated
        date_text = stated_text
        event_flags: list[str] = []

        def inside(mention: DateMention) -> int:
            # the figure's own date words first ("28 of them on Dec. 18 alone"), then any in
            # its quote
            if (
                stretch is not None
                and stretch.start <= mention.start
                and mention.end <= stretch.end
            ):
                return 0
            return 1

        for mention in sorted(dates, key=inside):
            if statement_mention is not None and mention.start == statement_mention.start:
                continue
            if not (span.start <= mention.start and mention.end <= span.end) and not (
                stretch is not None and inside(mention) == 0
            ):
                continue
            if mention.rule == "date.span":
                anchored = find_dates(text, self.pub, mention.start, mention.end, anchor=stated)
                if anchored:
                    mention = anchored[0]
            event_date = (mention.date_start, mention.date_end, mention.precision)
            date_text = mention.text
            event_flags.extend(mention.flags)
            break
        suggestion = suggest_event(event_type, event_date[0], event_date[1], self.events)
        all_flags = [*base_flags, *flags, *event_flags]
        if number is not None:
            all_flags.extend(number.flags)
        if suggestion:
            all_flags.append(f"suggested_event:{suggestion}")
        for claimant in claimants:
            row_flags = list(dict.fromkeys(all_flags))
            row_notes = list(notes)
            score = confidence
            if statement is not None and claimant.actor_id is None:
                row_flags.append("new_actor")
                row_notes.append(
                    f"No existing actor matches '{claimant.words}': add one or pick one."
                )
                score -= 0.1
            if len(claimants) > 1:
                row_flags.append("shared_quote")
                row_notes.append("One sentence names several claimants: one claim each.")
            if "continues_claimant" in row_flags:
                row_notes.append("Claimant carried over from the last named one: check it.")
            if "continued_date" in row_flags:
                row_notes.append("Undated here: dated by the previous statement of the same party.")
            if stated[0] is None and statement is not None:
                row_notes.append("Undated statement: on or before publication.")
            if event_type is None:
                row_flags.append("no_event_type")
                score -= 0.1
            row: dict[str, Any] = {
                "candidate_id": "",
                "quote": quote,
                "quote_start": span.start,
                "quote_end": span.end,
                "stated_on": _iso(stated[0]),
                "stated_end": _iso(stated[1]),
                "stated_precision": stated[2],
                "stated_text": stated_text,
                "value": number.value if number is not None else None,
                "qualifier": number.qualifier if number is not None else None,
                "value_low": number.low if number is not None else None,
                "value_high": number.high if number is not None else None,
                "unit": unit,
                "attribution": attribution,
                "certainty": sure,
                "claimant": claimant.words or None,
                "claimant_id": claimant.actor_id,
                "event_type": event_type,
                "date_start": _iso(event_date[0]),
                "date_end": _iso(event_date[1]),
                "date_precision": event_date[2],
                "date_text": date_text,
                "flags": row_flags,
                "confidence": round(max(0.05, min(1.0, score)), 2),
                "rule": rule
                if event_rule is None or number is not None
                else f"{rule}+{event_rule}",
                "coding_note": " ".join(row_notes) or None,
            }
            self.rows.append(row)

    def sentence(self, sentence: Span) -> None:
        text = self.text
        if _is_headline(text, sentence):
            return
        quotes = quotations(text, *sentence)
        dates = find_dates(text, self.pub, *sentence)
        date_spans = [Span(d.start, d.end) for d in dates]
        frames = find_frames(text, sentence, quotes, date_spans)
        statements: list[_Statement] = []
        for frame in frames:
            resolved = self._resolve(frame, sentence, dates)
            statements.append(resolved)
            self.said.append(_Context(resolved.claimants, resolved.stated, resolved.stated_text))
            if resolved.stated[0] is not None:
                # "The JCS said in December that …, and it said …": a later frame of the
                # same sentence continues this dated statement
                self.previous = _Context(resolved.claimants, resolved.stated, resolved.stated_text)
        parts = clauses(text, *sentence)
        numbers = [
            n
            for n in find_numbers(text, *sentence)
            if n.is_claim and not any(d.start <= n.start < d.end for d in dates)
        ]
        self.counted = resolve_antecedents(numbers, self.counted)
        used: set[int] = set()  # statements that produced a numeric candidate
        covered: list[Span] = []
        for index, number in enumerate(numbers):
            statement = self._statement_for(number.start, statements)
            clause = _containing(parts, number.start) or sentence
            span = self._number_quote(number, clause, statement, quotes)
            covered.append(clause)
            if statement is not None:
                used.add(id(statement))
            # the figure's own predicate: from the number to the next figure of the sentence
            # ("Roughly 900 of them, it said, died in fighting between Jan. 3 and Jan. 8")
            following = [n.start for n in numbers[index + 1 :] if n.start >= number.end]
            stretch = Span(number.start, following[0] if following else sentence.end)
            self._add_number(number, span, statement, quotes, dates, numbers, stretch)
        for statement in statements:
            self._add_statements(statement, parts, quotes, dates, numbers, covered, used)
        # participial statements after a frame ("…, vowing tangible responses")
        for clause in parts:
            if _overlaps(clause, covered):
                continue
            head = text[clause.start : clause.end]
            owner = [s for s in statements if s.frame.verb_end <= clause.start]
            if _SPEECH_PARTICIPLE.match(head) and owner and _words(text, clause) >= 3:
                self._add(
                    clause, owner[-1], number=None, quotes=quotes, dates=dates,
                    rule="statement.participle", confidence=0.55,
                )  # fmt: skip
                covered.append(clause)
        # the report's own statements
        for clause in parts:
            if _overlaps(clause, covered) or _words(text, clause) < 4:
                continue
            if any(clause.start < _frame_zone(s.frame).end for s in statements):
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
                _strip(text, *clause), None, number=None, quotes=quotes, dates=dates,
                rule="statement.reporter", confidence=0.4,
                notes=("The report's own statement: is it a claim worth keeping?",),
            )  # fmt: skip
            covered.append(clause)
        self._remember(sentence, statements, dates)

    def _remember(
        self, sentence: Span, statements: Sequence[_Statement], dates: Sequence[DateMention]
    ) -> None:
        """Keep what a following undated statement may continue."""
        text = self.text
        for statement in statements:
            if statement.stated[0] is not None:
                self.previous = _Context(
                    statement.claimants, statement.stated, statement.stated_text
                )
                return
        # "On Sunday, Ukraine’s Special Operations Forces, or SSO, posted photos"
        if dates and dates[0].start <= sentence.start + 1:
            lead = re.match(r"\s*,\s*", text[dates[0].end : sentence.end])
            if lead is not None:
                np = np_forward(text, dates[0].end + lead.end(), sentence.end)
                if np is not None:
                    claimant = self._claimant(text[np[0] : np[1]], None)
                    self.previous = _Context(
                        [claimant],
                        (dates[0].date_start, dates[0].date_end, dates[0].precision),
                        dates[0].text,
                    )
                    return
        self.previous = _Context(statements[-1].claimants if statements else [], None, None)

    def _statement_for(self, pos: int, statements: Sequence[_Statement]) -> _Statement | None:
        best: _Statement | None = None
        for statement in statements:
            scope = statement.frame.scope
            size = scope.end - scope.start
            if scope.start <= pos < scope.end and (
                best is None or size < best.frame.scope.end - best.frame.scope.start
            ):
                best = statement
        return best

    def _number_quote(
        self,
        number: NumberMention,
        clause: Span,
        statement: _Statement | None,
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
                if clause.start <= frame.np_start < number.start:
                    start = frame.np_start
                    if statement.lead_start is not None:
                        start = statement.lead_start
            elif frame.backward and frame.np_start > number.end:
                end = min(end, frame.np_start)
        span = _strip(text, start, end)
        if not (span.start <= number.start and number.end <= span.end):
            span = _strip(text, *clause)
        return span

    def _add_number(
        self,
        number: NumberMention,
        span: Span,
        statement: _Statement | None,
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
        statement: _Statement,
        parts: Sequence[Span],
        quotes: Sequence[Span],
        dates: Sequence[DateMention],
        numbers: Sequence[NumberMention],
        covered: list[Span],
        used: set[int],
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
            # the attribution alone (", according to X's chief, Gen. Y") states nothing
            zone = _frame_zone(frame)
            outside = _words(text, Span(span.start, max(span.start, zone.start))) + _words(
                text, Span(min(span.end, zone.end), span.end)
            )
            if (
                zone.start < span.end
                and span.start < zone.end
                and outside < 3
                and "non_confirmation" not in frame.flags
            ):
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
        del used

    def result(self) -> list[dict[str, Any]]:
        self.rows.sort(key=lambda row: (row["quote_start"], row["quote_end"]))
        unique: list[dict[str, Any]] = []
        seen: set[tuple[Any, ...]] = set()
        for row in self.rows:
            key = (row["quote_start"], row["quote_end"], row["claimant"], row["value"])
            if key in seen:
                continue
            seen.add(key)
            unique.append(row)
        for index, row in enumerate(unique, start=1):
            row["candidate_id"] = f"c{index:03d}"
        return unique


#: "the figure included 40 officers", "the toll includes": a part of the figure stated before.
_SAME_FIGURE = re.compile(
    r"\b(?:the|that|this)\s+(?:figure|toll|tally|total|number|count|estimate)\s+"
    r"(?:also\s+)?(?:included|includes|including|comprised|comprises)\b",
    re.IGNORECASE,
)


def _content(words: str, statement: _Statement | None, text: str) -> str:
    return words


def _frame_zone(frame: Frame) -> Span:
    return Span(min(frame.np_start, frame.verb_start), max(frame.np_end, frame.verb_end))


def _containing(spans: Sequence[Span], pos: int) -> Span | None:
    for span in spans:
        if span.start <= pos < span.end:
            return span
    return None


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(span.start < other.end and other.start < span.end for other in others)


def _source(text: str, published_on: date, source: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in source.items():
        out[str(key)] = value.isoformat() if isinstance(value, date) else value
    out.setdefault("source_id", None)
    out["published_on"] = published_on.isoformat()
    out["text_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    out["text_chars"] = len(text)
    return out


def propose(
    text: str,
    published_on: date,
    *,
    actors: Sequence[Mapping[str, Any]] = (),
    events: Sequence[Mapping[str, Any]] = (),
    source: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Candidate claims for ``text`` published on ``published_on``.

    ``actors`` (dicts with actor_id, name, kind, country, description and optional aliases)
    are matched to claimants; ``events`` (dicts with event_id, event_type, date_start,
    date_end) are suggested, never merged; ``source`` (a sources row, e.g. with publisher) is
    echoed, and its publisher is the claimant of the report's own statements.
    """
    proposer = _Proposer(text, published_on, actors, events, source or {})
    for sentence in join_quoted(text, split_sentences(text)):
        proposer.sentence(sentence)
    return {"source": _source(text, published_on, source or {}), "candidates": proposer.result()}
