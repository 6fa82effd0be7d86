"""The data model as pandera DataFrameModels: the single source of truth.

Every column has a title and description (the codebook is generated from
them), allowed values come from :mod:`timeline.model.vocab`, and the cross-column
rules of :mod:`timeline.model.rules` are attached as dataframe checks.  Dtypes are the
ones a Parquet round trip gives back: ``str`` for text, ``Int64`` for integers
and ``datetime.date`` objects for dates.

Importing this module imports pandera; the loader never does.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd
import pandera.pandas as pdr
from pandera.engines import pandas_engine
from pandera.typing import Series

from timeline.model import catalogue, pandera_setup, rules, vocab
from timeline.model.catalogue import Code

SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_LIST = r"^[a-z0-9]+(-[a-z0-9]+)*(;[a-z0-9]+(-[a-z0-9]+)*)*$"
EVENT_ID = r"^ev-[0-9]{4,}$"
CLAIM_ID = r"^cl-[0-9]{4,}$"
#: Names separated by ';', none empty and none starting or ending with a space.
ALIAS_LIST = r"^[^;\s]([^;]*[^;\s])?(;[^;\s]([^;]*[^;\s])?)*$"


class Date(pandas_engine.Date):
    """pandera's ``Date`` (``datetime.date`` objects), with its dtype check vectorised.

    pandera checks each cell with a Python function (about 1 s per million cells).
    Coercion leaves date columns holding only ``datetime.date`` and ``None``, which
    one pass over the cells' types confirms; any other column gets pandera's own
    per-cell check, so failures are exactly pandera's.
    """

    def check(self, pandera_dtype: Any, data_container: Any = None) -> Any:
        if data_container is not None and data_container.dtype == object:
            present = set(map(type, data_container.to_numpy()))
            if present <= {dt.date, type(None)} and super().check(pandera_dtype) is True:
                return pd.Series(True, index=data_container.index)
        return super().check(pandera_dtype, data_container)


def _field(title: str, description: str, **kwargs: Any) -> Any:
    return pdr.Field(title=title, description=description, **kwargs)


class _Base(pdr.DataFrameModel):
    class Config:
        strict = True
        ordered = False


class Sources(_Base):
    """One row per archived source text the dataset is curated from."""

    source_id: Series[str] = _field(
        "Source id", "Stable key of the source; never reused.", unique=True, str_matches=SLUG
    )
    publisher: Series[str] = _field("Publisher", "Outlet that published the report.")
    publisher_basis: Series[str] = _field(
        "How the publisher is known",
        "stated, inferred or supplied (see BASIS).",
        isin=list(vocab.BASIS),
    )
    title: Series[str] = _field(
        "Title", "The report's title; a descriptive one when the archive lost it."
    )
    title_basis: Series[str] = _field(
        "How the title is known",
        "stated, inferred or supplied (see BASIS).",
        isin=list(vocab.BASIS),
    )
    url: Series[str] = _field(
        "URL",
        "Where the report was published; empty when unknown (never guessed).",
        nullable=True,
    )
    published_on: Series[Date] = _field("Published on", "Publication date of the report.")
    published_on_basis: Series[str] = _field(
        "How the publication date is known",
        "stated, inferred or supplied (see BASIS).",
        isin=list(vocab.BASIS),
    )
    language: Series[str] = _field(
        "Language", "ISO 639-1 code of the text's language.", str_matches=r"^[a-z]{2}$"
    )
    text_sha256: Series[str] = _field(
        "Text SHA-256",
        "Lowercase hex SHA-256 of the archived text's exact bytes (UTF-8).",
        str_matches=r"^[0-9a-f]{64}$",
    )
    text_chars: Series[pd.Int64Dtype] = _field(
        "Text length",
        "Length of the archived text in characters (offsets index into it).",
        ge=0,
    )
    provenance_note: Series[str] = _field(
        "Provenance note", "How inferred or supplied metadata was established.", nullable=True
    )


class Actors(_Base):
    """Who acts in events or makes claims: people, states, bodies, outlets."""

    actor_id: Series[str] = _field(
        "Actor id", "Stable key of the actor; never reused.", unique=True, str_matches=SLUG
    )
    name: Series[str] = _field("Name", "Name as the source gives it, in English.")
    kind: Series[str] = _field(
        "Kind", "What sort of actor (see ACTOR_KINDS).", isin=list(vocab.ACTOR_KINDS)
    )
    country: Series[str] = _field(
        "Country",
        "ISO 3166-1 alpha-3 code of the actor's country; empty if none.",
        nullable=True,
        str_matches=r"^[A-Z]{3}$",
    )
    description: Series[str] = _field(
        "Description", "Role or title as the source states it.", nullable=True
    )
    # Added in data version 1.1.0 (optional, so that 1.0.0 still passes its own schema).
    aliases: Series[str] | None = _field(
        "Aliases",
        "Other names of the same actor, separated by ';': acronyms, short forms and "
        "descriptions reports use ('NIS;South Korea's spy agency'). From release 1.1.0.",
        nullable=True,
        str_matches=ALIAS_LIST,
    )
    parent_id: Series[str] | None = _field(
        "Parent",
        "actor_id of the body this actor belongs to: a service's government or ministry, a "
        "person's office or organisation (their affiliation). From release 1.1.0.",
        nullable=True,
        str_matches=SLUG,
    )
    role: Series[str] | None = _field(
        "Role",
        "A person's role in general terms ('president', 'spokesperson'); empty for bodies. "
        "From release 1.1.0.",
        nullable=True,
    )


class Events(_Base):
    """The timeline: what happened, or was said to happen, and when."""

    event_id: Series[str] = _field(
        "Event id",
        "Stable key, 'ev-' and at least four digits; never reused.",
        unique=True,
        str_matches=EVENT_ID,
    )
    event_type: Series[str] = _field(
        "Event type", "What kind of event (see EVENT_TYPES).", isin=list(vocab.EVENT_TYPES)
    )
    summary: Series[str] = _field("Summary", "One neutral English sentence.")
    date_start: Series[Date] = _field(
        "Start date",
        "First day the event may fall on (inclusive); empty only for an open 'range'.",
        nullable=True,
    )
    date_end: Series[Date] = _field("End date", "Last day the event may fall on (inclusive).")
    date_precision: Series[str] = _field(
        "Date precision",
        "How precisely the source dates the event (see DATE_PRECISION).",
        isin=list(vocab.DATE_PRECISION),
    )
    date_kind: Series[str] = _field(
        "Date kind",
        "Whether the dates say when it happened or when it held (see DATE_KIND).",
        isin=list(vocab.DATE_KIND),
    )
    date_text: Series[str] = _field(
        "Date words", "The source's own words for the date, e.g. 'last month'.", nullable=True
    )
    location: Series[str] = _field(
        "Location", "Place as the source names it; empty if not stated.", nullable=True
    )
    actor_ids: Series[str] = _field(
        "Actors",
        "Semicolon-separated actor_ids of who carries out the event.",
        nullable=True,
        str_matches=SLUG_LIST,
    )
    counterpart_ids: Series[str] = _field(
        "Counterparts",
        "Semicolon-separated actor_ids of who receives, hosts or is addressed by the event.",
        nullable=True,
        str_matches=SLUG_LIST,
    )
    item: Series[str] = _field(
        "Item",
        "Materiel concerned, in the source's words (e.g. '240 mm rocket launchers').",
        nullable=True,
    )
    coding_note: Series[str] = _field(
        "Coding note", "Why a non-obvious coding decision was made.", nullable=True
    )

    @pdr.dataframe_check(name=Code.EVENT_DATES_AGREE_WITH_PRECISION)
    def _dates_precision(cls, frame: pd.DataFrame) -> pd.Series:
        return rules.dates_agree_with_precision(frame, "date_start", "date_end", "date_precision")

    @pdr.dataframe_check(name=Code.EVENT_START_NOT_AFTER_END)
    def _start_before_end(cls, frame: pd.DataFrame) -> pd.Series:
        return rules.start_not_after_end(frame, "date_start", "date_end")

    @pdr.dataframe_check(name=Code.EVENT_START_GIVEN_UNLESS_RANGE)
    def _start_given(cls, frame: pd.DataFrame) -> pd.Series:
        return rules.precise_dates_have_start(frame, "date_start", "date_precision")


class Claims(_Base):
    """Who stated what about an event, where, with which numbers and how sure."""

    claim_id: Series[str] = _field(
        "Claim id",
        "Stable key, 'cl-' and at least four digits; never reused.",
        unique=True,
        str_matches=CLAIM_ID,
    )
    event_id: Series[str] = _field(
        "Event", "The event the claim is about (events.event_id).", str_matches=EVENT_ID
    )
    source_id: Series[str] = _field(
        "Source",
        "The archived source that carries the claim (sources.source_id).",
        str_matches=SLUG,
    )
    claimant_id: Series[str] = _field(
        "Claimant", "Who makes the claim (actors.actor_id).", str_matches=SLUG
    )
    attribution: Series[str] = _field(
        "Attribution", "Whose words the quote is (see ATTRIBUTION).", isin=list(vocab.ATTRIBUTION)
    )
    certainty: Series[str] = _field(
        "Certainty",
        "How sure the claimant says it is (see CERTAINTY).",
        isin=list(vocab.CERTAINTY),
    )
    stated_on: Series[Date] = _field(
        "Stated on",
        "First day of the period the statement was made in; empty when the source does not "
        "date it (then it was made on or before stated_end).",
        nullable=True,
    )
    stated_end: Series[Date] = _field(
        "Stated by", "Last day of that period (for an undated statement: the publication date)."
    )
    stated_precision: Series[str] = _field(
        "Statement date precision",
        "Precision of stated_on..stated_end (see DATE_PRECISION).",
        isin=list(vocab.DATE_PRECISION),
    )
    stated_text: Series[str] = _field(
        "Statement date words",
        "The source's words for when it was said, e.g. 'on Monday'.",
        nullable=True,
    )
    venue: Series[str] = _field(
        "Venue",
        "Where it was said, as the source states (e.g. 'Telegram channel').",
        nullable=True,
    )
    quote: Series[str] = _field(
        "Quote", "Verbatim text from the archived source that carries the claim."
    )
    quote_start: Series[pd.Int64Dtype] = _field(
        "Quote start", "Character offset of the quote in the archived text (0-based).", ge=0
    )
    quote_end: Series[pd.Int64Dtype] = _field(
        "Quote end", "Character offset just past the quote: text[start:end] == quote.", ge=1
    )
    value: Series[pd.Int64Dtype] = _field(
        "Value",
        "The number as stated; empty for non-quantitative claims and ranges.",
        nullable=True,
        ge=0,
    )
    qualifier: Series[str] = _field(
        "Qualifier",
        "How the number is qualified (see QUALIFIERS); empty if no number.",
        nullable=True,
        isin=list(vocab.QUALIFIERS),
    )
    value_low: Series[pd.Int64Dtype] = _field(
        "Lower bound",
        "Smallest value the claim allows (inclusive); empty if unbounded.",
        nullable=True,
        ge=0,
    )
    value_high: Series[pd.Int64Dtype] = _field(
        "Upper bound",
        "Largest value the claim allows (inclusive); empty if unbounded.",
        nullable=True,
        ge=0,
    )
    unit: Series[str] = _field(
        "Unit", "What is counted, e.g. 'soldiers', 'containers'.", nullable=True
    )
    restates: Series[str] = _field(
        "Restates",
        "claim_id of the claim this row restates (the same statement reported again); "
        "drop rows with a value here to count each statement once.",
        nullable=True,
        str_matches=CLAIM_ID,
    )
    coding_note: Series[str] = _field(
        "Coding note", "Why a non-obvious coding decision was made.", nullable=True
    )

    @pdr.dataframe_check(name=Code.STATED_DATES_AGREE_WITH_PRECISION)
    def _stated_precision(cls, frame: pd.DataFrame) -> pd.Series:
        return rules.dates_agree_with_precision(
            frame, "stated_on", "stated_end", "stated_precision"
        )

    @pdr.dataframe_check(name=Code.STATED_START_NOT_AFTER_END)
    def _stated_order(cls, frame: pd.DataFrame) -> pd.Series:
        return rules.start_not_after_end(frame, "stated_on", "stated_end")

    @pdr.dataframe_check(name=Code.STATED_START_GIVEN_UNLESS_RANGE)
    def _stated_start_given(cls, frame: pd.DataFrame) -> pd.Series:
        return rules.precise_dates_have_start(frame, "stated_on", "stated_precision")

    @pdr.dataframe_check(name=Code.QUALIFIER_AGREES_WITH_BOUNDS)
    def _bounds(cls, frame: pd.DataFrame) -> pd.Series:
        return rules.qualifier_agrees_with_bounds(frame)

    @pdr.dataframe_check(name=Code.QUOTE_LENGTH_MATCHES_OFFSETS)
    def _quote_length(cls, frame: pd.DataFrame) -> pd.Series:
        return rules.quote_length_matches_offsets(frame)


MODELS: dict[str, type[_Base]] = {
    "sources": Sources,
    "actors": Actors,
    "events": Events,
    "claims": Claims,
}


def contract_for(columns: Mapping[str, Iterable[str]]) -> dict[str, Any]:
    """The contract of a release whose tables have ``columns`` (table -> column names).

    Optional columns (added in a later data version, such as ``actors.aliases``) are kept
    only where the table has them: rows curated without them give a release without them,
    as older releases are, and an older release's Table Schema is this contract for its
    own columns.
    """
    tables = contract()
    for table, spec in tables.items():
        have = set(columns.get(table, ()))
        spec["columns"] = [c for c in spec["columns"] if not c.get("optional") or c["name"] in have]
    return tables


def _logical_type(dtype: object) -> str:
    text = str(dtype).lower()
    if "int" in text:
        return "integer"
    if "date" in text:
        return "date"
    return "string"


def contract() -> dict[str, Any]:
    """The public contract of every table, derived from the models.

    A plain, JSON-ready structure: per table, its description, primary key and
    columns (name, logical type, nullable, unique, title, description, and the
    constraints: allowed values, pattern, minimum), plus the cross-column rules.
    """
    tables: dict[str, Any] = {}
    for table, model in MODELS.items():
        schema = model.to_schema()
        columns = []
        for name, column in schema.columns.items():
            spec: dict[str, Any] = {
                "name": name,
                "type": _logical_type(column.dtype),
                "nullable": bool(column.nullable),
                "unique": bool(column.unique),
                **({} if column.required else {"optional": True}),
                "title": column.title,
                "description": column.description,
            }
            for check in column.checks:
                stats = check.statistics or {}
                if "allowed_values" in stats:
                    spec["allowed"] = list(stats["allowed_values"])
                elif "pattern" in stats:
                    spec["pattern"] = str(stats["pattern"])
                elif "min_value" in stats:
                    spec["minimum"] = stats["min_value"]
            columns.append(spec)
        table_rules = [
            {
                "name": str(Code(c.name).value),
                "columns": list(catalogue.CATALOGUE[Code(c.name)].columns),
                "expected": catalogue.CATALOGUE[Code(c.name)].expected,
            }
            for c in schema.checks
        ]
        tables[table] = {
            "description": (model.__doc__ or "").strip(),
            "primary_key": vocab.PRIMARY_KEYS[table],
            "columns": columns,
            "rules": table_rules,
        }
    return tables


def fingerprint() -> str:
    """SHA-256 of the contract minus prose: changes when names, types or constraints do."""
    stripped = {
        table: {
            "primary_key": spec["primary_key"],
            "columns": [
                {k: v for k, v in col.items() if k not in ("title", "description")}
                for col in spec["columns"]
            ],
            "rules": [r["name"] for r in spec["rules"]],
        }
        for table, spec in contract().items()
    }
    canonical = json.dumps(stripped, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


pandera_setup.restore()  # the models are built: the rest of the process sees real modules
