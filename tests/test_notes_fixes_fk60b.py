"""Held-out variants of red team 60k's findings on existence and block laws (tests/test_kernel_redteam_60k.py,
tests/test_notes_redteam_60k.py 18, 24-26): an integral against a Gaussian is trusted only for what cannot be
written out in its variable (an unknown density, an operator), SymPy's own operators evaluated first; over several
variables, only against a density that is a factor; and a block Gaussian's component law defines nothing where its
variance, the note's values written in, is a number that is not positive; and (cy60's test, fixed here) an
expectation written without a law is asked of a Gaussian the note names in words ("$x$ is standard normal").  Each
wrong step is held (undecided) or not shown; each faithful one keeps its answer."""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from derivations import Expectation, Normal
from derivations.kernel.convergence import expectation_shown_to_exist, shown_to_exist
from derivations.probability import Density
from diffproof.notecheck import PROVED, UNDECIDED

X = sp.Symbol("x", real=True)
Y = sp.Symbol("y", real=True)
K = sp.Symbol("k", integer=True)
N = sp.Symbol("n", positive=True, integer=True)
LINE = (-sp.oo, sp.oo)
DIVERGENT = sp.exp(X**2)


def _gaussian(body: sp.Expr) -> sp.Integral:
    return sp.Integral(Normal(X, 0, 1) * body, (X, *LINE))


@pytest.mark.parametrize(
    ("call", "answer"),
    [
        # Wrong: each is infinite.  prod_{k=1}^3 k = 6, lim (1 + 1/n) = 1, d/dy y^2 at y = 1 is 2: numbers times
        # ∫ N(x; 0, 1) e^{x^2} dx = ∞; p(y) ∫ N(x; 0, 1) e^{x^2} dx is ∞ where p(y) > 0 (a density of another
        # variable is a constant here, trusted for nothing).
        pytest.param(
            lambda: shown_to_exist(_gaussian(DIVERGENT * sp.Product(K, (K, 1, 3)))), False, id="product-of-numbers"
        ),
        pytest.param(
            lambda: shown_to_exist(_gaussian(DIVERGENT * sp.Limit(1 + 1 / N, N, sp.oo))), False, id="limit-of-numbers"
        ),
        pytest.param(
            lambda: shown_to_exist(_gaussian(DIVERGENT * sp.Subs(sp.Derivative(Y**2, Y), Y, 1))),
            False,
            id="subs-of-a-derivative",
        ),
        pytest.param(
            lambda: shown_to_exist(_gaussian(DIVERGENT * Density("p", [Y]))), False, id="density-of-another-variable"
        ),
        # Σ_{k>=0} x^{2k} / k! / 2 is e^{x^2} / 2: E[e^{x^2}] / 2 = ∞
        pytest.param(
            lambda: expectation_shown_to_exist(
                Expectation(sp.Sum(X ** (2 * K) / sp.factorial(K), (K, 0, sp.oo)) / 2, Normal(X, 0, 1), (X,))
            ),
            False,
            id="exponential-series-halved",
        ),
        # Σ_{k>=0} x^k diverges where |x| >= 1 (probability about 0.32 under N(0, 1)): the integral has no value
        pytest.param(
            lambda: shown_to_exist(_gaussian(sp.Sum(X**K, (K, 0, sp.oo)))), False, id="geometric-series-in-the-variable"
        ),
        # ∫∫ (e^{x^2 + y^2} - p) and ∫∫ e^{x^2 + y^2} e^p (>= e^{x^2 + y^2}) are infinite: p is no factor taken
        # against
        pytest.param(
            lambda: shown_to_exist(sp.Integral(sp.exp(X**2 + Y**2) - Density("p", [X, Y]), (X, *LINE), (Y, *LINE))),
            False,
            id="double-density-as-a-summand",
        ),
        pytest.param(
            lambda: shown_to_exist(
                sp.Integral(sp.exp(X**2 + Y**2) * sp.exp(Density("p", [X, Y])), (X, *LINE), (Y, *LINE))
            ),
            False,
            id="double-density-inside-an-exponential",
        ),
        # Right: a finite sum (3/2) and a product (6) times a Gaussian's second moment; a density of x, or a
        # derivative of an unknown function of x, against the Gaussian (the trust kept); a moment against an unknown
        # density of (x, y), and under N(x) N(y) by Tonelli.
        pytest.param(
            lambda: shown_to_exist(_gaussian(X**2 * sp.Sum(1 / K, (K, 1, 2)))), True, id="finite-sum-times-a-moment"
        ),
        pytest.param(
            lambda: shown_to_exist(_gaussian(X**2 * sp.Product(K, (K, 1, 3)))), True, id="product-times-a-moment"
        ),
        pytest.param(
            lambda: shown_to_exist(_gaussian(sp.log(Density("p", [X])))), True, id="log-density-of-the-variable"
        ),
        pytest.param(
            lambda: shown_to_exist(_gaussian(sp.Derivative(sp.Function("f")(X), X))),
            True,
            id="derivative-of-an-unknown-function",
        ),
        pytest.param(
            lambda: shown_to_exist(sp.Integral(Density("p", [X, Y]) * (X**2 + Y**2), (X, *LINE), (Y, *LINE))),
            True,
            id="double-moment-against-a-density",
        ),
        pytest.param(
            lambda: shown_to_exist(
                sp.Integral(Normal(X, 0, 1) * Normal(Y, 0, 1) * X**2 * Y**2, (X, *LINE), (Y, *LINE))
            ),
            True,
            id="double-moment-under-two-gaussians",
        ),
    ],
)
def test_what_an_integral_against_a_density_is_trusted_for(call, answer):
    assert call() is answer


def test_the_written_out_operators_by_hand():
    assert sp.Product(K, (K, 1, 3)).doit() == 6 and sp.Limit(1 + 1 / N, N, sp.oo).doit() == 1
    assert sp.Subs(sp.Derivative(Y**2, Y), Y, 1).doit() == 2
    assert sp.integrate(sp.exp(-(X**2) / 2) * DIVERGENT, (X, *LINE)) == sp.oo


def _block(before: str, law: str, step: str) -> str:
    return before + red_team.BLOCK_LAW + f"Here $X \\sim \\mathcal{{N}}({law})$.\n\n$$\n{step}\n$$\n"


#: Wrong: the component law has a variance that is not positive (2 - 5 = -3, -3/4, w := 1 - 4 = -3, v := -2 at
#: 2v + 1 = -3, 0 = 3 - 3), so it is no law and Sigma_X = Var X >= 0 (> 0 for a Gaussian with a density) is not it.
WRONG = {
    "difference": ("", "0, 2 - 5", r"\Sigma_X = -3"),
    "fraction": ("", r"1, -\frac{3}{4}", r"\Sigma_X = -\frac{3}{4}"),
    "name-valued-by-a-difference": ("Let $w := 1 - 4$.\n\n", "2, w", r"\Sigma_X = -3"),
    "formula-of-a-valued-name": ("Let $v := -2$.\n\n", "2, 2v + 1", r"\Sigma_X = -3"),
    "zero-as-a-difference": ("", "2, 3 - 3", r"\Sigma_X = 0"),
}
#: Right: the same shapes with positive variances (5 - 2 = 3, 3/4, w := 4 - 1 = 3).
RIGHT = {
    "difference": ("", "0, 5 - 2", r"\Sigma_X = 3"),
    "fraction": ("", r"1, \frac{3}{4}", r"\Sigma_X = \frac{3}{4}"),
    "name-valued-by-a-difference": ("Let $w := 4 - 1$.\n\n", "2, w", r"\Sigma_X = 3"),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_component_law_of_variance_not_positive_defines_nothing(name):
    result = red_team.last(_block(*WRONG[name]))
    assert not result.internal and result.status == UNDECIDED, result.reason


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_a_component_law_of_positive_variance_still_defines_it(name):
    result = red_team.last(_block(*RIGHT[name]))
    assert result.status == PROVED, result.reason


def _note(sentence: str, step: str) -> str:
    return f"{sentence}\n\n$$\n{step}\n$$\n"


def _cancelled(body: str) -> str:
    return rf"\mathbb{{E}}\left[{body}\right] - \mathbb{{E}}\left[{body}\right] = 0"


#: Wrong: under the standard normal law the note names in words, E[e^{v^2}] = ∫ e^{v^2/2} / sqrt(2π) dv is
#: infinite, so each step is ∞ - ∞ and has no value.
GAUSSIAN_IN_WORDS = {
    "standard-gaussian": ("Let $z$ be a standard Gaussian.", _cancelled("e^{z^2}")),
    "french": ("Soit $x$ une variable normale centrée réduite.", _cancelled("e^{x^2}")),
    "two-names-one-sentence": ("Let $x$ and $y$ be standard normal.", _cancelled("e^{y^2}")),
}
#: Right: under the standard normal law E[x^2] = 1 and E[e^x] = e^{1/2} exist, and E[2x] = 2 E[x] = 0.
MOMENTS_IN_WORDS = {
    "second-moment": ("Let $x$ follow the standard normal distribution.", _cancelled("x^2")),
    "exponential": ("Let $x$ have the unit Gaussian law.", _cancelled("e^{x}")),
    "linearity": ("Let $x$ follow the standard normal distribution.", r"\mathbb{E}[2x] = 2\mathbb{E}[x]"),
}


@pytest.mark.parametrize("name", sorted(GAUSSIAN_IN_WORDS))
def test_an_expectation_under_a_gaussian_named_in_words_is_asked_of_it(name):
    result = red_team.last(_note(*GAUSSIAN_IN_WORDS[name]))
    assert not result.internal and result.status == UNDECIDED, result.reason
    assert "not shown to exist" in result.reason, result.reason


@pytest.mark.parametrize("name", sorted(MOMENTS_IN_WORDS))
def test_a_moment_under_a_gaussian_named_in_words_keeps_its_proof(name):
    result = red_team.last(_note(*MOMENTS_IN_WORDS[name]))
    assert result.status == PROVED, result.reason
