"""Declared noises written as functions of one another (fx55, red team 54k's noise-defined-as-another-noise): declared
noises are independent standard normals, so a definition, equation or axiom writing one as a function of the others
is a conflict of the assumptions (reported as such), and a sum of Gaussians uses no declared noise the assumptions
give a value.  Held out: other wordings (an equation, an axiom, a merged noise, the noise on the right) conflict; a
noise defined from a variable that is no declared noise (eps := (x - m) / s), or given another noise's law only
(``=d``), does not; the sum of undefined noises keeps its proof.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations import (
    Axiom,
    Definition,
    Derivation,
    Equation,
    Identity,
    InconsistentAssumptions,
    Relation,
    Status,
    Step,
    check_identity,
    noises,
    rules,
)
from derivations.kernel.checking import reconcile
from derivations.symbols import Noise

E1, E2, E3 = Noise("e1"), Noise("e2"), Noise("e3")
X, M = sp.Symbol("x", real=True), sp.Symbol("m", real=True)
S = sp.Symbol("s", positive=True)

#: Assumptions that write a declared noise as a function of others: each is a conflict.
CONFLICTING = {
    "a definition": (noises(E1, E2), Definition(E2, E1, "e2 := e1")),
    "an equation": (noises(E1, E2), Equation(E2, 2 * E1 + 1)),
    "an axiom": (noises(E1, E2), Axiom("tied", E2, -E1)),
    "the noise on the right": (noises(E1, E2), Equation(E1 + E2, E2)),
    "a merged noise": (noises(E1, E2, E3), Definition(E3, (E1 + E2) / sp.sqrt(2), "e3 := (e1 + e2) / sqrt 2")),
}


@pytest.mark.parametrize("name", sorted(CONFLICTING))
def test_a_noise_written_through_others_conflicts(name):
    with pytest.raises(InconsistentAssumptions, match="declared noise"):
        reconcile(CONFLICTING[name])


#: Assumptions that give a declared noise a value from no other declared noise, or another's law only: consistent.
CONSISTENT = {
    "from a variable": (noises(E1), Definition(E1, (X - M) / S, "e1 := (x - m) / s")),
    "in law": (noises(E1, E2), Definition(E2, E1, "e2 =d e1", Relation.EQ_LAW)),
    "a variable from noises": (noises(E1, E2), Definition(X, E1 + E2, "x := e1 + e2")),
}


@pytest.mark.parametrize("name", sorted(CONSISTENT))
def test_a_noise_given_a_value_from_no_other_noise_is_consistent(name):
    assert reconcile(CONSISTENT[name]).noises


def _sum_verdict(assumptions):
    """The verdict on e1 + e2 =d sqrt(2) e1 by the sum of Gaussians under ``assumptions``."""
    expr = sp.sqrt(2) * E1
    derivation = Derivation(E1 + E2, Relation.EQ_LAW, expr, (Step(Relation.EQ_LAW, expr, rules.GAUSSIAN_SUM),))
    identity = Identity("fx55", "fx55", "background", tuple(assumptions), (derivation,), ())
    return check_identity(identity).derivations[0].steps[0].verdict


#: The sum of Gaussians: proved for noises the assumptions leave alone; not for one they give a value, even through
#: another name (e1 := (x - m) / s with x := m + s e2 makes e1 = e2).
SUMS = {
    "undefined noises": ((noises(E1, E2),), Status.PROVED),
    "a noise given a value": (
        (noises(E1, E2), Definition(E1, (X - M) / S, "e1 := (x - m) / s"), Definition(X, M + S * E2, "x := m + s e2")),
        Status.UNDECIDED,
    ),
}


@pytest.mark.parametrize("name", sorted(SUMS))
def test_a_sum_of_gaussians_uses_no_noise_given_a_value(name):
    assumptions, status = SUMS[name]
    verdict = _sum_verdict(assumptions)
    assert verdict.status is status, verdict.reason
