"""Export a released table as CSV, JSON or NDJSON, atomically."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from timeline.io.atomic import atomic_writer

FORMATS = ("csv", "json", "ndjson")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    for record in frame.astype(object).to_dict(orient="records"):
        clean: dict[str, Any] = {}
        for key, value in record.items():
            if isinstance(value, dt.date):
                clean[str(key)] = value.isoformat()
            elif value is None or (not isinstance(value, str) and pd.isna(value)):
                clean[str(key)] = None
            else:
                clean[str(key)] = int(value) if hasattr(value, "__index__") else value
        out.append(clean)
    return out


def write(frame: pd.DataFrame, fmt: str, handle: TextIO) -> None:
    """Write ``frame`` in ``fmt``: dates as YYYY-MM-DD, missing as empty (CSV) or null."""
    if fmt == "csv":
        frame.to_csv(handle, index=False, lineterminator="\n")
    elif fmt == "json":
        json.dump(_records(frame), handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    else:
        for record in _records(frame):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def export(frame: pd.DataFrame, fmt: str, output: Path | None) -> None:
    """Write to ``output`` through a temporary file and a rename, or to stdout."""
    if output is None:
        write(frame, fmt, sys.stdout)
        return
    with atomic_writer(output, "w") as handle:
        write(frame, fmt, handle)  # type: ignore[arg-type]
