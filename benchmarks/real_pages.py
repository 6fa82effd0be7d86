"""Hand-judged measurement of ``propose`` on real pages that cannot be committed.

The gold set is written for the project; the maintainers measure ``propose`` on real news.
Real pages may not be copied into the repository, but they can be read on one's own machine:
keep each page (or excerpt) as a text file, let ``show`` print what ``propose`` makes of it,
judge every candidate by hand (rules in ``benchmarks/README.md``, "Real pages, judged by
hand"), and let ``score`` count the judgements. Only the counts are published.

Page files: line 1 ``URL <address>``, line 2 ``DATE <YYYY-MM-DD>`` (the publication day),
then the page's text as it was stored. Judgement files are JSON Lines, one object per
candidate (``file``, ``i``, ``claim``, ``claimant_ok``, ``date_ok``, and optionally
``value_ok`` — value, bounds and qualifier — and ``unit_ok``) or per claim the engine missed
(``file``, ``missed``: true). A claim judged on all four fields counts as fully right when all
four are true::

    python benchmarks/real_pages.py show pages/*.txt > candidates.txt
    python benchmarks/real_pages.py score judged/*.jsonl [--json]

``show`` runs the engine on ``PYTHONPATH`` (an older commit through a scratch worktree, as
``per_claim.py`` does), so one set of pages can be judged at two commits.

A first-sight figure is honest only on pages never judged before. The addresses judged are
kept, as SHA-256 digests (no third party's address is published), in
``benchmarks/real_pages_seen.txt``; ``seen`` says which of some addresses (or of the page
files' URL lines) were judged before, and ``remember`` adds a judged set's addresses::

    python benchmarks/real_pages.py seen https://example.org/story pages/*.txt
    python benchmarks/real_pages.py remember pages/*.txt
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from timeline.errors import TimelineError

#: The claimant ``show`` gives the page's own voice (the publisher).
PAGE = "the page"


class PageError(ValueError):
    """A page or judgement file that cannot be read; the message names the file and line."""


def read_page(path: Path) -> tuple[str, dt.date, str]:
    """The address, publication day and text of one page file."""
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PageError(f"{path}: cannot read ({exc})") from None
    lines = raw.split("\n", 2)
    if len(lines) < 3 or not lines[0].startswith("URL ") or not lines[1].startswith("DATE "):
        raise PageError(f"{path}: expected line 1 'URL <address>' and line 2 'DATE <YYYY-MM-DD>'")
    try:
        published = dt.date.fromisoformat(lines[1][5:].strip())
    except ValueError:
        raise PageError(f"{path}, line 2: expected DATE YYYY-MM-DD, got {lines[1]!r}") from None
    return lines[0][4:].strip(), published, lines[2]


def show(paths: Iterable[Path], datasets: Path | None = None) -> str:
    """Every candidate ``propose`` makes of each page, numbered for the judgement files; with
    ``datasets``, matched against that curated dataset's actors and events, as ``timeline
    propose`` run from the repository matches a new report."""
    from timeline.curation import propose

    actors: list[Any] = []
    events: list[Any] = []
    if datasets is not None:
        from timeline.curation.review import curated_context

        actors, events = curated_context(datasets)
    out: list[str] = []
    for path in paths:
        _, published, text = read_page(path)
        result = propose(text, published, actors=actors, events=events, source={"publisher": PAGE})
        out.append(f"=== {path.stem}  published {published}")
        for index, c in enumerate(result["candidates"]):
            value = c["value"] if c["value"] is not None else c["value_low"]
            out.append(
                f"[{index}] value={value}..{c['value_high']} qualifier={c['qualifier']!r} "
                f"unit={c['unit']!r}\n"
                f"    claimant={c['claimant']!r} id={c['claimant_id']!r} "
                f"stated={c['stated_on']}..{c['stated_end']} ({c['stated_precision']}) "
                f"text={c['stated_text']!r}\n"
                f"    quote: {c['quote'][:400]}"
            )
    return "\n".join(out) + "\n"


#: The digests of the addresses of every page judged so far, one per line.
SEEN = Path(__file__).with_name("real_pages_seen.txt")


def address_digest(address: str) -> str:
    """The digest an address is kept as: SHA-256 of the address without its scheme, "www."
    or trailing slash, so one page reached two ways is one page."""
    import hashlib

    plain = re.sub(r"^[a-z]+://(?:www\.)?", "", address.strip(), flags=re.IGNORECASE)
    return hashlib.sha256(plain.rstrip("/").encode("utf-8")).hexdigest()


def _addresses(items: Iterable[str]) -> list[str]:
    """Addresses given as such or as page files (their ``URL`` line)."""
    out = []
    for item in items:
        path = Path(item)
        if re.match(r"[a-z]+://", item, flags=re.IGNORECASE) or not path.exists():
            out.append(item)
        else:
            out.append(read_page(path)[0])
    return out


def seen_before(items: Iterable[str], seen: Path = SEEN) -> dict[str, bool]:
    """For each address (or page file), whether a page at it was judged before."""
    known = set(seen.read_text(encoding="utf-8").split()) if seen.exists() else set()
    return {address: address_digest(address) in known for address in _addresses(items)}


def remember(items: Iterable[str], seen: Path = SEEN) -> int:
    """Add the addresses of a judged set to the list; the number newly added."""
    known = seen.read_text(encoding="utf-8").split() if seen.exists() else []
    new = [d for d in dict.fromkeys(address_digest(a) for a in _addresses(items)) if d not in known]
    if new:
        temporary = seen.with_suffix(".tmp")
        temporary.write_text("\n".join(sorted([*known, *new])) + "\n", encoding="utf-8")
        temporary.replace(seen)
    return len(new)


def _judgements(paths: Iterable[Path]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise PageError(f"{path}: cannot read ({exc})") from None
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise PageError(f"{path}, line {number}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict) or "file" not in row:
                raise PageError(f"{path}, line {number}: expected an object with 'file'")
            if not row.get("missed") and not isinstance(row.get("claim"), bool):
                raise PageError(
                    f"{path}, line {number}: expected 'claim': true/false or 'missed': true"
                )
            rows.append(row)
    return rows


def score(paths: Iterable[Path]) -> dict[str, Any]:
    """The counts of the judgements: claims, claimant and date right, non-claims, misses."""
    rows = _judgements(paths)
    candidates = [r for r in rows if not r.get("missed")]
    claims = [r for r in candidates if r["claim"]]
    missed = [r for r in rows if r.get("missed")]
    claimant = sum(1 for r in claims if r.get("claimant_ok") is True)
    dated = sum(1 for r in claims if r.get("date_ok") is True)
    fields = ("claimant_ok", "date_ok", "value_ok", "unit_ok")
    whole = [r for r in claims if all(isinstance(r.get(f), bool) for f in fields)]
    fully = sum(1 for r in whole if all(r[f] for f in fields))
    return {
        "pages": len({r["file"] for r in rows}),
        "candidates": len(candidates),
        "claims": len(claims),
        "claimant_right": claimant,
        "date_right": dated,
        "non_claims_proposed": len(candidates) - len(claims),
        "missed_claims": len(missed),
        "value_right": sum(1 for r in claims if r.get("value_ok") is True),
        "unit_right": sum(1 for r in claims if r.get("unit_ok") is True),
        "judged_on_all_fields": len(whole),
        "fully_right": fully,
        "claimant_rate": round(claimant / len(claims), 3) if claims else None,
        "recall": round(len(claims) / (len(claims) + len(missed)), 3) if claims else None,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    showing = commands.add_parser("show", help="print every candidate of each page file")
    showing.add_argument("pages", type=Path, nargs="+")
    showing.add_argument(
        "--datasets",
        type=Path,
        help="match claimants and events to this curated dataset, as `timeline propose` does",
    )
    scoring = commands.add_parser("score", help="count the judgements of JSON Lines files")
    scoring.add_argument("judged", type=Path, nargs="+")
    scoring.add_argument("--json", action="store_true", help="print the counts as JSON")
    checking = commands.add_parser("seen", help="which addresses were judged before")
    checking.add_argument("addresses", nargs="+", help="addresses or page files")
    keeping = commands.add_parser("remember", help="add a judged set's addresses")
    keeping.add_argument("addresses", nargs="+", help="addresses or page files")
    args = parser.parse_args(argv)
    try:
        if args.command == "show":
            sys.stdout.write(show(args.pages, args.datasets))
            return 0
        if args.command == "seen":
            found = seen_before(args.addresses)
            for address, before in found.items():
                print(f"{'seen' if before else 'new '}  {address}")
            return 1 if any(found.values()) else 0
        if args.command == "remember":
            print(f"{remember(args.addresses)} addresses added to {SEEN.name}")
            return 0
        counts = score(args.judged)
    except (PageError, TimelineError) as exc:  # (a curated dataset that cannot be read)
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(counts, indent=2))
        return 0
    print(
        f"{counts['pages']} pages, {counts['candidates']} candidates, {counts['claims']} claims: "
        f"claimant right {counts['claimant_right']}/{counts['claims']}, date right "
        f"{counts['date_right']}/{counts['claims']}, {counts['non_claims_proposed']} non-claims "
        f"proposed, {counts['missed_claims']} claims missed"
    )
    if counts["judged_on_all_fields"]:
        print(
            f"judged on every field: {counts['judged_on_all_fields']} claims, fully right "
            f"{counts['fully_right']} (value {counts['value_right']}, unit {counts['unit_right']})"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
