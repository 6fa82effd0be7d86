"""Linking a new report to the dataset: claimants to actors (aliases, parents, within one
report), claims to existing events (running totals), and what `accept` records."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from fixture_dataset import write_dataset
from timeline.curation import propose
from timeline.curation.linking import (
    link_event,
    match_claimant,
    parent_of,
    same_body,
    with_estimates,
)

from conftest import DATASETS, run_cli

#: A small actor dictionary of this test's own (the shipped one grows).
ACTORS: list[dict[str, Any]] = [
    {"actor_id": "seoul-spies", "name": "Seoul Intelligence Bureau (SIB)", "kind":
     "government_body", "country": "KOR", "description": None,
     "aliases": "South Korea's spy agency;South Korean intelligence", "parent_id": "kor"},
    {"actor_id": "kor", "name": "South Korea", "kind": "state", "country": "KOR",
     "description": None, "aliases": "Seoul"},
    {"actor_id": "kor-defence", "name": "Defence Office of South Korea", "kind":
     "government_body", "country": "KOR", "description": None,
     "aliases": "South Korea's defence ministry", "parent_id": "kor"},
    {"actor_id": "ukr-staff", "name": "General Staff of Ukraine", "kind": "military_body",
     "country": "UKR", "description": None, "aliases": "General Staff;Ukraine's General Staff"},
    {"actor_id": "us-state", "name": "United States Department of State", "kind":
     "government_body", "country": "USA", "description": None, "aliases": "State Department"},
]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        ("South Korea's spy agency", None, "seoul-spies"),  # a description alias
        ("the Seoul Intelligence Bureau", None, "seoul-spies"),  # the name, article dropped
        ("SIB", None, "seoul-spies"),  # the acronym in the name's parentheses
        ("South Korean intelligence officials", None, "seoul-spies"),  # contains an alias
        ("the defense ministry", "KOR", "kor-defence"),  # country from the sentence; spelling
        ("Ukraine's General Staff", None, "ukr-staff"),
        ("Russia's General Staff", None, None),  # another country's staff is not Ukraine's
        ("State Department spokesman John Doe", None, None),  # a person, not the department
        ("Seoul", None, "kor"),
        ("the South's spy agency", None, "seoul-spies"),  # the South: South Korea
        ("the defence ministry in Seoul", None, "kor-defence"),  # its capital after it
        ("Russia's ambassador in Seoul", None, None),  # another country's envoy
    ],
)
def test_claimants_resolve_by_alias_and_country(
    words: str, country: str | None, expected: str | None
) -> None:
    assert match_claimant(words, ACTORS, country=country)[0] == expected


#: People and bodies of this test's own, for the person and loose-match rules.
PEOPLE: list[dict[str, Any]] = [
    *ACTORS,
    {"actor_id": "doe", "name": "Jane Doe", "kind": "person", "country": "KOR",
     "description": "Head of the Seoul Intelligence Bureau",
     "aliases": "Doe;Seoul's intelligence chief"},
    {"actor_id": "park", "name": "Park Min-jun", "kind": "person", "country": "KOR",
     "description": None, "aliases": None},
    {"actor_id": "kor-forces", "name": "South Korean forces", "kind": "military_body",
     "country": "KOR", "description": None, "aliases": "South Korea's forces"},
    {"actor_id": "kor-signals", "name": "Signals Intelligence Command of South Korea",
     "kind": "military_body", "country": "KOR", "description": None, "aliases": None},
]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Bureau chief Jane Doe", "doe"),  # a known person by name
        ("Mr. Doe", "doe"),  # by surname after a title
        ("Chairman Park Min-jun", "park"),  # a full name, family name first
        ("Chairman Park", None),  # a family name alone is too common to tell
        ("South Korean intelligence director Mark Roe", None),  # another person: new
        ("Seoul's Foreign Minister Ann Poe", None),  # titled, though capitalised: a person
        ("South Korea's foreign office", None),  # shares only "office" with the defence one
        ("South Korea's forces", "kor-forces"),
        ("South Korea's intelligence forces", None),  # neither the forces nor the bureau
        ("South Korea's Signals Intelligence Command", "kor-signals"),  # head before "of"
        ("Russia's embassy in Seoul", None),  # another country's body, not South Korea
        ("the spy agency", "seoul-spies"),  # a description only one actor carries
        ("the ministry", None),  # a bare role word stays open
        ("Mark Roe, the Bureau official", None),  # a name, its role in apposition: a person
        ("Cabinet chief Ann Poe", None),  # "chief" ends Doe's description, not her name
    ],
)
def test_claimants_by_person_and_loose_matches_that_fit(words: str, expected: str | None) -> None:
    assert match_claimant(words, PEOPLE)[0] == expected


#: A report's own actor list: names and descriptions, no aliases (this test's own bodies).
PLAIN: list[dict[str, Any]] = [
    {"actor_id": "kor-bureau", "name": "National Bureau of Intelligence of South Korea (NBI)",
     "kind": "government_body", "country": "KOR",
     "description": "South Korea's intelligence agency"},
    {"actor_id": "kor-defence", "name": "Ministry of Defence of South Korea", "kind":
     "government_body", "country": "KOR", "description": "South Korea's defence ministry"},
    {"actor_id": "ukr-directorate", "name": "Main Directorate of Intelligence of Ukraine (HUR)",
     "kind": "government_body", "country": "UKR",
     "description": "Ukraine's military intelligence agency, under its defence ministry"},
    {"actor_id": "ukr", "name": "Ukraine", "kind": "state", "country": "UKR",
     "description": "Cited as a whole"},
    {"actor_id": "rus-ministry", "name": "Ministry of Defence of Russia", "kind":
     "government_body", "country": "RUS", "description": None},
]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # a body's description names it: spy service = spy agency = intelligence service
        ("Seoul's spy service", "kor-bureau"),
        ("South Korea's intelligence service", "kor-bureau"),
        ("South Korea's spy agency", "kor-bureau"),
        ("Seoul's defense ministry", "kor-defence"),
        # the state as a whole, by its government
        ("the Ukrainian government", "ukr"),
        # a name's words in another order
        ("Ukraine's Main Intelligence Directorate", "ukr-directorate"),
        # near misses: another country's service, another ministry, no state in the list
        ("Russia's spy agency", None),
        ("South Korea's foreign ministry", None),
        ("the South Korean government", None),
        ("Russia's Main Intelligence Directorate", None),
    ],
)
def test_claimants_resolve_against_a_list_without_aliases(words: str, expected: str | None) -> None:
    assert match_claimant(words, PLAIN)[0] == expected


def _body(actor_id: str, name: str, country: str, kind: str = "government_body") -> dict[str, Any]:
    return {"actor_id": actor_id, "name": name, "kind": kind, "country": country}


def test_a_body_s_initials_name_it_in_a_list_without_aliases() -> None:
    bodies = [
        _body("usa-bls", "Bureau of Labor Statistics", "USA"),
        _body("fra-insee", "National Institute of Statistics of France", "FRA"),
        _body("usa-fema", "Federal Emergency Management Agency", "USA"),
        _body("gbr-ons", "Office for National Statistics", "GBR"),
        _body("obama", "Barack Hussein Obama", "USA", kind="person"),
        _body("usa", "United States of America", "USA", kind="state"),
    ]
    assert match_claimant("the BLS", bodies)[0] == "usa-bls"
    assert match_claimant("FEMA", bodies)[0] == "usa-fema"
    assert match_claimant("the ONS", bodies)[0] == "gbr-ons"
    # without the closing "of <country>"; the whole name's initials too
    assert match_claimant("the NIS", bodies)[0] == "fra-insee"
    assert match_claimant("NISF", bodies)[0] == "fra-insee"
    # a person's or a state's initials are no name of theirs
    assert match_claimant("BHO", bodies)[0] is None
    assert match_claimant("the BL", bodies)[0] is None


def test_a_ukrainian_acronym_is_known_in_both_spellings_of_its_h() -> None:
    bodies = [_body("ukr-hur", "Main Directorate of Intelligence (HUR)", "UKR"),
              _body("geo-hus", "Hydro Unit Service (HUS)", "GEO")]  # fmt: skip
    assert match_claimant("GUR", bodies)[0] == "ukr-hur"
    assert match_claimant("HUR", bodies)[0] == "ukr-hur"
    assert match_claimant("GUS", bodies)[0] is None  # another country's H stays an H


def test_one_word_of_a_body_s_own_name_but_not_of_its_description() -> None:
    directorate = [
        {
            "actor_id": "ukr-dir",
            "name": "Main Intelligence Directorate of Ukraine",
            "kind": "government_body",
            "country": "UKR",
            "description": "Ukraine's military intelligence agency",
            "aliases": None,
        }
    ]
    assert match_claimant("Ukrainian intelligence", directorate)[0] == "ukr-dir"
    assert match_claimant("Ukraine's military", directorate)[0] is None  # fmt: skip


#: A state, two of its ministries, a service of hyphenated name and a minister of its own
#: (this test's; the bodies of another country share words with them).
ENVOYS: list[dict[str, Any]] = [
    _body("nor", "Norway", "NOR", kind="state"),
    {**_body("nor-def", "Ministry of Defence of Norway", "NOR"),
     "aliases": "Norway's defence ministry"},
    {**_body("nor-coast", "Coastal Rescue Service of Norway", "NOR"),
     "aliases": "Norway's Coastal Rescue Service"},
    {**_body("nor-fin", "Ministry of Finance of Norway", "NOR"),
     "aliases": "Norway's finance ministry"},
    {**_body("fin-def", "Military Intelligence Office of Finland", "FIN"),
     "aliases": "Finland's defence intelligence agency"},
    {**_body("lind", "Eva Lind", "NOR", kind="person"), "role": "finance minister",
     "description": "Norway's Finance Minister", "aliases": "Lind"},
]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "country", "expected"),
    [
        # an unnamed envoy speaks for the state, wherever posted
        ("Norway's ambassador to the United Nations", None, "nor"),
        ("Norway's deputy representative", None, "nor"),
        ("the Norwegian government's top spokesman", None, None),  # not the words' order
        ("Norway's top government spokeswoman", None, "nor"),
        # an embassy is a body of its own, and a capital after it is where it sits
        ("the Norwegian embassy in Helsinki", None, None),
        # a minister by office alone: their ministry, unless the list holds the minister
        ("Norway's defence minister", None, "nor-def"),
        ("Norway's finance minister", None, "lind"),
        ("Norway's foreign minister", None, None),  # not the finance minister, by loose words
        ("the finance minister", None, None),  # whose is not said: the report may say it
        # hyphens and spaces are one spelling
        ("a spokesman for Norway's coastal-rescue service", None, "nor-coast"),
        # a description only one actor carries, but of another country than the sentence's
        ("the defence intelligence agency", None, "fin-def"),
        ("the defence intelligence agency", "NOR", None),
        # a name in capitals the list lacks is a body of its own, not a description's
        ("the Defence Intelligence Agency (DIA)", None, None),
    ],
)
def test_envoys_ministers_and_spellings_resolve_to_who_speaks(
    words: str, country: str | None, expected: str | None
) -> None:
    assert match_claimant(words, ENVOYS, country=country)[0] == expected


def test_a_country_s_military_is_not_its_military_intelligence() -> None:
    actors = [
        *ENVOYS,
        {**_body("nor-mi", "Intelligence Service of Norway", "NOR"),
         "description": "Norway's military intelligence agency"},
    ]  # fmt: skip
    text = "The Norwegian military said it had shot down 21 of the 40 drones."
    rows = propose(text, dt.date(2025, 3, 5), actors=actors)["candidates"]
    assert {r["claimant_id"] for r in rows if r.get("value")} == {None}
    spies = "Norway's spy service said 40 drones were shot down."
    assert propose(spies, dt.date(2025, 3, 5), actors=actors)["candidates"][0]["claimant_id"] == (
        "nor-mi"
    )


def test_a_minister_or_envoy_is_a_person_speaking_for_the_body() -> None:
    from timeline.curation.linking import names_office_holder

    assert names_office_holder("Norway's defence minister")
    assert names_office_holder("Norway's ambassador in Helsinki")
    assert names_office_holder("Norway's top government spokeswoman")
    assert not names_office_holder("the Norwegian government")
    assert not names_office_holder("Norway's defence ministry")


def test_a_spokeswoman_s_briefing_is_not_the_state_s_own_later_belief() -> None:
    text = (
        "Norway's top government spokeswoman told reporters on Tuesday that Oslo was "
        "worried. The Radio has learned from officials that Oslo believes up to 40 boats "
        "were lost."
    )
    row = next(c for c in propose(text, dt.date(2025, 3, 5), actors=ENVOYS)["candidates"]
               if c.get("value") == 40)  # fmt: skip
    assert row["claimant_id"] == "nor"
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_a_minister_s_dated_words_do_not_date_another_body_of_the_state() -> None:
    text = (
        "A week ago, Norway's defence minister told lawmakers that an attack was likely.\n\n"
        "By the estimate of Norway's Coastal Rescue Service, 40 boats were lost."
    )
    row = next(c for c in propose(text, dt.date(2025, 3, 5), actors=ENVOYS)["candidates"]
               if c.get("value") == 40)  # fmt: skip
    assert row["claimant_id"] == "nor-coast"
    assert row["stated_on"] is None


def test_a_person_is_recognised_by_a_title_in_any_case() -> None:
    from timeline.curation.linking import named_person

    assert named_person("Seoul's Defense Minister Kenji Arakawa") == "Kenji Arakawa"
    assert named_person("Deputy harbour master Kim Yong-hyun") == "Kim Yong-hyun"
    assert named_person("Mr. Doe") == "Doe"
    assert named_person("Col. Ann Poe, a spokeswoman for the bureau") == "Ann Poe"
    assert named_person("the Korea Institute for Defense Analyses") is None
    assert named_person("South Korea's Joint Chiefs of Staff") is None


def test_a_later_descriptor_fits_the_body_it_describes() -> None:
    from timeline.curation.linking import descriptor_fits

    spies, defence = ACTORS[0], ACTORS[2]
    assert descriptor_fits("the spy agency", spies)  # through "South Korea's spy agency"
    assert descriptor_fits("the ministry", defence)
    assert not descriptor_fits("the ministry", spies)
    assert not descriptor_fits("the spy agency", defence)


def test_a_member_of_a_known_body_gets_it_as_parent() -> None:
    assert parent_of("a State Department spokeswoman", ACTORS) == "us-state"
    assert parent_of("State Department", ACTORS) is None  # the body itself
    # a minister belongs to the ministry of that name, not to the state
    assert parent_of("South Korea's Defence Minister Ann Poe", ACTORS) == "kor-defence"


@pytest.mark.parametrize(
    ("first", "later", "same"),
    [
        ("Kim Yong-hyun", "Kim", True),  # surname after the full name
        ("Korea Institute for Defense Analyses (KIDA)", "KIDA", True),  # acronym given beside
        ("Korea Institute for Defense Analyses", "KIDA", True),  # acronym of the name
        ("Korea Institute for Defense Analyses (KIDA)", "Korea Institute for Defense Analyses",
         True),
        ("press secretary Brig. Gen. Jan Novak", "Novak", True),  # titles before the name
        ("Novak", "Col. Jan Novak", True),  # the surname listed first
        ("KIDA", "Korea Institute for Defense Analyses (KIDA)", True),
        ("Kim Yong-hyun", "Lee", False),
        ("Korea Institute for Defense Analyses", "Defense Ministry", False),
        # the country before the acronym, the ministry said either way, a short "MoD"
        ("Norway's Police Security Service (PST)", "Norway's PST", True),
        ("the Norwegian defence ministry", "the Ministry of Defence", True),
        ("Norway's Ministry of Defence", "MoD", True),
        ("the Norwegian defence ministry", "MoD", True),
        ("the Norwegian defence ministry", "the Norwegian foreign ministry", False),
        # a shorter description made of the name's own words, its head noun last
        ("Norwegian Military Intelligence", "Norwegian intelligence", True),
        ("Norwegian Military Intelligence", "Swedish intelligence", False),
        ("the Norwegian Ministry of Justice", "Norwegian justice", False),
        # a surname after one title, however the title is written
        ("Maj Ola Berg", "Maj Berg", True),
        ("Maj Berg", "Maj Ola Berg", True),
        ("Foreign Minister Anniken Huitfeldt", "Senator Huitfeldt", True),
        ("Foreign Minister Anniken Huitfeldt", "Senator Berg", False),
    ],
)  # fmt: skip
def test_names_of_one_new_body_within_a_report(first: str, later: str, same: bool) -> None:
    assert same_body(first, later) is same


EVENTS: list[dict[str, Any]] = [
    {"event_id": "ev-0100", "event_type": "casualties", "summary": "Soldiers killed or "
     "wounded in the Lakeside region, as a running total.", "date_start": "2024-12-02",
     "date_end": "2024-12-02", "date_kind": "as_of", "location": "Lakeside region",
     "item": None},
    {"event_id": "ev-0101", "event_type": "weapons_transfer", "summary": "Rocket launchers "
     "supplied.", "date_start": "2024-12-02", "date_end": "2024-12-02", "date_kind": "as_of",
     "location": None, "item": "240 mm rocket launchers"},
    {"event_id": "ev-0102", "event_type": "weapons_transfer", "summary": "Self-propelled guns "
     "supplied.", "date_start": "2024-12-02", "date_end": "2024-12-02", "date_kind": "as_of",
     "location": None, "item": "170 mm self-propelled artillery"},
]  # fmt: skip
LATER = (dt.date(2025, 2, 3), dt.date(2025, 2, 3))


def test_a_later_figure_of_a_running_total_joins_its_event() -> None:
    words = "more than 4,000 soldiers had been killed or wounded in the Lakeside region"
    link = link_event("casualties", *LATER, EVENTS, words=words, unit="soldiers killed",
                      has_number=True)  # fmt: skip
    assert link.event_id == "ev-0100"
    assert "linked_event:ev-0100" in link.flags and "link:running_total" in link.flags
    assert link.note is not None and "set event_id to null" in link.note


def test_one_incident_or_another_place_is_only_suggested() -> None:
    single = "12 soldiers were killed in one assault in the Lakeside region"
    link = link_event("casualties", *LATER, EVENTS, words=single, unit="soldiers",
                      has_number=True)  # fmt: skip
    assert link.event_id is None
    elsewhere = "40 soldiers were killed near the coast"
    link = link_event("casualties", *LATER, EVENTS, words=elsewhere, unit="soldiers",
                      has_number=True)  # fmt: skip
    assert link.event_id is None and link.flags == ("suggested_event:ev-0100",)


def test_a_figure_joins_the_event_of_what_it_counts() -> None:
    words = "it had sent some 200 170 mm self-propelled guns and about 150 240-mm rocket launchers"
    guns = link_event("weapons_transfer", *LATER, EVENTS, words=words,
                      unit="self-propelled guns", has_number=True)  # fmt: skip
    rockets = link_event("weapons_transfer", *LATER, EVENTS, words=words,
                         unit="rocket launchers", has_number=True)  # fmt: skip
    assert (guns.event_id, rockets.event_id) == ("ev-0102", "ev-0101")


def _casualties(words: str, unit: str | None = "soldiers", *, number: bool = True) -> Any:
    return link_event("casualties", *LATER, EVENTS, words=words, unit=unit, has_number=number)


@pytest.mark.parametrize(
    "words",
    [
        "about 300 soldiers had died by the end of the month",  # "died": the same quantity
        "losses among the soldiers had reached 4,000",  # "losses", no unit of its own
        "1,000 more soldiers had been wounded",  # more dead add to the toll
        "about 30 percent of the soldiers had been killed or wounded",  # a share of the force
        "about 4,000 soldiers killed or wounded, up from 3,000 a month ago",  # not a rate
    ],
)
def test_a_figure_of_the_same_quantity_joins_the_running_total(words: str) -> None:
    unit = None if "losses" in words else "percent" if "percent" in words else "soldiers"
    link = _casualties(words, unit)
    assert link.event_id == "ev-0100" and "link:same_quantity" in link.flags


@pytest.mark.parametrize(
    ("words", "unit"),
    [
        ("two soldiers had been captured in the Lakeside region", "soldiers captured"),
        ("30 Russian soldiers were killed", "soldiers"),  # another side's dead
        ("21 soldiers were killed over the weekend", "soldiers"),  # one weekend's fighting
        ("8 soldiers were wounded near the village of Brook", "soldiers"),
        ("50 soldiers were killed in the Hillside region", "soldiers"),  # another region
        ("as many as 5,000 soldiers could be killed or wounded by spring", "soldiers"),
        ("each battalion had lost 40 soldiers killed or wounded", "soldiers"),  # a rate
        ("about 300 soldiers are killed or wounded every week", "soldiers"),  # a rate
        ("12 ambulances carried soldiers killed or wounded", "ambulances"),  # counts vehicles
    ],
)
def test_another_quantity_side_time_or_place_is_not_the_running_total(
    words: str, unit: str
) -> None:
    assert _casualties(words, unit).event_id is None


def test_a_figure_kept_from_the_total_is_still_suggested() -> None:
    link = _casualties("as many as 5,000 soldiers could be killed or wounded by spring")
    assert link.event_id is None and link.flags == ("suggested_event:ev-0100",)


def test_a_new_dispatch_is_not_the_total_of_troops_sent() -> None:
    troops = {"event_id": "ev-0200", "event_type": "troop_deployment", "summary": "Soldiers "
              "deployed to the Lakeside region.", "date_start": None, "date_end": "2024-12-02",
              "date_kind": "as_of", "location": "Lakeside region", "item": None}  # fmt: skip
    total = "some 11,000 soldiers were now deployed"
    more = "another 3,000 soldiers had been deployed"
    assert link_event("troop_deployment", *LATER, [troops], words=total, unit="soldiers",
                      has_number=True).event_id == "ev-0200"  # fmt: skip
    assert link_event("troop_deployment", *LATER, [troops], words=more, unit="soldiers",
                      has_number=True).event_id is None  # fmt: skip
    # a year before "more than" is no increment
    since = "more than 11,000 soldiers deployed since 2023 more than in any year"
    assert link_event("troop_deployment", *LATER, [troops], words=since, unit="soldiers",
                      has_number=True).event_id == "ev-0200"  # fmt: skip


def test_a_state_that_holds_as_of_a_date_is_found_from_an_earlier_or_later_report() -> None:
    earlier = (dt.date(2024, 11, 20), dt.date(2024, 11, 20))
    words = "it had begun supplying 240 mm rocket launchers"
    for when in (earlier, LATER):
        link = link_event("weapons_transfer", *when, EVENTS, words=words)
        assert link.event_id == "ev-0101" and "link:still_holds" in link.flags
    # one shared word of a longer item is not the same item
    link = link_event("weapons_transfer", *LATER, EVENTS, words="it sent artillery")
    assert link.event_id is None


#: Two running totals of one actor in one region (this test's own): the toll and the force.
TOTALS: list[dict[str, Any]] = [
    {"event_id": "ev-0300", "event_type": "casualties", "summary": "Soldiers killed or "
     "wounded in the Lakeside region, as a running total.", "date_start": "2024-12-02",
     "date_end": "2024-12-02", "date_kind": "as_of", "location": "Lakeside region",
     "item": None},
    {"event_id": "ev-0301", "event_type": "troop_deployment", "summary": "Soldiers deployed "
     "in the Lakeside region.", "date_start": None, "date_end": "2024-12-02",
     "date_kind": "as_of", "location": "Lakeside region", "item": None},
    {"event_id": "ev-0302", "event_type": "munitions_shipment", "summary": "Artillery shells "
     "shipped to the front, running total.", "date_start": "2024-11-01",
     "date_end": "2024-11-30", "date_kind": "as_of", "location": None,
     "item": "artillery shells"},
]  # fmt: skip


def _total(sentence: str, figure: str, unit: str | None, event_type: str) -> Any:
    """Link one figure of a sentence as the proposer does: the sentence, then the figure's
    own stretch (from its number to the next figure) appended."""
    return link_event(event_type, *LATER, TOTALS, words=f"{sentence} {figure}", unit=unit,
                      has_number=True, figure=figure)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "event_type", "expected"),
    [
        # casualties: killed, wounded, losses, the dead, a toll
        ("some 4,000 soldiers had been killed or wounded", "4,000 soldiers had been killed or "
         "wounded", "soldiers", "casualties", "ev-0300"),
        ("losses in the Lakeside region had reached 4,500", "4,500", "losses", "casualties",
         "ev-0300"),
        ("the army put the toll at more than 5,000", "5,000", "soldiers", "casualties",
         "ev-0300"),
        # the force deployed: troops, soldiers, personnel
        ("some 12,000 soldiers are now deployed there", "12,000 soldiers are now deployed there",
         "soldiers", "troop_deployment", "ev-0301"),
        # "out of action" counts the dead and wounded; "since" makes a dispatch a total
        ("nearly 4,000 soldiers out of action", "4,000 soldiers out of action", "soldiers",
         "casualties", "ev-0300"),
        ("more than 10,000 soldiers have been sent there since October", "10,000 soldiers "
         "have been sent there since October", "soldiers", "troop_deployment", "ev-0301"),
        # a part named before the whole: "a third of the 12,000 sent" counts troops
        ("the army has lost around a third of the 12,000 soldiers it sent", "12,000 soldiers "
         "it sent", "soldiers", "troop_deployment", "ev-0301"),
        # shells shipped
        ("more than 9 million artillery shells had been shipped", "9 million artillery shells "
         "had been shipped", "artillery shells", "munitions_shipment", "ev-0302"),
        # one sentence, two quantities: each figure joins the total of what it counts
        ("of the roughly 11,000 soldiers sent, some 4,000 have been killed or wounded",
         "11,000 soldiers sent, some ", "soldiers", "troop_deployment", "ev-0301"),
        ("of the roughly 11,000 soldiers sent, some 4,000 have been killed or wounded",
         "4,000 have been killed or wounded", "soldiers", "casualties", "ev-0300"),
    ],
)  # fmt: skip
def test_a_running_total_is_joined_when_the_counted_quantity_agrees(
    sentence: str, figure: str, unit: str, event_type: str, expected: str
) -> None:
    link = _total(sentence, figure, unit, event_type)
    assert link.event_id == expected
    assert "link:running_total" in link.flags and "link:same_quantity" in link.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "about 4,000 of the roughly 12,000 soldiers sent to the front have been killed or wounded",
        "one in three of the 12,000 soldiers sent to the front is dead or wounded",
        "close to 4,000 killed or wounded out of a force of 12,000 soldiers sent to the front",
    ],
)
def test_the_whole_a_part_was_counted_among_is_the_force_not_its_dead(sentence: str) -> None:
    """The dead of "4,000 of the 12,000 soldiers sent have been killed" are the 4,000: the
    12,000, whose own stretch runs on to "killed", count the force deployed."""
    figure = sentence[sentence.index("12,000") :]
    link = _total(sentence, figure, "soldiers", "troop_deployment")
    assert (link.event_id or link.suggestion) == "ev-0301", link


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "event_type", "suggested"),
    [
        # prisoners are not the force deployed, nor the killed and wounded
        ("it is holding two soldiers captured in the Lakeside region", "two soldiers captured "
         "in the Lakeside region", "soldiers", "troop_deployment", "ev-0301"),
        ("two soldiers were captured in the Lakeside region", "two soldiers were captured in "
         "the Lakeside region", "soldiers", "casualties", "ev-0300"),
        ("it has taken two soldiers alive", "two soldiers alive", "soldiers",
         "troop_deployment", "ev-0301"),
        # the wounded sent home: people moved, not the toll nor the force
        ("about 200 wounded soldiers have been flown home", "200 wounded soldiers have been "
         "flown home", "soldiers", "casualties", "ev-0300"),
        ("about 1,000 soldiers were pulled back from the front", "1,000 soldiers were pulled "
         "back from the front", "soldiers", "troop_deployment", "ev-0301"),
        # a new wave is not the deployment total
        ("a second contingent of about 1,500 soldiers arrived in January", "1,500 soldiers "
         "arrived in January", "soldiers", "troop_deployment", "ev-0301"),
        ("reinforcements numbering about 3,000 arrived last month", "3,000 arrived last month",
         "reinforcements", "troop_deployment", "ev-0301"),
        ("the army had sent 1,000 replacements", "1,000 replacements", "replacements",
         "troop_deployment", "ev-0301"),
        ("the first group back numbered fewer than 200 soldiers", "200 soldiers",
         "soldiers", "troop_deployment", "ev-0301"),
        ("fewer than 20 of the wounded had returned to the front", "20 of the wounded had "
         "returned to the front", "wounded", "casualties", "ev-0300"),
        ("2,500 soldiers had been rotated home last year", "2,500 soldiers had been rotated "
         "home last year", "soldiers", "troop_deployment", "ev-0301"),
        ("2,000 soldiers had been moved out of the region to rest", "2,000 soldiers had been "
         "moved out of the region to rest", "soldiers", "troop_deployment", "ev-0301"),
        ("units are sent forward in waves of 20 to 30 soldiers", "20 to 30 soldiers",
         "soldiers", "troop_deployment", "ev-0301"),
        # a part of another figure of the sentence, or a whole the subject is only part of
        ("between 8,000 and 10,000 soldiers in all, about 3,000 of them already at the front",
         "about 3,000 of them already at the front", "soldiers", "troop_deployment",
         "ev-0301"),
        ("a total of 14,000 soldiers, including 2,000 who arrived in January", "2,000 who "
         "arrived in January", "soldiers", "troop_deployment", "ev-0301"),
        ("the army gathered around 50,000 soldiers there, the allies among them",
         "50,000 soldiers there, the allies among them", "soldiers", "troop_deployment",
         "ev-0301"),
        # a wave sent in one month, or to replace the dead, is not the total so far
        ("about 3,000 soldiers were sent there in December to replace the dead", "3,000 "
         "soldiers were sent there in December to replace the dead", "soldiers",
         "troop_deployment", "ev-0301"),
        ("some 2,000 soldiers arrived last month", "2,000 soldiers arrived last month",
         "soldiers", "troop_deployment", "ev-0301"),
        # a counted noun carried from another sentence is a weak cue
        ("that is above the agency's figure of 4,000 given last month", "4,000 given last "
         "month", "soldiers", "troop_deployment", "ev-0301"),
        # a shared place alone, with nothing counted, is not the toll
        ("the count stood at about 300 in the Lakeside region", "300 in the Lakeside region",
         None, "casualties", "ev-0300"),
        # one group's size, a few shown in pictures, a force's size at home
        ("they crossed the fields in lines of 30 or 40 soldiers", "30 or 40 soldiers",
         "soldiers", "troop_deployment", "ev-0301"),
        ("the last group the scouts saw was no more than 15 soldiers", "15 soldiers",
         "soldiers", "troop_deployment", "ev-0301"),
        ("the ministry posted footage of 4 dead soldiers in the Lakeside region",
         "4 dead soldiers in the Lakeside region", "soldiers", "casualties", "ev-0300"),
        ("a yearbook put the brigade's peacetime strength at 6,000 soldiers", "6,000 soldiers",
         "soldiers", "troop_deployment", "ev-0301"),
        ("most came from the Hill Corps, an elite unit it puts at about 9,000 soldiers",
         "9,000 soldiers", "soldiers", "troop_deployment", "ev-0301"),
        # another side's force, though the sentence names the dataset's soldiers too
        ("its soldiers made up a tenth of a Russian force of some 50,000 soldiers",
         "50,000 soldiers", "soldiers", "troop_deployment", "ev-0301"),
        # the wounded taken prisoner are prisoners; another side as the one it cost
        ("medics tried to take at least 10 wounded soldiers alive in the Lakeside region",
         "10 wounded soldiers alive in the Lakeside region", "soldiers", "casualties",
         "ev-0300"),
        ("he said the battle had cost Ukraine more than 7,000 soldiers killed and wounded in "
         "the Lakeside region", "7,000 soldiers killed and wounded in the Lakeside region",
         "soldiers", "casualties", "ev-0300"),
        # containers are not shells, even of shells; trains are not shells; a rate
        ("it tracked 32 freight trains, each carrying up to 50 containers", "32 freight "
         "trains, each carrying up to ", "freight trains", "munitions_shipment", "ev-0302"),
        ("1,800 artillery shells were shipped in November alone", "1,800 artillery shells "
         "were shipped in November alone", "artillery shells", "munitions_shipment",
         "ev-0302"),
        ("about 20,000 containers of artillery shells had been shipped", "20,000 containers of "
         "artillery shells had been shipped", "containers", "munitions_shipment", "ev-0302"),
    ],
)  # fmt: skip
def test_a_running_total_of_another_quantity_is_only_suggested(
    sentence: str, figure: str, unit: str | None, event_type: str, suggested: str
) -> None:
    link = _total(sentence, figure, unit, event_type)
    assert link.event_id is None
    assert link.flags[0] == f"suggested_event:{suggested}"


def test_a_state_of_another_quantity_is_only_suggested() -> None:
    """A statement without a figure still counts something: soldiers "still fighting" there
    are no state of the toll, though the place is the toll's."""
    words = "soldiers are still fighting in the Lakeside region"
    link = link_event("casualties", *LATER, TOTALS, words=words)
    assert link.event_id is None and link.suggestion == "ev-0300"
    heavy = "soldiers have suffered heavy losses in the Lakeside region"
    assert link_event("casualties", *LATER, TOTALS, words=heavy).event_id == "ev-0300"


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "expected"),
    [
        # the dead of another figure of the sentence do not type this one
        ("of the roughly 11,000 troops sent, some 4,000 have been killed or wounded",
         "11,000 troops sent, some ", "troops", "troop_deployment"),
        ("of the roughly 11,000 troops sent, some 4,000 have been killed or wounded",
         "4,000 have been killed or wounded", "troops", "casualties"),
        ("about 11,000 troops remain at the front, where they have suffered heavy losses",
         "11,000 troops remain at the front, where they have suffered heavy losses", "troops",
         "troop_deployment"),
        # a counted noun from elsewhere in the sentence: the sentence decides
        ("3,000 soldiers were killed or wounded, far above the agency's estimate of around 1,100",
         "1,100", "soldiers", "casualties"),
        ("the army put the toll at more than 5,000 in a statement", "5,000 in a statement",
         "soldiers", "casualties"),
        ("the unit had lost some 300 soldiers", "300 soldiers", "soldiers", "casualties"),
    ],
)  # fmt: skip
def test_a_figure_s_own_words_decide_whether_it_counts_the_dead(
    sentence: str, figure: str, unit: str, expected: str
) -> None:
    from timeline.curation.events import classify_event

    assert classify_event(f"{sentence} {figure}", unit, figure=figure)[0] == expected


@pytest.mark.parametrize(
    ("words", "unit", "expected"),
    [
        ("the command issues them with identity papers of soldiers from the Far East", None,
         "concealment"),
        ("one of them carried a military identity card issued under a local name", None,
         "concealment"),
        ("the contingent now numbers around 11,000 in total", None, "troop_deployment"),
        ("the brigades were withdrawn from the front after suffering heavy losses", None,
         "troop_deployment"),
        ("some of them have been placed in frontline positions", None, "troop_deployment"),
        ("it had sent some 9 million artillery shells", "artillery", "munitions_shipment"),
        ("losses top 3,800 as the army hides its dead", "losses", "casualties"),
        ("400 of the soldiers were out of action", "soldiers", "casualties"),
        ("the brigade had lost some 300 soldiers", "soldiers", "casualties"),
        ("they had lost about 30 percent of the 11,000 troops sent", "percent", "casualties"),
        ("they had lost about 30 percent of the 11,000 troops sent", "troops",
         "troop_deployment"),  # the 11,000 were sent; the 30 percent were lost
    ],
)  # fmt: skip
def test_event_types_of_concealment_deployment_and_shells(
    words: str, unit: str | None, expected: str
) -> None:
    from timeline.curation.events import classify_event

    assert classify_event(words, unit)[0] == expected


# --- the "done when": a new report connects ---------------------------------------------

#: A fictional report written for this test.
REPORT = (
    "TEST FIXTURE – fictional report written for the timeline test suite.\n\n"
    "SEOUL – South Korea's spy agency said on Monday that more than 3,400 North Korean "
    "soldiers had been killed or wounded in Russia's Kursk region.\n\n"
    "The National Intelligence Service told lawmakers that at least 300 of the North Korean "
    "soldiers in Kursk had been killed.\n"
)
PUBLISHED = "2025-01-13"


def _ok(*args: str, env: dict[str, str | None] | None = None) -> str:
    result = run_cli(*args, env=env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def _running_total(events: list[dict[str, Any]]) -> dict[str, Any]:
    """The dataset's running total of North Korean casualties in Kursk (found, not named)."""
    [event] = [
        e for e in events
        if e["event_type"] == "casualties" and e["date_kind"] == "as_of"
        and "Kursk" in str(e.get("location"))
    ]  # fmt: skip
    return event


def test_a_casualty_report_joins_the_running_total(tmp_path: Path) -> None:
    datasets = tmp_path / "datasets"
    shutil.copytree(DATASETS, datasets, ignore=shutil.ignore_patterns("review"))
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    where = ("--datasets", str(datasets))
    source = _ok("add-source", str(report), "--publisher", "Fixture Wire", "--published-on",
                 PUBLISHED, "--title", "Spy agency raises the toll", *where).split()[0]  # fmt: skip
    _ok("propose", source, "--write", *where)
    releases = tmp_path / "releases"
    accepted = _ok("accept", source, "--all", *where, "--releases", str(releases))
    assert "refused" not in accepted

    events = yaml.safe_load((datasets / "curated" / "events.yaml").read_text(encoding="utf-8"))
    total = _running_total(events)
    claims = yaml.safe_load((datasets / "curated" / "claims.yaml").read_text(encoding="utf-8"))
    new = [c for c in claims if c["source_id"] == source and c["value"] is not None]
    assert {c["value"] for c in new} == {3400, 300}
    assert {c["event_id"] for c in new} == {total["event_id"]}  # joined, no new event
    assert all("Linked to existing event" in c["coding_note"] for c in new)
    # "South Korea's spy agency", then "The National Intelligence Service": one actor
    assert len({c["claimant_id"] for c in new}) == 1

    meta = yaml.safe_load((datasets / "dataset.yaml").read_text(encoding="utf-8"))
    major, minor, _ = (int(p) for p in str(meta["version"]).split("."))
    version = f"{major}.{minor + 1}.0"
    text = (datasets / "dataset.yaml").read_text(encoding="utf-8")
    (datasets / "dataset.yaml").write_text(text.replace(str(meta["version"]), version, 1))
    _ok("build", *where, "--releases", str(releases))
    env = {"TIMELINE_CACHE_DIR": str(releases), "TIMELINE_OFFLINE": "1"}
    listed = _ok("estimates", total["event_id"], "--version", version, env=env)
    old = [c for c in claims if c["event_id"] == total["event_id"] and c["source_id"] != source]
    for claim in [*old, *new]:
        if claim["restates"] is None:
            assert claim["claim_id"] in listed
    assert "2025-01-13" in listed and "more than 3,400" in listed

    import timeline

    frame = timeline.estimates(total["event_id"], version, cache_dir=releases)
    assert set(frame["claim_id"]) == {c["claim_id"] for c in [*old, *new] if not c["restates"]}
    # computed, never typed: the bundled data grows
    assert frame.attrs["timeline"]["sources"] == len({c["source_id"] for c in [*old, *new]})


# --- accept: aliases recorded, one new actor per body ---------------------------------------

ACCEPT_REPORT = (
    "TEST FIXTURE – a fictional report for the linking tests.\n\n"
    "WESTPORT – The Westport Harbour Board said 30 barges had docked. Deputy harbour master "
    "Kim Yong-hyun said 12 of them carried shells. Kim said 5 more were expected.\n"
)


def _review_row(cid: str, quote: str, claimant: str, claimant_id: str | None) -> dict[str, Any]:
    return {
        "candidate_id": cid, "quote": quote, "attribution": "paraphrase",
        "certainty": "asserted", "stated_on": None, "stated_end": "2024-11-14",
        "stated_precision": "range", "event_type": "munitions_shipment", "date_start": None,
        "date_end": "2024-11-14", "date_precision": "range", "claimant": claimant,
        "claimant_id": claimant_id, "flags": [], "rule": "test",
    }  # fmt: skip


def test_accept_records_aliases_and_keeps_one_actor_per_body(tmp_path: Path) -> None:
    from fixture_dataset import write_dataset
    from timeline.curation.accept import accept
    from timeline.curation.archive import add_source
    from timeline.curation.review import review_path, review_text

    datasets = write_dataset(tmp_path / "datasets")
    report = tmp_path / "report.txt"
    report.write_text(ACCEPT_REPORT, encoding="utf-8")
    source = add_source(datasets, report, publisher="Fixture Wire", published_on="2024-11-14",
                        title="Barges").source_id  # fmt: skip
    actors_path = datasets / "curated" / "actors.yaml"
    [officials] = [a for a in yaml.safe_load(actors_path.read_text()) if "port" in a["actor_id"]]
    candidates = [
        # the curator mapped new words to an existing actor: an alias to remember
        _review_row("c001", "30 barges had docked", "The Westport Harbour Board",
                    officials["actor_id"]),
        # a person named in full, then by surname: one new actor
        _review_row("c002", "12 of them carried shells", "Deputy harbour master Kim Yong-hyun",
                    None),
        _review_row("c003", "5 more were expected", "Kim", None),
    ]  # fmt: skip
    path = review_path(datasets, source)
    path.parent.mkdir()
    proposal = {"source": {"source_id": source, "published_on": "2024-11-14"},
                "candidates": candidates}  # fmt: skip
    path.write_text(review_text(proposal), encoding="utf-8")
    before = actors_path.read_text(encoding="utf-8")

    result = accept(datasets, source)
    assert result.accepted == ["c001", "c002", "c003"], result.refused
    assert result.aliases == {officials["actor_id"]: ["Westport Harbour Board"]}
    actors = {a["actor_id"]: a for a in yaml.safe_load(actors_path.read_text())}
    assert actors[officials["actor_id"]]["aliases"] == "Westport Harbour Board"
    claims = yaml.safe_load((datasets / "curated" / "claims.yaml").read_text())
    by_quote = {c["quote"]: c["claimant_id"] for c in claims}
    person = by_quote["12 of them carried shells"]
    assert by_quote["5 more were expected"] == person  # "Kim" is Kim Yong-hyun
    assert actors[person]["aliases"] == "Kim"
    assert (actors[person]["name"], actors[person]["role"]) == (
        "Kim Yong-hyun",
        "deputy harbour master",
    )
    # the rest of actors.yaml is as it was, comments included
    after = actors_path.read_text(encoding="utf-8")
    assert after.startswith(before.split(f"- actor_id: {officials['actor_id']}")[0])
    assert run_cli("validate", str(datasets)).returncode == 0


def test_the_linking_benchmark_scores_a_gold_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """benchmarks/linking.py on a one-report gold folder of our own: every figure printed."""
    import importlib.util
    import json

    from conftest import REPO

    events = yaml.safe_load((DATASETS / "curated" / "events.yaml").read_text(encoding="utf-8"))
    total = _running_total(events)["event_id"]
    gold = {
        "published_on": PUBLISHED,
        "claims": [
            {"quote_contains": "more than 3,400 North Korean", "value": 3400,
             "qualifier": "more_than", "value_low": 3401, "value_high": None,
             "link_actor": "kor-nis", "link_event": total},
            {"quote_contains": "at least 300 of the North Korean", "value": 300,
             "qualifier": "at_least", "value_low": 300, "value_high": None,
             "link_actor": "kor-nis", "link_event": total},
        ],
        # a row no statement candidate answers (the dateline): a miss blamed upstream of
        # linking, since the resolver would have resolved the gold's words; and a body the
        # dictionary lacks, given no actor
        "statements": [{"quote_contains": "SEOUL –", "claimant": "South Korea's spy agency",
                        "link_actor": "kor-nis", "link_event": None},
                       {"quote_contains": "told lawmakers", "claimant": "Fixture lawmakers",
                        "link_actor": "new:Fixture lawmakers", "link_event": None}],
    }  # fmt: skip
    (tmp_path / "toll-01.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "toll-01.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    # a curation gold file without link gold in the same folder is not scored
    (tmp_path / "plain-02.gold.json").write_text(json.dumps({"claims": []}), encoding="utf-8")
    spec = importlib.util.spec_from_file_location(
        "linking_bench", REPO / "benchmarks" / "linking.py"
    )
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # dataclasses look their module up
    spec.loader.exec_module(bench)
    assert bench.main(["--gold", str(tmp_path), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)["engine"]
    assert figures["event_existing"] == {"right": 2, "total": 2}
    assert figures["wrong_auto_links"] == {"right": 4, "total": 4}
    assert figures["actor_existing"] == {"right": 2, "total": 3}
    assert figures["misses_by_cause"] == {"actor_existing": {"upstream": 1}}
    assert figures["actor_new"] == {"right": 1, "total": 1}
    # the table: the linker's own share leaves the upstream miss out (2 of 2, not 2 of 3)
    assert bench.main(["--gold", str(tmp_path)]) == 0
    table = capsys.readouterr().out
    assert "linking alone, upstream misses left out: 100.0% (2/2)" in table
    assert bench.main(["--gold", str(tmp_path / "none")]) == 2  # no gold: a clear error


@pytest.mark.parametrize(
    "words",
    [
        "soldiers were killed in one assault in the Lakeside region",
        "Russian soldiers have suffered heavy losses in the Lakeside region",
        "dozens of soldiers were killed near the village of Brook in the Lakeside region",
    ],
)
def test_a_statement_of_one_clash_or_another_side_is_no_state_of_the_toll(words: str) -> None:
    link = link_event("casualties", *LATER, TOTALS, words=words)
    assert link.event_id is None and link.suggestion == "ev-0300"


def test_a_figure_of_the_dead_typed_as_troops_suggests_the_toll_first() -> None:
    """A weak cue typed the figure as troops; what its words count puts the toll first, as
    a suggestion, never a link across types."""
    link = _total("the figure put the toll at 4,000", "4,000", "soldiers", "troop_deployment")
    assert link.event_id is None and link.suggestion == "ev-0300"


@pytest.mark.parametrize(
    ("event_type", "words", "figure", "expected"),
    [
        ("troop_deployment", "the North will send about 2,000 more soldiers next month",
         "2,000 more soldiers next month", "expected"),
        ("weapons_transfer", "Pyongyang is expected to deliver 40 guns", "40 guns",
         "expected"),
        ("troop_deployment", "the army plans to deploy a brigade in the spring", None,
         "expected"),
        ("planned_participation", "soldiers are to march in the parade", None, "expected"),
        # the figure's own words: 9,000 were sent, 1,200 are still to come
        ("munitions_shipment", "about 1,200 more containers are due next week, and the North "
         "had sent some 9,000", "9,000", None),
        ("munitions_shipment", "about 1,200 more containers are due next week, and the North "
         "had sent some 9,000", "1,200 more containers are due next week, and the North had "
         "sent some ", "expected"),
        # a warning happened when it was made; preparations are under way
        ("warning", "the ministry warned it will retaliate", None, None),
        ("deployment_preparation", "it is preparing to send more troops next month", None,
         None),
        ("troop_deployment", "about 11,000 soldiers are in the region", None, None),
    ],
)  # fmt: skip
def test_plans_are_proposed_as_expected(
    event_type: str, words: str, figure: str | None, expected: str | None
) -> None:
    from timeline.curation.events import date_kind_of

    assert date_kind_of(event_type, words, figure) == expected


def test_propose_fills_date_kind_for_a_plan() -> None:
    from timeline.curation.propose import propose

    text = (
        "TEST FIXTURE – fictional report written for the timeline test suite.\n\n"
        "The defence ministry said on Monday that the North will send about 2,000 more "
        "soldiers next month. The ministry said 11,000 soldiers were already deployed.\n"
    )
    rows = propose(text, dt.date(2025, 1, 13), actors=ACTORS, events=[])["candidates"]
    kinds = {r["value"]: r["date_kind"] for r in rows if r["value"] is not None}
    assert kinds == {2000: "expected", 11000: None}


def test_a_name_s_transliterations_are_one_name() -> None:
    people = [{"actor_id": "zel", "name": "Volodymyr Zelenskyy", "kind": "person",
               "country": "UKR", "description": None, "aliases": None}]  # fmt: skip
    for words in ("President Volodymyr Zelenskiy", "Volodymyr Zelensky", "Mr. Zelenskyi"):
        assert match_claimant(words, people)[0] == "zel", words


def test_a_figure_s_own_words_name_its_item_and_guns_are_artillery() -> None:
    """Two weapons in one sentence: the guns' figure must not borrow the launchers named
    after it, and "self-propelled guns" is the "self-propelled artillery" of the event."""
    sentence = "the directorate said Pyongyang had handed over 60 self-propelled guns and 30 rocket launchers"
    guns = link_event("weapons_transfer", *LATER, EVENTS, words=f"{sentence} 60 self-propelled "
                      "guns and ", unit="self-propelled guns", has_number=True,
                      figure="60 self-propelled guns and ")  # fmt: skip
    rockets = link_event("weapons_transfer", *LATER, EVENTS, words=f"{sentence} 30 rocket "
                         "launchers", unit="rocket launchers", has_number=True,
                         figure="30 rocket launchers")  # fmt: skip
    assert (guns.event_id, rockets.event_id) == ("ev-0102", "ev-0101")


#: The weapons events, with one about weapons in general that names no item.
WEAPONS_IN_GENERAL = [
    *EVENTS[1:],
    {"event_id": "ev-0103", "event_type": "weapons_transfer", "summary": "Weapons sent to "
     "the Lakeside front.", "date_start": None, "date_end": "2024-12-02", "date_kind":
     "occurred", "location": None, "item": "weapons"},
]  # fmt: skip


@pytest.mark.parametrize(
    ("figure", "unit", "expected"),
    [
        # a broader kind than either weapon: "artillery" alone is not 170 mm self-propelled
        ("roughly 90 long-range artillery pieces", "long-range artillery pieces", "ev-0103"),
        # another weapon altogether, named by neither event
        ("some 40 cruise missiles", "cruise missiles", "ev-0103"),
        # the weapon of one event is still that event's
        ("some 40 self-propelled guns", "self-propelled guns", "ev-0102"),
        ("about 15 rocket launchers", "rocket launchers", "ev-0101"),
    ],
)
def test_a_figure_of_another_weapon_is_suggested_the_event_of_weapons_in_general(
    figure: str, unit: str, expected: str
) -> None:
    words = f"the ministry said the North had handed over {figure} by then {figure}"
    on_or_before = (None, dt.date(2024, 11, 30))
    link = link_event("weapons_transfer", *on_or_before, WEAPONS_IN_GENERAL, words=words,
                      unit=unit, has_number=True, figure=figure)  # fmt: skip
    assert (link.event_id or link.suggestion) == expected, link


@pytest.mark.parametrize(
    ("sentence", "figure", "unit", "event_type"),
    [
        # the other side as the one that lost them
        ("the Russian command said Ukraine had lost more than 9,000 soldiers in the Lakeside "
         "region", "9,000 soldiers in the Lakeside region", "soldiers", "casualties"),
        # ... even when a later clause names North Koreans
        ("the Russian command said Ukraine had lost more than 9,000 soldiers in the Lakeside "
         "region, and it made no mention of North Korean troops", "more than 9,000 soldiers in "
         "the Lakeside region, and it made no mention of North Korean troops", "soldiers",
         "casualties"),
        # a unit-sized part of the force, and a count for one sector of the front
        ("a brigade of them, perhaps 900 soldiers, is opposite us", "900 soldiers, is "
         "opposite us", "soldiers", "troop_deployment"),
        ("about 600 soldiers are in our sector now, the captain said", "600 soldiers are in "
         "our sector now", "soldiers", "troop_deployment"),
        # a count for one month adds to the toll; it is not the toll so far
        ("about 300 soldiers were killed in the Lakeside region in January", "300 soldiers "
         "were killed in the Lakeside region in January", "soldiers", "casualties"),
        # the other side as the one that keeps them
        ("before the war Russia kept around 30,000 soldiers in the Lakeside region",
         "30,000 soldiers in the Lakeside region", "soldiers", "troop_deployment"),
        # people held by the other side are not the force deployed
        ("the army says it holds three soldiers from the Lakeside contingent", "three soldiers "
         "from the Lakeside contingent", "soldiers", "troop_deployment"),
    ],
)  # fmt: skip
def test_another_side_s_losses_a_local_part_or_people_held_are_not_the_total(
    sentence: str, figure: str, unit: str, event_type: str
) -> None:
    link = _total(sentence, figure, unit, event_type)
    assert link.event_id is None, link.flags


NORTH_EVENTS: list[dict[str, Any]] = [
    {"event_id": "ev-0400", "event_type": "weapons_test", "summary": "The leader watched a "
     "test of attack drones.", "date_start": "2025-02-01", "date_end": "2025-02-05",
     "date_kind": "occurred", "location": None, "item": "attack drones",
     "actor_ids": "kim-jong-un"},
]  # fmt: skip


def test_a_month_named_for_the_statement_does_not_make_a_figure_a_part() -> None:
    sentence = "the army said in January that some 4,000 soldiers had been killed or wounded"
    figure = "4,000 soldiers had been killed or wounded"
    assert _total(sentence, figure, "soldiers", "casualties").event_id == "ev-0300"


def test_an_event_of_north_korea_needs_north_korea_named_to_be_joined() -> None:
    """Same type, dates and item, but another country's drones: a suggestion only."""
    other = "the air force said Russia launched 80 attack drones overnight"
    link = link_event("weapons_test", *LATER, NORTH_EVENTS, words=other, unit="attack drones",
                      has_number=True)  # fmt: skip
    assert link.event_id is None and link.flags == ("suggested_event:ev-0400",)
    named = "state media said Kim watched 80 attack drones hit their targets"
    link = link_event("weapons_test", *LATER, NORTH_EVENTS, words=named, unit="attack drones",
                      has_number=True)  # fmt: skip
    assert link.event_id == "ev-0400"


def test_an_unnamed_speaker_is_never_a_known_person(tmp_path: Path) -> None:
    """ "A harbour spokesman" is some spokesman: accept must not give his words to the one
    person whose alias is "Harbour spokesman"; the definite form still finds that person."""
    from fixture_dataset import write_dataset
    from timeline.curation.accept import accept
    from timeline.curation.archive import add_source
    from timeline.curation.review import review_path, review_text

    datasets = write_dataset(tmp_path / "datasets")
    actors_path = datasets / "curated" / "actors.yaml"
    with actors_path.open("a", encoding="utf-8") as handle:
        handle.write(
            "- actor_id: ilsen\n  name: Tor Ilsen\n  kind: person\n  country: RUS\n"
            "  description: Harbour spokesman\n  aliases: Harbour spokesman\n"
        )
    report = tmp_path / "report.txt"
    report.write_text(ACCEPT_REPORT, encoding="utf-8")
    source = add_source(datasets, report, publisher="Fixture Wire", published_on="2024-11-14",
                        title="Barges").source_id  # fmt: skip
    candidates = [
        _review_row("c001", "30 barges had docked", "A harbour spokesman", None),
        _review_row("c002", "12 of them carried shells", "Harbour spokesman", None),
    ]
    path = review_path(datasets, source)
    path.parent.mkdir()
    proposal = {"source": {"source_id": source, "published_on": "2024-11-14"},
                "candidates": candidates}  # fmt: skip
    path.write_text(review_text(proposal), encoding="utf-8")
    result = accept(datasets, source)
    assert result.accepted == ["c001", "c002"], result.refused
    claims = yaml.safe_load((datasets / "curated" / "claims.yaml").read_text())
    by_quote = {c["quote"]: c["claimant_id"] for c in claims}
    assert by_quote["12 of them carried shells"] == "ilsen"
    assert by_quote["30 barges had docked"] not in (None, "ilsen")


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # an unnamed official of a named body speaks for the body
        ("A senior State Department official", "us-state"),
        ("an SIB official", "seoul-spies"),
        ("two General Staff officials", "ukr-staff"),
        # a country alone is no body
        ("A senior Ukrainian official", None),
        ("a ministry official", None),
    ],
)
def test_an_unnamed_official_of_a_body_is_the_body(words: str, expected: str | None) -> None:
    assert match_claimant(words, ACTORS)[0] == expected


def test_propose_gives_an_unnamed_officials_or_spokesmans_figure_to_the_body() -> None:
    # a spokesperson speaks for the body by office; a person the page names is still a
    # person of their own
    text = (
        "A senior State Department official said on Monday that 300 advisers had arrived. "
        "A State Department spokesman said 40 more were on their way. "
        "State Department spokesman John Doe said 7 had left."
    )
    rows = propose(text, dt.date(2025, 3, 3), actors=ACTORS)["candidates"]
    by_value = {row["value"]: row["claimant_id"] for row in rows}
    assert by_value == {300: "us-state", 40: "us-state", 7: None}


WITH_US_DEFENCE: list[dict[str, Any]] = [
    *ACTORS,
    {"actor_id": "us-defence", "name": "United States Department of Defense", "kind":
     "government_body", "country": "USA", "description": None, "aliases": None},
]  # fmt: skip


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("A US defence official", "us-defence"),  # "US" in capitals is the country
        ("a senior South Korean defence official", "kor-defence"),
        ("a South Korean foreign official", None),  # no such body in the list
    ],
)
def test_an_official_named_by_country_and_subject_is_that_body(
    words: str, expected: str | None
) -> None:
    assert match_claimant(words, WITH_US_DEFENCE)[0] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("A senior official at the State Department", "us-state"),
        ("an official of the SIB", "seoul-spies"),
    ],
)
def test_an_official_at_a_body_is_the_body(words: str, expected: str | None) -> None:
    assert match_claimant(words, ACTORS)[0] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (
            "South Korea's spy chief",
            "doe",
        ),  # spy = intelligence; alias "Seoul's intelligence chief"
        ("the South Korean intelligence head", "doe"),  # from her description
        ("Japan's intelligence chief", None),  # another country
        ("South Korea's signals chief", None),  # no known person holds that role
    ],
)
def test_a_head_named_by_role_is_the_known_person(words: str, expected: str | None) -> None:
    assert match_claimant(words, PEOPLE)[0] == expected


@pytest.mark.parametrize(
    ("words", "country"),
    [
        ("Poland's Foreign Intelligence Agency", "POL"),
        ("the Lithuanian intelligence service", "LTU"),
        ("Finland's finance ministry", "FIN"),
    ],
)
def test_countries_beyond_the_subject_are_known(words: str, country: str) -> None:
    from timeline.curation.attribution import country_of

    assert country_of(words) == country
    # a body of another country is never one of this list's South Korean bodies
    assert match_claimant(words, ACTORS)[0] is None


def test_he_after_a_relayed_body_is_the_person_who_relays_it() -> None:
    text = (
        "- Park says the SIB told lawmakers in May that about 300 sailors had died. "
        '"My own guess is that fewer than 800 of them are still at sea," he says.'
    )
    rows = propose(text, dt.date(2025, 6, 2), actors=ACTORS)["candidates"]
    by_value = {row["value"] or row["value_low"]: row for row in rows}
    assert by_value[300]["claimant_id"] == "seoul-spies"
    assert by_value[800]["claimant_id"] is None  # Park, a new person, not the bureau


@pytest.mark.parametrize(
    ("size", "linked"), [(4, False), (400, True), (9_000, True), (90_000, False)]
)
def test_a_running_total_is_joined_only_by_a_figure_of_its_order(size: int, linked: bool) -> None:
    """Within ten times the figures already coded on it either way: four dead in one
    photograph or another side's 90,000 are not a toll of 1,100 to 3,000."""
    events = with_estimates(
        TOTALS,
        [{"event_id": "ev-0300", "value": 1100}, {"event_id": "ev-0300", "value_low": 3001}],
    )
    words = f"about {size:,} soldiers had been killed or wounded in the Lakeside region"
    link = link_event("casualties", *LATER, events, words=words, unit="soldiers",
                      has_number=True, figure=words, size=size)  # fmt: skip
    assert (link.event_id == "ev-0300") is linked
    assert linked or link.suggestion == "ev-0300"


def test_curated_context_gives_each_event_its_estimates(tmp_path: Path) -> None:
    from timeline.curation.review import curated_context

    datasets = write_dataset(tmp_path / "datasets")
    claims = yaml.safe_load((datasets / "curated" / "claims.yaml").read_text(encoding="utf-8"))
    _, events = curated_context(datasets)
    for event in events:
        expected = sorted(
            float(c.get("value") or c.get("value_low") or c.get("value_high"))
            for c in claims
            if c["event_id"] == event["event_id"]
            and (c.get("value") or c.get("value_low") or c.get("value_high"))
        )
        assert sorted(event["estimates"]) == expected
    assert any(event["estimates"] for event in events)


def test_a_name_after_a_title_holding_a_body_is_the_persons() -> None:
    from timeline.curation.linking import named_person

    assert named_person("Chief of the General Staff Kari Lund") == "Kari Lund"
    assert named_person("the General Staff") is None


def test_a_figure_of_men_is_only_suggested_for_a_running_total() -> None:
    # "men" names people in general (a group, a rate, a supposition as often as the toll):
    # the running total is suggested for the curator to confirm, not joined
    men = _casualties("some 4,000 men had been killed or wounded", "men")
    assert men.event_id is None and men.suggestion == "ev-0100"
    soldiers = _casualties("some 4,000 soldiers had been killed or wounded", "soldiers")
    assert soldiers.event_id == "ev-0100"


def test_a_forecast_about_another_figure_leaves_the_running_total_alone() -> None:
    """'could' in a later clause about another figure is that figure's forecast: the shells
    shipped so far still join the running total of shells."""
    sentence = ("more than 9 million artillery shells had been shipped to the front, and the "
                "ministry said the next convoys could carry more")  # fmt: skip
    figure = sentence[sentence.index("9 million") :]
    link = _total(sentence, figure, "artillery shells", "munitions_shipment")
    assert link.event_id == "ev-0302" and "link:running_total" in link.flags


@pytest.mark.parametrize("force", ["Taiwan's armed forces", "the Polish army", "Canadian troops"])
def test_another_state_s_own_forces_are_not_the_running_total(force: str) -> None:
    sentence = f"{force} had trained some 2,400 soldiers as drone operators"
    figure = sentence[sentence.index("2,400") :]
    link = _total(sentence, figure, "soldiers", "troop_deployment")
    assert link.event_id is None, link


#: Arms sent: two stretches of container shipments (one a running total) and the event of
#: weapons in general.
ARMS: list[dict[str, Any]] = [
    {"event_id": "ev-0400", "event_type": "munitions_shipment", "summary": "About 3,000 "
     "containers sent over two months.", "date_start": "2024-08-01",
     "date_end": "2024-09-30", "date_kind": "occurred", "location": None,
     "item": "containers of weapons", "estimates": [3000.0], "actor_ids": "prk"},
    {"event_id": "ev-0401", "event_type": "munitions_shipment", "summary": "The total number "
     "of containers of weapons sent reached about 9,000.", "date_start": "2024-10-01",
     "date_end": "2024-10-31", "date_kind": "as_of", "location": None,
     "item": "containers of weapons", "estimates": [9000.0], "actor_ids": "prk"},
    {"event_id": "ev-0402", "event_type": "weapons_transfer", "summary": "Weapons sent to the "
     "front.", "date_start": None, "date_end": "2024-12-02", "date_kind": "occurred",
     "location": None, "item": "weapons"},
]  # fmt: skip


def test_an_earlier_figure_of_a_running_total_s_noun_leans_to_the_running_total() -> None:
    """'up from roughly 6,000 in September', its containers carried from the sentence
    before: the running total of containers is suggested before one stretch of them."""
    words = (
        "Per the bureau's count, that is up from roughly 6,000 in September. 6,000 in September."
    )
    link = link_event("munitions_shipment", dt.date(2024, 9, 1), dt.date(2024, 9, 30), ARMS,
                      words=words, unit="containers", has_number=True,
                      figure="6,000 in September.", size=6000)  # fmt: skip
    assert (link.event_id or link.suggestion) == "ev-0401", link


def test_a_quantity_no_shipment_counts_is_suggested_the_event_of_weapons_in_general() -> None:
    """Shells when the shipments coded count containers: the event of weapons sent."""
    figure = "2 million artillery shells had been delivered"
    link = link_event("munitions_shipment", None, dt.date(2024, 11, 30), ARMS,
                      words=f"the ministry said {figure} {figure}", unit="artillery shells",
                      has_number=True, figure=figure, size=2e6)  # fmt: skip
    assert link.event_id is None and link.suggestion == "ev-0402", link
    # containers are the shipments' own quantity
    containers = "8,000 containers had been delivered"
    link = link_event("munitions_shipment", None, dt.date(2024, 11, 30), ARMS,
                      words=f"the ministry said {containers} {containers}", unit="containers",
                      has_number=True, figure=containers, size=8000)  # fmt: skip
    assert (link.event_id or link.suggestion) in {"ev-0400", "ev-0401"}, link
