"""Rules added for elided and partitive units, substantivised adjectives, money, number words
before a calibre, colon-introduced statements, trailing attributions, event dates and types.

Every sentence here is written for these tests; none is taken from the fixtures.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.curation import propose
from timeline.curation.events import classify_event
from timeline.curation.numbers import find_numbers, head_noun

PUB = date(2025, 3, 14)  # a Friday


def units(sentence: str) -> list[tuple[object, str | None, str]]:
    return [(m.value, m.unit, m.kind) for m in find_numbers(sentence) if m.kind != "vague"]


def rows(text: str, **kwargs: Any) -> list[dict[str, Any]]:
    result = propose(text, PUB, **kwargs)
    return list(result["candidates"])


def numeric(text: str, **kwargs: Any) -> list[dict[str, Any]]:
    return [r for r in rows(text, **kwargs) if r["value"] is not None or r["value_low"]]


# --- units ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The clinic listed 85 dead after the shelling.", [(85, "dead", "count")]),
        ("Officials reported 1,200 wounded by Tuesday.", [(1200, "wounded", "count")]),
        (
            "The militia put the dead at 75, the injured at about 300 and the missing at twelve.",
            [(75, "dead", "count"), (300, "injured", "count"), (12, "missing", "count")],
        ),
        (
            "The bureau put the number of sailors drowned at 40 and the number of injured at "
            "roughly 90.",
            [(40, "sailors", "count"), (90, "injured", "count")],
        ),
        ("Only 14 of the injured were flown out.", [(14, "injured", "count")]),
        (
            "The convoy included howitzers numbering about 45, a witness said.",
            [(45, "howitzers", "count")],
        ),
        (
            "Minsk will buy eighteen more 203 mm towed howitzers next spring.",
            [(18, "towed howitzers", "count"), (203, None, "calibre")],
        ),
        (
            "The navy detained nine Greek and Maltese tanker crews.",
            [(9, "tanker crews", "count")],
        ),
    ],
)  # fmt: skip
def test_units(sentence: str, expected: list[tuple[object, str | None, str]]) -> None:
    assert units(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The deal, worth about $3 billion, was signed in Minsk.",
        "The loans came to roughly 600 million dollars last year.",
        "Tehran paid 80 million euros for the engines.",
    ],
)
def test_money_is_not_a_count(sentence: str) -> None:
    assert all(m.kind == "money" for m in find_numbers(sentence) if m.value and m.value > 1000)
    assert not numeric(sentence)


def test_head_noun() -> None:
    assert head_noun("sailors killed or wounded") == "sailors"
    assert head_noun("wounded") == "wounded"
    assert head_noun("freight wagons") == "freight wagons"


def test_elided_noun_takes_the_noun_said_before() -> None:
    text = "The port handled 5,200 crates in May, up from 3,900 in April, the authority said."
    found = {r["value"]: r for r in numeric(text)}
    assert found[3900]["unit"] == "crates"
    assert "antecedent_unit" in found[3900]["flags"]


def test_of_them_takes_the_noun_of_the_sentence_before() -> None:
    text = (
        "The coast guard said on Monday that 420 fishing boats had left the harbour. "
        "About 150 of them returned empty, it said."
    )
    found = {r["value"]: r for r in numeric(text)}
    assert found[150]["unit"] == "fishing boats"
    assert found[150]["claimant"].startswith("it")


def test_of_those_in_the_same_sentence() -> None:
    text = "The agency counted 2,400 drones in storage, some 800 of those already armed."
    found = {r["value"]: r for r in numeric(text)}
    assert found[800]["unit"] == "drones"


def test_of_them_without_any_noun_before_stays_empty() -> None:
    text = "Roughly 60 of them were seized, the police said."
    found = numeric(text)
    assert found and found[0]["unit"] is None


def test_number_word_of_them() -> None:
    text = (
        "The navy said on Friday that it had tracked eleven cargo ships. Three of them were "
        "bound for Vladivostok, it said."
    )
    found = {r["value"]: r for r in numeric(text)}
    assert found[3]["unit"] == "cargo ships"


# --- colon-introduced statements, indefinite claimants ---------------------------------------

ACTORS = [
    {"actor_id": "gbr-mod", "name": "Ministry of Defence of the United Kingdom", "kind":
     "ministry", "country": "GBR", "description": "Britain's Ministry of Defence"},
]  # fmt: skip


def test_colon_statement_takes_the_clause_before() -> None:
    text = (
        "A British defence official gave a smaller tally on Tuesday: 45 to 60 tanks in total, "
        "roughly 20 of them destroyed by drones."
    )
    found = {r["value"] or r["value_low"]: r for r in numeric(text, actors=ACTORS)}
    for row in (found[45], found[20]):
        assert row["claimant"] == "A British defence official"
        assert row["claimant_id"] is None
        assert (row["stated_on"], row["stated_precision"]) == ("2025-03-11", "day")
    assert found[20]["unit"] == "tanks"


def test_colon_verb_without_colon_is_no_frame() -> None:
    text = "The depot gave 300 trucks to the brigade on Tuesday."
    assert all(r["claimant"] is None for r in numeric(text))


def test_trailing_attribution_after_a_figure_with_a_comma() -> None:
    text = (
        "The navy announced on Monday that it had commissioned two frigates. "
        "The number of sailors lost at sea this year has climbed to as many as 2,900, said "
        "Park Min-jun, a member of the parliament's defence committee. "
        "He said the figure included 30 or more officers."
    )
    found = {r["value"]: r for r in numeric(text)}
    assert found[2900]["claimant"] == "Park Min-jun"
    assert found[2900]["stated_on"] is None
    assert found[30]["claimant"].startswith("He")
    assert found[30]["stated_on"] is None


# --- event types and event dates -------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "unit", "expected"),
    [
        ("Minsk sent 600 new recruits to the front to make up for losses near Bakhmut",
         "recruits", "troop_deployment"),
        ("the army has begun preparations to deploy 4,000 more marines in April",
         "marines", "deployment_preparation"),
        ("the colonel crossed the border under a fake Belarusian passport", None, "concealment"),
        ("the freighter was loaded with 12,000 rockets for the launchers", "rockets",
         "munitions_shipment"),
        ("about 400 technicians moved to a drone plant near Yelabuga", "technicians",
         "drone_production"),
        ("The foreign ministry declined to comment on the report", None, "non_confirmation"),
        ("The embassy refused to comment.", None, "non_confirmation"),
    ],
)  # fmt: skip
def test_event_types(words: str, unit: str | None, expected: str) -> None:
    assert classify_event(words, unit)[0] == expected


def test_figure_included_keeps_the_type_of_the_figure_before() -> None:
    text = (
        "Some 1,700 marines have been killed or wounded since June, the navy said on Friday. "
        "It said the toll included 25 or more pilots."
    )
    found = {r["value"]: r for r in numeric(text)}
    assert found[1700]["event_type"] == "casualties"
    assert found[25]["event_type"] == "casualties"


def test_the_figures_own_date_wins_over_the_sentence_date() -> None:
    text = (
        "The coast guard said on Friday that more than 90 barges had crossed the strait last "
        "month, 31 of them on Feb. 9 alone. About 400 of them, it said, sank in storms between "
        "Feb. 2 and Feb. 6, when gales hit the coast."
    )
    found = {r["value"]: r for r in numeric(text)}
    assert (found[90]["date_start"], found[90]["date_precision"]) == ("2025-02-01", "month")
    assert (found[31]["date_start"], found[31]["date_precision"]) == ("2025-02-09", "day")
    assert found[31]["unit"] == "barges"
    assert (found[400]["date_start"], found[400]["date_end"]) == ("2025-02-02", "2025-02-06")


# --- refusals to comment -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Belarus's interior ministry declined to comment on the arrests.",
         "Belarus's interior ministry"),
        ("The Kremlin, asked about the convoy, would neither confirm nor deny it.", "The Kremlin"),
        ("The port authority did not immediately comment.", "The port authority"),
    ],
)  # fmt: skip
def test_refusal_to_comment_is_a_statement(text: str, claimant: str) -> None:
    found = [r for r in rows(text) if r["value"] is None]
    assert len(found) == 1
    row = found[0]
    assert row["claimant"] == claimant
    assert row["event_type"] == "non_confirmation"
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        None,
        "2025-03-14",
        "range",
    )


def test_refusal_inside_a_reported_statement_keeps_the_reporting_frame() -> None:
    text = "The navy said on Tuesday that it could not comment on the missing frigate."
    found = [r for r in rows(text) if r["value"] is None]
    assert [r["claimant"] for r in found] == ["The navy"]
    assert found[0]["stated_on"] == "2025-03-11"


def test_elided_figure_after_money_is_money() -> None:
    sentence = "Revenue reached 9 million euros, up from 7 million a year before."
    assert [m.kind for m in find_numbers(sentence)] == ["money", "money"]
    assert not numeric(sentence)


def test_closing_quote_between_figure_and_noun() -> None:
    assert units('Minsk received "no fewer than two million" shells in May.') == [
        (2_000_000, "shells", "count")
    ]


def test_date_in_a_relative_clause_on_the_claimant_dates_the_statement() -> None:
    text = (
        "The barges carried some 400 containers, according to the Baltic News Service, which "
        "quoted a port official on Wednesday."
    )
    found = numeric(text)
    assert found[0]["claimant"] == "the Baltic News Service"
    assert (found[0]["stated_on"], found[0]["stated_precision"]) == ("2025-03-12", "day")
