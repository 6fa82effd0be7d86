"""Start real processes together behind a barrier, for the tests of concurrent writers.

Each runner script gets one JSON argument, a spec holding at least ``ready`` and ``go``
paths: it does its imports, touches ``ready``, waits for ``go`` to exist, then does its
work.  :func:`run_together` starts one process per spec, creates ``go`` once every process
is ready (so none is still importing when the others write) and returns their results.
With a :class:`~preforked.Preforked` server the processes are forked from it, its imports
done once (each process still does its own before it says it is ready).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from preforked import Preforked


def run_together(
    tmp: Path,
    runner: str,
    specs: list[Mapping[str, Any]],
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    server: Preforked | None = None,
) -> list[subprocess.CompletedProcess[str]]:
    """Run ``runner`` once per spec (``ready``/``go`` added), released at once."""
    go = tmp / f"go-{time.monotonic_ns()}"
    readies = [tmp / f"{go.name}-ready-{i}" for i in range(len(specs))]
    fulls = [
        json.dumps({**spec, "ready": str(ready), "go": str(go)})
        for spec, ready in zip(specs, readies, strict=True)
    ]
    if server is not None:
        script = tmp / f"{go.name}-runner.py"
        script.write_text(runner, encoding="utf-8")
        server.start(script, [[full] for full in fulls], cwd or Path.cwd(), dict(env or {}))
        deadline = time.monotonic() + 120
        while not all(r.exists() for r in readies) and time.monotonic() < deadline:
            time.sleep(0.01)
        ready = all(r.exists() for r in readies)
        go.touch()  # even when one never got ready: the others stop waiting and end
        results = server.results(timeout=180)
        assert ready, ["the runners never got ready", *(r.stderr for r in results)]
        return results
    procs = []
    for full in fulls:
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", runner, full],
                cwd=cwd,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, **(env or {})},
            )
        )
    deadline = time.monotonic() + 120
    while not all(r.exists() for r in readies):
        assert time.monotonic() < deadline, "the runners never got ready"
        assert all(p.poll() is None for p in procs), [p.communicate() for p in procs]
        time.sleep(0.01)
    go.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=180)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results
