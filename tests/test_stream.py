"""Streaming validation gives exactly the in-memory failures, across batch boundaries.

The files are copies of the bundled claims under new ids, written with small
row groups and validated in small batches, so that every cross-row problem
(duplicate keys, dangling or mismatched restatements, references from another
table) spans batches and spill buckets.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import timeline
from timeline.loader import date_objects
from timeline.validation.failures import Failure
from timeline.validation.run import validate_paths
from timeline.validation.scale.spill import Spill, bucket_of
from timeline.validation.scale.stream import FailureSink, streamed_file, validate_streaming

from conftest import run_cli

COPIES = 40  # 40 copies of the bundled claims: 1,280 rows with the first release's 32


def _renumber(value: object, copy: int) -> object:
    if value is None or pd.isna(value):  # type: ignore[arg-type]
        return None
    return f"cl-{copy:03d}{str(value)[3:]}"


def claims_copies(copies: int = COPIES) -> pd.DataFrame:
    """The bundled claims repeated ``copies`` times, ids renumbered per copy (still valid)."""
    claims = date_objects(timeline.load("claims"))  # written back as date32, as released
    frames = []
    for copy in range(copies):
        frame = claims.copy()
        frame["claim_id"] = [_renumber(v, copy) for v in frame["claim_id"]]
        frame["restates"] = [_renumber(v, copy) for v in frame["restates"]]
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def with_problems(frame: pd.DataFrame) -> pd.DataFrame:
    """Plant problems that span batches, plus ordinary per-row ones."""
    frame = frame.copy()
    last = len(frame) - 1
    frame.loc[last, "claim_id"] = frame.loc[0, "claim_id"]  # duplicate of the first row
    frame.loc[last - 5, "restates"] = "cl-99999999"  # dangling
    other_event = frame.index[frame["event_id"] != frame.loc[3, "event_id"]][-1]
    frame.loc[other_event, "restates"] = frame.loc[3, "claim_id"]  # about another event
    frame.loc[600, "attribution"] = "hearsay"
    frame.loc[700, "quote_start"] = frame.loc[700, "quote_start"] + 1
    return frame


def write_parquet(frame: pd.DataFrame, path: Path, row_group: int = 200) -> Path:
    table = pa.Table.from_pandas(frame, preserve_index=False)
    pq.write_table(table, path, row_group_size=row_group)
    return path


def _key(failure: Failure) -> tuple[object, ...]:
    return (
        failure.table,
        failure.rule,
        failure.row,
        failure.column,
        failure.key,
        failure.value,
        failure.expected,
        failure.message,
        failure.file,
    )


@pytest.fixture(scope="module")
def bad_claims(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("stream")
    return write_parquet(with_problems(claims_copies()), folder / "claims.parquet")


def test_streaming_matches_in_memory_across_batches(bad_claims: Path) -> None:
    streamed = validate_streaming([bad_claims], bad_claims, batch_rows=150, bucket_rows=300)
    in_memory = validate_paths([bad_claims], stream=False)
    assert sorted(map(_key, streamed.failures)) == sorted(map(_key, in_memory.failures))
    rules = {f.rule for f in streamed.failures}
    assert {"unique_key", "foreign_key", "restates_same_event", "allowed_values"} <= rules
    dupes = sorted(f.row for f in streamed.failures if f.rule == "unique_key")
    assert dupes == [0, len(claims_copies()) - 1]  # first and last row: far apart
    assert streamed.problems == len(in_memory.failures)
    assert streamed.rows == in_memory.rows and streamed.notes == in_memory.notes


def test_clean_file_streams_valid(tmp_path: Path) -> None:
    frame = claims_copies(10)
    assert len(frame) == 10 * len(timeline.load("claims"))
    path = write_parquet(frame, tmp_path / "claims.parquet", row_group=50)
    report = validate_streaming([path], path, batch_rows=64, bucket_rows=100)
    assert report.valid and report.problems == 0 and report.rows == {"claims": len(frame)}


def test_references_from_another_table_into_the_streamed_one(tmp_path: Path) -> None:
    """Streaming events while claims are given whole: claims.event_id resolves across buckets."""
    events = date_objects(timeline.load("events"))
    dropped = str(events["event_id"].iloc[5])
    events_path = write_parquet(events.drop(index=5), tmp_path / "events.parquet", row_group=4)
    claims_path = write_parquet(date_objects(timeline.load("claims")), tmp_path / "claims.parquet")
    paths = [events_path, claims_path]
    streamed = validate_streaming(paths, events_path, batch_rows=5, bucket_rows=6)
    in_memory = validate_paths(paths, stream=False)
    assert sorted(map(_key, streamed.failures)) == sorted(map(_key, in_memory.failures))
    dangling = [f for f in streamed.failures if f.rule == "foreign_key"]
    assert dangling and {f.value for f in dangling} == {repr(dropped)}
    assert {f.table for f in dangling} == {"claims"}


def test_failures_are_capped_but_counted(tmp_path: Path) -> None:
    frame = claims_copies(5)
    frame["attribution"] = "hearsay"
    path = write_parquet(frame, tmp_path / "claims.parquet", row_group=40)
    report = validate_streaming([path], path, batch_rows=50, max_failures=7)
    assert len(report.failures) == 7
    assert report.problems == len(frame) and report.by_rule == {"allowed_values": len(frame)}
    assert any("the first 7 are listed" in note for note in report.notes)
    assert report.as_dict()["problems"] == len(frame)


def test_failure_sink_keeps_the_first() -> None:
    sink = FailureSink(cap=2)
    sink.add([Failure("claims", "a", "m", row=i) for i in range(3)])
    sink.add([Failure("events", "b", "m")])
    assert [f.row for f in sink.kept] == [0, 1]
    assert sink.total == 4 and sink.by_table == {"claims": 3, "events": 1}


def test_streamed_file_choice(tmp_path: Path, bad_claims: Path) -> None:
    csv = tmp_path / "claims.csv"
    csv.write_text("claim_id\ncl-0001\n", encoding="utf-8")
    assert streamed_file([bad_claims], None) is None  # small: in memory
    assert streamed_file([bad_claims], True) == bad_claims
    assert streamed_file([bad_claims], False) is None
    assert streamed_file([csv], None) is None


def test_spill_puts_equal_keys_in_one_bucket(tmp_path: Path) -> None:
    keys = pd.Series([f"cl-{i:04d}" for i in range(50)] * 2, dtype="str")
    buckets = bucket_of(keys, 7)
    assert (buckets[:50] == buckets[50:]).all() and set(buckets) <= set(range(7))
    with Spill(7, tmp_path) as spill:
        spill.add("keys", pd.DataFrame({"k": keys, "_row": range(100)}), "k")
        parts = [spill.read("keys", b) for b in spill]
        folder = spill.folder
    found = pd.concat([p for p in parts if p is not None])
    assert sorted(found["_row"]) == list(range(100))
    assert all(p is None or p["k"].duplicated(keep=False).all() for p in parts)
    assert not folder.exists()


def test_cli_stream_flag(bad_claims: Path) -> None:
    result = run_cli("validate", "--stream", str(bad_claims), "--format", "json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout)
    assert data["problems"] == data["failures_stored"] == len(data["failures"])
    assert {"unique_key", "foreign_key"} <= set(data["problems_by_rule"])


def test_cli_stream_needs_parquet(tmp_path: Path) -> None:
    csv = tmp_path / "claims.csv"
    csv.write_text("claim_id\ncl-0001\n", encoding="utf-8")
    result = run_cli("validate", "--stream", str(csv))
    assert result.returncode == 2
    assert "--stream needs a Parquet table file" in result.stderr
    assert "Traceback" not in result.stderr


def test_capped_stream_report_counts_every_problem(tmp_path: Path) -> None:
    """More problems than the stored cap: the summary and 'not shown' still count them all."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    import timeline

    from conftest import run_cli

    release = Path(timeline.load("claims").attrs["timeline"]["file"])
    table = pq.read_table(release)
    copies = 10_000 // table.num_rows + 1  # just over the 10,000 failures stored
    repeated = pa.concat_tables([table] * copies)  # every key duplicated
    rows = repeated.num_rows
    assert rows > 10_000
    path = tmp_path / "claims.parquet"
    pq.write_table(repeated, path, row_group_size=4096)
    result = run_cli("validate", str(path), "--stream", "--max-errors", "1")
    assert result.returncode == 1
    assert f"… {rows - 1} more problems not shown" in result.stdout
    assert f"invalid: {rows} problems: {rows} in claims" in result.stdout
