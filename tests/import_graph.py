"""The import graph of the ``timeline`` package, read from the source with :mod:`ast`.

Every ``import`` counts, at module level, inside a function, and under ``if
TYPE_CHECKING:`` too: such an import never runs, but it still ties the two modules
together, and one that closes a cycle hides the cycle rather than removing it.  Used by the layering test and handy on its own:
``python tests/import_graph.py`` prints any cycle.
"""

from __future__ import annotations

import ast
import functools
import sys
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


@functools.cache
def parse(text: str) -> ast.Module:
    """The syntax tree of a module's text, parsed once per process (callers only read it)."""
    return ast.parse(text)


def module_files(src: Path = SRC) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    modules = {}
    for path in sorted((src / "timeline").rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, type_checking: bool = True) -> Iterator[ast.Import | ast.ImportFrom]:
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node) and not type_checking:
            yield from (n for child in node.orelse for n in _imports_in(child, type_checking))
            continue
        yield from _imports_in(node, type_checking)


def _imports_in(node: ast.AST, type_checking: bool) -> Iterator[ast.Import | ast.ImportFrom]:
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
        return
    yield from _imports(node, type_checking)


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def graph(src: Path = SRC, *, type_checking: bool = True) -> dict[str, set[str]]:
    """Module -> the ``timeline`` modules it imports (``type_checking=False``: leaving out
    the imports under ``if TYPE_CHECKING:``, those that run)."""
    files = module_files(src)
    edges: dict[str, set[str]] = {name: set() for name in files}
    for name, path in files.items():
        is_package = path.name == "__init__.py"
        for node in _imports(parse(path.read_text(encoding="utf-8")), type_checking):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            else:
                base = _resolve(name, is_package, node)
                targets = [
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base
                    for alias in node.names
                ]
            for target in targets:
                while target and target not in files:
                    target = target.rpartition(".")[0]
                if target.startswith("timeline") and target != name:
                    edges[name].add(target)
    return edges


def layer(module: str) -> str:
    """The unit of layering: a subpackage (``timeline.model``) or a top-level module."""
    parts = module.split(".")
    return ".".join(parts[:2])


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    sys.setrecursionlimit(max(10_000, sys.getrecursionlimit()))

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def layer_edges(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    """The module graph collapsed to layers, without self-loops."""
    collapsed: dict[str, set[str]] = {}
    for source, targets in edges.items():
        outer = collapsed.setdefault(layer(source), set())
        outer.update(layer(t) for t in targets if layer(t) != layer(source))
    return collapsed


if __name__ == "__main__":
    module_graph = graph()
    for title, found in (
        ("module cycles", cycles(module_graph)),
        ("subpackage cycles", cycles(layer_edges(module_graph))),
    ):
        print(f"{title}: {found or 'none'}")
