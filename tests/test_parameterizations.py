"""x_0, noise and v parameterizations: every step proved, wrong variants refuted where they go wrong.

A wrong variant is a plausible mistake (1 - abar_{t-1} in the x_0 weight, abar_t for sqrt(abar_t)
when solving for x_0, the sign of v's term swapped): the checker refutes exactly the step where it
enters, with a counterexample, and the numeric check rejects it.
"""

from __future__ import annotations

from dataclasses import replace

import identity_suite as suite
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings

from derivations import parameterizations
from derivations.diffusion import POSTERIOR_MEAN, POSTERIOR_VARIANCE
from derivations.kernel.checking import Context
from derivations.model import Identity
from derivations.parameterizations import (
    FORWARD,
    KL_EQUAL_VARIANCE,
    V_TARGET,
    denoising_kl,
    matching_derivation,
    recovery_derivation,
)
from derivations.probability import KL, Normal
from derivations.symbols import UNIT, abar_t, abar_tm1, alpha_t, eps, v_t, x_0, x_t, x_tm1, xhat_theta
from numeric import parameterizations as numeric
from numeric import strategies
from numeric.schedules import ScheduleError

IDENTITIES = parameterizations.IDENTITIES


@pytest.mark.parametrize("identity", IDENTITIES, ids=lambda i: i.name)
def test_proved_instantiated_checked_and_rendered(identity):
    suite.assert_verified(identity, numeric.CHECKS[identity.name])


# ---------------------------------------------------------------- wrong variants


def x0_weight_with_one_minus_abar() -> Identity:
    wrong = (1 - abar_tm1) * (1 - alpha_t) ** 2 / (2 * POSTERIOR_VARIANCE * (1 - abar_t) ** 2)
    identity = parameterizations.x0_parameterization
    return replace(identity, derivations=(matching_derivation(POSTERIOR_MEAN, x_0, xhat_theta, wrong),))


def x0_from_eps_over_abar() -> Identity:
    wrong = (x_t - sp.sqrt(1 - abar_t) * eps) / abar_t
    identity = parameterizations.eps_parameterization
    recovery = recovery_derivation(wrong, x_0, (FORWARD,), identity.derivations[0].label)
    return replace(identity, derivations=(recovery, *identity.derivations[1:]))


def x0_from_v_sign_swapped() -> Identity:
    wrong = sp.sqrt(abar_t) * x_t + sp.sqrt(1 - abar_t) * v_t
    identity = parameterizations.v_parameterization
    recovery = recovery_derivation(wrong, x_0, (V_TARGET, FORWARD), identity.derivations[0].label)
    return replace(identity, derivations=(recovery, *identity.derivations[1:]))


VARIANTS = (
    pytest.param(x0_weight_with_one_minus_abar, 0, 3, numeric.check_x0_parameterization, id="x0 weight 1 - abar"),
    pytest.param(x0_from_eps_over_abar, 0, 2, numeric.check_eps_parameterization, id="x0 from eps over abar"),
    pytest.param(x0_from_v_sign_swapped, 0, 3, numeric.check_v_parameterization, id="x0 from v, sign swapped"),
)


@pytest.mark.parametrize(("build", "derivation", "step", "check"), VARIANTS)
def test_wrong_variant_is_refuted_at_its_step_and_numerically(build, derivation, step, check):
    suite.assert_wrong_variant_rejected(build(), derivation, step, check)


# ---------------------------------------------------------------- the KL rule


def test_kl_rule_needs_gaussians_of_the_same_variable_with_positive_variances():
    a, b = sp.symbols("a b", real=True)
    context = Context(domains={abar_tm1: UNIT, alpha_t: UNIT})
    equal = denoising_kl(a, b)
    closed = KL_EQUAL_VARIANCE.sound_rewrite(context)
    assert sp.simplify(closed(equal) - (b - a) ** 2 / (2 * POSTERIOR_VARIANCE)) == 0
    r = sp.Symbol("r", real=True)  # a variance not shown positive
    for untouched in (
        KL(Normal(x_tm1, a, 1), Normal(x_t, b, 1), (x_tm1,)),
        KL(Normal(x_tm1, a, r), Normal(x_tm1, b, 1), (x_tm1,)),
        KL(Normal(x_tm1, x_tm1, 1), Normal(x_tm1, b, 1), (x_tm1,)),
    ):
        assert closed(untouched) == untouched


# ---------------------------------------------------------------- fuzzing at the edges


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(
    abar=strategies.unit_interval(),
    x0=strategies.reals(),
    noise=strategies.reals(),
)
def test_v_conversions_hold_in_float64_at_every_abar(abar, x0, noise):
    """Every conversion of v-parameterization within its rounding bound, abar within 1e-12 of 0 and 1."""
    values = {abar_t: abar, x_0: np.array([x0]), eps: np.array([noise])}
    values[x_t] = numeric.evaluate(FORWARD.rhs, values)
    values[v_t] = numeric.evaluate(V_TARGET.rhs, values)
    for claim in parameterizations.v_parameterization.derivations:
        assert numeric.closed_form_comparison(claim, values, 1e-6).passed, claim.label


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(alpha=strategies.alphas(), previous=strategies.unit_interval(), x0=strategies.reals(), noise=strategies.reals())
def test_eps_form_of_the_posterior_mean_at_the_edges(alpha, previous, x0, noise):
    values = {alpha_t: alpha, abar_tm1: previous, abar_t: alpha * previous, x_0: x0, eps: noise}
    values[x_t] = float(numeric.evaluate(FORWARD.rhs, values))
    claim = parameterizations.eps_parameterization.derivations[1]
    assert numeric.closed_form_comparison(claim, values, 1e-6).passed


def test_evaluate_names_the_missing_value():
    with pytest.raises(ValueError, match="no value for"):
        numeric.evaluate(FORWARD.rhs, {x_0: 1.0})


def test_schedule_values_reject_a_step_outside_the_schedule():
    with pytest.raises(ScheduleError, match="steps in 1..1000"):
        numeric.schedule_values(numeric.SCHEDULE, 0)
