"""Fixes of session 62's fx62a: what a display's row says beside its step, orders stated as interval memberships,
and equations that tie random names without defining one.

- A value written beside the step in its own row (``\\frac{y}{y} = 1 \\quad y = 0``), or in its tag, in maths or
  alone in the tag's text (``\\tag{$y = 0$}``, ``\\tag{y = 0}``), is where the step is said to hold, as "for $y = 0$"
  says it: never a definition written after it (lead 61's xfail, rt61a-19).
- A membership in an interval (``$y \\in [-2, 3]$``, ``(a, b)``, ``]a, b[``, ``[0, \\infty)``) states the order the
  interval writes (rt61a-05); a set not read as an interval stays what it was.
- An equation stated between random names that defines none by its left side (``h_2 x_0 = h_1``, ``h_1 / h_2 =
  x_0``: x_0 is then a ratio of normals, Cauchy) gives the names it ties a tail not read (rt61a-26, 27).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

#: x / x = 1 (or log y - log y = 0) beside a value where it has none: each wrong as written.
_AT_NO_VALUE = {
    "a comma and \\quad": "$$\n\\frac{y}{y} = 1, \\quad y = 0\n$$\n",
    "\\qquad": "$$\n\\frac{y}{y} = 1 \\qquad y = 0\n$$\n",
    "a negative value": "$$\n\\log u - \\log u = 0 \\quad u = -1\n$$\n",
    "a Greek name in a tag in maths": "$$\n\\frac{\\sigma}{\\sigma} = 1 \\tag{$\\sigma = 0$}\n$$\n",
    "a starred tag without dollars": "$$\n\\frac{y}{y} = 1 \\tag*{y = 0}\n$$\n",
    "a Greek name in a tag without dollars": "$$\n\\frac{\\sigma}{\\sigma} = 1 \\tag{\\sigma = 0}\n$$\n",
    "two values in the row": "$$\n\\frac{y}{y} = 1, \\quad y = 0, \\quad z = 2\n$$\n",
}


@pytest.mark.parametrize("text", _AT_NO_VALUE.values(), ids=_AT_NO_VALUE.keys())
def test_a_value_beside_the_step_in_its_row_is_where_it_is_said(text):
    result = red_team.results(text)[0]
    assert result.status != PROVED and not result.internal, result.reason


#: The same rows at a value where the step has one, and tags that are labels: proved as before.
_WITH_A_VALUE = {
    "a value where it has one": "$$\n\\frac{y}{y} = 1 \\quad y = 2\n$$\n",
    "in a tag without dollars": "$$\n\\log u - \\log u = 0 \\tag{u = 3}\n$$\n",
    "a tag that is a label": "$$\n\\frac{y}{y} + y = 1 + y \\tag{A.1}\n$$\n",
}


@pytest.mark.parametrize("text", _WITH_A_VALUE.values(), ids=_WITH_A_VALUE.keys())
def test_a_value_where_the_step_has_one_keeps_its_proof(text):
    result = red_team.results(text)[0]
    assert result.status == PROVED, result.reason


def test_a_value_beside_a_step_holds_at_that_step_only():
    """y + 1 = 1 after ``y + y = 2y \\quad y = 0``: the value is the first step's condition, no definition of y the
    second may use (y + 1 = 1 is wrong for y = 1)."""
    result = red_team.last("$$\ny + y = 2 y \\quad y = 0\n$$\n\n$$\ny + 1 = 1\n$$\n")
    assert result.status != PROVED and not result.internal, result.reason


def test_a_row_of_values_alone_still_lists_them():
    """``a = 1, \\quad b = 2``: a row of values, each stated, which the step after it uses."""
    result = red_team.last("Let\n\n$$\na = 1, \\quad b = 2\n$$\n\nThen\n\n$$\na + b = 3\n$$\n")
    assert result.status == PROVED, result.reason


#: A membership in an interval that holds a point where the step has no value: never proved.
_MEMBER_NO_VALUE = {
    "closed": "Let $y \\in [-2, 3]$.\n\n$$\n\\log y - \\log y = 0\n$$\n",
    "open, a divisor": "Let $y \\in (-1, 1)$.\n\n$$\n\\frac{y}{y} = 1\n$$\n",
    "open, French brackets": "Let $y \\in ]-1, 1[$.\n\n$$\n\\frac{y}{y} = 1\n$$\n",
    "half-open to infinity": "Let $y \\in [0, \\infty)$.\n\n$$\n\\log y - \\log y = 0\n$$\n",
    "ends that are names": "Let $y \\in [a, b]$.\n\n$$\n\\log y - \\log y = 0\n$$\n",
    "a formula's": "Let $u \\in [-1, 1]$.\n\n$$\n\\log (u + 1) - \\log (u + 1) = 0\n$$\n",
}


@pytest.mark.parametrize("text", _MEMBER_NO_VALUE.values(), ids=_MEMBER_NO_VALUE.keys())
def test_a_membership_in_an_interval_states_its_order(text):
    result = red_team.last(text)
    assert result.status != PROVED and not result.internal, result.reason


#: Intervals where the step has a value: proved.
_MEMBER_WITH_VALUE = {
    "half-open above 0": "Let $y \\in (0, 1]$.\n\n$$\n\\log y - \\log y = 0\n$$\n",
    "French brackets above 0": "Let $y \\in ]0, 2[$.\n\n$$\n\\log y - \\log y = 0\n$$\n",
    "closed away from 0": "Let $y \\in [1, 2]$.\n\n$$\n\\frac{y}{y} = 1\n$$\n",
    "open to infinity": "Let $y \\in (0, \\infty)$.\n\n$$\n\\log y - \\log y = 0\n$$\n",
}


@pytest.mark.parametrize("text", _MEMBER_WITH_VALUE.values(), ids=_MEMBER_WITH_VALUE.keys())
def test_a_membership_away_from_the_failing_points_keeps_the_proof(text):
    result = red_team.last(text)
    assert result.status == PROVED, result.reason


def test_a_counterexample_inside_the_interval_refutes():
    """y^2 <= y fails at y = -1/2, inside (-1, 1)."""
    assert red_team.last("Let $y \\in (-1, 1)$.\n\n$$\ny^2 \\le y\n$$\n").status == REFUTED


def test_a_counterexample_outside_the_interval_does_not():
    """y^2 <= y holds on (0, 1): a counterexample outside it refutes nothing."""
    assert red_team.last("Let $y \\in (0, 1)$.\n\n$$\ny^2 \\le y\n$$\n").status != REFUTED


def test_a_membership_in_the_integers_is_no_value():
    result = red_team.last("Let $x \\in \\mathbb{Z}$.\n\n$$\n\\log x - \\log x = 0\n$$\n")
    assert result.status != PROVED, result.reason


_HEAD = "<!-- diffproof: context ddpm -->\n\n"
_STEP = "\n\nHere $x_0$ and $\\epsilon$ are independent.\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"

#: x_0 tied to two independent standard normals as their ratio (standard Cauchy: E(x_0 eps) does not exist).
_RATIOS = {
    "a product on the left": "Let $h_2 x_0 = h_1$ with $h_1, h_2$ independent standard normal.",
    "the name first in the product": "Let $x_0 h_2 = h_1$, where $h_1, h_2$ are independent standard normal.",
    "a fraction, right to left": "Let $\\frac{h_1}{h_2} = x_0$ with $h_1, h_2$ independent standard normal.",
}


@pytest.mark.parametrize("sentence", _RATIOS.values(), ids=_RATIOS.keys())
def test_an_equation_that_ties_random_names_gives_no_moments(sentence):
    result = red_team.last(_HEAD + sentence + _STEP)
    assert result.status != PROVED and not result.internal, result.reason


def test_a_definition_of_a_sum_keeps_its_moments():
    """x_0 = h_1 + h_2, a sum of normals, has every moment: E(x_0 eps) = E(x_0) E(eps) = 0."""
    result = red_team.last(_HEAD + "Let $x_0 = h_1 + h_2$ with $h_1, h_2$ independent standard normal." + _STEP)
    assert result.status == PROVED, result.reason


def test_a_ratio_defined_through_the_normal_on_the_left_gives_no_moments():
    sentence = "Let $h_1 = h_2 x_0$ with $h_1, h_2$ independent standard normal."
    result = red_team.last(_HEAD + sentence + _STEP)
    assert result.status != PROVED, result.reason


def test_a_divisor_summing_terms_of_both_signs_is_not_presumed_nonzero():
    result = red_team.last("$$\n\\frac{\\sum_{t=1}^{T} (t - 2)}{\\sum_{t=1}^{T} (t - 2)} = 1\n$$\n")
    assert result.status != PROVED, result.reason


def test_a_horizon_said_at_least_two_makes_a_sum_from_two_nonempty():
    result = red_team.last("Here $T \\ge 2$.\n\n$$\n\\log \\sum_{t=2}^{T} t - \\log \\sum_{t=2}^{T} t = 0\n$$\n")
    assert result.status == PROVED, result.reason
