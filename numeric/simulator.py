"""A vectorized NumPy simulator of the forward diffusion process (tutorial indexing, t = 1..T)."""

from __future__ import annotations

import numpy as np


def forward_chain(x0: np.ndarray, alphas: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """x_T from x_0 by T steps x_t = sqrt(alpha_t) x_{t-1} + sqrt(1 - alpha_t) eps, in place.

    Memory stays O(x0.size): one buffer for the state, one for the noise.
    """
    x = np.array(x0, dtype=np.float64, copy=True)
    noise = np.empty_like(x)
    for alpha in np.asarray(alphas, dtype=np.float64):
        rng.standard_normal(out=noise)
        x *= np.sqrt(alpha)
        noise *= np.sqrt(1.0 - alpha)
        x += noise
    return x
