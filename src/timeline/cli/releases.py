"""Release commands: list, download and compare releases.

Only light modules are imported at the top; pooch/requests load inside
``download`` (and ``versions --remote``), pyarrow inside ``diff``.
"""

from __future__ import annotations

import contextlib
import warnings
from collections.abc import Iterator
from pathlib import Path

import click

from timeline.cli.options import format_option
from timeline.outputs.words import plural

BASE_URL_HELP = "Mirror to use (default: $TIMELINE_BASE_URL)."
CACHE_HELP = "Download cache (default: $TIMELINE_CACHE_DIR, else the per-user cache folder)."


@contextlib.contextmanager
def latest_notes(*, positional: bool = False) -> Iterator[None]:
    """Show which version 'latest' resolved to as a one-line note on stderr (``positional``:
    the command takes VERSION as an argument, not as ``--version``)."""
    from timeline.errors import LatestVersionWarning
    from timeline.releases.messages import for_command_line

    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as recorded:
            warnings.simplefilter("always", LatestVersionWarning)
            try:
                yield
            finally:
                caught = list(recorded)
    finally:
        # Re-shown only after recording stopped: inside it, each would be recorded again.
        for item in caught:
            if issubclass(item.category, LatestVersionWarning):
                note = for_command_line(str(item.message), positional=positional)
                click.echo(f"note: {note}", err=True)
            else:
                warnings.showwarning(item.message, item.category, item.filename, item.lineno)


@click.command()
@click.option("--remote", is_flag=True, help="Also list the versions the mirror offers.")
@click.option("--base-url", default=None, metavar="URL", help=BASE_URL_HELP)
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None, help=CACHE_HELP)
def versions(remote: bool, base_url: str | None, cache_dir: Path | None) -> None:
    """List releases: bundled, cached, and with --remote the mirror's; oldest first.

    Columns: version, release date, where it is (bundled, cached, mirror).

    \b
    Example (1.99.0 stands for a release the mirror has and this install lacks):
      $ timeline versions --remote
      1.0.0  2026-11-26  bundled, mirror
      1.1.0  2026-12-04  bundled, mirror
      1.99.0  2026-12-05  mirror
    """
    from timeline.outputs.screen import visible
    from timeline.releases.resolve import list_versions
    from timeline.releases.settings import settings

    config = settings(base_url=base_url, cache_dir=cache_dir)
    for info in list_versions(config, remote=remote):
        line = f"{info.version}  {info.released or '-':10}  {', '.join(info.where)}"
        click.echo(visible(line))


@click.command()
@click.argument("version")
@click.option(
    "--dest",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Put the release in DEST/VERSION instead of the cache.",
)
@click.option("--base-url", default=None, metavar="URL", help=BASE_URL_HELP)
@click.option("--cache-dir", type=click.Path(path_type=Path), default=None, help=CACHE_HELP)
def download(version: str, dest: Path | None, base_url: str | None, cache_dir: Path | None) -> None:
    """Fetch release VERSION (or 'latest') and verify every file's SHA-256.

    Without --dest the release goes to the cache, where timeline.load finds
    it offline; a bundled or cached release is not fetched again.  With --dest
    it is written to DEST/VERSION (copied from a local release when there is
    one).  Files are checked against the manifest, the manifest against the
    release index, before anything is kept.

    \b
    Example (1.99.0 stands for a release the mirror has and this install lacks):
      $ export TIMELINE_BASE_URL=https://example.org/timeline
      $ timeline download 1.99.0
      release 1.99.0 downloaded: ~/.cache/timeline/1.99.0 (8 files verified)
    """
    from timeline.releases.resolve import download_release

    with latest_notes(positional=True):
        fetched = download_release(version, dest=dest, base_url=base_url, cache_dir=cache_dir)
    release = fetched.release
    count = len(release.manifest.files)
    labels = {
        "bundled": "is bundled with the package (nothing to download)",
        "cached": "was already cached",
        "present": "was already there",
        "copied": "copied",
        "downloaded": "downloaded",
    }
    click.echo(
        f"release {release.version} {labels[fetched.status]}: {release.path} "
        f"({plural(count, 'file')} verified)"
    )


@click.command()
@click.argument("old")
@click.argument("new")
@format_option("text", "json", help_text="text for people, json for machines.")
def diff(old: str, new: str, fmt: str) -> None:
    """Compare two releases value by value: rows added, removed and changed, by primary key.

    OLD and NEW are versions (bundled, cached or downloaded from the mirror)
    or release folders.  Changed rows list each field's old and new value;
    column and schema-fingerprint changes are listed too.

    \b
    Examples (the bundled releases 1.0.0 and 1.1.0; then a release folder):
      $ timeline diff 1.0.0 1.1.0
      diff 1.0.0 -> 1.1.0 (change level: minor, schema extended)
      schema: fingerprint 7a5ab4f4c7db -> 92614d757d5c
      sources: 1 row, unchanged
      actors: 18 -> 42 rows: 24 added, 0 removed, 0 changed, 3 column change(s)
        column added: aliases (string)
        ...
      $ timeline diff 1.1.0 ./build/1.99.0 --format json
    """
    from timeline.outputs.screen import visible
    from timeline.releases.diff import diff as run_diff

    with latest_notes():
        result = run_diff(old, new)
    if fmt == "json":
        click.echo(result.to_json(), nl=False)
    else:  # values from the releases: control characters shown as escapes, line by line
        click.echo(
            "".join(f"{visible(line)}\n" for line in result.to_text().splitlines()), nl=False
        )


COMMANDS = (versions, download, diff)
