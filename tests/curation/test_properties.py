"""Property tests: every candidate's quote is found at its offsets, whatever the text."""

from __future__ import annotations

import os
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.curation import propose
from timeline.curation.dates import find_dates
from timeline.curation.numbers import find_numbers

EXAMPLES = int(os.environ.get("TIMELINE_HYPOTHESIS_EXAMPLES", "200"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

PHRASES = [
    "more than 3,000 soldiers", "at least 1,100 troops", "up to 12,000", "about 7,000 containers",
    "fewer than 100 shells", "between 60 and 70 launchers", "several hundred", "dozens of",
    "1.5 million rounds", "four brigades", "240 mm", "over 18 months", "Dec. 20, 2024", "Oct. 8",
    "on Monday", "last week", "in November", "next year", "since August of last year",
    "over the weekend", "three days ago", "earlier this month", "said", "told reporters",
    "according to", "the agency said", "he said", "“", "”", '"', ", ", ". ", "\n", " and ",
    "South Korea’s military", "Zelenskyy", "the NIS", "KN-23", "aged 20", "20-year-old",
    "gave no figures", "while", ", bringing the total to 20,000", "Gen.", "U.S.", "Mr.", "’",
]  # fmt: skip
PIECES = st.one_of(st.sampled_from(PHRASES), st.text(max_size=12))
TEXTS = st.lists(PIECES, max_size=40).map(" ".join)
DATES = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))
ACTORS = [
    {"actor_id": "a", "name": "Volodymyr Zelenskyy", "kind": "person", "country": "UKR",
     "description": "Ukrainian President"},
    {"actor_id": "b", "name": "National Intelligence Service (NIS)", "kind": "government_body",
     "country": "KOR", "description": None},
]  # fmt: skip


def _check(text: str, published_on: date) -> None:
    result = propose(text, published_on, actors=ACTORS)
    for candidate in result["candidates"]:
        start, end = candidate["quote_start"], candidate["quote_end"]
        assert 0 <= start < end <= len(text)
        assert text[start:end] == candidate["quote"]
        low, high = candidate["value_low"], candidate["value_high"]
        if low is not None and high is not None:
            assert low <= high
        if candidate["qualifier"] in {None, "about"}:
            assert low is None
            assert high is None
        if candidate["stated_on"] is not None:
            assert candidate["stated_on"] <= candidate["stated_end"]


@SETTINGS
@given(TEXTS, DATES)
def test_quotes_at_offsets_for_phrase_mixes(text: str, published_on: date) -> None:
    _check(text, published_on)


@SETTINGS
@given(st.text(max_size=300), DATES)
def test_quotes_at_offsets_for_any_unicode(text: str, published_on: date) -> None:
    _check(text, published_on)


@SETTINGS
@given(TEXTS, DATES)
def test_dates_and_numbers_have_sane_spans(text: str, published_on: date) -> None:
    for mention in find_dates(text, published_on):
        assert text[mention.start : mention.end] == mention.text
        if mention.date_start is not None and mention.date_end is not None:
            assert mention.date_start <= mention.date_end
    for number in find_numbers(text):
        assert 0 <= number.start < number.end <= len(text)
        if number.kind == "vague":
            assert number.value is None
