"""`timeline publish` against two curators at once and a hostile release or DEST (issue 19).

* Two real ``publish`` processes into one DEST, started together, each with another
  release: both releases are in DEST afterwards (the lock beside DEST serialises them).
* A release whose ``datapackage.json`` names a resource ``../../zipslip`` (hash-consistent)
  is refused; nothing is written outside DEST.
* Symbolic links planted in DEST (dangling, at ``index.json``, in a published release)
  and in a source release are refused; a link's target is never written.
* Each release file is checked byte for byte against its manifest as it is copied.
* ``timeline publish .`` is a clear error.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from fixture_dataset import write_dataset
from timeline.errors import IntegrityError, PublishError
from timeline.publish import static
from timeline.publish.build import build
from timeline.publish.static import publish

from conftest import SOAK, run_cli

FIRST, SECOND = "0.1.0", "0.2.0"


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two releases folders: one holding 0.1.0, the other 0.1.0 and 0.2.0."""
    work = tmp_path_factory.mktemp("publish-safety")
    first = work / "first"
    build(write_dataset(work / "d1", version=FIRST), first)
    both = work / "both"
    shutil.copytree(first, both)
    build(write_dataset(work / "d2", version=SECOND, released="2024-11-20"), both)
    return first, both


def only(releases: Path, version: str, target: Path) -> Path:
    """A releases folder holding just ``version`` (copied from ``releases``)."""
    target.mkdir(parents=True)
    shutil.copytree(releases / version, target / version)
    return target


def one_line(result: subprocess.CompletedProcess[str], code: int) -> str:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def rehash(folder: Path, name: str) -> None:
    """Record ``folder/name``'s new bytes in the release's manifest (a consistent forgery)."""
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    data = (folder / name).read_bytes()
    manifest["files"][name].update(sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")


# --- two curators at once ------------------------------------------------------------------

CHILD = r"""
import sys, time
from pathlib import Path
go = Path(sys.argv[3])
Path(sys.argv[4]).touch()
while not go.exists():
    time.sleep(0.002)
from timeline.publish.static import publish
print(publish(Path(sys.argv[1]), Path(sys.argv[2])).status)
"""


def _race(two: tuple[Path, Path], work: Path) -> None:
    first, both = two
    sources = [only(first, FIRST, work / "a"), only(both, SECOND, work / "b")]
    dest = work / "site" / "mirror"
    dest.parent.mkdir(parents=True)
    go = work / "go"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, str(dest), str(src), str(go), str(work / f"ready{i}")],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i, src in enumerate(sources)
    ]
    try:
        deadline = time.monotonic() + 60
        while not all((work / f"ready{i}").exists() for i in range(2)):
            assert time.monotonic() < deadline, "children never got ready"
            time.sleep(0.01)
        go.touch()
        results = [child.communicate(timeout=120) for child in children]
    finally:
        for child in children:
            child.kill()
            child.wait()
    for child, (out, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err
        assert out.strip() in ("created", "updated"), out
    index = json.loads((dest / "index.json").read_text(encoding="utf-8"))
    assert [r["version"] for r in index["releases"]] == [FIRST, SECOND]
    for version in (FIRST, SECOND):
        assert (dest / version / "manifest.json").is_file()
        assert (dest / f"timeline-{version}.zip").is_file()
    assert sorted(p.name for p in dest.parent.iterdir()) == [".mirror.lock", "mirror"]


def test_two_publish_runs_into_one_dest_lose_no_release(
    two: tuple[Path, Path], tmp_path: Path
) -> None:
    _race(two, tmp_path)


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(5 if SOAK else 1))  # all five in a soak run
def test_two_publish_runs_into_one_dest_lose_no_release_repeated(
    two: tuple[Path, Path], tmp_path: Path, trial: int
) -> None:
    _race(two, tmp_path)


def test_a_second_publish_waits_for_the_lock_and_says_so(
    two: tuple[Path, Path], tmp_path: Path
) -> None:
    from filelock import FileLock

    dest = tmp_path / "mirror"
    with FileLock(tmp_path / ".mirror.lock"):
        result = run_cli(
            "publish", str(dest), "--releases", str(two[0]), env={"TIMELINE_LOCK_TIMEOUT": "0.2"}
        )
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert "another publish into it is running; waiting for it" in lines[0]
    assert "another publish held DEST for over 0.2 s" in lines[-1]
    assert len(lines) == 2
    assert not dest.exists()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path / ".mirror.lock"), str(tmp_path / "held")]
    )
    try:
        deadline = time.monotonic() + 60
        while not (tmp_path / "held").exists():
            assert time.monotonic() < deadline
            time.sleep(0.01)
        result = run_cli("publish", str(dest), "--releases", str(two[0]))
    finally:
        holder.wait(60)
    assert result.returncode == 0, result.stderr
    assert "waiting for it to finish" in result.stderr
    assert (dest / FIRST / "manifest.json").is_file()


HOLDER = r"""
import sys, time
from pathlib import Path
from filelock import FileLock
with FileLock(sys.argv[1]):
    Path(sys.argv[2]).touch()
    time.sleep(0.5)
"""


# --- a hostile release ----------------------------------------------------------------------


def test_a_resource_name_with_dot_dot_is_refused_and_nothing_escapes(
    two: tuple[Path, Path], tmp_path: Path
) -> None:
    releases = tmp_path / "releases"
    shutil.copytree(two[0], releases)
    folder = releases / FIRST
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    table = next(r for r in package["resources"] if r.get("format") == "parquet")
    table["name"] = "../../zipslip"
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    rehash(folder, "datapackage.json")
    (releases / "index.json").unlink()  # the forgery's own index would disagree
    dest = tmp_path / "site" / "mirror"
    dest.parent.mkdir()
    line = one_line(run_cli("publish", str(dest), "--releases", str(releases)), 1)
    assert "refusing the zip member name '../../zipslip'" in line
    assert not dest.exists()
    assert list(tmp_path.rglob("zipslip*")) == []


def test_a_resource_naming_an_unlisted_file_is_one_line(
    two: tuple[Path, Path], tmp_path: Path
) -> None:
    releases = tmp_path / "releases"
    shutil.copytree(two[0], releases)
    folder = releases / FIRST
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    next(r for r in package["resources"] if r.get("format") == "parquet")["path"] = "/etc/passwd"
    (folder / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    rehash(folder, "datapackage.json")
    (releases / "index.json").unlink()
    line = one_line(run_cli("publish", str(tmp_path / "mirror"), "--releases", str(releases)), 1)
    assert "which the release's manifest does not list" in line


def test_a_symlink_in_a_source_release_is_refused(two: tuple[Path, Path], tmp_path: Path) -> None:
    releases = tmp_path / "releases"
    shutil.copytree(two[0], releases)
    (releases / FIRST / "extra").symlink_to(tmp_path / "nowhere")  # dangling
    line = one_line(run_cli("publish", str(tmp_path / "mirror"), "--releases", str(releases)), 1)
    assert "is a symbolic link" in line


def test_each_file_is_verified_as_it_is_copied(
    two: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file changed after the folder was verified is still caught when copied."""
    releases = tmp_path / "releases"
    shutil.copytree(two[0], releases)
    real_source_releases = static.source_releases

    def then_tampered(folder: Path) -> list[static.Release]:
        found = real_source_releases(folder)
        claims = releases / FIRST / "claims.parquet"
        claims.write_bytes(claims.read_bytes()[:-1] + b"\0")
        return found

    monkeypatch.setattr(static, "source_releases", then_tampered)
    with pytest.raises(IntegrityError, match=r"SHA-256 mismatch for claims\.parquet"):
        publish(tmp_path / "mirror", releases)
    assert not (tmp_path / "mirror").exists()


# --- a hostile DEST -------------------------------------------------------------------------


@pytest.fixture
def published(two: tuple[Path, Path], tmp_path: Path) -> Path:
    dest = tmp_path / "site" / "mirror"
    dest.parent.mkdir()
    publish(dest, two[0])
    return dest


def test_a_dangling_symlink_in_dest_is_refused_and_nothing_is_written_outside(
    two: tuple[Path, Path], published: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "outside.zip"
    (published / f"timeline-{SECOND}.zip").symlink_to(outside)
    line = one_line(run_cli("publish", str(published), "--releases", str(two[1])), 2)
    assert "is a symbolic link in DEST" in line
    assert not outside.exists()
    assert not (published / SECOND).exists()


def test_a_symlinked_index_is_refused_and_its_target_untouched(
    two: tuple[Path, Path], published: Path, tmp_path: Path
) -> None:
    target = tmp_path / "elsewhere.json"
    shutil.move(published / "index.json", target)
    before = target.read_bytes()
    (published / "index.json").symlink_to(target)
    line = one_line(run_cli("publish", str(published), "--releases", str(two[1])), 2)
    assert "index.json: is a symbolic link in DEST" in line
    assert target.read_bytes() == before


def test_a_symlinked_release_file_in_dest_is_reported_as_tampering(
    two: tuple[Path, Path], published: Path, tmp_path: Path
) -> None:
    claims = published / FIRST / "claims.parquet"
    copy = tmp_path / "claims-copy.parquet"
    shutil.copyfile(claims, copy)  # the same bytes: only the link gives it away
    claims.unlink()
    claims.symlink_to(copy)
    line = one_line(run_cli("publish", str(published), "--releases", str(two[0])), 1)
    assert "inside published release 0.1.0" in line and "tampered with" in line


def test_publish_dot_is_a_clear_error(two: tuple[Path, Path], published: Path) -> None:
    before = {p.name for p in published.iterdir()}
    line = one_line(run_cli("publish", ".", "--releases", str(two[1]), cwd=published), 2)
    assert "is the current folder" in line
    line = one_line(run_cli("publish", "..", "--releases", str(two[1]), cwd=published / FIRST), 2)
    assert "is the current folder or holds it" in line
    assert {p.name for p in published.iterdir()} == before


def test_dest_as_a_dot_path_from_outside_still_works(
    two: tuple[Path, Path], published: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_cli("publish", "mirror/.", "--releases", str(two[1]), cwd=published.parent)
    assert result.returncode == 0, result.stderr
    assert (published / SECOND / "manifest.json").is_file()
    monkeypatch.chdir(published)
    with pytest.raises(PublishError, match="is the current folder"):
        publish(Path("."), two[1])


def test_a_zip_bomb_planted_in_dest_is_refused_without_decompressing_it(
    two: tuple[Path, Path], published: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    name = f"timeline-{FIRST}.zip"
    (published / name).unlink()
    with zipfile.ZipFile(published / name, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"timeline-{FIRST}/README.md", b"\0" * (64 << 20))
    read: list[str] = []
    real_read = zipfile.ZipFile.read

    def counted(self: zipfile.ZipFile, member: object, pwd: bytes | None = None) -> bytes:
        read.append(str(member))
        return real_read(self, member, pwd)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "read", counted)
    with pytest.raises(PublishError, match="already published in DEST with different content"):
        publish(published, two[0])
    assert read == []
