"""Archive a report: its exact bytes under ``sources/`` and its row in ``curated/sources.yaml``.

Also the small pieces every curation command shares: reading a report's text (UTF-8, not
empty), reading dates, appending row blocks to a curated YAML file in its own style (the
header comments kept, one blank line between rows, ``key: null`` for missing values), and
writing several files all or none.  Imports no pandas, so ``timeline propose`` stays fast.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tempfile  # noqa: F401  (the module write_all stages through; tests patch it here)
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.curation.ids import slugify
from timeline.errors import CurationError, InputError
from timeline.io import layout
from timeline.io.atomic import commit_files, recover

#: Width the curated YAML files are wrapped at (``yaml.safe_dump`` reproduces them exactly).
YAML_WIDTH = 100
BASIS_VALUES = ("stated", "inferred", "supplied")
#: Largest report ``add-source`` and ``propose`` read: a long article is some tens of KiB.
REPORT_LIMIT = 2 * 1024 * 1024
SOURCE_COLUMNS = (
    "source_id", "publisher", "publisher_basis", "title", "title_basis", "url", "published_on",
    "published_on_basis", "language", "text_sha256", "text_chars", "provenance_note",
)  # fmt: skip


def read_report(path: Path) -> tuple[bytes, str]:
    """A report's exact bytes and its text; missing, empty, huge or non-UTF-8 files are refused."""
    try:
        exists = path.exists()
    except OSError as exc:  # a name too long for the file system, say
        msg = f"{_shown(path)}: cannot read: {exc.strerror or exc}"
        raise InputError(msg) from None
    if not exists:
        msg = f"{path}: no such file"
        raise InputError(msg)
    if not path.is_file():
        msg = f"{path}: not a file; expected a UTF-8 text file holding the report"
        raise InputError(msg)
    try:
        with path.open("rb") as handle:
            data = handle.read(REPORT_LIMIT + 1)  # never more, whatever the file claims
    except OSError as exc:
        msg = f"{path}: cannot read: {exc.strerror}"
        raise InputError(msg) from None
    if len(data) > REPORT_LIMIT:
        msg = (
            f"{path}: larger than a report may be ({REPORT_LIMIT // (1024 * 1024)} MiB); "
            "archive the text of one report, not a whole site or a binary file"
        )
        raise InputError(msg)
    if not data.strip():
        msg = f"{path}: file is empty; expected the text of a report"
        raise InputError(msg)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        msg = (
            f"{path}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset "
            f"{exc.start}); save the report as UTF-8 text"
        )
        raise InputError(msg) from None
    return data, text


def _shown(path: Path) -> str:
    """``path`` for a message: a very long one is cut, with its length."""
    text = str(path)
    return text if len(text) <= 120 else f"{text[:100]}… ({len(text)} characters)"


def parse_date(value: str, option: str, *, not_after: dt.date | None = None) -> dt.date:
    """``YYYY-MM-DD`` as a date; with ``not_after``, a later date is refused too."""
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        msg = f"{option}: {value!r} is not a date; expected YYYY-MM-DD such as 2024-12-23"
        raise InputError(msg) from None
    if len(value.strip()) != 10:
        msg = f"{option}: {value!r} is not a date; expected YYYY-MM-DD such as 2024-12-23"
        raise InputError(msg)
    if not_after is not None and day > not_after:
        msg = f"{option}: {day} is in the future (today is {not_after}); give the publication date"
        raise InputError(msg)
    return day


def load_rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a curated YAML file (a list of mappings); a missing file is an error.

    Read by the one curated YAML reader (:mod:`timeline.io.curated_yaml`), which refuses
    aliases, duplicate keys, impossible dates and the like with file, line and column.
    """
    from timeline.io.curated_yaml import read_rows

    if not path.is_file() and not path.is_dir():
        msg = f"{path}: not found; expected a curated table file (a YAML list of rows)"
        raise InputError(msg)
    return read_rows(path).rows


def yaml_block(row: Mapping[str, Any]) -> str:
    """One row as the curated files write it: ``- key: value`` lines, wrapped at 100."""
    import yaml

    text: str = yaml.safe_dump([dict(row)], sort_keys=False, allow_unicode=True, width=YAML_WIDTH)
    return text


def appended(text: str, rows: Sequence[Mapping[str, Any]]) -> str:
    """``text`` (a curated YAML file) with ``rows`` appended, one blank line before each."""
    if not rows:
        return text
    out = text if not text or text.endswith("\n") else text + "\n"
    for row in rows:
        out += ("\n" if out.strip() else "") + yaml_block(row)
    return out


def write_all(files: Mapping[Path, bytes | None], root: Path | None = None) -> None:
    """Write every file (``None``: delete it) all or none: temp files first, then renames.

    Every new content is written to a temp file beside its target before anything is
    renamed, so a failure while writing leaves every target as it was; the renames are
    journalled in ``root`` (default: the targets' common folder), so a process killed
    while renaming is completed by the next run (:func:`timeline.io.atomic.recover`).
    """
    for path, data in files.items():
        if data is not None and not path.parent.is_dir():
            msg = f"{path}: cannot write: folder {path.parent} does not exist"
            raise InputError(msg)
    commit_files(files, root)


@dataclass(frozen=True)
class NewSource:
    """What ``add-source`` archived: the row appended and the text's path."""

    row: dict[str, Any]
    text_path: Path
    yaml_path: Path

    @property
    def source_id(self) -> str:
        return str(self.row["source_id"])


def derive_source_id(publisher: str, published_on: dt.date, title: str) -> str:
    """``<publisher slug>-<date>-<first title words>``, e.g. ``reuters-2025-01-10-troops-kursk``."""
    parts = [slugify(publisher, 3), published_on.isoformat(), slugify(title, 4)]
    return "-".join(p for p in parts if p)


@layout.writes_datasets
def add_source(
    datasets_dir: Path,
    report: Path,
    *,
    publisher: str,
    published_on: str,
    title: str | None,
    url: str | None = None,
    language: str = "en",
    source_id: str | None = None,
    basis: Mapping[str, str] | None = None,
    provenance_note: str | None = None,
    today: dt.date | None = None,
) -> NewSource:
    """Archive ``report`` in ``datasets_dir`` and append its ``sources`` row; all or nothing.

    Refuses (nothing written): a missing, empty, non-UTF-8 or too large file
    (:data:`REPORT_LIMIT`); a date that is not one or is in the future; no title (the
    schema requires one); a text already archived (same SHA-256); an id in use, not a
    slug or too long.  Holds the folder's writers' lock (:func:`timeline.io.layout.writing`).
    """
    recover(datasets_dir)  # finish what a killed run committed, before reading anything
    day = parse_date(published_on, "--published-on", not_after=today or dt.date.today())
    if not publisher.strip():
        msg = "--publisher: empty; give the outlet that published the report"
        raise InputError(msg)
    if title is None or not title.strip():
        msg = (
            "--title is required: the sources schema requires a title; when the archived text "
            "has none, write a short descriptive one (it is recorded as title_basis: supplied)"
        )
        raise InputError(msg)
    if not re.fullmatch(r"[a-z]{2}", language):
        msg = f"--language: {language!r} is not an ISO 639-1 code such as en, ko, uk"
        raise InputError(msg)
    data, text = read_report(report)
    sources_dir = layout.sources_dir(datasets_dir)
    yaml_path = layout.table_path(datasets_dir, "sources")
    if not sources_dir.is_dir() or not yaml_path.parent.is_dir():
        msg = f"{datasets_dir}: not a curated dataset folder (expected curated/ and sources/)"
        raise InputError(msg)
    rows = load_rows(yaml_path)
    digest = hashlib.sha256(data).hexdigest()
    for existing in rows:
        if existing.get("text_sha256") == digest:
            msg = (
                f"{report}: this text is already archived as source {existing.get('source_id')} "
                f"(same SHA-256 {digest[:12]}…); nothing written"
            )
            raise CurationError(msg)
    new_id = source_id or derive_source_id(publisher, day, title)
    try:
        text_path = layout.text_path(datasets_dir, new_id)
    except InputError as exc:
        hint = "" if source_id else " (derived from --publisher and --title: pass --source-id)"
        msg = f"--source-id: {exc}{hint}"
        raise InputError(msg) from None
    if any(str(r.get("source_id")) == new_id for r in rows) or text_path.exists():
        msg = (
            f"source id {new_id} is already in use (in {yaml_path} or {sources_dir}); "
            "pass another with --source-id"
        )
        raise CurationError(msg)
    bases = {"publisher": "supplied", "title": "supplied", "published_on": "supplied"}
    bases.update(basis or {})
    row: dict[str, Any] = {
        "source_id": new_id,
        "publisher": publisher.strip(),
        "publisher_basis": bases["publisher"],
        "title": title.strip(),
        "title_basis": bases["title"],
        "url": url or None,
        "published_on": day,
        "published_on_basis": bases["published_on"],
        "language": language,
        "text_sha256": digest,
        "text_chars": len(text),
        "provenance_note": provenance_note,
    }
    new_yaml = appended(yaml_path.read_text(encoding="utf-8"), [row])
    write_all({text_path: data, yaml_path: new_yaml.encode("utf-8")}, datasets_dir)
    return NewSource(row, text_path, yaml_path)
