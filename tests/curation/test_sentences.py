"""Sentence and clause spans with offsets."""

from __future__ import annotations

import pytest

from timeline.curation.sentences import clauses, join_quoted, quotations, split_sentences


def pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The guns fell silent. Both sides claimed gains.",
         ["The guns fell silent.", "Both sides claimed gains."]),
        ("Gen. Ivan Petrov spoke on Oct. 3 in Minsk. He left early.",
         ["Gen. Ivan Petrov spoke on Oct. 3 in Minsk.", "He left early."]),
        ("The U.S. Dept. of State said so. Mr. Lee agreed.",
         ["The U.S. Dept. of State said so.", "Mr. Lee agreed."]),
        ("“We will respond,” the envoy said. “Soon.”",
         ["“We will respond,” the envoy said.", "“Soon.”"]),
        ("HEADLINE WITHOUT STOP\nBody text here. More text.",
         ["HEADLINE WITHOUT STOP", "Body text here.", "More text."]),
        ("Is it true? Nobody knows!", ["Is it true?", "Nobody knows!"]),
        ("The talks began Dec. 20, 2024 in Seoul. They ended late.",
         ["The talks began Dec. 20, 2024 in Seoul.", "They ended late."]),
        ("Oslo's count is close to Stockholm's. The minister said so.",
         ["Oslo's count is close to Stockholm's.", "The minister said so."]),
        ("The author, J. R. Holm, wrote it. Then U.S. aid came.",
         ["The author, J. R. Holm, wrote it.", "Then U.S. aid came."]),
    ],
)  # fmt: skip
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert pieces(text) == expected


def test_quotations_exclude_marks() -> None:
    text = "“Two ships left,” he said, calling it “a clear breach”."
    spans = quotations(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["Two ships left,", "a clear breach"]


def test_a_curly_opening_mark_may_close_with_a_straight_one() -> None:
    text = '“Two ships left," he said. Rain fell.'
    spans = quotations(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == ["Two ships left,"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army said 30 tanks moved, while Seoul said none did.",
         ["The army said 30 tanks moved", "while Seoul said none did"]),
        ("He warned of risks and he urged calm.", ["He warned of risks", "he urged calm"]),
        ("Ships sailed in May, bringing the total to 40.",
         ["Ships sailed in May", "bringing the total to 40"]),
        ("It sent drones, including new models, to the front.",
         ["It sent drones, including new models, to the front"]),
        ("Losses were lower in Minsk, where officials said 12 died.",
         ["Losses were lower in Minsk", "where officials said 12 died"]),
    ],
)  # fmt: skip
def test_clauses(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in clauses(text, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation running over two sentences stays with its attribution
        ("“We lost two boats. The crews were saved,” the captain said. Rain fell.",
         ["“We lost two boats. The crews were saved,” the captain said.", "Rain fell."]),
        ('"It was quiet. Then 40 shells hit," a medic told reporters.',
         ['"It was quiet. Then 40 shells hit," a medic told reporters.']),
        # a curly single quotation too; its apostrophes ("That's") close nothing
        ("‘We lost two boats. That’s a lot,’ the captain said. Rain fell.",
         ["‘We lost two boats. That’s a lot,’ the captain said.", "Rain fell."]),
        # a curly opening mark closed by a straight one, as some pages print them
        ('“We lost two boats. The crews were saved," the captain said. Rain fell.',
         ['“We lost two boats. The crews were saved," the captain said.', "Rain fell."]),
        # closed quotations and quotations never closed on their line are left alone
        ("“Go,” he said. “Now.” They left.", ["“Go,” he said.", "“Now.”", "They left."]),
        ("“The siege goes on. Food is short.\nNobody came.",
         ["“The siege goes on.", "Food is short.", "Nobody came."]),
    ],
)  # fmt: skip
def test_join_quoted(text: str, expected: list[str]) -> None:
    spans = join_quoted(text, split_sentences(text))
    assert [text[s:e] for s, e in spans] == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a stop glued to the next sentence still ends the first
        ("Kim thanked the troops who fought with Russia.State TV later aired the footage.",
         ["Kim thanked the troops who fought with Russia.", "State TV later aired the footage."]),
        # before a short word too, and after a closing quotation mark
        ("The ferries stayed at the Harbour Center.He said so.",
         ["The ferries stayed at the Harbour Center.", "He said so."]),
        ("“We will rebuild the pier.”The port said so.",
         ["“We will rebuild the pier.”", "The port said so."]),
        # after a country's short name in capitals
        ("Half were lost, according to the UK.Norway sent more boats.",
         ["Half were lost, according to the UK.", "Norway sent more boats."]),
        # after an acronym or a figure, and before an acronym that speaks
        ("Five ferries sank, according to the NSRI.Storms went on all week.",
         ["Five ferries sank, according to the NSRI.", "Storms went on all week."]),
        ("The fleet could grow to 90.The institute said so.",
         ["The fleet could grow to 90.", "The institute said so."]),
        ("The yearbook came out on Monday.SIPRI said 40 ships were lost.",
         ["The yearbook came out on Monday.", "SIPRI said 40 ships were lost."]),
        # never an abbreviation, an address, an outlet's domain or initials
        ("Figures from Censor.NET show 40 boats.", ["Figures from Censor.NET show 40 boats."]),
        ("It was 2.5 m deep.", ["It was 2.5 m deep."]),
        ("The U.S. Army said so.", ["The U.S. Army said so."]),
        ("The U.S.Army said so.", ["The U.S.Army said so."]),
        ("Ask Dr.No about it.", ["Ask Dr.No about it."]),
        ("See www.example.Com for more.", ["See www.example.Com for more."]),
        ("Officials met N.Korea envoys.", ["Officials met N.Korea envoys."]),
    ],
)  # fmt: skip
def test_a_stop_glued_to_the_next_sentence(text: str, sentences: list[str]) -> None:
    assert [text[s.start : s.end] for s in split_sentences(text)] == sentences


def test_an_opening_mark_typed_for_a_closing_one_closes_the_quotation() -> None:
    """'363 “Kestrel“ drones, the air force said': the second opening mark, after a word and
    before a space, closes the name; the speaker after it is outside any quotation."""
    text = "Russia fired 363 “Kestrel“ drones last night, the air force said today."
    spans = quotations(text, 0, len(text))
    assert [text[s.start : s.end] for s in spans] == ["Kestrel"]
