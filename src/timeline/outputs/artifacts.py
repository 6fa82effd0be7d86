"""Artifacts generated from the data model: Table Schemas, data packages and the codebook.

Everything here is derived from :func:`timeline.model.schema.contract` (the pandera
models), :mod:`timeline.model.vocab` (allowed values and their meanings),
:data:`timeline.model.catalogue.CATALOGUE` and :data:`timeline.model.keys.FOREIGN_KEYS`, so the
machine-readable and the human-readable descriptions can never disagree with
the validation.  Output is deterministic: equal inputs give equal bytes, which
is what lets a test regenerate ``schemas/`` and fail on drift.

- :func:`table_schema`: a Frictionless Table Schema for one table, with its
  primary and foreign keys.
- :func:`datapackage`: the ``datapackage.json`` of a release folder (written by
  the build): every Parquet file and archived text with path, SHA-256, bytes and
  (for tables) schema.
- :func:`codebook`: the Markdown codebook for people.
- :func:`render_schemas` / :func:`write_schemas` / :func:`check_schemas`: the
  committed ``schemas/`` folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from timeline.model import vocab
from timeline.model.catalogue import CATALOGUE, SCOPE_MEANING
from timeline.model.keys import FOREIGN_KEYS, LIST_COLUMNS
from timeline.model.vocab import PRIMARY_KEYS, TABLES

FRICTIONLESS_TYPES = {"string": "string", "integer": "integer", "date": "date"}
PARQUET_TYPES = {"string": "string (UTF-8)", "integer": "int64", "date": "date32"}
PANDAS_TYPES = {"string": "string", "integer": "Int64", "date": "datetime64[ms]"}
PARQUET_MEDIATYPE = "application/vnd.apache.parquet"

#: Known licences: SPDX id -> (URL, title), for the data package's ``licenses``.
LICENSES: dict[str, tuple[str, str]] = {
    "CC-BY-4.0": (
        "https://creativecommons.org/licenses/by/4.0/",
        "Creative Commons Attribution 4.0 International",
    ),
}

#: Closed vocabularies by name, in the order the codebook lists them.
VOCABULARIES: dict[str, dict[str, str]] = {
    "EVENT_TYPES": vocab.EVENT_TYPES,
    "DATE_PRECISION": vocab.DATE_PRECISION,
    "DATE_KIND": vocab.DATE_KIND,
    "ATTRIBUTION": vocab.ATTRIBUTION,
    "CERTAINTY": vocab.CERTAINTY,
    "QUALIFIERS": vocab.QUALIFIERS,
    "ACTOR_KINDS": vocab.ACTOR_KINDS,
    "BASIS": vocab.BASIS,
}

REGENERATE_HINT = "timeline artifacts"


def to_json(data: Any) -> bytes:
    """The one JSON layout of every generated file (stable, readable, UTF-8)."""
    return (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --- Table Schemas and data packages ---------------------------------------------------


def vocabulary_of(column: dict[str, Any]) -> str | None:
    """Name of the vocabulary whose values are exactly the column's allowed values."""
    allowed = column.get("allowed")
    if allowed is None:
        return None
    for name, values in VOCABULARIES.items():
        if list(values) == list(allowed):
            return name
    return None


def foreign_keys(table: str) -> list[dict[str, Any]]:
    """Table Schema ``foreignKeys`` of ``table`` (single-valued columns only).

    A reference to the table itself uses ``"resource": ""``, as the spec says.
    The ';'-separated list columns cannot be expressed as Table Schema foreign
    keys; the codebook documents them and ``timeline validate`` checks them.
    """
    keys = []
    for source, column, target, target_key in FOREIGN_KEYS:
        if source != table or column in LIST_COLUMNS:
            continue
        keys.append(
            {
                "fields": [column],
                "reference": {
                    "resource": "" if target == table else target,
                    "fields": [target_key],
                },
            }
        )
    return keys


def _field(col: dict[str, Any]) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": col["name"],
        "type": FRICTIONLESS_TYPES[col["type"]],
        "title": col["title"],
        "description": col["description"],
    }
    constraints: dict[str, Any] = {}
    if not col["nullable"]:
        constraints["required"] = True
    if col["unique"]:
        constraints["unique"] = True
    if "allowed" in col:
        constraints["enum"] = list(col["allowed"])
    if "pattern" in col:
        # Table Schema patterns are implicitly anchored (XML Schema regular expressions).
        constraints["pattern"] = col["pattern"].removeprefix("^").removesuffix("$")
    if "minimum" in col:
        constraints["minimum"] = col["minimum"]
    if constraints:
        field["constraints"] = constraints
    return field


def table_schema(table: str, contract: dict[str, Any]) -> dict[str, Any]:
    """A Frictionless Table Schema for ``table``: fields, constraints, primary and foreign keys."""
    spec = contract[table]
    schema: dict[str, Any] = {
        "fields": [_field(col) for col in spec["columns"]],
        "primaryKey": [PRIMARY_KEYS[table]],
    }
    names = {col["name"] for col in spec["columns"]}
    references = [r for r in foreign_keys(table) if set(r["fields"]) <= names]
    if references:
        schema["foreignKeys"] = references
    schema["missingValues"] = [""]
    return schema


def _licenses(name: str) -> list[dict[str, str]]:
    entry = {"name": name}
    if name in LICENSES:
        entry["path"], entry["title"] = LICENSES[name]
    return [entry]


def datapackage(
    meta: dict[str, str], files: dict[str, dict[str, Any]], contract: dict[str, Any]
) -> dict[str, Any]:
    """The Frictionless data package descriptor of a release folder.

    ``meta`` is the release metadata (dataset, version, title, license, and
    optionally description and released); ``files`` maps each file's path in
    the release to its ``sha256`` and ``bytes``.  One tabular resource per
    table (Parquet, with its Table Schema) and one text resource per archived
    source text.  Paths are relative to the release folder.
    """
    resources: list[dict[str, Any]] = []
    for table in TABLES:
        name = f"{table}.parquet"
        entry = files[name]
        resources.append(
            {
                "name": table,
                "type": "table",
                "path": name,
                "scheme": "file",
                "format": "parquet",
                "mediatype": PARQUET_MEDIATYPE,
                "hash": f"sha256:{entry['sha256']}",
                "bytes": entry["bytes"],
                "description": contract[table]["description"],
                "schema": table_schema(table, contract),
            }
        )
    for name in sorted(n for n in files if n.startswith("texts/")):
        entry = files[name]
        source_id = Path(name).stem
        resources.append(
            {
                "name": f"text-{source_id}",
                "type": "text",
                "path": name,
                "scheme": "file",
                "format": "txt",
                "mediatype": "text/plain",
                "encoding": "utf-8",
                "hash": f"sha256:{entry['sha256']}",
                "bytes": entry["bytes"],
                "description": (
                    f"Archived text of source {source_id} (exact bytes); quote offsets in "
                    "claims index into it."
                ),
            }
        )
    package: dict[str, Any] = {
        "name": meta["dataset"],
        "title": meta["title"],
        "version": meta["version"],
    }
    if meta.get("description"):
        package["description"] = meta["description"]
    if meta.get("released"):
        package["created"] = f"{meta['released']}T00:00:00Z"
    package["licenses"] = _licenses(meta["license"])
    package["resources"] = resources
    return package


def release_meta(manifest: dict[str, Any]) -> dict[str, str]:
    """The release metadata that :func:`datapackage` needs, read back from a manifest."""
    keys = ("dataset", "version", "released", "title", "description", "license")
    return {k: str(manifest[k]) for k in keys if manifest.get(k) is not None}


def release_files(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The files a release's data package describes (all but the package itself)."""
    files: dict[str, dict[str, Any]] = manifest["files"]
    return {k: v for k, v in files.items() if k != "datapackage.json"}


# --- The codebook ----------------------------------------------------------------------

CODING_RULES = """\
## Coding rules

### Dates and their precision

Every date is an interval, `start`..`end`, both inclusive: `date_start`..`date_end` for an
event, `stated_on`..`stated_end` for when a claim was made. The precision column says how
precisely the source dates it, and the validation checks that the interval spans exactly that:

{precision}

Relative dates in a report ("on Monday", "last week", "last month", "in October", "next
year") are resolved from that report's publication date alone, and the source's own words are
kept in `date_text` / `stated_text`. A date is never sharpened with knowledge that no archived
source states: a statement a report leaves undated ("have said", "added") is coded as a
`range` with an empty start and the publication date as its end, meaning *on or before*.

`date_kind` says what the event's dates mean:

{kind}

So the `as_of` casualty event on 23 December 2024 is a running total reported that day, not
losses that occurred on that day.

### Numbers: qualifiers and bounds

`value` is the number exactly as stated, `qualifier` how it is qualified, and `value_low` /
`value_high` the inclusive bounds that the qualifier implies, and nothing more: bounds are
never invented. Claims without a number leave `value`, `qualifier`, `value_low`, `value_high`
and `unit` all empty; every number has a `unit`.

| qualifier | meaning and bounds |
|---|---|
{qualifiers}

For example "already exceeds 3,000" is `more_than` 3000 with `value_low` 3001 and no upper
bound; "at least 1,100" is `at_least` 1100 with `value_low` 1100; "up to 12,000" is `up_to`
12000 with `value_high` 12000; "about 7,000" has no bounds. Competing figures for one event are
separate claims side by side; nothing is averaged or reconciled.

### Who says it, and how sure

`claimant_id` is who makes the claim. `attribution` says whose words the `quote` is, and
`certainty` how sure the claimant says it is (the hedging words of the source, not the
curator's judgement):

{attribution}

{certainty}

When one sentence names several claimants ("American, South Korean and Ukrainian authorities
have said …") each gets its own claim with the same quote and offsets.

### Quotes and offsets

`quote` is verbatim text of the archived source, including any bracketed insertion as
printed. `quote_start` and `quote_end` are 0-based character offsets (Unicode code points,
not bytes) into the text decoded from UTF-8: `text[quote_start:quote_end] == quote`. The text
is identified by `sources.text_sha256` (SHA-256 of its exact bytes) and ships in every release
under `texts/<source_id>.txt`.

### Restatements

A report may give one statement twice (a lead summarising a quote that follows). The repeat
is its own claim, with `restates` set to the `claim_id` of the primary claim (about the same
event). To count each statement once, drop the rows whose `restates` is set.

### How source metadata is known

Each of a source's `publisher`, `title` and `published_on` has a `*_basis` column, and
`provenance_note` explains anything not `stated`:

{basis}
"""


def _cell(text: object) -> str:
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def _bullets(values: dict[str, str]) -> str:
    return "\n".join(f"- `{value}`: {meaning}" for value, meaning in values.items())


def _constraints_text(col: dict[str, Any], table: str) -> str:
    parts = []
    name = vocabulary_of(col)
    if name is not None:
        parts.append(
            "one of "
            + ", ".join(f"`{v}`" for v in col["allowed"])
            + f" ([{name}](#{name.lower()}))"
        )
    elif "allowed" in col:
        parts.append("one of " + ", ".join(f"`{v}`" for v in col["allowed"]))
    if "pattern" in col:
        parts.append(f"matches `{col['pattern']}`")
    if "minimum" in col:
        parts.append(f"≥ {col['minimum']}")
    if col["unique"]:
        parts.append("unique")
    for source, column, target, target_key in FOREIGN_KEYS:
        if source == table and column == col["name"]:
            each = "each id is " if column in LIST_COLUMNS else ""
            parts.append(f"{each}a `{target}.{target_key}`")
    return "; ".join(parts)


def _table_section(table: str, spec: dict[str, Any]) -> list[str]:
    lines = [
        f"### `{table}`",
        "",
        spec["description"],
        "",
        f"Primary key: `{spec['primary_key']}`. File: `{table}.parquet`.",
        "",
        "| column | type | required | meaning | allowed values and constraints |",
        "|---|---|---|---|---|",
    ]
    for col in spec["columns"]:
        meaning = f"**{_cell(col['title'])}.** {_cell(col['description'])}"
        lines.append(
            f"| `{col['name']}` | {col['type']} | {'no' if col['nullable'] else 'yes'} "
            f"| {meaning} | {_cell(_constraints_text(col, table))} |"
        )
    if spec["rules"]:
        lines += ["", "Row rules (checked on every row):", ""]
        lines += [
            f"- `{rule['name']}` ({', '.join(f'`{c}`' for c in rule['columns'])}): "
            f"{rule['expected']}."
            for rule in spec["rules"]
        ]
    lines.append("")
    return lines


def codebook(contract: dict[str, Any]) -> str:
    """The human codebook in Markdown: tables, columns, types, allowed values, coding rules."""
    lines = [
        "# Codebook of the timeline dataset",
        "",
        "<!-- Generated from the pandera models by `timeline artifacts`; do not edit by hand. -->",
        "",
        "A sourced fact timeline of North Korea's military support to Russia in 2024. Four",
        "tables: **events** (what happened, or was said to happen, and when), **claims** (who",
        "stated what about an event, in which source, with which numbers and how sure),",
        "**actors** (who acts or claims) and **sources** (the archived reports). Every claim",
        "quotes its source verbatim with character offsets.",
        "",
        "## Types",
        "",
        "| type | Parquet | pandas (`timeline.load`) | DuckDB | Polars | Table Schema |",
        "|---|---|---|---|---|---|",
    ]
    engines = {
        "string": ("VARCHAR", "String"),
        "integer": ("BIGINT", "Int64"),
        "date": ("DATE", "Date"),
    }
    for logical, parquet in PARQUET_TYPES.items():
        duck, polars = engines[logical]
        lines.append(
            f"| {logical} | {parquet} | `{PANDAS_TYPES[logical]}` | {duck} | {polars} "
            f"| {FRICTIONLESS_TYPES[logical]} |"
        )
    lines += [
        "",
        "A column that is not required may be empty (null in Parquet; in pandas `pd.NA`, and",
        "`NaT` in a date column). Dates are calendar dates with no time or time zone (in pandas,",
        "midnight of the day). Every Parquet file",
        "carries each column's title and description (Arrow field metadata) and the dataset",
        "name, version and schema fingerprint (key-value metadata `timeline.*`).",
        "",
        "## Tables",
        "",
        "| table | one row per | primary key |",
        "|---|---|---|",
    ]
    lines += [
        f"| [`{t}`](#{t}) | {_cell(spec['description'])} | `{spec['primary_key']}` |"
        for t, spec in contract.items()
    ]
    lines += ["", "## Columns", ""]
    for table, spec in contract.items():
        lines += _table_section(table, spec)
    lines += [
        "## References between tables",
        "",
        "| column | refers to | note |",
        "|---|---|---|",
    ]
    for source, column, target, target_key in FOREIGN_KEYS:
        note = (
            "';'-separated list; each id must exist (not expressible as a Table Schema "
            "foreign key, checked by `timeline validate`)"
            if column in LIST_COLUMNS
            else "Table Schema foreign key"
        )
        if source == "claims" and column == "restates":
            note += "; the restated claim is about the same event"
        lines.append(f"| `{source}.{column}` | `{target}.{target_key}` | {note} |")
    lines += ["", "## Vocabularies", ""]
    for name, values in VOCABULARIES.items():
        lines += [f"### {name}", "", "| value | meaning |", "|---|---|"]
        lines += [f"| `{v}` | {_cell(m)} |" for v, m in values.items()]
        lines.append("")
    lines.append(
        CODING_RULES.format(
            precision=_bullets(vocab.DATE_PRECISION),
            kind=_bullets(vocab.DATE_KIND),
            qualifiers="\n".join(f"| `{q}` | {_cell(m)} |" for q, m in vocab.QUALIFIERS.items()),
            attribution=_bullets(vocab.ATTRIBUTION),
            certainty=_bullets(vocab.CERTAINTY),
            basis=_bullets(vocab.BASIS),
        )
    )
    lines += ["", *failure_codes_section()]
    return "\n".join(lines).rstrip("\n") + "\n"


def failure_codes_section() -> list[str]:
    """The catalogue of failure codes: what each means, what it needs, what it expects."""
    lines = [
        "## Failure codes",
        "",
        "`timeline validate` reports every problem with one of these codes (the `rule` field",
        "of its JSON output). *Scope* is what a check needs to see: "
        + "; ".join(f"`{scope}` {meaning}" for scope, meaning in SCOPE_MEANING.items())
        + ". Every code leads to exit code 1 (invalid data).",
        "",
        "| code | scope | table | meaning | expected |",
        "|---|---|---|---|---|",
    ]
    for code, entry in CATALOGUE.items():
        lines.append(
            f"| `{code}` | {entry.scope} | {entry.table or 'any'} | {_cell(entry.description)} "
            f"| {_cell(entry.expected)} |"
        )
    return lines


# --- The committed schemas/ folder -----------------------------------------------------


def render_schemas(
    contract: dict[str, Any], releases: dict[str, bytes] | None = None
) -> dict[str, bytes]:
    """Every file of ``schemas/``, as relative path -> bytes.

    ``<table>.schema.json`` per table, ``vocabularies.json`` (each allowed value
    and its meaning), ``codebook.md``, and ``releases/<version>/datapackage.json``
    for each release given in ``releases`` (version -> the descriptor's bytes).
    """
    files = {f"{t}.schema.json": to_json(table_schema(t, contract)) for t in TABLES}
    files["vocabularies.json"] = to_json(VOCABULARIES)
    files["codebook.md"] = codebook(contract).encode("utf-8")
    for version, data in sorted((releases or {}).items()):
        files[f"releases/{version}/datapackage.json"] = data
    return files


def bundled_datapackages() -> dict[str, bytes]:
    """The ``datapackage.json`` of every release bundled in the package (not downloads).

    Each is verified against its release manifest before it is copied.
    """
    from timeline.releases.manifest import MANIFEST_NAME, Manifest
    from timeline.releases.paths import bundled_root, releases_in

    packages = {}
    for version in releases_in(bundled_root()):
        folder = bundled_root() / version
        path = folder / "datapackage.json"
        data = path.read_bytes()
        Manifest.read(folder / MANIFEST_NAME).verify_bytes("datapackage.json", data, path)
        packages[version] = data
    return packages


def current_schemas() -> dict[str, bytes]:
    """``schemas/`` as the current models and bundled releases say it should be."""
    from timeline.model.schema import contract

    return render_schemas(contract(), bundled_datapackages())


def write_schemas(folder: Path, files: dict[str, bytes] | None = None) -> list[Path]:
    """(Re)write ``schemas/`` under ``folder``; returns the paths written.

    Files that ``render_schemas`` no longer produces are left alone; the drift
    check reports them.
    """
    files = current_schemas() if files is None else files
    written = []
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_bytes() != data:
            path.write_bytes(data)
        written.append(path)
    return written


def check_schemas(folder: Path, files: dict[str, bytes] | None = None) -> list[str]:
    """What differs between ``folder`` and freshly generated ``schemas/``, one line each.

    Empty when the committed copies are up to date.
    """
    files = current_schemas() if files is None else files
    problems = []
    for name, data in files.items():
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif path.read_bytes() != data:
            problems.append(f"{name}: differs from what the models generate")
    if folder.is_dir():
        extra = sorted(
            p.relative_to(folder).as_posix()
            for p in folder.rglob("*")
            if p.is_file() and p.relative_to(folder).as_posix() not in files
        )
        problems += [f"{name}: not generated (stale?)" for name in extra]
    return problems
