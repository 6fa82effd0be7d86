"""What a newcomer tripped over (issue 18), each fixed and kept fixed.

Releases these tests need are built or written in temporary folders; nothing here
depends on the bundled data's versions or counts.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import timeline
from release_mirror import TEST_MAJOR
from timeline.errors import InputError, LatestVersionWarning
from timeline.loader import date_objects
from timeline.outputs.screen import visible, wrap_verbatim
from timeline.outputs.textview import render
from timeline.releases.manifest import sha256_file
from timeline.releases.paths import bundled_root

from conftest import FIRST_RELEASE, run_cli

QUOTE_INDENT = " " * 6
#: What wrapping inserts before the space a quote line was broken at.
WRAP = "\n" + " " * 5


@functools.cache
def _first_row() -> pd.DataFrame:
    return timeline.load_timeline(version=FIRST_RELEASE).head(1)


def _one_claim(quote: str, claimant: str | None = None) -> pd.DataFrame:
    """One row of a real timeline view, with its quote (and claimant) replaced."""
    view = _first_row().copy()
    view["quote"] = pd.Series([quote], index=view.index, dtype=view["quote"].dtype)
    if claimant is not None:
        view["claimant"] = pd.Series([claimant], index=view.index, dtype=view["claimant"].dtype)
    return view


def _printed_quote(lines: list[str]) -> str:
    """The quote as printed: its lines, with the wrapping newlines and indent removed."""
    claim = next(i for i, line in enumerate(lines) if line.startswith("  - "))
    end = lines.index("", claim)
    block = "\n".join(lines[claim + 1 : end])
    assert block.startswith(QUOTE_INDENT + "“") and block.endswith("”")
    return block.removeprefix(QUOTE_INDENT).replace(WRAP, "")[1:-1]


# --- 1. a quote is never altered on screen -------------------------------------------------


def test_a_hyphenated_word_is_not_broken_on_a_narrow_terminal() -> None:
    quote = "Officials in Seoul said North Korea sent 120 long-range rocket launchers to Russia"
    lines = render(_one_claim(quote), quotes=True, width=60)
    assert _printed_quote(lines) == quote
    assert not any(line.rstrip().endswith("long-") for line in lines)


def test_spaces_in_a_quote_survive_wrapping() -> None:
    quote = "two  spaces,   three spaces, and a very-long-hyphenated-compound at the end"
    for width in range(20, 90, 7):
        assert _printed_quote(render(_one_claim(quote), quotes=True, width=width)) == quote


_ESCAPED = {"Cc", "Zl", "Zp"}
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@settings(max_examples=150, deadline=None)
@given(
    quote=st.text(st.characters(exclude_categories=("Cs",)), max_size=300),
    width=st.integers(min_value=1, max_value=200),
)
def test_printed_quote_is_the_quote_for_any_quote_and_width(quote: str, width: int) -> None:
    lines = render(_one_claim(quote), quotes=True, width=width)
    assert _printed_quote(lines) == visible(quote)
    if not any(unicodedata.category(c) in _ESCAPED or c in _BIDI for c in quote):
        assert visible(quote) == quote  # printable text is never changed


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=200), width=st.integers(min_value=1, max_value=120))
# a breaking space beside a no-break space, either way round (found by Hypothesis)
@example(text="0 \xa00", width=1)
@example(text="a\xa0 b", width=1)
def test_wrap_verbatim_loses_nothing_and_breaks_only_after_whitespace(
    text: str, width: int
) -> None:
    lines = wrap_verbatim(text, width)
    assert "".join(lines) == text
    for line, following in itertools.pairwise(lines):
        assert not line[-1].isspace() and following[0].isspace()  # broken before whitespace
    for line in lines:
        if len(line) > width:  # only a single word too long for the line may overflow
            assert not any(c.isspace() and c not in "\u00a0\u2007\u202f" for c in line.strip())


# --- issue 19, point 9: control characters from released data never reach the terminal raw --


def test_visible_escapes_control_characters_only() -> None:
    assert visible("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert visible("line\nbreak\ttab\rreturn\x7f\x9b") == "line\\nbreak\\ttab\\rreturn\\x7f\\x9b"
    assert visible("abc\u202edef") == "abc\\u202edef"
    assert visible("Russia’s “long-range” 3,000 — Kursk\u00a0region") == (
        "Russia’s “long-range” 3,000 — Kursk\u00a0region"
    )


def _hostile_release(cache: Path, version: str) -> dict[str, str]:
    """A copy of the first release whose claimant name, first quote and manifest date carry
    terminal escape sequences, as a hostile mirror might serve it, in the cache ``cache``."""
    folder = cache / version
    shutil.copytree(bundled_root() / FIRST_RELEASE, folder)
    planted = {
        "quote": "\x1b]0;owned\x07\x1b[2J quoted",
        "name": "Name\x1b[31m red\u202e",
        "released": "2026-11-26\x1b[1A\r",
    }
    claims = pq.read_table(folder / "claims.parquet")
    quotes = claims.column("quote").to_pylist()
    quotes[0] = planted["quote"]
    claims = claims.set_column(
        claims.schema.get_field_index("quote"), "quote", pa.array(quotes, pa.string())
    )
    pq.write_table(claims, folder / "claims.parquet")
    first_claimant = claims.column("claimant_id")[0].as_py()
    actors = pq.read_table(folder / "actors.parquet")
    names = [
        planted["name"] if a == first_claimant else n
        for a, n in zip(
            actors.column("actor_id").to_pylist(), actors.column("name").to_pylist(), strict=True
        )
    ]
    actors = actors.set_column(
        actors.schema.get_field_index("name"), "name", pa.array(names, pa.string())
    )
    pq.write_table(actors, folder / "actors.parquet")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = version
    manifest["released"] = planted["released"]
    for name in ("claims.parquet", "actors.parquet"):
        path = folder / name
        manifest["files"][name].update(sha256=sha256_file(path), bytes=path.stat().st_size)
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return planted


def test_show_and_info_print_escapes_never_raw_control_characters(tmp_path: Path) -> None:
    version = f"{TEST_MAJOR}.9.7"
    planted = _hostile_release(tmp_path, version)
    env = {"TIMELINE_CACHE_DIR": str(tmp_path), "TIMELINE_OFFLINE": "1", "COLUMNS": "80"}
    show = run_cli("show", "--full", "--version", version, env=env)
    info = run_cli("info", version, env=env)
    versions = run_cli("versions", env=env)
    cite = run_cli("cite", "--version", version, env=env)
    diff = run_cli("diff", FIRST_RELEASE, version, env=env)
    for result in (show, info, versions, cite, diff):
        assert result.returncode == 0, result.stderr
        raw = [c for c in result.stdout if unicodedata.category(c) == "Cc" and c != "\n"]
        assert raw == [], result.stdout
        assert "\u202e" not in result.stdout
    squashed = show.stdout.replace(WRAP, "")
    assert visible(planted["quote"]) in squashed
    assert visible(planted["name"]) in show.stdout
    assert visible(planted["released"]) in info.stdout
    assert visible(planted["released"]) in versions.stdout
    assert visible(planted["released"]) in cite.stdout


# --- 2. frames pandas users expect ----------------------------------------------------------


def test_dates_compare_with_iso_strings_and_timestamps() -> None:
    events = timeline.load("events", version=FIRST_RELEASE)
    days = date_objects(events)["date_start"]
    wanted = [d is not None and d >= dt.date(2024, 12, 1) for d in days]
    assert (events["date_start"] >= "2024-12-01").tolist() == wanted
    assert (events["date_start"] >= pd.Timestamp("2024-12-01")).tolist() == wanted
    assert list(events[events.date_start >= "2024-12-01"]["event_id"]) == list(
        events["event_id"][wanted]
    )


@pytest.mark.parametrize(
    "value", ["2024-12-01", pd.Timestamp("2024-12-01"), dt.date(2024, 12, 1)], ids=str
)
def test_filters_take_iso_date_strings(value: object) -> None:
    events = timeline.load("events", version=FIRST_RELEASE)
    expected = list(events.loc[events["date_start"] >= "2024-12-01", "event_id"])
    chosen = timeline.load("events", version=FIRST_RELEASE, filters=[("date_start", ">=", value)])
    assert list(chosen["event_id"]) == expected
    either = timeline.load(
        "events", version=FIRST_RELEASE, filters=[("date_end", "in", ["2024-12-23", "2025-12-31"])]
    )
    assert set(either["date_end"].dt.strftime("%Y-%m-%d")) <= {"2024-12-23", "2025-12-31"}


def test_a_filter_date_that_is_not_a_date_is_named() -> None:
    with pytest.raises(InputError, match=r"'2024-13-01' is not a date for date_start.*YYYY-MM-DD"):
        timeline.load("events", version=FIRST_RELEASE, filters=[("date_start", ">=", "2024-13-01")])


@pytest.mark.parametrize("table", timeline.tables())
def test_one_missing_marker_per_kind_of_column(table: str) -> None:
    frame = timeline.load(table, version=FIRST_RELEASE)
    for column in frame.columns:
        missing = frame.loc[frame[column].isna(), column]
        dates = str(frame[column].dtype) == "datetime64[ms]"
        assert all((v is pd.NaT) if dates else (v is pd.NA) for v in missing), column
    view = timeline.load_timeline(version=FIRST_RELEASE)
    shown = view.to_string()
    assert "None" not in shown.split() and "NaN" not in shown.split()


# --- 3. "newest" means the newest local release, and every view says which ------------------


@pytest.fixture
def newer_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A release newer than every bundled one, verified in a temporary download cache."""
    version = f"{TEST_MAJOR}.9.6"
    folder = tmp_path / "cache" / version
    shutil.copytree(bundled_root() / FIRST_RELEASE, folder)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = version
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TIMELINE_OFFLINE", "1")
    return version


def test_no_version_loads_the_newest_local_release(newer_cached: str) -> None:
    assert timeline.versions()[-1] == newer_cached
    claims = timeline.load("claims")
    assert claims.attrs["timeline"]["version"] == newer_cached
    assert claims.attrs["timeline"]["origin"] == "cache"
    assert claims.attrs["timeline"]["requested"] is None
    view = timeline.load_timeline()
    assert view.attrs["timeline"]["version"] == newer_cached
    pinned = timeline.load("claims", version=FIRST_RELEASE)
    assert pinned.attrs["timeline"]["requested"] == FIRST_RELEASE


def test_show_and_info_say_which_release_they_read(newer_cached: str) -> None:
    show = run_cli("show")
    assert show.returncode == 0, show.stderr
    assert show.stdout.splitlines()[0] == (
        f"release {newer_cached} (cache; the newest available locally)"
    )
    pinned = run_cli("show", "--version", FIRST_RELEASE)
    assert pinned.stdout.splitlines()[0] == f"release {FIRST_RELEASE} (bundled)"
    info = run_cli("info")
    assert info.stdout.startswith(f"timeline {newer_cached} ")


# --- 4. one way to name a version ------------------------------------------------------------


def test_info_takes_version_as_an_option_and_as_an_argument() -> None:
    option = run_cli("info", "--version", FIRST_RELEASE)
    argument = run_cli("info", FIRST_RELEASE)
    assert option.returncode == 0, option.stderr
    assert option.stdout == argument.stdout
    assert option.stdout.startswith(f"timeline {FIRST_RELEASE} ")
    clash = run_cli("info", FIRST_RELEASE, "--version", f"{TEST_MAJOR}.9.9")
    assert clash.returncode == 2
    assert "disagree" in clash.stderr


@pytest.mark.parametrize(
    "command", [("show",), ("info",), ("cite",), ("export", "actors"), ("plot", "-o", "c.svg")]
)
def test_latest_prints_one_notice_not_a_python_warning(
    command: tuple[str, ...], tmp_path: Path
) -> None:
    result = run_cli(*command, "--version", "latest", env={"TIMELINE_OFFLINE": "1"}, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("note: --version latest resolved to ")
    assert re.search(r"; pass --version \d+\.\d+\.\d+ to pin it$", lines[0]), lines[0]
    assert "Warning" not in result.stderr and ".py:" not in result.stderr


def test_the_library_warning_keeps_python_wording(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIMELINE_OFFLINE", "1")
    with pytest.warns(LatestVersionWarning, match=r"pass version='[\d.]+' to pin"):
        timeline.load("actors", version="latest")


def test_command_line_advice_names_no_python_argument(tmp_path: Path) -> None:
    """A release that is not here, with no mirror set: the advice is the variable, not
    ``base_url=``, which only a Python caller can pass."""
    env: dict[str, str | None] = {
        "TIMELINE_BASE_URL": None,
        "TIMELINE_CACHE_DIR": str(tmp_path / "cache"),
    }
    for command in (("download", "99.0.0"), ("show", "--version", "99.0.0")):
        result = run_cli(*command, env=env, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert "set TIMELINE_BASE_URL" in result.stderr, result.stderr
        assert "base_url" not in result.stderr, result.stderr


# --- 9. moved modules keep working -----------------------------------------------------------


def test_old_import_paths_work_with_a_deprecation_warning() -> None:
    """In a fresh interpreter, so that nothing is imported yet under either name."""
    script = (
        "import warnings\n"
        "warnings.simplefilter('error')\n"
        "import timeline\n"  # importing the package itself warns about nothing
        "warnings.simplefilter('always')\n"
        "with warnings.catch_warnings(record=True) as seen:\n"
        "    from timeline.frictionless_parquet import parquet_plugin\n"
        "    from timeline.distributed import validate_release\n"
        "    import timeline.paths\n"
        "    chart = timeline.plot\n"
        "    import timeline.releases\n"
        "    fetch = timeline.releases.download_release\n"
        "    from timeline.validate import check_dataset, validate_paths\n"
        "from timeline.outputs import chart as new_chart, frictionless_parquet\n"
        "from timeline.validation.scale import distributed\n"
        "assert parquet_plugin is frictionless_parquet.parquet_plugin\n"
        "assert validate_release is distributed.validate_release\n"
        "assert chart is new_chart\n"
        "assert fetch is timeline.download_release\n"
        "from timeline.validation import engine, run\n"
        "assert (check_dataset, validate_paths) == (engine.check_dataset, run.validate_paths)\n"
        "for w in seen:\n"
        "    print(w.category.__name__, w.message)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=120
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    for old, new in (
        ("timeline.frictionless_parquet", "timeline.outputs.frictionless_parquet"),
        ("timeline.distributed", "timeline.validation.scale.distributed"),
        ("timeline.paths", "timeline.releases.paths"),
        ("timeline.plot", "timeline.outputs.chart"),
        ("timeline.releases.download_release", "timeline.releases.resolve.download_release"),
    ):
        assert f"DeprecationWarning {old} has moved to {new}: import it from there; " in "\n".join(
            lines
        ), done.stdout


def test_an_unknown_module_is_still_an_import_error() -> None:
    with pytest.raises(ModuleNotFoundError):
        __import__("timeline.no_such_module")
    with pytest.raises(AttributeError):
        timeline.no_such_attribute  # noqa: B018


# --- 7. the dataset's scope is written down and checked --------------------------------------


def _scope(datasets: Path) -> tuple[dt.date, dt.date]:
    import yaml

    meta = yaml.safe_load((datasets / "dataset.yaml").read_text(encoding="utf-8"))
    period = meta["scope"]["period"]
    return period["start"], period["end"]


def outside_scope_without_reason(datasets: Path) -> list[str]:
    """Events dated wholly outside the scope's period that its rule does not admit (the rule
    is the one ``accept`` enforces: :func:`timeline.curation.scope.breaks_rule`)."""
    import yaml

    from timeline.curation.scope import breaks_rule, read_period

    period = read_period(datasets)
    events = yaml.safe_load((datasets / "curated" / "events.yaml").read_text(encoding="utf-8"))
    return [e["event_id"] for e in events if breaks_rule(e, period)]


def test_events_outside_the_scope_follow_its_rule(curated: Path) -> None:
    import yaml

    start, end = _scope(curated)
    assert (start, end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    title = yaml.safe_load((curated / "dataset.yaml").read_text(encoding="utf-8"))["title"]
    assert str(start.year) in title
    assert outside_scope_without_reason(curated) == []
    # an event that occurred after the period, with no reason given, is caught
    path = curated / "curated" / "events.yaml"
    events = yaml.safe_load(path.read_text(encoding="utf-8"))
    late = dict(events[0], event_id="ev-late", date_start=dt.date(2025, 3, 1))
    late.update(date_end=dt.date(2025, 3, 1), date_kind="occurred", coding_note=None)
    path.write_text(yaml.safe_dump([*events, late], sort_keys=False), encoding="utf-8")
    assert outside_scope_without_reason(curated) == ["ev-late"]


# --- 6. snippets that show something -------------------------------------------------------


def test_readme_python_snippets_print_their_result_when_run_as_scripts() -> None:
    """Run as a reader would, `python snippet.py` at 80 columns: each block prints its
    result, and no column hides behind pandas' '...'."""
    from test_docs import blocks

    from conftest import REPO

    snippets = [b for b in blocks(REPO / "README.md") if b.lang == "python" and not b.mark]
    assert len(snippets) >= 2
    for block in snippets:
        done = subprocess.run(
            [sys.executable, "-c", block.code],
            cwd=REPO,
            env={**os.environ, "COLUMNS": "80", "LINES": "24"},
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        assert done.returncode == 0, f"{block.id}: {done.stderr}"
        shown = done.stdout.splitlines()
        assert len(shown) > 2, f"{block.id} prints nothing to speak of: {done.stdout!r}"
        assert not any("..." in line for line in shown), f"{block.id}:\n{done.stdout}"


# --- 7. docs that stay true as the data grows ------------------------------------------------

COUNT = re.compile(
    r"(?<![\d,.])(\d{1,3}|one|a single)\s+(?:archived\s+)?(?:news\s+)?"
    r"(events?|claims?|actors?|sources?|reports?)\b",
    re.IGNORECASE,
)


def _sentences(text: str) -> list[str]:
    flat = re.sub(r"\s+", " ", re.sub(r"```.*?```", " ", text, flags=re.DOTALL))
    return re.split(r"(?<=[.;:])\s+(?=[A-Z`(])", flat.replace("**", ""))


@pytest.mark.parametrize("page", ["README.md", "docs/index.md", "docs/dataset-card.md"])
def test_hand_written_counts_are_pinned_to_a_release(page: str) -> None:
    """A count of rows or reports in prose names the release it counts ('Release 1.0.0:
    23 events'), so it stays true when a curator adds a report; 'one report so far' does not."""
    from conftest import REPO

    for sentence in _sentences((REPO / page).read_text(encoding="utf-8")):
        for match in COUNT.finditer(sentence):
            assert FIRST_RELEASE in sentence, f"{page}: {match[0]!r} names no release: {sentence}"


#: The release the docs build from a fictional report (docs/curation.md) and serve from a
#: mirror: a number no real release will reach, so the docs stay true as releases are added.
ILLUSTRATIVE = "1.99.0"
_DATE = r"(\d{4}-\d{2}-\d{2})"


def _doc_texts() -> dict[str, str]:
    """README, every docs page and the CLI help texts (docs/cli.md is generated from them)."""
    from conftest import REPO

    files = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
    files += sorted((REPO / "src" / "timeline" / "cli").glob("*.py"))
    return {str(f.relative_to(REPO)): f.read_text(encoding="utf-8") for f in files}


def _dates_given(version: str, text: str) -> set[str]:
    """Dates written right after a version ('1.1.0  2026-12-04', '## 1.1.0 (2026-12-04)',
    '1.99.0** (dated 2026-12-05')."""
    pattern = rf"(?<![\d.]){re.escape(version)}(?![\d.])[*`]*\s+\(?(?:dated\s+)?{_DATE}"
    return set(re.findall(pattern, text))


def test_one_illustrative_release_everywhere() -> None:
    """Every page that shows the illustrative release gives it the same date and claims."""
    version = re.escape(ILLUSTRATIVE)
    dates: set[str] = set()
    claims: set[str] = set()
    for text in _doc_texts().values():
        dates |= _dates_given(ILLUSTRATIVE, text)
        claims |= set(re.findall(rf"release {version} created: .*claims (\d+) rows", text))
        claims |= set(re.findall(rf"version='{version}'\)\)\)\"\n(\d+)", text))
        for shown in re.findall(rf"diff \S+ -> {version} .*?(?=```|$)", text, re.DOTALL):
            claims |= set(re.findall(r"claims: \d+ (?:->|→) (\d+) rows", shown))
    assert len(dates) == 1, dates
    assert len(claims) == 1, claims


def test_the_illustrative_release_is_no_real_one_and_real_ones_keep_their_dates() -> None:
    """The docs never give a real release an illustrative date (as when 1.1.0 was shown
    dated 2026-12-05 'on a mirror only' beside a bundled 1.1.0 of 2026-12-04)."""
    from timeline.releases.paths import parse_version, releases_in

    index = json.loads((bundled_root() / "index.json").read_text(encoding="utf-8"))
    released = {entry["version"]: entry["released"] for entry in index["releases"]}
    assert set(releases_in(bundled_root())) <= set(released)
    assert ILLUSTRATIVE not in released
    assert parse_version(ILLUSTRATIVE) > max(map(parse_version, released))
    for name, text in _doc_texts().items():
        assert "only published release" not in text, name
        for version, day in released.items():
            wrong = _dates_given(version, text) - {day}
            assert not wrong, f"{name}: release {version} is dated {wrong}, not {day}"


def test_date_objects_writes_a_frame_back_as_released(tmp_path: Path) -> None:
    """The documented way to write a loaded frame back: its dates stay days (date32)."""
    claims = timeline.load("claims", version=FIRST_RELEASE)
    target = tmp_path / "claims.parquet"
    date_objects(claims).to_parquet(target, index=False)
    assert pq.read_schema(target).field("stated_end").type == pa.date32()
    assert date_objects(claims)["stated_on"].map(type).isin([dt.date, type(None)]).all()
    result = run_cli("validate", str(target))
    assert result.returncode == 0, result.stdout + result.stderr
