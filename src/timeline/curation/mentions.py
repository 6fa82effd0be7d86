"""What the number stages share: a number mention and the number words.

:class:`NumberMention` is the record stage 3 writes for every number phrase
(:mod:`~timeline.curation.numbers` finds the phrase, its value and qualifier;
:mod:`~timeline.curation.units` its counted noun). Stdlib only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["NUMBER_WORD", "SCALES", "UNITS", "NumberMention", "skip_space"]

UNITS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip


SCALES: dict[str, int] = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    # South Asian scales: "15 lakh Rohingya", "Rs 50.65 lakh crore", "Tk 1,200 crore"
    "lakh": 100_000,
    "lakhs": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "lakh crore": 1_000_000_000_000,
}


NUMBER_WORD = "|".join(sorted([*UNITS, *SCALES], key=len, reverse=True))
#: A measure's unit written against its number ("12kg", "400grams", "11,170MW", "782,000t"),
#: letters in the case they are written in ("4G" is no four grams).
#: The units of power and mass among them, the ones a space-grouped number takes ("3 028MW").
GLUED_POWER_OR_MASS = r"MW|GW|kW|kWh|MWh|GWh|TWh|Mt|t|kg|tonnes?"
#: Currency signs before a sum ("$5 billion", "€300", "₱4,035,300"): money, never a count.
CURRENCY_SIGNS = "$€£¥₩₹₦₱₽₺₴₫₪฿₸₲₡"

GLUED_MEASURE = (
    rf"(?-i:{GLUED_POWER_OR_MASS}|kgs|g|grams?|kilograms?|kilos?|tons?|km|mm|cm|ha|litres?"
    r"|liters?|bpd)\b"
)


@dataclass(slots=True)
class NumberMention:
    """One number phrase, with its offsets in the original text."""

    start: int  #: start of the phrase, qualifier words included
    end: int  #: end of the phrase (the number, its scale word and any trailing qualifier)
    value: int | float | None
    qualifier: str | None
    low: int | float | None
    high: int | float | None
    kind: str  #: count, vague, percent, or a non-claim kind (calibre, duration, date, ...)
    rule: str
    unit: str | None = None
    unit_end: int | None = None  #: end of the counted noun phrase, when there is one
    flags: list[str] = field(default_factory=list)
    words: bool = False  #: written in words
    #: the number of an estimate or count ("the ministry's count of 13,000"): an elided noun
    #: is the one counted before, even in an earlier sentence
    estimated: bool = False
    #: a part of a figure said before it ("…, including roughly 600 dead"): its noun is no
    #: antecedent for a later elided number, which compares with the whole
    subset: bool = False
    #: the subject of a verb of harm ("roughly 300 had been killed"): an elided noun must
    #: count people, never the guns of the sentence before
    harms_people: bool = False
    #: went or stays somewhere ("about 12,000 are training in the Far East", "roughly
    #: 11,000 who arrived in the autumn"): an elided noun is the people counted before
    went: bool = False
    #: the unit is the last resort's guess (the noun counted before), not the figure's own
    unit_guessed: bool = False
    #: where something happened, counted ("across 17 oblasts", "in 11 districts"): no noun
    #: an elided figure after it refers to
    locative: bool = False
    #: a figure of change without its noun ("fell to 21,000, down from 25,000"): its noun is
    #: the sentence's own subject, never guessed from before
    change: bool = False
    #: the rate the figure is said at ("a day", "per month", "annually"), kept apart from the
    #: counted noun that event typing and linking read
    rate: str | None = None

    @property
    def is_claim(self) -> bool:
        """Whether the number can be proposed as a claim: a count, a percentage (unit
        "percent") or a vague quantity."""
        return self.kind in {"count", "percent", "vague"}


def skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \u00a0":
        pos += 1
    return pos
