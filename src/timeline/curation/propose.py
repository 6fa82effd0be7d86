"""Propose candidate claims and events for a curator to review.

``propose(text, published_on, actors=..., events=..., source=...)`` returns the JSON-ready
``{"source": {...}, "candidates": [...]}`` object of ``timeline propose --format json``. Every
candidate's quote is a slice of ``text`` (``text[quote_start:quote_end] == quote``). Nothing is
ever merged or invented: vague quantities get no value, and an existing event is only
suggested. Stdlib only (no pandas, no pandera), so it starts fast.

The engine is a pipeline over one :class:`~timeline.curation.annotation.Annotation` per
report; each stage has one job and its own module (see ``docs/curation-engine.md``):

0. reading: the visible text (format characters removed) and the way back to the original;
1. layout: the page's blocks (headline, byline, captions, chrome, body);
2. sentences: sentences, quotations and clauses;
3. mentions: dates and numbers;
4. frames: who is reported as saying what (a table of attribution constructions);
5. resolution: each frame's claimant and statement date, across sentences;
6. candidates: one row per claim-worthy number or statement.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from timeline.curation.annotation import Annotation, Block, SentenceAnnotation
from timeline.curation.attribution import Frame, find_frames
from timeline.curation.candidates import CANDIDATE_KEYS, CandidateBuilder
from timeline.curation.dates import DateMention, find_dates
from timeline.curation.layout import (
    CHROME,
    HEADLINES,
    SPEAKER_LABEL,
    TURN_LABEL,
    blocks,
    is_fragment,
    title_case_folded,
)
from timeline.curation.noun_phrases import np_forward
from timeline.curation.numbers import find_numbers, resolve_antecedents
from timeline.curation.polls import poll_author, speaks_for_a_poll
from timeline.curation.reading import (
    folded_letters,
    format_flags,
    grouped_thousands,
    letter_map,
    restore_letters,
    to_original,
    unwrapped_lines,
    visible_text,
)
from timeline.curation.resolution import Discourse, Statement, party_date
from timeline.curation.sentences import (
    LIST_ITEM,
    Span,
    clauses,
    join_dash_speech,
    join_quoted,
    quotation_runs,
    quotations,
    split_sentences,
    trim,
)
from timeline.curation.units import with_harm_units, with_rates
from timeline.curation.vocabulary import (
    ANOTHER,
    PEOPLE_HEADS,
    PRONOUNS,
    UNNAMED_SOURCES,
    alternation,
    wordset,
)

__all__ = ["CANDIDATE_KEYS", "STAGES", "annotate", "propose"]


def read(doc: Annotation) -> None:
    """Stage 0: the visible text the other stages read."""
    visible, doc.offsets = visible_text(doc.original)
    folded = folded_letters(visible)
    doc.letters = letter_map(visible, folded)
    doc.text = grouped_thousands(unwrapped_lines(folded))


def lay_out(doc: Annotation) -> None:
    """Stage 1: one block per line of the page."""
    doc.blocks = blocks(doc.text)


def split(doc: Annotation) -> None:
    """Stage 2: the sentences of the report's blocks, with quotations and clauses; chrome and
    unpunctuated fragments (headlines, labels) are left out."""
    text = doc.text
    kinds = [(block.span, block.kind) for block in doc.blocks]
    for sentence in join_dash_speech(text, join_quoted(text, split_sentences(text))):
        kind = next((k for span, k in kinds if span.start <= sentence.start < span.end), "body")
        link = next(
            (
                span
                for span, k in kinds
                if k == "chrome" and sentence.start < span.start < sentence.end
            ),
            None,
        )
        if link is not None and kind == "body":
            # "… (92,800).Read also: …": the sentence ends where a link glued to it starts
            sentence = trim(text, sentence.start, link.start)
        if kind in CHROME:
            # a time stamp run into the first sentence on one line: the sentence is the rest
            # (or a site's path run into the headline: the headline is the rest)
            rest, rest_kind = next(
                ((span, k) for span, k in kinds
                 if (k == "body" or k in HEADLINES) and sentence.start < span.start < sentence.end),
                (None, "body"),
            )  # fmt: skip
            if rest is not None:
                sentence, kind = Span(rest.start, sentence.end), rest_kind
        if kind in CHROME or kind == "caption":
            continue  # page furniture and photo captions state nothing of the report's
        if kind == "summary":
            pass  # a key-points box: restates the body, but may hold figures of its own
        elif kind in HEADLINES or is_fragment(text, sentence):
            kind = "headline"  # headlines, standfirsts, fact boxes: restate the body's figures
        doc.sentences.append(
            SentenceAnnotation(
                sentence, kind, quotations(text, *sentence), clauses(text, *sentence)
            )
        )


def find_mentions(doc: Annotation) -> None:
    """Stage 3: date words and claim-worthy numbers (not inside a date), with the counted
    noun of "900 of them" carried from sentence to sentence."""
    counted: str | None = None
    people: str | None = None  # the last people a sentence named ("North Korean troops")
    introduced = False  # the sentence before ends with a colon: a list may follow
    day: DateMention | None = None  # the last day a body sentence named
    for sentence in doc.sentences:
        sentence.dates = find_dates(doc.text, doc.published_on, *sentence.span)
        same = _SAME_DAY.search(doc.text, *sentence.span)
        if same is not None and day is not None and sentence.block == "body":
            # "Zelensky gave a much higher figure on the same day": the day named before
            sentence.dates = sorted(
                [*sentence.dates, replace(day, start=same.start(), end=same.end(),
                                          text=same.group(0), rule="date.same_day")],
                key=lambda d: d.start,
            )  # fmt: skip
        days = [d for d in sentence.dates if d.precision == "day" and d.date_start]
        if days and sentence.block == "body":
            day = days[-1]
        # "Over 6,000 Norwegian Fishermen Dead": a title-case headline's nouns read in lower case
        folded = title_case_folded(doc.text, sentence.span) if sentence.block in HEADLINES else None
        sentence.numbers = [
            n
            for n in find_numbers(folded or doc.text, *sentence.span)
            if n.is_claim and not any(d.start <= n.start < d.end for d in sentence.dates)
        ]
        words = doc.text[sentence.span.start : sentence.span.end]
        item = introduced and LIST_ITEM.match(words) is not None
        counted = resolve_antecedents(sentence.numbers, counted, listed=item, people=people)
        if sentence.block == "body":  # (a headline's figure takes the body's noun)
            with_harm_units(doc.text, sentence.numbers, sentence.span.start)
        with_rates(doc.text, sentence.numbers)
        introduced = words.rstrip().endswith(":") or (item and introduced)
        named = _PEOPLE_NAMED.findall(words)
        people = named[-1].lower() if named else people


#: Date words that name the day named before ("on the same day", "the same day").
_SAME_DAY = re.compile(r"\b(?:on\s+)?the\s+same\s+day\b|\blater\s+that\s+day\b")


#: People a sentence names, counted or not ("first North Korean troops have reached Kursk").
_PEOPLE_NAMED = re.compile(rf"\b(?:{alternation(PEOPLE_HEADS)})\b", re.IGNORECASE)


def find_attributions(doc: Annotation) -> None:
    """Stage 4: the attribution frames of each sentence."""
    for sentence in doc.sentences:
        spans = [Span(d.start, d.end) for d in sentence.dates]
        sentence.frames = find_frames(doc.text, sentence.span, sentence.quotes, spans)


def resolve(doc: Annotation) -> None:
    """Stage 5: claimants and statement dates, reading the sentences in order; then the
    paragraphs of a quotation running over several take the attribution of its last."""
    discourse = _discourse(doc)
    crossheads = [block.span for block in doc.blocks if block.kind == "crosshead"]
    for sentence in doc.sentences:
        heading = next((s for s in crossheads if s.start <= sentence.span.start < s.end), None)
        if heading is not None:
            # below a cross-head, no earlier statement goes on; below a question ("What else
            # has the North sent?") not even to a later "according to X"
            question = doc.text[heading.start : heading.end].rstrip().endswith("?")
            discourse.new_section(question=question, heading=heading)
        read = discourse.read_aside if sentence.block in {"headline", "summary"} else discourse.read
        sentence.statements = read(sentence.span, sentence.frames, sentence.dates)
    for run in quotation_runs(doc.text, [b.span for b in doc.blocks if b.kind == "body"]):
        _attribute_run(doc, run)
    for block in doc.blocks:
        if block.kind == "body":
            _attribute_quoted_paragraph(doc, block.span)
    for index, block in enumerate(doc.blocks[:-1]):
        if block.kind == "label":
            _attribute_label(doc, discourse, block, doc.blocks[index + 1])
    for index, (before, after) in enumerate(zip(doc.sentences, doc.sentences[1:], strict=False)):
        _attribute_said_this(doc, discourse, before, after)
        _dated_by_sharing_sentence(doc, before, after)
        _dated_by_remarks_sentence(doc, doc.sentences[max(0, index - 2) : index + 1], after)
        _attribute_closed_by_next(doc, before, after)
        _attribute_said_below(doc, discourse, before, after)
        _earlier_figures_confirmed(doc, doc.sentences[:index], before, after)
        _paragraph_pointed_at(doc, discourse, doc.sentences[: index + 1], after)
    for before, middle, after in zip(
        doc.sentences, doc.sentences[1:], doc.sentences[2:], strict=False
    ):
        _attribute_between_one_speaker(doc, before, middle, after)
    for label in _INLINE_SOUND_BITE.finditer(doc.text):
        _attribute_inline_sound_bite(doc, discourse, label)
    _dated_by_source_line(doc)
    _dated_by_release_sentence(doc)
    _dated_by_occasion_named_before(doc)
    _attribute_transcript_turns(doc, discourse)
    pollster: str | None = None  # the author of the latest poll the page named
    body = [s for s in doc.sentences if s.block == "body"]
    # a page about a poll: its first sentences name the pollster ("A poll conducted by Forsa
    # for RTL shows …"); its shares stated in the page's own voice are the poll's
    poll_page = any(poll_author(doc.text[s.span.start : s.span.end]) for s in body[:_POLL_LEDE])
    for sentence in doc.sentences:
        pollster = _attribute_poll(doc, discourse, sentence, pollster, poll_page=poll_page)


#: A poll other than the one named before ("Another poll", "a separate survey").
_ANOTHER_POLL = re.compile(rf"(?i)\b{ANOTHER}\s+(?:[\w-]+\s+)?(?:poll|survey)\b")
#: How many of a page's first body sentences may name the poll it is about.
_POLL_LEDE = 3


def _attribute_poll(
    doc: Annotation,
    discourse: Discourse,
    sentence: SentenceAnnotation,
    pollster: str | None,
    *,
    poll_page: bool = False,
) -> str | None:
    """ "In a Nordpoll survey released on Tuesday, 61 percent of Norwegians said …": the
    shares of a poll are its author's (:mod:`timeline.curation.polls`), named in the
    sentence, or before it when the sentence points back at the poll ("In the survey, 28
    percent …") or, on a page about the poll (``poll_page``), gives shares in the page's own
    voice; said the day it was released. Returns the latest pollster named."""
    text = doc.text
    words = text[sentence.span.start : sentence.span.end]
    named = poll_author(words)
    if named is None and _ANOTHER_POLL.search(words):
        pollster = None  # "Another poll of 2,533 adults found …": not the pollster named before
    pollster = named or pollster
    if sentence.block != "body" or not any(n.unit == "percent" for n in sentence.numbers):
        return pollster
    own_voice = poll_page and not sentence.statements
    author = named or (pollster if _THE_POLL.search(words) or own_voice else None)
    if author is None:
        return pollster
    claimant = discourse.claimant(author, None)
    released = next(
        (
            d
            for d in sentence.dates
            if re.search(
                r"(?:released|published)\s+(?:on\s+)?$", text[sentence.span.start : d.start]
            )
            and d.date_start is not None
        ),
        None,
    )
    stated = (
        (released.date_start, released.date_end, released.precision)
        if released is not None
        else (None, doc.published_on, "range")
    )
    stated_text = released.text if released is not None else None
    if released is None:
        # "Hanmin Research said on Tuesday …. In the survey, 61 percent …": the day the
        # pollster gave its results
        earlier = [
            s
            for other in doc.sentences
            if other.span.end <= sentence.span.start
            for s in other.statements
        ]
        dated = party_date(earlier, claimant)
        if dated is not None:
            stated, stated_text = dated
    said = [s for s in sentence.statements if s.frame.kind != "carried"]
    if said and not all(speaks_for_a_poll(c.words) for s in said for c in s.claimants):
        return pollster  # "61 percent, the ministry said": someone else relays it
    frame = Frame(
        "poll", sentence.span.start, sentence.span.start, sentence.span.start,
        sentence.span.start, [claimant], "according_to", sentence.span, False, flags=[],
    )  # fmt: skip
    sentence.statements = [Statement(frame, [claimant], stated, stated_text, released, None, [])]
    return pollster


#: A sentence pointing back at the poll named before ("In the survey, …", "respondents").
_THE_POLL = re.compile(
    r"(?i)\b(?:the|that|this|same)\s+(?:poll|survey)\b|\brespondents\b|\bthose\s+(?:polled"
    r"|surveyed|asked)\b"
    # "Asked about the package, 63% said …": a question put, then the shares that answered
    r"|^Asked\s+(?:about|whether|if|how|what|to)\b"
)


#: An attribution pointing back at the sentence before: "X said this in a comment on
#: Wednesday", "X reported this", "This was stated by X", "So said X".
_SAID_THIS = re.compile(
    # ("CNN writes about this, citing …")
    r"\s+(?:about\s+(?=this\b))?(?:this|so)\b(?!\s+(?:week|month|year|morning|evening|spring|summer|autumn|fall"
    r"|winter|time)\b)"
    # ("Experts suggest this could be visa laundering": "this" opens a clause of its own)
    r"(?!\s+(?:could|would|might|may|can|will|is|was|are|were|has|had|means|meant|shows"
    r"|showed|reflects|reflected|indicates|suggests|points)\b)",
    re.IGNORECASE,
)
#: "Zelensky announced the news", "X released these figures on Monday": a verb that gives
#: what the sentence before said, then the words for it (not "called the figures
#: speculation", a rejection).
_GAVE_THE_NEWS = re.compile(
    r"(?:announced|reported|released|published|disclosed|revealed|confirmed|gave|shared"
    r"|outlined|presented|provided|compiled)"
    r"\s+(?:the\s+news|this\s+information|these\s+(?:figures|numbers|data)"
    r"|the\s+(?:figures?|numbers?|data))\b(?!\s*[“\"])",
    re.IGNORECASE,
)
_THIS_WAS_SAID = re.compile(
    # ("Such data is provided by SIPRI")
    # ("The claim was made by Admiral X": the noun's article too)
    r"(?:This|That|These|Those|Such|The(?=\s+(?:conclusion|assessment|estimate|figures?"
    r"|numbers?|data|information|findings?|statement|claim|report|forecast|calculation)\s)"
    # ("The announcement came from German Defense Minister Boris Pistorius at …")
    r"|The\s+(?:announcement|news)(?=\s+(?:comes?|came)\s+from\b))"
    # "This conclusion was made by experts from ISW", "These figures were given by X"
    r"(?:\s+(?:conclusion|assessment|estimate|figures?|numbers?|data|information|findings?"
    r"|statement|claim|report|forecast|projection|prediction|calculation|revelation))?"
    # "This is reported by CNN with reference to …": the present, as agency copy writes it
    # ("This was stated on Friday by X": the day between the verb and its agent)
    r"\s+(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:(?:on|last|this|earlier\s+this)\s+\w+\s+)?"
    # "This was announced in an interview with Ukrinform by X": the occasion before the agent
    r"(?:(?:in|at|during)\s+(?:an?|the|his|her|its)\s+(?:[\w-]+\s+){1,7}?)?"
    # "This was reported to Suspilne by intelligence sources": the outlet told, then the agent
    r"(?:to\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}\s+)?by"
    # "This revelation comes from a report by X", "These figures come from X"
    r"|(?:comes?|came)\s+from(?:\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:study|report|analysis"
    r"|assessment|review|paper|survey|investigation|estimate)\s+(?:by|from|of))?"
    r"|(?:is|was)\s+according\s+to|(?:is|was)\s+what"
    # "This forecast is contained in a new study by X", "This is evident from a report from X"
    r"|(?:is|was|are|were)\s+(?:contained|stated|set\s+out|given|outlined|evident|clear|seen)"
    r"\s+(?:in|from)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:study|report|analysis|assessment"
    # ("This is stated in the report of the CSIS")
    r"|review|paper|survey|document|investigation|estimate|message|statement|post|notice)"
    # ("This is stated in a message posted on the official portal of the Department of State")
    r"\s+(?:(?:posted|published)\s+(?:on|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:portal"
    r"|website|site|page|channel|account)\s+)?(?:by|from|of))\s+",
    re.IGNORECASE,
)


#: A pointing noun with its giver set off by commas ("This revelation, disclosed by South
#: Korean intelligence on Monday, …").
_THIS_DISCLOSED_BY = re.compile(
    r"(?:This|That|These|Those)\s+(?:revelation|disclosure|assessment|estimate|figures?|numbers?"
    r"|data|information|findings?|claim|report)\s*,\s+(?:first\s+)?(?:disclosed|revealed"
    r"|reported|announced|made\s+public|given|confirmed|shared)\s+(?:\w+\s+)?by\s+",
    re.IGNORECASE,
)
#: An outlet relaying a pointing sentence before it ("According to Censor.NET, citing ERR, ").
_RELAY_BEFORE_POINTING = re.compile(
    r"According\s+to\s+[^,.;“”\"]{1,60}?(?:,\s+citing\s+[^,.;“”\"]{1,60}?)?,\s+"
)


#: A verb of denial or dispute opening a frame's verb ("denied", "rejected this").
_DENYING = re.compile(r"(?i)\s*(?:den(?:y|ied|ies)|reject|dismiss|refut|disput|question|contest)")


def _this_was_said(text: str, start: int) -> re.Match[str] | None:
    """A sentence pointing back at what was said before it ("This was reported by X"), also
    when an outlet relaying it opens the sentence ("According to Censor.NET, citing ERR,
    this was reported by Colonel X")."""
    found = _THIS_WAS_SAID.match(text, start) or _THIS_DISCLOSED_BY.match(text, start)
    if found is None:
        relay = _RELAY_BEFORE_POINTING.match(text, start)
        if relay is not None:
            found = _THIS_WAS_SAID.match(text, relay.end())
    return found


def _pointing_paragraph(
    doc: Annotation, before: SentenceAnnotation, after: SentenceAnnotation
) -> bool:
    """Whether ``after`` opens the paragraph right after the one ``before`` closes ("This
    was reported by the UK Ministry of Defence.", a paragraph of its own or the first
    sentence of one): agency copy names its source so."""
    gap = doc.text[before.span.end : after.span.start]
    return gap.count("\n") <= 2 and not gap.strip()


def _unnamed_reports(statement: Statement) -> bool:
    """Whether a statement's only claimant is unnamed reports, estimates or sources."""
    words = [c.words for c in statement.claimants]
    return len(words) == 1 and words[0] in UNNAMED_SOURCES


#: What may stand between a passive's agent and the day after it: an apposition, "on".
_AGENT_TO_DAY = re.compile(
    # ("Norway's envoy to the UN, Kari Lund, during a Council meeting on …": the post, the
    # name, the occasion, then its day)
    r"(?:\s+(?:to|of|for|at)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?"
    r"(?:,\s+[^,;:.“”\"\d]{1,60},)?[\s,]*"
    r"(?:(?:during|at|in)\s+(?:an?|the|his|her|its)\s+[^,;:.“”\"\d]{1,60}?\s+)?(?:on\s+)?"
)


def _day_after_agent(doc: Annotation, agent_end: int, end: int) -> list[DateMention]:
    """The day named right after a passive's agent ("This was stated by X on Thursday after a
    meeting …"): the day of the statement, not of what follows."""
    return [
        day
        for day in find_dates(doc.text, doc.published_on, agent_end, end)
        if day.precision == "day" and _AGENT_TO_DAY.fullmatch(doc.text, agent_end, day.start)
    ][:1]


def _said_on(statement: Statement, day: DateMention) -> Statement:
    """``statement`` said on ``day``, the words that name the day kept."""
    return replace(statement, stated=(day.date_start, day.date_end, "day"), stated_text=day.text)


#: A sentence telling when and to whom the statement before was given ("This assessment was
#: shared with lawmakers during a closed-door session on Wednesday").
_SHARED_WITH = re.compile(
    r"(?:This|That|These|Those|The)\s+(?:assessment|estimate|figures?|numbers?|data|information"
    r"|findings?|briefing|report)\s+(?:was|were)\s+(?:first\s+)?(?:shared\s+with|presented\s+to"
    r"|given\s+to|disclosed\s+to|delivered\s+to|made\s+public)\b",
    re.IGNORECASE,
)


def _dated_by_sharing_sentence(
    doc: Annotation, before: SentenceAnnotation, after: SentenceAnnotation
) -> None:
    """ "Seoul's spy agency reported that about 600 soldiers have died. This assessment was
    shared with lawmakers on Wednesday.": the day the sentence after gives dates the
    undated statements of the sentence before, in the same paragraph."""
    if before.block != "body" or after.block != "body" or not before.statements:
        return
    # "The ministry has confirmed 11,000 troops." / "This was stated by its spokesperson during
    # a press briefing on Monday.": a paragraph of its own pointing back dates it too
    pointing = _this_was_said(doc.text, after.span.start) is not None and _pointing_paragraph(
        doc, before, after
    )
    if "\n\n" in doc.text[before.span.end : after.span.start] and not pointing:
        return
    if _SHARED_WITH.match(doc.text, after.span.start) is None and not pointing:
        return
    days = [d for d in after.dates if d.precision == "day" and d.date_start is not None]
    if len(days) != 1:
        return
    day = days[0]
    before.statements = [_said_on(s, day) if s.stated[0] is None else s for s in before.statements]


#: A sentence telling when a speaker made the remarks just reported ("Rutte made the
#: comments while speaking to reporters Monday after …").
_MADE_THE_REMARKS = re.compile(
    r"(?P<who>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+made\s+(?:the|these|those|his|her)\s+"
    r"(?:comments|remarks|statement|statements|announcement)\b"
)
#: A clause after the remarks, telling of something else and its own day.
_CLAUSE_AFTER_REMARKS = re.compile(r"\s(?:after|as|when|following|amid|before)\s")


def _dated_by_remarks_sentence(
    doc: Annotation, earlier: Sequence[SentenceAnnotation], after: SentenceAnnotation
) -> None:
    """ "Russia has suffered more than 600,000 casualties, according to Mark Rutte. / Rutte
    made the comments while speaking to reporters Monday …": the day dates the speaker's
    undated statements in the sentences just before (the same speaker, by their surname)."""
    found = _MADE_THE_REMARKS.match(doc.text, after.span.start, after.span.end)
    if found is None or after.block != "body":
        return
    clause = _CLAUSE_AFTER_REMARKS.search(doc.text, found.end(), after.span.end)
    limit = clause.start() if clause is not None else after.span.end
    days = [d for d in after.dates if d.start < limit and d.precision == "day" and d.date_start]
    if len(days) != 1:
        return
    surname = found.group("who").split()[-1]
    for sentence in earlier:
        sentence.statements = [
            _said_on(s, days[0])
            if s.stated[0] is None
            and s.frame.kind != "carried"
            and any(re.search(rf"\b{re.escape(surname)}\b", c.words) for c in s.claimants)
            else s
            for s in sentence.statements
        ]


#: A sentence's end after a closing attribution's words ("…, the broadcaster NHK reports.").
_CLOSES_SENTENCE = re.compile(r"(?:\s+(?:on|in|last)\s+[\w,. ]{1,25})?\s*[.!]?[”\"’]?\s*$")


#: An adverb saying the page reports what others say ("reportedly", "allegedly").
_HEARSAY = re.compile(r"\b(?:reportedly|allegedly|purportedly|reported\s+to\s+have)\b")


def _attribute_closed_by_next(
    doc: Annotation, before: SentenceAnnotation, after: SentenceAnnotation
) -> None:
    """ "North Korea is considering sending up to 25,000 workers. If the decision is made,
    they will be landed at the plant in Yelabuga, the Japanese broadcaster NHK reports.": a
    sentence of figures in the page's voice, followed in the same paragraph by a sentence
    without figures that a source closes, is that source's too."""
    text = doc.text
    # "Air defences reportedly shot down 76 drones, while 95 were lost. Five flew to Belarus,
    # according to the Air Force.": a figure the page says was reported, then more figures of
    # the same paragraph that a source closes: that source reported them all
    hearsay = _HEARSAY.search(text, before.span.start, before.span.end) is not None
    if not before.numbers or before.statements or (after.numbers and not hearsay):
        return
    if before.block != "body" or after.block != "body":
        return
    if not hearsay and re.search(
        r"\d|\b(?:half|third|quarter|twice|double|triple)", text[after.span.start : after.span.end]
    ):
        return  # "…, the number decreased by half, according to X": its own figure
    if "\n" in text[before.span.end : after.span.start]:
        return
    closing = [
        s
        for s in after.statements
        if s.claimants and (s.frame.backward or s.frame.kind == "according_to")
    ]
    if len(closing) != 1 or len(after.statements) != 1:
        return
    frame = closing[0].frame
    # "…, NHK reports." ends on the verb; "…, reports NHK." and "…, according to NHK." on
    # the source
    end = frame.verb_end if frame.np_start < frame.verb_start else frame.np_end
    if _CLOSES_SENTENCE.fullmatch(text, end, after.span.end) is None:
        return
    if text.rfind(",", after.span.start, min(frame.np_start, frame.verb_start)) < 0:
        return
    before.statements = [_quoted_statement(closing[0], before.span)]


#: An occasion of speaking that a page names with its day and then again ("a press conference
#: in Oslo … in the press conference").
_SPOKEN_OCCASIONS = (
    r"(?:press\s+conference|news\s+conference|press\s+briefing|briefing|hearing|interview"
    r"|session|meeting)"
)
_OCCASION_NAMED = re.compile(
    rf"\b(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?(?P<what>{_SPOKEN_OCCASIONS})\b"
)
_THE_OCCASION_AGAIN = re.compile(
    rf"\b(?:in|at|during)\s+(?:the|that)\s+(?:same\s+)?(?P<what>{_SPOKEN_OCCASIONS})\b"
)


def _dated_by_occasion_named_before(doc: Annotation) -> None:
    """ "… senior U.S. officials said Thursday at a press conference. … South Korea's defence
    minister said in the press conference": the occasion named again ("the press
    conference") is the one the page dated before; its undated statements take that day."""
    text = doc.text
    dated: dict[str, DateMention] = {}
    for sentence in doc.sentences:
        if sentence.block != "body":
            continue
        words = text[sentence.span.start : sentence.span.end]
        again = _THE_OCCASION_AGAIN.search(words)
        if again is not None and again.group("what") in dated:
            day = dated[again.group("what")]
            sentence.statements = [
                _said_on(s, day) if s.stated[0] is None and s.claimants else s
                for s in sentence.statements
            ]
        days = [d for d in sentence.dates if d.precision == "day" and d.date_start is not None]
        named = _OCCASION_NAMED.search(words)
        if (
            named is not None
            and len(days) == 1
            and any(s.stated[0] == days[0].date_start for s in sentence.statements)
        ):
            dated[named.group("what")] = days[0]


#: A page's labelled source line with the occasion's day ("Source: Zelenskyy in an evening
#: video address on 4 November").
_DATED_SOURCE_LINE = re.compile(r"^Source:[ \t]+(?P<source>[^\n]{3,200})$", re.MULTILINE)


#: A sentence giving the day a document came out ("The report was released Thursday by the
#: …", "The study, published on Monday, …").
_DOCUMENT_RELEASED = re.compile(
    r"(?:The|This|That|Its)\s+(?:new\s+|latest\s+|annual\s+|full\s+)?(?P<noun>report|study"
    r"|assessment|analysis|survey|review|paper|document|update)\s*,?\s+(?:which\s+)?"
    r"(?:was\s+|is\s+|had\s+been\s+|has\s+been\s+)?(?:released|published|issued|made\s+public"
    r"|presented|submitted|circulated|unveiled)\b"
)


def _dated_by_release_sentence(doc: Annotation) -> None:
    """ "…, according to a new report by an international watchdog. The report was released
    Thursday by the MSMT …": the day a document came out dates the undated statements the page
    gives it (claimants that name the document, before and after that sentence)."""
    for sentence in doc.sentences:
        found = _DOCUMENT_RELEASED.match(doc.text, sentence.span.start, sentence.span.end)
        if found is None or sentence.block != "body":
            continue
        days = [
            d
            for d in sentence.dates
            if d.precision == "day" and d.date_start is not None and d.start > found.start()
        ]
        if len(days) != 1:
            continue
        named = re.compile(rf"(?i)\b{found.group('noun')}\b")
        for other in doc.sentences:
            other.statements = [
                _said_on(s, days[0])
                if s.stated[0] is None
                and (
                    any(named.search(c.words) for c in s.claimants)
                    # "according to a new report by an international watchdog"
                    or named.search(doc.text, s.frame.verb_start, s.frame.np_end) is not None
                )
                else s
                for s in other.statements
            ]
        return


def _dated_by_source_line(doc: Annotation) -> None:
    """ "President Zelenskyy has stated that 11,000 soldiers are in Kursk. / Source: Zelenskyy
    in an evening video address on 4 November": the day a page's source line gives dates the
    undated statements of the source it names."""
    text = doc.text
    label = _DATED_SOURCE_LINE.search(text, 0, min(len(text), 1500))
    if label is None:
        return
    days = [
        d
        for d in find_dates(text, doc.published_on, label.start("source"), label.end())
        if d.precision == "day" and d.date_start is not None
    ]
    names = set(re.findall(r"[A-Z][\w’'-]{3,}", label.group("source")))
    if len(days) != 1 or not names:
        return
    day = days[0]
    for sentence in doc.sentences:
        sentence.statements = [
            _said_on(s, day)
            if s.stated[0] is None
            and any(names & set(re.findall(r"[A-Z][\w’'-]{3,}", c.words)) for c in s.claimants)
            else s
            for s in sentence.statements
        ]


def _dated_by_day_after_agent(
    doc: Annotation, statement: Statement, sentence: SentenceAnnotation
) -> Statement:
    """A pointing statement left undated by its frame ("This was stated by X on Thursday":
    the day follows the agent, not the verb) takes that day."""
    if statement.stated[0] is not None or statement.frame.np_start < statement.frame.verb_end:
        return statement
    days = _day_after_agent(doc, statement.frame.np_end, sentence.span.end)
    if not days:
        return statement
    day = days[0]
    return _said_on(statement, day)


def _speaker_key(statement: Statement) -> tuple[str, ...]:
    """Who a statement's claimants are, whatever words name them ("Budanov", "he (Budanov)")."""
    return tuple(
        c.actor_id or re.sub(r"^\w+\s+\((.*)\)$", r"\1", c.words).strip()
        for c in statement.claimants
    )


def _attribute_between_one_speaker(
    doc: Annotation,
    before: SentenceAnnotation,
    middle: SentenceAnnotation,
    after: SentenceAnnotation,
) -> None:
    """ "According to him, the troops use Russian ammunition. The first division, numbering
    2,600 soldiers, will go to Kursk. Where the rest will go is unclear, he added.": figures
    in the page's own voice between two statements of one speaker, in one paragraph, are
    that speaker's too."""
    text = doc.text
    if (
        not middle.numbers
        or middle.statements
        or {before.block, middle.block, after.block} != {"body"}
    ):
        return
    if "\n" in text[before.span.start : after.span.end]:
        return
    if not before.statements or not after.statements:
        return
    speakers = {_speaker_key(s) for s in [*before.statements, *after.statements]}
    if (
        len(speakers) != 1
        or not next(iter(speakers))
        or any(not c.words for s in before.statements for c in s.claimants)
    ):
        return
    middle.statements = [_quoted_statement(before.statements[-1], middle.span)]


def _quoted_statement(owner: Statement, sentence: Span) -> Statement:
    """``owner``'s statement for a sentence that holds its words without a frame of its own
    (a quotation's earlier sentences, a paragraph a later sentence points back at)."""
    start = sentence.start
    frame = Frame(
        owner.frame.verb, start, start, start, start, list(owner.claimants), "quoted", sentence,
        False, flags=["quoted"],
    )  # fmt: skip
    return replace(owner, frame=frame, flags=list(owner.flags))


#: A sentence giving what share the figure before is of a whole ("This accounts for …").
_SHARE_OF_THIS = re.compile(
    r"(?:This|That)\s+(?:figure\s+|number\s+)?(?:accounts\s+for|represents|amounts\s+to"
    r"|makes\s+up|constitutes)\b"
)


def _attribute_said_this(
    doc: Annotation, discourse: Discourse, before: SentenceAnnotation, after: SentenceAnnotation
) -> None:
    """ "North Korea has handed Russia 120 guns. Andrii Chernyak, a representative of the
    HUR, said this in a comment on Wednesday.": agency copy names the speaker after the
    statement, in a sentence of its own that points back at it; the figures of the sentence
    before, with no attribution of their own and in the same paragraph, are that speaker's,
    said on that day."""
    figure_given = _FIGURE_GIVEN_BY.match(doc.text, after.span.start)
    # "… about 60 KN-23 missiles. This accounts for roughly one-third of …, reported CNN": a
    # share of the figure before, told by the source closing the sentence
    share = _SHARE_OF_THIS.match(doc.text, after.span.start) is not None
    if not before.numbers or before.block != "body" or after.block != "body":
        return
    if after.numbers and figure_given is None and not share:
        return
    if any(s.frame.kind != "carried" and not _unnamed_reports(s) for s in before.statements):
        return  # ("…, with reports indicating …. This was revealed by X": X's)
    if "\n" in doc.text[before.span.end : after.span.start] and not _pointing_paragraph(
        doc, before, after
    ):
        return  # another paragraph, which does not only point back
    document = _this_was_said(doc.text, after.span.start)
    if document is not None and (
        re.search(r"\b(?:in|from)\s+(?:an?|the)\b", document.group(0))
        # "This information was provided by Rep. X, who drew on intelligence briefed by Y":
        # the agent the sentence points with, not one inside a clause on that agent
        or not any(s.frame.np_start == document.end() for s in after.statements)
        # "According to Censor.NET, citing ERR, this was reported by Colonel X": the agent,
        # not the outlets relaying the pointing sentence
        or document.start() > after.span.start
    ):
        # "This forecast is contained in a new study by X, based on estimates by Y": the
        # document's author, whatever the sentence says the document drew on
        pointing = _agent_of_this(doc, discourse, after, document=True)
    else:
        pointing = []
    pointing = pointing or [
        s
        for s in after.statements
        if s.claimants
        and any(c.actor_id or c.words for c in s.claimants)
        # ("At first, both sides denied this": who denies a figure states none)
        and not _DENYING.match(s.frame.verb)
        and (
            _SAID_THIS.match(doc.text, s.frame.verb_end) is not None
            or _this_was_said(doc.text, after.span.start) is not None
            or _GAVE_THE_NEWS.match(doc.text, s.frame.verb_start) is not None
            or figure_given is not None
            or (share and s.frame.backward)
        )
    ]
    if not pointing:
        pointing = _agent_of_this(doc, discourse, after)
    if not pointing:
        return
    owner = _dated_by_day_after_agent(doc, pointing[0], after)
    before.statements = [_quoted_statement(owner, before.span)]


def _paragraph_pointed_at(
    doc: Annotation,
    discourse: Discourse,
    earlier: Sequence[SentenceAnnotation],
    after: SentenceAnnotation,
) -> None:
    """ "The bodies of 1,000 dead were returned on Friday. The other side claims they are
    soldiers." / "This was reported by the Coordination Headquarters.": a paragraph of its own
    that points back names the source of the whole paragraph before it, so of each of its
    figure sentences with no attribution of their own (not only of its last sentence)."""
    text = doc.text
    if not earlier or after.block != "body" or _this_was_said(text, after.span.start) is None:
        return
    before = earlier[-1]
    if not _pointing_paragraph(doc, before, after):
        return
    relayed = _this_was_said(text, after.span.start)
    pointing = (
        (
            _agent_of_this(doc, discourse, after, document=True)
            if relayed is not None and relayed.start() > after.span.start
            else []
        )
        or [
            s
            for s in after.statements
            if s.claimants and any(c.actor_id or c.words for c in s.claimants)
        ]
        or _agent_of_this(doc, discourse, after)
    )
    if not pointing:
        return
    owner = _dated_by_day_after_agent(doc, pointing[0], after)
    for sentence in reversed(earlier):
        if "\n" in text[sentence.span.end : before.span.start] or sentence.block != "body":
            break
        own = [
            s for s in sentence.statements if s.frame.kind != "carried" and not _unnamed_reports(s)
        ]
        if sentence.numbers and not own:
            sentence.statements = [_quoted_statement(owner, sentence.span)]


#: A sentence pointing back at several figures ("X confirmed the numbers", "These figures
#: were given by X").
_THE_FIGURES = re.compile(r"\b(?:the|these|those)\s+(?:numbers|figures|data|statistics)\b", re.I)


def _earlier_figures_confirmed(
    doc: Annotation,
    earlier: Sequence[SentenceAnnotation],
    before: SentenceAnnotation,
    after: SentenceAnnotation,
) -> None:
    """ "In 2024 Ukraine held 11 exchanges. Since 2022, 3,956 people have been released." /
    "Zelensky confirmed the numbers in his address.": a sentence pointing back at the figures
    (plural) gives the paragraph's earlier figure sentences, with no attribution of their own,
    to the one it named for the sentence just before."""
    text = doc.text
    quoted = [s for s in before.statements if s.frame.kind == "quoted"]
    if not quoted or not _THE_FIGURES.search(text, after.span.start, after.span.end):
        return
    owner = quoted[0]
    for sentence in reversed(earlier):
        if "\n" in text[sentence.span.end : before.span.start] or sentence.block != "body":
            break
        if any(s.frame.kind != "carried" for s in sentence.statements) or not sentence.numbers:
            break
        sentence.statements = [_quoted_statement(owner, sentence.span)]


#: The figure of the sentence before, with who gave it ("The figure, reported by South
#: Korea's National Intelligence Service, is double …").
_FIGURE_GIVEN_BY = re.compile(
    r"(?:The|This|That)\s+(?:(?:new|latest|revised|updated|official)\s+)?"
    r"(?:figure|number|estimate|tally|toll|count|total),\s+(?:first\s+)?"
    r"(?:reported|given|released|cited|provided|published|announced|disclosed)\s+by\s+"
)
#: The body the agent's people belong to ("experts" from the Fjord Institute).
_AGENTS_BODY = re.compile(
    r"\s+(?:from|at|of)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|the|[A-Z][\w’'.()-]*))*"
)


def _agent_of_this(
    doc: Annotation, discourse: Discourse, after: SentenceAnnotation, *, document: bool = False
) -> list[Statement]:
    """ "This conclusion was made by experts from ISW.": no verb of saying, but the agent of
    what the sentence before concluded; its statement, undated unless a day is given there.
    ``document``: the sentence names a document and its author ("This is evident from a
    report by X"), whose words win over what the rest of the sentence attributes."""
    if after.statements and not document:
        return []
    this = _this_was_said(doc.text, after.span.start) or _FIGURE_GIVEN_BY.match(
        doc.text, after.span.start
    )
    # ("This is stated in the report of the British Ministry of Defence": the report's author)
    if this is None or not re.search(r"\b(?:by|from|of)\s+$", this.group(0)):
        return []
    agent = np_forward(doc.text, this.end(), after.span.end)
    if agent is None:
        return []
    end = agent[1]
    # (a named person's "at the Warsaw Security Forum" is where they spoke, not their body)
    named = re.search(r"[A-Z][\w’'-]+\s+[A-Z][\w’'-]+$", doc.text[agent[0] : end]) is not None
    body = None if named else _AGENTS_BODY.match(doc.text, end, after.span.end)
    if body is not None:
        end = body.end()  # "experts from the Fjord Institute"
        while doc.text[end - 1] == "." and not re.search(r"\b[A-Z]\.$", doc.text[:end]):
            end -= 1  # the sentence's full stop, not an initial's
    words = doc.text[agent[0] : end]
    frame = Frame(
        "by", this.start(), this.end(), agent[0], end, [], "according_to", after.span, False,
    )  # fmt: skip
    claimant = discourse.claimant(words, None)
    # "This was stated on Friday by X": the day given between the verb and its agent, or
    # right after the agent ("This was stated by X on Thursday after a meeting …")
    days = find_dates(doc.text, doc.published_on, this.start(), this.end()) or _day_after_agent(
        doc, end, after.span.end
    )
    if len(days) == 1 and days[0].precision == "day":
        day = days[0]
        return [
            Statement(
                frame, [claimant], (day.date_start, day.date_end, "day"), day.text, None, None, []
            )
        ]
    return [Statement(frame, [claimant], (None, doc.published_on, "range"), None, None, None, [])]


#: A line opening on an inverted verb of saying after a quotation ("said Anvita Basu from
#: Fitch Solutions").
_SAID_OPENING = re.compile(r"(?:said|says|added|adds|wrote|writes|told\s+[\w’'-]+)\s+")
#: A quotation closing its paragraph, its comma inside the mark or not.
_QUOTATION_CLOSES = re.compile(r"[,.!?]?[”\"’]\s*,?\s*$")


def _attribute_said_below(
    doc: Annotation, discourse: Discourse, before: SentenceAnnotation, after: SentenceAnnotation
) -> None:
    """ "“North Korea's economy could grow 1% this year,”" / "said Anvita Basu from Fitch
    Solutions": a quotation without attribution, whose speaker opens the next line after an
    inverted verb of saying, is that speaker's."""
    text = doc.text
    if not before.numbers or before.statements or after.statements:
        return
    if before.block != "body" or after.block != "body":
        return
    words = text[before.span.start : before.span.end]
    if _QUOTATION_CLOSES.search(words) is None or not re.match(r"\s*[“\"‘]", words):
        return
    said = _SAID_OPENING.match(text, after.span.start, after.span.end)
    if said is None:
        return
    agent = np_forward(text, said.end(), after.span.end)
    if agent is None:
        return
    frame = Frame(
        said.group(0).strip(), said.start(), said.end(), agent[0], agent[1], [], "post_quote",
        before.span, True,
    )  # fmt: skip
    claimant = discourse.claimant(text[agent[0] : agent[1]], None)
    before.statements = [
        Statement(frame, [claimant], (None, doc.published_on, "range"), None, None, None, [])
    ]


def _attribute_label(doc: Annotation, discourse: Discourse, label: Block, below: Block) -> None:
    """ "[Sound bite: Rep. Han Ji-woo - …]" over a quotation: the labelled speaker says the
    sentences of the paragraph below that have no attribution of their own (undated, unless
    the speaker's earlier statement dates them)."""
    words = doc.text[label.span.start : label.span.end]
    turn = TURN_LABEL.match(words)
    if turn is not None:
        following = doc.blocks[doc.blocks.index(label) + 1 :]
        end = next((b.span.start for b in following if b.kind == "label"), len(doc.text))
        if turn["name"]:
            # a transcript's turn: the speaker's until the next label
            _give_to_speaker(
                doc, discourse, turn["name"], label.span.start,
                lambda span: label.span.end <= span.start < end,
            )  # fmt: skip
            return
        # "[Reporter]", "[Anchor]": the broadcaster's own turn, which no speaker before it
        # goes on into (up to the turn's own first statement, which its later sentences may
        # go on with)
        for sentence in doc.sentences:
            if not label.span.end <= sentence.span.start < end:
                continue
            if any(s.frame.kind != "carried" for s in sentence.statements):
                break
            sentence.statements = []
        return
    name = SPEAKER_LABEL.match(words)
    if name is None or below.kind != "body":
        return
    _give_to_speaker(
        doc, discourse, name.group("name"), label.span.start,
        lambda span: below.span.start <= span.start < below.span.end,
    )  # fmt: skip


#: The speaker's own words for themself ("I estimate", "we believe").
_FIRST_PERSON = frozenset({"i", "we"})


def _give_to_speaker(
    doc: Annotation,
    discourse: Discourse,
    name: str,
    label_start: int,
    covers: Callable[[Span], bool],
) -> None:
    """The sentences a speaker label covers, with no attribution of their own, are the
    speaker's, undated unless the speaker's statement before the label dates them."""
    speaker = discourse.claimant(name.strip(), None)
    earlier = [
        s for sentence in doc.sentences if sentence.span.end <= label_start
        for s in sentence.statements
    ]  # fmt: skip
    dated = party_date(earlier, speaker)
    stated, stated_text = dated if dated is not None else ((None, doc.published_on, "range"), None)
    for sentence in doc.sentences:
        if not covers(sentence.span):
            continue
        for statement in sentence.statements:
            if statement.claimants and all(
                c.words.strip().lower() in _FIRST_PERSON for c in statement.claimants
            ):
                statement.claimants = [speaker]  # "I estimate 12 will return": the speaker
        if not any(s.frame.kind != "carried" for s in sentence.statements):
            frame = Frame(
                "", sentence.span.start, sentence.span.start, sentence.span.start,
                sentence.span.start, [speaker], "quoted", sentence.span, False, flags=["quoted"],
            )  # fmt: skip
            sentence.statements = [Statement(frame, [speaker], stated, stated_text, None, None, [])]


#: A sound-bite label run into the quotation it introduces, inside a line ("…on Wednesday.[Sound
#: bite: Rep. Ana Lund - Budget Committee]“…”"), as some broadcasters' pages print it.
_INLINE_SOUND_BITE = re.compile(
    r"\[(?i:sound\s*bite|soundbite|sot)\s*:\s*(?P<name>[^\]/|]+?)(?:\s+[-–—/|]\s+[^\]]*)?\]"
    r"\s*(?=[“\"])"
)


def _attribute_inline_sound_bite(
    doc: Annotation, discourse: Discourse, label: re.Match[str]
) -> None:
    """The sentences of the quotation right after an inline sound-bite label, with no
    attribution of their own, are the labelled speaker's (as :func:`_attribute_label` does for
    a label on a line of its own)."""
    text = doc.text
    opening = label.end()
    close = text.find("”" if text[opening] == "“" else '"', opening + 1)
    end = close if close >= 0 else len(text)
    _give_to_speaker(
        doc, discourse, label.group("name"), label.start(),
        lambda span: span.end > opening and span.start < end,
    )  # fmt: skip


#: A broadcast transcript's turn, in capitals at the start of a line ("BLITZER: …", "LEE
#: SUNG-KWON, LAWMAKER: …", "SEN. ANA LUND (D-MN): …").
_CAPITALS_TURN = re.compile(
    r"^(?P<name>[A-Z][A-Z.’'-]+(?:[ -][A-Z][A-Z.’'-]+){0,3})"
    r"(?:,\s+[A-Z][A-Z ,.’'-]*|\s+\([A-Z]-?[A-Z]*\))?:\s+(?=\S)",
    re.MULTILINE,
)
#: Capitals before a colon that are no speaker: the broadcaster's own voices and page labels.
_NOT_A_TURN = wordset(
    """anchor host presenter reporter correspondent narrator narration announcer unidentified
    breaking watch update updated live read related exclusive analysis opinion note source
    sources photo video correction editor editor’s editor's listen caption credit also tags
    see more follow subscribe share top latest explainer factbox timeline key what why how q
    a"""
)


def _attribute_transcript_turns(doc: Annotation, discourse: Discourse) -> None:
    """A transcript in capitals' turns ("LEE: …" down to the next "ANCHOR: …"): the sentences
    of a named speaker's turn with no attribution of their own are the speaker's. Two named
    speakers at least, or it is no transcript ("WATCH: …" over a video is a label)."""
    # (in the body: "GUR: Pyongyang has handed …" over a report is its headline)
    body = [b.span for b in doc.blocks if b.kind == "body"]
    turns = [
        m for m in _CAPITALS_TURN.finditer(doc.text) if any(s.start == m.start() for s in body)
    ]
    labels = [m for m in turns if m["name"].split()[0].lower().strip(".") not in _NOT_A_TURN]
    if len({m["name"] for m in labels}) < 2:
        return
    for label in labels:
        end = next((m.start() for m in turns if m.start() > label.start()), len(doc.text))
        name = " ".join(w.capitalize() for w in label["name"].split())
        _give_to_speaker(doc, discourse, name, label.start(), _between(label.end(), end))


def _between(start: int, stop: int) -> Callable[[Span], bool]:
    """Whether a sentence reaches into the text from ``start`` to ``stop``."""
    return lambda span: start <= span.end and span.start < stop


def _attribute_run(doc: Annotation, run: Sequence[Span]) -> None:
    """'“We found 30 …' / '“Another 12 …,” she said.': the sentences of the open paragraphs
    have no attribution of their own; they take the closing paragraph's."""
    last = run[-1]
    closing = [
        s
        for sentence in doc.sentences
        if last.start <= sentence.span.start < last.end
        for s in sentence.statements
        if s.frame.kind in {"post_quote", "inverted", "subject"} and s.frame.backward
    ]
    if not closing:
        return
    owner = closing[-1]
    for sentence in doc.sentences:
        inside = any(p.start <= sentence.span.start < p.end for p in run[:-1])
        if inside and not any(s.frame.kind != "carried" for s in sentence.statements):
            sentence.statements = [_quoted_statement(owner, sentence.span)]


#: A quotation closed, then its speaker's verb after it ("…,' he said", '…," Berg added').
_CLOSED_BEFORE_VERB = re.compile(r"[,.?!…][”\"’']\s*(?:[\w.’'-]+\s+){0,5}$")


def _attribute_quoted_paragraph(doc: Annotation, paragraph: Span) -> None:
    """ "'Let me repeat it. Our economy is 25 times bigger. It is 50 trillion,' he said.": a
    paragraph that is one quotation of several sentences, closed by its speaker, is the
    speaker's, sentence after sentence (a pronoun opening one is the speaker's words, not a
    subject carried from before)."""
    text = doc.text
    if text[paragraph.start : paragraph.start + 1] not in {"“", '"', "‘", "'"}:
        return
    sentences = [s for s in doc.sentences if paragraph.start <= s.span.start < paragraph.end]
    if len(sentences) < 2:
        return
    owners = [
        st
        for st in sentences[-1].statements
        if st.frame.kind in {"post_quote", "inverted", "subject"}
        and _CLOSED_BEFORE_VERB.search(text, sentences[-1].span.start, st.frame.np_start)
    ]
    if not owners:
        return
    owner = owners[-1]
    for sentence in sentences[:-1]:
        if any(
            st.frame.kind != "carried" and st.frame.words.strip().lower() not in PRONOUNS
            for st in sentence.statements
        ):
            continue  # (an "It's 50 trillion" read as "its" is the speaker's words too)
        sentence.statements = [_quoted_statement(owner, sentence.span)]


def build_candidates(doc: Annotation) -> None:
    """Stage 6: candidate rows, mapped back to the original text."""
    builder = CandidateBuilder(doc.text, doc.published_on, doc.events, _discourse(doc).publisher)
    for sentence in doc.sentences:
        builder.build(sentence)
    doc.candidates = builder.result()
    for candidate in doc.candidates:
        start, end = to_original(
            candidate["quote_start"], candidate["quote_end"], doc.offsets, len(doc.original)
        )
        quote = doc.original[start:end]
        candidate.update(quote_start=start, quote_end=end, quote=quote)
        extra = [f for f in format_flags(quote) if f not in candidate["flags"]]
        candidate["flags"] = [*candidate["flags"], *extra]
        for key in _WORDS_READ:
            if isinstance(candidate.get(key), str):
                candidate[key] = restore_letters(candidate[key], doc.letters)


#: The candidate fields read from the report's words (its quote is the original's slice).
_WORDS_READ = ("claimant", "unit", "stated_text", "date_text", "coding_note")


def _discourse(doc: Annotation) -> Discourse:
    publisher = doc.source.get("publisher") or page_speaker(doc.text)
    return Discourse(
        doc.text, doc.published_on, doc.actors, str(publisher) if publisher else None,
        masthead=_masthead(doc),
    )  # fmt: skip


#: A page that is one person's words: "Speech by …", "Remarks by …", "Op-ed by …", the kind
#: and its "by" on one line or two ("NATO | Speech" / "by NATO Secretary General X at …").
_PAGE_SPEAKER = re.compile(
    r"(?im)^(?:[^\n|]*\|[ \t]*)?(?:(?:opening|closing|keynote|prepared)\s+)?"
    r"(?:speech|remarks|address|statement|testimony|lecture|op-ed|keynote)"
    r"(?:[ \t]+(?:as\s+)?(?:delivered|prepared))?[ \t]*\n?[ \t]*(?:delivered[ \t]+)?by[ \t]+"
    r"(?P<who>(?-i:[A-Z])[^,(\n]*?)(?=[ \t]+(?:at|to|before|on|in)\b|[ \t]*[,(\n]|$)"
)


def page_speaker(text: str) -> str | None:
    """The person whose words a speech, remarks, statement, testimony or op-ed page is,
    named on one of its first lines ("Speech by NATO Secretary General Mark Rutte at …"): the
    claimant of what the page states in its own voice, as a publisher is of a report's."""
    head = "\n".join(text.lstrip().split("\n")[:8])
    found = _PAGE_SPEAKER.search(head)
    return found.group("who").strip() if found else None


#: A masthead line: the publisher's name, then a separator and a section ("Hanbit Defence
#: Forum | Commentary", "DNIPRO POST · Ukraine · War").
_MASTHEAD = re.compile(r"(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,5})\s+[|·•]\s+\S")


def _masthead(doc: Annotation) -> str | None:
    """The publisher named by the page's masthead: the first line above the first paragraph
    of the body that opens with a name and a separator."""
    for block in doc.blocks[:4]:
        found = _MASTHEAD.match(doc.text, block.span.start, block.span.end)
        if (
            found is not None
            and block.kind in HEADLINES
            and not found.group("name").startswith("By ")
        ):
            return found.group("name")
    return None


#: The stages, in order; each reads and extends the annotation.
STAGES: tuple[Callable[[Annotation], None], ...] = (
    read, lay_out, split, find_mentions, find_attributions, resolve, build_candidates,
)  # fmt: skip


def annotate(
    text: str,
    published_on: date,
    *,
    actors: Sequence[Mapping[str, Any]] = (),
    events: Sequence[Mapping[str, Any]] = (),
    source: Mapping[str, Any] | None = None,
    stages: Sequence[Callable[[Annotation], None]] = STAGES,
) -> Annotation:
    """The report's annotation after ``stages`` (all of them by default): for looking inside
    the pipeline, one stage at a time."""
    doc = Annotation(text, text, published_on, actors, events, source or {})
    for stage in stages:
        stage(doc)
    return doc


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
    doc = annotate(text, published_on, actors=actors, events=events, source=source)
    return {"source": _source(text, published_on, source or {}), "candidates": doc.candidates}
