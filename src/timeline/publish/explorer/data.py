"""A release as the plain JSON object the explorer page reads.

Everything a reader sees is computed here, once, by the same code the CLI uses: numbers
in words with their bounds (:func:`timeline.outputs.words.quantity_words`), dates at the
precision the source gives them, the citation.  The page only arranges these strings.

Quote offsets in a release count Unicode code points (Python's ``str`` indexing);
JavaScript strings count UTF-16 code units, which differ after any character outside
the Basic Multilingual Plane.  Each claim therefore carries its offsets in both units
(``quote_start`` / ``quote_end`` as released, ``js_start`` / ``js_end`` for the page).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from timeline.outputs.citation import plain
from timeline.outputs.estimates import estimate_rows
from timeline.outputs.quantities import quantity_label
from timeline.outputs.words import quantity_words
from timeline.releases.manifest import MANIFEST_NAME, sha256_file
from timeline.releases.resolve import read_release

#: The only URLs the page turns into links; anything else is shown as text.
WEB_URL = re.compile(r"^https?://[^\s<>\"']+$")

Row = dict[str, Any]


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else None


def _day(value: dt.date) -> str:
    return f"{value.day} {value.strftime('%B %Y')}"


def date_words(start: dt.date | None, end: dt.date, precision: str) -> str:
    """A date span at the precision its source gives it, in words.

    '23 December 2024', 'week of 16 December 2024', 'December 2024', '2024',
    'between 1 and 20 November 2024', 'on or before 23 December 2024'.
    """
    if start is None:
        return f"on or before {_day(end)}"
    if precision == "day":
        return _day(start)
    if precision == "week":
        return f"week of {_day(start)}"
    if precision == "month":
        return start.strftime("%B %Y")
    if precision == "year":
        return str(start.year)
    return f"between {_day(start)} and {_day(end)}"


def utf16_offsets(text: str, offsets: list[int]) -> dict[int, int]:
    """Each code-point offset in ``offsets`` as the UTF-16 offset JavaScript uses."""
    if text.isascii() or max(map(ord, text), default=0) < 0x10000:
        return {o: o for o in offsets}
    return {o: len(text[:o].encode("utf-16-le")) // 2 for o in offsets}


def _rows(folder: Path, table: str) -> list[Row]:
    import pyarrow.parquet as pq

    rows: list[Row] = pq.read_table(folder / f"{table}.parquet").to_pylist()
    return rows


def _names(ids: str | None, actors: dict[str, Row]) -> list[str]:
    if not ids:
        return []
    return [str(actors[a]["name"]) if a in actors else a for a in ids.split(";")]


def _event(row: Row, actors: dict[str, Row]) -> Row:
    start, end = row["date_start"], row["date_end"]
    return {
        "id": row["event_id"],
        "type": row["event_type"],
        "summary": row["summary"],
        "start": _iso(start),
        "end": _iso(end),
        "precision": row["date_precision"],
        "open_start": start is None,
        "date_kind": row["date_kind"],
        "date_words": date_words(start, end, row["date_precision"]),
        "date_text": row["date_text"],
        "location": row["location"],
        "item": row["item"],
        "actors": _names(row["actor_ids"], actors),
        "counterparts": _names(row["counterpart_ids"], actors),
    }


def _claim(row: Row, offsets: dict[int, int]) -> Row:
    qualifier = row["qualifier"]
    words = ""
    if isinstance(qualifier, str):
        words = quantity_words(
            qualifier, row["value"], row["value_low"], row["value_high"], row["unit"] or ""
        )
    start, end = row["stated_on"], row["stated_end"]
    return {
        "id": row["claim_id"],
        "event": row["event_id"],
        "source": row["source_id"],
        "claimant": row["claimant_id"],
        "attribution": row["attribution"],
        "certainty": row["certainty"],
        "stated_on": _iso(start),
        "stated_end": _iso(end),
        "stated_precision": row["stated_precision"],
        "stated_words": date_words(start, end, row["stated_precision"]),
        "stated_text": row["stated_text"],
        "venue": row["venue"],
        "quote": row["quote"],
        "quote_start": row["quote_start"],
        "quote_end": row["quote_end"],
        "js_start": offsets[row["quote_start"]],
        "js_end": offsets[row["quote_end"]],
        "value": row["value"],
        "qualifier": qualifier,
        "low": row["value_low"],
        "high": row["value_high"],
        "unit": row["unit"],
        "words": words,
        "restates": row["restates"],
    }


def _estimate(row: Row) -> Row:
    """One row of an event's "Estimates over time" table, from :func:`estimate_rows` (the
    code behind ``timeline estimates``): restatements already folded into the claim they
    restate, and the quantity the figure counts named."""
    return {
        "id": row["claim_id"],
        "claimant": row["claimant"] or row["claimant_id"],
        "stated_words": date_words(row["stated_on"], row["stated_end"], row["stated_precision"]),
        "words": quantity_words(
            row["qualifier"], row["value"], row["value_low"], row["value_high"], row["unit"] or ""
        ),
        "counts": quantity_label(row["unit"]),
        "low": row["value_low"],
        "high": row["value_high"],
        "certainty": row["certainty"],
        "restated_in": row["restated_in"].split(";") if row["restated_in"] else [],
        "sources": row["sources"],
        "conflicts_with": row["conflicts_with"].split(";") if row["conflicts_with"] else [],
    }


def estimates_by_event(claim_rows: list[Row], actors: dict[str, Row]) -> dict[str, list[Row]]:
    """Each event's estimates over time, one row per statement, as the page shows them."""
    names = {actor_id: row["name"] for actor_id, row in actors.items()}
    by_event: dict[str, list[Row]] = {}
    for row in claim_rows:
        by_event.setdefault(str(row["event_id"]), []).append(row)
    return {
        event_id: [_estimate(r) for r in estimate_rows(rows, names)]
        for event_id, rows in by_event.items()
    }


def _event_order(event: Row) -> tuple[str, str, str]:
    return (event["start"] or event["end"], event["end"], event["id"])


def _claim_order(claim: Row) -> tuple[str, str, str]:
    return (claim["stated_on"] or claim["stated_end"], claim["stated_end"], claim["id"])


def downloads(version: str, files: list[str], zip_name: str | None) -> list[Row]:
    """The release's files a reader may want, as links relative to the mirror's root.

    Every link starts with './', so no name can turn into another scheme ('javascript:').
    """
    described = {
        "datapackage.json": "datapackage.json (the tables' schemas, for frictionless)",
        "manifest.json": "manifest.json (SHA-256 of every file; its own SHA-256 is cited)",
        "CHANGES.md": "CHANGES.md (what changed since the previous release)",
    }
    wanted = [(f, f) for f in files if f.endswith(".parquet")]
    wanted += [(f, label) for f, label in described.items() if f in files]
    links = [{"label": label, "href": f"./{version}/{name}"} for name, label in wanted]
    if zip_name is not None:
        label = f"{zip_name} (CSV and Parquet, archived texts, data package)"
        links.insert(0, {"label": label, "href": f"./{zip_name}"})
    return links


def release_data(folder: Path, *, zip_name: str | None = None, note: str | None = None) -> Row:
    """The release in ``folder`` as the page's data object (plain JSON values only)."""
    release = read_release(folder)
    meta = release.manifest.data
    actors = {str(r["actor_id"]): r for r in _rows(folder, "actors")}
    sources: dict[str, Row] = {}
    texts: dict[str, str] = {}
    for row in _rows(folder, "sources"):
        source_id = str(row["source_id"])
        texts[source_id] = (folder / "texts" / f"{source_id}.txt").read_bytes().decode("utf-8")
        url = row["url"]
        sources[source_id] = {
            "title": row["title"],
            "publisher": row["publisher"],
            "published_on": _iso(row["published_on"]),
            "url": url,
            "url_is_link": isinstance(url, str) and WEB_URL.match(url) is not None,
            "text": texts[source_id],
        }
    claim_rows = _rows(folder, "claims")
    offsets: dict[str, list[int]] = {}
    for row in claim_rows:
        offsets.setdefault(row["source_id"], []).extend([row["quote_start"], row["quote_end"]])
    converted = {s: utf16_offsets(texts[s], o) for s, o in offsets.items()}
    claims = sorted(
        (_claim(row, converted[row["source_id"]]) for row in claim_rows), key=_claim_order
    )
    estimates = estimates_by_event(claim_rows, actors)
    events = sorted((_event(row, actors) for row in _rows(folder, "events")), key=_event_order)
    for event in events:
        event["estimates"] = estimates.get(event["id"], [])
    manifest_sha = sha256_file(folder / MANIFEST_NAME)
    return {
        "version": release.version,
        "released": meta.get("released"),
        "title": meta.get("title", meta.get("dataset", "timeline")),
        "license": meta.get("license"),
        "note": note,
        "manifest_sha256": manifest_sha,
        "citation": plain({**meta, "manifest_sha256": manifest_sha}),
        "downloads": downloads(
            release.version, sorted([*release.manifest.files, MANIFEST_NAME]), zip_name
        ),
        "actors": {a: {"name": r["name"], "kind": r["kind"]} for a, r in sorted(actors.items())},
        "sources": dict(sorted(sources.items())),
        "events": events,
        "claims": claims,
    }
