"""Gaussian laws (derivations.kernel.gaussian_models): the model of the density calculus for a Gaussian q.

If the model broke a rule of the calculus or the declared steps, it would refute a
correct step (a false alarm): it is held to Gaussian closed forms (the declared
transitions and marginals, the Markov property, the entropy and the KL of Gaussians)
and to Luo's ELBO decomposition at T = 1, 2, 3, exactly.  Its wrong variants fail in
it, and where it cannot give a step its exact meaning it says so rather than guess.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import sympy as sp

from derivations.kernel import gaussian_models, models
from derivations.kernel.assumptions import Definition, Domain, GaussianSteps, MarkovChain, Noises
from derivations.kernel.checking import reconcile, search_counterexample
from derivations.kernel.sums import IndexedMarkovChain, Slice, _Expansion, instantiated_context, variable
from derivations.kernel.vocabulary import Relation
from derivations.probability import KL, Density, Expectation, Normal

T = sp.Symbol("T", integer=True, positive=True)
t = sp.Symbol("t", integer=True, positive=True)
X = sp.IndexedBase(sp.Symbol("x", real=True))
X0, X1, X2, X3 = (variable(X, k) for k in range(4))
STEPS = GaussianSteps("q", X, 0, 3)
CONCRETE = reconcile((STEPS,))


def q(variables, given=()):
    return Density("q", tuple(variables), tuple(given))


def p(variables, given=()):
    return Density("p", tuple(variables), tuple(given))


def model(exprs, seed=0, context=CONCRETE):
    return gaussian_models.build(exprs, context, np.random.default_rng(seed))


def schedule(built):
    return [a for _, a in built.schedule]


def same(a, b) -> bool:
    """Equal exactly: the difference simplifies to zero (logs of rationals combined)."""
    return sp.simplify(sp.expand(a - b)) == 0


def gaussian_log(point, mean, variance):
    return -sp.log(2 * sp.pi * variance) / 2 - (point - mean) ** 2 / (2 * variance)


@pytest.mark.parametrize("seed", range(5))
def test_the_declared_steps_and_the_forward_marginals_hold_exactly(seed):
    """q(x_k | x_{k-1}) = N(sqrt(a_k) x_{k-1}, 1 - a_k), and q(x_k | x_0) = N(sqrt(abar_k) x_0, 1 - abar_k)."""
    densities = [q([X3], [X2])]
    built = model(densities, seed)
    law = built.laws["q"]
    a = dict(zip((X1, X2, X3), schedule(built)))
    for current, previous in ((X1, X0), (X2, X1), (X3, X2)):
        stated = gaussian_log(current, sp.sqrt(a[current]) * previous, 1 - a[current])
        assert same(law.log_density(q([current], [previous])), stated)
    abar = sp.Integer(1)
    for current in (X1, X2, X3):
        abar *= a[current]
        marginal = gaussian_log(current, sp.sqrt(abar) * X0, 1 - abar)
        assert same(law.log_density(q([current], [X0])), marginal)
        assert not same(law.log_density(q([current], [X0])), gaussian_log(current, abar * X0, 1 - abar))


@pytest.mark.parametrize("seed", range(5))
def test_the_markov_property_holds_and_the_posterior_is_ho_et_als(seed):
    built = model([q([X3], [X2])], seed)
    law = built.laws["q"]
    assert same(law.log_density(q([X3], [X2, X1, X0])), law.log_density(q([X3], [X2])))
    assert same(law.log_density(q([X0], [X1, X2])), law.log_density(q([X0], [X1])))
    a1, a2 = schedule(built)[:2]  # q(x_1 | x_2, x_0): mean and variance of Ho et al.'s eq. 7 at t = 2
    abar1, abar2 = a1, a1 * a2
    mean = (sp.sqrt(abar1) * (1 - a2) * X0 + sp.sqrt(a2) * (1 - abar1) * X2) / (1 - abar2)
    variance = (1 - abar1) * (1 - a2) / (1 - abar2)
    posterior = law.log_density(q([X1], [X2, X0]))
    assert same(posterior, gaussian_log(X1, mean, variance))
    typo = (sp.sqrt(abar2) * (1 - a2) * X0 + sp.sqrt(a2) * (1 - abar1) * X2) / (1 - abar2)  # abar_t for abar_{t-1}
    assert not same(posterior, gaussian_log(X1, typo, variance))


def test_an_expectation_of_a_log_density_is_the_entropy_and_a_kl_is_the_gaussians():
    built = model([q([X1]), p([X1])], seed=3)
    m_q, v_q = built.laws["q"].mean[1], built.laws["q"].covariance[1, 1]
    entropy = built.value(Expectation(-sp.log(q([X1])), q([X1]), (X1,)))
    assert same(entropy, sp.log(2 * sp.pi * sp.E * v_q) / 2)
    (m_p,), v_p = built.laws["p"].mean, built.laws["p"].covariance[0, 0]
    kl = built.value(KL(q([X1]), p([X1]), (X1,)))
    closed = (sp.log(v_p / v_q) + (v_q + (m_q - m_p) ** 2) / v_p - 1) / 2
    assert same(kl, closed)


ELBO = Expectation(sp.log(p([Slice(X, 0, T)]) / q([Slice(X, 1, T)], [X[0]])), q([Slice(X, 0, T)]), (Slice(X, 0, T),))
KLS = Expectation(
    KL(q([X[T]], [X[0]]), p([X[T]]), (X[T],))
    + sp.Sum(KL(q([X[t - 1]], [X[t], X[0]]), p([X[t - 1]], [X[t]]), (X[t - 1],)), (t, 2, T))
    - sp.log(p([X[0]], [X[1]])),
    q([Slice(X, 0, T)]),
    (Slice(X, 0, T),),
)
ANY_T = reconcile((Domain(T, sp.Range(1, sp.oo)), IndexedMarkovChain("q", X, 0, T), IndexedMarkovChain("p", X, 0, T),
                   GaussianSteps("q", X, 0, T)))  # fmt: skip


def at(size, *exprs):
    expansion = _Expansion()
    written = [expansion.expand(e.xreplace({T: size})) for e in exprs]
    return written, instantiated_context(ANY_T, {T: sp.Integer(size)}, expansion.created)


@pytest.mark.parametrize("size", [1, 2, 3])
def test_the_elbo_is_minus_its_kls_and_reconstruction_exactly_in_every_model(size):
    """Luo (2022), eq. 45: ELBO = -E_q[KL(q(x_T|x_0) || p(x_T)) + sum_t KL(q(x_{t-1}|x_t,x_0) || p(x_{t-1}|x_t))
    - log p(x_0|x_1)], along q's Gaussian steps and p's chain."""
    (elbo, kls), context = at(size, ELBO, KLS)
    assert gaussian_models.applicable((elbo, kls), context) is None
    for seed in range(3):
        built = model((elbo, kls), seed, context)
        assert same(built.value(elbo), -built.value(kls))
    assert gaussian_models.counterexample(Relation.EQ, elbo, -kls, context) is None


def test_the_sign_slip_fails_in_gaussian_laws_and_the_counterexample_shows_them():
    (elbo, kls), context = at(2, ELBO, KLS)
    found = gaussian_models.counterexample(Relation.EQ, elbo, kls, context)
    assert found is not None and found.lhs == pytest.approx(-found.rhs)
    assert "in Gaussian laws" in found.where and "q's to x_2 with a =" in found.where


def test_a_step_over_sums_is_refuted_at_a_small_size_in_gaussian_laws_only_where_q_is_declared_gaussian():
    k = sp.Symbol("K", real=True)
    definition = Definition(k, ELBO, "K")
    base = (Domain(T, sp.Range(1, sp.oo)), IndexedMarkovChain("q", X, 0, T), IndexedMarkovChain("p", X, 0, T))
    declared = reconcile((*base, definition, GaussianSteps("q", X, 0, T)))
    found = search_counterexample(Relation.EQ, k, KLS, declared)
    assert found.counterexample is not None and "in Gaussian laws" in found.counterexample.where
    assert search_counterexample(Relation.EQ, k, -KLS, declared).counterexample is None
    finite = search_counterexample(Relation.EQ, k, KLS, reconcile((*base, definition))).counterexample
    assert finite is not None and "random joint tables" in finite.where  # no Gaussian law declared: finite


def test_a_finite_model_is_not_applicable_to_a_law_declared_gaussian():
    exprs = (q([X1], [X0]), q([X1], [X0, X2]))
    assert "declared Gaussian" in models.applicable(exprs, CONCRETE)
    assert models.applicable((p([X1], [X0]),), CONCRETE) is None  # p's law is not declared


@pytest.mark.parametrize(
    "expr, context, reason",
    [
        (Density("q", (X1,), (X0,), (sp.Symbol("theta"),)), CONCRETE, "parameters"),
        (Expectation(X1, q([X1, X2]), (X1,)), CONCRETE, "exactly the variables"),
        (Expectation(q([X1]), q([X1]), (X1,)), CONCRETE, "quadratic"),
        (Expectation(X1**3, q([X1]), (X1,)), CONCRETE, "quadratic"),
        (sp.Integral(q([X1]), (X1, -sp.oo, sp.oo)), CONCRETE, "integrals"),
        (q([X0], [X1, X0]), CONCRETE, "given itself"),  # q(x_0 | x_1, x_0): no density (was an internal error)
        (q([X2], [X1, X1]), CONCRETE, "degenerate"),
    ],
)
def test_what_the_model_cannot_give_its_exact_meaning_it_declines(expr, context, reason):
    with pytest.raises(models.NotApplicable, match=reason):
        model([expr], 0, context).value(expr)


def test_the_model_declines_a_density_the_note_defines_a_noise_or_no_gaussian_law():
    other = Definition(q([X1], [X0]), Density("r", (X1,), (X0,)), "q's own law")
    assert "constrains a density" in gaussian_models.applicable((q([X1], [X0]),), reconcile((STEPS, other)))
    eps = sp.Symbol("epsilon", real=True)
    assert "noise" in gaussian_models.applicable((q([eps]),), reconcile((STEPS, Noises((eps,)))))
    assert "no law is declared Gaussian" in gaussian_models.applicable((q([X1]),), reconcile(()))
    reparameterized = Definition(X1, sp.Rational(1, 2) * X0 + eps, "x_1 = x_0 / 2 + eps")
    assert "also defined" in gaussian_models.applicable((q([X1], [X0]),), reconcile((STEPS, reparameterized)))
    chain_off = reconcile((GaussianSteps("q", X, 0, 1),))
    with pytest.raises(models.NotApplicable, match="does not order"):
        model([q([X2], [X1])], 0, chain_off)


# -- Gaussian laws the assumptions state (q(x_T | x_0) := N(...)), the data's law x_0 left to the model

ABAR = sp.Symbol("abar", positive=True)
XT = sp.Symbol("x_T", real=True)
XS = sp.Symbol("x_0", real=True)
STATED = (
    Domain(ABAR, sp.Interval.open(0, 1)),
    MarkovChain("q", (XS, XT)),
    Definition(q([XT], [XS]), Normal(XT, sp.sqrt(ABAR) * XS, 1 - ABAR), "q(x_T | x_0) = N(sqrt(abar) x_0, 1 - abar)"),
)


def test_a_stated_gaussian_law_is_the_models_step_and_the_datas_law_is_drawn():
    """q(x_T | x_0) stated, x_0's law free: q(x_T | x_0) = q(x_T) (x_T independent of x_0) and q(x_T) = N(0, 1)
    (standard normal data only) fail; Bayes' rule and the stated law itself hold in every model."""
    context = reconcile(STATED)
    assert gaussian_models.applicable((q([XT]),), context) is None
    independent = search_counterexample(Relation.EQ, q([XT], [XS]), q([XT]), context).counterexample
    assert independent is not None and "in Gaussian laws" in independent.where
    standard = search_counterexample(Relation.EQ, q([XT]), Normal(XT, 0, 1), context).counterexample
    assert standard is not None and "in Gaussian laws" in standard.where
    bayes = (q([XT], [XS]) * q([XS]), q([XS], [XT]) * q([XT]))
    assert gaussian_models.counterexample(Relation.EQ, *bayes, context, models=6) is None
    stated = (q([XT], [XS]), Normal(XT, sp.sqrt(ABAR) * XS, 1 - ABAR))
    assert gaussian_models.counterexample(Relation.EQ, *stated, context, models=6) is None
    wrong = (q([XT], [XS]), Normal(XT, ABAR * XS, 1 - ABAR))  # its wrong variant fails
    assert gaussian_models.counterexample(Relation.EQ, *wrong, context) is not None


def test_a_counterexample_names_the_chains_whose_start_it_drew():
    """x_0's law free: the model draws it, and says so; stated (x_0 ~ N(0, 1)), nothing is drawn."""
    context = reconcile(STATED)
    drawn = gaussian_models.counterexample(Relation.EQ, q([XT], [XS]), q([XT]), context)
    assert drawn is not None and drawn.drawn_starts == frozenset({"q"})
    data = Definition(q([XS]), Normal(XS, 0, 1), "q(x_0) = N(0, 1)")
    stated = gaussian_models.counterexample(Relation.EQ, q([XT], [XS]), q([XT]), reconcile((*STATED, data)))
    assert stated is not None and stated.drawn_starts == frozenset()


def test_a_standard_start_is_the_standard_normal_not_a_drawn_law():
    """With q in the context's standard_starts, x_0 ~ N(0, 1): q(x_T) = N(0, 1) holds for every abar (refuted
    with a drawn start), its wrong variant still fails, and no start is drawn."""
    claim = (q([XT]), Normal(XT, 0, 1))
    assert gaussian_models.counterexample(Relation.EQ, *claim, reconcile(STATED)) is not None
    standard = replace(reconcile(STATED), standard_starts=frozenset({"q"}))
    assert gaussian_models.counterexample(Relation.EQ, *claim, standard, models=6) is None
    assert model(claim, context=standard).laws["q"].mean[0] == 0
    wrong = gaussian_models.counterexample(Relation.EQ, q([XT]), Normal(XT, 0, 2), standard)
    assert wrong is not None and wrong.drawn_starts == frozenset()


def test_a_model_that_breaks_a_stated_law_is_no_counterexample():
    """q(x_2 | x_0) stated beside q(x_1 | x_0) but no step from x_1: the model's random step breaks it, and the
    joint the stated law gives, q(x_2 | x_0) q(x_0) = q(x_0, x_2), is not refuted in such a model."""
    x2_given_x0 = Definition(q([X2], [X0]), Normal(X2, X0 / 2, sp.Rational(3, 4)), "q(x_2 | x_0)")
    x1_given_x0 = Definition(q([X1], [X0]), Normal(X1, X0 / 2, sp.Rational(3, 4)), "q(x_1 | x_0)")
    context = reconcile((MarkovChain("q", (X0, X1, X2)), x1_given_x0, x2_given_x0))
    joint = (q([X2], [X0]) * q([X0]), q([X0, X2]))
    assert gaussian_models.counterexample(Relation.EQ, *joint, context, models=6) is None
    wrong = (q([X2], [X0]) * q([X0]), q([X0, X1]))
    assert gaussian_models.counterexample(Relation.EQ, *wrong, context, models=6) is None  # no model: undecided


@pytest.mark.parametrize(
    "definition",
    [
        Definition(q([XT], [XS]), Normal(XT, XS**2, 1), "a mean not affine in x_0"),
        Definition(q([XT], [XS]), Normal(XT, XS, XS**2), "a variance of x_0"),
        Definition(q([XT], [XS]), Normal(XS, XT, 1), "its point another variable"),
        Definition(q([XT], [XS, X1]), Normal(XT, XS, 1), "given two variables"),
    ],
)
def test_a_definition_that_is_not_a_gaussian_step_keeps_the_model_out(definition):
    context = reconcile((MarkovChain("q", (XS, XT)), definition))
    assert "constrains a density" in gaussian_models.applicable((q([XT], [XS]),), context)


def test_stated_laws_without_a_chain_make_one_and_the_posterior_is_bayes():
    """p(x) = N(m, s^2) and p(y | x) = N(a x, v) make the chain x, y: p(x | y) is the Gaussian posterior, so the
    prior in its place fails, and p(y) = N(a m, a^2 s^2 + v) holds in every model."""
    x, y, a, m = sp.symbols("x y a m", real=True)
    s, v = sp.symbols("s v", positive=True)
    context = reconcile(
        (Definition(p([x]), Normal(x, m, s**2), "p(x)"), Definition(p([y], [x]), Normal(y, a * x, v), "p(y|x)"))
    )
    assert gaussian_models.counterexample(Relation.EQ, p([x], [y]), Normal(x, m, s**2), context) is not None
    evidence = Normal(y, a * m, a**2 * s**2 + v)
    assert gaussian_models.counterexample(Relation.EQ, p([y]), evidence, context, models=6) is None
    posterior = Normal(x, (m / s**2 + a * y / v) / (1 / s**2 + a**2 / v), 1 / (1 / s**2 + a**2 / v))
    assert gaussian_models.counterexample(Relation.EQ, p([x], [y]), posterior, context, models=6) is None
    assert gaussian_models.counterexample(Relation.EQ, p([y]), Normal(y, a * m, a**2 * s**2), context) is not None
