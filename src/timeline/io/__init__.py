"""Reading and writing files: table readers, curated YAML, Parquet, atomic writes."""
