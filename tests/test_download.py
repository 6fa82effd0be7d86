"""Downloading releases from a real HTTP mirror on 127.0.0.1: success, cache, and every failure.

Each failure must end in the documented error and leave nothing in the cache
that a later call would trust.  The mirror serves copies of the bundled releases and
two test releases built after them, BASE_VERSION and NEW_VERSION (release_mirror.py),
which are on the mirror only.  Row counts are read from the served manifests.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import timeline
from release_mirror import (
    ABSENT_VERSION,
    BASE_VERSION,
    BUNDLED_VERSIONS,
    NEW_ACTOR,
    NEW_RELEASED,
    NEW_VERSION,
    NEWEST_BUNDLED,
    Mirror,
    release_rows,
    serve,
)
from timeline.errors import (
    ConfigError,
    DownloadError,
    IntegrityError,
    LatestVersionWarning,
    OfflineError,
    ReleaseNotFoundError,
)
from timeline.releases.cache import clear
from timeline.releases.manifest import sha256_file
from timeline.releases.mirror import Progress, fetch_release, progress_for
from timeline.releases.paths import parse_version
from timeline.releases.resolve import download_release, list_versions
from timeline.releases.settings import settings

from conftest import FIRST_RELEASE

CLAIMS = f"/{NEW_VERSION}/claims.parquet"
NEW = re.escape(NEW_VERSION)


@pytest.fixture(scope="module")
def built(second_release: tuple[Path, object]) -> Path:
    return second_release[0]


@pytest.fixture(scope="module")
def claims_rows(built: Path) -> int:
    """Rows of NEW_VERSION's claims table, from its manifest."""
    return release_rows(built / NEW_VERSION)["claims"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache and fast retries; never the user's real cache or settings."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(folder))
    monkeypatch.setenv("TIMELINE_RETRIES", "3")
    monkeypatch.setenv("TIMELINE_RETRY_BACKOFF", "0.01")
    monkeypatch.setenv("TIMELINE_TIMEOUT", "5")
    monkeypatch.setenv("TIMELINE_NO_PROGRESS", "1")
    monkeypatch.delenv("TIMELINE_OFFLINE", raising=False)
    monkeypatch.delenv("TIMELINE_BASE_URL", raising=False)
    return folder


@pytest.fixture
def mirror(
    built: Path, tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Mirror]:
    """A private copy of the built releases served over HTTP, set as TIMELINE_BASE_URL."""
    root = tmp_path / "mirror"
    shutil.copytree(built, root)
    with serve(root) as server:
        monkeypatch.setenv("TIMELINE_BASE_URL", server.url)
        yield server


def nothing_kept(cache: Path) -> bool:
    """No release folder and no leftover staging folder in the cache.

    Lock files (``.V.lock``) stay by design (timeline/releases/cache.py): deleting one
    another process may wait on would let two processes hold "the same" lock.
    """
    return not cache.exists() or kept(cache) == []


def kept(cache: Path) -> list[str]:
    """What the cache holds besides its lock files, sorted."""
    return sorted(
        p.name for p in cache.iterdir() if not (p.name.startswith(".") and p.suffix == ".lock")
    )


def test_clean_download_then_load(mirror: Mirror, cache: Path) -> None:
    frame = timeline.load("actors", version=NEW_VERSION)
    assert NEW_ACTOR["actor_id"] in set(frame["actor_id"])
    info = frame.attrs["timeline"]
    manifest = json.loads((mirror.root / NEW_VERSION / "manifest.json").read_text())
    assert info["version"] == NEW_VERSION
    assert info["origin"] == "cache"
    assert info["sha256"] == manifest["files"]["actors.parquet"]["sha256"]
    folder = cache / NEW_VERSION
    for name, entry in manifest["files"].items():
        assert sha256_file(folder / name) == entry["sha256"]
    assert sorted(p.name for p in cache.iterdir()) == [f".{NEW_VERSION}.lock", NEW_VERSION]
    assert mirror.count("/index.json") == 1
    assert mirror.count(CLAIMS) == 1


def test_second_load_is_served_from_cache_without_a_request(
    mirror: Mirror, claims_rows: int
) -> None:
    timeline.load("claims", version=NEW_VERSION)
    before = mirror.count()
    again = timeline.load("claims", version=NEW_VERSION)
    view = timeline.load_timeline(NEW_VERSION)
    assert mirror.count() == before
    assert len(again) == claims_rows
    assert len(view) == claims_rows


def test_bundled_release_never_touches_the_mirror(mirror: Mirror) -> None:
    for version in BUNDLED_VERSIONS:
        timeline.load("claims", version=version)
    assert mirror.count() == 0


def test_offline_mode_refuses_the_network_and_uses_the_cache(
    mirror: Mirror, cache: Path, monkeypatch: pytest.MonkeyPatch, claims_rows: int
) -> None:
    monkeypatch.setenv("TIMELINE_OFFLINE", "1")
    with pytest.raises(OfflineError, match="TIMELINE_OFFLINE"):
        timeline.load("claims", version=NEW_VERSION)
    assert mirror.count() == 0
    assert nothing_kept(cache)

    monkeypatch.delenv("TIMELINE_OFFLINE")
    download_release(NEW_VERSION)
    requests = mirror.count()
    monkeypatch.setenv("TIMELINE_OFFLINE", "1")
    assert len(timeline.load("claims", version=NEW_VERSION)) == claims_rows
    with pytest.warns(LatestVersionWarning, match=rf"resolved to {NEW} \(from the bundled"):
        latest = timeline.load("actors", version="latest")
    assert latest.attrs["timeline"]["version"] == NEW_VERSION
    assert mirror.count() == requests


def test_unknown_version_names_what_the_mirror_has(mirror: Mirror, cache: Path) -> None:
    listed = ", ".join([*BUNDLED_VERSIONS, BASE_VERSION, NEW_VERSION])
    with pytest.raises(
        ReleaseNotFoundError,
        match=rf"{re.escape(ABSENT_VERSION)} is not on the mirror .*\(it has: {re.escape(listed)}\)",
    ):
        timeline.load("claims", version=ABSENT_VERSION)
    assert mirror.count() == 1  # the index only
    assert nothing_kept(cache)


def test_missing_file_is_a_404_error_and_is_not_retried(mirror: Mirror, cache: Path) -> None:
    (mirror.root / NEW_VERSION / "claims.parquet").unlink()
    with pytest.raises(DownloadError, match=rf"HTTP 404 for claims\.parquet of {NEW}"):
        timeline.load("claims", version=NEW_VERSION)
    assert mirror.count(CLAIMS) == 1
    assert nothing_kept(cache)


def test_server_failing_twice_then_succeeding(
    mirror: Mirror, cache: Path, claims_rows: int
) -> None:
    mirror.fail(CLAIMS, "500", "500")
    frame = timeline.load("claims", version=NEW_VERSION)
    assert len(frame) == claims_rows
    assert mirror.count(CLAIMS) == 3
    assert kept(cache) == [NEW_VERSION]  # no staging left


def test_failures_beyond_the_retries_give_up(
    mirror: Mirror, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_RETRIES", "1")
    mirror.fail(CLAIMS, "500", "500")
    with pytest.raises(DownloadError, match="after 2 attempt"):
        timeline.load("claims", version=NEW_VERSION)
    assert mirror.count(CLAIMS) == 2
    assert nothing_kept(cache)


def test_a_server_slower_than_the_timeout_is_retried(
    mirror: Mirror, monkeypatch: pytest.MonkeyPatch, claims_rows: int
) -> None:
    monkeypatch.setenv("TIMELINE_TIMEOUT", "0.3")
    mirror.fail(CLAIMS, "slow")
    assert len(timeline.load("claims", version=NEW_VERSION)) == claims_rows
    assert mirror.count(CLAIMS) == 2


def test_truncated_body_is_retried(mirror: Mirror, cache: Path, claims_rows: int) -> None:
    mirror.fail(CLAIMS, "truncate")
    assert len(timeline.load("claims", version=NEW_VERSION)) == claims_rows
    assert mirror.count(CLAIMS) == 2


def test_always_truncated_body_leaves_nothing(mirror: Mirror, cache: Path) -> None:
    mirror.fail(CLAIMS, *["truncate"] * 4)
    with pytest.raises(DownloadError, match=r"could not download claims\.parquet"):
        timeline.load("claims", version=NEW_VERSION)
    assert mirror.count(CLAIMS) == 4
    assert nothing_kept(cache)


def test_tampered_file_is_a_hash_mismatch(mirror: Mirror, cache: Path) -> None:
    path = mirror.root / NEW_VERSION / "claims.parquet"
    data = bytearray(path.read_bytes())
    data[200] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(
        IntegrityError, match=rf"claims\.parquet of {NEW} does not match its SHA-256"
    ):
        timeline.load("claims", version=NEW_VERSION)
    assert nothing_kept(cache)


def test_tampered_manifest_is_caught_by_the_index(mirror: Mirror, cache: Path) -> None:
    """An attacker who edits a file and its manifest entry is still caught by index.json."""
    folder = mirror.root / NEW_VERSION
    (folder / "claims.parquet").write_bytes(b"not the data")
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["files"]["claims.parquet"] = {
        "sha256": sha256_file(folder / "claims.parquet"),
        "bytes": 12,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(IntegrityError, match=rf"the manifest of release {NEW} does not match"):
        timeline.load("claims", version=NEW_VERSION)
    assert mirror.count(CLAIMS) == 0
    assert nothing_kept(cache)


def test_a_manifest_naming_a_file_outside_the_release_is_refused(
    mirror: Mirror, cache: Path, tmp_path: Path
) -> None:
    """Even a manifest the index vouches for may not write outside the release folder."""
    folder = mirror.root / NEW_VERSION
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["files"]["../escaped.txt"] = {"sha256": "0" * 64, "bytes": 1}
    (folder / "manifest.json").write_text(json.dumps(manifest))
    index = json.loads((mirror.root / "index.json").read_text())
    index["releases"][-1]["manifest_sha256"] = sha256_file(folder / "manifest.json")
    (mirror.root / "index.json").write_text(json.dumps(index))
    with pytest.raises(IntegrityError, match=r"refusing unsafe file name '\.\./escaped\.txt'"):
        timeline.load("claims", version=NEW_VERSION)
    assert nothing_kept(cache)
    assert not (cache / "escaped.txt").exists()


def test_mirror_index_disagreeing_with_the_bundled_index_is_refused(
    mirror: Mirror, cache: Path
) -> None:
    index_path = mirror.root / "index.json"
    index = json.loads(index_path.read_text())
    index["releases"][0]["manifest_sha256"] = "0" * 64
    index_path.write_text(json.dumps(index))
    with pytest.raises(IntegrityError, match="index bundled with timeline"):
        fetch_release(FIRST_RELEASE, settings())
    assert nothing_kept(cache)


def test_tampered_cache_is_refused_offline_and_fetched_again_online(
    mirror: Mirror, cache: Path, monkeypatch: pytest.MonkeyPatch, claims_rows: int
) -> None:
    """A damaged cached release is never read: offline it is an error, online it is
    replaced by a fresh download (the notice itself is tested in test_cache_safety.py)."""
    timeline.load("claims", version=NEW_VERSION)
    cached = cache / NEW_VERSION / "claims.parquet"
    cached.write_bytes(cached.read_bytes()[:-10])
    monkeypatch.setenv("TIMELINE_OFFLINE", "1")
    with pytest.raises(IntegrityError, match=rf"cached release {NEW} is damaged"):
        timeline.load("claims", version=NEW_VERSION)
    monkeypatch.delenv("TIMELINE_OFFLINE")
    before = mirror.count(CLAIMS)
    assert len(timeline.load("claims", version=NEW_VERSION)) == claims_rows
    assert mirror.count(CLAIMS) == before + 1
    assert kept(cache) == [NEW_VERSION]


def test_a_file_missing_from_the_cache_is_fetched_again(
    mirror: Mirror, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    download_release(NEW_VERSION)
    (cache / NEW_VERSION / "events.parquet").unlink()
    monkeypatch.setenv("TIMELINE_OFFLINE", "1")
    with pytest.raises(IntegrityError, match=rf"cached release {NEW} is damaged"):
        timeline.load("events", version=NEW_VERSION)
    monkeypatch.delenv("TIMELINE_OFFLINE")
    events = timeline.load("events", version=NEW_VERSION)
    assert events.attrs["timeline"]["origin"] == "cache"
    assert (cache / NEW_VERSION / "events.parquet").is_file()


def test_latest_resolves_through_the_mirror_and_says_so(mirror: Mirror) -> None:
    with pytest.warns(LatestVersionWarning, match=rf"resolved to {NEW} \(from the mirror"):
        frame = timeline.load("events", version="latest")
    assert frame.attrs["timeline"]["version"] == NEW_VERSION
    with pytest.warns(LatestVersionWarning) as caught:
        view = timeline.load_timeline("latest")
    assert len(caught) == 1  # resolved once for the four tables
    assert view.attrs["timeline"]["version"] == NEW_VERSION


def test_latest_falls_back_to_the_bundled_index_when_the_mirror_is_down(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with serve(cache.parent) as down:
        url = down.url
    monkeypatch.setenv("TIMELINE_BASE_URL", url)  # nothing listens there any more
    monkeypatch.setenv("TIMELINE_RETRIES", "0")
    newest = re.escape(NEWEST_BUNDLED)
    with pytest.warns(LatestVersionWarning, match=rf"resolved to {newest} \(from the bundled"):
        frame = timeline.load("sources", version="latest")
    assert frame.attrs["timeline"]["origin"] == "bundled"
    # but asked to *download* the mirror's latest, an unreachable mirror is an error
    with pytest.raises(DownloadError, match="could not download the release index"):
        download_release("latest")


def test_no_mirror_configured_is_a_clear_error(cache: Path) -> None:
    with pytest.raises(ReleaseNotFoundError, match="set TIMELINE_BASE_URL"):
        timeline.load("claims", version=NEW_VERSION)


def test_bad_settings_are_clear_errors(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_BASE_URL", "ftp://example.org")
    with pytest.raises(ConfigError, match="must start with http"):
        timeline.load("claims", version=NEW_VERSION)
    monkeypatch.setenv("TIMELINE_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("TIMELINE_RETRIES", "many")
    with pytest.raises(ConfigError, match="TIMELINE_RETRIES='many'"):
        timeline.load("claims", version=NEW_VERSION)


def test_an_unwritable_cache_names_the_variable(
    mirror: Mirror, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(blocker / "cache"))
    with pytest.raises(ConfigError, match="set TIMELINE_CACHE_DIR"):
        timeline.load("claims", version=NEW_VERSION)


def test_base_url_may_name_the_index_itself(
    mirror: Mirror, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_BASE_URL", mirror.url + "/index.json")
    assert timeline.load("claims", version=NEW_VERSION).attrs["timeline"]["version"] == NEW_VERSION


def test_download_to_a_folder_and_list_versions(mirror: Mirror, tmp_path: Path) -> None:
    dest = tmp_path / "data"
    fetched = download_release(NEW_VERSION, dest=dest)
    assert fetched.status == "downloaded"
    assert fetched.release.path == dest / NEW_VERSION
    assert (dest / NEW_VERSION / "CHANGES.md").is_file()
    assert download_release(NEW_VERSION, dest=dest).status == "present"
    copied = download_release(FIRST_RELEASE, dest=dest)
    assert copied.status == "copied"
    requests = mirror.count()
    assert sorted(p.name for p in dest.iterdir() if p.name.startswith(".")) == sorted(
        f".{v}.lock" for v in (FIRST_RELEASE, NEW_VERSION)
    )  # lock files only: no staging left

    download_release(NEW_VERSION)
    rows = {v.version: v for v in list_versions(settings(), remote=True)}
    assert sorted(rows, key=parse_version) == [*BUNDLED_VERSIONS, BASE_VERSION, NEW_VERSION]
    assert all(rows[v].where == ("bundled", "mirror") for v in BUNDLED_VERSIONS)
    assert rows[BASE_VERSION].where == ("mirror",)
    assert rows[NEW_VERSION].where == ("cached", "mirror")
    assert rows[NEW_VERSION].released == NEW_RELEASED
    assert mirror.count() > requests


def test_progress_bar_only_on_a_terminal_and_not_when_disabled(
    mirror: Mirror, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert progress_for("x", settings(progress=True)) is False  # stderr is not a terminal
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert progress_for("x", settings()) is False  # TIMELINE_NO_PROGRESS=1 (fixture)
    monkeypatch.setenv("TIMELINE_NO_PROGRESS", "0")
    bar = progress_for("claims.parquet", settings())
    assert isinstance(bar, Progress)
    bar.total = 2048
    bar.update(1024)
    bar.reset()
    bar.update(2048)
    bar.close()
    assert capsys.readouterr().err == (
        "\rclaims.parquet: 1.0 / 2.0 kB\rclaims.parquet: 2.0 / 2.0 kB\rclaims.parquet: 2.0 / 2.0 kB\n"
    )
    timeline.load("claims", version=NEW_VERSION)  # a real download draws one bar per file
    err = capsys.readouterr().err
    assert "\rclaims.parquet: " in err and "\rmanifest.json: " in err


def test_clearing_the_cache_forces_a_new_download(mirror: Mirror, cache: Path) -> None:
    download_release(NEW_VERSION)
    assert clear(settings(), ABSENT_VERSION) == []
    assert clear(settings()) == [NEW_VERSION]
    assert nothing_kept(cache)
    before = mirror.count(CLAIMS)
    timeline.load("claims", version=NEW_VERSION)
    assert mirror.count(CLAIMS) == before + 1
