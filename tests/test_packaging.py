"""The distribution builds, passes `twine check`, and works installed in a fresh venv.

The fresh environment gets only our wheel installed by pip; its dependencies (pandas,
pyarrow, …) are made visible from the test's own environment through a ``.pth`` file, so
no network is needed. The test checks that ``timeline`` is imported from the fresh
environment, not from the checkout.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from timeline.releases.resolve import bundled_versions

from conftest import REPO

DIST_NAME = "dprk-russia-timeline"


def _run(*args: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], capture_output=True, text=True, check=False, **kwargs
    )  # type: ignore[call-overload]


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    done = _run(sys.executable, "-m", "build", "--no-isolation", "-o", out, REPO)
    assert done.returncode == 0, done.stderr[-2000:]
    return out


@pytest.mark.slow
def test_sdist_and_wheel_pass_twine_check_with_complete_metadata(dist: Path) -> None:
    files = sorted(dist.iterdir())
    assert sorted(f.suffix for f in files) == [".gz", ".whl"]
    done = _run(sys.executable, "-m", "twine", "check", "--strict", *files)
    assert done.returncode == 0, done.stdout + done.stderr
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        meta_name = next(n for n in archive.namelist() if n.endswith(".dist-info/METADATA"))
        meta = archive.read(meta_name).decode()
        names = archive.namelist()
    assert f"Name: {DIST_NAME}" in meta
    assert "License-Expression: MIT AND CC-BY-4.0" in meta
    assert meta.count("Classifier: ") >= 8
    assert any(n.endswith("licenses/LICENSE-DATA.md") for n in names)
    assert "timeline/py.typed" in names


@pytest.mark.slow
def test_the_wheel_works_in_a_fresh_environment(dist: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    done = _run(sys.executable, "-m", "venv", "--without-pip", fresh)
    assert done.returncode == 0, done.stderr
    python = fresh / "bin" / "python"
    site = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"
        ).stdout.strip()
    )
    (wheel,) = dist.glob("*.whl")
    done = _run(
        sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--quiet", wheel
    )
    assert done.returncode == 0, done.stderr
    assert (fresh / "bin" / "timeline").is_file(), done.stdout + done.stderr
    # Dependencies from the environment running the tests, after the fresh site-packages
    # (added only now, so pip sees no installed copy of ours through it).
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {**os.environ, "TIMELINE_OFFLINE": "1", "PYTHONPATH": ""}
    version = _run(fresh / "bin" / "timeline", "--version", cwd=tmp_path, env=env)
    assert version.returncode == 0, version.stderr
    assert f"data release {bundled_versions()[-1]}" in version.stdout
    code = "import timeline; print(timeline.__file__); print(len(timeline.load('claims')))"
    loaded = _run(python, "-c", code, cwd=tmp_path, env=env)
    assert loaded.returncode == 0, loaded.stderr
    where, rows = loaded.stdout.split()
    assert Path(where).is_relative_to(site), where
    assert int(rows) > 0
