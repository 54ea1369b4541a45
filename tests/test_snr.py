"""SNR identities: the weight as an SNR difference, the sigmoid form, the continuous-time limit.

Wrong variants (SNR(t) - SNR(t-1), abar = sigmoid(omega), the SNR difference of one step taken in
the wrong order) are refuted at the step where they enter and rejected by the numeric checks.
The rewrites behind the continuous-time derivation (linearity, joining a partition, the
fundamental theorem of calculus) are tested to refuse what they must not do.
"""

from __future__ import annotations

from dataclasses import replace

import identity_suite as suite
import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations import snr
from derivations.diffusion import SNR, SNR_PREVIOUS, X0_WEIGHT
from derivations.kernel.algebra import canonical, positive_form
from derivations.kernel.checking import Context
from derivations.symbols import T_steps, abar_t, abar_tm1, alpha_t, i_step, omega, s_time
from numeric import snr as numeric
from numeric import strategies

IDENTITIES = snr.IDENTITIES
f = sp.Function("f")


@pytest.mark.parametrize("identity", IDENTITIES, ids=lambda i: i.name)
def test_proved_instantiated_checked_and_rendered(identity):
    suite.assert_verified(identity, numeric.CHECKS[identity.name])


def test_the_snr_difference_is_a_product_of_positive_factors():
    """SNR decreases: the right side is positive for alpha_t, abar_{t-1} in (0, 1), as SymPy confirms."""
    decrease = snr.snr_weight.derivations[1]
    positive = positive_form(canonical(decrease.rhs, {abar_t: alpha_t * abar_tm1}), snr.snr_weight.domains())
    assert sp.factor(positive).is_positive is True


# ---------------------------------------------------------------- wrong variants


def snr_difference_reversed():
    identity = snr.snr_weight
    return replace(identity, derivations=(snr.weight_derivation((SNR - SNR_PREVIOUS) / 2), identity.derivations[1]))


def sigmoid_of_omega():
    identity = snr.snr_sigmoid
    wrong = snr.sigmoid_derivation(snr.sigmoid(omega), abar_t, identity.derivations[0].label)
    return replace(identity, derivations=(wrong, *identity.derivations[1:]))


def one_step_reversed():
    wrong = (snr.snr_of(i_step / T_steps) - snr.snr_of((i_step - 1) / T_steps)) * snr.weight_of(i_step / T_steps) / 2
    identity = snr.continuous_time_elbo
    return replace(identity, derivations=(snr.step_derivation(wrong), *identity.derivations[1:]))


VARIANTS = (
    pytest.param(snr_difference_reversed, 0, 5, numeric.check_snr_weight, id="SNR(t) - SNR(t-1)"),
    pytest.param(sigmoid_of_omega, 0, 2, numeric.check_snr_sigmoid, id="abar = sigmoid(omega)"),
    pytest.param(one_step_reversed, 0, 1, numeric.check_continuous_time_elbo, id="one step reversed"),
)


@pytest.mark.parametrize(("build", "derivation", "step", "check"), VARIANTS)
def test_wrong_variant_is_refuted_at_its_step_and_numerically(build, derivation, step, check):
    suite.assert_wrong_variant_rejected(build(), derivation, step, check)


# ---------------------------------------------------------------- the rewrites


def test_fundamental_theorem_only_for_a_first_derivative_over_finite_limits():
    a, b = sp.symbols("a b", real=True)
    first = sp.Integral(3 * sp.Derivative(f(s_time), s_time), (s_time, a, b))
    assert canonical(first) == 3 * (f(b) - f(a))
    second = sp.Integral(sp.Derivative(f(s_time), (s_time, 2)), (s_time, a, b))
    assert canonical(second) == second
    other_variable = sp.Integral(sp.Derivative(f(a), a), (s_time, 0, 1))
    assert canonical(other_variable) != f(1) - f(0)


def test_partition_is_joined_only_when_the_cells_are_contiguous_and_run_forward():
    join = snr.PARTITION.sound_rewrite(Context.of(snr.continuous_time_elbo))
    cell = sp.Integral(f(s_time), (s_time, (i_step - 1) / T_steps, i_step / T_steps))
    assert join(sp.Sum(cell, (i_step, 1, T_steps))) == sp.Integral(f(s_time), (s_time, 0, 1))
    gapped = sp.Sum(sp.Integral(f(s_time), (s_time, i_step / T_steps, (i_step + 2) / T_steps)), (i_step, 1, T_steps))
    backwards = sp.Sum(sp.Integral(f(s_time), (s_time, i_step / T_steps, (i_step - 1) / T_steps)), (i_step, 1, T_steps))
    dependent = sp.Sum(
        sp.Integral(f(s_time) * i_step, (s_time, (i_step - 1) / T_steps, i_step / T_steps)), (i_step, 1, T_steps)
    )
    for untouched in (gapped, backwards, dependent):
        assert join(untouched) == untouched


def test_linearity_takes_out_only_factors_free_of_the_variable():
    g = sp.Function("g")
    expr = sp.Sum(2 * g(i_step) + 3, (i_step, 1, T_steps))
    split = snr.LINEARITY.sound_rewrite(Context())
    assert split(expr) == 2 * sp.Sum(g(i_step), (i_step, 1, T_steps)) + 3 * sp.Sum(1, (i_step, 1, T_steps))


# ---------------------------------------------------------------- fuzzing at the edges


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(alpha=strategies.alphas(), previous=strategies.unit_interval())
def test_weight_is_half_the_snr_difference_and_positive_at_the_edges(alpha, previous):
    """At 60 digits, alpha_t and abar_(t-1) within 1e-12 of 0 and 1: the identity holds and the difference is > 0."""
    sides = [X0_WEIGHT, (SNR_PREVIOUS - SNR) / 2]
    with mpmath.workdps(60):
        point = {alpha_t: mpmath.mpf(alpha), abar_tm1: mpmath.mpf(previous)}
        point[abar_t] = point[alpha_t] * point[abar_tm1]
        weight, half_difference = (sp.lambdify(tuple(point), side, "mpmath")(*point.values()) for side in sides)
        assert abs(weight - half_difference) <= mpmath.mpf(10) ** -40 * abs(weight)
        assert half_difference > 0


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(value=strategies.reals(bound=40.0))
def test_sigmoid_form_inverts_the_snr(value):
    """abar = sigmoid(-omega) has SNR exp(-omega) at 60 digits, omega up to +-40."""
    with mpmath.workdps(60):
        abar = sp.lambdify(omega, snr.snr_sigmoid.derivations[0].lhs, "mpmath")(mpmath.mpf(value))
        assert abs(sp.lambdify(abar_t, SNR, "mpmath")(abar) / mpmath.exp(-value) - 1) < mpmath.mpf(10) ** -40


def test_riemann_remainder_shrinks_like_one_over_t():
    result = numeric.check_continuous_time_elbo(np.random.default_rng(suite.SEED))
    remainders = [abs(c.estimate) for c in result.comparisons if "sum - integral" in c.label]
    assert len(remainders) == len(numeric.RIEMANN_STEPS)
    ratios = np.array(remainders[:-1]) / np.array(remainders[1:])
    assert np.all(ratios > 5), ratios


RIEMANN = numeric.RiemannSum.of(snr.continuous_time_elbo)


@settings(max_examples=40, deadline=None, derandomize=True, database=None)
@given(steps=st.one_of(st.sampled_from([1, 2, 100_000]), st.integers(1, 20_000)))
def test_riemann_remainder_within_its_bounds_for_any_number_of_steps(steps):
    """T = 1 to 10^5: |R_T| within 1/2 sum |dSNR| |dw| (plus quadrature and rounding), within b^2 e^(b/T) / 2T."""
    remainder, bound, slack = RIEMANN.remainder(steps)
    assert abs(remainder) <= bound + slack
    assert bound <= numeric.a_priori_bound(steps)
