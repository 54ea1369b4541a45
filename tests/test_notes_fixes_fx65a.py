"""Fixes of session 65's fx65a: words that withdraw or restrict a statement (rt64d 03, 04, 14; rt64a 27).

- A warning against judging a display ("It would be wrong to call (1) correct", "a mistake to regard (1) as valid",
  "faux de dire que (1) est correcte") turns round the judgement it governs, as a negation does: a display so
  called right is said wrong, one so called wrong ("wrong to call (1) incorrect", "wrong to say (1) fails") right.
- A verdict of no worth ending its clause ("(1) is no good", "is not any good", "is of no use", "is broken") says the
  display wrong; "no good reason to doubt (1)", "(1) is no doubt correct", "(1) is broken into two parts" do not.
- A case named right after a definition ("for $z$ not negative only", "for positive $z$", "valid for $z > 0$ only",
  "for $z \\ge 0$") makes it hold in that case alone: a name's sign in words, an order in maths, or maths and "only"
  ("for all $z$", "for $t = 1, \\dots, T$" name none; a step index's case, "for $t > 1$", is the index cases' to
  read, and "for some positive $y$" binds $y$).
- A value excepted of a step's claim ("It holds for $x \\ne 1$", "$x \\notin \\{1\\}$", "whenever $x \\neq 2$")
  claims the step at every other value: where one of them has the step no value (x / x at x = 0), it is held.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED, UNDECIDED

_WITHDRAWN = "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"

#: Wrong: the sentence says (1) wrong, so a := 3 is withdrawn and a + a = 6 fails at a = 0.
_SAID_WRONG = {
    "a mistake to regard as valid": "It is a mistake to regard (1) as valid.",
    "an error to treat as right": "It would be an error to treat equation (1) as right.",
    "misleading to describe as accurate": "It is misleading to describe (1) as accurate.",
    "wrong not to call incorrect": "It would be wrong not to call (1) incorrect.",
    "wrong to say not incorrect": "It would be wrong to say (1) is not incorrect.",
    "hardly wrong to call incorrect": "It would hardly be wrong to call (1) incorrect.",
    "French": "Il serait faux de dire que (1) est correcte.",
    "Italian": "Sarebbe sbagliato dire che (1) è corretta.",
    "not any good": "Equation (1) is not any good.",
    "of no use": "(1) is of no use.",
    "isn't any good": "(1) isn't any good.",
    "broken": "(1) is broken.",
}


@pytest.mark.parametrize("sentence", _SAID_WRONG.values(), ids=_SAID_WRONG.keys())
def test_a_display_said_wrong_is_withdrawn(sentence):
    red_team.assert_held_or_refuted(red_team.last(_WITHDRAWN.format(sentence)))


#: Right: the sentence keeps (1), so a + a = 6.
_KEPT = {
    "wrong to call incorrect": "It would be wrong to call (1) incorrect.",
    "wrong to say fails": "It is wrong to say (1) fails.",
    "a mistake to claim this does not hold": "It is a mistake to claim that this does not hold.",
    "wrong to drop": "It would be wrong to drop (1).",
    "wrong not to call correct": "It would be wrong not to call (1) correct.",
    "no doubt correct": "(1) is no doubt correct.",
    "no good reason to doubt": "There is no good reason to doubt (1).",
    "no good reason to doubt the previous definition": "There is no good reason to doubt the previous definition.",
    "broken into parts": "(1) is broken into two parts.",
}


@pytest.mark.parametrize("sentence", _KEPT.values(), ids=_KEPT.keys())
def test_a_display_kept_keeps_its_proof(sentence):
    red_team.assert_proved(red_team.last(_WITHDRAWN.format(sentence)))


_CASE = "{}\n\n$$\n\\frac{{6}}{{a - 1}} = 3\n$$\n"

#: Wrong: a := 3 only in a case, so a is free and 6/(a - 1) = 3 holds at a = 3 only.
_IN_A_CASE = {
    "only for nonnegative": "We let $a := 3$ only for nonnegative $z$.",
    "for positive only": "We let $a := 3$ for positive $z$ only.",
    "valid for an order only": "We let $a := 3$, valid for $z > 0$ only.",
    "for an order": "Set $a := 3$ for $y \\ge 0$.",
    "for all but a value": "We let $a := 3$ for all $w \\neq 0$.",
    "for a name positive": "We let $a := 3$ for $z$ positive.",
    "for nonzero": "Let $a := 3$ for nonzero $u$.",
    "for all not negative": "We let $a := 3$ for all $z$ not negative.",
    "French": "Posons $a := 3$ pour $z$ positif seulement.",
}


@pytest.mark.parametrize("sentence", _IN_A_CASE.values(), ids=_IN_A_CASE.keys())
def test_a_definition_in_a_case_is_held(sentence):
    result = red_team.last(_CASE.format(sentence))
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


#: Right: a := 3 for every case, so 6/(a - 1) = 3.
_EVERY_CASE = {
    "for all": "We let $a := 3$ for all $z$.",
    "for every": "We let $a := 3$ for every $z$.",
    "for each real": "We let $a := 3$ for each real $z$.",
    "for an index range": "We let $a := 3$ for $t = 1, \\dots, T$.",
    "for simplicity": "We let $a := 3$ for simplicity.",
}


@pytest.mark.parametrize("sentence", _EVERY_CASE.values(), ids=_EVERY_CASE.keys())
def test_a_definition_for_every_case_keeps_its_proof(sentence):
    red_team.assert_proved(red_team.last(_CASE.format(sentence)))


_CLAIMED = "Note.\n\n$$\n{}\n$$\n\n{}\n"

#: (step, sentence, whether proved): a value excepted of a step's claim claims it at every other.
_EXCEPTED = {
    "x/x for x not 2": ("\\frac{x}{x} = 1", "It holds for all $x \\neq 2$.", False),
    "x/x whenever x not -1": ("\\frac{x}{x} = 1", "It holds whenever $x \\ne -1$.", False),
    "x/x for x not in {1}": ("\\frac{x}{x} = 1", "It holds for $x \\notin \\{1\\}$.", False),
    "x/x for x not 1, 2": ("\\frac{x}{x} = 1", "It holds for $x \\ne 1, 2$.", False),
    "y/y for y not another name": ("\\frac{y}{y} = 1", "It holds for $y \\ne z$.", False),
    "sqrt squared for x not 1": ("\\sqrt{x}^2 = x", "It holds for $x \\ne 1$.", False),
    "x/x for x not in {0, 1}": ("\\frac{x}{x} = 1", "It holds for $x \\notin \\{0, 1\\}$.", True),
    "x/x for x not 0, 1": ("\\frac{x}{x} = 1", "It holds for $x \\ne 0, 1$.", True),
    "u/u for u not 0": ("\\frac{u}{u} = 1", "This holds for all $u \\neq 0$.", True),
    "x/(x - 1) for x not 1": ("\\frac{x}{x - 1} = \\frac{x}{x - 1}", "It holds for $x \\ne 1$.", True),
}


@pytest.mark.parametrize("step, sentence, proved", _EXCEPTED.values(), ids=_EXCEPTED.keys())
def test_a_step_claimed_but_at_a_value(step, sentence, proved):
    result = red_team.last(_CLAIMED.format(step, sentence))
    if proved:
        red_team.assert_proved(result)
    else:
        red_team.assert_held_or_refuted(result)
