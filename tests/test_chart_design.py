"""The chart reads at a glance: few colour-blind-safe families, dense days spread out,
far-off events marked at the axis edge, arrowheads inside the frame, a source credit, legends
where there is no data, and a chart that saves to a plain string path.

Most tests draw small frames built here, so they do not depend on the bundled release.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import Collection
from matplotlib.colors import to_hex
from matplotlib.dates import date2num
from matplotlib.legend import Legend
from matplotlib.transforms import Bbox

import timeline
from timeline.model.vocab import EVENT_TYPES
from timeline.outputs.chart import (
    EVENT_FAMILY,
    FAMILY_COLORS,
    OKABE_ITO,
    TimelineChart,
    credit_line,
    draw_timeline,
    event_colors,
    plot_timeline,
    save_timeline,
)

D = dt.date
FAR = "ev-far"


def _event(event_id, event_type, start, end, precision, kind="occurred", words=None):
    return {
        "event_id": event_id,
        "event_type": event_type,
        "summary": f"Event {event_id}",
        "date_start": start,
        "date_end": end,
        "date_precision": precision,
        "date_kind": kind,
        "date_text": words,
    }


def _claim(claim_id, event_id, claimant, qualifier, value, low, high):
    return {
        "claim_id": claim_id,
        "event_id": event_id,
        "claimant_id": claimant,
        "qualifier": qualifier,
        "value": value,
        "value_low": low,
        "value_high": high,
        "unit": "soldiers",
        "certainty": "asserted",
        "restates": None,
    }


def _frames(*, far: bool = True) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """A month, a closed range, an open range, six days in one week, and (far) one next year."""
    days = [
        _event(f"ev-d{i}", t, D(2024, 12, 18 + i % 4), D(2024, 12, 18 + i % 4), "day")
        for i, t in enumerate(
            ["casualties", "weapons_transfer", "statement", "concealment", "relations", "warning"]
        )
    ]
    rows = [
        _event("ev-m", "weapons_test", D(2024, 9, 1), D(2024, 9, 30), "month"),
        _event("ev-r", "munitions_shipment", D(2024, 8, 1), D(2024, 10, 31), "range"),
        _event("ev-o", "troop_deployment", None, D(2024, 12, 21), "range", "as_of"),
        _event("ev-w", "evidence_publication", D(2024, 12, 16), D(2024, 12, 22), "week"),
        *days,
    ]
    if far:
        rows.append(
            _event(
                FAR,
                "planned_participation",
                D(2026, 1, 1),
                D(2026, 12, 31),
                "year",
                "expected",
                "next year",
            )
        )
    events = pd.DataFrame(rows)
    claims = pd.DataFrame(
        [
            _claim("cl-1", "ev-d0", "a", "more_than", 3000, 3001, None),
            _claim("cl-2", "ev-d0", "b", "at_least", 1100, 1100, None),
            _claim("cl-3", "ev-o", "a", "up_to", 12000, None, 12000),
            _claim("cl-4", "ev-r", "b", "about", 7000, None, None),
            _claim("cl-5", "ev-m", "a", "range", None, 5, 10),
        ]
    )
    for column in ("value", "value_low", "value_high"):
        claims[column] = claims[column].astype("Int64")
    actors = pd.DataFrame({"actor_id": ["a", "b"], "name": ["Claimant A", "Claimant B"]})
    return events, claims, actors


@pytest.fixture(scope="module")
def drawn():
    chart = draw_timeline(*_frames(), title="test", credit="Data: test, release 0.1.0")
    chart.figure.canvas.draw()
    yield chart
    chart.figure.clear()


@pytest.fixture(scope="module")
def bundled():
    """The newest bundled release's chart, drawn once for the tests that only look at it."""
    chart = plot_timeline()
    yield chart
    chart.figure.clear()


def _axis_fraction(ax, x: float) -> float:
    """Where day number ``x`` lies across the axes (0 left edge, 1 right edge)."""
    display = ax.transData.transform((x, 0.0))
    return float(ax.transAxes.inverted().transform(display)[0])


# --- palette -----------------------------------------------------------------------------


def test_every_event_type_has_a_family_and_no_family_is_unused() -> None:
    assert set(EVENT_FAMILY) == set(EVENT_TYPES)
    assert set(EVENT_FAMILY.values()) == set(FAMILY_COLORS)
    assert 4 <= len(FAMILY_COLORS) <= 7, "a few families, not one colour per type"


def test_family_colours_are_distinct_okabe_ito_colours() -> None:
    colours = [c.upper() for c in FAMILY_COLORS.values()]
    assert len(set(colours)) == len(colours)
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
                 "#000000"}  # fmt: skip
    assert {c.upper() for c in OKABE_ITO.values()} == okabe_ito
    assert set(colours) <= okabe_ito


def test_each_type_is_drawn_in_its_family_colour(drawn: TimelineChart) -> None:
    colors = event_colors()
    assert set(colors) == set(EVENT_TYPES)
    assert all(colors[t] == FAMILY_COLORS[EVENT_FAMILY[t]] for t in EVENT_TYPES)
    events = _frames()[0].set_index("event_id")
    for event_id, artist in drawn.events.items():
        expected = FAMILY_COLORS[EVENT_FAMILY[events.loc[event_id, "event_type"]]]
        if hasattr(artist, "get_markeredgecolor"):
            drawn_colour = artist.get_markeredgecolor()
        else:
            drawn_colour = artist.get_edgecolor()[0]
        assert to_hex(drawn_colour).upper() == expected.upper(), event_id


# --- time axis ---------------------------------------------------------------------------


def test_a_far_off_event_is_outside_the_axis_but_marked_at_its_edge(drawn: TimelineChart) -> None:
    assert drawn.far_off == (FAR,)
    ax = drawn.events[FAR].axes
    left, right = ax.get_xlim()
    assert right < date2num(D(2025, 1, 1)), "the next-year event stretched the axis"
    assert left <= date2num(D(2024, 8, 1))  # every other event fits
    (x,) = drawn.events[FAR].get_xdata()
    assert left < x < right
    assert _axis_fraction(ax, x) > 0.97, "not at the right edge"
    assert drawn.events[FAR].get_marker() == ">"
    words = [t.get_text() for t in ax.texts if "2026" in t.get_text()]
    assert words == ["2026 (next year): later than this axis shows"]


def test_without_a_far_off_event_nothing_is_set_aside() -> None:
    chart = draw_timeline(*_frames(far=False))
    assert chart.far_off == ()
    ax = chart.events["ev-r"].axes
    left, right = ax.get_xlim()
    assert left <= date2num(D(2024, 8, 1)) and date2num(D(2024, 12, 22)) < right


def test_an_early_far_off_event_is_marked_at_the_left_edge() -> None:
    events, claims, actors = _frames(far=False)
    early = _event("ev-early", "statement", D(2021, 3, 1), D(2021, 3, 1), "day")
    chart = draw_timeline(pd.concat([events, pd.DataFrame([early])]), claims, actors)
    assert chart.far_off == ("ev-early",)
    marker = chart.events["ev-early"]
    assert marker.get_marker() == "<"
    assert _axis_fraction(marker.axes, marker.get_xdata()[0]) < 0.03
    assert any("earlier than this axis shows" in t.get_text() for t in marker.axes.texts)


def test_the_dense_days_spread_out(drawn: TimelineChart) -> None:
    ax = drawn.events["ev-d0"].axes
    week = _axis_fraction(ax, date2num(D(2024, 12, 23))) - _axis_fraction(
        ax, date2num(D(2024, 12, 16))
    )
    assert week > 0.3, "the week holding most events is squeezed"
    one_day = _axis_fraction(ax, date2num(D(2024, 12, 19))) - _axis_fraction(
        ax, date2num(D(2024, 12, 18))
    )
    assert one_day > 0.03
    # the months before keep their order and a visible share
    assert (
        0
        < _axis_fraction(ax, date2num(D(2024, 8, 1)))
        < _axis_fraction(ax, date2num(D(2024, 10, 1)))
        < _axis_fraction(ax, date2num(D(2024, 12, 16)))
    )
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert "18" in labels and "19" in labels, "the dense days are not ticked day by day"
    assert "Sep" in labels, "the months before are not ticked by month"


# --- marks inside the frame -------------------------------------------------------------


def test_arrowheads_lie_inside_the_axes_limits(drawn: TimelineChart) -> None:
    ax = drawn.claims["cl-1"].axes
    arrows = [a for a in ax.texts if getattr(a, "arrow_patch", None) is not None]
    assert len(arrows) == 3  # two open above, one open below
    left, right = ax.get_xlim()
    renderer = drawn.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    for arrow in arrows:
        assert left < arrow.xy[0] < right
        box = arrow.arrow_patch.get_window_extent(renderer)
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1, "an arrowhead pokes out of the frame"


def test_open_start_markers_lie_inside_the_frame(drawn: TimelineChart) -> None:
    ax = drawn.events["ev-o"].axes
    left, right = ax.get_xlim()
    starts = [line for line in ax.lines if line.get_marker() == "<"]
    assert starts
    assert all(left < line.get_xdata()[0] < right for line in starts)


# --- credit, legends, claims -------------------------------------------------------------


def test_credit_line_names_dataset_release_and_publishers() -> None:
    text = credit_line("timeline", "1.0.0", ["Radio Free Asia", "Fixture Wire", "Radio Free Asia"])
    assert text == "Data: timeline, release 1.0.0 · sources: Fixture Wire, Radio Free Asia"


def test_the_bundled_chart_carries_its_source_credit(bundled: TimelineChart) -> None:
    chart = bundled
    version = timeline.load("events").attrs["timeline"]["version"]
    publishers = sorted(set(timeline.load("sources")["publisher"]))
    texts = [t.get_text() for t in chart.figure.texts]
    credit = [t for t in texts if t.startswith("Data: ")]
    assert credit == [f"Data: timeline, release {version} · sources: {', '.join(publishers)}"]


def _window_box(artist, renderer):
    """An artist's display box; a collection's from its paths (no extent on this scale)."""
    if isinstance(artist, Collection):
        points = artist.get_transform().transform(
            np.concatenate([p.vertices for p in artist.get_paths()])
        )
        return Bbox.from_extents(*points.min(axis=0), *points.max(axis=0))
    return artist.get_window_extent(renderer)


def _legend_check(chart: TimelineChart) -> tuple[list[bool], list[str]]:
    """Whether each legend lies inside the events panel; fails if one covers an event."""
    ax = next(iter(chart.events.values())).axes
    chart.figure.canvas.draw()
    renderer = chart.figure.canvas.get_renderer()
    frame = ax.get_window_extent(renderer)
    legends = [a for a in ax.get_children() if isinstance(a, Legend)]
    assert len(legends) == 2
    # every event's glyph and every label on the panel (dates in words, far-off notes)
    marks = [_window_box(a, renderer) for a in [*chart.events.values(), *ax.texts]]
    assert all(m.width > 0 for m in marks)
    inside = []
    for legend in legends:
        box = legend.get_window_extent(renderer)
        assert not any(box.overlaps(m) for m in marks), "a legend covers an event"
        inside.append(frame.x0 <= box.x0 and box.x1 <= frame.x1 + 1 and box.y1 <= frame.y1 + 1)
    family = next(x for x in legends if x.get_title().get_text() == "event type family")
    return inside, [t.get_text() for t in family.get_texts()]


def test_legends_never_cover_an_event(drawn: TimelineChart) -> None:
    _, shown = _legend_check(drawn)
    present = {EVENT_FAMILY[t] for t in _frames()[0]["event_type"]}
    assert shown == [f for f in FAMILY_COLORS if f in present]


def test_the_bundled_chart_fills_its_empty_corner_with_the_legends(
    bundled: TimelineChart,
) -> None:
    inside, _ = _legend_check(bundled)
    assert inside == [True, True], "the legends stand outside though the corner is free"


def test_competing_claims_about_one_event_sit_side_by_side(drawn: TimelineChart) -> None:
    first, second = (drawn.claims[c].get_ydata()[0] for c in ("cl-1", "cl-2"))
    assert abs(first - second) == 1, "claims about ev-d0 are not on adjacent rows"
    assert drawn.claims["cl-1"].axes is drawn.claims["cl-2"].axes


# --- saving ------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", ["png", "svg"])
def test_chart_saves_to_a_string_path(
    drawn: TimelineChart, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    monkeypatch.chdir(tmp_path)
    written = drawn.save(f"t.{suffix}")  # a plain relative string, as the README shows
    assert written == Path(f"t.{suffix}")
    data = (tmp_path / f"t.{suffix}").read_bytes()
    if suffix == "png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
    else:
        ids = {e.get("id") for e in ET.fromstring(data).iter()}
        assert set(drawn.events) <= ids
        assert FAR in ids


def test_save_timeline_takes_a_string_path(tmp_path: Path) -> None:
    out = tmp_path / "chart.svg"
    chart = save_timeline(str(out))
    ids = {e.get("id") for e in ET.parse(out).getroot().iter()}
    assert set(timeline.load("events")["event_id"]) <= ids
    assert set(chart.far_off) <= ids
    chart.figure.clear()
