"""The performance benchmark of issue 6: every target, each against its baseline, in one run.

Usage::

    python benchmarks/run.py            # full sizes (1M rows; 1M/5M/20M streamed): ~20 min
    python benchmarks/run.py --quick    # tiny sizes, a smoke run of every measurement

It generates its data under ``benchmarks/.data/`` (git-ignored), measures each
target and its baseline interleaved in the same run, takes medians of several
runs, and prints the machine and a table of figures and ratios.  Nothing here
asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / ".data"
PYTHON = sys.executable
CONSOLE = str(Path(sys.executable).parent / "timeline")


@dataclass(frozen=True)
class Sizes:
    """How big and how often: full run versus ``--quick``."""

    repeats: int
    validate_rows: int
    stream_rows: tuple[int, ...]
    build_scale: int


FULL = Sizes(
    repeats=7,
    validate_rows=1_000_000,
    stream_rows=(1_000_000, 5_000_000, 20_000_000),
    build_scale=100,
)
QUICK = Sizes(repeats=3, validate_rows=20_000, stream_rows=(20_000, 50_000, 100_000), build_scale=3)
SMOKE = Sizes(repeats=1, validate_rows=2_000, stream_rows=(2_000, 4_000), build_scale=2)


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    target: str
    measured: str
    baseline: str
    ratio: float
    goal: str

    @property
    def met(self) -> str:
        limit = float(self.goal.split("≤")[1].rstrip("×").strip()) if "≤" in self.goal else None
        return "n/a" if limit is None else ("yes" if self.ratio <= limit else "NO")


def _seconds(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def _run(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, **(env or {})})
    return time.perf_counter() - start


def _interleaved(commands: dict[str, list[str]], repeats: int) -> dict[str, float]:
    """Median wall time of each command, run in fresh processes, interleaved."""
    if repeats > 1:
        for command in commands.values():
            _run(command)  # warm the file cache and the bytecode
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, command in commands.items():
            times[name].append(_run(command))
    return {name: statistics.median(values) for name, values in times.items()}


def _median_call(function: Callable[[], object], repeats: int) -> float:
    if repeats > 1:
        function()  # warm up
    values = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        values.append(time.perf_counter() - start)
    return statistics.median(values)


def machine() -> str:
    """One paragraph describing the machine and the library versions."""
    import numpy
    import pandas
    import pandera
    import pyarrow

    cpu = platform.processor() or "unknown CPU"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1024**3
    try:
        import dask

        dask_note = f"dask {dask.__version__} installed"
    except ImportError:
        dask_note = "dask not installed"
    return (
        f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} cores, "
        f"{memory:.0f} GiB RAM; Python {platform.python_version()}, pandas {pandas.__version__}, "
        f"pyarrow {pyarrow.__version__}, pandera {pandera.__version__}, numpy {numpy.__version__}; "
        f"{dask_note}"
    )


def target_loader(sizes: Sizes) -> list[Row]:
    """1. ``import timeline; timeline.load("claims")`` against ``pandas.read_parquet``."""
    import timeline

    path = timeline.load("claims").attrs["timeline"]["file"]
    times = _interleaved(
        {
            "timeline": [PYTHON, "-c", "import timeline; timeline.load('claims')"],
            "pandas": [PYTHON, "-c", f"import pandas; pandas.read_parquet({path!r})"],
        },
        sizes.repeats,
    )
    return [
        Row(
            "1. load('claims'), fresh process",
            _seconds(times["timeline"]),
            f"{_seconds(times['pandas'])} pandas.read_parquet",
            times["timeline"] / times["pandas"],
            "≤ 1.10×",
        )
    ]


def target_cli(sizes: Sizes) -> list[Row]:
    """2. ``timeline --help`` and ``--version`` against ``python -c "import click"``."""
    times = _interleaved(
        {
            "help": [CONSOLE, "--help"],
            "version": [CONSOLE, "--version"],
            "click": [PYTHON, "-c", "import click"],
        },
        sizes.repeats,
    )
    baseline = f"{_seconds(times['click'])} import click"
    return [
        Row(
            f"2. timeline {flag}",
            _seconds(times[name]),
            baseline,
            times[name] / times["click"],
            "≤ 1.5×",
        )
        for name, flag in (("help", "--help"), ("version", "--version"))
    ]


def _claims_file(rows: int, bad: bool = False) -> Path:
    import synth

    path = DATA / f"claims-{rows}{'-bad' if bad else ''}-v{synth.VERSION}.parquet"
    if not path.exists():
        start = time.perf_counter()
        synth.write_claims(path, rows, inject_problems=bad)
        print(f"  generated {path.name} in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    return path


def target_validate(sizes: Sizes) -> list[Row]:
    """3. ``timeline validate`` in process against the same checks hand-written in pandas."""
    import handwritten

    import timeline
    from timeline.validation.run import validate_paths

    rows = sizes.validate_rows
    path = _claims_file(rows)
    reference = {t: timeline.load(t) for t in ("sources", "actors", "events")}
    release = Path(timeline.load("claims").attrs["timeline"]["file"]).parent
    texts = {p.stem: p.read_text(encoding="utf-8") for p in (release / "texts").glob("*.txt")}
    repeats = max(1, sizes.repeats // 2)
    ours = _median_call(lambda: validate_paths([path], stream=False), repeats)
    hand = _median_call(lambda: handwritten.check(path, reference, texts), repeats)
    streamed = _median_call(lambda: validate_paths([path], stream=True), repeats)
    label = f"{rows:,} rows"
    return [
        Row(
            f"3. validate {label} (in memory)",
            f"{_seconds(ours)}, {rows / ours:,.0f} rows/s",
            f"{_seconds(hand)}, {rows / hand:,.0f} rows/s hand-written pandas",
            ours / hand,
            "≤ 1.5×",
        ),
        Row(
            f"3b. validate {label} --stream",
            f"{_seconds(streamed)}, {rows / streamed:,.0f} rows/s",
            f"{_seconds(hand)} hand-written pandas",
            streamed / hand,
            "(info)",
        ),
    ]


def _child_stream(path: str, stream: bool) -> None:
    """Run in a child process: validate one file, print seconds, peak RSS and what was caught."""
    from timeline.validation.run import validate_paths

    start = time.perf_counter()
    report = validate_paths([Path(path)], stream=stream)
    seconds = time.perf_counter() - start
    rules = sorted({f.rule for f in report.failures})
    print(json.dumps({"seconds": seconds, "peak": _peak_rss(), "rules": rules}))


def _peak_rss() -> int:
    """This process's peak resident memory in bytes.

    ``VmHWM`` belongs to the address space, so it starts afresh at exec; the
    ``ru_maxrss`` of a child instead inherits its parent's high-water mark.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _measure_child(path: Path, stream: bool) -> dict[str, object]:
    flag = "--child-stream" if stream else "--child-memory"
    out = subprocess.run(
        [PYTHON, __file__, flag, str(path)], check=True, capture_output=True, text=True
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def target_stream(sizes: Sizes) -> list[Row]:
    """4. Peak RSS of streamed validation as the file grows; problems across row groups caught."""
    results = []
    for rows in sizes.stream_rows:
        path = _claims_file(rows, bad=True)
        results.append((rows, path, _measure_child(path, stream=True)))
    first_rows, first_path, first = results[0]
    in_memory = _measure_child(first_path, stream=False)
    out = []
    for rows, _, result in results:
        caught = {"unique_key", "foreign_key"} <= set(result["rules"])  # type: ignore[arg-type]
        peak = float(result["peak"])  # type: ignore[arg-type]
        out.append(
            Row(
                f"4. stream {rows:,} rows: peak RSS",
                f"{peak / 1024**2:,.0f} MiB, {float(result['seconds']):.0f} s"  # type: ignore[arg-type]
                f"{', dupes+dangling caught' if caught else ', MISSED cross-group problems'}",
                f"{float(first['peak']) / 1024**2:,.0f} MiB at {first_rows:,} rows",  # type: ignore[arg-type]
                peak / float(first["peak"]),  # type: ignore[arg-type]
                "≤ 1.25×",
            )
        )
    memory_peak = float(in_memory["peak"])  # type: ignore[arg-type]
    out.append(
        Row(
            f"4b. in-memory {first_rows:,} rows: peak RSS",
            f"{memory_peak / 1024**2:,.0f} MiB",
            f"{float(first['peak']) / 1024**2:,.0f} MiB streamed",  # type: ignore[arg-type]
            memory_peak / float(first["peak"]),  # type: ignore[arg-type]
            "(info)",
        )
    )
    return out


#: Run the CLI with Dask made unimportable: what a runtime install (no extras) sees.
WITHOUT_DASK = "import sys; sys.modules['dask'] = None; from timeline.cli import main; main()"


def target_dask(sizes: Sizes) -> list[Row]:
    """Does having Dask installed slow ``timeline validate``?  pandera imports it on first use."""
    datasets = str(HERE.parent / "datasets")
    times = _interleaved(
        {
            "with": [CONSOLE, "validate", datasets],
            "without": [PYTHON, "-c", WITHOUT_DASK, "validate", datasets],
        },
        sizes.repeats,
    )
    return [
        Row(
            "validate datasets, dask installed",
            _seconds(times["with"]),
            f"{_seconds(times['without'])} without dask",
            times["with"] / times["without"],
            "(info)",
        )
    ]


def target_build(sizes: Sizes) -> list[Row]:
    """5. Full rebuild of the curated data, and of a copy with ``build_scale``× the rows."""
    import scaled

    from timeline.publish.build import build

    repo = HERE.parent
    scaled_dir = scaled.write(
        repo / "datasets", DATA / f"datasets-x{sizes.build_scale}", sizes.build_scale
    )

    def rebuild(datasets: Path) -> Callable[[], object]:
        def run() -> object:
            target = Path(tempfile.mkdtemp(prefix="bench-releases-", dir=DATA))
            try:
                return build(datasets, target)
            finally:
                shutil.rmtree(target, ignore_errors=True)

        return run

    base = _median_call(rebuild(repo / "datasets"), sizes.repeats)
    big = _median_call(rebuild(scaled_dir), max(1, sizes.repeats // 2))

    def cli_build() -> float:
        target = Path(tempfile.mkdtemp(prefix="bench-cli-", dir=DATA))
        try:
            return _run(
                [CONSOLE, "build", "--datasets", str(repo / "datasets"), "--releases", str(target)]
            )
        finally:
            shutil.rmtree(target, ignore_errors=True)

    cli = statistics.median(cli_build() for _ in range(min(3, sizes.repeats)))
    return [
        Row(
            "5. build curated data (in process)", _seconds(base), "1 s budget", base / 1.0, "≤ 1.0×"
        ),
        Row("5b. timeline build (fresh process)", _seconds(cli), "1 s budget", cli / 1.0, "(info)"),
        Row(
            f"5c. build {sizes.build_scale}× rows",
            _seconds(big),
            f"{_seconds(base)} at 1×",
            big / base,
            f"(growth; rows ×{sizes.build_scale})",
        ),
    ]


def print_table(rows: list[Row]) -> None:
    header = ("target", "measured", "baseline", "ratio", "goal", "met")
    cells = [header] + [
        (r.target, r.measured, r.baseline, f"{r.ratio:.2f}×", r.goal, r.met) for r in rows
    ]
    widths = [max(len(c[i]) for c in cells) for i in range(len(header))]
    for number, line in enumerate(cells):
        print("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if number == 0:
            print("|" + "|".join("-" * (w + 2) for w in widths) + "|")


TARGETS = {
    "loader": target_loader,
    "cli": target_cli,
    "validate": target_validate,
    "stream": target_stream,
    "build": target_build,
    "dask": target_dask,
}


def main(argv: list[str] | None = None) -> int:
    global DATA  # one run, one data folder
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="small sizes, a few minutes at most")
    parser.add_argument("--smoke", action="store_true", help="tiny sizes, one run each (for tests)")
    parser.add_argument(
        "--only", choices=list(TARGETS), action="append", help="run only these targets"
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=DATA,
        help=f"where generated data goes (default {DATA.relative_to(HERE.parent)})",
    )
    parser.add_argument("--child-stream", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--child-memory", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_stream or args.child_memory:
        _child_stream(args.child_stream or args.child_memory, stream=bool(args.child_stream))
        return 0
    sizes = SMOKE if args.smoke else QUICK if args.quick else FULL
    DATA = args.data_dir
    DATA.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    print(
        f"mode: {'quick' if args.quick else 'full'} (medians of {sizes.repeats} runs unless noted)"
    )
    rows: list[Row] = []
    for name in args.only or list(TARGETS):
        start = time.perf_counter()
        rows += TARGETS[name](sizes)
        print(f"  {name} measured in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    raise SystemExit(main())
