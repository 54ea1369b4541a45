"""Held-out notes of fix st44.  The stretch rule (rt43-01 and rt43-02): a change of DDPM's forward step said of the
step's input or the next state (x_{t-1}, x_t) beside a verb that changes a value sets the context's forward laws
aside wherever the sentence stands -- after a display, under a heading, in a list item or a caption, in other
languages -- while prose after a display or under a heading that changes no state keeps them.  The noise's
independence (rt43b-10): a name the note makes random beside the noise (a moment, law or density written with it,
or called random in words) is never held fixed beside it, so E(u eps) = 0 is not proved; a name held keeps it."""

from __future__ import annotations

import pytest
from red_team import DDPM, FORWARD_MEAN, last

from diffproof.notecheck import PROVED

_FORWARD = "We use the forward process of DDPM."
_DISPLAY = "\n\n$$\n\\alpha_t = 1 - \\beta_t\n$$\n\n"


def _after_display(sentence: str) -> str:
    return f"{DDPM}{_FORWARD}{_DISPLAY}{sentence}{FORWARD_MEAN}"


def _under_heading(heading: str, sentence: str) -> str:
    return f"{DDPM}{_FORWARD}\n\n## {heading}\n\n{sentence}{FORWARD_MEAN}"


#: Notes whose forward step is not DDPM's (so the last step, DDPM's mean of x_t given x_{t-1}, is not proved).
CHANGED = {
    "squares after a display": _after_display("Our variant squares $x_{t-1}$ before the step."),
    "negated after a display": _after_display("Here $x_{t-1}$ is negated first."),
    "the next state doubled after a display": _after_display("Afterwards $x_t$ is doubled."),
    "clipped under a heading": _under_heading("Variant", "We clip $x_{t-1}$ to $[-1, 1]$ first."),
    "set to zero under a heading": _under_heading("Our change", "Here $x_{t-1}$ is set to zero first."),
    "cubed in the next paragraph": _after_display("The mean is as in DDPM.\n\nBut $x_{t-1}$ is cubed first."),
    "shifted in a list item": _after_display("- $x_{t-1}$ is shifted by $c$ first\n- the rest is unchanged"),
    "tanh in a caption": _after_display("*Figure 1: the step applies $\\tanh$ to $x_{t-1}$ first.*"),
    "fr divided under a heading": _under_heading("Variante", "Ici, $x_{t-1}$ est divisé par deux d'abord."),
    "de halved after a display": _after_display("Hier wird $x_{t-1}$ zuerst halbiert."),
    "zh halved after a display (减半)": _after_display("这里先把 $x_{t-1}$ 减半。"),
    "ja halved under a heading (半分)": _under_heading("変更", "ここでは $x_{t-1}$ を先に半分にする。"),
}

#: Faithful notes: DDPM's own step said after a display or under a heading, or prose there that changes no state of
#: the step (a derivation's discourse, the reverse process, the network), which must keep the proof.
FAITHFUL = {
    "DDPM's step after a display": _after_display("We scale $x_{t-1}$ by $\\sqrt{\\alpha_t}$ and add noise."),
    "a mean to compute after a display": _after_display("We now compute the mean of $x_t$ given $x_{t-1}$."),
    "the reverse process under a heading": _under_heading("Sampling", "The reverse process removes noise from $x_t$."),
    "the network under a heading": _under_heading("Training", "The network is trained to predict the noise in $x_t$."),
    "completing the square after a display": _after_display("Completing the square in $x_{t-1}$ gives the posterior."),
    "ja completing the square (平方完成)": _after_display("$x_{t-1}$ について平方完成する。"),
}


@pytest.mark.parametrize("name", sorted(CHANGED))
def test_a_change_after_a_display_or_under_a_heading_sets_the_context_aside(name):
    result = last(CHANGED[name])
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", sorted(FAITHFUL))
def test_ddpm_s_step_after_a_display_or_under_a_heading_keeps_the_context(name):
    result = last(FAITHFUL[name])
    assert result.status == PROVED, result.reason


#: The step E(u eps) = 0, which the law of declared noises proves only where u is held fixed beside the noise.
_CROSS_MOMENT = "\n\n$$ E(u \\epsilon) = 0 $$\n"

#: Notes that make u random beside the noise (fix st44, rt43b-10): the cross moment is never proved.
RANDOM_BESIDE_THE_NOISE = {
    "a cross moment stated": "Here $\\mathbb{E}[u \\epsilon] = c$.",
    "a covariance stated": "Here $\\mathrm{Cov}(u, \\epsilon) \\neq 0$.",
    "a law around the noise": "Let $u \\sim \\mathcal{N}(\\epsilon, 1)$.",
    "a density given the noise": "Here $p(u \\mid \\epsilon) = \\mathcal{N}(u; \\epsilon, 1)$.",
    "depends on the noise": "Here $u$ depends on $\\epsilon$.",
    "correlated in words": "Here $u$ is correlated with the noise.",
    "called a random variable": "Let $u$ be a random variable.",
    "stochastic": "The weight $u$ is stochastic.",
    "fr aléatoire": "Soit $u$ une variable aléatoire.",
    "de Zufallsvariable": "Sei $u$ eine Zufallsvariable.",
    "zh 随机变量": "设 $u$ 为随机变量。",
    "ja 確率変数": "$u$ を確率変数とする。",
}

#: Faithful notes: u a constant, deterministic, fixed, non-random, or no word of it: the proof is kept.
U_HELD = {
    "a constant": "Let $u$ be a constant.",
    "deterministic": "Here $u$ is deterministic.",
    "fixed": "Here $u$ is fixed.",
    "non-random": "Let $u$ be a non-random number.",
    "nothing said of u": "We compute a moment.",
    "the noise's own moment": "Here $\\mathbb{E}[\\epsilon^2] = 1$.",
}


@pytest.mark.parametrize("name", sorted(RANDOM_BESIDE_THE_NOISE))
def test_a_name_made_random_beside_the_noise_is_not_held_fixed(name):
    result = last(f"{DDPM}{RANDOM_BESIDE_THE_NOISE[name]}{_CROSS_MOMENT}")
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", sorted(U_HELD))
def test_a_name_held_fixed_keeps_the_noise_s_law(name):
    result = last(f"{DDPM}{U_HELD[name]}{_CROSS_MOMENT}")
    assert result.status == PROVED, result.reason
