"""Connect a new report to the dataset: its claimants to existing actors, its claims to
existing events. Stdlib only (``propose`` stays pandas-free).

Claimants (:func:`match_claimant`, a drop-in for ``attribution.match_actor``):

1. the claimant's words, normalised (lower case, no possessive ``'s``, no leading "the",
   "defence" = "defense", "U.S." = "US"), equal an actor's name or one of its ``aliases``
   (names, acronyms, descriptions such as "South Korea's spy agency") or a body's
   :func:`initials` ("NIS" for the "National Intelligence Service"; a Ukrainian "HUR" is
   also "GUR") → that actor;
2. words that name a person (:func:`named_person`: a name after a title in any case,
   "Japan's Defense Minister Kenji Arakawa", or before its role, "Lee Sung-hoon, the NIS
   official") → the known person whose surname they carry, else nobody: a body's
   spokesman is not the body, another person is not its head; an unnamed official of a
   body ("a senior State Department official", "an NIS official") → the body, when the
   words name more than a country;
3. the words without their country ("the defence ministry", with the sentence's country
   South Korea; "Seoul's spy service") equal the country-less form of a name or alias of
   an actor of that country, or of a body's description that reads as a name ("South
   Korea's intelligence agency", for actor lists without aliases; a spy or intelligence
   service or agency is one form); words with no country that only one actor's names
   carry ("the spy agency") → that actor;
4. "the Ukrainian government": the state of that country; a name's content words in
   another order ("Ukraine's Main Intelligence Directorate" for the "Main Directorate of
   Intelligence of Ukraine"), for one body of the words' country; else the longest name or
   alias the words contain ("state media KCNA", "Ukraine's military intelligence agency
   HUR"), unless it names another country than the actor's;
5. otherwise ``match_actor``'s looser rules (role words, words of a name), kept only when
   the match fits: the actor's country, a state only for its own name, a body only when
   the words' head noun ends one of its names and their other words occur in its names
   ("Russia's foreign ministry" is not its defence ministry).

Within a report, :func:`same_body` tells the names of one new actor apart from others
("Kim Yong-hyun" and "Kim", in either order; "the Korea Institute for Defense Analyses
(KIDA)" and "KIDA"), :func:`descriptor_fits` whether a later descriptor ("the spy agency")
can stand for an actor named before, and :func:`parent_of` finds the known body a new
claimant belongs to ("a Pentagon spokeswoman" → the Pentagon).

Events (:func:`link_event`): an existing event of the claim's type is *linked* (the
candidate's ``event_id`` is filled, the reason in ``flags``) when it is confidently the same
happening, and otherwise at most *suggested* (``suggested_event:<id>``):

- a **running total**: the event is a cumulative quantity (``date_kind`` ``as_of`` and a
  counted type: casualties, troops deployed, munitions or weapons shipped) and the claim
  gives a number, whatever its date, that counts the **same quantity**
  (:data:`QUANTITY_FAMILIES`: "died", "losses" and "killed or wounded" are casualties;
  troops, soldiers and personnel the force; shells; containers), or, for an event whose
  summary counts no known quantity, names its item. What a figure counts is read from its
  own words (``figure``: "of the 11,000 troops sent, some 4,000 were killed": troops, then
  the dead); a counted noun carried from another sentence is no quantity. A shared place
  or subject alone is a suggestion. Not when the figure is one incident ("in one assault",
  "over the weekend", "near the village of …"), a part of a period ("in October alone"),
  another place ("in the Hillside region"), another side's soldiers, another quantity
  ("two soldiers captured", "32 freight trains"; the wounded taken alive are prisoners),
  people moved ("200 wounded flown home", "pulled back"), one group's size ("in lines of 40
  or 50 men"), a few shown in pictures ("photographs of 3 dead soldiers"), a force's size at
  home ("peacetime strength") or a unit's own size ("an elite unit … at about 45,000 men"),
  another side's force ("a Russian force of some 50,000 troops"), a figure more than ten
  times off the estimates already coded
  on the total, a prediction or rate ("could send", "each"), or, for dispatches and
  shipments, an increment ("3,000 more troops", "a second contingent",
  "reinforcements", "sent in December", "to replace the dead"; "sent since October" is
  a total; more dead still add to the toll). A figure whose own words count another
  cumulative quantity than its type ("put the toll at 4,000" typed as troops) has that
  running total as its first suggestion, never linked across types;
- the **same happening**: same type, overlapping dates, and the claim's words share the
  event's place or item (or most of its summary's content words);
- a **state that still holds**: the event holds *as of* a date ("Russia is issuing fake
  documents"), and the claim, whatever its date, shares its place, item or subject, and
  counts nothing else than the event does ("troops still fighting in Kursk" are no state
  of the Kursk toll).

A shared item needs two of the item's words when it has two ("artillery" alone is not "170
mm self-propelled artillery").

A curator undoes a link by setting the candidate's ``event_id`` to null (or to another event)
before ``timeline accept``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from typing import Any

from timeline.curation.attribution import COUNTRY_WORDS, country_of, match_actor, names_person
from timeline.curation.events import as_date, figure_context, without_purpose
from timeline.curation.reading import folded_letters
from timeline.curation.vocabulary import (
    BODY_NOUNS,
    DESCRIPTOR_SYNONYMS,
    DOCUMENT_NOUNS,
    GENERIC_PEOPLE,
    PERSON_ROLES,
    ROLE_WORDS,
    SURNAME_TITLES,
    alternation,
    bloc_words,
)

__all__ = [
    "EventLink",
    "alias_list",
    "descriptor_fits",
    "initials",
    "known_forms",
    "link_event",
    "match_claimant",
    "named_person",
    "names_unnamed_official",
    "norm_name",
    "parent_of",
    "person_parts",
    "same_body",
]


#: Spelling variants folded before names are compared (British/American, abbreviations).
def _word_set(text: str) -> frozenset[str]:
    """A set of words written as one string, one word per whitespace."""
    return frozenset(text.split())


_VARIANTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"\bu\.\s?s\.(?=\s|$)", "us"),
        (r"\bu\.\s?k\.(?=\s|$)", "uk"),
        (r"\bdefence\b", "defense"),
        (r"\borganisation\b", "organization"),
        (r"\bcentre\b", "center"),
        (r"\bzelensk(?:y|iy|yi|i)\b", "zelenskyy"),
        # one kind of body, named four ways: "spy service", "intelligence agency", …
        (r"\b(?:spy|intelligence)\s+(?:service|agency)\b", "intelligence agency"),
    )
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+")
_COUNTRY_PREFIX = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(COUNTRY_WORDS, key=len, reverse=True)) + r")\s+"
)


_COUNTRY_ANYWHERE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted({*COUNTRY_WORDS, "us", "uk"}, key=len, reverse=True))
    + r")(?![\w-])"
)


@lru_cache(maxsize=8192)
def norm_name(words: str) -> str:
    """A name as compared: lower case, no possessive, no punctuation, no leading article
    (cached: the same names are compared with every actor of the dictionary)."""
    text = folded_letters(words).replace("’", "'").lower().strip()
    for pattern, repl in _VARIANTS:
        text = pattern.sub(repl, text)
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text)  # "special-operations forces"
    text = re.sub(r"\s+", " ", text).strip()
    return _ARTICLE.sub("", text)


def alias_list(actor: Mapping[str, Any]) -> list[str]:
    """The actor's aliases as a list (the column holds them ';'-separated)."""
    value = actor.get("aliases")
    if value is None:
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split(";") if a.strip()]
    return [str(a).strip() for a in value if str(a).strip()]


def known_forms(actor: Mapping[str, Any]) -> set[str]:
    """Every normalised form the actor is known by: its name with and without the
    parenthesised acronym, the acronym, and its aliases."""
    name = str(actor.get("name") or "")
    forms = {norm_name(_without_brackets(name)), norm_name(name)}
    forms |= {norm_name(a) for a in re.findall(r"\(([^)]+)\)", name)}
    forms |= {norm_name(a) for a in alias_list(actor)}
    if actor.get("kind") not in {"person", "state"}:
        forms |= initials(name)
    if actor.get("country") == "UKR":
        # Ukrainian "Г" is written H or G: HUR and GUR are one directorate
        forms |= {"g" + f[1:] for f in forms if re.fullmatch(r"h[a-z]{2,5}", f)}
    return {f for f in forms if f}


#: Words a body's acronym skips ("Institute for the Study of War" is ISW).
_ACRONYM_SKIPS = frozenset({"of", "the", "for", "and", "on", "in", "to", "at", "de"})


def initials(name: str) -> set[str]:
    """The acronyms a body's name stands behind, in lower case: its words' initials
    ("National Intelligence Service" → "nis"), also without a closing "of <country>"
    ("Joint Chiefs of Staff of South Korea" → "jcs"). Only three letters or more, so that
    two-letter initials never stand for a body."""
    bare = _without_brackets(name)
    words = re.findall(r"[A-Za-z][\w’'-]*", bare)
    variants = [words]
    for cut in range(len(words) - 1, 0, -1):
        if words[cut].lower() == "of" and country_of(" ".join(words[cut + 1 :])):
            variants.append(words[:cut])
            break
    found = set()
    for variant in variants:
        kept = [w for w in variant if w.lower() not in _ACRONYM_SKIPS]
        if len(kept) >= 3 and all(w[0].isupper() for w in kept):
            found.add("".join(w[0] for w in kept).lower())
    return found


def _without_country(form: str) -> str:
    return _COUNTRY_PREFIX.sub("", form)


def _described_stem(actor: Mapping[str, Any]) -> str | None:
    """A body's description read as a name when it is one ("South Korea's intelligence
    agency", "Japan's defence ministry"): its words after the country, up to a comma; for
    actor lists that carry no aliases. Persons, states and descriptions that do not open
    with a country ("Unnamed … authorities", "Cited as a whole") give none."""
    if actor.get("kind") in {"person", "state"}:
        return None
    head = re.split(r",|\s+as\s+|\s+under\s+", str(actor.get("description") or ""))[0]
    form = norm_name(head)
    stem = _without_country(form)
    return stem if stem != form and len(stem.split()) >= 2 else None


@dataclass(frozen=True)
class _Index:
    """Actors by their forms, built once per actors sequence."""

    exact: dict[str, set[str]]
    stems: dict[tuple[str, str], set[str]]  # (country, form without country) -> ids
    forms: list[tuple[str, str]]  # (form, actor_id), longest first
    by_id: dict[str, Mapping[str, Any]]
    listed: list[dict[str, Any]]  # the actors with their alias lists, for match_actor
    #: match_claimant's answers by (words, country hint)
    matched: dict[tuple[str, str | None], tuple[str | None, float]] = field(default_factory=dict)


_CACHE: dict[int, tuple[Sequence[Mapping[str, Any]], _Index]] = {}
#: Indexes by the actors' content: each report's copy of one dictionary shares one index.
_BY_CONTENT: dict[tuple[Any, ...], _Index] = {}


def _content(actors: Sequence[Mapping[str, Any]]) -> tuple[Any, ...]:
    return tuple(tuple(sorted((k, str(v)) for k, v in a.items())) for a in actors)


def _index(actors: Sequence[Mapping[str, Any]]) -> _Index:
    cached = _CACHE.get(id(actors))
    if cached is not None and cached[0] is actors:
        return cached[1]
    key = _content(actors)
    shared = _BY_CONTENT.get(key)
    if shared is not None:
        _remember(actors, shared)
        return shared
    exact: dict[str, set[str]] = {}
    stems: dict[tuple[str, str], set[str]] = {}
    forms: list[tuple[str, str]] = []
    by_id: dict[str, Mapping[str, Any]] = {}
    for actor in actors:
        actor_id = str(actor.get("actor_id"))
        by_id[actor_id] = actor
        country = str(actor.get("country") or "")
        for form in known_forms(actor):
            exact.setdefault(form, set()).add(actor_id)
            forms.append((form, actor_id))
            stem = _without_country(form)
            if country and stem != form and len(stem.split()) >= 2:
                stems.setdefault((country, stem), set()).add(actor_id)
        described = _described_stem(actor)
        if country and described:
            stems.setdefault((country, described), set()).add(actor_id)
    forms.sort(key=lambda item: (-len(item[0]), item[1]))
    listed = [{**a, "aliases": alias_list(a)} for a in actors]
    index = _Index(exact, stems, forms, by_id, listed)
    if len(_BY_CONTENT) > 8:
        _BY_CONTENT.clear()
    _BY_CONTENT[key] = index
    _remember(actors, index)
    return index


def _remember(actors: Sequence[Mapping[str, Any]], index: _Index) -> None:
    if len(_CACHE) > 8:
        _CACHE.clear()
    _CACHE[id(actors)] = (actors, index)


def _one(ids: set[str], index: _Index, country: str | None) -> str | None:
    """The one actor of ``ids``; of several, the one of ``country`` (None if still several)."""
    if len(ids) == 1:
        return next(iter(ids))
    if country:
        mine = {i for i in ids if index.by_id[i].get("country") == country}
        if len(mine) == 1:
            return next(iter(mine))
    return None


def _contains(words: str, form: str) -> bool:
    """Whether ``form`` occurs in ``words`` as whole words (a plain substring test first: most
    forms are not there at all, and this runs for every form of every actor)."""
    return form in words and _whole_form(form).search(words) is not None


@lru_cache(maxsize=4096)
def _whole_form(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(form)}(?![\w-])")


def match_claimant(
    words: str, actors: Sequence[Mapping[str, Any]], *, country: str | None = None
) -> tuple[str | None, float]:
    """The ``actor_id`` the claimant's words name, with a score (None, 0.0 when none fits);
    the rules are in the module's docstring. Remembered per dictionary: the same words recur
    from report to report ("the NIS", "South Korea's spy agency")."""
    if not actors:
        return None, 0.0
    memo = _index(actors).matched
    key = (words, country)
    if key not in memo:
        memo[key] = _match_claimant(words, actors, country=country)
    return memo[key]


def _match_claimant(
    words: str, actors: Sequence[Mapping[str, Any]], *, country: str | None = None
) -> tuple[str | None, float]:
    words = _placed(words)
    norm = norm_name(words)
    own_country = country_of(words)
    if not norm or not actors:
        return None, 0.0
    index = _index(actors)
    hint = own_country or country
    found = index.exact.get(norm)
    if found:
        chosen = _one(found, index, hint)
        if chosen:
            return chosen, 1.0
    if named_person(words) is not None:
        return _person(norm, index, own_country)
    unnamed = _unnamed(words, actors, index, country, own_country)
    if unnamed is not None:
        return unnamed
    by_stem = _by_stem(norm, index, hint, own_country, proper_name=_in_capitals(words))
    if by_stem[0] is not None:
        return by_stem
    other = (
        _state_as_government(norm, index, own_country)
        or _ministers_ministry(words, norm, index)
        or _by_word_set(words, index, hint)
        or _by_contained_form(norm, index, own_country)
    )
    if other is not None:
        return other, 0.9
    loose, score = match_actor(words, index.listed, country=country)
    if loose is None or not _fits(norm, index.by_id[loose], own_country):
        return _documents_author(words, actors, country)
    return loose, score


def _documents_author(
    words: str, actors: Sequence[Mapping[str, Any]], country: str | None
) -> tuple[str | None, float]:
    """ "a Finnish finance ministry assessment": the body whose document it is."""
    document = _AUTHORS_DOCUMENT.fullmatch(words.strip())
    # (a body named in the author's words: "a Russian report" is no one body's)
    if document is None or not set(document["author"].lower().split()) & BODY_NOUNS:
        return None, 0.0
    return match_claimant(document["author"], actors, country=country)


#: A document named by its author's words before it ("a Finnish finance ministry assessment";
#: not "Kyiv's intelligence", a service's name).
_AUTHORS_DOCUMENT = re.compile(
    rf"(?:(?:an?|the)\s+)?(?P<author>.+?)\s+(?:{alternation(DOCUMENT_NOUNS - {'intelligence'})})",
    re.IGNORECASE,
)


#: An unnamed official of a body ("A senior U.S. Defense Department official", "an NIS
#: official"): the body's words, which must say more than a country ("U.S. officials" are
#: not one body).
_UNNAMED_OFFICIAL = re.compile(
    r"(?:(?:an?|the|one|two|three|several|some)\s+)?"
    r"(?:(?:senior|top|high-ranking|high|ranking|unnamed|anonymous|other|second|another)\s+)*"
    # "a State Department official", "a senior official at the State Department"
    r"(?:(?P<body>.+?)\s+officials?|officials?\s+(?:at|of|for|from|with|in)\s+(?P<after>.+))",
    re.IGNORECASE,
)


#: An unnamed spokesperson and the body they speak for ("a spokeswoman for the ministry").
_UNNAMED_SPOKESPERSON_FOR = re.compile(
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+(?:for|of)\s+(?P<body>.+)",
    re.IGNORECASE,
)


def names_unnamed_official(words: str) -> bool:
    """Whether the words are an unnamed official of a body ("a senior Pentagon official",
    "an official at the ministry"), who speaks for the body; a spokesperson is not one."""
    return _UNNAMED_OFFICIAL.fullmatch(words.strip()) is not None


def _unnamed(
    words: str,
    actors: Sequence[Mapping[str, Any]],
    index: _Index,
    country: str | None,
    own_country: str | None,
) -> tuple[str, float] | None:
    """A known person named by role alone ("Kyiv's intelligence chief"), the body an unnamed
    spokesperson speaks for ("a spokesman for Finland's finance ministry"), or the body an
    unnamed official speaks for ("a senior U.S. Defense Department official", "an official
    at the NIS", "a US defence official")."""
    holder = _role_holder(words, index, own_country)
    if holder is not None:
        return holder, 0.8
    spokesperson = _UNNAMED_SPOKESPERSON_FOR.fullmatch(words.strip())
    if spokesperson is not None:
        # "a spokesman for Finland's finance ministry": the body the spokesperson speaks for
        body, score = match_claimant(spokesperson["body"], actors, country=country)
        return (body, score) if body is not None else None
    official = _UNNAMED_OFFICIAL.fullmatch(words.strip())
    body_words = (official["body"] or official["after"]) if official is not None else ""
    if not body_words or not _COUNTRY_ANYWHERE.sub(" ", norm_name(body_words)).strip():
        return None
    if bloc_words(body_words):
        return None  # "a senior Western intelligence official": no one country's service
    body, score = match_claimant(body_words, actors, country=country)
    if body is None:
        body, score = _by_subject(body_words, index), 0.8
    if body is None or index.by_id[body].get("kind") == "person":
        return None
    return body, min(score, 0.9)


#: "the South's spy agency", "the defence ministry in Seoul": the country said another way.
_THE_KOREA = re.compile(r"^(?:the\s+)?(South|North)(?=[’']s\b)", re.IGNORECASE)
_IN_CAPITAL = re.compile(
    r"^(?:the\s+)?(?P<body>.+?)\s+in\s+(?P<capital>Seoul|Kyiv|Kiev|Tokyo|Moscow|Washington"
    r"|Pyongyang)$"
)


def _placed(words: str) -> str:
    """Words with their country where names expect it: "the South's" → "South Korea's" (in
    this subject the two Koreas are "the South" and "the North"), "the defence ministry
    in Seoul" → "Seoul's defence ministry"."""
    text = _THE_KOREA.sub(lambda m: f"{m.group(1).capitalize()} Korea", words.strip())
    placed = _IN_CAPITAL.match(text)
    if placed is not None and re.search(r"\b(?:ambassador|envoy)\b", placed.group("body"), re.I):
        placed = None  # "Kyiv's ambassador in Washington": where the envoy is posted, not whose
    if placed is not None and not named_person(placed.group("body")):
        text = f"{placed.group('capital')}'s {placed.group('body')}"
    return text


#: Who speaks for a state as a whole, unnamed and wherever posted: an envoy ("Kyiv's
#: ambassador in Washington", "Russia's deputy representative to the UN") or the government's
#: spokesperson ("Japan's top government spokesman"); the place is taken out with the
#: country words. An embassy is a body of its own (the link gold's convention).
_SPEAKS_FOR_STATE = re.compile(
    r"(?:(?:deputy|permanent|first|top|chief)\s+)*"
    r"(?:ambassador|envoy|representative|government"
    r"|government\s+spokes(?:man|woman|person))(?:\s+(?:in|to|at)\b.*)?"
)
#: A minister named by office alone ("South Korea's defence minister"): their ministry.
_MINISTER = re.compile(r"(?P<subject>\w+)\s+minister")


def _state_as_government(norm: str, index: _Index, own_country: str | None) -> str | None:
    """ "the Ukrainian government", "Japan's government", "Kyiv's ambassador in Warsaw" (an
    envoy, unnamed, speaks for the state): the state cited as a whole, when the list holds it
    (an actor named so, such as a cabinet office, matched before)."""
    rest = " ".join(_COUNTRY_ANYWHERE.sub(" ", norm).split())
    if own_country is None or not _SPEAKS_FOR_STATE.fullmatch(rest):
        return None
    states = [
        actor_id
        for actor_id, actor in index.by_id.items()
        if actor.get("kind") == "state" and actor.get("country") == own_country
    ]
    return states[0] if len(states) == 1 else None


_OFFICE = ("description", "role")


def names_office_holder(words: str) -> bool:
    """Whether the words are a person named by office alone, whom the list links to the
    body they speak for ("Ukraine's defence minister", "Japan's top government
    spokesman"): a person speaking, not the body."""
    rest = " ".join(_COUNTRY_ANYWHERE.sub(" ", norm_name(words)).split())
    office = _MINISTER.fullmatch(rest)
    if office is not None:
        return office["subject"] in _SUBJECTS
    # an envoy or a spokesperson, not "the government" itself
    return _SPEAKS_FOR_STATE.fullmatch(rest) is not None and rest != "government"


def _ministers_ministry(words: str, norm: str, index: _Index) -> str | None:
    """ "Ukraine's defence minister", unnamed and not in the list: the one ministry of that
    country whose name or an alias holds the subject, which the minister speaks for."""
    office = _MINISTER.fullmatch(" ".join(_COUNTRY_ANYWHERE.sub(" ", norm).split()))
    country = country_of(words)
    if office is None or office["subject"] not in _SUBJECTS or country is None:
        return None
    wanted = {office["subject"], "minister"}
    if any(
        actor.get("kind") == "person"
        and actor.get("country") == country
        and any(wanted <= set(norm_name(str(actor.get(k) or "")).split()) for k in _OFFICE)
        for actor in index.by_id.values()
    ):
        return None  # the minister is in the list: matched by their office below
    found = {
        actor_id
        for actor_id, actor in index.by_id.items()
        if actor.get("country") == country
        and any(
            {office["subject"], "ministry"} <= set(norm_name(name).split())
            for name in (str(actor.get("name") or ""), *alias_list(actor))
        )
    }
    return next(iter(found)) if len(found) == 1 else None


def _by_stem(
    norm: str, index: _Index, hint: str | None, own_country: str | None, *, proper_name: bool
) -> tuple[str | None, float]:
    """Rule 3: the words without their country are a country-less name of an actor of the
    words' (or the sentence's) country, or of one actor only when they name no country."""
    stem = _without_country(norm)
    stemmed = index.stems.get((hint, stem)) if hint else None
    if stemmed:
        chosen = _one(stemmed, index, hint)
        if chosen:
            return chosen, 0.95
    if own_country is None and stem == norm and not proper_name:
        # "the spy agency": a description that only one actor's names carry, whatever its
        # country ("South Korea's spy agency"); ambiguous ones ("the ministry") stay open;
        # a name in capitals the list lacks ("the Defense Intelligence Agency") is a body of
        # its own, whoever's description shares its words
        anywhere = set().union(*(ids for (_, s), ids in index.stems.items() if s == stem))
        if hint is not None:
            # "the Defense Intelligence Agency" in a sentence about Seoul: not Kyiv's
            anywhere = {a for a in anywhere if index.by_id[a].get("country") in {hint, None}}
        # (a person by office alone, "the prime minister", is whoever the report named)
        anywhere = {a for a in anywhere if index.by_id[a].get("kind") != "person"}
        if len(anywhere) == 1:
            return next(iter(anywhere)), 0.85
    return None, 0.0


def _in_capitals(words: str) -> bool:
    """Whether words are a name in capitals of two or more words ("the Defense Intelligence
    Agency"), not a description ("the spy agency", "Spy agency" opening a headline)."""
    content = [w for w in re.sub(r"\([^)]*\)", " ", words).split() if w.lower() not in _SMALL_WORDS]
    return len(content) >= 2 and all(w[:1].isupper() for w in content)


def _name_words(text: str) -> frozenset[str]:
    """A name's content words, in any order: no country, parenthesised acronym or small
    word ("Ukraine's Main Intelligence Directorate (GUR)" and "Main Directorate of
    Intelligence of Ukraine (HUR)" have the same)."""
    bare = _COUNTRY_ANYWHERE.sub(" ", norm_name(_without_brackets(text)))
    return frozenset(w for w in bare.split() if w not in _SMALL_WORDS)


#: The subject words of a ministry or service named by its country and subject alone ("a US
#: defence official", "a Japanese foreign ministry official").
_SUBJECTS = frozenset({"defense", "foreign", "intelligence", "interior", "justice"})


def _by_subject(words: str, index: _Index) -> str | None:
    """The one body of the words' country whose name or alias holds their one subject word
    ("US defence" → the Department of Defense), for an unnamed official's body."""
    words = re.sub(r"\bUS\b", "U.S.", words)  # upper case: the country, not "us"
    country = country_of(words)
    rest = _COUNTRY_ANYWHERE.sub(" ", norm_name(words)).split()
    if country is None or len(rest) != 1 or rest[0] not in _SUBJECTS:
        return None
    subject = rest[0]  # norm_name has made "defence" "defense"
    found = {
        actor_id
        for actor_id, actor in index.by_id.items()
        if actor.get("kind") not in {"person", "state"}
        and actor.get("country") == country
        and any(
            subject in norm_name(name).split()
            for name in (str(actor.get("name") or ""), *alias_list(actor))
        )
    }
    return next(iter(found)) if len(found) == 1 else None


#: The head of a body named by role, not by name ("Kyiv's intelligence chief", "Ukraine's
#: spy chief", "the head of Seoul's spy agency").
_ROLE_HEADS = frozenset({"chief", "head", "director", "commander"})


def _role_holder(words: str, index: _Index, own_country: str | None) -> str | None:
    """The one known person of the words' country whose name, aliases or description hold
    every content word of a role ("Kyiv's intelligence chief" → the person known as
    "Ukraine's military intelligence chief")."""
    if own_country is None:
        return None
    content = {
        DESCRIPTOR_SYNONYMS.get(w, w)
        for w in _COUNTRY_ANYWHERE.sub(" ", norm_name(words)).split()
        if w not in {"the", "of", "s"}
    }
    if not content & _ROLE_HEADS or len(content) < 2:
        return None
    found = set()
    for actor_id, actor in index.by_id.items():
        if actor.get("kind") != "person" or actor.get("country") != own_country:
            continue
        forms = [str(actor.get("description") or ""), *alias_list(actor)]
        for form in forms:
            have = {DESCRIPTOR_SYNONYMS.get(w, w) for w in norm_name(form).split()}
            if content <= have:
                found.add(actor_id)
    return next(iter(found)) if len(found) == 1 else None


def _by_word_set(words: str, index: _Index, hint: str | None) -> str | None:
    """The one body of the words' (or the sentence's) country whose name or alias has the
    same content words, in another order, when they are at least three."""
    wanted = _name_words(words)
    if len(wanted) < 3:
        return None
    found = set()
    for actor_id, actor in index.by_id.items():
        if actor.get("kind") in {"person", "state"}:
            continue
        if hint and actor.get("country") and actor.get("country") != hint:
            continue
        names = [str(actor.get("name") or ""), *alias_list(actor)]
        if not hint:
            # no country said or known: "the Defense Intelligence Agency" is not "Ukraine's
            # defence intelligence agency", only a name that carries no country is
            names = [n for n in names if not _COUNTRY_ANYWHERE.search(norm_name(n))]
        if any(_name_words(name) == wanted for name in names):
            found.add(actor_id)
    return next(iter(found)) if len(found) == 1 else None


def _by_contained_form(norm: str, index: _Index, own_country: str | None) -> str | None:
    """Rule 4: the body whose longest name or alias the words contain."""
    for form, actor_id in index.forms:
        if len(form) < 3 or not _contains(norm, form):
            continue
        actor = index.by_id[actor_id]
        kind = actor.get("kind")
        if kind == "person":
            continue  # people were matched above, by their name
        if kind == "state" and norm != form:
            continue  # "South Korea's spy agency" is not South Korea itself
        if own_country and actor.get("country") and actor.get("country") != own_country:
            continue  # "Russia's General Staff" is not Ukraine's
        return actor_id
    return None


#: Words that say who within a body speaks, not which body it is.
_SPEAKER_WORDS = _word_set(
    """official officials senior top spokesman spokeswoman spokesperson spokespeople source
    sources unnamed two three several some its their government authorities leadership"""
)


def _fits(norm: str, actor: Mapping[str, Any], own_country: str | None) -> bool:
    """Whether a loose match (role words, a word of a name) is plausible: the actor is of
    the words' country, a state only for its own name, and a body only when the words' head
    noun heads one of its names and their other words all occur in its names ("Russia's
    foreign ministry" is not its defence ministry; "Ukraine's military" is not its military
    intelligence)."""
    if own_country and actor.get("country") and actor.get("country") != own_country:
        return False
    bare = _COUNTRY_ANYWHERE.sub(" ", norm)
    content = [w for w in bare.split() if w not in _SPEAKER_WORDS]
    if actor.get("kind") == "state":
        return not content
    forms = known_forms(actor) | {
        norm_name(str(actor.get(key) or "")) for key in ("description", "role")
    }
    vocabulary = {w for f in forms for w in f.split()}
    if (
        actor.get("kind") == "person"
        and own_country is None
        and content
        and all(w in PERSON_ROLES or w in ROLE_WORDS or w in _SPEAKER_WORDS for w in content)
    ):
        return False  # "the president": whose is not said (the report may say it)
    if not content or actor.get("kind") == "person":
        # a person's office names its subject: Russia's foreign minister is not its
        # defence minister
        return set(content) & _SUBJECTS <= vocabulary
    heads = {_head(f.split()) for f in forms if f}
    if not set(content) <= vocabulary:
        return False
    if _head(content) in heads:
        return True
    # one word of the body's own name ("Ukrainian intelligence" for its intelligence
    # directorate), not of a description ("military" of "military intelligence agency")
    name = norm_name(_without_brackets(str(actor.get("name") or ""))).split()
    return len(content) == 1 and content[0] in name


def _head(words: Sequence[str]) -> str:
    """The head noun of a name: the word before its first "of" ("ministry of national
    defense"), else its last word."""
    return words[words.index("of") - 1] if "of" in words[1:] else words[-1]


def _person(norm: str, index: _Index, own_country: str | None) -> tuple[str | None, float]:
    """A claimant whose words name a person: the known person whose surname the words
    carry, else nobody (a body's spokesman is not the body, another person not its head)."""
    tokens = set(norm.split())
    for actor_id, actor in index.by_id.items():
        if actor.get("kind") != "person":
            continue
        if own_country and actor.get("country") and actor.get("country") != own_country:
            continue
        # the surname of the name, and one-word aliases: never the last word of a
        # description ("chief" of "Ukraine's military intelligence chief")
        name = norm_name(str(actor.get("name") or "")).split()
        surnames = {name[-1]} if name else set()
        surnames |= {f for f in map(norm_name, alias_list(actor)) if f and " " not in f}
        if any(len(s) > 2 and s in tokens for s in surnames):
            return actor_id, 0.9
        # a full name contained in the words, whatever its order ("leader Kim Jong Un")
        full = norm_name(str(actor.get("name") or "")).replace("-", " ")
        if len(full.split()) >= 2 and _contains(norm.replace("-", " "), full):
            return actor_id, 0.9
    return None, 0.0


def parent_of(words: str, actors: Sequence[Mapping[str, Any]]) -> str | None:
    """The known body inside a new claimant's words ("a Pentagon spokeswoman", "an official
    of Ukraine's defence ministry"): the new actor's parent. A minister belongs to the
    ministry of that name ("Japan's Defense Minister …" → Japan's defence ministry)."""
    norm = norm_name(words)
    index = _index(actors)
    own_country = country_of(words)
    minister = re.search(r"\b(\w+)\s+minister\b", norm)
    if minister is not None and own_country:
        ministry = index.stems.get((own_country, f"{minister.group(1)} ministry"))
        chosen = _one(ministry, index, own_country) if ministry else None
        if chosen:
            return chosen
    for form, actor_id in index.forms:
        actor = index.by_id[actor_id]
        if len(form) < 3 or actor.get("kind") == "person" or not _contains(norm, form):
            continue
        if own_country and actor.get("country") and actor.get("country") != own_country:
            continue
        if norm == form:
            return None  # the body itself, not a member of it
        return actor_id
    return None


def descriptor_fits(descriptor: str, actor: Mapping[str, Any]) -> bool:
    """Whether a descriptor later in a report ("the spy agency", "the ministry") can stand for
    an actor named before it: its words all occur in one of the actor's names or aliases,
    ignoring the country ("the spy agency" fits the NIS through "South Korea's spy agency",
    although the report named it "the National Intelligence Service"). For the proposer's
    within-report resolution of descriptor subjects."""
    wanted = set(norm_name(descriptor).split())
    if not wanted:
        return False
    return any(wanted <= set(_without_country(form).split()) for form in known_forms(actor))


def _without_brackets(words: str) -> str:
    """Words without their bracketed parts ("the Main Intelligence Directorate (HUR)")."""
    return re.sub(r"\s*\([^)]*\)", "", words)


def _acronym(name: str) -> str:
    words = [w for w in re.findall(r"[A-Za-z][\w-]*", name) if w.lower() not in _SMALL_WORDS]
    return "".join(w[0] for w in words).upper()


_SMALL_WORDS = frozenset({"of", "for", "the", "and", "on", "in", "a", "an"})


def same_body(first: str, later: str) -> bool:
    """Whether two claimants' words name the same new actor, within one report: a surname
    and the full name ("Kim" and "Kim Yong-hyun", "Lee" and "Lee Sung-kweun"), an acronym
    and the name it abbreviates or was given beside, or the name with and without the
    acronym. Either order: a review file lists claims before statements, not in the text's
    order."""
    return _same_body_after(first, later) or _same_body_after(later, first)


def _same_body_after(first: str, later: str) -> bool:
    a, b = norm_name(first), norm_name(later)
    if not a or not b:
        return False
    bare_a = norm_name(_without_brackets(first))
    bare_b = norm_name(_without_brackets(later))
    if a == b or bare_a == bare_b:
        return True
    given = {norm_name(x) for x in re.findall(r"\(([^)]+)\)", first)}
    if b in given or (norm_name(_acronym(bare_a)) == b and len(b) >= 2 and later.isupper()):
        return True
    person = person_parts(first)
    if person is not None or person_parts(later) is not None:
        surname = _titled_surname(bare_b)
        if person is None or surname is None or len(surname) < 2:
            return False
        parts = norm_name(person[1]).split()
        return surname in (parts[0], parts[-1])
    return _same_body_named(first, later)


def _same_body_named(first: str, later: str) -> bool:
    """Two names of one body (no person): "Ukraine's SBU" and "the SBU", "the defence
    ministry" and the "Ministry of Defence", "MoD" after it, "Czech intelligence" after
    "Czech Military Intelligence"."""
    forms_a, forms_b = _body_forms(first), _body_forms(later)
    if forms_a & forms_b:
        return True
    if re.fullmatch(r"[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*", later.strip()):
        # initials, small words counted or not
        short = later.strip().lower()
        return any(short in (_initials(f), _acronym(f).lower()) for f in forms_a)
    return any(_described_by(long, short) for long in forms_a for short in forms_b)


def _titled_surname(bare: str) -> str | None:
    """A surname alone or after one title ("kim", "maj yaremchuk", "senator wong")."""
    tokens = bare.split()
    if len(tokens) == 1:
        return tokens[0]
    if len(tokens) == 2 and tokens[0] in _SHORT_TITLES | _TITLE_WORDS:
        return tokens[1]
    return None


#: Titles written before a surname alone ("Maj Yaremchuk", "Mr Kim", "Sen. Wong").
_SHORT_TITLES = frozenset(t.lower() for t in SURNAME_TITLES)


def _body_forms(words: str) -> set[str]:
    """A body's name as compared, without its brackets, without the country before it
    ("Ukraine's SBU" → "sbu", "the Czech defence ministry" → "defence ministry"), and a
    "defence ministry" said the other way ("ministry of defence")."""
    bare = norm_name(_without_brackets(words))
    forms = {bare} if bare else set()
    tokens = bare.split()
    if len(tokens) > 1 and country_of(tokens[0]):
        forms.add(" ".join(tokens[1:]))
    for form in list(forms):
        reordered = re.fullmatch(r"(\w+) ministry", form)
        if reordered is not None:
            forms.add(f"ministry of {reordered.group(1)}")
    given = {norm_name(x) for x in re.findall(r"\(([^)]+)\)", words)}
    return forms | given


def _initials(form: str) -> str:
    """Every word's initial, small words too ("ministry of defence" → "mod")."""
    words = form.split()
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _described_by(long: str, short: str) -> bool:
    """ "Czech intelligence" for "Czech Military Intelligence": the shorter name's words are
    all the longer one's, with its head noun last (not a name built on "of")."""
    long_words, short_words = long.split(), short.split()
    return (
        1 < len(short_words) < len(long_words)
        and "of" not in long_words
        and short_words[-1] == long_words[-1]
        and set(short_words) <= set(long_words)
    )


#: A person's name at the end of a claimant's words, after any role words ("Deputy harbour
#: master Kim Yong-hyun", "spokesman Col. Jan Novak").
_TRAILING_NAME = re.compile(
    r"(?:^|\s)(?:[A-Z][a-z]{1,4}\.\s+)*"  # abbreviated titles: "Brig. Gen.", "Dr."
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})$"
)


@lru_cache(maxsize=8192)
def person_parts(words: str) -> tuple[str | None, str] | None:
    """A person's role words and name ("deputy harbour master", "Kim Yong-hyun"), when the
    words end in a name of two or three capitalised words with no institution word."""
    text = words.strip()
    found = _TRAILING_NAME.search(text)
    if found is None:
        return None
    name = found.group("name")
    if {t.lower() for t in name.split()} & _INSTITUTION_WORDS or country_of(name):
        return None
    role = text[: found.start()].strip(" ,") or None
    apposed = text[: found.start()].rstrip(" ").endswith(",")
    if role is not None:
        tokens = role.split()
        if (not apposed and any(t[:1].isupper() for t in tokens[1:])) or tokens[
            -1
        ].lower() in _SMALL_WORDS:
            # "the Korea Institute for Defense Analyses" is no person; "The head of Ukraine's
            # military intelligence, Kyrylo Budanov" is, named in apposition
            return None
    first, *rest = name.split()
    if len(rest) >= 2 and first.lower() in _TITLE_WORDS:  # "President Volodymyr Zelenskyy"
        role, name = f"{role} {first}" if role else first, " ".join(rest)
    return (role.lower() if role else None), name


#: A title before a name, however capitalised ("Defense Minister Kenji Arakawa", "Gen.").
_TITLED_NAME = re.compile(
    r"(?i:\b(?:president|minister|secretary|spokes(?:man|woman|person)|chairman|director"
    r"|chief|commander|head|deputy|ambassador|envoy|adviser|advisor|official|lawmaker"
    r"|analyst|researcher|general|colonel|captain|major|admiral|rep|sen|gen|col|lt|maj|capt"
    r"|adm|brig|mr|mrs|ms|dr)\.?),?\s+(?:[A-Z][a-z]{1,4}\.\s+)*"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})$"
)


#: A name first, its role in apposition after it ("Col. Iryna Savchuk, a spokeswoman for …").
_NAME_THEN_ROLE = re.compile(
    r"(?:[A-Z][a-z]{1,4}\.\s+)*(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+"
    r"(?:the|a|an|its|their)\s"
)


def named_person(words: str) -> str | None:
    """The person's name the claimant's words end with ("Kim Yong-hyun", "Arakawa" of "Japan's
    Defense Minister Kenji Arakawa", "Zelensky" of "Mr. Zelensky"), or None for a body."""
    parts = person_parts(words)
    if parts is not None:
        return parts[1]
    leading = _NAME_THEN_ROLE.match(words.strip())
    if leading is not None:  # "Lee Sung-hoon, the NIS official"
        name = leading.group("name")
        if not ({t.lower() for t in name.split()} & _INSTITUTION_WORDS or country_of(name)):
            return name
    found = _TITLED_NAME.search(words.strip())
    if found is None:
        return None
    name = found.group("name")
    tokens = name.split()
    while tokens and any(t.lower() in _INSTITUTION_WORDS for t in tokens):
        tokens = tokens[1:]  # "Chief of the General Staff Valery Gerasimov": the name after it
    if len(tokens) >= 2 and len(tokens) < len(name.split()):
        name = " ".join(tokens)
    if {t.lower() for t in name.split()} & _INSTITUTION_WORDS or country_of(name):
        return None
    if len(name.split()) == 1 and not names_person(words):
        return None  # "Defense Minister Shin" yes (names_person), "the chief Command" no
    return name


_TITLE_WORDS = _word_set(
    """president minister general secretary spokesman spokeswoman spokesperson chairman
    director chief commander deputy ambassador envoy governor senator lawmaker adviser
    advisor colonel captain major admiral"""
)


_INSTITUTION_WORDS = _word_set(
    """ministry agency service council department office staff forces army command institute
    news media center centre committee directorate administration government guard police
    university foundation group board bureau authority authorities commission corps navy
    embassy press times post wire radio"""
)


# --- events ------------------------------------------------------------------------------------

#: Event types whose counts are running totals when the event holds ``as_of`` a date.
CUMULATIVE_TYPES = frozenset(
    {"casualties", "troop_deployment", "munitions_shipment", "weapons_transfer"}
)
#: Words that make a figure one incident's, not a running total's.
_SINGLE_INCIDENT = re.compile(
    r"\b(?:alone|single|in\s+(?:one|a|an)\s+(?:\w+\s+){0,2}(?:attack|assault|strike|battle|"
    r"raid|day|operation|clash|ambush)|during\s+(?:the|a|an|one)\s+(?:\w+\s+){0,2}(?:attack|"
    r"assault|strike|battle|raid|operation)|(?:per|a|each|every)\s+(?:day|week|month)\b"
    r"(?!\s+(?:ago|earlier|before|later|after|on))|weekly|monthly|"
    r"daily|over(?:night|\s+the\s+(?:past\s+|last\s+)?(?:weekend|night|24\s+hours))"
    r"|(?:near|in|around|outside)\s+the\s+(?:village|town|settlement|hamlet)\s+of)\b",
    re.IGNORECASE,
)
#: A figure that adds to a total instead of stating it ("3,000 more troops", "another 1,500").
_INCREMENT = re.compile(
    r"\b\d[\d,.]*\s+(?:more|additional|further|extra|fresh|new|others?)\b(?!\s+than)"
    r"|\b(?:another|an\s+additional|a\s+further|additional|further|extra|fresh)\s+"
    r"(?:\w+\s+){0,2}\d"
    # one wave of a deployment: "a second contingent of 1,500", "reinforcements numbering"
    r"|\b(?:first|second|third|fourth|fifth|new|fresh|latest|next|another)\s+(?:\w+\s+)?"
    r"(?:contingent|wave|batch|group|rotation|deployment|dispatch|tranche|round|echelon)s?\b"
    r"|\b(?:waves?|groups?|batch(?:es)?)\s+of\s+(?:\w+\s+){0,2}\d"
    r"|\b(?:reinforcements?|replacements?|rotations?)\b"
    r"|\bto\s+(?:replace|replenish|reinforce|make\s+up\s+for|relieve)\b",
    re.IGNORECASE,
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
)
#: A dispatch within one period ("sent to Russia in December", "arrived last month"): one
#: wave, not the total so far ("sent since October", "in all", "so far" are totals).
_DATED_DISPATCH = re.compile(
    r"\b(?:sent|dispatched|deployed|moved|shipped|transferred|arrived|added)\b[^.;]{0,60}?"
    rf"\b(?:in\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTHS})\b\.?|last\s+(?:week|month)|this\s+"
    r"(?:week|month)|earlier\s+this\s+(?:week|month))",
    re.IGNORECASE,
)
#: A count for one period in the figure's own words ("killed in January", "last month"):
#: a part of the toll, not the toll so far.
_IN_PERIOD = re.compile(
    rf"\b(?:in\s+(?:early\s+|late\s+|mid-?)?(?:{_MONTHS})\b\.?|(?:last|this|that)\s+(?:week|month)"
    r"|earlier\s+this\s+(?:week|month)|during\s+(?:the\s+)?(?:week|month))",
    re.IGNORECASE,
)
_SO_FAR = re.compile(
    r"\b(?:since|so\s+far|in\s+all|in\s+total|a\s+total|altogether|overall|to\s+date)\b",
    re.IGNORECASE,
)
#: A figure given as a part of another ("a total of 14,000, including 2,000 who …").
_INCLUDED = re.compile(
    r"\b(?:including|includ(?:es|ed)|among\s+them|of\s+whom)\s+(?:\w+\s+){0,2}\d", re.IGNORECASE
)
#: A figure of a larger whole that holds the subject's people among others ("50,000
#: troops in Kursk, North Koreans among them"): not the subject's own total.
_AMONG_OTHERS = re.compile(r"\b\w+\s+among\s+them\b", re.IGNORECASE)
#: "about 3,000 of them", after another figure of the sentence: a part of that figure.
_PART_OF_THEM = re.compile(r"^\W*(?:[\w,.]+\s+){1,3}?of\s+(?:them|those|these)\b", re.IGNORECASE)
#: A unit-sized part of the force or a local count ("a battalion of them, maybe 400 men",
#: "in our sector"), or people held by the other side ("Kyiv holds two soldiers"): not the
#: total deployed.
_LOCAL_PART = re.compile(
    r"\b(?:a|one|two|three|another)\s+(?:battalion|brigade|company|regiment|platoon|division|"
    r"unit)\s+of\s+(?:them|those|these)\b"
    r"|\b(?:in|on|along)\s+(?:our|this|that|their|his|its)\s+(?:sector|area|stretch|section)\b"
    r"|\b(?:holds|is\s+holding|are\s+holding|detained|detains|in\s+custody)\b",
    re.IGNORECASE,
)
#: A figure's first word, in digits or a small number word.
_FIGURE_START = r"(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)"
#: The size of one group, not a total ("in lines of 40 or 50 men", "the last group we saw was
#: no more than 12 men", "assault teams of ten").
_GROUP_SIZE = re.compile(
    r"\b(?:lines|groups|waves|squads|columns|teams|batches|units|detachments)\s+of\s+"
    rf"(?:[a-z]+\s+){{0,3}}(?:{_FIGURE_START}|a\s+few)"
    r"|\bgroup\s+(?:\w+\s+){0,3}(?:was|were|is|of)\s+(?:about\s+|no\s+more\s+than\s+|"
    r"fewer\s+than\s+|only\s+|just\s+)?\d",
    re.IGNORECASE,
)
#: A force's size at home, not a deployment ("put its peacetime strength at 40,000").
_HOME_STRENGTH = re.compile(
    r"\b(?:peacetime|standing|nominal|pre-?war|paper)\s+(?:strength|size)\b|\bstanding\s+army\b"
    # a unit's own size: "the Storm Corps, an elite unit it estimates at about 45,000 men"
    r"|\b(?:unit|corps|division|brigade|regiment)\s+(?:\w+\s+){0,3}?(?:at|of|numbering)\s+"
    r"(?:(?:about|around|some|roughly|nearly|an\s+estimated)\s+)?\d",
    re.IGNORECASE,
)
#: What a picture or a document shows ("photographs of the documents of 3 dead soldiers",
#: "footage of two captured men"): a few shown, not a running total.
_SHOWN = re.compile(
    r"\b(?:photos?|photographs?|pictures?|footage|videos?|images?|documents|papers|bodies)\s+"
    r"of\s+(?:(?:the|what|it|he|she|they|said|were|was|\w+'s)\s+){0,5}(?:documents\s+of\s+)?"
    + _FIGURE_START,
    re.IGNORECASE,
)
#: A figure for one part of a period ("in October alone"): not the event of the whole.
_PART_OF_PERIOD = re.compile(r"\balone\b", re.IGNORECASE)
#: People moved, not counted where they are: "200 wounded soldiers were flown home",
#: "evacuated", "repatriated". Neither the toll nor the force deployed.
_MOVED = re.compile(
    r"\b(?:(?:sent|flown|brought|shipped|taken|transported|returned|went|rotated)\s+"
    r"(?:\w+\s+)?(?:home|back)|evacuat\w+|repatriat\w+|hospitali[sz]\w+|treated\s+in"
    r"|withdrawn|pulled\s+(?:back|out)|rotated\s+out|returned\s+to"
    r"|moved\s+(?:\w+\s+)?(?:out|back|away)|to\s+(?:rest|regroup|recover|retrain)"
    r"|for\s+(?:rest|treatment|retraining))\b",
    re.IGNORECASE,
)
#: A figure still to come or hypothetical ("could send up to 15,000", "next month"), or a
#: rate or capacity ("each of the vessels can carry 1,000"): not a total so far.
_NOT_SO_FAR = re.compile(
    r"\b(?:could|would|will|might|plans?\s+to|planning\s+to|expected\s+to"
    r"|preparing\s+to|next\s+(?:week|month|year)|each|apiece)\b",
    re.IGNORECASE,
)
_PERCENT = frozenset({"percent", "per", "cent", "pct", "percentage"})
#: Counted nouns of one quantity: a claim and a running total that count words of the same
#: family count the same thing ("died", "losses" and "killed or wounded" are casualties).
QUANTITY_FAMILIES: dict[str, frozenset[str]] = {
    "casualties": _word_set(
        """killed wounded injured casualties casualty dead deaths died losses lost fatalities
        toll"""
    ),
    "personnel": _word_set(
        """troops soldiers personnel deployed deployment stationed servicemen men fighters
        contingent contingents"""
    ),
    "captured": _word_set(
        "captured capture prisoners prisoner surrendered alive custody detained pows pow caught"
    ),
    "containers": _word_set("containers container"),
    "shells": _word_set("shells rounds ammunition artillery-shells munitions"),
}
#: Another side's soldiers counted: not the North Korean total of the dataset's events.
_OTHER_SIDE = re.compile(
    r"\b(?:russian|ukrainian|ukraine's|russia's)\s+(?:\w+\s+)?(?:soldiers|troops|forces?|"
    r"army|casualties|losses|servicemen|personnel|dead)\b"
    # the other side as the one that lost them: "Ukraine had lost more than 70,000 troops"
    r"|\b(?:ukraine|russia|kyiv|moscow)\s+(?:had\s+|has\s+|have\s+)?(?:lost|suffered)\b"
    # or as the one that keeps them: "Russia kept around 30,000 ground troops facing Finland"
    r"|\b(?:ukraine|russia|kyiv|moscow)\s+(?:had\s+|has\s+)?(?:kept|keeps|stationed|maintained"
    r"|maintains)\s+(?:\w+\s+){0,2}\d"
    # or as the one it cost: "the operation had cost Ukraine more than 76,000 troops"
    r"|\bcost(?:s|ing)?\s+(?:ukraine|russia|kyiv|moscow)\b"
    # any other state's own forces: "Taiwan's armed forces had trained some 2,400 soldiers"
    r"|\b(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(COUNTRY_WORDS, key=len, reverse=True)
        if COUNTRY_WORDS[w] not in (None, "PRK")
    )
    + r")(?:[’']s)?\s+(?:own\s+)?(?:armed\s+forces|army|military|navy|troops|soldiers)\b",
    re.IGNORECASE,
)
#: A place named beside the figure: "near the coast", "in the Lakeside region".
_NAMED_PLACE = re.compile(
    r"\b(?:near|outside)\s+(?:the\s+)?(?:(?:village|town|city)\s+of\s+)?(?P<near>[\w-]+)"
    r"|\b(?:in|across)\s+(?:the\s+)?(?:\w+'s\s+)?(?P<region>[A-Z][\w-]+)\s+"
    r"(?:region|oblast|province)\b",
)


def _elsewhere(words: str, place: set[str]) -> bool:
    """Whether the words put the figure at a place that is not the event's ``place``."""
    if not place:
        return False
    for found in _NAMED_PLACE.finditer(words.replace("’", "'")):
        named = (found.group("near") or found.group("region") or "").lower()
        if named and named not in place:
            return True
    return False


_SUBJECT = re.compile(r"\b(?:north\s+korean?s?|pyongyang|dprk|the\s+north)\b", re.IGNORECASE)
#: North Korea or its leader named: what an event whose actor is North Korean needs before
#: a claim of the same type and dates joins it ("Russia launched 57 attack drones" does not
#: join "Kim observed a test of suicide attack drones").
_NORTH_NAMED = re.compile(
    r"\b(?:north\s+korean?s?|pyongyang|dprk|the\s+north(?:'s)?|kim(?:\s+jong[\s-]un)?)\b",
    re.IGNORECASE,
)


def _north_korean(event: Mapping[str, Any]) -> bool:
    """Whether the event's actors are North Korean (the state, its bodies or its leader)."""
    ids = str(event.get("actor_ids") or "").split(";")
    return any(i == "prk" or i.startswith("prk-") or i == "kim-jong-un" for i in ids)


def _families(words: set[str]) -> set[str]:
    """The quantities the words count; soldiers killed count casualties, not personnel."""
    found = {name for name, family in QUANTITY_FAMILIES.items() if family & words}
    if "captured" in found:
        # "tried to take at least 10 wounded soldiers alive": the wounded taken prisoner are
        # counted as prisoners, not as the killed or wounded of a running toll
        found -= {"casualties"}
    return found - {"personnel"} if len(found) > 1 else found


_STOP = _word_set(
    """the a an of to in on at for by with and or as its it is are was were has have had been
    be that this from into than more less about some over under which who what said says say
    running total number so far already north korean korea soldiers troops russia russian
    russia's region"""
)
_PLACE_STOP = frozenset({"russia", "region", "oblast", "the", "of", "ukraine", "province"})


_UNITS = ((re.compile(r"\b(?:millimet(?:er|re)s?|mm)\b"), "mm"),)


def _tokens(text: str) -> list[str]:
    return list(_token_tuple(text))


@lru_cache(maxsize=8192)
def _token_tuple(text: str) -> tuple[str, ...]:
    lowered = norm_name(text).replace("-", " ")
    for pattern, repl in _UNITS:
        lowered = pattern.sub(repl, lowered)
    return tuple(re.findall(r"[a-z0-9]+", lowered))


def _words(text: str | None) -> set[str]:
    if not text:
        return set()
    return {w for w in _tokens(text) if w not in _STOP and len(w) > 1}


def _figure_words(words: str, unit: str | None, own: str | None = None) -> set[str]:
    """The counted noun and the few words before it ("200 170 mm self-propelled guns"): what
    this figure counts, when one sentence counts several things.  Looked for first in the
    figure's own words ``own``, so that "50 guns and 20 rocket launchers" never lends the
    launchers to the guns."""
    if not unit:
        return set()
    wanted = _tokens(unit)
    if not wanted:
        return set()
    for text in (own, words):
        tokens = _tokens(text or "")
        for i in range(len(tokens) - len(wanted), -1, -1):
            if tokens[i : i + len(wanted)] == wanted:
                found = {w for w in tokens[max(0, i - 3) : i + len(wanted)] if w not in _STOP}
                return _as_item(found)
    return _as_item(set(_words(unit)))


def _place_words(location: str | None) -> set[str]:
    if not location:
        return set()
    return {w for w in re.findall(r"[a-z][a-z-]+", norm_name(location)) if w not in _PLACE_STOP}


#: One weapon named two ways: "self-propelled guns" are "self-propelled artillery".
_ITEM_SYNONYMS = {"guns": "artillery", "gun": "artillery", "howitzers": "artillery"}


def _as_item(words: set[str]) -> set[str]:
    return {_ITEM_SYNONYMS.get(w, w) for w in words}


def _item_words(item: str | None) -> set[str]:
    return _as_item({w for w in _words(item) if w not in {"weapons", "north", "self", "of"}})


def _overlap(start: date | None, end: date | None, event: Mapping[str, Any]) -> bool:
    other_start, other_end = as_date(event.get("date_start")), as_date(event.get("date_end"))
    if end is not None and other_start is not None and other_start > end:
        return False
    return not (start is not None and other_end is not None and other_end < start)


@dataclass(frozen=True)
class EventLink:
    """The event a candidate is linked to (``event_id``), else suggested, and why."""

    event_id: str | None = None
    suggestion: str | None = None
    flags: tuple[str, ...] = field(default_factory=tuple)
    note: str | None = None


@dataclass(frozen=True)
class _Claim:
    """What one candidate says, as :func:`link_event` compares it with each event."""

    event_type: str
    date_start: date | None
    date_end: date | None
    words: str
    has_number: bool
    claim_words: set[str]
    figure: set[str]
    single: bool  # one incident, a new dispatch, a prediction or a rate
    counted: set[str]  # the quantities its words count
    own_counted: set[str]  # those its figure's own words count (empty: none of their own)
    unit_families: set[str]  # the quantity its unit counts, other than personnel
    foreign_unit: bool  # a unit of no known quantity ("freight trains")
    other_side: bool  # another side's soldiers
    not_so_far: bool = False  # a forecast, a plan or a rate, not a figure reached so far
    size: float | None = None  # the figure's number, when known


#: Casualty phrases without a casualty word: "out of action", "eliminated".
_OUT_OF_ACTION = re.compile(
    r"\b(?:out\s+of\s+action|eliminated|neutrali[sz]ed|perished|slain|missing\s+in\s+action)\b",
    re.IGNORECASE,
)


def _part_of_earlier(words: str, figure: str) -> bool:
    """Whether the figure is "N of them" after another figure of its sentence ("between
    8,000 and 10,000 troops in all, about 3,000 of them already in Kursk")."""
    if not _PART_OF_THEM.search(figure):
        return False
    head = words[: len(words) - len(figure.strip())].rstrip() if words.rstrip().endswith(
        figure.strip()) else words  # fmt: skip
    at = head.rfind(figure.strip()[:12])
    return at > 0 and re.search(r"\d", head[:at]) is not None


def _counted(words: str, own: str | None, unit: str | None) -> set[str]:
    """The quantities a claim counts. When the figure's own words hold its unit ("of the
    11,000 troops sent"), those words decide; otherwise the unit was found elsewhere and
    the sentence decides, with the unit only when the sentence holds it (a unit carried
    from another sentence, "the NIS figure of 4,000" after one about soldiers, is a weak
    cue and no quantity by itself)."""
    words, own = without_purpose(words.lower()), without_purpose((own or "").lower()) or own
    wanted = _tokens(unit or "")
    mine = set(_tokens(own or ""))
    if own is not None and _OUT_OF_ACTION.search(own):
        mine.add("casualties")
    if own is not None and ((wanted and set(wanted) <= mine) or _families(mine)):
        return _families(mine)
    tokens = _tokens(words)
    if set(wanted) <= set(tokens) or own is None:
        tokens += wanted
    return _families(set(tokens))


#: A figure that is the whole a part was counted among: "of the roughly 12,000 soldiers
#: sent", "out of a force of 14,000", "among the 11,000 troops".
_WHOLE_OF_A_PART = re.compile(
    r"\b(?:of|out\s+of|among)\s+(?:the|its|their|these|those|a\s+(?:force|contingent)\s+of)"
    r"\s+(?:[a-z]+\s+){0,2}$"
)


def _whole_counted(own: str, unit: str | None) -> set[str]:
    """What a figure's own words count; for the whole a part was counted among, its noun
    alone: in "about 4,000 of the roughly 12,000 soldiers sent have been killed" the dead
    are the 4,000, and the 12,000 count the force."""
    first_digit = re.search(r"\d", own)
    before = own[: first_digit.start()] if first_digit else ""
    if unit and _WHOLE_OF_A_PART.search(before.lower()):
        return _counted(unit, unit, unit)
    return _counted(own, own, unit)


def _claim(
    event_type: str, start: date | None, end: date | None, words: str, unit: str | None,
    has_number: bool, figure: str | None,
) -> _Claim:  # fmt: skip
    single = bool(
        _SINGLE_INCIDENT.search(words)
        or _MOVED.search(words)
        or _LOCAL_PART.search(words)
        or _GROUP_SIZE.search(words)
        or _SHOWN.search(words)
        or _HOME_STRENGTH.search(words)
    )
    # what the figure counts: its own words when the caller gives them ("of the 11,000
    # troops sent, some 4,000 were killed": the 11,000 count troops, not the dead)
    own = figure_context(words, figure) if has_number else None
    if own is not None and _AMONG_OTHERS.search(own):
        single = True
    if event_type != "casualties" and (
        _INCREMENT.search(words)
        or (own is not None and _INCLUDED.search(own))
        or (figure is not None and _part_of_earlier(words, figure))
        or (_DATED_DISPATCH.search(own or words) and not _SO_FAR.search(own or words))
    ):
        # "3,000 more troops" is a new dispatch, "including 2,000 who arrived in January"
        # a part of the total; more dead add to the toll, and the dead among them count
        single = True
    if (
        event_type == "casualties"
        and figure is not None
        and _IN_PERIOD.search(figure)  # the figure's own stretch: "said in January that" is no
        and not _SO_FAR.search(figure)  # period of the figure
    ):
        single = True  # "300 killed in January" adds to the toll; it is not the toll so far
    # a forecast, a plan or a rate in the figure's own words ("and that the cargo could
    # amount to 7 million shells" is the 7 million's, not the containers' before it)
    not_so_far = bool(_NOT_SO_FAR.search(own if own is not None else words))
    unit_tokens = set(_tokens(unit or ""))
    if event_type != "casualties" and unit_tokens & _PERCENT:
        single = True  # a share of the force ("80 percent drawn from one corps") is no total
    return _Claim(
        event_type=event_type,
        date_start=start,
        date_end=end,
        words=words,
        has_number=has_number,
        claim_words=_words(f"{words} {unit or ''}"),
        figure=_figure_words(words, unit, own),
        single=single or not_so_far,
        not_so_far=not_so_far,
        counted=_counted(words, own, unit),
        own_counted=_whole_counted(own, unit) if own is not None else set(),
        unit_families=_families(unit_tokens) - {"personnel"},
        # a unit of no known quantity ("freight trains") does not count what its sentence
        # does ("40% of the force killed or wounded": a share of it, the same quantity)
        foreign_unit=bool(unit_tokens - _PERCENT) and not _families(unit_tokens),
        other_side=_other_side(words) or (own is not None and _other_side(own)),
    )


def _other_side(words: str) -> bool:
    """Whether the words count another side's people and name no North Koreans; tried on
    the figure's own words too ("Ukraine had lost more than 38,000 troops …, and it made
    no mention of North Korean forces": the later clause names them, not this figure)."""
    return bool(_OTHER_SIDE.search(words)) and not _SUBJECT.search(words)


def _other_item_penalty(claim: _Claim, items: set[str], item: set[str]) -> float:
    """How far an event about one weapon ranks below others for a figure that counts another
    thing or a broader one: "about 200 long-range artillery pieces" or "100 ballistic
    missiles" are not "240 mm rocket launchers", and "artillery" alone is not "170 mm
    self-propelled artillery", so an event about weapons in general, which names no item,
    comes first. Nothing for an event with no item, nor for a claim with no counted noun."""
    if not items or item or not claim.figure:
        return 0.0
    return 1.0 if not items & claim.figure else 0.5


#: Event types of arms sent: an event about weapons in general covers the figures of both.
_ARMS_TYPES = frozenset({"weapons_transfer", "munitions_shipment"})


def _event_totals(event: Mapping[str, Any]) -> set[str]:
    """The quantities an event's summary counts (casualties, troops, containers, shells)."""
    return _families(set(_tokens(str(event.get("summary") or ""))))


def _umbrella(claim: _Claim, events: Sequence[Mapping[str, Any]]) -> str | None:
    """The event about arms sent in general (its item names no weapon) for a figure of a
    quantity that no event of its own type counts ("9 million shells" when the shipments
    coded count containers), or None."""
    if claim.event_type not in _ARMS_TYPES or not claim.has_number:
        return None
    if not claim.unit_families & claim.own_counted:
        return None  # its noun carried from elsewhere: too weak a cue
    own_type = [e for e in events if e.get("event_type") == claim.event_type]
    for event in own_type:
        totals = _event_totals(event)
        if not totals or claim.unit_families & totals:
            return None  # an event of its own type counts it (or counts no known quantity)
    for event in events:
        if (
            event.get("event_type") in _ARMS_TYPES
            and event.get("item")
            and not _item_words(event.get("item"))
            and _overlap(claim.date_start, claim.date_end, event)
        ):
            return str(event.get("event_id"))
    return None


def _compare(claim: _Claim, event: Mapping[str, Any]) -> tuple[float, tuple[str, ...]] | None:
    """The score of one event of the claim's type and the reasons to link it (none: a
    suggestion at most), or None when it is not even a suggestion."""
    items = _item_words(event.get("item"))
    as_of = event.get("date_kind") == "as_of"
    place = _place_words(event.get("location")) & claim.claim_words
    elsewhere = not place and _elsewhere(claim.words, _place_words(event.get("location")))
    item = items & claim.figure if claim.figure else items & claim.claim_words
    if len(item) < min(2, len(items)):
        item = set()  # "artillery" alone is not "170 mm self-propelled artillery"
    summary = _words(event.get("summary")) - {"north", "korea", "korean"}
    share = len(summary & claim.claim_words) / len(summary) if summary else 0.0
    totals = _event_totals(event)
    total = as_of and claim.event_type in CUMULATIVE_TYPES and claim.has_number
    # "two soldiers captured" are not the killed and wounded, "12 ambulances" neither
    other_quantity = bool(totals) and (
        claim.foreign_unit or bool(claim.unit_families and not claim.unit_families & totals)
    )
    running = total and not claim.single and not other_quantity and _same_order(claim.size, event)
    same_quantity = running and not (claim.other_side or elsewhere) and bool(claim.counted & totals)
    reasons = [
        reason
        for reason, holds in (
            ("same_quantity", same_quantity),
            ("same_place", bool(place)),
            ("same_item", bool(item)),
            ("same_subject", share >= 0.5 and not (items and not item)),
        )
        if holds
    ]
    score = (
        (2.0 if place else 0.0)
        + (1.5 if same_quantity else 0.0)
        + 1.5 * len(item)
        + 0.25 * len(items & claim.claim_words)
        + share
        - _other_item_penalty(claim, items, item)
        # a figure whose noun (said or carried) counts what a running total counts leans to
        # that total over a stretch of the same quantity ("up from roughly 13,000 in
        # September": the containers shipped so far, not those of one autumn)
        + (0.3 if as_of and claim.has_number and claim.unit_families & totals else 0.0)
    )
    overlap = _overlap(claim.date_start, claim.date_end, event)
    # a state that holds as of a date ("Russia is issuing fake documents") still holds
    # when an earlier or later report speaks of it; a count is a running total or not
    state = as_of and not (claim.event_type in CUMULATIVE_TYPES and claim.has_number)
    # a running total or a state is joined only when the claim counts what it counts (the
    # dead are not the troops deployed), or, for an event that counts no known quantity,
    # when the claim names its item; a shared place or subject alone is a suggestion
    agrees = bool(claim.counted & totals) if totals else bool(item)
    if total:
        if running and agrees and not (claim.other_side or elsewhere):
            return 3.0 + score, ("running_total", *reasons)
        return score, ()
    if claim.has_number and (
        _PART_OF_PERIOD.search(claim.words) or other_quantity or claim.not_so_far
    ):
        # "1,800 containers in October alone" is a part, not the event; "32 freight
        # trains" count another thing than the containers of the event; "each carrying
        # up to 50" is a rate
        return (score, ()) if (overlap or state or total) else None
    if state and totals and claim.counted and not claim.counted & totals:
        return score, ()  # "troops still in Kursk" is no state of the toll
    if (
        state
        and claim.event_type in CUMULATIVE_TYPES
        and (claim.single or claim.other_side or elsewhere)
    ):
        # without a figure too, one clash ("killed in an assault near the village of …"),
        # another side or another place is not the running total
        return score, ()
    named = not _north_korean(event) or bool(_NORTH_NAMED.search(claim.words))
    if reasons and reasons != ["same_quantity"] and (overlap or state) and named:
        return 2.0 + score, ("same_type_and_dates" if overlap else "still_holds", *reasons)
    if overlap or state:
        return score, ()
    return None


#: How far a running total's next estimate may be from those already coded on it: within
#: ten times either way (tolls and counts grow, but not from 3,000 to 30 or to 76,000).
ORDER_OF_MAGNITUDE = 10.0


def with_estimates(
    events: Sequence[Mapping[str, Any]], claims: Sequence[Mapping[str, Any]]
) -> list[dict[str, Any]]:
    """The events, each with ``estimates``: the figures its claims state (a value, else the
    bounds), for :func:`link_event` to judge a new figure's order of magnitude by."""
    figures: dict[str, list[float]] = {}
    for claim in claims:
        bounds = (claim.get("value"), claim.get("value_low"), claim.get("value_high"))
        number = next((v for v in bounds if isinstance(v, int | float) and v), None)
        if number is not None and claim.get("event_id"):
            figures.setdefault(str(claim["event_id"]), []).append(float(number))
    return [{**e, "estimates": figures.get(str(e.get("event_id")), [])} for e in events]


def _same_order(size: float | None, event: Mapping[str, Any]) -> bool:
    """Whether a figure is of the order of the estimates already on a running total (true
    when either is unknown): "3 dead soldiers" in a photograph, "lines of 40 or 50 men" or
    "more than 76,000 troops" lost by the other side are not the North's toll of 3,000."""
    known = [float(v) for v in event.get("estimates") or () if v]
    if size is None or size <= 0 or not known:
        return True
    return min(known) / ORDER_OF_MAGNITUDE <= size <= max(known) * ORDER_OF_MAGNITUDE


def _counts_for(claim: _Claim, event: Mapping[str, Any]) -> bool:
    """Whether a figure counts what a running total of another type counts (the claim's
    own words name its quantity, and the event, as of a date, counts the same)."""
    if not claim.has_number or event.get("date_kind") != "as_of":
        return False
    if claim.event_type not in CUMULATIVE_TYPES or claim.single:
        return False
    if event.get("event_type") not in CUMULATIVE_TYPES:
        return False
    totals = _event_totals(event)
    return bool(totals and claim.own_counted & totals and not claim.other_side)


def _generic_count(unit: str | None, has_number: bool) -> bool:
    """Whether a figure counts people in general: a running total it shares is only
    suggested, for the curator to confirm (a figure of "men", "groups of 20 to 30 men",
    "rotate 1,000 or 2,000 men", "if 4,000 men have been hit", is as often a part, a rate or a
    supposition as the total)."""
    if not has_number or unit is None:
        return False
    words = unit.lower().split()
    return bool(words) and words[-1] in GENERIC_PEOPLE


def link_event(
    event_type: str | None,
    date_start: date | None,
    date_end: date | None,
    events: Sequence[Mapping[str, Any]],
    *,
    words: str = "",
    unit: str | None = None,
    has_number: bool = False,
    figure: str | None = None,
    size: float | None = None,
) -> EventLink:
    """Link a candidate to an existing event, or suggest one (rules in the module docstring).

    ``words`` are the claim's words (its quote and any stretch around its figure), ``unit``
    the counted noun, ``has_number`` whether the claim states a quantity, ``figure`` the
    figure's own stretch (from its number to the next figure), whose words say what it
    counts when the sentence counts several things, ``size`` its number (for the events that
    carry their ``estimates``, the figures already coded on them).
    """
    if event_type is None or not events:
        return EventLink()  # nothing to link to: the claim's words need no reading
    claim = _claim(event_type, date_start, date_end, words, unit, has_number, figure)
    claim = replace(claim, size=size)
    scored: list[tuple[float, int, str, tuple[str, ...]]] = []
    for order, event in enumerate(events):
        event_id = str(event.get("event_id"))
        if event.get("event_type") != event_type:
            # another type counting the very thing this figure counts: a suggestion only
            shared = _item_words(event.get("item")) & claim.figure
            if claim.figure and len(shared) >= 2:
                scored.append((1.0 + len(shared) / 4, -order, event_id, ()))
            elif _counts_for(claim, event):
                # the figure counts the dead though its type says troops (a weak cue): the
                # running total of what it counts comes first, as a suggestion
                scored.append((1.5, -order, event_id, ()))
            continue
        compared = _compare(claim, event)
        if compared is not None:
            scored.append((compared[0], -order, event_id, compared[1]))
    umbrella = _umbrella(claim, events)
    if umbrella is not None:
        # "more than 9 million shells" when the shipments coded count containers: the event of
        # weapons sent in general, as a suggestion ahead of the other quantity's
        top = max((entry[0] for entry in scored), default=0.0)
        scored = [e for e in scored if e[2] != umbrella]
        scored.append((top + 0.5, 1, umbrella, ()))
    if not scored:
        return EventLink()
    scored.sort(reverse=True)
    best_score, _, best_id, why_best = scored[0]
    runner_up = scored[1][0] if len(scored) > 1 else None
    if (
        why_best
        and (runner_up is None or best_score - runner_up >= 1.0)
        and not ("running_total" in why_best and _generic_count(unit, has_number))
    ):
        why = ", ".join(r.replace("_", " ") for r in why_best)
        note = (
            f"Linked to existing event {best_id} ({why}); set event_id to null to make a new "
            "event instead."
        )
        flags = (f"linked_event:{best_id}", *(f"link:{r}" for r in why_best))
        return EventLink(event_id=best_id, flags=flags, note=note)
    return EventLink(suggestion=best_id, flags=(f"suggested_event:{best_id}",))
