"""Stage 6 (candidates): which numbers and statements become rows, headline figures settled
against the body's, and the flags a row carries. Sentences made up for this file."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.curation import propose
from timeline.curation.events import classify_event
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


def test_a_headline_role_is_the_person_the_body_names_in_it() -> None:
    page = (
        "Ferries could soon carry 1,000 more cars a day, transport minister says\n\n"
        "NORDHAVN – Ferries may soon carry up to 1,000 more cars a day, Transport Minister "
        "Kari Lund said on Wednesday.\n"
    )
    headline = next(r for r in _rows(page) if r["quote"].startswith("Ferries could"))
    assert headline["claimant"] == "transport minister (Transport Minister Kari Lund)"
    assert headline["stated_on"] == "2021-03-03"


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


def test_a_headline_figure_in_words_takes_its_trailing_source() -> None:
    page = (
        "Nine ferries stranded by ice on the fjord: harbour officials\n\n"
        "The cold snap closed the northern routes for the first time in a decade.\n"
    )
    rows = [r for r in _rows(page) if r["value"] is not None]
    assert [(r["value"], r["claimant"]) for r in rows] == [(9, "harbour officials")]


@pytest.mark.parametrize(
    ("headline", "actor"),
    [
        # the body's statement by the body the headline names, not an earlier one by another
        ("Port board says 2,000 travellers stranded", ACTORS[0]),
        # the state named in a headline: its body's statement ("nor-" ids are Norway's)
        ("Norway says 2,000 travellers stranded",
         {"actor_id": "nor", "name": "Norway", "kind": "state", "country": "NOR",
          "description": "Norway, cited as a whole"}),
    ],
)  # fmt: skip
def test_a_headline_figure_takes_the_date_of_its_own_claimants_statement(
    headline: str, actor: dict[str, str]
) -> None:
    board = {**ACTORS[0], "actor_id": "nor-board"} if actor["actor_id"] == "nor" else ACTORS[0]
    page = (
        f"{headline}\n\n"
        "A union leader, Ola Berg, said on Monday that 2,000 passengers were stuck. "
        "The Nordhavn Port Board said on Wednesday that 2,000 travellers were stranded.\n"
    )
    rows = propose(page, PUB, actors=[board, actor])["candidates"]
    top = next(r for r in rows if r["quote"] == headline)
    assert top["claimant_id"] == actor["actor_id"], top
    assert top["stated_on"] == "2021-03-03", top


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
    text = "The Nordhavn Port Board said dock workers had been injured in the blast."
    assert _rows(text) == []
    # a force sent somewhere is a deployment statement (test_attribution has more)
    sent = _rows("The Nordhavn Port Board said troops had been deployed to the harbour.")
    assert [(r["value"], r["event_type"]) for r in sent] == [(None, "troop_deployment")]
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


# --- event types and event dates of figures -------------------------------------------------


FRIDAY_14_MARCH = date(2025, 3, 14)
UK_MOD = [
    {"actor_id": "gbr-mod", "name": "Ministry of Defence of the United Kingdom", "kind":
     "ministry", "country": "GBR", "description": "Britain's Ministry of Defence"},
]  # fmt: skip


def _rows_on_friday(text: str, **kwargs: Any) -> list[dict[str, Any]]:
    return list(propose(text, FRIDAY_14_MARCH, **kwargs)["candidates"])


def _numeric_on_friday(text: str, **kwargs: Any) -> list[dict[str, Any]]:
    return [r for r in _rows_on_friday(text, **kwargs) if r["value"] is not None or r["value_low"]]


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
    found = {r["value"]: r for r in _numeric_on_friday(text)}
    assert found[1700]["event_type"] == "casualties"
    assert found[25]["event_type"] == "casualties"


def test_the_figures_own_date_wins_over_the_sentence_date() -> None:
    text = (
        "The coast guard said on Friday that more than 90 barges had crossed the strait last "
        "month, 31 of them on Feb. 9 alone. About 400 of them, it said, sank in storms between "
        "Feb. 2 and Feb. 6, when gales hit the coast."
    )
    found = {r["value"]: r for r in _numeric_on_friday(text)}
    assert (found[90]["date_start"], found[90]["date_precision"]) == ("2025-02-01", "month")
    assert (found[31]["date_start"], found[31]["date_precision"]) == ("2025-02-09", "day")
    assert found[31]["unit"] == "barges"
    assert (found[400]["date_start"], found[400]["date_end"]) == ("2025-02-02", "2025-02-06")


def test_a_headline_descriptor_without_an_article_is_the_one_actor_it_fits() -> None:
    page = (
        "Spy agency counts 12 foreign trawlers in closed waters\n"
        "Patrols stepped up along the northern coast\n"
        "The Cabinet Intelligence Office said on Friday that 12 trawlers had entered.\n"
    )
    spies = {"actor_id": "jpn-cio", "name": "Cabinet Intelligence Office",
             "kind": "government_body", "country": "JPN",
             "description": "Japan's intelligence agency"}  # fmt: skip
    rows = propose(page, date(2025, 3, 7), actors=[spies])["candidates"]
    headline = next(r for r in rows if r["quote"].startswith("Spy"))
    assert (headline["claimant"], headline["claimant_id"]) == ("Spy agency", "jpn-cio")


def test_a_figure_whose_noun_is_carried_over_keeps_the_type_of_the_figure_before() -> None:
    text = (
        "The health ministry said on Monday that 40 miners had been killed in the flood. "
        "That is well below the union's count of more than 90, which it gave on Sunday."
    )
    types = {row["value"]: row["event_type"] for row in _rows(text)}
    assert types == {40: "casualties", 90: "casualties"}


def test_a_carried_figure_keeps_what_its_own_words_say_it_counts() -> None:
    # the dead among those sent, and those sent after a count of the dead
    text = (
        "The health ministry said on Monday that 400 soldiers had been sent to the valley. "
        "Villagers say at least 30 were killed in a single strike. "
        "The ministry said 60 soldiers had been killed by then. "
        "The army says about 500 were sent in all."
    )
    types = {row["value"]: row["event_type"] for row in _rows(text)}
    assert types == {400: "troop_deployment", 30: "casualties", 60: "casualties",
                     500: "troop_deployment"}  # fmt: skip


def test_more_things_to_come_keep_the_type_of_the_things_before() -> None:
    text = (
        "The Nordhavn Port Board said on Monday that 7,000 containers had been shipped. "
        "It said another 2,000 could follow by March."
    )
    types = {row["value"]: row["event_type"] for row in _rows(text)}
    assert types == {7000: "munitions_shipment", 2000: "munitions_shipment"}


def test_a_headline_figure_without_its_noun_counts_what_the_body_figure_does() -> None:
    page = (
        "Port board raises its estimate to 2,000\n\n"
        "The Nordhavn Port Board said on Wednesday that about 2,000 soldiers had been sent "
        "to guard the quays.\n"
    )
    rows = [r for r in _rows(page) if r["value"] == 2000]
    headline = next(r for r in rows if r["quote"].startswith("Port"))
    body = next(r for r in rows if r["quote"].startswith("The"))
    assert body["event_type"] == "troop_deployment"
    assert headline["event_type"] == body["event_type"]
    assert Flag.NO_EVENT_TYPE not in headline["flags"]
    assert (headline["unit"], body["unit"]) == ("soldiers", "soldiers")
    assert Flag.ANTECEDENT_UNIT in headline["flags"] and Flag.NO_UNIT not in headline["flags"]


def test_a_headline_figure_the_body_counts_twice_over_keeps_its_own_type() -> None:
    page = (
        "At least another 300 by the spring\n\n"
        "The Nordhavn Port Board said on Wednesday that 300 soldiers had been killed. "
        "It said 300 soldiers had been sent to the quays.\n"
    )
    rows = [r for r in _rows(page) if r["value"] == 300]
    headline = next(r for r in rows if r["quote"].startswith("At least"))
    assert {r["event_type"] for r in rows if r is not headline} == {
        "casualties", "troop_deployment"
    }  # fmt: skip
    assert headline["event_id"] is None
    assert headline["unit"] is None  # the dead or those sent: unsure


@pytest.mark.parametrize(
    "sentence",
    [
        "The embassy on Monday again refused to say whether its pilots were flying there.",
        "A spokesman said the ministry did not discuss the details of its cooperation.",
        "The ministry declined to say how many advisers were deployed.",
        "The envoy refused on Thursday to discuss the figures.",
    ],
)
def test_refusing_to_say_is_no_confirmation(sentence: str) -> None:
    assert classify_event(sentence)[0] == "non_confirmation"


@pytest.mark.parametrize(
    "restatement",
    [
        '"If the 2,000 figure is right, the port will need months," said Ola Berg, an analyst.',
        '"If 2,000 travellers are stranded, the ferries failed," said Ola Berg, an analyst.',
        "Ola Berg, an analyst, said those 2,000 travellers would need hotels.",
        # a commentator's quoted words with the figure the report gave
        '"Two thousand people in a town of 9,000 is a crisis," said Ola Berg, an analyst.',
    ],
)
def test_a_restated_figure_keeps_the_claimant_and_date_it_restates(restatement: str) -> None:
    text = (
        "The Nordhavn Port Board said on Wednesday that 2,000 travellers were stranded. "
        + restatement
    )
    rows = [r for r in _rows(text) if r["value"] == 2000]
    first, later = rows[0], rows[-1]
    assert len(rows) == 2 and Flag.RESTATES in later["flags"]
    assert (later["claimant_id"], later["stated_on"]) == ("port-board", "2021-03-03")
    assert (first["claimant_id"], first["stated_on"]) == ("port-board", "2021-03-03")


@pytest.mark.parametrize(
    "quote",
    [
        # the body's own spokesman, named with it
        '"About 2,000 are still waiting," said Port Board spokesman Ola Berg on Thursday.',
        # a speaker quoted on a day of their own: a source, not a commentator
        '"About 2,000 are still waiting," Ola Berg told reporters on Thursday.',
        # an office holder speaks for the office, with no day of their own
        '"These are 2,000 people who need hotels," Transport Minister Ola Berg wrote online.',
    ],
)
def test_a_sources_own_quoted_figure_is_no_restatement(quote: str) -> None:
    text = "The Nordhavn Port Board said on Wednesday that 2,000 travellers were stranded. " + quote
    later = [r for r in _rows(text) if r["value"] == 2000][-1]
    assert Flag.RESTATES not in later["flags"] and "Berg" in str(later["claimant"]), later


def test_said_that_before_a_figure_of_the_same_size_is_no_restatement() -> None:
    """ "reported that 2,000 people had fled": "that" opens what was said, it does not point
    back at the earlier 2,000 (a real page's second party was given the first one's words)."""
    text = (
        "The Nordhavn Port Board said on Wednesday that 2,000 travellers were stranded. "
        "Separately, the harbour police reported that 2,000 cars were towed."
    )
    later = [r for r in _rows(text) if r["value"] == 2000][-1]
    assert Flag.RESTATES not in later["flags"] and later["claimant"] == "the harbour police"


def test_a_new_figure_of_the_same_size_is_no_restatement() -> None:
    text = (
        "The Nordhavn Port Board said on Wednesday that 2,000 travellers were stranded. "
        "Ola Berg, an analyst, said 2,000 more would be stranded by Friday."
    )
    later = [r for r in _rows(text) if r["value"] == 2000][-1]
    assert Flag.RESTATES not in later["flags"] and "Berg" in str(later["claimant"])


@pytest.mark.parametrize("separator", [":", " –"])
def test_a_headline_ending_in_its_source_names_its_claimant(separator: str) -> None:
    page = (
        f"Ferry strike strands 2,000 travellers{separator} Nordhavn\n\n"
        "The Nordhavn Port Board said on Wednesday that 2,000 travellers were stranded.\n"
    )
    headline = next(r for r in _rows(page) if r["quote"].startswith("Ferry"))
    assert headline["claimant"] == "Nordhavn"


def test_a_label_on_a_metadata_line_is_no_source() -> None:
    page = (
        "BULLETIN · Monday 1 March 2021 · 18:00 · Duration 5'00\" · Reader: Ola Berg\n\n"
        "The Nordhavn Port Board said on Wednesday that 2,000 travellers were stranded.\n"
    )
    assert all(r["claimant"] != "Ola Berg" for r in _rows(page))


def test_a_headline_rounding_a_bound_takes_the_body_statement_of_its_party() -> None:
    actors = [
        *ACTORS,
        {"actor_id": "nor", "name": "Norway", "kind": "state", "country": "NOR",
         "description": "Cited as a whole"},
        {"actor_id": "nor-coast", "name": "Norwegian Coastal Administration", "kind":
         "government_body", "country": "NOR", "description": "Norway's coastal agency"},
    ]  # fmt: skip
    page = (
        "Norway says up to 3,000 ferries now idle\n\n"
        "OSLO – The Norwegian Coastal Administration said on Wednesday that 1,000 to 3,000 "
        "ferries were idle.\n"
    )
    rows = list(propose(page, PUB, actors=actors)["candidates"])
    headline = next(r for r in rows if r["quote"].startswith("Norway says"))
    assert headline["claimant_id"] == "nor"
    assert (headline["stated_on"], headline["stated_precision"]) == ("2021-03-03", "day")


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ("The palace said how it equips its navy is 'our business' and nobody else's.",
         "non_confirmation"),
        ("A spokeswoman called the pipeline deal 'a sovereign matter' for the two governments.",
         "non_confirmation"),
        ("The ministry said the exchange of pilots was a matter for the two states alone.",
         "non_confirmation"),
        ("Officials said the training mission was not a subject for comment.", "non_confirmation"),
        ("The envoy said the agreement would not be discussed in public.", "non_confirmation"),
        # the same words about something else: business is business
        ("The two countries signed a treaty to expand business ties.", "relations"),
    ],
)  # fmt: skip
def test_a_deflection_is_no_confirmation(sentence: str, event_type: str) -> None:
    """Declining by calling the matter private ('our business', 'a sovereign matter') is a
    non-answer, not a statement about relations."""
    assert classify_event(sentence)[0] == event_type


@pytest.mark.parametrize(
    ("sentence", "event_type"),
    [
        ('The minister said rebel gunfire had killed or wounded "more than 300" soldiers '
         "since the siege began.", "casualties"),
        ('The general said the army could send "another 2,000 or 3,000" soldiers if asked.',
         "deployment_preparation"),
        # the clause before a comma is another's: "could not confirm …, but estimated"
        ("The ministry said it could not confirm the losses, but estimated that "
         '"about 400" soldiers had been sent.', "troop_deployment"),
    ],
)  # fmt: skip
def test_a_quoted_figure_is_typed_by_the_words_before_it(sentence: str, event_type: str) -> None:
    """A quote that is only the quoted figure ('"more than 300"') leaves what happened to
    the soldiers in the statement's words before it: they decide the event's type."""
    (row,) = [r for r in _rows(sentence) if r["value_low"] or r["value"]]
    assert row["event_type"] == event_type, row["quote"]


@pytest.mark.parametrize(
    ("sentence", "value", "event_type"),
    [
        # the whole a part was counted among: the force, not its dead
        ("The colonel put the militia's losses at about 900 killed or wounded, out of a force "
         "of roughly 5,000 soldiers, and said morale held.", 5000, "troop_deployment"),
        ("The colonel put the militia's losses at about 900 killed or wounded, out of a force "
         "of roughly 5,000 soldiers, and said morale held.", 900, "casualties"),
        # a relative clause's figure ends where the main clause's verb begins
        ("The bureau, which counts about 6,000 soldiers in the valley, said on Monday that "
         "losses had climbed to 700.", 6000, "troop_deployment"),
        ("The bureau, which counts about 6,000 soldiers in the valley, said on Monday that "
         "losses had climbed to 700.", 700, "casualties"),
    ],
)  # fmt: skip
def test_a_figure_s_own_clause_decides_whether_it_counts_dead(
    sentence: str, value: int, event_type: str
) -> None:
    rows = [r for r in _rows(sentence) if value in (r["value"], r["value_low"])]
    assert rows and rows[0]["event_type"] == event_type, rows


def test_a_briefing_does_not_type_a_figure_whose_guessed_noun_counts_people() -> None:
    """'up to 8,000', said by officials briefing reporters after a sentence about soldiers,
    counts soldiers: the occasion's word is not what happened."""
    text = (
        "The militia has moved soldiers to the border. By Wednesday, officials briefing "
        "reporters were ready to go further: up to 8,000.\n"
    )
    (row,) = [r for r in _rows(text) if r["value_high"] == 8000 or r["value"] == 8000]
    assert row["event_type"] == "troop_deployment", row


def test_a_headline_role_takes_only_the_holder_of_that_whole_role() -> None:
    page = (
        "Ferries could soon carry 1,000 more cars a day, transport minister says\n\n"
        "NORDHAVN – Foreign Minister Per Dahl said on Tuesday that talks went well. Ferries "
        "may soon carry up to 1,000 more cars a day, Transport Minister Kari Lund said on "
        "Wednesday.\n"
    )
    headline = next(r for r in _rows(page) if r["quote"].startswith("Ferries could"))
    assert headline["claimant"] == "transport minister (Transport Minister Kari Lund)"


def test_a_measure_word_keeps_what_it_counts() -> None:
    text = (
        "The navy said it recovered 40 pieces of debris and 17 units of armored boats.\n\n"
        "Some 30 pieces of rescue gear took part in the drill, the navy said.\n"
    )
    units = {r["value"]: r["unit"] for r in _rows(text)}
    assert units == {
        40: "pieces of debris",
        17: "units of armored boats",
        30: "pieces of rescue gear",
    }


def test_a_rate_after_a_verb_stays_in_the_unit() -> None:
    text = (
        "Between 1,000 and 1,100 volunteers join every day, the coast guard said.\n\n"
        "Some 90 boats are lost a year, the coast guard said.\n\n"
        "About 300 divers arrived a week earlier, the coast guard said.\n"
    )
    units = {(r["value"] or r["value_low"]): r["unit"] for r in _rows(text)}
    assert units == {1000: "volunteers every day", 90: "boats a year", 300: "divers"}
