"""Counts and number bounds in plain words, for every message a person reads.

Standard library only: the CLI's light paths (``--help``, ``--version``) may import it.
"""

from __future__ import annotations

from collections.abc import Mapping


def plural(count: int, noun: str, plural_noun: str | None = None) -> str:
    """'1 row', '2 rows': the count with its noun in the right number (digits only, as
    the validation summary writes them)."""
    word = noun if count == 1 else (plural_noun or f"{noun}s")
    return f"{count} {word}"


def noun(count: int, singular: str, plural_noun: str | None = None) -> str:
    """Just the noun for ``count``: 'row' for 1, 'rows' otherwise."""
    return singular if count == 1 else (plural_noun or f"{singular}s")


def row_counts(rows: Mapping[str, int]) -> str:
    """'sources 1, actors 18, claims 32 rows': rows per table; 'claims 1 row' for one row."""
    listing = ", ".join(f"{table} {count}" for table, count in rows.items())
    return f"{listing} {noun(sum(rows.values()), 'row')}"


def number(value: int) -> str:
    """3000 as '3,000'."""
    return f"{value:,}"


def bounds_words(low: int | None, high: int | None) -> str:
    """What the bounds [low, high] say: 'at least 3,001', 'up to 12,000', 'between 60 and 70',
    exactly '3,000', or 'no bounds'."""
    if low is None and high is None:
        return "no bounds"
    if low is None:
        return f"up to {number(high)}" if high is not None else "no bounds"
    if high is None:
        return f"at least {number(low)}"
    if low == high:
        return f"exactly {number(low)}"
    return f"between {number(low)} and {number(high)}"


def quantity_words(
    qualifier: str, value: int | None, low: int | None, high: int | None, unit: str = ""
) -> str:
    """A claimed number in words, with its unit and its bounds where they add something.

    'more than 3,000 soldiers (at least 3,001)', 'at least 1,100', 'up to 12,000',
    'about 7,000, no bounds', 'between 60 and 70', '3,000' (exact).  Bounds that the
    words already state are not repeated; bounds a source gives around 'about' are.
    """
    unit_words = f" {unit}" if unit else ""
    if qualifier == "range" or value is None:
        return f"{bounds_words(low, high)}{unit_words}"
    stated = number(value)
    words = {
        "exact": stated,
        "about": f"about {stated}",
        "more_than": f"more than {stated}",
        "at_least": f"at least {stated}",
        "up_to": f"up to {stated}",
        "less_than": f"less than {stated}",
    }.get(qualifier, f"{qualifier.replace('_', ' ')} {stated}")
    words += unit_words
    implied = {
        "exact": (value, value),
        "at_least": (value, None),
        "up_to": (None, value),
    }.get(qualifier)
    if implied == (low, high):
        return words
    if low is None and high is None:
        return f"{words}, no bounds"
    return f"{words} ({bounds_words(low, high)})"
