"""Held-out variants of the findings sg61 closed.

1. The sign of a logarithm's argument or an even root's radicand that is a sum or product over an index, or a
   multiple of one (stated_values._term_not_shown): a sum or product of terms that each meet the requirement at
   every index its range runs through meets it too, but its generic term says nothing of that (t - 3/2 is -1/2 at
   t = 1), so each term is taken at the indices where it may fail, under the note's values, equations and orders.
   One that fails there leaves the whole not shown to meet it: held (rt60k-38, 39).
2. An order said in a sentence that states a fact a reader may use ("We have", "We know that", "Note that",
   "Recall", "where", "with") is an order of the note (orders._FRAMING, rt60k-10); one said in a question, a
   conditional, a negation or an example is not (their words are no plain words; a question mark asks,
   orders.ASKED).  An order wrongly read as holding can prove a wrong step: x^2 = x leaves x = 0, where x / x has
   no value, and an order x > 1/2 read as holding rules it out.

Each wrong variant has no value at a point the note allows and must not be proved; each faithful one must be proved.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp


def _log(argument: str) -> str:
    return f"\n\n$$\n\\log {argument} - \\log {argument} = 0\n$$\n"


def _root(radicand: str) -> str:
    return f"\n\n$$\n\\sqrt{{{radicand}}} - \\sqrt{{{radicand}}} = 0\n$$\n"


def _product(term: str, lower: str = "1") -> str:
    return f"\\prod_{{t={lower}}}^{{T}} \\left({term}\\right)"


def _sum(term: str) -> str:
    return f"\\sum_{{t=1}}^{{T}} \\left({term}\\right)"


def _reciprocal(argument: str) -> str:
    return f"\\frac{{1}}{{{argument}}}"


# -- 1. sums and products over an index under a logarithm or an even root

#: Wrong: at some count T >= 1 the argument is not positive (the radicand negative).
WITHOUT_SIGN = {
    # T = 1: -3/2
    "log-of-a-product-negative-at-one-count": _log(_product("t - \\frac{5}{2}")),
    # 2 (-1/2) (1/2) ... < 0 at every T
    "log-of-a-multiple-of-a-product-with-one-negative-factor": _log("2 " + _product("t - \\frac{3}{2}")),
    # T = 1: -1; T = 2: -1
    "log-of-a-sum-negative-at-the-first-counts": _log(_sum("t - 2")),
    # T = 2: 0 + (-1)
    "root-of-a-sum-negative-past-the-first-count": _root(_sum("1 - t")),
    # 1/2 (-1/2) < 0 at T = 2
    "root-of-a-product-negative-at-two": _root(_product("\\frac{3}{2} - t")),
    # every factor negative: T = 1 gives -2
    "log-of-a-product-of-factors-negative-everywhere": _log(_product("-t^2 - 1")),
    # 1 / P has P's sign: negative at every T
    "log-of-the-reciprocal-of-a-product-with-one-negative-factor": _log(_reciprocal(_product("t - \\frac{3}{2}"))),
}

#: Faithful: every term or factor meets the requirement at every index its range runs through.
WITH_SIGN = {
    "root-of-a-product-of-the-indices": _root(_product("t")),
    "log-of-a-product-starting-past-its-negative-factor": _log(_product("t - \\frac{3}{2}", "2")),
    "log-of-a-sum-of-squares": _log(_sum("t^2")),
    "log-of-a-product-of-exponentials": _log(_product("e^{t}")),
    "log-of-the-reciprocal-of-a-product-of-positive-factors": _log(_reciprocal(_product("t + \\frac{1}{2}"))),
}


def test_the_sum_and_product_variants_have_no_value_by_hand():
    """At the count named beside each wrong variant its argument is not positive (its radicand negative); each
    faithful one's terms are positive (nonnegative) at every index its range runs through."""
    t = sp.Symbol("t", integer=True, positive=True)

    def product(term, last, first=1):
        return sp.Product(term, (t, first, last)).doit()

    def total(term, last):
        return sp.Sum(term, (t, 1, last)).doit()

    assert product(t - sp.Rational(5, 2), 1) < 0 and all(2 * product(t - sp.Rational(3, 2), n) < 0 for n in range(1, 9))
    assert total(t - 2, 1) < 0 and total(1 - t, 2) < 0 and product(sp.Rational(3, 2) - t, 2) < 0
    assert product(-(t**2) - 1, 1) < 0
    assert all(product(t, n) > 0 and product(t - sp.Rational(3, 2), n, 2) > 0 for n in range(2, 9))
    assert all(total(t**2, n) > 0 and product(sp.exp(t), n) > 0 for n in range(1, 9))
    assert all(1 / product(t - sp.Rational(3, 2), n) < 0 < 1 / product(t + sp.Rational(1, 2), n) for n in range(1, 9))


@pytest.mark.parametrize("name", sorted(WITHOUT_SIGN))
def test_a_sum_or_product_with_a_failing_term_is_not_proved(name):
    red_team.assert_held_or_refuted(red_team.last(WITHOUT_SIGN[name]))


@pytest.mark.parametrize("name", sorted(WITH_SIGN))
def test_a_sum_or_product_of_terms_of_the_sign_is_proved(name):
    red_team.assert_proved(red_team.last(WITH_SIGN[name]))


# -- 2. orders said in sentences that state them, and in sentences that do not

_GAUSSIAN_OVER_ITSELF = "\n\n$$\n\\frac{\\mathcal{N}(x; 0, v)}{\\mathcal{N}(x; 0, v)} = 1\n$$\n"
_X_OVER_X = "\n\n$$\n\\frac{x}{x} = 1\n$$\n"
_ROOTS = "Let $x^2 = x$. "
_HALF = "$x > \\frac{1}{2}$"

#: Wrong: v + w = 0 and w > 0 make v = -w negative, so N(x; 0, v) is no density; each sentence states both.
STATED_ORDER_NEGATIVE_VARIANCE = {
    "we-know-that": "We know that $v + w = 0$ and $w > 0$.",
    "note-that": "Note that $v + w = 0$ and $w > 0$.",
    "recall-that": "Recall that $v + w = 0$ and $w > 0$.",
    "with": "With $v + w = 0$ and $w > 0$.",
    "where": "where $v + w = 0$ and $w > 0$.",
}

#: Wrong: x^2 = x allows x = 0 (x / x has no value there), and the order x > 1/2 that would rule it out is only
#: asked, supposed, denied or given as an example, so it must not be read as holding.
ORDER_NOT_STATED = {
    "question-do-we-have": f"Do we have {_HALF}?",
    "question-here-is": f"Here, is {_HALF}?",
    "question-note": f"Note: {_HALF}?",
    "question-have-we": f"Have we {_HALF}?",
    "question-where-is": f"Where is {_HALF}?",
    "only-if": f"We have {_HALF} only if $x \\ne 0$.",
    "negated": f"We do not have {_HALF}.",
    "cannot": f"Note that we cannot have {_HALF}.",
    "if-we-have": f"If we have {_HALF}, we divide.",
    "when-we-have": f"When we have {_HALF}.",
    "suppose-would": f"Suppose we would have {_HALF}.",
    "for-example": f"For example, we have {_HALF}.",
    "said-to-fail": f"We know that {_HALF} fails.",
}

#: Faithful: the sentence states x > 1/2, which leaves x = 1 alone of x^2 = x's solutions: x / x = 1 there.
ORDER_STATED = {
    "we-have": f"We have {_HALF}.",
    "we-know-that": f"We know that {_HALF}.",
    "note-that": f"Note that {_HALF}.",
    "recall-that": f"Recall that {_HALF}.",
    "where": f"where {_HALF}.",
    "with": f"With {_HALF}.",
}


def test_the_order_variants_by_hand():
    """v = -w < 0 at w = 1; x^2 = x at x = 0 and x = 1, of which x > 1/2 keeps 1 alone."""
    x, w = sp.symbols("x w", real=True)
    assert sp.solve(sp.Symbol("v") + w, sp.Symbol("v")) == [-w] and (-w).subs(w, 1) < 0
    assert sp.solveset(x**2 - x, x, sp.Reals) == {0, 1}
    assert sp.solveset(x**2 - x, x, sp.Interval.open(sp.Rational(1, 2), sp.oo)) == {1}


@pytest.mark.parametrize("name", sorted(STATED_ORDER_NEGATIVE_VARIANCE))
def test_an_order_stated_as_a_fact_bounds_the_variance(name):
    red_team.assert_held_or_refuted(red_team.last(STATED_ORDER_NEGATIVE_VARIANCE[name] + _GAUSSIAN_OVER_ITSELF))


@pytest.mark.parametrize("name", sorted(ORDER_NOT_STATED))
def test_an_order_asked_supposed_or_denied_rules_out_no_zero(name):
    red_team.assert_held_or_refuted(red_team.last(_ROOTS + ORDER_NOT_STATED[name] + _X_OVER_X))


@pytest.mark.parametrize("name", sorted(ORDER_STATED))
def test_an_order_stated_as_a_fact_rules_out_the_zero(name):
    red_team.assert_proved(red_team.last(_ROOTS + ORDER_STATED[name] + _X_OVER_X))
