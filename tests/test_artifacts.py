"""schemas/ and the release data packages: generated from the models, never drifting."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from timeline.model import schema, vocab
from timeline.model.keys import FOREIGN_KEYS, LIST_COLUMNS
from timeline.outputs import artifacts
from timeline.releases.paths import bundled_root, releases_in

from conftest import REPO

SCHEMAS = REPO / "schemas"
RELEASES = releases_in(bundled_root())


def test_committed_schemas_match_a_fresh_generation(tmp_path: Path) -> None:
    """Regenerate schemas/ into a temp dir; every committed file must be byte-identical."""
    fresh = tmp_path / "schemas"
    artifacts.write_schemas(fresh)
    generated = sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*") if p.is_file())
    committed = sorted(p.relative_to(SCHEMAS).as_posix() for p in SCHEMAS.rglob("*") if p.is_file())
    hint = "schemas/ is out of date: run `timeline artifacts` and commit the result"
    assert committed == generated, hint
    drifted = [n for n in generated if (fresh / n).read_bytes() != (SCHEMAS / n).read_bytes()]
    assert drifted == [], f"{hint} (drifted: {', '.join(drifted)})"


def test_check_reports_an_edited_missing_or_stray_file(tmp_path: Path) -> None:
    folder = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, folder)
    assert artifacts.check_schemas(folder) == []
    (folder / "codebook.md").write_text("# hand-edited\n", encoding="utf-8")
    (folder / "events.schema.json").unlink()
    (folder / "old.schema.json").write_text("{}", encoding="utf-8")
    problems = artifacts.check_schemas(folder)
    assert problems == [
        "events.schema.json: missing",
        "codebook.md: differs from what the models generate",
        "old.schema.json: not generated (stale?)",
    ]


def test_artifacts_command_checks_and_rewrites(tmp_path: Path, cli) -> None:
    folder = tmp_path / "schemas"
    shutil.copytree(SCHEMAS, folder)
    (folder / "claims.schema.json").write_text("{}\n", encoding="utf-8")
    failed = cli("artifacts", "--check", "--output", str(folder))
    assert failed.returncode == 1
    assert "claims.schema.json: differs" in failed.stderr
    assert "run `timeline artifacts`" in failed.stderr
    assert (folder / "claims.schema.json").read_text(encoding="utf-8") == "{}\n"

    rewritten = cli("artifacts", "--output", str(folder))
    assert rewritten.returncode == 0, rewritten.stderr
    assert (folder / "claims.schema.json").read_bytes() == (
        SCHEMAS / "claims.schema.json"
    ).read_bytes()
    passed = cli("artifacts", "--check", "--output", str(folder))
    assert passed.returncode == 0, passed.stderr
    assert "up to date" in passed.stdout


@pytest.mark.parametrize("table", vocab.TABLES)
def test_table_schema_describes_every_column_and_key(table: str) -> None:
    from frictionless import Schema

    descriptor = json.loads((SCHEMAS / f"{table}.schema.json").read_text(encoding="utf-8"))
    Schema.validate_descriptor(descriptor)  # raises on an invalid Table Schema
    spec = schema.contract()[table]
    assert [f["name"] for f in descriptor["fields"]] == [c["name"] for c in spec["columns"]]
    for field, col in zip(descriptor["fields"], spec["columns"], strict=True):
        assert field["type"] == col["type"]
        assert field["description"] == col["description"]
        constraints = field.get("constraints", {})
        assert constraints.get("required", False) is (not col["nullable"])
        assert constraints.get("enum") == col.get("allowed")
    assert descriptor["primaryKey"] == [vocab.PRIMARY_KEYS[table]]
    expected = {
        (column, "" if target == table else target, key)
        for source, column, target, key in FOREIGN_KEYS
        if source == table and column not in LIST_COLUMNS
    }
    found = {
        (fk["fields"][0], fk["reference"]["resource"], fk["reference"]["fields"][0])
        for fk in descriptor.get("foreignKeys", [])
    }
    assert found == expected


def test_claims_schema_has_every_reference() -> None:
    descriptor = json.loads((SCHEMAS / "claims.schema.json").read_text(encoding="utf-8"))
    references = {fk["fields"][0]: fk["reference"] for fk in descriptor["foreignKeys"]}
    assert references == {
        "event_id": {"resource": "events", "fields": ["event_id"]},
        "source_id": {"resource": "sources", "fields": ["source_id"]},
        "claimant_id": {"resource": "actors", "fields": ["actor_id"]},
        "restates": {"resource": "", "fields": ["claim_id"]},
    }


@pytest.mark.parametrize("version", RELEASES)
def test_release_datapackage_lists_every_file_with_its_hash(version: str) -> None:
    folder = bundled_root() / version
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    assert package["version"] == version
    assert (SCHEMAS / "releases" / version / "datapackage.json").read_bytes() == (
        folder / "datapackage.json"
    ).read_bytes()
    paths = {r["path"] for r in package["resources"]}
    texts = {p.relative_to(folder).as_posix() for p in (folder / "texts").iterdir()}
    assert paths == {f"{t}.parquet" for t in vocab.TABLES} | texts
    for resource in package["resources"]:
        data = (folder / resource["path"]).read_bytes()
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
        assert resource["bytes"] == len(data)
    tables = {r["name"]: r for r in package["resources"] if r["type"] == "table"}
    assert set(tables) == set(vocab.TABLES)
    for table, resource in tables.items():
        # a release's own columns: an older one lacks the optional columns added since
        columns = {table: pq.read_schema(folder / resource["path"]).names}
        assert resource["schema"] == artifacts.table_schema(table, schema.contract_for(columns))


def test_newest_release_datapackage_is_what_the_build_writes() -> None:
    """The release's descriptor regenerates from its manifest and the current models."""
    folder = bundled_root() / RELEASES[-1]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    package = artifacts.datapackage(
        artifacts.release_meta(manifest), artifacts.release_files(manifest), schema.contract()
    )
    assert artifacts.to_json(package) == (folder / "datapackage.json").read_bytes(), (
        "the release's datapackage.json is stale: delete the unpublished release folder and "
        "run `timeline build`, then `timeline artifacts`"
    )


def test_codebook_lists_every_column_value_meaning_and_rule() -> None:
    text = (SCHEMAS / "codebook.md").read_text(encoding="utf-8")
    contract = schema.contract()
    for table, spec in contract.items():
        assert f"### `{table}`" in text
        for col in spec["columns"]:
            assert f"| `{col['name']}` | {col['type']} |" in text, col["name"]
        for rule in spec["rules"]:
            assert f"`{rule['name']}`" in text
    for name, values in artifacts.VOCABULARIES.items():
        assert f"### {name}" in text
        for value, meaning in values.items():
            assert f"| `{value}` | {meaning} |" in text, (name, value)
    for topic in (
        "### Dates and their precision",
        "### Numbers: qualifiers and bounds",
        "### Quotes and offsets",
        "### Restatements",
        "text[quote_start:quote_end] == quote",
        "`date_kind`",
    ):
        assert topic in text
    assert "| `events.actor_ids` | `actors.actor_id` |" in text


def test_vocabulary_of_finds_the_vocabulary_by_its_values() -> None:
    claims = {c["name"]: c for c in schema.contract()["claims"]["columns"]}
    assert artifacts.vocabulary_of(claims["qualifier"]) == "QUALIFIERS"
    assert artifacts.vocabulary_of(claims["certainty"]) == "CERTAINTY"
    assert artifacts.vocabulary_of(claims["quote"]) is None
    assert artifacts.vocabulary_of({"allowed": ["x", "y"]}) is None
