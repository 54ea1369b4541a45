"""Monte Carlo estimates with standard errors, and tests at a stated false-alarm rate.

Every test here fails on a correct identity with probability at most
``false_alarm`` (two-sided normal approximation, or an exact chi-square or
Kolmogorov-Smirnov test), so a failure is evidence, not noise.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats

#: The default probability that a check of a true identity fails.
FALSE_ALARM = 1e-6


def z_two_sided(false_alarm: float = FALSE_ALARM) -> float:
    """The normal quantile z with P(|Z| > z) = false_alarm (4.89 at 1e-6)."""
    return float(stats.norm.isf(false_alarm / 2))


def z_one_sided(false_alarm: float = FALSE_ALARM) -> float:
    """The normal quantile z with P(Z > z) = false_alarm (4.75 at 1e-6)."""
    return float(stats.norm.isf(false_alarm))


@dataclass(frozen=True)
class Estimate:
    """A Monte Carlo (or quadrature) estimate: value, standard error, sample size.

    ``bound`` is a deterministic error bound (quadrature, rounding) added to
    the statistical half-width.
    """

    value: float
    stderr: float
    n: int
    bound: float = 0.0

    def interval(self, false_alarm: float = FALSE_ALARM) -> tuple[float, float]:
        half = z_two_sided(false_alarm) * self.stderr + self.bound
        return self.value - half, self.value + half

    def __sub__(self, other: Estimate) -> Estimate:
        """The difference of two independent estimates."""
        return Estimate(
            self.value - other.value,
            float(np.hypot(self.stderr, other.stderr)),
            max(self.n, other.n),
            self.bound + other.bound,
        )


def exact(value: float, bound: float = 0.0) -> Estimate:
    """A deterministic value with an error bound (e.g. from quadrature)."""
    return Estimate(float(value), 0.0, 0, float(bound))


def mean_estimate(samples: np.ndarray) -> Estimate:
    """The sample mean and its standard error."""
    samples = np.asarray(samples, dtype=float)
    n = samples.size
    return Estimate(float(samples.mean()), float(samples.std(ddof=1) / np.sqrt(n)), n)


@dataclass(frozen=True)
class Comparison:
    """One test of a numeric check: what was compared, the figures, and the verdict."""

    label: str
    estimate: float
    reference: float
    interval: tuple[float, float]
    n: int
    passed: bool
    test: str

    def describe(self) -> str:
        lo, hi = self.interval
        verdict = "ok" if self.passed else "FAILED"
        return f"{self.label}: {self.estimate:.6g} vs {self.reference:.6g}, interval [{lo:.6g}, {hi:.6g}], n={self.n}, {self.test}: {verdict}"


def compare_equal(
    label: str, difference: Estimate, false_alarm: float = FALSE_ALARM, reference: float = 0.0
) -> Comparison:
    """Two-sided test that ``difference`` (an estimate of lhs - rhs) is zero."""
    lo, hi = difference.interval(false_alarm)
    return Comparison(
        label,
        difference.value + reference,
        reference,
        (lo + reference, hi + reference),
        difference.n,
        lo <= 0.0 <= hi,
        f"two-sided z-test at false-alarm {false_alarm:g}",
    )


def _one_sided(label: str, difference: Estimate, false_alarm: float, interval, passed: bool) -> Comparison:
    return Comparison(
        label, difference.value, 0.0, interval, difference.n, passed, f"one-sided z-test at false-alarm {false_alarm:g}"
    )


def compare_at_least(label: str, difference: Estimate, false_alarm: float = FALSE_ALARM) -> Comparison:
    """One-sided test of lhs - rhs >= 0: fails only when the upper confidence bound is negative."""
    upper = difference.value + z_one_sided(false_alarm) * difference.stderr + difference.bound
    return _one_sided(label, difference, false_alarm, (float("-inf"), upper), upper >= 0.0)


def compare_positive(label: str, difference: Estimate, false_alarm: float = FALSE_ALARM) -> Comparison:
    """One-sided test that lhs - rhs > 0 significantly: passes only when the lower confidence bound is positive."""
    lower = difference.value - z_one_sided(false_alarm) * difference.stderr - difference.bound
    return _one_sided(label, difference, false_alarm, (lower, float("inf")), lower > 0.0)


def compare_variance(label: str, samples: np.ndarray, variance: float, false_alarm: float = FALSE_ALARM) -> Comparison:
    """Exact two-sided chi-square test that normal ``samples`` have the given variance."""
    samples = np.asarray(samples, dtype=float)
    n = samples.size
    statistic = (n - 1) * samples.var(ddof=1) / variance
    lo_q, hi_q = stats.chi2.ppf([false_alarm / 2, 1 - false_alarm / 2], n - 1)
    lo, hi = variance * lo_q / (n - 1), variance * hi_q / (n - 1)
    return Comparison(
        label,
        float(samples.var(ddof=1)),
        variance,
        (float(lo), float(hi)),
        n,
        bool(lo_q <= statistic <= hi_q),
        f"chi-square test at false-alarm {false_alarm:g}",
    )


def compare_distribution(label: str, samples: np.ndarray, cdf, false_alarm: float = FALSE_ALARM) -> Comparison:
    """Kolmogorov-Smirnov test of ``samples`` against ``cdf``; passes when p > false_alarm."""
    result = stats.kstest(np.asarray(samples, dtype=float), cdf)
    return Comparison(
        label,
        float(result.statistic),
        0.0,
        (0.0, float(stats.kstwo.isf(false_alarm, len(samples)))),
        len(samples),
        bool(result.pvalue > false_alarm),
        f"Kolmogorov-Smirnov test at false-alarm {false_alarm:g} (p = {result.pvalue:.3g})",
    )


@dataclass(frozen=True)
class NumericResult:
    """All comparisons of one identity's numeric check; it passes when every one does.

    ``false_alarm`` is the family-wise rate: each of the k comparisons runs at
    ``false_alarm / k`` (Bonferroni).
    """

    identity: str
    family: str
    comparisons: tuple[Comparison, ...]
    false_alarm: float = FALSE_ALARM

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.comparisons)

    @property
    def samples(self) -> int:
        return sum(c.n for c in self.comparisons)
