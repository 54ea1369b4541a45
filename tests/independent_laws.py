"""Reference laws for the simulator's tests, computed without the simulator's coefficients.

The simulator, the samplers and the exact denoisers all evaluate closed forms lambdified from
derivations/diffusion.py, so a law computed from those same coefficients would agree with a
wrong coefficient.  The laws here use only a table of betas (or alphas_cumprod) and the papers'
formulas, written out below with their provenance, in full d x d NumPy matrices:

* the forward marginal q(x_t | x_0) = N(sqrt(abar_t) x_0, (1 - abar_t) I), abar_t = prod_(s <= t) (1 - beta_s)
  (Ho et al. 2020, eq. 4);
* the exact noise prediction for Gaussian data x_0 ~ N(m, S), by Gaussian conditioning of the joint of
  (eps, x_t) with x_t = sqrt(abar) x_0 + sqrt(1 - abar) eps: Cov(eps, x_t) = sqrt(1 - abar) I,
  Var(x_t) = abar S + (1 - abar) I, so E[eps | x_t] = sqrt(1 - abar) Var(x_t)^(-1) (x_t - sqrt(abar) m);
* DDPM's step (Ho et al. 2020, eqs. 6-7 and 15): x_0-hat = (x_t - sqrt(1 - abar_t) eps-hat) / sqrt(abar_t),
  x_(t-1) = sqrt(abar_(t-1)) beta_t / (1 - abar_t) x_0-hat + sqrt(alpha_t) (1 - abar_(t-1)) / (1 - abar_t) x_t
  + sigma_t z, sigma_t^2 = beta-tilde_t = (1 - abar_(t-1)) / (1 - abar_t) beta_t ("fixed small") or beta_t
  ("fixed large"), no noise at t = 1 (Algorithm 2); on a respaced path alpha_t = abar_t / abar_prev;
* DDIM's step (Song et al. 2021, eqs. 12 and 16): x_prev = sqrt(abar_prev) x_0-hat
  + sqrt(1 - abar_prev - sigma^2) eps-hat + sigma z, sigma = eta sqrt((1 - abar_prev) / (1 - abar_t))
  sqrt(1 - abar_t / abar_prev);
* diffusers' DDIM timesteps, 'leading' spacing (scheduling_ddim.py ``set_timesteps``): t_i = i (T // K),
  0-based, visited from the largest; the previous timestep is t - T // K, and -1 means abar = 1
  (``set_alpha_to_one``).

Every step is affine in x_t given the exact prediction, x <- A x + c + sigma z, so a run from
x_T ~ N(0, I) has the law N(mu, V) with mu <- A mu + c and V <- A V A^T + sigma^2 I.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Law:
    """N(mean, covariance) in d dimensions."""

    mean: np.ndarray
    covariance: np.ndarray

    def standardize(self, x: np.ndarray) -> np.ndarray:
        """Whitened by the Cholesky factor: i.i.d. N(0, 1) coordinates exactly when x follows the law."""
        factor = np.linalg.cholesky(self.covariance)
        return np.linalg.solve(factor, (x - self.mean).T).T


def abar_from_betas(betas: np.ndarray) -> np.ndarray:
    """abar_t = prod_(s <= t) (1 - beta_s), t = 1..T."""
    return np.cumprod(1 - np.asarray(betas, dtype=np.float64))


def ddpm_linear_betas(steps: int = 1000) -> np.ndarray:
    """DDPM's linear schedule: beta from 1e-4 to 0.02 (Ho et al. 2020, section 4)."""
    return np.linspace(1e-4, 0.02, steps)


def forward_marginal(abar: float, mean: np.ndarray, covariance: np.ndarray) -> Law:
    """x_t = sqrt(abar) x_0 + sqrt(1 - abar) eps with x_0 ~ N(mean, covariance)."""
    d = len(mean)
    return Law(np.sqrt(abar) * mean, abar * covariance + (1 - abar) * np.eye(d))


def exact_eps(abar: float, mean: np.ndarray, covariance: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(K, k) with E[eps | x_t] = K x_t + k, by Gaussian conditioning."""
    marginal = forward_marginal(abar, mean, covariance)
    gain = np.sqrt(1 - abar) * np.linalg.inv(marginal.covariance)
    return gain, -gain @ marginal.mean


def ddpm_step(abar_t: float, abar_prev: float, variance: str) -> tuple[float, float, float]:
    """(a, b, sigma) with x_prev = a x_t + b eps-hat + sigma z, from DDPM's eqs. 7 and 15."""
    alpha = abar_t / abar_prev
    beta = 1 - alpha
    on_x0 = np.sqrt(abar_prev) * beta / (1 - abar_t)
    on_xt = np.sqrt(alpha) * (1 - abar_prev) / (1 - abar_t)
    # x_0-hat = (x_t - sqrt(1 - abar_t) eps-hat) / sqrt(abar_t)
    a = on_xt + on_x0 / np.sqrt(abar_t)
    b = -on_x0 * np.sqrt(1 - abar_t) / np.sqrt(abar_t)
    sigma2 = {"fixed_small": (1 - abar_prev) / (1 - abar_t) * beta, "fixed_large": beta}[variance]
    return a, b, np.sqrt(sigma2)


def ddim_step(abar_t: float, abar_prev: float, eta: float) -> tuple[float, float, float]:
    """(a, b, sigma) with x_prev = a x_t + b eps-hat + sigma z, from DDIM's eqs. 12 and 16."""
    sigma = eta * np.sqrt((1 - abar_prev) / (1 - abar_t)) * np.sqrt(1 - abar_t / abar_prev)
    a = np.sqrt(abar_prev) / np.sqrt(abar_t)
    b = np.sqrt(1 - abar_prev - sigma**2) - np.sqrt(abar_prev) * np.sqrt(1 - abar_t) / np.sqrt(abar_t)
    return a, b, sigma


def run_law(pairs, step, mean: np.ndarray, covariance: np.ndarray) -> Law:
    """The law of a run visiting (abar_t, abar_prev) in ``pairs`` (first visited first) from x ~ N(0, I).

    ``step(abar_t, abar_prev) -> (a, b, sigma)``; the prediction is the exact E[eps | x_t].
    """
    d = len(mean)
    mu, v = np.zeros(d), np.eye(d)
    for abar_t, abar_prev in pairs:
        a, b, sigma = step(abar_t, abar_prev)
        gain, offset = exact_eps(abar_t, mean, covariance)
        matrix = a * np.eye(d) + b * gain
        mu = matrix @ mu + b * offset
        v = matrix @ v @ matrix.T + sigma**2 * np.eye(d)
    return Law(mu, (v + v.T) / 2)


def every_step(abar: np.ndarray) -> list[tuple[float, float]]:
    """(abar_t, abar_(t-1)) for t = T..1, abar_0 = 1."""
    previous = np.concatenate(([1.0], abar[:-1]))
    return list(zip(abar[::-1], previous[::-1]))


def leading_pairs(abar: np.ndarray, steps: int) -> list[tuple[float, float]]:
    """diffusers' 'leading' DDIM timesteps, as (abar_t, abar_prev) from the first visited."""
    stride = len(abar) // steps
    timesteps = np.arange(steps)[::-1] * stride
    return [(abar[t], abar[t - stride] if t - stride >= 0 else 1.0) for t in timesteps]


def ddpm_law(pairs, mean, covariance, variance: str = "fixed_small") -> Law:
    """DDPM's step on the path ``pairs`` (alpha_t = abar_t / abar_prev), no noise where abar_prev = 1 (t = 1)."""

    def step(abar_t, abar_prev):
        a, b, sigma = ddpm_step(abar_t, abar_prev, variance)
        return a, b, 0.0 if abar_prev == 1.0 else sigma

    return run_law(pairs, step, np.asarray(mean, float), np.asarray(covariance, float))


def ddim_law(pairs, eta: float, mean, covariance) -> Law:
    """DDIM's step on the path ``pairs``."""
    return run_law(pairs, lambda t, p: ddim_step(t, p, eta), np.asarray(mean, float), np.asarray(covariance, float))
