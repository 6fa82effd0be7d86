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

    One line per statement, with its bounds, certainty and number of sources; a claim that
    restates another is folded into it. The heading gives the event's number of sources and
    of distinct claimants; CONFLICTS marks two claimants' figures that cannot both hold at
    overlapping statement dates. --plot draws them as points with bound bars over the
    statement date, one colour per claimant.

    \b
    Example:
      $ timeline estimates ev-0001
    """
    from timeline.outputs.estimates import as_text
    from timeline.outputs.estimates import estimates as load_estimates

    frame = load_estimates(event_id, version)
    if fmt == "csv":
        click.echo(frame.to_csv(index=False), nl=False)
    elif fmt == "json":
        import json

        records = frame.astype(object).where(frame.notna(), None).to_dict("records")
        body = {**frame.attrs["timeline"], "estimates": records}
        click.echo(json.dumps(body, indent=2, default=str, ensure_ascii=False))
    else:
        click.echo(as_text(frame))
    if plot_path is not None:
        from timeline.outputs.chart import require_matplotlib, save_estimates

        require_matplotlib()
        save_estimates(plot_path, frame)
        click.echo(f"wrote {plot_path} ({len(frame)} estimates)", err=True)


COMMANDS = (estimates,)
