"""Throughput of the simulator against the floors it cannot beat, measured in this process.

A floor does the work the measured code cannot avoid, and no more: the random numbers, the
model's evaluations, the arithmetic of the formula written as bare NumPy.  A ratio near 1 then
means the simulator adds little of its own.

* add_noise on 500 000 x 64 float64 against the bare NumPy expression
  sqrt(abar_t) x0 + sqrt(1 - abar_t) noise (memory bound);
* the 1000-step ancestral sampler on 4096 x 64 with an exact denoiser against drawing the same
  normal variates with numpy.random.Generator.standard_normal(out=...) *and* calling the same
  denoiser on the same state at each step (RNG + model); the step-by-step forward chain, which
  calls no model, against the normals alone (RNG);
* the 50-step DDIM sampler at eta = 1 against the same RNG + model floor, and at eta = 0
  (deterministic) against the same update written as a bare in-place NumPy loop with the model;
* the variational bound in bits/dim (T = 1000, 256 x 64) against the same terms written as a bare
  NumPy loop over precomputed coefficients: x_t, the model, x_0-hat, both posterior means, the
  Gaussian KL and the decoder at t = 1, and the prior.

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
from numeric.likelihood import discretized_gaussian_log_likelihood, variational_bound
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


def sampler_floor(model, steps, shape: tuple[int, ...], dtype, seed: int) -> Callable[[], None]:
    """The initial draw, then at each step the model on the state and one in-place fill of normals.

    The work every sampler with this model must do: its random numbers and its model's evaluations.
    """

    def run() -> None:
        rng = np.random.default_rng(seed)
        x = rng.standard_normal(shape, dtype=dtype)
        noise = np.empty(shape, dtype=dtype)
        for t in steps:
            model(x, t)
            rng.standard_normal(out=noise, dtype=dtype)

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
        figures[f"sampler{suffix}_floor_seconds"] = best_time(
            sampler_floor(model, range(steps, 0, -1), shape, dtype, 1), repeats
        )
    figures["rng_seconds"] = best_time(rng_floor(shape, steps, np.float64, 1), repeats)
    figures["chain_seconds"] = best_time(
        lambda: final_state(schedule, np.zeros(shape), np.random.default_rng(2)), repeats
    )
    figures.update(measure_ddim(schedule, data, shape, repeats))
    figures.update(measure_bound(schedule, data, repeats))
    figures["add_noise_vs_floor"] = figures["add_noise_seconds"] / figures["add_noise_floor_seconds"]
    figures["sampler_vs_floor"] = figures["sampler_seconds"] / figures["sampler_floor_seconds"]
    figures["sampler_float32_vs_floor"] = figures["sampler_float32_seconds"] / figures["sampler_float32_floor_seconds"]
    figures["chain_vs_rng"] = figures["chain_seconds"] / figures["rng_seconds"]
    return figures


def measure_ddim(schedule: Schedule, data: GaussianData, shape: tuple[int, int], repeats: int) -> dict[str, float]:
    """DDIM, 50 steps: eta = 1 against RNG + model; eta = 0 against a bare in-place loop x <- a x + b model(x)."""
    path = Respaced.ddim(schedule, 50)
    model = data.model(schedule)
    a, b, _ = DDIM(0.0).affine(path)
    steps = [int(t) for t in path.steps[::-1]]

    def bare() -> np.ndarray:
        x = np.random.default_rng(3).standard_normal(shape)
        for k, t in zip(range(path.size, 0, -1), steps):
            output = model(x, t)
            x *= a[k - 1]
            output *= b[k - 1]
            x += output
        return x

    measured = run(DDIM(0.0), path, model, shape, np.random.default_rng(3))
    if not np.allclose(bare(), measured, rtol=1e-12, atol=1e-12):  # the floor computes the same samples
        raise AssertionError("benchmark: the bare NumPy DDIM loop differs from run(DDIM(0.0))")
    figures = {
        "ddim_seconds": best_time(lambda: run(DDIM(1.0), path, model, shape, np.random.default_rng(3)), repeats),
        "ddim_floor_seconds": best_time(sampler_floor(model, steps, shape, np.float64, 3), repeats),
        "ddim_eta0_seconds": best_time(lambda: run(DDIM(0.0), path, model, shape, np.random.default_rng(3)), repeats),
        "ddim_eta0_floor_seconds": best_time(bare, repeats),
    }
    figures["ddim_vs_floor"] = figures["ddim_seconds"] / figures["ddim_floor_seconds"]
    figures["ddim_eta0_vs_floor"] = figures["ddim_eta0_seconds"] / figures["ddim_eta0_floor_seconds"]
    return figures


def measure_bound(schedule: Schedule, data: GaussianData, repeats: int, batch: int = 256) -> dict[str, float]:
    """The bound at T = 1000 (fixed_small, no clipping) against its terms as a bare NumPy loop.

    The loop does what the bound is defined by (improved-diffusion's ``_vb_terms_bpd``): x_t from
    fresh noise, the model, x_0-hat, the posterior mean at x_0 and at x_0-hat, their Gaussian KL
    per dimension, the decoder's discretized likelihood at t = 1 and the prior's KL.
    """
    path = Respaced.every_step(schedule)
    model = data.model(schedule)
    x0 = np.clip(data.sample(np.random.default_rng(4), batch), -1, 1)
    abar, prev, betas = schedule.alphas_cumprod, schedule.alphas_cumprod_prev, schedule.betas
    signal, spread = np.sqrt(abar), np.sqrt(1 - abar)
    on_x0, on_xt = np.sqrt(prev) * betas / (1 - abar), np.sqrt(schedule.alphas) * (1 - prev) / (1 - abar)
    variance = betas * (1 - prev) / (1 - abar)
    log_var = np.log(np.concatenate(([variance[1]], variance[1:])))  # "clipped" at t = 1, as DDPM
    log2 = np.log(2.0)

    def bare() -> np.ndarray:
        rng = np.random.default_rng(5)
        terms = np.empty((batch, schedule.steps))
        for t in range(schedule.steps, 0, -1):
            i = t - 1
            x_t = signal[i] * x0 + spread[i] * rng.standard_normal(x0.shape)
            x0_hat = x_t / signal[i] - spread[i] / signal[i] * model(x_t, t)
            mean = on_x0[i] * x0_hat + on_xt[i] * x_t
            if t == 1:
                nll = -discretized_gaussian_log_likelihood(x0, mean, 0.5 * log_var[i])
                terms[:, i] = nll.mean(axis=1) / log2
                continue
            true_mean = on_x0[i] * x0 + on_xt[i] * x_t
            kl = 0.5 * (-1.0 + log_var[i] - log_var[i] + np.exp(0.0) + (true_mean - mean) ** 2 * np.exp(-log_var[i]))
            terms[:, i] = kl.mean(axis=1) / log2
        prior = 0.5 * (-1.0 - np.log(1 - abar[-1]) + (1 - abar[-1]) + abar[-1] * x0**2)
        return terms.sum(axis=1) + prior.mean(axis=1) / log2

    measured = variational_bound(DDPM(), path, model, x0, np.random.default_rng(5)).total
    if not np.allclose(bare(), measured, rtol=1e-9, atol=0):  # the floor computes the same bound
        raise AssertionError("benchmark: the bare NumPy bound differs from variational_bound")
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
        f"RNG + model floor {figures['sampler_floor_seconds']:.3f} s, ratio {figures['sampler_vs_floor']:.2f} (target <= 1.3)"
    )
    print(
        f"sampler float32: {figures['sampler_float32_seconds']:.3f} s, RNG + model floor "
        f"{figures['sampler_float32_floor_seconds']:.3f} s, ratio {figures['sampler_float32_vs_floor']:.2f}"
    )
    print(
        f"forward chain T = {args.steps} float64: {figures['chain_seconds']:.3f} s, RNG floor "
        f"{figures['rng_seconds']:.3f} s, ratio {figures['chain_vs_rng']:.2f}"
    )
    print(
        f"DDIM 50 steps eta = 1: {figures['ddim_seconds']:.3f} s, RNG + model floor {figures['ddim_floor_seconds']:.3f} s, "
        f"ratio {figures['ddim_vs_floor']:.2f} (target <= 1.3); eta = 0: {figures['ddim_eta0_seconds']:.3f} s, "
        f"bare NumPy {figures['ddim_eta0_floor_seconds']:.3f} s, ratio {figures['ddim_eta0_vs_floor']:.2f} (target <= 1.3)"
    )
    print(
        f"bound in bits/dim T = 1000, 256 x {args.dim}: {figures['bound_seconds']:.3f} s, "
        f"bare NumPy {figures['bound_floor_seconds']:.3f} s, ratio {figures['bound_vs_floor']:.2f} (target <= 1.3)"
    )


if __name__ == "__main__":
    main()
