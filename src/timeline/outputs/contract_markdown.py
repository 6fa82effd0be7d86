"""Render the data contract (``schema.contract()``) as Markdown tables."""

from __future__ import annotations

from typing import Any


def _constraint(column: dict[str, Any]) -> str:
    if "allowed" in column:
        return "one of: " + ", ".join(f"`{v}`" for v in column["allowed"])
    if "pattern" in column:
        return f"pattern `{column['pattern']}`"
    if "minimum" in column:
        return f">= {column['minimum']}"
    return ""


def markdown(tables: dict[str, Any]) -> str:
    """One section per table: description, key, a column table and the row rules."""
    parts: list[str] = []
    for name, spec in tables.items():
        parts.append(
            f"## `{name}`\n\n{spec['description']} Primary key: `{spec['primary_key']}`.\n"
        )
        parts.append("| column | type | required | constraint | description |")
        parts.append("|---|---|---|---|---|")
        for col in spec["columns"]:
            required = "no" if col["nullable"] else ("yes, unique" if col["unique"] else "yes")
            parts.append(
                f"| `{col['name']}` | {col['type']} | {required} | {_constraint(col)} | "
                f"{col['description']} |"
            )
        if spec["rules"]:
            parts.append("\nRow rules:\n")
            for rule in spec["rules"]:
                columns = ", ".join(f"`{c}`" for c in rule["columns"])
                parts.append(f"- `{rule['name']}` ({columns}): {rule['expected']}")
        parts.append("")
    return "\n".join(parts)
