"""The corpus of public notes by other authors (``tests/data/notes/corpus``) and their hand annotations."""

from __future__ import annotations

import pathlib
import tomllib

CORPUS = pathlib.Path(__file__).resolve().parent / "data" / "notes" / "corpus"
DOCUMENTS = sorted(path for path in CORPUS.iterdir() if path.suffix in (".md", ".tex") and path.stem != "README")


def annotation(document: pathlib.Path) -> dict:
    """The sidecar ``.toml`` of a document: its source and licence, and every step annotated by hand."""
    return tomllib.loads(document.with_suffix(".toml").read_text(encoding="utf-8"))
