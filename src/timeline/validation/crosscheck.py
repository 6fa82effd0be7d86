"""Rules that span tables: foreign keys, quotes against archived texts, claim dates.

Each function takes typed frames and returns :class:`~timeline.validation.failures.Failure`
records.  ``texts`` maps a source_id to the archived text's bytes (or None when
the text is not available).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from timeline.model.catalogue import Code
from timeline.model.keys import FOREIGN_KEYS, LIST_COLUMNS
from timeline.validation.failures import Failure, short_value

TextLookup = Callable[[str], bytes | None]


def _key_of(frame: pd.DataFrame, key: str, row: int) -> str | None:
    if key not in frame.columns:
        return None
    value = frame[key].iloc[row]
    return None if pd.isna(value) else str(value)


def _arrow_strings(series: pd.Series) -> Any:
    """The column as a pyarrow string array, or None when it is not Arrow-backed text."""
    dtype = series.dtype
    if not isinstance(dtype, pd.StringDtype) or dtype.storage != "pyarrow":
        return None
    import pyarrow as pa

    return pa.array(series.array).cast(pa.large_string())


def _member(values: pd.Series, pool: pd.Series) -> np.ndarray[Any, Any]:
    """Per value, whether it is one of the non-missing ``pool`` values (as text).

    Arrow-backed text columns (what the readers and coercion give) are compared with
    one hash lookup in Arrow: no Python string per cell.  Anything else goes through
    a Python set of the pool's values as ``str``, as the rule is written.
    """
    arrow_values, arrow_pool = _arrow_strings(values), _arrow_strings(pool)
    if arrow_values is not None and arrow_pool is not None:
        import pyarrow.compute as pc

        found = pc.is_in(arrow_values, value_set=arrow_pool.drop_null()).fill_null(False)
        return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)
    known = set(pool.dropna().astype(str))
    return np.asarray(values.astype(object).isin(known).to_numpy(), dtype=bool)


def foreign_keys(
    frames: dict[str, pd.DataFrame], keys: dict[str, str], reference: dict[str, pd.DataFrame]
) -> list[Failure]:
    """Every reference resolves, to the table being validated or else to the reference."""
    failures: list[Failure] = []
    for table, column, target, target_key in FOREIGN_KEYS:
        frame = frames.get(table)
        if frame is None or column not in frame.columns:
            continue
        target_frame = frames.get(target, reference.get(target))
        if target_frame is None or target_key not in target_frame.columns:
            continue
        pool = target_frame[target_key]
        outside = reference.get(target)
        if target == table and outside is not None and target_key in outside.columns:
            # a table that refers to itself (claims.restates) may name a published row too
            pool = pd.concat([pool.astype(object), outside[target_key].astype(object)])
        values = frame[column]
        present = values.notna().to_numpy()
        if column in LIST_COLUMNS:
            known = set(pool.dropna().astype(str))
            exploded = values[present].astype(str).str.split(";").explode()
            missing_mask = ~exploded.isin(known)
            bad = exploded[missing_mask]
            positions = [int(i) for i in bad.index]  # frames carry a RangeIndex
            bad_values = list(bad)
        else:
            mask = present & ~_member(values, pool)
            positions = [int(i) for i in mask.nonzero()[0]]
            bad_values = list(values[mask])
        for pos, value in zip(positions, bad_values, strict=True):
            failures.append(
                Failure(
                    table=table,
                    rule=Code.FOREIGN_KEY,
                    message=f"no row of {target} has this {target_key}",
                    column=column,
                    key=_key_of(frame, keys[table], pos),
                    row=pos,
                    value=short_value(value),
                    expected=f"an existing {target}.{target_key}",
                )
            )
    return failures


def restated_claims_share_event(claims: pd.DataFrame) -> list[Failure]:
    """A claim that restates another is about the same event, and not itself."""
    needed = {"claim_id", "event_id", "restates"}
    if not needed <= set(claims.columns):
        return []
    restating = claims.loc[
        claims["restates"].notna().to_numpy(), ["claim_id", "event_id", "restates"]
    ]
    if restating.empty:
        return []
    # Only the restated claims matter: look up their events, not the whole table's.
    targets = claims["claim_id"].isin(restating["restates"].unique()).to_numpy(dtype=bool)
    known = claims.loc[targets, ["claim_id", "event_id"]].drop_duplicates("claim_id", keep="last")
    event_of = pd.Series(known["event_id"].to_numpy(), index=known["claim_id"].to_numpy())
    target_event = restating["restates"].map(event_of)
    bad = target_event.notna() & (
        (restating["restates"] == restating["claim_id"]) | (target_event != restating["event_id"])
    )
    return [
        Failure(
            table="claims",
            rule=Code.RESTATES_SAME_EVENT,
            message="restates a claim about another event (or itself)",
            column="restates",
            key=str(cid),
            row=int(pos),
            value=str(target),
            expected=f"another claim about {eid}",
        )
        for pos, cid, eid, target in restating[bad.to_numpy()].itertuples()
    ]


def quote_offsets(text: str, quote: str) -> list[int]:
    """Every offset at which ``quote`` starts in ``text`` (overlapping matches included)."""
    found, start = [], text.find(quote)
    while quote and start >= 0:
        found.append(start)
        start = text.find(quote, start + 1)
    return found


def quote_hint(text: str, quote: str) -> str:
    """Where a misplaced quote really is: the right offsets, or the choice among several."""
    starts = quote_offsets(text, quote)
    if not starts:
        return "text that occurs verbatim in the archived source (the quote is not in it)"
    if len(starts) == 1:
        return f"quote_start {starts[0]} and quote_end {starts[0] + len(quote)}"
    where = ", ".join(f"{start}..{start + len(quote)}" for start in starts[:10])
    return f"one of the {len(starts)} places the quote occurs: {where}"


def quotes_match_texts(
    claims: pd.DataFrame, sources: pd.DataFrame | None, texts: TextLookup
) -> list[Failure]:
    """Each archived text matches its recorded SHA-256, and each quote sits at its offsets."""
    failures: list[Failure] = []
    decoded: dict[str, str | None] = {}
    recorded = {}
    if sources is not None and {"source_id", "text_sha256"} <= set(sources.columns):
        recorded = dict(zip(sources["source_id"], sources["text_sha256"], strict=False))
        pairs = zip(sources["source_id"], sources["text_sha256"], strict=True)
        for pos, (sid, digest) in enumerate(pairs):
            if pd.isna(sid):
                continue
            data = texts(str(sid))
            if data is None:
                failures.append(
                    Failure(
                        "sources",
                        Code.ARCHIVED_TEXT,
                        "no archived text for this source",
                        column="source_id",
                        key=str(sid),
                        row=pos,
                        expected=f"a file texts/{sid}.txt beside the data",
                    )
                )
                decoded[str(sid)] = None
                continue
            actual = hashlib.sha256(data).hexdigest()
            if actual != digest:
                failures.append(
                    Failure(
                        "sources",
                        Code.TEXT_SHA256,
                        "the archived text's SHA-256 differs",
                        column="text_sha256",
                        key=str(sid),
                        row=pos,
                        value=short_value(digest),
                        expected=actual,
                    )
                )
                decoded[str(sid)] = None
                continue
            decoded[str(sid)] = data.decode("utf-8", errors="replace")
            failures.extend(_text_chars(sources, pos, str(sid), decoded[str(sid)]))
    needed = {"claim_id", "source_id", "quote", "quote_start", "quote_end"}
    if not needed <= set(claims.columns):
        return failures
    keys = ["source_id", "quote", "quote_start", "quote_end"]
    rows = claims.loc[claims[keys].notna().all(axis=1).to_numpy(), ["claim_id", *keys]]
    # Each distinct (source, quote, offsets) is checked once: synthetic and bulk files repeat.
    problems: dict[tuple[str, str, int, int], tuple[str, str]] = {}
    for sid, quote, start, end in rows[keys].drop_duplicates().itertuples(index=False):
        sid = str(sid)
        if sid not in decoded:
            data = texts(sid)
            decoded[sid] = None if data is None else data.decode("utf-8", errors="replace")
            if (
                data is not None
                and sid in recorded
                and hashlib.sha256(data).hexdigest() != recorded[sid]
            ):
                decoded[sid] = None
        text = decoded[sid]
        if text is None:
            continue  # reported above, or by the foreign-key check
        found = text[int(start) : int(end)]
        if found == quote:
            continue
        hint = quote_hint(text, str(quote))
        problems[(sid, str(quote), int(start), int(end))] = (found, hint)
    if not problems:
        return failures
    for pos, cid, sid, quote, start, end in rows.itertuples():
        problem = problems.get((str(sid), str(quote), int(start), int(end)))
        if problem is None:
            continue
        found, hint = problem
        failures.append(
            Failure(
                "claims",
                Code.QUOTE_IN_SOURCE,
                f"the archived text at {int(start)}..{int(end)} does not match the quote",
                column="quote",
                key=str(cid),
                row=int(pos),
                value=short_value(found),
                expected=hint,
            )
        )
    return failures


def _text_chars(sources: pd.DataFrame, pos: int, sid: str, text: str | None) -> list[Failure]:
    """A source's recorded text_chars is the length of its archived text."""
    if text is None or "text_chars" not in sources.columns:
        return []
    recorded = sources["text_chars"].iloc[pos]
    if pd.isna(recorded) or int(recorded) == len(text):
        return []
    return [
        Failure(
            "sources",
            Code.TEXT_CHARS,
            "text_chars differs from the archived text's length",
            column="text_chars",
            key=sid,
            row=pos,
            value=short_value(recorded),
            expected=f"{len(text)}, the archived text's length in characters",
        )
    ]


def claims_not_after_publication(
    claims: pd.DataFrame, sources: pd.DataFrame | None
) -> list[Failure]:
    """No claim is dated after its source was published.

    The period's first day must not be after publication; for a day or a range
    (whose end is an explicit bound) the end must not be either.  A week, month
    or year that contains the publication date is fine: the statement may have
    been made before it.
    """
    if sources is None or not {"source_id", "published_on"} <= set(sources.columns):
        return []
    needed = {"claim_id", "source_id", "stated_on", "stated_end", "stated_precision"}
    if not needed <= set(claims.columns):
        return []
    published = sources.drop_duplicates("source_id", keep="last").set_index("source_id")[
        "published_on"
    ]
    pub = pd.to_datetime(claims["source_id"].map(published), errors="coerce")
    start = pd.to_datetime(claims["stated_on"], errors="coerce")
    end = pd.to_datetime(claims["stated_end"], errors="coerce")
    late_start = (start > pub).fillna(False).to_numpy(dtype=bool)
    bounded = claims["stated_precision"].isin(["day", "range"]).to_numpy(dtype=bool)
    late_end = bounded & (end > pub).fillna(False).to_numpy(dtype=bool) & ~late_start
    failures = []
    for pos in (late_start | late_end).nonzero()[0]:
        column = "stated_on" if late_start[pos] else "stated_end"
        sid = claims["source_id"].iloc[pos]
        failures.append(
            Failure(
                "claims",
                Code.STATED_BEFORE_PUBLICATION,
                "the claim is dated after its source was published",
                column=column,
                key=str(claims["claim_id"].iloc[pos]),
                row=int(pos),
                value=str(claims[column].iloc[pos]),
                expected=f"a date on or before {published[sid]} ({sid} published_on)",
            )
        )
    return failures
