"""Opinion polls: the pollster states the shares its respondents gave.

"In a Nordpoll survey released on Tuesday, 61 percent of Norwegians said …", "A survey by
Nordpoll found that 61% …", "The poll, conducted by Nordpoll for the daily Aftenbladet, found
that 52 percent …": the figure is a share of respondents, and what reports it is the poll, so
its author. A sentence with a percentage whose statement names no claimant, the respondents
themselves ("61 percent of Norwegians said") or the poll as a document ("The poll found") is
the pollster's, named in the sentence or the one before. Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.curation.vocabulary import MONTHS, WEEKDAYS

__all__ = ["poll_author", "speaks_for_a_poll"]

_NAME = (
    r"[A-Z][\w&.-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w&.-]*)*"
    # "the Lima institute": a name, then the lower-case kind of body it is
    r"(?:\s+(?:institute|institution|agency|office|centre|center|group|foundation|university"
    r"|council|board|firm|company|organisation|organization|bureau|commission))?"
)
#: A poll and its author after it: "a survey by Nordpoll", "The poll, conducted by Nordpoll
#: for …", "a poll released on Tuesday (last week) by Nordpoll".
_POLL_BY = re.compile(
    rf"\b(?:poll|survey)\b(?:\s*,)?\s+(?:(?:conducted|carried\s+out|commissioned|released"
    rf"|published)\s+)?(?:(?:on|last|this|earlier\s+this)\s+\w+\s+)?(?:by|from)\s+(?:the\s+)?"
    rf"(?P<author>{_NAME})"
    rf"(?=[\s,.;:]|$)"
)
#: A poll and its author before it: "a Nordpoll survey", "Nordpoll's latest poll", "A Nordpoll
#: telephone survey".
_POLL_PRE = re.compile(
    rf"\b(?:(?i:an?|the|its|their)\s+)?(?P<author>{_NAME})(?:[’']s)?\s+"
    rf"(?:(?:latest|new|opinion|monthly|weekly|annual|telephone|phone|online|national"
    rf"|nationwide)\s+)*(?:poll|survey)\b"
)
#: Words that are no pollster: sentence openers and the poll's own words.
_NOT_AN_AUTHOR = frozenset(
    {
        "in",
        "a",
        "an",
        "the",
        "its",
        "their",
        "according",
        "latest",
        "new",
        "another",
        "this",
        "that",
        "one",
        "our",
        "last",
        "recent",
        "separate",
        "earlier",
        "second",
        "fresh",
    }
)
#: Claimant words that are the respondents, not the pollster ("61 percent of Norwegians
#: said"), or the poll as a document ("The poll", "the survey").
_RESPONDENTS = re.compile(
    r"(?i)^(?:(?:the|a|an|its)\s+)?(?:poll|survey|respondents|those\s+(?:polled|surveyed|asked)"
    r"|people|voters|adults|residents|[A-Z][a-z]+(?:ns|ese|ish|is|s))$"
)


def _when(words: list[str]) -> bool:
    """Whether a poll's "author" is when it was taken ("an October survey", "a Monday poll")."""
    return all(w.lower().rstrip(".") in MONTHS or w.lower() in WEEKDAYS for w in words)


#: The word a poll named before its author ends on; the name is looked for only in the
#: stretch just before it, so a long run of capitalised words is not read once per word.
_POLL_WORD = re.compile(r"\b(?:poll|survey)\b")
_POLL_PRE_ENDING = re.compile(rf"(?:{_POLL_PRE.pattern})\Z")
#: How far before "poll" its author's name may start.
_NAME_REACH = 200


def _polls_named(text: str) -> Iterator[re.Match[str]]:
    """Each poll with its author after it, then each with its author before it."""
    yield from _POLL_BY.finditer(text)
    for word in _POLL_WORD.finditer(text):
        start = max(0, word.start() - _NAME_REACH)
        found = _POLL_PRE_ENDING.search(text, start, word.end())
        if found is not None:
            yield found


def poll_author(text: str) -> str | None:
    """The author of the poll a stretch of text names, else None."""
    for found in _polls_named(text):
        words = found.group("author").split()
        while words and words[0].lower() in _NOT_AN_AUTHOR:
            words = words[1:]
        if (
            words
            and words[0][:1].isupper()
            and not _when(words)
            # "the previous Upper House poll": an election to a chamber, no pollster
            and words[-1] not in _CHAMBERS
        ):
            return " ".join(words)
    return None


#: Chambers whose "poll" is an election ("an Upper House poll", "the Senate poll").
_CHAMBERS = frozenset(
    {"House", "Senate", "Assembly", "Parliament", "Congress", "Diet", "Councillors", "Council",
     "Chamber", "Duma", "Majlis", "Knesset", "Bundestag", "Sejm"}
)  # fmt: skip


def speaks_for_a_poll(words: str | None) -> bool:
    """Whether a statement's claimant words leave the figure to the poll's author: none, the
    respondents, or the poll itself."""
    return not words or _RESPONDENTS.fullmatch(words.strip()) is not None
