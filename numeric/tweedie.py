"""Numeric checks of Tweedie's formula and the score forms on Gaussian-mixture data.

The exact score of the noisy marginal and E[x_0 | x_t] by exact weighting of the mixture's
components come from :mod:`numeric.denoisers`; both sides of each claim must agree within a
rounding bound.  The Monte Carlo twin estimates E[x_0 | x_t] (or E[eps | x_t]) by
self-normalized importance sampling, prior draws weighted by the Gaussian likelihood of the
statement, with a delta-method standard error, at a stated false-alarm rate.
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from derivations.model import Derivation, Identity
from derivations.probability import Expectation, Normal
from derivations.symbols import abar_t, mu, s, x_0, x_t, z
from derivations.tweedie import (
    CONDITIONAL_NOISE,
    FORWARD_LAW,
    GENERIC,
    MARGINALLY,
    SCORE_OF_FORWARD,
    VDM,
    score_noise_relation,
    score_parameterization,
    tweedie,
)
from numeric.evaluate import explicit
from numeric.montecarlo import FALSE_ALARM, Comparison, Estimate, NumericResult, compare_equal
from numeric.parameterizations import (
    FAMILY,
    MIXTURE,
    ROUNDING,
    SCHEDULE,
    STEPS,
    closed_form_comparison,
    evaluate,
    kl_comparisons,
    magnitude,
    simulate,
    worst_comparison,
)

_POSTERIOR_MEAN = sp.Symbol("posterior_mean", real=True)
#: Prior draws per importance-sampling estimate.
DRAWS = 400_000


def exact_values(t: int, x: np.ndarray) -> dict:
    """The mixture's exact score of q(x_t) and E[x_0 | x_t] at the points ``x`` (1-d)."""
    column = x[:, None]
    return {
        VDM.score: MIXTURE.score(SCHEDULE, column, t)[:, 0],
        _POSTERIOR_MEAN: MIXTURE.x0_mean(SCHEDULE, column, t)[:, 0],
    }


def _with_posterior_mean(expr: sp.Expr) -> sp.Expr:
    """Each E[f(x_0) | x_t] with f affine written f(E[x_0 | x_t]) (exact, by linearity)."""

    def is_affine(e: sp.Expr) -> bool:
        return isinstance(e, Expectation) and e.measure == VDM.posterior and sp.diff(e.expr, x_0, 2) == 0

    return expr.replace(is_affine, lambda e: e.expr.xreplace({x_0: _POSTERIOR_MEAN}))


def exact_comparisons(derivation: Derivation, rng: np.random.Generator, n: int = 2_000) -> list[Comparison]:
    """The claim with the exact score and posterior mean at ``n`` simulated x_t of each step."""
    claim = Derivation(
        _with_posterior_mean(derivation.lhs),
        derivation.relation,
        _with_posterior_mean(derivation.rhs),
        (),
        derivation.label,
    )
    comparisons = []
    for t in STEPS:
        values = simulate(rng, t, n)
        values.update(exact_values(t, values[x_t]))
        comparisons.append(closed_form_comparison(claim, values, FALSE_ALARM, f" at t = {t}, exact weighting"))
    return comparisons


def importance_estimate(
    expr: sp.Expr, likelihood: Normal, latent: sp.Symbol, rng: np.random.Generator, scale: float = 1.0
) -> Estimate:
    """E[expr | point] under the mixture prior on ``latent``, by self-normalized importance sampling.

    Standard error by the delta method, sqrt(sum w_j^2 (f_j - estimate)^2) / sum w_j; the
    bias is O(1 / effective sample size), far below it at these sizes.
    """
    draws = MIXTURE.sample(rng, DRAWS)[:, 0] * scale
    weights = np.broadcast_to(sp.lambdify(latent, explicit(likelihood), "numpy")(draws), draws.shape)
    values = np.broadcast_to(sp.lambdify(latent, expr, "numpy")(draws), draws.shape)
    total = float(weights.sum())
    estimate = float(weights @ values) / total
    stderr = float(np.sqrt(np.sum(weights**2 * (values - estimate) ** 2))) / total
    return Estimate(estimate, stderr, DRAWS)


def importance_comparisons(
    derivation: Derivation, expectation: Expectation, rng: np.random.Generator, false_alarm: float
) -> list[Comparison]:
    """The claim at one simulated x_t of three steps, ``expectation`` estimated by importance sampling.

    The claim is affine in the expectation: its slope carries the standard error to lhs - rhs.
    """
    difference = derivation.lhs - derivation.rhs
    comparisons = []
    for t in STEPS[1:4]:
        point = simulate(rng, t, 1)
        point = {key: float(np.ravel(value)[0]) for key, value in point.items()}
        point.update({key: float(value[0]) for key, value in exact_values(t, np.array([point[x_t]])).items()})
        likelihood = FORWARD_LAW.rhs.xreplace({x_t: point[x_t], abar_t: point[abar_t]})
        conditional = expectation.expr.xreplace({x_t: point[x_t], abar_t: point[abar_t]})
        estimate = importance_estimate(conditional, likelihood, x_0, rng)
        slope = float(evaluate(sp.diff(difference.xreplace({expectation: _POSTERIOR_MEAN}), _POSTERIOR_MEAN), point))
        rest = {**point, _POSTERIOR_MEAN: estimate.value}
        value = float(evaluate(difference.xreplace({expectation: _POSTERIOR_MEAN}), rest))
        bound = ROUNDING * (1 + float(evaluate(magnitude(difference.xreplace({expectation: _POSTERIOR_MEAN})), rest)))
        comparisons.append(
            compare_equal(
                f"{derivation.label} at t = {t}, x_t = {point[x_t]:.3g}, importance sampling",
                Estimate(value, abs(slope) * estimate.stderr, estimate.n, bound),
                false_alarm,
            )
        )
    return comparisons


def mixture_marginal(point: sp.Symbol, variance: sp.Expr) -> sp.Expr:
    """sum_k w_k N(point; m_k, v_k + variance): the mixture convolved with N(0, variance)."""
    return sum(
        float(weight) * Normal(point, float(mean), float(spread) + variance)
        for weight, mean, spread in zip(MIXTURE.weights, MIXTURE.means[:, 0], MIXTURE.variances[:, 0])
    )


def generic_comparison(derivation: Derivation, rng: np.random.Generator, false_alarm: float) -> Comparison:
    """z = mu + s n, mu from the mixture: z + s^2 grad log p(z) (exact) against E[mu | z] by importance sampling."""
    noise = 0.7
    point = float(MIXTURE.sample(rng, 1)[0, 0] + noise * rng.standard_normal())
    marginal = mixture_marginal(z, s**2).xreplace({s: noise})
    lhs = explicit(derivation.lhs.xreplace({GENERIC.marginal: marginal, s: noise})).doit()
    exact_lhs = float(lhs.xreplace({z: point}).evalf(17))
    likelihood = GENERIC.law.rhs.xreplace({z: point, s: noise})
    estimate = importance_estimate(mu, likelihood, mu, rng)
    return compare_equal(
        f"{derivation.label[:40]} at s = {noise}, z = {point:.3g}, importance sampling",
        Estimate(estimate.value - exact_lhs, estimate.stderr, estimate.n, ROUNDING * (1 + abs(exact_lhs))),
        false_alarm,
        exact_lhs,
    )


def check_tweedie(rng: np.random.Generator, identity: Identity = tweedie) -> NumericResult:
    """Generic and VDM forms: exact weighting at every step, importance sampling at three."""
    generic, vdm, prediction = identity.derivations
    alarm = FALSE_ALARM / 4
    comparisons = [generic_comparison(generic, rng, alarm)]
    comparisons += exact_comparisons(vdm, rng) + exact_comparisons(prediction, rng)
    comparisons += importance_comparisons(vdm, VDM.posterior_mean(), rng, alarm)
    return NumericResult(identity.name, FAMILY + "; exact weighting and importance sampling", tuple(comparisons))


def check_score_parameterization(
    rng: np.random.Generator, identity: Identity = score_parameterization
) -> NumericResult:
    """mu_q with E[x_0 | x_t] against the score form; Monte Carlo KL against the score-weighted error."""
    mean, kl = identity.derivations
    alarm = FALSE_ALARM / 6
    comparisons = exact_comparisons(mean, rng)
    comparisons += importance_comparisons(mean, VDM.posterior_mean(), rng, alarm)
    score = lambda x, t: MIXTURE.score(SCHEDULE, x, t)  # noqa: E731 - the exact score as a model
    comparisons += kl_comparisons(kl, rng, alarm, score=score)
    return NumericResult(
        identity.name, FAMILY + "; exact weighting, importance sampling, Monte Carlo KL", tuple(comparisons)
    )


def check_score_noise_relation(
    rng: np.random.Generator, identity: Identity = score_noise_relation, h: float = 1e-3
) -> NumericResult:
    """The Gaussian score by central differences, the noise form at simulated points, E[eps | x_t] by importance sampling.

    Central differences of a quadratic log density are exact up to rounding: 4 eps_machine times the
    magnitude of the terms of log q over the step (taken as the difference of the two rounded points).
    """
    gaussian, in_noise, marginally = identity.derivations
    comparisons = []
    log_density = FORWARD_LAW.rhs.logpdf()
    for t in STEPS:
        values = simulate(rng, t, 1_000)
        step = h * np.sqrt(1 - values[abar_t])
        above, below = values[x_t] + step, values[x_t] - step
        forward, backward = evaluate(log_density, {**values, x_t: above}), evaluate(log_density, {**values, x_t: below})
        differences = (forward - backward) / (above - below)
        claimed = evaluate(gaussian.rhs, values)
        scale = evaluate(magnitude(log_density), {**values, x_t: above}) + evaluate(
            magnitude(log_density), {**values, x_t: below}
        )
        bound = 4 * np.finfo(float).eps * scale / (above - below) + ROUNDING * (1 + np.abs(claimed))
        comparisons.append(
            worst_comparison(
                f"{SCORE_OF_FORWARD} at t = {t} by central differences (worst of {claimed.size})",
                differences,
                claimed,
                bound,
            )
        )
        comparisons.append(closed_form_comparison(in_noise, values, FALSE_ALARM, f" at t = {t}"))
    comparisons += exact_comparisons(marginally, rng)
    comparisons += importance_comparisons(marginally, CONDITIONAL_NOISE, rng, FALSE_ALARM / 3)
    return NumericResult(
        identity.name, FAMILY + f"; {MARGINALLY[:12]}: exact weighting and importance sampling", tuple(comparisons)
    )


CHECKS = {
    "tweedie": check_tweedie,
    "score-parameterization": check_score_parameterization,
    "score-noise-relation": check_score_noise_relation,
}
