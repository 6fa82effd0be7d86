"""Estimates over time: every figure of one event by claimant and date, restatements folded,
conflicts flagged, and drawn one colour per claimant."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd
import pytest

import timeline
from timeline.errors import InputError
from timeline.outputs.estimates import as_text, event_estimates

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
    assert result.returncode == 2 and "no event 'ev-9999'" in result.stderr
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
    from timeline.outputs.chart import draw_estimates

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
