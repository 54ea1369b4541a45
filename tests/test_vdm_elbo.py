"""The VDM ELBO, both ways, and the forward Bayes step: proved step by step, exact on the
linear-Gaussian VDM (T = 2, 3, 4), checked by Monte Carlo over T = 50 trajectories, and each
plausible mistake refuted where it is made (Luo's eq. 45 among them)."""

from __future__ import annotations

from dataclasses import replace

import identity_suite as suite
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations import forward_posterior, rules, vdm_elbo
from derivations.kernel.assumptions import MarkovChain
from derivations.kernel.checking import Context, InstanceStatus, Status, check_derivation, check_identity, evaluate_in
from derivations.latex import assumption_text, identity_latex, latex
from derivations.model import Derivation, Identity, Relation, Step
from derivations.probability import KL, Density
from derivations.symbols import x_0, x_1, x_2, x_3, x_t, x_tm1
from derivations.vdm_elbo import Chain
from numeric import vdm_elbo as numeric_vdm_elbo
from numeric.strategies import alpha_schedules, reals, variances

SEED = suite.SEED


@pytest.fixture(scope="module")
def results():
    return {identity.name: check_identity(identity) for identity in vdm_elbo.IDENTITIES}


@pytest.mark.parametrize("identity", vdm_elbo.IDENTITIES, ids=lambda i: i.name)
def test_every_step_is_proved_and_every_instance_holds(identity, results):
    suite.assert_every_step_proved(results[identity.name])
    suite.assert_instances_hold_identically(results[identity.name])


def test_the_elbo_claims_are_checked_exactly_at_every_horizon(results):
    for name in ("vdm-elbo-consistency", "vdm-elbo-denoising"):
        claims = {r.derivation.label for r in results[name].instances}
        assert claims == {f"T = {T}" for T in vdm_elbo.HORIZONS}


@pytest.mark.parametrize("identity", vdm_elbo.IDENTITIES + forward_posterior.IDENTITIES, ids=lambda i: i.name)
def test_every_expression_and_assumption_renders(identity):
    for derivation in identity.derivations:
        for expr in derivation.expressions():
            assert latex(expr)
    for assumption in identity.assumptions:
        assert assumption_text(assumption)
    assert identity_latex(identity)


# ------------------------------------------------------------------ Markov rule


def test_markov_chain_drops_only_separated_conditioning_variables():
    chain = MarkovChain("q", (x_0, x_1, x_2, x_3))
    assert chain.reduce(Density("q", (x_2,), (x_1, x_0))) == Density("q", (x_2,), (x_1,))
    assert chain.reduce(Density("q", (x_1,), (x_0, x_3, x_2))) == Density("q", (x_1,), (x_0, x_2))
    # x_0 and x_2 are both neighbours of x_1: nothing to drop
    assert chain.reduce(Density("q", (x_1,), (x_2, x_0))) == Density("q", (x_1,), (x_2, x_0))
    # another distribution, or a variable off the chain: untouched
    assert chain.reduce(Density("p", (x_2,), (x_1, x_0))) == Density("p", (x_2,), (x_1, x_0))
    assert chain.reduce(Density("q", (x_t,), (x_1, x_0))) == Density("q", (x_t,), (x_1, x_0))


def test_markov_property_cited_where_it_does_not_apply_is_not_proved():
    """q(x_{t-1} | x_t, x_0) = q(x_{t-1} | x_t) is false in general: x_0 is not separated from x_{t-1}."""
    backwards = Density("q", (x_tm1,), (x_t, x_0))
    reduced = Density("q", (x_tm1,), (x_t,))
    claim = Derivation(
        backwards, Relation.EQ, reduced, (Step(Relation.EQ, reduced, rules.markov(vdm_elbo.FORWARD_CHAIN, backwards)),)
    )
    result = check_derivation(claim, Context.of(vdm_elbo.forward_bayes_step))
    assert result.steps[0].verdict.status is not Status.PROVED


def test_dropping_the_markov_rule_leaves_the_factorization_unproved():
    chain = Chain(3)
    derivation = chain.denoising()
    steps = list(derivation.steps)
    steps[1] = replace(steps[1], rule=rules.ALGEBRA)
    result = check_derivation(replace(derivation, steps=tuple(steps)), Context({}, {}))
    assert result.first_failure.index == 2
    assert result.first_failure.verdict.status is not Status.PROVED


# ---------------------------------------------------------------- wrong variants


def _with_last_step(identity: Identity, index: int, rhs: sp.Expr) -> Identity:
    derivation = identity.derivations[index]
    last = derivation.steps[-1]
    wrong = replace(derivation, rhs=rhs, steps=(*derivation.steps[:-1], replace(last, expr=rhs)))
    return replace(identity, derivations=(wrong,), instances=(identity.instances[index],))


def luo_eq_45(chain: Chain) -> sp.Expr:
    """Luo (2022), eq. 45 as printed: the consistency term as a KL under q(x_{t-1}, x_{t+1} | x_0)."""
    prior_matching = chain.expect(KL(chain.step(chain.T), chain.prior), chain.T - 1)
    return chain.reconstruction - prior_matching - sp.Add(*(chain.consistency_kl_term(t) for t in range(1, chain.T)))


def reversed_denoising_kl(chain: Chain) -> sp.Expr:
    """The denoising matching term with the KL the wrong way round."""
    terms = sp.Add(*(chain.expect(KL(chain.denoiser(t), chain.posterior(t)), t) for t in chain.times(2)))
    return chain.reconstruction - KL(chain.marginal(chain.T), chain.prior) - terms


@pytest.mark.parametrize(
    ("identity", "wrong"),
    [(vdm_elbo.vdm_elbo_consistency, luo_eq_45), (vdm_elbo.vdm_elbo_denoising, reversed_denoising_kl)],
    ids=["luo-eq-45", "reversed-kl"],
)
def test_wrong_last_step_is_refuted_there_on_the_gaussian_instance(identity, wrong):
    chain = Chain(2)
    variant = _with_last_step(identity, 0, wrong(chain))
    # the same linear-Gaussian VDM, with a closed form for every density the variant mentions
    variant = replace(variant, instances=(vdm_elbo._elbo_instance(chain, variant.derivations),))
    result = check_identity(variant)
    derivation = result.derivations[0]
    failure = derivation.first_failure
    assert failure.index == len(derivation.steps)
    assert failure.verdict.status is Status.REFUTED
    assert failure.verdict.counterexample is not None
    assert result.instances[0].status is InstanceStatus.FAILS


def test_swapped_marginals_in_bayes_are_refuted_at_the_bayes_step():
    identity = vdm_elbo.forward_bayes_step
    wrong_rhs = vdm_elbo._posterior * vdm_elbo._previous_marginal / vdm_elbo._marginal
    variant = _with_last_step(identity, 0, wrong_rhs)
    result = check_identity(variant)
    failure = result.derivations[0].first_failure
    assert failure.index == 2 and failure.step.rule is rules.BAYES
    assert failure.verdict.status is Status.REFUTED


# ---------------------------------------------------------------------- numeric


@pytest.mark.parametrize("name", ["vdm-elbo-consistency", "vdm-elbo-denoising", "forward-bayes-step"])
def test_numeric_check_passes(name):
    from numeric.checks import CHECKS

    result = CHECKS[name](np.random.default_rng(SEED))
    assert result.comparisons and result.passed, [c.describe() for c in result.comparisons if not c.passed]


@pytest.mark.parametrize("wrong", [luo_eq_45, reversed_denoising_kl], ids=["luo-eq-45", "reversed-kl"])
@pytest.mark.parametrize("seed", range(3))
def test_monte_carlo_over_trajectories_rejects_wrong_decompositions(wrong, seed):
    result = numeric_vdm_elbo.check_decomposition(np.random.default_rng(seed), vdm_elbo.vdm_elbo_denoising, wrong)
    assert not result.passed


def test_monte_carlo_rejects_swapped_marginals_in_bayes():
    identity = vdm_elbo.forward_bayes_step
    variant = _with_last_step(identity, 0, vdm_elbo._posterior * vdm_elbo._previous_marginal / vdm_elbo._marginal)
    assert not numeric_vdm_elbo.check_forward_bayes_step(np.random.default_rng(SEED), identity=variant).passed


# ---------------------------------------------------------------------- fuzzing


def _closed_forms(T: int, name: str) -> tuple[sp.Expr, sp.Expr]:
    identity = {"consistency": vdm_elbo.vdm_elbo_consistency, "denoising": vdm_elbo.vdm_elbo_denoising}[name]
    index = vdm_elbo.HORIZONS.index(T)
    derivation, instance = identity.derivations[index], identity.instances[index]
    return evaluate_in(instance, derivation.lhs, {}), evaluate_in(instance, derivation.rhs, {})


_FORMS = {(T, name): _closed_forms(T, name) for T in (2, 3) for name in ("consistency", "denoising")}


@settings(max_examples=30, deadline=None)
@given(
    key=st.sampled_from(sorted(_FORMS)),
    data=st.data(),
)
def test_exact_elbo_equals_both_decompositions_for_any_reverse_model(key, data):
    """Tiny and huge reverse variances, large means: the closed forms agree to 40 digits."""
    lhs, rhs = _FORMS[key]
    point = {}
    for symbol in sorted(lhs.free_symbols | rhs.free_symbols, key=str):
        draw = variances(min_value=1e-8, max_value=1e8) if symbol.is_positive else reals(bound=1e3)
        point[symbol] = sp.Rational(data.draw(draw, label=str(symbol)))
    left, right = (sp.N(side.xreplace(point), 60) for side in (lhs, rhs))
    assert abs(left - right) <= sp.Float(10, 60) ** -40 * (1 + abs(left))


@settings(max_examples=12, deadline=None)
@given(alphas=alpha_schedules(min_length=2, max_length=120), which=st.sampled_from(["consistency", "denoising"]))
def test_both_decompositions_hold_over_trajectories_for_any_schedule(alphas, which):
    """Schedules with alphas within 1e-12 of 0 and 1, T from 2 to 120: the paired test still passes.

    Each example is a test at false-alarm 1e-6, so the whole run fails by chance with probability < 1.2e-5.
    """
    decomposition = {"consistency": Chain.consistency_rhs.fget, "denoising": Chain.denoising_rhs.fget}[which]
    result = numeric_vdm_elbo.check_decomposition(
        np.random.default_rng(SEED), vdm_elbo.vdm_elbo_denoising, decomposition, n=4000, alphas=alphas
    )
    assert result.passed, result.comparisons[0].describe()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Chain(1), "T must be an integer >= 2"),
        (lambda: Chain(2.5), "T must be an integer >= 2"),
        (lambda: numeric_vdm_elbo.Family(Chain(3), np.random.default_rng(0), 10, [0.5, 1.0, 0.5]), "alphas must be 3"),
        (lambda: numeric_vdm_elbo.Family(Chain(3), np.random.default_rng(0), 10, [0.5, 0.5]), "alphas must be 3"),
    ],
    ids=["T=1", "T not an integer", "alpha = 1", "too few alphas"],
)
def test_bad_arguments_are_refused_with_a_clear_error(make, message):
    with pytest.raises(ValueError, match=message):
        make()
