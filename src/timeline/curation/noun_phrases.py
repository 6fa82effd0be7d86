"""Claimant noun phrases: the words naming who speaks, found before or after a verb of saying.

:func:`np_backward` walks back from a verb over auxiliaries, adverbs, date words and inserted
material (a parenthetical between commas, a relative clause, an acronym in brackets) to the
subject's words; :func:`np_forward` reads them after a verb or "according to". Capitalised names
and the role words of :mod:`~timeline.curation.vocabulary` make up a claimant, with articles,
quantifiers, possessives and lowercase modifiers in front. Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.curation.sentences import Span
from timeline.curation.vocabulary import (
    ARTICLED_SURNAME,
    AUXILIARIES,
    BASE_REPORTING_VERBS,
    BODY_NOUNS,
    CAPITALISED_NON_NAMES,
    COLLECTIVE_BODY_NOUNS,
    COLON_VERBS,
    COUNTRY_WORDS,
    DATA_GIVING_PARTICIPLES,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    LAY_PEOPLE_NOUNS,
    MONTHS,
    NAME_PARTICLES,
    NUMBERED_NAMES,
    OCCASION_NOUNS,
    PARTITIVE_OF,
    PERSON_NOUNS,
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_WORDS,
    STATEMENT_VERBS,
    TITLES,
    alternation,
    wordset,
)

__all__ = ["lists_groups_of_one_noun", "np_forward", "split_claimants"]

#: Verbs of saying: never a modifier inside a claimant's words.
_SAYING: frozenset[str] = (
    REPORTING_VERBS | BASE_REPORTING_VERBS | DOCUMENT_VERBS | STATEMENT_VERBS | COLON_VERBS
)

_PAREN_BEFORE = re.compile(
    r"(?<!\d),\s*(?:(?:in|at|during|on|speaking|writing|citing|quoting|addressing|after|before|while"
    # "A former army cook, now a baker in Sangdang-gu, says"
    r"|now|formerly|once|currently|herself|himself"
    # "JPMorgan Chase & Co, one of the largest US banks, said", ", among the first to …,"
    r"|one\s+of|among"
    r"|through|via|with|without|in\s+an?|which|who|whose|whom|where|asked|interviewed|an?|the"
    # ", known by its Ukrainian acronym HUR,", ", also called X,"
    r"|(?:also\s+|better\s+)?(?:known|called|dubbed)"
    # ", seen by this newspaper,", ", given to parliament on Monday,": irregular participles
    r"|[a-z]{3,}(?:ing|ed)|seen|given|written|shown|drawn|taken|sent|made|held)"
    # (a place and its state inside: ", which moved to Springfield, Ohio,")
    r"\b(?:[^,;:“”\"]|(?<=\d),(?=\d))*|\d{1,3}"
    # where a person is from, after their age or not ("Rhys Pritchard, 34, from Llandeilo,")
    r"|(?:\d{1,3},\s*)?from\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    # a sentence adverb between commas ("Kyiv, however, put the figure at 1,000")
    r"|however|meanwhile|though|too|also|instead|separately"
    # "Ukraine's military intelligence, for its part, said", "in turn", "for their part"
    r"|for\s+(?:its|their|his|her|our)\s+part|in\s+turn|by\s+contrast|in\s+contrast"
    # a time adverbial between commas ("The alliance, the same day, put turnout at 40%")
    r"|(?:the\s+same|that|the\s+(?:next|following|previous))\s+(?:day|morning|afternoon|evening)"
    r"|(?:a|one|two|three|hours|days|minutes)\s+(?:days?\s+|hours?\s+)?(?:later|earlier)"
    # a role without its article ("Tronc, publisher of the Tribune and the Times, reported",
    # "Acme, maker of the Zeta phone,")
    r"|(?:[a-z]+\s+){0,2}(?:publisher|owner|maker|parent|operator|producer|developer"
    r"|manufacturer|retailer|provider|distributor|seller|home|founder)s?\s+(?:of|to)\s"
    r"[^,;:“”\"]{1,80})"
    r"\s*,\s*$"
)
#: An insertion between dashes after the subject ("Two clubs — Rosenborg and Molde —").
_DASH_BEFORE = re.compile(r"\s+[—–]\s+[^—–,;:“”\"]{1,80}?\s+[—–]\s*$")
#: A restrictive relative clause between a claimant and its verb, without commas ("a ministry
#: official who asked not to be named said", "lawmakers who had read the annex said").
_RELATIVE_BEFORE = re.compile(
    r"\s(?:who|which)\s[^,;:“”\"]{1,120}$"
    # "a member of a rescue group whose team was helping there told AFP"; not "elections
    # whose count begins later and in which polls predict" (the later relative's subject)
    r"|\swhose\s(?:(?!\b(?:which|who|whom)\b)[^,;:“”\"]){1,120}$"
)
#: Words counting a claimant ("two U.S. officials", "several diplomats").
_QUANTIFIERS: frozenset[str] = wordset(
    """
    two three four five six seven eight nine ten several some many few both all numerous
    multiple
    """
)

_SKIP_BEFORE_VERB: frozenset[str] = wordset(
    """
    has have had also earlier previously later again repeatedly separately further then can
    could may might must should
    reportedly publicly recently would will already first initially originally long now
    still currently meanwhile since just lately both jointly together each here all last
    itself themselves himself herself late early
    """
)
#: Words in "-ly" that are nouns or adjectives, never an adverb between a subject and its verb
#: ("the family said", "a US ally estimated", "the weekly reported").
_LY_NOT_ADVERBS: frozenset[str] = wordset(
    "family ally assembly monthly weekly daily quarterly yearly rally supply reply tally anomaly"
)
_TITLES = "|".join(TITLES)
_TOKEN = re.compile(
    # "38 North", "7x7": a source's name written with digits, one word
    rf"{NUMBERED_NAMES}"
    # "U.S.-based", "U.K.-led": an abbreviation's compound, one modifier
    r"|(?:[A-Z]\.){2,}-[a-z]+"
    # "the U.N.’s International Organization for Migration": an abbreviation's possessive
    r"|(?:[A-Z]\.){2,}[’']s\b"
    rf"|(?:[A-Z]\.){{2,}}(?![A-Za-z])|(?:{_TITLES})\.(?=\s)"  # "U.S.", "U.N.", "Lt."
    # "The Acme Co. said", "Acme Inc. reported": a company's abbreviated form, one word
    r"|(?<=[A-Za-z]\s)(?:Co|Cos|Inc|Corp|Ltd|Plc|Bros|Pty|Intl)\.(?=\s)"
    # "64-page": a number compound, one modifier
    r"|\d[\d,.]*-[a-z][a-z-]*[a-z]"
    r"|[A-Za-z][\w’'.-]*[\w’']|[A-Za-z]|\d(?:[\d,.]*\d)?|[^\sA-Za-z\d]"
)
_NUMBER_COMPOUND = re.compile(r"\d[\d,.]*-[a-z][a-z-]*[a-z]")


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


_ARTICLED_SURNAME = re.compile(ARTICLED_SURNAME)
_NUMBERED_NAME = re.compile(NUMBERED_NAMES)


def _np_token(word: str) -> bool:
    if word[0].isupper() or _NUMBERED_NAME.fullmatch(word):
        return word not in CAPITALISED_NON_NAMES
    if _PRO_NAME.fullmatch(word):
        return True  # "the pro-Iranian movement", "the pro-Kremlin outlet"
    return (
        word.lower() in ROLE_WORDS
        or word.lower() in DOCUMENT_NOUNS
        or _ARTICLED_SURNAME.fullmatch(word) is not None
    )


def _inside(pos: int, spans: Sequence[Span]) -> Span | None:
    for span in spans:
        if span.start <= pos < span.end:
            return span
    return None


_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "in", "or", "&", "to", "under"})
#: A name's adjective behind a prefix of stance ("pro-Iranian", "anti-Kremlin").
_PRO_NAME = re.compile(r"(?:pro|anti|non|ex)-[A-Z][\w’'-]*")


_ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
#: Determiners naming a party already named ("its chairman", "their spokesman").
_POSSESSIVE_DETERMINERS: frozenset[str] = frozenset(POSSESSIVE_PRONOUNS)
#: An acronym in brackets after a body's name ("… Intelligence Service (NIS) said"), or its
#: name in its own language ("Estonia's Foreign Intelligence Service (Välisluureamet) said").
_ACRONYM_BEFORE = re.compile(
    r"\s*\(\s*[A-Z][A-Za-z&.-]{1,9}\s*\)\s*$|\s*\(\s*[A-Z][a-z]{3,24}\s*\)\s*$"
    # a place and an acronym: "(Africa CDC)", "(UN OCHA)"
    r"|\s*\(\s*[A-Z][A-Za-z.]{1,11}\s+[A-Z][A-Z&.-]{1,9}\s*\)\s*$"
)
#: Degrees and suffixes after a name, set off by commas ("Ana Ruiz, MD, PhD, MPH,").
_DEGREES_BEFORE = re.compile(
    r"(?:,\s*(?:M\.?D\.?|Ph\.?D\.?|MPH|MBA|DPhil|MSc|BSc|DDS|RN|Esq\.?|Jr\.?|Sr\.?))+,?\s*$"
)
#: A name in its own script in brackets after the Latin one ("Hsu Chia-hao (許家豪)").
_NATIVE_NAME_BEFORE = re.compile(r"\s*\([^()A-Za-z\d]{1,30}\)\s*$")
_ACRONYM_AFTER = re.compile(r"\s*\(\s*[A-Z][A-Za-z&.-]{1,9}\s*\)")
#: A reduced relative clause between a document and its verb ("an assessment seen by the
#: author indicates", "a report obtained by the broadcaster shows").
_REDUCED_RELATIVE = re.compile(
    # ("A study released Tuesday by the Center for … in Washington estimates": its day first)
    r"\s(?:(?:seen|shown|given|sent|written|drawn\s+up|[a-z]{3,}ed)"
    r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today"
    r"|yesterday|last\s+week|this\s+week))?\s+(?:by|in|on|to|with)"
    r"\s[^,;:“”\"]{1,90}"
    # "Refugees arriving in Chad report", "doctors working near the front say"
    r"|(?:arriving|living|working|fleeing|staying|sheltering|returning|based|stationed)\s+"
    r"(?:in|from|at|near|on|inside|across|along)\s[^,;:“”\"]{1,60}"
    # "A HUR assessment dated Jan. 5 put …", "A U.N. report released Thursday estimated …"
    r"|(?:dated|released|published|issued)(?:\s+[^,;:“”\"]{1,30})?)$"
)


#: A role word's possessive ("military's", "ministry’s").
_ROLE_POSSESSIVE = re.compile(rf"(?:{'|'.join(sorted(ROLE_WORDS))})[’']s")
#: The verbs of a figure put "at" N, which a relative-estimate frame reads.
_ESTIMATE_VERB_AT = re.compile(
    r"(?:put|puts|placed|pegged|estimated|estimates|set|sets)\b[^,;.“”\"]{1,90}?\bat\s+"
    r"(?:[a-z]+\s+){0,4}\d"
)
#: A phrase after a claimant saying how it knows ("familiar with the matter", "with knowledge
#: of the talks", "close to the negotiations", "briefed on the plans").
_POST_MODIFIER = re.compile(
    r"\s(?:(?:familiar\s+with|with\s+(?:direct\s+)?knowledge\s+of|close\s+to|briefed\s+on"
    r"|involved\s+in|privy\s+to)\s[^,;:“”\"]{1,60}"
    # "Officials on site said", "rescuers at the scene said"
    r"|(?:at|on)\s+(?:the\s+)?(?:scene|site|ground|spot))$"
)
#: A relative pronoun as the verb's subject, after a comma (", which", ", who").
_RELATIVE_SUBJECT = re.compile(
    # "The minister, who in an address to the media said": a phrase inside the clause
    r",\s*(?:which|who)(?:\s+(?:in|at|during|on|before|after|while|via)\s[^,;:“”\"]{1,60}?)?$"
)
#: A document by its author handed to an audience, then "that" and the verb ("a report by
#: the board to lawmakers last week that said"): the author states, not the audience.
_DOCUMENT_TO_AUDIENCE_THAT = re.compile(
    rf"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,2}}(?:{alternation(DOCUMENT_NOUNS)})\s+"
    r"(?:by|from)\s+(?P<author>(?:the\s+)?[A-Z][^,;:“”\"]{1,80}?)\s+to\s+[^,;:“”\"]{2,80}?"
    r"\s+that\s*$"
)


def _author_handing_to_audience(text: str, start: int, cut: int) -> tuple[int, int] | None:
    """ "a report by X to lawmakers last week that said": the author, not the audience."""
    handed = _DOCUMENT_TO_AUDIENCE_THAT.search(text, start, cut)
    return handed.span("author") if handed is not None else None


#: "One of them", "two of those" just before the verb.
_PARTITIVE_PRONOUN = re.compile(rf"(?<![\w’'-]){PARTITIVE_OF}(?:them|those)$")
#: A partitive before a noun phrase ("one of " the committee's members).
_PARTITIVE_BEFORE = re.compile(rf"(?<![\w’'-]){PARTITIVE_OF}$")


#: A verb of saying inside a stretch of words (the end of a relative clause before another
#: subject: "who attended the briefing said").
_SAYING_IN = re.compile(
    rf"\s(?:{'|'.join(sorted(REPORTING_VERBS - {'put', 'puts', 'placed', 'pegged'}))})\s"
)


#: How far before its verb a claimant's words are looked for (characters).
_BACKWARD_WINDOW = 400


#: The head of a body, just before the body's name ("The head of ", "the outgoing chief of ").
_HEAD_OF_BEFORE = re.compile(
    r"(?<![\w’'-])(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+)?(?:head|chief|director|commander"
    r"|leader|chairman|chairwoman|chair)\s+of\s+$"
)


#: An audience just before a noun phrase ("a report by X to MPs"): what was given to them.
_TO_AUDIENCE_BEFORE = re.compile(
    r"(?<![Aa]ccording)(?<!\bdue)(?<!\bthanks)(?<!\bclose)\s+to\s+(?:the\s+)?$"
)


#: An adverbial between a subject and its verb ("for the first time", "once again").
_TIME_ADVERBIAL_BEFORE = re.compile(
    r"(?:\s(?:for\s+the\s+(?:first|second|third|last)\s+time|once\s+again|at\s+last"
    # "Defected North Koreans have for decades testified that …"
    r"|for\s+(?:decades|years|months|weeks|(?:a\s+)?long\s+time|some\s+time)"
    # "The Anamizu fire department in the morning said", "The ministry earlier in the day said"
    r"|(?:(?:early|late|earlier|later)\s+)?(?:in|during)\s+the\s+(?:morning|afternoon|evening"
    r"|night|day)|overnight)"
    # "The CGT for its part counted …", "X (HUR), for its part, said": the subject's side
    r"|,?\s+(?:for|on)\s+(?:its|their|his|her)\s+(?:part|side),?)"
    r"(?:\s+[a-z]{3,}ly)?\s*$"
)


#: Names and the others who say the same ("The US, South Korea and others", "Kyiv and its
#: allies", "Ukraine and other countries"): all of them state it.
_NAMES_AND_OTHERS = re.compile(
    r"(?<![\w’'.-])(?:the\s+)?([A-Z][\w’'.-]*)(?:\s+[A-Z][\w’'.-]*)*"
    r"(?:,\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*"
    # ("The US, South Korea, and others": the serial comma)
    r",?\s+and\s+(?:(?:other|several|various|some|its|their|many)\s+)?"
    r"(?:others|allies|partners|countries|nations|governments|states)$"
)


#: A reduced relative clause with an infinitive between a subject and its verb ("set up to
#: monitor UN sanctions on North Korea", "tasked with tracking the shipments").
_INFINITIVE_RELATIVE = re.compile(
    r",?\s+(?:set\s+up|created|formed|established|launched|tasked|appointed|mandated|charged)"
    r"\s+(?:to|with)\s+[a-z]+(?:\s+[\w’'.-]+){0,8}?,?$"
)


def _before_infinitive(
    text: str, start: int, cut: int, dates: Sequence[Span]
) -> tuple[int, int] | None:
    """ "A team set up to monitor UN sanctions on North Korea says": the team."""
    infinitive = _INFINITIVE_RELATIVE.search(text, max(start, cut - 160), cut)
    if infinitive is None or infinitive.start() <= start:
        return None
    return _np_backward(text, start, infinitive.start(), dates)


def _with_others(text: str, start: int, cut: int) -> tuple[int, int] | None:
    """ "The US, South Korea and others say": the names and the others; "Health officials in
    the northern province said": the officials and where they serve; or None."""
    placed = _OFFICIALS_IN_PLACE.search(text, max(start, cut - 160), cut) or (
        _STAFF_AT_BODY_IN_PLACE.search(text, max(start, cut - 160), cut)
    )
    if placed is not None:
        return placed.start(), cut
    places = _BODIES_IN_PLACES.search(text, max(start, cut - 200), cut)
    if places is not None:
        return places.start(), cut  # "Intelligence agencies in Ukraine, the US and Seoul"
    others = _NAMES_AND_OTHERS.search(text, max(start, cut - 160), cut)
    if others is None or others.group(1) in CAPITALISED_NON_NAMES:
        return None
    return others.start(), cut


#: Others named between commas beside a subject: joined to it ("Ukraine, along with its
#: allies, has accused") or set beside it only ("The union, like the council, said").
_BESIDE = re.compile(
    r",\s+(?:(?P<joined>along\s+with|together\s+with|alongside|as\s+well\s+as)|like|unlike)"
    r"\s+[^,;:“”\"]{2,60},?\s*$"
)


def _beside_others(
    text: str, start: int, cut: int, dates: Sequence[Span]
) -> tuple[int, int] | None:
    """ "Ukraine, along with its allies, has accused": both, the subject and who joined it;
    "The union, like the council, said": the subject alone; or None."""
    beside = _BESIDE.search(text, max(start, cut - 120), cut)
    if beside is None or beside.start() <= start:
        return None
    found = _np_backward(text, start, beside.start(), dates)
    if found is None:
        return None
    end = cut
    while end > beside.start() and text[end - 1] in ", ":
        end -= 1  # (the comma closing the others)
    return (found[0], end) if beside.group("joined") else found


#: Bodies of several places listed ("Intelligence agencies in Ukraine, the United States,
#: and South Korea"): all of them, not the last place alone.
_PLACE_NAME = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*"
_BODIES_IN_PLACES = re.compile(
    r"(?<![\w’'.-])(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"(?i:agencies|services|officials|authorities|governments|ministries|militaries)\s+"
    rf"(?:in|from|of)\s+{_PLACE_NAME}(?:,\s+{_PLACE_NAME})*,?\s+and\s+{_PLACE_NAME}$"
)


#: Officials and the place they serve, described by its kind ("Civil defence officials in
#: southern Luzon's Bicol region", "police in the eastern province", "authorities in the
#: Ukrainian capital", "police in the northern city of Leeds").
_OFFICIALS_IN_PLACE = re.compile(
    r"(?<![\w’'.-])(?:(?:[Tt]he|[Aa]n?|[Ll]ocal|[A-Z][a-z]+)\s+)?(?:[a-z]+\s+){0,2}"
    r"(?i:officials?|authorities|police|officers|rescuers|firefighters|investigators"
    r"|prosecutors|emergency\s+services|spokes(?:man|woman|person))\s+in\s+"
    r"(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+)?"
    r"(?:[A-Z][\w’'-]*\s+){0,3}(?:[a-z]+\s+)?"
    r"(?:region|province|state|district|city|county|prefecture|area|oblast|town|village"
    r"|capital|port|municipality)"
    r"(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?$"
)


#: People of a body and where it is ("Researchers at the Natural History Museum in Leeds",
#: "doctors at a hospital in Kharkiv"): the people at the body, never the place alone.
_STAFF_AT_BODY_IN_PLACE = re.compile(
    r"(?<![\w’'.-])(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[a-z]+\s+){0,2}"
    r"(?i:researchers|scientists|doctors|experts|engineers|analysts|economists|astronomers"
    r"|biologists|staff|teachers|curators|archaeologists|physicians|surgeons|nurses)\s+at\s+"
    r"(?:the\s+|an?\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|and)\s+)?){0,5}(?:[a-z]+\s+){0,2}"
    r"in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}$"
)


def _before_skipped(tokens: list[tuple[str, int, int]], dates: Sequence[Span]) -> int:
    """The index of the last token before the verb that is no auxiliary, adverb or date word
    (-1 when none is left)."""
    i = len(tokens) - 1
    while i >= 0 and (
        tokens[i][0].lower() in _SKIP_BEFORE_VERB
        # "has privately put", "The agency officially confirmed": an adverb before the verb
        or (
            i > 0
            and re.fullmatch(r"[a-z]{3,}ly", tokens[i][0]) is not None
            and tokens[i][0] not in _LY_NOT_ADVERBS
        )
        or _inside(tokens[i][1], dates) is not None
        # "has so far collected", "has thus far identified": a span to now
        or (tokens[i][0] == "far" and i > 0 and tokens[i - 1][0].lower() in {"so", "thus"})
        or (
            tokens[i][0].lower() in {"so", "thus"}
            and i + 1 < len(tokens)
            and tokens[i + 1][0] == "far"
        )
        # "which on Feb. 18 put": the preposition of a date word after it
        or (
            tokens[i][0].lower() in {"on", "in", "since"}
            and i + 1 < len(tokens)
            and _inside(tokens[i + 1][1], dates) is not None
        )
    ):
        i -= 1
    return i


#: A sentence whose verb of saying is the second of two predicates of one subject ("The audit
#: criticises the claims made by the board and reveals that …", "A memo did not name them, but
#: said …"): the subject (a document, a body or a name) opens the sentence.
_COORDINATED_PREDICATE = re.compile(
    # ("GENEVA: …": a dateline before the subject)
    r"(?:[A-Z]{3,}(?:\s+[A-Z]{3,})?\s*:\s+)?"
    r"(?P<subject>(?:The|A|An|This|Its|Their)\s+(?:[a-z-]+\s+){0,2}"
    rf"(?i:{alternation(DOCUMENT_NOUNS)})"
    r"|(?:The\s+)?(?!(?:But|And|Or|So|Yet|In|On|At|As|If|When|While|After|Before|Since|For"
    r"|With|By|From|It|He|She|They|We|I|There|This|That|These|Those)\b)"
    # ("International Air Transport Association (IATA)": a name and its acronym)
    r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4}(?:\s+\([A-Z]{2,8}\))?)"
    r"\s+(?:(?:has|have|had|did|does|do)\s+(?:not\s+)?(?:also\s+)?)?(?!said\b|says\b|told\b)"
    r"(?:[a-z]+(?:s|ed)|did|named|sent|gave|made|took|found|put)\b[^.;:!?“”\"\n]{0,200}?"
    r",?\s+(?:and|but)\s+(?:also\s+|then\s+)?"
)


#: Where the words were posted, between a subject and its verb ("A statement by the HUR on
#: Telegram said"): a platform is never the one speaking.
_PLATFORM_BEFORE = re.compile(
    # (not "A post shared 40,000 times on X says": where the post was shared, read with it)
    r"(?<!times)(?<!shared)(?<!posted)\s+on\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+)?(?:Telegram|Facebook|X|Twitter"
    r"|Instagram|YouTube|TikTok|VKontakte|VK|Weibo|WeChat|Truth\s+Social)"
    r"(?:\s+(?:channel|page|account|feed))?\s*$"
)


def _end_of_subject(text: str, start: int, verb_start: int) -> int:
    """Where the subject's words end before its verb: before a time adverbial ("Pyongyang for
    the first time publicly disclosed"), a native name in brackets ("Col. Hsu Chia-hao (許家豪)
    told": the Latin name) or degrees after a name ("Ana Ruiz, MD, PhD, … said")."""
    for pattern in (_TIME_ADVERBIAL_BEFORE, _NATIVE_NAME_BEFORE, _DEGREES_BEFORE, _PLATFORM_BEFORE):
        found = pattern.search(text, start, verb_start)
        if found is not None and found.start() > start:
            verb_start = found.start()
    return verb_start


def _coordinated_subject(text: str, start: int, verb_start: int) -> tuple[int, int] | None:
    """ "The audit criticises the claims and reveals that …", "A memo did not name them, but
    said …": the subject of the first verb says the second (not a country's name)."""
    coordinated = _COORDINATED_PREDICATE.fullmatch(text, start, verb_start)
    if coordinated is None or coordinated.group("subject").lower() in COUNTRY_WORDS:
        return None
    return coordinated.span("subject")


def _np_backward(
    text: str, start: int, verb_start: int, dates: Sequence[Span]
) -> tuple[int, int] | None:
    """The claimant's words ending just before the verb, as offsets, or None.

    The subject is looked for behind the verb's auxiliaries, adverbs and date words, and behind
    material inserted between the subject and its verb: a parenthetical or apposition between
    commas (", which says …,", ", a spokesman for X,", ", in a dispatch on Monday,", ", 57,"),
    a restrictive relative clause ("an official who asked not to be named said"), a reduced
    one ("an assessment seen by the author indicates") and an acronym in brackets ("the
    National Intelligence Service (NIS) said", kept in the claimant's words).
    """
    if verb_start - start > _BACKWARD_WINDOW:
        # a claimant and what stands between it and its verb fit in a few hundred characters;
        # looking no further keeps a run-on sentence from costing the square of its length
        clip = text.find(" ", verb_start - _BACKWARD_WINDOW, verb_start)
        start = clip + 1 if clip >= 0 else start
    verb_start = _end_of_subject(text, start, verb_start)
    # "…, two people familiar with the matter said": unnamed people who know
    return _informed_before(text, start, verb_start) or _subject_before(
        text, start, verb_start, dates
    )


#: A document's verb and "that" after a bare "This" opening its sentence.
_SHOWS_THAT = re.compile(r"\s*(?:reveals|revealed|shows|showed|indicates|indicated)\s+that\b")


def _subject_before(
    text: str, start: int, verb_start: int, dates: Sequence[Span]
) -> tuple[int, int] | None:
    """:func:`_np_backward` past the unnamed people who know."""
    tokens = _tokens(text, start, verb_start)
    i = _before_skipped(tokens, dates)
    cut = tokens[i][2] if i >= 0 else start
    if i < 0 or _subject_not_a_party(text, start, cut, dates):
        return None
    acronym = _ACRONYM_BEFORE.search(text, start, cut)
    if acronym is not None and acronym.start() > start:
        found = _np_backward(text, start, acronym.start(), dates)
        return (found[0], cut) if found is not None else None
    inserted = (
        _agent_before_topic(text, start, cut)
        or _coordinated_subject(text, start, verb_start)
        or _author_handing_to_audience(text, start, cut)
        or _before_infinitive(text, start, cut, dates)
        or _with_others(text, start, cut)
        or _beside_others(text, start, cut, dates)
        or _behind_insertion(text, start, cut, dates)
    )
    if inserted is not None:
        return inserted
    relative = _RELATIVE_SUBJECT.search(text, start, cut)
    if (
        relative is not None
        and relative.start() > start
        # ", which put the losses at 80": the relative-estimate row reads that one
        and not _ESTIMATE_VERB_AT.match(text, verb_start)
    ):
        # "A separate estimate from X, which said last week that …": the noun the relative
        # pronoun stands for; "a report by X to MPs last week, which said": the report, not
        # its audience
        found = _np_backward(text, start, relative.start(), dates)
        audience = _TO_AUDIENCE_BEFORE.search(text, start, found[0]) if found is not None else None
        if audience is not None and audience.start() > start:
            return _np_backward(text, start, audience.start(), dates) or found
        return found
    group = _PARTITIVE_PRONOUN.search(text, start, cut)
    if group is not None:
        return group.start(), cut  # "One of them said": a member of a group named before
    if tokens[i][0].lower() in PRONOUNS or (
        # "X shared a situation update …. This reveals that …": the document just named
        tokens[i][0] == "This" and i == 0 and _SHOWS_THAT.match(text, verb_start)
    ):
        return tokens[i][1], tokens[i][2]
    found = _collect_backward(tokens, i)
    return _with_coordinated_body(
        text,
        start,
        _placed_whole(text, start, _after_date_words(text, found, dates), dates)
        if found is not None
        else None,
    )


#: A body's name and "and" right before another body's ("The Census Bureau and ").
_BODY_AND_BEFORE_BODY = re.compile(
    r"(?<![\w’'.-])(?:[Tt]he\s+)?(?:U\.S\.?\s+|US\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+(?:(?:of|for)\s+)?[A-Z][\w’'.-]*){0,4}\s+and\s+$"
)


#: A body or people named by a role word, opening its clause, then "and" ("The coast guard
#: and ", "Local officials and ", "The relevant authorities and ").
_ROLE_AND_BEFORE_BODY = re.compile(
    rf"(?:[Tt]he\s+|[A-Z][\w’'.-]*\s+)?(?:[a-z][\w-]*\s+){{0,3}}?"
    rf"(?:{'|'.join(sorted(w for w in ROLE_WORDS if ' ' not in w))})\s+and\s+$"
)


def _role_body_before(text: str, start: int, found: tuple[int, int]) -> tuple[int, int] | None:
    """ "The coast guard and the police said": a body named by its role, opening the clause,
    joined by "and" to a definite body before the verb; both are the claimant."""
    if not re.match(r"the\s+[a-z]", text[found[0] : found[1]]):
        return None
    first = _ROLE_AND_BEFORE_BODY.search(text, max(start, found[0] - 60), found[0])
    if first is None or first.end() != found[0]:
        return None
    opening = text[start : first.start()]
    if opening.strip() and not re.search(r",\s*$", opening):
        return None  # "ships sailed to the border and the police said": no clause opens it
    return first.start(), found[1]


#: One item of a list of parties opening a sentence ("Ukrainian military intelligence, ").
_LIST_ITEM = re.compile(r"((?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,5}),\s+")


def _listed_before(text: str, start: int, found: tuple[int, int]) -> tuple[int, int] | None:
    """ "Ukrainian military intelligence, the Pentagon and authorities in South Korea have all
    said": a list of parties from the sentence's start, its last pair found, is one claimant
    (not the last pair alone); or None."""
    words = text[found[0] : found[1]]
    # (named parties: "Nine boats sank, a harbour guard, a fisherman and two divers said" is
    # a clause, then unnamed people)
    if " and " not in words or found[0] <= start or not re.match(r"(?:the\s+)?[A-Z]", words):
        return None
    pos = start
    while pos < found[0]:
        item = _LIST_ITEM.match(text, pos, found[0])
        if item is None:
            return None
        tokens = [t[0].lower() for t in _tokens(text, *item.span(1))]
        if item.group(1).split()[0] in CAPITALISED_NON_NAMES or set(tokens) & (
            _CLAUSE_WORDS | {"in", "on", "at", "after", "meanwhile", "however"}
        ):
            return None  # "Meanwhile, …", "In Seoul, …": an opening, no party
        pos = item.end()
    return start, found[1]


#: The first of two people joined by "and": a pronoun or a person by a noun ("He", "The man").
_FIRST_OF_A_PAIR = (
    r"(?:He|She|[Tt]he\s+(?:man|woman|boy|girl|witness|survivor|mother|father|husband|wife|son"
    r"|daughter|brother|sister|farmer|fisherman|driver|pilot|doctor|nurse))"
)
#: The first person and "and", opening the clause before a second ("He and ", "The man and ").
_PERSON_AND_BEFORE = re.compile(rf"(?P<first>\b{_FIRST_OF_A_PAIR})\s+and\s+$")
_PAIR_OF_PEOPLE = re.compile(rf"{_FIRST_OF_A_PAIR}\s+and\s+(?:the|his|her)\s+[a-z]+")


def names_a_pair_of_people(words: str) -> bool:
    """Whether a claimant's words are two people joined by "and" ("He and the woman")."""
    return _PAIR_OF_PEOPLE.fullmatch(words) is not None


#: A plural group and "and" opening a sentence before another ("The journalists and ").
_PLURAL_AND_BEFORE = re.compile(r"\s*(?P<first>(?:[Tt]he\s+)?[a-z]+s)\s+and\s+")


def _with_coordinated_body(
    text: str, start: int, found: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "The Census Bureau and the Department of Housing announced": two named bodies joined
    by "and" before the verb are one claimant, not the second alone."""
    if found is not None and (joined := _role_body_before(text, start, found)) is not None:
        return joined
    if found is not None and (listed := _listed_before(text, start, found)) is not None:
        return listed
    pair = _PERSON_AND_BEFORE.search(text, start, found[0]) if found is not None else None
    if found is not None and pair and not text[start : pair.start()].strip(' ,\n“"'):
        # "He and the woman told AFP", "The man and his wife said": both speak
        return pair.start("first"), found[1]
    plural = _PLURAL_AND_BEFORE.fullmatch(text, start, found[0]) if found is not None else None
    if found is not None and plural and re.fullmatch(r"[a-z]+s", text[found[0] : found[1]]):
        # "The journalists and volunteers identified …": two groups open the sentence
        return plural.start("first"), found[1]
    if found is None or not re.match(r"(?:[Tt]he\s+)?[A-Z]", text[found[0] : found[1]]):
        return found
    first = _BODY_AND_BEFORE_BODY.search(text, max(start, found[0] - 80), found[0])
    if first is None or first.start() < start:
        return found
    if text[first.start() : first.end()].split()[0] in CAPITALISED_NON_NAMES:
        return found  # "In Seoul and …", "But the agency and …": no name opens it
    return first.start(), found[1]


def _after_date_words(text: str, found: tuple[int, int], dates: Sequence[Span]) -> tuple[int, int]:
    """ "in March of this year Denmark announced": date words read into a subject's words are
    no part of the name after them (a month alone may name a document's edition: "The August
    JOLTS survey")."""
    after_date = max(
        (d.end for d in dates if found[0] < d.end < found[1] and " " in text[d.start : d.end]),
        default=None,
    )
    if after_date is None:
        return found
    rest = text[after_date : found[1]]
    if not re.match(r"\s+[A-Z]", rest):
        return found
    return found[1] - len(rest.lstrip()), found[1]


def _placed_whole(
    text: str, start: int, found: tuple[int, int], dates: Sequence[Span]
) -> tuple[int, int]:
    """The subject's words with what belongs to them before: the body before its bracketed
    acronym and "of" its country, the names listed before "and", a partitive or a head."""
    return _with_lead(
        text, start, _with_listed(text, start, _of_bracketed(text, start, found, dates))
    )


def _of_bracketed(
    text: str, start: int, found: tuple[int, int], dates: Sequence[Span]
) -> tuple[int, int]:
    """ "The National Intelligence Service (NIS) of South Korea has reported": the body named
    before its acronym, of the country after it, not the country alone."""
    bracketed = _ACRONYM_THEN_OF.search(text, start, found[0])
    if bracketed is None or bracketed.start() <= start:
        return found
    named = _np_backward(text, start, text.index("(", bracketed.start()), dates)
    return (named[0], found[1]) if named is not None else found


#: An acronym in brackets, then "of" before a name ("… (NIS) of " South Korea).
_ACRONYM_THEN_OF = re.compile(r"\s*\([A-Z][\w.&-]*\)\s+(?:of|for)\s+$")


#: Names listed before "and" ("South Korea, Kyiv and " the US): capitalised words only.
_LISTED_BEFORE = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,\s+)+(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*)*,?\s+and\s+$"
)


#: People listed unnamed before the last of them ("an official, " "a rescue worker and "
#: two residents).
_INDEFINITE_PERSONS = re.compile(
    r"(?:an?|one|two|three|four|five|six|several|some|\d{1,2})\s+(?:[a-z-]+\s+){0,2}[a-z-]+\b"
)
_UNNAMED_LISTED_BEFORE = re.compile(
    rf"(?:{_INDEFINITE_PERSONS.pattern},\s+)+(?:{_INDEFINITE_PERSONS.pattern},?\s+)?and\s+$"
    rf"|{_INDEFINITE_PERSONS.pattern}\s+and\s+$"
)


#: A body by its descriptor, then "and", before another ("The port authority and " the
#: pilots' union).
_BODY_AND_BEFORE = re.compile(
    rf"\b(?:The|the)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{alternation(BODY_NOUNS)})\s+and\s+$"
)
_BODY_END = re.compile(rf"\b(?:{alternation(BODY_NOUNS)})$")


#: Names listed before a list's last two ("Kyiv, " the United States and South Korea).
_LIST_HEAD_BEFORE = re.compile(r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,\s+)+$")


#: The first of two authors after "by" ("an analysis by " Oxfam and " the think tank").
_AUTHORS_BEFORE = re.compile(
    r"(?<![\w’'-])(?:by|from)\s+(?P<first>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
    r"\s+and\s+$"
)


#: A named party, then "and other" before a plural noun ("Ukraine's Air Force and other "
#: authorities).
_OTHERS_BEFORE = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:[’']s(?:\s+[\w’'.-]+){1,3})?)"
    r"\s+and\s+(?:other|several|various|some)\s+$"
)


def _with_listed(text: str, start: int, found: tuple[int, int]) -> tuple[int, int]:
    """The claimant's words with the names listed before them ("South Korea, Kyiv and the
    US have all said"), when the list opens the clause."""
    others = _OTHERS_BEFORE.search(text, max(start, found[0] - 120), found[0])
    if (
        others is not None
        and others.end() == found[0]
        and re.fullmatch(r"[a-z]+", text[found[0] : found[1]])
    ):
        # "Ukraine's Air Force and other authorities said": the named party and the others
        return others.start(), found[1]
    # ("…, South Korea and their allies", "…, South Korea and nine other allies")
    if not re.match(
        r"(?:the\s+)?[A-Z]|(?:their|its|(?:[a-z]+\s+)?other)\s+[a-z]+$", text[found[0] : found[1]]
    ):
        # "…, an official, a rescue worker and two residents said": people listed unnamed
        unnamed = _UNNAMED_LISTED_BEFORE.search(text, max(start, found[0] - 120), found[0])
        if (
            unnamed is not None
            and unnamed.end() == found[0]
            and _INDEFINITE_PERSONS.match(text, found[0], found[1])
            and text[start : unnamed.start()].rstrip()[-1:] in {"", ",", ";", ":"}
        ):
            return unnamed.start(), found[1]
        # "The port authority and the pilots' union said": two bodies by their descriptors
        pair = _BODY_AND_BEFORE.search(text, max(start, found[0] - 80), found[0])
        if (
            pair is not None
            and pair.end() == found[0]
            and _BODY_END.search(text, found[0], found[1])
            and text[start : pair.start()].rstrip()[-1:] in {"", ",", ";", ":"}
        ):
            return pair.start(), found[1]
        return found
    authors = _AUTHORS_BEFORE.search(text, max(start, found[0] - 120), found[0])
    if authors is not None and authors.end() == found[0]:
        return authors.start("first"), found[1]  # "an analysis by Oxfam and the think tank"
    listed = _LISTED_BEFORE.search(text, max(start, found[0] - 120), found[0])
    if (listed is None or listed.end() != found[0]) and " and " in text[found[0] : found[1]]:
        # "Kyiv, the United States and South Korea have accused": the rest of the list was
        # read as one noun phrase already; its first names lie before it
        listed = _LIST_HEAD_BEFORE.search(text, max(start, found[0] - 120), found[0])
    if listed is None or listed.end() != found[0]:
        return found
    words = re.findall(r"[A-Za-z][\w’'.-]*", listed.group(0))
    opening = text[start : listed.start()].strip()
    if any(w in CAPITALISED_NON_NAMES for w in words) or (opening and opening[-1] not in ",;:"):
        return found
    return listed.start(), found[1]


def _with_lead(text: str, start: int, found: tuple[int, int]) -> tuple[int, int]:
    """The claimant's words with what leads them to a member of the body they name: "one of
    the committee's members told reporters" (the partitive), "The head of the harbour police
    put …" (the head, a person, not the body)."""
    lead = (
        _PARTITIVE_BEFORE.search(text, start, found[0])
        or _HEAD_OF_BEFORE.search(text, start, found[0])
        or _PEOPLE_FROM_BEFORE.search(text, start, found[0])
    )
    return (lead.start(), found[1]) if lead is not None else found


#: People named by where they are from before a place ("displaced individuals from northern
#: ", "residents of the "): they speak, not the place.
_PEOPLE_FROM_BEFORE = re.compile(
    rf"(?<![\w’'-])(?:[A-Za-z][a-z]+\s+)?(?:{alternation(LAY_PEOPLE_NOUNS)})\s+"
    r"(?:from|in|of|at|near|inside)\s+(?:(?:northern|southern|eastern|western|central|the)\s+)*$"
)


#: Unnamed data as a subject ("data", "new figures", "official statistics").
_BARE_DATA = re.compile(
    r"(?:(?:the|new|latest|official|preliminary|provisional)\s+)?"
    r"(?:data|figures|statistics|numbers|records|details|information)",
    re.IGNORECASE,
)
#: The giver of data after it ("released by the customs agency").
_AGENT_OF_BARE_DATA = re.compile(
    # (", provided by Seoul’s National Intelligence Service (NIS),": set off by commas too,
    # for the data's maker; "The data, released by Rep. X,": a releaser who is no author)
    rf"(?:\s+(?:{alternation(DATA_GIVING_PARTICIPLES)})"
    r"|,\s+(?:provided|compiled|supplied|gathered|collected|prepared))\s+by\s+"
    r"(?P<agent>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,6}?(?:\s*\([A-Z][\w.&-]*\))?)\s*,?\s*"
)


#: A title in quotation marks right before an insertion ('"Harbour Safety Review", a …').
_QUOTED_TITLE_BEFORE = re.compile(r"[“\"][A-Z][^“”\"]{2,80}[”\"]\s*$")
#: An apposition that says what kind of document a title is (", a yearly report,").
_DOCUMENT_APPOSITION = re.compile(
    rf",\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{alternation(DOCUMENT_NOUNS)})"
    r"(?:\s+(?:by|from|of)\s+[^,;:“”\"]{1,60})?\s*,\s*",
    re.IGNORECASE,
)
#: A document named before what it is about ("The annual snapshot of ", "a review of").
#: A document by its agent, then what it is about, opening the sentence ("A review by the
#: troika of the country's public finances has revealed"): the agent.
_AGENT_THEN_TOPIC = re.compile(
    rf"(?:An?|The)\s+(?:[\w’'-]+\s+){{0,3}}?(?i:{alternation(DOCUMENT_NOUNS)})\s+(?:by|from)\s+"
    r"(?P<agent>(?:the\s+)?[\w’'.&-]+(?:\s+[\w’'.&-]+){0,5}?)\s+(?:of|on|into)\s+"
    r"[^,;:“”\"]{1,80}?"
)


def _agent_before_topic(text: str, start: int, cut: int) -> tuple[int, int] | None:
    """ "A review by the troika of the public finances has revealed": the agent of the
    document that opens the sentence, not what the document is about."""
    found = _AGENT_THEN_TOPIC.fullmatch(text, start, cut)
    return found.span("agent") if found is not None else None


_DOCUMENT_OF_BEFORE = re.compile(rf"\b(?i:{alternation(DOCUMENT_NOUNS)})\s+(?:of|on|into)\s+$")


def _behind_insertion(
    text: str, start: int, cut: int, dates: Sequence[Span]
) -> tuple[int, int] | None:
    """The subject before a parenthetical (between commas or dashes), a phrase saying how a
    source knows, a reduced or a restrictive relative clause."""
    for pattern, adjacent in _INSERTIONS:
        # "Two clubs — Rosenborg and Molde — reported", "X, in a statement, said", "Two
        # officials familiar with the matter told", "an assessment seen by the author shows"
        insertion = pattern.search(text, start, cut)
        if insertion is None or insertion.start() <= start:
            continue
        title = _QUOTED_TITLE_BEFORE.search(text, start, insertion.start())
        if title is not None and _DOCUMENT_APPOSITION.fullmatch(text, insertion.start(), cut):
            # '"Harbour Safety Review", a yearly report, shows': the document by its title
            return title.span()
        found = _np_backward(text, start, insertion.start(), dates)
        agent = _AGENT_OF_BARE_DATA.fullmatch(text, insertion.start(), cut)
        if (
            found is not None
            and agent is not None
            and (
                _BARE_DATA.fullmatch(text, *found)
                or _DOCUMENT_OF_BEFORE.search(text, start, found[0]) is not None
            )
        ):
            # "…, data released by the customs agency showed": the agency, not "data"; "The
            # annual snapshot of the fleet provided by the board shows": the board, not what
            # the document is about
            return agent.span("agent")
        name = _NAME_APPOSITION.fullmatch(text, insertion.start(), cut)
        if found is not None and name is not None and _INDEFINITE.match(text, found[0]):
            # "A Bergen-based research group, the Fjord Freight Forum (FFF), said": the name
            return name.span("name")
        if found is not None and (not adjacent or found[1] == insertion.start()):
            return found
    return _behind_relative(text, start, cut, dates)


#: A participle opening a phrase between commas (", passed exclusively to the Herald,").
_PARTICIPLE_OPENING = re.compile(
    r",\s*(?:[a-z]{3,}ed|seen|given|shown|sent|made|written|taken|drawn)\s"
    r"(?:[a-z]+ly\s+)?(?:to|with|by|for)\b"
)


def _subject_not_a_party(text: str, start: int, cut: int, dates: Sequence[Span]) -> bool:
    """Whether the words before a participle phrase between commas are a subject that is no
    party ("Satellite pictures, passed exclusively to the Herald, show …"): the one the
    pictures were passed to, or seen by, did not state what they show."""
    insertion = _PAREN_BEFORE.search(text, start, cut)
    if insertion is None or insertion.start() <= start:
        return False
    if _PARTICIPLE_OPENING.match(text, insertion.start()) is None:
        return False
    if _AGENT_OF_BARE_DATA.fullmatch(text, insertion.start() + 1, cut) is not None:
        return False  # "…, released by the customs agency, show": the agency gave them
    before = text[start : insertion.start()]
    return bool(before.strip()) and _np_backward(text, start, insertion.start(), dates) is None


def _behind_relative(
    text: str, start: int, cut: int, dates: Sequence[Span]
) -> tuple[int, int] | None:
    """The subject before a restrictive relative clause ("a ministry official who asked not
    to be named said")."""
    relative = _RELATIVE_BEFORE.search(text, start, cut) or _that_relative(text, start, cut)
    if relative is None or relative.start() <= start:
        return None
    if _PREPOSITION_LEFT.search(text, start, relative.start()) is not None:
        # "an assault, during which the Air Force reported": the clause has its own subject
        return None
    if _SAYING_IN.search(text, relative.start(), cut) is not None:
        # "Lawmakers who attended the briefing said the agency put …": the clause ended at
        # its own verb of saying; the subject before "put" is the agency
        return None
    if re.search(r"\.\s+[A-Z]", text[relative.start() : cut]):
        # "… counterparts who are visiting Washington D.C. Minister Lund stated": a full
        # stop the sentence splitter took for an abbreviation's ends the clause
        return None
    found = _np_backward(text, start, relative.start(), dates)
    if found is not None and found[1] == relative.start():
        return found
    # "senators who had visited the border said": any noun a "who" clause describes
    head = re.search(
        r"(?:\b(?:the|a|an)\s+)?(?:\b[a-z]+\s+)?\b[A-Za-z][a-z]+$", text[start : relative.start()]
    )
    if head is not None and re.match(r"\s*who\b", text[relative.start() : cut]):
        return start + head.start(), relative.start()
    return None


#: A restrictive "that" clause with its own verb between a subject and its verb of saying
#: ("A Telegram channel that provides war-related intelligence claimed", "a group that
#: monitors the war said").
_THAT_RELATIVE = re.compile(
    r"\s(?:that)\s+(?:[a-z]+(?:s|ed)|has|had|have|is|are|was|were)\s[^,;:“”\"]{1,100}$"
)
#: A noun with an article right before "that" ("a group", "the Telegram channel").
_NOUN_BEFORE_THAT = re.compile(r"\b(?i:a|an|the)\s+(?:[\w’'-]+\s+){0,3}[A-Za-z][a-z-]+$")


def _that_relative(text: str, start: int, cut: int) -> re.Match[str] | None:
    """A "that" relative clause ending at ``cut`` whose "that" follows a noun with its article,
    not a verb ("He said that officials claimed": a complement)."""
    relative = _THAT_RELATIVE.search(text, start, cut)
    if relative is None:
        return None
    words = text[relative.start() : cut].split()
    verb, following = words[1].lower(), words[2].lower() if len(words) > 2 else ""
    if (
        verb in ROLE_WORDS | PERSON_NOUNS | COLLECTIVE_BODY_NOUNS | DOCUMENT_NOUNS
        and following
        not in {"the", "a", "an", "its", "their", "his", "her", "this", "these", "those"}
        # "a group that monitors Ukraine said": a verb and the name it takes
        and not words[2][:1].isupper()
    ):
        # "the first time that officials there said": a noun; "a group that monitors the
        # war said": a verb and its object
        return None
    before = _NOUN_BEFORE_THAT.search(text, start, relative.start())
    if before is None or before.group(0).split()[-1].lower() in _SAYING:
        return None
    return relative


#: A preposition whose object is the relative pronoun after it ("during which", "in which").
_PREPOSITION_LEFT = re.compile(
    r"\b(?:during|in|at|on|after|before|under|through|by|with|of|from|for|to|into|since|until"
    r"|amid|following|despite|against|among|between)\s*$"
)


#: The head of a title in apposition ("Assistant Secretary-General for …").
_TITLE_HEADS = (
    "secretary-general|secretary|director-general|director|minister|commissioner|ambassador"
    "|envoy|spokesman|spokeswoman|spokesperson|chief|head|chairman|chairwoman|chair|president"
    "|governor|rapporteur|representative|coordinator"
)
#: A capitalised title in apposition after a name, commas of a list inside it ("Ilaria
#: Montforte, Assistant Secretary-General for Europe, Central Asia and the Americas, said").
_TITLE_APPOSITION = re.compile(
    # ("Kari Lund, strategic communications coordinator for …,": lower-case modifiers too)
    rf"(?<=[a-z’'.]),\s+(?:(?!(?i:the|an?|its|their|his|her)\s)[A-Za-z][\w.-]*\s+){{0,3}}?"
    rf"(?i:{_TITLE_HEADS})"
    r"\b(?:[^;:“”\"(),]|,(?=\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*(?:,|\s+and\s))"
    # "…, head of Ukraine's Defence Intelligence (HUR), told": the body's acronym in brackets
    r"|\([A-Z][A-Za-z&.-]{1,9}\))*,\s*$"
)
#: A name in apposition between commas (", the Fjord Freight Forum (FFF),").
_NAME_APPOSITION = re.compile(
    r",\s*(?P<name>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w’'.-]*))*"
    r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?)\s*,\s*"
)
_INDEFINITE = re.compile(r"(?i:an?)\s")
#: The insertions looked behind, in order, and whether the subject must end right before one.
#: A non-restrictive relative clause running to the verb's comma, with commas of its own
#: ("Rear Admiral Lena Holmqvist, who has led the service, known by its Swedish acronym Must,
#: since 2022, said"), after an age or not ("X, 58, who spoke …, later told"; "X, 47, a
#: lawmaker … who sits on the committee, told"): the subject is before its first comma.
_CHAINED_RELATIVE = re.compile(
    r"(?<=[\w.’')])(?:,\s+\d{1,3},\s+(?:who|whose|an?|the)|,\s+(?:who|whose))\s"
    r"(?:[^;:“”\"]|(?<=\d),(?=\d)){1,320},\s*$"
)
#: The occasion between a subject and its verb, without commas ("The agency in a statement
#: on Monday said", "The service in an Aug. 24 briefing reported").
_OCCASION_INSERTED = re.compile(
    r"\s+(?:in|during|at)\s+(?:an?|its|their|his|her|the)\s+(?:[\w.’'-]+\s+){0,4}?"
    rf"{OCCASION_NOUNS}$"
)
#: A document the subject spoke in, set off by a comma before it only ("OCHA, in its latest
#: update on the situation in Sudan said"): the closing comma left out.
_DOCUMENT_INSERTED_OPEN = re.compile(
    r",\s+in\s+(?:its|their|his|her|a|an|the)\s+(?:[\w.’'-]+\s+){0,3}?(?:update|report"
    r"|statement|bulletin|briefing|assessment|post|review|overview|snapshot)"
    r"\s+(?:on|about|of|for)\s+[^,;:“”\"]{1,60}$"
)
_INSERTIONS: tuple[tuple[re.Pattern[str], bool], ...] = (
    (_CHAINED_RELATIVE, False),
    (_OCCASION_INSERTED, True),
    (_DOCUMENT_INSERTED_OPEN, True),
    (_DASH_BEFORE, False),
    (_TITLE_APPOSITION, True),
    (_PAREN_BEFORE, False),
    (_POST_MODIFIER, True),
    (_REDUCED_RELATIVE, True),
)


#: Words that open a clause: never a claimant's modifier ("South Korea, where authorities").
_CLAUSE_WORDS: frozenset[str] = (
    wordset(
        """
    where which who whom whose that when while as and but if because after before since
    although though so then than whereas once until unless above below over under about
    around beyond far near into onto from with without within by to per times
    """
    )
    | AUXILIARIES
)


_LOWER_POSSESSIVE = re.compile(r"[a-z][\w-]*(?:[’']s|s[’'])")  # "agency's", "farmers'"
_NAME_POSSESSIVE = re.compile(r"[A-Z][\w.-]*[’']s")


def _body_after_that(tokens: list[tuple[str, int, int]], j: int, i: int) -> bool:
    """Whether lower-case modifiers after "that" open a body's or person's words ("reported
    that health ministry officials said"), not a document's ("said that preliminary findings
    showed": a document inside what a speaker said)."""
    return (
        j < i
        and tokens[j][0] == "that"
        and i + 1 < len(tokens)
        and tokens[i + 1][0].lower() in ROLE_WORDS
    )


def _plain_lower(word: str) -> bool:
    """A lower-case word, or a role hyphenated with its rank ("commander-in-chief",
    "chief-of-staff"; not "closed-door", a modifier of a thing)."""
    if word.isalpha():
        return word.islower()
    parts = word.split("-")
    return (
        len(parts) > 1
        and all(p.isalpha() and p.islower() for p in parts)
        and (
            parts[0] in ROLE_WORDS
            # "a non-profit research group", "state-run media", "a government-funded
            # institute": what kind of body it is
            or parts[0] in _BODY_KIND_FIRST
            or parts[-1] in _BODY_KIND_LAST
            # "state-media", "news-agency": a speaking head written with its modifier
            or parts[-1] in _SPEAKING_HEADS
            # "the UN human-rights office", "law-enforcement officials": a compound noun
            # naming the body's field
            or word in _FIELD_COMPOUNDS
        )
    )


#: The parts of hyphenated words that say what kind of body follows ("non-profit",
#: "state-run", "government-funded").
_BODY_KIND_FIRST = frozenset({"non", "state", "government", "semi", "quasi", "co"})
_FIELD_COMPOUNDS = frozenset(
    {"human-rights", "law-enforcement", "health-care", "peace-keeping", "border-guard",
     "air-defence", "air-defense", "counter-terrorism", "anti-corruption", "civil-defence",
     "lower-house", "upper-house"}
)  # fmt: skip
_BODY_KIND_LAST = frozenset(
    {"run", "owned", "funded", "backed", "affiliated", "linked", "profit", "governmental"}
)


def _lower_modifiers(tokens: list[tuple[str, int, int]], i: int) -> tuple[list[int], int] | None:
    """ "a customs official", "Norway's coastal agency": up to three lowercase modifiers before
    the collected words, back to an article (taken) or a possessive (left out); the indexes
    taken and where to go on (-1: stop), or None when neither closes them."""
    j = i
    while (
        j > i - 3
        and j >= 0
        and _plain_lower(tokens[j][0])
        and tokens[j][0] not in _ARTICLES | _POSSESSIVE_DETERMINERS
        and tokens[j][0] not in _QUANTIFIERS
        and tokens[j][0] not in _CLAUSE_WORDS
        and tokens[j][0] not in _SAYING
    ):
        j -= 1
    if j >= 0 and tokens[j][0].lower() in _ARTICLES | _QUANTIFIERS | _POSSESSIVE_DETERMINERS:
        # "a customs official", "two senior port officials", "its chairman"; "the governor
        # of the southern region of X": the phrase goes on before "of the"
        goes_on = (
            tokens[j][0] == "the"
            and j >= 2
            and tokens[j - 1][0] == "of"
            and tokens[j - 2][0].lower() in ROLE_WORDS
        )
        return list(range(j, i + 1)), (j - 1 if goes_on else -1)
    if j < 0 or tokens[j][0] in {",", ":", ";", "–", "—", "-"} or _body_after_that(tokens, j, i):
        # "…, port board says": a bare noun phrase
        return list(range(j + 1, i + 1)), -1
    if 0 <= j < i and _goes_on_before(tokens, j):
        return list(range(j + 1, i + 1)), j
    if (
        1 <= j < i
        and _NUMBER_COMPOUND.fullmatch(tokens[j][0])
        and tokens[j - 1][0].lower() in _ARTICLES | _QUANTIFIERS | _POSSESSIVE_DETERMINERS
    ):
        # "an 11-nation monitoring team", "the five-member panel": a number compound
        return list(range(j - 1, i + 1)), -1
    return None


def _goes_on_before(tokens: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the phrase goes on before the lower-case modifiers, at token ``j``."""
    word = tokens[j][0]
    return bool(
        _NAME_POSSESSIVE.fullmatch(word)
        # "the league’s own count": on to its owner
        or _LOWER_POSSESSIVE.fullmatch(word)
        # "Finnish and Swedish customs officials"
        or (word[0].isupper() and _np_token(word))
        # "Norway's 2022 flood review": on to the year
        or _edition_year(tokens, j)
        # "police and medical officials": on to "and"
        or (j > 0 and word == "and" and _np_token(tokens[j - 1][0]))
    )


def _nationals(tokens: list[tuple[str, int, int]], modifiers: tuple[list[int], int]) -> bool:
    """Whether a country's adjective closes lower-case words ending in a plural: people of
    that country ("Ukrainian gunners")."""
    words, closer = modifiers
    return (
        closer >= 0
        and tokens[closer][0].lower() in COUNTRY_WORDS
        # an adjective ("Ukrainian", "Japanese", "British"), not a place ("Seoul raises …")
        and tokens[closer][0].lower().endswith(("an", "ese", "ish", "ch", "i"))
        and bool(words)
        and tokens[words[-1]][0].endswith("s")
        and not tokens[words[-1]][0].endswith(("ss", "'s", "’s"))
    )


def _joins(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the connector at ``i`` joins two parts of one claimant ("Ministry of Defence",
    "officials in Tokyo": "in" only between a role word and a capitalised place)."""
    word = tokens[i][0].lower()
    if word == "under":
        return tokens[i - 1][0][:1].isupper()  # "Department under the Ministry of …"
    # the place's or body's name, behind its article ("the embassy in the Netherlands")
    named = (
        tokens[i + 2]
        if tokens[i + 1][0].lower() == "the" and i + 2 < len(tokens)
        else tokens[i + 1]
    )
    if (
        word in {"in", "to"}
        and not (
            (
                tokens[i - 1][0].lower() in (ROLE_WORDS if word == "in" else _ENVOYS)
                # "Firefighters in Vina del Mar", "rescuers in Hatay": people by their trade
                or (word == "in" and _people_by_trade(tokens[i - 1][0]))
                # "The Ministry of Health in Malawi says", "… in Gaza": a body's name, then
                # where it sits
                or (
                    word == "in"
                    and tokens[i - 1][0][:1].isupper()
                    and any(t[0].lower() in ROLE_WORDS for t in tokens[max(0, i - 4) : i])
                )
                # "OCHA in South Sudan said": a body's acronym, then where it sits
                or (word == "in" and re.fullmatch(r"[A-Z]{2,6}", tokens[i - 1][0]) is not None)
            )
            and named[0][0].isupper()
        )
    ):
        return False  # "officials in Tokyo", "Ukraine's ambassador to Greece"
    # "activists in Sudan", "A resident of Nyaung Kone": people, then where they are
    people = tokens[i - 1][0].lower() in PERSON_NOUNS or _people_by_trade(tokens[i - 1][0])
    if word in {"in", "of", "from"} and people and tokens[i + 1][0][:1].isupper():
        return True
    # "the governor of the southern region of Mykolaiv": a place's kind before its name
    return _np_token(tokens[i - 1][0]) or (
        word == "of"
        and tokens[i - 1][0].lower() in _PLACE_KINDS
        and tokens[i + 1][0][:1].isupper()
        # only a role's place ("the governor of the region of X"), not what a document is
        # about ("A survey of farms near the town of Hamar shows")
        and any(
            tokens[k][0] == "of" and tokens[k - 1][0].lower() in ROLE_WORDS
            for k in range(max(1, i - 5), i - 1)
        )
    )


def _named_place_of_role(tokens: list[tuple[str, int, int]], i: int) -> int:
    """How many tokens, back from token ``i`` (a place's kind) to the "the" after a role and
    "of", name a place ("the governor of the Kursk region": "the Kursk region"); else 0."""
    if tokens[i][0].lower() not in _PLACE_KINDS:
        return 0
    k = i - 1
    while k >= 0 and i - k <= 3 and tokens[k][0][:1].isupper():
        k -= 1
    if k == i - 1:
        return 0
    # "the governor of Ukraine's Cherkasy region": a country's possessive instead of "the"
    if (
        k >= 1
        and tokens[k][0] == "of"
        and tokens[k - 1][0].lower() in ROLE_WORDS
        and _NAME_POSSESSIVE.fullmatch(tokens[k + 1][0])
    ):
        return i - k
    # "the embattled Kursk region", "the southern Kherson region": an adjective or two first
    adjectives = 0
    while adjectives < 2 and k >= 0 and _place_adjective(tokens[k][0]):
        k, adjectives = k - 1, adjectives + 1
    if not _role_of_the(tokens, k):
        return 0
    return i - k + 1


def _place_adjective(word: str) -> bool:
    """A lower-case word that may describe a place before its name ("embattled", "southern")."""
    return word.isalpha() and word.islower() and word not in _CLAUSE_WORDS and word != "the"


def _role_of_the(tokens: list[tuple[str, int, int]], article: int) -> bool:
    """Whether the "the" at ``article`` follows a role and "of" ("the head of the …")."""
    return (
        article >= 2
        and tokens[article][0].lower() == "the"
        and tokens[article - 1][0] == "of"
        and tokens[article - 2][0].lower() in ROLE_WORDS
    )


#: The kinds of place named with "of" ("the region of X", "the city of X").
_PLACE_KINDS = frozenset(
    {"region", "province", "city", "district", "state", "county", "oblast", "town", "village",
     "municipality", "prefecture", "governorate", "island", "islands", "area", "department"}
)  # fmt: skip


def _people_by_trade(word: str) -> bool:
    """Whether a plural names people by what they do ("firefighters", "rescuers", "medics")."""
    low = word.lower()
    return low.endswith(("ers", "ists", "ians", "ors")) or low.rstrip("s") in PERSON_NOUNS


#: Roles accredited "to" a place ("ambassador to Greece", "envoy to the UN").
_ENVOYS = frozenset(
    {"ambassador", "envoy", "representative", "delegate", "consul", "attaché", "delegation"}
)


def _comma_joins(
    tokens: list[tuple[str, int, int]], i: int, collected: list[int], pending: bool
) -> bool:
    """Whether a comma is inside the claimant: before a name in apposition ("Kyiv’s top
    commander, Gen. Oleksandr Syrskyi, said") or in a list of proper adjectives ("American,
    South Korean and Ukrainian authorities")."""
    before = tokens[i - 1][0]
    if before.lower() in MONTHS:
        return False  # "In late April, Pyongyang and Moscow confirmed": a date, then the list
    after = [tokens[j][0] for j in sorted(collected)]
    if pending and _np_token(before):
        return True
    if i >= 2 and tokens[i - 2][0].lower() in {"in", "at", "from", "on", "near"}:
        return False  # "In Oslo, Harbour & Co said": a place, then the name
    # ("Challenger, Gray & Christmas said": a firm's partners, one name)
    return before[0].isupper() and ("and" in after or "&" in after) and after[0][0].isupper()


def _edition_year(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether token ``i`` is a year naming a document's edition, after an owner or an article
    ("Norway's 2022 flood review", "the 2023 annual report")."""
    if i == 0 or not re.fullmatch(r"(?:19|20)\d\d", tokens[i][0]):
        return False
    before = tokens[i - 1][0]
    return before.lower() in _ARTICLES | _POSSESSIVE_DETERMINERS or bool(
        re.search(r"[’']s$", before)
    )


def _name_goes_on(tokens: list[tuple[str, int, int]], i: int, article: str) -> bool:
    """Whether the article at token ``i + 1`` is "the" inside a name, after "of", "under"
    or "for" and a capitalised word ("the General Staff of the Armed Forces of Ukraine"), or
    after "in" or "to" and the body or envoy placed there ("the embassy in The Hague",
    "North Korea's delegation to the Conference on Disarmament")."""
    if (
        article == "the"
        and i > 0
        and tokens[i][0] in {"in", "to"}
        and (
            tokens[i - 1][0].lower() in (ROLE_WORDS if tokens[i][0] == "in" else _ENVOYS)
            # "The Ministry of Health in the Gaza Strip": a body's name, then where it sits
            or (
                tokens[i][0] == "in"
                and tokens[i - 1][0][:1].isupper()
                and any(t[0].lower() in ROLE_WORDS for t in tokens[max(0, i - 4) : i])
            )
        )
        and i + 2 < len(tokens)
        and tokens[i + 2][0][:1].isupper()
    ):
        return True
    return (
        article == "the"
        and i > 0
        # "the Second Investigation Department under the Ministry of National Defence",
        # "the Coordination Headquarters for the Treatment of Prisoners of War"
        and tokens[i][0] in {"of", "under", "for"}
        and (
            tokens[i - 1][0][:1].isupper()
            # "the governor of the southern region of Mykolaiv": a role of a place
            or (tokens[i][0] == "of" and tokens[i - 1][0].lower() in ROLE_WORDS)
        )
    )


#: Lower-case heads that speak on their own after an article or alone: roles ("the league
#: said"), documents ("reports said", "the data showed"), posts ("the post added") and where
#: records are kept ("the ministry's records showed", "the council's website showed").
_SPEAKING_HEADS: frozenset[str] = (
    ROLE_WORDS
    | DOCUMENT_NOUNS
    | wordset("post posts tweet message records website database register registry")
    # "the UN children's fund said", "the UN's food programme said": bodies by these heads
    | wordset("fund programme program")
)


def _role_complement(tokens: list[tuple[str, int, int]], i: int) -> int:
    """How many tokens back from ``i`` are a role word's lower-case complement after "for"
    or "of" ("the commissioner for human rights", "the headquarters for prisoners of war"),
    taken with "for"/"of" so the role word before them is read next; else 0."""
    j = i
    while j >= 0 and i - j <= 4 and _plain_lower(tokens[j][0]) and tokens[j][0] != "for":
        if tokens[j][0] in _CLAUSE_WORDS - {"of"} or tokens[j][0] in _ARTICLES:
            return 0
        j -= 1
    if not (
        1 <= j < i
        and tokens[j][0] in {"for", "of"}
        and tokens[j - 1][0].lower() in ROLE_WORDS
        and tokens[j + 1][0] != "of"
    ):
        return 0
    return i - j + 1


def _kept_inside(tokens: list[tuple[str, int, int]], i: int) -> int:
    """How many tokens ending at ``i`` a noun phrase keeps inside it: a lower-case possessive
    ("the agency's assessment puts"), or an acronym in brackets after a name ("A Defense
    Intelligence Agency (DIA) briefing"); 0 for neither."""
    if _LOWER_POSSESSIVE.fullmatch(tokens[i][0]):
        return 1
    acronym = (
        tokens[i][0] == ")"
        and i >= 3
        and tokens[i - 2][0] == "("
        and re.fullmatch(r"[A-Z][A-Za-z]{1,7}", tokens[i - 1][0]) is not None
        and tokens[i - 3][0][:1].isupper()
    )
    return 3 if acronym else 0


def _collect_backward(tokens: list[tuple[str, int, int]], i: int) -> tuple[int, int] | None:
    """The noun phrase ending at token ``i``, walking back over the words that can name a
    claimant."""
    pending_comma = tokens[i][0] == ","
    if pending_comma:
        i -= 1
    end_index = i
    collected: list[int] = []
    while i >= 0:
        word = tokens[i][0]
        low = word.lower()
        if (
            _np_token(word)
            or (low in _ARTICLES | _POSSESSIVE_DETERMINERS and collected)
            # "The 2021 census counted": the year of a document's edition
            or (collected and _edition_year(tokens, i))
            # "The 64-page report estimated"
            or (collected and _NUMBER_COMPOUND.fullmatch(word) is not None)
        ):
            collected.append(i)
            i -= 1
            if low in _ARTICLES | _POSSESSIVE_DETERMINERS and not _name_goes_on(tokens, i, low):
                break  # "its chairman put losses at": the determiner opens the phrase
            continue
        if collected and low in _QUANTIFIERS:
            collected.append(i)  # "two U.S. officials said"
            break
        # ("the governor of the Kursk region said": a role of a named place, taken whole)
        kept = (
            _kept_inside(tokens, i)
            if collected
            else _named_place_of_role(tokens, i) or _role_complement(tokens, i)
        )
        if kept:
            collected.extend(range(i, i - kept, -1))
            i -= kept
            continue
        if _plain_lower(word) and (collected or i > 0) and word not in _CONNECTORS:
            # "a customs official"; with nothing collected yet, any noun after an article,
            # quantifier or comma ("the league said"), not only the role words
            modifiers = _lower_modifiers(tokens, i)
            # with nothing collected, lowercase words are a claimant only when an article
            # or a name's possessive closes them ("Chile's central bank said"), or when they
            # hold a role word ("The UN agency for refugees")
            if modifiers is None or (
                not collected
                and modifiers[1] != -1
                and not _NAME_POSSESSIVE.fullmatch(tokens[modifiers[1]][0])
                and not _nationals(tokens, modifiers)
                and not any(
                    tokens[k][0].lower().rsplit("-", 1)[-1] in _SPEAKING_HEADS for k in modifiers[0]
                )
                # "Red Crescent workers said", "Navy divers said": people by their trade
                and not (modifiers[0] == [i] and word.endswith("s") and _people_by_trade(word))
                # "the governor of the region said": a role's place
                and not (low in _PLACE_KINDS and _role_of_the(tokens, modifiers[0][0]))
            ):
                break
            collected.extend(modifiers[0])
            i = modifiers[1]
            continue
        if (
            low in {"of", "for", "and", "&", "in", "to", "under"}
            and collected
            and i > 0
            and _joins(tokens, i)
        ):
            collected.append(i)
            i -= 1
            continue
        if (
            word == ","
            and collected
            and i > 0
            and _comma_joins(tokens, i, collected, pending_comma)
        ):
            pending_comma = pending_comma and not _np_token(tokens[i - 1][0])
            collected.append(i)
            i -= 1
            continue
        if low == "or" and pending_comma and collected and i > 0 and tokens[i - 1][0] == ",":
            # "the Joint Chiefs of Staff, or JCS, said"
            collected.extend([i, i - 1])
            pending_comma = False
            i -= 2
            continue
        break
    return _phrase(tokens, collected, end_index)


def _phrase(
    tokens: list[tuple[str, int, int]], collected: list[int], last: int
) -> tuple[int, int] | None:
    """The offsets of the collected words, without leading connectors; None for nothing or
    an article alone."""
    if not collected:
        return None
    first = min(collected)
    while first <= last and tokens[first][0].lower() in {"of", "for", "and", ",", "&", "or"}:
        first += 1
    if first > last:
        return None
    if all(tokens[j][0].lower() in _ARTICLES for j in range(first, last + 1)):
        return None
    return tokens[first][1], tokens[last][2]


#: Documents a lower-case keeper may name ("customs records", "a coast guard report").
_KEPT_DOCUMENTS = frozenset(
    {"records", "report", "reports", "assessment", "assessments", "survey", "yearbook",
     "yearbooks", "almanac", "scorecard", "barometer", "conversation", "recording", "intercept",
     # ("according to a new study", "a recent analysis")
     "study", "studies", "analysis", "investigation", "audit", "poll", "census"}
)  # fmt: skip


#: Prepositions, never a modifier of a body's name ("Ngute in a statement").
_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "on", "at", "of", "for", "from", "with", "to", "by", "into", "about", "over", "via"}
)


def _name_then_lower_run(tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> bool:
    """Whether token ``i`` continues a run of lower-case words right after a capitalised
    word taken ("UN population fund official": "fund" after "population" after "UN")."""
    j = i - 1
    while j >= 0 and j in taken and tokens[j][0].islower():
        j -= 1
    return j >= 0 and j in taken and tokens[j][0][:1].isupper() and taken[-1] == i - 1


def _modifies_role(tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> bool:
    """Whether a lowercase word opening a claimant modifies a role word within the next two
    ("local officials", "regional health officials")."""
    word = tokens[i][0]
    if not _lower_word(word) or word in _CLAUSE_WORDS | _ARTICLES:
        return False
    owner = bool(taken) and (
        re.fullmatch(r"[A-Z][\w.-]*[’']s", tokens[taken[-1]][0]) is not None
        # "the London-based research group Marinetrace"
        or tokens[taken[-1]][0].endswith(("-based", "-funded", "-run", "-owned"))
        # "the Union health ministry", "UN population fund official X": a name used as a
        # modifier, right before the lower-case words of its body (never a preposition:
        # "wrote Joseph Dion Ngute in a statement")
        or (_name_then_lower_run(tokens, i, taken) and word.lower() not in _PREPOSITIONS)
    )
    if not owner and any(
        tokens[j][0].lower() not in _ARTICLES and not tokens[j][0].islower() for j in taken
    ):
        # "Norway's finance ministry": a name's possessive may open it too; a lower-case
        # modifier taken before goes on to its role word ("the provincial tourism office")
        return False
    reach = 3  # two words ahead; three across a nationality
    for j in range(i + 1, min(i + 5, len(tokens))):
        ahead = tokens[j]
        if j >= i + reach:
            break
        # "Ukraine's prosecutor general's office": a possessive role word goes on too;
        # "customs records", "a customs report": a document of its keeper
        if _POSSESSIVE_END.sub("", ahead[0]).lower() in ROLE_WORDS | _KEPT_DOCUMENTS:
            return True
        nationality = (
            ahead[0].lower() in COUNTRY_WORDS and ahead[0][:1].isupper()
        ) or _NATIONALITY_TOKEN.fullmatch(ahead[0])
        if nationality and reach < 5:
            # "the high-ranking Ukrainian intelligence officer", "several US officials", "two
            # Western officials", "multiple South Korean officials"
            reach += 1
            continue
        if not _lower_word(ahead[0]) or ahead[0] in _DETERMINERS | _PREPOSITIONS:
            # "the Russian embassy gave this newspaper", "a briefing presented to lawmakers":
            # a clause goes on
            return False
    return False


#: A capitalised word naming whose a role word is: a country or people's word, "Western",
#: or a body's acronym ("US", "UN", "EU").
#: A people's adjective ("Danish", "Ukrainian", "Japanese", "Israeli").
_PEOPLES_ADJECTIVE_TOKEN = re.compile(r"[A-Z][a-z]+(?:an|ese|ish|ic|i)")
_ONE_WORD_COUNTRIES = sorted(
    (w.title() for w in COUNTRY_WORDS if re.fullmatch("[a-z]+", w)), key=len, reverse=True
)
_NATIONALITY_TOKEN = re.compile(
    r"(?:Western|Allied|Arab|European|African|Asian|[A-Z]{2,4}|South|North|East|West"
    rf"|{'|'.join(_ONE_WORD_COUNTRIES)}|{_PEOPLES_ADJECTIVE_TOKEN.pattern})"
)


#: Words that open a new noun phrase, never a modifier inside one.
_DETERMINERS: frozenset[str] = (
    _ARTICLES | _POSSESSIVE_DETERMINERS | frozenset({"this", "that", "these", "those", "our"})
)

_POSSESSIVE_END = re.compile(r"[’']s$")


def _owns_a_role(tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> bool:
    """Whether a role word's possessive owns the role word after it, or one a lower-case
    word or two further on ("Ukraine's prosecutor general's office", "the health ministry's
    statistics unit")."""
    if not taken or not _ROLE_POSSESSIVE.fullmatch(tokens[i][0].lower()):
        return False
    for ahead in tokens[i + 1 : i + 4]:
        if ahead[0] in ROLE_WORDS:
            return True
        if not _lower_word(ahead[0]):
            return False
    return False


def _lower_word(word: str) -> bool:
    """A lower-case word, hyphenated or possessive ("prosecutor-general's") included."""
    bare = _POSSESSIVE_END.sub("", word).replace("-", "")
    return bare.isalpha() and word.islower()


def _owns_a_name(tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> bool:
    """Whether a role word's possessive owns the name after it ("per the Ukrainian
    military's General Staff")."""
    return bool(
        taken
        and _ROLE_POSSESSIVE.fullmatch(tokens[i][0])
        and i + 1 < len(tokens)
        and tokens[i + 1][0][0].isupper()
    )


#: Words for the one who heads a body, before "of the" and the body.
_HEADS_OF = frozenset(
    {"head", "chief", "director", "commander", "leader", "chairman", "chairwoman", "chair",
     "secretary", "deputy", "spokesman", "spokeswoman", "spokesperson"}
)  # fmt: skip


#: Who speaks for a body named after "for the" ("a spokesperson for the Interior Ministry").
_SPEAKERS_FOR = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "envoy"})


_PARTS_OF_OUTLETS = frozenset({"section", "service", "desk", "edition", "bureau"})


def _joined_after(tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> int:
    """How many tokens from the connector at ``i`` join the claimant's words: "of", "for",
    "and" before a word that can name one (1), "of the" / "for the" between two capitalised
    names ("the Coordination Headquarters for the Treatment of Prisoners of War": 2), "and
    the" before a second name ("Ukraine and the United States": 2), or none (0)."""
    if (
        tokens[i][0].lower() in {"of", "for"}
        and i + 2 < len(tokens)
        and tokens[i + 1][0] == "the"
        and (
            (
                tokens[i + 2][0][0].isupper()
                and _np_token(tokens[i + 2][0])
                and tokens[taken[-1]][0][0].isupper()
            )
            # "the head of the Main Intelligence Directorate", "the chief of the harbour
            # board": a head of the body named after it
            or (tokens[i][0].lower() == "of" and tokens[taken[-1]][0].lower() in _HEADS_OF)
            # "the Russian section of the BBC": a part of the outlet named after it
            or (
                tokens[i][0].lower() == "of"
                and tokens[taken[-1]][0].lower() in _PARTS_OF_OUTLETS
                and tokens[i + 2][0][0].isupper()
            )
            # "said a spokesperson for the Federal Ministry of the Interior": who speaks for
            # the body named after it
            or (
                tokens[i][0].lower() == "for"
                and tokens[taken[-1]][0].lower() in _SPEAKERS_FOR
                and tokens[i + 2][0][0].isupper()
            )
        )
    ):
        return 2
    if (
        # "according to Ukraine and the United States": a second name with its article
        tokens[i][0].lower() == "and"
        and i + 2 < len(tokens)
        and tokens[i + 1][0] == "the"
        and tokens[i + 2][0][0].isupper()
        and _np_token(tokens[i + 2][0])
        and tokens[taken[-1]][0][0].isupper()
    ):
        return 2
    return 1 if _np_token(tokens[i + 1][0]) else 0


def _collective_after_owner(tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> bool:
    """Whether token ``i`` is a collective body's noun right after its capitalised owner."""
    return (
        tokens[i][0].lower() in COLLECTIVE_BODY_NOUNS
        and bool(taken)
        and tokens[taken[-1]][0][:1].isupper()
        and taken[-1] == i - 1
    )


#: A compound adjective that names no one by itself ("Seoul-based", "UN-backed").
_COMPOUND_ADJECTIVE = re.compile(r"-(?:based|led|backed|funded|run|owned|affiliated|linked)$")
#: Words that end a noun phrase after such an adjective.
_NOT_A_HEAD = frozenset(
    {"who", "that", "which", "and", "or", "of", "in", "on", "at", "for", "with", "by", "to",
     "said", "says", "told", "as", "from"}
)  # fmt: skip


def _with_modified_noun(tokens: list[tuple[str, int, int]], taken: list[int]) -> None:
    """ "a Seoul-based activist", "a London-based research group": the noun a closing
    compound adjective modifies is part of the words (``taken`` grows in place)."""
    if not taken or not _COMPOUND_ADJECTIVE.search(tokens[taken[-1]][0]):
        return
    j = taken[-1] + 1
    while (
        j < len(tokens)
        and j - taken[-1] <= 3
        and re.fullmatch(r"[a-z]+", tokens[j][0])
        and tokens[j][0] not in _NOT_A_HEAD
        and not tokens[j][0].endswith("ed")
    ):
        taken.append(j)
        j += 1


#: A plural noun in lower case ("insurers", "fishermen", "soldiers"), not "its" or "was".
_LOWER_PLURAL = re.compile(r"[a-z]{3,}(?:[^s]s|men)")


def _with_people_after_adjective(tokens: list[tuple[str, int, int]], taken: list[int]) -> None:
    """ "according to Danish insurers", "according to Ukrainian soldiers": the people a
    closing people's adjective names are part of the words (``taken`` grows in place)."""
    if not taken:
        return
    j = taken[-1] + 1
    if (
        j < len(tokens)
        and _PEOPLES_ADJECTIVE_TOKEN.fullmatch(tokens[taken[-1]][0])
        and _LOWER_PLURAL.fullmatch(tokens[j][0])
        and tokens[j][0] not in _NOT_A_HEAD
    ):
        taken.append(j)


#: A name in quotation marks, as some pages write an outlet's ('the "Kyiv Post,"',
#: '“Fjordposten”'), its comma inside the marks or not.
_QUOTED_NAME = re.compile(
    r"\s*(?:the\s+)?[“\"]\s*(?P<name>(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,4})"
    r"\s*,?\s*[”\"]"
)


#: A web address in lower case standing for its site ("poweroutage.us", "x.com").
_DOMAIN = re.compile(
    r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|us|uk|io|info|ru|ua|kr|jp|de|fr|eu)"
)


#: Unnamed people who know ("two people familiar with the matter", "a person with knowledge
#: of the plans", "people briefed on the intelligence"): a source, with what they know of.
_INFORMED = (
    # (the source's words are the people, not how they know: "two people")
    r"\s*(?P<np>(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Ss]ome"
    r"|[Mm]ultiple|[Oo]ther)\s+)?(?:[a-z]+\s+)?(?:[Pp]eople|[Pp]ersons?|[Ss]ources?|[Oo]fficials?"
    r"|[Dd]iplomats?|[Ii]nsiders?))\s+(?:familiar\s+with|with\s+(?:direct\s+|first-hand\s+)?"
    r"knowledge\s+of|briefed\s+on|close\s+to|aware\s+of|informed\s+(?:about|of))"
    # (not "people familiar with its assessments": the owner is the source, named before)
    r"\s+(?:the\s+|a\s+|an\s+)?(?!its\b|their\b|his\b|her\b)[a-z-]+(?:\s+[a-z-]+)??"
)
INFORMED_PEOPLE = re.compile(
    _INFORMED + r"(?=\s*(?:[,.;:)]|$|\s+(?:said|say|says|told|tells|added|noted)\b))"
)
#: The same, ending right before a verb of saying ("…, two people familiar with it said").
_INFORMED_BEFORE = re.compile(_INFORMED + r"\s*$")


def _informed_before(text: str, start: int, verb_start: int) -> tuple[int, int] | None:
    """Unnamed people who know, as the whole subject before a verb of saying."""
    informed = _INFORMED_BEFORE.search(text, max(start, verb_start - 90), verb_start)
    if informed is None:
        return None
    lead = text[start : informed.start("np")].rstrip()
    return informed.span("np") if not lead or lead[-1] in {",", "—", "–"} else None


def np_forward(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The claimant's words starting at ``start`` ("said the SSO on its channel"; a name in
    quotation marks: 'according to the "Kyiv Post,"' names the Kyiv Post)."""
    quoted = _QUOTED_NAME.match(text, start, end)
    if quoted is not None:
        return quoted.span("name")
    informed = INFORMED_PEOPLE.match(text, start, end)
    if informed is not None:
        return informed.span("np")  # "according to two people familiar with the matter"
    tokens = _tokens(text, start, end)
    taken: list[int] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        if (
            _np_token(word)
            or (not taken and word.lower() in {"the", "a", "an"})
            # "according to poweroutage.us": a site by its address
            or ((not taken or tokens[taken[-1]][0].lower() == "the") and _DOMAIN.fullmatch(word))
            or _owns_a_name(tokens, i, taken)
            or _owns_a_role(tokens, i, taken)
        ):
            taken.append(i)
        elif (
            _modifies_role(tokens, i, taken)
            or _collective_after_owner(tokens, i, taken)
            # "said another government body": the kind of body, then "body"
            or (
                word in {"body", "bodies"}
                and bool(taken)
                and taken[-1] == i - 1
                and tokens[i - 1][0].lower() in ROLE_WORDS
            )
        ):
            # "according to local officials", "said regional health officials"; "a report by
            # a UN panel of experts": the panel, not "a UN"
            taken.append(i)
        elif word.lower() in {"of", "for", "and", "&"} and taken and i + 1 < len(tokens):
            # ("the Centre for Strategic & International Studies": "&" as "and")
            joined = _joined_after(tokens, i, taken)
            if not joined:
                break
            taken.extend(range(i, i + joined))
            i += joined
            continue
        elif going_on := _goes_on_at(text, tokens, i, taken):
            taken.extend(range(i, i + going_on))
            i += going_on
            continue
        else:
            break
        i += 1
    author = _authored_by(text, tokens, i, taken, end)
    if author is not None:
        return author
    while taken and tokens[taken[-1]][0].lower() in {"the", "a", "an", "of", "for", "and"}:
        taken.pop()
    _with_modified_noun(tokens, taken)
    _with_people_after_adjective(tokens, taken)
    _with_closing_apposition(text, tokens, i, taken, end)
    if not taken or all(tokens[j][0].lower() in {"the", "a", "an"} for j in taken):
        return None
    # "by the Institute for Maritime Studies (IMS)": the acronym in brackets is the name's
    acronym = _ACRONYM_AFTER.match(text, tokens[taken[-1]][2], end)
    return tokens[taken[0]][1], acronym.end() if acronym else tokens[taken[-1]][2]


def _authored_by(
    text: str, tokens: list[tuple[str, int, int]], i: int, taken: list[int], end: int
) -> tuple[int, int] | None:
    """ "said a statement by the Rescue Service": a document's words, then its author's."""
    if not (
        taken
        and i < len(tokens)
        and tokens[i][0].lower() == "by"
        and tokens[taken[-1]][0].lower() in DOCUMENT_NOUNS
    ):
        return None
    author = np_forward(text, tokens[i][2], end)
    return (tokens[taken[0]][1], author[1]) if author is not None else None


def body_placed_after(text: str, pos: int, end: int) -> int | None:
    """Where the body some unnamed sources are in ends, its name read whole ("sources in the
    navy", "sources in the Norwegian newspaper Fjord Times"); None when ``pos`` is followed by
    no such body, or by a name going on in lower case that would be cut in two."""
    placed = _PLACED_IN.match(text, pos, end)
    body = np_forward(text, placed.end(), end) if placed is not None else None
    if body is None or re.match(r"\s+[a-z]", text[body[1] : body[1] + 3]):
        return None
    return body[1]


_PLACED_IN = re.compile(r"\s+(?:in|at|within|inside)\s+")


def _with_closing_apposition(
    text: str, tokens: list[tuple[str, int, int]], i: int, taken: list[int], end: int
) -> None:
    """A name in apposition that closes the sentence ("according to the army's chief, Gen.
    Ana Ruiz."): part of the claimant's words."""
    if not (taken and i < len(tokens) and tokens[i][0] == "," and taken[-1] == i - 1):
        return
    j = i + 1
    while (
        j < len(tokens) and tokens[j][0][0].isupper() and tokens[j][0] not in CAPITALISED_NON_NAMES
    ):
        j += 1
    if j > i + 1 and re.fullmatch(r"[\s.!?”\"’)]*", text[tokens[j - 1][2] : end]):
        taken.extend(range(i, j))


def _name_particles(tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> int:
    """How many particles from ``i`` join a capitalised name before them to its capitalised
    rest; 0 when they do not."""
    if not taken or taken[-1] != i - 1 or not tokens[i - 1][0][0].isupper():
        return 0
    j = i
    while j < len(tokens) and j - i < 2 and tokens[j][0] in NAME_PARTICLES:
        j += 1
    if j == i or j >= len(tokens) or not tokens[j][0][0].isupper():
        return 0
    return j - i


#: The rest of a list of names before one noun, from the comma after its first name:
#: ", Japanese and Philippine coast guard officials".
_LIST_REST = re.compile(
    r",\s*(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,\s*)*(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*,?\s+)?"
    r"and\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:\s+(?=[a-z])|(?=[.;]?\s*$))"
)


def _goes_on_at(text: str, tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> int:
    """How many tokens from ``i`` the claimant's words go on with past a comma or a name's
    particles ("said Ursula von der Leyen", "according to Staffan de Mistura"); 0 for none."""
    if tokens[i][0] == ",":
        return _comma_goes_on(text, tokens, i, taken)
    if (
        tokens[i][0] == "in"
        and taken
        and tokens[taken[-1]][0].lower() in ROLE_WORDS | PERSON_NOUNS | {"coordinator"}
        and i + 3 < len(tokens)
        and all(tokens[k][0][:1].isupper() for k in (i + 1, i + 2, i + 3))
    ):
        # "said WHO Director General in Ukraine Jarno Habicht": a post in a country, then the
        # name of who holds it
        return 2
    return _name_particles(tokens, i, taken)


def _comma_goes_on(text: str, tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> int:
    """How many tokens from the comma at ``i`` the claimant's words go on with: ", or JCS"
    (another name for the same body) or the rest of a list of names; 0 when the comma ends
    them."""
    if taken and i + 2 < len(tokens) and tokens[i + 1][0] == "or" and tokens[i + 2][0].isupper():
        return 3
    partners = _PARTNERS_AFTER.match(text, tokens[i][1], tokens[-1][2])
    if taken and tokens[taken[-1]][0][:1].isupper() and partners is not None:
        # "the firm of Challenger, Gray & Christmas": a firm's partners, one name
        return sum(1 for k in range(i, len(tokens)) if tokens[k][2] <= partners.end())
    return _listed_names_after(text, tokens, i, taken)


#: The rest of a partnership's name after its first partner's (", Gray & Christmas").
_PARTNERS_AFTER = re.compile(r",\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s+&\s+[A-Z][\w’'.-]*")


def _listed_names_after(
    text: str, tokens: list[tuple[str, int, int]], i: int, taken: list[int]
) -> int:
    """How many tokens from the comma at ``i`` go on a list of capitalised names that a
    lower-case noun closes ("U.S., Japanese and Philippine officials") or that ends the
    words ("according to Chile, Peru and Ecuador."), or 0."""
    if not taken or not all(tokens[k][0][:1].isupper() for k in taken):
        return 0
    rest = _LIST_REST.match(text, tokens[i][1], tokens[-1][2])
    if rest is None:
        return 0
    end = rest.end()
    if text[end - 1] == "." and not re.search(r"(?:^|\s|\.)[A-Z]\.$", text[:end]):
        end -= 1  # the sentence's full stop, not an initial's ("U.S.")
    return sum(1 for k in range(i, len(tokens)) if tokens[k][2] <= end)


_LIST_NP = re.compile(
    r"^(?P<list>(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?:,\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*"
    r",?\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?P<noun>[a-z][\w\s’'-]*)$"
)


def lists_groups_of_one_noun(words: str) -> bool:
    """Whether the words list groups before the one noun they share ("Japanese, South Korean
    and Ukrainian officials"), not bare names ("Washington and Seoul")."""
    return _LIST_NP.match(words) is not None


def split_claimants(words: str) -> list[str]:
    """One claimant per listed party: "American, South Korean and Ukrainian authorities" →
    three; "the U.S. and South Korea" → two; anything else → itself."""
    match = _LIST_NP.match(words)
    if match:
        parts = re.split(r",\s*(?:and\s+)?|\s+and\s+", match.group("list"))
        return [f"{part.strip()} {match.group('noun')}" for part in parts if part.strip()]
    if " and " in words and not re.search(r"\b(?:of|for)\b", words):
        parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", words)]
        if len(parts) > 1 and all(p and (p[0].isupper() or p.startswith("the ")) for p in parts):
            return parts
    return [words]


def _content_words(text: str, start: int, end: int) -> int:
    return len(re.findall(r"[A-Za-z\d]+", text[start:end]))
