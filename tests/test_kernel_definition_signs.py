"""A definition may not give its name a value SymPy shows outside the sign the name was created with: ``g := -5``
for a positive g made ``sqrt(g^2) = -5`` a proof (the algebra used g > 0 and g = -5 at once).  reconcile reports
such assumptions as inconsistent; a definition whose value may have the name's sign is kept."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations import (
    Definition,
    Derivation,
    Identity,
    InconsistentAssumptions,
    Relation,
    Status,
    Step,
    check_identity,
    rules,
)

EQ = Relation.EQ
X = sp.Symbol("x", real=True)
G = sp.Symbol("g", positive=True)
H = sp.Symbol("h", nonnegative=True)


def _verdict(previous, expr, definition):
    derivation = Derivation(previous, EQ, expr, (Step(EQ, expr, rules.by(definition)),))
    identity = Identity("definition-signs", "definition-signs", "background", (definition,), (derivation,), ())
    return check_identity(identity).derivations[0].steps[0].verdict


#: Wrong: sqrt(g^2) = |g| is never negative (and h >= 0 is never -1).
WRONG = {
    "positive-name-defined-a-negative-number": (
        sp.sqrt(G**2),
        sp.Integer(-5),
        Definition(G, sp.Integer(-5), "g := -5"),
    ),
    "positive-name-defined-zero": (1 / G, sp.zoo, Definition(G, sp.Integer(0), "g := 0")),
    "positive-name-defined-negative-for-every-x": (
        sp.sqrt(G**2),
        -(X**2) - 1,
        Definition(G, -(X**2) - 1, "g := -x^2 - 1"),
    ),
    "nonnegative-name-defined-minus-one": (sp.sqrt(H**2), sp.Integer(-1), Definition(H, sp.Integer(-1), "h := -1")),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_definition_against_its_name_s_sign_proves_nothing(name):
    try:
        verdict = _verdict(*WRONG[name])
    except InconsistentAssumptions:
        return
    assert verdict.status is not Status.PROVED, verdict.reason


#: Right: the value has the name's sign (shown, or possible).
RIGHT = {
    "positive-name-defined-positive": (sp.sqrt(G**2), X**2 + 1, Definition(G, X**2 + 1, "g := x^2 + 1")),
    "nonnegative-name-defined-zero": (H + 1, sp.Integer(1), Definition(H, sp.Integer(0), "h := 0")),
    "positive-name-defined-a-value-of-either-sign": (G + 5, X, Definition(G, X - 5, "g := x - 5")),
}


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_definition_of_the_name_s_sign_is_used(name):
    assert _verdict(*RIGHT[name]).status is Status.PROVED


def test_the_conflict_is_named():
    with pytest.raises(InconsistentAssumptions, match="g := -5"):
        _verdict(*WRONG["positive-name-defined-a-negative-number"])
