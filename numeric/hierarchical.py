"""Numeric checks of the hierarchical VAE on random chains.

``hvae-factorization``: linear-Gaussian chains with random coefficients, T = 3 latents by
default (any T: the claims for any T are written out at it).  Each transition of the chain
is the model's own Gaussian; every other density (a joint, or a conditional on several or
on later variables) is computed from the multivariate normal of the whole chain.  Each
expression of each derivation is evaluated in log space at random points and compared with
the joint.

``hvae-elbo``: a non-conjugate chain, x | z_1 ~ N(tanh z_1, s^2) under linear-Gaussian
latents, with a linear-Gaussian encoder.  log p(x) by quadrature over z_1 (the
marginal of z_1 is Gaussian), the expanded ELBO by ancestral sampling of the encoder.
The joint p(x, z_{1:3}) is the multivariate normal of the latents times the
likelihood, so the expanded ELBO is also compared, on the same draws, with the
ELBO written with that joint.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np
import sympy as sp
from scipy import linalg

from derivations.hierarchical import ENCODER, GENERATIVE, LATENTS, hvae_elbo, hvae_factorization
from derivations.kernel import sums
from derivations.model import Derivation, Relation
from derivations.probability import Density, Expectation, Normal
from derivations.symbols import T_steps, Z, x, z_1
from derivations.vae import MultivariateNormal
from numeric.evaluate import estimate, interpret
from numeric.montecarlo import (
    FALSE_ALARM,
    Comparison,
    Estimate,
    NumericResult,
    compare_at_least,
    compare_equal,
    compare_positive,
    exact,
)

#: Float64 unit roundoff.
ROUNDOFF = float(np.finfo(float).eps)


@dataclass(frozen=True)
class LinearGaussianChain:
    """chain[0] ~ N(0, variances[0]); chain[k] = coefficients[k-1] chain[k-1] + N(0, variances[k])."""

    name: str
    chain: tuple[sp.Symbol, ...]
    coefficients: tuple[float, ...]
    variances: tuple[float, ...]

    def __post_init__(self) -> None:
        if len(self.coefficients) != len(self.chain) - 1 or len(self.variances) != len(self.chain):
            raise ValueError(f"{self.name}: need {len(self.chain) - 1} coefficients and {len(self.chain)} variances")
        if min(self.variances) <= 0:
            raise ValueError(f"{self.name}: variances must be positive, got {self.variances}")

    @cached_property
    def covariance(self) -> np.ndarray:
        """The joint covariance A^-1 D A^-T, A the unit lower-bidiagonal map v -> (v_k - c_k v_{k-1}) and D the
        variances (computed in floats, independently of the recursion the symbolic instance uses)."""
        n = len(self.chain)
        step = np.eye(n) - np.diag(np.asarray(self.coefficients, dtype=float), k=-1)
        inverse = linalg.solve_triangular(step, np.eye(n), lower=True, unit_diagonal=True)
        return inverse @ np.diag(self.variances) @ inverse.T

    @cached_property
    def position(self) -> dict[sp.Symbol, int]:
        return {v: k for k, v in enumerate(self.chain)}

    @cached_property
    def condition(self) -> float:
        """The condition number of the joint covariance."""
        return float(np.linalg.cond(self.covariance))

    def step(self, density: Density) -> int | None:
        """k when ``density`` is the transition name(chain[k] | chain[k-1]) (or chain[0]), else None."""
        if density.name != self.name or len(density.variables) != 1:
            return None
        k = self.position.get(density.variables[0])
        if k is None or density.given != (self.chain[k - 1 : k] if k else ()):
            return None
        return k

    def transition(self, density: Density) -> Normal | None:
        """The model's own Gaussian for name(chain[k] | chain[k-1]) (or chain[0]), else None."""
        k = self.step(density)
        if k is None:
            return None
        mean = self.coefficients[k - 1] * self.chain[k - 1] if k else 0
        return Normal(self.chain[k], mean, self.variances[k])

    def log_density(self, density: Density, point: Mapping[sp.Symbol, float]) -> tuple[float, float]:
        """log name(A | B) at ``point`` and the magnitude of what was summed to get it.

        A transition directly; anything else by Gaussian conditioning,
        log N_{A u B} - log N_B, whose magnitude is |log N_{A u B}| + |log N_B|.
        """
        k = self.step(density)
        if k is not None:
            mean = self.coefficients[k - 1] * point[self.chain[k - 1]] if k else 0.0
            value = gaussian_logpdf(np.array([point[self.chain[k]] - mean]), np.array([[self.variances[k]]]))
            return value, abs(value)
        joint = self._log_marginal(density.variables + density.given, point)
        marginal = self._log_marginal(density.given, point)
        return joint - marginal, abs(joint) + abs(marginal)

    def _log_marginal(self, variables: Sequence[sp.Symbol], point: Mapping[sp.Symbol, float]) -> float:
        if not variables:
            return 0.0
        index = [self.position[v] for v in variables]
        return gaussian_logpdf(np.array([point[v] for v in variables]), self.covariance[np.ix_(index, index)])


def gaussian_logpdf(values: np.ndarray, cov: np.ndarray) -> float:
    """log N(values; 0, cov) through the Cholesky factor L of cov: -|L^-1 v|^2 / 2 - log det L - n log(2 pi) / 2."""
    factor = np.linalg.cholesky(cov)
    whitened = np.linalg.solve(factor, values)
    return float(-whitened @ whitened / 2 - np.log(np.diag(factor)).sum() - len(values) * np.log(2 * np.pi) / 2)


def log_value(
    expr: sp.Expr, chains: Mapping[str, LinearGaussianChain], point: Mapping[sp.Symbol, float]
) -> tuple[float, float]:
    """log ``expr`` for a product of powers of densities, and a bound on its float64 rounding error.

    Each log density costs at most 64 eps cond(Sigma) (1 + magnitude) (Cholesky backward
    error), the magnitude being what was summed to compute it.
    """
    total, bound = 0.0, 0.0
    for factor in sp.Mul.make_args(expr):
        density, coefficient = factor.as_base_exp()
        if not (isinstance(density, Density) and coefficient.is_number):
            raise ValueError(f"log_value: expected a product of densities, got the factor {factor}")
        chain = chains[density.name]
        value, magnitude = chain.log_density(density, point)
        total += float(coefficient) * value
        bound += abs(float(coefficient)) * 64 * ROUNDOFF * chain.condition * (1 + magnitude)
    return total, bound


def random_chain(
    name: str, chain: tuple[sp.Symbol, ...], rng: np.random.Generator, gains: tuple[float, float] = (0.3, 1.5)
) -> LinearGaussianChain:
    """Coefficients of either sign with |c| in ``gains``; variances log-uniform on (0.2, 2)."""
    signs = rng.choice([-1.0, 1.0], size=len(chain) - 1)
    coefficients = tuple(float(c) for c in signs * rng.uniform(*gains, size=len(chain) - 1))
    variances = tuple(float(v) for v in np.exp(rng.uniform(np.log(0.2), np.log(2.0), size=len(chain))))
    return LinearGaussianChain(name, chain, coefficients, variances)


def claims_at(identity, latents: int, every_step: bool = True) -> list[Derivation]:
    """The identity's claims with ``latents`` latents: those for any T written out at T = ``latents``, and
    those written out at a fixed T (T = 3) when the latents include theirs (their steps too, with
    ``every_step``).  Duplicates are dropped."""
    found: dict[tuple, Derivation] = {}
    named = {sums.variable(Z, k) for k in range(1, latents + 1)} | {x}
    for derivation in identity.derivations:
        if sums.has_indices(*derivation.expressions()):
            at = {T_steps: latents}
            derivation = replace(
                derivation,
                lhs=sums.instantiate(derivation.lhs, at),
                rhs=sums.instantiate(derivation.rhs, at),
                steps=tuple(replace(s, expr=sums.instantiate(s.expr, at)) for s in derivation.steps)
                if every_step
                else (),
            )
        elif not set().union(*(e.free_symbols for e in derivation.expressions())) <= named:
            continue
        found.setdefault((derivation.lhs, derivation.rhs, tuple(s.expr for s in derivation.steps)), derivation)
    return list(found.values())


def factorization_comparisons(
    claims: Sequence[Derivation],
    chains: Mapping[str, LinearGaussianChain],
    points: Sequence[Mapping],
    false_alarm: float,
    every_step: bool = True,
) -> list[Comparison]:
    """Every expression of every claim (or its right side only) against its left side (the joint), in log
    space, at each point."""
    comparisons = []
    for derivation in claims:
        expressions = derivation.expressions()[1:] if every_step else (derivation.rhs,)
        for index, expr in enumerate(expressions, start=1 if every_step else len(derivation.steps) or 1):
            for point in points:
                joint, joint_error = log_value(derivation.lhs, chains, point)
                value, error = log_value(expr, chains, point)
                comparisons.append(
                    compare_equal(
                        f"{derivation.label}, {f'step {index}' if every_step else 'the claim'}: log density vs log joint",
                        exact(value - joint, error + joint_error),
                        false_alarm,
                        joint,
                    )
                )
    return comparisons


def check_hvae_factorization(
    rng: np.random.Generator,
    identity=hvae_factorization,
    points: int = 3,
    latents: int = 3,
    gains: tuple[float, float] = (0.3, 1.5),
    every_step: bool = True,
) -> NumericResult:
    """Random linear-Gaussian p and q chains with ``latents`` latents; each factorization (each step, or the
    claim only) equals the joint of the chain at random points (keep ``gains`` below 1 for long chains, whose
    variances would grow as gain^T; a chain-rule step costs T^4)."""
    latent = tuple(sums.variable(Z, k) for k in range(1, latents + 1))
    generative, encoder = (*latent[::-1], x), (x, *latent)
    chains = {"p": random_chain("p", generative, rng, gains), "q_phi": random_chain("q_phi", encoder, rng, gains)}
    draws = [dict(zip(generative, rng.uniform(-2, 2, size=len(generative)))) for _ in range(points)]
    claims = claims_at(identity, latents, every_step)
    steps = (sum(len(d.steps) for d in claims) if every_step else len(claims)) * points
    comparisons = factorization_comparisons(claims, chains, draws, FALSE_ALARM / steps, every_step)
    return NumericResult(identity.name, f"random linear-Gaussian chains, T = {latents}", tuple(comparisons))


# ------------------------------------------------------------------ hvae-elbo


def tanh_hierarchy(rng: np.random.Generator) -> dict:
    """The non-conjugate family, each density a SymPy expression.

    Latents z_3 -> z_2 -> z_1 linear-Gaussian, x | z_1 ~ N(tanh z_1, s^2); p(x) is the
    integral over z_1 against the Gaussian marginal of z_1.
    """
    latents = random_chain("p", GENERATIVE[:-1], rng)
    encoder = random_chain("q_phi", ENCODER, rng)
    noise = float(np.exp(rng.uniform(np.log(0.3), np.log(1.5))))
    likelihood = Normal(x, sp.tanh(z_1), noise**2)
    family: dict = {Density("p", (x,), (z_1,)): likelihood}
    for chain in (latents, encoder):
        family.update({density: chain.transition(density) for density in _transitions(chain)})
    point = sp.ImmutableMatrix(latents.chain)
    prior = MultivariateNormal(point, sp.zeros(len(point), 1), sp.ImmutableMatrix(latents.covariance))
    family[Density("p", (x, *LATENTS))] = prior * likelihood
    family[Density("q_phi", LATENTS, (x,))] = sp.Mul(*(family[d] for d in _transitions(encoder)[1:]))
    marginal = Normal(z_1, 0, latents.covariance[-1, -1])
    family[Density("p", (x,))] = sp.Integral(marginal * likelihood, (z_1, -sp.oo, sp.oo))
    return family


def _transitions(chain: LinearGaussianChain) -> list[Density]:
    return [Density(chain.name, (v,), chain.chain[k - 1 : k]) for k, v in enumerate(chain.chain)]


def sample_product(measure: sp.Expr, rng: np.random.Generator, n: int) -> dict[sp.Symbol, np.ndarray]:
    """Ancestral draws from a product of univariate Normals whose means depend on earlier draws."""
    pending = list(sp.Mul.make_args(measure))
    if not all(type(f) is Normal and f.point.is_Symbol for f in pending):
        raise ValueError(f"sample_product: expected a product of univariate Normals, got {measure}")
    draws: dict[sp.Symbol, np.ndarray] = {}
    while pending:
        ready = [f for f in pending if f.mean.free_symbols <= set(draws)]
        if not ready:
            raise ValueError(f"sample_product: the means of {pending} depend on each other")
        for factor in ready:
            mean = sp.lambdify(tuple(draws), factor.mean, "numpy")(*draws.values())
            draws[factor.point] = mean + np.sqrt(float(factor.var)) * rng.standard_normal(n)
            pending.remove(factor)
    return draws


def expectation_by_sampling(expectation: Expectation, rng: np.random.Generator, n: int) -> Estimate:
    """E_q[f] with q a product of Normals (parameters numeric) by n ancestral draws; log densities explicit.

    The rounding bound is 1000 eps per unit of sum |log density| (float64 evaluation of
    Gaussian log densities whose covariances have condition numbers below ~100).
    """
    expanded = sp.expand_log(expectation.expr, force=True)
    log_densities = {e: e.args[0].logpdf() for e in expanded.atoms(sp.log) if isinstance(e.args[0], Normal)}
    integrand = expanded.xreplace(log_densities)
    if integrand.has(Density):
        raise ValueError(f"expectation_by_sampling: no density in the family for {integrand.atoms(Density)}")
    draws = sample_product(expectation.measure, rng, n)
    variables = tuple(draws)
    values = np.broadcast_to(np.asarray(sp.lambdify(variables, integrand, "numpy")(*draws.values()), dtype=float), (n,))
    magnitude = sp.lambdify(variables, sp.Add(*map(sp.Abs, log_densities.values())), "numpy")(*draws.values())
    rounding = 1e3 * ROUNDOFF * float(np.max(magnitude))
    return Estimate(float(values.mean()), float(values.std(ddof=1) / np.sqrt(n)), n, rounding)


def check_hvae_elbo(rng: np.random.Generator, identity=hvae_elbo, points: int = 2, n: int = 200_000) -> NumericResult:
    """log p(x) (quadrature) against the expanded ELBO (Monte Carlo): the claimed relation, and a strict gap.

    The expanded ELBO also equals the ELBO with the joint densities (the output of
    the Jensen step), estimated as the mean difference of the two integrands on
    the same draws.
    """
    claims = claims_at(identity, len(LATENTS))
    alarm = FALSE_ALARM / (3 * points * len(claims))
    comparisons: list[Comparison] = []
    for claim in claims:
        comparisons += _bound_comparisons(claim, rng, points, n, alarm)
    return NumericResult(
        identity.name, "z_3 -> z_2 -> z_1 linear-Gaussian, x | z_1 ~ N(tanh z_1, s^2)", tuple(comparisons)
    )


def _bound_comparisons(claim: Derivation, rng: np.random.Generator, points: int, n: int, alarm: float):
    if claim.relation not in (Relation.GE, Relation.LE):
        raise ValueError(f"check_hvae_elbo: the claim must be an inequality, got {claim.relation.value}")
    with_joints = next(step.expr for step in claim.steps if step.relation is not Relation.EQ)
    comparisons: list[Comparison] = []
    for _ in range(points):
        family = tanh_hierarchy(rng)
        values = {x: float(rng.uniform(-1.5, 1.5))}
        evidence = estimate(claim.lhs, family, values, rng)
        expanded = interpret(claim.rhs, family, values)
        elbo = expectation_by_sampling(expanded, rng, n)
        joint = interpret(with_joints, family, values)
        paired = Expectation(joint.expr - expanded.expr, expanded.measure, expanded.variables)
        label = f"{claim.label} at x = {values[x]:.3g}"
        comparisons.append(
            compare_equal(f"{label}: ELBO with joints - expanded ELBO", expectation_by_sampling(paired, rng, n), alarm)
        )
        difference = evidence - elbo if claim.relation is Relation.GE else elbo - evidence
        comparisons.append(compare_at_least(f"{label}: {claim.relation.value}", difference, alarm))
        comparisons.append(compare_positive(f"{label}: gap log p(x) - ELBO > 0", evidence - elbo, alarm))
    return comparisons


CHECKS = {
    "hvae-factorization": check_hvae_factorization,
    "hvae-elbo": check_hvae_elbo,
}
