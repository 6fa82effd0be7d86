"""Values from a mirror or a release, shortened for one-line error messages.

A hostile index or manifest can hold a 900 kB "version" or a 5,000-digit number;
quoting it whole would make the error line as long.  :func:`shown` quotes at
most ``limit`` characters of its ``repr`` and says how long the value was.
"""

from __future__ import annotations

from typing import Any


def shown(value: Any, limit: int = 80) -> str:
    """``repr(value)`` cut to ``limit`` characters, with the full length when it was cut."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 200:
        return f"<an integer of about {int(value.bit_length() * 0.30103) + 1} digits>"
    if isinstance(value, str) and len(value) > limit:
        return f"{value[:limit]!r}… ({len(value):,} characters)"
    try:
        text = repr(value)
    except (RecursionError, ValueError):
        return f"<a {type(value).__name__} too deep or too long to show>"
    if len(text) <= limit:
        return text
    return f"{text[:limit]}… ({len(text):,} characters)"
