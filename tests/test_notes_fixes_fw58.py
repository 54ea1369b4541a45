"""Held-out variants of fw58's fixes to red team 58a's word findings: a case clause ("If $t \\ge 2$, set") with a
further condition after what it sets is held (18-20), steps named in words by what they leave out, their parity
or a stride hold what is set for them (21-24), a display others "would write" is the note's own after "and indeed
we do" or "which is exactly what we do" (27-28), a definition scoped to "this step" of a worked derivation
holds until the next step's mark (29), and Swedish, Danish/Norwegian and Finnish negations deny what a sentence
sets (32-34).  Each note's wrong step has a := 3 left unset where it stands, so a is any number (a = 0 fails);
each faithful one keeps its proof."""

from __future__ import annotations

import pytest
import red_team
from red_team import report

_AT = "\n\n$$\na + a = 6 {}\n$$\n"
_WOULD = "One would write\n\n$$\na := 3\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"
_STEPS = "{}\n\n**Step 3.**\n\n$$\na + a = 6\n$$\n"

#: Wrong: the step holds only where a := 3 is set, which the note leaves open (a = 0 fails): held or refuted.
WRONG = {
    # a further condition after what the case clause sets (none of the red team's words)
    "if-case-then-subject-to": "If $t \\ge 2$, set $a := 3$ subject to $b > 0$." + _AT.format("\\quad (t = 3)"),
    "when-case-whenever": "When $t > 1$, let $a := 3$ whenever $b$ is even." + _AT.format("\\quad (t = 2)"),
    "if-case-in-the-case": "If $t \\ge 2$, we set $a := 3$ in the case $b > 0$." + _AT.format("\\quad (t = 4)"),
    "if-case-only-for-positive": "If $t \\ge 2$, put $a := 3$ for positive $b$." + _AT.format("\\quad (t = 3)"),
    # steps named in words by what they leave out, their parity or a stride (a stride's words leave open where it
    # starts: "every third step" may be t = 1, 4, ... or t = 3, 6, ..., so a := 3 is not known at t = 4 either)
    "each-iteration-except-the-last": (
        "The steps are $t = 1, \\ldots, 4$. For each iteration except the last, let $a := 3$."
    )
    + _AT.format("\\quad (t = 4)"),
    "all-save-the-first": "For all iterations save the first, let $a := 3$." + _AT.format("\\quad (t = 1)"),
    "even-numbered-iterations": "At even-numbered iterations, set $a := 3$." + _AT.format("\\quad (t = 3)"),
    "every-third-step": "At every third step, let $a := 3$." + _AT.format("\\quad (t = 4)"),
    "alternate-rounds": "On alternate rounds, let $a := 3$." + _AT.format("\\quad (t = 2)"),
    # a definition scoped to its step, used in a later step
    "for-this-step-only": "**Step 1.** For this step only, let $a := 3$.\n\n**Step 2.** Next." + _STEPS.format(""),
    "within-the-present-step": (
        "### Step 1\n\nWithin the present step, set $a := 3$.\n\n### Step 2\n\n$$\na + a = 6\n$$\n"
    ),
    "for-the-rest-of-the-step": (
        "**Step 1.** We compute.\n\nFor the rest of the step, let $a := 3$.\n\n**Step 2.**\n\n$$\na + a = 6\n$$\n"
    ),
    # a display others would write, which the note then says it does not do
    "one-would-write-indeed-we-do-not": _WOULD.format("and indeed we do not."),
    "one-would-write-which-is-what-we-do-not": _WOULD.format("which is what we do not use."),
    # negations in other words of the same languages
    "sv-aldrig": "Vi sätter aldrig $a := 3$; $a$ är godtyckligt." + _AT.format(""),
    "sv-icke": "Här gäller icke $a := 3$; $a$ är godtyckligt." + _AT.format(""),
    "no-ikke": "Vi setter ikke $a := 3$; $a$ er vilkårlig." + _AT.format(""),
    "da-aldrig": "Vi antager aldrig $a := 3$." + _AT.format(""),
    "fi-ei": "Tässä ei aseteta $a := 3$; $a$ on mielivaltainen." + _AT.format(""),
    "fi-eivat": "Ne eivät aseta $a := 3$." + _AT.format(""),
}

#: Right: a := 3 holds where the step stands (or is never denied): each keeps its proof.
RIGHT = {
    "if-case-two-definitions": "If $t \\ge 2$, set $a := 3$ and $b := 4$." + _AT.format("\\quad (t = 3)"),
    "when-case-then-we-let": "When $t > 1$, then we let $a := 3$." + _AT.format("\\quad (t = 2)"),
    "in-this-step-used-in-it": "**Step 1.** In this step, let $a := 3$.\n\n$$\na + a = 6\n$$\n\n**Step 2.** Done.\n",
    "at-every-step": "At every step, let $a := 3$." + _AT.format("\\quad (t = 2)"),
    "one-would-write-indeed-we-do-here": _WOULD.format("And indeed we do here."),
    "one-would-write-precisely-what-we-use": _WOULD.format("That is precisely what we use."),
    "sv-set": "Vi sätter $a := 3$." + _AT.format(""),
    "fi-set": "Asetamme $a := 3$." + _AT.format(""),
    "da-set": "Vi sætter $a := 3$ for en enkelhed." + _AT.format(""),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_wrong_steps_are_held_or_refuted(name):
    red_team.assert_held_or_refuted(report(WRONG[name]).results[-1])


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_right_steps_keep_their_proofs(name):
    red_team.assert_proved(report(RIGHT[name]).results[-1])
