"""Held-out variants of red team 62k's class A (tests/test_notes_redteam_62k.py 01-14, tests/test_kernel_redteam_62k.py
1-5): an even root, or a power of even denominator, of an even power of an odd root (x^{2/3}, x^{4/3}, x^{-4/5}).

Over the reals b^(p/q) with q odd and p even is |b|^(p/q) (x^{2/3} = 4 at x = -8), so an even root of it is |b| to a
power: sqrt(x^{2/3}) = |x|^{1/3}, (x^{2/3})^{3/2} = |x|.  SymPy's principal powers merge (b^e)^f into b^(e f) as they
are built (for |e| < 1), equal only where b >= 0; the translator now writes the real value into an even root's radicand
before it takes the root (notation.real_under_an_even_root), by any spelling: a fourth root, a power 5/2, a square
written (x^{1/3})^2 or x^{1/3} x^{1/3}, a factor of a product, a term SymPy's simplification factors out.  Wrong
variants are held or refuted; the real readings are proved; an odd power of an odd root keeps its reading."""

from __future__ import annotations

import pytest
import red_team
import sympy as sp
from red_team import answer_verdict, assert_held_or_refuted, assert_proved


def _note(step: str, said: str = "Let $x$ be real.") -> str:
    return f"{said}\n\n$$\n{step}\n$$\n"


#: Wrong for a negative x (the hand check beside each): held or refuted, never proved.
WRONG = {
    # x = -8: (-8)^{4/3} = 16, its fourth root 2; x + 8 = 0 there.
    "fourth-root-of-a-four-thirds-power-equation-then-divisor": _note(
        r"\frac{x + 8}{x + 8} = 1", r"Let $x$ be real with $\sqrt[4]{x^{4/3}} = 2$."
    ),
    # x = -32: (-32)^{2/5} = 4, 4^{5/2} = 32; x + 32 = 0 there.
    "five-halves-of-a-two-fifths-power-equation-then-divisor": _note(
        r"\frac{x + 32}{x + 32} = 1", r"Let $x$ be real with $\left(x^{2/5}\right)^{5/2} = 32$."
    ),
    # x = -8: sqrt((-2)^2) = 2, not -2.
    "root-of-a-squared-cube-root": _note(r"\sqrt{\left(x^{1/3}\right)^2} = x^{1/3}"),
    # x = -8: sqrt((-2)(-2)) = 2, not -2.
    "root-of-a-product-of-cube-roots": _note(r"\sqrt{x^{1/3} x^{1/3}} = x^{1/3}"),
    # x = -8: sqrt(4 * 4) = 4, not 2 (-2) = -4.
    "root-of-a-multiple-of-a-two-thirds-power": _note(r"\sqrt{4 x^{2/3}} = 2 x^{1/3}"),
    # x = -8, y = 0: sqrt(4) = 2, not -2 (SymPy's simplification factors x^{2/3} out of the sum under the root).
    "root-of-a-sum-with-a-two-thirds-power-factor": _note(
        r"\sqrt{x^{2/3} + x^{2/3} y^2} = x^{1/3} \sqrt{1 + y^2}", "Let $x$ and $y$ be real."
    ),
    # x = -32: (-32)^{-4/5} = 1/16, (1/16)^{5/4} = 1/32, not -1/32.
    "five-fourths-of-a-negative-four-fifths-power": _note(r"\left(x^{-4/5}\right)^{5/4} = \frac{1}{x}"),
    # (x^{2/3})^{3/2} = |x|, whose derivative at x = -1 is -1.
    "derivative-of-three-halves-of-a-two-thirds-power": _note(r"\frac{d}{dx} \left(x^{2/3}\right)^{3/2} = 1"),
}

#: Right over the reals: proved.
RIGHT = {
    "three-halves-of-a-two-thirds-power-is-the-absolute-value": _note(r"\left(x^{2/3}\right)^{3/2} = |x|"),
    "fourth-root-of-a-four-thirds-power": _note(r"\sqrt[4]{x^{4/3}} = |x|^{1/3}"),
    # x declared positive (a directive gives its domain): the merged power is the written one.
    "three-halves-of-a-two-thirds-power-of-a-declared-positive-name": (
        "<!-- diffproof: assume x > 0 -->\n\n$$\n\\left(x^{2/3}\\right)^{3/2} = x\n$$\n"
    ),
    "derivative-of-the-root-of-a-two-thirds-power-of-a-declared-positive-name": (
        "<!-- diffproof: assume x > 0 -->\n\n$$\n\\frac{d}{dx} \\sqrt{x^{2/3}} = \\frac{1}{3} x^{-2/3}\n$$\n"
    ),
    # an odd power of an odd root is not under an even root: its reading is kept.
    "cube-of-a-cube-root": _note(r"\left(x^{1/3}\right)^3 = x"),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_even_root_of_an_odd_roots_even_power_is_not_proved(name):
    assert_held_or_refuted(red_team.last(WRONG[name]))


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_the_real_reading_is_proved(name):
    assert_proved(red_team.last(RIGHT[name]))


#: (reference, answer, the verdict): an answer's even root of an odd root's even power is its real value.
ANSWERS = {
    "fourth-root-of-a-four-thirds-power-against-the-cube-root": (r"x^{1/3}", r"\sqrt[4]{x^{4/3}}", "undecided"),
    "five-halves-of-a-two-fifths-power-against-x": (r"x", r"(x^{2/5})^{5/2}", "refuted"),
    "fourth-root-of-a-four-thirds-power-against-the-root-of-the-absolute-value": (
        r"|x|^{1/3}",
        r"\sqrt[4]{x^{4/3}}",
        "proved",
    ),
    "five-fourths-of-a-four-fifths-power-against-the-absolute-value": (r"|x|", r"(x^{4/5})^{5/4}", "proved"),
    "three-halves-of-a-negative-two-thirds-power-against-one-over-the-absolute-value": (
        r"\frac{1}{|x|}",
        r"(x^{-2/3})^{3/2}",
        "proved",
    ),
}


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_an_answer_reads_the_real_value(name):
    reference, answer, verdict = ANSWERS[name]
    assert answer_verdict(reference, answer) == verdict


def test_the_readings_by_hand():
    """The real values at a negative x, and SymPy's merge that the translator no longer makes under an even root."""
    x = sp.Symbol("x", real=True)
    assert sp.root(sp.real_root(-8, 3) ** 4, 4) == 2 and sp.real_root(-32, 5) ** 2 == 4 and 4 ** sp.Rational(5, 2) == 32
    assert sp.sqrt(4 * sp.real_root(-8, 3) ** 2) == 4 != 2 * sp.real_root(-8, 3)
    assert (sp.real_root(-32, 5) ** -4) ** sp.Rational(5, 4) == sp.Rational(1, 32)
    assert sp.diff(sp.Abs(x), x).subs(x, -1) == -1
    assert sp.sqrt(x ** sp.Rational(2, 3)) == x ** sp.Rational(1, 3)  # SymPy's principal merge
    assert sp.sqrt(sp.Abs(x) ** sp.Rational(2, 3)) == sp.Abs(x) ** sp.Rational(1, 3)  # the real value's root
