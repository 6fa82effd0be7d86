"""Validation: failure records and their catalogue, coercion, the rule engine, inputs."""
