"""Independence said in words unties, its denial ties, and one law is no tie (session 45, relanding ind44's noise
ties: :mod:`diffproof.notecheck.statements.noise_ties`).

ind44's sentence ties read "Die Rauschterme $\\epsilon_1$ und $\\epsilon_2$ sind unabhängig" (and the same in fr, es,
ja, zh, ko), "independent standard Gaussians" and "$\\epsilon_2$ follows the same distribution as $\\epsilon_1$" as
ties, undoing the independence the note states (red teams 29x, 31x, 36c).  The rules: words that say two names
independent (in every language read) or of one law ("identically distributed", "the same distribution as", i.i.d.)
tie nothing, unless the sentence denies (not, nicht, pas, no, ではない, 不, 아니); a relation said beside them
("equal", "the same value", "the same standard Gaussian", "であり") still ties.  Held-out sentences here (each
language, denied forms, both orders), and notes: ``ind45-held-*`` keep their proofs, ``ind45-wrong-*`` (a tie or a
denied independence of x_0 and the noise) must stay unproved; two of them guard IndependentNoises' return (x_0
tied to the noise through a third name, "$x_0$ equals $y$", "$y$ equals $\\epsilon$", which :func:`contexts.linked`
does not follow: the rule back proves it; a constant of x_0's law said to be the noise).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED
from diffproof.notecheck.statements.noise_ties import said_ties
from diffproof.notes import read_notes

NOTES = red_team.NOTES
HELD = sorted(path.stem for path in NOTES.glob("ind45-held-*.md"))
WRONG = sorted(path.stem for path in NOTES.glob("ind45-wrong-*.md"))


def test_the_notes_are_all_there():
    assert (len(HELD), len(WRONG)) == (3, 15)


@pytest.mark.parametrize("name", HELD)
def test_noises_said_independent_or_of_one_law_keep_their_proof(name):
    result = red_team.judged(name)
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("name", WRONG)
def test_a_denied_independence_or_a_tie_beside_law_words_is_not_proved(name):
    result = red_team.judged(name)
    assert result.status != PROVED, result.reason


#: Sentences that say two noises independent or of one law, in each language and either order: no tie.
APART = {
    "en": r"The noises $\epsilon_2$ and $\epsilon_1$ are mutually independent.",
    "en, i.i.d. standard Gaussians": r"Here $\epsilon_1$ and $\epsilon_2$ are i.i.d. standard Gaussians.",
    "en, independent of": r"The noise $\epsilon_2$ is drawn independently of $\epsilon_1$.",
    "en, identically distributed": r"Both $\epsilon_2$ and $\epsilon_1$ are identically distributed.",
    "en, the same law as": r"Here $\epsilon_1$ has the same law as $\epsilon_2$.",
    "en, both said": r"$\epsilon_1$ and $\epsilon_2$ are independent: $\epsilon_1$ follows the same distribution as "
    r"$\epsilon_2$.",
    "de": r"Die Rauschterme $\epsilon_2$ und $\epsilon_1$ sind stochastisch unabhängig.",
    "de, unabhängig von": r"Hier ist $\epsilon_1$ unabhängig von $\epsilon_2$.",
    "de, identisch verteilt": r"Die Terme $\epsilon_1$ und $\epsilon_2$ sind identisch verteilt.",
    "fr": r"Les bruits $\epsilon_2$ et $\epsilon_1$ sont indépendants.",
    "fr, indépendant de": r"Ici $\epsilon_1$ est indépendant de $\epsilon_2$.",
    "fr, la même loi que": r"Ici $\epsilon_2$ suit la même loi que $\epsilon_1$.",
    "es": r"Los ruidos $\epsilon_2$ y $\epsilon_1$ son independientes.",
    "es, la misma distribución que": r"Aquí $\epsilon_1$ sigue la misma distribución que $\epsilon_2$.",
    "ja": r"ここで $\epsilon_2$ と $\epsilon_1$ は互いに独立である。",
    "ja, と独立": r"ここで $\epsilon_1$ は $\epsilon_2$ と独立である。",
    "ja, と同じ分布": r"ここで $\epsilon_2$ は $\epsilon_1$ と同じ分布に従う。",
    "zh": r"这里 $\epsilon_2$ 与 $\epsilon_1$ 相互独立。",
    "zh, 独立于": r"这里 $\epsilon_1$ 独立于 $\epsilon_2$。",
    "zh, 独立同分布": r"这里 $\epsilon_1$ 和 $\epsilon_2$ 独立同分布。",
    "ko": r"여기서 $\epsilon_2$ 와 $\epsilon_1$ 는 서로 독립이다.",
    "ko, 와 독립": r"여기서 $\epsilon_1$ 은 $\epsilon_2$ 와 독립이다.",
}
#: Sentences that deny the independence, or say a relation beside law words: a tie.
TIED = {
    "en, not": r"The noises $\epsilon_1$ and $\epsilon_2$ are not independent.",
    "en, denied before": r"It is false that $\epsilon_2$ and $\epsilon_1$ are independent.",
    "en, not independent of": r"Here $\epsilon_2$ is not independent of $\epsilon_1$.",
    "en, neither": r"Here $\epsilon_1$ and $\epsilon_2$ are neither independent nor uncorrelated.",
    "en, independent and equal": r"Here $\epsilon_1$ and $\epsilon_2$ are independent and equal.",
    "en, the same value": r"Here $\epsilon_2$ has the same value as $\epsilon_1$.",
    "en, the same standard Gaussian": r"Here $\epsilon_1$ and $\epsilon_2$ are the same standard Gaussian.",
    "en, the independent noise": r"Here $\epsilon_1$ and $\epsilon_2$ are the independent noise.",
    "en, i.i.d. then equal": r"Here $\epsilon_1$ and $\epsilon_2$ are i.i.d.: $\epsilon_2$ equals $\epsilon_1$.",
    "de, nicht": r"Die Rauschterme $\epsilon_1$ und $\epsilon_2$ sind nicht unabhängig.",
    "de, gleich": r"Die Rauschterme $\epsilon_1$ und $\epsilon_2$ sind gleich.",
    "fr, ne pas": r"Les bruits $\epsilon_1$ et $\epsilon_2$ ne sont pas indépendants.",
    "fr, non": r"Les bruits $\epsilon_1$ et $\epsilon_2$ sont non indépendants.",
    "es, no": r"Los ruidos $\epsilon_1$ y $\epsilon_2$ no son independientes.",
    "ja, ではない": r"ここで $\epsilon_1$ と $\epsilon_2$ は独立ではない。",
    "ja, と同じ": r"ここで $\epsilon_1$ は $\epsilon_2$ と同じである。",
    "ja, であり、独立": r"ここで $\epsilon_1$ は $\epsilon_2$ であり、独立である。",
    "zh, 不独立": r"这里 $\epsilon_1$ 与 $\epsilon_2$ 不独立。",
    "zh, 等于": r"这里 $\epsilon_1$ 等于 $\epsilon_2$。",
    "ko, 아니다": r"여기서 $\epsilon_1$ 과 $\epsilon_2$ 는 독립이 아니다.",
    "ko, 같다": r"여기서 $\epsilon_1$ 은 $\epsilon_2$ 와 같다.",
}


@pytest.mark.parametrize("name", APART)
def test_independence_or_one_law_said_ties_nothing(name):
    assert not red_team.noises_tied(APART[name])


@pytest.mark.parametrize("name", TIED)
def test_a_denied_independence_or_a_relation_beside_law_words_ties(name):
    assert red_team.noises_tied(TIED[name])


def test_a_name_is_never_tied_to_itself():
    (ties,) = [
        t for _, t in said_ties(read_notes(r"Let $x_0$ be data and $x_0$ equal $\epsilon$." + "\n", markdown=True))
    ]
    assert all(len(pair) == 2 for pair in ties.tied)
