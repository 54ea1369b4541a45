"""Helper cy60's fixes: a law named in words or maths whose moments may not exist (Cauchy's, Lorentz's, Student's
t with few degrees of freedom, Pareto's with a small shape, Lévy's, the log-Cauchy law, a law said to be heavy-tailed
or to have no mean) is read (diffproof/notecheck/statements/tails.py), and an expectation of its variable is asked of
its tail (derivations.kernel.convergence.tail_expectation_shown_to_exist), not trusted as one against an unknown
density (rt59k-12).  A law with every moment, or one named as unknown, changes nothing."""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from derivations.kernel.convergence import tail_expectation_shown_to_exist
from diffproof.notecheck import PROVED, UNDECIDED


def _note(sentence: str, step: str) -> str:
    return f"{sentence}\n\n$$\n{step}\n$$\n"


_MEAN = r"\mathbb{E}[x] - \mathbb{E}[x] = 0"
_SECOND = r"\mathbb{E}[x^2] - \mathbb{E}[x^2] = 0"

#: Wrong: each expectation has no value under the law the note names (∞ - ∞ or a linearity between values that do
#: not exist), by hand: the Cauchy and Lorentz law, t_1 and log-Cauchy have no mean; t_2's and Pareto(shape 2)'s
#: second moments are infinite (∫ x^2 x^{-3} dx diverges); Lévy's density falls as x^{-3/2}, so it has no mean; a law
#: said to have no mean or an infinite variance has no such moment, and one said only to be heavy-tailed may have none
#: (the Cauchy law is one), so its step is not shown to have a value.
WRONG = {
    "lorentzian-in-words": _note("Let $x$ follow a Lorentzian distribution.", _MEAN),
    "student-one-degree-in-words": _note(
        "Let $x$ follow Student's $t$ distribution with one degree of freedom.", _MEAN
    ),
    "student-two-degrees-second-moment": _note(
        "Let $x$ follow a Student t distribution with $2$ degrees of freedom.", _SECOND
    ),
    "student-nu-two-second-moment": _note("Let $x$ follow a Student t law with $\\nu = 2$.", _SECOND),
    "t-one-in-maths": _note("Let $x \\sim t_1$.", _MEAN),
    "pareto-one-one-in-maths": _note("Let $x \\sim \\mathrm{Pareto}(1, 1)$.", _MEAN),
    "cauchy-in-maths-second-moment": _note("Let $x \\sim \\mathrm{Cauchy}(0, 1)$.", _SECOND),
    "pareto-shape-two-second-moment": _note("Let $x$ be Pareto distributed with shape $\\alpha = 2$.", _SECOND),
    "levy-in-words": _note("Let $x$ follow a Lévy distribution.", _MEAN),
    "log-cauchy-in-words": _note("Let $x$ be log-Cauchy distributed.", _MEAN),
    "heavy-tailed-in-words": _note("Let $x$ be heavy-tailed.", _MEAN),
    "no-mean-in-words": _note("Let $x$ be a random variable that has no mean.", _MEAN),
    "variance-infinite-in-words": _note("Let $x$ be a random variable whose variance is infinite.", _SECOND),
    "cauchy-linearity": _note(
        "Let $x$ follow the standard Cauchy distribution.", r"\mathbb{E}[2x + 1] = 2\mathbb{E}[x] + 1"
    ),
    "cauchy-density-named": _note(
        "Let $x$ follow the standard Cauchy distribution, with density $q(x)$.",
        r"\mathbb{E}_{q(x)}[x^3] - \mathbb{E}_{q(x)}[x^3] = 0",
    ),
    "cauchy-in-french": _note("Soit $x$ une variable de loi de Cauchy.", _MEAN),
    "cauchy-in-german": _note("Sei $x$ Cauchy-verteilt.", _MEAN),
    "cauchy-in-chinese": _note("设 $x$ 服从柯西分布。", _MEAN),
    "student-in-maths-call": _note("Let $x \\sim \\mathrm{StudentT}(1)$.", _MEAN),
    "cauchy-in-japanese": _note("$x$ はコーシー分布に従う。", _MEAN),
    "cauchy-in-korean": _note("$x$ 는 코시 분포를 따른다.", _MEAN),
    "student-two-degrees-in-german-second-moment": _note(
        "Sei $x$ Student-t-verteilt mit $2$ Freiheitsgraden.", _SECOND
    ),
    "heavy-tailed-in-french": _note("Soit $x$ une variable à queue lourde.", _MEAN),
    "cauchy-with-location-and-scale": _note(
        "Let $x$ follow a Cauchy distribution with location $0$ and scale $2$.", _MEAN
    ),
    # the shape a > 0 may be at most 1, where the mean does not exist: the step is not shown to have a value
    "pareto-shape-a-name": _note("Let $x \\sim \\mathrm{Pareto}(1, a)$ with $a > 0$.", _MEAN),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_moment_that_does_not_exist_is_held(name):
    result = red_team.last(WRONG[name])
    assert not result.internal, result.reason
    assert result.status == UNDECIDED, result.reason
    assert "heavy tail" in result.reason, result.reason


#: Right: the moments exist, by hand: t_2's density falls as x^{-3} (its mean exists), Pareto(shape 3)'s as x^{-4}
#: (its second moment exists), t_5's as x^{-6}; a bounded continuous function has an expectation under any law.
HELD_OUT_RIGHT = {
    "student-two-degrees-mean": _note("Let $x$ follow a Student t distribution with $2$ degrees of freedom.", _MEAN),
    "t-two-in-maths-mean": _note("Let $x \\sim t_2$.", _MEAN),
    "pareto-shape-three-second-moment": _note("Let $x$ be Pareto distributed with shape $\\alpha = 3$.", _SECOND),
    "pareto-in-maths-shape-three": _note("Let $x \\sim \\mathrm{Pareto}(3, 3)$.", _SECOND),
    "student-five-degrees-second-moment": _note(
        "Let $x$ follow Student's t distribution with five degrees of freedom.", _SECOND
    ),
    "student-two-degrees-in-german-mean": _note("Sei $x$ Student-t-verteilt mit $2$ Freiheitsgraden.", _MEAN),
    "cauchy-bounded-function": _note(
        "Let $x$ follow the standard Cauchy distribution.",
        r"\mathbb{E}\left[\frac{1}{1 + x^2}\right] - \mathbb{E}\left[\frac{1}{1 + x^2}\right] = 0",
    ),
}

#: Guards: laws with every moment, and a law named as unknown, keep today's proof (E[x] and E[x^2] exist under the
#: Gaussian, uniform, Laplace and exponential laws; an unknown law's moments are trusted as the catalogue's are).
GUARDS = {
    "standard-normal-in-words": _note("Let $x$ follow the standard normal distribution.", _MEAN),
    "gaussian-in-maths-second-moment": _note("Let $x \\sim \\mathcal{N}(0, 1)$.", _SECOND),
    "uniform-in-words": _note("Let $x$ be uniform on $[0, 1]$.", _SECOND),
    "laplace-in-words": _note("Let $x$ follow a Laplace distribution.", _SECOND),
    "exponential-in-maths": _note("Let $x \\sim \\mathrm{Exp}(1)$.", _MEAN),
    "some-law-with-a-density": _note(
        "Let $x$ follow some distribution with density $p(x)$.", r"\mathbb{E}_{p(x)}[x] - \mathbb{E}_{p(x)}[x] = 0"
    ),
    "cauchy-said-of-a-variable-the-step-does-not-take": _note(
        "Let $y$ follow the standard Cauchy distribution.\n\nLet $x$ have density $p(x)$.",
        r"\mathbb{E}_{p(x)}[x] - \mathbb{E}_{p(x)}[x] = 0",
    ),
    "student-with-many-degrees-in-maths": _note("Let $x \\sim t_{30}$.", _SECOND),
}


@pytest.mark.parametrize("name", sorted(HELD_OUT_RIGHT) + sorted(GUARDS))
def test_a_moment_that_exists_is_proved(name):
    result = red_team.last({**HELD_OUT_RIGHT, **GUARDS}[name])
    assert result.status == PROVED, result.reason


def test_the_tail_comparison_by_hand():
    """The kernel's comparison: under a tail x^{-(a+1)}, E[x^k] is shown for k < a - 1 (the comparison with 1/x^2
    is coarse) and never for k >= a; a function that does not depend on the variable always; with no exponent, only
    such a function."""
    x = sp.Symbol("x", real=True)
    assert sp.integrate(x / (sp.pi * (1 + x**2)), (x, 0, sp.oo)) == sp.oo  # Cauchy: no mean
    assert not tail_expectation_shown_to_exist(x, x, sp.Integer(1))
    assert tail_expectation_shown_to_exist(x, x, sp.Integer(2))
    assert not tail_expectation_shown_to_exist(x**2, x, sp.Integer(2))
    assert tail_expectation_shown_to_exist(x**2, x, sp.Integer(3))
    assert tail_expectation_shown_to_exist(1 / (1 + x**2), x, sp.Integer(0))
    assert not tail_expectation_shown_to_exist(sp.exp(x), x, sp.Integer(5))
    assert not tail_expectation_shown_to_exist(1 / x, x, sp.Integer(5))  # not continuous at 0
    assert not tail_expectation_shown_to_exist(1 / (1 + x**2), x, None)
    assert tail_expectation_shown_to_exist(sp.Integer(3), x, None)


def test_a_sentence_naming_a_heavy_law_holds_each_name_set_alone_in_it():
    """Fail-safe: which of a sentence's names its words give the law is not read ("Let $y$ be Cauchy and $x$ ..."
    could give it to both: "Let $x$ and $y$ be Cauchy"), so each name set alone in it is held; a lost proof, never a
    false one (E[x] exists under an unknown law, so this is no finding)."""
    result = red_team.last(
        _note(
            "Let $y$ follow the standard Cauchy distribution and let $x$ have density $p(x)$.",
            r"\mathbb{E}_{p(x)}[x] - \mathbb{E}_{p(x)}[x] = 0",
        )
    )
    assert result.status == UNDECIDED and "heavy tail" in result.reason, result.reason


def test_a_gaussian_named_in_words_and_a_divergent_expectation():
    """Under the standard normal law E[e^{x^2}] = ∫ e^{x^2/2} / sqrt(2π) dx is infinite, so the step is ∞ - ∞ and has
    no value: the law named in words is read (:mod:`.statements.normals_in_words`, fixed by fk60b)."""
    result = red_team.last(
        _note(
            "Let $x$ follow the standard normal distribution.",
            r"\mathbb{E}\left[e^{x^2}\right] - \mathbb{E}\left[e^{x^2}\right] = 0",
        )
    )
    assert result.status != PROVED, result.reason
