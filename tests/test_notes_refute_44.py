"""A model's law stated in a display announced as the model ("is modelled as follows.", 以下のように...モデル化される。)
is the model's definition, though the chain on the row before it wrote the density first: the steps after it use
it.  Held out: the faithful KL step is proved with it, in Japanese and in English; a wrong KL step is not; and the
same display after words that state no model, after a claim about the density, or as a claim is no definition."""

from __future__ import annotations

import pytest
from red_team import DDPM

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_notes

#: The generator's chain and its Gaussian transition (the model), on two rows of one display.
MODEL = (
    "\n\n$$\n\\begin{align*}\n"
    "\\hat{p}_\\theta(x_0, x_{1:T}) &= p(x_T) \\prod_{t=1}^T \\hat{p}_\\theta(x_{t-1}|x_t) \\\\\n"
    "\\hat{p}_\\theta(x_{t-1}|x_t) &= \\mathcal{N}(x_{t-1}; \\mu_\\theta(x_t, t), \\sigma_\\theta^2(x_t, t))\n"
    "\\end{align*}\n$$\n\n"
)
#: The KL of the forward posterior and the model's transition, written out: right (DDPM's forward posterior and
#: the model's law), and with the model's variance written unsquared, wrong.
KL = (
    "$$\n\\text{KL}(q(x_{t-1}|x_t, x_0) || \\hat{p}_\\theta(x_{t-1}|x_t)) = \\text{KL}(\\mathcal{N}(x_{t-1}; "
    "\\tilde{\\mu}_t(x_t, x_0), \\tilde{\\beta}_t) || \\mathcal{N}(x_{t-1}; \\mu_\\theta(x_t, t), VARIANCE))\n$$\n"
)
RIGHT, WRONG = "\\sigma_\\theta^2(x_t, t)", "\\sigma_\\theta(x_t, t)"

MODELLED = {
    "ja": "生成過程は、以下のような$`\\theta`$によって制御される生成器$`\\hat{p}_\\theta`$によってモデル化される。",
    "ja-oku": "生成器$`\\hat{p}_\\theta`$を以下のように置く。",
    "en": "The reverse process is modelled by a generator as follows.",
    "zh": "生成过程用如下的模型建模。",
}
NOT_MODELLED = {
    "ja-requires": "この計算は以下の式を必要とする。",
    "en-holds": "The following identities hold for the generator.",
    "en-run-on": "We model the reverse process.\n\nThe following identities hold.",
    "en-derived": "We derive the model's transition as follows.",
    "ja-derived": "生成器のモデル化から、以下のように求められる。",
}


def _verdicts(text: str) -> list[str]:
    report = check_notes(read_notes(text, markdown=True), Limits(seconds=120))
    return [result.status if not result.defines else "defines" for result in report.results]


@pytest.mark.parametrize("words", MODELLED.values(), ids=MODELLED.keys())
def test_a_model_announced_defines_its_law(words: str) -> None:
    """The transition's row defines the model's law: the faithful KL step is proved with it, the wrong one not."""
    verdicts = _verdicts(
        f"{DDPM}{words}{MODEL}Hence\n\n{KL.replace('VARIANCE', RIGHT)}\n{KL.replace('VARIANCE', WRONG)}"
    )
    assert verdicts[1:3] == ["defines", PROVED] and verdicts[3] != PROVED


@pytest.mark.parametrize("words", NOT_MODELLED.values(), ids=NOT_MODELLED.keys())
def test_words_that_state_no_model_define_nothing(words: str) -> None:
    """The same display after words that state no model (or do not announce it): its rows are claims, and the
    KL step is neither proved with them nor refuted."""
    verdicts = _verdicts(f"{DDPM}{words}{MODEL}Hence\n\n{KL.replace('VARIANCE', RIGHT)}")
    assert verdicts[1] != "defines" and verdicts[-1] not in (PROVED, REFUTED)


def test_a_density_claimed_before_the_model_is_not_defined_by_it() -> None:
    """A claim about the transition's density before the display: the row is a claim about it, not its definition."""
    before = "$$\n\\int \\hat{p}_\\theta(x_{t-1}|x_t) \\, dx_{t-1} = 1\n$$\n\n"
    verdicts = _verdicts(f"{DDPM}{before}{MODELLED['en']}{MODEL}Hence\n\n{KL.replace('VARIANCE', RIGHT)}")
    assert verdicts[2] != "defines" and verdicts[-1] not in (PROVED, REFUTED)
