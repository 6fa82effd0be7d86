"""Closed vocabularies of the data model, with the meaning of each value.

Kept free of heavy imports so that the CLI's help and completion can use them.
The pandera models in :mod:`timeline.model.schema` take their allowed values from here.
"""

from __future__ import annotations

from timeline.errors import UnknownTableError

DATASET_NAME = "timeline"

TABLES: tuple[str, ...] = ("sources", "actors", "events", "claims")

PRIMARY_KEYS: dict[str, str] = {
    "sources": "source_id",
    "actors": "actor_id",
    "events": "event_id",
    "claims": "claim_id",
}

DATE_PRECISION: dict[str, str] = {
    "day": "A single calendar day: start and end are the same date.",
    "week": "Seven consecutive days, Monday to Sunday, as in 'last week'.",
    "month": "One whole calendar month, first to last day, as in 'last month'.",
    "year": "One whole calendar year, 1 January to 31 December, as in 'next year'.",
    "range": (
        "Any other interval, given by its bounds; an empty start means 'on or before the end' "
        "(the source dates it no more precisely than that)."
    ),
}

DATE_KIND: dict[str, str] = {
    "occurred": "The event happened at some time within the dates.",
    "as_of": (
        "A state or running total said to hold at that time (a toll 'already exceeds', troops "
        "'are' there); when it began is not stated."
    ),
    "expected": "A future event said to be planned or expected within the dates.",
}

EVENT_TYPES: dict[str, str] = {
    "troop_deployment": "Troops sent to or present in another country.",
    "deployment_preparation": "Signs of, or preparation for, sending more troops or equipment.",
    "casualties": "People killed or wounded.",
    "weapons_transfer": "Weapon systems supplied or said to be supplied to another state.",
    "munitions_shipment": "Shipments of munitions or containers of weapons, with their counts.",
    "drone_production": "Manufacture, or moves to manufacture, drones or loitering munitions.",
    "weapons_test": "A test or inspection of weapons.",
    "statement": "A public statement, criticism or call by an actor.",
    "warning": "A warning, threat or vow about a possible future act.",
    "evidence_publication": "Publication of photos, videos or documents offered as evidence.",
    "concealment": "Efforts to hide a presence, identity or act.",
    "diplomatic_visit": "An official visit by a representative of one state to another.",
    "invitation": "An invitation by one party to another.",
    "planned_participation": "Participation expected or planned in a future event.",
    "non_confirmation": "A party has not confirmed (or has not acknowledged) something.",
    "briefing": "A briefing given by an official or commander.",
    "relations": "The state or development of relations between two states.",
}

ACTOR_KINDS: dict[str, str] = {
    "person": "A named individual.",
    "state": "A country acting as a whole, as in 'South Korea said'.",
    "government_body": "Government authorities, named or unnamed, of one country.",
    "military_body": "Armed forces, a command or a military unit.",
    "organization": "A non-governmental organisation, such as a news outlet.",
}

ATTRIBUTION: dict[str, str] = {
    "direct_quote": "The quote is the claimant's own words, inside quotation marks in the source.",
    "paraphrase": "The quote is the source's rendering of what the claimant said.",
    "reporter": "The quote is the source's own statement; the claimant is the publisher.",
}

CERTAINTY: dict[str, str] = {
    "asserted": "Stated as fact, without hedging.",
    "preliminary": "Stated as preliminary, as in 'according to preliminary data'.",
    "assessed": "An intelligence or official assessment, as in 'an assessment shows'.",
    "indicated": "Signs or reports indicate it, as in 'signs of', 'reports indicate'.",
    "likely": "Judged likely, as in 'he thought it was likely'.",
    "possible": "Said to be possible or a risk, as in 'could send', 'risks of'.",
    "suspected": "Suspected, as in 'has been suspected of'.",
    "purported": "Offered as such by the claimant with no independent check, as in "
    "'what it said were', 'purportedly'.",
}

#: How each qualifier reads in running text ("more than 3,000").
QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "about": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "up_to": "up to ",
    "less_than": "less than ",
    "range": "",
}

QUALIFIERS: dict[str, str] = {
    "exact": "The number is given with no qualifying words: value_low = value_high = value.",
    "about": "'about', 'around', 'some': no bounds unless the source states them.",
    "more_than": "'more than', 'exceeds': value_low = value + 1, no upper bound.",
    "at_least": "'at least': value_low = value, no upper bound.",
    "up_to": "'up to': value_high = value, no lower bound.",
    "less_than": "'fewer than', 'less than': value_high = value - 1, no lower bound.",
    "range": "'between A and B': value_low = A, value_high = B, value is left empty.",
}

#: How a source's metadata field is known.
BASIS: dict[str, str] = {
    "stated": "Stated in the archived text itself.",
    "inferred": "Inferred by the curator from evidence in and around the text "
    "(explained in provenance_note).",
    "supplied": "Written by the curator because the archive does not preserve it.",
}


def unknown_table(table: object) -> UnknownTableError:
    """The one wording of 'not a table of this dataset', for every place that checks."""
    return UnknownTableError(f"unknown table {table!r}; expected one of {', '.join(TABLES)}")
