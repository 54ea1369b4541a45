"""Held-out tests of session 58's fix of red team 58k's items 1-3 (diffproof/notecheck/stated_values.py): a step
that SymPy cancelled as written is proved only where what it writes has a value at the values the note gives.

- A divisor, a logarithm's argument or an even root's radicand is checked at the note's values however the note
  gives them: an equation of any shape (3y = 0, a^2 + b^2 = 0, 0 = y, displayed or in a sentence), orders that
  pin one number (a >= 2 and a <= 2), a value beside the step after a word of a condition ("when y = 0"), an index
  letter's display (k = 0), a definition the step writes (h := (y - 1)/(y - 1)), a function written out (u(z) :=
  z - 1), DDPM's schedule (abar_0 = 1); a divisor must be a finite nonzero number there, not merely not 0.
- At each index a sum or product runs through: its first, and any whole index in its range where the divisor or
  the argument is 0 (1/(k - 2) from k = 2; 1/(i - 3) from i = 1).
- Guards: the same shapes where every value exists (x^2 = 4, x - y = 1, a sum from k = 3) keep their proof.

Each held step is checked by hand in its comment: it writes 0 / 0, 1 / 0, log 0 or the root of a negative number.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED


def _after(before: str, step: str) -> str:
    return f"{before}\n\n$$\n{step}\n$$\n"


#: Notes whose last step has no value at the note's values (each a false proof if proved), by what they vary.
NO_VALUE = {
    # 3y = 0: y = 0, y / y is 0 / 0.
    "a multiple displayed zero": _after("$$\n3 y = 0\n$$", "\\frac{y}{y} = 1"),
    # a^2 + b^2 = 0 among reals: a = 0.
    "a sum of squares in a sentence": _after("Suppose $a^2 + b^2 = 0$.", "\\frac{a}{a} = 1"),
    # 0 = 5 - y: y = 5, so y - 5 is 0.
    "a value on the right, in a sentence": _after("Let $0 = 5 - y$.", "\\frac{y - 5}{y - 5} = 1"),
    # y^3 = 0 in a display: y = 0.
    "a cube displayed zero": _after("$$\ny^3 = 0\n$$", "\\frac{1}{y} - \\frac{1}{y} = 0"),
    # a >= 2 and a <= 2: a = 2, a - 2 is 0.
    "orders that pin a value": _after("Assume $a \\ge 2$ and $a \\le 2$.", "\\frac{a - 2}{a - 2} = 1"),
    # the step is said when y = 0.
    "a value beside the step after when": "$$\n\\frac{y}{y} = 1 \\quad \\text{when } y = 0\n$$\n",
    "a value beside the step after if": "$$\n\\frac{y}{y} = 1 \\quad \\text{if } y = 0\n$$\n",
    # k = 0 displayed (an index letter): k / k is 0 / 0.
    "an index letter k displayed zero": _after("$$\nk = 0\n$$", "\\frac{k}{k} = 1"),
    "an index letter n displayed zero": _after("$$\nn = 0\n$$", "\\frac{2}{n} - \\frac{2}{n} = 0"),
    # y = 1 makes h's body (y - 1)/(y - 1) 0 / 0.
    "a definition's divisor": "$$\nh := \\frac{y - 1}{y - 1}\n$$\n\n$$\ny = 1\n$$\n\n$$\nh = 1\n$$\n",
    # u(w) = w - 1 = 0 at w = 1.
    "a function written out": "$$\nu(z) := z - 1\n$$\n\n$$\nw = 1\n$$\n\n$$\n\\frac{u(w)}{u(w)} = 1\n$$\n",
    # log(x^2) at x = 0: log 0.
    "a log of a square at zero": _after("$$\nx = 0\n$$", "\\log(x^2) - \\log(x^2) = 0"),
    # sqrt(y) at y = -4: no real number.
    "a root of a negative number": _after("$$\ny = -4\n$$", "\\sqrt{y} - \\sqrt{y} = 0"),
    # the k = 2 term is 1 / 0.
    "a sum from the divisor's zero": "$$\n\\sum_{k=2}^{T} \\frac{1}{k - 2} - \\sum_{k=2}^{T} \\frac{1}{k - 2} = 0\n$$\n",
    # the i = 3 term is 1 / 0 (for T >= 3, which the note allows).
    "a sum through the divisor's zero": (
        "$$\n\\sum_{i=1}^{T} \\frac{1}{i - 3} - \\sum_{i=1}^{T} \\frac{1}{i - 3} = 0\n$$\n"
    ),
    # the t = 1 factor is 0 / 0.
    "a product of zero over zero at its first index": "$$\n\\prod_{t=1}^{T} \\frac{t - 1}{t - 1} = 1\n$$\n",
    # the k = 1 term is log 0.
    "a sum of logs of zero": "$$\n\\sum_{k=1}^{T} \\left(\\log(k - 1) - \\log(k - 1)\\right) = 0\n$$\n",
    # DDPM: abar_0 = 1, so log(1 - abar_0) is log 0.
    "DDPM's log of one minus abar zero": (
        "<!-- diffproof: context ddpm -->\n\n$$\n\\log(1 - \\bar\\alpha_0) - \\log(1 - \\bar\\alpha_0) = 0\n$$\n"
    ),
}


@pytest.mark.parametrize("name", sorted(NO_VALUE))
def test_a_step_with_no_value_at_the_note_s_values_is_not_proved(name):
    result = red_team.results(NO_VALUE[name])[-1]
    assert result.status in (UNDECIDED, REFUTED), result.reason


#: The same shapes where every value exists: each keeps its proof.
GUARDS = {
    # x^2 = 4: x = ±2, never 0.
    "a square that is not zero": _after("$$\nx^2 = 4\n$$", "\\frac{x}{x} = 1"),
    # x - y = 1: x - y is never 0.
    "a difference that is not zero": _after("$$\nx - y = 1\n$$", "\\frac{x - y}{x - y} = 1"),
    # a >= 2 alone pins nothing, and a - 5 ... is a free divisor as written.
    "one order pins nothing": _after("Assume $a \\ge 2$.", "\\frac{a}{a} = 1"),
    "a value beside the step that is not zero": "$$\n\\frac{y}{y} = 1 \\quad \\text{when } y = 2\n$$\n",
    "a definition's divisor not zero": "$$\nh := \\frac{y - 1}{y - 1}\n$$\n\n$$\ny = 3\n$$\n\n$$\nh = 1\n$$\n",
    "a log at a positive value": _after("$$\nx = 3\n$$", "\\log(x^2) - \\log(x^2) = 0"),
    "a root of a positive number": _after("$$\ny = 4\n$$", "\\sqrt{y} - \\sqrt{y} = 0"),
    # from k = 3 the divisor k - 2 is never 0.
    "a sum past the divisor's zero": "$$\n\\sum_{k=3}^{T} \\frac{1}{k - 2} - \\sum_{k=3}^{T} \\frac{1}{k - 2} = 0\n$$\n",
    "a product from past its zero": "$$\n\\prod_{t=2}^{T} \\frac{t - 1}{t - 1} = 1\n$$\n",
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_same_shapes_with_values_keep_their_proof(name):
    result = red_team.results(GUARDS[name])[-1]
    assert result.status == PROVED, result.reason
