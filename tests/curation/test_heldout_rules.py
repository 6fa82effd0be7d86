"""General rules added after the held-out analysis: reporting verbs, passive frames,
parentheticals between claimant and verb, participial openers, continuation across persons,
qualifiers and units. Every sentence here is new (none is a fixture sentence)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.curation import propose
from timeline.curation.attribution import find_frames, match_actor, names_person
from timeline.curation.sentences import Span, quotations

PUB = date(2025, 2, 12)  # a Wednesday
ACTORS: list[dict[str, Any]] = [
    {"actor_id": "gbr-mod", "name": "Ministry of Defence of the United Kingdom (MoD)",
     "kind": "government_body", "country": "GBR", "description": "Britain’s defence ministry"},
    {"actor_id": "fin-army", "name": "Finnish Army Command", "kind": "military_body",
     "country": "FIN", "description": None},
]  # fmt: skip


def frames_of(text: str) -> list[tuple[str, str]]:
    found = find_frames(text, Span(0, len(text)), quotations(text, 0, len(text)))
    return [(f.verb, text[f.np_start : f.np_end]) for f in found]


def numeric(text: str, actors: list[dict[str, Any]] | None = None) -> list[dict[str, Any]]:
    rows = propose(text, PUB, actors=actors or ACTORS)["candidates"]
    return [r for r in rows if r["value"] is not None or r["value_low"] is not None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new reporting verbs
        ("Some 70 barges idled in port, Colonel Aino Lehto briefed reporters.",
         [("briefed", "Colonel Aino Lehto")]),
        ("Grain exports will fall below 2,000 tonnes, the bureau projected.",
         [("projected", "the bureau")]),
        # "told X": X is the audience, never the claimant; an age in apposition is skipped
        ("Fisherman Pak Yong-su, 71, told a Busan radio station that 12 boats sank.",
         [("told", "Fisherman Pak Yong-su")]),
        # a parenthetical between the claimant and its verb
        ("The coast guard, in a statement to the press on Monday, estimated losses at 90.",
         [("estimated", "The coast guard")]),
        # "put … at N" states a figure; "put" without "at N" does not
        ("The Red Cross put the number of displaced families at about 4,100.",
         [("put", "The Red Cross")]),
        ("The Red Cross put its trucks on the road.", []),
    ],
)  # fmt: skip
def test_frames(text: str, expected: list[tuple[str, str]]) -> None:
    assert frames_of(text) == expected


def test_passive_frame_names_the_agent() -> None:
    text = "It was confirmed by the Finnish Army Command on Monday that 35 tanks were repaired."
    (row,) = numeric(text)
    assert row["claimant_id"] == "fin-army"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-10", "day")


def test_parenthetical_date_dates_the_statement() -> None:
    text = "Britain’s defence ministry, in an update to parliament last week, put the number of " \
        "armoured vehicles lost at roughly 260."  # fmt: skip
    (row,) = numeric(text)
    assert row["claimant_id"] == "gbr-mod"
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        "2025-02-03", "2025-02-09", "week",
    )  # fmt: skip
    assert (row["qualifier"], row["unit"]) == ("about", "vehicles")


@pytest.mark.parametrize(
    "text",
    [
        # participial opener with its own date words
        "Posting on Facebook on Monday, regional governor Irina Vass claimed 45 drones fell.",
        # an opening date, then a long apposition before the verb
        "On Monday, a border police spokesman, Lt. Ivo Saar, confirmed that 45 drones fell.",
    ],
)
def test_opening_date_before_a_long_subject(text: str) -> None:
    (row,) = numeric(text)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-10", "day")


def test_published_document_dates_the_statement() -> None:
    text = "The institute concluded in its yearly survey, published Friday, that 800 ships docked."
    (row,) = numeric(text)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-07", "day")


def test_undated_follow_up_of_a_dated_statement_takes_its_date() -> None:
    text = (
        "A Finnish army officer briefed journalists on Tuesday about the drills. "
        "The officer said 24 howitzers had been moved north."
    )
    (row,) = numeric(text)
    assert row["stated_on"] == "2025-02-11"


def test_named_spokesperson_is_not_the_body() -> None:
    assert names_person("MoD spokeswoman Capt. Ruth Dale")
    assert not names_person("Britain’s defence ministry")
    assert match_actor("MoD spokeswoman Capt. Ruth Dale", ACTORS) == (None, 0.0)
    text = (
        "The MoD said on Monday that 300 trucks had crossed. "
        "Another 40 trucks followed later, MoD spokeswoman Capt. Ruth Dale said."
    )
    first, second = numeric(text)
    assert first["claimant_id"] == "gbr-mod" and first["stated_on"] == "2025-02-10"
    assert second["claimant_id"] is None and second["stated_on"] is None


def test_short_form_continues_the_named_body() -> None:
    text = (
        "Finland’s Army Command said on Tuesday that 15 bridges were closed. "
        "The Army Command put the number of damaged roads at 60."
    )
    rows = numeric(text, [{**ACTORS[1], "aliases": ["Finland’s Army Command"]}])
    assert [r["claimant_id"] for r in rows] == ["fin-army", "fin-army"]


def test_percentages_are_proposed_and_ages_are_not() -> None:
    text = "Engineer Mun Hye-rim, 44, said about 35 percent of the 500 pumps failed."
    rows = numeric(text)
    assert [(r["value"], r["unit"]) for r in rows] == [(35, "percent"), (500, "pumps")]
