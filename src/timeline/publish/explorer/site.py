"""Write the explorer page into a mirror folder: ``index.html`` and ``explorer/``.

::

    ROOT/index.html                   the page (static: the same bytes for every mirror)
    ROOT/explorer/explorer.js         the page's code, explorer.css its styles
    ROOT/explorer/releases.js         which releases ROOT holds, and the newest
    ROOT/explorer/data-<version>.js   one release: events, claims, actors, sources and
                                      their archived texts, as one JSON object

Data is shipped as script files, not fetched, so the page works opened from disk
(``file://``) as well as from any static host.  The output depends on the release
folders alone (sorted keys, no dates or paths of this machine), so publishing twice
writes the same bytes.
"""

from __future__ import annotations

import json
import shutil
from importlib import resources
from pathlib import Path
from typing import Any

from timeline.errors import PublishError
from timeline.publish.explorer.data import release_data
from timeline.releases.manifest import MANIFEST_NAME
from timeline.releases.paths import parse_version, releases_in

PAGE_NAME = "index.html"
FOLDER_NAME = "explorer"
#: The page's own code and styles, copied as they are.
ASSETS = ("explorer.js", "explorer.css", "icon.svg")


def asset_bytes(name: str) -> bytes:
    """A static file of the page, read from the installed package."""
    return resources.files("timeline.publish.explorer").joinpath("assets", name).read_bytes()


def data_script(variable: str, key: str | None, value: Any) -> bytes:
    """A script that stores ``value`` (plain JSON) in ``window[variable]`` (or its ``key``).

    The JSON text is given to ``JSON.parse`` as one string literal: browsers parse that
    faster than the same data written as a JavaScript object (about 100 ms less for
    10,000 claims in Chromium).  ASCII only, so the file reads the same whatever encoding
    a host declares.
    """
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    body = f"JSON.parse({json.dumps(text)})"
    if key is None:
        line = f"window.{variable} = {body};\n"
    else:
        store = f"window.{variable}"
        line = f"{store} = {store} || {{}};\n{store}[{json.dumps(key)}] = {body};\n"
    return line.encode("ascii")


def _zip_name(root: Path, version: str) -> str | None:
    manifest = json.loads((root / version / MANIFEST_NAME).read_text(encoding="utf-8"))
    name = f"{manifest.get('dataset', 'timeline')}-{version}.zip"
    return name if (root / name).is_file() else None


def explorer_files(root: Path, notes: dict[str, str] | None = None) -> dict[str, bytes]:
    """Every file of the explorer for the releases in ``root``, by path relative to it.

    ``notes`` adds a line to a release's header (for example 'working copy, not
    published' for ``timeline explore``).
    """
    versions = sorted(releases_in(root), key=parse_version)
    files: dict[str, bytes] = {PAGE_NAME: asset_bytes(PAGE_NAME)}
    for name in ASSETS:
        files[f"{FOLDER_NAME}/{name}"] = asset_bytes(name)
    listing = {"latest": versions[-1] if versions else None, "versions": versions[::-1]}
    files[f"{FOLDER_NAME}/releases.js"] = data_script("TIMELINE_RELEASES", None, listing)
    for version in versions:
        try:
            data = release_data(
                root / version, zip_name=_zip_name(root, version), note=(notes or {}).get(version)
            )
        except KeyError as exc:  # a release of another schema than this package knows
            msg = (
                f"{root / version}: the explorer cannot read this release (no column {exc}); "
                "publish it with the version of timeline that built it, or upgrade timeline"
            )
            raise PublishError(msg) from None
        files[f"{FOLDER_NAME}/data-{version}.js"] = data_script("TIMELINE_DATA", version, data)
    return files


def write_explorer(root: Path, notes: dict[str, str] | None = None) -> list[Path]:
    """Write (or rewrite) the explorer for every release in ``root``; return the paths.

    An earlier explorer in ``root`` is replaced whole, so no data file of an old page
    stays behind.  ``root`` is expected to be a staging folder the caller renames into
    place (as ``timeline publish`` does), so this write need not be atomic itself.
    """
    files = explorer_files(root, notes)
    shutil.rmtree(root / FOLDER_NAME, ignore_errors=True)
    written = []
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written
