"""Held-out notes of the (withdrawn) whitelist on the optimum rule (``notecheck/forward_fixed.py``): terms of the DDPM
context's q are dropped from an optimum's objective only where nothing the note writes could make q or the schedule
learned.  Every sentence that writes the optimum's variable or a word for learning (or fixing) beside q, the forward
process or the schedule must be one of a few faithful forms ("q has no learnable parameters", "the β_t are fixed
hyperparameters", "p_θ is learned, q is fixed"), and every display that writes the variable must be read whole.
Wrong variants (other wordings, French, German, Spanish, Italian, Portuguese, Russian, Chinese, Japanese; a learned
σ_t; θ as a tuple; φ learned jointly; a trainable schedule; a pronoun, a line break, a table, a code block, a macro) stay
unproved and unrefuted; faithful ones kept their proof.

Withdrawn with the rule in session 54 (why: ``test_notes_proofs_52.py``); the wrong variants stay never proved and
the faithful ones undecided, neither refuted."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_CONTEXT = "<!-- diffproof: context ddpm -->\n"
_LAW = "q(x_{1:T} \\mid x_0)"
_MODEL = "\\ln p_\\theta(x_0 \\mid x_1)"


def _note(before: str, variable: str = "\\theta", model: str = _MODEL) -> str:
    """A note that declares the context, says ``before``, and drops ln q(x_1 | x_0) from an objective under q."""
    lhs = f"\\mathbb{{E}}_{{{_LAW}}}\\left[{model} + \\ln q(x_1 \\mid x_0)\\right]"
    rhs = f"\\mathbb{{E}}_{{{_LAW}}}\\left[{model}\\right]"
    optimum = f"\\operatorname{{argmax}}_{variable}"
    return f"{_CONTEXT}{before}\n\n$$\n{optimum} {lhs} = {optimum} {rhs}\n$$\n"


_TUPLE = "Let\n\n$$\n\\theta = (\\phi, \\beta_1)\n$$\n\nThen"

#: What a note may say that makes q or the schedule depend on the optimum's variable: never proved.
WRONG = {
    "q a learned encoder, in Spanish": "En esta sección $q$ es un codificador aprendido con parámetros $\\theta$.",
    "q a learned encoder, in French": "Ici $q$ est un encodeur appris, de paramètres $\\theta$.",
    "q an encoder with the network's weights": "Here $q$ shares the network's weights.",
    "the schedule learned as part of theta": "The noise schedule $\\beta_t$ is learned as part of $\\theta$.",
    "the schedule learned, in German": "Der Rauschplan $\\beta_t$ wird zusammen mit dem Netz gelernt.",
    "the schedule learned, in Italian": "Il calendario del rumore $\\beta_t$ è appreso insieme alla rete.",
    "the schedule learned, in Portuguese": "O cronograma de ruído $\\beta_t$ é aprendido junto com a rede.",
    "the schedule learned, in Russian": "Расписание шума $\\beta_t$ обучается вместе с сетью.",
    "the schedule learned, in Chinese": "噪声调度 $\\beta_t$ 与网络一起学习。",
    "the schedule learned, in Japanese": "ノイズスケジュール $\\beta_t$ はネットワークと同時に学習される。",
    "the forward process learned, in Italian": "Il processo in avanti $q$ è appreso.",
    "the noise learned, in words alone": "The noise added at each step is learned.",
    "a learned sigma_t": "The noise levels $\\sigma_t$ are trainable.",
    "the schedule part of theta, spelt out": "The schedule is part of theta.",
    "a trainable schedule in words alone": "We use a trainable schedule.",
    "the variances among the parameters": "The parameters $\\theta$ include the variances.",
    "theta as a tuple, inline": "Let $\\theta = (\\phi, \\beta_1)$.",
    "theta as a tuple, in a display": _TUPLE,
    "phi learned jointly, the schedule made of phi": (
        "Let\n\n$$\n\\beta_t = \\sigma(\\phi t)\n$$\n\nWe learn $\\phi$ together with the rest."
    ),
    "phi learned jointly, said of the schedule": "The schedule is a function of $\\phi$, learned jointly with $\\theta$.",
    "a faithful form, then a pronoun": "$\\beta_t$ is fixed. Just kidding: it is learned with the network.",
    "a faithful form, then denied": "$q$ is fixed.\n\nIt is not.",
    "a faithful form, then taken back": "$q$ is fixed. Just kidding.",
    "a word for learning set in a display": "Let\n\n$$\n\\beta_t = \\operatorname{trainable}(t)\n$$\n\nThen",
    "a faithful form, and more": "$q$ is fixed but $\\beta_t$ is learned.",
    "the schedule said not fixed": "The forward process is fixed; its variances are not.",
    "a sentence across a line break": "The noise schedule $\\beta_t$ is\nlearned with the network.",
    "words set in inline maths": "$q(x_1 \\mid x_0) \\text{ is learned, and } \\beta_t$ is fixed.",
    "words set in a display": "Let\n\n$$\n\\beta_t = \\text{learned}\n$$\n\nThen",
    "a table": "| quantity | status |\n|---|---|\n| $\\beta_t$ | learned |\n\nThen",
    "a code block": "```python\nbeta = nn.Parameter(torch.zeros(T))\n```\n\nThen",
    "a list item": "- The schedule $\\beta_t$ is learned with $\\theta$.",
    "the schedule behind a macro": "$$\n\\newcommand{\\sched}{\\beta}\n$$\n\n$\\sched_t$ is learned.",
    "theta behind a macro": "$$\n\\newcommand{\\params}{\\theta}\n$$\n\n$\\params$ holds the variances.",
}

#: What a note may say that leaves q and the schedule fixed: the step keeps its proof.
FAITHFUL = {
    "nothing said": "Then",
    "q has no learnable parameters": "Here $q$ has no learnable parameters.",
    "the forward process has none": "The forward process has no learnable parameters.",
    "the betas are fixed hyperparameters": "The $\\beta_t$ are fixed hyperparameters.",
    "the variances are fixed constants": "The variances $\\beta_1, \\dots, \\beta_T$ are fixed constants.",
    "p_theta learned, q fixed": "$p_\\theta$ is learned, $q$ is fixed.",
    "only p_theta trained": "Only $p_\\theta$ is trained; $q$ has no parameters.",
    "the model trained while q is fixed": (
        "The model $p_\\theta$ is trained with parameters $\\theta$, while the forward process $q$ is fixed."
    ),
    "the reverse process learned, the forward fixed": (
        "The reverse process $p_\\theta$ is learned, while the forward process $q$ is fixed."
    ),
    "q fixed, in French": "$q$ est fixe.",
    "q without learnable parameters, in German": "$q$ hat keine lernbaren Parameter.",
    "q without parameters, in Spanish": "$q$ no tiene parámetros.",
    "the schedule defined by numbers": "Let\n\n$$\n\\beta_t = 0.02\n$$\n\nThen",
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_what_may_make_q_learned_withholds_the_proof(name):
    result = red_team.last(_note(WRONG[name]))
    assert result.status not in (PROVED, REFUTED) and not result.internal, result.reason


@pytest.mark.parametrize("name", sorted(FAITHFUL))
def test_what_leaves_q_fixed_decides_nothing(name):
    """The rule is withdrawn (the module docstring): a faithful note's optimum is neither proved nor refuted."""
    result = red_team.last(_note(FAITHFUL[name]))
    assert result.status == UNDECIDED and not result.internal, result.reason


def test_another_variable_under_the_optimum():
    """argmax_w: undecided whatever the note says of q."""
    model = "\\ln p_w(x_0 \\mid x_1)"
    for words in ("Here $q$ depends on $w$.", "Here $q$ has no learnable parameters."):
        assert red_team.last(_note(words, "w", model)).status == UNDECIDED
