"""fx70b's fixes of red team 69a's exclusions and quantified family bounds (tests/test_notes_redteam_69a.py, findings
08, 09, 12 and 14).

- hedges: the verbs of excluding a case are one table (``_EXCLUDING_VERBS``: exclude, omit, leave out, skip, rule
  out, discard, neglect, set aside, ..., in English, German, French, Spanish, Italian, Portuguese and Dutch).  A
  negated one ("we do not skip the case $t = 0$", "nor do we rule out", "no descartamos") turns the exclusion round:
  the case is still claimed, and a step with no value there (log(1 - abar_0) = log 0 under DDPM) is held.  One said
  plainly after the case ("the case $t = 0$ is skipped", "queda descartado") excludes it, and the step keeps its proof.
- hedges and overrides: a quantifier with words after it that may restrict it ("for every $t$ after the first", "but
  the first", "für alle $t$ nach dem ersten", "in $\\{2, \\ldots, T\\}$") marks the name it binds
  (``hedges.BOUND_IN_PART``), and a family bound said under it is not taken as every member's, unless the words
  write a set that reads as every step ($\\{1, \\ldots, T\\}$).  One whose phrase ends at its letter (a clause's end,
  "and let", "we have") still bounds every member.

Each variant is its own short note (one judging call; the steps are decided in well under a second).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

#: A DDPM step with no value at t = 0 (abar_0 = 1, log(1 - abar_0) = log 0), after the sentence that claims it.
_LOG_STEP = (
    "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\n\\log (1 - \\bar\\alpha_t) - \\log (1 - \\bar\\alpha_t) = 0\n$$\n"
)

#: Sentences that claim the step at t >= 1 and at t = 0 too, an exclusion of t = 0 negated (held-out words and
#: languages beside 69a's 'we do not skip' and 'nor do we rule out').
EXCLUSIONS_TURNED_ROUND = [
    "The following holds for $t \\ge 1$, and we do not discard $t = 0$.",
    "The following holds for $t \\ge 1$; we never rule $t = 0$ out.",
    "The following holds for $t \\ge 1$, and we do not neglect the case $t = 0$.",
    "The following holds for $t \\ge 1$, and we don't set aside the case $t = 0$.",
    "The following holds for $t \\ge 1$; it is not true that we skip $t = 0$.",
    "Das Folgende gilt für $t \\ge 1$; der Fall $t = 0$ wird nicht übersprungen.",
    "Ce qui suit vaut pour $t \\ge 1$, et nous n'écartons pas le cas $t = 0$.",
    "Lo siguiente vale para $t \\ge 1$, y no descartamos el caso $t = 0$.",
    "Quanto segue vale per $t \\ge 1$, e non tralasciamo il caso $t = 0$.",
    "O seguinte vale para $t \\ge 1$, e não descartamos o caso $t = 0$.",
    "Het volgende geldt voor $t \\ge 1$, en we sluiten $t = 0$ niet uit.",
]

#: Faithful sentences: t = 0 excluded plainly (or never named), so the step is claimed at t >= 1 only and is proved.
EXCLUSIONS_KEPT = [
    "The following holds for $t \\ge 1$.",
    "The following holds for $t \\ge 1$; the case $t = 0$ is skipped.",
    "The following holds for $t \\ge 1$; the case $t = 0$ is ruled out.",
    "Das Folgende gilt für $t \\ge 1$; der Fall $t = 0$ wird übersprungen.",
    "Lo siguiente vale para $t \\ge 1$; el caso $t = 0$ queda descartado.",
]


@pytest.mark.parametrize("sentence", EXCLUSIONS_TURNED_ROUND)
def test_a_negated_exclusion_still_claims_the_case(sentence):
    red_team.assert_held_or_refuted(red_team.results(_LOG_STEP.format(sentence))[-1])


@pytest.mark.parametrize("sentence", EXCLUSIONS_KEPT)
def test_a_plain_exclusion_keeps_the_proof(sentence):
    result = red_team.results(_LOG_STEP.format(sentence))[-1]
    assert result.status == PROVED, result.reason


#: |1 - abar_t| = 1 - abar_t with abar_t = 2 alpha_1 - alpha_{t+1}: right where every alpha_t is in (0.9, 0.95)
#: (abar_t < 1), wrong where alpha_1 is free in (0, 1) (alpha_1 = 0.99, alpha_2 = 0.91: abar_1 = 1.07).
_ABS_STEP = "{}\n\n$$\n\\left|1 - \\bar\\alpha_t\\right| = 1 - \\bar\\alpha_t\n$$\n"
_DEFINED = "let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}$."

#: The bound said for some members only, in words or a set after the quantifier (held-out variants of 69a's 12, 14).
BOUNDS_IN_PART = [
    f"Let $0.9 < \\alpha_t < 0.95$ for every $t$ but the first, and {_DEFINED}",
    f"Let $0.9 < \\alpha_t < 0.95$ for all $t$ from the second step on, and {_DEFINED}",
    f"Let $0.9 < \\alpha_t < 0.95$ for each $t$ greater than one, and {_DEFINED}",
    f"Let $0.9 < \\alpha_t < 0.95$ for every $t$ (but the first), and {_DEFINED}",
    f"Let $0.9 < \\alpha_t < 0.95$ for every $t$ in $\\{{3, 4, \\ldots, T\\}}$, and {_DEFINED}",
    f"For every $t$ after the first, let $0.9 < \\alpha_t < 0.95$, and {_DEFINED}",
    "Sei $0.9 < \\alpha_t < 0.95$ für alle $t$ nach dem ersten, und sei $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}$.",
]

#: The bound said for every member: a quantifier whose phrase ends at its letter, or a set of every step.
BOUNDS_EVERYWHERE = [
    f"Let $0.9 < \\alpha_t < 0.95$ for every $t$ in $\\{{1, 2, \\ldots, T\\}}$, and {_DEFINED}",
    "Let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}$ and let $0.9 < \\alpha_t < 0.95$ for every $t$.",
    f"For every $t$, let $0.9 < \\alpha_t < 0.95$, and {_DEFINED}",
    "Soit $0.9 < \\alpha_t < 0.95$ pour tout $t$, et soit $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}$.",
]


@pytest.mark.parametrize("sentence", BOUNDS_IN_PART)
def test_a_family_bound_for_some_members_is_not_every_members(sentence):
    red_team.assert_held_or_refuted(red_team.results(_ABS_STEP.format(sentence))[-1])


@pytest.mark.parametrize("sentence", BOUNDS_EVERYWHERE)
def test_a_family_bound_for_every_member_keeps_the_proof(sentence):
    result = red_team.results(_ABS_STEP.format(sentence))[-1]
    assert result.status == PROVED, result.reason
