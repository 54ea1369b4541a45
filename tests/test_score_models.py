"""Score-based models: every step proved, each plausible mistake refuted at its step and by its numeric check."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations import score_models as sm
from derivations.kernel.checking import InstanceStatus, Status, check_identity
from derivations.latex import latex
from derivations.model import Derivation, Identity, Relation
from derivations.probability import Expectation, Grad, Normal
from derivations.symbols import abar_t, c, eps, m, s, v, x
from numeric import score_models as numeric
from numeric.strategies import unit_interval, variances

SEED = 20221124


@pytest.fixture(scope="module")
def results():
    return {identity.name: check_identity(identity) for identity in sm.IDENTITIES}


@pytest.mark.parametrize("identity", sm.IDENTITIES, ids=lambda i: i.name)
def test_every_step_is_proved_and_instances_hold(identity, results):
    result = results[identity.name]
    assert result.status is Status.PROVED, result.first_failure
    assert all(d.closure.proved for d in result.derivations)
    assert result.instances_hold, [(r.instance.description, r.status) for r in result.instances]
    equalities = [r for r in result.instances if r.derivation.relation in (Relation.EQ, Relation.EQ_LAW)]
    assert all(r.status is InstanceStatus.HOLDS for r in equalities)


@pytest.mark.parametrize("identity", sm.IDENTITIES, ids=lambda i: i.name)
def test_numeric_check_passes(identity):
    result = numeric.CHECKS[identity.name](np.random.default_rng(SEED))
    assert result.comparisons
    assert result.passed, [c.describe() for c in result.comparisons if not c.passed]


@pytest.mark.parametrize("identity", sm.IDENTITIES, ids=lambda i: i.name)
def test_every_expression_renders_in_the_notation(identity):
    for derivation in identity.derivations:
        for expr in derivation.expressions():
            rendered = latex(expr)
            assert "Grad" not in rendered and "Density" not in rendered, rendered
            if expr.has(Grad):
                assert r"\nabla_{\mathbf{x" in rendered, rendered


# ---------------------------------------------------------------- wrong variants


def with_derivation(identity: Identity, index: int, derivation: Derivation) -> Identity:
    derivations = list(identity.derivations)
    derivations[index] = derivation
    return replace(identity, derivations=tuple(derivations))


def energy_plus_gradient() -> Identity:
    return with_derivation(sm.energy_score, 0, sm.energy_derivation(Grad(sm.f_theta(x), x)))


def fisher_without_square() -> Identity:
    unsquared = Expectation(sm.s_theta(x) - sm.SCORE_X, sm.p_x)
    statement = sm.fisher.derivations[0]
    return with_derivation(sm.fisher, 0, replace(statement, lhs=unsquared))


def dsm_target_plus_eps() -> Identity:
    return with_derivation(sm.denoising_score_matching, 1, sm.target_derivation(eps / sp.sqrt(1 - abar_t)))


def langevin_sqrt_c() -> Identity:
    """The wrong step, both as the declared Langevin step and in the derivation."""
    wrong_step = x + c * sm.SCORE_X + sp.sqrt(c) * eps
    declared = tuple(
        replace(a, rhs=wrong_step) if getattr(a, "name", "") == "Langevin step" else a for a in sm.langevin.assumptions
    )
    return with_derivation(replace(sm.langevin, assumptions=declared), 0, sm.langevin_derivation(wrong_step))


def annealed_std_for_variance() -> Identity:
    identity = sm.annealed_score_objective
    derivation = identity.derivations[0]
    wrong = Normal(x, m, v + sm.sigma)
    return with_derivation(
        identity, 0, replace(derivation, rhs=wrong, steps=(replace(derivation.steps[0], expr=wrong),))
    )


def reverse_half_diffusion() -> Identity:
    drift = sm.f_drift(x, sm.t) - sm.g_diffusion(sm.t) ** 2 / 2 * sm.score(sm.p_xt, x)
    return with_derivation(sm.reverse_sde, 0, sm.reverse_derivation(drift))


# (identity, derivation index, the step where it goes wrong, rejected numerically too)
WRONG = {
    "energy-score with +grad f": (energy_plus_gradient, 0, 4, True),
    "Fisher divergence without the square": (fisher_without_square, 0, 1, True),
    "DSM target +eps / sqrt(1 - abar_t)": (dsm_target_plus_eps, 1, 3, True),
    "Langevin noise sqrt(c) for sqrt(2c)": (langevin_sqrt_c, 0, 5, True),
    "noisy marginal with sigma for sigma^2": (annealed_std_for_variance, 0, 1, True),
    "reverse drift f - g^2/2 score (the ODE's)": (reverse_half_diffusion, 0, 3, True),
}


@pytest.mark.parametrize("name", WRONG)
def test_wrong_variant_is_refuted_at_its_step(name):
    build, index, step, _ = WRONG[name]
    result = check_identity(build())
    derivation = result.derivations[index]
    verdicts = [r.verdict for r in derivation.steps]
    assert all(v.proved for v in verdicts[: step - 1]), verdicts
    assert verdicts[step - 1].status is Status.REFUTED, verdicts[step - 1]
    assert verdicts[step - 1].counterexample is not None


@pytest.mark.parametrize("name", [n for n, spec in WRONG.items() if spec[3]])
def test_wrong_variant_fails_its_numeric_check(name):
    build, *_ = WRONG[name]
    identity = build()
    result = numeric.CHECKS[identity.name](np.random.default_rng(SEED), identity=identity)
    assert not result.passed


# ---------------------------------------------------------------- fuzzing


@settings(max_examples=200, deadline=None)
@given(scale=variances(min_value=1e-8, max_value=1e8), ratio=unit_interval(margin=1e-9))
def test_stationary_variance_is_a_fixed_point(scale, ratio):
    """V = rho^2 V + 2c for p = N(0, s^2), 0 < c < 2 s^2; each side to a few float64 roundings."""
    values = {s: np.sqrt(scale), c: 2 * scale * ratio}
    contraction = float(sp.diff(sm.gaussian_langevin_step(), x).xreplace(values))
    variance = float(sm.STATIONARY_VARIANCE.xreplace(values))
    image = contraction**2 * variance + 2 * values[c]
    assert abs(image - variance) <= 16 * np.finfo(float).eps * (contraction**2 * variance + 2 * values[c] + variance)


@settings(max_examples=25, deadline=None)
@given(point=st.floats(-4, 4), noise=variances(min_value=1e-4, max_value=1e2))
def test_smoothed_score_matches_finite_differences(point, noise):
    """The closed-form score of the smoothed mixture, at any point and noise level, to the difference bound."""
    components = ((0.3, -1.0, 0.2), (0.7, 2.0, 0.5))
    _, smoothed = sm.smoothing_derivations(components)
    values = {sm.sigma: float(np.sqrt(noise))}
    comparison = numeric.score_comparison("score", smoothed.lhs, smoothed.rhs, {}, values, x, point, 1e-6)
    assert comparison.passed, comparison.describe()
