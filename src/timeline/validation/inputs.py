"""Turn the paths given to ``timeline validate`` into tables to check together.

A path may be a curated dataset folder (``dataset.yaml`` + ``curated/``), a release
folder (``manifest.json`` + Parquet files), any folder of table files named after
their tables, or single CSV / Parquet / YAML files.  Tables that are not given
are taken from the newest bundled release, so a contributor's lone claims file is
still checked for dangling ids and misquotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from timeline.errors import InputError, TimelineError, UnknownTableError
from timeline.io import curated, layout
from timeline.io.readers import FORMATS, RawTable, read_parquet, read_table_file
from timeline.model.catalogue import Code
from timeline.model.vocab import TABLES
from timeline.releases.manifest import MANIFEST_NAME, Manifest
from timeline.releases.verify import refuse_symlinks
from timeline.validation.failures import Failure


@dataclass
class Inputs:
    """What to validate: raw tables by name, where texts come from, and notes to show."""

    tables: dict[str, RawTable] = field(default_factory=dict)
    text_folders: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    def add(self, raw: RawTable) -> None:
        assert raw.table is not None
        if raw.table in self.tables:
            first = self.tables[raw.table].path
            msg = (
                f"{raw.path}: a second {raw.table} table (the first is {first}); give one per table"
            )
            raise InputError(msg)
        self.tables[raw.table] = raw


class ChainedTexts:
    """Archived texts from the given folders first, then from the bundled release."""

    def __init__(self, folders: Sequence[Path]) -> None:
        self.lookups = [curated.TextFolder(f) for f in folders]

    def __call__(self, source_id: str) -> bytes | None:
        for lookup in self.lookups:
            data = lookup(source_id)
            if data is not None:
                return data
        return _bundled_text(source_id)


def _bundled_text(source_id: str) -> bytes | None:
    try:
        from timeline.releases.resolve import open_release

        release = open_release()
    except TimelineError:
        return None
    return curated.TextFolder(release.path / "texts")(source_id)


def _add_release_folder(inputs: Inputs, folder: Path) -> None:
    refuse_symlinks(folder)  # a link in a release could point anywhere on this machine
    manifest = Manifest.read(folder / MANIFEST_NAME)
    for table in TABLES:
        name = f"{table}.parquet"
        path = folder / name
        if not path.is_file():
            msg = f"{path}: missing from the release folder"
            raise InputError(msg)
        try:
            manifest.verify_bytes(name, path.read_bytes(), path)
            intact = True
        except TimelineError as exc:
            intact = False
            inputs.failures.append(
                Failure(
                    table,
                    Code.MANIFEST_SHA256,
                    str(exc),
                    file=str(path),
                    expected="the SHA-256 and size recorded in manifest.json",
                )
            )
        try:
            raw = read_parquet(path)
        except InputError:
            if intact:
                raise
            continue  # corrupt: the checksum failure above says so; nothing more to check

        raw.table = table
        inputs.add(raw)
    inputs.text_folders.append(folder / "texts")


def _add_folder(inputs: Inputs, folder: Path, table: str | None) -> None:
    if layout.is_curated_dir(folder):
        for raw in curated.read_tables(folder).values():
            inputs.add(raw)
        inputs.text_folders.append(layout.sources_dir(folder))
        return
    if (folder / MANIFEST_NAME).is_file():
        _add_release_folder(inputs, folder)
        return
    found = [p for p in sorted(folder.iterdir()) if p.is_file() and p.suffix.lower() in FORMATS]
    if not found:
        msg = (
            f"{folder}: no table files here (expected a curated dataset with dataset.yaml, a "
            f"release with manifest.json, or files such as claims.csv)"
        )
        raise InputError(msg)
    for path in found:
        raw = read_table_file(path, table)
        inputs.notes.extend(raw.notes)
        inputs.add(raw)
    for name in ("texts", layout.SOURCES_DIR):
        if (folder / name).is_dir():
            inputs.text_folders.append(folder / name)


def collect(paths: Sequence[Path], table: str | None = None) -> Inputs:
    """Read every path into an :class:`Inputs`; unreadable input raises InputError."""
    if table is not None and table not in TABLES:
        msg = f"unknown table {table!r}; expected one of {', '.join(TABLES)}"
        raise UnknownTableError(msg)
    inputs = Inputs()
    for path in paths:
        if path.is_dir():
            _add_folder(inputs, path, table)
        elif path.exists():
            raw = read_table_file(path, table)
            inputs.notes.extend(raw.notes)
            inputs.add(raw)
            for name in ("texts", layout.SOURCES_DIR):
                if (path.parent / name).is_dir():
                    inputs.text_folders.append(path.parent / name)
        else:
            msg = f"{path}: no such file or directory"
            raise InputError(msg)
    return inputs


def reference_tables(missing: Sequence[str]) -> tuple[dict[str, pd.DataFrame], str | None]:
    """The newest local release's tables named in ``missing`` (and its version)."""
    if not missing:
        return {}, None
    from timeline.loader import load
    from timeline.releases.resolve import open_release

    try:
        version = open_release().version
    except TimelineError:
        return {}, None
    return {t: load(t, version=version) for t in missing}, version
