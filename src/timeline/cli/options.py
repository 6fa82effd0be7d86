"""Options shared by several commands, defined once so their wording never drifts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])


def format_option(*choices: str, help_text: str = "Output format.") -> Callable[[F], F]:
    """``--format CHOICE`` stored as ``fmt``, defaulting to the first choice."""
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(list(choices)),
        default=choices[0],
        show_default=True,
        help=help_text,
    )


def version_option() -> Callable[[F], F]:
    """``--version VERSION``: which release a command reads."""
    return click.option(
        "--version",
        "version",
        default=None,
        metavar="VERSION",
        help="Release to use: a version, or 'latest' for the mirror's newest (default: the "
        "newest release available locally, bundled or downloaded).",
    )


def datasets_option() -> Callable[[F], F]:
    """``--datasets DIR``: the curated dataset folder a command reads and edits."""
    return click.option(
        "--datasets",
        "datasets_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=Path("datasets"),
        show_default=True,
        help="Folder with dataset.yaml, curated/ and sources/.",
    )
