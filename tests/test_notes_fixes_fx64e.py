"""Fixes of session 64's fx64e: a name's stated range and a definition the kernel does not read.

- An index's range that bounds nothing is still where the note claims its steps: the convention's own end ("Let $T
  \\ge 1$") and a narrowing not read as a case or a plain statement ("Let $T \\ge 2$ be an integer.", "For $T \\ge
  2$ we have the following.") are orders a step's divisor, logarithm or root is checked at, never bounds a proof
  uses; and they leave DDPM's first step (abar_{t-1} = abar_0 at t = 1) checked as before.
- A definition the kernel does not translate (``x = -2^{y}``) gives its name a value that is not read: of any sign,
  so a logarithm or a root of it is held.
- A definition set under a case of an index letter the step is not known to meet ("Let $n = 3$ and $x = -n$.": x :=
  -n where n = 3) gives its name a value not known there, of any sign, as a definition not read does.
"""

from __future__ import annotations

import pytest
import red_team


def _note(sentence: str, step: str) -> str:
    return f"{sentence}\n\n$$\n{step}\n$$\n"


#: Wrong: the note claims the step at the end of the range it states, where the step has no value.
_AT_THE_END = {
    "a natural number from 3": _note(r"Let $T \ge 3$ be a natural number.", r"\frac{T - 3}{T - 3} = 1"),
    "supposed an integer, a logarithm": _note(r"Suppose $T \geq 2$ is an integer.", r"\log(T - 2) - \log(T - 2) = 0"),
    "for T >= 2, the following": _note(r"For $T \ge 2$ we have the following.", r"\frac{T - 2}{T - 2} = 1"),
    "the convention's own end, given": _note(r"Let $T \ge 1$ be given.", r"\frac{T - 1}{T - 1} = 1"),
    "the convention's own end, a root": _note(r"Here $T \geq 1$.", r"\sqrt{T - 2}^2 = T - 2"),
}


@pytest.mark.parametrize("text", _AT_THE_END.values(), ids=_AT_THE_END.keys())
def test_a_step_is_checked_at_the_end_of_the_range_stated(text):
    red_team.assert_held_or_refuted(red_team.last(text))


#: Right: the step has a value everywhere in the range stated (and the range bounds no proof).
_WITHIN_THE_RANGE = {
    "an integer from 3, zero at 2": _note(r"Let $T \ge 3$ be an integer.", r"\frac{T - 2}{T - 2} = 1"),
    "the convention's own end, nonzero": _note(r"Let $T \ge 1$.", r"\frac{T + 1}{T + 1} = 1"),
    "a real number from 2, nonzero": _note(r"Let $T \ge 2$ be a real number.", r"\frac{T - 1}{T - 1} = 1"),
}


@pytest.mark.parametrize("text", _WITHIN_THE_RANGE.values(), ids=_WITHIN_THE_RANGE.keys())
def test_a_step_with_a_value_over_the_range_stated_keeps_its_proof(text):
    red_team.assert_proved(red_team.last(text))


def test_the_convention_s_own_range_leaves_the_first_step_checked():
    """Under DDPM 'Let $t \\ge 1$' narrows nothing: at t = 1, abar_{t-1} is abar_0 = 1 and 1 - abar_0 = 0."""
    text = red_team.DDPM + _note(r"Let $t \ge 1$.", r"\frac{1 - \bar\alpha_{t-1}}{1 - \bar\alpha_{t-1}} = 1")
    red_team.assert_held_or_refuted(red_team.last(text))


#: Wrong: the definition makes x negative, where log x has no real value.
_NOT_READ = {
    "a power of 3 negated": _note(r"Let $x = -3^{y}$.", r"\log x - \log x = 0"),
    "a power under a root": _note(r"Let $x = -2^{y} - 1$.", r"\sqrt{x}^2 = x"),
}


@pytest.mark.parametrize("text", _NOT_READ.values(), ids=_NOT_READ.keys())
def test_a_definition_not_read_gives_no_sign(text):
    red_team.assert_held_or_refuted(red_team.last(text))


def test_a_definition_read_keeps_its_proof():
    """x = y^2 + 1 is read, and positive: log x - log x = 0 is proved."""
    red_team.assert_proved(red_team.last(_note(r"Let $x = y^2 + 1$.", r"\log x - \log x = 0")))


#: Wrong: an index letter's value beside a definition under it, which makes the step's divisor 0 or x negative.
_INDEX_VALUE = {
    "k = 2, a divisor": _note(r"Let $k = 2$ and $x = k - 2$.", r"\frac{x}{x} = 1"),
    "i = 1, a logarithm": _note(r"Let $i = 1$ and $x = -i$.", r"\log x - \log x = 0"),
}


@pytest.mark.parametrize("text", _INDEX_VALUE.values(), ids=_INDEX_VALUE.keys())
def test_a_definition_under_an_index_value_gives_no_sign(text):
    red_team.assert_held_or_refuted(red_team.last(text))


def test_a_definition_beside_a_value_defined_keeps_its_proof():
    """n := 3 defines n (no case of an index), and x = n + 1 is 4: log x - log x = 0 is proved."""
    red_team.assert_proved(red_team.last(_note(r"Let $n := 3$ and $x = n + 1$.", r"\log x - \log x = 0")))


def test_a_definition_under_an_index_value_is_not_claimed_at_another():
    """n = 3 and x = -n, then x = 3 claimed: x is -3, so it is never proved."""
    red_team.assert_held_or_refuted(red_team.last(_note(r"Let $n = 3$ and $x = -n$.", r"x = 3")))
