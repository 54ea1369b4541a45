"""Schedulers with diffusers' interface written in NumPy, for ``check-scheduler`` where torch is absent.

``NumpyDDPMScheduler`` and ``NumpyDDIMScheduler`` transcribe diffusers 0.42.1's
``scheduling_ddpm.py`` and ``scheduling_ddim.py`` (Apache-2.0; ``set_timesteps`` with
'leading' spacing, ``step`` with clip_sample, fixed_small variance, epsilon prediction) in
float32, as diffusers computes its tables.  The three broken ones carry one plausible bug
each: ``alphas_cumprod[t + 1]`` in add_noise, noise scaled by the variance instead of the
standard deviation, and a DDIM direction term without its square root.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Output:
    prev_sample: np.ndarray
    pred_original_sample: np.ndarray


class NumpyDDPMScheduler:
    def __init__(self, num_train_timesteps: int = 1000, beta_start: float = 1e-4, beta_end: float = 0.02):
        self.config = {
            "num_train_timesteps": num_train_timesteps,
            "beta_start": beta_start,
            "beta_end": beta_end,
            "clip_sample": True,
            "prediction_type": "epsilon",
            "variance_type": "fixed_small",
        }
        self.betas = np.linspace(beta_start, beta_end, num_train_timesteps, dtype=np.float32)
        self.alphas_cumprod = np.cumprod(1.0 - self.betas, dtype=np.float32)
        self.timesteps = np.arange(num_train_timesteps)[::-1].copy()
        self.num_inference_steps = None

    def set_timesteps(self, num_inference_steps: int) -> None:
        self.num_inference_steps = num_inference_steps
        ratio = self.config["num_train_timesteps"] // num_inference_steps
        self.timesteps = (np.arange(num_inference_steps) * ratio)[::-1].copy().astype(np.int64)

    def add_noise(self, original_samples, noise, timesteps):
        abar = self.alphas_cumprod.astype(original_samples.dtype)[timesteps].reshape(-1, 1)
        return np.sqrt(abar) * original_samples + np.sqrt(1 - abar) * noise

    def previous_timestep(self, t: int) -> int:
        index = int(np.flatnonzero(self.timesteps == t)[0])
        return int(self.timesteps[index + 1]) if index + 1 < len(self.timesteps) else -1

    def _pair(self, t: int, prev: int):
        abar = float(self.alphas_cumprod[t])
        previous = float(self.alphas_cumprod[prev]) if prev >= 0 else 1.0
        return abar, previous

    def _x0(self, model_output, t, sample):
        abar = float(self.alphas_cumprod[t])
        x0 = (sample - (1 - abar) ** 0.5 * model_output) / abar**0.5
        return np.clip(x0, -1, 1)

    def _scale(self, abar: float, previous: float) -> float:
        variance = max((1 - previous) / (1 - abar) * (1 - abar / previous), 1e-20)
        return variance**0.5

    def step(self, model_output, timestep, sample, generator=None):
        t = int(timestep)
        prev = self.previous_timestep(t)
        abar, previous = self._pair(t, prev)
        x0 = self._x0(model_output, t, sample)
        beta = 1 - abar / previous
        mean = previous**0.5 * beta / (1 - abar) * x0 + (abar / previous) ** 0.5 * (1 - previous) / (1 - abar) * sample
        if t > 0:
            mean = mean + self._scale(abar, previous) * generator.standard_normal(sample.shape)
        return Output(mean, x0)


class NumpyDDIMScheduler(NumpyDDPMScheduler):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.config["set_alpha_to_one"] = True
        self.final_alpha_cumprod = 1.0

    def _direction(self, previous: float, sigma: float) -> float:
        return (1 - previous - sigma**2) ** 0.5

    def step(self, model_output, timestep, sample, eta: float = 0.0, generator=None, variance_noise=None):
        t = int(timestep)
        prev = t - self.config["num_train_timesteps"] // self.num_inference_steps
        abar, previous = self._pair(t, prev)
        x0 = self._x0(model_output, t, sample)
        sigma = eta * self._scale(abar, previous) if abar < previous else 0.0
        prev_sample = previous**0.5 * x0 + self._direction(previous, sigma) * model_output
        if eta > 0:
            noise = variance_noise if variance_noise is not None else generator.standard_normal(sample.shape)
            prev_sample = prev_sample + sigma * noise
        return Output(prev_sample, x0)


class LateAddNoise(NumpyDDPMScheduler):
    """add_noise reads alphas_cumprod one step late."""

    def add_noise(self, original_samples, noise, timesteps):
        late = np.minimum(np.asarray(timesteps) + 1, len(self.alphas_cumprod) - 1)
        return super().add_noise(original_samples, noise, late)


class VarianceNoise(NumpyDDPMScheduler):
    """The step's noise is scaled by sigma_t^2 instead of sigma_t."""

    def _scale(self, abar: float, previous: float) -> float:
        return super()._scale(abar, previous) ** 2


class DirectionWithoutSqrt(NumpyDDIMScheduler):
    """DDIM's direction term uses 1 - abar_prev - sigma^2 instead of its square root."""

    def _direction(self, previous: float, sigma: float) -> float:
        return 1 - previous - sigma**2


class ComplexDirection(NumpyDDIMScheduler):
    """DDIM's direction term through a complex square root of its negative: every output is complex."""

    def _direction(self, previous: float, sigma: float) -> complex:
        return np.emath.sqrt(previous + sigma**2 - 1)


class ComplexRounding(NumpyDDPMScheduler):
    """A faithful scheduler whose step returns complex values with rounding-size imaginary parts (as after an FFT)."""

    def step(self, *args, **kwargs):
        output = super().step(*args, **kwargs)
        return Output(output.prev_sample + 1e-18j, output.pred_original_sample)
