"""propose(): the public interface, the archived report, and a short report of our own."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from timeline.curation import propose
from timeline.curation.propose import CANDIDATE_KEYS

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "datasets" / "curated"
SOURCE_ID = "rfa-2024-12-23-north-korea-kursk"


def _load(name: str) -> list[dict[str, Any]]:
    rows = yaml.safe_load((CURATED / f"{name}.yaml").read_text(encoding="utf-8"))
    assert isinstance(rows, list)
    return rows


@pytest.fixture(scope="module")
def archived() -> tuple[str, dict[str, Any]]:
    text = (ROOT / "datasets" / "sources" / f"{SOURCE_ID}.txt").read_text(encoding="utf-8")
    source = next(s for s in _load("sources") if s["source_id"] == SOURCE_ID)
    result = propose(
        text, source["published_on"], actors=_load("actors"), events=_load("events"), source=source
    )
    return text, result


def test_shape_and_offsets(archived: tuple[str, dict[str, Any]]) -> None:
    text, result = archived
    json.dumps(result)  # JSON-ready
    assert result["source"]["source_id"] == SOURCE_ID
    assert result["source"]["published_on"] == "2024-12-23"
    assert result["source"]["text_chars"] == len(text)
    candidates = result["candidates"]
    assert candidates
    for index, candidate in enumerate(candidates, start=1):
        assert tuple(candidate) == CANDIDATE_KEYS
        assert candidate["candidate_id"] == f"c{index:03d}"
        assert text[candidate["quote_start"] : candidate["quote_end"]] == candidate["quote"]
        assert 0.0 <= candidate["confidence"] <= 1.0
        assert candidate["rule"]
    starts = [c["quote_start"] for c in candidates]
    assert starts == sorted(starts)


def test_every_curated_numeric_claim_is_proposed(archived: tuple[str, dict[str, Any]]) -> None:
    _, result = archived
    gold = [
        claim
        for claim in _load("claims")
        if claim["source_id"] == SOURCE_ID
        and claim.get("restates") is None
        and (claim.get("value") is not None or claim.get("qualifier") is not None)
    ]
    assert gold
    for claim in gold:
        matches = [
            c
            for c in result["candidates"]
            if c["quote_start"] < claim["quote_end"]
            and claim["quote_start"] < c["quote_end"]
            and c["claimant_id"] == claim["claimant_id"]
        ]
        assert matches, claim["claim_id"]
        fields = ("value", "qualifier", "value_low", "value_high")
        assert any(all(c[f] == claim[f] for f in fields) for c in matches), claim["claim_id"]
        stated = (str(claim["stated_on"]) if claim["stated_on"] else None, str(claim["stated_end"]))
        assert any((c["stated_on"], c["stated_end"]) == stated for c in matches), claim["claim_id"]


def test_no_calibre_or_year_is_a_count(archived: tuple[str, dict[str, Any]]) -> None:
    _, result = archived
    values = {c["value"] for c in result["candidates"]}
    assert not values & {240, 170, 1945, 2}


def test_fast_after_start_up(archived: tuple[str, dict[str, Any]]) -> None:
    text, _ = archived
    begin = time.perf_counter()
    propose(text, date(2024, 12, 23), actors=_load("actors"))
    assert time.perf_counter() - begin < 1.0


def test_import_does_not_pull_pandas_or_pandera() -> None:
    code = (
        "import sys, timeline.curation.propose; "
        "print(sorted(m for m in ('pandas', 'pandera', 'pyarrow') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# A short fictional wire report, written for these tests.
REPORT = (
    "SEOUL – South Korea’s spy agency said on Tuesday that about 1,200 North Korean engineers "
    "had been sent to Russia over the past three months, while Ukrainian officials gave no "
    "figures.\n"
    "“At least 40 shipments of artillery shells crossed the border in November,” the agency "
    "said, adding that it had seen dozens of trains.\n"
    "The NIS also said fewer than 300 troops had returned.\n"
    "Japanese, South Korean and Ukrainian officials have said as many as 9,000 soldiers are "
    "stationed near the front.\n"
    "Moscow denied sending any troops.\n"
    "The unit fired 240 mm rockets during drills that lasted three days, and a 19-year-old "
    "soldier was captured.\n"
)
REPORT_ACTORS = [
    {"actor_id": "kor-nis", "name": "National Intelligence Service of South Korea (NIS)",
     "kind": "government_body", "country": "KOR", "description": "South Korea’s spy agency"},
    {"actor_id": "jpn-officials", "name": "Japanese officials", "kind": "government_body",
     "country": "JPN", "description": None},
    {"actor_id": "kor-officials", "name": "South Korean officials", "kind": "government_body",
     "country": "KOR", "description": None},
    {"actor_id": "ukr-officials", "name": "Ukrainian officials", "kind": "government_body",
     "country": "UKR", "description": None},
    {"actor_id": "rus", "name": "Russia", "kind": "state", "country": "RUS", "description": None},
    {"actor_id": "wire", "name": "Example Wire", "kind": "organization", "country": "USA",
     "description": "Publisher"},
]  # fmt: skip
PUB = date(2024, 12, 26)  # a Thursday


@pytest.fixture(scope="module")
def report() -> list[dict[str, Any]]:
    result = propose(
        REPORT, PUB, actors=REPORT_ACTORS, source={"source_id": "x", "publisher": "Example Wire"}
    )
    candidates: list[dict[str, Any]] = result["candidates"]
    return candidates


def _by_value(candidates: list[dict[str, Any]], value: int) -> dict[str, Any]:
    (found,) = [c for c in candidates if c["value"] == value]
    return found


def test_report_first_figure(report: list[dict[str, Any]]) -> None:
    row = _by_value(report, 1200)
    assert (row["qualifier"], row["value_low"], row["value_high"]) == ("about", None, None)
    assert row["unit"] == "engineers"
    assert row["claimant_id"] == "kor-nis"
    assert row["attribution"] == "paraphrase"
    assert (row["stated_on"], row["stated_precision"], row["stated_text"]) == (
        "2024-12-24",
        "day",
        "on Tuesday",
    )
    assert row["quote"].startswith("South Korea’s spy agency said on Tuesday")
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (
        "2024-09-24",
        "2024-12-24",
        "range",
    )


def test_report_direct_quote_continues_claimant(report: list[dict[str, Any]]) -> None:
    row = _by_value(report, 40)
    assert (row["qualifier"], row["value_low"]) == ("at_least", 40)
    assert row["attribution"] == "direct_quote"
    assert row["claimant_id"] == "kor-nis"
    assert "continues_claimant" in row["flags"]
    assert (
        row["quote"] == "At least 40 shipments of artillery shells crossed the border in November"
    )
    assert (row["date_start"], row["date_end"]) == ("2024-11-01", "2024-11-30")
    assert row["stated_on"] == "2024-12-24"  # the agency's statement of Tuesday continues


def test_report_less_than_and_alias(report: list[dict[str, Any]]) -> None:
    row = _by_value(report, 300)
    assert (row["qualifier"], row["value_low"], row["value_high"]) == ("less_than", None, 299)
    assert row["claimant_id"] == "kor-nis"


def test_report_several_claimants(report: list[dict[str, Any]]) -> None:
    rows = [c for c in report if c["value"] == 9000]
    assert {r["claimant_id"] for r in rows} == {"jpn-officials", "kor-officials", "ukr-officials"}
    for row in rows:
        assert (row["qualifier"], row["value_high"]) == ("up_to", 9000)
        assert (row["stated_on"], row["stated_end"], row["stated_text"]) == (
            None,
            "2024-12-26",
            "have said",
        )
        assert row["event_type"] == "troop_deployment"


def test_report_vague_quantities(report: list[dict[str, Any]]) -> None:
    vague = [c for c in report if "vague_quantity" in c["flags"]]
    assert len(vague) == 2  # "gave no figures", "dozens of trains"
    for row in vague:
        assert row["value"] is row["qualifier"] is row["value_low"] is row["value_high"] is None


def test_report_non_claim_numbers(report: list[dict[str, Any]]) -> None:
    values = {c["value"] for c in report}
    assert not values & {240, 3, 19}
    assert values - {None} == {1200, 40, 300, 9000}


def test_report_denial(report: list[dict[str, Any]]) -> None:
    (row,) = [c for c in report if c["quote"].startswith("Moscow denied")]
    assert row["claimant_id"] == "rus"
    assert row["event_type"] == "non_confirmation"
    assert row["rule"].startswith("statement.denial")
    assert row["value"] is None


def test_report_reporter_statement(report: list[dict[str, Any]]) -> None:
    rows = [c for c in report if c["attribution"] == "reporter"]
    assert rows
    for row in rows:
        assert row["claimant_id"] == "wire"
        assert (row["stated_on"], row["stated_precision"]) == ("2024-12-26", "day")


def test_empty_text() -> None:
    assert propose("", PUB)["candidates"] == []


# Continuation of claimants and dates, on a second short fictional report.
CONTINUING_ACTORS = [
    {"actor_id": "fin-border", "name": "Finnish Border Guard", "kind": "military_body",
     "country": "FIN", "description": "Finland's border guard"},
    {"actor_id": "usa-treasury", "name": "U.S. Department of the Treasury (the Treasury)",
     "kind": "government_body", "country": "USA", "description": "The U.S. Treasury"},
    {"actor_id": "usa-cbp", "name": "U.S. Customs and Border Protection (CBP)",
     "kind": "government_body", "country": "USA", "description": "U.S. border agency"},
]  # fmt: skip


def _continuing(text: str, pub: date = date(2025, 3, 14)) -> list[dict[str, Any]]:
    candidates: list[dict[str, Any]] = propose(text, pub, actors=CONTINUING_ACTORS)["candidates"]
    return candidates


def test_the_unit_said_continues_the_last_claimant() -> None:
    rows = _continuing(
        "Finland's border guard said on Monday that 80 migrants had crossed.\n"
        "The unit said 12 patrol boats were deployed.\n"
    )
    row = _by_value(rows, 12)
    assert row["claimant_id"] == "fin-border"
    assert "continues_claimant" in row["flags"]
    assert row["stated_on"] == "2025-03-10"  # continues Monday's statement


def test_claimant_after_the_content_with_initials() -> None:
    rows = _continuing("Exporters moved 900 tankers through the strait, the U.S. Treasury said.")
    row = _by_value(rows, 900)
    assert (row["claimant_id"], row["claimant"]) == ("usa-treasury", "the U.S. Treasury")


def test_named_person_of_the_same_country_does_not_continue_a_body() -> None:
    rows = _continuing(
        "The Treasury said on Tuesday that 40 firms were listed.\n"
        "U.S. Army Col. Ruth Ames said 15 ships had been held.\n"
    )
    row = _by_value(rows, 15)
    assert row["claimant_id"] is None
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        None,
        "2025-03-14",
        "range",
    )


def test_two_known_bodies_of_one_state_continue() -> None:
    rows = _continuing(
        "The Treasury said on Tuesday that 40 firms were listed.\n"
        "CBP said 15 ships had been held.\n"
    )
    assert _by_value(rows, 15)["stated_on"] == "2025-03-11"


def test_event_date_before_the_frame_is_not_the_statement_date() -> None:
    rows = _continuing(
        "Ferries have carried 300 trucks since May of last year, according to the U.S. Treasury."
    )
    row = _by_value(rows, 300)
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        None,
        "2025-03-14",
        "range",
    )
    assert (row["date_start"], row["date_end"]) == ("2024-05-01", "2025-03-14")


def test_future_event_date_before_she_said_is_the_events() -> None:
    rows = _continuing(
        "Finland's border guard said on Monday that 80 migrants had crossed.\n"
        "A further 25 patrol boats could arrive next month, it said.\n"
    )
    row = _by_value(rows, 25)
    assert (row["stated_on"], row["stated_precision"]) == ("2025-03-10", "day")
    assert (row["date_start"], row["date_end"], row["date_precision"]) == (
        "2025-04-01",
        "2025-04-30",
        "month",
    )


def test_sentence_opening_date_after_a_dateline_dates_the_statement() -> None:
    rows = _continuing(
        "HELSINKI – On Tuesday, Finland's border guard said 45 migrants had crossed."
    )
    row = _by_value(rows, 45)
    assert (row["claimant_id"], row["stated_on"], row["stated_text"]) == (
        "fin-border",
        "2025-03-11",
        "On Tuesday",
    )


def test_date_closing_the_attribution_after_an_apposition() -> None:
    rows = _continuing(
        "“We counted 70 drones over the lake,” said Maj. Gen. Ana Ruiz, a spokeswoman for the "
        "border guard, on Wednesday."
    )
    row = _by_value(rows, 70)
    assert row["claimant"] == "Maj. Gen. Ana Ruiz"
    assert (row["stated_on"], row["stated_precision"], row["stated_text"]) == (
        "2025-03-12",
        "day",
        "on Wednesday",
    )


def test_later_frame_of_a_sentence_continues_its_dated_frame() -> None:
    rows = _continuing(
        "The Treasury said in February that 40 firms were listed, and it said 15 ships had "
        "been held."
    )
    row = _by_value(rows, 15)
    assert row["claimant_id"] == "usa-treasury"
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        "2025-02-01",
        "2025-02-28",
        "month",
    )


def test_statement_earlier_this_month_leaves_out_the_publication_day() -> None:
    rows = _continuing("The Treasury said earlier this month that 40 firms were listed.")
    row = _by_value(rows, 40)
    assert (row["stated_on"], row["stated_end"], row["stated_precision"]) == (
        "2025-03-01",
        "2025-03-13",
        "range",
    )
    first = _by_value(
        _continuing(
            "The Treasury said earlier this month that 40 firms were listed.", date(2025, 3, 1)
        ),
        40,
    )
    assert "ambiguous_date" in first["flags"]


@pytest.mark.parametrize(
    ("text", "stated_on"),
    [
        ("In a televised address on Wednesday, Finland's border guard said 55 migrants crossed.",
         "2025-03-12"),
        ("Speaking to reporters on Tuesday, the U.S. Treasury said 65 firms were listed.",
         "2025-03-11"),
        ("Barges carried 85 trucks across the lake in January, Finland's border guard said.",
         None),
    ],
)  # fmt: skip
def test_opening_phrase_date_dates_the_statement(text: str, stated_on: str | None) -> None:
    row = next(c for c in _continuing(text) if c["value"] is not None)
    assert row["claimant_id"] is not None
    assert row["stated_on"] == stated_on


def test_attribution_alone_is_no_statement() -> None:
    rows = _continuing(
        "Ferries have carried 300 trucks across the gulf, according to Finland's border guard "
        "chief, Gen. Aino Virta."
    )
    assert [r["value"] for r in rows] == [300]
    assert rows[0]["claimant"] == "Finland's border guard chief, Gen. Aino Virta"


@pytest.mark.parametrize(
    ("head", "speaker"),
    [
        ("Harbour Authority | Speech\nby Harbour Master Ingrid Solberg at the Fisheries Forum",
         "Harbour Master Ingrid Solberg"),
        ("Remarks by Mayor Tor Haugen on the spring floods\n3 April 2025", "Mayor Tor Haugen"),
        ("Opinion\nThe flood toll is higher than the city admits", None),
        ("Statement\nby the way, nobody asked", None),
    ],
)  # fmt: skip
def test_a_speech_page_names_its_speaker(head: str, speaker: str | None) -> None:
    from timeline.curation.propose import page_speaker

    assert page_speaker(head) == speaker


def test_a_speech_page_s_own_figures_are_its_speaker_s() -> None:
    # no verb of saying anywhere: the page is the speaker's words, on the day it was given
    text = (
        "Harbour Authority | Speech\n"
        "by Harbour Master Ingrid Solberg at the Fisheries Forum\n"
        "7 Mar. 2025\n"
        "Thank you all for coming.\n"
        "More than 40 trawlers are still stuck in the ice.\n"
        "Our estimate is that about 300 crew are waiting ashore.\n"
    )
    rows = propose(text, date(2025, 3, 7))["candidates"]
    by_value = {row["value"]: row for row in rows if row["value"] is not None}
    for value in (40, 300):
        assert "Ingrid Solberg" in str(by_value[value]["claimant"]), by_value[value]
        assert by_value[value]["stated_on"] == "2025-03-07"


def test_an_elided_second_count_takes_the_first_counts_noun_not_a_preposition() -> None:
    """ "50 guards were killed and 47 injured within three days": the second count is of the
    guards (a real page gave it the unit "within")."""
    rows = propose(
        "The army said 50 guards were killed and 47 injured within three days.", date(2025, 3, 7)
    )["candidates"]
    assert [(r["value"], r["unit"]) for r in rows] == [(50, "guards"), (47, "guards injured")]


def test_a_whole_named_up_front_gives_the_parts_noun_and_a_doing_is_no_noun() -> None:
    """ "Among the nurses hired last year, 600 have left", "as many as 3,000 serving in the
    north": the nurses both times (ninth judged set), never "serving"."""
    text = (
        "The region hired 12,000 nurses. As many as 3,000 serving in the north, officials "
        "said.\n\nAmong the nurses hired last year, 600 have left, the union said."
    )
    units = {r["value"]: r["unit"] for r in propose(text, date(2025, 3, 7))["candidates"]}
    assert units[600] == "nurses" and units[3000] != "serving", units


def test_a_quote_the_media_relayed_before_is_its_speakers_not_a_restatement() -> None:
    text = (
        "The board will send 5,000 workers to the coast, local media reports said on Tuesday.\n\n"
        "The announcement came as the minister visited the port.\n\n"
        '"The board has decided to send 5,000 workers to the coast," the agency quoted Ola '
        "Berg as saying."
    )
    rows = [r for r in propose(text, date(2025, 6, 17))["candidates"] if r["value"] == 5000]
    assert [r["claimant"] for r in rows] == ["local media", "Ola Berg"], rows


def test_this_conclusion_was_made_by_names_who_concluded_the_sentence_before() -> None:
    text = (
        "The northern fleet could lose all 12,000 of its crews by April.\n\n"
        "This conclusion was made by experts from the Fjord Institute."
    )
    rows = propose(text, date(2025, 1, 17))["candidates"]
    row = next(r for r in rows if r["value"] == 12000)
    assert row["claimant"] == "experts from the Fjord Institute", row


def test_a_quotation_after_the_pages_own_summary_is_the_speakers() -> None:
    text = (
        "The board will send one thousand divers to the coast.\n\n"
        '"The chairman has decided to send one thousand divers to the coast to clear the '
        'wrecks," Ola Berg said.'
    )
    rows = propose(text, date(2025, 6, 17), source={"publisher": "the page"})["candidates"]
    claimants = [r["claimant"] for r in rows if r["value"] == 1000]
    assert claimants == ["the page", "Ola Berg"], rows


def test_the_figure_reported_by_a_body_is_that_bodys() -> None:
    text = (
        "The port has lost 3,000 ferry crossings. The figure, reported by the harbour board, is "
        "double previous estimates and comes as the board plans 10,000 more by December."
    )
    rows = propose(text, date(2025, 2, 27))["candidates"]
    claimant = {r["value"]: r["claimant"] for r in rows}
    assert (claimant[3000], claimant[10000]) == ("the harbour board", "the harbour board")
