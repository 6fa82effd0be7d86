"""Stage 1 of ``propose``: the page's layout, one block per line.

Reports archived from web pages carry more than the article: a headline and a standfirst
without final full stops, bylines, time stamps, photo captions and credits, "Related" and
"Read more" link lines, share widgets, cross-heads, trailing credits ("Editing by …"). Each
line becomes a :class:`~timeline.curation.annotation.Block` of one kind, decided by the first
rule of :data:`LINE_RULES` that matches, else by its punctuation: a line that does not end a
sentence is the ``headline`` when it is the first before the first body paragraph, a
``standfirst`` when it follows the headline, and a ``crosshead`` after the first paragraph.

Which kinds yield candidates is decided by the candidate stage (:data:`CHROME` never does).
Stdlib only.
"""

from __future__ import annotations

import re

from timeline.curation.annotation import Block
from timeline.curation.mentions import NUMBER_WORD
from timeline.curation.sentences import LABEL_DASH_FIGURE, Span, item_of_colon_list, trim
from timeline.curation.vocabulary import (
    COUNTRY_WORDS,
    FIXTURE_NOTICE,
    MONTH_PATTERN,
    QUOTE_FROM_LABEL,
    WEEKDAYS,
)

__all__ = [
    "BLOCK_KINDS", "CHROME", "HEADLINES", "LINE_RULES", "SPEAKER_LABEL", "TURN_LABEL", "blocks",
    "is_fragment", "title_case_folded",
]  # fmt: skip

BLOCK_KINDS: tuple[str, ...] = (
    "headline", "standfirst", "summary", "byline", "timestamp", "caption", "chrome", "crosshead",
    "label", "body",
)  # fmt: skip
#: Kinds that never hold a claim: the page's furniture, not the report.
CHROME: frozenset[str] = frozenset({"byline", "timestamp", "chrome", "label"})
#: Kinds that restate the body in short: their figures are settled against the body's.
HEADLINES: frozenset[str] = frozenset({"headline", "standfirst", "crosshead", "summary"})

#: A speaker label ("[Sound bite: Rep. Han Ji-woo - Defense Committee]"): the name says who
#: speaks in the paragraph below.
SPEAKER_LABEL = re.compile(
    # "[Sound bite: Capt. Ola Berg - Nordhavn pilots]", and the tag before the name with its
    # affiliation: "[Soundbite] Rep. Ana Lund / Budget Committee"
    r"^\[(?:sound\s*bite|soundbite|sot|interview|voice)(?:\s*:\s*|\]\s*)"
    r"(?P<name>[^\]/|]+?)(?:\s+[-–—/|]\s+[^\]]*)?\]?$",
    re.IGNORECASE,
)
#: A transcript's turn label on a line of its own: a speaker named with their role ("[Lee
#: Sung-kwon / ruling party secretary of the Intelligence Committee]"), whose turn runs to the
#: next label, or the broadcaster's own voice ("[Anchor]", "[Reporter]").
TURN_LABEL = re.compile(
    r"^\[(?:(?P<own>anchor|reporter|host|presenter|narration|narrator|correspondent)"
    r"(?:\s*[/:][^\]]*)?|(?P<name>[A-Z][\w.’'-]*(?:[ -][A-Z][\w.’'-]*){1,3})\s+/\s+[^\]]{3,})\]$",
    re.IGNORECASE,
)
#: A line holding only a date, with its time or not.
_DATE_LINE = (
    rf"^(?:(?:{'|'.join(w[:3] for w in WEEKDAYS)})[a-z]*\.?,?\s+)?"
    rf"(?:\d{{4}}-\d\d-\d\d|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}"
    rf"|\d{{1,2}}\s+(?:{MONTH_PATTERN})\.?,?\s+\d{{4}}|(?:{MONTH_PATTERN})\.?\s+\d{{1,2}},?\s+\d{{4}})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$"
)
#: A person's name in a byline: two or three capitalised words.
_NAME_WORD = r"(?![A-Z’'-]+\b)[A-Z][\w’'-]+"  # capitalised, not all capitals (a masthead)
_PERSON = rf"(?-i:{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
#: Words of an outlet's name or a section label, never of a person's ("All News | North Korea").
_MASTHEAD_WORDS = (
    r"(?:the|news|english|edition|service|international|radio|world|desk|herald|times|post"
    r"|daily|press|agency|wire|channel|online|media|north|south|national|politics|opinion)"
)
#: (kind, pattern on the stripped line): the first match decides a line's kind.
LINE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("byline", r"^by\s+[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,6}(?:,\s*[\w ’'-]+)?$"),
        # two or more names and nothing else ("Marta Ilić | Henrik Baumann")
        ("byline", rf"^(?!.*\b{_MASTHEAD_WORDS}\b){_PERSON}(?:\s*(?:[|&]|and)\s*{_PERSON})+$"),
        ("timestamp", r"^(?:published|updated|last\s+updated|posted|first\s+published)\b"
         r"|^(?:date|dated|time)\s*:?\s+\d"),
        # a line that is only a date and a time ("2024-12-10 11:40", "Sat 29 Mar 2025 13:05")
        ("chrome", _DATE_LINE),
        ("chrome",
         r"^(?:related(?:\s+(?:stories|articles|coverage))?|read\s+(?:more|next|also)"
         r"|also\s+read|see\s+also|more\s+from"
         r"|most\s+read|comments?\s*\(\d+\)|copy\s+link|advertisement|subscribe|sign\s+up)\b"
         # widgets, not a paragraph opening with the word ("Share of fire. …", "Recommended
         # doses were cut …")
         r"|^(?:share|recommended)(?:\s+(?:this|on|for\s+you|reading|stories|articles)\b"
         r"|\s*[:|·•]|\s*$)"),
        ("chrome",
         r"^\(?(?:(?:edited|reported|written|translated|produced|editing|reporting)\s+by\b"
         r"|additional\s+reporting\b|with\s+inputs?\s+from\b|copyright\b|©)"),
        ("caption", r"\b(?:photo|photograph|image|picture|file\s+photo)\s*:\s*\S"),
        # a broadcast anchor's lead restates the report below it, like a standfirst
        ("standfirst", r"^(?:anchor|presenter|host)\s*:\s+\S"),
        # a broadcaster's speaker label over the quotation that follows
        ("label", SPEAKER_LABEL.pattern),
        ("label", TURN_LABEL.pattern),
        # footnotes ("[1] Interview with …")
        ("chrome", r"^\[\d+\]\s"),
        # reading times, view and comment counts, issue numbers: page furniture
        ("chrome",
         r"\b\d+\s+min(?:ute)?s?\s+(?:read|listen)\b|^(?:views?|comments?)\s*[:(]?\s*\d"
         r"|\|\s*views?\s+\d|^issue\s+\d+\b|^date\s+\d{4}-\d\d-\d\d\b"),
    )
)  # fmt: skip
#: A sentence's end, a footnote marker after it or not ("… was 13,000.[1]").
#: A wire service's credit closing a paragraph ("– NNN-XINHUA", "— AP").
_WIRE_CREDIT = r"\s*[–—-]{1,2}\s*[A-Z]{2,}(?:[-/][A-Z]{2,})*$"
#: A sentence's stop with a footnote's number glued after it ("… the MoD in 2023.913").
_FOOTNOTE_END = re.compile(r"(?:(?<=[A-Za-z])|(?<=\b\d{4}))[.!?][”\"’']?\d{1,4}$")
#: (a footnote's number glued after the stop too: "… the MoD in 2023.913")
_ENDS_SENTENCE = re.compile(
    rf"[.!?…][”\"’')\]]*(?:\[\d{{1,3}}\])*$|[”\"]$|{_FOOTNOTE_END.pattern}"
    # "… at least 30.”– NNN-XINHUA": a wire's credit after the paragraph's last stop
    rf"|[.!?][”\"’)]*{_WIRE_CREDIT}"
)
#: A heading asked as a question ("How many were sent?", "Who pays for the bridge?"): one
#: short sentence on its own line, without figures or quotation marks.
_QUESTION_HEADING = re.compile(r"[A-Z][^.!?:;“”\"\d]{2,80}\?")
_QUOTED_WORDS_END = re.compile(r"\w[”\"]$")
#: A clause introducing a list on the lines below ("… put the total at 15,000 across two
#: rotations:" over "- about 11,000 in the first;"), and a list item ending with a semicolon:
#: the paragraph's running text, not a heading. A clause ending with a colon over anything
#: else (a transcript's speaker turn) is left as it was.
_INTRODUCES_LIST = re.compile(
    r"(?:\S+[ \t]+){7,}\S+:(?=\n[-–•][ \t])|[-–•][ \t]+[^\n]*;(?=\n)"
    # "…, including:" over "Ethiopia – 138 people": a list without bullets
    rf"|(?:\S+[ \t]+){{3,}}\S+:(?=\n{LABEL_DASH_FIGURE})"
)


#: A line naming the speaker of the quotation below it ("Quote from Shoigu:", "According to
#: the border agency:"): body text.
_QUOTE_LABEL_LINE = re.compile(rf"(?:{QUOTE_FROM_LABEL}|According\s+to\s+)[^:\n]{{1,80}}:")


def introduces_list(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` introduces a list below it, or is an item of one
    going on to the next."""
    found = _INTRODUCES_LIST.match(text, start)
    return found is not None and found.end() == end


def is_fragment(text: str, sentence: Span) -> bool:
    """Whether a sentence is the unpunctuated end of its line (a label, a headline, a
    "Developing story" line), not a sentence of the report."""
    line_end = text.find("\n", sentence.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[sentence.end : line_end].strip()
    end = sentence.start + len(text[sentence.start : sentence.end].rstrip())
    credit = _CREDIT_AT_END.search(text, sentence.start, end)
    if credit is not None:
        end = credit.start()  # "… at least 30.”– NNN-XINHUA": the wire's credit after the stop
    return (
        not rest
        and text[end - 1 : end] not in '.!?”"’)'
        and _FOOTNOTE_END.search(text, sentence.start, end) is None
        and not introduces_list(text, sentence.start, end)
        and _QUOTE_LABEL_LINE.fullmatch(text, sentence.start, end) is None
        and _SAID_COLON.search(text, sentence.start, end) is None
        and not item_of_colon_list(text, sentence.start, end)
        # "• Switch sold 14.86 million units": a bulleted item of figures in the body
        and not _figure_item(text, sentence.start, end)
        # "…, a Unification Ministry official said Tuesday": a sentence whose stop was lost
        and not _stop_missing_after_source(text[sentence.start : end])
        and not _cut_at_the_text_end(text, sentence.start, line_end)
    )


#: A wire service's credit after a paragraph's last stop ("– NNN-XINHUA", "— AP").
_CREDIT_AT_END = re.compile(rf"(?<=[.!?”\"’)]){_WIRE_CREDIT}")


def _cut_at_the_text_end(text: str, start: int, line_end: int) -> bool:
    """Whether the sentence at ``start`` is the cut end of an excerpt's last paragraph,
    under a paragraph that ended a sentence."""
    line_start = text.rfind("\n", 0, start) + 1
    return (
        not text[line_end:].strip()
        and re.search(r"[.!?][”\"’)]*\s*\n", text[:line_start]) is not None
        and _cut_at_the_end(text[line_start:line_end].strip())
    )


def _figure_item(text: str, start: int, end: int) -> bool:
    """Whether the line holding ``start:end`` is a bulleted item of figures under a
    paragraph (a body line before it), not a headline's or a menu's."""
    line_start = text.rfind("\n", 0, start) + 1
    if _FIGURE_ITEM.fullmatch(text, line_start, end) is None:
        return False
    previous = text[:line_start].rstrip().rsplit("\n", 1)[-1]
    return (
        _ENDS_SENTENCE.search(previous) is not None
        or _FIGURE_ITEM.match(previous) is not None
        or previous.endswith(":")
    )


#: A heading over a list of links to other pages ("Related stories", "More on this story").
LINK_HEADING = re.compile(
    r"(?:related(?:\s+(?:stories|news|coverage|articles|research|reading|content))?|more\s+on\s+"
    r"this\s+story|read\s+more|see\s+also|also\s+on\s+[\w\s]+|more\s+from\s+[\w\s]+"
    r"|most\s+read|recommended(?:\s+for\s+you)?|further\s+reading)\s*:?",
    re.IGNORECASE,
)


#: The heading of a box of key points ("In short:", "Key points", "What's next?"): its lines
#: sum up the report below, as a standfirst does.
SUMMARY_HEADING = re.compile(
    r"(?:in\s+(?:short|brief|summary|a\s+nutshell)|key\s+(?:points|facts|takeaways)"
    r"|at\s+a\s+glance|summary|highlights|the\s+essentials|quick\s+read|tl;?\s*dr"
    r"|what(?:'|’)s\s+next|what\s+we\s+know(?:\s+so\s+far)?|what\s+you\s+need\s+to\s+know"
    r"|why\s+it\s+matters|the\s+big\s+picture)\s*[:?]?",
    re.IGNORECASE,
)
#: How long a line of a key-points box may be (a longer one is the report's first paragraph).
_SUMMARY_LINE = 200
_SUMMARY_LINES = 6


#: A site's path before a page's headline on one line ("Home » today » Technology » ").
_BREADCRUMBS = re.compile(r"(?:Current:\s*)?Home\s*(?:[»›>]\s*[^»›>\n]{1,40}?\s*){1,5}[»›>]\s*")


#: A link's label glued to the end of a paragraph's last sentence (").Read also: …").
_GLUED_LINK = re.compile(
    r"(?<=[a-z\d][.!?]|[.!?][”\"’)]|\)\.)(?:Read\s+(?:also|more)|Also\s+read|See\s+also)\s*:"
)


def _without_furniture(text: str, span: Span, out: list[Block]) -> tuple[Span, Span | None]:
    """A line without the site's path before it (a chrome block added to ``out``) and
    without a link glued to its end (returned, to follow the line's block)."""
    link = None
    glued = _GLUED_LINK.search(text, span.start, span.end)
    if glued is not None:
        # "… (92,800).Read also: Ukraine reports …": a link run into the paragraph's end
        link = Span(glued.start(), span.end)
        span = Span(span.start, link.start)
    crumbs = _BREADCRUMBS.match(text, span.start, span.end)
    if crumbs is not None:
        # "Home » today » Technology » NIS “1,500 …”": the site's path, then the headline
        out.append(Block("chrome", Span(span.start, crumbs.end())))
        span = Span(crumbs.end(), span.end)
    return span, link


def blocks(text: str) -> list[Block]:
    """One block per non-empty line of ``text``, in order; the lines under a heading of links
    ("Related stories") are chrome up to a blank line or a line that ends a sentence."""
    out: list[Block] = []
    seen_body = False
    in_links = False
    summary = 0  # lines of a key-points box still to come
    pos = 0
    lines = text.splitlines(keepends=True)
    if lines and lines[0].startswith(FIXTURE_NOTICE):
        # the test suite's notice on a fixture's first line is not the page
        out.append(Block("chrome", trim(text, 0, len(lines[0]))))
        pos, lines = len(lines[0]), lines[1:]
    for line in lines:
        span = trim(text, pos, pos + len(line))
        pos += len(line)
        if span.end <= span.start:
            in_links = False
            summary = 0
            continue
        span, link = _without_furniture(text, span, out)
        words = text[span.start : span.end]
        # a link is a headline: the first line that ends a sentence is the report again
        in_links = in_links and not _ENDS_SENTENCE.search(words)
        if in_links or LINK_HEADING.fullmatch(words):
            in_links = True
            out.append(Block("chrome", span))
            continue
        if SUMMARY_HEADING.fullmatch(words):
            summary = _SUMMARY_LINES
            out.append(Block("label", span))
            continue
        kind = next((k for k, pattern in LINE_RULES if pattern.search(words)), None)
        if kind == "caption" and len(words.split()) > _LONGEST_CAPTION:
            kind = None  # "… The big picture: Violent crime …" in a long paragraph
        if kind is None:
            kind = _unruled_kind(text, span, seen_body, out)
            seen_body = seen_body or kind == "body"
        if kind == "timestamp":
            merged = _stamp_then_sentence(text, span)
            if merged is not None:
                # " date 2024-05-10 GOMA: At least 2,900 people have died …, the ministry
                # said.": a time stamp run into the report's first sentence
                out.append(Block("timestamp", merged[0]))
                span, kind, seen_body = merged[1], "body", True
        if summary and kind == "body" and len(words) <= _SUMMARY_LINE:
            # a sentence of a key-points box sums the report up; a heading ends the box
            summary -= 1
            kind = "summary"
        else:
            summary = 0
        out.append(Block(kind, span))
        if link is not None:
            out.append(Block("chrome", link))
    return _standfirsts_with_a_stop(out)


def _unruled_kind(text: str, span: Span, seen_body: bool, out: list[Block]) -> str:
    """The kind of a line no rule names: a paragraph when it ends a sentence (or introduces a
    list), else a headline, a standfirst under it, or a cross-head inside the body."""
    words = text[span.start : span.end]
    # a line closing a quoted phrase without any punctuation (a standfirst ending '… speaks
    # of "several hundred"') ends no sentence: a paragraph would have a stop
    quoted_tail = _QUOTED_WORDS_END.search(words) is not None
    question = _QUESTION_HEADING.fullmatch(words) is not None and len(words.split()) <= 10
    if (
        (
            (_ENDS_SENTENCE.search(words) or introduces_list(text, span.start, span.end))
            and not quoted_tail
            and not question
        )
        or _QUOTE_LABEL_LINE.fullmatch(words.strip())
        or _SAID_COLON.search(words)
        or item_of_colon_list(text, span.start, span.end)
    ):
        return "body"
    if _cut_paragraph(words, seen_body) or _stop_missing_after_source(words):
        return "body"
    if seen_body and not text[span.end :].strip() and _cut_at_the_end(words):
        return "body"
    if len(_SENTENCE_INSIDE.findall(words)) >= 2 and not re.match(r"\s*[«“\"‘']", words):
        # "… this. Now … 3 thousand people. Volodymyr Zelenskyy President of Ukraine": a
        # paragraph of sentences, signed at its end, is no heading
        return "body"
    if seen_body and _figure_item(text, span.start, span.end):
        # "• Switch sold 14.86 million units" under a paragraph: a list item of figures
        # without a stop, no cross-head
        return "body"
    if seen_body:
        return "crosshead"
    return "standfirst" if any(b.kind == "headline" for b in out) else "headline"


#: A sentence ending inside a line, the next one opening after it.
_SENTENCE_INSIDE = re.compile(r"[a-z0-9][.!?][”\"’]?\s+[A-Z]")
#: A line introducing the quotation below it ("Ana Ruiz, head of Shelter Peru, said:").
_SAID_COLON = re.compile(
    r"\b(?:said|says|added|adds|told\s+[\w\s’'.-]{1,40}|wrote|writes|stated|states|warned"
    r"|commented|explained|continued)\s*:$"
)
#: How many words a line without a final stop needs, below the first paragraph, to be a
#: paragraph cut short rather than a cross-head; above it, with sentences ended inside, rather
#: than a standfirst.
_CUT_PARAGRAPH_WORDS = 30
_CUT_LEAD_WORDS = 60
_INNER_STOP = re.compile(r"[a-z\d][.!?][”\"’)]*\s*[A-Z]")
#: The most words a photo caption has; a longer line naming a "picture:" is a paragraph.
_LONGEST_CAPTION = 80
_BULLETS = frozenset("-–—•*·▪")
#: A bulleted line with a figure and a verb-like word after a subject ("• Switch sold 14.86
#: million units", "- Net sales dip by 1% to $5.8bn").
#: (Not a fact box's "• 38: cargo calls (OceanSight)", which its own rules read.)
_FIGURE_ITEM = re.compile(
    rf"\s*[{re.escape(''.join(sorted(_BULLETS)))}][ \t]+"
    r"(?:[A-Z](?:[^:\n]*?\s[a-z]+\s[^:\n]*\d[^:\n]*"
    # "• Mario Kart 8 Deluxe – 22.96 million copies": a name, a dash, its figure and noun
    r"|[^\n]*?\s[–—-]\s+(?:[a-z]+\s+){0,2}\d[\d.,]*(?:\s+(?:million|billion|thousand))?"
    r"\s+[a-z][^\n]*)"
    # "* 9,630 tanks", "* One submarine": a figure and the noun it counts, under a list's
    # opening line
    r"|(?:(?:about|some|over|nearly|almost|at\s+least|more\s+than)\s+)?"
    rf"(?:\d[\d.,]*(?:\s+(?:million|billion|thousand))?|(?i:{NUMBER_WORD}))"
    r"\s+[a-z][a-z\s-]*)$"
)


#: A sentence closed by its source and the day, its full stop left off ("…, a Unification
#: Ministry official said Tuesday").
_CLOSING_SOURCE_END = re.compile(
    r",\s+(?:[\w’'.-]+\s+){1,8}(?:said|reported|told\s+[\w\s]{1,30}?)"
    rf"\s+(?:on\s+)?(?:{'|'.join(w.capitalize() for w in WEEKDAYS)}|today|yesterday)\s*$"
)
#: The fewest words such a line has: a headline's source ("…, official says") is shorter.
_CLOSING_SOURCE_WORDS = 15


def _stop_missing_after_source(words: str) -> bool:
    """Whether a line without a final stop is a paragraph whose sentence closes with its
    source and the day it spoke, past tense, the stop lost (headlines say "says")."""
    return (
        len(words.split()) >= _CLOSING_SOURCE_WORDS
        and _CLOSING_SOURCE_END.search(words) is not None
    )


def _cut_paragraph(words: str, seen_body: bool) -> bool:
    """Whether a line without a final stop is a paragraph cut off mid-sentence (an
    excerpt's end: "… Both are lik"), not a cross-head, headline or standfirst."""
    count = len(words.split())
    if words[:1] in _BULLETS:
        return False  # a list's item, read as the list's other items are
    if seen_body:
        return count >= _CUT_PARAGRAPH_WORDS
    return count >= _CUT_LEAD_WORDS and len(_INNER_STOP.findall(words)) >= 2


def _cut_at_the_end(words: str) -> bool:
    """Whether the text's last line, below the body, is a paragraph an excerpt cut short
    ("… since the beginning of mobilisation. Mo", "… 40,000 new soldiers, Western
    intelligence off"): a sentence ended inside it, or a clause after a comma, cut in lower
    case (a link's headline closing a page has neither)."""
    if words[:1] in _BULLETS or not re.search(r"[a-z]$", words):
        return False
    if _INNER_STOP.search(words):
        return True
    # a long clause after a comma; a link's headline or a stamp line is shorter, or set off
    # by dashes and dots ("… New Year's Eve - Air Force Jan 1 2024, 07:39 AM • 29006 views")
    return (
        len(words.split()) >= _CUT_END_WORDS
        and "," in words
        and re.search(r"[•·|]|\s[-–—]\s", words) is None
    )


#: The fewest words of an excerpt's cut last line without a sentence ended inside it.
_CUT_END_WORDS = 20


#: The stamp at the head of a time-stamp line: its keyword, then only dates, times and zones
#: ("Published 10 May 2024, 14:05 GMT", "date 2024-05-10").
_STAMP_HEAD = re.compile(
    r"\s*(?:(?:last\s+)?(?:published|updated|posted|first\s+published)(?:\s+on)?|dated?|time)"
    r"\s*:?(?:\s+(?:\S*\d\S*|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?|at|am|pm|[ap]\.m\.|gmt|utc"
    r"|bst|cet|cest|est|edt|kst|ist|[|·•–-]))+",
    re.IGNORECASE,
)


def _stamp_then_sentence(text: str, span: Span) -> tuple[Span, Span] | None:
    """A time stamp and the sentence run into it on one line, as two spans; None when the
    line is the stamp alone (or what follows it is no sentence of six words or more)."""
    head = _STAMP_HEAD.match(text, span.start, span.end)
    if head is None:
        return None
    rest = trim(text, head.end(), span.end)
    words = text[rest.start : rest.end]
    # (a long paragraph cut off at its end still holds whole sentences: "… talks with
    # President Vladimir Putin. Valery Gerasimov, … made the confirmation … North Korea")
    whole = _ENDS_SENTENCE.search(words) or (
        len(words.split()) >= 20 and _INNER_STOP.search(words) is not None
    )
    if len(words.split()) < 6 or not whole:
        return None
    return trim(text, span.start, head.end()), rest


def _standfirsts_with_a_stop(out: list[Block]) -> list[Block]:
    """A paragraph right under the headline and above the byline or time stamp is the
    standfirst, full stop or not ("Seoul's spy agency puts those sent at some 3,000." /
    "28.10.2024 kl. 14:26" / "By …"): it restates the body's figures."""
    for index, block in enumerate(out):
        if block.kind != "body":
            continue
        before = [b for b in out[:index] if b.kind not in CHROME]
        if not before or before[-1].kind not in HEADLINES - {"crosshead"}:
            break  # only the first paragraphs of the page
        after = out[index + 1 : index + 4]
        if any(b.kind in {"byline", "timestamp"} for b in after) and not any(
            b.kind == "body"
            for b in after[
                : next((i for i, b in enumerate(after) if b.kind in {"byline", "timestamp"}), 0)
            ]
        ):
            out[index] = Block("standfirst", block.span)
        else:
            break
    return out


#: A capitalised word of a title-case line ("Troops", "Killed"), not an acronym ("NIS").
_TITLE_WORD = re.compile(r"(?<![\w’'-])[A-Z][a-z][\w’'-]*")
#: A people's or country's adjective, which keeps its capital ("Norwegian", "Japanese").
_PEOPLES_WORD = re.compile(r"[A-Z][a-z]+(?:an|ans|ese|ish|ic|i|is)")
#: Words a title-case line may leave in lower case ("of", "in", "the").
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "and",
        "or",
        "by",
        "with",
        "from",
        "as",
        "vs",
    ]
)
_COUNTRY_PARTS = frozenset(w for name in COUNTRY_WORDS for w in name.split())


def title_case_folded(text: str, span: Span) -> str | None:
    """``text`` with the line at ``span`` written in sentence case when the line is in title
    case ("Over 6,000 Norwegian Fishermen Dead, Says Coast Guard" → "… Norwegian fishermen
    dead, says coast guard"), so the stages that read nouns and verbs in lower case read it;
    None when the line is not in title case. Names of peoples and countries and acronyms keep
    their capitals; every offset stays where it was."""
    line = text[span.start : span.end]
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if len(content) < 4 or sum(w[0].isupper() for w in content) < 0.85 * len(content):
        return None

    def fold(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.lower() in _COUNTRY_PARTS or _PEOPLES_WORD.fullmatch(word):
            return word
        return word[0].lower() + word[1:] if len(word[0].lower()) == 1 else word

    return text[: span.start] + _TITLE_WORD.sub(fold, line) + text[span.end :]
