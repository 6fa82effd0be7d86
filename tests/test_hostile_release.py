"""Hostile releases whose files all match their manifest (issue 19, points 3 and 7).

A release newer than the bundled index is trusted only as far as its own manifest, so
its publisher can put anything in a file and record the right SHA-256.  Each case is
a cached release built here from a copy of the newest bundled one (under a version no
real release has), read with ``load``, ``show``, ``export`` and ``diff``: every one ends
in a one-line error with a non-zero exit, never a traceback or a silently wrong table.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import timeline
from timeline.errors import IntegrityError
from timeline.releases.paths import bundled_root
from timeline.releases.resolve import bundled_versions
from timeline.releases.verify import safe_name

from conftest import run_cli

VERSION = "901.0.0"  # never a real or test release


def hostile_release(
    cache: Path, files: dict[str, bytes], rows: dict[str, int] | None = None
) -> Path:
    """A copy of the newest bundled release as ``cache/VERSION`` with ``files`` replaced,
    its manifest rewritten to match them (SHA-256, bytes, and ``rows`` when given)."""
    folder = cache / VERSION
    shutil.copytree(bundled_root() / bundled_versions()[-1], folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = VERSION
    for name, data in files.items():
        (folder / name).write_bytes(data)
        entry = manifest["files"][name]
        entry["sha256"] = hashlib.sha256(data).hexdigest()
        entry["bytes"] = len(data)
        if rows and name in rows:
            entry["rows"] = rows[name]
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    folder.mkdir()
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(folder))
    monkeypatch.setenv("TIMELINE_OFFLINE", "1")
    monkeypatch.delenv("TIMELINE_BASE_URL", raising=False)
    monkeypatch.delenv("TIMELINE_MAX_TABLE_BYTES", raising=False)
    return folder


def claims_table() -> pa.Table:
    return pq.read_table(bundled_root() / bundled_versions()[-1] / "claims.parquet")


def parquet_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd", use_dictionary=True)
    return sink.getvalue().to_pybytes()


def bomb(rows: int, text_bytes: int) -> bytes:
    """claims.parquet with every column right and ``rows`` rows whose quote is one
    ``text_bytes``-long string, dictionary-encoded: tiny on disk, huge decoded."""
    first = claims_table().slice(0, 1)
    table = pa.concat_tables([first] * rows)
    quote = pa.array(["x" * text_bytes] * 1, pa.string()).dictionary_encode()
    repeated = pa.DictionaryArray.from_arrays(pa.array([0] * rows, pa.int32()), quote.dictionary)
    index = table.schema.get_field_index("quote")
    table = table.set_column(index, pa.field("quote", repeated.type), repeated)
    return parquet_bytes(table)


def assert_one_line(result: object, *words: str) -> None:
    code, err = result.returncode, result.stderr  # type: ignore[attr-defined]
    assert code == 1, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in lines[0], lines[0]


COMMANDS = (
    ("show", "--version", VERSION),
    ("export", "claims", "--version", VERSION),
)


def test_a_hash_valid_file_that_is_not_parquet_is_one_line_everywhere(cache: Path) -> None:
    folder = hostile_release(cache, {"claims.parquet": b"PAR1 this is not a Parquet file"})
    with pytest.raises(IntegrityError, match="not a readable Parquet file"):
        timeline.load("claims", version=VERSION)
    for args in COMMANDS:
        assert_one_line(run_cli(*args), "claims.parquet", "not a readable Parquet file")
    old = bundled_root() / bundled_versions()[-1]
    assert_one_line(run_cli("diff", str(old), str(folder)), "not a readable Parquet file")


def test_a_parquet_file_with_the_wrong_columns_is_refused_not_half_loaded(cache: Path) -> None:
    claims = claims_table()
    only_ids = parquet_bytes(claims.select(["claim_id"]))
    hostile_release(cache, {"claims.parquet": only_ids})
    with pytest.raises(IntegrityError, match=r"has columns \['claim_id'\], but its data package"):
        timeline.load("claims", version=VERSION)
    for args in COMMANDS:
        assert_one_line(run_cli(*args), "has columns")


def test_a_parquet_file_without_its_primary_key_is_refused(cache: Path) -> None:
    claims = claims_table()
    renamed = claims.rename_columns(["id" if n == "claim_id" else n for n in claims.column_names])
    folder = hostile_release(cache, {"claims.parquet": parquet_bytes(renamed)})
    (folder / "datapackage.json").unlink()  # nothing declares the columns: the key still must be
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    del manifest["files"]["datapackage.json"]
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(IntegrityError, match="lacks its primary key column 'claim_id'"):
        timeline.load("claims", version=VERSION)


def test_a_row_count_other_than_the_manifests_is_refused(cache: Path) -> None:
    claims = claims_table()
    hostile_release(cache, {"claims.parquet": parquet_bytes(claims.slice(0, 2))})
    with pytest.raises(
        IntegrityError, match=f"holds 2 rows, but the manifest records {len(claims)}"
    ):
        timeline.load("claims", version=VERSION)


def test_a_decompression_bomb_is_refused_from_its_metadata(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Quick: 400 rows of one 50 kB quote (20 MB decoded) against a 4 MiB limit."""
    monkeypatch.setenv("TIMELINE_MAX_TABLE_BYTES", str(4 << 20))
    data = bomb(400, 50_000)
    assert len(data) < 20_000
    hostile_release(cache, {"claims.parquet": data}, rows={"claims.parquet": 400})
    with pytest.raises(IntegrityError, match=r"would take 19\.\d MiB once decoded"):
        timeline.load("claims", version=VERSION)
    assert_one_line(run_cli(*COMMANDS[1]), "refused before decoding it", "TIMELINE_MAX_TABLE_BYTES")
    monkeypatch.setenv("TIMELINE_MAX_TABLE_BYTES", str(64 << 20))  # a genuinely large table
    assert len(timeline.load("claims", version=VERSION)) == 400


def test_the_issue_case_a_few_kilobytes_that_decode_to_gigabytes(cache: Path) -> None:
    """2,400 rows of one 1 MB quote: a few kB on disk, 2.4 GB decoded, default limit.
    Refused from the footer and the unexpanded dictionary (nothing near 2.4 GB is
    allocated, so this runs in the default suite)."""
    data = bomb(2_400, 1_000_000)
    print(f"\nbomb: {len(data):,} bytes on disk")
    hostile_release(cache, {"claims.parquet": data}, rows={"claims.parquet": 2_400})
    with pytest.raises(IntegrityError, match=r"would take 2,2\d\d\.\d MiB once decoded"):
        timeline.load("claims", version=VERSION)


def test_bundled_releases_pass_the_table_checks() -> None:
    for version in bundled_versions():
        for table in ("sources", "actors", "events", "claims"):
            assert len(timeline.load(table, version=version)) > 0


# --- names and numbers ----------------------------------------------------------------


def test_a_manifest_name_a_thousand_folders_deep_is_one_line(cache: Path, tmp_path: Path) -> None:
    deep = "a/" * 1000 + "x.txt"
    with pytest.raises(IntegrityError, match="refusing unsafe file name"):
        safe_name(deep, "manifest.json")
    folder = hostile_release(cache, {})
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"][deep] = {"sha256": "0" * 64, "bytes": 1}
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    result = run_cli("download", VERSION, "--dest", str(tmp_path / "dest"))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr


def test_a_huge_number_in_a_manifest_is_one_line(cache: Path) -> None:
    folder = hostile_release(cache, {})
    text = (folder / "manifest.json").read_text(encoding="utf-8")
    text = text.replace('"bytes": ', '"bytes": ' + "9" * 5000 + ', "x": ', 1)
    (folder / "manifest.json").write_text(text, encoding="utf-8")
    result = run_cli("info", VERSION)
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert len(result.stderr) < 600, result.stderr
