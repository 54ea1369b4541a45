"""Fixes of session 63's fx63b: values said after a display with no subject, Japanese and Korean "for", a name
said independent of what defines it, the Portuguese, Dutch and Swedish frames of "Let", and a heading's value.

- A sentence after a display that the reader of its conditions does not read (its subject dropped, as Spanish,
  Portuguese, Italian and French allow: "Se cumple también en $x = 0$.") but that relates a name of the step to a
  value holds the step, a word of a condition in it or not (rt62a-63); an exception said in those languages
  ("salvo", "sauf", "exceto", "tranne") says no value, as "except" does.
- に対して, について (Japanese) and 에 대해 (Korean) after a value are particles of a condition (rt62a-71).
- A definition whose own line says the defined name independent of a random name of its body (``Let $h_1 = h_2
  x_0$ with $h_1, h_2$ independent standard normal``) ties them: x_0 = h_1 / h_2, a ratio of normals, has no mean
  (fx62a's open case); a law given elsewhere (x_t's given x_0) is no such saying.
- "Seja", "Zij", "Laat ... zijn" and "Låt ... vara" frame a sign as "Soit" and "Let" do, the negated signs ("não
  negativo", "niet-negatief", "icke-negativ") read as the weaker order, never as the sign they negate.
- A heading right before a display that gives a name of the step a value still holds the step: the heading scopes
  its section ("## When $u = -1$" then log u - log u = 0 is said at u = -1), so it is not read away.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED

_DIVIDES = "$$\n\\frac{x}{x} = 1\n$$\n"

#: x / x = 1 said, in a sentence after it whose subject is dropped (or in Japanese or Korean "for"), to hold at x = 0.
_AT_ZERO_AFTER = {
    "Portuguese, no subject": _DIVIDES + "Vale também para $x = 0$.\n",
    "French, no subject": _DIVIDES + "Vaut aussi pour $x = 0$.\n",
    "English, no subject": _DIVIDES + "Holds also at $x = 0$.\n",
    "Spanish, no subject, a value of its own": _DIVIDES + "Se verifica incluso en $x = 0$.\n",
    "Japanese について": _DIVIDES + "この式は $x = 0$ について成り立つ。\n",
    "Japanese に対し": _DIVIDES + "これは $x = 0$ に対し成り立つ。\n",
    "Korean 에 대해서도": _DIVIDES + "이 식은 $x = 0$에 대해서도 성립한다.\n",
}


@pytest.mark.parametrize("text", _AT_ZERO_AFTER.values(), ids=_AT_ZERO_AFTER.keys())
def test_a_value_said_after_the_display_is_never_ignored(text):
    red_team.assert_held_or_refuted(red_team.last(text))


#: The same sentences saying the step holds away from the value, or at a value where it has one: proved.
_AWAY_OR_WITH_A_VALUE = {
    "Spanish 'salvo'": _DIVIDES + "Se cumple salvo en $x = 0$.\n",
    "French 'sauf'": _DIVIDES + "Vaut partout sauf en $x = 0$.\n",
    "Japanese, negated": _DIVIDES + "これは $x = 0$ に対しては成り立たない。\n",
    "Japanese, a value where it has one": _DIVIDES + "これは $x = 2$ に対しても成り立つ。\n",
}


@pytest.mark.parametrize("text", _AWAY_OR_WITH_A_VALUE.values(), ids=_AWAY_OR_WITH_A_VALUE.keys())
def test_a_value_away_from_the_step_or_where_it_has_one_keeps_the_proof(text):
    red_team.assert_proved(red_team.last(text))


def test_a_value_read_after_a_particle_is_the_steps_condition():
    """x^2 = x at x = 1 (に対して): true there, so no counterexample elsewhere refutes it."""
    result = red_team.last("$$\nx^2 = x\n$$\nこれは $x = 1$ に対して成り立つ。\n")
    assert result.status != REFUTED, result.reason


_HEAD = "<!-- diffproof: context ddpm -->\n\n"
_STEP = "\n\nHere $x_0$ and $\\epsilon$ are independent.\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"


def test_a_name_independent_of_its_definitions_names_ties_them():
    """u = x_0 v with u, v independent standard normal: x_0 = u / v is Cauchy, E(x_0 eps) does not exist."""
    sentence = "Let $u = x_0 v$, where $u$ and $v$ are independent standard normal."
    red_team.assert_held_or_refuted(red_team.last(_HEAD + sentence + _STEP))


#: Definitions whose independence is said of the names of the body only: x_0 has every moment, proved.
_DEFINED_WITH_MOMENTS = {
    "a sum, its body's names independent": "Let $h_1 = h_2 + x_0$ with $h_2, x_0$ independent standard normal.",
    "a product defining x_0": "Let $x_0 = h_1 h_2$ with $h_1, h_2$ independent standard normal.",
}


@pytest.mark.parametrize("sentence", _DEFINED_WITH_MOMENTS.values(), ids=_DEFINED_WITH_MOMENTS.keys())
def test_independence_of_a_bodys_names_only_keeps_the_definition(sentence):
    red_team.assert_proved(red_team.last(_HEAD + sentence + _STEP))


_LOG = "\n\n$$\n\\log x - \\log x = 0\n$$\n"

#: A sign or a negated sign framed by Portuguese, Dutch or Swedish "Let" that places 0 (or less) in x's range.
_FRAMED_NO_VALUE = {
    "Seja, negative": "Seja $x$ um real negativo.",
    "Seja, not negative": "Seja $x$ não negativo.",
    "Seja, positive (read as French 'positif')": "Seja $x$ um real positivo.",
    "Zij, negative": "Zij $x$ negatief.",
    "Zij, not negative": "Zij $x$ niet-negatief.",
    "Laat ... zijn, negative": "Laat $x$ negatief zijn.",
    "Låt ... vara, negative": "Låt $x$ vara negativ.",
    "Låt ... vara, not negative": "Låt $x$ vara icke-negativ.",
}


@pytest.mark.parametrize("sentence", _FRAMED_NO_VALUE.values(), ids=_FRAMED_NO_VALUE.keys())
def test_a_framed_sign_that_holds_zero_or_less_is_no_value(sentence):
    red_team.assert_held_or_refuted(red_team.last(sentence + _LOG))


#: Strictly positive signs under those frames: the logarithm has a value, proved.
_FRAMED_POSITIVE = {
    "Seja, strictly positive": "Seja $x$ estritamente positivo.",
    "Låt ... vara, positive": "Låt $x$ vara positiv.",
    "Låt ... vara, a positive number": "Låt $x$ vara ett positivt tal.",
}


@pytest.mark.parametrize("sentence", _FRAMED_POSITIVE.values(), ids=_FRAMED_POSITIVE.keys())
def test_a_framed_strictly_positive_sign_gives_the_log_a_value(sentence):
    red_team.assert_proved(red_team.last(sentence + _LOG))


_LOG_U = "$$\n\\log u - \\log u = 0\n$$\n"

#: A heading giving u the value -1 right before the display: the step is said in that section, at u = -1.
_HEADINGS = {
    "Markdown #": "## When $u = -1$\n\n" + _LOG_U,
    "Markdown setext": "When $u = -1$\n-------------\n\n" + _LOG_U,
}


@pytest.mark.parametrize("text", _HEADINGS.values(), ids=_HEADINGS.keys())
def test_a_headings_value_holds_the_step_below_it(text):
    red_team.assert_held_or_refuted(red_team.last(text))


@pytest.mark.parametrize("command", ["section", "paragraph"])
def test_a_latex_headings_value_holds_the_step_below_it(command):
    text = f"\\documentclass{{article}}\n\\begin{{document}}\n\\{command}{{When $u = -1$}}\n\\[\n\\log u - \\log u = 0\n\\]\n\\end{{document}}\n"
    red_team.assert_held_or_refuted(red_team.tex_report(text).results[-1])
