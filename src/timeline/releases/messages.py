"""Values from a mirror or a release, shortened for one-line error messages.

A hostile index or manifest can hold a 900 kB "version" or a 5,000-digit number;
quoting it whole would make the error line as long.  :func:`shown` quotes at
most ``limit`` characters of its ``repr`` and says how long the value was.

Advice in messages is written for Python callers (``base_url=``, ``version='1.2.0'``);
:func:`for_command_line` puts it in the words a command-line user types instead.
"""

from __future__ import annotations

import re
from typing import Any

#: How a Python caller names a mirror, after "set TIMELINE_BASE_URL".
PASS_BASE_URL = " (or pass base_url=)"
#: How a Python caller asks for the newest release a mirror lists.
LATEST_NAMED = "version='latest'"
_PIN = re.compile(r"pass version='(?P<version>[^'\s]+)' to pin it")


def pin_advice(version: str) -> str:
    """How to pin the version 'latest' resolved to, in Python terms."""
    return f"pass version={version!r} to pin it"


def for_command_line(message: str, *, positional: bool = False) -> str:
    """A library message with its Python advice in command-line terms: the variable alone
    names a mirror (not every command has ``--base-url``), ``--version`` pins a release, or,
    for a command whose VERSION is an argument (``positional``), the version itself."""
    message = message.replace(PASS_BASE_URL, "")
    if positional:
        message = message.replace(LATEST_NAMED, "'latest'")
        return _PIN.sub(r"name \g<version> instead of 'latest' to pin it", message)
    message = message.replace(LATEST_NAMED, "--version latest")
    return _PIN.sub(r"pass --version \g<version> to pin it", message)


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
