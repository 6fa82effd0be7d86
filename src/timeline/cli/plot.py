"""Ecosystem commands: ``timeline plot`` (needs the 'plot' extra) and ``timeline artifacts``.

Heavy libraries (pandas, pyarrow, pandera, matplotlib) are imported inside the
commands, so ``timeline --help`` stays instant.
"""

from __future__ import annotations

from pathlib import Path

import click

from . import cli


@cli.command()
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Image file to write.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["png", "svg"]),
    default=None,
    help="Image format (default: from the file suffix, else png).",
)
@click.option(
    "--version",
    "version",
    default=None,
    metavar="VERSION",
    help="Release to chart (default: the newest bundled one).",
)
@click.option("--dpi", type=click.IntRange(50, 600), default=110, show_default=True)
def plot(output: Path, fmt: str | None, version: str | None, dpi: int) -> None:
    """Draw the timeline chart: events by date precision and type, numbers with bounds.

    Needs matplotlib: pip install "timeline[plot]".

    \b
    Example:
      $ timeline plot --output timeline.png
      wrote timeline.png (png, 23 events, 7 numeric claims)
    """
    from ..plot import chart_format, require_matplotlib, save_timeline

    chosen = chart_format(output, fmt)
    require_matplotlib()
    chart = save_timeline(output, chosen, version, dpi)
    click.echo(
        f"wrote {output} ({chosen}, {len(chart.events)} events, {len(chart.claims)} numeric claims)"
    )


@cli.command()
@click.option(
    "--output",
    "folder",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("schemas"),
    show_default=True,
    help="Folder to (re)write or check.",
)
@click.option("--check", is_flag=True, help="Only check that the folder is up to date.")
def artifacts(folder: Path, check: bool) -> None:
    """Regenerate schemas/: Table Schemas, codebook.md, vocabularies, release data packages.

    With --check, write nothing and exit 1 if any committed file differs from
    what the pandera models and bundled releases generate.

    \b
    Example:
      $ timeline artifacts --check
      schemas: 7 files up to date
    """
    from ..artifacts import REGENERATE_HINT, check_schemas, current_schemas, write_schemas

    files = current_schemas()
    if check:
        problems = check_schemas(folder, files)
        for problem in problems:
            click.echo(f"{folder}/{problem}", err=True)
        if problems:
            click.echo(f"{folder} is out of date: run `{REGENERATE_HINT}` to regenerate", err=True)
            raise SystemExit(1)
        click.echo(f"{folder}: {len(files)} files up to date")
        return
    written = write_schemas(folder, files)
    click.echo(f"{folder}: wrote {len(written)} files")
