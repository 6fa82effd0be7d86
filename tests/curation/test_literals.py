"""The quick substring test in front of each frame row: the words a pattern cannot match
without, read from the pattern itself."""

from __future__ import annotations

import re

import pytest

from timeline.curation.attribution import FRAME_RULES
from timeline.curation.literals import may_match, required_literals


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bbased\s+on\b", ("based",)),  # the longer of two literal runs
        (r"[Ss]aid|[Tt]old", ("said", "told")),  # one word from each branch, lower-cased
        (r"(?i)Quoted", ("quoted",)),
        (r"(?:very\s+)?big", ("big",)),  # an optional part is not required
        (r"(?<=mayor\s)said", ("said",)),  # a look-behind may read before the searched span
        (r"(?:ab)+c", ("ab",)),  # a part repeated at least once is
        (r"x(?=[^.]*count)", ("count",)),  # so is a look-ahead
        (r"\s+at\s+", ("at",)),
        (r"[ \t]\d", ()),  # a blank is in every text: no words
        (r"\w+", ()),
        (r"a|\d", ()),  # a branch without words makes the whole choice unknown
    ],
)
def test_required_words_of_a_pattern(pattern: str, words: tuple[str, ...]) -> None:
    assert required_literals(re.compile(pattern)) == words


def test_a_text_without_any_of_the_words_is_not_searched() -> None:
    words = required_literals(re.compile(r"(?:estimate|tally)\s+of\s+\d"))
    assert not may_match(words, "the ministry said 40 were hurt")
    assert may_match(words, "the ministry's tally of 40")
    assert may_match((), "anything at all")


SENTENCES = [
    "Seoul's estimate of 1,500 was revised on Monday, based on new intelligence from the NIS.",
    "“We counted 300,” the mayor told reporters, citing police figures.",
    "Officials aired footage showing about 40 boats, the ministry said: Reuters",
    "As reported by the agency, the tally of the Harbour Guild stood at 80 - Yonhap",
    "According to figures given by the ministry, 2,000 were sent, per the JCS count.",
    "In the agency's assessment, which put the losses at 90, the rate rose to 30%.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_no_frame_row_skips_a_sentence_its_trigger_matches(sentence: str) -> None:
    lowered = sentence.lower()
    for rule in FRAME_RULES:
        if rule.trigger.search(sentence):
            assert may_match(rule.required_words, lowered), rule.name


def test_most_frame_rows_get_a_quick_test() -> None:
    """The speed-up holds only while the rows' patterns stay readable to the parser."""
    with_words = [rule.name for rule in FRAME_RULES if rule.required_words]
    assert len(with_words) >= 0.8 * len(FRAME_RULES)
