"""Held-out tests for nt47's fixes of red team 46's findings (rt46a-05, 06, 09, 10, 13; rt46b-21), written after
them, in other wordings and the languages the project reads.

Words after a sentence's one maths that lists two noises (or writes an expression of both) may tie them: the words
after a list tie unless they only say of laws ("are independent", "are i.i.d.", "are drawn separately"); those
after an expression tie when they say a tie or a value ("vanishes", "is $0$").  A list said related after an aside
("are, as shown above, equal") or summed ("sum to one") ties two names in words.  A colon after a noun opening
the clause ("Noise: a term in $x_{t-1}$") is a copula: what follows is what the noun is, not derivation prose.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED
from diffproof.notecheck.statements.tied_in_words import tied_in_words
from diffproof.notes import read_notes

#: A list of the two noises, then words that make them equal, one value, or dependent: a tie.
TIED = {
    "en coincide": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, I)$ coincide.",
    "en the same sample": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, I)$ are the same sample.",
    "en a single draw": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are a single draw reused.",
    "en correlated": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are correlated.",
    "en not independent": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are not independent.",
    "en aside then equal": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are, by construction, equal.",
    "en a list with a third": r"Here $\epsilon_1, \epsilon_2$ and $z$ are all equal.",
    "en without a law": r"Here $\epsilon_1, \epsilon_2$ are equal.",
    "en adjective before": r"Take the identical noises $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, I)$.",
    "en negatives": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are negatives of each other.",
    "de gleich": r"Hier sind $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ gleich.",
    "de nachgestellt": r"Hier $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ sind identisch.",
    "fr égaux": r"Ici $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ sont égaux.",
    "es iguales": r"Aquí $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ son iguales.",
    "zh 相等": r"这里 $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ 相等。",
    "ja 等しい": r"ここで $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ は等しい。",
    "ko 같다": r"여기서 $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ 는 같다.",
    # an expression of both given a value
    "sum is zero": r"Here $\epsilon_1 + \epsilon_2$ is zero.",
    "difference is 0": r"Here $\epsilon_1 - \epsilon_2$ is $0$.",
    "sum cancels": r"Here $\epsilon_1 + \epsilon_2$ cancels.",
    "difference deterministic": r"Here $\epsilon_1 - \epsilon_2$ is deterministic.",
    "sum is always 0": r"Here $\epsilon_1 + \epsilon_2$ is always $0$.",
    "sum not random": r"Here $\epsilon_1 + \epsilon_2$ is not random.",
    "sum has no variance": r"Here $\epsilon_1 + \epsilon_2$ has no variance.",
    "de null": r"Hier ist $\epsilon_1 + \epsilon_2$ null.",
    "fr s'annule": r"Ici $\epsilon_1 + \epsilon_2$ s'annule.",
    "zh 为零": r"这里 $\epsilon_1 + \epsilon_2$ 为零。",
    "ja ゼロ": r"ここで $\epsilon_1 + \epsilon_2$ はゼロである。",
}
#: A list of the two noises, then words that only say their laws, or that they are independent: no tie.
APART = {
    "en independent": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are independent.",
    "en i.i.d.": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are i.i.d.",
    "en drawn separately": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are drawn separately.",
    "en drawn independently": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, I)$ are drawn independently.",
    "en be independent": r"Let $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, I)$ be independent.",
    "en nothing after": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, I)$.",
    "en the same distribution": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, I)$ have the same distribution and are "
    r"independent.",
    "de unabhängig": r"Hier sind $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ unabhängig.",
    "fr indépendants": r"Ici $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ sont indépendants.",
    "zh 相互独立": r"这里 $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ 相互独立。",
    "ja 独立": r"ここで $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ は独立である。",
    "ko 독립": r"여기서 $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ 는 서로 독립이다.",
    # an expression of both whose words say its law, not a value
    "sum is Gaussian": r"Here $\epsilon_1 + \epsilon_2$ is Gaussian with variance two.",
}


@pytest.mark.parametrize("name", sorted(TIED))
def test_words_after_one_maths_that_tie_its_noises_tie_them(name):
    assert red_team.noises_tied(TIED[name])


@pytest.mark.parametrize("name", sorted(APART))
def test_words_after_one_maths_that_only_say_laws_tie_nothing(name):
    assert not red_team.noises_tied(APART[name])


_PRODUCT = "\n\n$$ \\mathbb{E}[\\epsilon_1 \\epsilon_2] = 0 $$\n"


@pytest.mark.parametrize("name", ["en the same sample", "ja 等しい", "difference is 0", "fr égaux"])
def test_a_tied_note_s_product_is_not_proved(name):
    assert red_team.last(red_team.DDPM + TIED[name] + _PRODUCT).status != PROVED


@pytest.mark.parametrize("name", ["en i.i.d.", "en drawn separately", "de unabhängig", "ja 独立"])
def test_a_faithful_note_s_product_keeps_its_proof(name):
    result = red_team.last(red_team.DDPM + APART[name] + _PRODUCT)
    assert result.status == PROVED, result.reason


X, Y = ("x", "", ""), ("y", "", "")


def _xy_tied(sentence: str) -> bool:
    return frozenset((X, Y)) in tied_in_words(read_notes(sentence + "\n", markdown=True))


#: Two names listed, then a relation said after an aside, or a sum: a tie.
RELATED_AFTER = {
    "aside, identical": r"Here $x$ and $y$ are, as we saw, identical.",
    "aside, the same": r"Here $x$ and $y$ are, by the lemma, the same.",
    "add up to": r"Here $x$ and $y$ add up to one.",
    "sums to": r"The pair $x$ and $y$ sums to a constant.",
    "cancel": r"Here $x$ and $y$ cancel.",
}
#: Two names listed, then words that relate them in no way, or a relation said of another maths: no tie.
NOT_RELATED_AFTER = {
    "aside, independent": r"Here $x$ and $y$ are, as we saw, independent.",
    "a later maths equal": r"Here $x$ and $y$ are given, and $z$ is equal to one.",
    "given": r"Here $x$ and $y$ are given.",
}


@pytest.mark.parametrize("name", sorted(RELATED_AFTER))
def test_a_relation_after_a_list_ties(name):
    assert _xy_tied(RELATED_AFTER[name])


@pytest.mark.parametrize("name", sorted(NOT_RELATED_AFTER))
def test_no_relation_after_a_list_ties_nothing(name):
    assert not _xy_tied(NOT_RELATED_AFTER[name])


_FORWARD = (
    "We use the forward process of DDPM.\n\n$$\nq(x_t \\mid x_0) = \\mathcal{N}(x_t; \\sqrt{\\bar\\alpha_t} x_0, "
    "(1-\\bar\\alpha_t) I)\n$$\n\n"
)
#: A noun, a colon, then what it is: the noise made a thing of the step's input, the forward laws set aside.
LABELLED = {
    "an expression of": r"The noise: an expression of $x_{t-1}$.",
    "a quadratic expression in": r"Noise: a quadratic expression in $x_{t-1}$.",
    "full-width colon": r"Noise：a term in $x_{t-1}$.",
    "coefficients of": r"Our noise: the coefficients of $x_{t-1}$.",
}


@pytest.mark.parametrize("name", sorted(LABELLED))
def test_a_label_s_predicate_sets_the_forward_laws_aside(name):
    result = red_team.last(red_team.DDPM + _FORWARD + LABELLED[name] + red_team.FORWARD_VARIANCE)
    assert result.status != PROVED, result.reason
