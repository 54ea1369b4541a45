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


#: x / x = 1 said to hold at x = 0 (where it has no value) in the sentence after its display, in other languages, or
#: in its tag (red team 61r, 43-46): never proved.
_DISPLAY = "$$\n\\frac{x}{x} = 1TAG\n$$\n\n"
AT_ZERO = {
    "German, falls": _DISPLAY.replace("TAG", "") + "Das gilt auch, falls $x = 0$.\n",
    "French, pour": _DISPLAY.replace("TAG", "") + "Cela reste vrai pour $x = 0$.\n",
    "Spanish, cuando": _DISPLAY.replace("TAG", "") + "Esto vale cuando $x = 0$.\n",
    "Italian, quando": _DISPLAY.replace("TAG", "") + "Questo vale quando $x = 0$.\n",
    "Chinese, 此式": _DISPLAY.replace("TAG", "") + "此式在 $x = 0$ 时也成立。\n",
    "a tag in maths with a word": _DISPLAY.replace("TAG", " \\tag{if $x = 0$}"),
}


@pytest.mark.parametrize("text", AT_ZERO.values(), ids=AT_ZERO.keys())
def test_a_step_said_at_a_value_where_it_has_none_is_not_proved(text):
    result = red_team.last(text)
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize("text", [_DISPLAY.replace("TAG", " \\tag{2.1}"), _DISPLAY.replace("TAG", " \\tag{$\\star$}")])
def test_a_tag_that_is_a_label_says_no_value(text):
    result = red_team.last(text.replace("\\frac{x}{x} = 1", "x + x = 2 x"))
    assert result.status == PROVED, result.reason
