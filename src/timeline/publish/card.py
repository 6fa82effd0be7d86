"""The dataset card (``README.md``) of a release's zip, written from the release itself.

Everything in it comes from the release's bytes: title, description, version and
licence from its manifest, column descriptions from its ``datapackage.json``, and
coverage (row counts, date ranges, sources, numbers) computed from the rows.  The
same release therefore always gives the same card, and a new release cannot inherit
an old release's figures.  Nothing here imports pandas or pyarrow: the rows arrive
as plain Python values, one list per column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from timeline.outputs import citation
from timeline.outputs.artifacts import LICENSES
from timeline.publish.markdown import md_code, md_fence, md_text

#: Licence of the code that builds and loads the data (the ``timeline`` package).
CODE_LICENSE = "MIT"
DISTRIBUTION = "dprk-russia-timeline"

Columns = dict[str, list[Any]]


@dataclass(frozen=True)
class CardInput:
    """What the card is written from.

    ``manifest`` is the release's manifest, ``manifest_sha256`` its SHA-256, ``tables``
    each table's rows by column, ``resources`` the release data package's table
    resources by name (description and Table Schema), and ``files`` the zip's files
    (path inside the zip's folder, what it is), in the order to list them.
    """

    manifest: dict[str, Any]
    manifest_sha256: str
    tables: dict[str, Columns]
    resources: dict[str, dict[str, Any]]
    files: Sequence[tuple[str, str]]


def _n(count: int, noun: str, plural: str | None = None) -> str:
    word = noun if count == 1 else (plural or f"{noun}s")
    return f"{count:,} {word}"


def _present(values: list[Any]) -> list[Any]:
    return [v for v in values if v is not None]


def _dates(*columns: list[Any]) -> list[dt.date]:
    return sorted(v for column in columns for v in column if isinstance(v, dt.date))


def _span(dates: list[dt.date]) -> str:
    if not dates:
        return "no dates"
    if dates[0] == dates[-1]:
        return dates[0].isoformat()
    return f"{dates[0].isoformat()} to {dates[-1].isoformat()}"


def _rows(table: Columns) -> int:
    return max((len(v) for v in table.values()), default=0)


def _cell(text: object) -> str:
    """Text from the release for a table cell: literal, on one line, no cell boundary."""
    return md_text(text)


def coverage(tables: dict[str, Columns]) -> list[str]:
    """Bullet lines on what the release covers, computed from its rows."""
    sources = tables.get("sources", {})
    events = tables.get("events", {})
    claims = tables.get("claims", {})
    actors = tables.get("actors", {})
    publishers = sorted(set(_present(sources.get("publisher", []))))
    languages = sorted(set(_present(sources.get("language", []))))
    lines = [
        f"- **Sources:** {_n(_rows(sources), 'archived report')} from "
        f"{_n(len(publishers), 'publisher')} ({md_text(', '.join(publishers) or 'none')}), "
        "published "
        f"{_span(_dates(sources.get('published_on', [])))}; "
        f"language{'s' if len(languages) != 1 else ''}: {md_text(', '.join(languages) or 'none')}.",
    ]
    starts, ends = events.get("date_start", []), events.get("date_end", [])
    undated = sum(1 for s, e in zip(starts, ends, strict=False) if s is None and e is None)
    types = set(_present(events.get("event_type", [])))
    lines.append(
        f"- **Events:** {_n(_rows(events), 'event')} of {_n(len(types), 'event type')}, "
        f"dated {_span(_dates(starts, ends))}"
        + (f" ({_n(undated, 'event')} undated)" if undated else "")
        + "."
    )
    claimants = set(_present(claims.get("claimant_id", [])))
    numbered = len(_present(claims.get("value", [])))
    restating = len(_present(claims.get("restates", [])))
    stated = _dates(claims.get("stated_on", []), claims.get("stated_end", []))
    lines.append(
        f"- **Claims:** {_n(_rows(claims), 'claim')} by {_n(len(claimants), 'claimant')}, "
        f"stated {_span(stated)}; {_n(numbered, 'claim')} carry a number"
        + (f", {_n(restating, 'claim')} restate another claim" if restating else "")
        + "."
    )
    lines.append(f"- **Actors:** {_n(_rows(actors), 'actor')} (people, bodies, states).")
    return lines


def known_limits(tables: dict[str, Columns]) -> list[str]:
    """Bullet lines on what the data cannot tell, with this release's own figures."""
    sources = tables.get("sources", {})
    count = _rows(sources)
    publishers = len(set(_present(sources.get("publisher", []))))
    basis_columns = [sources.get(c, []) for c in sources if c.endswith("_basis")]
    unstated = sum(
        1 for row in zip(*basis_columns, strict=False) if any(v != "stated" for v in row)
    )
    single = "Every row rests on a single outlet's account. " if publishers == 1 else ""
    lines = [
        f"- **{_n(count, 'archived report')} from {_n(publishers, 'publisher')}.** {single}A "
        "claim is what a report says someone said, not an established fact. Nothing is "
        "corroborated or reconciled across sources: competing figures stand side by side as "
        "separate claims, never averaged.",
    ]
    if unstated:
        lines.append(
            f"- **Source metadata the text does not state.** {unstated} of "
            f"{_n(count, 'source')} {'has' if unstated == 1 else 'have'} a publisher, title or "
            "publication date that was inferred or supplied rather "
            "than stated (see the `*_basis` columns and `provenance_note` in `sources`). "
            'Relative dates ("on Monday", "last month") are resolved from the publication '
            "date, so they shift together if it is wrong."
        )
    lines += [
        "- **Dates are no sharper than the text.** Every date is an interval with a precision "
        "(`date_start`..`date_end` with `date_precision`; `stated_on`..`stated_end` with "
        '`stated_precision`): "in November" stays a month. A statement a report leaves '
        "undated is an open range ending on the publication date.",
        "- **Numbers keep the source's wording.** `value` is the number as stated; "
        "`qualifier`, `value_low` and `value_high` give only the bounds the wording implies. "
        "A claim with `restates` set repeats another claim: drop those rows to count each "
        "statement once.",
        "- **List columns.** `events.actor_ids` and `events.counterpart_ids` hold "
        "';'-separated actor ids. A Table Schema cannot declare them as foreign keys, so "
        "`frictionless validate` does not check them (the `timeline validate` command does).",
    ]
    return lines


def _columns_section(resources: dict[str, dict[str, Any]]) -> list[str]:
    lines = ["## Columns", ""]
    for name, resource in resources.items():
        schema = resource.get("schema", {})
        lines += [
            f"### {md_code(name)}",
            "",
            md_text(resource.get("description", ""), line_start=True),
            "",
            f"Primary key: {md_code(', '.join(map(str, schema.get('primaryKey', []))))}.",
            "",
            "| column | type | required | meaning |",
            "|---|---|---|---|",
        ]
        for field in schema.get("fields", []):
            required = field.get("constraints", {}).get("required", False)
            meaning = f"**{_cell(field.get('title', ''))}.** {_cell(field.get('description', ''))}"
            enum = field.get("constraints", {}).get("enum")
            if enum:
                meaning += " One of " + ", ".join(md_code(v, in_table=True) for v in enum) + "."
            lines.append(
                f"| {md_code(field['name'], in_table=True)} | {_cell(field['type'])} "
                f"| {'yes' if required else 'no'} | {meaning} |"
            )
        lines.append("")
    return lines


def dataset_card(card: CardInput) -> str:
    """The ``README.md`` of a release's zip, in Markdown."""
    manifest = card.manifest
    dataset, version = str(manifest["dataset"]), str(manifest["version"])
    folder = f"{dataset}-{version}"
    licence = str(manifest.get("license", ""))
    licence_url, licence_title = LICENSES.get(licence, ("", licence))
    meta = {
        "title": manifest.get("title", dataset),
        "version": version,
        "released": manifest.get("released", ""),
        "license": licence,
        "manifest_sha256": card.manifest_sha256,
    }
    tables = ", ".join(md_code(t) for t in card.resources)
    lines = [
        f"# {md_text(meta['title'])}",
        "",
        f"Release **{md_text(version)}**, released {md_text(meta['released'])}. "
        f"{md_text(manifest.get('description', ''))}",
        "",
        f"This folder holds the release's four tables ({tables}) as CSV and as Parquet, the "
        "archived source texts every claim quotes, a data package (`datapackage.json`) with "
        "each table's types, constraints and keys, and checksums. No Python is needed to use "
        f"it. Python users can `pip install {DISTRIBUTION}` and call "
        f'`timeline.load("claims", version="{version}")` instead.',
        "",
        "## Coverage",
        "",
        "| table | rows | one row per |",
        "|---|---|---|",
    ]
    for name, resource in card.resources.items():
        rows = _rows(card.tables.get(name, {}))
        what = _cell(resource.get("description", ""))
        lines.append(f"| {md_code(name, in_table=True)} | {rows:,} | {what} |")
    lines += ["", *coverage(card.tables), "", "## Known limits", "", *known_limits(card.tables)]
    lines += ["", "## Files", "", "| file | what it is |", "|---|---|"]
    lines += [f"| {md_code(path, in_table=True)} | {_cell(what)} |" for path, what in card.files]
    lines += [
        "",
        "## Using the files",
        "",
        "CSV files are UTF-8 with a header row; an empty cell is a missing value; dates are "
        "`YYYY-MM-DD`. A text cell that would begin with `=`, `+`, `-`, `@`, a tab or a "
        "carriage return starts with an apostrophe (`'`) in the CSV, so that a spreadsheet "
        "shows it as text instead of running it as a formula; the Parquet files keep every "
        "value as published. The Parquet files hold the same rows with their types and "
        "column descriptions embedded.",
        "",
        "```sql",
        f"-- DuckDB, from the folder {folder}/",
        "SELECT c.claim_id, a.name, c.value, c.unit",
        "FROM 'claims.parquet' c JOIN 'actors.parquet' a ON a.actor_id = c.claimant_id",
        "WHERE c.value IS NOT NULL;",
        "```",
        "",
        "```r",
        "# R",
        'claims <- read.csv("claims.csv", na.strings = "", fileEncoding = "UTF-8")',
        'claims <- arrow::read_parquet("claims.parquet")   # or, with types',
        "```",
        "",
        "In Excel use *Data > From Text/CSV* and choose UTF-8, so quotes keep their characters.",
        "",
        "## Checking the files",
        "",
        "```console",
        f"$ cd {folder}",
        "$ sha256sum -c SHA256SUMS                  # every file, byte for byte",
        "$ frictionless validate datapackage.json   # types, constraints, keys, hashes",
        "$ sha256sum manifest.json                  # the release's identity, cited below",
        "```",
        "",
        "`manifest.json` is the release's manifest exactly as published: it lists the "
        "SHA-256 of each Parquet file and archived text (and of the release's own Parquet "
        "data package, which is not in this folder: it is on the mirror, next to the "
        "release's files).",
        "",
        "## Licence",
        "",
        f"- **Data:** {md_text(licence_title)} ({md_text(licence)})"
        + (f", {licence_url}" if licence_url else "")
        + ". Credit the dataset as below.",
        f"- **Code** (the `{DISTRIBUTION}` package that builds, checks and loads the data): "
        f"{CODE_LICENSE}.",
        "- The archived source texts are included so that every quote can be checked; "
        "rights in those texts stay with their publishers.",
        "",
        "## How to cite",
        "",
        md_text(citation.plain(meta), line_start=True),
        "",
        md_fence(citation.bibtex(meta), "bibtex"),
        "",
        f"The manifest SHA-256 `{card.manifest_sha256}` pins every file of the release "
        "(through the SHA-256 each has in `manifest.json`): cite it with the version.",
        "",
        *_columns_section(card.resources),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"
