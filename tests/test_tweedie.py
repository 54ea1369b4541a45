"""Tweedie's formula, the score parameterization and the score-noise relation.

Wrong variants (the sign of the score term flipped in Tweedie's formula and in mu_q, the sign of
the noise in the Gaussian score) are refuted at the step where they enter, with a counterexample
on the identity's Gaussian instance, and rejected by the numeric checks on mixture data.
"""

from __future__ import annotations

from dataclasses import replace

import identity_suite as suite
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations import tweedie
from derivations.diffusion import SCORE
from derivations.kernel import rules
from derivations.parameterizations import FORWARD, recovery_derivation
from derivations.probability import Density, Grad
from derivations.symbols import abar_t, alpha_t, eps, mu, x_t, z
from numeric import strategies
from numeric import tweedie as numeric
from numeric.parameterizations import SCHEDULE, closed_form_comparison

IDENTITIES = tweedie.IDENTITIES


@pytest.mark.parametrize("identity", IDENTITIES, ids=lambda i: i.name)
def test_proved_instantiated_checked_and_rendered(identity):
    suite.assert_verified(identity, numeric.CHECKS[identity.name])


# ---------------------------------------------------------------- wrong variants


def tweedie_score_sign_flipped():
    identity = tweedie.tweedie
    wrong = replace(tweedie.GENERIC.tweedie(sign=-1), label=identity.derivations[0].label)
    return replace(identity, derivations=(wrong, *identity.derivations[1:]))


def score_mean_sign_flipped():
    identity = tweedie.score_parameterization
    mean = identity.derivations[0]
    wrong = x_t / sp.sqrt(alpha_t) - (1 - alpha_t) / sp.sqrt(alpha_t) * SCORE
    steps = (*mean.steps[:-1], replace(mean.steps[-1], expr=wrong))
    return replace(identity, derivations=(replace(mean, steps=steps, rhs=wrong), *identity.derivations[1:]))


def score_with_plus_noise():
    identity = tweedie.score_noise_relation
    wrong = eps / sp.sqrt(1 - abar_t)
    in_noise = recovery_derivation(tweedie.GAUSSIAN_SCORE, wrong, (FORWARD,), tweedie.IN_THE_NOISE)
    derivations = tuple(in_noise if d.label == tweedie.IN_THE_NOISE else d for d in identity.derivations)
    return replace(identity, derivations=derivations)


VARIANTS = (
    pytest.param(tweedie_score_sign_flipped, 0, 4, numeric.check_tweedie, id="tweedie, score sign flipped"),
    pytest.param(score_mean_sign_flipped, 0, 2, numeric.check_score_parameterization, id="mu_q, score sign flipped"),
    pytest.param(score_with_plus_noise, 1, 2, numeric.check_score_noise_relation, id="score = +eps / sqrt(1-abar)"),
)


@pytest.mark.parametrize(("build", "derivation", "step", "check"), VARIANTS)
def test_wrong_variant_is_refuted_at_its_step_and_numerically(build, derivation, step, check):
    suite.assert_wrong_variant_rejected(build(), derivation, step, check)


# ---------------------------------------------------------------- the rewrite


def test_differentiating_the_marginal_moves_the_gradient_under_the_integral():
    prior, likelihood = Density("p", (mu,)), Density("p", (z,), (mu,))
    integral = sp.Integral(likelihood * prior, (mu, -sp.oo, sp.oo))
    moved = rules.leibniz(Grad(sp.log(integral), z))
    assert moved == sp.Integral(prior * sp.Derivative(likelihood, z), (mu, -sp.oo, sp.oo)) / integral
    untouched = Grad(sp.log(Density("p", (z,))), z)
    assert rules.leibniz(untouched) == untouched


# ---------------------------------------------------------------- fuzzing


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(t=st.integers(1, SCHEDULE.steps - 1), point=strategies.reals())
def test_tweedie_with_exact_weighting_at_any_step(t, point):
    """sqrt(abar_t) E[x_0 | x_t] = x_t + (1 - abar_t) score at any step below T and x_t in [-10, 10]."""
    values = {abar_t: float(SCHEDULE.alphas_cumprod[t - 1]), x_t: np.array([point])}
    values.update(numeric.exact_values(t, values[x_t]))
    claim = tweedie.tweedie.derivations[1]
    exact = replace(claim, lhs=numeric._with_posterior_mean(claim.lhs), rhs=numeric._with_posterior_mean(claim.rhs))
    assert closed_form_comparison(exact, values, 1e-6).passed
