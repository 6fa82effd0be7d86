"""Estimates over time: every figure of one event by claimant and date, restatements folded,
conflicts flagged, and drawn one colour per claimant."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import timeline
from timeline.errors import InputError
from timeline.outputs.estimates import as_text, event_estimates
from timeline.outputs.quantities import quantity

from conftest import run_cli

DAY = dt.date(2025, 1, 6)
LATER = dt.date(2025, 2, 3)


def _claim(claim_id: str, claimant: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "claim_id": claim_id, "event_id": "ev-0100", "source_id": "wire-a",
        "claimant_id": claimant, "attribution": "paraphrase", "certainty": "asserted",
        "stated_on": DAY, "stated_end": DAY, "stated_precision": "day", "value": None,
        "qualifier": None, "value_low": None, "value_high": None, "unit": "soldiers",
        "restates": None,
    }  # fmt: skip
    row.update(values)
    return row


CLAIMS = pd.DataFrame(
    [
        _claim("cl-0101", "seoul", value=1000, qualifier="up_to", value_high=1000),
        _claim("cl-0102", "kyiv", value=3000, qualifier="more_than", value_low=3001),
        # the same statement reported again by another source: folded into cl-0102
        _claim("cl-0103", "kyiv", source_id="wire-b", value=3000, qualifier="more_than",
               value_low=3001, restates="cl-0102", stated_on=None),
        # undated: may have been said any time before, so it conflicts with nobody
        _claim("cl-0104", "moscow", value=10, qualifier="exact", value_low=10, value_high=10,
               stated_on=None, stated_precision="range"),
        # later: a running total may grow, so no conflict with January's figures
        _claim("cl-0105", "seoul", value=4000, qualifier="about", stated_on=LATER,
               stated_end=LATER),
        _claim("cl-0106", "seoul", unit=None, stated_on=LATER, stated_end=LATER),  # no figure
    ]
)  # fmt: skip
ACTORS = pd.DataFrame(
    {"actor_id": ["seoul", "kyiv", "moscow"], "name": ["Seoul", "Kyiv", "Moscow"]}
)
EVENTS = pd.DataFrame(
    [{"event_id": "ev-0100", "event_type": "casualties", "summary": "A running total."}]
)


def test_one_row_per_statement_with_restatements_folded() -> None:
    frame = event_estimates("ev-0100", CLAIMS, ACTORS, EVENTS)
    assert list(frame["claim_id"]) == ["cl-0101", "cl-0102", "cl-0104", "cl-0105"]
    kyiv = frame.set_index("claim_id").loc["cl-0102"]
    assert kyiv["restated_in"] == "cl-0103" and kyiv["sources"] == 2
    assert kyiv["claimant"] == "Kyiv" and kyiv["value_low"] == 3001
    meta = frame.attrs["timeline"]
    assert (meta["sources"], meta["claimants"]) == (2, 3)


def test_only_bounds_that_cannot_both_hold_at_the_same_time_conflict() -> None:
    frame = event_estimates("ev-0100", CLAIMS, ACTORS, EVENTS).set_index("claim_id")
    assert frame.loc["cl-0101", "conflicts_with"] == "cl-0102"  # up to 1,000 vs > 3,000
    assert frame.loc["cl-0102", "conflicts_with"] == "cl-0101"
    assert pd.isna(frame.loc["cl-0104", "conflicts_with"])  # undated
    assert pd.isna(frame.loc["cl-0105", "conflicts_with"])  # later, and 'about' has no bounds
    assert frame.attrs["timeline"]["conflicts"] == [["cl-0101", "cl-0102"]]
    assert "CONFLICTS with cl-0102" in as_text(frame.reset_index())


def test_an_unknown_event_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="no event 'ev-9999'"):
        event_estimates("ev-9999", CLAIMS, ACTORS, EVENTS)
    result = run_cli("estimates", "ev-9999")
    assert result.returncode == 2 and "no event 'ev-9999' in release " in result.stderr
    assert "Traceback" not in result.stderr


def test_the_bundled_release_lists_its_competing_casualty_figures() -> None:
    claims = timeline.load("claims")
    events = timeline.load("events")
    [event_id] = events.loc[
        (events["event_type"] == "casualties") & (events["date_kind"] == "as_of"), "event_id"
    ].head(1)
    frame = timeline.estimates(event_id)
    numbers = claims[(claims["event_id"] == event_id) & claims["qualifier"].notna()]
    assert set(frame["claim_id"]) == set(numbers.loc[numbers["restates"].isna(), "claim_id"])
    assert frame["claimant_id"].nunique() == numbers["claimant_id"].nunique() >= 2
    csv = run_cli("estimates", event_id, "--format", "csv").stdout
    assert csv.splitlines()[0].startswith("claim_id,claimant_id,claimant,stated_on")


def test_the_chart_draws_each_statement_one_colour_per_claimant() -> None:
    from timeline.outputs.estimates_chart import draw_estimates

    frame = event_estimates("ev-0100", CLAIMS, ACTORS, EVENTS)
    chart = draw_estimates(frame)
    assert set(chart.claims) == set(frame["claim_id"])
    colours = {
        claimant: {chart.claims[c].get_markeredgecolor() for c in group["claim_id"]}
        for claimant, group in frame.groupby("claimant")
    }
    assert all(len(c) == 1 for c in colours.values())
    assert len(set().union(*colours.values())) == len(colours)
    assert chart.to_bytes("png")[:8] == b"\x89PNG\r\n\x1a\n"


TEXT = pd.StringDtype("pyarrow", na_value=pd.NA)


def _as_loaded(claims: pd.DataFrame) -> pd.DataFrame:
    """``claims`` in the dtypes the loader gives (docs/loading.md): dates datetime64[ms] with
    NaT, text string with NA, integers Int64."""
    out = claims.copy()
    for column in out.columns:
        if column in ("stated_on", "stated_end"):
            out[column] = pd.to_datetime(out[column]).astype("datetime64[ms]")
        elif column in ("value", "value_low", "value_high"):
            out[column] = out[column].astype("Int64")
        else:
            out[column] = out[column].astype(TEXT)
    return out


PRECISIONS = pd.DataFrame(
    [
        _claim("cl-0201", "seoul", value=5, qualifier="exact", value_low=5, value_high=5),
        _claim("cl-0202", "kyiv", value=7000, qualifier="about", stated_precision="month",
               stated_on=dt.date(2024, 10, 1), stated_end=dt.date(2024, 10, 31)),
        _claim("cl-0203", "moscow", value=20, qualifier="at_least", value_low=20,
               stated_precision="week", stated_on=dt.date(2024, 12, 16),
               stated_end=dt.date(2024, 12, 22)),
        _claim("cl-0204", "seoul", value=60, qualifier="more_than", value_low=61,
               stated_on=None, stated_precision="range"),
        _claim("cl-0205", "kyiv", value=9, qualifier="exact", value_low=9, value_high=9,
               stated_precision="year", stated_on=dt.date(2024, 1, 1),
               stated_end=dt.date(2024, 12, 31)),
    ]
)  # fmt: skip


def test_statement_dates_print_at_their_own_precision_from_loaded_frames() -> None:
    frame = event_estimates("ev-0100", _as_loaded(PRECISIONS), ACTORS, EVENTS)
    stated = dict(zip(frame["claim_id"], frame["stated"], strict=True))
    assert stated == {
        "cl-0201": "2025-01-06",
        "cl-0202": "2024-10",
        "cl-0203": "2024-W51 (2024-12-16..2024-12-22)",
        "cl-0204": "on or before 2025-01-06",
        "cl-0205": "2024",
    }
    text = as_text(frame)
    assert "00:00" not in text
    assert "  2024-10 " in text and "on or before 2025-01-06" in text
    assert "2024-10-01..2024-10-31" not in text


def test_the_command_prints_days_not_times_in_text_and_json() -> None:
    events = timeline.load("events")
    event_id = str(events.loc[events["event_type"] == "casualties", "event_id"].iloc[0])
    text = run_cli("estimates", event_id)
    assert text.returncode == 0 and "00:00:00" not in text.stdout
    body = json.loads(run_cli("estimates", event_id, "--format", "json").stdout)
    assert body["estimates"]
    for row in body["estimates"]:
        assert re.fullmatch(r"\d{4}-\d\d-\d\d", row["stated_end"])
        assert row["stated_on"] is None or re.fullmatch(r"\d{4}-\d\d-\d\d", row["stated_on"])
        assert row["stated"] in text.stdout
    csv = run_cli("estimates", event_id, "--format", "csv").stdout
    assert "00:00:00" not in csv


def test_one_missing_marker_per_frame() -> None:
    for claims in (CLAIMS, _as_loaded(CLAIMS)):
        frame = event_estimates("ev-0100", claims, ACTORS, EVENTS)
        kinds = {str(dtype) for dtype in frame.dtypes}
        assert kinds <= {"string", "Int64", "datetime64[ms]"}, kinds
        for column in frame.columns:
            missing = [v for v in frame[column] if pd.isna(v)]
            marker = pd.NaT if column in ("stated_on", "stated_end") else pd.NA
            assert all(v is marker for v in missing), (column, missing)
    loaded = timeline.load("claims")
    assert frame["claim_id"].dtype == loaded["claim_id"].dtype


@pytest.mark.parametrize("target", ["missing-folder/chart.png", "chart.jpg"])
def test_a_bad_plot_target_is_refused_before_anything_is_printed(
    tmp_path: Path, target: str
) -> None:
    events = timeline.load("events")
    event_id = str(events.loc[events["event_type"] == "casualties", "event_id"].iloc[0])
    result = run_cli("estimates", event_id, "--plot", str(tmp_path / target))
    assert result.returncode == 2 and result.stdout == ""
    assert str(tmp_path / target) in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_units_are_read_as_the_quantity_they_count() -> None:
    assert quantity("soldiers killed or wounded") == quantity("casualties") == "killed or wounded"
    assert quantity("North Korean troops killed") == "killed"
    assert quantity("wounded soldiers") == "wounded"
    assert quantity("troops") == quantity("soldiers deployed") == "troops"
    assert quantity("shipping containers") == "containers"
    assert quantity("artillery shells") == "shells"
    assert quantity("balloons") is None and quantity(None) is None


QUANTITIES = pd.DataFrame(
    [
        _claim("cl-0301", "kyiv", value=3000, qualifier="more_than", value_low=3001,
               unit="soldiers killed or wounded"),
        # another wording of the same quantity: cannot both hold with Kyiv's figure
        _claim("cl-0302", "seoul", value=1000, qualifier="up_to", value_high=1000,
               unit="casualties"),
        # another quantity: 300 killed is no contradiction of 3,000 killed or wounded
        _claim("cl-0303", "moscow", value=300, qualifier="exact", value_low=300,
               value_high=300, unit="killed"),
        # units that name no known quantity are never compared, even with each other
        _claim("cl-0304", "kyiv", value=10, qualifier="exact", value_low=10, value_high=10,
               unit="balloons"),
        _claim("cl-0305", "seoul", value=90, qualifier="exact", value_low=90, value_high=90,
               unit="balloons"),
    ]
)  # fmt: skip


def test_conflicts_compare_figures_of_one_counted_quantity() -> None:
    frame = event_estimates("ev-0100", _as_loaded(QUANTITIES), ACTORS, EVENTS)
    assert frame.attrs["timeline"]["conflicts"] == [["cl-0301", "cl-0302"]]
    by_id = frame.set_index("claim_id")
    assert by_id.loc["cl-0303", "quantity"] == "killed"
    assert pd.isna(by_id.loc["cl-0304", "quantity"])
    text = as_text(frame)
    blocks = text.split("\n")[2:]
    headings = [line for line in blocks if not line.startswith("  ")]
    assert headings == ["killed or wounded:", "killed:", "balloons:"]
    killed = blocks.index("killed:")
    assert "cl-0303" in blocks[killed + 1] and "300 killed" in blocks[killed + 1]


def test_the_chart_marks_and_labels_each_quantity() -> None:
    from timeline.outputs.estimates_chart import draw_estimates

    frame = event_estimates("ev-0100", _as_loaded(QUANTITIES), ACTORS, EVENTS)
    chart = draw_estimates(frame)
    shape = {c: chart.claims[c].get_marker() for c in frame["claim_id"]}
    assert shape["cl-0301"] == shape["cl-0302"]  # one quantity, one marker
    assert len({shape["cl-0301"], shape["cl-0303"], shape["cl-0304"]}) == 3
    labels = [t.get_text() for t in chart.figure.axes[0].texts]
    assert "300 killed" in labels and "more than 3,000 killed or wounded ⚠" in labels
    assert chart.to_bytes("png")[:8] == b"\x89PNG\r\n\x1a\n"


def test_the_chart_of_loaded_frames_draws_undated_and_monthly_statements(tmp_path: Path) -> None:
    from timeline.outputs.estimates_chart import save_estimates

    frame = event_estimates("ev-0100", _as_loaded(PRECISIONS), ACTORS, EVENTS)
    chart = save_estimates(tmp_path / "estimates.svg", frame)
    assert set(chart.claims) == set(frame["claim_id"])
    assert (tmp_path / "estimates.svg").read_bytes().startswith(b"<?xml")
