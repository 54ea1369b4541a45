"""Helper pv61's fixes: proving the corpus's unproved correct steps.

The DDPM context relates abar_k = alpha_k abar_{k-1} at the indices a step writes, and now also at those its own
relations and readings bring (``contexts.schedule`` closes over the names it brings).  Before, the forward chain
unrolled in law two steps at once (sqrt(alpha_t alpha_{t-1}) x_{t-2} + ... = sqrt(abar_t) x_0 + ...) brought
abar_{t-2} (through abar_{t-1} = alpha_{t-1} abar_{t-2}) and abar_{t-3} (the marginal of x_{t-3}), left unrelated,
and was *refuted* at a point with abar_{t-2} != alpha_{t-2} abar_{t-3}: a false alarm on a true step (the corpus
writes ``= \\dots`` between those rows, which hid it).  Held-out notes: each writes the forward step as zh-diffusion-
study-notes (line 39) and lilianweng-diffusion-models-2021 (line 62) do, then a step of the unrolled chain."""

from __future__ import annotations

import pytest
import red_team

_FORWARD = r"\mathbf{x}_t = \sqrt{\alpha_t}\mathbf{x}_{t-1} + \sqrt{1 - \alpha_t}\boldsymbol{\epsilon}_{t-1}"
_TWO_DOWN = r"\sqrt{\alpha_t \alpha_{t-1}} \mathbf{x}_{t-2} + \sqrt{1 - \alpha_t \alpha_{t-1}} \bar{\boldsymbol{\epsilon}}_{t-2}"
_THREE_DOWN = (
    r"\sqrt{\alpha_t \alpha_{t-1} \alpha_{t-2}} \mathbf{x}_{t-3}"
    r" + \sqrt{1 - \alpha_t \alpha_{t-1} \alpha_{t-2}} \bar{\boldsymbol{\epsilon}}_{t-3}"
)


def _last(step: str, forward: str = _FORWARD):
    note = f"<!-- diffproof: context ddpm -->\n\n$$\n{forward}\n$$\n\nThen\n\n$$\n{step}\n$$\n"
    return red_team.report(note).results[-1]


#: True in law under DDPM: x_{t-k} =d sqrt(abar_{t-k}) x_0 + ..., and alpha_t ... alpha_{t-k+1} abar_{t-k} = abar_t
#: (the variances: alpha_t ... (1 - abar_{t-k}) + 1 - alpha_t ... = 1 - abar_t).
RIGHT = {
    "two-steps-at-once": rf"{_TWO_DOWN} = \sqrt{{\bar{{\alpha}}_t}}\mathbf{{x}}_0 + \sqrt{{1 - \bar{{\alpha}}_t}}\boldsymbol{{\epsilon}}",
    "two-steps-in-a-chain": (
        rf"\begin{{aligned}}\mathbf{{x}}_t &= {_TWO_DOWN} \\ &= \sqrt{{\bar{{\alpha}}_t}}\mathbf{{x}}_0"
        rf" + \sqrt{{1 - \bar{{\alpha}}_t}}\boldsymbol{{\epsilon}}\end{{aligned}}"
    ),
    "three-steps-at-once": rf"{_THREE_DOWN} = \sqrt{{\bar\alpha_t}} \mathbf{{x}}_0 + \sqrt{{1 - \bar\alpha_t}} \boldsymbol{{\epsilon}}",
}

#: False in law under DDPM (each differs in the mean's scale or the noise's variance at some admissible schedule).
WRONG = {
    "an-index-too-low": rf"{_TWO_DOWN} = \sqrt{{\bar{{\alpha}}_{{t-1}}}}\mathbf{{x}}_0 + \sqrt{{1 - \bar{{\alpha}}_{{t-1}}}}\boldsymbol{{\epsilon}}",
    "no-root-on-the-noise": rf"{_TWO_DOWN} = \sqrt{{\bar{{\alpha}}_t}}\mathbf{{x}}_0 + (1 - \bar{{\alpha}}_t)\boldsymbol{{\epsilon}}",
    "no-root-on-the-data": rf"{_TWO_DOWN} = \bar{{\alpha}}_t\mathbf{{x}}_0 + \sqrt{{1 - \bar{{\alpha}}_t}}\boldsymbol{{\epsilon}}",
    "three-steps-one-factor-short": (
        r"\sqrt{\alpha_t \alpha_{t-1}} \mathbf{x}_{t-3} + \sqrt{1 - \alpha_t \alpha_{t-1}} \bar{\boldsymbol{\epsilon}}_{t-3}"
        r" = \sqrt{\bar\alpha_t} \mathbf{x}_0 + \sqrt{1 - \bar\alpha_t} \boldsymbol{\epsilon}"
    ),
}


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_the_forward_chain_unrolled_several_steps_at_once_is_proved(name):
    red_team.assert_proved(_last(RIGHT[name]))


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_unrolled_chain_is_not_proved(name):
    red_team.assert_held_or_refuted(_last(WRONG[name]))
