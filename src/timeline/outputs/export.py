"""Export a released table as CSV, JSON or NDJSON, atomically."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from timeline.errors import ConfigError
from timeline.io.atomic import atomic_writer

FORMATS = ("csv", "json", "ndjson")

#: The format an output file's suffix names.
SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".ndjson": "ndjson", ".jsonl": "ndjson"}


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    out = []
    for record in frame.astype(object).to_dict(orient="records"):
        clean: dict[str, Any] = {}
        for key, value in record.items():
            if value is None or (not isinstance(value, str) and pd.isna(value)):
                clean[str(key)] = None
            elif isinstance(value, dt.datetime) and value.time() == dt.time(0):
                clean[str(key)] = value.date().isoformat()  # a loaded date (midnight Timestamp)
            elif isinstance(value, dt.date):
                clean[str(key)] = value.isoformat()
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


def choose_format(fmt: str | None, output: Path | None) -> str:
    """The format to write: ``fmt`` if given, else the one ``output``'s suffix names.

    Standard output defaults to CSV.  A ``fmt`` that contradicts a known suffix
    (``--format csv -o out.json``) and an unknown suffix without ``fmt`` are refused,
    so that a file's name never lies about its content.
    """
    suffix = output.suffix.lower() if output is not None else ""
    implied = SUFFIX_FORMATS.get(suffix)
    if fmt is not None:
        if implied is not None and implied != fmt:
            msg = (
                f"--format {fmt} contradicts the suffix of {output} ({suffix} is {implied}); "
                f"drop --format or name the file *.{fmt}"
            )
            raise ConfigError(msg)
        return fmt
    if output is None:
        return FORMATS[0]
    if implied is None:
        known = ", ".join(SUFFIX_FORMATS)
        msg = (
            f"cannot tell the format from {output}'s suffix {suffix or '(none)'}: name the file "
            f"with one of {known}, or pass --format {{{','.join(FORMATS)}}}"
        )
        raise ConfigError(msg)
    return implied


def export(frame: pd.DataFrame, fmt: str, output: Path | None) -> None:
    """Write to ``output`` through a temporary file and a rename, or to stdout."""
    if output is None:
        write(frame, fmt, sys.stdout)
        return
    with atomic_writer(output, "w") as handle:
        write(frame, fmt, handle)  # type: ignore[arg-type]
