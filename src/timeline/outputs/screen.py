"""Text from the data on a terminal: control characters made visible, lines wrapped verbatim.

Released text (quotes, names, dates in a manifest) comes from files that a mirror
serves, so it may hold terminal escape sequences or other control characters.
:func:`visible` shows each as an escape (``\\x1b``, ``\\n``, ``\\u202e``) so that
nothing a release holds can move the cursor, recolour the screen or reorder what is
shown.  :func:`wrap_verbatim` wraps at whitespace only and never drops, adds or
changes a character: its lines joined give back the text.

Standard library only: the CLI's light paths may import it.
"""

from __future__ import annotations

import re
import unicodedata

#: Escapes with a name of their own.
_NAMED = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
#: Unicode's bidirectional embedding, override and isolate controls, and the direction
#: marks: invisible, yet they reorder the characters around them on screen.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
#: Categories shown as escapes: control characters (C0, DEL, C1) and the line and
#: paragraph separators (a terminal or a line splitter may take them for newlines).
_ESCAPED_CATEGORIES = frozenset({"Cc", "Zl", "Zp"})
#: Where a line may break: before a run of whitespace between two non-spaces that holds
#: at least one breaking space.  No-break spaces (U+00A0, U+2007, U+202F) alone do not
#: break a line; beside a breaking space they go to the next line with it.
_BREAK = re.compile(r"(?<=\S)\s*[^\S\u00a0\u2007\u202f]\s*(?=\S)")


def _escaped(char: str) -> bool:
    return char in _BIDI or unicodedata.category(char) in _ESCAPED_CATEGORIES


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def visible(text: object) -> str:
    """``text`` with every control character shown as a backslash escape; all else as is.

    Printable text (every real quote so far) comes back unchanged, character for
    character.
    """
    text = str(text)
    if text.isprintable():  # the common case: nothing to escape
        return text
    return "".join(_escape(c) if _escaped(c) else c for c in text)


def wrap_verbatim(text: str, width: int) -> list[str]:
    """``text`` cut into lines of at most ``width`` characters, only before whitespace.

    ``"".join(lines) == text`` always: every line after the first starts with the
    whitespace it was broken at (indent it one column less, and the text lines up),
    hyphens never break, and a word longer than ``width`` overflows its line rather
    than being split.
    """
    width = max(1, width)
    breaks = [m.start() for m in _BREAK.finditer(text)]
    lines: list[str] = []
    start = 0
    following = 0  # index in ``breaks`` of the first break after ``start``
    while len(text) - start > width:
        while following < len(breaks) and breaks[following] <= start:
            following += 1
        if following == len(breaks):
            break
        cut = breaks[following]  # the first break: taken even when its word overflows
        for candidate in breaks[following + 1 :]:
            if candidate - start > width:
                break
            cut = candidate
        lines.append(text[start:cut])
        start = cut
    lines.append(text[start:])
    return lines
