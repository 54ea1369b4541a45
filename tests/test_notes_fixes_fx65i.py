"""fx65i: a definition's body tried where it leaves its convention (numbers.may_leave, numbers._leaves_apart), with
held-out variants of red team 65c's findings 01-03 (tests/test_notes_redteam_65c.py).

1. A free index letter takes the first steps and the first few from each whole lower limit of a sum or product
   (numbers._steps): sum_{s=4}^t is empty below t = 4, where the body is still the convention's (rt65c-01).
2. Beyond _APART_LIMIT members, each member is tried at its samples' ends, pushed the way it moves the body from the
   middle, and all low or all high (numbers._extreme_points): an alternating sum of five members leaves (0, 1) there
   (rt65c-02).  Every point tried is one of the conventions' own, so a witness is a true one.
3. A bound by numbers the note states inside a convention for a family at every index, in the sentence that
   quantifies the index ("$0.9 < \\alpha_t < 0.95$ for every $t$"), is where its members are sampled
   (overrides._family_ranges, numbers.samples_within): 2 alpha_1 - alpha_{t+1} stays in (0.85, 1) (rt65c-03).
   A bound of one member, an unquantified one, or one that lets the body leave keeps the convention's samples.

Wrong variants must not be proved; faithful ones must keep their proof.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

_STEP = "\n\n$$\n\\left|1 - \\bar\\alpha_t\\right| = 1 - \\bar\\alpha_t\n$$\n"


def _note(sentence: str) -> str:
    return sentence + _STEP


#: Wrong: each body leaves (0, 1) at some point of its names' conventions (or of the note's bounds).
WRONG = {
    "sum from k = 5": "Let $\\bar\\alpha_t = \\alpha_2 + \\sum_{k=5}^{t} (\\alpha_k - \\alpha_{k-1})$.",
    "product from s = 6": "Let $\\bar\\alpha_t = \\alpha_1 \\prod_{s=6}^{t} \\frac{\\alpha_s}{\\alpha_{s-1}}$.",
    "five members, minus first": (
        "Let $\\bar\\alpha_t = -\\alpha_{t+1} + \\alpha_t + \\alpha_{t+2} - \\alpha_{t+3} + \\alpha_{t+4}$."
    ),
    "bound below only, every t": (
        "Let $\\alpha_t > 0.9$ for every $t$, and let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}$."
    ),
    "bound of one member": "Let $0.9 < \\alpha_1 < 0.95$, and let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}$.",
    "bounds too wide, every s": (
        "Let $0.4 < \\alpha_s < 0.9$ for every $s$, and let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}$."
    ),
}

#: Faithful: each body stays in (0, 1) wherever its names are in their conventions (or in the note's bounds).
FAITHFUL = {
    "product from s = 4": "Let $\\bar\\alpha_t = \\alpha_1 \\prod_{s=4}^{t} \\alpha_s$.",
    "five members multiplied": (
        "Let $\\bar\\alpha_t = \\alpha_t \\alpha_{t+1} \\alpha_{t+2} \\alpha_{t+3} \\alpha_{t+4}$."
    ),
    "five members averaged": (
        "Let $\\bar\\alpha_t = (\\alpha_t + \\alpha_{t+1} + \\alpha_{t+2} + \\alpha_{t+3} + \\alpha_{t+4}) / 5$."
    ),
    "bounds for all s": (
        "Let $0.8 \\le \\alpha_s \\le 0.85$ for all $s$, and let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}$."
    ),
    "bounds for each t, said first": (
        "For each $t$, let $0.9 < \\alpha_t < 0.95$. Let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}$."
    ),
}


@pytest.mark.parametrize("sentence", list(WRONG.values()), ids=list(WRONG))
def test_a_body_leaving_its_convention_is_not_proved(sentence):
    result = red_team.report(_note(sentence)).results[-1]
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("sentence", list(FAITHFUL.values()), ids=list(FAITHFUL))
def test_a_body_inside_its_convention_keeps_its_proof(sentence):
    result = red_team.report(_note(sentence)).results[-1]
    assert not result.internal, result.reason
    assert result.status == PROVED, result.reason
