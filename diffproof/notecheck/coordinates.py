"""Vectors read one coordinate at a time: which names of a step are vectors, what sums over their coordinates (a
norm, a KL, the identity, a density of a law of vectors), and the step written again for n equal coordinates."""

from __future__ import annotations

import re
from dataclasses import replace

import sympy as sp

from derivations.kernel.assumptions import Definition
from derivations.probability import KL, Density, Expectation, Grad
from diffproof.answers import parser as syntax
from diffproof.notecheck import contexts
from diffproof.notecheck.chains import law_letter
from diffproof.notecheck.scalars import IDENTITY, _bold
from diffproof.notecheck.statements.formulas import Formula, Stated, defined_name
from diffproof.notecheck.vocabulary import (
    CONVENTIONS,
    NoteVocabulary,
    keys_in,
    nodes,
    rebuilt,
)

#: The letters the reading's conventions make numbers (the schedule, variances, standard deviations, steps): in
#: R^d they scale vectors.  Σ, a covariance, is a matrix there.
_NUMBER_LETTERS = frozenset(letter for c in CONVENTIONS for letter in c.bases) - {("Sigma", "")}


def summing(sides: tuple[Formula, Formula], summed: tuple, vectors: set, stated: list[Stated]) -> bool:
    """Whether a step writes what sums over the coordinates of vectors, so that it may hold at one coordinate
    and not at more, or the other way round: a norm, a KL, a dot product, the identity matrix, or a density of a
    law of vectors.  (An equation of coordinates alone, x_t = sqrt(alpha_t) x_{t-1} + ..., fails at each.)"""
    written = [node for side in sides if side.node is not None for node in nodes(side.node)]
    return (
        summed != sides
        or any(isinstance(n, syntax.Norm | syntax.Divergence) for n in written)
        or any(isinstance(n, syntax.Name) and n.key == ("I", "", "") for n in written)
        or vector_law_density(sides, vectors)
        or sums_coordinates(sides, stated)
    )


def through_definitions(sides: tuple[Formula, ...], stated: list[Stated], uses: tuple[str, ...]) -> tuple:
    r"""``sides`` and the bodies of the note's definitions of the names they write (a name, not a density or a
    function applied) that a proof of the step used (``uses``, as its verdict shows them), and of the names those
    write in turn: ``\ell = -\tfrac12 \log 2\pi - \tfrac12 x_t^2`` sums over the coordinates of x_t where the
    ``\ell := \log \mathcal{N}(x_t; 0, I)`` it was proved by does, though the step writes no density itself."""
    used = {use.partition(":")[0] for use in uses}
    found = list(sides)
    written = {key for side in sides if side.node is not None for key in keys_in(side.node)}
    definitions = [item for item in stated if item.kind == "definition" and f"line {item.line}" in used
                   and item.name is not None and isinstance(item.name.node, syntax.Name) and item.body is not None
                   and item.body.node is not None]  # fmt: skip
    while True:
        reached = [item for item in definitions if item.name.node.key in written and item.body not in found]
        if not reached:
            return tuple(found)
        found += [item.body for item in reached]
        written |= {key for item in reached for key in keys_in(item.body.node)}


def vector_names(sides: tuple[Formula, Formula], stated: list[Stated]) -> set:
    r"""The names a step writes that are vectors: under a declared context, x_t and the noises (not a bare z, a
    latent the context says nothing of); and the names the note gives a Gaussian law whose covariance writes the
    identity (``\epsilon \sim \mathcal{N}(0, I)``, ``p(z) = \mathcal{N}(z; 0, I)``)."""
    written = {key for side in sides if side.node is not None for key in keys_in(side.node)}
    found = set()
    if any(item.kind == "context" for item in stated):
        found |= {key for key in written if (key[0] == "x" and key[2]) or contexts.is_noise(key)}
    for item in stated:
        if item.name is None or item.name.node is None:
            continue
        trees = [f.node for f in (item.name, item.body) if f is not None and f.node is not None]
        laws = [node for tree in trees for node in nodes(tree) if isinstance(node, syntax.Gaussian)]
        if not any(_writes_identity(law.covariance) for law in laws):
            continue
        named = item.name.node
        points = [law.point for law in laws if law.point is not None]
        for node in (
            ([named] if isinstance(named, syntax.Name) else []) + list(getattr(named, "arguments", ())) + points
        ):
            found |= {n.key for n in nodes(node) if isinstance(n, syntax.Name)}
    families = {key[:2] for key in found if key[2]}  # x_t a vector: so is every x_k of the chain (x_{t-1}, x_0)
    return {key for key in written if key in found or (key[2] and key[:2] in families)}


def vector_law_density(sides: tuple[Formula, Formula], vectors: set) -> bool:
    """Whether a step writes a density of vectors only (``q(x_t | x_0)`` under a context, ``p(z)`` where the note
    states ``p(z) = N(z; 0, I)``) beside a term or a factor of one that writes neither such a density nor a vector
    but a constant of the note (``-\\frac{1}{2} \\log(2 \\pi \\beta_t)``, a normalising constant): one coordinate's
    constant where a density of vectors is the product of its coordinates'.  Steps written one coordinate at a
    time without such a constant (``q(x_t | x_0) \\propto \\exp(-(x_t - m)^2 / 2 s)``, Bayes' rule) are not checked
    again: their squares and products of vectors are one coordinate's, which the law's density at four is not."""

    def density(node: syntax.Node) -> bool:
        return (
            isinstance(node, syntax.Call)
            and law_letter(node) is not None
            and bool(node.arguments)
            and all(isinstance(a, syntax.Name) and a.key in vectors for a in node.arguments)
        )

    def parts(node: syntax.Node) -> list[syntax.Node]:
        """The terms of a sum and the factors of each; a quotient's divisor where it divides an exponential or no
        vector (``\\exp(...) / \\sqrt{2 \\pi \\beta}``, not the scale of ``(x_t - m)^2 / 2 s``)."""
        if isinstance(node, syntax.Negative):
            return parts(node.operand)
        if isinstance(node, syntax.Binary) and node.operator in "+-":
            return [*parts(node.left), *parts(node.right)]
        return [node, *factors(node)]

    def factors(node: syntax.Node) -> list[syntax.Node]:
        if isinstance(node, syntax.Negative):
            return factors(node.operand)
        if isinstance(node, syntax.Binary) and node.operator == "*":
            return [*factors(node.left), *factors(node.right)]
        if isinstance(node, syntax.Binary) and node.operator == "/":
            numerator = factors(node.left)
            exponential = isinstance(node.left, syntax.Function) and node.left.function == "exp"
            scaled = exponential or not _vector_valued(node.left, vectors)
            return [node.left, *numerator, *([node.right] if scaled else [])]
        return [node]

    def constant(node: syntax.Node) -> bool:
        inside = list(nodes(node))
        return (
            any(isinstance(n, syntax.Name) for n in inside)
            and not any(isinstance(n, syntax.Name) and n.key in vectors for n in inside)
            and not any(isinstance(n, syntax.Call) and law_letter(n) is not None for n in inside)
        )

    written = [node for side in sides if side.node is not None for node in nodes(side.node)]
    return any(density(n) for n in written) and any(
        constant(part) for side in sides if side.node is not None for part in parts(side.node)
    )


def per_coordinates(expr: sp.Expr, vectors: set, coordinates: int) -> sp.Expr:
    """``expr`` read with ``coordinates`` equal coordinates where it writes a density of vectors (those the note
    or the context gives Gaussian laws with the identity): such a density is the product of its coordinates'
    (its power), as ``N(x; mu, I)`` at a point already is, and a KL between such laws their sum; the law of an
    expectation and a density under an integral over its variable stay one coordinate's (the expectation of a
    sum over equal coordinates is the sum of theirs), and a gradient with respect to a vector of such a density
    is one coordinate's partial derivative (the derivative of the sum over equal coordinates, shared by them)."""
    if not isinstance(expr, sp.Basic):
        return expr

    def summed(density: sp.Basic) -> bool:
        return (
            isinstance(density, Density)
            and bool(density.variables)
            and all(isinstance(v, sp.Symbol) and v in vectors for v in density.variables)
        )

    def walk(node: sp.Basic) -> sp.Basic:
        if summed(node):
            return node**coordinates
        if isinstance(node, Expectation):
            return Expectation(walk(node.expr), node.measure, node.variables)
        if isinstance(node, KL):
            return coordinates * node if any(summed(d) for d in node.atoms(Density)) else node
        if isinstance(node, sp.Integral) and any(v in vectors for v in node.variables):
            return node
        if isinstance(node, Grad | sp.Derivative) and node.args[0].atoms(Density) and _by_vector(node, vectors):
            inner = walk(node.args[0])
            return node if inner == node.args[0] else node.func(inner, *node.args[1:]) / coordinates
        if not node.args or isinstance(node, sp.Symbol | sp.Number | Density):
            return node
        args = tuple(walk(arg) for arg in node.args)
        return node.func(*args) if args != node.args else node

    return walk(expr)


def vector_symbols(vocabulary: NoteVocabulary, vectors: set) -> set:
    """The kernel's symbols of the vectors a step writes: a range's blocks each (x_{1:T} may be read as the
    blocks x_{1:t-1}, x_t, x_{t+1:T}), as the densities over them write them."""
    found = set()
    for key in vectors:
        resolved = vocabulary.resolve(key)
        found |= set(resolved) if isinstance(resolved, sp.Tuple) else {resolved}
    return found


def definitions_per_coordinates(assumptions: list, vectors: set, coordinates: int) -> list:
    """The note's definitions of numbers read with ``coordinates`` equal coordinates as the step's sides are
    (:func:`per_coordinates`): the densities and KLs of vectors that a defined name brings in (L := E_q[log
    p(x_{0:T}) - log q(x_{1:T} | x_0)]) sum over the coordinates as those the step writes do.  A density's own
    definition (q(x_t | x_{t-1}) := N(...)) is one coordinate's, as the step's densities are before their power."""
    return [
        replace(a, rhs=per_coordinates(a.rhs, vectors, coordinates))
        if isinstance(a, Definition) and not isinstance(a.lhs, Density)
        else a
        for a in assumptions
    ]


def _by_vector(node: sp.Basic, vectors: set) -> bool:
    """Whether a gradient or derivative is taken with respect to one of ``vectors`` only."""
    if isinstance(node, Grad):
        return node.var in vectors
    return all(variable in vectors for variable in node.variables)


def _writes_identity(node: syntax.Node) -> bool:
    return any(isinstance(n, syntax.Name) and n.key == ("I", "", "") for n in nodes(node))


def as_vectors(formula: Formula, vectors: set, squares: bool = False) -> Formula:
    r"""``formula`` with its dot products of vectors (``\epsilon \cdot \epsilon``, both factors writing a
    vector) written as norms (``\|\epsilon\|^2``; ``a \cdot b`` as ``(\|a + b\|^2 - \|a - b\|^2) / 4``),
    and the absolute value of a vector as its norm (``|\epsilon|``, as many notes mean it): read one coordinate
    at a time, they are products and absolute values of numbers; with more, they sum over the coordinates.  With
    ``squares`` (at more coordinates), a Gaussian's density at a vector with the covariance of one coordinate
    (``\mathcal{N}(x_t; m, s)``) as one with ``s I``, as the law's own density is read there."""
    if formula.node is None or not vectors:
        return formula

    def vector(node: syntax.Node) -> bool:
        return _vector_valued(node, vectors)

    def squared(node: syntax.Node) -> syntax.Node:
        return syntax.Power(node.position, syntax.Norm(node.position, node), syntax.Number(node.position, "2"))

    def replaced(node: syntax.Node) -> syntax.Node | None:
        if isinstance(node, syntax.Function) and node.function == "abs" and vector(node.argument):
            return syntax.Norm(node.position, rebuilt(node.argument, replaced))
        if squares and isinstance(node, syntax.Gaussian) and node.point is not None and vector(node.point):
            if not _writes_identity(node.covariance):  # N(x_t; m, s): its covariance is s I, one s a coordinate
                identity = syntax.Name(node.covariance.position, "I")
                covariance = syntax.Binary(node.covariance.position, "*", node.covariance, identity)
                return replace(node, covariance=covariance, mean=rebuilt(node.mean, replaced))
        if not (
            isinstance(node, syntax.Binary)
            and node.operator == "*"
            and formula.text.startswith("\\cdot", node.position)
            and vector(node.left)
            and vector(node.right)
        ):
            return None
        left, right = (rebuilt(n, replaced) for n in (node.left, node.right))
        if _shape(left) == _shape(right):
            return squared(left)
        at = node.position
        difference = syntax.Binary(at, "-", squared(syntax.Binary(at, "+", left, right)),
                                   squared(syntax.Binary(at, "-", left, right)))  # fmt: skip
        return syntax.Binary(at, "/", difference, syntax.Number(at, "4"))

    node = rebuilt(formula.node, replaced)
    return formula if node is formula.node else replace(formula, node=node)


def _vector_valued(node: syntax.Node, vectors: set) -> bool:
    """Whether an expression is a vector: one of ``vectors``, a sum or multiple of one, a network's output
    (``\\epsilon_\\theta(x_t, t)``), a gradient with respect to one, or an expectation of one; a density, a log,
    a norm or a square of vectors is a number."""
    if isinstance(node, syntax.Name):
        return node.key in vectors
    if isinstance(node, syntax.Negative):
        return _vector_valued(node.operand, vectors)
    if isinstance(node, syntax.Binary):
        sides = (node.left, node.right) if node.operator != "/" else (node.left,)
        return any(_vector_valued(side, vectors) for side in sides)
    if isinstance(node, syntax.Call):
        return law_letter(node) is None and node.name.index in syntax.MODEL_INDICES
    if isinstance(node, syntax.Gradient):
        return node.variable is None or _vector_valued(node.variable, vectors)
    if isinstance(node, syntax.Expectation):
        return _vector_valued(node.body, vectors)
    return False


def _shape(node: syntax.Node) -> str:
    """A syntax tree as text, without where its parts are written."""
    return re.sub(r"position=\d+, ", "", repr(node))


def _vector_density(node: syntax.Node) -> bool:
    """Whether ``node`` is a Gaussian's density at a point whose covariance writes the identity."""
    return (
        isinstance(node, syntax.Gaussian)
        and node.point is not None
        and not isinstance(node.point, syntax.Placeholder)
        and any(isinstance(n, syntax.Name) and n.key == ("I", "", "") for n in nodes(node.covariance))
    )


def sums_coordinates(sides: tuple[Formula, Formula], stated: list[Stated]) -> bool:
    r"""Whether a step sums over the coordinates of a vector: it writes a norm or a KL, and a Gaussian whose
    covariance writes the identity, in the step or in a law or definition the note states of a name it writes
    (``\epsilon \sim \mathcal{N}(0, I)``), or under a declared context; or a Gaussian's density with the identity
    where no density of a law is written beside it (the law's own would be read per coordinate); a norm of names
    whose laws are scalar Gaussians is |.|."""
    written = [node for side in sides if side.node is not None for node in nodes(side.node)]
    densities = any(isinstance(node, syntax.Call) and law_letter(node) is not None for node in written)
    if not densities and any(_vector_density(node) for node in written):  # N(0; 0, I) = 1/sqrt(2 pi)
        return True
    if not any(isinstance(node, syntax.Norm | syntax.Divergence) for node in written):
        return False
    names = {node.key for node in written if isinstance(node, syntax.Name)}
    process = any(contexts.is_noise(key) or (key[0] == "x" and key[2]) for key in names)
    if process and any(item.kind == "context" for item in stated):  # the DDPM process: x_t and its noises are vectors
        return True
    stating = [f.node for item in stated if item.name is not None and item.name.node is not None
               and keys_in(item.name.node) & names for f in (item.name, item.body) if f is not None and f.node is not None]  # fmt: skip
    trees = [side.node for side in sides if side.node is not None] + stating
    return any(
        isinstance(node, syntax.Gaussian)
        and any(isinstance(n, syntax.Name) and n.key == ("I", "", "") for n in nodes(node.covariance))
        for tree in trees
        for node in nodes(tree)
    )


def not_numbers(stated: list[Stated]) -> frozenset:
    """The letters of :data:`_NUMBER_LETTERS` the note may make other than numbers: a law's variable, or a name
    it defines with a body that writes anything but plain numbers of those letters (``\\alpha_t := \\mathbf{x}``)."""
    found = set()
    for item in stated:
        named = item.name.node if item.name is not None else None
        if item.kind in ("law", "ambiguous law", "unread law") and named is not None:  # sigma ~ N(0, I)
            variables = named.arguments if isinstance(named, syntax.Call) else (named,)
            found |= {(n.base, n.decoration) for v in variables for n in nodes(v) if isinstance(n, syntax.Name)}
        target = defined_name(named) if item.kind == "definition" else None
        if isinstance(target, syntax.Name) and not _numbers_only(item.body):
            found.add((target.base, target.decoration))
    return frozenset(found & _NUMBER_LETTERS)


def _numbers_only(formula: Formula | None) -> bool:
    """Whether ``formula`` writes numbers, and names of :data:`_NUMBER_LETTERS` written plain, only; a sum or
    product of them over an integer index (``\\prod_{j=1}^{k} \\alpha_j``, ``\\alpha_k \\cdots \\alpha_1``) is a number
    too, its index and limits integers."""
    if formula is None or formula.node is None:
        return False
    limits = {
        id(n)
        for series in nodes(formula.node)
        if isinstance(series, syntax.Series)
        for part in (series.index, series.lower, series.upper)
        if part is not None
        for n in nodes(part)
    }
    return all(
        isinstance(n, syntax.Number | syntax.Binary | syntax.Negative | syntax.Power | syntax.Function | syntax.Series)
        or id(n) in limits
        or (isinstance(n, syntax.Name) and (n.base, n.decoration) in _NUMBER_LETTERS and not _bold(formula.text, n))
        for n in nodes(formula.node)
    )


def coordinatewise(formulas: tuple[Formula, ...], others: frozenset) -> bool:
    """Whether ``formulas`` act on vectors one coordinate at a time: each name but a number of the reading's
    conventions (:data:`_NUMBER_LETTERS`, written plain, its letter not among ``others``) may be a vector of R^d,
    and is only added, negated, or multiplied or divided by numbers; no product, power or function of one, no
    density, norm, expectation, integral or identity matrix.  Each coordinate of such a formula is the formula
    written at that coordinate, so an identity of numbers that holds at every value proves it in R^d."""

    def vector(node: syntax.Node, text: str) -> bool:
        return any(isinstance(n, syntax.Name) and not _number(n, text) for n in nodes(node))

    def _number(name: syntax.Name, text: str) -> bool:
        letter = (name.base, name.decoration)
        return letter in _NUMBER_LETTERS and letter not in others and not _bold(text, name)

    def linear(node: syntax.Node, text: str) -> bool:
        if isinstance(node, syntax.Number):
            return True
        if isinstance(node, syntax.Name):
            return node.key != IDENTITY
        if isinstance(node, syntax.Negative):
            return linear(node.operand, text)
        if isinstance(node, syntax.Binary) and node.operator in ("+", "-", "*", "/"):
            scaled = {"+": False, "-": False, "*": vector(node.left, text), "/": True}[node.operator]
            return linear(node.left, text) and linear(node.right, text) and not (scaled and vector(node.right, text))
        if isinstance(node, syntax.Power):
            return not vector(node, text) and linear(node.base, text) and linear(node.exponent, text)
        if isinstance(node, syntax.Function):
            return node.degree is None and not vector(node.argument, text) and linear(node.argument, text)
        return False

    return all(f.node is not None and linear(f.node, f.text) for f in formulas)
