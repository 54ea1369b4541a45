"""Numeric checks of the SNR identities on named schedules, and the Riemann sum's convergence.

The weight and the SNR difference are evaluated with :meth:`Schedule.evaluate` (complements by
expm1) at every step t = 2..T of DDPM's linear and the cosine schedule.  The continuous-time
limit is checked on Kingma et al.'s linear log-SNR schedule, log SNR(s) = 13.3 - 18.3 s, with the
MMSE weight of Gaussian data: the remainder R_T = sum - integral obeys the bound

    |R_T| = 1/2 |sum_i int_cell SNR'(s) (w(s) - w(i/T)) ds| <= 1/2 sum_i |dSNR_i| |dw_i|
          <= 1/2 min(max_i |dSNR_i| |w(1) - w(0)|, max_i |dw_i| |SNR(0) - SNR(1)|) = O(1/T)

for SNR and w monotone on each cell, which is checked for T = 10, 100, 1000, 10000.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import sympy as sp
from scipy import integrate

from derivations.model import Identity
from derivations.snr import (
    INTEGRAL,
    continuous_time_elbo,
    snr_of,
    snr_sigmoid,
    snr_weight,
    weight_of,
)
from derivations.symbols import T_steps, a, abar_t, b, i_step, omega, s_time, v
from numeric.montecarlo import FALSE_ALARM, NumericResult, compare_equal, compare_positive, exact
from numeric.parameterizations import ROUNDING, magnitude, worst_comparison
from numeric.schedules import Schedule

SCHEDULES = (Schedule.linear(1000), Schedule.cosine(1000))


def _on_schedule(expr: sp.Expr, schedule: Schedule) -> np.ndarray:
    """``expr`` at t = 2..T (t = 1 has abar_0 = 1, where SNR(0) is infinite)."""
    return schedule.evaluate(expr)[1:]


def check_snr_weight(rng: np.random.Generator, identity: Identity = snr_weight) -> NumericResult:
    """Both claims at every step t >= 2 of two named schedules; the SNR difference is positive there.

    Deterministic: ``rng`` is not used.  The rounding bound is ROUNDING times the magnitude of the terms.
    """
    comparisons = []
    for schedule in SCHEDULES:
        for claim in identity.derivations:
            lhs, rhs = _on_schedule(claim.lhs, schedule), _on_schedule(claim.rhs, schedule)
            bound = ROUNDING * (1 + _on_schedule(magnitude(claim.lhs) + magnitude(claim.rhs), schedule))
            comparisons.append(
                worst_comparison(
                    f"{claim.label} on {schedule.name}", lhs, rhs, bound, where=lambda i: f", worst t = {i[0] + 2}"
                )
            )
        decrease = identity.derivations[-1].lhs
        values = _on_schedule(decrease, schedule)
        bound = ROUNDING * (1 + _on_schedule(magnitude(decrease), schedule))
        lowest = int(np.argmin(values - bound))
        comparisons.append(
            compare_positive(
                f"SNR(t-1) - SNR(t) > 0 on {schedule.name}, smallest at t = {lowest + 2}",
                exact(values[lowest], bound[lowest]),
                FALSE_ALARM,
            )
        )
    return NumericResult(identity.name, "DDPM linear and cosine schedules, T = 1000, every step", tuple(comparisons))


def check_snr_sigmoid(rng: np.random.Generator, identity: Identity = snr_sigmoid, h: float = 1e-4) -> NumericResult:
    """abar and 1 - abar of the cosine schedule from omega = -log SNR; the derivative by central differences.

    Central difference error: h^2/6 sup |sigmoid'''| + 2 eps_machine / h, with sup |sigmoid'''| = 1/8.
    """
    first, second, slope = identity.derivations
    schedule = SCHEDULES[1]
    omegas = -schedule.log_snr
    comparisons = []
    for claim in (first, second):
        value = sp.lambdify(omega, claim.lhs, "numpy")(omegas)
        expected = sp.lambdify(abar_t, claim.rhs, "numpy")(schedule.alphas_cumprod)
        bound = ROUNDING * (1 + np.abs(expected))
        comparisons.append(
            worst_comparison(
                f"{claim.label} on {schedule.name}", value, expected, bound, where=lambda i: f", worst t = {i[0] + 1}"
            )
        )
    function = sp.lambdify(omega, slope.lhs.expr, "numpy")
    derivative = sp.lambdify(omega, slope.rhs, "numpy")
    points = rng.uniform(-10, 10, size=64)
    differences = (function(points + h) - function(points - h)) / (2 * h)
    bound = h**2 / 48 + 2 * np.finfo(float).eps / h
    worst = int(np.argmax(np.abs(differences - derivative(points))))
    comparisons.append(
        compare_equal(
            f"{slope.label[:40]}... by central differences at omega = {points[worst]:.3g}",
            exact(differences[worst] - derivative(points[worst]), bound),
            FALSE_ALARM,
            float(derivative(points[worst])),
        )
    )
    return NumericResult(identity.name, "cosine schedule (T = 1000); omega in (-10, 10)", tuple(comparisons))


#: Kingma et al.'s schedule log SNR(s) = a - b s (gamma from -13.3 to 5) and Gaussian data of variance 1.
KINGMA = {a: 13.3, b: 18.3, v: 1.0}
RIEMANN_STEPS = (10, 100, 1000, 10_000)


def _named_functions(identity: Identity) -> dict:
    """SNR and w of the identity's instance at Kingma et al.'s values."""
    (instance,) = identity.instances
    return {function: body.xreplace(KINGMA) for function, body in instance.substitutions}


def _apply(expr: sp.Expr, functions: dict) -> sp.Expr:
    for function, body in functions.items():
        expr = expr.replace(function, body)
    return expr.replace(lambda e: isinstance(e, sp.Derivative), lambda e: e.doit())


def a_priori_bound(steps: int) -> float:
    """b^2 exp(b/T) / (2T): |SNR'(s) w'(u)| <= b^2 exp(b/T) for s, u in one cell, two cell widths 1/T."""
    return KINGMA[b] ** 2 * np.exp(KINGMA[b] / steps) / (2 * steps)


@dataclass(frozen=True)
class RiemannSum:
    """The one-step terms, SNR and w of the identity on Kingma et al.'s schedule, and the limit by quadrature."""

    summand: Callable[[np.ndarray, int], np.ndarray]
    snr: Callable[[np.ndarray], np.ndarray]
    weight: Callable[[np.ndarray], np.ndarray]
    limit: float
    limit_error: float

    @classmethod
    def of(cls, identity: Identity) -> RiemannSum:
        functions = _named_functions(identity)
        summand = sp.lambdify((i_step, T_steps), _apply(identity.derivations[0].lhs, functions), "numpy")
        limit = _apply(INTEGRAL, functions)
        (integral,) = limit.atoms(sp.Integral)
        coefficient = float(limit / integral)
        value, error = integrate.quad(
            sp.lambdify(s_time, integral.function, "math"), 0.0, 1.0, epsabs=1e-13, epsrel=1e-12, limit=200
        )
        snr, weight = (sp.lambdify(s_time, functions[f](s_time), "numpy") for f in (snr_of, weight_of))
        return cls(summand, snr, weight, coefficient * value, abs(coefficient) * error)

    def remainder(self, steps: int) -> tuple[float, float, float]:
        """(sum - limit, the bound 1/2 sum_i |dSNR_i| |dw_i|, quadrature and rounding error) for T = ``steps``."""
        terms = self.summand(np.arange(1, steps + 1), steps)
        grid = np.arange(steps + 1) / steps
        bound = 0.5 * float(np.sum(np.abs(np.diff(self.snr(grid))) * np.abs(np.diff(self.weight(grid)))))
        slack = self.limit_error + ROUNDING * float(np.sum(np.abs(terms)))
        return float(np.sum(terms)) - self.limit, bound, slack


def check_continuous_time_elbo(rng: np.random.Generator, identity: Identity = continuous_time_elbo) -> NumericResult:
    """sum_{i<=T} 1/2 (SNR((i-1)/T) - SNR(i/T)) w(i/T) against -1/2 int_0^1 SNR' w by quadrature, T = 10..10^4.

    Each remainder must lie within the a posteriori bound 1/2 sum_i |dSNR_i| |dw_i| (plus quadrature
    and rounding error), which must lie within the a priori O(1/T) bound.  Deterministic.
    """
    riemann = RiemannSum.of(identity)
    comparisons = []
    for steps in RIEMANN_STEPS:
        remainder, bound, slack = riemann.remainder(steps)
        comparisons.append(
            compare_equal(
                f"T = {steps}: sum - integral within 1/2 sum |dSNR| |dw| = {bound:.3g}",
                exact(remainder, bound + slack),
                FALSE_ALARM,
            )
        )
        comparisons.append(
            compare_positive(
                f"T = {steps}: a posteriori bound {bound:.3g} below the a priori b^2 e^(b/T) / 2T",
                exact(a_priori_bound(steps) - bound),
                FALSE_ALARM,
            )
        )
    return NumericResult(
        identity.name,
        "log SNR(s) = 13.3 - 18.3 s (Kingma et al. 2021), w = MMSE of N(0, 1) data; quadrature",
        tuple(comparisons),
    )


CHECKS = {
    "snr-weight": check_snr_weight,
    "snr-sigmoid": check_snr_sigmoid,
    "continuous-time-elbo": check_continuous_time_elbo,
}
