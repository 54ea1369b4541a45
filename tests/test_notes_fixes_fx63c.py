"""Held-out variants of red team 63r's findings on the words around a display (tests/test_notes_redteam_63r.py):
a value said after the display in words not read (held: values_beside.held_beside), an exception turned round by a
second negation ("fails unless", held), a withdrawal in a footnote read at its mark (retractions._overlaid), a display
said not right ("is not correct", "stimmt nicht": retractions._NOT_RIGHT) or corrected by an erratum naming it; each with
the faithful variants that keep their verdict."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

#: x / x = 1 (tagged (1)), then a sentence after it: where it says x = 0, x / x has no value there.
_AFTER = "Note.\n\n$$\n\\frac{{x}}{{x}} = 1 \\tag{{1}}\n$$\n\n{}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Formula (1) is also valid at $x = 0$.",  # the display named by its tag
        "Valable aussi pour $x = 0$.",  # no subject
        "Including $x = 0$.",
        "Gilt sogar für $x = 0$.",
        "The identity holds at the origin too.",  # a point in words
        "この式は $x = 0$ も含めて成り立つ。",
    ],
)
def test_a_value_said_after_the_display_in_words_not_read_is_held(sentence):
    result = red_team.last(_AFTER.format(sentence))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "This holds except at $x = 0$.",  # the step said away from the value
        "This does not hold at $x = 0$.",
        "これは $x = 0$ では成り立たない。",
        "This is used below.",  # no value
    ],
)
def test_a_step_said_away_from_the_value_keeps_its_proof(sentence):
    result = red_team.last(_AFTER.format(sentence))
    assert result.status == PROVED, result.reason


#: x^2 = x, then a sentence after it: where it says the step holds only at x = 1, a counterexample elsewhere is not
#: against the note.
_ONLY = "Note.\n\n$$\nx^2 = x\n$$\n\n{}\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "This is false unless $x = 1$.",
        "It never holds except at $x = 1$.",
        "This doesn't hold except when $x = 1$.",
    ],
)
def test_an_exception_negated_again_is_held(sentence):
    result = red_team.last(_ONLY.format(sentence))
    assert result.status != REFUTED and not result.internal, result.reason


def test_a_step_said_away_from_one_value_is_refuted_at_another():
    """'This holds except at $x = 1$' claims x^2 = x at every other x: refuted at x = 2."""
    result = red_team.last(_ONLY.format("This holds except at $x = 1$."))
    assert result.status == REFUTED, result.reason


#: a := 3 tagged (1), a footnote's mark before the step, the footnote defined after it.
_FOOTNOTE = "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\nSee the remark.[^n]\n\n$$\na + a = 6\n$$\n\n[^n]: {}\n"


@pytest.mark.parametrize("footnote", ["Definition (1) is a typo.", "Ignore (1) from here on."])
def test_a_withdrawal_in_a_footnote_is_read_at_its_mark(footnote):
    result = red_team.last(_FOOTNOTE.format(footnote))
    assert result.status != PROVED and not result.internal, result.reason


def test_a_footnote_that_withdraws_nothing_keeps_the_proof():
    result = red_team.last(_FOOTNOTE.format("Equation (1) is the usual choice."))
    assert result.status == PROVED, result.reason


#: a := 3 tagged (1), a sentence about (1), then a + a = 6.
_SAID_OF = "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Equation (1) isn't correct.",
        "Equation (1) was not valid as written.",
        "L'équation (1) n'est pas juste.",
        "Die Gleichung (1) ist nicht richtig.",
        "Equation (1) has a wrong coefficient.",
        "Corrigendum to (1): the constant is $4$.",
    ],
)
def test_a_display_said_not_right_is_withdrawn(sentence):
    result = red_team.last(_SAID_OF.format(sentence))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "We do not claim that Equation 1 is not correct.",  # two negations
        "Equation (1) is not true in general, but we use it here.",  # says less than wrong
        "Gleichung (1) stimmt nicht mit der Literatur überein.",  # does not agree with
    ],
)
def test_a_display_not_said_wrong_keeps_the_proof(sentence):
    result = red_team.last(_SAID_OF.format(sentence))
    assert result.status == PROVED, result.reason
