"""Per-claim comparison of two engines on the gold set: which numbers a change made fully
right, and which it broke.

The section totals of ``benchmarks/curation.py`` hide a gain that is also a loss elsewhere.
``dump`` writes, for every required numeric gold claim, whether ``propose`` found it and which
fields it got right (claimant, statement date, unit, qualifier and bounds), with the claimant,
dates and unit it proposed; ``compare`` lists the claims whose "fully right" changed between
two dumps and counts gains and losses per section. Run ``dump`` once per engine (an older
commit through ``PYTHONPATH=/path/to/worktree/src``), then ``compare``::

    PYTHONPATH=../old/src python benchmarks/per_claim.py dump old.json
    python benchmarks/per_claim.py dump new.json
    python benchmarks/per_claim.py compare old.json new.json

Claims are keyed by report and gold row, so two dumps compare on the claims both hold (a gold
set that grew in between compares on the old part).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import curation  # the gold loader and scorer of benchmarks/curation.py

Record = dict[str, Any] | None


def dump(folder: Path) -> dict[str, Record]:
    """Every required numeric gold claim of ``folder``, keyed "report|row", with the fields
    the engine got right, or None when it proposed no matching number."""
    propose = curation.engine_propose()
    records: dict[str, Record] = {}
    for report in curation.load_fixtures(folder):
        proposals = curation.run(report, propose)
        spans = [curation._span(report.text, p)[0] for p in proposals]
        used: set[int] = set()
        # required rows first, so optional ones never take their proposal (as the scorer does)
        for item in sorted(report.claims, key=lambda g: g.optional):
            options = [
                (all(curation.field_checks(item, p).values()), overlap, -i)
                for i, p in enumerate(proposals)
                for overlap in [curation._overlap(spans[i], item.start, item.end)]
                if i not in used and overlap and curation._number_matches(item, p)
            ]
            key = f"{report.name}|{item.label}"
            if not options:
                if not item.optional:
                    records[key] = None
                continue
            index = -max(options)[2]
            used.add(index)
            if item.optional:
                continue
            proposal = proposals[index]
            records[key] = {
                "checks": curation.field_checks(item, proposal),
                "got": {
                    "claimant": proposal.get("claimant_id") or proposal.get("claimant"),
                    "stated": [proposal.get("stated_on"), proposal.get("stated_end")],
                    "unit": proposal.get("unit"),
                },
            }
    return records


def _got(record: Record) -> Any:
    return None if record is None else record["got"]


def fully_right(record: Record) -> bool:
    return record is not None and all(record["checks"].values())


def compare(old: Mapping[str, Record], new: Mapping[str, Record]) -> dict[str, Any]:
    """The claims both dumps hold whose "fully right" changed, and the net per section."""
    changes: list[dict[str, Any]] = []
    per_section: Counter[str] = Counter()
    for key in sorted(old.keys() & new.keys()):
        before, after = fully_right(old[key]), fully_right(new[key])
        if before == after:
            continue
        section = curation.section_of(key.split("|", 1)[0])
        per_section[section] += 1 if after else -1
        changes.append(
            {
                "claim": key,
                "change": "gain" if after else "loss",
                "before": _got(old[key]),
                "after": _got(new[key]),
            }
        )
    shared = old.keys() & new.keys()
    return {
        "claims": len(shared),
        "fully_right": [
            sum(fully_right(old[k]) for k in shared),
            sum(fully_right(new[k]) for k in shared),
        ],
        "gains": sum(c["change"] == "gain" for c in changes),
        "losses": sum(c["change"] == "loss" for c in changes),
        "per_section": dict(sorted(per_section.items())),
        "changes": changes,
    }


def _read(path: Path) -> dict[str, Record]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise curation.GoldError(f"{path}: not a per-claim dump ({exc})") from None
    if not isinstance(data, dict):
        raise curation.GoldError(f"{path}: not a per-claim dump (expected an object)")
    return data


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dumping = commands.add_parser("dump", help="write every gold claim's fields to OUT")
    dumping.add_argument("out", type=Path)
    dumping.add_argument("--fixtures", type=Path, default=curation.FIXTURES)
    comparing = commands.add_parser("compare", help="list the claims two dumps disagree on")
    comparing.add_argument("old", type=Path)
    comparing.add_argument("new", type=Path)
    comparing.add_argument("--json", action="store_true", help="print the comparison as JSON")
    args = parser.parse_args(argv)
    try:
        if args.command == "dump":
            records = dump(args.fixtures)
            tmp = args.out.with_name(args.out.name + ".tmp")
            try:
                tmp.write_text(json.dumps(records, indent=1, sort_keys=True), encoding="utf-8")
                tmp.replace(args.out)
            except OSError as exc:
                tmp.unlink(missing_ok=True)
                raise curation.GoldError(f"{args.out}: cannot write ({exc.strerror})") from None
            right = sum(fully_right(r) for r in records.values())
            print(f"{right}/{len(records)} fully right -> {args.out}")
            return 0
        result = compare(_read(args.old), _read(args.new))
    except curation.GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for change in result["changes"]:
        print(
            f"{change['change'].upper()} {change['claim']}: {change['before']} -> {change['after']}"
        )
    old_right, new_right = result["fully_right"]
    print(
        f"{result['claims']} claims in both: {old_right} -> {new_right} fully right "
        f"(gains {result['gains']}, losses {result['losses']}); per section {result['per_section']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
