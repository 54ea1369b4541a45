"""Held-out tests of lc48's readings (written after the fixes of rt47a's COSTS, 19, 20 and 23-26).

- ``noise_ties``: words of when or where each noise of a list is drawn ("at each step", "one per step", "of steps
  three and four", "at steps $3$ and $4$") and a covariance said exactly zero beside independence tie nothing; any
  other word (a tie, "one", a singular "the noise", a nonzero covariance) still ties.
- ``tied_in_words``: an aside after the copula between two commas, maths in it included, and maths that writes no
  name are no new subject ("are, as $(4)$ shows, equal"); names called parameters then said tied are not held.
- ``laws``: a label set in Markdown emphasis, with a parenthesis or a dash, and what it is ("**Noise:** a term in
  $x_{t-1}$"), and 的二次项 / の二次の項 (a term in a state), read as a claim on the forward step.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.tied_in_words import held_in_words, tied_in_words
from diffproof.notes import read_notes

_LIST = r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ "
_PRODUCT = "\n\n$$ \\mathbb{E}[\\epsilon_1 \\epsilon_2] = 0 $$\n"
_SUM_VARIANCE = "\n\n$$ \\operatorname{Var}[\\epsilon_1 + \\epsilon_2] = 4 $$\n"


def _noise_step(sentence: str, step: str):
    return red_team.last(red_team.DDPM + _LIST + sentence + step)


#: Faithful words after the list (other wordings than COSTS's): E[eps_1 eps_2] = 0 stays proved.
FAITHFUL_AFTER_THE_LIST = {
    "used at every step": "are the standard Gaussian noises used at every step.",
    "one per timestep": "are independent noises, one per timestep.",
    "of steps three and four": "are the noises of steps three and four.",
    "sampled at steps 3 and 4": "are sampled at steps $3$ and $4$.",
    "i.e. correlation zero": "are independent, i.e. their correlation is zero.",
    "fr, covariance nulle": "sont indépendants, donc leur covariance est nulle.",
    "zh, 协方差为 0": "相互独立，所以协方差为 $0$。",
}
#: Words after the list that say the noises one, or correlated, beside the same words of steps: never proved.
TIED_AFTER_THE_LIST = {
    "one at each step": "are one at each step.",
    "at every step one": "are at every step one.",
    "the noise (singular) at each step": "are the noise added at each step.",
    "the same noise at each step": "are the same noise added at each step.",
    "equal, after step numbers": "are drawn at steps $1$ and $2$ and are equal.",
    "coincide, after step numbers": "are sampled at steps $1$ and $2$, and coincide.",
    "equal, after a step index": "are drawn at step $t$ and are equal.",
    "equal, after step indices": "are drawn at steps $t$ and $t+1$ and are equal.",
    "correlation after step numbers": "are drawn at steps $1$ and $2$ with correlation $0.9$.",
    "added at each step to cancel": "are added at each step to cancel.",
    "nonzero covariance beside independence": "are independent, so their covariance is $0.5$.",
    "zero, then nonzero correlation": "are independent, so their covariance is $0$ and their correlation is $0.5$.",
    "zero covariance, then equal": "are independent, so their correlation is $0$ and they are equal.",
    "covariance zero, no independence": "have covariance zero and are one draw.",
    "zh, 协方差为 0.5": "相互独立，所以协方差为 $0.5$。",
}
#: The noises said one beside words of steps: Var(eps_1 + eps_2) = 4 is right, and never refuted.
ONE_NOISE_AFTER_THE_LIST = {
    "the same noise at each step": "are the same noise, used at each step.",
    "equal, after step numbers": "are drawn at steps $1$ and $2$ and are equal.",
}


@pytest.mark.parametrize("name", sorted(FAITHFUL_AFTER_THE_LIST))
def test_words_of_steps_after_a_list_keep_the_proof(name):
    result = _noise_step(FAITHFUL_AFTER_THE_LIST[name], _PRODUCT)
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("name", sorted(TIED_AFTER_THE_LIST))
def test_a_tie_beside_words_of_steps_is_never_proved(name):
    result = _noise_step(TIED_AFTER_THE_LIST[name], _PRODUCT)
    assert result.status in {REFUTED, UNDECIDED}, result.reason


@pytest.mark.parametrize("name", sorted(ONE_NOISE_AFTER_THE_LIST))
def test_one_noise_beside_words_of_steps_is_never_refuted(name):
    result = _noise_step(ONE_NOISE_AFTER_THE_LIST[name], _SUM_VARIANCE)
    assert result.status in {PROVED, UNDECIDED}, result.reason


X, Y = ("x", "", ""), ("y", "", "")


def _xy_tied(sentence: str) -> bool:
    return frozenset((X, Y)) in tied_in_words(read_notes(sentence + "\n", markdown=True))


def _y_held(sentence: str) -> bool:
    return Y in held_in_words(read_notes(sentence + "\n", markdown=True))


#: Two names listed, a parenthesis after the copula (maths in it), then a tie: tied.
TIED_PAST_AN_ASIDE = {
    "en, as (4) shows": r"Here $x$ and $y$ are, as $(4)$ shows, equal.",
    "en, by Eq. (3)": r"Here $x$ and $y$ are, by Eq. $(3)$, equal.",
    "en, for all t > 0": r"Here $x$ and $y$ are, for all $t > 0$, the same.",
    "en, for t, s > 0": r"Here $x$ and $y$ are, for $t, s > 0$, proportional.",
    "fr, d'après (3)": r"Ici $x$ et $y$ sont, d'après $(3)$, égaux.",
}
#: The same asides before an untie or a property of each: no tie.
APART_PAST_AN_ASIDE = {
    "en, positive": r"Here $x$ and $y$ are, by $(3)$, positive.",
    "en, independent": r"Here $x$ and $y$ are, for all $t > 0$, independent.",
}


@pytest.mark.parametrize("name", sorted(TIED_PAST_AN_ASIDE))
def test_a_tie_past_an_aside_ties(name):
    assert _xy_tied(TIED_PAST_AN_ASIDE[name])


@pytest.mark.parametrize("name", sorted(APART_PAST_AN_ASIDE))
def test_an_aside_then_no_tie_ties_nothing(name):
    assert not _xy_tied(APART_PAST_AN_ASIDE[name])


#: Names called parameters or constants, then said tied: not held apart.
TIED_PARAMETERS = {
    "constants, and equal": r"Here $x$ and $y$ are constants, and equal.",
    "parameters, equal to each other": r"Here $x$ and $y$ are parameters, equal to each other.",
    "a parameter, proportional": r"Here $x$ and $y$ are free parameters, and proportional.",
}
#: Names called parameters and said nothing more, or something of each: held.
HELD_PARAMETERS = {
    "free parameters": r"Here $x$ and $y$ are free parameters.",
    "free parameters, and positive": r"Here $x$ and $y$ are free parameters, and positive.",
    "constants, by (3)": r"Here $x$ and $y$ are constants, by $(3)$.",
}


@pytest.mark.parametrize("name", sorted(TIED_PARAMETERS))
def test_parameters_said_tied_are_not_held(name):
    assert not _y_held(TIED_PARAMETERS[name])
    result = red_team.last(TIED_PARAMETERS[name] + "\n\n$$\n\\partial_x (x y) = y\n$$\n")
    assert result.status in {REFUTED, UNDECIDED}, result.reason


@pytest.mark.parametrize("name", sorted(HELD_PARAMETERS))
def test_parameters_said_nothing_more_are_held(name):
    assert _y_held(HELD_PARAMETERS[name])


_FORWARD = (
    "We use the forward process of DDPM.\n\n$$\nq(x_t \\mid x_0) = \\mathcal{N}(x_t; \\sqrt{\\bar\\alpha_t} x_0, "
    "(1-\\bar\\alpha_t) I)\n$$\n\n"
)


def _forward_variance(sentence: str):
    return red_team.last(red_team.DDPM + _FORWARD + sentence + red_team.FORWARD_VARIANCE)


#: A label and what the step's noise is (a term in x_{t-1}, which makes Var[x_t | x_{t-1}] = beta_t wrong), in
#: other settings of a label than rt47a's: never proved.
LABELLED_CLAIMS = {
    "underscores, colon inside": r"__Noise:__ a term in $x_{t-1}$.",
    "one star, colon outside": r"*Noise*: a term in $x_{t-1}$.",
    "bold, colon outside": r"**The noise**: a term in $x_{t-1}$.",
    "parenthesis with maths": r"Noise (at step $t$): a term in $x_{t-1}$.",
    "en dash": r"Noise – a term in $x_{t-1}$.",
    "TeX dash": r"Noise -- a term in $x_{t-1}$.",
    "zh, 一次项": r"噪声：$x_{t-1}$ 的一次项。",
    "ja, 二次の項": r"ノイズ：$x_{t-1}$ の二次の項。",
}
#: Derivation prose beside a label that names no thing of the step (a step number, a sentence's words): proved.
LABELLED_PROSE = {
    "bold step number": r"**Step 2.** We now compute the variance.",
    "plain prose, no label": r"We expand the square and compare coefficients.",
}


@pytest.mark.parametrize("name", sorted(LABELLED_CLAIMS))
def test_a_labelled_shape_of_the_noise_is_never_proved(name):
    result = _forward_variance(LABELLED_CLAIMS[name])
    assert result.status in {REFUTED, UNDECIDED}, result.reason


@pytest.mark.parametrize("name", sorted(LABELLED_PROSE))
def test_labelled_prose_keeps_the_proof(name):
    result = _forward_variance(LABELLED_PROSE[name])
    assert result.status == PROVED, result.reason
