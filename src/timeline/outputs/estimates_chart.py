"""The estimates chart: one event's numeric estimates over time (issue 16).

One point per statement at its statement date, bars for its bounds (arrows for open ones), a
thin line over a week or month statement's period and a dotted one back over an undated
statement's "on or before" period; one colour per claimant and one marker shape per counted
quantity, each point labelled with what it counts, so "300 killed" never reads as the next
figure of "3,000 killed or wounded".  matplotlib is optional and imported only when drawing
(:func:`timeline.outputs.chart.require_matplotlib`); figures use the Agg canvas, never pyplot.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.errors import InputError
from timeline.outputs.chart import (
    OKABE_ITO,
    TimelineChart,
    chart_format,
    day_number,
    draw_glyph,
    frame_rows,
    number_phrase,
    require_matplotlib,
    shorten,
)

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes

#: Claimant colours, in order of first appearance (Okabe–Ito, then black and grey).
_CLAIMANT_PALETTE = ("blue", "vermillion", "bluish green", "orange", "reddish purple", "sky blue")
CLAIMANT_COLORS: tuple[str, ...] = (
    *(OKABE_ITO[name] for name in _CLAIMANT_PALETTE),
    "#000000",
    "#777777",
)

#: Marker shapes, one per counted quantity (order of first appearance).
QUANTITY_MARKERS: tuple[str, ...] = ("o", "s", "^", "D", "v", "P", "X", "h")

_KEY = (
    "filled = value, hollow = 'about', bar = bounds, arrow = open bound, dotted = undated "
    "(said on or before), ⚠ = conflicts with another claimant"
)


@dataclass(frozen=True)
class _Styles:
    """Who gets which colour and what gets which marker, in order of first appearance."""

    claimants: list[str]
    colors: dict[str, str]
    counted: list[str]
    markers: dict[str, str]


def _styles(named: pd.DataFrame) -> _Styles:
    claimants = list(dict.fromkeys(named["claimant"]))
    counted = list(dict.fromkeys(named["counted"]))
    return _Styles(
        claimants=claimants,
        colors={c: CLAIMANT_COLORS[i % len(CLAIMANT_COLORS)] for i, c in enumerate(claimants)},
        counted=counted,
        markers={q: QUANTITY_MARKERS[i % len(QUANTITY_MARKERS)] for i, q in enumerate(counted)},
    )


def _statement_x(row: Any) -> tuple[float, float | None, float | None]:
    """Where a statement sits on the time axis: the middle of its period, with the period's
    ends (None for a single day); an undated one at its 'on or before' date."""
    import pandas as pd

    end = day_number(pd.Timestamp(row.stated_end)) + 0.5
    if pd.isna(row.stated_on):  # NaT is a datetime to isinstance: test for missing
        return end, None, end
    start = day_number(pd.Timestamp(row.stated_on))
    if row.stated_on == row.stated_end:
        return start + 0.5, None, None
    return (start + end) / 2, start, end


def _draw_estimate(
    ax: Axes, row: Any, x: float, color: str, top: float, marker: str, counted: str
) -> Artist:
    import pandas as pd

    low = None if pd.isna(row.value_low) else float(row.value_low)
    high = None if pd.isna(row.value_high) else float(row.value_high)
    value = None if pd.isna(row.value) else float(row.value)
    anchor = value if value is not None else ((low or 0.0) + (high or low or 0.0)) / 2
    arrow = {"arrowstyle": "-|>", "color": color, "linewidth": 1.6, "mutation_scale": 12}
    if low is not None and high is not None and low != high:
        ax.plot([x, x], [low, high], color=color, linewidth=2.5, solid_capstyle="butt")
    elif low is not None and high is None:
        ax.annotate("", xy=(x, top), xytext=(x, low), arrowprops=arrow)
    elif high is not None and low is None:
        ax.annotate("", xy=(x, 0), xytext=(x, high), arrowprops=arrow)
    glyph = draw_glyph(ax, x, anchor, marker, 9, color, hollow=row.qualifier == "about")
    glyph.set_gid(row.claim_id)
    phrase = number_phrase(row.qualifier, row.value, row.value_low, row.value_high)
    label = f"{phrase} {counted}" + (" ⚠" if isinstance(row.conflicts_with, str) else "")
    ax.annotate(label, xy=(x, anchor), xytext=(7, -3), textcoords="offset points", fontsize=8)
    return glyph


def _plot_statements(
    ax: Axes, named: pd.DataFrame, styles: _Styles, top: float
) -> tuple[dict[str, Artist], tuple[float, float]]:
    """Every statement's point, bounds and period; returns the artists and the x span."""
    import pandas as pd

    rows = frame_rows(named)
    xs = [_statement_x(r) for r in rows]
    span = (min(x[0] for x in xs) - 3, max(x[0] for x in xs) + 3)
    seen: dict[float, int] = {}
    artists: dict[str, Artist] = {}
    for row, (x, start, end) in zip(rows, xs, strict=True):
        dodge = seen.get(round(x, 1), 0)  # same-day statements side by side
        seen[round(x, 1)] = dodge + 1
        x += 0.35 * dodge * (span[1] - span[0]) / 60
        color = styles.colors[row.claimant]
        anchor = row.value if not pd.isna(row.value) else row.value_low
        y = float(anchor) if not pd.isna(anchor) else 0.0
        if start is not None and end is not None:  # a week or month: its period
            ax.plot([start, end], [y, y], color=color, linewidth=1, alpha=0.6)
        elif start is None and end is not None:  # undated: on or before
            ax.plot([span[0], x], [y, y], color=color, linewidth=1, linestyle=":", alpha=0.7)
        artists[row.claim_id] = _draw_estimate(
            ax, row, x, color, top, styles.markers[row.counted], row.counted
        )
    return artists, span


def _decorate(ax: Axes, styles: _Styles, span: tuple[float, float], top: float) -> None:
    """Axes, key and the two-part legend (claimant colours, then counted-quantity shapes)."""
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.lines import Line2D

    ax.set_xlim(*span)
    ax.set_ylim(0, top)
    locator = AutoDateLocator()  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.yaxis.set_major_formatter("{x:,.0f}")
    ax.grid(color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    counted = styles.counted
    ax.set_ylabel(counted[0] if len(counted) == 1 else "number claimed (marker: what it counts)")
    ax.set_xlabel("statement date", fontsize=9)
    ax.set_title(_KEY, loc="left", fontsize=8.5, color="#333333")
    handles = [
        Line2D([], [], marker="o", linestyle="", color=styles.colors[c], label=c)
        for c in styles.claimants
    ]
    heading_row = Line2D([], [], linestyle="", label="counts:")  # a heading inside the legend
    shapes = [
        Line2D([], [], marker=styles.markers[q], linestyle="", color="#333333", label=q)
        for q in counted
    ]
    ax.legend(
        handles=[*handles, heading_row, *shapes],
        title="claimant",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
    )


def draw_estimates(frame: pd.DataFrame, title: str = "", credit: str = "") -> TimelineChart:
    """Draw an event's estimates over time (:func:`timeline.outputs.estimates.estimates`)."""
    require_matplotlib()
    import pandas as pd
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from timeline.outputs.quantities import quantity_label

    if frame.empty:
        msg = f"{frame.attrs.get('timeline', {}).get('event_id')}: no numeric estimates to chart"
        raise InputError(msg)
    figure = Figure(figsize=(11, 6), layout="constrained")
    FigureCanvasAgg(figure)
    ax = figure.subplots()
    named = frame.assign(
        claimant=frame["claimant"].fillna(frame["claimant_id"]),
        counted=[quantity_label(None if pd.isna(u) else str(u)) for u in frame["unit"]],
    )
    styles = _styles(named)
    numbers = [
        float(v) for col in ("value", "value_low", "value_high") for v in frame[col].dropna()
    ]
    top = max(numbers) * 1.25 if numbers else 1.0
    artists, span = _plot_statements(ax, named, styles, top)
    _decorate(ax, styles, span, top)
    meta = frame.attrs.get("timeline", {})
    heading = title or f"{meta.get('event_id', '')}: {meta.get('summary', '')}"
    figure.suptitle(shorten(heading, 110), x=0.01, ha="left", fontsize=12, fontweight="bold")
    if credit:
        figure.supxlabel(credit, x=0.01, ha="left", fontsize=8, color="#555555")
    return TimelineChart(figure, {}, artists)


def save_estimates(
    path: str | Path, frame: pd.DataFrame, fmt: str | None = None, dpi: int = 110
) -> TimelineChart:
    """Draw an estimates frame and write it to ``path`` as PNG or SVG."""
    chart_format(path, fmt)
    meta = frame.attrs.get("timeline", {})
    credit = f"Data: {meta.get('dataset', 'timeline')}, release {meta.get('version', '?')}"
    chart = draw_estimates(frame, credit=credit)
    chart.save(path, fmt, dpi)
    return chart
