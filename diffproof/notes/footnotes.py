"""Footnotes (``[^label]`` in the text, ``[^label]: text`` its definition): a renderer shows the definition's text at
the page's end, linked from its mark, so a reader meets what it states at the mark.  Where the mark comes before the
definition, what the definition states is read at the mark's line (a footnote written below the step it speaks of,
"With $x$ as in the footnote,[^1] we have"); where the definition comes first, at its own (the earlier of the two: what
it states is never read later than a reader may meet it).  The marks and labels are no words of their sentences."""

from __future__ import annotations

import re
from collections.abc import Mapping

#: A footnote's definition at the start of a line (after at most three spaces), and its label.
_DEFINITION = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:", re.MULTILINE)
#: A footnote's mark in the text: its label in brackets, not followed by a colon.
_MARK = re.compile(r"\[\^([^\]\s]+)\](?!:)")
#: A definition's label or a mark, as a sentence shows neither (a superscript number, a list at the page's end).
_LABEL = re.compile(r"^\s{0,3}\[\^[^\]\s]+\]:\s*|\[\^[^\]\s]+\](?!:)")


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def read_at_marks(text: str, ends: Mapping[int, int] | None = None) -> dict[int, int]:
    """Each line of a footnote definition of ``text`` whose label is marked on an earlier line, with the line of its
    first mark.  A definition runs from its first line up to a blank line, or to the end of the block the reader
    reads there (``ends``: a block's first line to its last), whichever comes first: a display that interrupts its
    paragraph ends it, and what follows that display is no part of the footnote."""
    lines = text.split("\n")
    ends = ends or {}
    moved: dict[int, int] = {}
    for definition in _DEFINITION.finditer(text):
        first = _line(text, definition.start())
        marks = [_line(text, m.start()) for m in _MARK.finditer(text) if m.group(1) == definition.group(1)]
        if not marks or min(marks) >= first:
            continue
        last = first
        while last < len(lines) and lines[last].strip():
            last += 1
        last = min(last, ends.get(first, last))
        moved |= {line: min(marks) for line in range(first, last + 1)}
    return moved


def unmarked(sentence: str) -> str:
    """``sentence`` without footnote marks and a definition's label."""
    return _LABEL.sub("", sentence)
