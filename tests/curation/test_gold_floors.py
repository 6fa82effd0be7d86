"""The quality gate: every gold section keeps its recorded floor, and every flag raised on the
gold set is in the flags catalogue.

Floors live in ``tests/fixtures/curation/floors.json``, one per section (the fixture name's
prefix). A change to the engine that drops a section's fully-right or precision rate below its
floor, or that invents a number or puts a quote off its offsets anywhere, fails here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from functools import cache
from typing import Any

import pytest

from timeline.curation import propose
from timeline.curation.flags import CATALOGUE, is_catalogued

from conftest import REPO

FIXTURES = REPO / "tests" / "fixtures" / "curation"
FLOORS: dict[str, dict[str, float]] = {
    name: floor
    for name, floor in json.loads((FIXTURES / "floors.json").read_text(encoding="utf-8")).items()
    if not name.startswith("_")
}


@cache
def _bench() -> Any:
    spec = importlib.util.spec_from_file_location(
        "curation_benchmark_floors", REPO / "benchmarks" / "curation.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@cache
def _reports() -> dict[str, list[Any]]:
    """The gold reports by section."""
    bench = _bench()
    groups: dict[str, list[Any]] = {}
    for report in bench.load_fixtures(FIXTURES):
        groups.setdefault(bench.section_of(report.name), []).append(report)
    return groups


@cache
def _section(name: str) -> dict[str, Any]:
    """One section's figures, with the lines naming any invented number or quote off, and
    the flags ``propose`` raised on it (each section is one test, so the two workers share
    the engine's runs over the gold set)."""
    bench = _bench()
    results: list[dict[str, Any]] = []

    def recording_propose(*args: Any, **kwargs: Any) -> dict[str, Any]:
        result = propose(*args, **kwargs)
        results.append(result)
        return result

    total, scores = bench.score_set(_reports()[name], recording_propose)
    problems = [
        f"{score.name}: {detail}"
        for score in scores
        for detail in score.details
        if detail.startswith(("invented", "quote off"))
    ]
    raised = {flag for result in results for c in result["candidates"] for flag in c["flags"]}
    return {**bench.figures(total), "problems": problems, "flags": raised}


def test_every_section_has_a_floor() -> None:
    assert set(_reports()) == set(FLOORS), "give every gold section a floor in floors.json"


@pytest.mark.parametrize("section", sorted(FLOORS))
def test_section_keeps_its_floor_and_raises_only_catalogued_flags(section: str) -> None:
    figures = _section(section)
    floor = FLOORS[section]
    assert figures["invented"] == 0, figures["problems"]
    assert figures["quotes_off"] == 0, figures["problems"]
    assert figures["fully_right"] >= floor["fully_right"], figures["counts"]
    assert figures["precision"] >= floor["precision"], figures["counts"]
    unknown = sorted(flag for flag in figures["flags"] if not is_catalogued(flag))
    assert not unknown, f"flags missing from timeline.curation.flags: {unknown}"


def test_the_gold_set_raises_the_everyday_flags() -> None:
    raised = set().union(*(_section(name)["flags"] for name in ("real", "realc")))
    assert {"vague_quantity", "new_actor", "continues_claimant"} <= raised


def test_catalogue_entries_say_what_to_decide() -> None:
    for flag, info in CATALOGUE.items():
        assert info.meaning.endswith(".") and info.decide.endswith("."), flag
    assert is_catalogued("suggested_event:ev0001")
    assert not is_catalogued("suggested_event:") and not is_catalogued("made_up")


def test_the_engine_page_lists_every_flag() -> None:
    page = (REPO / "docs" / "curation-engine.md").read_text(encoding="utf-8")
    missing = [flag.value for flag in CATALOGUE if f"| `{flag.value}` |" not in page]
    assert not missing, f"docs/curation-engine.md: add these flags to its table: {missing}"
