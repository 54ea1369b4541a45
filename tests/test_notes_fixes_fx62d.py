"""Orders and signs said in ways the orders readers did not take (rt62r 06-12, 14, 15, 28-33, 35-38, 57, 58, 66-74):

- an order the reader does not take as a condition (supposed, "Suppose $y < 0$."; a condition, "If $y < 0$, then";
  not plain, "Let $y < 0$ (see the appendix).") still says where the step is claimed: a logarithm, a root or a
  divisor that fails there holds the step (one that conflicts with what the note assumes claims nothing);
- a sentence is read as every renderer shows it: CriticMarkup as both readings give it (kept as written where they
  differ), emphasis marks and face commands (\\emph, \\textbf) dropped outside maths;
- a sign or a bound said of a name in words the readers do not take ("Seja $y$ negativo.", "Niech $y$ będzie
  ujemna.", "Let $y$ lie below zero.") holds a logarithm or a root of it;
- a name whose clause ends on a word of zero's stem not read as a value ("Soit $y$ nulle.", "Seja $y$ nulo.") holds
  a divisor written of it; a negation before it ("non nul", "not zero") says no value."""

from __future__ import annotations

import pytest
import red_team

_LOG = "\n\n$$\n\\log {n} - \\log {n} = 0\n$$\n"
_DIVIDED = "\n\n$$\n\\frac{{{n}}}{{{n}}} = 1\n$$\n"


@pytest.mark.parametrize(
    "said",
    [
        "Assume $y < 0$ for now (see below).",  # not plain
        "Suppose that $y \\le -1$.",  # supposed
        "If $y < 0$, we get",  # a condition of the display
        "Let $y > -5$. Suppose $y < 1$.",  # supposed within what is assumed
    ],
)
def test_an_order_not_assumed_still_holds_a_logarithm_failing_under_it(said):
    red_team.assert_held_or_refuted(red_team.last(said + _LOG.format(n="y")))


@pytest.mark.parametrize(
    "said",
    [
        "Let $y$ be __negative__.",
        "Let $y$ be {++strictly negative++}.",
        "Let {++$y < 0$++} here.",
        "Let $y$ be {--positive--}{++negative++}.",  # the readings differ: held, not read
        "Låt $y$ vara negativ.",
        "Niech $y$ będzie ujemna.",
        "Legyen $y$ negatív.",
    ],
)
def test_a_sign_shown_or_said_in_words_not_read_holds_a_logarithm(said):
    red_team.assert_held_or_refuted(red_team.last(said + _LOG.format(n="y")))


@pytest.mark.parametrize(
    "said", ["Soit $y$ nulle.", "Seja $y$ nulo.", "Here $y$ is identically zero, as shown.", "Ici $y$ s’annule."]
)
def test_a_value_of_zero_said_in_words_not_read_holds_a_divisor(said):
    red_team.assert_held_or_refuted(red_team.last(said + _DIVIDED.format(n="y")))


@pytest.mark.parametrize(
    "said",
    [
        "Suppose $x > 0$.",  # log x has a value wherever the supposition holds
        "If $x > 0$, then",
        "Let $x > 0$ (see the appendix).",
        "Let $x > 0$. Suppose $x < 0$.",  # a supposition the note's assumption excludes claims nothing
        "Let $x$ be **positive**.",  # read as shown: x > 0
        "We do not assume $x < 0$.",  # denied
        "Suppose $y < 0$.",  # of another name
        "Seja $y$ negativo.",
    ],
)
def test_a_logarithm_with_a_value_wherever_the_order_holds_stays_proved(said):
    red_team.assert_proved(red_team.last(said + _LOG.format(n="x")))


@pytest.mark.parametrize(
    "said",
    [
        "Soit $x$ non nul.",
        "Here $x$ is not zero.",
        "Let $x$ be non-zero.",
        "Soit $y$ nul.",
        "Let $x$ be zero-mean noise.",
        "Let $x$ lie above zero.",  # a bound by zero: no value
    ],
)
def test_a_divisor_said_not_zero_or_of_another_name_stays_proved(said):
    red_team.assert_proved(red_team.last(said + _DIVIDED.format(n="x")))


_TEX = "\\documentclass{{article}}\n\\begin{{document}}\nLet $x$ be \\textit{{{sign}}}.\n\\[\n\\log x - \\log x = 0\n\\]\n\\end{{document}}\n"


def test_a_sign_in_a_face_command_is_read_as_shown():
    """\\textit{negative} is shown as 'negative' (held), \\textit{positive} as 'positive' (proved)."""
    held, proved = (red_team.tex_report(_TEX.format(sign=sign)).results[-1] for sign in ("negative", "positive"))
    red_team.assert_held_or_refuted(held)
    red_team.assert_proved(proved)
