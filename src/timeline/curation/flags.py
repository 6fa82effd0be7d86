"""Every flag a candidate of ``timeline propose`` can carry, defined once.

A flag tells the curator what the engine could not settle alone. Each :class:`Flag` has one
:class:`FlagInfo`: what it means and what the curator must decide before accepting. The engine
raises only flags of this catalogue (a test runs ``propose`` over the gold set and checks), and
``docs/curation.md`` lists them. A flag is a plain string in the JSON output, so scripts and
the review file keep reading them as before. ``suggested_event:<event_id>`` is the one flag
with an argument.

Kept free of imports of the engine, like :mod:`timeline.model.catalogue`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

__all__ = [
    "CATALOGUE",
    "LINKED_EVENT",
    "LINK_REASON",
    "SUGGESTED_EVENT",
    "Flag",
    "FlagInfo",
    "is_catalogued",
]


class Flag(StrEnum):
    """A flag; the string is what candidates carry."""

    VAGUE_QUANTITY = "vague_quantity"
    NO_UNIT = "no_unit"
    PERCENTAGE = "percentage"
    SHARE_IN_WORDS = "share_in_words"
    NEARLY = "nearly"
    DERIVED_TOTAL = "derived_total"
    PARTITIVE_PRONOUN = "partitive_pronoun"
    PREDICATE_UNIT = "predicate_unit"
    ELIDED_NOUN = "elided_noun"
    ANTECEDENT_UNIT = "antecedent_unit"
    AMBIGUOUS_DATE = "ambiguous_date"
    CONTINUES_CLAIMANT = "continues_claimant"
    CONTINUED_DATE = "continued_date"
    NEW_ACTOR = "new_actor"
    SHARED_QUOTE = "shared_quote"
    JOINT_CLAIMANT = "joint_claimant"
    NO_EVENT_TYPE = "no_event_type"
    NO_CLAIMANT = "no_claimant"
    DOCUMENT_CLAIMANT = "document_claimant"
    HEADLINE = "headline"
    RESTATES = "restates"
    BIDI_CONTROL = "bidi_control"
    FORMAT_CHARACTERS = "format_characters"
    OUTSIDE_SCOPE = "outside_scope"
    OUT_OF_RANGE = "out_of_range"


#: The prefix of the flag naming an existing event that may be the candidate's.
SUGGESTED_EVENT = "suggested_event:"
#: The prefix of the flag naming the existing event a candidate was linked to
#: (``event_id`` filled; see :mod:`timeline.curation.linking`), and of each reason why.
LINKED_EVENT = "linked_event:"
LINK_REASON = "link:"


@dataclass(frozen=True)
class FlagInfo:
    """What a flag means and what the curator must decide."""

    meaning: str
    decide: str


CATALOGUE: dict[Flag, FlagInfo] = {
    Flag.VAGUE_QUANTITY: FlagInfo(
        "The quantity is vague ('dozens', 'several hundred', 'gave no figures'): no value, no "
        "bounds and no unit are coded.",
        "Keep it as a statement without a number, or delete the candidate.",
    ),
    Flag.NO_UNIT: FlagInfo(
        "No counted noun was found after or before the number.",
        "Fill in the unit (the counted noun, as written), or delete the candidate.",
    ),
    Flag.PERCENTAGE: FlagInfo(
        "The number is a percentage, not a count of things; its unit is 'percent'.",
        "Check what the share is of (the quote says it); keep it if the share is the claim.",
    ),
    Flag.SHARE_IN_WORDS: FlagInfo(
        "The share is written as a fraction word ('almost half of', 'a third of'), proposed "
        "as the percentage it names (a third as 33.3).",
        "Keep it if the share is the claim; the quote keeps the words as written.",
    ),
    Flag.NEARLY: FlagInfo(
        "'nearly'/'almost': a little under the number, by an unstated amount; coded 'about'.",
        "Keep 'about', or code 'less_than' if the report means a hard upper limit.",
    ),
    Flag.DERIVED_TOTAL: FlagInfo(
        "A total reached by adding an approximate figure ('bringing the total to 1,100'): "
        "coded 'about'.",
        "Check the qualifier against the figures it adds up.",
    ),
    Flag.PARTITIVE_PRONOUN: FlagInfo(
        "'900 of them': the counted noun is what the pronoun refers to.",
        "Check the unit taken from the antecedent.",
    ),
    Flag.PREDICATE_UNIT: FlagInfo(
        "'Of those, 500 are officers': the unit is the part's noun, said after the number.",
        "Check the unit, and that the event is the one of the group the part belongs to.",
    ),
    Flag.ELIDED_NOUN: FlagInfo(
        "'up from 2,100': the counted noun is left out after the number.",
        "Check or fill in the unit from the figure it is compared with.",
    ),
    Flag.ANTECEDENT_UNIT: FlagInfo(
        "The unit was carried over from an earlier figure of the report.",
        "Check that the earlier noun is what this number counts.",
    ),
    Flag.AMBIGUOUS_DATE: FlagInfo(
        "The date words are vaguer than the interval coded ('early November', 'earlier this "
        "month' written on the 1st).",
        "Check the interval and its precision.",
    ),
    Flag.CONTINUES_CLAIMANT: FlagInfo(
        "A pronoun, descriptor or document ('it', 'the agency', 'the report') was taken to "
        "continue a claimant named earlier.",
        "Check that the claimant is the one the words refer to.",
    ),
    Flag.CONTINUED_DATE: FlagInfo(
        "The statement is undated here and took the date of the same party's previous statement.",
        "Check that it is the same occasion; otherwise code it undated.",
    ),
    Flag.NEW_ACTOR: FlagInfo(
        "No existing actor matches the claimant's words; accept adds a new actor with a "
        "guessed kind.",
        "Pick an existing actor (claimant_id), or let accept add one and check its kind.",
    ),
    Flag.SHARED_QUOTE: FlagInfo(
        "One sentence names several claimants: one candidate each, on the same quote.",
        "Keep one candidate per claimant that really states the figure.",
    ),
    Flag.JOINT_CLAIMANT: FlagInfo(
        "Several parties state the figure together ('Washington and Seoul say'): one "
        "candidate, their words as written, no actor.",
        "Keep the joint claimant, or copy the row once per party that states the figure and "
        "give each its claimant_id.",
    ),
    Flag.NO_EVENT_TYPE: FlagInfo(
        "No event type fits the words of the claim.",
        "Set event_type (or event_id to an existing event), or delete the candidate.",
    ),
    Flag.NO_CLAIMANT: FlagInfo(
        "No claimant could be found and the source has no publisher to stand for the report's "
        "own statement.",
        "Set claimant_id or claimant: accept refuses a candidate without one.",
    ),
    Flag.DOCUMENT_CLAIMANT: FlagInfo(
        "A document or data set states the figure ('the report', 'figures from X'); the "
        "claimant is its author when known.",
        "Check that the claimant is the body that issued the document.",
    ),
    Flag.HEADLINE: FlagInfo(
        "The figure is in a headline, standfirst or caption, which restate the body in short.",
        "Keep it only when the body does not state the same figure; its attribution is "
        "usually in the body.",
    ),
    Flag.RESTATES: FlagInfo(
        "The figure restates one stated earlier in the report ('If the 11,000 figure is "
        "right', 'those 4,000 casualties'): it keeps that statement's claimant and date.",
        "Keep it only when the restatement adds something; the earlier row is the claim.",
    ),
    Flag.BIDI_CONTROL: FlagInfo(
        "The quote holds bidirectional override or isolate characters (U+202A–U+202E, "
        "U+2066–U+2069): the quote may display in an order other than the stored one.",
        "Read the stored characters of the quote (not its display) before accepting it.",
    ),
    Flag.FORMAT_CHARACTERS: FlagInfo(
        "The quote holds invisible format characters (zero-width joiner or space, soft hyphen, "
        "byte order mark), ignored when its numbers were read.",
        "Check the value against the visible digits; the quote stays verbatim.",
    ),
    Flag.OUTSIDE_SCOPE: FlagInfo(
        "The candidate's new event is dated wholly outside the dataset's scope "
        "(scope.period in dataset.yaml); accept refuses it as it stands.",
        "Set event_id to an existing event, date_kind to expected if it is a plan, or start "
        "the coding_note's reason with 'outside the 2024 scope:' (docs/curation.md).",
    ),
    Flag.OUT_OF_RANGE: FlagInfo(
        "The number is larger than a claims column holds (whole numbers up to 2**63 - 1); it "
        "is kept exactly as written, and accept refuses it.",
        "Check the text: a figure this large is almost always a typo or a hostile input. "
        "Delete the candidate, or code it as a statement without a number.",
    ),
}


def is_catalogued(flag: str) -> bool:
    """Whether ``flag`` is in the catalogue (``suggested_event:ID`` included)."""
    for prefix in (SUGGESTED_EVENT, LINKED_EVENT, LINK_REASON):
        if flag.startswith(prefix):
            return len(flag) > len(prefix)
    return flag in Flag.__members__.values()
