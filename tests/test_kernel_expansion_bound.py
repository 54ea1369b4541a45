"""An expansion that ends past ``algebra.MAX_EXPANDED_OPS`` is tried only for exact cancellation.

A KL of Gaussians whose law is not the one the note states expands from hundreds of operations to hundreds of
thousands (the exponent squared out under the logarithm of a density, times each term): the screen for a point where
it is nonzero and the rational tiers then took a minute of CPU for nothing.  The bound is lowered here so that small
differences show the rule: a difference that expands to zero is still proved however long its expansion, one the
rational tiers would need is left unproved past the bound (and proved under it), and none is refuted by the bound.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.kernel import algebra
from derivations.kernel.algebra import prove_equal

a, b, c, x = sp.symbols("a b c x", positive=True)
CUBE = (a + b + c) ** 3


@pytest.fixture
def low_bound(monkeypatch):
    """The bound lowered to 5 operations, with no answer remembered from before it or kept after it."""
    algebra._prove_equal_once.cache_clear()
    monkeypatch.setattr(algebra, "MAX_EXPANDED_OPS", 5)
    yield
    algebra._prove_equal_once.cache_clear()


def test_a_difference_that_expands_to_zero_is_proved_past_the_bound(low_bound):
    proof = prove_equal(CUBE * (x + 2), sp.expand(CUBE) * x + 2 * sp.expand(CUBE))
    assert proof is not None and proof.method == "expansion"


RATIONAL = (CUBE / (x - 1) - CUBE / (x + 1), 2 * CUBE / (x**2 - 1))


def test_a_rational_tier_proves_it_under_the_bound():
    proof = prove_equal(*RATIONAL)
    assert proof is not None and proof.method != "expansion"


def test_a_rational_tier_is_not_tried_past_the_bound(low_bound):
    assert prove_equal(*RATIONAL) is None
