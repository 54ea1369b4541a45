"""Congruences: an equation written with a modulus ("8 = 2 (mod 3)", ``8 \\equiv 2 \\pmod{3}``, "Modulo 3, 8 = 2").

The modulus may stand beside the step, in its display, or in the paragraph that leads into the display; the reader
keeps it as a remark and the kernel judges the equation among the reals, where a counterexample need not be one to
the congruence the page states (and a proof among the reals is one of another claim): such a step is held.
"""

from __future__ import annotations

import re

from diffproof.notes.model import Notes

#: A modulus written as TeX (``\pmod``, ``\bmod``, ``\mod``, ``\pod``) or as a word (mod, modulo, modulus).
_MODULUS = re.compile(r"\\(?:[pb]?mod|pod)(?![A-Za-z])|(?<![A-Za-z\\])mod(?:ulo|ulus)?(?![A-Za-z])", re.IGNORECASE)


#: A TeX comment, to the end of its line.
_COMMENT = re.compile(r"(?<!\\)%.*")


def _paragraph_before(lines: list[str], first: int) -> tuple[int, int]:
    """The lines (first, last, 1-based) of the paragraph that ends before line ``first``, blank lines skipped."""
    end = first - 1
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    start = end
    while start > 1 and lines[start - 2].strip():
        start -= 1
    return start, end


def modulus_said(notes: Notes, line: int) -> str:
    """The modulus written for the step on ``line``, as the page shows it, or '': in the display the step stands in
    (its TeX comments aside) or in the prose of the paragraph that leads into it."""
    lines = notes.source.split("\n")
    for first, last in notes.displays:
        if first <= line <= last:
            start, end = _paragraph_before(lines, first)
            shown = [_COMMENT.sub("", text) for text in lines[first - 1 : last]]
            shown += [prose.text for prose in notes.prose if start <= prose.line <= end]
            return next((" ".join(text.split()) for text in shown if _MODULUS.search(text) is not None), "")
    return ""
