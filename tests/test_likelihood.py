"""The bound in bits/dim: normal_kl and the decoder at 1e-12, calc_bpd_loop's terms at 1e-11 (40-digit references).

References transcribe improved-diffusion's losses.py and gaussian_diffusion.py (MIT licence):
normal_kl = 0.5 (-1 + l2 - l1 + exp(l1 - l2) + (m1 - m2)^2 exp(-l2)); approx_standard_normal_cdf(x)
= 0.5 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))); discretized_gaussian_log_likelihood with bins
x +- 1/255, edges at -0.999 and 0.999, probabilities floored at 1e-12; _vb_terms_bpd and _prior_bpd.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest

from numeric.denoisers import GaussianData
from numeric.likelihood import (
    EXACT,
    IMPROVED_DIFFUSION_CDF,
    discretized_gaussian_log_likelihood,
    normal_kl,
    prior_bpd,
    variational_bound,
)
from numeric.respacing import Respaced
from numeric.samplers import DDPM, FIXED_LARGE, FIXED_SMALL
from numeric.schedules import Schedule

mp = mpmath.mp


def relative(value, reference) -> float:
    return float(abs(mpmath.mpf(float(value)) - reference) / max(abs(reference), mpmath.mpf(10) ** -300))


def test_normal_kl_is_improved_diffusions_at_40_digits():
    rng = np.random.default_rng(0)
    for m1, l1, m2, l2 in rng.uniform(-3, 3, (200, 4)):
        with mpmath.workdps(40):
            m1_, l1_, m2_, l2_ = (mpmath.mpf(v) for v in (m1, l1, m2, l2))
            ref = (-1 + l2_ - l1_ + mpmath.exp(l1_ - l2_) + (m1_ - m2_) ** 2 * mpmath.exp(-l2_)) / 2
            assert relative(normal_kl(m1, l1, m2, l2), ref) <= 1e-12 or abs(ref) < 1e-13


def _tanh_cdf(x):
    return (1 + mpmath.tanh(mpmath.sqrt(2 / mpmath.pi) * (x + mpmath.mpf("0.044715") * x**3))) / 2


def _reference_log_likelihood(x, mean, log_scale, cdf, floor):
    with mpmath.workdps(40):
        x_, m_, s_ = (mpmath.mpf(float(v)) for v in (x, mean, log_scale))
        inverse = mpmath.exp(-s_)
        upper, lower = inverse * (x_ - m_ + mpmath.mpf(1) / 255), inverse * (x_ - m_ - mpmath.mpf(1) / 255)
        if x_ < mpmath.mpf("-0.999"):
            return mpmath.log(max(cdf(upper), floor))
        if x_ > mpmath.mpf("0.999"):
            return mpmath.log(max(cdf(-lower), floor))  # 1 - F(l) = F(-l): both CDFs are symmetric
        if lower > 0:  # the same bin mass from the other tail, where 40 digits do not cancel
            upper, lower = -lower, -upper
        return mpmath.log(max(cdf(upper) - cdf(lower), floor))


@pytest.mark.parametrize(
    "cdf, reference, floor",
    [(IMPROVED_DIFFUSION_CDF, _tanh_cdf, mpmath.mpf("1e-12")), (EXACT, mpmath.ncdf, mpmath.mpf(0))],
    ids=["improved-diffusion", "exact"],
)
def test_discretized_log_likelihood_at_40_digits(cdf, reference, floor):
    rng = np.random.default_rng(1)
    levels = np.arange(256) / 127.5 - 1
    x = rng.choice(levels, 300)
    means = x + rng.normal(0, 0.05, 300)
    log_scales = rng.uniform(-6, 0, 300)
    got = discretized_gaussian_log_likelihood(x, means, log_scales, cdf=cdf)
    for value, args in zip(got, zip(x, means, log_scales)):
        ref = _reference_log_likelihood(*args, reference, floor)
        assert relative(value, ref) <= 1e-12, args


def test_exact_decoder_keeps_digits_where_the_approximation_floors():
    far = discretized_gaussian_log_likelihood(np.array([0.0]), np.array([0.5]), np.array([-5.0]))
    assert -1e6 < far[0] < np.log(1e-12)  # a genuine log probability far below the 1e-12 floor


def test_bound_terms_are_calc_bpd_loops_at_40_digits():
    """_vb_terms_bpd: KL(q(x_{t-1}|x_t,x_0) || p) with the clipped posterior log variance, over dims / log 2;
    at t = 0 (tutorial t = 1) the decoder NLL; _prior_bpd the KL of q(x_T|x_0) from N(0, 1)."""
    schedule = Schedule.linear(8)
    path = Respaced.every_step(schedule)
    data = GaussianData(np.array([0.1, -0.2, 0.3]), np.array([0.05, 0.1, 0.02]))
    x0 = np.round((np.clip(data.sample(np.random.default_rng(2), 2), -1, 1) + 1) * 127.5) / 127.5 - 1
    for variance in (FIXED_SMALL, FIXED_LARGE):
        bound = variational_bound(
            DDPM(variance=variance),
            path,
            data.model(schedule),
            x0,
            np.random.default_rng(5),
            cdf=IMPROVED_DIFFUSION_CDF,
        )
        noises = np.random.default_rng(5)
        with mpmath.workdps(40):
            betas = [mpmath.mpf(b) for b in schedule.betas]
            abar, product = [], mpmath.mpf(1)
            for beta in betas:
                product *= 1 - beta
                abar.append(product)
            prev = [mpmath.mpf(1)] + abar[:-1]
            post = [betas[i] * (1 - prev[i]) / (1 - abar[i]) for i in range(8)]
            clipped = [mpmath.log(post[1])] + [mpmath.log(p) for p in post[1:]]
            model_log = (
                clipped if variance is FIXED_SMALL else [mpmath.log(post[1])] + [mpmath.log(b) for b in betas[1:]]
            )
            for k in range(8, 0, -1):
                i = k - 1
                z = noises.standard_normal(x0.shape)
                for n in range(2):
                    total = mpmath.mpf(0)
                    for d in range(3):
                        x0_ = mpmath.mpf(x0[n, d])
                        xt = mpmath.sqrt(abar[i]) * x0_ + mpmath.sqrt(1 - abar[i]) * mpmath.mpf(z[n, d])
                        eps_hat = mpmath.mpf(
                            float(
                                data.model(schedule)(
                                    np.array(
                                        [
                                            [
                                                float(v)
                                                for v in (
                                                    mpmath.sqrt(abar[i]) * mpmath.mpf(x0[n, j])
                                                    + mpmath.sqrt(1 - abar[i]) * mpmath.mpf(z[n, j])
                                                    for j in range(3)
                                                )
                                            ]
                                        ]
                                    ),
                                    k,
                                )[0, d]
                            )
                        )
                        xhat = (xt - mpmath.sqrt(1 - abar[i]) * eps_hat) / mpmath.sqrt(abar[i])
                        coef1 = betas[i] * mpmath.sqrt(prev[i]) / (1 - abar[i])
                        coef2 = (1 - prev[i]) * mpmath.sqrt(1 - betas[i]) / (1 - abar[i])
                        mean_p = coef1 * xhat + coef2 * xt
                        if k == 1:
                            total -= _reference_log_likelihood(
                                x0_, mean_p, model_log[i] / 2, _tanh_cdf, mpmath.mpf("1e-12")
                            )
                        else:
                            mean_q = coef1 * x0_ + coef2 * xt
                            l1, l2 = clipped[i], model_log[i]
                            total += (-1 + l2 - l1 + mpmath.exp(l1 - l2) + (mean_q - mean_p) ** 2 * mpmath.exp(-l2)) / 2
                    ref = total / 3 / mpmath.log(2)
                    assert relative(bound.terms[n, i], ref) <= 1e-11, (variance.name, k, n)
            for n in range(2):
                kl = sum(
                    (-1 - mpmath.log(1 - abar[-1]) + (1 - abar[-1]) + abar[-1] * mpmath.mpf(x0[n, d]) ** 2) / 2
                    for d in range(3)
                )
                assert relative(bound.prior[n], kl / 3 / mpmath.log(2)) <= 1e-12
    assert np.allclose(bound.total, bound.terms.sum(1) + prior_bpd(path, x0))


def test_bound_on_bad_input_is_named():
    schedule = Schedule.linear(8)
    with pytest.raises(ValueError, match="x0: expected a batch"):
        variational_bound(DDPM(), Respaced.every_step(schedule), lambda x, t: x, np.zeros(3), np.random.default_rng(0))
