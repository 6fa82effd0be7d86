"""Stage 0 (reading): invisible format characters are ignored when numbers and words are read,
offsets still index the original text, and quotes holding bidirectional controls are flagged."""

from __future__ import annotations

import sys
import unicodedata
from datetime import date

import pytest

from timeline.curation import propose
from timeline.curation.flags import Flag
from timeline.curation.reading import (
    MAYBE_FORMAT,
    folded_letters,
    format_flags,
    grouped_thousands,
    letter_map,
    restore_letters,
    to_original,
    unwrapped_lines,
    visible_text,
)

PUB = date(2024, 11, 8)
ACTORS = [
    {"actor_id": "kor-jcs", "name": "Joint Chiefs of Staff (South Korea)", "kind": "military_body",
     "country": "KOR", "description": "South Korea's Joint Chiefs of Staff"},
]  # fmt: skip


def _only(text: str) -> dict[str, object]:
    found = [c for c in propose(text, PUB, actors=ACTORS)["candidates"] if c["value"] is not None]
    assert len(found) == 1, found
    candidate = found[0]
    assert text[candidate["quote_start"] : candidate["quote_end"]] == candidate["quote"]
    return candidate


@pytest.mark.parametrize("invisible", ["\u200d", "\u200c", "\u200b", "\u00ad", "\ufeff", "\u2060"])
def test_a_format_character_inside_a_number_is_ignored(invisible: str) -> None:
    text = (
        f"South Korea's Joint Chiefs of Staff said on Friday that 3{invisible}00 troops had left."
    )
    candidate = _only(text)
    assert candidate["value"] == 300
    assert candidate["unit"] == "troops"
    assert candidate["claimant_id"] == "kor-jcs"
    assert invisible in str(candidate["quote"])
    assert Flag.FORMAT_CHARACTERS in candidate["flags"]
    assert Flag.BIDI_CONTROL not in candidate["flags"]


def test_offsets_after_removed_characters_index_the_original() -> None:
    text = (
        "\ufeffThe JCS\u200b said on Friday that 1,\u00ad200 shells had arrived. "
        "It said 40 trucks had carried them."
    )
    result = propose(text, PUB, actors=ACTORS)
    values = sorted(c["value"] for c in result["candidates"] if c["value"] is not None)
    assert values == [40, 1200]
    for candidate in result["candidates"]:
        assert text[candidate["quote_start"] : candidate["quote_end"]] == candidate["quote"]
    assert result["source"]["text_chars"] == len(text)


@pytest.mark.parametrize(
    "control",
    ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"],
)
def test_bidi_controls_in_a_quote_are_flagged(control: str) -> None:
    text = f"The JCS said on Friday that {control}about 500{control} soldiers had been sent."
    candidate = _only(text)
    assert candidate["value"] == 500
    assert Flag.BIDI_CONTROL in candidate["flags"]


def test_plain_text_is_its_own_visible_text() -> None:
    assert visible_text("300 troops") == ("300 troops", None)
    assert format_flags("300 troops") == []


def test_visible_text_maps_back() -> None:
    clean, offsets = visible_text("a\u200db\u00adc")
    assert clean == "abc"
    assert offsets == [0, 2, 4]
    assert to_original(0, 3, offsets, 5) == (0, 5)
    assert to_original(1, 2, offsets, 5) == (2, 3)


@pytest.mark.parametrize(
    ("text", "grouped"),
    [
        ("some 2 700 were hurt and 11 000 moved", "some 2,700 were hurt and 11,000 moved"),
        ("1 250 000 litres", "1,250,000 litres"),
        # both ends of a range joined by a dash
        ("another 50 000-70 000 moved", "another 50,000-70,000 moved"),
        ("between 600 000–700 000 litres", "between 600,000–700,000 litres"),
        # a no-break or narrow space groups even where the page uses commas elsewhere
        ("11\u202f000 moved; 1,100 hurt", "11,000 moved; 1,100 hurt"),
        ("11\u00a0000 moved; 1,100 hurt", "11,000 moved; 1,100 hurt"),
        # a page that groups with commas may group some with plain spaces too, as translated
        # pages do: a group opening with 0 or a qualifier before the number says so
        ("8 000 moved; 1,100 hurt", "8,000 moved; 1,100 hurt"),
        ("almost 2 700 moved; 1,100 hurt", "almost 2,700 moved; 1,100 hurt"),
        # otherwise two numbers stay two on such a page
        ("in ward 12 300 beds; 1,100 hurt", "in ward 12 300 beds; 1,100 hurt"),
    ],
)
def test_thousands_grouped_by_spaces_read_as_one_number(text: str, grouped: str) -> None:
    assert grouped_thousands(text) == grouped
    assert len(grouped_thousands(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "the 11 300 moved; 1,100 hurt",  # the page groups with commas: two numbers
        "some 200 170 mm guns; 1,100 hurt",  # a count, then a calibre
        "On March 5 200 ferries sailed",  # a date, then a count
        "about 50 170-mm guns",  # a count, then a calibre
        "in 2024 300 ferries sailed",  # a year, then a count
        "route E-45 200 ferries sailed",  # a road's name, then a count
    ],
)
def test_spaces_that_do_not_group_thousands_are_kept(text: str) -> None:
    assert grouped_thousands(text) == text


def test_a_space_grouped_figure_is_one_candidate_with_its_verbatim_quote() -> None:
    text = "The Joint Chiefs of Staff said on Monday that 2 700 soldiers had been wounded."
    candidate = _only(text)
    assert candidate["value"] == 2700
    assert "2 700 soldiers" in str(candidate["quote"])


def test_accented_letters_are_read_as_their_base_letters_and_reported_as_written() -> None:
    assert folded_letters("Lorena Sáenz, Zieliński, Øyvind") == "Lorena Saenz, Zielinski, Oyvind"
    text = (
        "Col. José Müller, a spokesman for the Joint Chiefs of Staff, said on Monday that 40 "
        "launchers had moved. Müller said 12 more had been seen near the border."
    )
    rows = [c for c in propose(text, PUB, actors=ACTORS)["candidates"] if c["value"] == 12]
    assert rows and "Müller" in str(rows[0]["claimant"])
    # the named person is recognised by a rule written for capitalised names
    assert rows[0]["stated_on"] == "2024-11-04"
    assert text[rows[0]["quote_start"] : rows[0]["quote_end"]] == rows[0]["quote"]


def test_restore_letters_uses_the_page_own_spelling() -> None:
    original = "Sáenz and Sáenz's office"
    folded = folded_letters(original)
    assert restore_letters("he (Saenz)", letter_map(original, folded)) == "he (Sáenz)"


def test_an_accent_typed_for_an_apostrophe_keeps_a_name_whole() -> None:
    text = (
        "Relief coordinator Niamh O´Dowd said on Monday that 40 villages were cut off.\n\n"
        "According to O´Dowd, 12 bridges had collapsed."
    )
    rows = {c["value"]: c for c in propose(text, PUB)["candidates"]}
    assert rows[40]["claimant"] == "Relief coordinator Niamh O´Dowd"
    assert rows[12]["claimant"] == "O´Dowd"
    assert text[rows[12]["quote_start"] : rows[12]["quote_end"]] == rows[12]["quote"]
    # an accent on its own, not between letters, is left alone
    assert folded_letters("´ a") == "´ a"


def test_a_modifier_apostrophe_after_a_plural_is_a_possessive() -> None:
    # some outlets type U+02BC for every apostrophe, a plural's possessive included
    text = "According to inspectorsʼ counts, 31% of the levees were breached."
    row = propose(text, PUB)["candidates"][0]
    assert (row["value"], row["claimant"]) == (31, "inspectors"), row
    assert text[row["quote_start"] : row["quote_end"]] == row["quote"]
    assert "ʼ" in row["quote"]


def test_the_format_prefilter_covers_every_format_character_of_this_unicode() -> None:
    # the prefilter spares texts with curly quotes a character-by-character scan; it must
    # still see every "Cf" code point the running Python's Unicode database knows
    missed = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if unicodedata.category(chr(code)) == "Cf" and not MAYBE_FORMAT.match(chr(code))
    ]
    assert not missed
    assert MAYBE_FORMAT.search("“Curly” quotes – and dashes…") is None


WRAPPED = (
    "Harbour traffic slows\n"
    "\n"
    "The port authority and the pilots' union,\n"
    "in a joint release on Tuesday, said 412 vessels\n"
    "called at the harbour in March, down from 530\n"
    "a year earlier.\n"
    "Tugs handled 88 of the\n"
    "arrivals, the release said.\n"
)


def test_a_hard_wrapped_page_is_read_with_its_lines_joined() -> None:
    unwrapped = unwrapped_lines(WRAPPED)
    assert len(unwrapped) == len(WRAPPED)
    assert "pilots' union, in a joint release" in unwrapped
    assert "said 412 vessels called at" in unwrapped
    assert "Tugs handled 88 of the arrivals" in unwrapped
    assert unwrapped.startswith("Harbour traffic slows\n\n")  # the headline stays apart
    rows = propose(WRAPPED, date(2025, 4, 2))["candidates"]
    got = {r["value"]: r for r in rows if r["value"] is not None}
    assert got[412]["claimant"] == "The port authority and the pilots' union"
    assert got[88]["claimant"] == "the release"
    # the quote is the original text, line breaks and all
    for row in rows:
        assert WRAPPED[row["quote_start"] : row["quote_end"]] == row["quote"]
    assert "\n" in got[412]["quote"]


@pytest.mark.parametrize(
    "text",
    [
        "Ferry strike enters third week\nOperators say 120 sailings were cancelled.\n",
        # one line going on in lower case is no habit of the page
        "The union said 120 sailings\nwere cancelled.\nTalks resume on Monday.\n",
    ],
)
def test_a_page_that_does_not_wrap_is_left_as_it_is(text: str) -> None:
    assert unwrapped_lines(text) == text


def test_a_hard_wrapped_page_with_windows_line_ends_keeps_its_offsets() -> None:
    text = WRAPPED.replace("\n", "\r\n")
    unwrapped = unwrapped_lines(text)
    assert len(unwrapped) == len(text)
    assert "said 412 vessels  called at" in unwrapped  # "\r\n" read as two spaces
    rows = propose(text, date(2025, 4, 2))["candidates"]
    assert {r["value"] for r in rows if r["value"] is not None} >= {412, 530, 88}
    for row in rows:
        assert text[row["quote_start"] : row["quote_end"]] == row["quote"]


@pytest.mark.parametrize(("credit", "joined"), [("by Ola Berg", False), ("bead makers wait", True)])
def test_a_lower_case_byline_is_no_wrapped_line(credit: str, joined: bool) -> None:
    text = f"The port said 412 vessels\ncalled in March and\n{credit}\n"
    assert (f"and {credit}" in unwrapped_lines(text)) is joined
