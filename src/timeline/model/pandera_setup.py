"""Spare a one-command ``timeline`` process what pandera imports only for the test extras.

With Dask installed, pandera imports ``dask.dataframe`` (about 0.45 s) the first time it
builds a model, only to recognise Dask annotations, which no model of ours has; with
hypothesis installed, it imports it (about 0.3 s) for data synthesis strategies, which
validation never uses.  Neither is in a runtime install, but both are in the test
extras, so every ``timeline`` process a test starts paid about 0.75 s for nothing.

The command line's entry point calls :func:`spare_test_extras` for a whole process,
before anything imports pandera: it puts stand-ins in ``sys.modules`` (a
``pandera.typing.dask`` saying Dask is absent, and "not installed" for hypothesis).
:mod:`timeline.model.schema` calls :func:`restore` once its models are built, so the rest
of the process sees the real modules: the Dask validation path still imports Dask.
A library process (``import timeline`` in a notebook) is never touched.

This module imports nothing heavy: the entry point imports it on every command.
"""

from __future__ import annotations

import sys
import types

#: The stand-ins in place, by module name (empty when none are).
_STAND_INS: dict[str, types.ModuleType | None] = {}


def spare_test_extras() -> None:
    """Put the stand-ins in place, unless pandera, Dask or hypothesis is already imported."""
    if any(name in sys.modules for name in ("pandera", "dask", "hypothesis")):
        return  # too late to spare anything, or the process uses them itself
    dask_types = types.ModuleType("pandera.typing.dask")
    dask_types.DASK_INSTALLED = False  # type: ignore[attr-defined]
    _STAND_INS.update({"pandera.typing.dask": dask_types})
    _STAND_INS.update(dict.fromkeys(("hypothesis", "hypothesis.strategies")))
    sys.modules.update(_STAND_INS)  # type: ignore[arg-type]  # None: "not installed"


def restore() -> None:
    """Let pandera cache what it needs from the stand-ins, then remove them.

    Called with pandera imported (by :mod:`timeline.model.schema`): its lists of
    annotation types are cached on first use, and its strategies module reads whether
    hypothesis is installed once, when it is imported.
    """
    if not _STAND_INS:
        return
    import pandera.strategies.pandas_strategies  # reads "no hypothesis" once
    import pandera.typing

    pandera.typing.get_dataframe_types()
    pandera.typing.get_series_types()
    pandera.typing.get_index_types()
    for name, stand_in in _STAND_INS.items():
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
    _STAND_INS.clear()
