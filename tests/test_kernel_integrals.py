"""The definite integral rule (:mod:`derivations.kernel.integrals`): right steps proved, wrong ones never.

Each step is checked as a note's step is (:func:`derivations.kernel.checking.check_uncited`, which tries every
rule), so a wrong step that another rule proved would fail here too.  A wrong value of a convergent integral is
refuted by the rule's rewrite; a divergent integral, a pole inside the interval, or a convergence condition no
declared sign settles leaves the step undecided with the failed condition.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations import Definition, Density, Domain, Relation, Status
from derivations.kernel.checking import check_uncited, reconcile
from derivations.kernel.integrals import DEFINITE_INTEGRAL, _fresh, _quadrature_agrees, definite_value

EQ = Relation.EQ
U, V, X = sp.symbols("U V X", real=True)
A, B, C = sp.symbols("A B C", real=True)
POSITIVE = (Domain(A, sp.Interval.open(0, sp.oo)),)


def _integral(f: sp.Expr, lower: sp.Expr, upper: sp.Expr, variable: sp.Symbol = U) -> sp.Integral:
    return sp.Integral(f, (variable, lower, upper))


def _verdict(lhs: sp.Expr, rhs: sp.Expr, assumptions: tuple = ()):
    return check_uncited(EQ, lhs, rhs, reconcile(assumptions))


RIGHT = {
    "u over the unit interval": (_integral(U, 0, 1), sp.Rational(1, 2), ()),
    "limits in reverse order": (_integral(U, 1, 0), -sp.Rational(1, 2), ()),
    "a constant between named limits of either order": (_integral(2, A, B), 2 * B - 2 * A, ()),
    "|u| across its kink": (_integral(sp.Abs(U), -1, 1), sp.Integer(1), ()),
    "an exponential with its rate declared positive": (_integral(sp.exp(-A * U), 0, sp.oo), 1 / A, POSITIVE),
    "a half Gaussian": (_integral(sp.exp(-(U**2) / 2), 0, sp.oo), sp.sqrt(sp.pi / 2), ()),
    "a free name alone": (_integral(X, 0, 1), X, ()),
    "a polynomial with a free coefficient": (_integral(X * U**2, 0, 3), 9 * X, ()),
    "nested, the inner limit the outer variable": (_integral(_integral(1, 0, U, V), 0, 1), sp.Rational(1, 2), ()),
}


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_right_integral_is_proved_by_the_rule(name):
    lhs, rhs, assumptions = RIGHT[name]
    verdict = _verdict(lhs, rhs, assumptions)
    assert verdict.status is Status.PROVED, verdict
    assert verdict.rule == DEFINITE_INTEGRAL.name


def test_an_integral_over_the_whole_line_is_left_to_the_algebra():
    """The density calculus evaluates a Gaussian over the line; the rule leaves every integral over it alone."""
    gaussian = _integral(sp.exp(-(U**2) / 2), -sp.oo, sp.oo)
    assert _verdict(gaussian, sp.sqrt(2 * sp.pi)).status is Status.PROVED
    assert "whole line" in definite_value(gaussian, reconcile(()))
    assert _verdict(gaussian, sp.sqrt(sp.pi)).status is Status.REFUTED


def test_an_order_between_values_is_proved_and_a_wrong_one_refuted():
    assert check_uncited(Relation.LE, _integral(U, 0, 1), sp.Integer(1), reconcile(())).status is Status.PROVED
    assert check_uncited(Relation.GT, _integral(U, 0, 1), sp.Integer(1), reconcile(())).status is Status.REFUTED
    strict = check_uncited(Relation.LT, _integral(U**2, 0, 1), sp.Rational(1, 3), reconcile(()))
    assert strict.status is not Status.PROVED


WRONG_VALUES = {
    "u over the unit interval is not 1": (_integral(U, 0, 1), sp.Integer(1), ()),
    "reversed limits flip the sign": (_integral(U, 1, 0), sp.Rational(1, 2), ()),
    "a half Gaussian is not sqrt(pi)": (_integral(sp.exp(-(U**2) / 2), 0, sp.oo), sp.sqrt(sp.pi), ()),
    "the exponential's value is 1/a, not a": (_integral(sp.exp(-A * U), 0, sp.oo), A, POSITIVE),
    "|t| is no odd function": (_integral(sp.Abs(U), -1, 1), sp.Integer(0), ()),
}


@pytest.mark.parametrize("name", sorted(WRONG_VALUES))
def test_a_wrong_value_of_a_convergent_integral_is_refuted(name):
    lhs, rhs, assumptions = WRONG_VALUES[name]
    verdict = _verdict(lhs, rhs, assumptions)
    assert verdict.status is Status.REFUTED, verdict


def test_two_different_constants_are_refuted_with_no_values_drawn():
    """Both sides are numbers once the integral is evaluated: the counterexample is the two values, at no point."""
    verdict = _verdict(_integral(U, 0, 1), sp.Integer(1))
    assert verdict.status is Status.REFUTED
    assert verdict.counterexample.point == ()
    assert (verdict.counterexample.lhs, verdict.counterexample.rhs) == (0.5, 1.0)


X_IS_U_SQUARED = (Definition(X, U**2, "x"),)
#: Wrong steps the rule must not prove: each with a part of the reason an undecided verdict gives.
NOT_PROVED = {
    "1/u across its pole (principal value 0)": (_integral(1 / U, -1, 1), sp.Integer(0), (), "continuous"),
    "1/u^2 across its pole (FTC gives -2)": (_integral(1 / U**2, -1, 1), sp.Integer(-2), (), "continuous"),
    "1/u on [1, oo) diverges": (_integral(1 / U, 1, sp.oo), sp.Integer(0), (), "no finite closed form"),
    "e^{-au} without a sign of a": (_integral(sp.exp(-A * U), 0, sp.oo), 1 / A, (), "not declared"),
    "e^{au} with a > 0 diverges": (_integral(sp.exp(A * U), 0, sp.oo), -1 / A, POSITIVE, "no finite closed form"),
    "a pole at a name c": (_integral(1 / (U - C), 0, 1), sp.log(1 - C) - sp.log(-C), (), "continuous"),
    "sqrt(u) where u < 0": (_integral(sp.sqrt(U), -1, 1), sp.Rational(2, 3), (), "continuous"),
    "|u| between named limits of no order": (_integral(sp.Abs(U), A, B), (B**2 - A**2) / 2, (), "not declared"),
    "1/u between named limits": (_integral(1 / U, A, B), sp.log(B) - sp.log(A), (), "continuous"),
    "a name defined through the variable": (_integral(X, 0, 1), X, X_IS_U_SQUARED, "may depend on U"),
    "an unknown function": (
        _integral(sp.Function("f", real=True)(U), 0, 1),
        sp.Function("f", real=True)(1),
        (),
        "unknown function",
    ),  # fmt: skip
    "a density": (_integral(Density("P", (U,)), 0, 1), sp.Integer(1), (), "density"),
}


@pytest.mark.parametrize("name", sorted(NOT_PROVED))
def test_a_wrong_step_is_not_proved_and_the_rule_says_why(name):
    lhs, rhs, assumptions, reason = NOT_PROVED[name]
    verdict = _verdict(lhs, rhs, assumptions)
    assert verdict.status is not Status.PROVED, verdict
    found = definite_value(lhs, reconcile(assumptions))
    assert isinstance(found, str) and reason in found, found


def test_quadrature_rejects_a_wrong_closed_form():
    """The cross-check is no stub: a value off by a constant, or by pi (an arctangent's jump), is caught."""
    fresh = _fresh(_integral(1 / (2 + sp.cos(U)), 0, 2 * sp.pi), reconcile(()))
    right = 2 * sp.pi / sp.sqrt(3)
    assert _quadrature_agrees(fresh, right)
    assert not _quadrature_agrees(fresh, right - sp.pi)
    assert not _quadrature_agrees(fresh, sp.Integer(0))


def test_the_bound_variable_is_fresh_whatever_the_step_assumes_of_its_letter():
    """A sign declared of the letter u elsewhere (u > 0) is not the bound variable's: |u| on [-1, 1] is 1."""
    assumptions = (Domain(U, sp.Interval.open(0, sp.oo)),)
    assert definite_value(_integral(sp.Abs(U), -1, 1), reconcile(assumptions)) == 1
