"""Held-out variants of red team 58a's findings 07, 09-11 and 25-26 (tests/test_notes_redteam_58a.py): a Gaussian
whose variance the note's order or equation makes nonpositive, a divisor or logarithm whose stated value could not
be read or evaluated, and an integral or expectation of a function the note defines, each written differently from
the red team's note; and the faithful notes beside them that must stay proved."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: Steps with no value, each with why (checked by hand): none may be proved.
WRONG = {
    # s <= -1: N(x; 0, s) is no density, so the quotient has no value.
    "order": "We assume that $s \\le -1$.\n\n$$\n\\frac{\\mathcal{N}(x; 0, s)}{\\mathcal{N}(x; 0, s)} = 1\n$$\n",
    # tau^2 = c = -2: no density.
    "power beside": (
        "Let $c := -2$.\n\n$$\n\\frac{\\mathcal{N}(y; 0, \\tau^2)}{\\mathcal{N}(y; 0, \\tau^2)} = 1 "
        "\\quad \\text{where } \\tau^2 = c\n$$\n"
    ),
    # y = sin(2 pi) = 0: log 0 has no value.
    "unread logarithm": "Let $y := \\sin(2\\pi)$.\n\n$$\n\\log y - \\log y = 0\n$$\n",
    # y = Gamma(3) - 2 = 2! - 2 = 0: 3y / y is 0 / 0.
    "unevaluated divisor": "Let $y := \\Gamma(3) - 2$.\n\n$$\n\\frac{3y}{y} = 3\n$$\n",
    # g(t) = 1/t^2 is not integrable on (0, 1): infinity - infinity.
    "defined function integral": (
        "Let $g(t) := 1/t^2$.\n\n$$\n\\int_0^1 g(t) \\, dt - \\int_0^1 g(t) \\, dt = 0\n$$\n"
    ),
    # E[exp(z^4)] under N(0, 1) is infinite: infinity - infinity.
    "defined function expectation": (
        "Let $h(z) := e^{z^4}$.\n\n$$\n\\mathbb{E}_{z \\sim \\mathcal{N}(z; 0, 1)}[h(z)] - "
        "\\mathbb{E}_{z \\sim \\mathcal{N}(z; 0, 1)}[h(z)] = 0\n$$\n"
    ),
}

#: The same steps where the note's values make them right: each must stay proved.
RIGHT = {
    # s >= 1: a density, positive, over itself.
    "order": "We assume that $s \\ge 1$.\n\n$$\n\\frac{\\mathcal{N}(x; 0, s)}{\\mathcal{N}(x; 0, s)} = 1\n$$\n",
    # tau^2 = c = 2.
    "power beside": (
        "Let $c := 2$.\n\n$$\n\\frac{\\mathcal{N}(y; 0, \\tau^2)}{\\mathcal{N}(y; 0, \\tau^2)} = 1 "
        "\\quad \\text{where } \\tau^2 = c\n$$\n"
    ),
    # y = 5 is nonzero.
    "divisor": "Let $y := 5$.\n\n$$\n\\frac{3y}{y} = 3\n$$\n",
    # t + 1 is continuous on [0, 1].
    "defined function integral": (
        "Let $g(t) := t + 1$.\n\n$$\n\\int_0^1 g(t) \\, dt - \\int_0^1 g(t) \\, dt = 0\n$$\n"
    ),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_step_with_no_value_is_not_proved(name):
    result = red_team.report(WRONG[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_the_same_step_with_a_fit_value_stays_proved(name):
    result = red_team.report(RIGHT[name]).results[-1]
    assert result.status == PROVED, result.reason
