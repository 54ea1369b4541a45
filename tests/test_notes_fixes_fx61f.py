"""Held-out variants of red team 61a's findings on sums over an index (tests/test_notes_redteam_61a.py 06-09, 30)
and on transformations' tails (23-25).

A sum over an index is 0 where its range is empty (t = 2 .. T at T = 1, T a positive integer), whatever its terms,
so a divisor or a logarithm's argument that is one is held unless its range is shown to run (t = 1 .. T); a sum of
sums, which SymPy writes as one sum of several limits, is looked at one limit at a time (its terms' own terms); a
sum with no free name is added up before its value is judged (simplify leaves it split and undecided).  A name the
note gives a law or says independent of others is random, whatever its letter (a schedule's alpha_t, beta_t, or
the time T elsewhere), so a quotient by it has no moments shown.  Wrong variants are held or refuted; right ones
stay proved."""

from __future__ import annotations

import pytest
import red_team

#: Wrong: each step's divisor or logarithm's argument may be 0 or is negative.
WRONG = {
    # at N = 1 the sum from k = 2 is empty: 0 / 0.
    "divided-by-a-sum-from-two-of-squares": (
        "Here $N \\geq 1$.\n\n$$\n\\frac{\\sum_{k=2}^{N} k^{2}}{\\sum_{k=2}^{N} k^{2}} = 1\n$$\n"
    ),
    # at T = 2 the sum from t = 3 is empty: log 0.
    "log-of-a-sum-from-three": "$$\n\\log \\sum_{t=3}^{T} t - \\log \\sum_{t=3}^{T} t = 0\n$$\n",
    # (-2) + (-2 - 1) + (-2 - 1 + 0) = -8.
    "log-of-a-negative-sum-of-sums": (
        "$$\n\\log \\sum_{i=1}^{3} \\sum_{j=1}^{i} (j - 3) - \\log \\sum_{i=1}^{3} \\sum_{j=1}^{i} (j - 3) = 0\n$$\n"
    ),
    # -1 + 0 + 1 = 0.
    "divided-by-a-sum-that-cancels": "$$\n\\frac{\\sum_{k=0}^{2} (k - 1)}{\\sum_{k=0}^{2} (k - 1)} = 1\n$$\n",
}

_DDPM = "<!-- diffproof: context ddpm -->\n\n"
_STEP = "\n\nHere $x_0$ and $\\epsilon$ are independent.\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"

#: Wrong: x_0 is a Gaussian over an independent standard normal (Cauchy-like), E(x_0 eps) is not defined.
WRONG |= {
    "gaussian-over-a-standard-normal-bar-alpha": (
        f"{_DDPM}Let $x_0 = g / \\bar\\alpha_t$ with $g, \\bar\\alpha_t$ independent standard normal.{_STEP}"
    ),
    "gaussian-over-a-standard-normal-capital-t": f"{_DDPM}Let $x_0 = g / T$ with $g, T$ independent standard normal.{_STEP}",
    "shifted-gaussian-over-a-standard-normal-beta-in-a-where-clause": (
        f"{_DDPM}Let $x_0 = (g + 1) / \\beta_t$, where $g$ and $\\beta_t$ are independent standard normal "
        f"variables.{_STEP}"
    ),
}

#: Right: each step has a value.
RIGHT = {
    # 1 + ... + T >= 1.
    "log-of-a-sum-from-one": "$$\n\\log \\sum_{t=1}^{T} t - \\log \\sum_{t=1}^{T} t = 0\n$$\n",
    # an empty sum is 0, whose square root is 0.
    "root-of-a-sum-that-may-be-empty": "$$\n\\sqrt{\\sum_{t=2}^{T} t} - \\sqrt{\\sum_{t=2}^{T} t} = 0\n$$\n",
    # 1 + (1 + 2) + (1 + 2 + 3) = 10.
    "log-of-a-positive-sum-of-sums": (
        "$$\n\\log \\sum_{i=1}^{3} \\sum_{j=1}^{i} j - \\log \\sum_{i=1}^{3} \\sum_{j=1}^{i} j = 0\n$$\n"
    ),
    # 0 + 2 = 2.
    "divided-by-a-sum-that-is-two": "$$\n\\frac{\\sum_{t=1}^{2} (2t - 2)}{\\sum_{t=1}^{2} (2t - 2)} = 1\n$$\n",
    # a polynomial of independent standard normals has every moment.
    "gaussian-times-a-standard-normal-beta-plus-t": (
        f"{_DDPM}Let $x_0 = g \\beta_t + T$ with $g, \\beta_t$ independent standard normal.{_STEP}"
    ),
    # alpha_t is DDPM's schedule, a constant in (0, 1): g / alpha_t is Gaussian.
    "gaussian-over-the-schedule-alpha": f"{_DDPM}Let $x_0 = g / \\alpha_t$ with $g$ standard normal.{_STEP}",
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_sum_that_may_be_zero_or_negative_is_held(name):
    red_team.assert_held_or_refuted(red_team.report(WRONG[name]).results[-1])


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_sum_that_has_a_value_keeps_its_proof(name):
    red_team.assert_proved(red_team.report(RIGHT[name]).results[-1])
