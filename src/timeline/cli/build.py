"""Commands that write the release and its generated files: ``build``, ``artifacts``."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.cli.options import datasets_option


@click.command()
@datasets_option()
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
    from timeline.outputs.words import row_counts
    from timeline.publish.build import build as run_build

    result = run_build(datasets_dir, releases_dir)
    tables = result.manifest.data["tables"]
    counts = row_counts({t: info["rows"] for t, info in tables.items()})
    if result.status == "created":
        click.echo(f"release {result.version} created: {result.path} ({counts})")
        for note in result.notes:
            click.echo(f"note: {note}", err=True)
    else:
        click.echo(
            f"release {result.version} unchanged: {result.path} (byte-identical rebuild; {counts})"
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
@click.pass_context
def artifacts(ctx: click.Context, folder: Path, check: bool) -> None:
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
    from timeline.outputs.words import plural

    _refuse_outside_checkout(ctx, folder)
    files = current_schemas()
    if check:
        problems = check_schemas(folder, files)
        for problem in problems:
            click.echo(f"{folder}/{problem}", err=True)
        if problems:
            click.echo(f"{folder} is out of date: run `{REGENERATE_HINT}` to regenerate", err=True)
            raise SystemExit(1)
        click.echo(f"{folder}: {plural(len(files), 'file')} up to date")
        return
    written = write_schemas(folder, files)
    click.echo(f"{folder}: wrote {plural(len(written), 'file')}")


def _refuse_outside_checkout(ctx: click.Context, folder: Path) -> None:
    """Refuse, as ``build`` does, to create a stray ``schemas/`` outside the repository.

    The default folder must already exist (the repository root holds ``schemas/``);
    a folder given with --output may be new, but its parent must exist.
    """
    from timeline.errors import InputError

    given = ctx.get_parameter_source("folder") is not click.core.ParameterSource.DEFAULT
    if folder.is_dir() or (given and folder.parent.is_dir()):
        return
    if given:
        msg = f"{folder}: neither it nor its parent folder exists; create the parent first"
    else:
        msg = (
            f"{folder}/ does not exist here ({Path.cwd()}); run `timeline artifacts` from the "
            "repository root or pass the folder explicitly with --output"
        )
    raise InputError(msg)


COMMANDS = (build, artifacts)
