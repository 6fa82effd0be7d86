"""Core commands: build the release, list tables."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from ..errors import EXIT_INVALID, TimelineError
from ..vocab import EVENT_TYPES, TABLES
from . import cli, format_option

F = TypeVar("F", bound=Callable[..., Any])


@cli.command()
@click.option(
    "--datasets",
    "datasets_dir",
    type=click.Path(path_type=Path),
    default=Path("datasets"),
    show_default=True,
    help="Folder with dataset.yaml, curated/ and sources/.",
)
@click.option(
    "--releases",
    "releases_dir",
    type=click.Path(path_type=Path),
    default=Path("src/timeline/releases"),
    show_default=True,
    help="Folder that holds one sub-folder per release.",
)
def build(datasets_dir: Path, releases_dir: Path) -> None:
    """Validate the curated rows and write their release (Parquet + manifest).

    Rebuilding an existing release checks that it comes out byte-identical;
    a release is never overwritten with different content.

    \b
    Example:
      $ timeline build
      release 1.0.0 unchanged: src/timeline/releases/1.0.0 (byte-identical rebuild)
    """
    from ..build import build as run_build

    result = run_build(datasets_dir, releases_dir)
    tables = result.manifest.data["tables"]
    counts = ", ".join(f"{t} {info['rows']}" for t, info in tables.items())
    if result.status == "created":
        click.echo(f"release {result.version} created: {result.path} ({counts} rows)")
    else:
        click.echo(
            f"release {result.version} unchanged: {result.path} (byte-identical rebuild; "
            f"{counts} rows)"
        )


@cli.command()
def tables() -> None:
    """List the dataset's tables and their primary keys.

    \b
    Example:
      $ timeline tables
      sources	source_id
      actors	actor_id
      events	event_id
      claims	claim_id
    """
    from ..vocab import PRIMARY_KEYS

    for table, key in PRIMARY_KEYS.items():
        click.echo(f"{table}\t{key}")


def _version_option() -> Callable[[F], F]:
    return click.option(
        "--version",
        "version",
        default=None,
        metavar="VERSION",
        help="Release to use (default: the newest bundled one).",
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--table",
    type=click.Choice(TABLES),
    default=None,
    help="Table of the given files (default: from the file name or its columns).",
)
@format_option("text", "json", help_text="text for people, json for machines.")
@click.option(
    "--max-errors",
    type=click.IntRange(min=1),
    default=None,
    help="Show at most N problems (all are still counted).",
)
@click.option(
    "--stream/--no-stream",
    default=None,
    help="Validate a Parquet file batch by batch with flat memory "
    "(default: only files over 256 MiB).",
)
def validate(
    paths: tuple[Path, ...],
    table: str | None,
    fmt: str,
    max_errors: int | None,
    stream: bool | None,
) -> None:
    """Check files or folders against the published schema and every rule.

    PATHS may be a curated dataset folder (datasets/), a release folder, or CSV,
    Parquet or YAML files of single tables. Tables that are not given are taken
    from the newest bundled release, so a lone claims file is still checked for
    dangling ids and misquoted sources. Every problem is reported at once.

    \b
    Exit codes: 0 valid, 1 invalid data, 2 usage error or unreadable input
    (missing file, not UTF-8, not a Parquet file, empty file, unknown table).

    \b
    Examples:
      $ timeline validate datasets
      valid: sources 1, actors 18, events 23, claims 32 rows
      $ timeline validate my-claims.csv --format json
    """
    from ..validate import validate_paths

    try:
        report = validate_paths(list(paths), table, stream=stream)
    except TimelineError as exc:
        if fmt == "json":  # machines get JSON even when the input cannot be read
            error = {"message": str(exc), "exit_code": exc.exit_code}
            click.echo(json.dumps({"valid": False, "error": error}, indent=2))
        raise
    shown = report.failures if max_errors is None else report.failures[:max_errors]
    if fmt == "json":
        data = report.as_dict()
        data["failures"] = [f.as_dict() for f in shown]
        data["failures_shown"] = len(shown)
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))
    else:
        for note in report.notes:
            click.echo(f"note: {note}", err=True)
        for failure in shown:
            click.echo(failure.as_text())
        total = report.counts()[0]
        if len(shown) < total:
            click.echo(f"… {total - len(shown)} more problems not shown")
        rows = ", ".join(f"{t} {n}" for t, n in report.rows.items())
        if report.valid:
            click.echo(f"valid: {rows} rows")
        else:
            click.echo(f"invalid: {report.summary()} (in {rows} rows)")
    if not report.valid:
        raise SystemExit(EXIT_INVALID)


def _parse_date(_ctx: Any, _param: Any, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"{value!r} is not a date; expected YYYY-MM-DD"
        raise click.BadParameter(msg) from None


@cli.command()
@_version_option()
@click.option(
    "--from",
    "since",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Only events that may fall on or after this date.",
)
@click.option(
    "--to",
    "until",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Only events that may fall on or before this date.",
)
@click.option(
    "--type",
    "event_types",
    multiple=True,
    type=click.Choice(list(EVENT_TYPES)),
    help="Only these event types (repeatable).",
)
@click.option(
    "--claimant",
    "claimants",
    multiple=True,
    metavar="ID|NAME",
    help="Only claims by this actor id or name part (repeatable).",
)
@click.option("--quotes", is_flag=True, help="Print each claim's verbatim quote.")
def show(
    version: str | None,
    since: dt.date | None,
    until: dt.date | None,
    event_types: tuple[str, ...],
    claimants: tuple[str, ...],
    quotes: bool,
) -> None:
    """Print the timeline: events by date, each with its claims.

    Dates show their precision (a day, 'week of', a month, a year, a range, or
    'by' for 'on or before'); numbers show their qualifier and the bounds
    [low..high] it implies.

    \b
    Example:
      $ timeline show --type casualties
      2024-12-23 ("on Monday")  casualties  ev-0001
        North Korean soldiers killed or wounded in Russia's Kursk region, as a running total.
        - Volodymyr Zelenskyy: more than 3,000 soldiers killed or wounded [3,001..] ...
        - South Korean authorities: at least 1,100 soldiers killed or wounded [1,100..] ...
    """
    from .. import textview
    from ..loader import load_timeline

    if since is not None and until is not None and since > until:
        msg = f"--from {since} is after --to {until}"
        raise click.UsageError(msg)

    view = textview.filter_view(
        load_timeline(version),
        since=since,
        until=until,
        event_types=event_types,
        claimants=claimants,
    )
    if view.empty:
        click.echo("no events match these filters")
        return
    width = shutil.get_terminal_size((100, 20)).columns
    for line in textview.render(view, quotes=quotes, width=max(width, 60)):
        click.echo(line)


@cli.command()
@click.argument("version", required=False)
def info(version: str | None) -> None:
    """What a release holds: tables, rows, file hashes, schema fingerprint.

    \b
    Example:
      $ timeline info 1.0.0
      timeline 1.0.0 (released 2026-11-26, licence CC-BY-4.0)
      schema fingerprint 7a5ab4f4…
      claims.parquet   32 rows   19707 bytes  sha256 3514…
    """
    from ..releases import open_release

    release = open_release(version)
    meta = release.manifest.data
    click.echo(
        f"{meta.get('dataset', 'timeline')} {release.version} (released "
        f"{meta.get('released')}, licence {meta.get('license')})"
    )
    click.echo(f"folder {release.path}")
    click.echo(f"schema fingerprint {release.manifest.schema_fingerprint}")
    for name, entry in sorted(release.manifest.files.items()):
        rows = f"{entry['rows']:>6} rows" if "rows" in entry else " " * 11
        click.echo(f"{name:<48} {rows} {entry['bytes']:>9} bytes  sha256 {entry['sha256']}")


@cli.command()
@click.argument("table", type=click.Choice(TABLES))
@format_option("csv", "json", "ndjson")
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="File to write (atomically); default standard output.",
)
@_version_option()
def export(table: str, fmt: str, output: Path | None, version: str | None) -> None:
    """Export a table as CSV, JSON or NDJSON for spreadsheets and other languages.

    Dates are written as YYYY-MM-DD, missing values as empty cells (CSV) or null.

    \b
    Examples:
      $ timeline export claims --format csv --output claims.csv
      $ timeline export events --format ndjson | head -1
    """
    from ..exporting import export as run_export
    from ..loader import load

    run_export(load(table, version=version), fmt, output)
    if output is not None:
        click.echo(f"wrote {output}", err=True)


@cli.command()
@click.argument("table", type=click.Choice(TABLES), required=False)
@format_option("markdown", "json", "yaml")
def schema(table: str | None, fmt: str) -> None:
    """Print the data contract, generated from the pandera models.

    Every column with its type, nullability, allowed values or pattern, title
    and description, plus each table's primary key and cross-column rules.

    \b
    Examples:
      $ timeline schema claims
      $ timeline schema --format json > contract.json
    """
    from ..schema import contract, fingerprint

    spec = contract()
    chosen = {table: spec[table]} if table else spec
    if fmt == "json":
        body = {"schema_fingerprint": fingerprint(), "tables": chosen}
        click.echo(json.dumps(body, indent=2, ensure_ascii=False))
    elif fmt == "yaml":
        import yaml

        body = {"schema_fingerprint": fingerprint(), "tables": chosen}
        click.echo(yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100))
    else:
        from ..contract_markdown import markdown

        click.echo(markdown(chosen))


@cli.command()
@_version_option()
@format_option("both", "text", "bibtex", help_text="Plain text, BibTeX, or both.")
def cite(version: str | None, fmt: str) -> None:
    """How to cite the dataset and a specific release.

    \b
    Example:
      $ timeline cite --format bibtex
      @misc{timeline_1_0_0,
        author = {{timeline contributors}}, ...
    """
    from .. import citation
    from ..manifest import sha256_file
    from ..releases import open_release

    release = open_release(version)
    meta = {**release.manifest.data, "manifest_sha256": sha256_file(release.path / "manifest.json")}
    if fmt in ("text", "both"):
        click.echo(citation.plain(meta))
    if fmt == "both":
        click.echo("")
    if fmt in ("bibtex", "both"):
        click.echo(citation.bibtex(meta))
