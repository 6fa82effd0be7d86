"""The review file: a source's candidate claims, as a curator edits them before ``accept``.

``datasets/review/<source_id>.yaml`` holds one YAML list of candidates in the curated style
(a comment header, one blank line between rows, ``key: null`` for missing values): the
claims columns plus what a new event needs (``event_type``, ``summary``, the date
columns, ``date_kind``, ``location``, ``item``) and the proposal's ``claimant``,
``flags``, ``confidence`` and ``rule``.  Validation and builds read only ``curated/``, so
the review folder is never published.  Stdlib and PyYAML only: no pandas.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from timeline.curation.archive import appended, load_rows, read_report
from timeline.errors import CurationError, InputError
from timeline.io import layout

REVIEW_DIR = layout.REVIEW_DIR

#: The keys of a review row, in file order.
REVIEW_KEYS: tuple[str, ...] = (
    "candidate_id", "event_id", "claimant", "claimant_id", "attribution", "certainty",
    "stated_on", "stated_end", "stated_precision", "stated_text", "venue", "quote",
    "quote_start", "quote_end", "value", "qualifier", "value_low", "value_high", "unit",
    "restates", "event_type", "summary", "date_start", "date_end", "date_precision",
    "date_kind", "date_text", "location", "item", "flags", "confidence", "rule", "coding_note",
)  # fmt: skip
DATE_KEYS = frozenset({"stated_on", "stated_end", "date_start", "date_end"})


def review_path(datasets_dir: Path, source_id: str) -> Path:
    """Where the review file of ``source_id`` lives (the id checked: a one-line error)."""
    return layout.review_path(datasets_dir, source_id)


def header(source_id: str | None, published_on: str) -> str:
    """The comment block that opens a review file and says how to use it."""
    sid = source_id or "SOURCE_ID"
    return (
        f"# Candidate claims proposed by `timeline propose` for the source\n"
        f"# {sid} (published {published_on}).\n"
        "# Review each one: fix any value, delete the candidates you reject, set event_id to an\n"
        "# existing event to attach the claim to it (otherwise a new event is made from\n"
        "# event_type, summary and the date columns), then run `timeline accept SOURCE_ID --all`\n"
        "# (or name candidate ids). accept fills the offsets. This folder is never validated or\n"
        "# built.\n"
    )


def review_row(candidate: Mapping[str, Any]) -> dict[str, Any]:
    """A candidate of :func:`timeline.curation.propose` as a review row (dates as dates)."""
    row: dict[str, Any] = {}
    for key in REVIEW_KEYS:
        value = candidate.get(key)
        if key in DATE_KEYS and isinstance(value, str):
            value = dt.date.fromisoformat(value)
        if key == "flags":
            value = list(value or [])
        row[key] = value
    return row


def review_text(proposal: Mapping[str, Any]) -> str:
    """The review file for a ``propose()`` result: header and one block per candidate."""
    source = proposal.get("source") or {}
    text = header(source.get("source_id"), str(source.get("published_on")))
    rows = [review_row(c) for c in proposal.get("candidates") or ()]
    if not rows:
        return text + "[]\n"
    return appended(text, rows)


def curated_context(datasets_dir: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The curated actors and events, as ``propose()`` takes them (plain YAML rows), each
    event with the figures its claims already state (``estimates``)."""
    from timeline.curation.linking import with_estimates

    actors = load_rows(layout.table_path(datasets_dir, "actors"))
    events = load_rows(layout.table_path(datasets_dir, "events"))
    return actors, with_estimates(events, load_rows(layout.table_path(datasets_dir, "claims")))


def find_source(datasets_dir: Path, source_id: str) -> dict[str, Any] | None:
    """The curated ``sources`` row of ``source_id``, or None."""
    for row in load_rows(layout.table_path(datasets_dir, "sources")):
        if str(row.get("source_id")) == source_id:
            return row
    return None


def archived_text(datasets_dir: Path, source_id: str) -> str:
    """The archived text of a curated source, decoded."""
    return read_report(layout.text_path(datasets_dir, source_id))[1]


@layout.writes_datasets
def write_review(datasets_dir: Path, source_id: str, text: str) -> Path:
    """Store a review file; an existing one (maybe edited) is never overwritten. Holds the
    datasets folder's writers' lock, so library callers are covered as the CLI is."""
    from timeline.curation.archive import write_all
    from timeline.io.atomic import recover

    recover(datasets_dir)  # finish what a killed run committed, before reading anything
    path = review_path(datasets_dir, source_id)
    if path.exists():
        msg = (
            f"{path}: a review file for {source_id} already exists (it may hold your edits); "
            f"accept its candidates or delete it, then propose again"
        )
        raise CurationError(msg)
    if not layout.curated_dir(datasets_dir).is_dir():
        msg = f"{datasets_dir}: not a curated dataset folder (no curated/)"
        raise InputError(msg)
    path.parent.mkdir(exist_ok=True)
    write_all({path: text.encode("utf-8")})
    return path


def read_review(path: Path) -> list[dict[str, Any]]:
    """The candidates of a review file, as edited by the curator."""
    if not path.is_file():
        msg = f"{path}: no review file; run `timeline propose {path.stem} --write` first"
        raise InputError(msg)
    rows = load_rows(path)
    seen: set[str] = set()
    for pos, row in enumerate(rows, start=1):
        cid = row.get("candidate_id")
        if not isinstance(cid, str) or not cid:
            msg = f"{path}: row {pos} has no candidate_id; every candidate needs one"
            raise InputError(msg)
        if cid in seen:
            msg = f"{path}: candidate_id {cid} appears twice; make each one unique"
            raise InputError(msg)
        seen.add(cid)
        unknown = [k for k in row if k not in REVIEW_KEYS]
        if unknown:
            raise InputError(_unknown_key(path, pos, cid, str(unknown[0])))
    return rows


def _unknown_key(path: Path, pos: int, cid: str, key: str) -> str:
    """A misspelt key would be dropped without a word ("qualifer: about"): name it, its line
    and the key it was probably meant to be."""
    import difflib

    import yaml

    from timeline.io import curated_yaml

    where = f"{path}"
    root = curated_yaml.compose(path, curated_yaml.read_text(path))
    if isinstance(root, yaml.SequenceNode) and pos - 1 < len(root.value):
        item = root.value[pos - 1]
        for key_node, _ in getattr(item, "value", []):
            if getattr(key_node, "value", None) == key:
                where = f"{path}:{key_node.start_mark.line + 1}"
    close = difflib.get_close_matches(key, REVIEW_KEYS, n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"the keys are {', '.join(REVIEW_KEYS)}"
    return f"{where}: candidate {cid} has an unknown key {key!r}; {hint}"


def without_candidates(path: Path, accepted: Sequence[str]) -> bytes | None:
    """The review file with the ``accepted`` candidates' blocks cut out (None: none left).

    A line-level edit: the other blocks, and any comments the curator added, stay as they are.
    """
    import yaml

    from timeline.io import curated_yaml

    text = curated_yaml.read_text(path)
    root = curated_yaml.compose(path, text)  # the hardened reader: no aliases, no duplicates
    rows = curated_yaml.values(path, text, root)
    if not isinstance(root, yaml.SequenceNode) or not isinstance(rows, list):
        return None
    lines = text.splitlines(keepends=True)
    starts = [item.start_mark.line for item in root.value]
    ends = [*starts[1:], len(lines)]
    drop: set[int] = set()
    gone = set(accepted)
    for row, start, end in zip(rows, starts, ends, strict=True):
        if isinstance(row, dict) and row.get("candidate_id") in gone:
            drop.update(range(start, end))
    if len(gone & {r.get("candidate_id") for r in rows if isinstance(r, dict)}) == len(rows):
        return None
    kept = [line for n, line in enumerate(lines) if n not in drop]
    out = "".join(kept).rstrip("\n") + "\n"
    return out.encode("utf-8")
