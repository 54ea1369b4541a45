"""Noise schedules: the standard definitions to 1e-12, the invariants on every schedule, clear errors.

References are the formulas of the implementations users know, written out here
with their source, and evaluated in 40-digit arithmetic (mpmath) so that the
reference itself carries no float64 rounding.
"""

from __future__ import annotations

import math

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import find, given, settings
from hypothesis import strategies as st

from derivations.diffusion import POSTERIOR_VARIANCE, SNR
from derivations.symbols import abar_t, abar_tm1, alpha_t
from numeric import strategies
from numeric.schedules import Schedule, ScheduleError

RTOL = 1e-12


@pytest.fixture(autouse=True, scope="module")
def forty_digits():
    """Every mpmath reference in this module is evaluated with 40 significant digits."""
    with mpmath.workdps(40):
        yield


def relative_error(values, reference) -> float:
    reference = np.array([float(r) for r in reference])
    return float(np.max(np.abs(np.asarray(values) - reference) / np.abs(reference)))


# --- the standard definitions ---------------------------------------------------------------------
def test_linear_is_ddpm_linear():
    """Ho et al. 2020, diffusion_utils_2.get_beta_schedule('linear'):
    betas = np.linspace(1e-4, 0.02, 1000, dtype=np.float64); alphas_cumprod = np.cumprod(1 - betas)."""
    schedule = Schedule.linear()
    betas = np.linspace(1e-4, 0.02, 1000, dtype=np.float64)
    assert relative_error(schedule.betas, betas) <= RTOL
    exact = np.cumprod([1 - mpmath.mpf(b) for b in betas])
    assert relative_error(schedule.alphas_cumprod, exact) <= RTOL
    assert relative_error(schedule.one_minus_alphas_cumprod, [1 - a for a in exact]) <= RTOL


def test_scaled_linear_is_diffusers_scaled_linear():
    """diffusers DDPMScheduler, beta_schedule='scaled_linear':
    betas = torch.linspace(beta_start**0.5, beta_end**0.5, T) ** 2, Stable Diffusion's 0.00085 and 0.012."""
    schedule = Schedule.scaled_linear(1000, 0.00085, 0.012)
    grid = [
        mpmath.mpf(math.sqrt(0.00085)) + (mpmath.mpf(math.sqrt(0.012)) - mpmath.mpf(math.sqrt(0.00085))) * i / 999
        for i in range(1000)
    ]
    assert relative_error(schedule.betas, [g**2 for g in grid]) <= RTOL


def test_cosine_is_diffusers_betas_for_alpha_bar():
    """diffusers betas_for_alpha_bar(T, max_beta=0.999, alpha_transform_type='cosine'), as in Nichol & Dhariwal 2021:
    alpha_bar_fn(t) = cos((t + 0.008) / 1.008 * pi / 2) ** 2;
    beta_i = min(1 - alpha_bar_fn((i + 1) / T) / alpha_bar_fn(i / T), max_beta), i = 0..T-1."""

    def alpha_bar_fn(t):
        return mpmath.cos((t + mpmath.mpf("0.008")) / mpmath.mpf("1.008") * mpmath.pi / 2) ** 2

    for steps in (1, 10, 1000):
        reference = [
            min(1 - alpha_bar_fn(mpmath.mpf(i + 1) / steps) / alpha_bar_fn(mpmath.mpf(i) / steps), mpmath.mpf("0.999"))
            for i in range(steps)
        ]
        assert relative_error(Schedule.cosine(steps).betas, reference) <= RTOL


def test_sigmoid_is_diffusers_sigmoid():
    """diffusers DDPMScheduler, beta_schedule='sigmoid':
    betas = torch.sigmoid(torch.linspace(-6, 6, T)) * (beta_end - beta_start) + beta_start."""
    schedule = Schedule.sigmoid(1000, 1e-4, 0.02)
    reference = [
        mpmath.mpf(1) / (1 + mpmath.exp(-mpmath.mpf(u))) * (mpmath.mpf(0.02) - mpmath.mpf(1e-4)) + mpmath.mpf(1e-4)
        for u in np.linspace(-6, 6, 1000)
    ]
    assert relative_error(schedule.betas, reference) <= RTOL


def test_log_snr_schedule_is_the_sigmoid_of_log_snr():
    """snr-sigmoid: with log SNR = lambda, abar = sigmoid(lambda) and 1 - abar = sigmoid(-lambda)."""
    schedule = Schedule.from_log_snr(lambda u: 12 - 24 * u, 500)
    grid = np.arange(1, 501) / 500
    values = 12 - 24 * grid
    sigmoid = [1 / (1 + mpmath.exp(-mpmath.mpf(v))) for v in values]
    assert relative_error(schedule.alphas_cumprod, sigmoid) <= RTOL
    assert relative_error(schedule.one_minus_alphas_cumprod, [1 - s for s in sigmoid]) <= RTOL
    # log SNR is recovered up to the cumulative sum's rounding: T ulps of |log abar| <= 12.
    assert np.max(np.abs(schedule.log_snr - values)) <= 500 * 12 * np.finfo(float).eps


@pytest.mark.parametrize("schedule", [Schedule.linear(), Schedule.cosine()], ids=["linear", "cosine"])
def test_constructors_agree(schedule):
    for rebuilt in (
        Schedule.from_betas(schedule.betas),
        Schedule.from_alphas(schedule.alphas),
        Schedule.from_alphas_cumprod(schedule.alphas_cumprod),
    ):
        assert rebuilt.steps == schedule.steps
        assert relative_error(rebuilt.alphas_cumprod, schedule.alphas_cumprod) <= RTOL
        assert relative_error(rebuilt.betas, schedule.betas) <= 1e-9  # from abar: beta = 1 - ratio loses digits


# --- the stable forms against the SymPy expressions they evaluate --------------------------------
def _mpmath_reference(schedule: Schedule, expr: sp.Expr, steps) -> list:
    """``expr`` at the schedule's exact values: alpha_t = exp(stored log alpha_t), abar_t their product."""
    function = sp.lambdify((alpha_t, abar_t, abar_tm1), expr, "mpmath")
    alphas = [mpmath.exp(mpmath.mpf(v)) for v in schedule.log_alphas]
    cumulative = [mpmath.mpf(1)]
    for alpha in alphas:
        cumulative.append(cumulative[-1] * alpha)
    return [function(alphas[t - 1], cumulative[t], cumulative[t - 1]) for t in steps]


ORDINARY = [Schedule.linear(), Schedule.cosine(), Schedule.scaled_linear(), Schedule.from_betas(np.full(20, 0.3))]


@pytest.mark.parametrize("schedule", ORDINARY, ids=lambda s: s.name)
@pytest.mark.parametrize("expr", [SNR, POSTERIOR_VARIANCE, sp.log(SNR)], ids=["SNR", "posterior-variance", "log-SNR"])
def test_stable_forms_match_the_sympy_expression(schedule, expr):
    """Schedule.evaluate (complements by expm1) and log_snr (log space) against the exact SymPy value.

    The reference is the lambdified SymPy expression in 40 digits, not in float64: float64
    evaluation of 1 - abar_1 = 1e-4 already has relative error ~1e-12, so it would not be a
    reference for a 1e-12 comparison.  t = 1 (posterior variance 0) is left out of the ratio.
    """
    steps = sorted({2, 3, 10, schedule.steps // 2, schedule.steps - 1, schedule.steps} - {0, 1})
    reference = _mpmath_reference(schedule, expr, steps)
    values = schedule.log_snr if expr == sp.log(SNR) else schedule.evaluate(expr)
    assert relative_error(values[np.array(steps) - 1], reference) <= RTOL


@settings(max_examples=40, deadline=None, derandomize=True)
@given(strategies.beta_schedules(max_steps=12))
def test_posterior_variance_matches_sympy_on_arbitrary_betas(schedule):
    steps = list(range(2, schedule.steps + 1))
    if steps:
        reference = _mpmath_reference(schedule, POSTERIOR_VARIANCE, steps)
        assert relative_error(schedule.evaluate(POSTERIOR_VARIANCE)[1:], reference) <= RTOL


# --- invariants on every schedule, extremes included ---------------------------------------------
@settings(max_examples=120, deadline=None, derandomize=True)
@given(strategies.schedules(max_steps=3000))
def test_schedule_invariants(schedule):
    arrays = (
        schedule.alphas,
        schedule.betas,
        schedule.alphas_cumprod,
        schedule.one_minus_alphas_cumprod,
        schedule.log_alphas_cumprod,
        schedule.log_snr,
        schedule.snr,
        schedule.evaluate(POSTERIOR_VARIANCE),
    )
    assert all(np.all(np.isfinite(a)) for a in arrays)
    assert np.all(np.diff(schedule.log_alphas_cumprod) < 0)  # abar strictly decreasing
    assert np.all(np.diff(schedule.alphas_cumprod) <= 0) and schedule.alphas_cumprod[0] < 1
    assert np.all(np.diff(schedule.log_snr) < 0) and np.all(np.diff(schedule.snr) <= 0)  # SNR decreasing
    assert np.all((schedule.one_minus_alphas_cumprod > 0) & (schedule.one_minus_alphas_cumprod <= 1))
    # variance preservation: alpha_t + beta_t = 1 and abar_t + (1 - abar_t) = 1, to rounding
    assert np.all(np.abs(schedule.alphas + schedule.betas - 1) <= 2 * np.finfo(float).eps)
    assert np.all(np.abs(schedule.alphas_cumprod + schedule.one_minus_alphas_cumprod - 1) <= 2 * np.finfo(float).eps)
    variance = schedule.evaluate(POSTERIOR_VARIANCE)
    assert variance[0] == 0.0 and np.all(variance >= 0) and np.all(variance <= schedule.betas * (1 + 4e-16))


def test_extreme_schedules_stay_finite():
    deep = Schedule.from_betas(np.full(700, 0.63))
    assert 0 < deep.alphas_cumprod[-1] < 1e-300 and np.isfinite(deep.log_snr[-1])
    long = Schedule.linear(100_000)
    assert long.alphas_cumprod[-1] == 0.0 and long.log_snr[-1] < -1000 and long.snr[-1] == 0.0
    assert np.all(np.isfinite(long.evaluate(POSTERIOR_VARIANCE)))


def test_arrays_are_read_only():
    schedule = Schedule.linear(10)
    with pytest.raises(ValueError, match="read-only"):
        schedule.betas[0] = 0.5
    assert Schedule.linear(10) == schedule and hash(Schedule.linear(10)) == hash(schedule)
    assert "T = 10" in schedule._repr_latex_()


# --- errors: one table, each naming the value and the index ---------------------------------------
@pytest.mark.parametrize(
    "make, message",
    [
        (
            lambda: Schedule.from_betas([0.1, 1.0, 0.2]),
            r"beta_t in \(0, 1\) \(beta_T = 1 allowed\), got 1.0 at t = 2 \(0-based index 1\)",
        ),
        (lambda: Schedule.from_betas([0.1, 0.2, 0.0]), r"got 0.0 at t = 3"),
        (lambda: Schedule.from_betas([-0.5]), r"got -0.5 at t = 1"),
        (lambda: Schedule.from_betas([0.1, float("nan")]), r"got nan at t = 2"),
        (lambda: Schedule.from_betas([]), r"T >= 1 entries"),
        (lambda: Schedule.from_betas([[0.1]]), r"1-d array"),
        (lambda: Schedule.from_alphas([0.5, 1.5]), r"alpha_t in \(0, 1\), got 1.5 at t = 2"),
        (lambda: Schedule.from_alphas_cumprod([0.9, 0.95, 0.5]), r"strictly decreasing .* got 0.95 at t = 2"),
        (lambda: Schedule.from_alphas_cumprod([0.9, 0.9]), r"got 0.9 at t = 2"),
        (
            lambda: Schedule.from_alphas_cumprod([1.0, 0.5]),
            r"abar_t in \(0, 1\) \(abar_T = 0 allowed\), got 1.0 at t = 1",
        ),
        (lambda: Schedule.from_log_snr(lambda u: u, 5), r"strictly decreasing log SNR, got 0.4 at t = 2"),
        (
            lambda: Schedule.from_log_snr(lambda u: np.where(u < 0.5, np.inf, -u), 3),
            r"finite log SNR, got inf at t = 1",
        ),
        (lambda: Schedule.linear(0), r"integer T >= 1, got 0"),
        (lambda: Schedule.cosine(True), r"integer T >= 1, got True"),
        (lambda: Schedule.cosine(10, max_beta=1.0), r"max_beta in \(0, 1\)"),
        (
            lambda: Schedule(np.array([-0.1, 0.0])),
            r"log alpha_t finite and < 0 \(-inf only at t = T\), got 0.0 at t = 2",
        ),
        (lambda: Schedule.linear(10).check_step(0), r"steps in 1..10 .* got 0"),
        (lambda: Schedule.linear(10).check_step(np.array([3, 11])), r"got 11"),
        (lambda: Schedule.linear(10).check_step(2.0), r"integer steps"),
    ],
    ids=[
        "beta-1",
        "beta-0",
        "beta-negative",
        "beta-nan",
        "empty",
        "2-d",
        "alpha-above-1",
        "abar-increasing",
        "abar-flat",
        "abar-1",
        "log-snr-increasing",
        "log-snr-inf",
        "T-0",
        "T-bool",
        "max-beta",
        "log-alpha-0",
        "t-0",
        "t-above-T",
        "t-float",
    ],
)
def test_invalid_input_is_named(make, message):
    with pytest.raises(ScheduleError, match=message):
        make()


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.integers(1, 5), st.floats(1.0, 2.0, exclude_min=True) | st.floats(-1.0, 0.0))
def test_any_beta_outside_the_interval_is_refused(position, bad):
    """Outside (0, 1) anywhere (beta = 1, zero terminal SNR, is allowed at t = T only: see the table above)."""
    betas = np.full(6, 0.1)
    betas[position] = bad
    with pytest.raises(ScheduleError, match=f"at t = {position + 1} "):
        Schedule.from_betas(betas)


def test_strategy_arguments_are_checked():
    with pytest.raises(ValueError, match="min_steps <= max_steps"):
        strategies.named_schedules(min_steps=5, max_steps=2)
    with pytest.raises(ValueError, match="min_steps <= max_steps"):
        strategies.beta_schedules(min_steps=0)


def test_schedule_strategy_reaches_the_extremes():
    reach = settings(derandomize=True, max_examples=500)
    assert find(strategies.schedules(), lambda s: s.alphas_cumprod[-1] < 1e-300, settings=reach).steps >= 700
    assert find(strategies.schedules(), lambda s: s.steps == 100_000, settings=reach).steps == 100_000
    assert find(strategies.schedules(), lambda s: s.one_minus_alphas_cumprod[-1] < 1e-9, settings=reach).steps >= 1


def _simulator_coefficients() -> list:
    from numeric import simulator as sim

    forms = [sim.FORWARD_FORM, sim.LinearForm(sim.FORWARD_STEP, (sim.x_tm1, sim.eps))]
    for prediction in sim.PREDICTIONS:
        forms += [prediction.mean, prediction.from_x0, prediction.from_x0_and_eps]
        forms += [sim.conversion(prediction, target) for target in sim.PREDICTIONS]
    return sorted({c for form in forms for c in form.coefficients if c.free_symbols}, key=str)


@pytest.mark.parametrize("schedule", ORDINARY[:2], ids=lambda s: s.name)
def test_every_simulator_coefficient_matches_its_sympy_expression(schedule):
    """Each coefficient the simulator uses (split off by sympy.diff) at t = 2..T against 40-digit SymPy."""
    steps = [2, 3, 10, 100, 500, 999, 1000]
    coefficients = _simulator_coefficients()
    assert len(coefficients) >= 15
    for coefficient in coefficients:
        reference = _mpmath_reference(schedule, coefficient, steps)
        assert relative_error(schedule.evaluate(coefficient)[np.array(steps) - 1], reference) <= RTOL, coefficient
