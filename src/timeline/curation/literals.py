"""The literal words a regular expression cannot match without.

A frame row's trigger is a long pattern tried on every sentence, and most sentences cannot
match most rows. Every match of ``r"\\bbased\\s+on\\b"`` contains "based", so a sentence
without that word need not be searched at all: a substring test is many times cheaper than
the pattern. :func:`required_literals` reads a compiled pattern and names such words, so each
row gets its quick test from its own pattern and a new row needs no hand-written one.

The test is one-sided by construction: the words are lower-cased (compare them with the
lower-cased text), only parts every match must pass through count (not optional parts, not
look-behinds, which may read before the searched span), and a pattern whose parts cannot be
read yields no words, so it is always tried.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# the parser behind ``re.compile``: private, so if it moves only the speed-up is lost
try:
    sre: Any = importlib.import_module("re._constants")
    sre_parse: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - other Python versions
    sre = sre_parse = None

#: More alternatives than this make the test slower than it saves.
_MOST = 48

Words = frozenset[str]


def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lower-case words of which every match of ``pattern`` contains at least one; empty when
    none can be named (the pattern must then always be tried)."""
    if sre_parse is None or not isinstance(pattern, re.Pattern):
        return ()  # (a stand-in object a test wraps a trigger in is always tried)
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except (re.error, TypeError, ValueError):  # pragma: no cover - compiled already
        return ()
    found = _sequence(list(parsed))
    return tuple(sorted(found)) if found else ()


def may_match(words: tuple[str, ...], lowered: str) -> bool:
    """Whether text (lower-cased) holds one of a pattern's required words, or none are known."""
    return not words or any(map(lowered.__contains__, words))


def _better(first: Words | None, second: Words | None) -> Words | None:
    """The more selective of two sets of required words: longer shortest word, then fewer."""
    if not second or any(not word.strip() for word in second) or len(second) > _MOST:
        return first  # an empty or blank word is in every text
    if not first:
        return second

    def rank(words: Words) -> tuple[int, int]:
        return (min(len(w) for w in words), -len(words))

    return second if rank(second) > rank(first) else first


def _sequence(items: list[tuple[Any, Any]]) -> Words | None:
    """Required words of a run of pattern items: the best literal run or required part."""
    best: Words | None = None
    run: set[str] = {""}

    def close() -> None:
        nonlocal best, run
        best = _better(best, frozenset(run))
        run = {""}

    for op, value in items:
        letters = _letters(op, value)
        if letters is not None and len(run) * len(letters) <= _MOST:
            run = {start + letter for start in run for letter in letters}
            continue
        close()
        best = _better(best, _part(op, value))
    close()
    return best


def _letters(op: Any, value: Any) -> set[str] | None:
    """The characters one item matches when it is a literal or a small set of literals."""
    if op is sre.LITERAL:
        return {chr(value).lower()}
    if op is sre.IN and value and all(kind is sre.LITERAL for kind, _ in value):
        return {chr(code).lower() for _, code in value}
    return None


def _part(op: Any, value: Any) -> Words | None:
    """Required words of one item that is not a literal (None: it promises none)."""
    if op is sre.SUBPATTERN:
        return _sequence(list(value[-1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)):
        low, _, body = value
        return _sequence(list(body)) if low >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(value))
    if op is sre.ASSERT and value[0] == 1:  # a look-ahead reads inside the searched span
        return _sequence(list(value[1]))
    if op is sre.BRANCH:
        return _branches(value[1])
    return None


def _branches(branches: list[Any]) -> Words | None:
    """Required words of alternatives: one of each branch's, or none if a branch has none."""
    union: set[str] = set()
    for branch in branches:
        words = _sequence(list(branch))
        if not words:
            return None
        union |= words
    return frozenset(union) if len(union) <= _MOST else None
