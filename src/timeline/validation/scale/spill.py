"""Hash-partitioned spill files: check keys across a table too large to hold at once.

Rows of a few narrow columns (a key, the global row number, what else a check
needs) are appended, batch by batch, to one of ``buckets`` Arrow IPC files
chosen by a hash of the key.  Two rows with equal keys always land in the same
bucket, so duplicate keys and dangling references can be found one bucket at
a time, and memory is bounded by the bucket size rather than by the file.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa


def bucket_of(values: pd.Series, buckets: int) -> np.ndarray[Any, Any]:
    """The bucket of each value: a stable 64-bit hash of its text, modulo ``buckets``."""
    hashed = pd.util.hash_pandas_object(values.astype(object), index=False, categorize=True)
    return (hashed.to_numpy() % np.uint64(buckets)).astype(np.intp)


class Spill:
    """Append frames to per-bucket files under a private temporary folder.

    Each *stream* (a name such as ``"keys"``) has its own columns; within a
    stream every appended frame must have the same columns and dtypes.  Use as
    a context manager: the folder is removed on exit.
    """

    def __init__(self, buckets: int, folder: Path | None = None) -> None:
        self.buckets = max(1, buckets)
        self.folder = Path(tempfile.mkdtemp(prefix="timeline-spill-", dir=folder))
        self._writers: dict[tuple[str, int], Any] = {}
        self._schemas: dict[str, pa.Schema] = {}

    def __enter__(self) -> Spill:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _path(self, stream: str, bucket: int) -> Path:
        return self.folder / f"{stream}-{bucket:05d}.arrow"

    def add(self, stream: str, frame: pd.DataFrame, key: str) -> None:
        """Append ``frame``'s rows to the buckets chosen by column ``key``."""
        if frame.empty:
            return
        table = pa.Table.from_pandas(frame, preserve_index=False)
        schema = self._schemas.setdefault(stream, table.schema)
        table = table.cast(schema)
        bucket = bucket_of(frame[key], self.buckets)
        order = np.argsort(bucket, kind="stable")
        counts = np.bincount(bucket, minlength=self.buckets)
        table = table.take(pa.array(order))
        start = 0
        for number, count in enumerate(counts.tolist()):
            if count:
                self._writer(stream, number, schema).write_table(table.slice(start, count))
            start += count

    def _writer(self, stream: str, bucket: int, schema: pa.Schema) -> Any:
        writer = self._writers.get((stream, bucket))
        if writer is None:
            writer = pa.ipc.new_file(str(self._path(stream, bucket)), schema)
            self._writers[(stream, bucket)] = writer
        return writer

    def close(self) -> None:
        """Finish every bucket file (safe to call twice)."""
        for writer in self._writers.values():
            writer.close()
        self._writers.clear()

    def read(self, stream: str, bucket: int) -> pd.DataFrame | None:
        """One bucket of one stream as a frame, or None when nothing landed there."""
        path = self._path(stream, bucket)
        if stream not in self._schemas or not path.exists():
            return None
        with pa.memory_map(str(path)) as source:
            table = pa.ipc.open_file(source).read_all()
        frame: pd.DataFrame = table.to_pandas(types_mapper={pa.int64(): pd.Int64Dtype()}.get)
        return frame

    def __iter__(self) -> Iterator[int]:
        """Bucket numbers, after closing the writers."""
        self.close()
        return iter(range(self.buckets))
