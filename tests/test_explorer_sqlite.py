"""`timeline export --format sqlite`: one SQLite file of a release, for Datasette.

Read back with the standard library's sqlite3 and compared with the release's own
Parquet files and data package; nothing here knows the bundled data's size.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from fixture_dataset import SOURCE_ID, TEXT, write_dataset
from timeline.publish.build import build
from timeline.releases.paths import bundled_root, releases_in

from conftest import newest_bundled, run_cli

TABLES = ("sources", "actors", "events", "claims")


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value


def test_every_table_and_text_of_the_release_is_in_the_database(tmp_path: Path) -> None:
    version = newest_bundled()
    release = bundled_root() / version
    database = tmp_path / "out" / "timeline.sqlite"
    database.parent.mkdir()
    result = run_cli("export", "--format", "sqlite", "-o", str(database))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr.startswith(f"wrote {database} (sources ")
    package = json.loads((release / "datapackage.json").read_text(encoding="utf-8"))
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA foreign_keys = ON")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in TABLES:
            parquet = pq.read_table(release / f"{table}.parquet")
            columns = [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
            assert columns == parquet.column_names
            got = db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            want = sorted(tuple(_plain(v) for v in row.values()) for row in parquet.to_pylist())
            assert got == want, table
        key = [r[1] for r in db.execute("PRAGMA table_info(claims)") if r[5]]
        claims = next(r for r in package["resources"] if r["name"] == "claims")
        assert key == claims["schema"]["primaryKey"]
        references = {(r[3], r[2]) for r in db.execute("PRAGMA foreign_key_list(claims)")}
        assert ("event_id", "events") in references and ("restates", "claims") in references
        texts = dict(db.execute("SELECT source_id, text FROM texts"))
        for source_id, text in texts.items():
            assert text == (release / "texts" / f"{source_id}.txt").read_text(encoding="utf-8")
        assert len(texts) == len(pq.read_table(release / "sources.parquet"))
        quotes = db.execute(
            "SELECT c.quote, substr(t.text, c.quote_start + 1, c.quote_end - c.quote_start) "
            "FROM claims c JOIN texts t USING (source_id)"
        ).fetchall()
        assert quotes and all(q == s for q, s in quotes)

    # named after the database, so a folder's own metadata.json is left alone
    assert not (database.parent / "metadata.json").exists()
    sidecar = database.with_name(f"{database.stem}.metadata.json")
    metadata = json.loads(sidecar.read_text(encoding="utf-8"))
    manifest = json.loads((release / "manifest.json").read_text(encoding="utf-8"))
    assert metadata["license"] == manifest["license"]
    assert metadata["license_url"].startswith("https://")
    described = metadata["databases"]["timeline"]["tables"]
    for resource in package["resources"]:
        if resource.get("type") != "table":
            continue
        fields = resource["schema"]["fields"]
        assert described[resource["name"]]["columns"] == {
            f["name"]: f["description"] for f in fields
        }
        assert all(described[resource["name"]]["columns"].values())


def test_a_chosen_release_and_metadata_path(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets", version="0.1.0")
    build(datasets, tmp_path / "releases")
    env = {"TIMELINE_CACHE_DIR": str(tmp_path / "cache"), "TIMELINE_OFFLINE": "1"}
    cache = tmp_path / "cache"
    cache.mkdir()
    (tmp_path / "releases" / "0.1.0").rename(cache / "0.1.0")
    result = run_cli(
        "export",
        "-o",
        str(tmp_path / "f.db"),
        "--metadata",
        str(tmp_path / "meta.json"),
        "--version",
        "0.1.0",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(tmp_path / "f.db") as db:
        assert db.execute("SELECT count(*) FROM claims").fetchone() == (2,)
        assert db.execute(
            "SELECT text FROM texts WHERE source_id = ?", (SOURCE_ID,)
        ).fetchone() == (TEXT,)
    assert json.loads((tmp_path / "meta.json").read_text())["databases"]["f"]["tables"]["claims"]
    assert "0.1.0" not in releases_in(bundled_root())  # it came from the cache


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["claims", "--format", "sqlite", "-o", "x.sqlite"], "drop the TABLE argument"),
        (["--format", "sqlite"], "sqlite needs a file"),
        (["-o", "claims.csv"], "name the TABLE"),
        (["claims", "-o", "c.csv", "--metadata", "m.json"], "--metadata goes with"),
        (["--format", "csv", "-o", "x.sqlite"], "contradicts the suffix"),
    ],
)
def test_mistakes_are_refused_before_anything_is_written(
    tmp_path: Path, args: list[str], words: str
) -> None:
    result = run_cli("export", *args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert words in result.stderr
    assert list(tmp_path.iterdir()) == []
