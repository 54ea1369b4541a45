"""Throughput of the simulator against the floors it cannot beat, measured in this process.

* add_noise on 500 000 x 64 float64 against the bare NumPy expression
  sqrt(abar_t) x0 + sqrt(1 - abar_t) noise (memory bound);
* the 1000-step ancestral sampler on 4096 x 64 with an exact denoiser, and the
  step-by-step forward chain, against drawing the same number of normal
  variates with numpy.random.Generator.standard_normal(out=...) (RNG bound);
* the 50-step DDIM sampler (eta = 1) against the same RNG floor, and at eta = 0
  (deterministic) against the same update written as bare NumPy;
* the variational bound in bits/dim (T = 1000, 256 x 64) against the same terms
  written as a bare NumPy loop over precomputed coefficients.

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
from numeric.likelihood import variational_bound
from numeric.respacing import Respaced
from numeric.samplers import DDIM, DDPM, run
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
    figures.update(measure_ddim(schedule, data, shape, repeats))
    figures.update(measure_bound(schedule, data, repeats))
    figures["add_noise_vs_floor"] = figures["add_noise_seconds"] / figures["add_noise_floor_seconds"]
    figures["sampler_vs_rng"] = figures["sampler_seconds"] / figures["rng_seconds"]
    figures["sampler_float32_vs_rng"] = figures["sampler_float32_seconds"] / figures["rng_float32_seconds"]
    figures["chain_vs_rng"] = figures["chain_seconds"] / figures["rng_seconds"]
    return figures


def measure_ddim(schedule: Schedule, data: GaussianData, shape: tuple[int, int], repeats: int) -> dict[str, float]:
    """DDIM, 50 steps: eta = 1 against 50 RNG fills; eta = 0 against a bare NumPy loop x <- a x + b model(x)."""
    path = Respaced.ddim(schedule, 50)
    model = data.model(schedule)
    a, b, _ = DDIM(0.0).affine(path)
    steps = path.steps

    def bare() -> None:
        x = np.random.default_rng(3).standard_normal(shape)
        for k in range(path.size, 0, -1):
            x = a[k - 1] * x + b[k - 1] * model(x, int(steps[k - 1]))

    figures = {
        "ddim_seconds": best_time(lambda: run(DDIM(1.0), path, model, shape, np.random.default_rng(3)), repeats),
        "ddim_rng_seconds": best_time(rng_floor(shape, path.size + 1, np.float64, 3), repeats),
        "ddim_eta0_seconds": best_time(lambda: run(DDIM(0.0), path, model, shape, np.random.default_rng(3)), repeats),
        "ddim_eta0_floor_seconds": best_time(bare, repeats),
    }
    figures["ddim_vs_rng"] = figures["ddim_seconds"] / figures["ddim_rng_seconds"]
    figures["ddim_eta0_vs_floor"] = figures["ddim_eta0_seconds"] / figures["ddim_eta0_floor_seconds"]
    return figures


def measure_bound(schedule: Schedule, data: GaussianData, repeats: int, batch: int = 256) -> dict[str, float]:
    """The bound at T = 1000 against the same KL terms and decoder as a bare NumPy loop (fixed_small, no clipping)."""
    path = Respaced.every_step(schedule)
    model = data.model(schedule)
    x0 = np.clip(data.sample(np.random.default_rng(4), batch), -1, 1)
    abar, prev = schedule.alphas_cumprod, schedule.alphas_cumprod_prev
    variance = schedule.betas * (1 - prev) / (1 - abar)
    log_var = np.log(np.concatenate(([variance[1]], variance[1:])))
    c1 = schedule.betas * np.sqrt(prev) / (1 - abar)  # mu_q - mu_theta = c1 (x_0 - x0_hat): the x_t terms cancel

    def bare() -> None:
        rng = np.random.default_rng(5)
        for t in range(schedule.steps, 1, -1):
            x_t = np.sqrt(abar[t - 1]) * x0 + np.sqrt(1 - abar[t - 1]) * rng.standard_normal(x0.shape)
            x0_hat = (x_t - np.sqrt(1 - abar[t - 1]) * model(x_t, t)) / np.sqrt(abar[t - 1])
            difference = c1[t - 1] * (x0 - x0_hat)
            (difference**2 * np.exp(-log_var[t - 1]) / 2).mean(axis=1)

    figures = {
        "bound_seconds": best_time(
            lambda: variational_bound(DDPM(), path, model, x0, np.random.default_rng(5)), repeats
        ),
        "bound_floor_seconds": best_time(bare, repeats),
    }
    figures["bound_vs_floor"] = figures["bound_seconds"] / figures["bound_floor_seconds"]
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
    print(
        f"DDIM 50 steps eta = 1: {figures['ddim_seconds']:.3f} s, RNG floor {figures['ddim_rng_seconds']:.3f} s, "
        f"ratio {figures['ddim_vs_rng']:.2f} (target <= 1.3); eta = 0: {figures['ddim_eta0_seconds']:.3f} s, "
        f"bare NumPy {figures['ddim_eta0_floor_seconds']:.3f} s, ratio {figures['ddim_eta0_vs_floor']:.2f} (target <= 1.3)"
    )
    print(
        f"bound in bits/dim T = 1000, 256 x {args.dim}: {figures['bound_seconds']:.3f} s, "
        f"bare NumPy {figures['bound_floor_seconds']:.3f} s, ratio {figures['bound_vs_floor']:.2f} (target <= 1.3)"
    )


if __name__ == "__main__":
    main()
