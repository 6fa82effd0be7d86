"""The page's own country: read from its dateline or its masthead, and used for a body that
the report names without a country. Every page here is made up for this file."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.curation import propose
from timeline.curation.home import home_country

PUB = date(2025, 3, 7)  # a Friday
ACTORS = [
    {"actor_id": "nor-mof", "name": "Ministry of Finance of Norway", "kind": "government_body",
     "country": "NOR", "description": "Norway's finance ministry"},
    {"actor_id": "fin-mof", "name": "Ministry of Finance of Finland", "kind": "government_body",
     "country": "FIN", "description": "Finland's finance ministry"},
]  # fmt: skip
BODY = "The finance ministry said on Tuesday that 40 ferries were idle because of the strike."


@pytest.mark.parametrize(
    ("page", "country"),
    [
        (f"OSLO, March 4 (Nordwire) - {BODY}", "NOR"),
        (f"HELSINKI (Nordwire) — {BODY}", "FIN"),
        (f"Oslo (NW) - {BODY}", "NOR"),
        (
            f"Nordwire Norway\n\nFerries idle as strike spreads along the western coast\n\n{BODY}",
            "NOR",
        ),
        # a city the page's country follows
        (f"BERGEN, NORWAY — {BODY}", "NOR"),
        # the test suite's notice line is not the page
        (f"TEST FIXTURE – a page.\nThe Helsinki Courier\n\n{BODY}", "FIN"),
        (f"{BODY}", None),
        # a masthead naming two countries names neither; a headline is no masthead
        (f"Norway and Finland Weekly\n\n{BODY}", None),
        (f"Finland's ferries stop as the strike spreads\n\n{BODY}", None),
        # a page about the North is written from elsewhere
        (f"PYONGYANG, March 4 - {BODY}", None),
        # no dateline, no masthead naming a country: the time stamp's zone, if one country's
        (f"The Evening Herald\n\nFerries idle\n\n18:42 JST, March 5, 2025\n\n{BODY}", "JPN"),
        (f"The Evening Herald\n\nFerries idle\n\nMarch 5, 2025 9:10 a.m. KST\n\n{BODY}", "KOR"),
        (f"The Evening Herald\n\nFerries idle\n\n18:42 GMT, March 5, 2025\n\n{BODY}", None),
    ],
)
def test_home_country_is_the_datelines_else_the_mastheads(page: str, country: str | None) -> None:
    assert home_country(page) == country


def _claimant(text: str, number: float) -> dict[str, Any]:
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    found = [r for r in rows if r["value"] == number]
    assert found, rows
    return found[0]


@pytest.mark.parametrize(("city", "actor"), [("OSLO", "nor-mof"), ("HELSINKI", "fin-mof")])
def test_a_body_named_without_a_country_is_the_page_countrys(city: str, actor: str) -> None:
    row = _claimant(f"{city}, March 7 (Nordwire) - {BODY}", 40)
    assert (row["claimant"], row["claimant_id"]) == ("The finance ministry", actor)


def test_without_a_home_the_body_stays_unresolved() -> None:
    assert _claimant(BODY, 40)["claimant_id"] is None


def test_a_body_the_report_named_before_wins_over_the_home() -> None:
    text = (
        "OSLO, March 7 (Nordwire) - Finland's finance ministry said on Monday that 12 ferries "
        "had stopped. The ministry added that 30 more could stop next week."
    )
    assert _claimant(text, 30)["claimant_id"] == "fin-mof"


def test_a_document_of_the_home_body_is_its_statement() -> None:
    text = "OSLO, March 7 (Nordwire) - A Finance Ministry report put idle ferries at 40 on Tuesday."
    assert _claimant(text, 40)["claimant_id"] == "nor-mof"


def test_one_official_stays_a_person() -> None:
    text = (
        "OSLO, March 7 (Nordwire) - A ministry official said on Tuesday that 40 ferries were idle."
    )
    assert _claimant(text, 40)["claimant_id"] is None


def test_an_unnamed_official_of_the_home_body_speaks_for_it() -> None:
    text = (
        "OSLO, March 7 (Nordwire) - About 40 ferries were idle on Tuesday, a senior Finance "
        "Ministry official told Nordwire."
    )
    row = _claimant(text, 40)
    assert (row["claimant"], row["claimant_id"]) == (
        "a senior Finance Ministry official",
        "nor-mof",
    )
    # without a home, the official stays unresolved
    assert _claimant(text.split(" - ", 1)[1], 40)["claimant_id"] is None


def test_the_ministry_after_its_minister_is_the_ministers_ministry() -> None:
    text = (
        "Finland's Finance Minister Riikka Aalto told reporters on Tuesday that fares would rise. "
        "The ministry also estimated that 40 ferries were idle."
    )
    row = _claimant(text, 40)
    assert row["claimant_id"] == "fin-mof"


def test_a_document_named_with_its_author_before_it_speaks_for_the_author_later() -> None:
    text = (
        "Ferry traffic fell by 40 percent last year, according to a Finance Ministry report "
        "submitted to Rep. Kari Lund of the Labour Party on Sunday. The report said 12 routes "
        "had closed."
    )
    for number in (40, 12):
        row = _claimant(f"OSLO, March 7 (Nordwire) - {text}", number)
        assert row["claimant_id"] == "nor-mof", row
        # handed over on Sunday: "Rep." ends no sentence
        assert (row["stated_on"], row["stated_text"]) == ("2025-03-02", "on Sunday"), row
