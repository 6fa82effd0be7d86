"""Validation beyond memory: batch-by-batch streaming and Dask partitions."""
