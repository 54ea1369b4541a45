"""Held-out variants of red team 61k's findings on the answer checker (tests/test_kernel_redteam_61k.py) and on block
Gaussian laws (tests/test_notes_redteam_61k.py 19-22).

An answer is untrusted text as a note is: ``a/bc`` is (a/b) c or a/(b c) (typed with a space after the divisor,
``1/2 x``, the factor is the quotient's), and a name's superscript of one number or
letter in parentheses or brackets (``y^{(n)}``, ``x^{[2]}``) is a power or an index (a derivative's order); where the
readings differ the answer is undecided, never accepted or rejected on one reading.  A point where a side is not
real only through an odd root of a negative number (x^{1/3} at x < 0: the real root to a reader, the principal
complex one to SymPy) refutes nothing.  A block law's component law defines its moments only where its variance is
not shown to fail: SymPy's sign of it, the note's values (an indexed name's too) and its orders are asked.  Wrong
variants stay rejected, right ones accepted."""

from __future__ import annotations

import pytest
import red_team
import sympy as sp
from red_team import answer_verdict

from diffproof.answers.grading import equiv
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: (reference, answer) whose readings disagree: held, neither accepted nor rejected.
READ_TWO_WAYS = {
    # 1/(2 sigma) is the reference; (1/2) sigma is not.
    "slash-then-a-greek-letter": (r"\frac{1}{2\sigma}", r"1/2\sigma"),
    # a/(b c) is the reference; (a/b) c is not.
    "slash-then-a-letter-against-the-product-under": (r"\frac{a}{bc}", r"a/bc"),
    # 1/(2(x + 1)) is the reference; (1/2)(x + 1) is not.
    "slash-then-a-bracket-typed-against-it": (r"\frac{1}{2(x+1)}", r"1/2(x+1)"),
    # y/2 is (1/2) y, not 1/(2y).
    "slash-then-a-letter-against-half-of-it": (r"\frac{y}{2}", r"1/2y"),
    # y^{(3)}: the third y or derivative, or y cubed.
    "parenthesised-number-superscript": (r"y^3", r"y^{(3)}"),
    # a layer's index W^{[2]} or the square W^2.
    "bracketed-number-superscript-of-a-capital": (r"W^2", r"W^{[2]}"),
    # a Greek letter's: the second sigma, or its square.
    "parenthesised-superscript-of-a-greek-letter": (r"\sigma^2", r"\sigma^{(2)}"),
    # x^{2/3} at x < 0: the square of the real cube root to a reader (positive), complex to SymPy.
    "two-thirds-power-against-the-cube-root-squared": (r"\sqrt[3]{x^2}", r"x^{2/3}"),
}
#: Wrong every way it reads: rejected.
WRONG = {
    # x/3 and 1/(3x) both differ from 1/(2x) at x = 1.
    "slash-wrong-either-way": (r"\frac{1}{2x}", r"1/3x"),
    "slash-without-a-product": (r"\frac{1}{2x}", r"2/x"),
    # x^2 and a name other than x both differ from x^3.
    "bracketed-superscript-wrong-either-way": (r"x^3", r"x^{(2)}"),
    # x^{1/3} and sqrt(x) differ at x = 8 (2 and 2.83).
    "cube-root-against-a-square-root": (r"\sqrt{x}", r"x^{1/3}"),
    # an even root of a negative number has no real value: sqrt(-2) against sqrt(|-2|) stays a counterexample.
    "square-root-against-the-root-of-the-absolute-value": (r"\sqrt{|x|}", r"\sqrt{x}"),
}
#: Right in the only way they read: accepted.
RIGHT = {
    "slash-with-the-product-bracketed": (r"\frac{1}{2x}", r"1/(2x)"),
    "slash-then-an-explicit-product": (r"\frac{x}{2}", r"1/2 \cdot x"),
    # typed with a space after the divisor, the factor is the quotient's (the answer corpus's VAE code form).
    "slash-then-a-spaced-letter": (r"\frac{x}{2}", r"1/2 x"),
    "slash-then-a-spaced-bracket": (r"-\frac{1}{2}(1 + \log s^2 - m^2 - s^2)", r"-1/2 (1 + log s^2 - m^2 - s^2)"),
    "half-bracketed-then-the-letter": (r"\frac{y}{2}", r"(1/2)y"),
    "plain-text-power-in-parentheses": (r"x^2", r"x^(2)"),
    "braced-power-of-a-sum-in-parentheses": (r"x^3", r"x^{(2+1)}"),
    "exponential-with-a-bracketed-exponent": (r"e^{2}", r"e^{(2)}"),
    "odd-root-against-itself": (r"\sqrt[3]{x}", r"\sqrt[3]{x}"),
}


@pytest.mark.parametrize("name", sorted(READ_TWO_WAYS))
def test_an_answer_read_two_ways_that_disagree_is_held(name):
    reference, answer = READ_TWO_WAYS[name]
    assert answer_verdict(reference, answer) == "undecided"


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_answer_stays_rejected(name):
    assert answer_verdict(*WRONG[name]) == "refuted"


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_right_answer_stays_accepted(name):
    assert answer_verdict(*RIGHT[name]) == "proved"


def test_the_held_answer_names_both_readings():
    reason = equiv(r"\frac{1}{2\sigma}", r"1/2\sigma").verdict.reason
    assert "ambiguous" in reason and "a/(b c)" in reason and "(a/b) c" in reason


def test_the_readings_by_hand():
    x = sp.Symbol("x", real=True)
    assert sp.real_root(-8, 3) ** 2 == 4 and sp.N(sp.Integer(-8) ** sp.Rational(2, 3)).is_real is False
    assert (x / 3).subs(x, 1) != sp.Rational(1, 2) and (1 / (3 * x)).subs(x, 1) != sp.Rational(1, 2)
    assert sp.root(8, 3) != sp.sqrt(8)


def _block(before: str, law: str, step: str) -> str:
    return before + red_team.BLOCK_LAW + f"Here $X \\sim \\mathcal{{N}}({law})$.\n\n$$\n{step}\n$$\n"


#: Wrong: no Gaussian has these variances (-b^2 - 3 < 0 and -2 e^b < 0 at every real b, w_2 := -1, 3 - c < 0 under
#: c > 3, b - 1 <= 0 at some b in (0, 2)), so Sigma_X = Var X > 0 is not shown to be them.
BLOCK_WRONG = {
    "minus-a-square-minus-three": ("Let $b$ be real.\n\n", "0, -b^2 - 3", r"\Sigma_X = -b^2 - 3"),
    "minus-twice-an-exponential": ("Let $b$ be real.\n\n", r"1, -2e^{b}", r"\Sigma_X = -2e^{b}"),
    "indexed-name-valued-negative": ("Let $w_2 := -1$.\n\n", "2, w_2", r"\Sigma_X = w_2"),
    "negative-under-an-order": ("Let $c > 3$.\n\n", "2, 3 - c", r"\Sigma_X = 3 - c"),
    "not-shown-positive-under-an-order": ("Let $0 < b < 2$.\n\n", "2, b - 1", r"\Sigma_X = b - 1"),
}
#: Right: the same shapes with positive variances (b^2 + 3, 2 e^b, w_2 := 1, c - 3 under c > 3).
BLOCK_RIGHT = {
    "a-square-plus-three": ("Let $b$ be real.\n\n", "0, b^2 + 3", r"\Sigma_X = b^2 + 3"),
    "twice-an-exponential": ("Let $b$ be real.\n\n", r"1, 2e^{b}", r"\Sigma_X = 2e^{b}"),
    "indexed-name-valued-positive": ("Let $w_2 := 1$.\n\n", "2, w_2", r"\Sigma_X = w_2"),
    "positive-under-an-order": ("Let $c > 3$.\n\n", "2, c - 3", r"\Sigma_X = c - 3"),
}


@pytest.mark.parametrize("name", sorted(BLOCK_WRONG))
def test_a_component_law_not_shown_positive_defines_nothing(name):
    result = red_team.last(_block(*BLOCK_WRONG[name]))
    assert not result.internal and result.status in (UNDECIDED, REFUTED), result.reason


@pytest.mark.parametrize("name", sorted(BLOCK_RIGHT))
def test_a_component_law_of_positive_variance_defines_it(name):
    result = red_team.last(_block(*BLOCK_RIGHT[name]))
    assert result.status == PROVED, result.reason


def test_a_wrong_step_under_a_positive_variance_stays_refuted():
    result = red_team.last(_block("Let $b$ be real.\n\n", "0, b^2 + 3", r"\Sigma_X = b^2 + 4"))
    assert result.status == REFUTED, result.reason


def test_the_block_variances_by_hand():
    b = sp.Symbol("b", real=True)
    c = sp.Symbol("c", real=True)
    assert (-(b**2) - 3).is_negative and (-2 * sp.exp(b)).is_negative and (b**2 + 3).is_positive
    assert (3 - c).subs(c, 4) < 0 and (sp.Integer(1) / 2 - 1) < 0  # c > 3; b = 1/2 in (0, 2)
