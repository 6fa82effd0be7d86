"""The release index: every published version, its date and its manifest's SHA-256.

One small JSON file, ``index.json``, sits beside the release folders.  The
package ships one (``timeline/data/index.json``, updated by every build)
and a mirror serves the same file at ``<base_url>/index.json``.  The manifest
hash it records is the trust anchor of a download: the manifest is checked
against it, then every file against the manifest.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.errors import InputError, ReleaseExistsError
from timeline.io.atomic import write_bytes
from timeline.releases.manifest import MANIFEST_NAME, Manifest, sha256_file
from timeline.releases.messages import shown
from timeline.releases.paths import VERSION_RE, bundled_root, parse_version

INDEX_NAME = "index.json"
INDEX_FORMAT = 1


@dataclass(frozen=True)
class IndexEntry:
    """One release as the index records it."""

    version: str
    released: str
    manifest_sha256: str
    schema_fingerprint: str

    def to_dict(self) -> dict[str, str]:
        return {
            "version": self.version,
            "released": self.released,
            "manifest_sha256": self.manifest_sha256,
            "schema_fingerprint": self.schema_fingerprint,
        }


@dataclass(frozen=True)
class ReleaseIndex:
    """All entries, oldest version first."""

    dataset: str
    entries: tuple[IndexEntry, ...]

    def versions(self) -> list[str]:
        return [e.version for e in self.entries]

    def latest(self) -> str | None:
        return self.entries[-1].version if self.entries else None

    def get(self, version: str) -> IndexEntry | None:
        return next((e for e in self.entries if e.version == version), None)

    def with_entry(self, entry: IndexEntry) -> ReleaseIndex:
        others = [e for e in self.entries if e.version != entry.version]
        ordered = sorted([*others, entry], key=lambda e: parse_version(e.version))
        return ReleaseIndex(self.dataset, tuple(ordered))

    def to_bytes(self) -> bytes:
        data = {
            "index_format": INDEX_FORMAT,
            "dataset": self.dataset,
            "latest": self.latest(),
            "releases": [e.to_dict() for e in self.entries],
        }
        return (json.dumps(data, indent=2, sort_keys=True) + "\n").encode()

    @classmethod
    def from_bytes(cls, data: bytes, where: str) -> ReleaseIndex:
        """Parse an index; ``where`` (a path or URL) names it in error messages."""
        try:
            raw: Any = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:  # ValueError: a 5,000-digit number too
            reason = shown(str(exc), 120)
            msg = f"{where}: release index is not valid JSON ({reason}); is this a timeline mirror?"
            raise InputError(msg) from None
        except RecursionError:
            msg = f"{where}: release index is JSON nested too deeply; is this a timeline mirror?"
            raise InputError(msg) from None
        if not isinstance(raw, dict) or not isinstance(raw.get("releases"), list):
            msg = f"{where}: release index lacks a 'releases' list; is this a timeline mirror?"
            raise InputError(msg)
        if not isinstance(raw.get("index_format"), int) or raw["index_format"] > INDEX_FORMAT:
            msg = (
                f"{where}: release index format {shown(raw.get('index_format'))} is not one this "
                f"package reads (<= {INDEX_FORMAT}); upgrade timeline"
            )
            raise InputError(msg)
        entries = [_entry(item, where) for item in raw["releases"]]
        entries.sort(key=lambda e: parse_version(e.version))
        return cls(str(raw.get("dataset", "timeline")), tuple(entries))

    @classmethod
    def read(cls, path: Path) -> ReleaseIndex | None:
        """The index stored at ``path``, or None when there is none."""
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        return cls.from_bytes(data, str(path))


def _entry(item: Any, where: str) -> IndexEntry:
    """One entry of an index, every field a string, the version a whole-string match."""
    fields = ("version", "released", "manifest_sha256")
    if not isinstance(item, dict) or any(not isinstance(item.get(f), str) for f in fields):
        msg = (
            f"{where}: malformed release entry {shown(item)}: expected an object with string "
            "'version', 'released' and 'manifest_sha256'"
        )
        if isinstance(item, dict) and "version" in item and not isinstance(item["version"], str):
            msg = f"{where}: entry has an invalid version {shown(item['version'])}"
        raise InputError(msg)
    if not VERSION_RE.fullmatch(item["version"]):
        msg = f"{where}: entry has an invalid version {shown(item['version'])}"
        raise InputError(msg)
    fingerprint = item.get("schema_fingerprint", "")
    return IndexEntry(
        version=item["version"],
        released=item["released"],
        manifest_sha256=item["manifest_sha256"],
        schema_fingerprint=fingerprint if isinstance(fingerprint, str) else "",
    )


def bundled_index() -> ReleaseIndex:
    """The index shipped inside the package (empty if it is missing)."""
    return ReleaseIndex.read(bundled_root() / INDEX_NAME) or ReleaseIndex("timeline", ())


def entry_for(folder: Path) -> IndexEntry:
    """The index entry describing the release in ``folder``."""
    manifest = Manifest.read(folder / MANIFEST_NAME)
    return IndexEntry(
        version=manifest.version,
        released=str(manifest.data.get("released", "")),
        manifest_sha256=sha256_file(folder / MANIFEST_NAME),
        schema_fingerprint=manifest.schema_fingerprint,
    )


def check_entry(releases_dir: Path, entry: IndexEntry) -> None:
    """Refuse a release whose manifest differs from the one the index already records."""
    index = ReleaseIndex.read(releases_dir / INDEX_NAME)
    known = index.get(entry.version) if index else None
    if known is not None and known.manifest_sha256 != entry.manifest_sha256:
        msg = (
            f"{releases_dir / INDEX_NAME} already records release {entry.version} with manifest "
            f"SHA-256 {known.manifest_sha256}, but this build's is {entry.manifest_sha256}; "
            "published releases are immutable: bump the version in dataset.yaml (only if "
            f"{entry.version} was never published, delete its entry from the index)"
        )
        raise ReleaseExistsError(msg)


def record(releases_dir: Path, entry: IndexEntry, dataset: str) -> ReleaseIndex:
    """Add or confirm ``entry`` in ``releases_dir/index.json`` (written atomically)."""
    check_entry(releases_dir, entry)
    path = releases_dir / INDEX_NAME
    index = ReleaseIndex.read(path) or ReleaseIndex(dataset, ())
    updated = index.with_entry(entry)
    write_bytes(path, updated.to_bytes())
    return updated
