"""Helper kd45's items.

1. A sentence that makes a kernel (a conditional density the step uses) its subject and names its law in words other
   than the Gaussian's leaves that law unread (``laws._kernels_said_otherwise``): the Gaussian's name is a whitelist
   (Gaussian, normal, gaussienne, Normalverteilung, 正态, 高斯, 正規, ガウス, 가우스 ...) with articles, copulas and law
   nouns; any other word (a family, "standard", "mixture", a parameter, a denial) makes the kernel's law unknown, so
   no counterexample with a Gaussian kernel refutes q(x_t | x_0) = q(x_t | x_{t-1}) (right for a kernel that does
   not move with x_{t-1}); a kernel said Gaussian in those words alone keeps its refutation (its mean may move).
2. A nonnegative noun said of a name in a sentence that also writes a law ("Let $a$ be a variance and $x \\sim
   \\mathcal{N}(0, 1)$") bounds the name; the law's own letters ("$x \\sim \\mathcal{N}(0, s)$ with standard
   deviation $s$") do not take it (``orders._law_letters``).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

_KERNEL = "$q(x_t \\mid x_{t-1})$"
_STEP = "$$\nq(x_t|x_0) = q(x_t|x_{t-1})\n$$\n"


def _statuses(text: str) -> list[str]:
    results = check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results
    return [r.status for r in results]


def _end_of_chain(sentence: str) -> list[str]:
    return _statuses(f"# The end of the chain\n\n{sentence.replace('$q$', _KERNEL)}\n\n{_STEP}")


#: Held-out wordings, written after the fix and not tuned to: the kernel's law named in words of another family, a
#: Gaussian with fixed parameters, a mixture, a denial, in other languages and orders.
@pytest.mark.parametrize(
    "sentence",
    [
        "Here $q$ is a Laplace density.",
        "Here $q$ is the Cauchy density.",
        "Here $q$ is a Student-t density with three degrees of freedom.",
        "Here $q$ is a Poisson law.",
        "Here $q$ is a mixture of two Gaussians.",
        "Here $q$ is heavy-tailed.",
        "Here $q$ is Weibull.",
        "Here $q$ follows a Pareto distribution.",
        "Here $q$ is a Gaussian with mean zero and unit variance.",
        "Here $q$ is a Gaussian, centred at $0$.",
        "Here $q$ is not Gaussian.",
        "Here $q$ is a non-Gaussian density.",
        "Let $q$ be the logistic density.",
        "Soit $q$ la densité de Cauchy.",
        "Sei $q$ die Dichte der Exponentialverteilung.",
        "Aquí $q$ es una mezcla de gaussianas.",
        "Qui $q$ è la densità uniforme su $[0, 1]$.",
        "这里 $q$ 是拉普拉斯分布。",
        "ここで$q$は一様分布である。",
        "여기서 $q$는 균등 분포이다.",
        "Here $q$ is the standard Gaussian.",
    ],
)
def test_a_kernel_said_of_another_law_is_not_refuted(sentence):
    assert REFUTED not in _end_of_chain(sentence)


#: Faithful wordings: the kernel said Gaussian in the whitelist's words alone keeps its refutation.
@pytest.mark.parametrize(
    "sentence",
    [
        "Here $q$ is Gaussian.",
        "Here $q$ is a Gaussian density.",
        "Here $q$ is normal.",
        "Here $q$ follows a normal distribution.",
        "Ici $q$ est gaussienne.",
        "Hier ist $q$ eine Normalverteilung.",
        "Aquí $q$ es una distribución gaussiana.",
        "这里 $q$ 是高斯分布。",
        "ここで$q$はガウス分布である。",
        "여기서 $q$는 가우스 분포이다.",
    ],
)
def test_a_kernel_said_gaussian_keeps_its_refutation(sentence):
    assert _end_of_chain(sentence) == [REFUTED]


def _bounded(sentence: str, step: str) -> list[str]:
    return _statuses(f"{sentence}\n\n$$\n{step}\n$$\n")


#: Held-out wordings of a nonnegative noun said of a name beside a law: |a| = a holds, never refuted.
@pytest.mark.parametrize(
    "sentence",
    [
        "Soit $a$ une variance et $x \\sim \\mathcal{N}(0, 1)$.",
        "Sei $a$ eine Varianz und $x \\sim \\mathcal{N}(0, 1)$.",
        "Let $x \\sim \\mathcal{N}(\\mu, 1)$ have unit variance and $a$ be a standard deviation.",
        "Let $a$ be a norm and $x \\sim \\mathcal{N}(0, 1)$.",
    ],
)
def test_a_noun_said_of_a_name_beside_a_law_bounds_it(sentence):
    assert REFUTED not in _bounded(sentence, "|a| = a")


def test_the_law_s_own_letters_take_no_bound():
    """The mean of the law written beside "a variance" may be negative: |mu| = mu keeps its refutation."""
    assert _bounded("Let $a$ be a variance and $x \\sim \\mathcal{N}(\\mu, 1)$.", "|\\mu| = \\mu") == [REFUTED]


def test_red_team_kd45_maps_of_a_space_are_not_commuted():
    """kd45-01: two letters said to map R^d to itself are maps, whose products need not commute."""
    assert red_team.judged("kd45-01-maps-of-a-space-commute-proved").status == UNDECIDED


_COMMUTED = "$$\n\\alpha \\beta X = \\beta \\alpha X\n$$\n"


#: Held-out wordings that make alpha and beta maps (a verb, a noun in fr/de/es/ja/zh, a signature in maths): the
#: products are not commuted.
@pytest.mark.parametrize(
    "sentence",
    [
        "Here $\\alpha$ and $\\beta$ map $\\mathbb{R}^d$ into itself.",
        "Here $\\alpha$ and $\\beta$ send $\\mathbb{R}^d$ to itself.",
        "Here $\\alpha, \\beta: \\mathbb{R}^d \\to \\mathbb{R}^d$.",
        "Here $\\alpha, \\beta \\colon \\mathbb{R}^d \\rightarrow \\mathbb{R}^d$ are given.",
        "Soient $\\alpha$ et $\\beta$ deux applications de $\\mathbb{R}^d$ dans lui-même.",
        "Seien $\\alpha$ und $\\beta$ Abbildungen von $\\mathbb{R}^d$ nach $\\mathbb{R}^d$.",
        "Sean $\\alpha$ y $\\beta$ dos aplicaciones de $\\mathbb{R}^d$ en sí mismo.",
        "ここで$\\alpha$と$\\beta$は写像である。",
        "这里 $\\alpha$ 和 $\\beta$ 是映射。",
    ],
)
def test_letters_said_to_be_maps_are_not_commuted(sentence):
    assert PROVED not in _statuses(f"{sentence}\n\n{_COMMUTED}")


@pytest.mark.parametrize(
    "sentence", ["Here $\\alpha$ and $\\beta$ are numbers.", "Here $\\alpha$ and $\\beta$ are scalars."]
)
def test_letters_said_to_be_numbers_still_commute(sentence):
    assert _statuses(f"{sentence}\n\n{_COMMUTED}") == [PROVED]


#: Wordings kd45's reading of a kernel's law did not reach (found after the fix): the law said of the kernel's
#: variable, in an apposition, before the kernel.  Fixed by kw47 (``laws._kernels_framed``, ``laws._kernel_in_words``;
#: held-out wordings in tests/test_notes_kernel_47.py).
@pytest.mark.parametrize(
    "sentence",
    [
        "Given $x_{t-1}$, $x_t$ is Gumbel.",
        "Here the density of $x_t$ given $x_{t-1}$ is Gumbel.",
        "The kernel $q$, a Gumbel density, is fixed.",
        "We take the Gumbel density as $q$.",
    ],
)
def test_a_kernel_s_other_law_said_otherwise_is_not_read(sentence):
    assert REFUTED not in _end_of_chain(sentence)


def test_a_family_word_after_the_kernel_is_read_wherever_the_sentence_puts_it():
    """Main's older reading (``laws._OTHER_LAW``) reaches what kd45's whitelist does not: とする is no copula."""
    assert REFUTED not in _end_of_chain("ここで$q$は一様分布とする。")
