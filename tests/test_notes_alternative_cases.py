"""A definition set under cases given as alternatives holds in each: "For $t > 1$, and also for $t = 1$, let
$a := 3$" and "Let $a := 3$, whether $t = 1$ or $t > 1$" set a := 3 on the union of the cases (here every step),
each case under its own "for", or after "whether".  A single "for" over two conditions ("For $t > 1$ and $t < 3$")
is their intersection, and any other word that turns a case ("but not", "unless", "either") keeps the definition a
relation of its names.  A condition that is a case alone ("If $t \\ge 2$, set $a := 3$", "When $t > 1$, let ...")
sets the definition in that case, as "For $t \\ge 2$," does; any other condition supposes it.  Each right note is
proved; each wrong one (a is any number at its step: a + a = 6 fails at a = 0) is not.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

_STEP = "\n\n$$\na + a = 6{}\n$$\n"
_AT = " \\quad (t = {})"

#: Right: a := 3 at the step's index.
RIGHT = {
    "for-each-and-also-at-the-second": "For $t > 1$, and also for $t = 1$, let $a := 3$." + _STEP.format(_AT.format(1)),
    "for-each-and-also-at-the-first": "For $t > 1$, and also for $t = 1$, let $a := 3$." + _STEP.format(_AT.format(4)),
    "whether-covers-every-step": "Let $a := 3$, whether $t = 1$ or $t > 1$." + _STEP.format(""),
    "or-for-at-a-member": "Let $a := 3$ for $t = 2$ or for $t = 3$." + _STEP.format(_AT.format(3)),
    "and-for-after-the-definition": "Let $a := 3$ for $t = 1$ and for $t \\ge 2$." + _STEP.format(""),
    "if-a-case-then-set": "If $t \\ge 2$, set $a := 3$." + _STEP.format(_AT.format(3)),
    "when-a-case-let": "When $t > 1$, let $a := 3$." + _STEP.format(_AT.format(2)),
    "if-a-case-then-we-define": "If $t \\ge 2$, then we define $a := 3$." + _STEP.format(_AT.format(2)),
}

#: Wrong: the step's index is in no case, or is not known, or the words say more than alternatives.
WRONG = {
    "or-for-at-neither": "Let $a := 3$ for $t = 2$ or for $t = 3$." + _STEP.format(_AT.format(1)),
    "or-for-at-no-known-step": "Let $a := 3$ for $t = 2$ or for $t = 3$." + _STEP.format(""),
    "whether-leaves-a-gap": "Let $a := 3$, whether $t = 1$ or $t > 2$." + _STEP.format(_AT.format(2)),
    "whether-of-two-members-at-no-known-step": "Let $a := 3$, whether $t = 2$ or $t = 3$." + _STEP.format(""),
    "one-for-over-two-conditions": "For $t > 1$ and $t < 3$, let $a := 3$." + _STEP.format(_AT.format(1)),
    "alternatives-but-not-one-step": (
        "For $t > 1$, and also for $t = 1$, but not for $t = 5$, let $a := 3$." + _STEP.format(_AT.format(5))
    ),
    "unless-beside-whether": "Unless $t = 4$, let $a := 3$, whether $t = 1$ or $t > 1$." + _STEP.format(_AT.format(4)),
    "if-a-case-used-outside": "If $t \\ge 2$, set $a := 3$." + _STEP.format(_AT.format(1)),
    "if-a-case-at-no-known-step": "If $t \\ge 2$, set $a := 3$." + _STEP.format(""),
    "if-a-case-with-another-condition": "If $t \\ge 2$, set $a := 3$ if $b > 0$." + _STEP.format(_AT.format(3)),
    "if-a-case-unless": "If $t \\ge 2$, set $a := 3$ unless $t = 3$." + _STEP.format(_AT.format(3)),
    "if-we-set-the-definition": "If we set $a := 3$ for $t \\ge 2$, then" + _STEP.format(_AT.format(3)),
    "if-a-condition-of-another-name": "If $a = 3$, set $b := 1$." + _STEP.format(""),
}


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_definition_holds_in_each_alternative(name):
    result = red_team.report(RIGHT[name]).results[-1]
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_definition_outside_its_alternatives_is_not_used(name):
    result = red_team.report(WRONG[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason
