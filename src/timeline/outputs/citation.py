"""How to cite the dataset and a release, as plain text and BibTeX."""

from __future__ import annotations

from typing import Any

AUTHOR = "timeline contributors"


def plain(meta: dict[str, Any]) -> str:
    year = str(meta.get("released", ""))[:4]
    return (
        f"{AUTHOR} ({year}). {meta['title']} (Version {meta['version']}) [Data set]. "
        f"Released {meta.get('released')}. Licence {meta.get('license')}. "
        f"Release manifest SHA-256 {meta['manifest_sha256']}."
    )


def bibtex(meta: dict[str, Any]) -> str:
    key = "timeline_" + str(meta["version"]).replace(".", "_")
    year = str(meta.get("released", ""))[:4]
    title = str(meta["title"]).replace("{", "\\{").replace("}", "\\}")
    return "\n".join(
        [
            f"@misc{{{key},",
            f"  author = {{{{{AUTHOR}}}}},",
            f"  title = {{{title}}},",
            f"  year = {{{year}}},",
            f"  version = {{{meta['version']}}},",
            f"  date = {{{meta.get('released')}}},",
            "  howpublished = {Python package \\texttt{dprk-russia-timeline}, "
            "release files with SHA-256 manifest},",
            f"  note = {{Licence {meta.get('license')}; manifest SHA-256 "
            f"{meta['manifest_sha256']}}}",
            "}",
        ]
    )
