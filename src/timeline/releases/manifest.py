"""Release manifests: what a release holds and the SHA-256 of every file.

Kept free of pandas/pyarrow so the CLI's ``versions`` and ``info`` stay fast.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.errors import InputError, IntegrityError
from timeline.releases.messages import shown

MANIFEST_NAME = "manifest.json"
MANIFEST_FORMAT = 1


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_shape(data: dict[str, Any], path: Path) -> None:
    """'version' is a string and 'files' maps names to a hex SHA-256 and a byte count."""
    if not isinstance(data["version"], str) or not isinstance(data["files"], dict):
        msg = f"{path}: manifest 'version' must be a string and 'files' a mapping"
        raise InputError(msg)
    for name, info in data["files"].items():
        sha = info.get("sha256") if isinstance(info, dict) else None
        size = info.get("bytes") if isinstance(info, dict) else None
        if (
            not isinstance(sha, str)
            or len(sha) != 64
            or any(c not in "0123456789abcdef" for c in sha)
            or not isinstance(size, int)
            or isinstance(size, bool)
            or size < 0
        ):
            msg = f"{path}: manifest entry {shown(name)} needs a hex 'sha256' and a 'bytes' count"
            raise InputError(msg)


@dataclass(frozen=True)
class Manifest:
    """A release's manifest as stored in ``manifest.json``."""

    data: dict[str, Any]

    @property
    def version(self) -> str:
        return str(self.data["version"])

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        files: dict[str, dict[str, Any]] = self.data["files"]
        return files

    @property
    def schema_fingerprint(self) -> str:
        return str(self.data["schema_fingerprint"])

    def table_file(self, table: str) -> str:
        return f"{table}.parquet"

    def to_bytes(self) -> bytes:
        return (json.dumps(self.data, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    @classmethod
    def read(cls, path: Path) -> Manifest:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            msg = f"{path}: no manifest; not a timeline release directory"
            raise InputError(msg) from None
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            msg = f"{path}: manifest is not valid JSON ({exc})"
            raise InputError(msg) from None
        except RecursionError:
            msg = f"{path}: manifest is not a timeline manifest (JSON nested too deeply)"
            raise InputError(msg) from None
        except (OSError, ValueError) as exc:
            msg = f"{path}: cannot read the manifest ({getattr(exc, 'strerror', None) or exc})"
            raise InputError(msg) from None
        if not isinstance(data, dict) or "files" not in data or "version" not in data:
            msg = f"{path}: manifest lacks 'version' or 'files'"
            raise InputError(msg)
        fmt = data.get("manifest_format", MANIFEST_FORMAT)
        if not isinstance(fmt, int) or fmt > MANIFEST_FORMAT:
            msg = f"{path}: manifest format {fmt!r} is newer than this package "
            msg += "reads; upgrade timeline"
            raise InputError(msg)
        _check_shape(data, path)
        return cls(data)

    def verify_bytes(self, name: str, data: bytes, where: Path | str) -> None:
        """Raise IntegrityError unless ``data`` is exactly the file the manifest records."""
        entry = self.files.get(name)
        if entry is None:
            msg = f"{where}: {name} is not listed in the release manifest"
            raise IntegrityError(msg)
        actual = sha256_bytes(data)
        if actual != entry["sha256"] or len(data) != entry["bytes"]:
            msg = (
                f"{where}: SHA-256 mismatch for {name}: manifest says {entry['sha256']} "
                f"({entry['bytes']} bytes), file has {actual} ({len(data)} bytes); the file is "
                "corrupt or was modified: delete it and download or rebuild the release"
            )
            raise IntegrityError(msg)
