"""Fixes of red team 65d's 03-09 and 26-28 (hedges): a definition said for a case named after it, in the forms the
hedges missed, holds in that case only: a membership in an interval or set ('for $z \\in [0, \\infty)$'), 'as soon as',
an order in a second maths after a few words ('for all $z$ with $z \\ge 0$', 'on the half-line $z \\ge 0$'), an order
in words before its bound ('greater than or equal to zero', 'at least $0$'), a sign in a relative clause ('that is not
negative') and a size ('for large $z$', 'for $z$ large enough').

Held-out variants (other words, sets, orders and sizes) are held; the same definition said for every point ('for all
$z$', a membership in a whole space, 'for all $x \\in \\mathbb{R}^d$'), for a reason or for the rest of the note, or
with an 'above' that points back, keeps its proof.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: The sentence, then 6/(a - 1) = 3: right where a := 3 holds, wrong at a = 0 (where a := 3 is said for some z only).
_STEP = "{}\n\n$$\n\\frac{{6}}{{a - 1}} = 3\n$$\n"

#: Wrong: a := 3 is said for some z only.
_IN_A_CASE = {
    "membership in a closed interval": "We let $a := 3$ for $z \\in (0, 1]$.",
    "membership in a named set": "We let $a := 3$ for every $z \\in A$.",
    "French membership": "Soit $a := 3$ pour $z \\in [0, 1]$.",
    "as soon as": "Let $a := 3$ as soon as $z$ is positive.",
    "such that": "We let $a := 3$ for every $z$ such that $z > 0$.",
    "on the interval": "We let $a := 3$ on the interval $0 < z < 1$.",
    "over a region": "We let $a := 3$ over $z \\ge 0$.",
    "at most": "We let $a := 3$ for $y$ at most $1$.",
    "less than in words": "We let $a := 3$ for $y$ less than one.",
    "which is positive": "We let $a := 3$ for every $y$ which is positive.",
    "sufficiently large": "We let $a := 3$ for sufficiently large $x$.",
    "large enough": "We let $a := 3$ for $x$ large enough.",
    "small": "We let $a := 3$ for small $x$.",
}


@pytest.mark.parametrize("sentence", _IN_A_CASE.values(), ids=_IN_A_CASE.keys())
def test_a_definition_said_in_a_case_is_held(sentence):
    result = red_team.last(_STEP.format(sentence))
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


#: Right: a := 3 is set for every point, so 6/(a - 1) = 6/2 = 3.
_EVERYWHERE = {
    "for every z": "We let $a := 3$ for every $z$.",
    "membership in the reals": "We let $a := 3$ for all $x \\in \\mathbb{R}$.",
    "membership in a power of the reals": "We let $a := 3$ for all $x \\in \\mathbb{R}^d$.",
    "for a reason": "We let $a := 3$ for convenience.",
    "for the rest of the note": "We let $a := 3$ for the rest of the note.",
    "above pointing back": "We let $a := 3$ for the model above.",
}


@pytest.mark.parametrize("sentence", _EVERYWHERE.values(), ids=_EVERYWHERE.keys())
def test_a_definition_said_everywhere_keeps_its_proof(sentence):
    result = red_team.last(_STEP.format(sentence))
    assert not result.internal, result.reason
    assert result.status == PROVED, result.reason
