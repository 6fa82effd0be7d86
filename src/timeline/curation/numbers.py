"""Numbers in running text: value, qualifier, inclusive bounds, and what is not a count
(calibres, durations, dates, years, ages, times, model names); the counted noun is found by
:mod:`~timeline.curation.units`, the mention record is :mod:`~timeline.curation.mentions`'s.

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
from itertools import pairwise
from typing import TypeVar

from timeline.curation.mentions import (
    CURRENCY_SIGNS,
    GLUED_MEASURE,
    NUMBER_WORD,
    SCALES,
    UNITS,
    NumberMention,
    skip_space,
)
from timeline.curation.units import (
    HARMED_SUBJECT,
    IN_ALL,
    attach_unit,
    head_noun,
    nominal,
    resolve_antecedents,
    total_brought_to,
    unit_after,
)
from timeline.curation.vocabulary import (
    COUNT_NOUNS,
    MONTH_PATTERN,
    NO_FIGURE,
    NUMBERED_NAMES,
    SUBSTANTIVES,
    UNCOUNTED_NOUNS,
)

__all__ = [
    "COUNT_NOUNS",
    "UNITS",
    "NumberMention",
    "find_numbers",
    "head_noun",
    "parse_number_words",
    "resolve_antecedents",
]


_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine|zero"
_WORDS_RUN = re.compile(
    # "a quarter of a million", "three-quarters of a million", "a quarter million"
    rf"(?<![\w-])(?:(?:half\s+a|(?:a\s+|three[\s-]+)quarters?(?:\s+of\s+a)?|a)"
    rf"\s+(?=(?:hundred|thousand|million|billion)\b))?"
    rf"(?:{NUMBER_WORD})(?:(?:[\s-]+|\s+and\s+)(?:{NUMBER_WORD}))*"
    # "one and a half million", "one-point-five million": a fraction before its scale word
    rf"(?:(?:\s+and\s+a\s+half|[\s-]+point(?:[\s-]+(?:{_DIGIT_WORD}))+)"
    r"(?=[\s-]+(?:thousand|million|billion)\b)[\s-]+(?:thousand|million|billion))?"
    # "two dozen drones", "two dozens settlements" as some translations write it (never
    # "dozens" alone: vague)
    r"(?:[\s-]+dozens?)?(?![\w])",
    re.IGNORECASE,
)


#: Currencies written as letters before a sum ("Rs1,470", "Rs. 50 crore", "Tk500", "KSh2,000"):
#: both a sum's mark (see ``_MONEY_LEFT``) and, written against the digits, no word to skip.
_CURRENCY_LETTERS: tuple[str, ...] = ("Rs", "Rs.", "Tk", "KSh", "Ksh", "Rp")
#: A currency's letters written against the figure ("Rs1,470", "R384", "Tk500", "KSh2,000").
_CURRENCY_BEFORE = (
    "(?:"
    + "|".join(rf"(?<=\b{re.escape(letters)})" for letters in _CURRENCY_LETTERS)
    # the rand's "R" only before a sum ("R384 billion", "R1,200"), not a road ("the R2 road")
    + r"|(?<=\bR)(?=\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*(?:bn|m|billion|million|trillion)\b)"
    # "$US8 billion", "$A2 million"
    r"|(?<=\$US)|(?<=\$A)|(?<=\$C)|(?<=\$NZ))"
)


#: Words after "500m" that make it metres: a distance, not "500 million".
_NOT_AFTER_SHORT = (
    "from|away|long|high|deep|wide|tall|off|of|to|into|in|at|below|above|behind|beyond|inside"
    "|outside|north|south|east|west|across|along|up|down|further|farther|closer|nearer"
)
_DIGITS = re.compile(
    # "Rs1,470 billion", "R384 billion", "Tk1,200 crore": a currency's letters against it
    # ("2014–15", "25/26": the years of a span, never a count)
    rf"(?:(?<![\w.,:/–-])(?<!\w-)|{_CURRENCY_BEFORE}"
    # "down -28.3 per cent": a minus sign after a space, the change's direction said twice
    r"|(?<=\s[-−])(?=\d+(?:\.\d+)?\s*(?:%|per\s*cent|percent))"
    # "saithe (-15%)": a fall in brackets, as "(+23%)" is a rise
    r"|(?<=\([-−])(?=\d+(?:\.\d+)?\s*(?:%|p\.\s?p\.|pp\s*\))))"
    # "1,50,000": thousands grouped the Indian way
    # "3-point-7 percent": a decimal as a broadcaster's copy spells it
    # "1.200.000 shells": thousands grouped with stops, as much of Europe writes them
    r"(?P<num>[1-9]\d{0,2}(?:\.\d{3}){2,}(?![.,]?\d)"
    r"|\d+-point-\d+|\d{1,2}(?:,\d\d)+,\d{3}(?!,?\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    # "5,2 million shells": a decimal comma before a scale word
    r"|\d{1,3},\d{1,2}(?=\s+(?:thousand|million|billion|trillion)\b)|\d+(?:\.\d+)?)"
    r"(?!/\d\d\b)"
    # "9m artillery shells", "£5bn": a scale written short against the number (not metres:
    # "500m from the border", "a 100m-long tunnel"; nor minutes: "1m 12s")
    # ("$20bn from the arms trade": "bn" is never a length)
    # "6K troops", "1.5k posts": thousands written short (never "5km", "4kg", "10K run")
    rf"(?:(?P<short>(?-i:bn)(?![\w-])|(?-i:m)(?![\w-]|\s+(?:{_NOT_AFTER_SHORT})\b|\s+\d)"
    r"|[kK](?=\s+[a-z]{3,})(?!\s+(?:run|race|walk|resolution|screen|video)\b))"
    # ("54per cent", "4.5pc": a share written against its number)
    r"|(?=per\s*cent\b|percent\b|pc\b)"
    # "238million trips", "4.07billion": a scale word run into its number
    r"|(?P<glued>million|billion|trillion)(?![\w-])"
    # "12kg of cocaine", "400grams", "11,170MW", "152mm": a measure's unit against its number
    rf"|(?={GLUED_MEASURE})"
    r"|(?![\w]|[.,:]\d)(?:(?:\s+|-)(?P<scale>hundred|thousand|million|billion|trillion"
    # "over 5 mln artillery shells", "2 bln rounds": a scale as agency copy shortens it
    r"|lakh\s+crore|lakhs?|crores?|mln|bln|bn)\b\.?)?)",
    re.IGNORECASE,
)


_RANGE = re.compile(
    r"(?<![\w.,:/-])(?:(?P<between>between)\s+)?"
    # a decimal only with its scale word ("between 2.5 million and 3 million"), or the scale
    # word the second figure shares ("5.7 to 6.7 million shells")
    r"(?P<a>\d{1,3}(?:,\d{3})+|\d+\.\d+(?=\s+(?:thousand|million|billion))"
    r"|\d+\.\d+(?=\s*(?:-|–|to|and)\s*\d+(?:\.\d+)?\s*(?:(?:thousand|million|billion|percent"
    r"|per\s+cent)\b|%))"
    # "2.5-3,000 troops": thousands shortened in the first figure (2.5 for 2,500)
    r"|\d\.\d(?=\s*(?:-|–|to)\s*\d{1,3},000\b)|\d+)"
    # ("25-thousand to 30-thousand troops": the scale word hyphened, as some translations write)
    r"(?:[\s-]+(?P<ascale>thousand|million|billion))?"
    # "15% to 20%": the first figure's percent sign when the second has one too
    r"(?:%(?=\s*(?:-|–|to|and)\s*\d+(?:\.\d+)?%))?"
    # "between 1,000 and as many as 3,000": the upper end hedged inside the range
    r"(?:(?(between)\s+and\s+(?:(?:as\s+(?:many|much|high)\s+as|up\s+to|perhaps|possibly)\s+)?"
    r"|\s*(?:-|–|to|or)\s*))"
    r"(?P<b>\d{1,3}(?:,\d{3})+|\d+\.\d+(?=\s+(?:thousand|million|billion))"
    # "2.5 to 3.5 percent": a decimal share
    r"|\d+\.\d+(?=\s*(?:(?:percent|per\s+cent)\b|%))|\d+)"
    r"(?![\w]|[.,:]\d)(?:[\s-]+(?P<bscale>thousand|million|billion)\b)?",
    re.IGNORECASE,
)


_WORD_RANGE = re.compile(
    # ("between six and 10 bodies": a word and digits mixed)
    rf"(?<![\w.,-])(?:(?P<between>between)\s+)?(?P<a>{NUMBER_WORD}|\d{{1,3}}(?:,\d{{3}})*)"
    rf"(?(between)\s+and\s+|\s+(?:or|to)\s+)(?P<b>{NUMBER_WORD}|\d{{1,3}}(?:,\d{{3}})*)"
    r"(?![\w-]|[.,:]\d)",
    re.IGNORECASE,
)


def _range_end(words: str) -> int | None:
    """A range's end in words or in digits."""
    return int(words.replace(",", "")) if words[0].isdigit() else parse_number_words(words)


#: "from" after a verb of change: "rose from 3,000 to 5,000" states two figures, not a range
#: (while "sent from 200 to 300 trains" is a range).
#: Verbs of change before a figure ("rose", "fell", "cut", "went up").
_CHANGE_VERBS = (
    r"\b(?:r[io]se[ns]?|rising|increas\w*|grew|grow\w*|swell\w*|swollen|climb\w*|jump\w*|"
    r"soar\w*|doubl\w*|tripl\w*|fell|fall\w*|dropp?\w*|declin\w*|decreas\w*|shr[aiu]nk\w*|"
    r"cut|reduc\w*|rais\w*|lower\w*|expand\w*|up|down|revis\w*|chang\w*|went|gone|going)"
)
_CHANGE_FROM = re.compile(
    # "revised July's total from 89,000 to 144,000", "raise the force from the existing 15,000"
    _CHANGE_VERBS + r"(?:\s+[\w’'-]+){0,3}\s+from\s+"
    r"(?:(?:the|its|their|a|an)\s+)?(?:(?:existing|current|previous|earlier|initial|original"
    r"|old|prior|estimated)\s+)?$",
    re.IGNORECASE,
)


#: A verb of change right before a figure, "by" or not ("rose by 245 to 431,480",
#: "declined 5,202 to 579,416": the change, then the level it reached).
_CHANGE_BY = re.compile(
    rf"(?:{_CHANGE_VERBS}|\b(?:plummet\w*|plung\w*|slump\w*|surg\w*|slid|slip\w*|tumbl\w*"
    r"|dipp?\w*|edg\w*))"
    r"(?:\s+(?:an?\s+)?(?:further|additional|another|more|net))?\s+(?P<by>by\s+)?$",
    re.IGNORECASE,
)
#: A coordinated clause whose verb of change is left out ("…, and T-80s from 100 to 280").
_ELIDED_CHANGE_FROM = re.compile(r"(?:,|\band|\bwhile)\s+(?:[\w’'-]+\s+){1,4}from\s+$")
#: An earlier change from one figure in the sentence ("increased from 50 to 200").
_CHANGE_BEFORE = re.compile(
    _CHANGE_VERBS + r"(?:\s+[\w’'-]+){0,3}\s+from\s+(?:(?:the|its|their)\s+)?(?:[a-z]+\s+)?\d",
    re.IGNORECASE,
)


_VAGUE = re.compile(
    # ("a couple thousand more", "a couple of hundred casualties": a couple of a scale word)
    r"\b(?:(?:several|a\s+few|many|some|a\s+couple(?:\s+of)?)\s+(?:hundred|thousand|million"
    r"|dozen)s?(?:\s+of)?"
    r"|(?:tens|hundreds|thousands|millions|dozens|scores)\s+of(?:\s+(?:thousands|millions)\s+of)?"
    r"|(?:more\s+than\s+|about\s+|around\s+|nearly\s+|some\s+)?(?:a|half\s+a)\s+dozen(?:\s+or\s+so)?"
    # ("two dozens settlements": a number of dozens, read with the number words)
    r"|" + "".join(rf"(?<!{w}\s)" for w in _DIGIT_WORD.split("|")) + r"dozens|hundreds|thousands"
    r"|an?\s+(?:(?:very\s+)?(?:large|small|significant|noticeable|growing|considerable|substantial"
    r"|sizable|sizeable|limited|unknown|undisclosed|unspecified|certain|high|huge|record)\s+)"
    r"(?:number|amount|quantity)\s+of"
    # without "of", or quoted: '"a considerable number" had moved', '"significant numbers"'
    # ("a 'relatively small number' of troops": quoted, with its adverb)
    r"|an?\s+[“\"‘']?(?:(?:very|relatively|fairly|quite)\s+)?(?:large|small|significant"
    r"|noticeable|considerable|substantial|sizable|sizeable|limited|huge)\s+number(?![\w-])"
    r"|an?\s+[“\"‘']?good\s+many\b"
    r"|(?:large|significant|considerable|substantial|huge|growing)\s+numbers(?![\w-])"
    r"|an?\s+(?:unknown|undisclosed|unspecified)\s+number"
    r"|a\s+handful\s+of"
    rf"|{NO_FIGURE})\b",
    re.IGNORECASE,
)


#: An increment between a qualifier and its number ("at least another 3,000", "up to a
#: further 1,000"): the qualifier still bounds the number.
_INCREMENT_WORDS = r"(?:\s+(?:another|a\s+further|an\s+additional|an\s+extra))?"

_LEFT_QUALIFIERS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + _INCREMENT_WORDS + r"\s*$", re.IGNORECASE), qualifier)
    for pattern, qualifier in (
        (r"\b(?:no|not)\s+(?:fewer|less)\s+than", "at_least"),
        (r"\b(?:no|not)\s+more\s+than", "up_to"),
        (r"\bas\s+(?:few|little|low)\s+as", "at_least"),
        # "up to approximately 3 million": the bound, not the hedge inside it
        # ("up to almost 5,000,000 shells": the bound, almost reached)
        (
            r"\b(?:up\s+to|as\s+many\s+as)\s+(?:approximately|about|around|roughly|some|almost"
            r"|nearly)",
            "up_to",
        ),
        (r"\bat\s+least\s+(?:approximately|about|around|roughly|some)", "at_least"),
        (r"\b(?:more|greater)\s+than", "more_than"),
        (r"\bin\s+excess\s+of", "more_than"),
        (r"\bupwards?\s+of", "more_than"),
        # "puts losses 'north of 3,000'", "south of 200": above or below it, as a speaker says
        (r"\b(?:well\s+)?north\s+of", "more_than"),
        (r"\b(?:well\s+)?south\s+of", "less_than"),
        # (not the particle of a verb: "handed over 3.5 million shells", "turned over 40")
        (
            r"(?<!\bhanded\s)(?<!\bhand\s)(?<!\bhands\s)(?<!\bhanding\s)(?<!\bturned\s)"
            r"(?<!\bturn\s)(?<!\bturns\s)(?<!\btaken\s)(?<!\btook\s)(?<!\bpassed\s)"
            r"(?<!\bsigned\s)(?<!\bgave\s)(?<!\bgiven\s)"
            r"\b(?:just\s+)?(?:over|above|past|beyond)",
            "more_than",
        ),
        # "has not exceeded 60%", "never topped 200": at most the figure, not above it
        (
            r"(?:\bnot|\bnever|n[’']t)\s+(?:yet\s+|once\s+|ever\s+)?(?:exceed(?:s|ed)?"
            r"|surpass(?:es|ed)?|top(?:s|ped)?|pass(?:es|ed)?)",
            "up_to",
        ),
        (r"\b(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|top(?:s|ped|ping)?)", "more_than"),
        # "losses had passed 3,800"
        (r"\b(?:had|has|have)\s+passed", "more_than"),
        # "the toll could pass 20"
        (r"\b(?:could|would|may|might|will|to)\s+pass", "more_than"),
        # ("At least, 59 more deaths": a comma typed after it)
        (r"\bat\s+least,?", "at_least"),
        (r"\ba\s+minimum\s+of", "at_least"),
        # "approval inched up to 39 percent": a move that reached the figure, no bound
        (r"\b(?:inched|inches|crept|creeps|edged|edges|ticked|ticks)\s+up\s+to", "exact"),
        (r"\bup\s+to", "up_to"),
        (r"\bas\s+(?:many|much|high)\s+as", "up_to"),
        (r"\bat\s+most", "up_to"),
        (r"\ba\s+maximum\s+of", "up_to"),
        (r"\b(?:fewer|less)\s+than", "less_than"),
        (r"\b(?:just\s+)?(?:under|below)", "less_than"),
        (
            # (not "details about two soldiers", "news about 40 ships": what a thing is about)
            r"(?<!details\s)(?<!detail\s)(?<!information\s)(?<!news\s)(?<!questions\s)"
            r"(?<!stories\s)(?<!concerns\s)(?<!reports\s)(?<!talk\s)(?<!learn\s)(?<!know\s)"
            r"\b(?:about|around|roughly|approximately|approx\.|circa|some|nearly|almost|near"
            r"|nearer)",
            "about",
        ),
        # "maybe 400 men": a hedged figure is approximate
        (r"\b(?:maybe|perhaps|possibly|probably)", "about"),
        # "losses now approach 4,000", "casualties nearing 600": close to it, either side
        (r"\b(?:approach(?:es|ed|ing)?|near(?:s|ed|ing))", "about"),
        # "the number of injured rose toward 300"
        (r"\b(?:rose|rising|rises|climbed|climbing|edged|moved)\s+towards?", "about"),
        (
            r"\b(?:close\s+to|closer\s+to|(?:an|the|its|their)\s+estimated|estimated\s+at"
            r"|an\s+approximate)",
            "about",
        ),
        (r"\b(?:in\s+the\s+region|on\s+the\s+order)\s+of", "about"),
        # "something like 4,000", "something close to 40 percent", "somewhere around 300"
        (r"\bsomething\s+(?:like|close\s+to)|\bsomewhere\s+(?:around|near)", "about"),
    )
)


_RIGHT_QUALIFIERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*or\s+(?:more|greater|above|beyond|higher)\b", re.IGNORECASE), "at_least"),
    (re.compile(r"^\s*or\s+(?:fewer|less)\b", re.IGNORECASE), "up_to"),
    (re.compile(r"^\s*or\s+so\b", re.IGNORECASE), "about"),
    (re.compile(r"^(?:-plus\b|\+)", re.IGNORECASE), "more_than"),
)


#: A bound after the counted noun ("20 rail cars at most", "200 people at least"): the
#: number's phrase stays where it is, its noun after it.
_POSTPOSED_QUALIFIERS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^\s*(?:[a-z-]+\s+){1,3}?at\s+(?:the\s+)?most\b(?!\s+\w+ly\b)"), "up_to"),
    (
        re.compile(r"^\s*(?:[a-z-]+\s+){1,3}?at\s+(?:the\s+)?least\b(?=\s*(?:[,.;:)]|$))"),
        "at_least",
    ),
)


_MONTH = MONTH_PATTERN


_TIME_UNIT = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|years?|decades?"
    r"|centuries|century|mins?|hrs?|secs?)"  # "Listen to this article · 4 min"
)


#: A sentence about life expectancy, whose years are its measure, not a span of time.
_LIFE_EXPECTANCY = re.compile(r"(?i)\blife\s+expectanc(?:y|ies)\b")
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
        re.compile(
            # ("Full Size (5.2 MB)": a file's size, as a page's photo link gives it)
            r"^[\s-]*(?:kms?|kilomet(?:er|re)s?|(?:nautical\s+)?miles?|meters?|metres?|feet"
            r"|[kmg]b|megabytes?|kilobytes?|gigabytes?)\b",
            re.I,
        ),
        "measure",
    ),
    (
        re.compile(
            # "300 last month" is a count given last month, not a duration
            rf"^[\s-]*(?:(?:more|additional|further|consecutive|straight|full|long|previous|past|"
            rf"extra)\s+)?{_TIME_UNIT}\b",
            re.IGNORECASE,
        ),
        "duration",
    ),
    (re.compile(rf"^\s+(?:of\s+)?{_MONTH}(?![a-z])"), "date"),
    # "a 7.7 magnitude earthquake", "a 6.1-magnitude quake": a measure
    (re.compile(r"^[\s-]*magnitude\b", re.IGNORECASE), "measure"),
    # "the 1718 Committee": a body named by its number
    (re.compile(r"^\s+(?:Committee|Commission|Panel)\b"), "label"),
    # "21-2-2024", "21/02/2024", "3.11.2025": a day written in figures
    (re.compile(r"^([-/.])\d{1,2}\1(?:19|20)?\d\d\b"), "date"),
    # ("a 31-percent drop", "fell 12-per-cent": a share with a hyphen is still a share)
    (re.compile(r"^-(?!strong\b|plus\b|per-?cent\b|percent\b)[A-Za-z]"), "compound"),
    (re.compile(r"^(?:st|nd|rd|th)\b"), "ordinal"),
    # "temperatures falling to 4 degrees", "three or four times that": a temperature, a
    # multiplier
    (re.compile(r"^\s*(?:°|degrees?\b)", re.IGNORECASE), "measure"),
    (
        re.compile(
            # ("25 times bigger" stays a figure, as its judges read it)
            r"^\s+times\s+(?:that|this|those|as|more|higher|lower|the|fewer|less)\b",
            re.I,
        ),
        "multiplier",
    ),
)


_LEFT_KINDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{_MONTH}\s+$"), "date"),
    # "aged 20", and every later age of a list ("aged 20 and 26", "ages 19, 22 and 30")
    (
        re.compile(r"\b(?:aged|age|ages)\s+(?:\d+\s*(?:,|and|or|to|-|–)\s*)*$", re.IGNORECASE),
        "age",
    ),
    (
        re.compile(
            r"\b(?:No\.|Nos\.|[Nn]umber|Articles?|[Rr]esolutions?|Route|Highway|[Uu]nit|Room|Chart"
            r"|Figure|Fig\.|Table|Graphic|Map|Episode|Ep\.|Issue|Season|Chapter|UPDATE|Update"
            # an aircraft's maker and a flight's number: "a Boeing 777", "Flight 17"
            r"|Flight|Boeing|Airbus|Tupolev|Ilyushin|Antonov|Embraer"
            # a weapon family's model: "14 Leopard 2 tanks", "Challenger 2", "Mirage 2000"
            r"|Leopard|Challenger|Marder|Gepard|Mirage|Piranha|Patriot|Tornado|Typhoon|Hawk"
            r"|Sea\s+King|Iris-T|Su|Mi|Ka"
            # a missile's or drone's model: "Fath 360", "Shahed 136", "Hwasong 11"
            r"|Fath|Shahed|Geran|Hwasong|Mohajer|Arash|Lancet|Orlan|Zala)\s+"
            # every later number of a list: "resolutions 2375 and 2397"
            r"(?:\d+\s*(?:,|and|or)\s*)*$"
        ),
        "label",
    ),
    # "Group of Seven foreign ministers", "the Group of 20": a forum's name, not a count
    (re.compile(r"\bGroup\s+of\s+$"), "label"),
    # "among the top 20 shipping lines": a rank, not a count
    (re.compile(r"\b(?i:the|its|their)\s+top\s+$"), "ordinal"),
    (re.compile(r"[A-Za-z]-\s*$"), "model"),
    # "one in five trains", "1 in 10 households": a ratio, not a count (the gold's convention)
    (re.compile(r"(?<![\w-])(?i:one|1)\s+(?:in|out\s+of)(?:\s+every)?\s+$"), "ratio"),
    (re.compile(r"\bmagnitude\s+(?:of\s+)?$", re.IGNORECASE), "measure"),
    # "Print edition, page 3", "see p. 12"
    (re.compile(r"\b(?:[Pp]age|[Pp]p?\.)\s+$"), "label"),
    # "In epi week 43", "during epidemiological week 5", "Week 12 of the season": a week's
    # number, no count ("in week 42" after a count of cases, too)
    (re.compile(r"\b(?:(?i:epi|epidemiological|epidemiologic)\s+)?(?i:week)\s+$"), "label"),
    # "10.4 homicides per 100,000 residents", "for every 1,000 births": a rate's base
    (re.compile(r"\b(?:[Pp]er|for\s+every)\s+$"), "rate_base"),
)


#: The rest of a ratio after its "one" ("one in five", "1 out of every 10").
_RATIO_AFTER = re.compile(
    r"\s+(?:in|out\s+of)(?:\s+every)?\s+(?:\d|(?i:"
    + "|".join(w for w, v in UNITS.items() if 2 <= v <= 10 or v == 20)
    + r"|a\s+hundred|a\s+thousand)\b)"
)
#: A count in words right before a model's number ("five 747s", "Five 737 MAX aircraft").
_COUNT_WORD_BEFORE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(w for w, v in UNITS.items() if 2 <= v <= 12) + r"|a\s+dozen)\s+$"
)
#: A model number's end: glued plural ("747s"), a capitalised series ("737 MAX", "A320neo"),
#: or a variant ("737-800").
_MODEL_AFTER = re.compile(r"(?:s\b|\s+[A-Z]{2,}\b|-\d{2,3}\b|[a-z]{2,4}s?\b)")
#: A model counted after a number word: its number and series, and a noun after them.
_MODEL_COUNTED = re.compile(
    r"\s+(\d{3,4}(?:s\b|-\d{2,3}s?\b|[a-z]{2,4}s?\b)?(?:\s+[A-Z]{2,}s?\b)?"
    r"(?:\s+(?:aircraft|jets|planes|airliners|jetliners|helicopters|freighters|engines))?)"
)
#: A market index's close ("the KOSPI closed 1.2 percent lower"), not a count's change.
_MARKET_LEFT = re.compile(r"\b(?:closed|opened|ended)\s+$", re.IGNORECASE)
_MARKET_MOVE = re.compile(r"\s*(?:lower|higher|up|down)\b", re.IGNORECASE)
#: The name of a stock index that holds a number ("S&P 500", "Standard & Poor's 500", "FTSE
#: 100", "Nikkei 225", "Russell 2000", "CAC 40"): the number is part of the name.
_INDEX_NAME_LEFT = re.compile(
    r"(?:\bS\s?&\s?P|Standard\s+(?:&|and)\s+Poor[’']?s|\bFTSE(?:\s+All-Share)?|\bNikkei"
    r"|\bRussell|\b(?:Euro\s+)?STOXX|\bStoxx(?:\s+Europe)?|\bCAC|\bDAX|\bASX|\bKOSPI|\bTSX"
    r"|\bNifty|\bSensex|\bMIB|\bIBEX|\bAEX|\bOMX\w*|\bSMI|\bHSI)\s*$"
)

#: A survey's method, not its findings: the margin of error and confidence level ("plus or
#: minus 3.1 percentage points at the 95 percent confidence level") and the sample ("among
#: 1,004 adults", "interviews with 31 people", "a larger sample of 2,000 adults").
_MARGIN_LEFT = re.compile(r"(?:\bplus\s+or\s+minus|±|\+/-)\s*$", re.IGNORECASE)
_CONFIDENCE_RIGHT = re.compile(r"\s*(?:%|percent|per\s+cent)\s+confidence\b", re.IGNORECASE)
_SAMPLE_LEFT = re.compile(
    r"\b(?:interviews?\s+with|interviewed|surveyed|polled|questioned|sample\s+of|sample\s+size"
    r"\s+of|among)\s+(?:(?:some|about|around|nearly|more\s+than)\s+)?$",
    re.IGNORECASE,
)
_SAMPLE_RIGHT = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:adults|respondents|voters|households|participants|people"
    r"|residents|citizens|defectors|families|experts)\b",
    re.IGNORECASE,
)
_SURVEY_WORDS = re.compile(
    r"\b(?:survey|poll|sample|interview(?:s|ed)?|questioned|respondents|margin\s+of\s+error)",
    re.IGNORECASE,
)

#: An age in apposition: a bare number between commas right after a capitalised name.
_AGE_LEFT = re.compile(r"[A-Z][\w’'.-]*[a-z]\s*,\s*$")


#: "The other, believed to be 20, was …": an age given as a belief, between commas.
_AGE_BELIEVED = re.compile(r",\s*(?:believed|thought|said)\s+to\s+be\s+(?:about\s+)?$")


_AGE_RIGHT = re.compile(r"\s*,\s*[a-z]")
#: A person named by a common noun before an age in apposition ("The other, 20, had", "the
#: younger prisoner, 20, and", "One of them, 26, told").
_AGE_PERSON_LEFT = re.compile(
    r"\b(?:other|them|\w*(?:man|men|woman)|boy|girl|son|daughter|soldier|prisoner|captive"
    r"|defector|conscript|recruit|officer|pilot|sailor|skipper|climber|driver|worker|farmer"
    r"|student|victim|survivor|suspect|refugee|patient|wife|husband|mother|father|brother"
    r"|sister)\s*,\s*$",
    re.IGNORECASE,
)
#: An age as a clause's complement: "who is 27", "who said he was 26", "gave his age as 26",
#: "The other is 20", "One of the soldiers is 20", "My cousin's boy was 19".
_AGE_COMPLEMENT_LEFT = re.compile(
    r"(?:\bwho\s+(?:is|was|turned|turns)|\b(?:said|says|claimed|told\s+\w+)\s+(?:he|she)"
    r"\s+(?:was|is)|\bgave\s+(?:his|her)\s+age\s+as|\b(?:the\s+other|one\s+of\s+(?:them|the"
    r"\s+\w+)|boy|girl|son|daughter)\s+(?:is|was))\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
#: What may follow an age given as a complement: the clause or sentence ends, or goes on.
_AGE_COMPLEMENT_RIGHT = re.compile(r"\s*(?:[,.;:)”\"’]|$|and\b|or\b|when\b)")
#: "was 17 when he crossed the river": an age at a moment of someone's life.
_AGE_WHEN = re.compile(r"\s+when\s+(?:he|she|I|they|his|her)\b")
#: The second age of a pair: "aged 20 and the other 26", "is 20 and the other, 26".
_AGE_OTHER_LEFT = re.compile(
    r"\b(?:aged|is|was)\s+\d{1,2}\s*,?\s+and\s+the\s+other\s*,?\s+$", re.IGNORECASE
)
#: An age closing the sentence after its speaker's name ('“…,” said Celal Kara, 40.').
_AGE_OF_SPEAKER = re.compile(
    r"\b(?:said|says|told|added|recalled)\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*[a-z]\s*,\s*$"
)
_SENTENCE_CLOSES = re.compile(r"\s*[.!?]?[”\"’)]*\s*$")


_PERCENT = re.compile(
    # "5 p.c.", "4.5pc" (as the Indian and British press abbreviate it)
    r"^(?:\s*|-)(?:%|percent\b|per[\s-]+cent\b|percentage\s+points?\b|p\.c\.?(?![\w])|pc\b"
    # "9.3 p.p.", "7.1 pp": percentage points as the statistics offices abbreviate them
    r"|pct\b|p\.\s?p\.?(?![\w])|pp(?=\s*\)))",
    re.IGNORECASE,
)


#: A change of a share in points ("3.2 percentage points", "5 pct points", "4 per cent points").
_POINTS = re.compile(
    r"[^.;:]{0,12}?(?:percentage|percent|per\s+cent|pct)\s+points?\b|\s*p\.\s?p\.?(?![\w])|\s*pp(?=\s*\))",
    re.IGNORECASE,
)


def share_unit(text: str, start: int, end: int) -> str:
    """The unit of a share after ``start``: "percentage points" for a change in points
    ("fell 3.2 percentage points"), else "percent"."""
    return "percentage points" if _POINTS.match(text, start, end) else "percent"


#: Currency codes written before or after a sum ("EUR 2.1 bn", "445 billion KRW").
_CURRENCY_CODES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "RUB", "KRW", "JPY", "CNY", "PLN", "UAH", "INR", "CHF", "KPW", "AUD",
    "CAD",
)  # fmt: skip
_MONEY_LEFT = re.compile(
    # "Rs1,470 billion", "Rs. 50 crore", "Tk 1,200 crore", "R384 billion", "KSh 2,000", "₹500"
    # (and "₱4,035,300", "₽500", "₺1 billion": every sign of ``CURRENCY_SIGNS``)
    rf"(?:US\$|\$US|[{re.escape(CURRENCY_SIGNS)}]|\b(?-i:"
    + "|".join(re.escape(letters) for letters in (*_CURRENCY_LETTERS, *_CURRENCY_CODES))
    + r"|R))\s*$"
)


#: A partitive fronted before the number ("Of those, the agency said, roughly 400 …").
#: Words opening a part of the figure before ("including", "among them", "of whom").
_SUBSET_BEFORE = re.compile(
    r",\s*(?:including|among\s+them|of\s+whom|of\s+which)\s+(?:[a-z]+\s+){0,2}"
    # the next part of the same list: "including 500 officers and three generals"
    r"(?:[\d,.]+\s+(?:[a-z-]+\s+){1,2}(?:and|,)\s+(?:[a-z]+\s+){0,2})?$",
    re.IGNORECASE,
)


#: Money: a currency word after the number ("4 billion dollars", "300 million euros").
_MONEY_RIGHT = re.compile(
    r"^\s*(?:(?:US|U\.S\.|American)\s+)?(?:dollars?|euros?|pounds\s+sterling|yuan|yen|"
    r"rubles?|roubles?|won|rupees?|taka|naira|rand|shillings?|rupiah|hryvnias?|zlotys?|złoty"
    # the currencies named in words by the rest of the world's press ("4 billion krónur",
    # "40 billion crowns", "1.2 billion soles", "60 cents a litre")
    r"|kron(?:er|or|ur|a|e)|krónur|crowns|francs?|soles|dirhams?|leva|cents|pence|lira|liras"
    r"|lire|dinars?|riyals?|rials?|pesos?|reais|ringgit|baht|tenge|forints?|lei|lari|manats?"
    r"|shekels?|renminbi|kwacha|cedis?|birr|riel|tugriks?|afghanis|kyats?|euro\s+cents"
    # "445 billion KRW", "2.1 bn EUR": a currency's code after the sum
    r"|(?-i:" + "|".join(_CURRENCY_CODES) + r"))\b",
    re.IGNORECASE,
)


def parse_number_words(phrase: str) -> int | None:
    """The value of a run of number words ("three thousand", "twenty-five", "a million", "one
    and a half million", "two dozen"); None for words that are no number or no whole one."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w and w != "and"]
    if not words:
        return None
    half = False
    share = 1.0  # "a quarter of a million": a quarter of what follows
    if words[:2] == ["half", "a"]:
        half, words = True, ["a", *words[2:]]
    elif len(words) > 2 and words[0] in {"a", "three"} and words[1] in {"quarter", "quarters"}:
        share = 0.25 if words[0] == "a" else 0.75
        words = ["a", *(words[4:] if words[2:4] == ["of", "a"] else words[2:])]
    total: float = 0
    current: float = 0
    for word in _fractions_folded(words):
        if isinstance(word, float):
            current += word
        elif word == "a":
            current = 1
        elif word in UNITS:
            if current % 100 and not (current % 100 >= 20 and current % 10 == 0 < UNITS[word] < 10):
                return None  # "two and three" is no number ("twenty-five", "a hundred and six" are)
            current += UNITS[word]
        elif word in {"hundred", "dozen", "dozens"} and (word != "dozens" or current):
            current = max(current, 1) * (100 if word == "hundred" else 12)
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    total += current
    if half:
        total /= 2
    total *= share
    return int(total) if float(total).is_integer() else None


def _fractions_folded(words: list[str]) -> list[str | float]:
    """The words with "a half" and "point" and its digits folded into fractions ("one and a
    half" → one, 0.5; "one point five" → one, 0.5)."""
    out: list[str | float] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word == "point":
            digits = ""
            index += 1
            while index < len(words) and UNITS.get(words[index], 10) <= 9:
                digits += str(UNITS[words[index]])
                index += 1
            out.append(float(f"0.{digits}") if digits else 0.0)
            continue
        if word == "a" and words[index + 1 : index + 2] == ["half"]:
            out.append(0.5)
            index += 2
            continue
        out.append(word)
        index += 1
    return out


#: Scales as agency copy shortens them ("5 mln", "2 bln").
_SCALE_SHORT = {"mln": "million", "bln": "billion", "bn": "billion"}


def _to_number(digits: str, scale: str | None) -> int | float:
    """The number as written, exactly: "99999999999999999999" is not rounded to 1e20 (a
    float would invent digits), "2.5 million" is 2500000."""
    from decimal import Decimal

    digits = digits.replace("-point-", ".")
    if digits.count(".") > 1:
        digits = digits.replace(".", "")  # "1.200.000": thousands grouped with stops
    if re.fullmatch(r"\d{1,3},\d{1,2}", digits):
        digits = digits.replace(",", ".")  # "5,2 million": a decimal comma
    number = Decimal(digits.replace(",", ""))
    if scale:
        number *= SCALES[" ".join(scale.lower().split())]
    return int(number) if number == number.to_integral_value() else float(number)


#: The largest whole number a claims column holds (Parquet int64).
INT64_MAX = 2**63 - 1


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


#: How often a post was seen or passed on: "shared more than 40,000 times", "40,000 views".
_VIEWS_LEFT = re.compile(
    r"\b(?:shared|viewed|watched|liked|retweeted|reposted|played|downloaded)\s+(?:[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)
_TIMES = re.compile(r"\s*times\b", re.IGNORECASE)
_VIEWS_RIGHT = re.compile(r"\s*(?:views|likes|shares|reposts|retweets)\b", re.IGNORECASE)


#: A figure the sentence rejects: ", not 45,000", ", rather than 1,200".
_REJECTED_LEFT = re.compile(r",\s*(?:and\s+)?(?:not|rather\s+than|instead\s+of)\s+$", re.IGNORECASE)
_REJECTED_RIGHT = re.compile(r"\s*(?:[.;,)]|$)")


#: A correction note, whose figures are the ones it withdraws.
_CORRECTION = re.compile(
    r"\b(?:an?\s+)?(?:earlier|previous)\s+version\s+of\s+this\s+"
    r"(?:article|story|report|piece|item|post)\b",
    re.IGNORECASE,
)


def _market_or_method(
    text: str, left: str, right: str, sent_start: int, sent_end: int
) -> str | None:
    """A market index's move ("the KOSPI closed 1.2 percent lower") or a survey's method (its
    margin of error, confidence level or sample): no count of the report's subject."""
    percent = _PERCENT.match(right)
    if _MARKET_LEFT.search(left) and percent and _MARKET_MOVE.match(right, percent.end()):
        return "market"
    if _INDEX_NAME_LEFT.search(left):
        return "market"  # "the S&P 500", "FTSE 100 index", "Nikkei 225": an index's name
    if _MARGIN_LEFT.search(left) or _CONFIDENCE_RIGHT.match(right):
        return "method"
    if (
        _SAMPLE_LEFT.search(left)
        and _SAMPLE_RIGHT.match(right)
        and _SURVEY_WORDS.search(text, sent_start, sent_end)
    ):
        return "method"
    return None


def _shape_kind(
    text: str, start: int, end: int, left: str, right: str, sent_end: int
) -> str | None:
    """A non-claim kind the number's place says: a list's or paragraph's marker, an age in
    apposition, or a model's number after a count in words."""
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and re.match(r"[.)]\s", text[end : end + 2]):
        return "list_number"  # "1. The estimates have converged": a numbered list's marker
    if (
        not text[line_start:start].strip()
        and re.fullmatch(r"\d+(?:\.\d+)+\.?", text[start:end])
        and re.match(r"\s+[A-Z“\"]", text[end : end + 3])
    ):
        return "list_number"  # "1.2 The agency said …": a numbered paragraph's marker
    if (
        (_AGE_LEFT.search(left) or _AGE_BELIEVED.search(left))
        and _AGE_RIGHT.match(right)
        and _is_age(text[start:end])
    ):
        return "age"  # "Ri Chol-ho, 62, told": an age in apposition to a name
    if (
        _AGE_OF_SPEAKER.search(left)
        and _SENTENCE_CLOSES.fullmatch(right)
        and _is_age(text[start:end])
    ):
        return "age"  # '“…,” said Celal Kara, 40.'
    if _is_age(text[start:end]) and _common_noun_age(left, right):
        return "age"
    if text[start:end].lower() in {"one", "1"} and _RATIO_AFTER.match(right):
        return "ratio"  # "One out of 10 voters": the ratio's first term
    if _COUNT_WORD_BEFORE.search(left) and _MODEL_AFTER.match(text, end, sent_end):
        return "model"  # "five 747s", "Five 737 MAX aircraft": the word counts, the digits name
    return None


_NUMBERED_NAME = re.compile(NUMBERED_NAMES)
#: A footnote's number glued to the word and stop before it ("Bakhmut,912 and", "MoD.915 As").
_FOOTNOTE_MARK = re.compile(r"\d{1,4}(?=\s)")
_GLUED_TO_WORD = re.compile(r"(?:[a-z][.,;:]|[a-z][.,;:][’'”]|[.,;:][’'”]|[’'”)][.,;:])\Z")


def _classify(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """A non-claim kind for the number at ``[start, end)``, or None for a count."""
    right = text[end : min(sent_end, end + 40)]
    # (the words before reach back over a list of labels: "resolutions 1718, 2375 and 2397")
    left = text[max(sent_start, start - 40) : start]
    page_kind = _page_kind(text, start, end, sent_start, sent_end)
    if page_kind is not None:
        return page_kind
    reported_how = _market_or_method(text, left, right, sent_start, sent_end)
    if reported_how is not None:
        return reported_how
    shaped = _shape_kind(text, start, end, left, right, sent_end)
    if shaped is not None:
        return shaped
    for pattern, kind in _RIGHT_KINDS:
        if pattern.search(right):
            if kind == "duration" and _LIFE_EXPECTANCY.search(text, sent_start, sent_end):
                return None  # "life expectancy fell by 0.2 years to 79.3 years": a measure
            return kind
    for pattern, kind in _LEFT_KINDS:
        if pattern.search(left):
            return kind
    if (
        _AGES_OF_COUNTED.search(left)
        and re.fullmatch(r"\d{2}", text[start:end])
        and re.match(r"\s*(?:,|and\b|[.;)]|$)", right)
    ):
        return "age"  # "two men, 59 and 64": the ages of the people just counted
    return _seismic_measure(left, right)


#: People just counted, then a comma and any ages already given ("two men, 59 and ").
_AGES_OF_COUNTED = re.compile(
    r"\b(?:two|three|four|five|\d)\s+(?:men|women|boys|girls)\s*,\s*(?:\d{2}\s*(?:,|and)\s*)*$",
    re.IGNORECASE,
)


#: A quake's size before its figure: "the magnitude of the quake at 7.4", "its intensity in
#: Wajima to 7", "an intensity of 7", "upper 5" on the Japanese scale.
_SEISMIC_LEFT = re.compile(
    r"\b(?:magnitude|intensity)\b[^.;:,“”\"\d]{0,40}?\b(?:at|was|is|to|of|reached)\s+"
    r"(?:(?:upper|lower)\s+)?$"
    r"|\b(?:upper|lower)\s+$",
    re.IGNORECASE,
)
#: A reading's verb before its figure, when no counted noun follows ("registered 7, the
#: highest level", "measuring 7.0", "measuring 1 or higher on the scale").
_READING_LEFT = re.compile(
    r"\b(?:measuring|measured|registering|registered|registers|of\s+magnitude)\s+$", re.IGNORECASE
)
_NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|\s+(?:or\s+(?:higher|more|above)|on\s+the|in\s+[A-Z]|struck|hit|shook"
    r"|rattled|jolted|occurred|was|were)\b)"
)


def _seismic_measure(left: str, right: str) -> str | None:
    """ "measure" for a quake's magnitude or intensity, never a count."""
    if _SEISMIC_LEFT.search(left) or (_READING_LEFT.search(left) and _NO_NOUN_AFTER.match(right)):
        return "measure"
    return None


def _page_kind(text: str, start: int, end: int, sent_start: int, sent_end: int) -> str | None:
    """A number the page uses but nobody claims: a footnote marker, a view count, a figure the
    sentence rejects, or one a correction note withdraws."""
    right = text[end : min(sent_end, end + 40)]
    left = text[max(sent_start, start - 25) : start]
    if text[start - 1 : start] == "[" and text[end : end + 1] == "]":
        return "footnote"  # "had been 13,000.[1]": a reference marker
    if any(
        m.start() <= start < m.end()
        for m in _NUMBERED_NAME.finditer(text, max(0, start - 10), min(len(text), end + 30))
    ):
        return "label"  # "38 North reported", "according to France 24": a source's name
    if _FOOTNOTE_MARK.match(text, start) and _GLUED_TO_WORD.search(text, max(0, start - 3), start):
        return "footnote"  # "… near Bakhmut,912 and …", "… with the MoD.915 According to"
    if _VIEWS_RIGHT.match(right) or (_VIEWS_LEFT.search(left) and _TIMES.match(right)):
        return "views"  # "shared more than 40,000 times", "40,000 views"
    if _REJECTED_LEFT.search(left) and _REJECTED_RIGHT.match(text, end, sent_end):
        return "rejected"  # "between 1,000 and 3,000, not 1,500"
    if _CORRECTION.search(text, sent_start, start):
        return "withdrawn"  # "An earlier version of this article said 3,000 …"
    return None


def _common_noun_age(left: str, right: str) -> bool:
    """An age told of someone named by a common noun or a pronoun ("The other, 20, had", "who
    is 27 and", "who said he was 26,", "was 17 when he crossed", "aged 20 and the other 26")."""
    if _AGE_PERSON_LEFT.search(left) and _AGE_RIGHT.match(right):
        return True
    if _AGE_COMPLEMENT_LEFT.search(left) or _AGE_OTHER_LEFT.search(left):
        return _AGE_COMPLEMENT_RIGHT.match(right) is not None
    return left.endswith(("was ", "is ")) and _AGE_WHEN.match(right) is not None


def _is_age(raw: str) -> bool:
    return bool(re.fullmatch(r"\d{1,3}", raw)) and 12 <= int(raw) <= 110


#: An owner before a year that names an edition or a period ("North Korea's 2025 shipments",
#: "its 2024 shipments", "their 2023 exports"): the year, not a count, whatever noun follows.
_OWNER_BEFORE_YEAR = re.compile(r"(?:[’']s|\b(?:its|their|his|her|our))\s+$", re.IGNORECASE)


def _is_year(raw: str, text: str, end: int, sent_end: int) -> bool:
    if not re.fullmatch(r"(?:19|20)\d\d", raw):
        return False
    if _OWNER_BEFORE_YEAR.search(text, max(0, end - len(raw) - 8), end - len(raw)):
        return True
    unit, _ = unit_after(text, skip_space(text, end, sent_end), sent_end)
    return unit is None or unit.split()[0].lower() not in COUNT_NOUNS


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
    for pattern, qualifier in _POSTPOSED_QUALIFIERS:
        if pattern.search(text[end : min(sent_end, end + 40)]):
            return qualifier, start, end, f"number.{qualifier}"
    # "approximately '2,700 injured'": a quotation opening between the hedge and its figure
    hedged = re.sub(r"(?<=\w)\s+[‘'“\"]$", " ", left)
    # "said ‘at least’ 100 boats": the hedge quoted, its closing mark before the figure
    hedged = re.sub(r"(?<=[a-z])[’'”\"]\s+$", " ", hedged)
    for pattern, qualifier in _LEFT_QUALIFIERS:
        match = pattern.search(hedged)
        if match:
            if _NEAR_PLACES.search(left) and _PLACES_AFTER.match(right):
                break  # "hit four brigades near eight settlements": where, not how many
            if _CONTROL_OVER.search(left):
                break  # "regained control over 2.2 square kilometres": what, not how many
            phrase_start = max(sent_start, start - 30) + match.start()
            return qualifier, phrase_start, end, f"number.{qualifier}"
    return "exact", start, end, "number.exact"


#: "near" or "over" before a count of places: a preposition of place, no hedge ("shot down
#: drones over four regions").
_NEAR_PLACES = re.compile(r"\b(?:near|nearer|over|across)\s*$", re.IGNORECASE)
_PLACES_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:settlements|villages|towns|cities|localities|communities|sites"
    r"|positions|bases|districts|islands|ports|harbou?rs|regions|oblasts|provinces|areas"
    r"|territories|countries|states|seas)\b",
    re.IGNORECASE,
)
#: "control over" before a figure: the preposition of what is controlled.
_CONTROL_OVER = re.compile(r"\bcontrol\s+over\s*$", re.IGNORECASE)


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
    if abs(value) > INT64_MAX:
        flags.append("out_of_range")
    mention = NumberMention(
        start, end, value, qualifier, low, high, "count", rule, flags=flags, words=words
    )
    if _PERCENT.search(text[end : min(sent_end, end + 25)]):
        mention.kind, mention.unit = "percent", share_unit(text, end, sent_end)
        return mention
    if _MONEY_LEFT.search(text[max(sent_start, num_start - 4) : num_start]) or _MONEY_RIGHT.match(
        text[end:sent_end]
    ):
        # a sum of money is not a count of anything the events table records
        mention.kind = "money"
        mention.unit = "money"
        return mention
    attach_unit(mention, text, end, sent_start, sent_end)
    mention.subset = _SUBSET_BEFORE.search(text, sent_start, start) is not None
    return mention


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
        attach_unit(mention, text, b, start, end)
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
        if re.fullmatch(r"\d\.\d", a_raw) and re.fullmatch(r"\d{1,3},000", b_raw) and not ascale:
            low = round(low * 1000)  # "2.5-3,000": 2,500 to 3,000
        low = _thousands_shared(a_raw, b_raw, ascale or bscale, low)
        sep = text[match.end("a") : match.start("b")] if not match.group("ascale") else ""
        if not found.free(*match.span()) or not high > low:
            continue
        if "or" in sep.lower() and high - low > max(10, low):
            continue
        # (the first figure with its scale word: "25-thousand" is no hyphened compound)
        a_end = match.end("ascale") if match.group("ascale") else match.end("a")
        kind = _classify(text, match.start("a"), a_end, start, end) or _classify(
            text, match.start("b"), match.end(), start, end
        )
        if _is_year(a_raw, text, match.end(), end) and _is_year(b_raw, text, match.end(), end):
            kind = "year"
        elif (
            re.fullmatch(r"(?:19|20)\d\d", a_raw)
            and not match.group("ascale")
            and (bscale or "," in b_raw)
        ):
            continue  # "its forecast for 2016 to 2,566 million tonnes": a year, then the figure
        if _CHANGE_FROM.search(text[max(start, match.start() - 40) : match.start()]):
            continue  # "rose from 3,000 to 5,000": two figures, not a range
        change = _CHANGE_BY.search(text[max(start, match.start() - 40) : match.start()])
        # (the words between the figures, past the first's scale: "12 million to 1.2 billion")
        between = text[match.end("ascale") if match.group("ascale") else match.end("a") :
                       match.start("b")].lower()  # fmt: skip
        if change is not None and "to" in between and (change.group("by") or high > 10 * low):
            continue  # "rose by 245 to 431,480", "declined 5,202 to 579,416": a change, a level
        if _ELIDED_CHANGE_FROM.search(text, start, match.start()) and _CHANGE_BEFORE.search(
            text, start, match.start()
        ):
            continue  # "T-90Ms increased from 50 to 200, and T-80s from 100 to 280": the same
        mention = NumberMention(
            match.start(), match.end(), None, "range", low, high, kind or "count", "number.range"
        )
        if mention.kind == "count" and _PERCENT.search(text[match.end() : end]):
            # "between 40 and 50 per cent"
            mention.kind, mention.unit = "percent", share_unit(text, match.end(), end)
        elif mention.kind == "count":
            attach_unit(mention, text, match.end(), start, end)
        found.add(mention, match.span())


def _thousands_shared(a_raw: str, b_raw: str, scale: str | None, low: int | float) -> int | float:
    """ "around 11 to 12,000", "8-10,000 troops": the first figure shares the second's
    thousands when it is a bare number just below the second's (11 of 12 thousands); "1 to
    10,000" (a ratio, a scale) stays as written."""
    head = re.fullmatch(r"(\d{1,3}),000", b_raw)
    if scale or head is None or not re.fullmatch(r"\d{1,3}", a_raw):
        return low
    thousands = int(head.group(1))
    return low * 1000 if thousands / 2 <= low < thousands else low


def _find_word_ranges(found: _Found) -> None:
    """ "between sixty and seventy", "two or three"."""
    text, start, end = found.text, found.start, found.end
    for match in _WORD_RANGE.finditer(text, start, end):
        if match.group("a")[0].isdigit() and match.group("b")[0].isdigit():
            continue  # two figures in digits: ``_find_ranges`` reads them
        low_w = _range_end(match.group("a"))
        high_w = _range_end(match.group("b"))
        if low_w is None or high_w is None or not high_w > low_w or not found.free(*match.span()):
            continue
        kind = _classify(text, match.start(), match.end(), start, end)
        mention = NumberMention(
            match.start(), match.end(), None, "range", low_w, high_w, kind or "count",
            "number.range", words=True,
        )  # fmt: skip
        if mention.kind == "count":
            attach_unit(mention, text, match.end(), start, end)
            # (a range with digits in it counts its noun as a figure in digits does)
            digits = match.group("a")[0].isdigit() or match.group("b")[0].isdigit()
            if (
                not _counted(mention)
                and not (digits and mention.unit)
                # "two to three decommissioned submarine modules": a plural noun counted
                and not _counts_plural(text, match.start(), mention, start)
            ):
                continue
        found.add(mention, match.span())


#: Thousands grouped with stops ("730.000 soldiers", "1.200.000 shells").
_DOTTED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def _dotted_thousands(
    text: str, raw: str, end: int, sent_end: int, value: int | float
) -> int | float:
    """ "730.000 soldiers", "15.000 pieces": a stop before three digits groups thousands when
    more than one does, or when a counted noun follows (nobody counts 15.000 pieces); not
    before a measure or a share ("2.500 km", "1.125 percent" may be precise decimals)."""
    if raw.count(".") > 1 or _PERCENT.match(text[end:sent_end]):
        return value  # (read as thousands already; or a share: "1.125 percent")
    unit, _ = unit_after(text, skip_space(text, end, sent_end), sent_end)
    # "at least 1.000 of the 11.000 troops", "it was at least 1.000": three zeros after the
    # stop are thousands, not a precision nobody writes (unless a measure follows)
    round_thousands = raw.endswith(".000") and not _MEASURE_AFTER.match(text, end, sent_end)
    return int(raw.replace(".", "")) if unit or round_thousands else value


#: A measure's unit after a number ("2.000 km", "1.000 tonnes").
_MEASURE_AFTER = re.compile(
    r"\s*(?:km|kilomet\w*|metres?|meters?|m\b|kg|kilo\w*|tonnes?|tons?|miles?|litres?|liters?"
    r"|degrees?|°|hectares?|ha\b|sq)",
    re.IGNORECASE,
)


def _find_digits(found: _Found) -> None:
    """Numbers in digits: counts, or a non-claim kind (date, year, calibre, age …)."""
    text, start, end = found.text, found.start, found.end
    for match in _DIGITS.finditer(text, start, end):
        a, b = match.span()
        if not found.free(a, b):
            continue
        raw, scale = match.group("num"), match.group("scale")
        if scale is not None:
            scale = _SCALE_SHORT.get(scale.lower(), scale)
        if match.group("short"):
            scale = {"m": "million", "bn": "billion", "k": "thousand"}[match.group("short").lower()]
        elif match.group("glued"):
            scale = match.group("glued").lower()
        value = _to_number(raw, scale)
        b, value = _with_spoken_tail(text, b, end, value)
        kind = _classify(text, a, b, start, end)
        if kind is None and scale is None and _DOTTED_THOUSANDS.fullmatch(raw):
            value = _dotted_thousands(text, raw, b, end, value)
        if kind is None and scale is None and _is_year(raw, text, b, end):
            kind = "year"
        if kind is not None:
            found.add(NumberMention(a, b, value, None, None, None, kind, f"skip.{kind}"))
            continue
        found.add(_count_mention(text, a, b, value, start, end, words=False))


#: A figure's type, kept through its spoken tail.
_N = TypeVar("_N", int, float)


def _with_spoken_tail(text: str, b: int, end: int, value: _N) -> tuple[int, _N]:
    """ "34-thousand-259", "four-thousand-100": a broadcast script's spelling of a figure whose
    thousands are written as a word, the rest in digits after another hyphen."""
    if not re.search(r"(?i:-thousand)$", text[max(0, b - 9) : b]):
        return b, value
    tail = _SPOKEN_TAIL.match(text, b, end)
    if tail is None:
        return b, value
    return tail.end(), value + int(tail.group(1))


_SPOKEN_TAIL = re.compile(r"-(\d{1,3})(?![\d,.]*\d)")
#: A scale word alone ("billion"), a number only after "a" or "one" ("a billion").
_BARE_SCALE = re.compile(r"(?i:hundred|thousand|million|billion|trillion)")
_ONE_OF_A_SCALE = re.compile(
    # ("an additional million rounds", "another million": one more of the scale)
    r"(?i:\ba|\bone|\bthe|\ban?\s+(?:additional|extra|further|estimated)|\banother)\s+$"
)


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
        b, number = _with_spoken_tail(text, b, end, number)
        if _BARE_SCALE.fullmatch(phrase) and not _ONE_OF_A_SCALE.search(
            text, max(start, a - 16), a
        ):
            continue  # "Rs1,470 billion" whose digits were not read: no number of its own
        kind = _classify(text, a, b, start, end)
        if kind is not None:
            found.add(
                NumberMention(a, b, number, None, None, None, kind, f"skip.{kind}", words=True)
            )
            continue
        if phrase.lower() == "one" and _one_is_pronoun(text, a, b, start, end):
            continue
        mention = _count_mention(text, a, b, number, start, end, words=True)
        model = _MODEL_COUNTED.match(text, b, end)
        if model is not None and mention.unit is None:
            # "five 747s", "Five 737 MAX aircraft": the model (and its noun) is what is counted
            mention.unit, mention.unit_end = model.group(1), model.end(1)
        # "Eleven were injured", "Some thirty are still trapped": the subject of what befell
        # them counts (its noun said before, else what befell them: ``units.with_harm_units``)
        harmed = HARMED_SUBJECT.match(text, b, end) if mention.unit is None else None
        if (
            number < 100
            and not _counted(mention)
            and harmed is None
            and "partitive_pronoun" not in mention.flags
            and not _counts_plural(text, a, mention, start)
            and not _coordinated_count(found, a, b)
            and not total_brought_to(text[start:a])
            and not IN_ALL.match(text, b)
            and not _others_after_count(found, a, b)
            and not _listed_after_count(found, a, b)
        ):
            continue  # "two of them" counts what "them" refers to
        found.add(mention)


#: Before a number word that is another item of a list of counts (", ", ", and ", "another ").
_LIST_ITEM_BEFORE = re.compile(
    # ("…, including five in Nanao", "with six in Goseong", "five from the Palisades Fire and
    # six from the Eaton Fire")
    r"(?:,\s+(?:and\s+|including\s+|with\s+|among\s+them\s+)?|\b(?:another|including)\s+"
    # "five from the Palisades Fire and six from …": after another item, its place named
    r"|\b(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?:from|in|on|at|near|along)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3}(?:\s+[a-z][^,;:.\d]{0,30}?)?\s+and\s+)$"
)
#: After it, where or when its noun (left out) was counted, or the count it is part of.
_ITEM_PLACE_AFTER = re.compile(
    r"\s+(?:from|in|on|over|at|near|along)\s+(?:the\s+)?[A-Z\w]|\s+of\s+(?:the|those|these)\s+\d"
)


def _listed_after_count(found: _Found, a: int, b: int) -> bool:
    """ "112 bodies from Donetsk, 20 in Luhansk, five from the Sumy direction", "three
    missiles overnight and another four on Saturday", "Three of the 390 released": a number
    word whose noun is left out, listed after a count of the same sentence or part of it."""
    text = found.text
    if _ITEM_PLACE_AFTER.match(text, b, found.end) is None:
        return False
    if re.match(r"\s+of\s", text[b : b + 4]):
        return True  # "Three of the 390 released were women": a part of a count
    return _LIST_ITEM_BEFORE.search(text, max(found.start, a - 60), a) is not None and any(
        m.kind == "count" and m.end <= a and a - m.end < 200 for m in found.mentions
    )


def _others_after_count(found: _Found, a: int, b: int) -> bool:
    """ "killed at least four people and injured six others": a number word before "others"
    after a count in the same sentence counts more of that count's noun."""
    return (
        # ("killed one person and injured four.": the count's noun left out at the clause end)
        re.match(r"\s+others\b|\s*(?:[,.;:)]|$)", found.text[b : found.end]) is not None
        # (a harm befalling them: "while two others wait" is a story's, no count)
        and re.search(r"\b(?:injur\w*|wound\w*|kill\w*|hurt|hospitali[sz]\w*)\s+$",
                      found.text[max(found.start, a - 30) : a]) is not None
        and any(m.kind == "count" and m.end <= a for m in found.mentions)
    )  # fmt: skip


def _coordinated_count(found: _Found, a: int, b: int) -> bool:
    """ "two people had died and four were missing": a number word after "and", subject of its
    own verb, counts the noun of the count before it in the sentence."""
    text = found.text
    counts = [m for m in found.mentions if m.kind == "count" and m.end <= a]
    if not counts:
        return False
    if (
        any(m.unit for m in counts)
        and re.search(r"\b(?:and|while|with)\s+$", text[max(found.start, a - 8) : a]) is not None
        # ("and three more were injured")
        and re.match(
            r"\s+(?:more\s+|others?\s+)?(?:were|are|was|is|had|have|remain|remained)\b",
            text[b : b + 20],
        )
        is not None
    ):
        return True
    # "15 in Wajima, five in Nanao, two each in Anamizu": a breakdown by place after a count
    # ("nine drones over the Rostov region and two over the Sea of Azov")
    return (
        re.search(r"(?:,|\band)\s+$", text[max(found.start, a - 6) : a]) is not None
        and re.match(r"\s+(?:each\s+)?(?:in|over|near|off|at)\s+(?:the\s+)?[A-Z]", text[b : b + 24])
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
#: A share written as a fraction word before what it is a share of ("almost half of the
#: missiles", "more than a third of the force", "two-thirds of the shells"), as a percentage.
_SHARE_WORDS: dict[str, int | float] = {
    "half": 50, "third": 33.3, "thirds": 66.7, "quarter": 25, "quarters": 75, "fifth": 20,
}  # fmt: skip
_SHARE = re.compile(
    r"(?<![\w-])(?P<share>half|(?:a|one)[\s-]+(?:third|quarter|fifth)|two[\s-]+thirds"
    r"|three[\s-]+quarters)(?:[”\"’']?\s+of\s+"
    # (not "a quarter of a million": a share of a scale word is a number)
    r"(?!(?:a\s+)?(?:million|billion|thousand|hundred|trillion)\b)"
    # of a whole that is counted, not of a year or a way ("the first half of 2024")
    r"(?!(?:the\s+)?(?:year|month|decade|century|way|time|day|week|season|game|match)\b|\d{4}\b)"
    r"(?=(?:the|its|their|his|her|all|these|those|them|this|that|[a-z]+|\d))"
    # "perhaps half had fallen short": a share of what was just counted, as the subject
    r"|(?=\s+(?:had|have|has|were|was|are|is)\s+[a-z]))",
    re.IGNORECASE,
)
#: Words before a fraction that make it a part of time or a team, not a share ("the first
#: half", "the other half", "one and a half").
_NOT_A_SHARE_BEFORE = re.compile(
    r"\b(?:first|second|last|latter|former|other|and|the|a|each|per)\s+$", re.IGNORECASE
)


#: A share worked out from other figures, not stated: in a condition ("If 4,000 casualties is
#: right, Pyongyang has lost more than a third"), as a consequence ("that is", "that implies",
#: ", so more than a quarter") or beside the figures it comes from ("With 15,000 men sent and
#: nearly a third of them casualties").
_WORKED_OUT = re.compile(
    r"\b(?i:if|that\s+is|that\s+implies|that\s+means|which\s+is|which\s+means)\b"
    r"|,\s+so\s+(?:[a-z]+\s+){0,2}$|^\W*(?i:with)\s+[\d,]+\s",
)


def _find_shares(found: _Found) -> None:
    """ "almost half of the missiles", "more than a third of the force": a share in words,
    as a percentage with the words' own qualifier (flagged, for the curator to see)."""
    text, start, end = found.text, found.start, found.end
    for match in _SHARE.finditer(text, start, end):
        a, b = match.span("share")
        if not found.free(a, b) or _NOT_A_SHARE_BEFORE.search(text, max(start, a - 10), a):
            continue
        if _WORKED_OUT.search(text[start:a]):
            continue  # "If 4,700 of 15,000 are out, that is nearly a third": arithmetic
        value = _SHARE_WORDS[match["share"].lower().split()[-1].split("-")[-1]]
        mention = _count_mention(text, a, b, value, start, end, words=True)
        mention.kind, mention.unit, mention.rule = "percent", "percent", "number.share_words"
        mention.flags.append("share_in_words")
        found.add(mention)


_PASSES = (_find_vague, _find_shares, _find_ranges, _find_word_ranges, _find_digits, _find_words)


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
    _same_figure_in_brackets(text, mentions)
    return mentions


def _same_figure_in_brackets(text: str, mentions: Sequence[NumberMention]) -> None:
    """ "as many as 90 lakh (9 million) shells": the same figure again in brackets right after
    it, written another way, is no second claim."""
    for before, after in pairwise(mentions):
        if (
            before.kind == after.kind == "count"
            and re.fullmatch(r"\s*\(\s*", text[before.end : after.start])
            and after.value is not None
            and after.value in {before.value, before.high, before.low}
        ):
            after.kind = "conversion"


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
    if unit is None or mention.unit_end is None or len(unit.split()) > 3:
        return False  # "two enemy observation posts" still counts posts
    # the noun, not a casualty word the unit carries ("fishermen drowned")
    words = unit.split()
    head = words[-2] if len(words) > 1 and words[-1].lower() in _HARMED_AFTER else words[-1]
    if not nominal(head) or text[mention.unit_end : mention.unit_end + 1] in {"'", "’"}:
        return False
    if head.lower() in UNCOUNTED_NOUNS and not (
        head.lower() in _COUNTED_COUNTRIES and mention.qualifier in {"at_least", "about"}
    ):
        # "ties between two countries": the parties of a relation; "at least eight
        # countries have joined" is a count
        return False
    return _DEFINITE.search(text, max(start, a - 12), a) is None


#: What happened to those counted, after their noun ("eleven fishermen drowned").
_HARMED_AFTER = frozenset({"drowned", "killed", "wounded", "injured", "dead", "missing", "died"})
#: Parties that a hedged number word counts ("at least eight countries have joined").
_COUNTED_COUNTRIES = frozenset({"countries", "nations"})


#: Words before a number that make it a definite set, not a count ("the two countries").
_DEFINITE = re.compile(
    r"\b(?:the|these|those|its|their|his|her|our|both|all|which|whose)\s+$", re.IGNORECASE
)


def _one_is_pronoun(text: str, a: int, b: int, start: int, end: int) -> bool:
    left = text[max(start, a - 8) : a].lower()
    right = text[b : min(end, b + 10)].lower()
    if re.match(r"\s+of\b", right) and re.search(
        r"\bat\s+least\s*$", text[max(start, a - 12) : a].lower()
    ):
        return False  # "at least one of its Pantsir systems": a count
    return bool(
        re.search(r"\b(?:no|any|every|each|the|this|that|which|anyone|someone)\s*$", left)
        or re.match(r"\s+(?:of|another|day|time|way|side)\b", right)
        # "Of the three photos, one shows about 300 containers": one of them, then its verb
        or re.match(r"\s+(?:shows|showed|depicts|depicted|features|appears|seems)\b", right)
    )
