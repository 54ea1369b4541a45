"""Numeric evaluation of the catalogue's own SymPy expressions (one source of truth).

:func:`estimate` takes a statement side as written in :mod:`derivations`,
replaces its abstract densities by a concrete (possibly non-conjugate) family,
and evaluates it: integrals over the line by quadrature, expectations under a
Gaussian measure by Monte Carlo with lambdified integrands, and the rest by
lambdify, propagating standard errors through the outer expression.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import sympy as sp
from scipy import integrate

from derivations.model import Derivation, Relation
from derivations.probability import KL, Density, Expectation, Normal
from numeric.montecarlo import FALSE_ALARM, Comparison, Estimate, compare_at_least, compare_equal

_LINE = (-sp.oo, sp.oo)


class QuadratureError(ValueError):
    """Adaptive quadrature did not converge (a divergent or badly behaved integral)."""


def explicit(expr: sp.Expr) -> sp.Expr:
    """Normal densities written out, so lambdify sees exp and sqrt."""
    return expr.replace(lambda e: isinstance(e, Normal), lambda e: e.pdf())


def _sorted_joints(expr: sp.Expr) -> sp.Expr:
    return expr.replace(
        lambda e: isinstance(e, Density) and len(e.variables) > 1,
        lambda e: e.of(sorted(e.variables, key=str), e.given),
    )


def interpret(expr: sp.Expr, family: Mapping, values: Mapping[sp.Symbol, float]) -> sp.Expr:
    """``expr`` with abstract densities (and functions) replaced by ``family``, parameters by ``values``.

    Keys of ``family`` are :class:`Density` atoms, replaced exactly (also under
    integral signs), or undefined functions, replaced by a ``Lambda``.
    """
    atoms = {_sorted_joints(k): v for k, v in family.items() if isinstance(k, sp.Basic)}
    expr = _sorted_joints(expr).xreplace(atoms)
    for function, body in family.items():
        if not isinstance(function, sp.Basic):
            expr = expr.subs(function, body)
    expr = expr.replace(lambda e: isinstance(e, KL), lambda e: e.as_expectation())
    expr = expr.replace(lambda e: isinstance(e, (sp.Subs, sp.Derivative)), lambda e: e.doit())
    return expr.xreplace({k: sp.Float(v, 17) for k, v in values.items()})


def quadrature(integral: sp.Integral) -> Estimate:
    """A one-dimensional integral over the line by adaptive quadrature, with its error bound."""
    ((var, *bounds),) = integral.limits
    if tuple(bounds) != _LINE:
        raise ValueError(f"quadrature: only integrals over the whole line, got {integral}")
    integrand = explicit(_close(integral.function))
    if integrand.free_symbols - {var}:
        raise ValueError(f"quadrature: integrand depends on {integrand.free_symbols - {var}}")
    f = sp.lambdify(var, integrand, "math")
    value, error, _info, *message = integrate.quad(
        f, -np.inf, np.inf, epsabs=1e-13, epsrel=1e-11, limit=400, full_output=True
    )
    if message or not np.isfinite(value):
        raise QuadratureError(
            f"the integral of {integrand} over the line did not converge: {message[0] if message else value}"
        )
    return Estimate(float(value), 0.0, 0, float(error) + 1e-12 * abs(value))


def _close(expr: sp.Expr) -> sp.Expr:
    """Replace closed (parameter-free) integrals by their quadrature values."""
    return expr.replace(
        lambda e: isinstance(e, sp.Integral) and not e.free_symbols,
        lambda e: sp.Float(quadrature(e).value, 17),
    )


#: Proposal N(0, PROPOSAL_VARIANCE) for expectations under a measure that is not Gaussian.
PROPOSAL_VARIANCE = 4.0


def monte_carlo(expectation: Expectation, rng: np.random.Generator, n: int) -> Estimate:
    """E_q[f] by n independent draws: from q itself when q = N(var; mean, variance), else by
    importance sampling from N(0, PROPOSAL_VARIANCE) with weights q / proposal (q normalized)."""
    measure = expectation.measure
    (var,) = expectation.variables
    integrand = explicit(_close(expectation.expr))
    if isinstance(measure, Normal) and measure.point == var:
        draws = rng.normal(float(measure.mean), np.sqrt(float(measure.var)), size=n)
    else:
        proposal = Normal(var, 0, PROPOSAL_VARIANCE)
        integrand = integrand * explicit(_close(measure)) / proposal.pdf()
        draws = rng.normal(0.0, np.sqrt(PROPOSAL_VARIANCE), size=n)
    if integrand.free_symbols - {var}:
        raise ValueError(f"monte_carlo: integrand depends on {integrand.free_symbols - {var}}")
    f = sp.lambdify(var, integrand, "numpy")
    values = np.broadcast_to(np.asarray(f(draws), dtype=float), draws.shape)
    rounding = 1e-13 * float(np.abs(values).max())  # float64 rounding of the integrand, summed
    return Estimate(float(values.mean()), float(values.std(ddof=1) / np.sqrt(n)), n, rounding)


def estimate(
    expr: sp.Expr,
    family: Mapping[sp.Expr, sp.Expr],
    values: Mapping[sp.Symbol, float],
    rng: np.random.Generator,
    n: int = 200_000,
) -> Estimate:
    """The value of ``expr`` in ``family`` at ``values``, with its standard error.

    Each expectation is estimated from its own draws (so they are independent),
    each integral by quadrature; the standard error of the outer expression
    follows by the delta method (exact when it is linear, as for ELBO + KL).
    """
    expr = interpret(expr, family, values)
    nodes: dict[sp.Symbol, Estimate] = {}

    def placeholder(node: sp.Expr) -> sp.Symbol:
        symbol = sp.Symbol(f"_node{len(nodes)}")
        if isinstance(node, Expectation):
            nodes[symbol] = monte_carlo(node, rng, n)
        else:
            nodes[symbol] = quadrature(node)
        return symbol

    outer = explicit(_replace_outermost(expr, placeholder))
    if outer.free_symbols - set(nodes):
        raise ValueError(f"estimate: unevaluated symbols {outer.free_symbols - set(nodes)} in {outer}")
    point = {symbol: node.value for symbol, node in nodes.items()}
    value = float(outer.evalf(17, subs=point))
    variance = 0.0
    bound = 0.0
    for symbol, node in nodes.items():
        slope = abs(float(sp.diff(outer, symbol).evalf(17, subs=point)))
        variance += (slope * node.stderr) ** 2
        bound += slope * node.bound
    bound += 1e-13 * (1 + abs(value))  # rounding of the outer expression
    return Estimate(value, float(np.sqrt(variance)), min((e.n for e in nodes.values() if e.n), default=0), bound)


def _replace_outermost(expr: sp.Expr, replace) -> sp.Expr:
    """Replace each outermost expectation or integral (not those nested inside one)."""
    if isinstance(expr, (Expectation, sp.Integral)):
        return replace(expr)
    if not expr.args:
        return expr
    return expr.func(*(_replace_outermost(arg, replace) for arg in expr.args))


def claim_comparison(
    derivation: Derivation,
    family: Mapping,
    values: Mapping[sp.Symbol, float],
    rng: np.random.Generator,
    *,
    n: int = 200_000,
    false_alarm: float = FALSE_ALARM,
) -> Comparison:
    """Estimate both sides of a claim in ``family`` at ``values`` and test the claimed relation.

    ``=`` is a two-sided test of lhs - rhs = 0; ``>=`` and ``<=`` are one-sided.
    """
    label = f"{derivation.label} at " + ", ".join(f"{k}={v:.4g}" for k, v in values.items())
    try:
        lhs = estimate(derivation.lhs, family, values, rng, n)
        rhs = estimate(derivation.rhs, family, values, rng, n)
    except QuadratureError as error:
        return Comparison(label, float("nan"), float("nan"), (float("nan"),) * 2, 0, False, str(error))
    if derivation.relation is Relation.GE:
        return compare_at_least(label, lhs - rhs, false_alarm)
    if derivation.relation is Relation.LE:
        return compare_at_least(label, rhs - lhs, false_alarm)
    return compare_equal(label, lhs - rhs, false_alarm, reference=rhs.value)
