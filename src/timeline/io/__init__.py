"""Reading and writing files: the dataset folder's layout and writers' lock, the one curated
YAML reader, table readers, Parquet, atomic writes."""
