"""Held-out sentences of pc48's fix of rt47b-07..11 (false proofs under ``context ddpm``), written after the fix and
not tuned to the red team's notes.

A word of a model or the reverse process excludes a change of the step's input from the forward process only where it
governs the clause that writes the change (its subject, owner or a phrase fronted to it: "The network halves
$x_{t-1}$", "In the reverse process, $x_{t-1}$ is halved").  A process word in a coordinate clause ("and", "but", "or",
并, して), a purpose, result, time or condition clause ("so", "in order that", "before", "if", afin que, bevor, 以便,
ように, 前に), a relative clause ("which"), after a colon or a dash, in an aside (parentheses, a pair of dashes) or in
a phrase of purpose or comparison ("for the network", "similarly to", 为了, 像...一样, のように, と同じく) does not own
the change, nor does one in the change's clause that is neither before the change (subject, owner, fronted phrase)
nor its passive's agent ("halved first to suit the network", "with the network in mind"): the change is the note's
own forward step, and DDPM's forward law is not kept (``laws._process_owner_clauses``, ``laws._process_word_owns``).
Faithful sentences whose process word does govern the change keep the proof.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_FORWARD = (
    "We use the forward process of DDPM.\n\n$$\nq(x_t \\mid x_0) = \\mathcal{N}(x_t; \\sqrt{\\bar\\alpha_t} x_0, "
    "(1-\\bar\\alpha_t) I)\n$$\n\n"
)

#: Sentences past a display that change the forward step's input beside a process word that does not own the
#: change (en, fr, zh, ja): DDPM's forward mean after them must not be proved.
HELD_NOT_OWNED = {
    "but the network": "Here $x_{t-1}$ is halved first but the network never sees it.",
    "or the network": "Here $x_{t-1}$ is halved first or the network diverges.",
    "and then the network": "Here $x_{t-1}$ is halved first and then the network predicts the noise.",
    "so the network": "Here $x_{t-1}$ is halved first so the network sees small inputs.",
    "in order that the model's": "Here $x_{t-1}$ is halved first in order that the model's input stays small.",
    "an em dash": "Here $x_{t-1}$ is halved first — the network expects it.",
    "a double hyphen": "Here $x_{t-1}$ is halved first -- the network expects it.",
    "similarly to the reverse process": "Here $x_{t-1}$ is doubled first similarly to the reverse process.",
    "fr afin que, the English word": "Ici $x_{t-1}$ est divisé par deux afin que le network voie de petites entrées.",
    "fr afin que le réseau": "Ici $x_{t-1}$ est d'abord divisé par deux afin que le réseau voie de petites entrées.",
    "fr comme le processus inverse": "Comme dans le processus inverse, $x_{t-1}$ est d'abord divisé par deux.",
    "de damit das Netz": "Hier wird $x_{t-1}$ zuerst halbiert, damit das Netzwerk kleine Eingaben sieht.",
    "de wie im Rückwärtsprozess": "Wie im Rückwärtsprozess wird $x_{t-1}$ zuerst halbiert.",
    "zh so that the network": "这里先将 $x_{t-1}$ 减半以便网络看到较小的输入。",
    "zh and trains the network": "这里先将 $x_{t-1}$ 减半并训练网络。",
    "zh like the reverse process": "像反向过程一样先将 $x_{t-1}$ 减半。",
    "zh a colon": "这里先将 $x_{t-1}$ 减半：网络需要这样。",
    "zh full-width parentheses": "这里先将 $x_{t-1}$ 减半（网络需要这样）。",
    "ja so that the network sees": "ネットワークが小さい入力を見るように $x_{t-1}$ を先に半分にする。",
    "ja like the reverse process": "逆過程のように $x_{t-1}$ を先に半分にする。",
    "ja te-form then trains": "$x_{t-1}$ を先に半分にしてネットワークを訓練する。",
    "ja in parentheses": "$x_{t-1}$ を先に半分にする（ネットワークのため）。",
    "ja the same as the reverse process": "逆過程と同じく $x_{t-1}$ を先に半分にする。",
    "for the network": "Here $x_{t-1}$ is halved first for the network.",
    "before the network sees it": "Here $x_{t-1}$ is halved first before the network sees it.",
    "which the network expects": "Here $x_{t-1}$ is halved first which the network expects.",
    "if the network": "Here $x_{t-1}$ is halved first if the network diverges.",
    "fronted for, no comma": "For the network $x_{t-1}$ is halved first.",
    "fronted like, no comma": "Like the reverse process $x_{t-1}$ is halved first.",
    "de bevor": "Hier wird $x_{t-1}$ zuerst halbiert bevor das network es sieht.",
    "zh for the network": "这里为了网络先将 $x_{t-1}$ 减半。",
    "zh like the reverse process, 那样": "像反向过程那样先将 $x_{t-1}$ 减半。",
    "ja before the network predicts": "ネットワークが予測する前に $x_{t-1}$ を半分にする。",
    "without any network": "Without any network $x_{t-1}$ is halved first.",
    "to make the noise easy to predict": "Here $x_{t-1}$ is halved first to make the noise easier to predict.",
    "to suit the network": "Here $x_{t-1}$ is halved first to suit the network.",
    "with the network in mind": "Here $x_{t-1}$ is halved first with the network in mind.",
    "by analogy with the reverse process": "Here $x_{t-1}$ is halved first by analogy with the reverse process.",
}


@pytest.mark.parametrize("name", sorted(HELD_NOT_OWNED))
def test_held_out_changes_a_process_word_does_not_own_are_not_proved(name):
    result = red_team.last(f"{red_team.DDPM}{_FORWARD}{HELD_NOT_OWNED[name]}{red_team.FORWARD_MEAN}")
    assert result.status in {UNDECIDED, REFUTED}, result.reason


#: Sentences past a display whose process word governs the change (its subject, its owner, a fronted phrase, a
#: passive's agent; an aside or a coordinate clause of the same process beside it): the forward mean stays proved.
HELD_OWNED = {
    "network halves and predicts": "The network halves $x_{t-1}$ and predicts the noise.",
    "fronted phrase with an aside": "In the reverse process (see below), $x_{t-1}$ is halved first.",
    "subject with an aside": "The network (a U-Net) halves $x_{t-1}$ before predicting the noise.",
    "reverse process then a colon": "The reverse process halves $x_{t-1}$: the network expects it.",
    "the network's input": "The network's input is $x_{t-1}/2$.",
    "two subjects": "The network and the sampler both halve $x_{t-1}$.",
    "halved by the network": "$x_{t-1}$ is halved by the network before it predicts the noise.",
    "zh reverse process halves": "反向过程先将 $x_{t-1}$ 减半。",
    "zh network halves to predict": "网络先将 $x_{t-1}$ 减半以便预测噪声。",
    "ja in the reverse process": "逆過程では $x_{t-1}$ を先に半分にする。",
    "ja network halves and predicts": "ネットワークは $x_{t-1}$ を半分にしてノイズを予測する。",
    "network maps to": "The network maps $x_t$ to $x_{t-1}/2$.",
    "network halves for each t": "The network halves $x_{t-1}$ for each $t$.",
    "first the network halves": "First the network halves $x_{t-1}$.",
    "given x_t the network halves": "Given $x_t$ the network halves $x_{t-1}$.",
    "halved by the trained denoising network": "$x_{t-1}$ is halved by the trained denoising network.",
    "ja halved by the network": "$x_{t-1}$ はネットワークによって半分にされる。",
    "zh halved by the network": "$x_{t-1}$ 被网络减半。",
}


@pytest.mark.parametrize("name", sorted(HELD_OWNED))
def test_held_out_changes_a_process_word_owns_keep_the_proof(name):
    result = red_team.last(f"{red_team.DDPM}{_FORWARD}{HELD_OWNED[name]}{red_team.FORWARD_MEAN}")
    assert result.status == PROVED, result.reason
