"""The curated, human-edited form of the dataset under ``datasets/``, read for validation.

Where each file lives is :mod:`timeline.io.layout`'s; how YAML is read,
:mod:`timeline.io.curated_yaml`'s.  This module turns them into raw tables (pandas).
"""

from __future__ import annotations

import datetime as dt
import errno
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.errors import InputError
from timeline.io import layout
from timeline.io.curated_yaml import load_document
from timeline.io.readers import RawTable, read_yaml
from timeline.model.vocab import TABLES


@dataclass(frozen=True)
class DatasetMeta:
    """Release metadata from ``dataset.yaml``."""

    name: str
    version: str
    released: str
    title: str
    description: str
    license: str

    def as_dict(self) -> dict[str, str]:
        return {
            "dataset": self.name,
            "version": self.version,
            "released": self.released,
            "title": self.title,
            "description": self.description,
            "license": self.license,
        }


def read_meta(root: Path) -> DatasetMeta:
    path = layout.meta_path(root)
    if not path.is_file():
        msg = f"{path}: not found; expected a curated dataset folder with dataset.yaml"
        raise InputError(msg)
    data: Any = load_document(path)
    required = ("name", "version", "released", "title", "description", "license")
    if not isinstance(data, dict) or any(k not in data for k in required):
        msg = f"{path}: needs the keys {', '.join(required)}"
        raise InputError(msg)
    released = data["released"]
    if not isinstance(released, dt.date):
        msg = f"{path}: 'released' must be a date YYYY-MM-DD, got {released!r}"
        raise InputError(msg)
    return DatasetMeta(
        name=str(data["name"]),
        version=str(data["version"]),
        released=released.isoformat(),
        title=str(data["title"]),
        description=str(data["description"]),
        license=str(data["license"]),
    )


def read_tables(root: Path) -> dict[str, RawTable]:
    """Every table's YAML file, raw; a missing file is an input error."""
    out = {}
    for table in TABLES:
        raw = read_yaml(layout.table_path(root, table))
        raw.table = table
        out[table] = raw
    return out


class TextFolder:
    """Looks up archived texts as ``<folder>/<source_id>.txt``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def __call__(self, source_id: str) -> bytes | None:
        if "/" in source_id or "\x00" in source_id or source_id.startswith("."):
            return None
        path = self.folder / f"{source_id}.txt"
        try:
            return path.read_bytes() if path.is_file() else None
        except OSError as exc:
            if exc.errno == errno.ENAMETOOLONG:  # no such text: an id no file can be named
                return None
            msg = f"{path}: cannot read: {exc.strerror}"
            raise InputError(msg) from None
