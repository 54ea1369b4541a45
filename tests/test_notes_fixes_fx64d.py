"""Held-out variants of red team 63a's findings on retractions and heavy laws (tests/test_notes_redteam_63a.py, 14-15,
18-20, 25): a display named by its reference in a sentence that says a fault (retractions._says_a_fault: a fault word,
or a word of being right negated or hedged) is held; a density given as a formula has a tail not read
(tails._density_given_as_maths); a word of independence anywhere in the clause of a list of names, or after a law stated of
them, says them independent (laws._independent_in_words).  Each with faithful variants that keep their proof."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

#: a := 3 (tagged (1)), a sentence, then a + a = 6: where the sentence says (1) wrong, a is not 3 and the sum not 6.
_SAID_OF_1 = "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Equation (1) is hardly correct.",  # a word of being right hedged
        "Equation (1) is by no means right.",
        "(1) cannot be correct.",
        "The sign in (1) is wrong.",  # a fault word, the display not its subject
        "Note the typo in (1).",
        "We made a mistake in Equation 1.",
    ],
)
def test_a_display_said_faulty_in_other_words_is_held(sentence):
    red_team.assert_held_or_refuted(red_team.last(_SAID_OF_1.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Equation (1) is correct.",
        "There is no error in (1).",  # the fault word negated
        "Equation (1) has no typo.",
        "It would be a mistake to ignore (1).",  # a warning, not a fault of (1)
        "The squared error in (1) is small.",  # an error that is a quantity
        "Equation (1) is error-free.",
    ],
)
def test_a_display_not_said_faulty_keeps_the_proof(sentence):
    red_team.assert_proved(red_team.last(_SAID_OF_1.format(sentence)))


#: A sentence on x, then E[x] - E[x] = 0: where x may have no mean, the difference has no value.
_MEAN_OF_X = "{}\n\n$$\n\\mathbb{{E}}_{{p(x)}}[x] - \\mathbb{{E}}_{{p(x)}}[x] = 0\n$$\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Let $x$ have the density $\\frac{1}{\\pi (1 + x^2)}$.",  # the Cauchy density written out
        "The pdf of $x$ is proportional to $(1 + x^2)^{-1}$.",
        "Let $p(x) \\propto 1/(1 + x^2)$ be the density of $x$.",
    ],
)
def test_a_density_given_as_a_formula_holds_the_mean(sentence):
    red_team.assert_held_or_refuted(red_team.last(_MEAN_OF_X.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Let $p(x)$ be the density of $x$.",  # a density named, not given
        "Let $x \\sim \\mathcal{N}(0, 1)$ with density $\\mathcal{N}(x; 0, 1)$.",  # a law with every moment
    ],
)
def test_a_density_named_or_a_light_law_keeps_the_mean(sentence):
    red_team.assert_proved(red_team.last(_MEAN_OF_X.format(sentence)))


#: A sentence tying h_1 = h_2 x_0, then E[x_0] - E[x_0] = 0: for h_1, h_2 independent normals x_0 is Cauchy.
_MEAN_OF_X0 = "{}\n\n$$\n\\mathbb{{E}}[x_0] - \\mathbb{{E}}[x_0] = 0\n$$\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Let $h_1 = h_2 x_0$ with $h_1, h_2$ drawn from a standard normal law, independently.",  # far in its clause
        "Let $h_1 = h_2 x_0$ with $h_1, h_2 \\sim \\mathcal{N}(0, 1)$ independent.",  # after a law stated of them
        "Let $h_1 = h_2 x_0$, where $h_1 \\sim \\mathcal{N}(0, 1)$ and $h_2 \\sim \\mathcal{N}(0, 1)$ are independent.",
    ],
)
def test_a_ratio_of_independent_normals_said_in_other_words_holds_the_mean(sentence):
    red_team.assert_held_or_refuted(red_team.last(_MEAN_OF_X0.format(sentence)))


def test_a_sum_of_independent_normals_keeps_the_mean():
    sentence = "Let $x_0 = h_1 + h_2$ with $h_1, h_2 \\sim \\mathcal{N}(0, 1)$ i.i.d."
    assert red_team.last(_MEAN_OF_X0.format(sentence)).status == PROVED
