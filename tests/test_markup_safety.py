"""Text from reports never becomes markup or a formula (issue 19, point 6).

A fixture dataset whose publisher holds a newline and a heading, whose title holds a
``<script>``, and whose actor and event texts hold an ``<img onerror>``, a
``javascript:`` link, an attribute list and a formula is built into two releases and
published.  The release notes (``CHANGES.md``, ``CHANGELOG.md``) and the zip's dataset
card are rendered with Python-Markdown and the extensions MkDocs uses here: nothing in
the HTML but text.  The zip's CSV cells are spreadsheet-safe; its Parquet keeps the raw
values.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import markdown
import pyarrow.parquet as pq
import pytest
import yaml

from fixture_dataset import write_dataset
from timeline.publish.build import build
from timeline.publish.markdown import md_code, md_fence, md_text
from timeline.publish.static import publish, spreadsheet_safe

PUBLISHER = "Evil Wire\n# Injected heading"
TITLE = "Report <script>alert('title')</script>"
ACTOR = "<img src=x onerror=alert(1)> [click](javascript:alert(2)) {: onclick=alert(3) }"
FORMULA = '=HYPERLINK("http://evil.example","click")'
SUMMARY = "-2+3 <b>bold" + " x" * 60 + " <img src=x onerror=alert(4)>"  # cut mid-tag


def render(text: str) -> str:
    return markdown.markdown(
        text, extensions=["tables", "attr_list", "admonition", "toc", "pymdownx.superfences"]
    )


def assert_inert(html: str) -> None:
    lowered = html.lower()
    for bad in ("<script", "<img", "<b>", 'javascript:alert(2)"', 'onclick="', 'href="javascript'):
        assert bad not in lowered, (bad, html[:2000])
    assert "Injected heading</h1>" not in html and "Injected heading</h2>" not in html


def _edit(path: Path, change: Any) -> None:
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(rows)
    path.write_text(yaml.safe_dump(rows, sort_keys=False, allow_unicode=True), encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    work = tmp_path_factory.mktemp("markup")
    datasets = write_dataset(work / "datasets")
    curated = datasets / "curated"

    def sources(rows: list[dict[str, Any]]) -> None:
        rows[0]["publisher"], rows[0]["title"] = PUBLISHER, TITLE

    def actors(rows: list[dict[str, Any]]) -> None:
        rows[0]["description"] = ACTOR
        rows[1]["description"] = FORMULA

    _edit(curated / "sources.yaml", sources)
    _edit(curated / "actors.yaml", actors)
    releases = work / "releases"
    build(datasets, releases)
    meta = (datasets / "dataset.yaml").read_text(encoding="utf-8")
    (datasets / "dataset.yaml").write_text(meta.replace("0.1.0", "0.2.0"), encoding="utf-8")

    def events(rows: list[dict[str, Any]]) -> None:
        rows[0]["summary"] = SUMMARY

    def more_actors(rows: list[dict[str, Any]]) -> None:
        rows.append({**rows[0], "actor_id": "fixture-new-actor", "name": "New <u>actor</u>"})

    _edit(curated / "events.yaml", events)
    _edit(curated / "actors.yaml", more_actors)
    build(datasets, releases)
    dest = work / "mirror"
    publish(dest, releases)
    return releases, dest


def test_release_notes_render_as_text(site: tuple[Path, Path]) -> None:
    releases, dest = site
    notes = (releases / "0.2.0" / "CHANGES.md").read_text(encoding="utf-8")
    assert "&lt;img src=x" in notes and "New &lt;u&gt;actor&lt;/u&gt;" in notes
    for text in (notes, (dest / "CHANGELOG.md").read_text(encoding="utf-8")):
        html = render(text)
        assert_inert(html)
        assert "<u>" not in html


def test_the_dataset_card_renders_as_text(site: tuple[Path, Path]) -> None:
    _, dest = site
    with zipfile.ZipFile(dest / "timeline-0.1.0.zip") as archive:
        card = archive.read("timeline-0.1.0/README.md").decode("utf-8")
    assert "Evil Wire↵# Injected heading" in card
    assert "\n# Injected" not in card
    html = render(card)
    assert_inert(html)
    assert html.count("<h1") == 1  # the card's own title only


def test_zip_csv_cells_are_spreadsheet_safe_and_parquet_keeps_the_raw_value(
    site: tuple[Path, Path],
) -> None:
    _, dest = site
    with zipfile.ZipFile(dest / "timeline-0.1.0.zip") as archive:
        text = archive.read("timeline-0.1.0/actors.csv").decode("utf-8")
        parquet = archive.read("timeline-0.1.0/actors.parquet")
    descriptions = [row["description"] for row in csv.DictReader(io.StringIO(text))]
    assert f"'{FORMULA}" in descriptions
    assert not any(d.startswith(("=", "+", "-", "@", "\t", "\r")) for d in descriptions)
    raw = pq.read_table(io.BytesIO(parquet)).column("description").to_pylist()
    assert FORMULA in raw


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("plain", "plain"),
        ("a=b", "a=b"),
    ],
)
def test_spreadsheet_safe(text: str, safe: str) -> None:
    assert spreadsheet_safe(text) == safe


def test_md_text_cuts_before_escaping_so_no_tag_is_left_open() -> None:
    cut = md_text("<img src=x onerror=alert(1)>", width=10)
    assert cut == "&lt;img src=…"
    assert "<" not in md_text("<<<>>>&")
    assert md_text("a\nb\r\nc\u2028d") == "a↵b↵c\\\\u2028d"  # renders as a↵b↵c\u2028d
    assert md_text("# x", line_start=True) == "\\# x"
    assert md_text("2. x", line_start=True) == "2\\. x"
    assert md_text("=== x", line_start=True) == "&#61;== x"


def test_md_code_and_md_fence_cannot_be_closed_from_inside() -> None:
    assert render(md_code("a`b<script>")).count("<code>") == 1
    assert "<script" not in render(md_code("a`b<script>"))
    block = md_fence("```\n# not a heading\n```", "bibtex")
    assert "<h1" not in render(block)


def test_docs_say_what_the_csv_does(site: tuple[Path, Path]) -> None:
    _, dest = site
    with zipfile.ZipFile(dest / "timeline-0.1.0.zip") as archive:
        card = archive.read("timeline-0.1.0/README.md").decode("utf-8")
    assert "starts with an apostrophe" in card and "Parquet files keep every" in card
