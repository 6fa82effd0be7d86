"""Building releases: deterministic, atomic, immutable, and identical to the bundled one."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

import fixture_dataset
from fixture_dataset import write_dataset
from timeline.errors import InputError, ReleaseExistsError, ValidationError
from timeline.publish.build import build
from timeline.releases.paths import bundled_root, parse_version
from timeline.releases.resolve import bundled_versions

from conftest import DATASETS, curated_rows, run_cli

BUNDLED = bundled_root()


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_two_builds_give_the_same_bytes(tmp_path: Path) -> None:
    first = build(DATASETS, tmp_path / "a")
    second = build(DATASETS, tmp_path / "b")
    assert first.status == second.status == "created"
    assert _files(first.path) == _files(second.path)


def test_fresh_build_matches_the_bundled_release(tmp_path: Path) -> None:
    """datasets/ rebuilt beside the releases before its version gives the bundled bytes.

    The older releases are there because a release's CHANGES.md compares it with the
    newest older one (a first release says so instead).
    """
    version = yaml.safe_load((DATASETS / "dataset.yaml").read_text(encoding="utf-8"))["version"]
    assert version in bundled_versions(), (
        f"datasets/ is at {version}, which is not bundled: run `timeline build`"
    )
    releases = tmp_path / "releases"
    releases.mkdir()
    for older in bundled_versions():
        if parse_version(older) < parse_version(version):
            shutil.copytree(BUNDLED / older, releases / older)
    result = build(DATASETS, releases)
    assert result.version == version and result.status == "created"
    assert _files(result.path) == _files(BUNDLED / version), (
        "the bundled release differs from a build of datasets/: run `timeline build`"
    )


def test_rebuild_is_a_no_op(tmp_path: Path) -> None:
    build(DATASETS, tmp_path)
    again = build(DATASETS, tmp_path)
    assert again.status == "unchanged"


def test_release_is_never_overwritten_with_different_content(curated: Path, tmp_path: Path) -> None:
    releases = tmp_path / "releases"
    result = build(curated, releases)
    before = _files(result.path)
    claims = curated / "curated" / "claims.yaml"
    claims.write_text(claims.read_text().replace("Telegram channel", "Telegram"), encoding="utf-8")
    with pytest.raises(ReleaseExistsError, match="already exists"):
        build(curated, releases)
    assert _files(result.path) == before
    # no staging folder left behind; the releases folder's (empty) writers' lock stays
    assert [p.name for p in releases.iterdir() if p.name.startswith(".")] == [".timeline.lock"]


def test_invalid_rows_write_nothing(curated: Path, tmp_path: Path) -> None:
    events = curated / "curated" / "events.yaml"
    events.write_text(events.read_text().replace("event_type: casualties", "event_type: battle"))
    releases = tmp_path / "releases"
    with pytest.raises(ValidationError) as info:
        build(curated, releases)
    failure = info.value.failures[0]
    assert (failure.table, failure.key, failure.column) == ("events", "ev-0001", "event_type")
    assert failure.file is not None and failure.file.endswith("events.yaml")
    assert failure.line is not None and failure.line > 1
    assert (
        not releases.exists()
        or list(releases.iterdir()) == []
        or all(p.name == "index.json" for p in releases.iterdir())
    )


def test_parquet_files_describe_themselves(tmp_path: Path) -> None:
    result = build(DATASETS, tmp_path)
    schema = pq.read_schema(result.path / "claims.parquet")
    meta = {k.decode(): v.decode() for k, v in schema.metadata.items()}
    assert meta["timeline.dataset"] == "timeline"
    assert meta["timeline.version"] == result.version
    assert meta["timeline.table"] == "claims"
    assert "verbatim" in json.loads(meta["timeline.columns"])["quote"].lower()
    assert schema.field("stated_on").type == "date32[day]"
    assert schema.field("value").type == "int64"
    assert schema.field("quote").type == "string"
    assert b"description" in schema.field("quote").metadata
    assert pq.read_table(result.path / "claims.parquet").column("stated_end")[0].as_py() == dt.date(
        2024, 12, 23
    )


def test_manifest_records_every_file(tmp_path: Path) -> None:
    result = build(DATASETS, tmp_path)
    manifest = json.loads((result.path / "manifest.json").read_text())
    listed = set(manifest["files"])
    on_disk = {p for p in _files(result.path) if p != "manifest.json"}
    assert listed == on_disk
    rows = curated_rows()
    for table, count in rows.items():
        assert manifest["files"][f"{table}.parquet"]["rows"] == count, table
        assert manifest["tables"][table]["rows"] == count, table
    sources = yaml.safe_load((DATASETS / "curated" / "sources.yaml").read_text(encoding="utf-8"))
    texts = {f"texts/{row['source_id']}.txt" for row in sources}
    tables = {f"{table}.parquet" for table in rows}
    assert listed == tables | texts | {"datapackage.json", "CHANGES.md"}
    assert len(manifest["schema_fingerprint"]) == 64
    assert manifest["version"] == result.version


def test_cli_build_reports_and_exits(curated: Path, tmp_path: Path) -> None:
    ok = run_cli("build", "--datasets", str(curated), "--releases", str(tmp_path / "r"))
    assert ok.returncode == 0, ok.stderr
    assert "created" in ok.stdout

    events = curated / "curated" / "events.yaml"
    events.write_text(events.read_text().replace("date_precision: month", "date_precision: moon"))
    bad = run_cli("build", "--datasets", str(curated), "--releases", str(tmp_path / "s"))
    assert bad.returncode == 1
    assert "events.yaml:" in bad.stderr and "date_precision" in bad.stderr
    assert "Traceback" not in bad.stderr

    missing = run_cli("build", "--datasets", str(tmp_path / "nope"), "--releases", str(tmp_path))
    assert missing.returncode == 2
    assert "dataset.yaml" in missing.stderr and "Traceback" not in missing.stderr


def test_rebuild_with_another_parquet_writer_names_the_pinned_one(tmp_path: Path) -> None:
    import pyarrow as pa

    result = build(DATASETS, tmp_path)
    claims = result.path / "claims.parquet"
    current = f"version {pa.__version__}".encode()
    other = b"version " + b"9" * len(pa.__version__)
    assert current in claims.read_bytes()
    claims.write_bytes(claims.read_bytes().replace(current, other))  # same length: still valid
    assert pq.read_metadata(claims).created_by.endswith("9" * len(pa.__version__))
    with pytest.raises(ReleaseExistsError, match=r"constraints\.txt"):
        build(DATASETS, tmp_path)


def test_bad_version_in_dataset_yaml_names_the_file(tmp_path: Path) -> None:
    datasets = fixture_dataset.write_dataset(tmp_path / "datasets", version="v1")
    result = run_cli("build", "--datasets", str(datasets), "--releases", str(tmp_path / "r"))
    assert result.returncode == 2
    assert "dataset.yaml: version 'v1' is not MAJOR.MINOR.PATCH" in result.stderr


def _set_version(datasets: Path, version: str) -> None:
    meta = datasets / "dataset.yaml"
    text = meta.read_text(encoding="utf-8")
    meta.write_text(re.sub(r"(?m)^version: .*$", f"version: {version}", text), encoding="utf-8")


def _add_actor(datasets: Path, actor_id: str = "harbour-pilots") -> None:
    with (datasets / "curated" / "actors.yaml").open("a", encoding="utf-8") as handle:
        handle.write(
            f"- actor_id: {actor_id}\n  name: {actor_id.replace('-', ' ').title()}\n"
            "  kind: organization\n  country: RUS\n  description: A fictional guild\n"
        )


def test_a_version_below_the_newest_release_is_refused(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets", version="0.2.0")
    releases = tmp_path / "releases"
    build(datasets, releases)
    _add_actor(datasets)
    _set_version(datasets, "0.1.5")
    with pytest.raises(InputError, match=r"version 0\.1\.5 is below the newest release 0\.2\.0"):
        build(datasets, releases)
    assert sorted(p.name for p in releases.iterdir() if p.is_dir()) == ["0.2.0"]
    done = run_cli("build", "--datasets", str(datasets), "--releases", str(releases))
    assert done.returncode == 2, done.stderr
    assert "dataset.yaml: version 0.1.5" in done.stderr and "Traceback" not in done.stderr


def test_a_patch_step_that_adds_rows_gets_a_note(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets", version="0.2.0")
    releases = tmp_path / "releases"
    build(datasets, releases)
    _add_actor(datasets)
    _set_version(datasets, "0.2.1")
    done = run_cli("build", "--datasets", str(datasets), "--releases", str(releases))
    assert done.returncode == 0 and "release 0.2.1 created" in done.stdout
    note = "note: release 0.2.1 is a patch step from 0.2.0, but its changes call for a minor one"
    assert note in done.stderr
    _add_actor(datasets, "harbour-tugs")
    _set_version(datasets, "0.3.0")
    done = run_cli("build", "--datasets", str(datasets), "--releases", str(releases))
    assert done.returncode == 0 and "release 0.3.0 created" in done.stdout
    assert "note:" not in done.stderr
