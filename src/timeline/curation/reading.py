"""Stage 0 of ``propose``: the visible text of a report, and the way back to the original.

Invisible format characters (Unicode category Cf: zero-width space, joiner and non-joiner, soft
hyphen, a byte order mark inside the text, bidirectional controls) are removed before any
number or word is read, so "3\u200d00" reads as 300, not as 3 and 00. Every stage works on
the visible text; :func:`to_original` maps a span back, so a candidate's offsets index the
original text exactly and its quote is the original characters, invisible ones included.
Quotes holding bidirectional overrides or isolates are flagged (they may display in another
order than stored), quotes holding other format characters too. Stdlib only.
"""

from __future__ import annotations

import re
import unicodedata

from timeline.curation.flags import Flag

__all__ = ["format_flags", "to_original", "visible_text"]

#: Bidirectional embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069).
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_MAYBE_FORMAT = re.compile(r"[^\x00-\u00ac\u00ae-\u05ff]")


def _is_format(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def visible_text(text: str) -> tuple[str, list[int] | None]:
    """The text without format characters, and for each of its indexes the original index
    (None when nothing was removed: the text is its own visible text)."""
    if _MAYBE_FORMAT.search(text) is None or not any(_is_format(c) for c in text):
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
    if any(_is_format(char) for char in quote):
        flags.append(Flag.FORMAT_CHARACTERS.value)
    return flags
