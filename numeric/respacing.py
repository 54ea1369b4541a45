"""The steps a sampler visits: all T of them, or a subsequence (DDIM, respaced DDPM).

A :class:`Respaced` path visits tutorial steps t_K > ... > t_1 of a schedule and moves
from each t_k to s_k < t_k, where s = 0 means the data end, with abar_0 the path's
``final_alpha_cumprod`` (1, or diffusers' ``set_alpha_to_one=False``: abar_1).  Its
positions k = 1..K index it as a schedule's steps do (k = K is visited first), so every
closed form of the simulator evaluates on it with alpha_t = abar_{t_k} / abar_{s_k}.

Timesteps: diffusers and DDPM code count 0..T-1; the tutorial counts 1..T.  Their
timestep i is the tutorial's step t = i + 1 (:func:`to_tutorial`, :func:`to_diffusers`),
and their previous timestep -1 is the tutorial's 0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import sympy as sp

from numeric.schedules import Schedule, ScheduleError, evaluate_pairs


def to_tutorial(timesteps) -> np.ndarray:
    """diffusers' 0-based timesteps i as tutorial steps t = i + 1 (a previous timestep -1 becomes 0)."""
    return np.asarray(timesteps, dtype=np.int64) + 1


def to_diffusers(steps) -> np.ndarray:
    """Tutorial steps t as diffusers' 0-based timesteps i = t - 1."""
    return np.asarray(steps, dtype=np.int64) - 1


# --- diffusers' timestep spacings (Lin et al. 2024, table 2), 0-based and descending -------------
def _leading(train: int, steps: int, offset: int) -> np.ndarray:
    return (np.arange(steps) * (train // steps)).round()[::-1].astype(np.int64) + offset


def _trailing(train: int, steps: int, offset: int) -> np.ndarray:
    return np.round(np.arange(train, 0, -train / steps)).astype(np.int64) - 1


def _linspace(train: int, steps: int, offset: int) -> np.ndarray:
    return np.linspace(0, train - 1, steps).round()[::-1].astype(np.int64)


#: ``set_timesteps`` of diffusers' DDPMScheduler and DDIMScheduler: spacing name -> timesteps.
#: ``steps_offset`` applies to 'leading' only, as in diffusers.
SPACINGS: dict[str, Callable[[int, int, int], np.ndarray]] = {
    "leading": _leading,
    "trailing": _trailing,
    "linspace": _linspace,
}


def diffusers_timesteps(train_steps: int, steps: int, spacing: str = "leading", steps_offset: int = 0) -> np.ndarray:
    """diffusers' ``scheduler.timesteps`` after ``set_timesteps(steps)``: 0-based, descending."""
    if spacing not in SPACINGS:
        raise ScheduleError(f"timestep_spacing: expected one of {sorted(SPACINGS)}, got {spacing!r}")
    if not isinstance(steps, (int, np.integer)) or isinstance(steps, bool) or not 1 <= steps <= train_steps:
        raise ScheduleError(f"num_inference_steps: expected an integer in 1..{train_steps}, got {steps!r}")
    return SPACINGS[spacing](train_steps, steps, steps_offset)


def space_timesteps(train_steps: int, section_counts: str | list[int]) -> list[int]:
    """improved-diffusion's ``space_timesteps``: 0-based steps kept, ascending.

    'ddimN' keeps range(0, T, stride) for the integer stride giving N steps; a list (or
    comma-separated text) of counts strides each of equal sections of [0, T) evenly.
    """
    if isinstance(section_counts, str):
        if section_counts.startswith("ddim"):
            wanted = int(section_counts[len("ddim") :])
            for stride in range(1, train_steps):
                if len(range(0, train_steps, stride)) == wanted:
                    return list(range(0, train_steps, stride))
            raise ScheduleError(f"space_timesteps: cannot make exactly {wanted} steps with an integer stride")
        section_counts = [int(count) for count in section_counts.split(",")]
    size, extra = divmod(train_steps, len(section_counts))
    start, kept = 0, []
    for index, count in enumerate(section_counts):
        length = size + (1 if index < extra else 0)
        if length < count:
            raise ScheduleError(f"space_timesteps: cannot divide a section of {length} steps into {count}")
        stride = 1 if count <= 1 else (length - 1) / (count - 1)
        kept += [start + round(stride * j) for j in range(count)]
        start += length
    return sorted(set(kept))


@dataclass(frozen=True, eq=False)
class Respaced:
    """A path t_K > ... > t_1 through ``schedule``, each t_k moving to ``previous`` s_k < t_k (tutorial steps).

    ``steps`` and ``previous`` are stored by position k = 1..K, ascending in t.
    """

    schedule: Schedule
    steps: np.ndarray
    previous: np.ndarray
    final_alpha_cumprod: float = 1.0
    _cache: dict = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        steps = np.array(self.steps, dtype=np.int64).reshape(-1)
        previous = np.array(self.previous, dtype=np.int64).reshape(-1)
        if steps.size == 0 or previous.shape != steps.shape:
            raise ScheduleError(
                f"Respaced: expected as many previous steps as steps, got {previous.shape} and {steps.shape}"
            )
        self.schedule.check_step(steps)
        if np.any(np.diff(steps) <= 0):
            raise ScheduleError(f"Respaced: expected strictly increasing steps by position, got {steps.tolist()}")
        if np.any((previous < 0) | (previous >= steps)):
            k = int(np.argmax((previous < 0) | (previous >= steps)))
            raise ScheduleError(f"Respaced: step {steps[k]} moves to {previous[k]}; expected 0 <= s < t")
        final = float(self.final_alpha_cumprod)
        if not 0 < final <= 1:
            raise ScheduleError(f"final_alpha_cumprod: expected a value in (0, 1], got {final!r}")
        for name, value in (("steps", steps), ("previous", previous)):
            value.setflags(write=False)
            object.__setattr__(self, name, value)
        object.__setattr__(self, "final_alpha_cumprod", final)

    # --- constructors -------------------------------------------------------------------------
    @classmethod
    def every_step(cls, schedule: Schedule) -> Respaced:
        """All of t = T..1, each moving to t - 1: ancestral sampling as the tutorial writes it."""
        steps = np.arange(1, schedule.steps + 1)
        return cls(schedule, steps, steps - 1)

    @classmethod
    def from_timesteps(
        cls, schedule: Schedule, timesteps, previous=None, *, final_alpha_cumprod: float = 1.0
    ) -> Respaced:
        """From diffusers' 0-based descending ``timesteps``; ``previous`` (0-based, -1 for the end)
        defaults to the next timestep visited, as DDPMScheduler steps."""
        visited = np.asarray(timesteps, dtype=np.int64).reshape(-1)
        if visited.size == 0 or np.any(np.diff(visited) >= 0):
            raise ScheduleError(f"timesteps: expected a non-empty strictly decreasing sequence, got {visited.tolist()}")
        following = np.append(visited[1:], -1) if previous is None else np.asarray(previous, dtype=np.int64)
        steps, before = to_tutorial(visited)[::-1], np.maximum(to_tutorial(following), 0)[::-1]
        return cls(schedule, steps, before, final_alpha_cumprod)

    @classmethod
    def ddpm(cls, schedule: Schedule, steps: int, spacing: str = "leading", steps_offset: int = 0) -> Respaced:
        """DDPMScheduler after ``set_timesteps(steps)``: each timestep moves to the next one visited."""
        return cls.from_timesteps(schedule, diffusers_timesteps(schedule.steps, steps, spacing, steps_offset))

    @classmethod
    def ddim(
        cls,
        schedule: Schedule,
        steps: int,
        spacing: str = "leading",
        steps_offset: int = 0,
        *,
        set_alpha_to_one: bool = True,
    ) -> Respaced:
        """DDIMScheduler after ``set_timesteps(steps)``: timestep i moves to i - T // steps (the end below 0),
        whatever the spacing; abar at the end is 1, or abar_1 with ``set_alpha_to_one=False``."""
        visited = diffusers_timesteps(schedule.steps, steps, spacing, steps_offset)
        final = 1.0 if set_alpha_to_one else float(schedule.alphas_cumprod[0])
        return cls.from_timesteps(
            schedule, visited, np.maximum(visited - schedule.steps // steps, -1), final_alpha_cumprod=final
        )

    @classmethod
    def improved_diffusion(cls, schedule: Schedule, section_counts: str | list[int]) -> Respaced:
        """improved-diffusion's SpacedDiffusion with ``space_timesteps(T, section_counts)``."""
        kept = space_timesteps(schedule.steps, section_counts)
        return cls.from_timesteps(schedule, kept[::-1])

    # --- the path's arrays, by position k = 1..K ----------------------------------------------
    @property
    def timesteps(self) -> np.ndarray:
        """diffusers' 0-based timesteps in the order visited (descending)."""
        return to_diffusers(self.steps[::-1])

    @property
    def size(self) -> int:
        """K, the number of steps taken."""
        return self.steps.size

    @cached_property
    def log_alphas_cumprod(self) -> np.ndarray:
        """log abar_{t_k}."""
        return self.schedule.log_alphas_cumprod[self.steps - 1]

    @cached_property
    def log_alphas_cumprod_prev(self) -> np.ndarray:
        """log abar_{s_k}, with abar_0 = ``final_alpha_cumprod``."""
        logs = np.where(self.previous > 0, self.schedule.log_alphas_cumprod[np.maximum(self.previous, 1) - 1], 0.0)
        return np.where(self.previous > 0, logs, np.log(self.final_alpha_cumprod))

    @cached_property
    def alphas_cumprod(self) -> np.ndarray:
        return np.exp(self.log_alphas_cumprod)

    @cached_property
    def alphas_cumprod_prev(self) -> np.ndarray:
        return np.exp(self.log_alphas_cumprod_prev)

    def evaluate(self, expr: sp.Expr) -> np.ndarray:
        """A closed form in alpha_t, beta_t, abar_t, abar_{t-1} at each position, alpha_t = abar_{t_k} / abar_{s_k}."""
        if expr not in self._cache:
            self._cache[expr] = evaluate_pairs(expr, self.log_alphas_cumprod, self.log_alphas_cumprod_prev)
        return self._cache[expr]

    def check_step(self, k) -> np.ndarray:
        """``k`` as an integer array of positions 1..K."""
        positions = np.asarray(k)
        if positions.dtype.kind not in "iu" or np.any((positions < 1) | (positions > self.size)):
            raise ScheduleError(f"k: expected integer positions 1..{self.size} of the path, got {k!r}")
        return positions

    @property
    def name(self) -> str:
        return f"{self.schedule.name}, {self.size} steps"

    def _repr_latex_(self) -> str:
        visited = ", ".join(str(t) for t in self.steps[::-1][:4]) + (r", \ldots" if self.size > 4 else "")
        return rf"$t \in \{{{visited}\}},\ K = {self.size},\ \bar\alpha_0 = {self.final_alpha_cumprod:.6g}$"
