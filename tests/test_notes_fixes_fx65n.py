"""fx65n's fixes of rt65d's false proofs in retractions (tests/test_notes_redteam_65d.py), with held-out variants and
guards.

A withdrawing verb with its particle after the object ("take (1) back", "cross (1) out", "give (1) up"), "cross out",
and a display said to fall ("falls apart", "does not survive", "breaks down") withdraw it (retractions._SPLIT,
_FALLEN: rt65d-10, 11, 12); "bring (1) back", "take (1) back to ...", "breaks down into" and a warning ("Taking (1)
back would be a mistake") do not.  (fx65n's readings of Gaussian laws said with ``\\sim``, names made of random ones
and densities in displays stay on its branch: they lost lilianweng's line 232, a right step; rt65d 13, 14, 16-19, 25
stay open.)
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_SUM = "Let\n\n$$\na := 3 \\tag{1}\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"

#: Sentences after (1) that withdraw it (a + a = 6 then held), and ones that keep it (proved).
WITHDRAWING = {
    "take-equation-back": "We take equation (1) back.",
    "give-up-split": "Let us give (1) up.",
    "does-not-survive": "Sadly, (1) does not survive a closer look.",
}
KEEPING = {
    "bring-back": "We bring (1) back.",
    "take-back-to": "We take (1) back to the first section.",
    "not-taken-back": "We do not take (1) back.",
    "warned": "Taking (1) back would be a mistake.",
    "breaks-down-into": "Note that (1) breaks down into simpler parts.",
}


def _last(text: str):
    return red_team.report(text).results[-1]


@pytest.mark.parametrize("name", sorted(WITHDRAWING))
def test_a_withdrawn_definition_is_held(name):
    result = _last(_SUM.replace("{}", WITHDRAWING[name]))
    assert result.status == UNDECIDED, result.reason


@pytest.mark.parametrize("name", sorted(KEEPING))
def test_a_kept_definition_keeps_its_proof(name):
    result = _last(_SUM.replace("{}", KEEPING[name]))
    assert result.status == PROVED, result.reason
