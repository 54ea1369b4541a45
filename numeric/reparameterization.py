"""Numeric checks of the reparameterization trick: the law of the samples, and pathwise gradients."""

from __future__ import annotations

import numpy as np
import sympy as sp
from scipy import stats

from derivations.kernel.checking import Context, evaluate_in
from derivations.model import Instance
from derivations.reparameterization import f, reparameterization
from derivations.symbols import eps, mu, sigma, u
from numeric.evaluate import estimate
from numeric.montecarlo import FALSE_ALARM, NumericResult, compare_distribution, compare_equal, exact

TEST_FUNCTIONS = (sp.Lambda(u, u**2), sp.Lambda(u, sp.exp(u)))


def check_reparameterization(rng: np.random.Generator, identity=reparameterization, n: int = 400_000) -> NumericResult:
    """Samples of the defined z against the claimed N(mu, sigma^2); gradient estimators against closed forms."""
    definition = next(a for a in identity.assumptions if getattr(a, "name", "") == "reparameterization")
    density, *gradients = identity.derivations
    values = {mu: rng.uniform(-1, 1), sigma: rng.uniform(0.3, 1.5)}
    tests = 1 + len(gradients) * len(TEST_FUNCTIONS)
    alarm = FALSE_ALARM / tests

    sample = sp.lambdify(eps, definition.rhs.xreplace(values), "numpy")
    claimed = density.rhs.xreplace(values)  # N(z; mean, var)
    law = stats.norm(float(claimed.mean), float(sp.sqrt(claimed.var)))
    comparisons = [
        compare_distribution("z = mu + sigma eps ~ N(mu, sigma^2)", sample(rng.standard_normal(n)), law.cdf, alarm)
    ]

    context = Context.of(identity)
    for body in TEST_FUNCTIONS:
        for claim in gradients:
            closed = evaluate_in_family(claim.lhs, body, values, context)
            pathwise = estimate(claim.rhs, {f: body}, values, rng, n)
            comparisons.append(
                compare_equal(f"{claim.label}, f = {body.expr}", pathwise - exact(closed), alarm, closed)
            )
    return NumericResult(identity.name, "Gaussian samples; f(z) = z^2 and exp(z)", tuple(comparisons))


def evaluate_in_family(expr: sp.Expr, body: sp.Lambda, values: dict, context: Context) -> float:
    """The closed form of ``expr`` with f = ``body`` (symbolic Gaussian expectation), at ``values``."""
    closed = evaluate_in(Instance("f", ((f, body),)), expr, context.equations)
    return float(closed.xreplace(values))


CHECKS = {"reparameterization": check_reparameterization}
