"""Fixes of red team 64d's 06-09: a density written as a formula (``p(x \\mid y) = ...``, ``q(x) \\propto ...``,
``f_X(x) = ...``, ``x \\sim <formula of x>``) says its variables' law, whether or not the name is set alone beside it.
Its tail is read only where the formula is Gaussians times a rational function of their points, each Gaussian of a
fixed covariance (no name the note makes random in it; an unknown function's value, a network's, is presumed as an
unknown density is) and a mean that keeps moments; any other formula leaves the variable's moments unread (an
expectation of it is held).  Held-out variants (other letters, names, givens,
``\\propto``, ``\\sim``, a random scale, a heavy mean, a heavy term beside a Gaussian) are held; Gaussians of fixed
parameters, a Gaussian mean of light random names, mixtures and Gaussians times polynomials keep their proof."""

from __future__ import annotations

import pytest
import red_team


def _mean_cancelled(sentence: str, name: str) -> str:
    return f"{sentence}\n\n$$\n\\mathbb{{E}}[{name}] - \\mathbb{{E}}[{name}] = 0\n$$\n"


#: Wrong: each density gives the name a law with no mean, so E[name] - E[name] has no value.
NO_MEAN = (
    # Cauchy, by other density letters, another name, \propto, \sim and another language
    ("Let $q(x) = \\frac{1}{\\pi(1 + x^2)}$.", "x"),
    ("Let $f_X(x) = \\frac{1}{\\pi (1 + x^2)}$.", "x"),
    ("Let $p_Z(z) \\propto \\frac{1}{1 + z^2}$.", "z"),
    ("Let $x \\sim \\frac{1}{\\pi(1 + x^2)}$.", "x"),
    ("Soit $q(y) \\propto (1 + y^2)^{-1}$.", "y"),
    # given two names: Cauchy about y + z whatever they are
    (
        "Let $p(x \\mid y, z) = \\frac{1}{\\pi(1 + (x - y - z)^2)}$ with $y, z \\sim \\mathcal{N}(0, 1)$.",
        "x",
    ),
    # a Gaussian of random scale: z = g / s with s uniform on (0, 1), E|z| = E|g| E[1/s] = oo
    ("Let $p(z \\mid s) = \\mathcal{N}(z; 0, s^{-2})$ with $s \\sim U(0, 1)$.", "z"),
    ("Let $q(x) \\propto \\mathcal{N}(x; 0, \\tau^{-1})$ where $\\tau \\sim U(0, 1)$.", "x"),
    # a scale the note defines as a function of a random name (f(y) = y^{-2}: read, not presumed)
    ("Let $f(y) = y^{-2}$ and $p(x \\mid y) = \\mathcal{N}(x; 0, f(y))$ with $y \\sim U(0, 1)$.", "x"),
    # a Gaussian about 1/y with y uniform on (0, 1): E[1/y] = oo; and about a Cauchy mean: x = y + g has no mean
    ("Let $p(x \\mid y) = \\mathcal{N}(x; y^{-1}, 1)$ with $y \\sim U(0, 1)$.", "x"),
    ("Let $p(x \\mid y) = \\mathcal{N}(x; y, 1)$ with $y \\sim \\mathrm{Cauchy}(0, 1)$.", "x"),
    # a Cauchy term beside a Gaussian one, and a Gaussian of another variable times a Cauchy density
    ("Let $p(x) = \\frac{1}{2} \\mathcal{N}(x; 0, 1) + \\frac{1}{2 \\pi (1 + x^2)}$.", "x"),
    ("Let $p(x \\mid y) = \\frac{\\mathcal{N}(y; 0, 1)}{\\pi (1 + x^2)}$.", "x"),
)


@pytest.mark.parametrize(("sentence", "name"), NO_MEAN)
def test_a_density_formula_with_no_mean_holds_its_mean(sentence, name):
    red_team.assert_held_or_refuted(red_team.last(_mean_cancelled(sentence, name)))


#: Right: each density is Gaussians of fixed covariance (times a polynomial), about a mean with moments.
WITH_MEAN = (
    ("Let $p(x) = \\mathcal{N}(x; 0, 1)$.", "x"),
    ("Let $p(x \\mid y) = \\mathcal{N}(x; y, 1)$ with $y \\sim \\mathcal{N}(0,1)$.", "x"),
    ("Let $q(x) = \\mathcal{N}(x; 0, \\sigma^2)$.", "x"),
    ("Let $p(x) = \\frac{1}{2} \\mathcal{N}(x; 0, 1) + \\frac{1}{2} \\mathcal{N}(x; 3, 2)$.", "x"),
    ("Let $p(x) \\propto \\mathcal{N}(x; 0, 1) (1 + x^2)$.", "x"),
    # an encoder's mean and scale, unknown functions of x: presumed, as an unknown density is
    (
        "Let $q_{\\phi}(z|x) = \\mathcal{N}(z;\\mu_{\\phi}(x), \\sigma_{\\phi}^2(x)\\mathbf{I})$ and $x \\sim "
        "\\mathcal{N}(0, 1)$.",
        "z",
    ),
    (
        "Let $q(x_t \\mid x_{t-1}) = \\mathcal{N}(x_t; \\sqrt{\\alpha_t} x_{t-1}, \\beta_t)$ with $x_{t-1} \\sim "
        "\\mathcal{N}(0, 1)$.",
        "x_t",
    ),
)


@pytest.mark.parametrize(("sentence", "name"), WITH_MEAN)
def test_a_gaussian_density_of_fixed_scale_keeps_the_proof(sentence, name):
    red_team.assert_proved(red_team.last(_mean_cancelled(sentence, name)))
