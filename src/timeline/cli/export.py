"""Commands that hand the data to other tools: ``export``, ``schema``, ``cite``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from timeline.cli.options import format_option, version_option
from timeline.model.vocab import TABLES


@click.command()
@click.argument("table", type=click.Choice(TABLES), required=False)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "ndjson", "sqlite"]),
    default=None,
    help="Output format [default: from the --output suffix (.csv, .json, .ndjson, .jsonl, "
    ".sqlite, .sqlite3, .db); csv on standard output].  sqlite writes every table.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="File to write (atomically); default standard output.",
)
@click.option(
    "--metadata",
    "metadata",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="With sqlite: where to write Datasette's metadata [default: NAME.metadata.json "
    "beside the database NAME.sqlite, so no other metadata.json is overwritten].",
)
@click.option(
    "--raw",
    is_flag=True,
    help="CSV only: write text cells exactly as released, without the leading ' that keeps "
    "a spreadsheet from running a cell as a formula (for scripts and `timeline validate`).",
)
@version_option()
def export(
    table: str | None,
    fmt: str | None,
    output: Path | None,
    metadata: Path | None,
    raw: bool,
    version: str | None,
) -> None:
    """Export a table as CSV, JSON or NDJSON, or the whole release as SQLite.

    Dates are written as YYYY-MM-DD, missing values as empty cells (CSV) or null.
    CSV is spreadsheet-safe, as in the published zip: a text cell starting with =, +, -,
    @, a tab or a carriage return gets a leading ' so a spreadsheet shows it instead of
    running it (numbers and dates unchanged); --raw writes the text as released.
    The format follows the output file's suffix unless --format is given; a
    --format that contradicts the suffix is refused.  SQLite (for Datasette)
    holds every table with its keys plus the archived texts, and comes with a
    timeline.metadata.json of column descriptions and the licence:
    `datasette timeline.sqlite --metadata timeline.metadata.json`.

    \b
    Examples:
      $ timeline export claims --output claims.csv
      $ timeline export claims -o claims.json
      $ timeline export events --format ndjson | head -1
      $ timeline export -o timeline.sqlite
    """
    from timeline.outputs.export import TABLE_FORMATS, choose_format

    chosen = choose_format(fmt, output)  # before loading: a refusal costs nothing
    if chosen not in TABLE_FORMATS:
        _export_release(table, output, metadata, version)
        return
    if table is None:
        msg = f"name the TABLE to export as {chosen} ({', '.join(TABLES)})"
        raise click.UsageError(msg)
    if metadata is not None:
        msg = "--metadata goes with --format sqlite only"
        raise click.UsageError(msg)
    if raw and chosen != "csv":
        msg = f"--raw goes with csv only ({chosen} always carries the text as released)"
        raise click.UsageError(msg)

    from timeline.cli.releases import latest_notes
    from timeline.loader import load
    from timeline.outputs.export import export as run_export

    with latest_notes():
        frame = load(table, version=version)
    run_export(frame, chosen, output, raw=raw)
    if output is not None:
        click.echo(f"wrote {output}", err=True)


def _export_release(
    table: str | None, output: Path | None, metadata: Path | None, version: str | None
) -> None:
    """``--format sqlite``: every table of the release into one database, and its metadata."""
    if table is not None:
        msg = f"sqlite holds every table of the release: drop the TABLE argument ({table})"
        raise click.UsageError(msg)
    if output is None:
        msg = "sqlite needs a file: pass --output, e.g. -o timeline.sqlite"
        raise click.UsageError(msg)
    from timeline.outputs.export import write_sqlite
    from timeline.releases.resolve import open_release

    # named after the database: a folder's own metadata.json is never overwritten
    metadata = (
        metadata if metadata is not None else output.with_name(f"{output.stem}.metadata.json")
    )
    result = write_sqlite(open_release(version), output, metadata)
    rows = ", ".join(f"{name} {count}" for name, count in result.rows.items())
    click.echo(f"wrote {result.database} ({rows} rows) and {result.metadata}", err=True)


@click.command()
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
    from timeline.model.schema import contract, fingerprint

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
        from timeline.outputs.contract_markdown import markdown

        click.echo(markdown(chosen))


@click.command()
@version_option()
@format_option("both", "text", "bibtex", help_text="Plain text, BibTeX, or both.")
def cite(version: str | None, fmt: str) -> None:
    """How to cite the dataset and a specific release.

    \b
    Example:
      $ timeline cite --format bibtex
      @misc{timeline_1_0_0,
        author = {{timeline contributors}}, ...
    """
    from timeline.cli.releases import latest_notes
    from timeline.outputs import citation
    from timeline.outputs.screen import visible
    from timeline.releases.manifest import sha256_file
    from timeline.releases.resolve import open_release

    with latest_notes():
        release = open_release(version)
    meta = {**release.manifest.data, "manifest_sha256": sha256_file(release.path / "manifest.json")}
    if fmt in ("text", "both"):
        click.echo(visible(citation.plain(meta)))
    if fmt == "both":
        click.echo("")
    if fmt in ("bibtex", "both"):
        click.echo("\n".join(visible(line) for line in citation.bibtex(meta).splitlines()))


COMMANDS = (export, schema, cite)
