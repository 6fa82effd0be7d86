"""The country a page reports from: where "the Defense Ministry" with no country is.

A news page names its own country's bodies without the country: a Seoul wire story's "the
defense ministry said" is South Korea's, a Tokyo paper's "the Defense Ministry" Japan's. The
page says where it stands in two places: the dateline opening its body ("SEOUL, April 9
(Hanbit) --", "TOKYO, March 7 NPA -", "KYIV (Reuters) —"), and the short lines of its
masthead above the headline ("NHN WORLD-JAPAN", "The Korea Courier"). The dateline wins; a
masthead counts only when its short lines name one country, and never North Korea (a page
about the North is written from elsewhere). A page with neither says it by the time zone of
its time stamp ("19:42 JST", "17:32 KST"), when that zone is one country's. Stdlib only.
"""

from __future__ import annotations

import re

from timeline.curation.attribution import country_of
from timeline.curation.vocabulary import FIXTURE_NOTICE

__all__ = ["home_country"]

#: A dateline's city in capitals at a paragraph's start, then a comma, a bracket or a dash.
_DATELINE_CITY = re.compile(
    r"[ \t]*(?:(?P<city>[A-Z][A-Z’'.-]+(?:[ \t]+[A-Z][A-Z’'.-]+)?)(?=[ \t]*(?:,|\(|[–—-]))"
    # "Kyiv (FDI) -", "Kyiv — ": a city in title case only before a bracket or a dash
    r"|(?P<titled>[A-Z][a-z’'.-]+(?:[ \t]+[A-Z][a-z’'.-]+)?)(?=[ \t]+(?:\(|[–—-])))"
)
#: A body paragraph: a line of some length that ends a sentence.
_PARAGRAPH = re.compile(r"^[^\n]{80,}[.!?”\"]$", re.MULTILINE)
#: A word a masthead or section label may hold in lower case.
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "de", "&"})
#: "Korea" in an outlet's name ("The Korea Courier", "KOREA DAILY"): the South.
_KOREA_MASTHEAD = re.compile(r"(?<!North )(?<!N\. )\b(?:Korea|KOREA)\b")
_MASTHEAD_WORDS = 6
#: Time zones that belong to one country, as a page's time stamp writes them.
_NATIONAL_ZONES = {
    "JST": "JPN", "KST": "KOR", "MSK": "RUS", "SGT": "SGP", "PHT": "PHL",
    "AEST": "AUS", "AEDT": "AUS", "NZST": "NZL", "NZDT": "NZL",
}  # fmt: skip
_ZONE = re.compile(
    r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?\(?(" + "|".join(_NATIONAL_ZONES) + r")\b"
)


def home_country(text: str) -> str | None:
    """The ISO alpha-3 code of the country the page reports from, else None."""
    # the test suite's notice on a fixture's first line is not the page
    page_start = text.find("\n") + 1 if text.startswith(FIXTURE_NOTICE) else 0
    first = _PARAGRAPH.search(text, page_start)
    body_start = first.start() if first else len(text)
    city = _DATELINE_CITY.match(text, body_start)
    if city is not None:
        # "RIO DE JANEIRO, BRAZIL —": the country after the city when the city is unknown
        line = text[
            city.start() : text.find("\n", city.start())
            if "\n" in text[city.start() :]
            else len(text)
        ]
        country = country_of(city.group("city") or city.group("titled")) or country_of(
            re.split(r"[–—(]| - ", line, maxsplit=1)[0]
        )
        if country is not None and country != "PRK":
            return country
    named = set()
    top = text[page_start:body_start]
    for line in top.splitlines():
        line = line.strip()
        words = line.split()
        if not words or len(words) > _MASTHEAD_WORDS:
            break  # the headline: the masthead is above it
        if any(w.islower() and w not in _FUNCTION_WORDS for w in words):
            continue  # a label or a short headline in sentence case, not an outlet's name
        country = country_of(line)
        if country != country_of(line, last=True):
            return None  # "Norway and Finland Weekly": neither
        if country is None and _KOREA_MASTHEAD.search(line):
            country = "KOR"
        if country is not None and country != "PRK":
            named.add(country)
    if len(named) == 1:
        return named.pop()
    zones = {_NATIONAL_ZONES[m.group(1)] for m in _ZONE.finditer(text, page_start, body_start)}
    return zones.pop() if len(zones) == 1 and not named else None
