"""Proportionality between densities a note leaves unwritten: Bayes' rule in the variables that vary.

``p(x | y) ∝ p(x) p(y | x)`` in x: written as joints over marginals the ratio is
1 / p(y), a density free of x, so a constant in it.  In x and y together, or with
a factor dropped, the ratio keeps a density of x and nothing is decided.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.kernel.checking import Context
from derivations.kernel.proportional import check_proportional
from derivations.kernel.vocabulary import Status
from derivations.probability import Density

x, y, a, b, c = sp.symbols("x y a b c", real=True)


def p(variables, given=()):
    return Density("p", variables, given)


def q(variables, given=()):
    return Density("q", variables, given)


CASES = {
    "Bayes' rule in x": (p((x,), (y,)), p((x,)) * p((y,), (x,)), (x,), Status.PROVED),
    "Bayes' rule in x and y": (p((x,), (y,)), p((x,)) * p((y,), (x,)), (x, y), Status.UNDECIDED),
    "the prior alone": (p((x,), (y,)), p((x,)), (x,), Status.UNDECIDED),
    "the likelihood alone": (p((x,), (y,)), p((y,), (x,)), (x,), Status.UNDECIDED),
    "another law's prior": (p((x,), (y,)), q((x,)) * p((y,), (x,)), (x,), Status.UNDECIDED),
    "a joint over a marginal free of a": (q((a, b), (c,)) / q((b,), (c,)), q((a, b), (c,)), (a,), Status.PROVED),
    "a joint over a marginal, in a and b": (q((a, b), (c,)) / q((b,), (c,)), q((a, b), (c,)), (a, b), Status.UNDECIDED),
    "a density free of a, a constant in it": (q((b,), (c,)) * sp.exp(a), sp.exp(a), (a,), Status.PROVED),
}


@pytest.mark.parametrize("name", CASES)
def test_densities_left_in_the_ratio_cancel_as_joints_over_marginals_or_leave_it_undecided(name):
    lhs, rhs, variables, status = CASES[name]
    verdict = check_proportional(lhs, rhs, variables, Context())
    assert verdict.status is status, verdict.reason


def test_a_ratio_that_keeps_a_density_is_never_refuted_through_it():
    """d/da log(q(b) e^a / e^{2a}) = -1: the counterexample would choose q(b)'s value freely, which a law may tie
    to others', so it is not trusted; without the density the same ratio is refuted."""
    assert check_proportional(q((b,)) * sp.exp(a), sp.exp(2 * a), (a,), Context()).status is Status.UNDECIDED
    assert check_proportional(sp.exp(a), sp.exp(2 * a), (a,), Context()).status is Status.REFUTED
