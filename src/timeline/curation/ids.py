"""Fresh row ids for curated rows: slugs from words, and numbers above every id ever used.

Ids are never reused (README, "Versioning policy"), so a new ``cl-NNNN`` or ``ev-NNNN`` is
above every id in the curated tables *and* in every built release, where a withdrawn row
still holds its id; a new slug avoids both too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

#: Words left out of slugs: they add length, not meaning.
_STOP = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with"})
#: The schema's SLUG pattern (:data:`timeline.model.schema.SLUG`; a test keeps them equal),
#: copied so that curation commands need not import pandera.
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"
SLUG_RE = re.compile(SLUG)
_NUMBERED = re.compile(r"^(?P<prefix>[a-z]+)-(?P<n>[0-9]{4,})$")
#: Prefix of the numbered id of each table that has one.
PREFIXES = {"events": "ev", "claims": "cl"}


def slug_words(words: str, limit: int = 6) -> list[str]:
    """Lower-case ASCII words of ``words`` (accents dropped, possessives and stop words cut)."""
    ascii_text = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    ascii_text = re.sub(r"['’]s\b", "", ascii_text.lower())
    found = [w for w in re.findall(r"[a-z0-9]+", ascii_text) if w not in _STOP]
    return found[:limit]


def slugify(words: str, limit: int = 6) -> str:
    """A slug matching the schema's SLUG pattern (``^[a-z0-9]+(-[a-z0-9]+)*$``); '' if none."""
    return "-".join(slug_words(words, limit))


def unique_slug(base: str, taken: Iterable[str]) -> str:
    """``base``, or ``base-2``, ``base-3``… when it is taken."""
    used = set(taken)
    if base not in used:
        return base
    n = 2
    while f"{base}-{n}" in used:
        n += 1
    return f"{base}-{n}"


def next_number(prefix: str, taken: Iterable[str]) -> int:
    """One more than the highest ``<prefix>-NNNN`` number in ``taken`` (1 when none)."""
    highest = 0
    for value in taken:
        match = _NUMBERED.match(str(value))
        if match and match["prefix"] == prefix:
            highest = max(highest, int(match["n"]))
    return highest + 1


def format_number(prefix: str, number: int) -> str:
    """``cl-0042``: four digits at least, as the schema's patterns ask."""
    return f"{prefix}-{number:04d}"


def release_ids(releases_dir: Path | None, table: str, key: str) -> set[str]:
    """Every ``key`` value of ``table`` in every release under ``releases_dir``."""
    if releases_dir is None:
        return set()
    from timeline.releases.paths import releases_in

    versions = releases_in(releases_dir)
    if not versions:
        return set()
    import pyarrow.parquet as pq

    found: set[str] = set()
    for version in versions:
        path = releases_dir / version / f"{table}.parquet"
        if path.is_file():
            column = pq.read_table(path, columns=[key]).column(0)
            found.update(str(v) for v in column.to_pylist() if v is not None)
    return found
