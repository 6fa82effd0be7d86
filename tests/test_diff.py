"""A second release built from edited rows: its diff, its CHANGES.md, the index and changelog."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from release_mirror import (
    NEW_ACTOR,
    NEW_NOTE,
    NEW_RELEASED,
    NEW_SUMMARY,
    NEW_VERSION,
    build_second_release,
    edit_for_second_release,
)
from timeline.errors import IdReuseError, InputError, ReleaseExistsError
from timeline.publish.build import build
from timeline.publish.changelog import CHANGELOG_NAME, NOTES_NAME
from timeline.releases.diff import ReleaseDiff, diff, show
from timeline.releases.manifest import sha256_file

from conftest import DATASETS, run_cli


@pytest.fixture(scope="module")
def second(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    return build_second_release(tmp_path_factory.mktemp("second"))


@pytest.fixture(scope="module")
def result(second: tuple[Path, dict[str, Any]]) -> ReleaseDiff:
    releases, _ = second
    return diff(releases / "1.0.0", releases / NEW_VERSION)


def test_diff_finds_every_row_added_removed_and_changed(
    second: tuple[Path, dict[str, Any]], result: ReleaseDiff
) -> None:
    _, record = second
    removed = record["removed_claim"]["claim_id"]
    tables = {t.table: t for t in result.tables}
    assert (result.old_version, result.new_version) == ("1.0.0", NEW_VERSION)
    assert tables["sources"].is_empty

    actors = tables["actors"]
    assert [r.key for r in actors.added] == ["nato"]
    assert actors.added[0].values == NEW_ACTOR
    assert (actors.removed, actors.changed, actors.rows_old, actors.rows_new) == ((), (), 18, 19)

    events = tables["events"]
    assert (events.added, events.removed) == ((), ())
    [change] = events.changed
    assert change.key == "ev-0002"
    assert [(f.column, f.old, f.new) for f in change.fields] == [
        ("summary", record["old_summary"], NEW_SUMMARY)
    ]

    claims = tables["claims"]
    assert [r.key for r in claims.removed] == [removed]
    assert claims.added == ()
    [change] = claims.changed
    assert change.key == "cl-0001"
    assert [(f.column, f.old, f.new) for f in change.fields] == [
        ("venue", record["old_venue"], "Telegram"),
        ("coding_note", record["old_note"], NEW_NOTE),
    ]
    assert all(t.columns == () for t in result.tables)
    assert not result.schema_changed
    assert result.files == ()
    assert result.level() == ("minor", "rows added")


def test_changes_md_lists_every_row(
    second: tuple[Path, dict[str, Any]], result: ReleaseDiff
) -> None:
    releases, record = second
    removed = record["removed_claim"]
    notes = (releases / NEW_VERSION / NOTES_NAME).read_text(encoding="utf-8")
    fingerprint = result.new_fingerprint[:12]
    expected = [
        f"## {NEW_VERSION} ({NEW_RELEASED})",
        "",
        f"Changes since 1.0.0; change level: minor (rows added). Schema unchanged "
        f"(fingerprint `{fingerprint}`).",
        "",
        "### actors: 18 → 19 rows (1 added, 0 removed, 0 changed)",
        "",
        '- Added `nato`: "NATO"',
        "",
        "### events: 23 → 23 rows (0 added, 0 removed, 1 changed)",
        "",
        f"- Changed `ev-0002`: `summary` {show(record['old_summary'])} → {show(NEW_SUMMARY)}",
        "",
        "### claims: 32 → 31 rows (0 added, 1 removed, 1 changed)",
        "",
        f"- Removed `{removed['claim_id']}`: {show(removed['quote'], 100)}",
        f'- Changed `cl-0001`: `venue` "Telegram channel" → "Telegram"; `coding_note` '
        f"{show(record['old_note'])} → {show(NEW_NOTE)}",
        "",
        "Unchanged tables: sources.",
    ]
    assert notes.splitlines() == expected


def test_notes_are_in_the_manifest_and_the_release_is_indexed(
    second: tuple[Path, dict[str, Any]],
) -> None:
    releases, _ = second
    folder = releases / NEW_VERSION
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["files"][NOTES_NAME]["sha256"] == sha256_file(folder / NOTES_NAME)
    index = json.loads((releases / "index.json").read_text())
    assert index["latest"] == NEW_VERSION
    assert [r["version"] for r in index["releases"]] == ["1.0.0", NEW_VERSION]
    assert index["releases"][1]["manifest_sha256"] == sha256_file(folder / "manifest.json")
    assert index["releases"][1]["released"] == NEW_RELEASED

    changelog = (releases / CHANGELOG_NAME).read_text(encoding="utf-8")
    newest = changelog.index(f"## {NEW_VERSION} ")
    oldest = changelog.index("## 1.0.0 ")
    assert newest < oldest
    assert (folder / NOTES_NAME).read_text(encoding="utf-8").strip() in changelog


def test_a_first_release_says_so(tmp_path: Path) -> None:
    result = build(DATASETS, tmp_path)
    notes = (result.path / NOTES_NAME).read_text(encoding="utf-8")
    assert notes.startswith("## 1.0.0 (")
    assert "First release: sources 1, actors 18, events 23, claims 32 rows." in notes


def test_index_refuses_a_different_rebuild_of_a_recorded_version(
    second: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """Deleting a published folder and rebuilding it differently is caught by index.json."""
    releases = tmp_path / "releases"
    shutil.copytree(second[0], releases)
    shutil.rmtree(releases / NEW_VERSION)
    datasets = tmp_path / "datasets"
    shutil.copytree(DATASETS, datasets)
    edit_for_second_release(datasets)
    events = datasets / "curated" / "events.yaml"
    events.write_text(events.read_text().replace(NEW_SUMMARY, "Another summary."))
    with pytest.raises(ReleaseExistsError, match=r"already records release 1\.1\.0"):
        build(datasets, releases)
    assert not (releases / NEW_VERSION).exists()
    assert [p.name for p in releases.iterdir() if p.name.startswith(".")] == []


def test_a_withdrawn_id_is_never_reused(
    second: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """1.1.0 withdrew a claim; a 1.2.0 that brings its id back is refused."""
    releases = tmp_path / "releases"
    shutil.copytree(second[0], releases)
    datasets = tmp_path / "datasets"
    shutil.copytree(DATASETS, datasets)
    meta = datasets / "dataset.yaml"
    meta.write_text(meta.read_text().replace("version: 1.0.0", "version: 1.2.0"))
    removed = second[1]["removed_claim"]["claim_id"]
    with pytest.raises(IdReuseError, match=rf"claims id\(s\) {removed} were withdrawn"):
        build(datasets, releases)
    assert sorted(p.name for p in releases.iterdir()) == sorted(p.name for p in second[0].iterdir())
    out = run_cli("build", "--datasets", str(datasets), "--releases", str(releases))
    assert out.returncode == 1
    assert "may not be reused" in out.stderr and "Traceback" not in out.stderr


def test_identical_releases_have_an_empty_diff() -> None:
    same = diff("1.0.0", "1.0.0")
    assert same.is_empty
    assert same.level() == ("none", "no changes")


def test_schema_changes_are_listed(second: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    """A release folder whose claims file lost a column and retyped another."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    old = second[0] / "1.0.0"
    new = tmp_path / "2.0.0"
    shutil.copytree(old, new)
    table = pq.read_table(new / "claims.parquet").drop_columns(["venue"])
    table = table.set_column(
        table.schema.get_field_index("value"), "value", table["value"].cast(pa.string())
    )
    pq.write_table(table, new / "claims.parquet")
    manifest = json.loads((new / "manifest.json").read_text())
    manifest["version"] = "2.0.0"
    manifest["schema_fingerprint"] = "f" * 64
    manifest["files"]["claims.parquet"]["sha256"] = sha256_file(new / "claims.parquet")
    manifest["files"]["claims.parquet"]["bytes"] = (new / "claims.parquet").stat().st_size
    [text_name] = [n for n in manifest["files"] if n.startswith("texts/")]
    (new / text_name).write_bytes((new / text_name).read_bytes() + b"\n")
    manifest["files"][text_name]["sha256"] = sha256_file(new / text_name)
    (new / "manifest.json").write_text(json.dumps(manifest))

    result = diff(old, new)
    claims = next(t for t in result.tables if t.table == "claims")
    assert [(c.column, c.kind) for c in claims.columns] == [
        ("venue", "removed"),
        ("value", "type changed"),
    ]
    assert claims.columns[1].old_type == "int64" and claims.columns[1].new_type == "string"
    assert result.schema_changed
    assert result.level() == ("major", "columns removed or retyped")
    text = result.to_text()
    assert "column removed: venue (was string)" in text
    old_fingerprint = json.loads((old / "manifest.json").read_text())["schema_fingerprint"]
    assert f"schema: fingerprint {old_fingerprint[:12]} -> ffffffffffff" in text
    assert result.files == ((text_name, "changed"),)
    assert f"file changed: {text_name}" in text


def test_cli_diff_text_and_json(second: tuple[Path, dict[str, Any]]) -> None:
    releases, record = second
    old, new = str(releases / "1.0.0"), str(releases / NEW_VERSION)
    text = run_cli("diff", old, new)
    assert text.returncode == 0, text.stderr
    assert "diff 1.0.0 -> 1.1.0 (change level: minor, rows added)" in text.stdout
    assert "  + nato" in text.stdout
    assert f"  - {record['removed_claim']['claim_id']}" in text.stdout
    assert '      venue: "Telegram channel" -> "Telegram"' in text.stdout

    out = run_cli("diff", old, new, "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["tables"]["actors"]["added"] == [{"key": "nato", "row": NEW_ACTOR}]
    assert data["tables"]["claims"]["changed"][0]["fields"]["venue"] == {
        "old": "Telegram channel",
        "new": "Telegram",
    }
    assert data["tables"]["claims"]["removed"][0]["row"]["stated_on"] == "2024-12-23"
    assert data["schema"]["changed"] is False


def test_cli_diff_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    bad = run_cli("diff", "1.0.0", str(tmp_path))
    assert bad.returncode == 2
    assert "neither a version" in bad.stderr and "Traceback" not in bad.stderr
    with pytest.raises(InputError, match="manifest"):
        diff("1.0.0", tmp_path)
