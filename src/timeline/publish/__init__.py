"""Publishing: building an immutable release from the curated tables, and its notes."""
