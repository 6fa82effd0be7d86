"""Build a release: validate the curated rows, write Parquet, manifest and texts.

The build is the only writer of releases.  It writes into a temporary folder
beside the target and renames it into place, so a failed build leaves nothing
behind; an existing release is never overwritten with different content.

It also writes the release notes (``CHANGES.md``: the diff against the newest
older release in the same folder, or "first release") and records the release
in the folder's ``index.json`` and ``CHANGELOG.md``.
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from timeline.errors import (
    IdReuseError,
    InputError,
    ReleaseExistsError,
    ReleaseNotFoundError,
    ValidationError,
)
from timeline.io import atomic, curated, layout
from timeline.io import parquet as parquet_io
from timeline.model import schema
from timeline.model.vocab import PRIMARY_KEYS, TABLES
from timeline.publish.changelog import (
    NOTES_NAME,
    first_release_notes,
    release_notes,
    write_changelog,
)
from timeline.releases import index
from timeline.releases.diff import diff_releases
from timeline.releases.manifest import MANIFEST_FORMAT, MANIFEST_NAME, Manifest, sha256_bytes
from timeline.releases.paths import parse_version, releases_in
from timeline.releases.release import Release, read_release
from timeline.validation.engine import check_dataset, locate
from timeline.validation.failures import summarize


@dataclass(frozen=True)
class BuildResult:
    """What a build did: ``status`` is 'created' or 'unchanged'; ``notes`` are warnings
    worth a line each (a version bump smaller than the changes call for)."""

    version: str
    path: Path
    status: str
    manifest: Manifest
    notes: tuple[str, ...] = ()


def _sorted(table: str, frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values(PRIMARY_KEYS[table], kind="stable").reset_index(drop=True)


def previous_release(releases_dir: Path, version: str) -> Release | None:
    """The newest release in ``releases_dir`` older than ``version`` (its notes' baseline)."""
    older = [v for v in releases_in(releases_dir) if parse_version(v) < parse_version(version)]
    return read_release(releases_dir / older[-1]) if older else None


def retired_ids(releases_dir: Path, version: str) -> dict[str, set[str]]:
    """Per table, ids some release older than ``version`` had and the newest older one lacks."""
    import pyarrow.parquet as pq

    older = [v for v in releases_in(releases_dir) if parse_version(v) < parse_version(version)]
    retired: dict[str, set[str]] = {t: set() for t in TABLES}
    for table in TABLES:
        seen: list[set[str]] = []
        for release in older:
            path = releases_dir / release / f"{table}.parquet"
            column = pq.read_table(path, columns=[PRIMARY_KEYS[table]]).column(0)
            seen.append({str(v) for v in column.to_pylist()})
        if seen:
            retired[table] = set().union(*seen) - seen[-1]
    return retired


def check_ids_not_reused(
    releases_dir: Path, version: str, frames: dict[str, pd.DataFrame], datasets_dir: Path
) -> None:
    """Row ids are never reused: refuse a release that revives a withdrawn id."""
    for table, ids in retired_ids(releases_dir, version).items():
        revived = sorted(ids & {str(v) for v in frames[table][PRIMARY_KEYS[table]]})
        if revived:
            msg = (
                f"{layout.table_path(datasets_dir, table)}: {table} id(s) "
                f"{', '.join(revived)} were withdrawn in an earlier release and may not be "
                "reused; give the row a new id"
            )
            raise IdReuseError(msg)


def write_notes(
    folder: Path,
    meta: dict[str, str],
    files: dict[str, dict[str, object]],
    previous: Release | None,
) -> str | None:
    """Write ``CHANGES.md`` into ``folder`` and list it in ``files``; return the change
    level the diff calls for ('major', 'minor', 'patch', 'none'; None for a first release)."""
    fingerprint = schema.fingerprint()
    level = None
    if previous is None:
        rows = {t: int(str(files[f"{t}.parquet"]["rows"])) for t in TABLES}
        notes = first_release_notes(meta, rows, fingerprint)
    else:
        draft = Manifest({**meta, "schema_fingerprint": fingerprint, "files": files})
        current = Release(meta["version"], folder, draft, "folder")
        diff = diff_releases(previous, current)
        level = diff.level()[0]
        notes = release_notes(diff, meta["released"])
    data = notes.encode()
    (folder / NOTES_NAME).write_bytes(data)
    files[NOTES_NAME] = {"sha256": sha256_bytes(data), "bytes": len(data)}
    return level


#: Semantic-version parts, smallest first.
_LEVELS = ("none", "patch", "minor", "major")


def bump_level(old: str, new: str) -> str:
    """Which part of the version changed from ``old`` to ``new`` ('major', 'minor', 'patch')."""
    before, after = parse_version(old), parse_version(new)
    if after[0] != before[0]:
        return "major"
    return "minor" if after[1] != before[1] else "patch"


def _bump_note(previous: Release | None, version: str, needed: str | None) -> tuple[str, ...]:
    if previous is None or needed is None:
        return ()
    bumped = bump_level(previous.version, version)
    if _LEVELS.index(needed) <= _LEVELS.index(bumped):
        return ()
    return (
        f"release {version} is a {bumped} step from {previous.version}, but its changes call "
        f"for a {needed} one (see its CHANGES.md); users who pin ~={previous.version} will "
        "receive it",
    )


def check_moves_forward(releases_dir: Path, version: str, datasets_dir: Path) -> None:
    """Refuse a new release numbered below the newest one already in ``releases_dir``."""
    versions = releases_in(releases_dir)
    if not versions or version in versions:
        return
    newest = versions[-1]
    if parse_version(version) < parse_version(newest):
        msg = (
            f"{layout.meta_path(datasets_dir)}: version {version} is below the newest release "
            f"{newest} in {releases_dir}; releases only move forward (loaders take the newest): "
            f"set a version above {newest}"
        )
        raise InputError(msg)


def write_release(
    folder: Path,
    frames: dict[str, pd.DataFrame],
    texts: dict[str, bytes],
    meta: dict[str, str],
    previous: Release | None = None,
) -> tuple[Manifest, str | None]:
    """Write tables, texts, notes and manifest into ``folder`` (which must exist and be empty).

    ``previous`` is the release the notes compare against (None: a first release).  Returns
    the manifest and the change level the notes found (see :func:`write_notes`).
    """
    contract = schema.contract_for({t: f.columns for t, f in frames.items()})
    fingerprint = schema.fingerprint()
    file_meta = {
        "dataset": meta["dataset"],
        "version": meta["version"],
        "schema_fingerprint": fingerprint,
        "license": meta["license"],
    }
    files: dict[str, dict[str, object]] = {}
    tables: dict[str, dict[str, object]] = {}
    for table in TABLES:
        frame = _sorted(table, frames[table])
        arrow = parquet_io.frame_to_arrow(
            frame, parquet_io.arrow_schema(table, contract, file_meta)
        )
        name = f"{table}.parquet"
        path = folder / name
        parquet_io.write_table(path, arrow)
        data = path.read_bytes()
        files[name] = {"sha256": sha256_bytes(data), "bytes": len(data), "rows": arrow.num_rows}
        tables[table] = {"file": name, "rows": arrow.num_rows, "primary_key": PRIMARY_KEYS[table]}
    from timeline.outputs.artifacts import datapackage

    (folder / "texts").mkdir()
    for source_id, data in sorted(texts.items()):
        name = f"texts/{source_id}.txt"
        (folder / name).write_bytes(data)
        files[name] = {"sha256": sha256_bytes(data), "bytes": len(data)}
    package = datapackage(meta, files, contract)
    package_bytes = (json.dumps(package, indent=2, ensure_ascii=False) + "\n").encode()
    (folder / "datapackage.json").write_bytes(package_bytes)
    files["datapackage.json"] = {"sha256": sha256_bytes(package_bytes), "bytes": len(package_bytes)}
    level = write_notes(folder, meta, files, previous)
    manifest = Manifest(
        {
            "manifest_format": MANIFEST_FORMAT,
            **meta,
            "schema_fingerprint": fingerprint,
            "tables": tables,
            "files": files,
        }
    )
    (folder / MANIFEST_NAME).write_bytes(manifest.to_bytes())
    return manifest, level


def _writer_hint(release: Path) -> str:
    """Name the Parquet writer when the existing release was written by another version."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    writers = {pq.read_metadata(f).created_by or "unknown" for f in release.glob("*.parquet")}
    others = sorted(w for w in writers if not w.endswith(f"version {pa.__version__}"))
    if not others:
        return ""
    existing = ", ".join(others)
    return (
        f" (or, if you changed nothing: the release was written by {existing}, this build uses "
        f"pyarrow {pa.__version__}; install the pinned writer with "
        "`pip install -c constraints.txt .` to reproduce it byte for byte)"
    )


def _differences(new: Path, old: Path) -> list[str]:
    new_files = {p.relative_to(new).as_posix() for p in new.rglob("*") if p.is_file()}
    old_files = {p.relative_to(old).as_posix() for p in old.rglob("*") if p.is_file()}
    changed = sorted(new_files ^ old_files)
    changed += sorted(
        name
        for name in new_files & old_files
        if not filecmp.cmp(new / name, old / name, shallow=False)
    )
    return changed


@layout.writes_datasets
def build(datasets_dir: Path, releases_dir: Path) -> BuildResult:
    """Validate ``datasets_dir`` and write release ``<version>`` under ``releases_dir``.

    Holds the dataset folder's writers' lock (:func:`timeline.io.layout.writing`), so a
    curator's ``accept`` or ``add-source`` never lands between reading and building.
    """
    meta = curated.read_meta(datasets_dir)
    try:
        parse_version(meta.version)
    except ReleaseNotFoundError as exc:
        where = layout.meta_path(datasets_dir)
        msg = f"{where}: version {meta.version!r} is not MAJOR.MINOR.PATCH such as 1.0.0"
        raise InputError(msg) from exc
    raws = curated.read_tables(datasets_dir)
    text_lookup = curated.TextFolder(layout.sources_dir(datasets_dir))
    typed, failures = check_dataset({t: r.frame for t, r in raws.items()}, text_lookup)
    if failures:
        failures = locate(failures, raws)
        msg = f"{datasets_dir}: the curated rows are invalid ({summarize(failures)})"
        raise ValidationError(msg, failures)
    texts = {}
    for source_id in typed["sources"]["source_id"]:
        data = text_lookup(str(source_id))
        if data is None:  # validation reports a missing text; this guards a race with it
            msg = f"{datasets_dir}: the archived text of {source_id} disappeared during the build"
            raise InputError(msg)
        texts[str(source_id)] = data

    if not releases_dir.is_dir() and not releases_dir.parent.is_dir():
        msg = (
            f"{releases_dir}: neither it nor its parent folder exists; run `timeline build` "
            "from the repository root or pass --releases"
        )
        raise InputError(msg)
    releases_dir.mkdir(exist_ok=True)
    # Two builds from different dataset folders may share one releases folder: its own
    # lock keeps their index and changelog updates (read, change, write) from crossing.
    with layout.writing(releases_dir):
        return _write_and_publish(datasets_dir, releases_dir, meta, typed, texts)


def _write_and_publish(
    datasets_dir: Path,
    releases_dir: Path,
    meta: curated.DatasetMeta,
    typed: dict[str, pd.DataFrame],
    texts: dict[str, bytes],
) -> BuildResult:
    """Stage release ``meta.version``, compare it with one already there, publish it."""
    check_moves_forward(releases_dir, meta.version, datasets_dir)
    check_ids_not_reused(releases_dir, meta.version, typed, datasets_dir)
    target = releases_dir / meta.version
    # A killed build leaves its staging folder; the next build removes it (never a live one's).
    atomic.sweep_temps(releases_dir)
    staging = Path(
        tempfile.mkdtemp(prefix=atomic.temp_prefix(meta.version), suffix=".tmp", dir=releases_dir)
    )
    try:
        staging.chmod(0o755)
        previous = previous_release(releases_dir, meta.version)
        manifest, level = write_release(staging, typed, texts, meta.as_dict(), previous)
        if target.exists():
            changed = _differences(staging, target)
            if changed:
                msg = (
                    f"release {meta.version} already exists at {target} with different content "
                    f"({', '.join(changed)}); releases are immutable: bump the version in "
                    f"{layout.meta_path(datasets_dir)} to publish a new one"
                    f"{_writer_hint(target)}"
                )
                raise ReleaseExistsError(msg)
            status = "unchanged"
            with atomic.deferred_interrupts():  # Ctrl-C lands before or after, not between
                index.record(releases_dir, index.entry_for(target), meta.name)
                write_changelog(releases_dir)
        else:
            index.check_entry(releases_dir, index.entry_for(staging))
            # The rename publishes the release; the index and changelog follow.  If the
            # process dies in between, the next build finds the release unchanged and
            # records it (the index and changelog are derived from the release folders).
            atomic.sync_tree(staging)
            with atomic.deferred_interrupts():
                os.rename(staging, target)
                atomic.sync_folder(releases_dir)
                index.record(releases_dir, index.entry_for(target), meta.name)
                write_changelog(releases_dir)
            status = "created"
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    notes = _bump_note(previous, meta.version, level) if status == "created" else ()
    return BuildResult(meta.version, target, status, manifest, notes)
