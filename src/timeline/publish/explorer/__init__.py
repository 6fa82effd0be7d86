"""The explorer: a static page over a mirror's releases, for readers who don't write Python.

:func:`write_explorer` writes ``index.html`` and ``explorer/`` into a folder holding
release folders (a mirror being published, or a temporary folder for ``timeline explore``).
"""

from timeline.publish.explorer.site import explorer_files, write_explorer

__all__ = ["explorer_files", "write_explorer"]
