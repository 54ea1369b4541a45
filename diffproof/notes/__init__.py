"""Reading derivations out of the notes people write: LaTeX (articles, beamer) and Markdown (blogs, READMEs, slides).

:func:`read_notes` finds the display maths the way the renderer would
(:mod:`~diffproof.notes.tex` for LaTeX, :mod:`~diffproof.notes.markdown` for
Markdown), splits it into chains and steps (:mod:`~diffproof.notes.steps`),
and collects what the note states for later steps: definitions written in
display maths, laws (``x \\sim \\mathcal{N}(0, I)``) and the
``diffproof:`` directives of its comments.  Malformed input becomes a
:class:`Problem` at its line and the rest is still read.
"""

from __future__ import annotations

import pathlib
from dataclasses import replace

from diffproof.notes.markdown import read_markdown
from diffproof.notes.model import Definition, Directive, Display, Inline, Law, Notes, Problem, Relation, Step
from diffproof.notes.steps import Reader
from diffproof.notes.tex import read_tex

__all__ = [
    "FORMATS",
    "Definition",
    "Directive",
    "Display",
    "Inline",
    "Law",
    "Notes",
    "Problem",
    "Relation",
    "Step",
    "is_markdown",
    "read_file",
    "read_notes",
]

#: File suffixes read as notes, and whether they are Markdown.
FORMATS = {".tex": False, ".ltx": False, ".md": True, ".markdown": True, ".qmd": True, ".rmd": True}


def is_markdown(path: pathlib.Path) -> bool:
    """Whether a notes file is Markdown (else LaTeX); a suffix not in :data:`FORMATS` is a ValueError."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: expected a notes file ({', '.join(FORMATS)}), got {path.suffix or 'no suffix'!r}")
    return FORMATS[suffix]


def _cite(steps: list[Step], directives: list[Directive]) -> list[Step]:
    """``% diffproof: by <rule>`` names the rule of the step on its line, else of the next step."""
    steps = list(steps)
    for directive in directives:
        if directive.kind != "by":
            continue
        on_line = [index for index, step in enumerate(steps) if step.line == directive.line]
        after = [index for index, step in enumerate(steps) if step.line > directive.line]
        target = on_line[-1] if on_line else after[0] if after else None
        if target is not None:
            steps[target] = replace(steps[target], cited=directive.text)
    return steps


def read_notes(text: str, *, markdown: bool = False) -> Notes:
    """Everything a LaTeX (or, with ``markdown``, Markdown) note says, in the order of the text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    displays, directives, problems, inline = read_markdown(text) if markdown else read_tex(text)
    reader = Reader()
    for display in displays:
        reader.read(display)
    return Notes(
        steps=tuple(_cite(reader.steps, directives)),
        definitions=tuple(reader.definitions),
        laws=tuple(reader.laws),
        directives=tuple(directives),
        problems=tuple(sorted(problems + reader.problems, key=lambda problem: problem.line)),
        inline=tuple(inline),
    )


def read_file(path: pathlib.Path) -> Notes:
    """The notes in a ``.tex`` or ``.md`` file (see :data:`FORMATS`); OSError and ValueError as for reading a file."""
    markdown = is_markdown(path)
    return read_notes(path.read_text(encoding="utf-8"), markdown=markdown)
