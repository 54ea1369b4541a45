"""The forward posterior by completing the square, and the denoising KL with equal variances:
proved, exact on their instances, checked by regression and Monte Carlo, fuzzed at the
edges of the schedule, and each plausible mistake refuted at its step and by the numbers."""

from __future__ import annotations

from dataclasses import replace

import identity_suite as suite
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings

from derivations import forward_posterior, rules
from derivations.diffusion import POSTERIOR_MEAN, POSTERIOR_VARIANCE
from derivations.kernel.checking import Status, check_identity
from derivations.probability import Normal
from derivations.symbols import abar_t, abar_tm1, alpha_t, mu_theta, x_0, x_t, x_tm1
from derivations.vdm_elbo import GAUSSIANS
from numeric import forward_posterior as numeric_posterior
from numeric.strategies import reals, unit_interval, variances
from numeric.vdm_elbo import GAUSSIAN_KL, _m1, _m2, _v1, _v2

SEED = suite.SEED
IDENTITIES = forward_posterior.IDENTITIES


@pytest.mark.parametrize("identity", IDENTITIES, ids=lambda i: i.name)
def test_every_step_is_proved_and_the_instance_holds(identity):
    result = check_identity(identity)
    suite.assert_every_step_proved(result)
    suite.assert_instances_hold_identically(result)


def test_the_result_is_the_shared_closed_form():
    law = forward_posterior.forward_posterior.statement.rhs
    assert law == Normal(x_tm1, POSTERIOR_MEAN, POSTERIOR_VARIANCE)


# ---------------------------------------------------------------- wrong variants

WRONG_POSTERIORS = {
    "abar_t in the variance's numerator": (POSTERIOR_MEAN, POSTERIOR_VARIANCE.subs(abar_tm1, abar_t)),
    "x_t and x_0 coefficients swapped": (POSTERIOR_MEAN.xreplace({x_t: x_0, x_0: x_t}), POSTERIOR_VARIANCE),
    "sqrt(alpha_t) dropped from the x_t coefficient": (POSTERIOR_MEAN.subs(sp.sqrt(alpha_t), 1), POSTERIOR_VARIANCE),
}


def _posterior_variant(mean: sp.Expr, variance: sp.Expr):
    return replace(
        forward_posterior.forward_posterior, derivations=(forward_posterior.posterior_derivation(mean, variance),)
    )


@pytest.mark.parametrize("mistake", sorted(WRONG_POSTERIORS))
def test_wrong_posterior_is_refuted_at_completing_the_square(mistake):
    result = check_identity(_posterior_variant(*WRONG_POSTERIORS[mistake]))
    failure = result.derivations[0].first_failure
    assert failure.step.rule is rules.COMPLETE_SQUARE
    assert failure.verdict.status is Status.REFUTED
    assert failure.verdict.counterexample is not None


@pytest.mark.parametrize("mistake", sorted(WRONG_POSTERIORS))
def test_regression_rejects_wrong_posterior(mistake):
    result = numeric_posterior.check_forward_posterior(
        np.random.default_rng(SEED), identity=_posterior_variant(*WRONG_POSTERIORS[mistake])
    )
    assert not result.passed


WRONG_DISTANCES = {
    "factor 2 dropped": (mu_theta - forward_posterior.mu_q) ** 2 / forward_posterior.sigma_q**2,
    "variance not squared": (mu_theta - forward_posterior.mu_q) ** 2 / (2 * forward_posterior.sigma_q),
}


def _kl_variant(distance: sp.Expr):
    return replace(forward_posterior.denoising_kl_mse, derivations=(forward_posterior.kl_mse_derivation(distance),))


@pytest.mark.parametrize("mistake", sorted(WRONG_DISTANCES))
def test_wrong_distance_is_refuted_at_the_algebra_step(mistake):
    result = check_identity(_kl_variant(WRONG_DISTANCES[mistake]))
    failure = result.derivations[0].first_failure
    assert failure.index == 5 and failure.step.rule is rules.ALGEBRA
    assert failure.verdict.status is Status.REFUTED


@pytest.mark.parametrize("mistake", sorted(WRONG_DISTANCES))
def test_monte_carlo_rejects_wrong_distance(mistake):
    result = numeric_posterior.check_denoising_kl_mse(
        np.random.default_rng(SEED), identity=_kl_variant(WRONG_DISTANCES[mistake])
    )
    assert not result.passed


# ---------------------------------------------------------------------- numeric


@pytest.mark.parametrize("name", ["forward-posterior", "denoising-kl-mse"])
def test_numeric_check_passes(name):
    from numeric.checks import CHECKS

    result = CHECKS[name](np.random.default_rng(SEED))
    assert result.comparisons and result.passed, [c.describe() for c in result.comparisons if not c.passed]


def test_least_squares_standard_errors_match_the_textbook_formula():
    """Known design: y = 2 u - v + noise of variance 1/4; the errors are sqrt(s^2 (X'X)^-1)."""
    rng = np.random.default_rng(SEED)
    design = np.column_stack([rng.standard_normal(1000), rng.standard_normal(1000)])
    response = design @ np.array([2.0, -1.0]) + 0.5 * rng.standard_normal(1000)
    fit = numeric_posterior.least_squares(design, response)
    assert fit.dof == 998
    residual = response - design @ fit.coefficients
    expected = np.sqrt(np.diag(residual @ residual / 998 * np.linalg.inv(design.T @ design)))
    np.testing.assert_array_equal(fit.stderr, expected)
    assert numeric_posterior.compare_residual_variance("noise", fit, 0.25, 1e-6).passed
    assert not numeric_posterior.compare_residual_variance("noise", fit, 0.5, 1e-6).passed


# ---------------------------------------------------------------------- fuzzing

_LAWS = dict(GAUSSIANS)


def _log_three_gaussians() -> sp.Expr:
    step = _LAWS[forward_posterior.transition]
    previous = _LAWS[forward_posterior._previous_marginal]
    current = _LAWS[forward_posterior._marginal]
    return step.logpdf() + previous.logpdf() - current.logpdf()


_BAYES = _log_three_gaussians().subs(abar_t, alpha_t * abar_tm1)
_CLAIMED = forward_posterior.forward_posterior.statement.rhs.logpdf().subs(abar_t, alpha_t * abar_tm1)


@settings(max_examples=60, deadline=None)
@given(alpha=unit_interval(), abar=unit_interval(), xt=reals(), x0=reals(), xs=reals())
def test_posterior_density_equals_the_ratio_of_three_gaussians_at_the_edges(alpha, abar, xt, x0, xs):
    """alpha_t, abar_{t-1} within 1e-12 of 0 and 1: the log densities agree to 40 digits."""
    point = {alpha_t: alpha, abar_tm1: abar, x_t: xt, x_0: x0, x_tm1: xs}
    point = {k: sp.Rational(v) for k, v in point.items()}
    left, right = (sp.N(side.xreplace(point), 80) for side in (_BAYES, _CLAIMED))
    assert abs(left - right) <= sp.Float(10, 80) ** -40 * (1 + abs(left))


@settings(max_examples=60, deadline=None)
@given(mean_q=reals(bound=1e3), mean_p=reals(bound=1e3), variance=variances())
def test_equal_variance_kl_matches_the_gaussian_kl_for_any_variance(mean_q, mean_p, variance):
    """Tiny and huge variances: the statement's distance equals the general Gaussian KL exactly."""
    distance = forward_posterior.KL_MSE.xreplace(
        {
            forward_posterior.mu_q: sp.Rational(mean_q),
            mu_theta: sp.Rational(mean_p),
            forward_posterior.sigma_q: sp.sqrt(sp.Rational(variance)),
        }
    )
    general = GAUSSIAN_KL.xreplace(
        {_m1: sp.Rational(mean_q), _m2: sp.Rational(mean_p), _v1: sp.Rational(variance), _v2: sp.Rational(variance)}
    )
    assert sp.nsimplify(distance - general) == 0
