"""Fixes of session 64's fx64l: an index's range that bounds nothing still says where the note claims its steps.

- A counterexample outside it is none the note allows ("Let $T \\ge 3$ be an integer.", then T = 1): its order, where
  the index's convention does not give it already, is a condition a counterexample must satisfy (never a bound).
- The range as written claims the steps at each of its ends, the upper one too ("For $2 \\le t \\le T$": t = T).
- An order of an index reaching below the steps its convention holds ("For $t \\ge 0$": t = 0) claims the step where a
  name with a convention written at that index (abar_t at t = 0, DDPM's abar_0 = 1) is not read: held.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED


def _note(sentence: str, step: str, context: str = "") -> str:
    return f"{context}\n{sentence}\n\n$$\n{step}\n$$\n"


#: Right: the step holds on the range the note states; the counterexample T = 1 (t = 1) is outside it.
_WITHIN_THE_RANGE = {
    "an integer from 3, an absolute value": _note(r"Let $T \ge 3$ be an integer.", r"|T - 3| = T - 3"),
    "an integer above 2, a root of a square": _note(r"Let $T > 2$ be an integer.", r"\sqrt{(T-3)^2} = T - 3"),
    "from 3 to T, the following": _note(r"For $3 \le t \le T$ we have the following.", r"|t - 3| = t - 3"),
}


@pytest.mark.parametrize("text", _WITHIN_THE_RANGE.values(), ids=_WITHIN_THE_RANGE.keys())
def test_a_counterexample_outside_the_range_stated_is_none(text):
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason


#: Wrong: the note claims the step at an end of the range it states, where the step fails or has no value.
_AT_AN_END = {
    "an integer from 3, an absolute value at 3": _note(r"Let $T \ge 3$ be an integer.", r"|T - 4| = T - 4"),
    "from 3 to T, an absolute value at 3": _note(r"For $3 \le t \le T$ we have the following.", r"|t - 4| = t - 4"),
    "from 2 to T, a divisor zero at t = T": _note(
        r"For $2 \le t \le T$ we have the following.", r"\frac{T - t}{T - t} = 1"
    ),
    "DDPM from 0, a divisor at abar_0 = 1": _note(
        r"For $t \ge 0$ we have the following.", r"\frac{1 - \bar\alpha_t}{1 - \bar\alpha_t} = 1", red_team.DDPM
    ),
    "DDPM from 0 to T, a logarithm at abar_0 = 1": _note(
        r"For $0 \le t \le T$ we have the following.",
        r"\log (1 - \bar\alpha_t) - \log (1 - \bar\alpha_t) = 0",
        red_team.DDPM,
    ),
}


@pytest.mark.parametrize("text", _AT_AN_END.values(), ids=_AT_AN_END.keys())
def test_a_step_is_checked_at_each_end_of_the_range_stated(text):
    red_team.assert_held_or_refuted(red_team.last(text))


#: Right: the range's ends keep the step's values (t < T: T - t >= 1; t > 0 leaves 0 out; abar_{t+1} at t = 0 is
#: abar_1).
_VALUED_AT_THE_ENDS = {
    "from 1 below T, a divisor": _note(r"For $1 \le t < T$ we have the following.", r"\frac{T - t}{T - t} = 1"),
    "DDPM from 1, a logarithm": _note(
        r"For $t \ge 1$ we have the following.",
        r"\log (1 - \bar\alpha_t) - \log (1 - \bar\alpha_t) = 0",
        red_team.DDPM,
    ),
    "DDPM above 0, a logarithm": _note(
        r"For $t > 0$ we have the following.",
        r"\log (1 - \bar\alpha_t) - \log (1 - \bar\alpha_t) = 0",
        red_team.DDPM,
    ),
    "DDPM from 0, a logarithm one step on": _note(
        r"For $t \ge 0$ we have the following.",
        r"\log (1 - \bar\alpha_{t+1}) - \log (1 - \bar\alpha_{t+1}) = 0",
        red_team.DDPM,
    ),
}


@pytest.mark.parametrize("text", _VALUED_AT_THE_ENDS.values(), ids=_VALUED_AT_THE_ENDS.keys())
def test_a_step_with_a_value_at_the_ends_is_proved(text):
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status == PROVED, result.reason
