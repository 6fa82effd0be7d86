"""The entry point of validation: files and folders in, a :class:`Report` out.

It reads the inputs (:mod:`timeline.validation.inputs`), fills the tables not given from
the newest bundled release, and runs the in-memory engine, or the streaming one for a
Parquet file too big for memory (:mod:`timeline.validation.scale.stream`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from timeline.model.catalogue import Code
from timeline.model.vocab import TABLES
from timeline.validation.engine import Report, check_dataset, column_types, locate
from timeline.validation.failures import Failure


def validate_paths(
    paths: Sequence[Path], table: str | None = None, *, stream: bool | None = None
) -> Report:
    """Validate files or folders together; tables not given come from the bundled release.

    Raises :class:`~timeline.errors.InputError` for input that cannot be read at
    all; data problems are returned in the report, all of them.  A Parquet file
    above ``TIMELINE_STREAM_THRESHOLD`` bytes (default 256 MiB) (or any, with ``stream=True``)
    is validated batch by batch with flat memory (:mod:`timeline.validation.scale.stream`).
    """
    from timeline.validation.inputs import ChainedTexts, collect, reference_tables
    from timeline.validation.scale.stream import streamed_file, validate_streaming

    big = streamed_file(paths, stream)
    if big is not None:
        return validate_streaming(paths, big, table)
    inputs = collect(paths, table)
    missing = [t for t in TABLES if t not in inputs.tables]
    # a contributor's lone claims file may restate a published claim: its restates look
    # in the release's claims too (the release's claims are not validated themselves)
    restated = ["claims"] if missing and "claims" in inputs.tables else []
    reference, ref_version = reference_tables([*missing, *restated])
    notes = list(inputs.notes)
    if missing and ref_version:
        also = " (and claims, for the claims they restate)" if restated else ""
        notes.append(
            f"checked against bundled release {ref_version} for: {', '.join(missing)}{also}"
        )
    frames = {t: raw.frame for t, raw in inputs.tables.items()}
    _, failures = check_dataset(frames, ChainedTexts(inputs.text_folders), reference)
    for table, raw in inputs.tables.items():
        failures.extend(storage_type_failures(table, raw.arrow_types))
    table_order = {t: i for i, t in enumerate(TABLES)}
    failures = inputs.failures + sorted(
        locate(failures, inputs.tables),
        key=lambda f: (table_order.get(f.table, 99), f.row if f.row is not None else -1),
    )
    return Report(
        failures=failures,
        rows={t: len(raw.frame) for t, raw in inputs.tables.items()},
        files={t: str(raw.path) for t, raw in inputs.tables.items()},
        notes=notes,
    )


STORAGE_TYPES = {"string": ("string",), "integer": ("int64",), "date": ("date32",)}


def storage_type_failures(table: str, arrow_types: Mapping[str, Any]) -> list[Failure]:
    """Columns a typed file (Parquet) stores with the wrong type: dates as text, counts as floats.

    The values may still convert, so this is reported once per column rather than per cell;
    published files must use the types any Parquet reader understands.
    """
    if not arrow_types:
        return []
    import pyarrow as pa

    accepts = {
        "string": lambda t: pa.types.is_string(t) or pa.types.is_large_string(t),
        "integer": pa.types.is_integer,
        "date": lambda t: pa.types.is_date32(t) or pa.types.is_date64(t),
    }
    failures = []
    for column, kind in column_types(table).items():
        arrow_type = arrow_types.get(column)
        if arrow_type is None or pa.types.is_null(arrow_type) or accepts[kind](arrow_type):
            continue
        failures.append(
            Failure(
                table,
                Code.STORAGE_TYPE,
                f"column is stored as {arrow_type}",
                column=column,
                value=str(arrow_type),
                expected=f"a Parquet {STORAGE_TYPES[kind][0]} column ({kind} values)",
            )
        )
    return failures
