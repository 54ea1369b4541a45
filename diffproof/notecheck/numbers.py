"""The numbers and sets of reals a note writes in its formulas, and whether they fit a convention.

``3/2``, ``-1``, ``10^3``, ``\\sqrt{2}`` are numbers; ``[0, 1]``, ``(0, 1]`` and
``\\mathbb{R}`` are sets of reals.  A value or a set the note gives a name fits its
convention (:data:`~diffproof.notecheck.vocabulary.CONVENTIONS`) when it lies
in the convention's domain: ``\\beta_t \\in (0, 1)`` says what the convention says;
``t \\in [0, 1]`` and ``\\alpha = 3/2`` do not.
"""

from __future__ import annotations

import re

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.vocabulary import CONVENTIONS

Letter = tuple[str, str]


def letter(name: syntax.Name) -> Letter:
    return (name.base, name.decoration)


def convention(name: syntax.Name) -> sp.Set | None:
    return next((c.domain for c in CONVENTIONS if letter(name) in c.bases), None)


def fits(name: syntax.Name, values: sp.Set) -> bool:
    """Whether every value the note gives ``name`` lies in its convention's domain (or it has none)."""
    domain = convention(name)
    return domain is None or bool(values.is_subset(domain))


def value(node: syntax.Node | None) -> sp.Expr | None:
    """The number a formula of numbers is (``3/2``, ``-1``, ``10^3``, ``\\sqrt{2}``), else None."""
    if isinstance(node, syntax.Number):
        return sp.nsimplify(node.text)
    if isinstance(node, syntax.Negative):
        inner = value(node.operand)
        return -inner if inner is not None else None
    if isinstance(node, syntax.Binary):
        left, right = value(node.left), value(node.right)
        if left is None or right is None or (node.operator == "/" and right == 0):
            return None
        return {"+": left + right, "-": left - right, "*": left * right, "/": left / right}[node.operator]
    if isinstance(node, syntax.Power):
        base, exponent = value(node.base), value(node.exponent)
        if base is None or exponent is None or abs(exponent) > 64:
            return None
        return base**exponent if base > 0 or exponent.is_integer else None
    if isinstance(node, syntax.Function) and node.function == "sqrt" and node.degree is None:
        inner = value(node.argument)
        return sp.sqrt(inner) if inner is not None and inner >= 0 else None
    return None


_INTERVAL = re.compile(r"(?:\\left\s*)?([\[(])\s*([^,]+?)\s*,\s*([^,]+?)\s*(?:\\right\s*)?([\])])")


def real_set(text: str) -> sp.Set | None:
    """The set of reals ``text`` writes: an interval with numbers at its ends, or the real line; else None."""
    text = text.strip()
    if re.fullmatch(r"\\mathbb\s*\{?\s*R\s*\}?|\\R", text):
        return sp.Reals
    match = _INTERVAL.fullmatch(text)
    if match is None:
        return None
    ends = []
    for end in (match.group(2), match.group(3)):
        try:
            ends.append(value(syntax.parse(end, notes=True).operands[0]))
        except InvalidAnswer:
            return None
    if None in ends:
        return None
    return sp.Interval(ends[0], ends[1], match.group(1) == "(", match.group(4) == ")")
