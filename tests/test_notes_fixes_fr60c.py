"""Held-out variants of red teams 60r's and 60k's findings on values said beside a step or after its display
(diffproof/notecheck/values_beside.py): a value said in words ("where y is zero", "when y equals 2", "at y \\equiv
0"), a point in words ("at the origin"), a bare value after a list ("s = 3, 1"), a set written out, a definition of a
number ("at s := 1"), a range of an index, a new sentence whose subject is the display ("It is used at $y = 0$."),
a list going on after "even", "as well as", "not only ... but also".  The step is then held where what it writes has
no value at that value; words that say no value ("for brevity", "where we used Bayes' rule", an order) change
nothing; and a right step said at a value in words is not refuted by a counterexample away from it."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.values_beside import said_beside


def _display(step: str, after: str = "") -> str:
    return f"$$\n{step}\n$$\n{after}"


#: Wrong: each step divides by a quantity that is 0 at a value the note says the step holds at (0 / 0 has no value).
SAID_AT_A_ZERO_DIVISOR = [
    _display(r"\frac{y}{y} = 1 \quad \text{where } y \text{ is zero}"),
    _display(r"\frac{y - 2}{y - 2} = 1 \quad \text{when } y \text{ equals } 2"),
    _display(r"\frac{y}{y} = 1 \quad \text{at } y \equiv 0"),
    _display(r"\frac{u}{u} = 1 \quad \text{at the origin}"),
    _display(r"\frac{s - 1}{s - 1} = 1 \quad \text{for } s = 3, 1"),
    _display(r"\frac{s - 1}{s - 1} = 1 \quad \text{for } s \in \{1, 2\}"),
    _display(r"\frac{s - 1}{s - 1} = 1 \quad \text{at } s := 1"),
    _display(r"\frac{s - 1}{s - 1} = 1 \quad \text{for } s = 1, 2, \ldots, n"),
    _display(r"\frac{y}{y} = 1 \quad \text{at } y \equiv 0 \pmod 3"),
    _display(r"\frac{y}{y} = 1", "\nIt is used at $y = 0$.\n"),
    _display(r"\frac{y}{y} = 1", "\nThe identity is used for all $y$, even $y = 0$.\n"),
    _display(r"\frac{y}{y} = 1", "valid for $y = 2$ as well as $y = 0$.\n"),
    _display(r"\frac{y}{y} = 1", "which holds not only for $y = 1$ but also for $y = 0$.\n"),
]


@pytest.mark.parametrize("text", SAID_AT_A_ZERO_DIVISOR)
def test_a_step_said_at_a_value_where_it_has_none_is_held(text):
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status == UNDECIDED, result.reason


#: Right: nothing said beside the step names a value where y / y has none (a value away from 0, an order, words
#: that say no value), so the step is proved as the plain x / x = 1 is.
SAID_NO_ZERO = [
    _display(r"\frac{y}{y} = 1 \quad \text{for } y \ne 0"),
    _display(r"\frac{y}{y} = 1 \quad \text{(where we used Bayes' rule)}"),
    _display(r"\frac{y}{y} = 1 \quad \text{with the usual notation}"),
    _display(r"\frac{y}{y} = 1 \quad \text{for brevity}"),
    _display(r"\frac{y}{y} = 1 \quad \text{where } y \text{ is a vector}"),
    _display(r"\frac{y}{y} = 1 \quad \text{when } y \text{ is } 2"),
    _display(r"\frac{y}{y} = 1 \quad \text{for } y \in \{1, 2\}"),
    _display(r"\frac{y}{y} = 1 \quad \text{at } y = 2 \text{ or } 3"),
    _display(r"\frac{y}{y} = 1", "\nThis holds for $y \\ne 0$.\n"),
    _display(r"\frac{y}{y} = 1", "\nThis holds for all $y > 0$.\n"),
    _display(r"\frac{y}{y} = 1", "\nThis is where we used Bayes' rule.\n"),
]


@pytest.mark.parametrize("text", SAID_NO_ZERO)
def test_words_that_say_no_zero_of_the_divisor_keep_the_proof(text):
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status == PROVED, result.reason


#: Right at the values said (y^2 = y at y = 0 and at y = 1), so no counterexample away from them is trusted.
RIGHT_AT_THE_VALUES_SAID = [
    _display(r"y^2 = y \quad \text{when } y \text{ is } 1"),
    _display(r"y^2 = y \quad \text{where } y \text{ vanishes}"),
    _display(r"y^2 = y \quad \text{for } y \in \{0, 1\}"),
    _display(r"y^2 = y", "\nThis holds at $y = 1$.\n"),
]


@pytest.mark.parametrize("text", RIGHT_AT_THE_VALUES_SAID)
def test_a_right_step_said_at_a_value_in_words_is_not_refuted(text):
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason


#: Wrong: y^2 = y fails at y = 2 and at y = 3, values the note says the step holds at.
WRONG_AT_THE_VALUES_SAID = [
    _display(r"y^2 = y \quad \text{when } y \text{ is } 2"),
    _display(r"y^2 = y \quad \text{for } y \in \{0, 2\}"),
    _display(r"y^2 = y \quad \text{at } y = 1, 2"),
    _display(r"y^2 = y", "\nThis holds at $y = 3$.\n"),
    _display(r"y^2 = y", "for all $y$, including $y = 3$.\n"),
]


@pytest.mark.parametrize("text", WRONG_AT_THE_VALUES_SAID)
def test_a_wrong_step_said_at_a_value_in_words_is_not_proved(text):
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize(
    ("remark", "equations", "unread"),
    [
        ("where x vanishes", ("x = 0",), ""),
        ("when x is 0", ("x = 0",), ""),
        ("at x equal to 0", ("x = 0",), ""),
        (r"at x \equiv 0", ("x = 0",), ""),
        ("at x := 0", ("x = 0",), ""),
        ("at x = 1 or 0", ("(x - (1))(x - (0)) = 0",), ""),
        (r"for x \in \{0, 1\}", ("(x - (0))(x - (1)) = 0",), ""),
        ("at x = 0, y = 1", ("x = 0", "y = 1"), ""),
        ("at the origin", (), "origin"),
        ("at 0", (), "0"),
        (r"for t = 1, \ldots, T", (), r"t = 1, \ldots, T"),
        (r"at x \equiv 0 \pmod 3", (), r"x \equiv 0 \pmod 3"),
        ("where c := f(x)", (), ""),
        ("for zero-mean noise", (), ""),
        (r"for x \in (0, 1)", (), ""),
        ("for all x > 0", (), ""),
        ("for even n", (), ""),
        (r"for t \in \{1, \ldots, T\}", (), r"t \in \{1, \ldots, T\}"),
        (r"where 1 > a_1 > \cdots > a_T > 0, b = 2", ("b = 2",), ""),
    ],
)
def test_what_a_remark_says_the_step_holds_at(remark, equations, unread):
    said = said_beside(remark)
    assert (said.equations, said.unread) == (equations, unread)
