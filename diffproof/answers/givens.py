"""Relations a user states (``--given``, a bank's ``relations``): an equation to substitute or a bound.

* ``name = formula`` (either way round): the name is a symbol, a density or a
  score; a symbol set to a number outside its domain (``\\sigma = -1``) is refused.
* a bound on one symbol: ``0 < w``, ``w > 0``, ``0 < w < 1``, ``-1 <= w <= 1``,
  ``w <= 2``: the symbol's domain becomes its declared domain intersected with
  the bound (several bounds intersect; an empty result is refused).
"""

from __future__ import annotations

import sympy as sp

from derivations import symbols as registry
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.judge import Assumptions
from diffproof.answers.notation import (
    EVERYTHING,
    Vocabulary,
    describe_set,
    latex,
    names_a_quantity,
    parse_statement,
    translate,
)

_LOWER = {"<": True, "<=": False}
_UPPER = {">": True, ">=": False}


def parse_given(text: str, vocabulary: Vocabulary = EVERYTHING) -> Assumptions:
    """The equation or bound ``text`` states."""
    statement = parse_statement(text)
    if statement.relations == ("=",):
        return _equation(statement, vocabulary)
    if statement.relations and (set(statement.relations) <= set(_LOWER) or set(statement.relations) <= set(_UPPER)):
        return _bound(statement, vocabulary)
    raise InvalidAnswer(
        "a relation is 'name = formula' or a bound on one symbol: '0 < w', 'w > 0', '0 < w < 1', 'w <= 2'"
    )


def _single(node: syntax.Node, vocabulary: Vocabulary) -> sp.Expr:
    readings = syntax.readings(node)
    if len(readings) > 1:
        raise InvalidAnswer("the relation can be read in more than one way; add parentheses", node.position)
    return translate(readings[0][0], vocabulary).expr


def _equation(statement: syntax.Statement, vocabulary: Vocabulary) -> Assumptions:
    left, right = statement.operands
    if not names_a_quantity(left) and names_a_quantity(right):
        left, right = right, left
    if not names_a_quantity(left):
        raise InvalidAnswer("one side of an equation must be a single symbol, density or score")
    old, new = _single(left, vocabulary), _single(right, vocabulary)
    if old == new:
        raise InvalidAnswer("the equation says nothing: both sides are the same")
    if isinstance(old, sp.Symbol) and new.is_number:
        domain = registry.domain_of(old)
        if not new.is_real or domain.contains(new) is not sp.true:
            raise InvalidAnswer(
                f"{latex(old)} = {latex(new)} contradicts the domain of {latex(old)}, {describe_set(domain)}"
            )
    if old.is_number:
        raise InvalidAnswer("one side of an equation must be a single symbol, density or score")
    return Assumptions(((old, new),), (), (f"{latex(old)} = {latex(new)}",))


def _bound(statement: syntax.Statement, vocabulary: Vocabulary) -> Assumptions:
    operands = [_single(node, vocabulary) for node in statement.operands]
    relations = list(statement.relations)
    if relations[0] in _UPPER:
        operands.reverse()
        relations = [{">": "<", ">=": "<="}[r] for r in reversed(relations)]
    symbols = [i for i, o in enumerate(operands) if isinstance(o, sp.Symbol)]
    numbers = [o for o in operands if not isinstance(o, sp.Symbol)]
    if len(symbols) != 1 or len(operands) > 3 or not all(n.is_number and n.is_real for n in numbers):
        raise InvalidAnswer("a bound compares one symbol with numbers: '0 < w', 'w > 0', '0 < w < 1', 'w <= 2'")
    (where,) = symbols
    symbol = operands[where]
    low, low_open = (operands[where - 1], _LOWER[relations[where - 1]]) if where > 0 else (-sp.oo, True)
    high, high_open = (operands[where + 1], _LOWER[relations[where]]) if where + 1 < len(operands) else (sp.oo, True)
    bound = sp.Interval(low, high, low_open, high_open)
    domain = registry.domain_of(symbol).intersect(bound)
    if domain.is_empty:
        raise InvalidAnswer(
            f"the bound {describe_set(bound)} on {latex(symbol)} contradicts its domain {describe_set(registry.domain_of(symbol))}"
        )
    return Assumptions((), ((symbol, bound),), (f"{latex(symbol)} \\in {describe_set(domain)}",))
