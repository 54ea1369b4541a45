"""Throughput of the simulator against the floors it cannot beat, measured in this process.

* add_noise on 500 000 x 64 float64 against the bare NumPy expression
  sqrt(abar_t) x0 + sqrt(1 - abar_t) noise (memory bound);
* the 1000-step ancestral sampler on 4096 x 64 with an exact denoiser, and the
  step-by-step forward chain, against drawing the same number of normal
  variates with numpy.random.Generator.standard_normal(out=...) (RNG bound).

Each figure is the best of ``--repeats`` runs; ratios are lower-is-better.
``--json`` prints one JSON object instead of the table.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

import numpy as np

from numeric.denoisers import GaussianData
from numeric.schedules import Schedule
from numeric.simulator import add_noise, final_state, sample


def best_time(run: Callable[[], object], repeats: int) -> float:
    """The shortest CPU time (user + system) of ``repeats`` calls: robust to other processes sharing the cores."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def rng_floor(shape: tuple[int, ...], draws: int, dtype, seed: int) -> Callable[[], None]:
    """``draws`` in-place standard normal fills of one buffer: the cost of the random numbers alone."""

    def run() -> None:
        rng = np.random.default_rng(seed)
        buffer = np.empty(shape, dtype=dtype)
        for _ in range(draws):
            rng.standard_normal(out=buffer, dtype=dtype)

    return run


def measure_add_noise(schedule: Schedule, repeats: int, rows: int, dim: int) -> dict[str, float]:
    """add_noise at the middle step against the same formula as a bare NumPy expression."""
    rng = np.random.default_rng(0)
    x0, noise = rng.standard_normal((rows, dim)), rng.standard_normal((rows, dim))
    t = (schedule.steps + 1) // 2
    signal = float(np.sqrt(schedule.alphas_cumprod[t - 1]))
    scale = float(np.sqrt(schedule.one_minus_alphas_cumprod[t - 1]))
    return {
        "add_noise_floor_seconds": best_time(lambda: signal * x0 + scale * noise, repeats),
        "add_noise_seconds": best_time(lambda: add_noise(schedule, x0, noise, t), repeats),
    }


def measure(repeats: int, rows: int, dim: int, batch: int, steps: int) -> dict[str, float]:
    schedule = Schedule.linear(steps)
    figures = measure_add_noise(schedule, repeats, rows, dim)
    data = GaussianData(np.linspace(-1, 1, dim), np.linspace(0.25, 2.0, dim))
    model = data.model(schedule)
    shape = (batch, dim)
    for dtype, suffix in ((np.float64, ""), (np.float32, "_float32")):
        figures[f"sampler{suffix}_seconds"] = best_time(
            lambda dtype=dtype: sample(schedule, model, shape, np.random.default_rng(1), dtype=dtype), repeats
        )
        figures[f"rng{suffix}_seconds"] = best_time(rng_floor(shape, steps, dtype, 1), repeats)
    figures["chain_seconds"] = best_time(
        lambda: final_state(schedule, np.zeros(shape), np.random.default_rng(2)), repeats
    )
    figures["add_noise_vs_floor"] = figures["add_noise_seconds"] / figures["add_noise_floor_seconds"]
    figures["sampler_vs_rng"] = figures["sampler_seconds"] / figures["rng_seconds"]
    figures["sampler_float32_vs_rng"] = figures["sampler_float32_seconds"] / figures["rng_float32_seconds"]
    figures["chain_vs_rng"] = figures["chain_seconds"] / figures["rng_seconds"]
    return figures


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure; the best is kept (default 3)")
    parser.add_argument("--rows", type=int, default=500_000, help="add_noise batch (default 500000)")
    parser.add_argument("--batch", type=int, default=4096, help="sampler and chain batch (default 4096)")
    parser.add_argument("--dim", type=int, default=64, help="data dimension (default 64)")
    parser.add_argument("--steps", type=int, default=1000, help="T (default 1000)")
    args = parser.parse_args(argv)
    if min(args.repeats, args.rows, args.batch, args.dim, args.steps) < 1:
        parser.error("--repeats, --rows, --batch, --dim and --steps must be positive integers")
    figures = measure(args.repeats, args.rows, args.dim, args.batch, args.steps)
    if args.json:
        print(json.dumps(figures, indent=2))
        return
    print(
        f"add_noise {args.rows} x {args.dim} float64: {figures['add_noise_seconds']:.4f} s, "
        f"bare NumPy {figures['add_noise_floor_seconds']:.4f} s, ratio {figures['add_noise_vs_floor']:.2f} (target <= 1.2)"
    )
    print(
        f"sampler T = {args.steps}, {args.batch} x {args.dim} float64: {figures['sampler_seconds']:.3f} s, "
        f"RNG floor {figures['rng_seconds']:.3f} s, ratio {figures['sampler_vs_rng']:.2f} (target <= 1.3)"
    )
    print(
        f"sampler float32: {figures['sampler_float32_seconds']:.3f} s, RNG floor {figures['rng_float32_seconds']:.3f} s, "
        f"ratio {figures['sampler_float32_vs_rng']:.2f}"
    )
    print(
        f"forward chain T = {args.steps} float64: {figures['chain_seconds']:.3f} s, ratio {figures['chain_vs_rng']:.2f}"
    )


if __name__ == "__main__":
    main()
