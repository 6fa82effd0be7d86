"""Libraries against the engine's own code, judged on the curation gold set (issue 15, point 4).

Usage (in an environment with text2num, pysbd and dateparser installed; the package itself
does not depend on them)::

    python benchmarks/curation_libraries.py

Three comparisons, each on what the gold set states:

- number words: every gold claim whose number is written in words ("four", "three thousand"),
  read by ``timeline.curation.numbers.parse_number_words`` and by text2num's ``text2num``;
- sentence boundaries: the gold quotes (claims and statements) that a splitter cuts in two,
  for ``timeline.curation.sentences.split_sentences`` (joined over quotations) and pysbd;
- statement dates: every gold ``stated_text`` resolved from the publication date by
  ``timeline.curation.dates.find_dates`` and by dateparser (relative base = publication day,
  past preferred), right when the day (or, for a period, the first day) equals the gold's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from timeline.curation.dates import find_dates  # noqa: E402
from timeline.curation.numbers import _WORDS_RUN, parse_number_words  # noqa: E402
from timeline.curation.sentences import join_quoted, split_sentences  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures" / "curation"


def _gold() -> list[tuple[str, dict]]:
    out = []
    for txt in sorted(FIXTURES.glob("*.txt")):
        gold = json.loads(txt.with_name(txt.stem + ".gold.json").read_text(encoding="utf-8"))
        out.append((txt.read_text(encoding="utf-8"), gold))
    return out


def number_words() -> str:
    from text_to_num import text2num

    ours = theirs = total = 0
    for _, gold in _gold():
        for claim in gold["claims"]:
            match = _WORDS_RUN.search(claim["quote_contains"])
            value = claim.get("value")
            if (
                match is None
                or value is None
                or re.search(r"\d", claim["quote_contains"][: match.start()])
            ):
                continue
            phrase = match.group(0)
            total += 1
            ours += parse_number_words(phrase) == value
            with contextlib.suppress(ValueError):
                theirs += text2num(phrase.lower(), "en") == value
    return f"number words: {total} gold claims; ours right {ours}, text2num right {theirs}"


def sentences() -> str:
    import pysbd

    seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
    ours_cut = theirs_cut = total = 0
    for text, gold in _gold():
        ours = join_quoted(text, split_sentences(text))
        theirs = []
        for line_start, line in _lines(text):
            theirs += [(line_start + s.start, line_start + s.end) for s in seg.segment(line)]
        for row in gold["claims"] + gold.get("statements", []):
            start = text.find(row["quote_contains"])
            end = start + len(row["quote_contains"])
            total += 1
            ours_cut += not any(s <= start and end <= e for s, e in ours)
            theirs_cut += not any(s <= start and end <= e for s, e in theirs)
    return f"sentences: {total} gold quotes; cut in two by ours {ours_cut}, by pysbd {theirs_cut}"


def _lines(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((pos, line))
        pos += len(line)
    return out


def dates() -> str:
    import dateparser

    ours = theirs = total = 0
    for _, gold in _gold():
        pub = dt.date.fromisoformat(gold["published_on"])
        for row in gold["claims"] + gold.get("statements", []):
            words, start = row.get("stated_text"), row.get("stated_on")
            if not words or not start:
                continue
            total += 1
            found = find_dates(words, pub, future=False)
            ours += (
                bool(found)
                and found[0].date_start is not None
                and found[0].date_start.isoformat() == start
            )
            settings = {
                "RELATIVE_BASE": dt.datetime.combine(pub, dt.time(12)),
                "PREFER_DATES_FROM": "past",
                "RETURN_TIME_AS_PERIOD": True,
            }
            parsed = dateparser.parse(re.sub(r"^(?:on|in)\s+", "", words), settings=settings)
            theirs += parsed is not None and parsed.date().isoformat() == start
    return f"statement dates: {total} gold date words; ours right {ours}, dateparser right {theirs}"


def main() -> int:
    missing = [
        m for m in ("text_to_num", "pysbd", "dateparser") if importlib.util.find_spec(m) is None
    ]
    if missing:
        print(f"error: install {', '.join(missing)} to compare", file=sys.stderr)
        return 2
    for line in (number_words(), sentences(), dates()):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
