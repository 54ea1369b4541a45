"""Held-out variants of the findings fx63e closed (red team 63r: 25-27, 29-39).

1. A logarithm's argument is tested as the note's definitions write it (orders_not_taken.claimed_without_value): a
   sign said in words or an order not taken of y reaches log x after x := -y.
2. An argument whose sign SymPy does not know and that fails at every point tried is held (stated_values._fails).
3. A sentence with no maths that names a heavy law gives it to every name set alone before it, whatever words point
   back, unless its subject is the family itself ("The Cauchy distribution has no mean"; tails.tails_said_after); a
   proper noun before "density" names a family whose moments are not read.

Each wrong variant must not be proved; each faithful one must be proved.
"""

from __future__ import annotations

import pytest
import red_team

_LOG = "\n\n$$\n\\log x - \\log x = 0\n$$\n"
_MEANS = "\n\n$$\n\\mathbb{E}_{p(x)}[x] - \\mathbb{E}_{p(x)}[x] = 0\n$$\n"

#: Wrong: x < 0 (or x <= 0) wherever the note's sentence holds, so log x has no real value.
NEGATIVE_THROUGH_A_DEFINITION = {
    "strictly-positive-y-then-minus-two-y": "Let $y$ be strictly positive and $x = -2y$.",
    "one-minus-y-where-y-above-two": "Let $x = 1 - y$ where $y > 2$.",
    "minus-k-minus-2-for-a-natural-k": "Let $x = -(k + 2)$ for a natural number $k$.",
    "minus-a-square-expanded-about-2": "Let $x = 4y - y^2 - 4$.",
    "abs-written-twice": "Let $x = |y| + y - 2|y|$.",
}

#: Faithful: x > 0 wherever the note's sentence holds.
POSITIVE_THROUGH_A_DEFINITION = {
    "positive-y-then-y-squared-plus-1": "Let $y$ be positive and $x = y^2 + 1$.",
    "two-plus-y-where-y-above-zero": "Let $x = 2 + y$ where $y > 0$.",
}

#: Wrong: x's law is Cauchy, so E[x] does not exist.
CAUCHY_IN_WORDS = {
    "each-is-cauchy": "Let $p(x)$ be the density of $x$ and $q(y)$ that of $y$. Each is Cauchy.",
    "fr-elle-suit-une-loi-de-cauchy": "Soit $p(x)$ la densité de $x$. Elle suit une loi de Cauchy.",
    "no-pointing-word": "Let $p(x)$ be the density of $x$. Cauchy distributed, in fact.",
    "a-voigt-density": "Let $p(x)$ be the density of $x$, a Voigt density.",
}

#: Faithful: x's law has every moment.
LIGHT_IN_WORDS = {
    "each-is-gaussian": "Let $p(x)$ be the density of $x$ and $q(y)$ that of $y$. Each is Gaussian.",
    "a-gaussian-density": "Let $p(x)$ be the density of $x$, a Gaussian density.",
    "a-remark-on-the-family": "Let $p(x)$ be the density of $x$. The Cauchy distribution has no mean.",
}


@pytest.mark.parametrize("name", sorted(NEGATIVE_THROUGH_A_DEFINITION))
def test_a_log_of_a_name_defined_negative_is_held(name):
    red_team.assert_held_or_refuted(red_team.last(NEGATIVE_THROUGH_A_DEFINITION[name] + _LOG))


@pytest.mark.parametrize("name", sorted(POSITIVE_THROUGH_A_DEFINITION))
def test_a_log_of_a_name_defined_positive_is_proved(name):
    red_team.assert_proved(red_team.last(POSITIVE_THROUGH_A_DEFINITION[name] + _LOG))


@pytest.mark.parametrize("name", sorted(CAUCHY_IN_WORDS))
def test_a_heavy_law_said_after_holds_the_moments(name):
    red_team.assert_held_or_refuted(red_team.last(CAUCHY_IN_WORDS[name] + _MEANS))


@pytest.mark.parametrize("name", sorted(LIGHT_IN_WORDS))
def test_a_light_law_said_after_keeps_the_proof(name):
    red_team.assert_proved(red_team.last(LIGHT_IN_WORDS[name] + _MEANS))
