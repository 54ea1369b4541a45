"""Footnotes (``[^label]`` in the text, ``[^label]: text`` its definition): a renderer shows the definition's text at
the page's end, linked from its mark, so a reader meets what it states at the mark.  Where the mark comes before the
definition, what the definition states is read at the mark's line (a footnote written below the step it speaks of,
"With $x$ as in the footnote,[^1] we have"); where the definition comes first, at its own (the earlier of the two: what
it states is never read later than a reader may meet it).  The marks and labels are no words of their sentences.

A label is matched as GFM matches it, its case folded (``[^Zero]`` marks ``[^zero]``); a definition may open a
block quote's line or a list item (``> [^1]: ...``, ``- [^1]: ...``: markdown-it reads it there), and goes on in the
paragraphs indented by four spaces after it (its own, not indented code).  LaTeX's ``\\footnotetext{...}`` is the
text of the ``\\footnotemark`` before it (the last one, or the one of its number)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from diffproof.notes.tokens import group_end

#: A footnote's definition at the start of a line (after at most three spaces, and the marks of the block quotes
#: and list items that hold it), and its label.
_DEFINITION = re.compile(r"^ {0,3}(?:(?:>|(?:[-+*]|\d{1,9}[.)])(?= )) {0,4})*\[\^([^\]\s]+)\]:", re.MULTILINE)
#: A footnote's definition at the start of a line, outside block quotes and lists.
_TOP_DEFINITION = re.compile(r" {0,3}\[\^[^\]\s]+\]:")
#: A line indented by four spaces or more (a tab is four): a footnote's own after it.
_INDENTED = re.compile(r"^(?: {4}| {0,3}\t)")
#: A line with nothing but the marks of block quotes: blank inside them.
_BLANK = re.compile(r"[\s>]*")
#: A footnote's mark in the text: its label in brackets, not followed by a colon.
_MARK = re.compile(r"\[\^([^\]\s]+)\](?!:)")
#: A definition's label or a mark, as a sentence shows neither (a superscript number, a list at the page's end).
_LABEL = re.compile(r"^\s{0,3}\[\^[^\]\s]+\]:\s*|\[\^[^\]\s]+\](?!:)")


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


def read_at_marks(text: str, ends: Mapping[int, int] | None = None) -> dict[int, int]:
    """Each line of a footnote definition of ``text`` (its first paragraph and the indented ones after it) whose
    label is marked on an earlier line, with the line of its first mark.  Its first paragraph runs up to a blank
    line, or to the end of the block the reader reads there (``ends``: a block's first line to its last), whichever
    comes first: a display that interrupts it ends the footnote, and what follows that display is no part of it."""
    lines = text.split("\n")
    ends = ends or {}
    moved: dict[int, int] = {}
    for definition in _DEFINITION.finditer(text):
        first = _line(text, definition.start())
        label = definition.group(1).casefold()
        marks = [_line(text, m.start()) for m in _MARK.finditer(text) if m.group(1).casefold() == label]
        if not marks or min(marks) >= first:
            continue
        moved |= {line: min(marks) for line in range(first, _last_line(lines, first, ends.get(first)) + 1)}
    return moved


def _last_line(lines: list[str], first: int, end: int | None = None) -> int:
    """The last line (1-based) of the footnote defined on line ``first``: its paragraph's, or that of the last
    paragraph indented after it; ``end``, where the reader's block ends its first paragraph earlier."""
    last = first
    while last < len(lines) and not _BLANK.fullmatch(lines[last]):
        last += 1
    if end is not None and end < last:
        return end
    if not _TOP_DEFINITION.match(lines[first - 1]):
        return last
    after = last
    while after < len(lines) and (not lines[after].strip() or _INDENTED.match(lines[after])):
        after += 1
        last = after if lines[after - 1].strip() else last
    return last


def own_paragraphs(text: str) -> str:
    """``text`` with each paragraph indented after a footnote's definition (outside block quotes and lists) set at
    its margin, the paragraph of the footnote a renderer of footnotes reads there (markdown-it, GFM, Pandoc), not
    indented code; its lines stay where they were."""
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if not _TOP_DEFINITION.match(line):
            continue
        for at in range(number, _last_line(lines, number)):  # the lines after its first, 0-based
            lines[at] = _INDENTED.sub("", lines[at], count=1)
    return "\n".join(lines)


#: LaTeX's footnote mark (its number, if given) and a footnote's text given apart (its number, if given).
_TEX_MARK = re.compile(r"\\footnote(mark)?(?![A-Za-z])\s*(?:\[\s*(\d+)\s*\])?")
_TEX_TEXT = re.compile(r"\\footnotetext(?![A-Za-z])\s*(?:\[\s*(\d+)\s*\])?\s*(?=\{)")


def texts_at_marks(source: str) -> dict[int, int]:
    """Each line of a LaTeX ``\\footnotetext{...}`` of ``source`` whose mark is a ``\\footnotemark`` on an earlier
    line (the last footnote before it, or the last mark of its number), with the line of that mark."""
    moved: dict[int, int] = {}
    for given in _TEX_TEXT.finditer(source):
        end = group_end(source, given.end())
        before = [m for m in _TEX_MARK.finditer(source, 0, given.start()) if given.group(1) in (None, m.group(2))]
        if end is None or not before or not before[-1].group(1):
            continue
        mark, first = _line(source, before[-1].start()), _line(source, given.start())
        if mark < first:
            moved |= {line: mark for line in range(first, _line(source, end) + 1)}
    return moved


def unmarked(sentence: str) -> str:
    """``sentence`` without footnote marks and a definition's label."""
    return _LABEL.sub("", sentence)
