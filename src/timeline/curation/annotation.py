"""The annotation object ``propose`` passes through its stages: one per report.

Each stage reads what the earlier ones wrote and adds its own layer, as spaCy's components add
to one document: the visible text (stage 0, :mod:`~timeline.curation.reading`), the page's
blocks (stage 1, :mod:`~timeline.curation.layout`), sentences with their quotations and
clauses (stage 2, :mod:`~timeline.curation.sentences`), date and number mentions (stage 3,
:mod:`~timeline.curation.dates`, :mod:`~timeline.curation.numbers`), attribution frames
(stage 4, :mod:`~timeline.curation.attribution`), resolved statements (stage 5,
:mod:`~timeline.curation.resolution`) and candidate rows (stage 6,
:mod:`~timeline.curation.candidates`). Every span indexes ``Annotation.text``; the reading
stage maps candidates back to the original text at the end.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from timeline.curation.attribution import Frame
from timeline.curation.dates import DateMention
from timeline.curation.numbers import NumberMention
from timeline.curation.resolution import Statement
from timeline.curation.sentences import Span

__all__ = ["Annotation", "Block", "SentenceAnnotation"]


@dataclass(frozen=True, slots=True)
class Block:
    """A part of the page: ``kind`` is one of :data:`timeline.curation.layout.BLOCK_KINDS`."""

    kind: str
    span: Span


@dataclass(slots=True)
class SentenceAnnotation:
    """One sentence and what the stages found in it."""

    span: Span
    block: str
    quotes: list[Span] = field(default_factory=list)
    clauses: list[Span] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    frames: list[Frame] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)


@dataclass(slots=True)
class Annotation:
    """A report as the stages see it."""

    original: str
    text: str
    published_on: date
    actors: Sequence[Mapping[str, Any]]
    events: Sequence[Mapping[str, Any]]
    source: Mapping[str, Any]
    #: for each index of ``text``, the index of the same character in ``original``
    offsets: list[int] | None = None
    #: folded words of ``text`` with the accented words the page wrote ("Saenz" → "Sáenz")
    letters: dict[str, str] = field(default_factory=dict)
    blocks: list[Block] = field(default_factory=list)
    sentences: list[SentenceAnnotation] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
