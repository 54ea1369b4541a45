"""Numeric checks of the forward posterior (regression on simulated chains) and of the denoising KL.

Forward posterior: x_0 is drawn from a non-Gaussian law (uniform on (-2, 2)),
x_{t-1} and x_t come from the simulator's chain; the least-squares regression of
x_{t-1} on (x_t, x_0, 1) must recover the statement's coefficients of mu_q (and no
intercept) within their standard errors, and its residual variance sigma_q^2(t)
within an exact chi-square interval.  Denoising KL: the KL by Monte Carlo against
the statement's right side, with mu_theta from a nonlinear denoiser.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import sympy as sp
from scipy import stats

from derivations.forward_posterior import (
    POSTERIOR,
    REVERSE_MODEL,
    denoising_kl_mse,
    forward_posterior,
    posterior,
    written_out,
)
from derivations.probability import Normal
from derivations.symbols import abar_t, abar_tm1, alpha_t, mu_theta, x_0, x_t
from numeric.evaluate import claim_comparison
from numeric.montecarlo import FALSE_ALARM, Comparison, Estimate, NumericResult, compare_equal
from numeric.simulator import forward_chain

_SCHEDULE = (alpha_t, abar_tm1, abar_t)


def schedule_point(alphas: np.ndarray, t: int) -> dict[sp.Symbol, float]:
    """alpha_t, abar_{t-1}, abar_t of a schedule (tutorial indexing, t >= 1)."""
    abar_previous = float(np.prod(alphas[: t - 1]))
    return {alpha_t: float(alphas[t - 1]), abar_tm1: abar_previous, abar_t: abar_previous * float(alphas[t - 1])}


@dataclass(frozen=True)
class Regression:
    """Ordinary least squares: coefficients, their standard errors, residual sum of squares, degrees of freedom."""

    coefficients: np.ndarray
    stderr: np.ndarray
    rss: float
    dof: int


def least_squares(design: np.ndarray, response: np.ndarray) -> Regression:
    """OLS of ``response`` on the columns of ``design``, with the usual standard errors."""
    coefficients, *_ = np.linalg.lstsq(design, response, rcond=None)
    residuals = response - design @ coefficients
    dof = design.shape[0] - design.shape[1]
    rss = float(residuals @ residuals)
    covariance = rss / dof * np.linalg.inv(design.T @ design)
    return Regression(coefficients, np.sqrt(np.diag(covariance)), rss, dof)


def compare_residual_variance(label: str, fit: Regression, variance: float, false_alarm: float) -> Comparison:
    """Exact chi-square test: rss / variance ~ chi^2(dof) for Gaussian errors of that variance."""
    lo_q, hi_q = stats.chi2.ppf([false_alarm / 2, 1 - false_alarm / 2], fit.dof)
    statistic = fit.rss / variance
    return Comparison(
        label,
        fit.rss / fit.dof,
        variance,
        (float(variance * lo_q / fit.dof), float(variance * hi_q / fit.dof)),
        fit.dof,
        bool(lo_q <= statistic <= hi_q),
        f"chi-square test at false-alarm {false_alarm:g}",
    )


def check_forward_posterior(rng: np.random.Generator, identity=forward_posterior, n: int = 200_000) -> NumericResult:
    """Regress simulated x_{t-1} on (x_t, x_0, 1) at a random t in 2..6 of a random schedule."""
    law = identity.statement.rhs
    if not isinstance(law, Normal):
        raise ValueError(f"check_forward_posterior: the statement must end in a Normal law, got {law}")
    t = int(rng.integers(2, 7))
    alphas = rng.uniform(0.6, 0.98, size=t)
    point = schedule_point(alphas, t)
    start = rng.uniform(-2, 2, size=n)
    previous = forward_chain(start, alphas[: t - 1], rng)
    current = forward_chain(previous, alphas[t - 1 : t], rng)
    fit = least_squares(np.column_stack([current, start, np.ones(n)]), previous)
    mean = law.mean.xreplace(point)
    claimed = [float(sp.diff(mean, x_t)), float(sp.diff(mean, x_0)), float(mean.xreplace({x_t: 0, x_0: 0}))]
    alarm = FALSE_ALARM / 4
    where = f"t = {t}, alpha_t = {point[alpha_t]:.3g}, abar_(t-1) = {point[abar_tm1]:.3g}"
    comparisons = [
        compare_equal(f"{name}, {where}", Estimate(float(fitted - value), float(error), n), alarm, reference=value)
        for name, fitted, error, value in zip(
            ("coefficient of x_t", "coefficient of x_0", "intercept"), fit.coefficients, fit.stderr, claimed
        )
    ]
    comparisons.append(
        compare_residual_variance(f"residual variance, {where}", fit, float(law.var.xreplace(point)), alarm)
    )
    return NumericResult(identity.name, f"regression on {n} simulated chains, x_0 ~ U(-2, 2)", tuple(comparisons))


def check_denoising_kl_mse(rng: np.random.Generator, identity=denoising_kl_mse, points: int = 3) -> NumericResult:
    """KL by Monte Carlo against the closed form, mu_theta = mu_q(x_t, xhat) with xhat = tanh(x_t)."""
    statement = identity.statement
    family = {d.lhs: written_out(d.rhs) for d in (POSTERIOR, REVERSE_MODEL)}
    posterior_law = family[posterior]
    comparisons = []
    for _ in range(points):
        alphas = rng.uniform(0.6, 0.98, size=int(rng.integers(2, 20)))
        values = schedule_point(alphas, len(alphas))
        values[x_0] = float(rng.uniform(-2, 2))
        values[x_t] = float(np.sqrt(values[abar_t]) * values[x_0] + np.sqrt(1 - values[abar_t]) * rng.standard_normal())
        prediction = posterior_law.mean.xreplace({**values, x_0: sp.tanh(values[x_t])})
        values[mu_theta] = float(prediction)
        comparisons.append(claim_comparison(statement, family, values, rng, false_alarm=FALSE_ALARM / points))
    return NumericResult(identity.name, "Monte Carlo KL, mu_theta from a tanh denoiser", tuple(comparisons))


CHECKS = {
    "forward-posterior": check_forward_posterior,
    "denoising-kl-mse": check_denoising_kl_mse,
}
