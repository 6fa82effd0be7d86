"""Real processes for a runner script, forked from a server that has done the imports once.

A test that stops a `timeline` command at many points starts a process per point, and
each fresh interpreter spends about a second importing pandas, pyarrow and pandera before
the command does anything.  :class:`Preforked` starts one server process (a real
interpreter, from the test's environment) that imports the given modules and then, for
each :meth:`Preforked.run`, forks a child (or, with :meth:`Preforked.start`, several that
run at once): a separate process with its own pid, its own
files and its own signals, started in ``cwd`` with stdout and stderr of its own, that runs
the script as ``__main__`` with ``sys.argv[1:] == args`` and ends as that script's process
would (its exit code; killed by a signal, that signal, as ``subprocess`` reports it: a
negative return code).  Only the imports are shared, read-only, as with
``multiprocessing``'s fork server.

POSIX only (``os.fork``); the server is single-threaded when it forks.
"""

from __future__ import annotations

import json
import select
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Any

SERVER = r"""
import atexit, json, os, sys, traceback
spec = json.loads(sys.argv[1])
for statement in spec["setup"]:
    exec(statement, {"__name__": "__preforked_setup__"})
replies = os.fdopen(os.dup(1), "w")
os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # nothing but the replies on the reply pipe
sys.stdout.flush()
sys.stderr.flush()


def status(exc):
    # The exit status the interpreter gives for `raise SystemExit(code)`.
    if exc.code is None:
        return 0
    if isinstance(exc.code, int):
        return exc.code
    print(exc.code, file=sys.stderr)
    return 1


def child(job, one):
    os.chdir(job["cwd"])
    os.environ.update(job["env"])
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(os.open(one["stdout"], os.O_WRONLY | os.O_TRUNC), 1)
    os.dup2(os.open(one["stderr"], os.O_WRONLY | os.O_TRUNC), 2)
    sys.argv = [job["script"], *one["args"]]
    code = 0
    try:
        source = open(job["script"], encoding="utf-8").read()
        exec(compile(source, job["script"], "exec"), {"__name__": "__main__"})
    except SystemExit as exc:
        code = status(exc)
    except BaseException:
        traceback.print_exc()
        code = 1
    try:
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
    finally:
        os._exit(code)


for line in sys.stdin:
    job = json.loads(line)
    pids = []
    for one in job["children"]:  # all started before any is waited for: they run at once
        pid = os.fork()
        if pid == 0:
            child(job, one)
        pids.append(pid)
    codes = [os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) for pid in pids]
    replies.write(json.dumps(codes) + "\n")
    replies.flush()
"""


class Preforked:
    """A fork server: ``with Preforked(["import x"]) as server: server.run(script, args, cwd)``."""

    def __init__(self, setup: list[str]) -> None:
        """Start the server: it runs each statement of ``setup`` (its imports)."""
        self._proc = subprocess.Popen(
            [sys.executable, "-c", SERVER, json.dumps({"setup": setup})],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,  # the server's own errors (a failed import) reach the test's output
            text=True,
        )
        self._folder = tempfile.TemporaryDirectory(prefix="timeline-preforked-")
        self._started: dict[str, Any] = {}

    def __enter__(self) -> Preforked:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        try:
            self._proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        if self._proc.stdout is not None:
            self._proc.stdout.close()
        self._folder.cleanup()

    def run(
        self, script: Path, args: list[str], cwd: Path, timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """Run ``script`` in a forked child, like ``subprocess.run([python, script, *args])``."""
        self.start(script, [args], cwd)
        (result,) = self.results(timeout)
        return result

    def start(
        self, script: Path, argss: list[list[str]], cwd: Path, env: dict[str, str] | None = None
    ) -> None:
        """Fork one child per ``args`` in ``argss``, all at once (``env``: set in each);
        :meth:`results` waits for them."""
        assert self._proc.stdin is not None
        children = []
        for n, args in enumerate(argss):
            out = Path(self._folder.name) / f"stdout-{n}"
            err = Path(self._folder.name) / f"stderr-{n}"
            out.write_bytes(b"")
            err.write_bytes(b"")
            children.append({"args": args, "stdout": str(out), "stderr": str(err)})
        job = {"script": str(script), "cwd": str(cwd), "env": env or {}, "children": children}
        self._started = job
        self._proc.stdin.write(json.dumps(job) + "\n")
        self._proc.stdin.flush()

    def results(self, timeout: float = 120) -> list[subprocess.CompletedProcess[str]]:
        """Wait for the children of the last :meth:`start`: what each printed, how it ended."""
        assert self._proc.stdout is not None
        job = self._started
        deadline = time.monotonic() + timeout
        while not select.select([self._proc.stdout], [], [], 0.5)[0]:
            if self._proc.poll() is not None:
                raise RuntimeError(f"the fork server ended with {self._proc.returncode}")
            if time.monotonic() > deadline:
                self._proc.kill()
                raise subprocess.TimeoutExpired(job["script"], timeout)
        codes = json.loads(self._proc.stdout.readline())
        return [
            subprocess.CompletedProcess(
                [job["script"], *child["args"]],
                code,
                Path(child["stdout"]).read_text(encoding="utf-8", errors="replace"),
                Path(child["stderr"]).read_text(encoding="utf-8", errors="replace"),
            )
            for child, code in zip(job["children"], codes, strict=True)
        ]
