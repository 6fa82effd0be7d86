"""Load released tables into pandas.  Never imports pandera.

Dtypes of loaded frames (see ``docs/loading.md``): text columns ``string``
(pandas' nullable string dtype, backed by Arrow), integer columns ``Int64``, both
with ``pd.NA`` for a missing value; date columns ``datetime64[ms]`` (midnight of
the day), with ``NaT``, datetime64's own missing value, so that they compare with
ISO date strings and Timestamps.  Filters take ISO date strings for date columns.
Each frame's ``attrs["timeline"]`` records dataset, version, table, file, its
verified SHA-256, where the release came from (bundled, cache, or folder) and how
it was asked for (``requested``: the version argument, None for the newest local).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import ConfigError, InputError, IntegrityError
from timeline.model.vocab import TABLES, unknown_table
from timeline.releases.resolve import LATEST, local_versions, open_release, resolve_version
from timeline.releases.settings import settings

if TYPE_CHECKING:
    import pandas as pd


def versions() -> list[str]:
    """Release versions that can be loaded without the network (bundled or cached), oldest
    first; ``load()`` without a version reads the last.  ``timeline versions --remote``
    also lists the mirror's."""
    return local_versions()


def tables() -> list[str]:
    """Names of the dataset's tables."""
    return list(TABLES)


def load(
    table: str = "events",
    *,
    version: str | None = None,
    columns: Sequence[str] | None = None,
    filters: Any = None,
    base_url: str | None = None,
    cache_dir: Path | str | None = None,
) -> pd.DataFrame:
    """Load one table of a release as a pandas DataFrame.

    ``version=None`` means the newest release available without the network: bundled
    with the package or cached by an earlier download (verified in full), whichever is
    newer (see :func:`versions`); ``"1.1.0"`` pins a
    release (bundled, else cached, else downloaded from the mirror at
    ``base_url`` / ``TIMELINE_BASE_URL`` into ``cache_dir`` /
    ``TIMELINE_CACHE_DIR``); ``"latest"`` picks the newest one the mirror's
    index lists and says which in a :class:`~timeline.errors.LatestVersionWarning`.
    ``columns`` selects columns; ``filters`` is pyarrow's filter syntax, e.g.
    ``[("event_type", "==", "casualties")]`` or ``[("date_start", ">=", "2024-12-01")]``
    (dates as ISO strings, ``datetime.date`` or midnight Timestamps).  The file's SHA-256
    is checked against the release manifest before it is parsed.  ``attrs["timeline"]``
    says which release was read.
    """
    if table not in TABLES:
        raise unknown_table(table)
    _check_version(version)
    import pyarrow as pa
    import pyarrow.parquet as pq

    from timeline.releases.tables import open_table

    release = open_release(version, base_url=base_url, cache_dir=cache_dir, stacklevel=3)
    name = f"{table}.parquet"
    path = release.file(name)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        msg = (
            f"{path}: missing from release {release.version} ({release.origin}); delete "
            f"{release.path} and run `timeline download {release.version}` again"
        )
        raise IntegrityError(msg) from None
    release.manifest.verify_bytes(name, data, path)
    # Read with ParquetFile and no Arrow worker threads: pq.read_table (the dataset API)
    # starts pyarrow's thread pools, whose teardown at interpreter exit aborted about 1 in
    # 30 short scripts under load ("terminate called without an active exception",
    # apache/arrow#34314); measured 0 in 150 this way. Filters still need the dataset API.
    parquet = open_table(release, table, data)  # a Parquet file, its columns, bounded
    available = parquet.schema_arrow.names
    selected = _checked_columns(table, columns, available)
    _check_filter_columns(table, filters, available)
    _check_filter_terms(table, filters, parquet.schema_arrow)
    filters = _dated_filters(table, filters, parquet.schema_arrow)
    try:
        if filters is None:
            arrow = parquet.read(columns=selected, use_threads=False)
        else:
            arrow = pq.read_table(
                pa.BufferReader(data),
                columns=selected,
                filters=filters,
                use_threads=False,
                pre_buffer=False,
            )
    except (pa.ArrowException, TypeError, ValueError) as exc:
        msg = f"invalid filters for {table}: {str(exc).splitlines()[0]}"
        raise InputError(msg) from None
    frame = _to_pandas(arrow)
    frame.attrs["timeline"] = {
        "dataset": release.manifest.data.get("dataset", "timeline"),
        "version": release.version,
        "table": table,
        "file": str(path),
        "sha256": release.manifest.files[name]["sha256"],
        "origin": release.origin,
        "requested": version,
    }
    return frame


def _to_pandas(arrow: Any) -> pd.DataFrame:
    """The loaded frame in the dtypes documented above, one missing marker per kind."""
    import pandas as pd
    import pyarrow as pa

    text = pd.StringDtype("pyarrow", na_value=pd.NA)
    mapping = {
        pa.int64(): pd.Int64Dtype(),
        pa.int32(): pd.Int64Dtype(),
        pa.string(): text,
        pa.large_string(): text,
    }
    frame: pd.DataFrame = arrow.to_pandas(
        types_mapper=mapping.get, date_as_object=False, use_threads=False
    )
    return frame


def date_objects(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of a loaded frame whose date columns hold ``datetime.date`` objects (None where
    missing), for code that works with days rather than Timestamps, such as the chart."""
    import pandas as pd

    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_dtype(out[column].dtype):
            days = [None if pd.isna(v) else v.date() for v in out[column]]
            out[column] = pd.Series(days, index=out.index, dtype=object)
    return out


def load_timeline(
    version: str | None = None,
    *,
    base_url: str | None = None,
    cache_dir: Path | str | None = None,
) -> pd.DataFrame:
    """Claims joined with their event, claimant and source, sorted by event date.

    One row per claim: the event's dates, type and summary; the claimant's name
    and kind; the claim's quote, numbers and certainty; the source's publisher
    and publication date.  Rows that restate another claim are kept (see the
    ``restates`` column) so that every quote stays visible.
    """
    _check_version(version)
    requested = version
    if version in (None, LATEST):  # resolved once, so the four tables come from one release
        config = settings(base_url=base_url, cache_dir=cache_dir)
        version = resolve_version(version, config, stacklevel=3)
    get = functools.partial(load, version=version, base_url=base_url, cache_dir=cache_dir)
    claims = get("claims")
    events = get("events").rename(columns={"coding_note": "event_note"})
    actors = get("actors", columns=["actor_id", "name", "kind"]).rename(
        columns={"actor_id": "claimant_id", "name": "claimant", "kind": "claimant_kind"}
    )
    sources = get("sources", columns=["source_id", "publisher", "published_on"])
    joined = (
        claims.merge(events, on="event_id", how="left", validate="many_to_one")
        .merge(actors, on="claimant_id", how="left", validate="many_to_one")
        .merge(sources, on="source_id", how="left", validate="many_to_one")
    )
    joined["_order"] = joined["date_start"].where(joined["date_start"].notna(), joined["date_end"])
    joined = joined.sort_values(
        ["_order", "date_end", "event_id", "stated_end", "claim_id"], kind="stable"
    ).drop(columns="_order")
    leading = [
        "date_start",
        "date_end",
        "date_precision",
        "date_text",
        "event_type",
        "event_id",
        "summary",
        "claim_id",
        "claimant",
        "claimant_kind",
        "attribution",
        "certainty",
        "value",
        "qualifier",
        "value_low",
        "value_high",
        "unit",
        "quote",
        "stated_on",
        "stated_end",
        "stated_precision",
        "publisher",
        "published_on",
    ]
    ordered = leading + [c for c in joined.columns if c not in leading]
    joined = joined[ordered].reset_index(drop=True)
    joined.attrs["timeline"] = {
        **claims.attrs["timeline"],
        "table": "timeline",
        "requested": requested,
    }
    return joined


def _check_version(version: object) -> None:
    """A version is a string ('1.0.0', 'latest') or None; say so plainly for anything else."""
    if version is None or isinstance(version, str):
        return
    msg = (
        f'version must be a string such as "1.0.0" or "latest" (or None for the newest '
        f"local release), not the {type(version).__name__} {version!r}"
    )
    raise ConfigError(msg)


def _no_such_columns(table: str, unknown: Sequence[str], available: Sequence[str]) -> InputError:
    """The one wording of 'these columns do not exist', with the table's columns."""
    noun = "column" if len(unknown) == 1 else "columns"
    return InputError(
        f"{table} has no {noun} {', '.join(map(repr, unknown))}; its columns are "
        f"{', '.join(available)}"
    )


def _filter_columns(filters: Any) -> list[str]:
    """Column names in pyarrow's list filter syntax: [(col, op, value), ...] or a list of
    such lists (OR of ANDs).  Expressions and malformed filters give none (pyarrow
    reports those)."""
    if not isinstance(filters, list | tuple):
        return []
    names: list[str] = []
    for item in filters:
        if isinstance(item, tuple) and len(item) == 3 and isinstance(item[0], str):
            names.append(item[0])
        elif isinstance(item, list):
            names.extend(_filter_columns(item))
    return names


def _filter_date(table: str, column: str, value: Any) -> Any:
    """A filter value for a date column: ISO strings and midnight datetimes become dates."""
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            msg = (
                f"invalid filters for {table}: {value!r} is not a date for {column}; "
                "expected YYYY-MM-DD"
            )
            raise InputError(msg) from None
    if isinstance(value, dt.datetime) and value == value and value.time() == dt.time(0):
        return value.date()  # value == value: not NaT
    return value


def _dated_filters(table: str, filters: Any, schema: Any) -> Any:
    """``filters`` with the values for date columns turned into ``datetime.date``.

    Arrow compares a date column only with dates; people write ISO strings
    (``"2024-12-01"``) and Timestamps.  ``in`` and ``not in`` take a list of them.
    """
    import pyarrow as pa

    dates = {f.name for f in schema if pa.types.is_date(f.type)}
    if not dates or not isinstance(filters, list | tuple):
        return filters

    def convert(item: Any) -> Any:
        if isinstance(item, list):
            return [convert(x) for x in item]
        if isinstance(item, tuple) and len(item) == 3 and item[0] in dates:
            column, op, value = item
            if isinstance(value, list | tuple | set | frozenset) and not isinstance(value, str):
                return (column, op, [_filter_date(table, column, v) for v in value])
            return (column, op, _filter_date(table, column, value))
        return item

    return [convert(item) for item in filters]


def _check_filter_columns(table: str, filters: Any, available: Sequence[str]) -> None:
    """Name a misspelt filter column (pyarrow's own message names another column)."""
    unknown = [c for c in dict.fromkeys(_filter_columns(filters)) if c not in available]
    if unknown:
        msg = f"invalid filters for {table}: {_no_such_columns(table, unknown, available)}"
        raise InputError(msg)


#: The operators of pyarrow's list filter syntax.
FILTER_OPERATORS = ("=", "==", "!=", "<", ">", "<=", ">=", "in", "not in")


def _filter_terms(filters: Any) -> list[tuple[str, Any, Any]]:
    if not isinstance(filters, list | tuple):
        return []
    terms: list[tuple[str, Any, Any]] = []
    for item in filters:
        if isinstance(item, tuple) and len(item) == 3 and isinstance(item[0], str):
            terms.append(item)
        elif isinstance(item, list):
            terms.extend(_filter_terms(item))
    return terms


def _check_filter_terms(table: str, filters: Any, schema: Any) -> None:
    """Name a filter's unknown operator, or a value of the wrong kind for its column, in
    our words (pyarrow says "no kernel matching input types (int64, string)")."""
    import pyarrow as pa

    types = {f.name: f.type for f in schema}
    for column, op, value in _filter_terms(filters):
        if op not in FILTER_OPERATORS:
            valid = ", ".join(repr(o) for o in FILTER_OPERATORS)
            msg = (
                f"invalid filters for {table}: {op!r} (on {column}) is not an operator; "
                f"use one of {valid}"
            )
            raise InputError(msg)
        kind = types.get(column)
        if kind is None or not (pa.types.is_integer(kind) or pa.types.is_floating(kind)):
            continue
        many = op in ("in", "not in")
        values = list(value) if many and isinstance(value, list | tuple | set) else [value]
        if many and not isinstance(value, list | tuple | set):
            msg = (
                f"invalid filters for {table}: {op!r} on {column} takes a list of numbers, "
                f"got {value!r}"
            )
            raise InputError(msg)
        for item in values:
            if isinstance(item, bool) or not isinstance(item, int | float):
                msg = (
                    f"invalid filters for {table}: {item!r} is not a number, but {column} holds "
                    f"{kind} values; write it without quotes, e.g. ({column!r}, {op!r}, 1000)"
                )
                raise InputError(msg)


def _checked_columns(
    table: str, columns: Sequence[str] | None, available: Sequence[str]
) -> list[str] | None:
    """``columns`` as a list after checking every name exists (a bare str is a mistake)."""
    if columns is None:
        return None
    if isinstance(columns, str):
        msg = f"columns must be a list of names, not the string {columns!r}; try [{columns!r}]"
        raise InputError(msg)
    unknown = [c for c in columns if c not in available]
    if unknown:
        raise _no_such_columns(table, unknown, available)
    return list(columns)
