"""The package's structure holds: layers import one way, the top level stays small."""

from __future__ import annotations

import ast

from import_graph import SRC, cycles, graph, layer, layer_edges, module_files, parse

#: Layers from the bottom up; a layer may import only layers before it.
LAYERS = (
    "timeline.moved",
    "timeline.errors",
    "timeline.model",
    "timeline.io",
    "timeline.releases",
    "timeline.loader",
    "timeline.validation",
    "timeline.curation",
    "timeline.outputs",
    "timeline.publish",
    "timeline.cli",
    "timeline.__main__",
)


def test_no_import_cycle_between_modules() -> None:
    assert cycles(graph()) == []


def test_no_import_cycle_between_subpackages() -> None:
    assert cycles(layer_edges(graph())) == []


def test_layers_import_downwards_only() -> None:
    rank = {name: i for i, name in enumerate(LAYERS)}
    upward = []
    for source, targets in layer_edges(graph()).items():
        if source == "timeline":
            continue
        assert source in rank, f"{source} is not placed in LAYERS"
        upward += [
            f"{source} -> {target}"
            for target in targets
            if target != "timeline" and rank[target] > rank[source]
        ]
    assert upward == []


def test_top_level_holds_at_most_eight_modules() -> None:
    top = [path.name for path in (SRC / "timeline").glob("*.py")]
    assert len(top) <= 8, sorted(top)


def test_no_data_folder_shadows_a_module() -> None:
    modules = module_files()
    for folder in (SRC / "timeline").rglob("*"):
        if folder.is_dir() and not (folder / "__init__.py").exists():
            dotted = ".".join(folder.relative_to(SRC).parts)
            assert dotted not in modules, f"{folder} has a module's import name"


def test_the_graph_reader_sees_function_level_imports(tmp_path) -> None:
    package = tmp_path / "timeline"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from timeline import b\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from timeline import c\n"
        "import timeline.a\n"
    )
    (package / "c.py").write_text("from timeline import a\n")
    running = graph(tmp_path, type_checking=False)
    assert running["timeline.a"] == {"timeline.b"}
    assert running["timeline.b"] == {"timeline.a"}
    assert cycles(running) == [["timeline.a", "timeline.b"]]
    assert layer("timeline.validation.scale.stream") == "timeline.validation"


def test_a_type_checking_import_that_closes_a_cycle_is_a_cycle(tmp_path) -> None:
    package = tmp_path / "timeline"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("def f():\n    from timeline import b\n")
    (package / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from timeline import a\n"
    )
    assert graph(tmp_path, type_checking=False)["timeline.b"] == set()
    edges = graph(tmp_path)
    assert edges["timeline.b"] == {"timeline.a"}
    assert cycles(edges) == [["timeline.a", "timeline.b"]]


def _own_names(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Names a module defines at its top level (under ``if``/``try`` too), and its ``__all__``."""
    defined: set[str] = set()
    exported: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            defined.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
            defined |= names
            if "__all__" in names and isinstance(node.value, ast.List | ast.Tuple):
                exported |= {e.value for e in node.value.elts if isinstance(e, ast.Constant)}
    return defined, exported


def test_names_are_imported_from_the_module_that_defines_or_exports_them() -> None:
    """``from timeline.x import name``: ``x`` defines ``name`` or lists it in ``__all__``
    (a module that only happens to import a helper is not where to take it from)."""
    files = module_files()
    trees = {name: parse(path.read_text(encoding="utf-8")) for name, path in files.items()}
    own = {name: _own_names(tree) for name, tree in trees.items()}
    borrowed = []
    for name, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.ImportFrom) or node.level or node.module not in files:
                continue
            defined, exported = own[node.module]
            borrowed += [
                f"{name}: {node.module}.{alias.name}"
                for alias in node.names
                if f"{node.module}.{alias.name}" not in files
                and alias.name not in defined | exported
            ]
    assert borrowed == []


def _names_bound_twice(tree: ast.Module) -> set[str]:
    """Module-level constants (names in capitals) assigned more than once."""
    seen: set[str] = set()
    twice: set[str] = set()
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign)
            else [node.target] if isinstance(node, ast.AnnAssign) else []
        )  # fmt: skip
        for target in targets:
            if isinstance(target, ast.Name) and target.id.lstrip("_").isupper():
                (twice if target.id in seen else seen).add(target.id)
    return twice


def test_no_module_constant_is_defined_twice() -> None:
    """A second definition of a module's constant silently replaces the first for every
    function that reads it (three such pairs hid in the curation engine until the
    twenty-sixth stop)."""
    found = {
        name: sorted(twice)
        for name, path in module_files().items()
        if (twice := _names_bound_twice(parse(path.read_text(encoding="utf-8"))))
    }
    assert found == {}


def test_a_constant_defined_twice_is_found() -> None:
    assert _names_bound_twice(ast.parse("_X = 1\nY = 2\n_X = 3\n")) == {"_X"}
