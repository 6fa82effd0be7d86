"""The command group, its entry point and the one place that maps errors to exit codes.

Library errors are one family (:class:`~timeline.errors.TimelineError`); they
are turned into a one-line message and an exit code in :func:`main` only.
Exit codes: 0 success, 1 invalid data, 2 usage error or unreadable input, 130 interrupted.
Heavy libraries are imported inside commands, so ``--help`` stays instant.
"""

from __future__ import annotations

import os
import signal
import sys

import click

from timeline import __version__
from timeline.cli import (
    browse,
    build,
    chart,
    curate,
    estimates,
    explore,
    export,
    publish,
    releases,
    validate,
)
from timeline.errors import EXIT_INTERRUPTED, EXIT_USAGE, TimelineError

EPILOG = (
    "Exit codes: 0 success, 1 invalid data, 2 usage error or unreadable input, "
    "130 interrupted (141: the reader of a pipe closed it early)."
)


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=lambda ctx, _param, value: _print_version(ctx, value),
    help="Show the package version and the newest bundled data release, and exit.",
)
def cli() -> None:
    """A sourced fact timeline of North Korea's military support to Russia in 2024.

    \b
    Examples:
      timeline build              rebuild the release from datasets/ and verify it
      timeline validate datasets  check curated rows, quotes and references
      timeline versions           list the releases you can load
    """


def version_text() -> str:
    """'timeline 1.0.0 (package), data release 1.0.0 (newest bundled)': two versions that
    are easily confused, each named.  Reads the bundled folder only (no pandas)."""
    from timeline.releases.paths import bundled_root, releases_in

    bundled = releases_in(bundled_root())
    data = (
        f"data release {bundled[-1]} (newest bundled)"
        if bundled
        else "no data release bundled (see `timeline download --help`)"
    )
    return f"timeline {__version__} (package), {data}"


def _print_version(ctx: click.Context, wanted: bool) -> None:
    if not wanted or ctx.resilient_parsing:  # not asked, or shell completion
        return
    click.echo(version_text())
    ctx.exit()


for _module in (
    build,
    validate,
    browse,
    export,
    estimates,
    chart,
    releases,
    publish,
    explore,
    curate,
):
    for _command in _module.COMMANDS:
        cli.add_command(_command)


def _report_validation(exc: TimelineError) -> None:
    from timeline.errors import ValidationError
    from timeline.validation.failures import summarize

    if isinstance(exc, ValidationError):
        for failure in exc.failures:
            click.echo(failure.as_text(), err=True)
        click.echo(f"invalid: {summarize(exc.failures)}", err=True)
    else:
        from timeline.releases.messages import for_command_line

        click.echo(f"error: {for_command_line(str(exc))}", err=True)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and map library errors to messages and exit codes.

    Called with no ``argv`` (the console script, ``python -m timeline``) it is a whole
    process and behaves as a Unix filter: a reader that closes the pipe early
    (`timeline show | head`) ends it quietly (the shell reports 141) instead of click's
    exit code 1, which here means invalid data. Called with ``argv`` from Python it leaves
    the process's signal handlers alone.
    """
    try:
        if argv is None:
            from timeline.model.pandera_setup import spare_test_extras

            spare_test_extras()  # a whole process: pandera needs neither Dask nor hypothesis
            if hasattr(signal, "SIGPIPE"):
                signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        try:
            cli.main(args=argv, prog_name="timeline", standalone_mode=False)
        except click.exceptions.Abort as exc:
            # click turns Ctrl-C (and end of input at a prompt) into Abort.
            interrupted = isinstance(exc.__cause__, KeyboardInterrupt)
            click.echo("interrupted" if interrupted else "aborted", err=True)
            sys.exit(EXIT_INTERRUPTED if interrupted else EXIT_USAGE)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)
        except TimelineError as exc:
            _report_validation(exc)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)
        sys.exit(0)
    except SystemExit as exc:
        if argv is not None:
            raise
        # A whole process: end it here, after flushing, without the interpreter's and the
        # C++ runtime's teardown. pyarrow's thread pools are torn down by static
        # destructors at exit; under load one of their threads can still be joinable then,
        # and std::terminate aborts the process (exit 134, "terminate called without an
        # active exception"; apache/arrow#34314) after all work was done (issue 12).
        import atexit

        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if not isinstance(exc.code, int | None):
            sys.stderr.write(f"{exc.code}\n")
        atexit._run_exitfuncs()
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:  # as the interpreter does when it cannot flush standard output
            code = 120 if code == 0 else code
        os._exit(code)
