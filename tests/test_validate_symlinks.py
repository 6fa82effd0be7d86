"""A release folder given to `timeline validate` may not hold symbolic links."""

from __future__ import annotations

import shutil
from pathlib import Path

from fixture_dataset import SOURCE_ID, write_dataset
from timeline.publish.build import build

from conftest import run_cli


def test_a_link_inside_a_release_folder_is_refused(tmp_path: Path) -> None:
    folder = build(write_dataset(tmp_path / "datasets"), tmp_path / "releases").path
    assert run_cli("validate", str(folder)).returncode == 0
    text = folder / "texts" / f"{SOURCE_ID}.txt"
    outside = tmp_path / "elsewhere.txt"
    shutil.move(text, outside)
    text.symlink_to(outside)
    result = run_cli("validate", str(folder))
    assert result.returncode == 1
    assert "symbolic link" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
