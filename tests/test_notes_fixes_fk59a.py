"""Held-out variants of the findings fk59a fixed (rt59k 36-37, rt59r 31-37: a value said beside a step), each a
note whose last step is at issue: wrong where the value makes a divisor 0 (held), right where no value it is said
at does (proved)."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED


def _last(text: str):
    return red_team.report(text).results[-1]


def _display(step: str, after: str = "") -> str:
    return f"$$\n{step}\n$$\n{after}"


#: A value said beside the step, in the ways a writer says it: each makes the step's divisor 0, so the step, as
#: written, has no value there (0 / 0).
WRONG = {
    "comma after the value": _display(r"\frac{y}{y} = 1 \quad \text{at } y = 0,"),
    "a word before 'at'": _display(r"\frac{\alpha}{\alpha} = 1 \quad \text{also at } \alpha = 0"),
    "words between 'at' and two names": _display(r"\frac{u}{u} = 1 \quad \text{at the origin } u = v = 0"),
    "the second of two values": _display(r"\frac{x}{x} = 1 \quad \text{for } x = 3 \text{ and } x = 0"),
    "a value that is another name": _display(r"\frac{a - b}{a - b} = 1 \quad \text{when } a = b"),
    "maths inside text with a full stop": _display(r"\frac{s}{s} = 1 \quad \text{at $s = 0$.}"),
    "the sentence going on after the display": _display(r"\frac{x}{x} = 1", "\nwhich we take at $x = 0$."),
    "the sentence going on, on the next line": _display(r"\frac{w}{w} = 1", "for the value $w = 0$."),
}

#: Values said beside the step where it has a value at each (or said away from it), and a range of an index.
RIGHT = {
    "two values, neither a zero": _display(r"\frac{x - 2}{x - 2} = 1 \quad \text{at } x = 0 \text{ or } x = 1"),
    "two names, the divisor's not 0": _display(r"\frac{x}{x} = 1 \quad \text{at } x = 2 \text{ and } y = 0"),
    "said away from the value": _display(r"\frac{x}{x} = 1 \quad \text{except at } x = 0"),
    "a range of an index": _display(r"\frac{t}{t} = 1 \quad \text{for } t = 1, \ldots, T"),
    "a value in a sentence of its own after": _display(r"\frac{x}{x} = 1", "\nHere $x = 2$."),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_value_said_beside_the_step_that_makes_it_0_over_0_is_held(name):
    result = _last(WRONG[name])
    assert not result.internal, result.reason
    assert result.status == UNDECIDED, result.reason
    assert "no value" in result.reason, result.reason


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_values_said_beside_the_step_where_it_has_a_value_keep_its_proof(name):
    result = _last(RIGHT[name])
    assert result.status == PROVED, result.reason


def test_a_value_said_but_not_read_is_not_presumed_fit():
    """'respectively' says something of the value that is not read: the divisor is not presumed nonzero."""
    result = _last(_display(r"\frac{x}{x} = 1 \quad \text{at } x = 0 \text{ respectively}"))
    assert result.status == UNDECIDED, result.reason
    assert "could not be read" in result.reason, result.reason
