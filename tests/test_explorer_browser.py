"""The explorer page in a real headless Chromium: what a reader sees and can do.

One browser serves the whole module (starting one costs about a second).  The pages
are built from releases of our own (published bundled releases, a two-release fixture
mirror, a hostile report); what is expected is read from those releases' files, never
typed in, so the bundled data can grow without a change here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import yaml

from explorer_browser import (
    CONTRAST,
    VISIT_PERMALINKS,
    console_problems,
    desktop_viewport,
    open_page,
    page_url,
    phone_viewport,
    start_chromium,
    visible_claims,
    write_many_events_page,
)
from fixture_dataset import SOURCE_ID, rows, write_dataset
from release_mirror import serve
from timeline.publish.build import build
from timeline.publish.static import publish
from timeline.releases.paths import bundled_root, parse_version, releases_in


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    driver = start_chromium()
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def bundled_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every bundled release, published with `timeline publish`'s code."""
    dest = tmp_path_factory.mktemp("bundled") / "mirror"
    publish(dest, bundled_root())
    return dest


def newest(site: Path) -> str:
    return max(releases_in(site), key=parse_version)


def table(site: Path, version: str, name: str) -> list[dict[str, Any]]:
    rows_: list[dict[str, Any]] = pq.read_table(site / version / f"{name}.parquet").to_pylist()
    return rows_


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# --- The newest bundled release ---------------------------------------------------------


def test_every_claim_is_shown_and_its_permalink_marks_exactly_its_quote(
    chromium: Any, bundled_site: Path
) -> None:
    version = newest(bundled_site)
    assert open_page(chromium, page_url(bundled_site)) == version
    claims = table(bundled_site, version, "claims")
    assert sorted(visible_claims(chromium)) == sorted(c["claim_id"] for c in claims)
    assert len(chromium.find_elements("css selector", "#results .event")) == len(
        table(bundled_site, version, "events")
    )
    texts = {
        s["source_id"]: (bundled_site / version / "texts" / f"{s['source_id']}.txt").read_text(
            encoding="utf-8"
        )
        for s in table(bundled_site, version, "sources")
    }
    ids = [c["claim_id"] for c in claims]
    seen = chromium.execute_async_script(VISIT_PERMALINKS, ids)
    assert sorted(seen) == sorted(ids)
    for claim in claims:
        text = texts[claim["source_id"]]
        start, end = claim["quote_start"], claim["quote_end"]
        shown = seen[claim["claim_id"]]
        assert shown["reader"] and shown["marks"] == 1, claim["claim_id"]
        assert shown["text"] == text[start:end] == claim["quote"], claim["claim_id"]
        assert shown["before"] == utf16_len(text[:start]), claim["claim_id"]
        assert shown["whole"] == utf16_len(text), claim["claim_id"]
        assert shown["visible"], f"{claim['claim_id']}: the mark is not scrolled into view"
    assert console_problems(chromium) == []


def test_a_permalink_opened_directly_shows_the_quote_in_view(
    chromium: Any, bundled_site: Path
) -> None:
    version = newest(bundled_site)
    claim = table(bundled_site, version, "claims")[-1]
    open_page(chromium, page_url(bundled_site, fragment=claim["claim_id"]))
    state = chromium.execute_script(
        """const m = document.querySelector('#source-text mark'), r = m.getBoundingClientRect();
        return [m.textContent, document.activeElement === m, r.top >= 0 && r.top < innerHeight,
                document.getElementById('browse').hidden];"""
    )
    assert state == [claim["quote"], True, True, True]
    from selenium.webdriver.support.ui import WebDriverWait

    chromium.find_element("id", "back").click()
    # The link goes to "#": the page routes on the hashchange event, which comes after the click.
    WebDriverWait(chromium, 10).until(
        lambda d: d.execute_script("return document.getElementById('browse').hidden") is False
    )
    assert console_problems(chromium) == []


def _choose(driver: Any, select_id: str, value: str) -> None:
    from selenium.webdriver.support.ui import Select

    Select(driver.find_element("id", select_id)).select_by_value(value)


def _type_date(driver: Any, input_id: str, iso: str) -> None:
    driver.execute_script(
        "const i = document.getElementById(arguments[0]); i.value = arguments[1];"
        "i.dispatchEvent(new Event('input', {bubbles: true}));",
        input_id,
        iso,
    )


def test_filters_change_the_rows(chromium: Any, bundled_site: Path) -> None:
    version = newest(bundled_site)
    open_page(chromium, page_url(bundled_site))
    claims = table(bundled_site, version, "claims")
    events = {e["event_id"]: e for e in table(bundled_site, version, "events")}
    everything = sorted(c["claim_id"] for c in claims)

    by_claimant: dict[str, list[str]] = {}
    for c in claims:
        by_claimant.setdefault(c["claimant_id"], []).append(c["claim_id"])
    claimant = min(sorted(by_claimant), key=lambda a: len(by_claimant[a]))
    _choose(chromium, "f-claimant", claimant)
    assert sorted(visible_claims(chromium)) == sorted(by_claimant[claimant])
    count = chromium.find_element("id", "count").text
    assert count.startswith(f"Showing {len(by_claimant[claimant])} claim")
    assert f" of {len(claims)}, in " in count

    chromium.find_element("id", "f-reset").click()
    assert sorted(visible_claims(chromium)) == everything

    event_type = events[claims[0]["event_id"]]["event_type"]
    _choose(chromium, "f-type", event_type)
    wanted = [c["claim_id"] for c in claims if events[c["event_id"]]["event_type"] == event_type]
    assert sorted(visible_claims(chromium)) == sorted(wanted)
    chromium.find_element("id", "f-reset").click()

    latest_end = max(e["date_end"] for e in events.values()).isoformat()
    _type_date(chromium, "f-from", latest_end)
    wanted = [
        c["claim_id"] for c in claims if events[c["event_id"]]["date_end"].isoformat() >= latest_end
    ]
    assert sorted(visible_claims(chromium)) == sorted(wanted)
    chromium.find_element("id", "f-reset").click()

    quote = claims[-1]["quote"]
    chromium.find_element("id", "f-text").send_keys(quote.upper())
    shown = visible_claims(chromium)
    assert claims[-1]["claim_id"] in shown
    assert set(shown) <= {c["claim_id"] for c in claims if quote.lower() in c["quote"].lower()} | {
        c["claim_id"] for c in claims if quote.lower() in events[c["event_id"]]["summary"].lower()
    }
    chromium.find_element("id", "f-reset").click()
    assert sorted(visible_claims(chromium)) == everything
    assert console_problems(chromium) == []


ESTIMATE_ROWS = """
return Array.from(document.querySelectorAll('#results .event')).map(article => ({
  event: article.id.slice('event-'.length),
  rows: Array.from(article.querySelectorAll('.estimates tbody tr')).map(tr => ({
    id: tr.getAttribute('data-claim'),
    counts: tr.querySelector('td.counts').textContent,
    claim: tr.lastElementChild.textContent,
  })),
}));
"""


def test_estimates_show_one_row_per_statement_with_what_it_counts(
    chromium: Any, bundled_site: Path
) -> None:
    from timeline.outputs.quantities import quantity_label

    version = newest(bundled_site)
    open_page(chromium, page_url(bundled_site))
    claims = table(bundled_site, version, "claims")
    by_id = {c["claim_id"]: c for c in claims}
    restated_shown = 0
    for event in chromium.execute_script(ESTIMATE_ROWS):
        figures = [
            c for c in claims if c["event_id"] == event["event"] and c["qualifier"] is not None
        ]
        statements = [c["claim_id"] for c in figures if c["restates"] is None]
        if len(statements) < 2:
            assert event["rows"] == []
            continue
        assert sorted(row["id"] for row in event["rows"]) == sorted(statements)
        for row in event["rows"]:
            assert row["counts"] == quantity_label(by_id[row["id"]]["unit"])
            restating = sorted(c["claim_id"] for c in claims if c["restates"] == row["id"])
            if restating:
                assert "restated in " in row["claim"]
                named = row["claim"].split("restated in ", 1)[1]
                assert all(claim_id in named for claim_id in restating)
                restated_shown += 1
            else:
                assert "restated in" not in row["claim"]
    assert restated_shown > 0  # the bundled data holds a restatement: folding was exercised
    assert console_problems(chromium) == []


def test_keyboard_reaches_the_skip_link_and_opens_a_claim(
    chromium: Any, bundled_site: Path
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    open_page(chromium, page_url(bundled_site))
    ActionChains(chromium).send_keys(Keys.TAB).perform()
    assert chromium.execute_script("return document.activeElement.className") == "skip"
    link = chromium.find_element("css selector", "#results .claim .permalink")
    link.send_keys(Keys.ENTER)
    claim_id = link.get_attribute("href").rsplit("#", 1)[1]
    assert chromium.execute_script("return location.hash") == f"#{claim_id}"
    assert chromium.execute_script("return document.activeElement.tagName") == "MARK"
    labels = chromium.execute_script(
        "return Array.from(document.querySelectorAll('#filters input, #filters select'))"
        ".map(c => document.querySelector('label[for=\"' + c.id + '\"]') !== null)"
    )
    assert labels and all(labels)


def test_usable_at_phone_width(chromium: Any, bundled_site: Path) -> None:
    version = newest(bundled_site)
    claim = table(bundled_site, version, "claims")[0]
    phone_viewport(chromium, 375, 812)
    try:
        open_page(chromium, page_url(bundled_site))
        width = "return [document.documentElement.scrollWidth, window.innerWidth]"
        scroll, inner = chromium.execute_script(width)
        assert inner == 375 and scroll <= inner, "the list scrolls sideways at phone width"
        chromium.execute_script("location.hash = arguments[0]", claim["claim_id"])
        scroll, inner = chromium.execute_script(width)
        assert scroll <= inner, "the source reader scrolls sideways at phone width"
        assert chromium.find_element("css selector", "#source-text mark").is_displayed()
    finally:
        desktop_viewport(chromium)


# --- Several releases: the version switcher, served over HTTP ---------------------------

CHANGED_SUMMARY = "A summary the second fixture release rewrote."


@pytest.fixture(scope="module")
def two_release_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A mirror of fixture releases 0.1.0 and 0.2.0 (0.2.0 rewrites the event summary)."""
    work = tmp_path_factory.mktemp("two")
    first = write_dataset(work / "first", version="0.1.0")
    build(first, work / "releases")
    second = write_dataset(work / "second", version="0.2.0", released="2024-11-20")
    events = second / "curated" / "events.yaml"
    events_rows = yaml.safe_load(events.read_text(encoding="utf-8"))
    events_rows[0]["summary"] = CHANGED_SUMMARY
    events.write_text(yaml.safe_dump(events_rows, sort_keys=False), encoding="utf-8")
    build(second, work / "releases")
    publish(work / "mirror", work / "releases")
    return work / "mirror"


def test_version_switcher_loads_another_release_over_http(
    chromium: Any, two_release_site: Path
) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    with serve(two_release_site) as mirror:
        assert open_page(chromium, f"{mirror.url}/index.html") == "0.2.0"
        summary = "return document.querySelector('#results .summary').textContent"
        assert chromium.execute_script(summary) == CHANGED_SUMMARY
        options = chromium.execute_script(
            "return Array.from(document.querySelectorAll('#version option')).map(o => o.value)"
        )
        assert options == ["0.2.0", "0.1.0"]
        assert chromium.find_element("id", "version").is_displayed()
        _choose(chromium, "version", "0.1.0")
        WebDriverWait(chromium, 15).until(
            lambda d: d.execute_script("return document.documentElement.dataset.ready") == "0.1.0"
        )
        assert chromium.current_url.endswith("?version=0.1.0")
        assert chromium.execute_script(summary) == rows()["events"][0]["summary"]
        claim = rows()["claims"][1]
        chromium.execute_script("location.hash = arguments[0]", claim["claim_id"])
        mark = chromium.find_element("css selector", "#source-text mark")
        assert mark.text == claim["quote"]
        assert mirror.count("/explorer/data-0.1.0.js") == 1
        assert console_problems(chromium) == []


def test_one_release_has_no_version_switcher(chromium: Any, tmp_path: Path) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    build(datasets, tmp_path / "releases")
    publish(tmp_path / "mirror", tmp_path / "releases")
    open_page(chromium, page_url(tmp_path / "mirror"))
    assert not chromium.find_element("id", "version").is_displayed()


# --- Text from reports is data, never markup -------------------------------------------

HOSTILE_TEXT = (
    "A fictional report 😀 written to test that the page never runs what a report says.\n\n"
    '<script>window.pwned = "script"</script> Officials said **at least 40** containers '
    "were unloaded <img src=x onerror=\"window.pwned = 'img'\"> at the "
    "[northern pier](javascript:window.pwned='link') during the week.\n"
)
HOSTILE_QUOTE = (
    '<script>window.pwned = "script"</script> Officials said **at least 40** containers '
    "were unloaded <img src=x onerror=\"window.pwned = 'img'\">"
)
HOSTILE_SUMMARY = "<b>Containers</b> <img src=x onerror=\"window.pwned = 'summary'\"> _unloaded_"
HOSTILE_NAME = "<i>Port</i> officials [site](javascript:window.pwned='name')"
HOSTILE_URL = "javascript:window.pwned='url'"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A release whose curated report is full of markup, links and Markdown."""
    import hashlib

    work = tmp_path_factory.mktemp("hostile")
    datasets = write_dataset(work / "datasets")
    tables = rows()
    source = tables["sources"][0]
    source["url"] = HOSTILE_URL
    source["title"] = "<script>window.pwned = 'title'</script> **A title**"
    source["text_sha256"] = hashlib.sha256(HOSTILE_TEXT.encode()).hexdigest()
    source["text_chars"] = len(HOSTILE_TEXT)
    tables["actors"][0]["name"] = HOSTILE_NAME
    tables["events"][0]["summary"] = HOSTILE_SUMMARY
    start = HOSTILE_TEXT.index(HOSTILE_QUOTE)
    claim = tables["claims"][0]
    claim.update(quote=HOSTILE_QUOTE, quote_start=start, quote_end=start + len(HOSTILE_QUOTE))
    tables["claims"] = [claim]
    for name, table_rows in tables.items():
        (datasets / "curated" / f"{name}.yaml").write_text(
            yaml.safe_dump(table_rows, sort_keys=False, allow_unicode=True), encoding="utf-8"
        )
    (datasets / "sources" / f"{SOURCE_ID}.txt").write_bytes(HOSTILE_TEXT.encode())
    build(datasets, work / "releases")
    publish(work / "mirror", work / "releases")
    return work / "mirror"


def test_hostile_report_text_is_shown_as_plain_text(chromium: Any, hostile_site: Path) -> None:
    claim_id = rows()["claims"][0]["claim_id"]
    open_page(chromium, page_url(hostile_site))
    found = chromium.execute_script(
        """return {
          pwned: window.pwned === undefined ? null : window.pwned,
          scripts: Array.from(document.scripts).map(s => s.getAttribute('src')),
          images: document.images.length,
          bold: document.querySelectorAll('#results b, #results i, #results strong em').length,
          summary: document.querySelector('#results .summary').textContent,
          quote: document.querySelector('#results .quote').textContent,
          claimant: document.querySelector('#results .claimant').textContent,
          hrefs: Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href')),
        };"""
    )
    assert found["pwned"] is None
    assert found["scripts"] == [
        "explorer/releases.js",
        "explorer/explorer.js",
        "explorer/data-0.1.0.js",
    ]
    assert found["images"] == 0 and found["bold"] == 0
    assert found["summary"] == HOSTILE_SUMMARY
    assert found["quote"] == HOSTILE_QUOTE
    assert found["claimant"] == HOSTILE_NAME
    assert not [h for h in found["hrefs"] if h and "javascript" in h.lower()]
    chromium.execute_script("location.hash = arguments[0]", claim_id)
    reader = chromium.execute_script(
        """return [document.querySelector('#source-text mark').textContent,
                   document.getElementById('source-text').textContent,
                   document.getElementById('reader-meta').querySelectorAll('a').length,
                   document.getElementById('reader-title').textContent,
                   window.pwned === undefined ? null : window.pwned];"""
    )
    assert reader[0] == HOSTILE_QUOTE  # offsets right after a character outside the BMP
    assert reader[1] == HOSTILE_TEXT
    assert reader[2] == 0  # a javascript: URL is shown as text, never as a link
    assert reader[3].startswith("<script>")
    assert reader[4] is None
    assert console_problems(chromium) == []


def test_the_page_declares_a_policy_that_allows_only_its_own_files(hostile_site: Path) -> None:
    page = (hostile_site / "index.html").read_text(encoding="utf-8")
    policy = page.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
    rules = dict(part.strip().split(" ", 1) for part in policy.split(";"))
    assert rules["default-src"] == "'none'"
    assert rules["script-src"] == "'self'" and rules["style-src"] == "'self'"
    assert " on" not in page.replace(" one", "")  # no inline handler attribute
    assert "<script>" not in page and "style=" not in page
    js = (hostile_site / "explorer" / "explorer.js").read_text(encoding="utf-8")
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js
    assert json.loads("[]") == []


# --- Many events: drawn a page at a time ------------------------------------------------


@pytest.fixture(scope="module")
def many_events_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    """A page whose one release repeats the newest bundled release's events past two pages."""
    folder = tmp_path_factory.mktemp("many")
    return folder, write_many_events_page(folder, 250)


def test_many_events_are_drawn_a_page_at_a_time(
    chromium: Any, many_events_site: tuple[Path, dict[str, Any]]
) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    folder, data = many_events_site
    total_events, total_claims = len(data["events"]), len(data["claims"])
    assert total_events > 200
    open_page(chromium, page_url(folder))
    drawn = "return document.querySelectorAll('#results .event').length"
    assert chromium.execute_script(drawn) == 100
    count = chromium.find_element("id", "count").text
    assert (
        count
        == f"Showing {total_claims:,} claims of {total_claims:,}, in {total_events:,} events of {total_events:,}."
    )
    click = "document.getElementById(arguments[0]).click()"  # a keyboard user's Enter
    chromium.execute_script(click, "more-next")
    assert chromium.execute_script(drawn) == 200
    # scrolling to the end draws the next page; scroll again on every poll, since a scroll made
    # while a loaded machine is still laying the page out may land before the end
    scroll_then_count = "window.scrollTo(0, document.body.scrollHeight); " + drawn
    WebDriverWait(chromium, 20).until(lambda d: d.execute_script(scroll_then_count) > 200)
    chromium.execute_script(click, "more-all")
    assert chromium.execute_script(drawn) == total_events
    assert not chromium.find_element("id", "more").is_displayed()

    claimant = data["claims"][-1]["claimant"]
    _choose(chromium, "f-claimant", claimant)
    wanted = sorted(c["id"] for c in data["claims"] if c["claimant"] == claimant)
    assert sorted(visible_claims(chromium)) == wanted

    last = data["claims"][-1]  # whether or not its event is drawn, its permalink works
    text = data["sources"][last["source"]]["text"]
    chromium.execute_script("location.hash = arguments[0]", last["id"])
    mark = chromium.find_element("css selector", "#source-text mark")
    assert mark.text == text[last["quote_start"] : last["quote_end"]]

    chromium.execute_script("location.hash = 'cl-99999999'")
    message = chromium.find_element("id", "message")
    assert message.is_displayed() and "has no claim cl-99999999" in message.text
    assert not chromium.find_element("id", "reader").is_displayed()
    assert console_problems(chromium) == []


def test_text_contrast_meets_wcag_aa(chromium: Any, bundled_site: Path) -> None:
    open_page(chromium, page_url(bundled_site))
    listing = chromium.execute_script(CONTRAST)
    chromium.execute_script(
        "location.hash = arguments[0]",
        table(bundled_site, newest(bundled_site), "claims")[0]["claim_id"],
    )
    reader = chromium.execute_script(CONTRAST)
    ratios = {**listing, **reader}
    assert len(ratios) > 10  # the check saw the page's text
    low = {element: ratio for element, ratio in ratios.items() if ratio < 4.5}
    assert low == {}, f"text below WCAG AA contrast (4.5:1): {low}"
