"""A diffusers scheduler config (a dict, or the JSON file ``scheduler_config.json``) as a schedule and a sampler.

Only the keys that change the mathematics are read; the others (``_class_name``,
``_diffusers_version``, ...) are ignored, and an unknown value of a key that is read is
refused with the accepted values.  The schedule is computed in float64 from the config's
formula (diffusers itself computes it in float32).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from numeric.respacing import Respaced
from numeric.samplers import DDIM, DDPM, VARIANCES, Clip, DynamicThreshold
from numeric.schedules import Schedule, ScheduleError
from numeric.simulator import BY_NAME, SCORE_PREDICTION

_BETA_SCHEDULES: dict[str, Callable[[Mapping], Schedule]] = {
    "linear": lambda c: Schedule.linear(c["num_train_timesteps"], c["beta_start"], c["beta_end"]),
    "scaled_linear": lambda c: Schedule.scaled_linear(c["num_train_timesteps"], c["beta_start"], c["beta_end"]),
    "squaredcos_cap_v2": lambda c: Schedule.cosine(c["num_train_timesteps"]),
    "sigmoid": lambda c: Schedule.sigmoid(c["num_train_timesteps"], c["beta_start"], c["beta_end"]),
}

#: diffusers' defaults, shared by DDPMScheduler and DDIMScheduler.
DEFAULTS = {
    "num_train_timesteps": 1000,
    "beta_start": 0.0001,
    "beta_end": 0.02,
    "beta_schedule": "linear",
    "trained_betas": None,
    "rescale_betas_zero_snr": False,
    "prediction_type": "epsilon",
    "clip_sample": True,
    "clip_sample_range": 1.0,
    "thresholding": False,
    "dynamic_thresholding_ratio": 0.995,
    "sample_max_value": 1.0,
    "timestep_spacing": "leading",
    "steps_offset": 0,
    "variance_type": "fixed_small",
    "set_alpha_to_one": True,
}


def read_config(config: Mapping | str | Path) -> dict:
    """The config as a dict with diffusers' defaults filled in; ``config`` is a mapping or a JSON file."""
    if isinstance(config, (str, Path)):
        path = Path(config)
        try:
            config = json.loads(path.read_text(encoding="utf-8"))
        except OSError as error:
            raise ScheduleError(f"config: cannot read {str(path)!r}: {error.strerror}") from None
        except json.JSONDecodeError as error:
            raise ScheduleError(f"config: {str(path)!r} is not JSON: {error.msg} (line {error.lineno})") from None
    if not isinstance(config, Mapping):
        raise ScheduleError(f"config: expected a mapping of scheduler settings, got {type(config).__name__}")
    return {**DEFAULTS, **{key: value for key, value in config.items() if key in DEFAULTS}}


def _choice(config: Mapping, key: str, choices: Mapping):
    value = config[key]
    if value not in choices:
        raise ScheduleError(f"config: {key} must be one of {sorted(choices)}, got {value!r}")
    return choices[value]


def schedule_from_config(config: Mapping | str | Path) -> Schedule:
    """The training schedule: ``trained_betas`` or ``beta_schedule``, then ``rescale_betas_zero_snr``."""
    config = read_config(config)
    if config["trained_betas"] is not None:
        schedule = Schedule.from_betas(np.asarray(config["trained_betas"], dtype=np.float64), "trained_betas")
    else:
        schedule = _choice(config, "beta_schedule", _BETA_SCHEDULES)(config)
    return schedule.rescaled_zero_terminal_snr() if config["rescale_betas_zero_snr"] else schedule


@dataclass(frozen=True)
class SchedulerSettings:
    """What a diffusers config means: the schedule, how to space the steps, and the step itself."""

    schedule: Schedule
    config: dict

    def clipping(self):
        """DynamicThreshold if ``thresholding``, else Clip if ``clip_sample``, else None (diffusers' order)."""
        if self.config["thresholding"]:
            return DynamicThreshold(self.config["dynamic_thresholding_ratio"], self.config["sample_max_value"])
        return Clip(self.config["clip_sample_range"]) if self.config["clip_sample"] else None

    @property
    def prediction(self):
        names = {name: p for name, p in BY_NAME.items() if p is not SCORE_PREDICTION}
        return _choice(self.config, "prediction_type", names)

    def ddpm(self, steps: int | None = None) -> tuple[DDPM, Respaced]:
        """DDPMScheduler: every step, or ``set_timesteps(steps)``."""
        variance = _choice(self.config, "variance_type", VARIANCES)
        sampler = DDPM(self.prediction, variance, self.clipping())
        if steps is None:
            return sampler, Respaced.every_step(self.schedule)
        spacing = (self.config["timestep_spacing"], self.config["steps_offset"])
        return sampler, Respaced.ddpm(self.schedule, steps, *spacing)

    def ddim(self, steps: int, eta: float = 0.0, *, use_clipped_model_output: bool = False) -> tuple[DDIM, Respaced]:
        """DDIMScheduler after ``set_timesteps(steps)``, stepping with ``eta``."""
        sampler = DDIM(eta, self.prediction, self.clipping(), use_clipped_model_output)
        path = Respaced.ddim(
            self.schedule,
            steps,
            self.config["timestep_spacing"],
            self.config["steps_offset"],
            set_alpha_to_one=bool(self.config["set_alpha_to_one"]),
        )
        return sampler, path


def from_config(config: Mapping | str | Path) -> SchedulerSettings:
    """A diffusers scheduler config (dict or JSON file) as :class:`SchedulerSettings`."""
    config = read_config(config)
    return SchedulerSettings(schedule_from_config(config), config)
