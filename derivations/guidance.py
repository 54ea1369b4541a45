"""Classifier guidance and classifier-free guidance (Luo 2022, section 3.1, eqs. 161-168).

Scores are gradients of log densities; Bayes' rule for p(x_t | y) is the density
calculus of the checker, and grad_{x_t} log p(y) = 0 because p(y) is free of x_t.
"""

from __future__ import annotations

import dataclasses

import sympy as sp

from derivations import score_models
from derivations.kernel import rules
from derivations.model import Derivation, Identity, Instance, Relation, Step, domains
from derivations.probability import Density, Grad, Normal
from derivations.symbols import a, b, gamma, m, mu, s, w, x_t, y

EQ = Relation.EQ

p_t = Density("p", (x_t,))
p_t_given_y = Density("p", (x_t,), (y,))
classifier = Density("p", (y,), (x_t,))
p_y = Density("p", (y,))


def score(density: sp.Expr) -> Grad:
    """grad_{x_t} log density."""
    return score_models.score(density, x_t)


#: grad log p(x_t) + gamma grad log p(y | x_t)
CLASSIFIER_GUIDED_SCORE = score(p_t) + gamma * score(classifier)
#: gamma grad log p(x_t | y) + (1 - gamma) grad log p(x_t)
CFG_SCORE = gamma * score(p_t_given_y) + (1 - gamma) * score(p_t)

#: Two labelled Gaussians at the label y = 1: p(y = 1) = w, p(x_t | y = 1) = N(m, s^2),
#: p(x_t | y = 0) = N(mu, s^2).
LABELLED_GAUSSIANS = Instance(
    "two labelled Gaussians at y = 1: p(y=1) = w, p(x_t | y=1) = N(m, s^2), p(x_t | y=0) = N(mu, s^2)",
    (
        (Density("p", (x_t, y)), w * Normal(x_t, m, s**2)),
        (p_t, w * Normal(x_t, m, s**2) + (1 - w) * Normal(x_t, mu, s**2)),
        (p_y, w),
        (p_t_given_y, Normal(x_t, m, s**2)),
        (classifier, w * Normal(x_t, m, s**2) / (w * Normal(x_t, m, s**2) + (1 - w) * Normal(x_t, mu, s**2))),
    ),
    domains(w, m, mu, s),
    claims=("statement",),
)

#: A Gaussian p(x_t) = N(m, s^2) and a logistic classifier p(y | x_t) = 1 / (1 + exp(-(a x_t - b))).
LOGISTIC_CLASSIFIER = Instance(
    "p(x_t) = N(m, s^2), logistic classifier p(y | x_t) = 1 / (1 + exp(b - a x_t))",
    ((p_t, Normal(x_t, m, s**2)), (classifier, 1 / (1 + sp.exp(b - a * x_t)))),
    domains(m, s, a, b),
    claims=("the guided score is the score of p(x_t) p(y | x_t)^gamma",),
)


def guided_derivation(guided: sp.Expr) -> Derivation:
    """``guided`` is the score of the tilted density p(x_t) p(y | x_t)^gamma."""
    tilted = score(p_t * classifier**gamma)
    return Derivation(
        tilted,
        EQ,
        guided,
        (
            Step(EQ, score(p_t) + score(classifier**gamma), rules.SPLIT_LOG),
            Step(EQ, guided, rules.Algebra("log of a power; linearity of the gradient")),
        ),
        label="the guided score is the score of p(x_t) p(y | x_t)^gamma",
    )


classifier_guidance = Identity(
    name="classifier-guidance",
    title="Classifier guidance: Bayes' rule for the conditional score",
    section="guidance",
    assumptions=domains(x_t, y, gamma),
    derivations=(
        Derivation(
            score(p_t_given_y),
            EQ,
            score(p_t) + score(classifier),
            (
                Step(EQ, score(p_t * classifier / p_y), rules.BAYES),
                Step(EQ, score(p_t) + score(classifier) - score(p_y), rules.SPLIT_LOG),
                Step(EQ, score(p_t) + score(classifier), rules.Algebra("p(y) does not depend on x_t")),
            ),
        ),
        guided_derivation(CLASSIFIER_GUIDED_SCORE),
    ),
    instances=(LABELLED_GAUSSIANS, LOGISTIC_CLASSIFIER),
    source="Luo (2022), eqs. 161-164; Dhariwal & Nichol (2021)",
)


def cfg_derivation(result: sp.Expr) -> Derivation:
    """Classifier guidance with grad log p(y | x_t) eliminated by Bayes' rule, ending at ``result``."""
    substituted = score(p_t) + gamma * (score(p_t_given_y) - score(p_t))
    return Derivation(
        CLASSIFIER_GUIDED_SCORE,
        EQ,
        result,
        (
            Step(
                EQ,
                substituted,
                rules.lemma(
                    "classifier-guidance",
                    score(classifier),
                    score(p_t_given_y) - score(p_t),
                ),
            ),
            Step(EQ, result, rules.ALGEBRA),
        ),
    )


classifier_free_guidance = Identity(
    name="classifier-free-guidance",
    title="Classifier-free guidance mixes the conditional and unconditional scores",
    section="guidance",
    assumptions=domains(x_t, y, gamma),
    derivations=(cfg_derivation(CFG_SCORE),),
    instances=(dataclasses.replace(LABELLED_GAUSSIANS, claims=()),),
    source="Luo (2022), eqs. 165-168; Ho & Salimans (2022)",
)

IDENTITIES = (classifier_guidance, classifier_free_guidance)
