"""Exact denoisers and the sampler's exact output law, checked against independent computations.

The reference laws come from tests/independent_laws.py (DDPM's formulas and Gaussian conditioning in
full matrices, from a table of betas), never from the coefficients the sampler itself evaluates.
"""

from __future__ import annotations

import independent_laws as independent
import numpy as np
import pytest
from scipy import special, stats

from numeric import simulator as sim
from numeric.denoisers import GaussianData, GaussianMixtureData
from numeric.sampling_checks import mixture_sampler_check, sampler_law_check
from numeric.schedules import Schedule

FULL = GaussianData(np.array([1.0, -0.5, 0.2]), np.array([[0.6, 0.3, 0.0], [0.3, 0.9, -0.2], [0.0, -0.2, 0.4]]))
MIXTURE = GaussianMixtureData(
    [0.2, 0.5, 0.3], [[-2.0, 0.5], [1.5, -1.0], [0.0, 2.0]], [[0.15, 0.3], [0.4, 0.2], [0.1, 0.1]]
)


def gaussian_conditioning(data: GaussianData, schedule: Schedule, x_t: np.ndarray, t: int):
    """E[x_0 | x_t] and grad log q(x_t) from the joint covariance of (x_0, x_t), by linear solves."""
    abar = schedule.alphas_cumprod[t - 1]
    marginal = abar * data.covariance_matrix + (1 - abar) * np.eye(data.dimension)
    residual = x_t - np.sqrt(abar) * data.mean
    precision_residual = np.linalg.solve(marginal, residual.T).T
    return data.mean + np.sqrt(abar) * precision_residual @ data.covariance_matrix, -precision_residual


@pytest.mark.parametrize("t", [1, 10, 250, 999])
def test_gaussian_denoiser_is_gaussian_conditioning(t):
    schedule = Schedule.linear()
    x_t = np.random.default_rng(t).standard_normal((5, 3)) * 2
    x0_mean, score = gaussian_conditioning(FULL, schedule, x_t, t)
    assert np.allclose(FULL.model(schedule, sim.SAMPLE)(x_t, t), x0_mean, rtol=1e-10, atol=1e-12)
    assert np.allclose(FULL.model(schedule, sim.SCORE_PREDICTION)(x_t, t), score, rtol=1e-10, atol=1e-12)
    noise_scale = np.sqrt(schedule.one_minus_alphas_cumprod[t - 1])
    assert np.allclose(FULL.model(schedule, sim.EPSILON)(x_t, t), -noise_scale * score, rtol=1e-10, atol=1e-12)
    velocity = sim.convert(schedule, x_t, x0_mean, t, source=sim.SAMPLE, target=sim.VELOCITY)
    assert np.allclose(FULL.model(schedule, sim.VELOCITY)(x_t, t), velocity, rtol=1e-8, atol=1e-10)


def mixture_log_density(data: GaussianMixtureData, schedule: Schedule, x_t: np.ndarray, t: int) -> np.ndarray:
    """log q(x_t) = log sum_k w_k prod_j N(x_tj; sqrt(abar) m_kj, abar v_kj + 1 - abar), with scipy."""
    abar = schedule.alphas_cumprod[t - 1]
    scale = np.sqrt(abar * data.variances + 1 - abar)
    per_component = stats.norm.logpdf(x_t[:, None, :], np.sqrt(abar) * data.means, scale).sum(-1)
    return special.logsumexp(per_component + np.log(data.weights), axis=1)


@pytest.mark.parametrize("t", [2, 100, 600])
def test_mixture_score_is_the_gradient_of_the_log_marginal(t):
    """Central differences with h = 1e-5: truncation O(h^2) and rounding 1e-16 / h, both below 1e-7."""
    schedule, h = Schedule.cosine(1000), 1e-5
    x_t = np.random.default_rng(t).uniform(-3, 3, (6, 2))
    score = MIXTURE.score(schedule, x_t, t)
    for j in range(2):
        step = np.zeros(2)
        step[j] = h
        difference = (
            mixture_log_density(MIXTURE, schedule, x_t + step, t)
            - mixture_log_density(MIXTURE, schedule, x_t - step, t)
        ) / (2 * h)
        assert np.allclose(score[:, j], difference, rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("data", [FULL, MIXTURE], ids=["gaussian", "mixture"])
@pytest.mark.parametrize("t", [1, 50, 900])
def test_tweedie_holds_for_the_exact_denoisers(data, t):
    """sqrt(abar_t) E[x_0 | x_t] = x_t + (1 - abar_t) grad log q(x_t), the two sides computed separately."""
    schedule = Schedule.cosine(1000)
    x_t = np.random.default_rng(t).standard_normal((7, data.dimension)) * 2
    x0_mean = data.model(schedule, sim.SAMPLE)(x_t, t)
    score = data.model(schedule, sim.SCORE_PREDICTION)(x_t, t)
    abar = schedule.alphas_cumprod[t - 1]
    assert np.allclose(
        np.sqrt(abar) * x0_mean, x_t + schedule.one_minus_alphas_cumprod[t - 1] * score, rtol=1e-10, atol=1e-12
    )


def as_data(law: independent.Law) -> GaussianData:
    return GaussianData(law.mean, law.covariance)


def independent_output_law(data, schedule: Schedule, variance: str = "fixed_small") -> independent.Law:
    """DDPM's sampler with the exact eps-prediction of ``data``, from the schedule's betas alone."""
    pairs = independent.every_step(independent.abar_from_betas(schedule.betas))
    return independent.ddpm_law(pairs, data.mean, data.covariance_matrix, variance)


@pytest.mark.parametrize("variance", ["fixed_small", "fixed_large"])
@pytest.mark.parametrize(
    "schedule", [Schedule.linear(), Schedule.cosine(100), Schedule.linear(10)], ids=lambda s: s.name
)
def test_output_law_is_the_brute_force_linear_gaussian_law(schedule, variance):
    """sampler_output_law (eigen-coordinates, lambdified coefficients) against DDPM's formulas in full matrices.

    Both are float64 recursions of T affine steps; each rounds at a few ulps and the map contracts,
    so they agree to T x 64 eps (1.4e-11 at T = 1000); 1e-10 of the covariance's size is allowed.
    """
    variances = sim.beta_variances(schedule) if variance == "fixed_large" else None
    law = FULL.sampler_output_law(schedule, variances)
    reference = independent_output_law(FULL, schedule, variance)
    scale = np.abs(reference.covariance).max()
    assert np.allclose(law.mean, reference.mean, rtol=0, atol=1e-10 * (1 + np.abs(reference.mean).max()))
    assert np.allclose(law.covariance_matrix, reference.covariance, rtol=0, atol=1e-10 * scale)


def test_the_linear_schedule_is_ddpms():
    """The independent laws take DDPM's betas from the paper; the schedule's own table matches them."""
    assert np.allclose(Schedule.linear().betas, independent.ddpm_linear_betas(), rtol=1e-15, atol=0)


def test_output_law_for_standard_normal_data_with_beta_variances():
    """For x_0 ~ N(0, I) the exact reverse kernel is N(sqrt(alpha_t) x_t, beta_t): the sampler with sigma_t^2
    = beta_t is exact for t >= 2, and the noiseless last step leaves variance alpha_1."""
    schedule = Schedule.linear()
    law = GaussianData(np.zeros(4), np.ones(4)).sampler_output_law(schedule, sim.beta_variances(schedule))
    assert np.allclose(law.mean, 0.0, atol=0) and np.allclose(law.covariance, schedule.alphas[0], rtol=1e-12)


def test_output_law_is_rotation_covariant():
    """The law of rotated data is the rotated law: the eigenbasis bookkeeping is consistent."""
    schedule = Schedule.cosine(200)
    rotation, _ = np.linalg.qr(np.random.default_rng(0).standard_normal((3, 3)))
    diagonal = GaussianData(np.array([0.5, -1.0, 2.0]), np.array([0.2, 1.0, 3.0]))
    rotated = GaussianData(rotation @ diagonal.mean, rotation @ np.diag(diagonal.covariance) @ rotation.T)
    law, rotated_law = diagonal.sampler_output_law(schedule), rotated.sampler_output_law(schedule)
    assert np.allclose(rotated_law.mean, rotation @ law.mean, atol=1e-12)
    assert np.allclose(rotated_law.covariance, rotation @ law.covariance_matrix @ rotation.T, atol=1e-12)


def test_discretization_error_is_first_order_in_steps():
    """The output covariance approaches the data covariance like 1/T (ancestral sampling is a first-order scheme)."""
    errors = [
        np.abs(FULL.sampler_output_law(Schedule.cosine(steps)).covariance - FULL.covariance).max()
        for steps in (10, 100, 1000)
    ]
    assert errors[0] > 5 * errors[1] > 25 * errors[2]


def test_sampler_matches_its_exact_output_law():
    """Samples of the exact eps- and v-denoiser samplers against the independent law, at false alarm 1e-6."""
    schedule = Schedule.cosine(100)
    law = as_data(independent_output_law(FULL, schedule))
    for prediction in (sim.EPSILON, sim.VELOCITY):
        result = sampler_law_check(
            np.random.default_rng(11), schedule=schedule, data=FULL, n=20_000, prediction=prediction, law=law
        )
        assert result.passed, [c.describe() for c in result.comparisons if not c.passed]


def test_sampler_law_check_rejects_the_wrong_variance_choice():
    """Sampling with sigma_t^2 = posterior variance but comparing with the law for sigma_t^2 = beta_t (T = 10)."""
    schedule = Schedule.cosine(10)
    wrong = as_data(independent_output_law(FULL, schedule, "fixed_large"))
    assert not sampler_law_check(np.random.default_rng(11), schedule=schedule, data=FULL, n=20_000, law=wrong).passed


def test_mixture_sampler_reaches_the_data_and_short_chains_do_not():
    data = GaussianMixtureData([0.3, 0.7], [[-2.0], [1.5]], [[0.15], [0.4]])
    good = mixture_sampler_check(np.random.default_rng(5), schedules=[Schedule.cosine(200)], data=data, n=10_000)
    assert good.passed, [c.describe() for c in good.comparisons]
    coarse = mixture_sampler_check(np.random.default_rng(5), schedules=[Schedule.cosine(5)], data=data, n=10_000)
    assert not coarse.passed


@pytest.mark.slow
def test_default_sampling_checks_pass():
    assert sampler_law_check(np.random.default_rng(2)).passed
    assert mixture_sampler_check(np.random.default_rng(3)).passed


@pytest.mark.parametrize("prediction", sim.PREDICTIONS, ids=lambda p: p.name)
def test_sampler_with_exact_denoiser_is_finite_on_extreme_schedules(prediction):
    for schedule in (Schedule.from_betas(np.full(1000, 1 - 1e-12)), Schedule.from_betas(np.full(700, 0.63))):
        for data in (FULL, MIXTURE):
            x = sim.sample(
                schedule,
                data.model(schedule, prediction),
                (16, data.dimension),
                np.random.default_rng(0),
                prediction=prediction,
            )
            assert np.all(np.isfinite(x)), (schedule.name, prediction.name)


def test_exact_model_follows_the_input_dtype():
    schedule = Schedule.linear(10)
    x = np.ones((2, 3), dtype=np.float32)
    assert FULL.model(schedule)(x, 5).dtype == np.float32


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: GaussianData(np.zeros(2), np.ones(3)), "expected mean"),
        (lambda: GaussianData(np.zeros(2), np.array([[1.0, 0.5], [0.0, 1.0]])), "symmetric"),
        (lambda: GaussianData(np.zeros(2), np.array([1.0, -1.0])), "positive semi-definite"),
        (lambda: GaussianMixtureData([0.5, 0.6], [[0.0], [1.0]], [[1.0], [1.0]]), "sum to 1"),
        (lambda: GaussianMixtureData([1.0], [0.0], [1.0]), "means \\(K, d\\)"),
        (lambda: GaussianMixtureData([1.0], [[0.0]], [[0.0]]), "variances must be positive"),
    ],
    ids=["shape", "asymmetric", "negative", "weights", "means-1d", "zero-variance"],
)
def test_invalid_data_is_refused(make, message):
    with pytest.raises(ValueError, match=message):
        make()


def test_noised_data_follows_the_marginal():
    """x_0 ~ data, x_t = add_noise(x_0, eps, t) is N(sqrt(abar_t) m, abar_t Sigma + (1 - abar_t) I) (false alarm 1e-6)."""
    from numeric.forward_process import law_comparisons

    schedule, rng, t = Schedule.cosine(100), np.random.default_rng(8), 40
    abar = independent.abar_from_betas(schedule.betas)[t - 1]
    reference = independent.forward_marginal(abar, FULL.mean, FULL.covariance_matrix)
    marginal = FULL.marginal(schedule, t)
    assert np.allclose(marginal.mean, reference.mean, atol=1e-14) and np.allclose(
        marginal.covariance_matrix, reference.covariance, atol=1e-14
    )
    x0 = FULL.sample(rng, 20_000)
    standardized = reference.standardize(sim.add_noise(schedule, x0, rng.standard_normal(x0.shape), t))
    comparisons = [c for j in range(3) for c in law_comparisons(f"coordinate {j}", standardized[:, j], 0, 1, 1e-6 / 3)]
    assert all(c.passed for c in comparisons), [c.describe() for c in comparisons if not c.passed]


def test_mixture_samples_follow_the_mixture_cdf():
    from numeric.montecarlo import compare_distribution

    x = MIXTURE.sample(np.random.default_rng(4), 20_000)
    assert all(compare_distribution(f"coordinate {j}", x[:, j], MIXTURE.cdf(j), 1e-6 / 2).passed for j in range(2))
