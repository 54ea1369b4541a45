"""The named closed forms of the variational diffusion model, written once.

Each is proved by an identity of the catalogue and evaluated by the numeric
layer (``sympy.lambdify``) and the answer checker from here; nothing retypes
them.  Tutorial indexing: t = 1..T, abar_t = alpha_t abar_{t-1}, abar_0 = 1.
``SCORE`` stands for grad_{x_t} log p(x_t).
"""

from __future__ import annotations

import sympy as sp

from derivations.probability import Density, Grad
from derivations.symbols import abar_t, abar_tm1, alpha_t, eps, v_t, x_0, x_t

SCORE = Grad(sp.log(Density("p", (x_t,))), x_t)

# q(x_t | x_{t-1}) = N(sqrt(alpha_t) x_{t-1}, (1 - alpha_t) I)
FORWARD_STEP_VARIANCE = 1 - alpha_t

# q(x_t | x_0) = N(sqrt(abar_t) x_0, (1 - abar_t) I)
FORWARD_MEAN = sp.sqrt(abar_t) * x_0
FORWARD_VARIANCE = 1 - abar_t

# q(x_{t-1} | x_t, x_0) = N(mu_q, sigma_q^2 I)
POSTERIOR_MEAN = (sp.sqrt(alpha_t) * (1 - abar_tm1) * x_t + sp.sqrt(abar_tm1) * (1 - alpha_t) * x_0) / (1 - abar_t)
POSTERIOR_VARIANCE = (1 - alpha_t) * (1 - abar_tm1) / (1 - abar_t)

# The three parameterizations of mu_q, and the conversions among predictions.
X0_FROM_EPS = (x_t - sp.sqrt(1 - abar_t) * eps) / sp.sqrt(abar_t)
POSTERIOR_MEAN_EPS = x_t / sp.sqrt(alpha_t) - (1 - alpha_t) / (sp.sqrt(1 - abar_t) * sp.sqrt(alpha_t)) * eps
POSTERIOR_MEAN_SCORE = x_t / sp.sqrt(alpha_t) + (1 - alpha_t) / sp.sqrt(alpha_t) * SCORE
SCORE_FROM_EPS = -eps / sp.sqrt(1 - abar_t)
TWEEDIE_X0 = (x_t + (1 - abar_t) * SCORE) / sp.sqrt(abar_t)
V_FROM_X0_EPS = sp.sqrt(abar_t) * eps - sp.sqrt(1 - abar_t) * x_0
X0_FROM_V = sp.sqrt(abar_t) * x_t - sp.sqrt(1 - abar_t) * v_t
EPS_FROM_V = sp.sqrt(1 - abar_t) * x_t + sp.sqrt(abar_t) * v_t

# Signal-to-noise ratio and the weights of the denoising matching term.
SNR = abar_t / (1 - abar_t)
SNR_PREVIOUS = abar_tm1 / (1 - abar_tm1)
X0_WEIGHT = abar_tm1 * (1 - alpha_t) ** 2 / (2 * POSTERIOR_VARIANCE * (1 - abar_t) ** 2)
EPS_WEIGHT = (1 - alpha_t) ** 2 / (2 * POSTERIOR_VARIANCE * (1 - abar_t) * alpha_t)
SCORE_WEIGHT = (1 - alpha_t) ** 2 / (2 * POSTERIOR_VARIANCE * alpha_t)
