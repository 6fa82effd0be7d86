"""Proposals of candidate claims from a report's text (issue 10): stdlib only, fast to import.

``from timeline.curation import propose`` gives :func:`timeline.curation.propose.propose`.
"""

from __future__ import annotations

from timeline.curation.propose import propose

__all__ = ["propose"]
