"""What a sentence says of how a quantity varies with a name ("the first term is constant with respect to
$\\theta$"), checked against a counterexample's model.

A counterexample is one point: one value of each name, one density of each law.  If θ is no value in the step or in
what it assumes, only a parameter a law is written with (p_θ), the model extends to the family constant in θ (the
law p_θ the same for every θ), where every quantity is constant in θ and the step fails as before.  So the sentence,
whatever quantity it speaks of, holds of the counterexample.  Where θ is a value (θ x, an order of θ, a mean
μ = θ), the family may not exist and the sentence may not hold: the counterexample is not trusted.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

import sympy as sp

from derivations.kernel.assumptions import Domain, Parameters
from derivations.probability import Density
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.notecheck.vocabulary import Key, keys_in


def _values(expression: sp.Basic) -> set[sp.Symbol]:
    """The symbols ``expression`` holds as values, bound ones too (the variable of an integral, constant in which
    the integrand is a claim about it): all but the parameters a density's law is written with."""
    densities = list(expression.atoms(Density))
    blanked = expression.xreplace({density: sp.Dummy() for density in densities})
    inside = (symbol for density in densities for part in density.args[1:3] for symbol in part.atoms(sp.Symbol))
    return {*blanked.atoms(sp.Symbol), *inside}


def _assumed(assumptions: Iterable[object]) -> Iterator[sp.Basic]:
    """The expressions of ``assumptions`` that may tie a name's value: all but a domain of one name and the
    parameters declared of a law, which a family constant in the name keeps."""
    for assumption in assumptions:
        if isinstance(assumption, (Domain, Parameters)) or not dataclasses.is_dataclass(assumption):
            continue
        for part in dataclasses.fields(assumption):
            value = getattr(assumption, part.name)
            if isinstance(value, sp.Basic):
                yield value
            elif isinstance(value, tuple):
                yield from (item for item in value if isinstance(item, sp.Basic))


def _letters(maths: str) -> frozenset[tuple[str, str]] | None:
    """The letters (with their decorations) of the names ``maths`` writes, or None where it is not read."""
    try:
        statement = syntax.parse(maths, notes=True)
    except (InvalidAnswer, RecursionError):
        return None
    return frozenset(key[:2] for operand in statement.operands for key in keys_in(operand))


def varying(
    names: tuple[str, ...],
    sides: Iterable[sp.Basic],
    assumptions: Iterable[object],
    symbols: dict[sp.Symbol, Key],
) -> str:
    """The first of ``names`` (as written) that the model of a step (``sides``, read with ``assumptions``) holds as a
    value, not only as a law's parameter, or that is not read: a sentence that a quantity is constant in it may fail
    at the counterexample.  '' where the family constant in each name extends the counterexample."""
    held: set[tuple[str, str]] = set()
    for expression in (*sides, *_assumed(assumptions)):
        held |= {symbols[s][:2] for s in _values(expression) if s in symbols}
    for name in names:
        letters = _letters(name)
        if letters is None or not letters or letters & held:
            return name
    return ""
