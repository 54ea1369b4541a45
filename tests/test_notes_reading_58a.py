"""How far a hedge, a denial or a retraction reaches (fr58a, fixing red team 58r's structural findings): held-out
wordings of each rule, none of them a red team's note.  Each false-proof note sets ``a := 3`` (or ``b := 5``) in a way
the note does not make its own, then claims ``a + a = 6`` (``b + b = 10``), which fails at a = 0: it must not be
proved (main at 8cc18a0 proved each).  Each faithful note keeps the definition the note's own, and the step stays proved.

The rules: a display withheld by a modal or others' lead-in defines nothing, its last clause deciding
(``lead_ins._withholds``); a negation in an earlier clause does not deny a freeing (``hedges._freeing_denies``);
a sentence withdrawing "the previous definition" or a display by its tag or label frees its names
(``retractions.withdrawn``); a bracket or dash right after the maths that calls it wrong, and evaluative words
("forbidden", "leads to a contradiction"), deny it (``hedges._DENIED_AFTER``); a definition set for another unit (by
number, a later one, or until a unit's end) or for later holds nowhere else (``scopes._SCOPE``); steps named in
words make a case (``indices.steps_in_words``)."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED
from diffproof.notecheck.statements.indices import steps_in_words

A_STEP = "\n\n$$\na + a = 6\n$$\n"
B_STEP = "\n\n$$\nb + b = 10\n$$\n"
AT_FIRST_STEP = "\n\n$$\na + a = 6 \\quad (t = 1)\n$$\n"

#: Notes whose definition is not the note's where the step uses it: the step must not be proved.
NOT_THE_NOTES = {
    # a display withheld by its lead-in
    "display-other-texts-would-write": "Other texts would write\n\n$$\nb := 5\n$$\n\nbut we do not." + B_STEP,
    "display-de-man-koennte-setzen": "Man könnte setzen\n\n$$\na := 3\n$$\n\naber wir tun es nicht." + A_STEP,
    "display-es-podriamos-escribir": "Podríamos escribir\n\n$$\na := 3\n$$\n\npero no lo hacemos." + A_STEP,
    "display-many-papers-define": "Many papers define\n\n$$\nb := 5\n$$\n\nWe leave $b$ free." + B_STEP,
    "display-one-might-also-write": "One might also write\n\n$$\na := 3\n$$\n\nbut this is not done here." + A_STEP,
    # a negation in an earlier clause, then a freeing
    "colon-then-arbitrary": "Let $a := 3$. No, that is wrong: $a$ is arbitrary." + A_STEP,
    "semicolon-then-arbitrary": "Let $a := 3$. That was a slip; $a$ is arbitrary." + A_STEP,
    "typo-comma-and-any-real": "Let $a := 3$. That was a typo, and $a$ is any real number." + A_STEP,
    "rather-let-arbitrary": "Let $b := 5$. Rather, let $b$ be arbitrary." + B_STEP,
    # a retraction pointing at the definition
    "disregard-the-definition-above": "Let $a := 3$.\n\nDisregard the definition above." + A_STEP,
    "earlier-choice-was-a-mistake": "Let $b := 5$.\n\nThe earlier choice was a mistake." + B_STEP,
    "fr-oubliez-la-definition-precedente": "Soit $a := 3$.\n\nOubliez la définition précédente." + A_STEP,
    "tag-is-dropped-from-here-on": "Let\n\n$$\na := 3 \\tag{A1}\n$$\n\nAssumption (A1) is dropped from here on."
    + A_STEP,
    "tag-does-not-hold": "Set\n\n$$\nb := 5 \\tag{*}\n$$\n\nIn fact (*) does not hold." + B_STEP,
    # a denial right after the maths, or an evaluative word
    "bracket-which-is-wrong": "Let $a := 3$ (which is wrong)." + A_STEP,
    "en-dash-false": "Let $a := 3$ – false." + A_STEP,
    "square-bracket-not-true": "Let $b := 5$ [not true]." + B_STEP,
    "is-prohibited": "Setting $a := 3$ is prohibited." + A_STEP,
    "leads-to-an-inconsistency": "Taking $a := 3$ leads to an inconsistency." + A_STEP,
    "is-unwarranted": "Setting $b := 5$ is unwarranted." + B_STEP,
    "is-not-permitted": "Choosing $a := 3$ is not permitted." + A_STEP,
    # another unit, a later one, or until a unit's end
    "until-the-end-of-this-section": "## One\n\nUntil the end of this section, let $a := 3$.\n\n## Two" + A_STEP,
    "throughout-chapter-4": "## 1. Setup\n\nThroughout Chapter 4, let $a := 3$.\n\n## 2. Use" + A_STEP,
    "in-appendix-b": "In Appendix B, let $b := 5$." + B_STEP,
    "in-the-following-section-we-shall-let": "In the following section we shall let $a := 3$." + A_STEP,
    "later-on-we-will-set": "Later on we will set $b := 5$." + B_STEP,
    "fr-dans-la-section-suivante": "Dans la section suivante, nous poserons $a := 3$." + A_STEP,
    # steps named in words
    "after-the-second-step": "After the second step, let $a := 3$." + AT_FIRST_STEP,
    "from-step-2-on": "From step 2 on, let $a := 3$." + AT_FIRST_STEP,
    "at-subsequent-steps": "At subsequent steps, let $a := 3$." + AT_FIRST_STEP,
    "de-ab-dem-zweiten-schritt": "Ab dem zweiten Schritt sei $a := 3$." + AT_FIRST_STEP,
    "display-after-the-first-step": "After the first step, let\n\n$$\na := 3\n$$" + AT_FIRST_STEP,
}

#: Faithful notes in the same words, the definition the note's own: the step stays proved.
THE_NOTES = {
    "display-as-one-could-check-we-set": "As one could check, we set\n\n$$\na := 3\n$$" + A_STEP,
    "display-some-authors-write-and-so-do-we": "Some authors write\n\n$$\nb := 5\n$$\n\nand so do we." + B_STEP,
    "false-that-arbitrary": "Let $a := 3$. It is false that $a$ is arbitrary." + A_STEP,
    "instead-of-leaving-arbitrary": "Let $a := 3$. Instead of leaving $a$ arbitrary, we fix it." + A_STEP,
    "do-not-ignore-the-previous-definition": "Let $a := 3$.\n\nDo not ignore the previous definition." + A_STEP,
    "we-never-drop-the-tag": "Let\n\n$$\na := 3 \\tag{H}\n$$\n\nWe never drop (H)." + A_STEP,
    "another-tag-is-a-typo": "Let\n\n$$\na := 3 \\tag{1}\n$$\n\nand\n\n$$\nc := 4 \\tag{2}\n$$\n\nEquation (2) is a "
    "typo." + A_STEP,
    "tag-cited-beside-a-dropped-term": "Let\n\n$$\na := 3 \\tag{1}\n$$\n\nBy (1), the constant term drops out."
    + A_STEP,
    "bracket-the-usual-choice": "Let $a := 3$ (the usual choice)." + A_STEP,
    "dash-a-standard-choice": "Let $b := 5$ — a standard choice." + B_STEP,
    "until-the-end-of-this-section-used-in-it": "## One\n\nUntil the end of this section, let $a := 3$." + A_STEP,
    "from-now-on-we-will-write": "From now on we will write $a := 3$." + A_STEP,
    "at-every-step": "At every step, let $a := 3$." + AT_FIRST_STEP,
}


@pytest.mark.parametrize("name", sorted(NOT_THE_NOTES))
def test_a_definition_not_the_notes_proves_nothing(name):
    result = red_team.results(NOT_THE_NOTES[name])[-1]
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", sorted(THE_NOTES))
def test_the_notes_own_definition_still_proves(name):
    result = red_team.results(THE_NOTES[name])[-1]
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("After the first step, let $a := 3$.", True),
        ("From the 2nd iteration onwards, let $a := 3$.", True),
        ("Until step 3, let $a := 3$.", True),
        ("Après la première étape, posons $a := 3$.", True),
        ("Después del primer paso, sea $a := 3$.", True),
        ("At each step, let $a := 3$.", False),
        ("At every step $t$, let $a := 3$.", False),
        ("At step $t$, let $a := 3$.", False),
        ("Let $a := 3$ for all steps.", False),
    ],
)
def test_steps_named_by_their_order_in_words(sentence, named):
    assert steps_in_words(sentence) is named
