"""Commands that show the data to people: ``tables``, ``show``, ``info``."""

from __future__ import annotations

import datetime as dt
import shutil
from typing import Any

import click

from timeline.cli.options import version_option
from timeline.model.vocab import EVENT_TYPES


@click.command()
def tables() -> None:
    """List the dataset's tables and their primary keys.

    \b
    Example:
      $ timeline tables
      sources	source_id
      actors	actor_id
      events	event_id
      claims	claim_id
    """
    from timeline.model.vocab import PRIMARY_KEYS

    for table, key in PRIMARY_KEYS.items():
        click.echo(f"{table}\t{key}")


def _parse_date(_ctx: Any, _param: Any, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        msg = f"{value!r} is not a date; expected YYYY-MM-DD"
        raise click.BadParameter(msg) from None


@click.command()
@version_option()
@click.option(
    "--from",
    "since",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Only events that may fall on or after this date.",
)
@click.option(
    "--to",
    "until",
    callback=_parse_date,
    metavar="YYYY-MM-DD",
    help="Only events that may fall on or before this date.",
)
@click.option(
    "--type",
    "event_types",
    multiple=True,
    type=click.Choice(list(EVENT_TYPES)),
    help="Only these event types (repeatable).",
)
@click.option(
    "--claimant",
    "claimants",
    multiple=True,
    metavar="ID|NAME",
    help="Only claims by this actor id or name part (repeatable).",
)
@click.option("--quotes", is_flag=True, help="Print each claim's verbatim quote.")
@click.option(
    "--full", is_flag=True, help="Print summaries whole (no clipping) and every quote in full."
)
def show(
    version: str | None,
    since: dt.date | None,
    until: dt.date | None,
    event_types: tuple[str, ...],
    claimants: tuple[str, ...],
    quotes: bool,
    full: bool,
) -> None:
    """Print the timeline: events by date, each with its claims.

    Dates show their precision (a day, 'week of', a month, a year, a range, or
    'by' for 'on or before'); numbers show their qualifier and, in words, the
    bounds it implies.  Summaries are clipped to the terminal's width; --full
    prints them whole, with every quote.

    \b
    Without --version it shows the newest release available locally (bundled or
    downloaded), and its first line says which.

    \b
    Example (release 1.0.0; without --version the first line names the newest
    release on your machine instead):
      $ timeline show --type casualties --version 1.0.0
      release 1.0.0 (bundled)
      2024-12-23 ("on Monday")  casualties  ev-0001
        North Korean soldiers killed or wounded in Russia's Kursk region, as a running total.
        - Volodymyr Zelenskyy: more than 3,000 soldiers killed or wounded (at least 3,001) …
        - South Korean authorities: at least 1,100 soldiers killed or wounded …
    """
    from timeline.loader import load_timeline
    from timeline.outputs import textview
    from timeline.outputs.screen import visible

    if since is not None and until is not None and since > until:
        msg = f"--from {since} is after --to {until}"
        raise click.UsageError(msg)

    from timeline.cli.releases import latest_notes

    with latest_notes():
        everything = load_timeline(version)
    meta = everything.attrs["timeline"]
    unknown = textview.unknown_claimant_message(everything, claimants)
    if unknown is not None:  # before any output: an error is all a failed command prints
        raise click.BadParameter(unknown, param_hint="'--claimant'")
    how = {None: "; the newest available locally", "latest": "; --version latest"}.get(version, "")
    click.echo(visible(f"release {meta['version']} ({meta['origin']}{how})"))
    click.echo("")
    view = textview.filter_view(
        everything,
        since=since,
        until=until,
        event_types=event_types,
        claimants=claimants,
    )
    if view.empty:
        click.echo("no events match these filters")
        return
    width = shutil.get_terminal_size((100, 20)).columns
    for line in textview.render(view, quotes=quotes, width=max(width, 60), full=full):
        click.echo(line)


@click.command()
@click.argument("version_argument", metavar="[VERSION]", required=False)
@version_option()
def info(version_argument: str | None, version: str | None) -> None:
    """What a release holds: tables, rows, file hashes, schema fingerprint.

    The release is named by --version, as for every other command, or by a
    VERSION argument (the older form; give one or the other).

    \b
    Example:
      $ timeline info --version 1.0.0
      timeline 1.0.0 (released 2026-11-26, licence CC-BY-4.0)
      schema fingerprint 7a5ab4f4…
      claims.parquet   32 rows   19707 bytes  sha256 3514…
    """
    from timeline.cli.releases import latest_notes
    from timeline.outputs.screen import visible
    from timeline.outputs.words import noun
    from timeline.releases.resolve import open_release

    if version_argument is not None and version is not None and version_argument != version:
        msg = f"VERSION {version_argument} and --version {version} disagree; give one of them"
        raise click.UsageError(msg)
    with latest_notes():
        release = open_release(version or version_argument)
    meta = release.manifest.data
    lines = [
        f"{meta.get('dataset', 'timeline')} {release.version} (released "
        f"{meta.get('released')}, licence {meta.get('license')})",
        f"folder {release.path}",
        f"schema fingerprint {release.manifest.schema_fingerprint}",
    ]
    for name, entry in sorted(release.manifest.files.items()):
        rows = f"{entry['rows']:>6} {noun(entry['rows'], 'row'):<4}" if "rows" in entry else ""
        rows = f"{rows:<11}"
        lines.append(f"{name:<48} {rows} {entry['bytes']:>9} bytes  sha256 {entry['sha256']}")
    for line in lines:
        click.echo(visible(line))


COMMANDS = (tables, show, info)
