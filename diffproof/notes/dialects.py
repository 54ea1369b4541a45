"""Text a Markdown page shows or not depending on the dialect that renders it.

A MyST comment line (``% ...``: Jupyter Book, myst-parser), an MDX comment (``{/* ... */}``: Docusaurus) and a
footnote definition no text refers to (dropped by GitHub, kramdown, Pandoc and markdown-it-footnote) are shown as
text by a renderer of plain CommonMark, and not at all by the others.  What is written there may or may not be on
the page: it is held, and where it defines a command MathJax would run (``\\renewcommand``), whether the maths
after it means what it says is not known either, so all of that is held too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markdown_it.token import Token

#: A line MyST reads as a comment: ``%`` after at most three spaces.
_MYST_COMMENT = re.compile(r"^ {0,3}%", re.MULTILINE)
#: An MDX comment: a JavaScript comment in braces.
_MDX_COMMENT = re.compile(r"\{\s*/\*.*?\*/\s*\}", re.DOTALL)
#: A footnote definition at the start of a paragraph, and its label.
_FOOTNOTE = re.compile(r"\A\[\^([^\]\s]+)\]:")
#: A command that defines another, which MathJax runs where it typesets it.
_DEFINING = re.compile(
    r"\\(?:(?:re)?newcommand|providecommand|DeclareMathOperator|[gex]?def|let|(?:re)?newenvironment)(?![A-Za-z])"
)


def _unreferenced(label: str, text: str) -> bool:
    """Whether no text of the page refers to the footnote ``label`` (``[^label]`` not followed by a colon)."""
    return re.search(rf"\[\^{re.escape(label)}\](?!:)", text) is None


def _disputed(content: str, text: str) -> bool:
    """Whether a paragraph's ``content`` is shown by some dialects only."""
    footnote = _FOOTNOTE.match(content)
    return (
        _MYST_COMMENT.search(content) is not None
        or _MDX_COMMENT.search(content) is not None
        or (footnote is not None and _unreferenced(footnote.group(1), text))
    )


def disputed_lines(tokens: Sequence[Token], text: str) -> tuple[tuple[int, int], ...]:
    """The lines (first, last, 1-based) of each paragraph of ``text`` (parsed as ``tokens``) that some dialects show
    and others do not; from its first line to the page's end where it defines a command."""
    last = text.count("\n") + 1
    found = []
    for token in tokens:
        if token.type == "inline" and token.map is not None and _disputed(token.content, text):
            first, end = token.map[0] + 1, token.map[1]
            found.append((first, last if _DEFINING.search(token.content) else end))
    return tuple(found)
