"""A bold capital is a matrix by convention (``\\mathbf{W}``, ``\\boldsymbol{\\Sigma}``): a step proved by reading
it as a number, where it multiplies another bold name, is not proved (``\\mathbf{W}\\mathbf{x} = \\mathbf{x}
\\mathbf{W}`` holds of numbers only).  Products the reading keeps (a number times a vector or a matrix, sums of bold
names, a plain capital, which is a number by the notes' convention) keep their proofs, and a refutation stays: a
counterexample in numbers is one in 1 x 1 matrices."""

from __future__ import annotations

import pytest

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes


def _status(step: str, before: str = "We compute.") -> str:
    text = f"{before}\n\n$$\n{step}\n$$\n"
    (result,) = check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results
    return result.status


@pytest.mark.parametrize(
    "step",
    [
        r"\mathbf{A}\mathbf{B}\mathbf{x} = \mathbf{B}\mathbf{A}\mathbf{x}",
        r"\mathbf{W} \mathbf{x} + \mathbf{b} = \mathbf{b} + \mathbf{x} \mathbf{W}",
        r"\boldsymbol{\Sigma} \boldsymbol{\mu} = \boldsymbol{\mu} \boldsymbol{\Sigma}",
        r"\bm{M} \bm{N} = \bm{N} \bm{M}",
        r"(\mathbf{A} + \mathbf{B})^2 = \mathbf{A}^2 + 2 \mathbf{A} \mathbf{B} + \mathbf{B}^2",
        r"\mathbf{W}_1 \mathbf{W}_2 \mathbf{x} = \mathbf{W}_2 \mathbf{W}_1 \mathbf{x}",
        r"\mathbf{A} (\mathbf{A} + \mathbf{B}) = (\mathbf{A} + \mathbf{B}) \mathbf{A}",
        # the cost: a proof is not told from one that commutes (true of matrices, and undecided all the same)
        r"2 \mathbf{W} \mathbf{x} = \mathbf{W} \mathbf{x} + \mathbf{W} \mathbf{x}",
    ],
)
def test_a_product_with_a_bold_capital_is_not_commuted(step):
    assert _status(step) == UNDECIDED


@pytest.mark.parametrize(
    "step",
    [
        r"\mathbf{x} + \mathbf{W} = \mathbf{W} + \mathbf{x}",  # a sum
        r"\sigma^2 \mathbf{W} = \mathbf{W} \sigma^2",  # a number times a matrix
        r"\sqrt{\bar\alpha_t} \mathbf{x}_0 + \sqrt{1 - \bar\alpha_t} \boldsymbol{\epsilon} = "
        r"\sqrt{1 - \bar\alpha_t} \boldsymbol{\epsilon} + \sqrt{\bar\alpha_t} \mathbf{x}_0",
        r"A B x = B A x",  # plain capitals are numbers by the notes' convention
    ],
)
def test_what_the_reading_keeps_stays_proved(step):
    assert _status(step) == PROVED


def test_a_refutation_in_numbers_stands_for_matrices():
    """W x = 2 W x fails at the 1 x 1 matrices W = x = 1."""
    assert _status(r"\mathbf{W} \mathbf{x} = 2 \mathbf{W} \mathbf{x}") == REFUTED


def test_words_that_make_the_letters_matrices_say_why():
    """Said in words, the kind is the note's (the older rule); the bold capital's convention adds nothing to it."""
    assert _status(r"A B = B A", "Let $A$ and $B$ be quaternions.") == UNDECIDED


@pytest.mark.parametrize(
    "step",
    [
        # a norm is a number: lilianweng's and zh-diffusion-study-notes' loss weights (corpus proofs)
        r"\frac{\beta^2}{2 \|\boldsymbol{\Sigma}_\theta\|^2_2} \|\mathbf{z} - \mathbf{w}\|^2 = "
        r"\frac{\beta^2 \|\mathbf{w} - \mathbf{z}\|^2}{2 \|\boldsymbol{\Sigma}_\theta\|^2_2}",
        r"|\mathbf{A}| \, \|\mathbf{x}\| = \|\mathbf{x}\| \, |\mathbf{A}|",
    ],
)
def test_a_norm_of_a_bold_capital_is_a_number(step):
    assert _status(step) == PROVED


def test_a_call_that_is_no_density_keeps_its_names():
    """Sigma_theta(x) is a matrix whatever its argument, and f(A) may be one (f = identity): products with them are
    not commuted; a density's value p(x) is a number, whatever its variable."""
    assert (
        _status(
            r"\boldsymbol{\Sigma}_\theta(\mathbf{x}) \mathbf{z} = \mathbf{z} \boldsymbol{\Sigma}_\theta(\mathbf{x})"
        )
        == UNDECIDED
    )
    assert _status(r"f(\mathbf{A}) \mathbf{B} = \mathbf{B} f(\mathbf{A})") == UNDECIDED
    assert _status(r"f(A) B = B f(A)", "Let $A$ and $B$ be matrices.") == UNDECIDED


def test_a_density_s_value_is_a_number():
    """Bayes' rule over images (andycheung's note says its x are images): the densities' values commute."""
    step = r"p(\mathbf{X}_{t-1}|\mathbf{X}_t) = \frac{p(\mathbf{X}_t|\mathbf{X}_{t-1}) p(\mathbf{X}_{t-1})}{p(\mathbf{X}_t)}"
    assert _status(step) == PROVED
    assert _status(r"p(x|y) = \frac{p(y|x) p(x)}{p(y)}", "Here $x$ and $y$ are images.") == PROVED
