"""Notes under the DDPM context that suppose another forward process, kernel or schedule (a condition, a
hypothesis, an example) and derive from the supposition: DDPM's own kernel must not prove the steps after it
(assumptions._said_otherwise, through Stated.supposes).  A supposition that agrees with the context, and the
conditions real DDPM notes write ("if t = 1", "when abar_T is close to 0"), change nothing.  A law of x_t given
x_{t-1} (x_t ~ N(x_{t-1}, beta_t I)), asserted or supposed, is q's kernel said otherwise too (assumptions._kernel_law).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_DDPM = "<!-- diffproof: context ddpm -->\n"
_STEP = r"x_t = x_{t-1} + \sqrt{\beta_t}\,\epsilon_t"
_KERNEL = r"q(x_t \mid x_{t-1}) = \mathcal{N}(x_t; x_{t-1}, \beta_t I)"
_LAW = r"x_t \sim \mathcal{N}(x_{t-1}, \beta_t I)"
_MEAN = "\n\n$$\n\\mathbb{E}[x_t \\mid x_{t-1}] = \\sqrt{\\alpha_t}\\, x_{t-1}\n$$\n"
_ONE_MINUS_BETA = "\n\n$$\n1 - \\beta_t = \\alpha_t\n$$\n"

#: By hand, each last step is wrong where it is asserted: under the supposed step, kernel or law, E[x_t | x_{t-1}]
#: = x_{t-1}, not sqrt(alpha_t) x_{t-1} (alpha_t < 1); under the supposed schedule beta_t = 1 - alpha_t^2, 1 - beta_t
#: is alpha_t^2, not alpha_t.  The first three are helper fn56's findings; the rest are held out.
SUPPOSED = {
    "if-then": f"If ${_STEP}$, then" + _MEAN,
    "one-might-take": f"One might take ${_STEP}$." + _MEAN,
    "for-example": f"For example, ${_STEP}$." + _MEAN,
    "kernel-if": f"If ${_KERNEL}$, then" + _MEAN,
    "kernel-e-g": f"Take a simpler process, e.g. ${_KERNEL}$." + _MEAN,
    "schedule-if": "If $\\beta_t = 1 - \\alpha_t^2$, then" + _ONE_MINUS_BETA,
    "schedule-one-could": "One could take $\\beta_t = 1 - \\alpha_t^2$ instead." + _ONE_MINUS_BETA,
    "suppose": f"Suppose ${_STEP}$." + _MEAN,
    "assume-for-a-moment": f"Assume for a moment that ${_STEP}$." + _MEAN,
    "e-g": f"Take a simpler process, e.g. ${_STEP}$." + _MEAN,
    "french-si": f"Si ${_STEP}$, alors" + _MEAN,
    "french-supposons": f"Supposons un instant que ${_STEP}$." + _MEAN,
    "german-wenn": f"Wenn ${_STEP}$, dann" + _MEAN,
    "german-falls": f"Falls ${_STEP}$ gilt, dann" + _MEAN,
    "chinese-ruguo": f"如果 ${_STEP}$，那么" + _MEAN,
    "chinese-ruo": f"若 ${_STEP}$，则" + _MEAN,
    "law-if": f"If ${_LAW}$, then" + _MEAN,
    "law-one-might": f"One might take ${_LAW}$." + _MEAN,
    "law-let": f"Let ${_LAW}$." + _MEAN,
    "law-displayed": f"$$\n{_LAW}\n$$\n" + _MEAN,
    "law-not": f"We do not rescale: ${_LAW}$." + _MEAN,
}


@pytest.mark.parametrize("name", sorted(SUPPOSED))
def test_a_supposed_process_is_not_proved_by_the_context(name):
    result = red_team.report(_DDPM + SUPPOSED[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


#: Faithful notes: each supposition agrees with DDPM (or says nothing of x_t's step, q's kernel or the schedule), so
#: each last step is right and must stay proved.
FAITHFUL = {
    "step-agrees": "If $x_t = \\sqrt{\\alpha_t}\\, x_{t-1} + \\sqrt{1 - \\alpha_t}\\,\\epsilon_{t-1}$, then" + _MEAN,
    "kernel-agrees": "If $q(x_t \\mid x_{t-1}) = \\mathcal{N}(x_t; \\sqrt{\\alpha_t}\\, x_{t-1}, (1 - \\alpha_t) I)$, then"
    + _MEAN,
    "schedule-agrees": "If $\\beta_t = 1 - \\alpha_t$, then" + _ONE_MINUS_BETA,
    "example-agrees": "For example, $\\beta_t = 1 - \\alpha_t$ with $\\alpha_t = 0.99$." + _ONE_MINUS_BETA,
    "if-t-is-one": "If $t = 1$, then" + _MEAN,
    "when-t-is-one": "When $t = 1$," + _ONE_MINUS_BETA,
    "abar-close-to-zero": "When $\\bar\\alpha_T$ is close to $0$," + _MEAN,
    "abar-approximately-zero": "If $\\bar\\alpha_T \\approx 0$, then $x_T \\sim \\mathcal{N}(0, I)$." + _MEAN,
    "beta-small": "If $\\beta_t$ is small," + _MEAN,
    "beta-constant": "If $\\beta_t = 0.01$ for every $t$," + _ONE_MINUS_BETA,
    "law-agrees": "Let $x_t \\sim \\mathcal{N}(\\sqrt{\\alpha_t}\\, x_{t-1}, (1 - \\alpha_t) I)$." + _MEAN,
    "law-through-beta": "Here $x_t \\sim \\mathcal{N}(\\sqrt{1 - \\beta_t}\\, x_{t-1}, \\beta_t I)$." + _MEAN,
    "law-displayed-agrees": "$$\nx_t \\sim \\mathcal{N}(\\sqrt{\\alpha_t}\\, x_{t-1}, (1 - \\alpha_t) I)\n$$\n" + _MEAN,
    "marginal-law-agrees": "Then $x_t \\sim \\mathcal{N}(\\sqrt{\\bar\\alpha_t}\\, x_0, (1 - \\bar\\alpha_t) I)$.\n\n$$\n"
    "\\mathbb{E}[x_t \\mid x_0] = \\sqrt{\\bar\\alpha_t}\\, x_0\n$$\n",
    # an equation of two laws' densities as a condition: it relates the model to q, saying nothing otherwise of q
    "tight-when-q-is-p": "The bound is tight when $q(x_{t-1} \\mid x_t, x_0) = p_\\theta(x_{t-1} \\mid x_t)$." + _MEAN,
    "vanishes-if-p-is-q": "The KL term vanishes if $p_\\theta(x_{t-1} \\mid x_t) = q(x_{t-1} \\mid x_t, x_0)$." + _MEAN,
    "as-long-as-q-is-p": "Equality holds as long as $q(x_{t-1} \\mid x_t) = p_\\theta(x_{t-1} \\mid x_t)$." + _MEAN,
    # the reverse process's law, given a later variable: p's, not q's kernel
    "reverse-law": "To sample, draw $x_{t-1} \\sim \\mathcal{N}(\\mu_\\theta(x_t, t), \\sigma_t^2 I)$." + _MEAN,
    "reverse-law-in-x-t": "To sample, draw $x_{t-1} \\sim \\mathcal{N}(\\frac{1}{\\sqrt{\\alpha_t}} x_t, \\sigma_t^2 I)$."
    + _MEAN,
}


@pytest.mark.parametrize("name", sorted(FAITHFUL))
def test_a_supposition_that_agrees_keeps_proving(name):
    result = red_team.report(_DDPM + FAITHFUL[name]).results[-1]
    assert result.status == PROVED, result.reason
