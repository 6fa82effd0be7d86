"""Every failure code validation can report, defined once.

Each :class:`Code` has one :class:`CodeInfo`: what it means, what it reads, what it
expects, the *scope* it needs to be judged (one cell, one row, a whole table, several
tables, a stored file) and the exit code it leads to.  The engines (in memory,
streaming, Dask) decide from the scope which checks a batch or partition can judge
alone; the codebook lists the catalogue; reports carry the code as a plain string.

Kept free of heavy imports, like :mod:`timeline.model.vocab`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from timeline.errors import EXIT_INVALID
from timeline.model.keys import FOREIGN_KEYS
from timeline.model.vocab import DATE_PRECISION, QUALIFIERS


class Scope(StrEnum):
    """What a check needs to see to judge one value."""

    CELL = "cell"
    ROW = "row"
    TABLE = "table"
    DATASET = "dataset"
    FILE = "file"


SCOPE_MEANING: dict[Scope, str] = {
    Scope.CELL: "one value on its own",
    Scope.ROW: "several columns of one row",
    Scope.TABLE: "the whole table (keys and references within it)",
    Scope.DATASET: "several tables, or the archived texts",
    Scope.FILE: "how a file is stored (columns, storage types, checksums)",
}


class Code(StrEnum):
    """A failure code; the string is what reports and JSON output carry."""

    TYPE = "type"
    ALLOWED_VALUES = "allowed_values"
    PATTERN = "pattern"
    MINIMUM = "minimum"
    REQUIRED = "required"
    UNKNOWN_COLUMN = "unknown_column"
    MISSING_COLUMN = "missing_column"
    SCHEMA = "schema"
    STORAGE_TYPE = "storage_type"
    MANIFEST_SHA256 = "manifest_sha256"
    EVENT_DATES_AGREE_WITH_PRECISION = "event_dates_agree_with_precision"
    EVENT_START_NOT_AFTER_END = "event_start_not_after_end"
    EVENT_START_GIVEN_UNLESS_RANGE = "event_start_given_unless_range"
    STATED_DATES_AGREE_WITH_PRECISION = "stated_dates_agree_with_precision"
    STATED_START_NOT_AFTER_END = "stated_start_not_after_end"
    STATED_START_GIVEN_UNLESS_RANGE = "stated_start_given_unless_range"
    QUALIFIER_AGREES_WITH_BOUNDS = "qualifier_agrees_with_bounds"
    QUOTE_LENGTH_MATCHES_OFFSETS = "quote_length_matches_offsets"
    UNIQUE_KEY = "unique_key"
    FOREIGN_KEY = "foreign_key"
    RESTATES_SAME_EVENT = "restates_same_event"
    ARCHIVED_TEXT = "archived_text"
    TEXT_SHA256 = "text_sha256"
    TEXT_CHARS = "text_chars"
    QUOTE_IN_SOURCE = "quote_in_source"
    STATED_BEFORE_PUBLICATION = "stated_before_publication"


@dataclass(frozen=True)
class CodeInfo:
    """What one code means and what judging it takes."""

    code: Code
    scope: Scope
    description: str
    expected: str
    table: str | None = None
    columns: tuple[str, ...] = ()
    exit_code: int = EXIT_INVALID


def _precision_words() -> str:
    return "; ".join(f"{name}: {meaning}" for name, meaning in DATE_PRECISION.items())


def _qualifier_words() -> str:
    return "; ".join(f"{name}: {meaning}" for name, meaning in QUALIFIERS.items())


_INFOS: tuple[CodeInfo, ...] = (
    CodeInfo(
        Code.TYPE,
        Scope.CELL,
        "A cell cannot be read as its column's type (text, whole number, date).",
        "a value of the column's type: text, a whole number, or a date as YYYY-MM-DD",
    ),
    CodeInfo(
        Code.ALLOWED_VALUES,
        Scope.CELL,
        "A cell of a closed vocabulary holds a value the vocabulary does not define.",
        "one of the vocabulary's values (see the Vocabularies section)",
    ),
    CodeInfo(
        Code.PATTERN,
        Scope.CELL,
        "An id or code does not have the required form (e.g. 'ev-0001', ISO country codes).",
        "text matching the column's pattern",
    ),
    CodeInfo(
        Code.MINIMUM,
        Scope.CELL,
        "A number is below its column's minimum (counts and offsets are never negative).",
        "a value at or above the column's minimum",
    ),
    CodeInfo(
        Code.REQUIRED,
        Scope.CELL,
        "A required cell is empty.",
        "a non-empty value",
    ),
    CodeInfo(
        Code.UNKNOWN_COLUMN,
        Scope.FILE,
        "A file has a column the table does not define (a typo, or a column from elsewhere).",
        "only the table's columns",
    ),
    CodeInfo(
        Code.MISSING_COLUMN,
        Scope.FILE,
        "A file lacks a column of its table.",
        "every column of the table",
    ),
    CodeInfo(
        Code.SCHEMA,
        Scope.FILE,
        "The table's shape is wrong as a whole: a column appears twice, or the schema "
        "rejects the table before checking its cells.",
        "each column once, in a table the schema can check",
    ),
    CodeInfo(
        Code.STORAGE_TYPE,
        Scope.FILE,
        "A Parquet column is stored with another type than published files use "
        "(dates as text, counts as floats).",
        "Parquet string, int64 and date32 columns",
    ),
    CodeInfo(
        Code.MANIFEST_SHA256,
        Scope.FILE,
        "A file inside a release folder is missing or differs from the SHA-256 and size "
        "its manifest records.",
        "the SHA-256 and size recorded in manifest.json",
    ),
    CodeInfo(
        Code.EVENT_DATES_AGREE_WITH_PRECISION,
        Scope.ROW,
        "An event's dates span exactly what its precision says.",
        "dates spanning exactly the precision: " + _precision_words(),
        "events",
        ("date_start", "date_end", "date_precision"),
    ),
    CodeInfo(
        Code.EVENT_START_NOT_AFTER_END,
        Scope.ROW,
        "An event's start does not lie after its end.",
        "date_start <= date_end",
        "events",
        ("date_start", "date_end"),
    ),
    CodeInfo(
        Code.EVENT_START_GIVEN_UNLESS_RANGE,
        Scope.ROW,
        "Only a 'range' may leave an event's start open ('on or before the end').",
        "a date_start unless date_precision is 'range'",
        "events",
        ("date_start", "date_precision"),
    ),
    CodeInfo(
        Code.STATED_DATES_AGREE_WITH_PRECISION,
        Scope.ROW,
        "A claim's statement dates span exactly what their precision says.",
        "stated_on..stated_end spanning exactly stated_precision (as for event dates)",
        "claims",
        ("stated_on", "stated_end", "stated_precision"),
    ),
    CodeInfo(
        Code.STATED_START_NOT_AFTER_END,
        Scope.ROW,
        "A statement's first possible day does not lie after its last.",
        "stated_on <= stated_end",
        "claims",
        ("stated_on", "stated_end"),
    ),
    CodeInfo(
        Code.STATED_START_GIVEN_UNLESS_RANGE,
        Scope.ROW,
        "Only a 'range' may leave a statement's start open.",
        "a stated_on unless stated_precision is 'range'",
        "claims",
        ("stated_on", "stated_precision"),
    ),
    CodeInfo(
        Code.QUALIFIER_AGREES_WITH_BOUNDS,
        Scope.ROW,
        "A claim's bounds are exactly those its qualifier implies; bounds are never "
        "invented, and every number has a unit.",
        "bounds implied by the qualifier: " + _qualifier_words() + " No qualifier: value, "
        "bounds and unit all empty",
        "claims",
        ("qualifier", "value", "value_low", "value_high", "unit"),
    ),
    CodeInfo(
        Code.QUOTE_LENGTH_MATCHES_OFFSETS,
        Scope.ROW,
        "A quote's offsets are as far apart as the quote is long.",
        "quote_end - quote_start == len(quote)",
        "claims",
        ("quote", "quote_start", "quote_end"),
    ),
    CodeInfo(
        Code.UNIQUE_KEY,
        Scope.TABLE,
        "Two rows share a primary key.",
        "a key that no other row has",
    ),
    CodeInfo(
        Code.FOREIGN_KEY,
        Scope.DATASET,
        "A reference names a row that does not exist (a restated claim within the claims "
        "table itself; events, sources and actors in their tables).",
        "an existing row of the referenced table",
    ),
    CodeInfo(
        Code.RESTATES_SAME_EVENT,
        Scope.TABLE,
        "A claim that restates another is about the same event, and is not itself.",
        "a restated claim about the same event",
        "claims",
        ("claim_id", "event_id", "restates"),
    ),
    CodeInfo(
        Code.ARCHIVED_TEXT,
        Scope.DATASET,
        "A source has no archived text beside the data.",
        "a file texts/<source_id>.txt (or sources/<source_id>.txt in datasets/)",
        "sources",
        ("source_id",),
    ),
    CodeInfo(
        Code.TEXT_SHA256,
        Scope.DATASET,
        "An archived text's SHA-256 differs from the one its source row records.",
        "the SHA-256 of the archived text's exact bytes",
        "sources",
        ("text_sha256",),
    ),
    CodeInfo(
        Code.TEXT_CHARS,
        Scope.DATASET,
        "A source's text_chars differs from the length of its archived text.",
        "the number of characters of the archived text decoded from UTF-8",
        "sources",
        ("text_chars",),
    ),
    CodeInfo(
        Code.QUOTE_IN_SOURCE,
        Scope.DATASET,
        "The archived text at a claim's offsets is not its quote.",
        "text[quote_start:quote_end] == quote in the archived text",
        "claims",
        ("quote", "quote_start", "quote_end"),
    ),
    CodeInfo(
        Code.STATED_BEFORE_PUBLICATION,
        Scope.DATASET,
        "A claim is dated after its source was published.",
        "a statement period that starts on or before the source's published_on",
        "claims",
        ("stated_on", "stated_end", "stated_precision"),
    ),
)

#: Every code's meaning, in the order reports and the codebook list them.
CATALOGUE: dict[Code, CodeInfo] = {info.code: info for info in _INFOS}


def info(code: str) -> CodeInfo | None:
    """The catalogue entry of a code given as a string, or None for an unknown one."""
    try:
        return CATALOGUE[Code(code)]
    except ValueError:
        return None


def row_rules(table: str) -> tuple[CodeInfo, ...]:
    """The row rules of one table: checks across several columns of each row."""
    return tuple(i for i in _INFOS if i.scope is Scope.ROW and i.table == table)


def needs_whole_table(code: str, table: str, column: str | None) -> bool:
    """Whether a failure can only be judged with every row of its table at hand.

    A batch or partition of rows sees only itself: duplicate keys, references to
    other rows of the same table (``restates``) and what those references imply are
    left to the engine's whole-table pass.
    """
    entry = info(code)
    if entry is None:
        return False
    if entry.scope is Scope.TABLE:
        return True
    if entry.code is Code.FOREIGN_KEY:
        return any(t == table == target and c == column for t, c, target, _ in FOREIGN_KEYS)
    return False
