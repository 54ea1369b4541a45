"""Sentences about the schedule that blocked sound refutations under a declared DDPM context (session 43, small43).

A sentence that speaks of the schedule in words beyond DDPM's definitions is a fail-safe ``schedule shape``: no
counterexample drawing the schedule is trusted.  Four kinds of sentence say nothing a DDPM schedule may break, or
narrow it in a way a witness can keep:

- DDPM's forward step said in words ("multiply $x_{t-1}$ by $\\sqrt{\\alpha_t}$ and add noise of variance
  $\\beta_t$", in English, Japanese, Chinese, Korean): DDPM's meaning said again;
- the convention compared in words, asserted ("$\\alpha_t$ は常に $1$ より小さいので"): no news;
- "for $t = 1$, $\\bar\\alpha_t = \\alpha_1$": DDPM's identity at its first step;
- "$\\beta_t$ is small", or "if $\\beta_t$ is small enough, ...": a witness must keep every beta_s <= 0.02 (DDPM's
  largest), so a counterexample needing a larger beta is not trusted.

``sm43-keep-*`` and ``sm43-small-*`` (faithful wordings): the wrong step is refuted.  ``sm43-held-*`` (the meaning
changed: another factor, variance, number or index, "only at the last step", "twice", "instead of noise", "small at
first", "grows later", "not necessarily small", more said of the schedule after it; and a step that holds at DDPM's
scale): never refuted.
"""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import REFUTED, UNDECIDED

NOTES = earlier.RED_TEAM_LAWS

#: Each note and the verdict its step must get.
EXPECTED = {
    # DDPM's forward step said in words (ddpm_restatements._forward_step_said)
    "sm43-held-forward-step-instead-of-noise-ja": UNDECIDED,
    "sm43-held-forward-step-last-step-only-en": UNDECIDED,
    "sm43-held-forward-step-last-step-only-ja": UNDECIDED,
    "sm43-held-forward-step-last-step-only-zh": UNDECIDED,
    "sm43-held-forward-step-only-at-the-end-en": UNDECIDED,
    "sm43-held-forward-step-other-factor-en": UNDECIDED,
    "sm43-held-forward-step-other-variance-en": UNDECIDED,
    "sm43-held-forward-step-other-variance-ja": UNDECIDED,
    "sm43-held-forward-step-other-variance-ko": UNDECIDED,
    "sm43-held-forward-step-twice-en": UNDECIDED,
    "sm43-keep-forward-step-en": REFUTED,
    "sm43-keep-forward-step-ja": REFUTED,
    "sm43-keep-forward-step-ko": REFUTED,
    "sm43-keep-forward-step-zh": REFUTED,
    # the convention compared in words (orders.convention_compared, ddpm_restatements._convention_said)
    "sm43-held-convention-first-step-only-en": UNDECIDED,
    "sm43-held-convention-other-number-ja": UNDECIDED,
    "sm43-held-convention-then-constant-ja": UNDECIDED,
    "sm43-keep-convention-compared-en": REFUTED,
    "sm43-keep-convention-compared-ja": REFUTED,
    # DDPM's first-step identity in a case (ddpm_restatements._case_identity)
    "sm43-held-first-step-identity-every-step-en": UNDECIDED,
    "sm43-held-first-step-identity-not-only-ja": UNDECIDED,
    "sm43-held-first-step-identity-other-index-en": UNDECIDED,
    "sm43-held-first-step-other-relation-en": UNDECIDED,
    "sm43-keep-first-step-identity-en": REFUTED,
    "sm43-keep-first-step-identity-ja": REFUTED,
    # beta_t small (schedule_shapes._SMALL, assumptions._small_schedule, schedule_witness every_alpha)
    "sm43-held-small-and-grows-later-en": UNDECIDED,
    "sm43-held-small-at-first-en": UNDECIDED,
    "sm43-held-small-enough-only-at-first-en": UNDECIDED,
    "sm43-held-small-first-half-ja": UNDECIDED,
    "sm43-held-small-holds-at-ddpm-s-scale": UNDECIDED,
    "sm43-held-small-not-necessarily-ja": UNDECIDED,
    "sm43-held-small-then-constant-en": UNDECIDED,
    "sm43-held-small-then-grows-zh": UNDECIDED,
    "sm43-small-beta-asserted-en": REFUTED,
    "sm43-small-beta-if-small-enough-en": REFUTED,
    "sm43-small-beta-if-small-zh": REFUTED,
    "sm43-small-beta-small-enough-case-ja": REFUTED,
}


def test_the_notes_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("sm43-*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_notes_get_their_verdict(name):
    result = red_team.judged(name)
    assert result.status == EXPECTED[name], result.reason
