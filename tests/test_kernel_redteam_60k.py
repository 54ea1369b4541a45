"""Red team 60k through the kernel's Python API (derivations/kernel/convergence.py): whether an integral or an
expectation is shown to exist, the condition for splitting or cancelling it.

:func:`~derivations.kernel.convergence.shown_to_exist` trusts an integral over several variables whose integrand
holds a :class:`~derivations.probability.Density` anywhere (a summand, inside a logarithm), not only as a factor it is
taken against; and ``_density_integral_exists`` trusts an integral against a Gaussian whose integrand holds any
opaque atom (a finite Sum, a Subs, an Integral over another variable: plain numbers; a power series in the
variable), as it trusts an unknown density.  Each finding is a case a user would write, checked by hand (the comment
above it), with the cause read from the code; a strict xfail until fixed (listed in FIXED).  A fixed finding is not
shown to exist and never raises.  The guards are faithful cases that keep their answer.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from derivations import Expectation, Normal
from derivations.kernel.convergence import expectation_shown_to_exist, shown_to_exist
from derivations.probability import Density

X = sp.Symbol("x", real=True)
Y = sp.Symbol("y", real=True)
K = sp.Symbol("k", integer=True)
LINE = (-sp.oo, sp.oo)
#: e^{x^2}, whose integral against N(x; 0, 1) is infinite, and e^{x^2 + y^2}, infinite over the plane.
DIVERGENT = sp.exp(X**2)
PLANE = sp.exp(X**2 + Y**2)
#: An unknown density of (x, y).
P = Density("p", [X, Y])
#: The finite sum 1 + 1/2 = 3/2, written as a Sum.
HALVES = sp.Sum(1 / K, (K, 1, 2))

_ANYWHERE = (
    "shown_to_exist returns True for an integral over several variables whenever integral.function.has(Density), "
    "anywhere in the integrand ({}), not only as a factor it is taken against"
)
_OPAQUE_TRUSTED = (
    "convergence._density_integral_exists trusts an integral against a Gaussian whose integrand, its Gaussians set to "
    "1, holds any OPAQUE atom ({}), as it trusts an unknown density, without asking whether the rest is integrable"
)


def _gaussian(body: sp.Expr) -> sp.Integral:
    return sp.Integral(Normal(X, 0, 1) * body, (X, *LINE))


#: Each finding: a call that answers True (shown to exist) where the integral or expectation is infinite.
FINDINGS = {
    # ∫∫ (e^{x^2 + y^2} + p) = ∫∫ e^{x^2 + y^2} + 1 = ∞.
    "double-integral-with-an-unknown-density-as-a-summand": (
        lambda: shown_to_exist(sp.Integral(PLANE + P, (X, *LINE), (Y, *LINE))),
        _ANYWHERE.format("a summand"),
    ),
    # At p = N(x; 0, 1) N(y; 0, 1), e^{x^2 + y^2} log p = -e^{x^2 + y^2} ((x^2 + y^2) / 2 + log 2π): -∞.
    "double-integral-with-an-unknown-density-inside-a-log": (
        lambda: shown_to_exist(sp.Integral(PLANE * sp.log(P), (X, *LINE), (Y, *LINE))),
        _ANYWHERE.format("inside a logarithm"),
    ),
    # ∫ N(x; 0, 1) e^{x^2} (3/2) dx = ∞.
    "gaussian-integral-of-exp-x-squared-times-a-finite-sum": (
        lambda: shown_to_exist(_gaussian(DIVERGENT * HALVES)),
        _OPAQUE_TRUSTED.format("a finite Sum, the number 3/2"),
    ),
    # Subs(y^2, y, 1) is 1: ∫ N(x; 0, 1) e^{x^2} dx = ∞.
    "gaussian-integral-of-exp-x-squared-times-a-subs": (
        lambda: shown_to_exist(_gaussian(DIVERGENT * sp.Subs(Y**2, Y, 1))),
        _OPAQUE_TRUSTED.format("a Subs, the number 1"),
    ),
    # ∫_0^1 dy is 1: E[e^{x^2}] = ∞.
    "gaussian-expectation-of-exp-x-squared-times-an-integral-over-another-variable": (
        lambda: expectation_shown_to_exist(Expectation(DIVERGENT * sp.Integral(1, (Y, 0, 1)), Normal(X, 0, 1), (X,))),
        _OPAQUE_TRUSTED.format("an Integral over y, the number 1"),
    ),
    # Σ_k x^{2k} / k! is e^{x^2}: E[e^{x^2}] = ∞.
    "gaussian-expectation-of-the-exponential-series-of-x-squared": (
        lambda: expectation_shown_to_exist(
            Expectation(sp.Sum(X ** (2 * K) / sp.factorial(K), (K, 0, sp.oo)), Normal(X, 0, 1), (X,))
        ),
        _OPAQUE_TRUSTED.format("a Sum over k of powers of x, the series of e^{x^2}"),
    ),
}

#: The findings fixed so far.
FIXED: frozenset[str] = frozenset(
    {
        "double-integral-with-an-unknown-density-as-a-summand",
        "double-integral-with-an-unknown-density-inside-a-log",
        "gaussian-expectation-of-exp-x-squared-times-an-integral-over-another-variable",
        "gaussian-expectation-of-the-exponential-series-of-x-squared",
        "gaussian-integral-of-exp-x-squared-times-a-finite-sum",
        "gaussian-integral-of-exp-x-squared-times-a-subs",
    }
)


def test_the_findings_are_infinite_by_hand():
    """The integrals and expectations at issue are infinite."""
    gauss = sp.exp(-(X**2) / 2) / sp.sqrt(2 * sp.pi)
    assert sp.integrate(gauss * DIVERGENT, (X, *LINE)) == sp.oo
    assert sp.integrate(sp.exp(X**2), (X, *LINE)) == sp.oo  # and e^{y^2} > 0: the plane's integral too
    assert HALVES.doit() == sp.Rational(3, 2) and sp.Subs(Y**2, Y, 1).doit() == 1
    assert sp.integrate(1, (Y, 0, 1)) == 1
    assert sp.Sum(X ** (2 * K) / sp.factorial(K), (K, 0, sp.oo)).doit() == sp.exp(X**2)


@pytest.mark.parametrize(
    "name", [red_team.case(name, FIXED, {k: v[1] for k, v in FINDINGS.items()}) for name in sorted(FINDINGS)]
)
def test_red_team_60k_s_kernel_cases(name):
    call, _ = FINDINGS[name]
    assert call() is False


#: Faithful cases and their answers.
GUARDS = {
    "double-integral-against-an-unknown-density": (
        lambda: shown_to_exist(sp.Integral(P * X**2, (X, *LINE), (Y, *LINE))),
        True,
    ),
    "gaussian-integral-of-exp-x-squared-not-shown": (lambda: shown_to_exist(_gaussian(DIVERGENT)), False),
    "gaussian-integral-of-a-square-times-a-finite-sum": (lambda: shown_to_exist(_gaussian(X**2 * 3 / 2)), True),
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_answer(name):
    call, answer = GUARDS[name]
    assert call() is answer
