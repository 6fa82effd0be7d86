"""The performance benchmark: every target, each against its baseline, in one run.

Usage::

    python benchmarks/run.py            # full sizes (1M rows in memory; 1M vs 20M streamed)
    python benchmarks/run.py --quick    # smaller sizes (200k vs 2M streamed), a few minutes
    python benchmarks/run.py --smoke    # tiny sizes, one run each (the tests' run)

It generates its data under ``benchmarks/.data/`` (git-ignored), measures each
target and its baseline interleaved in the same run, takes medians of several
runs, and prints the machine and a table of figures and ratios: first the four
figures of issue 9 (a to d), then the earlier targets of issue 6 (1 to 5).
Nothing here asserts a timing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
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
FRICTIONLESS = str(Path(sys.executable).parent / "frictionless")


@dataclass(frozen=True)
class Sizes:
    """How big and how often: full run versus ``--quick`` and ``--smoke``."""

    repeats: int
    validate_rows: int
    csv_rows: int
    stream_rows: tuple[int, int]
    build_scale: int


FULL = Sizes(
    repeats=7,
    validate_rows=1_000_000,
    csv_rows=100_000,
    stream_rows=(1_000_000, 20_000_000),
    build_scale=100,
)
QUICK = Sizes(
    repeats=3,
    validate_rows=200_000,
    csv_rows=20_000,
    stream_rows=(200_000, 2_000_000),
    build_scale=3,
)
SMOKE = Sizes(
    repeats=1, validate_rows=2_000, csv_rows=2_000, stream_rows=(2_000, 4_000), build_scale=2
)


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
        found = re.search(r"≤\s*([0-9.]+)×", self.goal)
        if found is None:
            return "n/a"
        return "yes" if self.ratio <= float(found.group(1)) else "NO"


def _seconds(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def _run(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        command, check=False, capture_output=True, text=True, env={**os.environ, **(env or {})}
    )
    if done.returncode != 0:  # say which command failed and what it printed
        msg = f"{' '.join(command)} ended with {done.returncode}:\n{done.stdout}{done.stderr}"
        raise SystemExit(msg)
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


def compile_package() -> str:
    """Compile ``timeline``'s bytecode, as any ``pip install`` leaves it; say how.

    This environment may set ``PYTHONDONTWRITEBYTECODE=1``, which makes an editable
    install recompile the package's modules in every fresh process: compile time,
    not work the package does.  Fresh processes still read the ``.pyc`` files.
    """
    import compileall

    import timeline

    compileall.compile_dir(str(Path(timeline.__file__).parent), quiet=1)
    flag = os.environ.get("PYTHONDONTWRITEBYTECODE")
    return f"bytecode: compiled with compileall first (PYTHONDONTWRITEBYTECODE={flag or 'unset'})"


def target_curator(sizes: Sizes) -> list[Row]:
    """a. The curator's loop: ``timeline validate datasets`` against importing pandera."""
    datasets = str(HERE.parent / "datasets")
    times = _interleaved(
        {
            "validate": [CONSOLE, "validate", datasets],
            "pandera": [PYTHON, "-c", "import pandera.pandas"],
        },
        sizes.repeats,
    )
    return [
        Row(
            "a. timeline validate datasets, fresh process",
            _seconds(times["validate"]),
            f"{_seconds(times['pandera'])} python -c 'import pandera.pandas'",
            times["validate"] / times["pandera"],
            "≤ 1.5×",
        )
    ]


def _claims_csv(rows: int) -> Path:
    """A folder with ``claims.csv`` (``rows`` synthetic claims) and a Data Package for it.

    The package holds the four tables, each with its published Table Schema
    (``schemas/<table>.schema.json``: types, required, unique, patterns, enums,
    minimums, primary and foreign keys); sources, actors and events are the bundled
    release's, which is what ``timeline validate claims.csv`` checks against.
    """
    import pyarrow.parquet as pq

    import timeline
    from timeline.io.readers import table_to_pandas

    folder = DATA / f"csv-{rows}"
    package = folder / "datapackage.json"
    if package.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    frame = table_to_pandas(pq.read_table(_claims_file(rows)))
    frame.to_csv(folder / "claims.csv", index=False)
    resources = []
    for table in ("sources", "actors", "events", "claims"):
        if table != "claims":
            timeline.load(table).to_csv(folder / f"{table}.csv", index=False)
        schema_file = HERE.parent / "schemas" / f"{table}.schema.json"
        resources.append(
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "schema": json.loads(schema_file.read_text(encoding="utf-8")),
            }
        )
    package.write_text(json.dumps({"name": "benchmark", "resources": resources}, indent=1))
    return folder


def target_csv(sizes: Sizes) -> list[Row]:
    """b. ``timeline validate claims.csv`` against ``frictionless validate`` of the same data."""
    rows = sizes.csv_rows
    folder = _claims_csv(rows)
    times = _interleaved(
        {
            "timeline": [CONSOLE, "validate", str(folder / "claims.csv")],
            "frictionless": [FRICTIONLESS, "validate", str(folder / "datapackage.json")],
        },
        max(1, sizes.repeats // 2),
    )
    faster = times["frictionless"] / times["timeline"]
    return [
        Row(
            f"b. validate {rows:,}-row claims CSV, fresh process",
            f"{_seconds(times['timeline'])}, {faster:.1f}× faster",
            f"{_seconds(times['frictionless'])} frictionless validate (Data Package)",
            times["timeline"] / times["frictionless"],
            "≤ 0.20× (5× faster)",
        )
    ]


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
            f"c. validate {label} (in memory)",
            f"{_seconds(ours)}, {rows / ours:,.0f} rows/s",
            f"{_seconds(hand)}, {rows / hand:,.0f} rows/s hand-written pandas",
            ours / hand,
            "≤ 1.3×",
        ),
        Row(
            f"c2. validate {label} --stream",
            f"{_seconds(streamed)}, {rows / streamed:,.0f} rows/s",
            f"{_seconds(hand)} hand-written pandas",
            streamed / hand,
            "(info)",
        ),
    ]


def _child_stream(path: str, stream: bool) -> None:
    """Run in a child process: validate one file, print seconds, peak RSS and what was caught.

    The child is set up as a ``timeline`` process is (no Dask or hypothesis for pandera)."""
    from timeline.model.pandera_setup import spare_test_extras

    spare_test_extras()
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
    """d. Peak RSS of streamed validation at a large size against a small one, one child each."""
    results = []
    for rows in sizes.stream_rows:
        path = _claims_file(rows, bad=True)
        results.append((rows, path, _measure_child(path, stream=True)))
    first_rows, first_path, first = results[0]
    in_memory = _measure_child(first_path, stream=False)
    first_peak = float(first["peak"])  # type: ignore[arg-type]
    out = []
    for number, (rows, _, result) in enumerate(results):
        caught = {"unique_key", "foreign_key"} <= set(result["rules"])  # type: ignore[arg-type]
        peak = float(result["peak"])  # type: ignore[arg-type]
        out.append(
            Row(
                f"d. stream {rows:,} rows: peak RSS",
                f"{peak / 1024**2:,.0f} MiB, {float(result['seconds']):.0f} s"  # type: ignore[arg-type]
                f"{', dupes+dangling caught' if caught else ', MISSED cross-group problems'}",
                f"{first_peak / 1024**2:,.0f} MiB at {first_rows:,} rows",
                peak / first_peak,
                "≤ 1.2×" if number else "(baseline)",
            )
        )
    memory_peak = float(in_memory["peak"])  # type: ignore[arg-type]
    out.append(
        Row(
            f"d2. in-memory {first_rows:,} rows: peak RSS",
            f"{memory_peak / 1024**2:,.0f} MiB",
            f"{first_peak / 1024**2:,.0f} MiB streamed",
            memory_peak / first_peak,
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
    "curator": target_curator,
    "csv": target_csv,
    "validate": target_validate,
    "stream": target_stream,
    "loader": target_loader,
    "cli": target_cli,
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
        # End without the C++ runtime's teardown of pyarrow's thread pools, which can abort
        # a process at exit under load (apache/arrow#34314), as the timeline CLI does.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)
    sizes = SMOKE if args.smoke else QUICK if args.quick else FULL
    DATA = args.data_dir
    DATA.mkdir(parents=True, exist_ok=True)
    print(f"machine: {machine()}")
    mode = "smoke" if args.smoke else "quick" if args.quick else "full"
    print(f"mode: {mode} (medians of {sizes.repeats} runs unless noted); {compile_package()}")
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
