"""Headless Chromium for the explorer tests, driven by selenium with Debian's chromedriver.

The browser is a requirement of the suite, not an option: `.ci/run` installs Debian's
``chromium`` and ``chromium-driver``, so a missing browser fails the tests that need it
with a message saying what to install (never a skip).  Selenium is given the driver's
path, so it never looks for (or downloads) a browser of its own.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

BROWSER_NAMES = ("chromium", "chromium-browser")
DRIVER_NAMES = ("chromedriver",)
INSTALL_HINT = (
    "headless Chromium is needed for the explorer tests: install Debian's `chromium` and "
    "`chromium-driver` (`apt-get install -y chromium chromium-driver`; .ci/run does this)"
)


def _which(names: tuple[str, ...]) -> str | None:
    return next((found for n in names if (found := shutil.which(n))), None)


def start_chromium(width: int = 1280, height: int = 900) -> Any:
    """A headless Chromium at ``width`` x ``height`` CSS pixels, logging console messages."""
    browser, driver = _which(BROWSER_NAMES), _which(DRIVER_NAMES)
    if browser is None or driver is None:
        pytest.fail(INSTALL_HINT, pytrace=False)
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    options = Options()
    options.binary_location = browser
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--no-first-run",
        "--hide-scrollbars",
        f"--window-size={width},{height}",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=Service(driver))


def phone_viewport(driver: Any, width: int = 375, height: int = 812) -> None:
    """Emulate a phone's viewport (a headless window cannot be narrower than 500 px)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True},
    )


def desktop_viewport(driver: Any) -> None:
    """Back to the window's own size."""
    driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


def page_url(root: Path, query: str = "", fragment: str = "") -> str:
    """The ``file://`` URL of ``root/index.html`` with an optional query and fragment."""
    url = (root / "index.html").resolve().as_uri()
    return url + (f"?{query}" if query else "") + (f"#{fragment}" if fragment else "")


def open_page(driver: Any, url: str, timeout: float = 15) -> str:
    """Load ``url`` and wait until the page has drawn its release; return that version."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script("return document.documentElement.dataset.ready || null")
    )
    return str(driver.execute_script("return document.documentElement.dataset.ready"))


def console_problems(driver: Any) -> list[str]:
    """Console messages at warning level or worse since the last call (CSP reports included)."""
    return [
        entry["message"]
        for entry in driver.get_log("browser")
        if entry["level"] in ("WARNING", "SEVERE")
    ]


#: Walks every claim's permalink in one round trip: sets the hash, waits for the page's
#: hashchange handler, and reports what the reader shows.
VISIT_PERMALINKS = """
const ids = arguments[0], done = arguments[arguments.length - 1];
const out = {};
function next(i) {
  if (i >= ids.length) { location.hash = ""; done(out); return; }
  const id = ids[i];
  window.addEventListener("hashchange", function () {
    const mark = document.querySelector("#source-text mark");
    const box = document.getElementById("source-text").getBoundingClientRect();
    const r = mark ? mark.getBoundingClientRect() : null;
    out[id] = {
      reader: !document.getElementById("reader").hidden,
      marks: document.querySelectorAll("#source-text mark").length,
      text: mark ? mark.textContent : null,
      before: mark && mark.previousSibling ? mark.previousSibling.textContent.length : 0,
      whole: document.getElementById("source-text").textContent.length,
      visible: !!r && r.bottom > Math.max(box.top, 0) && r.top < Math.min(box.bottom, innerHeight),
    };
    next(i + 1);
  }, { once: true });
  location.hash = id;
}
next(0);
"""


VISIBLE_CLAIMS = """
const more = document.getElementById('more');
if (!more.hidden) { document.getElementById('more-all').click(); }
return Array.from(document.querySelectorAll('#results .claim'))
  .filter(li => !li.hidden && !li.closest('.event').hidden)
  .map(li => li.id.slice('claim-'.length));
"""


def visible_claims(driver: Any) -> list[str]:
    return list(driver.execute_script(VISIBLE_CLAIMS))


#: WCAG contrast of every element's own text against its effective background colour.
CONTRAST = """
function rgb(text) { return text.match(/[0-9.]+/g).map(Number); }
function lum(c) {
  const [r, g, b] = c.slice(0, 3).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function background(node) {
  for (; node; node = node.parentElement) {
    const c = rgb(getComputedStyle(node).backgroundColor);
    if (c.length < 4 || c[3] > 0) { return c; }
  }
  return [255, 255, 255];
}
const worst = {};
for (const node of document.querySelectorAll('body *')) {
  const own = Array.from(node.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own || !node.getClientRects().length) { continue; }
  const a = lum(rgb(getComputedStyle(node).color)), b = lum(background(node));
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const key = node.tagName.toLowerCase() + (node.className ? '.' + node.className : '');
  worst[key] = Math.min(worst[key] || 99, Math.round(ratio * 100) / 100);
}
return worst;
"""


def write_many_events_page(folder: Path, at_least: int) -> dict[str, Any]:
    """Write a one-release page into ``folder`` whose events repeat the newest bundled
    release's (new ids) until there are ``at_least``; return the page's data."""
    from timeline.publish.explorer.data import release_data
    from timeline.publish.explorer.site import ASSETS, PAGE_NAME, asset_bytes, data_script
    from timeline.releases.paths import bundled_root, parse_version, releases_in

    root = bundled_root()
    base = release_data(root / max(releases_in(root), key=parse_version))
    copies = at_least // len(base["events"]) + 1
    events: list[dict[str, Any]] = []
    claims: list[dict[str, Any]] = []
    for copy in range(copies):
        events += [{**e, "id": f"ev-{copy:03d}{e['id'][3:]}"} for e in base["events"]]
        claims += [
            {
                **c,
                "id": f"cl-{copy:03d}{c['id'][3:]}",
                "event": f"ev-{copy:03d}{c['event'][3:]}",
                "restates": None,
            }
            for c in base["claims"]
        ]
    events.sort(key=lambda e: (e["start"] or e["end"], e["end"], e["id"]))
    data = {**base, "version": "9.0.0", "events": events, "claims": claims}
    (folder / "explorer").mkdir()
    (folder / PAGE_NAME).write_bytes(asset_bytes(PAGE_NAME))
    for name in ASSETS:
        (folder / "explorer" / name).write_bytes(asset_bytes(name))
    listing = {"latest": "9.0.0", "versions": ["9.0.0"]}
    (folder / "explorer" / "releases.js").write_bytes(
        data_script("TIMELINE_RELEASES", None, listing)
    )
    (folder / "explorer" / "data-9.0.0.js").write_bytes(data_script("TIMELINE_DATA", "9.0.0", data))
    return data
