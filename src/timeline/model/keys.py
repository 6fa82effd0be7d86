"""References between tables: which column names which table's key."""

from __future__ import annotations

#: (table, column, referenced table, referenced key); list columns hold ';'-separated ids.
FOREIGN_KEYS: tuple[tuple[str, str, str, str], ...] = (
    ("claims", "event_id", "events", "event_id"),
    ("claims", "source_id", "sources", "source_id"),
    ("claims", "claimant_id", "actors", "actor_id"),
    ("claims", "restates", "claims", "claim_id"),
    ("events", "actor_ids", "actors", "actor_id"),
    ("events", "counterpart_ids", "actors", "actor_id"),
    ("actors", "parent_id", "actors", "actor_id"),
)

#: Columns holding several ids separated by ';'.
LIST_COLUMNS = frozenset({"actor_ids", "counterpart_ids"})
