"""Helper kw47's items: false alarms where a note says a kernel's law or bounds a letter in words the reader did not
read (red team 46b's 10, 11, 14, 15, 20 and kd45's four wordings).

1. A verb frame says a kernel's law on either side of it ("We take L for $q$", "We set $q$ to L", "For $q$ we use
   L", "$q$ is chosen as L"; prendre pour, wählen für, 取 ... 作为, として ... を用いる) or an apposition ("$q$, a
   Gumbel density,"), and a sentence that conditions one variable on another says it without the kernel's maths
   ("Given $x_{t-1}$, $x_t$ is Gumbel"): the words left once the frame's are out are the law's, the Gaussian's only
   by the whitelist, else unread (``laws._kernels_framed``, ``laws._kernel_in_words``).  So q(x_t | x_0) =
   q(x_t | x_{t-1}), right for a kernel that does not move with x_{t-1}, is not refuted by a Gaussian kernel whose
   mean moves; the Gaussian said in these frames keeps that refutation.
2. A variance or a standard deviation said of a letter beside a written law bounds it unless the letter is the
   law's whole covariance (``orders._law_letters``): ``s`` in ``N(0, s^2)`` or as a mean keeps its bound.
3. A possessive beside a name ("and $y$ its double") ties it to every name written before it in its sentence, a
   formula's too (``tied_in_words._possessive_pairs``).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED

_KERNEL = "$q(x_t \\mid x_{t-1})$"
_KERNEL_STEP = "\n\n$$\nq(x_t|x_0) = q(x_t|x_{t-1})\n$$\n"


def _end_of_chain(sentence: str) -> str:
    return red_team.last(f"# The end of the chain\n\n{sentence.replace('$q$', _KERNEL)}{_KERNEL_STEP}").status


#: Held-out wordings written after the fix and not tuned to, another family than the Gaussian said in a frame, an
#: apposition or of the kernel's variables (ten of the twelve were refuted on main).
@pytest.mark.parametrize(
    "sentence",
    [
        "We choose a Weibull density for $q$.",
        "We pick the logistic law as $q$.",
        "For $q$ one takes a Gumbel law.",
        "$q$ is set to a Gumbel density.",
        "$q$ is taken to be the Gumbel density.",
        "Nous choisissons pour $q$ la loi de Weibull.",
        "Als $q$ nehmen wir die Weibull-Dichte.",
        "我们选用 Weibull 分布作为 $q$。",
        "$q$ には Weibull 分布を用いる。",
        "The kernel $q$, one fixed Weibull law, does not move.",
        "Conditioned on $x_{t-1}$, $x_t$ has a Weibull law.",
        "Gegeben $x_{t-1}$ ist $x_t$ Weibull-verteilt.",
        "We take the Gaussian density with a fixed mean for $q$.",
    ],
)
def test_a_kernel_s_law_said_in_a_frame_is_not_refuted(sentence):
    assert _end_of_chain(sentence) != REFUTED


#: Faithful wordings: the Gaussian said in these frames, and another law said of another letter, keep the refutation.
@pytest.mark.parametrize(
    "sentence",
    [
        "We choose a Gaussian density for $q$.",
        "$q$ is set to a Gaussian density.",
        "For $q$ one takes a Gaussian law.",
        "Nous choisissons pour $q$ la loi gaussienne.",
        "Wir wählen für $q$ die Normalverteilung.",
        "我们选用高斯分布作为 $q$。",
        "$q$ にはガウス分布を用いる。",
        "Conditioned on $x_{t-1}$, $x_t$ is normal.",
        "We take the Gaussian density for $q$ and the uniform density for $p(x_T)$.",
        "We take the Gumbel density for $p(x_T)$ and the Gaussian density for $q$.",
    ],
)
def test_a_gaussian_kernel_said_in_a_frame_keeps_its_refutation(sentence):
    assert _end_of_chain(sentence) == REFUTED


def _bounded(sentence: str, step: str) -> str:
    return red_team.last(f"{sentence}\n\n$$\n{step}\n$$\n").status


#: Held-out: a nonnegative noun said of a letter a written law holds elsewhere than as its whole covariance: the
#: bound stands, |s| = s is never refuted.
@pytest.mark.parametrize(
    "sentence",
    [
        "Soit $s$ un écart-type et $x \\sim \\mathcal{N}(0, s^2)$.",
        "Let $s$ be a standard deviation and $y \\sim \\mathcal{N}(s, 1)$.",
        "Sei $s$ eine Varianz und $x \\sim \\mathcal{N}(s, 2)$.",
        "Let $s$ be a standard deviation and $x \\sim \\mathcal{N}(0, 4 s^2)$.",
    ],
)
def test_a_noun_said_of_a_letter_a_law_holds_elsewhere_bounds_it(sentence):
    assert _bounded(sentence, "|s| = s") != REFUTED


@pytest.mark.parametrize(
    ("sentence", "step"),
    [
        ("Let $a$ be a variance and $x \\sim \\mathcal{N}(m, 1)$.", "|m| = m"),  # the law's mean: no noun of its own
        ("Let $x \\sim \\mathcal{N}(m, s)$ with variance $s$.", "|m| = m"),
    ],
)
def test_a_letter_no_noun_is_said_of_keeps_its_refutation(sentence, step):
    assert _bounded(sentence, step) == REFUTED


_RENAMED = "Let $\\hat{p}_\\theta(x_T) = \\mathcal{N}(x_T; 0, 1)$. Let $\\hat{p}_\\theta(x_T) = p(x_T)$"


def _renamed(words: str, value: int) -> str:
    return red_team.last(f"{_RENAMED}{words}\n\n$$\n\\mathbb{{E}}_{{p(y)}}[y^2] = {value}\n$$\n").status


#: Held-out: y tied to the renamed x_T by a possessive (after it or before it; en, fr, de): the step, right for
#: y = 2 x_T (or x_T^2), is not refuted.
@pytest.mark.parametrize(
    ("words", "value"),
    [
        (", and $y$, its square.", 3),
        (", and $y$ being its double.", 4),
        (", et $y$ son double.", 4),
        (", und $y$ sein Doppeltes.", 4),
        (", and its double $y$.", 4),
    ],
)
def test_a_name_tied_by_a_possessive_is_not_refuted(words, value):
    assert _renamed(words, value) != REFUTED


def test_a_name_given_a_law_of_its_own_keeps_its_refutation():
    """y in a sentence of its own, its possessive pointing at y (no name written before it): E_{p(y)}[y^2] = 2 is
    wrong."""
    assert _renamed(". The variable $y$ has its own law $p(y) = \\mathcal{N}(y; 0, 1)$.", 2) == REFUTED
