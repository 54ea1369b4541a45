"""Numeric checks of the VAE identities: every closed-form KL against its Monte Carlo twin.

A KL between Gaussians is estimated by sampling its first argument and
averaging log q - log p, both lambdified from the derivation's own densities;
the closed form is the derivation's right side at the same parameters.  The
KLs in one and two dimensions are also integrated by quadrature, and the ELBO split is checked
in the non-conjugate tanh model of :mod:`numeric.evidence`.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import sympy as sp
from scipy import integrate

from derivations.kernel.algebra import substitute_equations
from derivations.model import Derivation, Identity
from derivations.probability import KL, Normal
from derivations.vae import MultivariateNormal, gaussian_kl, vae_elbo_split, vae_kl_standard_normal_identity
from numeric.evaluate import claim_comparison
from numeric.evidence import TANH, random_values, tanh_model
from numeric.montecarlo import FALSE_ALARM, Comparison, Estimate, NumericResult, compare_equal, exact


def _log_density(expr: sp.Expr) -> sp.Expr:
    """log of a product of Gaussian densities, as the sum of their log densities."""
    return sp.Add(*(factor.logpdf() for factor in sp.Mul.make_args(expr)))


def measure_moments(density: sp.Expr, variables: tuple[sp.Symbol, ...]) -> tuple[np.ndarray, np.ndarray]:
    """Mean vector and covariance of a Gaussian density over ``variables``.

    ``density`` is one :class:`MultivariateNormal` in those coordinates, or a
    product of univariate :class:`Normal` s, one per coordinate.
    """
    if isinstance(density, MultivariateNormal):
        if tuple(density.point) != variables:
            raise ValueError(f"measure_moments: {density} is not a density of {variables}")
        mean = np.array(sp.ImmutableMatrix(density.mean.doit().as_explicit()), dtype=float).ravel()
        return mean, np.array(sp.ImmutableMatrix(density.var.doit().as_explicit()), dtype=float)
    factors = sp.Mul.make_args(density)
    by_point = {factor.point: factor for factor in factors if type(factor) is Normal}
    if len(by_point) != len(factors) or set(by_point) != set(variables):
        raise ValueError(f"measure_moments: {density} is not a product of Normals in {variables}")
    mean = np.array([float(by_point[v].mean) for v in variables])
    return mean, np.diag([float(by_point[v].var) for v in variables])


def monte_carlo_kl(kl: KL, rng: np.random.Generator, n: int) -> Estimate:
    """KL(q || p) = E_q[log q - log p] by n draws from the Gaussian q (parameters already numeric)."""
    variables = tuple(kl.variables)
    mean, cov = measure_moments(kl.q, variables)
    integrand = sp.lambdify(variables, _log_density(kl.q) - _log_density(kl.p), "numpy")
    draws = rng.multivariate_normal(mean, cov, size=n, method="cholesky")
    values = np.broadcast_to(np.asarray(integrand(*draws.T), dtype=float), (n,))
    rounding = 1e-13 * float(np.abs(values).max())
    return Estimate(float(values.mean()), float(values.std(ddof=1) / np.sqrt(n)), n, rounding)


#: Absolute tolerance of each inner integral of :func:`quadrature_kl`.
INNER_TOLERANCE = 1e-11


def quadrature_kl(kl: KL) -> Estimate:
    """KL(q || p) = integral of q (log q - log p) over R^d, d <= 2, by adaptive quadrature.

    The bound is the outer error estimate, plus for d = 2 the inner tolerance
    integrated over the outer line (the integrand is negligible beyond a width of
    100 for the parameters used here: 100 * 1e-11), plus float64 rounding.
    """
    variables = tuple(kl.variables)
    if len(variables) > 2:
        raise ValueError(f"quadrature_kl: at most two dimensions, got {len(variables)}")
    log_q, log_p = _log_density(kl.q), _log_density(kl.p)
    integrand = sp.lambdify(variables, sp.exp(log_q) * (log_q - log_p), "math")
    tolerance = {"epsabs": INNER_TOLERANCE, "epsrel": 1e-10, "limit": 200}
    value, error = integrate.nquad(integrand, [(-np.inf, np.inf)] * len(variables), opts=tolerance)
    inner = 100 * INNER_TOLERANCE * (len(variables) - 1)
    return exact(value, error + inner + 1e-13 * (1 + abs(value)))


def at(expr: sp.Expr, identity: Identity, values: Mapping[sp.Symbol, float]) -> sp.Expr:
    """``expr`` with the identity's equations substituted and its parameters set to ``values``."""
    equations = {eq.lhs: eq.rhs for eq in identity.equations()}
    return substitute_equations(expr, equations).xreplace({k: sp.Float(v, 17) for k, v in values.items()})


def kl_comparison(
    claim: Derivation, identity: Identity, values: Mapping, rng: np.random.Generator, n: int, false_alarm: float
) -> Comparison:
    """Monte Carlo of the claim's KL against its closed form, two-sided at ``false_alarm``."""
    sampled = monte_carlo_kl(at(claim.lhs, identity, values), rng, n)
    closed = float(at(claim.rhs, identity, values))
    label = f"{claim.label}: Monte Carlo KL vs closed form"
    return compare_equal(label, sampled - exact(closed, 1e-13 * (1 + abs(closed))), false_alarm, closed)


def _log_uniform(rng: np.random.Generator, low: float, high: float) -> float:
    return float(np.exp(rng.uniform(np.log(low), np.log(high))))


def random_parameters(claim: Derivation, rng: np.random.Generator, identity: Identity) -> dict[sp.Symbol, float]:
    """Values for the claim's parameters: reals in (-1.5, 1.5), positive ones log-uniform on (0.4, 2.5)."""
    equations = {eq.lhs: eq.rhs for eq in identity.equations()}
    symbols = substitute_equations(claim.lhs - claim.rhs, equations).free_symbols
    return {
        symbol: _log_uniform(rng, 0.4, 2.5) if symbol.is_positive else rng.uniform(-1.5, 1.5)
        for symbol in sorted(symbols, key=str)
    }


def check_gaussian_kl(rng: np.random.Generator, identity=gaussian_kl, n: int = 200_000) -> NumericResult:
    """Each claim (univariate, diagonal, full covariance) by Monte Carlo and by quadrature, at random parameters."""
    alarm = FALSE_ALARM / (2 * len(identity.derivations))
    comparisons = []
    for claim in identity.derivations:
        values = random_parameters(claim, rng, identity)
        comparisons.append(kl_comparison(claim, identity, values, rng, n, alarm))
        closed = float(at(claim.rhs, identity, values))
        by_quadrature = quadrature_kl(at(claim.lhs, identity, values))
        comparisons.append(
            compare_equal(f"{claim.label}: quadrature vs closed form", by_quadrature - exact(closed), alarm, closed)
        )
    return NumericResult(
        identity.name, "Gaussians with random parameters; Monte Carlo and quadrature", tuple(comparisons)
    )


def check_vae_kl_standard_normal(
    rng: np.random.Generator, identity=vae_kl_standard_normal_identity, n: int = 200_000
) -> NumericResult:
    """One coordinate and the sum over three, each by Monte Carlo against the closed form."""
    alarm = FALSE_ALARM / len(identity.derivations)
    comparisons = [
        kl_comparison(claim, identity, random_parameters(claim, rng, identity), rng, n, alarm)
        for claim in identity.derivations
    ]
    return NumericResult(identity.name, "N(mu, sigma^2) against N(0, 1), random mu and sigma", tuple(comparisons))


def check_vae_elbo_split(rng: np.random.Generator, identity=vae_elbo_split, points: int = 2) -> NumericResult:
    """Both sides by Monte Carlo in the non-conjugate tanh model, at random points."""
    (claim,) = identity.derivations
    comparisons = [
        claim_comparison(claim, tanh_model(), random_values(rng), rng, false_alarm=FALSE_ALARM / points)
        for _ in range(points)
    ]
    return NumericResult(identity.name, TANH, tuple(comparisons))


CHECKS = {
    "vae-elbo-split": check_vae_elbo_split,
    "gaussian-kl": check_gaussian_kl,
    "vae-kl-standard-normal": check_vae_kl_standard_normal,
}
