"""Noise schedules of the variational diffusion model, float64 and stable at the extremes.

A :class:`Schedule` holds log alpha_t for t = 1..T (tutorial indexing, with
abar_0 = 1 implicit) and derives everything else in log space: the cumulative
product is a cumulative sum of logs, complements use ``expm1``, so a schedule
with abar_T below 1e-300 or T = 100 000 has no NaN, no inf and no negative
variance.  Zero terminal SNR (Lin et al. 2024) is the one allowed infinity:
alpha_T = 0, log alpha_T = -inf, so abar_T = 0 and SNR(T) = 0 exactly.

Index mapping: every per-step array here has length T and holds step t at
position ``t - 1``.  That is exactly the 0-based layout of DDPM (Ho et al.)
and diffusers: their ``betas[i]``, ``alphas_cumprod[i]`` and ``timesteps``
value ``i`` are the tutorial's beta_{i+1}, abar_{i+1} and step t = i + 1.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import numpy as np
import sympy as sp
from sympy.core.sympify import _sympify  # strict: SymPy objects and numbers only, never text

from derivations.diffusion import FORWARD_VARIANCE, SNR
from derivations.latex import latex
from derivations.symbols import abar_t, abar_tm1, alpha_t, beta_t

#: Symbols standing for 1 - abar_t and 1 - abar_{t-1}, evaluated with expm1.
ONE_MINUS_ABAR_T = sp.Symbol("(1-abar_t)", positive=True)
ONE_MINUS_ABAR_TM1 = sp.Symbol("(1-abar_{t-1})", nonnegative=True)

_COMPLEMENTS = {
    1 - alpha_t: beta_t,
    alpha_t - 1: -beta_t,
    1 - abar_t: ONE_MINUS_ABAR_T,
    abar_t - 1: -ONE_MINUS_ABAR_T,
    1 - abar_tm1: ONE_MINUS_ABAR_TM1,
    abar_tm1 - 1: -ONE_MINUS_ABAR_TM1,
}
_ARGUMENTS = (alpha_t, beta_t, abar_t, abar_tm1, ONE_MINUS_ABAR_T, ONE_MINUS_ABAR_TM1)


class ScheduleError(ValueError):
    """A schedule that is not a valid variance-preserving noise schedule."""


@lru_cache(maxsize=256)
def _stable_function(expr: sp.Expr) -> Callable[..., np.ndarray]:
    """``expr`` lambdified with 1 - alpha_t, 1 - abar_t, 1 - abar_{t-1} as separate arguments.

    Stability: in float64, 1 - abar_t computed from abar_t loses all digits
    when abar_t is within 1e-16 of 1 (and has relative error 1e-12 already at
    abar_1 = 1 - 1e-4); supplying the complements computed by ``expm1`` from
    log abar keeps every closed form accurate to a few ulps.  The SymPy
    expression itself is unchanged, only its subtractions are evaluated exactly.
    """
    stable = _sympify(expr).xreplace(_COMPLEMENTS)
    unknown = stable.free_symbols - set(_ARGUMENTS)
    if unknown:
        raise ValueError(
            f"Schedule.evaluate: the expression depends on {sorted(map(str, unknown))}, "
            f"not only on alpha_t, beta_t, abar_t, abar_(t-1)"
        )
    return sp.lambdify(_ARGUMENTS, stable, "numpy")


def _bad(name: str, values: np.ndarray, ok: np.ndarray, expected: str) -> None:
    """Raise ScheduleError naming the first value of ``values`` where ``ok`` is False."""
    if not np.all(ok):
        i = int(np.argmin(ok))
        raise ScheduleError(f"{name}: expected {expected}, got {float(values[i])!r} at t = {i + 1} (0-based index {i})")


def _as_steps(name: str, values) -> np.ndarray:
    array = np.asarray(values, dtype=np.float64)
    if array.ndim != 1 or array.size < 1:
        raise ScheduleError(f"{name}: expected a 1-d array with T >= 1 entries, got shape {array.shape}")
    return array


@dataclass(frozen=True, eq=False)
class Schedule:
    """The schedule alpha_1..alpha_T, stored as log alpha_t (finite, negative)."""

    log_alphas: np.ndarray
    name: str = "custom"
    _cache: dict = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        logs = _as_steps("Schedule.log_alphas", self.log_alphas).copy()
        finite = np.isfinite(logs)
        finite[-1] |= logs[-1] == -np.inf  # zero terminal SNR: alpha_T = 0
        _bad("Schedule.log_alphas", logs, finite & (logs < 0), "log alpha_t finite and < 0 (-inf only at t = T)")
        logs.setflags(write=False)
        object.__setattr__(self, "log_alphas", logs)

    # --- constructors -------------------------------------------------------------------------
    @classmethod
    def from_betas(cls, betas, name: str = "custom") -> Schedule:
        """From beta_1..beta_T in (0, 1) (beta_T = 1 for zero terminal SNR); log alpha_t = log1p(-beta_t)."""
        betas = _as_steps("betas", betas)
        below_one = betas < 1
        below_one[-1] |= betas[-1] == 1
        _bad("betas", betas, (betas > 0) & below_one, "beta_t in (0, 1) (beta_T = 1 allowed)")
        with np.errstate(divide="ignore"):
            return cls(np.log1p(-betas), name)

    @classmethod
    def from_alphas(cls, alphas, name: str = "custom") -> Schedule:
        """From alpha_1..alpha_T in (0, 1)."""
        alphas = _as_steps("alphas", alphas)
        _bad("alphas", alphas, (alphas > 0) & (alphas < 1), "alpha_t in (0, 1)")
        return cls(np.log(alphas), name)

    @classmethod
    def from_alphas_cumprod(cls, alphas_cumprod, name: str = "custom") -> Schedule:
        """From abar_1..abar_T, strictly decreasing in (0, 1) (abar_0 = 1 is implied; abar_T = 0 allowed)."""
        abar = _as_steps("alphas_cumprod", alphas_cumprod)
        positive = abar > 0
        positive[-1] |= abar[-1] == 0
        _bad("alphas_cumprod", abar, positive & (abar < 1), "abar_t in (0, 1) (abar_T = 0 allowed)")
        previous = np.concatenate(([1.0], abar[:-1]))
        _bad("alphas_cumprod", abar, abar < previous, "strictly decreasing abar_t < abar_(t-1)")
        with np.errstate(divide="ignore"):
            log_abar = np.log(abar)
        return cls(_differences(log_abar), name)

    @classmethod
    def from_log_snr(cls, log_snr: Callable[[np.ndarray], np.ndarray], steps: int, name: str = "custom") -> Schedule:
        """From a decreasing log-SNR function on (0, 1], sampled at t / T; abar_t = sigmoid(log SNR).

        log abar = -log(1 + exp(-lambda)) is computed with ``logaddexp``
        (the identity snr-sigmoid with omega = -lambda).
        """
        _check_steps(steps)
        values = _as_steps("log_snr", log_snr(np.arange(1, steps + 1) / steps))
        if values.shape != (steps,):
            raise ScheduleError(f"log_snr: expected {steps} values, got shape {values.shape}")
        _bad("log_snr", values, np.isfinite(values), "a finite log SNR")
        previous = np.concatenate(([np.inf], values[:-1]))
        _bad("log_snr", values, values < previous, "strictly decreasing log SNR")
        log_abar = -np.logaddexp(0.0, -values)
        return cls(_differences(log_abar), name)

    @classmethod
    def linear(cls, steps: int = 1000, beta_start: float = 1e-4, beta_end: float = 0.02) -> Schedule:
        """DDPM's linear betas (Ho et al. 2020): beta_t = linspace(beta_start, beta_end, T)."""
        _check_steps(steps)
        return cls.from_betas(np.linspace(beta_start, beta_end, steps), f"linear(T={steps})")

    @classmethod
    def scaled_linear(cls, steps: int = 1000, beta_start: float = 0.00085, beta_end: float = 0.012) -> Schedule:
        """diffusers' scaled_linear (Stable Diffusion's defaults): beta_t = linspace(sqrt(start), sqrt(end), T)^2."""
        _check_steps(steps)
        betas = np.linspace(np.sqrt(beta_start), np.sqrt(beta_end), steps) ** 2
        return cls.from_betas(betas, f"scaled_linear(T={steps})")

    @classmethod
    def cosine(cls, steps: int = 1000, offset: float = 0.008, max_beta: float = 0.999) -> Schedule:
        """Nichol & Dhariwal's cosine schedule, as diffusers' betas_for_alpha_bar.

        beta_t = min(1 - f(t/T) / f((t-1)/T), max_beta) with f(u) = cos((u + s)/(1 + s) pi/2)^2.
        Written as 1 - cos^2 b / cos^2 a = sin(b - a) sin(b + a) / cos^2 a, which has no cancellation.
        """
        _check_steps(steps)
        if not 0 < max_beta < 1 or offset <= 0:
            raise ScheduleError(f"cosine: expected offset > 0 and max_beta in (0, 1), got {offset!r}, {max_beta!r}")
        start = (np.arange(steps) / steps + offset) / (1 + offset) * (np.pi / 2)  # a, at u = (t - 1) / T
        width = np.pi / 2 / ((1 + offset) * steps)  # b - a, exactly, rather than a difference of rounded angles
        betas = np.sin(width) * np.sin(2 * start + width) / np.cos(start) ** 2
        return cls.from_betas(np.minimum(betas, max_beta), f"cosine(T={steps})")

    @classmethod
    def sigmoid(cls, steps: int = 1000, beta_start: float = 1e-4, beta_end: float = 0.02) -> Schedule:
        """diffusers' sigmoid betas: beta_t = sigmoid(linspace(-6, 6, T)) (beta_end - beta_start) + beta_start."""
        _check_steps(steps)
        sigmoid = 0.5 * (1 + np.tanh(0.5 * np.linspace(-6, 6, steps)))
        return cls.from_betas(sigmoid * (beta_end - beta_start) + beta_start, f"sigmoid(T={steps})")

    @classmethod
    def improved_diffusion(cls, name: str, steps: int = 1000) -> Schedule:
        """improved-diffusion's ``get_named_beta_schedule(name, T)``: 'linear' or 'cosine'.

        'linear' is DDPM's, stretched to any T: beta_t = linspace(1e-4 s, 0.02 s, T) with
        s = 1000 / T; 'cosine' is :meth:`cosine` (max_beta 0.999).
        """
        _check_steps(steps)
        if name not in _IMPROVED_DIFFUSION:
            raise ScheduleError(f"improved_diffusion: expected one of {sorted(_IMPROVED_DIFFUSION)}, got {name!r}")
        return _IMPROVED_DIFFUSION[name](steps)

    def rescaled_zero_terminal_snr(self) -> Schedule:
        """This schedule with sqrt(abar_t) shifted and scaled to end at 0 (Lin et al. 2024, algorithm 1).

        sqrt(abar'_t) = sqrt(abar_1) (sqrt(abar_t) - sqrt(abar_T)) / (sqrt(abar_1) - sqrt(abar_T)), so abar'_1 = abar_1
        and abar'_T = 0 (diffusers' ``rescale_betas_zero_snr``).  Each difference of square roots is
        sqrt(abar_t) (1 - sqrt(abar_T / abar_t)) = -sqrt(abar_t) expm1((log abar_T - log abar_t) / 2), without cancellation.
        """
        logs = self.log_alphas_cumprod
        with np.errstate(divide="ignore"):
            gap = np.log(-np.expm1((logs[-1] - logs) / 2))  # log(1 - sqrt(abar_T / abar_t)); -inf at t = T
        log_abar = logs + 2 * (gap - gap[0])
        log_abar[-1] = -np.inf
        return Schedule(_differences(log_abar), f"{self.name}, zero terminal SNR")

    # --- the schedule's arrays (length T, step t at index t - 1, read-only) -------------------
    @property
    def steps(self) -> int:
        """T."""
        return self.log_alphas.size

    @cached_property
    def log_alphas_cumprod(self) -> np.ndarray:
        """log abar_t = sum_{s <= t} log alpha_s."""
        return _frozen(np.cumsum(self.log_alphas))

    @cached_property
    def log_alphas_cumprod_prev(self) -> np.ndarray:
        """log abar_{t-1}, with log abar_0 = 0."""
        return _frozen(np.concatenate(([0.0], self.log_alphas_cumprod[:-1])))

    @cached_property
    def alphas(self) -> np.ndarray:
        return _frozen(np.exp(self.log_alphas))

    @cached_property
    def betas(self) -> np.ndarray:
        """beta_t = 1 - alpha_t = -expm1(log alpha_t)."""
        return _frozen(-np.expm1(self.log_alphas))

    @cached_property
    def alphas_cumprod(self) -> np.ndarray:
        """abar_t (diffusers' ``alphas_cumprod``); underflows to 0 only below 5e-324."""
        return _frozen(np.exp(self.log_alphas_cumprod))

    @cached_property
    def alphas_cumprod_prev(self) -> np.ndarray:
        """abar_{t-1}, starting at abar_0 = 1."""
        return _frozen(np.exp(self.log_alphas_cumprod_prev))

    @cached_property
    def one_minus_alphas_cumprod(self) -> np.ndarray:
        """1 - abar_t = -expm1(log abar_t), accurate even when abar_t is within 1e-16 of 1."""
        return _frozen(-np.expm1(self.log_alphas_cumprod))

    @cached_property
    def one_minus_alphas_cumprod_prev(self) -> np.ndarray:
        """1 - abar_{t-1}, starting at 0."""
        return _frozen(-np.expm1(self.log_alphas_cumprod_prev))

    @cached_property
    def snr(self) -> np.ndarray:
        """SNR(t) = abar_t / (1 - abar_t), from :data:`derivations.diffusion.SNR`."""
        return self.evaluate(SNR)

    @cached_property
    def log_snr(self) -> np.ndarray:
        """log SNR(t) = log abar_t - log(1 - abar_t), finite even where abar_t underflows.

        Log-space form of :data:`~derivations.diffusion.SNR`: its lambdified
        value would be log(0) = -inf once abar_t < 5e-324.
        """
        return _frozen(self.log_alphas_cumprod - np.log(self.one_minus_alphas_cumprod))

    def evaluate(self, expr: sp.Expr) -> np.ndarray:
        """A closed form in alpha_t, beta_t, abar_t, abar_{t-1} at t = 1..T (read-only, cached).

        Evaluated with the complements supplied by ``expm1`` (see :func:`_stable_function`).
        """
        if expr not in self._cache:
            logs = (self.log_alphas_cumprod, self.log_alphas_cumprod_prev)
            self._cache[expr] = evaluate_pairs(expr, *logs, log_alphas=self.log_alphas)
        return self._cache[expr]

    def check_step(self, t) -> np.ndarray:
        """``t`` as an integer array, after checking every entry is a step 1..T."""
        steps = np.asarray(t)
        if steps.dtype.kind not in "iu":
            raise ScheduleError(f"t: expected integer steps 1..{self.steps}, got dtype {steps.dtype}")
        outside = (steps < 1) | (steps > self.steps)
        if np.any(outside):
            raise ScheduleError(
                f"t: expected steps in 1..{self.steps} (tutorial indexing; diffusers' timestep i "
                f"is t = i + 1), got {int(steps[outside].flat[0])!r}"
            )
        return steps

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Schedule) and np.array_equal(self.log_alphas, other.log_alphas)

    def __hash__(self) -> int:
        return hash(self.log_alphas.tobytes())

    def _repr_latex_(self) -> str:
        final = latex(FORWARD_VARIANCE)
        return (
            "$" + latex_text(self.name) + rf":\ T = {self.steps},\ \bar\alpha_T = {self.alphas_cumprod[-1]:.3e},"
            rf"\ {final}\big|_{{t=T}} = {self.one_minus_alphas_cumprod[-1]:.6g}$"
        )


def evaluate_pairs(
    expr: sp.Expr, log_abar: np.ndarray, log_abar_prev: np.ndarray, *, log_alphas: np.ndarray | None = None
) -> np.ndarray:
    """``expr`` at each pair (abar_t, abar_{t-1}) given in log space, with alpha_t = abar_t / abar_{t-1}.

    A schedule's consecutive steps are one case; a sampler that skips steps (DDIM, respacing)
    moves between any two, and the same closed forms apply with alpha_t the ratio.  A schedule
    passes its own ``log_alphas``, exact where the difference of cumulative sums would round.
    """
    with np.errstate(invalid="ignore"):  # -inf - (-inf) cannot occur: only abar_T may be 0
        log_alpha = log_abar - log_abar_prev if log_alphas is None else log_alphas
    arguments = (
        np.exp(log_alpha),
        -np.expm1(log_alpha),
        np.exp(log_abar),
        np.exp(log_abar_prev),
        -np.expm1(log_abar),
        -np.expm1(log_abar_prev),
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        values = _stable_function(expr)(*arguments)
    return _frozen(np.broadcast_to(np.asarray(values, dtype=np.float64), np.shape(log_abar)))


def _differences(log_abar: np.ndarray) -> np.ndarray:
    """log alpha_t = log abar_t - log abar_{t-1} (log abar_0 = 0), keeping -inf where abar_T = 0."""
    log_alphas = np.diff(log_abar, prepend=0.0)
    log_alphas[np.isneginf(log_abar)] = -np.inf
    return log_alphas


def latex_text(name: str) -> str:
    """``name`` as upright LaTeX text, underscores escaped."""
    return r"\text{" + name.replace("_", r"\_") + "}"


def _check_steps(steps: int) -> None:
    if not isinstance(steps, (int, np.integer)) or isinstance(steps, bool) or steps < 1:
        raise ScheduleError(f"steps: expected an integer T >= 1, got {steps!r}")


def _frozen(array: np.ndarray) -> np.ndarray:
    array = np.array(array, dtype=np.float64) + 0.0  # + 0.0 turns -expm1(0) = -0.0 into 0.0
    array.setflags(write=False)
    return array


_IMPROVED_DIFFUSION: dict[str, Callable[[int], Schedule]] = {
    "linear": lambda steps: Schedule.from_betas(
        np.linspace(1000 / steps * 1e-4, 1000 / steps * 0.02, steps), f"improved-diffusion linear(T={steps})"
    ),
    "cosine": Schedule.cosine,
}
