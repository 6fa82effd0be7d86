"""Curator commands: ``add-source``, ``propose``, ``accept``, ``fill-offsets`` (issue 10).

They take a report from a text file to reviewed rows in ``datasets/curated/``; the logic is
in :mod:`timeline.curation`.  ``propose`` imports neither pandas nor pandera, so it starts fast.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from timeline.cli.options import datasets_option, format_option
from timeline.errors import EXIT_INVALID, InputError, ValidationError

BASIS = ("stated", "inferred", "supplied")
F = TypeVar("F", bound=Callable[..., Any])


def _basis_option(name: str) -> Callable[[F], F]:
    return click.option(
        f"--{name}-basis",
        f"{name.replace('-', '_')}_basis",
        type=click.Choice(BASIS),
        default="supplied",
        show_default=True,
        help=f"How the {name.replace('-', ' ')} is known: stated, inferred or supplied.",
    )


@click.command("add-source")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--publisher", required=True, help="Outlet that published the report.")
@click.option("--published-on", required=True, metavar="DATE", help="Publication date, YYYY-MM-DD.")
@click.option("--title", default=None, help="The report's title (required by the schema).")
@click.option("--url", default=None, help="Where the report was published (default: unknown).")
@click.option("--language", default="en", show_default=True, help="ISO 639-1 code of the text.")
@click.option("--source-id", default=None, help="Id to use (default: publisher, date, title).")
@click.option("--note", "provenance_note", default=None, help="provenance_note: how you know.")
@_basis_option("publisher")
@_basis_option("title")
@_basis_option("published-on")
@datasets_option()
def add_source(
    file: Path,
    publisher: str,
    published_on: str,
    title: str | None,
    url: str | None,
    language: str,
    source_id: str | None,
    provenance_note: str | None,
    publisher_basis: str,
    title_basis: str,
    published_on_basis: str,
    datasets_dir: Path,
) -> None:
    """Archive a report's text byte for byte and add its sources row; print its source_id.

    Records the text's SHA-256 and length (characters) and appends the row to
    curated/sources.yaml. Values you give are recorded as 'supplied' unless a
    --*-basis option says they are stated in the text or inferred. Refuses, writing
    nothing: a text already archived, an id in use, an empty or non-UTF-8 file, a
    date that is not one or lies in the future, and a missing --title.

    \b
    Example:
      $ timeline add-source report.txt --publisher "Fixture Wire" \\
          --published-on 2024-11-14 --title "Barges cross the strait"
      fixture-wire-2024-11-14-barges-cross-strait
    """
    from timeline.curation.archive import add_source as run_add_source

    new = run_add_source(
        datasets_dir,
        file,
        publisher=publisher,
        published_on=published_on,
        title=title,
        url=url,
        language=language,
        source_id=source_id,
        basis={
            "publisher": publisher_basis,
            "title": title_basis,
            "published_on": published_on_basis,
        },
        provenance_note=provenance_note,
    )
    row = new.row
    click.echo(
        f"archived {new.text_path} ({row['text_chars']} characters, SHA-256 "
        f"{str(row['text_sha256'])[:12]}…); row added to {new.yaml_path}",
        err=True,
    )
    click.echo(new.source_id)


@click.command()
@click.argument("report")
@click.option("--published-on", default=None, metavar="DATE", help="Publication date of a FILE.")
@format_option("yaml", "json", help_text="yaml: review rows; json: the proposal object.")
@click.option("--write", is_flag=True, help="Store the candidates in datasets/review/<id>.yaml.")
@datasets_option()
def propose(
    report: str, published_on: str | None, fmt: str, write: bool, datasets_dir: Path
) -> None:
    """Propose candidate claims and events from a report, for a curator to review.

    REPORT is an archived source's id (its text and publication date are read from
    the dataset) or a UTF-8 text file (give --published-on). Claimants are matched to
    the curated actors through their names and aliases. A candidate is linked to an
    existing event (its event_id filled, the reason in its flags) when the match is
    confident, such as a new figure for a running total; a weaker match is only
    suggested. --write stores the candidates in <datasets>/review/<source_id>.yaml, a
    working file that validation and builds ignore (and git too); edit it, then run
    `timeline accept`.

    \b
    Examples:
      $ timeline propose fixture-wire-2024-11-14-barges-cross-strait --write
      $ timeline propose report.txt --published-on 2024-11-14 --format json
    """
    from timeline.curation import propose as run_propose
    from timeline.curation.archive import parse_date, read_report
    from timeline.curation.ids import SLUG_RE
    from timeline.curation.review import (
        archived_text,
        find_source,
        review_text,
        write_review,
    )
    from timeline.io import layout

    path = Path(report)
    have_dataset = layout.curated_dir(datasets_dir).is_dir()
    source: dict[str, Any] | None = None
    if _exists(path) or not SLUG_RE.match(report):
        if published_on is None:
            msg = f"{report}: --published-on DATE is required when REPORT is a file"
            raise InputError(msg)
        day = parse_date(published_on, "--published-on")
        data, text = read_report(path)
        if have_dataset:
            import hashlib

            from timeline.curation.archive import load_rows

            digest = hashlib.sha256(data).hexdigest()
            rows = load_rows(layout.table_path(datasets_dir, "sources"))
            source = next((r for r in rows if r.get("text_sha256") == digest), None)
    else:
        layout.check_id(report)
        source = find_source(datasets_dir, report) if have_dataset else None
        if source is None:
            msg = (
                f"{report}: no such file, and no source {report} in "
                f"{layout.table_path(datasets_dir, 'sources')}{_close_source(datasets_dir, report)}"
            )
            raise InputError(msg)
        text = archived_text(datasets_dir, report)
        recorded = source.get("published_on")
        day = recorded if isinstance(recorded, dt.date) else parse_date(str(recorded), report)
        if published_on is not None and parse_date(published_on, "--published-on") != day:
            msg = (
                f"--published-on {published_on} disagrees with {report}'s published_on {day}; "
                "leave the option out for an archived source"
            )
            raise InputError(msg)
    actors, events = _context_or_note(datasets_dir, have_dataset)
    result = run_propose(text, day, actors=actors, events=events, source=source)
    if have_dataset:
        from timeline.curation.scope import flag_outside_scope, read_period

        flag_outside_scope(result["candidates"], read_period(datasets_dir))
    if write:
        if source is None:
            msg = (
                f"{report}: --write needs an archived source; run `timeline add-source` first, "
                "then `timeline propose SOURCE_ID --write`"
            )
            raise InputError(msg)
        with layout.writing(datasets_dir):  # "never overwritten" holds against a second run too
            written = write_review(datasets_dir, str(source["source_id"]), review_text(result))
        count = len(result["candidates"])
        click.echo(f"{count} candidates written to {written}; review them, then run "
                   f"`timeline accept {source['source_id']} --all`")  # fmt: skip
        return
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        click.echo(review_text(result), nl=False)


def _close_source(datasets_dir: Path, report: str) -> str:
    """'; did you mean …?' for a source id one typo away, else nothing."""
    import difflib

    from timeline.curation.archive import load_rows
    from timeline.io import layout

    path = layout.table_path(datasets_dir, "sources")
    if not path.is_file():
        return ""
    known = [str(r.get("source_id")) for r in load_rows(path)]
    close = difflib.get_close_matches(report, known, n=1, cutoff=0.8)
    return f"; did you mean {close[0]}?" if close else ""


def _context_or_note(datasets_dir: Path, have_dataset: bool) -> tuple[list[Any], list[Any]]:
    """The curated actors and events, or a note that there are none to match against."""
    from timeline.curation.review import curated_context

    if have_dataset:
        return curated_context(datasets_dir)
    click.echo(
        f"note: no curated dataset at {datasets_dir} (run from the repository root, or pass "
        "--datasets): claimants are not matched to known actors and no event is linked",
        err=True,
    )
    return [], []


@click.command()
@click.argument("source_id")
@click.argument("candidates", nargs=-1)
@click.option("--all", "accept_all", is_flag=True, help="Accept every candidate of the file.")
@datasets_option()
@click.option(
    "--releases",
    "releases_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of built releases whose ids are never reused (default: the bundled releases).",
)
def accept(
    source_id: str,
    candidates: tuple[str, ...],
    accept_all: bool,
    datasets_dir: Path,
    releases_dir: Path | None,
) -> None:
    """Move reviewed candidates of SOURCE_ID into the curated tables.

    Reads <datasets>/review/SOURCE_ID.yaml with your edits; each candidate becomes a
    claim with a fresh id, a new event unless you set event_id to an existing one, and
    a new actor when its claimant matches none (kind guessed: check it). Offsets are
    filled from the text. Candidates whose rows would not validate are refused with
    the reasons (exit code 1); the others are accepted and leave the review file.

    \b
    Examples:
      $ timeline accept fixture-wire-2024-11-14-barges-cross-strait --all
      $ timeline accept fixture-wire-2024-11-14-barges-cross-strait c001 c003
    """
    from timeline.curation.accept import accept as run_accept
    from timeline.io.layout import check_id
    from timeline.releases.paths import bundled_root

    if accept_all == bool(candidates):
        msg = "give --all or candidate ids (such as c001 c003), not both and not neither"
        raise click.UsageError(msg)
    check_id(source_id)  # it names files: sources/<id>.txt, review/<id>.yaml
    releases = [releases_dir if releases_dir is not None else bundled_root()]
    try:
        result = run_accept(
            datasets_dir, source_id, None if accept_all else list(candidates), releases
        )
    except ValidationError as exc:  # the failures follow, from main
        click.echo(f"error: {exc}", err=True)
        raise
    for cid, claim in zip(result.accepted, result.rows.get("claims", []), strict=False):
        click.echo(
            f"accepted {cid} -> {claim['claim_id']} (event {claim['event_id']}, "
            f"claimant {claim['claimant_id']})"
        )
    for row in result.rows.get("actors", []):
        click.echo(f"new actor {row['actor_id']}: {row['name']} (kind {row['kind']}, guessed)")
    for actor_id, forms in result.aliases.items():
        click.echo(f"alias recorded for {actor_id}: {'; '.join(forms)}")
    for change in result.widened.values():
        click.echo(change.describe())
    lines = _candidate_lines(result.review_file)
    for cid, reasons in result.refused.items():
        at = f" [{result.review_file}:{lines[cid]}]" if cid in lines else ""
        for reason in reasons:
            click.echo(f"refused {cid}: {reason}{at}", err=True)
    added = ", ".join(f"{t} +{len(r)}" for t, r in result.rows.items() if r) or "nothing"
    where = "review file removed" if result.review_removed else f"review file: {result.review_file}"
    total = len(result.accepted) + len(result.refused)
    click.echo(f"accepted {len(result.accepted)} of {total} candidates ({added}); {where}")
    if result.refused:
        click.echo(
            "refused candidates stay in the review file: fix them (or delete them) and run "
            "accept again",
            err=True,
        )
        raise SystemExit(EXIT_INVALID)


def _candidate_lines(path: Path | None) -> dict[str, int]:
    """The line of each candidate's ``- candidate_id:`` in the review file, for refusals."""
    if path is None or not path.is_file():
        return {}
    found = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.startswith("- candidate_id:"):
            found[line.split(":", 1)[1].strip().strip("'\"")] = number
    return found


@click.command("fill-offsets")
@click.argument(
    "datasets_dir",
    metavar="[DATASETS]",
    required=False,
    default=Path("datasets"),
    type=click.Path(file_okay=False, path_type=Path),
)
@click.option("--check", is_flag=True, help="Change nothing; exit 1 if anything would change.")
def fill_offsets(datasets_dir: Path, check: bool) -> None:
    """Fill or correct quote_start/quote_end in curated/claims.yaml from the archived texts.

    Every quote that occurs exactly once in its source gets its offsets; only those
    two values change in the file. Quotes that occur several times (listed with their
    candidate offsets) or not at all are left for you, and the exit code is 1.

    \b
    Example:
      $ timeline fill-offsets datasets
      datasets/curated/claims.yaml: 32 quotes checked, 0 offsets filled, 0 need you
    """
    from timeline.curation.offsets import fill_offsets as run_fill
    from timeline.io import layout
    from timeline.io.curated_yaml import read_rows

    with layout.writing(datasets_dir) if not check else contextlib.nullcontext():
        claims = layout.table_path(datasets_dir, "claims")
        if claims.is_file():
            read_rows(claims)  # refuses aliases, duplicate keys, impossible dates: file:line
        report = run_fill(datasets_dir, write=not check)
    for line in report.lines():
        click.echo(line)
    verb = "to fill" if check else "filled"
    click.echo(
        f"{report.path}: {report.checked} quotes checked, {len(report.fixed)} offsets {verb}, "
        f"{len(report.problems)} need you"
    )
    if report.problems or (check and report.fixed):
        raise SystemExit(EXIT_INVALID)


def _exists(path: Path) -> bool:
    """Whether ``path`` exists; a name too long for the file system names no file."""
    try:
        return path.exists()
    except OSError:
        return False


COMMANDS = (add_source, propose, accept, fill_offsets)
