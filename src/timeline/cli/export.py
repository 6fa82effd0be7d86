"""Commands that hand the data to other tools: ``export``, ``schema``, ``cite``."""

from __future__ import annotations

import json
from pathlib import Path

import click

from timeline.cli.options import format_option, version_option
from timeline.model.vocab import TABLES


@click.command()
@click.argument("table", type=click.Choice(TABLES))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "ndjson"]),
    default=None,
    help="Output format [default: from the --output suffix (.csv, .json, .ndjson, .jsonl); "
    "csv on standard output].",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="File to write (atomically); default standard output.",
)
@version_option()
def export(table: str, fmt: str | None, output: Path | None, version: str | None) -> None:
    """Export a table as CSV, JSON or NDJSON for spreadsheets and other languages.

    Dates are written as YYYY-MM-DD, missing values as empty cells (CSV) or null.
    The format follows the output file's suffix unless --format is given; a
    --format that contradicts the suffix is refused.

    \b
    Examples:
      $ timeline export claims --output claims.csv
      $ timeline export claims -o claims.json
      $ timeline export events --format ndjson | head -1
    """
    from timeline.outputs.export import choose_format

    chosen = choose_format(fmt, output)  # before loading: a refusal costs nothing

    from timeline.cli.releases import latest_notes
    from timeline.loader import load
    from timeline.outputs.export import export as run_export

    with latest_notes():
        frame = load(table, version=version)
    run_export(frame, chosen, output)
    if output is not None:
        click.echo(f"wrote {output}", err=True)


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
