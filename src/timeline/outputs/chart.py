"""The timeline chart: events on a time axis, and the numbers claimed about them.

Top panel: one row per event, coloured by event type, drawn as precisely as
the source dates it: a day is a point, a week, month, year or closed range a
bar spanning its dates, and an open range (start unknown, "on or before") a
dashed line from the left edge with an open-start marker.  Hatched or hollow
glyphs are ``as_of`` events (a state said to hold then), solid ones events
that occurred then.  Bottom panel: every quantitative claim (restatements
left out, so each statement counts once) with its bounds, labelled by its
claimant; an arrow is a bound the claim leaves open.

matplotlib is an optional extra and is imported only when a chart is drawn;
without it :class:`~timeline.errors.PlotDependencyError` says how to install
it.  Figures are built on the Agg canvas, never through pyplot, so drawing
needs no display and leaves no global state behind.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from timeline.errors import InputError, PlotDependencyError
from timeline.io.atomic import atomic_writer
from timeline.model.vocab import EVENT_TYPES, QUALIFIER_WORDS

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

INSTALL_HINT = 'pip install "dprk-russia-timeline[plot]"'
FORMATS = ("png", "svg")
DAY = dt.timedelta(days=1)


def require_matplotlib() -> None:
    """Raise :class:`PlotDependencyError` with the install command unless matplotlib imports."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        msg = f"charts need matplotlib, which is not installed; install it with: {INSTALL_HINT}"
        raise PlotDependencyError(msg) from exc


def event_colors() -> dict[str, Any]:
    """A fixed colour per event type (stable across releases: vocabulary order)."""
    from matplotlib import colormaps

    tab20 = colormaps["tab20"]
    # Strong colours first, their light partners after, so early types differ most.
    order = [*range(0, 20, 2), *range(1, 20, 2)]
    return {t: tab20(order[i % 20]) for i, t in enumerate(EVENT_TYPES)}


def number_phrase(qualifier: str, value: Any, low: Any, high: Any) -> str:
    """'more than 3,000', 'at least 1,100', 'between 5 and 10': the claim in words."""
    import pandas as pd

    if qualifier == "range":
        return f"between {int(low):,} and {int(high):,}"
    if pd.isna(value):
        return ""
    return f"{QUALIFIER_WORDS.get(qualifier, '')}{int(value):,}"


def _date_words(row: Any) -> str:
    """How the chart labels an event's dates, with the source's own words."""
    start, end, precision = row.date_start, row.date_end, row.date_precision
    if precision == "day":
        text = f"{end.day} {end:%b %Y}"
    elif precision == "month":
        text = f"{end:%b %Y}"
    elif precision == "year":
        text = f"{end:%Y}"
    elif start is None:
        text = f"on or before {end.day} {end:%b %Y}"
    else:
        text = f"{start.day} {start:%b} – {end.day} {end:%b %Y}"
    words = row.date_text
    if isinstance(words, str) and words:
        text += f" ({words})"
    return text


def _num(day: dt.date) -> float:
    """Matplotlib's number for a date (days since its epoch)."""
    from matplotlib.dates import date2num

    return float(date2num(day))  # type: ignore[no-untyped-call]


def _rows(frame: pd.DataFrame) -> list[Any]:
    """The frame's rows as named tuples (typed loosely: columns differ per table)."""
    return list(frame.itertuples(index=False))


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(repr=False)
class TimelineChart:
    """A drawn chart: the figure, and the artist that draws each event and claim.

    ``events`` maps every event_id to its glyph, ``claims`` every charted
    claim_id to its marker; each artist's gid is that id, so an SVG export has
    an element with ``id="ev-0001"`` for every event.
    """

    figure: Figure
    events: dict[str, Artist]
    claims: dict[str, Artist]

    def save(self, path: Path, fmt: str | None = None, dpi: int = 110) -> Path:
        """Write the chart as PNG or SVG (from ``fmt``, else the file suffix), atomically."""
        data = self.to_bytes(chart_format(path, fmt), dpi)
        with atomic_writer(path, "wb") as handle:
            handle.write(data)  # type: ignore[arg-type]
        return path

    def to_bytes(self, fmt: str = "png", dpi: int = 110) -> bytes:
        """The chart as PNG or SVG bytes."""
        buffer = io.BytesIO()
        save_figure(self.figure, buffer, fmt, dpi)
        return buffer.getvalue()

    def __repr__(self) -> str:
        return f"<TimelineChart: {len(self.events)} events, {len(self.claims)} numeric claims>"

    def _repr_png_(self) -> bytes:
        """Shown as an image when a notebook displays the chart (no pyplot needed)."""
        return self.to_bytes("png", dpi=80)


def chart_format(path: Path, fmt: str | None) -> str:
    """The image format: given, or from the suffix; only PNG and SVG."""
    chosen = (fmt or path.suffix.lstrip(".") or "png").lower()
    if chosen not in FORMATS:
        msg = f"{path}: cannot write a chart as {chosen!r}; use one of {', '.join(FORMATS)}"
        raise InputError(msg)
    return chosen


def save_figure(
    figure: Figure, path: Path | BinaryIO, fmt: str | None = None, dpi: int = 110
) -> Path | BinaryIO:
    """Save with text kept as text in SVG and no timestamps, so output is reproducible."""
    import matplotlib

    chosen = chart_format(path, fmt) if isinstance(path, Path) else chart_format(Path(), fmt)
    metadata: dict[str, Any] = {"Date": None} if chosen == "svg" else {"Software": None}
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "timeline"}):
        figure.savefig(path, format=chosen, dpi=dpi, metadata=metadata)
    return path


def _event_order(events: pd.DataFrame) -> pd.DataFrame:
    first = events["date_start"].where(events["date_start"].notna(), events["date_end"])
    ordered = events.assign(_first=first).sort_values(
        ["_first", "date_end", "event_id"], kind="stable"
    )
    return ordered.drop(columns="_first").reset_index(drop=True)


def _draw_event(ax: Axes, row: Any, y: int, color: Any, left: float) -> Artist:
    """One event's glyph: point, bar, or open-start dashed line; returns the main artist."""
    as_of = row.date_kind == "as_of"
    end = _num(row.date_end + DAY)
    artist: Artist
    if row.date_precision == "day":
        centre = _num(row.date_end) + 0.5
        (artist,) = ax.plot(
            [centre],
            [y],
            marker="o",
            markersize=9,
            linestyle="none",
            markerfacecolor="white" if as_of else color,
            markeredgecolor=color,
            markeredgewidth=2,
            zorder=3,
        )
    elif row.date_start is None:
        (artist,) = ax.plot([left, end], [y, y], color=color, linewidth=2.2, linestyle=(0, (4, 2)))
        ax.plot([left], [y], marker="<", markersize=8, color=color, linestyle="none")
        ax.plot([end], [y], marker="|", markersize=12, markeredgewidth=2.2, color=color)
    else:
        start = _num(row.date_start)
        artist = ax.broken_barh(
            [(start, end - start)],
            (y - 0.3, 0.6),
            facecolors="white" if as_of else color,
            edgecolors=color,
            hatch="////" if as_of else None,
            linewidth=1.5,
            zorder=2,
        )
    artist.set_gid(row.event_id)
    ax.annotate(
        _date_words(row),
        xy=(end, y),
        xytext=(6, 0),
        textcoords="offset points",
        va="center",
        fontsize=7.5,
        color="#444444",
    )
    return artist


def _draw_events(ax: Axes, events: pd.DataFrame, colors: dict[str, Any]) -> dict[str, Artist]:
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter

    dates = [d for d in [*events["date_start"], *events["date_end"]] if d is not None]
    left = _num(min(dates)) - 45
    right = _num(max(dates)) + 120
    artists: dict[str, Artist] = {}
    rows = _rows(events)
    for y, row in enumerate(rows):
        artists[row.event_id] = _draw_event(ax, row, y, colors[row.event_type], left)
    ax.set_xlim(left, right)
    ax.set_ylim(len(events) - 0.4, -0.6)
    ax.set_yticks(range(len(events)))
    ax.set_yticklabels(
        [f"{r.event_id}  {_shorten(r.summary, 80)}" for r in rows],
        fontsize=8,
    )
    locator = AutoDateLocator()  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    first, last = min(dates), max(dates)
    ax.set_xlabel(f"date ({first:%b %Y} – {last:%b %Y}); dashed = start unknown", fontsize=9)
    ax.set_title("Events, as precisely as the source dates them", loc="left", fontsize=11)
    return artists


def _quantities(claims: pd.DataFrame, actors: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Quantitative claims, each statement once, in event order, with claimant names."""
    names = dict(zip(actors["actor_id"], actors["name"], strict=True))
    order = {e: i for i, e in enumerate(events["event_id"])}
    kinds = dict(zip(events["event_id"], events["event_type"], strict=True))
    numbers = claims[claims["qualifier"].notna() & claims["restates"].isna()].copy()
    numbers["claimant"] = numbers["claimant_id"].map(names).fillna(numbers["claimant_id"])
    numbers["event_type"] = numbers["event_id"].map(kinds)
    numbers["_order"] = numbers["event_id"].map(order)
    numbers = numbers.sort_values(["_order", "claim_id"], kind="stable")
    return numbers.drop(columns="_order").reset_index(drop=True)


def _draw_claim(ax: Axes, row: Any, y: int, color: Any, span: tuple[float, float]) -> Artist:
    import pandas as pd

    low = None if pd.isna(row.value_low) else float(row.value_low)
    high = None if pd.isna(row.value_high) else float(row.value_high)
    value = None if pd.isna(row.value) else float(row.value)
    anchor = value if value is not None else (low if low is not None else high)
    if anchor is None:  # only quantified claims reach here; one with no number has no mark
        return ax.plot([], [])[0]
    arrow = {"arrowstyle": "-|>", "color": color, "linewidth": 2, "mutation_scale": 14}
    if low is not None and high is not None and low != high:
        ax.plot([low, high], [y, y], color=color, linewidth=3, solid_capstyle="butt")
    elif low is not None and high is None:
        ax.annotate("", xy=(span[1], y), xytext=(anchor, y), arrowprops=arrow)
    elif high is not None and low is None:
        ax.annotate("", xy=(span[0], y), xytext=(anchor, y), arrowprops=arrow)
    hollow = row.qualifier == "about"
    (marker,) = ax.plot(
        [anchor],
        [y],
        marker="D",
        markersize=8,
        linestyle="none",
        markerfacecolor="white" if hollow else color,
        markeredgecolor=color,
        markeredgewidth=2,
        zorder=3,
    )
    marker.set_gid(row.claim_id)
    phrase = number_phrase(row.qualifier, row.value, row.value_low, row.value_high)
    ax.annotate(
        f"{phrase} ({row.certainty})",
        xy=(anchor, y),
        xytext=(0, 9),
        textcoords="offset points",
        ha="center",
        fontsize=7.5,
        color="#333333",
    )
    return marker


def _draw_claims(ax: Axes, numbers: pd.DataFrame, colors: dict[str, Any]) -> dict[str, Artist]:
    values = [
        float(v)
        for col in ("value", "value_low", "value_high")
        for v in numbers[col].dropna().tolist()
    ]
    span = (min(values) / 2.5, max(values) * 2.5) if values else (1.0, 10.0)
    artists: dict[str, Artist] = {}
    previous = None
    rows = _rows(numbers)
    for y, row in enumerate(rows):
        artists[row.claim_id] = _draw_claim(ax, row, y, colors[row.event_type], span)
        if previous is not None and previous != row.event_id:
            ax.axhline(y - 0.5, color="#bbbbbb", linewidth=0.8)
        previous = row.event_id
    ax.set_xscale("log")
    ax.set_xlim(*span)
    ax.set_ylim(len(numbers) - 0.4, -0.8)
    ax.set_yticks(range(len(numbers)))
    ax.set_yticklabels(
        [f"{r.event_id}  {r.claimant}: {r.unit} ({r.claim_id})" for r in rows],
        fontsize=8,
    )
    ax.xaxis.set_major_formatter("{x:,.0f}")
    ax.grid(axis="x", which="major", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.set_xlabel("number claimed (log scale); ◆ value, ◇ 'about', bar = range, arrow = open bound")
    ax.set_title(
        "Numbers claimed, with their bounds, by claimant (restatements omitted)",
        loc="left",
        fontsize=11,
    )
    return artists


def _legends(fig: Figure, ax: Axes, present: list[str], colors: dict[str, Any]) -> None:
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    types = [Patch(facecolor=colors[t], edgecolor=colors[t], label=t) for t in present]
    first = ax.legend(
        handles=types,
        title="event type",
        loc="upper left",
        bbox_to_anchor=(1.01, 1.0),
        fontsize=8,
        title_fontsize=9,
        frameon=False,
    )
    ax.add_artist(first)
    grey = "#555555"
    glyphs = [
        Line2D(
            [], [], marker="o", color=grey, linestyle="none", markersize=8, label="day: a point"
        ),
        Patch(facecolor=grey, edgecolor=grey, label="week, month, year or range: a bar"),
        Line2D(
            [],
            [],
            marker="<",
            color=grey,
            linestyle=(0, (4, 2)),
            linewidth=2,
            label="open range: on or before its end",
        ),
        Patch(facecolor=grey, edgecolor=grey, label="solid: occurred then"),
        Patch(
            facecolor="white", edgecolor=grey, hatch="////", label="hollow/hatched: held as of then"
        ),
    ]
    ax.legend(
        handles=glyphs,
        title="date precision and kind",
        loc="lower left",
        bbox_to_anchor=(1.01, 0.0),
        fontsize=8,
        title_fontsize=9,
        frameon=False,
    )


def draw_timeline(
    events: pd.DataFrame, claims: pd.DataFrame, actors: pd.DataFrame, title: str = ""
) -> TimelineChart:
    """Draw the chart from loaded ``events``, ``claims`` and ``actors`` frames."""
    require_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if events.empty:
        msg = "no events to chart"
        raise InputError(msg)
    ordered = _event_order(events)
    numbers = _quantities(claims, actors, ordered)
    colors = event_colors()
    rows_top, rows_bottom = len(ordered) + 2, max(len(numbers), 1) + 2
    figure = Figure(figsize=(17, 0.3 * (rows_top + rows_bottom) + 2.2), layout="constrained")
    FigureCanvasAgg(figure)
    ax_events, ax_claims = figure.subplots(
        2, 1, gridspec_kw={"height_ratios": [rows_top, rows_bottom]}
    )
    event_artists = _draw_events(ax_events, ordered, colors)
    claim_artists = _draw_claims(ax_claims, numbers, colors)
    present = [t for t in EVENT_TYPES if t in set(ordered["event_type"])]
    _legends(figure, ax_events, present, colors)
    if title:
        figure.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    return TimelineChart(figure, event_artists, claim_artists)


def plot_timeline(version: str | None = None) -> TimelineChart:
    """Draw the chart of release ``version`` (None: the newest bundled one)."""
    require_matplotlib()
    from timeline.loader import load

    events = load("events", version=version)
    claims = load("claims", version=version)
    actors = load("actors", version=version)
    meta = events.attrs["timeline"]
    title = (
        f"North Korea's military support to Russia: release {meta['version']} "
        f"({len(events)} events, {len(claims)} claims)"
    )
    return draw_timeline(events, claims, actors, title)


def save_timeline(
    path: Path, fmt: str | None = None, version: str | None = None, dpi: int = 110
) -> TimelineChart:
    """Draw release ``version`` and write it to ``path`` as PNG or SVG."""
    chart_format(path, fmt)  # fail on a bad format before drawing
    chart = plot_timeline(version)
    chart.save(path, fmt, dpi)
    return chart
