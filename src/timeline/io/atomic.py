"""Write files so that readers never see half of one: temp file, then rename.

Single files the package writes for users (exports, charts, schemas, indexes) go through
:func:`atomic_writer`; whole release folders are staged in a temporary folder and renamed
(:mod:`timeline.publish.build`, :mod:`timeline.releases.mirror`).  A missing or unwritable
folder is an :class:`~timeline.errors.InputError` naming the path, the file gets the
permissions the umask allows (not mkstemp's 0600), and a failure leaves nothing behind.

Durability: a file's bytes are flushed to disk (``fsync``) before the rename that publishes
it, and the folder after it (:func:`sync_folder`, :func:`sync_tree`), so a power cut
leaves the old file or the new one, never an empty file under the new name.

Interruptions (issue 12):

- Temp files are named ``.<name>.<pid>-<random>.tmp``.  A process killed by SIGKILL
  cannot remove its own; the next writer of the same folder removes those whose process
  is gone (:func:`sweep_temps`), never a live writer's.
- Ctrl-C during a commit (the renames that publish new content) is held until the
  commit is done (:func:`deferred_interrupts`), so it lands before or after, never between.
- Several files changed together (:func:`commit_files`) are first staged as temp files,
  then a small journal listing the renames is written (the commit point), then the
  renames are done and the journal removed.  A process killed after the journal was
  written leaves a *hot* journal; the next run rolls it forward (:func:`recover`), so a
  killed multi-file edit ends as the old state or the new one, never a mix.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import tempfile
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import FrameType
from typing import IO, Any

from timeline.errors import InputError

#: A temp file or folder of this module or of a build: ``.<name>.<pid>-<random>.tmp``.
TEMP_RE = re.compile(r"^\.(?P<name>.+)\.(?P<pid>[0-9]+)-[A-Za-z0-9_]+\.tmp$")
#: A commit journal of :func:`commit_files`.
JOURNAL_PREFIX = ".timeline-commit."
JOURNAL_SUFFIX = ".json"


def umask_mode() -> int:
    """The mode a new file gets under the current umask (0666 minus the mask)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def temp_prefix(name: str) -> str:
    """The prefix of this process's temp files for ``name`` (see :data:`TEMP_RE`)."""
    return f".{name}.{os.getpid()}-"


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` exists (on this machine); unknown counts as alive."""
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return True
    return True


def sweep_temps(folder: Path, name: str | None = None) -> list[Path]:
    """Remove the temp files and folders in ``folder`` left by processes that are gone.

    With ``name``, only those for that target name.  Returns what was removed.
    """
    import shutil

    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = TEMP_RE.match(entry.name)
        if match is None or (name is not None and match["name"] != name):
            continue
        if pid_alive(int(match["pid"])):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                path.unlink()
        removed.append(path)
    return removed


_deferring = threading.local()


@contextlib.contextmanager
def deferred_interrupts() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) until the block is done, then raise KeyboardInterrupt.

    Nested blocks hold it until the outermost one ends.  Only the main thread can change
    signal handlers; elsewhere this does nothing.
    """
    if threading.current_thread() is not threading.main_thread() or getattr(
        _deferring, "active", False
    ):
        yield
        return
    received: list[int] = []

    def hold(signum: int, _frame: FrameType | None) -> None:
        received.append(signum)

    previous = signal.signal(signal.SIGINT, hold)
    _deferring.active = True
    try:
        yield
    finally:
        _deferring.active = False
        signal.signal(signal.SIGINT, previous)
    if received:  # deliver it now, as the handler in place would have
        if callable(previous):
            previous(signal.SIGINT, None)  # Python's default raises KeyboardInterrupt
        elif previous == signal.SIG_DFL:
            os.kill(os.getpid(), signal.SIGINT)


def sync_file(handle: IO[Any]) -> None:
    """Flush ``handle`` to the disk (Python's buffer, then the operating system's)."""
    handle.flush()
    os.fsync(handle.fileno())


def sync_folder(folder: Path) -> None:
    """Make the renames in ``folder`` durable; best effort (some systems refuse it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def sync_tree(root: Path) -> None:
    """Flush every file under ``root`` and every folder in it, before ``root`` is renamed."""
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
        elif path.is_dir() and not path.is_symlink():
            sync_folder(path)
    sync_folder(root)


def _mkstemp(path: Path) -> tuple[int, str]:
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        msg = f"{path}: cannot write: folder {folder} does not exist"
        raise InputError(msg)
    try:
        return tempfile.mkstemp(prefix=temp_prefix(path.name), suffix=".tmp", dir=folder)
    except OSError as exc:
        msg = f"{path}: cannot write in {folder}: {exc.strerror}"
        raise InputError(msg) from None


@contextlib.contextmanager
def atomic_writer(path: Path, mode: str = "wb") -> Iterator[IO[bytes] | IO[str]]:
    """Yield a handle to a temporary file beside ``path``; rename it into place on success."""
    sweep_temps(path.parent if str(path.parent) else Path("."), path.name)
    fd, temp = _mkstemp(path)
    try:
        encoding = None if "b" in mode else "utf-8"
        newline = None if "b" in mode else ""
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            sync_file(handle)
        os.chmod(temp, umask_mode())
        with deferred_interrupts():
            os.replace(temp, path)
        sync_folder(path.parent if str(path.parent) else Path("."))
    finally:
        if os.path.exists(temp):
            os.unlink(temp)


def write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically; skip the write if the file already holds it."""
    if path.is_file() and path.read_bytes() == data:
        return
    with atomic_writer(path, "wb") as handle:
        handle.write(data)  # type: ignore[arg-type]


def _journal_dir(files: Mapping[Path, bytes | None]) -> Path:
    parents = {str(path.parent.absolute()) for path in files}
    return Path(os.path.commonpath(sorted(parents))) if parents else Path(".")


def commit_files(files: Mapping[Path, bytes | None], journal_dir: Path | None = None) -> None:
    """Write every file (``None``: delete it) all or none, even if the process is killed.

    New contents go to temp files beside their targets; then a journal in ``journal_dir``
    (default: the targets' common folder) lists the renames and deletions: from the moment
    it exists the change is committed, and :func:`recover` completes it if this process
    dies.  A failure or Ctrl-C before that point leaves every target as it was.
    """
    folder = journal_dir if journal_dir is not None else _journal_dir(files)
    recover(folder)
    staged: list[tuple[str, Path]] = []
    journal: str | None = None
    try:
        for path, data in files.items():
            sweep_temps(path.parent, path.name)
            if data is None:
                continue
            fd, temp = _mkstemp(path)
            staged.append((temp, path))
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                sync_file(handle)
            os.chmod(temp, umask_mode())
        if len(files) == 1 and staged:
            with deferred_interrupts():
                os.replace(*staged[0])
            sync_folder(staged[0][1].parent)
            return
        plan = {
            "replace": [[os.path.abspath(t), str(p.absolute())] for t, p in staged],
            "delete": [str(p.absolute()) for p, data in files.items() if data is None],
        }
        fd, journal = tempfile.mkstemp(
            prefix=temp_prefix("timeline-commit"), suffix=".tmp", dir=folder
        )
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(plan, handle)
            sync_file(handle)
        with deferred_interrupts():
            final = folder / f"{JOURNAL_PREFIX}{os.getpid()}{JOURNAL_SUFFIX}"
            os.replace(journal, final)  # the commit point
            sync_folder(folder)
            journal = None
            _roll_forward(final, plan)
        for parent in sorted({str(path.parent) for path in files}):
            sync_folder(Path(parent))
    finally:
        for temp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
        if journal is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(journal)


def _roll_forward(journal: Path, plan: Mapping[str, Any]) -> None:
    for pair in plan.get("replace", []):
        temp, target = (str(p) for p in pair)
        with contextlib.suppress(FileNotFoundError):  # done before the process died
            os.replace(temp, target)
    for gone in plan.get("delete", []):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(str(gone))
    journal.unlink(missing_ok=True)


def recover(root: Path) -> list[Path]:
    """Complete the commits that killed processes left in ``root`` or its sub-folders.

    Also removes their temp files.  Returns the journals rolled forward.
    """
    done: list[Path] = []
    folders = [root, *(p for p in _subfolders(root))]
    for folder in folders:
        for journal in sorted(folder.glob(f"{JOURNAL_PREFIX}*{JOURNAL_SUFFIX}")):
            pid = journal.name[len(JOURNAL_PREFIX) : -len(JOURNAL_SUFFIX)]
            if pid.isdigit() and pid_alive(int(pid)):
                continue  # a live commit: its process finishes it
            try:
                plan = json.loads(journal.read_text(encoding="utf-8"))
            except FileNotFoundError:
                continue
            except (OSError, ValueError) as exc:
                msg = f"{journal}: unreadable commit journal ({exc}); delete it by hand"
                raise InputError(msg) from None
            if not isinstance(plan, dict):
                msg = f"{journal}: unreadable commit journal; delete it by hand"
                raise InputError(msg)
            _roll_forward(journal, plan)
            done.append(journal)
        sweep_temps(folder)
    return done


def _subfolders(root: Path) -> list[Path]:
    try:
        return [Path(e.path) for e in os.scandir(root) if e.is_dir(follow_symlinks=False)]
    except OSError:
        return []
