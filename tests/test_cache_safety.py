"""A cache many processes share safely, that heals itself, and that nothing can escape (issue 12).

* Eight real processes download the same release into one cache at once: all
  succeed, one verified copy, no partial files, every file fetched once.
* Hidden staging folders of killed processes are removed by the next run, unless
  a live process still holds their release's lock.
* A cached release that no longer matches its manifest is fetched again, with one
  line on the ``timeline`` logger (stderr for a CLI user), not left for the user.
* A download killed by SIGKILL at several points (mid-manifest, mid-file, between
  the renames that replace a damaged release, after them) leaves the old state or
  the new one, never a mix, and the next run (the real console script) works.
* Names from a manifest stay inside the cache, symbolic links in a release folder
  are refused, YAML is only ever loaded with a safe loader.

Servers listen on 127.0.0.1 only; every folder is a temporary one removed at the end.
"""

from __future__ import annotations

import ast
import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import timeline
from release_mirror import NEW_VERSION
from timeline.errors import CacheLockError, InputError, IntegrityError
from timeline.releases.cache import clear, lock_file, sweep
from timeline.releases.manifest import Manifest
from timeline.releases.paths import bundled_root
from timeline.releases.resolve import bundled_versions, download_release, read_release
from timeline.releases.settings import settings
from timeline.releases.verify import check_release, safe_name

from conftest import REPO, run_cli, run_console_script

V = NEW_VERSION
SRC = REPO / "src" / "timeline"


@pytest.fixture(scope="module")
def built(second_release: tuple[Path, object]) -> Path:
    """The session's test releases (shared: each mirror serves a copy)."""
    return second_release[0]


@pytest.fixture
def work() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="timeline-cache-safety-") as folder:
        yield Path(folder)


@pytest.fixture
def cache(work: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = work / "cache"
    for name, value in child_env(folder, "").items():
        if name.startswith("TIMELINE_"):
            monkeypatch.setenv(name, value)
    monkeypatch.delenv("TIMELINE_OFFLINE", raising=False)
    monkeypatch.delenv("TIMELINE_BASE_URL", raising=False)
    return folder


def child_env(cache: Path, url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TIMELINE_")}
    env.update(
        TIMELINE_CACHE_DIR=str(cache),
        TIMELINE_BASE_URL=url,
        TIMELINE_NO_PROGRESS="1",
        TIMELINE_RETRIES="1",
        TIMELINE_RETRY_BACKOFF="0.01",
        TIMELINE_TIMEOUT="30",
        **extra,
    )
    if not url:
        del env["TIMELINE_BASE_URL"]
    return env


class FaultHandler(SimpleHTTPRequestHandler):
    """Serves the mirror's files; counts requests; ``stall`` and ``slow`` faults per path.

    ``stall``: sends the headers and half the body, sets ``stalled``, then waits until
    the test ends (the client hangs mid-file until it is killed).  ``slow``: waits
    half a second first, so that concurrent clients really overlap.
    """

    def __init__(self, server_state: FaultMirror, *args: Any, **kwargs: Any) -> None:
        self.mirror = server_state
        super().__init__(*args, directory=str(server_state.root), **kwargs)

    def do_GET(self) -> None:
        fault = self.mirror.record(self.path)
        if fault == "slow":
            time.sleep(0.5)
        if fault == "stall":
            body = (self.mirror.root / self.path.lstrip("/")).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.wfile.flush()
            self.mirror.stalled.set()
            self.mirror.released.wait(60)
            self.close_connection = True
            return
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        pass


class FaultMirror:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.requests: list[str] = []
        self.faults: dict[str, list[str]] = {}
        self.lock = threading.Lock()
        self.stalled = threading.Event()
        self.released = threading.Event()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), partial(FaultHandler, self))
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,))

    def record(self, path: str) -> str | None:
        with self.lock:
            self.requests.append(path)
            queue = self.faults.get(path)
            return queue.pop(0) if queue else None

    def count(self, path: str) -> int:
        with self.lock:
            return self.requests.count(path)


@pytest.fixture
def fault_mirror(built: Path, work: Path) -> Iterator[FaultMirror]:
    root = work / "mirror"
    shutil.copytree(built, root)
    mirror = FaultMirror(root)
    mirror.thread.start()
    try:
        yield mirror
    finally:
        mirror.released.set()
        mirror.server.shutdown()
        mirror.server.server_close()
        mirror.thread.join()


def release_files(mirror_root: Path) -> list[str]:
    """URL paths of every file of release V: its manifest and what the manifest lists."""
    manifest = Manifest.read(mirror_root / V / "manifest.json")
    return [f"/{V}/manifest.json", *(f"/{V}/{name}" for name in sorted(manifest.files))]


def leftovers(root: Path) -> list[str]:
    """Anything in ``root`` besides release folders and lock files (staging, .old, .part)."""
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        top = relative.parts[0]
        if top.endswith(".lock") and len(relative.parts) == 1:
            continue
        if top.startswith(".") or path.name.endswith(".part"):
            found.append(str(relative))
    return found


def snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


CHILD = r"""
import os, signal, sys, time
from pathlib import Path

ready, go = os.environ.get("TEST_READY_FILE"), os.environ.get("TEST_GO_FILE")
if go:
    Path(ready).touch()
    while not Path(go).exists():
        time.sleep(0.005)

kill_at = os.environ.get("TEST_KILL_AT", "")
if kill_at:
    from timeline.releases import mirror

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    real_rename, real_remove = os.rename, mirror.remove_tree

    def rename(src, dst, *args, **kwargs):
        if kill_at == "between-renames" and str(src).endswith(".tmp"):
            die()  # the damaged release is already renamed away, the new one not yet in place
        return real_rename(src, dst, *args, **kwargs)

    def remove_tree(path):
        if kill_at == "after-install" and path.name.endswith(".old"):
            die()  # the new release is in place, the damaged one not yet deleted
        return real_remove(path)

    os.rename = rename
    mirror.remove_tree = remove_tree

from timeline.releases.resolve import download_release

fetched = download_release(sys.argv[1])
print(fetched.status, fetched.release.path)
"""


def start_child(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, V],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(condition: Any, what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


# -- many processes, one cache -----------------------------------------------------------


@pytest.mark.slow
def test_eight_processes_download_one_release_into_one_cache(
    fault_mirror: FaultMirror, work: Path
) -> None:
    cache = work / "cache"
    files = release_files(fault_mirror.root)
    fault_mirror.faults[files[0]] = ["slow"]  # the first download holds the lock >= 0.5 s
    go = work / "go"
    children = [
        start_child(
            child_env(
                cache,
                fault_mirror.url,
                TEST_READY_FILE=str(work / f"ready-{i}"),
                TEST_GO_FILE=str(go),
            )
        )
        for i in range(8)
    ]
    try:
        wait_for(lambda: all((work / f"ready-{i}").exists() for i in range(8)), "8 ready")
        start = time.perf_counter()
        go.touch()
        results = [child.communicate(timeout=120) for child in children]
    finally:
        for child in children:
            child.kill()
            child.wait()
    elapsed = time.perf_counter() - start
    print(f"\n8 processes, one cache: {elapsed:.2f} s; requests: {fault_mirror.requests}")
    for child, (_, err) in zip(children, results, strict=True):
        assert child.returncode == 0, err
    # Exactly one process downloaded; the seven that waited on its lock say "cached",
    # never "downloaded" (they fetched nothing; issue 19, point 9).
    statuses = sorted(out.split()[0] for out, _ in results)
    assert statuses == ["cached"] * 7 + ["downloaded"], statuses
    for path in files:
        assert fault_mirror.count(path) == 1, path  # one process fetched; seven waited
    assert 1 <= fault_mirror.count("/index.json") <= 8
    assert sorted(p.name for p in cache.iterdir()) == [f".{V}.lock", V]
    assert leftovers(cache) == []
    check_release(cache / V, V)
    assert snapshot(cache / V) == snapshot(fault_mirror.root / V)


def test_a_process_that_waited_on_the_lock_says_cached_not_downloaded(
    fault_mirror: FaultMirror, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The quick variant of the eight-process test's statuses: two threads, one lock."""
    monkeypatch.setenv("TIMELINE_BASE_URL", fault_mirror.url)
    files = release_files(fault_mirror.root)
    fault_mirror.faults[files[0]] = ["slow"]  # the first download holds the lock >= 0.5 s
    statuses: dict[str, str] = {}

    def fetch(name: str) -> None:
        statuses[name] = download_release(V).status

    first = threading.Thread(target=fetch, args=("first",))
    first.start()
    wait_for(lambda: fault_mirror.count(files[0]) == 1, "the first download to hold the lock")
    second = threading.Thread(target=fetch, args=("second",))
    second.start()
    first.join(60)
    second.join(60)
    assert statuses == {"first": "downloaded", "second": "cached"}
    assert fault_mirror.count(files[0]) == 1
    result = run_cli("download", V)
    assert "was already cached" in result.stdout


def test_a_lock_held_too_long_is_a_clear_error(
    fault_mirror: FaultMirror, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    monkeypatch.setenv("TIMELINE_BASE_URL", fault_mirror.url)
    monkeypatch.setenv("TIMELINE_LOCK_TIMEOUT", "0.2")
    cache.mkdir()
    with FileLock(lock_file(cache, V)), pytest.raises(CacheLockError) as caught:
        download_release(V)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(f"{lock_file(cache, V)}: another process kept release {V} locked")
    assert "TIMELINE_LOCK_TIMEOUT" in text
    assert fault_mirror.requests == ["/index.json"]  # no release file fetched
    assert not (cache / V).exists()


# -- self-healing --------------------------------------------------------------------------


def test_stale_staging_is_removed_but_a_live_one_is_kept(
    fault_mirror: FaultMirror, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from filelock import FileLock

    monkeypatch.setenv("TIMELINE_BASE_URL", fault_mirror.url)
    cache.mkdir()
    stale = [
        cache / f".{V}.k1ll3d_x.tmp",
        cache / f".{V}.0ld0ld.old",
        cache / ".7.0.0.abcdefgh.tmp",
    ]
    for folder in stale:
        (folder / "texts").mkdir(parents=True)
        (folder / "claims.parquet").write_bytes(b"half a file")
        (folder / "texts" / "a.txt").write_text("partial")
    live = cache / ".8.0.0.st1llup.tmp"
    live.mkdir()
    (live / "manifest.json").write_text("{}")
    (cache / "notes.txt").write_text("mine")
    (cache / ".hidden-by-user").mkdir()
    with FileLock(lock_file(cache, "8.0.0")):  # a live download of 8.0.0 elsewhere
        assert download_release(V).status == "downloaded"
        assert [p for p in stale if p.exists()] == []
        assert live.is_dir()  # its lock is held: never touched
    assert (cache / "notes.txt").read_text() == "mine"
    assert (cache / ".hidden-by-user").is_dir()
    assert sweep(cache) == [live]  # once its lock is free, the next run removes it
    check_release(cache / V, V)


DAMAGES = ["flip", "truncate", "missing", "symlink", "manifest"]


def damage(folder: Path, kind: str, elsewhere: Path) -> None:
    claims = folder / "claims.parquet"
    if kind == "flip":
        data = bytearray(claims.read_bytes())
        data[100] ^= 0x01
        claims.write_bytes(bytes(data))
    elif kind == "truncate":
        claims.write_bytes(claims.read_bytes()[:-10])
    elif kind == "missing":
        claims.unlink()
    elif kind == "symlink":  # the right bytes, but through a link: refused all the same
        elsewhere.write_bytes(claims.read_bytes())
        claims.unlink()
        claims.symlink_to(elsewhere)
    elif kind == "manifest":
        (folder / "manifest.json").write_text("{not json")


@pytest.mark.parametrize("kind", DAMAGES)
def test_a_damaged_cached_release_is_fetched_again_with_a_one_line_notice(
    kind: str,
    fault_mirror: FaultMirror,
    cache: Path,
    work: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("TIMELINE_BASE_URL", fault_mirror.url)
    download_release(V)
    damage(cache / V, kind, work / "elsewhere.parquet")
    before = fault_mirror.count(f"/{V}/claims.parquet")
    with caplog.at_level(logging.WARNING, logger="timeline"):
        frame = timeline.load("claims", version=V)
    assert frame.attrs["timeline"]["origin"] == "cache"
    notices = [r for r in caplog.records if r.name == "timeline"]
    assert len(notices) == 1, [r.getMessage() for r in notices]
    notice = notices[0].getMessage()
    assert "\n" not in notice
    assert notice.startswith(f"release {V} in {cache} is damaged (")
    assert notice.endswith(f"); replacing it with a fresh download from {fault_mirror.url}")
    assert fault_mirror.count(f"/{V}/claims.parquet") == before + 1
    check_release(cache / V, V)
    assert not (cache / V / "claims.parquet").is_symlink()
    assert leftovers(cache) == []
    caplog.clear()
    requests = len(fault_mirror.requests)
    timeline.load("claims", version=V)  # healthy now: no request, no notice
    assert len(fault_mirror.requests) == requests
    assert caplog.records == []


def test_a_damaged_cache_offline_says_how_to_get_it_repaired(
    fault_mirror: FaultMirror, cache: Path, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_BASE_URL", fault_mirror.url)
    download_release(V)
    damage(cache / V, "truncate", work / "x")
    monkeypatch.setenv("TIMELINE_OFFLINE", "1")
    requests = len(fault_mirror.requests)
    with pytest.raises(IntegrityError) as caught:
        timeline.load("claims", version=V)
    text = str(caught.value)
    assert "\n" not in text
    assert (
        f"cached release {V} is damaged: unset TIMELINE_OFFLINE and timeline downloads it" in text
    )
    assert len(fault_mirror.requests) == requests


def test_a_damaged_release_in_a_dest_folder_is_replaced(
    fault_mirror: FaultMirror, cache: Path, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_BASE_URL", fault_mirror.url)
    dest = work / "dest"
    assert download_release(V, dest=dest).status == "downloaded"
    damage(dest / V, "symlink", work / "elsewhere.parquet")
    assert download_release(V, dest=dest).status == "downloaded"
    check_release(dest / V, V)
    assert download_release(V, dest=dest).status == "present"


# -- killed downloads ------------------------------------------------------------------------

KILL_POINTS = [
    ("empty", "manifest"),
    ("empty", "first-file"),
    ("empty", "last-file"),
    ("damaged", "first-file"),
    ("damaged", "between-renames"),
    ("damaged", "after-install"),
]


@pytest.mark.parametrize(("start", "point"), KILL_POINTS)
def test_a_killed_download_leaves_the_old_state_or_the_new_one(
    start: str, point: str, fault_mirror: FaultMirror, work: Path
) -> None:
    cache = work / "cache"
    files = release_files(fault_mirror.root)
    env = child_env(cache, fault_mirror.url)
    if start == "damaged":
        first = subprocess.run(
            [sys.executable, "-c", CHILD, V], env=env, capture_output=True, check=False
        )
        assert first.returncode == 0, first.stderr
        damage(cache / V, "flip", work / "x")
    old = snapshot(cache / V)
    stall = {"manifest": files[0], "first-file": files[1], "last-file": files[-1]}.get(point)
    if stall:
        fault_mirror.faults[stall] = ["stall"]
    else:
        env["TEST_KILL_AT"] = point
    child = start_child(env)
    try:
        if stall:
            wait_for(fault_mirror.stalled.is_set, f"the child to stall on {stall}")
            child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
    finally:
        child.kill()
        child.wait()
    assert child.returncode == -signal.SIGKILL
    now = snapshot(cache / V)
    new = snapshot(fault_mirror.root / V)
    state = "old" if now == old else "new" if now == new else "absent" if not now else "MIXED"
    print(f"\nkilled at {point} (cache {start}): the release folder is {state}")
    assert now in (old, new, {}), "a mix of the old and the new release"
    if point == "between-renames":
        assert now == {}  # the damaged release was renamed away; the next run downloads
    elif point == "after-install":
        assert now == new
    else:
        assert now == old
    assert leftovers(cache) != []  # a staging or .old folder of the killed process

    # The next run, the real console script, works and leaves nothing behind.
    fault_mirror.released.set()
    result = run_console_script("download", V, env=env)
    assert result.returncode == 0, result.stderr
    assert f"release {V} " in result.stdout
    notices = [line for line in result.stderr.splitlines() if "is damaged" in line]
    assert len(notices) == (1 if now == old and start == "damaged" else 0), result.stderr
    check_release(cache / V, V)
    assert snapshot(cache / V) == new
    assert leftovers(cache) == []


def test_killing_the_lock_holder_lets_a_waiting_process_finish(
    fault_mirror: FaultMirror, work: Path
) -> None:
    cache = work / "cache"
    files = release_files(fault_mirror.root)
    fault_mirror.faults[files[1]] = ["stall"]
    env = child_env(cache, fault_mirror.url)
    holder = start_child(env)
    waiter = None
    try:
        wait_for(fault_mirror.stalled.is_set, "the first process to stall mid-file")
        waiter = start_child(env)
        wait_for(lambda: fault_mirror.count("/index.json") == 2, "the second process's index")
        time.sleep(0.3)  # it is now waiting for the lock
        assert waiter.poll() is None
        holder.send_signal(signal.SIGKILL)
        out, err = waiter.communicate(timeout=60)
    finally:
        for child in (holder, waiter):
            if child is not None:
                child.kill()
                child.wait()
    assert holder.returncode == -signal.SIGKILL
    assert waiter.returncode == 0, err
    assert out.startswith("downloaded ")
    check_release(cache / V, V)
    assert leftovers(cache) == []  # the waiter removed the killed holder's staging folder
    assert fault_mirror.count(files[1]) == 2


# -- safe by construction ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "../escaped.txt",
        "a/../../b",
        "/etc/passwd",
        "a\\b",
        "a\x00b",
        "a\nb",
        "",
        "manifest.json",
        "a//b",
        "./",
        "./x",
        ".",
        "x/",
    ],
)
def test_unsafe_manifest_names_are_refused(name: str) -> None:
    with pytest.raises(IntegrityError, match="refusing unsafe file name"):
        safe_name(name, "here")


def test_safe_names_stay_relative() -> None:
    assert str(safe_name("texts/a b.txt", "here")) == "texts/a b.txt"


def test_symlinks_in_a_release_folder_given_by_path_are_refused(work: Path) -> None:
    bundled = bundled_versions()[-1]
    folder = work / bundled
    shutil.copytree(bundled_root() / bundled, folder)
    assert read_release(folder).version == bundled
    (folder / "extra").symlink_to("/etc/passwd")
    with pytest.raises(IntegrityError, match=r"extra: is a symbolic link inside release folder"):
        read_release(folder)
    with pytest.raises(IntegrityError, match="symbolic link"):
        read_release(folder, "bundled")
    (folder / "extra").unlink()
    link = work / "link"
    link.symlink_to(folder)
    with pytest.raises(IntegrityError, match=r"link: is a symbolic link; timeline reads releases"):
        read_release(link)


def test_a_cached_release_that_is_a_symlink_is_refused_offline(
    cache: Path, work: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = work / "real"
    shutil.copytree(bundled_root() / bundled_versions()[-1], real)
    manifest = Manifest.read(real / "manifest.json")
    manifest.data["version"] = "77.0.0"
    (real / "manifest.json").write_bytes(manifest.to_bytes())
    cache.mkdir()
    (cache / "77.0.0").symlink_to(real)
    monkeypatch.setenv("TIMELINE_OFFLINE", "1")
    with pytest.raises(
        IntegrityError, match=r"77\.0\.0: is a symbolic link; .*unset TIMELINE_OFFLINE"
    ):
        timeline.load("claims", version="77.0.0")


def test_clear_removes_a_release_whole_under_its_lock(
    fault_mirror: FaultMirror, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TIMELINE_BASE_URL", fault_mirror.url)
    download_release(V)
    assert clear(settings()) == [V]
    assert sorted(p.name for p in cache.iterdir()) == [f".{V}.lock"]


def test_manifests_with_malformed_entries_are_input_errors(work: Path) -> None:
    path = work / "manifest.json"
    for files in (
        "[]",
        '{"a": 1}',
        '{"a": {"sha256": "xyz", "bytes": 1}}',
        '{"a": {"sha256": "' + "0" * 64 + '", "bytes": -1}}',
    ):
        path.write_text('{"version": "1.0.0", "files": ' + files + "}")
        with pytest.raises(InputError, match="manifest"):
            Manifest.read(path)
    path.write_text("[" * 100_000)
    with pytest.raises(InputError, match="nested too deeply"):
        Manifest.read(path)


UNSAFE_YAML = {
    "unsafe_load",
    "full_load",
    "load_all",
    "unsafe_load_all",
    "full_load_all",
    "Loader",
    "UnsafeLoader",
    "FullLoader",
    "CLoader",
    "CUnsafeLoader",
    "CFullLoader",
}


def test_yaml_is_only_loaded_with_a_safe_loader() -> None:
    """Every yaml.load in the package passes a Loader, and no unsafe loader is ever named."""
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
                and node.attr in UNSAFE_YAML
            ):
                problems.append(f"{path.relative_to(REPO)}:{node.lineno}: yaml.{node.attr}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "load"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "yaml"
            ):
                loader = next((k.value for k in node.keywords if k.arg == "Loader"), None)
                text = ast.unparse(loader) if loader is not None else ""
                if text not in ("loader", "yaml.SafeLoader", "yaml.CSafeLoader"):
                    problems.append(f"{path.relative_to(REPO)}:{node.lineno}: yaml.load({text})")
            if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "loader" for t in node.targets
            ):
                assert "SafeLoader" in ast.unparse(node.value), (path, node.lineno)
    assert problems == []


def test_a_yaml_file_cannot_run_code(work: Path) -> None:
    from timeline.io.readers import read_yaml

    marker = work / "ran"
    path = work / "claims.yaml"
    path.write_text(f'- !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    with pytest.raises(InputError, match="not valid YAML"):
        read_yaml(path)
    assert not marker.exists()
