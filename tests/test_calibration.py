"""Calibration and power of every statistical test in numeric/, at its default sample size.

A check that fails a correct simulator more often than it says is noise; one that never fails
is useless.  Each test of numeric/montecarlo.py (z, chi-square, Kolmogorov-Smirnov), of
numeric/sampling_checks.py and of numeric/scheduler_check.py is checked twice for its
false-alarm rate, and once for its power:

* exactly, at the default rate 1e-6 and the default n, from the null distribution of its
  statistic: the chi-square and Kolmogorov-Smirnov decisions are exact; the z-tests divide by
  an estimated standard error, so their statistic is Student t and their true rate is above
  nominal by 0.8% at n = 20 000 and 0.2% at n = 100 000;
* empirically: seeded replications under the null, at the default n, at a per-comparison rate
  large enough to count (the code path is the same at every rate; the quantiles are checked at
  1e-6 above).  The number of false alarms must lie in the binomial interval of the nominal
  rate at confidence 1 - 1e-6 (``BUDGET``): a correct test fails this by chance with probability
  below 1e-6, a rate off by a factor 3 (a Bonferroni division forgotten) or a test that never
  fails does not pass it;
* power against a 5% variance error: exactly for the chi-square comparison (from the acceptance
  interval the check itself reports), and empirically.  Where the default size cannot reach 99%,
  the smallest error detected with 99% power is computed, asserted and listed below.

Figures at the default false-alarm rate 1e-6 (family-wise, Bonferroni inside each check):

==========================================  =========  ================  ===========  =====================
test                                        default n  per-test rate     power at 5%  smallest error at 99%
==========================================  =========  ================  ===========  =====================
chain_marginal_check, variance (chi-square)   100 000  1.1e-7            > 0.99999    3.5% variance
sampler_law_check, variance (chi-square)       50 000  1.7e-7            0.993        4.9% variance
scheduler law of a run, variance (DDIM)        20 000  5.6e-8            0.31         8.0% variance
scheduler noise scale without replay           80 000  3.3e-9 (DDIM 50)  0.99994      4.2% variance
mixture_sampler_check (Kolmogorov-Smirnov)     20 000  5e-7              0.00         30% of each variance
z-tests (means)                                     n  as above          --           7.6-8.2 sd / sqrt(n)
==========================================  =========  ================  ===========  =====================

The law of a whole scheduler run at 20 000 runs cannot see a 5% variance error (power 0.31);
its steps' noise scale is checked exactly (replayed noise) or by the chi-square test above,
which can.  The mixture check's null is itself approximate: its sampler differs from the data
by a discretization error (its documented purpose is to show it shrink with T); only its
Kolmogorov-Smirnov test is calibrated here, on exact draws of the mixture.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest
from scipy import optimize, stats

from numeric.denoisers import GaussianData, GaussianMixtureData
from numeric.montecarlo import (
    Comparison,
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
from numeric.sampling_checks import chain_marginal_check, sampler_law_check
from numeric.scheduler_check import ResidualTest, run_law_comparisons
from numeric.schedules import Schedule

#: Each empirical assertion below fails by chance with at most this probability when the code is right.
BUDGET = 1e-6
DEFAULT = 1e-6
SEED = 20260101


def assert_rate(count: int, trials: int, rate: float, what: str) -> None:
    """``count`` of ``trials`` Bernoulli(``rate``) events lies in its two-sided interval at confidence 1 - BUDGET."""
    low, high = stats.binom.ppf(BUDGET / 2, trials, rate), stats.binom.isf(BUDGET / 2, trials, rate)
    assert low <= count <= high, f"{what}: {count} of {trials} at nominal {rate:g}, expected {low:.0f}..{high:.0f}"


def assert_power(misses: int, trials: int, power: float, what: str) -> None:
    """At most the number of misses that a test of ``power`` exceeds with probability BUDGET."""
    high = stats.binom.isf(BUDGET, trials, 1 - power)
    assert misses <= high, f"{what}: {misses} misses in {trials}, at most {high:.0f} for power {power}"


def kind(comparison: Comparison) -> str:
    """'z', 'chi-square' or 'ks', from the test a comparison reports."""
    return "chi-square" if "chi-square" in comparison.test else "ks" if "Kolmogorov" in comparison.test else "z"


def chi_square_power(comparison: Comparison, ratio: float) -> float:
    """Exact power of a variance comparison when the true variance is ``ratio`` times the reference.

    It accepts s^2 in [lo, hi]; (n - 1) s^2 / (ratio * reference) is chi-square(n - 1).
    """
    lo, hi = comparison.interval
    scale = (comparison.n - 1) / (ratio * comparison.reference)
    return float(stats.chi2.cdf(lo * scale, comparison.n - 1) + stats.chi2.sf(hi * scale, comparison.n - 1))


def smallest_detected(comparison: Comparison, power: float = 0.99) -> float:
    """The smallest relative variance excess that ``comparison`` detects with ``power``."""
    return optimize.brentq(lambda excess: chi_square_power(comparison, 1 + excess) - power, 1e-4, 10.0)


# --- 1. the primitives, exactly at 1e-6 ---------------------------------------------------------------
@pytest.mark.parametrize("n", [20_000, 50_000, 80_000, 100_000])
def test_z_tests_false_alarm_at_1e6_is_nominal_within_one_percent(n):
    """(mean - mu) / (s / sqrt(n)) is Student t(n - 1) for normal samples: its tail beyond z_(alpha)."""
    two_sided = 2 * stats.t.sf(z_two_sided(DEFAULT), n - 1)
    one_sided = stats.t.sf(z_one_sided(DEFAULT), n - 1)
    assert 1 <= two_sided / DEFAULT <= 1.01 and 1 <= one_sided / DEFAULT <= 1.01


@pytest.mark.parametrize("n", [20_000, 50_000, 100_000])
def test_chi_square_and_ks_false_alarm_at_1e6_is_exact(n):
    """The acceptance interval each comparison reports has probability 1 - 1e-6 under the null."""
    samples = np.random.default_rng(n).standard_normal(n)
    variance = compare_variance("v", samples, 1.0, DEFAULT)
    assert 1 - chi_square_power(variance, 1.0) == pytest.approx(1 - DEFAULT, rel=1e-12)
    assert chi_square_power(variance, 1.0) == pytest.approx(DEFAULT, rel=1e-6)
    law = compare_distribution("law", samples, stats.norm.cdf, DEFAULT)
    assert stats.kstwo.sf(law.interval[1], n) == pytest.approx(DEFAULT, rel=1e-6)
    assert law.passed is (law.estimate <= law.interval[1])  # the p-value and the interval agree


# --- 2. the primitives, empirically at n = 20 000 ---------------------------------------------------------
def test_mean_and_variance_tests_reject_a_true_hypothesis_at_their_nominal_rate():
    """3000 normal samples of 20 000 at rate 0.05: the z-tests (two- and one-sided) and the chi-square test."""
    rng, n, rate, trials = np.random.default_rng(SEED), 20_000, 0.05, 3000
    counts = Counter()
    for _ in range(trials):
        samples = rng.normal(0.3, 2.0, n)
        difference = mean_estimate(samples) - exact(0.3)
        counts["two-sided z"] += not compare_equal("m", difference, rate).passed
        counts["at least"] += not compare_at_least("m", difference, rate).passed
        counts["positive"] += compare_positive("m", difference, rate).passed  # "significantly positive" when 0
        counts["chi-square"] += not compare_variance("v", samples, 4.0, rate).passed
    for name, count in counts.items():
        assert_rate(count, trials, rate, name)


@pytest.mark.slow
def test_ks_test_rejects_a_true_law_at_its_nominal_rate():
    rng, n, rate, trials = np.random.default_rng(SEED + 1), 20_000, 0.1, 600
    law = stats.norm(0.3, 2.0).cdf
    count = sum(not compare_distribution("law", rng.normal(0.3, 2.0, n), law, rate).passed for _ in range(trials))
    assert_rate(count, trials, rate, "Kolmogorov-Smirnov")


# --- 3. the chain's marginal check: n = 100 000 at t = 1, T/2, T of the linear schedule -------------
def ddpm_linear_abar(steps: int = 1000) -> np.ndarray:
    """abar_t = prod_(s <= t) (1 - beta_s), beta linear from 1e-4 to 0.02 (Ho et al. 2020, section 4)."""
    return np.cumprod(1 - np.linspace(1e-4, 0.02, steps))


def exact_marginals(variance_factor: float = 1.0):
    """A 'simulator' drawing x_t ~ N(sqrt(abar_t) x_0, factor (1 - abar_t)) directly (no chain): the null, or 5% off."""
    abar = ddpm_linear_abar()

    def simulate(schedule, x0, rng, steps):
        return np.stack(
            [np.sqrt(abar[t - 1]) * x0 + np.sqrt(variance_factor * (1 - abar[t - 1])) * rng.standard_normal(x0.shape)
             for t in steps]
        )  # fmt: skip

    return simulate


@pytest.mark.slow
def test_chain_marginal_check_false_alarm_at_its_default_size():
    """150 checks of exact marginals, n = 100 000, 9 comparisons each at 0.1: each kind's count is binomial."""
    rng, trials, rate = np.random.default_rng(SEED + 2), 150, 0.1
    counts, comparisons = Counter(), 0
    for _ in range(trials):
        result = chain_marginal_check(rng, simulate=exact_marginals(), false_alarm=9 * rate)
        counts.update(kind(c) for c in result.comparisons if not c.passed)
        comparisons = len(result.comparisons)
    assert comparisons == 9
    for name in ("z", "chi-square", "ks"):
        assert_rate(counts[name], 3 * trials, rate, f"chain check, {name}")


def test_chain_marginal_check_detects_a_five_percent_variance_error():
    rng = np.random.default_rng(SEED + 3)
    results = [chain_marginal_check(rng, simulate=exact_marginals(1.05)) for _ in range(10)]
    variances = [c for c in results[0].comparisons if kind(c) == "chi-square"]
    assert min(chi_square_power(c, 1.05) for c in variances) > 0.99999
    assert max(smallest_detected(c) for c in variances) < 0.036
    assert_power(sum(r.passed for r in results), 10, 0.99999, "chain check at 5%")
    assert not any(r.passed for r in results)


# --- 4. the sampler's law check: n = 50 000 -----------------------------------------------------------
FULL = GaussianData(np.array([1.0, -0.5]), np.array([[0.6, 0.3], [0.3, 0.9]]))  # the check's default data
SHORT = Schedule.cosine(10)  # the law is exact for any T: a short chain keeps 150 checks fast


def law_with_variance_error(data: GaussianData, schedule: Schedule, factor: float) -> GaussianData:
    """The exact output law with its first eigen-variance divided by ``factor``: the samples look ``factor`` too wide."""
    law = data.sampler_output_law(schedule)
    spectrum, basis = np.linalg.eigh(law.covariance_matrix)
    spectrum[0] /= factor
    return GaussianData(law.mean, (basis * spectrum) @ basis.T)


@pytest.mark.slow
def test_sampler_law_check_false_alarm_at_its_default_size():
    rng, trials, rate = np.random.default_rng(SEED + 4), 150, 0.1
    counts = Counter()
    for _ in range(trials):
        result = sampler_law_check(rng, schedule=SHORT, false_alarm=6 * rate)
        assert len(result.comparisons) == 6
        counts.update(kind(c) for c in result.comparisons if not c.passed)
    for name in ("z", "chi-square", "ks"):
        assert_rate(counts[name], 2 * trials, rate, f"sampler law check, {name}")


@pytest.mark.slow
def test_sampler_law_check_detects_a_five_percent_variance_error_in_one_direction():
    rng, trials = np.random.default_rng(SEED + 5), 40
    wrong = law_with_variance_error(FULL, SHORT, 1.05)
    results = [sampler_law_check(rng, schedule=SHORT, law=wrong) for _ in range(trials)]
    variance = next(c for c in results[0].comparisons if kind(c) == "chi-square" and "coordinate 0" in c.label)
    assert chi_square_power(variance, 1.05) >= 0.99 and smallest_detected(variance) < 0.05
    assert_power(sum(r.passed for r in results), trials, 0.99, "sampler law check at 5%")


# --- 5. the mixture check's Kolmogorov-Smirnov test: n = 20 000 per schedule ---------------------------
MIXTURE = GaussianMixtureData([0.3, 0.7], [[-2.0], [1.5]], [[0.15], [0.4]])  # the check's default data


def widened(factor: float) -> GaussianMixtureData:
    return GaussianMixtureData(MIXTURE.weights, MIXTURE.means, MIXTURE.variances * factor)


@pytest.mark.slow
def test_mixture_ks_test_false_alarm_and_the_error_it_detects():
    """At rate 0.1 the count is binomial; at the check's own rate (1e-6 over 2 schedules) a 5% variance
    error is invisible (0 of 30) and a 30% one is found (99% power: 30 of 30)."""
    rng, n, cdf = np.random.default_rng(SEED + 6), 20_000, MIXTURE.cdf(0)
    count = sum(not compare_distribution("x", MIXTURE.sample(rng, n)[:, 0], cdf, 0.1).passed for _ in range(200))
    assert_rate(count, 200, 0.1, "mixture Kolmogorov-Smirnov")
    own = DEFAULT / 2
    small = sum(not compare_distribution("x", widened(1.05).sample(rng, n)[:, 0], cdf, own).passed for _ in range(30))
    large = sum(not compare_distribution("x", widened(1.30).sample(rng, n)[:, 0], cdf, own).passed for _ in range(30))
    assert small <= 3  # power at 5% is below 1% (0 of 200 in a longer run)
    assert_power(30 - large, 30, 0.99, "mixture Kolmogorov-Smirnov at 30%")


# --- 6. check-scheduler: the law of a run (20 000 runs) and the noise without replay (80 000 per step) -----
@pytest.mark.slow
def test_run_law_comparisons_false_alarm_at_its_default_size():
    """300 x 20 000 exact standardized runs; rates 0.1 per coordinate test, 0.3 for the correlation."""
    rng, trials, family = np.random.default_rng(SEED + 7), 300, 0.9
    counts = Counter()
    for _ in range(trials):
        comparisons = run_law_comparisons(rng.standard_normal((20_000, 2)), family)
        assert len(comparisons) == 7
        counts.update("correlation" if c.label == "correlation" else kind(c) for c in comparisons if not c.passed)
    for name in ("z", "chi-square", "ks"):
        assert_rate(counts[name], 2 * trials, family / 9, f"run law, {name}")
    assert_rate(counts["correlation"], trials, family / 3, "run law, correlation")


def test_run_law_comparisons_cannot_see_five_percent_and_see_eight():
    """DDIM's law checks run at 1e-6 / 2: a 5% variance error has power 0.31; 8.1% is found with 99%."""
    rng = np.random.default_rng(SEED + 8)
    reference = next(
        c for c in run_law_comparisons(rng.standard_normal((20_000, 2)), DEFAULT / 2) if kind(c) == "chi-square"
    )
    assert 0.2 < chi_square_power(reference, 1.05) < 0.4
    excess = smallest_detected(reference)
    assert 0.075 < excess < 0.085
    scale = np.array([np.sqrt(1 + excess + 0.005), 1.0])
    found = [not all(c.passed for c in run_law_comparisons(rng.standard_normal((20_000, 2)) * scale, DEFAULT / 2))
             for _ in range(40)]  # fmt: skip
    assert_power(40 - sum(found), 40, 0.99, "run law at the smallest error")


def residual_draws(rng, n, sigma, allowed, factor=1.0, bias=0.0):
    """sigma z + e with e uniform in [-allowed, allowed] (rounding) plus an optional shift and scale error."""
    return np.sqrt(factor) * sigma * rng.standard_normal(n) + rng.uniform(-allowed, allowed, n) + bias


def test_residual_tests_false_alarm_at_their_default_size():
    """The mean and scale tests of a step whose noise is not replayed: 1500 x 80 000 residuals at 0.05 each.

    With rounding e present the tests are conservative (the triangle inequality): the rate may be
    below nominal, never above; without it, it is nominal.
    """
    rng, trials, rate, n = np.random.default_rng(SEED + 9), 1500, 0.05, 80_000
    test = ResidualTest(n, rate)
    counts = Counter()
    for _ in range(trials):
        exact_noise = residual_draws(rng, n, 0.3, 0.0)
        counts["mean"] += np.subtract(*test.mean(exact_noise, 0.0)) > 0
        counts["scale"] += np.subtract(*test.scale(exact_noise, 0.3, 0.0)) > 0
        rounded = residual_draws(rng, n, 0.3, 1e-4)
        counts["scale with rounding"] += np.subtract(*test.scale(rounded, 0.3, 1e-4)) > 0
    assert_rate(counts["mean"], trials, rate, "residual mean")
    assert_rate(counts["scale"], trials, rate, "residual scale")
    assert counts["scale with rounding"] <= stats.binom.isf(BUDGET, trials, rate)


def test_residual_scale_test_detects_five_percent_at_the_default_size():
    """DDIM, 50 timesteps, 3 etas: each test at 1e-6 / 3 / 100; n = 20 000 runs x 4 = 80 000 per timestep."""
    n, alpha = 80_000, DEFAULT / 3 / 100
    test = ResidualTest(n, alpha)
    low, high = test.quantiles
    power = stats.chi2.sf(high / 1.05, n) + stats.chi2.cdf(low / 1.05, n)
    assert power > 0.9999
    excess = optimize.brentq(
        lambda e: stats.chi2.sf(high / (1 + e), n) + stats.chi2.cdf(low / (1 + e), n) - 0.99, 1e-4, 1
    )
    assert excess < 0.043
    rng = np.random.default_rng(SEED + 10)
    misses = sum(np.subtract(*test.scale(residual_draws(rng, n, 0.3, 0.0, 1.05), 0.3, 0.0)) <= 0 for _ in range(100))
    assert_power(misses, 100, 0.9999, "residual scale at 5%")
    shifted = sum(
        np.subtract(*test.mean(residual_draws(rng, n, 0.3, 0.0, bias=0.3 * 0.03), 0.0)) <= 0 for _ in range(100)
    )
    assert_power(shifted, 100, 0.99, "residual mean shifted by 0.03 sigma")  # (5.9 + 2.3) / sqrt(80 000) = 0.029
