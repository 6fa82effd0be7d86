"""Release commands: list, download and compare releases."""

from __future__ import annotations

import click

from . import cli


@cli.command()
def versions() -> None:
    """List the releases available on this machine, newest last.

    \b
    Example:
      $ timeline versions
      1.0.0
    """
    from ..releases import local_versions

    for version in local_versions():
        click.echo(version)
