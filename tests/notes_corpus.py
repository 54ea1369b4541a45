"""The corpus of public notes by other authors (``tests/data/notes/corpus``) and their hand annotations."""

from __future__ import annotations

import pathlib
import re
import tomllib

from diffproof.notes import Notes, read_notes

CORPUS = pathlib.Path(__file__).resolve().parent / "data" / "notes" / "corpus"
DOCUMENTS = sorted(path for path in CORPUS.iterdir() if path.suffix in (".md", ".tex") and path.stem != "README")


def annotation(document: pathlib.Path) -> dict:
    """The sidecar ``.toml`` of a document: its source and licence, and every step annotated by hand."""
    return tomllib.loads(document.with_suffix(".toml").read_text(encoding="utf-8"))


FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.DOTALL)


def declared(document: pathlib.Path) -> Notes:
    """The note with the context its sidecar names (``context = "ddpm"``) declared in a comment on a line of its
    own, after any front matter: every step after it is one line lower than annotated."""
    text = document.read_text(encoding="utf-8")
    context = annotation(document)["context"]
    cut = match.end() if (match := FRONT_MATTER.match(text)) else 0
    return read_notes(f"{text[:cut]}<!-- diffproof: context {context} -->\n{text[cut:]}", markdown=True)
