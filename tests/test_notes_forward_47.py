"""Held-out sentences of dw47's fixes of rt46b-04 and rt46b-06..08 (false proofs under ``context ddpm``), written
after the fixes and not tuned to the red team's notes.

- A shape of the computation (an expression, a quadratic expression, a coefficient of a state) said of a thing after a
  copula is what that thing is, in Chinese and Japanese as in English (``laws._computed_said_of``): the derivation's
  phrases (二次表达式, 二次式, 係数) no longer pass the whitelist there, so the forward laws are set aside.
- A word of the reverse process or a model governs the clause it stands in, not a sentence whose other clause changes
  a state or acts on the step's input (``laws._of_another_process``); "reverse" as a verb of a state ("the sign is
  reversed") is no word of the reverse process.

Faithful sentences (derivation prose, a model's or the reverse process's sentences) keep the forward proof.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_FORWARD = (
    "We use the forward process of DDPM.\n\n$$\nq(x_t \\mid x_0) = \\mathcal{N}(x_t; \\sqrt{\\bar\\alpha_t} x_0, "
    "(1-\\bar\\alpha_t) I)\n$$\n\n"
)

#: Sentences past a display, each with the verdict DDPM's forward variance after it must get: a shape of the
#: computation said of the noise, mean or variance (zh, ja; other copulas and shapes) sets the laws aside; the same
#: shapes as derivation prose, with no thing they are said of, keep the proof.
HELD_SHAPES = {
    "zh mean is a quadratic": ("均值是 $x_{t-1}$ 的二次式。", UNDECIDED),
    "zh variance is a coefficient": ("方差为 $x_{t-1}$ 的系数。", UNDECIDED),
    "zh noise becomes a quadratic expression": ("噪声变成 $x_{t-1}$ 的二次表达式。", UNDECIDED),
    "ja noise is a quadratic": ("ノイズは $x_{t-1}$ の二次式である。", UNDECIDED),
    "ja variance is a quadratic form": ("分散が $x_{t-1}$ の二次形式になる。", UNDECIDED),
    "ja mean is a coefficient": ("平均は $x_{t-1}$ の係数である。", UNDECIDED),
    "en noise is a quadratic form": ("The noise is a quadratic form in $x_{t-1}$.", UNDECIDED),
    "zh combined into a quadratic expression": ("然后合并成 $x_{t-1}$ 的二次式。", PROVED),
    "zh coefficients compared": ("对比 $x_{t-1}$ 的系数。", PROVED),
    "ja arranged as a quadratic form": ("$x_{t-1}$ に関する二次形式に整理する。", PROVED),
    "en derive an expression of the posterior": ("We derive an expression of the posterior.", PROVED),
}


@pytest.mark.parametrize("name", sorted(HELD_SHAPES))
def test_held_out_shapes_of_the_computation_get_their_verdict(name):
    words, expected = HELD_SHAPES[name]
    result = red_team.last(f"{red_team.DDPM}{_FORWARD}{words}{red_team.FORWARD_VARIANCE}")
    assert result.status == expected, result.reason


#: Sentences past a display, each with the verdict DDPM's forward mean after it must get: a clause that changes the
#: step's input beside a clause of the reverse process or a model (other wordings, without a comma, fronted; zh, ja,
#: fr, de), or "reverse" said of a state as a verb, sets the laws aside; a sentence all of whose clauses are a
#: model's or the reverse process's keeps the proof.
HELD_CLAUSES = {
    "negated unlike the reverse process": ("Here $x_{t-1}$ is negated, unlike in the reverse process.", UNDECIDED),
    "squared whereas the network": ("Here $x_{t-1}$ is squared first, whereas the network sees it whole.", UNDECIDED),
    "halved as the model expects, no comma": ("Here $x_{t-1}$ is halved as the model expects.", UNDECIDED),
    "fronted contrast": ("Unlike the reverse process, here $x_{t-1}$ is doubled first.", UNDECIDED),
    "fronted in contrast": ("In contrast to the reverse process, $x_{t-1}$ is halved.", UNDECIDED),
    "fronted for the network": ("For the network, $x_{t-1}$ is halved first.", UNDECIDED),
    "and the network": ("The network is trained on $x_t$, and $x_{t-1}$ is halved first.", UNDECIDED),
    "reverses the sign": ("The step reverses the sign of $x_{t-1}$ first.", UNDECIDED),
    "order reversed": ("Here the entries of $x_{t-1}$ are reversed first.", UNDECIDED),
    "zh halved unlike the reverse process": ("这里 $x_{t-1}$ 先减半，与反向过程不同。", UNDECIDED),
    "zh halved as the network expects": ("正如网络所期望的，$x_{t-1}$ 先减半。", UNDECIDED),
    "ja sign reversed": ("ここでは $x_{t-1}$ の符号を逆にする。", UNDECIDED),
    "ja halved unlike the reverse process": ("ここでは $x_{t-1}$ を半分にし、逆過程とは異なる。", UNDECIDED),
    "fr halved unlike the reverse process": (
        "Ici $x_{t-1}$ est divisé par deux, contrairement au processus inverse.",
        UNDECIDED,
    ),
    "de halved as the network expects": ("Hier wird $x_{t-1}$ halbiert, wie das Netzwerk erwartet.", UNDECIDED),
    "reverse process learned by the network": ("The reverse process is learned by the network.", PROVED),
    "network predicts the noise": ("The network predicts the noise from $x_t$, and the sampler uses it.", PROVED),
    "reverse process from x_T": ("In the reverse process, $x_{t-1}$ is sampled from $p_\\theta$.", PROVED),
}


@pytest.mark.parametrize("name", sorted(HELD_CLAUSES))
def test_held_out_clauses_of_another_process_get_their_verdict(name):
    words, expected = HELD_CLAUSES[name]
    result = red_team.last(f"{red_team.DDPM}{_FORWARD}{words}{red_team.FORWARD_MEAN}")
    assert result.status == expected, result.reason
