"""Pictures of a schedule and of the forward marginal (optional extra: ``pip install diffproof[plot]``).

Figures are built with :class:`matplotlib.figure.Figure` directly, not pyplot,
so they render headless (``figure.savefig("schedule.png")``) with no backend
configured; in a notebook the returned figure displays itself.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from scipy import stats

from derivations.diffusion import FORWARD_VARIANCE
from numeric.schedules import Schedule
from numeric.simulator import add_noise


def _figure(columns: int, rows: int = 1):
    try:
        from matplotlib.figure import Figure
    except ImportError as error:  # pragma: no cover - exercised only without the extra
        raise ImportError("numeric.plots needs matplotlib: pip install 'diffproof[plot]'") from error
    figure = Figure(figsize=(4.5 * columns, 3.5 * rows), layout="constrained")
    return figure, figure.subplots(rows, columns, squeeze=False)


def plot_schedule(schedule: Schedule):
    """abar_t (left) and SNR(t) = abar_t / (1 - abar_t) (right), both on a log scale, against t."""
    figure, ((cumulative, snr),) = _figure(2)
    t = np.arange(1, schedule.steps + 1)
    cumulative.semilogy(t, schedule.alphas_cumprod)
    cumulative.set(xlabel="$t$", ylabel=r"$\bar\alpha_t$", title=schedule.name)
    snr.semilogy(t, np.exp(schedule.log_snr))
    snr.set(xlabel="$t$", ylabel=r"$\mathrm{SNR}(t)$", title="signal-to-noise ratio")
    return figure


def plot_forward_marginal(schedule: Schedule, x0: float, samples: Mapping[int, np.ndarray], *, bins: int = 60):
    """Histograms of simulated x_t (``samples[t]``) against q(x_t | x_0) = N(sqrt(abar_t) x_0, 1 - abar_t)."""
    if not samples:
        raise ValueError("plot_forward_marginal: samples must map at least one step t to its simulated x_t")
    figure, (axes,) = _figure(len(samples))
    variances = schedule.evaluate(FORWARD_VARIANCE)
    for ax, (t, x_t) in zip(axes, sorted(samples.items())):
        mean = float(add_noise(schedule, np.float64(x0), np.float64(0.0), t))
        std = float(np.sqrt(variances[t - 1]))
        grid = np.linspace(mean - 5 * std, mean + 5 * std, 400)
        ax.hist(np.ravel(x_t), bins=bins, density=True, alpha=0.5, label="simulated")
        ax.plot(grid, stats.norm.pdf(grid, mean, std), label="closed form")
        ax.set(xlabel=f"$x_{{{t}}}$", title=f"$q(x_{{{t}}} \\mid x_0 = {x0:g})$")
        ax.legend()
    return figure
