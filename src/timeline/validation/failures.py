"""The failure record, from :mod:`timeline.model.failures` where it now lives.

Kept so that ``from timeline.validation.failures import Failure`` goes on working.
"""

from __future__ import annotations

from timeline.model.failures import Failure, short_value, summarize

__all__ = ["Failure", "short_value", "summarize"]
