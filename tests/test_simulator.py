"""The simulator: forward process, posterior, conversions, reverse step and sampler, and the chain's law."""

from __future__ import annotations

import re

import mpmath
import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from numeric import simulator as sim
from numeric import strategies
from numeric.sampling_checks import chain_marginal_check
from numeric.schedules import Schedule, ScheduleError

EPS = np.finfo(np.float64).eps


def ordinary_schedules():
    """Named schedules whose abar stays in [1e-6, 1 - 1e-6] at the steps drawn below."""
    return strategies.named_schedules(min_steps=2, max_steps=1000)


def steps_of(schedule: Schedule, data) -> int:
    """A step t >= 2 with abar_t in [1e-6, 1 - 1e-6], where every conversion is well conditioned."""
    abar = schedule.alphas_cumprod
    allowed = np.flatnonzero((abar >= 1e-6) & (abar <= 1 - 1e-6)) + 1
    allowed = allowed[allowed >= 2]
    assume(allowed.size > 0)
    return int(data.draw(st.sampled_from(allowed.tolist())))


# --- forward process -------------------------------------------------------------------------------
def test_forward_chain_keeps_its_semantics():
    """x_t = sqrt(alpha_t) x_{t-1} + sqrt(1 - alpha_t) z, z drawn as one standard_normal(shape) per step."""
    rng = np.random.default_rng(5)
    x0, alphas = rng.standard_normal((3000, 7)), rng.uniform(0.5, 0.99, 30)
    expected = x0.copy()
    reference = np.random.default_rng(9)
    for alpha in alphas:
        expected = np.sqrt(alpha) * expected + np.sqrt(1 - alpha) * reference.standard_normal(x0.shape)
    assert np.allclose(sim.forward_chain(x0, alphas, np.random.default_rng(9)), expected, rtol=0, atol=100 * EPS)


def test_add_noise_is_the_closed_form_and_accepts_one_step_per_sample():
    schedule = Schedule.cosine(100)
    rng = np.random.default_rng(0)
    x0, noise = rng.standard_normal((4, 3)), rng.standard_normal((4, 3))
    t = np.array([1, 7, 50, 100])
    abar, complement = (a[t - 1][:, None] for a in (schedule.alphas_cumprod, schedule.one_minus_alphas_cumprod))
    assert np.allclose(
        sim.add_noise(schedule, x0, noise, t),
        np.sqrt(abar) * x0 + np.sqrt(complement) * noise,
        rtol=4 * EPS,
        atol=4 * EPS,
    )
    rows = [sim.add_noise(schedule, x0[i], noise[i], int(t[i])) for i in range(4)]
    assert np.array_equal(sim.add_noise(schedule, x0, noise, t), np.stack(rows))
    assert sim.add_noise(schedule, x0.astype(np.float32), noise.astype(np.float32), 3).dtype == np.float32


@pytest.mark.parametrize(
    "t, message",
    [(np.array([1, 2]), "one step per sample"), (0, "steps in 1..100"), (101, "got 101"), (2.5, "integer steps")],
    ids=["shape", "zero", "above-T", "float"],
)
def test_add_noise_refuses_bad_steps(t, message):
    x = np.zeros((4, 3))
    with pytest.raises((ValueError, ScheduleError), match=message):
        sim.add_noise(Schedule.cosine(100), x, x, t)


def test_trajectory_records_the_chain():
    schedule = Schedule.linear(50)
    x0 = np.linspace(-2, 2, 600).reshape(200, 3)
    full = sim.forward_trajectory(schedule, x0, np.random.default_rng(1))
    some = sim.forward_trajectory(schedule, x0, np.random.default_rng(1), steps=[3, 20, 50])
    assert full.shape == (50, 200, 3) and np.array_equal(some, full[[2, 19, 49]])
    assert np.array_equal(sim.final_state(schedule, x0, np.random.default_rng(1)), full[-1])
    with pytest.raises(ValueError, match="increasing sequence"):
        sim.forward_trajectory(schedule, x0, np.random.default_rng(1), steps=[5, 5])


def test_chain_matches_the_closed_form_marginal():
    """x_t of the chain against q(x_t | x_0) at t = 1, T/2, T: mean, variance, KS at false alarm 1e-6.

    The law the check compares with is the lambdified closed form; here it must equal
    N(sqrt(abar_t) x_0, 1 - abar_t) with abar_t = prod (1 - beta_s) computed in 40 digits from the
    linear betas of Ho et al. (2020, eq. 4 and section 4), independently of the simulator.
    """
    betas = np.linspace(1e-4, 0.02, 200)
    schedule = Schedule.from_betas(betas)
    result = chain_marginal_check(np.random.default_rng(2024), schedule=schedule, n=20_000)
    assert result.passed, [c.describe() for c in result.comparisons if not c.passed]
    assert len(result.comparisons) == 9
    with mpmath.workdps(40):
        abar = np.cumprod([1 - mpmath.mpf(beta) for beta in betas])
        law = {t: (float(mpmath.sqrt(abar[t - 1]) * mpmath.mpf(1.5)), float(1 - abar[t - 1])) for t in (1, 100, 200)}
    for comparison in result.comparisons:
        t = int(re.search(r"t = (\d+),", comparison.label).group(1))
        mean, variance = law[t]
        if comparison.label.endswith("mean"):
            assert abs(comparison.reference - mean) <= 1e-13 * abs(mean)
        elif comparison.label.endswith("variance"):
            assert abs(comparison.reference - variance) <= 1e-13 * variance


def test_chain_check_rejects_a_wrong_noise_scale():
    """The common slip x_t = sqrt(alpha_t) x_{t-1} + (1 - alpha_t) eps (a variance where a std belongs)."""

    def wrong(schedule, x0, rng, steps):
        x, kept = np.array(x0, dtype=float), []
        for t in range(1, max(steps) + 1):
            x = np.sqrt(schedule.alphas[t - 1]) * x + schedule.betas[t - 1] * rng.standard_normal(x.shape)
            if t in steps:
                kept.append(x.copy())
        return np.array(kept)

    result = chain_marginal_check(np.random.default_rng(2024), schedule=Schedule.linear(200), n=20_000, simulate=wrong)
    assert not result.passed


# --- posterior ---------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None, derandomize=True)
@given(ordinary_schedules(), st.data())
def test_posterior_is_gaussian_conditioning_of_the_forward_joint(schedule, data):
    """(x_{t-1}, x_t) | x_0 is Gaussian with Cov = sqrt(alpha_t)(1 - abar_{t-1}); condition on x_t."""
    t = steps_of(schedule, data)
    x0, x_t = data.draw(strategies.reals(bound=5)), data.draw(strategies.reals(bound=5))
    with mpmath.workdps(40):  # reference: alpha_s = exp(stored log alpha_s), with no float64 rounding
        alpha = mpmath.exp(mpmath.mpf(schedule.log_alphas[t - 1]))
        previous = mpmath.exp(mpmath.fsum(mpmath.mpf(v) for v in schedule.log_alphas[: t - 1]))
        abar = previous * alpha
        covariance, variance_t, variance_previous = mpmath.sqrt(alpha) * (1 - previous), 1 - abar, 1 - previous
        mean = mpmath.sqrt(previous) * x0 + covariance / variance_t * (x_t - mpmath.sqrt(abar) * x0)
        variance = variance_previous - covariance**2 / variance_t
    scale = abs(x0) + abs(x_t) + 1
    assert abs(sim.posterior_mean(schedule, np.float64(x_t), np.float64(x0), t) - mean) <= 1e-12 * scale
    assert abs(float(sim.posterior_variance(schedule, t)) - variance) <= 1e-12 * variance
    assert 0 <= sim.posterior_variance(schedule, t) <= schedule.betas[t - 1]


def test_posterior_at_the_first_step_is_x0():
    """At t = 1, abar_0 = 1: given x_1 and x_0 the previous state x_0 is known; variance 0, log variance -inf."""
    schedule = Schedule.linear()
    x0, x1 = np.array([0.3, -1.2]), np.array([2.0, 0.5])
    assert np.allclose(sim.posterior_mean(schedule, x1, x0, 1), x0, rtol=4 * EPS, atol=0)
    assert sim.posterior_variance(schedule, 1) == 0.0 and sim.posterior_log_variance(schedule, 1) == -np.inf
    steps = np.arange(2, 1001)
    assert np.allclose(
        sim.posterior_log_variance(schedule, steps), np.log(sim.posterior_variance(schedule, steps)), rtol=1e-14
    )


# --- conversions ---------------------------------------------------------------------------------
@settings(max_examples=60, deadline=None, derandomize=True)
@given(ordinary_schedules(), st.data())
def test_conversions_agree_with_the_truth_and_round_trip(schedule, data):
    t = steps_of(schedule, data)
    rng = np.random.default_rng(data.draw(st.integers(0, 2**32 - 1)))
    x0, noise = rng.standard_normal(5), rng.standard_normal(5)
    signal, spread = np.sqrt(schedule.alphas_cumprod[t - 1]), np.sqrt(schedule.one_minus_alphas_cumprod[t - 1])
    x_t = signal * x0 + spread * noise  # written out, not the simulator's add_noise
    truth = {  # the definitions, from the schedule's table (Salimans & Ho 2022 for v)
        sim.EPSILON: noise,
        sim.SAMPLE: x0,
        sim.VELOCITY: signal * noise - spread * x0,
        sim.SCORE_PREDICTION: -noise / spread,  # score of q(x_t | x_0)
    }
    assert np.allclose(
        sim.get_velocity(schedule, x0, noise, t),
        truth[sim.VELOCITY],
        rtol=0,
        atol=8 * EPS * (np.abs(x0) + np.abs(noise)),
    )
    assert np.allclose(sim.add_noise(schedule, x0, noise, t), x_t, rtol=0, atol=8 * EPS * (np.abs(x_t) + 4))
    # error bound: rounding times the condition of the conversions, at most 1/sqrt(abar) + 1/(1 - abar)
    abar = schedule.alphas_cumprod[t - 1]
    bound = 64 * EPS * (1 / np.sqrt(abar) + 1 / (1 - abar)) * (np.abs(x_t) + 10)
    for source in sim.PREDICTIONS:
        for target in sim.PREDICTIONS:
            converted = sim.convert(schedule, x_t, truth[source], t, source=source, target=target)
            assert np.all(np.abs(converted - truth[target]) <= bound * (1 + np.abs(truth[target]))), (source, target)
            back = sim.convert(schedule, x_t, converted, t, source=target, target=source)
            assert np.all(np.abs(back - truth[source]) <= 2 * bound * (1 + np.abs(truth[source]))), (target, source)
        mean = sim.reverse_mean(schedule, x_t, truth[source], t, prediction=source)
        assert np.all(np.abs(mean - sim.posterior_mean(schedule, x_t, x0, t)) <= bound), source.name


def test_conversions_stay_finite_where_abar_underflows():
    schedule = Schedule.linear(100_000)
    x = np.ones(3)
    assert np.all(np.isfinite(sim.convert(schedule, x, x, 100_000, source=sim.EPSILON, target=sim.SCORE_PREDICTION)))
    assert np.all(np.isfinite(sim.reverse_mean(schedule, x, x, 100_000, prediction=sim.EPSILON)))


# --- reverse step and sampler ----------------------------------------------------------------------
def test_reverse_step_adds_sigma_t_times_the_generators_normals():
    schedule = Schedule.linear(100)
    x_t = np.linspace(-1, 1, 12).reshape(4, 3)

    def model(x, t):
        return 0.5 * x

    mean = sim.reverse_mean(schedule, x_t, model(x_t, 40), 40, prediction=sim.EPSILON)
    z = np.random.default_rng(3).standard_normal(x_t.shape)
    for variances in (sim.posterior_variances(schedule), sim.beta_variances(schedule)):
        step = sim.reverse_step(schedule, model, x_t, 40, np.random.default_rng(3), variances=variances)
        assert np.allclose(step, mean + np.sqrt(variances[39]) * z, rtol=1e-14, atol=1e-15)
    last = sim.reverse_step(schedule, model, x_t, 1, np.random.default_rng(3), variances=sim.beta_variances(schedule))
    assert np.allclose(last, sim.reverse_mean(schedule, x_t, model(x_t, 1), 1, prediction=sim.EPSILON), rtol=1e-15)


def test_sampler_is_reproducible_and_keeps_its_dtype():
    schedule = Schedule.cosine(50)

    def model(x, t):
        return 0.1 * x

    first = sim.sample(schedule, model, (64, 2), np.random.default_rng(7))
    assert np.array_equal(first, sim.sample(schedule, model, (64, 2), np.random.default_rng(7)))
    assert sim.sample(schedule, model, (64, 2), np.random.default_rng(7), dtype=np.float32).dtype == np.float32
    x_T = np.zeros((64, 2))
    assert np.all(np.isfinite(sim.sample(schedule, model, (64, 2), np.random.default_rng(7), x_T=x_T)))


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"variances": np.ones(3)}, "expected 10 finite non-negative"),
        ({"variances": -np.ones(10)}, "expected 10 finite non-negative"),
        ({"model": lambda x, t: x[:1]}, "model: expected an output of shape"),
        ({"x_T": np.zeros((3, 2))}, r"x_T: expected shape \(4, 2\)"),
    ],
    ids=["variances-shape", "variances-negative", "model-shape", "x_T-shape"],
)
def test_sampler_refuses_bad_arguments(kwargs, message):
    model = kwargs.pop("model", lambda x, t: x)
    with pytest.raises(ValueError, match=message):
        sim.sample(Schedule.linear(10), model, (4, 2), np.random.default_rng(0), **kwargs)


def test_linear_form_refuses_nonlinear_expressions():
    with pytest.raises(ValueError, match="not linear"):
        _ = sim.LinearForm(sim.x_t**2, (sim.x_t,)).coefficients


def test_public_objects_render_as_latex():
    from numeric.denoisers import GaussianData, GaussianMixtureData

    rendered = [
        Schedule.scaled_linear(10)._repr_latex_(),
        sim.VELOCITY._repr_latex_(),
        sim.EPSILON.mean._repr_latex_(),
        GaussianData(np.zeros(2), np.ones(2))._repr_latex_(),
        GaussianMixtureData([1.0], [[0.0]], [[1.0]])._repr_latex_(),
    ]
    assert all(r.startswith("$") and r.endswith("$") and r.count("{") == r.count("}") for r in rendered)
    assert r"\text{scaled\_linear(T=10)}" in rendered[0] and r"\sqrt{\bar\alpha_t} \mathbf{x}_t" in rendered[1]
    assert r"\frac{1}{\sqrt{\alpha_t}} \mathbf{x}_t" in rendered[2]
