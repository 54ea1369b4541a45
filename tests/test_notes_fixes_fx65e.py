"""Held-out variants of red team 65b's findings on withdrawals (tests/test_notes_redteam_65b.py, 01-07, 26-39): a display
said wrong or withdrawn in more words (retractions._FAULT_WORD's 'inaccurate', 'blunder', 'slip'; _FAULTY's 'null and
void', 'inexacte', 'equivocada', 'scorretta'; _GIVING_UP, _FORBIDDING, _FALLEN, _NOT_RIGHT_EAST), corrected with its
reference opening the sentence as the place (_corrected_in_place), said right only in the past (_RIGHT_NO_LONGER),
denied in an elliptical clause (_BUT_NOT) or said to hold in a case only (_IN_A_CASE_ONLY) is held; a display said
right with 'nothing' (_PLAINLY_NEGATED, _KEEPING), 'not only' (_NOT_ONLY), a belief of a fault turned round by a
'but' clause (_belief_undone), a fault another's that it remedies (_remedied) or its dropping warned against
(_WARNED_AGAINST) keeps its proof.  Where the two pull apart the fault is read (held): each rule's wrong neighbours are
here too."""

from __future__ import annotations

import pytest
import red_team

#: a := 3 (tagged (1)), a sentence, then a + a = 6: where the sentence says (1) wrong, a is not 3 and the sum not 6.
_SAID_OF_1 = "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Equation (1) is inexact.",  # 01: a fault word of 'in-'
        "Die Gleichung (1) ist ungenau.",
        "Equation (1) has a slip in it.",  # 02: a blunder, a slip
        "Equation (1) is void.",  # 03
        "We give up (1) from now on.",  # 04: verbs of giving up, in other languages by their stem
        "We rescind (1).",
        "Nous abandonnons (1) désormais.",
        "Never use (1) again.",  # 05: a prohibition before the reference
        "Don't assume (1) below.",
        "In equation (1), the sign should be a minus.",  # 06: the reference opening the sentence as the place
        "In (1), the 3 should read 0.",
        "Equation (1) cannot stand.",  # 07
        "Equation (1) used to be considered correct.",  # 29: right in the past only
        "Equation (1) was correct in the first draft only.",
        "Equation (1) looks right, but it isn't.",  # 30: an elliptical denial
        "Equation (1) appears to hold, but it does not.",
        "Equation (1) is valid only if $z > 0$.",  # 31: a case only
        "Equation (1) only holds for $z > 0$.",
        "Equation (1) holds when $z > 0$.",
        "A equação (1) está equivocada.",  # 32-37 in other words and languages
        "L'equazione (1) è inesatta.",
        "公式 (1) 不成立。",
        "式 (1) は成り立たない。",
        "식 (1)은 맞지 않다.",
        # the neighbours of the rules that keep a proof: each says (1) wrong, or may
        "There is nothing wrong with (1) except the sign.",  # 26's 'nothing', qualified
        "Keeping (1) would be a mistake.",  # 27's warning, said of keeping it
        "Equation (1) was thought correct, but it is wrong.",  # 39 the other way round
        "Equation (1) was thought wrong.",  # a belief of a fault, not turned round
        "Equation (1) was thought wrong, but (2) is correct.",  # turned round for another display, not for (1)
        "Equation (1) was once thought correct, but it is only approximately so.",  # 29's neighbour: not right still
        "Not only is (1) wrong, it is also long.",  # 38's 'not only' before a fault
        "Equation (1) is not only incorrect, but also misleading.",
    ],
)
def test_a_display_said_wrong_or_withdrawn_in_more_words_is_held(sentence):
    red_team.assert_held_or_refuted(red_team.last(_SAID_OF_1.format(sentence)))


@pytest.mark.parametrize(
    "sentence",
    [
        "There is nothing incorrect about (1).",  # 26: 'nothing' negates
        "Nothing in (1) is wrong.",
        "Discarding (1) would be a serious error.",  # 27: a warning against withdrawing it
        "Equation (1) fixes a sign error of the original paper.",  # 28: the fault another's
        "Equation (1) is not only correct, but also simple.",  # 38: 'not only' negates nothing
        "Equation (1) was believed to be wrong, but it is in fact correct.",  # 39
        "Equation (1) was once thought correct, and it still is.",  # 29's neighbour: right still
        "Equation (1) holds for all $z$.",  # 31's neighbour: no case
        "Equation (1) stands for the choice of $a$.",  # 07's neighbour: 'stands for'
        "La ecuación (1) no es inexacta.",  # the new words negated
        "L'équation (1) n'est pas inexacte.",
    ],
)
def test_a_display_said_right_keeps_the_proof(sentence):
    red_team.assert_proved(red_team.last(_SAID_OF_1.format(sentence)))
