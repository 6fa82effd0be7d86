"""Validation failures as plain records: one per broken rule per row.

Part of the data model (every validation engine, the build and the curation steps
produce and report them), below the validation layer.  A :class:`Failure` names
where the problem is (file, table, row, key, column), which rule it breaks, the
offending value and what was expected, so a contributor can fix it without reading
our code.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from timeline.errors import FailureRecord


@dataclass(frozen=True)
class Failure:
    """One broken rule in one place.

    ``row`` is the 0-based position of the row in its table; ``line`` is the
    line in the input file where that is known (CSV: header is line 1).
    """

    table: str
    rule: str
    message: str
    column: str | None = None
    key: str | None = None
    row: int | None = None
    value: str | None = None
    expected: str | None = None
    file: str | None = None
    line: int | None = None

    def location(self) -> str:
        """A short 'file:line' / 'table[key]' style location for text output."""
        parts = []
        if self.file:
            parts.append(f"{self.file}:{self.line}" if self.line else self.file)
        where = self.table
        if self.key is not None:
            where += f"[{self.key}]"
        elif self.row is not None:
            where += f"[row {self.row}]"
        if self.column:
            where += f".{self.column}"
        parts.append(where)
        return " ".join(parts)

    def as_text(self) -> str:
        """One line for people: where, rule, value, expectation."""
        text = f"{self.location()}: {self.rule}: {self.message}"
        if self.value is not None:
            text += f" (got {self.value})"
        if self.expected:
            text += f"; expected {self.expected}"
        return text

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def summarize(failures: Iterable[FailureRecord]) -> str:
    """'3 problems: 2 in claims, 1 in events' style one-liner."""
    items = list(failures)
    if not items:
        return "no problems"
    per_table = Counter(f.table for f in items)
    detail = ", ".join(f"{n} in {table}" for table, n in sorted(per_table.items()))
    noun = "problem" if len(items) == 1 else "problems"
    return f"{len(items)} {noun}: {detail}"


def short_value(value: object, limit: int = 80) -> str | None:
    """Render a cell value for a message, truncated; None stays None."""
    if value is None:
        return None
    try:
        import pandas as pd

        if pd.api.types.is_scalar(value) and pd.isna(value):  # type: ignore[call-overload]
            return "<missing>"
    except (TypeError, ValueError):
        pass
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
