"""A frictionless plugin that reads our Parquet releases without losing nulls or hashes.

frictionless 5 reads Parquet through ``pyarrow.Table.to_pandas()`` and then
checks ``value is np.nan``, so a null in an integer column arrives as a float
NaN and is reported as a type error; it also bypasses its own byte loader, so
it never counts bytes or hashes the file (``byte-count`` "actual is None", the
SHA-256 check silently skipped).  This parser reads the file through
frictionless' loader (so frictionless itself computes the SHA-256 and byte
count) and hands pyarrow's Python values (None for null) to frictionless;
every check stays frictionless' own.

Usage (needs ``pip install frictionless``)::

    from frictionless import validate
    from timeline.outputs.frictionless_parquet import parquet_plugin

    with parquet_plugin():
        report = validate("path/to/release/datapackage.json")
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

PLUGIN_NAME = "timeline-arrow-parquet"


def _plugin() -> Any:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from frictionless import Parser, Plugin

    class ArrowParquetParser(Parser):
        """Read Parquet through frictionless' loader; hand over pyarrow's Python values."""

        requires_loader = True
        supported_types = ["date", "integer", "string"]  # noqa: RUF012 (frictionless' API)

        def read_cell_stream_create(self) -> Iterator[list[Any]]:
            # read1() is what frictionless' stats wrapper counts and hashes.
            read1 = getattr(self.loader.byte_stream, "read1")  # noqa: B009 (untyped in BinaryIO)
            data = b"".join(iter(lambda: read1(1 << 16), b""))
            table = pq.read_table(pa.BufferReader(data))
            yield table.column_names
            columns = [column.to_pylist() for column in table.columns]
            yield from (list(row) for row in zip(*columns, strict=True))

    class ArrowParquetPlugin(Plugin):
        def create_parser(self, resource: Any) -> Any:
            if resource.format == "parquet":
                return ArrowParquetParser(resource)
            return None

    return ArrowParquetPlugin()


@contextmanager
def parquet_plugin() -> Iterator[None]:
    """Register the plugin with frictionless for the duration of a ``with`` block."""
    from frictionless import system

    system.register(PLUGIN_NAME, _plugin())
    try:
        yield
    finally:
        system.deregister(PLUGIN_NAME)
