"""``docs/threat-model.md`` names the test behind each promise: every name must exist.

A renamed or deleted test would otherwise leave the page promising something no test
shows any more.
"""

from __future__ import annotations

import re

from conftest import REPO

PAGE = REPO / "docs" / "threat-model.md"


def test_every_test_the_threat_model_names_exists() -> None:
    named = set(re.findall(r"`(test_[a-z0-9_]+)`", PAGE.read_text(encoding="utf-8")))
    defined = {
        match
        for path in (REPO / "tests").glob("test_*.py")
        for match in re.findall(r"^def (test_[a-z0-9_]+)\(", path.read_text(encoding="utf-8"), re.M)
    }
    assert len(named) >= 30  # the page names its tests; a rewrite that drops them fails here
    assert sorted(named - defined) == []
