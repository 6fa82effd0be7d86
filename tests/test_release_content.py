"""The bundled releases: every table passes its schema, every quote sits at its offsets, and
the claims of the first release say what its report says.

What the report says is checked on the first release (FIRST_RELEASE), whose bytes never
change; the dataset grows in later releases, so nothing here counts the newest one's rows.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

import timeline
from timeline.loader import date_objects
from timeline.model import schema
from timeline.releases.resolve import bundled_versions

from conftest import FIRST_RELEASE

REPORT = "rfa-2024-12-23-north-korea-kursk"


@pytest.mark.parametrize("version", bundled_versions())
@pytest.mark.parametrize("table", timeline.tables())
def test_loaded_tables_pass_their_own_schema(table: str, version: str) -> None:
    frame = timeline.load(table, version=version)
    assert len(frame) > 0
    # The models describe the validated form (dates as datetime.date, text as str); the
    # loader's dtypes (pd.NA, datetime64) hold the same values.
    validated = _days(frame)
    texts = [c for c in validated.columns if isinstance(validated[c].dtype, pd.StringDtype)]
    schema.MODELS[table].validate(validated.astype(dict.fromkeys(texts, "str")), lazy=True)


def test_loaded_dtypes_are_the_documented_ones() -> None:
    claims = timeline.load("claims", version=FIRST_RELEASE)
    assert claims["quote"].dtype == pd.StringDtype("pyarrow", na_value=pd.NA)
    assert isinstance(claims["value"].dtype, pd.Int64Dtype)
    assert str(claims["stated_end"].dtype) == "datetime64[ms]"
    missing = claims.isna()
    markers = {type(claims.at[i, c]) for c in claims.columns for i in claims.index[missing[c]]}
    assert markers <= {type(pd.NA), type(pd.NaT)}


def _days(frame: pd.DataFrame) -> pd.DataFrame:
    """Date columns as datetime.date, for comparing with the dates below."""
    return date_objects(frame)


def _claims() -> pd.DataFrame:
    return _days(timeline.load_timeline(FIRST_RELEASE))


def _one(frame: pd.DataFrame, **where: object) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for column, value in where.items():
        mask &= frame[column] == value
    rows = frame[mask]
    assert len(rows) == 1, f"expected one row for {where}, got {len(rows)}"
    return rows.iloc[0]


def test_competing_casualty_figures_are_side_by_side() -> None:
    view = _claims()
    casualties = view[(view["event_type"] == "casualties") & view["restates"].isna()]
    assert set(casualties["claimant"]) == {"Volodymyr Zelenskyy", "South Korean authorities"}
    assert casualties["event_id"].nunique() == 1  # same losses, two claims, not averaged

    zelenskyy = _one(casualties, claimant="Volodymyr Zelenskyy")
    assert (zelenskyy["value"], zelenskyy["qualifier"]) == (3000, "more_than")
    assert zelenskyy["value_low"] == 3001 and pd.isna(zelenskyy["value_high"])
    assert zelenskyy["certainty"] == "preliminary"
    assert zelenskyy["stated_on"] == dt.date(2024, 12, 23)

    seoul = _one(casualties, claimant="South Korean authorities")
    assert (seoul["value"], seoul["qualifier"], seoul["value_low"]) == (1100, "at_least", 1100)
    assert pd.isna(seoul["value_high"])


def test_troop_numbers_have_three_claimants_up_to_12000() -> None:
    view = _claims()
    troops = view[view["event_type"] == "troop_deployment"]
    assert sorted(troops["claimant"]) == [
        "American authorities",
        "South Korean authorities",
        "Ukrainian authorities",
    ]
    assert troops["value"].eq(12000).all() and troops["value_high"].eq(12000).all()
    assert troops["value_low"].isna().all() and troops["qualifier"].eq("up_to").all()
    # "have said" is undated: an open range ending at publication, not a sharpened day
    assert troops["stated_on"].isna().all()
    assert troops["stated_end"].eq(dt.date(2024, 12, 23)).all()


def test_container_shipments_keep_about_without_bounds() -> None:
    view = _claims()
    two_months = _one(view, value=7000)
    assert two_months["qualifier"] == "about"
    assert pd.isna(two_months["value_low"]) and pd.isna(two_months["value_high"])
    assert two_months["unit"] == "containers" and two_months["claimant"] == "South Korea"
    assert (two_months["stated_on"], two_months["stated_precision"]) == (
        dt.date(2024, 10, 1),
        "month",
    )
    total = _one(view, value=20000)
    assert total["qualifier"] == "about"  # reached by adding "about 7,000": no exact bounds
    assert pd.isna(total["value_low"])
    assert pd.isna(total["value_high"])


def test_relative_dates_resolved_from_publication_and_words_kept() -> None:
    events = _days(timeline.load("events", version=FIRST_RELEASE)).set_index("event_id")
    by_text = {
        "last month": ("month", dt.date(2024, 11, 1), dt.date(2024, 11, 30)),
        "last week": ("week", dt.date(2024, 12, 16), dt.date(2024, 12, 22)),
        "next year": ("year", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        "On Sunday": ("day", dt.date(2024, 12, 22), dt.date(2024, 12, 22)),
        "in November": ("month", dt.date(2024, 11, 1), dt.date(2024, 11, 30)),
    }
    for words, (precision, start, end) in by_text.items():
        rows = events[events["date_text"] == words]
        assert len(rows) >= 1, words
        assert rows["date_precision"].eq(precision).all(), words
        assert rows["date_start"].eq(start).all() and rows["date_end"].eq(end).all(), words


def test_every_required_statement_is_covered() -> None:
    events = _days(timeline.load("events", version=FIRST_RELEASE))
    types = set(events["event_type"])
    for required in (
        "troop_deployment",
        "casualties",
        "weapons_transfer",
        "munitions_shipment",
        "drone_production",
        "weapons_test",
        "statement",
        "warning",
        "evidence_publication",
        "concealment",
        "diplomatic_visit",
        "invitation",
        "planned_participation",
        "non_confirmation",
    ):
        assert required in types, required
    items = set(events["item"].dropna())
    assert {"240 millimeter rocket launchers", "170 mm self-propelled artillery"} <= items


@pytest.mark.parametrize("version", bundled_versions())
def test_quotes_are_verbatim_at_their_offsets(version: str) -> None:
    """Every claim's quote is its source's archived text between its offsets."""
    claims = timeline.load("claims", version=version)
    sources = timeline.load("sources", version=version)
    texts = Path(sources.attrs["timeline"]["file"]).parent / "texts"
    by_source = {
        source_id: (texts / f"{source_id}.txt").read_bytes().decode("utf-8")
        for source_id in sources["source_id"]
    }
    assert REPORT in by_source
    for row in claims.itertuples():
        text = by_source[row.source_id]
        assert text[row.quote_start : row.quote_end] == row.quote, row.claim_id


def test_source_metadata_says_how_it_is_known() -> None:
    sources = _days(timeline.load("sources", version=FIRST_RELEASE))
    assert list(sources["source_id"]) == [REPORT]
    source = sources.iloc[0]
    assert source["publisher_basis"] == "inferred" and source["title_basis"] == "supplied"
    assert pd.isna(source["url"])
    assert source["published_on"] == dt.date(2024, 12, 23)
    assert source["text_sha256"] == (
        "0a9af727e270fcf196d13ee478e065c5a9f896704f1428c40dbb7d762c553acb"
    )


CURATION_LIST = [
    # (what the issue asks to cover, event type, claimant, words the quote must contain)
    ("Zelenskyy's casualty figure", "casualties", "Volodymyr Zelenskyy", "already exceeds 3,000"),
    ("South Korea's casualty figure", "casualties", "South Korean authorities", "at least 1,100"),
    ("troop number, US", "troop_deployment", "American authorities", "up to 12,000"),
    ("troop number, Ukraine", "troop_deployment", "Ukrainian authorities", "up to 12,000"),
    (
        "more troops being prepared",
        "deployment_preparation",
        "Joint Chiefs of Staff of South Korea (JCS)",
        "rotate or increase",
    ),
    (
        "240 mm rocket launchers",
        "weapons_transfer",
        "Joint Chiefs of Staff of South Korea (JCS)",
        "240 millimeter rocket launchers",
    ),
    (
        "170 mm artillery",
        "weapons_transfer",
        "Joint Chiefs of Staff of South Korea (JCS)",
        "170 mm self-propelled artillery",
    ),
    (
        "drone production signs",
        "drone_production",
        "Joint Chiefs of Staff of South Korea (JCS)",
        "manufacture and supply suicide drones",
    ),
    (
        "the inspection they trace to",
        "weapons_test",
        "Joint Chiefs of Staff of South Korea (JCS)",
        "on-site inspection in November",
    ),
    ("the drone test", "weapons_test", "Radio Free Asia", "on-site test of various types"),
    ("containers over two months", "munitions_shipment", "South Korea", "about 7,000 containers"),
    ("running container total", "munitions_shipment", "South Korea", "to 20,000"),
    ("photos and identity cards", "evidence_publication", "Radio Free Asia", "identity cards"),
    (
        "fake documents",
        "concealment",
        "Special Operations Forces of Ukraine (SSO)",
        "fake documents",
    ),
    ("burned faces", "concealment", "Volodymyr Zelenskyy", "burning the faces"),
    ("the video", "evidence_publication", "Radio Free Asia", "posting a video"),
    (
        "the warning",
        "deployment_preparation",
        "Volodymyr Zelenskyy",
        "risks of sending additional soldiers",
    ),
    ("criticism of world leaders", "statement", "Volodymyr Zelenskyy", "almost nothing"),
    ("the vow", "warning", "Volodymyr Zelenskyy", "tangible responses"),
    ("parade remarks", "planned_participation", "Yuri Ushakov", "Red Square parade next year"),
    ("the minister's visit", "diplomatic_visit", "Radio Free Asia", "visit to Pyongyang"),
    ("the invitation", "invitation", "Radio Free Asia", "invited the North Korean military"),
    ("no confirmation", "non_confirmation", "Radio Free Asia", "has confirmed"),
]


@pytest.mark.parametrize(
    ("event_type", "claimant", "words"),
    [case[1:] for case in CURATION_LIST],
    ids=[case[0] for case in CURATION_LIST],
)
def test_each_statement_of_the_report_is_a_claim(
    event_type: str, claimant: str, words: str
) -> None:
    view = _claims()
    rows = view[
        (view["event_type"] == event_type)
        & (view["claimant"] == claimant)
        & view["quote"].str.contains(words, regex=False)
    ]
    assert len(rows) >= 1, f"no {event_type} claim by {claimant} quoting {words!r}"
