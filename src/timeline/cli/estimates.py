"""The ``estimates`` command: every figure claimed for one event, over time."""

from __future__ import annotations

from pathlib import Path

import click

from timeline.cli.options import format_option, version_option


@click.command()
@click.argument("event_id")
@version_option()
@format_option("text", "csv", "json", help_text="Output format.")
@click.option(
    "--plot",
    "plot_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Also draw the estimates over time into this PNG or SVG file (needs matplotlib).",
)
def estimates(event_id: str, version: str | None, fmt: str, plot_path: Path | None) -> None:
    """List every numeric estimate of EVENT_ID by claimant and statement date.

    One line per statement, dated at its own precision (2024-12-23, 2024-W51, 2024-10,
    "on or before 2024-12-23"), with its bounds, certainty and number of sources; a claim
    that restates another is folded into it. Lines are grouped by what they count (killed,
    wounded, killed or wounded, troops, containers, ...). The heading gives the event's
    number of sources and of distinct claimants; CONFLICTS marks two claimants' figures of
    one quantity that cannot both hold at overlapping statement dates. --plot draws them as
    points with bound bars over the statement date, one colour per claimant and one marker
    per quantity; a bad --plot path or format is refused before anything is printed.

    \b
    Example:
      $ timeline estimates ev-0001
    """
    from timeline.outputs.estimates import as_text, check_plot_target, json_records
    from timeline.outputs.estimates import estimates as load_estimates

    frame = load_estimates(event_id, version)
    if plot_path is not None:
        check_plot_target(plot_path, frame)  # before printing: no table, then a failure
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        import json

        body = {**frame.attrs["timeline"], "estimates": json_records(frame)}
        click.echo(json.dumps(body, indent=2, ensure_ascii=False))
    else:
        click.echo(as_text(frame))
    if plot_path is not None:
        from timeline.outputs.estimates_chart import save_estimates

        save_estimates(plot_path, frame)
        click.echo(f"wrote {plot_path} ({len(frame)} estimates)", err=True)


COMMANDS = (estimates,)
