"""Move reviewed candidates into the curated tables: ``timeline accept``.

Each accepted candidate becomes a claim with a fresh ``cl-NNNN`` id, a new event (unless
``event_id`` names an existing one: linked by ``propose`` or set by the curator; candidates
sharing one quote and one event description share the new event), and a new actor when its
claimant matches none.  Names of one new actor within the report ("Kim Yong-hyun", then
"Kim") make one actor, with the other forms as aliases and the known body in the words as
its parent (:mod:`timeline.curation.linking`); a curator's mapping of a new surface form
to an existing actor (``claimant_id`` set for words no rule resolves) is recorded as an
alias of that actor.  Ids are above every id in the curated tables and in every built
release, so withdrawn ids are never reused.  Offsets come from the text
(:mod:`timeline.curation.offsets`).  The planned rows are validated in memory with the
dataset's own rules; a candidate whose rows fail is refused with the failures (naming the
candidate, not the ids it would have had), the others are accepted.  All files are
written, or none.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from timeline.curation import ids
from timeline.curation.archive import YAML_WIDTH, appended, load_rows, write_all, yaml_block
from timeline.curation.linking import (
    alias_list,
    known_forms,
    match_claimant,
    named_person,
    norm_name,
    parent_of,
    person_parts,
    same_body,
)
from timeline.curation.offsets import AMBIGUOUS, MISSING, place
from timeline.curation.review import (
    archived_text,
    find_source,
    read_review,
    review_path,
    without_candidates,
)
from timeline.curation.running_totals import WindowChange, widened_windows
from timeline.curation.scope import outside_scope, read_period
from timeline.errors import InputError, ValidationError
from timeline.io import layout
from timeline.io.layout import writes_datasets

CLAIM_KEYS: tuple[str, ...] = (
    "claim_id", "event_id", "source_id", "claimant_id", "attribution", "certainty", "stated_on",
    "stated_end", "stated_precision", "stated_text", "venue", "quote", "quote_start", "quote_end",
    "value", "qualifier", "value_low", "value_high", "unit", "restates", "coding_note",
)  # fmt: skip

#: The proposal's note about an unmatched claimant, stale once the actor is added.
_NO_ACTOR = re.compile(r"No existing actor matches '.*?': add one or pick one\.")
_MILITARY = {
    "military", "army", "forces", "force", "navy", "command", "staff", "brigade", "battalion",
    "regiment", "division", "troops", "commander", "general", "guard", "marines", "corps",
}  # fmt: skip
_GOVERNMENT = {
    "ministry", "minister", "government", "authorities", "authority", "officials", "official",
    "office", "agency", "service", "spokesperson", "spokesman", "spokeswoman", "kremlin",
    "parliament", "council", "department", "embassy", "police", "presidency", "cabinet",
    "board", "commission", "committee", "bureau", "directorate", "administration",
}  # fmt: skip
_ORGANIZATION = {
    "news", "times", "post", "wire", "press", "radio", "television", "tv", "broadcaster",
    "newspaper", "daily", "institute", "group", "organization", "organisation", "foundation",
    "center", "centre", "monitor", "observatory", "network", "journal",
}  # fmt: skip


#: A document named by its owner's possessive ("MoD's latest intelligence update").
_OWNED_DOCUMENT = re.compile(
    r"(?P<owner>.+?)[’']s\s+(?:[\w-]+\s+){0,3}?"
    r"(?:assessment|update|report|estimate|count|tally|figures|data|statement|letter|memo"
    r"|document|briefing|analysis|study|review|survey|bulletin|intelligence)"
)


#: An acronym alone ("AOTD", "NIS").
_ACRONYM = re.compile(r"[A-Z][A-Za-z&.-]{1,9}")
#: A body described in common words, then named in apposition ("Lithuania's military
#: intelligence service, the Second Investigation Department (AOTD)").
_DESCRIBED_BODY = re.compile(r"[^,()]+?\b[a-z][\w-]*,\s+(?P<name>(?:the\s+)?[A-Z][^,]*)")


def claimant_name(words: str) -> str:
    """The claimant's words as an actor name: "he (the port authority)" → "Port authority"."""
    inner = re.fullmatch(r".*\((.+)\)\s*", words)
    # (not a body's acronym closing its name: "the Second Investigation Department (AOTD)")
    name = inner.group(1) if inner and not _ACRONYM.fullmatch(inner.group(1)) else words
    apposed = _DESCRIBED_BODY.fullmatch(name.strip())
    if apposed is not None and named_person(apposed.group("name")) is None:
        # "Germany's foreign intelligence service, the BND": the body by the name it goes by
        name = apposed.group("name")
    name = re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.IGNORECASE)
    # "The MoD's latest assessment" is the MoD's: the owner names the actor
    owned = _OWNED_DOCUMENT.fullmatch(name)
    if owned is not None:
        name = owned.group("owner")
    return name[:1].upper() + name[1:]


#: A quote of fewer words than this is too short to stand as an event's drafted summary.
SUMMARY_WORDS = 6
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*(?=\s)|\n\s*\n")


def sentence_around(text: str, start: int, end: int, limit: int = 240) -> str | None:
    """The sentence of ``text`` that holds ``text[start:end]`` (None when out of range),
    cut to ``limit`` characters at a word boundary."""
    if not 0 <= start <= end <= len(text):
        return None
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    first = ends[-1] if ends else 0
    after = _SENTENCE_END.search(text, end)
    last = after.end() if after else len(text)
    sentence = " ".join(text[first:last].split())
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0] + " …"
    return sentence or None


def _indefinite(words: str) -> bool:
    """Whether the claimant's words describe someone unnamed ("a Kremlin spokesman")."""
    inner = re.fullmatch(r".*\((.+)\)\s*", words)
    return re.match(r"\s*(?:a|an|one)\s", inner.group(1) if inner else words, re.I) is not None


def guess_kind(name: str, publisher: str | None = None) -> str:
    """A reasonable actor kind from a name's words; the curator checks it."""
    from timeline.curation.attribution import country_of

    lowered = name.lower()
    if publisher and lowered == publisher.strip().lower():
        return "organization"
    tokens = re.findall(r"[A-Za-z’'][A-Za-z’'-]*", name)  # "Min-seo" is one given name
    words = {t.lower() for t in tokens}
    country = country_of(name)
    if country and not words - {"the", *re.findall(r"[a-z]+", _country_words(name))}:
        return "state"
    if words & _MILITARY:
        return "military_body"
    if words & _ORGANIZATION and not words & _GOVERNMENT:
        return "organization"
    last = tokens[-2:]
    institution = _MILITARY | _GOVERNMENT | _ORGANIZATION
    if len(last) == 2 and all(t[:1].isupper() and t.lower() not in institution for t in last):
        return "person"
    if words & _GOVERNMENT:
        return "government_body"
    return "organization"


def _country_words(name: str) -> str:
    """The words of ``name`` that name a country (lower-case), for the 'state' guess."""
    from timeline.curation.attribution import COUNTRY_WORDS

    lowered = re.sub(r"(?:’s|'s)\b", "", name.lower())
    return " ".join(k for k in COUNTRY_WORDS if re.search(rf"\b{re.escape(k)}\b", lowered))


_OPTIONAL_ACTOR_COLUMNS = ("aliases", "parent_id", "role")
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})


def _name_like(words: str) -> bool:
    """Words that can serve as an alias: a name, acronym or description with a proper noun
    ("South Korea's spy service", "KIDA"), not a pronoun or a bare descriptor ("the agency")
    nor one unnamed member ("a spokesman")."""
    stripped = re.sub(r"^(?:the)\s+", "", words.strip(), flags=re.IGNORECASE)
    if not stripped or re.match(r"(?i:an?)\s", stripped) or stripped.lower() in _PRONOUNS:
        return False
    tokens = re.findall(r"[\w’'.-]+", stripped)
    return 0 < len(tokens) <= 8 and any(t[:1].isupper() for t in tokens)


def _curator_alias(words: str, actor_id: str, actors: Sequence[Mapping[str, Any]]) -> str | None:
    """The surface form to record as an alias of ``actor_id``, or None.

    Recorded when the curator (or the report's context) mapped words that are name-like, not
    yet a known form of that existing actor, and that no resolution rule maps to it alone;
    a person's words are never recorded for a body.
    """
    actor = next((a for a in actors if str(a.get("actor_id")) == actor_id), None)
    if actor is None or not _name_like(words):
        return None
    from timeline.curation.attribution import names_person

    form = claimant_name(words)
    if norm_name(form) in known_forms(actor):
        return None
    if names_person(words) and actor.get("kind") != "person":
        return None
    if match_claimant(form, actors)[0] == actor_id:
        return None  # the rules find it already
    return form


def _add_alias(new_rows: list[dict[str, Any]], actor_id: str, form: str) -> None:
    """Add ``form`` to a new actor's aliases unless it is already one of its names."""
    for row in new_rows:
        if row["actor_id"] != actor_id:
            continue
        if norm_name(form) in known_forms(row):
            return
        row["aliases"] = ";".join([*alias_list(row), form])


def _with_aliases(text: str, actor_id: str, forms: Sequence[str]) -> str:
    """``actors.yaml`` text with ``forms`` added to the aliases of ``actor_id``'s row.

    Only that row's ``aliases`` lines change (comments and other rows stay as they are).
    """
    import yaml

    span = _row_span(text.splitlines(keepends=True), "actor_id", actor_id)
    if span is None:
        return text
    lines = text.splitlines(keepends=True)
    row = yaml.safe_load("".join(lines[span[0] : span[1]]))[0]
    merged = ";".join(dict.fromkeys([*alias_list(row), *forms]))
    return _with_fields(text, "actor_id", actor_id, {"aliases": merged})


def _row_span(lines: Sequence[str], key: str, row_id: str) -> tuple[int, int] | None:
    """The lines of the row whose ``key`` is ``row_id`` in a curated YAML file."""
    start = next(
        (i for i, line in enumerate(lines) if re.fullmatch(
            rf"- {key}: ['\"]?{re.escape(row_id)}['\"]?\s*", line)),
        None,
    )  # fmt: skip
    if start is None:
        return None
    end = start + 1
    while end < len(lines) and lines[end].startswith("  "):
        end += 1
    return start, end


def _with_fields(text: str, key: str, row_id: str, fields: Mapping[str, Any]) -> str:
    """A curated YAML file's text with some fields of one row replaced (or added at the
    row's end); only those fields' lines change, comments and other rows stay as they are."""
    import yaml

    lines = text.splitlines(keepends=True)
    span = _row_span(lines, key, row_id)
    if span is None:
        return text
    start, end = span
    for name, value in fields.items():
        block = yaml.safe_dump({name: value}, allow_unicode=True, width=YAML_WIDTH - 2)
        new_lines = ["  " + line for line in block.splitlines(keepends=True)]
        at = next((i for i in range(start + 1, end) if lines[i].startswith(f"  {name}:")), None)
        if at is None:
            lines[end:end] = new_lines
        else:
            stop = at + 1
            while stop < end and lines[stop].startswith("    "):
                stop += 1
            lines[at:stop] = new_lines
            end += len(new_lines) - (stop - at)
            continue
        end += len(new_lines)
    return "".join(lines)


@dataclass
class AcceptResult:
    """What ``accept`` did: rows added per table, candidates accepted and refused (why)."""

    accepted: list[str] = field(default_factory=list)
    refused: dict[str, list[str]] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)  # existing actor -> new forms
    widened: dict[str, WindowChange] = field(default_factory=dict)  # running totals' dates
    review_file: Path | None = None
    review_removed: bool = False


@dataclass
class _Plan:
    """The rows a set of candidates turns into, and which candidate owns which row."""

    rows: dict[str, list[dict[str, Any]]]
    owners: dict[tuple[str, str], set[str]]
    notes: dict[str, str]  # actor_id -> YAML comment line for a new actor
    aliases: dict[str, list[str]] = field(default_factory=dict)  # existing actor -> new forms
    widened: dict[str, WindowChange] = field(default_factory=dict)  # running totals' dates


class _Planner:
    """Turns review rows into curated rows with fresh ids."""

    def __init__(
        self,
        datasets_dir: Path,
        source: Mapping[str, Any],
        releases: Sequence[Path],
        text: str = "",
    ) -> None:
        self.text = text
        self.source_id = str(source["source_id"])
        self.publisher = str(source.get("publisher") or "")
        self.actors = load_rows(layout.table_path(datasets_dir, "actors"))
        events = load_rows(layout.table_path(datasets_dir, "events"))
        self.events = {str(e.get("event_id")): e for e in events}
        claims = load_rows(layout.table_path(datasets_dir, "claims"))
        self.claims = claims
        taken: dict[str, set[str]] = {
            "actors": {str(a.get("actor_id")) for a in self.actors},
            "events": {str(e.get("event_id")) for e in events},
            "claims": {str(c.get("claim_id")) for c in claims},
        }
        for table, key in (("actors", "actor_id"), ("events", "event_id"), ("claims", "claim_id")):
            for folder in releases:
                taken[table] |= ids.release_ids(folder, table, key)
        self.taken = taken

    def plan(self, candidates: Sequence[Mapping[str, Any]]) -> _Plan:
        rows: dict[str, list[dict[str, Any]]] = {"actors": [], "events": [], "claims": []}
        owners: dict[tuple[str, str], set[str]] = {}
        notes: dict[str, str] = {}
        next_claim = ids.next_number("cl", self.taken["claims"])
        next_event = ids.next_number("ev", self.taken["events"])
        new_actors: dict[str, str] = {}  # normalised name -> actor_id
        new_events: dict[tuple[Any, ...], str] = {}
        aliases: dict[str, list[str]] = {}
        actor_ids = set(self.taken["actors"])
        by_name = {str(a.get("name", "")).lower(): str(a.get("actor_id")) for a in self.actors}
        for cand in candidates:
            cid = str(cand["candidate_id"])
            note_parts = [str(cand["coding_note"])] if cand.get("coding_note") else []
            words = str(cand.get("claimant") or "")
            claimant_id = cand.get("claimant_id")
            if claimant_id:
                claimant_id = str(claimant_id)
                form = _curator_alias(words, claimant_id, self.actors)
                if form is not None:
                    have = aliases.setdefault(claimant_id, [])
                    if norm_name(form) not in {norm_name(a) for a in have}:
                        have.append(form)
                    owners.setdefault(("actors", claimant_id), set()).add(cid)
            else:
                name = claimant_name(words)
                role = None
                parts = person_parts(name)
                if parts is not None and parts[0]:
                    role, name = parts  # "Deputy harbour master Kim Yong-hyun": role, name
                key = name.lower()
                claimant_id = (
                    by_name.get(key) or self._known(name) or new_actors.get(key)
                    or self._same_new(name, rows["actors"])
                )  # fmt: skip
                if claimant_id and _indefinite(words) and self._is_person(claimant_id):
                    # "A Kremlin spokesman" is some spokesman, not the one whose alias
                    # "Kremlin spokesman" is: an unnamed speaker is never a known person
                    claimant_id = new_actors.get(key) or self._same_new(name, rows["actors"])
                if claimant_id is None:
                    kind = "person" if role else guess_kind(name, self.publisher)
                    base = ids.slugify(name, 5) or "actor"
                    claimant_id = ids.unique_slug(base, actor_ids)
                    actor_ids.add(claimant_id)
                    new_actors[key] = claimant_id
                    from timeline.curation.attribution import country_of

                    rows["actors"].append(
                        {
                            "actor_id": claimant_id,
                            "name": name,
                            "kind": kind,
                            "country": country_of(name),
                            "description": None,
                            "aliases": None,
                            "parent_id": parent_of(words, self.actors),
                            "role": role,
                        }
                    )
                    comment = (
                        f"Added by `timeline accept` for {self.source_id}: kind guessed as "
                        f"{kind} from the words '{cand.get('claimant')}'; check kind, country, "
                        "description, aliases and parent."
                    )
                    notes[claimant_id] = "".join(
                        f"# {line}\n" for line in textwrap.wrap(comment, YAML_WIDTH - 2)
                    )
                    note_parts = [_NO_ACTOR.sub("", p).strip() for p in note_parts]
                    note_parts = [p for p in note_parts if p]
                    note_parts.append(
                        f"New actor {claimant_id} added with kind guessed ({kind}): check it."
                    )
                else:
                    new_actors.setdefault(key, claimant_id)
                    _add_alias(rows["actors"], claimant_id, name)
                owners.setdefault(("actors", claimant_id), set()).add(cid)
            event_id = cand.get("event_id")
            if not event_id:
                event_key = tuple(
                    str(cand.get(k))
                    for k in ("quote_start", "quote_end", "event_type", "summary", "date_start",
                              "date_end", "date_precision", "date_kind")
                )  # fmt: skip
                event_id = new_events.get(event_key)
                if event_id is None:
                    event_id = ids.format_number("ev", next_event)
                    next_event += 1
                    new_events[event_key] = event_id
                    rows["events"].append(self._event(event_id, cand))
                owners.setdefault(("events", event_id), set()).add(cid)
            claim_id = ids.format_number("cl", next_claim)
            next_claim += 1
            claim = {k: cand.get(k) for k in CLAIM_KEYS}
            claim.update(
                claim_id=claim_id,
                event_id=event_id,
                source_id=self.source_id,
                claimant_id=claimant_id,
                coding_note=" ".join(note_parts) or None,
            )
            rows["claims"].append(claim)
            owners.setdefault(("claims", claim_id), set()).add(cid)
        self._fit_columns(rows["actors"])
        # a running total's dates follow its estimates (timeline.curation.running_totals)
        widened = widened_windows(self.events, rows["claims"])
        for event_id in widened:
            for claim in rows["claims"]:
                if claim["event_id"] == event_id:
                    owners.setdefault(("events", event_id), set()).update(
                        owners.get(("claims", str(claim["claim_id"])), set())
                    )
        return _Plan(rows, owners, notes, aliases, widened)

    def _fit_columns(self, new_rows: list[dict[str, Any]]) -> None:
        """Leave out of new actors the optional columns (``aliases``, ``parent_id``,
        ``role``) that the curated actors do not use, unless a new row has a value there:
        a dataset curated without them stays without them."""
        used = {k for a in self.actors for k in a}
        for column in _OPTIONAL_ACTOR_COLUMNS:
            if column in used or any(r.get(column) is not None for r in new_rows):
                continue
            for row in new_rows:
                row.pop(column, None)

    def _is_person(self, actor_id: str) -> bool:
        return any(
            str(a.get("actor_id")) == actor_id and a.get("kind") == "person" for a in self.actors
        )

    def _known(self, name: str) -> str | None:
        """An existing actor known by exactly this name or alias."""
        form = norm_name(name)
        found = [str(a.get("actor_id")) for a in self.actors if form in known_forms(a)]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _same_new(name: str, new_rows: Sequence[Mapping[str, Any]]) -> str | None:
        """A new actor of this plan that ``name`` names too ("Kim" after "Kim Yong-hyun")."""
        for row in new_rows:
            forms = [str(row["name"]), *alias_list(row)]
            if any(same_body(form, name) for form in forms):
                return str(row["actor_id"])
        return None

    def _event(self, event_id: str, cand: Mapping[str, Any]) -> dict[str, Any]:
        drafted = []
        summary = cand.get("summary")
        if not summary:
            quote = str(cand.get("quote") or "").strip()
            start, end = cand.get("quote_start"), cand.get("quote_end")
            if (
                len(quote.split()) < SUMMARY_WORDS
                and isinstance(start, int)
                and isinstance(end, int)
            ):
                # "Thousands." says nothing: a short quote's sentence says what happened
                quote = sentence_around(self.text, start, end) or quote
                drafted.append("summary drafted from the quote's sentence")
            else:
                drafted.append("summary drafted from the quote")
            summary = quote[:1].upper() + quote[1:].rstrip(".") + "." if quote else None
        date_kind = cand.get("date_kind")
        if not date_kind:
            date_kind = "occurred"
            drafted.append("date_kind defaulted to occurred")
        note = (
            f"Made by `timeline accept` from candidate {cand['candidate_id']} of {self.source_id}"
        )
        note += f" (rule {cand.get('rule')})" if cand.get("rule") else ""
        note += f"; {', '.join(drafted)}: check them." if drafted else "."
        reason = _scope_reason(str(cand.get("coding_note") or ""))
        note += f" {reason}" if reason else ""
        return {
            "event_id": event_id,
            "event_type": cand.get("event_type"),
            "summary": summary,
            "date_start": cand.get("date_start"),
            "date_end": cand.get("date_end"),
            "date_precision": cand.get("date_precision"),
            "date_kind": date_kind,
            "date_text": cand.get("date_text"),
            "location": cand.get("location"),
            "actor_ids": None,
            "counterpart_ids": None,
            "item": cand.get("item"),
            "coding_note": note,
        }


def _scope_reason(note: str) -> str | None:
    """The curator's "outside the … scope: …" sentence of a candidate's coding note, which
    belongs to the new event it makes (see :mod:`timeline.curation.scope`)."""
    at = note.find("outside the ")
    if at < 0 or " scope:" not in note[at:]:
        return None
    return note[at:].strip()


def _texts(datasets_dir: Path, plan: _Plan) -> dict[str, str]:
    """The new text of each curated file the plan adds rows to."""
    out = {}
    for table in ("actors", "events", "claims"):
        path = layout.table_path(datasets_dir, table)
        text = path.read_text(encoding="utf-8")
        if table == "actors":
            for actor_id, forms in plan.aliases.items():
                text = _with_aliases(text, actor_id, forms)
            for row in plan.rows[table]:
                text = text if text.endswith("\n") else text + "\n"
                text += "\n" + plan.notes.get(row["actor_id"], "") + yaml_block(row)
        elif table == "events":
            for event_id, change in plan.widened.items():
                text = _with_fields(text, "event_id", event_id, change.fields())
            text = appended(text, plan.rows[table])
        else:
            text = appended(text, plan.rows[table])
        out[table] = text
    return out


def _read_curated(datasets_dir: Path) -> dict[str, Any]:
    """The curated tables as read from their files (table -> RawTable)."""
    from timeline.io.readers import read_yaml

    return {
        t: read_yaml(layout.table_path(datasets_dir, t))
        for t in ("sources", "actors", "events", "claims")
    }


def _refuse_invalid_tables(datasets_dir: Path, raws: Mapping[str, Any]) -> None:
    """Refuse to accept anything into curated tables that are invalid already."""
    baseline = _check(datasets_dir, raws)
    if baseline:
        msg = (
            f"{datasets_dir}: the curated tables are invalid before accepting anything; "
            "run `timeline validate` and fix them first"
        )
        raise ValidationError(msg, baseline)


def _check(datasets_dir: Path, raws: Mapping[str, Any], plan: _Plan | None = None) -> list[Any]:
    """Validation failures of the curated tables with ``plan``'s rows added, in memory.

    Failures in rows read from the files carry their file and line.
    """
    import pandas as pd

    from timeline.io import curated
    from timeline.validation.engine import check_dataset, locate

    frames = {t: raw.frame for t, raw in raws.items()}
    if plan is not None:
        actors = frames["actors"]
        if plan.aliases:
            actors = actors.copy()
            if "aliases" not in actors.columns:
                actors["aliases"] = None
            for actor_id, forms in plan.aliases.items():
                mask = actors["actor_id"] == actor_id
                for i in actors.index[mask]:
                    row = {"aliases": actors.at[i, "aliases"]}
                    merged = [*alias_list(row if isinstance(row["aliases"], str) else {}), *forms]
                    actors.at[i, "aliases"] = ";".join(dict.fromkeys(merged))
        frames["actors"] = actors
        if plan.widened:
            events = frames["events"].copy()
            for event_id, change in plan.widened.items():
                mask = events["event_id"] == event_id
                for column, value in change.fields().items():
                    events.loc[mask, column] = (
                        value.isoformat() if isinstance(value, date) else value
                    )
            frames["events"] = events
        for table in ("actors", "events", "claims"):
            if plan.rows[table]:
                added = pd.DataFrame.from_records(plan.rows[table])
                frames[table] = pd.concat([frames[table], added], ignore_index=True)
    _, failures = check_dataset(frames, curated.TextFolder(layout.sources_dir(datasets_dir)))
    return locate(failures, raws)


_NEW_ROW_WORDS = {"claims": "its claim", "events": "its new event", "actors": "its new actor"}


#: What makes two claims one statement: the same words of the same source, said by the same
#: claimant, with the same number (the event is left out: a report proposed again may be
#: linked to the event its first pass made, or make another).
SAME_STATEMENT = (
    "source_id", "quote_start", "quote_end", "claimant_id", "qualifier", "value", "value_low",
    "value_high", "unit",
)  # fmt: skip


def _statement(row: Mapping[str, Any]) -> tuple[str, ...]:
    return tuple("" if row.get(c) is None else str(row.get(c)) for c in SAME_STATEMENT)


def _repeats(plan: _Plan, existing: Sequence[Mapping[str, Any]]) -> dict[str, list[str]]:
    """Candidates whose claim repeats a curated claim, or an earlier candidate's (a report
    proposed and accepted twice): refused, naming the claim they repeat."""
    seen = {_statement(c): str(c.get("claim_id")) for c in existing}
    blamed: dict[str, list[str]] = {}
    for row in plan.rows["claims"]:
        claim_id = str(row.get("claim_id"))
        first = seen.setdefault(_statement(row), claim_id)
        if first != claim_id:
            for cid in plan.owners.get(("claims", claim_id), set()):
                blamed.setdefault(cid, []).append(
                    f"repeats claim {first} (the same quote of the same source, claimant and "
                    "number): it is curated already; delete this candidate"
                )
    return blamed


def _refusal(failure: Any, plan: _Plan) -> str:
    """A failure worded for the candidate it refuses: a planned row is named by what it is
    to the candidate ("its claim"), never by the id it would have had, which another,
    accepted candidate may get; an existing row keeps its id, file and line."""
    key_of = {"actors": "actor_id", "events": "event_id", "claims": "claim_id"}
    planned = {(t, str(r[k])) for t, k in key_of.items() for r in plan.rows[t]}
    if (failure.table, str(failure.key)) in planned:
        where = _NEW_ROW_WORDS[failure.table]
        where += f"'s {failure.column}" if failure.column else ""
    else:
        where = failure.location()
    text = f"{where}: {failure.rule}: {failure.message}"
    if failure.value is not None:
        text += f" (got {failure.value})"
    if failure.expected:
        text += f"; expected {failure.expected}"
    return text


@writes_datasets
def accept(
    datasets_dir: Path,
    source_id: str,
    candidate_ids: Sequence[str] | None = None,
    releases: Sequence[Path] = (),
) -> AcceptResult:
    """Accept the named candidates (all when ``candidate_ids`` is None) of ``source_id``.

    Raises :class:`~timeline.errors.InputError` for an unknown source or candidate and
    :class:`~timeline.errors.ValidationError` when the curated tables are invalid already.
    """
    from timeline.io.atomic import recover

    recover(datasets_dir)  # finish what a killed run committed, before reading anything
    source = find_source(datasets_dir, source_id)
    if source is None:
        path = layout.table_path(datasets_dir, "sources")
        msg = f"{source_id}: no such source in {path}; add it with `timeline add-source` first"
        raise InputError(msg)
    text = archived_text(datasets_dir, source_id)
    path = review_path(datasets_dir, source_id)
    candidates = read_review(path)
    known = [str(c["candidate_id"]) for c in candidates]
    if candidate_ids is not None:
        unknown = [c for c in candidate_ids if c not in known]
        if unknown:
            msg = (
                f"{path}: no candidate {', '.join(unknown)} (it has: {', '.join(known) or 'none'})"
            )
            raise InputError(msg)
        candidates = [c for c in candidates if c["candidate_id"] in set(candidate_ids)]
    result = AcceptResult(review_file=path)
    period = read_period(datasets_dir)
    ready: list[dict[str, Any]] = []
    for cand in candidates:
        cid = str(cand["candidate_id"])
        quote = cand.get("quote")
        if not isinstance(quote, str) or not quote:
            result.refused[cid] = ["no quote: every claim quotes its source"]
            continue
        placement = place(text, quote, cand.get("quote_start"), cand.get("quote_end"))
        if placement.status in (AMBIGUOUS, MISSING):
            result.refused[cid] = [placement.problem(quote)]
            continue
        if not cand.get("claimant_id") and not str(cand.get("claimant") or "").strip():
            result.refused[cid] = ["no claimant: set claimant_id to an actor, or claimant"]
            continue
        out_of_scope = outside_scope(cand, period)
        if out_of_scope:
            result.refused[cid] = [out_of_scope]
            continue
        ready.append({**cand, "quote_start": placement.start, "quote_end": placement.end})
    raws = _read_curated(datasets_dir)
    planner = _Planner(datasets_dir, source, releases, text)
    # The curated tables must be valid before anything is added. A plan whose tables validate
    # whole shows that at once; the tables alone are validated only when a plan fails on rows
    # it did not add, or when no plan was validated (one validation of the dataset, not two).
    baseline_checked = False
    while ready:
        plan = planner.plan(ready)
        blamed = _repeats(plan, planner.claims)
        failures = [] if blamed else _check(datasets_dir, raws, plan)
        if not baseline_checked and any(
            not plan.owners.get((f.table, str(f.key))) for f in failures
        ):
            _refuse_invalid_tables(datasets_dir, raws)
            baseline_checked = True
        if not failures and not blamed:
            baseline_checked = True  # the tables with the plan's rows are valid
            break
        for failure in failures:
            owners = plan.owners.get((failure.table, str(failure.key)), set())
            if not owners:  # not a new row's fault: refuse everything, say why
                owners = {str(c["candidate_id"]) for c in ready}
            for cid in owners:
                blamed.setdefault(cid, []).append(_refusal(failure, plan))
        result.refused.update(blamed)
        ready = [c for c in ready if str(c["candidate_id"]) not in blamed]
    if not baseline_checked:
        _refuse_invalid_tables(datasets_dir, raws)
    if not ready:
        return result
    result.accepted = [str(c["candidate_id"]) for c in ready]
    result.rows = plan.rows
    result.aliases = plan.aliases
    result.widened = plan.widened
    texts = _texts(datasets_dir, plan)
    changed = {t for t in ("actors", "events", "claims") if plan.rows[t]}
    changed |= {"actors"} if plan.aliases else set()
    changed |= {"events"} if plan.widened else set()
    files: dict[Path, bytes | None] = {
        layout.table_path(datasets_dir, t): texts[t].encode("utf-8") for t in sorted(changed)
    }
    files[path] = without_candidates(path, result.accepted)
    result.review_removed = files[path] is None
    write_all(files, datasets_dir)
    return result
