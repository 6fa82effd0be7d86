"""Where releases live: bundled inside the package, and semantic version ordering."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from timeline.errors import ReleaseNotFoundError

VERSION_RE = re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$")


def bundled_root() -> Path:
    """The folder of releases shipped inside the installed package."""
    return Path(str(resources.files("timeline") / "data"))


def parse_version(text: str) -> tuple[int, int, int]:
    """'1.2.3' to (1, 2, 3); anything else is a clear error."""
    match = VERSION_RE.match(text)
    if not match:
        msg = f"invalid version {text!r}: expected MAJOR.MINOR.PATCH such as 1.0.0, or 'latest'"
        raise ReleaseNotFoundError(msg)
    major, minor, patch = (int(g) for g in match.groups())
    return major, minor, patch


def releases_in(root: Path) -> list[str]:
    """Versions with a manifest under ``root``, oldest first."""
    if not root.is_dir():
        return []
    found = [
        p.name
        for p in root.iterdir()
        if p.is_dir() and VERSION_RE.match(p.name) and (p / "manifest.json").is_file()
    ]
    return sorted(found, key=parse_version)
