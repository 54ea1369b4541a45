"""The hierarchical VAE (T = 3): factorizations along both chains and the ELBO.

Every step proved; a factor conditioned the wrong way is refuted at the Markov
step, on the linear-Gaussian instance, and rejected numerically; random chains
(variances from 1e-4 to 1e4, covariances with condition number below 1e8) satisfy
the factorization within the float64 bound.
"""

from __future__ import annotations

import mpmath
import numpy as np
import pytest
import sympy as sp
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from identity_suite import assert_every_step_proved, assert_refuted_at, with_steps

from derivations import hierarchical, rules
from derivations.hierarchical import ENCODER, GENERATIVE, chain_covariance, markov
from derivations.kernel.assumptions import MarkovChain
from derivations.kernel.checking import Context, InstanceStatus, check_identity, evaluate_in
from derivations.latex import latex
from derivations.model import Relation, Step
from derivations.probability import Density
from derivations.symbols import x, z_1, z_2, z_3
from numeric import hierarchical as numeric_hierarchical
from numeric.hierarchical import LinearGaussianChain, factorization_comparisons
from numeric.strategies import reals, variances

SEED = 20221124


@pytest.fixture(scope="module")
def results():
    return {identity.name: check_identity(identity) for identity in hierarchical.IDENTITIES}


@pytest.mark.parametrize("identity", hierarchical.IDENTITIES, ids=lambda i: i.name)
def test_every_step_is_proved(identity, results):
    assert_every_step_proved(results[identity.name])


def test_factorizations_hold_identically_on_the_linear_gaussian_chain(results):
    instances = results["hvae-factorization"].instances
    assert {r.derivation.label for r in instances} == {"generative chain", "encoder chain"}
    assert all(r.status is InstanceStatus.HOLDS for r in instances)


def test_the_bound_holds_on_the_linear_gaussian_chain(results):
    (instance,) = results["hvae-elbo"].instances
    assert instance.status is InstanceStatus.HOLDS_AT_POINTS


def _instance_sides() -> list:
    """log p(x) and the expanded ELBO in closed form on the linear-Gaussian instance, as functions of x."""
    identity = hierarchical.hvae_elbo
    equations = Context.of(identity).equations
    claim = identity.statement
    return [
        sp.lambdify(x, evaluate_in(hierarchical.LINEAR_GAUSSIAN, side, equations), "mpmath")
        for side in (claim.lhs, claim.rhs)
    ]


_EVIDENCE, _ELBO = _instance_sides()


@settings(max_examples=200, deadline=None)
@given(reals(bound=1e3))
def test_the_gap_is_strictly_positive_for_every_observation(value):
    """q is not the posterior, so log p(x) - ELBO > 0 at every x (50-digit arithmetic)."""
    with mpmath.workdps(50):
        assert _EVIDENCE(mpmath.mpf(value)) - _ELBO(mpmath.mpf(value)) > 0


@pytest.mark.parametrize("identity", hierarchical.IDENTITIES, ids=lambda i: i.name)
def test_numeric_check_passes(identity):
    result = numeric_hierarchical.CHECKS[identity.name](np.random.default_rng(SEED))
    assert result.comparisons
    assert result.passed, [c.describe() for c in result.comparisons if not c.passed]


@pytest.mark.parametrize("identity", hierarchical.IDENTITIES, ids=lambda i: i.name)
def test_every_expression_renders(identity):
    for derivation in identity.derivations:
        for expr in derivation.expressions():
            rendered = latex(expr)
            assert r"\mathbf{x}" in rendered and "z_" not in rendered, rendered


# ---------------------------------------------------------------- wrong variants


def q(v, *given):
    return Density("q_phi", (v,), given)


def p(v, *given):
    return Density("p", (v,), given)


def encoder_conditioned_backwards():
    """q(z_{t-1} | z_t) for q(z_t | z_{t-1})."""
    identity = hierarchical.hvae_factorization
    steps = identity.derivations[1].steps
    wrong = q(z_1, x) * q(z_1, z_2) * q(z_2, z_3)
    return with_steps(identity, 1, (steps[0], Step(Relation.EQ, wrong, steps[1].rule)))


def decoder_conditioned_forwards():
    """p(z_t | z_{t-1}) for p(z_{t-1} | z_t)."""
    identity = hierarchical.hvae_factorization
    steps = identity.derivations[0].steps
    wrong = p(z_3) * p(x, z_1) * p(z_2, z_1) * p(z_3, z_2)
    return with_steps(identity, 0, (steps[0], Step(Relation.EQ, wrong, steps[1].rule)))


def markov_keeps_the_wrong_parent():
    """p(z_1 | z_3) for p(z_1 | z_2, z_3): the far latent kept, the near one dropped."""
    identity = hierarchical.hvae_factorization
    steps = identity.derivations[0].steps
    wrong = p(z_3) * p(x, z_1) * p(z_1, z_3) * p(z_2, z_3)
    return with_steps(identity, 0, (steps[0], Step(Relation.EQ, wrong, steps[1].rule)))


def elbo_with_encoder_backwards():
    identity = hierarchical.hvae_elbo
    steps = identity.derivations[0].steps
    wrong = hierarchical.expected_log_ratio(hierarchical.GENERATIVE_PRODUCT, q(z_1, x) * q(z_1, z_2) * q(z_2, z_3))
    return with_steps(identity, 0, (*steps[:-1], Step(Relation.EQ, wrong, steps[-1].rule)))


def jensen_reversed():
    identity = hierarchical.hvae_elbo
    steps = identity.derivations[0].steps
    reversed_bound = Step(Relation.LE, steps[2].expr, rules.JENSEN)
    return with_steps(identity, 0, (*steps[:2], reversed_bound, *steps[3:]), relation=Relation.LE)


@pytest.mark.parametrize(
    ("build", "derivation", "step"),
    [
        (encoder_conditioned_backwards, 1, 2),
        (decoder_conditioned_forwards, 0, 2),
        (markov_keeps_the_wrong_parent, 0, 2),
        (elbo_with_encoder_backwards, 0, 5),
        (jensen_reversed, 0, 3),
    ],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_wrong_variant_is_refuted_at_its_step(build, derivation, step):
    assert_refuted_at(build(), derivation, step)


@pytest.mark.parametrize(
    "build", [encoder_conditioned_backwards, decoder_conditioned_forwards, markov_keeps_the_wrong_parent]
)
def test_wrong_factorization_fails_the_numeric_check(build):
    result = numeric_hierarchical.check_hvae_factorization(np.random.default_rng(SEED), identity=build())
    assert not result.passed


def test_reversed_bound_fails_the_numeric_check():
    result = numeric_hierarchical.check_hvae_elbo(np.random.default_rng(SEED), identity=jensen_reversed())
    assert not result.passed


def test_a_density_missing_from_the_family_is_a_clear_error():
    with pytest.raises(ValueError, match="no density in the family"):
        numeric_hierarchical.check_hvae_elbo(np.random.default_rng(SEED), identity=elbo_with_encoder_backwards())


# ---------------------------------------------------------------- the pieces


def test_markov_chain_only_shortens_conditionals_on_earlier_variables():
    chain = MarkovChain("q_phi", ENCODER)
    assert chain.reduce(q(z_3, x, z_1, z_2)) == q(z_3, z_2)
    for untouched in (q(z_1, z_2), q(z_2, z_3, z_1), q(z_3, x), p(z_2, z_1, x)):
        assert chain.reduce(untouched) == untouched
    assert markov(chain, q(z_3, x, z_1, z_2)).densities == (q(z_3, x, z_1, z_2),)


def test_chain_covariance_follows_the_recursion():
    c, v_0, v_1 = sp.symbols("c v_0 v_1", positive=True)
    cov = chain_covariance((c,), (v_0, v_1))
    assert cov == sp.ImmutableMatrix([[v_0, c * v_0], [c * v_0, c**2 * v_0 + v_1]])


def test_chain_parameters_are_validated():
    with pytest.raises(ValueError, match="need 3 coefficients"):
        LinearGaussianChain("p", GENERATIVE, (1.0,), (1.0, 1.0, 1.0, 1.0))
    with pytest.raises(ValueError, match="variances must be positive"):
        LinearGaussianChain("p", GENERATIVE, (1.0, 1.0, 1.0), (1.0, 0.0, 1.0, 1.0))


coefficients = st.floats(-3, 3, allow_nan=False).filter(lambda c: abs(c) > 1e-3)


@settings(max_examples=40, deadline=None)
@given(
    st.tuples(coefficients, coefficients, coefficients),
    st.tuples(*[variances(min_value=1e-4, max_value=1e4)] * 4),
    st.tuples(coefficients, coefficients, coefficients),
    st.tuples(*[variances(min_value=1e-4, max_value=1e4)] * 4),
    st.integers(0, 2**32 - 1),
)
def test_random_chains_factorize(p_coefficients, p_variances, q_coefficients, q_variances, seed):
    chains = {
        "p": LinearGaussianChain("p", GENERATIVE, p_coefficients, p_variances),
        "q_phi": LinearGaussianChain("q_phi", ENCODER, q_coefficients, q_variances),
    }
    # float64 Gaussian conditioning is meaningful only for well-posed covariances
    assume(max(chain.condition for chain in chains.values()) < 1e8)
    rng = np.random.default_rng(seed)
    point = {v: rng.normal(0, np.sqrt(chains["p"].covariance[k, k])) for k, v in enumerate(GENERATIVE)}
    comparisons = factorization_comparisons(hierarchical.hvae_factorization, chains, [point], 1e-6)
    assert all(c.passed for c in comparisons), [c.describe() for c in comparisons if not c.passed]
