"""The loader: tables, columns, filters, provenance in attrs, clear errors, no pandera."""

from __future__ import annotations

import subprocess
import sys

import pytest

import timeline
from timeline.errors import InputError, IntegrityError, ReleaseNotFoundError, UnknownTableError
from timeline.releases.resolve import open_release


def test_versions_and_tables() -> None:
    assert "1.0.0" in timeline.versions()
    assert timeline.tables() == ["sources", "actors", "events", "claims"]


def test_columns_and_filters_are_pushed_down() -> None:
    frame = timeline.load(
        "claims", columns=["claim_id", "value"], filters=[("qualifier", "==", "up_to")]
    )
    assert list(frame.columns) == ["claim_id", "value"]
    assert len(frame) == 3
    assert frame["value"].eq(12000).all()


def test_attrs_record_version_and_file_hash() -> None:
    frame = timeline.load("events", version="1.0.0")
    info = frame.attrs["timeline"]
    manifest = open_release("1.0.0").manifest
    assert info["version"] == "1.0.0"
    assert info["table"] == "events"
    assert info["sha256"] == manifest.files["events.parquet"]["sha256"]


def test_joined_view_is_sorted_by_date_and_complete() -> None:
    view = timeline.load_timeline()
    claims = timeline.load("claims")
    assert len(view) == len(claims)
    assert view["claimant"].notna().all()
    assert view["publisher"].eq("Radio Free Asia").all()
    order = view["date_start"].where(view["date_start"].notna(), view["date_end"])
    assert list(order) == sorted(order)


def test_unknown_table_and_version_are_clear_errors() -> None:
    with pytest.raises(UnknownTableError, match="expected one of sources, actors"):
        timeline.load("battles")
    with pytest.raises(ReleaseNotFoundError, match=r"9\.9\.9"):
        timeline.load("claims", version="9.9.9")
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
    ],
    ids=["unknown-column", "bare-string", "bad-filter"],
)
def test_bad_columns_and_filters_are_clear_errors(kwargs: dict, message: str) -> None:
    with pytest.raises(InputError, match=message):
        timeline.load("claims", **kwargs)
