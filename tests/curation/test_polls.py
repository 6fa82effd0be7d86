"""Opinion polls: a poll's shares are its author's. Every page here is made up for this file."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.curation import propose
from timeline.curation.polls import poll_author, speaks_for_a_poll

PUB = date(2025, 3, 7)  # a Friday


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("A survey by Nordpoll released on Tuesday found that 61% back the strike.", "Nordpoll"),
        ("In a Nordpoll survey released on Tuesday, 61 percent said so.", "Nordpoll"),
        ("The poll, conducted by Fjord Research for the daily Aftenbladet, found …", "Fjord Research"),
        ("Nordpoll's latest poll shows support at 52 percent.", "Nordpoll"),
        ("In a survey released last week by Fjord Research, 64 percent said so.", "Fjord Research"),
        ("A Nordpoll telephone survey of 1,048 adults found that 68% agree.", "Nordpoll"),
        # a name, then the lower-case kind of body it is
        ("A March survey by the Lima institute found that 40% back the plan.", "Lima institute"),
        ("In the survey, 61 percent said so.", None),
        # when a poll was taken is no pollster
        ("Support was 52 percent, up from 48 percent in a September survey.", None),
        ("The strike entered its third week.", None),
        # a chamber's "poll" is its election
        ("Turnout was up 6 points from the previous Upper House poll in 2022.", None),
    ],
)  # fmt: skip
def test_poll_author(text: str, author: str | None) -> None:
    assert poll_author(text) == author


@pytest.mark.parametrize(
    ("words", "poll"),
    [(None, True), ("Norwegians", True), ("The poll", True), ("respondents", True),
     ("the ministry", False), ("Kari Lund", False)],
)  # fmt: skip
def test_speaks_for_a_poll(words: str | None, poll: bool) -> None:
    assert speaks_for_a_poll(words) is poll


def _rows(text: str) -> list[tuple[Any, ...]]:
    rows = propose(text, PUB)["candidates"]
    return [(r["value"], r["claimant"], r["stated_on"]) for r in rows]


def test_the_shares_of_a_poll_are_its_authors_on_the_day_it_came_out() -> None:
    text = (
        "In a Nordpoll survey released on Tuesday, 61 percent of Norwegians said they backed the "
        "strike, while 28 percent were opposed."
    )
    assert _rows(text) == [(61, "Nordpoll", "2025-03-04"), (28, "Nordpoll", "2025-03-04")]


def test_a_sentence_pointing_back_at_the_poll_is_the_pollsters_on_its_day() -> None:
    text = (
        "Support for the strike has grown, according to a Nordpoll survey released on Tuesday."
        "\n\nIn the survey, 61 percent backed the strike."
    )
    assert _rows(text) == [(61, "Nordpoll", "2025-03-04")]


def test_a_share_someone_else_relays_stays_theirs() -> None:
    text = "Ferry traffic fell 40 percent in January, the ministry said, citing a Nordpoll survey."
    assert [row[1] for row in _rows(text)] == ["the ministry"]


def test_a_share_without_a_poll_is_no_pollsters() -> None:
    assert _rows("In January, 40 percent of ferries stood idle.") == [(40, None, "2025-03-07")]


def test_a_month_before_a_survey_leaves_the_shares_to_the_pollster_named_before() -> None:
    text = (
        "Backing for the harbour plan held firm, a Nordpoll survey showed.\n"
        "Support was 52 percent, up from 48 percent in a September survey.\n"
        "The nationwide phone survey also found 30 percent opposed.\n"
    )
    claimants = [r["claimant"] for r in propose(text, PUB)["candidates"] if r.get("value_low")]
    assert claimants and not any("September" in str(c) for c in claimants), claimants


def test_a_poll_conducted_by_a_pollster_and_the_answers_to_its_questions() -> None:
    text = (
        "Backing for the harbour plan was 61%, according to a nationwide poll conducted by "
        "Fjord Research from Friday through Sunday.\n"
        "Opposition stood at 30%.\n"
        "Asked about the toll, 44% said it was fair, against 41% who said it was not.\n"
    )
    rows = [r for r in propose(text, PUB)["candidates"] if r.get("value")]
    assert [r["value"] for r in rows] == [61, 30, 44, 41]
    assert {r["claimant"] for r in rows} == {"Fjord Research"}


def test_a_page_about_a_poll_gives_its_own_voice_shares_to_the_pollster() -> None:
    text = (
        "A new poll conducted by Fjord Research for the Aftenbladet shows the Greens gaining.\n"
        "\n"
        "The Greens now stand at 14%, up two points.\n"
        "\n"
        "Support for the coalition has been shaky since the spring budget row.\n"
        "\n"
        "Labour holds 27%, while the Centre Party slips to 9%.\n"
        "\n"
        "Only 31% are satisfied with the prime minister, the harbour board said.\n"
    )
    rows = {r["value"]: r["claimant"] for r in propose(text, PUB)["candidates"] if r.get("value")}
    assert all("Fjord Research" in str(rows[share]) for share in (14, 27, 9)), rows
    assert rows[31] == "the harbour board"  # another party's statement stays its own


def test_a_page_that_names_a_poll_late_keeps_its_own_shares() -> None:
    text = (
        "Exports fell 4% in March, customs data showed.\n"
        "\n"
        "Imports rose 2% over the quarter.\n"
        "\n"
        "Tariffs were raised to 12% in January.\n"
        "\n"
        "A poll by Fjord Research found 61% of firms expect worse.\n"
    )
    rows = {r["value"]: r["claimant"] for r in propose(text, PUB)["candidates"] if r.get("value")}
    assert rows[12] is None


def test_another_poll_is_not_the_pollster_named_before() -> None:
    text = (
        "A Nordpoll survey found 30% back the harbour plan.\n"
        "Another poll of 1,200 adults has found that 29% back the ferry plan.\n"
    )
    rows = {r["value"]: r["claimant"] for r in propose(text, PUB)["candidates"] if r.get("value")}
    assert rows[30] == "Nordpoll" or "Nordpoll" in str(rows[30])
    assert "Nordpoll" not in str(rows[29])
