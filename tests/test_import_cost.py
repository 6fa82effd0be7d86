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


#: A whole `timeline` process (the console script's path, argv None), then a look at what
#: pandera imported for it and whether the real optional modules are back afterwards.
WHOLE_PROCESS = """
import atexit, sys
def report():
    import importlib.util
    loaded = [m for m in ("dask", "hypothesis") if m in sys.modules]
    stand_ins = [m for m in ("pandera.typing.dask", "hypothesis") if m in sys.modules
                 and getattr(sys.modules[m], "__file__", None) is None]
    dask_back = importlib.util.find_spec("dask") is not None
    print(f"\\nextras:{{','.join(loaded)}} stand-ins:{{','.join(stand_ins)}} dask:{{dask_back}}")
atexit.register(report)
sys.argv = ["timeline", "validate", {folder!r}]
from timeline.cli import main
main()
"""


def test_a_command_process_imports_neither_dask_nor_hypothesis_for_pandera() -> None:
    """Both are test extras; pandera imports them only when installed (about 0.75 s),
    for features no command uses.  The stand-ins are gone once the models are built."""
    from timeline.releases.paths import bundled_root, releases_in

    folder = str(bundled_root() / releases_in(bundled_root())[-1])
    result = subprocess.run(
        [sys.executable, "-c", WHOLE_PROCESS.format(folder=folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("valid: "), result.stdout
    assert result.stdout.strip().splitlines()[-1] == "extras: stand-ins: dask:True"


def test_a_library_process_keeps_pandera_whole() -> None:
    """`import timeline` in a notebook: the test extras pandera finds stay in its reach."""
    action = (
        "import timeline.model.schema, pandera.typing\n"
        "import pandera.strategies.pandas_strategies as strategies\n"
        "assert strategies.HAS_HYPOTHESIS\n"
        "assert any('dask' in t.__module__ for t in pandera.typing.get_dataframe_types())"
    )
    assert "dask" in _heavy_modules_after(action)
