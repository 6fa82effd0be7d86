"""Stage 0 of ``propose``: the visible text of a report, and the way back to the original.

Invisible format characters (Unicode category Cf: zero-width space, joiner and non-joiner, soft
hyphen, a byte order mark inside the text, bidirectional controls) are removed before any
number or word is read, so "3\u200d00" reads as 300, not as 3 and 00. Every stage works on
the visible text; :func:`to_original` maps a span back, so a candidate's offsets index the
original text exactly and its quote is the original characters, invisible ones included.
Quotes holding bidirectional overrides or isolates are flagged (they may display in another
order than stored), quotes holding other format characters too.

Thousands grouped with spaces ("2 700", "11\u202f000", as South African, French or SI style
writes them) are read as one number: their separator is read as a comma, which keeps every
offset where it was. A no-break or thin space always groups; a plain space in a text that
never groups with commas, and in one that does when a group opens with 0 ("12 000": no count
is written "000") or a qualifier opens the number ("almost 2 700", not before a calibre:
"some 200 170 mm guns"), as translated pages mix the styles; never after a month ("March 5
200 troops" is a date, then a count).

A page hard-wrapped at a fixed width (as e-mailed releases and some archives are: "Mchunu and
the commissioner\nreleased the statistics …") is read with its wrapped lines joined: a line
break is read as a space where the line goes on mid-sentence (the next line opens in lower
case, or the line ends on a comma, a dash or a small word such as "the" or "and"), once a page
shows that habit at least twice; one character for one, so offsets stay.

Accented Latin letters are read as their base letters ("Sáenz" as "Saenz", "Zieliński" as
"Zielinski"), one character for one, so every rule written for capitalised names reads them
too; :func:`letter_map` and :func:`restore_letters` give the words a candidate reports back
their accents. Stdlib only.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise

from timeline.curation.flags import Flag
from timeline.curation.mentions import GLUED_POWER_OR_MASS
from timeline.curation.vocabulary import MONTH_PATTERN

__all__ = [
    "MAYBE_FORMAT", "folded_letters", "format_flags", "grouped_thousands", "letter_map",
    "restore_letters",
    "to_original", "unwrapped_lines", "visible_text",
]  # fmt: skip

#: Bidirectional embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
#: Every code point that may be a format character (Unicode category "Cf", with room for
#: newer Unicode versions), so that texts with curly quotes and dashes are not scanned
#: character by character; ``_is_format`` decides (a test checks that no "Cf" is missed).
MAYBE_FORMAT = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001-\U000e007f]"
)


def _is_format(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def _has_format(text: str) -> bool:
    return any(_is_format(found.group()) for found in MAYBE_FORMAT.finditer(text))


def visible_text(text: str) -> tuple[str, list[int] | None]:
    """The text without format characters, and for each of its indexes the original index
    (None when nothing was removed: the text is its own visible text)."""
    if not _has_format(text):
        return text, None
    kept = [i for i, char in enumerate(text) if not _is_format(char)]
    return "".join(text[i] for i in kept), kept


def to_original(start: int, end: int, offsets: list[int] | None, length: int) -> tuple[int, int]:
    """The original offsets of the visible span ``[start, end)``."""
    if offsets is None:
        return start, end
    first = offsets[start] if start < len(offsets) else length
    last = offsets[end - 1] + 1 if end > start else first
    return first, last


def format_flags(quote: str) -> list[str]:
    """The flags a quote's invisible characters call for."""
    flags: list[str] = []
    if BIDI_CONTROLS.search(quote):
        flags.append(Flag.BIDI_CONTROL.value)
    if _has_format(quote):
        flags.append(Flag.FORMAT_CHARACTERS.value)
    return flags


#: Digits grouped in threes by spaces of any width: "2 700", "11\u00a0000", "1\u202f250\u202f000".
#: (A range's dash may join two: "50 000-70 000".)
_SPACE_GROUPED = re.compile(
    r"(?<![\w.,])(?<!(?<!\d)[-–])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+"
    r"(?:(?![\w]|[.,]\d|[-–](?!\d))"
    # "3 028MW", "14 992MW": a measure of power or mass written against the number
    rf"|(?=(?:{GLUED_POWER_OR_MASS})\b))"
)
_NARROW_SPACES = frozenset("\u00a0\u202f\u2009")
_COMMA_GROUPED = re.compile(r"\d,\d{3}(?!\d)")
_MONTH_BEFORE = re.compile(rf"(?i:{MONTH_PATTERN})\s+$")
_SCALE_AFTER = re.compile(r"\s+(?i:million|billion|trillion)\b")
_MEASURE_AFTER = re.compile(r"\s*-?(?:mm|cm|km|kg|m)\b")
_QUALIFIER_BEFORE = re.compile(
    r"\b(?i:about|approximately|almost|nearly|around|roughly|some|over|more\s+than|up\s+to"
    r"|at\s+least|fewer\s+than|less\s+than)\s+$"
)


def _groups(text: str, match: re.Match[str], plain_ok: bool) -> bool:
    """Whether the spaces of a space-grouped match group one number's thousands."""
    if {c for c in match.group() if not c.isdigit()} <= _NARROW_SPACES:
        return True
    before = text[max(0, match.start() - 24) : match.start()]
    if _MONTH_BEFORE.search(before) is not None:
        return False
    # a page that groups with commas may still group some with spaces, as translated pages
    # do: "12 000" (no count is written "000"), "almost 2 700" (a qualifier opens a number)
    # ("some 200 170 mm guns": a count, then a calibre)
    mixed = (
        re.search(r"\s0\d\d", match.group()) is not None
        or (
            _QUALIFIER_BEFORE.search(before) is not None
            and _MEASURE_AFTER.match(text, match.end()) is None
        )
        # "2 566 million tonnes": a scale word after the groups makes them one number
        or _SCALE_AFTER.match(text, match.end()) is not None
    )
    return plain_ok or mixed


def grouped_thousands(text: str) -> str:
    """``text`` with the spaces that group a number's thousands read as commas ("2 700" →
    "2,700"); the same length, so offsets are unchanged."""
    if not _SPACE_GROUPED.search(text):
        return text
    plain_ok = _COMMA_GROUPED.search(text) is None
    out = list(text)
    for match in _SPACE_GROUPED.finditer(text):
        if not _groups(text, match, plain_ok):
            continue
        for index in range(match.start(), match.end()):
            if not text[index].isdigit():
                out[index] = ","
    return "".join(out)


#: Latin letters without a decomposition into a base letter and a mark.
_PLAIN_LETTERS = {"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ħ": "h"}


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: A word with a character outside ASCII (where a folded letter may be).
_NON_ASCII_WORD = re.compile(r"\w*[^\x00-\x7f]\w*")


@lru_cache(maxsize=4096)
def _base_letter(char: str) -> str:
    if char.isascii() or not char.isalpha():
        return char
    if char in _PLAIN_LETTERS:
        return _PLAIN_LETTERS[char]
    base = unicodedata.normalize("NFD", char)[0]
    return base if base.isascii() and base.isalpha() else char


#: A mark typed for an apostrophe between two letters ("O´Brien", "Kyivʼs", "O`Neill"), and
#: the modifier letter after a plural's "s" ("journalistsʼ calculations").
_APOSTROPHE_LIKE = re.compile(r"(?<=[A-Za-z])[´ʼ`](?=[A-Za-z])|(?<=[a-z]s)ʼ(?=\s)")


def folded_letters(text: str) -> str:
    """``text`` with accented Latin letters read as their base letters and an acute accent
    or modifier letter typed for an apostrophe read as one (the same length)."""
    if text.isascii() and "`" not in text:
        return text
    text = _APOSTROPHE_LIKE.sub("’", text)
    return _NON_ASCII.sub(lambda m: _base_letter(m.group()), text)


def letter_map(original: str, folded: str) -> dict[str, str]:
    """Each folded word of ``folded`` whose letters differ in ``original`` (the same length),
    with the original word: "Saenz" → "Sáenz"."""
    if original == folded:
        return {}
    found: dict[str, str] = {}
    for word in _NON_ASCII_WORD.finditer(original):
        plain = folded[word.start() : word.end()]
        if plain != word.group():
            found.setdefault(plain, word.group())
    return found


def restore_letters(words: str, letters: dict[str, str]) -> str:
    """``words`` read from the folded text, with the page's own letters back."""
    if not letters:
        return words
    return re.sub(r"\w+(?:’\w+)*", lambda m: _restored(m.group(), letters), words)


def _restored(word: str, letters: dict[str, str]) -> str:
    """One word as the page wrote it: whole ("O’Brien" → "O´Brien"), else part by part."""
    if word in letters:
        return letters[word]
    return re.sub(r"\w+", lambda m: letters.get(m.group(), m.group()), word)


#: A line that ends where no sentence or heading can: on a comma or dash, or on a small word.
_OPEN_LINE_END = re.compile(
    r"(?:[,–—-]|\b(?i:the|a|an|of|and|to|in|for|with|by|that|from|on|at|as|or|its|their))$"
)
#: A line that goes on a sentence: it opens in lower case (not a lower-case byline or credit).
_GOES_ON = re.compile(r"(?!(?:by|photo|source|updated|posted|published|read|watch|listen)\b)[a-z(]")
_SENTENCE_END = re.compile(r"(?:[.!?][”\"’)\]]*|[:;])$")
#: How many wrapped breaks a page shows before its line breaks are read as wraps.
_WRAPS_NEEDED = 2


def unwrapped_lines(text: str) -> str:
    """``text`` with the line breaks of a hard-wrapped page read as spaces (the same length,
    so offsets are unchanged); a page that wraps fewer than twice is left as it is."""
    if "\n" not in text:
        return text
    breaks: list[int] = []
    lines = text.split("\n")
    pos = 0
    for line, following in pairwise(lines):
        pos += len(line) + 1
        body = line.rstrip("\r").rstrip()
        if not body or not following.strip() or _SENTENCE_END.search(body):
            continue
        if _GOES_ON.match(following) or (
            _OPEN_LINE_END.search(body) and not following[:1].isspace()
        ):
            breaks.append(pos - 1)
    if sum(_GOES_ON.match(text, b + 1) is not None for b in breaks) < _WRAPS_NEEDED:
        return text
    out = list(text)
    for index in breaks:
        out[index] = " "
        if index and out[index - 1] == "\r":
            out[index - 1] = " "
    return "".join(out)
