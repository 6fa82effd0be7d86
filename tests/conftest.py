"""Shared fixtures: the repository's curated data, copies to mutate, the real CLI."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DATASETS = REPO / "datasets"


def console_script() -> str:
    """The installed `timeline` console script of the interpreter running the tests."""
    script = Path(sys.executable).parent / "timeline"
    if not script.exists():
        raise RuntimeError(f"console script not installed next to {sys.executable}")
    return str(script)


def run_cli(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    input_text: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run the real `timeline` console script in a subprocess."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [console_script(), *args],
        cwd=cwd,
        env=full_env,
        capture_output=True,
        text=True,
        input=input_text,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def curated(tmp_path: Path) -> Path:
    """A private copy of datasets/ that a test may edit."""
    target = tmp_path / "datasets"
    shutil.copytree(DATASETS, target)
    return target


@pytest.fixture
def cli():
    return run_cli
