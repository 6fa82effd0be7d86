"""Commands that write the release and its generated files: ``build``, ``artifacts``."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
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
    default=Path("src/timeline/data"),
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
      release 1.0.0 unchanged: src/timeline/data/1.0.0 (byte-identical rebuild)
    """
    from timeline.publish.build import build as run_build

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


@click.command()
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
    from timeline.outputs.artifacts import (
        REGENERATE_HINT,
        check_schemas,
        current_schemas,
        write_schemas,
    )

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


COMMANDS = (build, artifacts)
