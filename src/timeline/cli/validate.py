"""The ``validate`` command: check files or folders against every rule."""

from __future__ import annotations

import json
from pathlib import Path

import click

from timeline.cli.options import format_option
from timeline.errors import EXIT_INVALID, TimelineError
from timeline.model.vocab import TABLES


@click.command()
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
    from the newest local release, so a lone claims file is still checked for
    dangling ids and misquoted sources. Every problem is reported at once.

    \b
    Exit codes: 0 valid, 1 invalid data, 2 usage error or unreadable input
    (missing file, not UTF-8, not a Parquet file, empty file, unknown table).

    \b
    Examples (the counts are those of release 1.0.0's folder):
      $ timeline validate src/timeline/data/1.0.0
      valid: sources 1, actors 18, events 23, claims 32 rows
      $ timeline validate datasets
      $ timeline validate my-claims.csv --format json
    """
    from timeline.outputs.words import plural, row_counts
    from timeline.validation.run import validate_paths

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
            click.echo(f"… {plural(total - len(shown), 'more problem')} not shown")
        rows = row_counts(report.rows)
        if report.valid:
            click.echo(f"valid: {rows}")
        else:
            click.echo(f"invalid: {report.summary()}; checked {rows}")
    if not report.valid:
        raise SystemExit(EXIT_INVALID)


COMMANDS = (validate,)
