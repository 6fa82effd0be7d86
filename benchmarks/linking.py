"""Linking quality benchmark (issue 16, point 4): do new reports connect to the dataset?

Usage::

    python benchmarks/linking.py                  # gold: tests/fixtures/curation/
    python benchmarks/linking.py --gold DIR       # another folder of gold reports
    python benchmarks/linking.py --json           # the same figures, machine-readable
    python benchmarks/linking.py --details        # also every gold row scored wrong

The reports are the ``NAME.txt`` of a folder whose ``NAME.gold.json`` carries link gold
(in ``tests/fixtures/curation/``, the held-out ``realb-*``); each gold is in the format of
``tests/fixtures/curation/README.md``, whose ``claims`` and ``statements`` also carry
``link_actor`` (an actor id of the curated dictionary, ``datasets/curated/actors.yaml``, or
``"new:<canonical name>"`` for a body or person it does not have) and ``link_event`` (an
event id of the dataset, ``"new:<key>"`` or null). Every report goes through
``timeline.curation.propose`` with the curated actors and events of ``datasets/`` (the
shipped actor dictionary, aliases included); each gold row is
matched to the proposal whose quote overlaps its ``quote_contains`` (for a numeric claim, one
with the same number), and scored:

- **claimant → right existing actor** (goal ≥ 95%): of the rows whose ``link_actor`` is an
  existing actor, the share whose proposal has that ``claimant_id``;
- **new claimant kept new** (reported, no goal): of the rows whose ``link_actor`` is
  ``new:…``, the share given no existing actor (a wrong actor is worse than none);
- **a new body's names → one actor** (reported, no goal): of the bodies new to the dictionary
  that one report names in two or more matched rows, the share whose rows all end with one
  actor: the same ``claimant_id``, or, where none, one new actor as ``accept`` groups names
  (:func:`timeline.curation.linking.same_body`);
- **claim → right existing event** (goal ≥ 90%): of the rows whose ``link_event`` is an
  existing event, the share auto-linked to it (``event_id``) or, when not linked, whose first
  ``suggested_event:`` flag names it;
- **wrong auto-links** (goal ≤ 2%): of all matched rows, the share whose ``event_id`` was
  filled with an event other than their ``link_event``.

Rows no proposal matches are counted as wrong in the first and third figures (a missed claim
links nothing) and listed separately. The baseline, in the same run, is the engine before
linking: ``attribution.match_actor`` with the actors of release 1.0.0 (no aliases) and
``events.suggest_event`` (first event of the same type with overlapping dates; it never
auto-links). Each engine miss of the first and third figures is blamed on where it comes from:
``upstream`` of linking (no proposal matched the row, the proposal has no claimant words, or
the words that reached the resolver are not the gold's claimant although the resolver, given
the gold's words, finds the right actor: the proposer's attribution), ``in_report`` (other
words reached the resolver and the gold's need the report's context: "it", "the agency"),
``event_type`` (the proposal's event type is not the
gold's) or ``linking``; the table's last lines count them. A benchmark, not a gate: the exit
code is 0 unless the gold is missing or bad.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = REPO / "tests" / "fixtures" / "curation"
DATASETS = REPO / "datasets"
FIRST_RELEASE_ACTORS = REPO / "src" / "timeline" / "data" / "1.0.0" / "actors.parquet"

GOALS = {
    "actor_existing": ("claimant → right existing actor", ">=", 0.95),
    "actor_new": ("new claimant kept new", None, None),
    "new_body_one_actor": ("a new body's names → one actor", None, None),
    "event_existing": ("claim → right existing event", ">=", 0.90),
    "wrong_auto_links": ("wrong auto-links", "<=", 0.02),
}


class GoldError(Exception):
    """The gold folder or one of its files is unusable."""


@dataclass
class Tally:
    """Right and total counts of one figure, with the rows scored wrong."""

    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)

    def add(self, ok: bool, what: str) -> None:
        self.total += 1
        self.right += int(ok)
        if not ok:
            self.wrong.append(what)

    @property
    def share(self) -> float | None:
        return self.right / self.total if self.total else None


def _span(text: str, needle: str, where: str) -> tuple[int, int]:
    start = text.find(needle)
    if start < 0:
        raise GoldError(f"{where}: quote_contains {needle!r} is not in the text")
    if text.find(needle, start + 1) >= 0:
        raise GoldError(f"{where}: quote_contains {needle!r} occurs more than once")
    return start, start + len(needle)


def _match(
    gold: Mapping[str, Any],
    span: tuple[int, int],
    candidates: Sequence[Mapping[str, Any]],
    taken: set[int] | None = None,
) -> Mapping[str, Any] | None:
    """The proposal for one gold row: overlapping quote, same number for a numeric claim;
    of several, the one whose unit shares most words with the gold's, then the largest
    overlap (one sentence can state two figures of the same number)."""
    gold_words = set(f"{gold.get('unit') or ''} {gold['quote_contains']}".lower().split())
    best: tuple[tuple[int, int], Mapping[str, Any]] | None = None
    for cand in candidates:
        if taken is not None and id(cand) in taken:
            continue  # one proposal answers one gold row
        overlap = min(span[1], cand["quote_end"]) - max(span[0], cand["quote_start"])
        if overlap <= 0:
            continue
        if "value" in gold or "value_low" in gold:
            same = (cand.get("value"), cand.get("value_low"), cand.get("value_high")) == (
                gold.get("value"),
                gold.get("value_low"),
                gold.get("value_high"),
            ) or (gold.get("value") is not None and cand.get("value") == gold.get("value"))
            if not same:
                continue
        elif cand.get("value") is not None:
            continue
        rank = (len(set(str(cand.get("unit") or "").lower().split()) & gold_words), overlap)
        if best is None or rank > best[0]:
            best = (rank, cand)
    if best is not None and taken is not None:
        taken.add(id(best[1]))
    return best[1] if best else None


def _suggested(cand: Mapping[str, Any]) -> str | None:
    for flag in cand.get("flags") or ():
        if str(flag).startswith("suggested_event:"):
            return str(flag).split(":", 1)[1]
    return None


def _rows(gold: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [*gold.get("claims", []), *gold.get("statements", [])]


@dataclass
class Scores:
    """The four figures for one engine."""

    actor_existing: Tally = field(default_factory=Tally)
    actor_new: Tally = field(default_factory=Tally)
    new_body_one_actor: Tally = field(default_factory=Tally)
    event_existing: Tally = field(default_factory=Tally)
    wrong_auto_links: Tally = field(default_factory=Tally)
    unmatched: list[str] = field(default_factory=list)
    causes: dict[str, dict[str, int]] = field(default_factory=dict)  # figure -> cause -> n

    def blame(self, figure: str, cause: str) -> None:
        counts = self.causes.setdefault(figure, {})
        counts[cause] = counts.get(cause, 0) + 1


def _score_row(
    scores: Scores,
    row: Mapping[str, Any],
    actor: str | None,
    event_id: str | None,
    suggestion: str | None,
    first_ids: set[str],
    what: str,
) -> None:
    link_actor = str(row.get("link_actor") or "")
    link_event = row.get("link_event")
    if link_actor.startswith("new:"):
        # any existing actor is wrong for a body the dictionary lacks (the baseline's are
        # the actors of release 1.0.0, the engine's those of the curated dictionary)
        scores.actor_new.add(actor is None, f"{what}: got {actor}, gold {link_actor}")
    elif link_actor:
        scores.actor_existing.add(actor == link_actor, f"{what}: got {actor}, gold {link_actor}")
    if isinstance(link_event, str) and not link_event.startswith("new:"):
        chosen = event_id or suggestion
        scores.event_existing.add(
            chosen == link_event, f"{what}: linked {event_id}, suggested {suggestion}, "
            f"gold {link_event}"
        )  # fmt: skip
    bad = event_id is not None and event_id != link_event
    scores.wrong_auto_links.add(not bad, f"{what}: auto-linked {event_id}, gold {link_event}")


def _blame(
    scores: Scores, row: Mapping[str, Any], cand: Mapping[str, Any] | None, actors: Any
) -> None:
    """Record where the engine's misses of one row come from."""
    link_actor = str(row.get("link_actor") or "")
    link_event = row.get("link_event")
    existing = link_actor and not link_actor.startswith("new:")
    if existing and (cand is None or cand.get("claimant_id") != link_actor):
        scores.blame("actor_existing", _actor_cause(row, cand, actors))
    if isinstance(link_event, str) and not link_event.startswith("new:"):
        chosen = cand and (cand.get("event_id") or _suggested(cand))
        if chosen != link_event:
            scores.blame("event_existing", _event_cause(row, cand))


def _one_actor(keys: Sequence[str]) -> bool:
    """Whether the rows of one body end as one actor: one id, or words ``accept`` makes into
    one new actor (the same name, or a later surname or acronym of an earlier name)."""
    from timeline.curation.accept import claimant_name
    from timeline.curation.linking import same_body

    ids = {k for k in keys if not k.startswith("words:")}
    words = [claimant_name(k.removeprefix("words:")) for k in keys if k.startswith("words:")]
    if ids:
        return len(ids) == 1 and not words
    return all(
        any(same_body(earlier, later) for earlier in [words[0], *words[:i]])
        for i, later in enumerate(words)
    )


def _has_link_gold(path: Path) -> bool:
    """Whether a gold file carries link gold (``link_actor`` or ``link_event`` on a row)."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: unreadable ({exc})") from None
    return any("link_actor" in row or "link_event" in row for row in _rows(gold))


def _actor_cause(row: Mapping[str, Any], cand: Mapping[str, Any] | None, actors: Any) -> str:
    """Where a claimant miss comes from: ``upstream`` when no proposal matched the row, the
    proposal has no claimant words (the reporter's), or its words are not the gold's
    claimant although the resolver, given the gold's words, finds the right actor;
    ``in_report`` when the words differ and the gold's need the report's context ("it",
    "the agency"); ``linking`` when the resolver had the gold's words and missed."""
    from timeline.curation.linking import match_claimant, norm_name

    if cand is None or not cand.get("claimant"):
        return "upstream"
    gold_words = str(row.get("claimant") or "")
    if not gold_words or norm_name(gold_words) == norm_name(str(cand["claimant"])):
        return "linking"
    right = match_claimant(gold_words, actors)[0] == row.get("link_actor")
    return "upstream" if right else "in_report"


def _event_cause(row: Mapping[str, Any], cand: Mapping[str, Any] | None) -> str:
    """Where an event miss comes from: ``upstream`` (no proposal), ``event_type`` (the
    proposal's type is not the gold's, so no event of the right type was compared), or
    ``linking``."""
    if cand is None:
        return "upstream"
    if row.get("event_type") and cand.get("event_type") != row.get("event_type"):
        return "event_type"
    return "linking"


def _load_yaml(path: Path) -> list[dict[str, Any]]:
    rows = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [dict(r) for r in rows]


def _first_release_actors() -> list[dict[str, Any]]:
    import pyarrow.parquet as pq

    return [dict(r) for r in pq.read_table(FIRST_RELEASE_ACTORS).to_pylist()]


def run(gold_dir: Path) -> dict[str, Any]:
    """Score the engine and the baseline on every report in ``gold_dir`` with link gold."""
    from timeline.curation.attribution import match_actor
    from timeline.curation.events import suggest_event
    from timeline.curation.linking import with_estimates
    from timeline.curation.propose import propose

    reports = [p for p in sorted(gold_dir.glob("*.gold.json")) if _has_link_gold(p)]
    if not reports:
        raise GoldError(f"{gold_dir}: no *.gold.json file with link gold")
    actors = _load_yaml(DATASETS / "curated" / "actors.yaml")
    events = with_estimates(
        _load_yaml(DATASETS / "curated" / "events.yaml"),
        _load_yaml(DATASETS / "curated" / "claims.yaml"),
    )
    first_actors = _first_release_actors()
    first_ids = {str(a["actor_id"]) for a in first_actors}
    engine, baseline = Scores(), Scores()
    for gold_path in reports:
        name = gold_path.name.removesuffix(".gold.json")
        text_path = gold_path.with_name(f"{name}.txt")
        try:
            text = text_path.read_text(encoding="utf-8")
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise GoldError(f"{gold_path}: unreadable ({exc})") from None
        published = dt.date.fromisoformat(gold["published_on"])
        candidates = propose(text, published, actors=actors, events=events)["candidates"]
        taken: set[int] = set()
        new_bodies: dict[str, list[str]] = {}
        for i, row in enumerate(_rows(gold)):
            what = f"{name} {row['quote_contains'][:50]!r}"
            span = _span(text, row["quote_contains"], f"{gold_path.name} row {i}")
            if row.get("optional"):
                continue  # a statement the conventions leave open carries no link gold
            cand = _match(row, span, candidates, taken)
            _blame(engine, row, cand, actors)
            if cand is None:
                for scores in (engine, baseline):
                    scores.unmatched.append(what)
                    _score_row(scores, row, None, None, None, first_ids, what + " (unmatched)")
                continue
            link_actor = str(row.get("link_actor") or "")
            if link_actor.startswith("new:"):
                key = cand.get("claimant_id") or f"words:{cand.get('claimant') or ''}"
                new_bodies.setdefault(link_actor, []).append(str(key))
            _score_row(
                engine,
                row,
                cand.get("claimant_id"),
                cand.get("event_id"),
                _suggested(cand),
                first_ids,
                what,
            )
            words = str(cand.get("claimant") or "")
            old_actor = match_actor(words, first_actors)[0] if words else None
            start, end = (
                dt.date.fromisoformat(cand[k]) if cand.get(k) else None
                for k in ("date_start", "date_end")
            )
            old_event = suggest_event(cand.get("event_type"), start, end, events)
            _score_row(baseline, row, old_actor, None, old_event, first_ids, what)
        for body, keys in new_bodies.items():
            if len(keys) > 1:
                engine.new_body_one_actor.add(
                    _one_actor(keys), f"{name} {body}: {', '.join(dict.fromkeys(keys))}"
                )
    return {"reports": len(reports), "engine": engine, "baseline": baseline}


def _cell(tally: Tally) -> str:
    share = tally.share
    return "n/a" if share is None else f"{share:.1%} ({tally.right}/{tally.total})"


def _met(key: str, tally: Tally) -> str:
    _, op, goal = GOALS[key]
    share = tally.share
    if op is None or goal is None or share is None:
        return "-"
    if key == "wrong_auto_links":
        share = 1 - share  # the tally counts rows *not* wrongly linked
    return "yes" if (share >= goal if op == ">=" else share <= goal) else "NO"


def _figure(key: str, tally: Tally) -> str:
    if key != "wrong_auto_links":
        return _cell(tally)
    wrong = tally.total - tally.right
    return f"{wrong / tally.total:.1%} ({wrong}/{tally.total})" if tally.total else "n/a"


def as_table(result: Mapping[str, Any]) -> str:
    engine: Scores = result["engine"]
    baseline: Scores = result["baseline"]
    lines = [
        f"linking gold: {result['reports']} reports; unmatched gold rows: {len(engine.unmatched)}",
        "| figure | engine | baseline (before linking) | goal | met |",
        "|---|---|---|---|---|",
    ]
    for key, (label, op, goal) in GOALS.items():
        goal_text = (
            "-" if op is None or goal is None else f"{'≥' if op == '>=' else '≤'} {goal:.0%}"
        )
        lines.append(
            f"| {label} | {_figure(key, getattr(engine, key))} | "
            f"{_figure(key, getattr(baseline, key))} | {goal_text} | "
            f"{_met(key, getattr(engine, key))} |"
        )
    for key, counts in engine.causes.items():
        parts = ", ".join(f"{n} {cause}" for cause, n in sorted(counts.items()))
        lines.append(f"misses of {GOALS[key][0]}: {parts}")
        tally: Tally = getattr(engine, key)
        handed = tally.total - counts.get("upstream", 0)
        if handed:
            # the linker's own share: the rows the proposer handed it the right words for
            lines.append(
                f"  linking alone, upstream misses left out: {tally.right / handed:.1%} "
                f"({tally.right}/{handed})"
            )
    return "\n".join(lines)


def as_json(result: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"reports": result["reports"]}
    for side in ("engine", "baseline"):
        scores: Scores = result[side]
        out[side] = {
            key: {"right": t.right, "total": t.total}
            for key in GOALS
            for t in [getattr(scores, key)]
        }
        out[side]["unmatched"] = len(scores.unmatched)
    out["engine"]["misses_by_cause"] = result["engine"].causes
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="folder of gold reports")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list every row scored wrong")
    args = parser.parse_args(argv)
    try:
        result = run(args.gold)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(as_json(result), indent=2))
        return 0
    print(as_table(result))
    if args.details:
        engine: Scores = result["engine"]
        for key in GOALS:
            for line in getattr(engine, key).wrong:
                print(f"{key}: {line}")
        for line in engine.unmatched:
            print(f"unmatched: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
