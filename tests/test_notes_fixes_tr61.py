"""Held-out variants of the findings tr61 closed (red team 60a's 08, 09, 12, 23, 24 and 26).

1. A law the note makes rather than names (statements.transformations): a name defined by an equation from other
   names has the law of that transformation of theirs; only a polynomial of names (coefficients free of random
   names) keeps the moments of names that have them all.  A quotient by a random name, a power of negative exponent,
   a function of one (tan, cot, log, a root), an equation whose right side is not read, or a polynomial of a name
   that has no moment itself gives the name no moment trusted: an expectation of it is held.  So does a law stated
   of a formula of names ($\\log x_0 \\sim \\mathrm{Cauchy}(0, 1)$, $1/x_0 \\sim \\mathcal{N}(0, 1)$): the name has
   the law of its inverse, not read.
2. The same said in words ("the tangent of", "the reciprocal of", "the ratio of": tails._TRANSFORMED_IN_WORDS), and a
   law said of a function of a name ("Let $\\log x_0$ be Cauchy": x_0 has the law of its inverse, not read).
3. A verb that gives a name a value where it ends its clause ("Let $x$ vanish."; orders._VALUE_VERBS), not one that
   says a limit ("vanishes as $t$ grows").

Each wrong variant writes an expectation that does not exist (or a quotient with no value) and must not be proved;
each faithful one must keep its proof.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

_INDEPENDENT = "\n\nHere $x_0$ and $\\epsilon$ are independent.\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"
_DDPM = "<!-- diffproof: context ddpm -->\n\n"

# -- 1. a name defined as a transformation of random names

#: Wrong: x_0's law has no mean, so E(x_0 eps) does not exist (E|x_0 eps| = E|x_0| E|eps| = infinity).
WITHOUT_MEAN = {
    # 1/h with h uniform on (-1, 1): E|1/h| = 2 ∫_0^1 dh/h = infinity
    "three-over-a-uniform-through-0": "Let $x_0 = 3 / h$ where $h$ is uniform on $(-1, 1)$.",
    # h^{-2} with h standard normal: the density of h is positive at 0, ∫ h^{-2} dh diverges there
    "negative-power-of-a-gaussian": "Let $x_0 = h^{-2}$ where $h$ is standard normal.",
    # cot(u) with u uniform on (0, pi) is standard Cauchy
    "cotangent-of-a-uniform-angle": "Let $u$ be uniform on $(0, \\pi)$ and $x_0 = \\cot(u)$.",
    # a / b of independent standard normals is standard Cauchy
    "ratio-of-other-letters": "Let $x_0 = a / b$ with $a, b$ independent standard normal.",
    # x_0 = 2c + 1 with c = 1/g: affine in c, which has no mean
    "affine-in-a-reciprocal": "Let $c = 1/g$ where $g$ is standard normal, and let $x_0 = 2 c + 1$.",
    # 1/(g_1 - g_2): g_1 - g_2 is Gaussian, its density positive at 0
    "reciprocal-of-a-difference": "Let $x_0 = \\frac{1}{g_1 - g_2}$ with $g_1, g_2$ independent standard normal.",
    # 2c with c standard Cauchy is Cauchy: a polynomial keeps only the moments its names have
    "twice-a-cauchy": "Let $c \\sim \\mathrm{Cauchy}(0, 1)$ and $x_0 = 2 c$.",
    # a law stated of a formula: x_0 = e^C (log-Cauchy), x_0 = 1/g (E|1/g| = infinity)
    "log-sim-cauchy": "Let $\\log x_0 \\sim \\mathrm{Cauchy}(0, 1)$.",
    "reciprocal-sim-normal": "Let $1/x_0 \\sim \\mathcal{N}(0, 1)$.",
    # b is defined of a random name, so it is random: 1/b = 1/(2g) has no mean
    "reciprocal-of-a-defined-random-name": "Let $b = 2 g$ and $x_0 = 1 / b$ where $g$ is standard normal.",
}

#: Faithful: x_0 is a polynomial of a Gaussian (every moment), independent of eps, so E(x_0 eps) = E(x_0) E(eps) = 0.
WITH_EVERY_MOMENT = {
    "affine-in-a-gaussian": "Let $x_0 = 2 g + 1$ where $g$ is standard normal.",
    "square-of-a-gaussian": "Let $x_0 = g^2$ where $g$ is standard normal.",
    "a-gaussian-halved": "Let $x_0 = g / 2$ where $g$ is standard normal.",
    "gaussian-by-a-constant": "Let $x_0 = \\frac{g}{\\pi}$ where $g$ is standard normal.",
    # a schedule defined by a product is no random name, and x_0 is affine in g with its coefficients
    "gaussian-by-a-schedule": "Let $\\bar\\alpha_t = \\prod_{i=1}^t \\alpha_i$ and $x_0 = g / \\sqrt{\\bar\\alpha_t}$ "
    "where $g$ is standard normal.",
    # a name defined of constants only is a constant: x_0 = g / sqrt(1 - abar_t) is affine in g
    "gaussian-by-a-defined-constant": "Let $\\bar\\beta_t = 1 - \\bar\\alpha_t$ and $x_0 = g / \\sqrt{\\bar\\beta_t}$ "
    "where $g$ is standard normal.",
}


@pytest.mark.parametrize("name", sorted(WITHOUT_MEAN))
def test_a_name_made_without_a_mean_holds_its_expectation(name):
    result = red_team.last(_DDPM + WITHOUT_MEAN[name] + _INDEPENDENT)
    red_team.assert_held_or_refuted(result)


@pytest.mark.parametrize("name", sorted(WITH_EVERY_MOMENT))
def test_a_polynomial_of_a_gaussian_keeps_the_proof(name):
    red_team.assert_proved(red_team.last(_DDPM + WITH_EVERY_MOMENT[name] + _INDEPENDENT))


# -- 2. a transformation said in words, and a law said of a function of a name

#: Wrong: each makes x_0 standard Cauchy (or log-Cauchy: x_0 = e^C), which has no mean.
IN_WORDS = {
    "reciprocal-in-words": "Let $x_0$ be the reciprocal of a standard normal variable.",
    "ratio-in-words": "Let $x_0$ be the ratio of two independent standard normal variables.",
    "cotangent-in-words": "Let $x_0$ be the cotangent of an angle drawn uniformly from $(0, \\pi)$.",
    "log-follows-cauchy": "Let $\\log x_0$ follow the standard Cauchy distribution.",
    "ln-is-student-one": "Let $\\ln x_0$ be Student's t with one degree of freedom.",
}


@pytest.mark.parametrize("name", sorted(IN_WORDS))
def test_a_law_made_in_words_holds_the_expectation(name):
    result = red_team.last(_DDPM + IN_WORDS[name] + _INDEPENDENT)
    red_team.assert_held_or_refuted(result)


def test_a_gaussian_said_in_words_keeps_the_proof():
    """The law read in words is a transformation's only where the words say one: a standard normal x_0 keeps it."""
    red_team.assert_proved(red_team.last(_DDPM + "Let $x_0$ be standard normal." + _INDEPENDENT))


# -- 3. a verb that gives a value

_X = "\n\n$$\n\\frac{x}{x} = 1\n$$\n"

#: Wrong: the words set x = 0, where x / x has no value.
VANISHING = {
    "assume-vanishes": "Assume $x$ vanishes.",
    "suppose-vanishes": "Suppose $x$ vanishes.",
    "we-assume-that-it-vanishes": "We assume that $x$ vanishes.",
    "here-vanishes-identically": "Here $x$ vanishes identically.",
    "german-verschwindet": "Angenommen $x$ verschwindet.",
}

#: Faithful: the words say a limit or a zero elsewhere, not the value of x; x / x = 1 wherever x has a value.
NOT_A_VALUE = {
    "vanishes-as-t-grows": "Note that $x$ vanishes as $t$ grows.",
    "vanishes-at-infinity": "Let $x$ vanish at infinity.",
}


@pytest.mark.parametrize("name", sorted(VANISHING))
def test_a_verb_that_sets_zero_holds_the_quotient(name):
    result = red_team.last(VANISHING[name] + _X)
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason
    assert "the step has no value" in result.reason, result.reason


@pytest.mark.parametrize("name", sorted(NOT_A_VALUE))
def test_a_verb_of_a_limit_sets_no_value(name):
    red_team.assert_proved(red_team.last(NOT_A_VALUE[name] + _X))
