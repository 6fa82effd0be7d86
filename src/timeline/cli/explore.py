"""``timeline explore``: write the explorer page for the working data and open it."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import click

from timeline.cli.options import datasets_option

#: Set (to anything) to never start a browser: the page's path is printed instead.
ENV_NO_BROWSER = "TIMELINE_NO_BROWSER"


@click.command()
@click.option(
    "--version",
    "version",
    default=None,
    metavar="VERSION",
    help="Show this release instead of the working data.",
)
@datasets_option()
@click.option(
    "--output",
    "-o",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="New or empty folder for the page [default: a new temporary folder].",
)
@click.option(
    "--no-open",
    is_flag=True,
    help=f"Print the page's path instead of opening a browser (also when {ENV_NO_BROWSER} is set).",
)
def explore(version: str | None, datasets_dir: Path, output: Path | None, no_open: bool) -> None:
    """Write the explorer page for the working data and open it in a browser.

    The curated rows in DATASETS are validated and built into a release in a
    folder of their own (your releases are not touched), and the page that
    `timeline publish` would write is put beside it: see a new report as
    readers will before publishing.  With --version, or without a datasets
    folder, a release is shown instead.

    \b
    Examples:
      $ timeline explore
      $ timeline explore --version 1.0.0 --no-open
    """
    from timeline.io.layout import is_curated_dir
    from timeline.publish.explorer.local import explore_datasets, explore_release

    folder = output if output is not None else Path(tempfile.mkdtemp(prefix="timeline-explore-"))
    try:
        if version is None and is_curated_dir(datasets_dir):
            site = explore_datasets(folder, datasets_dir)
            what = f"the working data in {datasets_dir} (version {site.version})"
        else:
            site = explore_release(folder, version)
            what = f"release {site.version}"
    except BaseException:
        if output is None:  # our own temporary folder: leave nothing behind
            shutil.rmtree(folder, ignore_errors=True)
        raise
    click.echo(f"wrote the explorer for {what}: {site.page.resolve()}")
    if no_open or os.environ.get(ENV_NO_BROWSER):
        return
    import webbrowser

    if not webbrowser.open(site.page.resolve().as_uri()):
        click.echo("no browser could be opened: open the file above in one", err=True)


COMMANDS = (explore,)
