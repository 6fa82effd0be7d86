"""Numbers in running text: value, qualifier, inclusive bounds, counted noun, and what is not a
count (calibres, durations, dates, years, ages, times, model names).

Table-driven and stdlib only. The coding rules of the data model fix the bounds:

========================  ==========  ===========================
words                     qualifier   bounds
========================  ==========  ===========================
"3,000"                   exact       low = high = 3,000
"more than"/"over"/       more_than   low = 3,001
"exceeds 3,000"
"at least 1,100"          at_least    low = 1,100
"up to"/"as many as"      up_to       high = 12,000
"fewer than 100"          less_than   high = 99
"about"/"around"/"some"/  about       none
"nearly"/"almost"
"between 60 and 70"/      range       low 60, high 70, no value
"from 60 to 70"
========================  ==========  ===========================

The qualifier tables also read "no fewer than"/"a minimum of"/"as few as"/"as little as" as
``at_least`` (they state the low end, as "as many as" states the high end), "upwards of"/
"in excess of"/"a little over" as ``more_than`` (hedges such as "well" and "a little" add no
bound), "just under" as ``less_than`` and "close to" as ``about`` (no upper bound is invented).
"from A to B" is a range, except after a verb of change ("rose from 3,000 to 5,000": two
figures).

"nearly" and "almost" say the true figure is a little under the number but not by how much,
so they are read as ``about`` (no bounds) and flagged for the curator. Percentages are not
counts of anything and are not claims (kind ``percent``); neither are ages in apposition
("Kim Sang-ho, 57, resigned"). A calibre or model number between the count and its noun ("9,500
122 mm rockets", "30 more Kh-59 missiles") is skipped: the unit is the noun after it.
"put/estimated <noun phrase> at <number>" takes the noun phrase as the unit.

Vague quantities ("dozens", "several hundred", "tens of thousands",
"a dozen", "a large number of", "gave no figures") never get a value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.curation.vocabulary import (
    COUNT_NOUNS,
    ESTIMATE_AT_VERBS,
    ESTIMATE_NOUNS,
    IRREGULAR_PARTICIPLES,
    MONTH_PATTERN,
    NO_FIGURE,
    PUT_AT_VERBS,
    SUBSTANTIVES,
    UNCOUNTED_NOUNS,
    UNIT_DROP_WORDS,
    UNIT_STOP_WORDS,
    alternation,
)

__all__ = [
    "COUNT_NOUNS",
    "NumberMention",
    "find_numbers",
    "head_noun",
    "parse_number_words",
    "resolve_antecedents",
]

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}


_NUMBER_WORD = "|".join(sorted([*UNITS, *SCALES], key=len, reverse=True))
_WORDS_RUN = re.compile(
    rf"(?<![\w-])(?:(?:half\s+a|a)\s+(?=(?:hundred|thousand|million|billion)\b))?"
    rf"(?:{_NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMBER_WORD}))*(?![\w])",
    re.IGNORECASE,
)
_DIGITS = re.compile(
    r"(?<![\w.,:/-])(?<!\w-)(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\w]|[.,:]\d)"
    r"(?:(?:\s+|-)(?P<scale>hundred|thousand|million|billion|trillion)\b)?",
    re.IGNORECASE,
)
_RANGE = re.compile(
    r"(?<![\w.,:/-])(?:(?P<between>between)\s+)?"
    r"(?P<a>\d{1,3}(?:,\d{3})+|\d+)(?:\s+(?P<ascale>thousand|million|billion))?"
    r"(?:(?(between)\s+and\s+|\s*(?:-|–|to|or)\s*))"
    r"(?P<b>\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,:]\d)(?:\s+(?P<bscale>thousand|million|billion)\b)?",
    re.IGNORECASE,
)
_WORD_RANGE = re.compile(
    rf"(?<![\w-])(?:(?P<between>between)\s+)?(?P<a>{_NUMBER_WORD})"
    rf"(?(between)\s+and\s+|\s+(?:or|to)\s+)(?P<b>{_NUMBER_WORD})(?![\w-])",
    re.IGNORECASE,
)

#: "from" after a verb of change: "rose from 3,000 to 5,000" states two figures, not a range
#: (while "sent from 200 to 300 trains" is a range).
_CHANGE_FROM = re.compile(
    r"\b(?:r[io]se[ns]?|rising|increas\w*|grew|grow\w*|swell\w*|swollen|climb\w*|jump\w*|"
    r"soar\w*|doubl\w*|tripl\w*|fell|fall\w*|dropp?\w*|declin\w*|decreas\w*|shr[aiu]nk\w*|"
    r"cut|reduc\w*|rais\w*|lower\w*|expand\w*|up|down|revis\w*|chang\w*|went|gone|going)"
    r"(?:\s+\w+){0,2}\s+from\s+$",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:(?:several|a\s+few|many|some)\s+(?:hundred|thousand|million|dozen)s?(?:\s+of)?"
    r"|(?:tens|hundreds|thousands|millions|dozens|scores)\s+of(?:\s+(?:thousands|millions)\s+of)?"
    r"|(?:more\s+than\s+|about\s+|around\s+|nearly\s+|some\s+)?(?:a|half\s+a)\s+dozen(?:\s+or\s+so)?"
    r"|dozens|hundreds|thousands"
    r"|an?\s+(?:(?:very\s+)?(?:large|small|significant|noticeable|growing|considerable|substantial"
    r"|sizable|sizeable|limited|unknown|undisclosed|unspecified|certain|high|huge|record)\s+)"
    r"(?:number|amount|quantity)\s+of"
    r"|an?\s+(?:unknown|undisclosed|unspecified)\s+number"
    r"|a\s+handful\s+of"
    rf"|{NO_FIGURE})\b",
    re.IGNORECASE,
)

_LEFT_QUALIFIERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + r"\s*$", re.IGNORECASE), qualifier)
    for pattern, qualifier in (
        (r"\b(?:no|not)\s+(?:fewer|less)\s+than", "at_least"),
        (r"\b(?:no|not)\s+more\s+than", "up_to"),
        (r"\bas\s+(?:few|little|low)\s+as", "at_least"),
        (r"\b(?:more|greater)\s+than", "more_than"),
        (r"\bin\s+excess\s+of", "more_than"),
        (r"\bupwards?\s+of", "more_than"),
        (r"\b(?:just\s+)?(?:over|above)", "more_than"),
        (r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?)", "more_than"),
        (r"\bat\s+least", "at_least"),
        (r"\ba\s+minimum\s+of", "at_least"),
        (r"\bup\s+to", "up_to"),
        (r"\bas\s+(?:many|much|high)\s+as", "up_to"),
        (r"\bat\s+most", "up_to"),
        (r"\ba\s+maximum\s+of", "up_to"),
        (r"\b(?:fewer|less)\s+than", "less_than"),
        (r"\b(?:just\s+)?(?:under|below)", "less_than"),
        (r"\b(?:about|around|roughly|approximately|approx\.|circa|some|nearly|almost)", "about"),
        (r"\b(?:close\s+to|an\s+estimated|estimated\s+at|an\s+approximate)", "about"),
        (r"\b(?:in\s+the\s+region|on\s+the\s+order)\s+of", "about"),
    )
)
_RIGHT_QUALIFIERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*or\s+(?:more|greater)\b", re.IGNORECASE), "at_least"),
    (re.compile(r"^\s*or\s+(?:fewer|less)\b", re.IGNORECASE), "up_to"),
    (re.compile(r"^\s*or\s+so\b", re.IGNORECASE), "about"),
    (re.compile(r"^(?:-plus\b|\+)", re.IGNORECASE), "more_than"),
)

_MONTH = MONTH_PATTERN
_TIME_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?"
    r"|centuries|century)"
)
# What follows a number, decides that it is no count (checked in this order).
_RIGHT_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^[\s-]*years?[\s-]*old\b", re.IGNORECASE), "age"),
    (re.compile(r"^[\s-]*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|o’clock|o'clock)"), "time"),
    (
        re.compile(
            r"^[\s-]*(?:mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|calib(?:er|re)s?|"
            r"inch(?:es)?|-inch)\b",
            re.IGNORECASE,
        ),
        "calibre",
    ),
    (
        re.compile(r"^[\s-]*(?:km|kilomet(?:er|re)s?|miles?|meters?|metres?|feet)\b", re.I),
        "measure",
    ),
    (
        re.compile(
            rf"^[\s-]*(?:(?:more|additional|further|consecutive|straight|full|long|previous|past|"
            rf"last|next|extra)\s+)?{_TIME_UNIT}\b",
            re.IGNORECASE,
        ),
        "duration",
    ),
    (re.compile(rf"^\s+(?:of\s+)?{_MONTH}(?![a-z])"), "date"),
    (re.compile(r"^-(?!strong\b|plus\b)[A-Za-z]"), "compound"),
    (re.compile(r"^(?:st|nd|rd|th)\b"), "ordinal"),
)
_LEFT_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{_MONTH}\s+$"), "date"),
    # "aged 20", and every later age of a list ("aged 20 and 26", "ages 19, 22 and 30")
    (
        re.compile(r"\b(?:aged|age|ages)\s+(?:\d+\s*(?:,|and|or|to|-|–)\s*)*$", re.IGNORECASE),
        "age",
    ),
    (
        re.compile(r"\b(?:No\.|Nos\.|[Nn]umber|Article|Resolution|Route|Highway|Unit|Room)\s+$"),
        "label",
    ),
    (re.compile(r"[A-Za-z]-\s*$"), "model"),
    (re.compile(r"\bmagnitude\s+(?:of\s+)?$", re.IGNORECASE), "measure"),
)
#: An age in apposition: a bare number between commas right after a capitalised name.
_AGE_LEFT = re.compile(r"[A-Z][\w’'.-]*[a-z]\s*,\s*$")
_AGE_RIGHT = re.compile(r"\s*,\s*[a-z]")
#: A calibre or model number between a count and its noun ("8,000 152 mm shells", "40 more
#: KN-23 missiles"), skipped before the unit is read.
_MODEL = (
    r"(?:\d[\d,.]*[\s-]*(?:mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|-inch|inch)\b"
    r"|[A-Z][A-Za-z]*-\d[\w-]*|[A-Z]{1,4}\d[\w-]*)"
)
_INTERPOSED = re.compile(
    r"(?:(?:more|additional|further|new|extra|other)\s+)?"
    r"(?:(?:[A-Z][a-z]+[\w-]*\s+){0,3}(?=\d|[A-Z]+\d|[A-Z][A-Za-z]*-\d))?"
    rf"{_MODEL}(?:\s+(?:and|or)\s+{_MODEL})*\s+(?=[a-z])"
)
#: "put/estimated <noun phrase> at <number>": the noun phrase names what is counted.
_PUT_AT = re.compile(
    rf"\b(?:{alternation(PUT_AT_VERBS | ESTIMATE_AT_VERBS)})\s+"
    r"(?P<np>(?:[\w’'-]+\s+){1,6}?)at\s+[“\"‘']?(?:[a-z]+\s+){0,4}$"
)
#: "estimate of", "count of around", "put the toll at": a figure whose noun was said before.
_ESTIMATE_OF = re.compile(
    rf"\b(?:{alternation(ESTIMATE_NOUNS)})\s+(?:of|at)\s+(?:[a-z]+\s+){{0,3}}$", re.IGNORECASE
)
_PERCENT = re.compile(r"^\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b)", re.IGNORECASE)
_MONEY_LEFT = re.compile(r"(?:US\$|\$|€|£|¥|₩)\s*$")

#: "put the dead at 640", "the number of wounded at some 2,300", "the wounded at almost
#: 1,000": a substantivised adjective before "at" and the number.
_SUBSTANTIVE_AT = re.compile(
    r"\b(?:(?:the|its|their)\s+)?(?:number\s+of\s+(?:the\s+)?)?(?:[a-z]+\s+)?"
    r"(?P<adj>dead|wounded|injured|killed|captured|missing)\s+at\s+(?:[a-z]+\s+){0,4}$",
    re.IGNORECASE,
)
#: A noun before the number: "rocket launchers numbering between 20 and 30", "shells
#: totalling 5,000".
_NOUN_NUMBERING = re.compile(
    r"\b(?P<noun>[A-Za-z][a-z’'-]*[a-z]s)"
    r"(?:\s+in\s+[A-Z][\w’'-]*|\s+(?:in|among|from|on|at)\s+the\s+(?:[a-z’'-]+\s+){0,2}?[a-z’'-]+)?"
    r"(?:\s+(?:now|have|has|had|so\s+far|already)){0,2}\s+"
    r"(?:numbering|totall?ing|amounting\s+to|counting|top(?:s|ped)?|exceed(?:s|ed)?"
    r"|reach(?:es|ed)?|stand\s+at|stands\s+at|stood\s+at|total(?:s|led|ed)?)\s+"
    r"(?:[a-z]+\s+){0,4}$",
)
#: A total brought to the number ("bringing total casualties to 3,000", "taking the number of
#: evacuees to 900"): the noun brought there.
_BRINGING_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushed"
    r"|lifting|lifted)\s+(?:the\s+|its\s+|their\s+)?(?:(?:total|overall|combined)\s+)?"
    r"(?:number\s+of\s+)?(?:[a-z]+\s+)?(?P<noun>[a-z][a-z’'-]*[a-z]s)"
    r"(?:\s+(?:this|last)\s+(?:week|month|year))?\s+to\s+(?:[a-z]+\s+){0,3}$"
)
#: A number standing as the subject of a verb phrase ("2,000 had reached", "400 were killed").
_SUBJECT_OF_VERB = re.compile(
    r"(?:had|have|has|were|was)\s+(?:been\s+|already\s+)?[a-z]+(?:ed|en)\b"
)
#: A collective noun before a verb of numbering ("the contingent in Russia now numbers").
_COLLECTIVE_NUMBERING = re.compile(
    r"\b(?:contingent|force|deployment|garrison|fleet|convoy|army|workforce|crew|delegation|group)"
    r"(?:\s+(?:in|of|at|on)\s+(?:the\s+)?[\w’'-]+)?(?:\s+(?:now|still|so\s+far))?\s+"
    r"(?:numbers|numbered|totals|totalled|totaled|stands\s+at|stood\s+at|reached|has\s+reached)"
    r"\s+(?:[a-z]+\s+){0,3}$"
)
#: A qualifier that is a verb of its subject ("losses top 1,000", "claims exceeded 300").
_EXCEEDS = re.compile(r"(?:top(?:s|ped)?|exceed(?:s|ed)?|surpass(?:es|ed)?)\b", re.IGNORECASE)
_SUBJECT_NOUN = re.compile(
    r"\b(?P<noun>[a-z][a-z’'-]*s)(?:\s+in\s+[A-Z][\w’'-]*)?(?:\s+(?:now|have|has|had))?\s+$"
)
#: "58 of 81 drones": a count out of a total takes the total's noun.
_OF_NUMBER = re.compile(r"of\s+(?:the\s+)?\d[\d,]*\s+")
#: "another 1,500", "a further 2,000": more of the noun said before.
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional|a\s+further)\s+$", re.IGNORECASE)
#: "20 others", "40 more": the noun said before.
_OTHERS = re.compile(r"\s*others\b")
#: Words after a number that are never its noun.
_NOT_NOUNS: frozenset[str] = frozenset(
    # "12 remain trapped", "40 died": a verb after the number, whose subject it is
    {"others", "percent", "min", "times", "remain", "remained", "remains", "stay", "stayed",
     "died", "fled", "survived", "returned"}
)  # fmt: skip
#: A figure with its noun earlier in the sentence, then a verb of casualties and "and"
#: ("100 soldiers have been killed and"): the next figure's adjective elides that noun.
_EARLIER_COUNT = re.compile(
    r"\d[\d,.]*\s+(?:[A-Za-z-]+\s+){0,3}?(?P<noun>[a-z]+s)\s+(?:have\s+been|had\s+been|were|was)\s+"
    r"(?:killed|wounded|injured|captured)\s+(?:and|while|with)\s+(?:[a-z]+\s+){0,2}$"
)
#: A partitive fronted before the number ("Of those, the agency said, roughly 400 …").
#: Words opening a part of the figure before ("including", "among them", "of whom").
_SUBSET_BEFORE = re.compile(
    r",\s*(?:including|among\s+them|of\s+whom|of\s+which)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)
#: A fact-box line up to its figure: "• Ballistic missiles supplied: at least ".
_LABEL_BEFORE = re.compile(
    # a year may stand in the label ("Rounds delivered in 2024: about 3 million")
    r"[•*·–-]?\s*(?P<label>[A-Za-z](?:[^:.;,“”\"\d]|(?:19|20)\d\d\b){0,80}):\s+(?:[a-z]+\s+){0,3}"
)
#: After "killed": the wounded counted with them, no noun of their own.
_AND_WOUNDED = re.compile(r",?\s+(?:and|or)\s+(?:wounded|injured)\b(?!\s+[a-z]+s\b)")
#: A figure compared with an earlier one ("That is up from 980 the week before"): its noun
#: is the one counted before, even in the sentence before.
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A death toll as the subject of the figure ("the death toll rose to", "death toll at").
_DEATH_TOLL_BEFORE = re.compile(
    r"\bdeath\s+toll\s+(?:(?:has|had|now|rose|rises|climbed|climbs|jumped|stands|stood|reached"
    r"|hit|passed|to|at|of)\s+){1,3}(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_FRONTED_PARTITIVE = re.compile(r"^\W*[Oo]f\s+(?:them|those|these)\s*,")
#: "of them", "of those", "of these": a partitive whose noun is the antecedent's.
_OF_PRONOUN = re.compile(r"\s*of\s+(?:them|those|these)\b", re.IGNORECASE)
#: Money: a currency word after the number ("4 billion dollars", "300 million euros").
_MONEY_RIGHT = re.compile(
    r"^\s*(?:(?:US|U\.S\.|American)\s+)?(?:dollars?|euros?|pounds\s+sterling|yuan|yen|"
    r"rubles?|roubles?|won)\b",
    re.IGNORECASE,
)
_CASUALTY_AFTER = re.compile(
    r"^[^,.;“”\"]{0,40}?\b(?:have|has|had|were|was|are|been|being|got|get)\s+(?:\w+\s+)?"
    r"(?P<what>killed(?:,\s*wounded)?(?:\s*(?:,|or|and)\s*(?:wounded|injured|captured|missing))*"
    r"|wounded|injured|captured|taken\s+prisoner)\b",
    re.IGNORECASE,
)
_NUMBER_OF = re.compile(r"\bnumber\s+of\s+(?P<np>[^,.;“”\"]*)$", re.IGNORECASE)
_NUMBER_OF_END: frozenset[str] = frozenset(
    [
        "could",
        "would",
        "may",
        "might",
        "will",
        "be",
        "in",
        "at",
        "on",
        "inside",
        "near",
        "is",
        "was",
        "are",
        "were",
        "has",
        "have",
        "had",
        "stood",
        "stands",
        "rose",
        "reached",
        "exceeds",
        "exceed",
        "exceeded",
        "topped",
        "tops",
        "to",
        "already",
        "now",
        "hit",
        "hits",
        "passed",
        "surpassed",
        "from",
        "across",
        "during",
        "since",
    ]
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")
_MORE_THAN = re.compile(r"\s+than\b", re.IGNORECASE)
#: A partitive after a number ("50 of the 170 mm guns", "eight of those vehicles"): the
#: determiner, and a calibre or number before the counted noun, are skipped.
_PARTITIVE = re.compile(
    rf"of\s+(?:(?:the|those|these|its|their|his|her|our)(?:\s+[A-Za-z][\w.-]*[’']s)?"
    rf"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s)\s+"
    rf"(?:(?:\d[\d,.]*|{_NUMBER_WORD})(?:[\s-]*(?:mm|millimet(?:er|re)s?|cm)\b)?\s+)?",
    re.IGNORECASE,
)


@dataclass(slots=True)
class NumberMention:
    """One number phrase, with its offsets in the original text."""

    start: int  #: start of the phrase, qualifier words included
    end: int  #: end of the phrase (the number, its scale word and any trailing qualifier)
    value: int | float | None
    qualifier: str | None
    low: int | float | None
    high: int | float | None
    kind: str  #: count, vague, percent, or a non-claim kind (calibre, duration, date, ...)
    rule: str
    unit: str | None = None
    unit_end: int | None = None  #: end of the counted noun phrase, when there is one
    flags: list[str] = field(default_factory=list)
    words: bool = False  #: written in words
    #: the number of an estimate or count ("the ministry's count of 13,000"): an elided noun
    #: is the one counted before, even in an earlier sentence
    estimated: bool = False
    #: a part of a figure said before it ("…, including roughly 600 dead"): its noun is no
    #: antecedent for a later elided number, which compares with the whole
    subset: bool = False

    @property
    def is_claim(self) -> bool:
        """Whether the number can be proposed as a claim: a count, a percentage (unit
        "percent") or a vague quantity."""
        return self.kind in {"count", "percent", "vague"}


def parse_number_words(phrase: str) -> int | None:
    """The value of a run of number words ("three thousand", "twenty-five", "a million")."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w and w != "and"]
    if not words:
        return None
    total = 0
    current = 0
    half = False
    if words[:2] == ["half", "a"]:
        half, words = True, ["a", *words[2:]]
    for word in words:
        if word == "a":
            current = 1
        elif word in UNITS:
            current += UNITS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    total += current
    if half:
        return total // 2
    return total


def _to_number(digits: str, scale: str | None) -> int | float:
    number = float(digits.replace(",", ""))
    if scale:
        number *= SCALES[scale.lower()]
    return int(number) if number == int(number) else number


def _bounds(value: int | float, qualifier: str) -> tuple[int | float | None, int | float | None]:
    if qualifier == "exact":
        return value, value
    if qualifier == "more_than":
        return (value + 1 if isinstance(value, int) else None), None
    if qualifier == "at_least":
        return value, None
    if qualifier == "up_to":
        return None, value
    if qualifier == "less_than":
        return None, (value - 1 if isinstance(value, int) else None)
    return None, None


Word = tuple[str, int, int]


def _phrase_words(text: str, pos: int, end: int) -> list[Word]:
    """The words after a number, one space apart, up to a stop word, punctuation or six words;
    coordinated proper adjectives ("Russian and North Korean") stay together."""
    cursor = pos
    words: list[Word] = []
    while cursor < end:
        match = _WORD.match(text, cursor)
        if match is None:
            stripped = text[cursor:end].lstrip(" ")
            if not stripped or not _WORD.match(stripped):
                break
            cursor = end - len(stripped)
            continue
        if text[cursor : match.start()]:
            break
        word = match.group(0)
        if (
            word.lower() in {"and", "or"}
            and words
            and words[-1][0][0].isupper()
            and re.match(r"\s[A-Z]", text[match.end() : match.end() + 2])
        ):
            # "Russian and North Korean shipping companies": coordinated proper adjectives
            words.append((word.capitalize(), match.start(), match.end()))
            cursor = match.end() + 1
            continue
        if (word.lower() in UNIT_STOP_WORDS or len(words) >= 6) and not (
            # "1,200 more containers": "more" before a noun is dropped below, not a stop
            word.lower() == "more" and not words and not _MORE_THAN.match(text, match.end())
        ):
            break
        words.append((word, match.start(), match.end()))
        cursor = match.end()
        # one space between words; anything else ends the phrase
        if cursor >= end or text[cursor] != " ":
            break
        cursor += 1
    return words


def _unit_after(text: str, pos: int, end: int) -> tuple[str | None, int | None]:
    """The counted noun after ``pos``: the words up to a stop word or punctuation, without
    leading proper adjectives ("North Korean") or words like "more"."""
    words = _phrase_words(text, pos, end)
    if words and words[0][0].lower() == "strong":  # "3,000-strong force"
        words = words[1:]
    kept = [w for w in words if not w[0][0].isupper() and w[0].lower() not in UNIT_DROP_WORDS]
    # drop leading capitalised words only ("North Korean soldiers", "KN-23 missiles")
    index = 0
    while index < len(words) and (
        words[index][0][0].isupper() or words[index][0].lower() in UNIT_DROP_WORDS
    ):
        index += 1
    kept = words[index:]
    if not kept:
        # "640 dead", "2,500 wounded": the adjective is the noun when none follows
        if words and words[-1][0].lower() in SUBSTANTIVES:
            return words[-1][0].lower(), words[-1][2]
        return None, None
    # stop before a verb-looking word after the head ("soldiers killed ..." handled apart)
    result: list[tuple[str, int, int]] = []
    for item in kept:
        if item[0][0].isupper() and result and not any(_nominal(w[0]) for w in result):
            result = []  # "4,000 exhausted North Korean troops": an adjective, then the noun's
            continue
        if item[0].lower() in UNIT_DROP_WORDS or item[0][0].isupper():
            break
        result.append(item)
    if not result:
        return None, None
    # the head noun ends the phrase: the first plural ("artillery shells crossed")
    for index, item in enumerate(result):
        lowered = item[0].lower()
        plural = lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))
        if plural or lowered in {"personnel", "people", "aircraft"}:
            # "special forces troops": a plural noun right after is the head
            following = result[index + 1 : index + 2]
            if following and _nominal(following[0][0]) and following[0][0].lower().endswith("s"):
                index += 1  # "measles cases": the last plural of a compound is its head
            result = result[: index + 1]
            break
    return " ".join(w[0] for w in result), result[-1][2]


def _casualty_suffix(segment: str) -> str | None:
    """ " killed or wounded" when the words say so."""
    lowered = segment.lower()
    killed = bool(re.search(r"\b(?:killed|dead|deaths|died)\b", lowered))
    wounded = bool(re.search(r"\b(?:wounded|injured)\b", lowered))
    captured = bool(re.search(r"\bcaptured\b", lowered))
    if killed and wounded:
        return "killed or wounded"
    if killed:
        return "killed"
    if wounded:
        return "wounded"
    if captured:
        return "captured"
    return None


def _unit_from_number_of(before: str) -> str | None:
    """The noun of "the number of killed and wounded soldiers ... exceeds" before a number."""
    # the last "number of" before the figure ("put the number of X at A and the number of
    # Y at B": B counts Y)
    match = None
    for found in re.finditer(r"\bnumber\s+of\s+", before, re.IGNORECASE):
        match = _NUMBER_OF.match(before, found.start())
    if match is None:
        return None
    words: list[str] = []
    for word in _WORD.findall(match.group("np")):
        if word.lower() in _NUMBER_OF_END:
            break
        words.append(word)
    lower = [w for w in words if not w[0].isupper()]  # "North Korean dead": the dead
    if lower and all(w.lower() in SUBSTANTIVES | {"the"} for w in lower):
        return lower[-1].lower()  # "the number of wounded"
    nouns = [
        w
        for w in words
        if not w[0].isupper() and w.lower() not in UNIT_DROP_WORDS | {"and", "or", "the", "of"}
    ]
    if not nouns:
        return None
    # the head is the first counted or plural noun ("ballistic missiles transferred"), not a
    # participle after it; failing one, the last word
    # "the number of artillery shells": a plural is the head, not the noun modifying it; the
    # last of a run of plurals ("measles cases")
    index = next((i for i, w in enumerate(nouns) if _plural(w)), None)
    if index is None:
        head = next((w for w in nouns if w.lower() in COUNT_NOUNS), nouns[-1])
    else:
        while index + 1 < len(nouns) and _plural(nouns[index + 1]):
            index += 1
        head = nouns[index]
    suffix = _casualty_suffix(" ".join(words))
    return f"{head} {suffix}" if suffix else head


def _classify(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """A non-claim kind for the number at ``[start, end)``, or None for a count."""
    right = text[end : min(sent_end, end + 40)]
    left = text[max(sent_start, start - 25) : start]
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and re.match(r"[.)]\s", text[end : end + 2]):
        return "list_number"  # "1. The estimates have converged": a numbered list's marker
    if _AGE_LEFT.search(left) and _AGE_RIGHT.match(right) and _is_age(text[start:end]):
        return "age"  # "Ri Chol-ho, 62, told": an age in apposition to a name
    for pattern, kind in _RIGHT_KINDS:
        if pattern.search(right):
            return kind
    for pattern, kind in _LEFT_KINDS:
        if pattern.search(left):
            return kind
    return None


def _is_age(raw: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}", raw)) and 12 <= int(raw) <= 110


def _unit_from_put_at(before: str) -> str | None:
    """The noun of "estimated North Korean casualties at close to 3,000" before a number."""
    match = _PUT_AT.search(before)
    if match is None:
        return None
    words = [
        w
        for w in _WORD.findall(match.group("np"))
        if not w[0].isupper()
        and w.lower() not in UNIT_DROP_WORDS | {"the", "its", "their", "his", "her"}
    ]
    if not words or any(w.lower() in UNIT_STOP_WORDS for w in words):
        return None
    lowered = {w.lower() for w in words}
    if "toll" in lowered and lowered & {"death", "casualty"}:
        # "put the death toll at 31,000": the dead; "the casualty toll": the casualties
        return "dead" if "death" in lowered else "casualties"
    return next(
        (
            w
            for w in words
            if w.lower() in COUNT_NOUNS
            or (w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "is")))
        ),
        None,
    )


def _is_year(raw: str, text: str, end: int, sent_end: int) -> bool:
    if not re.fullmatch(r"(?:19|20)\d\d", raw):
        return False
    unit, _ = _unit_after(text, _skip_space(text, end, sent_end), sent_end)
    return unit is None or unit.split()[0].lower() not in COUNT_NOUNS


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \u00a0":
        pos += 1
    return pos


def _qualify(
    text: str, start: int, end: int, sent_start: int, sent_end: int
) -> tuple[str, int, int, str]:
    """Qualifier, phrase start, phrase end and rule name for the number at [start, end)."""
    left = text[max(sent_start, start - 30) : start]
    right = text[end : min(sent_end, end + 20)]
    for pattern, qualifier in _RIGHT_QUALIFIERS:
        match = pattern.search(right)
        if match:
            return qualifier, start, end + match.end(), f"number.{qualifier}"
    for pattern, qualifier in _LEFT_QUALIFIERS:
        match = pattern.search(left)
        if match:
            phrase_start = max(sent_start, start - 30) + match.start()
            return qualifier, phrase_start, end, f"number.{qualifier}"
    return "exact", start, end, "number.exact"


def _count_mention(
    text: str,
    num_start: int,
    num_end: int,
    value: int | float,
    sent_start: int,
    sent_end: int,
    *,
    words: bool,
) -> NumberMention:
    qualifier, start, end, rule = _qualify(text, num_start, num_end, sent_start, sent_end)
    low, high = _bounds(value, qualifier)
    flags: list[str] = []
    left = text[max(sent_start, num_start - 12) : num_start].lower()
    if qualifier == "about" and re.search(r"\b(?:nearly|almost)\s*$", left):
        flags.append("nearly")
    mention = NumberMention(
        start, end, value, qualifier, low, high, "count", rule, flags=flags, words=words
    )
    if _PERCENT.search(text[end : min(sent_end, end + 25)]):
        mention.kind = "percent"
        mention.unit = "percent"
        return mention
    if _MONEY_LEFT.search(text[max(sent_start, num_start - 4) : num_start]) or _MONEY_RIGHT.match(
        text[end:sent_end]
    ):
        # a sum of money is not a count of anything the events table records
        mention.kind = "money"
        mention.unit = "money"
        return mention
    _attach_unit(mention, text, end, sent_start, sent_end)
    mention.subset = _SUBSET_BEFORE.search(text, sent_start, start) is not None
    return mention


def _unit_start(text: str, end: int, sent_end: int) -> int:
    """Where the counted noun phrase after a number starts: past "-strong", a closing quote
    and an interposed calibre or model ("8,000 152 mm shells")."""
    pos = end
    if text.startswith("-strong", pos):
        pos += len("-strong")
    pos = _skip_space(text, pos, sent_end)
    closing = re.match(r"[”\"’']\s+(?=[A-Za-z])", text[pos:sent_end])
    if closing is not None:
        pos += closing.end()  # '"at least three million" rounds': the quote ends on the number
    interposed = _INTERPOSED.match(text, pos, sent_end)
    return interposed.end() if interposed is not None else pos


def _noun_after(text: str, pos: int, sent_end: int) -> tuple[str | None, int | None]:
    """The counted noun after ``pos``, through a partitive ("800 of the troops", "58 of 81
    drones"); a participle or an "others" is no noun ("700 published last week", "20
    others": the noun said before)."""
    unit, unit_end = _unit_after(text, pos, sent_end)
    if unit is None:
        more = re.match(r"(?:more|fewer|further)\s+(?=of\b)", text[pos:sent_end])
        if more is not None:
            pos += more.end()  # "1,000 more of Pyongyang's soldiers"
        partitive = _PARTITIVE.match(text, pos, sent_end) or _OF_NUMBER.match(text, pos, sent_end)
        if partitive is not None:
            unit, unit_end = _unit_after(text, partitive.end(), sent_end)
            if unit is not None and not any(_nominal(word) for word in unit.split()):
                unit, unit_end = None, None  # "800 of those already armed": a pronoun
    if unit is not None and (
        unit.split()[0].lower() in _NOT_NOUNS | IRREGULAR_PARTICIPLES
        or (
            unit.split()[0].lower().endswith("ed")
            and unit.split()[0].lower() not in SUBSTANTIVES
            and not any(_nominal(word) for word in unit.split())
        )
    ):
        return None, None
    return unit, unit_end


def _attach_unit(
    mention: NumberMention, text: str, end: int, sent_start: int, sent_end: int
) -> None:
    pos = _unit_start(text, end, sent_end)
    unit, unit_end = _noun_after(text, pos, sent_end)
    earlier = _EARLIER_COUNT.search(text[sent_start : mention.start])
    if unit is not None and unit.lower() in SUBSTANTIVES and earlier is not None:
        # "100 soldiers have been killed and nearly 1,000 wounded": the soldiers said
        # before, wounded ("soldiers wounded")
        mention.unit_end = unit_end
        mention.unit = f"{earlier.group('noun')} {unit.lower()}"
        mention.flags.extend(["elided_noun", "antecedent_unit"])
        return
    if unit is not None and unit_end is not None and unit.lower() in {"killed", "dead"}:
        both = _AND_WOUNDED.match(text, unit_end, sent_end)
        if both is not None:
            # "roughly 4,000 killed and wounded": the dead and the wounded are casualties
            unit, unit_end = "casualties", both.end()
    if unit is not None and unit_end is not None:
        mention.unit_end = unit_end
        tail = text[unit_end : min(sent_end, unit_end + 60)]
        match = _CASUALTY_AFTER.search(tail)
        suffix = _casualty_suffix(match.group("what")) if match else None
        if suffix and unit.split()[-1].lower() in COUNT_NOUNS:
            unit = f"{unit} {suffix}"
        if mention.unit is None or unit.lower() not in {"people"}:
            mention.unit = unit
    before = text[sent_start : mention.start]
    if mention.unit is None or mention.unit.lower() in {"people", "persons", "individuals"}:
        mention.unit = _unit_before(before) or mention.unit
    if mention.unit is None and _EXCEEDS.match(text, mention.start):
        # "losses top 1,000": the verb is the qualifier, its subject the counted noun
        subject = _SUBJECT_NOUN.search(before)
        mention.unit = subject.group("noun") if subject is not None else None
    if mention.unit is None:
        _mark_elided(mention, text, pos, sent_end, before)


def _unit_before(before: str) -> str | None:
    """The counted noun named before the number ("the number of X … is N", "put X at N", "the
    wounded at 1,000", "losses top 1,000")."""
    named = _unit_from_number_of(before) or _unit_from_put_at(before)
    if named is not None:
        return named
    if _DEATH_TOLL_BEFORE.search(before):
        return "dead"  # "death toll rises to 205"
    substantive = _SUBSTANTIVE_AT.search(before)
    if substantive is not None:
        return substantive.group("adj").lower()
    numbering = _NOUN_NUMBERING.search(before) or _BRINGING_TO.search(before)
    if numbering is not None:
        return numbering.group("noun").lower()
    label = _LABEL_BEFORE.fullmatch(before)
    if label is not None:
        # "Ballistic missiles supplied: at least 100": the label's first plural noun
        return next(
            (
                w.lower()
                for w in _WORD.findall(label.group("label"))
                if _plural(w) and w[1:].islower()
            ),
            None,
        )
    return None


def _mark_elided(mention: NumberMention, text: str, pos: int, sent_end: int, before: str) -> None:
    """Flag a number without a noun: "900 of them" (the antecedent's), "up from 2,100",
    "another 1,500", "20 others", "the ministry's count of 700" (the noun said before)."""
    if _OF_PRONOUN.match(text, pos, sent_end) or _FRONTED_PARTITIVE.search(before):
        # "900 of them", "Of those, roughly 400 were killed": the antecedent's noun, the
        # nearest counted noun before it in the sentence when there is one
        mention.flags.append("partitive_pronoun")
        earlier = re.split(r"[,;]", before)[:-1]  # an earlier clause, not the number's own
        nouns = [
            w for w in _WORD.findall(" ".join(earlier)) if w.lower() in COUNT_NOUNS and _nominal(w)
        ]
        if nouns:
            mention.unit = nouns[-1].lower()
            mention.flags.append("antecedent_unit")
        return
    if _PARTITIVE.match(text, pos, sent_end) is not None:
        return
    mention.flags.append("elided_noun")  # "up from 2,100": the noun said before
    put_at = _PUT_AT.search(before)
    if put_at is not None:
        # "North Korea has sent troops to Russia, and the JCS put the number at 10,000": the
        # counted noun named earlier in the sentence, when there is one
        earlier = re.split(r"[,;]", before[: put_at.start()])[:-1]  # not the claimant's clause
        nouns = [
            w for w in _WORD.findall(" ".join(earlier)) if w.lower() in COUNT_NOUNS and _plural(w)
        ]
        if nouns:
            mention.unit = nouns[-1].lower()
            mention.flags.append("antecedent_unit")
    mention.estimated = (
        _ESTIMATE_OF.search(before) is not None
        # "the contingent now numbers around 11,000": the members counted before
        or _COLLECTIVE_NUMBERING.search(before) is not None
        # "The agency later put the number at around 10,000": the noun counted before
        or _PUT_AT.search(before) is not None
        or _CHANGE_BEFORE.search(before) is not None
        or _ANOTHER.search(before) is not None
        or _OTHERS.match(text, pos, sent_end) is not None
        # "One of them said fewer than 2,000 had reached the front": the number is the
        # subject of its verb, the noun counted before
        or _SUBJECT_OF_VERB.match(text, pos, sent_end) is not None
    )


@dataclass
class _Found:
    """The mentions of a sentence so far, and the spans they take."""

    text: str
    start: int
    end: int
    mentions: list[NumberMention] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)

    def free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self.taken)

    def add(self, mention: NumberMention, span: tuple[int, int] | None = None) -> None:
        self.mentions.append(mention)
        self.taken.append(span or (mention.start, mention.end))


def _find_vague(found: _Found) -> None:
    """ "dozens", "several hundred", "gave no figures": no value, flagged."""
    text, start, end = found.text, found.start, found.end
    for match in _VAGUE.finditer(text, start, end):
        a, b = match.span()
        mention = NumberMention(a, b, None, None, None, None, "vague", "number.vague")
        mention.flags.append("vague_quantity")
        _attach_unit(mention, text, b, start, end)
        found.add(mention)


def _find_ranges(found: _Found) -> None:
    """ "between 60 and 70", "10,000 to 12,000", "7–10%": a range, not two figures."""
    text, start, end = found.text, found.start, found.end
    for match in _RANGE.finditer(text, start, end):
        a_raw, b_raw = match.group("a"), match.group("b")
        bscale = match.group("bscale")
        ascale = match.group("ascale") or (bscale if not match.group("ascale") else None)
        low = _to_number(a_raw, ascale)
        high = _to_number(b_raw, bscale)
        sep = text[match.end("a") : match.start("b")] if not match.group("ascale") else ""
        if not found.free(*match.span()) or not high > low:
            continue
        if "or" in sep.lower() and high - low > max(10, low):
            continue
        kind = _classify(text, match.start("a"), match.end("a"), start, end) or _classify(
            text, match.start("b"), match.end(), start, end
        )
        if _is_year(a_raw, text, match.end(), end) and _is_year(b_raw, text, match.end(), end):
            kind = "year"
        if _CHANGE_FROM.search(text[max(start, match.start() - 40) : match.start()]):
            continue  # "rose from 3,000 to 5,000": two figures, not a range
        mention = NumberMention(
            match.start(), match.end(), None, "range", low, high, kind or "count", "number.range"
        )
        if mention.kind == "count" and _PERCENT.search(text[match.end() : end]):
            mention.kind, mention.unit = "percent", "percent"  # "between 40 and 50 per cent"
        elif mention.kind == "count":
            _attach_unit(mention, text, match.end(), start, end)
        found.add(mention, match.span())


def _find_word_ranges(found: _Found) -> None:
    """ "between sixty and seventy", "two or three"."""
    text, start, end = found.text, found.start, found.end
    for match in _WORD_RANGE.finditer(text, start, end):
        low_w = parse_number_words(match.group("a"))
        high_w = parse_number_words(match.group("b"))
        if low_w is None or high_w is None or not high_w > low_w or not found.free(*match.span()):
            continue
        kind = _classify(text, match.start(), match.end(), start, end)
        mention = NumberMention(
            match.start(), match.end(), None, "range", low_w, high_w, kind or "count",
            "number.range", words=True,
        )  # fmt: skip
        if mention.kind == "count":
            _attach_unit(mention, text, match.end(), start, end)
            if not _counted(mention):
                continue
        found.add(mention, match.span())


def _find_digits(found: _Found) -> None:
    """Numbers in digits: counts, or a non-claim kind (date, year, calibre, age …)."""
    text, start, end = found.text, found.start, found.end
    for match in _DIGITS.finditer(text, start, end):
        a, b = match.span()
        if not found.free(a, b):
            continue
        raw, scale = match.group("num"), match.group("scale")
        kind = _classify(text, a, b, start, end)
        if kind is None and scale is None and _is_year(raw, text, b, end):
            kind = "year"
        value = _to_number(raw, scale)
        if kind is not None:
            found.add(NumberMention(a, b, value, None, None, None, kind, f"skip.{kind}"))
            continue
        found.add(_count_mention(text, a, b, value, start, end, words=False))


def _find_words(found: _Found) -> None:
    """Numbers in words ("four brigades", "three thousand"): a small one only before a noun
    worth counting."""
    text, start, end = found.text, found.start, found.end
    for match in _WORDS_RUN.finditer(text, start, end):
        a, b = match.span()
        if not found.free(a, b):
            continue
        phrase = match.group(0)
        number = parse_number_words(phrase)
        if number is None or number == 0:
            continue
        kind = _classify(text, a, b, start, end)
        if kind is not None:
            found.add(
                NumberMention(a, b, number, None, None, None, kind, f"skip.{kind}", words=True)
            )
            continue
        if phrase.lower() == "one" and _one_is_pronoun(text, a, b, start, end):
            continue
        mention = _count_mention(text, a, b, number, start, end, words=True)
        if (
            number < 100
            and not _counted(mention)
            and "partitive_pronoun" not in mention.flags
            and not _counts_plural(text, a, mention, start)
            and not _coordinated_count(found, a, b)
        ):
            continue  # "two of them" counts what "them" refers to
        found.add(mention)


def _coordinated_count(found: _Found, a: int, b: int) -> bool:
    """ "two people had died and four were missing": a number word after "and", subject of its
    own verb, counts the noun of the count before it in the sentence."""
    text = found.text
    earlier = any(m.kind == "count" and m.unit and m.end <= a for m in found.mentions)
    return (
        earlier
        and re.search(r"\b(?:and|while|with)\s+$", text[max(found.start, a - 8) : a]) is not None
        and re.match(r"\s+(?:were|are|was|is|had|have|remain|remained)\b", text[b : b + 12])
        is not None
    )


def _money_after_money(mentions: Sequence[NumberMention]) -> None:
    """ "4 million euros, up from 3 million": an elided noun after a sum of money is money."""
    previous: NumberMention | None = None
    for mention in mentions:
        if (
            mention.kind == "count"
            and "elided_noun" in mention.flags
            and previous is not None
            and previous.kind == "money"
        ):
            mention.kind, mention.unit = "money", "money"
        if mention.kind in {"count", "money"}:
            previous = mention


#: The passes of :func:`find_numbers`, in order: an earlier pass's span is taken.
_PASSES = (_find_vague, _find_ranges, _find_word_ranges, _find_digits, _find_words)


def find_numbers(text: str, start: int = 0, end: int | None = None) -> list[NumberMention]:
    """Every number phrase in the sentence ``text[start:end]``, sorted by offset.

    Counts carry value, qualifier, bounds and unit. Vague quantities come back with kind
    ``vague`` and no value; numbers that are not claims come back with their kind (``date``,
    ``year``, ``duration``, ``calibre``, ``age``, ``time``, ...) so that callers can skip them.
    """
    found = _Found(text, start, len(text) if end is None else end)
    for find in _PASSES:
        find(found)
    mentions = sorted(found.mentions, key=lambda m: (m.start, m.end))
    _money_after_money(mentions)
    return mentions


def _plural(word: str) -> bool:
    """Whether a word looks like a plural noun ("shells", not "press" or "bus")."""
    lowered = word.lower()
    return lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))


def _nominal(word: str) -> bool:
    """Whether a word can head a counted noun phrase: a count noun, a plural, or a
    substantivised adjective."""
    lowered = word.lower()
    return (
        lowered in COUNT_NOUNS
        or lowered in SUBSTANTIVES
        or (lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")))
    )


def head_noun(unit: str) -> str:
    """The counted noun of a unit without its casualty words ("soldiers killed or wounded" →
    "soldiers"); a substantivised adjective ("wounded") is its own head."""
    words = unit.split()
    kept: list[str] = []
    for word in words:
        if kept and word.lower() in SUBSTANTIVES | {"or", "and"}:
            break
        kept.append(word)
    return " ".join(kept)


def resolve_antecedents(mentions: Sequence[NumberMention], previous: str | None) -> str | None:
    """Give "900 of them" and an elided "up from 2,100" the noun they refer to: the nearest
    preceding counted noun in the sentence, else (for "of them"/"of those") ``previous``, the
    last counted noun of the sentence before. Returns the last counted noun of the sentence."""
    last = previous
    seen_in_sentence = False
    for mention in mentions:
        if mention.kind != "count":
            continue
        refers = "partitive_pronoun" in mention.flags or (
            "elided_noun" in mention.flags and (seen_in_sentence or mention.estimated)
        )
        if mention.unit is None and refers and last is not None:
            mention.unit = last
            mention.flags.append("antecedent_unit")
        if mention.unit is not None and not (mention.subset and last is not None):
            last = head_noun(mention.unit)
            seen_in_sentence = True
        elif mention.unit is None and not seen_in_sentence:
            # "Attendance fell to 21,000, down from 25,000": the noun before is not this one's
            last = None
    return last


def _counted(mention: NumberMention) -> bool:
    """Whether a small number word counts a noun worth a claim ("four brigades")."""
    if mention.unit is None:
        return False
    return (
        any(
            word.lower() in COUNT_NOUNS or word.lower() in SUBSTANTIVES
            for word in mention.unit.split()
        )
        or mention.kind == "percent"
    )


def _counts_plural(text: str, a: int, mention: NumberMention, start: int) -> bool:
    """Whether a small number word counts the plural noun after it ("six oblasts", "three
    bases"), not a definite set ("the two countries", "both sides", "its four partners") nor
    a possessor ("two countries' leaders")."""
    unit = mention.unit
    if unit is None or mention.unit_end is None or len(unit.split()) > 2:
        return False
    head = unit.split()[-1]
    if not _nominal(head) or text[mention.unit_end : mention.unit_end + 1] in {"'", "’"}:
        return False
    if head.lower() in UNCOUNTED_NOUNS:
        return False  # "ties between two countries": the parties of a relation
    return _DEFINITE.search(text, max(start, a - 12), a) is None


#: Words before a number that make it a definite set, not a count ("the two countries").
_DEFINITE = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|both|all|which|whose)\s+$", re.IGNORECASE
)


def _one_is_pronoun(text: str, a: int, b: int, start: int, end: int) -> bool:
    left = text[max(start, a - 8) : a].lower()
    right = text[b : min(end, b + 10)].lower()
    return bool(
        re.search(r"\b(?:no|any|every|each|the|this|that|which|anyone|someone)\s*$", left)
        or re.match(r"\s+(?:of|another|day|time|way|side)\b", right)
    )
