"""A second release built from edited rows: its diff, its CHANGES.md, the index and changelog.

The two test releases (``BASE_VERSION``, then ``NEW_VERSION``) are built after copies of
every bundled release; see release_mirror.py for their versions.  Expected row counts are
read from the releases, never typed.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

import fixture_dataset
from release_mirror import (
    BASE_VERSION,
    BUNDLED_VERSIONS,
    LATER_VERSION,
    MAJOR_VERSION,
    NEW_ACTOR,
    NEW_NOTE,
    NEW_RELEASED,
    NEW_SUMMARY,
    NEW_VENUE,
    NEW_VERSION,
    edit_for_second_release,
    release_rows,
    set_version,
)
from timeline.errors import IdReuseError, InputError, ReleaseExistsError
from timeline.publish.build import build
from timeline.publish.changelog import CHANGELOG_NAME, NOTES_NAME
from timeline.releases.diff import ReleaseDiff, diff, show
from timeline.releases.manifest import sha256_file

from conftest import DATASETS, FIRST_RELEASE, run_cli


@pytest.fixture(scope="module")
def second(second_release: tuple[Path, dict[str, Any]]) -> tuple[Path, dict[str, Any]]:
    """The shared test releases (conftest.py): copied before any test changes them."""
    return second_release


@pytest.fixture(scope="module")
def result(second: tuple[Path, dict[str, Any]]) -> ReleaseDiff:
    releases, _ = second
    return diff(releases / BASE_VERSION, releases / NEW_VERSION)


def test_diff_finds_every_row_added_removed_and_changed(
    second: tuple[Path, dict[str, Any]], result: ReleaseDiff
) -> None:
    releases, record = second
    removed = record["removed_claim"]["claim_id"]
    base = release_rows(releases / BASE_VERSION)
    tables = {t.table: t for t in result.tables}
    assert (result.old_version, result.new_version) == (BASE_VERSION, NEW_VERSION)
    assert tables["sources"].is_empty
    assert (tables["sources"].rows_old, tables["sources"].rows_new) == (base["sources"],) * 2

    actors = tables["actors"]
    assert [r.key for r in actors.added] == [NEW_ACTOR["actor_id"]]
    assert actors.added[0].values == NEW_ACTOR
    assert (actors.removed, actors.changed) == ((), ())
    assert (actors.rows_old, actors.rows_new) == (base["actors"], base["actors"] + 1)

    events = tables["events"]
    assert (events.added, events.removed) == ((), ())
    assert (events.rows_old, events.rows_new) == (base["events"], base["events"])
    [change] = events.changed
    assert change.key == record["event_id"]
    assert [(f.column, f.old, f.new) for f in change.fields] == [
        ("summary", record["old_summary"], NEW_SUMMARY)
    ]

    claims = tables["claims"]
    assert [r.key for r in claims.removed] == [removed]
    assert claims.added == ()
    assert (claims.rows_old, claims.rows_new) == (base["claims"], base["claims"] - 1)
    [change] = claims.changed
    assert change.key == record["claim_id"]
    assert [(f.column, f.old, f.new) for f in change.fields] == [
        ("venue", record["old_venue"], NEW_VENUE),
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
    base = release_rows(releases / BASE_VERSION)
    actors, events, claims = base["actors"], base["events"], base["claims"]
    notes = (releases / NEW_VERSION / NOTES_NAME).read_text(encoding="utf-8")
    fingerprint = result.new_fingerprint[:12]
    expected = [
        f"## {NEW_VERSION} ({NEW_RELEASED})",
        "",
        f"Changes since {BASE_VERSION}; change level: minor (rows added). Schema unchanged "
        f"(fingerprint `{fingerprint}`).",
        "",
        f"### actors: {actors} → {actors + 1} rows (1 added, 0 removed, 0 changed)",
        "",
        f"- Added `{NEW_ACTOR['actor_id']}`: {show(NEW_ACTOR['name'])}",
        "",
        f"### events: {events} → {events} rows (0 added, 0 removed, 1 changed)",
        "",
        f"- Changed `{record['event_id']}`: `summary` {show(record['old_summary'])} → "
        f"{show(NEW_SUMMARY)}",
        "",
        f"### claims: {claims} → {claims - 1} rows (0 added, 1 removed, 1 changed)",
        "",
        f"- Removed `{removed['claim_id']}`: {show(removed['quote'], 100)}",
        f"- Changed `{record['claim_id']}`: `venue` {show(record['old_venue'])} → "
        f"{show(NEW_VENUE)}; `coding_note` {show(record['old_note'])} → {show(NEW_NOTE)}",
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
    versions = [*BUNDLED_VERSIONS, BASE_VERSION, NEW_VERSION]
    assert [r["version"] for r in index["releases"]] == versions
    assert index["releases"][-1]["manifest_sha256"] == sha256_file(folder / "manifest.json")
    assert index["releases"][-1]["released"] == NEW_RELEASED

    changelog = (releases / CHANGELOG_NAME).read_text(encoding="utf-8")
    positions = [changelog.index(f"## {v} ") for v in versions]
    assert positions == sorted(positions, reverse=True)  # newest first
    assert (folder / NOTES_NAME).read_text(encoding="utf-8").strip() in changelog


def test_a_first_release_says_so(tmp_path: Path) -> None:
    datasets = fixture_dataset.write_dataset(tmp_path / "datasets", version="0.3.0")
    result = build(datasets, tmp_path / "releases")
    notes = (result.path / NOTES_NAME).read_text(encoding="utf-8")
    assert notes.startswith("## 0.3.0 (2024-11-09)")
    counts = ", ".join(f"{t} {len(rows)}" for t, rows in fixture_dataset.rows().items())
    assert f"First release: {counts} rows." in notes


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
    with pytest.raises(
        ReleaseExistsError, match=rf"already records release {re.escape(NEW_VERSION)}"
    ):
        build(datasets, releases)
    assert not (releases / NEW_VERSION).exists()
    staged = [p.name for p in releases.iterdir() if p.name.endswith(".tmp")]
    assert staged == []  # no staging folder left; the writers' lock file may stay


def test_a_withdrawn_id_is_never_reused(
    second: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    """NEW_VERSION withdrew a claim; a LATER_VERSION that brings its id back is refused."""
    releases = tmp_path / "releases"
    shutil.copytree(second[0], releases)
    datasets = tmp_path / "datasets"
    shutil.copytree(DATASETS, datasets)
    set_version(datasets, LATER_VERSION, NEW_RELEASED)
    removed = second[1]["removed_claim"]["claim_id"]
    with pytest.raises(IdReuseError, match=rf"claims id\(s\) {removed} were withdrawn"):
        build(datasets, releases)
    assert sorted(p.name for p in releases.iterdir()) == sorted(p.name for p in second[0].iterdir())
    out = run_cli("build", "--datasets", str(datasets), "--releases", str(releases))
    assert out.returncode == 1
    assert "may not be reused" in out.stderr and "Traceback" not in out.stderr


def test_identical_releases_have_an_empty_diff() -> None:
    same = diff(FIRST_RELEASE, FIRST_RELEASE)
    assert same.is_empty
    assert same.level() == ("none", "no changes")


def test_schema_changes_are_listed(second: tuple[Path, dict[str, Any]], tmp_path: Path) -> None:
    """A release folder whose claims file lost a column and retyped another."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    old = second[0] / BASE_VERSION
    new = tmp_path / MAJOR_VERSION
    shutil.copytree(old, new)
    table = pq.read_table(new / "claims.parquet").drop_columns(["venue"])
    table = table.set_column(
        table.schema.get_field_index("value"), "value", table["value"].cast(pa.string())
    )
    pq.write_table(table, new / "claims.parquet")
    manifest = json.loads((new / "manifest.json").read_text())
    manifest["version"] = MAJOR_VERSION
    manifest["schema_fingerprint"] = "f" * 64
    manifest["files"]["claims.parquet"]["sha256"] = sha256_file(new / "claims.parquet")
    manifest["files"]["claims.parquet"]["bytes"] = (new / "claims.parquet").stat().st_size
    # A real schema change declares its columns in the data package too (a file whose
    # columns differ from its data package's is a malformed release, refused on reading).
    package = json.loads((new / "datapackage.json").read_text())
    claims_resource = next(r for r in package["resources"] if r["name"] == "claims")
    fields = claims_resource["schema"]["fields"]
    claims_resource["schema"]["fields"] = [f for f in fields if f["name"] != "venue"]
    (new / "datapackage.json").write_text(json.dumps(package))
    manifest["files"]["datapackage.json"]["sha256"] = sha256_file(new / "datapackage.json")
    manifest["files"]["datapackage.json"]["bytes"] = (new / "datapackage.json").stat().st_size
    text_name = sorted(n for n in manifest["files"] if n.startswith("texts/"))[0]
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
    old, new = str(releases / BASE_VERSION), str(releases / NEW_VERSION)
    text = run_cli("diff", old, new)
    assert text.returncode == 0, text.stderr
    assert f"diff {BASE_VERSION} -> {NEW_VERSION} (change level: minor, rows added)" in text.stdout
    assert f"  + {NEW_ACTOR['actor_id']}" in text.stdout
    assert f"  - {record['removed_claim']['claim_id']}" in text.stdout
    assert f"  ~ {record['claim_id']}" in text.stdout
    assert f"      venue: {show(record['old_venue'])} -> {show(NEW_VENUE)}" in text.stdout

    out = run_cli("diff", old, new, "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["tables"]["actors"]["added"] == [{"key": NEW_ACTOR["actor_id"], "row": NEW_ACTOR}]
    assert data["tables"]["claims"]["changed"][0]["fields"]["venue"] == {
        "old": record["old_venue"],
        "new": NEW_VENUE,
    }
    stated_on = record["removed_claim"]["stated_on"]
    assert data["tables"]["claims"]["removed"][0]["row"]["stated_on"] == (
        stated_on if stated_on is None else str(stated_on)
    )
    assert data["schema"]["changed"] is False


def test_cli_diff_errors_exit_2_without_traceback(tmp_path: Path) -> None:
    bad = run_cli("diff", FIRST_RELEASE, str(tmp_path))
    assert bad.returncode == 2
    assert "neither a version" in bad.stderr and "Traceback" not in bad.stderr
    with pytest.raises(InputError, match="manifest"):
        diff(FIRST_RELEASE, tmp_path)


def test_values_filled_into_added_columns_are_shown_but_not_counted_as_changes() -> None:
    """1.1.0 added actors columns and filled them for the 18 actors of 1.0.0 (both
    releases are published and immutable): the diff shows every filled value, while
    "changed" (and so CHANGES.md, which must rebuild byte for byte) keeps to shared columns."""
    result = diff("1.0.0", "1.1.0")
    actors = next(t for t in result.tables if t.table == "actors")
    assert not actors.changed
    filled = {c.key: {f.column: f.new for f in c.fields} for c in actors.filled}
    assert set(filled) == {r.key for r in actors.filled} and len(filled) == actors.rows_old
    assert filled["kim-jong-un"]["parent_id"] == "prk"
    text = result.to_text()
    assert f"{len(filled)} of {actors.rows_old} existing row(s) got values in the new" in text
    assert '      parent_id: "prk"' in text
    as_json = result.to_dict()["tables"]["actors"]["filled"]
    assert {e["key"] for e in as_json} == set(filled)
