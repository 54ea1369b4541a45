"""Held-out variants of the findings fk59c closed (red team 59k, tests/test_notes_redteam_59k.py).

1. Where a step has a value, the equations the note states linked to a divisor are solved with it set to 0; a
   polynomial system not solved (past the solver's limits) holds the step instead of proving it, and a solution is
   dropped only when it is shown non-real (SymPy writes a cubic's three real roots with I; y = I z has z = 0).
2. The equations are written through the note's values and functions (z := 2x and z^2 = 0 make x 0), an order only
   equality meets is an equation (x^2 <= 0), and a relation ``a \\ne b`` excludes the solutions where a = b.
3. DDPM's start: abar_{t-k} is abar_0 = 1 at t = k (k >= 1), abar_0 written in the step itself is no reason to step
   back, a constant abar at one letter makes alpha 1 at every letter, and a note that says t = 1 claims the first step.

Each wrong variant has no value at a point the note allows and must not be proved; each faithful one must be proved.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

DDPM = red_team.DDPM


def display(step: str) -> str:
    return f"\n\n$$\n{step}\n$$\n"


_X = display(r"\frac{x}{x} = 1")

#: Wrong: the note's statements allow the divisor 0 at a real point, so the step as written has no value there.
WITHOUT_VALUE = {
    # x^3 - 7x + 7 = 0 has three real roots (discriminant 49 > 0, no rational root): SymPy writes them with I
    "cubic-with-three-real-roots": r"We have $x^3 - 7x + 7 = 0$." + display(r"\frac{x^3 - 7x + 7}{x^3 - 7x + 7} = 1"),
    # x^5 + x + 3 = 0 has a real root (odd degree): past the solver's degree
    "quintic": r"We have $x^5 + x + 3 = 0$." + display(r"\frac{x^5 + x + 3}{x^5 + x + 3} = 1"),
    # five names: past the solver's unknowns; x = 0 is a real solution
    "five-unknowns": r"We have $x^2 + y^2 + z^2 + u^2 + v^2 = 0$." + _X,
    # y = 0 with x^2 + y^2 + z^2 = 0 leaves x = +-I z, whose point z = 0 is real
    "a-family-written-with-i": r"We have $x^2 + y^2 + z^2 = 0$." + display(r"\frac{y}{y} = 1"),
    # z := 2x and z^2 = 0 make x 0; g(u) := u^3 and g(x) = 0 make x 0
    "through-a-value": r"Let $z := 2x$. We have $z^2 = 0$." + _X,
    "through-a-function": r"Let $g(u) := u^3$. We have $g(x) = 0$." + _X,
    # (x - 1)^2 <= 0 makes x 1; x^2 + y^4 <= 0 makes x 0
    "an-order-only-equality-meets": r"Assume $(x - 1)^2 \le 0$." + display(r"\frac{x - 1}{x - 1} = 1"),
    "an-order-of-two-names-only-zero-meets": r"Assume $0 \ge x^2 + y^4$." + _X,
    # x \ne y excludes nothing at x = 0: x^2 = 2x allows it
    "an-exclusion-of-another-name": r"We have $x^2 = 2x$ and $y \ne 0$." + _X,
    # under DDPM abar_{t-3} is abar_0 = 1 at t = 3; abar_0 - abar_{t-1} is 0 at t = 1
    "ddpm-three-steps-back": DDPM + display(r"\frac{1 - \bar\alpha_{t-3}}{1 - \bar\alpha_{t-3}} = 1"),
    "ddpm-abar-zero-written": DDPM
    + display(r"\frac{\bar\alpha_{0} - \bar\alpha_{t-1}}{\bar\alpha_{0} - \bar\alpha_{t-1}} = 1"),
    # abar_k := 0.3 at every step: alpha_s = 1 at every s >= 2
    "ddpm-constant-abar-at-another-letter": DDPM
    + r"Let $\bar\alpha_k := 0.3$."
    + display(r"\frac{1 - \alpha_s}{1 - \alpha_s} = 1"),
    # t > 1 and then t = 1 as well: 1 - abar_{t-1} is 0 at t = 1
    "ddpm-first-step-claimed-again": DDPM
    + "For $t > 1$ we have the following, and also for $t = 1$\n\n"
    + display(r"\frac{1 - \bar\alpha_{t-1}}{1 - \bar\alpha_{t-1}} = 1"),
}

#: Right: the divisor is nonzero wherever the note's statements hold.
WITH_VALUE = {
    # x^2 + 2 > 0 whatever root of the cubic x is
    "cubic-then-a-positive-divisor": r"We have $x^3 - 7x + 7 = 0$." + display(r"\frac{x^2 + 2}{x^2 + 2} = 1"),
    # x^2 = 2x and x != 0 make x 2
    "an-exclusion-of-the-zero": r"We have $x^2 = 2x$ and $x \neq 0$." + _X,
    # x + y = 1 and x - y = 1 make x 1
    "a-linear-system": r"We have $x + y = 1$ and $x - y = 1$." + _X,
    # (x - 1)^2 = 4 makes x 3 or -1, never 0
    "no-real-zero": r"We have $(x - 1)^2 = 4$." + _X,
}


@pytest.mark.parametrize("name", sorted(WITHOUT_VALUE))
def test_a_step_without_a_value_where_the_note_allows_is_not_proved(name):
    result = red_team.last(WITHOUT_VALUE[name])
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", sorted(WITH_VALUE))
def test_a_step_with_a_value_wherever_the_note_allows_is_proved(name):
    result = red_team.last(WITH_VALUE[name])
    assert result.status == PROVED, result.reason


def test_a_system_not_solved_says_so():
    """A quintic is past the solver's degree: the step is held for it, and the reason says it is not solved."""
    result = red_team.last(WITHOUT_VALUE["quintic"])
    assert "a system not solved" in result.reason, result.reason


def test_a_real_root_written_with_i_is_said_by_its_decimal():
    """The cubic's root is real: the reason gives it as a decimal, not SymPy's complex radicals."""
    result = red_team.last(WITHOUT_VALUE["cubic-with-three-real-roots"])
    assert "which is 0 where the note's equations hold ($x \\approx" in result.reason, result.reason


#: A system not polynomial is solved one unknown at a time (stated_values._zero_allowed, notecheck.real_systems):
#: e^y = 1 makes y 0 (more in tests/test_notes_fixes_nz60.py).
NOT_POLYNOMIAL = {
    "exponential": r"We have $e^{y} = 1$." + display(r"\frac{y}{y} = 1"),
}


@pytest.mark.parametrize("name", sorted(NOT_POLYNOMIAL))
def test_a_system_not_polynomial_holds_the_step(name):
    assert red_team.last(NOT_POLYNOMIAL[name]).status != PROVED
