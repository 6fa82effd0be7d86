"""Stage 3 of ``propose``, its unit half: what a number counts.

The counted noun of a number phrase: the noun after it ("4,000 soldiers", "about 50 170-mm
self-propelled guns": the noun after a calibre), a partitive's ("50 of the guns"), the noun
named before it ("the number of wounded at 1,000", "put losses at 3,800", "losses top 1,000",
"Casualties … have reached some 4,000", "bringing total casualties to 3,000", "raised its
count of the town's empty homes to 900", "puts job losses above 3,000", "the figure for the
dead is 30"), a fact-box label's ("Ballistic missiles supplied: at least 100", "Missing: 12"),
a later figure's ("at least 200 and perhaps as many as 500 homes"), or, for an elided noun
("up from 2,100", "900 of them", "the ministry's count of 700", "a second group of roughly
500", "fewer than 2,000 had reached the front"), the noun counted before
(:func:`resolve_antecedents`). Stdlib only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from timeline.curation.mentions import (
    GLUED_MEASURE,
    NUMBER_WORD,
    SCALES,
    NumberMention,
    skip_space,
)
from timeline.curation.vocabulary import (
    AT_FIGURE_VERBS,
    COUNT_NOUNS,
    DATA_NOUNS,
    ESTIMATE_NOUNS,
    GENERIC_PEOPLE,
    IRREGULAR_PARTICIPLES,
    PEOPLE_HEADS,
    PEOPLES_VERBS,
    SUBSTANTIVES,
    THINGS_COUNTED,
    UNIT_DROP_WORDS,
    UNIT_STOP_WORDS,
    alternation,
)

__all__ = [
    "IN_ALL",
    "attach_unit",
    "head_noun",
    "nominal",
    "resolve_antecedents",
    "total_brought_to",
    "unit_after",
]

#: A calibre or model number between a count and its noun ("8,000 152 mm shells", "40 more
#: KN-23 missiles"), skipped before the unit is read.
_MODEL = (
    r"(?:\d[\d,.]*[\s-]*(?:mm|millimet(?:er|re)s?|cm|centimet(?:er|re)s?|-inch|inch)\b"
    r"|[A-Z][A-Za-z]*-\d[\w-]*|[A-Z]{1,4}\d[\w-]*"
    # a weapon family and its model's number ("14 Leopard 2 tanks", "six Mirage 2000 jets")
    r"|(?:Leopard|Challenger|Marder|Gepard|Mirage|Piranha|Patriot|Tornado|Typhoon|Hawk)"
    r"\s+\d{1,4}[A-Za-z\d]*)"
)


_INTERPOSED = re.compile(
    r"(?:(?:more|additional|further|new|extra|other)\s+)?"
    r"(?:(?:[A-Z][a-z]+[\w-]*\s+){0,3}(?=\d|[A-Z]+\d|[A-Z][A-Za-z]*-\d))?"
    rf"{_MODEL}(?:\s+(?:and|or)\s+{_MODEL})*\s+(?=[a-z])"
)


#: "put/estimated <noun phrase> at <number>": the noun phrase names what is counted.
_PUT_AT = re.compile(
    rf"\b(?:{alternation(AT_FIGURE_VERBS)})\s+"
    r"(?P<np>(?:[\w’'-]+\s+){1,6}?)(?:at|above|below|over|under|beyond|between)\s+[“\"‘']?"
    r"(?:[a-z]+\s+){0,4}$"
)


#: "increased its estimated casualties to 4,000": the estimated noun phrase is what is counted.
_REVISED_ESTIMATED = re.compile(
    r"\b(?:raised|increased|revised|lowered|updated|upped|cut|raises|increases|revises|lowers"
    r"|updates|ups|cuts)\s+(?:its|their|the|his|her)\s+(?:[a-z]+\s+)?estimated\s+"
    r"(?P<np>(?:[\w’'-]+\s+){1,4}?)(?:up\s+|down\s+)?to\s+[“\"‘']?(?:[a-z]+\s+){0,4}$"
)


#: "put <noun phrase>" up to a figure whose qualifier is a word of its own ("puts job losses
#: above 3,000", "put unsold tickets below 900").
_PUT_BARE = re.compile(
    # 'puts North Korean losses "north of 3,000"': the qualifier quoted with its figure
    rf"\b(?:{alternation(AT_FIGURE_VERBS)})\s+(?P<np>(?:[\w’'-]+\s+){{1,6}}?)[“\"‘']?$"
)


#: "estimate of", "count of around", "put the toll at": a figure whose noun was said before.
_ESTIMATE_OF = re.compile(
    rf"\b(?:{alternation(ESTIMATE_NOUNS)})\s+(?:of|at)\s+(?:[a-z]+\s+){{0,3}}$", re.IGNORECASE
)


#: "put the dead at 640", "the number of wounded at some 2,300", "the wounded at almost
#: 1,000": a substantivised adjective before "at" and the number.
_SUBSTANTIVE_AT = re.compile(
    r"\b(?:(?:the|its|their)\s+)?(?:number\s+of\s+(?:the\s+)?)?(?:[a-z]+\s+)?"
    r"(?P<adj>dead|wounded|injured|killed|captured|missing)\s+at\s+[“\"‘']?(?:[a-z]+\s+){0,4}$",
    re.IGNORECASE,
)


#: A noun before the number: "rocket launchers numbering between 20 and 30", "shells
#: totalling 5,000".
_NOUN_NUMBERING = re.compile(
    # (not "the figures stood at A and B": the data's word, no counted noun)
    rf"\b(?!(?i:{alternation(DATA_NOUNS)})\b)"
    r"(?P<noun>[A-Za-z][a-z’'-]*[a-z]s)"
    r"(?:\s+in\s+[A-Z][\w’'-]*|\s+(?:in|among|from|on|at)\s+the\s+(?:[a-z’'-]+\s+){0,2}?[a-z’'-]+)?"
    r"(?:\s+(?:now|have|has|had|so\s+far|already)){0,2}(?:,|(?=\s+numbering))?\s+"
    r"(?:numbering|totall?ing|amounting\s+to|counting|top(?:s|ped)?|exceed(?:s|ed)?"
    r"|reach(?:es|ed)?|stand\s+at|stands\s+at|stood\s+at|total(?:s|led|ed)?)\s+"
    r"(?:[a-z]+\s+){0,4}$",
)


#: A possessor before a counted noun: "the town's", "North Korea's".
_POSSESSIVE = r"(?:[A-Z][\w.-]*\s+)*[\w.-]+[’']s\s+"


#: A total brought to the number ("bringing total casualties to 3,000", "taking the number of
#: evacuees to 900"): the noun brought there.
_BRINGING_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushed"
    rf"|lifting|lifted)\s+(?:the\s+|its\s+|their\s+)?(?:{_POSSESSIVE})?"
    r"(?:(?:total|overall|combined|latest|official)\s+)?"
    rf"(?:(?:number|count|tally|estimate|figure)\s+of\s+(?:the\s+)?(?:{_POSSESSIVE})?)?"
    r"(?:[a-z]+\s+)?(?P<noun>[a-z][a-z’'-]*[a-z]s)(?:\s+in\s+[A-Z][\w’'-]*)?"
    r"(?:\s+(?:this|last)\s+(?:week|month|year))?\s+to\s+(?:[a-z]+\s+){0,3}$"
)


#: A total brought to a figure without naming its noun ("bringing the number it holds to
#: four", "taking the tally to 40"): the noun counted before.
_TOTAL_BROUGHT_TO = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised|pushing|pushed"
    r"|lifting|lifted)\s+(?:the|its|their|his|her)\s+(?:(?:overall|total|official)\s+)?"
    r"(?:total|number|tally|count|toll|figure)\b(?:\s+(?!to\b)[\w’'-]+){0,4}\s+to\s+"
    r"(?:[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)


#: A total said without its noun: "two more prisoners, four in all".
IN_ALL = re.compile(r"\s+(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)
_IN_ALL_AT = re.compile(r"(?:in\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)


def total_brought_to(before: str) -> bool:
    """Whether the words before a figure bring a total to it ("bringing the number it holds
    to"): the figure is a count even as a small number word, its noun the one said before."""
    return _TOTAL_BROUGHT_TO.search(before) is not None


#: A number standing as the subject of a verb phrase ("2,000 had reached", "400 were killed").
_SUBJECT_OF_VERB = re.compile(
    r"(?:had|have|has|were|was)\s+(?:been\s+|already\s+)?[a-z]+(?:ed|en)\b"
)


#: "The board's figure for the dead is about 30": the noun the figure is for.
_FIGURE_FOR = re.compile(
    rf"\b(?:{alternation(ESTIMATE_NOUNS)})\s+(?:for|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){{0,2}}"
    r"(?:[a-z][\w-]*\s+){0,2}?(?P<noun>[a-z][a-z’'-]*)"
    # "Seoul's estimate of North Korean deaths, given by its spy agency in April, is about 600"
    r"(?:\s+(?:in|inside|since|among)\s+[^,]{1,40}?)?(?:\s*,[^,;:\d]{1,80},)?\s+"
    r"(?:is|was|are|were|stands\s+at|stood\s+at|had\s+been|has\s+been|remains|remained)\s+"
    r"(?:[a-z]+\s+){0,3}$",
)


#: "the latest figure for Lyon alone was about 800", "a second group of roughly 500": a
#: figure or group whose members were counted before.
_FIGURE_IS = re.compile(
    rf"\b(?:(?:{alternation(ESTIMATE_NOUNS)})(?:\s+for\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s+alone)?)?\s+(?:is|was|stands\s+at|stood\s+at|had\s+been|has\s+been)"
    r"|(?:group|contingent|batch|wave|detachment|party|column|rotation)\s+of)"
    r"\s+(?:[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)


#: "at least 200 and perhaps as many as 500 homes": a figure coordinated with a later one,
#: up to that one's digits; the two share the later noun.
_SHARED_WITH_NEXT = re.compile(
    # ("four Russian and four Chinese bombers": each figure's people, one noun)
    r"(?:\s+(?:[A-Z][a-z]+(?:an|ese|ish|ic|i)|Dutch|French|Swiss|Greek|Thai|Czech))?"
    r",?\s+(?:and|or|to)\s+(?:(?:possibly|perhaps|maybe|probably|likely|even|as\s+many\s+as"
    r"|as\s+much\s+as|up\s+to|more\s+than|nearly|almost|about|around|some|over|roughly)\s+)"
    # (the later figure ends on a digit: "to 5,000, officials said" shares no noun)
    r"{0,4}(?:\d(?:[\d,.]*\d)?(?:\s+(?:million|billion|thousand))?"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?=\s+[A-Z][a-z]+\s))"
    r"(?=\s)"
)


#: A collective noun before a verb of numbering ("the contingent in Russia now numbers").
_COLLECTIVE_NUMBERING = re.compile(
    r"\b(?:contingent|force|deployment|garrison|fleet|convoy|army|workforce|crew|delegation|group)"
    r"(?:\s+(?:in|of|at|on)\s+(?:the\s+)?[\w’'-]+)?(?:\s+(?:now|still|so\s+far))?\s+"
    r"(?:numbers|numbered|totals|totalled|totaled|stands\s+at|stood\s+at|reached|has\s+reached)"
    r"\s+(?:[a-z]+\s+){0,3}$"
)


#: A qualifier that is a verb of its subject ("losses top 1,000", "claims exceeded 300").
#: A qualifier word right after its subject ("losses top 1,000", "casualties near 3,600").
_EXCEEDS = re.compile(
    r"(?:top(?:s|ped)?|exceed(?:s|ed)?|surpass(?:es|ed)?|near(?:s|ed)?|approach(?:es|ed)?"
    r"|above|below|over|under|past"
    r"|(?:had|has|have)\s+passed)\b",
    re.IGNORECASE,
)


_SUBJECT_NOUN = re.compile(
    # not a verb of saying or belief ("in numbers Berlin believes exceed 1,000")
    r"\b(?!(?:believes|says|thinks|reckons|expects|assumes|suggests)\b)"
    # nor a verb or function word ending in "s" ("the total was over 100,000": no noun)
    r"(?!(?i:was|has|does|this|thus|plus|less|unless|its|ones|always|perhaps)\b)"
    # ("Casualties in the Kursk region exceeded 3,000": at the sentence's start, and a place
    # after the noun)
    r"(?P<noun>(?<![\w’'-])[A-Za-z][a-z’'-]*[a-z]s)"
    r"(?:\s+in\s+[A-Z][\w’'-]*|\s+(?:in|among|from|on|at)\s+the\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
    r"(?:\s+(?:now|have|has|had))?\s+$"
)


#: "58 of 81 drones": a count out of a total takes the total's noun.
_OF_NUMBER = re.compile(
    r"(?:out\s+)?of\s+(?:the\s+)?(?:(?:about|around|some|nearly|almost|roughly|approximately"
    # ("Two out of five missiles": the whole in words)
    rf"|an\s+estimated)\s+)?(?:\d[\d,]*|{NUMBER_WORD})\s+"
)


#: "another 1,500", "a further 2,000": more of the noun said before.
_ANOTHER = re.compile(r"\b(?:another|a\s+further|an\s+additional|a\s+further)\s+$", re.IGNORECASE)


#: "20 others", "40 more": the noun said before.
_OTHERS = re.compile(r"\s*others\b")


#: Words after a number that are never its noun.
_NOT_NOUNS: frozenset[str] = frozenset(
    # "12 remain trapped", "40 died": a verb after the number, whose subject it is
    {"others", "percent", "min", "times", "remain", "remained", "remains", "stay", "stayed",
     "died", "fled", "survived", "returned", "approx", "ca",
     # "with 300 having returned to combat", "300 being treated": a participle, not a noun
     # ("about 200 more preparing to join", "40 waiting to cross")
     "having", "being", "preparing", "waiting", "hoping", "planning", "trying", "seeking",
     "awaiting", "undergoing",
     # irregular past tenses ("around 12,000 came in the first wave", "300 went home")
     "came", "went", "fought", "left", "fell", "ran", "hid", "stood", "lay", "rose", "sat",
     # "the 125,000 estimate", "just 100,000 shy of the target": the figure's own words
     "estimate", "figure", "forecast", "mark", "shy",
     # "fewer than 50 appear to have hit": a verb
     "appear", "appeared", "appears", "seem", "seemed", "seems"}
)  # fmt: skip


#: Finite verbs that end a counted noun ("30 men went", "300 boats sank").
_IRREGULAR_PASTS: frozenset[str] = frozenset(
    # (never a participle that may sit on the noun: "one in three North Koreans sent")
    {"came", "went", "fought", "fell", "ran", "stood", "rose", "fled", "sank", "began",
     "became", "grew", "were", "was", "are", "is", "have", "had", "has",
     # the present in the third person, and a contraction: "10,000 troops comes after …",
     # "20,000 soldiers seems unlikely", "12,000 troops that’s been sent"
     "comes", "seems", "appears", "remains", "looks", "means", "stands", "marks", "represents",
     "makes", "takes", "brings", "that's", "that’s", "it's", "it’s", "who's", "who’s"}
)  # fmt: skip


#: A figure with its noun earlier in the sentence, then a verb of casualties and "and"
#: ("100 soldiers have been killed and"): the next figure's adjective elides that noun.
_EARLIER_COUNT = re.compile(
    r"\d[\d,.]*\s+(?:[A-Za-z-]+\s+){0,3}?(?P<noun>[a-z]+(?:s|men))\s+"
    # "had been killed and", or "left 21 climbers dead and"
    r"(?:(?:have\s+been|had\s+been|have|had|were|was)\s+)?"
    # ("About 300 soldiers died, and 4,100 wounded": the verb of dying too, and a comma)
    r"(?:killed|wounded|injured|captured|dead|died)\s*,?\s+(?:and|while|with)\s+"
    r"(?:[a-z]+\s+){0,2}$"
)


#: A figure without its noun ("100 of them", "300"), then a verb of dying and "and": the next
#: figure's casualty adjective counts the same people ("… had been killed and 1,000 wounded").
_EARLIER_ELIDED = re.compile(
    r"\d[\d,.]*\s+(?:of\s+(?:them|those|whom)\s+)?"
    r"(?:(?:have\s+been|had\s+been|have|had|were|was)\s+)?"
    r"(?:killed|dead|died)\s*,?\s+(?:and|while|with)\s+(?:[a-z]+\s+){0,2}$"
)
#: The flag of a casualty adjective whose people are the figure before's antecedent.
HARMED_OF_ANTECEDENT = "harmed_of_antecedent"


#: A model name in a fact-box label ("KN-23/KN-24 missiles fired", "A-320 jets grounded").
_LABEL_MODEL = r"[A-Z][A-Za-z]*-\d[\w/-]*"


#: A fact-box line up to its figure: "• Ballistic missiles supplied: at least ".
_LABEL_BEFORE = re.compile(
    # a year may stand in the label ("Rounds delivered in 2024: about 3 million")
    rf"[•*·–-]?\s*(?P<label>(?:{_LABEL_MODEL}|[A-Za-z])"
    rf"(?:{_LABEL_MODEL}|[^:.;,“”\"\d]|(?:19|20)\d\d\b){{0,80}}):\s+(?:[a-z]+\s+){{0,3}}"
)


#: After "killed": the wounded counted with them, no noun of their own.
#: Who a casualty phrase without a noun counts ("more than 3,000 killed or wounded"): the
#: people this dataset's casualty figures are about.
PEOPLE_COUNTED = "soldiers"

#: Bodies of soldiers counted by their members ("puts the contingent at 12,000").
_COLLECTIVES = frozenset({"force", "forces", "contingent", "deployment"})

#: "a force of about 11,000": a body of soldiers, then its size.
_COLLECTIVE_OF = re.compile(
    r"\b(?:force|contingent|deployment)\s+of\s+(?:(?:about|around|some|roughly|up\s+to|"
    r"at\s+least|more\s+than|nearly|almost|over)\s+)?$",
    re.IGNORECASE,
)

#: "the estimate of the force, given last week, is": the size of a body of soldiers, with no
#: other figure between it and the number.
_SIZE_OF_COLLECTIVE = re.compile(
    r"\b(?:number|estimate|count|tally|size)\s+of\s+(?:the|its|their|this|that)\s+"
    r"(?:force|contingent|deployment)\b[^.;\d]*$",
    re.IGNORECASE,
)

#: A pronoun standing for a noun said before ("It now puts those at …").
_BACK_REFERENCE = re.compile(r"\b(?:those|these|them)\b", re.IGNORECASE)

_AND_WOUNDED = re.compile(r",?\s+(?:and|or)\s+(?:wounded|injured)\b(?!\s+[a-z]+s\b)")


#: A clause break, not a thousands separator ("11,000").
_CLAUSES = re.compile(r";|,(?!\d)")


#: A figure said straight after a verb of saying ("In September they told us 8,000", "he
#: said 300"): a figure restated, counting the noun counted before.
_SAID_FIGURE = re.compile(
    r"\b(?:told\s+(?:us|me|them|him|her|reporters|lawmakers)|said|says)\s+(?:[a-z]+\s+){0,1}$"
)


#: A figure a participle or a verb of counting gives without a noun ("…, killing about 20",
#: "as the port counts 40", "their number has grown to almost 900"): the noun the sentence
#: named before it.
_COUNTING_BEFORE = re.compile(
    r"\b(?:killing|capturing|wounding|injuring|rescuing|evacuating|detaining|arresting"
    r"|downing|destroying|counting)\s+(?:[a-z]+\s+){0,2}$"
    r"|\b(?:counts|counted|tallies|tallied)\s+(?:[a-z]+\s+){0,2}$"
    r"|\b(?:their|its)\s+(?:number|numbers|total|count|tally|strength)\s+(?:(?:has|had|have|now)\s+)?"
    r"(?:grown|risen|rose|reached|climbed|fallen|fell|dropped|increased|is|was|stands|stood)"
    r"(?:\s+(?:to|at))?\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


#: "the claims, which it now puts at roughly 3,600": the noun the relative clause is on.
_WHICH_PUT_AT = re.compile(
    r"\b(?P<noun>[a-z][a-z’'-]*[a-z]s)\s*,?\s+which\s+(?:\w+\s+){0,3}"
    r"(?:puts?|putting|estimates?|estimated|numbers?|numbered|places?|placed)\s+at\s+"
    r"(?:[a-z]+\s+){0,3}$"
)


#: Words before a plural that make it a noun ("the wolves", "North Korean troops").
_DETERMINERS = frozenset(
    {"the", "their", "its", "his", "her", "our", "these", "those", "of", "more", "other", "some"}
)


def _noun_named_before(before: str) -> str | None:
    """The nearest plural noun of the sentence before a figure: a counted noun, or a plural
    after a determiner or a capitalised adjective ("tracked the wolves", "North Korean
    troops") or opening the sentence ("Ferries …"); verbs such as "counts" are not nouns."""
    words: list[str] = _WORD.findall(before)
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        if (
            not _plural(word)
            or word.lower().endswith(("'s", "’s"))  # "Ukraine's": a possessive
            or (word[0].isupper() and index > 0)
            or word.lower() in UNIT_STOP_WORDS
            or len(word) < 4  # "as", "is"
        ):
            continue
        previous = words[index - 1] if index > 0 else None
        if (
            word.lower() in COUNT_NOUNS
            or previous is None
            or previous.lower() in _DETERMINERS
            or previous[0].isupper()
        ):
            return word.lower()
    return None


#: A figure compared with an earlier one ("That is up from 980 the week before"): its noun
#: is the one counted before, even in the sentence before.
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|climbing|dropping)\s+from\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


#: A death toll as the subject of the figure ("the death toll rose to", "death toll at").
_DEATH_TOLL_BEFORE = re.compile(
    r"\b(?P<kind>death|casualty)\s+(?:toll|count|tally)"
    # "the death toll from the quake has risen to 60"
    r"(?:\s+(?:from|in|of|after|on|at|among|for)\s[^.;:“”\"\d]{1,100}?)?,?\s+"
    r"(?:(?:has|had|have|now|rose|risen|rises|climbed|climbs|jumped|stands|stood|reached|hit"
    r"|passed|pass|to|at|of|is|was|could|may|might|would|increased|grown|exceeded|surpassed"
    r"|already|further|sharply)\s+){0,4}(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


_FRONTED_PARTITIVE = re.compile(
    r"^\W*(?:(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Hh]alf|[Ss]everal|[Ff]ew)\s+)?[Oo]f\s+"
    # "Of the 256 aboard the boat, 110 were women": a whole by its figure alone
    r"(?:them|those|these|the\s+\d[\d,.]*(?:\s+[a-z][\w-]*){1,5})\s*,"
)


#: A whole named up front, then its part ("Among the troops dispatched last year, 600 …",
#: "Of the 5,000 boats in the fleet, 300 …" reads its noun where the number is).
_FRONTED_WHOLE = re.compile(
    # ("Of the total drones deployed, 138 …": the whole's noun after "total")
    r"^\W*(?:Among|Of)\s+(?:the|these|those)\s+(?:(?:total|overall|entire)\s+)?"
    r"(?P<noun>[a-z][\w-]*s)\b[^,;:“”\"\d]{0,60},\s*"
    r"(?:(?:about|around|some|roughly|nearly|almost|at\s+least|more\s+than|over)\s+)?$"
)
#: "of them", "of those", "of these": a partitive whose noun is the antecedent's.
_OF_PRONOUN = re.compile(r"\s*of\s+(?:them|those|these)\b", re.IGNORECASE)
#: The plural noun right after "of them" that says what the part is ("three of them generals").
_NOUN_AFTER = re.compile(r"\s+([a-z]+s|women|men|people|children)\b(?!\s+(?:of|who|which|that)\b)")


_CASUALTY_AFTER = re.compile(
    r"^[^,.;“”\"]{0,40}?\b(?:have|has|had|were|was|are|been|being|got|get)\s+(?:\w+\s+)?"
    r"(?P<what>killed(?:,\s*wounded)?(?:\s*(?:,|or|and)\s*(?:wounded|injured|captured|missing))*"
    r"|wounded|injured|captured|taken\s+prisoner)\b",
    re.IGNORECASE,
)


#: The whole of a partitive just before a figure: "4,000 of the roughly", "a quarter of the".
_WHOLE_OF_PART = re.compile(
    r"\bof\s+(?:the|its|their|these|those)\s+(?:(?:roughly|about|some|around|nearly|almost"
    r"|approximately|estimated|more\s+than|over|at\s+least)\s+)?$",
    re.IGNORECASE,
)


#: "the number of", "the total of": a phrase naming the counted noun after it.
_COUNT_OF = re.compile(r"\b(?P<key>number|estimate|count|tally|total)\s+of\s+", re.IGNORECASE)

_NUMBER_OF = re.compile(rf"{_COUNT_OF.pattern}(?P<np>[^,.;“”\"]*)$", re.IGNORECASE)


#: Time nouns: "the number of the day" counts no day.
_TIME_NOUNS = frozenset({"day", "week", "month", "year", "days", "weeks", "months", "years"})


_NUMBER_OF_END: frozenset[str] = frozenset(
    [
        # "the number of staff detained by the Houthis": the agent's phrase ends the noun's
        "by",
        "from",
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
        "reaches",
        "reach",
        "rises",
        "totals",
        "climbed",
        "climbs",
        "passed",
        "surpassed",
        "from",
        "across",
        "during",
        "since",
        # "the number of injured also surpassing two thousand": an adverb, then the verb
        "also",
        # "the number of people missing following the wildfires": what they followed
        "following",
        "after",
        "amid",
        "still",
        "surpassing",
        "exceeding",
        "topping",
        "reaching",
        "nearing",
        "passing",
    ]
)


#: A word, or a model number written in capitals and digits ("M1989", "KN-23", "T-72B3").
_WORD = re.compile(r"[A-Z][A-Z]*-?\d[A-Za-z0-9-]*(?![\w’'])|[A-Za-z][A-Za-z’'-]*")


_MORE_THAN = re.compile(r"\s+than\b", re.IGNORECASE)


#: A partitive after a number ("50 of the 170 mm guns", "eight of those vehicles"): the
#: determiner, and a calibre or number before the counted noun, are skipped.
_PARTITIVE = re.compile(
    rf"of\s+(?:(?:the|those|these|its|their|his|her|our)(?:\s+[A-Za-z][\w.-]*[’']s)?"
    rf"|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s)\s+"
    # "4,000 of the roughly 12,000 soldiers sent": the whole's own qualifier
    r"(?:(?:roughly|about|around|some|nearly|almost|approximately|an\s+estimated|estimated"
    r"|more\s+than|over|at\s+least|up\s+to)\s+)?"
    rf"(?:(?:\d[\d,.]*|{NUMBER_WORD})(?:[\s-]*(?:mm|millimet(?:er|re)s?|cm)\b)?\s+)?",
    re.IGNORECASE,
)


Word = tuple[str, int, int]


#: What follows "earlier" or "later" used of time: "earlier this month", "later in the year".
_WHEN_AFTER = re.compile(r"\s+(?:this|that|last|in|on|than)\b|\s*[,.;:)]|\s*$")


def _word_passed_over(text: str, match: re.Match[str], words: list[Word], end: int) -> int | None:
    """Where the phrase goes on after a word that is no noun of it: a compass point cut short
    ("6,000 N. Korean casualties", kept with the adjective) or an adverb before a participle
    ("over 6,000 reportedly killed", dropped)."""
    word = match.group(0)
    if word in {"N", "S"} and re.match(r"\.\s[A-Z][a-z]", text[match.end() : match.end() + 4]):
        words.append((word + ".", match.start(), match.end() + 1))
        return match.end() + 2
    if not words and _ADVERB_BEFORE_PARTICIPLE.match(text, match.start(), end):
        return match.end() + 1
    return None


def _past_opening_quote(text: str, cursor: int, words: list[Word]) -> int | None:
    """Past an opening quotation mark before a word inside the noun's words, or before a
    quoted name opening them ('267 "Shahed" attack drones', "640 “Shaheds”"), or None."""
    if words and text[cursor] in '“‘"' and _WORD.match(text, cursor + 1):
        return cursor + 1
    if not words and _QUOTED_NAME.match(text, cursor):
        return cursor + 1
    return None


#: A name of one word in quotation marks ("“Shaheds”", '"Storm"').
_QUOTED_NAME = re.compile(r"[“‘\"][A-Z][\w-]*[”’\"“](?=[\s,.;:)]|$)")  # ('“Shahed“': a typo)


def _past_closing_quote(text: str, match: re.Match[str]) -> int:
    """The end of a word, past the closing mark of a quoted name ("“Storm” troops")."""
    end = match.end()
    opened = text[match.start() - 1 : match.start()] in {"“", "‘", '"'}
    return end + 1 if opened and text[end : end + 2] in {"” ", "’ ", '" ', "“ "} else end


def _phrase_words(text: str, pos: int, end: int) -> list[Word]:
    """The words after a number, one space apart, up to a stop word, punctuation or six words;
    coordinated proper adjectives ("Russian and North Korean") stay together."""
    cursor = pos
    words: list[Word] = []
    while cursor < end:
        opened = _past_opening_quote(text, cursor, words)
        if opened is not None:
            cursor = opened  # "100 of the best “Storm” troops": a quoted name among the words
            continue
        match = _WORD.match(text, cursor)
        calibre = _CALIBRE.match(text, cursor, end) if match is None and words else None
        if calibre is not None:
            cursor = calibre.end()  # "170 domestically made 170mm self-propelled guns"
            continue
        if match is None:
            stripped = text[cursor:end].lstrip(" ")
            if not stripped or not _WORD.match(stripped):
                break
            cursor = end - len(stripped)
            continue
        if text[cursor : match.start()]:
            break
        word = match.group(0)
        skipped = _word_passed_over(text, match, words, end)
        if skipped is not None:
            cursor = skipped
            continue
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
        if word in {"and", "or"} and (
            # "2,300 individuals and entities", "towns and villages": one count of both
            _nouns_coordinated(words, text, match.end(), end)
            # "300 engineering and construction personnel": two modifiers of one noun
            or (word == "and" and _modifiers_coordinated(words, text, match.end(), end))
        ):
            words.append((word, match.start(), match.end()))
            cursor = match.end() + 1
            continue
        # "600 crew reportedly left": the noun ends before an adverb of the clause
        # ("30 young men went to Russia": the noun ends before its verb)
        stop = (
            word.lower() in UNIT_STOP_WORDS
            # "3,000 earlier this month": when, not "3,000 earlier attempts"
            or (word.lower() in {"earlier", "later"} and _WHEN_AFTER.match(text, match.end()))
            or (words and (word in _CLAUSE_ADVERBS or word in _IRREGULAR_PASTS))
            or _rate_adverb(text, match, end, bool(words))
        )
        if (stop or len(words) >= 6) and not (
            # "1,200 more containers": "more" before a noun is dropped below, not a stop
            word.lower() == "more" and not words and not _MORE_THAN.match(text, match.end())
        ):
            break
        words.append((word, match.start(), match.end()))
        cursor = _past_closing_quote(text, match)
        # one space between words; anything else ends the phrase
        if cursor >= end or text[cursor] != " ":
            break
        cursor += 1
    return words


#: How often ("2,700 Shaheds monthly", "200 interceptors daily"): a rate, never the noun;
#: before a noun it is an adjective of it ("500 daily flights").
_RATE_WORDS = frozenset(
    {"daily", "weekly", "monthly", "yearly", "annually", "nightly", "hourly", "quarterly"}
)


def _rate_adverb(text: str, match: re.Match[str], end: int, after_words: bool) -> bool:
    """Whether a rate word ends the counted noun: after the noun, or alone before a stop."""
    if match.group(0).lower() not in _RATE_WORDS:
        return False
    following = (
        _WORD.match(text, match.end() + 1, end)
        if text[match.end() : match.end() + 1] == " "
        else None
    )
    return after_words or following is None or following.group(0).lower() in UNIT_STOP_WORDS


#: Adverbs of a clause, never inside a counted noun ("600 crew reportedly left"; not
#: "largely untrained soldiers", an adverb of the noun's adjective).
#: Those that also stand before a figure's participle and count nothing ("over 6,000
#: reportedly killed", "allegedly captured").
_HEARSAY_ADVERBS = frozenset(
    {"reportedly", "allegedly", "reputedly", "apparently", "officially", "initially",
     "previously"}
)  # fmt: skip
_CLAUSE_ADVERBS = _HEARSAY_ADVERBS | {"recently", "eventually", "subsequently", "later", "already"}
#: An adverb of hearsay before a participle ("reportedly killed").
_ADVERB_BEFORE_PARTICIPLE = re.compile(rf"(?:{alternation(_HEARSAY_ADVERBS)})\s+[a-z]+ed\b")
#: A calibre among a noun's modifiers ("170mm", "152-mm").
_CALIBRE = re.compile(r"\d+(?:\.\d+)?-?mm\s")
#: Up to three lower-case words after "and" ending on a plural noun.
_PLURAL_AHEAD = re.compile(r"\s(?:[a-z][a-z-]*\s+){0,2}(?:[a-z][a-z-]*s|personnel)\b")


def _modifiers_coordinated(words: list[Word], text: str, pos: int, end: int) -> bool:
    """Whether "and" joins two modifiers of one noun ("engineering and military construction
    personnel"): no noun yet before it, lower-case words ending on a plural after it."""
    return (
        bool(words)
        and all(
            w[0].islower() and not _plural(w[0]) and w[0] not in UNIT_DROP_WORDS | SUBSTANTIVES
            for w in words
        )
        and _PLURAL_AHEAD.match(text, pos, end) is not None
    )


#: A lone plural noun, then the end of the counted phrase ("individuals and entities.").
_LONE_PLURAL_AHEAD = re.compile(
    # (not before a verb: "12 bodies and officials were searching" joins two clauses)
    r"\s([a-z][a-z-]*s)\b(?=\s*(?:[,.;:)]|$|\s+(?:in|on|at|from|to|for|with|by|across)\b))"
)


def _nouns_coordinated(words: list[Word], text: str, pos: int, end: int) -> bool:
    """Whether "and"/"or" joins two plural nouns counted together ("2,300 individuals and
    entities", "towns and villages"): one lower-case plural before it, one after, and the
    phrase ends there."""
    after = _LONE_PLURAL_AHEAD.match(text, pos, end)
    return (
        len(words) == 1
        and words[0][0].islower()
        and _plural(words[0][0])
        and words[0][0] not in UNIT_DROP_WORDS | SUBSTANTIVES
        and after is not None
        and nominal(after.group(1))
        and after.group(1) not in SUBSTANTIVES
    )


def _leading_dropped(words: list[Word]) -> int:
    """How many leading words are not the noun: capitalised ones ("North Korean soldiers",
    "KN-23 missiles") and words such as "more" or "wounded"."""
    index = 0
    while index < len(words) and (
        words[index][0][0].isupper() or words[index][0].lower() in UNIT_DROP_WORDS
    ):
        index += 1
    return index


#: Words after a casualty word that are no noun of it ("600 dead among them").
_NOT_AFTER = frozenset({"among", "amongst", "alone"})


#: A figure of two digits or more just before the words, not a year ("14,000 North Koreans
#: sent"): a lone small number before a people is as often an aside as a count.
_FIGURE_BEFORE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d\s)\d[\d,.]*\d\s+$")


def _participle(word: str) -> bool:
    """Whether a word after a noun starts a reduced relative clause ("sent", "deployed")."""
    lowered = word.lower()
    return lowered in IRREGULAR_PARTICIPLES or (lowered.endswith("ed") and len(lowered) > 4)


#: A people's plural in "-is" ("Nepalis", "Pakistanis", "Iraqis", "Saudis", "Qataris"), and
#: the places and names that look like one.
_PEOPLE_IN_IS = re.compile(r"[A-Z][a-z]+[dhlnqrt]is")
_PLACES_IN_IS = frozenset({"Paris", "Tunis", "Dennis", "Memphis", "Curtis", "Tbilisi"})


def _people_in_capitals(words: list[Word]) -> tuple[str | None, int | None]:
    """ "300 Britons", "30,000 North Koreans": a people named in capitals, ending on a plural,
    is the counted noun when no lower-case noun follows ("300 to Russia" counts nothing)."""
    if (
        words
        and all(word[0][0].isupper() for word in words)
        and len(words[-1][0]) > 3
        # (a people in "-ese" is its own plural: "3,800 Timorese"; one in "-i" adds an "s":
        # "104 Nepalis", "60 Iraqis")
        and (
            _plural(words[-1][0])
            or words[-1][0].endswith("ese")
            or (_PEOPLE_IN_IS.fullmatch(words[-1][0]) and words[-1][0] not in _PLACES_IN_IS)
        )
    ):
        return " ".join(word[0] for word in words), words[-1][2]
    return None, None


def _participle_after_substantive(words: list[Word], index: int) -> bool:
    """Whether the dropped words end on a casualty word and a participle follows ("wounded
    fighting")."""
    return (
        0 < index < len(words)
        and words[index - 1][0].lower() in SUBSTANTIVES
        and (words[index][0].lower().endswith("ing") or words[index][0].lower() in _NOT_AFTER)
        and not nominal(words[index][0])
    )


#: A size written as a number compound before the counted noun ("20-foot", "40-tonne").
_SIZE_COMPOUND = re.compile(r"\s*\d[\d,.]*-(?:foot|feet|tonne|ton|metre|meter|inch|litre)\b")
#: A span of time back from now right after a figure ("two weeks ago", "a month earlier").
_TIME_AGO = re.compile(
    r"\s*(?:a|an|one|two|three|four|five|six|several|few|\d+)\s+(?:days?|weeks?|months?|years?)"
    r"\s+(?:ago|earlier|before|later)\b",
    re.IGNORECASE,
)


def _counted_words_start(text: str, pos: int, end: int) -> int | None:
    """Where the counted noun's words start after a figure: past a size ("about 300 20-foot
    containers"); None when a time follows instead ("from just 3000 two weeks ago")."""
    if _TIME_AGO.match(text, pos, end):
        return None
    sized = _SIZE_COMPOUND.match(text, pos, end)
    return sized.end() if sized is not None else pos


def unit_after(text: str, pos: int, end: int) -> tuple[str | None, int | None]:
    """The counted noun after ``pos``: the words up to a stop word or punctuation, without
    leading proper adjectives ("North Korean") or words like "more"."""
    start = _counted_words_start(text, pos, end)
    if start is None:
        return None, None
    words = _phrase_words(text, start, end)
    if words and words[0][0].lower() == "strong":  # "3,000-strong force"
        words = words[1:]
    index = _leading_dropped(words)
    if (
        len(words) > index + 2
        and re.fullmatch(r"[a-z]{3,}ly", words[index][0])
        and _participle(words[index + 1][0])
    ):
        index += 2  # "domestically produced howitzers": an adverb and its participle
    kept = words[index:]
    if (
        kept
        and index
        and (
            (_participle(kept[0][0]) and _FIGURE_BEFORE.search(text, max(0, pos - 24), pos))
            # "about 70 Tongans serve in the British Army", "3,800 Timorese work in Korea"
            or kept[0][0].lower() in PEOPLES_VERBS
        )
    ):
        # "14,000 North Koreans sent to Russia": the people in capitals, then a participle
        people = _people_in_capitals(words[:index])
        if people[0] is not None:
            return people
    harmed = _people_then_harmed(words, index)
    if harmed is not None:
        # "25,000 Palestinians killed due to strikes": the people, then what befell them
        return harmed
    if _participle_after_substantive(words, index):
        # "260 wounded fighting fires": a participle clause, not the noun
        return words[index - 1][0].lower(), words[index - 1][2]
    if not kept:
        # "640 dead", "2,500 wounded": the adjective is the noun when none follows
        if words and words[-1][0].lower() in SUBSTANTIVES:
            return words[-1][0].lower(), words[-1][2]
        return _people_in_capitals(words)
    unit, unit_end = _head_phrase(kept)
    if unit in _MEASURE_WORDS and unit_end is not None:
        # "220 units of multiple rocket launchers", "40 pieces of debris": what is counted
        # comes after "of"; the measure word alone names nothing
        of = _MEASURE_OF.match(text, unit_end, end)
        counted = unit_after(text, of.end(), end) if of is not None else (None, None)
        if of is not None and counted[0] is not None:
            # "pieces of military hardware took part": the noun, not the verb after it
            noun = _VERB_AFTER_NOUN.sub("", counted[0])
            # (the noun's end in the text: its last word, found again from "of")
            last = noun.split()[-1]
            return f"{unit} of {noun}", text.index(last, of.end()) + len(last)
    return unit, unit_end


#: A verb after a mass noun ("hardware took part", "debris was found").
_VERB_AFTER_NOUN = re.compile(
    r"\s+(?:took|take|takes|was|were|is|are|has|have|had|will|would|went|came|arrived"
    r"|remain|remained|paraded|rolled)\b.*$"
)
#: Words that count items of what follows "of" ("units of", "pieces of").
_MEASURE_WORDS = frozenset({"units", "pieces", "items", "sets", "pairs", "batches", "lots"})
_MEASURE_OF = re.compile(r"\s+of\s+(?:(?:\d[\d,.]*|[a-z]+)[\s-]*(?:mm|millimetre|millimeter)\s+)?")


_HARMED_AFTER_PEOPLE = frozenset(
    {"killed", "wounded", "injured", "detained", "displaced", "arrested", "captured", "abducted"}
)


def _people_then_harmed(words: list[Word], index: int) -> tuple[str, int] | None:
    """ "Palestinians killed", "Yemenis detained": a people in capitals and the participle of
    what befell them, both among the leading words a noun would drop."""
    first_lower = next((j for j in range(index) if not words[j][0][0].isupper()), None)
    if not first_lower or words[first_lower][0].lower() not in _HARMED_AFTER_PEOPLE:
        return None
    people, _ = _people_in_capitals(words[:first_lower])
    if people is None:
        return None
    return f"{people} {words[first_lower][0].lower()}", words[first_lower][2]


def _head_phrase(kept: list[Word]) -> tuple[str | None, int | None]:
    """The counted noun phrase of the words after a number, up to its head noun."""
    # stop before a verb-looking word after the head ("soldiers killed ..." handled apart)
    result: list[tuple[str, int, int]] = []
    for item in kept:
        if item[0][0].isupper() and result and not any(nominal(w[0]) for w in result):
            result = []  # "4,000 exhausted North Korean troops": an adjective, then the noun's
            continue
        if item[0].lower() in UNIT_DROP_WORDS or item[0][0].isupper():
            break
        result.append(item)
    while result and result[-1][0].lower() in {"and", "or"}:
        result.pop()  # "one person and injured four others": the clause goes on, no noun
    if not result:
        return None, None
    # the head noun ends the phrase: the first plural ("artillery shells crossed")
    for index, item in enumerate(result):
        lowered = item[0].lower()
        plural = lowered.endswith("s") and not lowered.endswith(("ss", "us", "is"))
        if plural or lowered in {"personnel", "people", "aircraft", "men", "women", "children"}:
            # "special forces troops": a plural noun right after is the head
            following = result[index + 1 : index + 2]
            if following and nominal(following[0][0]) and following[0][0].lower().endswith("s"):
                index += 1  # "measles cases": the last plural of a compound is its head
            elif following and following[0][0] in {"and", "or"} and len(result) == index + 3:
                index += 2  # "individuals and entities": two nouns counted together
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
    if _SIZE_OF_COLLECTIVE.search(before):
        return PEOPLE_COUNTED  # "the Pentagon's estimate of the force, given last week, is …"
    found = list(_COUNT_OF.finditer(before))
    for start in reversed(found):
        # the last phrase that names a noun ("The number of casualties has tripled since
        # the previous estimate of 1,100": casualties)
        match = _NUMBER_OF.match(before, start.start())
        head = _head_of_number_of(match) if match is not None else None
        if match is None or head is None or head.split()[0].lower() in _TIME_NOUNS:
            continue  # "the number of the day: 200"
        if match["key"].lower() != "number" and not _plural(head.split()[0]):
            continue  # "the union's count of more than 90": no noun named
        return head
    return None


def _head_of_number_of(match: re.Match[str]) -> str | None:
    """The counted noun of a "number of …" phrase, with its casualty words."""
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
    capitals = list(itertools.takewhile(lambda w: w[0].isupper(), words))
    if (
        capitals
        and _plural(capitals[-1])
        and len(capitals[-1]) > 3
        and (not nouns or not _plural(nouns[0]))
    ):
        return " ".join(capitals)  # "the number of North Koreans already in Kursk"
    if not nouns:
        return None
    # the head is the first counted or plural noun ("ballistic missiles transferred"), not a
    # participle after it; failing one, the last word
    # "the number of artillery shells": a plural is the head, not the noun modifying it; the
    # last of a run of plurals ("measles cases")
    index = next((i for i, w in enumerate(nouns) if _plural(w)), None)
    if index is None:
        # "staff detained": the noun, not the participle after it
        bare = [w for w in nouns if not _participle(w)] or nouns
        head = next((w for w in nouns if w.lower() in COUNT_NOUNS), bare[-1])
    else:
        while index + 1 < len(nouns) and _plural(nouns[index + 1]):
            index += 1
        head = nouns[index]
    suffix = _casualty_suffix(" ".join(words))
    return f"{head} {suffix}" if suffix else head


#: A phrase of place or time after the counted noun ("casualties in Russia", "losses since
#: October"): the noun phrase ends before it.
_PLACE_AFTER_NOUN = re.compile(
    r"\s(?:in|inside|near|across|around|during|since|among|along|on)\s", re.IGNORECASE
)


#: Adjectives that count people when used as nouns ("the dead", "North Korean wounded").
_HARMED_WORDS = frozenset({"dead", "wounded", "injured", "killed", "missing", "captured"})
#: "Casualties are estimated at around 4,000", "members have risen to about 4,000": the
#: subject of a passive estimate or of a verb reaching the figure.
_SUBJECT_REACHES = re.compile(
    # "the dead numbered some 600": a substantive adjective is a subject too
    r"\b(?P<noun>[a-z][a-z’'-]*s|dead|wounded|injured|missing)(?:\s+(?:in|among|on|inside|from)\s+[^,;:\d]{1,50}?)?\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+)?"
    r"(?:estimated|put|placed|pegged|believed\s+to\s+(?:be|number|stand\s+at))\s+at"
    r"|(?:have|has|had)\s+(?:now\s+)?(?:risen|grown|climbed|increased|jumped)\s+to"
    r"|(?:rose|climbed|grew|jumped)\s+to"
    # "casualties in the fighting had reached about 4,700", "shells now number more than"
    r"|(?:(?:have|has|had)\s+(?:now\s+)?)?reached|(?:now\s+)?(?:number|numbered|total|totalled"
    r"|totaled))\s+(?:[a-z]+\s+){0,3}$"
)


#: A plural subject right before a verb that moves it to the figure.
_PLURAL_SUBJECT_MOVED = re.compile(
    r"\b(?P<noun>[A-Za-z][a-z’'-]*[a-rt-z]s)\s+(?:(?:have|has|had)\s+(?:now\s+)?(?:risen|grown"
    r"|climbed|increased|jumped|fallen|dropped|declined|decreased)|rose|climbed|grew|jumped"
    r"|fell|dropped|declined|decreased)\s+to\s+(?:[a-z]+\s+){0,3}$"
)
#: Subjects that rise and fall without counting anything ("prices rose to 5.2").
_LEVEL_NOUNS = frozenset(
    {"prices", "rates", "levels", "figures", "numbers", "totals", "rents", "costs", "values",
     "wages", "salaries", "sales", "revenues", "profits", "earnings", "exports", "imports",
     "temperatures", "yields", "shares", "stocks", "ratings", "scores", "odds", "results",
     "fares", "fees", "tariffs", "bills", "premiums", "payments", "budgets", "debts", "gates",
     "attendances", "readings", "margins"}
)  # fmt: skip
#: Nouns and substantive adjectives a subject counts with ("losses", "the dead").
_SUBSTANTIVES = frozenset({"losses", "dead", "wounded", "injured", "missing"})
#: States of a group counted: no group that "of them" can refer back to.
_STATES = (_SUBSTANTIVES - {"losses"}) | {"killed"}


def _unit_from_put_at(before: str, pattern: re.Pattern[str] = _PUT_AT) -> str | None:
    """The noun of "estimated North Korean casualties at close to 3,000" before a number."""
    match = pattern.search(before)
    if match is None:
        return None
    # "estimated North Korean casualties in Russia at about 4,000": the noun before the place
    np: str = _PLACE_AFTER_NOUN.split(match.group("np"), maxsplit=1)[0]
    np = re.sub(r"\s(?:there|here)\s*$", " ", np)  # "put North Korean losses there at …"
    raw: list[str] = [w.lower() for w in _WORD.findall(np)]
    if raw and raw[-1] in _HARMED_WORDS:
        return raw[-1]  # "puts North Korean dead in Russia at about 600": the dead
    words = [
        w
        for w in _WORD.findall(np)
        if not w[0].isupper()
        and w.lower() not in UNIT_DROP_WORDS | {"the", "its", "their", "his", "her"}
    ]
    if not words or any(w.lower() in UNIT_STOP_WORDS for w in words):
        return None
    lowered = {w.lower() for w in words}
    if "toll" in lowered and lowered & {"death", "casualty"}:
        # "put the death toll at 31,000": the dead; "the casualty toll": the casualties
        return "dead" if "death" in lowered else "casualties"
    if lowered & _COLLECTIVES:
        return PEOPLE_COUNTED  # "puts the force at about 11,000": the soldiers in it
    return next(
        (
            w
            for w in words
            if w.lower() in COUNT_NOUNS
            or (w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "is")))
        ),
        None,
    )


def _unit_start(text: str, end: int, sent_end: int) -> int:
    """Where the counted noun phrase after a number starts: past "-strong", a closing quote
    and an interposed calibre or model ("8,000 152 mm shells")."""
    pos = end
    if text.startswith("-strong", pos):
        pos += len("-strong")
    pos = skip_space(text, pos, sent_end)
    # ('88 “entities”': an opening quotation mark before the noun, too)
    closing = re.match(
        r"[”\"’']\s+(?=[A-Za-z])|(?:·|—|–)\s+(?=[a-z])|[“‘](?=[a-z])", text[pos:sent_end]
    )
    proper = re.match(r"(?:·|—|–)\s+(?:[A-Z][a-z]+\s+){1,2}(?P<noun>[a-z]+)", text[pos:sent_end])
    if closing is None and proper is not None and proper["noun"] in COUNT_NOUNS:
        closing = re.match(r"(?:·|—|–)\s+", text[pos:sent_end])  # "15,000 · North Korean troops"
    if closing is not None:
        # '"at least three million" rounds': the quote ends on the number; "4 · prisoners
        # held": a box's separator between the figure and its noun
        pos += closing.end()
    if _MODELS.match(text, pos, sent_end):
        return pos  # "18 MiG-29s and 34 …": the model is the noun, not a model before one
    interposed = _INTERPOSED.match(text, pos, sent_end)
    return interposed.end() if interposed is not None else pos


#: A weapon counted by its model's name in the plural ("MiG-29s", "Su-25s", "KN-23s").
_MODELS = re.compile(r"[A-Z][A-Za-z]{1,5}-\d{1,3}[A-Za-z]?s\b")


def _noun_after(text: str, pos: int, sent_end: int) -> tuple[str | None, int | None]:
    """The counted noun after ``pos``, through a partitive ("800 of the troops", "58 of 81
    drones"); a participle or an "others" is no noun ("700 published last week", "20
    others": the noun said before)."""
    model = _MODELS.match(text, pos, sent_end)
    if model is not None:
        return model.group(0), model.end()  # "18 MiG-29s, 34 Su-25s": aircraft by their model
    unit, unit_end = unit_after(text, pos, sent_end)
    if unit is None:
        more = re.match(r"(?:more|fewer|further)\s+(?=of\b)", text[pos:sent_end])
        if more is not None:
            pos += more.end()  # "1,000 more of Pyongyang's soldiers"
        partitive = _PARTITIVE.match(text, pos, sent_end) or _OF_NUMBER.match(text, pos, sent_end)
        if partitive is not None:
            unit, unit_end = unit_after(text, partitive.end(), sent_end)
            if unit is not None and not any(nominal(word) for word in unit.split()):
                unit, unit_end = None, None  # "800 of those already armed": a pronoun
    if unit is not None and (
        unit.split()[0].lower() in _NOT_NOUNS | IRREGULAR_PARTICIPLES | _DOING
        # "820 shortly after midday", "1,996 partially and 349 completely": an adverb, not
        # the noun (which was said before); "daily flights" keeps its adjective
        or (_ADVERB_LY.fullmatch(unit.split()[0].lower()) is not None and len(unit.split()) == 1)
        or (
            unit.split()[0].lower().endswith("ed")
            and unit.split()[0].lower() not in SUBSTANTIVES
            and not any(nominal(word) for word in unit.split())
        )
    ):
        return None, None
    return unit, unit_end


#: An adverb in "-ly" (not "family", "ally", "supply", "daily" …, nouns and adjectives).
_ADVERB_LY = re.compile(
    r"(?!(?:family|ally|assembly|supply|reply|rally|tally|anomaly|daily|weekly|monthly|yearly"
    r"|quarterly|belly|jelly|lily|bully|fly)$)[a-z]{3,}ly"
)


#: What a group is doing, after its number ("3,000 fighting in the rear"): no noun.
_DOING = frozenset(
    # (not "training grounds", "working groups", "living quarters": modifiers of a noun)
    {
        "fighting",
        "serving",
        "waiting",
        "studying",
        "staying",
        "remaining",
        "deployed",
        "stationed",
        # "with 388 entering this week": the noun said before, on the move
        "entering",
        "crossing",
        "arriving",
        "leaving",
        "fleeing",
        "returning",
    }
)


def _harmed(
    mention: NumberMention, text: str, where: tuple[int, int, int, int], unit: str, unit_end: int
) -> tuple[str, int]:
    """The unit of a figure followed by "killed" or "dead" (``where``: the sentence's start,
    the number's end, the unit's start, the sentence's end)."""
    sent_start, end, pos, sent_end = where
    both = _AND_WOUNDED.match(text, unit_end, sent_end)
    if both is None:
        if unit.lower() == "killed" and re.fullmatch(r"[\s·—–]*", text[end:pos]):
            # "at least 100 killed": the people killed, soldiers here ("100 dead" stays dead)
            return f"{PEOPLE_COUNTED} killed", unit_end
        return unit, unit_end
    # "more than 3,000 killed or wounded" counts people, the dead and the wounded: in this
    # dataset's reporting, soldiers (the gold's convention); after a pronoun ("puts those at
    # roughly 4,000 killed and wounded") the casualties it stands for; after "losses had
    # passed" the losses counted
    joined = " ".join(text[unit_end : both.end()].strip(" ,").split())
    reached = _LOSSES_REACHED.search(text, sent_start, end)
    if reached is not None:
        return reached.group("noun").lower(), both.end()
    put = _unit_from_put_at(text[sent_start : mention.start])
    if put in {"losses", "casualties"}:
        # "put North Korean losses there at over 4,000 killed and wounded"
        return put, both.end()
    if _BACK_REFERENCE.search(text, sent_start, mention.start):
        return "casualties", both.end()
    return f"{PEOPLE_COUNTED} {unit.lower()} {joined}", both.end()


_GLUED = re.compile(GLUED_MEASURE)


#: Nouns of places counted where something happened ("across 17 oblasts").
_PLACE_NOUNS = frozenset(
    {"oblasts", "regions", "districts", "provinces", "countries", "cities", "towns", "villages",
     "states", "areas", "settlements", "communities", "municipalities", "counties",
     "prefectures", "territories", "locations", "sites", "islands", "ports"}
)  # fmt: skip
#: A preposition of place right before a figure ("across", "in", "over", "throughout").
_LOCATIVE_BEFORE = re.compile(r"\b(?:across|in|over|throughout|around)\s+$")


def attach_unit(
    mention: NumberMention, text: str, end: int, sent_start: int, sent_end: int
) -> None:
    glued = _GLUED.match(text, end, sent_end)
    if glued is not None:
        # "11,170MW", "12kg of cocaine": the measure written against the number
        mention.unit, mention.unit_end = glued.group(0), glued.end()
        return
    pos = _unit_start(text, end, sent_end)
    unit, unit_end = _noun_after(text, pos, sent_end)
    if unit is not None and _harmed_of_earlier(mention, text[sent_start : mention.start], unit):
        mention.unit_end = unit_end
        return
    if unit is not None and unit_end is not None and unit.lower() in {"killed", "dead"}:
        unit, unit_end = _harmed(mention, text, (sent_start, end, pos, sent_end), unit, unit_end)
    if unit is not None and unit_end is not None:
        mention.unit_end = unit_end
        tail = text[unit_end : min(sent_end, unit_end + 60)]
        match = _CASUALTY_AFTER.search(tail)
        suffix = _casualty_suffix(match.group("what")) if match else None
        if _WHOLE_OF_PART.search(text, max(sent_start, mention.start - 40), mention.start):
            # "about 4,000 of the roughly 12,000 soldiers sent have been killed": the verb is
            # the part's; the whole counts soldiers, not the dead
            suffix = None
        if suffix and unit.split()[-1].lower() in COUNT_NOUNS:
            unit = f"{unit} {suffix}"
        if mention.unit is None or unit.lower() not in {"people"}:
            mention.unit = unit
    before = text[sent_start : mention.start]
    mention.locative = (
        mention.unit is not None
        and head_noun(mention.unit).split()[-1].lower() in _PLACE_NOUNS
        and _LOCATIVE_BEFORE.search(before) is not None
    )
    if mention.unit is None or mention.unit.lower() in {"people", "persons", "individuals"}:
        mention.unit = _unit_before(before) or mention.unit
    if mention.unit is None:
        mention.unit = _unit_elsewhere(mention, text, end, sent_end, before)
    if mention.unit is not None and mention.unit.lower() in SCALES:
        # "rose by 46,000 to 3.025 million": the next figure's scale word is no counted noun
        mention.unit = None
    if mention.unit is None:
        _mark_elided(mention, text, pos, sent_end, before)


def _harmed_of_earlier(mention: NumberMention, before: str, unit: str) -> bool:
    """Whether a casualty adjective ("wounded") counts the people of the figure before it in
    the sentence, and so the unit it takes (set on ``mention``)."""
    earlier = _EARLIER_COUNT.search(before)
    if unit.lower() in SUBSTANTIVES and earlier is not None:
        # "100 soldiers have been killed and nearly 1,000 wounded": the soldiers said
        # before, wounded ("soldiers wounded")
        mention.unit = f"{earlier.group('noun')} {unit.lower()}"
        mention.flags.extend(["elided_noun", "antecedent_unit"])
        return True
    if unit.lower() in {"wounded", "injured", "captured", "missing"} and _EARLIER_ELIDED.search(
        before
    ):
        # "about 100 of them had been killed and close to 1,000 wounded": the wounded of the
        # people the figure before counted (its noun found later, from its antecedent)
        mention.unit = unit.lower()
        mention.flags.append(HARMED_OF_ANTECEDENT)
        return True
    return False


def _unit_elsewhere(
    mention: NumberMention, text: str, end: int, sent_end: int, before: str
) -> str | None:
    """The counted noun of a figure with none after it, from a construction around it."""
    if text[mention.start : mention.start + 1].isalpha():
        # "puts job losses above 3,000": the qualifier starts the mention
        put = _unit_from_put_at(before, _PUT_BARE)
        if put is not None:
            return put
    if _EXCEEDS.match(text, mention.start):
        # "losses top 1,000": the verb is the qualifier, its subject the counted noun
        subject = _SUBJECT_NOUN.search(before)
        return subject.group("noun").lower() if subject is not None else None
    shared = _SHARED_WITH_NEXT.match(text, end, sent_end)
    if shared is not None:
        # "at least 200 and perhaps as many as 500 homes": the later figure's noun
        noun, noun_end = _noun_after(text, _unit_start(text, shared.end(), sent_end), sent_end)
        if noun is not None and text[end : end + 1] == " " and text[end + 1 : end + 2].isupper():
            # "four Russian and four Chinese bombers": the noun counts this figure too
            mention.unit_end = noun_end
        return noun
    counting = _COUNTING_BEFORE.search(before)
    if counting is not None:
        # "…, killing about 20", "as the port counts 40": the noun named before
        named = _noun_named_before(before[: counting.start()])
        if named is not None:
            mention.flags.extend(["elided_noun", "antecedent_unit"])
            return named
    return None


#: A verb of harm right before its figure ("killed at least", "injures", "wounding about").
_HARM_VERB_BEFORE = re.compile(
    r"\b(?P<verb>kill(?:ed|s|ing)|injur(?:ed|es|ing)|wound(?:ed|s|ing))\s+"
    r"(?:(?:at\s+least|about|around|some|nearly|almost|more\s+than|over|up\s+to|roughly"
    r"|approximately|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_HARMED_AS_NOUN = {"kill": "killed", "inju": "injured", "woun": "wounded"}


#: A plural subject whose parts the figures are ("The deaths include 15 in Wajima").
_PLURAL_INCLUDES = re.compile(
    r"\b(?i:the)\s+(?P<noun>deaths|dead|casualties|victims|injured|wounded|missing|evacuees)\s+"
    r"(?:include|included|includes)\s+(?:(?:at\s+least|about|some)\s+)?$",
)


def _harmed_subject(before: str) -> str | None:
    """The harmed counted by a toll or a plural subject before the figure: "death toll rises
    to 205" (the dead), "raised the casualty count to 300", "The deaths include 15 in Wajima"
    (the plural subject the figure is part of)."""
    toll = _DEATH_TOLL_BEFORE.search(before)
    if toll is not None:
        return "dead" if toll.group("kind").lower() == "death" else "casualties"
    includes = _PLURAL_INCLUDES.search(before)
    return includes.group("noun").lower() if includes is not None else None


def _unit_before(before: str) -> str | None:
    """The counted noun named before the number ("the number of X … is N", "put X at N", "the
    wounded at 1,000", "losses top 1,000")."""
    named = (
        _unit_from_number_of(before)
        or _unit_from_put_at(before)
        or _unit_from_put_at(before, _REVISED_ESTIMATED)
    )
    if named is not None:
        return named
    reaches = _SUBJECT_REACHES.search(before)
    if reaches is not None and reaches.group("noun").lower() in COUNT_NOUNS | _SUBSTANTIVES:
        return reaches.group("noun").lower()
    harmed = _harmed_subject(before)
    if harmed is not None:
        return harmed
    figure_for = _FIGURE_FOR.search(before) or _WHICH_PUT_AT.search(before)
    if figure_for is not None and nominal(figure_for.group("noun")):
        # "the figure for the dead is about 30", "the claims, which it puts at 3,600"
        return figure_for.group("noun").lower()
    substantive = _SUBSTANTIVE_AT.search(before)
    if substantive is not None:
        return substantive.group("adj").lower()
    numbering = _NOUN_NUMBERING.search(before) or _BRINGING_TO.search(before)
    if numbering is not None and numbering.group("noun").lower() not in UNIT_STOP_WORDS:
        # (not "bringing its total … to": "its" and "total" are no noun and verb)
        return numbering.group("noun").lower()
    if _COLLECTIVE_OF.search(before):
        return PEOPLE_COUNTED  # "a force of about 11,000": the soldiers in it
    label = _LABEL_BEFORE.fullmatch(before)
    return _plural_subject_moved(before) or (
        _unit_of_label(label.group("label")) if label is not None else None
    )


def _plural_subject_moved(before: str) -> str | None:
    """ "illegal crossings fell to 75,900", "homicides have dropped to 300": what a plural
    subject right before the verb counts; never a level ("fares rose to 300") nor the object
    of a preposition in the subject ("the death toll from a landslide in the central
    highlands rose to 144")."""
    moved = _PLURAL_SUBJECT_MOVED.search(before)
    if (
        moved is None
        or moved.group("noun").lower() in _LEVEL_NOUNS
        or not nominal(moved.group("noun"))
        or re.search(
            r"\b(?:in|from|of|at|on|near|for|with|by|among|across|over)\s+(?:\S+\s+){0,3}$",
            before[: moved.start("noun")],
        )
    ):
        return None
    return moved.group("noun").lower()


def _unit_of_label(label: str) -> str | None:
    """The counted noun of a fact-box label: its first plural noun ("Ballistic missiles
    supplied"), or the label itself when it is one casualty word ("Missing", "Captured")."""
    words: list[str] = _WORD.findall(label)
    plural = next((w.lower() for w in words if _plural(w) and w[1:].islower()), None)
    if plural is not None:
        return plural
    if len(words) == 1 and words[0].lower() in SUBSTANTIVES:
        return words[0].lower()
    phrase = " ".join(words).lower()
    if (
        len(words) == 3
        and words[0].lower() in {"killed", "dead"}
        and _AND_WOUNDED.fullmatch(phrase, len(words[0]))
    ):
        return f"{PEOPLE_COUNTED} {phrase}"  # "Killed or wounded: about 4,000"
    return None


#: A figure of change right after its preposition ("fell to ", "down from about ").
_TO_OR_FROM = re.compile(
    r"\b(?:fell|rose|dropped|declined|climbed|increased|decreased|grew|jumped|slipped|up|down"
    r"|falling|rising|dropping|climbing)\s+(?:to|from)\s+(?:[a-z]+\s+){0,2}$"
)


#: A plural noun as the predicate of a partitive ("Of those, roughly 500 are officers").
_PREDICATE_NOUN = re.compile(
    r"\s*(?<![\w-])(?:are|were)\s+(?:(?:now|still|all|also)\s+)?([a-z][a-z’'-]+)\b"
)


#: Predicates that say what became of a group, not what its members are.
_STATE_PREDICATES = frozenset({"deaths", "casualties", "fatalities", "losses", "injuries", "dead"})


def _counted_predicate(word: str) -> bool:
    """Whether a predicate word is a counted noun, not a participle or an adjective."""
    lowered = word.lower()
    if lowered in SUBSTANTIVES or lowered in _STATE_PREDICATES:
        return False  # "Of those, 400 were dead / casualties": a state of the group counted
    return (
        nominal(word)
        and not lowered.endswith(("ed", "ing"))
        and (lowered in COUNT_NOUNS or _plural(lowered) or lowered in _IRREGULAR_PLURALS)
    )


def _mark_elided(mention: NumberMention, text: str, pos: int, sent_end: int, before: str) -> None:
    """Flag a number without a noun: "900 of them" (the antecedent's), "up from 2,100",
    "another 1,500", "20 others", "the ministry's count of 700" (the noun said before)."""
    of_pronoun = _OF_PRONOUN.match(text, pos, sent_end)
    fronted = _FRONTED_WHOLE.search(before)
    if fronted is not None and not of_pronoun and nominal(fronted.group("noun")):
        # "Among the troops dispatched last year, 600 have died": the whole named up front
        mention.unit = fronted.group("noun").lower()
        mention.flags.append("elided_noun")
        return
    if of_pronoun or _FRONTED_PARTITIVE.search(before):
        # "900 of them", "Of those, roughly 400 were killed": the antecedent's noun, the
        # nearest counted noun before it in the sentence when there is one
        mention.flags.append("partitive_pronoun")
        named = _NOUN_AFTER.match(text, of_pronoun.end(), sent_end) if of_pronoun else None
        if named is not None and named.group(1).lower() in COUNT_NOUNS and nominal(named[1]):
            mention.unit = named.group(1).lower()  # "500 officers, three of them generals"
            return
        predicate = _PREDICATE_NOUN.match(text, of_pronoun.end() if of_pronoun else pos, sent_end)
        if predicate is not None and _counted_predicate(predicate.group(1)):
            mention.unit = predicate.group(1).lower()  # "Of those, roughly 500 are officers"
            # what the part is, not what the whole counts: no antecedent of later figures
            mention.flags.append("predicate_unit")
            return
        earlier = _CLAUSES.split(before)[:-1]  # an earlier clause, not the number's own
        nouns = [
            w for w in _WORD.findall(" ".join(earlier)) if w.lower() in COUNT_NOUNS and nominal(w)
        ]
        if nouns:
            mention.unit = nouns[-1].lower()
            mention.flags.append("antecedent_unit")
        return
    if _PARTITIVE.match(text, pos, sent_end) is not None:
        return
    mention.flags.append("elided_noun")  # "up from 2,100": the noun said before
    mention.change = _TO_OR_FROM.search(before) is not None
    put_at = _PUT_AT.search(before)
    if put_at is not None:
        # "North Korea has sent troops to Russia, and the JCS put the number at 10,000": the
        # counted noun named earlier in the sentence, when there is one
        earlier = _CLAUSES.split(before[: put_at.start()])[:-1]  # not the claimant's clause
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
        # "Zelenskyy, the same day, puts the figure above 3,000": the figure said before
        or _PUT_BARE.search(before) is not None
        or _CHANGE_BEFORE.search(before) is not None
        # "the latest figure for Lyon alone was about 800", "a second group of roughly 500"
        or _FIGURE_IS.search(before) is not None
        or _SAID_FIGURE.search(before) is not None
        or _IN_ALL_AT.match(text, pos, sent_end) is not None
        or total_brought_to(before)
        or _ANOTHER.search(before) is not None
        or _OTHERS.match(text, pos, sent_end) is not None
        # "One of them said fewer than 2,000 had reached the front": the number is the
        # subject of its verb, the noun counted before
        or _SUBJECT_OF_VERB.match(text, pos, sent_end) is not None
    )
    if _HARMED_AFTER.match(text, pos, sent_end):
        mention.harms_people = True  # "roughly 300 had been killed": people
    if _WENT_AFTER.match(text, pos, sent_end) or _MOVED_BEFORE.search(before):
        mention.went = True  # "about 12,000 are training in the Far East": people sent


#: Losses or casualties, then a verb reaching the figure ("North Korean losses in Kursk had
#: passed 4,000 killed and wounded"): what the figure counts.
_LOSSES_REACHED = re.compile(
    r"\b(?P<noun>losses|casualties)\b[^.;:\d]{0,60}?\b(?:reached|passed|topped|exceeded"
    r"|surpassed|neared|approached|hit|(?:stood|stand|stands)\s+at|(?:rose|risen|climbed)\s+to"
    r"|near|top|pass|exceed|reach)\s+(?:[a-z]+\s+){0,3}\d[\d,.]*$",
    re.IGNORECASE,
)
#: A verb saying people were harmed right after an elided figure ("300 had been killed",
#: "2,700 were wounded", "600 died"): its antecedent must count people.
_HARMED_AFTER = re.compile(
    r"\s*(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|are\s+|had\s+|have\s+|has\s+)?"
    r"(?:killed|wounded"
    r"|injured|hurt|died|dead|captured|missing|taken\s+prisoner|evacuated|hospitali[sz]ed)\b",
    re.IGNORECASE,
)


#: A verb saying a force went or stays somewhere right after an elided figure ("12,000 are
#: training", "11,000 who arrived", "3,000 sent in January", "15,000 in total across").
_WENT_AFTER = re.compile(
    r"\s*(?:(?:who|that)\s+)?(?:(?:are|were|have\s+been|had\s+been|was|is|remain|remained)"
    r"\s+)?(?:training|sent|deployed|dispatched|stationed|arrived|moved|rotated|serving"
    r"|fighting|in\s+total\b|in\s+all\b)",
    re.IGNORECASE,
)
#: "puts the number already moved west at 3,000": a number of those that went.
_MOVED_BEFORE = re.compile(
    r"\bnumber\s+(?:already\s+)?(?:moved|sent|deployed|dispatched|stationed|training)\b"
    r"[^,;:\d]{0,40}?\bat\s+(?:[a-z]+\s+){0,3}$",
    re.IGNORECASE,
)


def _guess(mention: NumberMention, last: str | None, people: str | None) -> str | None:
    """The last resort's noun for a figure with none: the noun counted before, or the people
    named before when the figure went somewhere or was harmed and that noun counts things."""
    if (
        last is not None
        and takes_antecedent(mention, last)
        and (not mention.went or last.split()[-1].lower() in PEOPLE_HEADS)
    ):
        return last
    if people is not None and (mention.went or mention.harms_people or last is None):
        return people
    return None


def takes_antecedent(mention: NumberMention, noun: str) -> bool:
    """Whether an elided figure may take ``noun`` from before: a figure of people harmed
    ("roughly 300 had been killed") never counts the guns of the sentence before."""
    return not mention.harms_people or noun.split()[-1].lower() not in THINGS_COUNTED


#: Words ending in "men" that are no plural of "-man".
_NOT_PLURAL_MEN = frozenset(
    {"omen", "amen", "semen", "hymen", "specimen", "regimen", "abdomen", "stamen", "acumen",
     "albumen", "bitumen", "cyclamen", "lumen", "rumen", "yemen"}
)  # fmt: skip


def _plural(word: str) -> bool:
    """Whether a word looks like a plural noun ("shells", not "press" or "bus")."""
    lowered = word.lower()
    # ("fishermen", "servicemen", "policewomen": the plural of "-man"; not "specimen")
    if lowered.endswith("men") and lowered not in _NOT_PLURAL_MEN:
        return True
    return lowered.endswith("s") and not lowered.endswith(("ss", "us", "is", "'s", "’s"))


def nominal(word: str) -> bool:
    """Whether a word can head a counted noun phrase: a count noun, a plural, or a
    substantivised adjective."""
    lowered = word.lower()
    return (
        lowered in COUNT_NOUNS
        or lowered in SUBSTANTIVES
        or (lowered.endswith("s") and not lowered.endswith(("ss", "us", "is")))
        or lowered in _IRREGULAR_PLURALS
        # "eight fishermen", "two servicemen", "five women"
        or (lowered.endswith("men") and lowered not in _SINGULAR_MEN)
    )


#: Plurals without an -s ("six children") and singular nouns ending in "men".
_IRREGULAR_PLURALS = frozenset({"children", "people", "geese", "mice", "teeth", "feet", "police"})
_SINGULAR_MEN = frozenset({"specimen", "abdomen", "regimen", "stamen", "omen", "amen", "hymen"})


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


def resolve_antecedents(
    mentions: Sequence[NumberMention],
    previous: str | None,
    *,
    listed: bool = False,
    people: str | None = None,
) -> str | None:
    """Give "900 of them" and an elided "up from 2,100" the noun they refer to: the nearest
    preceding counted noun in the sentence, else (for "of them"/"of those") ``previous``, the
    last counted noun of the sentence before. ``listed``: the sentence is an item of a list
    its previous sentence introduced with a colon ("put the total at about 15,000 soldiers
    across two rotations:" / "- some 3,000 to 4,000 in the second"), whose elided nouns are
    the introduction's. ``people``: the people a sentence before named without counting
    them, for a figure that went somewhere. Returns the last counted noun of the sentence."""
    last = previous
    group = previous  # the last counted noun that is a group, not a state of one ("dead")
    seen_in_sentence = False
    for mention in mentions:
        harmed = HARMED_OF_ANTECEDENT in mention.flags
        if harmed:
            mention.flags.remove(HARMED_OF_ANTECEDENT)  # a mark for this loop, no row flag
        if mention.kind != "count":
            continue
        guessed = False
        refers = "partitive_pronoun" in mention.flags or (
            "elided_noun" in mention.flags
            and (
                seen_in_sentence
                or mention.estimated
                or (listed and not seen_in_sentence)
                # "about 12,000 are training": the people counted before, never things
                or (mention.went and last is not None and last.split()[-1] in PEOPLE_HEADS)
            )
        )
        whole = group if "partitive_pronoun" in mention.flags and group is not None else last
        if harmed and seen_in_sentence and last is not None and last not in _STATES:
            # "100 of them [troops] had been killed and 1,000 wounded": "troops wounded"
            mention.unit = f"{last} {mention.unit}"
            mention.flags.extend(["elided_noun", "antecedent_unit"])
        elif (
            mention.unit is None
            and refers
            and whole is not None
            and takes_antecedent(mention, whole)
        ):
            mention.unit = whole
            mention.flags.append("antecedent_unit")
        elif mention.unit is None and mention.went and last is None and people is not None:
            # "North Korean troops have reached Kursk" / "about 12,000 are training": the
            # people a sentence before named, though it counted none
            mention.unit = people
            mention.flags.extend(["elided_noun", "antecedent_unit"])
        elif (
            mention.unit is None
            and "elided_noun" in mention.flags
            and not mention.words
            and not mention.change
            and _guess(mention, last, people) is not None
        ):
            # the last resort for a figure with no noun of its own ("said that 11,000 were
            # already in the region"): the noun counted, else the people named, before it; a
            # guess, so no antecedent of the figures after it
            mention.unit = _guess(mention, last, people)
            mention.flags.append("antecedent_unit")
            mention.unit_guessed = guessed = True
        small = mention.words and (mention.value or 0) < 10 and seen_in_sentence
        if guessed or "predicate_unit" in mention.flags or mention.locative:
            continue  # (", while 95 were lost" after "76 drones across 17 oblasts": drones)
        if mention.unit is not None and not (mention.subset and last is not None) and not small:
            # "15,000 soldiers had gone in two rotations, and 2,000 more …": a small number
            # word after a figure ("two rotations") is no antecedent of the next figure; "the
            # dead numbered 600" leaves the soldiers counted before as the group "of them"
            if mention.unit not in _STATES or last is None:
                group = head_noun(mention.unit)
            last = head_noun(mention.unit)
            seen_in_sentence = True
        elif mention.unit is None and not seen_in_sentence:
            # "Attendance fell to 21,000, down from 25,000": the noun before is not this one's
            last = None
    # the next sentence's "of them" is the group, not its dead
    return group if last in _STATES and group is not None else last


#: A rate after a figure and its noun ("913 a day", "600 trucks a day", "9 million barrels
#: annually", "1,271 people per day"); not a total over a span ("1,000 in a week").
_RATE_AFTER = re.compile(
    # "1,000 recruits join every day", "900 soldiers are killed a day": the verb between
    r"(?:[ \t]+(?:are[ \t]+|were[ \t]+)?(?:join|joins|joined|arrive|arrives|arrived|die|dies"
    r"|died|killed|lost|wounded|injured|cross|crosses|crossed|leave|leaves|left|flee|flees|fled"
    r"|enlist|enlists|enlisted|desert|deserts|deserted))?"
    r"[ \t]+(?:on[ \t]+average[ \t]+)?(?P<rate>(?:a|an|per|each|every)[ \t]+(?:day|week|month|year"
    r"|hour|night)|daily|weekly|monthly|annually|yearly|a[ \t]+year)\b"
    # "up from 3,000 a week earlier", "a month ago", "killed a week into the offensive": a
    # time, no rate
    r"(?![ \t]+(?:earlier|ago|later|before|after|prior|previously|on|into)\b)"
)


def with_rates(text: str, mentions: Sequence[NumberMention]) -> None:
    """Note the rate of a figure said per day, week, month or year (its row's unit reads
    "soldiers a day"): 913 soldiers a day are not 913 soldiers."""
    for mention in mentions:
        if mention.unit is None or mention.kind not in {"count", "vague"}:
            continue
        rate = _RATE_AFTER.match(text, mention.unit_end or mention.end)
        if rate is not None:
            mention.rate = " ".join(rate.group("rate").split())


#: A figure as the subject of what befell it ("Eleven were injured", "thirty are still
#: trapped").
HARMED_SUBJECT = re.compile(
    r"\s+(?:were|are|was|have\s+been|had\s+been|remain|remained)\s+(?:still\s+)?"
    r"(?P<what>killed|injured|wounded|missing|dead|trapped|hurt|hospitali[sz]ed|rescued"
    r"|evacuated|detained|arrested)\b"
)


def with_harm_units(text: str, mentions: Sequence[NumberMention], sent_start: int) -> None:
    """A figure right after a verb of harm with no noun of its own or before it ("The blast
    killed at least 9", "Blast kills 9, injures 64"): those it befell, by what befell them."""
    for mention in mentions:
        if mention.unit is not None or mention.kind != "count":
            continue
        harmed = _HARM_VERB_BEFORE.search(text, max(sent_start, mention.start - 40), mention.start)
        if harmed is not None:
            mention.unit = _HARMED_AS_NOUN[harmed.group("verb").lower()[:4]]
            continue
        befell = HARMED_SUBJECT.match(text, mention.end)
        if befell is not None:
            mention.unit = befell.group("what").lower()
    _people_of_listed_harms(mentions)


def _people_of_listed_harms(mentions: Sequence[NumberMention]) -> None:
    """ "7,905 soldiers killed, 12,220 injured, and 717 captured": a figure whose unit is only
    what befell them counts the people the first figure of the list named ("soldiers
    injured"), as the gold codes the people with what befell them."""
    people: str | None = None
    for mention in mentions:
        unit = mention.unit
        if mention.kind != "count" or unit is None:
            continue
        words = unit.split()
        if len(words) >= 2 and words[-1].lower() in SUBSTANTIVES and _people(words[-2]):
            people = " ".join(words[:-1])  # "soldiers killed" → "soldiers"
        elif len(words) == 1 and words[0].lower() in SUBSTANTIVES and people is not None:
            mention.unit = f"{people} {words[0].lower()}"
        elif words[-1].lower() not in SUBSTANTIVES:
            people = unit if _people(words[-1]) else None


def _people(word: str) -> bool:
    """Whether a plural noun counts people ("soldiers", "fishermen", "civilians"), not
    things ("trawlers", "shells")."""
    low = word.lower()
    return (
        low in PEOPLE_HEADS
        or low in GENERIC_PEOPLE
        or low.endswith(("men", "people", "ians", "ists", "ees"))
        or low in {"civilians", "sailors", "prisoners", "pilots", "children", "residents"}
    )
