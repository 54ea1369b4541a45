"""Numeric checks of the evidence identities on a non-conjugate model and on random tables.

The non-conjugate model: z ~ N(0, 1), x | z ~ N(tanh z, s^2), q(z | x) = N(m, v);
log p(x) by quadrature, expectations under q by Monte Carlo.
"""

from __future__ import annotations

import numpy as np
import sympy as sp

from derivations.evidence import (
    bayes_rule,
    elbo_jensen,
    evidence_elbo_kl,
    evidence_marginal,
    likelihood,
    p_x,
    p_xz,
    p_z,
    posterior,
    q,
)
from derivations.probability import Normal
from derivations.symbols import m, s, v, x, z
from numeric.evaluate import claim_comparison, estimate
from numeric.montecarlo import FALSE_ALARM, Comparison, Estimate, NumericResult, compare_equal, compare_positive

TANH = "z ~ N(0, 1), x | z ~ N(tanh z, s^2), q(z|x) = N(m, v)"


def tanh_model() -> dict:
    """The non-conjugate family, each density as a SymPy expression (p(x) an integral)."""
    joint = Normal(z, 0, 1) * Normal(x, sp.tanh(z), s**2)
    evidence = sp.Integral(joint, (z, -sp.oo, sp.oo))
    return {
        p_z: Normal(z, 0, 1),
        likelihood: Normal(x, sp.tanh(z), s**2),
        p_xz: joint,
        p_x: evidence,
        posterior: joint / evidence,
        q: Normal(z, m, v),
    }


def conjugate_model() -> dict:
    """z ~ N(0, 1), x | z ~ N(z, s^2): p(x) = N(0, 1 + s^2) and the posterior in closed form."""
    joint = Normal(z, 0, 1) * Normal(x, z, s**2)
    return {
        p_z: Normal(z, 0, 1),
        likelihood: Normal(x, z, s**2),
        p_xz: joint,
        p_x: Normal(x, 0, 1 + s**2),
        posterior: Normal(z, x / (1 + s**2), s**2 / (1 + s**2)),
    }


def random_values(rng: np.random.Generator) -> dict[sp.Symbol, float]:
    """An observation and parameters: x in (-2, 2), s in (0.3, 1.5), q's mean and variance."""
    return {x: rng.uniform(-2, 2), s: rng.uniform(0.3, 1.5), m: rng.uniform(-1, 1), v: rng.uniform(0.2, 1.5)}


def check_evidence_marginal(rng: np.random.Generator, identity=evidence_marginal) -> NumericResult:
    """Quadrature of the integrals against the closed-form evidence (conjugate), and in the tanh model."""
    claims = identity.derivations
    values = random_values(rng)
    comparisons = [
        claim_comparison(claim, model, values, rng, false_alarm=FALSE_ALARM / (2 * len(claims)))
        for model in (conjugate_model(), tanh_model())
        for claim in claims
    ]
    return NumericResult(
        identity.name, "conjugate Gaussian (closed form) and " + TANH + "; quadrature", tuple(comparisons)
    )


def check_bayes_rule(rng: np.random.Generator, identity=bayes_rule, shape=(3, 4), n: int = 2_000_000) -> NumericResult:
    """Conditioning frequencies of draws from a random joint table against the statement's right side."""
    (claim,) = identity.derivations
    table = rng.dirichlet(np.ones(shape[0] * shape[1])).reshape(shape)
    draws = rng.choice(table.size, size=n, p=table.ravel())
    rows, cols = np.divmod(draws, shape[1])
    cells = [(i, j) for i in range(shape[0]) for j in range(shape[1])]
    per_cell = FALSE_ALARM / len(cells)
    atoms = (p_xz, p_x, p_z, likelihood, posterior)
    placeholders = sp.symbols("joint marginal_x marginal_z likelihood posterior", positive=True)
    rhs = sp.lambdify(placeholders, claim.rhs.xreplace(dict(zip(atoms, placeholders))))
    comparisons = []
    for i, j in cells:
        in_row = rows == i
        frequency = float(np.mean(cols[in_row] == j))
        count = int(in_row.sum())
        joint, marginal_x, marginal_z = table[i, j], table[i].sum(), table[:, j].sum()
        reference = float(rhs(joint, marginal_x, marginal_z, joint / marginal_z, joint / marginal_x))
        difference = Estimate(frequency - reference, float(np.sqrt(reference * (1 - reference) / count)), count)
        comparisons.append(compare_equal(f"p(z_{j} | x_{i})", difference, per_cell, reference))
    return NumericResult(identity.name, f"random {shape[0]} x {shape[1]} joint table, {n} draws", tuple(comparisons))


def check_elbo_jensen(rng: np.random.Generator, identity=elbo_jensen) -> NumericResult:
    """In the tanh model the bound holds, with a strictly positive gap (q is not the posterior)."""
    (claim,) = identity.derivations
    values = random_values(rng)
    model = tanh_model()
    bound = claim_comparison(claim, model, values, rng, false_alarm=FALSE_ALARM / 2)
    gap = estimate(claim.lhs, model, values, rng) - estimate(claim.rhs, model, values, rng)
    strict = compare_positive("gap log p(x) - ELBO > 0", gap, FALSE_ALARM / 2)
    return NumericResult(identity.name, TANH, (bound, strict))


def check_evidence_elbo_kl(rng: np.random.Generator, identity=evidence_elbo_kl) -> NumericResult:
    """log p(x) by quadrature against ELBO + KL by Monte Carlo at three points of the tanh model.

    The corollary with q the posterior needs draws from the posterior: it is
    checked in the conjugate model, where the posterior is Gaussian.
    """
    statement, bound, at_posterior = identity.derivations
    points = [random_values(rng) for _ in range(3)]
    tests = [(claim, tanh_model(), values) for values in points for claim in (statement, bound)]
    tests.append((at_posterior, conjugate_model(), points[0]))
    comparisons: list[Comparison] = [
        claim_comparison(claim, model, values, rng, false_alarm=FALSE_ALARM / len(tests))
        for claim, model, values in tests
    ]
    return NumericResult(identity.name, TANH + "; the posterior corollary in the conjugate model", tuple(comparisons))


CHECKS = {
    "evidence-marginal": check_evidence_marginal,
    "bayes-rule": check_bayes_rule,
    "elbo-jensen": check_elbo_jensen,
    "evidence-elbo-kl": check_evidence_elbo_kl,
}
