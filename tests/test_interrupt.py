"""Ctrl-C ends any command with exit code 130 and one line, as shells expect."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from conftest import REPO


def test_sigint_during_a_command_exits_130_with_one_line(tmp_path) -> None:
    # `timeline show` with its loader made slow, so the signal lands mid-command.
    script = (
        "import time\n"
        "from timeline.cli import main\n"
        "def slow(*a, **k):\n"
        "    print('ready', flush=True)\n"
        "    time.sleep(30)\n"
        "import timeline.loader\n"
        "timeline.loader.load_timeline = slow\n"
        "main(['show'])\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(0.2)
    os.kill(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert err.strip().splitlines() == ["interrupted"]


def test_main_called_from_python_leaves_signal_handlers_alone(capsys) -> None:
    import pytest

    from timeline.cli import main

    before = signal.getsignal(signal.SIGPIPE)
    with pytest.raises(SystemExit) as done:
        main(["tables"])
    assert done.value.code == 0
    assert signal.getsignal(signal.SIGPIPE) == before
    assert "claims" in capsys.readouterr().out
