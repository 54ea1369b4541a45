"""An integral is split over the terms of its integrand only when each piece is shown to exist.

``∫_0^1 (1/x - 1/(x + x^2)) dx = log 2`` while ``∫_0^1 dx/x`` diverges: SymPy's expansion splits every integral over
finite limits (``AddWithLimits._eval_expand_basic``), and the kernel's unfolding split every integral over the line,
so a step writing a convergent integral as ``∞ - ∞`` was proved.  Each wrong step below writes a convergent integral
as a difference of divergent ones (checked by hand in its comment) and may not be proved, whatever the rule; each
right step splits pieces that exist (or keeps the integral whole) and stays proved.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations import Derivation, Expectation, Identity, Normal, Relation, Status, Step, check_identity, rules
from derivations.kernel.convergence import expand_with_convergent_pieces

EQ = Relation.EQ
X = sp.Symbol("x", real=True)
Y = sp.Symbol("y", real=True)
Z = sp.Symbol("z", real=True)
A = sp.Symbol("a", positive=True)
THETA = sp.Symbol("theta", real=True)
N = sp.Symbol("n", integer=True, positive=True)
I = sp.Symbol("i", integer=True)
LINE = (-sp.oo, sp.oo)
#: 1/x - 1/(x + x^2) = 1/(1 + x): integrable on [0, 1], while both of its terms have a pole at 0.
F, G = 1 / X, 1 / (X + X**2)


def _split(a: sp.Expr, b: sp.Expr, *limits) -> tuple[sp.Expr, sp.Expr]:
    """∫ (a - b) and ∫ a - ∫ b over ``limits``."""
    return sp.Integral(a - b, *limits), sp.Integral(a, *limits) - sp.Integral(b, *limits)


def _verdict(previous, expr, rule):
    derivation = Derivation(previous, EQ, expr, (Step(EQ, expr, rule),))
    identity = Identity("divergent-pieces", "divergent-pieces", "background", (), (derivation,), ())
    return check_identity(identity).derivations[0].steps[0].verdict


_ON_01 = _split(F, G, (X, 0, 1))
#: Each: (previous, expr); both sides are written with a convergent integral on the left and ∞ - ∞ on the right.
WRONG = {
    "pieces-with-poles-on-a-named-range": _split(F, G, (X, 0, A)),
    "pieces-with-double-poles": _split(1 / X**2, 1 / (X**2 + X**3), (X, 0, 1)),
    "pieces-times-a-constant": (2 * _ON_01[0], 2 * _ON_01[1]),
    "pieces-under-a-log": (sp.log(1 + _ON_01[0]), sp.log(1 + _ON_01[1])),
    # x/(1 + x^2) - x/(2 + x^2) = -x/((1 + x^2)(2 + x^2)), odd and O(1/x^3): 0 over the line; each piece diverges (log)
    "pieces-over-the-line": _split(X / (1 + X**2), X / (2 + X**2), (X, *LINE)),
    # sum_{i=1}^n of a convergent integral, split inside the sum
    "pieces-inside-a-finite-sum": (
        sp.Sum(_ON_01[0] * I, (I, 1, N)),
        sp.Sum(sp.Integral(F, (X, 0, 1)) * I, (I, 1, N)) - sp.Sum(sp.Integral(G, (X, 0, 1)) * I, (I, 1, N)),
    ),
    # the outer integral over y in [0, 1] of a convergent inner one: the split is inside
    "pieces-inside-an-outer-integral": (
        sp.Integral(Y * _ON_01[0], (Y, 0, 1)),
        sp.Integral(Y * sp.Integral(F, (X, 0, 1)), (Y, 0, 1)) - sp.Integral(Y * sp.Integral(G, (X, 0, 1)), (Y, 0, 1)),
    ),
    "pieces-inside-an-expectation": (
        Expectation(Z**2 * _ON_01[0], Normal(Z, 0, 1), (Z,)),
        Expectation(Z**2 * sp.Integral(F, (X, 0, 1)), Normal(Z, 0, 1), (Z,))
        - Expectation(Z**2 * sp.Integral(G, (X, 0, 1)), Normal(Z, 0, 1), (Z,)),
    ),
    "pieces-under-a-derivative": (
        sp.Derivative(THETA * _ON_01[0], THETA),
        sp.Derivative(THETA * sp.Integral(F, (X, 0, 1)), THETA)
        - sp.Derivative(THETA * sp.Integral(G, (X, 0, 1)), THETA),
    ),
}
RULES = (rules.ALGEBRA, rules.LINEARITY_OF_SUMS)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name.split()[0])
@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_convergent_integral_is_not_proved_a_difference_of_divergent_ones(name, rule):
    verdict = _verdict(*WRONG[name], rule)
    assert verdict.status is not Status.PROVED, verdict.reason


#: Right steps: pieces shown to exist are split, and a whole integral is compared whole.
RIGHT = {
    "polynomial-pieces": (
        sp.Integral(X + X**2, (X, 0, A)),
        sp.Integral(X, (X, 0, A)) + sp.Integral(X**2, (X, 0, A)),
        rules.ALGEBRA,
    ),
    "continuous-pieces-inside-a-finite-sum": (
        sp.Sum(sp.Integral(I * X + sp.exp(X), (X, 0, 1)), (I, 1, N)),
        sp.Sum(sp.Integral(I * X, (X, 0, 1)), (I, 1, N)) + sp.Sum(sp.Integral(sp.exp(X), (X, 0, 1)), (I, 1, N)),
        rules.LINEARITY_OF_SUMS,
    ),
    "gaussian-pieces-over-the-line": (
        sp.Integral((1 + X**2) * sp.exp(-(X**2)), (X, *LINE)),
        sp.Integral(sp.exp(-(X**2)), (X, *LINE)) + sp.Integral(X**2 * sp.exp(-(X**2)), (X, *LINE)),
        rules.ALGEBRA,
    ),
    "pieces-against-a-density-over-two-variables": (
        Expectation(X**2 + Y**2, Normal(X, 0, 1) * Normal(Y, 0, 1), (X, Y)),
        sp.Integer(2),
        rules.ALGEBRA,
    ),
    "a-convergent-integral-kept-whole-times-a-constant": (2 * _ON_01[0], _ON_01[0] + _ON_01[0], rules.ALGEBRA),
}


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_pieces_that_exist_are_split(name):
    verdict = _verdict(*RIGHT[name])
    assert verdict.status is Status.PROVED, verdict.reason


def test_expansion_keeps_a_convergent_integral_whole_and_splits_a_proper_one():
    assert expand_with_convergent_pieces(2 * _ON_01[0]) == 2 * sp.Integral(sp.expand(F - G), (X, 0, 1))
    proper = sp.Integral(3 * (X + 1) ** 2, (X, 0, 1))
    assert expand_with_convergent_pieces(proper) == sp.expand(proper)
