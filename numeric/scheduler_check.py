"""Check a scheduler with diffusers' interface against the derivations (``diffproof check-scheduler``).

The scheduler is read through its interface only: ``config``, ``alphas_cumprod``,
``set_timesteps(n)``, ``timesteps``, ``add_noise(x0, noise, timesteps)`` and
``step(model_output, timestep, sample, generator=..., [eta=...])`` returning ``prev_sample`` and
``pred_original_sample``, with torch tensors or NumPy arrays.  The reference is the simulator on
the scheduler's *own* ``alphas_cumprod``, with the sampler its config names (DDIM when ``step``
takes ``eta``, else DDPM), so a float32 table is not an error; arithmetic is, beyond the
rounding bound stated by each check.

* add_noise: x_t = sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps at every training timestep;
* each step of ``set_timesteps(n)``: the predicted x_0 and the mean, for given model outputs;
* the noise scale sigma_t, from the step's noise replayed (two seeds, the same generator
  convention as diffusers' ``randn_tensor`` or NumPy's ``standard_normal``); for a scheduler that
  draws its noise its own way, the mean and sigma_t are tested statistically instead (a z-test and a
  chi-square test of the residual prev_sample - mean at each timestep, family-wise false alarm 1e-6),
  so that a correct scheduler is never failed for its choice of random numbers;
* the law of whole sampling runs on Gaussian data with its exact denoiser, against the exact
  Gaussian law (standardized mean, variance, normality and correlations, family-wise false alarm 1e-6).
"""

from __future__ import annotations

import importlib
import inspect
import sys
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
from scipy import stats

from numeric.denoisers import GaussianData
from numeric.diffusers_config import SchedulerSettings, read_config
from numeric.forward_process import law_comparisons
from numeric.montecarlo import FALSE_ALARM, Comparison, compare_equal, exact, mean_estimate, z_two_sided
from numeric.respacing import Respaced
from numeric.samplers import DDIM
from numeric.schedules import Schedule, ScheduleError
from numeric.simulator import add_noise

INTERFACE = ("config", "alphas_cumprod", "set_timesteps", "timesteps", "add_noise", "step")
#: Rounding allowance in units of the table's precision (see :func:`tolerance`).
ULPS = 64


class SchedulerUsageError(ValueError):
    """The scheduler cannot be loaded or does not have the interface (exit status 2)."""


# --- loading --------------------------------------------------------------------------------------
def load(spec: str, search_path: str | None = None):
    """``MODULE:NAME`` -> a scheduler: NAME is an instance, or a class or factory called with no arguments."""
    module_name, _, name = spec.partition(":")
    if not module_name or not name:
        raise SchedulerUsageError(f"expected MODULE:NAME (e.g. diffusers:DDIMScheduler), got {spec!r}")
    if search_path is not None and search_path not in sys.path:
        sys.path.insert(0, search_path)
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise SchedulerUsageError(f"cannot import {module_name!r}: {error}") from None
    try:
        target = getattr(module, name)
    except AttributeError:
        raise SchedulerUsageError(f"module {module_name!r} has no attribute {name!r}") from None
    scheduler = target() if callable(target) and not hasattr(target, "step") or inspect.isclass(target) else target
    missing = [member for member in INTERFACE if not hasattr(scheduler, member)]
    if missing:
        raise SchedulerUsageError(f"{spec} lacks the scheduler interface: no {', '.join(missing)}")
    return scheduler


def real(values: np.ndarray) -> np.ndarray:
    """A scheduler's output as float64: complex values only where every imaginary part is rounding, at most
    8 sqrt(eps) times the largest magnitude (NumPy would drop the imaginary parts with a warning)."""
    if not np.iscomplexobj(values):
        return np.asarray(values, dtype=np.float64)
    size = float(np.max(np.abs(values), initial=1.0))
    imaginary = float(np.max(np.abs(values.imag), initial=0.0))
    if not imaginary <= 8 * np.sqrt(np.finfo(values.dtype).eps) * size:
        raise SchedulerUsageError(f"the scheduler returned complex values (imaginary parts up to {imaginary:.3g})")
    return np.asarray(values.real, dtype=np.float64)


# --- arrays: torch tensors or NumPy arrays, by the type of alphas_cumprod --------------------------
@dataclass(frozen=True)
class NumpyArrays:
    """Inputs as float64 arrays; noise from ``np.random.default_rng(seed).standard_normal``."""

    def native(self, values: np.ndarray):
        return np.asarray(values, dtype=np.float64)

    def timesteps(self, values: np.ndarray):
        return np.asarray(values, dtype=np.int64)

    def numpy(self, values) -> np.ndarray:
        return real(np.asarray(values))

    def generator(self, seed: int):
        return np.random.default_rng(seed)

    def precision(self, table) -> float:
        return float(np.finfo(np.asarray(table).dtype).eps)

    def replay(self, seed: int, shape: tuple[int, ...]) -> np.ndarray:
        return np.random.default_rng(seed).standard_normal(shape)


@dataclass(frozen=True)
class TorchArrays:
    """Inputs as float64 CPU tensors; noise as diffusers' ``randn_tensor``: ``torch.randn(shape, generator=...)``."""

    torch: object = field(repr=False)

    def native(self, values: np.ndarray):
        return self.torch.from_numpy(np.ascontiguousarray(values, dtype=np.float64))

    def timesteps(self, values: np.ndarray):
        return self.torch.from_numpy(np.asarray(values, dtype=np.int64))

    def numpy(self, values) -> np.ndarray:
        return real(values.detach().cpu().numpy())

    def generator(self, seed: int):
        return self.torch.Generator().manual_seed(seed)

    def precision(self, table) -> float:
        return float(self.torch.finfo(table.dtype).eps)

    def replay(self, seed: int, shape: tuple[int, ...]) -> np.ndarray:
        return self.torch.randn(shape, generator=self.generator(seed), dtype=self.torch.float64).numpy()


def arrays_of(scheduler):
    """The array convention of ``scheduler``, from the type of its ``alphas_cumprod``."""
    if type(scheduler.alphas_cumprod).__module__.split(".")[0] == "torch":
        import torch

        return TorchArrays(torch)
    return NumpyArrays()


# --- results --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckResult:
    """One check: what was compared, the worst error against its tolerance, and where."""

    name: str
    compared: str
    passed: bool
    worst: float
    tolerance: float
    where: str
    method: str

    def describe(self) -> str:
        verdict = "ok" if self.passed else "FAILED"
        return (
            f"{self.name}: {verdict}\n    {self.compared}\n"
            f"    worst error {self.worst:.3g} (allowed {self.tolerance:.3g}) at {self.where}; {self.method}"
        )

    def to_json(self) -> dict:
        return {
            key: getattr(self, key) for key in ("name", "compared", "passed", "worst", "tolerance", "where", "method")
        }


def tolerance(precision: float, condition: np.ndarray, scale: np.ndarray) -> np.ndarray:
    """ULPS units of the table's precision, times the coefficient's condition, times the operands' size.

    The scheduler computes its coefficients from its own table in its own precision; a ratio
    1 - abar_t / abar_s loses digits in proportion to alpha / beta of the pair (the condition).
    """
    return ULPS * precision * condition * scale


def _worst(name: str, compared: str, error: np.ndarray, allowed: np.ndarray, where: list[str], method: str):
    ratio = error / allowed
    index = int(np.argmax(ratio))
    return CheckResult(
        name, compared, bool(ratio[index] <= 1), float(error[index]), float(allowed[index]), where[index], method
    )


# --- statistical tests of a step's noise and of a run's law ---------------------------------------
@dataclass(frozen=True)
class ResidualTest:
    """Tests of residuals r = sigma z + e of ``n`` elements (z i.i.d. N(0, 1), |e| <= a rounding), each at ``alpha``.

    * mean: a two-sided z-test that r has mean 0: |mean r| <= z_(alpha/2) s / sqrt(n) + a;
    * scale: a two-sided chi-square test of sum (z_i)^2 ~ chi-square(n), the triangle inequality
      bounding e: sigma sqrt(q_lo) - a sqrt(n) <= |r| <= sigma sqrt(q_hi) + a sqrt(n), reported as the
      ratio |r| / (sigma sqrt(n)) (the fitted sigma over the reference) and its distance from 1.

    Each method returns (error, allowed); the test passes when error <= allowed.
    """

    n: int
    alpha: float

    @cached_property
    def z(self) -> float:
        return z_two_sided(self.alpha)

    @cached_property
    def quantiles(self) -> tuple[float, float]:
        low, high = stats.chi2.ppf([self.alpha / 2, 1 - self.alpha / 2], self.n)
        return float(low), float(high)

    def mean(self, residual: np.ndarray, allowed: float) -> tuple[float, float]:
        return abs(float(residual.mean())), self.z * float(residual.std(ddof=1)) / np.sqrt(self.n) + allowed

    def scale(self, residual: np.ndarray, sigma: float, allowed: float) -> tuple[float, float]:
        ratio = float(np.sqrt(np.square(residual).sum() / self.n) / sigma)  # no BLAS: it spins on shared cores
        low, high = self.quantiles
        slack = allowed / sigma
        bound = np.sqrt(high / self.n) + slack - 1 if ratio >= 1 else 1 - np.sqrt(low / self.n) + slack
        return abs(ratio - 1), float(bound)


def run_law_comparisons(standardized: np.ndarray, false_alarm: float) -> list[Comparison]:
    """Runs standardized by their exact law, i.i.d. N(0, I) exactly when the runs follow it.

    Per coordinate: mean (z), variance (chi-square), normality (Kolmogorov-Smirnov); and the
    correlation of the first two (z-test that the product has mean 0).  Bonferroni: d + 1 groups
    at ``false_alarm / (d + 1)``, a coordinate's three tests at a third of that.
    """
    d = standardized.shape[1]
    alarm = false_alarm / (d + 1)
    comparisons = []
    for j in range(d):
        comparisons += law_comparisons(f"coordinate {j}", standardized[:, j], 0.0, 1.0, alarm)
    product = standardized[:, 0] * standardized[:, 1]
    comparisons.append(compare_equal("correlation", mean_estimate(product) - exact(0.0), alarm))
    return comparisons


# --- the checks -----------------------------------------------------------------------------------
@dataclass
class SchedulerCheck:
    """Everything needed to compare ``scheduler`` with the simulator."""

    scheduler: object
    steps: int = 50
    seed: int = 0
    runs: int = 20_000

    def __post_init__(self) -> None:
        self.arrays = arrays_of(self.scheduler)
        table = self.arrays.numpy(self.scheduler.alphas_cumprod)
        self.precision = self.arrays.precision(self.scheduler.alphas_cumprod)
        try:
            self.schedule = Schedule.from_alphas_cumprod(
                np.asarray(table, dtype=np.float64), "the scheduler's alphas_cumprod"
            )
        except ScheduleError as error:
            raise SchedulerUsageError(f"alphas_cumprod is not a noise schedule: {error}") from None
        self.settings = SchedulerSettings(self.schedule, read_config(dict(self.scheduler.config)))
        self.is_ddim = "eta" in inspect.signature(self.scheduler.step).parameters
        self.takes_noise = "variance_noise" in inspect.signature(self.scheduler.step).parameters
        self.rng = np.random.default_rng(self.seed)

    @property
    def kind(self) -> str:
        return "DDIM" if self.is_ddim else "DDPM"

    def path(self) -> Respaced:
        """The reference path of the scheduler's own timesteps after ``set_timesteps(steps)``."""
        self.scheduler.set_timesteps(self.steps)
        visited = np.array([int(t) for t in self.scheduler.timesteps], dtype=np.int64)
        if not self.is_ddim:
            return Respaced.from_timesteps(self.schedule, visited)
        final = float(np.asarray(getattr(self.scheduler, "final_alpha_cumprod", 1.0), dtype=np.float64))
        previous = np.maximum(visited - self.schedule.steps // self.steps, -1)
        return Respaced.from_timesteps(self.schedule, visited, previous, final_alpha_cumprod=final)

    def sampler(self, eta: float = 0.0):
        settings = self.settings
        if self.is_ddim:
            return DDIM(eta, settings.prediction, settings.clipping())
        return settings.ddpm()[0]

    # add_noise ---------------------------------------------------------------------------------
    def check_add_noise(self) -> CheckResult:
        T = self.schedule.steps
        x0 = self.rng.uniform(-1.5, 1.5, (T, 4))
        noise = self.rng.standard_normal((T, 4))
        timesteps = np.arange(T)
        got = self.arrays.numpy(
            self.scheduler.add_noise(
                self.arrays.native(x0), self.arrays.native(noise), self.arrays.timesteps(timesteps)
            )
        )
        expected = add_noise(self.schedule, x0, noise, timesteps + 1)
        error = np.abs(got - expected).max(axis=1)
        allowed = tolerance(self.precision, 1.0, np.abs(x0).max(axis=1) + np.abs(noise).max(axis=1))
        return _worst(
            "add_noise",
            f"add_noise(x_0, eps, t) against sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps at all {T} timesteps",
            error,
            allowed,
            [f"timestep {t}" for t in timesteps],
            f"rounding bound {ULPS} ulps of the table's precision",
        )

    # steps ---------------------------------------------------------------------------------------
    def _call_step(self, output, timestep, sample, seed: int, eta: float):
        kwargs = {"eta": eta} if self.is_ddim else {}
        if self.is_ddim and self.takes_noise:
            kwargs["variance_noise"] = self.arrays.native(self.arrays.replay(seed, sample.shape))
        else:
            kwargs["generator"] = self.arrays.generator(seed)
        result = self.scheduler.step(self.arrays.native(output), timestep, self.arrays.native(sample), **kwargs)
        prev, x0 = (result.prev_sample, result.pred_original_sample) if hasattr(result, "prev_sample") else result[:2]
        return self.arrays.numpy(prev), self.arrays.numpy(x0)

    def check_steps(self, eta: float, false_alarm: float = FALSE_ALARM) -> list[CheckResult]:
        """pred_original_sample, the mean and the noise scale at every timestep of ``set_timesteps(steps)``.

        The noise is replayed when the scheduler draws it as diffusers' ``randn_tensor`` or NumPy's
        ``standard_normal`` (or takes ``variance_noise``), and then every comparison is exact up to
        rounding.  A scheduler that draws its noise its own way is correct or not all the same:
        its mean and noise scale are then tested statistically (:meth:`_noise_tests`), at
        family-wise ``false_alarm``, never failed for not being replayable.
        """
        path = self.path()
        sampler = self.sampler(eta)
        native_steps = list(self.scheduler.timesteps)
        shape = (16, 4)
        rows = {"x0": [], "mean": [], "scale": []}
        where = []
        replayed = True
        for position, timestep in zip(range(path.size, 0, -1), native_steps):
            x_t = self.rng.standard_normal(shape)
            output = 0.8 * self.rng.standard_normal(shape)
            seeds = (self.seed + 2 * position, self.seed + 2 * position + 1)
            (prev1, x0), (prev2, _) = (self._call_step(output, timestep, x_t, s, eta) for s in seeds)
            z1, z2 = (self.arrays.replay(s, shape) for s in seeds)
            reference = sampler.mean(path, position, x_t, output)
            sigma = self._sigma(sampler, path, position)
            gap = (z1 - z2).ravel()
            scale = float(np.dot((prev1 - prev2).ravel(), gap) / np.dot(gap, gap))
            fit = np.abs(prev1 - prev2 - scale * (z1 - z2)).max()
            allowed = self._allowed(path, position, x_t, output)
            replayed &= fit <= allowed + 4 * allowed * abs(scale) or fit <= allowed
            mean = prev1 - scale * z1
            rows["x0"].append((np.abs(x0 - reference.pred_original_sample).max(), allowed))
            rows["mean"].append((np.abs(mean - reference.prev_sample).max(), allowed))
            rows["scale"].append((abs(scale - sigma), allowed * max(sigma, 1e-3)))
            where.append(f"timestep {int(timestep)}")
        label = self._label(eta, path)
        method = f"rounding bound {ULPS} ulps of the table's precision times the step's condition"
        results = [
            _worst(
                "pred_original_sample",
                f"{label}: predicted x_0 (after clipping) against the reference",
                *_split(rows["x0"]),
                where,
                method,
            )
        ]
        if not replayed:
            return results + self._noise_tests(eta, path, sampler, false_alarm)
        return results + [
            _worst(
                "mean",
                f"{label}: prev_sample minus its replayed noise against the reference mean",
                *_split(rows["mean"]),
                where,
                method,
            ),
            _worst(
                "noise scale",
                f"{label}: sigma_t fitted to the replayed noise against the reference sigma_t",
                *_split(rows["scale"]),
                where,
                "least squares on two seeds; " + method,
            ),
        ]

    def _label(self, eta: float, path: Respaced) -> str:
        kind = f"{self.kind} step{f', eta = {eta:g}' if self.is_ddim else ''}"
        return f"{kind}, {path.size} timesteps of set_timesteps({self.steps})"

    def _sigma(self, sampler, path: Respaced, position: int) -> float:
        """The reference sigma_t of the step at ``position``."""
        if self.is_ddim:
            return float(sampler.scales(path)[position - 1])
        return float(sampler.variance.scale(path, position))

    def _allowed(self, path: Respaced, position: int, x_t: np.ndarray, output: np.ndarray) -> float:
        """The rounding allowance of one element of the step's output."""
        size = np.abs(x_t).max() + np.abs(output).max() + 1
        return float(tolerance(self.precision, self._condition(path, position), size))

    def _noise_tests(self, eta: float, path: Respaced, sampler, false_alarm: float) -> list[CheckResult]:
        """The mean and the noise scale of steps whose noise cannot be replayed: a :class:`ResidualTest` per timestep.

        At each timestep ``runs`` x 4 elements are stepped once and compared with the reference mean;
        where sigma_t = 0 the step must return its mean (|residual| <= rounding).
        """
        shape = (self.runs, 4)
        test = ResidualTest(shape[0] * shape[1], false_alarm / (2 * path.size))
        means, scales, where = [], [], []
        for position, timestep in zip(range(path.size, 0, -1), list(self.scheduler.timesteps)):
            x_t = self.rng.standard_normal(shape)
            output = 0.8 * self.rng.standard_normal(shape)
            prev, _ = self._call_step(output, timestep, x_t, self.seed + 2 * position, eta)
            residual = (prev - sampler.mean(path, position, x_t, output).prev_sample).ravel()
            sigma = self._sigma(sampler, path, position)
            allowed = self._allowed(path, position, x_t, output)
            where.append(f"timestep {int(timestep)}")
            if sigma == 0:
                worst = float(np.abs(residual).max())
                means.append((worst, allowed))
                scales.append((worst, allowed))
            else:
                means.append(test.mean(residual, allowed))
                scales.append(test.scale(residual, sigma, allowed))
        label = self._label(eta, path)
        reason = "the noise is not drawn as diffusers' randn_tensor or NumPy's standard_normal, so it is tested"
        family = f"at family-wise false alarm {false_alarm:g} (Bonferroni over {2 * path.size} tests), n = {test.n} per timestep"
        return [
            _worst(
                "mean",
                f"{label}: prev_sample minus the reference mean has mean 0 ({reason})",
                *_split(means),
                where,
                f"z-test {family}, plus rounding; exact where sigma_t = 0",
            ),
            _worst(
                "noise scale",
                f"{label}: |prev_sample - reference mean| / sqrt(n) against sigma_t, as a ratio ({reason})",
                *_split(scales),
                where,
                f"chi-square test of the residual variance {family}, plus rounding; exact where sigma_t = 0",
            ),
        ]

    def _condition(self, path: Respaced, position: int) -> float:
        """1 + alpha / beta of the pair (the loss in 1 - abar_t / abar_s) times 1 / sqrt(abar_t) (x_0 from x_t)."""
        abar, previous = path.alphas_cumprod[position - 1], path.alphas_cumprod_prev[position - 1]
        ratio = abar / previous
        with np.errstate(divide="ignore"):
            return float((1 + ratio / max(1 - ratio, 1e-300)) * (1 + 1 / np.sqrt(max(abar, 1e-300))))

    # the law of whole runs ---------------------------------------------------------------------
    def check_law(self, eta: float, false_alarm: float) -> CheckResult:
        """Runs on Gaussian data with its exact denoiser against the exact law of the reference sampler."""
        data = GaussianData(np.array([0.3, -0.2]), np.array([[0.010, 0.004], [0.004, 0.012]]))
        path = self.path()
        sampler = self.sampler(eta)
        unclipped = type(sampler)(**{**sampler.__dict__, "clip": None})
        law = data.run_law(unclipped, path)
        model = data.model(self.schedule, sampler.prediction)
        x = self.rng.standard_normal((self.runs, data.dimension))
        for position, timestep in zip(range(path.size, 0, -1), list(self.scheduler.timesteps)):
            output = model(x, int(path.steps[position - 1]))
            kwargs = {"eta": eta} if self.is_ddim else {}
            result = self.scheduler.step(
                self.arrays.native(output),
                timestep,
                self.arrays.native(x),
                generator=self.arrays.generator(self.seed + position),
                **kwargs,
            )
            x = self.arrays.numpy(result.prev_sample if hasattr(result, "prev_sample") else result[0])
        comparisons = run_law_comparisons(law.standardize(x), false_alarm)
        failed = [c for c in comparisons if not c.passed]
        worst = max(comparisons, key=lambda c: 0 if c.passed else 1)
        label = f"{self.kind} run{f', eta = {eta:g}' if self.is_ddim else ''} of {path.size} steps, {self.runs} samples of 2-d Gaussian data"
        return CheckResult(
            "law of a run",
            f"{label}: standardized by the exact law (mean, variance, Kolmogorov-Smirnov, correlation)",
            not failed,
            float(worst.estimate),
            float(worst.interval[1]),
            (failed[0].label if failed else "every coordinate"),
            f"family-wise false alarm {false_alarm:g} (Bonferroni over {len(comparisons)} tests)",
        )

    def run_all(self) -> list[CheckResult]:
        etas = (0.0, 0.5, 1.0) if self.is_ddim else (0.0,)
        results = [self.check_add_noise()]
        for eta in etas:
            results += self.check_steps(eta, FALSE_ALARM / len(etas))
        law_etas = (0.0, 1.0) if self.is_ddim else (0.0,)
        for eta in law_etas:
            results.append(self.check_law(eta, FALSE_ALARM / len(law_etas)))
        return results


def _split(rows):
    errors, allowed = zip(*rows)
    return np.asarray(errors, dtype=float), np.asarray(allowed, dtype=float)
