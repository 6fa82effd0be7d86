"""Shared fixtures: the repository's curated data, copies to mutate, and two ways to run the CLI.

:func:`run_cli` runs a command in this process through :func:`timeline.cli.main`,
the console script's own entry point, and returns what a subprocess would
(exit code, stdout, stderr), without paying for a fresh interpreter and fresh
imports of pandas, pyarrow and pandera per case.  :func:`run_console_script`
starts the installed console script in a real subprocess; it is kept for what
only a real process shows: exit statuses end to end, SIGPIPE, import cost, an
environment without an optional dependency.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import signal
import subprocess
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
DATASETS = REPO / "datasets"
#: ``TIMELINE_SOAK=1`` runs the slow tests at full size (every kill point, 2,000 fuzz
#: examples per target, 300 exit-abort runs, a 60,000-row file, every benchmark target); by default they are sized to keep the whole
#: suite within two minutes on two cores.
SOAK = os.environ.get("TIMELINE_SOAK") == "1"

# pytest rewrites each test module's asserts when it imports it and keeps the result as
# bytecode next to it, as Python does for every module; with PYTHONDONTWRITEBYTECODE set (some
# machines set it for every process) nothing is kept, and each worker of every run rewrites
# and compiles the tests and the package again: about 2.5 s of the suite's start.  The
# caches are __pycache__ folders, which git ignores; processes the tests start keep the
# setting they inherit.
sys.dont_write_bytecode = False

# A shell starts background jobs with SIGINT ignored, and an ignored signal stays ignored
# across exec: the Ctrl-C tests' child commands would never see their SIGINT.  A handler
# (unlike SIG_IGN) is reset to the default on exec, so children start as from a terminal.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

#: The first published release.  Released bytes never change, so tests may check what it
#: holds; nothing assumes it is the newest release or the version datasets/ is at (the
#: dataset grows: see :func:`newest_bundled` and :func:`curated_rows`).
FIRST_RELEASE = "1.0.0"

# Warning categories a fresh interpreter does not print (its default filters, for code
# outside __main__); pytest records these anyway, and its error filters still apply.
_HIDDEN_BY_DEFAULT = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)


def pytest_configure(config: pytest.Config) -> None:
    """A private, empty download cache for the whole run, unless one is set on purpose.

    ``timeline.load()`` without a version reads the newest release available locally,
    cached ones included: the user's own cache must never decide what a test loads.
    Subprocesses inherit the setting; tests that need a cache set their own.
    """
    if not os.environ.get("TIMELINE_CACHE_DIR"):
        import tempfile

        folder = tempfile.mkdtemp(prefix="timeline-test-cache-")
        os.environ["TIMELINE_CACHE_DIR"] = folder
        config.add_cleanup(lambda: shutil.rmtree(folder, ignore_errors=True))


def console_script() -> str:
    """The installed `timeline` console script of the interpreter running the tests."""
    script = Path(sys.executable).parent / "timeline"
    if not script.exists():
        raise RuntimeError(f"console script not installed next to {sys.executable}")
    return str(script)


def run_console_script(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    input_text: str | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run the real `timeline` console script in a subprocess (slow: a fresh interpreter)."""
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


@contextlib.contextmanager
def _sigpipe_restored() -> Iterator[None]:
    """`main` sets SIGPIPE to SIG_DFL for the process; put the test runner's handler back.

    Left at SIG_DFL, a later write to a closed socket or pipe (the loopback mirror,
    a worker) would kill the whole test session instead of raising BrokenPipeError.
    """
    if not hasattr(signal, "SIGPIPE"):
        yield
        return
    previous = signal.getsignal(signal.SIGPIPE)
    try:
        yield
    finally:
        signal.signal(signal.SIGPIPE, previous)


@contextlib.contextmanager
def _warnings_printed_on(stream: IO[str]) -> Iterator[None]:
    """Print warnings on the command's stderr as a fresh interpreter would.

    pytest's own handling stays underneath: it still records every warning, and
    its ``error::`` filters still turn one into an exception (a loud test failure).
    """
    previous = warnings.showwarning

    def show(
        message: Warning | str,
        category: type[Warning],
        filename: str,
        lineno: int,
        file: IO[str] | None = None,
        line: str | None = None,
    ) -> None:
        if not issubclass(category, _HIDDEN_BY_DEFAULT):
            stream.write(warnings.formatwarning(message, category, filename, lineno, line))
        previous(message, category, filename, lineno, file, line)

    warnings.showwarning = show
    try:
        yield
    finally:
        warnings.showwarning = previous


@contextlib.contextmanager
def _logging_to(stream: IO[str]) -> Iterator[None]:
    """Log records at WARNING and above reach the command's stderr, as in a fresh process.

    A fresh process has no handlers, so Python's last-resort handler prints them on
    stderr; under pytest the root logger has pytest's capture handlers instead.
    pooch's logger is not in the hierarchy and holds the stderr it found at import:
    point it at the command's stderr while the command runs.
    """
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.addHandler(handler)
    pooch_handlers: list[logging.StreamHandler[Any]] = []
    if "pooch" in sys.modules:
        pooch_logger = sys.modules["pooch"].get_logger()
        pooch_handlers = [h for h in pooch_logger.handlers if type(h) is logging.StreamHandler]
    previous = [h.setStream(stream) for h in pooch_handlers]
    try:
        yield
    finally:
        root.removeHandler(handler)
        for pooch_handler, old in zip(pooch_handlers, previous, strict=True):
            pooch_handler.setStream(old)
        if "pooch" in sys.modules:  # imported during this command: do not keep our stream
            for h in sys.modules["pooch"].get_logger().handlers:
                if type(h) is logging.StreamHandler and h.stream is stream:
                    h.setStream(sys.stderr)


def _exit_status(exc: SystemExit, stderr: IO[str]) -> int:
    """The process exit status `sys.exit(code)` gives, as the interpreter computes it."""
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    stderr.write(f"{exc.code}\n")
    return 1


def run_cli(
    *args: str,
    cwd: Path | None = None,
    env: dict[str, str | None] | None = None,
    input_text: str | None = None,
    timeout: float | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run `timeline ARGS...` in this process, returning what the console script would.

    ``env`` entries are set for the call only (``None`` unsets one); ``TIMELINE_*``
    settings are read afresh from the environment on every call, so nothing needs
    resetting.  ``cwd`` is entered and left; ``input_text`` is stdin.  ``timeout`` is
    accepted for the signature of :func:`run_console_script` and ignored.  An exception
    that `main` does not turn into an exit code propagates: the test fails with its
    traceback, where a subprocess would only have shown exit code 1.
    """
    from timeline.cli import main

    del timeout
    runner = CliRunner()
    code = 0
    with contextlib.ExitStack() as stack:  # the streams are read before isolation ends
        stdout, stderr, _ = stack.enter_context(runner.isolation(input=input_text, env=env))
        if cwd is not None:
            stack.enter_context(contextlib.chdir(cwd))
        stack.enter_context(_sigpipe_restored())
        stack.enter_context(_warnings_printed_on(sys.stderr))
        stack.enter_context(_logging_to(sys.stderr))
        try:
            main(list(args))
        except SystemExit as exc:
            code = _exit_status(exc, sys.stderr)
        except Exception as exc:  # not mapped to an exit code by main: a bug, shown in full
            exc.add_note(f"uncaught in-process by `timeline {' '.join(args)}`")
            exc.add_note(f"its stderr so far:\n{stderr.getvalue().decode(errors='replace')}")
            raise
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
        out = stdout.getvalue().decode("utf-8", errors="replace")
        err = stderr.getvalue().decode("utf-8", errors="replace")
    return subprocess.CompletedProcess(["timeline", *args], code, out, err)


def newest_bundled() -> str:
    """The newest release bundled with the package: what `timeline.load()` reads by default."""
    from timeline.releases.resolve import bundled_versions

    return bundled_versions()[-1]


def curated_rows(datasets: Path = DATASETS) -> dict[str, int]:
    """Rows per table (in the order of ``timeline.tables()``) of the curated YAML in ``datasets``."""
    import yaml

    from timeline import tables

    folder = datasets / "curated"
    return {
        t: len(yaml.safe_load((folder / f"{t}.yaml").read_text(encoding="utf-8"))) for t in tables()
    }


@pytest.fixture
def curated(tmp_path: Path) -> Path:
    """A private copy of datasets/ that a test may edit."""
    target = tmp_path / "datasets"
    shutil.copytree(DATASETS, target)
    return target


@pytest.fixture(scope="session")
def second_release(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """Test releases built once after copies of the bundled ones (release_mirror.py).

    Returns the releases folder and what the edits changed.  Shared: copy it before
    changing anything in it.
    """
    from release_mirror import build_second_release

    return build_second_release(tmp_path_factory.mktemp("second"))


@pytest.fixture
def cli():
    """:func:`run_cli`: a command run in this process."""
    return run_cli


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the modules with slow tests first: with work stealing, a long test that starts
    last would leave one worker busy while the other sits idle.  Each module's tests stay
    together, in file order, so that one worker runs them and builds the module's fixtures
    (a fork server, a cluster, a kernel, prepared folders) once, not each worker its own."""
    slow = {item.nodeid.split("::")[0] for item in items if item.get_closest_marker("slow")}
    items.sort(key=lambda item: item.nodeid.split("::")[0] not in slow)
