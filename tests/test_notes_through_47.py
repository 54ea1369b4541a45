"""Two declared noises tied through a third name (red team 46a's rt46a-01..04, relanded by tr47 from tr46's reverted
fix): names said one value ("$\\epsilon_1$ equals $y$", "are both $z$", eps_1 = z, eps_1 := z: ``Ties.same``,
``noise_ties._said_one_value``) are one node between two noises in ``contexts.linked``, whatever the third name's
kind (eps_1 = c = eps_2), and two noises made of one varying name are linked; a tie that says only that two names
may vary together (the neighbouring-pair reading of a sentence, "is a function of", "depends on") does not compose,
so a state made of both noises, or a function of one, leaves them apart and a said independence keeps its proof.  A
sentence that says a correlation ties the names it writes (``noise_ties._CORRELATED``; not "uncorrelated", 不相关,
無相関).  Held-out notes written after the fix, in other wordings and languages: the wrong ones must stay unproved,
the faithful ones keep their proof."""

from __future__ import annotations

import pytest

from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notecheck.statements.noise_ties import said_ties
from diffproof.notes import read_notes

_PRODUCT = r"\mathbb{E}[\epsilon_1 \epsilon_2] = 0"


def _verdict(sentence: str, step: str = _PRODUCT) -> str:
    text = f"<!-- diffproof: context ddpm -->\n{sentence}\n\n$$ {step} $$\n"
    return check_notes(read_notes(text, markdown=True)).results[-1].status


#: The two noises said one value through a third name (or more), or correlated: E[eps_1 eps_2] = 0 is wrong.
TIED = {
    "each is z": r"Here $\epsilon_1$ is $z$ and $\epsilon_2$ is $z$.",
    "three-name chain": r"Here $\epsilon_1$ equals $y$. Also $y$ equals $z$. And $z$ equals $\epsilon_2$.",
    "three-name chain, copulas": r"Here $\epsilon_1$ is $u$. Also $u$ is $v$. And $v$ is $\epsilon_2$.",
    "coincides": r"Here $\epsilon_1$ coincides with $w$ and $w$ coincides with $\epsilon_2$.",
    "de": r"Hier sind $\epsilon_1$ und $\epsilon_2$ beide gleich $z$.",
    "fr": r"Ici $\epsilon_1$ et $\epsilon_2$ sont tous deux égaux à $z$.",
    "es": r"Aquí $\epsilon_1$ y $\epsilon_2$ son ambos iguales a $z$.",
    "ja": r"ここで $\epsilon_1$ と $\epsilon_2$ はどちらも $z$ である。",
    "ja, each": r"ここで $\epsilon_1$ は $z$ に等しく、$\epsilon_2$ も $z$ である。",
    "zh": r"这里 $\epsilon_1$ 和 $\epsilon_2$ 都等于 $z$。",
    "zh, chain": r"这里 $\epsilon_1$ 是 $y$，而 $y$ 就是 $\epsilon_2$。",
    "maths, defined": r"Let $\epsilon_1 := z$ and $\epsilon_2 := z$.",
    "maths, defined apart": r"Let $\epsilon_1 := z$. Let $\epsilon_2 := z$.",
    "maths, made of one": r"Let $\epsilon_1 := 2 z$ and $\epsilon_2 := -z$.",
    "maths, relations": r"Here $\epsilon_1 = z$ and $z = \epsilon_2$.",
    "maths, one chain": r"Here $\epsilon_1 = c = \epsilon_2$.",
    "maths, equiv": r"Here $\epsilon_1 \equiv z$ and $\epsilon_2 \equiv z$.",
    "maths, coloneqq": r"Here $\epsilon_1 \coloneqq z$ and $\epsilon_2 \coloneqq z$.",
    "maths, assigned": r"Here $z \gets \epsilon_1$ and $\epsilon_2 \gets z$.",
    "through a constant, words": r"Here $\epsilon_1$ equals $c$ and $c$ equals $\epsilon_2$.",
    "through a constant, maths": r"Here $\epsilon_1 = c$ and $c = \epsilon_2$.",
    "equals their mean": r"Let $x := (\epsilon_1+\epsilon_2)/2$. Here $\epsilon_1$ equals $x$.",
    "equals their sum, zh": r"设 $x := \epsilon_1 - \epsilon_2$。这里 $x$ 等于 $\epsilon_1$。",
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


#: One value and independence both said of the two noises: the note contradicts itself, nothing is proved of it.
CONTRADICTED = {
    "after": r"Here $\epsilon_1 = z$, $\epsilon_2 = z$, and $\epsilon_1$ is independent of $\epsilon_2$.",
    "before": r"Here $\epsilon_1$ and $\epsilon_2$ are independent, and both equal $z$.",
    "list": r"Here $\epsilon_1$ and $\epsilon_2$ are both $z$, and $\epsilon_1$ is independent of $\epsilon_2$.",
}


@pytest.mark.parametrize("name", sorted(CONTRADICTED))
def test_one_value_beside_a_said_independence_is_not_proved(name):
    assert _verdict(CONTRADICTED[name]) != PROVED


#: Faithful: the noises said independent (or uncorrelated and jointly Gaussian); each used to make a state, or a state made of both, or a
#: function of one (a tie that says only that two names may vary together does not compose).
APART = {
    "independent": r"Here $\epsilon_1$ and $\epsilon_2$ are independent standard normals.",
    # ac50: "uncorrelated" alone is a zero covariance, no independence (tests/test_notes_anaphora_50.py); beside a
    # joint Gaussian law it is one
    "uncorrelated, jointly Gaussian": r"Here $\epsilon_1$ and $\epsilon_2$ are jointly Gaussian and uncorrelated.",
    "each makes a state": r"Here $x_1 = \sqrt{a} x_0 + \sqrt{1-a} \epsilon_1$ and $x_2 = \sqrt{b} x_0 + \sqrt{1-b} "
    r"\epsilon_2$, where $\epsilon_1$ and $\epsilon_2$ are independent.",
    "a chain of states": r"Here $x_1 = x_0 + \epsilon_1$ and $x_2 = x_1 + \epsilon_2$, with $\epsilon_1$ and "
    r"$\epsilon_2$ independent.",
    "a state made of both": r"Let $x := \epsilon_1 + \epsilon_2$, where $\epsilon_1$ and $\epsilon_2$ are independent.",
    "a function of one": r"Here $x_1$ is a function of $\epsilon_1$, and $\epsilon_2$ is independent of $\epsilon_1$.",
    "each equal in law to a third": r"Here $\epsilon_1 \overset{d}{=} z$ and $\epsilon_2 \overset{d}{=} z$, "
    r"independent.",
    "a state is another": r"Here $x_1$ is $x_0$, and $\epsilon_2$ is independent of $\epsilon_1$.",
}


@pytest.mark.parametrize("name", sorted(APART))
def test_noises_said_apart_keep_their_proof(name):
    assert _verdict(APART[name]) == PROVED


def _same(sentence: str) -> set[frozenset[str]]:
    """The pairs of names (their letters) a one-sentence note says are one value."""
    (ties,) = [ties for _, ties in said_ties(read_notes(sentence + "\n", markdown=True))]
    return {frozenset(f"{base}{index}" for base, _, index in pair) for pair in ties.same}


#: Words that relate two names but do not make one the other's value: no one value read.
NOT_ONE_VALUE = {
    "a function of": r"Here $x_1$ is a function of $\epsilon_1$.",
    "an expression": r"Here $x_1$ is $x_0 + \epsilon_1$.",
    "more words after": r"Here $\epsilon_1$ is $z$-distributed.",
    "not": r"Here $\epsilon_1$ is not $z$.",
    "ja, a function": r"ここで $x_1$ は $\epsilon_1$ の関数である。",
    "zh, a function": r"这里 $x_1$ 是 $\epsilon_1$ 的函数。",
    "independent of": r"Here $\epsilon_2$ is independent of $\epsilon_1$.",
}


@pytest.mark.parametrize("name", sorted(NOT_ONE_VALUE))
def test_words_that_only_relate_say_no_one_value(name):
    assert _same(NOT_ONE_VALUE[name]) == set()


def test_a_list_before_a_singular_copula_s_complement_is_not_its_subject():
    """ "$\\epsilon_1$ is $x$, and $\\epsilon_2$ is $z$": x is the first clause's complement, not z's subject."""
    assert _same(r"Here $\epsilon_1$ is $x$, and $\epsilon_2$ is $z$.") == {
        frozenset({"epsilon1", "x"}),
        frozenset({"epsilon2", "z"}),
    }


def test_a_list_before_a_plural_copula_stops_at_an_earlier_complement():
    """ "$\\epsilon_1$ is $x$, and $\\epsilon_2$ and $\\epsilon_3$ are both $z$": the list is eps_2, eps_3."""
    assert _same(r"Here $\epsilon_1$ is $x$, and $\epsilon_2$ and $\epsilon_3$ are both $z$.") == {
        frozenset({"epsilon1", "x"}),
        frozenset({"epsilon2", "z"}),
        frozenset({"epsilon3", "z"}),
    }


#: Steps right of two noises said one value (eps_1 = eps_2, a standard normal): never refuted (main refuted them
#: beside "are both $z$", reading the noises independent).
RIGHT_WHEN_ONE = (r"\mathbb{E}[\epsilon_1 \epsilon_2] = 1", r"\operatorname{Var}(\epsilon_1 + \epsilon_2) = 4")


@pytest.mark.parametrize("step", RIGHT_WHEN_ONE)
@pytest.mark.parametrize("name", ["ja", "zh", "de", "three-name chain", "through a constant, maths"])
def test_a_step_right_of_noises_said_one_value_is_not_refuted(name, step):
    assert _verdict(TIED[name], step) != REFUTED


@pytest.mark.parametrize("step", RIGHT_WHEN_ONE)
def test_a_step_right_of_noises_both_a_third_is_not_refuted(step):
    assert _verdict(r"Here $\epsilon_1$ and $\epsilon_2$ are both $z$.", step) != REFUTED
