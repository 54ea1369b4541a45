"""The kernel's red team: wrong steps written as a user would write them, and correct ones it must prove.

Every case goes through the public API (``from derivations import ...``), one
step in an identity of its own.  A wrong step must never be proved: it is
refuted (with a counterexample inside every declared domain and constraint)
or undecided (with the failed condition as the reason).  A correct step is
proved, by the rule the case names.  The classes of wrong steps follow the
mechanisms of the sound-kernel issue: rules outside their hypotheses,
parameters hidden in names, structure stated as prose, user code trusted,
assumptions not checked, false refutations, citations that did no work --
plus the slips of :mod:`derivations.mutations` applied to every correct step.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
import sympy as sp

from derivations import (
    KL,
    Axiom,
    Constraint,
    Definition,
    Density,
    Derivation,
    Domain,
    Equation,
    Expectation,
    Fact,
    Grad,
    Identity,
    InconsistentAssumptions,
    MarkovChain,
    Normal,
    Parameters,
    Relation,
    Status,
    Step,
    check_identity,
    noises,
    rules,
)
from derivations.kernel.checking import check_uncited, reconcile
from derivations.kernel.sampling import domain_for
from derivations.mutations import mutants
from derivations.symbols import Noise

EQ, LE, GE, LAW = Relation.EQ, Relation.LE, Relation.GE, Relation.EQ_LAW

# The user's own symbols: nothing here comes from the catalogue's registry.
X, Z, Y, W = sp.symbols("X Z Y W", real=True)
M, K = sp.symbols("M K", real=True)
S, V, C = sp.symbols("S V C", positive=True)
A_, B_ = sp.symbols("A_ B_", positive=True)
R = sp.Symbol("R")  # no SymPy assumptions: its domain is declared per case
PHI, THETA = sp.symbols("PHI THETA", real=True)
E1, E2, E3 = Noise("e1"), Noise("e2"), Noise("e3")
N_ = sp.Symbol("N_", integer=True, positive=True)
X0, X1, X2, X3 = sp.symbols("X0 X1 X2 X3", real=True)

p_xz, p_x, p_z = Density("P", (X, Z)), Density("P", (X,)), Density("P", (Z,))
likelihood, posterior = Density("P", (X,), (Z,)), Density("P", (Z,), (X,))
q = Density("Q", (Z,), (X,))
q_phi = Density("Q_PHI", (Z,), (X,))
f = sp.Function("f", real=True)
ELBO = Expectation(sp.log(p_xz / q), q)
REAL_XZ = (Domain(X, sp.S.Reals), Domain(Z, sp.S.Reals))


@dataclass(frozen=True)
class Case:
    """``previous relation expr`` by ``rule`` under ``assumptions``, with the statuses it may get."""

    previous: sp.Expr
    relation: Relation
    expr: sp.Expr
    rule: object = rules.ALGEBRA
    assumptions: tuple = ()
    allowed: frozenset = frozenset({Status.REFUTED, Status.UNDECIDED})
    reason: str = ""  # a part of the reason an undecided verdict must give
    instances: tuple = ()

    def identity(self, name: str) -> Identity:
        derivation = Derivation(self.previous, self.relation, self.expr, (Step(self.relation, self.expr, self.rule),))
        return Identity(name, name, "background", self.assumptions, (derivation,), self.instances)

    def verdict(self, name: str = "red-team"):
        return check_identity(self.identity(name)).derivations[0].steps[0].verdict


def refuted(*args, **kwargs) -> Case:
    return Case(*args, allowed=frozenset({Status.REFUTED}), **kwargs)


def proved(*args, **kwargs) -> Case:
    return Case(*args, allowed=frozenset({Status.PROVED}), **kwargs)


# --------------------------------------------------------- wrong: by mechanism

JENSEN_MEASURES = {
    # "expectation" under p(x, z) over z alone: not a probability density over z
    "jensen-joint-measure": Case(
        sp.log(Expectation(p_xz / q, p_xz, (Z,))),
        GE,
        Expectation(sp.log(p_xz / q), p_xz, (Z,)),
        rules.JENSEN,
        REAL_XZ,
        reason="not over exactly",
    ),
    "jensen-over-too-few-variables": Case(
        sp.log(Expectation(X * Z, Density("P", (X, Z)), (Z,))),
        GE,
        Expectation(sp.log(X * Z), Density("P", (X, Z)), (Z,)),
        rules.JENSEN,
        REAL_XZ,
    ),
    "jensen-wrong-direction": Case(sp.log(Expectation(p_xz / q, q)), LE, ELBO, rules.JENSEN, REAL_XZ, reason="gives"),
    "jensen-negative-coefficient-ge": Case(
        -sp.log(Expectation(p_xz / q, q)), GE, -ELBO, rules.JENSEN, REAL_XZ, reason="sign"
    ),
    "jensen-integrand-not-positive": Case(
        sp.log(Expectation(Z, q)), GE, Expectation(sp.log(Z), q), rules.JENSEN, REAL_XZ, reason="positive"
    ),
    "jensen-unnormalized-gaussian": Case(
        sp.log(Expectation(Z**2 + 1, 2 * Normal(Z, 0, 1), (Z,))),
        GE,
        Expectation(sp.log(Z**2 + 1), 2 * Normal(Z, 0, 1), (Z,)),
        rules.JENSEN,
        REAL_XZ,
    ),
    "jensen-density-of-another-variable": Case(
        sp.log(Expectation(p_x / q, Density("Q", (X,)), (Z,))),
        GE,
        Expectation(sp.log(p_x / q), Density("Q", (X,)), (Z,)),
        rules.JENSEN,
        REAL_XZ,
    ),
}

GIBBS_MEASURES = {
    # KL(q(z|x) || p(x, z)) >= 0, "hence ELBO <= 0"
    "gibbs-joint-second-argument": Case(
        ELBO + KL(q, p_xz, (Z,)), GE, ELBO, rules.GIBBS, REAL_XZ, reason="not over exactly"
    ),
    "gibbs-elbo-nonpositive": Case(-KL(q, p_xz, (Z,)), LE, sp.Integer(0), rules.GIBBS, REAL_XZ),
    "gibbs-negative-coefficient": Case(ELBO - KL(q, posterior), GE, ELBO, rules.GIBBS, REAL_XZ, reason="sign"),
    "gibbs-mismatched-variables": Case(KL(q, p_x, (Z,)), GE, sp.Integer(0), rules.GIBBS, REAL_XZ),
    "gibbs-unnormalized-first": Case(KL(p_xz, q, (Z,)), GE, sp.Integer(0), rules.GIBBS, REAL_XZ),
    "gibbs-equality": Case(ELBO + KL(q, posterior), EQ, ELBO, rules.GIBBS, REAL_XZ),
    "nonnegative-expectation-of-a-signed-function": Case(
        Expectation(Z, q) + ELBO, GE, ELBO, rules.NONNEGATIVE_EXPECTATION, REAL_XZ
    ),
}

HIDDEN_PARAMETERS = {
    # d/dphi E_{q_phi}[f] is not E[d f / dphi]: the measure depends on phi (its name says so)
    "gradient-moved-inside-hidden-parameter": Case(
        sp.Derivative(Expectation(f(Z) * PHI, q_phi), PHI),
        EQ,
        Expectation(f(Z), q_phi),
        rules.LEIBNIZ,
        REAL_XZ,
        reason="may depend on PHI",
    ),
    "gradient-of-expectation-is-zero": Case(
        sp.Derivative(Expectation(f(Z), q_phi), PHI), EQ, sp.Integer(0), rules.ALGEBRA, REAL_XZ
    ),
    "gradient-moved-inside-declared-parameter": Case(
        sp.Derivative(Expectation(f(Z), Density("Q_PHI", (Z,), (X,))), PHI),
        EQ,
        Expectation(sp.Derivative(f(Z), PHI), Density("Q_PHI", (Z,), (X,))),
        rules.LEIBNIZ,
        (*REAL_XZ, Parameters("Q_PHI", (PHI,))),
        reason="depends on PHI",
    ),
    "gradient-of-gaussian-expectation-moved-inside": Case(
        sp.Derivative(Expectation(Z**2, Normal(Z, THETA, 1), (Z,)), THETA),
        EQ,
        Expectation(sp.diff(Z**2, THETA), Normal(Z, THETA, 1), (Z,)),
        rules.LEIBNIZ,
        REAL_XZ,
    ),
    "score-of-parameterized-density-dropped": Case(
        sp.Derivative(sp.log(Density("Q_PHI", (Z,))), PHI), EQ, sp.Integer(0), rules.ALGEBRA, REAL_XZ
    ),
}

STRUCTURE_IN_WORDS = {
    # dependence stated in words; the kernel must not assume independence
    "gaussian-sum-with-dependence-in-words": Case(
        E1 + E2,
        LAW,
        sp.sqrt(2) * E3,
        rules.GAUSSIAN_SUM,
        (Fact("e1 = e2: the two noises are the same"),),
        reason="not declared",
    ),
    "gaussian-sum-undeclared-noises": Case(
        S * E1 + V * E2, LAW, sp.sqrt(S**2 + V**2) * E3, rules.GAUSSIAN_SUM, reason="not declared"
    ),
    "markov-chain-not-declared": Case(
        Density("Q", (X2,), (X1, X0)),
        EQ,
        Density("Q", (X2,), (X1,)),
        rules.markov(MarkovChain("Q", (X0, X1, X2)), Density("Q", (X2,), (X1, X0))),
        (Fact("Q is a Markov chain X0 -> X1 -> X2"),),
        reason="not declared",
    ),
    "markov-chain-of-another-law": Case(
        Density("P", (X2,), (X1, X0)),
        EQ,
        Density("P", (X2,), (X1,)),
        rules.markov(MarkovChain("Q", (X0, X1, X2)), Density("P", (X2,), (X1, X0))),
        (MarkovChain("Q", (X0, X1, X2)),),
    ),
    "markov-wrong-order": Case(
        Density("Q", (X1,), (X2, X0)),
        EQ,
        Density("Q", (X1,), (X2,)),
        rules.markov(MarkovChain("Q", (X0, X1, X2)), Density("Q", (X1,), (X2, X0))),
        (MarkovChain("Q", (X0, X1, X2)),),
    ),
    "definition-not-declared": Case(
        M * 2, EQ, sp.Integer(6), rules.by(Definition(M, sp.Integer(3), "M is three")), reason="not among"
    ),
    "claim-that-does-not-exist": Case(
        sp.log(p_x), EQ, ELBO, rules.by_claim("a claim above", sp.log(p_x), ELBO), REAL_XZ, reason="not (solved"
    ),
    "lemma-not-in-catalogue": Case(
        sp.log(p_x), EQ, ELBO, rules.lemma("no-such-identity", sp.log(p_x), ELBO), REAL_XZ, reason="not an identity"
    ),
    "lemma-claim-it-does-not-prove": Case(
        sp.log(p_x), EQ, ELBO, rules.lemma("evidence-elbo-kl", sp.log(p_x), ELBO), REAL_XZ, reason="no proved claim"
    ),
    "axiom-not-declared": Case(
        M, EQ, sp.Integer(3), rules.axiom(Axiom("M is three", M, sp.Integer(3))), reason="not declared"
    ),
    "change-of-variables-noise-undeclared": Case(
        Density("P", (Y,)),
        EQ,
        Normal(Y / S, 0, 1) / S,
        rules.change_of_variables(Density("P", (Y,)), Definition(Y, S * E1, "Y = S e1"), E1),
        (Definition(Y, S * E1, "Y = S e1"),),
        reason="noise",
    ),
}

NOISE_LAWS = {
    # the expectation over a noise is a Gaussian integral only under the noise's own declared law
    "noise-moment-undeclared": Case(
        Expectation(E1**2, Density("Q", (E1,))), EQ, sp.Integer(1), rules.NOISE_EXPECTATION, reason="no expectation"
    ),
    "noise-moment-given-another-variable": Case(
        Expectation(E1**2, Density("Q", (E1,), (X,))), EQ, sp.Integer(1), rules.NOISE_EXPECTATION, (noises(E1),),
        reason="no expectation",
    ),
    "noise-moment-jointly-with-another-variable": Case(
        Expectation(E1**2, Density("Q", (E1, X))), EQ, sp.Integer(1), rules.NOISE_EXPECTATION, (noises(E1),),
        reason="no expectation",
    ),
    "noise-moment-under-a-parameterized-law": Case(
        Expectation(E1**2, Density("Q", (E1,), (), (PHI,))), EQ, sp.Integer(1), rules.NOISE_EXPECTATION,
        (noises(E1),), reason="no expectation",
    ),
    "noise-moment-wrong-value": refuted(
        Expectation(S * E1**2, Density("Q", (E1,))), EQ, S**2, rules.NOISE_EXPECTATION, (noises(E1),)
    ),
}  # fmt: skip

USER_CODE = {
    "rewrite-to-zero-proves-one-equals-two": Case(
        sp.Integer(1),
        EQ,
        sp.Integer(2),
        rules.Rule("everything is zero", rewrite=lambda e: sp.Integer(0)),
        reason="could not be checked",
    ),
    "rewrite-swapping-symbols": Case(
        M + 2 * K, EQ, K + 2 * M, rules.Rule("symmetry", rewrite=lambda e: e.xreplace({M: K, K: M}))
    ),
    "rewrite-that-raises": Case(M, EQ, K, rules.Rule("broken", rewrite=lambda e: 1 / 0), reason="raised"),
    "bound-returning-anything": Case(sp.log(p_x), GE, p_x, rules.Rule("my bound", bound=lambda e: p_x), REAL_XZ),
    "bound-the-wrong-way": Case(
        sp.Integer(0), GE, sp.Integer(1), rules.Rule("optimism", bound=lambda e: sp.Integer(1))
    ),
    "free-text-citation-on-a-wrong-step": Case(
        ELBO, EQ, Expectation(sp.log(likelihood), q) + KL(q, p_z), rules.Rule("because I say so"), REAL_XZ
    ),
    "in-law-flag-on-a-wrong-law": Case(
        E1 + E2, LAW, E3, rules.Rule("sums of noises", in_law=True), (noises(E1, E2, E3),)
    ),
}

FALSE_REFUTATIONS_AVOIDED = {
    # correct steps whose domains the old sampler ignored: proved or undecided, never refuted
    "interval-two-to-five": Case(
        sp.sqrt((R - 1) ** 2),
        EQ,
        R - 1,
        rules.ALGEBRA,
        (Domain(R, sp.Interval(2, 5)),),
        allowed=frozenset({Status.PROVED, Status.UNDECIDED}),
    ),
    "union-of-half-lines": Case(
        sp.Abs(R) / R,
        EQ,
        sp.sign(R),
        rules.ALGEBRA,
        (Domain(R, sp.Union(sp.Interval(-3, -1), sp.Interval(1, 3))),),
        allowed=frozenset({Status.PROVED, Status.UNDECIDED}),
    ),
    "integers-even-power": Case(
        (-1) ** (2 * N_),
        EQ,
        sp.Integer(1),
        rules.ALGEBRA,
        (Domain(N_, sp.S.Naturals),),
        allowed=frozenset({Status.PROVED, Status.UNDECIDED}),
    ),
    # a defined symbol takes its defined value, with the equations applied to the definition as well
    "defined-symbol-through-an-equation": Case(
        Y,
        EQ,
        A_ * B_ * X,
        rules.ALGEBRA,
        (
            Domain(A_, sp.Interval.open(0, 1)),
            Domain(B_, sp.Interval.open(0, 1)),
            Domain(V, sp.Interval.open(0, 1)),
            Equation(V, A_ * B_),
            Definition(Y, V * X, "Y = V X"),
        ),
        allowed=frozenset({Status.PROVED, Status.UNDECIDED}),
    ),
    "constraint-keeps-radicand-positive": Case(
        sp.sqrt((2 * S**2 - C) ** 2),
        EQ,
        2 * S**2 - C,
        rules.ALGEBRA,
        (Constraint(C < 2 * S**2),),
        allowed=frozenset({Status.PROVED, Status.UNDECIDED}),
    ),
}

_XI = sp.IndexedBase(sp.Symbol("XI", real=True))
_TI = sp.Symbol("TI", integer=True)

INDEXED_ALIASING = {
    # E over x[t] of x[1] is x[1] only when t != 1: the bound and the free variable may be the same
    "bound-indexed-may-be-the-free-one": Case(
        Expectation(_XI[1], Density("Q", (_XI[_TI],)), (_XI[_TI],)),
        EQ,
        _XI[1],
        rules.ALGEBRA,
        (Domain(_TI, sp.Range(1, 4)),),
    ),
    "free-citation-on-an-aliased-step": Case(
        Expectation(_XI[1], Density("Q", (_XI[_TI],)), (_XI[_TI],)),
        EQ,
        _XI[1],
        rules.Rule("pull out the constant"),
        (Domain(_TI, sp.Range(1, 4)),),
    ),
}

REAL_DOMAIN_SLIPS = {
    # over the reals: both sides must be the same real number
    "log-of-square-over-the-reals": refuted(sp.log(W**2), EQ, 2 * sp.log(W), rules.ALGEBRA, (Domain(W, sp.S.Reals),)),
    "sqrt-of-square-over-the-reals": refuted(sp.sqrt(W**2), EQ, W, rules.ALGEBRA, (Domain(W, sp.S.Reals),)),
    "sqrt-of-product-over-the-reals": refuted(
        sp.sqrt(W * K), EQ, sp.sqrt(W) * sp.sqrt(K), rules.ALGEBRA, (Domain(W, sp.S.Reals), Domain(K, sp.S.Reals))
    ),
    "difference-near-an-edge": refuted(
        sp.Max(R, sp.Rational(1, 1000)), EQ, R, rules.ALGEBRA, (Domain(R, sp.Interval.open(0, 1)),)
    ),
    "difference-on-half-the-domain": refuted(sp.Max(W, 0), EQ, W, rules.ALGEBRA, (Domain(W, sp.S.Reals),)),
    "near-miss-relative-1e-6": refuted(S * (1 + sp.Rational(1, 10**6)), EQ, S, rules.ALGEBRA),
}

#: Assumptions that contradict one another: an error naming the conflict, before anything is checked.
INCONSISTENT = {
    "unit-interval-and-equation-two": ((Domain(R, sp.Interval.open(0, 1)), Equation(R, sp.Integer(2))), "never puts"),
    "positive-symbol-declared-real": ((Domain(S, sp.S.Reals),), "created with SymPy assumptions"),
    "disjoint-domains": ((Domain(R, sp.Interval(0, 1)), Domain(R, sp.Interval(2, 3))), "no point in common"),
    "empty-constraints": ((Constraint(C > 2 * S), Constraint(C < S)), "meets the constraints"),
    "equation-through-itself": ((Equation(M, M + 1),), "through itself"),
    "equations-in-a-circle": ((Equation(M, K + 1), Equation(K, M - 1)), "circle"),
    "two-parameter-lists": ((Parameters("Q", (PHI,)), Parameters("Q", (THETA,))), "parameter lists"),
    "integer-symbol-declared-interval": ((Domain(N_, sp.Interval(0, 5)),), "created with SymPy assumptions"),
}

# ----------------------------------------------------------- correct steps

CORRECT = {
    "evidence-as-marginal": proved(p_x, EQ, sp.Integral(p_xz, (Z, -sp.oo, sp.oo)), rules.MARGINALIZATION, REAL_XZ),
    "elbo-as-likelihood-minus-kl": proved(
        ELBO, EQ, Expectation(sp.log(likelihood), q) - KL(q, p_z), rules.ALGEBRA, REAL_XZ
    ),
    "evidence-elbo-kl-at-once": proved(sp.log(p_x), EQ, ELBO + KL(q, posterior), rules.ALGEBRA, REAL_XZ),
    "negated-jensen": proved(-sp.log(Expectation(p_xz / q, q)), LE, -ELBO, rules.JENSEN, REAL_XZ),
    "jensen-with-coefficient": proved(
        3 * sp.log(Expectation(p_xz / q, q)) + M, GE, 3 * ELBO + M, rules.JENSEN, REAL_XZ
    ),
    "negated-gibbs": proved(-KL(q, posterior) + ELBO, LE, ELBO, rules.GIBBS, REAL_XZ),
    "gibbs-on-two-conditionals": proved(KL(q, posterior), GE, sp.Integer(0), rules.GIBBS, REAL_XZ),
    "jensen-on-a-product-measure": proved(
        sp.log(Expectation(X1 * X2 + 1, Density("Q", (X1,)) * Density("Q", (X2,), (X1,)), (X1, X2))),
        GE,
        Expectation(sp.log(X1 * X2 + 1), Density("Q", (X1,)) * Density("Q", (X2,), (X1,)), (X1, X2)),
        rules.JENSEN,
        (Domain(X1, sp.Interval.open(0, sp.oo)), Domain(X2, sp.Interval.open(0, sp.oo))),
    ),
    "jensen-on-a-gaussian": proved(
        sp.log(Expectation(Z**2 + 1, Normal(Z, M, S), (Z,))),
        GE,
        Expectation(sp.log(Z**2 + 1), Normal(Z, M, S), (Z,)),
        rules.JENSEN,
    ),
    "nonnegative-square": proved(
        Expectation((Z - M) ** 2, q) + ELBO, GE, ELBO, rules.NONNEGATIVE_EXPECTATION, (*REAL_XZ,)
    ),
    "bayes-posterior": proved(posterior, EQ, likelihood * p_z / p_x, rules.BAYES, REAL_XZ),
    "bayes-three-variables": proved(
        Density("P", (X,), (Y, Z)), EQ, Density("P", (X, Y, Z)) / Density("P", (Y, Z)), rules.BAYES
    ),
    "tower-property": proved(
        Expectation(Expectation(f(Z), Density("P", (Z,), (X,))), Density("P", (X,))),
        EQ,
        Expectation(f(Z), Density("P", (X, Z)), (X, Z)),
        rules.ALGEBRA,
    ),
    "expectation-of-constant": proved(Expectation(sp.log(p_x), q), EQ, sp.log(p_x), rules.NORMALIZATION, REAL_XZ),
    "gaussian-normalizes": proved(
        sp.Integral(Normal(Z, M, S**2), (Z, -sp.oo, sp.oo)), EQ, sp.Integer(1), rules.GAUSSIAN_INTEGRAL
    ),
    "gaussian-mean": proved(Expectation(Z, Normal(Z, M, S**2), (Z,)), EQ, M, rules.GAUSSIAN_INTEGRAL),
    "gaussian-second-moment": proved(Expectation(Z**2, Normal(Z, M, V), (Z,)), EQ, M**2 + V, rules.GAUSSIAN_INTEGRAL),
    "gaussian-kl-closed-form": proved(
        KL(Normal(Z, M, S**2), Normal(Z, 0, 1), (Z,)), EQ, (M**2 + S**2 - 1 - sp.log(S**2)) / 2, rules.GAUSSIAN_KL
    ),
    "gaussian-kl-equal-variances": proved(
        KL(Normal(Z, M, V), Normal(Z, K, V), (Z,)), EQ, (M - K) ** 2 / (2 * V), rules.GAUSSIAN_KL
    ),
    "markov-drops-the-start": proved(
        Density("Q", (X2,), (X1, X0)),
        EQ,
        Density("Q", (X2,), (X1,)),
        rules.markov(MarkovChain("Q", (X0, X1, X2)), Density("Q", (X2,), (X1, X0))),
        (MarkovChain("Q", (X0, X1, X2)),),
    ),
    "markov-drops-the-end": proved(
        Density("Q", (X0,), (X1, X3)),
        EQ,
        Density("Q", (X0,), (X1,)),
        rules.markov(MarkovChain("Q", (X0, X1, X2, X3)), Density("Q", (X0,), (X1, X3))),
        (MarkovChain("Q", (X0, X1, X2, X3)),),
    ),
    "gaussian-sum-three-noises": proved(
        S * E1 + V * E2 + C * E3, LAW, sp.sqrt(S**2 + V**2 + C**2) * E1, rules.GAUSSIAN_SUM, (noises(E1, E2, E3),)
    ),
    "noise-second-moment": proved(
        Expectation(E1**2, Density("Q", (E1,))), EQ, sp.Integer(1), rules.NOISE_EXPECTATION, (noises(E1),)
    ),
    "noise-moments-of-two-independent-noises": proved(
        Expectation(S * E1**2 + V * E1 * E2 + E2**4, Density("Q", (E1, E2))),
        EQ,
        S + 3,
        rules.NOISE_EXPECTATION,
        (noises(E1, E2),),
    ),
    "gaussian-sum-with-offset": proved(
        M + S * E1 - S * E2, LAW, M + sp.sqrt(2) * S * E3, rules.GAUSSIAN_SUM, (noises(E1, E2, E3),)
    ),
    "change-of-variables-scale": proved(
        Density("P", (Y,)),
        EQ,
        Normal(Y / S, 0, 1) / S,
        rules.change_of_variables(Density("P", (Y,)), Definition(Y, S * E1, "Y = S e1"), E1),
        (Definition(Y, S * E1, "Y = S e1"), noises(E1)),
    ),
    "leibniz-with-a-fixed-measure": proved(
        sp.Derivative(Expectation(f(THETA * Z), Normal(Z, 0, 1), (Z,)), THETA),
        EQ,
        Expectation(sp.diff(f(THETA * Z), THETA), Normal(Z, 0, 1), (Z,)),
        rules.LEIBNIZ,
    ),
    "leibniz-declared-free-parameter": proved(
        sp.Derivative(Expectation(f(Z) * THETA, Density("Q", (Z,))), THETA),
        EQ,
        Expectation(f(Z), Density("Q", (Z,))),
        rules.LEIBNIZ,
        (Parameters("Q", ()),),
    ),
    "definition-substituted": proved(
        M * 2,
        EQ,
        sp.Integer(6),
        rules.by(Definition(M, sp.Integer(3), "M is three")),
        (Definition(M, sp.Integer(3), "M is three"),),
    ),
    "axiom-declared": proved(
        M + 1,
        EQ,
        sp.Integer(4),
        rules.axiom(Axiom("M is three", M, sp.Integer(3))),
        (Axiom("M is three", M, sp.Integer(3)),),
    ),
    "interval-two-to-five-proved": proved(
        sp.sqrt((R - 1) ** 2), EQ, R - 1, rules.ALGEBRA, (Domain(R, sp.Interval.open(2, 5)),)
    ),
    "unit-interval-radical": proved(
        sp.sqrt(1 - R) * sp.sqrt(1 - R), EQ, 1 - R, rules.ALGEBRA, (Domain(R, sp.Interval.open(0, 1)),)
    ),
    "constraint-radical": proved(
        sp.sqrt((2 * S**2 - C) ** 2), EQ, 2 * S**2 - C, rules.ALGEBRA, (Constraint(C < 2 * S**2),)
    ),
    "log-of-quotient-positive": proved(sp.log(S / V), EQ, sp.log(S) - sp.log(V), rules.ALGEBRA),
    "sigmoid-complement": proved(1 / (1 + sp.exp(-M)), EQ, 1 - 1 / (1 + sp.exp(M)), rules.ALGEBRA),
    "snr-difference": proved(
        R / (1 - R) - R * K / (1 - R * K),
        EQ,
        R * (1 - K) / ((1 - R) * (1 - R * K)),
        rules.ALGEBRA,
        (Domain(R, sp.Interval.open(0, 1)), Domain(K, sp.Interval.open(0, 1))),
    ),
    "posterior-variance-form": proved(
        (1 - A_) * (1 - B_) / (1 - A_ * B_),
        EQ,
        1 / (A_ / (1 - A_) + 1 / (1 - B_)),
        rules.ALGEBRA,
        (Domain(A_, sp.Interval.open(0, 1)), Domain(B_, sp.Interval.open(0, 1))),
    ),
    "cross-entropy-split": proved(
        -Expectation(sp.log(p_z), q), EQ, KL(q, p_z) - Expectation(sp.log(q), q), rules.KL_DEFINITION, REAL_XZ
    ),
    "limit-evaluated": proved(sp.Limit(S**2 / (1 - C / (2 * S**2)), C, 0, "+"), EQ, S**2, rules.LIMIT),
    "citation-not-used": proved(
        ELBO, EQ, Expectation(sp.log(likelihood), q) - KL(q, p_z), rules.Rule("chain rule, then split the log"), REAL_XZ
    ),
    "linearity-inside-expectation": proved(
        Expectation((Z - M) ** 2, q),
        EQ,
        Expectation(Z**2, q) - 2 * M * Expectation(Z, q) + M**2,
        rules.LINEARITY_OF_SUMS,
        REAL_XZ,
    ),
    "score-of-gaussian": proved(Grad(sp.log(Normal(X, M, S**2)), X), EQ, -(X - M) / S**2, rules.ALGEBRA),
    "gradient-free-of-variable": proved(
        Grad(sp.log(p_x) + sp.log(p_z), Z), EQ, Grad(sp.log(p_z), Z), rules.ALGEBRA, REAL_XZ
    ),
    "variance-of-a-gaussian-sum-in-law": proved(
        sp.sqrt(R) * E1 + sp.sqrt(1 - R) * E2,
        LAW,
        E3,
        rules.GAUSSIAN_SUM,
        (Domain(R, sp.Interval.open(0, 1)), noises(E1, E2, E3)),
    ),
}

#: Each correct step, with up to two slips of each class: wrong steps a user might write.
SLIPPED = {
    f"{name}/{mutant.kind}/{index}": Case(
        case.previous, case.relation, mutant.expr, case.rule, case.assumptions, reason="", instances=case.instances
    )
    for name, case in CORRECT.items()
    for index, mutant in enumerate(mutants(case.expr, limit_per_class=1))
}

WRONG = {
    **JENSEN_MEASURES,
    **GIBBS_MEASURES,
    **HIDDEN_PARAMETERS,
    **STRUCTURE_IN_WORDS,
    **NOISE_LAWS,
    **USER_CODE,
    **REAL_DOMAIN_SLIPS,
    **INDEXED_ALIASING,
}


def test_the_tables_are_large_enough():
    assert len(WRONG) + len(SLIPPED) >= 120
    assert len(CORRECT) >= 40


def _inside(verdict, case: Case) -> None:
    """A counterexample's point lies in every declared domain (and the registry's, for other symbols)."""
    found = verdict.counterexample
    assert found is not None, verdict
    declared = {a.symbol: a.interval for a in case.assumptions if isinstance(a, Domain)}
    symbols = {str(s): s for s in case.previous.free_symbols | case.expr.free_symbols}
    for name, value in found.point:
        if name in symbols:
            domain = domain_for(symbols[name], declared)
            assert domain.contains(sp.Rational(str(value))) is not sp.false, (name, value, domain)


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_step_is_never_proved(name):
    case = WRONG[name]
    verdict = case.verdict()
    assert verdict.status in case.allowed, (name, verdict)
    assert verdict.status is not Status.PROVED
    if verdict.status is Status.REFUTED:
        _inside(verdict, case)
    elif case.reason:
        assert case.reason in verdict.reason, verdict.reason


@pytest.mark.parametrize("name", sorted(SLIPPED))
def test_a_slip_in_a_correct_step_is_never_proved(name):
    case = SLIPPED[name]
    verdict = case.verdict()
    if verdict.status is Status.PROVED:
        # the slip left the step true (a sign flip of a zero term, say): it must hold numerically
        from derivations.kernel.checking import Context, search_counterexample

        identity = case.identity("slip")
        found = search_counterexample(case.relation, case.previous, case.expr, Context.of(identity), points=60)
        assert found.counterexample is None, (name, verdict, found.counterexample)
    elif verdict.status is Status.REFUTED:
        _inside(verdict, case)


@pytest.mark.parametrize("name", sorted(FALSE_REFUTATIONS_AVOIDED))
def test_a_correct_step_with_an_unusual_domain_is_not_refuted(name):
    case = FALSE_REFUTATIONS_AVOIDED[name]
    verdict = case.verdict()
    assert verdict.status in case.allowed, (name, verdict)


@pytest.mark.parametrize("name", sorted(CORRECT))
def test_a_correct_step_is_proved(name):
    case = CORRECT[name]
    verdict = case.verdict()
    assert verdict.status is Status.PROVED, (name, verdict)


@pytest.mark.parametrize("name", sorted(INCONSISTENT))
def test_inconsistent_assumptions_are_an_error_naming_the_conflict(name):
    assumptions, message = INCONSISTENT[name]
    case = Case(sp.Integer(1), EQ, sp.Integer(1), rules.ALGEBRA, assumptions)
    with pytest.raises(InconsistentAssumptions, match=message):
        case.verdict()


# ------------------------------------------------------- how the report reads


def test_a_free_text_citation_that_did_no_work_is_reported_as_algebra():
    verdict = CORRECT["citation-not-used"].verdict()
    assert verdict.rule == "algebra", "the rule that did the work, not the one cited"


def test_a_checked_rule_reports_its_conditions():
    verdict = CORRECT["negated-jensen"].verdict()
    assert verdict.rule.startswith("Jensen")
    assert any("probability density" in c for c in verdict.conditions)
    assert "log is concave" in verdict.conditions


def test_an_axiom_is_listed_wherever_it_is_used():
    case = CORRECT["axiom-declared"]
    result = check_identity(case.identity("with-an-axiom"))
    assert result.derivations[0].steps[0].verdict.axioms == ("M is three",)
    assert result.axioms == ("M is three",)


def test_a_user_rewrite_that_changes_nothing_is_used_and_reported_as_checked():
    identity_rewrite = rules.Rule("write it out", rewrite=lambda e: sp.expand(e))
    verdict = Case((M + K) ** 2, EQ, M**2 + 2 * M * K + K**2, identity_rewrite).verdict()
    assert verdict.status is Status.PROVED


def test_facts_in_words_are_named_in_an_undecided_reason():
    verdict = STRUCTURE_IN_WORDS["gaussian-sum-with-dependence-in-words"].verdict()
    assert "Fact in words is not read" in verdict.reason


def test_a_step_citing_an_undeclared_definition_says_so_when_refuted():
    case = Case(M * 2, EQ, sp.Integer(7), rules.by(Definition(M, sp.Integer(3), "M is three")))
    verdict = case.verdict()
    assert verdict.status is Status.REFUTED
    assert "not declared among the assumptions" in verdict.reason


def test_defined_symbols_keep_their_definitions_to_sixty_digits_at_ill_conditioned_points():
    """Near alpha = 1 the posterior precision cancels catastrophically: a defined value rounded through a
    double (abar = alpha abar', then sigma_q from both) made a true step fail by 1e-8 and be "refuted"."""
    from derivations.kernel.sampling import find_counterexample

    unit = sp.Interval.open(0, 1)
    alpha, previous, abar = (sp.Symbol(name, positive=True) for name in ("alpha", "abar_prev", "abar"))
    sigma = sp.Symbol("sigma_q", positive=True)
    defined = {abar: alpha * previous, sigma: sp.sqrt((1 - alpha) * (1 - previous) / (1 - abar))}
    domains = {alpha: unit, previous: unit, abar: unit, sigma: sp.Interval.open(0, sp.oo)}
    true_step = (1 / sigma**2, alpha / (1 - alpha) + 1 / (1 - previous))
    assert find_counterexample(*true_step, domains, points=200, defined=defined) is None
    wrong_step = (1 / sigma**2, alpha / (1 - alpha) + 1 / (1 - abar))  # the wrong alpha-bar
    assert find_counterexample(*wrong_step, domains, points=200, defined=defined) is not None


def test_a_bound_applies_to_the_side_written_second_the_step_read_the_other_way_round():
    """``a <= a + KL`` is ``a + KL >= a``: Gibbs (and Jensen) apply to the terms of either side, each
    with the sign its direction needs; the wrong directions stay unproved."""
    from derivations.kernel.checking import check_step, reconcile
    from derivations.model import Step
    from derivations.probability import KL

    x_, z_ = sp.Symbol("x_r", real=True), sp.Symbol("z_r", real=True)
    q, p = Density("q", (z_,), (x_,)), Density("p", (z_,), (x_,))
    evidence = -sp.log(Density("p", (x_,)))
    gap = KL(q, p)
    context = reconcile(())
    right = check_step(Step(Relation.LE, evidence + gap, rules.GIBBS), evidence, context)
    assert right.status is Status.PROVED and right.conditions
    for relation, expr in ((Relation.GE, evidence + gap), (Relation.LE, evidence - gap)):
        wrong = check_step(Step(relation, expr, rules.GIBBS), evidence, context)
        assert wrong.status is not Status.PROVED, (relation, expr)
    ratio = Density("p", (x_, z_)) / q
    lower = Expectation(sp.log(ratio), q, (z_,))
    upper = sp.log(Expectation(ratio, q, (z_,)))
    assert check_step(Step(Relation.LE, upper, rules.JENSEN), lower, context).status is Status.PROVED
    assert check_step(Step(Relation.GE, upper, rules.JENSEN), lower, context).status is not Status.PROVED


# A bound on a defined symbol bounds what it is defined by, also where the step writes the definition out.
THROUGH_DEFINITIONS = {
    "constraint-on-the-defined-symbol": Case(C, GE, sp.Integer(50), rules.ALGEBRA,
                                             (Definition(C, S + V, "C = S + V"), Constraint(C > 100))),
    "constraint-on-a-symbol-defined-by-the-step": Case(S + V, GE, sp.Integer(50), rules.ALGEBRA,
                                                       (Definition(C, S + V, "C = S + V"), Constraint(C > 100))),
    "positivity-of-a-symbol-defined-by-the-step": Case(S - V + 1, GE, sp.Integer(1), rules.ALGEBRA,
                                                       (Definition(C, S - V, "C = S - V"),)),  # C > 0: S > V
    "domain-of-a-symbol-defined-by-the-step": Case(S + V, GE, sp.Integer(50), rules.ALGEBRA,
                                                   (Definition(C, S + V, "C = S + V"),
                                                    Domain(C, sp.Interval.open(100, sp.oo)))),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(THROUGH_DEFINITIONS))
def test_a_counterexample_meets_the_bounds_of_the_symbols_defined_by_its_values(name):
    case = THROUGH_DEFINITIONS[name]
    for verdict in (
        case.verdict(),
        check_uncited(case.relation, case.previous, case.expr, reconcile(case.assumptions)),
    ):
        assert verdict.status is not Status.REFUTED, (name, verdict.counterexample)
    wrong = Case(case.previous, LE, sp.Integer(50), rules.ALGEBRA, case.assumptions)
    assert wrong.verdict().status is not Status.PROVED


def test_a_counterexample_through_a_definition_shows_the_defined_value_it_meets():
    case = Case(S + V, LE, sp.Rational(1, 2), rules.ALGEBRA, (Definition(C, S + V, "C = S + V"), Constraint(C > 1)))
    verdict = case.verdict()
    assert verdict.status is Status.REFUTED
    assert dict(verdict.counterexample.derived)["C"] > 1
