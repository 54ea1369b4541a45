"""Numeric check of ``ddim-update`` with the simulator, on DDIM's own 50-step path of DDPM's linear schedule.

* same marginals: x_{t-1} drawn by the identity's DDIM step (lambdified) and by the simulator's
  :class:`~numeric.samplers.DDIM` with the true noise, from x_t = add_noise(x_0, z, t), against the
  claimed law N(sqrt(abar_{t-1}) x_0, 1 - abar_{t-1}) (mean, variance, Kolmogorov-Smirnov);
* sigma_t(eta)^2 = eta^2 sigma_q^2 and the eta = 1 posterior mean: both sides in float64 at every
  step of the path, within the rounding bound of :mod:`numeric.parameterizations`.
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from derivations.ddim import DDPM_SIGMA, MARGINALS_LABEL, POSTERIOR_LABEL, VARIANCE_LABEL, ddim_update
from derivations.diffusion import eta, sigma_t
from derivations.model import Definition, Identity
from derivations.probability import gaussian_law
from derivations.symbols import abar_t, abar_tm1, alpha_t, eps_star_tm1, x_0, x_t, x_tm1
from numeric.forward_process import law_comparisons
from numeric.montecarlo import FALSE_ALARM, NumericResult
from numeric.parameterizations import closed_form_comparison, evaluate
from numeric.respacing import Respaced
from numeric.samplers import DDIM
from numeric.schedules import Schedule
from numeric.simulator import SAMPLE, add_noise

PATH = Respaced.ddim(Schedule.linear(1000), 50)
#: Positions checked: t = 981 (abar 4e-5), 501 (0.08) and 21 (0.998); and the value of eta.
POSITIONS = (50, 26, 2)
ETA = 0.5
FAMILY = "DDPM's linear schedule, DDIM's 50 steps ('leading'), eta = 1/2"


def _pair(k: int) -> dict[sp.Symbol, float]:
    """alpha_t, abar_t, abar_{t-1} and sigma_t(eta) of the step at position ``k``."""
    abar, previous = float(PATH.alphas_cumprod[k - 1]), float(PATH.alphas_cumprod_prev[k - 1])
    sigma = float(DDIM(ETA).scales(PATH)[k - 1])
    return {alpha_t: abar / previous, abar_t: abar, abar_tm1: previous, sigma_t: sigma, eta: ETA}


def _step(identity: Identity) -> Definition:
    return next(a for a in identity.assumptions if isinstance(a, Definition) and a.lhs == x_tm1)


def marginal_comparisons(identity: Identity, rng: np.random.Generator, n: int, false_alarm: float):
    claim = next(d for d in identity.derivations if d.label == MARGINALS_LABEL)
    drawn = _step(identity).rhs
    alarm = false_alarm / (2 * len(POSITIONS))
    comparisons = []
    for k in POSITIONS:
        values = _pair(k)
        start = float(rng.uniform(-1.5, 1.5))
        noise = rng.standard_normal(n)
        x_T = add_noise(PATH, np.full(n, start), noise, k)
        mean, variance = (float(v) for v in gaussian_law(claim.rhs.xreplace({**values, x_0: start})))
        label = f"t = {PATH.steps[k - 1]} -> {PATH.previous[k - 1]}, x_0 = {start:.3g}"
        claimed = evaluate(drawn, {**values, x_0: start, x_t: x_T, eps_star_tm1: rng.standard_normal(n)})
        comparisons += law_comparisons(f"the identity's DDIM step, {label}", claimed, mean, variance, alarm)
        simulated = DDIM(ETA, SAMPLE).step(PATH, k, x_T, np.full(n, start), rng=rng).prev_sample
        comparisons += law_comparisons(f"the simulator's DDIM step, {label}", simulated, mean, variance, alarm)
    return comparisons


def closed_form_comparisons(identity: Identity, false_alarm: float):
    """The variance and eta = 1 claims at every position of the path (t = 1 has sigma_q = 0 and is left out)."""
    claims = [d for d in identity.derivations if d.label in (VARIANCE_LABEL, POSTERIOR_LABEL)]
    positions = np.arange(2, PATH.size + 1)
    values = {
        alpha_t: PATH.alphas_cumprod[positions - 1] / PATH.alphas_cumprod_prev[positions - 1],
        abar_t: PATH.alphas_cumprod[positions - 1],
        abar_tm1: PATH.alphas_cumprod_prev[positions - 1],
        eta: ETA,
        x_0: np.linspace(-1, 1, positions.size),
        x_t: np.linspace(2, -2, positions.size),
    }
    values[sigma_t] = evaluate(DDPM_SIGMA.rhs, values)
    return [closed_form_comparison(claim, values, false_alarm / len(claims), " on the path") for claim in claims]


def check_ddim_update(rng: np.random.Generator, identity: Identity = ddim_update, n: int = 40_000) -> NumericResult:
    """The identity's step and the simulator's against the forward marginals; the closed forms in float64."""
    comparisons = marginal_comparisons(identity, rng, n, FALSE_ALARM / 2)
    comparisons += closed_form_comparisons(identity, FALSE_ALARM / 2)
    return NumericResult(identity.name, FAMILY, tuple(comparisons))


CHECKS = {"ddim-update": check_ddim_update}
