"""Real processes for a runner script, forked from a server that has done the imports once.

A test that stops a `timeline` command at many points starts a process per point, and
each fresh interpreter spends about a second importing pandas, pyarrow and pandera before
the command does anything.  :class:`Preforked` starts one server process (a real
interpreter, from the test's environment) that imports the given modules and then, for
each :meth:`Preforked.run`, forks a child: a separate process with its own pid, its own
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


def child(job):
    os.chdir(job["cwd"])
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(os.open(job["stdout"], os.O_WRONLY | os.O_TRUNC), 1)
    os.dup2(os.open(job["stderr"], os.O_WRONLY | os.O_TRUNC), 2)
    sys.argv = [job["script"], *job["args"]]
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
    pid = os.fork()
    if pid == 0:
        child(job)
    _, wait_status = os.waitpid(pid, 0)
    replies.write(json.dumps(os.waitstatus_to_exitcode(wait_status)) + "\n")
    replies.flush()
"""


class Preforked:
    """A fork server: ``with Preforked(["import x"]) as server: server.run(script, args, cwd)``."""

    def __init__(self, setup: list[str]) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-c", SERVER, json.dumps({"setup": setup})],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None,  # the server's own errors (a failed import) reach the test's output
            text=True,
        )
        self._folder = tempfile.TemporaryDirectory(prefix="timeline-preforked-")

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
        assert self._proc.stdin is not None and self._proc.stdout is not None
        out = Path(self._folder.name) / "stdout"
        err = Path(self._folder.name) / "stderr"
        out.write_bytes(b"")
        err.write_bytes(b"")
        job = {"script": str(script), "args": args, "cwd": str(cwd)}
        job.update(stdout=str(out), stderr=str(err))
        self._proc.stdin.write(json.dumps(job) + "\n")
        self._proc.stdin.flush()
        deadline = time.monotonic() + timeout
        while not select.select([self._proc.stdout], [], [], 0.5)[0]:
            if self._proc.poll() is not None:
                raise RuntimeError(f"the fork server ended with {self._proc.returncode}")
            if time.monotonic() > deadline:
                self._proc.kill()
                raise subprocess.TimeoutExpired([str(script), *args], timeout)
        returncode = json.loads(self._proc.stdout.readline())
        return subprocess.CompletedProcess(
            [str(script), *args],
            returncode,
            out.read_text(encoding="utf-8", errors="replace"),
            err.read_text(encoding="utf-8", errors="replace"),
        )
