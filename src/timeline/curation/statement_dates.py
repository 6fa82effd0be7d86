"""Stage 5 of ``propose``, its dating half: which date words date a statement.

A frame's statement is dated by the date words attached to it, tried in order
(:data:`DATE_ATTACHMENTS`): between the claimant and the verb ("X on Monday said"), right after
the verb ("said on Monday", "told reporters on Tuesday after a briefing"), closing the
attribution, in a relative clause on the claimant, opening the sentence or a chronology entry
("Dec. 23 – X says"), "since February, when X reported", the day a source's figures came out
("according to figures from X, released on Monday"), or the occasion named after the verb ("in
its February briefing"). A possessive estimate is dated only by date words inside it.
:class:`~timeline.curation.resolution.Discourse` falls back on the same party's earlier
statement when none is attached, or on its dated occasion stated without a figure
(:func:`dated_occasion`: "the NIS gave its most detailed count yet on Wednesday"). Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.curation.attribution import Frame
from timeline.curation.dates import DateMention
from timeline.curation.sentences import Span
from timeline.curation.vocabulary import (
    AT_FIGURE_VERBS,
    AUTHOR_HANDED_OVER,
    COLON_VERBS,
    COUNT_VERBS,
    DATA_GIVING_PARTICIPLES,
    DATA_NOUNS,
    DOCUMENT_NOUNS,
    ESTIMATE_NOUNS,
    GIVEN_FIGURE_NOUNS,
    HANDED_OVER_VERBS,
    OCCASION_NOUNS,
    PERSON_ROLES,
    PRESENT_SAYING_VERBS,
    REPORTING_VERBS,
    alternation,
)

__all__ = [
    "DATELINE",
    "DATE_ATTACHMENTS",
    "SEPARATE_OCCASION",
    "THE_OCCASION_BEFORE",
    "dated_occasion",
    "frame_date",
    "is_live_page",
    "main_clause_end",
]  # fmt: skip

#: A wire dateline at the start of a report ("SEOUL –", "TAIPEI, Taiwan –").
DATELINE = re.compile(r"[A-Z][A-Z .'-]+(?:,\s*[A-Z][\w .'-]*?)?\s+[–—-]{1,2}\s+")
#: One apposition after a claimant (", a spokesman for Ukraine's General Staff, ").
_APPOSITION = re.compile(
    # ", a spokeswoman for the brigade,", ", director of the observatory,": a role without its
    # article too
    rf",\s+(?:an?|the|[A-Z][\w’'.-]*|(?:{alternation(PERSON_ROLES)}))\b[^,;:“”\"\d]*,\s*"
)
#: An introductory phrase before a sentence-opening date ("In a statement on Monday, X said",
#: "Speaking to reporters on Friday, X said", any participle: "Posting online on Friday, X
#: said"), not a clause of its own: its date words date the statement.
#: A sentence adverb before an opening date ("However, ", "Meanwhile, ", "But ").
_SENTENCE_ADVERB = re.compile(
    # ("And then on Friday, the agency released …")
    r"(?:However|Meanwhile|Separately|Still|Moreover|Additionally|Also|But|And|Yet)"
    r"(?:\s+then)?\b,?\s+"
    r"(?=(?:in|on|at|last|earlier|late|early|by)\b)"
    # "As early as January 4, 2024, Western media wrote": how early, then the day
    r"|As\s+early\s+as\s+(?=[A-Z0-9])"
    # "As reported by Ukrinform, on October 18, the NIS announced": the relay, then the day
    r"|As\s+(?:(?:earlier|previously|first)\s+)?reported\s+by\s+[^,;:.“”\"]{1,60},\s+"
    r"|As\s+[^,;:.“”\"]{1,40}?\s+(?:(?:earlier|previously|first)\s+)?reported,\s+"
)
_OPENING_PHRASE = re.compile(
    # a number only as a compound modifier ("In a 64-page report published on Wednesday,")
    # ("But in a TV interview on Friday, X suggested": lower case after the opening adverb)
    r"(?:(?:[Ii]n|[Aa]t|[Dd]uring|Asked|Interviewed|[A-Z][a-z]+ing|(?:While|When)\s+[a-z]+ing)\s"
    r"(?:[^,;:\d“”\"]|\d+-[a-z]+)*"
    # "Given that last week Seoul's spy agency told lawmakers …": a clause's conjunction
    r"|(?:Given|Now|Considering)\s+that\s)"
    # "In its most recent estimate, given to lawmakers on Dec. 16, it said": the occasion's
    # participle set off by a comma
    r"(?:,\s+(?:given|published|released|presented|delivered|submitted|issued|made\s+public)"
    r"\b[^,;:\d“”\"]*)?"
)
#: An opening naming the occasion of speaking ("Asked on Tuesday how many …,", "Speaking on
#: Tuesday to a committee,").
_SPEAKING_OPENING = re.compile(
    # ("While addressing a press briefing on Wednesday (local time), X said")
    r"(?:(?:While|When)\s+)?(?:Asked|Speaking|Interviewed|Questioned|Testifying|Addressing"
    r"|Writing|Talking|asked|speaking|addressing|talking|briefing)\b"
)
#: What may lead a sentence-opening date: the time of the day or its end ("By late Thursday",
#: "Late on Monday", "Early on Friday").
_TIME_OF_DAY_LEAD = re.compile(r"(?:By|Late|Early|Earlier|Later),?(?:\s+(?:on|in))?\s+")
#: Between a sentence-opening date and its frame's claimant: a comma, then only the claimant's
#: descriptors and appositions ("On Monday, a drone unit commander, Capt. X, confirmed").
_OPENING_TO_SUBJECT = re.compile(
    r"\s*,\s*(?:(?!(?:that|which|who|whom|when|where|while|after|before|because|and|but)\b)"
    r"[A-Za-z’'.-]+,?\s+){0,10}"
)
#: Between a reporting verb and a date: a document, then "published/released/issued".
_PUBLISHED_GAP = re.compile(
    # ("…, said the study, published Tuesday by …": an inverted document, then its day)
    r"\s+(?:(?:in|on|with|through)\s+|(?:the|a|an|its|their)\s+(?=(?:[\w-]+\s+){0,3}?"
    rf"(?:{alternation(DOCUMENT_NOUNS)}),))[^,;:“”\"\d]*?,?\s*(?:published|released|issued|dated"
    r"|made\s+public|broadcast|aired"
    # "said in a report submitted to the National Assembly on Monday": handed over that day
    rf"|(?:{alternation(HANDED_OVER_VERBS)})(?:\s+to\s+[^,;:“”\"\d]{{1,60}}?)?)"
    # "…, presented in Rome on Tuesday": the place it was handed over
    r"(?:\s+(?:in|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    r"\s+(?:on\s+)?"
)
_RELATIVE_REPORT = re.compile(
    r",\s*(?:which|who)\s+(?:had\s+|has\s+)?(?:cited|quoted|said|reported|told|briefed|"
    r"announced|wrote|posted|published|released|revealed|disclosed|presented)\b"
    r"[^,;:.“”\"\d]{0,60}?\s"
)
_SENTENCE_END = re.compile(r"[\s.!?”\"’)]*")
#: An apposition, then the occasion of the statement, before its date ("…, the minister, in an
#: interview on ").
#: The apposition may open with a role ("deputy head of the directorate"), the occasion may
#: be placed ("at a news conference in Bergen on ").
_APPOSITION_OCCASION = re.compile(
    # "…,” said X, a deputy head of the office, who spoke to reporters in Kharkiv on Monday.":
    # the speaker's own occasion in a relative clause
    r"(?:,\s+(?:an?|the|[A-Z][\w’'.-]*|[a-z]+)\b[^,;:“”\"\d]*)?,\s+who\s+(?:spoke|was\s+speaking"
    r"|told|briefed|addressed|wrote)\s+(?:to\s+)?(?:[\w’'.-]+\s+){0,6}?(?:on\s+)?"
    rf"|(?:,\s+(?:an?|the|[A-Z][\w’'.-]*|[a-z]+)\b[^,;:“”\"\d]*,)?\s+(?:in|at|during)\s+"
    # ("during the center's podcast": an owner's)
    rf"(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+(?:[’']s)?\s+)?{OCCASION_NOUNS}"
    r"(?:\s+(?:in|at)\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
    # "in an interview with the regional broadcaster NRK Vest on Tuesday"
    r"|\s+with\s+(?:the\s+|an?\s+)?(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)?\s+(?:on\s+)?"
)


#: A statement on an occasion of its own, right after the verb ("said in a separate post",
#: "said separately", "in another statement"): no earlier statement's date goes on to it.
SEPARATE_OCCASION = re.compile(
    rf"\s+(?:separately\b|(?:in|on|at|during)\s+(?:a|an)\s+(?:separate|different|another|second"
    rf"|later)\s+(?:[a-z]+\s+)?{OCCASION_NOUNS}\b|(?:in|on|at)\s+another\s+(?:[a-z]+\s+)?"
    rf"{OCCASION_NOUNS}\b)"
)
#: A line that is only a time of day, as a live page heads its entries ("17:40", "09:05 GMT",
#: "9:05 AM EST", "2:40 p.m."): a 24-hour or a 12-hour clock, a time zone or not.
_ENTRY_TIME = re.compile(
    r"^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?))?(?:[ \t]+[A-Z]{2,4})?[ \t]*$",
    re.MULTILINE,
)


def is_live_page(text: str) -> bool:
    """Whether the page is a live page, its entries headed by their time of day (two or more
    lines that are only a time): an entry's present tense ("X says") is of the day."""
    return len(_ENTRY_TIME.findall(text)) >= 2


Attached = tuple[DateMention, int | None]
_OCCASION_TAIL = re.compile(
    r",\s+(?:speaking|writing|addressing|testifying|appearing|talking)\b[^,;:“”\"\d]*$"
)
#: Inside a relative clause on the claimant, up to a date ("…, which posted photos ").
_IN_RELATIVE = re.compile(r",\s*(?:which|who|whose)\s+[^;:“”\"]*")
_WHEN_CLAUSE = re.compile(r",?\s+when\s+")
#: Between the date that opens a chronology entry and its subject ("Dec. 23 – ", "Oct. 18: ").
_ENTRY_DATE_SEPARATOR = re.compile(r"\s*(?:[–—:]|\s-)\s*")
#: A content clause opening right after the verb with a pronoun subject ("said it first
#: recorded ").
_CONTENT_SUBJECT = re.compile(r"\s+(?:it|he|she|they|we)\s+(?:\w+\s+)?[a-z]+(?:ed|en)\s+$")
#: A content clause with a finite verb of its own between the verb of saying and a date
#: ("said the weapons had arrived by rail "): the date is of the content's act.
_CONTENT_CLAUSE = re.compile(
    r"\b[\w’'-]+\s+(?:had|has|have|was|were|is|are|will|would|could|might)\s+(?:not\s+)?"
    r"(?:been\s+)?[a-z]+\b"
)
#: A plural noun and a participle on it, just before a date ("soldiers captured ").
_PARTICIPLE_ON_NOUN = re.compile(
    r"\b[a-z]{3,}s\s+(?:[a-z]+ed|[a-z]+en|sent|held|shot|built|caught|brought)"
    # "two soldiers captured by Ukraine on Jan. 9": the act's agent before its day
    r"(?:\s+by\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})?\s+$"
)


def _date_in_frame(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "Zelenskyy on Monday said": date words between the claimant and the verb; not those
    of a relative clause on the claimant ("X, which posted photos on Sunday, said"), which
    date that clause's own act."""
    for mention in dates:
        if frame.np_start <= mention.start and mention.end <= frame.verb_start:
            if (
                _IN_RELATIVE.fullmatch(text, frame.np_end, mention.start)
                and text[mention.end : frame.verb_start].strip()
            ):
                continue  # "X, which on Tuesday estimated that …": the frame's own verb
            if _PERIOD_COVERED.search(text, frame.np_end, mention.start):
                continue  # "The report, covering December to May, shows": what it covers
            if _FOR_PERIOD.search(text, frame.np_end, mention.start):
                continue  # "X released figures for September showing …": the data's period
            if _data_period(text, frame, mention):
                continue  # "UN data from August show …": the data's period
            return mention, None
    return None


#: Figures named by the period they are from, up to its date words ("UN data from ").
_DATA_PERIOD_BEFORE = re.compile(rf"\b(?:{alternation(DATA_NOUNS)})\s+(?:from\s+)?$")


def _data_period(text: str, frame: Frame, mention: DateMention) -> bool:
    """Whether a month or year names the period figures are from ("According to UN data
    from August, …"), which is not the day they were stated."""
    return (
        mention.precision != "day"
        and (mention.text.startswith("from ") or text[: mention.start].endswith("from "))
        and _DATA_PERIOD_BEFORE.search(text, frame.np_start, mention.start) is not None
    )


#: An insertion or a first predicate naming the period a document covers ("The report,
#: covering the period from 1 December to 31 May, shows …", "The data covers shipments from
#: August through January and shows …"): its dates are the period's, not the statement's.
_PERIOD_COVERED = re.compile(
    r",\s*(?:covering|spanning|for|which\s+covers|that\s+covers)\s+(?:the\s+)?"
    r"(?:period|months?|weeks?|years?|quarter|season|winter|summer|spring|autumn|from|between"
    r"|\d|[A-Z])"
    # "The data … covers shipments from August through January and shows": its first verb
    r"|\s(?:covers|covered|spans|spanned)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?$"
)


#: Between "added" and its date, what was added to a list ("… 9 entities to its sanctions
#: list on ").
_ADDED_TO_LIST_GAP = re.compile(
    r"[^;:“”\".]{1,120}?\s+to\s+(?:its|their|the|a)\s+(?:[\w-]+\s+){0,3}?(?:list|register"
    r"|blacklist|registry)\s+(?:on\s+|late\s+|early\s+)?"
)


#: Between a verb of giving and its day, the figure it gave with its noun and audience ("gave
#: lawmakers a figure of 300 North Korean dead and 2,700 wounded on ").
_FIGURE_GIVEN_GAP = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:a|an|its|their|the|his|her)\s+(?:[a-z]+\s+){0,2}"
    rf"(?:{alternation(GIVEN_FIGURE_NOUNS)})\s+of\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|at\s+least|more\s+than|over)\s+)?"
    r"\d[\d,.]*(?:\s+(?!as\b|of\b|since\b|by\b|until\b|for\b|in\b|on\b)[\w-]+){0,4}?"
    r"(?:\s+and\s+\d[\d,.]*(?:\s+(?!on\b)[\w-]+){0,2}?)?"
    # "8,000 North Korean troops in Kursk": the place they are counted in
    r"(?:\s+in\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?)?"
    r"(?:\s+to\s+[\w’'-]+(?:\s+[\w’'-]+){0,2}?)?\s+(?:on\s+)?"
)


#: Between a verb of counting and its day, the count and the occasion it was given in
#: ("counted 28,000 containers in a report to parliament on "): the occasion is the act.
_COUNT_IN_OCCASION_GAP = re.compile(
    r"\s+[\"“]?(?:[a-z]+\s+){0,3}?\d[\d,.]*[\"”]?(?:\s+(?:million|billion))?"
    r"(?:\s+(?!as\b|of\b|since\b|by\b|until\b|for\b|in\b|on\b)[\w-]+){0,4}?"
    rf"\s+in\s+(?:a|an|its|their|the|his|her)\s+(?:[a-z-]+\s+){{0,2}}{OCCASION_NOUNS}"
    r"(?:\s+(?:to|for|with)\s+[\w\s’'-]{1,30}?)?\s+(?:on\s+|in\s+)?"
)


def _act_closed_by_date(frame: Frame, gap: str) -> bool:
    """Whether the date after ``gap`` closes the frame's act: "put the number of ferries at
    about 100 on Monday", "put casualties at 3,000 in a briefing to lawmakers on Monday";
    "added 14 individuals and 9 entities to its sanctions list on Monday" (the day of the
    listing is the act of stating the figures)."""
    verb = frame.verb.strip().lower()
    return bool(
        (verb.startswith("add") and _ADDED_TO_LIST_GAP.fullmatch(gap))
        or (verb in AT_FIGURE_VERBS and _PUT_AT_GAP.fullmatch(gap))
        or (verb in COLON_VERBS and _FIGURE_GIVEN_GAP.fullmatch(gap))
        or (verb in COUNT_VERBS and _COUNT_IN_OCCASION_GAP.fullmatch(gap))
    )


#: A clause of its own inside the words after a verb of saying ("told reporters he expected").
#: (Not a document's relative clause: "in an assessment it published on Tuesday".)
_CLAUSE_IN_GAP = re.compile(
    r"\b(?:he|she|they|we|it)\s+(?:\w+ly\s+)?(?!(?:published|issued|released|gave|posted"
    r"|presented|made|delivered|wrote|sent|filed|aired|broadcast)\b)[a-z]+(?:ed|s)\b"
)


def _plain_gap(text: str, gap: str, words: int, mention: DateMention) -> bool:
    """Whether only the verb's audience or a document lies between it and its day: "said on
    Monday", "told reporters on Tuesday", "in a report published Tuesday"; a longer audience
    when what was told follows the day ("told the Legislative Yuan's foreign affairs and
    national defence committee on Wednesday that …")."""
    if re.fullmatch(r"\s*,\s*", gap) and re.match(r"[,.]", text[mention.end : mention.end + 1]):
        return True  # "the NIS said, Thursday, that …", "…, the NIS said, Thursday."
    if mention.text.lower().startswith("by ") or _CLAUSE_IN_GAP.search(gap):
        # "by December" is a deadline; "told reporters he expected the number …": the words
        # after the verb are already what was told
        return False
    if not re.search(r"\d(?![\d,.]*-[a-z])|\bthat\b|[,;:“”\"]", gap) and (
        words <= 7
        or (words <= 14 and re.match(r",?\s+that\b", text[mention.end : mention.end + 7]))
    ):
        return True
    return bool(_PUBLISHED_GAP.fullmatch(gap)) and words <= 12


#: A poll's fieldwork right before its days ("a Gallup survey conducted Sept. 9-11 of"): the
#: days the questions were asked, not the day the figures were stated.
_FIELDWORK_BEFORE = re.compile(
    r"\b(?:survey|surveys|poll|polls|study|census|questionnaire)\b[^.;:“”\"]{0,60}?\b"
    r"(?:conducted|carried\s+out|fielded|taken)\s+(?:on\s+|from\s+|between\s+|in\s+|over\s+)?$"
)


#: Verbs whose object is a figure still to come: a month or year after the object is the
#: period forecast.
_FORECAST_VERBS = frozenset(
    {"forecast", "forecasts", "forecasted", "predicts", "predicted", "projects", "projected",
     "expects", "expected", "anticipates", "anticipated", "sees"}
)  # fmt: skip


#: The verb of what was said right after a date inside it ("… in May rose 1.35%").
_CONTENT_VERB_AFTER = re.compile(
    r"\s+(?:rose|fell|increased|decreased|dropped|declined|jumped|climbed|grew|reached"
    r"|totall?ed|had\s+(?:risen|fallen|dipped|grown)|dipped|slipped|surged)\b"
)


#: A noun a month names as a period ("the March quarter", "the September half").
_PERIOD_NOUN_AFTER = re.compile(r"\s+(?:quarter|half|half-year|period|fiscal\s+year)\b")


def _period_of_object(text: str, frame: Frame, mention: DateMention, gap: str) -> bool:
    """Whether a date after the verb is a period inside its object, not the day of stating:
    "put the number of homicides in June at 2,662" (the period counted), "at 2,662, down from
    March" (the month compared with), "forecasts the sales pace in September to finish near
    …" (the period forecast)."""
    verb = frame.verb.strip().lower()
    if verb in {"revised", "revises", "adjusted", "adjusts"} and not gap.strip():
        return True  # "revised the previous two months by 72,000": the months revised
    if _PERIOD_NOUN_AFTER.match(text, mention.end):
        return True  # "said in its March quarter report": a period's name, no day of stating
    if verb in AT_FIGURE_VERBS:
        if mention.precision in {"year", "month"} and re.match(
            r"\s+(?:at|above|below|over|under)\s", text[mention.end :]
        ):
            return True
        if mention.text.lower().startswith("from ") or re.search(
            r"\b(?:from|than)\s+$", text[max(0, mention.start - 6) : mention.start]
        ):
            return True
    return (
        verb in _FORECAST_VERBS
        and bool(gap.strip())
        and mention.precision in {"month", "year", "quarter"}
    )


#: Verbs by which data or a document show their object ("shows a spike … on January 4").
_SHOWING_VERB = re.compile(r"show|shows|showed|shown|indicate|indicates|indicated")


def _date_after_verb(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "said on Monday", "told reporters on Tuesday after a briefing", and "assessed in its
    annual report, published Tuesday, that": the publication of the document named after the
    verb is the act of stating."""
    if frame.verb == "source label":
        return None  # "Pentagon: In 2024, 8,000 troops …": the headline's words after the colon
    for mention in dates:
        if mention.start >= frame.verb_end:
            gap = text[frame.verb_end : mention.start]
            words = len(re.findall(r"[\w’'-]+", gap))
            if re.match(r"[’']s\b", text[mention.end : mention.end + 2]):
                # "said Monday's audit found …": the day owns the noun after it, an event
                continue
            if (
                _period_of_object(text, frame, mention, gap)
                or (gap.strip() and _CONTENT_VERB_AFTER.match(text, mention.end))
                # "The data shows a spike in disruptions on January 4": what the data show
                # happened that day; a document's day comes right after its verb
                or (gap.strip() and _SHOWING_VERB.fullmatch(frame.verb.strip().lower()))
            ):
                # ("estimates daily production by its members in May rose 1.35%": the month is
                # inside what was said, the subject of its own verb)
                continue
            if (
                (mention.rule == "date.since" and gap.strip())
                or _FIELDWORK_BEFORE.search(gap)
                or _data_period(text, frame, mention)
            ):
                # "puts the total since 2023 at …": a period running to now bounds the
                # figure's object, not the act of stating; "according to a survey conducted
                # Sept. 9-11": when it was asked
                continue

            if (
                _PARTICIPLE_ON_NOUN.search(gap)
                or _CONTENT_SUBJECT.match(gap)
                or (_CONTENT_CLAUSE.search(gap) and _OCCASION_TAIL.search(gap) is None)
            ):
                # "It also said two soldiers captured in January had asked …", "a practice it
                # said it first recorded last week", "said the guns had arrived by rail over
                # the past month": the date of an act in the content (a participle on its
                # noun, a clause of its own) is not the statement's
                continue
            if re.match(r"\s+(?:this|so)\b", gap, re.IGNORECASE):
                words -= 1  # "said this in a comment to a correspondent on Wednesday"
            if _CHANGED_ESTIMATE.search(text, frame.np_start, frame.verb_end + 1) and (
                _ESTIMATE_RAISED_TO.fullmatch(gap)
            ):
                return mention, None  # "raised its estimate to 400 idle ferries on Monday"
            if _plain_gap(text, gap, words, mention) or _act_closed_by_date(frame, gap):
                return mention, None
            # "X said …, speaking at a briefing in Arlington on Wednesday": the occasion
            occasion = _OCCASION_TAIL.search(gap)
            if occasion is not None and len(re.findall(r"[\w’'-]+", occasion.group(0))) <= 10:
                return mention, None
    return None


#: Between an opening source's words and its day ("According to X on 23 October, …").
_SOURCE_TO_DAY = re.compile(r"\s+(?:on\s+)?")


def _date_after_opening_source(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "According to briefings at parliament by the NIS director on 23 October, …": the day
    right after an opening source's words, closing its clause, is the day it spoke, however
    long the words naming it."""
    if frame.kind != "according_to" or frame.backward or frame.np_end > sentence.end:
        return None
    for mention in dates:
        if (
            mention.start >= frame.np_end
            and mention.precision == "day"
            and _SOURCE_TO_DAY.fullmatch(text, frame.np_end, mention.start)
            and text.startswith(",", mention.end)
        ):
            return mention, None
    return None


def _date_closing(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "…,” said Lt. Col. Ana Ruiz, a spokeswoman for the brigade, on Friday.": the date
    closes the attribution, after the claimant and one apposition, at the end of the
    sentence; "…, according to X, a spokeswoman for the union, who spoke to reporters on
    Friday." alike."""
    if not ((frame.backward or frame.kind == "according_to") and frame.np_start >= frame.verb_end):
        return None
    for mention in dates:
        if (
            mention.start >= frame.np_end
            and (
                _APPOSITION.fullmatch(text, frame.np_end, mention.start)
                # "…,” said X, the minister, in an interview on Tuesday.": the occasion too
                or _APPOSITION_OCCASION.fullmatch(text, frame.np_end, mention.start)
            )
            and _SENTENCE_END.fullmatch(text, mention.end, sentence.end)
        ):
            return mention, None
    return None


def _date_in_relative(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "according to Yonhap, which cited an unnamed source on Sunday": date words in a
    relative clause on the claimant, whose verb reports, date the statement."""
    for mention in dates:
        if mention.end <= frame.verb_start:
            continue  # "X, which posted photos on Sunday, said …": the clause's own act
        if mention.start >= frame.np_end and _RELATIVE_REPORT.fullmatch(
            text, frame.np_end, mention.start
        ):
            return mention, None
    return None


#: A relative clause on the subject telling the occasion it spoke on, up to its date (", who
#: spoke at a news conference in Gdansk on "); the rest of the clause, up to the verb.
_SPEAKING_RELATIVE = re.compile(
    r",?\s*(?:who|which)\s+(?:had\s+)?(?:first\s+)?(?:spoke|briefed|addressed|testified|appeared"
    r"|was\s+speaking|attended|were\s+at|was\s+at"
    # "Zelenskyy, who first raised the alarm in Brussels on Thursday, said …"
    r"|raised\s+the\s+(?:alarm|issue|matter)|sounded\s+the\s+alarm"
    # "X, who made the announcement on Tuesday, said": the occasion of the words
    r"|made\s+the\s+(?:announcement|remarks|comments|statement|disclosure)"
    r"|gave\s+(?:a|an|its|his|her)\s+[a-z ]{0,30}?(?:briefing|interview|speech|testimony))"
    r"\b[^,;:.“”\"\d]{0,80}?\s(?:on\s+|in\s+)?"
)
_CLAUSE_TO_VERB = re.compile(r"[^,;:.“”\"\d]{0,40}?,\s*(?:[a-z]+\s+)?")


def _date_in_speaking_relative(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "The head of the port authority, who spoke at a news conference on Friday, put the
    number at 40": the occasion of speaking, told in a relative clause between the subject and
    its verb, dates the statement (not any act, unlike "X, which posted photos on Sunday,
    said")."""
    if frame.backward or frame.np_end > frame.verb_start:
        return None
    for mention in dates:
        if (
            frame.np_end <= mention.start
            and mention.end <= frame.verb_start
            and _SPEAKING_RELATIVE.fullmatch(text, frame.np_end, mention.start)
            and _CLAUSE_TO_VERB.fullmatch(text, mention.end, frame.verb_start)
        ):
            return mention, None
    return None


def _speaking_opening(text: str, opening: int, date_end: int, first: int) -> bool:
    """ "Asked on Tuesday how many …, the minister said": the occasion of speaking opens the
    sentence, with its date and its own words before the comma that leads to the subject."""
    if _SPEAKING_OPENING.match(text, opening) is None:
        return False
    comma = text.find(",", date_end, first)
    return comma >= 0 and _OPENING_TO_SUBJECT.fullmatch(text, comma, first) is not None


#: Between a source and the day its figures came out ("figures from X, released on ").
_RELEASED = re.compile(
    r"(?:[’']s)?(?:\s+[\w’'-]+){0,3},?\s*(?:first\s+)?(?:released|published|issued|posted|dated|given"
    # ("data released here on Monday", "released in Islamabad on Monday": where, then when)
    r"|made\s+public)\s+(?:(?:here|there|in\s+[A-Z][\w’'-]*)\s+)?(?:on\s+|late\s+|early\s+)?"
    # "according to a State Department assessment that was circulated to allies on Saturday"
    # ("according to the yearbook, which was presented on Saturday,")
    rf"|(?:\s+[\w’'-]+){{0,3}},?\s+(?:that|which)\s+(?:was|were|had\s+been)\s+(?:first\s+)?"
    rf"(?:{alternation(HANDED_OVER_VERBS | {'given', 'posted', 'shared', 'presented'})})"
    r"(?:\s+(?:to|by)\s+[^,;:“”\"\d]{1,60}?)?\s+(?:on\s+|late\s+|early\s+)?"
    # "according to a report the ministry submitted to a lawmaker on Monday": the day its author
    # handed it over
    rf"|{AUTHOR_HANDED_OVER}(?:\s+to\s+[^,;:“”\"\d]{{1,80}}?)?\s+(?:on\s+)?"
    # "according to a ministry report submitted to Rep. Ahn of the Democratic Party on
    # Sunday": the day it was handed over, its recipient named or not
    rf"|(?:\s+(?:{alternation(DOCUMENT_NOUNS)}))?\s+(?:first\s+)?(?:{alternation(HANDED_OVER_VERBS)})"
    r"(?:\s+(?:to|by)\s+[^,;:“”\"\d]{1,80}?)?\s+(?:on\s+|late\s+|early\s+)?"
)


#: Data put out, up to their day, after "according to" ("… figures published ").
_DATA_RELEASED_ON = re.compile(
    r"\s*(?:the\s+)?(?:(?:new|latest|official|fresh|provisional)\s+)?(?:[a-z]+\s+)?"
    r"(?:figures|data|statistics|numbers|report|survey|analysis|estimates)\s+"
    rf"(?:{alternation(DATA_GIVING_PARTICIPLES)}|made\s+public)\s+(?:on\s+)?"
)
#: The agent of data put out on a day, after the day (" by ").
_BY_AGENT = re.compile(r"\s+by\s+")
#: A sentence resting on another's figures ("Based on data disclosed … by X").
_BASED_ON = re.compile(r"[Bb]ased\s+on\s")


def _date_released(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "According to the latest figures from X, released on Monday, …": the day the source's
    figures came out is the day it stated them; so is the day right after the source closing
    the sentence ("…, according to the latest update from X on Tuesday.")."""
    if frame.kind != "according_to":
        return None
    for mention in dates:
        if (
            frame.verb_start < mention.start
            and mention.end <= frame.verb_end
            and _BY_AGENT.fullmatch(text, mention.end, frame.verb_end)
            and _BASED_ON.match(text, frame.verb_start)
        ):
            # "Based on data disclosed last December by X, …": the day inside the relay
            return mention, None
        if (
            frame.verb_end <= mention.start
            and mention.end <= frame.np_start
            and _DATA_RELEASED_ON.fullmatch(text, frame.verb_end, mention.start)
            and _BY_AGENT.fullmatch(text, mention.end, frame.np_start)
        ):
            # "according to figures published yesterday by the GMB union": the day before
            # the agent
            return mention, None
        if mention.start < frame.np_end:
            continue
        if _RELEASED.fullmatch(text, frame.np_end, mention.start) or (
            not text[frame.np_end : mention.start].strip()
            and _SENTENCE_END.fullmatch(text, mention.end, sentence.end)
        ):
            return mention, None
    return None


#: A closing "according to" naming the occasion that carried the statement, up to its date
#: (", according to a post on its Telegram channel on ").
_CARRIED_BY_OCCASION = re.compile(
    rf",\s+according\s+to\s+(?:a|an|the|its|their|his|her)\s+(?:[a-z-]+\s+)?"
    rf"(?:{OCCASION_NOUNS}|document|letter|submission|filing)"
    # "…, according to a report it submitted to the audit committee on Tuesday."
    r"(?:\s+(?:that\s+|which\s+)?(?:it|they|he|she)\s+(?:had\s+)?"
    rf"(?:{alternation(HANDED_OVER_VERBS | {'gave'})})\b)?"
    r"(?:\s+(?:on|in|to)\s+[^,;:“”\"\d]{1,40}?)?\s+(?:on\s+|dated\s+)?"
)


def _date_carried_by(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "The union counts 4,200 strikers, …, according to a statement on its website on
    Wednesday.": the dated occasion named at the end of the sentence is the act of stating."""
    if frame.kind != "subject" or frame.backward:
        return None
    for mention in dates:
        if mention.start < frame.verb_end or not _SENTENCE_END.fullmatch(
            text, mention.end, sentence.end
        ):
            continue
        head = text.rfind(",", frame.verb_end, mention.start)
        while head >= 0:
            if _CARRIED_BY_OCCASION.fullmatch(text, head, mention.start):
                return mention, None
            head = text.rfind(",", frame.verb_end, head)
    return None


def _date_before_agent(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "… were given to the council on Tuesday by officials of X": the date words between
    the passive verb and its agent date the agent's statement."""
    if not (frame.backward and frame.np_start > frame.verb_end):
        return None
    for mention in dates:
        if frame.verb_end <= mention.start and re.fullmatch(
            r"\s+by\s+", text[mention.end : frame.np_start]
        ):
            return mention, None
        # '"up to 2,000 homes", cited by X in a radio interview on Tuesday, …'
        if re.fullmatch(r"\s+by\s+(?:[a-z]+\s+){0,2}", text[frame.verb_end : frame.np_start]) and (
            mention.start >= frame.np_end
            and _APPOSITION_OCCASION.fullmatch(text, frame.np_end, mention.start)
        ):
            return mention, None
    return None


def _date_in_brackets(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "Homes flooded: about 1,200 (County Council estimate, February)": the date in the
    brackets after the source dates its figure."""
    if frame.verb != "bracketed source":
        return None
    for mention in dates:
        if frame.np_end <= mention.start and mention.end <= frame.verb_end:
            return mention, None
    return None


#: A closing apposition on the figures, up to their date (", figures it first gave lawmakers ").
_FIGURES_GIVEN = re.compile(
    r",\s+(?:figures|data|numbers|estimates|a\s+figure|an\s+estimate)\s+(?:that\s+)?"
    # "a figure the NCA gave in March": a body by its acronym or noun
    r"(?:it|they|he|she|the\s+(?:[a-z]+|[A-Z]{2,6}))\s+(?:had\s+|has\s+)?(?:first\s+|also\s+)?"
    r"(?:gave|released|published|presented|provided|issued|reported|cited|shared)\b"
    r"[^,;:“”\"\d]{0,40}?\s+(?:on\s+)?"
)


def _date_figures_given(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "According to figures from X, about 300 …, figures it first gave the council last
    week.": the date of the apposition restating the figures dates X's statement."""
    if frame.kind != "according_to":
        return None
    for mention in dates:
        if mention.start < frame.np_end or not _SENTENCE_END.fullmatch(
            text, mention.end, sentence.end
        ):
            continue
        comma = text.rfind(",", frame.np_end, mention.start)
        if comma >= 0 and _FIGURES_GIVEN.fullmatch(text, comma, mention.start):
            return mention, None
    return None


#: A list bullet opening a line ("• ", "- ").
_BULLET = re.compile(r"[•·▪◦*\-–]\s+")


def _entry_date(text: str, dates: Sequence[DateMention], sentence: Span) -> DateMention | None:
    """The day of a chronology entry, a bullet before it or not ("Feb. 10 — …", "• Feb. 10:
    …", "- 10 February – …"): it dates every statement of its line."""
    opening = sentence.start
    bullet = _BULLET.match(text, opening, sentence.end)
    if bullet is not None:
        opening = bullet.end()
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if text[line_start : sentence.start].strip():
        return None  # the sentence does not open its line
    for mention in dates:
        separator = _ENTRY_DATE_SEPARATOR.match(text, mention.end)
        if (
            mention.start == opening
            and mention.precision == "day"  # "2024: …", "March: …" key a fact box, not a day
            and separator is not None
            and separator.group(0).strip()
        ):
            return mention
    return None


def _date_opening(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "On Monday, the ministry said": only a date that opens the sentence (after a dateline
    or an introductory phrase) belongs to the verb; "… since August, according to X" and
    "… could follow next month, she said" date the event, and so does the content's date of
    a parenthetical frame ("In November alone, the officials said, …")."""
    # ("While addressing a briefing on Wednesday, X said, “…”": an opening on the occasion of
    # speaking is no content before a parenthetical frame)
    if "parenthetical" in frame.flags and not _SPEAKING_OPENING.match(text, sentence.start):
        return None
    entry = _entry_date(text, dates, sentence)
    if entry is not None:
        return entry, entry.start
    opening = sentence.start
    dateline = DATELINE.match(text, sentence.start, sentence.end)
    if dateline is not None:
        opening = dateline.end()
    bullet = _BULLET.match(text, opening, sentence.end)
    if bullet is not None:
        opening = bullet.end()  # "- At the end of April, a lawmaker said"
    adverb = _SENTENCE_ADVERB.match(text, opening, sentence.end)
    if adverb is not None:
        opening = adverb.end()  # "However, in February this year, X told reporters"
    first = min(frame.np_start, frame.verb_start)
    for mention in dates:
        # "Since February, per HUR estimates, the North has sent …": a period running to
        # now bounds what is counted, not the act of stating
        if mention.end > first or mention.rule == "date.since" or _as_of(text, mention):
            continue
        opens = (
            mention.start <= opening + 1
            or _OPENING_PHRASE.fullmatch(text, opening, mention.start) is not None
            # "By late Thursday, the Red Cross said", "Late on Monday, X said"
            or _TIME_OF_DAY_LEAD.fullmatch(text, opening, mention.start) is not None
        )
        # "On Monday, a drone unit commander, Capt. X, confirmed": the opening date is
        # followed by the subject's own words (descriptors, an apposition), no clause
        leads = (
            # "On the 2nd (local time), CNN reported": a time zone in brackets
            re.fullmatch(r"\s*(?:\([^()]{1,20}\))?\s*,?\s*", text[mention.end : first])
            or (frame.kind == "subject" and _speaking_opening(text, opening, mention.end, first))
            or (
                # a chronology entry: "Dec. 23 – X says …", "Oct. 18: X announces …"
                mention.start == sentence.start
                and _ENTRY_DATE_SEPARATOR.fullmatch(text, mention.end, first) is not None
            )
            or (
                # "On June 17, the Security Council quoted Shoigu as saying that …": the
                # outlet's subject stands where the speaker's would
                (frame.kind == "subject" or frame.verb == "quoted X as saying")
                and not frame.backward
                and _OPENING_TO_SUBJECT.fullmatch(text, mention.end, first) is not None
            )
        )
        if opens and leads:
            return mention, mention.start
    return None


#: "As of 25 May": the day a figure counts to, no day of stating it.
_AS_OF = re.compile(r"(?i)\bas\s+of\s*$")


def _as_of(text: str, mention: DateMention) -> bool:
    """Whether a date is the day a figure counts to ("As of 25 May, IOM estimates …")."""
    return (
        re.match(r"(?i)as\s+of\b", mention.text) is not None
        or _AS_OF.search(text, max(0, mention.start - 8), mention.start) is not None
    )


def _date_since_when(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "… has tripled since February, when the minister reported …": the "since" date names
    the time of the statement in the "when" clause (the month itself, not the range to
    publication)."""
    for mention in dates:
        if mention.end <= frame.np_start and _WHEN_CLAUSE.fullmatch(
            text, mention.end, frame.np_start
        ):
            return mention, None
    return None


#: The occasion of a statement named after its verb, with its date: "in its February
#: briefing", "in a statement on Saturday", "at a news conference on Monday".
_OCCASION_BEFORE_DATE = re.compile(
    rf"\b(?:in|at|during)\s+(?:its|their|his|her|a|an|the)\s+(?:(?!{OCCASION_NOUNS}\b)[a-z]+\s+)?"
    rf"(?P<occasion>{OCCASION_NOUNS}\s+(?:on\s+|of\s+|dated\s+|published\s+)?)?$"
)
#: A definite occasion just before its date ("the briefing on ", "the same hearing on ").
THE_OCCASION_BEFORE = re.compile(
    # "the briefing on", "in its weekly update on": an occasion the party's own
    rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:same\s+)?(?:[a-z]+\s+){{0,2}}{OCCASION_NOUNS}\s+"
    r"(?:on\s+)?$"
)
_OCCASION_AFTER_DATE = re.compile(rf"\s+(?:[a-z]+\s+)?{OCCASION_NOUNS}\b")


def _date_of_occasion(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "put the number of shells at 9 million in its February briefing": date words inside
    the occasion named after the verb, in the verb's clause, date the statement."""
    if frame.backward or frame.kind != "subject":
        return None
    clause_end = frame.scope.end
    for mention in dates:
        if not frame.verb_end <= mention.start < clause_end:
            continue
        before = _OCCASION_BEFORE_DATE.search(text, frame.verb_end, mention.start)
        if before is None:
            continue
        if before.group("occasion") or _OCCASION_AFTER_DATE.match(text, mention.end, clause_end):
            return mention, None
    return None


#: A period a figure counts, right before its date words ("tally for ", "figure for all of ").
_FOR_PERIOD = re.compile(r"\bfor\s+(?:(?:all|the\s+whole|the\s+month|the\s+year)\s+(?:of\s+)?)?$")
#: A participle on the counted plural noun inside a possessive estimate ("count of 148
#: missiles delivered to Russia "), not a verb of giving the estimate ("figure given in").
_COUNTED_PARTICIPLE = re.compile(
    r"\b[a-z]{3,}s\s+(?!(?:given|published|released|issued|reported|announced|made|stated)\b)"
    r"(?:[a-z]{3,}ed|sent|shot|built|brought|held|lost|caught)\b"
)
#: An earlier figure a change comes from ("from 1,500 ").
_FROM_FIGURE = re.compile(r"\bfrom\s+(?:[a-z]+\s+){0,2}\d")
#: Where date words attach to a frame, tried in order: the first that finds some dates the
#: statement (with, for a sentence-opening date, where the quote may start).
#: What lies between "put" and its day: the object, "at" and the figure with its noun, and
#: the occasion ("the number of ferries at about 100 ", "casualties at 3,000 in a briefing to
#: lawmakers ").
_PUT_AT_GAP = re.compile(
    r"\s+[^,;:“”\"]{1,90}?\bat\s+[\"“]?(?:[a-z]+\s+){0,2}?[\d][\d,.]*(?:\s+(?:million|billion))?"
    r"[\"”]?"
    # the figure's noun, not "as of" or "since" (the day the figure counts to)
    r"(?:\s+(?!as\b|of\b|since\b|by\b|until\b|for\b|in\b)[a-z-]+){0,3}?"
    # "…, including some 300 dead, in a briefing": a part of the figure between commas
    r"(?:,\s+including\s+[^,;:“”\"]{1,40},)?"
    rf"(?:\s+in\s+(?:a|an|its|their|the|his|her)\s+(?:[a-z-]+\s+){{0,2}}(?:{OCCASION_NOUNS}|estimate)"
    r"(?:\s+(?:to|for|with)\s+[\w\s’'-]{1,30}?)?"
    # "…, given to lawmakers on April 30": the occasion handed over that day
    r"(?:,\s+(?:given|presented|delivered|submitted)\s+to\s+[\w\s’'-]{1,30}?)?)?"
    # "… when he spoke to reporters on Wednesday": the occasion of the putting
    r"(?:,?\s+when\s+(?:he|she|it|they)\s+(?:spoke|briefed|testified|appeared|addressed)"
    r"\b[^,;:“”\"\d]{0,50}?)?"
    # "…, a figure it gave lawmakers last week": the figure in apposition, given that day
    r"(?:,\s+(?:a|the)\s+(?:figure|number|estimate|count|total)\s+(?:that\s+)?(?:it|he|she"
    r"|they)\s+(?:first\s+)?(?:gave|presented|offered|provided)(?:\s+to)?(?:\s+[\w’'-]+){0,3}?)?"
    r"\s+"
)


#: A clause of the same moment after the main one (", as the bloc's top diplomat said").
_AS_CLAUSE = re.compile(r",\s+(?:as|while)\s+(?:[^,;:“”\"]{0,40}\s)?$")


#: A verb of saying in the main clause (its date is that statement's).
_SAID = re.compile(rf"\b(?:{alternation(REPORTING_VERBS - {'put', 'puts', 'placed', 'pegged'})})\b")


def _date_of_as_clause(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "EU ministers agreed on Monday to prepare sanctions, as the bloc's top diplomat said
    …": a statement in a clause of the same moment takes the main clause's day."""
    clause = _AS_CLAUSE.search(text, sentence.start, frame.np_start)
    if frame.backward or clause is None or _SAID.search(text, sentence.start, clause.start()):
        return None  # "X said Wednesday, as Y put the number at …": X's day, not Y's
    if frame.verb.split()[0].lower() in PRESENT_SAYING_VERBS:
        return None  # "…on Monday, while Y says 12,000": Y's view now, not that day's act
    before = [d for d in dates if sentence.start <= d.start and d.end <= frame.np_start]
    if len(before) == 1 and before[0].precision == "day" and before[0].rule != "date.since":
        return before[0], None
    return None


#: From a document's date to its author's words: " report by ", " assessment from ".
_DATED_DOCUMENT_BY = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}(?:report|assessment|estimate|analysis|study|survey|briefing"
    r"|statement|review|paper|memo|letter)\s+(?:by|from)\s+(?:the\s+|an?\s+)?$"
)


def _date_of_document_by(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> Attached | None:
    """ "follows a November report by the adviser, who estimated that …": the document's
    date, written before its author, dates the author's statement."""
    if frame.backward:
        return None
    for mention in dates:
        if (
            mention.end <= frame.np_start
            and re.search(
                r"\b(?:an?|the|its|their)\s+$", text[max(0, mention.start - 8) : mention.start]
            )
            and _DATED_DOCUMENT_BY.fullmatch(text, mention.end, frame.np_start)
        ):
            return mention, None
    return None


DATE_ATTACHMENTS = (
    _date_since_when,
    _date_in_frame,
    _date_after_verb,
    _date_after_opening_source,
    _date_closing,
    _date_in_relative,
    _date_in_speaking_relative,
    _date_carried_by,
    _date_before_agent,
    _date_in_brackets,
    _date_figures_given,
    _date_released,
    _date_opening,
    _date_of_occasion,
    _date_of_as_clause,
    _date_of_document_by,
)


#: A verb changing an estimate right before its possessive ("raised its estimate to 400").
_CHANGED_ESTIMATE = re.compile(
    r"\b(?:raised|lifted|revised|lowered|cut|updated|increased|upped|doubled|trimmed|raises"
    r"|lifts|revises|lowers|cuts|updates|increases)\s+$"
)
#: Words of the same clause between an estimate and a date (no comma but a figure's, "4,000";
#: no clause opening).
_SAME_CLAUSE_TO_DATE = r"(?:[^,;:“”\"]|(?<=\d),(?=\d{3})){0,60}?\s+(?:on\s+|in\s+|at\s+)?"
_SAME_CLAUSE = re.compile(_SAME_CLAUSE_TO_DATE)
#: Between "raised" and a date: the estimate raised and its new figure, one clause.
_ESTIMATE_RAISED_TO = re.compile(
    rf"\s+(?:its|their|the|his|her)\s+(?:[a-z]+(?:[’']s)?\s+){{0,2}}(?:{alternation(ESTIMATE_NOUNS)}"
    # "increased its estimated casualties to 4,000 last month": the estimated noun itself
    r"|estimated\s+[a-z]+)\b" + _SAME_CLAUSE_TO_DATE
)
#: Between a possessive estimate and a date, an apposition saying the estimate was given then
#: (", first given by the National Intelligence Service ").
_GIVEN_APPOSITION = re.compile(
    r"[^,;:]{0,40}?,\s*(?:first\s+|last\s+|initially\s+)?(?:given|published|released|announced"
    r"|issued|reported|made\s+public|put\s+forward|presented|offered)\b[^,;:“”\"\d]{0,60}?\s+"
    r"(?:on\s+|in\s+)?"
    # "Kyiv's count of more than 3,000, which President Zelenskyy gave on Monday,"
    r"|[^,;:]{0,40}?,\s*(?:which|that)\s+[^,;:“”\"\d]{1,60}?\s+(?:first\s+)?(?:gave|released"
    r"|published|issued|announced|offered|cited|presented)\s+(?:on\s+|in\s+|last\s+)?"
)


def frame_date(
    text: str, frame: Frame, dates: Sequence[DateMention], sentence: Span
) -> tuple[DateMention | None, int | None]:
    """The date words attached to the frame, and where a sentence-initial one starts. A
    possessive estimate is dated only by date words inside it ("the ministry's count of 700
    published last week", "the agency's estimate, from last month, was 400")."""
    if "possessive" in frame.flags:
        # "Seoul's December estimate of 1,100": a date between the owner and the noun too
        inside = [
            d
            for d in dates
            if frame.np_end <= d.start
            # "Seoul's estimate of 1,500 on Oct. 18": a date the scope cuts at its stop
            and d.start < frame.scope.end
            # "rose to 3,000 from 1,500 in January": January is the earlier figure's
            and not _FROM_FIGURE.search(text, frame.np_end, d.start)
            # "X's estimate of 1,300 groundings since March 2023": a period running to now
            # bounds what is counted, not the act of stating (as after a verb)
            and d.rule != "date.since"
            # "the SSO's own tally for January": the period counted, not the day of stating
            and not _FOR_PERIOD.search(text, frame.np_end, d.start)
            # "X's count of 148 missiles delivered to Russia last year": the counted act's
            and not _COUNTED_PARTICIPLE.search(text, frame.np_end, d.start)
        ]
        if inside:
            return inside[0], None
        # "Seoul's estimate of about 11,000 troops, first given by the NIS in November, has
        # not changed": the apposition saying when the estimate was given dates it; "The
        # union raised its estimate to 400 on Monday": so does the day of the raising
        changed = _CHANGED_ESTIMATE.search(text, sentence.start, frame.np_start) is not None
        given = [
            d
            for d in dates
            if d.start >= frame.scope.end
            and (
                (
                    _GIVEN_APPOSITION.fullmatch(text, frame.scope.end, d.start)
                    # the apposition closes with a comma, or the sentence ends with it
                    and re.match(r"\s*(?:,|[.!?]?[”\"’)]*\s*$)", text[d.end : sentence.end])
                )
                or (changed and _SAME_CLAUSE.fullmatch(text, frame.scope.end, d.start))
            )
        ]
        return (given[0], None) if given else (None, None)
    for attach in DATE_ATTACHMENTS:
        found = attach(text, frame, dates, sentence)
        if found is not None:
            return found
    return None, None


_OCCASION_OBJECT = (
    rf"(?:{OCCASION_NOUNS}|{alternation(ESTIMATE_NOUNS)}|numbers|briefings|reports|statements)"
)
#: A party's occasion of speaking without a figure in it, with its date: "the NIS gave its
#: most detailed count yet on Wednesday", "The SBU released a video on Sunday", "the
#: agency held a briefing for lawmakers on Tuesday". The party is the subject before the verb.
_GAVE_OCCASION = re.compile(
    r"(?<![\w’'-])(?:gave|held|presented|released|published|issued|delivered|provided|posted"
    # "The ministry came out with this estimate on Monday"
    r"|updated|revised|raised|lowered|came\s+out\s+with|put\s+out|unveiled)\s+"
    r"(?:(?:its|their|his|her|a|an|the)\s+)?"
    rf"(?:[a-z-]+\s+){{0,4}}?"
    rf"(?:video\s+|written\s+|annual\s+|weekly\s+|daily\s+)?{_OCCASION_OBJECT}\b",
    re.IGNORECASE,
)
#: A party's remarks in an occasion published or aired that day, without a figure:
#: "Budanov made the remarks in an interview with a Japanese daily, the Tokai Shimbun,
#: published on Saturday"; a figure put higher or lower: "the directorate put the figure
#: higher on Friday".
_REMARKS_OCCASION = re.compile(
    r"(?<![\w’'-])(?:made|gave|offered|delivered)\s+(?:the|these|those|his|her|its|their)\s+"
    r"(?:remarks|comments|figures?|estimates?|assessment)\s+(?:in|during|at)\s+(?:a|an|the|his"
    rf"|her|its|their)\s+(?:[a-z-]+\s+)?{OCCASION_NOUNS}\b[^;:“”\"\d]{{0,100}}?"
    r"\b(?:published|aired|broadcast|released|given|held|conducted|recorded)"
    r"|(?<![\w’'-])put\s+(?:the|its|their|his|her)\s+(?:own\s+)?(?:figure|estimate|number|toll"
    r"|count|tally)\s+(?:(?:far|much|even|slightly|a\s+little)\s+)?(?:higher|lower)",
    re.IGNORECASE,
)
#: A party speaking to an audience, without a figure: "Maria Olsen, a spokeswoman for the
#: union, spoke to reporters on Friday", "the minister talked with farmers in Bodø on Monday".
_SPOKE_OCCASION = re.compile(r"(?<![\w’'-])(?:spoke|talked|speaks|talks)\s+(?:to|with)\b")
#: A party's occasion named by its possessive: "the National Intelligence Service's briefing
#: to lawmakers in Seoul on Wednesday"; the party is the possessor.
_POSSESSIVE_OCCASION = re.compile(
    rf"[’']s\s+(?:(?:latest|new|own|closed-door|weekly|daily|annual|first|last)\s+)?"
    rf"{OCCASION_NOUNS}\b"
)


#: A party's picture drawn in a document handed over that day, without a figure: "the MIVD
#: painted a similar picture in its annual report, presented on Tuesday".
_DOCUMENT_OCCASION = re.compile(
    r"(?<![\w’'-])(?:painted|drew|gave|offered|set\s+out|laid\s+out|outlined|described|made)"
    r"\b[^,;:“”\"\d]{0,60}?\bin\s+(?:its|their|his|her)\s+(?:[a-z-]+\s+){0,3}?"
    rf"(?:{alternation(DOCUMENT_NOUNS)})\s*,?\s+(?:presented|published|released|issued"
    r"|delivered)\b"
)


#: A party's account given when a reporter reached them, without a figure: "described the
#: first assaults when the Courier reached him by phone in January".
_REACHED_OCCASION = re.compile(
    r"(?<![\w’'-])(?:described|explained|recalled|recounted|spoke|talked)\b[^,;:“”\"\d]{0,80}?"
    r"\bwhen\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:reached|interviewed|called|visited|met)"
    r"\s+(?:him|her|them)\b(?:\s+by\s+(?:phone|telephone|video))?"
)


#: An occasion between commas before a verb (", in an interview with X aired on Tuesday, ").
_INSERTED_OCCASION = re.compile(
    rf",\s+(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+)?{OCCASION_NOUNS}"
    r"\b[^,;:“”\"]{0,100},\s*$"
)


#: A clause of another party after the occasion (", while South Korean intelligence says").
_OTHER_PARTY_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+")


#: A happening right before a date, which the date is of ("an attack on Friday night").
_HAPPENING_BEFORE = re.compile(
    r"\b(?:attacks?|strikes?|assaults?|raids?|offensive|bombardment|shelling|explosions?"
    r"|blasts?|clashes|clash|battles?|fighting|launch|launches|test|tests|drills?)\s+$"
)


def main_clause_end(text: str, sentence: Span) -> int:
    """Where a clause of another party starts (", while Y says …"), else the sentence's end."""
    other = _OTHER_PARTY_CLAUSE.search(text, sentence.start, sentence.end)
    return other.start() if other else sentence.end


def dated_occasion(
    text: str, sentence: Span, dates: Sequence[DateMention]
) -> tuple[int, DateMention, bool] | None:
    """A party's occasion of speaking that a sentence dates without stating a figure ("the
    NIS gave its most detailed count yet on Wednesday", "cited the agency's briefing to
    lawmakers on Wednesday"): where the party's words end (the verb's start, or the
    possessive's), the date words, and whether the party is the possessor. The party's
    later undated statements ("…, the NIS told lawmakers") were made on that occasion."""
    # (only the main clause: "X came out with this estimate on Monday, while Y says 12,000"
    # dates X's estimate; Y's clause has a frame of its own)
    sentence = Span(sentence.start, main_clause_end(text, sentence))
    body = text[sentence.start : sentence.end]
    if re.search(r"\d", _without_dates(body, sentence.start, dates)):
        return None  # a sentence with a figure has frames of its own to date
    for pattern, possessive in (
        (_GAVE_OCCASION, False),
        (_REMARKS_OCCASION, False),
        (_SPOKE_OCCASION, False),
        (_POSSESSIVE_OCCASION, True),
        (_DOCUMENT_OCCASION, False),
        (_REACHED_OCCASION, False),
    ):
        found = pattern.search(text, sentence.start, sentence.end)
        if found is None:
            continue
        after = [
            d for d in dates
            if found.end() <= d.start <= found.end() + 60 and d.date_start is not None
            and not re.search(r"[,;:]\s|\b(?:when|after|before|since|that)\b",
                              text[found.end() : d.start])
            # "gave an update on a Russian attack on Friday night": the attack's night
            and not _HAPPENING_BEFORE.search(text, found.end(), d.start)
        ]  # fmt: skip
        if after:
            return found.start(), after[0], possessive
        # "X, in an interview aired on Tuesday, gave a higher figure": the occasion set off
        # between the subject and its verb
        inserted = _INSERTED_OCCASION.search(text, sentence.start, found.start())
        if inserted is not None and not possessive:
            day = next(
                (d for d in dates if inserted.start() < d.start < inserted.end() and d.date_start),
                None,
            )
            if day is not None:
                return inserted.start(), day, possessive
    return None


def _without_dates(body: str, offset: int, dates: Sequence[DateMention]) -> str:
    """A sentence's words with its date words blanked out (their digits are no figure)."""
    chars = list(body)
    for mention in dates:
        for index in range(max(0, mention.start - offset), min(len(body), mention.end - offset)):
            chars[index] = " "
    return "".join(chars)
