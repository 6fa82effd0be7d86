"""Sentences and clauses with character offsets.

Every span is a pair of offsets into the original text (end exclusive), so that callers can
slice quotes out of the text and never rebuild strings. Stdlib only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

__all__ = [
    "ABBREVIATIONS",
    "LABEL_DASH_FIGURE",
    "LIST_ITEM",
    "Span",
    "clauses",
    "item_of_colon_list",
    "join_dash_speech",
    "join_quoted",
    "quotation_runs",
    "quotations",
    "split_sentences",
    "trim",
]

#: An item of a list: a bullet or a dash opening the line ("- about 11,000 in the first;").
LIST_ITEM = re.compile(r"\s*[-–•*·]\s+")


#: A line of a list without bullets: a label, a dash, a figure ("Ethiopia – 138 people").
LABEL_DASH_FIGURE = r"[^\n:]{1,60}?\s[–—-]\s+(?:about\s+|some\s+)?\d[^\n]{0,40}"
_LABEL_DASH_FIGURE = re.compile(LABEL_DASH_FIGURE)


def item_of_colon_list(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` is an item of a list without bullets under a line
    ending with a colon ("The victims came from 20 countries, including:" / "Ethiopia – 138
    people" / "Kenya – 23 people"), every line between them an item too."""
    line_start = text.rfind("\n", 0, start) + 1
    if start != line_start or not _LABEL_DASH_FIGURE.fullmatch(text, start, end):
        return False
    pos = line_start
    for _ in range(60):
        previous_end = pos - 1
        if previous_end <= 0:
            return False
        previous_start = text.rfind("\n", 0, previous_end) + 1
        line = text[previous_start:previous_end].strip()
        if line.endswith(":"):
            return True
        if not _LABEL_DASH_FIGURE.fullmatch(line):
            return False
        pos = previous_start
    return False


class Span(NamedTuple):
    """A half-open interval ``[start, end)`` of character offsets."""

    start: int
    end: int


#: Words that end in a full stop without ending a sentence (lower case, without the stop).
ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "rs",  # "Rs. 300 crore": rupees
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "cmdr",
        "adm",
        "brig",
        "sgt",
        "cpl",
        "pvt",
        "gov",
        "sen",
        "rep",
        "rev",
        "pres",
        "amb",
        "supt",
        "insp",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "no",
        "nos",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "dept",
        "govt",
        "est",
        "approx",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "a.m",
        "p.m",
        "u.s",
        "u.n",
        "u.k",
        "e.u",
        "u.s.a",
        "d.c",
    ]
)

_BREAK = re.compile(
    r"[.!?]+[”\"’')\]]*(?=\s)"
    # "… with Russia.State TV later aired …": a stop glued to the next sentence, after a word
    # ending in two small letters or more ("stop it.Kenya") and before a capitalised word
    # (never "U.S.", "a.m.", "example.com", "N.Korea"); "… the Maritime Center.He added":
    # a short word that opens sentences too (not an outlet's domain, "Caliber.Az")
    # ("… since September 2023.It added …": after a year too)
    # ("… according to the UK.North Korea's leader …": after a country's short name too)
    # ("… according to the JCS.North Korea has …", "… as many as 90.The institute …": after an
    # acronym or a figure; "… released Monday.SIPRI said …": before an acronym speaking)
    r"|(?:(?<=[a-z]{2})|(?<=\d)|(?<=\bUK)|(?<=\bEU)|(?<=\bUN)|(?<=\bUS)|(?<=\b[A-Z]{3})"
    r"|(?<=\b[A-Z]{4})"
    # ("… the UN agency said on X.It added …": the platform's one-letter name)
    r"|(?<=\sX))"
    # (not an outlet's domain in capitals, "Censor.NET reports")
    r"\.(?=[A-Z][a-z]{2,}\b|(?!(?:NET|COM|ORG|INFO|GOV|EDU|UA|RU|AZ|BY|KZ|IO|TV)\b)[A-Z]{2,6}"
    r"\s+[a-z]|(?:He|It|We|In|On|As|At|If|So|By)\s)"
    # "… we will rebuild.”The ministry said …": a closing quotation glued to the next sentence
    r"|(?<=[a-z]{2}[.!?])[”\"](?=[A-Z][a-z]+\b)"
    # "… contracts with the MoD.915 According to …": a stop, then a footnote's number
    r"|(?:(?<=[A-Za-z][.!?])|(?<=[a-z][.!?][’'”])|(?<=[.!?][’'”]))\d{1,4}(?=\s+[A-Z])"
)
_ON_X = re.compile(r"\b(?:on|to)\sX$")
_WORD_BEFORE = re.compile(r"([A-Za-z](?:[A-Za-z.]*[A-Za-z])?)\.*[”\"’')\]]*$")
_OPENERS = "“\"‘'(["

OPEN_QUOTES = '“"'
CLOSE_QUOTES = '”"'


def trim(text: str, start: int, end: int) -> Span:
    """The span without leading and trailing white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def _is_abbreviation(text: str, line_start: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes a known abbreviation or an initial."""
    head = text[max(line_start, stop - 12) : stop + 1]
    match = _WORD_BEFORE.search(head)
    if match is None:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS:
        return True
    if word == "s" and re.search(r"\w[’']s\.$", head):
        return False  # "… close to Sweden's. The minister said": a possessive, not an initial
    # Initials ("J.", "U.S.") and single capitals: no break.
    return len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


def _inside_address(text: str, line_start: int, stop: int) -> bool:
    """Whether the word ending at a full stop is part of an address ("www.example", "a/b")."""
    window = max(line_start, stop - 80)  # a word, not the whole line: hostile lines are long
    word_start = max(text.rfind(" ", window, stop), text.rfind("\t", window, stop)) + 1
    return re.search(r"[./@:]", text[max(word_start, window) : stop]) is not None


def split_sentences(text: str) -> list[Span]:
    """Split ``text`` into sentences, as spans without surrounding white space.

    Lines are split first (a headline or a dateline line is its own sentence); within a line
    a sentence ends at ``.``, ``!`` or ``?`` (with any closing quotes or brackets) followed by
    white space and a capital letter, digit or opening quote, unless the stop closes a known
    abbreviation ("Gen.", "Oct.", "U.S."); a stop or a closing quotation mark glued to the next
    sentence ("… Russia.State TV", "… rebuild.”The port") ends it too.
    """
    spans: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        line_start, line_end = pos, pos + len(line)
        pos = line_end
        start = line_start
        for match in _BREAK.finditer(text, line_start, line_end):
            after = match.end()
            nxt = after
            while nxt < line_end and text[nxt].isspace():
                nxt += 1
            if nxt >= line_end:
                continue
            following = text[nxt]
            if not (following.isupper() or following.isdigit() or following in _OPENERS):
                continue
            stop = match.start()
            if (
                text[stop] == "."
                and _is_abbreviation(text, line_start, stop)
                # ("said on X.It added": the platform, not an initial)
                and not _ON_X.search(text, line_start, stop)
            ):
                continue
            glued_quote = text[stop] in CLOSE_QUOTES  # ".”The": the stop is before the mark
            if nxt == after and _inside_address(text, line_start, stop - glued_quote):
                continue  # "www.example.Com": a glued stop inside an address
            span = trim(text, start, after)
            if span.end > span.start:
                spans.append(span)
            start = after
        span = trim(text, start, line_end)
        if span.end > span.start:
            spans.append(span)
    return spans


def _open_quote(text: str, span: Span) -> bool:
    """Whether a quotation opened in ``span`` is still open at its end."""
    words = text[span.start : span.end]
    unclosed = words.count("“") - words.count("”")
    if unclosed > 0:
        # '“Demand grew by 5.3%. …," said the agency.': a curly opening mark some pages
        # close with a straight one
        straight = words[words.rfind("“") :].count('"')
        return straight < unclosed or (words.count('"') - unclosed) % 2 == 1
    # "‘About 600,000 tonnes would cover half. It is a lot,’ Wi said.": a curly single
    # opening mark (never an apostrophe) until its mark after punctuation
    openers = sum(
        1
        for i in range(span.start, span.end)
        if text[i] == "‘" and _single_opens(text, i, span.start)
    )
    if openers > len(_SINGLE_CLOSE.findall(words)):
        return True
    return words.count('"') % 2 == 1


def join_quoted(text: str, spans: Sequence[Span]) -> list[Span]:
    """Sentences joined where a quotation runs across them ('"We lost two. They lost ten,"
    she said.' is one unit): a sentence that leaves a quotation open is joined to the
    following sentences of the same line until the quotation closes. A quotation that never
    closes on its line leaves the sentences as they are."""
    out: list[Span] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        if _open_quote(text, span):
            j = i
            merged = span
            while j + 1 < len(spans) and "\n" not in text[merged.end : spans[j + 1].start]:
                j += 1
                merged = Span(span.start, spans[j].end)
                if not _open_quote(text, merged):
                    out.append(merged)
                    i = j + 1
                    break
            else:
                out.append(span)
                i += 1
            continue
        out.append(span)
        i += 1
    return out


#: A sentence that is only a speaker after a spaced dash, closing the paragraph before it as
#: speech given without quotation marks ("… The real figure may be higher. - Berg said.").
_DASH_SPEAKER = re.compile(
    r"(?:^|(?<=[.!?”\"])\s+)[-–—]\s+(?:the\s+)?(?:[\w’'.-]+\s+){1,5}?(?:said|says|added"
    r"|adds|stressed|noted|wrote|explained|stated|emphasi[sz]ed)\.?$"
)


def join_dash_speech(text: str, spans: Sequence[Span]) -> list[Span]:
    """A paragraph closed by a sentence that is only "- X said." is one sentence, so that its
    speaker's frame covers what the paragraph says before it."""
    out: list[Span] = []
    for span in spans:
        if _DASH_SPEAKER.search(text[span.start : span.end]):
            while out and "\n" not in text[out[-1].end : span.start]:
                span = Span(out.pop().start, span.end)
        out.append(span)
    return out


def quotations(text: str, start: int, end: int) -> list[Span]:
    """Quoted passages inside ``[start, end)``, as spans of their content (marks excluded).

    Curly quotes pair “ with ”; straight double quotes pair in order. An opening mark without
    its closing mark runs to ``end`` (a quotation continued in the next paragraph).
    """
    found: list[Span] = []
    i = start
    while i < end:
        char = text[i]
        if char in _PAIRED:
            close = text.find(_PAIRED[char], i + 1, end)
            if close < 0 and char == "“":
                close = text.find('"', i + 1, end)  # closed by a straight mark
            if char == "“":
                # '363 “Shahed“ drones': an opening mark typed where the closing one belongs,
                # right after a word and before a space, closes the passage
                typo = _OPENING_AS_CLOSING.search(text, i + 1, end)
                if typo is not None and (close < 0 or typo.start() < close):
                    close = typo.start()
            stop = end if close < 0 else close
            found.append(Span(i + 1, stop))
            i = stop + 1
        elif (
            char == '"'
            and i > start
            and text[i - 1] in ",.!?"
            and not found
            and (start == 0 or text[start - 1] == "\n")
            and text[i + 1 : i + 2] in {" ", "\n", ""}
        ):
            # '…crews," he said.': the first straight mark, right after punctuation, closes a
            # quotation opened in the paragraph before
            found.append(Span(start, i))
            i += 1
        elif char == '"':
            close = text.find('"', i + 1, end)
            stop = end if close < 0 else close
            found.append(Span(i + 1, stop))
            i = stop + 1
        elif char in "'‘" and _single_opens(text, i, start):
            # "'About 6,000 farms have failed,' the ministry said": a single-quoted passage,
            # closed by a mark right after its punctuation (never a possessive's apostrophe)
            closing = _SINGLE_CLOSE.search(text, i + 1, min(end, i + 600))
            if closing is None or "\n" in text[i : closing.start()]:
                i += 1
                continue
            found.append(Span(i + 1, closing.start() + 1))
            i = closing.end()
        else:
            i += 1
    return found


#: An opening curly mark used as a closing one: after a word, before a space or punctuation.
_OPENING_AS_CLOSING = re.compile(r"(?<=[\w.,!?])“(?=[\s,.;:!?]|$)")
#: Opening marks that pair with a closing mark of their own: “…”, «…».
_PAIRED = {"“": "”", "«": "»"}
#: The end of a single-quoted passage: its punctuation, then the closing mark.
_SINGLE_CLOSE = re.compile(r"[,.!?]['’](?=[\s)”]|$)")


def _single_opens(text: str, i: int, start: int) -> bool:
    """Whether a single quotation mark at ``i`` opens a passage: at a word's start, before a
    capital or a digit, or before an editor's bracket that opens with one ("'(The North -
    ed.) has sent …,' they said")."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1 : i + 2]
    if after in {"(", "["}:
        after = text[i + 2 : i + 3]
    return (before.isspace() or before in "(—–-:") and (after[:1].isupper() or after.isdigit())


#: Where one clause ends and the next begins inside a sentence. The boundary text before the
#: lookahead stays with the earlier clause and is trimmed away.
_CLAUSE_BREAK = re.compile(
    r"(?:[,;:]\s*[”\"]?\s+|\s+)(?=(?:while|whereas|but|although|though|where)\s)"
    r"|,[”\"]?\s+(?=(?!(?:including|excluding|during|according|morning|evening|nothing|something|"
    r"anything|everything|bring|thing|king|sing|ring|wing|spring|string|ceiling)\b)[a-z]{2,}ing\s)"
    r"|;\s+"
    r"|,?\s+and\s+(?=(?:he|she|it|they|we)\s)"
    r"|,\s+(?=according to\s)",
)


def clauses(text: str, start: int, end: int) -> list[Span]:
    """Split the sentence ``[start, end)`` into clauses at ", while", ", bringing", "; ", " and
    he", ", where" and similar joints, each span trimmed of white space and final punctuation."""
    spans: list[Span] = []
    cursor = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        spans.append(_strip_punct(text, cursor, match.start()))
        cursor = match.end()
    spans.append(_strip_punct(text, cursor, end))
    return [span for span in spans if span.end > span.start]


def _strip_punct(text: str, start: int, end: int) -> Span:
    span = trim(text, start, end)
    start, end = span
    while end > start and text[end - 1] in ".,;:!?–—-":
        end -= 1
    return trim(text, start, end)


def _opens_unclosed(text: str, span: Span) -> bool:
    """Whether a paragraph opens with a quotation mark and leaves the quotation open."""
    words = text[span.start : span.end]
    return words[:1] in OPEN_QUOTES and _open_quote(text, span)


#: A closing mark after punctuation, then its speaker and verb, at a paragraph's end ('…,"
#: he said.'), with no mark opening the paragraph before it.
_CLOSED_BY_SPEAKER = re.compile(
    r"[^“”\"\n]+[,.!?][”\"]\s+(?:he|she|they|the\s+[a-z]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)"
    r"\s+(?:said|added|says|told\s+\w+|stressed|noted)[.]?\s*$"
)


def quotation_runs(text: str, paragraphs: Sequence[Span]) -> list[list[Span]]:
    """Quotations running over several paragraphs: each run is the paragraphs from one that
    opens a quotation and leaves it open (no closing mark, as the convention is) through the
    next ones that open with a mark, to the first that closes it."""
    runs: list[list[Span]] = []
    i = 0
    while i < len(paragraphs):
        if not _opens_unclosed(text, paragraphs[i]):
            i += 1
            continue
        run = [paragraphs[i]]
        closed = False
        j = i + 1
        while j < len(paragraphs):
            if text[paragraphs[j].start : paragraphs[j].start + 1] not in OPEN_QUOTES:
                # '…," he said.' closing a paragraph that some pages open with no mark
                closed = _CLOSED_BY_SPEAKER.match(text, *paragraphs[j]) is not None
                if closed:
                    run.append(paragraphs[j])
                break
            run.append(paragraphs[j])
            if not _open_quote(text, paragraphs[j]):
                break
            j += 1
        if len(run) > 1 and (closed or not _open_quote(text, run[-1])):
            runs.append(run)
        i = j if len(run) > 1 else i + 1
    return runs
