"""Held-out variants of the findings fx64c closed (rt63a 12, 13, 21-24, 26): values said in the sentences after a
display (values_beside.held_beside).

1. Two negations in a sentence after the display ("is not excluded", "nowhere except", "do not exclude"): their sense
   is not read, so the sentence is not read as the step holding away from its value; nor is a negation after the
   value ("$x = 0$ is not ruled out"): only a word of exception before the value it excepts reads so.
2. Every sentence of the paragraph after the display is read, not the first alone ("This is the key identity. We use
   it at $x = 0$.").
3. A definition sign (``x := 0``, ``\\coloneqq``) writes the equation of a value.
4. An order or an interval of a step's name said after it ("It holds for $x \\ge 0$.") is where the step claims a
   value: where it, with the note's orders, allows a point without one, the step is held; it never shows one ("in
   particular for $x > 0$" may say less than the step claims), and beside a negation it is a sentence not read.

Each wrong variant has no value at a point the note claims (x / x at x = 0) and must not be proved; each right one
(x^2 = x said to hold at x = 1 only) must not be refuted; each faithful one keeps its verdict.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

_X = "Note.\n\n$$\n\\frac{x}{x} = 1\n$$\n\n"
_SQUARE = "Note.\n\n$$\nx^2 = x\n$$\n\n"

#: Wrong: the sentences after the display claim the step at x = 0, where x / x has no value.
SAID_AT_ZERO = {
    "do-not-exclude-the-value": "We do not exclude the value $x = 0$.",
    "case-not-excluded-here": "The case $x = 0$ is not excluded here.",
    "not-ruled-out-after-the-value": "Taking $x = 0$ is not ruled out.",
    "applied-in-the-second-sentence": "This identity is central. It is applied at $x = 0$ below.",
    "evaluated-in-the-second-sentence": "We will need it often. Later, we evaluate it at $x = 0$.",
    "coloneqq": "We take $x \\coloneqq 0$ in it.",
    "colon-equals-put": "Put $x := 0$ there.",
    "half-open-interval-from-0": "It is valid for $x \\in [0, 2)$.",
    "chain-of-orders-from-0": "We apply it for $0 \\le x \\le 1$.",
    "whenever-at-least-0": "It holds whenever $x \\ge 0$.",
    "at-most-3-in-the-second-sentence": "This is used below. It holds for $x \\le 3$.",
    "fails-below-0": "It fails for $x < 0$.",
}

#: Right: x^2 = x is said to hold at x = 1 only, so a counterexample elsewhere is one the note excludes.
ONLY_AT_ONE = {
    "nowhere-but-at": "It holds nowhere but at $x = 1$.",
    "at-no-point-except": "It holds at no point except $x = 1$.",
    "false-everywhere-except": "It is false everywhere except at $x = 1$.",
}

#: Faithful: x / x = 1 wherever the sentences after it claim it.
SAID_AWAY_FROM_ZERO = {
    "holds-except-at-0": "This holds except at $x = 0$.",
    "every-x-except-0": "It holds for every $x$ except $x = 0$.",
    "holds-for-positive-x": "It holds for $x > 0$.",
    "at-least-1-in-the-second-sentence": "This is used below. It holds for $x \\ge 1$.",
}


@pytest.mark.parametrize("name", sorted(SAID_AT_ZERO))
def test_a_value_or_range_said_after_the_display_holds_a_step_without_value_there(name):
    result = red_team.last(_X + SAID_AT_ZERO[name] + "\n")
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", sorted(ONLY_AT_ONE))
def test_two_negations_after_the_display_are_not_read_as_the_step_holding_away(name):
    result = red_team.last(_SQUARE + ONLY_AT_ONE[name] + "\n")
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("name", sorted(SAID_AWAY_FROM_ZERO))
def test_a_value_excepted_or_a_range_without_it_keeps_the_proof(name):
    result = red_team.last(_X + SAID_AWAY_FROM_ZERO[name] + "\n")
    assert result.status == PROVED, result.reason


def test_a_claimed_range_within_the_note_s_orders_keeps_the_proof():
    result = red_team.last("Let $x > 0$.\n\n$$\n\\frac{x}{x} = 1\n$$\n\nIt holds for $x > 0$.\n")
    assert result.status == PROVED, result.reason


def test_a_claimed_range_only_adds_holds():
    """'Let $x \\ge 0$' allows x = 0; a narrower range said after ('in particular for $x > 0$') does not lift that."""
    result = red_team.last("Let $x \\ge 0$.\n\n$$\n\\frac{x}{x} = 1\n$$\n\nIt holds in particular for $x > 0$.\n")
    assert result.status != PROVED, result.reason


def test_a_single_exception_keeps_a_refutation():
    """x^2 = x said to hold except at x = 1 is false at x = 2, a point the note claims."""
    result = red_team.last(_SQUARE + "It holds except at $x = 1$.\n")
    assert result.status == REFUTED, result.reason


def test_a_latex_paragraph_is_read_to_its_end():
    tex = (
        "\\documentclass{article}\n\\begin{document}\nNote.\n\\[ \\frac{x}{x} = 1 \\]\n"
        "This is the key identity. We use it at $x = 0$.\n\\end{document}\n"
    )
    result = red_team.tex_report(tex).results[-1]
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason
