"""The timeline chart: a readable image with every event in it, and a clear message without matplotlib."""

from __future__ import annotations

import math
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pandas as pd
import pytest
from matplotlib.collections import PolyCollection
from matplotlib.lines import Line2D

import timeline
from timeline.outputs.chart import draw_timeline, number_phrase, plot_timeline

from conftest import run_console_script

SVG = "{http://www.w3.org/2000/svg}"

BLOCK_MATPLOTLIB = '''
import sys

class _Block:
    """Behave as if matplotlib were not installed."""

    def find_spec(self, name, path=None, target=None):
        if name == "matplotlib" or name.startswith("matplotlib."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, _Block())
'''


@pytest.fixture(scope="module")
def chart():
    drawn = plot_timeline()
    yield drawn
    drawn.figure.clear()


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG file"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _charted_claims(version: str | None = None) -> set[str]:
    claims = timeline.load("claims", version=version)
    numeric = claims[claims["qualifier"].notna() & claims["restates"].isna()]
    return set(numeric["claim_id"])


def test_plot_command_writes_a_readable_png(tmp_path: Path, cli) -> None:
    from matplotlib.image import imread

    out = tmp_path / "timeline.png"
    result = cli("plot", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert f"{len(timeline.load('events'))} events" in result.stdout
    width, height = _png_size(out.read_bytes())
    assert 1200 <= width <= 4000
    assert 800 <= height <= 4000
    pixels = imread(out)  # a real decode of the whole image
    assert pixels.shape[:2] == (height, width)
    assert pixels[..., :3].std() > 0.05, "the image is (nearly) blank"


def test_plot_command_writes_an_svg_with_every_event(tmp_path: Path, cli) -> None:
    out = tmp_path / "chart.out"
    result = cli("plot", "--output", str(out), "--format", "svg", "--version", "1.0.0")
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    assert root.tag == f"{SVG}svg"
    ids = {element.get("id") for element in root.iter()}
    events = set(timeline.load("events", version="1.0.0")["event_id"])
    assert events - ids == set(), "events missing from the chart"
    assert _charted_claims("1.0.0") - ids == set(), "numeric claims missing from the chart"
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    for words in ("more than 3,000", "at least 1,100", "up to 12,000", "about 7,000"):
        assert words in text
    for claimant in ("Volodymyr Zelenskyy", "South Korean authorities", "American authorities"):
        assert claimant in text


def test_every_event_and_numeric_claim_has_its_artist(chart) -> None:
    events = timeline.load("events")
    assert set(chart.events) == set(events["event_id"])
    assert set(chart.claims) == _charted_claims()
    for key, artist in {**chart.events, **chart.claims}.items():
        assert artist.get_gid() == key
        assert artist.figure is chart.figure


def test_date_precision_is_visible_in_the_glyphs(chart) -> None:
    from matplotlib.dates import date2num

    events = timeline.load("events").set_index("event_id")
    for event_id, artist in chart.events.items():
        row = events.loc[event_id]
        end = date2num(row["date_end"]) + 1
        if event_id in chart.far_off:  # beyond the axis: a pointer at its edge, inside the frame
            assert isinstance(artist, Line2D)
            assert artist.get_marker() in (">", "<")
            left, right = artist.axes.get_xlim()
            assert left < artist.get_xdata()[0] < right
        elif row["date_precision"] == "day":
            assert isinstance(artist, Line2D)
            assert artist.get_marker() == "o"
            assert row["date_end"] == row["date_start"]
        elif pd.isna(row["date_start"]):  # open range: dashed from the axis' left edge
            assert isinstance(artist, Line2D)
            assert artist.get_linestyle() == "--"
            xs = artist.get_xdata()
            assert xs[0] == pytest.approx(artist.axes.get_xlim()[0])
            assert xs[-1] == pytest.approx(end)
        else:  # a week, month, year or closed range spans its dates
            assert isinstance(artist, PolyCollection)
            (path,) = artist.get_paths()
            xs = path.vertices[:, 0]
            assert xs.min() == pytest.approx(date2num(row["date_start"]))
            assert xs.max() == pytest.approx(end)
        # as_of (a state said to hold) is drawn hollow or hatched, occurred solid
        as_of = row["date_kind"] == "as_of"
        if row["date_precision"] == "day" or event_id in chart.far_off:
            assert (artist.get_markerfacecolor() == "white") == as_of
        elif isinstance(artist, PolyCollection):
            assert (artist.get_hatch() == "////") == as_of


def test_open_bounds_are_arrows_towards_the_edge_with_heads_inside_the_frame(chart) -> None:
    claims = timeline.load("claims").set_index("claim_id").loc[sorted(_charted_claims())]
    open_above = int((claims["value_low"].notna() & claims["value_high"].isna()).sum())
    open_below = int((claims["value_high"].notna() & claims["value_low"].isna()).sum())
    assert open_above >= 1
    assert open_below >= 1  # "more than 3,000" and "up to 12,000" are in the data
    ax = chart.claims["cl-0001"].axes
    arrows = [a for a in ax.texts if getattr(a, "arrow_patch", None) is not None]
    assert len(arrows) == open_above + open_below
    left, right = ax.get_xlim()
    heads = [a.xy[0] for a in arrows]
    tails = [a.xyann[0] for a in arrows]
    assert all(left < h < right for h in heads), "an arrowhead sits on or past the frame"
    assert sum(h > t for h, t in zip(heads, tails, strict=True)) == open_above
    assert sum(h < t for h, t in zip(heads, tails, strict=True)) == open_below
    # each head points at its edge: in the outer few per cent of the (log) axis
    span = math.log(right / left)
    assert all(min(math.log(h / left), math.log(right / h)) < 0.05 * span for h in heads)


def test_draw_timeline_refuses_no_events() -> None:
    events = timeline.load("events").iloc[0:0]
    with pytest.raises(timeline.TimelineError, match="no events"):
        draw_timeline(events, timeline.load("claims"), timeline.load("actors"))


@pytest.mark.parametrize(
    ("qualifier", "value", "low", "high", "words"),
    [
        ("more_than", 3000, 3001, None, "more than 3,000"),
        ("at_least", 1100, 1100, None, "at least 1,100"),
        ("up_to", 12000, None, 12000, "up to 12,000"),
        ("about", 7000, None, None, "about 7,000"),
        ("exact", 20000, 20000, 20000, "20,000"),
        ("less_than", 10, None, 9, "less than 10"),
        ("range", None, 5, 10, "between 5 and 10"),
    ],
)
def test_number_phrase(qualifier, value, low, high, words) -> None:
    assert number_phrase(qualifier, value, low, high) == words


def test_unknown_format_is_a_usage_error(tmp_path: Path, cli) -> None:
    out = tmp_path / "chart.pdf"
    result = cli("plot", "--output", str(out))
    assert result.returncode == 2
    assert "use one of png, svg" in result.stderr
    assert not out.exists()


def test_without_matplotlib_the_command_says_how_to_install_it(tmp_path: Path) -> None:
    # A real process: an interpreter that cannot import matplotlib (this one already has).
    blocker = tmp_path / "site"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(BLOCK_MATPLOTLIB, encoding="utf-8")
    out = tmp_path / "chart.png"
    env = {"PYTHONPATH": str(blocker)}

    blocked = subprocess.run(
        [sys.executable, "-c", "import matplotlib"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert blocked.returncode == 1
    assert "No module named 'matplotlib'" in blocked.stderr
    probe = run_console_script("versions", env=env)  # the rest of the CLI still works
    assert probe.returncode == 0, probe.stderr

    result = run_console_script("plot", "--output", str(out), env=env)
    assert result.returncode == 2
    assert 'pip install "dprk-russia-timeline[plot]"' in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()
