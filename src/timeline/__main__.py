"""``python -m timeline`` runs the CLI."""

from .cli import main

main()
