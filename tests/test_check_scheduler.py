"""check-scheduler: diffusers' own schedulers and NumPy transcriptions pass; three plausible bugs fail where they are.

The NumPy schedulers (tests/numpy_schedulers.py) cover every check where torch is absent;
the diffusers tests run where torch and diffusers are installed (the ``[diffusers]`` extra).
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from numpy_schedulers import NumpyDDIMScheduler, NumpyDDPMScheduler, Output

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


def test_complex_outputs_are_a_usage_error_unless_their_imaginary_parts_are_rounding(capsys):
    """NumPy casts complex to float with only a warning: the imaginary parts would be dropped unseen."""
    status, captured = run(capsys, "numpy_schedulers:ComplexDirection", *FAST)
    assert status == 2 and "returned complex values" in captured.err, captured.err
    status, captured = run(capsys, "numpy_schedulers:ComplexRounding", *FAST)
    assert status == 0, captured.out + captured.err


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


# --- a scheduler that draws its noise its own way ---------------------------------------------------
class BoxMuller:
    """A generator's standard normals by Box-Muller from its uniforms: correct, but not replayable."""

    def __init__(self, generator):
        self.generator = generator

    def standard_normal(self, shape):
        u1, u2 = self.generator.random((2, *shape))
        return np.sqrt(-2 * np.log1p(-u1)) * np.cos(2 * np.pi * u2)


class BoxMullerDDPM(NumpyDDPMScheduler):
    def step(self, model_output, timestep, sample, generator=None):
        return super().step(model_output, timestep, sample, generator=BoxMuller(generator))


class OwnGeneratorDDIM(NumpyDDIMScheduler):
    """Ignores the generator it is given and takes no variance_noise: its own random stream."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.own = np.random.default_rng(2024)

    def step(self, model_output, timestep, sample, eta: float = 0.0, generator=None):
        return super().step(model_output, timestep, sample, eta=eta, generator=self.own)


class BoxMullerVarianceNoise(BoxMullerDDPM):
    """Not replayable, and its noise is scaled by sigma_t^2 instead of sigma_t."""

    def _scale(self, abar: float, previous: float) -> float:
        return super()._scale(abar, previous) ** 2


class BoxMullerScaleOff(BoxMullerDDPM):
    """Not replayable, and its noise variance is 5% too large at every timestep."""

    def _scale(self, abar: float, previous: float) -> float:
        return super()._scale(abar, previous) * np.sqrt(1.05)


class BoxMullerMeanOff(BoxMullerDDPM):
    """Not replayable, and its mean is shifted by a fifth of sigma_t."""

    def step(self, model_output, timestep, sample, generator=None):
        out = super().step(model_output, timestep, sample, generator=generator)
        t = int(timestep)
        shift = 0.2 * self._scale(*self._pair(t, self.previous_timestep(t))) if t > 0 else 0.0
        return Output(out.prev_sample + shift, out.pred_original_sample)


@pytest.fixture
def own_noise_module(monkeypatch):
    import sys
    import types

    module = types.ModuleType("own_noise_schedulers")
    for kind in (BoxMullerDDPM, OwnGeneratorDDIM, BoxMullerVarianceNoise, BoxMullerScaleOff, BoxMullerMeanOff):
        setattr(module, kind.__name__, kind)
    monkeypatch.setitem(sys.modules, "own_noise_schedulers", module)
    return module


@pytest.mark.parametrize("name", ["BoxMullerDDPM", "OwnGeneratorDDIM"])
def test_a_correct_scheduler_with_its_own_noise_passes_by_statistical_tests(capsys, own_noise_module, name):
    """Not replayable is not wrong: mean and noise scale are tested (z and chi-square), and pass."""
    status, captured = run(capsys, f"own_noise_schedulers:{name}", *FAST, "--json")
    checks = json.loads(captured.out)["checks"]
    assert status == 0, [c for c in checks if not c["passed"]]
    tested = [c for c in checks if "not drawn as" in c["compared"]]  # DDIM at eta = 0 has no noise to replay
    assert {c["name"] for c in tested} == {"mean", "noise scale"}
    assert all("chi-square" in c["method"] for c in tested if c["name"] == "noise scale")


@pytest.mark.parametrize(
    "name, failing",
    [("BoxMullerVarianceNoise", {"noise scale"}), ("BoxMullerMeanOff", {"mean"})],
)
def test_a_wrong_scheduler_with_its_own_noise_still_fails(capsys, own_noise_module, name, failing):
    status, captured = run(capsys, f"own_noise_schedulers:{name}", *FAST, "--json")
    assert status == 1 and failing <= failed_checks(captured.out)
    assert "pred_original_sample" not in failed_checks(captured.out)


def test_the_statistical_noise_scale_finds_a_five_percent_variance_error():
    """At the default 20000 runs (80000 elements per timestep) the chi-square test at family-wise
    1e-6 has 99% power against a 5% variance error at a single timestep (see test_calibration)."""
    from numeric.scheduler_check import SchedulerCheck

    check = SchedulerCheck(BoxMullerScaleOff(), steps=10)
    failed = [r for r in check.check_steps(0.0) if not r.passed]
    assert [r.name for r in failed] == ["noise scale"]
    assert failed[0].worst > 0.02  # the fitted sigma is sqrt(1.05) = 1.0247 times the reference


# --- diffusers itself, with torch on CPU ----------------------------------------------------------------
# A skip marker, not a module-level importorskip: without the extra, the NumPy tests above still run.
try:
    import diffusers
    import torch
except ImportError:
    diffusers = torch = None
needs_diffusers = pytest.mark.skipif(diffusers is None, reason="the [diffusers] extra is not installed")


@needs_diffusers
@pytest.mark.parametrize("name", ["DDPMScheduler", "DDIMScheduler"])
def test_diffusers_default_schedulers_pass(capsys, name):
    status, captured = run(capsys, f"diffusers:{name}", "--json")
    assert status == 0, [c for c in json.loads(captured.out)["checks"] if not c["passed"]]


def broken_diffusers_schedulers() -> dict:
    """diffusers' schedulers with one plausible bug each (defined only where diffusers is installed)."""

    class LateDDPM(diffusers.DDPMScheduler):
        def add_noise(self, original_samples, noise, timesteps):
            return super().add_noise(original_samples, noise, torch.clamp(timesteps + 1, max=999))

    class VarianceDDPM(diffusers.DDPMScheduler):
        def _get_variance(self, t, predicted_variance=None, variance_type=None):
            return super()._get_variance(t, predicted_variance, variance_type) ** 2  # step takes its sqrt

    class NoSqrtDDIM(diffusers.DDIMScheduler):
        def step(self, model_output, timestep, sample, eta=0.0, generator=None, variance_noise=None, **kwargs):
            out = super().step(
                model_output, timestep, sample, eta=eta, generator=generator, variance_noise=variance_noise
            )
            prev = timestep - self.config.num_train_timesteps // self.num_inference_steps
            abar_prev = self.alphas_cumprod[prev] if prev >= 0 else self.final_alpha_cumprod
            variance = self._get_variance(timestep, prev)
            direction = 1 - abar_prev - eta**2 * variance
            eps = (sample - self.alphas_cumprod[timestep] ** 0.5 * out.pred_original_sample) / (
                1 - self.alphas_cumprod[timestep]
            ) ** 0.5
            wrong = out.prev_sample + (direction - direction**0.5) * eps
            return diffusers.schedulers.scheduling_ddim.DDIMSchedulerOutput(wrong, out.pred_original_sample)

    return {"late-add-noise": LateDDPM, "variance-as-scale": VarianceDDPM, "direction-without-sqrt": NoSqrtDDIM}


@needs_diffusers
@pytest.mark.parametrize(
    "name, failing",
    [("late-add-noise", {"add_noise"}), ("variance-as-scale", {"noise scale"}), ("direction-without-sqrt", {"mean"})],
)
def test_broken_diffusers_schedulers_fail(capsys, monkeypatch, name, failing):
    import sys
    import types

    module = types.ModuleType("broken_schedulers")
    module.Scheduler = broken_diffusers_schedulers()[name]
    monkeypatch.setitem(sys.modules, "broken_schedulers", module)
    status, captured = run(capsys, "broken_schedulers:Scheduler", *FAST, "--json")
    assert status == 1 and failing <= failed_checks(captured.out)


@needs_diffusers
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
