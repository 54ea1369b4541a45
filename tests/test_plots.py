"""The optional plots render headless to PNG (matplotlib is the ``plot`` extra; CI installs it)."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("matplotlib", reason="matplotlib (the 'plot' extra) is not installed; plots cannot be rendered")

from numeric.plots import plot_forward_marginal, plot_schedule  # noqa: E402
from numeric.schedules import Schedule  # noqa: E402
from numeric.simulator import forward_trajectory  # noqa: E402

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def test_schedule_plot_renders(tmp_path):
    figure = plot_schedule(Schedule.cosine(200))
    left, right = figure.axes
    assert left.get_yscale() == "log" and right.get_yscale() == "log"
    assert len(left.lines[0].get_xdata()) == 200
    figure.savefig(tmp_path / "schedule.png")
    assert (tmp_path / "schedule.png").read_bytes()[:8] == PNG_SIGNATURE


def test_forward_marginal_plot_renders(tmp_path):
    schedule = Schedule.linear(100)
    steps = [1, 30, 100]
    trajectory = forward_trajectory(schedule, np.full(5000, 1.5), np.random.default_rng(0), steps=steps)
    figure = plot_forward_marginal(schedule, 1.5, dict(zip(steps, trajectory)))
    assert len(figure.axes) == 3 and all(len(ax.patches) == 60 for ax in figure.axes)
    figure.savefig(tmp_path / "marginal.png")
    assert (tmp_path / "marginal.png").read_bytes()[:8] == PNG_SIGNATURE


def test_forward_marginal_plot_needs_samples():
    with pytest.raises(ValueError, match="at least one step"):
        plot_forward_marginal(Schedule.linear(10), 0.0, {})
