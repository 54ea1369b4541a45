"""Noises said one value in wordings session 47 did not read (red team 47a's rt47a-07..16), and held-out notes
written after the fix: a copula or "equals" carrying adverbs ("is simply $z$", "ist genau", 就等于, はちょうど),
a verb of taking a value ("takes the value", "vaut", "nimmt den Wert ... an", 取值为), the copula before the subject
("Hier ist $a$ genau $z$"), and a value that is an expression of names ("is simply $-z$": made of z, as eps_1 = -z
makes it) (``noise_ties._worded_value``); a joint law said of a list without independence ("jointly Gaussian",
"gemeinsam normalverteilt", 联合高斯: ``noise_ties._JOINT_LAW``); the stop of an abbreviation a sentence goes on
after ("i.i.d. and equal", ``notes.tex._SENTENCE_END``).  The wrong steps must stay unproved, the right ones
unrefuted; faithful sentences keep their proof."""

from __future__ import annotations

import pytest

from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notecheck.statements.noise_ties import said_ties
from diffproof.notes import read_notes

_PRODUCT = r"\mathbb{E}[\epsilon_1 \epsilon_2] = 0"
_VARIANCE = r"\operatorname{Var}(\epsilon_1 + \epsilon_2) = 4"
E1, E2, Z = ("epsilon", "", "1"), ("epsilon", "", "2"), ("z", "", "")


def _verdict(sentence: str, step: str = _PRODUCT) -> str:
    text = f"<!-- diffproof: context ddpm -->\n{sentence}\n\n$$ {step} $$\n"
    return check_notes(read_notes(text, markdown=True)).results[-1].status


def _same(sentence: str) -> set[frozenset]:
    return {pair for _, ties in said_ties(read_notes(sentence + "\n", markdown=True)) for pair in ties.same}


#: Each noise said to be z (or a multiple of z) in held-out wordings: E[eps_1 eps_2] = 0 is wrong (proved on main
#: at 07984de), and Var(eps_1 + eps_2) = 4 is right where both are z.
ONE_VALUE = {
    "en, set to": r"Here $\epsilon_1$ is set to $z$. Also $\epsilon_2$ is set to $z$.",
    "en, given by": r"Here $\epsilon_1$ is given by $z$. Also $\epsilon_2$ is given by $z$.",
    "fr, exactement, aussi égal à": r"Ici $\epsilon_1$ est exactement $z$. De même $\epsilon_2$ est aussi égal à $z$.",
    "fr, prend la valeur": r"Ici $\epsilon_1$ prend la valeur $z$. De même $\epsilon_2$ prend la valeur $z$.",
    "de, einfach, ebenfalls": r"Hier ist $\epsilon_1$ einfach $z$. Auch $\epsilon_2$ ist ebenfalls $z$.",
    "de, beträgt": r"Hier beträgt $\epsilon_1$ genau $z$. Auch $\epsilon_2$ beträgt $z$.",
    "de, nimmt den Wert an": r"Hier nimmt $\epsilon_1$ den Wert $z$ an. Auch $\epsilon_2$ nimmt den Wert $z$ an.",
    "es, simplemente, vale": r"Aquí $\epsilon_1$ es simplemente $z$. También $\epsilon_2$ vale $z$.",
    "es, toma el valor": r"Aquí $\epsilon_1$ toma el valor $z$. También $\epsilon_2$ toma el valor $z$.",
    "zh, 正是, 恰好等于": r"这里 $\epsilon_1$ 正是 $z$。并且 $\epsilon_2$ 恰好等于 $z$。",
    "zh, 取值为": r"这里 $\epsilon_1$ 取值为 $z$。并且 $\epsilon_2$ 取值为 $z$。",
    "ja, まさに, ちょうど": r"ここで $\epsilon_1$ はまさに $z$ である。$\epsilon_2$ もちょうど $z$ である。",
}
#: Each noise said to be an expression of z (one value up to sign): E[eps_1 eps_2] = 0 is wrong.
UP_TO_SIGN = {
    "fr, -z": r"Ici $\epsilon_1$ est simplement $-z$. De même $\epsilon_2$ vaut $-z$.",
    "en, both -z": r"Here $\epsilon_1$ and $\epsilon_2$ are both $-z$.",
    "en, 2z and -z": r"Here $\epsilon_1$ is just $2 z$. Also $\epsilon_2$ is exactly $-z$.",
}


@pytest.mark.parametrize("name", sorted(ONE_VALUE))
def test_noises_said_one_value_in_other_wordings_stay_unproved(name):
    assert _verdict(ONE_VALUE[name]) != PROVED


@pytest.mark.parametrize("name", sorted(ONE_VALUE))
def test_noises_said_one_value_keep_a_right_variance_unrefuted(name):
    assert _verdict(ONE_VALUE[name], _VARIANCE) != REFUTED


@pytest.mark.parametrize("name", sorted(ONE_VALUE))
def test_the_wordings_say_one_value(name):
    assert {frozenset((E1, Z)), frozenset((E2, Z))} <= _same(ONE_VALUE[name])


@pytest.mark.parametrize("name", sorted(UP_TO_SIGN))
def test_noises_said_one_value_up_to_sign_stay_unproved(name):
    assert _verdict(UP_TO_SIGN[name]) != PROVED


#: A value denied, or a likeness: no one value.
NOT_ONE_VALUE = {
    "not simply": r"Here $\epsilon_1$ is not simply $z$.",
    "approximately": r"Here $\epsilon_1$ is approximately $z$.",
    "nicht genau": r"Hier ist $\epsilon_1$ nicht genau $z$.",
    "不就是": r"这里 $\epsilon_1$ 不就是 $z$。",
    "in law": r"Here $\epsilon_1$ is simply $z$ in law.",
    "a law": r"Here $\epsilon_1$ is simply $\mathcal{N}(0, 1)$.",
}


@pytest.mark.parametrize("name", sorted(NOT_ONE_VALUE))
def test_a_denied_value_or_a_likeness_is_no_one_value(name):
    assert not _same(NOT_ONE_VALUE[name])


#: A joint law said of the listed noises, without independence: their covariance is left open.
JOINT = {
    "en, list": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are jointly Gaussian.",
    "en, two maths": r"Here $\epsilon_1$ and $\epsilon_2$ are jointly Gaussian.",
    "en, bivariate": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are bivariate normal.",
    "fr": r"Ici $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ sont conjointement gaussiens.",
    "de": r"Hier sind $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ gemeinsam normalverteilt.",
    "zh": r"这里 $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ 是联合高斯的。",
}


@pytest.mark.parametrize("name", sorted(JOINT))
def test_a_joint_law_leaves_the_product_unproved(name):
    assert _verdict(JOINT[name]) != PROVED


#: A said independence or equality of law after an abbreviation's stop the sentence goes on after.
SPLIT_WRONG = {
    "i.i.d. and equal": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are i.i.d. and equal.",
    "i.i.d. Gaussian and equal": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are i.i.d. Gaussian and equal.",
    "u.i.v. und gleich": r"Hier sind $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ u.i.v. und gleich.",
}


@pytest.mark.parametrize("name", sorted(SPLIT_WRONG))
def test_words_after_an_abbreviation_the_sentence_goes_on_after_are_read(name):
    assert _verdict(SPLIT_WRONG[name]) != PROVED
    assert _verdict(SPLIT_WRONG[name], _VARIANCE) != REFUTED


#: Faithful sentences that keep their proof of E[eps_1 eps_2] = 0.
FAITHFUL = {
    "i.i.d. standard normals": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are i.i.d. standard normals.",
    "i.i.d., then a sentence": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are i.i.d. Then $x = \epsilon_1$.",
    "jointly independent": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are jointly independent.",
    "jointly Gaussian and independent": (
        r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ are jointly Gaussian and independent."
    ),
}


@pytest.mark.parametrize("name", sorted(FAITHFUL))
def test_faithful_sentences_keep_their_proof(name):
    assert _verdict(FAITHFUL[name]) == PROVED


def _sentences(text: str) -> list[str]:
    return list(dict.fromkeys(inline.sentence for inline in read_notes(text + "\n", markdown=True).inline))


#: Abbreviations a sentence goes on after (one sentence), and those it may end with before a sentence (two).
ONE_SENTENCE = {
    "i.i.d. and": r"Here $a$ and $b$ are i.i.d. and $c$ is not.",
    "i.i.d. Gaussian": r"Here $a$ and $b$ are i.i.d. Gaussian noises, and $c$ is.",
    "e.g. capital": r"Take e.g. The case $a$ with $b$.",
    "w.r.t.": r"The gradient w.r.t. $a$ is $b$.",
    "z. B.": r"Sei z. B. $a$ gleich $b$.",
    "d. h.": r"Es gilt $a$, d. h. $b$ ist gleich.",
    "c.-à-d.": r"On a $a$, c.-à-d. $b$ est nul.",
    "p. 3": r"See p. 3 for $a$ and $b$.",
}
TWO_SENTENCES = {
    "a.s. Then": r"It holds $a$ a.s. Then $b$ follows.",
    "etc. We": r"Take $a$, etc. We set $b$.",
    "i.i.d. Then": r"Here $a$ and $b$ are i.i.d. Then $c$ follows.",
}


@pytest.mark.parametrize("name", sorted(ONE_SENTENCE))
def test_an_abbreviation_the_sentence_goes_on_after_ends_none(name):
    assert len(_sentences(ONE_SENTENCE[name])) == 1


@pytest.mark.parametrize("name", sorted(TWO_SENTENCES))
def test_an_abbreviation_before_a_sentence_ends_one(name):
    assert len(_sentences(TWO_SENTENCES[name])) == 2
