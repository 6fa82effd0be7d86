"""Stage 5 of ``propose``: who made each statement, and when.

A :class:`Discourse` reads a report's sentences in order and keeps what a later sentence may
refer back to: the claimants named so far, the last statement and its date. For each
attribution frame of a sentence it resolves the claimant (an existing actor through the one
call of :func:`~timeline.curation.linking.match_claimant`, which knows names, acronyms, aliases
and parent bodies; a pronoun, descriptor or document carried on from an earlier claimant; a
short form of a full name) and the statement's date (date words attached to the frame, read by
:mod:`~timeline.curation.statement_dates`, else the same party's previous statement, else
undated).
Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache
from typing import Any

from timeline.curation.attribution import (
    COUNTRY_WORDS,
    THAT_COMPLEMENT,
    Claimant,
    Frame,
    countries_named,
    country_of,
    names_an_outlet,
    names_person,
    np_forward,
    relays_a_body,
    split_claimants,
)
from timeline.curation.dates import DateMention, find_dates, month_of, week_of
from timeline.curation.home import home_country
from timeline.curation.linking import (
    alias_list,
    descriptor_fits,
    known_forms,
    match_claimant,
    named_person,
    names_office_holder,
    names_unnamed_official,
    norm_name,
    same_body,
)
from timeline.curation.noun_phrases import (
    _np_backward,
    lists_groups_of_one_noun,
    names_a_pair_of_people,
)
from timeline.curation.numbers import find_numbers
from timeline.curation.sentences import LIST_ITEM, Span, item_of_colon_list, quotations
from timeline.curation.statement_dates import (
    DATELINE,
    SEPARATE_OCCASION,
    THE_OCCASION_BEFORE,
    dated_occasion,
    frame_date,
    is_live_page,
    main_clause_end,
)
from timeline.curation.vocabulary import (
    ANOTHER,
    ARTICLED_SURNAME,
    AUDIENCE_NOUNS,
    AUTHOR_HANDED_OVER,
    BODY_HEADS,
    BODY_NOUNS,
    CAPITALISED_NON_NAMES,
    CAPITALISED_ROLE,
    CHANNEL_NOUNS,
    DATA_GIVING_PARTICIPLES,
    DATA_NOUNS,
    DESCRIPTOR_SYNONYMS,
    DOCUMENT_NOUNS,
    HANDED_OVER_VERBS,
    INTELLIGENCE_WORDS,
    LEGISLATOR_NOUNS,
    MONTH_NAMES,
    MONTH_PATTERN,
    MONTHS,
    NAME_PARTICLES,
    NOT_A_DAY_NAME,
    ORG_NAME_WORDS,
    PARTITIVE_OF,
    PERSON_NOUNS,
    PERSON_ROLES,
    PORTFOLIO_WORDS,
    POSSESSIVE_PRONOUNS,
    PRESENT_SAYING_VERBS,
    PRONOUNS,
    REFERRING_PRONOUNS,
    ROLE_WORDS,
    THINGS_COUNTED,
    TITLES,
    UNNAMED_SOURCES,
    VAGUE_AMOUNT,
    WEEKDAYS,
    alternation,
    bloc_words,
    wordset,
)

__all__ = ["DATELINE", "Discourse", "Statement", "frame_zone", "party_date"]

#: Date words of the calendar: a month's name or a year ("November 11, 2024", "in May 2023").
_CALENDAR_DATE = re.compile(
    # ("This week, another 1,500 were sent" after a statement of last week)
    rf"\b(?:{MONTH_PATTERN}|(?:19|20)\d\d)\b|^(?i:this\s+(?:week|month))$"
)
#: A deadline's word before a date ("by March", "until the end of 2024"): a plan, not a day
#: past.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|before|through|within)\s+(?:the\s+)?(?:end\s+of\s+)?$"
)
#: A legislator referred to by a descriptor ("the lawmaker"), and the titles that name one
#: ("Congressman Wi", "Rep. Ko", "Sen. Lind", "lawmaker Lee").
_LEGISLATOR_DESCRIPTOR = re.compile(rf"(?i)the\s+(?:{alternation(LEGISLATOR_NOUNS)})")
_LEGISLATOR_TITLE = re.compile(
    r"\b(?:Rep\.|Sen\.|(?i:"
    + alternation(LEGISLATOR_NOUNS | {"assemblyman", "assemblywoman", "representative"})
    + r"))(?=\s)"
)
#: A legislator's title, then a name ("Congressman Wi Sung-lac", "lawmaker Lee Seong-kweun").
_LEGISLATOR_NAMED = re.compile(
    _LEGISLATOR_TITLE.pattern + r"\s+(?:[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*){0,2}"
)
#: Offices a descriptor names too precisely to stand for any last claimant.
_SPECIFIC_OFFICES = frozenset(
    {"president", "minister", "commander", "envoy", "regiment", "brigade", "battalion"}
)
#: Heads of bodies of different kinds: "the ministry" never stands for a navy named before.
_DISTINCT_BODY_HEADS = frozenset(
    {"army", "navy", "ministry", "police", "parliament", "court", "embassy", "consulate",
     "hospital", "university", "council", "commission"}
)  # fmt: skip
#: Heads of a state's bodies, and of bodies of citizens they never stand for.
_STATE_BODY_HEADS = frozenset({"army", "military", "forces", "ministry", "government", "embassy"})
_CIVIL_HEADS = wordset(
    """group groups organisation organization charity network monitor observatory union
    association foundation ngo volunteers activists reports media outlets company companies
    firm firms carrier operator"""
)
_GENERIC_CLAIMANT = re.compile(
    r"(?i)^(?:he|she|it|they|we|the\s+(?:agency|ministry|military|office|official|officials|"
    r"spokesman|spokeswoman|spokesperson|statement|report|president|minister|army|command|"
    r"service|government|group|outlet|broadcaster|newspaper|daily|source|sources|commander|"
    r"leader|adviser|general|diplomat|envoy|department|unit|embassy|directorate|committee|"
    r"council|mission|administration|headquarters|forces|force|brigade|regiment|division))$"
)
#: A sentence opening with the place it is about ("In London, ", "In Stockholm, meanwhile, ").
_IN_PLACE = re.compile(
    r"\s*(?:[A-Z][\w’'.-]*\s+)?In\s+(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2})\s*,"
    r"(?:\s*(?:meanwhile|too|also)\s*,)?\s*$"
)
#: The last sentence before, opening on a state as its subject ("Jamaica has no embassy in
#: Kyiv or Moscow."): a state's name, then a verb in lower case.
_STATE_OPENING = re.compile(
    r"(?:^|[.!?][”\"]?\s+)(?P<state>"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(COUNTRY_WORDS, key=len, reverse=True)
        if not re.search(r"(?:an|ese|ish|i|ch|ss)$", w)  # a name, not a people's adjective
    )
    + r")\s+(?:has|had|have|is|was|says|said|does|did|remains|keeps|kept)\b[^.!?]*[.!?][”\"]?$",
    re.IGNORECASE,
)
#: A body owned by a person's name ("Budanov's agency", "Lee's ministry").
_PERSONS_BODY = re.compile(
    r"(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*[’']s\s+(?:own\s+)?(?:agency|ministry|service"
    r"|directorate|department|office|command|staff|administration)"
)
#: A ministry or department named by its portfolio alone, without a country ("the Ministry of
#: Defence", "the Defense Department", "the foreign ministry").
_GENERIC_MINISTRY = re.compile(
    # (the "Defense Department" and "Justice Department" are American names: not generic)
    r"(?i:the\s+)?(?:(?:[Dd]efen[cs]e|[Ff]oreign|[Ii]nterior|[Jj]ustice|[Ff]inance)\s+"
    r"[Mm]inistry|[Dd]efence\s+[Dd]epartment|[Dd]epartment\s+of\s+[Dd]efence"
    r"|[Mm]inistry\s+of\s+(?:[Dd]efen[cs]e|[Ff]oreign\s+[Aa]ffairs|the\s+[Ii]nterior"
    r"|[Ii]nternal\s+[Aa]ffairs|[Jj]ustice|[Ff]inance))"
)
#: A ministry's name two states share ("the Ministry of National Defense (MND)": Seoul's and
#: Taipei's alike): another state's only on a page whose country is known to be another.
_SHARED_MINISTRY = re.compile(
    r"(?i:the\s+)?(?:(?:[Mm]inistry\s+of\s+)?[Nn]ational\s+[Dd]efen[cs]e(?:\s+[Mm]inistry)?"
    r"(?:\s+\(MND\))?|MND)"
)
#: Modifiers that put a body at a level of government below the nation's ("the regional
#: administration", "the local council"): a descriptor holding one is not a national body.
_LEVEL_WORDS: frozenset[str] = frozenset(
    {"regional", "local", "provincial", "municipal", "city", "district", "county", "oblast"}
    # a portfolio puts a ministry in another field: "the foreign ministry" is not the defence
    # ministry named before
    | PORTFOLIO_WORDS
)
#: A descriptor subject: "the agency", "the spy agency", "this ministry", "the officials".
#: A demonstrative pointing back to what was just named ("this information", "these data").
_POINTING_BACK = re.compile(r"(?i:this|these|that|those)\s")
_DESCRIPTOR = re.compile(
    # ("The Office verified …": a body named before, by its head noun in capitals)
    # ("the Washington-based think tank": where it sits is no name of its own)
    r"(?i:the|this|that|these|those)\s+(?:\d[\d,.]*-[a-z-]+\s+|[A-Z][\w.’'-]*-based\s+)?"
    r"((?:[a-z’'-]+\s+){0,2}[a-z’'-]+"
    rf"|{CAPITALISED_ROLE})"
)
#: An opening naming the occasion of the previous statement ("In that briefing,", "At the
#: same hearing,", "During the same interview,").
_ANAPHORIC_OCCASION = re.compile(
    r"(?:[A-Z][A-Z .'-]+\s+[–—-]{1,2}\s+)?(?:In|At|During|On)\s+(?:that|this|the\s+same|the)"
    r"\s+(?:same\s+)?(?:briefing|hearing|interview|session|meeting|conference|news\s+conference"
    r"|press\s+conference|statement|testimony|address|speech|appearance|call|report|remarks)"
    # "In the same address, he …", or without the comma: "In the same address he put …"
    r"(?:\s*,|(?=\s+[A-Za-z]))"
)
#: A relay and the source it cites, set off by commas before the verb ("Local radio, citing
#: the coastal agency, reported").
_CITING = re.compile(
    r"(?:^|(?<=[.;:]\s)|(?<=\n))(?P<relay>[A-Z][^,;:“”\"]{1,60}?),\s*citing\s+"
    r"(?P<source>[^,;:“”\"]{2,80}?)\s*,\s*$"
)
#: A sentence opening on another source than the one before ("Another poll …", "A separate
#: study …"): nothing before it goes on into it.
_ANOTHER_SOURCE = re.compile(
    rf"{ANOTHER}\s+(?:[\w-]+\s+){{0,2}}?(?:poll|survey|report|study|analysis|estimate|assessment)\b"
    # "Additionally, in a separate incident, two gunmen killed …": another happening, told by
    # the page, not more of the statement before
    r"|(?:[A-Z]\w+,\s+)?(?i:in\s+an?\s+(?:separate|unrelated|different)\s+(?:incident|attack"
    r"|development|case|event))\b"
)
#: Bodies and people a relay cites by a people's adjective ("South Korean lawmakers").
_CITED_PEOPLE = frozenset(
    {"intelligence", "officials", "authorities", "lawmakers", "legislators", "diplomats"}
)
#: Documents a relay cites by their body's adjective ("a Ukrainian intelligence assessment").
_CITED_DOCUMENTS = frozenset({"assessment", "report", "estimate", "estimates", "analysis", "study"})
#: The source a relay cites, by name, descriptor or document, after "citing" or "with
#: reference to" (the owner of an account, the body behind data).
_CITED_SOURCE = (
    # "… with reference to the X account of the British Ministry of Defence": its owner
    r"(?:the\s+(?:[A-Z][\w.-]*\s+)?(?:account|channel|page|website|feed)\s+of\s+)?"
    # "…, citing data from Russia's federal statistics service": the data's source
    r"(?:(?:data|figures|statistics|information)\s+(?:from|of|by)\s+)?"
    r"(?P<source>(?:the\s+|The\s+)?(?:[A-Z][\w.’'-]*(?:\s+(?:of\s+|for\s+)?"
    r"[A-Z][\w.’'-]*)*"
    # "…, citing the national customs agency": a body by its descriptor; "with reference to
    # South Korean intelligence", "citing Indian officials"; "with reference to the press
    # service of the government of the region": a body of another's
    rf"|(?:[a-z-]+\s+){{0,3}}(?:{alternation(BODY_NOUNS)})"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:government|ministry|region|city"
    r"|administration)(?:\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?)?"
    # "citing Russia's federal statistics service": a country's body by its descriptor
    rf"|[A-Z][\w.’'-]*[’']s\s+(?:[a-z-]+\s+){{0,3}}(?:{alternation(BODY_NOUNS)})"
    rf"|(?:[A-Z][\w.’'-]*\s+){{1,2}}(?:[a-z-]+\s+){{0,3}}"
    rf"(?:{alternation(BODY_NOUNS | _CITED_PEOPLE)})"
    # "the British research centre OpenSourceCentre": the descriptor, then the name
    r"(?:\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?"
    # "…, CNN reported, citing a Ukrainian intelligence assessment": a document of a body
    rf"|(?:an?|the)\s+(?:[A-Z][\w.’'-]*\s+){{1,2}}(?:[a-z-]+\s+){{0,2}}"
    rf"(?:{alternation(_CITED_DOCUMENTS)}))"
    # "…, citing South Korea's Joint Chiefs of Staff (JCS).": its acronym after it
    r"(?:\s*\([A-Z][A-Za-z&.-]{1,9}\))?)"
)
#: A named source cited after a closing relay's verb ("…, UNN reports citing The Telegraph.").
_CITING_AFTER = re.compile(
    # ("…, Yonhap reported on Aug. 27, citing …": the day of the relay between)
    r"(?:\s+(?:on|last|this|early|late)\s+[\w.]+(?:\s+\d{1,2})?)?"
    r",?\s+(?:citing|with\s+reference\s+to|referring\s+to)\s+"
    + _CITED_SOURCE
    # "…, writes UNN.": the outlet that carries the relay, after it
    + r"(?:,\s+(?:writes|reports|says|wrote|reported|said)\s+(?:the\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*){0,3})?"
    r"\s*[.!?]?[”\"’)]*\s*$"
)
#: A source set off after a relay's verb, before what it says ("reports, citing the
#: Telegraph, that …").
_CITING_ASIDE = re.compile(
    r"(?:\s+(?:on|last|this|early|late)\s+[\w.]+(?:\s+\d{1,2})?)?,\s*(?:citing|with\s+reference"
    r"\s+to)\s+" + _CITED_SOURCE + r",\s*(?=that\b|[“\"])"
)
#: A cited body named by a people's adjective and a common noun ("South Korean intelligence",
#: "Indian officials"), not by its name.
_SPEAKER_CITING_DESCRIPTOR = re.compile(
    rf"(?:(?:an?|the)\s+)?(?:[A-Z][\w.’'-]*\s+){{1,2}}(?:[a-z-]+\s+){{0,3}}"
    rf"(?:{alternation(_CITED_PEOPLE | _CITED_DOCUMENTS)})"
)
#: Another attribution between a frame and a closing "citing X" that then belongs to it.
_ACCORDING_BETWEEN = re.compile(r"\b(?:according\s+to|per)\s", re.IGNORECASE)
#: A possessive determiner owning an estimate, and the pronoun it stands for.
_POSSESSIVE_DETERMINERS = POSSESSIVE_PRONOUNS
#: An unnamed official of a body named by capitalised words ("A senior Defense Ministry
#: official", "two Foreign Ministry sources").
_OFFICIAL_OF = re.compile(
    r"(?i:an?|one|two|three|several)\s+(?i:senior\s+|top\s+|high-ranking\s+)?"
    # (a spokesman is a person the linker keeps apart from the body)
    r"(?P<body>(?:[A-Za-z][\w-]*\s+){1,4}?)(?:officials?|sources?|officers?)"
)
#: A body named by its owner's possessive determiner ("its spy agency", "their defence
#: ministry"): the determiner and the lower-case descriptor.
_OWNED = re.compile(r"(?i:(its|their))\s+((?-i:[a-z][a-z -]*[a-z]))")
#: A description of a speaker closing with the only name they gave ("a commander who asked
#: to be identified only by his call sign, Shtorm", "a nurse who gave only her first name, Ana").
_IDENTIFIED_ONLY = re.compile(
    r"[^.;:“”\"]{0,60}?\b(?:who|,)\s+(?:asked\s+to\s+be\s+identified|gave|wished\s+to\s+be"
    r"\s+identified|would\s+give)\s+only\s+(?:by\s+|as\s+)?(?:(?:his|her|their)\s+(?:first\s+"
    r"name|call\s+sign|nickname|surname|first\s+name\s+and\s+rank)\s*,?\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)"
)
#: Between the day opening a chronology entry and its text ("Oct. 28 — ", "18 May: ").
_ENTRY_SEPARATOR = re.compile(r"\s*(?:[–—:]|\s-)\s+")
#: Words moving a statement to another, later day than the one before ("later puts").
_LATER = re.compile(r"\b(?:later|subsequently|since|afterwards|now)\b", re.IGNORECASE)
#: An occasion named again as a subject ("The same briefing counted …", "That report put …").
_SAME_OCCASION = re.compile(
    r"(?i:the\s+same)\s+(?:briefing|hearing|interview|session|meeting|conference|statement"
    r"|testimony|address|speech|appearance|report|update|post|bulletin|assessment)"
)


def _speakers_first(group: Sequence[Statement]) -> list[Statement]:
    """A sentence's statements, latest first, but a speaker's before the "according to X" that
    relays it ("X said this in a post on Facebook, according to Ukrinform")."""
    latest = list(reversed(group))
    return [s for s in latest if s.frame.kind != "according_to"] + [
        s for s in latest if s.frame.kind == "according_to"
    ]


#: A document's release told right after its noun ("the report released on Monday").
_RELEASED_AFTER = re.compile(r"\s+(?:released|published|issued|dated|out)\b")
#: The words telling of each occasion, as noun or verb ("reported", "said in a statement").
_OCCASION_TOLD: dict[str, str] = {
    "report": r"\breport(?:s|ed|ing)?\b",
    # ("said this in a post on Facebook. “…,” the statement reads.": any occasion of saying)
    "statement": r"\bstatement\b|\bstated\b|\bsaid\b|\bpost(?:ed)?\b|\bannounced\b",
    "post": r"\bpost(?:s|ed|ing)?\b",
    "update": r"\bupdate[sd]?\b",
    "briefing": r"\bbrief(?:ed|ing)\b",
    "bulletin": r"\bbulletin\b",
    "summary": r"\bsummary\b",
    "announcement": r"\bannounce(?:d|s|ment)\b",
    "survey": r"\bsurvey(?:s|ed)?\b",
    "poll": r"\bpoll(?:s|ed)?\b",
    "study": r"\bstud(?:y|ies|ied)\b",
    "assessment": r"\bassess(?:ment|ed|es)\b",
    "review": r"\breview(?:s|ed)?\b",
    "analysis": r"\banaly[sz](?:is|ed|es)\b",
}
#: An occasion named again by its noun alone ("According to the report, …").
_OCCASION_AGAIN = re.compile(
    r"(?i:the)\s+(?:(?i:latest|new|full|daily|same)\s+)?"
    rf"(?P<noun>(?i:{'|'.join(_OCCASION_TOLD)}))"
)
#: The same occasion named after the verb ("He said in the same interview that …").
_SAME_OCCASION_AFTER = re.compile(
    r"\s+(?:in|at|during|on)\s+the\s+same\s+(?:briefing|hearing|interview|session|meeting"
    r"|conference|news\s+conference|press\s+conference|statement|testimony|address|speech"
    r"|appearance|call|report|remarks|post|broadcast)\b"
)
#: A sentence opening with a description, then a name in apposition ("a Seoul research
#: group, the Y Forum, published"): the name is the subject's words.
_APPOSITIVE_NAME = re.compile(
    r"(?:an?|the)\s+[^,;:“”\"]{1,60}?,\s+(?P<name>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?"
    r"[A-Z][\w’'.-]*)*),"
)


#: A name in apposition after a subject's words, before its verb (", the HUR, ").
_APPOSED = re.compile(
    r",\s+(?P<name>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,5}"
    # "the National Intelligence Service (NIS)": its acronym after it
    r"(?:\s*\([A-Z][A-Za-z&.-]{1,9}\))?),\s"
)


#: A sentence opening with a description and a person's name in apposition ("Ukraine's
#: president, Volodymyr Zelenskyy, offered").
_OPENING_APPOSITION = re.compile(
    r"[^,;:“”\"]{1,60}?,\s+(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+),"
)


#: Where a sentence opens: after a full stop, question or exclamation mark (and a closing
#: quotation mark) and a space before a capital, or at a new line.
_SENTENCE_OPENING = re.compile(r"(?<=[.!?])[”\"’]?\s+(?=[A-Z])|\n+(?=[A-Z])")
#: One capitalised word of a personal name, hyphens and apostrophes allowed ("In-ho", "O'Neil").
_NAME_WORD = r"[A-Z][a-z’'-]+"
#: A person described, not named, as a sentence's subject ("A retired fisherman", "A
#: Ukrainian drone pilot"): up to four modifiers before a person's noun.
_PERSON_DESCRIBED = re.compile(
    rf"(?i:A|An|The|One)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{alternation(PERSON_NOUNS)})\b"
)
#: A period named from the previous statement's ("the same month", "that week").
_SAME_PERIOD = re.compile(r"\b(?:the\s+same|that\s+same)\s+(month|week)\b", re.IGNORECASE)
#: Capitalised words that open a sentence and are no given name ("By British estimates").
_OPENING_WORDS: frozenset[str] = CAPITALISED_NON_NAMES | wordset(
    "By Per For From With The A An According Of To Under Over Among"
)
#: Full personal names written on a page: two or three capitalised words, hyphens allowed
#: ("Ahn Jae-won", "Vadym Ostapenko"), within a line.
_FULL_NAMES = re.compile(rf"(?<![\w’'-]){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}}(?![\w’'-])")
#: A byline line: the writer, never the subject of the report's sentences.
_BYLINE = re.compile(
    # "Photographs by Ryu Seon-a": a credit line too
    r"\s*(?:(?i:photographs|photos|pictures|words|illustrations|graphics|reporting|video)\s+)?"
    r"(?i:by)\s+[A-Z][^\n.!?]*(?:/|\||,|\n|$)"
)
#: A scene-setting phrase opening a sentence, before its subject ("On a frozen field
#: outside the village of Plekhovo, ").
_SCENE_OPENING = re.compile(
    r"(?:On|In|At|Outside|Inside|Near|Behind|Beside)\s+[^,;:.“”\"\d]{3,80},\s+"
)
#: A role written in lower case, then a personal name of two or three words.
_ROLE_THEN_NAME = re.compile(
    rf"(?:^|\s)[a-z][\w-]*\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})$"
)
#: A title in capitals closed by a full name ("Chief of General Staff Valery Gerasimov").
_TITLE_THEN_FULL_NAME = re.compile(rf"(?:^|\s)[A-Z][a-z]+\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD})$")
#: A sentence opening with a role and a name ("Harbour master Arne Lunde visited …",
#: "Deputy harbour master Kim Yong-hyun").
_OPENING_ROLE_NAME = re.compile(
    rf"(?:[A-Z][\w’'-]*\s+)?(?:[a-z][\w’'-]*\s+){{0,3}}{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
    r"(?=[\s,])"
)
_DOC = rf"(?P<doc>{alternation(DOCUMENT_NOUNS - ROLE_WORDS)})"
#: Data named bare, without an article ("disclosed data obtained from X").
_BARE_DATA = frozenset({"data", "figures", "statistics"})
#: A body that put out a document, as its sentence's subject ("Africa CDC shared a situation
#: update on mpox"): the author, before the verb.
_SHARED_DOCUMENT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<author>(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+|for\s+)?"
    r"[A-Z][\w’'.&-]*){0,5})\s+(?:has\s+|have\s+)?(?:shared|published|released|issued|put\s+out)"
    rf"\s+(?:an?|its|their|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}\b"
)
_AUTHOR = r"(?P<author>(?:the\s+|[A-Z])[^.;:“”\"\n]{1,70}?)"
#: How a page introduces a document with its author: "a letter from the Foreign Office", "a
#: report by the committee", "X published a report", "X's latest assessment".
#: Month and weekday names, capitalised: when a document was made, not who made it.
_WHEN_NAMES = "(?:" + "|".join(sorted({w.capitalize() for w in (*MONTHS, *WEEKDAYS)})) + ")"
#: The verb with which an introduced document states what follows ("reveals that").
_DOCUMENT_STATING = (
    "said says showed shows found finds estimated estimates indicated indicates reported reports"
    " noted notes stated states reveals revealed suggests suggested highlights highlighted warns"
    " warned concludes concluded"
)
#: Words that also end an author's name before what its document says ("also", "told").
_ALSO_CLOSING_AUTHOR = wordset("also told tells added adds has have had")
_DOCUMENT_STATES = re.compile(rf"\s+(?:also\s+)?(?:{alternation(wordset(_DOCUMENT_STATING))})\b")
_DOCUMENT_AUTHOR: tuple[re.Pattern[str], ...] = (
    re.compile(
        # "a report released on Thursday by the X": the day between the participle and "by"
        rf"\b(?i:an?|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}\s+(?:[a-z]+\s+"
        # ("a report released Tuesday by X": the day without "on", as wire copy writes it)
        rf"(?:(?:(?:on|last|this|earlier\s+this)\s+[\w.]+|{_WHEN_NAMES}\.?)(?:\s+\d{{1,2}})?\s+)?)?"
        rf"(?:from|by|of)\s+{_AUTHOR}"
        # ("the Centre for Defence and Security Analysis": "and" inside a name goes on)
        r"(?=,|\s+(?:on|in|last|this|dated|that|which|to|setting|saying|and(?!\s+[A-Z])"
        # "a report by the Harbour Board also said": the document's verb ends its author
        rf"|{alternation(wordset(_DOCUMENT_STATING) | _ALSO_CLOSING_AUTHOR)})\b"
        r"|[.;:]|$)"
    ),
    re.compile(
        # ("An international team monitoring the sanctions has issued its first report": the
        # team, with the phrase that describes it, and no auxiliary)
        # (not a phrase opening the sentence: "In seven months of its launch, the group has
        # issued its first report" is the group's)
        r"(?P<author>(?!(?:In|After|Before|Since|During|Within|On|At|For|Over|By|Following"
        r"|Despite|Until)\b)(?:the\s+|[A-Z])[^.;:“”\"\n]{1,100}?)\s+(?:(?:has|have|had)\s+)?"
        r"(?:published|released|issued|sent|submitted|filed|put\s+out|delivered)"
        rf"\s+(?:an?|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}\b"
    ),
    # "according to a report the Ministry of National Defense submitted to a lawmaker"
    re.compile(rf"\b(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}{AUTHOR_HANDED_OVER}"),
    # "Rep. Park disclosed data obtained from the Ministry of Science, revealing …": bare data
    # and the body they came from
    re.compile(
        r"\b(?:disclosed|released|published|cited|presented|shared|unveiled)\s+"
        r"(?P<doc>data|figures|statistics)\s+(?:(?:obtained|received|provided|submitted)\s+)?"
        r"(?:from|by)\s+(?P<author>(?:the\s+|[A-Z])[^.;:“”\"\n]{1,100}?)"
        r"(?=,|\s+(?:on|in|last|this|that|which|to)\b|[.;:]|$)"
    ),
    # "In an intelligence update published on Friday, the Ministry of Defence said …"
    re.compile(
        rf"\b[Ii]n\s+(?:an?|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}\b[^,;:.“”\"]{{0,60}},\s+"
        rf"{_AUTHOR}\s+(?:said|says|stated|states|estimated|estimates|reported|wrote|warned"
        r"|put|puts|told)\b"
    ),
    # "according to a report it submitted to parliament": the one stating in that sentence
    re.compile(
        rf"\b(?:an?|the)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}\s+(?:that\s+|which\s+)?"
        rf"(?P<author>it|they)\s+(?:had\s+|has\s+)?(?:{alternation(HANDED_OVER_VERBS)})\b"
    ),
    # "according to a Ministry of National Defense report", "a Finance Ministry assessment":
    # "Data released today (27 November) by the Ministry of Housing …", "New figures from
    # the Home Office": data named without an article, then their giver
    re.compile(
        r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?:(?:New|Official|Latest|Provisional|Preliminary)\s+)?"
        # "… says the latest crime figures released by the Office for National Statistics"
        r"|\bthe\s+(?:latest|new|official|provisional|quarterly|annual|monthly)\s+(?:[a-z]+\s+)?)"
        r"(?P<doc>(?i:data|figures|statistics))\s+(?:(?:released|published|issued|compiled)\s+"
        r"(?:[^,;:.“”\"]{1,40}?\s+)?)?(?:from|by)\s+"
        # the giver's name: capitalised words, with the small words inside a name
        r"(?P<author>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w’'.-]*"
        r"|\([A-Z][A-Za-z]{1,9}\)))*)(?<!\sof)(?<!\sfor)(?<!\sand)(?<!\son)(?<!\sthe)"
    ),
    # the author's name before the document noun
    re.compile(
        # (not when it was made: "an October survey", "the Monday report")
        r"\b(?i:an?|the)\s+(?!" + _WHEN_NAMES + r"\b)"
        # (a sentence's full stop ends the name: "the Transport Council.\n\nThe report")
        r"(?P<author>[A-Z][\w’'.-]*(?:(?<![a-z]{3}\.)[ \t]+(?:of\s+|for\s+)?[A-Z][\w’'.-]*){0,5}"
        # "a Polish defence ministry report": a country's body by a descriptor
        r"|[A-Z][\w’'.-]*(?:\s+[a-z-]+){0,2}\s+(?:ministry|agency|office|service|department"
        r"|directorate|intelligence|military|government))"
        rf"\s+(?:(?:new|latest|annual|final|classified|internal)\s+)?{_DOC}\b"
    ),
)


def _written_forms(actor: Mapping[str, Any]) -> list[str]:
    """The forms a page writes an actor in, as written: its name without and with its
    bracketed acronym, the acronym, and its aliases (acronyms of three letters or more)."""
    name = str(actor.get("name") or "")
    forms = [re.sub(r"\s*\([^)]*\)", "", name).strip(), *re.findall(r"\(([^)]+)\)", name)]
    forms += alias_list(actor)
    return [f for f in forms if len(f) >= 3]


#: A role, then the person's name after a comma ("Finland's deputy minister, Aino Koski").
_ROLE_COMMA_NAME = re.compile(rf".+,\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})")
#: An object that points back at the statement just made: "disclosed this on Monday",
#: "gave the figures on Tuesday", "said so on Friday".
_ANAPHORIC_OBJECT = re.compile(
    r"\s+(?:this|that|these|it|so|the\s+(?:figures?|estimates?|numbers?|toll|count|disclosure"
    r"|details|assessment))\b[^.;]{0,60}$",
    re.IGNORECASE,
)
#: A temporal clause the statement sits in: "… when it briefed reporters on Monday".
_WHEN_CLAUSE = re.compile(r"\b(?:when|while|as|after)\s+$", re.IGNORECASE)
#: Where a description goes on to name the body's parent ("…, under its defence ministry").
_PARENT_CLAUSE = re.compile(
    r",?\s+(?:under|within|part\s+of|subordinate\s+to|reporting\s+to|attached\s+to)\s", re.I
)


def _own_words_of(actor: Mapping[str, Any]) -> str:
    """An actor's name and description, without a parent the description goes on to name:
    "the ministry" is not "Ukraine's military intelligence agency, under its defence
    ministry"."""
    description = _PARENT_CLAUSE.split(str(actor.get("description") or ""))[0]
    return f"{actor.get('name') or ''} {description}"


#: A document named without its author: "a report", "a new intelligence assessment".
#: Figures named without an article ("according to figures the agency gave lawmakers").
_BARE_FIGURES = re.compile(r"(?i:figures|data|statistics|numbers|estimates)")
_INDEFINITE_DOCUMENT = re.compile(rf"(?i:an?)\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}")
#: Its author in a relative clause right after it: " the Ministry of National Defense
#: submitted", " that the agency sent".
_AUTHOR_AFTER_DOCUMENT = re.compile(AUTHOR_HANDED_OVER)
#: Its author after a participle ("A survey released last week by Hanbit Research found").
_PUBLISHED_BY = re.compile(
    # ("A report posted on X by the UK Ministry of Defense stated …")
    r",?\s+(?:released|published|issued|conducted|carried\s+out|commissioned|compiled|prepared"
    r"|posted|shared)"
    r"(?:\s+[^,;:“”\"]{1,30}?)?\s+by\s+(?P<author>(?:the\s+)?[A-Z][\w’'.-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w’'.()-]*){0,6})"
)
#: Its author after "from" or "by", right before the document's verb ("A new report from
#: Chainalysis reveals …").
_FROM_AUTHOR = re.compile(
    r"\s+(?:from|by)\s+(?P<author>(?:the\s+)?[A-Z][\w’'.&-]*"
    r"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)*[A-Z][\w’'.()&-]*){0,6})\s*$"
)
#: A document named as the occasion of its subject's statement: "X said in its annual report
#: published on Tuesday"; the author is the subject before the verb.
_DOCUMENT_OF_SUBJECT = re.compile(
    r"\s+(?:said|says|stated|states|wrote|writes|warned|warns|estimated|estimates|found|finds"
    r"|reported|reports|noted|notes)\s+(?:(?:on|last|this)\s+\w+\s+)?in\s+(?:its|their|a|an)"
    rf"\s+(?:[\w’'-]+\s+){{0,3}}?{_DOC}\b"
)
#: A transcript's speaker label opening a line ("MELNYK: ", "ANCHOR: ").
_SPEAKER_LABEL = re.compile(r"[A-Z][A-Z .'-]{1,30}:\s+")


#: A body named by its noun alone opening a sentence ("The agency's account …", "The ministry
#: gave …").
_DESCRIBED_BODY = re.compile(
    rf"(?P<np>[Tt]he\s+(?:[a-z-]+\s+){{0,2}}(?:{alternation(BODY_NOUNS)}))(?=[’']s\b|\s+[a-z])"
)


def _same_document(introduced: str, head: str) -> bool:
    """Whether a definite subject's head noun names the document introduced before: the same
    noun ("report", "reports"), or the noun for any document ("The document, compiled by …,
    says" after "a report")."""
    head = head.rstrip("s")
    introduced = introduced.lower().rstrip("s")
    # "According to the estimates, …" after "a study by X": a document's data, its author's;
    # "the study notes" after "a quarterly report by X": one piece of research, two words
    return (
        introduced == head
        or head in _DATA_OF_A_DOCUMENT
        or {introduced, head} <= _RESEARCH_DOCUMENTS
    )


#: Words a page uses in turn for one piece of research ("the report … the study").
_RESEARCH_DOCUMENTS = frozenset({"report", "study", "analysi", "assessment", "paper", "review"})


#: Heads naming what any document holds ("the estimates", "the data", "the figures").
_DATA_OF_A_DOCUMENT = frozenset({"document", "data", "figure", "estimate", "statistic"})


def _names_itself(words: str, referents: Sequence[Claimant]) -> bool:
    """Whether a descriptor in capitals ("The Observatory") refers only to itself as written
    before ("the Observatory"): a name, nothing to resolve."""
    words = words.strip()
    return words.split()[-1][:1].isupper() and all(
        _core(c).words.strip().lower() == words.lower() for c in referents
    )


def _names_a_party(words: str) -> bool:
    """Whether a claimant's words name a party by a name in capitals, not data or a
    document ("government data", "the levels")."""
    tokens = _tokens_of(words)
    return bool(
        tokens
        and tokens[-1] not in DOCUMENT_NOUNS
        and (re.search(r"\b[A-Z]", words) or tokens[-1] in ROLE_WORDS)
    )


#: A toll opening a sentence ("The death toll stands at 600", "The number of dead is 600").
_TOLL_OPENING = re.compile(
    r"(?:The\s+)?(?:(?:death|casualty)\s+toll|toll|number\s+of\s+(?:the\s+)?(?:dead|deaths"
    r"|killed|wounded|injured|casualties)|dead|deaths)\s+(?:now\s+)?(?:stands|stood|is|was"
    r"|has\s+(?:risen|climbed|reached)|had\s+(?:risen|reached)|reached|rose)\s+(?:at|to)?\s*"
    r"(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?"
    r"(?P<n>\d[\d,]*)\b"
)
#: Words of harm in what a statement said ("casualties reach 4,700", "killed or wounded").
_CASUALTY_WORDS = re.compile(
    r"\b(?:casualt(?:y|ies)|losses|killed|dead|deaths|wounded|injured|toll)\b", re.IGNORECASE
)


#: An opening that turns the page's own talk to a subject ("Speaking of Kursk, up to 12,000
#: troops were deployed there"): nothing said before goes on into it.
_TOPIC_TURN = re.compile(
    r"(?:Speaking\s+of|As\s+for|Turning\s+to|When\s+it\s+comes\s+to|On\s+the\s+subject\s+of)\s"
)
#: A sentence setting the news against what came before it, in the page's voice ("The
#: latest launch comes just three days after …", "It also comes a day after …", "The move
#: came amid …"): background, not more of the statement before.
_COMES_AFTER = re.compile(
    r"(?:The|This|That|It|Its)(?:\s+[\w’'-]+){0,4}?\s+(?:also\s+)?(?:comes?|came)\s+"
    r"(?:just\s+|only\s+|barely\s+)?(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)"
    r"\s+(?:hours?|days?|weeks?|months?|years?)\s+)?(?:after|before|as|amid|following)\b"
)
#: A cross-head announcing the page's own background ("Recall", "Background:", "For
#: reference", "Context"), as Ukrainian and Russian agency copy closes its reports.
_BACKGROUND_HEADING = re.compile(
    r"(?i:recall|reminder|background|context|for\s+reference|for\s+context|earlier|previously"
    r"|what\s+preceded(?:\s+this)?|prehistory)\s*[:.]?"
)
#: An opening that turns to another matter ("Separately, …", "Meanwhile, …").
_NEW_TOPIC = re.compile(r"(?:Separately|Meanwhile|Elsewhere|In\s+other\s+news|Also)\b")
#: A plural noun of four letters or more, lower case ("drones", "crossings").
_PLURAL_WORD = re.compile(r"\b[a-z]{3,}s\b")
#: Verbs by which an outlet passes on what it reports at a sentence's end ("…, Caliber.Az
#: reports"). (Two lists of this name had been kept; the later one had silently replaced this.)
_RELAY_VERBS = frozenset(
    {"reports", "reported", "writes", "wrote", "informs", "informed", "reports that"}
)
#: A definite noun phrase: what the page has named before.
_DEFINITE = re.compile(r"(?i:the|these|this|those|that)\s")


def _heads_of(actor: Mapping[str, Any] | None) -> set[str]:
    """The head nouns of an actor's names and description, synonyms folded: the word
    before "of" ("ministry of defence"), else the last ("military intelligence agency")."""
    if actor is None:
        return set()
    forms = [
        re.sub(r"\s*\([^)]*\)", "", str(actor.get("name") or "")),
        _PARENT_CLAUSE.split(str(actor.get("description") or ""))[0],
        *alias_list(actor),
    ]
    heads = set()
    for form in forms:
        tokens = re.findall(r"[a-z][a-z.-]*", re.sub(r"[’']s\b", "", form.lower()))
        tokens = [DESCRIPTOR_SYNONYMS.get(w, w) for w in tokens if w not in {"the", "a", "an"}]
        if tokens:
            heads.add(tokens[tokens.index("of") - 1] if "of" in tokens[1:] else tokens[-1])
    return heads


def _tokens_of(words: str) -> list[str]:
    """Lower-case words without possessives, news synonyms folded ("South Korea's spy agency"
    → south korea intelligence agency)."""
    return list(_token_tuple(words))


@lru_cache(maxsize=8192)
def _token_tuple(words: str) -> tuple[str, ...]:
    """:func:`_tokens_of`, kept for the next call (each actor's name is read per claimant)."""
    words = re.sub(r"[’']s\b", "", words.lower())
    return tuple(
        DESCRIPTOR_SYNONYMS.get(w, w)
        for w in re.findall(r"[a-z][a-z.-]*", words)
        if w not in {"the", "a", "an", "of"}
    )


@lru_cache(maxsize=8192)
def _name_head(words: str) -> str:
    """The head noun of a name: the word before its first "for"/"of" ("the Institute for
    Maritime Studies (IMS)" → institute), else its last word, a bracketed acronym left out."""
    bare = re.sub(r"\s*\([^)]*\)\s*$", "", words.lower())
    tokens: list[str] = [
        t for t in re.findall(r"[a-z][a-z.-]*", bare) if t not in {"the", "a", "an"}
    ]
    for index, token in enumerate(tokens[1:], start=1):
        if token in {"for", "of"}:
            return tokens[index - 1]
    return tokens[-1] if tokens else ""


#: "One of them", "two of those": a member of a group named before.
_GROUP_MEMBER = re.compile(rf"({PARTITIVE_OF})(?:them|those)")


def _plural(claimant: Claimant) -> bool:
    """Whether a claimant's words name a group ("two U.S. officials", "lawmakers")."""
    if names_a_pair_of_people(claimant.words):
        return True  # "He and the woman": two people
    # the head noun: "the JCS's director of operations" is one director
    words = claimant.words.split()
    last = words[-1] if words else ""
    if last.islower() and re.search(r"\s(?:of|for)\s", claimant.words):
        last = _name_head(claimant.words)
    # "Officials in Washington", "Diplomats at the UN": a capitalised group before its place
    head = re.split(r"\s+(?:in|at|from)\s+", claimant.words)[0].split()
    if len(head) < len(words):
        words, last = head, head[-1] if head else ""
    if len(words) == 1 and re.fullmatch(r"[A-Z][a-z]+(?:ers|ors|ists|ians|ials|ants|ents)", last):
        return True  # "Lawmakers who were briefed said …": a group opening the sentence
    return last.islower() and last.endswith("s") and not last.endswith("ss")


@lru_cache(maxsize=8192)
def _individual(words: str) -> bool:
    """Whether words name one person by a full name ("Major General Pekka Turunen", "Lee
    Dong-gyu"), not a body written in capitals ("The JCS")."""
    name = named_person(words)
    if name is None or re.fullmatch(r"(?:[A-Z][a-z’'-]+\s+)+[A-Z][a-z’'-]+", name) is None:
        return False
    # "Nordic Ferry Union", "Congressional Research Service": a body's name
    words_of_name = {w.lower() for w in name.split()}
    return not words_of_name & (ROLE_WORDS | BODY_HEADS | BODY_NOUNS | ORG_NAME_WORDS)


#: A claimant's own words that name one document ("The report", "the assessment (X)").
_SINGULAR_DOCUMENT = re.compile(
    r"(?i:the|a|an|this|that|its|their)\s+(?:[a-z-]+\s+){0,2}"
    r"(?i:report|assessment|survey|study|analysis|document|review|audit|letter|statement"
    r"|memo|dossier|update|bulletin)\b(?!\s*(?:’s|'s))(?:\s*\(|$)"
)


def _agrees(pronoun: str, claimant: Claimant) -> bool:
    """Whether a pronoun can stand for a claimant: "it" for a body, not a person nor a plural;
    "he"/"she" for a singular; "they" for any."""
    core = _core(claimant)
    plural = _plural(core)
    person = names_person(core.words) or core.kind == "person"
    if pronoun == "it":
        # "Major General Pekka Turunen" is no "it", title or not
        person = person or _individual(core.words)
        return not plural and not person
    if pronoun in {"he", "she"}:
        # "he" is a person, never a body the sentence also names ("Ahn says the NIS told
        # lawmakers …. '…,' he says": Ahn, not the NIS), nor a place or a stray word; "she"
        # is never "one of the men"
        other = _MALE_WORDS if pronoun == "she" else _FEMALE_WORDS
        if other.search(core.words):
            return False
        if core.kind != "person" and _country_alone(core.words):
            return False  # "the United States" looks like a first name and a surname
        return not plural and _person_like(core)
    return True


def _organisation(core: Claimant) -> bool:
    """Whether a claimant is an organisation named in capitals: no person, no state, no
    government or military body, no titled name and no country ("the publication" and "the
    airline" stand for one)."""
    name = re.sub(r"^(?:[Tt]he)\s+", "", core.words)
    return (
        name[:1].isupper()
        and core.kind not in {"person", "state", "government_body", "military_body"}
        and _TITLE_THEN_NAME.search(core.words) is None
        and country_of(name) is None
    )


def _country_alone(words: str) -> bool:
    """Whether words are a country's name and nothing else ("the United States")."""
    return re.sub(r"^(?:the|The)\s+", "", words.strip()).lower() in COUNTRY_WORDS


#: A capitalised title, then a personal name of two or three words ("Defence Minister Rustem
#: Umerov", "Secretary of State Antony Blinken").
_NAME_TITLES = (
    r"(?:Minister|Secretary|President|Chancellor|Premier|General|Spokesman|Spokeswoman"
    r"|Spokesperson|Ambassador|Envoy|Director|Chief|Commander|Governor|Senator|Adviser"
    r"|Advisor|State)"
)
_TITLE_THEN_NAME = re.compile(
    # ("Commander-in-Chief General Ola Berg": the name after the last title)
    rf"\b{_NAME_TITLES}\s+(?P<name>(?!{_NAME_TITLES}\b)[A-Z][a-z’'-]+(?:\s+[A-Z][\w’'-]+){{1,2}})$"
)
#: A title, then a surname alone closing the words ("Defense Minister Umerov").
_TITLE_THEN_SURNAME = re.compile(
    rf"\b{_NAME_TITLES}\s+(?P<name>(?!{_NAME_TITLES}\b){NOT_A_DAY_NAME}[A-Z][a-z’'-]{{2,}})$"
)
#: Capitalised offices held by one person ("Defence Secretary", "Foreign Minister") and the
#: portfolios before them.
_OFFICE_HOLDERS = frozenset({"secretary", "minister", "chancellor", "president", "premier"})
_PORTFOLIOS = frozenset(
    {"defence", "defense", "foreign", "home", "interior", "prime", "finance", "justice", "state"}
)
#: Words naming a man or a woman: "she" is never "one of the men", "he" never "his widow".
_MALE_WORDS = re.compile(
    r"(?i)\b(?:man|men|boys?|brothers?|fathers?|sons?|husbands?|kings?|mr|sir|spokesman"
    r"|chairman|congressman)\b"
)
_FEMALE_WORDS = re.compile(
    r"(?i)\b(?:woman|women|girls?|sisters?|mothers?|daughters?|wi(?:fe|ves)|widows?|queens?"
    r"|mrs|ms|madam|spokeswoman|chairwoman|congresswoman)\b"
)


#: A personal name: one to four capitalised words, hyphenated parts allowed ("Vadym
#: Ostapenko", "Hwang In-ho", "Maj. Gen. Ann Lee", a surname alone); never an acronym.
_PERSONAL_NAME = re.compile(
    rf"(?:(?:[A-Z][a-z]{{0,4}}\.)\s+)*{_NAME_WORD}"
    # particles and an article inside the name ("Marieke de Graaf", "Ashraf al-Qudra")
    rf"(?:\s+(?:(?:{alternation(NAME_PARTICLES)})\s+){{0,2}}{_NAME_WORD}|\s+{ARTICLED_SURNAME}){{0,3}}"
)


def _titles_closed_by_name(words: str) -> bool:
    """ "former ambassador to Moscow and member of the intelligence committee Wi Sung-lac": a
    chain of titles closed by the name they are of."""
    # ("The Russian Chief of General Staff Valery Gerasimov": a title in capitals too)
    closing = _ROLE_THEN_NAME.search(words) or _TITLE_THEN_FULL_NAME.search(words)
    return (
        closing is not None
        and closing.group(0).split()[0].lower() in ROLE_WORDS | PERSON_NOUNS | {"staff"}
        and not set(_tokens_of(closing.group("name"))) & (BODY_NOUNS | ROLE_WORDS)
        and country_of(closing.group("name")) is None
    )


def _titled_name(words: str) -> bool:
    """Whether words end in a title and a name ("Ukraine's Defence Minister Rustem Umerov")
    or a title and a surname alone ("Ukrainian Defense Minister Umerov")."""
    named = _TITLE_THEN_NAME.search(words)
    if named is not None and not {t.lower() for t in named.group("name").split()} & (
        BODY_NOUNS | ROLE_WORDS
    ):
        return True
    surname = _TITLE_THEN_SURNAME.search(words)
    return (
        surname is not None
        and surname.group("name").lower() not in BODY_NOUNS | ROLE_WORDS
        and country_of(surname.group("name")) is None
    )


def _person_like(claimant: Claimant) -> bool:
    """Whether a claimant can be a "he" or "she": a person (known, titled, or named by a role:
    "the spokesman", "a drone pilot", "the JCS's director of operations", "an NIS
    official"), or a personal name whose words are no body, country nor place
    ("Professor Nam Kyung-ho of Hallasan University" is; "the North" is not)."""
    words = re.sub(r"\s*\([^)]*\)", "", claimant.words).strip()
    if (
        claimant.kind == "person"
        or names_person(words)
        or names_unnamed_official(words)
        or _titles_closed_by_name(words)
    ):
        return True
    # the words before "of", "for", "at" or "from" hold the head
    head_part = re.split(r"\s+(?:of|for|at|from|with)\s+", words)[0]
    tokens = re.findall(r"[A-Za-z][\w’'-]*", head_part)
    # ("The Kursk" (operation): no person's name takes "the")
    if not tokens or re.fullmatch(r"(?i:the)\s+[A-Z][\w’'-]*", words):
        return False
    if tokens[-1][0].islower():
        return re.sub(r"[’']s$", "", tokens[-1]) in PERSON_NOUNS
    if (
        len(tokens) >= 2
        and tokens[-1].lower() in _OFFICE_HOLDERS
        and (tokens[-2].lower() in _PORTFOLIOS or re.search(r"[’']s$", tokens[-2]))
    ):
        return True  # "Britain's Defence Secretary", "the Foreign Minister", "Japan's Minister"
    if _titled_name(head_part):
        return True
    titled = _ROLE_THEN_NAME.search(head_part)
    if titled is not None and not set(_tokens_of(titled.group("name"))) & BODY_NOUNS:
        return True  # "Harbour master Arne Lunde", "drone pilot Kit Moe"
    if _PERSONAL_NAME.fullmatch(head_part) is None or country_of(head_part):
        return False
    return not set(_tokens_of(head_part)) & (BODY_NOUNS | ROLE_WORDS) - PERSON_NOUNS


def _body(claimant: Claimant) -> bool:
    """Whether a claimant is a body: a known actor that is no person, or words whose head is
    a body's noun ("the spy agency", "the defence office"); an unnamed official coded as
    the body ("a senior Japanese defence official") is still a person to "he"."""
    if names_unnamed_official(claimant.words) or re.search(r"(?i)\bspokes", claimant.words):
        return False
    if claimant.kind is not None:
        return claimant.kind != "person"
    words = claimant.words.split()
    # "the union", "the league", "the spy agency": a source noun that names no person
    return bool(words) and words[-1].lower().strip(".,") in BODY_NOUNS


#: A document on its owner's channel, in a claimant's words ("a post on the ministry's
#: Telegram channel", "the report on the group's website").
_ON_OWNERS_CHANNEL = re.compile(
    r"\s(?:on|in)\s+(?P<owner>(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,5}?)[’']s\s+"
    rf"(?:[A-Z][\w-]*\s+)?(?:{alternation(CHANNEL_NOUNS)})$"
)
#: An opening adverbial up to its comma, short and with no comma inside ("At the end of
#: December, ", "Late last week, ").
_OPENING_DATED_ADVERBIAL = re.compile(r"\s*[A-Z][^,.;:“”\"]{2,40},\s*")
#: An opening phrase setting a scene, up to its first comma ("At the 25th meeting
#: of the contact group in Germany on 9 January, ").
_OPENING_SETTING = re.compile(
    r"(?:At|In|On|During|After|Before|Speaking\s+(?:at|in|on|to))\s[^.;:“”\"]{2,120}?,\s+(?=\w)"
)
#: A participle opening a sentence, up to its comma ("Addressing the gathering, ").
_OPENING_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ing\s[^,.;:“”\"]{2,60},\s*")
#: A verb right after a subject ("Sweden also released", "Oslo has published").
_OPENS_ON_A_VERB = re.compile(r"\s+(?:also\s+|then\s+|has\s+|had\s+|have\s+)?[a-z]+ed\b")


@dataclass(slots=True)
class Statement:
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
    #: dated by a chronology entry's line ("Jan. 13 — The NIS raises …"), or above an
    #: explainer's question heading: not the occasion a later "according to X" recalls
    entry: bool = False


#: A dispatch's opening: place, day and agency before the dash ("SEOUL, May 30 (UPI) --").
_DISPATCH_OPENING = re.compile(
    r"[A-Z][A-Z .'-]+,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s*\([^)]{1,20}\))?"
    r"\s*[–—-]{1,2}\s*"
)


def _core(claimant: Claimant) -> Claimant:
    """A continued claimant ("he (Defence Minister X)") as the claimant it continues."""
    inner = re.fullmatch(r"[^()]*\((.+)\)", claimant.words)
    if inner is None:
        return claimant
    return Claimant(inner.group(1), claimant.actor_id, claimant.country, claimant.kind)


#: Words two claimants may share without being one party: the article and place names.
_NOT_A_PARTY: frozenset[str] = frozenset({"the"} | {w for w in COUNTRY_WORDS if " " not in w})


@lru_cache(maxsize=8192)
def _same_head(left: str, right: str) -> bool:
    """Whether two claimants' words end in the same noun, or one is a name (capitalised):
    "the ministry's own auditors" is not "Finland's finance ministry"."""
    heads = []
    for words in (left, right):
        last = re.findall(r"[\w’'-]+", re.sub(r"\s*\([^()]*\)\s*$", "", words))
        heads.append(last[-1] if last else "")
    if any(not h or h[:1].isupper() for h in heads):
        return True
    return heads[0].lower() == heads[1].lower()


def _kind(words: str, actor: Mapping[str, Any] | None) -> str | None:
    """The claimant's kind: its actor's, but a person for a minister or envoy named by office
    alone whom the list links to the body they speak for ("Seoul's defence minister")."""
    if actor is None:
        return None
    return "person" if names_office_holder(words) else str(actor.get("kind"))


def _same_party(a: Sequence[Claimant], b: Sequence[Claimant], *, strict: bool = False) -> bool:
    """Whether two statements' claimants are one party; ``strict`` leaves out two bodies of
    one state (for a statement further back than the previous one)."""
    if any(
        re.match(r"(?i)an?\s", c.words)
        and c.actor_id is None
        and not (names_person(c.words) or _FULL_NAME.search(c.words))
        for c in a
    ):
        return False  # "a ministry official said": a party not named before
    a = [_core(c) for c in a]
    b = [_core(c) for c in b]
    for left in a:
        for right in b:
            if left.actor_id and left.actor_id == right.actor_id:
                # a minister or a spokesperson linked to the body they speak for is not the
                # body's own occasion ("Tokyo believes" after the spokesman's briefing)
                return (left.kind == "person") == (right.kind == "person")
            if not left.actor_id and _bare(left.words) == _bare(right.words):
                return True  # the same words ("Global Affairs Canada" twice)
            if _one_body_by_acronym(left.words, right.words):
                return True  # "the NDMA figures" and "the National … Authority (NDMA)"
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
                # a shared place ("Ukraine's military intelligence", "Ukraine's Center for
                # …") is no shared party
                lw = set(re.findall(r"[a-z]{3,}", left.words.lower())) - _NOT_A_PARTY
                rw = set(re.findall(r"[a-z]{3,}", right.words.lower())) - _NOT_A_PARTY
                # the shared words hold a head noun: "the Israel Defense Forces" shares only
                # a modifier with "South Korea's Ministry of National Defense"
                shared = lw & rw
                if not any(names_person(w) or _individual(w) for w in (left.words, right.words)):
                    shared &= {_name_head(left.words).lower(), _name_head(right.words).lower()}
                if shared and _same_head(left.words, right.words):
                    return True
    return False


#: The head nouns of a document as claimant ("the report", "the figures"); not "Ukraine's
#: military intelligence", a body.
_DOCUMENT_HEADS = DOCUMENT_NOUNS - ROLE_WORDS - INTELLIGENCE_WORDS
#: A document or count word ("report", "count", "figures") cited after "per".
_DOCUMENT_WORD = re.compile(rf"(?i)\b(?:{alternation(DOCUMENT_NOUNS)})\b")


@lru_cache(maxsize=8192)
def _one_body_by_acronym(left: str, right: str) -> bool:
    """Whether one claimant names a body (or its data) by the acronym the other gives in
    brackets ("the NDMA figures" and "the National Disaster Management Authority (NDMA)")."""
    for one, other in ((left, right), (right, left)):
        data = _AUTHORED_DOCUMENT.fullmatch(one.strip())  # "the NDMA figures": the NDMA
        name = (
            data.group("author") if data is not None else re.sub(r"^(?:[Tt]he)\s+", "", one.strip())
        )
        if not re.fullmatch(r"[A-Z][A-Z&.-]+", name):
            continue
        # (the other named in full with its acronym in brackets, or by the acronym alone,
        # which is what a bracketed name's core is)
        bracket = re.search(r"\(([A-Z][A-Za-z&.-]{1,9})\)\s*$", other)
        bare = re.sub(r"^(?:[Tt]he)\s+", "", other.strip())
        if name == (bracket.group(1) if bracket is not None else bare):
            return True
    return False


@lru_cache(maxsize=8192)
def _bare(words: str) -> str:
    """Words without a leading article, in lower case."""
    return re.sub(r"^(?:the|a|an)\s+", "", words.strip().lower())


#: A document of a party's, not told of before ("a Ukrainian military intelligence
#: assessment", "an internal HUR report"; not "a military intelligence spokesman").
_A_DOCUMENT = re.compile(
    rf"(?i:an?)\s+(?:[\w’'.-]+\s+){{0,5}}(?i:{alternation(DOCUMENT_NOUNS - {'intelligence'})})"
)
#: A document noun right after its author's words ("a Norwegian Coastal Administration"
#: " assessment").
_DOCUMENT_NEXT = re.compile(rf"\s+(?i:{alternation(DOCUMENT_NOUNS - {'intelligence'})})\b")
#: A spokesperson's word, or a document noun closing the words: who or what speaks for a body
#: ("a Pentagon spokeswoman", "a Ukrainian military intelligence assessment").
_SPEAKS_FOR_BODY = re.compile(
    rf"\bspokes(?:person|man|woman)\b|\b(?:{alternation(DOCUMENT_NOUNS)})$", re.IGNORECASE
)
#: A document with its author: "The NIS report", "the agency's assessment", "The HUR figure".
#: What a body or person puts out in its name: documents, a summary, a paper, an address.
_OWNED_PAPERS = DOCUMENT_NOUNS | {"summary", "summaries", "paper", "papers", "address"}
_AUTHORED_DOCUMENT = re.compile(
    # "a Ministry of National Defense report": a name's own "of" and "for"
    # (never an article as the author: "The analysis says")
    rf"(?i:the\s+|an?\s+)?(?P<author>(?!(?i:the|an?|this|that)\s)[A-Za-z][\w.-]*"
    r"(?:\s+(?:[A-Z][\w.-]*|of|for))*?"
    # "the finance ministry's figures", "Finland's finance ministry's update": a descriptor
    # owning the document
    rf"|(?:[A-Z][\w.-]*[’']s\s+)?[a-z][\w-]*\s+[a-z][\w-]*(?=[’']s)"
    # "a defence ministry report": a descriptor before the document, no possessive
    rf"|[a-z][\w-]*\s+(?:{alternation(BODY_HEADS)})(?=\s+(?:{alternation(_OWNED_PAPERS)})\b))"
    r"(?:[’']s)?\s+"
    # "the agency's 2023 annual report": the edition's year
    r"(?:(?:19|20)\d\d\s+)?"
    rf"(?:(?:latest|new|previous|own|annual|weekly|daily|nightly|final|intelligence)\s+)?"
    # "Its latest casualty count", "the ministry's defence white paper": what it is about
    r"(?:(?:casualty|defen[cs]e|video|evening|morning|white)\s+)?"
    # "A State Department fact sheet", "the ministry's press release"
    rf"(?:(?:fact|press|policy|research|position)\s+)?"
    # "the ministry's Tuesday statement", "Seoul's December assessment"
    rf"(?:(?:{MONTH_PATTERN}|{'|'.join(w.capitalize() for w in WEEKDAYS)})\s+)?"
    rf"(?:{alternation(_OWNED_PAPERS)})"
)
#: A body named by its kind alone ("The Defense Ministry", "the foreign ministry").
_BARE_BODY = re.compile(r"(?i:the\s+)?(?:[A-Za-z][\w-]*\s+){1,2}[A-Za-z][\w-]*")
#: An aside after a figure telling who gave it, up to when (", a figure it gave lawmakers ",
#: ", a number the agency first gave ").
_FIGURE_GIVEN_ASIDE = re.compile(
    r",\s+(?:a|the)\s+(?:figure|number|count|estimate|toll|total)\s+(?:that\s+|which\s+)?"
    r"(?:it|they|he|she|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    r"(?:had\s+|has\s+)?(?:first\s+)?(?:gave|provided|released|presented|cited|reported|announced"
    rf"|disclosed|published)\b(?:\s+(?:to\s+)?(?:{alternation(AUDIENCE_NOUNS)}"
    r"|the\s+[a-z]+(?:\s+[a-z]+)?))?"
)
#: "the latter", "the former": one of two named before.
_LATTER_OR_FORMER = re.compile(r"(?i:the\s+(latter|former))")
#: A person's name of two to four capitalised words ("Sergei Shoigu", "Kim Jong Un").
_PERSON_NAME = re.compile(r"(?<![\w’'-])(?:[A-Z][a-z’'-]+\s+){1,3}[A-Z][a-z’'-]+(?![\w’'-])")
#: A document named again by its noun alone ("The report", "the same statement").
_DOCUMENT_AGAIN = re.compile(
    rf"(?i:the|this|that)\s+(?:(?:same|latest|new)\s+)?(?P<noun>{alternation(_OWNED_PAPERS)})"
)
#: A title or abbreviation whose full stop ends no sentence ("Rep. Ahn", "Lt. Gen. Kim").
_TITLE_BEFORE_STOP = re.compile(rf"(?<![\w.])(?:{'|'.join(TITLES)}|No|U\.S|U\.N)$")
#: One person named by role, not by name ("a spokesman for Germany's Defense Ministry", "the
#: head of Finland's Defence Intelligence Agency", "a South Korean lawmaker").
_UNNAMED_PERSON = re.compile(
    r"(?i:an?|the)\s+(?:[\w’'.-]+\s+){0,4}?(?:spokes(?:man|woman|person)|lawmaker|legislator"
    r"|official|head|chief|director|minister|commander|ambassador|envoy|adviser|advisor"
    r"|senator|MP|representative|member|deputy)\b[^()]*"
)
#: The name found for a claimant, in brackets after its own words.
_BRACKETED_END = re.compile(r"\s*\([^()]*\)$")
#: A speaker who stays anonymous ("who asked not to be named", "on condition of anonymity").
_ANONYMOUS = re.compile(
    r"\b(?:not\s+to\s+be\s+(?:named|identified)|condition\s+of\s+anonymity|declined\s+to\s+be"
    r"\s+(?:named|identified)|(?:was|were)\s+not\s+authori[sz]ed|goes\s+by\s+the\s+call\s+sign)\b",
    re.IGNORECASE,
)
#: Nouns that can stand for any body named just before ("the organisation", "the group").
_GENERIC_BODY_NOUNS = frozenset(
    {
        "organisation",
        "organization",
        "group",
        "body",
        "charity",
        "foundation",
        "network",
        "firm",
        "company",
    }
)
#: Generic nouns for a research body ("the think tank", "the institute", "the monitor").
_RESEARCH_BODY_NOUNS = frozenset(
    {"tank", "institute", "centre", "center", "monitor", "observatory"}
)
#: A research or civic body's full name opening a sentence, with its acronym in brackets.
_NAMED_BODY_OPENING = re.compile(
    r"(?P<np>(?:The\s+)?[A-Z][\w’'-]+(?:\s+(?:of|for|on|and|the|[A-Z][\w’'-]+)){1,8}"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?)(?=,|\s+[a-z])"
)
_RESEARCH_BODY_NAME = re.compile(
    r"\b(?:Institute|Centre|Center|Group|Monitor|Observatory|Foundation|Forum|Network|Project"
    r"|Initiative|Research|Studies|Council|Association)\b"
)
#: Where a body sits, after its name ("… in Gaza", "… in The Hague").
_SEAT_AFTER_NAME = re.compile(r"\s+in\s+(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*$")
#: A body's name: capitalised words, with "of", "for", "the" and an acronym in brackets.
_BODY_NAME = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w’'.-]*))+"
    r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?"
)
#: A coordinated subject stating jointly ("… both say", "… have both said", "… jointly").
#: A figure named again with the occasion it was given on ("This updated figure, provided in
#: a briefing to a lawmaker on Tuesday, …").
_FIGURE_GIVEN_ON = re.compile(
    r"(?:This|That|The)\s+(?:[a-z]+\s+){0,2}(?:figure|estimate|number|count|tally|toll"
    r"|assessment)\s*,?\s+(?:which\s+was\s+)?(?:first\s+)?(?:provided|given|presented"
    r"|released|disclosed|made\s+public|delivered|shared|reported)\b"
)
_JOINT = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:both|jointly|together)\b")
#: What comes between a speaker's closing frame and a pronoun that still means the speaker:
#: a restated earlier figure ("…, up from the 20,000 it reported") or a clause going on with
#: the speaker ("…, as it put the number at 11,000").
_AFTER_SPEAKERS_FRAME = re.compile(
    r"\b(?:up|down)\s+from\s+(?:the\s+)?(?:[a-z]+\s+){0,2}[\d,.]+\s+(?:(?:that|which)\s+)?$"
    # "…, the HUR said on Wednesday, as it put the number at 11,000": the clause after the
    # speaker's frame goes on with the speaker
    r"|,\s+(?:as|while|and)\s+$"
)
#: A minister's portfolio ("Japan's Defense Minister Nakatani Gen" → Defense).
_MINISTER = re.compile(r"\b([A-Z][a-z]+)\s+Minister\b")
#: A person's surname alone, or with a courtesy title ("Lee", "Ms. Solheim").
_SURNAME = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?([A-Z][a-z’'-]+)")
#: Words ending in a first name and a surname ("Harbour master Ingrid Solberg").
_FULL_NAME = re.compile(r"\b[A-Z][a-z’'-]+\s+[A-Z][a-z’'-]+$")
#: A sentence opening with a document and its author ("A threat assessment published by the
#: U.S. Defense Intelligence Agency (DIA) last week …", "A new report from the World Bank …").
_DOCUMENT_BY_OPENING = re.compile(
    rf"(?:An?|The)\s+(?:[\w-]+\s+){{0,3}}?(?:{alternation(DOCUMENT_NOUNS)}),?\s+"
    r"(?:(?:published|released|issued|compiled|prepared|conducted|written|commissioned)\s+)?"
    r"(?:by|from)\s+(?P<author>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w.’'-]*)*"
    r"(?:\s+\([A-Z][A-Za-z]{1,7}\))?)"
)
#: A full stop before a capital: where a sentence may begin (or an initial ends: "U.S. …").
_STOP_THEN_CAPITAL = re.compile(r"\.\s+(?=[A-Z])")
#: A descriptor of a news outlet ("the publication", "the newspaper").
#: A company named by its kind ("the airline", "the utility").
_COMPANY_DESCRIPTOR = re.compile(
    r"(?i:the)\s+(?:[\w.-]+-based\s+)?(?:airline|carrier|utility|company|firm|operator|insurer"
    r"|retailer|exchange|lender|chain|studio|platform)"
)
#: A research body named by its kind ("the think tank", "the Washington-based institute").
_RESEARCH_DESCRIPTOR = re.compile(
    r"(?i:the)\s+(?:[\w.-]+-based\s+)?(?:think[\s-]+tank|institute|research\s+(?:group|centre"
    r"|center|institute)|centre|center|foundation|observatory)"
)
_OUTLET_DESCRIPTOR = re.compile(
    r"(?i:the)\s+(?:publication|newspaper|paper|magazine|outlet|website|portal|daily|weekly)"
)
#: A sentence opening on a time of its own ("This year, …", "In 2023, …", "Since March, …"):
#: background, not more of the statement before.
#: A trend a statement names without its figures ("a sharp rise in returns", "a sustained
#: decrease in the homicide rate", "record arrivals").
_TREND = re.compile(
    # the statement's object, not a circumstance ("announced efforts in response to a surge in")
    r"(?i)\s*(?:that\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:(?:rise|rises|increase|increases|decrease|decreases|decline|declines|drop|drops"
    r"|fall|falls|surge|surges|jump|jumps|spike|spikes|reduction|reductions|growth|upturn"
    r"|downturn|slump|plunge)\s+in\b|record\s+(?:high|low|number|levels?)\b)"
)
#: A press release named as a statement's occasion or source ("reported in a press release on
#: October 27", "a news release from the agency said").
_PRESS_RELEASE = re.compile(
    r"(?i)\b(?:in|via|through)\s+an?\s+(?:(?:press|news|media)\s+release|press\s+statement)\b"
    r"|\b(?:press|news)\s+release\s+(?:from|by|issued\s+by)\b"
)
#: A line that tells the reader what to do ("Read the full release", "See also").
_IMPERATIVE_OPENING = re.compile(r"(?:Read|See|Click|Watch|Follow|Subscribe|Sign\s+up|Download)\b")
#: How far into the page its lede may name the press release the page retells.
_LEDE_REACH = 1500
#: A sentence opening on a month ("In February, …").
_MONTH_OPENING = re.compile(rf"In\s+{MONTH_PATTERN}\b")
#: Verbs of expecting a figure, not finding one.
#: (A forecast's or projection's further figures do go on: "CREA forecasts 3% … and 5% in 2027".)
_EXPECTATION_VERBS = frozenset(
    {"anticipated", "anticipate", "anticipates", "expected", "expect", "expects", "foresaw",
     "foreseen", "foresee", "foresees"}
)  # fmt: skip
#: Data nouns that name no party by themselves ("with estimates suggesting …").
_UNNAMED_DATA = frozenset({"estimates", "figures", "data", "numbers", "calculations"})
#: Sources that name no party: a "with" clause after them stays unnamed too.
_UNNAMED_SOURCES = UNNAMED_SOURCES | {"figures"}
_WITH_BEFORE = re.compile(r",\s*with\s+$")
#: A share in figures or words ("58%", "Twenty-three percent").
_SHARE_IN_WORDS = re.compile(
    r"(?:\d(?:[\d.,]*\d)?|\b[A-Za-z]+(?:-[a-z]+)?)\s*(?:%|per\s*cent\b|percent\b)"
)
#: A labelled line naming a page's one source ("Source: Zelenskyy in an interview with AP",
#: "Source: General Staff of the Armed Forces of Ukraine on Facebook"): the source's name,
#: without its title after a comma or the occasion.
_SOURCE_LINE = re.compile(
    r"^Source:[ \t]+(?P<source>[A-Z][\w.’'-]*(?:[ \t]+(?:of|the|[A-Z][\w.’'()-]*))*)"
    # "Source: Zelenskyy; Coordination Headquarters", "Source: UK Defence Intelligence
    # update dated 5 August, as reported by …": the first source, then what it gave
    r"(?:[,;][^\n]*|[ \t]+(?:in|on|at|during|via|to|for|citing|update|report|statement"
    # "Source: Ukrainska Pravda sources in Ukraine's special services"
    r"|post|data|briefing|sources|officials)\b[^\n]*)?[ \t]*$",
    re.MULTILINE,
)
#: The named party a source line's outlet cites (", citing Peter Stano, the spokesperson").
_CITED_IN_LABEL = re.compile(
    r",?[ \t]+citing[ \t]+(?P<cited>[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)*)"
)
#: A broadcast's source tag right after a sentence ("This, from the first report by X,
#: released on Thursday.", "That's according to the ministry."; not "according to plan").
_SOURCE_TAG = re.compile(
    r"\s+(?:This|That)(?:[’']s|\s+is|\s+was)?,?\s+(?:from|according\s+to)\s+"
    # (initials with full stops are part of it: "from U.S. officials")
    r"(?P<source>(?:(?:the|a|an|its|their)\s+|[A-Z])(?:(?:[A-Z]\.){2,}|[^.,;\n“”\"]){2,160}?)"
    r"(?:,\s+(?P<when>(?:released|published|issued|made)"
    r"[^.,;\n]{0,60}))?\.(?:\s|$)"
)
#: A paragraph's speech closed by a spaced dash and its speaker ("… losses - Zelensky said.").
_CLOSED_BY_SPEAKER = re.compile(
    r"\s[-–—]\s+(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})\s+"
    r"(?:said|says|stressed|noted|added|stated|emphasi[sz]ed)\.?[\s”\"]*$"
)
#: A paragraph of speech signed at its end by a name and a title, without a verb or a full
#: stop, as pull quotes are ("… exceeds 3 thousand people. Volodymyr Zelenskyy President of
#: Ukraine").
_SIGNED_WITH_TITLE = re.compile(
    r"(?<=[.!?])\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+"
    r"(?:President|Prime\s+Minister|Minister|Head|Chief|Spokesperson|Spokesman|Spokeswoman"
    r"|Commander|Director|Secretary|Chairman|Ambassador)(?:\s+[\w’'-]+){0,6}[ \t]*$"
)
#: How far back from a paragraph's end its closing "- X said." is looked for.
_CLOSING_REACH = 160
#: Quotation marks of any kind: a paragraph holding one is no unmarked speech.
_QUOTE_MARK = re.compile(r"[“”\"«»]")


def _prose_lines(text: str) -> int:
    """How many lines of ``text`` are prose (end as a sentence does), not a headline, byline,
    timestamp or caption credit above a page's lead."""
    return sum(1 for line in text.splitlines() if re.search(r"[.!?…\"”’]\s*$", line))


#: A line under a block quotation that signs it: a dash and a name ("—Shin Won-sik", "– Ana
#: Ruiz, harbour master").
_SIGNATURE_LINE = re.compile(
    r"\s*\n\s*[—–]\s*(?P<name>[A-Z][\w.’'-]+(?:[ -][A-Z][\w.’'-]+){1,3})\s*(?:,[^\n]{0,60})?"
    r"[ \t]*(?:\n|$)"
)
#: A poll or survey named in a statement ("according to a Gallup poll", "a survey by X").
_POLL_NAMED = re.compile(r"\b(?i:polls?|survey|surveys|pollsters?|opinion\s+research)\b")
#: A figure in words ("six of the missing", "Thirteen persons"); not "one", which is mostly
#: no count ("one of the ships"), nor a vague "dozens" or "thousands" (the page's own
#: summary more often than a release's breakdown).
_FIGURE_WORD = re.compile(
    r"\b(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty"
    r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)\b"
)


def _has_figure(body: str) -> bool:
    """Whether a sentence holds a figure, in digits or in words."""
    return re.search(r"\d", body) is not None or _FIGURE_WORD.search(body) is not None


#: A sentence opening on a standing rule ("Under U.N. sanctions, North Korea is limited to
#: 500,000 barrels"): background, no finding of the statement before.
_RULE_OPENING = re.compile(
    r"Under\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?(?:sanctions|rules|law|laws|resolutions?"
    r"|treaty|agreement|cap|caps|limits?)\b"
)
#: A report's hedge in the page's voice ("reportedly", "are reported to be").
_REPORTEDLY = re.compile(r"\breportedly\b|\b(?:is|are|was|were)\s+reported\s+to\b")


def _is_report(statement: Statement) -> bool:
    """Whether a statement is itself a report, by its verb or its source."""
    return _REPORTING.search(statement.frame.verb) is not None or any(
        _REPORTING_SOURCE.search(c.words) for c in statement.claimants
    )


#: A statement that is itself a report: its verb ("reported") or its source ("Russian media",
#: "The reports", "the newspaper"), which a "reportedly" after it goes on with.
_REPORTING = re.compile(r"(?i)\breport")
_REPORTING_SOURCE = re.compile(
    r"(?i)\b(?:media|reports?|press|outlets?|newspapers?|paper|agency\s+news|news|daily"
    r"|broadcasters?|channels?)\b"
)
#: An estimate in the passive with no agent ("is estimated to have shipped", "are believed to").
_AGENTLESS_ESTIMATE = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:now\s+)?"
    r"(?:estimated|believed|thought|assessed|understood)\s+to\b"
    # "Since 2022, an estimated 13,000 containers have been sent": the figure estimated
    r"|\b[Aa]n\s+estimated\s+(?:\d|(?:[a-z]+\s+){1,2}\d)"
)
#: A vague amount ("millions of rounds", "hundreds of troops").
_VAGUE_AMOUNT = re.compile(VAGUE_AMOUNT)
_NEW_TIME_OPENING = re.compile(
    r"(?:(?:This|Last|Next|Earlier|Later)\s+(?:this\s+)?(?:year|month|week|season|spring|summer"
    r"|autumn|fall|winter|decade)|In\s+\d{4}|Since|Over\s+the\s+(?:past|last))\b"
    # "Earlier, up to 15,000 North Korean troops fought …": what happened before, retold
    r"|(?:Earlier|Previously),"
)


#: Role words that mostly modify another noun ("Air arrivals", "State revenue").
_ROLE_MODIFIERS = frozenset(
    {"air", "national", "state", "foreign", "top", "senior", "general", "special", "vice",
     "deputy", "prime", "presidential", "naval", "policy", "news", "security", "defense",
     "defence", "border", "coast", "think", "operations", "programme", "program", "master",
     "head", "media", "intelligence"}
)  # fmt: skip
#: A sentence opening on a document of its own ("A HUR assessment dated …", "An earlier
#: survey found …").
_OWN_DOCUMENT = re.compile(
    rf"(?:An?|Another|One|Separate)\s+(?:[\w’'-]+\s+){{0,3}}(?:{alternation(DOCUMENT_NOUNS)})\b"
)
#: One capitalised word, as a surname naming a person again ("Berg said").
_SURNAME_WORDS = re.compile(r"[A-Z][a-z’'-]+")
#: The end of a sentence: its stop, closing marks and a space (not a decimal point).
#: (not a single letter's stop: "11 a.m. Sunday", "the U.S. figure")
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z])[.!?][”\"’)]*(?:\s|$)")
#: The words of a statement that releases data: a document or a set of figures.
_RELEASE_WORDS = (DOCUMENT_NOUNS | DATA_NOUNS | frozenset({"statistics", "statistical"})) - (
    INTELLIGENCE_WORDS
    | frozenset({"statement", "statements", "letter", "letters", "reply", "replies", "readout",
                 "readouts", "briefing", "memo", "estimate", "estimates"})
)  # fmt: skip


#: A year a figure is compared with: "since 2010", "since the same period in 2010",
#: "compared with 2019", "than in 2015".
_COMPARED_YEAR = re.compile(
    r"\b(?:since|compared\s+(?:to|with)|than|versus|vs\.?)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: A possessive between a name and its bracketed acronym ("Association's (LFA)").
_POSSESSIVE_BEFORE_ACRONYM = re.compile(r"(?<=\w)[’']s(?=\s*\([A-Z][\w&.-]{1,9}\)$)")
#: A document and the participle that gives its agent, right before the agent's name.
_GIVEN_BY_BEFORE = re.compile(
    rf"[^.;:\n“”\"]*\s(?:{alternation(DATA_GIVING_PARTICIPLES)})\s+by\s+$"
)


def _same_releaser(claimants: Sequence[Claimant], release: Sequence[Claimant]) -> bool:
    """Whether a statement's claimants are the body that released the data before, named
    again ("The association" for "the International Air Transport Association's (IATA)", "It
    (IATA)", "IATA"), not a person of it."""
    if any(names_person(_core(c).words) for c in claimants):
        return False
    if _same_party(claimants, release):
        return True

    def again(earlier: str, later: str) -> bool:
        head = re.fullmatch(r"(?i:the)\s+([a-z]+)", later)
        if head is not None:  # "the association" for "the … Transport Association"
            return head.group(1) in BODY_NOUNS and head.group(1) in re.findall(
                r"[a-z]+", earlier.lower()
            )
        return same_body(earlier, later)

    return all(
        any(again(words, _core(c).words) for r in release for words in (r.words, _core(r).words))
        for c in claimants
    )


def _body_states_figures(text: str, statement: Statement) -> bool:
    """Whether a statement gives figures of a named organisation ("Thailand's tourism
    industry received 14.15 million foreign visitors …, stated the Tourism and Sports
    Ministry"): its figures are a release like a report's, which the page's next paragraph
    may break down."""
    scope = statement.frame.scope
    if not statement.claimants or not re.search(r"\d", text[scope.start : scope.end]):
        return False
    return all(
        _organisation(_core(c))
        and not _person_like(c)
        and not _acting(re.sub(r"^(?:[Tt]he)\s+", "", _core(c).words).split(" ")[0])
        and _names_a_releaser(_core(c).words)
        for c in statement.claimants
    )


def _releases_data(text: str, statement: Statement) -> bool:
    """Whether a statement releases data: its claimant's words or the words of its frame
    name a report, survey, statistics or figures ("according to an IATA report", "data from
    the statistics office showed", "the agency's figures show")."""
    if not all(_names_a_releaser(c.words) for c in statement.claimants):
        return False
    frame = statement.frame
    start, end = min(frame.np_start, frame.verb_start), max(frame.np_end, frame.verb_end)
    # the rest of the attribution's phrase ("according to an IATA report"): the claimant's
    # words keep the author, not the document
    rest = re.match(r"[^,.;:\n“”\"]{0,60}", text[end:])
    # the document an agent gave, written before it ("The annual snapshot of the fleet
    # provided by the board shows"): the claimant's words keep the agent only
    given = _GIVEN_BY_BEFORE.search(text, max(0, start - 120), start)
    words = " ".join(
        [c.words for c in statement.claimants]
        + [text[start:end], rest.group(0) if rest is not None else ""]
        + [given.group(0) if given is not None else ""]
    )
    return bool(set(re.findall(r"[a-z]+", words.lower())) & _RELEASE_WORDS)


#: Words that name no releaser by themselves ("Local reports", "the latest figures").
_UNNAMED_SOURCE_WORDS = _RELEASE_WORDS | frozenset(
    {"reports", "accounts", "responses", "the", "a", "an", "latest", "new", "recent", "local",
     "official", "these", "those", "such", "media", "already", "being", "preliminary",
     "provisional", "initial", "final", "updated", "unofficial", "available"}
)  # fmt: skip


def _names_a_releaser(words: str) -> bool:
    """Whether a claimant's words name who released the data: a name or a body ("the Home
    Office", "the statistics agency", "the study"), not a pronoun or bare data ("reports",
    "Latest figures", "the results")."""
    head = words.split(" (")[0].strip()
    tokens = re.findall(r"[A-Za-z][\w’'.-]*", head)
    if not tokens or tokens[0].lower() in REFERRING_PRONOUNS:
        return False
    if re.fullmatch(r"(?i:the)\s+(?:study|report|survey|analysis|poll|census|index)", head):
        return True  # a document named before
    if names_person(head) or named_person(head) is not None:
        return False  # "The harbour master, Ola Berg": a person's words, not a release
    lowered = {t.lower() for t in tokens}
    if lowered & {"official", "government"} and lowered & _RELEASE_WORDS:
        return True  # "the latest official homelessness statistics": the state's own release
    if {t.lower().rstrip("s") for t in tokens} & PERSON_NOUNS:
        return False  # "Kremlin spokesman Dmitry Peskov": a person's words, not a release
    if tokens[-1][0].isupper() and tokens[-1].endswith(("an", "ese", "ish")):
        return False  # "Russian and North Korean": an adjective with its noun lost
    return any(
        t.lower() not in _UNNAMED_SOURCE_WORDS and (t.lower() in ROLE_WORDS or t[0].isupper())
        for t in tokens
    )


def _acting(word: str) -> bool:
    """Whether a sentence's first word names people by what they do ("Rescuers",
    "Firefighters", "Doctors"): a party acting on its own."""
    low = word.lower()
    if low in COUNTRY_WORDS or low.removesuffix("s") in COUNTRY_WORDS:
        return False  # "Malaysians accounted for 2.24 million": a people counted, not acting
    return low.endswith(("ers", "ists", "ians", "ors")) and low not in {"others", "numbers"}


#: Details announced without their figures ("more specific information about", "new
#: details on", "a breakdown of").
_DETAILS_ANNOUNCED = re.compile(
    r"(?i)\b(?:details|information|data|figures|numbers|breakdown)\s+(?:about|on|of|regarding)\b"
)
#: A vague amount of a plural noun ("significant casualties", "heavy losses", "large numbers
#: of troops").
_VAGUE_AMOUNT_OF = re.compile(
    r"(?i)\b(?:significant|heavy|large|substantial|considerable|mounting|high|huge|massive"
    r"|serious)\s+(?:numbers?\s+of\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]{4,}s)\b"
)
#: A sentence naming a whole and its parts ("The military equipment North Korea has sent
#: includes …").
_PARTS_INCLUDED = re.compile(
    r"(?P<whole>The\s+(?:[\w’'-]+\s+){1,8}?)(?:include|includes|included|comprises|comprised"
    r"|consists\s+of|consisted\s+of)\b"
)
#: Words of such a whole that name no thing ("The … that has been sent includes").
_NOT_A_PART = frozenset({"that", "which", "have", "been", "this", "these", "those", "also"})
#: An absolute clause after the main clause (", with reports suggesting …").
_WITH_CLAUSE = re.compile(r",\s+with\s+(?:[\w’'-]+\s+){0,4}$")
#: A sentence opening with a pronoun for the previous sentence's reported subject.
_CARRIED_OPENING = re.compile(
    r"(?:(?:It|They|He|She|The\s+(?:figure|total|tally|number|count|estimate))\b"
    # ("It is estimated that …", "It is believed that …": an "it" that stands for no one)
    r"(?!\s+(?:is|was|has\s+been|had\s+been)\s+(?:now\s+|widely\s+|generally\s+)?"
    r"(?:estimated|believed|thought|understood|assumed|expected|feared|reported|said"
    r"|claimed|alleged|rumou?red)\s+that\b)"
    r"(?=\s+(?:also\s+|then\s+|had\s+|has\s+|have\s+)*[a-z]+)"
    r"|(?:This|That)(?:\s+(?:figure|number|total|estimate|tally|count))?\b"
    r"(?=\s+(?:is|was|would|brings|brought|marks|marked|means|represents|gives|puts"
    # "This figure sharply increased from 1,117 in 2023": the figure's own history
    r"|(?:[a-z]+ly\s+)?(?:increased|rose|fell|dropped|grew|declined|jumped|climbed|doubled"
    r"|tripled|compares|compared))\b)"
    # "Additionally, 40 shops were destroyed": more of what was just said; "In comparison, 90
    # were launched a week earlier": the same source's figure to set beside it
    r"|(?:Additionally|In\s+addition|Moreover|Furthermore|(?:In|By)\s+comparison)\s*,"
    # "Therefore, overall, the Russian side has likely suffered …": the source's own sum;
    # "The median of the estimate range is 320,000": a figure of the range just given
    r"|(?:Therefore|Thus|Hence|All\s+told|Altogether)\s*,"
    # "X has reported a new deployment. According to preliminary data, 1,000 to 3,000 …":
    # data with no owner of their own are the data of the statement just made
    r"|According\s+to\s+(?:preliminary|initial|early|updated|available|unofficial)\s+"
    r"(?:data|information|estimates|figures)\s*,"
    r"|The\s+(?:median|average|mean|midpoint)\s+of\s+(?:the|this|that|these)\b"
    # "In addition to soldiers, about 4,000 workers …": more beside what was just counted
    r"|In\s+addition\s+to\s+(?:the\s+|these\s+|those\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*,"
    # "At the same time, 7.8 thousand of them arrived …": a part of the previous figure
    r"|(?:At\s+the\s+same\s+time|Meanwhile|In\s+particular|Specifically|Of\s+note),\s+"
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than|at\s+least)\s+)?"
    r"(?:\d[\d,.]*(?:\s+(?:thousand|million))?|[a-z]+)\s+of\s+(?:them|those|these)\b"
    # "These include 12 jet-powered drones", "This included one …": the previous figure's parts
    # ("These actions include the seizure of 29 boats": with the parts' noun between)
    r"|(?:These|This|Those|They)(?:\s+[a-z]+){0,2}?\s+"
    r"(?:include|included|includes|comprised|comprise|comprises)\b"
    # "Among the victims were 7 children": the previous toll's people
    r"|Among\s+the\s+(?:dead|victims|injured|wounded|casualties|missing|killed|fatalities)\b"
    # "Of those, 40 were …", "Among them, …": a part of the previous figure
    r"|(?:Of|Among)\s+(?:those|them|these|the\s+[\d,]+|which"
    # "Of that number, …", "Of the total, …", "Of the total drones deployed, …"
    r"|(?:that|this|the)\s+(?:number|total|figure|tally|count)(?:\s+[a-z]+){0,4})\s*,"
    # "In the total number of deaths, 1,889 were civilians": the same, as translated copy
    # writes it
    r"|In\s+(?:that|this|the)\s+total(?:\s+[a-z]+){0,4}\s*,"
    # "Among those who entered last year, 7,887 …": the previous figure's people, described
    r"|(?:Of|Among)\s+(?:those|them|these)\s+(?:who|which|that|[a-z]+ed)\b"
    # "Among these components, 75% …", "Of these cases, 40 …": the previous figure's things
    r"|(?:Of|Among)\s+(?:those|these)(?:\s+[a-z]+){1,2}\s*,"
    # "Most of them, about 600, were …", "Five of them drowned": a part of the previous
    # figure, named as a share or a count
    r"|(?:Most|Many|Some|Half|All|Nearly\s+all|About\s+half|[A-Z][a-z]+|\d[\d,]*"
    # "A third of these casualties", "About one-third of them": a share of the previous figure
    r"|(?:(?:About|Nearly|Almost|Roughly|Around|Some|More\s+than|Over)\s+)?(?:[Aa]n?|[Oo]ne)[\s-]"
    r"(?:third|quarter|fifth|half)|(?:About|Nearly|Almost|Roughly|Around|Over)\s+half"
    r"|Two[\s-]thirds|Three[\s-]quarters)\s+of\s+(?:them|those|these)\b"
    # "In that period, at least 893 …": the previous figure's period
    r"|(?:In|During|Over|For|Within)\s+(?:that|this|the\s+same)\s+(?:period|time|span|month|week"
    r"|year|quarter|fortnight)\s*,"
    # "Overall, recorded crimes fell …", "In total, 2,604 stations …": the sum of the figures
    r"|(?:Overall|In\s+total|In\s+all|Altogether)\s*,"
    # "And thefts of metal drove a 2% rise": a sentence joined on to the one before
    r"|And\s+(?=[a-z])"
    # "At least three other soldiers were injured", "Another 20 were wounded": more of
    # what the sentence before counted
    r"|(?:(?:At\s+least|Some|About|Around|Nearly|Almost|Up\s+to|More\s+than|Over)\s+)?"
    r"(?:\d[\d,]*|[A-Z]?[a-z]+)\s+(?:other|more|additional|further)\s+(?=[a-z])"
    r"|(?:Another|A\s+further|An\s+additional)\s+(?=\d|[a-z])"
    # "On those assumptions, …", "By this reckoning, …": reasoning on the previous figures
    r"|(?:On|Under|By|With|At)\s+(?:those|these|that|this)\s+(?:assumptions?|basis|figures?"
    r"|estimates?|numbers?|calculations?|reckoning|count|rates?)\s*,)"
)


#: A sentence opening on a part of the figure before ("Of those, …", "Of the total drones
#: deployed, …", "Among them, …", "Five of them …").
_PART_OF_LAST_FIGURE = re.compile(
    r"(?:Of|Among)\s+(?:those|them|these|(?:that|this|the)\s+(?:number|total|figure|tally|count)"
    r"(?:\s+[a-z]+){0,4}|(?:those|these)(?:\s+[a-z]+){1,2})\s*,"
    r"|(?:Most|Many|Some|Half|All|[A-Z][a-z]+|\d[\d,]*)\s+of\s+(?:them|those|these)\b"
)


#: A place and its figure in brackets, as a ranking writes them ("Tatarstan (5 605)").
_RANKED_PLACE = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*\s+\(\d[\d ,.]*\)")


#: A sentence whose subject "also" did something, with no quotation in it ("Burglaries
#: also fell by 4%", "The data also showed …").
_ALSO_VERB = re.compile(
    r"(?![“\"])(?:(?!\b(?:said|says|told|according)\b)[^“”\"\n;:]){0,120}?\balso\s+"
    r"(?:[a-z]+ed|fell|rose|grew|went|found|showed|shows|finds|falls|rises|saw|hit|reached)\b"
)
#: A share written as one ("58%", "30 per cent", "12 percent").
_SHARE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|per\s*cent\b|percent\b)")
#: A paragraph that is one quotation: an opening mark, no other mark, a closing one.
#: A paragraph that is one quotation, closed, or left open to go on in the next paragraph
#: (the convention for a quotation running over several).
_WHOLE_QUOTATION = re.compile(r"[“\"][^“”\"]{20,}[”\"]?")
#: A paragraph labelled as a quotation ('Quote: "…', 'Direct speech: "…').
_QUOTE_LABEL = re.compile(r"(?:Quote|Quotes|Direct\s+speech)\s*:\s*[“\"]")

#: An acronym standing alone for a body ("the MND", "NIS").
_ACRONYM = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,6})")
#: A capitalised name owned by a lower-case descriptor ("the Ukrainian military's General
#: Staff").
_OWNED_NAME = re.compile(
    r"(?P<owner>(?:[Tt]he\s+)?[^’']*?\s[a-z]+)[’']s\s+(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
#: A lower-case descriptor without an article ("military intelligence", "police").
_BARE_LOWER = re.compile(r"[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,2}")
#: A descriptor without an article, as headlines write it ("Spy agency", "Defence ministry").
#: ("The minister", with its article, points back to one named before: no bare descriptor)
_BARE_DESCRIPTOR = re.compile(r"(?!(?:The|A|An)\s)[A-Z][a-z’'-]+(?:\s+[a-z’'-]+){1,2}")
#: A claimant in the first person plural: the page's publisher ("Our own count", "we").
_FIRST_PERSON = re.compile(r"(?i:our|we)\b")
#: A country's government ("the Ukrainian government", "Japan's government").
_GOVERNMENT = re.compile(
    r"(?:[Tt]he\s+)?(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:[’']s)?\s+government"
)
#: A place's body by a descriptor ("Seoul's spy service", "South Korea's defence ministry").
_PLACE_DESCRIPTOR = re.compile(
    r"(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)[’']s\s+(?P<descriptor>(?:[a-z’'-]+\s+){0,2}[a-z’'-]+)"
)
#: A seat of government standing for its body ("the Pentagon", "the White House").
_SEAT_OF_GOVERNMENT = re.compile(
    r"(?:[Tt]he\s+)?(?:Pentagon|White\s+House|Kremlin|Blue\s+House|Elysee|Élysée|Downing\s+Street)"
)
#: "US" written without stops (upper case only: "us" is a pronoun).
_US = re.compile(r"(?:[Tt]he\s+)?US")
#: A day named from the previous statement's ("Later that day,", "A day earlier,").
_DAY_FROM_PREVIOUS = re.compile(
    r"(?:(?:Later|Earlier)\s+(?:that|the\s+same)\s+day|(?:On\s+)?(?:that|the\s+same)\s+day"
    r"|(?:Hours|Minutes)\s+(?:later|earlier)"
    r"|(?P<back>A\s+day\s+(?:earlier|before)|The\s+(?:previous|preceding)\s+day|The\s+day\s+before)"
    r"|(?P<next>A\s+day\s+later|The\s+(?:next|following)\s+day|The\s+day\s+after))\s*,"
)
#: The same, set off by commas between the subject and its verb ("X, the same day, put …").
_DAY_INSERTED = re.compile(
    r"\s*,\s*(?:(?:later|earlier)\s+(?:that|the\s+same)\s+day|(?:that|the\s+same)\s+day"
    r"|(?:hours|minutes)\s+(?:later|earlier)|(?P<back>a\s+day\s+(?:earlier|before))"
    r"|(?P<next>a\s+day\s+later|the\s+(?:next|following)\s+day))\s*,\s*$"
)
#: Role words of a country's leader ("the Ukrainian leader", "the Russian president").
_LEADERS: frozenset[str] = frozenset({"leader", "president", "premier", "chancellor"})
#: A country's adjective before a descriptor ("Ukrainian military intelligence", "British
#: weather service").
_ADJECTIVE_DESCRIPTOR = re.compile(
    r"(?:[Tt]he\s+)?(?P<place>(?:South|North)\s+Korean|[A-Z][a-z]+(?:an|ese|ish))\s+"
    r"(?P<descriptor>(?:[a-z’'-]+\s+){0,2}[a-z’'-]+)"
)
#: An acronym in brackets closing a body's name ("… Intelligence Directorate (GUR)").
_TRAILING_ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Za-z&.-]{1,9}\s*\)$")


def _initials(words: str) -> set[str]:
    """The acronyms a body's name can go by: the initials of its capitalised words after a
    possessive ("South Korea's Ministry of National Defense" → MND, SKMND)."""
    found: set[str] = set()
    words = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", words)
    for name in (words, re.split(r"[’']s\s+", words)[-1]):
        capitals = re.findall(r"\b[A-Z][a-z]*", re.sub(r"[’']s\b", "", name))
        if len(capitals) >= 2:
            found.add("".join(word[0] for word in capitals))
    return found


def _earlier_statement(statement: Statement) -> bool:
    """Whether a statement is one the report recalls rather than reports (a possessive
    estimate, "since February, when X reported"): later statements do not continue it."""
    mention = statement.date_mention
    return "possessive" in statement.frame.flags or (
        mention is not None and mention.rule == "date.since"
    )


#: A masthead in capitals on a line of its own ("NORDIC HOUSING INSTITUTE"), a section after
#: it or not ("NORTHLINE NEWS › Explainers").
_CAPITAL_MASTHEAD = re.compile(
    r"(?P<name>[A-Z][A-Z&.’'-]+(?:[ \t]+(?:[A-Z&][A-Z&.’'-]*|of|for|and|the)){1,5})"
    r"(?:[ \t]+[|·•›][ \t]*[^\n]*)?[ \t]*"
)


def _capital_masthead(text: str) -> str | None:
    """The publisher a masthead in capitals names: one of the page's first lines, two words
    or more, no place name nor page label ("SEOUL", "BREAKING NEWS")."""
    for line in text.lstrip().split("\n", 4)[:4]:
        found = _CAPITAL_MASTHEAD.fullmatch(line.strip())
        if found is None:
            continue
        name = found.group("name")
        if country_of(name) is None and not re.search(r"\b(?:LIVE|BREAKING|NEWS\s+ALERT)\b", name):
            return name
    return None


#: A line that is only a day ("Thursday 6 March 2025", "March 6"), as live pages head days.
_DAY_LINE = re.compile(r"^[ \t]*[A-Z][a-z]+\.?(?:[ \t,]+[\w.]+){1,3}[ \t]*$", re.MULTILINE)


def _day_headings(text: str, published_on: date) -> list[tuple[int, date]]:
    """The day headings of a live page, in order: each line that is only a day (a weekday and a
    date naming one day)."""
    found: list[tuple[int, date]] = []
    for line in _DAY_LINE.finditer(text):
        mentions = find_dates(text, published_on, line.start(), line.end(), future=False)
        days = {m.date_start for m in mentions if m.precision == "day"}
        rest = text[line.start() : line.end()]
        for mention in reversed(mentions):
            start, end = mention.start - line.start(), mention.end - line.start()
            rest = rest[:start] + rest[end:]
        if (
            mentions
            and len(days) == 1
            and len(mentions) == len([m for m in mentions if m.precision == "day"])
            and not re.sub(r"\W", "", rest)
        ):
            day = days.pop()
            if day is not None:
                found.append((line.start(), day))
    return found


def _present_tense(frame: Frame) -> bool:
    """Whether a frame's verb of saying is in the present tense ("says", "puts", "estimate")."""
    verb = frame.verb.split(maxsplit=1)
    return bool(verb) and verb[0].lower() in PRESENT_SAYING_VERBS


def _past_saying(frame: Frame) -> bool:
    """Whether a frame is a verb of saying in the past tense ("said", "assessed"), not the
    present, an "according to" or a verbless label."""
    verb = frame.verb.split(maxsplit=1)
    return (
        frame.kind != "according_to"
        and bool(verb)
        and verb[0].lower().endswith(("ed", "said", "told", "put", "wrote", "gave", "saw"))
        and not _present_tense(frame)
    )


#: The words before an earlier figure set beside a new one ("…, up from the department's
#: count of 3,000 a week earlier"): the count restated is not the one just stated.
_EARLIER_FIGURE_BEFORE = re.compile(
    r"\b(?:(?:up|down|rising|falling|rose|fell|increased|decreased)\s+from|compared\s+(?:with|to))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _goes_on_with(frame: Frame, stated: tuple[date | None, date | None, str]) -> bool:
    """Whether an undated frame may take the date of its party's earlier statement: the past
    tense always ("The agency said on Tuesday …. It said …"); the present tense ("The agency
    estimates …") only a statement of one day, the report's news, while after one dated by a
    period ("said earlier this month", "in February") it is the party's standing view, on or
    before publication. The past perfect ("It had earlier put the toll at 47") tells of an
    occasion before, never the one just reported."""
    if "pluperfect" in frame.flags:
        return False
    return not _present_tense(frame) or stated[2] == "day"


def _inside_quotes(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` lies inside quotation marks opened after ``start``."""
    before = text[start:pos]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _inside_labelled_quote(text: str, start: int) -> bool:
    """Whether the paragraph opening at ``start`` goes on a 'Quote: "…' paragraph left open,
    through paragraphs with no quotation mark ('Quote: "We hit the post.' / 'It was a
    legitimate target.' / 'They lost dozens."')."""
    while start > 1:
        previous = text.rfind("\n", 0, start - 1) + 1
        paragraph = text[previous : start - 1].strip()
        if _QUOTE_LABEL.match(paragraph):
            return _left_open(text, previous)
        if not paragraph:
            start = previous
            continue
        if re.search(r"[“”\"]", paragraph):
            return False
        start = previous
    return False


def _left_open(text: str, pos: int) -> bool:
    """Whether the paragraph around ``pos`` ends inside a quotation (more quotation marks
    opened than closed), as a quotation running on into the next paragraph is written."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    paragraph = text[start : end if end >= 0 else len(text)]
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


def _quotation_closes_paragraph(text: str, pos: int, next_start: int) -> bool:
    """Whether the paragraph around ``pos`` ends with a closed quotation and the paragraph
    starting at ``next_start`` comes right after it."""
    end = text.find("\n", pos)
    if end < 0 or text[end:next_start].strip():
        return False
    return re.search(r"[.!?,][”\"]\s*$", text[pos:end]) is not None


def _one_body_named_twice(statements: list[Statement]) -> None:
    """ "Ukraine's military, for its part, says …, per the Ukrainian military's General
    Staff": a body described only by its country and a role word is the known body of the
    same country that the same sentence names in full with that word."""
    known = [
        c for s in statements for c in s.claimants
        if c.actor_id and c.country and c.kind != "person"
    ]  # fmt: skip
    for statement in statements:
        for index, claimant in enumerate(statement.claimants):
            described = _COUNTRY_DESCRIPTOR.fullmatch(claimant.words)
            if described is None:
                continue
            country = country_of(claimant.words)
            head = described.group("head").lower()
            same = [
                c for c in known
                if c is not claimant and c.country == country
                and len(c.words.split()) > len(claimant.words.split())
                and re.search(rf"\b{head}\b", c.words, re.IGNORECASE)
            ]  # fmt: skip
            if len({c.actor_id for c in same}) == 1 and same[0].actor_id != claimant.actor_id:
                statement.claimants[index] = _carried(claimant.words, same[0])


#: A body described by its country and a role word: "Ukraine's military", "the Ukrainian
#: army", "South Korea's intelligence".
_COUNTRY_DESCRIPTOR = re.compile(
    r"(?:[Tt]he\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?(?:[’']s)?\s+(?P<head>[a-z]+)"
)


#: Heads of a body's descriptor that a name in the text may hold ("the bureau", "the coast
#: guard"); a person's role ("the minister") is resolved among the people named.
_TEXT_NAMED_HEADS = (BODY_NOUNS | frozenset({"guard", "coastguard", "service", "agency"})) - {
    "government",
    "military",
    "army",
    "navy",
    "police",
    "team",
    "daily",
    "company",
    "firm",
}
#: Capitalised words and their joiners, left of a body's head ("Bureau of Labor …").
_NAME_WORD_LEFT = re.compile(r"(?:[A-Z][\w’'.&-]*|of|for|and|on|the)\s+$")
#: A name's tail after its head: "of Labor Statistics", "for Refugees", "(BLS)".
_NAME_TAIL = re.compile(
    r"(?:\s+(?:of|for|on)(?:\s+(?:the|and))?(?:\s+[A-Z][\w’'.&-]*)+)*(?:\s+\([A-Z]{2,8}\))?"
)
#: A place's possessive, with up to two lower-case modifiers, before a lower-case head
#: ("Greece's coast guard", "Italy's interior ministry").
_PLACE_POSSESSIVE_LEFT = re.compile(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+(?:[a-z-]+\s+){0,2}$")


#: A time clause that a release's frame sits in ("… after data from X showed").
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|since|following|until)\s+[^,;:]*$")


#: A sentence saying when a document came out ("The findings were released on Wednesday",
#: "published the results on Monday"), up to its day.
_RELEASED_ON = re.compile(
    r"(?i)\b(?:(?:findings|results|report|survey|study|figures|data|statistics)\s+"
    r"(?:was|were|have\s+been|has\s+been)\s+(?:released|published|presented|issued|unveiled)"
    r"|(?:released|published|presented|issued|unveiled)\s+(?:the|its|their)\s+"
    r"(?:results|findings|report|figures|data))\s+(?:on\s+)?"
)
#: A claimant that is a document or its data ("The ferry survey", "the findings").
_DOCUMENT_HEAD = re.compile(
    r"(?i)\b(?:findings|results|report|survey|study|poll|census|figures|data|statistics)\b"
)


def _name_around(text: str, start: int, end: int) -> str | None:
    """The name a body's head found at ``start:end`` belongs to: capitalised words around a
    capitalised head ("the federal Bureau of Labor Statistics" → "Bureau of Labor
    Statistics"), or a place's possessive before a lower-case one; None for a bare head."""
    head = text[start:end]
    if all(word[:1].isupper() for word in head.split()):
        left = start
        while True:
            found = _NAME_WORD_LEFT.search(text, max(0, left - 40), left)
            if found is None or found.end() != left:
                break
            left = found.start()
        tail = _NAME_TAIL.match(text, end)
        right = tail.end() if tail else end
        name = re.sub(r"^(?:(?:of|for|and|on|the|an?)\s+)+", "", text[left:right], flags=re.I)
        name = re.sub(r"(?:\s+(?:of|for|and|on|the))+$", "", name)
        return name if len(name.split()) > len(head.split()) else None
    owner = _PLACE_POSSESSIVE_LEFT.search(text, max(0, start - 60), start)
    if owner is not None and owner.end() == start:
        return text[owner.start() : end]
    return None


def _named_its_own(statement: Statement) -> bool:
    """Whether a statement names its claimant itself (not one carried on from before)."""
    return bool(statement.claimants) and statement.frame.kind != "carried"


def _is_a_person(claimant: Claimant) -> bool:
    """Whether a claimant is one person: an actor of kind person, a name, or an office-holder
    named by the office ("The mayor", "the minister"). Narrower than :func:`_person_like`,
    which also takes a name after its title ("Finland's Finance Minister Riikka Aalto"): "The
    ministry" after that is the minister's ministry (the last claimant's body), which this
    check must not stop."""
    if claimant.kind == "person":
        return True
    words = claimant.words.strip()
    tokens = _tokens_of(words)
    # (a singular person's noun: "officials" may speak for a body)
    return bool(names_person(words)) or bool(
        tokens and tokens[-1] in PERSON_ROLES | PERSON_NOUNS and not tokens[-1].endswith("s")
    )


def _carried(words: str, found: Claimant) -> Claimant:
    """A referring subject's words with the claimant they carry on ("it (the JCS)"); the
    same words again are the claimant itself."""
    if words.lower() == _core(found).words.lower():
        return _core(found)
    if found.words.lower().startswith(f"{words.lower()} ("):
        # "The bureau" again after "the bureau (Bureau of Labor Statistics)": not nested
        return replace(found, words=words + found.words[len(words) :])
    if re.match(r"(?i:it|he|she|they)\s+\(", found.words):
        found = _core(found)  # "it" after "it (The agency)": "it (The agency)", not nested
    return Claimant(f"{words} ({found.words})", found.actor_id, found.country, found.kind)


#: A printed interview's turns: "Q." or "Q:" opening a question, "A." or "A:" an answer.
_TURN = re.compile(r"^(?P<turn>[QA])[.:][ \t]+", re.MULTILINE)
#: The introduction's sentence saying when the interview took place ("We spoke to him by
#: video on Friday", "She was interviewed on Tuesday").
_INTERVIEWED = re.compile(
    r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+(?:him|her)\b"
    r"|\b(?:he|she)\s+was\s+interviewed\b|\binterviewed\s+(?:him|her)\b"
)
#: A person's name of two or three capitalised words opening the introduction's paragraph
#: ("Marit Halvorsen ran …", "Choi Dong-hyun spent …").
_OPENING_NAME = re.compile(r"[A-Z][a-z’'-]+(?:[ -][A-Z][a-z’'-]+){1,2}(?=\s+[a-z])")


def _interviewee(text: str, published_on: date) -> tuple[str, DateMention] | None:
    """A page printed as an interview ("Q." / "A." turns, two of each at least): the person
    its introduction names ("X ran the flood office …. We talked to her on Wednesday."), and
    the day it says the interview took place."""
    turns = [m.group("turn") for m in _TURN.finditer(text)]
    if turns.count("Q") < 2 or turns.count("A") < 2:
        return None
    intro = text[: next(m.start() for m in _TURN.finditer(text))]
    said = _INTERVIEWED.search(intro)
    if said is None:
        return None
    paragraph = intro.rfind("\n", 0, said.start()) + 1
    name = _OPENING_NAME.match(intro, paragraph)
    end = min(i for i in (intro.find(".", said.end()), len(intro)) if i >= 0)
    days = find_dates(text, published_on, said.start(), end, future=False)
    if name is None or not days or days[0].precision != "day":
        return None
    return name.group(0), days[0]


#: A sentence that only names the source of what came before, then its relay ("This is
#: reported by Forbes, ").
_THIS_REPORTED_BY = re.compile(
    r"(?:This|It)\s+(?:is|was|has\s+been)\s+(?:reported|stated|announced|written)\s+by\s+"
    r"[^,;:.“”\"]{2,60},\s*"
)


#: A body's name that an "agency" may stand for ("Main Directorate of Intelligence").
_AGENCY_NAME = re.compile(r"\b(?:Intelligence|Directorate|Service|Bureau|Agency)\b")


#: A sentence opening on the attack just reported ("The attack caused three fires", "The
#: attacks were carried out over 6 regions").
_EVENT_OPENING = re.compile(
    r"(?:The|This|That|These)\s+(?:attacks?|strikes?|assaults?|shelling|bombardment|raids?"
    r"|barrage)\s+(?:also\s+)?(?:caused|damaged|destroyed|killed|injured|wounded|hit|left|were"
    r"|was|targeted|struck)\b"
)


#: Machines whose names end like people's ("bombers", "launchers"): what an account tells
#: of, not a party acting on its own.
_MACHINES = THINGS_COUNTED | wordset(
    "bombers fighters destroyers carriers tankers trawlers freighters interceptors"
)


class Discourse:
    """The running state of a report's attributions, read sentence by sentence."""

    def __init__(
        self,
        text: str,
        published_on: date,
        actors: Sequence[Mapping[str, Any]],
        publisher: str | None = None,
        masthead: str | None = None,
    ) -> None:
        self.text = text
        #: the name the page's masthead gives its publisher ("Hanbit Defence Forum | …"):
        #: who "our analysts" and "we" are
        self.masthead = publisher or masthead or _capital_masthead(text)
        self.pub = published_on
        self.actors = actors
        self.by_id = {str(a.get("actor_id")): a for a in actors}
        self._page_words: str | None = None  # the page as names are compared, when needed
        # the statement a line ending on a colon opens, and where: "The ministry wrote:" above
        # a bulleted list
        self.list_opener: tuple[Statement, int] | None = None
        self.last: list[Claimant] = []
        self.history: list[Claimant] = []  # every named claimant, in order
        #: the country of the place a sentence opens on ("In Kingston, …"; None: unknown)
        self.set_in: tuple[str | None] | None = None
        self.previous: _Context | None = None
        self.said: list[_Context] = []  # every statement so far, in order
        self.said_above: list[_Context] = []  # those above the last cross-head
        self.before: list[Statement] = []  # the statements of the previous sentence
        self.before_previous: list[Statement] = []  # and of the sentence before it
        self.last_sentence: Span | None = None
        #: the latest cross-head the page's layout found
        self.crosshead: Span | None = None
        #: the claimants of the latest statement, when it released data (a report, figures)
        self.release_claimants: list[Claimant] | None = None
        #: who released the data the page is giving, as first named
        self.releaser: list[Claimant] | None = None
        #: the statement of a press release the page's lede names as its source
        self.press_release: Statement | None = None
        #: parties named only as relaying another's words ("…, Ukrinform reports"): no "he"
        self.relays: set[str] = set()
        #: the statements of the sentence being read, as they are resolved
        self.current: list[Statement] = []
        #: the words before the subjects of the latest statements ("The latest intelligence
        #: report from"), with their claimants
        self.leads: list[tuple[str, list[Claimant]]] = []
        #: the statements of the latest sentences, one list per sentence
        self.recent: list[list[Statement]] = []
        #: whether a headline or standfirst is being read
        self.aside = False
        #: whether the page is a live page, whose entries' present tense is of the day
        self.live = is_live_page(text)
        #: a live page's day headings ("Thursday 6 March 2025"): where each day's entries start
        self.days = _day_headings(text, published_on) if self.live else []
        #: the line of the latest chronology entry ("Oct. 28 — …") and its day
        self.entry: tuple[int, _Context] | None = None
        #: a printed interview's interviewee and the day of the interview
        self.interview = _interviewee(text, published_on)
        #: the claimant of the report's own statements: its publisher, matched to an actor
        self.publisher = self.claimant(publisher, None) if publisher else Claimant("")
        #: the words of the page's full personal names, read when first needed
        self.name_words: set[str] | None = None
        #: the country the page reports from (its dateline's, its masthead's): whose body
        #: "the defense ministry" is when the report names no other
        self.home = home_country(text)

    def new_section(self, question: bool = False, heading: Span | None = None) -> None:
        """A cross-head opens a new section: an undated statement below it in the present
        tense ("The JCS believes …") is not the same act as a dated one above it (the
        claimants named stay, for pronouns); one in the past tense ("1.1 The NIS assessed
        that …" under the summary of yesterday's briefing) still recalls its party's. Below
        a heading that announces background ("Recall", "Background", "For reference"), the
        release above does not go on: the page retells what it has reported before."""
        self.previous = None
        self.crosshead = heading
        if heading is not None and _BACKGROUND_HEADING.fullmatch(
            self.text[heading.start : heading.end].strip()
        ):
            self.release_claimants = None
        if question:  # "What else has the North sent?": an explainer's new topic
            self.said = [replace(c, entry=True) for c in self.said]
        self.said_above.extend(self.said)
        self.said = []
        self.recent = []

    def _date_earlier_of_occasion(self, statement: Statement) -> None:
        """ "The JCS said … N …. It also used the briefing on Tuesday to warn …": the
        occasion named with "the" is the one of the same party's undated statements just
        before, which take its date."""
        mention = statement.date_mention
        if mention is None or statement.stated[0] is None:
            return
        frame = statement.frame
        between = self.text[frame.verb_end : mention.start]
        sentence_start = min((s.frame.np_start for s in self.current), default=frame.np_start)
        lead = self.text[sentence_start : frame.np_start]
        # "The spy agency disclosed this on Monday": the statement just made, whatever its
        # tense; "put the figure at 1,100 when it briefed reporters on Monday": the main
        # clause of the same sentence
        anaphoric = _ANAPHORIC_OBJECT.match(between) is not None
        temporal = _WHEN_CLAUSE.search(lead) is not None
        occasion = THE_OCCASION_BEFORE.search(self.text, max(0, mention.start - 40), mention.start)
        if occasion is None and not anaphoric and not temporal:
            return
        recent = [s for sentence in self.recent for s in sentence]
        candidates = [s for s in self.current if s is not statement] if temporal else recent
        for earlier in candidates:
            if (
                # undated, or dated only by the speaker who relayed the belief
                (earlier.stated[0] is None or earlier.frame.relayed_by is not None)
                and (not earlier.frame.perfect or anaphoric or temporal)
                and not _earlier_statement(earlier)
                and _same_party(statement.claimants, earlier.claimants, strict=True)
            ):
                earlier.stated = statement.stated
                earlier.stated_text = statement.stated_text
                earlier.flags.append("continued_date")

    def _line_start(self, pos: int) -> int:
        return self.text.rfind("\n", 0, pos) + 1

    def _remember_entry(self, statement: Statement) -> bool:
        """ "Oct. 28 — X confirms …. Y puts N at …": the day opening a chronology entry
        dates every statement of its line, the later sentences' too. Whether it was one."""
        mention = statement.date_mention
        if mention is None or mention.precision != "day":
            return False
        line = self._line_start(mention.start)
        if LIST_ITEM.sub("", self.text[line : mention.start]).strip():
            return False
        if _ENTRY_SEPARATOR.match(self.text, mention.end) is not None:
            self.entry = (line, _Context(statement.claimants, statement.stated, mention.text))
            return True
        return False

    def read_aside(
        self, sentence: Span, frames: Sequence[Frame], dates: Sequence[DateMention]
    ) -> list[Statement]:
        """The statements of a headline or standfirst: resolved like the body's, but the body
        does not continue them (a headline's "statistics office says" is no antecedent)."""
        kept = (list(self.last), list(self.history), self.previous, list(self.said))
        before, leads, recent = list(self.before), list(self.leads), list(self.recent)
        self.aside = True
        statements = self.read(sentence, frames, dates)
        self.aside = False
        self.last, self.history, self.previous, self.said = kept
        self.before, self.leads, self.recent = before, leads, recent
        return statements

    def read(
        self, sentence: Span, frames: Sequence[Frame], dates: Sequence[DateMention]
    ) -> list[Statement]:
        """The statements of one sentence's frames; remembers them for the next sentences."""
        statements: list[Statement] = []
        self.current = statements
        for frame in frames:
            resolved = self._resolve(frame, sentence, dates)
            self._estimates_of_the_clause_before(resolved, statements)
            statements.append(resolved)
            self._date_earlier_of_occasion(resolved)
            if _earlier_statement(resolved):
                continue  # "the NIS's previous estimate of 1,100 in December": not continued
            entry = self._remember_entry(resolved)
            self.said.append(
                _Context(resolved.claimants, resolved.stated, resolved.stated_text, entry)
            )
            if resolved.stated[0] is not None:
                # "The JCS said in December that …, and it said …": a later frame of the
                # same sentence continues this dated statement
                self.previous = _Context(resolved.claimants, resolved.stated, resolved.stated_text)
        if all("possessive" in f.flags for f in frames) or self._opening_left_open(
            sentence, frames
        ):
            # "It gives a total of N, far above the institute's count of M": a recalled
            # estimate inside does not stop the sentence carrying on the one before; nor does
            # "This figure is about 4% of the economy, which, according to the central bank,
            # …", whose frame covers its relative clause only
            carried = self._carried_on(sentence)
            if carried is not None:
                statements.append(carried)
        _one_body_named_twice(statements)
        self._remember_relays(statements)
        self._date_figure_given(sentence, dates)
        self._date_of_figure_given_aside(sentence, statements, dates)
        main_end = main_clause_end(self.text, sentence)
        if all(f.verb_start >= main_end for f in frames):
            # (no frame, or only another party's after ", while": "The ministry came out with
            # this estimate on Monday, while the union says 600 …")
            self._remember_occasion(sentence, dates)
        self._remember(sentence, statements, dates)
        self.recent = [*self.recent[-2:], statements]
        for statement in statements:
            if statement.frame.kind == "subject" and statement.frame.np_start > sentence.start:
                lead = self.text[sentence.start : statement.frame.np_start]
                self.leads = [*self.leads[-2:], (lead, statement.claimants)]
        for statement in statements:
            if statement.frame.kind != "carried":
                self._remember_release(statement)
        if (
            self.press_release is None
            and not self.aside
            and sentence.start < _LEDE_REACH
            and _PRESS_RELEASE.search(self.text, sentence.start, sentence.end)
            # a body's release retold, not a person quoted from one ('“…,” X said in a press
            # release')
            and not re.search(r"[“”\"]", self.text[sentence.start : sentence.end])
        ):
            self.press_release = next(
                (
                    s
                    for s in statements
                    if s.claimants
                    and s.frame.kind != "carried"
                    and not any(_person_like(_core(c)) for c in s.claimants)
                ),
                None,
            )
        self._remember_list_opener(sentence, statements)
        self.last_sentence = sentence
        self.before_previous, self.before = self.before, statements
        return statements

    def _remember_list_opener(self, sentence: Span, statements: Sequence[Statement]) -> None:
        """A sentence ending on a colon whose statement names a party ("The UK Defence
        Ministry wrote:") opens the bulleted lines below it."""
        said = [s for s in statements if s.claimants and s.frame.kind != "carried"]
        words = self.text[sentence.start : sentence.end].rstrip()
        according = [s for s in said if s.frame.kind == "according_to"]
        if said and words.endswith(":"):
            self.list_opener = (said[-1], sentence.end)
        elif (
            according and words.endswith(",") and self.text[sentence.end : sentence.end + 1] == "\n"
        ):
            # "According to NATO data released Thursday, as reported by Reuters," on a line of
            # its own, its figures on the lines below
            self.list_opener = (according[0], sentence.end)
        elif self.list_opener is not None and not self._in_opened_list(sentence):
            self.list_opener = None

    def _opened_list_goes_on(self, sentence: Span) -> bool:
        """Whether ``sentence`` is a line of the opener's list, not one going on with a
        source its own item named in the sentence before."""
        if not self._in_opened_list(sentence):
            return False
        previous = self.last_sentence
        return not (
            previous is not None
            and "\n" not in self.text[previous.end : sentence.start]
            and any(s.claimants and s.frame.kind != "carried" for s in self.before)
        )

    def _in_opened_list(self, sentence: Span) -> bool:
        """Whether every line from the list opener's colon to ``sentence`` (its own line too)
        is a bulleted item: the opener's list has not ended."""
        if self.list_opener is None:
            return False
        text = self.text
        line_start = text.rfind("\n", 0, sentence.start) + 1
        opened = self.list_opener[1]
        if line_start <= opened:
            return False
        lines = [line for line in text[opened : sentence.end].split("\n")[1:] if line.strip()]
        if text[opened - 1 : opened] == ",":
            # lines of sentences below a source left open by a comma, up to a heading
            return bool(lines) and all(re.search(r"[.!?”\"]\s*$", line) for line in lines[:-1])
        return bool(lines) and all(LIST_ITEM.match(line) for line in lines)

    def _remember_relays(self, statements: Sequence[Statement]) -> None:
        """ "President X said …, Ukrinform reports.": the outlet that closes a sentence in
        which another party spoke only relays; a later "he" is never the outlet."""
        for statement in statements:
            frame = statement.frame
            if not (frame.backward and frame.verb.strip().lower() in _RELAY_VERBS):
                continue
            if any(
                other is not statement
                and other.claimants
                and other.frame.verb_start < frame.np_start
                and other.frame.kind != "carried"
                for other in statements
            ):
                self.relays.update(_core(c).words for c in statement.claimants)

    def _estimates_of_the_clause_before(
        self, statement: Statement, earlier: Sequence[Statement]
    ) -> None:
        """ "Officials said the fleet suffered heavy losses, with estimates suggesting up to
        3,000 …": unnamed estimates in a "with" clause after a statement of the same sentence
        are that statement's party's."""
        frame = statement.frame
        if frame.words.strip().lower() not in _UNNAMED_DATA or not _WITH_BEFORE.search(
            self.text, max(0, frame.np_start - 12), frame.np_start
        ):
            return
        before = next(
            (
                s
                for s in reversed(earlier)
                if s.claimants
                and s.frame.verb_end <= frame.np_start
                and not any(c.words.strip().lower() in _UNNAMED_SOURCES for c in s.claimants)
            ),
            None,
        )
        if before is not None:
            words = frame.words.strip()
            statement.claimants = [_carried(words, _core(c)) for c in before.claimants]
            if statement.stated[0] is None:
                statement.stated, statement.stated_text = before.stated, before.stated_text

    def _date_figure_given(self, sentence: Span, dates: Sequence[DateMention]) -> None:
        """ "X now estimates that about 2,000 …. This updated figure, provided in a briefing
        to a lawmaker on Tuesday, …": the day the figure was given dates the undated
        statements of the sentence before."""
        given = _FIGURE_GIVEN_ON.match(self.text, sentence.start, sentence.end)
        if given is None:
            return
        day = next(
            (
                d for d in dates
                if given.end() <= d.start and d.precision == "day"
                and not re.search(r"[,;]", self.text[given.end() : d.start])
            ),
            None,
        )  # fmt: skip
        if day is None:
            return
        for earlier in (s for sentence in self.recent[-1:] for s in sentence):
            if earlier.stated[0] is None and earlier.claimants and not _earlier_statement(earlier):
                earlier.stated = (day.date_start, day.date_end, day.precision)
                earlier.stated_text = day.text
                earlier.flags.append("continued_date")

    def _date_of_figure_given_aside(
        self, sentence: Span, statements: Sequence[Statement], dates: Sequence[DateMention]
    ) -> None:
        """ "The agency has put the figure at about 1,100, a number it gave lawmakers in
        December.": an aside after the figure telling when it was given dates the undated
        statement that holds it."""
        for statement in statements:
            scope = statement.frame.scope
            if statement.stated[0] is not None or not statement.claimants:
                continue
            # (a possessive's scope is its noun phrase: "Seoul's tally of about 13,000 …, a
            # figure the defence ministry gave parliament earlier this month, was unchanged")
            end = sentence.end if "possessive" in statement.frame.flags else scope.end
            aside = _FIGURE_GIVEN_ASIDE.search(self.text, scope.start, end)
            if aside is None:
                continue
            when = next(
                (
                    d for d in dates
                    if aside.end() <= d.start <= aside.end() + 40 and d.date_start is not None
                    and not re.search(r"[,;.]", self.text[aside.end() : d.start])
                ),
                None,
            )  # fmt: skip
            if when is not None and not re.search(r"\d", self.text[when.end : end]):
                # (not when a figure of the present follows: "…, a figure the agency first
                # gave in November, and says some 60 of them have been fired")
                statement.stated = (when.date_start, when.date_end, when.precision)
                statement.stated_text = when.text

    def _remember_occasion(self, sentence: Span, dates: Sequence[DateMention]) -> None:
        """ "The NIS gave its most detailed count yet on Wednesday. …, the NIS told
        lawmakers": a dated occasion of a party's, stated without a figure, dates the party's
        undated statements after it (:func:`dated_occasion`)."""
        occasion = dated_occasion(self.text, sentence, dates)
        if occasion is None:
            return
        pos, mention, _ = occasion
        np = _np_backward(self.text, sentence.start, pos, [Span(d.start, d.end) for d in dates])
        if np is None:
            return
        words = self.text[np[0] : np[1]].strip()
        if not words or words.lower() in REFERRING_PRONOUNS:
            return
        named = _ROLE_COMMA_NAME.fullmatch(words)
        if named is not None:  # "Finland's deputy minister, Aino Koski": the person
            words = named.group("name")
        claimant = self._short_form(self.claimant(words, None))
        stated = (mention.date_start, mention.date_end, mention.precision)
        self.said.append(_Context([claimant], stated, mention.text))
        for earlier in (s for sentence in self.recent[-2:] for s in sentence):
            # "South Korea's spy agency believes N …. Lin cited the NIS's briefing to lawmakers
            # on Wednesday": the occasion named after the statement it was
            if (
                (earlier.stated[0] is None or earlier.frame.relayed_by is not None)
                and not _earlier_statement(earlier)
                and _same_party([claimant], earlier.claimants, strict=True)
            ):
                earlier.stated, earlier.stated_text = stated, mention.text
                earlier.flags.append("continued_date")

    def _quote_goes_on(self, sentence: Span, last: Statement) -> bool:
        """'“We are overwhelmed,” she told reporters. “We have 40 beds.”': a quotation opening
        the next sentence of the same paragraph is the same speaker's."""
        text = self.text
        return (
            text[sentence.start : sentence.start + 1] in {"“", '"'}
            and (last.frame.kind in {"post_quote", "inverted"} or last.frame.backward)
            and "\n" not in text[last.frame.verb_end : sentence.start]
        )

    def _also_goes_on(self, sentence: Span, last: Statement) -> bool:
        """ "The statistics office said car thefts rose by 11%. Burglaries also fell by 4%.":
        a sentence with no attribution of its own whose verb is "also" done goes on with the
        findings of the statement in the sentence just before (same or next paragraph)."""
        text = self.text
        ends_gap = last.frame.backward or last.frame.kind == "carried"
        gap = text[last.frame.scope.end if ends_gap else last.frame.verb_end :
                   sentence.start]  # fmt: skip
        also = _ALSO_VERB.match(text, sentence.start, sentence.end)
        if also is None:
            return False
        # what did it is a thing counted ("Burglaries", "The data"), not a party acting on its
        # own ("Rescuers also pulled 30 people out")
        subject = re.findall(r"[A-Za-z][\w’'-]*", also.group(0))[:-2]
        head = subject[-1].lower() if subject else ""
        if (
            not head
            or head in ROLE_WORDS | PERSON_NOUNS | REFERRING_PRONOUNS
            # ("Russian long-range bombers also attacked …": machines, what the account tells)
            or (head.endswith(("ers", "ists", "ians", "ors")) and head not in _MACHINES)
        ):
            return False
        # (a figure carried on in the sentence just before goes on again: "Among these, 411
        # …. Slight injuries also rose by 11.4%")
        return (
            bool(last.claimants)
            and (last.frame.kind != "carried" or "\n" not in gap)
            and gap.count("\n") <= 2
            and re.search(r"[.!?]", gap[: max(0, len(gap) - 3)].rstrip(' \n”"’')) is None
        )

    def _shares_go_on(self, sentence: Span, last: Statement) -> bool:
        """ "A poll by X found 58% back the plan. Another 30% oppose it.": shares in a sentence
        with no attribution of its own, right after a sentence whose statement gave shares,
        are more of the same findings (a poll's or a survey's further results)."""
        previous = self.last_sentence
        text = self.text
        return (
            previous is not None
            and _named_its_own(last)
            and _SHARE.search(text, sentence.start, sentence.end) is not None
            and _SHARE.search(text, previous.start, previous.end) is not None
            and not re.search(r"[“”\"]", text[sentence.start : sentence.end])
            # "Economists had anticipated 0.3%. In February CPI rose 3.2%": another time after
            # an expectation is the record, not more of what was expected
            and not self._record_after_expectation(sentence, last)
        )

    def _poll_findings_go_on(self, sentence: Span, last: Statement) -> bool:
        """ "…, according to a Gallup poll released on Monday. / Twenty-three percent of
        Americans view …": shares with no attribution of their own, in the sentences after a
        statement that names a poll or survey (the same paragraph or the next two lines), are
        its findings."""
        text = self.text
        if not last.claimants or _SHARE_IN_WORDS.search(text, sentence.start, sentence.end) is None:
            return False
        origin = last
        if last.frame.kind == "carried":
            earlier = [s for group in self.recent for s in group if s.frame.kind != "carried"]
            if not earlier or earlier[-1].claimants != last.claimants:
                return False
            origin = earlier[-1]
        frame = origin.frame
        named = text[min(frame.np_start, frame.scope.start) : max(frame.np_end, frame.scope.end)]
        between = text[max(frame.verb_end, frame.scope.end) : sentence.start]
        return (
            _POLL_NAMED.search(named) is not None
            and len([line for line in between.split("\n")[1:-1] if line.strip()]) <= 1
            and _NEW_TIME_OPENING.match(text, sentence.start, sentence.end) is None
        )

    def _next_figures_go_on(self, sentence: Span, last: Statement) -> bool:
        """ "The FBI said violent crime fell by 7.6 percent. Homicide dropped by 20 percent.":
        figures with no attribution of their own, in the sentence right after a statement in
        the same paragraph, go on with its findings (also after a finding without figures:
        "The NATO envoy reported that the plants work around the clock. About 3.5 million
        people now work in the sector.")."""
        previous = self.last_sentence
        text = self.text
        if previous is None or not last.claimants:
            return False
        if not previous.start <= last.frame.verb_start < previous.end:
            return False  # the statement was made further back
        body = text[sentence.start : sentence.end]
        first = re.match(r"[A-Za-z][\w’'-]*", body)
        if (
            (_NEW_TIME_OPENING.match(body) and not body.startswith("Since"))
            or _RULE_OPENING.match(body)
            or (
                # "Rescuers also pulled 30 people out": a party acting on its own
                first is not None
                and (first.group(0).lower() in ROLE_WORDS | PERSON_NOUNS or _acting(first.group(0)))
            )
        ):
            return False
        if (
            _REPORTEDLY.search(body)
            and not _is_report(last)
            # ("Over 6,000 of them have reportedly been killed", "Three also reportedly went
            # missing": more of what was just said)
            and not re.search(r"\balso\b|\bof\s+(?:them|these|those)\b", body)
        ):
            return False  # "As many as 10,000 have reportedly been sent": another source's
        return (
            "\n" not in text[previous.end : sentence.start]
            # a statement without figures goes on only when it reported a finding ("reported
            # that …"), not an act ("The minister announced new ferries. A storm sank 40 boats")
            and (
                re.search(r"\d", text[last.frame.scope.start : last.frame.scope.end]) is not None
                # ("which include millions of rounds …, according to X": a vague quantity)
                or _VAGUE_AMOUNT.search(text, last.frame.scope.start, last.frame.scope.end)
                is not None
                or THAT_COMPLEMENT.match(text, last.frame.verb_end) is not None
            )
            and _has_figure(body)
            and re.search(r"[“”\"]", body) is None
            and not self._record_after_expectation(sentence, last)
        )

    def _ranked_places_go_on(self, sentence: Span, last: Statement) -> bool:
        """ "X has identified the names of 122,883 servicemen who died." / "The highest numbers
        were reported from Bashkortostan (5,945) and Tatarstan (5,605).": a ranking of places,
        each with its figure in brackets, right after a statement that gave the total (the
        same or the next paragraph) breaks that total down."""
        text = self.text
        if not self._stated_just_before(sentence, last):
            return False
        if re.search(r"\d", text[last.frame.scope.start : last.frame.scope.end]) is None:
            return False
        body = text[sentence.start : sentence.end]
        ranked = _RANKED_PLACE.findall(body)
        return bool(ranked) and len(re.findall(r"\d[\d ,.]*", body)) == len(ranked)

    def _event_goes_on(self, sentence: Span, last: Statement) -> bool:
        """ "The governor said the air force destroyed 13 drones over his region." / "The
        attack caused three fires …": the attack a statement just reported, named again
        opening the next sentence (the same or the next paragraph) with figures of its own, is
        more of that account."""
        text = self.text
        if not self._stated_just_before(sentence, last):
            return False
        body = text[sentence.start : sentence.end]
        return (
            _EVENT_OPENING.match(body) is not None
            and _has_figure(body)
            and re.search(r"[“”\"]", body) is None
            and re.search(r"\d", text[last.frame.scope.start : last.frame.scope.end]) is not None
        )

    def _toll_goes_on(self, sentence: Span, last: Statement) -> bool:
        """ "X has reported … that casualties reach 4,700. / The death toll stands at 600.": a
        toll in the page's voice opening the sentence right after a statement of casualties,
        in the same or the next paragraph, and no larger than its figures, is a part of it."""
        text = self.text
        if not self._stated_just_before(sentence, last):
            return False
        toll = _TOLL_OPENING.match(text, sentence.start, sentence.end)
        if toll is None:
            return False
        scope = last.frame.scope
        if _CASUALTY_WORDS.search(text, scope.start, scope.end) is None:
            return False
        tolls = [m.value for m in find_numbers(text, *toll.span("n")) if m.value is not None]
        said = [
            m.value if m.value is not None else m.high
            for m in find_numbers(text, scope.start, scope.end)
            if m.is_claim
        ]
        return bool(tolls) and any(f is not None and f >= tolls[0] for f in said)

    def _record_after_expectation(self, sentence: Span, last: Statement) -> bool:
        """ "Economists had anticipated 0.3%. In February the index rose 3.2%": a sentence
        opening on another time after what was expected gives the record, not more of the
        expectation (figures without a time of their own do go on: "X expects 1,200 … The
        deployment follows an agreement to send 6,000")."""
        if last.frame.verb.strip().lower() not in _EXPECTATION_VERBS:
            return False
        body = self.text[sentence.start : sentence.end]
        return bool(_NEW_TIME_OPENING.match(body) or _MONTH_OPENING.match(body))

    def _trend_goes_on(self, sentence: Span, last: Statement) -> bool:
        """ "The IOM also reported a sharp rise in returns. In May alone, more than 15,000
        families crossed back.": a statement that names a trend (a rise, a fall, a record)
        without its figures, and the sentence right after it in the same paragraph gives the
        figures in the page's voice: the figures are the statement's, whatever time they open
        with."""
        previous = self._said_just_before(last)
        text = self.text
        if previous is None:
            return False  # the statement was made further back, or carried on
        body = text[sentence.start : sentence.end]
        first = re.match(r"[A-Za-z][\w’'-]*", body)
        return (
            "\n" not in text[previous.end : sentence.start]
            and _TREND.match(text, last.frame.scope.start, last.frame.scope.end) is not None
            and re.search(r"\d", body) is not None
            and re.search(r"[“”\"]", body) is None
            # "Rescuers also pulled 30 people out": a party acting on its own
            and not (
                first is not None
                and (first.group(0).lower() in ROLE_WORDS | PERSON_NOUNS or _acting(first.group(0)))
            )
        )

    def _remember_release(self, statement: Statement) -> None:
        """Whether the page is now giving a release's data, and whose: a statement that
        releases data starts one; the releaser speaking again, named another way ("IATA's
        safety report …" / "The association says …"), keeps it; any other statement ends it."""
        scope = statement.frame.scope
        quoted = statement.frame.kind in {"post_quote", "quoted"} or (
            re.search(r"[“”\"]", self.text[max(0, scope.start - 1) : scope.end + 1]) is not None
        )
        if _releases_data(self.text, statement) or (
            not quoted and _body_states_figures(self.text, statement)
        ):
            self.releaser = statement.claimants
        elif (
            self.releaser is None
            or quoted  # a quotation ends the release: what follows is the page's again
            or not _same_releaser(statement.claimants, self.releaser)
        ):
            self.releaser = None
        self.release_claimants = statement.claimants if self.releaser else None

    def _told_as_background(self, sentence: Span, last: Statement) -> bool:
        """Whether the statement before, in the paragraph before, was told in a time clause
        of the page's own sentence ("Stocks had been up earlier after data from the ISM
        showed …"): background the next paragraph does not break down."""
        previous = self.last_sentence
        anchor = last.frame.verb_start
        return (
            previous is not None
            and previous.start <= anchor < previous.end
            and "\n" in self.text[previous.end : sentence.start]
            and _SUBORDINATE_BEFORE.search(self.text, previous.start, anchor) is not None
        )

    def _release_goes_on(self, sentence: Span, last: Statement) -> bool:
        """ "Passenger demand rose 5.3%, according to an IATA report." / "Total capacity was up
        5.2%.": a paragraph of figures in the page's voice right after a statement that
        releases data (a report, survey, figures or statistics, not a person's words) goes on
        with that release, paragraph after paragraph, until a sentence of another kind comes
        between (a quotation, a party acting on its own, another time, an older year)."""
        previous = self.last_sentence
        text = self.text
        if previous is None or not last.claimants:
            return False
        anchor = last.frame.verb_start
        if previous.start <= anchor < previous.end:
            if "\n" not in text[previous.end : sentence.start]:
                return False  # the same paragraph: ``_next_figures_go_on`` reads it
        elif not (
            # a cross-head ("International growth") or a sentence without figures ("Arrivals
            # by region showed strong growth.") right after the statement's sentence
            anchor < previous.start
            and len(_SENTENCE_END.findall(text, anchor, previous.start)) <= 1
            and (
                (
                    self.crosshead is not None
                    and self.crosshead.start <= previous.start < self.crosshead.end
                )
                or re.search(r"[\d“”\"]", text[previous.start : previous.end]) is None
            )
        ):
            return False
        if last.claimants != self.release_claimants:
            return False
        body = text[sentence.start : sentence.end]
        first = re.match(r"[A-Za-z][\w’'-]*", body)
        if (
            _NEW_TIME_OPENING.match(body)
            # "On Dec. 30, Ukraine secured …", "During the first dispatch …": a story's event;
            # "If the North has 11,000 men there, …": the writer's own reasoning
            or re.match(
                # (not a connective: "On the other hand, chip exports rose 11%", "On an annual
                # basis, food rose 2.5%")
                r"(?:On(?!\s+(?:the\s+other\s+hand|the\s+whole|top\s+of\s+that|balance|average"
                r"|an?\s+[\w-]+\s+basis)\b)|As\s+of|During|From|Until|Between|Back\s+in|If"
                r"|Unless|His|Her|Their|Our|My|We|I|You)\b",
                body,
            )
            # a headline, a caption or chrome ("Print edition: page 7 · Comments (14)", "Join
            # more than 9,000 members"): no sentence of the release's
            or not re.search(r"[.!?][”\"’)]*\s*$", body)
            or re.match(r"(?:Join|Subscribe|Sign|Support|Donate|Read|Click|Follow|Share)\b", body)
            # "A HUR assessment dated Jan. 27 puts …": a document of its own
            or _OWN_DOCUMENT.match(body)
            or re.search(r"[“”\"]", body)
            or not _has_figure(body)
            or (
                first is not None
                and (
                    first.group(0).lower()
                    in (ROLE_WORDS - _ROLE_MODIFIERS) | PERSON_NOUNS | REFERRING_PRONOUNS
                    or _acting(first.group(0))
                )
            )
        ):
            return False
        # a year long before the release is background ("In 2012, the firm cut 1,000 jobs"),
        # unless the sentence compares it with a recent one ("up 7.1% compared to 2024")
        latest = (last.stated[1] or self.pub).year
        # a year the figure is compared with ("a rise of 300% since the same period in 2010")
        # is no time of the sentence's own
        body = _COMPARED_YEAR.sub(" ", body)
        years = [int(year) for year in re.findall(r"\b(?:19|20)\d\d\b", body)]
        return not years or max(years) >= latest - 1

    def _quoted_paragraph(self, sentence: Span, last: Statement) -> bool:
        """'The agency said on Monday that … and published a notice.' / '“On the night of 3
        March, … 14 buoys were torn loose. …”': a paragraph that is one quotation, with no
        attribution of its own, is the text of the statement just before it (its claimant and
        date), sentence after sentence."""
        text = self.text
        start = text.rfind("\n", 0, sentence.start) + 1
        end = text.find("\n", sentence.start)
        paragraph = text[start : end if end >= 0 else len(text)].strip()
        # 'Quote: "…' under a "Details:" paragraph, as some outlets lay out speech: the label
        # says the paragraph is the speaker's words, closed there or later
        labelled = _QUOTE_LABEL.match(paragraph) is not None or _inside_labelled_quote(text, start)
        if not (labelled or _WHOLE_QUOTATION.fullmatch(paragraph)) or not last.claimants:
            return False
        if text[start : sentence.start].strip():  # a later sentence of the quotation
            return last.frame.kind == "carried" and last.frame.verb_start >= start
        if labelled and last.frame.kind == "carried":
            return True  # a later paragraph of a labelled quotation
        if last.frame.kind == "carried" and last.frame.verb_start < start:
            # '"…," the official said. "If you include …' / '"And do not forget …"': a
            # quotation left open at the end of its paragraph goes on in the next one
            # ('"…," Kirby said. "We assess …"' / '"Our estimate is …"': a paragraph of the
            # speaker's quotation, closed, then another with no speaker of its own)
            return _left_open(text, last.frame.verb_start) or _quotation_closes_paragraph(
                text, last.frame.verb_start, start
            )
        return (
            last.frame.verb_start < start
            and last.frame.kind in {"subject", "according_to", "post_quote", "inverted"}
            and "possessive" not in last.frame.flags
        )

    def _sibling_bullet(self, sentence: Span, last: Statement) -> bool:
        """Whether a bulleted line follows a bullet that named its own source ("- Moroccan
        television announced … 632 …" / "- The death toll rose to 820 …"): a timeline's items
        each stand alone, unless a colon introduced the list."""
        previous = self.last_sentence
        text = self.text
        # the bullet before the previous one named another source of its own: a timeline of
        # sources, not one source's findings ("• 466 patients died …" / "• …, the report
        # said." / "• The number of corneas …" goes on with the report)
        earlier = [s for s in self.before_previous if s.frame.kind != "carried"]
        return (
            previous is not None
            and last.frame.kind != "carried"
            and bool(earlier)
            and not _same_party(earlier[-1].claimants, last.claimants)
            and LIST_ITEM.match(text, sentence.start, sentence.end) is not None
            and LIST_ITEM.match(text, previous.start, previous.end) is not None
            and not text[max(0, previous.start - 3) : previous.start].rstrip().endswith(":")
        )

    def _list_item(self, sentence: Span, last: Statement) -> bool:
        """ "The board put the damage at 40 million across three towns:" / "- about 25 million
        in the first;": an item of a list on the lines below a statement that introduces it
        with a colon is that statement's (its claimant and date), item after item."""
        text = self.text
        unbulleted = item_of_colon_list(text, sentence.start, sentence.end)
        if not last.claimants or (
            LIST_ITEM.match(text, sentence.start, sentence.end) is None and not unbulleted
        ):
            return False
        before = text[max(0, sentence.start - 3) : sentence.start].rstrip()
        previous = self.last_sentence
        # ("…, including:" / "Norway – 138 people" / "Iceland – 23 people": no punctuation;
        # "…include:" / "* 9,630 tanks" / "* 19,933 armoured vehicles": bullet after bullet)
        return before.endswith(":") or (
            last.frame.kind == "carried"
            and (
                before[-1:] in {";", ","}
                or unbulleted
                or (
                    previous is not None
                    and LIST_ITEM.match(text, previous.start, previous.end) is not None
                    and text.count("\n", previous.end, sentence.start) == 1
                )
            )
        )

    def _answer(self, sentence: Span) -> Statement | None:
        """ "A. It is a start. My own count is closer to 30.": a sentence of an answer in a
        printed interview, without an attribution of its own, is the interviewee's, on the
        day of the interview."""
        if self.interview is None:
            return None
        line = self.text.rfind("\n", 0, sentence.start) + 1
        turn = _TURN.match(self.text, line)
        if turn is None or turn.group("turn") != "A":
            return None
        name, day = self.interview
        stated = (day.date_start, day.date_end, day.precision)
        return self._named_statement(sentence, name, stated, day.text)

    def _named_statement(
        self,
        sentence: Span,
        name: str,
        stated: tuple[date | None, date | None, str] | None = None,
        stated_text: str | None = None,
    ) -> Statement:
        """The statement of a sentence without an attribution of its own that the page's
        layout gives to ``name`` (an interview's answer, a labelled source, a signature),
        undated unless ``stated`` says when."""
        frame = Frame(
            "", sentence.start, sentence.start, sentence.start, sentence.start,
            [], "carried", sentence, False, flags=["carried"],
        )  # fmt: skip
        when = stated if stated is not None else (None, self.pub, "range")
        return Statement(frame, [self.claimant(name, None)], when, stated_text, None, None, [])

    def _labelled_source(self, sentence: Span) -> Statement | None:
        """ "Source: Vadym Skibitskyi, Deputy Head of Defence Intelligence, in an interview with
        Ukrinform" / "Details: …": a page that names its one source on a labelled line at its
        top retells that source; the sentences below it with no attribution of their own are
        the source's, and so is the lead paragraph's last sentence right above it."""
        label = _SOURCE_LINE.search(self.text, 0, min(len(self.text), 1500))
        if label is None:
            return None
        if label.end() > sentence.start and self.text[sentence.end : label.start()].strip():
            return None  # below the label, or the lead paragraph right above it
        if sentence.start > label.end() and not _prose_lines(
            self.text[sentence.start : sentence.end]
        ):
            return None  # a link's headline below the report ("Eight people detained in …")
        if _prose_lines(self.text[: label.start()]) > 2:
            return None  # a photo's credit further down ("Source: Reuters") names no source
        # "Source: European Pravda, citing Peter Stano, the spokesperson …": the outlet relays
        # the one it cites
        cited = _CITED_IN_LABEL.match(self.text, label.end("source"), label.end())
        return self._named_statement(
            sentence, cited.group("cited") if cited is not None else label.group("source")
        )

    def _signed_below(self, sentence: Span) -> Statement | None:
        """ "While the factories run at 30 percent of capacity, …" / "—Shin Won-sik": a
        paragraph with no attribution of its own whose next line is a dash and a name (a block
        quotation signed below) is the words of the one named."""
        text = self.text
        end = text.find("\n", sentence.end)
        if end < 0:
            return None
        signed = _SIGNATURE_LINE.match(text, end)
        if signed is None:
            return None
        return self._named_statement(sentence, signed.group("name"))

    def _tagged_after(self, sentence: Span) -> Statement | None:
        """ "North Korea has sent enough artillery for three brigades. This, from the first
        report by the Multilateral Sanctions Monitoring Team, released on Thursday.": a
        broadcast's source tag after a sentence gives it its source (and the day the tag
        says); the page's figures after the tag retell that source."""
        tag = _SOURCE_TAG.match(self.text, sentence.end)
        if tag is None:
            return None
        stated, stated_text = None, None
        if tag["when"]:
            found = find_dates(
                self.text, self.pub, tag.start("when"), tag.end("when"), future=False
            )
            if found and found[0].date_start is not None:
                stated = (found[0].date_start, found[0].date_end, found[0].precision)
                stated_text = found[0].text
        statement = self._named_statement(sentence, tag["source"], stated, stated_text)
        if self.press_release is None and sentence.start < _LEDE_REACH:
            self.press_release = statement
        return statement

    def _speech_closed_below(self, sentence: Span) -> Statement | None:
        """ "We see 12,000 soldiers. 4,000 were killed. … They have suffered great losses -
        Zelensky said.": a paragraph of speech without quotation marks, closed by a spaced dash
        and its speaker, is the speaker's words from its first sentence."""
        text = self.text
        end = text.find("\n", sentence.end)
        end = len(text) if end < 0 else end
        # (its last sentence only: a page with no line breaks is one long paragraph)
        reach = max(sentence.end, end - _CLOSING_REACH)
        closed = _CLOSED_BY_SPEAKER.search(text, reach, end) or _SIGNED_WITH_TITLE.search(
            text, reach, end
        )
        # (a country closing speech, "- Russia said", is no person speaking)
        if closed is None or country_of(closed.group("name")):
            return None
        if _QUOTE_MARK.search(text, text.rfind("\n", 0, sentence.start) + 1, end):
            return None
        name = closed.group("name")
        statement = self._named_statement(sentence, name)
        # a surname alone: the person named in full before ("Ola Berg … - Berg said")
        full = next(
            (c for c in reversed(self.history) if _core(c).words.endswith(f" {name}")), None
        )
        if full is not None:
            statement.claimants = [_carried(name, _core(full))]
        return statement

    def _opening_left_open(self, sentence: Span, frames: Sequence[Frame]) -> bool:
        """Whether a sentence opening as one that carries on ("This figure is …") holds a
        figure before the first words its frames cover."""
        if not frames:
            return False
        text = self.text
        if not _CARRIED_OPENING.match(text, sentence.start, sentence.end):
            # "Initially, about 12,000 were sent, with reports suggesting …": a figure in the
            # main clause, the only frames in the absolute clause after it
            first = min(min(f.np_start, f.verb_start) for f in frames)
            absolute = _WITH_CLAUSE.search(text, sentence.start, first)
            return (
                absolute is not None
                and re.search(r"\d", text[sentence.start : absolute.start()]) is not None
            )
        first = min(f.scope.start for f in frames)
        return first > sentence.start and re.search(r"\d", text[sentence.start : first]) is not None

    def _carried_on(self, sentence: Span) -> Statement | None:
        """ "The agency said 200 cars were lost. It also counted 40 more.": a sentence with no
        attribution of its own, opening with a pronoun, still reports the previous sentence's
        statement (its claimant and date)."""
        answer = (
            self._answer(sentence)
            or self._signed_below(sentence)
            or self._speech_closed_below(sentence)
            or self._tagged_after(sentence)
        )
        if answer is not None:
            return answer
        if self._opened_list_goes_on(sentence) and self.list_opener is not None:
            # "The UK Defence Ministry wrote:" / "- …. December marked the sixth …": every
            # sentence of the bulleted lines below is the opener's, unless it names its own
            # or goes on with one of its item that does
            return self._carried(sentence, self.list_opener[0], 0)
        if (
            _ANOTHER_SOURCE.match(self.text, sentence.start, sentence.end)
            or _TOPIC_TURN.match(self.text, sentence.start, sentence.end)
            or _COMES_AFTER.match(self.text, sentence.start, sentence.end)
            or (self.before and self._later_than_said(sentence, self.before[-1]))
        ):
            # "Another poll of 2,533 adults has found …": a source of its own; "On November
            # 11, 2024, …" after a statement of November 2023: what came after it
            return None
        opening = _CARRIED_OPENING.match(self.text, sentence.start, sentence.end)
        if not self.before:
            return self._across_a_sentence(sentence, opening is not None)
        last = self.before[-1]
        if opening is None and (
            self._told_as_background(sentence, last) or self._sibling_bullet(sentence, last)
        ):
            return self._labelled_source(sentence) or self._press_release_retold(sentence)
        if opening is None and (
            self._release_goes_on(sentence, last)
            or self._quote_goes_on(sentence, last)
            or self._quoted_paragraph(sentence, last)
            or self._list_item(sentence, last)
            or self._also_goes_on(sentence, last)
            or self._shares_go_on(sentence, last)
            or self._next_figures_go_on(sentence, last)
            or self._ranked_places_go_on(sentence, last)
            or self._toll_goes_on(sentence, last)
            or self._event_goes_on(sentence, last)
            or self._poll_findings_go_on(sentence, last)
            or self._trend_goes_on(sentence, last)
            or self._estimate_goes_on(sentence, last)
            or self._reportedly_goes_on(sentence, last)
            or self._parts_go_on(sentence, last)
            or self._details_go_on(sentence, last)
            or self._vague_made_precise(sentence, last)
        ):
            opening = re.match(r"[“\"]?", self.text[sentence.start : sentence.end])
        if opening is None:
            return self._labelled_source(sentence) or self._press_release_retold(sentence)
        if last.frame.kind == "carried" and last.claimants == []:
            return None
        return self._carried(sentence, self._agreeing_statement(sentence, last), opening.end())

    def _across_a_sentence(self, sentence: Span, opened: bool) -> Statement | None:
        """The statement a sentence goes on with when the sentence before stated nothing."""
        # "Arrivals by region showed strong growth. Asia remained the largest source, …": a
        # release goes on past a sentence without figures
        bridged = self.before_previous[-1:]
        if bridged and (
            (not opened and self._release_goes_on(sentence, bridged[0]))
            or self._part_across_a_sentence(sentence, bridged[0])
        ):
            return self._carried(sentence, bridged[0], 0)
        return self._labelled_source(sentence) or self._press_release_retold(sentence)

    def _part_across_a_sentence(self, sentence: Span, last: Statement) -> bool:
        """ "…, according to the Air Force. The attack hit several regions. Of the total drones
        deployed, 138 were shot down.": a part of the last figure, named as one ("Of those",
        "Of the total …", "Five of them"), goes on with that figure's statement past a
        sentence of the same paragraph that counts nothing."""
        previous = self.last_sentence
        text = self.text
        return (
            previous is not None
            and _named_its_own(last)
            and _PART_OF_LAST_FIGURE.match(text, sentence.start, sentence.end) is not None
            and last.frame.scope.end <= previous.start
            and "\n" not in text[last.frame.scope.end : sentence.start]
            and len(_SENTENCE_END.findall(text, last.frame.scope.end, previous.start)) <= 1
            and re.search(r"[\d“”\"]", text[previous.start : previous.end]) is None
        )

    def _agreeing_statement(self, sentence: Span, last: Statement) -> Statement:
        """The statement a sentence opening on "He" or "She" goes on with: the last one, unless
        its claimant is a body and a person spoke in the sentence before ("she said that,
        according to the UN rights office, … / She highlighted …": she, not the office)."""
        pronoun = re.match(r"[“\"]?(He|She)\b", self.text[sentence.start : sentence.end])
        if pronoun is None or not last.claimants:
            return last
        low = pronoun.group(1).lower()
        if any(self._agrees(low, c) for c in last.claimants):
            return last
        person = next(
            (
                s
                for s in reversed(self.before)
                if s.claimants
                and all(
                    # ("she (Rosemary DiCarlo, Under-Secretary-General for …)": the pronoun
                    # already stood for a person)
                    self._agrees(low, c) or c.words.lower().startswith(f"{low} (")
                    for c in s.claimants
                )
            ),
            None,
        )
        return person if person is not None else last

    def _stated_just_before(self, sentence: Span, last: Statement) -> bool:
        """Whether ``last`` is a named party's statement made in the sentence right before
        ``sentence``, in the same or the next paragraph (carried statements included)."""
        previous = self.last_sentence
        return (
            previous is not None
            and bool(last.claimants)
            and previous.start <= last.frame.verb_start < previous.end
            and self.text.count("\n", previous.end, sentence.start) <= 2
        )

    def _said_just_before(self, last: Statement) -> Span | None:
        """The sentence before, when ``last`` is a named party's own statement made in it
        (not one carried on from further back); else None."""
        previous = self.last_sentence
        if previous is None or not last.claimants or last.frame.kind == "carried":
            return None
        return previous if previous.start <= last.frame.verb_start < previous.end else None

    def _details_go_on(self, sentence: Span, last: Statement) -> bool:
        """ "Ukrainian intelligence has revealed more specific information about the troops. /
        Since October, 12,000 have been sent …": a statement announcing details without
        figures, then the figures in the page's voice in the next paragraph, whatever time
        they open with: the details announced."""
        previous = self._said_just_before(last)
        text = self.text
        if previous is None:
            return False
        scope = text[last.frame.scope.start : last.frame.scope.end]
        body = text[sentence.start : sentence.end]
        return (
            _DETAILS_ANNOUNCED.search(scope) is not None
            and not _has_figure(scope)
            and len(re.findall(r"\n\s*\n", text[previous.end : sentence.start])) <= 1
            and _has_figure(body)
            and re.search(r"[“”\"]", body) is None
        )

    def _vague_made_precise(self, sentence: Span, last: Statement) -> bool:
        """ "Recent reports from the NIS indicate significant casualties among the troops. An
        estimated 4,700 soldiers have suffered casualties, including …": a statement of a
        vague amount without figures, then, right after it in the same paragraph, the figures
        of the same noun in the page's voice: the statement made precise."""
        previous = self._said_just_before(last)
        text = self.text
        if previous is None or "\n" in text[previous.end : sentence.start]:
            return False
        scope = text[last.frame.scope.start : last.frame.scope.end]
        body = text[sentence.start : sentence.end]
        vague = _VAGUE_AMOUNT_OF.search(scope)
        return (
            vague is not None
            and not _has_figure(scope)
            and _has_figure(body)
            and re.search(r"[“”\"]", body) is None
            and re.search(rf"\b{re.escape(vague.group('noun').lower()[:-1])}", body.lower())
            is not None
        )

    def _parts_go_on(self, sentence: Span, last: Statement) -> bool:
        """ "The JCS said the North has been sending more missiles and artillery equipment. /
        The military equipment it has sent includes 220 rocket launchers.": what a statement
        just named, broken down in the sentence after it (the same or the next paragraph), is
        that statement's."""
        previous = self._said_just_before(last)
        text = self.text
        if previous is None:
            return False
        if text[previous.end : sentence.start].count("\n") > 2:
            return False
        parts = _PARTS_INCLUDED.match(text, sentence.start, sentence.end)
        if parts is None or not _has_figure(text[sentence.start : sentence.end]):
            return False
        named = set(re.findall(r"[a-z]{4,}", text[last.frame.scope.start : last.frame.scope.end]))
        whole = set(re.findall(r"\b[a-z]{4,}\b", parts.group("whole"))) - _NOT_A_PART
        return bool(whole & named)

    def _estimate_goes_on(self, sentence: Span, last: Statement) -> bool:
        """ "Shin stated that the plants run at full capacity. Since the summit, the North is
        estimated to have shipped about 6,700 containers.": an estimate in the passive with no
        agent, in the sentence right after a party's statement in the same paragraph, is that
        party's (even when it opens on a time of its own, which stops other figures)."""
        return self._hedged_figure_goes_on(sentence, last, _AGENTLESS_ESTIMATE, newlines=0)

    def _reportedly_goes_on(self, sentence: Span, last: Statement) -> bool:
        """ "…, Russian media reported on November 21. / The attack, reportedly carried out
        with Storm Shadow missiles, killed 18 servicemen.": a figure said "reportedly" in the
        page's voice, in the sentence right after a statement (the same paragraph or the
        next), is what that statement reported."""
        # (only after a report: "… reportedly …" after an official's or a body's own
        # statement is the page's background, or another, unnamed source's)
        return _is_report(last) and self._hedged_figure_goes_on(
            sentence, last, _REPORTEDLY, newlines=2
        )

    def _hedged_figure_goes_on(
        self, sentence: Span, last: Statement, hedge: re.Pattern[str], newlines: int
    ) -> bool:
        """Whether a sentence without quotation marks, holding a figure and ``hedge``, comes
        right after (at most ``newlines`` line breaks) the sentence of a party's statement."""
        previous = self._said_just_before(last)
        text = self.text
        if previous is None:
            return False
        body = text[sentence.start : sentence.end]
        return (
            text[previous.end : sentence.start].count("\n") <= newlines
            and hedge.search(body) is not None
            and _has_figure(body)
            and re.search(r"[“”\"]", body) is None
        )

    def _later_than_said(self, sentence: Span, last: Statement) -> bool:
        """Whether a sentence tells of a day after the previous statement was made ("Kuleba
        said in November 2023 that 300,000 shells had arrived. On November 11, 2024, the
        total passed 980,000"): no statement goes on to what happened after it; a deadline
        ("by March") may."""
        said_by = last.stated[1]
        if said_by is None or said_by >= self.pub:
            return False
        for mention in find_dates(self.text, self.pub, sentence.start, sentence.end, future=False):
            if (
                mention.date_start is not None
                and said_by < mention.date_start <= self.pub
                # a calendar date, told by the page ("today" in a quotation is the speaker's)
                and _CALENDAR_DATE.search(mention.text) is not None
                and not _inside_quotes(self.text, sentence.start, mention.start)
                and not _DEADLINE_BEFORE.search(self.text, sentence.start, mention.start)
            ):
                return True
        return False

    def _press_release_retold(self, sentence: Span) -> Statement | None:
        """ "…, UNHCR reported in a press release on October 27." / "During the reporting
        week, nearly 120 buses carrying 4,700 returnees crossed …": a page whose lede names a
        press release as its source retells it; its figures in the page's own voice below,
        with no attribution of their own and outside quotations, are the release's."""
        release = self.press_release
        body = self.text[sentence.start : sentence.end]
        if (
            release is None
            or not re.search(r"\d", body)
            or re.search(r"[“”\"]", body)
            # "Read the network's full release (6 pages)": the page's furniture
            or _IMPERATIVE_OPENING.match(body)
            or not re.search(r"[.!?][”’\")]*$", body.rstrip())
        ):
            return None
        return self._carried(sentence, release, 0)

    @staticmethod
    def _carried(sentence: Span, last: Statement, opening_end: int) -> Statement:
        """The statement of a sentence that goes on with ``last`` (its claimants and date)."""
        frame = Frame(
            "", sentence.start, sentence.start, sentence.start, opening_end,
            [], "carried", sentence, False, flags=["carried"],
        )  # fmt: skip
        flags = [*last.flags, "continues_claimant"]
        return Statement(
            frame, list(last.claimants), last.stated, last.stated_text, None, None,
            list(dict.fromkeys(flags)),
        )  # fmt: skip

    # --- claimants ---------------------------------------------------------------------------

    def claimant(self, words: str, country_hint: str | None) -> Claimant:
        """The claimant of ``words``: the existing actor they name (the one call of
        ``linking.match_claimant``), else the words alone, with the country they or the hint
        name."""
        # "according to the Lakes Ferry Association's (LFA) report": the owner's name, its
        # acronym after it, without the possessive
        words = _POSSESSIVE_BEFORE_ACRONYM.sub("", words)
        actor_id, score = match_claimant(words, self.actors, country=country_hint)
        if actor_id is not None and score < 1.0 and self._foreign_to_the_page(words, actor_id):
            actor_id = None
        if actor_id is None and _US.fullmatch(words):
            # "US puts their number at 10,000": the United States as a whole, written without
            # stops (the state itself, never one of its bodies)
            state, _ = match_claimant("U.S.", self.actors, country=country_hint)
            if state is not None and self.by_id[state].get("kind") == "state":
                actor_id = state
        if actor_id is None:
            actor_id = self._owner_named(words, country_hint)
        owned_body = _PERSONS_BODY.fullmatch(words.strip())
        if (
            actor_id is not None
            and owned_body is not None
            and self.by_id[actor_id].get("kind") == "person"
            and self.by_id[actor_id].get("parent_id") in self.by_id
        ):
            # "Budanov's agency": the body the person heads, not the person
            actor_id = str(self.by_id[actor_id]["parent_id"])
        if actor_id is not None:
            actor_id = self._local_ministry(words, actor_id, country_hint)
        bracket = _TRAILING_ACRONYM.search(words)
        if actor_id is None and bracket is not None and bracket.start() > 0:
            # "Ukraine's Main Intelligence Directorate (GUR)": the acronym in brackets may be
            # spelt another way than the actor's own ("HUR"); the name before it decides
            actor_id, _ = match_claimant(
                words[: bracket.start()], self.actors, country=country_hint
            )
        if (
            re.match(r"(?i:an?)\s", words)
            and not names_unnamed_official(words)
            and _AUTHORED_DOCUMENT.fullmatch(words) is None
            and not _SPEAKS_FOR_BODY.search(words)
            and _ON_OWNERS_CHANNEL.search(words) is None
        ):
            # "a Ukrainian soldier": one unnamed person, no body's statement. A body's own
            # words stay the body's: its document ("a Defense Ministry report", "a
            # Ukrainian military intelligence assessment"), its unnamed official ("a senior
            # Pentagon official") and its spokesperson ("a Pentagon spokesperson", "a
            # spokesman for the special forces"), who speak for it; an unnamed person is no
            # actor of their own
            actor_id = None
        if (
            actor_id is not None
            and self.by_id[actor_id].get("kind") == "state"
            and _SEAT_OF_GOVERNMENT.fullmatch(words)
        ):
            # "the Pentagon", "the White House": a body of the state, not the state as a whole
            actor_id = None
        actor = self.by_id.get(actor_id) if actor_id else None
        country = (actor.get("country") if actor else None) or country_of(words) or country_hint
        return Claimant(words, actor_id, str(country) if country else None, _kind(words, actor))

    def _owner_named(self, words: str, country_hint: str | None) -> str | None:
        """The existing actor a claimant's words name through an owner: the owner of a
        channel ("a post on the coastal agency's Telegram channel"), or a named body of the
        owner's country ("the Ukrainian military's General Staff")."""
        on_channel = _ON_OWNERS_CHANNEL.search(words)
        if on_channel is not None:
            actor_id, _ = match_claimant(
                on_channel.group("owner"), self.actors, country=country_hint
            )
            return actor_id
        owned = _OWNED_NAME.fullmatch(words)
        if owned is not None and country_of(owned.group("owner")):
            actor_id, _ = match_claimant(
                owned.group("name"), self.actors, country=country_of(owned.group("owner"))
            )
            return actor_id
        return None

    def _foreign_to_the_page(self, words: str, actor_id: str) -> bool:
        """Whether words that name no country matched, by a description alone (in lower case),
        an actor of a country the page never names ("state media" on a page about a typhoon in
        Vietnam is not North Korea's KCNA)."""
        actor = self.by_id[actor_id]
        country = actor.get("country")
        if not country or actor.get("kind") == "person" or country_of(words):
            return False
        if re.search(r"[A-Z]", re.sub(r"^(?:The|A|An|Its|Their)\s+", "", words.strip())):
            return False  # "State Department", "Port board": a name, not a description

        return country not in self._page_countries

    @cached_property
    def _page_countries(self) -> frozenset[str]:
        """Every country the page names (read once per report)."""
        return countries_named(self.text)

    def _parties(self, claimant: Claimant, hint: str | None) -> list[str]:
        """The words of each party a frame's subject names. Groups listed before one noun they
        share, each an existing actor, state the figure each ("Japanese, South Korean and
        Ukrainian officials have said": one claim each, as the curated release codes them);
        any other coordination is one joint claimant, its words as written ("Washington and
        Seoul say", "Kyiv and Seoul estimate": as the gold codes them)."""
        words = claimant.words
        parts = split_claimants(words)
        if (
            len(parts) > 1
            and lists_groups_of_one_noun(words)
            and all(self.claimant(p, hint).actor_id for p in parts)
        ):
            return parts
        return [words]

    def _party(self, words: str, hint: str | None) -> Claimant:
        """The claimant of one party's words; a coordination of parties that are not all known
        actors is one claimant of its own, never one of its parts' actors."""
        if len(split_claimants(words)) > 1:
            return Claimant(words, None, country_of(words) or hint, None)
        if self.masthead and _FIRST_PERSON.match(words):
            # "Our own count of imagery suggests", "our analysts counted": the publisher
            own = self.claimant(self.masthead, None)
            return Claimant(f"{words} ({self.masthead})", own.actor_id, own.country, own.kind)
        return self._author(self._place_descriptor(self._short_form(self.claimant(words, hint))))

    def _place_descriptor(self, claimant: Claimant) -> Claimant:
        """ "Seoul's spy service", "South Korea's spy agency": a country's or capital's body
        by a descriptor (synonyms folded), the one of that country named before, else the one
        actor of that country whose name and description hold the descriptor's words."""
        if claimant.actor_id is not None:
            return claimant
        government = _GOVERNMENT.fullmatch(claimant.words)
        if government is not None and country_of(government.group("place")):
            # "the Ukrainian government", "Japan's government": the state cited as a whole
            place = country_of(government.group("place"))
            state = [
                a for a in self.actors if a.get("kind") == "state" and a.get("country") == place
            ]
            if len(state) == 1:
                return Claimant(claimant.words, str(state[0].get("actor_id")), place, "state")
        found = _PLACE_DESCRIPTOR.fullmatch(claimant.words) or _ADJECTIVE_DESCRIPTOR.fullmatch(
            claimant.words
        )
        country = country_of(found.group("place")) if found else None
        if found is None or country is None:
            return self._body_of_speakers_country(claimant)
        tokens = _tokens_of(found.group("descriptor"))
        if not tokens or tokens[-1] not in ROLE_WORDS | set(DESCRIPTOR_SYNONYMS.values()):
            return claimant
        if tokens[-1] in _LEADERS:
            # "The Ukrainian leader said" after "President Volodymyr Zelenskyy said": the
            # person of that country named before
            leader = self._person_of(country)
            if leader is not None:
                return _carried(claimant.words, leader)
        body = self._place_body(claimant.words, country, set(tokens), tokens[-1])
        if body is None and len(tokens) > 1 and tokens[-1] in BODY_HEADS:
            # "Kyiv's intelligence service" for "Ukraine's military intelligence agency": the
            # modifier names the body, whichever head noun the report uses
            body = self._place_body(claimant.words, country, set(tokens[:-1]))
        return body or claimant

    def _state_just_before(self, sentence: Span, frame: Frame) -> tuple[str | None] | None:
        """ "Jamaica has no embassy in Kyiv. The foreign ministry said …": a sentence opening on
        a bare body right after one whose subject is a state no actor belongs to sets that
        body in the state (so it is no other state's body; "North Korea has sent 11,000. The
        defence ministry said" stays Seoul's)."""
        if frame.np_start != sentence.start or not _BARE_BODY.fullmatch(frame.words.strip()):
            return None
        before = self.text[max(0, sentence.start - 300) : sentence.start].rstrip()
        opening = _STATE_OPENING.search(before)
        state = country_of(opening.group("state")) if opening is not None else None
        if state is None or any(a.get("country") == state for a in self.actors):
            return None
        return (state,)

    def _body_of_speakers_country(self, claimant: Claimant, fewest: int = 2) -> Claimant:
        """ "The Defense Ministry said" after "Japan's Defense Minister Nakatani Gen said": a
        body named by its kind alone, with no country, right after a speaker of a country, is
        that country's body of that kind (named before, or the one actor that fits); a bare
        kind ("the ministry") only when ``fewest`` allows one word."""
        if claimant.country or country_of(claimant.words):
            return claimant
        tokens = _tokens_of(claimant.words)
        if (
            len(tokens) < 2
            or tokens[-1] not in BODY_NOUNS
            or not _BARE_BODY.fullmatch(claimant.words)
        ):
            return claimant
        last = self.history[-1] if self.history else None
        if last is None or not last.country or self.set_in is not None:
            return claimant
        return self._place_body(claimant.words, last.country, set(tokens), tokens[-1]) or claimant

    def _person_of(self, country: str) -> Claimant | None:
        """The latest existing person of ``country`` named before."""
        for named in reversed(self.history):
            if named.actor_id and named.kind == "person" and named.country == country:
                return _core(named)
        return None

    def _place_body(
        self, words: str, country: str, wanted: set[str], head: str | None = None
    ) -> Claimant | None:
        """The body of ``country`` named before whose words hold ``wanted``, else the one
        actor of that country whose name and description do; with ``head``, a body one of
        whose names ends in it ("the Ukrainian military" is not "Ukraine's military
        intelligence", where "military" only modifies)."""
        for named in reversed(self.history):
            if (
                named.actor_id
                and named.country == country
                and named.kind != "person"
                and wanted <= self._words_of(named)
                and (head is None or head in _heads_of(self.by_id.get(named.actor_id)))
            ):
                return Claimant(words, named.actor_id, named.country, named.kind)
        return self._one_body_of(words, country, wanted, head)

    def _one_body_of(
        self, words: str, country: str, wanted: set[str], head: str | None = None
    ) -> Claimant | None:
        """The one actor of ``country``, not a person, whose name and description hold
        ``wanted`` (and, with ``head``, one of whose names ends in it); None when none or
        several do."""
        fitting = [
            actor
            for actor in self.actors
            if actor.get("country") == country
            and actor.get("kind") != "person"
            and wanted <= set(_tokens_of(_own_words_of(actor)))
            and (head is None or head in _heads_of(actor))
        ]
        if len(fitting) != 1:
            return None
        actor = fitting[0]
        return Claimant(words, str(actor.get("actor_id")), country, str(actor.get("kind")))

    def _author(self, claimant: Claimant) -> Claimant:
        """A document named with its author ("The NIS report", "the agency's assessment", "The
        HUR figure") is the author's statement: the author's actor, by name or by the body a
        descriptor carries on ("the agency")."""
        if claimant.actor_id is not None:
            return claimant
        again = _DOCUMENT_AGAIN.fullmatch(claimant.words)
        if again is not None:
            # "A ministry report … put the number at 11,000. The report said …": the document
            # named before, with its author
            noun = again.group("noun").lower()
            for found in reversed(self.history):
                core = _core(found)
                if core.actor_id and re.search(rf"\b{noun}$", core.words, re.IGNORECASE):
                    return _carried(claimant.words, core)
        authored = _AUTHORED_DOCUMENT.fullmatch(claimant.words)
        if authored is None:
            return claimant
        author = authored.group("author")
        pronoun = _POSSESSIVE_DETERMINERS.get(author.lower())
        if pronoun is not None:
            # "Its bulletin on Friday said …": the body "it" stands for, named before
            owner = next((c for c in reversed(self.history) if _agrees(pronoun, c)), None)
            return _carried(claimant.words, _core(owner)) if owner is not None else claimant
        found = self._short_form(self.claimant(author, None))
        if found.actor_id is None and author.islower() and author in ROLE_WORDS:
            # "the agency's document": the latest body named before that the descriptor
            # fits, a known actor or not ("Poland's Foreign Intelligence Agency (AW), …. The
            # agency's document adds …")
            named = self._descriptor_named_before(author, {author}, author)
            if named is not None and named.actor_id is None:
                return Claimant(f"{claimant.words} ({_core(named).words})")
            found = named or found
        if found.actor_id is None and " " in author and author[-1:].islower():
            # "the finance ministry's figures": the one actor the descriptor fits
            found = self._descriptor_actor(author, set(_tokens_of(author))) or found
        if found.actor_id is None:
            return claimant
        return Claimant(claimant.words, found.actor_id, found.country, found.kind)

    def _short_form(self, claimant: Claimant) -> Claimant:
        """ "The General Staff" after "Ukraine's General Staff": a short form of the last
        named claimant (its words contained in theirs) is that claimant's actor."""
        if claimant.actor_id is not None:
            return claimant
        person = self._surname_person(claimant.words)
        if person is not None:
            return person
        acronym = _ACRONYM.fullmatch(claimant.words)
        if acronym is not None:
            # "The MND" after "South Korea's Ministry of National Defense": its initials
            for found in reversed(self.history):
                core = _core(found)
                if acronym.group(1) in _initials(core.words):
                    if found.actor_id:
                        return Claimant(claimant.words, found.actor_id, found.country, found.kind)
                    return _carried(claimant.words, core)
        short = re.fullmatch(r"(?i:the)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", claimant.words)
        if short is None:
            return claimant
        wanted = set(short.group(1).lower().split())
        for last in self.last:
            have = set(re.sub(r"[’']s\b", "", last.words).lower().split())
            if last.actor_id and wanted <= have:
                return Claimant(claimant.words, last.actor_id, last.country, last.kind)
        return claimant

    def _surname_person(self, words: str) -> Claimant | None:
        """ "Lee said" after "Rep. Lee Jae-won told reporters": the person named before; "Ahn
        says …" after "former analyst Ahn Jae-won" (no statement of his before): the one full
        name in the report that holds the surname, given name first or last."""
        surname = _SURNAME.fullmatch(words)
        if surname is None or surname.group(1).lower() in _UNNAMED_SOURCES:
            return None  # "Reports indicate …" under a headline "Norway Reports on …"
        for found in reversed(self.history):
            core = _core(found)
            named = names_person(core.words) or _FULL_NAME.search(core.words)
            # the surname is in the person's name, not the body before it ("Frontex" is no
            # short form of "Frontex executive director Hans Leijtens")
            name = named_person(core.words) or core.words
            if named and surname.group(1) in re.split(r"[\s.]+", name):
                parts = re.split(r"\s+and\s+", core.words)
                mine = [p for p in parts if surname.group(1) in re.split(r"[\s.]+", p)]
                if len(parts) > 1 and len(mine) == 1 and all(_FULL_NAME.search(p) for p in parts):
                    # "Park" after "lawmakers Lee Seong-kwon and Park Seon-won": the one of
                    # the pair who holds the name
                    own = mine[0].split()
                    while len(own) > 2 and own[0].lower() in ROLE_WORDS | PERSON_NOUNS:
                        own = own[1:]  # "Lawmakers Lee Seong-kwon": the name
                    return Claimant(" ".join(own), None, core.country)
                return core
        name = re.escape(surname.group(1))
        # (a given name may be "Jean-Pierre", never "Clubhouse-style")
        pattern = (
            rf"\b(?:[A-Z][a-z’']+(?:-[A-Z][a-z’']+)?[ \t]+{name}|{name}[ \t]+[A-Z][a-z]+-[a-z]+)\b"
        )
        # a given name, not a capitalised word opening a sentence ("By British estimates")
        names = {
            found
            for found in re.findall(pattern, self.text)
            if found.split()[0] not in _OPENING_WORDS
            # "In February Peru stated": a month is no given name
            and found.split()[0].lower() not in MONTH_NAMES
        }
        return Claimant(names.pop()) if len(names) == 1 else None

    def _cited(
        self, frame: Frame, sentence: Span, claimants: list[Claimant]
    ) -> list[Claimant] | None:
        """ "Local radio, citing the coastal agency, reported …": the source a relay cites
        states the figure when it is an actor of its own (as "quoted X as saying" is X's);
        citing unnamed sources ("citing government sources") leaves it the relay's."""
        aside = _CITING_ASIDE.match(self.text, frame.verb_end, sentence.end)
        if frame.kind == "subject" and not frame.backward and aside is not None:
            # "News.az reports, citing the Telegraph, that …": the source set off after the verb
            return [self._party(aside.group("source"), None)]
        if frame.kind == "post_quote" and not names_an_outlet(
            " ".join(c.words or "" for c in claimants)
        ):
            return None
        if frame.kind in {"subject", "post_quote"}:
            # '“…,” News.az reports citing the Telegraph.': a quotation's relay names its source
            # "…, UNN reports citing The Telegraph.": a closing relay and the named source it
            # cites; that source states the figure, as it does closing a sentence the relay
            # opened ("The fund said exports fell 20 percent, citing the customs agency.")
            after = (
                _CITING_AFTER.match(self.text, frame.verb_end, sentence.end)
                if frame.backward or frame.kind == "post_quote"
                else _CITING_AFTER.search(self.text, frame.verb_end, sentence.end)
            )
            if (
                after is not None
                and frame.kind == "subject"
                and not frame.backward
                and not (
                    frame.scope.start <= after.start() <= frame.scope.end
                    and _ACCORDING_BETWEEN.search(self.text, frame.verb_end, after.start()) is None
                )
            ):
                after = None  # "This was announced by X, according to Y, citing Z": Y's source
            if (
                after is not None
                and _SPEAKER_CITING_DESCRIPTOR.fullmatch(after.group("source"))
                and not names_an_outlet(" ".join(c.words or "" for c in claimants))
            ):
                # "…, she said, citing Ukrainian military intelligence": a speaker who gives
                # a body's figure by its descriptor still states it; a relay that only carries
                # it ("Reuters reported with reference to Indian officials") does not
                after = None
            if after is not None:
                source = after.group("source")
                if not re.search(r"(?:^|\s)(?:[A-Z]\.)+$", source):
                    source = source.rstrip(".")  # the sentence's full stop, not "U.S."
                return [self._party(source, None)]
        cited = _CITING.search(self.text, sentence.start, frame.verb_start)
        if frame.kind != "subject" or cited is None:
            return None
        if frame.np_start > cited.end("relay"):  # the frame read the words after the relay
            return None if any(c.actor_id for c in claimants) else [self._relay(cited)]
        source = self._party(cited.group("source"), None)
        return [source] if source.actor_id else None

    def _named_after(self, frame: Frame) -> list[Claimant] | None:
        """'"…," said a police officer who asked to be identified only by his first name,
        Per.', "A nurse, who asked to be identified only as Anna, said …": the name the
        description closes with is the speaker's."""
        if not frame.claimants:
            return None
        named = _IDENTIFIED_ONLY.match(self.text, frame.np_end)
        if named is None or frame.np_start < frame.verb_start < named.end():
            return None  # a subject's description ends before its verb
        return [self._party(named.group("name"), None)]

    def _apposed_name(self, frame: Frame, claimants: list[Claimant]) -> list[Claimant] | None:
        """ "Its military intelligence agency, the HUR, reckons": a description the
        dictionary does not know, then a name in apposition that it does (or, for a body it
        does not know either, both names as the claimant's words)."""
        if len(claimants) != 1 or claimants[0].actor_id is not None or frame.backward:
            return None
        apposed = _APPOSED.match(self.text, frame.np_end)
        if apposed is None or apposed.end() > frame.verb_start:
            return None
        named = self._party(apposed.group("name"), None)
        words = self.text[frame.np_start : apposed.end("name")]
        if named.actor_id is None:
            # "Germany's foreign intelligence service, the BND, told": a body the dictionary
            # lacks keeps both its names, the description and the name it goes by
            if not _body(claimants[0]):
                return None
            return [Claimant(words, None, claimants[0].country, claimants[0].kind)]
        return [Claimant(words, named.actor_id, named.country, named.kind)]

    def _relay(self, cited: re.Match[str]) -> Claimant:
        return self._party(cited.group("relay"), None)

    def _claimants(
        self, frame: Frame, sentence: Span, dates: Sequence[DateMention], flags: list[str]
    ) -> tuple[list[Claimant], DateMention | None]:
        """The frame's claimants, resolved; with the date of the sentence's subject when a
        pronoun refers to it."""
        hint = None
        lead = self.text[sentence.start : frame.np_start]
        if re.search(r"\b(?:where|in\s+which)\s+$", lead):
            hint = country_of(lead.rsplit(",", 1)[0], last=True)
        place = _IN_PLACE.match(lead)
        if hint is None and place is not None:
            hint = country_of(place.group("place"))  # "In London, the Ministry of Defence said"
        # "In Bandar Seri Begawan, the foreign ministry said": the sentence is set in a place
        # of its own; a bare body is that place's country's (None: a place the vocabulary
        # does not know), never the last speaker's
        self.set_in = (
            (hint,)
            if place is not None
            and re.fullmatch(NOT_A_DAY_NAME + r"\w+", place.group("place").split()[0]) is not None
            else self._state_just_before(sentence, frame)
        )
        # "Washington and Seoul both say …", "according to U.S., Japanese and Philippine
        # officials": one joint position, one source as written
        joint = _JOINT.match(self.text, frame.np_end) is not None or (
            frame.kind == "according_to" and "," in frame.words
        )
        claimants = [
            self._party(words, hint)
            for c in frame.claimants
            for words in ([c.words] if joint else self._parties(c, hint))
        ]
        subject_date: DateMention | None = None
        if self.aside and len(claimants) == 1 and _BARE_DESCRIPTOR.fullmatch(claimants[0].words):
            # a headline's "Spy agency confirms 100 deaths": the one actor the words fit
            words = claimants[0].words
            claimants = [self._descriptor_actor(words, set(_tokens_of(words))) or claimants[0]]
        owner = _POSSESSIVE_DETERMINERS.get(frame.words.strip().lower())
        if (
            owner is not None
            and ("possessive" in frame.flags or frame.kind == "according_to")
            and len(claimants) == 1
        ):
            # "Its estimate of 300 roads also stands": the owner is the body "it" stands for;
            # "union lifts its count to 400": the subject of the verb before it
            subject = (
                None
                if "owner_not_speaker" in frame.flags
                else self._subject_of_verb_before(frame, sentence)
            )
            referred = (
                ([subject], None, True)
                if subject is not None
                else self._refer_pronoun(owner, frame, sentence, dates)
            )
            if referred is not None:
                flags.append("continues_claimant")
                claimants = [_carried(frame.words.strip(), _core(c)) for c in referred[0]]
        elif frame.pronoun and all(c.actor_id is None for c in claimants):
            referred = self._refer(frame, sentence, dates)
            if referred is not None:
                claimants, subject_date, continued = referred
                if continued:
                    flags.append("continues_claimant")
                    self._named_again(frame, claimants)
        elif len(claimants) == 1 and claimants[0].actor_id is None:
            words = claimants[0].words
            bare = (
                self._bare_descriptor(words)
                or self._owned_descriptor(words)
                or self._official_of_body_named_before(words)
            )
            if bare is not None:
                claimants = [bare]
                flags.append("continues_claimant")
        claimants = (
            self._cited(frame, sentence, claimants)
            or self._relayed_by_outlet(frame, sentence, claimants)
            or self._named_after(frame)
            or self._apposed_name(frame, claimants)
            or self._document_author_after(frame)
            or claimants
        )
        claimants = [self._at_home(c) for c in claimants]
        if "continues_claimant" not in flags and any(c.actor_id or c.words for c in claimants):
            self.last = claimants
            self.history.extend(claimants)
        return claimants, subject_date

    def _named_again(self, frame: Frame, claimants: list[Claimant]) -> None:
        """'"…," Berg said': a person named again by surname is the latest named, for a "he"
        after it (not an outlet named after their first words)."""
        said_by = frame.words.strip()
        if _SURNAME_WORDS.fullmatch(said_by) and said_by.lower() not in PRONOUNS:
            self.history.extend(_core(c) for c in claimants)

    def _relayed_by_outlet(
        self, frame: Frame, sentence: Span, claimants: list[Claimant]
    ) -> list[Claimant] | None:
        """ "In a statement, the ministry said that 20 drones …. Eight more were shot down
        over Voronezh, Caliber.Az reports.": an outlet closing a sentence of the paragraph in
        which a body has just spoken relays that body's statement."""
        previous = self.previous
        if (
            frame.backward
            and len(self.last) == 1
            and _THIS_REPORTED_BY.fullmatch(self.text, sentence.start, frame.np_start)
            # (the source's name right before the comma: no occasion after it)
            and self.text[sentence.start : frame.np_start]
            .rstrip(", ")
            .endswith(_core(self.last[0]).words)
        ):
            # "This is reported by Forbes, Censor.NET reports.": the outlet relays Forbes
            return [_core(c) for c in self.last]
        if (
            not frame.backward
            or frame.kind != "subject"
            or frame.verb.strip().lower() not in _RELAY_VERBS
            or not claimants
            or not all(names_an_outlet(_core(c).words) for c in claimants)
            or previous is None
            or not previous.claimants
            or any(names_an_outlet(_core(c).words) for c in previous.claimants)
            or self.last_sentence is None
            or self._line_start(self.last_sentence.start) != self._line_start(sentence.start)
            # "Separately, 300 troops were killed …, Reuters reported": the outlet's own news
            or _NEW_TOPIC.match(self.text, sentence.start) is not None
        ):
            return None
        # the same things counted go on ("20 drones …. Eight drones …"), not another matter
        things = set(_PLURAL_WORD.findall(self.text[sentence.start : frame.np_start]))
        before = set(_PLURAL_WORD.findall(self.text[self.last_sentence.start : sentence.start]))
        return [_core(c) for c in previous.claimants] if things & before else None

    def _subject_of_verb_before(self, frame: Frame, sentence: Span) -> Claimant | None:
        """ "The union raised its estimate to 400", "union lifts its count to 400": the
        subject of the verb right before a possessive determiner owns the estimate."""
        verb = re.search(
            r"(?<![\w’'-])[a-z]+(?:ed|s)\s+$", self.text[sentence.start : frame.np_start]
        )
        if verb is None:
            return None
        np = _np_backward(self.text, sentence.start, sentence.start + verb.start(), [])
        if np is None:
            return None
        words = self.text[np[0] : np[1]]
        if words.lower() in REFERRING_PRONOUNS:
            return None
        return self._party(words, None)

    def _at_home(self, claimant: Claimant) -> Claimant:
        """A body named without a country that nothing in the report resolved ("the defense
        ministry said" in a Seoul wire story, "a Defense Ministry report" in a Tokyo one): the
        body of the page's own country the words fit; "the ministry" carried on to a minister
        ("Japan's Defense Minister Nakatani …. The ministry also estimated"): that minister's
        ministry."""
        if claimant.actor_id is not None:
            return claimant
        core = _core(claimant)
        own = claimant.words if core is claimant else claimant.words.split(" (", 1)[0]
        country = self.home
        if core is not claimant:
            if own.strip().lower() in {"he", "she", "him", "her"}:
                return claimant  # "He (Defence Minister Rustem Umerov)": the person
            minister = _MINISTER.search(core.words)
            if minister is not None and core.country is not None:
                own, country = f"{minister.group(1)} ministry", core.country
            else:
                own = core.words  # "The report (Defense Ministry)": the body it carries on
        authored = _AUTHORED_DOCUMENT.fullmatch(own)
        if authored is not None and authored.group("author"):
            own = authored.group("author")  # "a Defense Ministry report": its author
        elif re.match(r"(?i:an?)\s", own):
            return claimant  # "a ministry official": one person, as ``claimant`` reads it
        if country is None or country_of(own) is not None or names_person(own):
            return claimant
        tokens = _tokens_of(own)
        if not tokens or not ({tokens[-1], _name_head(own).lower()} & (ROLE_WORDS | BODY_HEADS)):
            return claimant
        actor_id, _ = match_claimant(own, self.actors, country=country)
        actor = self.by_id.get(actor_id) if actor_id else None
        if actor is None or actor.get("country") != country or actor.get("kind") == "person":
            return claimant
        return Claimant(claimant.words, actor_id, country, str(actor.get("kind")))

    def _document_author_after(self, frame: Frame) -> list[Claimant] | None:
        """ "according to a report the Ministry of National Defense submitted to a lawmaker":
        a document named without its author, the author then written in a relative clause."""
        words = frame.words.strip()
        if not (_INDEFINITE_DOCUMENT.fullmatch(words) or _BARE_FIGURES.fullmatch(words)):
            return None
        after = (
            _AUTHOR_AFTER_DOCUMENT.match(self.text, frame.np_end)
            or _PUBLISHED_BY.match(self.text, frame.np_end)
            or (
                _FROM_AUTHOR.match(self.text, frame.np_end, frame.verb_start)
                if frame.np_end < frame.verb_start
                else None
            )
        )
        if after is None:
            return None
        author = self._party(after.group("author"), None)
        if author.actor_id is None and author.words.islower():
            # "figures the agency gave lawmakers": the body the descriptor stands for
            tokens = _tokens_of(author.words)
            named = self._descriptor_named_before(
                author.words, set(tokens), tokens[-1]
            ) or self._descriptor_mentioned_before(author.words, set(tokens), frame.np_start)
            author = _core(named) if named is not None else author
        return [Claimant(f"{words} ({author.words})", author.actor_id, author.country, author.kind)]

    def _same_occasion(self, frame: Frame) -> Statement | None:
        """ "The NIS said in a briefing on Tuesday …. The same briefing counted 600 …": the
        occasion named again as the subject is the previous dated statement, its claimant and
        date, even across a cross-head ("3. How many were sent" / "4. How many died")."""
        if not _SAME_OCCASION.fullmatch(frame.words.strip()):
            return None
        dated = (c for c in reversed([*self.said_above, *self.said]) if c.stated and c.stated[0])
        previous = self.previous or next(dated, None)
        if previous is None or previous.stated is None or not previous.claimants:
            return None
        claimants = [_carried(frame.words.strip(), c) for c in previous.claimants]
        flags = ["continues_claimant", "continued_date"]
        return Statement(frame, claimants, previous.stated, previous.stated_text, None, None, flags)

    def _owned_occasion(self, statement: Statement, noun: str) -> Claimant | None:
        """The owner of an occasion a relaying statement cites by its owner's name, right
        after its verb ("reports this, citing the HUR's statement")."""
        window = self.text[statement.frame.verb_end : statement.frame.verb_end + 100]
        cited = re.search(
            rf"\bciting\s+(?P<owner>(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,4}})[’']s\s+"
            rf"(?:[a-z]+\s+)?{noun}\b",
            window,
        )
        if cited is None:
            return None
        return _core(self._party(cited["owner"], None))

    def _occasion_named_again(self, frame: Frame) -> Statement | None:
        """ "X reported on July 28 that …. According to the report, …": a bare "the report"
        ("the statement", "the post") is the occasion one of the latest sentences told of
        with that word or its verb, its party's, on its day."""
        again = _OCCASION_AGAIN.fullmatch(frame.words.strip())
        if again is None or _RELEASED_AFTER.match(self.text, frame.np_end):
            return None  # ("the report released on Monday says": a report of its own day)
        told = re.compile(_OCCASION_TOLD[again["noun"].lower()], re.IGNORECASE)
        for statement in (s for group in reversed(self.recent) for s in _speakers_first(group)):
            # (an outlet relaying the party is not the party: "X said this in a post,
            # according to NRK")
            named = [
                c
                for c in statement.claimants
                if c.words
                and not _OCCASION_AGAIN.match(c.words)
                and not names_an_outlet(_core(c).words)
            ]
            owned = self._owned_occasion(statement, again["noun"].lower())
            if owned is not None:
                # "A correspondent reports this, citing the HUR's statement on Telegram. “…,”
                # the statement reads.": the owner of the statement cited
                flags = ["continues_claimant", "continued_date"]
                return Statement(frame, [_carried(frame.words.strip(), owned)], statement.stated,
                                 statement.stated_text, None, None, flags)  # fmt: skip
            if not named or statement.frame.kind == "carried":
                continue
            documents = [c for c in named if told.search(c.words)]
            if documents:
                # "The Oslo Institute said its survey found …. According to the survey, …":
                # the document just named, as its author's; "The latest intelligence report
                # indicates …", with no author, stays that document
                authored = [c for c in documents if _core(c).words != c.words]
                if len(authored) != len(documents):
                    return None
                claimants = [_carried(frame.words.strip(), _core(c)) for c in authored]
                flags = ["continues_claimant", "continued_date"]
                return Statement(
                    frame, claimants, statement.stated, statement.stated_text, None, None, flags
                )
            window = self.text[statement.frame.verb_start : statement.frame.verb_end + 40]
            # (within the statement's own sentence: not the next one's "The analysis says")
            window = re.split(r"(?<=[.!?])\s|\n", window, maxsplit=1)[0]
            if told.search(window) is None:
                continue
            claimants = [_carried(frame.words.strip(), _core(c)) for c in named]
            flags = ["continues_claimant", "continued_date"]
            return Statement(
                frame, claimants, statement.stated, statement.stated_text, None, None, flags
            )
        return None

    def _resolve(self, frame: Frame, sentence: Span, dates: Sequence[DateMention]) -> Statement:
        text = self.text
        same = self._same_occasion(frame)
        if same is not None:
            return same
        flags: list[str] = []
        claimants, subject_date = self._claimants(frame, sentence, dates, flags)
        self._name_the_lede(frame, claimants)
        if len(claimants) == 1 and _OCCASION_AGAIN.fullmatch(claimants[0].words.strip()):
            # a bare "the report" nothing else resolved: the occasion told of just before
            again = self._occasion_named_again(frame)
            if again is not None:
                return again
        relative = self._day_from_previous(frame, sentence)
        if relative is not None:
            flags.append("continued_date")
            return Statement(frame, claimants, (relative, relative, "day"), None, None, None, flags)
        period = self._period_from_previous(frame)
        if period is not None:
            flags.append("continued_date")
            return Statement(frame, claimants, period, None, None, None, flags)
        mention, lead_start = frame_date(text, frame, dates, sentence)
        if mention is None and frame.relayed_by is not None:
            # "The ministry believes N, a spokesman told a briefing on Thursday": the day the
            # belief was relayed
            mention, lead_start = frame_date(text, frame.relayed_by, dates, sentence)
        if mention is None and subject_date is not None:
            mention = subject_date
        if mention is None and not frame.perfect:
            # "In that briefing, the agency estimated …", "At the same hearing, X said …": the
            # occasion named before, and its date
            opening = _ANAPHORIC_OCCASION.match(
                text, sentence.start, frame.np_start
            ) or _SAME_OCCASION_AFTER.match(text, frame.verb_end, sentence.end)
            previous = self.previous
            if opening is not None and previous is not None and previous.stated is not None:
                flags.append("continued_date")
                return Statement(
                    frame, claimants, previous.stated, previous.stated_text, None, None, flags
                )
        if mention is not None:
            # "since February, when X reported": the month itself
            since = re.match(r"(?i)since\s+", mention.text)
            start = mention.start + (since.end() if since else 0)
            past = find_dates(text, self.pub, start, mention.end, future=False)
            if past:
                mention = past[0]
            flags.extend(mention.flags)
            stated: tuple[date | None, date | None, str] = (
                mention.date_start,
                mention.date_end,
                mention.precision,
            )
            return Statement(frame, claimants, stated, mention.text, mention, lead_start, flags)
        return self._undated(frame, claimants, flags)

    def _day_from_previous(self, frame: Frame, sentence: Span) -> date | None:
        """ "X said on Wednesday …. A day earlier, Y said …": a day named from the previous
        statement's day ("Later that day", "Hours later", "The previous day", "The next day")
        dates the statement that follows it."""
        opening = _DAY_FROM_PREVIOUS.match(self.text, sentence.start, sentence.end)
        if opening is not None and self.text[opening.end() : frame.np_start].strip():
            opening = None
        if opening is None and frame.np_end < frame.verb_start:
            # "X, the same day, put the figure above 3,000": the day set off after the subject
            opening = _DAY_INSERTED.match(self.text, frame.np_end, frame.verb_start)
        previous = self.previous
        if (
            opening is None
            or previous is None
            or previous.stated is None
            or previous.stated[2] != "day"
            or previous.stated[0] is None
        ):
            return None
        shift = -1 if opening.group("back") else 1 if opening.group("next") else 0
        return previous.stated[0] + timedelta(days=shift)

    def _period_from_previous(self, frame: Frame) -> tuple[date, date, str] | None:
        """ "X told lawmakers in March …. Y estimated the same month that …": the month (or
        week) of the previous statement dates the one that names it so."""
        words = self.text[frame.np_start : min(len(self.text), frame.verb_end + 30)]
        same = _SAME_PERIOD.search(words)
        previous = self.previous
        if same is None or previous is None or previous.stated is None:
            return None
        start, end, precision = previous.stated
        if start is None or end is None:
            return None
        if same.group(1) == "month" and precision in {"month", "day", "week"}:
            return (*month_of(start), "month")
        if same.group(1) == "week" and precision in {"week", "day"}:
            return (*week_of(start), "week")
        return None

    def _cited_per(self, frame: Frame) -> bool:
        """ "per X", "per HUR estimates": a party's figures cited, not its statement going on."""
        return frame.verb.lower() == "per" or (
            re.search(
                r"\b[Pp]er\s+(?:the\s+)?$", self.text[max(0, frame.np_start - 9) : frame.np_start]
            )
            is not None
        )

    def _per_party(self, frame: Frame) -> bool:
        """ "Per the JCS, …": a party's figures cited, undated unless the sentence dates them
        (not "per the JCS report" or "Per the ministry's count", a document the page dated
        before)."""
        if frame.verb.lower() != "per":
            return False
        cited = re.match(r"[^,;:.“”\"]*", self.text[frame.verb_end : frame.verb_end + 80])
        return cited is None or not _DOCUMENT_WORD.search(cited.group(0))

    def _perfect_words(self, frame: Frame) -> str | None:
        """ "has estimated": a present perfect's words, kept as the undated statement's."""
        if not frame.perfect:
            return None
        aux = re.search(r"\b(?:have|has)\s+(?:\w+\s+)?$", self.text[: frame.verb_start])
        return self.text[aux.start() : frame.verb_end] if aux is not None else None

    def _separate_occasion(self, frame: Frame) -> bool:
        """ "X said in a separate post", "Separately, X said": another occasion; so is "a"
        document of the party ("according to a Ukrainian military intelligence assessment"),
        one not told of before."""
        lead = self.text[max(0, frame.np_start - 20) : frame.np_start]
        return (
            SEPARATE_OCCASION.match(self.text, frame.verb_end) is not None
            or re.search(r"\b(?i:separately),\s*$", lead) is not None
            or _A_DOCUMENT.fullmatch(frame.words.strip()) is not None
            # "according to a Norwegian Coastal Administration assessment": its author's words
            or (
                re.search(r"\b(?i:an?)\s+$", self.text[max(0, frame.np_start - 4) : frame.np_start])
                is not None
                and _DOCUMENT_NEXT.match(self.text, frame.np_end) is not None
            )
        )

    def _dated_outer(self, frame: Frame, claimants: list[Claimant]) -> Statement | None:
        """The same party's dated statement of this sentence whose content holds the frame
        (the outer's content ends where this frame's claimant begins), or a legislator's who
        relays the body."""
        return next(
            (
                st
                for st in reversed(self.current)
                if st.frame.scope.start <= frame.np_start <= st.frame.scope.end
                and not st.frame.backward
                and st.stated[0] is not None
                and (
                    _same_party(claimants, st.claimants, strict=True)
                    # "lawmakers who attended a briefing on Tuesday said the NIS told them …"
                    or relays_a_body(st.frame, " ".join(c.words for c in claimants))
                )
            ),
            None,
        )

    def _restates_earlier(self, frame: Frame) -> bool:
        """ "…, up from the department's count of 3,000 a week earlier": an earlier figure set
        beside the new one is not stated on the new one's occasion."""
        start = max(0, frame.np_start - 40)
        return _EARLIER_FIGURE_BEFORE.search(self.text, start, frame.np_start) is not None

    def _release_day(self, claimants: list[Claimant]) -> DateMention | None:
        """The day the report says its document came out, for a claimant that is a document
        or its data."""
        if not claimants or not all(
            _DOCUMENT_HEAD.search(_core(c).words) is not None for c in claimants
        ):
            return None
        return self._report_release_day

    @cached_property
    def _report_release_day(self) -> DateMention | None:
        """The day of the one sentence in the report that says when its document came out
        ("The findings were released on Wednesday", "… published the results on Monday");
        None when the page says it of none or of more than one (read once per report)."""
        found = [m for m in _RELEASED_ON.finditer(self.text) if m.end() < len(self.text)]
        if len(found) != 1:
            return None
        dates = find_dates(self.text, self.pub, found[0].end(), found[0].end() + 40, future=False)
        if not dates or dates[0].start != found[0].end() or dates[0].precision != "day":
            return None
        return dates[0]

    def _undated(self, frame: Frame, claimants: list[Claimant], flags: list[str]) -> Statement:
        """A statement without date words: the same party's previous statement's date, or
        undated (on or before publication)."""
        stated_text = self._perfect_words(frame)
        if self._separate_occasion(frame) or self._per_party(frame):
            # "X said in a separate post": not the occasion of any earlier statement; "per X"
            # cites X's figures, undated unless its own sentence dates them
            return Statement(frame, claimants, (None, self.pub, "range"), None, None, None, flags)
        entry = self.entry
        if (
            entry is not None
            and entry[0] == self._line_start(frame.verb_start)
            and entry[1].stated
            # "The Pentagon later puts the number at …": another, later day
            and not _LATER.search(self.text, frame.np_start, frame.verb_end + 12)
        ):
            # "Oct. 28 — X confirms …. The Pentagon puts N at …": the entry's day
            flags.append("continued_date")
            stated = entry[1].stated
            return Statement(frame, claimants, stated, entry[1].stated_text, None, None, flags)
        if self.live and not frame.perfect and _present_tense(frame):
            # a live page's entry: "X says …" is what X said that day (the day heading above
            # the entry, else the page's)
            day = next((d for pos, d in reversed(self.days) if pos <= frame.verb_start), self.pub)
            return Statement(frame, claimants, (day, day, "day"), None, None, None, flags)
        released = self._release_day(claimants)
        if released is not None:
            # "The survey found that 47% …. The findings were released on Wednesday.": the
            # day the page says the document came out
            flags.append("continued_date")
            stated = (released.date_start, released.date_end, released.precision)
            return Statement(frame, claimants, stated, released.text, None, None, flags)
        outer = self._dated_outer(frame, claimants)
        if outer is not None and not self._restates_earlier(frame):
            # "X said in a statement on Tuesday that it had added six …": the speaker's own
            # words inside its dated statement are that statement's, whatever their tense
            flags.append("continued_date")
            return Statement(frame, claimants, outer.stated, outer.stated_text, None, None, flags)
        previous = self.previous
        # a past tense, or "according to X" (no tense of its own), may recall the party's
        # statement above a cross-head ("Killed and wounded / According to the JCS, the North
        # has also sent …"), but "according to" not a chronology entry's day
        said = self.said
        if _past_saying(frame):
            said = [*self.said_above, *self.said]
        elif frame.kind == "according_to":
            said = [c for c in (*self.said_above, *self.said) if not c.entry]
        own = next(
            (c for c in reversed(said) if _same_party(claimants, c.claimants, strict=True)),
            None,
        )
        if own is not None and own.stated is not None and own.stated[0] is not None:
            # "…, the General Staff added" after another Ukrainian body's dated statement: the
            # General Staff's own latest dated statement, not its neighbour's
            previous = own
        elif previous is None or not _same_party(claimants, previous.claimants):
            # the same party's latest statement, however far back ("Two officials said
            # yesterday …. The department said …. The officials said, …"; "Rep. Lee told
            # reporters Monday …. “…,” Lee said.")
            previous = next(
                (c for c in reversed(said) if _same_party(claimants, c.claimants, strict=True)),
                None,
            )
        if (
            not frame.perfect
            and previous is not None
            and previous.stated is not None
            # a possessive estimate ("the SSO's own tally is 1,000") recalls its own party's
            # earlier statement, never a neighbouring body's; so does "per X estimates"
            and _same_party(
                claimants,
                previous.claimants,
                strict="possessive" in frame.flags or self._cited_per(frame),
            )
            and _goes_on_with(frame, previous.stated)
            and not self._restates_earlier(frame)
        ):
            flags.append("continued_date")
            return Statement(
                frame, claimants, previous.stated, previous.stated_text, None, None, flags
            )
        lede = None if frame.perfect else self._unnamed_lede(frame, claimants)
        if lede is not None:
            flags.append("continued_date")
            return Statement(frame, claimants, lede.stated, lede.stated_text, None, None, flags)
        return Statement(
            frame, claimants, (None, self.pub, "range"), stated_text, None, None, flags
        )

    def _unnamed_lede(self, frame: Frame, claimants: list[Claimant]) -> Statement | None:
        """ "…, a spokesman for Germany's Defense Ministry said on Monday." / "Speaking at the
        press conference, Jens Kessler said …": a lede names its speaker by role, the next
        paragraph by name; the named person's first statement, undated and opening that
        paragraph, is the same occasion."""
        ledes = [s for s in self._ledes_named_after(frame, claimants) if s.stated[0] is not None]
        return ledes[-1] if ledes else None

    def _name_the_lede(self, frame: Frame, claimants: list[Claimant]) -> None:
        """ "At least 100 were killed, a South Korean lawmaker said on Wednesday." / "Lee
        Seong-kweun, who sits on the intelligence committee, said …": the person the next
        paragraph names is the lede's speaker, named now ("a South Korean lawmaker (Lee
        Seong-kweun)")."""
        for lede in self._ledes_named_after(frame, claimants):
            words = lede.claimants[0].words
            # (not "a senior official": an official unnamed in the lede usually briefed on
            # condition of anonymity, someone else than the spokesman named after)
            if re.match(r"(?i:an?)\s", words) and not re.search(r"\bofficials?\b", words):
                # (only the lede's row: the running state keeps the words it was read by, so
                # a later "the envoy" still finds the role, with the lede's date)
                lede.claimants = [_carried(words, claimants[0])]

    def _ledes_named_after(self, frame: Frame, claimants: list[Claimant]) -> list[Statement]:
        """The statements of the sentence before whose speaker, named by role alone, the
        subject of this paragraph's first sentence names."""
        if (
            frame.kind != "subject"
            or len(claimants) != 1
            or self.last_sentence is None
            or not self.before
        ):
            return []
        person = claimants[0]
        if not _individual(person.words) or re.search(r",|[’']s\b", person.words):
            return []  # "The brigade's press officer, Capt. Roman Shevchuk": a role of its own
        if any(c.words == person.words for c in self.history[:-1]):
            return []  # named before: its own earlier statements date it
        paragraph = self.text.rfind("\n", 0, frame.np_start)
        if paragraph < self.last_sentence.end or re.search(
            r"[.!?][”\"’)]*\s", self.text[paragraph + 1 : frame.np_start]
        ):
            return []  # not the first sentence of the paragraph after the lede
        lede_text = self.text[self.last_sentence.start : self.last_sentence.end]
        if _ANONYMOUS.search(lede_text):
            return []  # "an official, who asked not to be named, said": never named after
        return [
            s
            for s in self.before
            if len(s.claimants) == 1
            and s.claimants[0].actor_id is None
            # (the lede's own words, before the name found for it)
            and _UNNAMED_PERSON.fullmatch(own := _BRACKETED_END.sub("", s.claimants[0].words))
            and named_person(own) is None
        ]

    def _refer(
        self, frame: Frame, sentence: Span, dates: Sequence[DateMention]
    ) -> tuple[list[Claimant], DateMention | None, bool] | None:
        """What a pronoun or a descriptor subject ("it", "they", "the agency", "the spy
        agency", "the officials", "one of them") refers to: the subject of its own sentence
        (for a pronoun), else the latest named claimant the words fit, else an actor whose
        name or description holds the words, else the last claimant. With the date of the
        sentence's main clause when the referent is its subject; the flag says whether a
        claimant was carried over."""
        words = frame.words.strip()
        if words.lower() in REFERRING_PRONOUNS or words == "This":
            # ("This reveals that …": the document just named)
            return (
                self._document_just_introduced(words, frame)
                if words == "This"
                else self._refer_pronoun(words, frame, sentence, dates)
            )
        order = _LATTER_OR_FORMER.fullmatch(words)
        if order is not None:
            # "Kim met Shoigu on June 17. After the meeting, the latter stated …": Shoigu
            return self._carried_or_none(
                words, self._one_of_two_named_before(sentence, order.group(1).lower())
            )
        member = _GROUP_MEMBER.fullmatch(words)
        if member is not None:
            found = self._group_member(member)
            return ([found], None, True) if found is not None else None
        descriptor = _DESCRIPTOR.fullmatch(words)
        tokens = _tokens_of(descriptor.group(1)) if descriptor is not None else []
        # ("Another poll found …" refers to no poll named before)
        if not tokens or _ANOTHER_SOURCE.match(words):
            return None
        if tokens[-1] in DOCUMENT_NOUNS - ROLE_WORDS or (
            tokens[-1] == "information" and _POINTING_BACK.match(words)
        ):
            return self._refer_document(words, frame, tokens[-1])
        if tokens[-1] not in ROLE_WORDS:
            return None
        referred = self._refer_descriptor(words, frame, tokens)
        if referred is not None and _names_itself(words, referred[0]):
            return None  # "The Observatory" after "the Observatory": named as before
        return referred

    @staticmethod
    def _carried_or_none(
        words: str, named: Claimant | None
    ) -> tuple[list[Claimant], DateMention | None, bool] | None:
        """The referent found, carried under the words that pointed to it; None for none."""
        return ([_carried(words, named)], None, True) if named is not None else None

    def _document_just_introduced(
        self, words: str, frame: Frame
    ) -> tuple[list[Claimant], DateMention | None, bool] | None:
        """ "Africa CDC shared a situation update …. This reveals that …": the document the
        sentence before introduced with its author, so the author; else the last claimants."""
        start = max(0, frame.np_start - 400)
        found: tuple[int, str] | None = None
        for pattern in _DOCUMENT_AUTHOR:
            for match in pattern.finditer(self.text, start, frame.np_start):
                if found is None or match.start() > found[0]:
                    found = (match.start(), match.group("author"))
        shared = _SHARED_DOCUMENT.search(self.text, start, frame.np_start)
        if shared is not None and (found is None or shared.start() > found[0]):
            found = (shared.start(), shared.group("author"))
        if found is not None:
            return [_carried(words, self.claimant(found[1].strip(), None))], None, True
        named = [c for c in self.last if _names_a_party(_core(c).words)]
        return ([_carried(words, c) for c in named], None, True) if named else None

    def _refer_document(
        self, words: str, frame: Frame, head: str
    ) -> tuple[list[Claimant], DateMention | None, bool] | None:
        """A document or data subject ("The survey also shows", "The figure includes"): the
        document named recently, so its author; else the one the page introduced; else the
        document that stated last; else, for data, the party named last."""
        document = self._document_before(words, head)
        if document:
            return document, None, True
        introduced = self._document_introduced(head, frame.np_start)
        if introduced:
            return [_carried(words, introduced[0])], introduced[1], True
        stated_in = self._document_stated_before(head)
        if stated_in:
            return [_carried(words, stated_in)], None, True
        named = [c for c in self.last if _names_a_party(_core(c).words)]
        pointing = _POINTING_BACK.match(words) is not None
        if pointing:
            named = self._relayed_party(named)
        if ((head in DATA_NOUNS and _DEFINITE.match(words)) or pointing) and named:
            # "… according to the Air Force. The figure includes 40 decoys": the data the
            # party named last gave
            return [_carried(words, c) for c in named], None, True
        return None

    def _relayed_party(self, named: list[Claimant]) -> list[Claimant]:
        """ "…, Ukrinform reported. According to this information, …": what is pointed back
        to is the party the outlet relayed, not the outlet."""
        relayed = [c for c in named if not names_an_outlet(_core(c).words)]
        if relayed:
            return relayed
        earlier = next(
            (
                c
                for c in reversed(self.history[-3:])
                if _names_a_party(_core(c).words) and not names_an_outlet(_core(c).words)
            ),
            None,
        )
        return [earlier] if earlier is not None else named

    def _bare_descriptor(self, words: str) -> Claimant | None:
        """ "According to military intelligence", "police said": a descriptor without an
        article, singular, is the body named before whose words hold it ("Ukraine's Main
        Intelligence Directorate"); a plural ("officials") names no one body."""
        if not _BARE_LOWER.fullmatch(words):
            return None
        tokens = _tokens_of(words)
        if not tokens or tokens[-1] not in ROLE_WORDS or _plural(Claimant(words)):
            return None
        for found in reversed(self.history):
            core = _core(found)
            if (
                found.actor_id
                and not names_person(core.words)
                and found.kind != "person"
                and set(tokens) <= self._words_of(found)
            ):
                return _carried(words, found)
        return None

    def _group_member(self, member: re.Match[str]) -> Claimant | None:
        """ "Two officials spoke …. One of them said": one of the latest group named."""
        group = next((c for c in reversed(self.history) if _plural(_core(c))), None)
        if group is None:
            return None
        core = _core(group)
        named = re.sub(r"^(?:The|Two|Three|Several|Some|Many)\b", lambda m: m[0].lower(),
                       core.words)  # fmt: skip
        return Claimant(f"{member.group(1)}{named}", None, core.country)

    def _outlet_named_before(self, words: str) -> Claimant | None:
        """ "the publication", "the newspaper": the latest outlet named before, a claimant in
        capitals that is no person, no state and no government body."""
        if _OUTLET_DESCRIPTOR.fullmatch(words.strip()) is None:
            return None
        found = next((c for c in reversed(self.history[-4:]) if _organisation(_core(c))), None)
        return _carried(words.strip(), _core(found)) if found is not None else None

    def _role_fits_last(self, head: str) -> bool:
        """Whether a specific office ("the president", "the minister") can be the last
        claimant: its words or its actor's name the office; a lawmaker is no president."""
        if not self.last:
            return False
        if all(names_an_outlet(_core(c).words) for c in self.last) and head not in {
            "outlet",
            "newspaper",
            "broadcaster",
            "daily",
            "agency",
            "publication",
        }:
            return False  # "…, Caliber.Az reports. According to the ministry, …": no outlet
        if head not in DOCUMENT_NOUNS and all(
            _tokens_of(_core(c).words)[-1:] and _tokens_of(_core(c).words)[-1] in _DOCUMENT_HEADS
            for c in self.last
        ):
            return False  # "…, the report said. The ministry said …": no body is a document
        if head in _DISTINCT_BODY_HEADS and any(
            _name_head(_core(c).words) in _DISTINCT_BODY_HEADS - {head} for c in self.last
        ):
            return False  # "The navy said …. The ministry said …": another body
        if head in BODY_NOUNS and any(_is_a_person(_core(c)) for c in self.last):
            return False  # "The mayor said …. …, the agency said": no body is a person
        if head in _STATE_BODY_HEADS:
            # "The army said" after "a volunteer aid group put the toll at 57": a state's body
            # is no group of citizens named before
            return not any(
                _tokens_of(_core(c).words)[-1:] and _tokens_of(_core(c).words)[-1] in _CIVIL_HEADS
                for c in self.last
            )
        if head not in _SPECIFIC_OFFICES:
            return True
        return all(head in self._words_of(c) for c in self.last)

    def _legislator_named_before(self, words: str, pos: int) -> Claimant | None:
        """ "The lawmaker added …" after "Congressman Wi Sung-lac said …" (or "… told
        lawmaker Lee Seong-kweun"): the latest legislator named by title and name in the
        paragraphs just before."""
        if _LEGISLATOR_DESCRIPTOR.fullmatch(words.strip()) is None:
            return None
        named = list(_LEGISLATOR_NAMED.finditer(self.text, max(0, pos - 800), pos))
        if not named:
            return None
        return _carried(words.strip(), self.claimant(named[-1].group(0), None))

    def _refer_descriptor(
        self, words: str, frame: Frame, tokens: list[str]
    ) -> tuple[list[Claimant], DateMention | None, bool] | None:
        """A descriptor subject ("the agency", "the spy agency"): the known body opening its
        own sentence or the one before, a body named before, an actor whose words hold it, a
        recent document, or the last claimant."""
        # "Defense Express reported …. According to the publication, …": the outlet;
        # "Ukraine's military intelligence agency has put the numbers higher still. In a post
        # on Monday, the agency said …": the body just named, though it stated no figure, not
        # an agency named further back; else a body named before that the words fit
        named = (
            self._outlet_named_before(words)
            or self._legislator_named_before(words, frame.np_start)
            or self._body_opening_just_before(words, frame.np_start)
            or self._agency_just_named(words)
            or self._descriptor_named_before(words, set(tokens), tokens[-1])
        )
        if named is not None:
            return [named], None, True
        mentioned = self._descriptor_mentioned_before(words, set(tokens), frame.np_start)
        if mentioned is not None:
            return [mentioned], None, True
        # (not in a sentence set in a place of its own: "In Bandar Seri Begawan, the foreign
        # ministry said" is no foreign ministry the page introduced)
        actor = self._descriptor_actor(words, set(tokens))
        if actor is not None and self.set_in is not None and actor.country != self.set_in[0]:
            actor = None
        if actor is not None and self._introduced(actor):
            return [actor], None, False
        document = self._document_before(words, tokens[-1])
        if document is not None:
            return document, None, True
        body = self._body_subject_before(words, frame.np_start) or self._named_body_opening(
            words, tokens[-1], frame.np_start
        )
        if body is not None:
            return [body], None, True
        # the last claimant, for a generic subject ("the official said"); a possessor names
        # its own party ("the government's estimate"), never one carried on
        if (
            _GENERIC_CLAIMANT.match(words)
            and self.last
            and frame.kind != "possessive"
            and self._role_fits_last(tokens[-1])
            # "the Council", in capitals, is a body the page named, never the last speaker
            and not words.split()[-1][:1].isupper()
        ):
            return [_carried(words, c) for c in self.last], None, True
        company = self._company_named_before(words) or self._research_body_named_before(words)
        if company is not None:
            return [company], None, True
        # a body the page named without its stating anything: named now, not carried on
        named_in_text = self._descriptor_named_in_text(words, tokens, frame.np_start)
        return ([named_in_text], None, False) if named_in_text is not None else None

    def _agency_just_named(self, words: str) -> Claimant | None:
        """ "… Main Directorate of Intelligence told The Japan Times that …. '…,' the agency
        said": an intelligence body or service that just spoke is "the agency", though its
        name holds no such word (not a news agency named further back)."""
        if words.strip().lower() != "the agency" or len(self.last) != 1:
            return None
        core = _core(self.last[0])
        if names_an_outlet(core.words) or _person_like(core) or not _AGENCY_NAME.search(core.words):
            return None
        return _carried(words, core)

    def _research_body_named_before(self, words: str) -> Claimant | None:
        """ "A report by the Center for Fjord Studies warns …. The Oslo-based think tank
        estimates …": a research body's kind is the latest one named before (a name in
        capitals with "Center", "Institute", "Studies" …)."""
        if _RESEARCH_DESCRIPTOR.fullmatch(words.strip()) is None:
            return None
        found = next(
            (
                c
                for c in reversed(self.history[-3:])
                if _organisation(core := _core(c)) and _RESEARCH_BODY_NAME.search(core.words)
            ),
            None,
        )
        return _carried(words.strip(), _core(found)) if found is not None else None

    def _company_named_before(self, words: str) -> Claimant | None:
        """ "Qantas said …. The airline said …": a company's kind ("the airline", "the
        utility") is the latest company named before, a claimant in capitals that is no
        person, no state, no government body, no outlet and no document."""
        if _COMPANY_DESCRIPTOR.fullmatch(words.strip()) is None:
            return None
        found = next(
            (
                c
                for c in reversed(self.history[-3:])
                if _organisation(core := _core(c))
                and not names_person(core.words)
                and not names_an_outlet(core.words)
                and not set(_tokens_of(core.words)) & (DOCUMENT_NOUNS | ROLE_WORDS)
            ),
            None,
        )
        return _carried(words.strip(), _core(found)) if found is not None else None

    def _body_opening_just_before(self, words: str, pos: int) -> Claimant | None:
        """The known body opening the sentence before a descriptor (or its own) that the
        descriptor fits."""
        descriptor = _DESCRIPTOR.fullmatch(words)
        if descriptor is None:
            return None
        wanted = set(_tokens_of(descriptor.group(1)))
        for found, actor in self._bodies_opening(pos, 2):
            if descriptor_fits(descriptor.group(1), actor) or wanted <= self._words_of(found):
                return _carried(words, found)
        return None

    def _descriptor_named_before(self, words: str, wanted: set[str], head: str) -> Claimant | None:
        """The latest claimant named before that a descriptor fits."""
        for found in reversed(self.history):
            # "the ministry" is a body named before, not "a ministry spokesman"; "the
            # institute" the Institute for … (IHS) named before
            # (where the body sits is no part of its name: "the Health Ministry in Gaza")
            name = _SEAT_AFTER_NAME.sub("", _core(found).words)
            own = _tokens_of(name)
            if wanted <= self._words_of(found) and (
                found.actor_id
                or own[-1:] == [head]
                # "the ministry" after "The Russian Ministry of Defence": its name's head
                or (_BODY_NAME.fullmatch(name) and _name_head(name) == head)
            ):
                return _carried(words, found)
            acronym = _TRAILING_ACRONYM.search(found.words) is not None
            if (
                acronym
                and wanted <= set(_tokens_of(found.words))
                and _name_head(found.words) == head
            ):
                return _carried(words, found)
        for found in reversed(self.history[-3:]):
            # "the spy agency" after "the National Intelligence Service": a modifier the
            # report did not use before; the head noun names one of the latest bodies (not
            # when the modifier puts the body at another level: "the regional administration"
            # is not the Kremlin, the president's administration)
            if (
                found.actor_id
                and head in self._words_of(found)
                and not names_person(_core(found).words)
                and not (wanted & _LEVEL_WORDS) - self._words_of(found)
            ):
                return _carried(words, found)
            # "The organisation said" after "The International Committee of the Red Cross
            # (ICRC) said": a generic noun for the body just named, known or not
            if (
                head in _GENERIC_BODY_NOUNS
                and found is self.history[-1]
                and _BODY_NAME.fullmatch(found.words)
                and not (names_person(found.words) or _individual(found.words))
            ):
                return _carried(words, found)
        return None

    def _descriptor_mentioned_before(
        self, words: str, wanted: set[str], pos: int
    ) -> Claimant | None:
        """ "… after a closed-door briefing by the National Intelligence Service (NIS). The
        spy agency also told lawmakers …": of the actors a descriptor fits, the one the page
        named last in the 1,500 characters before, as a claimant or not."""
        start = max(0, pos - 1500)
        before = self.text[start:pos]
        best: tuple[int, str, Mapping[str, Any]] | None = None
        for actor in self.actors:
            if actor.get("kind") in {"person", "state"}:
                continue
            if not wanted <= self._words_of(Claimant("", str(actor.get("actor_id")))):
                continue
            for form in _written_forms(actor):
                for found in re.finditer(rf"(?<![\w’'-]){re.escape(form)}(?![\w’'-])", before):
                    if best is None or found.start() > best[0]:
                        best = (found.start(), form, actor)
        if best is None:
            return None
        _, form, actor = best
        country = actor.get("country")
        return Claimant(
            f"{words} ({form})", str(actor.get("actor_id")), str(country) if country else None,
            str(actor.get("kind")),
        )  # fmt: skip

    def _descriptor_named_in_text(self, words: str, tokens: list[str], pos: int) -> Claimant | None:
        """ "… data from the federal Bureau of Labor Statistics …. According to the bureau,
        …", "Greece's coast guard rescued 59 migrants …, the coast guard said": a body's
        descriptor the dictionary does not hold is the latest name before it, in the 1,500
        characters before, that holds its words: in capitals ("Bureau of Labor Statistics",
        "Greece Coast Guard"), or lower case after a place's possessive ("Greece's coast
        guard"). Whether or not that body stated anything before."""
        # ("The Council", in capitals, is a name of its own)
        if not tokens or tokens[-1] not in _TEXT_NAMED_HEADS or words.split()[-1][:1].isupper():
            return None
        start = max(0, pos - 1500)
        phrase = r"\s+".join(re.escape(t) for t in tokens)
        best: str | None = None
        for found in re.finditer(rf"(?i)(?<![\w’'-]){phrase}(?![\w’'-])", self.text[start:pos]):
            at = start + found.start()
            name = _name_around(self.text, at, start + found.end())
            if name is not None and name.lower() != words.lower():
                best = name
        if best is None:
            return None
        known = self.claimant(best, country_of(best))
        return _carried(words, known if known.actor_id else Claimant(best, None, country_of(best)))

    def _introduced(self, actor: Claimant) -> bool:
        """Whether a descriptor may stand for ``actor``: a body always, a person only when
        the page names them (a headline's "The secretary of state says …" above "Secretary of
        State Antony Blinken said"; "The commander said …" in a clipped excerpt that never
        names him is not the one commander the dictionary holds)."""
        if actor.kind != "person":
            if actor.country is None:
                # "The organization estimated …" on a page that never names NATO is not the
                # one organisation of no country the dictionary holds
                return self._names_actor(actor.actor_id)
            # "The council said …" on a page that never names the council's country is not
            # the one council the dictionary holds
            return self._names_country(actor.country)
        name = next(
            (str(a.get("name") or "") for a in self.actors if a.get("actor_id") == actor.actor_id),
            "",
        )
        surname = name.split()[-1] if name.split() else ""
        return bool(surname) and re.search(rf"\b{re.escape(surname)}\b", self.text) is not None

    def _local_ministry(self, words: str, actor_id: str, country_hint: str | None) -> str | None:
        """The actor a ministry named as every state names one stands for on this page."""
        if _GENERIC_MINISTRY.fullmatch(words.strip()):
            # "the Ministry of Defence", "the Defence Department": every state has one; the
            # one of the country the sentence or the page is in ("In London, the Ministry of
            # Defence said"), never another's by its name alone
            local = country_hint or self.home
            if local is None:
                return None
            if self.by_id[actor_id].get("country") != local:
                found, _ = match_claimant(words, self.actors, country=local)
                if found is not None and self.by_id[found].get("country") != local:
                    return None
                return found
        if _SHARED_MINISTRY.fullmatch(words.strip()):
            local = country_hint or self.home
            country = self.by_id[actor_id].get("country")
            if (local is not None and country != local) or not self._names_country(country):
                return None  # Taiwan's "Ministry of National Defense", not Seoul's
        return actor_id

    def _names_country(self, code: object) -> bool:
        """Whether the page names the country ``code`` by one of its words."""
        return any(
            found == code and re.search(rf"(?i)(?<![\w-]){re.escape(word)}(?![\w-])", self.text)
            for word, found in COUNTRY_WORDS.items()
        )

    def _names_actor(self, actor_id: str | None) -> bool:
        """Whether the page writes one of the names the dictionary knows the actor by."""
        actor = self.by_id.get(actor_id) if actor_id else None
        if actor is None:
            return False
        if self._page_words is None:
            self._page_words = f" {norm_name(self.text)} "
        return any(f" {form} " in self._page_words for form in known_forms(actor))

    def _official_of_body_named_before(self, words: str) -> Claimant | None:
        """ "A senior Defense Ministry official said" after "Japan's defense ministry said":
        an unnamed official of a body the report named before speaks for that body (the
        words stay the official's)."""
        match = _OFFICIAL_OF.fullmatch(words)
        if match is None:
            return None
        body_words = match.group("body")
        tokens = _tokens_of(body_words)
        if not tokens or bloc_words(body_words):
            return None
        found = self._descriptor_named_before(body_words, set(tokens), tokens[-1])
        if found is None and self.home is not None and country_of(words) is None:
            # "a senior Defense Ministry official told The Hokuriku Shimbun" on a Tokyo page
            # that named no ministry before: the page's own country's body
            body = self._at_home(Claimant(f"the {body_words.strip()}"))
            found = body if body.actor_id is not None else None
        if found is None and country_of(words) is None:
            # "A ministry official said" right after South Korea's JCS: that country's body
            # (an official's body may be one word: "A ministry official")
            found = self._body_of_speakers_country(Claimant(f"the {body_words.strip()}"), 1)
        if found is None or found.actor_id is None or found.kind == "person":
            return None
        return Claimant(words, found.actor_id, found.country, found.kind)

    def _owned_descriptor(self, words: str) -> Claimant | None:
        """ "its spy agency told lawmakers" after South Korea's JCS: the one actor of the
        owner's country that the descriptor fits (the owner is the last party named that
        "it" or "they" can stand for)."""
        match = _OWNED.fullmatch(words)
        if match is None:
            return None
        pronoun = _POSSESSIVE_DETERMINERS[match.group(1).lower()]
        owner = next((c for c in reversed(self.history) if _agrees(pronoun, c)), None)
        if owner is None or owner.country is None:
            return None
        return self._one_body_of(words, owner.country, set(_tokens_of(match.group(2))))

    def _descriptor_actor(self, words: str, wanted: set[str]) -> Claimant | None:
        """The one actor whose name and description hold a descriptor's words."""
        fitting = [
            actor for actor in self.actors if wanted <= set(_tokens_of(_own_words_of(actor)))
        ]
        if len(fitting) != 1:
            return None
        actor = fitting[0]
        country = actor.get("country")
        return Claimant(
            words, str(actor.get("actor_id")), str(country) if country else None,
            str(actor.get("kind")),
        )  # fmt: skip

    def _document_before(self, words: str, head: str) -> list[Claimant] | None:
        """ "The latest intelligence report from X indicates …. It gives …. The intelligence
        also reveals …": a descriptor whose word opened a recent document subject is that
        document, so its author."""
        for lead, claimants in reversed(self.leads):
            named = [c for c in claimants if c.actor_id]
            if named and re.search(rf"(?i)\b{re.escape(head)}\b", lead):
                return [_carried(words, c) for c in named]
        return None

    def _document_stated_before(self, head: str) -> Claimant | None:
        """ "… the study by Olena Guseinova finds. … According to the estimates, …": the data
        a recent document stated (a claimant of the last few statements) are its own."""
        if head.rstrip("s") not in _DATA_OF_A_DOCUMENT:
            return None
        documents = [
            found
            for found in self.history[-4:]
            if any(w in DOCUMENT_NOUNS - DATA_NOUNS for w in _tokens_of(_core(found).words))
        ]
        # the one that names its author ("the study by Olena Guseinova") over a bare "the study"
        authored = [found for found in documents if len(_tokens_of(_core(found).words)) > 1]
        chosen = authored or documents
        return chosen[-1] if chosen else None

    def _introduction(self, head: str, start: int, pos: int) -> tuple[str, int, int] | None:
        """The latest words in ``[start, pos)`` introducing the document ``head`` names: its
        author's words, where the introduction starts and where it ends (before what the
        document states)."""
        found: tuple[str, int, int] | None = None
        for pattern in _DOCUMENT_AUTHOR:
            for match in pattern.finditer(self.text, start, pos):
                if _same_document(match.group("doc"), head) and (
                    found is None or match.start() > found[1]
                ):
                    found = (match.group("author"), match.start(), match.end())
        for match in _DOCUMENT_OF_SUBJECT.finditer(self.text, start, pos):
            if not _same_document(match.group("doc"), head):
                continue
            if found is not None and match.start() <= found[1]:
                continue
            stop = self.text.rfind(". ", 0, match.start())
            opening = max(stop + 2 if stop >= 0 else 0,
                          self.text.rfind("\n", 0, match.start()) + 1)  # fmt: skip
            np = _np_backward(self.text, opening, match.start(), [])
            if np is not None:
                found = (self.text[np[0] : np[1]], match.start(), match.end())
        return found

    def _document_introduced(
        self, head: str, pos: int
    ) -> tuple[Claimant, DateMention | None] | None:
        """Where the page introduced the document a definite subject names ("The letter puts
        …" after "a four-page letter from the Foreign Office, dated 12 February"; "The report
        says …" after "X published a report on Wednesday"): its author, with the date words
        of the sentence that introduced it. Only within the 1,500 characters before."""
        found = self._introduction(head, max(0, pos - 1500), pos)
        if found is None:
            return None
        author, at, ends = found
        if not re.search(r",[^,]*\s(?:and|or)\s", author):
            # "a letter from the Foreign Office, dated 12 February": the name before its
            # apposition (not "the United States, South Korea and nine other allies")
            author = re.sub(r"\s*,.*$", "", author).strip()
        begin, when = self._introducing_dates(at)
        # "A new report from X reveals that … in 2024": a date in what the document states
        # is the period it counts, not the day it came out
        stating = _DOCUMENT_STATES.match(self.text, ends)
        if stating is not None:
            when = [d for d in when if d.start < stating.end()]
        if author.lower() in REFERRING_PRONOUNS:
            # "X has estimated …, according to a report it submitted on Tuesday": the one who
            # stated in the sentence that introduced it
            introducing = self.text[begin:at]
            named_there = [c for c in self.history if c.words in introducing]
            if not named_there:
                return None
            # the sentence's subject: named first, in its longest form ("X (MON)", not "MON")
            named = min(named_there, key=lambda c: (introducing.find(c.words), -len(c.words)))
            return named, (when[0] if when else None)
        if not author:
            return None
        # the document's own date ("dated 12 February"), else one after it, else the first
        dated = [d for d in when if re.search(r"\bdated\s+$", self.text[begin : d.start])]
        after = [d for d in when if d.start >= at]
        # before the document, a year or a span is the period it counts ("a 21% fall from 2024
        # to 2025, …, according to a new report from X"), not the day it came out
        before = [d for d in when if d.precision != "year" and d.rule != "date.span"]
        # (data disclosed "…, from December 5 to January 13": the days after bare data are
        # the period they count, never when they came out)
        if head in _BARE_DATA:
            before = [d for d in before if d.start < at]
            after = []
        chosen = dated or after or before
        return self.claimant(author, None), (chosen[0] if chosen else None)

    def _introducing_dates(self, at: int) -> tuple[int, list[DateMention]]:
        """Where the sentence introducing a document at ``at`` begins, and its date words
        (never a "since August 2023", which bounds what the document counts)."""
        stop_before = self.text.rfind(". ", 0, at)
        begin = max(stop_before + 2 if stop_before >= 0 else 0, self.text.rfind("\n", 0, at) + 1)
        stop = len(self.text)
        newline = self.text.find("\n", at)
        if newline != -1:
            stop = newline
        for full_stop in re.finditer(r"\. (?!\d)", self.text[at:stop]):
            # "dated Nov. 28" goes on, as "submitted to Rep. Ahn on Sunday" does
            if not _TITLE_BEFORE_STOP.search(self.text, 0, at + full_stop.start()):
                stop = at + full_stop.start()
                break
        found = find_dates(self.text, self.pub, begin, stop, future=False)
        # (nor a date inside what the document is quoted as saying: "the MSMT said, 'Since
        # the North began supplying Russia in early September 2023, …'")
        quoted = quotations(self.text, begin, stop)
        # (nor the dateline the sentence opens with: "SEOUL, May 30 (UPI) -- …" is the day of
        # the dispatch, not of the document)
        dateline = _DISPATCH_OPENING.match(self.text, begin, stop)
        return begin, [
            d
            for d in found
            if d.rule != "date.since"
            and not any(q.start <= d.start < q.end for q in quoted)
            and not (dateline is not None and d.end <= dateline.end())
        ]

    def _refer_pronoun(
        self, words: str, frame: Frame, sentence: Span, dates: Sequence[DateMention]
    ) -> tuple[list[Claimant], DateMention | None, bool] | None:
        """ "it", "he", "she", "they": the sentence's own subject, else the latest claimant
        the pronoun agrees with, else the last claimants."""
        low = words.lower()
        enclosing = self._enclosing_claimant(frame, low)
        if enclosing is not None:
            return [_carried(words, enclosing)], None, True
        subject = self._sentence_subject(sentence, frame, dates)
        # "…, the JCS said on Tuesday, up from the roughly 20,000 it reported in January":
        # the speaker the sentence has just named, not the subject of what it said; "…
        # according to the study. Ukraine has sustained nearly 400,000 casualties, it added":
        # the speaker just quoted adds to what it said, of the subject it names
        speaker = self._speaker_before_in_sentence(frame, low) or self._adding_speaker(
            frame, low, subject[0] if subject is not None else None
        )
        if speaker is not None:
            return [_carried(words, speaker)], None, True
        if subject is not None and self._agrees(low, subject[0]):
            return [_carried(words, subject[0])], subject[1], True
        document = self._document_said_before(low)
        if document is not None:
            return [_carried(words, document)], None, True
        person = self._person_opening_last_sentence()
        if person is not None and low in {"he", "she"}:
            # "Ukraine's president, X, offered a higher figure. “…,” he wrote.": the person
            # the sentence before is about, though no verb of saying named them
            return [_carried(words, person)], None, True
        # "The Observatory, which …, said …. At least 17 … were also killed, it added.": the
        # body the sentence before found again by a descriptor; else an opening body
        previous = self._previous_descriptor(low)
        opening = (
            (previous, None)
            if previous is not None
            else (self._opening_for_it(frame) if low == "it" else None)
        )
        if opening is not None:
            return [_carried(words, opening[0])], opening[1], True
        named = self._named_for_pronoun(low, frame)
        if named is not None:
            return [_carried(words, named)], None, True
        return self._pronoun_fallback(words, frame)

    def _adding_speaker(
        self, frame: Frame, pronoun: str, subject: Claimant | None
    ) -> Claimant | None:
        """The one speaker of the statement before, when a closing "it added" goes on with it
        about a subject of its own."""
        if (
            subject is None
            or not frame.backward
            or frame.verb.strip().lower() not in {"added", "adds"}
            or len(self.last) != 1
            or not self._agrees(pronoun, self.last[0])
            or _same_party(self.last, [subject])
        ):
            return None
        return _core(self.last[0])

    def _one_of_two_named_before(self, sentence: Span, which: str) -> Claimant | None:
        """The person "the latter" (the last named) or "the former" (the first) stands for:
        among the persons the sentence before, or this one before the words, names."""
        start = self.last_sentence.start if self.last_sentence is not None else sentence.start
        names = [
            m.group(0)
            for m in _PERSON_NAME.finditer(self.text, start, sentence.end)
            if country_of(m.group(0)) is None
            and not {t.lower() for t in m.group(0).split()}
            & (ROLE_WORDS | BODY_NOUNS | set(MONTH_NAMES))
        ]
        if len(names) < 2:
            return None
        return self._party(names[-1] if which == "latter" else names[0], None)

    def _opening_for_it(self, frame: Frame) -> tuple[Claimant, DateMention | None] | None:
        """What "it" stands for when no claimant of its sentence does: the author of a
        document the sentence before opens with (with that sentence's date), else a body a
        sentence before opens with."""
        document = self._document_author_opening_before(frame)
        if document is not None:
            return document
        body = self._body_for_it(frame)
        return (body, None) if body is not None else None

    def _document_author_opening_before(
        self, frame: Frame
    ) -> tuple[Claimant, DateMention | None] | None:
        """ "A threat assessment published by the DIA last week goes further. It estimates
        …": "it" is the document the sentence before opens with, its author the claimant,
        dated by the date words of that sentence ("last week")."""
        text, pos = self.text, frame.np_start
        paragraph = text.rfind("\n", 0, pos) + 1
        own = text.rfind(". ", paragraph, pos)
        if own < 0:
            return None
        # the sentence before, from its start (a full stop inside a name, "U.S.", may split it)
        starts = [paragraph] + [m.end() for m in _STOP_THEN_CAPITAL.finditer(text, paragraph, own)]
        for start in reversed(starts[-3:]):
            opening = _DOCUMENT_BY_OPENING.match(text, start, own)
            stated = any(start <= st.frame.verb_start < own and st.claimants for st in self.before)
            if opening is not None and not stated:  # (a document that states is read so)
                found = find_dates(text, self.pub, start, own, future=False)
                when = next((d for d in found if d.rule != "date.since"), None)
                return self._party(opening.group("author"), None), when
        return None

    def _document_said_before(self, low: str) -> Claimant | None:
        """ "The report, which covers 2024, said …. It estimated …": "it" is the document
        the sentence before names as its speaker (its author the claimant)."""
        if low != "it":
            return None
        for statement in reversed(self.before):
            for claimant in statement.claimants:
                if _SINGULAR_DOCUMENT.match(claimant.words):
                    return _core(claimant)
        return None

    def _speaker_before_in_sentence(self, frame: Frame, low: str) -> Claimant | None:
        """The claimant of a frame closing earlier in the same sentence ("…, X said on
        Tuesday, up from the 20,000 it reported"), when the pronoun sits in a restatement of
        an earlier figure after it."""
        if not _AFTER_SPEAKERS_FRAME.search(self.text, max(0, frame.np_start - 60), frame.np_start):
            return None
        for statement in reversed(self.current):
            if statement.frame.verb_end <= frame.np_start and statement.claimants:
                claimant = _core(statement.claimants[0])
                if self._agrees(low, claimant):
                    return claimant
        return None

    def _previous_descriptor(self, low: str) -> Claimant | None:
        """The one claimant of the sentence just before, when it was resolved from a
        descriptor (so never became the last named claimant) and "it" agrees with it."""
        previous = next((st for st in reversed(self.before) if st.claimants), None)
        if (
            low != "it"
            or previous is None
            or len(previous.claimants) != 1
            or "continues_claimant" not in previous.flags
            # (a pronoun's referent is read again, not carried: "a figure it said …")
            or previous.frame.words.strip().lower() in REFERRING_PRONOUNS
        ):
            return None
        found = _core(previous.claimants[0])
        return found if self._agrees(low, found) else None

    def _named_for_pronoun(self, low: str, frame: Frame) -> Claimant | None:
        """The latest claimant named so far that the pronoun agrees with; a transcript's
        speaker never calls themselves "he" ("MELNYK: … He said …")."""
        speaker = _SPEAKER_LABEL.match(self.text, self._line_start(frame.np_start))
        for found in reversed(self.history):
            if low in {"he", "she"} and _core(found).words in self.relays:
                continue  # "…, Ukrinform reports. '…,' he said": the speaker, not the outlet
            if (
                speaker is not None
                and low in {"he", "she"}
                and _tokens_of(_core(found).words)[-1:]
                == _tokens_of(speaker.group(0).rstrip(": \t"))[-1:]
            ):
                continue
            if self._agrees(low, found):
                return found
        return None

    def _pronoun_fallback(
        self, words: str, frame: Frame
    ) -> tuple[list[Claimant], DateMention | None, bool] | None:
        """No claimant named so far agrees: for "it" the body a recent sentence opens with,
        for "he"/"she" the person a recent sentence is about ("A drone pilot counts bodies for
        a living. '…,' he says", with that sentence's date), else the last claimants."""
        low = words.lower()
        if low == "it":
            body = self._body_opening_before(frame.np_start)
            if body is not None:
                return [_carried(words, body)], None, True
        if low in {"he", "she"}:
            found_before = self._person_subject_before(frame.np_start)
            if found_before is not None:
                subject_person, (begin, end) = found_before
                when = find_dates(self.text, self.pub, begin, end, future=False)
                return [_carried(words, subject_person)], (when[0] if when else None), True
        if self.last:
            return [_carried(words, c) for c in self.last], None, True
        return None

    def _agrees(self, pronoun: str, claimant: Claimant) -> bool:
        """:func:`_agrees`, and a lone capitalised word that labels a line ("Pooler: Dana
        Okafor", "Pooler note: …") is no "he" or "she" unless the page also writes it as part
        of a full name ("Melnyk:" after "Oksana Melnyk")."""
        if not _agrees(pronoun, claimant):
            return False
        words = re.sub(r"\s*\([^)]*\)", "", _core(claimant).words).strip()
        if pronoun not in {"he", "she"} or not re.fullmatch(r"[A-Z][a-z’'-]+", words):
            return True
        if _core(claimant).kind == "person":
            return True
        if self._surname(words):
            return True
        if self._counts_as_place(words):
            return False  # "Sarawak recorded 1,102 cases, followed by Melaka (1,016)": a place
        return re.search(rf"(?m)^{re.escape(words)}(?:[ \t]+[a-z]+)?:", self.text) is None

    def _counts_as_place(self, words: str) -> bool:
        """Whether one capitalised word is ranked in the page as places are ("Sarawak
        recorded 1,102 cases, followed by Melaka (1,016)", "Johor (7,358)"; not an age in
        brackets, "Mr. Ri (26)")."""
        name = re.escape(words)
        ranked = (
            rf"\b{name}\s+\((?:\d{{1,3}}(?:,\d{{3}})+|\d{{3,}})\)"
            rf"|\b{name}\b[^.\n]{{0,60}}\bfollowed\s+by\b"
        )
        return re.search(ranked, self.text) is not None

    def _surname(self, words: str) -> bool:
        """Whether one capitalised word is part of a full name the page writes ("Lin" of
        "Lin Chien-hua"): a person named again by one word."""
        if not re.fullmatch(r"[A-Z][a-z’'-]+", words):
            return False
        if self.name_words is None:
            self.name_words = {
                word for name in _FULL_NAMES.findall(self.text) for word in name.split()
            }
        return words in self.name_words

    def _sentences_before(self, pos: int) -> list[tuple[int, int]]:
        """The three sentences before ``pos`` and the start of its own, nearest first, each
        from its subject on (a transcript's speaker label skipped)."""
        start = max(0, pos - 900)
        opens = [start] + [m.end() for m in _SENTENCE_OPENING.finditer(self.text, start, pos)]
        ends = [*opens[1:], pos]
        spans = []
        for begin, end in reversed(list(zip(opens, ends, strict=True))[-4:]):
            label = _SPEAKER_LABEL.match(self.text, begin, end)
            spans.append((label.end() if label is not None else begin, end))
        return spans

    def _named_body_opening(self, words: str, head: str, pos: int) -> Claimant | None:
        """ "The Royal United Services Institute (RUSI), which …, observed similar patterns. The
        think tank identified 27 shipments": a generic noun for a body the dictionary does not
        know, named in full opening the sentence before."""
        if head not in _GENERIC_BODY_NOUNS | _RESEARCH_BODY_NOUNS:
            return None
        for begin, end in self._sentences_before(pos)[:1]:
            found = _NAMED_BODY_OPENING.match(self.text, begin, end)
            if found is not None and _RESEARCH_BODY_NAME.search(found.group("np")):
                return _carried(words, Claimant(found.group("np")))
        return None

    def _body_subject_before(self, words: str, pos: int) -> Claimant | None:
        """A descriptor ("the agency") for the known body that is the subject of one of the
        three sentences before, when no statement named it ("South Korea's National
        Intelligence Service (NIS) went further. …, the agency said …"): the descriptor must
        fit the body's names, and a person is never one."""
        descriptor = _DESCRIPTOR.fullmatch(words)
        if descriptor is None:
            return None
        for found, actor in self._bodies_opening(pos):
            if descriptor_fits(descriptor.group(1), actor):
                return _carried(words, found)
        return None

    def _body_for_it(self, frame: Frame) -> Claimant | None:
        """ "South Korea's spy agency has given lower figures. In February, it told …": the
        body the sentence before opens with, though no verb of saying named it; in an
        excerpt ("The agency's account to the committee went further. …, it said"), a body
        named only by its noun."""
        body = self._body_opening_before(frame.np_start, sentences=2) if not self.before else None
        return body or self._described_body_opening(frame.np_start)

    def _described_body_opening(self, pos: int) -> Claimant | None:
        """A body named only by its noun ("The agency", "The ministry's figures") that opens
        the sentence before ``pos`` or its own, when no claimant named before fits "it"."""
        if any(self._agrees("it", c) for c in self.history):
            return None
        for begin, end in self._sentences_before(pos)[:2]:
            found = _DESCRIBED_BODY.match(self.text, begin, end)
            if found is not None:
                return Claimant(found.group("np"))
        return None

    def _body_opening_before(self, pos: int, sentences: int = 3) -> Claimant | None:
        """The known body (not a person) that opens one of the sentences before."""
        return next((found for found, _ in self._bodies_opening(pos, sentences, short=True)), None)

    def _bodies_opening(
        self, pos: int, sentences: int | None = None, *, short: bool = False
    ) -> Iterator[tuple[Claimant, Mapping[str, Any]]]:
        """The known bodies (not people) that open the sentences before ``pos``, nearest
        first, with their actors; ``short`` reads a short form of a claimant named before."""
        for begin, end in self._sentences_before(pos)[:sentences]:
            np = np_forward(self.text, begin, end)
            if np is None:
                continue
            found = self.claimant(self.text[np[0] : np[1]], None)
            if short:
                found = self._short_form(found)
            actor = self.by_id.get(found.actor_id) if found.actor_id else None
            if actor is not None and actor.get("kind") != "person":
                yield found, actor

    def _person_subject_before(self, pos: int) -> tuple[Claimant, tuple[int, int]] | None:
        """The person who is the subject of one of the three sentences before ``pos``, nearest
        first: a name set off after its role ("The directorate's spokesman, Vadym Ostapenko,
        went further"), else a subject that is a person ("A former army cook, now a
        baker, …"); a transcript's speaker label and an opening date are skipped."""
        for begin, end in self._sentences_before(pos):
            appositive = _OPENING_APPOSITION.match(self.text, begin, end)
            if appositive is not None and _person_like(Claimant(appositive.group("name"))):
                name = appositive.group("name")
                return self._short_form(self.claimant(name, None)), (begin, end)
            if _BYLINE.match(self.text, begin, end):
                continue  # "By Chen Yu-ting / Staff reporter": the writer, not a subject
            opening = _SCENE_OPENING.match(self.text, begin, end)
            # "On a frozen field outside X, a drone pilot … counts bodies": after the scene
            np = np_forward(self.text, opening.end() if opening else begin, end)
            words = self.text[np[0] : np[1]] if np is not None else ""
            # one capitalised word opening a sentence ("About 40 percent …") is no name here,
            # unless the page writes it in a full name ("Lin, who …" after "Lin Chien-hua")
            if (len(words.split()) > 1 or self._surname(words)) and _person_like(Claimant(words)):
                return self._short_form(self.claimant(words, None)), (begin, end)
            # (after the scene or day opening the sentence: "On Wednesday, the commander …")
            named = _OPENING_ROLE_NAME.match(self.text, opening.end() if opening else begin, end)
            if named is not None and _person_like(Claimant(named.group(0))):
                return self._short_form(self.claimant(named.group(0), None)), (begin, end)
            described = _PERSON_DESCRIBED.match(self.text, opening.end() if opening else begin, end)
            if described is not None:
                return self.claimant(described.group(0), None), (begin, end)
        return None

    def _enclosing_claimant(self, frame: Frame, pronoun: str) -> Claimant | None:
        """ "The union statement came after X estimated that 90 …, up from the 60 it reported
        in February": a pronoun inside the content of a statement of the same sentence stands
        for that statement's claimant, not for the sentence's subject."""
        before = [
            s
            for s in self.current
            if s.frame.kind == "subject"
            and not s.frame.backward
            and s.frame.verb_end <= frame.np_start
            and len(s.claimants) == 1
        ]
        if not before:
            return None
        nearest = max(before, key=lambda s: s.frame.verb_start)
        claimant = nearest.claimants[0]
        if claimant.words.lower() in REFERRING_PRONOUNS or not self._agrees(pronoun, claimant):
            return None
        return claimant

    def _person_opening_last_sentence(self) -> Claimant | None:
        """The named person who is the subject of the previous sentence, when it has no
        statement of its own ("Ukraine's president, X, offered a higher figure.")."""
        previous = self.last_sentence
        if previous is None or any(s.frame.kind != "carried" for s in self.before):
            return None
        start = previous.start
        adverbial = _OPENING_SETTING.match(self.text, start, previous.end)
        if adverbial is not None:
            start = adverbial.end()  # "At the meeting in Ramstein on 9 January, X gave …"
        appositive = _OPENING_APPOSITION.match(self.text, start, previous.end)
        np = np_forward(self.text, start, previous.end)
        if appositive is not None:
            words = appositive.group("name")
        elif np is not None:
            words = self.text[np[0] : np[1]]
        else:
            return None
        if not (names_person(words) or _FULL_NAME.search(words)):
            return None
        return self._short_form(self.claimant(words, None))

    def _words_of(self, claimant: Claimant) -> set[str]:
        """The words naming a claimant: its own, and its actor's name and description."""
        words = _core(claimant).words
        actor = self.by_id.get(claimant.actor_id) if claimant.actor_id else None
        if actor is not None:
            words += f" {_own_words_of(actor)}"
        return set(_tokens_of(words))

    def _after_opening(
        self, sentence: Span, frame: Frame, dates: Sequence[DateMention]
    ) -> tuple[int, DateMention | None]:
        """Where a sentence's subject starts, past its dateline and an opening date, dated
        adverbial or participle, with the opening's date."""
        text = self.text
        pos = sentence.start
        dateline = DATELINE.match(text, pos, sentence.end)
        if dateline is not None:
            pos = dateline.end()
        opening: DateMention | None = None
        for mention in dates:
            # "On Monday, …", "By Wednesday, …": the date opening the sentence, and its word
            leads = re.fullmatch(r"\s*(?:[A-Z][a-z]{1,6}\s+)?", text[pos : max(pos, mention.start)])
            if mention.start >= pos and leads and mention.end <= frame.np_start:
                opening = mention
                lead = re.match(r"\s*,?\s*", text[mention.end : frame.np_start])
                pos = mention.end + (lead.end() if lead else 0)
                break
        if opening is None:
            # "At the end of December, Sweden also released an estimate, but they …": an
            # opening adverbial holding a date, up to its comma
            adverbial = _OPENING_DATED_ADVERBIAL.match(text, pos, frame.np_start)
            dated = next(
                (m for m in dates if adverbial and pos <= m.start and m.end <= adverbial.end()),
                None,
            )
            if adverbial is not None and dated is not None:
                opening, pos = dated, adverbial.end()
            # "Addressing the gathering, Kim welcomed …, acknowledging what he described as":
            # the subject after a participle setting the scene
            participle = _OPENING_PARTICIPLE.match(text, pos, frame.np_start)
            if opening is None and participle is not None:
                pos = participle.end()
        return pos, opening

    def _sentence_subject(
        self, sentence: Span, frame: Frame, dates: Sequence[DateMention]
    ) -> tuple[Claimant, DateMention | None] | None:
        """The subject of the sentence's main clause when it precedes the frame ("The X
        Institute, a think tank, was more cautious …: …, it wrote"; "Today a research group,
        the Y Forum, published images that it said showed …"), with the date of that clause."""
        text = self.text
        pos, opening = self._after_opening(sentence, frame, dates)
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
            set(tokens) & ROLE_WORDS
            or len(capitals) >= 2
            # "Sweden also released an estimate, but they estimated …": one name as subject
            or (len(capitals) == 1 and capitals[0] == words and _OPENS_ON_A_VERB.match(text, np[1]))
        ):
            return None
        date_of_clause = opening
        if date_of_clause is None:
            date_of_clause = next(
                (m for m in dates if np[1] <= m.start and m.end <= frame.np_start), None
            )
        # "The MND also said …, above the 5 million it cited": the subject's short form;
        # "The directorate had first warned …, when it reported": the body named before
        subject = self._short_form(self.claimant(words, None))
        if subject.actor_id is None and _DESCRIPTOR.fullmatch(words):
            subject = self._named_before(words) or subject
        return subject, date_of_clause

    def _named_before(self, words: str) -> Claimant | None:
        """The latest existing actor named before whose words hold a descriptor's ("the
        directorate" after "Ukraine's military intelligence directorate (HUR)")."""
        wanted = set(_tokens_of(words))
        for found in reversed(self.history):
            if found.actor_id and wanted <= self._words_of(found):
                return _carried(words, found)
        return None

    # --- candidates --------------------------------------------------------------------------

    def _remember(
        self, sentence: Span, statements: Sequence[Statement], dates: Sequence[DateMention]
    ) -> None:
        """Keep what a following undated statement may continue."""
        text = self.text
        for statement in statements:
            # a recalled estimate ("the NIS's own figure of about 3,000 in January") is no
            # occasion a later "It also said" continues
            if statement.stated[0] is not None and not _earlier_statement(statement):
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
                    claimant = self.claimant(text[np[0] : np[1]], None)
                    self.previous = _Context(
                        [claimant],
                        (dates[0].date_start, dates[0].date_end, dates[0].precision),
                        dates[0].text,
                    )
                    return
        if statements and all(_earlier_statement(s) for s in statements):
            return  # a sentence that only recalls estimates leaves the occasion as it was
        self.previous = _Context(statements[-1].claimants if statements else [], None, None)


def party_date(
    statements: Sequence[Statement], speaker: Claimant
) -> tuple[tuple[date | None, date | None, str], str | None] | None:
    """The date of the speaker's latest dated statement among ``statements`` (in reading
    order), with its words: "X told reporters on Wednesday:" dates the bite labelled with X
    below it."""
    for statement in reversed(statements):
        if statement.stated[0] is not None and _same_party([speaker], statement.claimants):
            return statement.stated, statement.stated_text
    return None


def frame_zone(frame: Frame) -> Span:
    """The words of a frame: its claimant and its verb."""
    return Span(min(frame.np_start, frame.verb_start), max(frame.np_end, frame.verb_end))
