"""A vectorized NumPy simulator of the diffusion process (tutorial indexing, t = 1..T).

Every coefficient is a SymPy closed form of :mod:`derivations.diffusion`,
split into its coefficients on x_t, x_0, eps, ... by ``sympy.diff`` and
evaluated once per schedule by :meth:`Schedule.evaluate`; nothing is retyped.
Arrays are batches with the sample index first; ``t`` is one step for the
whole batch or one step per sample.  A model is any callable
``model(x_t, t) -> prediction`` with ``t`` the tutorial step (a network trained
with diffusers expects the timestep ``t - 1``).

The reverse process adds no noise at t = 1: the posterior variance there is
(1 - alpha_1)(1 - abar_0)/(1 - abar_1) = 0, because given x_1 and x_0 the
previous state x_0 is known; DDPM and diffusers likewise return the mean at the
last step, whatever the variance choice.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, reduce

import numpy as np
import sympy as sp

from derivations.diffusion import (
    EPS_FROM_V,
    FORWARD_MEAN,
    FORWARD_STEP_VARIANCE,
    FORWARD_VARIANCE,
    POSTERIOR_MEAN,
    POSTERIOR_MEAN_EPS,
    POSTERIOR_MEAN_SCORE,
    POSTERIOR_VARIANCE,
    SCORE,
    TWEEDIE_X0,
    V_FROM_X0_EPS,
    X0_FROM_EPS,
    X0_FROM_V,
)
from derivations.latex import latex
from derivations.symbols import abar_t, alpha_t, eps, v_t, x_0, x_t, x_tm1
from numeric.schedules import Schedule, latex_text

Model = Callable[[np.ndarray, int], np.ndarray]

#: A plain symbol for grad log p(x_t): lambdify cannot print the ``Grad`` in ``SCORE``.
SCORE_T = sp.Symbol("s_t", real=True)
#: The model's estimate of x_0, when the model predicts x_0 itself.
X0_HAT = sp.Symbol("xhat_0", real=True)

#: x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps, the reparameterized q(x_t | x_0).
FORWARD_SAMPLE = FORWARD_MEAN + sp.sqrt(FORWARD_VARIANCE) * eps
#: x_t = sqrt(alpha_t) x_{t-1} + sqrt(1 - alpha_t) eps: q(x_t | x_{t-1}) is q(x_1 | x_0) of the one-step schedule alpha_t.
FORWARD_STEP = FORWARD_MEAN.xreplace({abar_t: alpha_t, x_0: x_tm1}) + sp.sqrt(FORWARD_STEP_VARIANCE) * eps


def _batch_coefficient(values: np.ndarray, steps: np.ndarray, ndim: int) -> float | np.ndarray:
    """values[t - 1], as a scalar for one step or shaped (batch, 1, ...) for one step per sample."""
    if steps.ndim == 0:
        return float(values[int(steps) - 1])
    return values[steps - 1].reshape(steps.shape + (1,) * (ndim - steps.ndim))


@dataclass(frozen=True)
class LinearForm:
    """A closed form sum_i c_i(t) u_i, linear in ``variables`` with coefficients depending on t only."""

    expr: sp.Expr
    variables: tuple[sp.Symbol, ...]

    @cached_property
    def coefficients(self) -> tuple[sp.Expr, ...]:
        """c_i = d expr / d u_i, after checking that expr is exactly sum_i c_i u_i."""
        coefficients = tuple(sp.diff(self.expr, u) for u in self.variables)
        remainder = self.expr - sum(c * u for c, u in zip(coefficients, self.variables, strict=True))
        if any(c.has(*self.variables) for c in coefficients) or sp.simplify(remainder) != 0:
            raise ValueError(f"LinearForm: {self.expr} is not linear in {self.variables}")
        return coefficients

    def arrays(self, schedule: Schedule) -> tuple[np.ndarray, ...]:
        """The coefficients at t = 1..T (cached by the schedule)."""
        return tuple(schedule.evaluate(c) for c in self.coefficients)

    def __call__(self, schedule: Schedule, t, *values: np.ndarray) -> np.ndarray:
        """sum_i c_i(t) values_i, with ``t`` one step or one step per sample (leading axis)."""
        if len(values) != len(self.variables):
            raise TypeError(f"LinearForm: expected values for {self.variables}, got {len(values)} arrays")
        arrays = self.arrays(schedule)
        if isinstance(t, (int, np.integer)) and not isinstance(t, bool) and 1 <= t <= len(arrays[0]):
            # one valid step for the whole batch (a sampler's loop): the same products, without the array checks
            return reduce(_accumulate, [np.multiply(float(c[t - 1]), value) for c, value in zip(arrays, values)])
        steps = schedule.check_step(t)
        ndim = max(np.ndim(v) for v in values)
        shapes = [np.shape(v)[: steps.ndim] for v in values]
        if steps.ndim and any(shape != steps.shape for shape in shapes):
            raise ValueError(f"t: one step per sample needs t.shape == the leading axes {shapes[0]}, got {steps.shape}")
        terms = [np.multiply(_batch_coefficient(c, steps, ndim), value) for c, value in zip(arrays, values)]
        return reduce(_accumulate, terms)

    def _repr_latex_(self) -> str:
        return f"${latex(self.expr)}$"


def _accumulate(total: np.ndarray, term: np.ndarray) -> np.ndarray:
    """total + term, in place when ``total`` (a fresh temporary) already has the result's shape and dtype."""
    if isinstance(total, np.ndarray) and (
        total.shape == np.shape(term) or total.shape == np.broadcast_shapes(total.shape, np.shape(term))
    ):
        if total.dtype == np.result_type(total, term):
            return np.add(total, term, out=total)
    return np.add(total, term)


# --- in-place updates, block by block ---------------------------------------------------------
#: Elements per block of an in-place update (256 KiB of float64): the block's noise and
#: temporaries stay in cache, so a step costs little more than drawing its normals.
BLOCK = 32_768


class _Workspace:
    """The state x (C-contiguous, updated in place) and cache-sized work blocks, reused by every step."""

    def __init__(self, x: np.ndarray) -> None:
        self.x = x
        self.flat = x.reshape(-1)
        size = min(BLOCK, max(self.flat.size, 1))
        self.noise = np.empty(size, dtype=x.dtype)
        self.term = np.empty(size, dtype=x.dtype)

    def update(self, a, rng: np.random.Generator, scale, source: np.ndarray | None = None, b=0.0) -> None:
        """x <- a x + b source + scale z with z ~ N(0, I) drawn in C order (as one full-size draw would be)."""
        if source is not None:
            source = np.asarray(source)
            if source.shape != self.x.shape:
                raise ValueError(f"model: expected an output of shape {self.x.shape}, got {source.shape}")
            source = source.reshape(-1)
        for start in range(0, self.flat.size, BLOCK):
            block = self.flat[start : start + BLOCK]
            block *= a
            if source is not None:
                term = self.term[: block.size]
                block += np.multiply(source[start : start + BLOCK], b, out=term)
            if scale:
                noise = self.noise[: block.size]
                rng.standard_normal(out=noise, dtype=self.x.dtype)
                noise *= scale
                block += noise


# --- forward process --------------------------------------------------------------------------
FORWARD_FORM = LinearForm(FORWARD_SAMPLE, (x_0, eps))
_VELOCITY = LinearForm(V_FROM_X0_EPS, (x_0, eps))
_STEP = LinearForm(FORWARD_STEP, (x_tm1, eps))


def add_noise(schedule: Schedule, x0: np.ndarray, noise: np.ndarray, t) -> np.ndarray:
    """x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps (closed form of q(x_t | x_0))."""
    return FORWARD_FORM(schedule, t, x0, noise)


def get_velocity(schedule: Schedule, x0: np.ndarray, noise: np.ndarray, t) -> np.ndarray:
    """The v-prediction target v = sqrt(abar_t) eps - sqrt(1 - abar_t) x_0."""
    return _VELOCITY(schedule, t, x0, noise)


def _chain(schedule: Schedule, x0: np.ndarray, rng: np.random.Generator, dtype) -> Iterator[tuple[int, np.ndarray]]:
    """(t, x_t) for t = 1..T, from x_t = sqrt(alpha_t) x_{t-1} + sqrt(1 - alpha_t) eps; x_t is one reused buffer."""
    scale, noise_scale = (c.astype(dtype) for c in _STEP.arrays(schedule))
    work = _Workspace(np.array(x0, dtype=dtype, copy=True, order="C"))
    for t in range(1, schedule.steps + 1):
        work.update(scale[t - 1], rng, noise_scale[t - 1])
        yield t, work.x


def forward_chain(x0: np.ndarray, alphas: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """x_T from x_0 by T steps x_t = sqrt(alpha_t) x_{t-1} + sqrt(1 - alpha_t) eps, in place.

    Memory stays O(x0.size): one buffer for the state, one for the noise.
    """
    return final_state(Schedule.from_alphas(alphas), x0, rng)


def final_state(schedule: Schedule, x0: np.ndarray, rng: np.random.Generator, *, dtype=np.float64) -> np.ndarray:
    """x_T of the step-by-step chain started at ``x0``; memory O(x0.size)."""
    ((_, x),) = deque(_chain(schedule, x0, rng, dtype), maxlen=1)
    return x


def forward_trajectory(
    schedule: Schedule,
    x0: np.ndarray,
    rng: np.random.Generator,
    *,
    steps: Sequence[int] | None = None,
    dtype=np.float64,
) -> np.ndarray:
    """x_t at the requested ``steps`` (default all of 1..T), stacked on a new first axis.

    Memory is O(len(steps) * x0.size); the chain runs to max(steps) only.
    """
    wanted = schedule.check_step(np.arange(1, schedule.steps + 1) if steps is None else np.asarray(steps))
    if wanted.ndim != 1 or wanted.size == 0 or np.any(np.diff(wanted) <= 0):
        raise ValueError(f"steps: expected a non-empty increasing sequence of steps, got {steps!r}")
    trajectory = np.empty((wanted.size,) + np.shape(x0), dtype=dtype)
    position = 0
    for t, x in _chain(schedule, x0, rng, dtype):
        if t == wanted[position]:
            trajectory[position] = x
            position += 1
            if position == wanted.size:
                break
    return trajectory


# --- posterior q(x_{t-1} | x_t, x_0) ------------------------------------------------------------
_POSTERIOR = LinearForm(POSTERIOR_MEAN, (x_t, x_0))


def posterior_mean(schedule: Schedule, x_t: np.ndarray, x0: np.ndarray, t) -> np.ndarray:
    """mu_q = [sqrt(alpha_t)(1 - abar_{t-1}) x_t + sqrt(abar_{t-1})(1 - alpha_t) x_0] / (1 - abar_t)."""
    return _POSTERIOR(schedule, t, x_t, x0)


def posterior_variance(schedule: Schedule, t) -> np.ndarray:
    """sigma_q^2(t) = (1 - alpha_t)(1 - abar_{t-1}) / (1 - abar_t), in [0, beta_t]; exactly 0 at t = 1."""
    return schedule.evaluate(POSTERIOR_VARIANCE)[schedule.check_step(t) - 1]


def posterior_log_variance(schedule: Schedule, t) -> np.ndarray:
    """log sigma_q^2(t); -inf at t = 1 (DDPM's 'clipped' variant copies t = 2 there, we do not)."""
    return schedule.evaluate(sp.log(POSTERIOR_VARIANCE))[schedule.check_step(t) - 1]


# --- what a model predicts, and the conversions among predictions -----------------------------
@dataclass(frozen=True)
class Prediction:
    """A model's output ``symbol``: x_0 and the posterior mean mu_q as closed forms in (x_t, symbol)."""

    name: str
    symbol: sp.Symbol
    x0: sp.Expr
    posterior_mean: sp.Expr

    @cached_property
    def mean(self) -> LinearForm:
        """mu_q as a linear form in (x_t, prediction)."""
        return LinearForm(self.posterior_mean, (x_t, self.symbol))

    @cached_property
    def to_x0(self) -> LinearForm:
        """The predicted x_0 as a linear form in (x_t, prediction) (diffusers' ``pred_original_sample``)."""
        return LinearForm(self.x0, (x_t, self.symbol))

    @cached_property
    def from_x0(self) -> LinearForm:
        """The prediction as a linear form in (x_t, x_0): ``x0`` solved for ``symbol``."""
        (solution,) = sp.solve(sp.Eq(x_0, self.x0), self.symbol)
        return LinearForm(solution, (x_t, x_0))

    @cached_property
    def from_x0_and_eps(self) -> LinearForm:
        """The prediction as a linear form in (x_0, eps), with x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps.

        Free of x_t, so E[prediction | x_t] follows from E[x_0 | x_t] and E[eps | x_t]
        with no cancellation (e.g. v = sqrt(abar_t) eps - sqrt(1 - abar_t) x_0).
        """
        return LinearForm(sp.simplify(self.from_x0.expr.xreplace({x_t: FORWARD_SAMPLE})), (x_0, eps))

    def _repr_latex_(self) -> str:
        return "$" + latex_text(self.name) + rf":\ \mathbf{{x}}_0 = {latex(self.x0)}$"


EPSILON = Prediction("epsilon", eps, X0_FROM_EPS, POSTERIOR_MEAN_EPS)
SAMPLE = Prediction("sample", X0_HAT, X0_HAT, POSTERIOR_MEAN.xreplace({x_0: X0_HAT}))
VELOCITY = Prediction("v_prediction", v_t, X0_FROM_V, POSTERIOR_MEAN_EPS.xreplace({eps: EPS_FROM_V}))
SCORE_PREDICTION = Prediction(
    "score", SCORE_T, TWEEDIE_X0.xreplace({SCORE: SCORE_T}), POSTERIOR_MEAN_SCORE.xreplace({SCORE: SCORE_T})
)
PREDICTIONS = (EPSILON, SAMPLE, VELOCITY, SCORE_PREDICTION)
#: diffusers' ``prediction_type`` names (and 'score').
BY_NAME = {prediction.name: prediction for prediction in PREDICTIONS}


@cache
def conversion(source: Prediction, target: Prediction) -> LinearForm:
    """target's prediction as a linear form in (x_t, source's prediction), simplified in SymPy.

    Composing in SymPy (not numerically through x_0) keeps e.g. score = -eps / sqrt(1 - abar_t)
    finite where abar_t underflows.
    """
    expr = sp.simplify(target.from_x0.expr.xreplace({x_0: source.x0}))
    return LinearForm(expr, (x_t, source.symbol))


def convert(
    schedule: Schedule, x_t: np.ndarray, output: np.ndarray, t, *, source: Prediction, target: Prediction
) -> np.ndarray:
    """A ``source`` prediction at (x_t, t) rewritten as the equivalent ``target`` prediction."""
    return conversion(source, target)(schedule, t, x_t, output)


def reverse_mean(schedule: Schedule, x_t: np.ndarray, output: np.ndarray, t, *, prediction: Prediction) -> np.ndarray:
    """mu_theta(x_t, t): the posterior mean with the model's prediction in place of the truth."""
    return prediction.mean(schedule, t, x_t, output)


# --- reverse process --------------------------------------------------------------------------
def posterior_variances(schedule: Schedule) -> np.ndarray:
    """sigma_t^2 = sigma_q^2(t), DDPM's 'fixedsmall' (diffusers' fixed_small)."""
    return schedule.evaluate(POSTERIOR_VARIANCE)


def beta_variances(schedule: Schedule) -> np.ndarray:
    """sigma_t^2 = beta_t, DDPM's 'fixedlarge' (diffusers' fixed_large)."""
    return schedule.betas


def reverse_scales(schedule: Schedule, variances: np.ndarray | None) -> np.ndarray:
    """sigma_t for t = 1..T, with sigma_1 = 0 (no noise at the last step)."""
    variances = posterior_variances(schedule) if variances is None else np.asarray(variances, dtype=np.float64)
    if variances.shape != (schedule.steps,) or not np.all(np.isfinite(variances) & (variances >= 0)):
        raise ValueError(
            f"variances: expected {schedule.steps} finite non-negative sigma_t^2, got shape {variances.shape}"
        )
    scales = np.sqrt(variances)
    scales[0] = 0.0
    return scales


def reverse_step(
    schedule: Schedule,
    model: Model,
    x_t: np.ndarray,
    t: int,
    rng: np.random.Generator,
    *,
    prediction: Prediction = EPSILON,
    variances: np.ndarray | None = None,
) -> np.ndarray:
    """x_{t-1} = mu_theta(x_t, t) + sigma_t z, z ~ N(0, I), for one step t shared by the batch."""
    step = int(schedule.check_step(t))
    a, b = (c[step - 1] for c in prediction.mean.arrays(schedule))
    x_t = np.asarray(x_t)
    work = _Workspace(np.array(x_t, dtype=np.result_type(x_t, np.float32), copy=True, order="C"))
    work.update(a, rng, reverse_scales(schedule, variances)[step - 1], model(x_t, step), b)
    return work.x


def sample(
    schedule: Schedule,
    model: Model,
    shape: tuple[int, ...],
    rng: np.random.Generator,
    *,
    prediction: Prediction = EPSILON,
    variances: np.ndarray | None = None,
    dtype=np.float64,
    x_T: np.ndarray | None = None,
) -> np.ndarray:
    """Ancestral sampling: x_T ~ N(0, I), then x_{t-1} = mu_theta(x_t, t) + sigma_t z down to x_0.

    ``variances`` is sigma_t^2 for t = 1..T (:func:`posterior_variances` by
    default, or :func:`beta_variances`).  The model sees the whole batch;
    memory is O(prod(shape)), in ``dtype``.
    """
    dtype = np.dtype(dtype)
    a, b = (c.astype(dtype) for c in prediction.mean.arrays(schedule))
    scales = reverse_scales(schedule, variances).astype(dtype)
    x = rng.standard_normal(shape, dtype=dtype) if x_T is None else np.array(x_T, dtype=dtype, copy=True, order="C")
    if x.shape != tuple(shape):
        raise ValueError(f"x_T: expected shape {tuple(shape)}, got {x.shape}")
    work = _Workspace(x)
    for t in range(schedule.steps, 0, -1):
        work.update(a[t - 1], rng, scales[t - 1], model(x, t), b[t - 1])
    return x
