"""Held-out variants of the findings fq59 closed (tests/test_notes_redteam_59k.py: rt59k-10, rt59k-17, rt59k-39).

1. A function the note gives by an equation, ``Let $f(x) = 1/(x - 1/2)$`` (= rather than :=): whether an integral of
   it exists is asked with the equation's body written in, as for f(x) := ..., and with f unknown, and is shown only
   if both show it (``stated_values.equated_functions``: the equation may define f or state it at one point).
2. A name an order of the note bounds (x >= 0): a divisor, a logarithm's argument or an even root's radicand written
   in it alone is asked where it fails within the region the orders allow (SymPy's solveset): the step is held where
   it may fail there, or where that is not decided.
3. Signs said in words and joined by "and" ("Let $x$ be nonnegative and nonpositive"): each is an order of the note,
   and together they pin x = 0.

Each wrong variant has no value at a point the note allows and must not be proved; each faithful one must be proved.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED


def display(step: str) -> str:
    return f"\n\n$$\n{step}\n$$\n"


_X = display(r"\frac{x}{x} = 1")
_F = display(r"\int_0^1 f(x) \, dx - \int_0^1 f(x) \, dx = 0")

#: Wrong: each integral diverges (a pole inside [0, 1], or 1/t at 0), so the step is ∞ - ∞; or the divisor, the
#: logarithm's argument is 0 at a point the note's orders allow; or the signs pin x = 0.
WRONG = {
    # 1. ∫_0^1 dx / (x - 1/2) diverges on each side of 1/2
    "equation-another-letter": r"Let $g(t) = \frac{1}{t}$." + display(r"\int_0^1 g(t) \, dt - \int_0^1 g(t) \, dt = 0"),
    "equation-the-other-way-round": r"Let $\frac{1}{x - 1/2} = f(x)$." + _F,
    "equation-said-with-here": r"Here $f(x) = \frac{1}{x^2}$." + _F,
    # 2. |x| + x is 0 for every x <= 0
    "divisor-zero-on-the-left-half-line": r"Assume $x \le 0$." + display(r"\frac{|x| + x}{|x| + x} = 1"),
    # x = 0 is allowed by x >= 0
    "divisor-zero-at-the-end-of-the-region": r"Assume $x \ge 0$." + _X,
    "sign-in-words-allows-the-zero": "Let $x$ be nonnegative." + _X,
    # |x| <= 0 allows x = 0 alone (an order not polynomial, read over the region it allows)
    "order-of-an-absolute-value": r"Assume $|x| \le 0$." + _X,
    # x = 1 is allowed: log 0
    "logarithm-zero-at-the-end": r"Assume $x \ge 1$." + display(r"\log(x - 1) - \log(x - 1) = 0"),
    # x = 1 lies in [0, 2]
    "two-orders-a-zero-inside": r"Assume $x \ge 0$. Assume $x \le 2$." + display(r"\frac{x - 1}{x - 1} = 1"),
    # 3. both signs: x = 0
    "nonpositive-and-also-nonnegative": "Here $x$ is nonpositive and also nonnegative." + _X,
    "comma-and": "Assume $x$ is nonnegative, and nonpositive." + _X,
    "german-und": "Sei $x$ nichtnegativ und nichtpositiv." + _X,
}

#: Faithful: the integral exists, or the orders exclude every point where the step fails.
FAITHFUL = {
    # 1. 1/(x - 1/2) is continuous on [1, 2]; x^2 on [0, 1]
    "equation-pole-off-the-range": r"Let $f(x) = \frac{1}{x - 1/2}$."
    + display(r"\int_1^2 f(x) \, dx - \int_1^2 f(x) \, dx = 0"),
    "equation-polynomial": "Let $f(x) = x^2$." + _F,
    # 2. |x| - x = -2x is nonzero for x < 0
    "divisor-nonzero-on-the-open-half-line": r"Assume $x < 0$." + display(r"\frac{|x| - x}{|x| - x} = 1"),
    "strict-order-excludes-the-zero": r"Assume $x > 0$." + _X,
    "logarithm-positive-on-the-region": r"Assume $x \ge 2$." + display(r"\log(x - 1) - \log(x - 1) = 0"),
    "zero-outside-two-orders": r"Assume $x > 0$. Assume $x < 1$." + display(r"\frac{x - 2}{x - 2} = 1"),
    "divisor-positive-on-the-region": r"Assume $x \ge 0$." + display(r"\frac{x + 1}{x + 1} = 1"),
    # 3. two signs that leave x positive or negative
    "nonnegative-and-positive": "Let $x$ be nonnegative and positive." + _X,
    "nonpositive-and-negative": "Let $x$ be nonpositive and negative." + _X,
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_step_without_value_where_the_note_allows_is_not_proved(name):
    result = red_team.last(WRONG[name])
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", sorted(FAITHFUL))
def test_a_step_with_a_value_wherever_the_note_allows_is_proved(name):
    result = red_team.last(FAITHFUL[name])
    assert result.status == PROVED, result.reason


def test_a_divisor_zero_on_the_whole_region_says_where():
    result = red_team.last(r"Let $x \ge 0$." + display(r"\frac{|x| - x}{|x| - x} = 1"))
    assert result.status != PROVED, result.reason
    assert "the note's orders hold" in result.reason and "the step has no value" in result.reason, result.reason
