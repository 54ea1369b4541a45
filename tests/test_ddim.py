"""ddim-update, DDIM steps and paths: proved, checked, and equal to the libraries' tables at 1e-12 (40-digit references)."""

from __future__ import annotations

import identity_suite as suite
import independent_laws as independent
import mpmath
import numpy as np
import pytest

from derivations.ddim import ddim_identity, ddim_update
from derivations.diffusion import sigma_t
from derivations.symbols import abar_tm1
from numeric.ddim import check_ddim_update
from numeric.denoisers import GaussianData
from numeric.forward_process import law_comparisons
from numeric.respacing import Respaced, diffusers_timesteps, space_timesteps, to_diffusers, to_tutorial
from numeric.samplers import DDIM, DDPM, Clip, DynamicThreshold, run
from numeric.schedules import Schedule, ScheduleError
from numeric.simulator import EPSILON, VELOCITY


def test_ddim_update_is_proved_instantiated_checked_and_rendered():
    suite.assert_verified(ddim_update, check_ddim_update)


def test_direction_without_its_square_root_is_refuted_at_the_gaussian_sum():
    """The slip of issue 15's third broken scheduler, written into the identity."""
    suite.assert_wrong_variant_rejected(ddim_identity(1 - abar_tm1 - sigma_t**2), 0, 4, check_ddim_update)


# --- paths: diffusers' and improved-diffusion's timesteps ------------------------------------------
def test_timestep_spacings_are_diffusers_tables():
    """diffusers 0.42.1 scheduling_ddim.py set_timesteps, T = 1000, 50 steps:
    leading = arange(50) * 20 reversed (+ steps_offset); trailing = round(arange(1000, 0, -20)) - 1;
    linspace = round(linspace(0, 999, 50)) reversed."""
    assert diffusers_timesteps(1000, 50).tolist() == list(range(980, -1, -20))
    assert diffusers_timesteps(1000, 50, "leading", 1).tolist() == list(range(981, 0, -20))
    assert diffusers_timesteps(1000, 50, "trailing").tolist() == list(range(999, 0, -20))
    assert diffusers_timesteps(1000, 50, "linspace").tolist() == np.round(np.linspace(0, 999, 50))[::-1].tolist()
    assert diffusers_timesteps(1000, 3, "trailing").tolist() == [999, 666, 332]


def test_ddim_pairs_by_stride_and_ddpm_by_the_next_timestep():
    schedule = Schedule.linear()
    ddim = Respaced.ddim(schedule, 3, "trailing")
    assert ddim.previous[::-1].tolist() == [667, 334, 0]  # diffusers: prev = t - 1000 // 3, 0-based 666, 333, -1
    assert Respaced.ddpm(schedule, 3, "trailing").previous[::-1].tolist() == [667, 333, 0]
    offset = Respaced.ddim(schedule, 50, "leading", 1, set_alpha_to_one=False)
    assert offset.final_alpha_cumprod == schedule.alphas_cumprod[0] and offset.previous[0] == 0


def test_improved_diffusion_space_timesteps():
    """improved-diffusion respace.py: 'ddim50' -> range(0, 1000, 20); [10, 15, 20] of 300 strides three sections."""
    assert space_timesteps(1000, "ddim50") == list(range(0, 1000, 20))
    kept = space_timesteps(300, [10, 15, 20])
    assert len(kept) == 45 and kept[:2] == [0, 11] and kept[-1] == 299
    path = Respaced.improved_diffusion(Schedule.linear(300), "10,15,20")
    assert path.size == 45 and path.steps[0] == 1 and path.previous[0] == 0


def test_index_mapping_between_diffusers_and_the_tutorial():
    assert to_tutorial([999, 0, -1]).tolist() == [1000, 1, 0] and to_diffusers([1000, 1]).tolist() == [999, 0]
    path = Respaced.ddim(Schedule.linear(), 50)
    assert path.timesteps.tolist() == diffusers_timesteps(1000, 50).tolist()


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda: diffusers_timesteps(1000, 0), "num_inference_steps"),
        (lambda: diffusers_timesteps(1000, 10, "cosine"), "timestep_spacing"),
        (lambda: space_timesteps(10, [20]), "cannot divide"),
        (lambda: Respaced.from_timesteps(Schedule.linear(10), [3, 5]), "strictly decreasing"),
        (lambda: Respaced(Schedule.linear(10), [2, 3], [2, 1]), "0 <= s < t"),
        (lambda: Respaced.ddim(Schedule.linear(10), 5).check_step(6), "positions 1..5"),
    ],
    ids=["zero-steps", "spacing", "section", "increasing", "previous", "position"],
)
def test_bad_paths_are_named(make, message):
    with pytest.raises(ScheduleError, match=message):
        make()


# --- DDIM's coefficients against the DDIM paper in 40 digits ------------------------------------------
@pytest.mark.parametrize("eta", [0.0, 0.3, 1.0])
@pytest.mark.parametrize("spacing", ["leading", "trailing"])
def test_ddim_coefficients_match_the_paper_at_40_digits(eta, spacing):
    """DDIM eq. 12 with sigma of eq. 16, as diffusers' scheduling_ddim.py step writes it:
    x_prev = sqrt(a_prev) (x_t - sqrt(1 - a_t) e) / sqrt(a_t) + sqrt(1 - a_prev - s^2) e + s z,
    s = eta sqrt((1 - a_prev) / (1 - a_t)) sqrt(1 - a_t / a_prev)."""
    path = Respaced.ddim(Schedule.linear(), 50, spacing)
    a, b, scales = DDIM(eta).affine(path)
    with mpmath.workdps(40):
        for k in range(1, path.size + 1):
            at = mpmath.exp(mpmath.mpf(path.log_alphas_cumprod[k - 1]))
            ap = mpmath.exp(mpmath.mpf(path.log_alphas_cumprod_prev[k - 1]))
            s = mpmath.mpf(eta) * mpmath.sqrt((1 - ap) / (1 - at)) * mpmath.sqrt(1 - at / ap)
            ref_a = mpmath.sqrt(ap) / mpmath.sqrt(at)
            ref_b = mpmath.sqrt(1 - ap - s**2) - mpmath.sqrt(ap) * mpmath.sqrt(1 - at) / mpmath.sqrt(at)
            scale = abs(ref_a) + mpmath.sqrt(ap) * mpmath.sqrt(1 - at) / mpmath.sqrt(at) + 1
            assert abs(a[k - 1] - ref_a) <= 1e-12 * scale
            assert abs(b[k - 1] - ref_b) <= 1e-12 * scale
            assert abs(scales[k - 1] - s) <= 1e-12 * (s + 1e-300)


def test_eta_one_is_the_ddpm_step_on_the_same_path():
    path = Respaced.ddim(Schedule.cosine(), 25)
    ddim, ddpm = DDIM(1.0).affine(path), DDPM().affine(path)
    for mine, theirs in zip(ddim, ddpm):
        assert np.allclose(mine, theirs, rtol=1e-12, atol=1e-14)


# --- zero terminal SNR -----------------------------------------------------------------------------
def test_zero_terminal_snr_is_diffusers_rescale_at_40_digits():
    """diffusers rescale_zero_terminal_snr (Lin et al. 2024, algorithm 1) on float64 betas, in 40 digits:
    s = sqrt(cumprod(1 - betas)); s <- (s - s_T) s_0 / (s_0 - s_T); abar = s^2."""
    schedule = Schedule.scaled_linear(1000, 0.00085, 0.012)
    rescaled = schedule.rescaled_zero_terminal_snr()
    with mpmath.workdps(40):
        roots, product = [], mpmath.mpf(1)
        for beta in schedule.betas:
            product *= 1 - mpmath.mpf(beta)
            roots.append(mpmath.sqrt(product))
        first, last = roots[0], roots[-1]
        reference = [((r - last) * first / (first - last)) ** 2 for r in roots]
    assert rescaled.alphas_cumprod[-1] == 0 and rescaled.betas[-1] == 1 and rescaled.snr[-1] == 0
    errors = [abs(v - r) / r for v, r in zip(rescaled.alphas_cumprod[:-1], reference[:-1])]
    assert max(errors) <= 1e-12


def test_zero_terminal_snr_samples_with_v_and_refuses_epsilon():
    schedule = Schedule.linear().rescaled_zero_terminal_snr()
    path = Respaced.ddim(schedule, 10, "trailing")
    x = np.ones((3, 2))
    assert np.all(np.isfinite(DDIM(0.0, VELOCITY).step(path, path.size, x, x).prev_sample))
    with pytest.raises(ValueError, match="zero terminal SNR"):
        DDIM(0.0, EPSILON).step(path, path.size, x, x)


# --- the exact law of a run, and clipping ---------------------------------------------------------------
DATA = GaussianData(np.array([0.4, -0.3]), np.array([[0.05, 0.02], [0.02, 0.08]]))
#: diffusers' 20 'leading' DDIM timesteps of DDPM's linear schedule, as (abar_t, abar_prev), from the table alone.
PAIRS = independent.leading_pairs(independent.abar_from_betas(independent.ddpm_linear_betas()), 20)
SAMPLERS = {"eta-0": DDIM(0.0), "eta-0.5": DDIM(0.5), "eta-1": DDIM(1.0), "ddpm": DDPM()}


def independent_run_law(sampler) -> independent.Law:
    """DDIM's eqs. 12/16 or DDPM's eqs. 7/15 with the exact eps-prediction, in full matrices (tests/independent_laws.py)."""
    if isinstance(sampler, DDIM):
        return independent.ddim_law(PAIRS, sampler.eta, DATA.mean, DATA.covariance_matrix)
    return independent.ddpm_law(PAIRS, DATA.mean, DATA.covariance_matrix)


@pytest.mark.parametrize("sampler", SAMPLERS.values(), ids=SAMPLERS.keys())
def test_run_law_is_the_brute_force_linear_gaussian_law(sampler):
    """run_law (eigen-coordinates, lambdified coefficients) against the papers' formulas in matrices, 20 steps."""
    law, reference = DATA.run_law(sampler, Respaced.ddim(Schedule.linear(), 20)), independent_run_law(sampler)
    assert np.allclose(law.mean, reference.mean, rtol=0, atol=1e-13)
    assert np.allclose(law.covariance_matrix, reference.covariance, rtol=0, atol=1e-13)


@pytest.mark.parametrize("sampler", SAMPLERS.values(), ids=SAMPLERS.keys())
def test_a_run_follows_its_exact_law(sampler):
    """20000 runs whitened by the independent law: mean, variance, KS per coordinate at family-wise 1e-6."""
    schedule = Schedule.linear()
    path = Respaced.ddim(schedule, 20)
    standardized = independent_run_law(sampler).standardize(
        run(sampler, path, DATA.model(schedule), (20_000, 2), np.random.default_rng(suite.SEED))
    )
    comparisons = [c for j in range(2) for c in law_comparisons(f"{j}", standardized[:, j], 0.0, 1.0, 5e-7)]
    assert all(c.passed for c in comparisons), [c.describe() for c in comparisons if not c.passed]


def test_the_law_of_another_eta_is_rejected():
    schedule = Schedule.linear()
    path = Respaced.ddim(schedule, 20)
    law = independent_run_law(DDIM(0.0))
    x = run(DDIM(1.0), path, DATA.model(schedule), (20_000, 2), np.random.default_rng(suite.SEED))
    assert not all(
        c.passed for j in range(2) for c in law_comparisons(f"{j}", law.standardize(x)[:, j], 0.0, 1.0, 5e-7)
    )


def test_clipped_runs_have_monte_carlo_moments_and_no_exact_law():
    schedule = Schedule.linear()
    path = Respaced.ddim(schedule, 20)
    with pytest.raises(ValueError, match="not Gaussian"):
        DATA.run_law(DDIM(0.5, clip=Clip(0.5)), path)
    wide = DATA.run_moments(DDIM(0.5, clip=Clip(100.0)), path, np.random.default_rng(1), 20_000)
    exact = independent_run_law(DDIM(0.5))
    assert np.all(np.abs(wide.mean - exact.mean) <= 5.3 * wide.mean_stderr)  # z at false alarm 1e-7 per entry
    tight = DATA.run_moments(DDIM(0.5, clip=Clip(0.2)), path, np.random.default_rng(1), 20_000)
    assert np.all(np.abs(tight.mean) <= 0.2 + 1e-12)


def test_dynamic_thresholding_is_imagens_rule():
    x0 = np.array([[0.5, -3.0, 2.0, 0.1], [0.2, 0.3, -0.4, 0.9]])
    out = DynamicThreshold(ratio=1.0, max_value=2.5)(x0)
    assert np.allclose(out[0], np.clip(x0[0], -2.5, 2.5) / 2.5) and np.allclose(out[1], x0[1])
