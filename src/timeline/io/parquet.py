"""Write self-describing, deterministic Parquet files (reading is :mod:`timeline.io.readers`).

Every file carries the dataset name and version, its table, the schema
fingerprint and each column's title and description, in metadata any Parquet
reader can see (Arrow field metadata and the file's key-value metadata).
Dates are written as ``date32``, integers as ``int64``, text as ``string``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ARROW_TYPES = {"string": pa.string(), "integer": pa.int64(), "date": pa.date32()}
META_PREFIX = "timeline."


def arrow_schema(table: str, contract: dict[str, Any], file_meta: dict[str, str]) -> pa.Schema:
    """The Arrow schema of ``table``: types, nullability and descriptions from the contract."""
    spec = contract[table]
    fields = [
        pa.field(
            col["name"],
            ARROW_TYPES[col["type"]],
            nullable=col["nullable"],
            metadata={"title": col["title"] or "", "description": col["description"] or ""},
        )
        for col in spec["columns"]
    ]
    columns_doc = {col["name"]: col["description"] for col in spec["columns"]}
    metadata = {
        **{META_PREFIX + k: v for k, v in file_meta.items()},
        META_PREFIX + "table": table,
        META_PREFIX + "table_description": spec["description"],
        META_PREFIX + "primary_key": spec["primary_key"],
        META_PREFIX + "columns": json.dumps(columns_doc, ensure_ascii=False, sort_keys=True),
    }
    return pa.schema(fields, metadata=metadata)


def _column_values(series: pd.Series) -> list[Any]:
    return [None if pd.isna(v) else v for v in series.astype(object).tolist()]


def frame_to_arrow(frame: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    arrays = [pa.array(_column_values(frame[f.name]), type=f.type) for f in schema]
    return pa.Table.from_arrays(arrays, schema=schema)


def write_table(path: Path, table: pa.Table) -> None:
    """Write with fixed settings so that equal data gives equal bytes."""
    pq.write_table(
        table,
        path,
        compression="zstd",
        compression_level=9,
        use_dictionary=True,
        write_statistics=True,
        version="2.6",
    )
