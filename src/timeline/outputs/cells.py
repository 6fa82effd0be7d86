"""Spreadsheet-safe text cells: the one rule for every CSV file ``timeline`` writes for people.

A spreadsheet runs a cell that starts like a formula (``=HYPERLINK(…)``, ``+1``, ``@SUM``), so
quotes and titles copied from reports could execute when a CSV is opened.  Both the
published zip's CSV files (:mod:`timeline.publish.static`) and ``timeline export … csv``
(:mod:`timeline.outputs.export`) pass their text cells through :func:`spreadsheet_safe`;
numbers and dates are never changed, and the Parquet files keep the raw value.  Stdlib only.
"""

from __future__ import annotations

#: What a spreadsheet reads as the start of a formula (OWASP's list): a text cell starting
#: with one of these gets a leading apostrophe in the CSV; Parquet keeps the raw value.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """``text`` as a spreadsheet shows it literally: a leading ``'`` before a formula start."""
    return f"'{text}" if text.startswith(FORMULA_START) else text
