"""The ``timeline`` command line: a thin click layer over the library.

:mod:`timeline.cli.app` holds the group and :func:`main`, which alone turns library
errors into messages and exit codes; each command group has its own module.
"""

from timeline.cli.app import cli, main

__all__ = ["cli", "main"]
