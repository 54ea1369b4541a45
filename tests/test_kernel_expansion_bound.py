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


@pytest.mark.parametrize(
    "expr",
    [
        sp.expand((a - b) ** 2 / (2 * c**2) - sp.log(c) + x * b - 3 * a / (b + 1)) ** 2,
        sp.expand((a + b + c + x) ** 6) / (1 + x),
        sp.Integral(sp.exp(-((x - a) ** 2) / 2) * sp.Function("f")(x), (x, -sp.oo, sp.oo)) - 2 * b / 3,
    ],
    ids=["squared-exponent", "sextic-over-linear", "integral"],
)
def test_the_size_guard_counts_as_count_ops_does(expr):
    """The guard's count is within a tenth of ``sp.count_ops`` (plus one per node it counts differently, a
    rational or a sign), and it answers the same on either side of that count."""
    ops = int(sp.count_ops(expr))
    assert not algebra.operations_exceed(expr, int(1.1 * ops) + 2)
    assert algebra.operations_exceed(expr, int(0.9 * ops) - 2)
