r"""Where a proof one coordinate at a time may rest on reading a matrix or a vector as a number: the identity
matrix ``I`` written as a term of its own beside no vector (``I + I = 2`` holds of the number 1, not of the
matrix; ``E[\epsilon_0^2] = I`` is each coordinate's second moment, the diagonal's 1), and a letter
written both bold and plain (``\mathbf{x} = x`` holds where they are one name).  A step is proved only where it
is proved too with such names read as names of their own.  A letter the note writes bold and plain in its other
formulas too is one name (its author's typeface varies: ``E(\sqrt{\bar\alpha_t}\mathbf{x}_0 +
\sqrt{1 - \bar\alpha_t}\boldsymbol{\epsilon}) = \ldots E(\epsilon)`` beside other such displays)."""

from __future__ import annotations

import re
from dataclasses import replace

from diffproof.answers import parser as syntax
from diffproof.notecheck.statements.formulas import Formula
from diffproof.notecheck.vocabulary import nodes, rebuilt

#: The identity matrix, read one coordinate at a time as 1.
IDENTITY = ("I", "", "")
#: The identity matrix outside a Gaussian's covariance, read as a number of its own (any number, not 1).
_FREE_IDENTITY = "matrix"
#: The decoration of a letter written bold, read as a name of its own beside the plain letter.
_BOLD_NAME = "bold"
#: The fonts that make a letter a vector or a matrix (``\mathbf{x}``, ``\boldsymbol\epsilon``, ``\vec{v}``), just
#: before the letter (and its opening brace) in the text.
_BOLD = re.compile(r"\\(?:mathbf|boldsymbol|bm|pmb|symbf|mathbfit|bold|vec)\s*\{?\s*(?:\\[A-Za-z]+\s*)?$")


def free_identity(sides: tuple[Formula, Formula]) -> bool:
    """Whether a step writes the identity matrix outside every Gaussian's covariance, each time as a term of its
    own (times numbers only: ``I + I = 2``, ``2I = 2``); where one multiplies a name (``I x = x``, ``(1 - \\beta) I
    + \\beta I = I``) the identity acts on it, or scales it, as 1 does."""
    written = [n for side in sides if side.node is not None for n in _outside_covariances(side.node)]
    identities = any(isinstance(n, syntax.Name) and n.key == IDENTITY for n in written)
    return identities and not any(_multiplies_a_name(n) for n in written)


def bold_and_plain(formulas: tuple[Formula, ...]) -> set[tuple[str, str]]:
    """The letters (and decorations) ``formulas`` write both in a bold font and plain: in a step, read as two
    names unless the note's other formulas (its other steps, statements and inline maths) write both too."""
    bold, plain = _typefaces(formulas)
    return bold & plain


def read_apart(
    sides: tuple[Formula, Formula], letters: set[tuple[str, str]], identity: bool
) -> tuple[Formula, Formula]:
    """The step with its bold ``letters``, and with ``identity`` its free identity matrices, as names of their
    own."""
    return tuple(_bold_apart(_identity_apart(side) if identity else side, letters) for side in sides)


def bold_names(formula: Formula) -> list[syntax.Name]:
    """The names ``formula`` writes in a bold font, but the identity matrix and the variables of its integrals."""
    differentials = _differentials(formula)
    written = nodes(formula.node) if formula.node is not None else ()
    return [node for node in written if isinstance(node, syntax.Name) and node.key != IDENTITY
            and id(node) not in differentials and _bold(formula.text, node)]  # fmt: skip


def _typefaces(formulas: tuple[Formula, ...]) -> tuple[set, set]:
    """The letters (and decorations) ``formulas`` write bold, and those they write plain."""
    bold, plain = set(), set()
    for formula in formulas:
        differentials = _differentials(formula)
        for node in nodes(formula.node) if formula.node is not None else ():
            if isinstance(node, syntax.Name) and node.key != IDENTITY and id(node) not in differentials:
                (bold if _bold(formula.text, node) else plain).add((node.base, node.decoration))
    return bold, plain


def _differentials(formula: Formula) -> set[int]:
    """The names an integral of ``formula`` is taken over (``d\\mathbf{x}_{1:t}``), by identity: bold or plain,
    each is the variable its integrand writes."""
    written = nodes(formula.node) if formula.node is not None else ()
    return {id(n) for i in written if isinstance(i, syntax.Integral) for v in i.variables for n in nodes(v)}


def _bold(text: str, name: syntax.Name) -> bool:
    """Whether ``name`` is written in a bold font (the font's command just before it)."""
    return bool(_BOLD.search(text[: name.position]))


def _identity_apart(formula: Formula) -> Formula:
    """``formula`` with each identity matrix outside a Gaussian's covariance a name of its own."""

    def replaced(node: syntax.Node) -> syntax.Node | None:
        if isinstance(node, syntax.Gaussian):  # N(x; m, s I): the covariance's I is each coordinate's 1
            point = None if node.point is None else rebuilt(node.point, replaced)
            return replace(node, point=point, mean=rebuilt(node.mean, replaced))
        if isinstance(node, syntax.Name) and node.key == IDENTITY:
            return replace(node, decoration=_FREE_IDENTITY)
        return None

    if formula.node is None:
        return formula
    node = rebuilt(formula.node, replaced)
    return formula if node == formula.node else replace(formula, node=node)


def _outside_covariances(node: syntax.Node) -> list[syntax.Node]:
    """The nodes of a tree outside every Gaussian's covariance."""
    if isinstance(node, syntax.Gaussian):
        return [node, *(n for part in (node.point, node.mean) if part is not None for n in _outside_covariances(part))]
    children = [v for value in vars(node).values() for v in (value if isinstance(value, tuple) else (value,))]
    return [node, *(n for child in children if isinstance(child, syntax.Node) for n in _outside_covariances(child))]


def _factors(node: syntax.Node) -> list[syntax.Node]:
    """The factors of a product (its signs dropped), or the node itself."""
    if isinstance(node, syntax.Negative):
        return _factors(node.operand)
    if isinstance(node, syntax.Binary) and node.operator == "*":
        return [*_factors(node.left), *_factors(node.right)]
    return [node]


def _multiplies_a_name(node: syntax.Node) -> bool:
    """Whether ``node`` is a product with the identity and a factor that writes a name other than it."""
    found = _factors(node)
    names = [any(isinstance(n, syntax.Name) and n.key != IDENTITY for n in nodes(f)) for f in found]
    return len(found) > 1 and any(names) and any(isinstance(f, syntax.Name) and f.key == IDENTITY for f in found)


def _bold_apart(formula: Formula, letters: set[tuple[str, str]]) -> Formula:
    """``formula`` with its bold letters among ``letters`` names of their own."""

    differentials = _differentials(formula)

    def replaced(node: syntax.Node) -> syntax.Node | None:
        if id(node) in differentials:
            return node
        if isinstance(node, syntax.Name) and (node.base, node.decoration) in letters and _bold(formula.text, node):
            return replace(node, decoration=f"{node.decoration}{_BOLD_NAME}")
        return None

    if formula.node is None or not letters:
        return formula
    return replace(formula, node=rebuilt(formula.node, replaced))
