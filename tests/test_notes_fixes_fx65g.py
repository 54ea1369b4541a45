"""Held-out variants of fx65g's fixes of red team 65a's schedule and index findings (rt65a-08..16, 18-23).

1. A schedule witness must meet every bound the note claims its steps under that orders the indices' letters
   (conditions._index_condition_broken): an order stated plainly (``T \\le 5``), a case beside the step (``t \\le
   3``), an index's range; a witness that breaks one (T = 192), or leaves one unchecked, is not trusted.  A range said
   after the display ("It holds for $t \\le 3$.") is read as one (stated_values passes held_beside the letters of the
   step's indices), and a refutation the step is said to hold under a range of is held.
2. Every way the note gives an index's range is read once (orders_not_taken.claimed_index_ends): an order, a value
   (``t = 0``, "For $t = 0, \\ldots, T$"), a membership in a set or interval from a number, a word that includes 0
   ("nonnegative"), before the step, beside it on its row (steps keeps ``t \\ge 0`` there, as it says more than the
   convention), or after it; a least value below the convention's first step holds a step whose logarithm, root or
   divisor writes a name with a convention at that index (DDPM's abar_0 = 1).
3. A value or an order of x_i that writes the index (``x_i = -i``, ``x_i \\le -i``) is written at the index the step
   writes (x_1 = -1: orders_not_taken.orders_at_other_indices).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_DDPM = "<!-- diffproof: context ddpm -->\n\n"
_LOG = "$$\n\\log (1 - \\bar\\alpha_t) - \\log (1 - \\bar\\alpha_t) = 0{row}\n$$\n"
_ABS = "$$\n|2\\bar\\alpha_t - 1| = 2\\bar\\alpha_t - 1{row}\n$$\n"


def _note(before: str, display: str, after: str = "", row: str = "") -> str:
    return _DDPM + (f"{before}\n\n" if before else "") + display.format(row=row) + (f"\n{after}\n" if after else "")


#: Right steps (alphas above a bound and a short horizon or early index make abar_t > 1/2): never refuted.
RIGHT_SCHEDULES = {
    "horizon-at-most-4-alphas-above-0-85": _note(
        "Here $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.85$, and $T \\leq 4$.", _ABS
    ),
    "horizon-below-6-own-sentence": _note(
        "We have $T < 6$.\n\nHere $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.9$.", _ABS
    ),
    "index-below-4-beside-the-step": _note(
        "Here $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.9$.", _ABS, row=", \\qquad t < 4"
    ),
    "valid-for-t-at-most-2-after": _note(
        "Here $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.9$.", _ABS, "This is valid for $t \\leq 2$."
    ),
}

#: Wrong steps (DDPM's abar_0 = 1 at t = 0, log 0): never proved.
WRONG_AT_ZERO = {
    "listed-from-0-with-1": _note("For $t = 0, 1, \\ldots, T$ we have the following.", _LOG),
    "set-from-0-with-dots": _note("For all $t \\in \\{0, 1, \\dots, T\\}$ we have the following.", _LOG),
    "half-open-interval-from-0": _note("For $t \\in [0, T)$ we have the following.", _LOG),
    "non-negative-hyphenated": _note("For every non-negative integer $t$ we have the following.", _LOG),
    "zero-to-big-t-beside-the-row": _note("", _LOG, row=", \\quad 0 \\le t \\le T"),
    "valid-for-t-geq-0-after": _note("", _LOG, "It is valid for $t \\geq 0$."),
    "evaluated-at-t-0-after": _note("", _LOG, "evaluated at $t = 0$."),
    "we-apply-it-at-t-0": _note("", _LOG, "This is the key identity. We apply it at $t = 0$ below."),
    "german-every-nonnegative-t": _note("Für jedes nichtnegative $t$ gilt:", _LOG),
    "german-holds-for-t-at-least-0-after": _note("", _LOG, "Dies gilt für $t \\ge 0$."),
}

#: Faithful steps at t >= 1 (abar_t in (0, 1)): proved.
RIGHT_FROM_ONE = {
    "set-from-1": _note("For $t \\in \\{1, \\ldots, T\\}$ we have the following.", _LOG),
    "interval-open-at-0": _note("For $t \\in (0, T]$ we have the following.", _LOG),
    "every-positive-integer": _note("For every positive integer $t$ we have the following.", _LOG),
    "t-at-least-1-beside-the-row": _note("", _LOG, row=", \\quad t \\ge 1"),
    "we-use-it-at-t-2": _note("", _LOG, "This is the key identity. We use it at $t = 2$."),
    "t-greater-than-0-beside-the-row": _note("", _LOG, row=", \\quad 0 < t \\le T"),
}

#: The index written into a value or an order of x_i: x_1 = -2 (x_1 <= -1), log x_1 has no real value.
WRONG_INDEXED = {
    "x-k-is-minus-2k": "Let $x_k = -2k$ for every $k$.\n\n$$\n\\log x_1 - \\log x_1 = 0\n$$\n",
    "y-j-below-minus-j-at-2": "Let $y_j < -j$ for all $j$.\n\n$$\n\\sqrt{y_2} - \\sqrt{y_2} = 0\n$$\n",
    "x-i-is-i-minus-3": "Let $x_i = i - 3$ for every $i$.\n\n$$\n\\log x_2 - \\log x_2 = 0\n$$\n",
}

RIGHT_INDEXED = {
    "x-k-is-2k": "Let $x_k = 2k$ for every $k$.\n\n$$\n\\log x_1 - \\log x_1 = 0\n$$\n",
    "y-j-above-j": "Let $y_j > j$ for all $j$.\n\n$$\n\\sqrt{y_2} - \\sqrt{y_2} = 0\n$$\n",
}


@pytest.mark.parametrize("name", sorted(RIGHT_SCHEDULES))
def test_a_witness_breaking_a_stated_bound_of_the_indices_is_not_trusted(name):
    result = red_team.last(RIGHT_SCHEDULES[name])
    assert not result.internal, result.reason
    assert result.status in (UNDECIDED, PROVED), result.reason


def test_a_bound_of_another_letter_keeps_the_refutation():
    """K \\le 5 bounds no index the witness gives a value: the witness at T = 192 is trusted."""
    text = _note("Here $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.9$, and $K \\le 5$.", _ABS)
    assert red_team.last(text).status == REFUTED


def test_a_long_horizon_keeps_the_refutation():
    """T \\le 1000 holds at the witness's T = 192: the refutation stands."""
    text = _note("Here $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.9$, and $T \\le 1000$.", _ABS)
    assert red_team.last(text).status == REFUTED


@pytest.mark.parametrize("name", sorted(WRONG_AT_ZERO))
def test_a_range_reaching_below_the_convention_holds_the_step(name):
    red_team.assert_held_or_refuted(red_team.last(WRONG_AT_ZERO[name]))


@pytest.mark.parametrize("name", sorted(RIGHT_FROM_ONE))
def test_a_range_within_the_convention_keeps_the_proof(name):
    red_team.assert_proved(red_team.last(RIGHT_FROM_ONE[name]))


@pytest.mark.parametrize("name", sorted(WRONG_INDEXED))
def test_a_value_writing_the_index_is_written_at_the_step_s_index(name):
    red_team.assert_held_or_refuted(red_team.last(WRONG_INDEXED[name]))


@pytest.mark.parametrize("name", sorted(RIGHT_INDEXED))
def test_a_faithful_value_writing_the_index_keeps_the_proof(name):
    red_team.assert_proved(red_team.last(RIGHT_INDEXED[name]))
