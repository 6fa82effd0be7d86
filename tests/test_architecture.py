"""The package's structure holds: layers import one way, the top level stays small."""

from __future__ import annotations

from import_graph import SRC, cycles, graph, layer, layer_edges, module_files

#: Layers from the bottom up; a layer may import only layers before it.
LAYERS = (
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
    edges = graph(tmp_path)
    assert edges["timeline.a"] == {"timeline.b"}
    assert edges["timeline.b"] == {"timeline.a"}
    assert cycles(edges) == [["timeline.a", "timeline.b"]]
    assert layer("timeline.validation.scale.stream") == "timeline.validation"
