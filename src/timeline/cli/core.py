"""Core commands: build the release, list tables."""

from __future__ import annotations

from pathlib import Path

import click

from . import cli


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
    """List the dataset's tables and their primary keys."""
    from ..vocab import PRIMARY_KEYS

    for table, key in PRIMARY_KEYS.items():
        click.echo(f"{table}\t{key}")
