"""Releases: where they live, how they are indexed, verified, fetched, resolved and compared."""
