"""`timeline publish DEST`: a mirror a static host can serve, and one zip per release.

End to end: a fixture release (0.1.0, which no install bundles) is built, published,
served on 127.0.0.1, downloaded, verified and loaded by another process whose cache is
empty.  The zip is checked with tools that know nothing of timeline: stock frictionless
(no plugin), DuckDB, Polars, and the SHA256SUMS it ships.  Publishing is deterministic,
idempotent, atomic, and never touches a release's bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import polars as pl
import pytest

from fixture_dataset import write_dataset
from release_mirror import serve
from timeline.errors import PublishError
from timeline.publish import static
from timeline.publish.build import build
from timeline.publish.static import publish
from timeline.releases.paths import bundled_root, releases_in

from conftest import run_cli, run_console_script

VERSION = "0.1.0"
ZIP = f"timeline-{VERSION}.zip"
TABLES = ("sources", "actors", "events", "claims")


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by relative path, with its bytes."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def leftovers(parent: Path) -> list[str]:
    """Staging folders publish left beside its destinations (there must be none)."""
    return sorted(p.name for p in parent.iterdir() if p.name.endswith((".publish", ".old")))


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A releases folder holding the fixture release 0.1.0, built by `timeline build`'s code."""
    work = tmp_path_factory.mktemp("fixture")
    datasets = write_dataset(work / "datasets", version=VERSION)
    build(datasets, work / "releases")
    return work / "releases"


@pytest.fixture(scope="module")
def published(releases: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("site") / "mirror"
    result = publish(dest, releases)
    assert result.status == "created"
    assert [(r.version, r.status) for r in result.releases] == [(VERSION, "added")]
    return dest


@pytest.fixture(scope="module")
def unzipped(published: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(published / ZIP) as archive:
        archive.extractall(target)
    return target / f"timeline-{VERSION}"


# --- The mirror -------------------------------------------------------------------------


def test_dest_is_a_mirror_of_byte_copies(releases: Path, published: Path) -> None:
    assert sorted(p.name for p in published.iterdir()) == [
        VERSION,
        "CHANGELOG.md",
        "explorer",
        "index.html",
        "index.json",
        ZIP,
    ]
    assert tree(published / VERSION) == tree(releases / VERSION)
    assert (published / "index.json").read_bytes() == (releases / "index.json").read_bytes()
    assert (published / "CHANGELOG.md").read_bytes() == (releases / "CHANGELOG.md").read_bytes()
    index = json.loads((published / "index.json").read_text(encoding="utf-8"))
    assert index["latest"] == VERSION
    manifest = (published / VERSION / "manifest.json").read_bytes()
    assert index["releases"][0]["manifest_sha256"] == hashlib.sha256(manifest).hexdigest()


@pytest.mark.slow
def test_another_install_downloads_verifies_and_loads_it(published: Path, tmp_path: Path) -> None:
    assert VERSION not in releases_in(bundled_root())  # the install does not bundle it
    with serve(published) as mirror:
        env = {
            "TIMELINE_BASE_URL": mirror.url,
            "TIMELINE_CACHE_DIR": str(tmp_path / "cache"),
            "TIMELINE_NO_PROGRESS": "1",
            "TIMELINE_RETRIES": "0",
        }
        result = run_console_script("download", VERSION, env=env, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"release {VERSION} downloaded: "), result.stdout
        assert mirror.count(f"/{VERSION}/claims.parquet") == 1
        load = subprocess.run(
            [
                sys.executable,
                "-c",
                f"import timeline; print(len(timeline.load('claims', version='{VERSION}')))",
            ],
            env={**os.environ, **env, "TIMELINE_OFFLINE": "1"},  # must come from the cache now
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=False,
        )
    assert load.returncode == 0, load.stderr
    assert load.stdout.strip() == "2"
    assert tree(tmp_path / "cache" / VERSION) == tree(published / VERSION)


# --- The zip ----------------------------------------------------------------------------


def test_zip_layout_is_fixed(published: Path) -> None:
    with zipfile.ZipFile(published / ZIP) as archive:
        infos = archive.infolist()
    names = [i.filename for i in infos]
    assert names == sorted(names)
    assert all(n.startswith(f"timeline-{VERSION}/") and ".." not in n for n in names)
    assert {i.date_time for i in infos} == {(1980, 1, 1, 0, 0, 0)}
    assert {i.external_attr >> 16 for i in infos} == {0o100644}
    assert {i.create_system for i in infos} == {3}
    inside = sorted(n.split("/", 1)[1] for n in names)
    assert inside == sorted(
        [
            "CHANGES.md",
            "README.md",
            "SHA256SUMS",
            "datapackage.json",
            "manifest.json",
            *(f"{t}.csv" for t in TABLES),
            *(f"{t}.parquet" for t in TABLES),
            "texts/fixture-2024-11-08-eastharbor.txt",
        ]
    )


def test_zip_bytes_are_deterministic(releases: Path, published: Path, tmp_path: Path) -> None:
    again = publish(tmp_path / "elsewhere", releases)
    assert (tmp_path / "elsewhere" / ZIP).read_bytes() == (published / ZIP).read_bytes()
    assert tree(tmp_path / "elsewhere") == tree(published)
    assert again.releases[0].zip_bytes == (published / ZIP).stat().st_size


def test_sha256sums_cover_every_file(unzipped: Path) -> None:
    lines = (unzipped / "SHA256SUMS").read_text(encoding="utf-8").splitlines()
    listed = dict(reversed(line.split("  ", 1)) for line in lines)
    files = {n: d for n, d in tree(unzipped).items() if n != "SHA256SUMS"}
    assert set(listed) == set(files)
    for name, data in files.items():
        assert listed[name] == hashlib.sha256(data).hexdigest(), name


def test_zip_holds_the_release_bytes(releases: Path, unzipped: Path) -> None:
    release = releases / VERSION
    for name in [*(f"{t}.parquet" for t in TABLES), "manifest.json", "CHANGES.md"]:
        assert (unzipped / name).read_bytes() == (release / name).read_bytes(), name
    text = "texts/fixture-2024-11-08-eastharbor.txt"
    assert (unzipped / text).read_bytes() == (release / text).read_bytes()


def _frictionless() -> str:
    script = Path(sys.executable).parent / "frictionless"
    assert script.exists(), "the test extra installs frictionless"
    return str(script)


@pytest.mark.slow
def test_stock_frictionless_cli_says_valid(unzipped: Path) -> None:
    result = subprocess.run(
        [_frictionless(), "validate", "--json", "datapackage.json"],
        cwd=unzipped,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    report = json.loads(result.stdout)
    assert report["valid"] is True
    tasks = {task["name"]: task for task in report["tasks"]}
    assert set(tasks) >= {*TABLES, *(f"{t}-parquet" for t in TABLES)}
    for table in TABLES:
        data = (unzipped / f"{table}.csv").read_bytes()
        # Computed by frictionless from the bytes it read, and checked against the package.
        assert tasks[table]["stats"]["sha256"] == hashlib.sha256(data).hexdigest()
        assert tasks[f"{table}-parquet"]["stats"]["bytes"] > 0


def test_stock_frictionless_catches_a_broken_reference(unzipped: Path, tmp_path: Path) -> None:
    from frictionless import system, validate

    from timeline.outputs.frictionless_parquet import PLUGIN_NAME

    assert PLUGIN_NAME not in system.plugins  # stock frictionless, no plugin of ours
    assert validate(str(unzipped / "datapackage.json")).valid
    copy = tmp_path / "copy"
    shutil.copytree(unzipped, copy)
    claims = copy / "claims.csv"
    claims.write_text(claims.read_text(encoding="utf-8").replace(",port-officials,", ",nobody,"))
    package = json.loads((copy / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if resource["name"] == "claims":
            resource["hash"] = "sha256:" + hashlib.sha256(claims.read_bytes()).hexdigest()
            resource["bytes"] = claims.stat().st_size
        if resource["name"] == "events-parquet":
            resource["hash"] = "sha256:" + "0" * 64
    (copy / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    report = validate(str(copy / "datapackage.json"))
    errors = {(task.name, error.type) for task in report.tasks for error in task.errors}
    assert errors == {("claims", "foreign-key"), ("events-parquet", "hash-count")}


def test_csv_round_trips_to_the_parquet_rows(unzipped: Path) -> None:
    for table in TABLES:
        parquet = pl.read_parquet(unzipped / f"{table}.parquet")
        from_csv = pl.read_csv(unzipped / f"{table}.csv", schema=parquet.schema)
        assert from_csv.equals(parquet), table
    claims = (unzipped / "claims.csv").read_text(encoding="utf-8").splitlines()
    assert claims[0].startswith("claim_id,event_id,")
    assert ",2024-11-08,2024-11-08,day," in claims[1]  # ISO dates
    assert ",40,at_least,40,," in claims[1]  # integers; null value_high is an empty cell


def test_duckdb_reads_the_csv_and_parquet(unzipped: Path) -> None:
    con = duckdb.connect()
    csv_rows = con.execute(f"SELECT count(*) FROM read_csv('{unzipped / 'claims.csv'}')").fetchone()
    assert csv_rows == (2,)
    os.chdir(unzipped)  # the card's own example runs from the unzipped folder
    try:
        rows = con.execute(
            "SELECT c.claim_id, a.name, c.value, c.unit FROM 'claims.parquet' c "
            "JOIN 'actors.parquet' a ON a.actor_id = c.claimant_id WHERE c.value IS NOT NULL "
            "ORDER BY c.claim_id"
        ).fetchall()
    finally:
        os.chdir(Path(__file__).parent)
    assert rows[0] == ("cl-0001", "Eastharbor port officials", 40, "containers")
    assert "FROM 'claims.parquet' c JOIN 'actors.parquet' a" in (unzipped / "README.md").read_text()


def test_dataset_card_is_computed_from_the_release(published: Path, unzipped: Path) -> None:
    card = (unzipped / "README.md").read_text(encoding="utf-8")
    manifest_sha = hashlib.sha256((published / VERSION / "manifest.json").read_bytes()).hexdigest()
    assert card.startswith("# Fixture dataset\n")
    assert "| `claims` | 2 |" in card
    assert "1 archived report from 1 publisher (Fixture Wire), published 2024-11-08" in card
    assert "- **Events:** 1 event of 1 event type, dated 2024-11-04 to 2024-11-10." in card
    assert "2 claims by 2 claimants, stated 2024-11-08; 2 claims carry a number" in card
    assert "## Known limits" in card and "1 of 1 source has" in card
    assert "(CC-BY-4.0), https://creativecommons.org/licenses/by/4.0/" in card
    assert "MIT" in card
    assert card.count(manifest_sha) >= 3  # plain citation, BibTeX, and the pin
    assert "| `value_high` | integer | no |" in card


# --- Immutability, idempotence, refusals ------------------------------------------------


def test_bundled_release_is_published_byte_for_byte(tmp_path: Path) -> None:
    bundled = bundled_root()
    before = tree(bundled)
    result = run_cli("publish", str(tmp_path / "site"))
    assert result.returncode == 0, result.stderr
    assert tree(bundled) == before
    for version in releases_in(bundled):
        assert tree(tmp_path / "site" / version) == tree(bundled / version)
        assert f"  {version}  added  {version}/ (" in result.stdout
    assert (tmp_path / "site" / "index.json").read_bytes() == (bundled / "index.json").read_bytes()
    assert result.stdout.startswith(f"published {len(releases_in(bundled))} release")


def test_republishing_changes_nothing(releases: Path, tmp_path: Path) -> None:
    dest = tmp_path / "mirror"
    publish(dest, releases)
    stamps = {p: p.stat().st_mtime_ns for p in dest.rglob("*")}
    before = tree(dest)
    result = run_cli("publish", str(dest), "--releases", str(releases))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[:2] == [
        f"published 1 release to {dest} (unchanged)",
        f"  {VERSION}  unchanged  {VERSION}/ (8 files)  {ZIP} ("
        + result.stdout.splitlines()[1].split(f"{ZIP} (", 1)[1],
    ]
    assert tree(dest) == before
    assert {p: p.stat().st_mtime_ns for p in dest.rglob("*")} == stamps  # not even rewritten


def _refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for word in words:
        assert word in lines[0]


def test_refuses_a_file_as_dest(releases: Path, tmp_path: Path) -> None:
    target = tmp_path / "mirror"
    target.write_text("not a folder")
    _refused(run_cli("publish", str(target), "--releases", str(releases)), "is a file")
    assert target.read_text() == "not a folder"
    assert leftovers(tmp_path) == []


def test_refuses_different_content_for_a_published_version(
    releases: Path, published: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "mirror"
    shutil.copytree(published, dest)
    notes = dest / VERSION / "CHANGES.md"
    notes.write_bytes(notes.read_bytes() + b"edited\n")
    before = tree(dest)
    result = run_cli("publish", str(dest), "--releases", str(releases))
    _refused(result, f"release {VERSION} is already published", "CHANGES.md", "immutable")
    assert tree(dest) == before
    assert leftovers(tmp_path) == []


def test_refuses_a_different_zip_for_a_published_version(
    releases: Path, published: Path, tmp_path: Path
) -> None:
    dest = tmp_path / "mirror"
    shutil.copytree(published, dest)
    with zipfile.ZipFile(dest / ZIP, "a") as archive:
        archive.writestr("extra.txt", "added later")
    before = tree(dest)
    _refused(run_cli("publish", str(dest), "--releases", str(releases)), ZIP, "different content")
    assert tree(dest) == before
    assert leftovers(tmp_path) == []


def test_refuses_a_folder_that_is_not_a_mirror(releases: Path, tmp_path: Path) -> None:
    dest = tmp_path / "home"
    dest.mkdir()
    (dest / "notes.txt").write_text("mine")
    _refused(run_cli("publish", str(dest), "--releases", str(releases)), "not an earlier publish")
    assert tree(dest) == {"notes.txt": b"mine"}


def test_refuses_to_publish_into_the_releases_folder(releases: Path) -> None:
    with pytest.raises(PublishError, match="overlaps the releases folder"):
        publish(releases / "site", releases)
    assert not (releases / "site").exists()


def _second_release(releases: Path, tmp_path: Path) -> Path:
    """A releases folder with 0.1.0 (copied) and 0.2.0 built beside it."""
    copy = tmp_path / "releases"
    shutil.copytree(releases, copy)
    datasets = write_dataset(tmp_path / "datasets", version="0.2.0", released="2024-11-20")
    build(datasets, copy)
    return copy


def test_an_interrupted_publish_leaves_the_old_dest(
    releases: Path, published: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dest = tmp_path / "site" / "mirror"
    dest.parent.mkdir()
    shutil.copytree(published, dest)
    before = tree(dest)
    both = _second_release(releases, tmp_path)

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(static, "write_zip", interrupted)
    with pytest.raises(KeyboardInterrupt):
        publish(dest, both)
    assert tree(dest) == before
    assert leftovers(dest.parent) == []

    monkeypatch.undo()
    result = publish(dest, both)
    assert result.status == "updated"
    assert [(r.version, r.status) for r in result.releases] == [
        ("0.1.0", "unchanged"),
        ("0.2.0", "added"),
    ]
    index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
    assert [r["version"] for r in index["releases"]] == ["0.1.0", "0.2.0"]
    assert index["latest"] == "0.2.0"
    assert (dest / "timeline-0.2.0.zip").is_file()
    assert {n: d for n, d in tree(dest).items() if n.startswith("0.1.0/")} == {
        n: d for n, d in before.items() if n.startswith("0.1.0/")
    }
    changelog = (dest / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 0.2.0") < changelog.index("## 0.1.0")
    assert leftovers(dest.parent) == []


def test_releases_already_in_dest_are_kept(
    releases: Path, published: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    both = _second_release(releases, tmp_path)
    only_new = tmp_path / "only-new"
    only_new.mkdir()
    shutil.copytree(both / "0.2.0", only_new / "0.2.0")
    dest = tmp_path / "mirror"
    shutil.copytree(published, dest)
    monkeypatch.setattr(static, "_exchange", lambda a, b: False)  # the two-rename fallback
    result = publish(dest, only_new)
    assert [(r.version, r.status) for r in result.releases] == [
        ("0.1.0", "kept"),
        ("0.2.0", "added"),
    ]
    assert tree(dest / "0.1.0") == tree(published / "0.1.0")
    assert (dest / ZIP).read_bytes() == (published / ZIP).read_bytes()
    index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
    assert [r["version"] for r in index["releases"]] == ["0.1.0", "0.2.0"]
    assert leftovers(tmp_path) == []


def test_a_corrupt_source_release_is_refused(releases: Path, tmp_path: Path) -> None:
    copy = tmp_path / "releases"
    shutil.copytree(releases, copy)
    claims = copy / VERSION / "claims.parquet"
    claims.write_bytes(claims.read_bytes()[:-1] + b"\0")
    result = run_cli("publish", str(tmp_path / "mirror"), "--releases", str(copy))
    assert result.returncode == 1
    assert "SHA-256" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "mirror").exists()
    assert leftovers(tmp_path) == []


def test_a_symlinked_dest_keeps_its_link(releases: Path, published: Path, tmp_path: Path) -> None:
    real = tmp_path / "real"
    shutil.copytree(published, real)
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    both = _second_release(releases, tmp_path / "work")
    assert publish(link, both).status == "updated"
    assert link.is_symlink()
    assert (real / "0.2.0" / "manifest.json").is_file()
    assert leftovers(tmp_path) == []
