"""Run-on input: a sentence that never ends, or a line of hundreds of figures, is read once,
not once per figure or per digit. Before: a pasted table flattened into one 2,000-word
sentence took 6.6 s, a quotation of 200 figures 8 s, a 48 KB name before "reveals" 49 s.

No test here times anything: each one watches how much text a stage is handed, which is what
made the work grow with the square of the input. Every page here is made up for this file.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from datetime import date
from typing import Any

import pytest

from timeline.curation import attribution, candidates, polls
from timeline.curation.propose import propose

PUB = date(2025, 3, 7)


def _district_table(rows: int) -> str:
    """A table pasted as one sentence: 'district 0 lost 5 homes, district 1 lost 42 homes, …'."""
    cells = ", ".join(f"district {i} lost {i * 37 + 5:,} homes" for i in range(rows))
    return f"Officials said {cells}."


def test_a_figure_in_a_run_on_sentence_is_typed_from_the_words_near_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    read: list[int] = []
    classify = candidates.classify_event

    def watched(words: str, *args: Any, **kwargs: Any) -> Any:
        read.append(len(words))
        return classify(words, *args, **kwargs)

    monkeypatch.setattr(candidates, "classify_event", watched)
    text = _district_table(150)
    result = propose(text, PUB)
    values = [c["value"] for c in result["candidates"] if c["unit"] == "homes"]
    assert sorted(values) == sorted(float(i * 37 + 5) for i in range(150))
    assert len(text) > 5 * (2 * candidates._TYPING_REACH + 200)
    # the claim's words within reach on each side, and the figure's own stretch
    assert max(read) < 2 * candidates._TYPING_REACH + 200


def test_a_sentence_of_ordinary_length_is_typed_whole() -> None:
    words = "The storm killed 12 people, " + "the council said later in a long statement " * 4
    assert len(words) < 2 * candidates._TYPING_REACH
    assert candidates._near(words, 20) == words
    long = "x" * 5_000
    assert candidates._near(long, 2_500) == "x" * (2 * candidates._TYPING_REACH)
    assert candidates._near(long, 10_000) == "x" * candidates._TYPING_REACH


def test_a_run_on_line_without_a_source_at_its_end_does_not_try_the_line_end_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tried: Counter[str] = Counter()

    class Watched:
        def __init__(self, name: str, pattern: re.Pattern[str]) -> None:
            self.name, self.pattern = name, pattern

        def finditer(self, *args: Any) -> Any:
            tried[self.name] += 1
            return self.pattern.finditer(*args)

    rules = [
        dataclasses.replace(rule, trigger=Watched(rule.name, rule.trigger))  # type: ignore[arg-type]
        for rule in attribution.FRAME_RULES
    ]
    monkeypatch.setattr(attribution, "FRAME_RULES", rules)
    propose(_district_table(120), PUB)
    assert tried["trailing source"] == 0
    assert tried["bracketed source"] == 0
    # a headline that does end in its source still reads it
    tried.clear()
    headline = "Over 10,000 troops now in the combat zone: Lakeland\n\nThe rest of the page."
    result = propose(headline, PUB)
    assert tried["trailing source"] == 1
    assert [c["claimant"] for c in result["candidates"] if c["value"] == 10_000] == ["Lakeland"]


def test_a_pollster_is_looked_for_just_before_the_poll(monkeypatch: pytest.MonkeyPatch) -> None:
    searched: list[int] = []
    ending = polls._POLL_PRE_ENDING

    class Watched:
        def search(self, text: str, start: int, end: int) -> Any:
            searched.append(end - start)
            return ending.search(text, start, end)

    monkeypatch.setattr(polls, "_POLL_PRE_ENDING", Watched())
    run = "A new report from " + "Lakes Institute " * 3_000 + "reveals that 47 boats sank."
    assert polls.poll_author(run) is None
    assert searched == []  # no poll named: nothing to look before
    named = "Boats " * 2_000 + "sank, and a Lakes Institute survey found 47 percent agree."
    assert polls.poll_author(named) == "Lakes Institute"
    assert max(searched) <= polls._NAME_REACH + len("survey")
