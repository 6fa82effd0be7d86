"""The timeline chart: events on a time axis, and the numbers claimed about them.

Top panel: one row per event, coloured by the family of its event type (six
families in the Okabe–Ito colour-blind-safe palette), drawn as precisely as the
source dates it: a day is a point, a week, month, year or closed range a bar
spanning its dates, and an open range (start unknown, "on or before") a dashed
line from the left edge with an open-start marker.  Hatched or hollow glyphs
are ``as_of`` events (a state said to hold then), solid ones events that
occurred then.

The time axis spans the dated events.  An event far beyond the rest (a "next
year" plan) would stretch it so far that everything else piles up, so it is
marked at the axis edge with its date in words instead.  When many events fall
within a couple of weeks, that stretch is drawn day by day on a shaded part of
the axis and the rest month by month, so the dense days spread out.

Bottom panel: every quantitative claim (restatements left out, so each
statement counts once) with its bounds, grouped by event so competing figures
sit side by side, labelled by claimant; an arrow is a bound the claim leaves
open.  A credit line names the dataset, the release and the publishers of the
sources.

matplotlib is an optional extra and is imported only when a chart is drawn;
without it :class:`~timeline.errors.PlotDependencyError` says how to install
it.  Figures are built on the Agg canvas, never through pyplot, so drawing
needs no display and leaves no global state behind.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from timeline.errors import InputError, PlotDependencyError
from timeline.io.atomic import atomic_writer
from timeline.model.vocab import EVENT_TYPES, QUALIFIER_WORDS

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pandas as pd
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend
    from matplotlib.transforms import Bbox

INSTALL_HINT = 'pip install "dprk-russia-timeline[plot]"'
FORMATS = ("png", "svg")
DAY = dt.timedelta(days=1)

#: The Okabe–Ito palette (Okabe & Ito 2008), distinguishable with any common colour-vision
#: deficiency.  Yellow is left unused: it is too light on white.
OKABE_ITO: dict[str, str] = {
    "orange": "#E69F00",
    "sky blue": "#56B4E9",
    "bluish green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish purple": "#CC79A7",
    "black": "#000000",
}

#: The colour of each family of event types (legend order).
FAMILY_COLORS: dict[str, str] = {
    "troops & deployment": OKABE_ITO["blue"],
    "casualties": OKABE_ITO["vermillion"],
    "weapons & munitions": OKABE_ITO["orange"],
    "statements & warnings": OKABE_ITO["reddish purple"],
    "diplomacy & relations": OKABE_ITO["bluish green"],
    "concealment & evidence": OKABE_ITO["sky blue"],
}

#: The family of every event type of :data:`timeline.model.vocab.EVENT_TYPES`.
EVENT_FAMILY: dict[str, str] = {
    "troop_deployment": "troops & deployment",
    "deployment_preparation": "troops & deployment",
    "planned_participation": "troops & deployment",
    "casualties": "casualties",
    "weapons_transfer": "weapons & munitions",
    "munitions_shipment": "weapons & munitions",
    "drone_production": "weapons & munitions",
    "weapons_test": "weapons & munitions",
    "statement": "statements & warnings",
    "warning": "statements & warnings",
    "briefing": "statements & warnings",
    "non_confirmation": "statements & warnings",
    "diplomatic_visit": "diplomacy & relations",
    "invitation": "diplomacy & relations",
    "relations": "diplomacy & relations",
    "concealment": "concealment & evidence",
    "evidence_publication": "concealment & evidence",
}

#: The label of lines that mark the axis (not data), which legends may cover.
DECORATION = "_axis decoration"

UNKNOWN_COLOR = "#777777"  # a type newer than this module: grey, never a crash


def require_matplotlib() -> None:
    """Raise :class:`PlotDependencyError` with the install command unless matplotlib imports."""
    try:
        import matplotlib  # noqa: F401
    except ImportError as exc:
        msg = f"charts need matplotlib, which is not installed; install it with: {INSTALL_HINT}"
        raise PlotDependencyError(msg) from exc


def event_family(event_type: str) -> str:
    """The family an event type is coloured by ('other' for a type unknown here)."""
    return EVENT_FAMILY.get(event_type, "other")


def event_colors() -> dict[str, str]:
    """The colour of every event type: its family's colour."""
    return {t: FAMILY_COLORS.get(event_family(t), UNKNOWN_COLOR) for t in EVENT_TYPES}


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


def day_number(day: dt.date) -> float:
    """Matplotlib's number for a date (days since its epoch)."""
    from matplotlib.dates import date2num

    return float(date2num(day))  # type: ignore[no-untyped-call]


def frame_rows(frame: pd.DataFrame) -> list[Any]:
    """The frame's rows as named tuples (typed loosely: columns differ per table)."""
    return list(frame.itertuples(index=False))


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters, with an ellipsis when cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(repr=False)
class TimelineChart:
    """A drawn chart: the figure, and the artist that draws each event and claim.

    ``events`` maps every event_id to its glyph, ``claims`` every charted
    claim_id to its marker; each artist's gid is that id, so an SVG export has
    an element with ``id="ev-0001"`` for every event.  ``far_off`` lists the
    events too far from the rest to fit the time axis: each is marked at the
    axis edge with its date in words.
    """

    figure: Figure
    events: dict[str, Artist]
    claims: dict[str, Artist]
    far_off: tuple[str, ...] = field(default=())

    def save(self, path: str | Path, fmt: str | None = None, dpi: int = 110) -> Path:
        """Write the chart as PNG or SVG (from ``fmt``, else the file suffix), atomically."""
        target = Path(path)
        data = self.to_bytes(chart_format(target, fmt), dpi)
        with atomic_writer(target, "wb") as handle:
            handle.write(data)  # type: ignore[arg-type]
        return target

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


def chart_format(path: str | Path, fmt: str | None) -> str:
    """The image format: given, or from the suffix; only PNG and SVG."""
    chosen = (fmt or Path(path).suffix.lstrip(".") or "png").lower()
    if chosen not in FORMATS:
        msg = f"{path}: cannot write a chart as {chosen!r}; use one of {', '.join(FORMATS)}"
        raise InputError(msg)
    return chosen


def save_figure(
    figure: Figure, path: str | Path | BinaryIO, fmt: str | None = None, dpi: int = 110
) -> Path | BinaryIO:
    """Save with text kept as text in SVG and no timestamps, so output is reproducible."""
    import matplotlib

    target: Path | BinaryIO = Path(path) if isinstance(path, str) else path
    chosen = chart_format(target, fmt) if isinstance(target, Path) else chart_format(Path(), fmt)
    metadata: dict[str, Any] = {"Date": None} if chosen == "svg" else {"Software": None}
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "timeline"}):
        figure.savefig(target, format=chosen, dpi=dpi, metadata=metadata)
    return target


def credit_line(dataset: str, version: str, publishers: Iterable[str]) -> str:
    """'Data: timeline, release 1.0.0 · sources: Radio Free Asia': what the chart is drawn from."""
    names = sorted({p for p in publishers if isinstance(p, str) and p})
    sources = f" · sources: {', '.join(names)}" if names else ""
    return f"Data: {dataset}, release {version}{sources}"


def _event_order(events: pd.DataFrame) -> pd.DataFrame:
    first = events["date_start"].where(events["date_start"].notna(), events["date_end"])
    ordered = events.assign(_first=first).sort_values(
        ["_first", "date_end", "event_id"], kind="stable"
    )
    return ordered.drop(columns="_first").reset_index(drop=True)


# --- the time axis ---------------------------------------------------------------------

#: Where on the axis (0 left edge, 1 right edge) the first and last dated day fall; the
#: space right of it holds the date labels.
AXIS_FROM, AXIS_TO = 0.02, 0.78
#: The share of the axis given to a dense stretch of days, when there is one.
FOCUS_SHARE = 0.42
#: A dense stretch: at least this many events of at most a week each within this many days.
FOCUS_DAYS, FOCUS_MIN_EVENTS = 14, 3


def _extent(row: Any) -> tuple[float | None, float]:
    """An event's glyph on the number line: start (None if unknown) and end (exclusive)."""
    start = None if row.date_start is None else day_number(row.date_start)
    return start, day_number(row.date_end + DAY)


def far_off_events(events: pd.DataFrame) -> list[str]:
    """Events so far from the rest that an axis holding them would squeeze everything else.

    One at a time, the event reaching furthest out on either side is set aside while
    its gap to the others is wider than both 90 days and the span of the others.
    """
    extents = {row.event_id: _extent(row) for row in frame_rows(events)}
    far: list[str] = []
    while len(extents) - len(far) > 1:
        rest = {k: v for k, v in extents.items() if k not in far}
        by_end = sorted(rest, key=lambda k: (rest[k][1], k))
        firsts = {k: v[0] if v[0] is not None else v[1] - 1 for k, v in rest.items()}
        by_first = sorted(rest, key=lambda k: (firsts[k], k))
        last, before_last = by_end[-1], by_end[-2]
        others_span = rest[before_last][1] - min(firsts[k] for k in by_end[:-1])
        if rest[last][1] - rest[before_last][1] > max(90.0, others_span):
            far.append(last)
            continue
        first, second = by_first[0], by_first[1]
        others_span = max(rest[k][1] for k in by_first[1:]) - firsts[second]
        if firsts[second] - firsts[first] > max(90.0, others_span):
            far.append(first)
            continue
        break
    return far


def _focus(
    extents: list[tuple[float | None, float]], lo: float, hi: float
) -> tuple[float, float] | None:
    """The densest stretch of short events, if dense enough to deserve a wider scale."""
    short = sorted((s, e) for s, e in extents if s is not None and e - s <= 8)
    best: list[tuple[float, float]] = []
    for start, _ in short:
        inside = [(s, e) for s, e in short if s >= start and e <= start + FOCUS_DAYS]
        if len(inside) >= len(best):
            best = inside
    if len(best) < max(FOCUS_MIN_EVENTS, len(extents) / 4):
        return None
    begin, end = min(s for s, _ in best), max(e for _, e in best)
    if (hi - lo) < 6 * (end - begin):
        return None  # the whole axis is short enough already
    return begin, end


@dataclass(frozen=True)
class TimeAxis:
    """A piecewise linear time axis: dates (matplotlib day numbers) to axis fractions.

    ``knots`` pairs a day number with its place on the axis; between knots the scale
    is linear, beyond them it continues the nearest segment's slope.  ``focus`` is the
    stretch drawn day by day, if any.
    """

    knots: tuple[tuple[float, float], ...]
    focus: tuple[float, float] | None

    @classmethod
    def spanning(cls, extents: list[tuple[float | None, float]]) -> TimeAxis:
        """The axis for glyphs with these extents (open starts run to the left edge)."""
        lo = min(s if s is not None else e - 1 for s, e in extents)
        hi = max(e for _, e in extents)
        focus = _focus(extents, lo, hi)
        if focus is None:
            return cls(((lo, AXIS_FROM), (hi, AXIS_TO)), None)
        begin, end = max(focus[0], lo), min(focus[1], hi)
        outside = (begin - lo) + (hi - end)
        room = AXIS_TO - AXIS_FROM - FOCUS_SHARE
        at_begin = AXIS_FROM + room * (begin - lo) / outside if outside else AXIS_FROM
        knots = [(lo, AXIS_FROM), (begin, at_begin), (end, at_begin + FOCUS_SHARE), (hi, AXIS_TO)]
        unique: list[tuple[float, float]] = []
        for day, place in knots:
            if not unique or day > unique[-1][0]:
                unique.append((day, place))
        return cls(tuple(unique), (begin, end))

    def _interp(
        self, values: npt.ArrayLike, xs: list[float], ys: list[float]
    ) -> npt.NDArray[np.float64]:
        import numpy as np

        x = np.asarray(values, dtype=float)
        y = np.interp(x, xs, ys)
        first = (ys[1] - ys[0]) / (xs[1] - xs[0])
        last = (ys[-1] - ys[-2]) / (xs[-1] - xs[-2])
        y = np.where(x < xs[0], ys[0] + (x - xs[0]) * first, y)
        return np.where(x > xs[-1], ys[-1] + (x - xs[-1]) * last, y)

    def to_axis(self, days: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """Axis fractions of day numbers."""
        return self._interp(days, [d for d, _ in self.knots], [p for _, p in self.knots])

    def to_days(self, places: npt.ArrayLike) -> npt.NDArray[np.float64]:
        """Day numbers at axis fractions."""
        return self._interp(places, [p for _, p in self.knots], [d for d, _ in self.knots])

    def at(self, place: float) -> float:
        """The day number at one axis fraction."""
        return float(self.to_days([place])[0])

    def ticks(self) -> tuple[list[float], list[str]]:
        """Tick positions and labels: day by day in the focus, coarser elsewhere."""
        left, right = self.at(0.0), self.at(1.0)
        if self.focus is None:
            pieces = [(left, right)]
        elif self.focus[1] >= self.knots[-1][0]:  # days to the end: the label room too
            pieces = [(left, self.focus[0]), (self.focus[0], right)]
        else:
            pieces = [(left, self.focus[0]), self.focus, (self.focus[1], right)]
        ticks: dict[float, str] = {}
        for begin, end in pieces:
            share = float(self.to_axis([end])[0] - self.to_axis([begin])[0])
            ticks.update(
                _segment_ticks(
                    begin, end, share, fine=self.focus is not None and begin == self.focus[0]
                )
            )
        if self.focus is not None:  # no coarse tick crowding the day ticks
            edge = self.to_axis(list(self.focus))
            ticks = {
                t: label
                for t, label in ticks.items()
                if self.focus[0] <= t <= self.focus[1]
                or t >= self.knots[-1][0] >= self.focus[1]
                or min(abs(float(self.to_axis([t])[0]) - e) for e in edge) > 0.035
            }
        ordered = sorted(ticks)
        return ordered, [ticks[t] for t in ordered]


def _segment_ticks(begin: float, end: float, share: float, *, fine: bool) -> dict[float, str]:
    """Ticks for one stretch of the axis: days, Mondays, months, quarters or years."""
    from matplotlib.dates import num2date

    room = max(share * 24, 2)  # about 24 labels fit across the whole axis
    days = end - begin
    first = num2date(begin).date()  # type: ignore[no-untyped-call]
    last = num2date(end).date()  # type: ignore[no-untyped-call]
    out: dict[float, str] = {}
    if fine or days <= room:
        step = 1 if days <= room else 7
        day = first if step == 1 else first + dt.timedelta(days=(7 - first.weekday()) % 7)
        previous_month = None
        while day < last:
            month = (day.year, day.month)
            out[day_number(day) + 0.5] = (
                f"{day.day}\n{day:%b %Y}" if month != previous_month else str(day.day)
            )
            previous_month = month
            day += dt.timedelta(days=step)
        return out
    if days / 7 <= room:
        day = first + dt.timedelta(days=(7 - first.weekday()) % 7)
        while day < last:
            out[day_number(day)] = f"{day.day} {day:%b}"
            day += dt.timedelta(days=7)
        return out
    months = 1 if days / 30.5 <= room else 3 if days / 91 <= room else 12
    day = dt.date(first.year, first.month, 1)
    year = None
    while day < last:
        if day >= first and (day.month - 1) % months == 0:
            out[day_number(day)] = f"{day:%b}\n{day:%Y}" if day.year != year else f"{day:%b}"
            if months == 12:
                out[day_number(day)] = f"{day:%Y}"
            year = day.year
        day = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


# --- drawing -------------------------------------------------------------------------------


def draw_glyph(
    ax: Axes, x: float, y: float, marker: str, size: float, color: Any, *, hollow: bool
) -> Artist:
    """One marker with the chart's outline, hollow (white inside) or filled."""
    (artist,) = ax.plot(
        [x],
        [y],
        marker=marker,
        markersize=size,
        linestyle="none",
        markerfacecolor="white" if hollow else color,
        markeredgecolor=color,
        markeredgewidth=2,
        zorder=3,
    )
    return artist


def _draw_event(ax: Axes, row: Any, y: int, color: Any, axis: TimeAxis) -> Artist:
    """One event's glyph: point, bar, or open-start dashed line; returns the main artist."""
    as_of = row.date_kind == "as_of"
    end = day_number(row.date_end + DAY)
    left = axis.at(0.0)
    artist: Artist
    if row.date_precision == "day":
        centre = day_number(row.date_end) + 0.5
        artist = draw_glyph(ax, centre, y, "o", 9, color, hollow=as_of)
    elif row.date_start is None:
        (artist,) = ax.plot([left, end], [y, y], color=color, linewidth=2.2, linestyle=(0, (4, 2)))
        # the open-start marker sits just inside the frame, not cut in half by its edge
        ax.plot([axis.at(0.007)], [y], marker="<", markersize=8, color=color, linestyle="none")
        ax.plot([end], [y], marker="|", markersize=12, markeredgewidth=2.2, color=color)
    else:
        start = day_number(row.date_start)
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


def _draw_far_off(ax: Axes, row: Any, y: int, color: Any, axis: TimeAxis) -> Artist:
    """An event beyond the axis: a pointer at the edge it lies beyond, its date in words."""
    start, end = _extent(row)
    after = (start if start is not None else end) > axis.at(0.5)
    edge = axis.at(0.993 if after else 0.007)
    artist = draw_glyph(
        ax, edge, y, ">" if after else "<", 11, color, hollow=row.date_kind == "as_of"
    )
    artist.set_gid(row.event_id)
    side = "later" if after else "earlier"
    ax.plot(
        [axis.at(0.86 if after else 0.14), edge],
        [y, y],
        color=color,
        linewidth=1.2,
        linestyle=":",
        zorder=1,
    )
    ax.annotate(
        f"{_date_words(row)}: {side} than this axis shows",
        xy=(axis.at(0.86 if after else 0.14), y),
        xytext=(-4 if after else 4, 0),
        textcoords="offset points",
        ha="right" if after else "left",
        va="center",
        fontsize=7.5,
        fontweight="bold",
        color="#333333",
    )
    return artist


def _draw_events(
    ax: Axes, events: pd.DataFrame, colors: dict[str, str], far: list[str]
) -> tuple[dict[str, Artist], TimeAxis]:
    from matplotlib.ticker import FixedFormatter, FixedLocator

    rows = frame_rows(events)
    axis = TimeAxis.spanning([_extent(r) for r in rows if r.event_id not in far])
    ax.set_xscale("function", functions=(axis.to_axis, axis.to_days))
    ax.set_xlim(axis.at(0.0), axis.at(1.0))
    artists: dict[str, Artist] = {}
    for y, row in enumerate(rows):
        color = colors.get(row.event_type, UNKNOWN_COLOR)
        draw = _draw_far_off if row.event_id in far else _draw_event
        artists[row.event_id] = draw(ax, row, y, color, axis)
    ax.set_ylim(len(events) - 0.4, -0.6)
    ax.set_yticks(range(len(events)))
    ax.set_yticklabels(
        [f"{r.event_id}  {shorten(r.summary, 72)}" for r in rows],
        fontsize=8,
    )
    positions, labels = axis.ticks()
    ax.xaxis.set_major_locator(FixedLocator(positions))
    ax.xaxis.set_major_formatter(FixedFormatter(labels))
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    from matplotlib.dates import num2date

    lo = num2date(axis.knots[0][0]).date()  # type: ignore[no-untyped-call]
    hi = num2date(axis.knots[-1][0]).date() - DAY  # type: ignore[no-untyped-call]
    label = f"date, {lo:%b %Y} – {hi:%b %Y}"
    title = "Events, as precisely as the source dates them"
    if axis.focus is not None:
        begin = num2date(axis.focus[0]).date()  # type: ignore[no-untyped-call]
        end = num2date(axis.focus[1]).date() - DAY  # type: ignore[no-untyped-call]
        ax.axvspan(axis.focus[0], axis.at(1.0), color="#f2f2f2", zorder=0, linewidth=0)
        ax.axvline(
            axis.focus[0],
            color="#999999",
            linewidth=1,
            linestyle=(0, (2, 2)),
            zorder=0,
            label=DECORATION,
        )
        label += f": month by month, then day by day from {begin.day} {begin:%b} (shaded)"
        title += f": month by month, then day by day for {begin.day}–{end.day} {end:%b %Y} (shaded)"
    ax.set_xlabel(f"{label}; dashed = start unknown", fontsize=9)
    ax.set_title(title, loc="left", fontsize=11)
    return artists, axis


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


def _inside(span: tuple[float, float], fraction: float) -> float:
    """The value at ``fraction`` of a log axis spanning ``span``."""
    import math

    low, high = math.log10(span[0]), math.log10(span[1])
    return float(10 ** (low + fraction * (high - low)))


def _draw_claim(ax: Axes, row: Any, y: int, color: Any, span: tuple[float, float]) -> Artist:
    import pandas as pd

    low = None if pd.isna(row.value_low) else float(row.value_low)
    high = None if pd.isna(row.value_high) else float(row.value_high)
    value = None if pd.isna(row.value) else float(row.value)
    anchor = value if value is not None else (low if low is not None else high)
    if anchor is None:  # only quantified claims reach here; one with no number has no mark
        return ax.plot([], [])[0]
    # open bounds: arrows whose heads stay inside the frame
    arrow = {
        "arrowstyle": "-|>",
        "color": color,
        "linewidth": 2,
        "mutation_scale": 14,
        "shrinkA": 0,
        "shrinkB": 0,
    }
    if low is not None and high is not None and low != high:
        ax.plot([low, high], [y, y], color=color, linewidth=3, solid_capstyle="butt")
    elif low is not None and high is None:
        ax.annotate("", xy=(_inside(span, 0.975), y), xytext=(anchor, y), arrowprops=arrow)
    elif high is not None and low is None:
        ax.annotate("", xy=(_inside(span, 0.025), y), xytext=(anchor, y), arrowprops=arrow)
    hollow = row.qualifier == "about"
    marker = draw_glyph(ax, anchor, y, "D", 8, color, hollow=hollow)
    marker.set_gid(row.claim_id)
    phrase = number_phrase(row.qualifier, row.value, row.value_low, row.value_high)
    ax.annotate(
        f"{phrase} ({row.certainty})",
        xy=(anchor, y),
        xytext=(0, 8),
        textcoords="offset points",
        ha="center",
        fontsize=7.5,
        color="#333333",
    )
    return marker


def _draw_claims(ax: Axes, numbers: pd.DataFrame, colors: dict[str, str]) -> dict[str, Artist]:
    values = [
        float(v)
        for col in ("value", "value_low", "value_high")
        for v in numbers[col].dropna().tolist()
    ]
    span = (min(values) / 2.5, max(values) * 2.5) if values else (1.0, 10.0)
    artists: dict[str, Artist] = {}
    previous = None
    rows = frame_rows(numbers)
    for y, row in enumerate(rows):
        color = colors.get(row.event_type, UNKNOWN_COLOR)
        artists[row.claim_id] = _draw_claim(ax, row, y, color, span)
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
    ax.tick_params(axis="x", labelsize=8)
    ax.grid(axis="x", which="major", color="#dddddd", linewidth=0.8)
    ax.set_axisbelow(True)
    ax.set_xlabel(
        "number claimed (log scale); ◆ value, ◇ 'about', bar = range, arrow = open bound",
        fontsize=9,
    )
    ax.set_title(
        "Numbers claimed about each event, side by side by claimant (restatements omitted)",
        loc="left",
        fontsize=11,
    )
    return artists


def _legends(ax: Axes, present: list[str]) -> tuple[Legend, Legend]:
    """The legend of the families and that of the glyphs (placed by :func:`_place_legends`)."""
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    families = [f for f in [*FAMILY_COLORS, "other"] if f in {event_family(t) for t in present}]
    handles = [
        Patch(
            facecolor=FAMILY_COLORS.get(f, UNKNOWN_COLOR),
            edgecolor=FAMILY_COLORS.get(f, UNKNOWN_COLOR),
            label=f,
        )
        for f in families
    ]
    first = ax.legend(
        handles=handles,
        title="event type family",
        loc="upper right",
        fontsize=8,
        title_fontsize=8.5,
        framealpha=0.95,
        edgecolor="#cccccc",
        alignment="left",
    )
    ax.add_artist(first)
    grey = "#555555"
    glyphs = [
        Line2D(
            [], [], marker="o", color=grey, linestyle="none", markersize=7, label="day: a point"
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
    second = ax.legend(
        handles=glyphs,
        title="date precision and kind",
        loc="upper right",
        fontsize=8,
        title_fontsize=8.5,
        framealpha=0.95,
        edgecolor="#cccccc",
        alignment="left",
    )
    return first, second


def _window_box(artist: Artist, renderer: Any) -> Bbox:
    """Where an artist is drawn, in display units (collections measured by their paths:
    matplotlib gives no extent for them on a non-affine scale)."""
    import numpy as np
    from matplotlib.collections import Collection
    from matplotlib.transforms import Bbox

    if isinstance(artist, Collection):
        paths = [v for v in (np.asarray(p.vertices) for p in artist.get_paths()) if v.size]
        if not paths:
            return Bbox.null()
        points = artist.get_transform().transform(np.concatenate(paths))
        return Bbox.from_extents(*points.min(axis=0), *points.max(axis=0))
    return artist.get_window_extent(renderer)


def _place_legends(figure: Figure, ax: Axes, legends: tuple[Legend, Legend]) -> None:
    """Side by side in the panel's top right when nothing is drawn there, else outside it.

    Events are in date order, so the earliest (the top rows) are drawn at the left, and
    the top right of the panel is usually empty: the legends fill that corner.  When an
    event's glyph or label would be covered, they stand to the right of the panel instead.
    """
    engine = figure.get_layout_engine()
    if engine is not None:
        engine.execute(figure)
    renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
    frame = ax.get_window_extent(renderer)
    first, second = legends
    width = first.get_window_extent(renderer).width / frame.width
    second.set_bbox_to_anchor((0.99 - width, 1.0), transform=ax.transAxes)
    boxes = [legend.get_window_extent(renderer) for legend in legends]
    drawn = [
        a
        for a in [*ax.lines, *ax.collections, *ax.texts]
        if a.get_visible() and a.get_label() != DECORATION
    ]
    if not any(box.overlaps(_window_box(a, renderer)) for a in drawn for box in boxes):
        return
    first.set_loc("upper left")
    first.set_bbox_to_anchor((1.01, 1.0), transform=ax.transAxes)
    height = first.get_window_extent(renderer).height / frame.height
    second.set_loc("upper left")
    second.set_bbox_to_anchor((1.01, 0.98 - height), transform=ax.transAxes)


def draw_timeline(
    events: pd.DataFrame,
    claims: pd.DataFrame,
    actors: pd.DataFrame,
    title: str = "",
    credit: str = "",
) -> TimelineChart:
    """Draw the chart from loaded ``events``, ``claims`` and ``actors`` frames."""
    require_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    if events.empty:
        msg = "no events to chart"
        raise InputError(msg)
    ordered = _event_order(events)
    far = far_off_events(ordered)
    numbers = _quantities(claims, actors, ordered)
    colors = event_colors()
    rows_top, rows_bottom = len(ordered) + 2, max(len(numbers), 1) + 2
    figure = Figure(figsize=(16, 0.3 * (rows_top + rows_bottom) + 2.4), layout="constrained")
    FigureCanvasAgg(figure)
    ax_events, ax_claims = figure.subplots(
        2, 1, gridspec_kw={"height_ratios": [rows_top, rows_bottom]}
    )
    event_artists, _ = _draw_events(ax_events, ordered, colors, far)
    claim_artists = _draw_claims(ax_claims, numbers, colors)
    legends = _legends(ax_events, sorted(set(ordered["event_type"])))
    if title:
        figure.suptitle(title, x=0.01, ha="left", fontsize=13, fontweight="bold")
    if credit:
        figure.supxlabel(credit, x=0.01, ha="left", fontsize=8, color="#555555")
    _place_legends(figure, ax_events, legends)
    return TimelineChart(figure, event_artists, claim_artists, tuple(far))


def plot_timeline(version: str | None = None) -> TimelineChart:
    """Draw the chart of release ``version`` (None: the newest release on this machine,
    bundled or cached; see :func:`timeline.releases.resolve.newest_local`)."""
    require_matplotlib()
    from timeline.loader import date_objects, load

    events = date_objects(load("events", version=version))
    version = events.attrs["timeline"]["version"]  # one release for all four tables
    claims = date_objects(load("claims", version=version))
    actors = load("actors", version=version)
    sources = load("sources", version=version)
    meta = events.attrs["timeline"]
    title = (
        f"North Korea's military support to Russia: release {meta['version']} "
        f"({len(events)} events, {len(claims)} claims)"
    )
    credit = credit_line(meta["dataset"], meta["version"], sources["publisher"])
    return draw_timeline(events, claims, actors, title, credit)


def save_timeline(
    path: str | Path, fmt: str | None = None, version: str | None = None, dpi: int = 110
) -> TimelineChart:
    """Draw release ``version`` and write it to ``path`` (a str or Path) as PNG or SVG."""
    chart_format(path, fmt)  # fail on a bad format before drawing
    chart = plot_timeline(version)
    chart.save(path, fmt, dpi)
    return chart
