"""Distributed validation on a local Dask cluster of one gives the in-memory failures.

The release folder holds the bundled sources, actors and texts, events with a
dangling actor in a list column, and 40 renumbered copies of the bundled claims
(1,280 rows with the first release's 32) in row groups of 500 (three partitions; 200 and
seven partitions or more in a soak run, ``TIMELINE_SOAK=1``: each partition adds its
shuffle tasks, about half a second) with problems planted far apart: only
cross-partition checks (a reduction for duplicates, anti-joins for references) catch
them.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

import timeline
from test_stream import claims_copies, with_problems, write_parquet
from timeline.loader import date_objects
from timeline.validation.failures import Failure
from timeline.validation.run import validate_paths
from timeline.validation.scale.distributed import main, validate_release

from conftest import SOAK

if TYPE_CHECKING:  # imported by the fixture: a test process that runs no test here skips it
    from dask.distributed import Client

#: Claims rows per partition: the duplicate (first and last row), the restatement about
#: another event (row 3 and a row near the end) and the dangling one (near the end) span
#: partitions at either size.
ROW_GROUP = 200 if SOAK else 500


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
    )


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("release")
    bundled = Path(timeline.load("claims").attrs["timeline"]["file"]).parent
    for table in ("sources", "actors"):
        shutil.copy(bundled / f"{table}.parquet", folder)
    shutil.copytree(bundled / "texts", folder / "texts")
    events = date_objects(timeline.load("events"))  # written back as date32, as released
    events.loc[4, "actor_ids"] = "prk;nobody-known"
    write_parquet(events, folder / "events.parquet", row_group=5)
    write_parquet(with_problems(claims_copies()), folder / "claims.parquet", row_group=ROW_GROUP)
    return folder


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    from dask.distributed import Client, LocalCluster

    # the scheduler and its one worker run in this process but talk over TCP on 127.0.0.1,
    # so every task and result is still serialised across a real connection; a worker in a
    # process of its own cost about five seconds more to start, for the same code path
    with (
        LocalCluster(
            n_workers=1,
            threads_per_worker=1,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",
            processes=False,
            protocol="tcp",
        ) as cluster,
        Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.mark.slow
def test_cluster_of_one_matches_in_memory(release: Path, client: Client) -> None:
    assert len(client.scheduler_info()["workers"]) == 1
    found = validate_release(release, client)
    tables = [release / f"{t}.parquet" for t in timeline.tables()]
    in_memory = validate_paths(tables, stream=False).failures
    assert sorted(map(_key, found)) == sorted(map(_key, in_memory))
    rules = {(f.table, f.rule) for f in found}
    assert {
        ("claims", "unique_key"),
        ("claims", "foreign_key"),
        ("claims", "restates_same_event"),
        ("claims", "allowed_values"),
        ("claims", "quote_in_source"),
        ("events", "foreign_key"),
    } <= rules
    last = len(claims_copies()) - 1  # the last row repeats the first one's id
    assert last // ROW_GROUP >= 2  # the last partition, two or more after the first row's
    assert sorted(f.row for f in found if f.rule == "unique_key") == [0, last]


@pytest.mark.slow
def test_command_line_entry_point_on_a_running_cluster(
    client: Client, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--scheduler`` validates on a cluster already running (here the module's own; a new
    local cluster is the same code path after its start, and each start costs seconds)."""
    bundled = Path(timeline.load("claims").attrs["timeline"]["file"]).parent
    address = client.scheduler.address
    assert main([str(bundled), "--scheduler", address]) == 0
    assert capsys.readouterr().out.strip() == "valid"


def test_an_unreachable_scheduler_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import socket

    bundled = Path(timeline.load("claims").attrs["timeline"]["file"]).parent
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    address = f"tcp://127.0.0.1:{port}"
    assert main([str(bundled), "--scheduler", address, "--timeout", "0.3"]) == 2
    assert "cannot reach a Dask scheduler" in capsys.readouterr().err


@pytest.mark.slow
def test_tampered_release_fails_its_checksum(client: Client, tmp_path: Path) -> None:
    bundled = Path(timeline.load("claims").attrs["timeline"]["file"]).parent
    copy = tmp_path / "release"
    shutil.copytree(bundled, copy)
    events = copy / "events.parquet"
    events.write_bytes(events.read_bytes()[:200])  # truncated: unreadable and wrong hash
    found = validate_release(copy, client)
    assert [(f.table, f.rule) for f in found] == [("events", "manifest_sha256")]


def test_missing_or_empty_folder_is_a_usage_error(tmp_path: Path, capsys) -> None:
    from timeline.validation.scale.distributed import main

    assert main([str(tmp_path / "nope")]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert main([str(tmp_path)]) == 2
    assert "no table files" in capsys.readouterr().err
