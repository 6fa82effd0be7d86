"""Stage 1 (layout) and the pipeline's annotation: each line is one block of one kind, and the
stages can be run one at a time."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.curation.layout import blocks, title_case_folded
from timeline.curation.propose import STAGES, annotate, propose
from timeline.curation.sentences import Span

PAGE = """Ferry strike strands 2,000 travellers
Unions say the stoppage could last a week
By Mira Solberg, Transport Correspondent
Updated 14:05 GMT, 3 March 2021
NORDHAVN – About 2,000 passengers were stranded on Monday, the port authority said.
What happens next
The union said 300 crew members had joined the strike.
Passengers queue at the terminal on Monday. Photo: J. Marr/Wire
Read more: Council approves 12 new shelters
Share on Facebook · Copy link · Comments (14)
Editing by T. Hale
"""


def test_each_line_gets_its_kind() -> None:
    kinds = [block.kind for block in blocks(PAGE)]
    assert kinds == [
        "headline", "standfirst", "byline", "timestamp", "body", "crosshead", "body", "caption",
        "chrome", "chrome", "chrome",
    ]  # fmt: skip


def test_chrome_never_yields_candidates() -> None:
    doc = annotate(PAGE, date(2021, 3, 3))
    values = sorted(c["value"] for c in doc.candidates if c["value"] is not None)
    assert values == [300, 2000, 2000]  # the headline restates the body's 2,000
    headline = next(c for c in doc.candidates if c["quote"].startswith("Ferry"))
    assert "headline" in headline["flags"] and headline["claimant"] == "the port authority"
    assert all(
        "Comments" not in c["quote"] and "shelters" not in c["quote"] for c in doc.candidates
    )


def test_stages_run_one_at_a_time() -> None:
    doc = annotate(PAGE, date(2021, 3, 3), stages=STAGES[:4])
    assert doc.blocks and doc.sentences and not doc.candidates
    assert any(sentence.numbers for sentence in doc.sentences)
    assert all(not sentence.frames for sentence in doc.sentences)


def test_lines_under_a_heading_of_links_and_footnotes_are_chrome() -> None:
    page = (
        "The union said 300 crew members had joined the strike.\n\n"
        "More on this story\nCouncil approves 12 new shelters\nFerries to resume on Friday\n\n"
        "The port board said 40 sailings were cancelled.\n"
        "[1] Interview with a port official, 3 March 2021.\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["body", "chrome", "chrome", "chrome", "body", "chrome"]


def test_a_standfirst_closing_a_quoted_phrase_is_no_paragraph() -> None:
    # '… while the council speaks of "a few hundred"': no stop, so no paragraph of the body
    page = (
        "Storm closes 40 schools\n"
        'The education board says about 40 schools are shut, while the council speaks of "a '
        'few dozen"\n'
        'The board said on Monday that about 40 schools had closed, calling the storm "severe."\n'
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["headline", "standfirst", "body"]


def test_a_paragraph_opening_with_a_chrome_word_is_body() -> None:
    page = (
        "Share of the vote. The electoral board said on Monday that about 40 per cent of the "
        "ballots were cast by post.\n"
        "Recommended doses were cut, the health ministry said on Monday.\n"
        "Share this article\n"
        "Recommended\n"
        "Recommended for you: 12 ways to save on heating\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["body", "body", "chrome", "chrome", "chrome"]


def test_a_short_question_on_its_own_line_is_a_crosshead() -> None:
    # explainers head their sections with questions ("Who pays for the bridge?")
    page = (
        "Budget explained: where the money goes\n"
        "The finance office said on Monday that 40 schools would be rebuilt.\n\n"
        "Who pays for the bridge?\n\n"
        "The treasury expects to borrow about 300 million, according to the finance office.\n"
        "Is 12 too many? The council thinks so.\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["headline", "body", "crosshead", "body", "body"]


def test_below_a_question_heading_no_earlier_date_goes_on() -> None:
    page = (
        "The finance office said on Monday that 40 schools would be rebuilt.\n\n"
        "What else is planned?\n\n"
        "Bridges: 12 to be repaired, according to the finance office.\n"
    )
    doc = annotate(page, date(2021, 3, 5))
    row = next(c for c in doc.candidates if c["value"] == 12)
    assert (row["stated_on"], row["stated_precision"]) == (None, "range")


def test_links_to_other_stories_are_chrome() -> None:
    page = (
        "The union said 300 crew members had joined the strike.\n"
        "ALSO READ: 40 ferries cancelled as strike spreads, union says\n"
        "Read next: 5 things to know about the port\n"
        "Read also: Council approves 12 new shelters\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["body", "chrome", "chrome", "chrome"]


def test_a_paragraph_ending_in_a_footnote_marker_is_body() -> None:
    page = (
        "Harbour report\n"
        "The port board said 40 sailings were cancelled.\n\n"
        "The union said in March that 300 crew had struck. Its May figure was 500.[1]\n\n"
        "[1] Union bulletin, May 2021.\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["headline", "body", "body", "chrome"]


def test_a_fact_box_line_opening_with_share_is_no_share_widget() -> None:
    page = (
        "The port board said 40 sailings were cancelled.\n"
        "Share of freight moved by rail: about 60% (port board)\n"
        "Share this article\n"
        "Share · 1,204 comments\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["body", "crosshead", "chrome", "chrome"]


def test_a_broadcast_anchors_lead_restates_the_report() -> None:
    # the anchor's introduction restates the report below it, like a standfirst
    page = (
        "Anchor: The water board says about 300 homes have flooded. Our reporter has more.\n\n"
        "Report: The water board said on Monday that 300 homes had flooded overnight.\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["standfirst", "body"]
    doc = annotate(page, date(2021, 3, 5))
    lead = next(c for c in doc.candidates if c["quote"].startswith("The water board says"))
    assert (lead["stated_on"], lead["stated_precision"]) == ("2021-03-01", "day")


def test_a_clause_introducing_a_list_and_its_items_are_running_text() -> None:
    """A long clause ending with a colon introduces the list below it, and an item ending with
    a semicolon goes on to the next: running text, not cross-heads; a short label with a
    colon stays a heading."""
    page = (
        "Flood bill rises\n"
        "The storm hit three valleys on Sunday.\n"
        "Costs so far:\n"
        "The regional board on Tuesday put the repair bill at 40 million euros across three towns:\n"
        "- about 25 million in Lindberg;\n"
        "- some 15 million in the two others.\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["headline", "body", "crosshead", "body", "body", "body"]


def test_the_fixture_notice_is_no_part_of_the_page() -> None:
    page = (
        "TEST FIXTURE – a made-up page.\n"
        "Nordwire\n"
        "Ferry strike spreads to the north\n"
        "The union puts idle ferries at about 400.\n"
        "By Kari Lund\n"
        "OSLO — The union said on Tuesday that roughly 400 ferries were idle.\n"
    )
    kinds = [b.kind for b in blocks(page)]
    assert kinds == ["chrome", "headline", "standfirst", "standfirst", "byline", "body"]


def test_a_paragraph_after_the_byline_is_body_even_under_a_headline() -> None:
    page = "Ferry strike spreads\nBy Kari Lund\nThe union said 400 ferries were idle.\n"
    assert [b.kind for b in blocks(page)] == ["headline", "byline", "body"]


def test_a_key_points_box_sums_up_the_report() -> None:
    page = (
        "Ferry strike strands 2,000 travellers\n"
        "In short:\n"
        "The port board says about 2,000 travellers were stranded.\n"
        "The union says 300 crew members have joined.\n"
        "What's next?\n"
        "Talks resume on Friday.\n"
        "NORDHAVN – The Nordhavn Port Board said on Wednesday that about 2,000 travellers were "
        "stranded when the ferry crews stopped work, and that talks would resume later in the "
        "week at the regional mediator's office in the old customs house.\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["headline", "label", "summary", "summary", "label", "summary", "body"]
    rows = annotate(page, date(2021, 3, 5)).candidates
    boxed = next(r for r in rows if r["quote"].startswith("The port board says"))
    # the box restates the body's figure: the body's statement dates it
    assert (boxed["stated_on"], "headline" in boxed["flags"]) == ("2021-03-03", True)
    # a figure the body leaves out stays, as read
    assert any(r["value"] == 300 for r in rows)


def test_a_heading_ends_a_key_points_box() -> None:
    page = (
        "Key points\n"
        "The board says 2,000 travellers were stranded.\n"
        "HOW THE STRIKE BEGAN\n"
        "The union said 300 crew members had joined the strike.\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["label", "summary", "crosshead", "body"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Marta Ilić | Henrik Baumann", "byline"),
        ("Wong Ka-yan and Chan Ho-fai", "byline"),
        # an outlet's name and a section: no byline
        ("The Levant Herald | English Edition", "headline"),
        ("Date 10/11/2024", "timestamp"),
        ("Date: 18/01/2025 · Duration: 2:36", "timestamp"),
        # a line holding only a date is page furniture
        ("2024-12-10 11:40", "chrome"),
        ("Sat 29 Mar 2025 13:05", "chrome"),
    ],
)
def test_bylines_and_time_stamps_without_their_usual_words(line: str, kind: str) -> None:
    assert blocks(f"{line}\nThe board said 2,000 travellers were stranded.\n")[0].kind == kind


def test_a_time_stamp_run_into_the_first_sentence_is_split_from_it() -> None:
    """ "date 2024-05-10 GOMA: At least 2,900 …": the stamp is page furniture, the sentence
    after it on the same line is the report's first; a stamp alone stays whole."""
    text = (
        " date 2024-05-10 HARBOURTOWN: At least 2,900 boats were damaged in the storm, the "
        "board said on Friday.\n\nPublished 10 May 2024, 14:05 GMT\n\nThe board said 300 "
        "more were lost.\n"
    )
    kinds = [(b.kind, text[b.span.start : b.span.end][:20]) for b in blocks(text)]
    assert kinds == [
        ("timestamp", "date 2024-05-10"),
        ("body", "HARBOURTOWN: At leas"),
        ("timestamp", "Published 10 May 202"),
        ("body", "The board said 300 m"),
    ]
    rows = propose(text, date(2024, 5, 10))["candidates"]
    assert [(r["value"], r["claimant"].lower()) for r in rows] == [
        (2900, "the board"),
        (300, "the board"),
    ]


def test_a_paragraph_cut_off_mid_sentence_is_still_body() -> None:
    """An excerpt that ends inside a sentence leaves a long line with no final stop: it is a
    paragraph whose sentences are read (its cut-off end is dropped), not a cross-head or a
    standfirst; a short line without a stop, or a list's item, is what it was."""
    long_cut = (
        "The club's accounts show turnover rose to 40 million in the year. Wage costs rose "
        "from 19 million to 44 million, while the staff grew from 229 to 295 people over "
        "the same two seasons, the accounts say. The club sold two players in the summer "
        "window and bought four more in January, and its debt to the owners went up again "
        "over the year, which the board called a price worth paying. Both figures are lik"
    )
    page = (
        "Club accounts published\n"
        f"{long_cut}\n\n"
        "The chairman said 3,000 season tickets were sold.\n\n"
        "Another season ahead\n"
        "– Ticket prices rose 5 percent in the year to June and the club expects them to go up "
        "again next season by at least as much again as inflation allows\n"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["headline", "body", "body", "crosshead", "crosshead"]
    values = {row["value"] for row in propose(page, date(2025, 3, 7))["candidates"]}
    assert {229, 295, 3000} <= values


def test_an_excerpt_s_last_line_cut_short_is_read() -> None:
    """The text's last line, below the body and cut inside a word, is a paragraph: a
    sentence ended inside it ("… the winter. Mo") or a long clause after a comma is read; a
    link's headline closing a page is not."""
    intro = "The harbour board met on Monday.\n\n"
    ended = intro + (
        "In all, since January, pilots have guided nearly 2,300 ships into port, and almost "
        "7,400 since the new quay opened. Mo"
    )
    assert {r["value"] for r in propose(ended, date(2025, 3, 7))["candidates"]} >= {2300, 7400}
    clause = intro + (
        "The board expects between 300 and 400 new berths to be built along the northern quay "
        "over the next two years, harbour officials told the council on Tuesday after a brie"
    )
    rows = propose(clause, date(2025, 3, 7))["candidates"]
    assert [(r["value_low"], r["value_high"]) for r in rows] == [(300, 400)]
    link = intro + "Fishermen land 53 out of 56 boats safely after the storm, three more were lost"
    assert propose(link, date(2025, 3, 7))["candidates"] == []


def test_a_link_glued_to_a_paragraph_s_end_is_chrome() -> None:
    page = (
        "Only 37,900 tickets were sold this spring, far fewer than last year (92,800).Read "
        "also: Ferry line reports over 307,000 passengers this year\n\nThe season ends in May."
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["body", "chrome", "body"]
    values = [r["value"] for r in propose(page, date(2025, 3, 7))["candidates"]]
    assert values == [37900, 92800]


def test_footnote_numbers_glued_to_a_report_s_sentences_are_no_figures() -> None:
    """A report's footnote numbers glued after a word or a stop ("… near Hamar,912 and …",
    "… with the board.915 According to …") are no counts, end no line as a headline would,
    and end the sentence they close."""
    page = (
        "The practice of fining trawlers was first used by the Coast Guard,911 which fined "
        "boats near Hamar,912 and taken over by the board in 2023.913\n\n"
        "New rules were adopted to widen the pool of inspectors.915 According to the "
        "harbour master, Kari Dahl, about 12 % of all trawlers were fined. Overall, around "
        "2,000 fines were paid.916 As noted by researcher Ola Berg, 30 % of the boats were "
        "foreign.917"
    )
    kinds = [block.kind for block in blocks(page)]
    assert kinds == ["body", "body"]
    rows = propose(page, date(2025, 3, 7))["candidates"]
    assert [(r["value"], r["claimant"]) for r in rows if r["value"] is not None] == [
        (12, "the harbour master"),
        (2000, "the harbour master"),
        (30, "researcher Ola Berg"),
    ]


def test_a_long_paragraph_naming_a_picture_is_no_caption() -> None:
    """ "The big picture:" inside a long paragraph is a label of running text, not a photo
    credit: the paragraph's figures are read."""
    sentence = (
        "Thefts in the ten largest towns fell by 21% in the first quarter, police data show. "
    )
    page = (
        "Crime falls again\n\n"
        + sentence
        + "The big picture: Violent crime rose for two years and has fallen since. " * 8
        + "\n"
    )
    assert "caption" not in [block.kind for block in blocks(page)]
    assert 21 in {row["value"] for row in propose(page, date(2025, 3, 7))["candidates"]}


def test_bulleted_items_of_figures_without_a_stop_are_read() -> None:
    text = (
        "The ferry line gave its results on Thursday.\n\n"
        "The busiest routes were:\n"
        "  • Bergen to Stavanger – 2.1 million passengers\n"
        "  • Oslo to Kiel – 1.4 million passengers,\n"
        "• Cabins sold rose to 40,000\n\n"
        "The company said demand was strong.\n"
    )
    found = {c["value"] for c in propose(text, date(2024, 11, 8))["candidates"]}
    assert {2_100_000, 1_400_000, 40_000} <= found
    # a cross-head without a bullet stays a cross-head
    heading = "The line said it would hire staff.\n\nRoutes in 2025\n\nIt plans new ships.\n"
    assert not [c for c in propose(heading, date(2024, 11, 8))["candidates"] if c["value"]]


def test_a_title_case_line_is_read_in_sentence_case_with_its_offsets_kept() -> None:
    text = "Over 6,000 Norwegian Fishermen Dead, Says NTB\n\nBody text follows here.\n"
    line = Span(0, text.index("\n"))
    folded = title_case_folded(text, line)
    assert folded is not None and len(folded) == len(text)
    assert folded.startswith("over 6,000 Norwegian fishermen dead, says NTB\n")
    assert title_case_folded(text, Span(text.index("Body"), len(text) - 1)) is None


@pytest.mark.parametrize(
    ("headline", "value", "claimant", "unit"),
    [
        ("Over 6,000 Fishermen Dead, Coast Guard Says", 6000, "Coast Guard", "fishermen"),
        ("Coast Guard Says 300 Trawlers Sank in the Gale", 300, "Coast Guard", "trawlers"),
    ],
)  # fmt: skip
def test_a_title_case_headline_s_figure_has_its_speaker_and_noun(
    headline: str, value: int, claimant: str, unit: str
) -> None:
    text = f"{headline}\n\nThe harbour was quiet on Friday after the storm passed.\n"
    rows = propose(text, date(2025, 3, 7))["candidates"]
    (row,) = [r for r in rows if value in (r["value"], r["value_low"])]
    assert (row["claimant"], row["unit"]) == (claimant, unit)


def test_a_title_case_headline_s_toll_claimed_is_no_speaker() -> None:
    text = (
        "Gale in Tromsø Claims Three Lives Amid Rescue Efforts\n\n"
        "The gale killed three fishermen on Thursday, the police said.\n"
    )
    rows = propose(text, date(2025, 3, 7))["candidates"]
    assert all("Tromsø" not in str(r["claimant"]) for r in rows)
    assert any(r["claimant"] == "the police" for r in rows)


@pytest.mark.parametrize(
    ("headline", "claimant"),
    [
        ("Lund: Over 300 trawlers sank in the gale", "Lund"),
        ("Update: Over 300 trawlers sank in the gale", None),
        ("Poll: Over 300 trawlers sank in the gale", None),
        ("Reports: Over 300 trawlers sank in the gale", "Reports"),
        # a person's title and name speak; a post without a name, or a fact box's heading,
        # is no speaker's label
        ("Coast Guard Director Kari Lund: Over 300 trawlers sank", "Coast Guard Director Kari Lund"),
        ("Deputy Minister Lund: Over 300 trawlers sank", "Deputy Minister Lund"),
        ("Director of the Coast Guard: Over 300 trawlers sank", None),
        ("Air Defence Chief: Over 300 trawlers sank", None),
    ],
)  # fmt: skip
def test_a_surname_before_a_headline_s_colon_speaks_a_label_does_not(
    headline: str, claimant: str | None
) -> None:
    text = f"{headline}\n\nThe harbour was quiet on Friday after the storm passed.\n"
    rows = propose(text, date(2025, 3, 7))["candidates"]
    assert [r["claimant"] for r in rows if r["value_low"] == 301] == (
        [claimant] if claimant else []
    )


@pytest.mark.parametrize(
    ("headline", "claimant"),
    [
        ("Coast Guard “1,500 trawlers sank in the gale… 12,000 nets lost”", "Coast Guard"),
        ('Lund "1,500 trawlers sank in the gale… 12,000 nets lost"', "Lund"),
        # (a quotation that is not the rest of the line is no headline's statement)
        ("Watch “1,500 trawlers sank in the gale… 12,000 nets lost”", None),
    ],
)  # fmt: skip
def test_a_source_before_a_headline_s_quotation_states_it(
    headline: str, claimant: str | None
) -> None:
    # as Korean and Japanese outlets write headlines: the source's name, then its words
    text = f"{headline}\n\nThe harbour was quiet on Friday after the storm passed.\n"
    rows = propose(text, date(2025, 3, 7))["candidates"]
    expected = [(1500, claimant), (12000, claimant)] if claimant else []
    assert [(r["value"], r["claimant"]) for r in rows if r["value"]] == expected


@pytest.mark.parametrize(
    ("headline", "claimant"),
    [
        ("Gale sank several dozen trawlers off Bergen: coast guard official",
         "coast guard official"),
        ("Gale sank dozens of trawlers off Bergen - NRK", "NRK"),
        # (the page's own label after the colon is no source)
        ("Gale sank dozens of trawlers off Bergen: Timeline", None),
    ],
)  # fmt: skip
def test_a_headline_s_vague_amount_takes_the_source_after_its_colon_or_dash(
    headline: str, claimant: str | None
) -> None:
    text = f"{headline}\n\nThe harbour was quiet on Friday after the storm passed.\n"
    rows = propose(text, date(2025, 3, 7))["candidates"]
    vague = [r["claimant"] for r in rows if "vague_quantity" in r["flags"]]
    assert vague == [claimant]


def test_a_site_s_path_before_the_headline_is_chrome_and_the_headline_is_read() -> None:
    text = (
        "Home » today » Harbour » Coast Guard “1,500 trawlers sank in the gale”\n\n"
        "The harbour was quiet on Friday after the storm passed.\n"
    )
    rows = propose(text, date(2025, 3, 7))["candidates"]
    assert [(r["value"], r["claimant"]) for r in rows if r["value"]] == [(1500, "Coast Guard")]
    assert all("»" not in r["quote"] for r in rows)


def test_a_bulleted_list_of_counts_under_a_colon_is_the_source_s_item_by_item() -> None:
    text = (
        "Storms hit the coast again this week. According to the harbour board, the fleet has "
        "lost 470 boats since March.\n\n"
        "The losses also include:\n\n"
        "* 9,630 nets\n* 1,933 fishing huts\n* 32 piers and jetties\n"
    )
    rows = propose(text, date(2024, 11, 8))["candidates"]
    counted = {r["value"]: r["claimant"] for r in rows if r["value"] is not None}
    assert {9_630, 1_933, 32} <= set(counted), rows
    assert {counted[v] for v in (9_630, 1_933, 32)} == {"the harbour board"}


def test_a_date_after_a_headline_s_colon_is_the_content_s() -> None:
    text = "Lund: In 2024, 300 trawlers sank in the gale\n\nThe harbour was quiet on Friday.\n"
    (row,) = propose(text, date(2025, 3, 7))["candidates"]
    assert (row["claimant"], row["stated_on"]) == ("Lund", None)


def test_a_time_stamp_run_into_a_long_paragraph_cut_off_at_its_end_keeps_the_paragraph() -> None:
    text = (
        " date 2025-03-07 The harbour master has confirmed for the first time that trawlers "
        "sank in the gale as she met the mayor.The coast guard said about 300 trawlers sank "
        "and some 40 crew were rescued by helicopter crews from Bodø and Tromsø, while the "
        "fleet"
    )
    rows = propose(text, date(2025, 3, 7))["candidates"]
    assert any(r["value"] == 300 for r in rows)
