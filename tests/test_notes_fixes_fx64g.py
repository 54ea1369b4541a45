"""Held-out variants of red team 64b's findings on retractions (tests/test_notes_redteam_64b.py, 01-07): a fault word is
read by its stem (a bug, misprinted, mistyped, typographical), and a display named in a sentence that says one is held
unless a plain negation right before the fault word makes it none and nothing else in the sentence turns it round
(retractions._says_a_fault); a word of being right at its clause's end is denied by an odd number of negations or verbs
of doubt or denial in its clause (retractions._right_denied).  Each with faithful variants that keep their proof."""

from __future__ import annotations

import pytest
import red_team

#: a := 3 (tagged (1)), a sentence, then a + a = 6: where the sentence says (1) wrong, a is not 3 and the sum not 6.
_SAID_OF_1 = "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "No reader doubts that there is a mistake in (1).",  # a verb of doubt, the fault word not negated
        "We can't deny that a typo crept into Equation 1.",
        "Equation (1) is hardly free of errors.",  # a plain negation, qualified
        "Equation (1) is buggy.",  # fault words by their stem
        "Equation (1) was mistyped.",
        "Equation (1) contains a typographical slip.",
        "No reader would consider (1) right.",  # a word of being right under one negation
        "Equation (1) never held true.",
    ],
)
def test_a_display_said_faulty_in_other_words_is_held(sentence):
    red_team.assert_held_or_refuted(red_team.last(_SAID_OF_1.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "Equation (1) is free of errors.",  # the fault word plainly negated
        "Equation (1) isn't wrong.",
        "Nobody doubts that (1) is correct.",  # two negations: said right
        "We cannot deny that Equation 1 is right.",
    ],
)
def test_a_display_said_right_keeps_the_proof(sentence):
    red_team.assert_proved(red_team.last(_SAID_OF_1.format(sentence)))
