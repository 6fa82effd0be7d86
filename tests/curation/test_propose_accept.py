"""Propose and accept agree: every candidate ``propose`` writes for a gold report passes
``accept --all`` unedited, or carries a flag that names what the curator must decide.

Each gold report is archived into a fresh fixture dataset (with the gold's actors added to the
curated actors), proposed with ``--write``, then accepted with ``--all`` through the CLI.
The quick run takes the first wire and the first real-style report; ``-m slow`` the first
report of eight sections spread evenly over the names, and a soak run (``TIMELINE_SOAK=1``)
every report (over a minute on two cores).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from fixture_dataset import write_dataset
from timeline.curation.archive import add_source
from timeline.curation.flags import CATALOGUE, Flag
from timeline.curation.review import read_review, review_path

from conftest import REPO, SOAK, run_cli

FIXTURES = REPO / "tests" / "fixtures" / "curation"
REPORTS = sorted(p.stem for p in FIXTURES.glob("*.txt"))
#: Flags that tell the curator a refused candidate needs a decision before it can pass.
DECISIONS = {flag.value for flag in CATALOGUE}


def _section(name: str) -> str:
    head = name.split("-", 1)[0]
    return "wire" if head.isdigit() else head


#: The quick run: the first report of the clean wire section and of the real-style section.
FIRST_OF_SECTION = sorted(
    n
    for n in {_section(n): n for n in reversed(REPORTS)}.values()
    if _section(n) in {"wire", "real"}
)


def _prepare(tmp_path: Path, name: str) -> tuple[Path, str]:
    gold = json.loads((FIXTURES / f"{name}.gold.json").read_text(encoding="utf-8"))
    datasets = write_dataset(tmp_path / "datasets")
    actors_path = datasets / "curated" / "actors.yaml"
    actors = yaml.safe_load(actors_path.read_text(encoding="utf-8"))
    known = {a["actor_id"] for a in actors}
    for actor in gold.get("actors", []):
        if actor["actor_id"] not in known:
            actors.append(
                {k: actor.get(k) for k in ("actor_id", "name", "kind", "country", "description")}
            )
    actors_path.write_text(
        yaml.safe_dump(actors, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
    source = add_source(
        datasets, FIXTURES / f"{name}.txt", publisher="Fixture Wire",
        published_on=gold["published_on"], title=name,
    ).source_id  # fmt: skip
    return datasets, source


def _check(tmp_path: Path, name: str) -> None:
    datasets, source = _prepare(tmp_path, name)
    proposed = run_cli("propose", source, "--write", "--datasets", str(datasets))
    assert proposed.returncode == 0, proposed.stderr
    candidates = {str(c["candidate_id"]): c for c in read_review(review_path(datasets, source))}
    releases = tmp_path / "releases"
    releases.mkdir()
    accepted = run_cli(
        "accept", source, "--all", "--datasets", str(datasets), "--releases", str(releases)
    )
    if accepted.returncode == 0:
        return
    refused = set(re.findall(r"^refused (c\d+):", accepted.stderr, re.MULTILINE))
    assert refused, accepted.stderr
    for cid in refused:
        flags = set(candidates[cid].get("flags") or [])
        assert flags & DECISIONS, (
            f"{name} {cid} refused without a flag naming a decision: {accepted.stderr}"
        )


@pytest.mark.parametrize("name", FIRST_OF_SECTION)
def test_unedited_review_file_is_accepted_or_flagged(tmp_path: Path, name: str) -> None:
    _check(tmp_path, name)


#: How many sections the slow run samples: a fixed number, so the suite's time does not grow
#: with every gold section added (each check archives, proposes and accepts one report).
SLOW_SAMPLE = 8


def _evenly(items: list[str], count: int) -> list[str]:
    """``count`` items spread evenly over ``items`` in order (all of them when fewer)."""
    if len(items) <= count:
        return items
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


#: The slow run: every report in a soak run, else the first report of eight sections spread
#: evenly in name order, but for those the quick test already checks (the same check on the
#: same report).
SLOW_REPORTS = (
    REPORTS
    if SOAK
    else sorted(
        set(_evenly(sorted({_section(n): n for n in reversed(REPORTS)}.values()), SLOW_SAMPLE))
        - set(FIRST_OF_SECTION)
    )
)


@pytest.mark.slow
@pytest.mark.parametrize("name", SLOW_REPORTS)
def test_every_gold_report_is_accepted_or_flagged(tmp_path: Path, name: str) -> None:
    _check(tmp_path, name)


def test_a_vague_quantity_is_proposed_without_a_unit() -> None:
    from datetime import date

    from timeline.curation import propose

    result = propose("The ministry said dozens of soldiers had been moved.", date(2024, 11, 8))
    vague = [c for c in result["candidates"] if Flag.VAGUE_QUANTITY in c["flags"]]
    assert vague and all(c["unit"] is None and c["value"] is None for c in vague)
