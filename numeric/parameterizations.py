"""Numeric checks of the x_0, noise and v parameterizations on Gaussian-mixture data, cosine schedule.

Conversions are closed forms: both sides of a claim are evaluated in float64 at simulated
(x_0, eps, x_t = add_noise, v = get_velocity) and must agree within a rounding bound.  Each
KL form has a Monte Carlo twin: E_q[log q - log p_theta] over draws of x_{t-1} from q,
compared with the weighted squared error at a stated false-alarm rate.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import sympy as sp

from derivations.diffusion import SCORE
from derivations.model import Derivation, Identity
from derivations.parameterizations import eps_parameterization, v_parameterization, x0_parameterization
from derivations.symbols import abar_t, abar_tm1, alpha_t, eps, eps_theta, s_theta, v_t, x_0, x_t, xhat_theta
from numeric.denoisers import GaussianMixtureData
from numeric.evaluate import claim_comparison
from numeric.montecarlo import FALSE_ALARM, Comparison, NumericResult, compare_equal, exact
from numeric.schedules import Schedule
from numeric.simulator import add_noise, get_velocity

SCHEDULE = Schedule.cosine(1000)
MIXTURE = GaussianMixtureData(
    weights=np.array([0.3, 0.5, 0.2]),
    means=np.array([[-2.0], [0.5], [3.0]]),
    variances=np.array([[0.3], [0.6], [0.2]]),
)
FAMILY = "x_0 ~ 0.3 N(-2, 0.3) + 0.5 N(0.5, 0.6) + 0.2 N(3, 0.2), cosine schedule (T = 1000)"
#: Steps checked: abar_t from 1 - 4e-5 (t = 1) to 0.024 (t = 900).
STEPS = (1, 50, 300, 600, 900)
#: float64 evaluation of a closed form of a few hundred operations errs by less than ROUNDING
#: (about 4500 ulps) times its :func:`magnitude`.
ROUNDING = 1e-12
#: Each prediction and the quantity it predicts.
TARGETS = {xhat_theta: x_0, eps_theta: eps, s_theta: SCORE}
_SCORE = sp.Symbol("score", real=True)

Values = Mapping[sp.Basic, "np.ndarray | float"]


def schedule_values(schedule: Schedule, t: int) -> dict[sp.Symbol, float]:
    """alpha_t, abar_{t-1} and abar_t of ``schedule`` at step ``t``."""
    step = int(schedule.check_step(t)) - 1
    return {
        alpha_t: float(schedule.alphas[step]),
        abar_tm1: float(schedule.alphas_cumprod_prev[step]),
        abar_t: float(schedule.alphas_cumprod[step]),
    }


def simulate(rng: np.random.Generator, t: int, n: int, schedule: Schedule = SCHEDULE) -> dict:
    """(x_0, eps, x_t, v) at step ``t`` from the simulator, with the schedule's values."""
    x0 = MIXTURE.sample(rng, n)[:, 0]
    noise = rng.standard_normal(n)
    return {
        **schedule_values(schedule, t),
        x_0: x0,
        eps: noise,
        x_t: add_noise(schedule, x0, noise, t),
        v_t: get_velocity(schedule, x0, noise, t),
    }


def evaluate(expr: sp.Expr, values: Values) -> np.ndarray:
    """``expr`` in float64 at ``values`` (arrays broadcast); the score atom is a value like any other."""
    expr = expr.xreplace({SCORE: _SCORE})
    values = {(_SCORE if key == SCORE else key): value for key, value in values.items()}
    symbols = sorted(expr.free_symbols, key=str)
    missing = [str(symbol) for symbol in symbols if symbol not in values]
    if missing:
        raise ValueError(f"evaluate: no value for {missing} in {expr}")
    result = sp.lambdify(symbols, expr, "numpy")(*(values[symbol] for symbol in symbols))
    return np.asarray(result, dtype=float)


def magnitude(expr: sp.Expr) -> sp.Expr:
    """A first-order scale of the rounding error of ``expr`` evaluated as written, in units of its precision.

    Sums add the magnitudes of their terms (cancellation loses nothing of them), products multiply,
    and a power b^e scales |b|^e by the condition (magnitude(b) / |b|)^|e| of its base.
    """
    if expr.is_Add:
        return sp.Add(*(magnitude(term) for term in expr.args))
    if expr.is_Mul:
        return sp.Mul(*(magnitude(factor) for factor in expr.args))
    if expr.is_Pow and expr.exp.is_number:
        base = sp.Abs(expr.base)
        return base**expr.exp * (magnitude(expr.base) / base) ** abs(expr.exp)
    return sp.Abs(expr)


def worst_comparison(
    label: str, lhs, rhs, bound, false_alarm: float = FALSE_ALARM, where=lambda index: ""
) -> Comparison:
    """lhs = rhs within ``bound`` at every point: the test at the point where |lhs - rhs| / bound is largest.

    ``where(index)`` names that point in the label.
    """
    lhs, rhs, bound = np.broadcast_arrays(*(np.asarray(side, dtype=float) for side in (lhs, rhs, bound)))
    worst = np.unravel_index(np.argmax(np.abs(lhs - rhs) / bound), lhs.shape)
    return compare_equal(
        f"{label}{where(worst)}", exact(lhs[worst] - rhs[worst], bound[worst]), false_alarm, float(rhs[worst])
    )


def closed_form_comparison(derivation: Derivation, values: Values, false_alarm: float, where: str = "") -> Comparison:
    """lhs = rhs of a closed-form claim at every point of ``values``, within the rounding bound at the worst point."""
    lhs, rhs = evaluate(derivation.lhs, values), evaluate(derivation.rhs, values)
    bound = ROUNDING * (1 + evaluate(magnitude(derivation.lhs) + magnitude(derivation.rhs), values))
    points = np.broadcast(lhs, rhs, bound).size
    return worst_comparison(f"{derivation.label}{where} (worst of {points} points)", lhs, rhs, bound, false_alarm)


def kl_comparisons(
    derivation: Derivation, rng: np.random.Generator, false_alarm: float, score=None
) -> list[Comparison]:
    """The KL claim by Monte Carlo over x_{t-1} ~ q at one simulated point of three steps.

    The prediction is its target plus an error of standard deviation 0.5 (a network's);
    ``score(x_t, t)`` supplies the exact score when the claim is about score predictions.
    """
    (prediction,) = derivation.lhs.free_symbols & set(TARGETS)
    comparisons = []
    for t in STEPS[1:4]:
        point = {key: float(np.ravel(value)[0]) for key, value in simulate(rng, t, 1).items()}
        if score is not None:
            point[SCORE] = float(score(np.array([[point[x_t]]]), t)[0, 0])
        point[prediction] = point[TARGETS[prediction]] + 0.5 * rng.standard_normal()
        needed = {key: value for key, value in point.items() if key in derivation.lhs.free_symbols | {SCORE}}
        comparisons.append(claim_comparison(derivation, {}, needed, rng, false_alarm=false_alarm))
    return comparisons


def conversion_comparisons(identity: Identity, labels: tuple[str, ...], rng: np.random.Generator, n: int = 20_000):
    """The closed-form claims called ``labels`` at ``n`` simulated points of each step."""
    claims = [d for d in identity.derivations if d.label in labels]
    return [
        closed_form_comparison(claim, simulate(rng, t, n), FALSE_ALARM, f" at t = {t}")
        for t in STEPS
        for claim in claims
    ]


def check_x0_parameterization(rng: np.random.Generator, identity: Identity = x0_parameterization) -> NumericResult:
    """Monte Carlo KL against the x_0-weighted squared error."""
    (claim,) = identity.derivations
    return NumericResult(identity.name, FAMILY + "; Monte Carlo KL", tuple(kl_comparisons(claim, rng, FALSE_ALARM / 3)))


def check_eps_parameterization(rng: np.random.Generator, identity: Identity = eps_parameterization) -> NumericResult:
    """x_0 and mu_q from the simulator's noise; Monte Carlo KL against the noise-weighted squared error."""
    recovery, mean, kl = identity.derivations
    comparisons = conversion_comparisons(identity, (recovery.label, mean.label), rng)
    comparisons += kl_comparisons(kl, rng, FALSE_ALARM / 3)
    return NumericResult(identity.name, FAMILY + "; simulator and Monte Carlo KL", tuple(comparisons))


def check_v_parameterization(rng: np.random.Generator, identity: Identity = v_parameterization) -> NumericResult:
    """Every conversion at the simulator's (x_0, eps, x_t, v), five steps from abar near 1 to abar near 0."""
    comparisons = conversion_comparisons(identity, tuple(d.label for d in identity.derivations), rng)
    return NumericResult(identity.name, FAMILY + "; add_noise and get_velocity", tuple(comparisons))


CHECKS = {
    "x0-parameterization": check_x0_parameterization,
    "eps-parameterization": check_eps_parameterization,
    "v-parameterization": check_v_parameterization,
}
