"""Text from reports, made safe to put into generated Markdown (release notes, dataset card).

Titles, quotes, publishers and descriptions come from archived reports and from whoever
curated or published a release.  Put into Markdown raw, a newline in a publisher starts
a heading, ``<script>`` or ``<img onerror=…>`` runs when MkDocs or a forge renders the
page, ``[x](javascript:…)`` becomes a live link, and a value cut short can leave a tag
open that swallows the rest of the page.  Every such value goes through here:

* :func:`md_text` for running text: line breaks and other control characters become a
  visible ``↵``/``␉`` or ``\\uXXXX``, ``&``, ``<`` and ``>`` become HTML entities (so no tag,
  complete or cut, can form), and Markdown's punctuation is backslash-escaped (no link,
  emphasis, code span or table cell boundary).  ``line_start=True`` also escapes what
  would make a line a heading, list item, quote or rule.
* :func:`md_code` for a value shown as code: a code span whose fence is longer than any
  run of backticks inside.
* :func:`md_fence` for a fenced block (BibTeX): a fence no line of the content can close.

Cutting to a width happens before escaping (:func:`md_text`'s ``width``), never after.
"""

from __future__ import annotations

import re

#: Characters that start Markdown syntax mid-line, all of which Python-Markdown (MkDocs) and
#: CommonMark let a backslash escape: code spans, emphasis, links and images (no ``]`` and
#: ``[``, no link), ``{: …}`` attribute lists (MkDocs' attr_list could add an ``onclick``),
#: and ``|``, which ends a table cell.
_ESCAPE = re.compile(r"([\\`*_{}\[\]|])")
#: What makes a line a block: a heading, a list item, a quote, a rule or setext underline.
_BLOCK_START = re.compile(r"^(\s*)([#>=+*-]|\d+(?=[.)]))")
_VISIBLE = {"\n": "↵", "\r": "↵", "\t": "␉"}


def _control(char: str) -> str:
    return _VISIBLE.get(char, f"\\u{ord(char):04x}")


def _controls_visible(text: str) -> str:
    text = text.replace("\r\n", "\n")
    return "".join(
        _control(c) if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029") else c
        for c in text
    )


def _escape_block_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker[0].isdigit():  # "1. x" -> "1\\. x": the delimiter is what a backslash escapes
        return f"{indent}{marker}\\"
    if marker == "=":  # Python-Markdown has no "\\=" escape; an entity works everywhere
        return f"{indent}&#61;"
    return f"{indent}\\{marker}"


def md_text(value: object, *, width: int | None = None, line_start: bool = False) -> str:
    """``value`` as literal text in Markdown, cut to ``width`` characters first (with '…')."""
    text = str(value)
    if width is not None and len(text) > width:
        text = text[: max(width - 1, 0)] + "…"
    text = _controls_visible(text)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _ESCAPE.sub(r"\\\1", text)
    if line_start:
        text = _BLOCK_START.sub(_escape_block_start, text)
    return text


def md_code(value: object, *, in_table: bool = False) -> str:
    """``value`` as an inline code span, whatever backticks it holds, on one line (in a table
    cell, ``|`` is escaped too: tables split cells before they read code spans)."""
    text = _controls_visible(str(value))
    if in_table:
        text = text.replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    if text.startswith("`") or text.endswith("`") or longest:
        return f"{fence} {text} {fence}"
    return f"{fence}{text}{fence}"


def md_fence(content: str, info: str = "") -> str:
    """``content`` in a fenced code block that none of its lines can close."""
    longest = max((len(run) for run in re.findall(r"`{3,}", content)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{content}\n{fence}"
