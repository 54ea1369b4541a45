"""Fixes of session 64's fx64i: a denial or a condition before a definition, in a sentence that says a name is not
something earlier (rt64a 08-11).

- A negation right after a name alone ("Let $z$ be not positive, and let $a := 3$") is the name's: only the words
  from the name to that negation's end are set aside, never the words before them nor the later clause's own, so a
  denial ("it is not true that we let", "nor do we let", "nunca seja") or a condition ("Unless $w$ is not
  negative, set") elsewhere in the sentence still holds the definition.
- "Unless", as "if", makes what follows a hypothesis ("Unless $z$ is positive, let $a := 3$"); not "unless
  otherwise stated", a default in force.
- An auxiliary before its subject in a sentence that asks nothing ("nowhere do we let", "at no point do we set",
  "in no case shall we take") is English's inversion after a fronted negation or restriction, whatever its words:
  the definition is held, with no table of such phrases; "not only do we set" affirms and keeps it.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_STEP = "{}\n\n$$\n\\frac{{6}}{{a - 1}} = 3\n$$\n"

#: Wrong: a := 3 is denied or set under a condition, so a is free and 6/(a - 1) = 3 holds at a = 3 only.
_DENIED = {
    "not true after a negated name": "Let $y$ be not negative, and it is not true that we let $a := 3$.",
    "nor after a negated name": "Let $z$ be not zero, nor do we let $a := 3$.",
    "unless before a negated name": "Unless $w$ is not negative, set $a := 3$.",
    "unless alone": "Unless $z$ is positive, let $a := 3$.",
    "Portuguese never after a negated name": "Seja $w$ não negativo, e nunca seja $a := 3$.",
    "nowhere after a negated name": "Let $z$ be not positive, and nowhere do we let $a := 3$.",
    "at no point after a negated name": "Let $z$ be not positive, and at no point do we let $a := 3$.",
    "in no case after a negated name": "Let $z$ be not positive, and in no case shall we set $a := 3$.",
    "nowhere alone": "Nowhere in this note do we set $a := 3$.",
}


@pytest.mark.parametrize("sentence", _DENIED.values(), ids=_DENIED.keys())
def test_a_definition_denied_or_conditioned_is_held(sentence):
    result = red_team.last(_STEP.format(sentence))
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


#: Right: a := 3 is set, so 6/(a - 1) = 6/2 = 3.
_SET = {
    "a negated name, then a definition": "Let $w$ be not negative, and set $a := 3$.",
    "Portuguese negated name, then a definition": "Seja $w$ não negativo e seja $a := 3$.",
    "unless otherwise stated": "Unless otherwise stated, let $a := 3$.",
    "not only do we": "Not only do we set $a := 3$, we also set $b := 4$.",
}


@pytest.mark.parametrize("sentence", _SET.values(), ids=_SET.keys())
def test_a_definition_set_keeps_its_proof(sentence):
    result = red_team.last(_STEP.format(sentence))
    assert not result.internal, result.reason
    assert result.status == PROVED, result.reason
