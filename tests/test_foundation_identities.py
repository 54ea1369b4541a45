"""The first eight identities: every step proved, every wrong variant refuted where it goes wrong.

A wrong variant is the identity with one step (and the claim after it) changed
to a plausible mistake; the checker must refute exactly that step, with a
counterexample, and the identity's numeric check must reject it too.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import sympy as sp
from identity_suite import Variant, with_steps

from derivations import evidence, forward_process, reparameterization, rules
from derivations.kernel.checking import InstanceStatus, Status, check_identity
from derivations.model import Definition, Identity, Relation, Step
from derivations.probability import KL, Normal
from derivations.symbols import (
    ALPHA,
    a,
    abar_tm1,
    alpha_t,
    b,
    eps,
    eps_1,
    eps_2,
    mu,
    s_index,
    sigma,
    x_0,
    x_t,
    x_tm1,
    z,
)
from numeric import evidence as numeric_evidence
from numeric import forward_process as numeric_forward
from numeric import reparameterization as numeric_reparameterization

FOUNDATION = (*evidence.IDENTITIES, *reparameterization.IDENTITIES, *forward_process.IDENTITIES)


@pytest.fixture(scope="module")
def results():
    return {identity.name: check_identity(identity) for identity in FOUNDATION}


@pytest.mark.parametrize("identity", FOUNDATION, ids=lambda i: i.name)
def test_every_step_is_proved(identity, results):
    result = results[identity.name]
    for derivation in result.derivations:
        for step in derivation.steps:
            assert step.verdict.status is Status.PROVED, (derivation.derivation.label, step.index, step.verdict)
        assert derivation.closure.proved, derivation.closure
    assert result.status is Status.PROVED


@pytest.mark.parametrize("identity", FOUNDATION, ids=lambda i: i.name)
def test_concrete_instances_hold(identity, results):
    result = results[identity.name]
    assert result.instances, "every identity has a concrete instance"
    assert all(r.status in (InstanceStatus.HOLDS, InstanceStatus.HOLDS_AT_POINTS) for r in result.instances)
    equalities = [r for r in result.instances if r.derivation.relation in (Relation.EQ, Relation.EQ_LAW)]
    assert all(r.status is InstanceStatus.HOLDS for r in equalities), "an equality must hold identically"


@pytest.mark.parametrize("identity", FOUNDATION, ids=lambda i: i.name)
def test_numeric_check_passes(identity):
    from numeric.checks import CHECKS

    result = CHECKS[identity.name](np.random.default_rng(20221124))
    assert result.comparisons
    assert result.passed, [c.describe() for c in result.comparisons if not c.passed]


# ---------------------------------------------------------------- wrong variants


def reparameterization_with_sigma_squared() -> Identity:
    wrong = Definition(z, mu + sigma**2 * eps, "reparameterization")
    identity = reparameterization.reparameterization
    assumptions = tuple(wrong if getattr(x, "name", "") == "reparameterization" else x for x in identity.assumptions)
    derivations = (reparameterization.density_derivation(wrong), *identity.derivations[1:])
    return replace(identity, assumptions=assumptions, derivations=derivations)


def forward_marginal_with_one_minus_alpha() -> Identity:
    identity = forward_process.forward_marginal
    steps = identity.derivations[1].steps
    wrong_merge = Step(
        Relation.EQ_LAW, sp.sqrt(alpha_t * abar_tm1) * x_0 + sp.sqrt(1 - alpha_t) * eps, rules.GAUSSIAN_SUM
    )
    return with_steps(identity, 1, (*steps[:3], wrong_merge))


def forward_marginal_any_t_starting_at_the_wrong_s() -> Identity:
    """abar_t as prod_{s=2}^{t} alpha_s: alpha_1 dropped when alpha_t is merged into the product."""
    identity = forward_process.forward_marginal
    index = len(identity.derivations) - 1
    steps = identity.derivations[index].steps
    wrong = forward_process.marginal_any(forward_process.t).xreplace(
        {forward_process.cumulative(forward_process.t): sp.Product(ALPHA[s_index], (s_index, 2, forward_process.t))}
    )
    return with_steps(identity, index, (*steps[:-1], replace(steps[-1], expr=wrong)))


def evidence_kl_swapped() -> Identity:
    identity = evidence.evidence_elbo_kl
    steps = identity.derivations[0].steps
    swapped = evidence.ELBO + KL(evidence.posterior, evidence.q)
    return with_steps(identity, 0, (*steps[:-1], Step(Relation.EQ, swapped, rules.KL_DEFINITION)))


def jensen_reversed() -> Identity:
    identity = evidence.elbo_jensen
    steps = identity.derivations[0].steps
    return with_steps(identity, 0, (*steps[:-1], Step(Relation.LE, evidence.ELBO, rules.JENSEN)), relation=Relation.LE)


def bayes_exchanged() -> Identity:
    identity = evidence.bayes_rule
    wrong = evidence.posterior * evidence.p_z / evidence.p_x
    steps = identity.derivations[0].steps
    return with_steps(identity, 0, (steps[0], Step(Relation.EQ, wrong, rules.PRODUCT_RULE)))


def marginal_of_the_likelihood() -> Identity:
    wrong = sp.Integral(evidence.likelihood, (z, -sp.oo, sp.oo))
    return with_steps(evidence.evidence_marginal, 0, (Step(Relation.EQ, wrong, rules.MARGINALIZATION),))


def standard_deviations_added() -> Identity:
    wrong = (a + b) * eps
    return with_steps(forward_process.gaussian_sum, 1, (Step(Relation.EQ_LAW, wrong, rules.GAUSSIAN_SUM),))


def transition_variance_alpha() -> Identity:
    identity = forward_process.forward_transition
    steps = identity.derivations[0].steps
    wrong = Normal(x_t, sp.sqrt(alpha_t) * x_tm1, alpha_t)
    return with_steps(identity, 0, (steps[0], Step(Relation.EQ, wrong, rules.ALGEBRA)))


def not_variance_preserving() -> Identity:
    wrong = sp.sqrt(alpha_t) * eps_1 + (1 - alpha_t) * eps_2
    identity = forward_process.forward_transition
    derivation = replace(identity.derivations[1], lhs=wrong)
    return replace(identity, derivations=(identity.derivations[0], derivation))


VARIANTS = (
    Variant(
        "reparameterization with sigma^2",
        reparameterization_with_sigma_squared,
        0,
        1,
        numeric_reparameterization.check_reparameterization,
    ),
    Variant(
        "forward marginal with 1 - alpha_t",
        forward_marginal_with_one_minus_alpha,
        1,
        4,
        numeric_forward.check_forward_marginal,
    ),
    Variant(
        "forward marginal for any t with the product starting at s = 2",
        forward_marginal_any_t_starting_at_the_wrong_s,
        len(forward_process.forward_marginal.derivations) - 1,
        5,
        numeric_forward.check_forward_marginal,
    ),
    Variant("KL with its arguments swapped", evidence_kl_swapped, 0, 7, numeric_evidence.check_evidence_elbo_kl),
    Variant("Jensen reversed", jensen_reversed, 0, 3, numeric_evidence.check_elbo_jensen),
    Variant("Bayes with p(x|z) and p(z|x) exchanged", bayes_exchanged, 0, 2, numeric_evidence.check_bayes_rule),
    Variant(
        "evidence as the integral of the likelihood",
        marginal_of_the_likelihood,
        0,
        1,
        numeric_evidence.check_evidence_marginal,
    ),
    Variant("standard deviations added", standard_deviations_added, 1, 1, numeric_forward.check_gaussian_sum),
    Variant("transition variance alpha_t", transition_variance_alpha, 0, 2, numeric_forward.check_forward_transition),
    Variant(
        "sqrt dropped on the noise coefficient", not_variance_preserving, 1, 1, numeric_forward.check_forward_transition
    ),
)


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
def test_wrong_variant_is_refuted_at_its_step(variant):
    result = check_identity(variant.build())
    assert result.status is Status.REFUTED
    derivation, step = result.first_failure
    assert derivation is result.derivations[variant.derivation]
    assert step.index == variant.step
    assert step.verdict.status is Status.REFUTED
    found = step.verdict.counterexample
    assert found is not None and abs(found.lhs - found.rhs) > 1e-9, "a refutation carries a real counterexample"


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
def test_wrong_variant_fails_its_numeric_check(variant):
    result = variant.check(np.random.default_rng(20221124), identity=variant.build())
    assert not result.passed


def test_undecided_is_not_verified():
    """A true step cited with a rule that cannot prove it is undecided, never proved."""
    identity = evidence.elbo_jensen
    steps = identity.derivations[0].steps
    weak = with_steps(identity, 0, (*steps[:-1], Step(Relation.GE, evidence.ELBO, rules.ALGEBRA)))
    result = check_identity(weak)
    assert result.status is Status.UNDECIDED
    assert result.first_failure[1].verdict.status is Status.UNDECIDED


def test_chain_that_stops_short_of_the_claim_is_not_proved():
    identity = evidence.evidence_elbo_kl
    derivation = identity.derivations[0]
    short = replace(identity, derivations=(replace(derivation, steps=derivation.steps[:-1]),))
    result = check_identity(short)
    assert result.status is not Status.PROVED
    assert not result.derivations[0].closure.proved


def test_mixed_inequalities_give_no_relation_and_are_not_refuted_without_a_counterexample():
    identity = evidence.elbo_jensen
    steps = identity.derivations[0].steps
    mixed = with_steps(
        identity,
        0,
        (*steps[:-1], Step(Relation.GE, evidence.ELBO, rules.JENSEN), Step(Relation.LE, evidence.ELBO, rules.ALGEBRA)),
    )
    closure = check_identity(mixed).derivations[0].closure
    assert closure.status is Status.UNDECIDED and "mixes" in closure.reason
