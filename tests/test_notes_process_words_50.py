"""Held-out sentences of pc50's changes to the clause rule of a process word (``laws._process_owner_clauses``,
``laws._process_word_first``), written after the change and not tuned to any note.

What a mathematician reads from each sentence decides: a sentence that states the reverse process's or a model's
law leaves DDPM's forward law in force (the forward mean is proved); a sentence that changes the note's own forward
step, with a process word only in a subordinate clause, a purpose, a time clause, as the subject of a verb of wanting
or as the agent of another verb than the change, must not keep DDPM's law (never proved).

pc50 reads the words of a model or the reverse process in French, German, Spanish, Italian and Portuguese (réseau,
Netzwerk, processus inverse, Rückwärtsprozess, red neuronal, rete neurale), a label of another process before a colon
("Reverse process: ..."), a coordinate clause with no subject of its own ("The network takes $x_t$ and halves
$x_{t-1}$"), the recipient of maths ("$x_{t-1}/2$ is fed to the network") and a zh/ja passive's agent (被网络, ネット
ワークによって); it stops reading a process word as the change's owner in a preposed subordinate clause ("If the
network diverges $x_{t-1}$ is halved first"), before a verb of wanting ("The network expects $x_{t-1}$ to be
halved"), as the agent of a later verb ("halved first to be read by the network"), before a word of time in zh/ja
(网络读取 ... 之前, 読まれる前に) and beside a change of a pronoun ("after it is halved").
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_FORWARD = (
    "We use the forward process of DDPM.\n\n$$\nq(x_t \\mid x_0) = \\mathcal{N}(x_t; \\sqrt{\\bar\\alpha_t} x_0, "
    "(1-\\bar\\alpha_t) I)\n$$\n\n"
)


def _forward_mean(sentence: str):
    return red_team.last(f"{red_team.DDPM}{_FORWARD}{sentence}{red_team.FORWARD_MEAN}")


#: Sentences that change the note's own forward step (the process word owns no change): never proved.
HELD_NOT_FORWARD_LAW_KEPT = {
    "if, no comma": "If the network diverges $x_{t-1}$ is halved first.",
    "when, no comma": "When the network is trained $x_{t-1}$ is halved first.",
    "because, no comma": "Because the network expects it $x_{t-1}$ is halved first.",
    "since the model's": "Since the model's input must be small $x_{t-1}$ is halved first.",
    "fr quand": "Quand le réseau diverge $x_{t-1}$ est d'abord divisé par deux.",
    "de wenn": "Wenn das Netzwerk divergiert wird $x_{t-1}$ zuerst halbiert.",
    "zh if": "如果网络发散先将 $x_{t-1}$ 减半。",
    "expects": "The network expects $x_{t-1}$ to be halved first.",
    "needs": "The network needs $x_{t-1}$ halved first.",
    "requires that": "The network requires that $x_{t-1}$ be halved first.",
    "fr veut que": "Le réseau veut que $x_{t-1}$ soit d'abord divisé par deux.",
    "de erwartet": "Das Netzwerk erwartet, dass $x_{t-1}$ zuerst halbiert wird.",
    "de braucht": "Das Netzwerk braucht ein zuerst halbiertes $x_{t-1}$.",
    "agent of a later verb, to be read": "Here $x_{t-1}$ is halved first to be read by the network.",
    "agent of a gerund, upon": "Here $x_{t-1}$ is halved first upon reading by the network.",
    "agent of a gerund, ahead of": "Here $x_{t-1}$ is halved first ahead of processing by the network.",
    "fr pour être lu par": "$x_{t-1}$ est divisé par deux pour être lu par le réseau.",
    "de um gelesen zu werden": "Hier wird $x_{t-1}$ zuerst halbiert um vom Netzwerk gelesen zu werden.",
    "after it is halved": "The network reads $x_{t-1}$ after it is halved.",
    "zh before being read by": "$x_{t-1}$ 被网络读取前先减半。",
    "zh before the network reads": "网络读取 $x_{t-1}$ 之前先将其减半。",
    "ja before being read by": "$x_{t-1}$ はネットワークによって読まれる前に半分にされる。",
    "not a label, negated": "Not the reverse process: $x_{t-1}$ is halved first.",
    # a label before a clause that names the forward process labels nothing (rt51b-22, 23 in fr and es)
    "label, en during diffusion": "Network: during diffusion $x_{t-1}$ is halved first.",
    "label, it processo diretto": "Rete neurale: nel processo diretto $x_{t-1}$ è dimezzato.",
    "label, pt processo direto": "Rede neural: no processo direto $x_{t-1}$ é dividido por dois.",
    "label, de Diffusionsprozess": "Netzwerk: im Diffusionsprozess wird $x_{t-1}$ zuerst halbiert.",
    "label, fr bruitage": "Réseau : lors du bruitage $x_{t-1}$ est divisé par deux.",
    "not a label, aside": "Reverse process aside: $x_{t-1}$ is halved first.",
    "not a label, the network's input": "Network input: $x_{t-1}$ is halved first.",
    "not a label, a prediction": "Prediction: $x_{t-1}$ is halved first.",
    "not a label, zh negated": "非反向过程：先将 $x_{t-1}$ 减半。",
    "a label, then unlike it": "Reverse process: unlike it, here $x_{t-1}$ is halved first.",
    "a label, then the forward process": "Reverse process: $x_{t-1}$ is halved first in the forward process.",
    "a label, then the forward step": "Reverse process: the forward step halves $x_{t-1}$ first.",
    "the network as an object": "Here the note uses the network and halves $x_{t-1}$.",
    "a bare verb after and": "Here we train the network and halve $x_{t-1}$ first.",
    "noise fed to the network": "$x_t$ is set to $x_{t-1}/2$ with noise fed to the network.",
    "given to the next step": "$x_{t-1}/2$ is given to the next step, not the network.",
    "fr parce que le réseau": "Ici $x_{t-1}$ est divisé par deux parce que le réseau le veut.",
    "fr et le réseau": "Ici $x_{t-1}$ est d'abord divisé par deux et le réseau est entraîné.",
    "de weil das Netzwerk": "Hier wird $x_{t-1}$ zuerst halbiert, weil das Netzwerk es erwartet.",
    "de und das Netzwerk": "Hier wird $x_{t-1}$ zuerst halbiert und das Netzwerk trainiert.",
    "es para que la red": "Aquí $x_{t-1}$ se divide por dos para que la red neuronal vea entradas pequeñas.",
    "it perché la rete": "Qui $x_{t-1}$ viene dimezzato perché la rete neurale lo richiede.",
    "fed to the network and to a state": "$x_{t-1}/2$ goes into the network and into $x_t$.",
    "an absolute participle": "The network being small $x_{t-1}$ is halved first.",
    "fr étant": "Le réseau étant petit $x_{t-1}$ est divisé par deux.",
    "fr à cause du réseau": "À cause du réseau $x_{t-1}$ est divisé par deux.",
    "due to the network": "Due to the network $x_{t-1}$ is halved first.",
    "given the network": "Given the network $x_{t-1}$ is halved first.",
    "to help the network": "To help the network $x_{t-1}$ is halved first.",
    "de wegen": "Wegen des Netzwerks wird $x_{t-1}$ zuerst halbiert.",
    "de zuliebe": "Dem Netzwerk zuliebe wird $x_{t-1}$ zuerst halbiert.",
    "a label, then before it sees it": "Network: $x_{t-1}$ is halved first before it sees it.",
    "and then a state's own clause": "Here the network is used and then $x_{t-1}$ is halved.",
}


@pytest.mark.parametrize("name", sorted(HELD_NOT_FORWARD_LAW_KEPT))
def test_held_out_changes_of_the_note_s_step_are_not_proved(name):
    result = _forward_mean(HELD_NOT_FORWARD_LAW_KEPT[name])
    assert result.status in {UNDECIDED, REFUTED}, result.reason


#: Sentences that state another process's law (the forward step is DDPM's), or a model's words beside no change:
#: the forward mean stays proved, in each language.
HELD_FAITHFUL = {
    "a label": "Reverse process: $x_{t-1}$ is halved first.",
    "a label in bold": "**Reverse process:** $x_{t-1}$ is halved first.",
    "fr a label": "Processus inverse : $x_{t-1}$ est divisé par deux.",
    "de a label": "Rückwärtsprozess: $x_{t-1}$ wird halbiert.",
    "ja a label": "逆過程：$x_{t-1}$ を半分にする。",
    "fed to the network": "$x_{t-1}/2$ is fed to the network.",
    "enters the network": "$x_{t-1}/2$ enters the network.",
    "fr donné au réseau": "$x_{t-1}/2$ est donné au réseau.",
    "takes and halves": "The network takes $x_t$ and halves $x_{t-1}$.",
    "takes and then halves": "The network takes $x_t$ and then halves $x_{t-1}$.",
    "fr prend et divise": "Le réseau prend $x_t$ et divise $x_{t-1}$ par deux.",
    "de nimmt und halbiert": "Das Netzwerk nimmt $x_t$ und halbiert $x_{t-1}$.",
    "zh first halved by the network": "$x_{t-1}$ 先被网络减半。",
    "zh in the reverse process, halved by the network": "反向过程中 $x_{t-1}$ 先被网络减半。",
    "ja halved first by the network": "$x_{t-1}$ は先にネットワークによって半分にされる。",
    "when the network halves": "When the network halves $x_{t-1}$, it predicts the noise.",
    "fr le réseau divise": "Le réseau divise $x_{t-1}$ par deux.",
    "fr le réseau divise d'abord": "Le réseau divise d'abord $x_{t-1}$ par deux.",
    "fr dans le processus inverse": "Dans le processus inverse, $x_{t-1}$ est divisé par deux.",
    "fr le processus inverse divise": "Le processus inverse divise d'abord $x_{t-1}$ par deux.",
    "fr par le réseau": "$x_{t-1}$ est divisé par deux par le réseau.",
    "de das Netzwerk halbiert": "Das Netzwerk halbiert $x_{t-1}$.",
    "de im Rückwärtsprozess": "Im Rückwärtsprozess wird $x_{t-1}$ halbiert.",
    "de der Rückwärtsprozess halbiert": "Der Rückwärtsprozess halbiert $x_{t-1}$ zuerst.",
    "de vom Netzwerk": "$x_{t-1}$ wird vom Netzwerk halbiert.",
    "es la red neuronal": "La red neuronal divide $x_{t-1}$ por dos.",
    "it la rete neurale": "La rete neurale dimezza $x_{t-1}$.",
    "it il processo inverso": "Il processo inverso dimezza $x_{t-1}$.",
    "pt a rede neural": "A rede neural divide $x_{t-1}$ por dois.",
    "pt o processo reverso": "O processo reverso divide $x_{t-1}$ por dois.",
    "ja the network halves": "ネットワークは $x_{t-1}$ を半分にする。",
    "ja in the reverse process": "逆過程では $x_{t-1}$ を半分にする。",
    "the network predicts": "The network predicts the noise.",
    "fr le réseau prédit": "Le réseau prédit le bruit.",
    "fr entraîné à prédire": "Le réseau est entraîné à prédire le bruit ajouté à $x_{t-1}$.",
    "de sagt vorher": "Das Netzwerk sagt das Rauschen vorher.",
    "zh the network predicts": "网络预测噪声。",
    "ja the network predicts": "ネットワークはノイズを予測する。",
    "zh forward then the network": "前向过程在每一步加入高斯噪声，网络预测该噪声。",
    "es forward then the network": "El proceso directo añade ruido gaussiano en cada paso; la red neuronal predice ese ruido.",
}


@pytest.mark.parametrize("name", sorted(HELD_FAITHFUL))
def test_held_out_faithful_sentences_keep_the_proof(name):
    result = _forward_mean(HELD_FAITHFUL[name])
    assert result.status == PROVED, result.reason
