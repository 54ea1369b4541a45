"""The ties an equation asserted in a display makes between the names it writes (``$$ s - 2x = 0 $$``): a relation,
not a definition, and one that is no identity, so it holds only where the names vary together (s with x), and a
derivative or a ∝ in one of them cannot hold the other fixed.

Only a display of plain arithmetic is read (names, numbers, + - * /, powers, roots, exp, log, abs): it asserts a
relation between values.  One that writes a law, a function applied, an expectation or an integral is a claim about
what those are, which the note's steps check, not a relation between its names' values.  An identity (the two
sides' difference cancels to 0, as SymPy's ``cancel`` finds it) holds whatever the values: it ties nothing.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.statements.timeline import Timeline
from diffproof.notecheck.vocabulary import RANDOM

#: The keys of two names, with what ties them (the display, as a sentence's tie is given by its sentence).
Ties = dict[frozenset[tuple[str, str, str]], str]

_OPERATORS: dict[str, Callable[[sp.Expr, sp.Expr], sp.Expr]] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
}
_FUNCTIONS: dict[str, Callable[[sp.Expr], sp.Expr]] = {"sqrt": sp.sqrt, "exp": sp.exp, "log": sp.log, "abs": sp.Abs}


def _value(node: syntax.Node) -> sp.Expr | None:
    """The plain arithmetic ``node`` writes as a SymPy expression (each name a symbol of its key), or None where it
    writes anything else (a law, a call, an operator, a root of another degree)."""
    if isinstance(node, syntax.Number):
        try:
            return sp.Rational(node.text)
        except (TypeError, ValueError):
            return None
    if isinstance(node, syntax.Name):
        return sp.Symbol("\0".join(node.key))
    if isinstance(node, syntax.Negative):
        operand = _value(node.operand)
        return None if operand is None else -operand
    if isinstance(node, syntax.Binary) and node.operator in _OPERATORS:
        left, right = _value(node.left), _value(node.right)
        return None if left is None or right is None else _OPERATORS[node.operator](left, right)
    if isinstance(node, syntax.Power):
        base, exponent = _value(node.base), _value(node.exponent)
        return None if base is None or exponent is None else base**exponent
    if isinstance(node, syntax.Function) and node.function in _FUNCTIONS and node.degree is None:
        argument = _value(node.argument)
        return None if argument is None else _FUNCTIONS[node.function](argument)
    return None


def _random(key: tuple[str, str, str]) -> bool:
    """Whether ``key`` names a random variable (a letter of :data:`RANDOM`, any index or decoration)."""
    return key[0].rstrip("'") in RANDOM


@functools.lru_cache(maxsize=1024)
def relates(lhs: syntax.Node, rhs: syntax.Node) -> bool:
    """Whether ``lhs = rhs`` is plain arithmetic (:func:`_value`), no identity, and not a relation between draws
    only: a relation between the values of its names.  Where its difference is a relation between draws
    (:func:`_between_draws`: ``x_t = \\sqrt{\\alpha_t} x_{t-1} + \\sqrt{1 - \\alpha_t} \\epsilon``), it says how draws
    are related, with numbers as their coefficients (constants, as the note's names of numbers are), and ties no
    number; ``s - 2x = 0`` gives s a value of x's."""
    left, right = _value(lhs), _value(rhs)
    if left is None or right is None:
        return False
    try:
        difference = sp.expand(left - right)
        if sp.cancel(difference) == 0:
            return False
        return not _between_draws(difference)
    except (sp.PolynomialError, TypeError, ValueError, ZeroDivisionError):
        return True  # not simplified: taken as a relation, which only holds names apart


def _between_draws(difference: sp.Expr) -> bool:
    """Whether ``difference`` (the expanded sides' difference) is a relation between draws: a common coefficient
    free of random variables and a product of names and numbers (no sum, which may vanish at one value of a name)
    times a sum of two terms or more linear in the random variables, each a random variable's name times a
    coefficient free of them: the reparameterisation's shape, ``\\sqrt{a} (x_t - \\sqrt{b} x_0 - \\sqrt{1 - b}
    \\epsilon)``.  Anything else (``s e^x - 2x e^x``, ``x (s - 2)``, ``s e^x - 2 e^{2x}``) gives a number a value."""
    drawn = {symbol for symbol in difference.free_symbols if _random(tuple(symbol.name.split("\0")))}
    common, relation = sp.S.One, sp.S.Zero
    for factor in sp.Mul.make_args(sp.factor_terms(difference)):
        if factor.free_symbols & drawn:
            relation = factor if relation == 0 else relation * factor
        else:
            common *= factor
    terms = sp.Add.make_args(sp.expand(relation))
    if any(isinstance(factor, sp.Add) for factor in sp.Mul.make_args(common)) or len(terms) < 2:
        return False
    return all(term.as_independent(*drawn, as_Add=False)[1] in drawn for term in terms)


def _power_defined(introduced: Stated) -> bool:
    """Whether ``introduced`` defines a name by a power of it (``s^2 = x``): the kernel writes out the name only where
    it is known positive (the positive root), and else holds it free, which the display does not."""
    return (
        introduced.kind == "definition"
        and introduced.name is not None
        and isinstance(introduced.name.node, syntax.Power)
    )


def displayed_ties(timeline: Timeline, index: int) -> Ties:
    """The pairs of names the equations displayed before step ``index`` tie (:func:`relates`; not a definition but
    of a power of a name, :func:`_power_defined`, nor another statement the timeline reads), each number (not a
    random variable's name) with each other name it writes, with the display: a random variable's value is drawn,
    as in a sentence's ties."""
    found: Ties = {}
    for earlier in range(index):
        step, (lhs, rhs) = timeline.notes.steps[earlier], timeline.sides[earlier]
        introduced = timeline.introduces[earlier]
        if step.relation.value != "=" or not (introduced is None or _power_defined(introduced)):
            continue
        if lhs.node is None or rhs.node is None or not relates(lhs.node, rhs.node):
            continue
        named = {n.key for side in (lhs.node, rhs.node) for n in syntax.nodes(side) if isinstance(n, syntax.Name)}
        for number in (key for key in named if not _random(key)):
            for other in named - {number}:
                found.setdefault(frozenset((number, other)), f"line {step.line} displays {step.lhs} = {step.rhs}")
    return found
