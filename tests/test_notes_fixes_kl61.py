"""Held-out notes for two readings of the schedule in words (kl61), from lilianweng-diffusion-models-2021's own
sentences (line 41, line 71), which held its wrong steps 123 and 135 under the declared DDPM context.

- DDPM's description of its forward process, "a process in which we add (a) small amount(s) of Gaussian noise (to
  the sample) (in $T$ steps)", ending its sentence or followed by a participle (", producing ..."), says beta_t
  small at every step, as "$\\beta_t$ is small" does (:data:`schedule_shapes._SMALL_NOISE_ADDED`): a schedule
  witnessing a counterexample keeps every beta_s <= 0.02.
- "Here the merged standard deviation is $A = B$." names a quantity of the noise by a chain of equations
  (:func:`schedule_shapes._quantity_named`): where the chain holds at every value of its names
  (:func:`assumptions._identity`) it says nothing a schedule may break; otherwise it stays a schedule shape.

Each ``*-refuted`` note's step, alpha_t = 1 - beta_t^2, is wrong at every beta_t in (0, 1) (DDPM's alpha_t is
1 - beta_t, and 1 - beta_t = 1 - beta_t^2 only at beta_t in {0, 1}), so at a witness of DDPM's scale too.  The
``*-held`` notes say more of the schedule (small at first, then more, in k steps, denied, said false, a constant deviation, the first
step only, a chain that is no identity) or hold at DDPM's scale, and are never refuted; the ``*-not-refuted``
notes write a right step (abar_t = alpha_t abar_{t-1}).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED, UNDECIDED

NOTES = red_team.NOTES

#: Each note and the verdict its step must get (None: any verdict but REFUTED).
EXPECTED = {
    "kl61-merged-sd-constant-held": UNDECIDED,
    "kl61-merged-sd-first-step-only-held": UNDECIDED,
    "kl61-merged-sd-identity-refuted": REFUTED,
    "kl61-merged-sd-not-an-identity-held": UNDECIDED,
    "kl61-merged-sd-right-step-not-refuted": None,
    "kl61-small-noise-adds-refuted": REFUTED,
    "kl61-small-noise-denied-held": UNDECIDED,
    "kl61-small-noise-holds-at-ddpm-s-scale-held": UNDECIDED,
    "kl61-small-noise-in-k-steps-held": UNDECIDED,
    "kl61-small-noise-process-refuted": REFUTED,
    "kl61-small-noise-right-step-not-refuted": None,
    "kl61-small-noise-said-false-held": UNDECIDED,
    "kl61-small-noise-then-large-held": UNDECIDED,
    "kl61-small-noise-then-more-held": UNDECIDED,
}


def test_the_notes_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("kl61-*.md")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_notes_get_their_verdict(name):
    result = red_team.judged(name)
    if EXPECTED[name] is None:
        assert result.status != REFUTED, result.reason
    else:
        assert result.status == EXPECTED[name], result.reason


@pytest.mark.parametrize("name", ["kl61-small-noise-adds-refuted", "kl61-small-noise-process-refuted"])
def test_the_small_noise_refutation_is_at_ddpm_s_scale(name):
    """The counterexample's schedule keeps beta_t <= 0.02 (alpha_t >= 0.98), as the words say."""
    result = red_team.judged(name)
    point = dict(result.counterexample.point)
    alpha = next(value for key, value in point.items() if str(key).startswith("α_t") or str(key) == "alpha_t")
    assert alpha >= 0.98, point
