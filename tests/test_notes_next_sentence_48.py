"""Held-out tests for ns48's fix of red team 47a's findings 01-06 (a tie said of noises in the next sentence, or of
one name), written after it, in other wordings and in English, French, German, Chinese and Japanese.

A sentence whose subject is a plural anaphor (they, their, both, these, the two; ils, elles, leurs, les deux; sie,
ihre, beide; 它们, 两者, 二者; それら, 両者) speaks of the last list of names of the sentence before it, in the same
paragraph: what it says of dependence (correlated, a correlation's value, dependent, their sum) ties them; an exact
"they are equal" makes them one value; independence, their laws, or each one's mean or variance tie nothing, nor does
a plural subject of something else (the steps, the networks).  A noise set to "the same sample" (draw, noise) is tied
to the names of the sentence before.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED
from diffproof.notecheck.contexts import NONE, Ties
from diffproof.notecheck.statements.noise_ties import said_ties
from diffproof.notes import read_notes

#: The sentence that lists the two noises, in each language.
LIST = {
    "en": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$.",
    "fr": r"Ici $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$.",
    "de": r"Hier $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$.",
    "zh": r"这里 $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$。",
    "ja": r"ここで $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$。",
}
#: A next sentence that says the noises may depend on each other: a tie (language, sentence).
TIED = {
    "en covariance": ("en", r"Their covariance is $0.5$."),
    "en correlated with each other": ("en", "They are correlated with each other."),
    "en not independent": ("en", "They are not independent."),
    "en their sum": ("en", "Their sum is zero."),
    "en depend on each other": ("en", "Moreover, they depend on each other."),
    "en these noises linked": ("en", "These noises are linked."),
    "en the noises reciprocal": ("en", "The noises are correlated with one another."),
    "en both share a seed": ("en", "Both share one seed."),
    "en zero mean and equal": ("en", "They have zero mean and are equal."),
    "en an object": ("en", "We take them equal."),
    "en each of them": ("en", "Each of them is equal to the other."),
    "fr ces deux bruits": ("fr", "Ces deux bruits sont corrélés."),
    "en emphasised": ("en", r"_Their_ correlation is $0.5$."),
    "fr un objet": ("fr", "On les suppose égaux."),
    "de beachte dass": ("de", "Beachte, dass sie gleich sind."),
    "fr corrélation": ("fr", r"Leur corrélation vaut $0.9$."),
    "fr corrélés": ("fr", "Ils sont corrélés."),
    "fr dépendants": ("fr", "De plus, elles sont dépendantes."),
    "de Korrelation": ("de", r"Ihre Korrelation ist $0.9$."),
    "de korreliert": ("de", "Sie sind korreliert."),
    "de abhängig": ("de", "Beide sind voneinander abhängig."),
    "zh 协方差": ("zh", r"它们的协方差为 $0.5$。"),
    "zh 相关": ("zh", "两者相关。"),
    "ja 相関": ("ja", "それらは相関している。"),
    "ja 依存": ("ja", "両者は互いに依存する。"),
}
#: A next sentence that says them equal in so many words: one value (language, sentence).
EQUAL = {
    "en both are equal": ("en", "Both are equal."),
    "en the same": ("en", "These noises are the same."),
    "en identical to each other": ("en", "They are identical to each other."),
    "en note that": ("en", "Note that they are equal."),
    "en a bold label": ("en", "**Note.** They are equal."),
    "en these two": ("en", "These two are equal."),
    "en the noises": ("en", "The noises are equal."),
    "zh 这两个噪声": ("zh", "这两个噪声相等。"),
    "fr égales": ("fr", "Elles sont égales."),
    "fr les deux bruits": ("fr", "Les deux bruits sont identiques."),
    "de gleich": ("de", "Die beiden sind gleich."),
    "zh 相等": ("zh", "二者相等。"),
    "ja 等しい": ("ja", "両者は等しい。"),
}
#: A next sentence that says their independence, their laws, each one's moments, or speaks of something else: no
#: tie (language, sentence).
APART = {
    "en independent": ("en", "They are independent."),
    "en i.i.d. standard": ("en", "They are i.i.d. standard Gaussians."),
    "en means": ("en", r"Their means are $0$."),
    "en variances equal": ("en", "Their variances are equal."),
    "en moments": ("en", "They have zero mean and unit variance."),
    "en these steps": ("en", "These steps are equal."),
    "en the two networks": ("en", "The two networks are equal."),
    "en networks reciprocal": ("en", "The networks depend on each other."),
    "en both networks": ("en", "Both networks share weights."),
    "en drawn independently": ("en", "We draw them independently."),
    "en a label": ("en", "Remark: they are independent."),
    "en the noises independent": ("en", "The noises are independent."),
    "en the steps": ("en", "The steps are equal."),
    "fr indépendants": ("fr", "Ils sont indépendants."),
    "fr moyennes": ("fr", "Leurs moyennes sont nulles."),
    "de unabhängig": ("de", "Sie sind unabhängig."),
    "de Mittelwerte": ("de", "Ihre Mittelwerte sind 0."),
    "zh 独立": ("zh", "它们相互独立。"),
    "zh 均值": ("zh", r"它们的均值为 $0$。"),
    "ja 独立": ("ja", "それらは独立である。"),
    "ja 平均": ("ja", r"それらの平均は $0$ である。"),
}
#: A noise set to the sample of the one the sentence before names: a tie.
SAME_DRAW = {
    "en the same draw": r"Let $\epsilon_1 \sim \mathcal{N}(0, 1)$. We take $\epsilon_2$ to be the same draw.",
    "en the same noise": r"Let $\epsilon_1 \sim \mathcal{N}(0, 1)$. Then $\epsilon_2$ reuses the same noise.",
    "fr même tirage": r"Soit $\epsilon_1 \sim \mathcal{N}(0, 1)$. On pose $\epsilon_2$ égal au même tirage.",
    "de dieselbe Stichprobe": (
        r"Sei $\epsilon_1 \sim \mathcal{N}(0, 1)$. Für $\epsilon_2$ nehmen wir dieselbe Stichprobe."
    ),
    "zh 同一个样本": r"令 $\epsilon_1 \sim \mathcal{N}(0, 1)$。$\epsilon_2$ 取同一个样本。",
    "ja 同じサンプル": r"$\epsilon_1 \sim \mathcal{N}(0, 1)$ とする。$\epsilon_2$ には同じサンプルを使う。",
}

PAIR = frozenset((red_team.NOISE_ONE, red_team.NOISE_TWO))
_PRODUCT = "\n\n$$ \\mathbb{E}[\\epsilon_1 \\epsilon_2] = 0 $$\n"
_SUM = "\n\n$$ \\operatorname{Var}(\\epsilon_1 + \\epsilon_2) = 4 $$\n"


def _ties(paragraph: str) -> Ties:
    """Every tie the sentences of a one-paragraph note give."""
    found = NONE
    for _, ties in said_ties(read_notes(paragraph + "\n", markdown=True)):
        found |= ties
    return found


def _note(language: str, sentence: str) -> str:
    return f"{LIST[language]} {sentence}"


@pytest.mark.parametrize("name", sorted(TIED))
def test_a_next_sentence_that_relates_the_listed_noises_ties_them(name):
    ties = _ties(_note(*TIED[name]))
    assert PAIR in ties.tied
    assert PAIR not in ties.same  # not read exactly as one value


@pytest.mark.parametrize("name", sorted(EQUAL))
def test_a_next_sentence_that_says_them_equal_makes_them_one_value(name):
    ties = _ties(_note(*EQUAL[name]))
    assert PAIR in ties.tied and PAIR in ties.same


@pytest.mark.parametrize("name", sorted(APART))
def test_a_next_sentence_of_laws_moments_or_other_things_ties_nothing(name):
    ties = _ties(_note(*APART[name]))
    assert PAIR not in ties.tied and PAIR not in ties.same


@pytest.mark.parametrize("name", sorted(SAME_DRAW))
def test_a_noise_set_to_the_same_sample_is_tied_to_the_one_before(name):
    assert PAIR in _ties(SAME_DRAW[name]).tied


def test_a_plural_anaphor_in_the_next_paragraph_ties_the_list_before_it_only():
    """A paragraph may go on from the one before (rt49a-06..09: left unread, "They are equal." in the next paragraph
    let the context's independence prove E[eps_1 eps_2] = 0): a tie, never one value across the break."""
    assert PAIR in _ties(LIST["en"] + "\n\nThey are correlated.").tied
    assert not _ties(LIST["en"] + "\n\nThey are equal.").same


def test_they_after_a_sentence_of_no_names_refers_to_the_list_before_it_as_a_tie_only():
    ties = _ties(LIST["en"] + " We train the network. They are equal.")
    assert PAIR in ties.tied and not ties.same


def test_a_single_noise_before_is_no_list():
    assert _ties(r"Let $\epsilon_1 \sim \mathcal{N}(0, 1)$. They are correlated.") == NONE


@pytest.mark.parametrize("name", ["en covariance", "fr corrélés", "de Korrelation", "zh 相关", "ja 相関"])
def test_a_tied_note_s_product_is_not_proved(name):
    result = red_team.last(red_team.DDPM + _note(*TIED[name]) + _PRODUCT)
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", ["en the same draw", "zh 同一个样本"])
def test_a_same_draw_note_s_product_is_not_proved(name):
    result = red_team.last(red_team.DDPM + SAME_DRAW[name] + _PRODUCT)
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", ["fr égales", "de gleich", "zh 相等", "ja 等しい"])
def test_an_equal_note_s_variance_of_the_sum_is_no_false_alarm(name):
    result = red_team.last(red_team.DDPM + _note(*EQUAL[name]) + _SUM)
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("name", ["en independent", "en means", "fr indépendants", "de unabhängig", "ja 平均"])
def test_a_faithful_note_s_product_keeps_its_proof(name):
    result = red_team.last(red_team.DDPM + _note(*APART[name]) + _PRODUCT)
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("name", ["en independent", "zh 独立"])
def test_a_faithful_note_s_variance_of_the_sum_keeps_its_refutation(name):
    result = red_team.last(red_team.DDPM + _note(*APART[name]) + _SUM)
    assert result.status == REFUTED, result.reason


@pytest.mark.parametrize(
    "paragraph",
    [
        r"Here $x_0 \sim q$ and $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$. They are equal.",
        r"Let $a, b$ be data, and $\epsilon_1$ and $\epsilon_2$ noises. They are equal.",
    ],
)
def test_they_of_a_list_of_lists_may_mean_a_part_so_equal_is_a_tie_only(paragraph):
    ties = _ties(paragraph)
    assert PAIR in ties.tied and not ties.same
