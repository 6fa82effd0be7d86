"""Stage 6 (candidates): which numbers and statements become rows, headline figures settled
against the body's, and the flags a row carries. Sentences made up for this file."""

from __future__ import annotations

from datetime import date
from typing import Any

from timeline.curation import propose
from timeline.curation.flags import Flag

PUB = date(2021, 3, 5)  # a Friday
ACTORS = [
    {"actor_id": "port-board", "name": "Nordhavn Port Board", "kind": "government_body",
     "country": "NOR", "description": "The port authority of Nordhavn"},
]  # fmt: skip


def _rows(text: str, **kwargs: Any) -> list[dict[str, Any]]:
    return list(propose(text, PUB, actors=ACTORS, **kwargs)["candidates"])


def test_a_headline_figure_takes_the_body_statement() -> None:
    page = (
        "Ferry strike strands 2,000 travellers\n\n"
        "NORDHAVN – The Nordhavn Port Board said on Wednesday that 2,000 travellers were "
        "stranded.\n"
    )
    rows = [r for r in _rows(page) if r["value"] == 2000]
    headline = next(r for r in rows if r["quote"].startswith("Ferry"))
    assert headline["claimant_id"] == "port-board"
    assert headline["stated_on"] == "2021-03-03"
    assert Flag.HEADLINE in headline["flags"]


def test_a_headline_figure_the_body_never_states_is_dropped() -> None:
    page = "Ferry strike strands 9,000 travellers\n\nThe Nordhavn Port Board said 2,000 were stranded.\n"
    assert [r["value"] for r in _rows(page) if r["value"] is not None] == [2000]


def test_a_headline_names_its_own_claimant() -> None:
    page = (
        "Strike strands 2,000 travellers, port board says\n\n"
        "The Nordhavn Port Board said on Wednesday that 2,000 travellers were stranded.\n"
    )
    headline = next(r for r in _rows(page) if r["quote"].startswith("Strike"))
    assert headline["claimant"] == "port board"
    assert headline["stated_on"] == "2021-03-03"


def test_a_number_naming_the_claimant_is_no_claim() -> None:
    rows = _rows("About 300 cars were towed, two senior port officials said on Thursday.")
    assert [r["value"] for r in rows if r["value"] is not None] == [300]


def test_a_vague_quantity_has_no_unit() -> None:
    rows = _rows("The Nordhavn Port Board said dozens of lorries were held.")
    vague = [r for r in rows if Flag.VAGUE_QUANTITY in r["flags"]]
    assert vague and all(r["unit"] is None and r["value"] is None for r in vague)


def test_a_statement_naming_no_event_is_not_proposed() -> None:
    rows = _rows("The Nordhavn Port Board said the weather had been poor all week.")
    assert rows == []


def test_a_row_without_claimant_or_publisher_is_flagged() -> None:
    rows = _rows("About 300 lorries were shipped to the island.")
    assert rows and all(Flag.NO_CLAIMANT in r["flags"] for r in rows)
    published = _rows("About 300 lorries were shipped to the island.", source={"publisher": "Wire"})
    assert all(Flag.NO_CLAIMANT not in r["flags"] for r in published)


def test_a_document_claimant_is_flagged() -> None:
    rows = _rows("The latest port survey indicates that 1,200 lorries were shipped.")
    assert rows and Flag.DOCUMENT_CLAIMANT in rows[0]["flags"]


def test_a_statement_of_a_counted_event_without_a_figure_is_background() -> None:
    text = "The Nordhavn Port Board said troops had been deployed to the harbour."
    assert _rows(text) == []
    warning = _rows("The Nordhavn Port Board warned of retaliation against any blockade.")
    assert [r["event_type"] for r in warning] == ["warning"]


def test_two_figures_of_one_value_counting_different_things_are_both_kept() -> None:
    rows = _rows("The shipyard said it had built about 40 tugs and about 40 barges last year.")
    assert sorted((r["value"], r["unit"]) for r in rows if r["value"]) == [
        (40, "barges"),
        (40, "tugs"),
    ]


def test_a_headline_acronym_takes_the_actor_the_body_spells_out() -> None:
    page = (
        "FCA: 9 lenders breached capital rules\n"
        "Regulators tightened checks after the review\n"
        "Nine lenders breached capital rules, the Fisheries Agency of Japan (FCA) said on "
        "Friday.\n"
    )
    actors = [{"actor_id": "jpn-fish", "name": "Fisheries Agency of Japan (JFA)",
               "kind": "government_body", "country": "JPN",
               "description": "Japan's fisheries agency"}]  # fmt: skip
    rows = propose(page, date(2025, 3, 7), actors=actors)["candidates"]
    headline = next(r for r in rows if r["quote"].startswith("FCA"))
    assert (headline["claimant"], headline["claimant_id"]) == ("FCA", "jpn-fish")
    assert headline["stated_on"] == "2025-03-07"


def test_not_answering_a_request_for_comment_is_no_statement() -> None:
    text = (
        "The port board said on Monday that 40 sailings were cancelled. The ferry company did "
        "not respond to a request for comment. The union declined to comment."
    )
    rows = propose(text, date(2025, 3, 7))["candidates"]
    assert not [r for r in rows if "did not respond" in r["quote"]]
    assert [r for r in rows if "declined to comment" in r["quote"]]
