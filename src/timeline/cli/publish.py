"""``timeline publish DEST``: a folder a static host serves as a mirror, plus one zip per release.

The work is done by :mod:`timeline.publish.static`, imported inside the command so
``timeline --help`` stays light.
"""

from __future__ import annotations

from pathlib import Path

import click


def _size(count: int) -> str:
    if count < 1024:
        return f"{count:,} bytes"
    if count < 1024 * 1024:
        return f"{count / 1024:,.1f} KiB"
    return f"{count / (1024 * 1024):,.1f} MiB"


@click.command()
@click.argument("dest", type=click.Path(path_type=Path))
@click.option(
    "--releases",
    "releases_dir",
    type=click.Path(path_type=Path),
    default=None,
    metavar="DIR",
    help="Folder of releases to publish (default: the releases bundled with the package).",
)
def publish(dest: Path, releases_dir: Path | None) -> None:
    """Write a mirror of the releases, one zip per release and the explorer page into DEST.

    DEST gets index.json, CHANGELOG.md, a byte copy of each release folder (serve
    DEST on any static host and point TIMELINE_BASE_URL at it),
    <dataset>-<version>.zip for people without Python (CSV and Parquet, the
    archived texts, a data package that `frictionless validate` checks, a
    dataset card and SHA256SUMS), and the explorer: index.html with its files in
    explorer/, a page that lists and filters every release's claims, from disk or
    any static host.  Published files are immutable: publishing
    again is a no-op, and a different file for a version already in DEST is
    refused.  DEST is replaced in one step, so a failure leaves it as it was;
    two publish runs into one DEST take turns (a lock file beside DEST).
    Nothing is written outside DEST: symbolic links in DEST or in the
    releases are refused, and every file is checked against its manifest as
    it is copied.

    \b
    Example (with the releases 1.0.0 and 1.1.0):
      $ timeline publish site/mirror
      published 2 releases to site/mirror (created)
        1.0.0  added  1.0.0/ (8 files)  timeline-1.0.0.zip (45.6 KiB)
        1.1.0  added  1.1.0/ (8 files)  timeline-1.1.0.zip (51.8 KiB)
        index.json (latest 1.1.0), CHANGELOG.md
        index.html, explorer/ (the explorer page)
    """
    from timeline.publish.static import publish as run

    result = run(dest, releases_dir)
    count = len(result.releases)
    click.echo(f"published {count} release{'' if count == 1 else 's'} to {dest} ({result.status})")
    for release in result.releases:
        line = f"  {release.version}  {release.status}  {release.version}/ ({release.files} files)"
        if release.zip_path is not None:
            line += f"  {release.zip_path.name} ({_size(release.zip_bytes)})"
        click.echo(line)
    click.echo(f"  index.json (latest {result.latest}), CHANGELOG.md")
    click.echo("  index.html, explorer/ (the explorer page)")


COMMANDS = (publish,)
