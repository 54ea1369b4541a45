"""Fixes of session 66's fx66b: where a step is claimed, read from ranges and cases (rt65c 10, 20; rt65d 08).

- An index's members listed with dots are one range from the least member to the greatest, whichever end the list
  starts at ("For $t = T, T-1, \\ldots, 0$", "t \\in \\{T, \\ldots, 0\\}"): the step is claimed at its least end too,
  so a logarithm without a value at t = 0 (DDPM's abar_0 = 1) holds it; a list down to 1, or up from 1, keeps its
  proof.
- A case named alone and excluded right after its maths ("the case $t = 0$ is excluded", "$t = 0$ is left out",
  "is not considered here", "ist ausgeschlossen", "est exclu") claims nothing there; one not excluded, excluded from
  something else only, or denied in words that may turn the exclusion round ("we do not exclude $t = 0$", "it is
  wrong to say that ... is excluded") is still claimed (held).
- A sentence that goes on about the inline maths of the one before it ("This choice is made", "It is valid", "This
  holds") and names a case right after its verb supposes that maths, as the case said in its own sentence does.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

#: DDPM's log(1 - abar_t) - log(1 - abar_t) = 0 after a sentence: no value at t = 0, where abar_0 = 1.
_LOG = red_team.DDPM + "\n{}\n\n$$\n\\log (1 - \\bar\\alpha_t) - \\log (1 - \\bar\\alpha_t) = 0\n$$\n"

#: Wrong: the sentence claims the step at t = 0 (a list down to 0, a case not excluded, a denial turned round).
_CLAIMED_AT_ZERO = {
    "down to 0 with dots": r"For $t = T, T-1, \dots, 0$ we have the following.",
    "down to 0 with cdots": r"For $t = T, \cdots, 0$ we have the following.",
    "set down to 0": r"For $t \in \{T, T-1, \ldots, 0\}$ we have the following.",
    "numbers down to 0": r"For $t = 5, 4, \ldots, 0$ we have the following.",
    "not excluded": r"For $t \ge 1$ we have the following; the case $t = 0$ is not excluded.",
    "excluded from the sum only": r"For $t \ge 1$ we have the following; the case $t = 0$ is excluded from the sum only.",
    "wrong to say excluded": r"For $t \ge 1$ we have this; it is wrong to say that the case $t = 0$ is excluded.",
    "we do not exclude": r"For $t \ge 1$ we have the following; we do not exclude $t = 0$.",
}


@pytest.mark.parametrize("sentence", _CLAIMED_AT_ZERO.values(), ids=_CLAIMED_AT_ZERO.keys())
def test_a_step_claimed_at_zero_is_held(sentence):
    red_team.assert_held_or_refuted(red_team.last(_LOG.format(sentence)))


#: Right: the sentence claims the step from t = 1 only.
_CLAIMED_FROM_ONE = {
    "down to 1": r"For $t = T, T-1, \ldots, 1$ we have the following.",
    "up from 1": r"For $t = 1, \ldots, T$ we have the following.",
    "left out": r"For $t \ge 1$ we have the following; the case $t = 0$ is left out.",
    "not considered here": r"For $t \ge 1$ we have the following; $t = 0$ is not considered here.",
    "German": r"Für $t \ge 1$ gilt Folgendes; der Fall $t = 0$ ist ausgeschlossen.",
    "French": r"Pour $t \ge 1$ on a ce qui suit ; le cas $t = 0$ est exclu.",
}


@pytest.mark.parametrize("sentence", _CLAIMED_FROM_ONE.values(), ids=_CLAIMED_FROM_ONE.keys())
def test_a_step_claimed_from_one_is_proved(sentence):
    red_team.assert_proved(red_team.last(_LOG.format(sentence)))


#: 6 / (a - 1) = 3, right where a := 3 holds, after a definition and the sentence going on about it.
_LET_A = "We let $a := 3$. {}\n\n$$\n\\frac{{6}}{{a - 1}} = 3\n$$\n"

_RESTRICTED = {
    "holds only if": r"This holds only if $z \ge 0$.",
    "valid for only": r"It is valid for $z \ge 0$ only.",
    "applies when": r"This choice applies when $z \ge 0$.",
}


@pytest.mark.parametrize("sentence", _RESTRICTED.values(), ids=_RESTRICTED.keys())
def test_a_definition_restricted_in_the_next_sentence_is_supposed(sentence):
    red_team.assert_held_or_refuted(red_team.last(_LET_A.format(sentence)))


_UNRESTRICTED = {
    "for simplicity": "This choice is made for simplicity.",
    "for all z": "This holds for all $z$.",
    "used below": "This value is used below.",
}


@pytest.mark.parametrize("sentence", _UNRESTRICTED.values(), ids=_UNRESTRICTED.keys())
def test_a_definition_the_next_sentence_does_not_restrict_is_kept(sentence):
    assert red_team.last(_LET_A.format(sentence)).status == PROVED
