"""Finite random laws (derivations.kernel.models): a model of the density calculus, honouring declared chains.

If the model broke a rule of the calculus, it would refute a correct step (a
false alarm); if it ignored a declared chain, it would refute a correct Markov
step.  These tests hold it to both, on many random models.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
import sympy as sp

from derivations.kernel import models
from derivations.kernel.assumptions import Definition, Domain, MarkovChain
from derivations.kernel.checking import reconcile
from derivations.kernel.vocabulary import Relation
from derivations.probability import KL, Density, Expectation, Normal

X0, X1, X2, Z = sp.symbols("X0 X1 X2 Z", real=True)
CHAIN = MarkovChain("q", (X0, X1, X2))


def values(exprs, context, seed):
    rng = np.random.default_rng(seed)
    model = models.build(exprs, context, rng)
    point = {v: support[int(rng.integers(models.SUPPORT))] for v, support in model.supports.items()}
    with mpmath.workdps(models.DIGITS):
        return [models.evaluate(e, model, point) for e in exprs]


@pytest.mark.parametrize("seed", range(20))
def test_a_declared_chain_holds_in_every_model(seed):
    left, right = Density("q", (X2,), (X1, X0)), Density("q", (X2,), (X1,))
    a, b = values((left, right), reconcile((CHAIN,)), seed)
    assert abs(a - b) < 1e-25


def test_without_the_chain_the_markov_step_fails_in_some_model():
    left, right = Density("q", (X2,), (X1, X0)), Density("q", (X2,), (X1,))
    found = models.counterexample(Relation.EQ, left, right, reconcile(()))
    assert found is not None and "random joint tables" in found.where


@pytest.mark.parametrize("seed", range(10))
def test_the_density_calculus_holds_in_every_model(seed):
    context = reconcile(())
    joint, marginal = Density("p", (X0, Z)), Density("p", (X0,))
    conditional, posterior = Density("p", (Z,), (X0,)), Density("p", (X0,), (Z,))
    pairs = [
        (sp.Integral(joint, (Z, -sp.oo, sp.oo)), marginal),
        (joint, conditional * marginal),
        (posterior, conditional * marginal / Density("p", (Z,))),
        (Expectation(sp.Integer(1), conditional), sp.Integer(1)),
        (Expectation(sp.log(marginal), conditional), sp.log(marginal)),
    ]
    for left, right in pairs:
        a, b = values((left, right), context, seed)
        assert abs(a - b) < 1e-25 * (1 + abs(a)), (left, right)


@pytest.mark.parametrize("seed", range(10))
def test_kl_is_nonnegative_and_jensen_holds_in_every_model(seed):
    q, p = Density("q", (Z,), (X0,)), Density("p", (Z,), (X0,))
    (kl,) = values((KL(q, p),), reconcile(()), seed)
    assert kl >= 0
    inside, outside = values((sp.log(Expectation(p / q, q)), Expectation(sp.log(p / q), q)), reconcile(()), seed)
    assert inside >= outside


def test_an_operator_is_remembered_per_assignment_and_per_precision():
    """An expectation met again at the same values of its free symbols is not summed again, but its value at
    twice the precision (as a counterexample is confirmed) is computed at that precision, and another value of
    its free symbol gives another value."""
    q, p = Density("q", (Z,), (X0,)), Density("p", (Z,), (X0,))
    kl = KL(q, p)
    model = models.build((kl,), reconcile(()), np.random.default_rng(3))
    support = model.supports[X0]
    with mpmath.workdps(models.DIGITS):
        low = [models.evaluate(kl, model, {X0: value}) for value in support]
    fresh = models.FiniteModel(model.supports, model.laws)
    with mpmath.workdps(2 * models.DIGITS):
        high = models.evaluate(kl, model, {X0: support[0]})
        exact = models.evaluate(kl, fresh, {X0: support[0]})
    assert high == exact and high != low[0]  # a log of a random rational is not exact at DIGITS digits
    assert abs(high - low[0]) < mpmath.mpf(10) ** (2 - models.DIGITS) * (1 + abs(high))
    assert len(set(low)) == len(support)


def test_supports_lie_in_the_declared_domains():
    context = reconcile((Domain(Z, sp.Interval.open(2, 3)),))
    model = models.build((Density("q", (Z,)),), context, np.random.default_rng(0))
    assert all(2 < value < 3 for value in model.supports[Z])


@pytest.mark.parametrize(
    "expr, why",
    [
        (Expectation(Z, Normal(Z, 0, 1), (Z,)), "Gaussians"),
        (sp.Derivative(Density("q", (Z,)), Z), "derivatives"),
        (Density("q", (2 * Z,)), "not a variable"),
        (sp.Integral(Z, (Z, -sp.oo, sp.oo)), "against a density"),
        (Density("q", (Z,), (), (X0,)), "parameters"),
    ],
)
def test_the_model_refuses_what_it_cannot_read_exactly(expr, why):
    assert why in models.applicable((expr,), reconcile(()))


def test_a_definition_of_a_density_keeps_the_model_out():
    definition = Definition(Density("q", (Z,)), Normal(Z, 0, 1), "q is standard normal")
    reason = models.applicable((Density("q", (Z,)),), reconcile((definition,)))
    assert "constrains a density" in reason


def test_a_side_that_is_not_real_at_a_point_is_no_violation():
    """E[X1 | X0] = sqrt(A) X0 over the reals: where A < 0 the right side is not real, which is no counterexample
    (it was an internal error: float() of a complex value); where A > 0 the finite model refutes it."""
    a = sp.Symbol("A", real=True)
    law = Density("P", (X1,), (X0,))
    context = reconcile((Domain(a, sp.Interval.open(-2, -1)),))
    assert models.counterexample(Relation.EQ, Expectation(X1, law, (X1,)), sp.sqrt(a) * X0, context) is None
    context = reconcile((Domain(a, sp.Interval.open(1, 2)),))
    assert models.counterexample(Relation.EQ, Expectation(X1, law, (X1,)), sp.sqrt(a) * X0, context) is not None
