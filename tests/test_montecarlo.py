"""The statistical tests: calibrated on true hypotheses, powerful against wrong ones."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from numeric.montecarlo import (
    Estimate,
    compare_at_least,
    compare_distribution,
    compare_equal,
    compare_positive,
    compare_variance,
    exact,
    mean_estimate,
    z_one_sided,
    z_two_sided,
)


def test_quantiles_match_the_normal_tail():
    assert stats.norm.sf(z_two_sided(1e-6)) * 2 == pytest.approx(1e-6)
    assert stats.norm.sf(z_one_sided(1e-6)) == pytest.approx(1e-6)


def test_false_alarm_rate_of_the_mean_test_is_calibrated():
    """At false-alarm 0.05 a true mean is rejected in about 5% of 2000 seeded trials."""
    rng = np.random.default_rng(1)
    rejections = sum(
        not compare_equal("mean", mean_estimate(rng.standard_normal(200)) - exact(0.0), 0.05).passed
        for _ in range(2000)
    )
    # 2000 Bernoulli(0.05) trials: mean 100, sd 9.7; the band is +-5 sd
    assert 51 <= rejections <= 149


def test_mean_test_rejects_a_shift_it_is_sized_for():
    rng = np.random.default_rng(2)
    samples = rng.normal(0.02, 1.0, 400_000)  # shift = 12.6 standard errors
    assert not compare_equal("mean", mean_estimate(samples) - exact(0.0)).passed
    assert compare_equal("mean", mean_estimate(samples) - exact(0.02)).passed


def test_variance_test_accepts_the_truth_and_rejects_one_percent_off():
    rng = np.random.default_rng(3)
    samples = rng.normal(0.0, 1.0, 400_000)
    assert compare_variance("var", samples, 1.0).passed
    assert not compare_variance("var", samples, 1.02).passed


def test_distribution_test():
    rng = np.random.default_rng(4)
    samples = rng.normal(0.0, 1.0, 100_000)
    assert compare_distribution("law", samples, stats.norm(0, 1).cdf).passed
    assert not compare_distribution("law", samples, stats.norm(0, 1.05).cdf).passed


def test_one_sided_tests():
    assert compare_at_least("gap", Estimate(0.0, 0.1, 100)).passed
    assert not compare_at_least("gap", Estimate(-1.0, 0.1, 100)).passed
    assert compare_positive("gap", Estimate(1.0, 0.1, 100)).passed
    assert not compare_positive("gap", Estimate(0.1, 0.1, 100)).passed


def test_difference_of_independent_estimates_adds_variances_and_bounds():
    difference = Estimate(1.0, 0.3, 10, 0.01) - Estimate(0.5, 0.4, 20, 0.02)
    assert difference.value == 0.5 and difference.stderr == pytest.approx(0.5)
    assert difference.bound == pytest.approx(0.03) and difference.n == 20
