"""A small curated dataset of our own, written into a temporary folder by tests.

Tests that need valid rows to break, build or release use this instead of the bundled
data, so the bundled dataset can grow without a test changing. The report is fictional,
written for the tests; offsets are computed from the text, never typed.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
from pathlib import Path
from typing import Any

import yaml

SOURCE_ID = "fixture-2024-11-08-eastharbor"

TEXT = (
    "TEST FIXTURE – a fictional report written for the timeline test suite.\n\n"
    "EASTHARBOR – Port officials said on Friday that at least 40 containers had been "
    "unloaded at the northern pier during the week. A defence ministry spokesperson "
    "said about 300 workers had taken part, and added that no figure for the cargo "
    "would be given."
)


def quote_at(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def rows() -> dict[str, list[dict[str, Any]]]:
    """The four tables as lists of rows."""
    q1 = "at least 40 containers had been unloaded at the northern pier"
    q2 = "about 300 workers had taken part"
    s1, e1 = quote_at(TEXT, q1)
    s2, e2 = quote_at(TEXT, q2)
    claim = {
        "source_id": SOURCE_ID,
        "attribution": "paraphrase",
        "certainty": "asserted",
        "venue": None,
        "restates": None,
        "coding_note": None,
    }
    return {
        "sources": [
            {
                "source_id": SOURCE_ID,
                "publisher": "Fixture Wire",
                "publisher_basis": "supplied",
                "title": "Containers at Eastharbor (supplied for the fixture)",
                "title_basis": "supplied",
                "url": None,
                "published_on": "2024-11-08",
                "published_on_basis": "supplied",
                "language": "en",
                "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
                "text_chars": len(TEXT),
                "provenance_note": "A fictional test fixture.",
            }
        ],
        "actors": [
            {
                "actor_id": "port-officials",
                "name": "Eastharbor port officials",
                "kind": "government_body",
                "country": "RUS",
                "description": "Officials of a fictional port",
            },
            {
                "actor_id": "defence-ministry",
                "name": "Defence ministry",
                "kind": "government_body",
                "country": "RUS",
                "description": "A fictional ministry spokesperson",
            },
        ],
        "events": [
            {
                "event_id": "ev-0001",
                "event_type": "munitions_shipment",
                "summary": "Containers unloaded at a fictional pier.",
                "date_start": "2024-11-04",
                "date_end": "2024-11-10",
                "date_precision": "week",
                "date_kind": "occurred",
                "date_text": "during the week",
                "location": "Eastharbor",
                "actor_ids": "port-officials",
                "counterpart_ids": None,
                "item": "containers",
                "coding_note": None,
            }
        ],
        "claims": [
            {
                **claim,
                "claim_id": "cl-0001",
                "event_id": "ev-0001",
                "claimant_id": "port-officials",
                "stated_on": "2024-11-08",
                "stated_end": "2024-11-08",
                "stated_precision": "day",
                "stated_text": "on Friday",
                "quote": q1,
                "quote_start": s1,
                "quote_end": e1,
                "value": 40,
                "qualifier": "at_least",
                "value_low": 40,
                "value_high": None,
                "unit": "containers",
            },
            {
                **claim,
                "claim_id": "cl-0002",
                "event_id": "ev-0001",
                "claimant_id": "defence-ministry",
                "stated_on": None,
                "stated_end": "2024-11-08",
                "stated_precision": "range",
                "stated_text": None,
                "quote": q2,
                "quote_start": s2,
                "quote_end": e2,
                "value": 300,
                "qualifier": "about",
                "value_low": None,
                "value_high": None,
                "unit": "workers",
            },
        ],
    }


@functools.cache
def _files(version: str, released: str) -> tuple[tuple[str, bytes], ...]:
    """The fixture's files (relative path, bytes), serialised once per process: the YAML
    dumps cost more than the writes, and a test may write the fixture many times."""
    meta = {
        "name": "timeline",
        "version": version,
        "released": dt.date.fromisoformat(released),
        "title": "Fixture dataset",
        "description": "A fictional dataset for the tests.",
        "license": "CC-BY-4.0",
        "homepage": None,
    }
    files = [("dataset.yaml", yaml.safe_dump(meta, sort_keys=False).encode("utf-8"))]
    for table, table_rows in rows().items():
        text = yaml.safe_dump(table_rows, sort_keys=False, allow_unicode=True)
        files.append((f"curated/{table}.yaml", text.encode("utf-8")))
    files.append((f"sources/{SOURCE_ID}.txt", TEXT.encode("utf-8")))
    return tuple(files)


def write_dataset(root: Path, version: str = "0.1.0", released: str = "2024-11-09") -> Path:
    """Write the fixture as a curated dataset folder (``dataset.yaml``, ``curated/``, ``sources/``)."""
    (root / "curated").mkdir(parents=True, exist_ok=True)
    (root / "sources").mkdir(exist_ok=True)
    for name, data in _files(version, released):
        (root / name).write_bytes(data)
    return root
