"""Helper sd47: the orders a note's laws make of their parameters are read apart from the step.

sd45 read each law's orders (a variance > 0) in the step's own vocabulary, so every law of the note named its
parameters in every step: a step about an unrelated Gaussian then took in the definitions of the schedule's names
(abar_t := alpha_t abar_{t-1}, alpha_t := 1 - beta_t) and what the note says of them in words, and lost its
refutation (kiseki-diffusion-comments 349, zh-diffusion-study-notes 120).  ``assumptions.law_domains`` reads them
in a copy: a step's assumptions are those of the names it writes, whatever laws the note states elsewhere.  The
orders still bind every counterexample whose names they write (``tests/test_notes_scale_45.py``).
"""

from __future__ import annotations

import pytest

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

#: A forward process whose schedule a sentence describes in words no rule reads, with the schedule's definitions.
_ENGLISH = r"""The forward process adds noise step by step:

$$
q(x_t \mid x_{t-1}) = \mathcal{N}(x_t; \sqrt{1 - \beta_t} x_{t-1}, \beta_t I)
$$

Here $\beta_t$ follows a schedule $\{\beta_t \in (0, 1)\}_{t=1}^T$, much like a learning-rate schedule.

Let $\alpha_t = 1 - \beta_t$ and $\bar{\alpha}_t = \prod_{i=1}^t \alpha_i$. Then

$$
q(x_t \mid x_0) = \mathcal{N}(x_t; \sqrt{\bar{\alpha}_t} x_0, (1 - \bar{\alpha}_t) I)
$$
"""

#: The same in Chinese, as a study note writes it.
_CHINESE = r"""前向过程逐步加噪：

$$
q(x_t \mid x_{t-1}) = \mathcal{N}(x_t; \sqrt{1 - \beta_t} x_{t-1}, \beta_t I)
$$

其中 $\beta_t$ 是一个调度，$\{\beta_t \in (0, 1)\}_{t=1}^T$，类似学习率调度。

令 $\alpha_t = 1 - \beta_t$，$\bar{\alpha}_t = \prod_{i=1}^t \alpha_i$，则

$$
q(x_t \mid x_0) = \mathcal{N}(x_t; \sqrt{\bar{\alpha}_t} x_0, (1 - \bar{\alpha}_t) I)
$$
"""


def _last(preamble: str, step: str) -> str:
    text = f"{preamble}\n$$\n{step}\n$$\n"
    return check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results[-1].status


#: Wrong steps about names the process does not write: refuted (sd45's branch left each undecided, citing the
#: schedule's sentence).
@pytest.mark.parametrize("preamble", [_ENGLISH, _CHINESE], ids=["en", "zh"])
@pytest.mark.parametrize(
    "step",
    [
        "\\mathcal{N}(x; \\mu, \\sigma^2) \\propto \\exp\\left(-\\frac{(x - \\mu)^2}{\\sigma^2}\\right)",
        "\\mathcal{N}(x; \\mu, \\sigma^2) = \\mathcal{N}(x; \\mu, \\sigma)",
        "|m| = m",
    ],
)
def test_a_law_elsewhere_brings_no_name_into_the_step(preamble, step):
    assert _last(preamble, step) == REFUTED


#: The faithful step keeps its proof; a wrong one about the schedule's own names stays untrusted (the sentence
#: about beta_t is not read).
@pytest.mark.parametrize(
    ("step", "status"),
    [
        ("\\mathcal{N}(x; \\mu, \\sigma^2) \\propto \\exp\\left(-\\frac{(x - \\mu)^2}{2\\sigma^2}\\right)", PROVED),
        ("\\sqrt{\\bar{\\alpha}_t}\\,\\sqrt{\\bar{\\alpha}_t} = \\bar{\\alpha}_t^2", UNDECIDED),
    ],
)
def test_the_process_s_own_steps_keep_their_verdicts(step, status):
    assert _last(_ENGLISH, step) == status
