"""Lead fixes of red team 61r's reading findings.

A statement of independence followed right away by a short remark the reader cannot weigh (no maths, no word of the
mathematics, nothing that leads on) is not trusted: "Scratch that.", "Just kidding.", "Это неверно." may take it back
(red team 61r, 16-21).  Remarks about the mathematics and sentences that lead into the step keep it in force."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

_HEAD = "<!-- diffproof: context ddpm -->\n\n"
_STATEMENT = "Here $x_0$ and $\\epsilon$ are independent. "
_STEP = "\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"

#: Short remarks right after the statement that may take it back (x_0 = eps makes E(x_0 eps) = 1: the step is wrong).
UNWEIGHED = (
    "Forget it.",
    "Not really.",
    "Ha, gotcha!",
    "Das stimmt nicht.",
    "C'est faux.",
    "Неправда.",
    "違います。",
    "아니다.",
)

#: Remarks that speak of the mathematics, or lead on into the step: the statement stays in force.
KEPT = (
    "Both have mean zero.",
    "So the cross term vanishes in expectation.",
    "Then:",
    "Hence",
    "This shortens the computation.",
)


@pytest.mark.parametrize("remark", UNWEIGHED)
def test_a_short_unread_remark_right_after_a_statement_is_not_trusted(remark):
    result = red_team.last(_HEAD + _STATEMENT + remark + _STEP)
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize("remark", KEPT)
def test_a_remark_on_the_mathematics_keeps_the_statement(remark):
    result = red_team.last(_HEAD + _STATEMENT + remark + _STEP)
    assert result.status == PROVED and not result.internal, result.reason
