"""Event types from the words of a claim, and suggestions of existing events."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.curation import propose
from timeline.curation.events import classify_event, suggest_event

try:
    from timeline.model import vocab
except ImportError:  # before the move of the vocabularies
    from timeline import vocab  # type: ignore[no-redef]


@pytest.mark.parametrize(
    ("words", "unit", "expected"),
    [
        ("the toll rose as 40 soldiers were killed", "soldiers killed", "casualties"),
        ("40 soldiers were stationed near the port", "soldiers", "troop_deployment"),
        ("3,000 containers were loaded on trains", "containers", "munitions_shipment"),
        ("it supplied 12 howitzers", "howitzers", "weapons_transfer"),
        ("Pyongyang is preparing to send more engineers", None, "deployment_preparation"),
        ("the plant is moving to manufacture attack drones", None, "drone_production"),
        ("the leader watched a test of a new rocket", None, "weapons_test"),
        ("the unit posted a video of the crash site", None, "evidence_publication"),
        ("soldiers were given fake documents to hide their origin", None, "concealment"),
        ("the minister visited Pyongyang", None, "diplomatic_visit"),
        ("he invited the delegation to the ceremony", None, "invitation"),
        ("troops are expected to take part in the parade", None, "planned_participation"),
        ("the general gave a briefing on the front", None, "briefing"),
        ("she vowed a firm response to any such move", None, "warning"),
        ("the Kremlin has not confirmed the deployment", None, "non_confirmation"),
        ("the ministry denied sending any troops", None, "non_confirmation"),
        ("ties between the two capitals are growing", None, "relations"),
        ("he criticized the allies for their silence", None, "statement"),
        ("the weather was cold", None, None),
        # a refusal in a participle, servicemen and infantry, freight wagons
        ("the union said any strike would be lawful, without confirming that one had begun",
         None, "non_confirmation"),
        ("it called the walkout legal, stopping short of confirming it", None, "non_confirmation"),
        ("about 1,500 servicemen remained in the region", "servicemen", "troop_deployment"),
        ("some 300 infantrymen were in the valley", "infantrymen", "troop_deployment"),
        ("74 freight wagons stood at the new loading yard", "freight wagons", "munitions_shipment"),
    ],
)  # fmt: skip
def test_classify_event(words: str, unit: str | None, expected: str | None) -> None:
    assert classify_event(words, unit)[0] == expected


def test_event_types_are_in_the_vocabulary() -> None:
    from timeline.curation.events import EVENT_RULES

    assert {rule[0] for rule in EVENT_RULES} <= set(vocab.EVENT_TYPES)


EVENTS = [
    {"event_id": "ev-0001", "event_type": "casualties", "date_start": "2024-12-23",
     "date_end": "2024-12-23"},
    {"event_id": "ev-0002", "event_type": "troop_deployment", "date_start": None,
     "date_end": "2024-12-23"},
    {"event_id": "ev-0003", "event_type": "casualties", "date_start": date(2024, 11, 1),
     "date_end": date(2024, 11, 30)},
]  # fmt: skip


@pytest.mark.parametrize(
    ("event_type", "start", "end", "expected"),
    [
        ("casualties", date(2024, 12, 23), date(2024, 12, 23), "ev-0001"),
        ("casualties", date(2024, 11, 5), date(2024, 11, 5), "ev-0003"),
        ("casualties", date(2024, 10, 1), date(2024, 10, 31), None),
        ("troop_deployment", date(2024, 1, 1), date(2024, 1, 31), "ev-0002"),
        ("troop_deployment", date(2025, 1, 1), date(2025, 1, 31), None),
        ("warning", None, date(2024, 12, 23), None),
        (None, None, None, None),
    ],
)
def test_suggest_event(
    event_type: str | None, start: date | None, end: date | None, expected: str | None
) -> None:
    assert suggest_event(event_type, start, end, EVENTS) == expected


@pytest.mark.parametrize(
    ("words", "unit", "expected"),
    [
        # a denial decides whatever is counted
        ("The embassy dismissed the estimate of 900 sappers as pure invention", "sappers",
         "non_confirmation"),
        ("The ministry said no Belarusian pilots had flown there", None, "non_confirmation"),
        ("Minsk said the accounts were a malicious hoax", None, "non_confirmation"),
        ("The bulletin made no mention of the convoy", None, "non_confirmation"),
        # the counted noun's head word, with the claim's verbs as overrides
        ("A little under 70 marines died near the bridge", "marines", "casualties"),
        ("Rescuers recovered 31 bodies from the rubble", "bodies", "casualties"),
        # the fallen are dead; arrivals and deminers are people who came or are sent
        ("The governor laid wreaths for 45 fallen marines", "fallen marines", "casualties"),
        ("Border guards logged 2,400 new arrivals at the crossing", "arrivals",
         "troop_deployment"),
        ("The army lent 600 deminers to the farming districts", "deminers", "troop_deployment"),
        ("Minsk fired 6 cruise missiles into the sea as a test", "cruise missiles", "weapons_test"),
        ("Nine howitzers were seen moving toward the border", "howitzers", "troop_deployment"),
        ("At least 80 radar operators arrived in Minsk", "radar operators", "troop_deployment"),
        ("It is preparing to send 2,000 recruits east", "recruits", "deployment_preparation"),
        ("Up to 500 radio drones were handed over", "radio drones", "weapons_transfer"),
        # a warning verb beats the words of what is warned about
        ("The navy warned that the island could test a new torpedo", None, "warning"),
    ],
)  # fmt: skip
def test_event_type_order(words: str, unit: str | None, expected: str) -> None:
    assert classify_event(words, unit)[0] == expected


#: A figure's event type from its own words, the claim's words around it: (words, figure,
#: unit, expected).
FIGURE_CASES = [
    # a denial in a later clause of the sentence is not this figure's
    ("The ministry said the rebels had lost more than 900 fighters since May, and it made "
     "no mention of foreign volunteers", "more than 900 fighters since May, and it made no "
     "mention of foreign volunteers", "fighters", "casualties"),
    # the same when the figure's own words are appended to the claim's, as candidates do
    ("The tally: about 400 casualties by the army's count, and nothing from the rebels, who "
     "still will not confirm the clashes about 400 casualties by the army's count, ",
     "about 400 casualties by the army's count, ", "casualties", "casualties"),
    # a table's cells are clauses of their own
    ("TALLY: Army 400+ | Rebels 90 | Ministry no comment", "400+ | Rebels ", None, None),
    # a denial in the figure's own clause still decides
    ("The embassy dismissed the estimate of 900 sappers as pure invention",
     "900 sappers as pure invention", "sappers", "non_confirmation"),
    ("Did the rebels lose 3,000 fighters in May?", "3,000 fighters in May?", "fighters",
     "casualties"),
    # the predicate of an apposition is not the figure's own words
    ("The total force, 4,000 soldiers by the army's reckoning, is half the number of deaths "
     "the post claims", "4,000 soldiers by the army's reckoning, is half the number of deaths "
     "the post claims", "soldiers", "troop_deployment"),
    # a participle of killing makes the figure the dead
    ("Rangers said they had fought the poachers near the lake, killing about 20",
     "20", "soldiers", "casualties"),
    # North Koreans counted are people sent, whatever the verb
    ("A channel claimed that up to 30,000 North Koreans would go", "30,000 North Koreans "
     "would go", "North Koreans", "troop_deployment"),
    # the figure is the whole; the dead are the part named before it
    ("about a quarter of the 4,000 soldiers the army says were sent have been killed",
     "4,000 soldiers the army says were sent have been killed", "soldiers",
     "troop_deployment"),
    # "destroyed" said of people, and a hedged loss
    ("operators destroyed 21 soldiers of the rebel force", "21 soldiers of the rebel force",
     "soldiers", "casualties"),
    ("the rebels were losing maybe 100 men a day", "100 men a day", "men", "casualties"),
    # more of a force still to come is its preparation; more that already went is not
    ("The alliance could send as many as 2,000 more troops to the islands by June",
     "2,000 more troops to the islands by June", "troops", "deployment_preparation"),
    ("Officials said another 400 or so soldiers could follow before winter",
     "400 or so soldiers could follow before winter", "soldiers", "deployment_preparation"),
    ("The junta has begun training about 600 more soldiers for a second tour",
     "600 more soldiers for a second tour", "soldiers", "deployment_preparation"),
    ("The ministry said 3,000 more soldiers had left for the islands this month",
     "3,000 more soldiers had left for the islands this month", "soldiers",
     "troop_deployment"),
    ("about 500 soldiers were being trained at a range in the north",
     "500 soldiers were being trained at a range in the north", "soldiers",
     "troop_deployment"),
    # a figure without its noun takes the type its own predicate names, not the sentence's
    ("The militia said at least 40 were killed in the ambush",
     "40 were killed in the ambush", None, "casualties"),
    ("Officials believe at least 900 were sent to the border; the dead number a handful",
     "900 were sent to the border; the dead number a handful", None, "troop_deployment"),
    ("Planners expect that as many as 300 more could be sent this year",
     "300 more could be sent this year", None, "deployment_preparation"),
    # more of a force to come, however the page says it
    ("The agency said the junta had the capacity to send as many as 3,000 more soldiers",
     "3,000 more soldiers", "soldiers", "deployment_preparation"),
    ("The minister said 800 soldiers were in the region, with around 200 more on the way",
     "200 more on the way", "soldiers", "deployment_preparation"),
    ("An analyst said he would expect a second wave of perhaps 500 to 800 men by spring",
     "500 to 800 men by spring", "men", "deployment_preparation"),
    ("The ministry said the junta could in time send up to 5,000 soldiers",
     "5,000 soldiers", "soldiers", "deployment_preparation"),
    # a force where it is, its noun left to the words before
    ("About 900 of them were already in the Hamar region, per the ministry",
     "900 of them were already in the Hamar region, per the ministry", None,
     "troop_deployment"),
    ("Of those, up to 700 have moved toward the border", "700 have moved toward the border",
     None, "troop_deployment"),
    # a force that suffered losses is counted as the force
    ("It said the roughly 900 soldiers the junta sent had taken far more casualties than "
     "expected", "900 soldiers the junta sent had taken far more casualties than expected",
     "soldiers", "troop_deployment"),
    # the figure's clause ends where "and that …" begins another
    ("The board said 3,000 soldiers had been sent in May and that a further 700 could "
     "follow", "3,000 soldiers had been sent in May and that a further 700 could follow",
     "soldiers", "troop_deployment"),
]  # fmt: skip


@pytest.mark.parametrize(("words", "figure", "unit", "expected"), FIGURE_CASES)
def test_a_figures_own_words_decide_its_type(
    words: str, figure: str, unit: str, expected: str
) -> None:
    assert classify_event(words, unit, figure=figure)[0] == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("The navy test-fired two missiles off the coast", "weapons_test"),
        ("Kim inspected a test of new attack drones", "weapons_test"),
        ("a report written for the timeline test suite", None),
        ("the ministry ran a stress test of its banks", None),
    ],
)
def test_a_test_is_a_weapons_test_only_with_a_weapon(words: str, expected: str | None) -> None:
    assert classify_event(words)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole a part was counted among is the force sent, not the casualties
        ("The strike cost about 470 injuries among the roughly 1,400 workers it sent to the yard.",
         [(470, "casualties"), (1400, "troop_deployment")]),
        ("The army said about 470 soldiers were killed or wounded, including some 60 dead, out of "
         "roughly 1,500 sent to the valley since autumn.",
         [(470, "casualties"), (60, "casualties"), (1500, "troop_deployment")]),
    ],
)  # fmt: skip
def test_the_whole_of_a_part_is_the_force_sent(text: str, expected: list[tuple[int, str]]) -> None:
    rows = propose(text, date(2025, 3, 7))["candidates"]
    assert [(r["value"], r["event_type"]) for r in rows] == expected


@pytest.mark.parametrize(
    ("words", "figure", "unit"),
    [
        # a force being readied is still to come, whatever verb readies it
        ("The junta is preparing some 2,000 soldiers to fight abroad",
         "2,000 soldiers to fight abroad", "soldiers"),
        ("The army is readying 800 more troops", "800 more troops", "troops"),
    ],
)  # fmt: skip
def test_a_force_readied_or_to_follow_is_preparation(
    words: str, figure: str, unit: str | None
) -> None:
    assert classify_event(words, unit, figure=figure)[0] == "deployment_preparation"
