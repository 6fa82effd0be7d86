"""Artifacts generated from the pandera models: Frictionless Table Schemas and data packages.

(Owned by the ecosystem work: codebook and schemas/ generation are to be added here.)
"""

from __future__ import annotations

from typing import Any

from .vocab import PRIMARY_KEYS, TABLES

FRICTIONLESS_TYPES = {"string": "string", "integer": "integer", "date": "date"}


def table_schema(table: str, contract: dict[str, Any]) -> dict[str, Any]:
    """A Frictionless Table Schema for ``table``."""
    spec = contract[table]
    fields = []
    for col in spec["columns"]:
        field: dict[str, Any] = {
            "name": col["name"],
            "type": FRICTIONLESS_TYPES[col["type"]],
            "title": col["title"],
            "description": col["description"],
        }
        constraints: dict[str, Any] = {}
        if not col["nullable"]:
            constraints["required"] = True
        if col["unique"]:
            constraints["unique"] = True
        if "allowed" in col:
            constraints["enum"] = col["allowed"]
        if "pattern" in col:
            constraints["pattern"] = col["pattern"].lstrip("^").rstrip("$")
        if "minimum" in col:
            constraints["minimum"] = col["minimum"]
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    return {"fields": fields, "primaryKey": [PRIMARY_KEYS[table]], "missingValues": [""]}


def datapackage(
    meta: dict[str, str], files: dict[str, dict[str, Any]], contract: dict[str, Any]
) -> dict[str, Any]:
    """A Frictionless data package descriptor for a release folder."""
    resources = []
    for table in TABLES:
        name = f"{table}.parquet"
        entry = files[name]
        resources.append(
            {
                "name": table,
                "path": name,
                "format": "parquet",
                "hash": f"sha256:{entry['sha256']}",
                "bytes": entry["bytes"],
                "schema": table_schema(table, contract),
            }
        )
    return {
        "name": meta["dataset"],
        "title": meta["title"],
        "version": meta["version"],
        "licenses": [{"name": meta["license"]}],
        "resources": resources,
    }
