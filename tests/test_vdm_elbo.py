"""The VDM ELBO, both ways, and the forward Bayes step: proved step by step for any T >= 2 (Luo's own
steps, each by a kernel rule) and written out at T = 2 and 3, exact on the linear-Gaussian VDM
(T = 2, 3), checked by Monte Carlo over trajectories for T from 2 to 1000, and each plausible
mistake refuted where it is made (Luo's eq. 45 among them), at a concrete T."""

from __future__ import annotations

from dataclasses import replace

import identity_suite as suite
import numpy as np
import pytest
import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from derivations import forward_posterior, rules, vdm_elbo
from derivations.kernel import sums
from derivations.kernel.assumptions import MarkovChain
from derivations.kernel.checking import Context, InstanceStatus, Status, check_derivation, check_identity, evaluate_in
from derivations.latex import assumption_text, identity_latex, latex
from derivations.model import Derivation, Identity, Relation, Step
from derivations.probability import KL, Density
from derivations.symbols import X, x_0, x_1, x_2, x_3, x_t, x_tm1
from derivations.vdm_elbo import AnyT, Chain
from numeric import vdm_elbo as numeric_vdm_elbo
from numeric.strategies import reals, variances

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


@pytest.mark.parametrize("name", ["vdm-elbo-consistency", "vdm-elbo-denoising"])
def test_the_statement_is_proved_for_any_T_each_step_by_a_kernel_rule(name, results):
    """Luo's sequence: chain rule, Markov, split, (shift), merge, (Bayes, telescoping), log of a product,
    linearity, marginalization, tower, KL; every step proved by a rule that checked its conditions."""
    general = results[name].derivations[0]
    assert general.derivation.label == vdm_elbo.ANY_T and general.status is Status.PROVED
    assert general.derivation.lhs.has(sums.Slice) and general.derivation.rhs.has(sp.Sum)
    cited = [step.step.rule for step in general.steps]
    assert all(step.verdict.rule for step in general.steps)
    assert {type(rule) for rule in cited} >= {sums.ChainRule, sums.IndexedMarkov, sums.SplitTerm, sums.MergeRanges,
                                              sums.LogOfProduct, sums.ExpectationOfSum, sums.Marginalize}  # fmt: skip
    uses = general.uses
    assert vdm_elbo.FORWARD_ANY_T in uses and vdm_elbo.REVERSE_ANY_T in uses


def test_the_fixed_T_claims_are_the_claim_for_any_T_written_out():
    for identity in (vdm_elbo.vdm_elbo_consistency, vdm_elbo.vdm_elbo_denoising):
        general, *fixed = identity.derivations
        for T, derivation in zip(vdm_elbo.HORIZONS, fixed):
            at = {vdm_elbo.T: T}
            assert sums.instantiate(general.lhs, at) == derivation.lhs
            difference = sums.instantiate(general.rhs, at) - derivation.rhs
            assert sp.expand(difference) == 0, (identity.name, T)


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
    instances = tuple(i for i in identity.instances if not i.claims or derivation.label in i.claims)
    return replace(identity, derivations=(wrong,), instances=instances)


def _fixed(T: int) -> int:
    """The index of the derivation written out at T (the claim for any T comes first)."""
    return 1 + vdm_elbo.HORIZONS.index(T)


def luo_eq_45(chain: Chain) -> sp.Expr:
    """Luo (2022), eq. 45 as printed: the consistency term as a KL under q(x_{t-1}, x_{t+1} | x_0)."""
    prior_matching = chain.expect(KL(chain.step(chain.T), chain.prior), chain.T - 1)
    return chain.reconstruction - prior_matching - sp.Add(*(chain.consistency_kl_term(t) for t in range(1, chain.T)))


def reversed_denoising_kl(chain: Chain) -> sp.Expr:
    """The denoising matching term with the KL the wrong way round."""
    terms = sp.Add(*(chain.expect(KL(chain.denoiser(t), chain.posterior(t)), t) for t in chain.times(2)))
    return chain.reconstruction - KL(chain.marginal(chain.T), chain.prior) - terms


T, t = vdm_elbo.T, vdm_elbo.t


def luo_eq_45_any(chain: AnyT) -> sp.Expr:
    """Luo's eq. 45 as printed, for any T."""
    return chain.reconstruction - chain.prior_matching - chain.total(chain.consistency_kl_term(t), 1, T - 1)


def reversed_denoising_kl_any(chain: AnyT) -> sp.Expr:
    """The denoising matching terms with the KL the wrong way round, for any T."""
    terms = chain.total(chain.expect(KL(chain.denoiser(t), chain.posterior(t)), X[t]), 2)
    return chain.reconstruction - KL(chain.marginal(T), chain.prior) - terms


@pytest.mark.parametrize(
    ("identity", "wrong"),
    [(vdm_elbo.vdm_elbo_consistency, luo_eq_45_any), (vdm_elbo.vdm_elbo_denoising, reversed_denoising_kl_any)],
    ids=["luo-eq-45", "reversed-kl"],
)
def test_wrong_last_step_for_any_T_is_refuted_there_at_a_concrete_T(identity, wrong):
    variant = _with_last_step(identity, 0, wrong(AnyT()))
    failure = check_identity(variant).derivations[0].first_failure
    assert failure.index == len(variant.derivations[0].steps)
    assert failure.verdict.status is Status.REFUTED
    assert dict(failure.verdict.counterexample.point)["T"] == 2


def _general_step(identity: Identity, index: int, expr: sp.Expr) -> Identity:
    """``identity``'s claim for any T with step ``index`` (1-based) leading to ``expr`` instead (later steps kept)."""
    derivation = identity.derivations[0]
    steps = list(derivation.steps)
    steps[index - 1] = replace(steps[index - 1], expr=expr)
    return replace(identity, derivations=(replace(derivation, steps=tuple(steps)),), instances=())


def _consistency_step(index: int, change) -> Identity:
    return _general_step(vdm_elbo.vdm_elbo_consistency, index, change(vdm_elbo.vdm_elbo_consistency.derivations[0]))


def _denoising_step(index: int, change) -> Identity:
    return _general_step(vdm_elbo.vdm_elbo_denoising, index, change(vdm_elbo.vdm_elbo_denoising.derivations[0]))


def _replaced(derivation, index: int, old: sp.Expr, new: sp.Expr) -> sp.Expr:
    expr = derivation.steps[index - 1].expr
    assert expr.has(old), (old, expr)
    return expr.xreplace({old: new})


chain = AnyT()
WRONG_STEPS = {
    # Luo's eq. 39 with the numerator's product still starting at t = 1 after p(x_0 | x_1) was split off
    "boundary term counted twice": lambda: _consistency_step(
        3, lambda d: _replaced(d, 3, chain.product(chain.denoiser(t), 2), chain.product(chain.denoiser(t), 1))
    ),
    # eq. 40 with the index shifted in the limits but not in the argument
    "shifted limits, argument not shifted": lambda: _consistency_step(
        4,
        lambda d: _replaced(d, 4, chain.product(chain.denoiser(t + 1), 1, T - 1), chain.product(chain.denoiser(t), 1, T - 1)),
    ),
    # eq. 44 with x_t missing from the consistency term's measure
    "marginalized to the wrong variables": lambda: _consistency_step(
        9,
        lambda d: _replaced(
            d, 9, AnyT.expect(sp.log(chain.denoiser(t + 1) / chain.step(t)), X[t - 1], X[t], X[t + 1]),
            AnyT.expect(sp.log(chain.denoiser(t + 1) / chain.step(t)), X[t - 1], X[t + 1]),
        ),
    ),
    # eq. 53 with the telescoped ratio q(x_1 | x_0) / q(x_T | x_0) dropped
    "dropped boundary term": lambda: _denoising_step(
        7, lambda d: _replaced(d, 7, sp.log(chain.step(1) / chain.marginal(T)), sp.Integer(0))
    ),
    # eq. 55 with the sum of denoising terms starting at t = 3
    "sum starting at the wrong t": lambda: _denoising_step(
        9,
        lambda d: _replaced(
            d, 9, chain.total(chain.trajectory(sp.log(chain.denoiser(t) / chain.posterior(t))), 2),
            chain.total(chain.trajectory(sp.log(chain.denoiser(t) / chain.posterior(t))), 3),
        ),
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(WRONG_STEPS))
def test_a_wrong_step_for_any_T_is_refuted_at_its_step_with_a_counterexample_at_a_concrete_T(name):
    variant = WRONG_STEPS[name]()
    result = check_identity(variant)
    failure = result.derivations[0].first_failure
    changed = next(i for i, (a, b) in enumerate(zip(variant.derivations[0].steps,
                                                    vdm_elbo.vdm_elbo_consistency.derivations[0].steps
                                                    if variant.name == "vdm-elbo-consistency"
                                                    else vdm_elbo.vdm_elbo_denoising.derivations[0].steps), 1)
                   if a != b)  # fmt: skip
    assert failure.index == changed, failure.verdict.describe()
    assert failure.verdict.status is Status.REFUTED
    assert "T" in dict(failure.verdict.counterexample.point)


@pytest.mark.parametrize(
    ("identity", "wrong"),
    [(vdm_elbo.vdm_elbo_consistency, luo_eq_45), (vdm_elbo.vdm_elbo_denoising, reversed_denoising_kl)],
    ids=["luo-eq-45", "reversed-kl"],
)
def test_wrong_last_step_is_refuted_there_on_the_gaussian_instance(identity, wrong):
    chain = Chain(2)
    variant = _with_last_step(identity, _fixed(2), wrong(chain))
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


@pytest.mark.parametrize(
    ("identity", "wrong"),
    [(vdm_elbo.vdm_elbo_consistency, luo_eq_45_any), (vdm_elbo.vdm_elbo_denoising, reversed_denoising_kl_any)],
    ids=["luo-eq-45", "reversed-kl"],
)
@pytest.mark.parametrize("seed", range(3))
def test_monte_carlo_over_trajectories_rejects_wrong_decompositions(identity, wrong, seed):
    claim = replace(identity.statement, rhs=wrong(AnyT()), steps=())
    result = numeric_vdm_elbo.check_decomposition(np.random.default_rng(seed), identity, derivation=claim)
    assert not result.passed


def test_the_monte_carlo_check_needs_a_claim_for_any_T():
    identity = vdm_elbo.vdm_elbo_denoising
    with pytest.raises(ValueError, match="is not stated for any T"):
        numeric_vdm_elbo.check_decomposition(np.random.default_rng(0), identity, derivation=identity.derivations[1])


def test_monte_carlo_rejects_swapped_marginals_in_bayes():
    identity = vdm_elbo.forward_bayes_step
    variant = _with_last_step(identity, 0, vdm_elbo._posterior * vdm_elbo._previous_marginal / vdm_elbo._marginal)
    assert not numeric_vdm_elbo.check_forward_bayes_step(np.random.default_rng(SEED), identity=variant).passed


# ---------------------------------------------------------------------- fuzzing


def _closed_forms(T: int, name: str) -> tuple[sp.Expr, sp.Expr]:
    identity = {"consistency": vdm_elbo.vdm_elbo_consistency, "denoising": vdm_elbo.vdm_elbo_denoising}[name]
    derivation, instance = identity.derivations[_fixed(T)], identity.instances[vdm_elbo.HORIZONS.index(T)]
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


def _schedule(length: int, seed: int, edges: bool) -> np.ndarray:
    """Alphas for T = length steps: uniform on (0.9, 0.999), or with some within 1e-12 of 0 and of 1."""
    rng = np.random.default_rng(seed)
    alphas = rng.uniform(0.9, 0.999, size=length)
    if edges:
        chosen = rng.choice(length, size=max(1, length // 10), replace=False)
        alphas[chosen] = rng.choice([1e-12, 1 - 1e-12, 0.5], size=len(chosen))
    return alphas


@pytest.mark.slow
@settings(max_examples=12, deadline=None, derandomize=True, database=None)
@given(
    length=st.integers(2, 1000),
    seed=st.integers(0, 2**32 - 1),
    edges=st.booleans(),
    identity=st.sampled_from([vdm_elbo.vdm_elbo_consistency, vdm_elbo.vdm_elbo_denoising]),
)
def test_both_decompositions_hold_over_trajectories_for_any_T(length, seed, edges, identity):
    """T from 2 to 1000, alphas within 1e-12 of 0 and 1: the claim for any T, written out at T, passes the paired
    test.  Each example is a test at false-alarm 1e-6, so the run fails by chance with probability < 1.2e-5."""
    alphas = _schedule(length, seed, edges)
    result = numeric_vdm_elbo.check_decomposition(np.random.default_rng(SEED), identity, n=4000, alphas=alphas)
    assert result.passed, result.comparisons[0].describe()


@pytest.mark.parametrize("T", [2, 1000])
@pytest.mark.parametrize(
    ("identity", "wrong"),
    [(vdm_elbo.vdm_elbo_consistency, luo_eq_45_any), (vdm_elbo.vdm_elbo_denoising, reversed_denoising_kl_any)],
    ids=["luo-eq-45", "reversed-kl"],
)
def test_the_paired_test_rejects_wrong_decompositions_at_both_ends(identity, wrong, T):
    claim = replace(identity.statement, rhs=wrong(AnyT()), steps=())
    result = numeric_vdm_elbo.check_decomposition(
        np.random.default_rng(SEED), identity, derivation=claim, n=20_000, alphas=_schedule(T, SEED, edges=False)
    )
    assert not result.passed


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
