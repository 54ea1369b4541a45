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

# --- DDIM (Song, Meng & Ermon 2021, eqs. 12 and 16), proved by the identity ``ddim-update``. ---
#: eta in [0, 1] scales the noise of a DDIM step: 0 is deterministic, 1 is DDPM's posterior.
eta = sp.Symbol("eta", nonnegative=True)
#: The standard deviation sigma_t of the non-Markovian q_sigma(x_{t-1} | x_t, x_0).
sigma_t = sp.Symbol("sigma_t", positive=True)
#: sigma_t(eta)^2 as the DDIM paper writes it (eq. 16).
DDIM_VARIANCE_PAPER = eta**2 * (1 - abar_tm1) / (1 - abar_t) * (1 - abar_t / abar_tm1)
#: The same variance with abar_t / abar_{t-1} = alpha_t: eta^2 times the posterior variance.
DDIM_VARIANCE = eta**2 * POSTERIOR_VARIANCE
#: The mean of a DDIM step from a prediction of x_0 and of the noise (eq. 12).
DDIM_MEAN = sp.sqrt(abar_tm1) * x_0 + sp.sqrt(1 - abar_tm1 - sigma_t**2) * eps
#: The non-Markovian posterior's mean in (x_t, x_0): the noise solved from x_t and x_0.
DDIM_POSTERIOR_MEAN = DDIM_MEAN.xreplace({eps: (x_t - sp.sqrt(abar_t) * x_0) / sp.sqrt(1 - abar_t)})

# --- learned variances (Nichol & Dhariwal 2021, eq. 15) -------------------------------------------
#: The model's variance output nu in [-1, 1] interpolates log sigma_t^2 between sigma_q^2 and beta_t.
nu = sp.Symbol("nu_theta", real=True)
LEARNED_RANGE_LOG_VARIANCE = (nu + 1) / 2 * sp.log(1 - alpha_t) + (1 - nu) / 2 * sp.log(POSTERIOR_VARIANCE)

# --- the variational bound in nats: a Gaussian KL from means and log-variances --------------------
mean_1, mean_2 = sp.symbols("m_1 m_2", real=True)
log_var_1, log_var_2 = sp.symbols("l_1 l_2", real=True)
#: KL(N(m_1, e^{l_1}) || N(m_2, e^{l_2})): the catalogue's gaussian-kl with sigma_i^2 = e^{l_i}.
NORMAL_KL = (
    log_var_2 - log_var_1 - 1 + sp.exp(log_var_1 - log_var_2) + (mean_1 - mean_2) ** 2 * sp.exp(-log_var_2)
) / 2
