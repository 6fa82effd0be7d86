"""The one reader of the curated YAML files, shared by curation and validation.

Curated tables, review files and ``dataset.yaml`` are plain YAML: lists of mappings of
scalars.  This reader parses with PyYAML's safe parser (libyaml when installed) into
nodes, then builds the values itself, so what a table never needs is refused before any
value exists, each as one :class:`~timeline.errors.InputError` line
``file:line:column: problem``:

- **aliases** (``*name``): the composer shares the anchored node instead of copying it,
  so nothing is expanded before the refusal; a "billion laughs" file costs its own size;
- **merge keys** (``<<``) and **tags** other than the core schema's (no Python objects);
- **duplicate keys** in a mapping, naming both lines (YAML would keep the last silently);
- **impossible dates** (``2024-13-05``, ``2026-02-30``) and **numbers too long to read**
  (more than :data:`MAX_DIGITS` digits), which PyYAML turns into tracebacks;
- nesting deeper than :data:`MAX_DEPTH` levels.

Stdlib and PyYAML only: ``propose`` and ``add-source`` import it and stay free of pandas.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.errors import InputError

#: Levels of nesting a curated file may use (rows are a list of mappings of scalars or lists).
MAX_DEPTH = 16
#: Digits a number may have; the dataset's numbers fit in 64 bits (19 digits), so longer
#: ones are reported by validation, and only absurd ones (slow to convert) stop the reading.
MAX_DIGITS = 100

_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_CORE + t for t in ("null", "bool", "int", "float", "str", "timestamp"))
_KINDS = {_CORE + "timestamp": "a date", _CORE + "int": "a number", _CORE + "float": "a number"}


@dataclass(frozen=True)
class YamlRows:
    """A curated file's rows, with the line of each row and of each of its cells."""

    path: Path
    rows: list[dict[str, Any]]
    lines: list[int]
    cell_lines: list[dict[str, int]]


def read_text(path: Path) -> str:
    """The file as UTF-8 text (a byte-order mark dropped); unreadable files are InputErrors."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        msg = f"{path}: no such file"
        raise InputError(msg) from None
    except IsADirectoryError:
        msg = f"{path}: is a directory, expected a YAML file"
        raise InputError(msg) from None
    except OSError as exc:
        msg = f"{path}: cannot read: {exc.strerror or exc}"
        raise InputError(msg) from None
    return decode_utf8(path, data)


def decode_utf8(path: Path, data: bytes) -> str:
    """``data`` as UTF-8 text, a byte-order mark dropped (spreadsheet programs start "CSV
    UTF-8" files with one: not data); bad bytes are a one-line InputError with their line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        msg = f"{path}:{line}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        raise InputError(msg) from None
    return text.removeprefix("\ufeff")


def compose(path: Path, text: str) -> Any:
    """The document's root node (None for an empty document), or a one-line InputError."""
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed
    try:
        return yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        if context and problem.startswith("but "):  # "expected one document, but found ..."
            problem = f"{context}, {problem}"
        msg = f"{where}: not valid YAML: {problem}"
        raise InputError(msg) from None
    except RecursionError:
        msg = f"{path}: not valid YAML: nested too deeply"
        raise InputError(msg) from None


def values(path: Path, text: str, node: Any) -> Any:
    """The plain values of an already composed ``node`` (parsed once, checked as
    :func:`load_document` checks them); None for an empty document."""
    return None if node is None else _Builder(path, text).build(node)


def load_document(path: Path, text: str | None = None) -> Any:
    """The YAML document at ``path`` (or ``text``, read from there) as plain values."""
    source = read_text(path) if text is None else text
    node = compose(path, source)
    return None if node is None else _Builder(path, source).build(node)


def read_rows(path: Path, text: str | None = None) -> YamlRows:
    """A curated table (a YAML list of mappings) with its lines; an empty file has no rows."""
    source = read_text(path) if text is None else text
    node = compose(path, source)
    if node is None:
        return YamlRows(path, [], [], [])
    import yaml

    builder = _Builder(path, source)
    value = builder.build(node)
    if not isinstance(node, yaml.SequenceNode):
        msg = f"{path}: expected a YAML list of rows (mappings), got {type(value).__name__}"
        raise InputError(msg)
    rows: list[dict[str, Any]] = []
    lines: list[int] = []
    cell_lines: list[dict[str, int]] = []
    for item, row in zip(node.value, value, strict=True):
        line = item.start_mark.line + 1
        if not isinstance(row, dict):
            msg = f"{path}:{line}: expected a mapping of column: value, got {_short(row)}"
            raise InputError(msg)
        rows.append(row)
        lines.append(line)
        cell_lines.append({str(k.value): k.start_mark.line + 1 for k, _ in item.value})
    return YamlRows(path, rows, lines, cell_lines)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else f"{text[:60]}… ({len(text)} characters)"


class _Builder:
    """Builds plain values from composed nodes, refusing what curated data never holds."""

    def __init__(self, path: Path, text: str) -> None:
        from yaml.constructor import SafeConstructor

        self.path = path
        self.text = text
        self.scalars = SafeConstructor()
        self.seen: set[int] = set()

    def where(self, node: Any) -> str:
        mark = node.start_mark
        return f"{self.path}:{mark.line + 1}:{mark.column + 1}"

    def build(self, node: Any, depth: int = 0) -> Any:
        import yaml

        if id(node) in self.seen:  # the composer shares an anchored node with its aliases
            self._refuse_alias()
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            msg = f"{self.where(node)}: nested more than {MAX_DEPTH} levels deep"
            raise InputError(msg)
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node)
        if isinstance(node, yaml.SequenceNode):
            self._check_tag(node, _CORE + "seq")
            return [self.build(item, depth + 1) for item in node.value]
        self._check_tag(node, _CORE + "map")
        out: dict[Any, Any] = {}
        first: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _CORE + "merge":
                msg = f"{self.where(key_node)}: merge keys (<<) are not allowed in curated data"
                raise InputError(msg)
            if not isinstance(key_node, yaml.ScalarNode):
                msg = f"{self.where(key_node)}: a key must be a single value, not a list or mapping"
                raise InputError(msg)
            key = self.build(key_node, depth + 1)
            key = key if isinstance(key, str) else str(key)
            line = key_node.start_mark.line + 1
            if key in out:
                msg = (
                    f"{self.where(key_node)}: duplicate key {_short(key)} (first on line "
                    f"{first[key]}); a row holds each column once"
                )
                raise InputError(msg)
            first[key] = line
            out[key] = self.build(value_node, depth + 1)
        return out

    def _check_tag(self, node: Any, expected: str) -> None:
        if node.tag != expected:
            msg = f"{self.where(node)}: not valid YAML: the tag {node.tag!r} is not allowed here"
            raise InputError(msg)

    def scalar(self, node: Any) -> Any:
        tag = node.tag
        if tag == _CORE + "value":  # a lone "=": text, as YAML 1.2 reads it
            return str(node.value)
        if tag not in _SCALAR_TAGS:
            msg = f"{self.where(node)}: not valid YAML: the tag {tag!r} is not allowed here"
            raise InputError(msg)
        if tag in (_CORE + "int", _CORE + "float"):
            digits = sum(ch.isdigit() for ch in node.value)
            if digits > MAX_DIGITS:
                msg = (
                    f"{self.where(node)}: a number of {digits:,} digits; numbers here have at "
                    f"most {MAX_DIGITS} (the dataset's fit in 64 bits)"
                )
                raise InputError(msg)
        try:
            return self.scalars.yaml_constructors[tag](self.scalars, node)
        except (ValueError, OverflowError, TypeError) as exc:
            kind = _KINDS.get(tag, "a value")
            expected = "; expected YYYY-MM-DD" if kind == "a date" else ""
            msg = f"{self.where(node)}: {_short(node.value)} is not {kind} ({exc}){expected}"
            raise InputError(msg) from None

    def _refuse_alias(self) -> None:
        """Name the first alias (a second, cheap pass over the parser's events)."""
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        for event in yaml.parse(self.text, Loader=loader):
            mark = event.start_mark
            if isinstance(event, yaml.AliasEvent) and mark is not None:
                where = f"{self.path}:{mark.line + 1}:{mark.column + 1}"
                break
        else:  # pragma: no cover - a shared node always comes from an alias
            where = str(self.path)
        msg = (
            f"{where}: YAML aliases (*name) are not allowed in curated data; write the "
            "value out in full"
        )
        raise InputError(msg)
