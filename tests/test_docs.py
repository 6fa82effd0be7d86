"""The README and the docs say what the code does: their examples are run.

- Every ```python block runs, in order, one namespace per page, from the repository root.
- Every ``$ timeline …`` line of a ```console block runs in-process and must succeed
  (or end with the exit code the block shows as ``[exit N]``). A block preceded by
  ``<!-- check-output -->`` must also print exactly the lines shown (``…`` inside a line
  matches any text, a line of just ``…`` any number of lines), so copied output cannot go
  stale.
- A block preceded by ``<!-- not-run: reason -->`` is skipped on purpose: the reason is
  written next to it (set-up commands, downloads from a mirror, writing into the repo).
- ```bash blocks are set-up commands (installs, servers) and are not run here; the
  README's two set-up commands are what `.ci/run` itself executes.

Each console block runs in its own scratch copy of ``datasets/``, ``schemas/``, the bundled
releases and the example files of ``docs/examples/``, so the checkout is never touched and
a block's commands run in order as a curator would type them (other commands than
``timeline``, such as ``sed``, run with bash).
"""

from __future__ import annotations

import os
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import REPO, run_cli

PAGES = [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]
FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<lang>[\w-]*)[^\n]*$")
MARK = re.compile(r"<!--\s*(?P<kind>not-run|check-output)\s*:?\s*(?P<why>.*?)\s*-->")


@dataclass
class Block:
    page: Path
    line: int
    lang: str
    code: str
    mark: str | None
    why: str

    @property
    def id(self) -> str:
        return f"{self.page.relative_to(REPO)}:{self.line}"


def blocks(page: Path) -> list[Block]:
    """The fenced code blocks of a Markdown page, with the marker line before each."""
    found: list[Block] = []
    lines = page.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        indent, lang = match["indent"], match["lang"]
        start = i
        body = []
        i += 1
        while i < len(lines) and lines[i].strip() != "```":
            body.append(lines[i][len(indent) :] if lines[i].startswith(indent) else lines[i])
            i += 1
        previous = next((ln for ln in reversed(lines[:start]) if ln.strip()), "")
        mark = MARK.search(previous)
        found.append(
            Block(
                page,
                start + 1,
                lang,
                "\n".join(body),
                mark["kind"] if mark else None,
                mark["why"] if mark else "",
            )
        )
        i += 1
    return found


def _all(lang: str) -> list[Block]:
    return [b for page in PAGES for b in blocks(page) if b.lang == lang]


def test_pages_are_found() -> None:
    assert REPO / "README.md" in PAGES
    assert len(PAGES) > 5


def test_every_skipped_block_says_why() -> None:
    for page in PAGES:
        for block in blocks(page):
            if block.mark == "not-run":
                assert block.why, f"{block.id}: say why the block is not run"


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A working folder laid out like the repository root, for commands that write."""
    root = tmp_path_factory.mktemp("docs")
    shutil.copytree(REPO / "datasets", root / "datasets")
    shutil.copytree(REPO / "schemas", root / "schemas")
    shutil.copytree(REPO / "src" / "timeline" / "data", root / "src" / "timeline" / "data")
    for example in (REPO / "docs" / "examples").glob("*"):
        shutil.copy2(example, root / example.name)
    return root


def _python_pages() -> list[Path]:
    return [p for p in PAGES if any(b.lang == "python" and not b.mark for b in blocks(p))]


@pytest.mark.parametrize("page", _python_pages(), ids=lambda p: str(p.relative_to(REPO)))
def test_python_examples_run(page: Path, scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(scratch)
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for block in blocks(page):
        if block.lang != "python" or block.mark == "not-run":
            continue
        try:
            exec(compile(block.code, block.id, "exec"), namespace)
        except Exception as exc:
            raise AssertionError(f"{block.id}: example fails: {exc!r}") from exc


def _commands(block: Block) -> list[tuple[str, list[str], int]]:
    """(command line, shown output lines, expected exit code) for each ``$`` line.

    A line ending in a backslash continues on the next; ``[exit N]`` after a command's
    output says which exit code it ends with.
    """
    out: list[tuple[str, list[str], int]] = []
    lines = iter(block.code.splitlines())
    for line in lines:
        if line.startswith("$ "):
            command = line[2:]
            while command.endswith("\\"):
                command = command[:-1] + " " + next(lines, "").strip()
            out.append((command, [], 0))
        elif out:
            exit_mark = re.fullmatch(r"\[exit (\d+)\]", line.strip())
            if exit_mark:
                command, shown, _ = out[-1]
                out[-1] = (command, shown, int(exit_mark[1]))
            else:
                out[-1][1].append(line)
    return out


def _console_pages() -> list[Path]:
    return [
        p
        for p in PAGES
        if any(b.lang == "console" and b.mark != "not-run" and _commands(b) for b in blocks(p))
    ]


def _run(command: str, cwd: Path) -> tuple[int, str]:
    """Run one documented command: ``timeline`` in-process, anything else with bash."""
    import shlex
    import subprocess

    if command.startswith("timeline ") and not re.search(r"[|>]", command):
        result = run_cli(*shlex.split(command)[1:], cwd=cwd, env={"COLUMNS": "100"})
        return result.returncode, result.stdout + result.stderr
    # The console script installed beside the interpreter running the tests comes first.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    done = subprocess.run(
        ["bash", "-c", command],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PATH": path, "COLUMNS": "100"},
    )
    return done.returncode, done.stdout + done.stderr


def _lines_match(wanted: list[str], got: list[str]) -> bool:
    """Shown lines against printed ones; a line that is only ``…`` stands for any lines."""
    if not wanted:
        return not got
    head, rest = wanted[0], wanted[1:]
    if head.strip() == "…":
        return any(_lines_match(rest, got[i:]) for i in range(len(got) + 1))
    return bool(got) and _matches(head, got[0]) and _lines_match(rest, got[1:])


def _matches(shown: str, actual: str) -> bool:
    pattern = ".*".join(re.escape(part) for part in shown.split("…"))
    return re.fullmatch(pattern, actual) is not None


@pytest.mark.parametrize("page", _console_pages(), ids=lambda p: str(p.relative_to(REPO)))
def test_console_examples_run(page: Path, tmp_path: Path, scratch: Path) -> None:
    """A page's console blocks run in order in one scratch copy, as a reader would."""
    work = tmp_path / "repo"
    shutil.copytree(scratch, work)
    for block in blocks(page):
        if block.lang != "console" or block.mark == "not-run":
            continue
        for command, shown, code in _commands(block):
            status, output = _run(command, work)
            assert status == code, f"{block.id}: `{command}` ended with {status}:\n{output}"
            if block.mark != "check-output":
                continue
            wanted = [line for line in shown if line.strip()]
            got = [line for line in output.splitlines() if line.strip()]
            assert _lines_match(wanted, got), (
                f"{block.id}: `{command}` printed:\n"
                + "\n".join(got)
                + "\nnot:\n"
                + "\n".join(wanted)
            )
