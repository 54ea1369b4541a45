"""Held-out variants for cr62 (session 62): a wrong step refuted once the note's definitions are written out and
a closed form applies to what they bring.

A step is refuted after one rewrite at a time (the definitions substituted, or the Gaussian KL closed, ...), so a
KL between two densities the note defines as Gaussians, ``q(y) = N(y; a, b)``, ``p(y) = N(y; m, s)``, was never
closed: the definitions bring the Gaussians, and the closed form needs them written.  Now the declared definitions
are written out first and each rule's rewrite (or its conditional rewrite, whose conditions the counterexample
meets: each variance positive) applied to what they bring (:func:`derivations.kernel.checking._refute_written_out`):
equals for equals twice over.  A loss the note defines as an expected KL (``L_{t-1} = E_q[KL(q || p_theta)]``, as
Ho et al. write it) is then refuted where a step drops the KL's constant.  The corpus's ja note (steps 210 and 348)
stays held: its model's variance is the network's sigma_theta^2(x_t, t), whose positivity no point settles, and it
is set to sigma_t^2 only in Japanese words, which a counterexample drawing both would break.

Each ``WRONG`` step is wrong at every admissible point but a null set (checked by hand beside it); each ``RIGHT``
one is the correct formula written the same way and must never be refuted; each ``HELD`` one is wrong, but its
counterexample would have to settle what no point settles (a variance that is a network's output) or what the
note does not allow (a variance it says is negative), and stays undecided.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED, UNDECIDED

_LAWS = "$$\nq(y) = \\mathcal{N}(y; a, b), \\quad p(y) = \\mathcal{N}(y; m, s)\n$$\n"
_KL = "D_{KL}(q(y) \\| p(y))"
_POSITIVE = "Let $b > 0$ and $s > 0$.\n\n"
_VAE = (
    "Let $v > 0$.\n\n$$\np(z) := \\mathcal{N}(z; 0, 1), \\quad q(z|x) := \\mathcal{N}(z; m, v)\n$$\n\n"
    "$$\n\\mathrm{KL}(q(z|x) \\| p(z)) = STEP\n$$\n"
)
_LOSS = (
    "Let $\\tilde\\beta_t > 0$ and $\\sigma_t > 0$.\n\n$$\nq(x_{t-1}|x_t, x_0) = \\mathcal{N}(x_{t-1}; \\tilde\\mu_t, "
    "\\tilde\\beta_t), \\quad p_\\theta(x_{t-1}|x_t) = \\mathcal{N}(x_{t-1}; \\mu_\\theta, VAR)\n$$\n\n$$\nL_{t-1} = "
    "\\mathbb{E}_{q(x_{1:T}|x_0)} \\left[ D_{KL}(q(x_{t-1}|x_t, x_0) \\| p_\\theta(x_{t-1}|x_t)) \\right]\n$$\n\n"
    "$$\nL_{t-1} = \\mathbb{E}_{q(x_{1:T}|x_0)} \\left[ \\frac{1}{2 W} \\|\\mu_\\theta - \\tilde\\mu_t\\|^2 \\right]"
    "STEP\n$$\n"
)
_CONSTANT = (
    " + \\frac{1}{2}\\left(\\log\\frac{\\sigma_t^2}{\\tilde\\beta_t} - 1 + \\frac{\\tilde\\beta_t}{\\sigma_t^2}\\right)"
)


def _loss(variance: str, weight: str, step: str = "") -> str:
    return _LOSS.replace("VAR", variance).replace("W", weight).replace("STEP", step)


#: KL(N(a, b) || N(m, s)) = (log(s/b) + (b + (m - a)^2)/s - 1)/2: the quadratic term alone drops a term that is
#: zero only at b = s; the VAE's KL(N(m, v) || N(0, 1)) = (v + m^2 - 1 - log v)/2, not (v + m^2)/2; the expected
#: KL of Ho et al.'s L_{t-1} drops (log(sigma^2/beta~) - 1 + beta~/sigma^2)/2, zero only at sigma^2 = beta~.
WRONG = {
    "quadratic-term-only": _POSITIVE + _LAWS + f"\n$$\n{_KL} = \\frac{{(m - a)^2}}{{2 s}}\n$$\n",
    "variances-positive-as-laws": _LAWS + f"\n$$\n{_KL} = \\frac{{(m - a)^2}}{{2 s}}\n$$\n",
    "vae-kl-without-its-log": _VAE.replace("STEP", "\\frac{1}{2}(v + m^2)"),
    "expected-kl-constant-dropped": _loss("\\sigma_t^2", "\\sigma_t^2"),
}
RIGHT = {
    "gaussian-kl": _POSITIVE
    + _LAWS
    + f"\n$$\n{_KL} = \\frac{{1}}{{2}}\\left(\\log\\frac{{s}}{{b}} - 1 + \\frac{{b}}{{s}} + \\frac{{(m - a)^2}}{{s}}\\right)\n$$\n",
    "vae-kl": _VAE.replace("STEP", "\\frac{1}{2}(v + m^2 - 1 - \\log v)"),
    "expected-kl-with-its-constant": _loss("\\sigma_t^2", "\\sigma_t^2", _CONSTANT),
    "expected-kl-equal-variances": _loss("\\tilde\\beta_t", "\\tilde\\beta_t"),
}
HELD = {
    "variance-a-network-output": _loss("\\sigma_\\theta^2(x_t, t)", "\\sigma_t^2"),
    "variance-said-negative": "Let $b > 0$ and $s < 0$.\n\n"
    + _LAWS
    + f"\n$$\n{_KL} = \\frac{{(m - a)^2}}{{2 s}}\n$$\n",
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_step_is_refuted_through_the_definitions(name):
    result = red_team.last(WRONG[name])
    assert result.status == REFUTED, result.reason
    assert result.counterexample is not None


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_the_right_step_written_the_same_way_is_not_refuted(name):
    result = red_team.last(RIGHT[name])
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("name", sorted(HELD))
def test_a_counterexample_that_would_settle_what_no_point_does_is_not_given(name):
    result = red_team.last(HELD[name])
    assert result.status == UNDECIDED, result.reason
