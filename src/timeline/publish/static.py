"""Publish releases as a folder any static host can serve: a mirror plus one zip per release.

``publish(DEST)`` writes::

    DEST/index.json                    every release in DEST, its date and manifest SHA-256
    DEST/CHANGELOG.md                  all releases' notes, newest first
    DEST/<version>/...                 a byte copy of each release (manifest and its files)
    DEST/<dataset>-<version>.zip       for people without Python: CSV and Parquet, texts,
                                       a CSV data package, a dataset card, SHA256SUMS

so ``TIMELINE_BASE_URL=<where DEST is served> timeline download VERSION`` works from any
install, and the zip opens anywhere.

Rules:

- **Releases stay immutable.** Source releases are only read (and verified against their
  manifests first); DEST's release folders are byte copies.  A version DEST already holds
  must have exactly the same files and bytes, and its zip the same content, or publish
  refuses; releases DEST holds that the source lacks are kept, never removed.
- **Deterministic.** The zip is derived from the release's bytes alone: sorted entries,
  fixed timestamps (1980-01-01), fixed permissions, paths relative to one top folder.
- **Atomic.** Everything is written into a temporary folder beside DEST, which then
  replaces DEST in one step (an atomic exchange where the OS has one), so an interrupted
  publish leaves the old DEST or the new one.  Publishing the same releases again
  changes nothing (DEST is not touched at all).
- **One at a time.** A publish holds the lock ``.<DEST name>.lock`` beside DEST from
  reading DEST to replacing it, so two publish runs into one DEST never lose a release.
- **Only inside DEST.** No symbolic link in DEST or in a source release (dangling ones
  too); every file is checked byte for byte against its manifest as it is copied; every
  zip member name is a plain relative path inside the zip's folder.
"""

from __future__ import annotations

import contextlib
import csv
import ctypes
import datetime as dt
import errno
import io
import json
import os
import shutil
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.errors import IntegrityError, PublishError
from timeline.io.atomic import umask_mode
from timeline.outputs.cells import spreadsheet_safe
from timeline.publish.card import CardInput, Columns, dataset_card
from timeline.publish.changelog import CHANGELOG_NAME, NOTES_NAME, write_changelog
from timeline.publish.explorer import write_explorer
from timeline.publish.guards import (
    check_member,
    check_resource,
    dest_lock,
    refuse_links_in_dest,
    release_bytes,
)
from timeline.releases.index import INDEX_NAME, IndexEntry, ReleaseIndex, bundled_index, entry_for
from timeline.releases.manifest import MANIFEST_NAME, sha256_bytes, sha256_file
from timeline.releases.messages import shown
from timeline.releases.paths import bundled_root, parse_version, releases_in
from timeline.releases.release import Release, read_release
from timeline.releases.verify import safe_name, verify_folder

#: Timestamp of every zip entry: the earliest a zip can hold, so no build time leaks in.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
#: Permissions of every zip entry: a regular file, rw-r--r--.
ZIP_MODE = 0o100644
SUMS_NAME = "SHA256SUMS"
CARD_NAME = "README.md"
PACKAGE_NAME = "datapackage.json"


@dataclass(frozen=True)
class PublishedRelease:
    """One release in DEST: ``status`` is 'added' (new in DEST), 'unchanged' or 'kept'.

    'kept' is a release DEST already held that the source folder does not have.
    """

    version: str
    folder: Path
    files: int
    zip_path: Path | None
    zip_bytes: int
    status: str


@dataclass(frozen=True)
class PublishResult:
    """What publish did: ``status`` is 'created', 'updated' or 'unchanged' (DEST untouched)."""

    dest: Path
    releases: tuple[PublishedRelease, ...]
    status: str

    @property
    def latest(self) -> str | None:
        versions = [r.version for r in self.releases]
        return max(versions, key=parse_version) if versions else None


# --- Reading and checking the source releases ----------------------------------------


def release_paths(release: Release) -> dict[str, Path]:
    """Every file of a release (its manifest and the files it lists), by relative name."""
    where = str(release.path / MANIFEST_NAME)
    files = {MANIFEST_NAME: release.path / MANIFEST_NAME}
    for name in release.manifest.files:
        files[safe_name(name, where).as_posix()] = release.path / safe_name(name, where)
    return dict(sorted(files.items()))


def _check_entry(entry: IndexEntry, index: ReleaseIndex | None, where: str) -> None:
    known = index.get(entry.version) if index is not None else None
    if known is not None and known.manifest_sha256 != entry.manifest_sha256:
        msg = (
            f"{where} records release {entry.version} with manifest SHA-256 "
            f"{known.manifest_sha256}, but its folder's manifest has {entry.manifest_sha256}; "
            "a published release never changes: publish a new version instead"
        )
        raise PublishError(msg)


def source_releases(releases_dir: Path) -> list[Release]:
    """The releases in ``releases_dir``, each verified file by file against its manifest."""
    if not releases_dir.is_dir():
        msg = (
            f"{releases_dir}: no such releases folder; pass --releases the folder "
            "`timeline build` writes"
        )
        raise PublishError(msg)
    versions = releases_in(releases_dir)
    if not versions:
        msg = f"{releases_dir}: holds no release (no <version>/manifest.json); run `timeline build`"
        raise PublishError(msg)
    for name in (INDEX_NAME, CHANGELOG_NAME):
        if (releases_dir / name).is_symlink():
            msg = (
                f"{releases_dir / name}: is a symbolic link; publish copies only regular "
                "files (a link could point anywhere on this machine)"
            )
            raise PublishError(msg)
    own_index = ReleaseIndex.read(releases_dir / INDEX_NAME)
    releases = []
    for version in versions:
        release = read_release(releases_dir / version)
        if release.version != version:
            where = release.path / MANIFEST_NAME
            msg = f"{where}: describes release {release.version}, not {version}"
            raise IntegrityError(msg)
        verify_folder(release.path, release.manifest)
        entry = entry_for(release.path)
        _check_entry(entry, own_index, str(releases_dir / INDEX_NAME))
        _check_entry(entry, bundled_index(), "the index bundled with timeline")
        releases.append(release)
    return releases


# --- The zip ---------------------------------------------------------------------------


def _csv_cell(value: Any, where: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return str(value)  # a number: "-3" is a value, not a formula
    if value == "":
        msg = f"{where}: an empty string, which a CSV cell cannot tell from a missing value"
        raise PublishError(msg)
    return spreadsheet_safe(value)


def table_columns(data: bytes, where: str) -> Columns:
    """A Parquet file's rows as plain Python values (None for null), one list per column."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        table = pq.ParquetFile(pa.BufferReader(data)).read(use_threads=False)
    except (pa.ArrowException, OSError, ValueError) as exc:
        msg = f"{where}: not a readable Parquet file ({shown(str(exc), 120)})"
        raise IntegrityError(msg) from None
    return {name: table.column(name).to_pylist() for name in table.column_names}


def csv_bytes(columns: Columns, fields: list[str], where: str) -> bytes:
    """A table as CSV: UTF-8, a header, empty cell for null, ISO dates, '\\n' line ends."""
    if list(columns) != fields:
        msg = f"{where}: columns {list(columns)} differ from its Table Schema's {fields}"
        raise IntegrityError(msg)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(fields)
    values = [columns[name] for name in fields]
    for number, row in enumerate(zip(*values, strict=True), start=2):
        writer.writerow(
            [_csv_cell(v, f"{where} line {number}, {f}") for v, f in zip(row, fields, strict=True)]
        )
    return out.getvalue().encode("utf-8")


def _file_resource(name: str, path: str, data: bytes, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        **extra,
        "path": path,
        "scheme": "file",
        "hash": f"sha256:{sha256_bytes(data)}",
        "bytes": len(data),
    }


def zip_members(release: Release) -> dict[str, bytes]:
    """Every file of the release's zip, by path inside its top folder, sorted.

    Tables as CSV and as the release's own Parquet bytes, the archived texts, the release's
    manifest and notes, a data package describing the CSV files (with the release's Table
    Schemas; the Parquet files and texts as files checked by hash), the dataset card and
    ``SHA256SUMS`` of all the others.
    """
    files = release_paths(release)
    where = release.path / PACKAGE_NAME
    if PACKAGE_NAME not in files:
        msg = f"{where}: the release has no data package, which its zip is written from"
        raise IntegrityError(msg)
    try:
        release_package = json.loads(release_bytes(release, PACKAGE_NAME, files[PACKAGE_NAME]))
        tables = [r for r in release_package["resources"] if r.get("format") == "parquet"]
        texts = [r for r in release_package["resources"] if r.get("type") == "text"]
    except (ValueError, RecursionError, KeyError, TypeError, AttributeError):
        msg = f"{where}: not a data package with a 'resources' list of objects"
        raise IntegrityError(msg) from None
    for resource in [*tables, *texts]:
        check_resource(resource, files, where)
    members: dict[str, bytes] = {}
    columns: dict[str, Columns] = {}
    csv_resources, parquet_resources = [], []
    for resource in tables:
        name, parquet_name = resource["name"], resource["path"]
        fields = [f["name"] for f in resource["schema"]["fields"]]
        parquet = release_bytes(release, parquet_name, files[parquet_name])
        columns[name] = table_columns(parquet, f"{release.path / parquet_name}")
        data = csv_bytes(columns[name], fields, f"{release.path / parquet_name}")
        members[f"{name}.csv"] = data
        members[parquet_name] = parquet
        csv_resources.append(
            {
                **_file_resource(
                    name, f"{name}.csv", data, type="table", format="csv", mediatype="text/csv"
                ),
                "encoding": "utf-8",
                "description": resource.get("description", ""),
                "schema": resource["schema"],
            }
        )
        parquet_resources.append(
            {
                **_file_resource(
                    f"{name}-parquet",
                    parquet_name,
                    members[parquet_name],
                    type="file",
                    format="parquet",
                    mediatype=resource.get("mediatype", "application/vnd.apache.parquet"),
                ),
                "description": (
                    f"The {name} table as the release's Parquet file: the same rows as "
                    f"{name}.csv, with types and column descriptions embedded."
                ),
            }
        )
    for resource in texts:
        path = resource["path"]
        members[path] = release_bytes(release, path, files[path])
    for name in (MANIFEST_NAME, NOTES_NAME):
        if name in files:
            members[name] = release_bytes(release, name, files[name])
    package = {k: v for k, v in release_package.items() if k != "resources"}
    package["resources"] = [*csv_resources, *parquet_resources, *texts]
    members[PACKAGE_NAME] = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode()
    described = {
        CARD_NAME: "this dataset card",
        PACKAGE_NAME: "data package of the CSV files: types, constraints, primary and "
        "foreign keys, SHA-256 of every file (for `frictionless validate`)",
        **{f"{r['name']}.csv": f"the {r['name']} table as CSV" for r in tables},
        **{r["path"]: f"the {r['name']} table as Parquet" for r in tables},
        **{
            r["path"]: "archived source text (exact bytes; quote offsets index into it)"
            for r in texts
        },
        MANIFEST_NAME: "the release manifest: SHA-256, size and rows of the release's files",
        NOTES_NAME: "release notes: what changed since the previous release",
        SUMS_NAME: "SHA-256 of every other file (`sha256sum -c SHA256SUMS`)",
    }
    card = CardInput(
        manifest=release.manifest.data,
        manifest_sha256=sha256_file(files[MANIFEST_NAME]),
        tables=columns,
        resources={r["name"]: r for r in tables},
        files=[(p, w) for p, w in described.items() if p in members or p in (CARD_NAME, SUMS_NAME)],
    )
    members[CARD_NAME] = dataset_card(card).encode("utf-8")
    sums = "".join(f"{sha256_bytes(data)}  {path}\n" for path, data in sorted(members.items()))
    members[SUMS_NAME] = sums.encode()
    for name in members:
        check_member(name, where)
    return dict(sorted(members.items()))


def zip_name(release: Release) -> str:
    return f"{release.manifest.data.get('dataset', 'timeline')}-{release.version}.zip"


def write_zip(path: Path, folder: str, members: dict[str, bytes]) -> None:
    """Write ``members`` under ``folder/`` into a zip whose bytes depend on them alone."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in sorted(members.items()):
            info = zipfile.ZipInfo(f"{folder}/{name}", date_time=ZIP_DATE)
            info.create_system = 3  # Unix, so the permissions below are read
            info.external_attr = ZIP_MODE << 16
            archive.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)


def zip_content(path: Path, sizes: dict[str, int] | None = None) -> dict[str, bytes] | None:
    """A zip's entries and their bytes (None if it is not a readable zip, or, given
    ``sizes``, if its entries' names or declared sizes differ: nothing is then decompressed,
    so a zip bomb planted in DEST costs nothing)."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if sizes is not None and {i.filename: i.file_size for i in infos} != sizes:
                return None
            return {info.filename: archive.read(info) for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return None


# --- Staging and swapping DEST ---------------------------------------------------------


def _files_under(root: Path) -> dict[str, Path]:
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p
        for p in sorted(root.rglob("*"))
        if p.is_file() or p.is_symlink()
    }


def _same_tree(a: Path, b: Path) -> bool:
    left, right = _files_under(a), _files_under(b)
    if left.keys() != right.keys():
        return False
    return all(left[n].read_bytes() == right[n].read_bytes() for n in left)


def _check_dest(dest: Path, releases_dir: Path) -> None:
    cwd = Path.cwd().resolve()
    if dest == cwd or dest in cwd.parents:
        msg = (
            f"{dest}: is the current folder or holds it; publish replaces DEST as a whole, "
            "so run it from outside DEST (e.g. `cd ..` first)"
        )
        raise PublishError(msg)
    if dest.exists() and not dest.is_dir():
        msg = f"{dest}: is a file, not a folder; publish into a new or empty folder"
        raise PublishError(msg)
    if not dest.parent.is_dir():
        msg = f"{dest}: its parent folder {dest.parent} does not exist; create it first"
        raise PublishError(msg)
    real, source = dest.resolve(), releases_dir.resolve()
    if real == source or source in real.parents or real in source.parents:
        msg = (
            f"{dest}: overlaps the releases folder {releases_dir}; publish into a folder "
            "outside it (the releases are never modified)"
        )
        raise PublishError(msg)
    if dest.is_dir() and any(dest.iterdir()) and not (dest / INDEX_NAME).is_file():
        msg = (
            f"{dest}: is not empty and holds no {INDEX_NAME}, so it is not an earlier "
            "publish; publish into a new or empty folder"
        )
        raise PublishError(msg)


@contextlib.contextmanager
def _staging(dest: Path) -> Iterator[Path]:
    """A temporary folder beside ``dest``, removed on the way out unless renamed away."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", suffix=".publish", dir=dest.parent))
    except OSError as exc:
        msg = f"{dest}: cannot write in {dest.parent} ({exc.strerror or exc})"
        raise PublishError(msg) from None
    try:
        mode = dest.stat().st_mode & 0o7777 if dest.is_dir() else umask_mode() | 0o111
        folder.chmod(mode)
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step (Linux ``renameat2``); False where unsupported."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p]
    renameat2.argtypes += [ctypes.c_uint]
    status = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    if status == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(b))


def _replace(staging: Path, dest: Path) -> None:
    """Put ``staging`` at ``dest``; the old ``dest`` ends up in ``staging`` (then deleted)."""
    if not dest.exists():
        os.rename(staging, dest)
        return
    if _exchange(staging, dest):
        return
    # No atomic exchange: two renames; between them the old DEST sits beside it, complete.
    old = staging.with_name(staging.name + ".old")
    os.rename(dest, old)
    os.rename(staging, dest)
    os.rename(old, staging)


def _carry_over(dest: Path, staging: Path) -> None:
    """Copy what DEST already holds into the staging folder (times and modes kept)."""
    for item in sorted(dest.iterdir()):
        target = staging / item.name
        if item.is_dir() and not item.is_symlink():
            shutil.copytree(item, target, symlinks=True)
        else:
            shutil.copy2(item, target, follow_symlinks=False)


def _place_release(release: Release, staging: Path) -> str:
    """Copy ``release`` into ``staging/<version>``, or check the copy already there."""
    target = staging / release.version
    files = release_paths(release)
    data = {name: release_bytes(release, name, path) for name, path in files.items()}
    if target.exists():
        existing = _files_under(target)
        differ = sorted(set(existing) ^ set(files))
        differ += sorted(
            name for name in set(existing) & set(files) if existing[name].read_bytes() != data[name]
        )
        if differ:
            msg = (
                f"release {release.version} is already published in DEST with different "
                f"content ({', '.join(differ[:5])}); published releases are immutable: "
                "publish into a new folder, or publish a new version"
            )
            raise PublishError(msg)
        return "unchanged"
    for name in files:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        (target / name).write_bytes(data[name])
    return "added"


def _place_zip(release: Release, staging: Path) -> Path:
    """Write the release's zip into ``staging``; an existing one must hold the same files."""
    path = staging / zip_name(release)
    folder = path.name.removesuffix(".zip")
    members = zip_members(release)
    if path.exists():
        wanted = {f"{folder}/{name}": data for name, data in members.items()}
        if zip_content(path, {n: len(d) for n, d in wanted.items()}) != wanted:
            msg = (
                f"{path.name} is already published in DEST with different content; "
                "published files are immutable: publish into a new folder, or delete that "
                "zip if it was never shared"
            )
            raise PublishError(msg)
        return path  # same content: keep the existing bytes
    write_zip(path, folder, members)
    return path


def _write_index(staging: Path, dataset: str, previous: ReleaseIndex | None) -> ReleaseIndex:
    if previous is not None:
        missing = [v for v in previous.versions() if not (staging / v / MANIFEST_NAME).is_file()]
        if missing:
            msg = (
                f"DEST/{INDEX_NAME} lists release {', '.join(missing)} but DEST holds no folder "
                "for it; restore the folder (a published release is never removed)"
            )
            raise PublishError(msg)
    entries = []
    for version in releases_in(staging):
        entry = entry_for(staging / version)
        _check_entry(entry, previous, f"DEST/{INDEX_NAME}")
        entries.append(entry)
    index = ReleaseIndex(dataset, tuple(entries))
    (staging / INDEX_NAME).write_bytes(index.to_bytes())
    return index


def _dataset_name(releases: list[Release], previous: ReleaseIndex | None) -> str:
    names = {str(r.manifest.data.get("dataset", "timeline")) for r in releases}
    if previous is not None:
        names.add(previous.dataset)
    if len(names) != 1:
        msg = f"releases of different datasets ({', '.join(sorted(names))}) cannot share one DEST"
        raise PublishError(msg)
    return names.pop()


def publish(dest: Path, releases_dir: Path | None = None) -> PublishResult:
    """Write the mirror and zips of every release in ``releases_dir`` into ``dest``.

    ``releases_dir`` defaults to the releases bundled with the package.  See the module
    docstring for what is written and the rules publish keeps.
    """
    releases_dir = releases_dir if releases_dir is not None else bundled_root()
    dest = Path(os.path.abspath(dest))  # "." has no name and no parent to stage beside
    if dest.is_symlink():  # replace the folder it points to, not the link
        dest = dest.resolve()
    if not dest.parent.is_dir():
        msg = f"{dest}: its parent folder {dest.parent} does not exist; create it first"
        raise PublishError(msg)
    with dest_lock(dest):
        return _publish_locked(dest, releases_dir)


def _publish_locked(dest: Path, releases_dir: Path) -> PublishResult:
    """:func:`publish`, holding DEST's lock from reading DEST to replacing it."""
    _check_dest(dest, releases_dir)
    if dest.is_dir():
        refuse_links_in_dest(dest)
    releases = source_releases(releases_dir)
    previous = ReleaseIndex.read(dest / INDEX_NAME) if dest.is_dir() else None
    dataset = _dataset_name(releases, previous)
    published: list[PublishedRelease] = []
    with _staging(dest) as staging:
        if dest.is_dir():
            _carry_over(dest, staging)
        ours = {r.version for r in releases}
        for version in releases_in(staging):
            if version not in ours:
                kept = read_release(staging / version)
                verify_folder(kept.path, kept.manifest)
        for release in releases:
            status = _place_release(release, staging)
            zip_path = _place_zip(release, staging)
            published.append(
                PublishedRelease(
                    release.version,
                    dest / release.version,
                    len(release_paths(release)),
                    dest / zip_path.name,
                    zip_path.stat().st_size,
                    status,
                )
            )
        for version in sorted(set(releases_in(staging)) - ours, key=parse_version):
            zip_path = staging / f"{dataset}-{version}.zip"
            published.append(
                PublishedRelease(
                    version,
                    dest / version,
                    len(_files_under(staging / version)),
                    dest / zip_path.name if zip_path.is_file() else None,
                    zip_path.stat().st_size if zip_path.is_file() else 0,
                    "kept",
                )
            )
        _write_index(staging, dataset, previous)
        if not (staging / CHANGELOG_NAME).is_file() and (releases_dir / CHANGELOG_NAME).is_file():
            shutil.copyfile(releases_dir / CHANGELOG_NAME, staging / CHANGELOG_NAME)
        write_changelog(staging)
        write_explorer(staging)
        if dest.is_dir() and _same_tree(staging, dest):
            status = "unchanged"
        else:
            status = "updated" if previous is not None else "created"
            try:
                _replace(staging, dest)
            except OSError as exc:
                msg = f"{dest}: cannot replace it ({exc.strerror or exc}); nothing was changed"
                raise PublishError(msg) from None
    ordered = sorted(published, key=lambda r: parse_version(r.version))
    return PublishResult(dest, tuple(ordered), status)
