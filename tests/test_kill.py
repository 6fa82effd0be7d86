"""A killed or interrupted writer leaves the old state or the new one, never a mix (issue 12).

Each case runs a real `timeline` process through a small runner script (forked from a server
that has done the imports once, :mod:`preforked`: a process of its own, stopped by a real
signal, without a second of imports per point) that counts the calls that change files (``os.replace``, ``os.rename``, ``os.unlink``, ``os.fdopen``,
``os.chmod``, ``Path.write_bytes``) and, at the N-th one, sends itself SIGKILL or SIGINT
just before the call.  A clean run first gives the "after" snapshot and the number of
points; then, for each point, the folder is reset to the "before" snapshot, the process
is stopped there, and:

- SIGKILL: the visible files (temp files and commit journals aside) are the old state or
  the new one.  Two hand-overs are named, both completed by the next run: a curation
  edit killed after its commit journal was written (rolled forward by the next run,
  :func:`timeline.io.atomic.recover`), and a build killed after the release folder was
  renamed into place but before ``index.json``/``CHANGELOG.md`` recorded it.
- SIGINT: exit 130, one line ``interrupted``, the old state or the new one, no temp files.

Then the command runs again: it works, the folder holds the new state, and nothing hidden
is left behind.  The quick suite stops each command once, at its middle point (SIGKILL or
SIGINT); the slow tests stop each at its last point with both, and at every point with
``TIMELINE_SOAK=1``.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from fixture_dataset import write_dataset
from preforked import Preforked
from timeline.curation.archive import add_source
from timeline.curation.review import review_path, review_text
from timeline.io.atomic import JOURNAL_PREFIX, TEMP_RE, recover
from timeline.io.layout import LOCK_NAME
from timeline.publish.build import build

from conftest import REPO, SOAK

RUNNER = """\
import json, os, pathlib, signal, sys
spec = json.loads(sys.argv[1])
count = 0
def hook(real):
    def wrapper(*args, **kwargs):
        global count
        count += 1
        if count == spec["at"]:
            os.kill(os.getpid(), signal.SIGKILL if spec["mode"] == "kill" else signal.SIGINT)
        return real(*args, **kwargs)
    return wrapper
for name in ("replace", "rename", "unlink", "fdopen", "chmod"):
    setattr(os, name, hook(getattr(os, name)))
pathlib.Path.write_bytes = hook(pathlib.Path.write_bytes)
if spec["mode"] == "count":
    import atexit
    atexit.register(lambda: print(f"POINTS {count}", file=sys.stderr))
from timeline.model.pandera_setup import spare_test_extras
spare_test_extras()  # as the console script does for a whole process
from timeline.cli import main
main(spec["argv"])
"""

REPORT = (
    "TEST FIXTURE – a fictional report for the kill tests.\n\n"
    "WESTPORT – Harbour officials said on Thursday that about 60 crates were moved to the "
    "depot. The Westport Naval Command said at least 12 trucks left the depot.\n"
)
PUBLISHED = "2024-11-14"


def candidate(cid: str, quote: str, **values: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "candidate_id": cid, "quote": quote, "quote_start": None, "quote_end": None,
        "attribution": "paraphrase", "certainty": "asserted", "stated_on": None,
        "stated_end": PUBLISHED, "stated_precision": "range", "event_type": "munitions_shipment",
        "date_start": None, "date_end": PUBLISHED, "date_precision": "range",
        "claimant": "Harbour officials", "claimant_id": "port-officials", "flags": [],
        "rule": "test",
    }  # fmt: skip
    row.update(values)
    return row


def snapshot(root: Path) -> dict[str, bytes]:
    """Every visible file under ``root`` (temp files, commit journals and the lock left out)."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file()
        and p.name != LOCK_NAME
        and not any(_hidden(part) for part in p.relative_to(root).parts)
    }


def _hidden(name: str) -> bool:
    return bool(TEMP_RE.match(name)) or name.startswith(JOURNAL_PREFIX)


def leftovers(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if _hidden(p.name))


def restore(root: Path, files: dict[str, bytes]) -> None:
    shutil.rmtree(root)
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@dataclass
class Case:
    """A command, the folder it changes, and what a rerun after the new state may say."""

    root: Path  # the folder compared
    argv: list[str]
    cwd: Path
    rerun_refusal: str | None = None  # the rerun's message when the change is already made
    handover: Callable[[dict[str, bytes], dict[str, bytes], dict[str, bytes]], bool] | None = None


#: What every command imports, done once in the fork server (as the console script does
#: first: spare pandera the test extras); a command's own lazy imports still run in its process.
IMPORTS = [
    "from timeline.model.pandera_setup import spare_test_extras; spare_test_extras()",
    "import timeline.cli, timeline.publish.build, timeline.outputs.export",
    "import timeline.curation.archive, timeline.curation.accept, timeline.validation.engine",
]


def run(
    server: Preforked, tmp: Path, case: Case, mode: str, at: int
) -> subprocess.CompletedProcess[str]:
    """The runner script in a process of its own (forked from ``server``), in ``case.cwd``."""
    script = tmp / "runner.py"
    if not script.exists():
        script.write_text(RUNNER, encoding="utf-8")
    spec = json.dumps({"mode": mode, "at": at, "argv": case.argv})
    return server.run(script, [spec], case.cwd, timeout=120)


def _build_handover(before: dict[str, bytes], after: dict[str, bytes], seen: dict[str, bytes]):
    """The release folder is in place; index.json and CHANGELOG.md each old or new."""
    derived = {"index.json", "CHANGELOG.md"}
    release = {k: v for k, v in seen.items() if k not in derived}
    if release != {k: v for k, v in after.items() if k not in derived}:
        return False
    return all(seen.get(name) in (before.get(name), after.get(name)) for name in derived)


def make_case(kind: str, tmp: Path) -> Case:
    datasets = write_dataset(tmp / "datasets")
    if kind == "build":
        releases = tmp / "releases"
        releases.mkdir()
        argv = ["build", "--datasets", str(datasets), "--releases", str(releases)]
        return Case(releases, argv, tmp, handover=_build_handover)
    if kind == "export":
        out = tmp / "out"
        out.mkdir()
        (out / "claims.csv").write_text("an older export\n", encoding="utf-8")
        return Case(out, ["export", "claims", "-o", str(out / "claims.csv")], tmp)
    report = tmp / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    if kind == "add-source":
        argv = ["add-source", str(report), "--publisher", "Fixture Wire", "--published-on",
                PUBLISHED, "--title", "Westport", "--datasets", str(datasets)]  # fmt: skip
        return Case(datasets, argv, tmp, rerun_refusal="already archived")
    releases = tmp / "releases"
    build(datasets, releases)
    source = add_source(
        datasets, report, publisher="Fixture Wire", published_on=PUBLISHED, title="Westport"
    ).source_id
    candidates = [
        candidate(
            "c001", "The Westport Naval Command said at least 12 trucks left the depot",
            claimant="The Westport Naval Command", claimant_id=None, value=12,
            qualifier="at_least", value_low=12, unit="trucks",
        ),
        candidate("c002", "about 60 crates were moved to the depot", event_id="ev-0001",
                  value=60, qualifier="about", unit="crates"),
    ]  # fmt: skip
    proposal = {
        "source": {"source_id": source, "published_on": PUBLISHED},
        "candidates": candidates,
    }
    path = review_path(datasets, source)
    path.parent.mkdir()
    path.write_text(review_text(proposal), encoding="utf-8")
    argv = ["accept", source, "--all", "--datasets", str(datasets), "--releases", str(releases)]
    return Case(datasets, argv, tmp, rerun_refusal="no review file")


@dataclass
class Prepared:
    server: Preforked
    case: Case
    before: dict[str, bytes]
    after: dict[str, bytes]
    points: int


def prepare(server: Preforked, kind: str, tmp: Path) -> Prepared:
    case = make_case(kind, tmp)
    before = snapshot(case.root)
    clean = run(server, tmp, case, "count", 0)
    assert clean.returncode == 0, clean.stderr
    points = int(clean.stderr.rsplit("POINTS ", 1)[1])
    after = snapshot(case.root)
    assert after != before
    assert leftovers(case.root) == []
    return Prepared(server, case, before, after, points)


def check_point(prep: Prepared, tmp: Path, mode: str, at: int) -> str:
    """Stop the command at point ``at`` and check the folder; return what state it was in."""
    case = prep.case
    restore(case.root, prep.before)
    result = run(prep.server, tmp, case, mode, at)
    where = f"{case.argv[0]} stopped by {mode} at point {at} of {prep.points}"
    seen = snapshot(case.root)
    if mode == "kill":
        assert result.returncode == -signal.SIGKILL, f"{where}: {result.stderr}"
        journals = [p for p in leftovers(case.root) if Path(p).name.startswith(JOURNAL_PREFIX)]
        if journals:  # committed: the next run completes it
            state = "committed"
        elif seen == prep.before:
            state = "old"
        elif seen == prep.after:
            state = "new"
        else:
            assert case.handover is not None, f"{where}: a mix of old and new: {sorted(seen)}"
            assert case.handover(prep.before, prep.after, seen), f"{where}: a mix of old and new"
            state = "handover"
    else:
        assert result.returncode == 130, f"{where}: {result.returncode} {result.stderr}"
        assert result.stderr.strip().splitlines() == ["interrupted"], where
        assert leftovers(case.root) == [], where
        assert seen in (prep.before, prep.after), f"{where}: a mix of old and new"
        state = "old" if seen == prep.before else "new"
    # The next run works, ends in the new state and leaves nothing behind.
    if case.argv[0] in ("add-source", "accept"):
        recover(case.root)  # as the command's first step does; here, to see what it sees
        seen = snapshot(case.root)
        assert seen in (prep.before, prep.after), f"{where}: a mix after recovery"
    again = run(prep.server, tmp, case, "run", 0)
    if again.returncode != 0:
        assert case.rerun_refusal is not None, f"{where}: rerun failed: {again.stderr}"
        assert case.rerun_refusal in again.stderr, f"{where}: rerun: {again.stderr}"
    assert snapshot(case.root) == prep.after, f"{where}: the next run did not end in the new state"
    assert leftovers(case.root) == [], f"{where}: left behind after the next run"
    return state


KINDS = ("build", "export", "add-source", "accept")


def points_to_check(points: int) -> list[int]:
    """Every point in a soak run (``TIMELINE_SOAK=1``); otherwise the last one (the middle
    one is the quick test's), which keeps the whole suite within its time budget."""
    if SOAK:
        return list(range(1, points + 1))
    return [points]


@pytest.fixture(scope="module")
def server() -> Iterator[Preforked]:
    """The fork server every stopped command of this module runs from."""
    with Preforked(IMPORTS) as forks:
        yield forks


@pytest.fixture(scope="module")
def prepared(
    server: Preforked, tmp_path_factory: pytest.TempPathFactory
) -> Callable[[str], Prepared]:
    """Each kind's case and clean run, made once per test process and shared by its tests.

    Every check starts by restoring the "before" snapshot and ends in the "after" one, so a
    prepared folder serves any number of checks, as the points of one test always did.
    """
    cache: dict[str, Prepared] = {}

    def get(kind: str) -> Prepared:
        if kind not in cache:
            cache[kind] = prepare(server, kind, tmp_path_factory.mktemp(f"kill-{kind}"))
        return cache[kind]

    return get


@pytest.mark.parametrize(
    ("kind", "mode"),
    [("build", "kill"), ("export", "interrupt"), ("add-source", "kill"), ("accept", "interrupt")],
)
def test_stopped_at_the_middle_point(
    kind: str, mode: str, prepared: Callable[[str], Prepared]
) -> None:
    prep = prepared(kind)
    check_point(prep, prep.case.cwd, mode, max(1, prep.points // 2))


#: A soak run checks every kind in both modes; the default run the mode the middle-point test
#: does not use, so each kind meets both modes within the suite's time budget.
EVERY_POINT_CASES = (
    [(kind, mode) for kind in KINDS for mode in ("kill", "interrupt")]
    if SOAK
    else [
        ("build", "interrupt"),
        ("export", "kill"),
        ("add-source", "interrupt"),
        ("accept", "kill"),
    ]
)


@pytest.mark.slow
@pytest.mark.parametrize(("kind", "mode"), EVERY_POINT_CASES)
def test_stopped_at_every_point(kind: str, mode: str, prepared: Callable[[str], Prepared]) -> None:
    prep = prepared(kind)
    checked = points_to_check(prep.points)
    states = [check_point(prep, prep.case.cwd, mode, at) for at in checked]
    if checked[0] == 1:
        assert states[0] == "old", states
    print(f"{kind} {mode}: {prep.points} points: {states}")


def test_runner_reaches_the_cli(server: Preforked, tmp_path: Path) -> None:
    """The runner's hooks stay out of the way when no point is chosen."""
    case = Case(tmp_path, ["--version"], REPO)
    result = run(server, tmp_path, case, "run", 0)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("timeline ")
