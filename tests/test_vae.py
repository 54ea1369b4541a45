"""The VAE identities: the ELBO split, Gaussian KL divergences, the prior-matching term.

Every step proved; each wrong variant refuted at the step where it goes wrong
and rejected by the numeric check; the exported closed forms fuzzed over the
whole domain (variances from 1e-10 to 1e10) in 50-digit arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st
from identity_suite import Variant, assert_every_step_proved, assert_refuted_at, with_steps

from derivations import vae
from derivations.evidence import likelihood, p_z, q
from derivations.kernel import rules
from derivations.kernel.algebra import substitute_equations
from derivations.kernel.checking import InstanceStatus, check_identity
from derivations.latex import latex
from derivations.model import Equation, Identity, Relation, Step
from derivations.probability import KL, Expectation, Normal
from derivations.symbols import L_1, MU_1, MU_2, SIGMA_1, SIGMA_2, mu, mu_1, mu_2, sigma, sigma_1, sigma_2, z
from numeric import vae as numeric_vae
from numeric.strategies import reals, variances

SEED = 20221124


@pytest.fixture(scope="module")
def results():
    return {identity.name: check_identity(identity) for identity in vae.IDENTITIES}


@pytest.mark.parametrize("identity", vae.IDENTITIES, ids=lambda i: i.name)
def test_every_step_is_proved(identity, results):
    assert_every_step_proved(results[identity.name])


@pytest.mark.parametrize("identity", vae.IDENTITIES, ids=lambda i: i.name)
def test_every_claim_holds_on_a_concrete_instance(identity, results):
    result = results[identity.name]
    covered = {r.derivation.label for r in result.instances}
    assert covered == {d.label for d in identity.derivations}
    assert all(r.status is InstanceStatus.HOLDS for r in result.instances)


@pytest.mark.parametrize("identity", vae.IDENTITIES, ids=lambda i: i.name)
def test_numeric_check_passes(identity):
    result = numeric_vae.CHECKS[identity.name](np.random.default_rng(SEED))
    assert result.comparisons
    assert result.passed, [c.describe() for c in result.comparisons if not c.passed]


def test_every_closed_form_kl_has_a_monte_carlo_and_a_quadrature_twin():
    result = numeric_vae.check_gaussian_kl(np.random.default_rng(SEED))
    sampled = [c for c in result.comparisons if "Monte Carlo" in c.label]
    integrated = [c for c in result.comparisons if "quadrature" in c.label]
    assert len(sampled) == len(integrated) == len(vae.gaussian_kl.derivations)
    assert all(c.n == 200_000 for c in sampled)
    assert all(c.interval[1] - c.interval[0] < 1e-6 for c in integrated), "quadrature is deterministic and tight"


def test_quadrature_refuses_three_dimensions():
    claim = vae.vae_kl_standard_normal_identity.derivations[1]
    with pytest.raises(ValueError, match="at most two dimensions"):
        numeric_vae.quadrature_kl(claim.lhs)


# ---------------------------------------------------------------- wrong variants

_swap = {mu_1: mu_2, mu_2: mu_1, sigma_1: sigma_2, sigma_2: sigma_1}


def kl_arguments_swapped() -> Identity:
    identity = vae.gaussian_kl
    steps = identity.derivations[0].steps
    return with_steps(identity, 0, (*steps[:-1], Step(Relation.EQ, vae.GAUSSIAN_KL_1D.xreplace(_swap), rules.ALGEBRA)))


def log_det_sign_flipped() -> Identity:
    identity = vae.gaussian_kl
    steps = identity.derivations[2].steps
    closed = steps[-1].expr
    flipped = closed - sp.log(vae.Determinant(SIGMA_2) / vae.Determinant(SIGMA_1))
    return with_steps(identity, 2, (*steps[:-1], Step(Relation.EQ, flipped, steps[-1].rule)))


def trace_transposed() -> Identity:
    """tr(Sigma_1^-1 Sigma_2) for tr(Sigma_2^-1 Sigma_1)."""
    identity = vae.gaussian_kl
    steps = identity.derivations[2].steps
    closed = steps[-1].expr
    wrong = closed + (vae.Trace(SIGMA_1.I * SIGMA_2) - vae.Trace(SIGMA_2.I * SIGMA_1)) / 2
    return with_steps(identity, 2, (*steps[:-1], Step(Relation.EQ, wrong, steps[-1].rule)))


def sigma_for_sigma_squared() -> Identity:
    identity = vae.vae_kl_standard_normal_identity
    steps = identity.derivations[0].steps
    wrong = (mu**2 + sigma - 1 - sp.log(sigma)) / 2
    return with_steps(identity, 0, (steps[0], Step(Relation.EQ, wrong, rules.ALGEBRA)))


def prior_kl_swapped() -> Identity:
    identity = vae.vae_elbo_split
    steps = identity.derivations[0].steps
    wrong = Expectation(sp.log(likelihood), q) - KL(p_z, q, (z,))
    return with_steps(identity, 0, (*steps[:-1], Step(Relation.EQ, wrong, rules.KL_DEFINITION)))


def prior_kl_added() -> Identity:
    identity = vae.vae_elbo_split
    steps = identity.derivations[0].steps
    wrong = Expectation(sp.log(likelihood), q) + KL(q, p_z)
    return with_steps(identity, 0, (*steps[:-1], Step(Relation.EQ, wrong, rules.KL_DEFINITION)))


VARIANTS = (
    Variant("KL with its arguments swapped", kl_arguments_swapped, 0, 5, numeric_vae.check_gaussian_kl),
    Variant("log-det term with the wrong sign", log_det_sign_flipped, 2, 3, numeric_vae.check_gaussian_kl),
    Variant("trace of Sigma_1^-1 Sigma_2", trace_transposed, 2, 3, numeric_vae.check_gaussian_kl),
    Variant("sigma for sigma^2", sigma_for_sigma_squared, 0, 2, numeric_vae.check_vae_kl_standard_normal),
    Variant("prior KL with its arguments swapped", prior_kl_swapped, 0, 4, numeric_vae.check_vae_elbo_split),
    Variant("prior KL added", prior_kl_added, 0, 4, numeric_vae.check_vae_elbo_split),
)


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
def test_wrong_variant_is_refuted_at_its_step(variant):
    assert_refuted_at(variant.build(), variant.derivation, variant.step)


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
def test_wrong_variant_fails_its_numeric_check(variant):
    result = variant.check(np.random.default_rng(SEED), identity=variant.build())
    assert not result.passed


def test_kl_rule_leaves_other_divergences_alone():
    """The cited gaussian-kl rule rewrites KLs between univariate Normals in one variable, nothing else."""
    other = KL(Normal(z, mu, sigma**2), p_z, (z,))
    assert vae.GAUSSIAN_KL.rewrite(other) == other
    gaussian = KL(Normal(z, mu, sigma**2), Normal(z, 0, 1), (z,))
    assert vae.GAUSSIAN_KL.rewrite(gaussian) == vae.gaussian_kl_1d(mu, sigma**2, 0, 1)


# ---------------------------------------------------------------- rendering


def test_full_covariance_renders_in_trace_log_det_form():
    statement = latex(vae.gaussian_kl.derivations[2].rhs)
    for piece in (r"\operatorname{tr}", r"\det", r"\boldsymbol{\Sigma}_2^{-1}", r"^{\top}"):
        assert piece in statement


_RAW_NAME = re.compile(r"(?<![\\a-zA-Z])(mu|sigma|ell|epsilon)_")


@pytest.mark.parametrize("identity", vae.IDENTITIES, ids=lambda i: i.name)
def test_every_expression_renders(identity):
    """Every symbol prints as LaTeX (\\mu_{11}), never as its raw name (mu_11)."""
    for derivation in identity.derivations:
        for expr in derivation.expressions():
            rendered = latex(expr)
            assert rendered and not _RAW_NAME.search(rendered), rendered


# ---------------------------------------------------------------- fuzzing

mpmath.mp.dps = 50
_kl_1d = sp.lambdify((mu_1, sigma_1, mu_2, sigma_2), vae.GAUSSIAN_KL_1D, "mpmath")
_vae_kl = sp.lambdify((mu, sigma), vae.VAE_KL_STD_NORMAL, "mpmath")


def _mp(value: float) -> mpmath.mpf:
    return mpmath.mpf(value)


@settings(max_examples=200, deadline=None)
@given(reals(bound=1e3), variances(), reals(bound=1e3), variances())
def test_univariate_kl_is_nonnegative_and_zero_only_at_equality(m1, v1, m2, v2):
    value = _kl_1d(_mp(m1), mpmath.sqrt(v1), _mp(m2), mpmath.sqrt(v2))
    assert value >= 0
    assert _kl_1d(_mp(m1), mpmath.sqrt(v1), _mp(m1), mpmath.sqrt(v1)) == 0
    if (m1, v1) != (m2, v2):
        assert value > 0


@settings(max_examples=200, deadline=None)
@given(reals(bound=1e3), variances())
def test_prior_matching_is_the_univariate_kl_against_n01(m, v):
    s = mpmath.sqrt(v)
    assert mpmath.almosteq(_vae_kl(_mp(m), s), _kl_1d(_mp(m), s, 0, 1), rel_eps=mpmath.mpf(10) ** -40)


def _full_covariance_closed_form() -> tuple[tuple[sp.Symbol, ...], Callable]:
    """The full-covariance right side with the Cholesky entries and means as arguments."""
    equations = {eq.lhs: eq.rhs for eq in vae.gaussian_kl.equations()}
    closed = substitute_equations(vae.gaussian_kl.derivations[2].rhs, equations)
    parameters = tuple(sorted(closed.free_symbols, key=str))
    return parameters, sp.lambdify(parameters, closed, "mpmath")


_FULL_PARAMETERS, _full_kl = _full_covariance_closed_form()


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_full_covariance_with_diagonal_factors_is_the_sum_of_univariate_kls(data):
    """ell_21 = 0: the trace / log-det form equals the diagonal claim, coordinate by coordinate."""
    point = {}
    for symbol in _FULL_PARAMETERS:
        if symbol.name.startswith("ell_21"):
            point[symbol] = 0
        elif symbol.is_positive:
            point[symbol] = mpmath.sqrt(data.draw(variances(), label=symbol.name))
        else:
            point[symbol] = _mp(data.draw(reals(bound=1e3), label=symbol.name))
    by_name = {symbol.name: value for symbol, value in point.items()}
    coordinates = [
        _kl_1d(by_name[f"mu_1{j}"], by_name[f"ell_{j}{j}^(1)"], by_name[f"mu_2{j}"], by_name[f"ell_{j}{j}^(2)"])
        for j in (1, 2)
    ]
    full = _full_kl(*(point[s] for s in _FULL_PARAMETERS))
    assert mpmath.almosteq(full, sum(coordinates), rel_eps=mpmath.mpf(10) ** -30, abs_eps=mpmath.mpf(10) ** -30)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_full_covariance_kl_is_nonnegative(data):
    point = []
    for symbol in _FULL_PARAMETERS:
        if symbol.is_positive:
            point.append(mpmath.sqrt(data.draw(variances(min_value=1e-6, max_value=1e6), label=symbol.name)))
        else:
            point.append(_mp(data.draw(reals(bound=1e3), label=symbol.name)))
    assert _full_kl(*point) >= 0


# ---------------------------------------------------------------- bad input


def test_monte_carlo_needs_a_gaussian_measure():
    with pytest.raises(ValueError, match="not a product of Normals"):
        numeric_vae.measure_moments(p_z, (z,))
    with pytest.raises(ValueError, match="not a density of"):
        mvn = vae.MultivariateNormal(sp.ImmutableMatrix(sp.symbols("a b", real=True)), MU_1, SIGMA_1)
        numeric_vae.measure_moments(mvn, (z,))


def test_multivariate_normal_unfolds_to_the_bivariate_density():
    y_1, y_2 = sp.symbols("y_1 y_2", real=True)
    density = vae.MultivariateNormal(sp.ImmutableMatrix([y_1, y_2]), sp.zeros(2, 1), sp.eye(2))
    assert sp.simplify(density.pdf() - Normal(y_1, 0, 1).pdf() * Normal(y_2, 0, 1).pdf()) == 0
    assert MU_2 in vae.MultivariateNormal(sp.ImmutableMatrix([y_1, y_2]), MU_2, SIGMA_2).free_symbols


def test_whitening_needs_a_covariance_stated_as_l_l_transpose():
    with pytest.raises(ValueError, match="stated as L L"):
        vae.whitening(Equation(SIGMA_1, L_1 * L_1), MU_1, sp.ImmutableMatrix(sp.symbols("e_1 e_2", real=True)))
