"""Who said it: reporting frames ("X said", "said X", "according to X"), claimant words,
matching to existing actors, and the certainty words of a statement. Stdlib only.

Frames read from tables: reporting verbs ("said", "noted", "asserted", "projected", "briefed
reporters", "wrote on X"), "put/placed/pegged <the number> at N" (a statement of a figure), the
passive "it was reported/said/confirmed by X" (X's statement), and a claimant separated from its
verb by a parenthetical ("X, in a briefing to lawmakers last week, estimated"; "X, 57, told") or
by an apposition. "told"/"briefed" are never inverted: the noun phrase after them is the
audience ("told a newspaper"), not the claimant.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from timeline.curation.sentences import Span
from timeline.curation.vocabulary import (
    AUDIENCE_VERBS,
    BASE_REPORTING_VERBS,
    BELIEF_VERBS,
    COLON_VERBS,
    COUNTRY_WORDS,
    DOCUMENT_NOUNS,
    DOCUMENT_VERBS,
    ESTIMATE_MODIFIERS,
    ESTIMATE_NOUNS,
    NO_COMMENT,
    PERSON_ROLES,
    PRONOUNS,
    PUT_AT_VERBS,
    REPORTING_VERBS,
    ROLE_WORDS,
    STATEMENT_VERBS,
    TITLES,
    alternation,
    wordset,
)

__all__ = [
    "COUNTRY_WORDS",
    "Claimant",
    "Frame",
    "certainty",
    "country_of",
    "find_frames",
    "match_actor",
    "names_person",
    "np_forward",
]

_COLON_AHEAD = re.compile(r"[^,;:.!?“”\"\d]{0,80}:\s")
_VERB_RE = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(
        sorted(
            REPORTING_VERBS | BASE_REPORTING_VERBS | DOCUMENT_VERBS | STATEMENT_VERBS | COLON_VERBS
        )
    )
    + r")(?![\w’'-])"
)
_PUT_AT = re.compile(r"\s+[^,;.“”\"]{1,90}?\bat\s+(?:[a-z]+\s+){0,4}\d")
#: A passive frame: "it was reported by X", "… has been confirmed by X".
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+$")
_BY = re.compile(r"\s+by\s+")
#: A parenthetical between a claimant and its verb: a prepositional or participial phrase, or
#: an age, between commas ("X, in a briefing to lawmakers last week, estimated"; "X, 57, told").
_PAREN_BEFORE = re.compile(
    r"(?<!\d),\s*(?:(?:in|at|during|on|speaking|writing|citing|quoting|addressing|after|before|while"
    r"|through|via|with|without|in\s+an?|which|who|whose|whom|where|asked|interviewed|an?"
    r"|[a-z]{3,}(?:ing|ed))\b[^,;:“”\"]*|\d{1,3})\s*,\s*$"
)
#: A restrictive relative clause between a claimant and its verb, without commas ("a ministry
#: official who asked not to be named said", "lawmakers who had read the annex said").
_RELATIVE_BEFORE = re.compile(r"\s(?:who|which)\s[^,;:“”\"]{1,120}$")
#: Words counting a claimant ("two U.S. officials", "several diplomats").
_QUANTIFIERS: frozenset[str] = wordset(
    """
    two three four five six seven eight nine ten several some many few both all numerous
    multiple
    """
)

_CAP_STOP: frozenset[str] = wordset(
    """
    In On At After Before But And Meanwhile However While When Since Although Though Also Last
    Earlier Later During As If Yet Still Separately Elsewhere Then There This That Those These
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Neither Nor Both Asked Speaking
    Instead Previously Now Today Yesterday So Despite Unlike Like
    """
)
_SKIP_BEFORE_VERB: frozenset[str] = wordset(
    """
    has have had also earlier previously later again repeatedly separately further then
    reportedly publicly recently would will already first initially originally long
    """
)
_TITLES = "|".join(TITLES)
_TOKEN = re.compile(
    rf"(?:[A-Z]\.){{2,}}(?![A-Za-z])|(?:{_TITLES})\.(?=\s)"  # "U.S.", "U.N.", "Lt."
    r"|[A-Za-z][\w’'.-]*[\w’']|[A-Za-z]|\d[\d,.]*|[^\sA-Za-z\d]"
)

_COUNTRY_RE = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(re.escape(w) for w in sorted(COUNTRY_WORDS, key=len, reverse=True))
    + r")(?:’s|'s)?(?![\w])",
    re.IGNORECASE,
)

_CERTAINTY: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), name)
    for pattern, name in (
        (r"\bpurported(?:ly)?\b|\bwhat (?:it|he|she|they) (?:said|says|claimed) (?:were|was)\b"
         r"|\ballegedly\b", "purported"),
        (r"\bsuspect(?:ed|s)?\b", "suspected"),
        (r"\bpreliminary\b", "preliminary"),
        (r"\bassess(?:ed|es|ment|ments)?\b", "assessed"),
        (r"\blikely\b|\bprobabl[ey]\b", "likely"),
        (r"\bsigns?\s+(?:of|that)\b|\bindicat(?:e|es|ed|ing)\b|\bappear(?:s|ed)?\s+to\b"
         r"|\bappears?\b|\bseem(?:s|ed)?\s+to\b", "indicated"),
        (r"\bcould\b|\bmay\b|\bmight\b|\bpossibl[ey]\b|\brisks?\s+of\b", "possible"),
    )
)  # fmt: skip


def certainty(words: str) -> str:
    """The certainty the words of a statement express (``asserted`` when no hedge)."""
    for pattern, name in _CERTAINTY:
        if pattern.search(words):
            return name
    return "asserted"


def country_of(words: str, *, last: bool = False) -> str | None:
    """The ISO 3166-1 alpha-3 code a phrase names ("South Korea’s military" → KOR); with
    ``last``, the last country named (for "…than that of South Korea, where officials said")."""
    matches = list(_COUNTRY_RE.finditer(words))
    if not matches:
        return None
    match = matches[-1] if last else matches[0]
    key = re.sub(r"(?:’s|'s)$", "", match.group(0).lower())
    return COUNTRY_WORDS.get(key)


@dataclass(slots=True)
class Claimant:
    """A claimant as the text words it, and the existing actor it matches."""

    words: str
    actor_id: str | None = None
    country: str | None = None
    kind: str | None = None


@dataclass(slots=True)
class Frame:
    """One reporting frame in a sentence."""

    verb: str
    verb_start: int
    verb_end: int
    np_start: int  #: start of the claimant's words (equal to np_end when none)
    np_end: int
    claimants: list[Claimant]
    kind: str  #: subject, inverted, post_quote, according_to
    scope: Span  #: the reported content
    backward: bool  #: whether the content precedes the frame
    perfect: bool = False  #: "have said": undated present perfect
    pronoun: bool = False  #: "he said", "the agency said": continues the last claimant
    flags: list[str] = field(default_factory=list)

    @property
    def words(self) -> str:
        return "; ".join(claimant.words for claimant in self.claimants)


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


def _np_token(word: str) -> bool:
    if word[0].isupper():
        return word not in _CAP_STOP
    return word.lower() in ROLE_WORDS or word.lower() in DOCUMENT_NOUNS


def _inside(pos: int, spans: Sequence[Span]) -> Span | None:
    for span in spans:
        if span.start <= pos < span.end:
            return span
    return None


_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "in", "or", "&"})


_ARTICLES: frozenset[str] = frozenset({"the", "a", "an"})
#: An acronym in brackets after a body's name ("… Intelligence Service (NIS) said").
_ACRONYM_BEFORE = re.compile(r"\s*\(\s*[A-Z][A-Za-z&.-]{1,9}\s*\)\s*$")
#: A reduced relative clause between a document and its verb ("an assessment seen by the
#: author indicates", "a report obtained by the broadcaster shows").
_REDUCED_RELATIVE = re.compile(r"\s(?:seen|[a-z]{3,}ed)\s+(?:by|in|on|to|with)\s[^,;:“”\"]{1,60}$")


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
    tokens = _tokens(text, start, verb_start)
    i = len(tokens) - 1
    # skip auxiliaries, adverbs and date words between the subject and the verb
    while i >= 0 and (
        tokens[i][0].lower() in _SKIP_BEFORE_VERB or _inside(tokens[i][1], dates) is not None
    ):
        i -= 1
    if i < 0:
        return None
    cut = tokens[i][2]
    acronym = _ACRONYM_BEFORE.search(text, start, cut)
    if acronym is not None and acronym.start() > start:
        found = _np_backward(text, start, acronym.start(), dates)
        return (found[0], cut) if found is not None else None
    inserted = _behind_insertion(text, start, cut, dates)
    if inserted is not None:
        return inserted
    if tokens[i][0].lower() in PRONOUNS:
        return tokens[i][1], tokens[i][2]
    return _collect_backward(tokens, i)


def _behind_insertion(
    text: str, start: int, cut: int, dates: Sequence[Span]
) -> tuple[int, int] | None:
    """The subject before a parenthetical, a reduced or a restrictive relative clause."""
    paren = _PAREN_BEFORE.search(text, start, cut)
    if paren is not None and paren.start() > start:
        found = _np_backward(text, start, paren.start(), dates)
        if found is not None:
            return found
    reduced = _REDUCED_RELATIVE.search(text, start, cut)
    if reduced is not None and reduced.start() > start:
        found = _np_backward(text, start, reduced.start(), dates)
        if found is not None and found[1] == reduced.start():
            return found
    relative = _RELATIVE_BEFORE.search(text, start, cut)
    if relative is None or relative.start() <= start:
        return None
    found = _np_backward(text, start, relative.start(), dates)
    if found is not None and found[1] == relative.start():
        return found
    # "senators who had visited the border said": any noun a "who" clause describes
    head = re.search(
        r"(?:\b(?:the|a|an)\s+)?(?:[a-z]+\s+)?\b[A-Za-z][a-z]+$", text[start : relative.start()]
    )
    if head is not None and re.match(r"\s*who\b", text[relative.start() : cut]):
        return start + head.start(), relative.start()
    return None


#: Words that open a clause: never a claimant's modifier ("South Korea, where authorities").
_CLAUSE_WORDS: frozenset[str] = wordset(
    """
    where which who whom whose that when while as and but if because after before since
    although though so then than whereas once until unless above below over under about
    around beyond far near into onto from with without within by to per
    """
)


_LOWER_POSSESSIVE = re.compile(r"[a-z][\w-]*[’']s")


def _lower_modifiers(tokens: list[tuple[str, int, int]], i: int) -> tuple[list[int], int] | None:
    """ "a customs official", "Norway's coastal agency": up to three lowercase modifiers before
    the collected words, back to an article (taken) or a possessive (left out); the indexes
    taken and where to go on (-1: stop), or None when neither closes them."""
    j = i
    while (
        j > i - 3
        and j >= 0
        and tokens[j][0].isalpha()
        and tokens[j][0].islower()
        and tokens[j][0] not in _ARTICLES
        and tokens[j][0] not in _QUANTIFIERS
        and tokens[j][0] not in _CLAUSE_WORDS
        and _VERB_RE.fullmatch(tokens[j][0]) is None
    ):
        j -= 1
    if j >= 0 and tokens[j][0].lower() in _ARTICLES | _QUANTIFIERS:
        return list(range(j, i + 1)), -1  # "a customs official", "two senior port officials"
    if j < 0 or tokens[j][0] in {",", ":", ";", "–", "—", "-"}:
        return list(range(j + 1, i + 1)), -1  # "…, port board says": a bare noun phrase
    if 0 <= j < i and re.fullmatch(r"[A-Z][\w.-]*[’']s", tokens[j][0]):
        return list(range(j + 1, i + 1)), j
    if 0 <= j < i and tokens[j][0][0].isupper() and _np_token(tokens[j][0]):
        return list(range(j + 1, i + 1)), j  # "Finnish and Swedish customs officials"
    return None


def _joins(tokens: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the connector at ``i`` joins two parts of one claimant ("Ministry of Defence",
    "officials in Tokyo": "in" only between a role word and a capitalised place)."""
    word = tokens[i][0].lower()
    if word == "in" and not (
        tokens[i - 1][0].lower() in ROLE_WORDS and tokens[i + 1][0][0].isupper()
    ):
        return False
    return _np_token(tokens[i - 1][0])


def _comma_joins(
    tokens: list[tuple[str, int, int]], i: int, collected: list[int], pending: bool
) -> bool:
    """Whether a comma is inside the claimant: before a name in apposition ("Kyiv’s top
    commander, Gen. Oleksandr Syrskyi, said") or in a list of proper adjectives ("American,
    South Korean and Ukrainian authorities")."""
    before = tokens[i - 1][0]
    after = [tokens[j][0] for j in sorted(collected)]
    if pending and _np_token(before):
        return True
    return before[0].isupper() and "and" in after and after[0][0].isupper()


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
        if _np_token(word) or (low in _ARTICLES and collected):
            collected.append(i)
            i -= 1
            if low in _ARTICLES:
                break
            continue
        if collected and low in _QUANTIFIERS:
            collected.append(i)  # "two U.S. officials said"
            break
        if collected and _LOWER_POSSESSIVE.fullmatch(word):
            collected.append(i)  # "the agency's assessment puts"
            i -= 1
            continue
        if word.isalpha() and word.islower() and (collected or i > 0) and word not in _CONNECTORS:
            # "a customs official"; with nothing collected yet, any noun after an article,
            # quantifier or comma ("the league said"), not only the role words
            modifiers = _lower_modifiers(tokens, i)
            if modifiers is None or (not collected and modifiers[1] != -1):
                break
            collected.extend(modifiers[0])
            i = modifiers[1]
            continue
        if low in {"of", "for", "and", "&", "in"} and collected and i > 0 and _joins(tokens, i):
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


def _modifies_role(tokens: list[tuple[str, int, int]], i: int, taken: list[int]) -> bool:
    """Whether a lowercase word opening a claimant modifies a role word within the next two
    ("local officials", "regional health officials")."""
    word = tokens[i][0]
    if not word.isalpha() or not word.islower() or word in _CLAUSE_WORDS | _ARTICLES:
        return False
    if any(tokens[j][0].lower() not in _ARTICLES for j in taken):
        return False
    for ahead in tokens[i + 1 : i + 3]:
        if ahead[0].lower() in ROLE_WORDS:
            return True
        if not (ahead[0].isalpha() and ahead[0].islower()):
            return False
    return False


def np_forward(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The claimant's words starting at ``start`` ("said the SSO on its channel")."""
    tokens = _tokens(text, start, end)
    taken: list[int] = []
    i = 0
    while i < len(tokens):
        word = tokens[i][0]
        if _np_token(word) or (not taken and word.lower() in {"the", "a", "an"}):
            taken.append(i)
        elif _modifies_role(tokens, i, taken):
            taken.append(i)  # "according to local officials", "said regional health officials"
        elif word.lower() in {"of", "for", "and"} and taken and i + 1 < len(tokens):
            if not _np_token(tokens[i + 1][0]):
                break
            taken.append(i)
        elif (
            word == ","
            and taken
            and i + 2 < len(tokens)
            and tokens[i + 1][0] == "or"
            and tokens[i + 2][0].isupper()
        ):
            taken.extend([i, i + 1, i + 2])
            i += 3
            continue
        else:
            break
        i += 1
    while taken and tokens[taken[-1]][0].lower() in {"the", "a", "an", "of", "for", "and"}:
        taken.pop()
    # a name in apposition that closes the sentence ("according to the army's chief, Gen. Ana
    # Ruiz."): part of the claimant's words
    if taken and i < len(tokens) and tokens[i][0] == "," and taken[-1] == i - 1:
        j = i + 1
        while j < len(tokens) and tokens[j][0][0].isupper() and tokens[j][0] not in _CAP_STOP:
            j += 1
        if j > i + 1 and re.fullmatch(r"[\s.!?”\"’)]*", text[tokens[j - 1][2] : end]):
            taken.extend(range(i, j))
    if not taken or all(tokens[j][0].lower() in {"the", "a", "an"} for j in taken):
        return None
    return tokens[taken[0]][1], tokens[taken[-1]][2]


_LIST_NP = re.compile(
    r"^(?P<list>(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)(?:,\s*[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)*"
    r",?\s+and\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+(?P<noun>[a-z][\w\s’'-]*)$"
)


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


@dataclass(frozen=True)
class _Sentence:
    """What a frame finder reads: the text, the sentence, its quotations and date spans."""

    text: str
    span: Span
    quotes: Sequence[Span]
    dates: Sequence[Span]


#: A frame finder: the frame a trigger match starts, or None.
Finder = Callable[["FrameRule", _Sentence, "re.Match[str]", list[Frame]], "Frame | None"]


@dataclass(frozen=True)
class FrameRule:
    """One attribution construction: a row of :data:`FRAME_RULES`.

    ``trigger`` finds the construction's words; ``claimant`` says on which side of them the
    claimant's words are (``before``, ``after``, or ``either`` for a verb of saying, whose
    subject may follow it: '“…,” said X'); ``scope`` which words the claimant states
    (``sentence``; ``after``: from the trigger to the sentence end or the next frame;
    ``side``: the side of the sentence away from the claimant, or the quotation the frame
    closes; ``noun``: the noun phrase the trigger opens, as in "Seoul's estimate of 1,500");
    ``dating`` whether date words attached to the trigger date the statement (``attached``)
    or nothing in the frame does (``none``: the statement's date comes from the discourse).
    """

    name: str
    kind: str
    trigger: re.Pattern[str]
    claimant: str
    scope: str
    dating: str
    finder: Finder
    flags: tuple[str, ...] = ()


_SOURCE_OF = re.compile(
    rf"(?:(?:the|new|latest|official|[a-z]+)\s+){{0,3}}?(?:{alternation(DOCUMENT_NOUNS)})\s+"
    r"(?:(?:released|published|issued|compiled|provided)\s+)?(?:from|by|of)\s+",
    re.IGNORECASE,
)


_SOURCE_THEN_DOCUMENT = re.compile(
    rf"(?P<source>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)\s+"
    rf"(?:{alternation(DOCUMENT_NOUNS)})"
)


def _forward_frame(
    rule: FrameRule, sentence: _Sentence, match: re.Match[str], frames: list[Frame]
) -> Frame | None:
    """A claimant after the trigger ("according to X", "per X figures", "X's count of …" is
    the backward kind): its words up to the first word that cannot name it."""
    text, (s_start, s_end) = sentence.text, sentence.span
    # "according to figures from X", "per data released by X": X, not its figures
    source = _SOURCE_OF.match(text, match.end(), s_end)
    np = np_forward(text, source.end(), s_end) if source is not None else None
    if np is None:
        np = np_forward(text, match.end(), s_end)
    if np is None:
        return None
    # "per U.S. figures", "according to Ukrainian data": the source, not its figures
    source_name = _SOURCE_THEN_DOCUMENT.fullmatch(text, np[0], np[1])
    if source_name is not None:
        np = (np[0], np[0] + len(source_name.group("source")))
    words = text[np[0] : np[1]]
    scope = Span(s_start, s_end) if rule.scope == "sentence" else Span(np[1], s_end)
    frame = Frame(
        rule.name, match.start(), match.end(), np[0], np[1],
        [Claimant(words)], rule.kind, scope, False,
        flags=list(rule.flags),
    )  # fmt: skip
    frame.pronoun = bool(re.fullmatch(r"(?i:the|a)\s+[a-z’' ]+", words))
    return frame


def _backward_frame(
    rule: FrameRule, sentence: _Sentence, match: re.Match[str], frames: list[Frame]
) -> Frame | None:
    """A claimant before the trigger ("X declined to comment", "Seoul's estimate of …")."""
    text, (s_start, s_end) = sentence.text, sentence.span
    if rule.kind == "subject" and any(
        f.verb_start < match.start() and not f.backward for f in frames
    ):
        return None  # "said it could not confirm": inside another frame's content
    np = _np_backward(text, s_start, match.start(), sentence.dates)
    if np is None:
        return None
    words = text[np[0] : np[1]]
    first = re.match(r"\w+", match.group(0))
    verb_end = match.start() + (first.end() if first else 0)
    if rule.scope == "noun":
        verb_end = match.end()
        scope = Span(match.end(), _clause_end(text, match.end(), s_end))
    else:
        scope = Span(verb_end, s_end)
    frame = Frame(
        match.group(0), match.start(), verb_end, np[0], np[1],
        [Claimant(words)], rule.kind, scope, False,
        flags=list(rule.flags),
    )  # fmt: skip
    frame.pronoun = words.lower() in PRONOUNS or bool(
        re.fullmatch(r"(?i:the|a)\s+[a-z’' ]+", words)
    )
    return frame


_DETERMINER_BEFORE = re.compile(
    r"(?:[’']s|\b(?:the|a|an|its|their|his|her|this|that|our|whose|any|no|each|every))\s+"
    r"(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_AFTER_DOCUMENT = re.compile(rf"\b(?:{alternation(DOCUMENT_NOUNS)})\s+$", re.IGNORECASE)


def _participle_on_thing(before: str) -> bool:
    """Whether the words before a colon verb end in a noun that is no body ("a note")."""
    if _AFTER_DOCUMENT.search(before) is not None:
        return True
    noun = re.search(r"\b(?:a|an|the|its|their)\s+(?:[a-z]+\s+){0,2}([a-z]+)\s+$", before)
    return noun is not None and noun.group(1) not in ROLE_WORDS


def _skip_verb(text: str, sentence: _Sentence, match: re.Match[str]) -> bool:
    """Whether a verb of saying is no frame: quoted, negated, "what it said were", or one of
    the verbs that frame only with their complement ("called for", "posted on", "put … at")."""
    s_start, s_end = sentence.span
    v_start, v_end = match.span()
    verb = match.group(0)
    before = text[max(s_start, v_start - 25) : v_start]
    return bool(
        _inside(v_start, sentence.quotes) is not None
        # "Seoul's estimate", "the report", "an estimate": a noun, not a verb
        or (verb in BASE_REPORTING_VERBS and _DETERMINER_BEFORE.search(before) is not None)
        or re.search(r"(?:\bnot|n[’']t|\bnever|\bneither)\s+(?:\w+\s+)?$", before, re.I)
        or re.search(r"\bneither\b.*\bnor\b", text[s_start:v_start], re.I)
        or re.search(r"\bwhat\s+\w+\s*$", before, re.I)
        or (verb == "called" and not re.match(r"\s+(?:for|on)\b", text[v_end : v_end + 5]))
        or (verb == "posted" and not re.match(r"\s+(?:on|that)\b", text[v_end : v_end + 6]))
        or (verb in PUT_AT_VERBS and not _PUT_AT.match(text, v_end, s_end))
        or (verb in COLON_VERBS and not _COLON_AHEAD.match(text, v_end, s_end))
        # "an assessment published Thursday: …", "a note issued Wednesday: …": a participle on
        # a thing, not its verb (a body that publishes is a role word: "the ministry issued")
        or (verb in COLON_VERBS and _participle_on_thing(before))
        # "the figure includes 1,300 dead" states it; "the package includes 30 guns" does not
        or (verb in {"includes", "included"} and _AFTER_DOCUMENT.search(before) is None)
    )


def _passive_frame(sentence: _Sentence, match: re.Match[str]) -> Frame | None:
    """ "it was reported by X": X's statement of what follows."""
    text, (_, s_end) = sentence.text, sentence.span
    v_start, v_end = match.span()
    by = _BY.match(text, v_end, s_end)
    forward = np_forward(text, by.end(), s_end) if by is not None else None
    if forward is None:
        return None
    agent = text[forward[0] : forward[1]]
    return Frame(
        match.group(0), v_start, v_end, forward[0], forward[1],
        [Claimant(agent)], "subject",
        Span(forward[1], s_end), False,
    )  # fmt: skip


def _inverted_frame(sentence: _Sentence, match: re.Match[str]) -> Frame | None:
    """'“…,” said X' and '…, said X': the claimant after the verb."""
    text, (s_start, s_end) = sentence.text, sentence.span
    v_start, v_end = match.span()
    before = text[max(s_start, v_start - 25) : v_start]
    stripped = before.rstrip()
    prev = stripped[-1:] if stripped else ""
    parenthetical = _PAREN_BEFORE.search(text, s_start, v_start) is not None
    if not (prev in {",", "”", '"'} or (prev == "" and v_start > s_start)):
        return None
    if match.group(0) in AUDIENCE_VERBS or (parenthetical and prev == ","):
        return None
    forward = np_forward(text, v_end, s_end)
    if forward is None:
        return None
    quote = _quote_before(text, v_start, sentence.quotes)
    scope = _quoted_scope(text, quote, s_start, v_start)
    scope = _with_continuation(text, scope, forward[1], sentence.quotes)
    return Frame(
        match.group(0), v_start, v_end, forward[0], forward[1], [], "inverted", scope, True
    )


#: The circumstances of a statement after its verb: an audience, then when, where or how
#: ("told reporters on Tuesday after a briefing from …").
_CIRCUMSTANCES = re.compile(
    r"\s+(?:(?:reporters|journalists|lawmakers|legislators|parliament|(?:the|a|an)\s+[\w’'-]+"
    r"|[A-Z][\w’'.-]*)\s+)?(?:on|at|in|after|during|following|before|while|via|through|when)\b"
)
#: A verb's "that" complement within its first words ("said on Monday that …").
_COMPLEMENT = re.compile(r"(?:\s+\S+){0,5}?\s+that\b")


def _subject_frame(sentence: _Sentence, match: re.Match[str]) -> Frame | None:
    """ "X said (that) …", '“…,” X said', "…, X said.", "Over the weeks, X added, …"."""
    text, (s_start, s_end) = sentence.text, sentence.span
    v_start, v_end = match.span()
    verb = match.group(0)
    region = s_start
    quote = _quote_before(text, v_start, sentence.quotes)
    if quote is not None:
        region = quote.end + 1
    np = _np_backward(text, region, v_start, sentence.dates)
    if np is None:
        return None
    np_start, np_end = np
    if quote is not None and text[region:np_start].strip(' ,”"') == "":
        scope = _quoted_scope(text, quote, s_start, np_start)
        scope = _with_continuation(text, scope, v_end, sentence.quotes)
        return Frame(verb, v_start, v_end, np_start, np_end, [], "post_quote", scope, True)
    frame = Frame(verb, v_start, v_end, np_start, np_end, [], "subject", Span(v_end, s_end), False)
    lead = text[s_start:np_start].rstrip()
    tail_end = _clause_end(text, v_end, s_end)
    resume = _after_parenthetical(text, v_end, s_end, sentence.dates)
    if lead.endswith(",") and _content_words(text, s_start, np_start) >= 1 and resume is not None:
        # "Over the past weeks, the ministry added, the North moved 18 launchers": a frame set
        # off by commas inside the sentence covers all of it
        frame.backward = True
        frame.scope = Span(s_start, s_end)
        frame.flags.append("parenthetical")
    elif (
        lead.endswith((",", "”", '"'))
        and _content_words(text, s_start, np_start) >= 3
        # "…, an official told reporters on Tuesday after a briefing from the …": a tail of
        # circumstances (no figure, no "that" complement, no colon) closes the attribution
        and not re.search(r"\d", text[v_end:tail_end])
        and not _COMPLEMENT.match(text, v_end, tail_end)
        and not re.match(r"\s*:", text[v_end:])
        and (
            _content_words(text, v_end, tail_end) <= 8
            or _CIRCUMSTANCES.match(text, v_end, tail_end) is not None
        )
    ):
        frame.backward = True
        frame.scope = Span(s_start, len(lead) + s_start - 1)
    return frame


def _verb_frame(
    rule: FrameRule, sentence: _Sentence, match: re.Match[str], frames: list[Frame]
) -> Frame | None:
    """A verb of saying: passive ("was reported by X"), inverted ("said X") or with its
    subject before it ("X said")."""
    text, (s_start, _) = sentence.text, sentence.span
    if _skip_verb(text, sentence, match):
        return None
    v_start = match.start()
    before = text[max(s_start, v_start - 25) : v_start]
    if _PASSIVE_BEFORE.search(before) is not None and match.group(0) not in PUT_AT_VERBS:
        return _passive_frame(sentence, match)
    frame = _inverted_frame(sentence, match) or _subject_frame(sentence, match)
    if frame is None:
        return None
    frame.perfect = bool(re.search(r"\b(?:have|has)\s+(?:\w+\s+)?$", before))
    words = text[frame.np_start : frame.np_end]
    frame.pronoun = words.lower() in PRONOUNS or bool(
        re.fullmatch(r"(?i:the|a)\s+[a-z’' ]+", words)
    )
    frame.claimants = [Claimant(words)]
    return frame


def _participle_frame(
    rule: FrameRule, sentence: _Sentence, match: re.Match[str], frames: list[Frame]
) -> Frame | None:
    """ "The Pentagon has confirmed …, saying on Wednesday that around 3,000 …": a participle
    of saying after a comma states what follows for the subject of the frame before it."""
    s_end = sentence.span.end
    owner = next((f for f in reversed(frames) if f.verb_end <= match.start()), None)
    if owner is None or owner.kind == "possessive":
        return None
    verb_start = match.start("verb")
    return Frame(
        match.group("verb"), verb_start, match.end("verb"), owner.np_start, owner.np_end,
        list(owner.claimants), owner.kind if owner.kind != "inverted" else "subject",
        Span(match.end("verb"), s_end), False, pronoun=owner.pronoun,
        flags=["participle"],
    )  # fmt: skip


#: The attribution constructions, tried in this order on every sentence. A new construction
#: is one row: its trigger, where its claimant is, what it covers and how it is dated (the
#: finders are shared: ``_forward_frame`` for a claimant after the trigger,
#: ``_backward_frame`` for one before it).
FRAME_RULES: tuple[FrameRule, ...] = (
    FrameRule("reporting verb", "subject", _VERB_RE, "either", "side", "attached", _verb_frame),
    FrameRule(
        "refusal", "subject", re.compile(NO_COMMENT), "before", "after", "attached",
        _backward_frame, ("non_confirmation",),
    ),
    FrameRule(
        "according to", "according_to", re.compile(r"(?<![\w])[Aa]ccording\s+to\s+"),
        "after", "sentence", "none", _forward_frame,
    ),
    # "…, per U.S. figures", "per Ukraine's General Staff"
    FrameRule(
        "per", "according_to", re.compile(r"(?<![\w])per\s+(?=(?:the\s+)?[A-Z])"),
        "after", "sentence", "none", _forward_frame,
    ),
    # "…, saying on Wednesday that around 3,000 …"
    FrameRule(
        "participle", "subject",
        re.compile(
            r",\s+(?P<verb>saying|adding|noting|estimating|claiming|insisting|telling)\b"
            r"(?=[^,;:]{0,40}?\bthat\b)"
        ),
        "before", "after", "attached", _participle_frame,
    ),
    # "far above Seoul's estimate of around 1,100", "the ministry's count of 700"
    FrameRule(
        "possessive estimate", "possessive",
        re.compile(
            rf"[’']s\s+(?:(?:{alternation(ESTIMATE_MODIFIERS)})\s+)?"
            rf"(?:{alternation(ESTIMATE_NOUNS)})\s+(?:of|at)\s+(?=(?:[a-z]+\s+){{0,3}}\d)"
        ),
        "before", "noun", "noun", _backward_frame, ("possessive",),
    ),
)  # fmt: skip


#: Between a verb of saying and the subject of a reported belief ("said Washington believed",
#: "told reporters on Monday that the army estimates"): no clause boundary.
_NESTED_GAP = re.compile(r"(?:\s+(?!and\b|but\b|while\b)[\w’'-]+){0,4}?\s+(?:that\s+)?")


#: Verbs whose frame, right after another's verb, is reported content ("said Washington
#: believed", "said the figure included").
NESTED_VERBS: frozenset[str] = BELIEF_VERBS | frozenset({"includes", "included"})


def _without_nested(text: str, frames: list[Frame]) -> list[Frame]:
    """Frames minus those reported inside another: in "Whitcombe said Washington believed
    N", Whitcombe states N; the reported believer is part of the content."""
    kept: list[Frame] = []
    for frame in frames:
        nested = (
            frame.verb in NESTED_VERBS
            and frame.kind == "subject"
            and not frame.backward
            and any(
                outer.kind == "subject"
                and not outer.backward
                and outer.verb_end <= frame.np_start
                and _NESTED_GAP.fullmatch(text, outer.verb_end, frame.np_start) is not None
                and outer.claimants != frame.claimants
                for outer in kept
            )
        )
        if not nested:
            kept.append(frame)
    return kept


def find_frames(
    text: str,
    sentence: Span,
    quotes: Sequence[Span],
    dates: Sequence[Span] = (),
) -> list[Frame]:
    """The reporting frames of one sentence, with the span of content each one covers.

    Each row of :data:`FRAME_RULES` is tried in order. Triggers inside quotation marks are the
    quoted person's words, not frames. A frame after a quotation ('“…,” said X' or '“…,” X
    added') covers the quotation; "X said (that) …" covers what follows up to the next frame;
    "…, X said." at the end of a sentence covers what precedes it; "according to X" covers the
    whole sentence.
    """
    seen = _Sentence(text, sentence, quotes, dates)
    frames: list[Frame] = []
    for rule in FRAME_RULES:
        for match in rule.trigger.finditer(text, *sentence):
            if _inside(match.start(), quotes) is not None:
                continue
            frame = rule.finder(rule, seen, match, frames)
            if frame is not None:
                frames.append(frame)
    frames.sort(key=lambda f: f.verb_start)
    frames = _without_nested(text, frames)
    # a forward frame's content stops where the next frame's claimant begins
    for index, frame in enumerate(frames):
        if frame.kind == "subject" and not frame.backward:
            for later in frames[index + 1 :]:
                if later.kind in {"subject", "according_to"} and not later.backward:
                    cut = min(later.np_start, later.verb_start)
                    if cut > frame.scope.start:
                        frame.scope = Span(frame.scope.start, cut)
                    break
    return frames


#: What follows a frame without stating anything: the circumstances of the statement.
_ATTRIBUTION_TAIL = re.compile(
    r"(?:[a-z]+ing|according|in|on|at|during|after|before|without|via|through|as|when|while"
    r"|who|which|where)\b"
)


def _after_parenthetical(text: str, pos: int, end: int, dates: Sequence[Span]) -> int | None:
    """Where the sentence resumes after a frame set off by commas (", the ministry added, …"),
    or None when no comma follows the verb (its date words skipped) or only the circumstances
    of the statement do (", speaking on condition of anonymity")."""
    while True:
        gap = re.match(r"\s*", text[pos:end])
        pos += gap.end() if gap else 0
        date = next((d for d in dates if d.start == pos), None)
        if date is None:
            break
        pos = date.end
    if not text.startswith(",", pos):
        return None
    rest = text[pos + 1 : end].lstrip()
    if _ATTRIBUTION_TAIL.match(rest) or _content_words(text, pos + 1, end) < 3:
        return None
    return pos + 1


def _quote_before(text: str, pos: int, quotes: Sequence[Span]) -> Span | None:
    """The quotation that closes just before ``pos`` ('“…,” said X', '“…,” the JCS said')."""
    for quote in quotes:
        gap = text[quote.end : pos]
        if (
            quote.end <= pos
            and len(gap) <= 80
            and re.match(r"[,.!?]?[”\"]", gap)
            and "“" not in gap
            and '"' not in gap[1:]
        ):
            return quote
    return None


def _quoted_scope(text: str, quote: Span | None, s_start: int, frame_start: int) -> Span:
    """What a frame after a quotation covers: the quotation, or, when it quotes only a word or
    two inside the sentence ('…, treating the troops as “expendable,” the White House said'),
    the whole sentence before the frame."""
    if quote is None:
        return Span(s_start, frame_start)
    short = _content_words(text, quote.start, quote.end) <= 3
    inside = _content_words(text, s_start, quote.start) >= 3
    return Span(s_start, frame_start) if short and inside else quote


#: A clause ends at a semicolon, colon, comma or full stop, not inside a number ("1,100").
_CLAUSE_END = re.compile(r"[;:]|[,.](?!\d)")


def _with_continuation(text: str, scope: Span, frame_end: int, quotes: Sequence[Span]) -> Span:
    """'“A,” the official said, “and B.”': a quotation resumed right after the frame is the
    same speaker's; the frame covers both parts."""
    resumed = re.match(r"\s*,\s*[“\"]", text[frame_end:])
    if resumed is None:
        return scope
    start = frame_end + resumed.end()
    following = next((q for q in quotes if q.start == start), None)
    return Span(scope.start, following.end) if following is not None else scope


def _clause_end(text: str, pos: int, end: int) -> int:
    match = _CLAUSE_END.search(text, pos, end)
    return match.start() if match else end


# --- matching claimants to actors ------------------------------------------------------------


def _norm(words: str) -> str:
    words = words.replace("’", "'").lower()
    words = re.sub(r"'s\b", "", words)
    words = re.sub(r"[^\w\s.-]", " ", words)
    words = re.sub(r"^(?:the|a|an)\s+", "", words.strip())
    return re.sub(r"\s+", " ", words).strip()


def _aliases(actor: Mapping[str, Any]) -> tuple[str, set[str]]:
    name = str(actor.get("name") or "")
    aliases = {_norm(a) for a in re.findall(r"\(([^)]+)\)", name)}  # "(the Pentagon)"
    for alias in actor.get("aliases") or ():
        aliases.add(_norm(str(alias)))
    base = _norm(re.sub(r"\s*\([^)]*\)", "", name))
    return base, aliases


_PERSON = re.compile(
    rf"(?:\b(?:{_TITLES})\.\s+[A-Z]"
    rf"|\b(?:{alternation(PERSON_ROLES)})"
    r",?\s+[A-Z][\w’'-]+\s+[A-Z][\w’'-]+$)"
)


def names_person(words: str) -> bool:
    """Whether the claimant's words name a person ("spokeswoman Maj. Ann Lee", "defector Kim
    Il-su"), who is not the body they speak for."""
    return bool(_PERSON.search(words))


def match_actor(
    words: str, actors: Sequence[Mapping[str, Any]], *, country: str | None = None
) -> tuple[str | None, float]:
    """The ``actor_id`` the claimant's words name, with a score (None, 0.0 when none fits).

    Tried in order: the full name or an alias ("JCS", "SSO"); a person's surname; the
    words contained in a name ("Joint Chiefs of Staff"); a country name for a state; a role word
    ("authorities", "military", "president") of the same country, the country taken from the
    words or, failing that, from ``country`` (e.g. "South Korea, where authorities said").
    """
    norm = _norm(words)
    if not norm or not actors:
        return None, 0.0
    tokens = set(norm.split())
    person = names_person(words)
    own_country = country_of(words) or None
    best: tuple[str | None, float] = (None, 0.0)
    for actor in actors:
        score = _actor_score(actor, norm, tokens, person=person, own=own_country, hint=country)
        if score > best[1]:
            best = (str(actor.get("actor_id")), score)
    if best[1] < 0.75:
        return None, 0.0
    return best


def _actor_score(
    actor: Mapping[str, Any],
    norm: str,
    tokens: set[str],
    *,
    person: bool,
    own: str | None,
    hint: str | None,
) -> float:
    """How well normalised claimant words name one actor (0.0: not at all); see
    :func:`match_actor` for the order of the tests."""
    base, aliases = _aliases(actor)
    kind = str(actor.get("kind") or "")
    actor_country = actor.get("country")
    description = _norm(str(actor.get("description") or ""))
    if norm == base or norm in aliases:
        return 1.0
    if person and kind != "person":
        return 0.0  # "Pentagon spokeswoman Maj. Ann Lee" is a person, not the Pentagon
    scores = [0.0]
    if description and norm == description:  # the words of the actor's description
        scores.append(0.9)
    if tokens & aliases:
        scores.append(0.95)
    parts = base.split()
    if kind == "person" and parts and parts[-1] in tokens and len(parts[-1]) > 2:
        scores.append(0.9 + (0.05 if base in norm else 0.0))
    proper = tokens - ROLE_WORDS
    if proper and len(norm) > 3 and (norm in base or (base in norm and kind != "state")):
        scores.append(0.85)
    if (
        kind == "state"
        and own
        and own == actor_country
        and re.fullmatch(r"(?:[\w.]+\s?){1,3}", norm)
        and not tokens & ROLE_WORDS
    ):
        scores.append(0.85)
    roles = tokens & ROLE_WORDS - {"top", "senior", "foreign", "policy", "national"}
    target_country = own or hint
    if roles and target_country and target_country == actor_country and kind != "state":
        shared = roles & (set(base.split()) | set(description.split()))
        if shared:
            scores.append(0.75 + 0.05 * min(len(shared), 2))
    return max(scores)
