"""The hierarchical VAE: factorizations along both chains and the ELBO, for any T and written out at T = 3.

Every step proved (for any T each by a kernel rule); a factor conditioned the wrong way is refuted
at the Markov step, at T = 3 on the linear-Gaussian instance and for any T at a concrete T, and
rejected numerically; random chains (variances from 1e-4 to 1e4, covariances with condition number
below 1e8) satisfy the factorization within the float64 bound, with 1 to 1000 latents.
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
from derivations.kernel import sums
from derivations.kernel.assumptions import MarkovChain
from derivations.kernel.checking import Context, InstanceStatus, Status, check_identity, evaluate_in
from derivations.kernel.sums import Slice
from derivations.latex import latex
from derivations.model import Relation, Step
from derivations.probability import Density
from derivations.symbols import Z, t_index, x, z_1, z_2, z_3
from numeric import hierarchical as numeric_hierarchical
from numeric.hierarchical import LinearGaussianChain, claims_at, factorization_comparisons
from numeric.strategies import reals, variances

SEED = 20221124


@pytest.fixture(scope="module")
def results():
    return {identity.name: check_identity(identity) for identity in hierarchical.IDENTITIES}


@pytest.mark.parametrize("identity", hierarchical.IDENTITIES, ids=lambda i: i.name)
def test_every_step_is_proved(identity, results):
    assert_every_step_proved(results[identity.name])


#: The claims for any T come first, then those written out at T = 3.
ANY_GENERATIVE, ANY_ENCODER, GENERATIVE_3, ENCODER_3 = range(4)
ANY_ELBO, ELBO_3 = range(2)


def test_the_claims_are_proved_for_any_T_each_step_by_a_kernel_rule(results):
    for name, indices in (("hvae-factorization", (ANY_GENERATIVE, ANY_ENCODER)), ("hvae-elbo", (ANY_ELBO,))):
        for index in indices:
            derivation = results[name].derivations[index]
            assert derivation.status is Status.PROVED
            assert any(expr.has(Slice) for expr in derivation.derivation.expressions())
            assert all(step.verdict.rule for step in derivation.steps)
    factorization = results["hvae-factorization"].derivations
    assert {type(s.step.rule) for d in factorization[:2] for s in d.steps} == {sums.ChainRule, sums.IndexedMarkov}
    assert hierarchical.GENERATIVE_ANY_T in factorization[ANY_GENERATIVE].uses


def test_the_claims_at_T_3_are_the_claims_for_any_T_written_out():
    for identity in hierarchical.IDENTITIES:
        general = [d for d in identity.derivations if d.lhs.has(Slice)]
        fixed = [d for d in identity.derivations if not d.lhs.has(Slice)]
        for any_T, at_3 in zip(general, fixed):
            at = {hierarchical.T: 3}
            assert sums.instantiate(any_T.lhs, at) == at_3.lhs
            assert sp.expand(sums.instantiate(any_T.rhs, at) - at_3.rhs) == 0


def test_factorizations_hold_identically_on_the_linear_gaussian_chain(results):
    instances = results["hvae-factorization"].instances
    assert {r.derivation.label for r in instances} == {"generative chain, T = 3", "encoder chain, T = 3"}
    assert all(r.status is InstanceStatus.HOLDS for r in instances)


def test_the_bound_holds_on_the_linear_gaussian_chain(results):
    (instance,) = results["hvae-elbo"].instances
    assert instance.status is InstanceStatus.HOLDS_AT_POINTS


def _instance_sides() -> list:
    """log p(x) and the expanded ELBO in closed form on the linear-Gaussian instance, as functions of x."""
    identity = hierarchical.hvae_elbo
    equations = Context.of(identity).equations
    claim = identity.derivations[ELBO_3]
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
    steps = identity.derivations[ENCODER_3].steps
    wrong = q(z_1, x) * q(z_1, z_2) * q(z_2, z_3)
    return with_steps(identity, ENCODER_3, (steps[0], Step(Relation.EQ, wrong, steps[1].rule)))


def decoder_conditioned_forwards():
    """p(z_t | z_{t-1}) for p(z_{t-1} | z_t)."""
    identity = hierarchical.hvae_factorization
    steps = identity.derivations[GENERATIVE_3].steps
    wrong = p(z_3) * p(x, z_1) * p(z_2, z_1) * p(z_3, z_2)
    return with_steps(identity, GENERATIVE_3, (steps[0], Step(Relation.EQ, wrong, steps[1].rule)))


def markov_keeps_the_wrong_parent():
    """p(z_1 | z_3) for p(z_1 | z_2, z_3): the far latent kept, the near one dropped."""
    identity = hierarchical.hvae_factorization
    steps = identity.derivations[GENERATIVE_3].steps
    wrong = p(z_3) * p(x, z_1) * p(z_1, z_3) * p(z_2, z_3)
    return with_steps(identity, GENERATIVE_3, (steps[0], Step(Relation.EQ, wrong, steps[1].rule)))


def elbo_with_encoder_backwards():
    identity = hierarchical.hvae_elbo
    steps = identity.derivations[ELBO_3].steps
    wrong = hierarchical.expected_log_ratio(hierarchical.GENERATIVE_PRODUCT, q(z_1, x) * q(z_1, z_2) * q(z_2, z_3))
    return with_steps(identity, ELBO_3, (*steps[:-1], Step(Relation.EQ, wrong, steps[-1].rule)))


def jensen_reversed():
    identity = hierarchical.hvae_elbo
    steps = identity.derivations[ELBO_3].steps
    reversed_bound = Step(Relation.LE, steps[2].expr, rules.JENSEN)
    return with_steps(identity, ELBO_3, (*steps[:2], reversed_bound, *steps[3:]), relation=Relation.LE)


T, t = hierarchical.T, t_index


def any_T_encoder_backwards():
    """q(z_{t-1} | z_t) for q(z_t | z_{t-1}), for any T."""
    identity = hierarchical.hvae_factorization
    steps = identity.derivations[ANY_ENCODER].steps
    wrong = Density("q_phi", (Z[1],), (x,)) * sp.Product(Density("q_phi", (Z[t - 1],), (Z[t],)), (t, 2, T))
    return with_steps(identity, ANY_ENCODER, (steps[0], Step(Relation.EQ, wrong, steps[1].rule)))


def any_T_markov_keeps_the_wrong_parent():
    """p(z_{t-1} | z_T) for p(z_{t-1} | z_{t:T}): the far latent kept, the near one dropped, for any T."""
    identity = hierarchical.hvae_factorization
    steps = identity.derivations[ANY_GENERATIVE].steps
    wrong = (
        Density("p", (Z[T],)) * Density("p", (x,), (Z[1],)) * sp.Product(Density("p", (Z[t - 1],), (Z[T],)), (t, 2, T))
    )
    return with_steps(identity, ANY_GENERATIVE, (steps[0], Step(Relation.EQ, wrong, steps[1].rule)))


def any_T_chain_rule_off_by_one():
    """p(z_{t-1} | z_{t+1:T}): the chain rule with the conditioning block one variable short."""
    identity = hierarchical.hvae_factorization
    steps = identity.derivations[ANY_GENERATIVE].steps
    short = (
        Density("p", (Z[T],))
        * Density("p", (x,), (Slice(Z, 1, T),))
        * sp.Product(Density("p", (Z[t - 1],), (Slice(Z, t + 1, T),)), (t, 2, T))
    )
    return with_steps(identity, ANY_GENERATIVE, (Step(Relation.EQ, short, steps[0].rule), steps[1]))


@pytest.mark.parametrize(
    ("build", "derivation", "step"),
    [
        (encoder_conditioned_backwards, ENCODER_3, 2),
        (decoder_conditioned_forwards, GENERATIVE_3, 2),
        (markov_keeps_the_wrong_parent, GENERATIVE_3, 2),
        (elbo_with_encoder_backwards, ELBO_3, 5),
        (jensen_reversed, ELBO_3, 3),
        (any_T_encoder_backwards, ANY_ENCODER, 2),
        (any_T_markov_keeps_the_wrong_parent, ANY_GENERATIVE, 2),
        (any_T_chain_rule_off_by_one, ANY_GENERATIVE, 1),
    ],
    ids=lambda value: getattr(value, "__name__", str(value)),
)
def test_wrong_variant_is_refuted_at_its_step(build, derivation, step):
    assert_refuted_at(build(), derivation, step)


@pytest.mark.parametrize(
    "build",
    [
        encoder_conditioned_backwards,
        decoder_conditioned_forwards,
        markov_keeps_the_wrong_parent,
        any_T_encoder_backwards,
        any_T_markov_keeps_the_wrong_parent,
    ],
)
def test_wrong_factorization_fails_the_numeric_check(build):
    result = numeric_hierarchical.check_hvae_factorization(np.random.default_rng(SEED), identity=build())
    assert not result.passed


@pytest.mark.slow
@pytest.mark.parametrize(
    ("build", "latents"), [(any_T_encoder_backwards, 1000), (any_T_markov_keeps_the_wrong_parent, 300)]
)
def test_a_wrong_factorization_for_any_T_fails_with_many_latents(build, latents):
    result = numeric_hierarchical.check_hvae_factorization(
        np.random.default_rng(SEED), identity=build(), latents=latents, gains=(0.3, 0.9), every_step=False
    )
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
    claims = claims_at(hierarchical.hvae_factorization, 3)
    comparisons = factorization_comparisons(claims, chains, [point], 1e-6)
    assert all(c.passed for c in comparisons), [c.describe() for c in comparisons if not c.passed]


def test_the_float_covariance_is_the_symbolic_recursion():
    """Two computations of one covariance: A^-1 D A^-T in floats and the recursion of the symbolic instance."""
    chain = numeric_hierarchical.random_chain("p", GENERATIVE, np.random.default_rng(SEED))
    symbolic = np.array(chain_covariance(chain.coefficients, chain.variances), dtype=float)
    assert np.allclose(chain.covariance, symbolic, rtol=1e-12, atol=0)


@settings(max_examples=25, deadline=None, derandomize=True, database=None)
@given(latents=st.integers(1, 30), seed=st.integers(0, 2**32 - 1))
def test_every_step_of_both_factorizations_holds_with_1_to_30_latents(latents, seed):
    result = numeric_hierarchical.check_hvae_factorization(np.random.default_rng(seed), latents=latents,
                                                          gains=(0.3, 0.9))  # fmt: skip
    assert result.passed, [c.describe() for c in result.comparisons if not c.passed]


@pytest.mark.slow
@settings(max_examples=4, deadline=None, derandomize=True, database=None)
@given(latents=st.integers(31, 1000), seed=st.integers(0, 2**32 - 1))
def test_both_factorizations_hold_with_up_to_1000_latents(latents, seed):
    """The claims only (a chain-rule step costs T^4 to evaluate); gains below 1 keep the variances bounded."""
    result = numeric_hierarchical.check_hvae_factorization(
        np.random.default_rng(seed), latents=latents, gains=(0.3, 0.9), every_step=False
    )
    assert result.passed, [c.describe() for c in result.comparisons if not c.passed]
