"""Would a learned ranker choose claimants better than the rules? (issue 15, an experiment)

For every gold number ``propose`` finds, the candidates are the claimants ``propose`` gives
anywhere in the same report (by actor id, else by words), plus "none". A logistic regression
over a few page-independent features (is it the rules' choice, how far back and how often the
page names it, whether it speaks just before or after, whether it is a person or a known
actor, whether the number sits in a quotation) scores each candidate; the best one is the
ranker's choice. It is trained and scored **leave one gold section out**: each section is
scored by a model that never saw it, which is the only honest measure of whether it would
carry to a page kind nobody has tuned on.

Prints, per section: numbers found, the rules' claimant accuracy, the ranker's, and the
ceiling (the right claimant is among the candidates at all).

    python benchmarks/claimant_ranker.py [--fixtures DIR] [--json]

The gold loader of ``benchmarks/curation.py`` and NumPy (there with pandas); no learning
library.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import curation as gold  # the benchmark's gold loader and matcher

FEATURES = (
    "rules_choice",
    "rules_none",
    "named_before_near",
    "named_before_far",
    "named_after_in_sentence",
    "log_distance",
    "log_count",
    "speaks_just_before",
    "speaks_just_after",
    "known_actor",
    "person",
    "in_quotation",
    "named_in_headline",
    "is_none",
    "from_text",
)


@dataclass(frozen=True)
class Candidate:
    """One claimant a report's proposals give: its id (or None) and its words."""

    actor_id: str | None
    words: str

    @property
    def key(self) -> str:
        return self.actor_id or gold._norm_words(self.words)


NONE = Candidate(None, "")


@dataclass
class Example:
    """One gold number the rules found, with a feature row per candidate."""

    section: str
    rows: list[list[float]]
    labels: list[bool]
    rules_index: int


def _core_words(words: str) -> str:
    """'he (the NIS)' → 'the NIS': the words a carried claimant stands for."""
    inner = re.search(r"\(([^()]*(?:\([^()]*\))?[^()]*)\)\s*$", words)
    return inner.group(1) if inner else words


def _mentions(text: str, words: str) -> list[int]:
    """Where the page writes a candidate's head words (its last two capitalised or plain words)."""
    core = re.sub(r"\s*\([^)]*\)", "", _core_words(words)).strip()
    core = re.sub(r"^(?:the|a|an)\s+", "", core, flags=re.IGNORECASE)
    tokens = re.findall(r"[\w’'-]+", core)
    if not tokens:
        return []
    needle = " ".join(tokens[-2:]) if len(tokens) >= 2 else tokens[0]
    return [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(needle)}(?![\w-])", text)]


def _is_person(words: str) -> bool:
    core = _core_words(words)
    return bool(
        re.search(r"\b(?:Mr|Ms|Mrs|Dr|Gen|Col|Maj|Capt|Lt|Rep|Sen|Prof)\.", core)
        or re.search(r"\b[A-Z][a-z]+(?:-[a-z]+)?\s+[A-Z][a-z]+(?:-[a-z]+)?$", core)
        or re.search(r"\b(?:spokes\w+|minister|president|official|commander|analyst)\b", core)
    )


def _in_quotation(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return (before.count("“") > before.count("”")) or before.count('"') % 2 == 1


def _features(
    text: str,
    p: dict[str, Any],
    c: Candidate,
    rules: Candidate,
    counts: dict[str, int],
    order: list[Candidate],
    index: int,
    seen: dict[str, list[int]] | None = None,
) -> list[float]:
    start = int(p["quote_start"])
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    sentence_end = min(
        (i for i in (text.find(". ", start), text.find("\n", start)) if i != -1),
        default=len(text),
    )
    if c is NONE:
        row = [0.0] * len(FEATURES)
        row[FEATURES.index("rules_choice")] = float(rules is NONE)
        row[FEATURES.index("rules_none")] = float(rules is NONE)
        row[FEATURES.index("in_quotation")] = float(_in_quotation(text, start))
        row[FEATURES.index("is_none")] = 1.0
        return row
    from_text = seen is not None and c.key in seen and c.key not in counts
    places = seen[c.key] if seen is not None and c.key in seen else _mentions(text, c.words)
    before = [m for m in places if m < start]
    distance = start - before[-1] if before else len(text)
    first_line_end = text.find("\n", text.find("\n") + 1)
    previous = order[index - 1] if index > 0 else None
    following = order[index + 1] if index + 1 < len(order) else None
    return [
        float(c.key == rules.key),
        float(rules is NONE),
        float(bool(before) and distance < 400),
        float(bool(before) and distance >= 400),
        float(any(start < m < sentence_end for m in places) or sentence_start <= start < 0),
        math.log1p(distance) / 10,
        math.log1p(counts.get(c.key, 0)),
        float(previous is not None and previous.key == c.key),
        float(following is not None and following.key == c.key),
        float(c.actor_id is not None),
        float(_is_person(c.words)),
        float(_in_quotation(text, start)),
        float(any(m < max(first_line_end, 0) for m in places)),
        0.0,
        float(from_text),
    ]


def _candidate(p: dict[str, Any]) -> Candidate:
    if p.get("claimant_id"):
        return Candidate(str(p["claimant_id"]), str(p.get("claimant") or ""))
    if p.get("claimant"):
        return Candidate(None, str(p["claimant"]))
    return NONE


def _right(item: Any, c: Candidate) -> bool:
    proposal = {"claimant_id": c.actor_id, "claimant": c.words or None}
    return bool(gold.claimant_right(item, proposal))


def _text_mentions(text: str, actors: Sequence[dict[str, Any]]) -> dict[str, list[int]]:
    """Where the page names each actor of its dictionary by one of its known forms (name,
    acronym, alias, initials): candidates the rules may never have put forward."""
    from timeline.curation.linking import known_forms

    found: dict[str, list[int]] = {}
    lowered = text.lower()
    for actor in actors:
        places: list[int] = []
        for form in known_forms(actor):
            if len(form) < 3:
                continue
            haystack = text if len(form) <= 4 else lowered
            needle = form.upper() if len(form) <= 4 else form
            places += [
                m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(needle)}(?![\w-])", haystack)
            ]
        if places:
            found[str(actor["actor_id"])] = sorted(places)
    return found


def examples(reports: Sequence[Any], text_candidates: bool = False) -> list[Example]:
    """A feature table for every gold number ``propose`` finds in the reports; with
    ``text_candidates``, the dictionary's actors the page names are candidates too."""
    propose = gold.engine_propose()
    found: list[Example] = []
    for report in reports:
        proposals = gold.run(report, propose)
        spans = [gold._span(report.text, p)[0] for p in proposals]
        numeric = [i for i, p in enumerate(proposals) if gold._has_quantity(p) and spans[i]]
        order = [_candidate(proposals[i]) for i in numeric]
        pool: dict[str, Candidate] = {}
        counts: dict[str, int] = {}
        for p in proposals:
            c = _candidate(p)
            if c is not NONE:
                pool.setdefault(c.key, c)
                counts[c.key] = counts.get(c.key, 0) + 1
        seen: dict[str, list[int]] = {}
        if text_candidates:
            seen = _text_mentions(report.text, list(report.actors))
            names = {str(a["actor_id"]): str(a.get("name") or "") for a in report.actors}
            for actor_id in seen:
                pool.setdefault(actor_id, Candidate(actor_id, names.get(actor_id, actor_id)))
        candidates = [*pool.values(), NONE]
        for item in report.claims:
            if item.optional:
                continue
            matches = [
                i
                for i in numeric
                if gold._overlap(spans[i], item.start, item.end)
                and gold._number_matches(item, proposals[i])
            ]
            if not matches:
                continue
            i = matches[0]
            p = proposals[i]
            rules = _candidate(p)
            rows = [
                _features(report.text, p, c, rules, counts, order, numeric.index(i), seen)
                for c in candidates
            ]
            labels = [_right(item, c) for c in candidates]
            rules_index = next(k for k, c in enumerate(candidates) if c.key == rules.key)
            found.append(Example(gold.section_of(report.name), rows, labels, rules_index))
    return found


def train(data: Sequence[Example], epochs: int = 300, rate: float = 0.5) -> list[float]:
    """A softmax over each number's candidates (conditional logit), fitted by gradient
    ascent; weight decay keeps it from memorising one section's quirks."""
    import numpy as np

    usable = [e for e in data if any(e.labels)]
    if not usable:
        return [0.0] * len(FEATURES)
    x = np.array([row for e in usable for row in e.rows], dtype=float)
    ok = np.array([label for e in usable for label in e.labels], dtype=float)
    group = np.repeat(np.arange(len(usable)), [len(e.rows) for e in usable])
    starts = np.concatenate(([0], np.cumsum([len(e.rows) for e in usable])[:-1]))
    weights = np.zeros(len(FEATURES))
    for _ in range(epochs):
        scores = x @ weights
        top = np.maximum.reduceat(scores, starts)[group]
        exps = np.exp(scores - top)
        probs = exps / np.add.reduceat(exps, starts)[group]
        right = np.add.reduceat(probs * ok, starts)[group]
        # d log P(right) / d score_k = [ok] p_k / right - p_k
        coefficient = ok * probs / right - probs
        grad = x.T @ coefficient / len(usable)
        weights = weights + rate * (grad - 0.01 * weights)
    return [float(w) for w in weights]


def choose(weights: Sequence[float], e: Example) -> int:
    scores = [sum(w * x for w, x in zip(weights, row, strict=True)) for row in e.rows]
    return max(range(len(scores)), key=lambda k: (scores[k], k == e.rules_index))


def leave_one_section_out(data: Sequence[Example]) -> dict[str, dict[str, Any]]:
    """Per section: numbers found, rules right, ranker right (trained without the section),
    and the ceiling (the right claimant is among the candidates)."""
    results: dict[str, dict[str, Any]] = {}
    for section in sorted({e.section for e in data}):
        weights = train([e for e in data if e.section != section])
        held = [e for e in data if e.section == section]
        results[section] = {
            "numbers": len(held),
            "rules": sum(e.labels[e.rules_index] for e in held),
            "ranker": sum(e.labels[choose(weights, e)] for e in held),
            "ceiling": sum(any(e.labels) for e in held),
        }
    return results


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fixtures", type=Path, default=gold.FIXTURES)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--text-candidates",
        action="store_true",
        help="also offer every dictionary actor the page names, not only the rules' claimants",
    )
    args = parser.parse_args(argv)
    data = examples(gold.load_fixtures(args.fixtures), args.text_candidates)
    results = leave_one_section_out(data)
    total = {
        k: sum(r[k] for r in results.values()) for k in ("numbers", "rules", "ranker", "ceiling")
    }
    results["all"] = total
    weights = train(data)
    if args.json:
        print(
            json.dumps({"sections": results, "weights": dict(zip(FEATURES, weights, strict=True))})
        )
        return 0
    print("claimant right, of the numbers propose finds (ranker: trained without the section)")
    print("| section | numbers | rules | ranker | ceiling |")
    print("|---|---|---|---|---|")
    for section, r in results.items():
        n = max(1, r["numbers"])
        print(
            f"| {section} | {r['numbers']} | {100 * r['rules'] / n:.1f}% | "
            f"{100 * r['ranker'] / n:.1f}% | {100 * r['ceiling'] / n:.1f}% |"
        )
    print(
        "weights (all sections):", {f: round(w, 2) for f, w in zip(FEATURES, weights, strict=True)}
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
