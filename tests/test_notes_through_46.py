"""Two declared noises tied through a third name (tr46, red team 46a's rt46a-01..04): a tie the note's definitions
do not explain may say two names are one value and composes through a random or defined name
(``contexts._one_value``); a tie of a name to one its definition makes it of does not (two noises each used to make
a state stay apart); a sentence that says a correlation ties the names it writes (``noise_ties._CORRELATED``).
Held-out notes written after the fix, in other wordings and languages: the wrong ones must stay unproved, the
faithful ones keep their proof."""

from __future__ import annotations

import pytest

from diffproof.notecheck import PROVED, check_notes
from diffproof.notes import read_notes

_PRODUCT = r"\mathbb{E}[\epsilon_1 \epsilon_2] = 0"


def _verdict(sentence: str, step: str = _PRODUCT) -> str:
    text = f"<!-- diffproof: context ddpm -->\n{sentence}\n\n$$ {step} $$\n"
    return check_notes(read_notes(text, markdown=True)).results[-1].status


#: The two noises said one value through a third name, or correlated: E[eps_1 eps_2] = 0 is wrong.
TIED = {
    "each is z": r"Here $\epsilon_1$ is $z$ and $\epsilon_2$ is $z$.",
    "three-name chain": r"Here $\epsilon_1$ equals $y$. Also $y$ equals $z$. And $z$ equals $\epsilon_2$.",
    "de": r"Hier sind $\epsilon_1$ und $\epsilon_2$ beide gleich $z$.",
    "ja": r"ここで $\epsilon_1$ と $\epsilon_2$ はどちらも $z$ である。",
    "zh": r"这里 $\epsilon_1$ 和 $\epsilon_2$ 都等于 $z$。",
    "maths, defined": r"Let $\epsilon_1 := z$ and $\epsilon_2 := z$.",
    "maths, relations": r"Here $\epsilon_1 = z$ and $z = \epsilon_2$.",
    "correlation one half": r"Here $\epsilon_1$ and $\epsilon_2$ are standard normal with correlation $\rho = 1/2$.",
    "correlated": r"Here $\epsilon_1$ and $\epsilon_2$ are correlated standard normals.",
    "covariance": r"Here $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, 1)$ and $\mathrm{Cov}(\epsilon_1, \epsilon_2) = c$.",
}


@pytest.mark.parametrize("name", sorted(TIED))
def test_noises_tied_through_a_third_name_stay_unproved(name):
    assert _verdict(TIED[name]) != PROVED


def test_a_variance_of_noises_both_equal_to_a_third_stays_unproved():
    sentence = r"Here $\epsilon_1$ and $\epsilon_2$ both equal $u$."
    assert _verdict(sentence, r"\operatorname{Var}(\epsilon_1 + \epsilon_2) = 2") != PROVED


#: Faithful: the noises said independent or uncorrelated, each used to make a state.
APART = {
    "independent": r"Here $\epsilon_1$ and $\epsilon_2$ are independent standard normals.",
    "uncorrelated": r"Here $\epsilon_1$ and $\epsilon_2$ are uncorrelated standard normals.",
    "each makes a state": r"Here $x_1 = \sqrt{a} x_0 + \sqrt{1-a} \epsilon_1$ and $x_2 = \sqrt{b} x_0 + \sqrt{1-b} "
    r"\epsilon_2$, where $\epsilon_1$ and $\epsilon_2$ are independent.",
}


@pytest.mark.parametrize("name", sorted(APART))
def test_noises_said_apart_keep_their_proof(name):
    assert _verdict(APART[name]) == PROVED
