"""The reader on public notes by other authors: every hand-annotated step at its line, and nothing else.

Each document in ``tests/data/notes/corpus`` has a sidecar ``.toml`` with its
source, author, licence and retrieval date, and the steps a reader of the
rendered page sees in its display maths, annotated by hand (line, left side,
relation, right side, whether it is right or wrong and why).  Sides are
compared modulo presentation (spacing, sizes, ``\\limits``) and white space.
"""

from __future__ import annotations

import pathlib
import re

import pytest
from notes_corpus import DOCUMENTS, annotation

from diffproof.notes import read_file

KINDS = {"derivation", "statement", "definition"}
VERDICTS = {"right", "wrong", "none"}
_PRESENTATION = re.compile(
    r"\\(quad|qquad|limits|nolimits|displaystyle|Large|large|small)(?![a-zA-Z])|\\[,;:! ]|(?<!\\)~"
)
_COLOUR = re.compile(r"\\(color|textcolor)\{[a-z]+\}|\\boxed(?![a-zA-Z])")


def _uncolour(text: str) -> str:
    """``\\color{red}{x}`` and ``\\boxed{x}`` as ``x``: the braces of the group go with the decoration."""
    while (match := _COLOUR.search(text)) is not None:
        rest = text[match.end() :].lstrip()
        if not rest.startswith("{"):
            text = text[: match.start()] + rest
            continue
        depth = 0
        index = 0
        for index, char in enumerate(rest):  # noqa: B007 -- the index is used after the loop
            depth += {"{": 1, "}": -1}.get(char, 0)
            if depth == 0:
                break
        text = text[: match.start()] + rest[1:index] + rest[index + 1 :]
    return text


def squash(text: str) -> str:
    """Sides compared as TeX reads them: presentation (spacing, sizes, colours) and white space ignored."""
    text = " ".join(_PRESENTATION.sub(" ", _uncolour(text)).split())
    return re.sub(r"(?<![A-Za-z]) | (?![A-Za-z])", "", text)


def annotated_steps(document: pathlib.Path) -> list[tuple[int, str, str, str]]:
    """(line, lhs, relation, rhs) of each annotated step; ``lhs = "^"`` is the right side of the step before."""
    steps = []
    for entry in annotation(document).get("step", []):
        lhs = steps[-1][3] if entry["lhs"] == "^" else entry["lhs"]
        steps.append((entry["line"], lhs, entry["relation"], entry["rhs"]))
    return steps


def test_the_corpus_has_a_dozen_documents_in_several_languages():
    assert len(DOCUMENTS) >= 10
    languages = {annotation(document)["language"] for document in DOCUMENTS}
    assert {"en", "zh", "ko"} <= languages


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.stem)
def test_each_document_states_its_source_and_licence(document):
    meta = annotation(document)
    for key in ("source", "author", "licence", "retrieved", "language", "format"):
        assert meta.get(key), f"{document.name}: {key} missing"
    for entry in meta.get("step", []):
        assert entry["kind"] in KINDS and entry["verdict"] in VERDICTS
        assert entry["verdict"] != "wrong" or entry.get("why"), f"line {entry['line']}: a wrong step says why"


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.stem)
def test_every_annotated_step_is_read_at_its_line_and_nothing_else(document):
    notes = read_file(document)
    read = [(step.line, squash(step.lhs), step.relation.value, squash(step.rhs)) for step in notes.steps]
    expected = [(line, squash(lhs), relation, squash(rhs)) for line, lhs, relation, rhs in annotated_steps(document)]
    assert read == expected


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: path.stem)
def test_definitions_laws_and_problems_are_read_where_annotated(document):
    notes = read_file(document)
    meta = annotation(document)
    definitions = [
        (entry["line"], squash(entry["name"]), squash(entry["body"])) for entry in meta.get("definition", [])
    ]
    assert [(item.line, squash(item.name), squash(item.body)) for item in notes.definitions] == definitions
    laws = [(entry["line"], squash(entry["variable"]), squash(entry["law"])) for entry in meta.get("law", [])]
    assert [(item.line, squash(item.variable), squash(item.law)) for item in notes.laws] == laws
    assert [problem.line for problem in notes.problems] == [entry["line"] for entry in meta.get("problem", [])]
