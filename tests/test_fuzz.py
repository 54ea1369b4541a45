"""The fuzzer (numeric/fuzz.py) rejects near-miss wrong identities, not only far-off ones.

Each wrong variant below is ``snr-weight`` with its corollary's right side changed by an amount a
careless check would forgive: a relative 1e-6, or a term that is below 1e-40 of the claim except
within 1e-4 of the edge alpha_t = 1.  The fuzzer evaluates at 120 digits with a relative
tolerance of 1e-40, and draws unit-interval parameters within 1e-12 of their ends, so it must
find both; a fuzzer whose check always passed, or that never went near an edge, would not.
"""

from __future__ import annotations

from dataclasses import replace

import mpmath
import pytest
import sympy as sp

from derivations import snr
from derivations.symbols import alpha_t
from numeric import fuzz

# (no module-level Identity here: the pytest plugin would collect it as a test item)
COROLLARY = 1  # "SNR decreases": SNR(t-1) - SNR(t) = abar_{t-1} (1 - alpha_t) / ((1 - abar_{t-1}) (1 - abar_t))


def with_corollary_rhs(change) -> object:
    """snr-weight with the corollary's claimed right side replaced by ``change(rhs)``."""
    derivation = snr.snr_weight.derivations[COROLLARY]
    wrong = replace(derivation, rhs=change(derivation.rhs))
    derivations = list(snr.snr_weight.derivations)
    derivations[COROLLARY] = wrong
    return replace(snr.snr_weight, name="snr-weight-near-miss", derivations=tuple(derivations))


NEAR_MISSES = {
    "relative-1e-6": lambda rhs: rhs * (1 + sp.Rational(1, 10**6)),
    "only-near-alpha-1": lambda rhs: rhs + sp.exp(-(10**6) * (1 - alpha_t)),
}


def test_the_true_identity_is_fuzzed_without_complaint():
    assert fuzz.fuzz(snr.snr_weight) == 2


@pytest.mark.parametrize("change", NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_a_near_miss_identity_is_rejected(change):
    with pytest.raises(AssertionError, match="SNR decreases"):
        fuzz.fuzz(with_corollary_rhs(change))


def test_the_near_edge_term_is_invisible_away_from_the_edge():
    """The near-edge variant really is a near miss: below the fuzzer's tolerance at alpha_t <= 1 - 1e-3."""
    (claim,) = [c for c in fuzz.claims(with_corollary_rhs(NEAR_MISSES["only-near-alpha-1"])) if "decreases" in c.label]
    position = claim.symbols.index(sp.Symbol("alpha_3", positive=True))
    bulk = [0.3, 0.5, 0.7]
    for alpha in (0.001, 0.5, 0.99, 1 - 1e-3):
        values = list(bulk)
        values[position] = alpha
        assert fuzz.holds(claim, tuple(values)), alpha
    values = list(bulk)
    values[position] = 1 - 1e-6
    assert not fuzz.holds(claim, tuple(values))


def test_holds_compares_at_120_digits_with_a_relative_tolerance():
    """A relative difference of 1e-30 (far below float64) is a failure; one of 1e-45 is rounding."""
    x = sp.Symbol("x", positive=True)
    for gap, expected in ((sp.Rational(1, 10**30), False), (sp.Rational(1, 10**45), True)):
        claim = fuzz.Claim(
            "x = x (1 + gap)", (x,), sp.lambdify(x, x, "mpmath"), sp.lambdify(x, x * (1 + gap), "mpmath"), "="
        )
        with mpmath.workdps(fuzz.DIGITS):
            assert fuzz.holds(claim, (0.7,)) is expected
