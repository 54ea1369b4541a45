"""Statistical checks of the simulator and the sampler, each at a stated family-wise false-alarm rate.

Each returns a :class:`~numeric.montecarlo.NumericResult`; its comparisons share
``false_alarm`` by Bonferroni, so a correct simulator fails a check with
probability at most ``false_alarm`` whatever the seed.  Seeded by the caller's
generator, hence reproducible.

* :func:`chain_marginal_check` -- the step-by-step chain's x_t against q(x_t | x_0);
* :func:`sampler_law_check` -- ancestral sampling with the exact denoiser of
  Gaussian data against its exact (Gaussian) output law;
* :func:`mixture_sampler_check` -- ancestral sampling with the exact denoiser of
  Gaussian-mixture data against the data distribution, for growing T.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from derivations.diffusion import FORWARD_VARIANCE
from numeric.denoisers import GaussianData, GaussianMixtureData
from numeric.forward_process import law_comparisons
from numeric.montecarlo import FALSE_ALARM, NumericResult, compare_distribution
from numeric.schedules import Schedule
from numeric.simulator import EPSILON, Prediction, add_noise, forward_trajectory, sample


def chain_marginal_check(
    rng: np.random.Generator,
    *,
    schedule: Schedule | None = None,
    x0: float = 1.5,
    n: int = 100_000,
    steps: Sequence[int] | None = None,
    false_alarm: float = FALSE_ALARM,
    simulate=forward_trajectory,
) -> NumericResult:
    """x_t of the chain from x_0 at ``steps`` against N(sqrt(abar_t) x_0, 1 - abar_t): mean, variance, KS.

    ``simulate(schedule, x0_batch, rng, steps=...)`` is the simulator under test.
    """
    schedule = Schedule.linear() if schedule is None else schedule
    steps = sorted({1, (schedule.steps + 1) // 2, schedule.steps}) if steps is None else list(steps)
    trajectory = simulate(schedule, np.full(n, x0), rng, steps=steps)
    variances = schedule.evaluate(FORWARD_VARIANCE)
    comparisons = []
    for t, x_t in zip(steps, trajectory, strict=True):
        mean = float(add_noise(schedule, np.float64(x0), np.float64(0.0), t))
        label = f"x_t of the chain, t = {t}, x_0 = {x0:g}"
        comparisons += law_comparisons(label, x_t, mean, float(variances[t - 1]), false_alarm / len(steps))
    return NumericResult("forward-marginal", f"step-by-step chain of {schedule.name}", tuple(comparisons), false_alarm)


def sampler_law_check(
    rng: np.random.Generator,
    *,
    schedule: Schedule | None = None,
    data: GaussianData | None = None,
    n: int = 50_000,
    variances: np.ndarray | None = None,
    prediction: Prediction = EPSILON,
    law: GaussianData | None = None,
    false_alarm: float = FALSE_ALARM,
) -> NumericResult:
    """The sampler with the exact denoiser of Gaussian ``data`` against its exact output ``law``.

    Each eigen-coordinate of the law, standardized, is tested for mean 0,
    variance 1 and normality.  ``law`` defaults to ``data.sampler_output_law``.
    """
    schedule = Schedule.linear() if schedule is None else schedule
    data = GaussianData(np.array([1.0, -0.5]), np.array([[0.6, 0.3], [0.3, 0.9]])) if data is None else data
    law = data.sampler_output_law(schedule, variances) if law is None else law
    model = data.model(schedule, prediction)
    x = sample(schedule, model, (n, data.dimension), rng, prediction=prediction, variances=variances)
    standardized = law.standardize(x)
    comparisons = []
    for j in range(data.dimension):
        label = f"sampler output, standardized eigen-coordinate {j}"
        comparisons += law_comparisons(label, standardized[:, j], 0.0, 1.0, false_alarm / data.dimension)
    family = f"exact {prediction.name} denoiser of Gaussian data, {schedule.name}"
    return NumericResult("ancestral-sampler-law", family, tuple(comparisons), false_alarm)


def mixture_sampler_check(
    rng: np.random.Generator,
    *,
    schedules: Sequence[Schedule] | None = None,
    data: GaussianMixtureData | None = None,
    n: int = 20_000,
    false_alarm: float = FALSE_ALARM,
) -> NumericResult:
    """The sampler with the exact denoiser of mixture ``data`` against the data law (KS per coordinate).

    The sampler's law differs from the data by a discretization error that
    vanishes as T grows: for large T the check passes, for small T it shows the error.
    """
    schedules = [Schedule.cosine(250), Schedule.cosine(1000)] if schedules is None else list(schedules)
    data = GaussianMixtureData([0.3, 0.7], [[-2.0], [1.5]], [[0.15], [0.4]]) if data is None else data
    alarm = false_alarm / (len(schedules) * data.dimension)
    comparisons = []
    for schedule in schedules:
        x = sample(schedule, data.model(schedule), (n, data.dimension), rng)
        for j in range(data.dimension):
            label = f"sampler output vs data, coordinate {j}, {schedule.name}"
            comparisons.append(compare_distribution(label, x[:, j], data.cdf(j), alarm))
    return NumericResult(
        "ancestral-sampler-mixture", "exact denoiser of Gaussian-mixture data", tuple(comparisons), false_alarm
    )
