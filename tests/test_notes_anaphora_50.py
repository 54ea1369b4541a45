"""Held-out notes of ac50's fix of red team 49a's 01-05 and 10 (``noise_ties._any_anaphor_said``,
``noise_ties._uncorrelated_out``): a sentence that speaks of noises named before by an anaphor of any kind (they,
each, the other, the former, the latter, the first, the second, one another, in French, German, Chinese and
Japanese) withholds their independence unless it says only independence or laws, and what a plural anaphor says is
read as a whitelist (not a list of tie words; maths said of them, not a law, is a value: "They are $z$.");
"uncorrelated" is a zero covariance, no independence, but beside an independence or a joint Gaussian law.  Wrong steps must stay unproved; faithful ones keep their proof."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

_NOTE = "<!-- diffproof: context ddpm -->\nHere $\\epsilon_1, \\epsilon_2 \\sim \\mathcal{{N}}(0, 1)$. {}\n\n$$ {} $$\n"
_PRODUCT = "\\mathbb{E}[\\epsilon_1 \\epsilon_2] = 0"
_FOURTH = "\\mathbb{E}[\\epsilon_1^2 \\epsilon_2^2] = 1"

#: A tie said of the noises by an anaphor (E[eps_1 eps_2] = 0 is wrong when eps_2 = eps_1): never proved.
TIED = {
    "the latter is the former": "The latter is the former.",
    "each copies the other": "Each copies the other.",
    "one duplicates the other": "One duplicates the other.",
    "the second mirrors the first": "The second mirrors the first.",
    "they are clones": "They are clones of one another.",
    "they are reused": "We draw them once and reuse them.",
    "either is the other": "Either is the other.",
    "fr, l'un est une copie de l'autre": "L'un est une copie de l'autre.",
    "fr, le second est le premier": "Le second est le premier.",
    "fr, ce dernier vaut le premier": "Ce dernier vaut le premier.",
    "de, der zweite ist der erste": "Der zweite ist der erste.",
    "de, einander Kopien": "Sie sind Kopien voneinander.",
    "zh, 后者就是前者": "后者就是前者。",
    "zh, 两者是同一个": "两者来自同一次采样。",
    "ja, 後者は前者である": "後者は前者である。",
    "ja, もう一方の複製": "一方はもう一方の複製である。",
    "the first is z, so is the second": "The first is $z$, and so is the second.",
    "each independent of x0 only": "Each is independent of $x_0$.",
    "eps2 is a copy of it": "Then $\\epsilon_2$ is a copy of it.",
    "eps2 is the same": "And $\\epsilon_2$ is the same.",
    "eps2 is it": "Then $\\epsilon_2$ is it.",
    "they are z": "They are $z$.",
    "both are a third noise": "Both are $\\epsilon_3$.",
    "the first one is the second one": "The first one is the second one.",
}


@pytest.mark.parametrize("name", sorted(TIED))
def test_a_tie_said_by_an_anaphor_withholds_the_independence(name):
    result = red_team.last(_NOTE.format(TIED[name], _PRODUCT))
    assert result.status != PROVED, result.reason


#: Independence, or each noise's own law, said by an anaphor: E[eps_1^2 eps_2^2] = 1 keeps its proof.
APART = {
    "each independent of the other": "Each is independent of the other.",
    "each standard normal": "Each is standard normal.",
    "they are independent": "They are independent.",
    "both have zero mean": "Both have zero mean.",
    "the first independent of the second": "The first is independent of the second.",
    "fr, l'un indépendant de l'autre": "L'un est indépendant de l'autre.",
    "de, sie sind unabhängig": "Sie sind voneinander unabhängig.",
    "zh, 两者相互独立": "两者相互独立。",
    "ja, 両者は独立である": "両者は互いに独立である。",
    "drawn at each step": "They are drawn at each step.",
    "each drawn from a law": "Each is drawn from $\\mathcal{N}(0, 1)$.",
    "eps2 independent of it": "Moreover, $\\epsilon_2$ is independent of it.",
    "a name, no anaphor": "We plug $\\epsilon_1$ into the loss.",
    "at step t": "Each is drawn at step $t$.",
    "another subject, both sides": "We take the expectation of both sides below.",
    "another subject, the first term": "The first term vanishes.",
}


@pytest.mark.parametrize("name", sorted(APART))
def test_independence_said_by_an_anaphor_keeps_the_proof(name):
    result = red_team.last(_NOTE.format(APART[name], _FOURTH))
    assert result.status == PROVED, result.reason


#: "Uncorrelated" said alone is a zero covariance, which leaves E[eps_1^2 eps_2^2] open (eps_2 = S eps_1, S a fair
#: sign: 3); beside an independence, or a joint Gaussian law, it keeps the proof.  Each: words, proved.
UNCORRELATED = {
    "uncorrelated": ("They are uncorrelated.", False),
    "each uncorrelated with the other": ("Each is uncorrelated with the other.", False),
    "de, unkorreliert": ("Sie sind unkorreliert.", False),
    "fr, décorrélés": ("Ils sont décorrélés.", False),
    "zh, 不相关": ("它们不相关。", False),
    "independent and uncorrelated": ("They are independent and uncorrelated.", True),
    "jointly Gaussian and uncorrelated": ("They are jointly Gaussian and uncorrelated.", True),
}


@pytest.mark.parametrize("name", sorted(UNCORRELATED))
def test_uncorrelated_is_no_independence_alone(name):
    words, proved = UNCORRELATED[name]
    result = red_team.last(_NOTE.format(words, _FOURTH))
    assert (result.status == PROVED) is proved, result.reason
