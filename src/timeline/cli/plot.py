"""The `timeline plot` command (charts need the optional 'plot' extra)."""

from __future__ import annotations
