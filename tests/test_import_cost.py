"""The CLI's help and version, and ``import timeline``, import no heavy library.

pandas, pyarrow and pandera cost ~0.3-0.5 s to import; the commands that do
not touch data must not pay it (target 2 of issue 6: within 1.5x of
``import click``).  Checked in fresh processes through the real entry point.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("pandas", "pyarrow", "pandera", "numpy", "dask")

PROBE = """
import sys
{action}
print("heavy:" + ",".join(m for m in {heavy!r} if m in sys.modules))
"""

CLI = """
from timeline.cli import main
try:
    main({args!r})
except SystemExit as exc:
    assert exc.code in (0, None), exc.code
"""


def _heavy_modules_after(action: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(action=action, heavy=HEAVY)],
        capture_output=True,
        text=True,
        check=True,
    )
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("heavy:"), result.stdout
    return [name for name in last.removeprefix("heavy:").split(",") if name]


@pytest.mark.parametrize(
    "args", [["--help"], ["--version"], ["-h"], ["-V"], ["validate", "--help"], ["build", "--help"]]
)
def test_cli_help_and_version_stay_light(args: list[str]) -> None:
    assert _heavy_modules_after(CLI.format(args=args)) == []


def test_import_timeline_stays_light() -> None:
    assert _heavy_modules_after("import timeline; timeline.__version__; timeline.tables()") == []


def test_loading_imports_pandas_but_not_pandera() -> None:
    loaded = _heavy_modules_after("import timeline; timeline.load('claims')")
    assert "pandas" in loaded and "pyarrow" in loaded
    assert "pandera" not in loaded and "dask" not in loaded


def test_console_script_prints_help() -> None:
    script = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=False
    )
    assert script.returncode == 0 and "validate" in script.stdout


def test_dir_offers_the_lazy_functions_without_importing_them() -> None:
    """Tab completion in a notebook lists dir(timeline): the lazy functions must be there,
    and listing them must not import pandas."""
    action = (
        "import timeline\n"
        "names = dir(timeline)\n"
        "assert set(timeline.__all__) <= set(names), sorted(set(timeline.__all__) - set(names))"
    )
    assert _heavy_modules_after(action) == []
