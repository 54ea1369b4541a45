"""check-scheduler: diffusers' own schedulers and NumPy transcriptions pass; three plausible bugs fail where they are.

The NumPy schedulers (tests/numpy_schedulers.py) cover every check where torch is absent;
the diffusers tests run where torch and diffusers are installed (the ``[diffusers]`` extra).
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from diffproof.cli import main

FAST = ("--steps", "20", "--runs", "5000")


def run(capsys, *argv):
    status = main(["check-scheduler", *argv])
    return status, capsys.readouterr()


def failed_checks(out: str) -> set[str]:
    return {check["name"] for check in json.loads(out)["checks"] if not check["passed"]}


@pytest.mark.parametrize("name", ["NumpyDDPMScheduler", "NumpyDDIMScheduler"])
def test_a_faithful_numpy_scheduler_passes(capsys, name):
    status, captured = run(capsys, f"numpy_schedulers:{name}", *FAST)
    assert status == 0, captured.out
    assert "checks passed" in captured.out and "FAILED" not in captured.out


@pytest.mark.parametrize(
    "name, failing",
    [
        ("LateAddNoise", {"add_noise"}),
        ("VarianceNoise", {"noise scale", "law of a run"}),
        ("DirectionWithoutSqrt", {"mean", "law of a run"}),
    ],
)
def test_each_bug_fails_the_check_that_compares_it(capsys, name, failing):
    status, captured = run(capsys, f"numpy_schedulers:{name}", *FAST, "--json")
    assert status == 1
    assert failing <= failed_checks(captured.out)
    assert "pred_original_sample" not in failed_checks(captured.out)


@pytest.mark.parametrize(
    "argv, message",
    [
        (("no_colon",), "expected MODULE:NAME"),
        (("no_such_module_xyz:X",), "cannot import"),
        (("numpy_schedulers:Missing",), "has no attribute 'Missing'"),
        (("numpy:pi",), "lacks the scheduler interface"),
        (("numpy_schedulers:NumpyDDPMScheduler", "--steps", "0"), "--steps >= 1"),
    ],
    ids=["no-colon", "no-module", "no-attribute", "no-interface", "steps-0"],
)
def test_usage_errors_exit_2_with_a_message(capsys, argv, message):
    status, captured = run(capsys, *argv)
    assert status == 2 and message in captured.err


def test_output_names_what_was_compared_the_worst_error_and_where(capsys):
    status, captured = run(capsys, "numpy_schedulers:NumpyDDIMScheduler", *FAST, "--json")
    document = json.loads(captured.out)
    assert status == 0 and document["sampler"] == "DDIM" and document["passed"]
    for check in document["checks"]:
        assert (
            check["compared"]
            and check["where"]
            and check["worst"] <= check["tolerance"]
            or check["name"] == "law of a run"
        )


# --- diffusers itself, with torch on CPU ----------------------------------------------------------------
torch = pytest.importorskip("torch", reason="the [diffusers] extra is not installed")
diffusers = pytest.importorskip("diffusers", reason="the [diffusers] extra is not installed")


@pytest.mark.parametrize("name", ["DDPMScheduler", "DDIMScheduler"])
def test_diffusers_default_schedulers_pass(capsys, name):
    status, captured = run(capsys, f"diffusers:{name}", "--json")
    assert status == 0, [c for c in json.loads(captured.out)["checks"] if not c["passed"]]


class _LateDDPM(diffusers.DDPMScheduler):
    def add_noise(self, original_samples, noise, timesteps):
        return super().add_noise(original_samples, noise, torch.clamp(timesteps + 1, max=999))


class _VarianceDDPM(diffusers.DDPMScheduler):
    def _get_variance(self, t, predicted_variance=None, variance_type=None):
        return super()._get_variance(t, predicted_variance, variance_type) ** 2  # step takes its sqrt


class _NoSqrtDDIM(diffusers.DDIMScheduler):
    def step(self, model_output, timestep, sample, eta=0.0, generator=None, variance_noise=None, **kwargs):
        out = super().step(model_output, timestep, sample, eta=eta, generator=generator, variance_noise=variance_noise)
        prev = timestep - self.config.num_train_timesteps // self.num_inference_steps
        abar_prev = self.alphas_cumprod[prev] if prev >= 0 else self.final_alpha_cumprod
        variance = self._get_variance(timestep, prev)
        direction = 1 - abar_prev - eta**2 * variance
        eps = (sample - self.alphas_cumprod[timestep] ** 0.5 * out.pred_original_sample) / (
            1 - self.alphas_cumprod[timestep]
        ) ** 0.5
        wrong = out.prev_sample + (direction - direction**0.5) * eps
        return diffusers.schedulers.scheduling_ddim.DDIMSchedulerOutput(wrong, out.pred_original_sample)


@pytest.mark.parametrize(
    "scheduler, failing",
    [(_LateDDPM, {"add_noise"}), (_VarianceDDPM, {"noise scale"}), (_NoSqrtDDIM, {"mean"})],
    ids=["late-add-noise", "variance-as-scale", "direction-without-sqrt"],
)
def test_broken_diffusers_schedulers_fail(capsys, monkeypatch, scheduler, failing):
    import types

    module = types.ModuleType("broken_schedulers")
    module.Scheduler = scheduler
    monkeypatch.setitem(__import__("sys").modules, "broken_schedulers", module)
    status, captured = run(capsys, "broken_schedulers:Scheduler", *FAST, "--json")
    assert status == 1 and failing <= failed_checks(captured.out)


def test_steps_match_diffusers_in_float64_on_the_same_table():
    """diffusers' DDIMScheduler.step and DDPMScheduler.step, run in float64 on our alphas_cumprod, against ours.

    Agreement to 1e-12 of the operands' size: both evaluate the same closed forms (diffusers'
    scheduling_ddim.py eq. 12/16 and scheduling_ddpm.py's posterior coefficients); the residue is
    diffusers' own cancellation in 1 - abar_t / abar_prev at small t.
    """
    from numeric.respacing import Respaced
    from numeric.samplers import DDIM, DDPM, VARIANCES, Clip
    from numeric.schedules import Schedule
    from numeric.simulator import BY_NAME

    schedule = Schedule.linear()
    rng = np.random.default_rng(3)
    x, out, nu, z = (rng.standard_normal((4, 3)) for _ in range(4))
    worst = 0.0
    for eta in (0.0, 0.3, 1.0):
        scheduler = diffusers.DDIMScheduler()
        scheduler.alphas_cumprod = torch.tensor(schedule.alphas_cumprod)
        scheduler.set_timesteps(50)
        path = Respaced.ddim(schedule, 50)
        for i, t in enumerate(scheduler.timesteps):
            theirs = scheduler.step(torch.tensor(out), int(t), torch.tensor(x), eta=eta, variance_noise=torch.tensor(z))
            ours = DDIM(eta, clip=Clip()).step(path, path.size - i, x, out, noise=z)
            worst = max(worst, np.abs(theirs.prev_sample.numpy() - ours.prev_sample).max())
    for variance in ("fixed_small", "fixed_large", "learned_range"):
        for prediction in ("epsilon", "sample", "v_prediction"):
            scheduler = diffusers.DDPMScheduler(variance_type=variance, prediction_type=prediction)
            scheduler.alphas_cumprod = torch.tensor(schedule.alphas_cumprod)
            path = Respaced.every_step(schedule)
            sampler = DDPM(BY_NAME[prediction], VARIANCES[variance], Clip())
            for i in range(0, 1000, 37):
                t = 999 - i
                output = np.concatenate([out, nu], 1) if variance == "learned_range" else out
                theirs = scheduler.step(
                    torch.tensor(output), t, torch.tensor(x), generator=torch.Generator().manual_seed(i)
                )
                noise = torch.randn((4, 3), generator=torch.Generator().manual_seed(i), dtype=torch.float64).numpy()
                ours = sampler.step(path, t + 1, x, out, noise=noise, variance_output=nu)
                worst = max(worst, np.abs(theirs.prev_sample.numpy() - ours.prev_sample).max())
    assert worst <= 1e-12 * (np.abs(x).max() + np.abs(out).max())
