"""Claimants and statement dates carried across clauses and sentences: pronouns and descriptor
subjects, a quotation spanning sentences, a frame set off by commas, an anaphoric occasion.
Every sentence here is made up for this file."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from timeline.curation import propose
from timeline.curation.attribution import match_actor, names_person
from timeline.curation.propose import annotate

PUB = date(2025, 3, 7)  # a Friday
ACTORS = [
    {"actor_id": "nor-coast", "name": "Norwegian Coastal Administration", "kind":
     "government_body", "country": "NOR", "description": "Norway's coastal agency"},
    {"actor_id": "fin-mof", "name": "Ministry of Finance of Finland", "kind": "government_body",
     "country": "FIN", "description": "Finland's finance ministry"},
]  # fmt: skip

#: Two US bodies, for a bare body a page might link to the wrong state's.
US_ACTORS = [
    {"actor_id": "usa-dod", "name": "United States Department of Defense (Pentagon)",
     "kind": "government_body", "country": "USA", "description": "The US defence department"},
    {"actor_id": "usa-state", "name": "United States Department of State",
     "kind": "government_body", "country": "USA", "description": "The US foreign ministry"},
]  # fmt: skip


def _row(text: str, number: float, **kwargs: Any) -> dict[str, Any]:
    rows = propose(text, PUB, actors=ACTORS, **kwargs)["candidates"]
    found = [r for r in rows if r["value"] == number or r["value_low"] == number]
    assert found, rows
    return found[0]


def test_pronoun_takes_the_subject_of_its_own_sentence_and_its_date() -> None:
    text = (
        "Ships were counted by monitors. On Tuesday a Bergen shipping group, the Fjord Freight "
        "Forum, released figures that it said showed 48 tankers idle."
    )
    row = _row(text, 48)
    assert "Fjord Freight Forum" in row["claimant"]
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_it_skips_a_person_and_a_plural() -> None:
    text = (
        "Harbour pilots said on Monday that the ice was thin. "
        "The Arctic Shipping Institute, a research body, was more careful in a note issued "
        "Wednesday: only 30 vessels could pass safely, it wrote."
    )
    row = _row(text, 30)
    assert "Arctic Shipping Institute" in row["claimant"]
    assert row["stated_on"] == "2025-03-05"


def test_descriptor_finds_its_antecedent_by_its_words() -> None:
    text = (
        "Norway's coastal agency said on Wednesday that 12 trawlers were stuck. "
        "Capt. Ivar Dahl, a harbour master, told a local paper that the ice was thin. "
        "Later that day, the agency added, 5 more trawlers had been freed."
    )
    row = _row(text, 5)
    assert row["claimant_id"] == "nor-coast"  # the agency, not the harbour master
    assert row["stated_on"] == "2025-03-05"  # the agency's own earlier statement
    assert "continued_date" in row["flags"]


def test_descriptor_matches_an_actor_by_its_description() -> None:
    text = "Tax receipts rose sharply in Finland. The finance ministry said 14 banks paid early."
    assert _row(text, 14)["claimant_id"] == "fin-mof"


def test_referring_subject_skips_a_dated_statement_by_another_party() -> None:
    text = (
        "Three Danish officials said on Monday that 70 wind turbines were idle. "
        "The coastal agency said yesterday that the ports were open. "
        "In the north alone, the officials said, 20 turbines had frozen."
    )
    row = _row(text, 20)
    assert row["claimant"] == "the officials (Three Danish officials)"
    assert row["stated_on"] == "2025-03-03"


def test_an_indefinite_claimant_is_a_new_party() -> None:
    text = (
        "The harbour office said on Tuesday that 9 ferries were delayed. "
        "A harbour official who was not authorised to speak said 4 ferries had been cancelled."
    )
    row = _row(text, 4)
    assert row["claimant"] == "A harbour official"
    assert row["stated_on"] is None


def test_quotation_over_two_sentences_is_attributed() -> None:
    text = (
        "“The night was calm. We counted 16 drones before dawn,” Lt. Mia Berg, a spokeswoman "
        "for the air wing, told reporters on Thursday."
    )
    row = _row(text, 16)
    assert row["claimant"] == "Lt. Mia Berg"
    assert row["attribution"] == "direct_quote"
    assert row["stated_on"] == "2025-03-06"


def test_anaphoric_occasion_takes_the_earlier_date() -> None:
    text = (
        "The chief of the border guard testified to a Senate panel on Wednesday. "
        "At the same hearing, senators who had visited the border said 300 guards were missing."
    )
    row = _row(text, 300)
    assert row["claimant"] == "senators"
    assert row["stated_on"] == "2025-03-05"


def test_continued_pronoun_keeps_the_date_of_a_named_person() -> None:
    text = (
        "Finland's deputy minister, Aino Koski, told a radio station yesterday that 8 border "
        "posts had closed. She said 3 more could close next month."
    )
    row = _row(text, 3)
    assert row["stated_on"] == "2025-03-06"


# --- carried-on attribution and names (issue 15); sentences on other subjects ---------------


def test_a_pronoun_sentence_without_attribution_carries_the_statement_on() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 14 trawlers were stranded. "
        "It also towed 3 yachts to port."
    )
    row = _row(text, 3)
    assert row["claimant_id"] == "nor-coast"
    assert row["stated_on"] == "2025-03-04"
    assert "continues_claimant" in row["flags"]


def test_a_surname_is_the_person_named_before() -> None:
    text = (
        "Harbour master Ingrid Solberg told reporters on Monday that 20 berths were closed. "
        '"We expect 8 more to close," Solberg said.'
    )
    row = _row(text, 8)
    assert row["claimant"] == "Harbour master Ingrid Solberg"
    assert row["stated_on"] == "2025-03-03"


def test_a_quotation_over_paragraphs_takes_the_closing_attribution() -> None:
    text = (
        "\u201cThe storm closed 40 roads overnight.\n\n"
        "\u201cCrews have reopened 25 of them,\u201d the Norwegian Coastal Administration said on "
        "Thursday.\n"
    )
    first = _row(text, 40)
    assert first["claimant_id"] == "nor-coast"
    assert first["stated_on"] == "2025-03-06"


@pytest.mark.parametrize(
    ("text", "claimants"),
    [
        # one claimant, as written, when a party is no known actor
        ("Finnish and Swedish customs officials said 12 lorries were held.",
         {"Finnish and Swedish customs officials"}),
    ],
)  # fmt: skip
def test_a_coordinated_subject_is_one_claimant(text: str, claimants: set[str]) -> None:
    rows = [r for r in propose(text, PUB, actors=ACTORS)["candidates"] if r["value"] == 12]
    assert {r["claimant"] for r in rows} == claimants


def test_a_descriptor_is_a_body_not_a_person_with_the_same_word() -> None:
    text = (
        "Finland's finance ministry said on Monday that 90 banks had reported. "
        "A ministry spokesman said 4 had failed. "
        "That is up from the ministry's count of 2 in January."
    )
    row = _row(text, 2)
    assert row["claimant_id"] == "fin-mof"
    assert row["stated_on"] == "2025-01-01" and row["stated_precision"] == "month"


def test_since_when_dates_the_earlier_statement() -> None:
    text = (
        "Finland's finance ministry said on Monday that 90 banks had reported, up from 30 "
        "since January, when the Norwegian Coastal Administration reported 12 closures."
    )
    row = _row(text, 12)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-01-01", "month")


def test_an_undated_statement_takes_its_partys_earlier_date_across_others() -> None:
    text = (
        "Finland's finance ministry said on Monday that 90 banks had reported. "
        "The Norwegian Coastal Administration said 14 trawlers were stranded. "
        "Finland's finance ministry said 6 banks had failed."
    )
    assert _row(text, 6)["stated_on"] == "2025-03-03"
    assert _row(text, 14)["stated_on"] is None


def test_a_speaker_label_attributes_the_quotation_below() -> None:
    text = (
        "Harbour officials briefed reporters.\n\n"
        "[Sound bite: Capt. Ola Berg - Nordhavn pilots]\n"
        '"We counted 14 trawlers in the ice. Another 3 are stuck."\n'
    )
    row = _row(text, 14)
    assert row["claimant"] == "Capt. Ola Berg"
    assert all("Sound bite" not in r["quote"] for r in propose(text, PUB)["candidates"])


def test_a_coordination_with_an_unknown_party_matches_no_actor() -> None:
    text = "Norwegian and Danish coastal agencies said 40 trawlers were stranded."
    row = _row(text, 40)
    assert row["claimant_id"] is None
    assert row["claimant"] == "Norwegian and Danish coastal agencies"


def test_a_figure_sentence_without_attribution_carries_the_statement_on() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 80 tonnes of fuel had "
        "leaked. The figure is up from 50 tonnes last month."
    )
    row = _row(text, 50)
    assert row["claimant_id"] == "nor-coast" and row["stated_on"] == "2025-03-04"


def test_a_time_phrase_opening_is_no_carried_attribution() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 80 tonnes had leaked. "
        "This year, 300 more trawlers crossed the strait."
    )
    assert _row(text, 300)["claimant_id"] is None


def test_a_possessor_is_its_own_party() -> None:
    text = (
        "Local officials put the number of displaced people at roughly 40,000, far above the "
        "government's estimate of 25,000."
    )
    assert _row(text, 25000)["claimant"] == "the government"


def test_a_headline_claimant_is_no_antecedent_for_the_body() -> None:
    text = (
        "Fuel spill grows to 80 tonnes, coastal office says\n\n"
        "The Norwegian Coastal Administration said on Tuesday that 80 tonnes had leaked.\n"
        "Another 12 tonnes reached the shore, the office said.\n"
    )
    row = _row(text, 12)
    assert row["claimant_id"] == "nor-coast" and row["stated_on"] == "2025-03-04"


def test_a_parenthetical_with_a_number_before_the_verb() -> None:
    text = "Unions, which represent some 900,000 workers, said wages had risen 5 percent."
    assert _row(text, 5)["claimant"] == "Unions"


def test_a_quotation_after_a_quoted_sentence_is_the_same_speakers() -> None:
    text = (
        "\u201cWe are overwhelmed,\u201d harbour master Ingrid Solberg told reporters. "
        "\u201cWe have 40 berths for 300 boats.\u201d"
    )
    assert _row(text, 40)["claimant"] == "harbour master Ingrid Solberg"


def test_an_acronym_is_the_body_whose_initials_it_spells() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 14 ferries were idle. "
        "The NCA also said 3 tankers had run aground."
    )
    row = _row(text, 3)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_an_acronym_of_an_unknown_body_carries_its_name_and_date() -> None:
    text = (
        "The Lake Fishers Association said on Monday that 40 boats sank. "
        "The LFA also said 300 nets were lost."
    )
    row = _row(text, 300)
    assert "Lake Fishers Association" in row["claimant"] and row["claimant_id"] is None
    assert row["stated_on"] == "2025-03-03"


def test_a_named_estimate_is_dated_by_its_own_words() -> None:
    text = (
        "The ferry operator said on Thursday that 900 cars had crossed. That is above the "
        "Norwegian Coastal Administration figure of 700 given in February."
    )
    row = _row(text, 700)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-01", "month")


def test_a_figure_recalled_in_a_relative_clause_takes_that_clause_date() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 60 wrecks had been charted, "
        "up from the 45 it cited in January."
    )
    row = _row(text, 45)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-01-01", "month")
    assert _row(text, 60)["stated_on"] == "2025-03-04"


def test_a_descriptor_with_a_new_modifier_takes_the_body_its_head_names() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 60 wrecks had been charted. "
        "Some 12 of them were tankers, the shipping administration said."
    )
    row = _row(text, 12)
    assert row["claimant_id"] == "nor-coast"
    assert row["stated_on"] == "2025-03-04"


def test_a_date_inside_the_occasion_after_the_verb_dates_the_statement() -> None:
    text = (
        "The Norwegian Coastal Administration put the number of wrecks charted at some 70 in "
        "its January bulletin."
    )
    row = _row(text, 70)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-01-01", "month")


def test_a_place_after_the_verb_is_no_occasion() -> None:
    text = "The Norwegian Coastal Administration said 70 wrecks lay at a reef in January."
    assert _row(text, 70)["stated_on"] is None


def test_a_cross_head_ends_the_carried_date() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 60 wrecks had been charted.\n"
        "\n"
        "Harbours\n"
        "The Norwegian Coastal Administration believes 14 harbours are closed to tankers.\n"
    )
    assert _row(text, 60)["stated_on"] == "2025-03-04"
    row = _row(text, 14)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_a_date_in_a_relative_clause_on_the_subject_dates_that_clause_only() -> None:
    text = (
        "The Norwegian Coastal Administration, which released drone footage on Monday, said "
        "in another notice that 9 tankers were stranded."
    )
    row = _row(text, 9)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_a_date_in_a_reporting_relative_after_according_to_still_counts() -> None:
    text = "According to the Norwegian Coastal Administration, which reported on Monday, 9 tankers sank."
    assert _row(text, 9)["stated_on"] == "2025-03-03"


def test_a_pronoun_for_an_acronym_subject_takes_the_body_it_stands_for() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 60 wrecks had been charted. "
        "The NCA also said 30 buoys were lost, above the 20 it cited in January."
    )
    row = _row(text, 20)
    assert row["claimant_id"] == "nor-coast"
    assert row["stated_on"] == "2025-01-01"


def test_he_or_she_after_a_sentence_about_a_named_person_is_that_person() -> None:
    text = (
        "The harbour master said on Monday that 40 boats sank.\n"
        "The coastguard's chief, Ingrid Solberg, gave a higher figure. "
        "“We count 55 boats lost,” she wrote on Tuesday."
    )
    assert "Ingrid Solberg" in _row(text, 55)["claimant"]
    assert "harbour master" in _row(text, 40)["claimant"]


def test_a_possessive_estimate_is_dated_by_the_date_inserted_in_it() -> None:
    text = (
        "Ferries were idle. The Norwegian Coastal Administration's latest estimate, from "
        "last month, was 45 wrecks."
    )
    row = _row(text, 45)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-01", "month")


def test_a_date_in_a_whose_clause_on_the_subject_is_not_the_statements() -> None:
    text = (
        "The Norwegian Coastal Administration, whose director resigned on Monday, said 9 "
        "tankers were stranded."
    )
    assert _row(text, 9)["stated_on"] is None


def test_a_bracketed_acronym_spelt_another_way_does_not_hide_the_actor() -> None:
    # news transliterates acronyms differently from a dictionary ("GUR" / "HUR"): the name
    # before the brackets decides
    text = "Norway's Fisheries Directorate (FD) said on Monday that 14 trawlers were idle."
    fisheries = {"actor_id": "nor-fish", "name": "Directorate of Fisheries of Norway (FDIR)",
                 "kind": "government_body", "country": "NOR",
                 "description": "Norway's fisheries directorate"}  # fmt: skip
    rows = propose(text, PUB, actors=[*ACTORS, fisheries])["candidates"]
    assert [r["claimant_id"] for r in rows if r["value"] == 14] == ["nor-fish"]


def test_an_adverb_before_the_verb_is_not_part_of_the_claimant() -> None:
    text = "Finland's finance ministry now estimates that 40 banks need fresh capital."
    row = _row(text, 40)
    assert row["claimant"] == "Finland's finance ministry"
    assert row["claimant_id"] == "fin-mof"


def test_a_participle_date_in_the_content_does_not_date_the_statement() -> None:
    # "said two soldiers captured in January …": January is when they were captured
    text = (
        "Norway's coastal agency said on Wednesday that 12 trawlers were stuck. "
        "It also said 3 sailors rescued in January had been sent home."
    )
    row = _row(text, 3)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-05", "day")


def test_a_recalled_estimate_is_no_occasion_for_a_later_pronoun() -> None:
    # "… with the agency's own figure of 30 in January. It also said …": the pronoun continues
    # the agency's statement of this report, not the recalled January figure
    text = (
        "Norway's coastal agency said on Wednesday that 40 trawlers were stuck. "
        "That compares with the agency's own figure of 30 in January. "
        "It said 6 ferries had also stopped."
    )
    row = _row(text, 6)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-05", "day")


@pytest.mark.parametrize("separator", [" – ", ": ", " — "])
def test_a_chronology_entry_is_dated_by_the_date_that_opens_it(separator: str) -> None:
    # explainers list who said what when: "Feb. 12 – The agency says …"
    text = (
        "Key dates\n\n"
        f"Feb. 12{separator}Norway's coastal agency says 25 trawlers are stuck in the ice.\n\n"
        f"Feb. 20{separator}Finland's finance ministry says 9 banks need capital.\n"
    )
    first, second = _row(text, 25), _row(text, 9)
    assert (first["stated_on"], first["stated_precision"]) == ("2025-02-12", "day")
    assert (second["stated_on"], second["claimant_id"]) == ("2025-02-20", "fin-mof")


def test_one_of_them_is_a_member_of_the_group_named_before() -> None:
    text = (
        "Two port officials, speaking on condition of anonymity, said the ice was thin. "
        "One of them said 17 trawlers were stuck."
    )
    row = _row(text, 17)
    assert row["claimant"] == "One of two port officials"
    assert row["claimant_id"] is None


def test_one_of_a_bodys_members_is_the_claimant_of_a_closing_attribution() -> None:
    text = (
        "Losses at the yards have reached some 400 jobs, one of the committee's members "
        "told reporters on Wednesday after a briefing."
    )
    row = _row(text, 400)
    assert row["claimant"] == "one of the committee's members"
    assert row["stated_on"] == "2025-03-05"


def test_a_descriptor_finds_a_named_body_by_the_head_of_its_name() -> None:
    # "the institute" is the Institute for … named before, though no actor
    text = (
        "Traffic doubled, according to an analysis of port records by the Institute for "
        "Harbour Studies (IHS). In a note released on Monday, the institute said 300 ships "
        "had called. It said 40 percent were tankers."
    )
    for number in (300, 40):
        row = _row(text, number)
        assert "the Institute for Harbour Studies (IHS)" in row["claimant"]
        assert row["stated_on"] == "2025-03-03"


def test_a_pronoun_sentence_with_a_recalled_estimate_still_carries_on() -> None:
    # "It gives N, far above the institute's count of M": the sentence carries on the
    # statement before; only M is the recalled estimate's
    text = (
        "The latest survey from Norway's coastal agency indicates that the ice is thicker. "
        "It gives a total of 90 trawlers stuck, far above the union's count of 60."
    )
    row = _row(text, 90)
    assert row["claimant_id"] == "nor-coast"
    assert "the union" in _row(text, 60)["claimant"]


_FISHERIES = {"actor_id": "jpn-fish", "name": "Fisheries Agency of Japan (JFA)",
              "kind": "government_body", "country": "JPN",
              "description": "Japan's fisheries agency"}  # fmt: skip
_JAPAN_SPIES = {"actor_id": "jpn-cirs", "name": "Cabinet Intelligence and Research Office",
                "kind": "government_body", "country": "JPN",
                "description": "Japan's intelligence service"}  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "actor_id"),
    # a spy agency and an intelligence service are one kind of body (the linker reads them
    # as one form: "South Korea's spy agency" is its intelligence service); a coastguard is none
    [("Tokyo's fisheries agency", "jpn-fish"), ("Tokyo's spy service", "jpn-cirs"),
     ("Japan's spy agency", "jpn-cirs"), ("Tokyo's coastguard", None)],
)  # fmt: skip
def test_a_places_body_by_a_descriptor_is_its_countrys_actor(
    subject: str, actor_id: str | None
) -> None:
    # "Seoul's spy service", "Tokyo's fisheries agency": a capital or country and a descriptor
    # ("spy" read as "intelligence") whose words one actor's name and description hold
    text = f"{subject} said on Monday that 12 trawlers were stuck."
    rows = propose(text, PUB, actors=[*ACTORS, _FISHERIES, _JAPAN_SPIES])["candidates"]
    assert [r["claimant_id"] for r in rows if r["value"] == 12] == [actor_id]


@pytest.mark.parametrize(
    "subject", ["The Japanese government", "Japan's government", "the Japanese government"]
)
def test_a_countrys_government_is_the_state_as_a_whole(subject: str) -> None:
    japan = {"actor_id": "jpn", "name": "Japan", "kind": "state", "country": "JPN",
             "description": "Cited as a whole"}  # fmt: skip
    text = f"Storms closed ports, and {subject} says 30 ferries were lost."
    rows = propose(text, PUB, actors=[*ACTORS, _FISHERIES, japan])["candidates"]
    assert [r["claimant_id"] for r in rows if r["value"] == 30] == ["jpn"]


def test_a_relative_pronoun_subject_is_the_noun_before_it() -> None:
    # "A separate estimate from X, which said last week that up to N …": X's statement
    text = (
        "A separate count from Finland's finance ministry, which said last week that up to 9 "
        "banks needed capital, was in line with the others."
    )
    row = _row(text, 9)
    assert row["claimant_id"] == "fin-mof"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-24", "week")


def test_it_in_a_when_clause_is_the_body_a_descriptor_named() -> None:
    text = (
        "The Norwegian Coastal Administration said 40 trawlers were stuck. The administration had "
        "first warned of the ice on Jan. 4, when it reported that 12 ferries had stopped."
    )
    row = _row(text, 12)
    assert row["claimant_id"] == "nor-coast"
    assert row["stated_on"] == "2025-01-04"


def test_a_date_in_a_clause_after_the_verb_belongs_to_that_clause() -> None:
    # "a practice it said it first recorded last week": the recording, not the statement
    text = (
        "The agency said rescuers worked at night, a practice it said it first adopted last week."
    )
    statements = annotate(text, PUB).sentences[0].statements
    assert all(s.stated[0] is None for s in statements)


def test_an_undated_statement_takes_its_own_partys_date_not_a_neighbours() -> None:
    # two bodies of one state: "…, the fisheries agency added" continues that agency's own
    # dated statement, not the other body's later one
    text = (
        "Japan's fisheries agency said last week that 9 trawlers were lost. "
        "Japan's intelligence service warned on Jan. 4 that 3 crews were missing. "
        "Since then, 2 more boats have sunk, the fisheries agency added."
    )
    rows = propose(text, PUB, actors=[*ACTORS, _FISHERIES, _JAPAN_SPIES])["candidates"]
    (row,) = [r for r in rows if r["value"] == 2]
    assert row["claimant_id"] == "jpn-fish"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-24", "week")


def test_a_named_body_owned_by_a_descriptor_of_its_country() -> None:
    # "per the Ukrainian military's General Staff": the General Staff of that country
    text = "About 12 trawlers are missing, per the Japanese government's Fisheries Agency."
    rows = propose(text, PUB, actors=[*ACTORS, _FISHERIES])["candidates"]
    (row,) = [r for r in rows if r["value"] == 12]
    assert row["claimant"] == "the Japanese government's Fisheries Agency"
    assert row["claimant_id"] == "jpn-fish"


def test_a_descriptor_naming_a_recent_document_is_its_author() -> None:
    # "The latest survey from X indicates …. It gives …. The survey also shows …": the
    # document, so its author
    text = (
        "The latest ice survey from Norway's coastal agency indicates that the ice is thicker. "
        "It gives a total of 90 trawlers stuck. "
        "The survey also shows that 14 ferries were rerouted."
    )
    row = _row(text, 14)
    assert row["claimant_id"] == "nor-coast"


def test_the_occasion_named_later_dates_the_same_partys_statement_before() -> None:
    # "X said N …. X said in February …. It also used the briefing on Tuesday to warn …":
    # "the briefing" is the occasion of the first, undated statement
    text = (
        "The Norwegian Coastal Administration said 25 trawlers were stuck. "
        "It said in February that the ice was thin. "
        "It also used the briefing on Tuesday to warn that 6 ferries could stop."
    )
    first, last = _row(text, 25), _row(text, 6)
    assert (first["stated_on"], last["stated_on"]) == ("2025-03-04", "2025-03-04")
    assert "continued_date" in first["flags"]


def test_the_partys_own_occasion_named_later_dates_its_statement_before() -> None:
    text = (
        "Ferry traffic fell by about 40 percent, according to Norway's coastal agency.\n\n"
        "In its weekly update on Tuesday, the agency said 12 routes had closed."
    )
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_text"]) == ("2025-03-04", "on Tuesday"), row


def test_a_date_without_a_definite_occasion_dates_nothing_before() -> None:
    text = (
        "The Norwegian Coastal Administration said 25 trawlers were stuck. "
        "It said on Tuesday that 6 ferries could stop."
    )
    assert _row(text, 25)["stated_on"] is None


# --- dates of parentheticals, openings and documents; named spokespeople; short forms ---------


WEDNESDAY = date(2025, 2, 12)
UK_AND_FINNISH_ACTORS: list[dict[str, Any]] = [
    {"actor_id": "gbr-mod", "name": "Ministry of Defence of the United Kingdom (MoD)",
     "kind": "government_body", "country": "GBR", "description": "Britain’s defence ministry"},
    {"actor_id": "fin-army", "name": "Finnish Army Command", "kind": "military_body",
     "country": "FIN", "description": None},
]  # fmt: skip


def _numeric_on_wednesday(
    text: str, actors: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    rows = propose(text, WEDNESDAY, actors=actors or UK_AND_FINNISH_ACTORS)["candidates"]
    return [r for r in rows if r["value"] is not None or r["value_low"] is not None]


FRIDAY_14_MARCH = date(2025, 3, 14)
UK_MOD = [
    {"actor_id": "gbr-mod", "name": "Ministry of Defence of the United Kingdom", "kind":
     "ministry", "country": "GBR", "description": "Britain's Ministry of Defence"},
]  # fmt: skip


def _rows_on_friday(text: str, **kwargs: Any) -> list[dict[str, Any]]:
    return list(propose(text, FRIDAY_14_MARCH, **kwargs)["candidates"])


def _numeric_on_friday(text: str, **kwargs: Any) -> list[dict[str, Any]]:
    return [r for r in _rows_on_friday(text, **kwargs) if r["value"] is not None or r["value_low"]]


def test_parenthetical_date_dates_the_statement() -> None:
    text = "Britain’s defence ministry, in an update to parliament last week, put the number of " \
        "armoured vehicles lost at roughly 260."  # fmt: skip
    (row,) = _numeric_on_wednesday(text)
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
    (row,) = _numeric_on_wednesday(text)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-10", "day")


def test_published_document_dates_the_statement() -> None:
    text = "The institute concluded in its yearly survey, published Friday, that 800 ships docked."
    (row,) = _numeric_on_wednesday(text)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-07", "day")


def test_undated_follow_up_of_a_dated_statement_takes_its_date() -> None:
    text = (
        "A Finnish army officer briefed journalists on Tuesday about the drills. "
        "The officer said 24 howitzers had been moved north."
    )
    (row,) = _numeric_on_wednesday(text)
    assert row["stated_on"] == "2025-02-11"


def test_named_spokesperson_is_not_the_body() -> None:
    assert names_person("MoD spokeswoman Capt. Ruth Dale")
    assert not names_person("Britain’s defence ministry")
    assert match_actor("MoD spokeswoman Capt. Ruth Dale", UK_AND_FINNISH_ACTORS) == (None, 0.0)
    text = (
        "The MoD said on Monday that 300 trucks had crossed. "
        "Another 40 trucks followed later, MoD spokeswoman Capt. Ruth Dale said."
    )
    first, second = _numeric_on_wednesday(text)
    assert first["claimant_id"] == "gbr-mod" and first["stated_on"] == "2025-02-10"
    assert second["claimant_id"] is None and second["stated_on"] is None


def test_short_form_continues_the_named_body() -> None:
    text = (
        "Finland’s Army Command said on Tuesday that 15 bridges were closed. "
        "The Army Command put the number of damaged roads at 60."
    )
    rows = _numeric_on_wednesday(
        text, [{**UK_AND_FINNISH_ACTORS[1], "aliases": ["Finland’s Army Command"]}]
    )
    assert [r["claimant_id"] for r in rows] == ["fin-army", "fin-army"]


def test_date_in_a_relative_clause_on_the_claimant_dates_the_statement() -> None:
    text = (
        "The barges carried some 400 containers, according to the Baltic News Service, which "
        "quoted a port official on Wednesday."
    )
    found = _numeric_on_friday(text)
    assert found[0]["claimant"] == "the Baltic News Service"
    assert (found[0]["stated_on"], found[0]["stated_precision"]) == ("2025-03-12", "day")


def test_our_and_we_are_the_publisher_the_masthead_names() -> None:
    page = (
        "Harbour Watch | Analysis\n"
        "Ferries and the long winter\n\n"
        "Our analysts counted more than 300 idle ferries in the port.\n"
    )
    (row,) = propose(page, PUB)["candidates"]
    assert row["claimant"] == "Our analysts (Harbour Watch)"
    bare = propose(page.split("\n", 1)[1], PUB)["candidates"]
    assert [r["claimant"] for r in bare] == ["Our analysts"]


def test_a_dated_document_of_a_named_author_is_the_authors_statement_of_that_day() -> None:
    # "A HUR assessment dated Jan. 5 put …": the author, dated by the document
    text = "A KYV assessment dated Jan. 5 put the number of trawlers lost at 40."
    coast = {**ACTORS[0], "name": "Norwegian Coastal Administration (KYV)"}
    (row,) = propose(text, PUB, actors=[coast])["candidates"]
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-01-05", "day")


def test_a_recalled_estimate_named_by_its_month() -> None:
    # "Seoul's December estimate of 1,100": Seoul's, stated in December
    text = (
        "The agency said on Monday that 90 trawlers were stuck, well above Oslo's December "
        "estimate of 60."
    )
    row = _row(text, 60)
    assert row["claimant"] == "Oslo"
    assert (row["stated_on"], row["stated_precision"]) == ("2024-12-01", "month")


def test_a_relative_clause_estimating_a_figure_is_its_antecedents() -> None:
    # "X, which had estimated 300 in March, now says 500": both are X's figures
    text = "Finland's finance ministry, which had estimated 30 failed banks, now says there are 50."
    assert [_row(text, n)["claimant_id"] for n in (30, 50)] == ["fin-mof", "fin-mof"]


@pytest.mark.parametrize(
    "text",
    [
        "By Finland's finance ministry's count, 40 banks need capital.",
        "Finland's finance ministry said 9 lenders were weak. About 40 banks need capital, by the "
        "ministry's own reckoning.",
        "Finland's finance ministry's tally now stands at 40 banks.",
    ],
)
def test_a_count_owned_by_a_body_is_its_statement(text: str) -> None:
    assert _row(text, 40)["claimant_id"] == "fin-mof"


def test_an_estimate_that_rose_to_a_figure_is_its_owners_and_the_earlier_figures_date_stays() -> (
    None
):
    text = "The KYV estimate rose to 90 trawlers from 60 in January."
    coast = {**ACTORS[0], "name": "Norwegian Coastal Administration (KYV)"}
    rows = propose(text, PUB, actors=[coast])["candidates"]
    current = next(r for r in rows if r["value"] == 90)
    assert current["claimant_id"] == "nor-coast"
    assert current["stated_on"] is None  # January dates the earlier 60, not the new figure


def test_a_byline_with_a_separator_is_no_masthead() -> None:
    page = (
        "Ferries and the long winter\n"
        "By Ada Lind | Harbour Watch\n\n"
        "Our analysts counted more than 300 idle ferries in the port.\n"
    )
    (row,) = propose(page, PUB)["candidates"]
    assert row["claimant"] == "Our analysts"


def test_a_since_period_after_the_verb_dates_the_figure_not_the_statement() -> None:
    text = "Finland's finance ministry puts the jobs lost since 2021 at more than 14,000."
    row = _row(text, 14_000)
    assert row["claimant_id"] == "fin-mof"
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


LIVE_PAGE = (
    "LIVE  Storm Elin: rivers burst their banks across the west\n"
    "Updated 17:40, Friday 7 March 2025\n\n"
    "Key points\n"
    "• The flood agency puts the number of homes evacuated above 2,000\n\n"
    "17:40\n"
    "The flood agency says more than 2,000 homes have been evacuated along the river.\n\n"
    "15:05\n"
    "The rail operator said 40 trains had been cancelled.\n\n"
    "12:30\n"
    "Rescuers say 16 people were lifted from rooftops overnight.\n"
)


def test_a_present_tense_statement_on_a_live_page_is_made_that_day() -> None:
    # a live page's entries report what was said today: "X says" without a date is of the day
    rows = propose(LIVE_PAGE, PUB)["candidates"]

    def stated(number: float, start: str) -> tuple[Any, Any, Any]:
        row = next(r for r in rows if r["value"] == number and r["quote"].startswith(start))
        return row["stated_on"], row["stated_end"], row["stated_precision"]

    assert stated(2000, "The flood") == ("2025-03-07", "2025-03-07", "day")
    assert stated(16, "Rescuers") == ("2025-03-07", "2025-03-07", "day")
    # the past tense without a date may be an earlier day: undated, as anywhere
    assert stated(40, "The rail") == (None, "2025-03-07", "range")


def test_a_present_tense_statement_elsewhere_stays_undated() -> None:
    text = "The flood agency says more than 2,000 homes have been evacuated along the river."
    row = _row(text, 2000)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


HOUSING_NOTE = (
    "NORDIC HOUSING INSTITUTE\n"
    "Research › Commentary\n\n"
    "Empty homes: sizing the gap\n\n"
    "Key figures\n"
    "Empty flats in the capital: about 12,000 (our estimate)\n\n"
    "A typical block holds between 40 and 60 flats, by our calculation. "
    "Land registry records we reviewed show at least 85 blocks standing empty.\n"
)
INSTITUTE = {"actor_id": "nhi", "name": "Nordic Housing Institute", "kind": "organization",
             "country": "NOR", "description": "Oslo think tank"}  # fmt: skip


@pytest.mark.parametrize(("number", "words"), [(12_000, "our"), (40, "our"), (85, "we")])
def test_the_publishers_own_analysis_in_the_first_person(number: float, words: str) -> None:
    # a masthead in capitals names the publisher; "(our estimate)", "by our calculation" and
    # "records we reviewed show" are its own statements, undated
    rows = propose(HOUSING_NOTE, PUB, actors=[INSTITUTE])["candidates"]
    row = next(r for r in rows if number in (r["value"], r["value_low"]))
    assert row["claimant"].startswith(words)
    assert row["claimant_id"] == "nhi"
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


@pytest.mark.parametrize("opening", ["On those assumptions", "On that basis", "By this reckoning"])
def test_reasoning_on_the_previous_statements_figures_is_its_claimants(opening: str) -> None:
    text = (
        "Finland's finance ministry said on Monday that 40 schools need new roofs. "
        f"{opening}, about 900 pupils would have to move."
    )
    row = _row(text, 900)
    assert row["claimant_id"] == "fin-mof"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


@pytest.mark.parametrize(
    "text",
    [
        # a body named by a place's descriptor
        "Tax receipts rose. That figure is up from the 30 that Finland's finance ministry "
        "reported in January.",
        # a body given an apposition between its name and the verb
        "Tax receipts rose, up from the 30 that the Ministry of Finance of Finland, the "
        "country's treasury, estimated in January.",
    ],
)
def test_a_figure_recalled_in_a_relative_clause_by_a_described_body(text: str) -> None:
    row = _row(text, 30)
    assert row["claimant_id"] == "fin-mof"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-01-01", "month")


def test_a_place_descriptor_with_another_head_noun_takes_the_body_its_modifier_names() -> None:
    # "London's weather service" is the body described as "Britain's national weather agency"
    met = {"actor_id": "gbr-met", "name": "Met Office", "kind": "government_body",
           "country": "GBR", "description": "Britain's national weather agency"}  # fmt: skip
    text = "London's weather service said on Monday that 40 flood warnings were in force."
    (row,) = propose(text, PUB, actors=[met])["candidates"]
    assert row["claimant_id"] == "gbr-met"


def test_a_date_in_a_content_clause_dates_its_event_not_the_statement() -> None:
    # "said the banks had lost deposits over the past month": the month is the losing's
    text = (
        "Finland's finance ministry said on Monday that 9 banks were weak. "
        "The ministry said the banks had lost deposits over the past month. "
        "About 40 lenders need capital, the ministry added."
    )
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


@pytest.mark.parametrize(
    "frame", ["said in a separate statement", "said separately", "said in another post"]
)
def test_a_separate_occasion_takes_no_earlier_date(frame: str) -> None:
    # "X said in a separate post": another occasion than the one dated before
    text = (
        "Finland's finance ministry said on Monday that 9 banks were weak. "
        f"The ministry {frame} that about 40 lenders need capital."
    )
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


POLICE = {"actor_id": "nor-police", "name": "Norwegian Police Service", "kind":
          "government_body", "country": "NOR", "description": "Norway's national police"}  # fmt: skip


def test_a_bare_descriptor_is_the_body_named_before_that_it_fits() -> None:
    # "According to military intelligence": no article, but the body named before
    text = (
        "The Norwegian Police Service said on Monday that 30 roads were closed by the floods. "
        "According to police, about 200 homes were evacuated overnight."
    )
    (row,) = [r for r in propose(text, PUB, actors=[POLICE])["candidates"] if r["value"] == 200]
    assert row["claimant_id"] == "nor-police"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


def test_a_bare_plural_descriptor_stays_unnamed() -> None:
    text = (
        "The Norwegian Police Service said on Monday that 30 roads were closed by the floods. "
        "According to officials, about 200 homes were evacuated overnight."
    )
    (row,) = [r for r in propose(text, PUB, actors=[POLICE])["candidates"] if r["value"] == 200]
    assert row["claimant_id"] is None


@pytest.mark.parametrize(
    ("line", "actor"),
    [
        # a fact box's source: "intelligence" is the body, not a document to strip
        ("Drones downed: about 40 (American intelligence)\n", "usa-ic"),
        # a country's adjective before a descriptor: "British weather service"
        ("Flood warnings in force: about 40 (British weather service)\n", "gbr-met"),
    ],
)
def test_a_countrys_adjective_and_a_descriptor_name_that_countrys_body(
    line: str, actor: str
) -> None:
    actors = [
        {"actor_id": "usa-ic", "name": "Office of the Director of National Intelligence",
         "kind": "government_body", "country": "USA",
         "description": "America's intelligence community"},
        {"actor_id": "gbr-met", "name": "Met Office", "kind": "government_body",
         "country": "GBR", "description": "Britain's national weather agency"},
    ]  # fmt: skip
    (row,) = propose(line, PUB, actors=actors)["candidates"]
    assert row["claimant_id"] == actor


@pytest.mark.parametrize("words", ["US", "The US"])
def test_us_without_stops_is_the_united_states(words: str) -> None:
    usa = {"actor_id": "usa", "name": "United States", "kind": "state", "country": "USA",
           "description": "Cited as a whole"}  # fmt: skip
    text = f"{words} puts the number of stranded ships at 40."
    (row,) = propose(text, PUB, actors=[usa])["candidates"]
    assert row["claimant_id"] == "usa"


def test_two_bodies_sharing_only_a_place_name_are_two_parties() -> None:
    # "Ukraine's X said Monday …. …, according to Ukraine's Y": Y's statement is undated
    text = (
        "Japan's coast guard said on Monday that 12 trawlers had sunk. "
        "About 40 boats were damaged, according to Japan's Fisheries Cooperative Union."
    )
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_a_speaker_briefed_by_a_body_relays_that_bodys_belief() -> None:
    # a lawmaker briefed by the agency relays the agency's estimate; a spokesman's "said X
    # believed" stays the spokesman's own (see the docs: "Whitcombe said Washington believed")
    text = (
        "Norway's coastal agency said on Monday that 12 trawlers had sunk. "
        "Rep. Kari Holm, who had been briefed by the agency, told reporters that the agency "
        "believed some 40 boats were damaged."
    )
    row = _row(text, 40)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")
    own = "Spokesman Ivar Dahl said Norway believed some 40 boats were damaged."
    assert _row(own, 40)["claimant"] == "Spokesman Ivar Dahl"
    later = (
        "Spokesman Ivar Dahl said at a separate news conference in Oslo on Monday that Norway "
        "believed some 40 boats were damaged."
    )
    assert _row(later, 40)["claimant"] == "Spokesman Ivar Dahl"


def test_a_speaker_going_on_to_tell_what_a_body_believes_relays_the_body() -> None:
    text = (
        "Norway's fisheries minister, Kari Holm, told reporters on Tuesday that the harbour "
        "was calm. She said the coastal agency believed about 40 boats were damaged."
    )
    row = _row(text, 40)
    assert row["claimant_id"] == "nor-coast", row
    # dated by the speaker's statement it is told in
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day"), row
    # named, the speaker keeps what they say a body believes (the conventions' own voice)
    named = "Kari Holm said on Tuesday that the coastal agency believed about 40 boats sank."
    assert "Kari Holm" in _row(named, 40)["claimant"]


def test_the_document_is_the_document_introduced_before() -> None:
    text = (
        "OSLO - The fisheries union said in a report released on Tuesday that 40 trawlers had "
        "sunk.\n\nThe document, compiled by the union's research office, says about 120 crew "
        "were rescued."
    )
    row = _row(text, 120)
    assert "The fisheries union" in row["claimant"], row
    assert (row["stated_on"], row["stated_text"]) == ("2025-03-04", "on Tuesday"), row


@pytest.mark.parametrize(
    ("text", "author"),
    [
        # "a report it submitted": the subject of the sentence that introduced it
        ("Norway's coastal agency has estimated that 12 trawlers sank, according to a report "
         "it submitted to parliament on Tuesday. The report, seen by this paper, also said "
         "about 40 boats were damaged.", "Norway's coastal agency"),
        # "A report released on Tuesday by X" opening the sentence
        ("A report released on Tuesday by the Fjord Institute, a think tank in Bergen, said "
         "12 trawlers sank. The report also counted about 40 damaged boats.",
         "the Fjord Institute"),
    ],
)  # fmt: skip
def test_the_report_is_its_author_s_as_the_page_introduced_it(text: str, author: str) -> None:
    row = _row(text, 40)
    assert author in row["claimant"], row
    assert (row["stated_on"], row["stated_text"]) == ("2025-03-04", "on Tuesday"), row


def test_it_after_a_body_named_only_by_its_noun_is_that_body() -> None:
    # an excerpt that starts after the body's full name was given
    text = (
        "The agency's account to the committee on Tuesday went further than before. "
        "About 40 boats, it said, had been damaged."
    )
    row = _row(text, 40)
    assert "The agency" in row["claimant"], row
    assert (row["stated_on"], row["stated_text"]) == ("2025-03-04", "on Tuesday"), row


def test_they_is_the_subject_after_an_opening_by_and_a_day() -> None:
    text = (
        "Lawmakers said the port was busy. By Tuesday, harbour officials were prepared to go "
        "further: up to 40 boats, they said, had sunk."
    )
    row = _row(text, 40)
    assert "harbour officials" in row["claimant"], row
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day"), row


def test_the_head_of_a_body_is_a_person_he_refers_to() -> None:
    text = (
        "The colonel said the port was calm. The head of the harbour police, who spoke at the "
        "weekly briefing on Tuesday, put the number of boats at about 40. He said about 400 "
        "had been damaged."
    )
    first, later = _row(text, 40), _row(text, 400)
    assert first["claimant"] == "The head of the harbour police", first
    assert "The head of the harbour police" in later["claimant"], later
    assert later["stated_on"] == "2025-03-04", later


@pytest.mark.parametrize(
    ("text", "claimant", "day"),
    [
        # a body's belief that a closing speaker relays: the body's, on the relay's day
        ("Norway's coastal agency believes about 40 boats sank, Rep. Kari Holm told "
         "reporters after a briefing on Tuesday.", "Norway's coastal agency", "2025-03-04"),
        ("The coastal agency believes about 40 boats sank, an agency spokesman told a "
         "regular briefing in Oslo on Tuesday.", "The coastal agency", "2025-03-04"),
        # a country's forces as a whole, which the closing body speaks for
        ("Norway's military believes about 40 boats sank, the Norwegian Coastal "
         "Administration told reporters on Tuesday.", "Norwegian Coastal Administration",
         "2025-03-04"),
    ],
)  # fmt: skip
def test_a_belief_a_closing_speaker_relays_is_the_believers(
    text: str, claimant: str, day: str
) -> None:
    row = _row(text, 40)
    assert claimant in row["claimant"], row
    assert row["stated_on"] == day, row


def test_the_update_is_the_author_named_after_an_opening_in_an_update() -> None:
    text = (
        "In an intelligence update published on Tuesday, the Fjord Survey Office said about "
        "4,000 boats had been damaged.\n\n"
        "It estimated that 11,000 boats had been at sea, and the update put the number sunk "
        "at roughly 40."
    )
    row = _row(text, 40)
    assert "the Fjord Survey Office" in row["claimant"], row
    assert row["stated_on"] == "2025-03-04", row


def test_the_same_day_is_the_day_named_before() -> None:
    text = (
        "The coast guard said on Tuesday that 12 boats sank. Ola Berg gave a much higher "
        "figure on the same day. In a post on X, he said that more than 40 boats had sunk."
    )
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day"), row


def test_a_bare_role_is_a_dictionary_person_only_when_the_page_names_them() -> None:
    actors = [{"actor_id": "holm", "name": "Kari Holm", "kind": "person", "country": "NOR",
               "description": "Norwegian fisheries minister"}]  # fmt: skip
    unnamed = propose("The minister said 40 boats sank.", PUB, actors=actors)["candidates"]
    assert [r["claimant_id"] for r in unnamed] == [None]
    named = "Kari Holm toured the harbour on Monday. The minister said 40 boats sank."
    assert [r["claimant_id"] for r in propose(named, PUB, actors=actors)["candidates"]] == ["holm"]


@pytest.mark.parametrize(
    "headline",
    ["Storm sank 40 boats, MPs told", "Storm sank 40 boats, inquiry told as fleet waits"],
)
def test_a_headlines_passive_told_names_no_claimant(headline: str) -> None:
    text = f"{headline}\nThe coast guard said on Monday that the storm sank 40 boats."
    rows = [r for r in propose(text, PUB)["candidates"] if r["value"] == 40]
    assert rows and all(
        (r["claimant"] or "") != "MPs" and "inquiry" not in (r["claimant"] or "") for r in rows
    )


def test_a_bare_descriptor_is_a_dictionary_body_only_on_a_page_naming_its_country() -> None:
    actors = [{"actor_id": "fin-council", "name": "Finnish Fisheries Council", "kind":
               "government_body", "country": "FIN", "description": "Finland's fishing board"}]  # fmt: skip
    elsewhere = "The council said on Monday that 40 boats sank off Gdansk."
    assert [r["claimant_id"] for r in propose(elsewhere, PUB, actors=actors)["candidates"]] == [
        None
    ]
    finnish = "Finnish boats were hit too. The council said on Monday that 40 boats sank."
    assert [r["claimant_id"] for r in propose(finnish, PUB, actors=actors)["candidates"]] == [
        "fin-council"
    ]


def test_an_unnamed_official_of_a_body_named_before_speaks_for_it() -> None:
    text = (
        "Norway's coastal agency said on Monday that 12 trawlers had sunk. "
        "A senior Coastal Agency official said about 40 boats were damaged."
    )
    row = _row(text, 40)
    assert (row["claimant"], row["claimant_id"]) == (
        "A senior Coastal Agency official",
        "nor-coast",
    )


def test_a_document_dated_with_an_abbreviated_month_keeps_its_day() -> None:
    text = (
        "Ferries carried 2.8 million people last year, according to a port authority review "
        "dated Nov. 28 and seen by this paper.\n\n"
        "The 14-page review also lists 120 ferries idle since August."
    )
    row = _row(text, 120)
    assert (row["stated_on"], row["stated_precision"], row["stated_text"]) == (
        "2024-11-28",
        "day",
        "Nov. 28",
    ), row


def test_it_after_a_document_speaking_is_the_document() -> None:
    text = (
        "Helsinki, March 12 - Finland's fisheries services said in their annual report to "
        "parliament, presented in Helsinki on Tuesday, that 12 trawlers had sunk.\n\n"
        "The report, which covers 2024, said Norway had also lost boats.\n\n"
        "It estimated the damaged fleet at about 40 boats."
    )
    row = _row(text, 40)
    assert "Finland's fisheries services" in row["claimant"]
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_a_head_named_in_apposition_is_the_person() -> None:
    actors = [{"actor_id": "holm", "name": "Kari Holm", "kind": "person", "country": "NOR",
               "description": "Head of Norway's coastal agency"}, *ACTORS]  # fmt: skip
    text = "The head of Norway's coastal agency, Kari Holm, said about 40 boats were damaged."
    rows = propose(text, PUB, actors=actors)["candidates"]
    assert [(r["claimant"], r["claimant_id"]) for r in rows] == [
        ("The head of Norway's coastal agency, Kari Holm", "holm")
    ]


def test_its_descriptor_is_the_body_of_the_owners_country() -> None:
    text = (
        "Norway said on Monday that 12 trawlers had sunk, a figure Oslo has since raised: "
        "its coastal agency told fishermen on Tuesday that 40 boats were lost."
    )
    row = _row(text, 40)
    assert row["claimant_id"] == "nor-coast"
    # no actor of the owner's country fits the words: left as written
    assert (
        _row("Finland said 12 had sunk. Its coastal agency counted 40 boats.", 40)["claimant_id"]
        is None
    )


def test_a_legislator_saying_a_body_believed_relays_the_body() -> None:
    # the gold conventions' conduit: the estimating body is the subject of the verb that
    # carries the figure, the lawmaker only tells it; the body's own press officer does not
    text = (
        "Norway's coastal agency briefed the fisheries committee on Monday. "
        "Rep. Kari Holm said the agency believed some 40 boats were damaged."
    )
    row = _row(text, 40)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")
    own = "The coast guard's press officer, Lt. Ivar Dahl, said the guard believed 40 sank."
    assert "Dahl" in _row(own, 40)["claimant"]
    delegate = "Finland's representative said Finnish police had counted 40 damaged homes."
    assert _row(delegate, 40)["claimant"] == "Finnish police"
    assert _row("The mayor said the fire brigade had counted 40 homes.", 40)["claimant"] == (
        "The mayor"
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a closing "according to" whose speaker's occasion is told in a relative clause
        ("About 40 lorries were blocked, according to Maria Olsen, a spokeswoman for the "
         "dock workers' union, who spoke to reporters on Tuesday.", "2025-03-04"),
        # the occasion of speaking, told in a relative clause on the subject
        ("The mayor, who first raised the alarm in Bergen on Tuesday, said about 40 homes "
         "were lost.", "2025-03-04"),
        ("The head of the port authority, who spoke at a news conference in Gdansk on "
         "Tuesday, put the number of stranded ships at about 40.", "2025-03-04"),
        ("The mayor, who briefed reporters on Monday, said about 40 homes were lost.",
         "2025-03-03"),
        # the day a report was handed over, in a closing "according to" on the verb's subject
        ("Poland's audit office has estimated that 40 schools closed, according to a report "
         "it submitted to parliament on Tuesday.", "2025-03-04"),
        ("The audit office estimates that 40 schools closed, according to a document it "
         "submitted to a lawmaker on Tuesday.", "2025-03-04"),
        # a document that was handed round on a day
        ("About 40 schools have closed, according to a Finance Ministry assessment that was "
         "circulated to mayors on Tuesday.", "2025-03-04"),
        # the speaker's own words inside its dated statement, whatever their tense
        ("Fisheries Norway said in a statement on Tuesday that it had added 40 trawlers to "
         "its watch list.", "2025-03-04"),
        # the day of a listing is the act of stating what was listed
        ("The Economic Affairs Office added 40 firms and 9 vessels to its sanctions list on "
         "Tuesday, bringing the number of entries to 112.", "2025-03-04"),
        # a legislator's briefing day dates the body's statement the legislator relays
        ("In Oslo, lawmakers who attended a closed briefing on Tuesday said the Norwegian "
         "Coastal Administration told them that about 40 boats had sunk.", "2025-03-04"),
        # a survey's publication day, no comma before it
        ("About 40 percent backed the ban, according to a survey by the Fjord pollster "
         "published on Tuesday.", "2025-03-04"),
        # the occasion of putting a figure at N
        ("The minister had put the number of damaged boats at around 40 when he spoke to "
         "reporters on Tuesday.", "2025-03-04"),
        ("The agency put the number of damaged boats at about 40 in its latest public "
         "estimate, given to lawmakers on Tuesday, out of 300 in all.", "2025-03-04"),
        # the day a possessive's figure was given, in a relative clause after it
        ("The port's figure is well below Oslo's count of about 40, which the minister gave "
         "on Tuesday, but the port stands by it.", "2025-03-04"),
        # a possessive estimate with three modifiers, given on a day
        ("The port's own latest public estimate, given by its director on Tuesday, was that "
         "about 40 boats had sunk.", "2025-03-04"),
        # a statement in a clause of the same moment as a dated act
        ("Fishery ministers agreed on Tuesday to close the bay, as the bloc's fisheries chief "
         "said about 40 boats had sunk.", "2025-03-04"),
        # a relative clause after a name running over "for the"
        ("Two sailors are held, according to the Coordination Centre for the Treatment of "
         "Seafarers, which said on Tuesday that 40 more were missing.", "2025-03-04"),
    ],
)  # fmt: skip
def test_the_occasion_of_the_statement_dates_it(text: str, day: str) -> None:
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_precision"]) == (day, "day")


def test_per_a_party_is_undated_but_per_its_dated_report_is_not() -> None:
    text = (
        "Norway's coastal agency said on Monday that 12 trawlers had sunk. "
        "Per the coastal agency, about 40 boats were damaged."
    )
    assert _row(text, 40)["stated_on"] is None
    text = (
        "Norway's coastal agency published a report on Monday. It said 12 trawlers had sunk. "
        "About 40 boats were damaged, per the agency's report."
    )
    assert _row(text, 40)["stated_on"] == "2025-03-03"


def test_another_partys_day_does_not_date_a_clause_of_the_same_moment() -> None:
    text = (
        "The storm sank trawlers, the minister said on Tuesday, as the coast guard put the "
        "number of damaged boats at about 40."
    )
    assert _row(text, 40)["stated_on"] is None


def test_a_relative_clause_about_another_act_does_not_date_the_statement() -> None:
    row = _row("The firm, which posted photos on Monday, said 40 homes were lost.", 40)
    assert row["stated_on"] is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("About 40 firms had closed since June, Chile's central bank said.",
         "Chile's central bank"),
        ("The audit, seen by this newspaper, also said about 40 pupils had left.", "The audit"),
        # people of a country, a parenthetical between them and their verb
        ("Norwegian skippers, for their part, say about 40 boats were lost.",
         "Norwegian skippers"),
        ("About 40 boats were lost, Norwegian skippers say.", "Norwegian skippers"),
        # a document's author after a participle
        ("A survey released last week by Fjord Polling found that 40 percent backed the ban.",
         "A survey (Fjord Polling)"),
    ],
)  # fmt: skip
def test_the_subject_of_the_verb_of_saying(text: str, claimant: str) -> None:
    assert _row(text, 40)["claimant"] == claimant


@pytest.mark.parametrize(
    "opening",
    [
        "Asked on Tuesday how many banks had failed",
        "Speaking on Tuesday to a committee of the parliament",
    ],
)
def test_a_date_in_an_opening_phrase_of_speaking_dates_the_statement(opening: str) -> None:
    text = f"{opening}, the finance minister said 30 lenders were weak."
    row = _row(text, 30)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


@pytest.mark.parametrize("participle", ["released on Monday", "published Monday"])
def test_a_source_whose_figures_were_released_on_a_day_stated_them_that_day(
    participle: str,
) -> None:
    text = (
        f"According to the latest figures from Finland's finance ministry, {participle}, "
        "30 lenders were weak."
    )
    row = _row(text, 30)
    assert row["claimant_id"] == "fin-mof"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


def test_a_day_owning_a_noun_after_the_verb_dates_the_event_not_the_statement() -> None:
    # "said Monday's storm flooded …": Monday is the storm's, not the saying's
    text = "Finland's finance ministry said Monday's audit found 30 weak lenders."
    row = _row(text, 30)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_an_interview_published_on_a_day_dates_the_statement() -> None:
    text = (
        "Finland's finance minister said in an interview with a Swedish daily published "
        "Monday that 30 lenders were weak."
    )
    row = _row(text, 30)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


@pytest.mark.parametrize("opening", ["Of those", "Among them", "Of these"])
def test_a_part_of_the_previous_figure_carries_its_statement(opening: str) -> None:
    text = (
        "Finland's finance ministry said on Tuesday that 300 lenders were audited. "
        f"{opening}, 40 were found to be weak."
    )
    row = _row(text, 40)
    assert row["claimant_id"] == "fin-mof"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


@pytest.mark.parametrize("words", ["The British leader", "Britain's prime minister"])
def test_a_countrys_leader_is_the_person_of_that_country_named_before(words: str) -> None:
    premier = {"actor_id": "gbr-pm", "name": "Ingrid Vik", "kind": "person", "country": "GBR",
               "description": "Prime Minister of the United Kingdom"}  # fmt: skip
    text = (
        "Prime Minister Ingrid Vik said on Monday that 300 roads were closed.\n\n"
        f"{words} said 40 bridges were shut."
    )
    rows = propose(text, PUB, actors=[premier])["candidates"]
    row = next(r for r in rows if r["value"] == 40)
    assert row["claimant_id"] == "gbr-pm"


@pytest.mark.parametrize(
    "tail",
    ["in a statement on Tuesday", "at a news conference on Tuesday", "in its Tuesday update"],
)
def test_an_occasion_closing_the_sentence_dates_its_statement(tail: str) -> None:
    text = f"Finland's finance ministry said 30 lenders were weak, {tail}."
    row = _row(text, 30)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("Later that day", "2025-03-05"),
        ("Hours later", "2025-03-05"),
        ("A day earlier", "2025-03-04"),
        ("The previous day", "2025-03-04"),
        ("The next day", "2025-03-06"),
    ],
)
def test_a_day_named_from_the_previous_statement_dates_the_next(opening: str, day: str) -> None:
    text = (
        "Norway's coastal agency said on Wednesday that 12 trawlers had sunk. "
        f"{opening}, Finland's finance ministry said 30 lenders were weak."
    )
    row = _row(text, 30)
    assert (row["stated_on"], row["stated_precision"]) == (day, "day")


@pytest.mark.parametrize(
    "entry",
    [
        "• Feb. 10: The finance ministry raises the count to 55.",
        "- 10 February – The finance ministry puts the count at 55.",
        "Feb. 10 — About 55 lenders have now been audited, the finance ministry says.",
        "Feb. 10 — 55 lenders audited, according to the finance ministry.",
    ],
)
def test_a_chronology_entry_is_dated_by_its_own_date(entry: str) -> None:
    text = (
        f"Timeline\n\nFeb. 3 — Finland's finance ministry says 40 lenders were audited.\n{entry}\n"
    )
    row = _row(text, 55)
    assert row["claimant_id"] == "fin-mof"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-10", "day")


@pytest.mark.parametrize(
    "text",
    [
        "The finance ministry's figures show 40 banks failed.",
        "The finance ministry's latest report, released on Monday, shows 40 banks failed.",
    ],
)
def test_a_document_owned_by_a_described_body_is_that_bodys(text: str) -> None:
    assert _row(text, 40)["claimant_id"] == "fin-mof"


def test_a_body_and_its_auditors_are_two_parties() -> None:
    # sharing the word "ministry" is not being the ministry: the heads differ
    text = (
        "Finland's finance ministry said on Monday that 40 banks had failed. "
        "But the ministry's own auditors put the number at 52."
    )
    row = _row(text, 52)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_a_fact_box_keyed_by_a_month_is_no_chronology_entry() -> None:
    text = "Banks audited\n\nMarch: 40 lenders, according to Finland's finance ministry.\n"
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


@pytest.mark.parametrize(
    "frame",
    [
        "said Riikka Kallio, the finance minister, in an interview on Tuesday",
        "said Riikka Kallio in a radio interview on Tuesday",
        "the finance minister said at a news conference on Tuesday",
    ],
)
def test_an_occasion_and_its_day_closing_a_quotation_date_it(frame: str) -> None:
    text = f'"We have lost 30 lenders," {frame}.'
    row = _row(text, 30)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


@pytest.mark.parametrize("words", ["The Pentagon", "The White House", "The Kremlin"])
def test_a_seat_of_government_is_no_state_as_a_whole(words: str) -> None:
    # "the Pentagon" is a body of the United States, not the state cited as a whole
    states = [
        {"actor_id": "usa", "name": "United States", "kind": "state", "country": "USA",
         "description": "Cited as a whole"},
        {"actor_id": "rus", "name": "Russia", "kind": "state", "country": "RUS",
         "description": "Cited as a whole"},
    ]  # fmt: skip
    (row,) = propose(f"{words} said 40 ships were delayed.", PUB, actors=states)["candidates"]
    assert row["claimant_id"] is None


def test_a_live_pages_day_heading_dates_the_entries_below_it() -> None:
    page = (
        "LIVE  Storm Elin: rivers burst their banks\n\n"
        "Friday 7 March 2025\n\n"
        "17:40\n"
        "The flood agency says more than 2,000 homes have been evacuated.\n\n"
        "Thursday 6 March 2025\n\n"
        "21:05\n"
        "Rescuers say 16 people were lifted from rooftops.\n"
    )
    rows = propose(page, PUB)["candidates"]
    row = next(r for r in rows if r["value"] == 16)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-06", "day")
    row = next(r for r in rows if r["value"] == 2000)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-07", "day")


@pytest.mark.parametrize(
    "text",
    [
        "About 40 banks failed, the finance ministry's Tuesday statement said.",
        "Finland's finance ministry's Tuesday update put the number of failed banks at 40.",
    ],
)
def test_a_bodys_document_named_by_its_day_is_its_statement_of_that_day(text: str) -> None:
    row = _row(text, 40)
    assert row["claimant_id"] == "fin-mof"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_a_paragraph_wholly_quoted_after_a_statement_is_its_text() -> None:
    text = (
        "Norway's coastal agency said on Wednesday that an overnight storm had closed the "
        "northern fairway, and published a notice that it said listed the damage.\n\n"
        "\u201cOn the night of 3 March, gales of up to 40 metres per second hit the coast. "
        "In the course of the night, 14 buoys were torn from their moorings. "
        "Crews will work on the fairway through the weekend.\u201d\n\n"
        "Fishermen in Tromsø said they had seen 9 boats drift.\n"
    )
    row = _row(text, 14)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-05", "day")
    assert _row(text, 9)["claimant_id"] != "nor-coast"  # a paragraph of its own


def test_a_closing_attribution_dated_after_a_role_and_a_placed_occasion() -> None:
    text = (
        "“About 3,500 households are still without power,” said Kari Lunde, deputy head of "
        "the grid operator, at a news conference in Bergen on Thursday. "
        "She added, “Another 800 should be reconnected tonight.”"
    )
    row = _row(text, 3500)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-06", "day")
    later = _row(text, 800)
    assert "Kari Lunde" in later["claimant"]
    assert (later["stated_on"], later["stated_precision"]) == ("2025-03-06", "day")


def test_a_closing_according_to_a_dated_document_dates_the_subjects_statement() -> None:
    text = (
        "The teachers' union counts 4,200 striking staff, including 300 head teachers, "
        "according to a statement on its website on Wednesday."
    )
    row = _row(text, 4200)
    assert "union" in row["claimant"]
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-05", "day")


def test_a_revised_estimate_with_its_day_before_the_new_figure() -> None:
    text = (
        "The county council raised its estimate on Tuesday to about 1,200 flooded homes, "
        "up from 700 two days earlier. Some 300 of them are uninhabitable, it said."
    )
    row = _row(text, 1200)
    assert "county council" in row["claimant"]
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")
    assert "county council" in _row(text, 300)["claimant"]


def test_a_poll_dated_in_its_own_subject_is_its_statement_of_that_week() -> None:
    text = "A Gallup poll this week found that 58 percent of voters back the levy."
    row = _row(text, 58)
    assert "Gallup poll" in row["claimant"]
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        "2025-03-03",
        "2025-03-09",
        "week",
    )


def test_a_fact_sheet_named_with_its_author_is_the_authors() -> None:
    text = (
        "A Finance Ministry fact sheet released on Monday said 2,300 firms had applied "
        "for the grant."
    )
    assert _row(text, 2300)["claimant_id"] == "fin-mof"


def test_date_words_before_the_verb_of_a_relative_clause_date_it() -> None:
    text = (
        "The union's count is higher than that of the Norwegian Coastal Administration, which "
        "on Tuesday estimated that 60 vessels were stuck in port."
    )
    row = _row(text, 60)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_a_bracketed_speaker_tag_then_the_name_attributes_the_quotation_below() -> None:
    text = (
        "Capt. Ola Berg, who leads the pilots, told reporters on Tuesday:\n\n"
        "[SOT] Capt. Ola Berg / Nordhavn Pilots Association\n"
        '"We counted 14 trawlers in the ice this morning."\n'
    )
    row = _row(text, 14)
    assert row["claimant"] == "Capt. Ola Berg"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")
    assert all("SOT" not in r["quote"] for r in propose(text, PUB)["candidates"])


def test_a_pronoun_inside_a_statement_refers_to_its_claimant_not_the_sentence_subject() -> None:
    text = (
        "The union statement came a day after the Norwegian Coastal Administration estimated on "
        "Wednesday that 90 boats were idle, up from the 60 or so it reported in February."
    )
    row = _row(text, 60)
    assert row["claimant_id"] == "nor-coast"


def test_a_possessive_estimate_of_a_thing_with_a_dated_apposition() -> None:
    text = (
        "Officials met on Friday. The Norwegian Coastal Administration's estimate of the damage, "
        "given on Tuesday, is between 400 and 500 buoys."
    )
    row = _row(text, 400)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_figures_given_to_an_audience_by_a_body_are_the_bodys() -> None:
    text = (
        "The latest figures, about 3,400 homes without power, were given to members of the "
        "regional council on Tuesday by officials of the Norwegian Coastal Administration."
    )
    row = _row(text, 3400)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_a_bracketed_source_with_its_month_is_dated_by_it() -> None:
    text = "By the numbers\nHomes flooded: about 1,200 (County Council estimate, February)\n"
    row = _row(text, 1200)
    assert row["claimant"] == "County Council"
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        "2025-02-01",
        "2025-02-28",
        "month",
    )


def test_most_of_them_carries_the_statement_on() -> None:
    text = (
        "The county council said on Monday that 900 homes had flooded. Most of them, about "
        "600, were in the old town."
    )
    row = _row(text, 600)
    assert "county council" in row["claimant"]
    assert row["stated_on"] == "2025-03-03"


def test_a_closing_attribution_dated_after_an_interview_with_an_outlet() -> None:
    text = (
        "“The water came faster than anyone expected,” said Kari Lunde, a flood warden, in an "
        "interview with the regional broadcaster NRK Vest on Tuesday. "
        "“We moved about 300 people in two hours,” Lunde said."
    )
    row = _row(text, 300)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_a_figure_cited_by_a_person_in_a_dated_interview_is_theirs() -> None:
    text = (
        'The highest estimate, "up to 2,000 homes", cited by local MP Kari Lunde in a radio '
        "interview on Tuesday, includes holiday cabins."
    )
    row = _row(text, 2000)
    assert "Kari Lunde" in row["claimant"]
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_since_inside_a_possessive_estimate_bounds_its_object_not_the_telling() -> None:
    text = (
        "Ferries were idle. The Norwegian Coastal Administration's estimate of 1,300 "
        "groundings since March 2023 has not been revised."
    )
    row = _row(text, 1300)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_a_closing_apposition_on_the_figures_dates_them() -> None:
    text = (
        "According to figures from the Norwegian Coastal Administration, about 300 boats were "
        "damaged, figures it first gave the council last week."
    )
    row = _row(text, 300)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-24", "week")


def test_a_live_page_with_twelve_hour_entry_times_is_a_live_page() -> None:
    # "9:05 AM EST", "2:40 p.m." head a live page's entries as "17:40" does
    page = (
        "LIVE  County elections: the count goes on\n\n"
        "2:40 p.m. CET\n"
        "The electoral board says 61,000 ballots have been counted so far.\n\n"
        "9:05 AM EST\n"
        "Observers say 12 polling stations opened late.\n"
    )
    rows = propose(page, PUB)["candidates"]
    for number in (61000, 12):
        row = next(r for r in rows if r["value"] == number)
        assert (row["stated_on"], row["stated_precision"]) == ("2025-03-07", "day")


@pytest.mark.parametrize(
    ("earlier", "stated"),
    [
        # a statement of the report's news, on a day: the present tense goes on with it
        ("The rail agency said on Tuesday that 40 trains were cancelled.", ("2025-03-04", "day")),
        # an earlier statement dated only by a period: the present tense is the party's
        # standing view, on or before publication
        (
            "The rail agency said earlier this month that 40 trains were cancelled.",
            (None, "range"),
        ),
        ("The rail agency said in February that 40 trains were cancelled.", (None, "range")),
    ],
)
def test_a_present_tense_statement_goes_on_only_with_a_days_statement(
    earlier: str, stated: tuple[Any, str]
) -> None:
    row = _row(f"{earlier}\n\nThe agency estimates that 900 passengers were stranded.", 900)
    assert (row["stated_on"], row["stated_precision"]) == stated


def test_a_possessive_range_after_a_semicolon_is_its_owners() -> None:
    text = (
        "The coast guard puts the loss at about 40 boats; the Norwegian Coastal "
        "Administration's range is 30 to 50."
    )
    row = _row(text, 30)
    assert row["claimant_id"] == "nor-coast"
    assert row["claimant"] == "the Norwegian Coastal Administration"


def test_a_possessive_estimate_for_a_period_counts_that_period() -> None:
    # "for January" bounds what the tally counts; "published in January" dates the tally
    row = _row("The coast guard's own tally for January alone is 40 ships.", 40)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")
    row = _row("The coast guard's tally, published in January, is 40 ships.", 40)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-01-01", "month")


def test_a_possessive_estimate_takes_no_neighbouring_bodys_date() -> None:
    actors = [
        *ACTORS,
        {"actor_id": "nor-police", "name": "Norwegian Police Service", "kind":
         "government_body", "country": "NOR", "description": "Norway's police"},
    ]  # fmt: skip
    text = (
        "The Norwegian Police Service said on Tuesday that 30 roads were closed.\n\n"
        "The Norwegian Coastal Administration's own tally is 12 ships.\n\n"
        "The Norwegian Police Service's count of closed bridges is 4."
    )
    rows = propose(text, PUB, actors=actors)["candidates"]
    ships = next(r for r in rows if r["value"] == 12)
    assert (ships["stated_on"], ships["stated_precision"]) == (None, "range")
    # its own party's earlier statement, it recalls
    bridges = next(r for r in rows if r["value"] == 4)
    assert (bridges["stated_on"], bridges["stated_precision"]) == ("2025-03-04", "day")


def test_a_quotation_left_open_runs_on_into_the_next_paragraph() -> None:
    text = (
        '"We lost power at dawn," the harbour master said on Tuesday. "By noon, 40 boats had '
        "broken their moorings.\n\n"
        '"And another 12 sank in the outer basin. Nobody was hurt."\n'
    )
    row = _row(text, 12)
    assert row["claimant"] == "the harbour master"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


@pytest.mark.parametrize(
    ("intro", "surname", "full"),
    [
        ("This week: host Grace Yun asks former inspector Ahn Jae-won about the storm.", "Ahn",
         "Ahn Jae-won"),
        ("This week: our guest is the hydrologist Maria Lindqvist.", "Lindqvist",
         "Maria Lindqvist"),
    ],
)  # fmt: skip
def test_a_surname_is_the_full_name_the_report_gave_before(
    intro: str, surname: str, full: str
) -> None:
    row = _row(f"{intro}\n\n{surname} expects up to 5,000 homes to be flooded by spring.", 5000)
    assert row["claimant"] == full


def test_he_never_stands_for_a_body_named_by_a_source_noun() -> None:
    text = (
        "Host Grace Yun asks former negotiator Ahn Jae-won about the strike.\n\n"
        'Ahn says the union told members that about 300 staff walked out. "My own guess is '
        'that fewer than 80 of them will return," he says.'
    )
    row = _row(text, 80)
    assert row["claimant"] == "he (Ahn Jae-won)"


def test_a_descriptors_document_is_the_latest_body_it_fits_known_or_not() -> None:
    text = (
        "The Norwegian Coastal Administration said on Monday that 40 buoys were lost.\n\n"
        "Sweden's Maritime Safety Agency (SMSA) said on Tuesday that 9 ships were damaged. "
        "The agency's report adds that 2 ferries were seized."
    )
    row = _row(text, 2)
    assert row["claimant_id"] is None
    assert "Sweden's Maritime Safety Agency (SMSA)" in row["claimant"]


def test_as_reported_by_a_body_closes_the_clause_before_it_with_its_day() -> None:
    row = _row("Some 40 ships sank, as reported by the Norwegian Coastal Administration on "
               "Monday.", 40)  # fmt: skip
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


def test_the_day_right_after_an_according_to_source_closing_the_sentence_dates_it() -> None:
    row = _row("The number of stranded ferries stands at 18, according to the latest update "
               "from the Norwegian Coastal Administration on Tuesday.", 18)  # fmt: skip
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")
    # a day before the source is the event's
    row = _row("The toll rose to 40 on Monday, according to the Norwegian Coastal "
               "Administration.", 40)  # fmt: skip
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


@pytest.mark.parametrize(
    ("text", "number", "stated"),
    [
        ("Figures released by the Norwegian Coastal Administration on Tuesday show 42 buoys "
         "were lost.", 42, ("2025-03-04", "day")),
        ("According to a Norwegian Coastal Administration report published Wednesday, 46 "
         "buoys were lost.", 46, ("2025-03-05", "day")),
    ],
)  # fmt: skip
def test_a_documents_named_source_is_the_claimant(
    text: str, number: float, stated: tuple[str, str]
) -> None:
    row = _row(text, number)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == stated


def test_a_past_perfect_statement_is_of_an_earlier_occasion() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 40 boats were lost. "
        "It had earlier put the toll at 30."
    )
    row = _row(text, 30)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_below_a_cross_head_the_past_tense_recalls_its_party_s_dated_statement() -> None:
    """A summary of one briefing under numbered headings: "The administration reported" below
    a heading is still Wednesday's briefing; "The administration believes" there is its
    standing view, undated."""
    text = (
        "Norway's Coastal Administration told the fisheries committee on Wednesday that the "
        "ice season was the worst in a decade.\n\n"
        "1. Vessels\n\n"
        "The administration reported that 40 trawlers were stuck in the ice.\n\n"
        "2. Outlook\n\n"
        "The administration believes that 12 more trawlers will be freed.\n"
    )
    reported, believed = _row(text, 40), _row(text, 12)
    assert "Coastal Administration" in reported["claimant"]
    assert "Coastal Administration" in believed["claimant"]
    assert (reported["stated_on"], reported["stated_precision"]) == ("2025-03-05", "day")
    assert (believed["stated_on"], believed["stated_precision"]) == (None, "range")


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        (
            "The election commission said on Tuesday that 1,200 polling stations had opened. "
            "The opposition alliance, the same day, put turnout above 40 percent.",
            "2025-03-04",
        ),
        (
            "The river authority said on Monday that 300 homes were flooded. The red cross, a "
            "day later, said 40 percent of the shelters were full.",
            "2025-03-04",
        ),
    ],
)
def test_a_day_set_off_after_the_subject_is_named_from_the_previous_statement(
    text: str, stated: str
) -> None:
    """ "X, the same day, put …", "Y, a day later, said …": the day set off by commas between
    the subject and its verb is named from the previous statement's day, like "Later that
    day," opening the sentence."""
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_precision"]) == (stated, "day")
    assert row["claimant"] in {"The opposition alliance", "The red cross"}


def test_the_same_occasion_as_subject_is_the_previous_statement() -> None:
    """ "The same briefing counted 200 …": the occasion named again as the subject is the
    previous statement, with its claimant and its day; a frame of its own still wins."""
    text = (
        "The water board said in its weekly briefing on Tuesday that 14 pumping stations had "
        "failed. The same briefing counted about 200 flooded basements."
    )
    row = _row(text, 200)
    assert "water board" in row["claimant"]
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")
    text = (
        "Norway's coastal agency told a hearing on Tuesday that 14 buoys were lost. The same "
        "hearing heard 200 nets were torn, the committee chair said later."
    )
    assert _row(text, 200)["claimant"] == "the committee chair"


def test_the_items_of_a_list_a_statement_introduces_are_its_own() -> None:
    """ "X put the bill at 40 million across three towns:" then "- about 25 million in the
    first;": each item of the list the statement introduces with a colon is its claimant's, of
    its date."""
    text = (
        "Storm costs mount\n"
        "The storm hit three valleys on Sunday.\n"
        "Costs so far\n"
        "Norway's coastal agency on Tuesday put the repair bill at 40 million kroner across two "
        "harbours:\n"
        "- about 25 million in Lindvik;\n"
        "- some 15 million in Berg.\n"
        "Fishermen said the season was lost.\n"
    )
    for number in (25_000_000, 15_000_000):
        row = _row(text, number)
        assert row["claimant_id"] == "nor-coast"
        assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


INTERVIEW = """THE HARBOUR GAZETTE | Conversations
"The dikes held, but only just"
Marit Halvorsen ran the regional flood office for 18 years before retiring in 2023. We talked to her by phone on Wednesday. The interview has been condensed.
By Jon Eide
7 March 2025
Q. Norway's coastal agency said on Monday that 14 buoys were lost. Is that the whole story?
A. It is a start. My own count is closer to 30. The agency told the council last week that 2,000 homes were at risk, and I agree with that.
Q. What comes next?
A. More rain. At least 400 more homes could flood by April.
"""


def test_an_answer_in_a_printed_interview_is_the_interviewee_s() -> None:
    """A page printed as questions and answers ("Q." / "A."): a sentence of an answer without
    an attribution of its own is the interviewee's, the person the introduction names, on the
    day it says the interview took place; a figure the answer attributes stays its source's."""
    for number in (30, 400):
        row = _row(INTERVIEW, number)
        assert row["claimant"] == "Marit Halvorsen", row
        assert (row["stated_on"], row["stated_precision"]) == ("2025-03-05", "day")
    assert _row(INTERVIEW, 2000)["claimant_id"] == "nor-coast"
    assert _row(INTERVIEW, 14)["claimant_id"] == "nor-coast"


@pytest.mark.parametrize(
    ("text", "number", "claimant", "stated"),
    [
        (
            "The storm passed on Sunday. By the count the fire brigade gave on Tuesday, 12 "
            "barns burned.",
            12,
            "the fire brigade",
            "2025-03-04",
        ),
        (
            "Rain fell all week. About 400 homes were flooded by the county's count, given on "
            "Monday, and schools stayed shut.",
            400,
            "the county",
            "2025-03-03",
        ),
    ],
)
def test_a_count_by_its_owner_is_dated_by_the_day_it_was_given(
    text: str, number: int, claimant: str, stated: str
) -> None:
    """ "By the count X gave on Tuesday, …" and "… by X's count, given on Monday": the owner
    of the count states the figure, on the day the count was given."""
    row = _row(text, number)
    assert row["claimant"] == claimant
    assert (row["stated_on"], row["stated_precision"]) == (stated, "day")


def test_a_relay_citing_a_named_body_is_that_body_s_statement() -> None:
    """ "Local radio, citing the coastal agency, reported on Tuesday that 14 …": the body the
    relay cites, an actor of its own, states the figure on the relay's day, as with "quoted X
    as saying"; citing unnamed sources leaves the figure the relay's."""
    text = (
        "Local radio, citing the Norwegian Coastal Administration, reported on Tuesday that 14 "
        "buoys were lost."
    )
    row = _row(text, 14)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")
    text = "Local radio, citing harbour sources, reported on Tuesday that 9 ships were stuck."
    assert _row(text, 9)["claimant"] == "Local radio"


def test_a_named_person_with_a_role_in_apposition_is_the_claimant() -> None:
    """ "Ana Berg, the flood office chief, said …": the named person states it, not the role
    set off after the name (which may spell a body's name); "she" then stands for her."""
    text = (
        "Ana Berg, the coastal agency chief, said on Monday that 14 barges were stuck. She "
        "said in the same interview that 60 percent of the dikes were weak."
    )
    row = _row(text, 14)
    assert row["claimant"] == "Ana Berg"
    assert row["claimant_id"] is None  # a person, not the agency


def test_the_same_occasion_after_the_verb_takes_the_previous_statement_s_date() -> None:
    """ "Her deputy said at the same hearing that …": the occasion named again after the verb
    is the previous statement's, and dates this one, as "At the same hearing, X said" does."""
    text = (
        "Ana Berg, the flood office chief, told a council hearing on Monday that 14 barges "
        "were stuck. Her deputy, Olav Lie, said at the same hearing that 60 percent of the "
        "dikes were weak."
    )
    row = _row(text, 60)
    assert "Olav Lie" in row["claimant"] or "deputy" in row["claimant"]
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "The river board said on Monday that 40 homes were flooded. Its estimate of 300 "
            "damaged roads also stands.",
            "Its (The river board)",
        ),
        (
            "Ana Berg said on Monday that 40 homes were flooded. Her estimate of 300 damaged "
            "roads has not changed.",
            "Her (Ana Berg)",
        ),
    ],
)
def test_a_possessive_determiner_owning_an_estimate_stands_for_the_claimant_before(
    text: str, claimant: str
) -> None:
    """ "Its estimate of 300 …", "Her estimate of 300 …": the owner is the claimant the
    pronoun would stand for, as "It estimates 300 …" would be."""
    assert _row(text, 300)["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        (
            '"We pulled 40 people from the water," said a police officer who asked to be '
            "identified only by his first name, Per.",
            40,
            "Per",
        ),
        (
            "A nurse, who asked to be identified only as Anna, said 30 patients had been moved.",
            30,
            "Anna",
        ),
    ],
)
def test_the_only_name_a_speaker_gave_is_the_claimant(
    text: str, number: int, claimant: str
) -> None:
    """ "…, said a police officer who asked to be identified only by his first name, Per.": the
    name the description closes with is the speaker's, not the description."""
    assert _row(text, number)["claimant"] == claimant


def test_a_participle_s_date_inside_a_possessive_estimate_is_the_counted_act_s() -> None:
    """ "Its count of 300 homes flooded last year": the year dates the flooding, not the
    count's telling, which recalls the party's earlier statement (as after a verb: "said
    two soldiers captured in January")."""
    text = (
        "The river board said on Monday that 40 roads were shut. Its count of 300 homes "
        "flooded last year has not changed."
    )
    row = _row(text, 300)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


def test_the_day_opening_a_chronology_entry_dates_its_later_sentences() -> None:
    """ "March 3 — The board says …. The coast guard puts the boats at 12.": the day opening
    the entry dates every statement of its line, the second sentence's too."""
    text = (
        "Flood timeline\n"
        "MARCH\n"
        "March 3 — The river board says 40 roads are shut. The coast guard puts the number of "
        "stranded boats at 12.\n"
        "March 5 — Rain stops.\n"
    )
    row = _row(text, 12)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")
    later = text.replace("The coast guard puts", "The coast guard later puts")
    assert _row(later, 12)["stated_precision"] != "day"


def test_he_stands_for_the_person_a_recent_sentence_is_about_with_its_date() -> None:
    # no claimant named before can be a "he": the spokesman set off after his role is
    text = (
        "Norway's coastal agency said on Monday that the fjord had frozen early.\n"
        "REPORTER: The agency's spokesman, Ivar Brekke, went further on the radio on "
        "Wednesday. He said some 40 trawlers were still stuck in the ice."
    )
    row = _row(text, 40)
    assert "Ivar Brekke" in row["claimant"], row
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-05", "day")


def test_a_transcript_speaker_never_calls_themselves_he() -> None:
    text = (
        "ANCHOR: The harbour master, Capt. Sigrid Holm, spoke to us this morning.\n"
        "DAHL: The harbour master's deputy, Arne Lunde, was more cautious on Thursday. "
        "He said about 25 vessels could leave port by the weekend."
    )
    row = _row(text, 25)
    assert "Arne Lunde" in row["claimant"] and "DAHL" not in row["claimant"], row


def test_he_never_stands_for_a_place_a_country_or_a_stray_word() -> None:
    # "the port" and "Tromsø" were named before; neither is a person, so no "he (…)"
    text = (
        "A retired fisherman, now a ferry mechanic in Tromsø, watched the boats from the "
        "shore. \u201cI counted 17 trawlers heading out,\u201d he says."
    )
    row = _row(text, 17)
    assert "Tromsø" not in str(row["claimant"]), row
    assert "fisherman" in str(row["claimant"]), row


def test_a_lone_word_is_a_he_only_when_the_page_writes_it_in_a_full_name() -> None:
    # "Pooler" labels a credit line and is named nowhere as a person; the harbour master,
    # named by his role in the sentence before, is the "he"
    text = (
        "Pooler note: per the harbour office, the quay is closed.\n"
        "Harbour master Arne Lunde visited the quay on Monday. "
        "He said about 25 vessels could leave by the weekend."
    )
    row = _row(text, 25)
    assert "Pooler" not in str(row["claimant"]), row
    assert "Arne Lunde" in str(row["claimant"]), row


def test_a_colon_after_the_verb_s_object_opens_the_quotation_it_covers() -> None:
    # an opening participle clause does not make the frame close the sentence
    text = (
        "Asked how many trawlers were stuck, Ivar Brekke told reporters on Wednesday: "
        "\u201cOur best count is about 40.\u201d"
    )
    row = _row(text, 40)
    assert "Ivar Brekke" in str(row["claimant"]), row
    assert row["stated_on"] == "2025-03-05", row


@pytest.mark.parametrize(
    ("opening", "subject", "stated"),
    [
        # the document's own date wins over the sentence's other date words
        (
            "What reached the harbour last week was a four-page letter from the Norwegian "
            "Coastal Administration, dated 12 February, setting out what it knows.",
            "The letter",
            ("2025-02-12", "day"),
        ),
        (
            "The Norwegian Coastal Administration published a report on Wednesday.",
            "The report",
            ("2025-03-05", "day"),
        ),
    ],
)
def test_a_document_subject_is_its_author_as_the_page_introduced_it(
    opening: str, subject: str, stated: tuple[str, str]
) -> None:
    text = f"{opening} The count is not ours. {subject} puts the stuck trawlers at about 300."
    row = _row(text, 300)
    assert row["claimant_id"] == "nor-coast", row
    assert (row["stated_on"], row["stated_precision"]) == stated


def test_an_opening_phrase_with_a_compound_number_still_dates_the_statement() -> None:
    # "64-page" is a modifier, not a figure: the phrase stays an opening, its day the date
    text = (
        "In a 64-page report published on Wednesday, the Norwegian Coastal Administration "
        "says about 300 trawlers are stuck."
    )
    row = _row(text, 300)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-05", "day")


def test_a_descriptor_stands_for_the_known_body_a_recent_sentence_is_about() -> None:
    # the administration made no statement of its own before; the harbour master did
    text = (
        "Harbour master Arne Lunde said on Sunday that 12 trawlers had been freed. "
        "The Norwegian Coastal Administration went further. In a briefing on Monday, the "
        "administration said about 300 trawlers were still stuck."
    )
    swedish = {"actor_id": "swe-maritime", "name": "Swedish Maritime Administration",
               "kind": "government_body", "country": "SWE"}  # fmt: skip
    rows = propose(text, PUB, actors=[*ACTORS, swedish])["candidates"]
    (row,) = [r for r in rows if r["value"] == 300]
    assert row["claimant_id"] == "nor-coast", row
    assert "Lunde" not in str(row["claimant"]), row


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The Norwegian Coastal Administration, which last month put the number of stuck "
         "trawlers at about 300, said it was monitoring the ice.", ("2025-02-01", "month")),
        ("The Norwegian Coastal Administration, which on Monday put the number of stuck "
         "trawlers at about 300, said it was monitoring the ice.", ("2025-03-03", "day")),
    ],
)  # fmt: skip
def test_a_body_s_non_restrictive_relative_clause_is_its_statement(
    text: str, stated: tuple[str, str]
) -> None:
    row = _row(text, 300)
    assert row["claimant_id"] == "nor-coast", row
    assert (row["stated_on"], row["stated_precision"]) == stated


@pytest.mark.parametrize(
    "verb", ["has reached", "has passed", "has risen to", "reached", "now stands at"]
)
def test_a_possessive_count_reaching_its_figure_is_its_owner_s(verb: str) -> None:
    text = f"The Norwegian Coastal Administration's count of stuck trawlers {verb} about 300."
    assert _row(text, 300)["claimant_id"] == "nor-coast"


# --- a dated occasion without a figure dates the party's statements after it ----------------


@pytest.mark.parametrize(
    "occasion",
    [
        "In Oslo, the Norwegian Coastal Administration gave its most detailed count yet on "
        "Tuesday.",
        "A shipping analyst cited the Norwegian Coastal Administration's briefing to "
        "lawmakers in Oslo on Tuesday.",
        "The Norwegian Coastal Administration held a briefing for the press on Tuesday.",
        # the occasion set off between the subject and its verb
        "The Norwegian Coastal Administration, in an interview with a radio station aired on "
        "Tuesday, gave a higher figure.",
        # speaking to an audience on a day (a caption's present tense too)
        "The head of the Norwegian Coastal Administration spoke to reporters in Bergen on Tuesday.",
        "The head of the Norwegian Coastal Administration speaks to reporters in Bergen on Tuesday.",
    ],
)
def test_a_dated_occasion_dates_the_partys_next_undated_statement(occasion: str) -> None:
    text = f"{occasion} About 48 tankers have been idle since the storm, the agency said."
    row = _row(text, 48)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_text"], row["stated_precision"]) == (
        "2025-03-04", "on Tuesday", "day",
    )  # fmt: skip
    assert "continued_date" in row["flags"]


@pytest.mark.parametrize(
    "occasion",
    [
        # another party's occasion
        "In Helsinki, the Ministry of Finance of Finland gave its count on Tuesday.",
        # a date that is not the occasion's ("gave its count, which covered Tuesday")
        "The Norwegian Coastal Administration gave its count, after the storm on Tuesday.",
    ],
)
def test_an_occasion_of_another_party_or_date_dates_nothing(occasion: str) -> None:
    text = (
        f"{occasion} About 48 tankers have been idle since the storm, the Norwegian Coastal "
        "Administration said."
    )
    row = _row(text, 48)
    assert row["stated_on"] is None and row["stated_precision"] == "range"


def test_the_writer_of_a_byline_is_never_she() -> None:
    text = (
        "Ports shut, Helsinki says\nThu, Mar 6, 2025 page 1\n"
        "By Ola Nordmann / Staff reporter, with STT\n"
        "Finland's customs agency believes more than 8 border posts have closed, Customs "
        "Deputy Director-General Aino Koski told legislators in Helsinki yesterday.\n"
        "Koski, who was answering questions at the committee, cited the customs agency's "
        "briefing to lawmakers on Wednesday. The agency had also counted at least 3 ports "
        "shut since May last year, she said.\n"
    )
    doc = annotate(text, PUB, actors=ACTORS)
    said = [
        c.words
        for sentence in doc.sentences
        for s in sentence.statements
        if s.frame.verb == "said"
        for c in s.claimants
    ]
    assert len(said) == 1 and "Koski" in said[0] and "Nordmann" not in said[0], said


@pytest.mark.parametrize(
    ("pronoun", "words", "agrees"),
    [
        ("she", "One of the men", False),
        ("he", "the soldier's widow", False),
        ("she", "Liisa Aho", True),
        ("he", "One of the men", True),
    ],
)
def test_he_and_she_agree_with_the_words_for_a_man_or_a_woman(
    pronoun: str, words: str, agrees: bool
) -> None:
    from timeline.curation.attribution import Claimant
    from timeline.curation.resolution import _agrees

    assert _agrees(pronoun, Claimant(words)) is agrees


def test_a_country_descriptor_is_the_body_the_sentence_names_in_full() -> None:
    actors = [
        *ACTORS,
        {"actor_id": "jpn-navy-staff", "name": "Japanese Navy Staff Office", "kind":
         "military_body", "country": "JPN", "description": "The staff of Japan's navy"},
    ]  # fmt: skip
    text = (
        "Japan's navy, for its part, says at least 4 coastal radars are now manned, per the "
        "Japanese Navy Staff Office."
    )
    rows = propose(text, PUB, actors=actors)["candidates"]
    row = next(r for r in rows if r["value"] == 4)
    assert row["claimant_id"] == "jpn-navy-staff"


def test_a_document_whose_author_follows_it_in_a_relative_clause() -> None:
    text = (
        "About 48 tankers were idle, according to a report the Norwegian Coastal "
        "Administration submitted to a parliamentary committee on Tuesday. The report also "
        "said 12 ports had closed."
    )
    for number in (48, 12):
        row = _row(text, number)
        assert row["claimant_id"] == "nor-coast"
        assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_a_report_named_as_the_occasion_of_its_authors_statement() -> None:
    text = (
        "Some 48 tankers were idle last year, the Norwegian Coastal Administration said in "
        "its annual report published on Tuesday. The report, which covers 2024, also states "
        "that 12 ports closed."
    )
    row = _row(text, 12)
    assert row["claimant_id"] == "nor-coast"


def test_a_bodys_name_in_its_own_language_in_brackets() -> None:
    row = _row(
        "About 48 tankers were idle, the Norwegian Coastal Administration (Kystverket) said.", 48
    )
    assert row["claimant_id"] == "nor-coast"


def test_a_descriptor_is_not_the_parent_a_description_names() -> None:
    actors = [
        {"actor_id": "fin-customs", "name": "Finnish Customs", "kind": "government_body",
         "country": "FIN", "description": "Finland's customs agency, under its finance ministry"},
        *ACTORS,
    ]  # fmt: skip
    text = (
        "The Ministry of Finance of Finland said on Monday that 40 lorries were held. "
        "Finnish Customs had counted 8 of them at Vaalimaa in May. "
        "The ministry put the number of drivers held at more than 30."
    )
    rows = propose(text, PUB, actors=actors)["candidates"]
    row = next(r for r in rows if r["value"] == 30)
    assert row["claimant_id"] == "fin-mof"


def test_according_to_below_a_cross_head_recalls_the_partys_dated_statement() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 60 wrecks had been charted.\n"
        "\n"
        "Harbours\n"
        "According to the Norwegian Coastal Administration, 14 harbours are also closed.\n"
    )
    row = _row(text, 14)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_according_to_below_a_cross_head_does_not_recall_a_chronology_entry() -> None:
    text = (
        "How it unfolded\n"
        "Mar. 4 — The Norwegian Coastal Administration raises its count to 60 wrecks.\n"
        "\n"
        "What else\n"
        "• Harbours: 14 closed, according to the Norwegian Coastal Administration.\n"
    )
    row = _row(text, 14)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_a_day_owning_an_assessment_is_no_claimant() -> None:
    text = (
        "The Norwegian Coastal Administration said on Monday that 60 wrecks had been charted. "
        "The agency, in Monday's assessment, put the number of closed harbours at 14."
    )
    row = _row(text, 14)
    assert row["claimant_id"] == "nor-coast"


def test_a_dated_occasion_with_an_adjective_before_its_figure() -> None:
    text = (
        "Finland's deputy minister, Aino Koski, gave a much higher figure on Tuesday. In a "
        "post on X, she said that 300 border posts had closed."
    )
    row = _row(text, 300)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_per_a_descriptor_is_the_body_named_before() -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 60 wrecks had been charted. "
        "Some 14 harbours stay closed, per the agency."
    )
    row = _row(text, 14)
    assert row["claimant_id"] == "nor-coast"
    # a rate is no attribution
    assert not any(
        r["claimant"] and "cent" in r["claimant"]
        for r in propose("Fuel rose 14 per cent, the agency said.", PUB, actors=ACTORS)[
            "candidates"
        ]
    )


def test_a_descriptor_is_the_fitting_body_the_page_named_last_even_as_no_claimant() -> None:
    actors = [
        {"actor_id": "fin-supo", "name": "Finnish Security Intelligence Service (Supo)",
         "kind": "government_body", "country": "FIN",
         "description": "Finland's security intelligence agency"},
        {"actor_id": "swe-sapo", "name": "Swedish Security Service (SAPO)",
         "kind": "government_body", "country": "SWE",
         "description": "Sweden's security intelligence agency"},
    ]  # fmt: skip
    text = (
        "Aino Koski, a member of the finance committee, told reporters after a closed briefing "
        "by the Finnish Security Intelligence Service (Supo) that 40 lorries had been held. "
        "According to the lawmaker, the intelligence agency believes 12 drivers were paid."
    )
    rows = propose(text, PUB, actors=actors)["candidates"]
    row = next(r for r in rows if r["value"] == 12)
    assert (row["claimant"], row["claimant_id"]) == ("the intelligence agency (Supo)", "fin-supo")


def test_a_statement_made_then_dated_by_its_disclosure_on_a_day() -> None:
    text = (
        "About 60 wrecks have been charted along the coast, the Norwegian Coastal "
        "Administration has said. The agency disclosed this on Tuesday while briefing a "
        "committee in Oslo."
    )
    row = _row(text, 60)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_a_main_clause_dated_by_its_when_clause() -> None:
    text = (
        "The Norwegian Coastal Administration put the number of wrecks at about 60 when it "
        "briefed reporters on Tuesday."
    )
    row = _row(text, 60)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_an_occasion_named_after_the_statement_dates_it() -> None:
    text = (
        "The Norwegian Coastal Administration believes about 60 wrecks lie off the coast, a "
        "harbour official told reporters yesterday.\n"
        "The official cited the Norwegian Coastal Administration's briefing to lawmakers in "
        "Oslo on Tuesday."
    )
    doc = annotate(text, PUB, actors=ACTORS)
    believes = next(
        s for sentence in doc.sentences for s in sentence.statements if s.frame.verb == "believes"
    )
    assert believes.claimants[0].actor_id == "nor-coast"
    assert believes.stated == (date(2025, 3, 4), date(2025, 3, 4), "day")


@pytest.mark.parametrize(
    "second",
    [
        "Its current estimate, given to lawmakers last week, is that 14 harbours are closed.",
        "The agency's assessment, relayed to reporters by a deputy, puts closed harbours at 14.",
        "The Norwegian Coastal Administration's figure for closed harbours is 14.",
    ],
)
def test_a_possessive_estimate_opening_a_sentence_is_its_owners_statement(second: str) -> None:
    text = (
        "The Norwegian Coastal Administration said on Tuesday that 60 wrecks had been charted. "
        + second
    )
    assert _row(text, 14)["claimant_id"] == "nor-coast"


def test_a_possessive_that_is_a_day_or_no_party_owns_nothing() -> None:
    text = "Monday's figure for closed harbours is 14. The storm's toll stands at 3."
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    assert all(r["claimant"] is None or "Monday" not in r["claimant"] for r in rows)
    assert all(r["claimant"] is None or "storm" not in r["claimant"] for r in rows)


def test_a_sentence_pointing_back_names_the_speaker_of_the_one_before() -> None:
    text = (
        "Ferry operators have cancelled more than 120 sailings since the strike began, and 40 "
        "crews remain ashore. Kari Lund, a spokeswoman for the Nordic Ferry Union, said this in "
        "a comment to a Nordwire correspondent on Wednesday."
    )
    for number in (120, 40):
        row = _row(text, number)
        assert row["claimant"] == "Kari Lund"
        assert (row["stated_on"], row["stated_text"]) == ("2025-03-05", "on Wednesday")


@pytest.mark.parametrize(
    ("pointer", "claimant", "stated_on"),
    [
        ("This was stated on Wednesday by Kari Lund, a union spokeswoman.", "Kari Lund",
         "2025-03-05"),
        ("This forecast is contained in a new study by the Fjord Institute, based on estimates "
         "by the port authorities.", "the Fjord Institute", None),
        ("This is evident from a new report from the Fjord Institute.", "the Fjord Institute",
         None),
        ("Such data is provided by the Fjord Institute.", "the Fjord Institute", None),
    ],
)  # fmt: skip
def test_a_pointing_sentence_naming_a_day_or_a_document_and_its_author(
    pointer: str, claimant: str, stated_on: str | None
) -> None:
    text = f"Ferry operators could cancel more than 120 sailings by the summer. {pointer}"
    row = _row(text, 120)
    assert (row["claimant"], row["stated_on"]) == (claimant, stated_on)


def test_said_this_week_points_back_at_nothing() -> None:
    text = (
        "Ferry operators have cancelled more than 120 sailings since the strike began. "
        "Kari Lund said this week that talks would resume."
    )
    assert _row(text, 120)["claimant"] is None


def test_a_name_of_the_form_x_of_the_y_is_one_claimant() -> None:
    text = (
        "On March 4, the Executive Board of the Bank of Norway said that about 1,500 ferry "
        "workers had lost their jobs."
    )
    assert _row(text, 1500)["claimant"] == "the Executive Board of the Bank of Norway"


HOME_ACTORS = [
    {"actor_id": "nor-ssb", "name": "Statistics Norway", "kind": "government_body",
     "country": "NOR", "description": "Norway's statistics office"},
]  # fmt: skip


def _first(text: str, **kwargs: Any) -> dict[str, Any]:
    rows = propose(text, PUB, **kwargs)["candidates"]
    assert rows, text
    return rows[0]


def test_an_acronym_known_by_is_an_apposition() -> None:
    text = (
        "Ferry operators lost 18 vessels to the storm, Norway's statistics office, known by its "
        "Norwegian acronym SSB, said on Monday."
    )
    row = _first(text, actors=HOME_ACTORS)
    assert (row["claimant_id"], row["stated_text"]) == ("nor-ssb", "on Monday")


def test_a_described_group_then_its_name_is_the_name() -> None:
    text = (
        "A Bergen-based research group, the Fjord Freight Forum (FFF), said in a report published "
        "on Wednesday that it had counted 212 idle barges."
    )
    row = _first(text)
    assert row["claimant"] == "the Fjord Freight Forum (FFF)"
    assert row["stated_text"] == "on Wednesday"


def test_a_report_described_by_its_length_is_the_one_published_before() -> None:
    text = (
        "Delays rose sharply last winter, the Nordic Transport Institute said in a report "
        "published Thursday. The 64-page report estimated that 1,000 sailings had been lost."
    )
    row = _first(text)
    assert row["claimant"] == "The 64-page report (the Nordic Transport Institute)"
    assert row["stated_on"] == "2025-03-06"


def test_a_name_in_its_own_script_after_the_latin_one_is_skipped() -> None:
    text = "Port spokesperson Col. Hsu Chia-hao (許家豪) told reporters on Friday that 15 officers had left."
    assert _first(text)["claimant"] == "Port spokesperson Col. Hsu Chia-hao"


def test_a_possessive_estimate_is_dated_by_the_apposition_saying_when_it_was_given() -> None:
    text = (
        "Oslo's estimate of about 11,000 idle workers, first given by Statistics Norway in "
        "November, has not changed."
    )
    row = _first(text, actors=HOME_ACTORS)
    assert (row["stated_precision"], row["stated_text"]) == ("month", "in November")


def test_a_speaker_named_after_a_lede_that_gave_only_their_role_speaks_that_day() -> None:
    text = (
        "Ferry traffic has halved, a spokesman for Norway's transport ministry said on Monday.\n\n"
        "Speaking at the regular press conference in Oslo, Jens Kessler said about 40 ferries "
        "were idle. Kessler said around 400 crew had been sent home."
    )
    for number in (40, 400):
        row = _row(text, number)
        assert row["claimant"] == "Jens Kessler"
        assert (row["stated_on"], row["stated_text"]) == ("2025-03-03", "on Monday")


@pytest.mark.parametrize(
    "lede",
    [
        # the lede's official stays anonymous: whoever is named next is someone else
        "An official, who asked not to be named, said on Monday that traffic had halved.",
        # a lede by a body, not one person's role
        "Norway's transport ministry said on Monday that traffic had halved.",
    ],
)
def test_a_named_speaker_after_another_lede_stays_undated(lede: str) -> None:
    text = f"{lede}\n\nJens Kessler said about 40 ferries were idle."
    assert _row(text, 40)["stated_on"] is None


def test_it_is_never_a_named_person_and_may_be_the_body_opening_the_sentence_before() -> None:
    text = (
        "Major General Kari Lund told journalists on Thursday that 14,000 workers had left.\n\n"
        "Norway's statistics office has given lower figures. In February, it told lawmakers "
        "that about 3,600 workers had left."
    )
    rows = propose(text, PUB, actors=HOME_ACTORS)["candidates"]
    found = [r for r in rows if r["value"] == 3600]
    assert found and found[0]["claimant_id"] == "nor-ssb", rows


def test_a_report_submitted_to_parliament_on_a_day_dates_what_it_says() -> None:
    text = (
        "About 3,000 ferries were idle in January, Statistics Norway said in a report submitted "
        "to the Storting on Monday."
    )
    row = _first(text, actors=HOME_ACTORS)
    assert (row["claimant_id"], row["stated_text"]) == ("nor-ssb", "on Monday")


def test_two_bodies_sharing_only_a_modifier_are_two_parties() -> None:
    text = (
        "Norway's Ministry of National Defense said last month that 100 ferries were idle.\n\n"
        "Sweden's ferries carried about 180 trucks on the night of October 1, according to the "
        "Swedish Defense Forces."
    )
    row = _row(text, 180)
    assert row["claimant"] == "the Swedish Defense Forces"
    assert row["stated_on"] is None  # not the ministry's "last month"


def test_the_organisation_is_the_body_named_just_before() -> None:
    text = (
        "The Nordic Ferry Union (NFU), which is based in Bergen, said on Thursday that it was "
        "ready to talk. The organisation said it had counted more than 3,000 idle crew in 2024."
    )
    row = _row(text, 3000)
    assert row["claimant"] == "The organisation (The Nordic Ferry Union (NFU))"
    assert row["stated_on"] == "2025-03-06"


def test_figures_a_descriptor_gave_are_the_bodys() -> None:
    text = (
        "Statistics Norway confirmed the strike on Monday. According to figures the office gave "
        "lawmakers the same day, about 11,000 workers were idle."
    )
    row = _first(text, actors=HOME_ACTORS)
    assert row["claimant_id"] == "nor-ssb"
    assert row["stated_on"] == "2025-03-03"


@pytest.mark.parametrize(
    ("text", "claimant", "stated"),
    [
        ("Ferry strike spreads as union lifts its count to 400", "its (union)", None),
        ("The Nordic Ferry Union raised its estimate to 400 idle ferries on Monday.",
         "The Nordic Ferry Union", "2025-03-03"),
    ],
)  # fmt: skip
def test_an_estimate_raised_is_its_raisers_on_the_day_of_the_raising(
    text: str, claimant: str, stated: str | None
) -> None:
    row = _row(text, 400)
    assert (row["claimant"], row["stated_on"]) == (claimant, stated)


def test_the_firm_is_the_company_named_just_before() -> None:
    text = (
        "Fjordsat Analytics, a satellite imagery company in Tromsø, said on Tuesday that traffic "
        "had doubled. The firm counted an average of 35 ferries a day in February."
    )
    row = _row(text, 35)
    assert row["claimant"] == "The firm (Fjordsat Analytics)"
    assert row["stated_on"] == "2025-03-04"


def test_a_relative_clause_putting_a_figure_on_a_day_is_its_subjects_that_day() -> None:
    text = (
        "Norway, which on Feb. 18 put the number of idle ferries at 1,500, has summoned the "
        "union twice since then."
    )
    row = _row(text, 1500)
    assert (row["claimant"], row["stated_on"], row["stated_text"]) == (
        "Norway", "2025-02-18", "on Feb. 18",
    )  # fmt: skip


def test_its_report_is_the_body_named_before() -> None:
    text = (
        "Norway's finance ministry said on Monday that 12 ferries were idle. Its report said 14 "
        "more could stop."
    )
    ministry = {"actor_id": "nor-mof", "name": "Ministry of Finance of Norway", "kind":
                "government_body", "country": "NOR", "description": "Norway's finance ministry"}  # fmt: skip
    rows = propose(text, PUB, actors=[*ACTORS, ministry])["candidates"]
    found = [r for r in rows if r["value"] == 14]
    assert found and found[0]["claimant"] == "Its report (Norway's finance ministry)"
    assert found[0]["claimant_id"] == "nor-mof"


def test_it_after_up_from_is_the_speaker_just_named() -> None:
    text = (
        "Sweden has idled about 28,000 ferries since the strike began, Statistics Norway said "
        "on Tuesday, up from the roughly 20,000 it reported in January."
    )
    rows = propose(text, PUB, actors=HOME_ACTORS)["candidates"]
    row = next(r for r in rows if r["value"] == 20000)
    assert row["claimant"] == "it (Statistics Norway)"
    assert row["claimant_id"] == "nor-ssb"


def test_a_regional_body_is_not_the_national_body_named_before() -> None:
    """ "The regional administration" after the Elysee (the French president's
    administration) is another body: the level word rules out the national one."""
    elysee = {"actor_id": "fra-elysee", "name": "Elysee", "kind": "government_body",
              "country": "FRA", "description": "The French president's administration",
              "aliases": "The Elysee"}  # fmt: skip
    text = (
        "The Elysee said on Monday it would help. The regional administration reported 14 "
        "homes destroyed. The administration said 3 more were damaged."
    )
    rows = propose(text, PUB, actors=[elysee])["candidates"]
    claimants = {r["value"]: (r["claimant"], r["claimant_id"]) for r in rows if r["value"]}
    assert claimants[14] == ("The regional administration", None)


@pytest.mark.parametrize(
    ("text", "actor_id"),
    [
        # a ministry named by its portfolio alone is no other country's by its name
        ("The Ministry of Defence said on Monday that 40 ferries had been requisitioned.", None),
        # the place the sentence opens with says whose it is
        ("In Oslo, the Ministry of Defence said on Monday that 40 ferries had been "
         "requisitioned.", "nor-mod"),
        ("In Stockholm, the Ministry of Defence said on Monday that 40 ferries had been "
         "requisitioned.", None),
        # a country in the words decides as before
        ("Norway's Ministry of Defence said on Monday that 40 ferries had been requisitioned.",
         "nor-mod"),
        # the "Defense Department" is an American name, not a portfolio alone
        ("The Defense Department said on Monday that 40 ferries had been requisitioned.",
         "usa-dod"),
    ],
)  # fmt: skip
def test_a_ministry_named_by_its_portfolio_alone_is_the_local_ones(
    text: str, actor_id: str | None
) -> None:
    actors = [
        {"actor_id": "nor-mod", "name": "Ministry of Defence of Norway", "kind": "government_body",
         "country": "NOR", "description": "Norway's defence ministry"},
        {"actor_id": "usa-dod", "name": "United States Department of Defense", "kind":
         "government_body", "country": "USA", "description": "The US defence department",
         "aliases": "Pentagon;Defense Department"},
    ]  # fmt: skip
    rows = propose(text, PUB, actors=actors)["candidates"]
    assert [r["claimant_id"] for r in rows if r["value"] == 40] == [actor_id], rows


NORWAY = [
    {"actor_id": "nor", "name": "Norway", "kind": "state", "country": "NOR",
     "description": "The Kingdom of Norway"},
    {"actor_id": "nor-pst", "name": "Norwegian Police Security Service", "kind": "government_body",
     "country": "NOR", "description": "Norway's security service", "aliases": "PST"},
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "claimant", "actor_id"),
    [
        # an unnamed envoy speaks for the state, wherever posted
        ("Norway's ambassador in Washington said on Monday that 40 ferries had been idle.",
         "Norway's ambassador in Washington", "nor"),
        # a named one is a person of their own
        ("Norway's ambassador to Greece, Kari Lund, said on Monday that 40 ferries had been "
         "idle.", "Norway's ambassador to Greece, Kari Lund", None),
        # a description the dictionary does not know, then a name in apposition that it does
        ("Its security service, the PST, said on Monday that 40 ferries had been idle.",
         "Its security service, the PST", "nor-pst"),
    ],
)  # fmt: skip
def test_envoys_and_apposed_names(text: str, claimant: str, actor_id: str | None) -> None:
    rows = propose(text, PUB, actors=NORWAY)["candidates"]
    assert [(r["claimant"], r["claimant_id"]) for r in rows] == [(claimant, actor_id)], rows


def test_a_persons_body_is_the_body_they_head() -> None:
    actors = [
        *NORWAY,
        {"actor_id": "lund", "name": "Kari Lund", "kind": "person", "country": "NOR",
         "description": "Head of Norway's security service", "aliases": "Lund",
         "parent_id": "nor-pst"},
    ]  # fmt: skip
    rows = propose("Lund's agency estimates that 40 ferries were idle.", PUB, actors=actors)
    assert [r["claimant_id"] for r in rows["candidates"]] == ["nor-pst"]
    rows = propose("Lund estimates that 40 ferries were idle.", PUB, actors=actors)
    assert [r["claimant_id"] for r in rows["candidates"]] == ["lund"]


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # the day between the participle and "by"
        ("OSLO — Norway has idled more than 100 ferries, according to a report released on "
         "Thursday by the Nordic Ferry Union (NFU), a group of unions.\n\nThe report, compiled "
         "from members' logs, also said some 11,000 crew were idle.",
         "The report (the Nordic Ferry Union (NFU))"),
        # a report "X said in", the page's first sentence (its first letter kept)
        ("Norway's port authority said in a written report delivered to parliament on "
         "Thursday that 250 ferries were idle.\n\nThe report, prepared for a closed-door "
         "session, also said about 12,000 crew were idle.",
         "The report (Norway's port authority)"),
        # a country's body by a descriptor before the document noun
        ("A Polish transport ministry report submitted to the Sejm on Wednesday put idle "
         "ferries at 600.\n\nThe report also said 150 crews were idle.",
         "The report (Polish transport ministry)"),
    ],
)  # fmt: skip
def test_the_report_is_its_authors(text: str, claimant: str) -> None:
    rows = propose(text, PUB)["candidates"]
    assert rows[-1]["claimant"] == claimant, rows


def test_he_is_the_office_holder_named_before() -> None:
    """ "Norway's Defence Secretary told MPs …. He said …": the office holder, a person
    though unnamed, not the last person named by name."""
    text = (
        "Col. Ola Berg said the port was closed. Norway's Defence Secretary told MPs on "
        "Thursday that the strike was dangerous. He said the government had so far fined 14 "
        "companies."
    )
    rows = propose(text, PUB)["candidates"]
    assert [r["claimant"] for r in rows if r["value"] == 14] == ["He (Norway's Defence Secretary)"]


def test_it_in_a_clause_after_the_speakers_frame_is_the_speaker() -> None:
    text = (
        "The Norwegian fleet has been cut back, the Nordic Ferry Union said on Wednesday, as "
        "it put the number of idle ferries at 110."
    )
    rows = propose(text, PUB)["candidates"]
    assert [r["claimant"] for r in rows if r["value"] == 110] == ["it (the Nordic Ferry Union)"]


def test_he_is_the_titled_person_named_last() -> None:
    """ "Norway's Defence Minister Ola Berg … said …. He added …": a name after its title is
    a person ("he"), and "he" stays the person, not his ministry."""
    text = (
        "A senior Swedish official said 1,500 ferries were idle. Norway's Defence Minister "
        "Ola Berg, who also attended the forum, said on Saturday that 40 per cent were "
        "damaged. He added that Norway had recorded more than 180 closures."
    )
    actors = [{"actor_id": "nor-mod", "name": "Ministry of Defence of Norway", "kind":
               "government_body", "country": "NOR", "description": "Norway's defence ministry"}]  # fmt: skip
    rows = propose(text, PUB, actors=actors)["candidates"]
    row = next(r for r in rows if r["value"] == 180)
    assert (row["claimant"], row["claimant_id"]) == (
        "He (Norway's Defence Minister Ola Berg)",
        None,
    )


def test_an_opening_estimate_with_a_set_off_occasion_dates_the_pronoun_after_it() -> None:
    # "its most recent public estimate" is a noun phrase (no subject with a verb "estimate"),
    # so "it" is the body the sentence before opens with; the occasion set off by commas
    # dates the statement
    text = (
        "Finland's finance ministry has been more careful. In its most recent public estimate, "
        "given to lawmakers on Feb. 26, it said about 300 firms had closed."
    )
    row = _row(text, 300)
    assert row["claimant_id"] == "fin-mof"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-26", "day")


@pytest.mark.parametrize(
    "text",
    [
        "The agency also told the committee that about 13,000 crates had been shipped since "
        "August, Rep. Ola Berg of the fisheries committee said.",
        "The agency put the number of crates shipped at about 13,000, Rep. Ola Berg said.",
    ],
)
def test_a_statement_opening_the_sentence_is_the_estimators_under_a_closing_relay(
    text: str,
) -> None:
    # the closing speaker relays the body that opens the sentence (the gold's conduit rule)
    assert _row(text, 13000)["claimant"] == "The agency"


def test_an_inclusion_tail_after_a_closing_attribution_is_the_same_statement() -> None:
    text = "About 40 wrecks were found, the Norwegian Coastal Administration said, including 12 trawlers."
    assert _row(text, 12)["claimant_id"] == "nor-coast"


def test_a_possessive_estimate_is_dated_by_an_abbreviated_day_after_its_figure() -> None:
    text = (
        "The count marks a steep rise from the Norwegian Coastal Administration's estimate of "
        "1,500 wrecks on Oct. 18, when it first charted the coast."
    )
    row = _row(text, 1500)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2024-10-18", "day")


def test_a_scholar_quoted_on_a_dated_occasion_restates_a_known_body_s_figure() -> None:
    text = (
        "The Norwegian Coastal Administration said in February that about 4,000 boats had been "
        "damaged. Dr Ane Holm, who lectures in economics in Bergen, told the Courier on Monday "
        'that the toll was high. "Four thousand boats in five months is an enormous rate," she '
        "said."
    )
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    quoted = [r for r in rows if r["value"] == 4000 and r["attribution"] == "direct_quote"]
    assert [(r["claimant_id"], r["stated_on"]) for r in quoted] == [("nor-coast", "2025-02-01")]
    assert "restates" in quoted[0]["flags"]


def test_a_picture_painted_in_a_document_presented_that_day_dates_the_body_s_statements() -> None:
    text = (
        "In Oslo, the Norwegian Coastal Administration painted a grim picture in its annual "
        "report, presented on Tuesday. About 40 percent of the wrecks lay in the north, the "
        "Norwegian Coastal Administration said."
    )
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


def test_a_trailing_figure_apposition_with_an_acronym_dates_the_statement() -> None:
    text = (
        "Per the Norwegian Coastal Administration, some 250 boats are believed to have sunk "
        "since last autumn, a figure the NCA gave in February."
    )
    row = _row(text, 250)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-01", "month")


def test_a_figure_given_with_its_place_is_dated_by_the_giving() -> None:
    text = (
        "The Norwegian Coastal Administration, which gave a figure of 8,000 containers in Bergen "
        "last week, had no new number on Monday."
    )
    row = _row(text, 8000)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-24", "week")


def test_an_account_given_when_a_reporter_reached_the_speaker_dates_the_quotes_after() -> None:
    text = (
        "Ola Berg, a skipper from Tromsø, described the storm when the Courier reached him by "
        'phone in January. "We lost 40 boats in one night," he said.'
    )
    row = _row(text, 40)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-01-01", "month")


def test_a_figure_given_after_a_colon_closing_on_a_day() -> None:
    text = (
        "The best estimate remains the one the Norwegian Coastal Administration gave reporters "
        "on Feb. 26: about 4,700 boats lost."
    )
    row = _row(text, 4700)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-26", "day")


@pytest.mark.parametrize(
    ("text", "number", "stated", "precision"),
    [
        # a long audience between the verb and its day, then what was told
        ("Minister Ola Lund told the parliament's standing committee on fisheries and coastal "
         "affairs on Wednesday that 48 trawlers had been idle since January.", 48,
         "2025-03-05", "day"),
        # the occasion of putting a figure, owned by the speaker
        ("Mayor Ana Ruiz put the number of flooded homes at 300 in her weekly radio address "
         "on Saturday.", 300, "2025-03-01", "day"),
        # a quoted figure, then the day
        ('The coastguard chief had put the losses at "over 1,000" boats last week.', 1000,
         "2025-02-24", "week"),
        # the figure in apposition, given that week
        ("The port authority has put the total since October at 10,900, a figure it gave "
         "lawmakers last week.", 10900, "2025-02-24", "week"),
        # a relative clause saying when the estimate was given, closing the sentence
        ('That is close to the union\'s count of "between 400 and 500" idle ferries, which a '
         "union spokesperson gave on Feb. 21.", 400, "2025-02-21", "day"),
    ],
)  # fmt: skip
def test_a_statement_day_after_a_long_object_or_a_figure(
    text: str, number: float, stated: str, precision: str
) -> None:
    row = _row(text, number)
    assert (row["stated_on"], row["stated_precision"]) == (stated, precision), row


def test_a_descriptor_is_not_the_body_whose_parent_its_description_names() -> None:
    # "the ministry" is not an agency described as "…, under its finance ministry"
    actors = [
        {"actor_id": "fin-tax", "name": "Finnish Tax Administration", "kind": "government_body",
         "country": "FIN", "description": "Finland's tax agency, under its finance ministry"},
    ]  # fmt: skip
    text = "The ministry said about 40 percent of the ferries had been idle since March."
    (row,) = propose(text, PUB, actors=actors)["candidates"]
    assert (row["claimant"], row["claimant_id"]) == ("The ministry", None)


def test_a_relative_clause_with_a_figure_keeps_its_date_from_the_main_verb() -> None:
    # the relative clause's Wednesday is its own act; the union said the 10,000 on Thursday
    text = (
        "The union, which had spoken of 3,000 at a briefing on Wednesday, said on Thursday "
        "that it now believed about 10,000 ferries were idle."
    )
    row = _row(text, 10000)
    assert (row["stated_on"], row["stated_text"]) == ("2025-03-06", "on Thursday")


def test_its_estimate_told_by_a_group_is_the_body_it_stands_for() -> None:
    # "it" cannot stand for the councillors who tell the estimate: the board named before
    text = (
        "The Norwegian Coastal Administration gave no new figure. Councillors who were "
        "briefed said its estimate of about 300 idle ferries, first given in January, was now "
        "out of date."
    )
    row = _row(text, 300)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-01-01", "month")


@pytest.mark.parametrize(
    ("text", "number", "stated"),
    [
        # remarks made in an interview published that day, then "she said" the figures
        ("Mayor Ana Ruiz made the remarks in an interview with a local daily, the Coast "
         "Courier, published on Saturday. She said 148 ferries had been idle since March.",
         148, "2025-03-01"),
        # a figure put higher that day, then the statement giving it
        ("The Norwegian Coastal Administration put the figure higher on Tuesday. In a "
         "statement on its website, the administration said 2,600 crossings had been "
         "cancelled.", 2600, "2025-03-04"),
    ],
)  # fmt: skip
def test_a_dated_occasion_without_a_figure_dates_the_figures_after(
    text: str, number: float, stated: str
) -> None:
    row = _row(text, number)
    assert (row["stated_on"], row["stated_precision"]) == (stated, "day"), row


def test_figures_a_body_released_name_it_and_date_the_statement() -> None:
    text = "Some 30 ferries were idle, according to data that Statistics Norway released on Monday."
    row = _row(text, 30)
    assert row["claimant"] == "Statistics Norway"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


@pytest.mark.parametrize(
    ("text", "stated", "precision"),
    [
        # a count given in a report to an audience: the report's day
        ("The port authority counted 28,000 containers in a report to parliament on Monday.",
         "2025-03-03", "day"),
        # a count for a month, with no occasion named: the month is what was counted
        ("The port authority counted 28,000 containers in February.", None, "range"),
    ],
)  # fmt: skip
def test_a_count_given_in_a_report_is_dated_by_it(
    text: str, stated: str | None, precision: str
) -> None:
    row = _row(text, 28000)
    assert (row["stated_on"], row["stated_precision"]) == (stated, precision), row


def test_an_earlier_figure_in_a_relative_clause_is_the_bodys_on_its_own_day() -> None:
    text = (
        "The Norwegian Coastal Administration, which had spoken of 400 at a briefing in March, "
        "said on Thursday that about 1,000 ferries were idle."
    )
    earlier, later = _row(text, 400), _row(text, 1000)
    assert earlier["claimant_id"] == later["claimant_id"] == "nor-coast"
    assert (earlier["stated_on"], earlier["stated_precision"]) == ("2025-03-01", "month")
    assert (later["stated_on"], later["stated_precision"]) == ("2025-03-06", "day")


def test_a_ministry_of_another_portfolio_is_not_the_ministry_named_before() -> None:
    actors = [
        {"actor_id": "nor-mod", "name": "Norwegian Ministry of Defence", "kind":
         "government_body", "country": "NOR", "description": "Norway's defence ministry"},
    ]  # fmt: skip
    text = (
        "Norway's defence ministry said on Monday that 12 frigates were in port. The foreign "
        "ministry said 115 citizens had left the region."
    )
    rows = propose(text, PUB, actors=actors)["candidates"]
    row = next(r for r in rows if r["value"] == 115)
    assert (row["claimant"], row["claimant_id"]) == ("The foreign ministry", None), row


def test_the_agency_is_the_body_opening_the_sentence_before_though_it_gave_no_figure() -> None:
    actors = [
        {"actor_id": "nor-nis", "name": "Norwegian Intelligence Service", "kind":
         "government_body", "country": "NOR", "description": "Norway's intelligence agency"},
        {"actor_id": "swe-must", "name": "Swedish Military Intelligence and Security Service",
         "kind": "government_body", "country": "SWE",
         "description": "Sweden's military intelligence agency"},
    ]  # fmt: skip
    text = (
        "LONDON, March 7 – The Norwegian Intelligence Service said on Monday that 300 ferries "
        "were idle. Sweden's military intelligence agency has put the numbers higher still. In "
        "a post on its website on Tuesday, the agency said 700 ferries were idle."
    )
    rows = propose(text, PUB, actors=actors)["candidates"]
    row = next(r for r in rows if r["value"] == 700)
    assert row["claimant_id"] == "swe-must", row


def test_the_same_month_takes_the_previous_statements_month() -> None:
    text = (
        "The Norwegian Coastal Administration told lawmakers in February that 300 ferries "
        "were idle. The harbour board estimated the same month that around 4,000 crew had "
        "been laid off."
    )
    row = _row(text, 4000)
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        "2025-02-01", "2025-02-28", "month",
    )  # fmt: skip


def test_the_same_occasion_opening_without_a_comma_takes_its_date() -> None:
    text = (
        "The Norwegian Coastal Administration said on Monday that the port was closed. In the "
        'same statement it put the number of idle ferries at "more than 3,000".'
    )
    row = _row(text, 3000)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day"), row


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board last put the number of idle ferries at 310 in a note on Monday.",
        "The harbour board officially confirmed 310 idle ferries in a note on Monday.",
    ],
)
def test_an_adverb_between_subject_and_verb_is_no_part_of_the_claimant(text: str) -> None:
    assert _row(text, 310)["claimant"] == "The harbour board"


def test_a_noun_in_ly_before_the_verb_stays_the_subject() -> None:
    assert _row("The family said 12 rooms were flooded.", 12)["claimant"] == "The family"


def test_a_figure_estimated_at_then_by_its_agent_is_the_agents() -> None:
    text = (
        "The island's population, estimated at about 8,000 people by the county statistics "
        "office, has fallen since the ferry closed."
    )
    assert _row(text, 8000)["claimant"] == "the county statistics office"


@pytest.mark.parametrize(
    ("closing", "claimant"),
    [
        ("data showed", "data"),
        ("figures from the harbour board showed", "the harbour board"),
        ("official data from the county statistics office showed", "the county statistics office"),
        ("the board's records showed", "the board's records"),
        ("the council's website showed", "the council's website"),
    ],
)
def test_data_or_a_record_closing_a_sentence_states_it(closing: str, claimant: str) -> None:
    row = _row(f"Ferry traffic fell by 14 percent in February, {closing}.", 14)
    assert row["claimant"] == claimant, row


def test_a_month_opening_the_sentence_is_no_name_in_the_list_of_claimants() -> None:
    text = "In late February, Oslo and Helsinki confirmed that 40 ferries had been idle."
    row = _row(text, 40)
    assert row["claimant"] == "Oslo and Helsinki", row
    assert (row["stated_on"], row["stated_precision"]) == ("2025-02-01", "month"), row


def test_a_part_between_commas_leaves_the_put_figure_dated_by_its_occasion() -> None:
    text = (
        "The harbour board last put the number of laid-off crew at 3,000, including some 300 "
        "officers, in a briefing to lawmakers in January."
    )
    row = _row(text, 3000)
    assert (row["claimant"], row["stated_on"], row["stated_precision"]) == (
        "The harbour board", "2025-01-01", "month",
    ), row  # fmt: skip


def test_speech_closed_by_a_spaced_dash_and_its_speaker() -> None:
    text = (
        "Over two days our crews cleared the coast road. Today they reopened 230 homes - the "
        "mayor said."
    )
    assert _row(text, 230)["claimant"] == "the mayor"


def test_a_dateline_dash_closes_no_speech() -> None:
    text = "OSLO, March 3 (Fjord News) - The harbour board said on Monday it had 300 idle ferries."
    row = _row(text, 300)
    assert (row["claimant"], row["stated_on"]) == ("The harbour board", "2025-03-03"), row


def test_paragraphs_labelled_as_a_quote_are_the_speakers_of_the_paragraph_before() -> None:
    text = (
        "Details: The mayor also said that the storm had destroyed 1,200 homes.\n\n"
        'Quote: "We counted three camps. One was flooded, with 4,000 people in it.\n\n'
        "We will rebuild 500 of the homes first.\n\n"
        'And 20 schools after that."\n\n'
        "The region has 90 villages."
    )
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    by_value = {r["value"]: r["claimant"] for r in rows if r["value"] is not None}
    assert [by_value[n] for n in (4000, 500, 20)] == ["The mayor"] * 3, by_value
    assert by_value[90] is None, by_value


@pytest.mark.parametrize(
    "text",
    [
        "From August to January the port shipped 1.6 million tonnes of grain, writes the Harbour "
        "Gazette.",
        "According to these data, writes the Harbour Gazette, from August to January some 1.6 "
        "million tonnes of grain were loaded.",
    ],
)
def test_a_publication_that_writes_states_the_figure(text: str) -> None:
    assert _row(text, 1_600_000)["claimant"] == "the Harbour Gazette"


def test_a_hyphenated_rank_belongs_to_the_speaker_after_a_quotation() -> None:
    text = (
        "“In February alone our divers cleared more than 1,500 mines,” Norwegian "
        "commander-in-chief Eirik Kristoffersen said on Saturday."
    )
    row = _row(text, 1500)
    assert row["claimant"] == "Norwegian commander-in-chief Eirik Kristoffersen", row
    assert row["stated_on"] == "2025-03-01", row


def test_an_opening_day_of_the_month_is_no_statement_the_speaker_closes() -> None:
    text = (
        "On the 2nd (local time), the Fjord Gazette reported, citing the coast guard, that 600 "
        "ferries were idle."
    )
    row = _row(text, 600)
    assert (row["claimant"], row["stated_on"]) == ("the Fjord Gazette", "2025-03-02"), row


def test_a_share_of_respondents_after_a_quotation_is_no_speaker() -> None:
    text = (
        "Forty percent of those asked said the ferries were “too slow,” while only 26 percent "
        "said they were “fine.”"
    )
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    assert {r["value"] for r in rows} >= {40, 26}, rows
    assert all(r["claimant"] is None for r in rows if r["value"] in {40, 26}), rows


@pytest.mark.parametrize(
    "subject",
    [
        "Norway and others",
        "Norway, Sweden and others",
        "Oslo and its allies",
        "Norway and other countries",
    ],
)
def test_names_and_the_others_who_say_it_are_the_claimant(subject: str) -> None:
    row = _row(f"{subject} say more than 300 ferries are idle.", 300)
    assert row["claimant"] == subject, row


def test_the_last_outlet_of_a_chain_only_relays_the_speaker_before_it() -> None:
    text = (
        "The harbour board has laid up 400 ferries since January, the board announced, quoted by "
        "the Fjord Gazette and NTB, the Baltic Wire reported."
    )
    assert _row(text, 400)["claimant"] == "the board"


def test_shares_after_a_statement_naming_a_poll_are_its_findings() -> None:
    text = (
        "Norwegians remain uneasy about ferry fares, according to a Norstat poll released on "
        "Monday.\n\nTwenty-three percent of those asked called the fares unfair. Another 40 "
        "percent were unsure.\n\nThe ferry union said 12 percent of crews had left."
    )
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    claimant = {r["value"]: r["claimant"] for r in rows}
    assert (claimant[23], claimant[40], claimant[12]) == ("Norstat", "Norstat", "The ferry union")


@pytest.mark.parametrize(
    "opening", ["Among these components,", "Of these ferries,", "During this time,"]
)
def test_a_sentence_opening_on_the_previous_figures_continues_their_claimant(
    opening: str,
) -> None:
    text = (
        f"The harbour board said on Monday it had inspected 290 ferries. {opening} 75 had "
        "rusted hulls."
    )
    assert _row(text, 75)["claimant"] == "The harbour board"


def test_a_state_body_is_no_citizens_group_named_before() -> None:
    text = (
        "Early reports from a volunteer rescue group put the toll at 57.\n\n"
        "The army said on Tuesday that 74 civilians were killed."
    )
    assert _row(text, 74)["claimant"] == "The army"


@pytest.mark.parametrize(
    "subject",
    [
        "Civil defence officials in northern Norway's Troms region",
        "Health officials in the northern province",
        "Police in the city",
        "Authorities in the Norwegian capital",
        "Firefighters in the northern port city of Bodø",
        "Investigators in the coastal municipality",
    ],
)
def test_officials_and_the_place_they_serve_are_one_claimant(subject: str) -> None:
    row = _row(f"{subject} said 12 ferries were damaged.", 12)
    assert row["claimant"] == subject, row


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "During the ceremony, the mayor thanked the crews, noting that 40 boats were saved.",
            "the mayor",
        ),
        (
            "The deputy mayor, who is in charge of the “repairs” of the harbour, supported the "
            "idea, adding that 40 boats were saved.",
            "The deputy mayor",
        ),
    ],
)
def test_a_participle_of_saying_speaks_for_its_clause_subject(text: str, claimant: str) -> None:
    assert _row(text, 40)["claimant"] == claimant


def test_an_adverb_is_no_counted_noun() -> None:
    text = "Over 600 crew reportedly left the ships, the union said."
    assert _row(text, 600)["unit"] == "crew"
    text = "Over 6,000 reportedly drowned in the flood, the union said."
    assert _row(text, 6000)["unit"] is None


def test_a_paragraph_signed_below_with_a_dash_is_the_signers() -> None:
    text = (
        "The minister said on Monday that the port was closed.\n\n"
        "While the shipyards run at 30 percent of capacity, some lines run at full tilt.\n"
        "—Ola Nordmann\n\n"
        "The port handled 40 ships."
    )
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    claimant = {r["value"]: r["claimant"] for r in rows}
    assert (claimant[30], claimant[40]) == ("Ola Nordmann", None), claimant


def test_a_generic_noun_for_a_research_body_named_before_is_that_body() -> None:
    text = (
        "The Fjord Maritime Institute (FMI), which watches ferries with satellite imagery, saw "
        "the same pattern. The think tank identified 27 idle ferries in the port."
    )
    row = _row(text, 27)
    assert row["claimant"] == "The think tank (The Fjord Maritime Institute (FMI))", row


def test_a_source_labelled_at_the_top_states_the_page_voice_below_it() -> None:
    text = (
        "Ferries stay idle in the north, harbour master says\n\n"
        "Ferries remain tied up in the northern ports.\n\n"
        "Source: Ola Berg, harbour master of Tromsø, in an interview with NRK\n\n"
        "Details: Berg said the ferries remain idle because of the storm.\n\n"
        "Around 60 ferries are expected to stay in port, more than 10 of them for repairs."
    )
    row = _row(text, 60)
    assert row["claimant"] == "Ola Berg", row


@pytest.mark.parametrize(
    "source_line",
    [
        "Source: Harbour Master Ola Berg; the Northern Ferry Board",
        "Source: Northern Ferry Board update dated 5 May, as reported by NRK",
    ],
)
def test_a_source_line_under_the_lead_states_the_lead_and_what_follows(source_line: str) -> None:
    text = (
        "Ferries stay idle in the north\n\n"
        "Storms have kept the fleet in port since Friday. Some 60 ferries are tied up.\n\n"
        f"{source_line}\n\n"
        "Details: More than 12 of them need repairs.\n"
    )
    expected = source_line.removeprefix("Source: ").split(";")[0].split(" update")[0]
    assert _row(text, 60)["claimant"] == expected
    assert _row(text, 12)["claimant"] == expected


def test_a_source_line_below_a_page_s_chrome_still_states_the_lead_and_the_quote() -> None:
    # a headline, a byline with its hour, the headline again and a photo caption sit above the
    # lead: they are no paragraphs of the report, so the line still names the page's source
    text = (
        "All Sections\n"
        "Ferries stayed in port for 12 days last month – harbour master\n\n"
        "INGRID HOLMSunday, 6 April 2025, 19:40\n"
        "Ferries stayed in port for 12 days last month – harbour master\n"
        "Berg at the quay on 6 April. Photo: Port of Tromsø\n\n"
        "Last month, storms kept 60 ferries and 14 barges in the northern ports.\n\n"
        "Source: Harbour Master Ola Berg in a radio interview\n\n"
        'Quote: "Over the month, from the first storm to today, some 60 ferries could not '
        'leave. Another 14 barges stayed tied up too."\n\n'
        "Advertisement:\n"
        "Storm damages 40 boats in Bodø harbour\n"
    )
    rows = propose(text, PUB)["candidates"]
    sixty = [r for r in rows if r["value"] == 60]
    assert len(sixty) == 2, rows
    assert {r["claimant"] for r in sixty} == {"Harbour Master Ola Berg"}, rows
    # a link's headline below the report is not the source's
    assert all(r["claimant"] is None for r in rows if r["value"] == 40), rows


def test_a_credit_line_further_down_names_no_source() -> None:
    text = (
        "Ferries stay idle\n\nThe storm hit the coast.\n\nThe port closed on Monday.\n\n"
        "The ferries were moved.\n\nSource: NTB Scanpix\n\nSome 60 ferries stayed in port."
    )
    assert _row(text, 60)["claimant"] is None


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("A study concludes that the port lost 300 ferries.", 300, "A study"),
        (
            "The harbour board said the port was closed. According to its estimates, 40 ferries "
            "sank.",
            40,
            "it (The harbour board)",
        ),
        ("The storm sank 80 boats, as stated by official accounts.", 80, "official accounts"),
        (
            "Some 70 ferries were lost, according to the high-ranking Norwegian harbour official.",
            70,
            "the high-ranking Norwegian harbour official",
        ),
    ],
)
def test_more_ways_of_naming_a_source(text: str, number: int, claimant: str) -> None:
    assert _row(text, number)["claimant"] == claimant


def test_a_label_line_names_the_speaker_of_the_quotation_below() -> None:
    text = (
        "Ferries stuck in port\n\nThe harbour was closed on Monday. The storm was strong.\n\n"
        'Quote from Ola Berg:\n\n"We lost 120 boats in the storm last week."\n\n'
        'Quote from the harbour master: "We saved 40 boats in the storm."'
    )
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    claimant = {r["value"]: r["claimant"] for r in rows}
    assert (claimant[120], claimant[40]) == ("Ola Berg", "the harbour master"), claimant


def test_the_head_of_a_body_keeps_the_body_and_name() -> None:
    text = "According to the head of the harbour board Ola Berg, 300 ferries were idle."
    assert _row(text, 300)["claimant"] == "the head of the harbour board Ola Berg"


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        (
            "A team set up to monitor fishing quotas in the north says the fleet broke the rules "
            "100 times.",
            100,
            "A team",
        ),
        (
            "That includes as many as 9 million tonnes of cod; 300 boats; and 40 trawlers, the "
            "report found, citing participating states.",
            300,
            "the report",
        ),
    ],
)
def test_an_infinitive_relative_and_a_list_closed_by_its_source(
    text: str, number: int, claimant: str
) -> None:
    assert _row(text, number)["claimant"] == claimant


def test_finding_is_saying_only_for_a_document_or_an_inquiry() -> None:
    assert _row("Rescuers found 30 survivors in the rubble.", 30)["claimant"] is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Some 300 ferries sank, according to a Norwegian legislator.", "a Norwegian legislator"),
        ("According to NUPI researcher Ola Berg, 300 ferries sank.", "NUPI researcher Ola Berg"),
    ],
)
def test_a_legislator_and_a_researcher_are_roles(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("The Ministry of Health in Bergen reported that 40 people were hurt.", 40,
         "The Ministry of Health in Bergen"),
        ("Some 3,000 homes flooded, NTB quoted the harbour board as stating on Thursday.", 3000,
         "the harbour board"),
        ("The report highlights that the coast has seen 57 floods.", 57, "The report"),
        ("Of all of the deaths confirmed so far, 87 were in Troms, officials said on Tuesday.",
         87, "officials"),
        ('"We found 50 boats in the bay today," a statement from the harbour board said.', 50,
         "the harbour board"),
    ],
)  # fmt: skip
def test_names_set_16_showed(text: str, number: int, claimant: str) -> None:
    assert _row(text, number)["claimant"] == claimant


@pytest.mark.parametrize(
    "text",
    [
        "The decline observed is mainly linked to fuel prices, which rose 5.6 percent.",
        "Since June 26, the floods have claimed a total of 807 lives nationwide.",
        "- Preliminary tallies from more than 550 police agencies point to a 20% fall.",
    ],
)
def test_no_party_in_a_participle_a_toll_or_a_noun_before_from(text: str) -> None:
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    assert rows and all(r["claimant"] is None for r in rows if r["value"] is not None), rows


def test_a_harbour_master_is_a_role_and_an_outlets_opening_day_dates_the_quoted() -> None:
    row = _row("According to the harbour master, 8,000 tonnes were lost.", 8000)
    assert row["claimant"] == "the harbour master", row
    text = "On March 3, the harbour board quoted its chairman Ola Berg as saying that 300 sank."
    row = _row(text, 300)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day"), row


def test_a_possessed_intelligence_agency_is_a_body_not_a_document() -> None:
    text = "Some 300 sailors died, according to the country's intelligence agency."
    assert _row(text, 300)["claimant"] == "the country's intelligence agency"


def test_findings_go_on_through_a_carried_sentence_in_one_paragraph() -> None:
    """ "According to the authority, 21,042 … were recorded. Among these, 411 … . Slight
    injuries also rose by 11.4%, …": a paragraph of one source's findings goes on sentence
    after sentence, through a sentence that itself went on with them (the nineteenth judged
    set); the next paragraph, in the page's own voice, does not."""
    text = (
        "According to the transport authority, 21,042 road crash victims were recorded this "
        "year. Among these, 411 pillion passengers died. Slight injuries also rose by 11.4%, "
        "while serious injuries fell by 2.8%.\n\n"
        "Pedestrians remain the most exposed road users, with 1,580 deaths so far this year."
    )
    rows = [r for r in propose(text, date(2025, 11, 16))["candidates"] if r["value"]]
    assert [r["claimant"] for r in rows] == ["the transport authority"] * 4 + [None]


def test_he_after_a_scene_is_the_person_it_describes_not_a_photo_credit() -> None:
    """ "Photographs by X" is a credit line, never an antecedent; "On a frozen field …, a
    drone pilot … counts bodies. '…,' he says": the pilot, after the scene-setting phrase."""
    text = (
        "The arithmetic of the harbour\n"
        "Photographs by Ana Ruiz\n\n"
        "On a cold quay outside the village of Arica, a fisherman who goes by the name Kit "
        'counts wrecks for a living. "On a bad day, 60 or 70 boats," he says.'
    )
    (row,) = [r for r in propose(text, date(2025, 2, 16))["candidates"] if r["value_low"] == 60]
    assert row["claimant"] == "he (a fisherman)"


def test_a_quotation_left_open_after_a_speakers_paragraph_is_that_speakers() -> None:
    text = (
        "The harbour master, Ola Berg, said 140 more ferries were idle than in March.\n\n"
        '"In the last quarter we lost 29 sailings a week and gained only 4.\n\n'
        '"Another 12 crews are on leave until the storms pass."\n\n'
        "Berg said the board would meet on Friday.\n"
    )
    for number in (29, 4, 12):
        assert "Ola Berg" in str(_row(text, number)["claimant"]), number


def test_he_after_a_representatives_statement_is_the_representative() -> None:
    text = (
        "Ola Berg, director of the Fjord Debris Group, gave the council an analysis.\n\n"
        "He said the group documented nearly 300 parts made by 26 firms.\n\n"
        "The Danish representative emphasized that Berg's findings confirmed the open "
        "reports. He also stated that at least 40 missiles had been used.\n"
    )
    assert "representative" in str(_row(text, 40)["claimant"])


def test_a_paragraph_that_is_one_quotation_closed_by_its_speaker_is_the_speakers() -> None:
    text = (
        "The harbour master spoke on Monday.\n\n"
        "'Let me say it again. Our fleet is 25 times bigger than theirs. It's 50 ships, and "
        "they have two. That small fleet still sinks more than ours,' Ola Berg said.\n"
    )
    for number in (25, 50):
        assert "Ola Berg" in str(_row(text, number)["claimant"]), number


def test_confirming_the_numbers_covers_the_paragraphs_figure_sentences_before() -> None:
    text = (
        "The ferry strike ended on Friday.\n\n"
        "In 2024, the board held 11 rounds of talks. Since the strike began, 356 sailings have "
        "been cancelled.\n\n"
        "Harbour master Ola Berg confirmed the numbers in his address on Friday.\n"
    )
    for number in (11, 356):
        assert _row(text, number)["claimant"] == "Harbour master Ola Berg", number


_NORWAY_FISHERIES = [
    *ACTORS,
    {"actor_id": "nor-fish", "name": "Norwegian Directorate of Fisheries", "kind":
     "government_body", "country": "NOR", "description": "Norway's fisheries directorate"},
]  # fmt: skip


@pytest.mark.parametrize(
    "cited",
    [
        "Since January, per Norwegian Directorate of Fisheries estimates, the fleet has lost "
        "40 trawlers.",
        "Per Norwegian Directorate of Fisheries estimates, the fleet has lost 40 trawlers "
        "since January.",
    ],
)
def test_figures_cited_per_a_body_are_undated_by_a_neighbours_day_or_their_period(
    cited: str,
) -> None:
    """'Since January' bounds what is counted, not the day of stating; and another body of
    the same state, dated the sentence before, is no earlier statement of the cited body."""
    text = (
        f"The Norwegian Coastal Administration said on Monday that 12 ferries were idle.\n{cited}"
    )
    row = propose(text, PUB, actors=_NORWAY_FISHERIES)["candidates"]
    row = next(r for r in row if r["value"] == 40)
    assert row["claimant_id"] == "nor-fish", row
    assert (row["stated_on"], row["stated_end"]) == (None, PUB.isoformat()), row


def test_a_closing_notes_is_a_verb_of_saying() -> None:
    row = _row("Ferry strikes rose to 46 last year, the harbour report notes.", 46)
    assert row["claimant"] == "the harbour report", row


def test_a_body_descriptor_never_stands_for_a_document_said_before() -> None:
    text = (
        "Ferry strikes rose to 46 last year, the report said.\n\n"
        "The ministry said that 300 men had walked out."
    )
    row = _row(text, 300)
    assert (row["claimant"], row["unit"]) == ("The ministry", "men"), row


def test_the_study_is_the_report_introduced_before_and_takes_its_day() -> None:
    """One piece of research called a report, then a study: its author, dated by the day it
    came out; a period the figures cover before the document is no such day."""
    text = (
        "Ferry strikes fell 20% from 2023 to 2024, according to a new report published on "
        "Tuesday by the Nordic Transport Council.\n\n"
        "The study found that 46 crossings were cancelled."
    )
    row = _row(text, 46)
    assert row["claimant"] == "The study (the Nordic Transport Council)", row
    assert row["stated_on"] == "2025-03-04", row


def test_a_period_before_the_document_introduced_is_not_the_day_it_came_out() -> None:
    text = (
        "Ferry strikes fell 20% from 2023 to 2024, about 90 fewer last year, according to a new "
        "report from the Nordic Transport Council.\n\n"
        "The council's report showed that 46 crossings were cancelled."
    )
    row = _row(text, 46)
    assert row["claimant"] == "The council's report (the Nordic Transport Council)", row
    assert (row["stated_on"], row["stated_end"]) == (None, PUB.isoformat()), row


def test_a_documents_author_never_runs_over_a_full_stop_into_the_next_paragraph() -> None:
    text = (
        "Ferry strikes fell, according to a new report from the Nordic Transport Council.\n\n"
        "The report, released on Thursday, tracked 13 routes.\n\n"
        "The council's report showed a fall on 31 routes."
    )
    row = _row(text, 31)
    assert row["claimant"] == "The council's report (the Nordic Transport Council)", row


def test_a_documents_author_is_named_on_one_line() -> None:
    text = (
        "Ferry Monitor\n\nThe Nordic Transport Council published its monthly report on Friday. "
        "According to the report, 46 crossings were cancelled."
    )
    row = _row(text, 46)
    assert row["claimant"] == "the report (The Nordic Transport Council)", row


def test_a_bodys_name_is_no_surname_of_the_person_it_employs() -> None:
    """ "Frontex" after "Frontex executive director Hans Leijtens" is the agency, and no
    capitalised line before it makes a full name of it."""
    text = (
        "Border Watch\n\n"
        "Nordwatch executive director Hans Lund said on Thursday that the agency was ready.\n\n"
        "According to Nordwatch, illegal crossings fell to 75,900 in the first half."
    )
    row = _row(text, 75900)
    assert (row["claimant"], row["unit"]) == ("Nordwatch", "crossings"), row


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Homicides have dropped to 300, police said.", "homicides"),
        ("Ferry cancellations declined to 40 in May, the board said.", "cancellations"),
        # a level rises without counting anything
        ("Ferry fares rose to 300, the board said.", None),
    ],
)
def test_a_plural_subject_moving_to_the_figure_is_what_it_counts(
    text: str, unit: str | None
) -> None:
    assert _row(text, 300 if "300" in text else 40)["unit"] == unit


@pytest.mark.parametrize(
    "follow_on",
    [
        "In comparison, 90 sailings were cancelled a week earlier.",
        "These include 90 sailings to the islands.",
        "Among the victims were 90 passengers.",
    ],
)
def test_a_sentence_opening_on_the_last_figure_goes_on_with_its_source(follow_on: str) -> None:
    text = (
        "Storms cancelled 157 sailings last week, according to the Norwegian Coastal "
        f"Administration.\n\n{follow_on}"
    )
    assert _row(text, 90)["claimant_id"] == "nor-coast"


def test_the_figure_after_a_named_source_is_that_sources() -> None:
    text = (
        "Storms cancelled 157 sailings last week, according to the Norwegian Coastal "
        "Administration.\n\nThe figure includes 40 freight runs."
    )
    row = _row(text, 40)
    assert row["claimant"] == "The figure (the Norwegian Coastal Administration)", row
    # data named after data, or after an unnamed level, are left to the curator
    text = "Rents rose again, the levels show.\n\nThe figures show 40 empty flats."
    assert _row(text, 40)["claimant"] == "The figures"


def test_a_report_highlights_its_figure_and_its_covered_period_is_no_statement_date() -> None:
    text = (
        "The report, covering the period from 1 December 2024 to 31 January 2025, highlights "
        "a 37 per cent rise in cancelled sailings."
    )
    row = _row(text, 37)
    assert (row["claimant"], row["stated_on"]) == ("The report", None), row


def test_a_body_named_before_is_found_again_by_its_head_noun_in_capitals() -> None:
    text = (
        "Sailings fell, a new report by the Nordic Ferry Safety Office said on Monday.\n\n"
        "The Office verified that 207 crossings were cancelled.\n\n"
        "Harbour master Kari Lund spoke next.\n\n"
        "The Council said 40 crews had walked out."
    )
    assert _row(text, 207)["claimant"] == "The Office (the Nordic Ferry Safety Office)"
    # a body in capitals never stands for the person who spoke last
    assert _row(text, 40)["claimant"] == "The Council"


def test_an_outlet_closing_a_sentence_after_a_bodys_statement_relays_it() -> None:
    text = (
        "The Norwegian Ministry of Fisheries said that storms sank 64 trawlers overnight.\n\n"
        "In a statement, the ministry said that 20 trawlers sank off Bergen. Another 8 "
        "trawlers sank off Tromso, Fiskeri.No reports.\n\n"
        "According to the ministry, seven crews were rescued.\n\n"
        "Trawlers were lost at sea, Fiskeri.No reports. The department said 40 boats were late."
    )
    rows = propose(text, PUB)["candidates"]
    by_value = {r["value"]: r["claimant"] for r in rows if r["value"]}
    assert by_value[8] == "The Norwegian Ministry of Fisheries"
    assert by_value[7] == "the ministry (The Norwegian Ministry of Fisheries)"
    # a descriptor never stands for the outlet that spoke last
    assert by_value[40] == "The department"


def test_it_after_a_body_found_again_by_its_descriptor_is_that_body() -> None:
    text = (
        "Storms struck the coast, the Nordic Sea Rescue Service said.\n"
        "A fisherman in the area said the storm came fast.\n"
        "The Service, which runs a network of stations, said at least 16 boats sank.\n"
        "At least 17 crew were also missing, it added."
    )
    assert _row(text, 17)["claimant"] == "it (the Nordic Sea Rescue Service)"


_RELEASE_PAGE = (
    "Ferry traffic on the lakes grew 4.1% in the first half, according to a report from the "
    "Lakes Transport Statistics Bureau.\n\n"
    "Passenger crossings reached 2.3 million, up 6% on a year earlier.\n\n"
    "Freight by route\n\n"
    "Freight routes held steady. The northern route carried 41,000 lorries, or 38% of the "
    "total.\n\n"
    "In 2009, a storm sank 3 ferries on the northern route.\n\n"
    "If the trend holds, 5 million crossings a year are within reach.\n\n"
    "Print edition: page 4 · Comments (12)"
)


@pytest.mark.parametrize(
    ("number", "claimant"),
    [
        (2_300_000, "the Lakes Transport Statistics Bureau"),  # the next paragraph
        (41000, "the Lakes Transport Statistics Bureau"),  # past a cross-head and a sentence
        (38, "the Lakes Transport Statistics Bureau"),  # without figures
        (3, None),  # a year long before the release: background
        (5_000_000, None),  # the writer's own reasoning
        (12, None),  # chrome: never the release's (and not proposed at all)
    ],
)
def test_a_data_release_goes_on_through_the_pages_figures_below_it(
    number: float, claimant: str | None
) -> None:
    rows = propose(_RELEASE_PAGE, PUB)["candidates"]
    found = [r for r in rows if number in (r["value"], r["value_low"])]
    assert [r["claimant"] for r in found][:1] in ([claimant], []), found
    if number != 12:
        assert found, rows


def test_a_persons_words_do_not_go_on_into_the_next_paragraph() -> None:
    text = (
        "The harbour master, Ola Berg, said the figures showed 40 ferries were idle.\n\n"
        "The lakes have 120 ferry berths."
    )
    assert _row(text, 120)["claimant"] is None


def test_unnamed_data_are_no_release_to_go_on_with() -> None:
    text = "Latest figures show 40 ferries were idle in March.\n\nThe lakes have 120 ferry berths."
    assert _row(text, 120)["claimant"] is None


def test_a_person_named_again_by_surname_is_the_he_after_an_outlet_named_before() -> None:
    text = (
        "Norway's Commander-in-Chief General Ola Berg said this in an interview, according to "
        "Fjordnytt.\n"
        "“We lost 400 boats,” Berg said.\n"
        "According to him, the fleet grew to 713 boats."
    )
    assert _row(text, 713)["claimant"] == "he (Norway's Commander-in-Chief General Ola Berg)"


def test_these_named_parts_include_goes_on_with_the_statement_before() -> None:
    text = (
        "The port authority announced on Monday that it had closed 40 quays.\n\n"
        "These closures include 29 ferry berths."
    )
    assert _row(text, 29)["claimant"] == "The port authority"


@pytest.mark.parametrize("verb", ["reveals", "shows", "found"])
def test_a_document_from_its_author_names_the_author(verb: str) -> None:
    text = (
        f"A new report from the Lakes Institute {verb} that ferries carried 47 million people "
        "in 2024. According to the report, freight accounted for 61% of the traffic this year."
    )
    assert "Lakes Institute" in _row(text, 47_000_000)["claimant"]
    later = _row(text, 61)
    # the year inside what the report states is the period it counts, not its day
    assert later["claimant"] == "the report (the Lakes Institute)", later
    assert later["stated_precision"] != "year", later


def test_an_outlet_after_said_this_relays_the_speaker_of_the_quotation_below() -> None:
    text = (
        "Prime Minister Ola Berg said that Norway has enlarged its fleet.\n\n"
        "He said this during a press conference, Fjordnytt reports.\n\n"
        '"Norway has built 35 new ferries this year. We are proud."'
    )
    assert _row(text, 35)["claimant"] == "He (Prime Minister Ola Berg)"


@pytest.mark.parametrize("marks", [("“", "”"), ('"', '"')])
def test_a_quotation_whose_last_paragraph_opens_with_no_mark_is_its_speakers(
    marks: tuple[str, str],
) -> None:
    opening, closing = marks
    text = (
        "Prime Minister Ola Berg spoke on Monday.\n\n"
        f"{opening}Norway has built 35 new ferries this year. We are proud.\n\n"
        f"Over the past two years, the crews have tripled to 300 crews,{closing} he said."
    )
    assert _row(text, 35)["claimant"] == "he (Prime Minister Ola Berg)"
    assert _row(text, 300)["claimant"] == "he (Prime Minister Ola Berg)"


@pytest.mark.parametrize(
    ("first", "descriptor", "bracketed"),
    [
        ("Fjordfly", "The airline", "The airline (Fjordfly)"),
        ("Bergen City Light", "The utility", "The utility (Bergen City Light)"),
        # a state or a person is no company
        ("Norway", "The utility", "The utility"),
        ("Minister Ola Berg", "The company", "The company"),
    ],
)
def test_a_company_by_its_kind_is_the_company_named_just_before(
    first: str, descriptor: str, bracketed: str
) -> None:
    text = (
        f"{first} said 40,000 customers lost power.\n\n"
        f"{descriptor} said 12,000 were restored by noon."
    )
    assert _row(text, 12_000)["claimant"] == bracketed


def test_a_single_quoted_passage_opening_with_an_editors_bracket_is_the_speakers() -> None:
    text = (
        "The harbour board briefed the council on Monday.\n\n"
        "'(The ferry line - ed.) has laid off about 1,200 crew, and more may follow,' they "
        "said at a briefing for the council."
    )
    assert _row(text, 1_200)["claimant"] == "they (The harbour board)"


def test_this_opening_a_sentence_is_no_time_adverbial_before_a_closing_speaker() -> None:
    text = (
        "However, Berg noted that most of the catch is herring. This leaves the fleet about "
        "one million tonnes short of its quota, he said."
    )
    assert _row(text, 1_000_000)["claimant"] == "he (Berg)"


@pytest.mark.parametrize(
    ("words", "he"),
    [
        ("former harbour master and current member of the county transport committee Ola "
         "Nygaard", True),
        ("the chairman of the board of the Fjord Line", False),
        ("a member of the committee of South Korea", False),
    ],
)  # fmt: skip
def test_a_chain_of_titles_closed_by_a_name_is_he(words: str, he: bool) -> None:
    from timeline.curation.resolution import Claimant, _agrees

    assert _agrees("he", Claimant(words)) is he


def test_a_paragraph_closed_by_a_dash_and_its_speaker_is_the_speakers() -> None:
    text = (
        "Minister Ola Berg spoke in Oslo on Monday.\n\n"
        "By our count, at least 1,436 sailors from 36 countries are stranded. The real figure "
        "may be higher. - Berg said.\n\n"
        "Ports reopened on Tuesday."
    )
    assert _row(text, 1_436)["claimant"] == "Ola Berg"
    assert _row(text, 36)["claimant"] == "Ola Berg"


def test_a_spokesperson_for_a_named_body_keeps_the_body() -> None:
    text = (
        '"We expect about 40,000 fewer applications this year," said a spokesperson for the '
        "Federal Ministry of Transport in Bonn."
    )
    assert _row(text, 40_000)["claimant"] == (
        "a spokesperson for the Federal Ministry of Transport"
    )


def test_data_from_a_fiscal_year_names_no_source() -> None:
    text = "The agency removed around 316,000 people in 2014, per Coast Agency data from FY 2014."
    assert _row(text, 316_000)["claimant"] == "Coast Agency"


def test_an_according_to_line_ending_in_a_colon_gives_the_quotation_below() -> None:
    text = (
        "Border arrests fell again in September.\n\n"
        "According to the border agency:\n\n"
        '"Most arrests came in spring: 17,026 in the first 111 days. Over the next 254 days, '
        'agents recorded 6,539 arrests."\n\n'
        "The figures are the lowest in decades."
    )
    assert _row(text, 17_026)["claimant"] == "the border agency"
    assert _row(text, 6_539)["claimant"] == "the border agency"


def test_a_paragraph_of_its_own_pointing_back_gives_the_whole_paragraph_before() -> None:
    text = (
        "Ferry sinks off the coast\n\n"
        "The bodies of 1 000 dead have been brought ashore as part of the recovery. The rival "
        "port claims they are its sailors.\n\n"
        "This was reported by the Coordination Office for Maritime Rescue.\n\n"
        "More ships are searching."
    )
    assert _row(text, 1_000)["claimant"] == "the Coordination Office for Maritime Rescue"


@pytest.mark.parametrize(
    "descriptor", ["The think tank", "The Oslo-based think tank", "The Bergen-based institute"]
)
def test_a_research_body_by_its_kind_is_the_one_named_before(descriptor: str) -> None:
    text = (
        "A report released Tuesday by the Center for Fjord and Harbour Studies warns that "
        "ferry losses mount.\n\n"
        f"{descriptor} estimates that 1,200 ferries sank in 2025. Rival lines lost between "
        "500 and 600 ferries, according to the analysis."
    )
    assert _row(text, 1_200)["claimant"] == (
        f"{descriptor} (the Center for Fjord and Harbour Studies)"
    )
    analysis = _row(text, 500)
    # "released Tuesday by": the day without "on" dates the document and names its author
    assert analysis["claimant"] == "the analysis (the Center for Fjord and Harbour Studies)"
    assert analysis["stated_on"] == "2025-03-04"


def test_a_joint_investigation_by_two_outlets_is_theirs() -> None:
    text = (
        "According to a joint investigation by Fjord Radio and Harbour Media, journalists "
        "have identified 1,200 sailors lost at sea."
    )
    assert _row(text, 1_200)["claimant"] == "Fjord Radio and Harbour Media"


@pytest.mark.parametrize(
    ("opening", "owner", "claimant"),
    [
        ("Former president Ola Berg spoke on Monday.", "his statement", "he (Former president Ola Berg)"),
        ("The Fjord Board said on Monday that ferries were late.", "its estimate", "it (The Fjord Board)"),
        ("The Fjord Board said on Monday that ferries were late.", "their latest report", "they (The Fjord Board)"),
    ],
)  # fmt: skip
def test_according_to_a_possessive_determiner_is_its_owner(
    opening: str, owner: str, claimant: str
) -> None:
    text = f"{opening}\n\nAccording to {owner}, 30,000 sailors join the fleet every month."
    assert _row(text, 30_000)["claimant"] == claimant


def test_an_opening_time_phrase_is_no_subject_of_a_participle() -> None:
    text = (
        "In some weeks, reported wrecks exceeded 2,000 boats, and in the final months of 2024, "
        "they may have approached 3,000."
    )
    assert _row(text, 2_000)["claimant"] is None


def test_placing_a_number_closer_to_a_figure_states_it() -> None:
    text = (
        "The agency counted 800,000 returns. Minister Ola Berg placed the number closer to "
        "1.2 million."
    )
    assert _row(text, 1_200_000)["claimant"] == "Minister Ola Berg"


def test_officers_who_assume_that_state_what_follows() -> None:
    text = "Coast guard officers assume that thousands more boats are waiting in Libya."
    row = next(c for c in propose(text, PUB)["candidates"] if "vague_quantity" in c["flags"])
    assert row["claimant"] == "Coast guard officers"


def test_a_place_before_a_headlines_second_verb_is_no_subject() -> None:
    text = (
        "Harbour board confirms the ferries are in Bergen, puts early count near 3,000 cars\n\n"
        "The board said on Monday that about 3,000 cars were waiting."
    )
    assert _row(text, 3_000)["claimant"] == "Harbour board"


def test_figures_right_after_a_named_trend_are_the_statements() -> None:
    text = (
        "The port authority also reported a sharp rise in cancellations. In May alone, more "
        "than 15,000 crossings were cancelled.\n\n"
        "The minister announced new ferries in response to a surge in demand. A recent storm "
        "sank 40 boats."
    )
    assert _row(text, 15_000)["claimant"] == "The port authority"
    # a trend the statement only responds to announces no figures
    assert _row(text, 40)["claimant"] is None


def test_a_list_without_bullets_under_a_colon_line_is_the_statements() -> None:
    text = (
        "Rescued sailors head home\n\n"
        "The coast guard received 260 sailors on Monday.\n\n"
        "The ministry said the sailors come from 20 countries, including:\n"
        "Norway – 138 people\n"
        "Iceland – 23 people\n\n"
        "The coast guard will now work with embassies."
    )
    assert _row(text, 138)["claimant"] == "The ministry"
    assert _row(text, 23)["claimant"] == "The ministry"


def test_a_counters_clause_after_and_is_its_own() -> None:
    text = (
        "Minister Ola Berg said 400 sailors have come home, and the Interior Ministry counts "
        "over 2,500 sailors still held abroad."
    )
    assert _row(text, 400)["claimant"] == "Minister Ola Berg"
    assert _row(text, 2_500)["claimant"] == "the Interior Ministry"


def test_a_quoted_document_restates_no_earlier_claimants_figure() -> None:
    text = (
        "Fleet losses will continue with more than 1,000 a day, harbour experts have warned.\n\n"
        "A Coast Guard update said: “The fall in the recorded rate of losses likely reflects a "
        "slower tempo.\n\n"
        "“Losses will likely continue to average above 1,000 a day in March, with storms.”"
    )
    rows = [r for r in propose(text, PUB)["candidates"] if r["value"] == 1_000]
    assert [r["claimant"] for r in rows] == ["harbour experts", "A Coast Guard update"]


def test_a_document_posted_on_a_platform_by_its_author() -> None:
    text = "A report posted on X by the Harbour Ministry stated that 40 boats sank."
    assert _row(text, 40)["claimant"] == "A report (the Harbour Ministry)"


def test_a_page_that_retells_a_press_release_gives_it_its_figures() -> None:
    text = (
        "Over 1.7 million sailors returned in nine months\n\n"
        "OSLO – In the first nine months of 2025, more than 1.7 million sailors have returned "
        "to Norway, the Harbour Agency reported in a press release on October 27.\n\n"
        "During the reporting week, nearly 120 buses carrying 4,700 sailors crossed the "
        "border.\n\n"
        "Daily returns rose sharply in mid-June, with July 4 registering over 39,400 returns.\n\n"
        "Read the agency's full release (in Norwegian, 6 pages)"
    )
    rows = propose(text, PUB)["candidates"]
    retold = {r["value"]: r["claimant"] for r in rows if r["value"] in {4_700, 39_400}}
    assert retold == {4_700: "the Harbour Agency", 39_400: "the Harbour Agency"}
    assert all(r["value"] != 6 for r in rows)


def test_a_person_quoted_from_a_press_release_is_no_retold_release() -> None:
    text = (
        "“Smugglers are moving money abroad,” Undersecretary Ola Berg said in a press release.\n\n"
        "Markets were calm on Tuesday.\n\n"
        "In 2024, two bankers managed at least 40 accounts for the network."
    )
    assert _row(text, 40)["claimant"] is None


def test_estimates_in_a_with_clause_are_the_statements_party() -> None:
    text = (
        "Norwegian officials said the fleet suffered heavy losses, with estimates suggesting "
        "that up to 3,000 sailors were lost."
    )
    assert _row(text, 3_000)["claimant"] == "estimates (Norwegian officials)"
    unnamed = "Reports indicate that the fleet lost many boats, with estimates suggesting 400 sank."
    assert _row(unnamed, 400)["claimant"] == "estimates"


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("Based on data disclosed last December by Norwegian intelligence, about 3,000 sailors "
         "were lost.", 3_000, "Norwegian intelligence"),
        ("Citing data from the Harbour Board, the paper said 400 boats sank.", 400, "the paper"),
        # a source opening one clause leaves the subject of another alone
        ("Based on these requests, around one hundred sailors are missing, and the agency has "
         "confirmed 40 dead.", 40, "the agency"),
        ("Minister Ola Berg mentioned earlier this week that 3,000 sailors were lost.", 3_000,
         "Minister Ola Berg"),
        ("US estimates suggest up to 10,000 sailors, while Norway places the figure closer to "
         "12,000.", 12_000, "Norway"),
    ],
)  # fmt: skip
def test_openings_and_verbs_from_set_31(text: str, number: int, claimant: str) -> None:
    assert _row(text, number)["claimant"] == claimant


def test_he_after_a_relaying_outlet_is_the_speaker_it_relayed() -> None:
    text = (
        "This was announced by President Ola Berg in his evening address, Fjordnytt reports.\n\n"
        '"We have lost 3,000 sailors," he said.'
    )
    assert _row(text, 3_000)["claimant"] == "he (President Ola Berg)"


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("U.S.-based shipowners announced 1,074 job cuts in October, Fjord Partners said.", 1_074,
         "U.S.-based shipowners"),
        ('"Sales fell 27 percent," said NAR chief economist Lars Yunsen.', 27,
         "NAR chief economist Lars Yunsen"),
    ],
)  # fmt: skip
def test_names_from_set_31(text: str, number: int, claimant: str) -> None:
    assert _row(text, number)["claimant"] == claimant


def test_unnamed_reports_are_no_surname_of_a_headline() -> None:
    text = (
        "Norway Reports on Ferry Withdrawal Due to Heavy Losses\n\n"
        "Reports indicate that the ferries pulled back after losing about 300 boats."
    )
    assert _row(text, 300)["claimant"] == "Reports"


def test_putting_a_plan_into_force_states_no_figure() -> None:
    text = "Norway has put into force at least 42 percent of its defence plan."
    assert _row(text, 42)["claimant"] is None


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("Organisers anticipate about 40,000 marchers on Saturday.", 40_000, "Organisers"),
        ("The union confederation is calling for a 6 percent rise in wages.", 6,
         "The union confederation"),
        ("The union calls for a 6 percent rise in wages.", 6, "The union"),
        # a call that is no demand of a figure
        ("The ferry line calls 40 ferries back to port.", 40, None),
        ("Another British think tank, the Institute for Harbour Studies (IHS), estimates that "
         "40 boats will sink.", 40, "the Institute for Harbour Studies (IHS)"),
    ],
)  # fmt: skip
def test_expectations_demands_and_a_named_body_from_set_31(
    text: str, number: int, claimant: str | None
) -> None:
    assert _row(text, number)["claimant"] == claimant


def test_pointing_to_a_figure_states_it_but_points_on_a_scale_do_not() -> None:
    text = "Minister Ola Berg pointed to a fleet of 300 ferries and 40 tugs."
    assert _row(text, 40)["claimant"] == "Minister Ola Berg"
    rate = "The jobless rate increased by 0.1 percentage points to 6.4 percent."
    assert _row(rate, 6.4)["claimant"] is None


def test_another_time_after_an_expectation_is_the_record_not_the_expectation() -> None:
    text = (
        "The ferry price index rose 0.4% in March, the bureau said.\n\n"
        "Economists had anticipated a monthly rise of 0.3% for the index. In February the "
        "index rose 3.2% on the year."
    )
    assert _row(text, 0.3)["claimant"] == "Economists"
    assert _row(text, 3.2)["claimant"] is None


def test_a_time_is_no_subject_of_a_participle() -> None:
    text = (
        "Employers cut 71,321 jobs in November, Challenger said. It is only the sixth time since "
        "1993 that announced job cuts through November have surpassed 1.1 million."
    )
    assert _row(text, 1_100_000)["claimant"] != "the sixth time"


def test_official_statistics_go_on_into_the_next_paragraph_past_a_compared_year() -> None:
    text = (
        "Timber exports from the province fell again in the spring, with more than 9,000 "
        "loads held at the ports, the latest official forestry statistics show.\n\n"
        "There were 41,300 loads shipped in the quarter, down 4% on the year before.\n\n"
        "Mills outside the valley took 2,870 of them, a rise of more than 150% since the same "
        "quarter in 2015."
    )
    assert _row(text, 41_300)["claimant"] == "the latest official forestry statistics"
    assert _row(text, 2_870)["claimant"] == "the latest official forestry statistics"


def test_a_document_about_something_given_by_an_agent_is_the_agents() -> None:
    text = (
        "The yearly review of the region's dairy herds compiled by the Milk Board shows that "
        "in 2023 farmers kept just over 310,000 cows.\n\n"
        "In the hill districts, about 48,000 cows were milked."
    )
    assert _row(text, 310_000)["claimant"] == "the Milk Board"
    assert _row(text, 48_000)["claimant"] == "the Milk Board"


def test_a_reviser_with_an_adverb_and_a_long_forecast_noun_states_the_new_figure() -> None:
    text = (
        "The grain council raised sharply its national barley harvest forecast for 2025 to "
        "1 480 million bushels, up 35 million bushels from its spring outlook."
    )
    row = _row(text, 1_480_000_000)
    assert row["claimant"] == "The grain council"
    assert row["value_low"] == row["value_high"] == 1_480_000_000  # no range from the year


def test_the_releaser_named_again_keeps_its_release_going_on() -> None:
    text = (
        "Ferry travel grew safer last year, according to the Lakes Ferry Association's (LFA) "
        "annual safety report released on Monday.\n"
        "The association says some 4.5 million people crossed on 46,800 sailings.\n"
        "However, the year saw 12 deaths from three groundings.\n"
        "LFA says every other safety measure improved.\n"
        "The collision rate fell from 1.4 per 10,000 sailings to 1.1 in the year."
    )
    assert _row(text, 46_800)["claimant"] == ("The association (the Lakes Ferry Association (LFA))")
    assert _row(text, 12)["claimant"] == "The association (the Lakes Ferry Association (LFA))"
    assert _row(text, 1.1)["claimant"] == "LFA"


def test_a_named_bodys_figures_go_on_into_a_breakdown_but_not_past_its_quotation() -> None:
    text = (
        "OSLO, May 2 — Norway received 3.1 million foreign anglers from January to April, "
        "stated the Fjord Fisheries Directorate.\n\n"
        "Swedes made up the largest group, with 840,000, followed by Germans (610,000).\n\n"
        "“The directorate expects more than 4 million by the end of June,” it said in a "
        "statement.\n\n"
        "In the meantime, licence sales are expected to reach 90 million next year."
    )
    body = "the Fjord Fisheries Directorate"
    assert _row(text, 840_000)["claimant"] == body
    assert _row(text, 610_000)["claimant"] == body
    assert _row(text, 90_000_000)["claimant"] is None  # after the quotation: the page's


def test_a_role_without_its_article_is_an_aside_between_subject_and_verb() -> None:
    text = (
        "Fjordmedia, publisher of the Bergen Post and the Coast Herald, reported an advertising "
        "loss of 10.9%. The company said total revenues fell 6.8%."
    )
    assert _row(text, 10.9)["claimant"] == "Fjordmedia"
    assert _row(text, 6.8)["claimant"] == "The company (Fjordmedia)"


def test_a_recall_notice_published_by_a_body_is_the_bodys() -> None:
    text = (
        "The heater was sold in 40 shops, according to the March recall notice published by "
        "the Lakes Product Safety Board."
    )
    assert _row(text, 40)["claimant"] == "the Lakes Product Safety Board"


def test_a_dateline_and_an_acronym_before_two_predicates_and_the_datas_period() -> None:
    text = (
        "GENEVA: International Ferry Transport Association (IFTA) has released data for "
        "September 2024 and indicated 7.1% growth in total demand.\n\n"
        "Total capacity was up 5.8% year-on-year."
    )
    row = _row(text, 7.1)
    assert row["claimant"] == "International Ferry Transport Association (IFTA)"
    # "data for September 2024": the period the data cover, not the day of the statement
    assert row["stated_precision"] == "range", row
    assert _row(text, 5.8)["claimant"] == "International Ferry Transport Association (IFTA)"


def test_staff_at_a_body_in_a_place_are_the_claimant_and_no_release() -> None:
    text = (
        "Curators at the Fjord Museum of Natural History in Bergen announced 40 new moths on "
        "Tuesday.\n\n"
        "The new species include 12 beetles and 9 spiders."
    )
    assert _row(text, 40)["claimant"] == (
        "Curators at the Fjord Museum of Natural History in Bergen"
    )
    # people announcing their finds are no release the next paragraph breaks down
    assert _row(text, 12)["claimant"] is None


def test_two_named_bodies_joined_by_and_before_the_verb_are_one_claimant() -> None:
    text = (
        "The Lakes Statistics Office and the Department of Harbours and Ferries announced that "
        "crossings were 900,000 in July."
    )
    assert _row(text, 900_000)["claimant"] == (
        "The Lakes Statistics Office and the Department of Harbours and Ferries"
    )
    # people by their trade and a body are not one named body
    assert _row("Rescuers and the coast guard said 40 people died.", 40)["claimant"] == (
        "the coast guard"
    )


def test_a_bodys_descriptor_is_the_name_the_page_gave_it_before() -> None:
    text = (
        "Figures from the national Office of Harbour Statistics were published on Monday.\n\n"
        "Ferry crossings rose to 4,100 in March, according to the office.\n\n"
        "Norway's mountain rescue service was called out twice on Sunday. The rescue service "
        "said 14 hikers had been brought down."
    )
    assert _row(text, 4100)["claimant"] == "the office (Office of Harbour Statistics)"
    assert _row(text, 14)["claimant"] == ("The rescue service (Norway's mountain rescue service)")
    # the same descriptor again is the same body, not nested brackets
    again = text + " The office said 30 crossings were cancelled."
    assert _row(again, 30)["claimant"] == "The office (Office of Harbour Statistics)"
    # a bare head with no name before it stays as written
    assert _row("The rescue service said 14 hikers were found.", 14)["claimant"] == (
        "The rescue service"
    )


def test_an_index_named_after_a_firm_owns_no_figure() -> None:
    text = "The Standard & Poor's 500 Index dropped 18.44 points, or 1.81 percent, to 1,002.18."
    assert _row(text, 18.44)["claimant"] is None


def test_a_release_told_as_background_is_not_broken_down_below() -> None:
    background = (
        "Shares had risen in the morning after figures from the Harbour Statistics Office "
        "showed that ferry traffic grew by 6 percent in May.\n\n"
        "The port index slid 40 points, or 2.1 percent, to 1,180."
    )
    assert _row(background, 40)["claimant"] is None
    # the same release as the sentence's own statement goes on into the next paragraph
    release = (
        "Figures from the Harbour Statistics Office showed that ferry traffic grew by 6 "
        "percent in May.\n\n"
        "Crossings to the islands rose to 40,000."
    )
    assert _row(release, 40_000)["claimant"] == "the Harbour Statistics Office"


def test_one_of_a_kind_between_commas_is_an_apposition() -> None:
    text = (
        "Harbour Freight Ltd, one of the largest shippers in Norway, on Wednesday said profit "
        "rose 10 percent."
    )
    assert _row(text, 10)["claimant"] == "Harbour Freight Ltd"
    # a member of a group named before still speaks for it
    assert (
        _row("The two pilots, one of whom flew the route, said 40 flights were late.", 40)[
            "claimant"
        ]
        == "two pilots"
    )


def test_a_hyphenated_modifier_is_no_given_name() -> None:
    text = (
        "Tidewave says 40 million people use its app every month.\n\n"
        "It is also closing its podcast-style Tidewave Live service."
    )
    assert _row(text, 40_000_000)["claimant"] == "Tidewave"
    # a hyphenated given name still gives the full name
    named = "Jean-Pierre Moreau chairs the board.\n\nMoreau said 12 ships were late."
    assert _row(named, 12)["claimant"] == "Jean-Pierre Moreau"


def test_named_figures_after_a_days_possessive_state_them() -> None:
    text = "Today's Harbour Agency figures also show that ferry crossings rose by 4% to 21,000."
    assert _row(text, 21_000)["claimant"] == "Harbour Agency figures"
    dated = "Yesterday's Harbour Agency data showed that 4,000 ferries sailed."
    row = _row(dated, 4000)
    assert row["claimant"] == "Harbour Agency data"
    assert row["quote"].startswith("Yesterday's")


def test_a_partnership_named_with_a_comma_is_one_claimant() -> None:
    said = "Lund, Berg & Dahl said on Thursday that 7,500 job cuts were announced in May."
    assert _row(said, 7500)["claimant"] == "Lund, Berg & Dahl"
    after = "According to Lund, Berg & Dahl, 7,500 job cuts were announced in May."
    assert _row(after, 7500)["claimant"] == "Lund, Berg & Dahl"
    # a place before the comma is no partner
    placed = "In Bergen, Lund & Dahl said that 75 ships were late."
    assert _row(placed, 75)["claimant"] == "Lund & Dahl"


def test_numbers_released_by_a_body_and_its_occasion_before_the_verb() -> None:
    released = (
        "Ferry crossings rose to 4.1 million, according to numbers released by the Harbour "
        "Board on Monday."
    )
    assert _row(released, 4_100_000)["claimant"] == "the Harbour Board"
    occasion = "The fire service in an Aug. 24 briefing reported 120 fires burning."
    assert _row(occasion, 120)["claimant"] == "The fire service"
    statement = "The fire service in a statement on Monday said 120 fires were burning."
    assert _row(statement, 120)["claimant"] == "The fire service"


def test_data_and_indexes_named_with_their_maker() -> None:
    data = "New data from the Lakes Hotel Association found that 900 hotels have closed."
    assert _row(data, 900)["claimant"] == "the Lakes Hotel Association"
    commissioned = "A report for the Ferry Guild by Fjord Economics found that 40 routes closed."
    assert _row(commissioned, 40)["claimant"] == "Fjord Economics"
    index = "Rents fell 3 percent last month, according to the office rent index from Lundgren."
    assert _row(index, 3)["claimant"] == "Lundgren"
    yearbook = "According to the yearbook, the number of members rose to 1.3 million."
    assert _row(yearbook, 1_300_000)["claimant"] == "the yearbook"
    modified = "According to the annual church yearbook, the number of members rose to 1.3 million."
    assert _row(modified, 1_300_000)["claimant"] == "the annual church yearbook"
    # an index alone is no source: its move is the page's
    assert _row("The ferry index fell 3 percent on Monday.", 3)["claimant"] is None


def test_the_main_clause_going_on_after_a_closing_frame_is_the_same_statement() -> None:
    text = "Lund topped the ferry operators, the board said, carrying 23 percent of passengers."
    assert _row(text, 23)["claimant"] == "the board"
    total = "Crossings rose 12 percent, the board said, bringing the total to 4,000."
    assert _row(total, 4000)["claimant"] == "the board"


def test_respondents_who_said_are_no_party() -> None:
    poll = (
        "A Nordic Polls survey published on Monday reveals that most Norwegians sail.\n\n"
        "In 2024, 47% of Norwegians said they owned a boat, down from 50% in 2020."
    )
    assert _row(poll, 47)["claimant"] == "Nordic Polls"
    census = "People who said they had no boat increased by 12 percentage points."
    assert _row(census, 12)["claimant"] is None
    # a named party saying something is still a party
    assert _row("Norwegians said on Monday that 40 ferries were late.", 40)["claimant"] == (
        "Norwegians"
    )


def test_an_owners_share_is_measured_not_stated_by_it() -> None:
    text = "Lund had 14.6 percent of the market to Berg's 20.3 percent, the tracker firm said."
    assert _row(text, 20.3)["claimant"] == "the tracker firm"
    # an owner's estimate in percent stays its own
    owned = "Berg's 20 percent estimate was the highest."
    assert _row(owned, 20)["claimant"] == "Berg"


def test_the_day_a_documents_findings_came_out_dates_them() -> None:
    text = (
        "The harbour survey found that 47% of passengers were late.\n\n"
        "The findings were released on Wednesday."
    )
    row = _row(text, 47)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-05", "day")
    # two such sentences name no one day
    twice = text + "\n\nAn earlier report was published on Monday."
    assert _row(twice, 47)["stated_precision"] == "range"
    # a person's words are no document's
    said = "Ana Lund said 47% of passengers were late.\n\nThe findings were released on Wednesday."
    assert _row(said, 47)["stated_precision"] == "range"


def test_a_document_presented_on_a_day_in_a_relative_clause_is_dated_by_it() -> None:
    text = (
        "According to the yearbook, which was presented on Tuesday, the number of ferries "
        "rose to 1,300."
    )
    row = _row(text, 1300)
    assert (row["claimant"], row["stated_on"]) == ("the yearbook", "2025-03-04")


def test_a_documents_agent_before_its_topic_is_the_claimant() -> None:
    text = (
        "A review by the harbour board of the port's finances has revealed that 40 piers are "
        "unsafe."
    )
    assert _row(text, 40)["claimant"] == "the harbour board"


def test_a_change_of_another_thing_after_as_have_is_the_same_statement() -> None:
    text = "Ferry use fell from 27% to 22%, the board says, as have cabin sales (from 40% to 35%)."
    assert _row(text, 40)["claimant"] == "the board"
    forward = "The board says ferry use fell to 22%, as have cabin sales (to 35%)."
    assert _row(forward, 35)["claimant"] == "The board"


def test_a_manager_is_a_role() -> None:
    text = "Territory manager for Ferry Services in Bergen, Kari Dahl, said 300 sailings ran."
    assert _row(text, 300)["claimant"] == (
        "Territory manager for Ferry Services in Bergen, Kari Dahl"
    )


def test_figures_put_out_on_a_day_by_their_agent_are_dated_that_day() -> None:
    text = "Ferry jobs fell by 4 percent, according to figures published on Tuesday by the union."
    row = _row(text, 4)
    assert (row["claimant"], row["stated_on"]) == ("the union", "2025-03-04")


def _with_values(text: str, published: date) -> list[dict[str, Any]]:
    """The candidates of ``text`` that carry a value."""
    return [r for r in propose(text, published)["candidates"] if r["value"]]


def _by_value(text: str, published: date) -> dict[Any, dict[str, Any]]:
    """The candidates of ``text`` that carry a value, by their value."""
    return {r["value"]: r for r in _with_values(text, published)}


def test_a_sentence_telling_of_a_later_date_does_not_go_on_with_an_older_statement() -> None:
    text = (
        "In March 2023, the port board said that 300 berths had been rebuilt. "
        "And on June 11, 2024, it became known that 900 berths had been rebuilt."
    )
    rows = _with_values(text, date(2024, 11, 8))
    assert [(r["value"], r["claimant"]) for r in rows] == [
        (300, "the port board"), (900, None)
    ]  # fmt: skip
    # a later day inside the speaker's own quotation, or a deadline, still goes on
    text = (
        "In March 2023, the port board said that 300 berths had been rebuilt. "
        "It also said that 600 more would be rebuilt by June 2024."
    )
    rows = _with_values(text, date(2024, 11, 8))
    assert [r["claimant"] for r in rows] == ["the port board", "It (the port board)"]


def test_during_which_a_body_reported_is_that_bodys_statement() -> None:
    text = "A storm hit the coast, during which the harbour board reported 40 boats sunk."
    rows = _with_values(text, date(2024, 11, 8))
    assert [r["claimant"] for r in rows] == ["the harbour board"]


def test_a_relay_dated_before_citing_a_document_gives_the_document() -> None:
    text = (
        "About 40 ferries were laid up, the Harbour Herald reported on Aug. 27, citing a "
        "Nordic harbour safety report."
    )
    rows = _with_values(text, date(2024, 8, 30))
    assert [(r["claimant"], r["stated_on"]) for r in rows] == [
        ("a Nordic harbour safety report", "2024-08-27")
    ]


def test_a_source_line_citing_a_person_gives_that_person() -> None:
    text = (
        "By May the harbour will have rebuilt about 40 piers.\n\n"
        "Source: Coast Courier, citing Ana Ruiz, the spokesperson for the port board\n\n"
        '"By the end of May it will be around 40 piers," Ruiz said on Monday.\n'
    )
    rows = _with_values(text, date(2024, 3, 19))
    assert {r["claimant"] for r in rows} == {"Ana Ruiz"}


def test_a_release_goes_on_through_figures_written_in_words() -> None:
    text = (
        "Thirty ferries were damaged by the storm, the Coastal Safety Council said on "
        "Saturday.\n\n"
        "In its latest data, the council said 12 of them were in the north.\n\n"
        "Meanwhile, six crew members were reported missing in the south.\n\n"
        "Some 4,200 passengers were stranded in 19 ports.\n"
    )
    rows = _with_values(text, date(2024, 9, 21))
    assert [r["claimant"] for r in rows[-3:]] == ["the council (the Coastal Safety Council)"] * 3


def test_a_body_named_by_its_acronym_or_its_data_is_one_party() -> None:
    from timeline.curation.attribution import Claimant
    from timeline.curation.resolution import _same_party

    # a two-letter acronym too ("FE", Denmark's Defence Intelligence Service)
    full = [Claimant("the Fjord Executive (FX)")]
    assert _same_party([Claimant("FX")], full, strict=True)
    assert _same_party([Claimant("the FX figures")], full, strict=True)
    assert not _same_party([Claimant("the FY figures")], full, strict=True)


def test_a_timeline_bullet_without_a_source_is_the_pages() -> None:
    text = (
        "How the count rose\n"
        "- Early on Saturday, the coast guard reported that 29 boats had sunk.\n"
        "- Local radio announced later on Saturday that 63 boats had sunk.\n"
        "- The count rose to 82 shortly after midday.\n"
    )
    rows = _with_values(text, date(2023, 9, 10))
    assert [r["claimant"] for r in rows] == ["the coast guard", "Local radio", None]
    # one source's findings, bullet after bullet, stay its own
    text = (
        "The harbour report's main findings:\n"
        "- 466 boats were damaged.\n"
        "- 33 of them were ferries, the report said.\n"
        "- The number of piers repaired was 6,390.\n"
    )
    rows = _with_values(text, date(2023, 9, 10))
    assert rows[-1]["claimant"] is not None


def test_an_unnamed_spokesperson_or_document_of_a_body_is_the_bodys() -> None:
    text = (
        "A Norwegian Coastal Administration spokeswoman said on Wednesday that 14 lighthouses "
        "were dark.\n\n"
        "A spokesman for Finland's finance ministry said 300 firms had asked for relief.\n\n"
        "A Finnish finance ministry assessment put the shortfall at 40 firms.\n\n"
        "A harbour pilot said 12 tugs were idle.\n"
    )
    rows = {r["value"]: r for r in propose(text, PUB, actors=ACTORS)["candidates"]}
    assert rows[14]["claimant_id"] == "nor-coast"
    assert rows[300]["claimant_id"] == "fin-mof"
    assert rows[40]["claimant_id"] == "fin-mof"
    # one unnamed person of no body's: no actor of their own
    assert rows[12]["claimant_id"] is None


def test_a_figure_set_beside_the_new_one_is_not_the_new_ones_occasion() -> None:
    text = (
        "A Norwegian Coastal Administration spokeswoman said on Wednesday that 14 lighthouses "
        "were dark, up from the agency's count of 9 a week earlier.\n"
    )
    rows = {r["value"]: r for r in propose(text, PUB, actors=ACTORS)["candidates"]}
    assert rows[14]["stated_on"] == "2025-03-05"
    assert rows[9]["claimant_id"] == "nor-coast"
    assert (rows[9]["stated_on"], rows[9]["stated_precision"]) != ("2025-03-05", "day")


def test_a_document_of_a_party_not_told_of_before_is_another_occasion() -> None:
    text = (
        "The Norwegian Coastal Administration said on Wednesday that 14 lighthouses were "
        "dark.\n\n"
        "About 30 buoys had drifted, according to a Norwegian Coastal Administration "
        "assessment shared with the Fjord Post.\n"
    )
    rows = {r["value"]: r for r in propose(text, PUB, actors=ACTORS)["candidates"]}
    assert rows[30]["claimant_id"] == "nor-coast"
    assert rows[30]["stated_on"] is None


def test_a_body_placed_after_in_or_to_keeps_the_places_article() -> None:
    text = (
        "The embassy in The Hague said 12 letters had arrived.\n\n"
        "Finland's delegation to the Nordic Council on Fisheries last week put the number of "
        "seized trawlers at 40.\n\n"
        "Officials in the Faroe Islands said 7 boats were missing.\n"
    )
    rows = {r["value"]: r for r in propose(text, PUB)["candidates"]}
    assert rows[12]["claimant"] == "The embassy in The Hague"
    assert rows[40]["claimant"] == "Finland's delegation to the Nordic Council on Fisheries"
    assert rows[7]["claimant"] == "Officials in the Faroe Islands"


def test_a_bare_report_is_the_occasion_told_of_just_before() -> None:
    text = (
        "The Coastal Safety Council reported on July 28 that 40 boats had sunk.\n\n"
        "This number includes 4 ferries.\n\n"
        "According to the report, 12 piers and 3 cranes were also damaged.\n"
    )
    rows = _by_value(text, date(2024, 7, 30))
    for value in (12, 3):
        assert rows[value]["claimant"] == "the report (The Coastal Safety Council)"
        assert rows[value]["stated_on"] == "2024-07-28"
    # a document named as the speaker just before stays the document
    text = (
        "The council's latest survey indicates that 40 boats were lost.\n\n"
        "The port handled some 1,800 boats in July alone, the survey stated.\n"
    )
    rows = _by_value(text, date(2024, 7, 30))
    assert "Coastal Safety Council" not in rows[1800]["claimant"]


def test_a_descriptor_of_another_kind_of_body_is_not_the_last_speaker() -> None:
    text = (
        "The navy said it had recovered 40 life rafts.\n\n"
        "The ministry said 12 ships were lost.\n\n"
        "The Coastal Ministry of Norway said 9 ports were shut.\n\n"
        "The ministry said 3 more were damaged.\n"
    )
    rows = _by_value(text, date(2024, 7, 30))
    assert rows[12]["claimant"] == "The ministry"
    assert rows[3]["claimant"] == "The ministry (The Coastal Ministry of Norway)"


def test_a_capitalised_descriptor_finds_the_body_named_with_its_seat() -> None:
    text = (
        "At least 270 people have died since the storm began, the Regional Health Office in "
        "Bergen said Sunday.\n\n"
        "The Office said 35 people were hurt in the past 24 hours.\n"
    )
    rows = _by_value(text, date(2023, 10, 15))
    assert rows[35]["claimant"] == "The Office (the Regional Health Office in Bergen)"


def test_declaring_war_or_an_emergency_states_no_figure() -> None:
    text = (
        "At least 270 people have died since Norway declared war on the storm, the health "
        "office said Sunday—more than half of those killed (52%) were children.\n\n"
        "The king declared a state of emergency in 12 counties.\n"
    )
    rows = _by_value(text, date(2023, 10, 15))
    assert rows[52]["claimant"] == "the health office"
    assert rows[12]["claimant"] is None


def test_a_paragraph_of_speech_closed_by_a_dash_and_its_speaker_is_the_speakers() -> None:
    text = (
        "The storm has cost Norway up to 350 boats, the minister Ola Berg said in an interview, "
        "NRK reports.\n\n"
        "As you can see, the storms are not easing. We see 120 boats that came from the north. "
        "40 of them sank. The fleet has suffered great losses - Berg said.\n\n"
        "Some 30 boats were repaired in May.\n"
    )
    rows = _by_value(text, date(2025, 1, 9))
    assert rows[120]["claimant"] == rows[40]["claimant"] == "Berg (the minister Ola Berg)"
    # the next paragraph is the page's again
    assert rows[30]["claimant"] is None


def test_a_broadcast_source_tag_gives_the_sentence_before_and_the_figures_after_it() -> None:
    text = (
        "A new monitoring team has released its first report.\n\n"
        "Norway has sent Iceland enough ferries for three ports.\n\n"
        "This, from the first report by the Nordic Harbour Monitoring Team, released on "
        "Thursday.\n\n"
        "Norway has supplied over 20,000 containers of fish since September.\n"
    )
    rows = _by_value(text, date(2025, 5, 30))
    source = "the first report by the Nordic Harbour Monitoring Team"
    assert (rows[3]["claimant"], rows[3]["stated_on"]) == (source, "2025-05-29")
    assert rows[20000]["claimant"] == source


def test_the_statement_or_survey_named_again_is_its_partys() -> None:
    text = (
        "Storm losses in the region have reached 620 boats.\n\n"
        "The Coastal Staff said this in a post on Facebook, according to the Fjord Times.\n\n"
        '"Since August 6, losses have amounted to 620 boats, including 252 trawlers," the '
        "statement reads.\n\n"
        "The Oslo Institute said its survey found 40 percent of firms were hit. According to "
        "the survey, 11 percent had closed.\n"
    )
    rows = _by_value(text, date(2025, 4, 26))
    assert rows[252]["claimant"] == "the statement (The Coastal Staff)"
    assert rows[11]["claimant"] == "the survey (The Oslo Institute)"


def test_a_lede_speaker_named_by_role_is_the_person_the_next_paragraph_names() -> None:
    text = (
        "At least 100 sailors were killed in the storm, a Norwegian lawmaker said on "
        "Wednesday.\n\n"
        "Lars Holm, who sits on the fisheries committee, said 40 more were missing.\n\n"
        "About 30 boats sank, a senior fisheries official said on Wednesday.\n\n"
        "Fisheries spokesman Per Dahl said 12 crews were rescued.\n"
    )
    rows = _by_value(text, date(2024, 12, 19))
    assert rows[100]["claimant"] == "a Norwegian lawmaker (Lars Holm)"
    assert rows[40]["stated_on"] == "2024-12-18"
    # an official unnamed in the lede is not taken for the spokesman named after
    assert rows[30]["claimant"] == "a senior fisheries official"


@pytest.mark.parametrize(
    ("text", "value", "claimant"),
    [
        # "'s" may be "has"; an adverb after a participle is no noun
        ("He's said repeatedly that 3,000 boats sank.", 3000, "He's"),
        # declaring as saying: the act's noun, then a verb
        ("The mayor declared the storm had cost the town 500 boats.", 500, "The mayor"),
        # a second clause after the relayed speaker's participle clause is the outlet's
        ("The port lost 40 boats, the harbour board said on Monday, citing radar data, and 12 "
         "more boats sank on Tuesday, the Fjord Times reported.", 12, "the Fjord Times"),
        # a body's evidence is the body's
        ("The council said that ministry data showed 40 boats sank.", 40, "ministry data"),
        # a date opening the sentence is no owner of the document
        ("In March the mayor's statement said 40 boats sank.", 40, "the mayor's statement"),
    ],
)  # fmt: skip
def test_the_stops_new_rules_do_not_misfire(text: str, value: int, claimant: str) -> None:
    rows = _by_value(text, date(2024, 11, 5))
    assert rows[value]["claimant"] == claimant


def test_a_tag_without_a_source_and_a_time_into_something_are_no_source_or_rate() -> None:
    text = (
        "The port will have rebuilt 40 piers by May. That is according to plan.\n\n"
        "Some 300 sailors were hurt a week into the storm, the harbour board said.\n"
    )
    rows = _by_value(text, date(2024, 11, 5))
    assert rows[40]["claimant"] != "plan"
    assert rows[300]["unit"] == "sailors"


def test_a_descriptor_of_another_kind_of_body_reads_the_name_s_head() -> None:
    text = (
        "The Russian Ministry of Defence said 40 boats were lost.\n\n"
        "The navy said 12 more were hit.\n"
    )
    rows = _by_value(text, date(2024, 11, 5))
    assert rows[12]["claimant"] == "The navy"


def test_a_paragraph_closed_by_its_source_without_its_stop_is_body_text() -> None:
    text = (
        "Ferries at Bergen\n\n"
        "The number of ferries reaching Bergen this year reached 181, a Fisheries Ministry "
        "official said Tuesday\n\n"
        "Of the total, 76 arrived in May, the official said.\n"
    )
    rows = _by_value(text, date(2024, 10, 22))
    assert rows[76]["claimant"] == "the official (a Fisheries Ministry official)"
    assert rows[76]["stated_on"] == "2024-10-22"


def test_a_day_opening_the_sentence_before_is_no_person_for_he() -> None:
    text = (
        "On Wednesday, the Commander-in-Chief of Norway’s Armed Forces, General Ola Berg, said "
        "his crews had rescued 22 sailors over the past day.\n\n"
        "Moreover, search operations were conducted in 40 areas, he said.\n"
    )
    rows = _by_value(text, date(2024, 10, 22))
    assert "On Wednesday" not in rows[40]["claimant"]
    assert "Ola Berg" in rows[40]["claimant"]


def test_a_figure_s_maker_after_according_to_forecasts_by() -> None:
    text = (
        "According to forecasts by Harbour Institute analysts, if the storms go on, all 400 "
        "boats in the bay could be lost.\n"
    )
    assert "Harbour Institute" in _by_value(text, PUB)[400]["claimant"]


def test_a_single_quoted_quotation_closed_by_a_reporter_s_name() -> None:
    text = (
        "'That is a very high figure, with about 900 boats still at sea,' said Channel Nine "
        "fisheries correspondent, Ana Berg.\n"
    )
    assert "Ana Berg" in _by_value(text, PUB)[900]["claimant"]


def test_the_statement_a_correspondent_cites_is_its_owner_s() -> None:
    text = (
        "Boats have returned to the northern banks, the Norwegian Coastal Administration has "
        "reported.\n\n"
        "A Fjord Wire correspondent reports this, citing the Norwegian Coastal Administration's "
        "statement on its website.\n\n"
        '"At least 140 boats have been moved back to the banks since February," the statement '
        "reads.\n"
    )
    assert _row(text, 140)["claimant_id"] == "nor-coast"
    assert "Coastal Administration" in _by_value(text, PUB)[140]["claimant"]  # no list at all


def test_imagery_from_a_period_is_no_source_and_after_according_to_is_its_party_s() -> None:
    text = (
        "According to the Harbour Herald, satellite imagery from March to May 2024 showed 40 "
        "trawlers at the pier.\n"
    )
    row = _by_value(text, PUB)[40]
    assert row["claimant"] == "the Harbour Herald"
    assert row["stated_on"] is None  # the months are when the pictures were taken


def test_a_with_clause_after_a_closing_briefing_goes_on_with_its_figures() -> None:
    text = (
        "Norway moved another 150 boats north, its coastal agency told lawmakers Wednesday, "
        "with around 1,000 boats in all expected there by December.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[1000]["claimant"] == rows[150]["claimant"]
    assert rows[1000]["stated_on"] == "2025-03-05"


def test_a_transcript_turn_label_in_brackets_runs_to_the_next_label() -> None:
    text = (
        "[Anchor]\nThe harbour committee met this morning.\n"
        "[Ola Berg / chair of the harbour committee]\n"
        "First of all, more than 140 trawlers are believed to have left the bay.\n"
        "About 30 more may follow, the coastal agency said.\n"
        "I expect 12 to return.\n"
        "[Reporter]\nSome 50 boats stayed in port.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[140]["claimant"] == rows[12]["claimant"] == "Ola Berg"
    assert rows[30]["claimant"] == "the coastal agency"  # its own attribution
    assert rows[50]["claimant"] is None  # the broadcaster's own voice


def test_a_speaker_in_a_transcript_turn_saying_i_or_we_is_the_speaker() -> None:
    text = (
        "[Anchor]\nThe harbour committee met this morning.\n"
        "[Ola Berg / chair of the harbour committee]\n"
        "I estimate 12 trawlers will return. We believe 13 more are lost.\n"
        "[Reporter]\nSome 50 boats stayed in port.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[12]["claimant"] == rows[13]["claimant"] == "Ola Berg"
    assert rows[50]["claimant"] is None  # nothing carries over the broadcaster's label


def test_a_transcript_in_capitals_gives_each_turn_to_its_speaker() -> None:
    text = (
        "HOST: The harbour committee met this morning.\n\n"
        "OLA BERG, COMMITTEE CHAIR: More than 140 trawlers are believed to have left the bay.\n\n"
        "About 30 more may follow.\n\n"
        "HOST: And how many came back?\n\n"
        "ANA LUND, HARBOUR MASTER: Only 12 have returned.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[140]["claimant"] == rows[30]["claimant"] == "Ola Berg"
    assert rows[12]["claimant"] == "Ana Lund"


def test_a_source_in_capitals_over_a_report_is_no_transcript() -> None:
    text = (
        "COAST GUARD: 140 trawlers have left the bay\n\n"
        "The coast guard said on Friday that 140 trawlers had left the bay.\n\n"
        "ALSO READ: 30 boats lost in the storm\n"
    )
    assert _by_value(text, PUB)[140]["claimant"] != "Coast Guard"


def test_a_stop_glued_to_the_next_sentence_after_a_year_ends_it() -> None:
    text = (
        "The board also said 40 boats had sunk since March 2023.It added that as many as 12 "
        "more were lost in 2024.Eleven towns set up a fund for the crews.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[12]["quote"].startswith("It added")
    assert "Eleven towns" not in rows[12]["quote"]


def test_a_participle_phrase_describes_its_subject_not_names_it() -> None:
    text = (
        "Researchers surveying the wreck said 40 containers were still in the hold.\n\n"
        "A volunteer team monitoring the coastline has reported that 12 seals were found.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[40]["claimant"] == "Researchers"
    assert rows[12]["claimant"] == "A volunteer team"


def test_a_document_s_issuer_with_a_describing_phrase_and_an_auxiliary() -> None:
    text = (
        "A volunteer team monitoring the coastline of western Norway has issued its first "
        "report.\n\nThe report said 40 seals had been found.\n"
    )
    claimant = _by_value(text, PUB)[40]["claimant"]
    assert "A volunteer team monitoring the coastline" in claimant
    assert " has" not in claimant


def test_a_verb_of_describing_with_as_states_what_follows() -> None:
    text = (
        "The harbour master characterized the effort as a joint rescue, involving the "
        "deployment of 40 boats and 12 divers.\n\n"
        "Crews worked in teams of 20 to 30 men, an approach one skipper described to the "
        "radio as reckless.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[40]["claimant"] == rows[12]["claimant"] == "The harbour master"
    claimants = {r["claimant"] for r in propose(text, PUB)["candidates"]}
    assert "an approach one skipper" not in claimants


def test_a_part_of_an_outlet_is_named_with_the_outlet() -> None:
    text = '"Around 140 boats were lost," reported the Norwegian section of the Fjord Wire.\n'
    row = _by_value(text, PUB)[140]
    assert row["claimant"] == "the Norwegian section of the Fjord Wire"
    assert row["claimant_id"] is None


def test_according_to_inside_a_relative_clause_covers_that_clause_only() -> None:
    text = (
        "Berg also said the fleet had lost 40 boats. This figure is about 4% of the fleet, "
        "which, according to the harbour board, grew by 3% last year.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[4]["claimant"] == "Berg"
    assert rows[3]["claimant"] == "the harbour board"


def test_came_with_officials_confirming_names_them() -> None:
    text = (
        "The closure came with Norwegian and Danish officials confirming that some 140 "
        "trawlers had been ordered home.\n"
    )
    assert _by_value(text, PUB)[140]["claimant"] == "Norwegian and Danish officials"


def test_a_weekday_set_off_by_commas_after_said_dates_it() -> None:
    text = (
        "The coastal agency said, Wednesday, that 140 trawlers had left.\n\n"
        "About 30 were lost at sea, the agency said, Thursday.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[140]["stated_on"] == "2025-03-05"
    assert rows[30]["stated_on"] == "2025-03-06"


def test_a_hedge_before_an_opening_quotation_mark_qualifies_the_figure() -> None:
    text = "Losses include approximately '270 injured', the harbour master said.\n"
    assert _by_value(text, PUB)[270]["qualifier"] == "about"


def test_an_outlet_s_investigation_found_is_its_finding() -> None:
    text = "A Harbour Herald investigation has found that 40 trawlers carried no insurance.\n"
    assert _by_value(text, PUB)[40]["claimant"] == "A Harbour Herald investigation"


def test_the_president_after_a_named_president_is_that_president() -> None:
    actors = [
        {"actor_id": "nor-pm", "name": "Ola Berg", "kind": "person", "country": "NOR",
         "description": "Norway's prime minister", "aliases": "Norwegian prime minister Ola Berg"},
        {"actor_id": "fin-pm", "name": "Ari Lahti", "kind": "person", "country": "FIN",
         "description": "Finland's prime minister", "aliases": "Finnish prime minister"},
    ]  # fmt: skip
    text = (
        "Prime Minister Ola Berg said on Monday that 40 trawlers had sunk.\n\n"
        '"We count 140 boats missing," the prime minister said.\n'
    )
    rows = {r["value"]: r for r in propose(text, PUB, actors=actors)["candidates"]}
    assert rows[140]["claimant_id"] == "nor-pm"


@pytest.mark.parametrize("opening", ["On Feb. 3,", "On February 3,", "On 3 February,"])
def test_a_day_of_a_month_opening_the_sentence_is_no_figure_the_frame_closes(
    opening: str,
) -> None:
    # (a figure in words after the verb: no digit tells the tail from circumstances)
    text = f"{opening} the harbour master said nine trawlers had sunk.\n"
    row = _by_value(text, date(2025, 2, 7))[9]
    assert row["claimant"] == "the harbour master"
    assert row["stated_on"] == "2025-02-03"


def test_a_figure_in_words_after_the_verb_is_what_the_frame_introduces() -> None:
    text = (
        "As the storm hit the coast, the harbour master said nine trawlers had sunk.\n\n"
        "Another 30 are missing, the harbour master told reporters on Friday after a briefing "
        "that ran for nearly three hours.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[9]["claimant"] == "the harbour master"
    assert rows[30]["claimant"] == "the harbour master"


def test_a_report_by_a_list_of_parties_is_theirs_and_not_dated_by_the_dateline() -> None:
    text = (
        "BERGEN, March 5 (FW) -- Storms have sunk more boats than ever, Norway, Denmark and "
        "five other allies said in a new report.\n\n"
        "Some 140 trawlers were lost in 2024, the report said.\n"
    )
    row = _by_value(text, date(2025, 3, 7))[140]
    assert "Norway, Denmark and five other allies" in row["claimant"]
    assert row["stated_on"] != "2025-03-05"  # the dispatch's day, not the report's


def test_pictures_put_out_comments_by_and_an_intercepted_recording() -> None:
    text = (
        "State TV later aired footage showing 40 trawlers leaving the port.\n\n"
        "The Harbour Institute has released satellite images showing at least 12 tankers.\n\n"
        "The figure echoed comments by Norwegian and Danish officials that about 140 boats "
        "had sunk.\n\n"
        '"We had about 30 of them on one pier," says an intercepted conversation of a skipper.\n'
        "On Saturday the port showed reporters footage showing 9 boats.\n\n"
        "A harbour blog, FjordWatch, published videos and photos showing at least 7 wrecks.\n"
        "The port authority aired footage showing 16 rafts.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[7]["claimant"] == "FjordWatch"  # the name after its description
    assert rows[16]["claimant"] == "The port authority"  # a body named by its noun
    assert rows[40]["claimant"] == "State TV"
    assert rows[12]["claimant"] == "The Harbour Institute"
    assert rows[140]["claimant"] == "Norwegian and Danish officials"
    assert rows[30]["claimant"].startswith("an intercepted conversation")
    assert rows[9]["claimant"] != "Saturday"


def test_saying_in_a_second_predicate_an_opening_participle_and_made_public() -> None:
    text = (
        "The Harbour Institute has been tracking these landings and has calculated that "
        "over 140 trawlers unloaded since March.\n\n"
        "Noting that the catch is presumed to be nearly 30 percent larger than last year's, "
        "Berg said prices would fall.\n\n"
        "In May, the coastal agency made public its assessment that some 40 boats had sunk.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[140]["claimant"] == "The Harbour Institute"
    assert rows[30]["claimant"] == "Berg"
    assert "the coastal agency" in rows[40]["claimant"]


def test_a_relative_clause_s_own_speaker_of_the_figure() -> None:
    text = (
        "The Harbour Institute said the fleet was losing boats every week, which Berg stated "
        "was 140.\n"
    )
    assert _by_value(text, PUB)[140]["claimant"] == "Berg"


def test_pictures_shared_with_an_outlet_are_not_the_outlet_s_words() -> None:
    text = (
        "Satellite images shared with the Fjord Wire reveal that 43 tankers docked.\n\n"
        "A memo sent to lawmakers said 12 of them were Russian.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[43]["claimant"] is None  # the page's own evidence, not the outlet's words
    assert rows[12]["claimant"].startswith("A memo")  # not "lawmakers"


def test_states_and_governments_speak_as_other_bodies_do() -> None:
    text = (
        "Storms sank 40 boats this winter, several coastal states said.\n\n"
        "Some 12 crews are still missing, Western governments said.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[40]["claimant"] == "several coastal states"
    assert rows[12]["claimant"] == "Western governments"


def test_a_report_from_a_body_with_its_day_before_stating_that() -> None:
    text = (
        "The figure follows a report from the coastal agency last week, stating that over 140 "
        "trawlers had sunk.\n"
    )
    assert _by_value(text, PUB)[140]["claimant"] == "the coastal agency"


def test_a_closing_based_on_a_named_source() -> None:
    text = (
        "The fleet has lost 40 trawlers since March, based on Berg.\n\n"
        "Prices rose 5 percent, based on March figures.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[40]["claimant"] == "Berg"
    assert rows[5]["claimant"] is None


def test_who_used_evidence_to_show_a_figure() -> None:
    text = (
        "The Harbour Institute used satellite imagery to identify at least 64 trawlers in the "
        "bay.\n\nVolunteers used boats to rescue 40 people.\n"
    )
    rows = _by_value(text, PUB)
    assert rows[64]["claimant"] == "The Harbour Institute"
    assert rows[40]["claimant"] is None  # an act, not a finding


def test_the_claim_was_made_by_names_the_sentence_before() -> None:
    text = "The storm sank 40 trawlers. The claim was made by Admiral Ola Berg.\n"
    assert _by_value(text, PUB)[40]["claimant"] == "Admiral Ola Berg"


@pytest.mark.parametrize(
    "opening", ["A third of these", "About one-third of them", "Nearly half of those"]
)
def test_a_share_of_the_figure_before_carries_on_its_statement(opening: str) -> None:
    text = (
        "The coastal agency said on Tuesday that 400 trawlers had sunk this winter. "
        f"{opening} trawlers were from Bergen.\n"
    )
    rows = [r for r in propose(text, PUB)["candidates"] if r["unit"] == "percent"]
    assert [r["claimant"] for r in rows] == ["The coastal agency"]


@pytest.mark.parametrize(
    ("reviser", "revision"),
    [
        # a reviser named in capitals, and one in lower case revising "its" own figure
        ("the Fjord Rescue Service", "increased its estimated losses to 1,400 last month"),
        ("the rescue service", "raised its estimate to 1,400 last month"),
    ],
)
def test_a_second_clause_revising_its_own_figure_is_the_revisers(
    reviser: str, revision: str
) -> None:
    """ "X said in January that …, and Y increased its estimated losses to 1,400 last month":
    the second clause has a subject of its own, which states the revised figure, dated by its
    own date words (a figure with a thousands comma included)."""
    text = (
        "Storm season\n\n"
        f"The harbour board said in January that 600 boats sank, and {reviser} {revision}.\n"
    )
    assert _row(text, 600)["claimant"] == "The harbour board"
    row = _row(text, 1400)
    assert row["claimant"] == reviser
    assert (row["stated_on"], row["stated_end"]) == ("2025-02-01", "2025-02-28")


def test_an_estimated_noun_after_the_revising_verb_is_the_unit() -> None:
    row = _row("Storm season\n\nThe board raised its estimated losses to 1,400 on Monday.\n", 1400)
    assert row["unit"] == "losses"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


def test_an_occasion_after_the_estimate_dates_it_but_not_another_partys_present_view() -> None:
    """ "X has said some 400 …. Sources say …. X came out with this estimate on Monday, while
    the union says 600 …": the occasion dates X's undated estimate two sentences back; the
    union's present-tense view in the clause after "while" is not of that day."""
    text = (
        "Fleet watch\n\n"
        "Norway's coastal agency has said some 400 trawlers are idle in the northern ports. "
        "Skippers say the fuel is too dear.\n\n"
        "The agency came out with this estimate on Monday, while the Fishermen's Union says "
        "600 trawlers have stopped work across four ports.\n"
    )
    row = _row(text, 400)
    assert row["claimant_id"] == "nor-coast"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")
    union = _row(text, 600)
    assert union["claimant"] == "the Fishermen's Union"
    assert union["stated_on"] is None and union["stated_end"] == "2025-03-07"


def test_an_update_on_a_happening_is_no_dated_occasion() -> None:
    """ "The agency gave an update on the storm attack on Friday. About 300 boats sank, the
    agency told reporters.": Friday is the attack's, so the later words stay undated."""
    text = (
        "Storm season\n\n"
        "Norway's coastal agency gave an update on the storm attack on Friday.\n\n"
        "About 300 boats sank, the agency told reporters.\n"
    )
    row = _row(text, 300)
    assert row["claimant_id"] == "nor-coast"
    assert row["stated_on"] is None


@pytest.mark.parametrize(
    ("text", "number", "source"),
    [
        # a relay citing a source's data, a country's body by its descriptor
        ("Last year 13,221 anglers came, Radio Nord recently reported, citing data from "
         "Norway's national statistics service.", 13221, "Norway's national statistics service"),
        # "This is reported by X with reference to Y": the body of another that Y names
        ("Almost 1,500 tourists visited the islands in 2024. This is reported by the Nordic "
         "news agency with reference to the press service of the government of the Arctic "
         "region.", 1500, "the press service of the government of the Arctic region"),
        # "X reports this with reference to" a descriptor and its name
        ("Since March the islands have received over 900 tankers. The Courier reports this with "
         "reference to the British research centre Open Harbour.", 900,
         "the British research centre Open Harbour"),
        # a body named by its noun
        ("About 300 trawlers were lost, the Courier reported, citing the coastguard.", 300,
         "the coastguard"),
    ],
)  # fmt: skip
def test_a_relay_citing_its_source_after_the_verb_gives_the_source(
    text: str, number: int, source: str
) -> None:
    assert _row(f"Fleet news\n\n{text}\n", number)["claimant"] == source


def test_a_quoted_speaker_named_by_noun_and_place_keeps_the_quote_over_a_long_relay() -> None:
    """'“… 100 … Today there are 120,” a nurse at a Bergen hospital told her husband, a
    sailor, in the call, the Courier reported Wednesday.': the nurse said it; the outlet only
    relays it, and its day (the only one given) dates it."""
    text = (
        "Harbour news\n\n"
        "“Yesterday a ferry brought about 100 injured people. Today there are 120,” a nurse at "
        "a Bergen hospital told her husband, a sailor, in the call, the Courier reported "
        "Wednesday.\n"
    )
    for number in (100, 120):
        row = _row(text, number)
        assert row["claimant"] == "a nurse at a Bergen hospital"
        assert row["stated_on"] == "2025-03-05"


def test_a_phrase_opening_the_sentence_is_no_author_of_the_document() -> None:
    text = (
        "Harbour news\n\n"
        "In seven months of its launch, the panel has issued its first report on the trade.\n\n"
        "The report confirms that at least 40 patrol boats were sent. It also says 30 trawlers "
        "were seized.\n"
    )
    assert _row(text, 40)["claimant"] == "The report (the panel)"
    assert _row(text, 30)["claimant"] == "It (the panel)"


def test_a_lede_in_the_page_s_voice_restates_the_statement_that_follows() -> None:
    """The page's own first sentence gives figures that the statement after it attributes:
    the lede restates that statement (its claimant, flagged), not the page's own claim."""
    text = (
        "Harbour news\n\n"
        "Over eight months, more than 20 trawlers made at least 43 trips to the islands.\n\n"
        "Norway's coastal agency said on Monday that more than 20 trawlers had made at least "
        "43 trips.\n"
    )
    rows = [r for r in propose(text, PUB, actors=ACTORS)["candidates"] if r["value"] == 43]
    assert [r["claimant_id"] for r in rows] == ["nor-coast", "nor-coast"]
    assert "restates" in rows[0]["flags"]
    assert rows[0]["stated_on"] == "2025-03-03"


def test_an_attributed_lede_takes_the_date_of_the_statement_it_summarises() -> None:
    """'Oslo counts 120 wrecks.' over 'Norway's coastal agency said on Monday that 120 …': the
    lede's claimant stays as written; its date is the body's statement's. A figure by another
    party stays undated."""
    text = (
        "Harbour news\n\n"
        "Storms sank dozens of boats along the coast. Oslo counts 120 wrecks. Fishermen say "
        "about 300 boats are gone.\n\n"
        "Norway's coastal agency said on Monday that 120 boats had been wrecked since January, "
        "and the finance ministry said on Tuesday that about 300 boats were lost.\n"
    )
    actors = [*ACTORS, {"actor_id": "nor", "name": "Norway", "aliases": ["Oslo"]}]
    rows = propose(text, PUB, actors=actors)["candidates"]
    lede = next(r for r in rows if r["value"] == 120 and "Oslo" in r["quote"])
    assert (lede["claimant"], lede["stated_on"]) == ("Oslo", "2025-03-03")
    other = next(r for r in rows if r["value"] == 300 and "Fishermen" in r["quote"])
    assert other["stated_on"] is None
    # a background section's statement of the same figure months before sums up nothing
    text = text.replace("on Monday", "on Aug. 3, 2024,")
    rows = propose(text, PUB, actors=actors)["candidates"]
    lede = next(r for r in rows if r["value"] == 120 and "Oslo" in r["quote"])
    assert lede["stated_on"] is None


def test_a_bare_body_in_a_sentence_set_in_another_place_is_that_place_s() -> None:
    """'In Bandar Seri Begawan, the foreign ministry said …' after the Pentagon: no foreign
    ministry the page introduced, so no existing actor; opening on a month sets no place."""
    actors = list(US_ACTORS)
    lead = "The Pentagon said on Monday that 1,200 sailors were at sea.\n"
    placed = (
        lead + "In Bandar Seri Begawan, the foreign ministry said that 214 students were abroad.\n"
    )
    row = next(r for r in propose(placed, PUB, actors=actors)["candidates"] if r["value"] == 214)
    assert (row["claimant"], row["claimant_id"]) == ("the foreign ministry", None)
    dated = lead + "In March, the foreign ministry said that 214 students were abroad.\n"
    row = next(r for r in propose(dated, PUB, actors=actors)["candidates"] if r["value"] == 214)
    assert row["claimant_id"] == "usa-state"


def test_a_bare_body_after_a_sentence_about_a_state_without_actors_is_no_other_s() -> None:
    """'Jamaica has no embassy in Kyiv. The foreign ministry said …': Jamaica's ministry, not
    the US one the page introduced; after a sentence about a state with actors it still is."""
    actors = list(US_ACTORS)
    lead = "The Pentagon said on Monday that 1,200 sailors were at sea.\n"
    tail = "The foreign ministry said that 41 students had left.\n"
    actors.append(ACTORS[0])  # Norway's coastal agency: Norway is a state with actors
    for state, expected in (("Jamaica", None), ("Norway", "usa-state")):
        text = lead + f"{state} has no embassy in Kyiv or Moscow. " + tail
        row = next(r for r in propose(text, PUB, actors=actors)["candidates"] if r["value"] == 41)
        assert row["claimant_id"] == expected, state


def test_a_description_alone_names_no_actor_of_a_country_the_page_never_names() -> None:
    """'state media' on a page about floods in Vietnam is not North Korea's state news agency;
    on a page that names North Korea it is."""
    actors = [
        {"actor_id": "prk-kcna", "name": "Korean Central News Agency (KCNA)",
         "kind": "government_body", "country": "PRK",
         "description": "North Korea's state news agency", "aliases": ["North Korean state media"]},
    ]  # fmt: skip
    text = "Floods in northern {place} have killed 127 people, state media has reported.\n"
    for place, expected in (("Vietnam", None), ("North Korea", "prk-kcna")):
        rows = propose(text.format(place=place), PUB, actors=actors)["candidates"]
        row = next(r for r in rows if r["value"] == 127)
        assert (row["claimant"], row["claimant_id"]) == ("state media", expected), place


def test_a_count_verb_joined_to_a_second_verb_still_names_the_counter() -> None:
    """'The coastal agency detected and responded to an average of 1,400 alerts a day': the
    agency's count, and the breakdown after it goes on with the agency."""
    text = (
        "Harbour news\n\n"
        "Norway's coastal agency detected and responded to an average of 1,400 alerts a day "
        "last year. This is a 36% increase from the year before.\n"
    )
    assert _row(text, 1400)["claimant_id"] == "nor-coast"
    assert _row(text, 36)["claimant_id"] == "nor-coast"


def test_a_release_goes_on_past_a_paragraph_opening_on_a_connective() -> None:
    """'On the other hand, …' and 'On an annual basis, …' are connectives, not a day: the
    paragraph of figures still breaks down the release before it; 'On Monday, …' does not."""
    head = (
        "Harbour news\n\n"
        "Ferry traffic fell 4.1% in May, according to figures from Norway's coastal agency.\n\n"
        "Freight volumes dropped 2.5 percent on-year.\n\n"
    )
    for opening, expected in (
        ("On the other hand, ", "nor-coast"),
        ("On an annual basis, ", "nor-coast"),
        ("On Monday, ", None),
    ):
        text = head + opening + "cruise calls rose 11 percent.\n"
        assert _row(text, 11)["claimant_id"] == expected, opening


def test_a_place_that_recorded_the_most_is_no_claimant() -> None:
    """'The coastal county of Nordland reported the most wrecks, 40 boats': the page ranks the
    place; the county says nothing. A body that reported the most still speaks."""
    text = "Harbour news\n\nThe coastal county of Nordland reported the most wrecks, 40 boats.\n"
    assert _row(text, 40)["claimant"] is None
    text = "Harbour news\n\nNorway's coastal agency reported the most wrecks, 40 boats.\n"
    assert _row(text, 40)["claimant_id"] == "nor-coast"
    # a country ranked by what it recorded, as a report's breakdown names it
    text = "Harbour news\n\nFinland reported the most wrecks, followed by Sweden with 30.\n"
    assert _row(text, 30)["claimant"] is None


def test_a_state_subject_written_without_a_comma_after_according_to_is_no_source() -> None:
    """'According to Finnish officials Norway sent about 40 boats': the officials, not
    'Finnish officials Norway'; 'of Norway' still belongs to the source."""
    row = _row("Harbour news\n\nAccording to Finnish officials Norway sent about 40 boats.\n", 40)
    assert row["claimant"] == "Finnish officials"
    row = _row("Harbour news\n\nAccording to the coastal agency of Norway 40 boats sank.\n", 40)
    assert row["claimant"] == "the coastal agency of Norway"


def test_a_body_named_by_its_stance_closes_the_sentence_as_its_speaker() -> None:
    """'…, the pro-Norwegian movement said in a statement': a stance prefix before a name's
    adjective, and "movement" as a body, still name the speaker."""
    text = "Harbour news\n\nFishermen blocked six ports, the pro-Norwegian movement said.\n"
    assert _row(text, 6)["claimant"] == "the pro-Norwegian movement"
    text = "Harbour news\n\nFishermen blocked six ports, the Oslo-backed movement said.\n"
    assert _row(text, 6)["claimant"] == "the Oslo-backed movement"


def test_a_separate_incident_is_no_more_of_the_statement_before() -> None:
    """'Additionally, in a separate incident, two trawlers sank …' after the agency's
    statement: another happening the page tells; 'Additionally, 30 more …' goes on."""
    lead = "Harbour news\n\nNorway's coastal agency said on Monday that 12 boats had sunk.\n"
    text = lead + "Additionally, in a separate incident, 40 nets were lost off Bodø.\n"
    assert _row(text, 40)["claimant_id"] is None
    text = lead + "Additionally, 40 nets were lost off Bodø.\n"
    assert _row(text, 40)["claimant_id"] == "nor-coast"


def test_data_obtained_by_an_outlet_from_a_body_are_the_body_s() -> None:
    """'according to data obtained by the Harbour Post from Norway's coastal agency': the
    agency gave the data; 'statistics kept by X' are X's."""
    text = ("Harbour news\n\nAccording to data obtained by the Harbour Post from Norway's coastal "
            "agency, 236 boats were laid up last year.\n")  # fmt: skip
    assert _row(text, 236)["claimant_id"] == "nor-coast"
    text = (
        "Harbour news\n\nAccording to statistics kept by the Lofoten Guild, 300 nets were lost.\n"
    )
    assert _row(text, 300)["claimant"] == "the Lofoten Guild"


def test_a_time_of_day_between_subject_and_verb_is_no_claimant() -> None:
    """'The Bodø harbour office in the morning said …', 'The agency earlier in the day said
    …': the time stands between the speaker and the verb."""
    text = (
        "Harbour news\n\nThe Bodø harbour office in the morning said at least 9 sheds collapsed.\n"
    )
    assert _row(text, 9)["claimant"] == "The Bodø harbour office"
    text = "Harbour news\n\nNorway's coastal agency earlier in the day said 30 boats sank.\n"
    assert _row(text, 30)["claimant_id"] == "nor-coast"


def test_an_absolute_clause_with_a_place_s_body_names_it() -> None:
    """'…, with Oslo's coastal agency expecting about 300 more': the agency, not the subject
    of the main clause."""
    text = ("Harbour news\n\nFinland and Sweden have closed ports, with Oslo's coastal agency "
            "expecting about 300 more boats laid up.\n")  # fmt: skip
    assert _row(text, 300)["claimant"] == "Oslo's coastal agency"


def test_an_ampersand_inside_a_source_s_name_keeps_the_name_whole() -> None:
    text = ("Harbour news\n\nAccording to the Centre for Fisheries & Coastal Studies (CFCS), at "
            "least 1,300 nets were lost.\n")  # fmt: skip
    assert _row(text, 1300)["claimant"] == "the Centre for Fisheries & Coastal Studies (CFCS)"


def test_a_place_s_population_beside_its_name_is_the_page_s() -> None:
    """'Norway closed the port of Bodø, home to 50,000 people, the agency said': the
    population is the page's background; the agency's figure stays the agency's."""
    text = ("Harbour news\n\nNorway's coastal agency said 30 boats sank off Bodø, home to about "
            "50,000 people.\n")  # fmt: skip
    assert _row(text, 30)["claimant_id"] == "nor-coast"
    assert _row(text, 50000)["claimant"] is None


def test_data_disclosed_from_a_body_show_what_happened_on_a_day() -> None:
    """'A lawmaker disclosed data obtained from Norway's coastal agency …. The data shows a
    spike in wrecks on March 2, with 23 boats lost. This was followed by 15 …': the agency's
    data; March 2 is when the wrecks happened, not when anyone spoke."""
    text = (
        "Harbour news\n\n"
        "On March 5, a lawmaker disclosed data obtained from Norway's coastal agency, revealing "
        "that 87 boats were lost from February 1 to March 4.\n"
        "The data shows a spike in wrecks on March 2, with 23 boats lost. This was followed by "
        "15 boats on February 9.\n"
    )
    for value in (23, 15):
        row = _row(text, value)
        assert row["claimant_id"] == "nor-coast", value
        assert row["stated_on"] != "2025-03-02", value


def test_a_storm_s_toll_with_modifiers_names_no_author() -> None:
    """'Storm Ingrid's official death toll rose to at least 21 people, the Harbour Post
    reported': the outlet speaks; the storm owns the toll but states nothing."""
    text = ("Harbour news\n\nStorm Ingrid's official death toll rose to at least 21 people on "
            "Thursday, making it the deadliest storm in decades, the Harbour Post reported.\n")  # fmt: skip
    assert _row(text, 21)["claimant"] == "the Harbour Post"


def test_a_surname_after_two_named_people_is_the_one_who_holds_it() -> None:
    """'According to Dahl, …' after 'as reported by lawmakers Ola Berg and Kari Dahl': Kari
    Dahl, not the pair."""
    text = (
        "Harbour news\n\n"
        "The agency briefed the committee, as reported by lawmakers Ola Berg and Kari Dahl. "
        "According to Dahl, about 300 boats were laid up.\n"
    )
    assert _row(text, 300)["claimant"] == "Kari Dahl"


def test_states_ending_a_clause_is_a_noun_not_a_verb_of_saying() -> None:
    """'… and killed people in six US states.': no one "states" anything; the next
    sentence's figure stays the page's."""
    text = ("Harbour news\n\nThe storm sank 40 boats and killed people in six US states.\n\n"
            "The number of wrecks stood at 38 on Friday.\n")  # fmt: skip
    assert _row(text, 38)["claimant"] is None


def test_this_reveals_that_after_a_document_the_page_introduced_is_its_author_s() -> None:
    """'The Lofoten Guild shared a situation update on the fleet in July. This reveals that
    412 boats were laid up.': the guild's update, so the guild."""
    text = ("Harbour news\n\nThe Lofoten Guild shared a situation update on the fleet in July. "
            "This reveals that 412 boats were laid up.\n")  # fmt: skip
    assert _row(text, 412)["claimant"] == "This (The Lofoten Guild)"


def test_an_estimate_previously_offered_by_listed_peoples_bodies_is_theirs() -> None:
    """'… higher than the estimate of 12,000 Norwegian boats previously offered by Finnish,
    Swedish, and Danish fishery agencies': the agencies', not the speaker's before."""
    text = ("Harbour news\n\nNorway's coastal agency said on Monday that 30 boats sank. This is "
            "far below the estimate of 12,000 Norwegian boats previously offered by Finnish, "
            "Swedish, and Danish fishery agencies.\n")  # fmt: skip
    assert _row(text, 12000)["claimant"] == "Finnish, Swedish, and Danish fishery agencies"


def test_an_estimated_figure_right_after_a_statement_is_that_party_s() -> None:
    """'According to the agency, the fleet is shrinking. Since 2022, an estimated 1,300 boats
    have been laid up.': the agency's estimate, as 'is estimated to' is."""
    text = ("Harbour news\n\nAccording to Norway's coastal agency, the fleet is shrinking. Since "
            "2022, an estimated 1,300 boats have been laid up.\n")  # fmt: skip
    assert _row(text, 1300)["claimant_id"] == "nor-coast"


def test_the_following_places_opening_a_list_are_no_claimant() -> None:
    """'In 2024 the following ports have reported wrecks:' and a list below: the places the
    list names, no party; the items are not 'the following ports'' figures."""
    text = ("Harbour news\n\nIn 2024 the following ports have reported wrecks:\n"
            "- Bodø – 8 wrecks\n- Tromsø – 35 wrecks\n")  # fmt: skip
    assert _row(text, 35)["claimant"] is None


def test_preliminary_data_with_no_owner_are_the_statement_before_s() -> None:
    """'Norway's coastal agency has reported new wrecks. According to preliminary data, 30
    boats sank.': the agency's data; with no statement before, the page's."""
    text = ("Harbour news\n\nNorway's coastal agency has reported new wrecks since Monday. "
            "According to preliminary data, 30 boats sank.\n")  # fmt: skip
    assert _row(text, 30)["claimant_id"] == "nor-coast"
    text = "Harbour news\n\nStorms hit the coast. According to preliminary data, 30 boats sank.\n"
    assert _row(text, 30)["claimant"] is None


def test_a_figure_in_what_a_quoted_speaker_spoke_of_is_the_speaker_s() -> None:
    """'“They were well trained,” the skipper said of the 30 rescued fishermen.': the
    skipper's words name the 30."""
    text = ("Harbour news\n\n“They were well trained,” the skipper said of the 30 rescued "
            "fishermen.\n")  # fmt: skip
    assert _row(text, 30)["claimant"] == "the skipper"


def test_the_day_a_figure_was_given_named_after_it_dates_it() -> None:
    text = (
        "Harbour news\n\n"
        "Norway's coastal agency now estimates that about 2,000 boats have sunk. This updated "
        "figure, provided in a briefing to a lawmaker on Tuesday, is far above earlier ones.\n"
    )
    row = _row(text, 2000)
    assert (row["claimant_id"], row["stated_on"]) == ("nor-coast", "2025-03-04")


def test_a_release_goes_on_past_a_time_with_stops_and_a_sentence_without_figures() -> None:
    """'According to figures from X as of 11 a.m. Sunday, 33 …' / 'Most came from the south. In
    the north, 17 …': "a.m." is no sentence's end, so the breakdown still goes on with the
    release; and a body whose name holds "and" is no joint claimant."""
    text = (
        "Storm news\n\n"
        "According to figures from the Fjord Rescue and Safety Headquarters as of 11 a.m. "
        "Sunday, 33 people had been confirmed dead after the storm.\n\n"
        "Most fatalities came from the north. In Finnmark, 17 people died, followed by 11 in "
        "Troms.\n"
    )
    for number in (17, 11):
        row = _row(text, number)
        assert row["claimant"] == "the Fjord Rescue and Safety Headquarters"
        assert "joint_claimant" not in row["flags"]


def test_speaking_of_turns_to_the_page_s_own_talk() -> None:
    text = (
        "Harbour news\n\n"
        "Norway's coastal agency puts the total lost at 4,700 boats.\n\n"
        "Speaking of the fjords, up to 1,200 trawlers were moored there last autumn.\n"
    )
    assert _row(text, 4700)["claimant_id"] == "nor-coast"
    assert _row(text, 1200)["claimant"] is None


def test_a_toll_after_a_statement_of_casualties_is_part_of_it() -> None:
    text = (
        "Storm news\n\n"
        "Norway's coastal agency has told parliament that casualties from the storm reach "
        "4,700.\n\n"
        "The death toll stands at 600. Most of the dead were fishermen.\n\n"
        "The death toll stands at 9,000, the highest in decades.\n"
    )
    assert _row(text, 600)["claimant_id"] == "nor-coast"
    assert _row(text, 9000)["claimant_id"] is None  # larger than what was said: not a part


def test_a_body_noun_refers_to_no_person_and_a_relative_clause_s_object_is_no_speaker() -> None:
    text = (
        "Harbour news\n\n"
        "The mayor said on Monday that 300 boats sank.\n\n"
        "About 400 fishermen were rescued, the agency said.\n\n"
        "An analyst who briefed the committee said up to 20 percent of the nets were lost.\n"
    )
    assert _row(text, 400)["claimant"] == "the agency"  # not "(The mayor)": no body is a person
    assert _row(text, 20)["claimant"] == "An analyst"


def test_two_ranges_in_one_quote_both_stay() -> None:
    text = (
        "Harbour news\n\n"
        "Norway's coastal agency said about 10,000-12,000 boats sailed last autumn, with an "
        "additional 3,000-4,000 leaving this spring.\n"
    )
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    assert [(r["value_low"], r["value_high"]) for r in rows] == [(10000, 12000), (3000, 4000)]


def test_the_head_of_a_body_presenting_intelligence_states_it_not_the_relaying_lawmakers() -> None:
    text = (
        "Harbour news\n\n"
        "The lawmakers told reporters that the head of the coastal agency presented credible "
        "intelligence that 400 boats sank.\n"
    )
    assert _row(text, 400)["claimant"] == "the head of the coastal agency"


def test_a_broadcaster_s_turn_goes_on_with_its_own_statements() -> None:
    """ "[Anchor]" stops what a speaker before it said from going on, but not the anchor's own
    statements: "X has confirmed that 1,500 … / Additionally, it is analyzed that 10,000 …"."""
    text = (
        "[Anchor]\n\nGood evening.\n\n"
        "Norway's coastal agency has confirmed that 1,500 trawlers have left port.\n\n"
        "Additionally, it is analyzed that more than 10,000 sailors will follow.\n\n"
        "[Reporter]\n\nSome 50 boats stayed in port.\n"
    )
    assert _row(text, 10000)["claimant_id"] == "nor-coast"
    assert _row(text, 50)["claimant"] is None


def test_a_headquarters_figures_go_on_into_the_lines_below() -> None:
    """A body named "… Headquarters" is a body, not a person's name: its figures are a
    release that the page's next lines break down."""
    text = (
        "Storm news\n\n"
        "According to the Fjord Storm Headquarters, 19 deaths were logged in Finnmark.\n"
        "At least nine people were missing, mostly in Troms.\n"
    )
    assert _row(text, 9)["claimant"] == "the Fjord Storm Headquarters"


def test_figures_right_after_a_statement_without_figures_go_on_with_it() -> None:
    """ "X reported that the yards work day and night. About 3,500 welders now work there.":
    the page's next sentence of the same paragraph breaks the statement down."""
    text = (
        "Harbour news\n\n"
        "Norway's coastal agency reported that the shipyards in Bergen work day and night. "
        "About 3,500 welders now work in the yards, compared with 2,000 before the storm.\n"
    )
    assert _row(text, 3500)["claimant_id"] == "nor-coast"


def test_an_estimate_in_the_passive_after_a_statement_is_the_speaker_s() -> None:
    """An agentless "is estimated to have" right after a statement is the speaker's, even
    when the sentence opens on a time of its own ("Since the storm, …")."""
    text = (
        "Harbour news\n\n"
        "The harbour master, Eirik Dahl, stated that the northern quays are working at full "
        "capacity. Since the storm in September, the port is estimated to have handled about "
        "6,700 containers of salvage.\n\n"
        "Since the storm in September, 4,000 more containers arrived.\n"
    )
    assert "Eirik Dahl" in str(_row(text, 6700)["claimant"])
    assert _row(text, 4000)["claimant"] is None  # a new paragraph with no estimate verb


def test_a_count_of_an_act_names_its_counters() -> None:
    """ "have documented the delivery of nearly 16,000 crates": the counted act, then "of",
    then the figure; the subject still counts it."""
    text = (
        "Harbour news\n\n"
        "Reporters and researchers have documented the delivery of nearly 16,000 crates of "
        "salvaged timber to the quays.\n"
    )
    assert _row(text, 16000)["claimant"] == "Reporters and researchers"


def test_a_relay_set_off_after_the_subject_leaves_the_subject_speaking() -> None:
    text = (
        "Harbour news\n\n"
        "The coastal agency, as quoted by the Nordic Press Service, estimates that about "
        "3,000 nets were lost.\n"
    )
    assert _row(text, 3000)["claimant"] == "The coastal agency"


def test_a_source_tag_after_the_sentence_may_hold_initials() -> None:
    """ "That's according to the latest estimates from U.S. officials.": the full stops of
    "U.S." end no tag."""
    text = (
        "FIONA BERG, HOST:\nMore than a thousand boats were lost in a single week of storms. That's "
        "according to the latest estimates from U.S. officials. Our reporter has more.\n"
    )
    assert "U.S. officials" in str(_row(text, 1000)["claimant"])


def test_upping_that_number_revises_an_earlier_figure() -> None:
    text = (
        "Harbour news\n\n"
        "Norway says 9,000 boats are stranded in the north.\n\n"
        "On Monday, the harbour master, Eirik Dahl, upped that number to 11,000.\n\n"
        "The navy raised the number of patrol boats to 30.\n"
    )
    assert "Eirik Dahl" in str(_row(text, 11000)["claimant"])
    assert _row(text, 30)["claimant"] is None  # an act, not a revised figure


def test_an_according_to_opening_leaves_the_quoted_speaker_speaking() -> None:
    """ "According to X on the 6th, Y told Z, “…”": the opening relays Y, whose quotation
    follows the verb; it is no statement for "Y told Z" to close."""
    text = (
        "Harbour news\n\n"
        "According to the Bergen Courier on the 6th, deputy harbour master Eirik Dahl told "
        "a radio station, “The port handled 1.5 million crates this year.”\n"
    )
    assert "Eirik Dahl" in str(_row(text, 1_500_000)["claimant"])


@pytest.mark.parametrize(
    "text",
    [
        "“The port has lost more than 100 trawlers,” Fjord Daily reports citing the Bergen "
        "Courier.",
        "Fjord Daily reports, citing the Bergen Courier, that the port has lost more than 100 "
        "trawlers.",
    ],
)
def test_an_outlet_citing_a_named_source_relays_it(text: str) -> None:
    assert _row(text, 100)["claimant"] == "the Bergen Courier"


def test_an_outlet_citing_unnamed_sources_keeps_the_figure() -> None:
    text = "Fjord Daily reported, citing government sources, that 300 boats sank."
    assert _row(text, 300)["claimant"] == "Fjord Daily"


def test_the_day_after_a_pointing_passive_s_agent_dates_the_figures_before() -> None:
    text = (
        "Harbour news\n\n"
        "Approximately 8,000 boats are stranded in the north.\n\n"
        "This was stated by the harbour master, Eirik Dahl, on Thursday after a meeting with "
        "the fishing unions, as reported by a local correspondent.\n"
    )
    row = _row(text, 8000)
    assert "harbour master" in str(row["claimant"])
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-06", "day")


def test_a_relative_clause_revealing_data_dates_the_source() -> None:
    text = (
        "At least 600 boats have sunk, as per the Bergen lawmaker, who revealed data on "
        "Wednesday, March 5.\n"
    )
    row = _row(text, 600)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-05", "day")


def test_a_body_named_in_apposition_keeps_both_names() -> None:
    """ "Iceland's coast guard service, the ICG, told …": a body the dictionary lacks keeps
    its description and the name it goes by; a known body's acronym after its apposed name
    still finds it."""
    text = (
        "Harbour news\n\n"
        "Iceland's coast guard service, the ICG, told lawmakers last week that at least 40 "
        "trawlers were lost.\n\n"
        "Norway's coastal watchdog, the Norwegian Coastal Administration (NCA), said on Monday "
        "that 12 more had sunk.\n"
    )
    assert _row(text, 40)["claimant"] == "Iceland's coast guard service, the ICG"
    assert _row(text, 12)["claimant_id"] == "nor-coast"


def test_a_summary_or_casualty_count_of_its_owner_is_the_owner_s() -> None:
    text = (
        "Storm news\n\n"
        "The Norwegian Coastal Administration said on Monday that 300 boats sank. Its latest "
        "casualty count puts the dead at 40.\n\n"
        "Finland's finance ministry said on Tuesday that trade had slowed. Its daily summary "
        "said 12 ports were shut.\n"
    )
    assert _row(text, 40)["claimant_id"] == "nor-coast"
    assert _row(text, 12)["claimant_id"] == "fin-mof"


def test_a_document_named_again_by_its_noun_is_its_author_s() -> None:
    text = (
        "Storm news\n\n"
        "Finland's finance ministry said on Monday that trade had slowed.\n\n"
        "A ministry report sent to parliament on Tuesday put exports at 300 tonnes. The "
        "report, a copy of which was seen by this paper, said 40 ports were shut.\n"
    )
    row = _row(text, 40)
    assert row["claimant_id"] == "fin-mof"
    assert str(row["claimant"]).startswith("The report (")


def test_a_body_named_by_its_kind_after_a_minister_is_of_the_minister_s_country() -> None:
    text = (
        "Budget news\n\n"
        "Finland's Finance Minister Riikka Aalto said 300 jobs were lost.\n\n"
        "The Finance Ministry said exports fell by 40 percent.\n"
    )
    assert _row(text, 40)["claimant_id"] == "fin-mof"


def test_an_official_of_a_body_named_by_its_kind_speaks_for_the_speaker_s_country_s_body() -> None:
    text = (
        "Budget news\n\n"
        "Finland's Finance Minister Riikka Aalto said 300 jobs were lost.\n\n"
        "A senior Finance Ministry official said exports fell by 40 percent.\n"
    )
    row = _row(text, 40)
    assert (row["claimant"], row["claimant_id"]) == (
        "A senior Finance Ministry official",
        "fin-mof",
    )


@pytest.mark.parametrize(
    ("text", "value", "claimant"),
    [
        # a place after "in" is no subject of the verb after its comma
        ("Harbour board confirms trawlers sank off Tromso, puts the toll at 40\n\nBody text.\n",
         40, "Harbour board"),
        # a place set off by commas between the subject and its verb
        ("Norway's fisheries minister, Kari Lund, also in Bergen, put the number of lost "
         "boats at 300.", 300, "Kari Lund"),
    ],
)  # fmt: skip
def test_a_place_before_the_verb_is_no_speaker(text: str, value: int, claimant: str) -> None:
    assert claimant in str(_row(text, value)["claimant"])


def test_an_aside_telling_when_a_figure_was_given_dates_it() -> None:
    text = (
        "Harbour news\n\n"
        "Norway's coastal agency has put the toll lower, at about 1,100 boats, a number it "
        "gave lawmakers in December.\n\n"
        "Finland's finance ministry has said that about 100 ports shut, a figure it gave "
        "lawmakers in November, and that 60 more were damaged.\n"
    )
    row = _row(text, 1100)
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        "2024-12-01", "2024-12-31", "month",
    )  # fmt: skip
    # another figure after the aside: the statement stays undated
    assert _row(text, 60)["stated_on"] is None


@pytest.mark.parametrize(
    "pointer",
    [
        "This revelation comes from a report by the Nordic Maritime Institute, drawn from "
        "satellite images.",
        "This was announced in an interview with a local radio station by the Nordic Maritime "
        "Institute.",
    ],
)
def test_a_sentence_pointing_back_through_a_report_or_an_occasion_names_the_source(
    pointer: str,
) -> None:
    text = f"Harbour news\n\nSome 1,000 trawlers are idle in the northern ports. {pointer}\n"
    assert "Nordic Maritime Institute" in str(_row(text, 1000)["claimant"])


def test_an_outlet_named_by_its_address_in_capitals_is_an_outlet() -> None:
    from timeline.curation.attribution import names_an_outlet

    assert names_an_outlet("Censor.NET")
    assert not names_an_outlet("Dr. Lund")


def test_a_tally_by_a_date_right_after_a_statement_of_figures_goes_on_with_it() -> None:
    text = (
        "Storm news\n\n"
        "According to Norway's coastal agency, losses have run at about 9 boats a day since "
        "December. By mid-January, 300 boats had sunk and another 270 were damaged.\n"
    )
    assert _row(text, 300)["claimant_id"] == "nor-coast"
    assert _row(text, 270)["claimant_id"] == "nor-coast"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("About 300 trawlers sank, according to Norway and the Faroe Islands.",
         "Norway and the Faroe Islands"),
        ("Coast guards in Norway, the Faroe Islands and Iceland say about 300 trawlers sank.",
         "Coast guards in Norway, the Faroe Islands and Iceland"),
    ],
)  # fmt: skip
def test_a_list_of_places_is_read_whole(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_the_day_data_were_disclosed_inside_a_based_on_opening_dates_them() -> None:
    text = (
        "Based on data disclosed last December by Norway's coastal agency, at least 100 "
        "trawlers have sunk.\n"
    )
    row = _row(text, 100)
    assert (row["claimant_id"], row["stated_on"], row["stated_precision"]) == (
        "nor-coast", "2024-12-01", "month",
    )  # fmt: skip


def test_the_wounded_after_a_partitive_figure_killed_count_the_same_people() -> None:
    text = (
        "Storm news\n\n"
        "Some 11,000 fishermen went to sea. The agency said on Monday that about 100 of them "
        "had been killed and close to 1,000 wounded. It said 30 were killed and 200 injured "
        "in Troms.\n"
    )
    row = _row(text, 1000)
    assert row["unit"] == "fishermen wounded"
    assert "harmed_of_antecedent" not in row["flags"]
    assert "harmed_of_antecedent" not in _row(text, 200)["flags"]


def test_a_speaker_in_an_opening_concessive_clause_does_not_state_the_main_clause() -> None:
    text = (
        "Harbour news\n\n"
        "While the harbour board denies any losses, satellite images have shown about 40 "
        "wrecks in the bay.\n\n"
        "While Norway's coastal agency puts the toll at 3,000, the board says 1,100 boats "
        "sank.\n"
    )
    assert _row(text, 40)["claimant"] is None
    assert _row(text, 3000)["claimant_id"] == "nor-coast"
    assert str(_row(text, 1100)["claimant"]).startswith("the board")


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board's allegation that 300 boats were scuttled was rejected.",
        "Allegations by the Harbour Board that 300 boats were scuttled were rejected.",
    ],
)
def test_an_allegation_s_owner_states_its_figure(text: str) -> None:
    assert "harbour board" in str(_row(text, 300)["claimant"]).lower()


def test_it_is_estimated_that_refers_to_no_one_before() -> None:
    text = (
        "Harbour news\n\n"
        "The harbour master told the Bergen Courier that his crews were outnumbered.\n\n"
        "It is estimated that around 12,000 boats have been lost since January.\n"
    )
    assert _row(text, 12000)["claimant"] is None


def test_it_is_known_that_goes_on_with_the_publication_before() -> None:
    """Agency copy's "It is known that …" after "This is reported by X" goes on with X (an
    "It is estimated that" after a person's quote does not: see the test above)."""
    text = (
        "Harbour news\n\n"
        "Coal traders have resumed shipments through the northern ports. This is reported by "
        "the publication Fjord Business.\n\n"
        "It is known that 132 thousand tons of coal were shipped in April and May.\n"
    )
    assert "publication" in str(_row(text, 132_000)["claimant"])


def test_a_closing_relay_citing_sources_gives_the_figure_to_the_sources() -> None:
    text = (
        "Up to 3,000 more trawlers could be laid up this winter, media reports citing Norwegian "
        "coastguard officials and Western insurance sources have said.\n"
    )
    assert _row(text, 3000)["claimant"] == (
        "Norwegian coastguard officials and Western insurance sources"
    )


def test_a_standing_rule_after_a_statement_is_background() -> None:
    text = (
        "Harbour news\n\n"
        "The ship landed 40,000 tonnes of cod, the harbour master said. Under EU quota rules "
        "the fleet is limited to 500,000 tonnes a year.\n"
    )
    assert _row(text, 500_000)["claimant"] is None


@pytest.mark.parametrize(
    "text",
    [
        "Reports have emerged suggesting that Norway could lay up 3,000 more trawlers.",
        "Reports emerged this week indicating that the Bergen yards could lay up 3,000 trawlers.",
    ],
)
def test_reports_that_emerged_with_a_participle_or_a_time_are_the_reports(text: str) -> None:
    assert _row(text, 3000)["claimant"] == "reports"


def test_an_aside_after_a_possessive_figure_telling_when_it_was_given_dates_it() -> None:
    text = (
        "Harbour news\n\n"
        "Norway's tally of about 13,000 sunken nets, a figure the fisheries ministry gave "
        "parliament earlier this month, was unchanged, the official said.\n"
    )
    row = _row(text, 13000)
    assert (row["stated_on"], row["stated_end"]) == ("2025-03-01", "2025-03-06")


def test_the_latter_is_the_second_person_named_and_a_promise_reported_is_the_speaker_s() -> None:
    text = (
        "Harbour news\n\n"
        "Eirik Dahl met Kari Lund in Bergen on Monday. After the meeting, the latter stated "
        "that the yard had promised to repair 300 boats.\n"
    )
    assert "Kari Lund" in str(_row(text, 300)["claimant"])


def test_a_figure_said_reportedly_right_after_a_report_is_the_report_s() -> None:
    text = (
        "Storm news\n\n"
        "The storm hit the harbour on Tuesday evening, local radio reported on Wednesday.\n\n"
        "The storm, reportedly the worst in decades, sank 18 trawlers and damaged 33 others.\n"
    )
    assert _row(text, 18)["claimant"] == "local radio"
    assert _row(text, 33)["claimant"] == "local radio"


@pytest.mark.parametrize(
    "speaker",
    ["The harbour master said on Tuesday", "The fisheries council announced on Tuesday"],
)
def test_a_figure_said_reportedly_after_an_own_statement_is_not_the_speaker_s(
    speaker: str,
) -> None:
    # a body's or an official's own words are no report: "reportedly" after them names
    # another, unnamed source, so the figure is the page's hedged background
    text = (
        "Storm news\n\n"
        f"{speaker} that the quay would reopen next week.\n\n"
        "The storm reportedly sank more than 40 trawlers along the coast.\n"
    )
    assert _row(text, 40)["claimant"] in (None, "the page")


@pytest.mark.parametrize(
    "follow_up",
    [
        "At the same time, 7,800 of them arrived on seasonal visas.",
        "In addition to crew, about 7,800 dock workers are now in Bergen.",
    ],
)
def test_a_breakdown_in_the_next_paragraph_goes_on_with_the_source(follow_up: str) -> None:
    # a part of the figure just given ("of them"), or more beside what was just counted ("In
    # addition to crew"), in a paragraph of its own: the same source's breakdown
    text = (
        "Harbour news\n\n"
        "According to the fisheries agency, more than 13,000 crew came to Norway last year.\n\n"
        f"{follow_up}\n"
    )
    assert _row(text, 7800)["claimant"] == "the fisheries agency"


def test_he_is_the_person_a_sentence_opening_on_its_setting_is_about() -> None:
    # "At the meeting …, X gave a different figure. He said …": the person of the sentence
    # before, past the phrase that sets its scene, not the speaker named earlier
    text = (
        "Harbour news\n\n"
        "The council leader Kari Lund said 3,000 nets were lost.\n\n"
        "At the 25th meeting of the fisheries group in Bergen on 9 January, harbour master "
        "Ola Berg gave a slightly different figure. He said that the losses amounted to 4,000 "
        "nets.\n"
    )
    assert "Ola Berg" in str(_row(text, 4000)["claimant"])


def test_a_paragraph_pointing_back_with_a_day_dates_the_statement_before() -> None:
    text = (
        "Harbour news\n\n"
        "The fisheries ministry has confirmed the loss of more than 11,000 nets off the coast.\n\n"
        "This was stated by ministry spokesperson Kari Lund during a press briefing on Monday.\n"
    )
    row = _row(text, 11000)
    assert row["claimant"] == "The fisheries ministry"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The coast guard stated that intelligence sources indicate about 1,100 boats sank.",
         "The coast guard"),
        ("Harbour master Ola Berg noted that media reports suggested about 1,100 boats sank.",
         "Harbour master Ola Berg"),
    ],
)  # fmt: skip
def test_unnamed_reports_told_inside_a_party_s_words_are_the_party_s(
    text: str, claimant: str
) -> None:
    # the party vouches for what nameless reports or sources show; "reports" followed by its
    # own verb is a noun, never a verb of saying with "media" as its subject
    assert _row(text, 1100)["claimant"] == claimant


def test_mentioning_a_figure_states_it_but_nameless_estimates_do_not_speak() -> None:
    assert _row("The spokesperson mentioned more than 1,000 lost nets.", 1000)["claimant"] == (
        "The spokesperson"
    )
    text = (
        "The coast guard has reported that 4,000 nets were lost. Earlier estimates mentioned "
        "3,000 nets."
    )
    assert _row(text, 3000)["claimant"] == "The coast guard"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Norway, along with its allies, has accused Russia of sinking 300 boats.",
         "Norway, along with its allies"),
        ("The union, like the council, said 300 boats sank.", "The union"),
    ],
)  # fmt: skip
def test_others_between_commas_beside_a_subject(text: str, claimant: str) -> None:
    # "along with" joins the others to the subject; "like" only sets them beside it
    assert _row(text, 300)["claimant"] == claimant


def test_a_figure_before_an_absolute_clause_of_reports_goes_on_with_the_statement() -> None:
    # the frame of ", with reports suggesting …" covers its own clause, not the main one
    text = (
        "The coast guard reported that trawlers had begun leaving Bergen. Initially, about "
        "1,200 crew were sent, with reports suggesting the total could exceed 10,000."
    )
    assert _row(text, 1200)["claimant"] == "The coast guard"
    assert _row(text, 10000)["claimant"] == "reports"


def test_the_parts_of_what_a_statement_named_go_on_with_it() -> None:
    text = (
        "Harbour news\n\n"
        "The coast guard said on Thursday that Norway has been sending more trawlers, fishing "
        "equipment and nets to Iceland.\n\n"
        "The fishing equipment Norway has sent includes 170 winches and around 220 sonar sets. "
        "Norway has also sent approximately 1,100 fishermen.\n"
    )
    assert {_row(text, n)["claimant"] for n in (170, 220, 1100)} == {"The coast guard"}
    # a whole the statement never named is the page's own
    other = text.replace("The fishing equipment", "The new harbour")
    assert _row(other, 170)["claimant"] in (None, "the page")


def test_an_outlet_writing_about_this_names_the_source_of_the_sentence_before() -> None:
    text = (
        "Harbour news\n\n"
        "Norway intends to send an additional 250 to 300 trawlers to help Iceland.\n"
        "NRK writes about this, citing an assessment by the coast guard.\n"
    )
    assert _row(text, 250)["claimant"] == "NRK"


def test_figures_after_details_announced_without_them_are_the_announcer_s() -> None:
    text = (
        "Harbour news\n\n"
        "The coast guard has revealed more specific information about the trawlers lost in the "
        "storm.\n\n"
        "Since October last year, 120 trawlers have sunk near Bodø.\n"
    )
    assert _row(text, 120)["claimant"] == "The coast guard"


@pytest.mark.parametrize(
    "title",
    [
        "strategic communications coordinator for the fisheries council (FC)",
        "communications director at the fisheries council",
    ],
)
def test_a_person_with_a_lower_case_title_between_commas_speaks_not_the_body(title: str) -> None:
    text = f"Kari Lund, {title}, announced that more than 1,000 nets had been lost."
    assert _row(text, 1000)["claimant"] == "Kari Lund"


def test_the_analysis_is_no_document_of_the_party_named_last() -> None:
    # "The analysis" names no author ("The" is an article), so no actor named before it
    text = (
        "Harbour news\n\n"
        "Photos show trawlers leaving Bergen, according to an analysis released on Monday.\n\n"
        "The Norwegian Coastal Administration has repeatedly warned of the storm.\n\n"
        "The analysis says 300 trawlers were loaded with nets.\n"
    )
    row = _row(text, 300)
    assert row["claimant_id"] is None
    assert row["claimant"] == "The analysis"


def test_made_the_comments_on_a_day_dates_the_speaker_s_statements_before() -> None:
    text = (
        "Harbour news\n\n"
        "Norway has lost more than 600 trawlers in the storm, according to council leader Kari "
        "Lund.\n\n"
        "Lund made the comments while speaking to reporters Monday after the coast guard "
        "briefed the council on Friday.\n"
    )
    row = _row(text, 600)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-03", "day")


def test_a_paragraph_of_speech_signed_by_a_name_and_title_is_the_speaker_s() -> None:
    # pull quotes sign the words with the speaker's name and post, no verb and no stop
    text = (
        "Harbour news\n\n"
        "Kari Lund warned that the storm is not over.\n\n"
        "There will be our answer to this. Now, according to preliminary data, the number of "
        "lost trawlers exceeds 300 boats. Kari Lund Head of the Fisheries Council\n"
    )
    row = _row(text, 300)
    assert row["claimant"] == "Kari Lund"
    assert "headline" not in row["flags"]


def test_a_sigh_closing_a_sentence_says_it() -> None:
    assert _row("We lost 300 trawlers this winter, Lund sighed.", 300)["claimant"] == "Lund"


def test_bodies_of_several_places_listed_all_speak() -> None:
    text = (
        "Fisheries agencies in Norway, the United States, and Iceland have all said 300 boats sank."
    )
    assert _row(text, 300)["claimant"] == (
        "Fisheries agencies in Norway, the United States, and Iceland"
    )


@pytest.mark.parametrize("mark", [": ", ", "])
def test_a_participle_of_saying_opens_the_quotation_after_it(mark: str) -> None:
    text = f'Kari Lund spoke on Monday, saying{mark}"We know that 12,000 trawlers have arrived."'
    assert _row(text, 12000)["claimant"] == "Kari Lund"


def test_a_participle_of_saying_speaks_for_the_outer_speaker() -> None:
    # the party inside the speaker's words ("the council assesses") is no owner of "saying"
    text = (
        "Kari Lund said that the council assesses that 10,000 trawlers are at sea, saying, "
        '"The latest information shows that 8,000 are near Bodø."'
    )
    assert _row(text, 8000)["claimant"] == "Kari Lund"


def test_what_a_speaker_described_as_is_the_speaker_s_words() -> None:
    text = (
        "Harbour news\n\n"
        "According to the state broadcaster, the ceremony took place on Friday.\n\n"
        "Addressing the gathering, Kari Lund welcomed the crews home, while also acknowledging "
        'what she described as the "heartrending loss of nine lives."\n'
    )
    assert "Kari Lund" in str(_row(text, 9)["claimant"])


def test_this_week_after_a_statement_of_last_week_tells_of_what_came_after_it() -> None:
    text = (
        "Harbour news\n\n"
        "Last week, the coast guard reported that Norway sent around 1,500 trawlers north.\n\n"
        "This week, an additional 900 trawlers were reportedly sent.\n"
    )
    assert _row(text, 900)["claimant"] in (None, "the page")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The move followed a report in a Norwegian newspaper, Aftenposten, citing anonymous "
         "sources, that up to 3,000 more trawlers would be sent.", "Aftenposten"),
        ("Moscow dismissed the claims, denying reports from Norway and Iceland about the "
         "arrival of up to 3,000 trawlers.", "Norway and Iceland"),
        ("Moscow denied reports from Norway and Iceland, which also rely on satellite images, "
         "about the arrival of up to 3,000 trawlers.", "Norway and Iceland"),
        ("The move follows statements by leaders in Norway, Iceland and the US that Norway "
         "had sent some 3,000 trawlers.", "leaders in Norway, Iceland and the US"),
        # an adjective of number or manner is no source: the estimates are
        ("Lund noted that, according to different estimates, 3,000 trawlers sank.",
         "different estimates"),
    ],
)  # fmt: skip
def test_a_report_named_by_its_source_states_what_it_says(text: str, claimant: str) -> None:
    assert _row(text, 3000)["claimant"] == claimant


def test_a_participle_after_continued_speaks_for_the_one_who_went_on() -> None:
    text = (
        "“This is a significant escalation,” Kari Lund continued, adding that Norway had "
        "recently provided Iceland with 40 trawlers."
    )
    assert _row(text, 40)["claimant"] == "Kari Lund"


def test_a_vague_amount_in_reports_that_is_the_reports() -> None:
    text = "The move came amid Western reports that Norway sent thousands of trawlers."
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    assert [r["claimant"] for r in rows if "vague_quantity" in r["flags"]] == ["Western reports"]


def test_detecting_that_states_what_follows() -> None:
    text = "The coast guard has detected that Norway has sent a total of 1,500 trawlers."
    assert _row(text, 1500)["claimant"] == "The coast guard"


def test_he_is_a_person_titled_in_capitals_never_a_place_after_the() -> None:
    text = (
        "Harbour news\n\n"
        "The Norwegian Chief of Coastal Staff Ola Berg reported to the minister that the "
        "harbour had been cleared, according to the state broadcaster.\n\n"
        "The Bergen operation refers to the storm that hit the coast in August 2024, aiming to "
        "clear the port.\n\n"
        "During his report, Berg declared that “the cleanup” had been completed. He claimed the "
        "fleet lost approximately 760 trawlers during the operation.\n"
    )
    row = _row(text, 760)
    assert "Ola Berg" in str(row["claimant"])


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Norwegian military intelligence, the Pentagon and authorities in Iceland have all "
         "said that 300 boats sank.",
         "Norwegian military intelligence, the Pentagon and authorities in Iceland"),
        # (an opening is no party of the list)
        ("Meanwhile, Norway and Iceland said 300 boats sank.", "Norway and Iceland"),
    ],
)  # fmt: skip
def test_a_list_of_parties_opening_the_sentence_is_one_claimant(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


@pytest.mark.parametrize(
    "speaker",
    ["the head of the region", "the governor of the Bergen region", "the mayor of the city"],
)
def test_a_role_of_a_place_closing_the_sentence_speaks(speaker: str) -> None:
    text = f"Two trawlers and 27 nets were lost over the weekend, {speaker} said on Sunday."
    assert _row(text, 27)["claimant"] == speaker


def test_a_reportedly_sentence_after_an_official_s_words_goes_on_only_with_a_link() -> None:
    said = (
        "The council confirmed on Monday that trawlers have gone north. This marks an "
        "escalation, council leader Kari Lund said, adding that the move is a sign of "
        "desperation. "
    )
    # another source's figure, hedged by the page
    text = said + "As many as 10,000 trawlers have reportedly been sent north."
    assert _row(text, 10000)["claimant"] in (None, "the page")
    # "also" ties it to what she said
    text = said + "Some 300 trawlers also reportedly sank."
    assert "Kari Lund" in str(_row(text, 300)["claimant"])


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Three ferries and 14 barges sank overnight, the governor of the flooded Tana "
            "region said on Sunday.",
            "the governor of the flooded Tana region",
        ),
        (
            "Three ferries and 14 barges sank overnight, the governor of the flooded Tana "
            "region that borders Sweden said on Sunday.",
            "the governor of the flooded Tana region",
        ),
        (
            "Three ferries and 14 barges sank overnight, a group that monitors Norway's coast "
            "said on Sunday.",
            "a group",
        ),
    ],
)
def test_a_trailing_speaker_keeps_a_place_s_adjective_and_drops_its_relative_clause(
    text: str, claimant: str
) -> None:
    assert _row(text, 14)["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "In a recent report provided by the Nordic Ferry Union, it has been estimated "
            "that around 470 crew were laid off.",
            "the Nordic Ferry Union",
        ),
        (
            "    In a report released on Monday by the Harbour Board, 470 crew were listed "
            "as laid off.",
            "the Harbour Board",
        ),
        ("In a report from Tromso, the union said 470 crew were laid off.", "the union"),
    ],
)
def test_an_opening_naming_a_report_s_author_names_the_source(text: str, claimant: str) -> None:
    assert _row(text, 470)["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "Skipper Arne Dahl described the storm. In total the harbour lost fourteen boats, he said.",
            "he (Skipper Arne Dahl)",
        ),
        (
            "Floods cut power to 9,000 homes and closed 14 schools – the officials said on "
            "condition of anonymity.",
            "the officials",
        ),
    ],
)
def test_a_closing_speaker_after_a_counted_opening_or_a_dash_and_circumstances(
    text: str, claimant: str
) -> None:
    assert _row(text, 14)["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "A regional monitoring group has raised the death toll from the river floods to "
            "over 470, an increase of 60 since its last report.",
            "A regional monitoring group",
        ),
        (
            "Speaking at a briefing, health director Lena Berg said on Thursday that the region "
            "reported 470 new cases in the past week.",
            "health director Lena Berg",
        ),
    ],
)
def test_a_toll_raised_for_a_named_disaster_and_a_place_s_tally_in_a_party_s_words(
    text: str, claimant: str
) -> None:
    assert _row(text, 470)["claimant"] == claimant


def test_he_is_the_titled_surname_named_last_not_the_reporter_before() -> None:
    text = (
        "Ana Silva reports.\n\n"
        "For now, the ferries are kept in port and are being checked, according to Norwegian "
        "Transport Minister Halvorsen.\n\n"
        "He explained that 5 yards are repairing about 470 ferries."
    )
    assert _row(text, 470)["claimant"] == "He (Norwegian Transport Minister Halvorsen)"


def test_a_party_revising_its_figures_by_an_amount_states_the_amount() -> None:
    text = (
        "Exports were about 470 containers above what shipping analysts had predicted.\n\n"
        "The port authority also revised the previous two months by a total of 9,400."
    )
    row = _row(text, 9_400)
    assert row["claimant"] == "The port authority"
    assert row["stated_on"] is None  # the months revised are no day of stating


def test_the_giver_of_a_briefing_states_the_figures_of_its_topic() -> None:
    text = (
        "Late last month, a briefing from the U.S. Coast Guard on the loss of more than 470 "
        "fishing boats alarmed the island."
    )
    assert _row(text, 470)["claimant"] == "the U.S. Coast Guard"
    said = "Rep. Ana Lund said after a briefing by the Coast Guard that about 470 boats sank."
    assert _row(said, 470)["claimant"] == "Rep. Ana Lund"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "On June 17, the harbour board quoted its Chairman Ole Berg as saying after a visit "
            "that 470 berths would be built.",
            "its Chairman Ole Berg",
        ),
        (
            "The details, provided by the Nordic Ferry Union (NFU), also show that 470 crew "
            "were laid off.",
            "the Nordic Ferry Union (NFU)",
        ),
        (
            "The data, released by Rep. Ana Lund, put the number of idle ferries at 470.",
            "The data",
        ),
    ],
)
def test_a_quoted_titled_name_and_the_maker_of_details_set_off_by_commas(
    text: str, claimant: str
) -> None:
    assert _row(text, 470)["claimant"] == claimant


def test_a_slide_shown_at_an_event_is_a_document_source() -> None:
    text = "Ferry output will rise to about 470 hulls a year, according to a slide shown at a fair."
    assert _row(text, 470)["claimant"] == "a slide"


def test_a_pointing_sentence_opening_a_paragraph_names_the_source_before() -> None:
    text = (
        "Ferry output will rise to 470 hulls a year by October.\n\n"
        "This was reported by Ole Berg, head of the yards office, in an interview with a "
        "trade paper. Separately, the target for next year was set at 900 hulls.\n\n"
        "Last year 470 crew were laid off.\n\nAt first, both unions denied this, but later "
        "they agreed."
    )
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    assert rows[0]["value"] == 470 and rows[0]["claimant"] == "Ole Berg"
    laid_off = [r for r in rows if r["quote"].startswith("Last year")]
    assert laid_off and laid_off[0]["claimant"] != "both unions"


def test_a_party_updating_a_place_s_toll_states_it_on_its_day() -> None:
    row = _row("Norwegian authorities updated the country's flood toll to 470 on Monday.", 470)
    assert (row["claimant"], row["stated_on"]) == ("Norwegian authorities", "2025-03-03")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            'Defending the yards as a "success story," Ole Berg said that they would build 470 '
            "hulls by March.",
            "Ole Berg",
        ),
        ('"We are ready," the minister said that day, as 470 boats sailed.', None),
    ],
)
def test_a_that_clause_after_a_quoted_phrase_is_the_speaker_s(
    text: str, claimant: str | None
) -> None:
    assert _row(text, 470)["claimant"] == claimant


def test_a_proposer_states_the_figure_proposed() -> None:
    assert _row("Ole Berg proposed building 470 ferries within a year.", 470)["claimant"] == (
        "Ole Berg"
    )


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        (
            "On Friday, Norway’s coastal agency released satellite images of what it says are "
            "barges carrying up to 470 containers.",
            "Norway’s coastal agency",
        ),
        (
            "In May, the Danish harbour services joined Norway, the U.K. and Iceland in "
            "confirming that up to 470 trawlers were idle.",
            "the Danish harbour services",
        ),
    ],
)
def test_images_of_what_a_body_says_and_joining_others_in_confirming(
    text: str, claimant: str
) -> None:
    assert _row(text, 470)["claimant"] == claimant


@pytest.mark.parametrize("body", ["the UN children's fund", "the UN's food programme"])
def test_a_fund_or_a_programme_behind_a_lower_case_possessive_speaks(body: str) -> None:
    text = f"About 470 families were affected by the floods, {body} said."
    assert _row(text, 470)["claimant"] == body


def test_a_site_named_by_its_address_is_a_source() -> None:
    text = "About 470 homes lost power at the peak, according to outagewatch.us."
    assert _row(text, 470)["claimant"] == "outagewatch.us"


def test_figures_right_after_a_vague_amount_of_the_same_noun_make_it_precise() -> None:
    text = (
        "Recent reports from the Nordic Ferry Union indicate heavy layoffs among crews. An "
        "estimated 470 crew members faced layoffs, including 40 captains.\n\n"
        "The weather was calm. An estimated 900 boats sailed."
    )
    assert _row(text, 470)["claimant"] == "the Nordic Ferry Union"
    assert _row(text, 900)["claimant"] is None


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The man and the woman told reporters that 470 boats sank.", "The man and the woman"),
        ("She and her husband said 470 boats sank.", "She and her husband"),
    ],
)
def test_two_people_joined_by_and_both_speak(text: str, claimant: str) -> None:
    assert _row(text, 470)["claimant"] == claimant


def test_a_place_ranked_in_a_list_is_no_he() -> None:
    text = (
        "According to harbour master Ole Berg, Tromso lost the most boats this year.\n\n"
        "Bodo meanwhile recorded 1,102 losses, followed by Narvik (1,016) and Alta (974).\n\n"
        'He said: "About 470 crews are still at sea."'
    )
    assert _row(text, 470)["claimant"] == "He (harbour master Ole Berg)"


def test_nameless_estimates_closed_by_a_named_source_are_its() -> None:
    text = (
        "Some estimates suggest the flood toll is as high as 470, according to Nordic Envoy "
        "for Water, Ole Berg."
    )
    assert _row(text, 470)["claimant"] == "Nordic Envoy for Water, Ole Berg"


@pytest.mark.parametrize("opening", ["Of the total boats sent out,", "Of those,"])
def test_a_part_of_the_last_figure_goes_on_past_a_sentence_counting_nothing(
    opening: str,
) -> None:
    text = (
        "The rescuers sent out 90 boats overnight, according to the coast guard. The storm "
        f"hit several harbours. {opening} 61 came back by dawn.\n\n"
        "The harbours were closed on Friday. Of those, 12 reopened."
    )
    assert _row(text, 61)["claimant"] == "the coast guard"
    # not past a new paragraph
    assert _row(text, 12)["claimant"] is None


def test_a_generic_descriptor_is_no_body_of_no_country_the_page_never_names() -> None:
    actors = [
        {"actor_id": "imo", "name": "International Maritime Organization (IMO)",
         "kind": "organization", "country": None, "description": "The UN shipping agency"},
    ]  # fmt: skip
    text = (
        "A Swiss research group counted 40 wrecks this year. The organization estimated that "
        "12 more were lost at sea."
    )
    rows = propose(text, PUB, actors=actors)["candidates"]
    twelve = next(r for r in rows if r["value"] == 12)
    assert twelve["claimant_id"] is None, twelve
    # a page that names the body lets the descriptor stand for it
    named = propose(f"The IMO met in London. {text}", PUB, actors=actors)["candidates"]
    assert next(r for r in named if r["value"] == 12)["claimant_id"] == "imo"


@pytest.mark.parametrize(
    "background",
    [
        "The closure comes just two days after storms sank 14 boats.",
        "It also comes a week after 14 boats sank in the fjord.",
        "The move came amid reports that 14 boats had sunk.",
    ],
)
def test_a_sentence_setting_the_news_against_earlier_events_is_the_page_s(
    background: str,
) -> None:
    text = f"The coast guard said on Monday that 60 ferries were tied up. {background}"
    assert _row(text, 60)["claimant"] == "The coast guard"
    assert _row(text, 14)["claimant"] is None


def test_an_unnamed_official_quoted_on_a_figure_stated_before_speaks_for_themself() -> None:
    # an official speaks for a body: no commentator restating the body's figure
    text = (
        "The storm sank around 200 boats on the west coast. The Coastal Administration "
        "announced this today.\n\n"
        "“The storm sank more than 200 boats in the north between 9 a.m. and noon,” a coast "
        "guard official said at a news conference."
    )
    rows = [r for r in propose(text, PUB)["candidates"] if r["value"] == 200]
    assert [r["claimant"] for r in rows] == ["The Coastal Administration", "a coast guard official"]


def test_every_sentence_of_a_bulleted_list_under_a_colon_is_the_opener_s() -> None:
    text = (
        "The harbour board wrote:\n"
        "- Storms sank 12 boats in March. The fleet stayed in.\n"
        "- March was the worst month of the year. Some 40 ferries missed sailings on one day.\n"
        "- Repairs went on all week. 9 cranes were down.\n"
        "The ferry union says 70 crews were sent home."
    )
    for number in (12, 40, 9):
        assert _row(text, number)["claimant"] == "The harbour board", number
    # the list ends with its last bulleted line
    assert _row(text, 70)["claimant"] == "The ferry union"


def test_this_is_stated_in_the_report_of_a_body_relayed_by_an_outlet() -> None:
    text = (
        "The port lost 983 boats in February. This is stated in the report of the Coastal "
        "Administration, NRK writes."
    )
    assert _row(text, 983)["claimant"] == "the Coastal Administration"


@pytest.mark.parametrize("heading", ["Recall", "Background:", "For reference"])
def test_below_a_background_heading_the_release_above_does_not_go_on(heading: str) -> None:
    text = (
        "The Coastal Administration's report says 40 ferries were idle in March.\n\n"
        "The report also indicates that 12 barges sank.\n\n"
        f"{heading}\n\n"
        "The losses of the northern fleet since the storms began have reached about 300 boats."
    )
    assert _row(text, 12)["claimant"].startswith("The report")
    assert _row(text, 300)["claimant"] is None


def test_figures_said_to_be_reported_take_the_source_closing_the_next_sentence() -> None:
    text = (
        "Rescue boats reportedly reached 76 villages across 9 districts, while 30 were cut "
        "off. Five helicopters flew in supplies, according to the civil defence agency."
    )
    for number in (76, 30, 5):
        assert _row(text, number)["claimant"] == "the civil defence agency", number
    # without the hearsay, the page's figure stays its own
    plain = text.replace(" reportedly", "")
    assert _row(plain, 76)["claimant"] is None


def test_a_study_released_on_a_bare_day_by_a_body_in_a_city() -> None:
    text = (
        "A study released Tuesday by the Institute for Maritime Studies in Bergen estimates "
        "that 40,000 boats were lost."
    )
    row = _row(text, 40000)
    assert row["claimant"] == "A study (the Institute for Maritime Studies)", row
    assert row["stated_on"] == "2025-03-04"


@pytest.mark.parametrize("verb", ["found out", "established"])
def test_a_finding_verb_with_a_that_clause_states_its_figures(verb: str) -> None:
    text = f"The volunteers also {verb} that a total of 1 240 boats had sunk. Among them are 12 ferries."
    assert _row(text, 1240)["claimant"] == "The volunteers"
    assert _row(text, 12)["claimant"] == "The volunteers"


def test_two_groups_joined_by_and_opening_the_sentence_are_one_claimant() -> None:
    text = "The divers and volunteers have also identified around 450 wrecks."
    assert _row(text, 450)["claimant"] == "The divers and volunteers"


def test_a_ranking_of_places_with_bracketed_figures_breaks_down_the_total_before() -> None:
    text = (
        "The harbour board has counted 1 240 boats lost in the storms.\n\n"
        "The most were lost in Tromsø (310) and Bodø (205). Next on the list are Alta (140) "
        "and Narvik (98).\n\n"
        "Divers found 40 wrecks last week."
    )
    for number in (310, 205, 140, 98):
        assert _row(text, number)["claimant"] == "The harbour board", number
    assert _row(text, 40)["claimant"] is None


@pytest.mark.parametrize(
    "source",
    ["two Western officials", "several US officials", "multiple South Korean officials",
     "multiple Western intelligence assessments"],
)  # fmt: skip
def test_a_quantifier_and_a_nationality_before_a_role_word(source: str) -> None:
    text = f"The navy has lost more than 40 ships, according to {source}."
    rows = propose(text, PUB)["candidates"]
    assert [(r["value"], r["claimant"]) for r in rows] == [(40, source)], rows


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        # (how they know is no part of their name)
        ("The navy has lost 40 ships, according to two people familiar with the matter.",
         "two people"),
        ("The navy has lost 40 ships, according to a person with knowledge of the plans.",
         "a person"),
        ("The navy has lost 40 ships, two people briefed on the findings said.", "two people"),
        ("People familiar with the count said the navy has lost 40 ships.", "People"),
        # the owner of what they know of is the source named before
        ("The ministry believes, according to people familiar with its assessments, that the "
         "navy has lost 40 ships.", "The ministry"),
    ],
)  # fmt: skip
def test_unnamed_people_who_know_are_the_source(text: str, claimant: str) -> None:
    rows = propose(text, PUB)["candidates"]
    assert [(r["value"], r["claimant"]) for r in rows] == [(40, claimant)], rows


def test_people_named_by_where_they_are_from_speak_not_the_place() -> None:
    text = "Displaced families from northern Tromsø reported finding 40 wrecks on the shore."
    assert _row(text, 40)["claimant"] == "Displaced families from northern Tromsø"


def test_lay_people_inside_a_party_s_words_are_told_by_the_party() -> None:
    text = (
        "In a statement, the coastal agency said that displaced families from northern Tromsø "
        "reported finding bodies, with more than 40 people still missing."
    )
    assert _row(text, 40)["claimant"] == "the coastal agency"


@pytest.mark.parametrize(
    "text",
    [
        'The statement continued, "Six ferries sank. Five of them were towed."',
        'The statement detailed: "Six ferries sank. Five of them were towed."',
        "The statement went on to say that six ferries sank.",
    ],
)
def test_a_statement_going_on_with_a_quotation_or_a_that_clause(text: str) -> None:
    assert _row(text, 6)["claimant"] == "The statement"


def test_two_sources_each_closing_their_own_figure() -> None:
    text = (
        "The storm sank 13 ferries, according to Norwegian media reports, and 12 barges, in "
        "a separate count, as confirmed by harbour officials."
    )
    assert _row(text, 13)["claimant"] == "Norwegian media reports"
    assert _row(text, 12)["claimant"] == "harbour officials"


def test_claiming_to_have_done_something_counted_states_it() -> None:
    text = "Coast guard crews searched the fjord on Monday, claiming to rescue more than 50 people."
    assert _row(text, 50)["claimant"] == "Coast guard crews"


def test_mentioned_x_as_stating_is_x_s() -> None:
    text = "Analysts also mentioned the Coast Guard as stating that 200 boats were lost."
    assert _row(text, 200)["claimant"] == "the Coast Guard"


def test_in_the_total_number_opens_a_breakdown_of_the_figure_before() -> None:
    text = (
        "The rescue board reported that storms sank at least 436 boats in 2023.\n\n"
        "In the total number of losses, 189 were ferries, while the remaining 247 were barges."
    )
    assert _row(text, 189)["claimant"] == "The rescue board"


def test_a_ministry_name_two_states_share_is_no_known_actor_on_a_page_of_another() -> None:
    actors = [
        {"actor_id": "kor-mnd", "name": "Ministry of National Defense of South Korea",
         "kind": "government_body", "country": "KOR", "description": "Seoul's defence ministry",
         "aliases": "MND;Ministry of National Defense"},
    ]  # fmt: skip
    taipei = "The Ministry of National Defense said 13 aircraft were detected around Taiwan."
    assert propose(taipei, PUB, actors=actors)["candidates"][0]["claimant_id"] is None
    seoul = "The Ministry of National Defense said 13 North Korean drones crossed into South Korea."
    assert propose(seoul, PUB, actors=actors)["candidates"][0]["claimant_id"] == "kor-mnd"


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("The coast guard has detected 40 foreign trawlers near the islands.", 40,
         "The coast guard"),
        ("So far this month, the navy has spotted 123 drones.", 123, "the navy"),
        ("The navy monitored 207 vessels from 3 to 9 May.", 207, "The navy"),
        ("In the navy's latest data, there were 28 patrol boats.", 28, "the navy"),
        # the sayer's own count, told: the sayer, not "it"
        ("The navy issued its update, saying it had detected 31 vessels.", 31, "The navy"),
    ],
)  # fmt: skip
def test_detecting_spotting_and_monitoring_count(text: str, number: int, claimant: str) -> None:
    assert _row(text, number)["claimant"] == claimant


def test_a_post_in_a_country_then_the_name_of_who_holds_it() -> None:
    text = "Some 197 pilots have retired, said the Harbour Director in Norway Kari Lund."
    assert _row(text, 197)["claimant"] == "the Harbour Director in Norway Kari Lund"


def test_fearing_that_states_a_figure_but_fears_after_a_preposition_are_a_noun() -> None:
    said = "Harbour officials fear that at least 40 boats were lost."
    assert _row(said, 40)["claimant"] == "Harbour officials"
    for noun in ("The port closed on fears that 40 boats were lost.",
                 "There are fears that 40 boats were lost."):  # fmt: skip
        assert _row(noun, 40)["claimant"] is None, noun


def test_a_source_left_open_by_a_comma_on_its_own_line_states_the_lines_below() -> None:
    text = (
        "Ferry traffic fell sharply last year.\n"
        "What Happened\n"
        "According to the port's data released Thursday, as reported by NRK,\n"
        "For the first time, all 32 ferry lines ran at a loss.\n"
        "In 2024, more than 10 lines were still profitable.\n"
        "Why It Matters\n"
        "Operators: 5 firms may fold, analysts warn."
    )
    assert _row(text, 32)["claimant"] == "the port"
    assert _row(text, 10)["claimant"] == "the port"
    assert _row(text, 5)["claimant"] == "analysts"


def test_the_announcement_came_from_a_named_person_at_a_venue() -> None:
    text = (
        "Norway will send two more patrol boats to Iceland this year. The announcement came "
        "from Defence Minister Kari Lund at the Bergen Security Forum, NRK reported."
    )
    assert _row(text, 2)["claimant"] == "Defence Minister Kari Lund"


def test_a_span_of_time_between_the_auxiliary_and_the_verb() -> None:
    text = "Retired skippers have for decades testified that around 90 percent of catches are lost."
    assert _row(text, 90)["claimant"] == "Retired skippers"


def test_a_role_of_a_region_named_with_its_country_possessive_is_the_subject() -> None:
    text = (
        "The governor of Norway’s Nordland region said rescuers pulled 14 hikers off the "
        "glacier, while the mayor of Bodø said another hiker was still missing."
    )
    assert _row(text, 14)["claimant"] == "The governor of Norway’s Nordland region"


def test_a_role_word_keeps_its_lower_case_complement() -> None:
    first = _row(
        "Finland’s co-ordination office for missing persons said 37 divers had joined.", 37
    )
    assert first["claimant"] == "Finland’s co-ordination office for missing persons"
    second = _row("The commissioner for fisheries said 52 boats stayed in port.", 52)
    assert second["claimant"] == "The commissioner for fisheries"


def test_a_closing_claimant_keeps_the_noun_after_its_role_word() -> None:
    first = _row(
        "The ferries carried 310 passengers, as noted by Oslo's chief negotiator, Kari Dahl.", 310
    )
    assert first["claimant"] == "Oslo's chief negotiator, Kari Dahl"
    second = _row("The port turned away 24 trawlers, said another government body.", 24)
    assert second["claimant"] == "another government body"


def test_figures_from_a_month_are_the_source_s_not_the_month_s() -> None:
    text = "According to Norwegian Coastal Administration data from August, 61 boats ran aground."
    row = _row(text, 61)
    assert row["claimant_id"] == "nor-coast"
    assert row["stated_on"] is None  # the data's period, not the day they were given


def test_let_slip_and_asserting_state_a_figure() -> None:
    slip = _row("A harbour official let slip that the board received 480 complaints.", 480)
    assert slip["claimant"] == "A harbour official"
    text = (
        "Oslo has long played down the damage. Mayor Kari Dahl also pointed to the storm's "
        "toll, asserting that losses exceed 750 boats."
    )
    assert _row(text, 750)["claimant"] == "Mayor Kari Dahl"


def test_a_closing_frame_followed_by_the_parts_of_its_figure_closes_the_sentence() -> None:
    text = (
        "The board on Friday fined more than 400 trawlers and their owners for fishing out of "
        "season, the fisheries agency said, including Danish boats that Norwegian inspectors "
        "believe are repeat offenders."
    )
    assert _row(text, 400)["claimant"] == "the fisheries agency"


def test_a_participle_of_saying_reaches_a_subject_behind_a_time_between_commas() -> None:
    text = (
        "The Norwegian Coastal Administration, in 2022, banned the shipping firm from its "
        "ports, saying that 16 of its tankers had dumped oil."
    )
    row = _row(text, 16)
    assert row["claimant_id"] == "nor-coast"
    assert row["stated_on"] == "2022-01-01"


def test_journalists_of_a_publication_note_their_figures() -> None:
    text = "As the journalists of the magazine note, the harbour lost 70 berths to the storm."
    assert _row(text, 70)["claimant"] == "the journalists of the magazine"


def test_this_information_points_back_to_the_party_an_outlet_relayed() -> None:
    text = (
        "Meanwhile, the Norwegian Coastal Administration reported 31 groundings in the past "
        "day, the Fjord Times reported. According to this information, pilots guided over "
        "240 ships into port."
    )
    assert _row(text, 240)["claimant_id"] == "nor-coast"


def test_an_update_from_a_body_opening_an_impersonal_passive_is_the_body_s() -> None:
    text = (
        "In a recent update from the Norwegian Coastal Administration, it was reported that "
        "1,140 boats stayed in port."
    )
    assert _row(text, 1140)["claimant_id"] == "nor-coast"


def test_a_chamber_of_parliament_before_a_legislator_s_title_is_part_of_the_claimant() -> None:
    text = (
        "The port took in 1,000 trawlers while sending 24 ferries out, lower-house Storting "
        "member Kari Dahl told the Fjord Times."
    )
    assert _row(text, 24)["claimant"] == "lower-house Storting member Kari Dahl"


def test_a_quotation_paragraph_after_a_speaker_s_closed_quotation_is_the_speaker_s() -> None:
    text = (
        "Harbour master Kari Dahl said on Thursday that the storm had closed the port.\n\n"
        '"These waves were not all that strong," Dahl said. "We think the boats were badly '
        'moored."\n\n'
        '"Our count is that, so far, more than 140 boats have been lost in this one storm."'
    )
    row = _row(text, 140)
    assert row["claimant"] == "Harbour master Kari Dahl"


def test_a_source_named_with_digits_is_a_claimant() -> None:
    row = _row("Satellite images show 50 trawlers at the pier, 38 North reported.", 50)
    assert row["claimant"] == "38 North"
    text = "At least five ports raised their fees, the exiled news outlet 7x7 reported Wednesday."
    assert _row(text, 5)["claimant"] == "the exiled news outlet 7x7"


def test_an_outlet_s_or_a_new_study_s_document_closing_the_sentence_is_the_source() -> None:
    row = _row("The fleet has lost over 100 trawlers since 2022, as per a Fjord Times report.", 100)
    assert row["claimant"] == "Fjord Times"
    study = _row("Nearly 900 boats have been lost to storms, according to a new study.", 900)
    assert study["claimant"] == "a new study"


def test_it_added_goes_on_with_the_speaker_not_the_subject_it_names() -> None:
    text = (
        "Nearly 900 trawlers have been lost to storms, according to the Norwegian Coastal "
        "Administration. The Swedish fleet has lost nearly 400 boats, it added, with 60 crews "
        "missing."
    )
    assert _row(text, 400)["claimant_id"] == "nor-coast"


def test_sources_listed_together_after_according_to_are_kept_together() -> None:
    text = (
        "According to Danish, Swedish and other Nordic coast guards, an average of more than "
        "30 boats ran aground every week."
    )
    assert _row(text, 30)["claimant"] == "Danish, Swedish and other Nordic coast guards"
    text = "The port turned away up to 900 boats, according to harbour records and port officials."
    assert _row(text, 900)["claimant"] == "harbour records and port officials"


def test_a_chair_s_title_before_the_name_closing_a_sentence_is_the_claimant() -> None:
    text = (
        "Ferry traffic to the islands will reach 7,000 crossings this year, co-chair of the "
        "Nordic shipping commission Kari Dahl said in an interview."
    )
    row = _row(text, 7000)
    assert row["claimant"] == "co-chair of the Nordic shipping commission Kari Dahl"


def test_an_outlet_relaying_another_s_report_leaves_the_report_s_author_named_last() -> None:
    text = (
        "Trawlers from at least 21 countries fish off the coast.\n\n"
        "This is reported by Fjord Times, Harbour.NET reports.\n\n"
        "According to the newspaper, the fleet has recently hired at least 35 foreign crews."
    )
    assert _row(text, 35)["claimant"] == "the newspaper (Fjord Times)"


def test_a_body_that_has_so_far_collected_names_counts_them() -> None:
    text = (
        "Fjordwatch, together with volunteers, has so far collected the names of over 1,600 "
        "sailors lost at sea by scouring obituaries."
    )
    assert _row(text, 1600)["claimant"] == "Fjordwatch, together with volunteers"


def test_a_spokeswoman_closing_her_own_body_s_register_is_the_claimant() -> None:
    text = (
        "The organisation had registered more than 1,800 stranded sailors in 2024 alone, "
        "harbour spokeswoman Kari Dahl said."
    )
    assert _row(text, 1800)["claimant"] == "harbour spokeswoman Kari Dahl"


def test_recent_intel_shows_is_a_document_s_statement_and_ago_is_no_unit() -> None:
    text = (
        "Recent intel shows the fleet has grown to about 900 trawlers (up from 300 two weeks ago)."
    )
    assert _row(text, 900)["claimant"] == "Recent intel"
    assert _row(text, 300)["unit"] == "trawlers"


def test_a_source_s_sum_and_its_range_go_on_with_the_source() -> None:
    text = (
        "According to the analysts, Norway's fleet likely lost between 180 and 240 trawlers "
        "and approximately 50 ferries.\n\n"
        "Therefore, overall, the fleet has likely lost around 230-290 boats. This gives an "
        "estimated range of between 290 and 350 vessels.\n\n"
        "The median of the estimate range is 320 vessels."
    )
    for number in (230, 290, 320):
        assert _row(text, number)["claimant"] == "the analysts", number


def test_a_share_of_the_figure_before_told_by_a_closing_source_names_its_source() -> None:
    text = (
        "Since January, storms have sunk about 60 trawlers off the coast. This accounts for "
        "roughly one-third of all boats lost this decade, reported the Fjord Times, citing "
        "an unnamed harbour official."
    )
    assert _row(text, 60)["claimant"] == "the Fjord Times"


def test_the_agency_is_the_intelligence_body_that_just_spoke_not_a_news_agency() -> None:
    text = (
        "Lund met officials in Oslo, the state Fjord News Agency reported Sunday.\n\n"
        "But Norway's Directorate of Military Intelligence told this newspaper in an emailed "
        "statement that it had no such plans.\n\n"
        "“The ships will sail in batches of 15 to 30 boats,” the agency said."
    )
    row = _row(text, 15)
    assert row["claimant"] == "the agency (Norway's Directorate of Military Intelligence)"


@pytest.mark.parametrize(
    ("text", "number", "claimant"),
    [
        ("The Ministry of Health in the Faroe Islands announced that the toll exceeded 330.",
         330, "The Ministry of Health in the Faroe Islands"),
        ("The Nordic Office for Rescue Coordination (NORC), in its latest update on the "
         "situation in Bodø said that the number of displaced people rose by about 19,600.",
         19_600, "The Nordic Office for Rescue Coordination (NORC)"),
        ("The board noted that Nordland and Troms states were the most affected, with 157 and "
         "68 groundings recorded.", 157, "The board"),
        ("“People keep fleeing,” the agency said on X.It added that over 1,650 people are "
         "in shelters.", 1_650, "It (the agency)"),
    ],
)  # fmt: skip
def test_bodies_named_with_their_place_or_update_of_set_77(
    text: str, number: int, claimant: str
) -> None:
    assert _row(text, number)["claimant"] == claimant


def test_a_place_s_death_toll_or_population_names_no_claimant() -> None:
    assert _row("Bodø’s death toll surpasses 300 after the storm.", 300)["claimant"] is None
    text = "Over a quarter of Norway’s 5 million people have now left the coast."
    assert _row(text, 5_000_000)["claimant"] is None
    assert _row("The ministry’s death toll stands at 300.", 300)["claimant"] == "The ministry"


def test_the_minister_after_a_named_minister_past_a_wire_credit_is_that_minister() -> None:
    text = (
        "Meanwhile, Faroese Minister of Fisheries, Kari Dahl, said the storms had sunk more "
        "than 140 boats.\n"
        "The minister added that crews are living in “a grim reality. The number of boats "
        "lost in the north has reached at least 30.”– NNN-FJORD"
    )
    row = _row(text, 30)
    assert row["claimant"] == "The minister (Faroese Minister of Fisheries, Kari Dahl)"
    assert "headline" not in row["flags"]


def test_with_officials_placed_somewhere_reporting_a_figure_are_its_source() -> None:
    text = (
        "The storm season has reached a grim new peak with harbour officials in "
        "storm-battered Bodø reporting over 240 boats lost."
    )
    assert _row(text, 240)["claimant"] == "harbour officials in storm-battered Bodø"


def test_a_speaker_after_a_dashed_aside_closes_the_sentence_before_it() -> None:
    text = (
        "Storms have sunk more than 100 boats in the past day – more than on any day this "
        "year – Norway said, as its harbour master warned of a long winter."
    )
    assert _row(text, 100)["claimant"] == "Norway"


def test_this_is_stated_in_a_message_on_a_body_s_portal_names_the_body() -> None:
    text = (
        "Norway has sent more than 10,000 crates of fish to Finland since last September.\n\n"
        "This is stated in a message posted on the official portal of the Norwegian Coastal "
        "Administration."
    )
    assert _row(text, 10_000)["claimant_id"] == "nor-coast"


def test_as_reported_by_set_off_by_commas_inside_the_sentence_names_its_source() -> None:
    text = (
        "Norway has reached a grim landmark, as reported by the Norwegian Coastal "
        "Administration, with over 3,000 boats now laid up, marking a fifty percent rise."
    )
    assert _row(text, 3000)["claimant_id"] == "nor-coast"
    assert _row(text, 50)["claimant_id"] == "nor-coast"


def test_a_study_in_a_body_s_name_is_no_document_of_its_last_word() -> None:
    text = (
        "The refinery processes about 7.5 million tons of oil a year, according to the "
        "Institute for the Study of War."
    )
    assert _row(text, 7_500_000)["claimant"] == "the Institute for the Study of War"


def test_an_abbreviation_s_possessive_opens_the_body_it_owns() -> None:
    text = "According to the U.N.’s Fisheries Monitoring Office (FMO), at least 5,415 boats sank."
    assert _row(text, 5415)["claimant"] == "the U.N.’s Fisheries Monitoring Office (FMO)"


def test_media_reports_in_a_list_of_sources_are_no_verb_of_saying() -> None:
    text = (
        "Fjordwatch and the outlet Harbour Daily have identified 1,001 lost boats.\n\n"
        "The journalists note that the real figures are likely higher, as their data come "
        "from obituaries, posts by relatives, regional media reports, and statements from "
        "harbour masters.\n\n"
        "The confirmed losses now include 242 trawlers, according to the media outlets."
    )
    assert _row(text, 242)["claimant"] == "the media outlets"


def test_the_attack_just_reported_named_again_goes_on_with_its_account() -> None:
    text = (
        "The mayor of Bodø said that the coast guard destroyed 13 drones over the harbour.\n\n"
        "The attack caused three fires which have since been put out. It also damaged four "
        "warehouses."
    )
    assert _row(text, 3)["claimant"] == "The mayor of Bodø"
    assert _row(text, 4)["claimant"] == "The mayor of Bodø"


def test_machines_also_doing_something_go_on_with_the_account() -> None:
    text = (
        "The coast guard said it had intercepted seven drones over the fjord. Long-range "
        "bombers also attacked the island with four cruise missiles."
    )
    assert _row(text, 4)["claimant"] == "The coast guard"


def test_a_small_count_in_a_quotation_restates_no_earlier_small_count() -> None:
    text = (
        "The harbour board reported damage to two piers and a dozen boats.\n"
        "The coast guard said it stopped “two smugglers loading fuel” near the pier."
    )
    assert _row(text, 2)["claimant"] == "The harbour board"
    rows = propose(text, PUB, actors=ACTORS)["candidates"]
    quoted = next(r for r in rows if r["quote"].startswith("two smugglers"))
    assert quoted["claimant"] == "The coast guard"


def test_a_report_echoed_is_the_object_of_the_verb_not_a_verb_of_saying() -> None:
    text = (
        "The Norwegian Coastal Administration echoed the news report, adding that efforts "
        "are under way to find 40 missing boats."
    )
    row = _row(text, 40)
    assert row["claimant_id"] == "nor-coast"


def test_according_to_the_latest_reports_of_a_named_source_is_the_source() -> None:
    text = "According to the latest NCA updates, over 6,000 nets were lost."
    assert _row(text, 6000)["claimant"] == "NCA"


def test_an_absolute_clause_of_named_estimates_gives_them_the_figure() -> None:
    text = "The yards are busy, with Norwegian estimates suggesting that over 600 trawlers sank."
    assert _row(text, 600)["claimant"] == "Norwegian estimates"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Officials from local ports said 300 boats sank.", "Officials from local ports"),
        ("Experts from the institute said 300 boats sank.", "Experts from the institute"),
        ("In November, inspectors from the coastal agency reported that 300 boats sank.",
         "inspectors from the coastal agency"),
    ],
)  # fmt: skip
def test_people_named_by_their_group_and_where_they_are_from_speak(
    text: str, claimant: str
) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_she_opening_a_sentence_goes_on_with_the_person_not_the_body_she_cited() -> None:
    text = (
        "Harbour news\n\n"
        "Kari Lund, the harbour master, said on Monday that according to the Norwegian Coastal "
        "Administration at least 300 boats had sunk.\n\n"
        "She highlighted the storm in Troms, in which at least 13 crew were reportedly lost.\n"
    )
    assert "Kari Lund" in str(_row(text, 13)["claimant"])


def test_the_day_of_an_occasion_after_a_pointing_agent_s_post_and_name_dates_the_figures() -> None:
    text = (
        "Harbour news\n\n"
        "Some 1,000 trawlers are idle in the north. This was stated by Norway's envoy to the UN, "
        "Kari Lund, during a Security Council meeting on Tuesday.\n"
    )
    row = _row(text, 1000)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-04", "day")


@pytest.mark.parametrize(
    "text",
    [
        "Danish, Swedish and Finnish estimates put the number of idle trawlers between 300 and "
        "400.",
        "The coastal agency has put the number of idle trawlers somewhere between 300 and 400.",
        "Insurers put the count of idle trawlers in the range of 300 to 400.",
    ],
)
def test_a_figure_put_between_two_bounds_is_the_putter_s(text: str) -> None:
    row = _row(text, 300)
    assert row["claimant"] is not None and "page" not in row["claimant"]
    assert row["unit"] == "idle trawlers" or row["unit"] == "trawlers"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The coastal agency explains that 300 boats sank.", "The coastal agency"),
        ("Harbour pilots recount that 300 boats sank in the gale.", "Harbour pilots"),
        ("The port authority maintains that 300 boats sank.", "The port authority"),
        ("The harbour board insists that 300 boats sank.", "The harbour board"),
    ],
)  # fmt: skip
def test_present_tense_and_that_only_verbs_of_saying_frame_their_subject(
    text: str, claimant: str
) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_recount_without_a_that_clause_is_no_frame() -> None:
    text = "Officials recount the ballots of 300 fishermen."
    assert _row(text, 300)["claimant"] in (None, "the page")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("NTB quoted a Norwegian harbour official as saying that 300 boats sank.",
         "a Norwegian harbour official"),
        ("NTB quoted a Norwegian government memo as saying 300 boats sank.",
         "a Norwegian government memo"),
        ("According to testimony by harbour master Kari Lund, 300 boats sank.",
         "harbour master Kari Lund"),
        ("According to briefings to the Storting by harbour master Kari Lund, 300 boats sank.",
         "harbour master Kari Lund"),
    ],
)  # fmt: skip
def test_the_one_quoted_or_testifying_is_the_claimant(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_the_day_right_after_a_long_opening_source_dates_it() -> None:
    text = (
        "According to briefings at the Storting by harbour master Kari Lund on 23 October, "
        "some 300 boats sank."
    )
    row = _row(text, 300)
    assert (row["claimant"], row["stated_on"]) == ("harbour master Kari Lund", "2024-10-23")


def test_each_source_in_brackets_covers_the_figure_before_it() -> None:
    text = (
        "Estimates of the losses run from at least 100 boats in a month (according to Danish "
        "brokers) to about 400 boats in a season (according to Norwegian lawmakers)."
    )
    assert _row(text, 100)["claimant"] == "Danish brokers"
    assert _row(text, 400)["claimant"] == "Norwegian lawmakers"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Some 300 boats sank, according to Danish insurers.", "Danish insurers"),
        ("Some 300 boats sank, said Norwegian fishermen.", "Norwegian fishermen"),
    ],
)  # fmt: skip
def test_a_people_s_adjective_before_a_plural_names_those_people(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The coast guard and the police said that 300 boats sank.",
         "The coast guard and the police"),
        ("Local officials and the harbour police reported that 300 boats sank.",
         "Local officials and the harbour police"),
        ("In Tromsø, the coast guard and the police said 300 boats sank.",
         "the coast guard and the police"),
    ],
)  # fmt: skip
def test_a_body_by_its_role_and_a_definite_body_are_one_claimant(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("According to Norway, Sweden and Denmark, 300 boats sank.",
         "Norway, Sweden and Denmark"),
        ("According to reports from Norway, Sweden, and the Faroe Islands, 300 boats sank.",
         "Norway, Sweden, and the Faroe Islands"),
    ],
)  # fmt: skip
def test_an_opening_source_s_list_of_names_is_read_whole(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


@pytest.mark.parametrize(
    "opening",
    ["At the end of February, Finland", "Finland"],
)
def test_they_after_but_is_the_one_word_subject_of_its_own_sentence(opening: str) -> None:
    text = (
        "Last week the Norwegian Coastal Administration said 50 boats sank. "
        f"{opening} also released an estimate of its losses, but in their case, they "
        "estimated that around 90 boats had sunk."
    )
    assert "Finland" in str(_row(text, 90)["claimant"])


def test_a_pointing_sentence_s_agent_wins_over_a_clause_on_that_agent() -> None:
    text = (
        "Harbour news\n\n"
        "Some 300 boats sank in the gale. This information was provided by Rep. Kari Lund, "
        "who drew on figures briefed by the coast guard chief.\n"
    )
    assert "Kari Lund" in str(_row(text, 300)["claimant"])


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The gale was severe, with Finland identifying 300 wrecked boats.", "Finland"),
        ("The gale was severe, with the coast guard even releasing images of 300 wrecked boats.",
         "the coast guard"),
    ],
)  # fmt: skip
def test_an_absolute_clause_of_identifying_or_releasing_images_names_its_subject(
    text: str, claimant: str
) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_an_absolute_clause_releasing_people_is_an_act() -> None:
    text = "The truce held, with the army releasing 300 prisoners."
    assert _row(text, 300)["claimant"] in (None, "the page")


def test_a_dashed_passive_aside_names_its_agent_and_the_quote_keeps_the_noun() -> None:
    text = (
        "The toll of the gale – estimated by the Norwegian Coastal Administration to be about "
        "300 boats – has shaken the coast."
    )
    row = _row(text, 300)
    assert row["claimant_id"] == "nor-coast"
    assert row["quote"].startswith("The toll of the gale")


@pytest.mark.parametrize("opening", ["It’s estimated", "It's believed", "It’s also said"])
def test_a_contracted_impersonal_passive_names_no_it(opening: str) -> None:
    text = f"{opening} that around 300 trawlers sank in the gale."
    assert _row(text, 300)["claimant"] in (None, "the page")


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ('According to "The Harbour Herald," about 300 trawlers sank.', "The Harbour Herald"),
        ("According to “Fjordposten”, about 300 trawlers sank.", "Fjordposten"),
        ('About 300 trawlers sank in the gale, reports the "Harbour Herald," citing coast guard '
         "sources.", "Harbour Herald"),
    ],
)  # fmt: skip
def test_an_outlet_named_in_quotation_marks_is_the_source(text: str, claimant: str) -> None:
    row = _row(text, 300)
    assert row["claimant"] == claimant
    assert "reports" not in row["quote"]


@pytest.mark.parametrize(
    "more",
    ["At least three other trawlers were damaged.", "Another 3 trawlers were damaged.",
     "Three more trawlers were damaged."],
)  # fmt: skip
def test_more_of_what_the_sentence_before_counted_goes_on_with_its_source(more: str) -> None:
    text = (
        "Harbour news\n\n"
        f"Six trawlers sank near Tromsø on Monday, the Harbour Herald reported. {more}\n"
    )
    assert _row(text, 3)["claimant"] == "the Harbour Herald"


@pytest.mark.parametrize(
    "text",
    [
        "About 300 trawlers sank, a post on the Norwegian Coastal Administration’s Telegram "
        "channel said.",
        "A statement on the Norwegian Coastal Administration’s website said 300 trawlers sank.",
    ],
)
def test_a_document_on_a_body_s_channel_is_the_body_s(text: str) -> None:
    row = _row(text, 300)
    assert row["claimant_id"] == "nor-coast"


def test_reports_that_surfaced_of_a_count_in_words_are_unnamed_reports() -> None:
    row = _row("Reports have surfaced that three hundred trawlers sank near Tromsø.", 300)
    assert row["claimant"] == "reports"


@pytest.mark.parametrize(
    ("second", "claimant"),
    [
        ("“We have just learnt that some 300 trawlers are idle,” Kari Lund said.", "Kari Lund"),
        ("“Some 300 trawlers are idle,” lawmaker Kari Lund said.", "lawmaker Kari Lund"),
    ],
)  # fmt: skip
def test_a_quoted_speaker_for_a_body_states_a_figure_said_before(
    second: str, claimant: str
) -> None:
    text = (
        "Harbour news\n\n"
        "The Norwegian Coastal Administration said on Monday that some 300 trawlers are idle.\n\n"
        f"{second}\n"
    )
    rows = [r for r in propose(text, PUB, actors=ACTORS)["candidates"] if r["value"] == 300]
    assert rows[-1]["claimant"] == claimant


def test_page_voice_figures_between_two_statements_of_one_speaker_are_hers() -> None:
    text = (
        "Harbour news\n\n"
        "The harbour master, Kari Lund, spoke on Monday. According to her, the fleet will burn "
        "Danish fuel. The first squadron of 260 trawlers will sail to Tromsø. Where the other "
        "boats will go is still unclear, she added.\n\n"
        "The first squadron of 40 ferries will sail to Bodø.\n"
    )
    assert "Kari Lund" in str(_row(text, 260)["claimant"])
    assert _row(text, 40)["claimant"] in (None, "the page")


def test_a_pointing_sentence_relayed_by_an_outlet_names_its_agent() -> None:
    text = (
        "Harbour news\n\n"
        "About 300 trawlers have already sunk in the gale.\n\n"
        "According to NRK, citing NTB, this was reported by Captain Kari Lund, head of the "
        "coast guard.\n"
    )
    assert _row(text, 300)["claimant"] == "Captain Kari Lund"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The gale was met with alarm, with Denmark accusing the harbour board of sending more "
         "than 300 trawlers to sea.", "Denmark"),
        ("The gale was met with alarm, with Oslo, Bergen and Tromsø condemning the harbour "
         "board for sending more than 300 trawlers to sea.", "Oslo, Bergen and Tromsø"),
    ],
)  # fmt: skip
def test_an_absolute_clause_of_accusing_names_the_accusers(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_plural_forces_are_role_words_of_a_coordinated_subject() -> None:
    text = "The U.S. and West African militaries have accused Norway of sending 300 trawlers."
    assert _row(text, 300)["claimant"] == "The U.S. and West African militaries"


def test_a_claimant_never_starts_inside_a_word() -> None:
    text = (
        "The minister met their South Korean counterparts who visited the port and said that "
        "around 300 trawlers are idle."
    )
    claimant = str(_row(text, 300)["claimant"])
    start = text.find(claimant)
    assert start >= 0 and (start == 0 or not text[start - 1].isalpha())


def test_adjectives_joined_before_a_document_are_read_whole() -> None:
    row = _row("According to Danish and allied assessments, 300 trawlers sank.", 300)
    assert row["claimant"] == "Danish and allied assessments"


def test_figures_after_a_vague_statement_go_on_even_from_a_since_opening() -> None:
    text = (
        "Harbour news\n\n"
        "The cargo, which includes thousands of crates of cod, is being sold abroad for fuel, "
        "according to Danish sources. Since August 2022, Norway has shipped about 300 "
        "containers of fish to Denmark.\n"
    )
    assert _row(text, 300)["claimant"] == "Danish sources"


def test_the_platform_a_statement_was_posted_on_is_no_speaker() -> None:
    text = (
        "A statement by the Norwegian Coastal Administration (NCA) on Telegram said on Monday "
        "that at least 300 trawlers sank."
    )
    row = _row(text, 300)
    assert row["claimant_id"] == "nor-coast" and "Telegram" not in str(row["claimant"])


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The coast guard provided lawmakers with details indicating that 300 trawlers sank.",
         "The coast guard"),
        ("The harbour board declassified images showing that 300 trawlers sank.",
         "The harbour board"),
    ],
)  # fmt: skip
def test_the_giver_of_details_or_images_showing_a_figure_states_it(
    text: str, claimant: str
) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_confirmations_from_a_party_that_a_figure_holds_are_its() -> None:
    text = "The move follows confirmations from Denmark and Sweden that 300 trawlers sank."
    assert _row(text, 300)["claimant"] == "Denmark and Sweden"


def test_as_reported_by_after_a_dash_names_the_source_and_the_quote_ends_before_it() -> None:
    row = _row("Some 300 trawlers sank in the gale – as reported by NRK.", 300)
    assert row["claimant"] == "NRK"
    assert row["quote"] == "Some 300 trawlers sank in the gale"


def test_a_supplier_in_a_sentence_closed_by_its_speaker_is_no_claimant() -> None:
    row = _row("Some 300 trawler engines were supplied mainly by Denmark, the guild said.", 300)
    assert row["claimant"] == "the guild"


def test_page_voice_figures_before_a_sentence_a_source_closes_are_the_source_s() -> None:
    text = (
        "Harbour news\n\n"
        "Norway is weighing sending up to 300 welders to Denmark to build trawlers. If the "
        "plan goes ahead, the welders will work at the yard in Esbjerg, the broadcaster DR "
        "reports.\n"
    )
    assert _row(text, 300)["claimant"] == "the broadcaster DR"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("It is a trifle, according to competent people, the yards can build 300 trawlers a "
         "year.", "competent people"),
        ("According to local residents, about 300 trawlers sank.", "local residents"),
    ],
)  # fmt: skip
def test_people_named_in_lower_case_after_according_to_are_the_source(
    text: str, claimant: str
) -> None:
    assert _row(text, 300)["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("NTB cited Danish officials as saying that 300 trawlers sank.", "Danish officials"),
        ("NTB also cited Danish coast guard officials who have detected signs that 300 trawlers "
         "sank.", "Danish coast guard officials"),
    ],
)  # fmt: skip
def test_people_an_outlet_cites_without_an_article_are_the_source(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("About 200 trawlers sank, with some reports mentioning numbers up to 300.",
         "some reports"),
        ("Norway’s NATO partner recently confirmed the loss of 300 trawlers.",
         "Norway’s NATO partner"),
        ("The intelligence sector of Norway suspects that 300 trawlers sank.",
         "The intelligence sector of Norway"),
        ("Harbour news\n\nNorway has lost 300 trawlers. This revelation, disclosed by the coast "
         "guard on Monday, shocked the fleet.\n", "the coast guard"),
    ],
)  # fmt: skip
def test_reports_partners_sectors_and_a_disclosed_revelation_name_their_source(
    text: str, claimant: str
) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_this_figure_with_its_own_history_goes_on_with_its_source() -> None:
    text = (
        "Harbour news\n\n"
        "The coast guard said that 13,221 trawlers entered port in 2024.\n\n"
        "This figure sharply increased from 300 in 2023.\n"
    )
    assert _row(text, 300)["claimant"] == "The coast guard"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("The fleet is shrinking, with the harbour board expecting about 300 more trawlers to "
         "sink.", "the harbour board"),
        ("About 300 trawlers sank, Lund was cited as saying by NRK on Tuesday.", "Lund"),
        ("This is double the previous estimate of 300 trawlers reported by coast guard "
         "spokesperson Kari Lund.", "coast guard spokesperson Kari Lund"),
    ],
)  # fmt: skip
def test_expecting_cited_as_saying_by_and_a_role_before_a_name_as_agent(
    text: str, claimant: str
) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_claims_by_a_party_of_a_vague_amount_are_its() -> None:
    text = "Denmark and Sweden have rejected claims by Norway that they sent millions of crates."
    (row,) = propose(text, PUB, actors=ACTORS)["candidates"]
    assert row["claimant"] == "Norway"


@pytest.mark.parametrize(
    ("text", "claimant"),
    [
        ("Lund’s recent remarks suggesting that 300 trawlers sank drew criticism.", "Lund"),
        ("The harbour master provided the mayor with an update on the fleet, which had shrunk "
         "by 300 trawlers.", "The harbour master"),
    ],
)  # fmt: skip
def test_remarks_suggesting_and_an_update_given_are_the_speaker_s(text: str, claimant: str) -> None:
    assert _row(text, 300)["claimant"] == claimant


def test_a_report_to_parliamentarians_which_said_a_figure_is_its_author_s() -> None:
    text = (
        "The warning on Friday follows a report by the Norwegian Coastal Administration to "
        "parliamentarians last week, which said at least 300 trawlers had sunk."
    )
    row = _row(text, 300)
    assert (row["claimant_id"], row["stated_precision"]) == ("nor-coast", "week")


def test_intelligence_a_speaker_cited_about_a_figure_is_the_speaker_s() -> None:
    text = "Lund has also cited intelligence about fleets with possibly up to 300 trawlers."
    assert _row(text, 300)["claimant"] == "Lund"


def test_reports_after_an_adjective_are_a_noun_not_a_verb() -> None:
    text = "The harbour board cited foreign reports estimating the losses at 300 trawlers."
    assert _row(text, 300)["claimant"] != "foreign"


def test_this_was_reported_to_an_outlet_by_a_source_names_the_source() -> None:
    text = (
        "Harbour news\n\n"
        "About 300 trawlers sank in the gale. This was reported to NRK by coast guard sources.\n"
    )
    assert _row(text, 300)["claimant"] == "coast guard sources"


def test_page_voice_figures_before_a_sentence_closed_by_according_to_are_the_source_s() -> None:
    text = (
        "Harbour news\n\n"
        "About 300 trawler crews have allegedly left their boats in the north. The crews, "
        "moored near Tromsø, reportedly walked off, according to the public broadcaster, NRK.\n"
    )
    assert "NRK" in str(_row(text, 300)["claimant"])


def test_a_closing_source_with_a_figure_of_its_own_covers_only_its_sentence() -> None:
    text = (
        "Harbour news\n\n"
        "In November, about 300 trawlers arrived in Tromsø. Within three months, their number "
        "fell by half, according to the harbour master, Kari Lund.\n"
    )
    assert _row(text, 300)["claimant"] in (None, "the page")


def test_a_source_line_naming_an_outlet_s_sources_names_the_outlet() -> None:
    text = (
        "Harbour news\n\n"
        "Source: Harbour Herald sources in the coast guard\n\n"
        "Some 300 trawlers are missing in the north.\n"
    )
    assert _row(text, 300)["claimant"] == "Harbour Herald"


def test_a_named_body_s_branch_speaks() -> None:
    text = "Norway’s Special Operations Forces branch claimed that 300 trawlers sank."
    assert _row(text, 300)["claimant"] == "Norway’s Special Operations Forces branch"


def test_a_transcript_s_surname_labels_speak_and_their_we_is_the_speaker() -> None:
    text = (
        "Harbour news\n\n"
        "NRK: How many trawlers sank?\n\n"
        "Lund: We assess that about 300 trawlers sank in the gale.\n\n"
        "NRK: And the crews?\n\n"
        "Lund: Some 40 crew members are still missing.\n"
    )
    assert _row(text, 300)["claimant"] == "Lund"
    assert _row(text, 40)["claimant"] == "Lund"


def test_a_transcript_s_speaker_in_capitals_without_a_title_speaks() -> None:
    text = (
        "Harbour news\n\n"
        "HOST: How many trawlers sank?\n\n"
        "LUNDQVIST: We assess that about 300 trawlers sank in the gale.\n\n"
        "HOST: And the crews?\n\n"
        "LUNDQVIST: Some 40 crew members are still missing.\n"
    )
    assert _row(text, 40)["claimant"] == "Lundqvist"


def test_a_quotation_whose_speaker_opens_the_next_line_is_the_speaker_s() -> None:
    text = (
        "Harbour news\n\n"
        "“The fleet lost about 300 trawlers in a single night,”\n\n"
        "said Kari Lund from the harbour board.\n"
    )
    assert _row(text, 300)["claimant"] == "Kari Lund"


def test_figures_retold_after_earlier_are_the_page_s() -> None:
    text = (
        "Harbour news\n\n"
        "The harbour board said in July that 40 trawlers would be sold. Earlier, up to 300 "
        "trawlers fished in the north.\n"
    )
    assert _row(text, 300)["claimant"] in (None, "the page")
