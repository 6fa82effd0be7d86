"""Every failure code in the catalogue is produced by real validation of a bad input.

A new code added to :mod:`timeline.model.catalogue` without a case here fails
``test_every_code_has_a_case``; each case breaks the fixture dataset in one place and
runs the real validator on it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from fixture_dataset import SOURCE_ID, write_dataset
from timeline.io import curated
from timeline.model.catalogue import CATALOGUE, Code, Scope, info, needs_whole_table, row_rules
from timeline.publish.build import build
from timeline.validation.engine import check_dataset
from timeline.validation.failures import Failure
from timeline.validation.run import validate_paths

Frames = dict[str, pd.DataFrame]


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_dataset(tmp_path_factory.mktemp("catalogue") / "datasets")


def _in_memory(mutate: Callable[[Frames], None]) -> Callable[[Path, Path], list[Failure]]:
    def run(datasets: Path, _tmp: Path) -> list[Failure]:
        frames = {t: raw.frame.copy() for t, raw in curated.read_tables(datasets).items()}
        mutate(frames)
        _, failures = check_dataset(frames, curated.TextFolder(datasets / "sources"))
        return failures

    return run


def _set(table: str, row: int, **values: object) -> Callable[[Frames], None]:
    def mutate(frames: Frames) -> None:
        for column, value in values.items():
            frames[table].at[row, column] = value

    return mutate


def _duplicate_row(frames: Frames) -> None:
    frames["actors"] = pd.concat([frames["actors"], frames["actors"].iloc[[0]]], ignore_index=True)


def _repeat_column(frames: Frames) -> None:
    frames["actors"] = pd.concat([frames["actors"], frames["actors"][["name"]]], axis=1)


def _storage_type(datasets: Path, tmp: Path) -> list[Failure]:
    frame = curated.read_tables(datasets)["claims"].frame
    table = pa.Table.from_pandas(frame.astype({"stated_end": str}), preserve_index=False)
    path = tmp / "claims.parquet"
    pq.write_table(table, path)
    return validate_paths([path, datasets / "curated" / "events.yaml"]).failures


def _manifest(datasets: Path, tmp: Path) -> list[Failure]:
    releases = tmp / "releases"
    folder = build(datasets, releases).path
    actors = folder / "actors.parquet"
    pq.write_table(pq.read_table(actors).slice(0, 1), actors)  # valid Parquet, other bytes
    return validate_paths([folder]).failures


def _no_text(datasets: Path, tmp: Path) -> list[Failure]:
    copy = tmp / "copy"
    shutil.copytree(datasets, copy)
    (copy / "sources" / f"{SOURCE_ID}.txt").unlink()
    return validate_paths([copy]).failures


def _changed_text(datasets: Path, tmp: Path) -> list[Failure]:
    copy = tmp / "copy"
    shutil.copytree(datasets, copy)
    path = copy / "sources" / f"{SOURCE_ID}.txt"
    path.write_bytes(path.read_bytes() + b" ")
    return validate_paths([copy]).failures


CASES: dict[Code, Callable[[Path, Path], list[Failure]]] = {
    Code.TYPE: _in_memory(_set("claims", 0, value="forty")),
    Code.ALLOWED_VALUES: _in_memory(_set("events", 0, event_type="parade")),
    Code.PATTERN: _in_memory(_set("claims", 0, claim_id="claim one")),
    Code.MINIMUM: _in_memory(_set("claims", 1, quote_start=-5)),
    Code.REQUIRED: _in_memory(_set("events", 0, summary=None)),
    Code.UNKNOWN_COLUMN: _in_memory(lambda f: f["actors"].insert(0, "nickname", "x")),
    Code.MISSING_COLUMN: _in_memory(lambda f: f["actors"].pop("kind")),
    Code.SCHEMA: _in_memory(_repeat_column),
    Code.STORAGE_TYPE: _storage_type,
    Code.MANIFEST_SHA256: _manifest,
    Code.EVENT_DATES_AGREE_WITH_PRECISION: _in_memory(_set("events", 0, date_end="2024-11-09")),
    Code.EVENT_START_NOT_AFTER_END: _in_memory(
        _set("events", 0, date_start="2024-11-12", date_end="2024-11-10", date_precision="range")
    ),
    Code.EVENT_START_GIVEN_UNLESS_RANGE: _in_memory(_set("events", 0, date_start=None)),
    Code.STATED_DATES_AGREE_WITH_PRECISION: _in_memory(_set("claims", 0, stated_precision="week")),
    Code.STATED_START_NOT_AFTER_END: _in_memory(
        _set("claims", 0, stated_on="2024-11-08", stated_end="2024-11-07", stated_precision="range")
    ),
    Code.STATED_START_GIVEN_UNLESS_RANGE: _in_memory(_set("claims", 1, stated_precision="day")),
    Code.QUALIFIER_AGREES_WITH_BOUNDS: _in_memory(_set("claims", 0, value_low=41)),
    Code.QUOTE_LENGTH_MATCHES_OFFSETS: _in_memory(_set("claims", 0, quote_end=10_000)),
    Code.UNIQUE_KEY: _in_memory(_duplicate_row),
    Code.FOREIGN_KEY: _in_memory(_set("claims", 0, claimant_id="nobody")),
    Code.RESTATES_SAME_EVENT: _in_memory(_set("claims", 1, restates="cl-0002")),
    Code.ARCHIVED_TEXT: _no_text,
    Code.TEXT_SHA256: _changed_text,
    Code.TEXT_CHARS: _in_memory(_set("sources", 0, text_chars=12345)),
    Code.QUOTE_IN_SOURCE: _in_memory(_set("claims", 0, quote_start=1, quote_end=62)),
    Code.STATED_BEFORE_PUBLICATION: _in_memory(
        _set("claims", 0, stated_on="2024-12-02", stated_end="2024-12-02")
    ),
}


def test_every_code_has_a_case() -> None:
    assert set(CASES) == set(Code)


def test_every_code_has_a_description_and_an_expectation() -> None:
    assert set(CATALOGUE) == set(Code)
    for code, entry in CATALOGUE.items():
        assert entry.code is code
        assert entry.description.endswith(".") and len(entry.description) > 20, code
        assert entry.expected, code
        assert entry.exit_code == 1, code
        if entry.scope is Scope.ROW:
            assert entry.table and entry.columns, f"{code}: a row rule names its table and columns"


def test_the_fixture_itself_is_valid(dataset: Path) -> None:
    assert validate_paths([dataset]).failures == []


@pytest.mark.parametrize("code", list(Code), ids=str)
def test_code_is_reported_for_its_bad_input(code: Code, dataset: Path, tmp_path: Path) -> None:
    failures = CASES[code](dataset, tmp_path)
    assert code in {f.rule for f in failures}, [f.as_text() for f in failures]
    for failure in failures:
        assert info(failure.rule) is not None, f"{failure.rule} is not in the catalogue"
        if failure.rule == code:
            assert failure.expected, failure.as_text()


def test_failures_serialise_their_code_as_plain_text(dataset: Path, tmp_path: Path) -> None:
    failures = CASES[Code.TEXT_CHARS](dataset, tmp_path)
    as_json = json.loads(json.dumps([f.as_dict() for f in failures]))
    assert {"rule": "text_chars", "column": "text_chars", "table": "sources"}.items() <= as_json[
        0
    ].items()
    assert "expected" in as_json[0] and str(len(open_text(dataset))) in as_json[0]["expected"]


def open_text(dataset: Path) -> str:
    return (dataset / "sources" / f"{SOURCE_ID}.txt").read_text(encoding="utf-8")


def test_a_misplaced_quote_is_told_where_it_is(dataset: Path, tmp_path: Path) -> None:
    failures = CASES[Code.QUOTE_IN_SOURCE](dataset, tmp_path)
    (quote,) = [f for f in failures if f.rule == Code.QUOTE_IN_SOURCE]
    claim = curated.read_tables(dataset)["claims"].frame.iloc[0]
    assert quote.expected == (
        f"quote_start {claim['quote_start']} and quote_end {claim['quote_end']}"
    )


def test_whole_table_checks_are_named_by_scope() -> None:
    assert needs_whole_table("unique_key", "claims", "claim_id")
    assert needs_whole_table("foreign_key", "claims", "restates")
    assert not needs_whole_table("foreign_key", "claims", "event_id")
    assert not needs_whole_table("type", "claims", "value")
    assert not needs_whole_table("no_such_code", "claims", None)
    assert {r.code for r in row_rules("claims")} >= {Code.QUALIFIER_AGREES_WITH_BOUNDS}


def test_the_codebook_lists_every_code() -> None:
    from timeline.model.schema import contract
    from timeline.outputs.artifacts import codebook

    text = codebook(contract())
    for code in Code:
        assert f"| `{code}` |" in text, code
