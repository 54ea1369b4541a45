"""A name's stated bound read as its range, and sums in a divisor (fx63g, red team 63k's notes 09-10, 12-18, 20-24).

'Let $T \\ge 2$' declares T's range Range(2, oo); that bound is an order the note states of T as much as 'Let $k \\ge
2$' is, so the orders a step is claimed under (stated_values._orders_through) take each declared range of the names
the step writes: a divisor, a logarithm's argument or a radicand that fails at an end of it is held.  A divisor, a
logarithm's argument or a radicand that writes a sum anywhere is checked with each sum whose term is a small
polynomial in its index written out in closed form (sum_t t - T(T+1)/2 is 0 at every T); a sum that is not written
out is no free name (two of them, or one and a number, may cancel), so the expression must be shown to meet its
requirement with each such sum given only the sign its terms show.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED


def _note(said: str, step: str) -> str:
    return f"{said}\n\n$$\n{step}\n$$\n"


#: Wrong steps, each with no value at a point the note allows: held or refuted, never proved.
WRONG = {
    # T = 3 meets T >= 3: 1/0
    "divisor zero at the bound three": _note("Let $T \\ge 3$.", "\\frac{1}{T - 3} (T - 3) = 1"),
    # t = 2 meets t >= 2: log 1 = 0 divides
    "log of the index less one as a divisor": _note("For $t \\ge 2$,", "\\frac{\\log (t - 1)}{\\log (t - 1)} = 1"),
    # sum t^2 = T(T+1)(2T+1)/6: 0 at every T
    "sum of squares less its closed form": _note(
        "Let $T \\ge 1$.",
        "\\frac{1}{\\sum_{t=1}^{T} t^2 - \\frac{T (T + 1) (2 T + 1)}{6}} "
        "\\left(\\sum_{t=1}^{T} t^2 - \\frac{T (T + 1) (2 T + 1)}{6}\\right) = 1",
    ),
    # sum t^3 = (sum t)^2: 0 at every T
    "sum of cubes less the squared sum": _note(
        "Let $T \\ge 1$.",
        "\\frac{\\sum_{t=1}^{T} t^3 - \\left(\\sum_{t=1}^{T} t\\right)^2}"
        "{\\sum_{t=1}^{T} t^3 - \\left(\\sum_{t=1}^{T} t\\right)^2} = 1",
    ),
    # log 0 at every T
    "log of a sum less its closed form": _note(
        "Let $T \\ge 1$.",
        "\\log \\left(\\sum_{t=1}^{T} t - \\frac{T (T + 1)}{2}\\right) "
        "- \\log \\left(\\sum_{t=1}^{T} t - \\frac{T (T + 1)}{2}\\right) = 0",
    ),
    # the radicand is -1 at every T
    "root of a count less itself less one": _note(
        "Let $T \\ge 1$.",
        "\\sqrt{T - 1 - \\sum_{t=1}^{T} 1} \\sqrt{T - 1 - \\sum_{t=1}^{T} 1} = T - 1 - \\sum_{t=1}^{T} 1",
    ),
    # sum 1/t - 1 is 0 at T = 1 (a sum not written out: its positive terms do not show it nonzero)
    "harmonic sum less one": _note(
        "Let $T \\ge 1$.",
        "\\frac{1}{\\sum_{t=1}^{T} \\frac{1}{t} - 1} \\left(\\sum_{t=1}^{T} \\frac{1}{t} - 1\\right) = 1",
    ),
    # two harmonic sums over two letters: 0 at every T
    "harmonic sum less itself over another index": _note(
        "Here $T$ is the number of steps.",
        "\\frac{1}{\\sum_{t=1}^{T} \\frac{1}{t} - \\sum_{s=1}^{T} \\frac{1}{s}} "
        "\\left(\\sum_{t=1}^{T} \\frac{1}{t} - \\sum_{s=1}^{T} \\frac{1}{s}\\right) = 1",
    ),
}


@pytest.mark.parametrize("note", WRONG.values(), ids=WRONG.keys())
def test_a_step_without_value_where_the_note_allows_is_never_proved(note):
    red_team.assert_held_or_refuted(red_team.last(note))


#: Right steps the rules keep proving: the bound keeps the divisor off 0, the sums are shown of one sign.
RIGHT = {
    # T - 1 >= 1 for T >= 2
    "divisor off the bound": _note("Let $T \\ge 2$.", "\\frac{T - 1}{T - 1} = 1"),
    # T - 2 >= 0 for T >= 2
    "root at the bound": _note("Let $T \\ge 2$.", "\\sqrt{T - 2} \\sqrt{T - 2} = T - 2"),
    # positive terms, and 1 more
    "harmonic sum plus one": _note(
        "Let $T \\ge 1$.",
        "\\frac{1}{\\sum_{t=1}^{T} \\frac{1}{t} + 1} \\left(\\sum_{t=1}^{T} \\frac{1}{t} + 1\\right) = 1",
    ),
    # T(T+1)(2T+1)/6 + 1 > 0
    "sum of squares plus one": _note(
        "Let $T \\ge 1$.", "\\frac{1}{\\sum_{t=1}^{T} t^2 + 1} \\left(\\sum_{t=1}^{T} t^2 + 1\\right) = 1"
    ),
    # T(T+1)/2 - 1 >= 2 for T >= 2
    "log of a sum less one past the first steps": _note(
        "Let $T \\ge 2$.",
        "\\log \\left(\\sum_{t=1}^{T} t - 1\\right) - \\log \\left(\\sum_{t=1}^{T} t - 1\\right) = 0",
    ),
}


@pytest.mark.parametrize("note", RIGHT.values(), ids=RIGHT.keys())
def test_a_step_with_a_value_where_the_note_allows_stays_proved(note):
    result = red_team.last(note)
    assert result.status == PROVED, result.reason
