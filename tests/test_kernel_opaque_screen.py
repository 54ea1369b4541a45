"""The screen that keeps prove_equal's rational tiers off differences they cannot make zero.

A difference with operators (expectations, densities, sums, integrals, unknown functions) is, to SymPy's
``together`` and ``cancel``, a rational function of those operators once ``factor_terms`` has taken each
one's content out.  ``algebra._opaque`` writes it so, each operator a new symbol of its sign: when that form
is nonzero at an admissible point the tiers are skipped (they cost seconds on a long KL expansion and could
only fail).  The screen must never cost a proof: operators that differ only by the content SymPy takes out
(sum_t -f_t and -sum_t f_t; an integral of 2 f + 2 and twice that of f + 1) or by the logarithm of a
number split into primes are one generator.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.kernel import algebra
from derivations.kernel.algebra import _nonzero_somewhere, _opaque, prove_equal
from derivations.probability import Density, Expectation

t, T = sp.symbols("t T", integer=True)
x = sp.IndexedBase("x")
y = sp.Symbol("y", real=True)
f = sp.Function("f", real=True)
p = Density("p", (y,))
q = Density("q", (y,))
g = sp.Function("g")

#: Differences a rational tier reduces to zero, each through something SymPy does inside an operator.
ZEROED_BY_THE_TIERS = {
    "a sign taken out of a sum": -sp.Sum(-sp.log(f(x[t]) ** 2 + 1), (t, 2, T))
    - sp.Sum(sp.log(f(x[t]) ** 2 + 1), (t, 2, T)),
    "content taken out of an integral": sp.Integral(2 * f(y) + 2, (y, 0, 1)) - 2 * sp.Integral(f(y) + 1, (y, 0, 1)),
    "an argument expanded": g(2 * y + 2) - g(2 * (y + 1)),
    "exponentials of one expectation": sp.exp(Expectation(sp.log(p), q)) * sp.exp(-Expectation(sp.log(p), q)) - 1,
    "a square root squared": sp.sqrt(Expectation(p**2, q)) ** 2 - Expectation(p**2, q),
    "a rational function of an expectation": (Expectation(f(y), q) ** 2 - 1) / (Expectation(f(y), q) - 1)
    - Expectation(f(y), q)
    - 1,
}


def test_a_sum_of_negated_terms_is_minus_the_sum():
    lhs = -sp.Sum(-sp.log(f(x[t]) ** 2 + 1), (t, 2, T))
    rhs = sp.Sum(sp.log(f(x[t]) ** 2 + 1), (t, 2, T))
    assert prove_equal(lhs, rhs) is not None
    assert sp.expand(_opaque(sp.expand(lhs - rhs))) == 0


def test_content_taken_out_of_an_integral_keeps_the_proof():
    lhs = sp.Integral(2 * f(y) + 2, (y, 0, 1))
    rhs = 2 * sp.Integral(f(y) + 1, (y, 0, 1))
    assert prove_equal(lhs, rhs) is not None


def test_logarithms_of_numbers_inside_an_operator_are_split():
    lhs, rhs = Expectation(sp.log(6) + sp.log(p), p), Expectation(sp.log(2) + sp.log(3) + sp.log(p), p)
    assert sp.expand(_opaque(lhs - rhs)) == 0


def test_an_operator_of_unknown_sign_class_leaves_the_form_alone():
    n = sp.Symbol("n", integer=True)
    integer_valued = sp.Function("g", integer=True)(n)
    assert _opaque(integer_valued + 1) == integer_valued + 1


def test_a_difference_no_cancellation_can_zero_skips_the_rational_tiers(monkeypatch):
    calls = []
    cancel = sp.cancel
    monkeypatch.setattr(algebra.sp, "cancel", lambda *args, **kwargs: calls.append(args) or cancel(*args, **kwargs))
    algebra._prove_equal_once.cache_clear()
    wrong = Expectation(sp.log(p) * f(y) + 1, p) / (1 + f(y) ** 2)
    right = Expectation(sp.log(p) * f(y), p) / (1 + f(y) ** 2)
    assert prove_equal(wrong, right) is None
    assert calls == []


def test_a_rational_identity_in_operators_is_still_proved(monkeypatch):
    algebra._prove_equal_once.cache_clear()
    e = Expectation(sp.log(p) * f(y), p)
    lhs = (e**2 - 1) / (e - 1)
    assert prove_equal(lhs, e + 1) is not None
    assert prove_equal(lhs, e + 2) is None


@pytest.mark.parametrize("name", ZEROED_BY_THE_TIERS)
def test_the_screen_never_skips_a_tier_that_reaches_zero(name):
    """Adversarial pairs: operators SymPy rewrites inside (a sign, content, an expanded argument) and
    identities through them.  The tiers reach zero on each, so the screen must not call it nonzero."""
    difference = ZEROED_BY_THE_TIERS[name]
    expanded = sp.expand(difference)
    reached = sp.cancel(sp.together(expanded)) == 0 or sp.cancel(
        sp.together(sp.expand(sp.powsimp(sp.powdenest(difference, force=False))))) == 0  # fmt: skip
    assert reached
    assert not _nonzero_somewhere(_opaque(expanded), {}, ())
