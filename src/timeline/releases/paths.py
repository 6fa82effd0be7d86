"""Where releases live: bundled inside the package, and semantic version ordering."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

from timeline.errors import ReleaseNotFoundError
from timeline.releases.messages import shown

#: MAJOR.MINOR.PATCH, each part at most 9 digits; matched against the whole string only
#: (``fullmatch`` and ``\\Z``: ``"2.0.0\\n"`` is not a version, though ``$`` would accept it).
_PART = r"(0|[1-9][0-9]{0,8})"
VERSION_RE = re.compile(rf"{_PART}\.{_PART}\.{_PART}\Z")


def bundled_root() -> Path:
    """The folder of releases shipped inside the installed package."""
    return Path(str(resources.files("timeline") / "data"))


def parse_version(text: str) -> tuple[int, int, int]:
    """'1.2.3' to (1, 2, 3); anything else is a clear error."""
    match = VERSION_RE.fullmatch(text) if isinstance(text, str) else None
    if not match:
        msg = f"invalid version {shown(text)}: expected MAJOR.MINOR.PATCH such as 1.0.0"
        msg += ", or 'latest'"
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
        if p.is_dir() and VERSION_RE.fullmatch(p.name) and (p / "manifest.json").is_file()
    ]
    return sorted(found, key=parse_version)
