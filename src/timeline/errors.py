"""Every exception the library raises, under one base class.

Each error carries the ``exit_code`` the command line ends with; the CLI's
:func:`timeline.cli.app.main` is the one place that turns an error into a message and
that code (0 success, 1 invalid data, 2 usage error or unreadable input, 130 interrupted).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

#: Exit code for data that was read but breaks the schema or a rule.
EXIT_INVALID = 1
#: Exit code for bad usage or input that cannot be read at all.
EXIT_USAGE = 2
#: Exit code after Ctrl-C (SIGINT), as shells report an interrupted command (128 + 2).
EXIT_INTERRUPTED = 130


class TimelineError(Exception):
    """Base class of every error raised on purpose by ``timeline``."""

    exit_code: int = EXIT_USAGE


class InputError(TimelineError):
    """An input file is missing, unreadable, empty, or not in a format we read."""


class UnknownTableError(TimelineError):
    """A table name is not one of the dataset's tables."""


class ReleaseNotFoundError(TimelineError):
    """A release version is neither bundled, cached, nor listed on the mirror."""


class ReleaseExistsError(TimelineError):
    """A build would overwrite an existing release with different content."""

    exit_code = EXIT_INVALID


class IntegrityError(TimelineError):
    """A file's SHA-256 or size does not match what its manifest records."""

    exit_code = EXIT_INVALID


class DownloadError(TimelineError):
    """A release file could not be fetched from the mirror."""


class OfflineError(ReleaseNotFoundError):
    """A release is not available locally and ``TIMELINE_OFFLINE`` forbids the network."""


class ResponseTooLargeError(DownloadError):
    """A mirror sent more than a file may hold (an index over 1 MiB, a manifest over 4 MiB).

    Refused while it streams in, so a hostile or broken mirror cannot fill the disk
    or the memory with what should be a small JSON file.
    """


class CacheLockError(TimelineError):
    """Another process held a release's download lock for longer than ``TIMELINE_LOCK_TIMEOUT``.

    Processes sharing a cache take one lock per release while they fetch and
    install it; the operating system frees it when its holder exits, even killed.
    """


class IdReuseError(TimelineError):
    """A build would bring back a row id that an earlier release withdrew."""

    exit_code = EXIT_INVALID


class ConfigError(TimelineError):
    """An environment setting (``TIMELINE_*``) or argument has an unusable value."""


class FailureRecord(Protocol):
    """What an error needs of one validation failure.

    The record itself is :class:`timeline.model.failures.Failure`, in a layer above this
    module, which therefore names only what it uses.
    """

    @property
    def table(self) -> str: ...

    def as_text(self) -> str: ...


class ValidationError(TimelineError):
    """Data was read but breaks the schema or a cross-table rule.

    ``failures`` lists every problem found (validation is lazy), so a caller
    can report them all at once.
    """

    exit_code = EXIT_INVALID

    def __init__(self, message: str, failures: Sequence[FailureRecord]) -> None:
        super().__init__(message)
        self.failures = list(failures)


class PlotDependencyError(TimelineError):
    """Charts need matplotlib, an optional extra that is not installed."""


class LatestVersionWarning(UserWarning):
    """Says which version ``version="latest"`` resolved to, so results can be pinned."""


class CurationError(TimelineError):
    """A curation step (add-source, propose, accept) refuses its input: nothing was written.

    Raised for conflicts with what the dataset already holds, such as a text archived
    twice or a source id in use, as opposed to unreadable input (:class:`InputError`).
    """


class PublishError(TimelineError):
    """``timeline publish`` refuses its destination: nothing was written.

    Raised when the destination is not a folder, not a timeline mirror, or already
    holds a release or zip of the same version with different bytes (published
    files are immutable).
    """


class DatasetsLockError(TimelineError):
    """Another command held a dataset folder's writers' lock for longer than allowed.

    ``add-source``, ``accept``, ``fill-offsets`` and ``build`` take one lock per curated
    dataset folder (``<datasets>/.timeline.lock``) so that two of them never interleave;
    the wait is bounded by ``TIMELINE_DATASETS_LOCK_TIMEOUT`` (seconds, default 120).
    """
