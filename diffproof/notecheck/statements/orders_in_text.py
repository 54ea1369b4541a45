"""Orders a reader sees where no order is written as maths: in plain text (``Let x < 0.``, ``Let x ≤ −1.``: a
single Latin letter beside an order sign is a name bounded, dollars or not), or a name and an interval set apart in
one sentence (``Let $x$ belong to $(0, 1)$``: the words between are not read).  What bound is not read here, so the
names' signs are held unread (a logarithm or a root of them is not presumed to have a value, a counterexample about
them is not trusted), never taken as an order."""

from __future__ import annotations

import re

from diffproof.answers import parser as syntax
from diffproof.notecheck.numbers import convention
from diffproof.notecheck.statements.formulas import Stated, _variables
from diffproof.notes import Inline, Notes
from diffproof.notes.steps import membership_order

#: Maths and code in a paragraph, masked before its plain text is read: inline and display maths, environments,
#: code spans and HTML comments.
_NOT_TEXT = re.compile(
    r"\$\$.*?\$\$|(?<!\\)\$[^$]*(?<!\\)\$|\\\[.*?\\\]|\\\(.*?\\\)|\\begin\s*\{([^{}]*)\}.*?\\end\s*\{\1\}"
    r"|`+[^`]*`+|<!--.*?-->",
    re.DOTALL,
)
#: An order sign written in text: ASCII, with an equals sign, or Unicode.
_SIGN = r"(?:<=|>=|<|>|≤|≥|⩽|⩾|≦|≧)"
#: A single Latin letter standing alone (not in a word, a command or a tag: ``<b>``, ``</i>``).
_LETTER = r"(?<![\w\\$</])([A-Za-z])(?![\w$])"
#: A letter before a sign (``x < 0``), or after one that has something on its left (``0 < x``; not a block quote's
#: ``> a`` at a line's start, nor a tag's ``<a``: a space after ``<`` or ``>``).
_ORDERED = re.compile(rf"{_LETTER}\s*{_SIGN}(?!=)|[\w)\].]\s*(?:{_SIGN}\s+|[≤≥⩽⩾≦≧]\s*){_LETTER}")


def orders_in_text(notes: Notes) -> list[Stated]:
    """Each name a line of prose writes beside an order sign outside maths, as a relation of it whose sign is not
    read (``sign_unread``): it may place the name at 0 or below, so no sign is presumed of it."""
    found = []
    for paragraph in notes.prose:
        text = _NOT_TEXT.sub(lambda masked: re.sub(r"[^\n]", " ", masked.group()), paragraph.text)
        for offset, line in enumerate(text.split("\n")):
            for match in _ORDERED.finditer(line):
                letter = match.group(1) or match.group(2)
                at = paragraph.line + offset
                said = " ".join(paragraph.text.split("\n")[offset].split())
                found.append(Stated("relation", at, said, _variables(letter, at), None, "words", sign_unread=True))
    return found


#: Inline maths in a sentence: ``$...$`` or ``\\(...\\)``.
_SENTENCE_MATHS = re.compile(r"(?<![\\$])\$([^$]+)(?<!\\)\$|\\\((.*?)\\\)", re.DOTALL)


def names_beside_an_interval(inline: Inline) -> list[Stated]:
    """The names set alone (``$x$``, ``$x, y$``) in a sentence that also sets an interval of numbers alone (``$(0,
    1)$``, ``$[-2, -1]$``, ``$[0, \\infty)$``), each as a relation whose sign is not read: the words between may put
    them in it ("belong to", "lie in", "are drawn from") or not ("the point"), and they are not read."""
    listed = _variables(inline.text, inline.line).node
    names = [a for a in listed.arguments if isinstance(a, syntax.Name)] if isinstance(listed, syntax.Call) else []
    if not names or len(names) != len(listed.arguments) or any(convention(n) is not None for n in names):
        return []  # a name with a convention (beta_t in (0, 1)) is left to it, as signed_unread leaves it
    pieces = [m.group(1) if m.group(1) is not None else m.group(2) for m in _SENTENCE_MATHS.finditer(inline.sentence)]
    interval = next((p.strip() for p in pieces if membership_order("x", p.strip()) is not None), None)
    if interval is None:
        return []
    said = f"${' '.join(inline.text.split())}$ beside ${interval}$"
    return [
        Stated("relation", inline.line, said, _variables(inline.text, inline.line), None, "words", sign_unread=True)
    ]
