"""`timeline versions` and `timeline download` through the CLI's entry point, in process."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from release_mirror import (
    ABSENT_VERSION,
    BASE_RELEASED,
    BASE_VERSION,
    BUNDLED_VERSIONS,
    NEW_RELEASED,
    NEW_VERSION,
    Mirror,
    bundled_released,
    serve,
)

from conftest import FIRST_RELEASE, run_cli


@pytest.fixture(scope="module")
def built(second_release: tuple[Path, object]) -> Path:
    """The bundled releases and two test releases after them (see release_mirror.py)."""
    return second_release[0]


@pytest.fixture
def mirror(built: Path, tmp_path: Path) -> Iterator[Mirror]:
    root = tmp_path / "mirror"
    shutil.copytree(built, root)
    with serve(root) as server:
        yield server


@pytest.fixture
def env(mirror: Mirror, tmp_path: Path) -> dict[str, str]:
    return {
        "TIMELINE_BASE_URL": mirror.url,
        "TIMELINE_CACHE_DIR": str(tmp_path / "cache"),
        "TIMELINE_RETRIES": "1",
        "TIMELINE_RETRY_BACKOFF": "0.01",
        "TIMELINE_OFFLINE": "0",
    }


def test_download_then_versions(mirror: Mirror, env: dict[str, str], tmp_path: Path) -> None:
    released = bundled_released()
    local = run_cli("versions", env=env)
    assert local.returncode == 0, local.stderr
    assert local.stdout.splitlines() == [f"{v}  {released[v]}  bundled" for v in BUNDLED_VERSIONS]
    assert mirror.count() == 0

    got = run_cli("download", NEW_VERSION, env=env)
    assert got.returncode == 0, got.stderr
    assert f"release {NEW_VERSION} downloaded: {tmp_path / 'cache' / NEW_VERSION}" in got.stdout
    assert got.stderr == ""  # no progress bar or pooch log when not on a terminal

    again = run_cli("download", NEW_VERSION, env=env)
    assert "was already cached" in again.stdout

    listed = run_cli("versions", "--remote", env=env)
    assert listed.stdout.splitlines() == [
        *(f"{v}  {released[v]}  bundled, mirror" for v in BUNDLED_VERSIONS),
        f"{BASE_VERSION}  {BASE_RELEASED}  mirror",
        f"{NEW_VERSION}  {NEW_RELEASED}  cached, mirror",
    ]

    dest = run_cli("download", FIRST_RELEASE, "--dest", str(tmp_path / "out"), env=env)
    assert dest.returncode == 0, dest.stderr
    assert (tmp_path / "out" / FIRST_RELEASE / "claims.parquet").is_file()

    latest = run_cli("download", "latest", "--dest", str(tmp_path / "out"), env=env)
    assert latest.returncode == 0, latest.stderr
    # download takes VERSION as an argument: its advice names the version, not --version
    assert latest.stderr.startswith(f"note: 'latest' resolved to {NEW_VERSION} (from the mirror")
    assert f"name {NEW_VERSION} instead of 'latest' to pin it" in latest.stderr
    assert "--version" not in latest.stderr
    assert f"release {NEW_VERSION} copied: {tmp_path / 'out' / NEW_VERSION}" in latest.stdout


def test_download_errors_exit_codes(mirror: Mirror, env: dict[str, str], tmp_path: Path) -> None:
    unknown = run_cli("download", ABSENT_VERSION, env=env)
    assert unknown.returncode == 2
    assert f"{ABSENT_VERSION} is not on the mirror" in unknown.stderr
    assert "Traceback" not in unknown.stderr

    bad = run_cli("download", "one", env=env)
    assert bad.returncode == 2 and "MAJOR.MINOR.PATCH" in bad.stderr

    offline = run_cli("download", NEW_VERSION, env={**env, "TIMELINE_OFFLINE": "1"})
    assert offline.returncode == 2 and "TIMELINE_OFFLINE" in offline.stderr

    path = mirror.root / NEW_VERSION / "events.parquet"
    path.write_bytes(path.read_bytes()[:-1] + b"\x00")
    tampered = run_cli("download", NEW_VERSION, env=env)
    assert tampered.returncode == 1
    assert "does not match its SHA-256" in tampered.stderr
    assert "Traceback" not in tampered.stderr
    assert not (tmp_path / "cache" / NEW_VERSION).exists()

    path.unlink()
    missing = run_cli("download", NEW_VERSION, env=env)
    assert missing.returncode == 2 and "HTTP 404" in missing.stderr


def test_versions_remote_without_a_mirror_says_what_to_set(tmp_path: Path) -> None:
    out = run_cli(
        "versions",
        "--remote",
        env={"TIMELINE_CACHE_DIR": str(tmp_path), "TIMELINE_BASE_URL": ""},
    )
    assert out.returncode == 2
    assert "set TIMELINE_BASE_URL" in out.stderr


@pytest.mark.parametrize("command", ["versions", "download", "diff"])
def test_every_release_command_has_an_example(command: str) -> None:
    out = run_cli(command, "--help")
    assert out.returncode == 0
    assert "Example" in out.stdout
    assert f"$ timeline {command}" in out.stdout


def test_help_and_versions_import_no_heavy_library(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from timeline.cli import main\n"
        "for argv in (['--help'], ['versions']):\n"
        "    try:\n"
        "        main(argv)\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = ['pandas', 'pandera', 'pyarrow', 'pooch', 'requests']\n"
        "print([m for m in heavy if m in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"TIMELINE_CACHE_DIR": str(tmp_path), "PATH": ""},
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_latest_notes_reshows_other_warnings_once_without_looping(capsys) -> None:
    import warnings

    from timeline.cli.releases import latest_notes
    from timeline.errors import LatestVersionWarning

    with warnings.catch_warnings(record=True) as outer:
        warnings.simplefilter("always")
        with latest_notes():
            warnings.warn("an unrelated warning", UserWarning, stacklevel=1)
            warnings.warn("'latest' is 9.9.9", LatestVersionWarning, stacklevel=1)
    assert [str(w.message) for w in outer] == ["an unrelated warning"]
    assert capsys.readouterr().err == "note: 'latest' is 9.9.9\n"
