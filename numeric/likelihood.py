"""The variational bound in bits per dimension, term by term (improved-diffusion's ``calc_bpd_loop``).

-log p(x_0) <= L_prior + sum_{t >= 2} L_{t-1} + L_0, each in bits per dimension:
L_prior = KL(q(x_T | x_0) || N(0, I)), L_{t-1} = KL(q(x_{t-1} | x_t, x_0) || p_theta(x_{t-1} | x_t))
at x_t ~ q(x_t | x_0), and L_0 = -log p_theta(x_0 | x_1) under a Gaussian discretized to the
256 levels of 8-bit data in [-1, 1].  The KL is :data:`derivations.diffusion.NORMAL_KL`
(the catalogue's gaussian-kl in log-variances), lambdified.  As in DDPM and improved-diffusion,
the posterior log variance at t = 1 (where it is -inf) is replaced by its value at t = 2
("clipped"), for the decoder's variance and the learned range's lower end.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np
import sympy as sp
from scipy import special

from derivations.diffusion import (
    FORWARD_VARIANCE,
    LEARNED_RANGE_LOG_VARIANCE,
    NORMAL_KL,
    POSTERIOR_VARIANCE,
    log_var_1,
    log_var_2,
    mean_1,
    mean_2,
    nu,
)
from derivations.symbols import alpha_t
from numeric.respacing import Respaced
from numeric.samplers import DDPM, FixedVariance, Learned, LearnedRange
from numeric.simulator import _POSTERIOR, FORWARD_FORM, Model

LOG2 = np.log(2.0)
#: Half the width of one of the 256 levels of 8-bit data scaled to [-1, 1].
HALF_BIN = 1.0 / 255.0

_normal_kl = sp.lambdify((mean_1, log_var_1, mean_2, log_var_2), NORMAL_KL, "numpy")


def normal_kl(mean1, log_variance1, mean2, log_variance2) -> np.ndarray:
    """KL(N(mean1, e^{l1}) || N(mean2, e^{l2})) in nats, elementwise (arrays broadcast)."""
    return np.asarray(_normal_kl(mean1, log_variance1, mean2, log_variance2), dtype=np.float64)


# --- the decoder: a Gaussian discretized to 256 levels ---------------------------------------------
@dataclass(frozen=True)
class ExactNormal:
    """log Phi by ``scipy.special.log_ndtr``: accurate in both tails, no floor."""

    def log_bin(self, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
        """log(Phi(upper) - Phi(lower)), computed on the side of 0 where the two are small."""
        left = upper <= 0  # both in the lower tail: log Phi(u) + log(1 - Phi(l) / Phi(u))
        a, b = np.where(left, lower, -upper), np.where(left, upper, -lower)
        log_b = special.log_ndtr(b)
        with np.errstate(divide="ignore"):
            return log_b + np.log1p(-np.exp(special.log_ndtr(a) - log_b))

    def log_cdf(self, x: np.ndarray) -> np.ndarray:
        return special.log_ndtr(x)


@dataclass(frozen=True)
class TanhNormal:
    """improved-diffusion's ``approx_standard_normal_cdf``, 0.5 (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))),
    with its floor of 1e-12 under every probability.  For parity with its tables only."""

    floor: float = 1e-12

    @staticmethod
    def _argument(x: np.ndarray) -> np.ndarray:
        return np.sqrt(2.0 / np.pi) * (x + 0.044715 * x**3)

    def log_bin(self, lower: np.ndarray, upper: np.ndarray) -> np.ndarray:
        """log(0.5 (tanh(u) - tanh(l))) with tanh(u) - tanh(l) = sinh(u - l) / (cosh u cosh l): no cancellation."""
        a, b = self._argument(lower), self._argument(upper)
        width = np.sqrt(2.0 / np.pi) * (upper - lower) * (1 + 0.044715 * (upper**2 + upper * lower + lower**2))
        with np.errstate(over="ignore"):
            probability = 0.5 * np.sinh(width) / (np.cosh(a) * np.cosh(b))
        return np.log(np.maximum(probability, self.floor))

    def log_cdf(self, x: np.ndarray) -> np.ndarray:
        """log(0.5 (1 + tanh(u))) = -log(1 + exp(-2u))."""
        return np.maximum(-np.logaddexp(0.0, -2 * self._argument(x)), np.log(self.floor))


EXACT = ExactNormal()
IMPROVED_DIFFUSION_CDF = TanhNormal()


def discretized_gaussian_log_likelihood(x, means, log_scales, *, cdf=EXACT) -> np.ndarray:
    """log P(the 8-bit level of x) under N(means, e^{2 log_scales}), elementwise, in nats.

    The level of x in [-1, 1] is [x - 1/255, x + 1/255]; the lowest level (x < -0.999) extends
    to -inf and the highest (x > 0.999) to +inf, as in DDPM and improved-diffusion.
    """
    x, means, log_scales = np.broadcast_arrays(*(np.asarray(a, dtype=np.float64) for a in (x, means, log_scales)))
    inverse = np.exp(-log_scales)
    upper, lower = inverse * (x - means + HALF_BIN), inverse * (x - means - HALF_BIN)
    return np.where(x < -0.999, cdf.log_cdf(upper), np.where(x > 0.999, cdf.log_cdf(-lower), cdf.log_bin(lower, upper)))


# --- the bound ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Bound:
    """The terms of the bound for each sample, in bits per dimension.

    ``terms[:, k - 1]`` is the term of position k of the path (k = 1: the decoder's -log p(x_0 | x_1)).
    """

    terms: np.ndarray
    prior: np.ndarray

    @property
    def total(self) -> np.ndarray:
        """The whole bound on -log p(x_0) per sample, in bits per dimension."""
        return self.terms.sum(axis=1) + self.prior


def _clipped(log_values: np.ndarray, path: Respaced) -> np.ndarray:
    """log sigma_q^2 with position 1 (t = 1, where it is -inf) given position 2's value, as DDPM does."""
    clipped = np.array(log_values)
    if path.steps[0] == 1 and path.size > 1:
        clipped[0] = log_values[1]
    return clipped


@cache
def _learned_range() -> sp.Expr:
    """LEARNED_RANGE_LOG_VARIANCE with its two logs as symbols, to take the clipped lower end."""
    return sp.lambdify(
        (nu, _LOW, _HIGH),
        LEARNED_RANGE_LOG_VARIANCE.xreplace({sp.log(POSTERIOR_VARIANCE): _LOW, sp.log(1 - alpha_t): _HIGH}),
    )


_LOW, _HIGH = sp.symbols("log_sigma_q2 log_beta", real=True)


def _log_variance_of(sampler: DDPM, path: Respaced) -> Callable[[int, object], np.ndarray]:
    """(k, variance_output) -> log sigma_k^2 of p_theta(x_{t-1} | x_t) as the bound uses it (clipped at t = 1).

    The tables of the path are computed once, here, not at every position.
    """
    low = _clipped(path.evaluate(sp.log(POSTERIOR_VARIANCE)), path)
    variance = sampler.variance
    if isinstance(variance, FixedVariance):
        values = np.array(path.evaluate(sp.log(variance.variance)))
        values[0] = low[0] if path.steps[0] == 1 else values[0]
        return lambda k, output: values[k - 1]
    if isinstance(variance, LearnedRange):
        high = path.evaluate(sp.log(1 - alpha_t))
        return lambda k, output: _learned_range()(np.asarray(output), low[k - 1], high[k - 1])
    if isinstance(variance, Learned):
        return lambda k, output: np.asarray(output)
    raise TypeError(f"variance: no log variance for {variance!r}")


def model_log_variances(sampler: DDPM, path: Respaced, k: int, variance_output=None):
    """log sigma_k^2 of p_theta(x_{t-1} | x_t) as the bound uses it (clipped at t = 1)."""
    return _log_variance_of(sampler, path)(k, variance_output)


def _flat_mean(values: np.ndarray) -> np.ndarray:
    """The mean over every axis but the first (the batch): per dimension."""
    return values.reshape(values.shape[0], -1).mean(axis=1)


def prior_bpd(path: Respaced, x0: np.ndarray) -> np.ndarray:
    """KL(q(x_T | x_0) || N(0, I)) in bits per dimension, per sample."""
    signal, _ = (c[-1] for c in FORWARD_FORM.arrays(path))
    log_variance = float(path.evaluate(sp.log(FORWARD_VARIANCE))[-1])
    return _flat_mean(normal_kl(signal * np.asarray(x0), log_variance, 0.0, 0.0)) / LOG2


def variational_bound(
    sampler: DDPM, path: Respaced, model: Model, x0: np.ndarray, rng: np.random.Generator, *, cdf=EXACT
) -> Bound:
    """Every term of the bound at x_t = add_noise(x_0, z_t, t), one fresh z_t per position (``calc_bpd_loop``).

    ``model(x_t, t)`` returns the prediction (and the variance output, for learned variances).
    """
    x0 = np.asarray(x0, dtype=np.float64)
    if x0.ndim < 2:
        raise ValueError(f"x0: expected a batch of shape (N, ...), got shape {x0.shape}")
    true_log_variance = _clipped(path.evaluate(sp.log(POSTERIOR_VARIANCE)), path)
    log_variance_of = _log_variance_of(sampler, path)
    terms = np.empty((x0.shape[0], path.size))
    for k in range(path.size, 0, -1):
        t = int(path.steps[k - 1])
        x_t = FORWARD_FORM(path, k, x0, rng.standard_normal(x0.shape))
        output = model(x_t, t)
        extra = output[1] if sampler.variance.learned else None
        step = sampler.mean(path, k, x_t, output[0] if sampler.variance.learned else output)
        log_variance = log_variance_of(k, extra)
        if k == 1:
            nll = -discretized_gaussian_log_likelihood(x0, step.prev_sample, 0.5 * log_variance, cdf=cdf)
            terms[:, 0] = _flat_mean(nll) / LOG2
        else:
            true_mean = _POSTERIOR(path, k, x_t, x0)
            kl = normal_kl(true_mean, true_log_variance[k - 1], step.prev_sample, log_variance)
            terms[:, k - 1] = _flat_mean(kl) / LOG2
    return Bound(terms, prior_bpd(path, x0))
