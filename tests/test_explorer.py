"""The explorer's files, without a browser: what publish and `timeline explore` write.

What the page does in a browser is tested in test_explorer_browser.py.  Here: the files
are deterministic, light, complete (every download link points at a file the mirror
holds), the data agrees with the release's own files, and `timeline explore` builds
the working data without touching anything else.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from fixture_dataset import SOURCE_ID, write_dataset
from timeline.errors import PublishError
from timeline.outputs.quantities import quantity_label
from timeline.outputs.words import quantity_words
from timeline.publish.build import build
from timeline.publish.explorer import explorer_files
from timeline.publish.explorer.data import date_words, utf16_offsets
from timeline.publish.explorer.site import ASSETS, PAGE_NAME
from timeline.publish.static import publish
from timeline.releases.paths import bundled_root, parse_version, releases_in

from conftest import run_cli

#: The budget of the page's own code and styles (the data is not counted).
PAGE_BUDGET = 300 * 1024


@pytest.fixture(scope="module")
def fixture_releases(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("fixture")
    build(write_dataset(work / "datasets", version="0.1.0"), work / "releases")
    build(
        write_dataset(work / "datasets2", version="0.2.0", released="2024-11-20"), work / "releases"
    )
    return work / "releases"


@pytest.fixture(scope="module")
def bundled_mirror(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("bundled") / "mirror"
    publish(dest, bundled_root())
    return dest


def page_data(root: Path, version: str) -> dict[str, Any]:
    """The data object a release's script stores, read back as JSON."""
    script = (root / "explorer" / f"data-{version}.js").read_text(encoding="ascii")
    prefix = f'window.TIMELINE_DATA["{version}"] = '
    line = next(line for line in script.splitlines() if line.startswith(prefix))
    literal = line[len(prefix) :].removeprefix("JSON.parse(").removesuffix(");")
    data: dict[str, Any] = json.loads(json.loads(literal))
    return data


def test_the_page_code_and_styles_stay_within_the_budget(bundled_mirror: Path) -> None:
    own = [bundled_mirror / PAGE_NAME, *(bundled_mirror / "explorer" / a for a in ASSETS)]
    assert sum(p.stat().st_size for p in own) <= PAGE_BUDGET
    assert all(p.is_file() for p in own)


def test_publishing_twice_writes_the_same_explorer_bytes(
    fixture_releases: Path, tmp_path: Path
) -> None:
    publish(tmp_path / "a", fixture_releases)
    publish(tmp_path / "b", fixture_releases)
    first = {
        p.relative_to(tmp_path / "a"): p.read_bytes()
        for p in (tmp_path / "a").rglob("*")
        if p.is_file()
    }
    second = {
        p.relative_to(tmp_path / "b"): p.read_bytes()
        for p in (tmp_path / "b").rglob("*")
        if p.is_file()
    }
    assert first == second
    assert Path("explorer/data-0.2.0.js") in first and Path("index.html") in first
    for name, data in first.items():  # nothing of this machine leaks into the page
        if name.parts[0] == "explorer":
            assert str(tmp_path).encode() not in data, name


def test_every_release_has_its_data_and_the_newest_is_the_default(
    fixture_releases: Path, tmp_path: Path
) -> None:
    publish(tmp_path / "mirror", fixture_releases)
    listing = (tmp_path / "mirror" / "explorer" / "releases.js").read_text(encoding="ascii")
    versions = sorted(releases_in(fixture_releases), key=parse_version)
    literal = listing.split("= JSON.parse(", 1)[1].removesuffix(");\n")
    assert json.loads(json.loads(literal)) == {
        "latest": versions[-1],
        "versions": versions[::-1],
    }
    for version in versions:
        assert page_data(tmp_path / "mirror", version)["version"] == version


def test_a_stale_explorer_file_is_not_kept(fixture_releases: Path, tmp_path: Path) -> None:
    dest = tmp_path / "mirror"
    publish(dest, fixture_releases)
    (dest / "explorer" / "data-9.9.9.js").write_text("window.TIMELINE_DATA = {};\n")
    result = publish(dest, fixture_releases)
    assert result.status == "updated"
    assert not (dest / "explorer" / "data-9.9.9.js").exists()
    assert publish(dest, fixture_releases).status == "unchanged"


def test_download_links_point_at_files_the_mirror_holds(bundled_mirror: Path) -> None:
    for version in releases_in(bundled_mirror):
        links = page_data(bundled_mirror, version)["downloads"]
        hrefs = [link["href"] for link in links]
        assert all(h.startswith("./") for h in hrefs)
        assert all((bundled_mirror / h).is_file() for h in hrefs), hrefs
        assert f"./timeline-{version}.zip" in hrefs
        assert f"./{version}/claims.parquet" in hrefs
        assert f"./{version}/datapackage.json" in hrefs
        assert f"./{version}/manifest.json" in hrefs


def test_the_data_agrees_with_the_release_files(bundled_mirror: Path) -> None:
    for version in releases_in(bundled_mirror):
        data = page_data(bundled_mirror, version)
        folder = bundled_mirror / version
        claims = pq.read_table(folder / "claims.parquet").to_pylist()
        events = pq.read_table(folder / "events.parquet").to_pylist()
        assert sorted(c["id"] for c in data["claims"]) == sorted(c["claim_id"] for c in claims)
        assert sorted(e["id"] for e in data["events"]) == sorted(e["event_id"] for e in events)
        starts = [e["start"] or e["end"] for e in data["events"]]
        assert starts == sorted(starts)  # the timeline runs by date
        shown = {c["id"]: c for c in data["claims"]}
        for claim in claims:
            page = shown[claim["claim_id"]]
            text = data["sources"][claim["source_id"]]["text"]
            assert text[claim["quote_start"] : claim["quote_end"]] == claim["quote"]
            if claim["qualifier"] is not None:
                assert page["words"] == quantity_words(
                    claim["qualifier"],
                    claim["value"],
                    claim["value_low"],
                    claim["value_high"],
                    claim["unit"] or "",
                )
            else:
                assert page["words"] == ""


def _folded_roots(claims: list[dict[str, Any]], event_id: str) -> dict[str, list[str]]:
    """The figures of one event with the claims restating each (directly or in a chain),
    worked out here from the release's rows, independently of the page's code."""
    mine = {c["claim_id"]: c for c in claims if c["event_id"] == event_id}

    def root(claim_id: str) -> str:
        seen = {claim_id}
        while (parent := mine[claim_id]["restates"]) in mine and parent not in seen:
            seen.add(parent)
            claim_id = parent
        return claim_id

    roots = {
        cid: [] for cid, c in mine.items() if c["restates"] is None and c["qualifier"] is not None
    }
    for claim_id in mine:
        if root(claim_id) != claim_id and root(claim_id) in roots:
            roots[root(claim_id)].append(claim_id)
    return {cid: sorted(ids) for cid, ids in roots.items()}


def test_estimates_fold_restatements_and_say_what_they_count(bundled_mirror: Path) -> None:
    folded = 0
    for version in releases_in(bundled_mirror):
        data = page_data(bundled_mirror, version)
        claims = pq.read_table(bundled_mirror / version / "claims.parquet").to_pylist()
        units = {c["claim_id"]: c["unit"] for c in claims}
        for event in data["events"]:
            expected = _folded_roots(claims, event["id"])
            shown = {row["id"]: row["restated_in"] for row in event["estimates"]}
            assert shown == expected, event["id"]
            folded += sum(map(len, shown.values()))
            for row in event["estimates"]:
                assert row["counts"] == quantity_label(units[row["id"]])
                assert row["counts"] and row["stated_words"] and row["words"]
    assert folded > 0  # the bundled data holds restatements: the folding was exercised


def test_offsets_are_converted_for_javascript_strings() -> None:
    text = "a😀b ĳ c"  # one character outside the BMP: two UTF-16 code units
    quote_start, quote_end = text.index("b"), text.index("c") + 1
    converted = utf16_offsets(text, [0, quote_start, quote_end])
    assert converted == {0: 0, quote_start: quote_start + 1, quote_end: quote_end + 1}
    units = text.encode("utf-16-le")
    piece = units[2 * converted[quote_start] : 2 * converted[quote_end]].decode("utf-16-le")
    assert piece == text[quote_start:quote_end]
    assert utf16_offsets("plain ascii", [3]) == {3: 3}


@pytest.mark.parametrize(
    ("start", "end", "precision", "words"),
    [
        ("2024-12-23", "2024-12-23", "day", "23 December 2024"),
        ("2024-12-16", "2024-12-22", "week", "week of 16 December 2024"),
        ("2024-11-01", "2024-11-30", "month", "November 2024"),
        ("2024-01-01", "2024-12-31", "year", "2024"),
        ("2024-08-01", "2024-10-31", "range", "between 1 August 2024 and 31 October 2024"),
        (None, "2024-12-23", "range", "on or before 23 December 2024"),
    ],
)
def test_dates_read_at_their_own_precision(
    start: str | None, end: str, precision: str, words: str
) -> None:
    first = dt.date.fromisoformat(start) if start else None
    assert date_words(first, dt.date.fromisoformat(end), precision) == words


def test_the_same_release_gives_the_same_files(fixture_releases: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(fixture_releases, copy)
    assert explorer_files(copy) == explorer_files(fixture_releases)


# --- timeline explore ----------------------------------------------------------------


def test_explore_builds_the_working_data_and_prints_the_page(tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets", version="0.3.0")
    before = {p: p.read_bytes() for p in datasets.rglob("*") if p.is_file()}
    site = tmp_path / "site"
    result = run_cli("explore", "--datasets", str(datasets), "-o", str(site), "--no-open")
    assert result.returncode == 0, result.stderr
    page = (site / "index.html").resolve()
    assert result.stdout == (
        f"wrote the explorer for the working data in {datasets} (version 0.3.0): {page}\n"
    )
    data = page_data(site, "0.3.0")
    assert "not a published release" in data["note"]
    assert [c["source"] for c in data["claims"]] == [SOURCE_ID, SOURCE_ID]
    # the writers' lock file (empty, gitignored) may appear; no curated byte changes
    after = {p: p.read_bytes() for p in datasets.rglob("*") if p.is_file()}
    assert {p: b for p, b in after.items() if p.name != ".timeline.lock"} == before


def test_explore_a_release_and_no_browser_opens_in_tests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import webbrowser

    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or False)
    first = releases_in(bundled_root())[0]
    site = tmp_path / "site"
    result = run_cli(
        "explore", "--version", first, "-o", str(site), env={"TIMELINE_NO_BROWSER": None}
    )
    assert result.returncode == 0, result.stderr
    assert opened == [(site / "index.html").resolve().as_uri()]
    assert result.stderr == "no browser could be opened: open the file above in one\n"
    assert (site / first / "manifest.json").read_bytes() == (
        bundled_root() / first / "manifest.json"
    ).read_bytes()
    assert page_data(site, first)["note"] is None

    opened.clear()
    again = run_cli(
        "explore", "--version", first, "-o", str(tmp_path / "b"), env={"TIMELINE_NO_BROWSER": "1"}
    )
    assert again.returncode == 0 and opened == []


def test_explore_refuses_a_folder_in_use_and_invalid_data(tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    result = run_cli(
        "explore", "--version", releases_in(bundled_root())[0], "-o", str(busy), "--no-open"
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: {busy}: exists and is not an empty folder")
    assert sorted(p.name for p in busy.iterdir()) == ["notes.txt"]

    datasets = write_dataset(tmp_path / "datasets")
    claims = datasets / "curated" / "claims.yaml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("quote_end: ", "quote_end: 1"))
    broken = run_cli("explore", "--datasets", str(datasets), "-o", str(tmp_path / "x"), "--no-open")
    assert broken.returncode == 1
    assert "invalid" in broken.stderr


def test_a_release_the_explorer_cannot_read_is_a_clear_error(
    fixture_releases: Path, tmp_path: Path
) -> None:
    import pyarrow as pa

    from timeline.releases.manifest import Manifest, sha256_bytes

    copy = tmp_path / "releases"
    shutil.copytree(fixture_releases, copy)
    folder = copy / "0.2.0"
    events = pq.read_table(folder / "events.parquet").drop_columns(["summary"])
    sink = pa.BufferOutputStream()
    pq.write_table(events, sink)
    data = sink.getvalue().to_pybytes()
    (folder / "events.parquet").write_bytes(data)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["files"]["events.parquet"].update(sha256=sha256_bytes(data), bytes=len(data))
    (folder / "manifest.json").write_bytes(Manifest(manifest).to_bytes())
    with pytest.raises(PublishError) as caught:
        explorer_files(copy)
    assert str(caught.value) == (
        f"{folder}: the explorer cannot read this release (no column 'summary'); "
        "publish it with the version of timeline that built it, or upgrade timeline"
    )


@pytest.mark.slow
def test_benchmark_smoke_run_prints_every_figure() -> None:
    import subprocess
    import sys

    from conftest import REPO

    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "explorer.py"),
            "--claims",
            "300",
            "--runs",
            "1",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("machine: ") and "Chromium" in lines[0]
    assert lines[1].startswith("300 claims in ")
    rows = [line for line in lines if line.startswith("| ") and not line.startswith("| target")]
    assert [r.split("|")[1].split("(")[0].strip() for r in rows] == [
        "render",
        "filter",
        "show all",
        "page code and styles",
        "data file",
    ]
    assert all(r.split("|")[6].strip() in {"yes", "NO", "n/a", ""} for r in rows)
