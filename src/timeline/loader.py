"""Load released tables into pandas.  Never imports pandera.

Dtypes of loaded frames: text columns ``str``, integer columns ``Int64``
(nullable), date columns ``object`` holding ``datetime.date`` (or None).
Each frame's ``attrs["timeline"]`` records dataset, version, table, file and
its verified SHA-256.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .errors import UnknownTableError
from .releases import local_versions, open_release
from .vocab import TABLES

if TYPE_CHECKING:
    import pandas as pd


def versions() -> list[str]:
    """Release versions that can be loaded, oldest first."""
    return local_versions()


def tables() -> list[str]:
    """Names of the dataset's tables."""
    return list(TABLES)


def load(
    table: str = "events",
    *,
    version: str | None = None,
    columns: Sequence[str] | None = None,
    filters: Any = None,
) -> pd.DataFrame:
    """Load one table of a release as a pandas DataFrame.

    ``version=None`` means the newest bundled release.  ``columns`` selects
    columns; ``filters`` is pyarrow's filter syntax, e.g.
    ``[("event_type", "==", "casualties")]``.  The file's SHA-256 is checked
    against the release manifest before it is parsed.
    """
    if table not in TABLES:
        msg = f"unknown table {table!r}; expected one of {', '.join(TABLES)}"
        raise UnknownTableError(msg)
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .readers import table_to_pandas

    release = open_release(version)
    name = f"{table}.parquet"
    path = release.file(name)
    data = path.read_bytes()
    release.manifest.verify_bytes(name, data, path)
    arrow = pq.read_table(
        pa.BufferReader(data), columns=list(columns) if columns else None, filters=filters
    )
    frame = table_to_pandas(arrow)
    frame.attrs["timeline"] = {
        "dataset": release.manifest.data.get("dataset", "timeline"),
        "version": release.version,
        "table": table,
        "file": str(path),
        "sha256": release.manifest.files[name]["sha256"],
    }
    return frame


def load_timeline(version: str | None = None) -> pd.DataFrame:
    """Claims joined with their event, claimant and source, sorted by event date.

    One row per claim: the event's dates, type and summary; the claimant's name
    and kind; the claim's quote, numbers and certainty; the source's publisher
    and publication date.  Rows that restate another claim are kept (see the
    ``restates`` column) so that every quote stays visible.
    """
    claims = load("claims", version=version)
    events = load("events", version=version).rename(columns={"coding_note": "event_note"})
    actors = load("actors", version=version, columns=["actor_id", "name", "kind"]).rename(
        columns={"actor_id": "claimant_id", "name": "claimant", "kind": "claimant_kind"}
    )
    sources = load("sources", version=version, columns=["source_id", "publisher", "published_on"])
    joined = (
        claims.merge(events, on="event_id", how="left", validate="many_to_one")
        .merge(actors, on="claimant_id", how="left", validate="many_to_one")
        .merge(sources, on="source_id", how="left", validate="many_to_one")
    )
    joined["_order"] = joined["date_start"].where(joined["date_start"].notna(), joined["date_end"])
    joined = joined.sort_values(
        ["_order", "date_end", "event_id", "stated_end", "claim_id"], kind="stable"
    ).drop(columns="_order")
    leading = [
        "date_start",
        "date_end",
        "date_precision",
        "date_text",
        "event_type",
        "event_id",
        "summary",
        "claim_id",
        "claimant",
        "claimant_kind",
        "attribution",
        "certainty",
        "value",
        "qualifier",
        "value_low",
        "value_high",
        "unit",
        "quote",
        "stated_on",
        "stated_end",
        "stated_precision",
        "publisher",
        "published_on",
    ]
    ordered = leading + [c for c in joined.columns if c not in leading]
    joined = joined[ordered].reset_index(drop=True)
    joined.attrs["timeline"] = {**claims.attrs["timeline"], "table": "timeline"}
    return joined
