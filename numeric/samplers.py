"""DDPM and DDIM reverse steps, as diffusers and improved-diffusion take them, on any :class:`Respaced` path.

A step is composed of small closed forms of :mod:`derivations.diffusion`, each lambdified:
the model output becomes a prediction of x_0 (``Prediction.to_x0``), which may be clipped or
thresholded; DDPM's mean is the posterior mean mu_q(x_t, x_0), DDIM's is
sqrt(abar_{t-1}) x_0 + sqrt(1 - abar_{t-1} - sigma_t^2) eps (identity ``ddim-update``); then
sigma_t z is added, z given or drawn.  A step returns the previous sample and the (clipped)
predicted x_0, as diffusers' ``step`` does.  Positions k = 1..K of the path index the steps;
the model is called with the tutorial step t = path.steps[k - 1] (diffusers' timestep t - 1).

Without clipping and with fixed variances a whole step is affine, x_{t-1} = a_k x_t + b_k
output + sigma_k z, which :func:`run` evaluates in place and :mod:`numeric.denoisers` composes
into the exact law of a sampling run on Gaussian data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np
import sympy as sp

from derivations.diffusion import (
    DDIM_MEAN,
    DDIM_VARIANCE,
    LEARNED_RANGE_LOG_VARIANCE,
    POSTERIOR_MEAN,
    POSTERIOR_VARIANCE,
    eta,
    nu,
    sigma_t,
)
from derivations.symbols import alpha_t, eps, x_0, x_t
from numeric.respacing import Respaced
from numeric.simulator import EPSILON, LinearForm, Prediction, _Workspace, conversion

Clipping = Callable[[np.ndarray], np.ndarray]
#: A model for :func:`run`: ``model(x_t, t) -> output``, or ``(output, variance_output)`` for learned variances.
SamplerModel = Callable[[np.ndarray, int], "np.ndarray | tuple[np.ndarray, np.ndarray]"]


@dataclass(frozen=True)
class StepOutput:
    """What a reverse step returns (diffusers' names): x_{t-1} and the x_0 it used."""

    prev_sample: np.ndarray
    pred_original_sample: np.ndarray


# --- clipping and thresholding of the predicted x_0 ------------------------------------------------
@dataclass(frozen=True)
class Clip:
    """x_0 clipped to [-range, range]: diffusers' ``clip_sample``, improved-diffusion's ``clip_denoised``."""

    range: float = 1.0

    def __call__(self, x0: np.ndarray) -> np.ndarray:
        return np.clip(x0, -self.range, self.range)


@dataclass(frozen=True)
class DynamicThreshold:
    """Imagen's dynamic thresholding (Saharia et al. 2022), as diffusers' ``thresholding``.

    Per sample, s = clip(quantile_ratio |x_0|, 1, max_value) over all non-batch axes; x_0 <- clip(x_0, -s, s) / s.
    """

    ratio: float = 0.995
    max_value: float = 1.0

    def __call__(self, x0: np.ndarray) -> np.ndarray:
        x0 = np.asarray(x0)
        level = np.quantile(np.abs(x0.reshape(x0.shape[0], -1)), self.ratio, axis=1)
        level = np.clip(level, 1.0, self.max_value).reshape((-1,) + (1,) * (x0.ndim - 1))
        return np.clip(x0, -level, level) / level


# --- DDPM's variance choices ----------------------------------------------------------------------
@dataclass(frozen=True)
class FixedVariance:
    """sigma_t^2 a closed form of the schedule: 'fixed_small' (sigma_q^2) or 'fixed_large' (beta_t)."""

    name: str
    variance: sp.Expr
    learned = False

    def scales(self, path: Respaced) -> np.ndarray:
        """sigma_k at each position; 0 at t = 1, where DDPM and diffusers return the mean."""
        return np.where(path.steps == 1, 0.0, np.sqrt(path.evaluate(self.variance)))

    def scale(self, path: Respaced, k: int, variance_output=None) -> float:
        return float(self.scales(path)[k - 1])


@dataclass(frozen=True)
class LearnedRange:
    """Nichol & Dhariwal's interpolation: log sigma_t^2 = (nu + 1)/2 log beta_t + (1 - nu)/2 log sigma_q^2.

    ``nu`` in [-1, 1] is the model's variance output, one per element (per-sample variances).
    """

    name: str = "learned_range"
    learned = True

    def scale(self, path: Respaced, k: int, variance_output) -> np.ndarray | float:
        if path.steps[k - 1] == 1:
            return 0.0
        slope, offset = (path.evaluate(c)[k - 1] for c in _learned_range_coefficients())
        return np.exp(0.5 * (offset + slope * np.asarray(variance_output)))


@dataclass(frozen=True)
class Learned:
    """The model outputs log sigma_t^2 itself (improved-diffusion's LEARNED, diffusers' 'learned')."""

    name: str = "learned"
    learned = True

    def scale(self, path: Respaced, k: int, variance_output) -> np.ndarray | float:
        return 0.0 if path.steps[k - 1] == 1 else np.exp(0.5 * np.asarray(variance_output))


@cache
def _learned_range_coefficients() -> tuple[sp.Expr, sp.Expr]:
    """(d log sigma^2 / d nu, log sigma^2 at nu = 0): the interpolation is affine in nu."""
    return sp.diff(LEARNED_RANGE_LOG_VARIANCE, nu), LEARNED_RANGE_LOG_VARIANCE.subs(nu, 0)


FIXED_SMALL = FixedVariance("fixed_small", POSTERIOR_VARIANCE)
FIXED_LARGE = FixedVariance("fixed_large", 1 - alpha_t)
LEARNED_RANGE = LearnedRange()
LEARNED = Learned()
Variance = FixedVariance | LearnedRange | Learned
VARIANCES = {v.name: v for v in (FIXED_SMALL, FIXED_LARGE, LEARNED_RANGE, LEARNED)}

_POSTERIOR = LinearForm(POSTERIOR_MEAN, (x_t, x_0))


def _with_noise(mean, scale, x0, noise, rng) -> StepOutput:
    """mean + scale z, z = ``noise`` or drawn from ``rng``; no draw where the scale is 0 everywhere."""
    if np.all(np.asarray(scale) == 0):
        return StepOutput(mean, x0)
    if noise is None:
        if rng is None:
            raise ValueError("step: expected noise= or rng= for a step that adds noise")
        noise = rng.standard_normal(np.shape(mean))
    elif np.shape(noise) != np.shape(mean):
        raise ValueError(f"noise: expected shape {np.shape(mean)}, got {np.shape(noise)}")
    return StepOutput(mean + scale * np.asarray(noise), x0)


def _position(path: Respaced, k) -> int:
    """``k`` as a position 1..K of ``path``; anything else is refused by ``path.check_step``."""
    if isinstance(k, (int, np.integer)) and not isinstance(k, bool) and 1 <= k <= path.size:
        return int(k)  # a sampler's loop: no array checks
    return int(path.check_step(k))


def _predicted_x0(prediction: Prediction, clip: Clipping | None, path, k: int, x_t, output) -> np.ndarray:
    if not all(np.isfinite(c[k - 1]) for c in prediction.to_x0.arrays(path)):
        raise ValueError(
            f"prediction: at abar_t = 0 (zero terminal SNR) a {prediction.name} prediction does not determine x_0; "
            "use 'v_prediction' or 'sample'"
        )
    x0 = prediction.to_x0(path, k, x_t, output)
    return x0 if clip is None else clip(x0)


@dataclass(frozen=True)
class DDPM:
    """Ancestral sampling: x_{t-1} = mu_q(x_t, x_0-hat) + sigma_t z."""

    prediction: Prediction = EPSILON
    variance: Variance = FIXED_SMALL
    clip: Clipping | None = None

    def step(self, path: Respaced, k: int, x_t, output, *, noise=None, rng=None, variance_output=None) -> StepOutput:
        """One step at position ``k`` of ``path`` from the model's ``output`` (and ``variance_output``, if learned)."""
        if self.variance.learned and variance_output is None:
            raise ValueError(f"variance_output: the {self.variance.name} variance needs the model's variance output")
        mean = self.mean(path, k, x_t, output)
        scale = self.variance.scale(path, int(k), variance_output)
        return _with_noise(mean.prev_sample, scale, mean.pred_original_sample, noise, rng)

    def mean(self, path: Respaced, k: int, x_t, output) -> StepOutput:
        """The step without its noise: mu_q(x_t, x_0-hat) and x_0-hat."""
        k = _position(path, k)
        x0 = _predicted_x0(self.prediction, self.clip, path, k, x_t, output)
        return StepOutput(_POSTERIOR(path, k, x_t, x0), x0)

    def affine(self, path: Respaced) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """(a_k, b_k, sigma_k) with x_{t-1} = a_k x_t + b_k output + sigma_k z, or None when the step is not affine."""
        if self.clip is not None or self.variance.learned:
            return None
        a, b = self.prediction.mean.arrays(path)
        return a, b, self.variance.scales(path)


@dataclass(frozen=True)
class DDIM:
    """DDIM (Song et al. 2021, eq. 12): x_{t-1} = sqrt(abar_{t-1}) x_0 + sqrt(1 - abar_{t-1} - sigma^2) eps + sigma z.

    sigma^2 = eta^2 sigma_q^2.  ``eps_from_clipped`` re-derives eps from the clipped x_0
    (diffusers' ``use_clipped_model_output``; improved-diffusion always does).
    """

    eta: float = 0.0
    prediction: Prediction = EPSILON
    clip: Clipping | None = None
    eps_from_clipped: bool = False

    def __post_init__(self) -> None:
        if not 0 <= self.eta <= 1:
            raise ValueError(f"eta: expected a value in [0, 1], got {self.eta!r}")

    def step(self, path: Respaced, k: int, x_t, output, *, noise=None, rng=None) -> StepOutput:
        """One step at position ``k`` of ``path`` from the model's ``output``."""
        mean = self.mean(path, k, x_t, output)
        scale = float(self.scales(path)[int(k) - 1])
        return _with_noise(mean.prev_sample, scale, mean.pred_original_sample, noise, rng)

    def mean(self, path: Respaced, k: int, x_t, output) -> StepOutput:
        """The step without its noise, and x_0-hat."""
        k = _position(path, k)
        x0 = _predicted_x0(self.prediction, self.clip, path, k, x_t, output)
        if self.eps_from_clipped:
            predicted_eps = EPSILON.from_x0(path, k, x_t, x0)
        else:
            predicted_eps = conversion(self.prediction, EPSILON)(path, k, x_t, output)
        return StepOutput(_ddim_mean(self.eta)(path, k, x0, predicted_eps), x0)

    def scales(self, path: Respaced) -> np.ndarray:
        """sigma_k = eta sigma_q at each position (0 where the path ends at abar_0 = 1)."""
        return path.evaluate(sp.sqrt(_at_eta(DDIM_VARIANCE, self.eta)))

    def affine(self, path: Respaced) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        if self.clip is not None:
            return None
        a, b = _ddim_affine(self.eta, self.prediction).arrays(path)
        return a, b, self.scales(path)


def _at_eta(expr: sp.Expr, value: float) -> sp.Expr:
    """``expr`` at eta = ``value``, exactly (the float as a rational number)."""
    return expr.xreplace({eta: sp.Rational(float(value))})


@cache
def _ddim_mean(value: float) -> LinearForm:
    """DDIM's mean as a linear form in (x_0, eps), with sigma_t^2 = eta^2 sigma_q^2."""
    return LinearForm(DDIM_MEAN.xreplace({sigma_t: sp.sqrt(_at_eta(DDIM_VARIANCE, value))}), (x_0, eps))


@cache
def _ddim_affine(value: float, prediction: Prediction) -> LinearForm:
    """DDIM's mean as a linear form in (x_t, the model's output), x_0 and eps both from that output."""
    mean = _ddim_mean(value).expr
    from_output = {x_0: prediction.x0, eps: conversion(prediction, EPSILON).expr}
    return LinearForm(mean.xreplace(from_output), (x_t, prediction.symbol))


Sampler = DDPM | DDIM


def run(
    sampler: Sampler,
    path: Respaced,
    model: SamplerModel,
    shape: tuple[int, ...],
    rng: np.random.Generator,
    *,
    x_T: np.ndarray | None = None,
    dtype=np.float64,
) -> np.ndarray:
    """x_0 of a sampling run: x_T ~ N(0, I) (or ``x_T``), then ``sampler``'s step at k = K..1.

    Affine samplers are updated in place (memory O(prod(shape))); the others step by step.
    """
    dtype = np.dtype(dtype)
    x = rng.standard_normal(shape, dtype=dtype) if x_T is None else np.array(x_T, dtype=dtype, copy=True, order="C")
    if x.shape != tuple(shape):
        raise ValueError(f"x_T: expected shape {tuple(shape)}, got {x.shape}")
    affine = sampler.affine(path)
    if affine is not None:
        a, b, scales = (c.astype(dtype) for c in affine)
        work = _Workspace(x)
        for k in range(path.size, 0, -1):
            work.update(a[k - 1], rng, scales[k - 1], model(x, int(path.steps[k - 1])), b[k - 1])
        return x
    learned = isinstance(sampler, DDPM) and sampler.variance.learned
    for k in range(path.size, 0, -1):
        output = model(x, int(path.steps[k - 1]))
        extra = {"variance_output": output[1]} if learned else {}
        x = sampler.step(path, k, x, output[0] if learned else output, rng=rng, **extra).prev_sample.astype(dtype)
    return x
