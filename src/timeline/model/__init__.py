"""The data model: closed vocabularies, keys, the pandera table models and their row rules."""
