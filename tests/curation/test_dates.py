"""Date words resolved from the publication date alone (reference: Monday 2024-12-23)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.curation.dates import find_dates
from timeline.curation.propose import propose

PUB = date(2024, 12, 23)  # a Monday


@pytest.mark.parametrize(
    ("sentence", "words", "start", "end", "precision"),
    [
        ("The ministry said on Monday that talks ended.", "on Monday", "2024-12-23", "2024-12-23", "day"),
        ("On Sunday, the agency posted photos.", "On Sunday", "2024-12-22", "2024-12-22", "day"),
        ("Officials met on Thursday.", "on Thursday", "2024-12-19", "2024-12-19", "day"),
        ("The envoy will arrive on Thursday.", "on Thursday", "2024-12-26", "2024-12-26", "day"),
        ("They met last Monday.", "last Monday", "2024-12-16", "2024-12-16", "day"),
        ("The army said today it had moved.", "today", "2024-12-23", "2024-12-23", "day"),
        ("The army said yesterday it had moved.", "yesterday", "2024-12-22", "2024-12-22", "day"),
        ("He spoke last week.", "last week", "2024-12-16", "2024-12-22", "week"),
        ("Drills continue this week.", "this week", "2024-12-23", "2024-12-29", "week"),
        ("Talks resume next week.", "next week", "2024-12-30", "2025-01-05", "week"),
        ("The minister visited last month.", "last month", "2024-11-01", "2024-11-30", "month"),
        ("Shipments rose this month.", "this month", "2024-12-01", "2024-12-31", "month"),
        ("A summit is planned next month.", "next month", "2025-01-01", "2025-01-31", "month"),
        ("Exports fell last year.", "last year", "2023-01-01", "2023-12-31", "year"),
        ("Troops may march next year.", "next year", "2025-01-01", "2025-12-31", "year"),
        ("Fighting flared over the weekend.", "over the weekend", "2024-12-21", "2024-12-22", "range"),
        ("The shelling began three days ago.", "three days ago", "2024-12-20", "2024-12-20", "day"),
        ("The convoy left two weeks ago.", "two weeks ago", "2024-12-09", "2024-12-15", "week"),
        ("The convoy left a month ago.", "a month ago", "2024-11-01", "2024-11-30", "month"),
        ("The unit arrived earlier this month.", "earlier this month", "2024-12-01", "2024-12-22", "range"),
        ("Officials spoke earlier in the week.", "earlier in the week", "2024-12-23", "2024-12-23", "range"),
        ("Ties were cut earlier this week.", "earlier this week", "2024-12-23", "2024-12-23", "range"),
        ("Prices rose earlier this year.", "earlier this year", "2024-01-01", "2024-12-22", "range"),
        ("The drones were shown in November.", "in November", "2024-11-01", "2024-11-30", "month"),
        ("Seoul said in October that ships docked.", "in October", "2024-10-01", "2024-10-31", "month"),
        ("Trains have run since August of last year.", "since August of last year", "2023-08-01", "2024-12-23", "range"),
        ("Trains have run since March.", "since March", "2024-03-01", "2024-12-23", "range"),
        ("The strike came on Oct. 23.", "on Oct. 23", "2024-10-23", "2024-10-23", "day"),
        ("The decree was signed Dec. 20, 2024.", "Dec. 20, 2024", "2024-12-20", "2024-12-20", "day"),
        ("The decree was signed on 20 December.", "on 20 December", "2024-12-20", "2024-12-20", "day"),
        ("Ships sailed between Oct. 8 and Oct. 13.", "between Oct. 8 and Oct. 13", "2024-10-08", "2024-10-13", "range"),
        ("Ships sailed in January and February.", "in January and February", "2024-01-01", "2024-02-29", "range"),
        ("The treaty dates from June 2023.", "from June 2023", "2023-06-01", "2023-06-30", "month"),
        ("The war ended in 1953.", "in 1953", "1953-01-01", "1953-12-31", "year"),
        # "Sept." is an abbreviation with its full stop, and takes a day like "Oct." does
        ("The board met on Sept. 2, officials said.", "on Sept. 2", "2024-09-02", "2024-09-02", "day"),
    ],
)  # fmt: skip
def test_resolves(sentence: str, words: str, start: str, end: str, precision: str) -> None:
    (mention,) = find_dates(sentence, PUB)
    assert mention.text == words
    assert sentence[mention.start : mention.end] == words
    assert (str(mention.date_start), str(mention.date_end), mention.precision) == (
        start,
        end,
        precision,
    )


def test_year_rollover_in_january() -> None:
    (mention,) = find_dates("The drills took place in December.", date(2025, 1, 6))
    assert (mention.date_start, mention.date_end) == (date(2024, 12, 1), date(2024, 12, 31))
    (day,) = find_dates("The strike came on Dec. 30.", date(2025, 1, 6))
    assert day.date_start == date(2024, 12, 30)


def test_weekday_includes_publication_day() -> None:
    (mention,) = find_dates("He said on Monday.", PUB)
    assert mention.date_start == PUB


def test_span_counts_back_from_anchor() -> None:
    sentence = "It sent shells over the previous two months."
    anchor = (date(2024, 10, 1), date(2024, 10, 31), "month")
    (mention,) = find_dates(sentence, PUB, anchor=anchor)
    assert (mention.date_start, mention.date_end, mention.precision) == (
        date(2024, 8, 1),
        date(2024, 10, 31),
        "range",
    )


def test_earlier_this_month_leaves_out_the_day_of_writing() -> None:
    (mention,) = find_dates("The envoy left earlier this month.", date(2025, 5, 20))
    assert (mention.date_start, mention.date_end) == (date(2025, 5, 1), date(2025, 5, 19))
    assert mention.flags == ()


def test_earlier_this_month_on_the_first_is_flagged() -> None:
    (mention,) = find_dates("The envoy left earlier this month.", date(2025, 6, 1))
    assert (mention.date_start, mention.date_end, mention.precision) == (
        date(2025, 6, 1),
        date(2025, 6, 1),
        "range",
    )
    assert "ambiguous_date" in mention.flags


def test_early_month_is_flagged_and_kept_as_month() -> None:
    (mention,) = find_dates("Talks began in early November.", PUB)
    assert mention.precision == "month"
    assert "ambiguous_date" in mention.flags


@pytest.mark.parametrize(
    "sentence",
    ["North Korea may send more troops.", "He fired 240 mm rockets.", "Nothing happened here."],
)
def test_no_dates(sentence: str) -> None:
    assert find_dates(sentence, PUB) == []


@pytest.mark.parametrize(
    ("published", "sentence", "start", "end"),
    [
        # the ISO week holding the day 7·N days back, whatever the weekday of publication
        (date(2025, 2, 12), "The ferry sank two weeks ago.", "2025-01-27", "2025-02-02"),
        (date(2025, 2, 16), "The ferry sank two weeks ago.", "2025-01-27", "2025-02-02"),
        (date(2025, 1, 6), "The ferry sank three weeks ago.", "2024-12-16", "2024-12-22"),
        (date(2025, 2, 12), "The ferry sank a week ago.", "2025-02-03", "2025-02-09"),
    ],
)
def test_weeks_ago_is_an_iso_week(published: date, sentence: str, start: str, end: str) -> None:
    (mention,) = find_dates(sentence, published)
    assert (mention.date_start.isoformat() if mention.date_start else None) == start
    assert (mention.date_end.isoformat() if mention.date_end else None) == end
    assert mention.precision == "week"


def test_a_hyphenated_name_is_no_month() -> None:
    from datetime import date

    from timeline.curation.dates import find_dates

    assert find_dates("Rep. Park Jun-seo and Ms. Oh Mar-ya spoke.", date(2024, 10, 18)) == []


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # a day of the current month, as some outlets write it (published 23 Dec 2024)
        ("On the 20th, the ministry said talks ended.", "2024-12-20"),
        # a day still to come is last month's
        ("The agency said on the 28th that talks ended.", "2024-11-28"),
    ],
)
def test_on_the_nth_is_a_day_of_the_month(sentence: str, start: str) -> None:
    (mention,) = find_dates(sentence, date(2024, 12, 23), 0, len(sentence))
    assert (mention.date_start.isoformat(), mention.precision) == (start, "day")


def test_the_nth_anniversary_or_floor_is_no_date() -> None:
    text = "It was the 20th anniversary; on the 2nd floor, three died."
    assert find_dates(text, date(2024, 12, 23), 0, len(text)) == []


def test_a_date_inside_the_introducing_quotation_does_not_date_the_document() -> None:
    text = (
        'In its first report, the Harbour Monitoring Team (HMT) said, "Since the fleet began '
        'moving cargo in early September 2023, it has moved over 20,000 containers."\n\n'
        "The report detailed other breaches.\n\n"
        'The report further explained, "The fleet sought visas for 8,000 sailors in 2024."'
    )
    (row,) = [r for r in propose(text, date(2025, 5, 30))["candidates"] if r["value"] == 8_000]
    assert row["claimant"] == "The report (the Harbour Monitoring Team (HMT))"
    assert row["stated_precision"] != "month", row


def test_the_previous_day_opening_a_sentence_dates_it_from_the_statement_before() -> None:
    text = (
        '"We are ready to talk," President Ola Berg said on Sunday evening.\n\n'
        "The previous day, Berg announced the capture of two smugglers."
    )
    (row,) = [r for r in propose(text, date(2025, 1, 13))["candidates"] if r["value"] == 2]
    assert row["claimant"] == "President Ola Berg"
    assert (row["stated_on"], row["stated_precision"]) == ("2025-01-11", "day")


@pytest.mark.parametrize("outlet", ["USA", "NRK"])
def test_today_after_an_acronym_is_a_name_not_the_day(outlet: str) -> None:
    text = f"{outlet} Today observed that 1,200 ferry tickets were sold."
    rows = [r for r in propose(text, date(2025, 3, 7))["candidates"] if r["value"]]
    # never the acronym alone with "Today" read as the day of its statement
    assert rows and rows[0]["claimant"] != outlet, rows


def test_a_forecasts_period_after_its_object_is_no_day_of_stating() -> None:
    text = "Fjordline forecasts the booking pace in September to finish near 15.5 million."
    rows = [r for r in propose(text, date(2024, 8, 20))["candidates"] if r["value"]]
    assert [(r["claimant"], r["stated_precision"]) for r in rows] == [("Fjordline", "range")]
    text = "The ministry forecast in January that 40 million anglers would come."
    rows = [r for r in propose(text, date(2024, 8, 20))["candidates"] if r["value"]]
    assert [(r["claimant"], r["stated_on"]) for r in rows] == [("The ministry", "2024-01-01")]


def test_a_month_inside_what_was_said_before_its_own_verb_is_no_day_of_stating() -> None:
    text = "The harbour board said ferry crossings in May rose 4%."
    rows = [r for r in propose(text, date(2008, 6, 4))["candidates"] if r["value"] == 4]
    assert [(r["claimant"], r["stated_precision"]) for r in rows] == [
        ("The harbour board", "range")
    ], rows


def test_a_month_naming_a_quarter_is_no_day_of_stating() -> None:
    text = "Ferry revenue rose 7%, the operator said in its March quarter report."
    rows = [r for r in propose(text, date(2021, 10, 14))["candidates"] if r["value"] == 7]
    assert [r["stated_precision"] for r in rows] == ["range"], rows


def test_a_closing_date_after_a_role_without_its_article() -> None:
    text = (
        "The toll of the ferry sinking has risen to 34, said Ana Ruiz, director of the Lake "
        "Rescue Service, on Saturday."
    )
    rows = [r for r in propose(text, date(2025, 3, 10))["candidates"] if r["value"]]
    assert [(r["claimant"], r["stated_on"]) for r in rows] == [("Ana Ruiz", "2025-03-08")]


def test_a_death_toll_among_a_group_counts_the_dead() -> None:
    text = "The death toll among fishermen on the coast has risen to 34, the coast guard said."
    rows = [r for r in propose(text, date(2025, 3, 10))["candidates"] if r["value"]]
    assert [r["unit"] for r in rows] == ["dead"]


def test_data_released_here_on_a_day_date_their_source() -> None:
    text = (
        "According to the Fjord Ferry Board’s storm-related data released here on Monday, "
        "59 ferries are idle."
    )
    rows = [r for r in propose(text, date(2022, 8, 30))["candidates"] if r["value"]]
    assert [(r["claimant"], r["stated_on"]) for r in rows] == [
        ("the Fjord Ferry Board", "2022-08-29")
    ]


def test_a_day_then_and_a_figure_is_no_range_of_days() -> None:
    # (found by the property test: "Dec. 20, 2024 and 1.5 million rounds")
    found = find_dates("Dec. 20, 2024 and 1.5 million boats", date(2025, 1, 1))
    assert [(d.text, d.precision) for d in found] == [("Dec. 20, 2024", "day")]


def test_earlier_in_the_week_is_earlier_this_week() -> None:
    (mention,) = find_dates(
        "Officials said earlier in the week that boats sank.", date(2024, 11, 9)
    )
    assert (mention.date_start, mention.date_end, mention.precision) == (
        date(2024, 11, 4), date(2024, 11, 8), "range",
    )  # fmt: skip


def test_a_sentence_adverb_before_an_opening_date_leaves_it_the_statement_s() -> None:
    text = "However, in February this year, the harbour master told reporters that 300 boats sank."
    (row,) = [r for r in propose(text, date(2024, 11, 25))["candidates"] if r["value"] == 300]
    assert (row["stated_on"], row["stated_precision"]) == ("2024-02-01", "month")


def test_a_podcast_closing_a_quotation_dates_it() -> None:
    text = (
        "“We saw maybe half the boats lost, about 50%,” said Eirik Dahl, head of the maritime "
        "department at the Nordic Institute, during the institute’s podcast on Tuesday."
    )
    (row,) = [r for r in propose(text, date(2024, 11, 25))["candidates"] if r["value"] == 50]
    assert (row["stated_on"], row["stated_precision"]) == ("2024-11-19", "day")


def test_as_early_as_a_day_opening_the_sentence_dates_the_statement() -> None:
    text = "As early as January 4, 2024, local papers wrote that 24 trawlers had sunk."
    (row,) = [r for r in propose(text, date(2024, 11, 1))["candidates"] if r["value"] == 24]
    assert (row["stated_on"], row["stated_precision"]) == ("2024-01-04", "day")


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("As reported by NRK, on October 18, the coast guard announced that 300 trawlers had "
         "sunk.", "2024-10-18"),
        ("As NRK earlier reported, on February 16, Kari Lund stated that 300 trawlers had sunk.",
         "2024-02-16"),
        ("Kari Lund, who made the announcement on Friday, said 300 trawlers had sunk.",
         "2024-12-20"),
    ],
)  # fmt: skip
def test_the_day_after_an_opening_relay_or_in_an_announcing_clause_dates_the_statement(
    text: str, stated: str
) -> None:
    (row,) = propose(text, PUB)["candidates"]
    assert row["stated_on"] == stated


def test_a_sentence_telling_when_an_assessment_was_shared_dates_the_one_before() -> None:
    text = (
        "Harbour news\n\n"
        "The coast guard has reported that about 300 trawlers sank. This assessment was shared "
        "with lawmakers during a closed session on Friday, as NTB reported.\n"
    )
    (row,) = propose(text, PUB)["candidates"]
    assert (row["stated_on"], row["stated_precision"]) == ("2024-12-20", "day")


@pytest.mark.parametrize(
    ("text", "stated", "stated_end"),
    [
        ("In the last week of November, the coast guard reported that 300 trawlers sank.",
         "2024-11-24", "2024-11-30"),
        ("Given that last week the coast guard told lawmakers that 300 trawlers sank, the "
         "fleet is worried.", "2024-12-16", "2024-12-22"),
    ],
)  # fmt: skip
def test_a_week_of_a_month_and_a_date_after_given_that_date_the_statement(
    text: str, stated: str, stated_end: str
) -> None:
    (row,) = propose(text, PUB)["candidates"]
    assert (row["stated_on"], row["stated_end"]) == (stated, stated_end)


def test_the_day_on_a_page_s_source_line_dates_its_source_s_statements() -> None:
    text = (
        "Harbour master Kari Lund has stated that 300 trawlers are idle in the north.\n\n"
        "Source: Lund in an evening radio address on 18 December\n"
    )
    (row,) = propose(text, PUB)["candidates"]
    assert (row["stated_on"], row["stated_precision"]) == ("2024-12-18", "day")


def test_an_occasion_named_again_takes_the_day_the_page_gave_it() -> None:
    text = (
        "Harbour news\n\n"
        "About 8,000 trawlers are idle in the north, officials said Friday at a press "
        "conference in Oslo.\n\n"
        "The fleet is shrinking. Kari Lund said in the press conference that 300 trawlers sank.\n"
    )
    rows = propose(text, PUB)["candidates"]
    (row,) = [r for r in rows if r["value"] == 300]
    assert row["stated_on"] == "2024-12-20"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister said on Friday, 6 December, that 300 boats sank.",
        "The minister said on Friday, December 6, that 300 boats sank.",
    ],
)
def test_a_weekday_names_the_date_written_after_it(sentence: str) -> None:
    # (Friday alone would be the 20th, the Friday before publication)
    (mention,) = find_dates(sentence, PUB)
    assert (mention.date_start, mention.precision) == (date(2024, 12, 6), "day")
    assert mention.text.startswith("on Friday")


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # an opening on the occasion of speaking dates a quotation after it
        ("While addressing a press briefing on Wednesday (local time), harbour master Kari "
         "Lund said, “We have seen 300 trawlers.”", "2024-12-18"),
        # the occasion after an opening "But" in lower case
        ("But in a TV interview on Friday, the harbour master, Kari Lund, suggested the storm "
         "had sunk more than 300 boats.", "2024-12-20"),
    ],
)  # fmt: skip
def test_an_opening_occasion_of_speaking_dates_the_statement(text: str, stated: str) -> None:
    (row,) = propose(text, PUB)["candidates"]
    assert (row["stated_on"], row["stated_precision"]) == (stated, "day")


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("On 25/10/2024, the board met.", "2024-10-25"),  # day first: 25 is no month
        ("On 10/25/2024, the board met.", "2024-10-25"),  # month first: 25 is no month
        ("On 25.10.2024, the board met.", "2024-10-25"),  # dotted: day first
        ("On 2024-10-25, the board met.", "2024-10-25"),
        ("On 05/06/2024, the board met.", None),  # either order: no day is coded
    ],
)
def test_a_day_written_in_digits(sentence: str, day: str | None) -> None:
    found = [m for m in find_dates(sentence, PUB) if m.precision == "day"]
    assert [str(m.date_start) for m in found] == ([day] if day else [])


def test_an_opening_day_after_and_then_dates_a_body_releasing_images() -> None:
    text = (
        "And then on Friday, Norway’s coastal agency released satellite images of what it says "
        "are barges carrying up to 470 containers."
    )
    row = next(r for r in propose(text, PUB)["candidates"] if r["value_high"] == 470)
    assert (row["claimant"], row["stated_on"]) == ("Norway’s coastal agency", "2024-12-20")


def test_the_day_a_document_came_out_dates_what_the_page_gives_it() -> None:
    text = (
        "The port lost 40 ferries last year, according to a new report by a harbour "
        "watchdog. The report was released Thursday by the Northern Ferry Board, a body of "
        "nine towns.\n\n"
        "It also counted 12 barges, the report found."
    )
    rows = {r["value"]: r for r in propose(text, PUB)["candidates"]}
    for value in (40, 12):
        assert (rows[value]["stated_on"], rows[value]["stated_precision"]) == (
            "2024-12-19",
            "day",
        ), rows[value]


def test_as_of_names_the_day_a_figure_counts_to_not_the_day_it_was_stated() -> None:
    rows = propose("As of 12 December, the agency estimates that 48,000 people have left.", PUB)[
        "candidates"
    ]
    assert (rows[0]["stated_on"], rows[0]["stated_end"]) == (None, "2024-12-23"), rows[0]
    said = propose("On 12 December, the agency estimated that 48,000 people had left.", PUB)[
        "candidates"
    ]
    assert said[0]["stated_on"] == "2024-12-12"


def test_an_inverted_document_s_day_of_publication_dates_it() -> None:
    text = (
        "The fleet will likely lose 900 trawlers this winter, said the study, published "
        "Thursday by the Northern Ferry Board."
    )
    (row,) = propose(text, PUB)["candidates"]
    assert (row["claimant"], row["stated_on"]) == ("the study", "2024-12-19")
