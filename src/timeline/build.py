"""Build a release: validate the curated rows, write Parquet, manifest and texts.

The build is the only writer of releases.  It writes into a temporary folder
beside the target and renames it into place, so a failed build leaves nothing
behind; an existing release is never overwritten with different content.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import curated, parquet_io, schema
from .errors import ReleaseExistsError, ValidationError
from .manifest import MANIFEST_FORMAT, MANIFEST_NAME, Manifest, sha256_bytes
from .paths import parse_version
from .report import summarize
from .validate import check_dataset, locate
from .vocab import PRIMARY_KEYS, TABLES


@dataclass(frozen=True)
class BuildResult:
    """What a build did: ``status`` is 'created' or 'unchanged'."""

    version: str
    path: Path
    status: str
    manifest: Manifest


def _sorted(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(PRIMARY_KEYS[table], kind="stable").reset_index(drop=True)


def write_release(
    folder: Path, frames: dict[str, pd.DataFrame], texts: dict[str, bytes], meta: dict[str, str]
) -> Manifest:
    """Write tables, texts and manifest into ``folder`` (which must exist and be empty)."""
    contract = schema.contract()
    fingerprint = schema.fingerprint()
    file_meta = {
        "dataset": meta["dataset"],
        "version": meta["version"],
        "schema_fingerprint": fingerprint,
        "license": meta["license"],
    }
    files: dict[str, dict[str, object]] = {}
    tables: dict[str, dict[str, object]] = {}
    for table in TABLES:
        frame = _sorted(table, frames[table])
        arrow = parquet_io.frame_to_arrow(
            frame, parquet_io.arrow_schema(table, contract, file_meta)
        )
        name = f"{table}.parquet"
        path = folder / name
        parquet_io.write_table(path, arrow)
        data = path.read_bytes()
        files[name] = {"sha256": sha256_bytes(data), "bytes": len(data), "rows": arrow.num_rows}
        tables[table] = {"file": name, "rows": arrow.num_rows, "primary_key": PRIMARY_KEYS[table]}
    from .artifacts import datapackage

    (folder / "texts").mkdir()
    for source_id, data in sorted(texts.items()):
        name = f"texts/{source_id}.txt"
        (folder / name).write_bytes(data)
        files[name] = {"sha256": sha256_bytes(data), "bytes": len(data)}
    package = datapackage(meta, files, contract)
    package_bytes = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode()
    (folder / "datapackage.json").write_bytes(package_bytes)
    files["datapackage.json"] = {"sha256": sha256_bytes(package_bytes), "bytes": len(package_bytes)}
    manifest = Manifest(
        {
            "manifest_format": MANIFEST_FORMAT,
            **meta,
            "schema_fingerprint": fingerprint,
            "tables": tables,
            "files": files,
        }
    )
    (folder / MANIFEST_NAME).write_bytes(manifest.to_bytes())
    return manifest


def _differences(new: Path, old: Path) -> list[str]:
    new_files = {p.relative_to(new).as_posix() for p in new.rglob("*") if p.is_file()}
    old_files = {p.relative_to(old).as_posix() for p in old.rglob("*") if p.is_file()}
    changed = sorted(new_files ^ old_files)
    changed += sorted(
        name
        for name in new_files & old_files
        if not filecmp.cmp(new / name, old / name, shallow=False)
    )
    return changed


def build(datasets_dir: Path, releases_dir: Path) -> BuildResult:
    """Validate ``datasets_dir`` and write release ``<version>`` under ``releases_dir``."""
    meta = curated.read_meta(datasets_dir)
    parse_version(meta.version)
    raws = curated.read_tables(datasets_dir)
    text_lookup = curated.TextFolder(datasets_dir / "sources")
    typed, failures = check_dataset({t: r.frame for t, r in raws.items()}, text_lookup)
    if failures:
        failures = locate(failures, raws)
        msg = f"{datasets_dir}: the curated rows are invalid ({summarize(failures)})"
        raise ValidationError(msg, failures)
    texts = {}
    for source_id in typed["sources"]["source_id"]:
        data = text_lookup(str(source_id))
        assert data is not None  # checked by validation
        texts[str(source_id)] = data

    releases_dir.mkdir(parents=True, exist_ok=True)
    target = releases_dir / meta.version
    staging = Path(tempfile.mkdtemp(prefix=f".{meta.version}.", suffix=".tmp", dir=releases_dir))
    staging.chmod(0o755)
    try:
        manifest = write_release(staging, typed, texts, meta.as_dict())
        if target.exists():
            changed = _differences(staging, target)
            if changed:
                msg = (
                    f"release {meta.version} already exists at {target} with different content "
                    f"({', '.join(changed)}); releases are immutable: bump the version in "
                    f"{datasets_dir / 'dataset.yaml'} to publish a new one"
                )
                raise ReleaseExistsError(msg)
            return BuildResult(meta.version, target, "unchanged", manifest)
        os.rename(staging, target)
        return BuildResult(meta.version, target, "created", manifest)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
