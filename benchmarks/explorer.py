"""The explorer page with many claims, in headless Chromium: render, filter, size.

Usage::

    python benchmarks/explorer.py                 # 10,000 claims, 5 runs
    python benchmarks/explorer.py --claims 2000 --runs 1
    python benchmarks/explorer.py --screenshots docs/img   # the docs' screenshots instead

Generates a page over the newest bundled release with its events and claims repeated
(new ids, same texts, quotes and dates) up to ``--claims``, opens it from disk in
headless Chromium (Debian's ``chromium`` and ``chromedriver``, as the tests use) and
measures, as medians over ``--runs`` fresh page loads:

- **render**: from navigation start to the page's ``timeline-ready`` mark plus two
  animation frames: the data parsed, every claim indexed and counted, the first 100
  matching events drawn (the page draws more as the reader scrolls or asks);
- **filter**: one change of a filter (text search, claimant, event type, date, then
  clearing them) over all the claims, through to the next two animation frames;
- **show all**: drawing every remaining event and claim at once (for information);

against a **baseline in the same run**: the same claims as a plain static HTML table
(no script at all), loaded the same way.  Also prints the page's own code and styles
(the budget is 300 KB) and the data file's size.  Nothing asserts a timing.
"""

from __future__ import annotations

import argparse
import html
import platform
import shutil
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

from timeline.publish.explorer.data import release_data
from timeline.publish.explorer.site import ASSETS, FOLDER_NAME, PAGE_NAME, asset_bytes, data_script
from timeline.releases.paths import bundled_root, parse_version, releases_in

VERSION = "999.0.0"

READY = """
const done = arguments[arguments.length - 1];
(function wait() {
  const mark = performance.getEntriesByName("timeline-ready")[0];
  if (!mark) { setTimeout(wait, 5); return; }
  const finish = () => done([mark.startTime, performance.now()]);
  requestAnimationFrame(() => requestAnimationFrame(finish));
})();
"""

TABLE_READY = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())));
"""

FILTER = """
const [id, value, done] = arguments;
const control = document.getElementById(id);
const start = performance.now();
if (control.tagName === "BUTTON") { control.click(); } else {
  control.value = value;
  control.dispatchEvent(new Event("input", { bubbles: true }));
}
document.body.offsetHeight;
requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start)));
"""


def many_claims(count: int) -> dict[str, Any]:
    """The newest bundled release's page data, its events and claims repeated to ``count``."""
    root = bundled_root()
    newest = max(releases_in(root), key=parse_version)
    base = release_data(root / newest)
    base_claims = base["claims"]
    events, claims = [], []
    copy = 0
    while len(claims) < count:
        for event in base["events"]:
            events.append({**event, "id": f"ev-{copy:04d}{event['id'][3:]}"})
        for claim in base_claims:
            if len(claims) == count:
                break
            number = len(claims) + 1
            claims.append(
                {
                    **claim,
                    "id": f"cl-{number:06d}",
                    "event": f"ev-{copy:04d}{claim['event'][3:]}",
                    "restates": None,
                }
            )
        copy += 1
    used = {c["event"] for c in claims}
    events = [e for e in events if e["id"] in used]
    events.sort(key=lambda e: (e["start"] or e["end"], e["end"], e["id"]))
    return {**base, "version": VERSION, "events": events, "claims": claims, "downloads": []}


def write_page(folder: Path, data: dict[str, Any]) -> None:
    (folder / FOLDER_NAME).mkdir(parents=True)
    (folder / PAGE_NAME).write_bytes(asset_bytes(PAGE_NAME))
    for name in ASSETS:
        (folder / FOLDER_NAME / name).write_bytes(asset_bytes(name))
    listing = {"latest": VERSION, "versions": [VERSION]}
    (folder / FOLDER_NAME / "releases.js").write_bytes(
        data_script("TIMELINE_RELEASES", None, listing)
    )
    (folder / FOLDER_NAME / f"data-{VERSION}.js").write_bytes(
        data_script("TIMELINE_DATA", VERSION, data)
    )


def write_table(path: Path, data: dict[str, Any]) -> None:
    """The baseline: the same claims as one static HTML table, no script."""
    names = {a: v["name"] for a, v in data["actors"].items()}
    rows = "".join(
        "<tr>"
        + "".join(
            f"<td>{html.escape(str(cell))}</td>"
            for cell in (
                c["id"],
                c["stated_words"],
                names.get(c["claimant"]),
                c["words"],
                c["quote"],
            )
        )
        + "</tr>\n"
        for c in data["claims"]
    )
    path.write_text(
        "<!doctype html><html lang=en><meta charset=utf-8><title>table</title><table>"
        f"<tr><th>id<th>stated<th>claimant<th>number<th>quote</tr>\n{rows}</table></html>",
        encoding="utf-8",
    )


#: (file name, window width, height, claim to open or None): the docs' screenshots.
SHOTS = (
    ("explorer-desktop.png", 1280, 900, None),
    ("explorer-desktop-source.png", 1280, 900, -1),
    ("explorer-phone.png", 375, 812, None),
    ("explorer-phone-source.png", 375, 812, -1),
)


def screenshots(folder: Path, start_chromium: Any, phone_viewport: Any) -> None:
    """Publish the bundled releases and photograph the page at desktop and phone widths."""
    from timeline.publish.static import publish

    work = Path(tempfile.mkdtemp(prefix="explorer-shots-"))
    publish(work / "mirror", bundled_root())
    newest = max(releases_in(work / "mirror"), key=parse_version)
    data = release_data(work / "mirror" / newest)
    numeric = [c["id"] for c in data["claims"] if c["words"]]
    folder.mkdir(parents=True, exist_ok=True)
    for name, width, height, claim in SHOTS:
        driver = start_chromium(max(width, 800), height)
        try:
            if width < 800:
                phone_viewport(driver, width, height)
            fragment = f"#{numeric[claim]}" if claim is not None else ""
            driver.get((work / "mirror" / PAGE_NAME).as_uri() + fragment)
            driver.execute_async_script(READY)
            driver.save_screenshot(str(folder / name))
        finally:
            driver.quit()
        print(f"wrote {folder / name}")
    shutil.rmtree(work)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--screenshots", type=Path, default=None, metavar="DIR")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from explorer_browser import phone_viewport, start_chromium

    if args.screenshots is not None:
        screenshots(args.screenshots, start_chromium, phone_viewport)
        return

    data = many_claims(args.claims)
    work = Path(tempfile.mkdtemp(prefix="explorer-bench-"))
    driver = start_chromium()
    try:
        write_page(work / "page", data)
        write_table(work / "table.html", data)
        page = (work / "page" / PAGE_NAME).as_uri()
        claimant = data["claims"][0]["claimant"]
        event_type = data["events"][0]["type"]
        middle = sorted(e["end"] for e in data["events"])[len(data["events"]) // 2]
        steps = [
            ("f-text", "kursk"),
            ("f-reset", ""),
            ("f-claimant", claimant),
            ("f-reset", ""),
            ("f-type", event_type),
            ("f-reset", ""),
            ("f-from", middle),
            ("f-reset", ""),
        ]
        render, table, filters, everything = [], [], [], []
        for _ in range(args.runs):
            driver.get(page)
            ready, painted = driver.execute_async_script(READY)
            render.append(painted)
            shown = driver.execute_script("return document.getElementById('count').textContent")
            assert shown.startswith(f"Showing {args.claims:,} claims"), shown
            del ready
            filters.append(max(driver.execute_async_script(FILTER, i, v) for i, v in steps))
            everything.append(driver.execute_async_script(FILTER, "more-all", ""))
            on_page = driver.execute_script("return document.querySelectorAll('.claim').length")
            assert on_page == args.claims, on_page
            driver.get((work / "table.html").as_uri())
            table.append(driver.execute_async_script(TABLE_READY))
        version = driver.capabilities.get("browserVersion", "?")
    finally:
        driver.quit()
    own = asset_bytes(PAGE_NAME) + b"".join(asset_bytes(a) for a in ASSETS)
    data_bytes = (work / "page" / FOLDER_NAME / f"data-{VERSION}.js").stat().st_size
    shutil.rmtree(work)
    median_render, median_table = statistics.median(render), statistics.median(table)
    print(f"machine: {platform.platform()}, Python {platform.python_version()}, Chromium {version}")
    sizes = f"{args.claims:,} claims in {len(data['events']):,} events"
    print(f"{sizes}; medians of {args.runs} page loads")
    print("| target | measured | baseline | ratio | goal | met |")
    print("|---|---|---|---|---|---|")
    print(
        f"| render (navigation to first page painted) | {median_render:.0f} ms | "
        f"{median_table:.0f} ms static HTML table, no script | "
        f"{median_render / median_table:.2f}× | < 1 s | {'yes' if median_render < 1000 else 'NO'} |"
    )
    slowest = statistics.median(filters)
    print(
        f"| filter (slowest of {len(steps)} changes, to painted) | {slowest:.0f} ms | "
        f"{median_render:.0f} ms first-page render | {slowest / median_render:.2f}× | < 1 s | "
        f"{'yes' if slowest < 1000 else 'NO'} |"
    )
    print(
        f"| show all (every claim in the DOM, after the first page) | "
        f"{statistics.median(everything):.0f} ms | {median_render:.0f} ms first page | "
        f"{statistics.median(everything) / median_render:.2f}× | (info) | n/a |"
    )
    print(
        f"| page code and styles | {len(own) / 1024:.1f} KB | 300 KB budget | "
        f"{len(own) / (300 * 1024):.2f}× | ≤ 300 KB | {'yes' if len(own) <= 300 * 1024 else 'NO'} |"
    )
    print(f"| data file (not budgeted) | {data_bytes / 1024 / 1024:.1f} MiB | | | | |")


if __name__ == "__main__":
    main()
