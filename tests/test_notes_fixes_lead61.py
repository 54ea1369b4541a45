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


#: a := 3 tagged (1), then a sentence that says (1) is wrong, then a + a = 6 (wrong once (1) is withdrawn): never
#: proved (red team 61r, 49-55, in other words).
_TAGGED = "Let\n\n$$\na := 3 \\tag{1}\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"
SAID_WRONG = {
    "Russian, ошибочно": "Равенство (1) ошибочно.",
    "Polish, niepoprawne": "Wzór (1) jest niepoprawny.",
    "Swedish, felaktig": "Ekvationen (1) är felaktig.",
    "Japanese, 間違い": "式 (1) は間違いである。",
    "Korean, 잘못": "식 (1)은 잘못되었다.",
    "Chinese, 有误": "式 (1) 有误。",
    "scratch, a list": "Scratch (1) and everything after it.",
}
#: Sentences that withdraw nothing: (1) said right, or rederived "from scratch".
KEPT_EQUATIONS = {
    "from scratch": "We now rederive (1) from scratch.",
    "Russian, верно": "Равенство (1) верно.",
    "Swedish, rätt": "Ekvationen (1) är rätt.",
}


@pytest.mark.parametrize("sentence", SAID_WRONG.values(), ids=SAID_WRONG.keys())
def test_an_equation_said_wrong_in_other_languages_is_withdrawn(sentence):
    result = red_team.last(_TAGGED.replace("{}", sentence))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize("sentence", KEPT_EQUATIONS.values(), ids=KEPT_EQUATIONS.keys())
def test_an_equation_said_right_stays_in_force(sentence):
    result = red_team.last(_TAGGED.replace("{}", sentence))
    assert result.status == PROVED, result.reason


#: Found while fixing red team 61a's 19: a relation after ``\quad`` in the step's row (or a tag ``\tag{$x = 0$}``,
#: which the reader turns into one) is the value the step is said at, as "for $x = 0$" would say it, never a
#: definition of x written after the step (fixed by fx62a: steps._value_of_a_name).
@pytest.mark.parametrize("row", ["\\frac{x}{x} = 1 \\quad x = 0", "\\frac{x}{x} = 1 \\tag{$x = 0$}"])
def test_a_relation_beside_the_step_in_its_row_holds_with_it(row):
    result = red_team.results(f"$$\n{row}\n$$\n")[0]
    assert result.status != PROVED, result.reason


#: Values said after a display in more languages, and indices dropped in more (red team 61a, 11-22).
MORE_AT_ZERO = {
    "Portuguese, quando": _DISPLAY.replace("TAG", "") + "Isso vale também quando $x = 0$.\n",
    "Russian, для": _DISPLAY.replace("TAG", "") + "Равенство верно и для $x = 0$.\n",
    "Dutch, bij": _DISPLAY.replace("TAG", "") + "De gelijkheid geldt ook bij $x = 0$.\n",
    "Spanish, a noun subject": _DISPLAY.replace("TAG", "") + "La identidad vale para $x = 0$.\n",
}


@pytest.mark.parametrize("text", MORE_AT_ZERO.values(), ids=MORE_AT_ZERO.keys())
def test_a_step_said_at_a_value_in_more_languages_is_not_proved(text):
    result = red_team.last(text)
    assert result.status != PROVED and not result.internal, result.reason
