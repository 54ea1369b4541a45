"""Congruences: an equation written with a modulus ("8 = 2 (mod 3)", ``8 \\equiv 2 \\pmod{3}``, "Modulo 3, 8 = 2",
the French ``8 \\equiv 2 \\; [3]``), or said in a ring the note names other than the reals ("In Z/3Z", F_3, GF(3),
"in characteristic 2").

The modulus may stand beside the step, in its display, or in the paragraph that leads into the display; a ring may be
named anywhere in the note's prose (it sets the arithmetic of what follows).  The reader keeps either as a remark and
the kernel judges the equation among the reals, where a counterexample need not be one to the congruence the page
states (and a proof among the reals is one of another claim): such a step is held.
"""

from __future__ import annotations

import re

from diffproof.notes.model import Notes

#: A modulus written as TeX (``\pmod``, ``\bmod``, ``\mod``, ``\pod``), as a word (mod, modulo, modulus), or in
#: brackets after a congruence sign (the French ``a \equiv b \; [n]``; ``\[`` opens a display, not a modulus).
_MODULUS = re.compile(
    r"\\(?:[pb]?mod|pod)(?![A-Za-z])|(?<![A-Za-z\\])mod(?:ulo|ulus)?(?![A-Za-z])"
    r"|(?:\\equiv(?![A-Za-z])|≡)[^\n]*?(?<!\\)\[[^\[\]\n]+\]",
    re.IGNORECASE,
)

#: The integers, or a field, as TeX or Unicode: ``\mathbb{Z}``, ``\mathbb Z``, ℤ (``\mathbf{Z}`` too before "/").
_INTEGERS = r"(?:\\mathbb\s*\{?\s*Z\s*\}?|ℤ)"
_BOLD_INTEGERS = r"(?:\\mathbf\s*\{\s*Z\s*\})"
_FIELD = r"(?:\\mathbb\s*\{?\s*F\s*\}?|𝔽)"
#: The subscript of a finite ring or field (Z_3, F_p, F_{q}): a positive number or p, q, n, m, not raised after
#: (Z_0^+ and Z_1^+ are sets of integers, not rings of residues).
_ORDER = r"_\s*(?:\{\s*)?(?:[1-9]\d*|[pqnm](?![A-Za-z]))\s*\}?(?!\s*\^)"
#: A ring or field named other than the reals and the complex numbers: Z/nZ (TeX, Unicode or plain), Z_n, F_q, GF(q),
#: a positive characteristic, a finite or Galois field.
_RING = re.compile(
    rf"(?:{_INTEGERS}|{_BOLD_INTEGERS})\s*/|{_INTEGERS}\s*{_ORDER}|{_FIELD}\s*{_ORDER}|(?<![A-Za-z])GF\}}?\s*\("
    r"|(?<![A-Za-z])Z\s*/\s*\(?\s*\d+\s*\)?\s*Z(?![A-Za-z])"
    r"|(?i:characteristic)\s*\$?\s*\\?\(?\s*(?:[1-9]|p(?![A-Za-z])|(?i:two|three))|(?i:(?:finite|Galois)\s+field)"
)


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


def ring_said(notes: Notes) -> str:
    """The words of the note's prose that name a ring or field other than the reals (:data:`_RING`), as the page
    shows them, or '': the arithmetic the note's steps are said in, wherever the note names it."""
    found = (_RING.search(prose.text) for prose in notes.prose)
    return next((_around(match) for match in found if match is not None), "")


def _around(match: re.Match) -> str:
    """The words a match stands in, some 30 characters either side, on one line."""
    text = match.string
    return " ".join(text[max(0, match.start() - 30) : match.end() + 30].split())
