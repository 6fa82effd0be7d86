"""Curation quality benchmark (issue 10, point 6): ``propose`` scored against a gold set.

Usage::

    python benchmarks/curation.py              # table: engine and baseline, fixtures and archive
    python benchmarks/curation.py --json       # the same figures, machine-readable
    python benchmarks/curation.py --details    # also every gold row missed or not fully right
    python benchmarks/curation.py --fixtures DIR

Two gold sets are scored in one run, each for ``timeline.curation.propose`` and for a trivial
baseline (every digit-number in the text proposed as an exact value, no unit, no claimant,
stated on the publication day):

(a) the fictional test reports in ``tests/fixtures/curation/`` (``NAME.txt`` with its
    ``NAME.gold.json``; the format is documented in that folder's README);
(b) the archived report, whose gold is derived here from ``datasets/curated/*.yaml``.

Matching is one to one.  A proposal matches a gold numeric claim when its number is equal
(``value``; for a ``range`` claim, which has no value, both bounds) and its quote span contains
or overlaps the gold span; it matches a gold statement when it has no quantity and its span
overlaps.  Among several candidates for one gold row the fully right one wins, then the
largest overlap.  The figures, their goals and exact definitions are printed with the table
and described in ``benchmarks/README.md`` ("Curation quality").  A benchmark, not a gate:
the exit code is 0 unless something failed to run (no engine, an engine error, bad gold).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "curation"
DATASETS = REPO / "datasets"
ARCHIVE_SOURCE = "rfa-2024-12-23-north-korea-kursk"
FIXTURE_NOTICE = "TEST FIXTURE"

Proposal = Mapping[str, Any]
ProposeFn = Callable[..., Mapping[str, Any]]

# --------------------------------------------------------------------------------------------
# Numbers as they occur in a text: digits (with separators and decimals, optionally followed
# by a scale word) and English number words.  Used to tell invented numbers from stated ones,
# to find non-claim numbers in the archived report, and by the gold-set tests.

SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_WORD = "|".join([*SMALL, "hundred", *SCALES])
DIGITS_RE = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?!\d)")
SCALED_RE = re.compile(
    r"(?<![\w.,])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(?:\s+(thousand|million|billion)\b|((?-i:bn)(?![\w-])|(?-i:m)(?![\w-]|\s+(?:from|away"
    r"|long|high|deep|wide|off|of|to|into|in|at|below|above|behind|north|south|east|west"
    r"|across|along)\b|\s+\d)))",
    re.I,
)
SHORT_SCALES = {"m": "million", "bn": "billion"}
WORDS_RE = re.compile(rf"\b(?:{_WORD})(?:[\s-]+(?:{_WORD}))*\b", re.I)


#: Shares written as fraction words before "of" (the gold's convention since 2026-12-07).
SHARE_WORDS = {"half": 50.0, "third": 33.3, "thirds": 66.7, "quarter": 25.0, "quarters": 75.0,
               "fifth": 20.0}  # fmt: skip
SHARE_WORDS_RE = re.compile(
    r"\b(half|(?:a|one)[\s-]+(?:third|quarter|fifth)|two[\s-]+thirds|three[\s-]+quarters)"
    r"(?:[”\"’']?\s+of\b|(?=\s+(?:had|have|has|were|was|are|is)\s+[a-z]))",
    re.I,
)


@dataclass(frozen=True)
class Number:
    """One number in a text: where it is, as written, and the values it can stand for."""

    start: int
    end: int
    text: str
    values: tuple[float, ...]


def digit_value(token: str) -> float:
    """'1,100' -> 1100.0; '5.5' -> 5.5."""
    return float(token.replace(",", ""))


def words_value(phrase: str) -> float:
    """'three thousand' -> 3000; 'twenty-five' -> 25; 'hundred' -> 100."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word in SMALL:
            current += SMALL[word]
        elif word == "hundred":
            current = (current or 1) * 100
        else:
            total += (current or 1) * SCALES[word]
            current = 0
    return float(total + current)


#: Thousands grouped by spaces ("2 700"): one number where a page never groups with commas,
#: or by a no-break or thin space anywhere; not after a month ("March 5 200 troops").
SPACE_GROUPED_RE = re.compile(r"(?<![\w.,-])\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\w-]|[.,]\d)")
MONTH_BEFORE_RE = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.I
)


def with_commas(text: str) -> str:
    """``text`` with space-grouped thousands written with commas (same length)."""
    plain = re.search(r"\d,\d{3}(?!\d)", text) is None
    out = list(text)
    for m in SPACE_GROUPED_RE.finditer(text):
        narrow = all(c in "\u00a0\u202f\u2009" for c in m.group() if not c.isdigit())
        before = text[max(0, m.start() - 12) : m.start()]
        if narrow or (plain and not MONTH_BEFORE_RE.search(before)):
            for i in range(m.start(), m.end()):
                if not text[i].isdigit():
                    out[i] = ","
    return "".join(out)


def numbers_in(text: str) -> list[Number]:
    """Every number in ``text``, in order; '5.5 million' stands for 5.5 and 5,500,000."""
    original, text = text, with_commas(text)
    found: dict[int, Number] = {}
    for m in DIGITS_RE.finditer(text):
        found[m.start()] = Number(
            m.start(), m.end(), original[m.start() : m.end()], (digit_value(m.group()),)
        )
    for m in SCALED_RE.finditer(text):
        raw = digit_value(m.group(1))
        scaled = raw * SCALES[(m.group(2) or SHORT_SCALES[m.group(3)]).lower()]
        found[m.start()] = Number(m.start(), m.end(), original[m.start() : m.end()], (raw, scaled))
    taken = [(n.start, n.end) for n in found.values()]
    for m in WORDS_RE.finditer(text):
        if not any(s < m.end() and m.start() < e for s, e in taken):  # not '5.5 [million]'
            found[m.start()] = Number(m.start(), m.end(), m.group(), (words_value(m.group()),))
    for m in SHARE_WORDS_RE.finditer(text):
        # "about half of the shells": the share a fraction word names, as a percentage
        share = SHARE_WORDS[re.split(r"[\s-]+", m.group(1).lower())[-1]]
        found.setdefault(m.start(), Number(m.start(), m.end(), m.group(), (share,)))
    return [found[k] for k in sorted(found)]


def same_number(a: Any, b: Any) -> bool:
    if a is None or b is None or isinstance(a, bool) or isinstance(b, bool):
        return False
    try:
        return abs(float(a) - float(b)) < 1e-9
    except (TypeError, ValueError):
        return False


# --------------------------------------------------------------------------------------------
# The gold set.

#: Head nouns that a unit may use instead of the gold one (the curated data writes 'soldiers'
#: where the text says 'troops').
UNIT_SYNONYMS: dict[str, tuple[str, ...]] = {"soldiers": ("troops",), "troops": ("soldiers",)}


class GoldError(ValueError):
    """A gold file that cannot be used (a quote not found, a bad field)."""


@dataclass(frozen=True)
class GoldClaim:
    """A gold numeric claim, or (``value`` and ``qualifier`` None) a gold statement."""

    start: int
    end: int
    label: str
    value: float | None = None
    qualifier: str | None = None
    value_low: float | None = None
    value_high: float | None = None
    units: tuple[str, ...] = ()
    claimant_ids: frozenset[str] = frozenset()
    claimant: str | None = None
    stated: tuple[str | None, str | None, str | None] = (None, None, None)
    event_type: str | None = None
    event_dates: tuple[str | None, str | None, str | None] | None = None
    optional: bool = False


@dataclass
class Report:
    """One report with its gold: what is passed to ``propose`` and what it should find."""

    name: str
    text: str
    published_on: dt.date
    actors: list[dict[str, Any]]
    source: dict[str, Any] | None
    claims: list[GoldClaim]
    statements: list[GoldClaim]
    vague: list[tuple[int, int]]
    non_claims: list[Number]
    #: Spans that are not part of the report (a fixture's notice line): proposals lying
    #: wholly inside one are checked for their offsets, then left out of every other figure.
    ignored: list[tuple[int, int]] = field(default_factory=list)


def iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def unique_span(text: str, needle: str, where: str) -> tuple[int, int]:
    start = text.find(needle)
    if not needle or start < 0:
        raise GoldError(f"{where}: quote_contains {needle!r} is not in the text")
    if text.find(needle, start + 1) >= 0:
        raise GoldError(f"{where}: quote_contains {needle!r} occurs more than once")
    return start, start + len(needle)


def unit_heads(unit: str | None) -> tuple[str, ...]:
    if not unit:
        return ()
    head = unit.lower().split()[0]
    return (head, *UNIT_SYNONYMS.get(head, ()))


def _event_dates(row: Mapping[str, Any]) -> tuple[str | None, str | None, str | None] | None:
    if "date_end" not in row and "date_precision" not in row:
        return None
    return (iso(row.get("date_start")), iso(row.get("date_end")), row.get("date_precision"))


def _gold_row(row: Mapping[str, Any], span: tuple[int, int], label: str) -> GoldClaim:
    cid = row.get("claimant_id")
    return GoldClaim(
        start=span[0],
        end=span[1],
        label=label,
        value=row.get("value"),
        qualifier=row.get("qualifier"),
        value_low=row.get("value_low"),
        value_high=row.get("value_high"),
        units=unit_heads(row.get("unit")),
        claimant_ids=frozenset([cid]) if cid else frozenset(),
        claimant=row.get("claimant"),
        stated=(iso(row.get("stated_on")), iso(row.get("stated_end")), row.get("stated_precision")),
        event_type=row.get("event_type"),
        event_dates=_event_dates(row),
        optional=bool(row.get("optional")),
    )


def load_fixture(txt: Path) -> Report:
    """Read ``NAME.txt`` and ``NAME.gold.json`` (format: tests/fixtures/curation/README.md)."""
    text = txt.read_text(encoding="utf-8")
    gold_path = txt.with_name(txt.stem + ".gold.json")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    name = txt.stem
    claims = []
    for i, row in enumerate(gold.get("claims", [])):
        where = f"{gold_path.name} claims[{i}]"
        claims.append(_gold_row(row, unique_span(text, row["quote_contains"], where), where))
    statements = []
    for i, row in enumerate(gold.get("statements", [])):
        where = f"{gold_path.name} statements[{i}]"
        span = unique_span(text, row["quote_contains"], where)
        statements.append(_gold_row({**row, "value": None, "qualifier": None}, span, where))
    vague = [
        unique_span(text, row["quote_contains"], f"{gold_path.name} vague[{i}]")
        for i, row in enumerate(gold.get("vague", []))
    ]
    non_claims = []
    numbers = numbers_in(text)  # once per report, not once per non-claim row
    for i, row in enumerate(gold.get("non_claim_numbers", [])):
        where = f"{gold_path.name} non_claim_numbers[{i}]"
        row = {"number": row, "quote_contains": row} if isinstance(row, str) else row
        start, end = unique_span(text, row.get("quote_contains") or row["number"], where)
        inside = [
            n
            for n in numbers
            if start <= n.start and n.end <= end and n.text.lower() == row["number"].lower()
        ]
        if len(inside) != 1:
            raise GoldError(f"{where}: number {row['number']!r} not found once in its context")
        non_claims.append(inside[0])
    notice = text.partition("\n")[0]
    return Report(
        name=name,
        text=text,
        published_on=dt.date.fromisoformat(gold["published_on"]),
        actors=with_dictionary_forms(gold.get("actors", [])),
        source=gold.get("source"),
        claims=claims,
        statements=statements,
        vague=vague,
        non_claims=non_claims,
        ignored=[(0, len(notice))] if notice.startswith(FIXTURE_NOTICE) else [],
    )


def _dictionary(path: Path) -> dict[str, dict[str, Any]]:
    if not path.is_file():
        return {}
    return {str(row["actor_id"]): dict(row) for row in _read_yaml(path) or []}


_DICTIONARY: dict[str, dict[str, Any]] | None = None


def with_dictionary_forms(actors: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The gold's actors as ``propose`` sees them in use: a row whose ``actor_id`` the
    curated dictionary holds gains the dictionary's aliases, parent and role where the gold
    row leaves them out (gold files pass five columns; a curator's ``propose`` reads the
    whole dictionary)."""
    global _DICTIONARY
    if _DICTIONARY is None:
        _DICTIONARY = _dictionary(DATASETS / "curated" / "actors.yaml")
    rows = []
    for actor in actors:
        known = _DICTIONARY.get(str(actor.get("actor_id")), {})
        extra = {k: known[k] for k in ("aliases", "parent_id", "role") if known.get(k)}
        rows.append({**extra, **actor})
    return rows


def section_of(name: str) -> str:
    """The gold section a fixture belongs to: its name's prefix ("heldout-01-…" → heldout);
    the first twelve reports ("01-…") are the "wire" section."""
    head = name.split("-", 1)[0]
    return "wire" if head.isdigit() else head


def load_fixtures(folder: Path = FIXTURES) -> list[Report]:
    reports = [load_fixture(txt) for txt in sorted(folder.glob("*.txt"))]
    if not reports:
        raise GoldError(f"no fixture reports (*.txt with *.gold.json) in {folder}")
    return reports


def _read_yaml(path: Path) -> Any:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=loader)


def load_archive(datasets: Path = DATASETS, source_id: str = ARCHIVE_SOURCE) -> Report:
    """The archived report's gold, derived from the curated rows.

    Numeric claims are the rows with a qualifier, statements the rows without.  Rows with
    ``restates`` set are optional (not counted in recall; a proposal matching one is still
    correct).  Rows sharing one quote span and quantity (one sentence naming several
    claimants) form one gold item that any of their claimants satisfies.  Non-claim numbers
    are the numbers in the text that no claim row accounts for.
    """
    curated = datasets / "curated"
    sources = {row["source_id"]: row for row in _read_yaml(curated / "sources.yaml")}
    if source_id not in sources:
        raise GoldError(f"source {source_id!r} is not in {curated / 'sources.yaml'}")
    source = sources[source_id]
    text = (datasets / "sources" / f"{source_id}.txt").read_bytes().decode("utf-8")
    actors = [dict(row) for row in _read_yaml(curated / "actors.yaml")]
    events = {row["event_id"]: row for row in _read_yaml(curated / "events.yaml")}
    rows = [row for row in _read_yaml(curated / "claims.yaml") if row["source_id"] == source_id]

    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in rows:
        if text[row["quote_start"] : row["quote_end"]] != row["quote"]:
            raise GoldError(f"{row['claim_id']}: quote is not at its offsets")
        key = (
            row["quote_start"],
            row["quote_end"],
            row.get("value"),
            row.get("qualifier"),
            row.get("value_low"),
            row.get("value_high"),
        )
        groups.setdefault(key, []).append(row)
    claims, statements = [], []
    for members in groups.values():
        row = members[0]
        event = events.get(row.get("event_id"), {})
        item = _gold_row(
            {**row, "event_type": event.get("event_type"), **_event_fields(event)},
            (row["quote_start"], row["quote_end"]),
            "+".join(m["claim_id"] for m in members),
        )
        ids = frozenset(m["claimant_id"] for m in members if m.get("claimant_id"))
        optional = all(m.get("restates") for m in members)
        item = replace(item, claimant_ids=ids, optional=optional)
        # One slot per row: a proposal per claimant is right, one for the sentence suffices.
        extra = [replace(item, optional=True, label=f"{item.label} (extra claimant)")] * (
            len(members) - 1
        )
        (claims if row.get("qualifier") else statements).extend([item, *extra])
    report = Report(
        name=source_id,
        text=text,
        published_on=source["published_on"],
        actors=actors,
        source={k: iso(v) if isinstance(v, dt.date) else v for k, v in source.items()},
        claims=claims,
        statements=statements,
        vague=[],
        non_claims=[],
    )
    report.non_claims = unaccounted_numbers(report)
    return report


def _event_fields(event: Mapping[str, Any]) -> dict[str, Any]:
    if not event:
        return {}
    return {k: event.get(k) for k in ("date_start", "date_end", "date_precision")}


def gold_numbers(item: GoldClaim) -> tuple[float, ...]:
    """The numbers a gold claim states: its value, or both bounds of a range."""
    if item.value is not None:
        return (item.value,)
    return tuple(v for v in (item.value_low, item.value_high) if v is not None)


def unaccounted_numbers(report: Report) -> list[Number]:
    """Numbers in the text that no gold claim, vague phrase or listed non-claim explains."""
    listed = {(n.start, n.end) for n in report.non_claims}
    out = []
    for number in numbers_in(report.text):
        if (number.start, number.end) in listed:
            continue
        if any(s <= number.start and number.end <= e for s, e in report.vague):
            continue
        if any(
            item.start <= number.start
            and number.end <= item.end
            and any(same_number(v, g) for v in number.values for g in gold_numbers(item))
            for item in report.claims
        ):
            continue
        out.append(number)
    return out


# --------------------------------------------------------------------------------------------
# Scoring one report.


@dataclass
class Counts:
    """Raw counts for one report (or summed over a set)."""

    numeric_gold: int = 0
    numeric_found: int = 0
    numeric_fully_right: int = 0
    statements_gold: int = 0
    statements_found: int = 0
    vague_gold: int = 0
    vague_flagged: int = 0
    proposals: int = 0
    proposals_correct: int = 0
    numeric_proposals: int = 0
    numeric_proposals_correct: int = 0
    invented: int = 0
    non_claim_proposed: int = 0
    quotes_off: int = 0
    ignored: int = 0
    qualifier_bounds_right: int = 0
    unit_right: int = 0
    claimant_right: int = 0
    stated_right: int = 0
    event_type_gold: int = 0
    event_type_right: int = 0
    event_date_gold: int = 0
    event_date_right: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class ReportScore:
    name: str
    counts: Counts
    details: list[str] = field(default_factory=list)


def _span(text: str, proposal: Proposal) -> tuple[tuple[int, int] | None, bool]:
    """The proposal's span (None if unusable) and whether its quote is off its offsets."""
    start, end, quote = (proposal.get(k) for k in ("quote_start", "quote_end", "quote"))
    ints = all(isinstance(x, int) and not isinstance(x, bool) for x in (start, end))
    if not ints or not 0 <= start < end <= len(text):
        return None, True
    return (start, end), text[start:end] != quote


def _overlap(a: tuple[int, int] | None, start: int, end: int) -> int:
    if a is None:
        return 0
    return max(0, min(a[1], end) - max(a[0], start))


def _has_quantity(p: Proposal) -> bool:
    return any(p.get(k) is not None for k in ("value", "value_low", "value_high"))


def _numbers_of(p: Proposal) -> list[Any]:
    if p.get("value") is not None:
        return [p["value"]]
    return [p.get(k) for k in ("value_low", "value_high") if p.get(k) is not None]


def _number_matches(item: GoldClaim, p: Proposal) -> bool:
    if item.value is not None:
        return same_number(p.get("value"), item.value)
    return (
        p.get("value") is None
        and same_number(p.get("value_low"), item.value_low)
        and same_number(p.get("value_high"), item.value_high)
    )


def _same_or_none(a: Any, b: Any) -> bool:
    return (a is None and b is None) or same_number(a, b)


def _norm_words(words: Any) -> str:
    text = re.sub(r"[’'`]", "'", str(words or "")).lower().strip()
    return re.sub(r"^(?:a|an|the)\s+", "", text)


def claimant_right(item: GoldClaim, p: Proposal) -> bool:
    if item.claimant_ids:
        return p.get("claimant_id") in item.claimant_ids
    if p.get("claimant_id") is not None:
        return False
    gold, got = _norm_words(item.claimant), _norm_words(p.get("claimant"))
    return bool(gold and got) and (gold in got or got in gold)


def field_checks(item: GoldClaim, p: Proposal) -> dict[str, bool]:
    """Which parts of a matched numeric proposal are right."""
    unit = str(p.get("unit") or "").lower()
    return {
        "qualifier_bounds": p.get("qualifier") == item.qualifier
        and _same_or_none(p.get("value_low"), item.value_low)
        and _same_or_none(p.get("value_high"), item.value_high),
        "unit": any(re.search(rf"\b{re.escape(h)}\b", unit) for h in item.units),
        "claimant": claimant_right(item, p),
        "stated": (iso(p.get("stated_on")), iso(p.get("stated_end")), p.get("stated_precision"))
        == item.stated,
    }


def _event_checks(item: GoldClaim, p: Proposal, counts: Counts) -> None:
    if item.event_type is not None:
        counts.event_type_gold += 1
        counts.event_type_right += p.get("event_type") == item.event_type
    if item.event_dates is not None:
        counts.event_date_gold += 1
        got = (iso(p.get("date_start")), iso(p.get("date_end")), p.get("date_precision"))
        counts.event_date_right += got == item.event_dates


def _describe(p: Proposal) -> str:
    keys = ("value", "qualifier", "value_low", "value_high", "unit", "claimant_id")
    shown = ", ".join(f"{k}={p.get(k)!r}" for k in keys)
    stated = (p.get("stated_on"), p.get("stated_end"), p.get("stated_precision"))
    return (
        f"{shown}, claimant={p.get('claimant')!r}, stated={stated}, "
        f"quote={str(p.get('quote'))[:60]!r}"
    )


def score_report(report: Report, proposals: Sequence[Proposal]) -> ReportScore:
    """Match proposals to the report's gold one to one and count every figure."""
    text = report.text
    counts = Counts()
    details: list[str] = []
    kept, spans = [], []
    for p in proposals:
        span, off = _span(text, p)
        counts.quotes_off += off
        if off:
            details.append(f"quote off its offsets: {_describe(p)}")
        if span is not None and any(s <= span[0] and span[1] <= e for s, e in report.ignored):
            counts.ignored += 1
            continue
        kept.append(p)
        spans.append(span)
    proposals = kept
    counts.proposals = len(proposals)
    used: set[int] = set()
    correct: set[int] = set()
    reported: set[int] = set()

    # Numeric claims: required rows first, so optional ones never take their proposal.
    for item in sorted(report.claims, key=lambda g: g.optional):
        options = []
        for i, p in enumerate(proposals):
            overlap = _overlap(spans[i], item.start, item.end)
            if i in used or not overlap or not _number_matches(item, p):
                continue
            options.append((all(field_checks(item, p).values()), overlap, -i))
        if not options:
            if not item.optional:
                counts.numeric_gold += 1
                details.append(f"missed claim {item.label}: {text[item.start : item.end]!r}")
            continue
        i = -max(options)[2]
        used.add(i)
        correct.add(i)
        if item.optional:
            continue
        checks = field_checks(item, proposals[i])
        counts.numeric_gold += 1
        counts.numeric_found += 1
        counts.numeric_fully_right += all(checks.values())
        counts.qualifier_bounds_right += checks["qualifier_bounds"]
        counts.unit_right += checks["unit"]
        counts.claimant_right += checks["claimant"]
        counts.stated_right += checks["stated"]
        _event_checks(item, proposals[i], counts)
        if not all(checks.values()):
            wrong = ", ".join(k for k, ok in checks.items() if not ok)
            details.append(
                f"claim {item.label} not fully right ({wrong}): {_describe(proposals[i])}"
            )

    # Statements: proposals without a quantity.
    for item in sorted(report.statements, key=lambda g: g.optional):
        options = []
        for i, p in enumerate(proposals):
            overlap = _overlap(spans[i], item.start, item.end)
            if i in used or not overlap or _has_quantity(p):
                continue
            options.append((claimant_right(item, p), overlap, -i))
        if not item.optional:
            counts.statements_gold += 1
        if not options:
            if not item.optional:
                details.append(f"missed statement {item.label}: {text[item.start : item.end]!r}")
            continue
        i = -max(options)[2]
        used.add(i)
        correct.add(i)
        if not item.optional:
            counts.statements_found += 1
            _event_checks(item, proposals[i], counts)

    # Vague phrases: a flagged proposal without a value, overlapping the phrase, is right.
    masked = [n for n in numbers_in(text) if not any(s <= n.start < e for s, e in report.vague)]
    text_values = [v for n in masked for v in n.values]
    for start, end in report.vague:
        counts.vague_gold += 1
        flagged = [
            i
            for i, p in enumerate(proposals)
            if _overlap(spans[i], start, end)
            and p.get("value") is None
            and "vague_quantity" in (p.get("flags") or [])
        ]
        counts.vague_flagged += bool(flagged)
        correct.update(flagged)
        if not flagged:
            details.append(f"vague phrase not flagged: {text[start:end]!r}")

    for i, p in enumerate(proposals):
        numbers = _numbers_of(p) if _has_quantity(p) else []
        if not numbers:
            continue
        in_quote = [
            v
            for n in masked
            if spans[i] and spans[i][0] <= n.start and n.end <= spans[i][1]
            for v in n.values
        ]
        on_vague = i not in correct and any(_overlap(spans[i], s, e) for s, e in report.vague)
        invented = any(not any(same_number(x, v) for v in text_values) for x in numbers) or (
            on_vague and any(not any(same_number(x, v) for v in in_quote) for x in numbers)
        )
        if invented:
            reported.add(i)
            counts.invented += 1
            details.append(f"invented number: {_describe(p)}")
        elif i not in correct and any(
            _overlap(spans[i], n.start, n.end) and any(same_number(x, v) for v in n.values)
            for n in report.non_claims
            for x in numbers
        ):
            reported.add(i)
            counts.non_claim_proposed += 1
            details.append(f"non-claim number proposed: {_describe(p)}")
    counts.proposals_correct = len(correct)
    numeric = [i for i, p in enumerate(proposals) if _has_quantity(p)]
    counts.numeric_proposals = len(numeric)
    counts.numeric_proposals_correct = sum(i in correct for i in numeric)
    for i, p in enumerate(proposals):
        if i not in correct and i not in reported:
            details.append(f"unmatched proposal: {_describe(p)}")
    return ReportScore(report.name, counts, details)


# --------------------------------------------------------------------------------------------
# Engines.


def baseline_propose(text: str, published_on: dt.date, **_: Any) -> dict[str, Any]:
    """Every digit-number as an exact value; no unit, no claimant, stated on publication."""
    day = published_on.isoformat()
    candidates = []
    for n, m in enumerate(DIGITS_RE.finditer(with_commas(text)), start=1):
        number = digit_value(m.group())
        value: float | int = int(number) if number.is_integer() else number
        candidates.append(
            {
                "candidate_id": f"b{n}",
                "quote": text[m.start() : m.end()],
                "quote_start": m.start(),
                "quote_end": m.end(),
                "stated_on": day,
                "stated_end": day,
                "stated_precision": "day",
                "stated_text": None,
                "value": value,
                "qualifier": "exact",
                "value_low": value,
                "value_high": value,
                "unit": None,
                "attribution": None,
                "certainty": None,
                "claimant": None,
                "claimant_id": None,
                "event_type": None,
                "date_start": None,
                "date_end": None,
                "date_precision": None,
                "date_text": None,
                "flags": [],
                "confidence": 0.0,
                "rule": "baseline",
                "coding_note": None,
            }
        )
    return {"source": {"published_on": day}, "candidates": candidates}


def engine_propose() -> ProposeFn:
    """``timeline.curation.propose`` (raises ImportError while it does not exist)."""
    from timeline.curation import propose

    return propose  # type: ignore[no-any-return]


def run(report: Report, propose: ProposeFn) -> list[Proposal]:
    result = propose(
        report.text, report.published_on, actors=report.actors, events=(), source=report.source
    )
    return list(result["candidates"])


def score_set(reports: Iterable[Report], propose: ProposeFn) -> tuple[Counts, list[ReportScore]]:
    total = Counts()
    scores = []
    for report in reports:
        score = score_report(report, run(report, propose))
        total.add(score.counts)
        scores.append(score)
    return total, scores


# --------------------------------------------------------------------------------------------
# Figures, goals and the table.


def ratio(num: int, den: int) -> float | None:
    return None if den == 0 else num / den


def figures(c: Counts) -> dict[str, Any]:
    """The headline figures of a set, with the counts they come from."""
    return {
        "numeric_recall": ratio(c.numeric_found, c.numeric_gold),
        "fully_right": ratio(c.numeric_fully_right, c.numeric_gold),
        "statement_recall": ratio(
            c.numeric_found + c.statements_found, c.numeric_gold + c.statements_gold
        ),
        "invented": c.invented,
        "non_claim_proposed": c.non_claim_proposed,
        "precision": ratio(c.proposals_correct, c.proposals),
        "numeric_precision": ratio(c.numeric_proposals_correct, c.numeric_proposals),
        "quotes_off": c.quotes_off,
        "vague_flagged": ratio(c.vague_flagged, c.vague_gold),
        "qualifier_bounds_right": ratio(c.qualifier_bounds_right, c.numeric_found),
        "unit_right": ratio(c.unit_right, c.numeric_found),
        "claimant_right": ratio(c.claimant_right, c.numeric_found),
        "stated_right": ratio(c.stated_right, c.numeric_found),
        "event_type_right": ratio(c.event_type_right, c.event_type_gold),
        "event_date_right": ratio(c.event_date_right, c.event_date_gold),
        "counts": {k: getattr(c, k) for k in c.__dataclass_fields__},
    }


#: metric -> (label, goal text, test of the figure, (numerator, denominator) count names)
ROWS: list[tuple[str, str, str, Callable[[Any], bool] | None, tuple[str, str] | None]] = [
    ("numeric_recall", "numeric recall", "", None, ("numeric_found", "numeric_gold")),
    (
        "fully_right",
        "numeric claims fully right",
        "≥ 90%",
        lambda v: v is not None and v >= 0.9,
        ("numeric_fully_right", "numeric_gold"),
    ),
    (
        "statement_recall",
        "statement recall (numeric + other)",
        "",
        None,
        ("statements_found*", "statements_gold*"),
    ),
    ("invented", "invented numbers", "0", lambda v: v == 0, None),
    ("non_claim_proposed", "non-claim numbers proposed", "", None, None),
    (
        "numeric_precision",
        "numeric precision",
        "≥ 95%",
        lambda v: v is not None and v >= 0.95,
        ("numeric_proposals_correct", "numeric_proposals"),
    ),
    (
        "precision",
        "precision, statements without a number too",
        "≥ 95%",
        lambda v: v is not None and v >= 0.95,
        ("proposals_correct", "proposals"),
    ),
    ("quotes_off", "quotes off their offsets", "0", lambda v: v == 0, None),
    ("vague_flagged", "vague phrases flagged", "", None, ("vague_flagged", "vague_gold")),
    (
        "qualifier_bounds_right",
        "  of numeric found: qualifier and bounds right",
        "",
        None,
        ("qualifier_bounds_right", "numeric_found"),
    ),
    ("unit_right", "  of numeric found: unit right", "", None, ("unit_right", "numeric_found")),
    (
        "claimant_right",
        "  of numeric found: claimant right",
        "",
        None,
        ("claimant_right", "numeric_found"),
    ),
    (
        "stated_right",
        "  of numeric found: statement date right",
        "",
        None,
        ("stated_right", "numeric_found"),
    ),
    (
        "event_type_right",
        "  of all found: event type right",
        "",
        None,
        ("event_type_right", "event_type_gold"),
    ),
    (
        "event_date_right",
        "  of all found: event date right",
        "",
        None,
        ("event_date_right", "event_date_gold"),
    ),
]


def _cell(metric: str, fig: dict[str, Any] | None, pair: tuple[str, str] | None, test: Any) -> str:
    if fig is None:
        return "n/a"
    value = fig[metric]
    counts = fig["counts"]
    if pair is None:
        text = str(value)
    elif value is None:
        text = "–"
    else:
        if pair[0] == "statements_found*":
            num = counts["numeric_found"] + counts["statements_found"]
            den = counts["numeric_gold"] + counts["statements_gold"]
        else:
            num, den = counts[pair[0]], counts[pair[1]]
        text = f"{num}/{den} = {100 * value:.1f}%"
    if test is not None:
        text += " ok" if test(value) else " NO"
    return text


def table(results: dict[str, dict[str, Any]]) -> str:
    columns = [
        ("engine, fixtures", results["fixtures"]["engine"]),
        ("baseline, fixtures", results["fixtures"]["baseline"]),
        ("engine, archive", results["archive"]["engine"]),
        ("baseline, archive", results["archive"]["baseline"]),
    ]
    header = ["metric", "goal", *(name for name, _ in columns)]
    body = [
        [label, goal, *(_cell(metric, fig, pair, test) for _, fig in columns)]
        for metric, label, goal, test, pair in ROWS
    ]
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(r) for r in body)])


def time_propose(report: Report, propose: ProposeFn, repeat: int) -> dict[str, float]:
    run(report, propose)  # warm-up: start-up costs (imports, tables) are not counted
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(report, propose)
        runs.append(time.perf_counter() - start)
    return {"median_s": statistics.median(runs), "max_s": max(runs), "runs": repeat}


def time_long_report(reports: Sequence[Report], propose: ProposeFn, repeat: int) -> dict[str, Any]:
    """propose() on one report of at least 2,000 words: the gold reports' texts joined (real-
    style pages first), published on the last report's day."""
    ordered = sorted(reports, key=lambda r: (section_of(r.name) != "real", r.name))
    parts: list[str] = []
    for report in ordered:
        parts.append(report.text)
        if len(re.findall(r"\S+", "\n\n".join(parts))) >= 2000:
            break
    text = "\n\n".join(parts)
    # the actors of every report, once each (a curator passes one dictionary, not one copy
    # of it per report)
    actors = list({str(a["actor_id"]): a for r in ordered for a in r.actors}.values())
    long = replace(ordered[0], text=text, name="joined", actors=actors)
    timing = time_propose(long, propose, repeat)
    return {**timing, "words": len(re.findall(r"\S+", text))}


def time_run_on_sentence(propose: ProposeFn, repeat: int, cells: int = 400) -> dict[str, Any]:
    """propose() on hostile input: a 2,000-word table pasted as one sentence ("district 0 lost
    5 homes, district 1 lost 42 homes, …"), 800 figures that share their sentence (``cells``
    districts; fewer for a quick check of the command itself)."""
    table = ", ".join(f"district {i} lost {i * 37 + 5:,} homes" for i in range(cells))
    text = f"Officials said {table}."
    report = Report(
        name="run-on", text=text, published_on=dt.date(2025, 3, 7), actors=[], source=None,
        claims=[], statements=[], vague=[], non_claims=[],
    )  # fmt: skip
    timing = time_propose(report, propose, repeat)
    return {**timing, "words": len(re.findall(r"\S+", text))}


def gold_summary(reports: Sequence[Report]) -> dict[str, int]:
    return {
        "reports": len(reports),
        "numeric_claims": sum(not g.optional for r in reports for g in r.claims),
        "optional_claims": sum(g.optional for r in reports for g in r.claims),
        "statements": sum(not g.optional for r in reports for g in r.statements),
        "optional_statements": sum(g.optional for r in reports for g in r.statements),
        "vague_phrases": sum(len(r.vague) for r in reports),
        "non_claim_numbers": sum(len(r.non_claims) for r in reports),
    }


def _sections(
    reports: Sequence[Report], engines: Mapping[str, ProposeFn | None], errors: list[str]
) -> dict[str, dict[str, Any]]:
    """The figures of each gold section (and of all of them), per engine."""
    groups: dict[str, list[Report]] = {}
    for report in reports:
        groups.setdefault(section_of(report.name), []).append(report)
    groups["all fixtures"] = list(reports)
    out: dict[str, dict[str, Any]] = {}
    for name, members in groups.items():
        out[name] = {"gold": gold_summary(members)}
        for engine_name, propose in engines.items():
            if propose is None:
                out[name][engine_name] = None
                continue
            try:
                total, _ = score_set(members, propose)
            except Exception as exc:  # reported with the other engine errors
                errors.append(f"{engine_name} failed on section {name}: {exc}")
                out[name][engine_name] = None
                continue
            out[name][engine_name] = figures(total)
    return out


#: The columns of the per-section table: (figure, heading).
SECTION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("fully_right", "fully right"),
    ("numeric_recall", "recall"),
    ("numeric_precision", "num. precision"),
    ("precision", "precision"),
    ("invented", "invented"),
    ("quotes_off", "quotes off"),
    ("claimant_right", "claimant"),
    ("stated_right", "date"),
    ("unit_right", "unit"),
    ("qualifier_bounds_right", "qualifier+bounds"),
)


def _short(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{100 * value:.0f}%"
    return str(value)


def section_table(sections: Mapping[str, Mapping[str, Any]]) -> str:
    """One line per gold section: each figure as "engine (baseline)"."""
    header = ["section", "reports", "claims", *(title for _, title in SECTION_COLUMNS)]
    body = []
    for name, result in sections.items():
        engine, baseline = result.get("engine"), result.get("baseline")
        cells = [name, str(result["gold"]["reports"]), str(result["gold"]["numeric_claims"])]
        for metric, _ in SECTION_COLUMNS:
            mine = _short(engine[metric]) if engine else "n/a"
            base = _short(baseline[metric]) if baseline else "n/a"
            cells.append(f"{mine} ({base})")
        body.append(cells)
    widths = [max(len(r[i]) for r in [header, *body]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(header), rule, *(line(r) for r in body)])


def evaluate(
    fixtures_dir: Path = FIXTURES,
    datasets: Path = DATASETS,
    source_id: str = ARCHIVE_SOURCE,
    repeat: int = 20,
    with_engine: bool = True,
    hostile_cells: int = 400,
) -> tuple[dict[str, Any], dict[str, list[str]], list[str]]:
    """Score both sets with the engine and the baseline: (results, details, errors)."""
    sets = {"fixtures": load_fixtures(fixtures_dir), "archive": [load_archive(datasets, source_id)]}
    engines: dict[str, ProposeFn | None] = {"engine": None, "baseline": baseline_propose}
    errors: list[str] = []
    if with_engine:
        try:
            engines["engine"] = engine_propose()
        except ImportError as exc:
            errors.append(f"engine not available: timeline.curation.propose ({exc})")
    results: dict[str, Any] = {}
    details: dict[str, list[str]] = {}
    for set_name, reports in sets.items():
        results[set_name] = {"gold": gold_summary(reports)}
        for engine_name, propose in engines.items():
            if propose is None:
                results[set_name][engine_name] = None
                continue
            try:
                total, scores = score_set(reports, propose)
            except Exception as exc:  # an engine error is reported, not a crash of the run
                errors.append(f"{engine_name} failed on {set_name}: {type(exc).__name__}: {exc}")
                results[set_name][engine_name] = None
                continue
            results[set_name][engine_name] = figures(total)
            if engine_name == "engine":
                for score in scores:
                    details[score.name] = score.details
    results["sections"] = _sections(sets["fixtures"], engines, errors)
    engine = engines["engine"]
    timing = None
    if engine is not None and results["archive"]["engine"] is not None:
        timing = time_propose(sets["archive"][0], engine, repeat)
    results["timing"] = timing
    # (at most as many runs as asked for: "--repeat 1" is a smoke run)
    results["timing_2000_words"] = (
        time_long_report(sets["fixtures"], engine, min(repeat, max(3, repeat // 4)))
        if engine
        else None
    )
    results["timing_run_on"] = (
        time_run_on_sentence(engine, min(3, repeat), hostile_cells) if engine else None
    )
    results["goals"] = {
        "fully_right": "≥ 90% on both sets",
        "invented": "0",
        "quotes_off": "0",
        "precision": "≥ 95%",
        "numeric_precision": "≥ 95%",
        "propose_time": "< 1 s on the archived report after start-up",
    }
    return results, details, errors


def _print_linking(fixtures: Path) -> None:
    """Issue 16's linking figures on the gold reports that carry link gold (linking.py)."""
    sys.path.insert(0, str(Path(__file__).parent))
    import linking  # benchmarks/linking.py

    if not any(linking._has_link_gold(p) for p in fixtures.glob("*.gold.json")):
        return
    print()
    print("linking (claimants to existing actors, claims to existing events):")
    print(linking.as_table(linking.run(fixtures)))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--fixtures", type=Path, default=FIXTURES, help="gold fixture folder")
    parser.add_argument("--datasets", type=Path, default=DATASETS, help="curated datasets folder")
    parser.add_argument("--source", default=ARCHIVE_SOURCE, help="archived report to score")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs of propose")
    parser.add_argument("--details", action="store_true", help="list the engine's misses")
    parser.add_argument(
        "--hostile-cells",
        type=int,
        default=400,
        help="districts in the timed run-on table (400 = 2,000 words; fewer for a smoke run)",
    )
    args = parser.parse_args(argv)
    try:
        results, details, errors = evaluate(
            args.fixtures, args.datasets, args.source, args.repeat, hostile_cells=args.hostile_cells
        )
    except (GoldError, OSError, KeyError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        shown = {**results, "errors": errors, **({"details": details} if args.details else {})}
        print(json.dumps(shown, indent=2, ensure_ascii=False))
    else:
        fx, ar = results["fixtures"]["gold"], results["archive"]["gold"]
        print(
            f"gold, fixtures: {fx['reports']} reports ({args.fixtures}), {fx['numeric_claims']} "
            f"numeric claims, {fx['statements']} statements, {fx['vague_phrases']} vague "
            f"phrases, {fx['non_claim_numbers']} non-claim numbers"
        )
        print(
            f"gold, archive: {args.source}, {ar['numeric_claims']} numeric claims "
            f"(+{ar['optional_claims']} optional), {ar['statements']} statements "
            f"(+{ar['optional_statements']} optional), {ar['non_claim_numbers']} non-claim "
            "numbers; optional = restated, or a further claimant of the same sentence"
        )
        print()
        print("per gold section: engine (regex baseline beside it)")
        print(section_table(results["sections"]))
        print()
        print(table(results))
        print()
        timing = results["timing"]
        if timing is None:
            print("propose() on the archived report: not timed (no engine)")
        else:
            verdict = "ok" if timing["median_s"] < 1 else "NO"
            print(
                f"propose() on the archived report, after start-up: median "
                f"{1000 * timing['median_s']:.1f} ms, max {1000 * timing['max_s']:.1f} ms "
                f"over {timing['runs']} runs (goal < 1 s) {verdict}"
            )
        long = results.get("timing_2000_words")
        if long is not None:
            verdict = "ok" if long["median_s"] < 1 else "NO"
            print(
                f"propose() on a {long['words']}-word report (gold texts joined): median "
                f"{1000 * long['median_s']:.1f} ms, max {1000 * long['max_s']:.1f} ms over "
                f"{long['runs']} runs (goal < 1 s) {verdict}"
            )
        run_on = results.get("timing_run_on")
        if run_on is not None:
            print(
                f"propose() on hostile input, a {run_on['words']}-word table as one sentence: "
                f"median {1000 * run_on['median_s']:.1f} ms over {run_on['runs']} runs "
                "(no goal; 6.6 s before the nineteenth stop)"
            )
        _print_linking(Path(args.fixtures))
        if args.details:
            for name, lines in details.items():
                for text in lines:
                    print(f"{name}: {text}")
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
