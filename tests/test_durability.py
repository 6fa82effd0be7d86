"""Bytes reach the disk before the rename that publishes them.

A rename without an ``fsync`` of the new file first can, after a power cut, leave the new
name pointing at an empty file.  These tests record, in order, every ``fsync`` (by the
path of the file descriptor, read back from ``/proc/self/fd``) and every rename made by
the writers, and check that each published file was flushed before its rename and its
folder after it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fixture_dataset import write_dataset
from timeline.io import atomic
from timeline.publish.build import build

Event = tuple[str, str]


@pytest.fixture
def journal(monkeypatch: pytest.MonkeyPatch) -> list[Event]:
    events: list[Event] = []
    real_fsync, real_replace, real_rename = os.fsync, os.replace, os.rename

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        events.append(("rename", f"{os.path.abspath(src)} -> {os.path.abspath(dst)}"))
        real_replace(src, dst)

    def rename(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        events.append(("rename", f"{os.path.abspath(src)} -> {os.path.abspath(dst)}"))
        real_rename(src, dst)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "rename", rename)
    return events


def _index(events: list[Event], kind: str, needle: str) -> int:
    found = [i for i, (k, what) in enumerate(events) if k == kind and needle in what]
    assert found, (kind, needle, events)
    return found[0]


def test_atomic_writer_flushes_the_file_then_renames_then_flushes_the_folder(
    tmp_path: Path, journal: list[Event]
) -> None:
    target = tmp_path / "notes.txt"
    with atomic.atomic_writer(target, "w") as handle:
        handle.write("kept")
    rename = _index(journal, "rename", f"-> {target}")
    temp = journal[rename][1].split(" -> ")[0]
    assert _index(journal, "fsync", temp) < rename
    folder_synced = [i for i, e in enumerate(journal) if e == ("fsync", str(tmp_path))]
    assert folder_synced and folder_synced[-1] > rename
    assert target.read_text() == "kept"


def test_commit_files_flushes_every_staged_file_and_the_journal_before_the_commit(
    tmp_path: Path, journal: list[Event]
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    files = {tmp_path / "a" / "one.yaml": b"1\n", tmp_path / "b" / "two.yaml": b"2\n"}
    atomic.commit_files(files)
    commit = _index(journal, "rename", atomic.JOURNAL_PREFIX)
    journal_temp = journal[commit][1].split(" -> ")[0]
    assert _index(journal, "fsync", journal_temp) < commit
    for path in files:
        published = _index(journal, "rename", f"-> {path}")
        staged = journal[published][1].split(" -> ")[0]
        assert _index(journal, "fsync", staged) < commit < published
        later = [i for i, e in enumerate(journal) if e == ("fsync", str(path.parent))]
        assert later and later[-1] > published
        assert path.read_bytes() == files[path]


def test_build_flushes_every_release_file_before_the_folder_rename(
    tmp_path: Path, journal: list[Event]
) -> None:
    datasets = write_dataset(tmp_path / "datasets")
    result = build(datasets, tmp_path / "releases")
    publish = _index(journal, "rename", f"-> {result.path}")
    staging = journal[publish][1].split(" -> ")[0]
    for path in result.path.rglob("*"):
        if path.is_file():
            staged = os.path.join(staging, path.relative_to(result.path))
            assert _index(journal, "fsync", staged) < publish, path
    after = [i for i, e in enumerate(journal) if e == ("fsync", str(tmp_path / "releases"))]
    assert after and after[-1] > publish
