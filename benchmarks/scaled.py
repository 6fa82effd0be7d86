"""A copy of the curated dataset with every row repeated ``scale`` times under new ids.

Copy ``k`` renames each event, claim and actor id (``ev-0001`` becomes
``ev-k0001``-style numbers, ``zelenskyy`` becomes ``zelenskyy-k3``) and every
reference with it, so the scaled dataset is valid for the same reasons the
curated one is; the archived source (and so every quote offset) is shared.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

LIST_COLUMNS = ("actor_ids", "counterpart_ids")
ACTOR_COLUMNS = ("claimant_id", "parent_id")


def _number(value: str, prefix: str, copy: int) -> str:
    return f"{prefix}{copy:03d}{value[len(prefix) :]}"


def _row(table: str, row: dict[str, Any], copy: int) -> dict[str, Any]:
    out = dict(row)
    for column in ("event_id", "claim_id", "restates"):
        if out.get(column):
            out[column] = _number(out[column], out[column][:3], copy)
    if table == "actors":
        out["actor_id"] = f"{out['actor_id']}-k{copy}"
    for column in ACTOR_COLUMNS:
        if out.get(column):
            out[column] = f"{out[column]}-k{copy}"
    for column in LIST_COLUMNS:
        if out.get(column):
            out[column] = ";".join(f"{a}-k{copy}" for a in out[column].split(";"))
    return out


class _NoAliases(yaml.SafeDumper):
    """Writes every repeated value out in full: curated data refuses YAML aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def write(curated: Path, target: Path, scale: int) -> Path:
    """Write the scaled dataset folder (once; reused when present) and return it."""
    if (target / "dataset.yaml").exists():
        return target
    partial = target.with_name(target.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    (partial / "curated").mkdir(parents=True)
    shutil.copy(curated / "dataset.yaml", partial / "dataset.yaml")
    shutil.copytree(curated / "sources", partial / "sources")
    for path in sorted((curated / "curated").glob("*.yaml")):
        rows = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.stem == "sources":
            scaled = rows
        else:
            scaled = [_row(path.stem, row, copy) for copy in range(scale) for row in rows]
        text = yaml.dump(scaled, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=100)
        (partial / "curated" / path.name).write_text(text, encoding="utf-8")
    partial.rename(target)
    return target
