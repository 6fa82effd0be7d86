"""Quote offsets are never typed by hand: find each quote in its archived text.

:func:`place` decides a quote's offsets: kept when they already point at the quote, found
when the quote occurs exactly once, otherwise left to the curator (the quote occurs several
times, with every candidate position listed, or not at all).  :func:`fill_offsets` applies
it to ``curated/claims.yaml`` by editing only the two values in each row block, so comments,
wrapping and every other line stay as the curator wrote them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.errors import InputError
from timeline.io import layout

OK, FIXED, AMBIGUOUS, MISSING = "ok", "fixed", "ambiguous", "missing"


def occurrences(text: str, quote: str) -> list[int]:
    """Every offset at which ``quote`` starts in ``text`` (overlapping matches included)."""
    found: list[int] = []
    start = text.find(quote) if quote else -1
    while start >= 0:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


@dataclass(frozen=True)
class Placement:
    """Where a quote sits: ``status`` is ok, fixed, ambiguous or missing."""

    status: str
    start: int | None
    end: int | None
    candidates: tuple[int, ...] = ()

    def problem(self, quote: str) -> str:
        """What the curator must do, for an ambiguous or missing quote ('' otherwise)."""
        if self.status == AMBIGUOUS:
            where = ", ".join(f"{s}..{s + len(quote)}" for s in self.candidates[:10])
            return (
                f"the quote occurs {len(self.candidates)} times in the text ({where}); "
                "set quote_start and quote_end to the one meant"
            )
        if self.status == MISSING:
            return "the quote does not occur verbatim in the archived text"
        return ""


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().isdigit():
        return int(value)
    return None


def place(text: str, quote: str, start: Any = None, end: Any = None) -> Placement:
    """Offsets for ``quote`` in ``text``, keeping given ones that already point at it."""
    s, e = _as_int(start), _as_int(end)
    if quote and s is not None and e is not None and text[s:e] == quote and s >= 0:
        return Placement(OK, s, e)
    found = occurrences(text, quote)
    if len(found) == 1:
        return Placement(FIXED, found[0], found[0] + len(quote), tuple(found))
    if found:
        return Placement(AMBIGUOUS, None, None, tuple(found))
    return Placement(MISSING, None, None)


@dataclass
class OffsetReport:
    """What :func:`fill_offsets` did and what it needs the curator for."""

    path: Path
    checked: int = 0
    #: (claim_id, old (start, end), new (start, end))
    fixed: list[tuple[str, tuple[Any, Any], tuple[int, int]]] = field(default_factory=list)
    #: (claim_id, message)
    problems: list[tuple[str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{self.path}: {cid}: quote_start/quote_end {o[0]}/{o[1]} -> {n[0]}/{n[1]}"
               for cid, o, n in self.fixed]  # fmt: skip
        out += [f"{self.path}: {cid}: {message}" for cid, message in self.problems]
        return out


def _scalar(node: Any) -> Any:
    return getattr(node, "value", None)


def _edits_for_row(
    item: Any, row: dict[str, Any], start: int, end: int
) -> list[tuple[int, int, str]]:
    """Text edits (start index, end index, replacement) that set the row's two offsets."""
    nodes = {str(key.value): value for key, value in item.value}
    edits: list[tuple[int, int, str]] = []
    for key, new in (("quote_start", start), ("quote_end", end)):
        node = nodes.get(key)
        if node is not None and (row.get(key) != new or not isinstance(row.get(key), int)):
            begin, stop = node.start_mark.index, node.end_mark.index
            edits.append((begin, stop, str(new) if stop > begin else f" {new}"))
    # a missing key goes right after the quote (quote_end: after quote_start)
    anchor = nodes.get("quote") or item.value[-1][1]
    if "quote_start" not in nodes:
        missing = f"\n  quote_start: {start}"
        if "quote_end" not in nodes:
            missing += f"\n  quote_end: {end}"
        edits.append((anchor.end_mark.index, anchor.end_mark.index, missing))
    elif "quote_end" not in nodes:
        at = nodes["quote_start"].end_mark.index
        edits.append((at, at, f"\n  quote_end: {end}"))
    return edits


def _read_claims(path: Path) -> tuple[str, Any, Any]:
    """The claims file's text, YAML node tree and rows."""
    from timeline.io import curated_yaml

    if not path.is_file():
        msg = f"{path}: not found; expected a curated dataset folder with curated/claims.yaml"
        raise InputError(msg)
    # the hardened reader: one-line errors with line and column, no aliases, no duplicates
    text = curated_yaml.read_text(path)
    node = curated_yaml.compose(path, text)
    return text, node, curated_yaml.values(path, text, node)


def _source_text(datasets_dir: Path, source_id: str) -> str | None:
    """The archived text of a source, or None when it cannot be read."""
    try:
        return layout.text_path(datasets_dir, source_id).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError, InputError):  # InputError: an id no file can have
        return None


def _place_row(
    report: OffsetReport,
    item: Any,
    row: dict[str, Any],
    quote: str,
    source_id: str,
    source_text: str | None,
) -> list[tuple[int, int, str]]:
    """The edits that place one row's quote; its problem goes into ``report``."""
    claim_id = str(row.get("claim_id"))
    if source_text is None:
        report.problems.append((claim_id, f"no readable archived text sources/{source_id}.txt"))
        return []
    placement = place(source_text, quote, row.get("quote_start"), row.get("quote_end"))
    if placement.status == FIXED and placement.start is not None and placement.end is not None:
        old = (row.get("quote_start"), row.get("quote_end"))
        report.fixed.append((claim_id, old, (placement.start, placement.end)))
        return _edits_for_row(item, row, placement.start, placement.end)
    if placement.status in (AMBIGUOUS, MISSING):
        report.problems.append((claim_id, placement.problem(quote)))
    return []


def fill_offsets(
    datasets_dir: Path, *, write: bool = True, claim_ids: set[str] | None = None
) -> OffsetReport:
    """Fill or correct ``quote_start``/``quote_end`` in ``curated/claims.yaml``.

    Every quote that occurs exactly once in its archived text gets its offsets; quotes
    that occur several times (where the given offsets do not already point at one) or
    not at all are listed in the report and left alone.  Only the two values change.
    """
    from timeline.io.atomic import recover

    if write:
        with layout.writing(datasets_dir):  # the writers' lock, for library callers too
            recover(datasets_dir)  # finish what a killed run committed, before reading
            return _fill(datasets_dir, claim_ids, write=True)
    return _fill(datasets_dir, claim_ids, write=False)


def _fill(datasets_dir: Path, claim_ids: set[str] | None, *, write: bool) -> OffsetReport:
    """:func:`fill_offsets`' work, under the lock when it writes."""
    import yaml

    from timeline.curation.archive import write_all

    path = layout.table_path(datasets_dir, "claims")
    text, root, rows = _read_claims(path)
    report = OffsetReport(path)
    if root is None:
        return report
    if not isinstance(root, yaml.SequenceNode) or not isinstance(rows, list):
        msg = f"{path}: expected a YAML list of rows (mappings)"
        raise InputError(msg)
    texts: dict[str, str | None] = {}
    edits: list[tuple[int, int, str]] = []
    for item, row in zip(root.value, rows, strict=True):
        if not isinstance(item, yaml.MappingNode) or not isinstance(row, dict):
            continue
        claim_id = str(row.get("claim_id"))
        if claim_ids is not None and claim_id not in claim_ids:
            continue
        quote, source_id = row.get("quote"), row.get("source_id")
        if not isinstance(quote, str) or not quote or not isinstance(source_id, str):
            continue
        if source_id not in texts:
            texts[source_id] = _source_text(datasets_dir, source_id)
        report.checked += 1
        edits.extend(_place_row(report, item, row, quote, source_id, texts[source_id]))
    if edits and write:
        new_text = text
        for start, end, replacement in sorted(edits, reverse=True):
            new_text = new_text[:start] + replacement + new_text[end:]
        write_all({path: new_text.encode("utf-8")})
    return report
