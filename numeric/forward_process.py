"""Numeric checks of the forward process with the simulator: one step, two noises, the whole chain."""

from __future__ import annotations

import numpy as np
import sympy as sp
from scipy import integrate, stats

from derivations.forward_process import forward_marginal, forward_transition, gaussian_sum
from derivations.kernel import sums
from derivations.model import Relation
from derivations.probability import gaussian_law
from derivations.symbols import ALPHA, a, abar_t, abar_tm1, alpha_t, b, eps_1, eps_2, t_index, x_0, x_tm1, y
from numeric.evaluate import explicit
from numeric.montecarlo import (
    FALSE_ALARM,
    Comparison,
    NumericResult,
    compare_distribution,
    compare_equal,
    compare_variance,
    exact,
    mean_estimate,
)
from numeric.simulator import forward_chain


def law_comparisons(
    label: str, samples: np.ndarray, mean: float, variance: float, false_alarm: float
) -> list[Comparison]:
    """Mean (z-test), variance (chi-square) and shape (Kolmogorov-Smirnov) of normal samples."""
    alarm = false_alarm / 3
    law = stats.norm(mean, np.sqrt(variance))
    return [
        compare_equal(f"{label}: mean", mean_estimate(samples) - exact(mean), alarm, mean),
        compare_variance(f"{label}: variance", samples, variance, alarm),
        compare_distribution(f"{label}: law", samples, law.cdf, alarm),
    ]


def _law(expr: sp.Expr, values: dict) -> tuple[float, float]:
    mean, variance = gaussian_law(expr.xreplace(values))
    return float(mean), float(variance)


def check_forward_transition(rng: np.random.Generator, identity=forward_transition, n: int = 400_000) -> NumericResult:
    """One simulator step from a fixed x_{t-1}, and from N(0, 1) (variance preservation)."""
    density, preserving = identity.derivations
    alpha, start = rng.uniform(0.01, 0.99), rng.uniform(-2, 2)
    claimed = density.rhs.xreplace({alpha_t: alpha, x_tm1: start})  # N(x_t; mean, var)
    step = forward_chain(np.full(n, start), np.array([alpha]), rng)
    comparisons = law_comparisons(
        f"x_t | x_(t-1) = {start:.3g}, alpha = {alpha:.3g}",
        step,
        float(claimed.mean),
        float(claimed.var),
        FALSE_ALARM / 2,
    )
    mean, variance = _law(preserving.rhs, {alpha_t: alpha})
    standard = forward_chain(rng.standard_normal(n), np.array([alpha]), rng)
    comparisons += law_comparisons("simulated x_t from x_(t-1) ~ N(0, 1)", standard, mean, variance, FALSE_ALARM / 4)
    claimed_lhs = sp.lambdify((eps_1, eps_2), preserving.lhs.xreplace({alpha_t: alpha}), "numpy")
    draws = claimed_lhs(rng.standard_normal(n), rng.standard_normal(n))
    comparisons += law_comparisons("the claim's x_t from x_(t-1) ~ N(0, 1)", draws, mean, variance, FALSE_ALARM / 4)
    return NumericResult(identity.name, "one step of the simulator", tuple(comparisons))


def check_gaussian_sum(rng: np.random.Generator, identity=gaussian_sum, n: int = 400_000) -> NumericResult:
    """Samples of a eps_1 + b eps_2 against the merged law; the convolution integral by quadrature."""
    convolution, in_law = identity.derivations
    values = {a: float(np.exp(rng.uniform(-2, 2))), b: float(np.exp(rng.uniform(-2, 2)))}
    draw = sp.lambdify((eps_1, eps_2), in_law.lhs.xreplace(values), "numpy")
    mean, variance = _law(in_law.rhs, values)
    comparisons = law_comparisons(
        f"a eps_1 + b eps_2, a = {values[a]:.3g}, b = {values[b]:.3g}",
        draw(rng.standard_normal(n), rng.standard_normal(n)),
        mean,
        variance,
        FALSE_ALARM / 2,
    )
    closed = sp.lambdify(y, explicit(convolution.rhs.xreplace(values)), "math")
    integral = convolution.lhs.xreplace(values)
    integrand = sp.lambdify((integral.variables[0], y), explicit(integral.function), "math")
    for point in rng.uniform(-3, 3, size=3):
        value, error = integrate.quad(integrand, -np.inf, np.inf, epsabs=1e-13, epsrel=1e-11, args=(point,))
        comparisons.append(
            compare_equal(
                f"convolution at y = {point:.3g}",
                exact(value - closed(point), error + 1e-12),
                FALSE_ALARM / 6,
                closed(point),
            )
        )
    return NumericResult(identity.name, "Gaussian samples; quadrature of the convolution", tuple(comparisons))


def check_forward_marginal(
    rng: np.random.Generator, identity=forward_marginal, n: int = 200_000, steps: int = 50
) -> NumericResult:
    """x_T of the step-by-step chain (random alphas, T = 50) against the closed-form marginal: the induction
    step's claim at the schedule's last step, and the claim for any t written out at t = T
    (abar_T = alpha_1 ... alpha_T) -- also at a short chain (t = 2..4) with alphas in (0.05, 0.95), where
    every factor of the product shows."""
    claim = next(d for d in identity.derivations if d.label == "induction step")
    general = next(d for d in identity.derivations if sums.has_indices(d.rhs) and d.relation is Relation.EQ_LAW)
    alphas = rng.uniform(0.9, 0.999, size=steps)
    start = rng.uniform(-2, 2)
    final = forward_chain(np.full(n, start), alphas, rng)
    schedule = {alpha_t: alphas[-1], abar_tm1: float(np.prod(alphas[:-1])), abar_t: float(np.prod(alphas)), x_0: start}
    label = f"x_T, T = {steps}, x_0 = {start:.3g}"
    comparisons = [
        *law_comparisons(label, final, *_law(claim.rhs, schedule), FALSE_ALARM / 3),
        *law_comparisons(f"{label}, {general.label}", final, *_general_law(general, alphas, start), FALSE_ALARM / 3),
    ]
    short = rng.uniform(0.05, 0.95, size=int(rng.integers(2, 5)))
    early = forward_chain(np.full(n, start), short, rng)
    comparisons += law_comparisons(
        f"x_t, t = {len(short)}, x_0 = {start:.3g}, {general.label}", early, *_general_law(general, short, start),
        FALSE_ALARM / 3,
    )  # fmt: skip
    return NumericResult(identity.name, f"the simulator's chain, T = {steps} and a short chain", tuple(comparisons))


def _general_law(general, alphas: np.ndarray, start: float) -> tuple[float, float]:
    """The law the claim for any t gives at t = len(alphas) with these alphas."""
    values = {sums.variable(ALPHA, k): alpha for k, alpha in enumerate(alphas, start=1)} | {x_0: start}
    return _law(sums.instantiate(general.rhs, {t_index: len(alphas)}), values)


CHECKS = {
    "forward-transition": check_forward_transition,
    "gaussian-sum": check_gaussian_sum,
    "forward-marginal": check_forward_marginal,
}
