"""The loader: tables, columns, filters, provenance in attrs, clear errors, no pandera."""

from __future__ import annotations

import re
import subprocess
import sys

import pandas as pd
import pytest

import timeline
from release_mirror import ABSENT_VERSION
from timeline.errors import InputError, IntegrityError, ReleaseNotFoundError, UnknownTableError
from timeline.releases.paths import parse_version
from timeline.releases.resolve import bundled_versions, open_release

from conftest import FIRST_RELEASE


def test_versions_and_tables() -> None:
    versions = timeline.versions()
    assert FIRST_RELEASE in versions
    assert set(bundled_versions()) <= set(versions)
    assert versions == sorted(versions, key=parse_version)
    assert timeline.tables() == ["sources", "actors", "events", "claims"]


def test_columns_and_filters_are_pushed_down() -> None:
    frame = timeline.load(
        "claims", columns=["claim_id", "value"], filters=[("qualifier", "==", "up_to")]
    )
    assert list(frame.columns) == ["claim_id", "value"]
    claims = timeline.load("claims")
    expected = claims.loc[claims["qualifier"] == "up_to", ["claim_id", "value"]]
    assert len(frame) >= 1
    pd.testing.assert_frame_equal(frame, expected.reset_index(drop=True))

    first = timeline.load(
        "claims",
        version=FIRST_RELEASE,
        columns=["claim_id", "value"],
        filters=[("qualifier", "==", "up_to")],
    )
    assert len(first) == 3  # the first release's three "up to 12,000" troop figures
    assert first["value"].eq(12000).all()


def test_attrs_record_version_and_file_hash() -> None:
    frame = timeline.load("events", version=FIRST_RELEASE)
    info = frame.attrs["timeline"]
    manifest = open_release(FIRST_RELEASE).manifest
    assert info["version"] == FIRST_RELEASE
    assert info["table"] == "events"
    assert info["sha256"] == manifest.files["events.parquet"]["sha256"]


def test_joined_view_is_sorted_by_date_and_complete() -> None:
    view = timeline.load_timeline()
    claims = timeline.load("claims")
    assert len(view) == len(claims)
    assert view["claimant"].notna().all()
    assert sorted(view["claim_id"]) == sorted(claims["claim_id"])
    sources = timeline.load("sources").set_index("source_id")
    assert view["publisher"].notna().all()
    assert list(view["publisher"]) == list(sources.loc[view["source_id"], "publisher"])
    first = timeline.load_timeline(FIRST_RELEASE)
    assert first["publisher"].eq("Radio Free Asia").all()
    order = view["date_start"].where(view["date_start"].notna(), view["date_end"])
    assert list(order) == sorted(order)


def test_unknown_table_and_version_are_clear_errors() -> None:
    with pytest.raises(UnknownTableError, match="expected one of sources, actors"):
        timeline.load("battles")
    with pytest.raises(ReleaseNotFoundError, match=re.escape(ABSENT_VERSION)):
        timeline.load("claims", version=ABSENT_VERSION)
    with pytest.raises(ReleaseNotFoundError, match=r"MAJOR\.MINOR\.PATCH"):
        timeline.load("claims", version="one")


def test_tampered_bytes_are_refused() -> None:
    release = open_release()
    data = bytearray(release.file("claims.parquet").read_bytes())
    data[100] ^= 0xFF
    with pytest.raises(IntegrityError, match="SHA-256 mismatch"):
        release.manifest.verify_bytes("claims.parquet", bytes(data), "claims.parquet")


def test_loading_does_not_import_pandera() -> None:
    code = (
        "import sys, timeline; timeline.load('claims'); timeline.load_timeline(); "
        "print('pandera' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"columns": ["claim_id", "nope"]}, "claims has no column 'nope'"),
        ({"columns": "claim_id"}, "must be a list of names"),
        ({"filters": [("nope", "==", 1)]}, "invalid filters for claims"),
        (
            {"filters": [("value", ">", "1000")]},
            r"'1000' is not a number, but value holds int64 values; write it without quotes",
        ),
        ({"filters": [("unit", "=~", "sold")]}, r"'=~' \(on unit\) is not an operator; use one of"),
        ({"filters": [("value", "in", 5)]}, "'in' on value takes a list of numbers"),
    ],
    ids=["unknown-column", "bare-string", "bad-filter", "text-for-number", "operator", "in"],
)
def test_bad_columns_and_filters_are_clear_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        timeline.load("claims", **kwargs)
