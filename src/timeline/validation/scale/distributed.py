"""Validate a release too large for one machine with Dask.

Needs the optional extra: ``pip install "dprk-russia-timeline[distributed]"``.

The release layout is unchanged: ``<folder>/<table>.parquet`` files (or
``<folder>/<table>/`` folders of Parquet parts) and ``<folder>/texts/``.
Every Parquet row group becomes one Dask partition, read with the package's
own dtypes and carrying its global row numbers.  Then:

* per partition: coercion and the pandera model with its cross-column rules
  (:func:`timeline.validation.engine.check_table`), quotes against the archived texts
  and claim dates against publication (the sources table is one row per
  archived text, so it is broadcast to every partition);
* across partitions, never per partition: duplicate primary keys by a
  ``value_counts`` reduction, every foreign key by an anti-join (a shuffle
  ``merge`` against the referenced keys), and restated claims sharing their
  event by a self-join.

Failures are the same :class:`~timeline.validation.failures.Failure` records as
``timeline validate`` gives, with global row numbers.  Run it on any Dask
cluster (``validate_release(folder, client=Client(...))``), or from a shell, on a new local
cluster or on a running one::

    python -m timeline.validation.scale.distributed RELEASE_FOLDER [--workers N]
    python -m timeline.validation.scale.distributed RELEASE_FOLDER --scheduler tcp://HOST:8786

Exit codes: 0 valid, 1 invalid, 2 usage error (no such folder, no scheduler answering).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

import pandas as pd

from timeline.errors import EXIT_USAGE, InputError, TimelineError
from timeline.io.curated import TextFolder
from timeline.io.readers import table_to_pandas
from timeline.model.catalogue import Code, needs_whole_table
from timeline.model.keys import FOREIGN_KEYS, LIST_COLUMNS
from timeline.model.vocab import PRIMARY_KEYS, TABLES
from timeline.releases.manifest import MANIFEST_NAME, Manifest, sha256_file
from timeline.validation import crosscheck
from timeline.validation.engine import check_table, describe_check
from timeline.validation.failures import Failure, short_value, summarize

ROW = "_row"
FAILURE_FIELDS = [f.name for f in fields(Failure)]


def _failure_meta() -> pd.DataFrame:
    return pd.DataFrame({name: pd.Series([], dtype=object) for name in FAILURE_FIELDS})


def _as_frame(failures: Sequence[Failure]) -> pd.DataFrame:
    if not failures:
        return _failure_meta()
    return pd.DataFrame([f.as_dict() for f in failures], columns=FAILURE_FIELDS).astype(object)


def _as_failures(frame: pd.DataFrame) -> list[Failure]:
    records = frame.astype(object).where(frame.notna(), None).to_dict("records")
    out = []
    for record in records:
        for name in ("row", "line"):
            if record[name] is not None:
                record[name] = int(record[name])
        out.append(Failure(**{str(k): v for k, v in record.items()}))
    return out


def _files(folder: Path, table: str) -> list[Path]:
    single = folder / f"{table}.parquet"
    if single.is_file():
        return [single]
    return sorted((folder / table).glob("*.parquet"))


def _pieces(folder: Path, table: str) -> list[tuple[str, int, int]]:
    """(file, row group, global row of its first row) for every row group of a table."""
    import pyarrow.parquet as pq

    pieces = []
    offset = 0
    for path in _files(folder, table):
        meta = pq.ParquetFile(path).metadata
        for group in range(meta.num_row_groups):
            pieces.append((str(path), group, offset))
            offset += meta.row_group(group).num_rows
    return pieces


def _read_piece(piece: tuple[str, int, int]) -> pd.DataFrame:
    """One row group with the package's dtypes, plus its global row numbers."""
    import pyarrow.parquet as pq

    path, group, offset = piece
    frame = table_to_pandas(pq.ParquetFile(path).read_row_group(group))
    return frame.assign(**{ROW: pd.RangeIndex(offset, offset + len(frame)).to_numpy()})


def _partition_failures(
    frame: pd.DataFrame, table: str, sources: pd.DataFrame | None, texts: Path
) -> pd.DataFrame:
    """Everything one partition can judge alone, with global row numbers."""
    rows = frame[ROW].to_numpy()
    typed, failures = check_table(table, frame.drop(columns=ROW))
    failures = [f for f in failures if not needs_whole_table(f.rule, f.table, f.column)]
    if table == "claims" and sources is not None:
        found = crosscheck.quotes_match_texts(typed, sources, TextFolder(texts))
        failures += [f for f in found if f.table == "claims"]
        failures += crosscheck.claims_not_after_publication(typed, sources)
    local = [replace(f, row=int(rows[f.row])) if f.row is not None else f for f in failures]
    return _as_frame(local)


def _duplicates(frame: Any, key: str) -> Any:
    """Rows whose key occurs more than once anywhere: a value_counts reduction, then a join."""
    counts = frame[key].value_counts()
    repeated = counts[counts > 1].to_frame("_n")
    return frame[[key, ROW]].merge(repeated, left_on=key, right_index=True, how="inner")


def _duplicate_failures(table: str, rows: pd.DataFrame) -> list[Failure]:
    key = PRIMARY_KEYS[table]
    rule, message, expected = describe_check("field_uniqueness", table, key)
    return [
        Failure(
            table,
            rule,
            message,
            column=key,
            key=str(k),
            row=int(r),
            value=short_value(k),
            expected=expected,
        )
        for k, r in zip(rows[key], rows[ROW], strict=True)
    ]


def _dangling(frames: dict[str, Any], table: str, column: str, target: str, target_key: str) -> Any:
    """Rows of ``table`` whose ``column`` value is no ``target_key``: an anti-join."""
    key = PRIMARY_KEYS[table]
    refs = frames[table][[key, column, ROW]].dropna(subset=[column])
    if column in LIST_COLUMNS:
        refs = refs.assign(**{column: refs[column].astype(str).str.split(";")}).explode(column)
        refs = refs.astype({column: "str"})
    known = frames[target][target_key].dropna().unique().to_frame(column)
    known = known.astype({column: refs[column].dtype}).assign(_known=True)
    joined = refs.merge(known, on=column, how="left")
    return joined[joined["_known"].isna()][[key, column, ROW]]


def _foreign_key_failures(frames: dict[str, Any], found: dict[str, pd.DataFrame]) -> list[Failure]:
    failures: list[Failure] = []
    for table, column, target, target_key in FOREIGN_KEYS:
        if f"{table}.{column}" not in found:  # a column an older release does not have
            continue
        bad = found[f"{table}.{column}"].sort_values(ROW).reset_index(drop=True)
        if bad.empty:
            continue
        # The crosscheck function words the failures, exactly as in memory.
        empty_target = pd.DataFrame({target_key: pd.Series([], dtype="str")})
        worded = crosscheck.foreign_keys({table: bad}, PRIMARY_KEYS, {target: empty_target})
        failures += [
            replace(f, row=int(bad[ROW].iloc[f.row]))
            for f in worded
            if f.column == column and f.row is not None
        ]
    return failures


def _restated_pairs(claims: Any) -> Any:
    """Claims whose restated claim is itself or about another event: a self-join."""
    refs = claims[["claim_id", "event_id", "restates", ROW]].dropna(subset=["restates"])
    targets = claims[["claim_id", "event_id"]].rename(
        columns={"claim_id": "restates", "event_id": "_target_event"}
    )
    joined = refs.merge(targets, on="restates", how="inner")
    bad = (joined["_target_event"] != joined["event_id"]) | (
        joined["restates"] == joined["claim_id"]
    )
    return joined[bad][["claim_id", "event_id", "restates", "_target_event", ROW]]


def _restated_failures(pairs: pd.DataFrame) -> list[Failure]:
    failures = []
    for record in pairs.sort_values(ROW).to_dict("records"):
        mini = pd.DataFrame(
            {
                "claim_id": [record["claim_id"], record["restates"]],
                "event_id": [record["event_id"], record["_target_event"]],
                "restates": [record["restates"], None],
            }
        )
        for failure in crosscheck.restated_claims_share_event(mini):
            if failure.row == 0:
                failures.append(replace(failure, row=int(record[ROW])))
    return failures


def _dask(module: str) -> Any:
    """Import a Dask module lazily (an optional extra; Dask is untyped for mypy)."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        msg = "distributed validation needs Dask: pip install 'dprk-russia-timeline[distributed]'"
        raise ImportError(msg) from None


def validate_release(folder: Path, client: Any = None) -> list[Failure]:
    """Every failure of the release at ``folder``, computed on Dask (``client`` or default).

    ``client`` is a ``dask.distributed.Client``; without one, Dask's default
    scheduler runs it in this process.
    """
    dask = _dask("dask")
    dd = _dask("dask.dataframe")
    integrity = _manifest_failures(_existing(folder))
    corrupt = {f.table for f in integrity}
    frames: dict[str, Any] = {}
    for table in TABLES:
        if table in corrupt:
            continue  # its checksum failure is reported; its bytes cannot be trusted
        pieces = _readable_pieces(folder, table)
        if pieces:
            meta = _read_piece(pieces[0]).iloc[:0]
            frames[table] = dd.from_map(_read_piece, pieces, meta=meta, enforce_metadata=False)
    sources = _read_sources(folder)
    texts = folder / "texts"
    lazy: dict[str, Any] = {}
    for table, frame in frames.items():
        lazy[f"partitions.{table}"] = frame.map_partitions(
            _partition_failures, table, sources, texts, meta=_failure_meta()
        )
    for table, column, target, target_key in FOREIGN_KEYS:
        if table in frames and target in frames and column in frames[table].columns:
            lazy[f"{table}.{column}"] = _dangling(frames, table, column, target, target_key)
    for table, frame in frames.items():
        lazy[f"duplicates.{table}"] = _duplicates(frame, PRIMARY_KEYS[table])
    if "claims" in frames:
        lazy["restated"] = _restated_pairs(frames["claims"])
    scheduler = {"scheduler": client} if client is not None else {}
    names = list(lazy)
    computed = dict(zip(names, dask.compute(*[lazy[n] for n in names], **scheduler), strict=True))

    failures: list[Failure] = list(integrity)
    for table in frames:
        failures += _as_failures(computed[f"partitions.{table}"])
        dupes = computed[f"duplicates.{table}"].sort_values(ROW)
        failures += _duplicate_failures(table, dupes)
    if sources is not None:
        found = crosscheck.quotes_match_texts(pd.DataFrame(), sources, TextFolder(texts))
        failures += found
    failures += _foreign_key_failures(frames, computed)
    if "restated" in computed:
        failures += _restated_failures(computed["restated"])
    order = {t: i for i, t in enumerate(TABLES)}
    return sorted(
        failures, key=lambda f: (order.get(f.table, 99), f.row if f.row is not None else -1)
    )


def _existing(folder: Path) -> Path:
    if not folder.is_dir():
        msg = f"{folder}: no such folder (expected a release folder of Parquet tables)"
        raise InputError(msg)
    return folder


def _readable_pieces(folder: Path, table: str) -> list[tuple[str, int, int]]:
    import pyarrow as pa

    try:
        return _pieces(folder, table)
    except (pa.ArrowException, OSError) as exc:
        msg = f"{folder}: {table} is not a readable Parquet table ({str(exc).splitlines()[0]})"
        raise InputError(msg) from None


def _manifest_failures(folder: Path) -> list[Failure]:
    """Checksum failures for files a ``manifest.json`` lists (none when there is no manifest)."""
    if not (folder / MANIFEST_NAME).is_file():
        if not any(_files(folder, table) for table in TABLES):
            msg = f"{folder}: no table files (expected <table>.parquet or <table>/*.parquet)"
            raise InputError(msg)
        return []
    manifest = Manifest.read(folder / MANIFEST_NAME)
    failures = []
    for table in TABLES:
        name = f"{table}.parquet"
        path = folder / name
        entry = manifest.files.get(name)
        if entry is None:
            continue
        if not path.is_file() or sha256_file(path) != entry["sha256"]:
            failures.append(
                Failure(
                    table,
                    Code.MANIFEST_SHA256,
                    f"{name} is missing or differs from the SHA-256 in manifest.json",
                    file=str(path),
                    expected=f"SHA-256 {entry['sha256']}",
                )
            )
    return failures


def _read_sources(folder: Path) -> pd.DataFrame | None:
    paths = _files(folder, "sources")
    if not paths:
        return None
    import pyarrow.parquet as pq

    frame = pd.concat([table_to_pandas(pq.read_table(p)) for p in paths], ignore_index=True)
    typed, _ = check_table("sources", frame)
    return typed


def _connect(dist: Any, address: str, seconds: float) -> Any:
    """A client of the running cluster at ``address``; a clear error when none answers."""
    try:
        return dist.Client(address, timeout=f"{seconds}s")
    except OSError as exc:  # dask raises OSError (TimeoutError) when nothing answers
        msg = f"cannot reach a Dask scheduler at {address} ({exc})"
        raise InputError(msg) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Validate a release folder on Dask (a new local cluster, or a running one with
    ``--scheduler``); exit 1 when invalid, 2 for a usage error."""
    parser = argparse.ArgumentParser(prog="python -m timeline.validation.scale.distributed")
    parser.add_argument("folder", type=Path)
    parser.add_argument("--workers", type=int, default=1, help="workers of a new local cluster")
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="a running cluster's scheduler (tcp://host:port) instead of a new local one",
    )
    parser.add_argument(
        "--timeout", type=float, default=10.0, help="seconds to wait for --scheduler to answer"
    )
    args = parser.parse_args(argv)
    try:
        _manifest_failures(_existing(args.folder))  # fail fast, before starting a cluster
        dist = _dask("dask.distributed")
        with contextlib.ExitStack() as stack:
            if args.scheduler:
                client = stack.enter_context(_connect(dist, args.scheduler, args.timeout))
            else:
                # A local cluster on loopback only (scheduler, workers and dashboard).
                cluster = stack.enter_context(
                    dist.LocalCluster(
                        n_workers=args.workers,
                        threads_per_worker=1,
                        host="127.0.0.1",
                        dashboard_address="127.0.0.1:0",
                    )
                )
                client = stack.enter_context(dist.Client(cluster))
            failures = validate_release(args.folder, client)
    except TimelineError as exc:
        print(f"error: {exc}", file=sys.stderr)  # noqa: T201
        return exc.exit_code
    except ImportError as exc:
        print(f"error: {exc}", file=sys.stderr)  # noqa: T201
        return EXIT_USAGE

    for failure in failures:
        print(failure.as_text())  # noqa: T201
    print(f"invalid: {summarize(failures)}" if failures else "valid")  # noqa: T201
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
