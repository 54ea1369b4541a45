"""Helper fa60a's fixes to red team rt60a's laws without moments (08-24): an expectation of a variable is trusted
only where its law is one with every moment (a Gaussian, uniform, Laplace, exponential, ...), a heavy family whose
parameters are read, or a law the note leaves unknown; a family named after ``\\sim`` or in words that no table
reads, a family named without its parameters, a mixture or a density written out holds it.  Every step below is
``E(x_0 \\epsilon) = 0`` beside a statement that x_0 and eps are independent: it stands where E(x_0) exists."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_STEP = "\n\nHere $x_0$ and $\\epsilon$ are independent.\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"


def _last(first: str):
    return red_team.report("<!-- diffproof: context ddpm -->\n\n" + first + _STEP).results[-1]


#: Laws with no mean, held: families outside the tables (each has no mean at the parameters given), in maths and in
#: words, a mixture with a Cauchy part, and a density written out.
HELD = {
    # Burr XII with c = 1, k = 1/2: density ~ x^{-3/2}, no mean.
    "burr-in-maths": r"Let $x_0 \sim \mathrm{Burr}(1, 1/2)$.",
    # A Lévy law is alpha-stable with alpha = 1/2; any stable law with alpha < 1 has no mean.
    "stable-in-maths": r"Let $x_0 \sim \mathrm{Stable}(1/2, 0, 1, 0)$.",
    # The log-logistic law with shape 1 has density ~ x^{-2}: no mean.
    "log-logistic-in-words": r"Let $x_0$ follow a log-logistic distribution with shape $1$.",
    # Burr in words (shape 1/2): no mean.
    "burr-in-words": r"Let $x_0$ be Burr distributed with shapes $1$ and $1/2$.",
    # The Cauchy law written without its parameters, by its German name's letter: no mean.
    "cauchy-calligraphic-l": r"Let $x_0 \sim \mathcal{L}(0, 1)$, a Lorentz law.",
    # Half of a Cauchy part: E|x_0| = infinity.
    "mixture-of-a-uniform-and-a-cauchy": r"Let $x_0 \sim \frac{1}{3} \mathcal{U}(0, 1) + \frac{2}{3} \mathrm{Cauchy}(0, 2)$.",
    # The Lévy density written out: it falls as x^{-3/2}, no mean.
    "levy-density-written-out": r"The data $x_0$ has density $p(x) = \frac{e^{-1/(2x)}}{\sqrt{2 \pi x^3}}$ for $x > 0$.",
    # Student's t with one degree of freedom by its letter called: the Cauchy law.
    "t-called-with-one": r"Let $x_0 \sim t(1)$ be given.",
}

#: Laws whose mean exists, proved: the guards (a Gaussian in maths and words, a uniform, an exponential, an unknown
#: density, a data set's law).
KEPT = {
    "gaussian-in-maths": r"Let $x_0 \sim \mathcal{N}(0, 1)$.",
    "gaussian-by-name": r"Let $x_0 \sim \mathrm{Normal}(0, 1)$.",
    "uniform-calligraphic": r"Let $x_0 \sim \mathcal{U}(0, 1)$.",
    "exponential-by-name": r"Let $x_0 \sim \mathrm{Exponential}(1)$.",
    "gaussian-in-words": r"Let $x_0$ follow a standard normal distribution.",
    "uniform-in-words": r"Let $x_0$ be uniformly distributed on $(0, 1)$.",
    "laplace-in-words": r"Let $x_0$ follow a Laplace distribution.",
    "unknown-density": r"Let $x_0 \sim q(x_0)$ be drawn from the data distribution.",
    "data-set": r"Let $x_0 \sim \mathcal{D}$.",
    "adjective-before-distribution": r"Let $x_0$ be drawn from the variational distribution.",
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_a_law_without_a_mean_holds_the_expectation(name):
    result = _last(HELD[name])
    assert result.status == UNDECIDED, result.reason
    assert "moment" in result.reason or "heavy tail" in result.reason, result.reason


@pytest.mark.parametrize("name", sorted(KEPT))
def test_a_law_with_a_mean_keeps_the_proof(name):
    result = _last(KEPT[name])
    assert result.status == PROVED, result.reason


def test_a_polynomial_of_a_gaussian_keeps_the_proof():
    result = _last(r"Let $g \sim \mathcal{N}(0, 1)$ and $x_0 = g^2 + 2 g$.")
    assert result.status == PROVED, result.reason
