"""Numeric checks of guidance on a labelled Gaussian mixture diffused to time t.

Each class y in {0, 1} is itself a two-component mixture; at noise level abar_t the
class-conditional p(x_t | y), the marginal p(x_t) and the exact class posterior
p(y | x_t) are closed forms.  One side of each claim takes its gradients by finite
differences (with their bound), the other exactly.
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from derivations.guidance import classifier, classifier_free_guidance, classifier_guidance, p_t, p_t_given_y, p_y
from derivations.probability import Density
from derivations.symbols import gamma, x_t, y
from numeric.montecarlo import FALSE_ALARM, NumericResult
from numeric.score_models import mixture_density, random_components, score_comparison


def labelled_mixture(rng: np.random.Generator) -> tuple[dict, float]:
    """The densities at the label y = 1 of a two-class mixture diffused to a random abar_t; and abar_t."""
    level = rng.uniform(0.1, 0.95)
    prior = sp.Rational(rng.uniform(0.2, 0.8))

    def diffused(components):
        # Exact numbers: p(x, y), p(x) and p(y | x) are then built from p(x | y) without rounding, so every
        # density describes the same model and two exact forms of one score differ only by evaluation error.
        return tuple(
            tuple(map(sp.Rational, (w_, np.sqrt(level) * m_, level * v_ + 1 - level))) for w_, m_, v_ in components
        )

    positive = mixture_density(x_t, diffused(random_components(rng, 2)))
    negative = mixture_density(x_t, diffused(random_components(rng, 2)))
    marginal = prior * positive + (1 - prior) * negative
    family = {
        p_t_given_y: positive,
        Density("p", (x_t, y)): prior * positive,
        p_t: marginal,
        p_y: prior,
        classifier: prior * positive / marginal,
    }
    return family, level


def _comparisons(identity, rng: np.random.Generator, points: int = 3) -> tuple:
    family, _ = labelled_mixture(rng)
    values = {gamma: rng.uniform(0.5, 5.0)}
    claims = identity.derivations
    alarm = FALSE_ALARM / (points * len(claims))
    return tuple(
        score_comparison(claim.label, claim.lhs, claim.rhs, family, values, x_t, point, alarm)
        for claim in claims
        for point in rng.uniform(-3, 3, size=points)
    )


def check_classifier_guidance(rng: np.random.Generator, identity=classifier_guidance) -> NumericResult:
    """Bayes for scores and the tilted density's score; finite differences against the exact class posterior."""
    return NumericResult(identity.name, "labelled Gaussian mixture at a random abar_t", _comparisons(identity, rng))


def check_classifier_free_guidance(rng: np.random.Generator, identity=classifier_free_guidance) -> NumericResult:
    """The classifier-guided score (finite differences) against the classifier-free form (exact)."""
    return NumericResult(identity.name, "labelled Gaussian mixture at a random abar_t", _comparisons(identity, rng))


CHECKS = {
    "classifier-guidance": check_classifier_guidance,
    "classifier-free-guidance": check_classifier_free_guidance,
}
