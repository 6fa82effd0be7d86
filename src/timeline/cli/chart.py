"""The ``plot`` command: draw the timeline chart."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
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
    help="Release to chart (default: the newest local one, bundled or downloaded).",
)
@click.option("--dpi", type=click.IntRange(50, 600), default=110, show_default=True)
def plot(output: Path, fmt: str | None, version: str | None, dpi: int) -> None:
    """Draw the timeline chart: events by date precision and type family, numbers with bounds.

    An event far beyond the others (a plan for next year) is marked at the edge of the
    time axis with its date in words, so the rest are not squeezed together.

    Needs matplotlib: pip install "dprk-russia-timeline[plot]".

    \b
    Example:
      $ timeline plot --output timeline.png
      wrote timeline.png (png, 23 events, 7 numeric claims; ev-0021 marked at the axis edge)
    """
    from timeline.cli.releases import latest_notes
    from timeline.outputs.chart import chart_format, require_matplotlib, save_timeline

    chosen = chart_format(output, fmt)
    require_matplotlib()
    with latest_notes():
        chart = save_timeline(output, chosen, version, dpi)
    edge = f"; {', '.join(chart.far_off)} marked at the axis edge" if chart.far_off else ""
    click.echo(
        f"wrote {output} ({chosen}, {len(chart.events)} events, "
        f"{len(chart.claims)} numeric claims{edge})"
    )


COMMANDS = (plot,)
