"""Old import paths of modules that moved into subpackages, kept working for one release.

Release 1.0's documentation imported recipes from the top of the package
(``from timeline.frictionless_parquet import parquet_plugin``, ``timeline.plot``,
``timeline.distributed``…); those modules now live in the layer subpackages.  An old
path still imports, as the very module at the new path, with a
:class:`DeprecationWarning` naming where to import it from; the old paths go away in
the release after next.  No module file stands at an old path: a finder at the end of
``sys.meta_path`` answers for exactly the names below, after every real module.
"""

from __future__ import annotations

import importlib
import sys
import warnings
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader

#: Old dotted name -> the module it is now (two names: it was split in two).
MOVED = {
    "timeline.atomic": "timeline.io.atomic",
    "timeline.curated": "timeline.io.curated",
    "timeline.parquet_io": "timeline.io.parquet",
    "timeline.readers": "timeline.io.readers",
    "timeline.rules": "timeline.model.rules",
    "timeline.schema": "timeline.model.schema",
    "timeline.vocab": "timeline.model.vocab",
    "timeline.artifacts": "timeline.outputs.artifacts",
    "timeline.plot": "timeline.outputs.chart",
    "timeline.citation": "timeline.outputs.citation",
    "timeline.contract_markdown": "timeline.outputs.contract_markdown",
    "timeline.exporting": "timeline.outputs.export",
    "timeline.frictionless_parquet": "timeline.outputs.frictionless_parquet",
    "timeline.textview": "timeline.outputs.textview",
    "timeline.build": "timeline.publish.build",
    "timeline.changelog": "timeline.publish.changelog",
    "timeline.cache": "timeline.releases.cache",
    "timeline.diff": "timeline.releases.diff",
    "timeline.index": "timeline.releases.index",
    "timeline.manifest": "timeline.releases.manifest",
    "timeline.download": "timeline.releases.mirror",
    "timeline.paths": "timeline.releases.paths",
    "timeline.settings": "timeline.releases.settings",
    "timeline.coerce": "timeline.validation.coerce",
    "timeline.crosscheck": "timeline.validation.crosscheck",
    "timeline.validate": "timeline.validation.engine timeline.validation.run",
    "timeline.report": "timeline.validation.failures",
    "timeline.inputs": "timeline.validation.inputs",
    "timeline.distributed": "timeline.validation.scale.distributed",
    "timeline.spill": "timeline.validation.scale.spill",
    "timeline.stream": "timeline.validation.scale.stream",
}


def moved_message(old: str) -> str:
    """The one wording of the deprecation notice for ``old``."""
    return (
        f"{old} has moved to {' and '.join(MOVED[old].split())}: import it from there; the "
        "old name keeps working for one release"
    )


class MovedModuleFinder:
    """Finds the old names of moved modules and loads each as its new module."""

    def find_spec(self, fullname: str, path: Any = None, target: Any = None) -> ModuleSpec | None:
        if fullname not in MOVED:
            return None
        return ModuleSpec(fullname, cast("Loader", self))  # a loader by its methods

    def create_module(self, spec: ModuleSpec) -> ModuleType:
        warnings.warn(moved_message(spec.name), DeprecationWarning, stacklevel=2)
        targets = [importlib.import_module(name) for name in MOVED[spec.name].split()]
        if len(targets) == 1:
            return targets[0]
        joined = ModuleType(spec.name, f"{spec.name}: the public names of {MOVED[spec.name]}")
        for target in targets:
            joined.__dict__.update({k: v for k, v in vars(target).items() if not k.startswith("_")})
        return joined

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the module was imported under its new name."""


FINDER = MovedModuleFinder()


def install() -> None:
    """Put the finder at the end of ``sys.meta_path`` (once)."""
    if not any(isinstance(f, MovedModuleFinder) for f in sys.meta_path):
        sys.meta_path.append(FINDER)
