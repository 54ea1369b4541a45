"""Fixed by fx58 (stated_values._held_constant; held-out variants in tests/test_notes_open_58.py), found by xf58: under
DDPM's context, a value the note chooses for abar at every step (``\\bar\\alpha_t := 0.5``) makes
alpha_t = abar_t / abar_{t-1} = 1, outside the (0, 1) the context gives alpha_t; a step that needs alpha_t < 1 is then
not shown (at alpha_t = 1, (1 - alpha_t)/(1 - alpha_t) is 0/0).  Each finding keeps the cause it had as read from
the code; the guards (a schedule whose ratio lies in (0, 1), alpha_t given the value 1 outright) keep their
verdict.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_RATIO = "\n\n$$\n\\frac{1 - \\alpha_t}{1 - \\alpha_t} = 1\n$$\n"
_CAUSE = (
    "schedules.renamed witnesses abar_t := {} at one generic t (the value is admissible there) and never at t - 1, "
    "so DDPM's meaning is kept; the note's values (conditions._stated_values) hold abar_t, not the alpha_t = 1 it "
    "implies, so alpha_t keeps the convention's (0, 1) and the quotient cancels"
)

#: Wrong (each: alpha_t = 1 at every step t >= 2, so the step divides 0 by 0).
FINDINGS = {
    "constant-abar-every-step": ("Let $\\bar\\alpha_t := 0.5$ for every $t$." + _RATIO, _CAUSE.format("0.5")),
    "constant-abar-no-quantifier": ("Let $\\bar\\alpha_t := 0.9$." + _RATIO, _CAUSE.format("0.9")),
}


@pytest.mark.parametrize("name", sorted(FINDINGS))
def test_a_constant_abar_does_not_keep_alpha_below_one(name):
    result = red_team.last(red_team.DDPM + FINDINGS[name][0])
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


#: Faithful notes and the verdict each keeps.
GUARDS = {
    # abar_t = 0.5^t: alpha_t = 0.5, inside (0, 1)
    "geometric-abar": ("Let $\\bar\\alpha_t := 0.5^t$ for every $t$." + _RATIO, PROVED),
    # alpha_t := 1 outright: the note's values make the quotient 0/0
    "alpha-one-outright": ("Let $\\alpha_t := 1$ for every $t$." + _RATIO, UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    text, status = GUARDS[name]
    result = red_team.last(red_team.DDPM + text)
    assert result.status == status, result.reason
