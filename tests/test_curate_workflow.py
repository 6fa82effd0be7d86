"""The whole curator path on a copy of the fixture dataset: a report to a second release.

write_dataset → build 0.1.0 → add-source → propose --write → review → accept --all → bump the
version → build 0.2.0 → diff lists the added rows → validate passes.  Also: `propose` on bad
input, its JSON, that it imports neither pandas nor pandera, that review files are never
validated or built, and that a release with a predecessor has the same bytes wherever built.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from fixture_dataset import write_dataset
from timeline.curation import propose
from timeline.curation.review import review_path, review_text

from conftest import run_cli

#: A second fictional report, written for this test in wire style.
REPORT = (
    "TEST FIXTURE – a fictional report written for the timeline test suite.\n\n"
    "NORTHBAY – Port officials said on Tuesday that more than 25 barges carrying containers had "
    "crossed the strait last week. The Coastal Guard of Westland said about 400 containers were "
    "unloaded at the eastern pier, and it added that the count was preliminary.\n"
)
PUBLISHED = "2024-11-14"


def snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def ok(*args: str) -> subprocess.CompletedProcess[str]:
    result = run_cli(*args)
    assert result.returncode == 0, f"timeline {' '.join(args)}\n{result.stdout}{result.stderr}"
    return result


def ok_env(env: dict[str, str | None], *args: str) -> subprocess.CompletedProcess[str]:
    result = run_cli(*args, env=env)
    assert result.returncode == 0, f"timeline {' '.join(args)}\n{result.stdout}{result.stderr}"
    return result


def bump(datasets: Path, version: str, released: str) -> None:
    path = datasets / "dataset.yaml"
    meta = yaml.safe_load(path.read_text(encoding="utf-8"))
    meta.update(version=version, released=dt.date.fromisoformat(released))
    path.write_text(yaml.safe_dump(meta, sort_keys=False), encoding="utf-8")


def review(datasets: Path, source_id: str) -> list[dict[str, Any]]:
    """The curator's review: reject candidates without an event type; keep the others."""
    path = review_path(datasets, source_id)
    rows: list[dict[str, Any]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    kept = [r for r in rows if r["event_type"] is not None and r["claimant"]]
    proposal = {"source": {"source_id": source_id, "published_on": PUBLISHED}, "candidates": kept}
    path.write_text(review_text(proposal), encoding="utf-8")
    return kept


@pytest.fixture(scope="module")
def grown(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Run the whole path once; the tests below check its results."""
    root = tmp_path_factory.mktemp("grown")
    datasets = write_dataset(root / "datasets")
    releases = root / "releases"
    ok("build", "--datasets", str(datasets), "--releases", str(releases))
    report = root / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    source_id = ok(
        "add-source", str(report), "--publisher", "Fixture Wire", "--published-on", PUBLISHED,
        "--title", "Barges cross the strait", "--datasets", str(datasets),
    ).stdout.strip()  # fmt: skip
    written = ok("propose", source_id, "--write", "--datasets", str(datasets))
    kept = review(datasets, source_id)
    accepted = ok("accept", source_id, "--all", "--datasets", str(datasets),
                  "--releases", str(releases))  # fmt: skip
    validated = ok("validate", str(datasets))
    bump(datasets, "0.2.0", "2024-11-15")
    built = ok("build", "--datasets", str(datasets), "--releases", str(releases))
    diff = ok("diff", str(releases / "0.1.0"), str(releases / "0.2.0"))
    return {
        "root": root, "datasets": datasets, "releases": releases, "source_id": source_id,
        "written": written.stdout, "kept": kept, "accepted": accepted.stdout,
        "validated": validated.stdout, "built": built.stdout, "diff": diff.stdout,
    }  # fmt: skip


def test_a_report_becomes_a_second_release(grown: dict[str, Any]) -> None:
    source_id, kept = grown["source_id"], grown["kept"]
    assert source_id == "fixture-wire-2024-11-14-barges-cross-strait"
    assert f"candidates written to {grown['datasets']}/review/{source_id}.yaml" in grown["written"]
    assert kept, "the proposal had no candidate with an event type to accept"
    assert f"accepted {len(kept)} of {len(kept)} candidates" in grown["accepted"]
    assert "review file removed" in grown["accepted"]
    assert grown["validated"].startswith("valid: sources 2,")
    assert "release 0.2.0 created" in grown["built"]
    diff = grown["diff"]
    assert diff.startswith("diff 0.1.0 -> 0.2.0 (change level: minor, rows added)")
    assert f"+ {source_id}" in diff
    new_claims = [f"cl-{n:04d}" for n in range(3, 3 + len(kept))]
    for claim_id in new_claims:
        assert f"+ {claim_id}" in diff
    assert f"claims: 2 -> {2 + len(kept)} rows: {len(kept)} added, 0 removed, 0 changed" in diff
    claims = yaml.safe_load((grown["datasets"] / "curated" / "claims.yaml").read_text())
    text = REPORT
    for claim in claims[2:]:
        assert text[claim["quote_start"] : claim["quote_end"]] == claim["quote"]


def test_the_new_release_is_seen_by_versions_load_and_show(grown: dict[str, Any]) -> None:
    import timeline

    releases, kept = grown["releases"], grown["kept"]
    env = {"TIMELINE_CACHE_DIR": str(releases), "TIMELINE_OFFLINE": "1"}
    listed = ok_env(env, "versions").stdout
    assert "0.2.0" in listed and "0.1.0" in listed
    claims = timeline.load("claims", version="0.2.0", cache_dir=releases)
    assert len(claims) == 2 + len(kept)
    assert claims.attrs["timeline"]["version"] == "0.2.0"
    shown = ok_env(env, "show", "--version", "0.2.0").stdout
    assert "Port officials" in shown or "Coastal Guard" in shown


def test_rebuilding_with_a_predecessor_gives_the_same_bytes_anywhere(
    grown: dict[str, Any], tmp_path: Path
) -> None:
    builds = []
    for name in ("one", "two"):
        where = tmp_path / name / "deep" / "folder"
        datasets = where / "datasets"
        shutil.copytree(grown["datasets"], datasets)
        bump(datasets, "0.1.0", "2024-11-09")
        # release 0.1.0 from the fixture's own rows, then 0.2.0 from the grown ones
        write_dataset(where / "first")
        ok("build", "--datasets", str(where / "first"), "--releases", str(where / "releases"))
        bump(datasets, "0.2.0", "2024-11-15")
        ok("build", "--datasets", str(datasets), "--releases", str(where / "releases"))
        builds.append(snapshot(where / "releases"))
    assert builds[0] == builds[1]
    assert builds[0] == snapshot(grown["releases"])
    assert "0.2.0/CHANGES.md" in builds[0] and "CHANGELOG.md" in builds[0]


def test_review_files_are_never_validated_or_built(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    (datasets / "review").mkdir()
    (datasets / "review" / "junk.yaml").write_text("- candidate_id: [unclosed\n")
    (datasets / "review" / "claims.yaml").write_text("- claim_id: not-an-id\n")
    ok("validate", str(datasets))
    built = ok("build", "--datasets", str(datasets), "--releases", str(tmp_path / "releases"))
    assert "release 0.1.0 created" in built.stdout
    assert not any("review" in name for name in snapshot(tmp_path / "releases"))


def test_propose_json_is_the_engine_object(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    result = ok("propose", str(report), "--published-on", PUBLISHED, "--format", "json",
                "--datasets", str(tmp_path / "none"))  # fmt: skip
    data = json.loads(result.stdout)
    assert data == propose(REPORT, dt.date(2024, 11, 14))
    assert set(data) == {"source", "candidates"}


def test_propose_yaml_matches_the_review_file(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    source_id = ok("add-source", str(report), "--publisher", "Fixture Wire", "--published-on",
                   PUBLISHED, "--title", "Barges", "--datasets", str(datasets)).stdout.strip()  # fmt: skip
    shown = ok("propose", source_id, "--datasets", str(datasets)).stdout
    # a FILE whose text is archived is the same source
    same = ok("propose", str(report), "--published-on", PUBLISHED, "--datasets", str(datasets))
    assert same.stdout == shown
    ok("propose", source_id, "--write", "--datasets", str(datasets))
    path = review_path(datasets, source_id)
    assert path.read_text(encoding="utf-8") == shown
    rows = yaml.safe_load(shown)
    assert rows and {"candidate_id", "claimant", "event_type", "flags", "confidence", "rule",
                     "coding_note", "quote", "quote_start", "date_start"} <= set(rows[0])  # fmt: skip
    before = snapshot(datasets)
    again = run_cli("propose", source_id, "--write", "--datasets", str(datasets))
    assert again.returncode == 2 and "already exists" in again.stderr
    assert snapshot(datasets) == before


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("missing file", "nowhere.txt: no such file"),
        ("not UTF-8", "not valid UTF-8"),
        ("empty", "file is empty"),
        ("bad date", "is not a date; expected YYYY-MM-DD"),
        ("no date", "--published-on DATE is required when REPORT is a file"),
        ("unknown source", "no-such-source: no such file, and no source no-such-source"),
        ("misspelt source", "; did you mean fixture-2024-11-08-eastharbor?"),
        ("write a file", "--write needs an archived source"),
        ("date disagrees", "disagrees with"),
    ],
)
def test_propose_bad_input_is_one_line_and_exit_2(tmp_path: Path, case: str, expected: str) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    args = [str(report), "--published-on", PUBLISHED]
    if case == "missing file":
        args[0] = str(tmp_path / "nowhere.txt")
    elif case == "not UTF-8":
        report.write_bytes(b"NORTHBAY \xff officials said 25 barges crossed.\n")
    elif case == "empty":
        report.write_bytes(b"\n\n")
    elif case == "bad date":
        args[2] = "14/11/2024"
    elif case == "no date":
        args = args[:1]
    elif case == "unknown source":
        args = ["no-such-source"]
    elif case == "misspelt source":
        args = ["fixture-2024-11-08-eastharbour"]
    elif case == "write a file":
        args.append("--write")
    elif case == "date disagrees":
        args = ["fixture-2024-11-08-eastharbor", "--published-on", PUBLISHED]
    before = snapshot(datasets)
    result = run_cli("propose", *args, "--format", "json", "--datasets", str(datasets))
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""
    assert snapshot(datasets) == before


def test_propose_imports_neither_pandas_nor_pandera(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    runner = (
        "import json, sys\n"
        "from timeline.cli import main\n"
        "try:\n"
        f"    main(['propose', {str(report)!r}, '--published-on', {PUBLISHED!r}, '--format',"
        f" 'json', '--datasets', {str(datasets)!r}])\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "heavy = sorted(m for m in ('pandas', 'pandera', 'pyarrow') if m in sys.modules)\n"
        "print(json.dumps({'code': code, 'heavy': heavy}), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", runner], capture_output=True, text=True, check=False, timeout=120
    )
    report_line = json.loads(result.stderr.strip().splitlines()[-1])
    assert report_line == {"code": 0, "heavy": []}, result.stderr
    assert json.loads(result.stdout)["candidates"]


def test_a_report_accepted_twice_is_refused_the_second_time(tmp_path: Path) -> None:
    """Proposing and accepting the same report again must not copy its claims: accept
    refuses each repeated claim, naming the claim it repeats, and writes nothing."""
    datasets = write_dataset(tmp_path / "datasets")
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    source_id = ok(
        "add-source", str(report), "--publisher", "Fixture Wire", "--published-on", PUBLISHED,
        "--title", "Barges cross the strait", "--datasets", str(datasets),
    ).stdout.strip()  # fmt: skip
    ok("propose", source_id, "--write", "--datasets", str(datasets))
    kept = review(datasets, source_id)
    ok("accept", source_id, "--all", "--datasets", str(datasets))
    before = snapshot(datasets / "curated")
    ok("propose", source_id, "--write", "--datasets", str(datasets))
    review(datasets, source_id)
    again = run_cli("accept", source_id, "--all", "--datasets", str(datasets))
    assert again.returncode == 1, again.stdout + again.stderr
    said = again.stdout + again.stderr
    assert said.count("repeats claim cl-") == len(kept), said
    assert snapshot(datasets / "curated") == before
    assert len(kept) >= 1


def test_propose_outside_a_dataset_says_that_nothing_is_matched(tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    alone = run_cli("propose", str(report), "--published-on", PUBLISHED, "--format", "json",
                    "--datasets", str(tmp_path / "nowhere"))  # fmt: skip
    assert alone.returncode == 0, alone.stderr
    assert alone.stderr.startswith(f"note: no curated dataset at {tmp_path / 'nowhere'}")
    assert json.loads(alone.stdout)["candidates"]
    datasets = write_dataset(tmp_path / "datasets")
    inside = run_cli("propose", str(report), "--published-on", PUBLISHED, "--format", "json",
                     "--datasets", str(datasets))  # fmt: skip
    assert inside.returncode == 0 and "note: no curated dataset" not in inside.stderr
