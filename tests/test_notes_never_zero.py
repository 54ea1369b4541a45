"""A divisor that is 0 nowhere it is defined needs no look at the note's equations: a product of nonzero numbers,
exponentials, negative powers and Gaussian densities (xf60's supposed signs, written as equations nz60 does not
solve, held N(y; 1, v) / N(y; 1, v) = 1).  A divisor that is not such a product is still asked of the equations."""

from __future__ import annotations

import pytest
from red_team import last

from diffproof.notecheck import PROVED

NEVER_ZERO = {
    "an exponential": ("We have $\\exp(x) = 1$.", r"\frac{3 \exp(x)}{3 \exp(x)} = 1"),
    "a gaussian density": ("Suppose $v$ is positive.", r"\frac{\mathcal{N}(y; 0, v)}{\mathcal{N}(y; 0, v)} = 1"),
}
MAY_BE_ZERO = {
    "an exponential less one": ("We have $\\exp(x) = 1$.", r"\frac{\exp(x) - 1}{\exp(x) - 1} = 1"),
    "a gaussian density less itself at zero": (
        "We have $\\exp(y) = 1$.",
        r"\frac{\mathcal{N}(y; 0, 1) - \mathcal{N}(0; 0, 1)}{\mathcal{N}(y; 0, 1) - \mathcal{N}(0; 0, 1)} = 1",
    ),
}


@pytest.mark.parametrize(("said", "step"), NEVER_ZERO.values(), ids=NEVER_ZERO.keys())
def test_a_divisor_zero_nowhere_is_not_asked(said, step):
    result = last(f"{said}\n\n$$\n{step}\n$$\n")
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize(("said", "step"), MAY_BE_ZERO.values(), ids=MAY_BE_ZERO.keys())
def test_a_divisor_the_equations_make_zero_is_held(said, step):
    result = last(f"{said}\n\n$$\n{step}\n$$\n")
    assert result.status != PROVED, result.reason
