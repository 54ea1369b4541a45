"""Monte Carlo over whole trajectories of both VDM ELBO decompositions, against the ELBO itself.

The family differs from the symbolic instance: T = 50 steps (or any T, up to thousands)
of a random schedule and a nonlinear Gaussian reverse model, p(x_{t-1} | x_t) =
N(mu_theta(x_t), s_t^2) with mu_theta the posterior mean evaluated at a tanh "denoiser"
prediction of x_0.  Every term is the statement's own expression -- the claim for any T,
with its sums written out at the schedule's T (:func:`derivations.kernel.sums.instantiate`):
its densities become the family's Gaussian laws, its KLs the closed form that
:func:`derivations.kernel.algebra.canonical` computes for two Gaussians, and its outer
expectations the average over simulated trajectories.  The paired
difference (ELBO integrand - decomposition) per trajectory has mean zero exactly
when the decomposition is right; it is tested at the stated false-alarm rate.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import sympy as sp

from derivations.kernel import sums
from derivations.kernel.algebra import canonical
from derivations.model import Derivation
from derivations.probability import KL, Density, Expectation, Normal
from derivations.symbols import T_steps, abar_t, abar_tm1, alpha_t, x_0, x_t, x_tm1
from derivations.vdm_elbo import GAUSSIANS, Chain, forward_bayes_step, vdm_elbo_consistency, vdm_elbo_denoising
from numeric.evaluate import claim_comparison
from numeric.forward_posterior import compare_residual_variance, least_squares, schedule_point
from numeric.montecarlo import FALSE_ALARM, Estimate, NumericResult, compare_equal, mean_estimate
from numeric.simulator import forward_chain

_m1, _m2 = sp.symbols("m_1 m_2", real=True)
_v1, _v2 = sp.symbols("v_1 v_2", positive=True)
_u = sp.Symbol("u", real=True)

#: KL(N(m_1, v_1) || N(m_2, v_2)) as the canonical form computes it (the same machinery that proves the steps).
GAUSSIAN_KL = canonical(KL(Normal(_u, _m1, _v1), Normal(_u, _m2, _v2), (_u,)))


_ARGUMENTS = (x_t, x_tm1, x_0, alpha_t, abar_t, abar_tm1)
_STEP, _MARGINAL, _POSTERIOR = (
    Density("q", (x_t,), (x_tm1,)),
    Density("q", (x_t,), (x_0,)),
    Density("q", (x_tm1,), (x_t, x_0)),
)


def _parameters(law: Normal) -> Callable[..., tuple[np.ndarray, np.ndarray]]:
    """(mean, variance) of a generic law of :data:`GAUSSIANS` as a NumPy function of (x_t, x_{t-1}, x_0, schedule)."""
    return sp.lambdify(_ARGUMENTS, (law.mean, law.var), "numpy")


_LAWS = {density: (law.point, _parameters(law)) for density, law in GAUSSIANS}
_LOGPDF = sp.lambdify((_u, _m1, _v1), Normal(_u, _m1, _v1).logpdf(), "numpy")
_KL = sp.lambdify((_m1, _v1, _m2, _v2), GAUSSIAN_KL, "numpy")


@dataclass(frozen=True)
class Law:
    """A Gaussian law on each trajectory: the point it is evaluated at, its mean and variance."""

    point: np.ndarray
    mean: np.ndarray
    var: np.ndarray | float


class Family:
    """The numeric VDM: a schedule, a data point, a nonlinear Gaussian reverse model, and trajectories."""

    def __init__(self, chain: Chain, rng: np.random.Generator, n: int, alphas: np.ndarray | None = None) -> None:
        """A random schedule in (0.9, 0.995) unless ``alphas`` (one per step) is given."""
        self.chain = chain
        T = chain.T
        self.alphas = rng.uniform(0.9, 0.995, size=T) if alphas is None else np.asarray(alphas, dtype=float)
        if self.alphas.shape != (T,) or not np.all((self.alphas > 0) & (self.alphas < 1)):
            raise ValueError(f"Family: alphas must be {T} numbers in (0, 1), got {alphas!r}")
        self.abars = np.cumprod(self.alphas)
        self.x0 = float(rng.uniform(-2, 2))
        self.scale = rng.uniform(0.5, 2.0, size=T)  # s_t^2 = scale_t (1 - alpha_t)
        self.gain = float(rng.uniform(0.5, 1.5))  # xhat_theta(x_t) = gain * tanh(x_t)
        self.paths = self._trajectories(n, rng)
        self._index = {v: k for k, v in enumerate(chain.x)}

    def _trajectories(self, n: int, rng: np.random.Generator) -> np.ndarray:
        """n forward trajectories (x_0, x_1, ..., x_T), one per row."""
        paths = np.empty((n, self.chain.T + 1))
        paths[:, 0] = self.x0
        noise = np.empty(n)
        for t, alpha in enumerate(self.alphas, start=1):
            rng.standard_normal(out=noise)
            np.multiply(paths[:, t - 1], np.sqrt(alpha), out=paths[:, t])
            paths[:, t] += np.sqrt(1.0 - alpha) * noise
        return paths

    def _generic(self, density: Density, t: int, data: np.ndarray | float | None = None) -> Law:
        """A law of :data:`GAUSSIANS` at step t; ``data`` in place of x_0 (default: the data point)."""
        point, parameters = _LAWS[density]
        abar_previous = self.abars[t - 2] if t >= 2 else 1.0
        x_now, x_before = self.paths[:, t], self.paths[:, t - 1]
        mean, var = parameters(
            x_now, x_before, self.x0 if data is None else data, self.alphas[t - 1], self.abars[t - 1], abar_previous
        )
        return Law(x_now if point == x_t else x_before, mean, var)

    def denoiser(self, t: int) -> Law:
        """p(x_{t-1} | x_t) = N(mu_q(x_t, xhat(x_t)), scale_t (1 - alpha_t)), xhat = gain tanh(x_t)."""
        posterior = self._generic(_POSTERIOR, t, self.gain * np.tanh(self.paths[:, t]))
        return Law(posterior.point, posterior.mean, self.scale[t - 1] * (1 - self.alphas[t - 1]))

    def laws(self, density: Density) -> tuple[Law, ...]:
        """The family's density as a product of Gaussian laws."""
        chain, x, index = self.chain, self.chain.x, self._index
        if density == chain.decoder:
            return (*self.laws(chain.prior), *(self.denoiser(t) for t in chain.times()))
        if density == chain.prior:
            return (Law(self.paths[:, -1], np.zeros(1), 1.0),)
        if density == chain.encoder:
            return tuple(self._generic(_STEP, t) for t in chain.times())
        if density.name == "p":
            (parent,) = density.given
            return (self.denoiser(index[parent]),)
        (child,) = density.variables
        t, given = index[child], set(density.given)
        if given == {x_0}:
            return (self._generic(_MARGINAL, t),)
        if x[t - 1] in given and given <= {x[t - 1], x_0}:
            return (self._generic(_STEP, t),)
        if t < chain.T and given == {x[t + 1], x_0}:
            return (self._generic(_POSTERIOR, t + 1),)
        raise ValueError(f"the numeric family has no law for {density}")

    def values(self, expr: sp.Expr) -> np.ndarray | float:
        """The integrand of ``expr`` on each trajectory: outer expectations are the average over
        trajectories, logs of densities sums of log-pdfs, KLs between Gaussians in closed form."""
        if isinstance(expr, sp.Add):
            return sum(self.values(term) for term in expr.args)
        if isinstance(expr, sp.Mul):
            return math.prod(self.values(factor) for factor in expr.args)
        if isinstance(expr, sp.Number):
            return float(expr)
        if isinstance(expr, Expectation):
            return self.values(expr.expr)
        if isinstance(expr, KL):
            ((q,), (p,)) = self.laws(expr.q), self.laws(expr.p)
            return _KL(q.mean, q.var, p.mean, p.var)
        if isinstance(expr, sp.log):
            return sum(exponent * self._log_density(base) for base, exponent in _powers(expr.args[0]))
        raise ValueError(f"the numeric family cannot evaluate {expr}")

    def _log_density(self, density: Density) -> np.ndarray:
        return sum(_LOGPDF(law.point, law.mean, law.var) for law in self.laws(density))


def _powers(product: sp.Expr) -> list[tuple[Density, int]]:
    """A product of densities as (density, power) pairs: log of it is the weighted sum of logs."""
    pairs = [factor.as_base_exp() for factor in sp.Mul.make_args(product)]
    if not all(isinstance(base, Density) and exponent.is_integer for base, exponent in pairs):
        raise ValueError(f"the numeric family takes logs of products of densities, not {product}")
    return [(base, int(exponent)) for base, exponent in pairs]


def check_decomposition(
    rng: np.random.Generator,
    identity,
    *,
    derivation: Derivation | None = None,
    steps: int = 50,
    n: int = 20_000,
    alphas: np.ndarray | None = None,
    false_alarm: float = FALSE_ALARM,
) -> NumericResult:
    """The claim for any T (the identity's statement unless ``derivation`` is given), written out at T = ``steps``:
    the ELBO's integrand minus the decomposition's, averaged over n trajectories, is zero.

    The schedule is random with ``steps`` steps, unless ``alphas`` gives it.
    """
    claim = identity.statement if derivation is None else derivation
    if not sums.has_indices(claim.lhs, claim.rhs):
        raise ValueError(f"check_decomposition: the claim '{claim.label}' of {identity.name} is not stated for any T")
    steps = steps if alphas is None else len(alphas)
    family = Family(Chain(steps), rng, n, alphas)
    at = {T_steps: steps}
    difference = family.values(sums.instantiate(claim.lhs, at)) - family.values(sums.instantiate(claim.rhs, at))
    comparison = compare_equal(
        f"ELBO - decomposition, T = {steps}, x_0 = {family.x0:.3g}", mean_estimate(difference), false_alarm
    )
    return NumericResult(
        identity.name,
        f"{n} trajectories of a random schedule, T = {steps}, nonlinear Gaussian reverse model",
        (comparison,),
    )


def check_vdm_elbo_consistency(rng: np.random.Generator, identity=vdm_elbo_consistency) -> NumericResult:
    return check_decomposition(rng, identity)


def check_vdm_elbo_denoising(rng: np.random.Generator, identity=vdm_elbo_denoising) -> NumericResult:
    return check_decomposition(rng, identity)


def check_forward_bayes_step(
    rng: np.random.Generator, identity=forward_bayes_step, n: int = 200_000, points: int = 3
) -> NumericResult:
    """The Markov step on the simulator (x_t regressed on x_{t-1}, x_0: no x_0 coefficient), and the
    Bayes form evaluated at random points of random schedules."""
    t = int(rng.integers(2, 7))
    alphas = rng.uniform(0.6, 0.98, size=t)
    schedule = schedule_point(alphas, t)
    start = rng.uniform(-2, 2, size=n)
    previous = forward_chain(start, alphas[: t - 1], rng)
    current = forward_chain(previous, alphas[t - 1 :], rng)
    fit = least_squares(np.column_stack([previous, start, np.ones(n)]), current)
    step = dict(GAUSSIANS)[identity.statement.lhs].xreplace(schedule)
    claimed = [float(sp.diff(step.mean, x_tm1)), float(sp.diff(step.mean, x_0)), 0.0]
    alarm = FALSE_ALARM / (4 + points)
    comparisons = [
        compare_equal(f"{name} of x_t on (x_(t-1), x_0, 1), t = {t}", Estimate(float(b - c), float(e), n), alarm, c)
        for name, b, e, c in zip(
            ("coefficient of x_(t-1)", "coefficient of x_0", "intercept"), fit.coefficients, fit.stderr, claimed
        )
    ]
    comparisons.append(compare_residual_variance(f"residual variance, t = {t}", fit, float(step.var), alarm))
    for _ in range(points):
        values = schedule_point(rng.uniform(0.01, 0.99, size=2), 2)
        values.update({x: float(rng.uniform(-3, 3)) for x in (x_0, x_tm1, x_t)})
        comparisons.append(claim_comparison(identity.statement, dict(GAUSSIANS), values, rng, false_alarm=alarm))
    return NumericResult(
        identity.name, f"regression on {n} simulated chains; the Bayes form at random points", tuple(comparisons)
    )


CHECKS = {
    "forward-bayes-step": check_forward_bayes_step,
    "vdm-elbo-consistency": check_vdm_elbo_consistency,
    "vdm-elbo-denoising": check_vdm_elbo_denoising,
}
