"""Canonical forms and equality checking in tiers, each tier saying what it proved.

:func:`canonical` unfolds the operators of :mod:`derivations.probability` by their
definitions -- KL as an expectation, an expectation as an integral, linearity of
the integral, a density integrating to one over its own variables, Gaussian
integrals in closed form -- and expands logarithms of positive quantities.
It also writes each conditional density as joint over marginal and integrates
joints to marginals.  Everything it does replaces equals by equals, so two expressions with the same
canonical form are equal.  :func:`prove_equal` then compares canonical forms by
structure, expansion, rational simplification, logarithms and a reparameterization
of the unit interval; :func:`find_counterexample` looks for a point where two
closed-form expressions differ.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import sympy as sp

from derivations.kernel.vocabulary import Counterexample
from derivations.probability import KL, Density, Expectation, Grad, Normal, to_joint_over_marginal
from derivations.symbols import POSITIVE, UNIT, domain_of

_LINE = (-sp.oo, sp.oo)

#: Tiers give up on expressions with more operations than this (SymPy can run away).
MAX_OPS = 4000


# ------------------------------------------------------------------ integrals


def _exp_parts(factor: sp.Expr) -> sp.Expr | None:
    """The exponent of ``exp(w)`` (or ``E**w``), else None."""
    if isinstance(factor, sp.exp):
        return factor.args[0]
    if factor.is_Pow and factor.base is sp.E:
        return factor.exp
    return None


def _gaussian_integral(term: sp.Expr, var: sp.Symbol) -> sp.Expr | None:
    """Integral over the line of ``poly(var) * exp(a var^2 + b var + c)`` with ``a < 0``.

    Uses ``int x^k exp(a x^2 + b x + c) dx = exp(c - b^2/(4a)) sqrt(pi/-a) E[Y^k]``,
    ``Y ~ N(-b/(2a), -1/(2a))``; None when ``term`` is not of that form.
    """
    exponent = sp.Integer(0)
    rest = sp.Integer(1)
    for factor in sp.Mul.make_args(term):
        power = _exp_parts(factor)
        if power is not None:
            exponent += power
        else:
            rest *= factor
    if exponent == 0:
        return None
    exponent = sp.expand(exponent)
    if not (exponent.is_polynomial(var) and rest.is_polynomial(var)):
        return None
    quadratic = sp.Poly(exponent, var)
    if quadratic.degree() != 2:
        return None
    a, b, c = (quadratic.coeff_monomial(var**k) for k in (2, 1, 0))
    if not _is_negative(a):
        return None
    mean, var_y = -b / (2 * a), -1 / (2 * a)
    scale = sp.exp(sp.cancel(c - b**2 / (4 * a))) * sp.sqrt(sp.pi / (-a))  # one fraction: a zero exponent shows
    poly = sp.Poly(sp.expand(rest), var)
    moment = sum(coeff * _normal_moment(k, mean, var_y) for (k,), coeff in poly.terms())
    return scale * moment


def _is_negative(a: sp.Expr) -> bool:
    """a < 0 as written, over one fraction, or with unit-interval symbols written as w/(1+w), w > 0."""
    if a.is_negative is not None:
        return bool(a.is_negative)
    return sp.cancel(a).is_negative is True or sp.cancel(_unit_substitution(a, {})).is_negative is True


def _normal_moment(k: int, mean: sp.Expr, var: sp.Expr) -> sp.Expr:
    """E[Y^k] for Y ~ N(mean, var): sum_j C(k, 2j) mean^(k-2j) var^j (2j-1)!!."""
    return sum(
        sp.binomial(k, 2 * j) * mean ** (k - 2 * j) * var**j * sp.factorial2(2 * j - 1) for j in range(k // 2 + 1)
    )


def integrate_line(integrand: sp.Expr, variables: Iterable[sp.Symbol]) -> sp.Expr:
    """The integral of ``integrand`` over the whole line in each variable, by linearity.

    Constant factors come out; a density integrates to one over its own variables;
    Gaussian integrals are done in closed form; anything else stays an
    unevaluated :class:`sympy.Integral` with sorted variables.
    """
    variables = tuple(sorted(variables, key=str))
    total = sp.Integer(0)
    for term in sp.Add.make_args(sp.expand_mul(integrand)):
        constant, dependent = term.as_independent(*variables, as_Add=False)
        total += constant * _integrate_term(dependent, variables)
    return total


def _integrate_term(term: sp.Expr, variables: tuple[sp.Symbol, ...]) -> sp.Expr:
    if isinstance(term, Density) and not term.given and set(variables) <= set(term.variables):
        # marginal consistency: int p(a, b) db = p(a); over all variables, 1
        remaining = tuple(v for v in term.variables if v not in variables)
        return Density(term.name, remaining) if remaining else sp.Integer(1)
    if term == 1:
        return sp.Integral(term, *[(v, *_LINE) for v in variables])
    marginalized = _marginalize(term, variables)
    if marginalized is not None:
        return marginalized
    absorbed = _absorb_integral(term, variables)
    if absorbed is not None:
        return absorbed
    differentiated = _differentiate_marginal(term, variables)
    if differentiated is not None:
        return differentiated
    if len(variables) > 1:
        inner, *outer = variables
        done = _integrate_term(term, (inner,))
        if not isinstance(done, sp.Integral):
            return integrate_line(done, outer)
        return sp.Integral(term, *[(v, *_LINE) for v in variables])
    (var,) = variables
    closed = _gaussian_integral(sp.powsimp(term, combine="exp"), var)
    if closed is not None:
        return closed
    return sp.Integral(term, (var, *_LINE))


def _marginalize(term: sp.Expr, variables: tuple[sp.Symbol, ...]) -> sp.Expr | None:
    """int c(b) p(a, b) da = c(b) p(b): integrate out the variables only one joint density depends on."""
    factors = sp.Mul.make_args(term)
    for density in factors:
        if not isinstance(density, Density) or density.given:
            continue
        rest = sp.Mul(*(f for f in factors if f is not density))
        done = tuple(v for v in variables if v in density.variables and v not in rest.free_symbols)
        if done:
            remaining = tuple(v for v in density.variables if v not in done)
            marginal = Density(density.name, remaining) if remaining else sp.Integer(1)
            left = tuple(v for v in variables if v not in done)
            return integrate_line(rest * marginal, left) if left else rest * marginal
    return None


def _absorb_integral(term: sp.Expr, variables: tuple[sp.Symbol, ...]) -> sp.Expr | None:
    """int c(y) [int g(x, y) dx] dy = int int c(y) g(x, y) dx dy (Fubini): one multiple integral."""
    factors = sp.Mul.make_args(term)
    for inner in factors:
        if not (isinstance(inner, sp.Integral) and all(limit[1:] == _LINE for limit in inner.limits)):
            continue
        rest = sp.Mul(*(f for f in factors if f is not inner))
        bound = tuple(inner.variables)
        if set(bound) & (rest.free_symbols | set(variables)):
            continue
        return integrate_line(rest * inner.function, variables + bound)
    return None


def _differentiate_marginal(term: sp.Expr, variables: tuple[sp.Symbol, ...]) -> sp.Expr | None:
    """int c(b) d_b p(a, b) da = c(b) d_b p(b): differentiation under the integral sign, then marginalization."""
    factors = sp.Mul.make_args(term)
    for derivative in factors:
        if not (isinstance(derivative, sp.Derivative) and isinstance(derivative.expr, Density)):
            continue
        density = derivative.expr
        if density.given:
            continue
        rest = sp.Mul(*(f for f in factors if f is not derivative))
        kept = rest.free_symbols | set(derivative.variables)
        done = tuple(v for v in variables if v in density.variables and v not in kept)
        if done:
            marginal = Density(density.name, tuple(v for v in density.variables if v not in done))
            left = tuple(v for v in variables if v not in done)
            result = rest * sp.Derivative(marginal, *derivative.variable_count)
            return integrate_line(result, left) if left else result
    return None


def _fundamental_theorem(integral: sp.Integral) -> sp.Expr | None:
    """int_a^b c f'(s) ds = c (f(b) - f(a)) for finite a, b and c free of s; None otherwise."""
    if len(integral.limits) != 1 or len(integral.limits[0]) != 3:
        return None
    var, lower, upper = integral.limits[0]
    if lower.has(sp.oo, -sp.oo) or upper.has(sp.oo, -sp.oo):
        return None
    constant, rest = integral.function.as_independent(var, as_Add=False)
    if not (isinstance(rest, sp.Derivative) and rest.variable_count == ((var, 1),)):
        return None
    return constant * (rest.expr.subs(var, upper) - rest.expr.subs(var, lower))


# ------------------------------------------------------------------ canonical


def substitute_equations(expr: sp.Expr, equations: Mapping[sp.Expr, sp.Expr]) -> sp.Expr:
    """Replace each left side by its right side until nothing changes."""
    for _ in range(8):
        new = expr.xreplace(dict(equations))
        if new == expr:
            return expr
        expr = new
    return expr


def canonical(expr: sp.Expr, equations: Mapping[sp.Expr, sp.Expr] | None = None) -> sp.Expr:
    """Unfold operators by their definitions and expand logs and products (equals for equals).

    Densities are written as joints over marginals, and integrals of joints over
    some of their variables become marginals (over all of them, one).
    """
    if equations:
        expr = substitute_equations(expr, equations)
    return _unfold(to_joint_over_marginal(expr))


def _unfold(expr: sp.Expr) -> sp.Expr:
    if isinstance(expr, (Density, sp.Symbol, sp.Number)) or not expr.args:
        return expr
    if isinstance(expr, KL):
        return _unfold(expr.as_expectation())
    if isinstance(expr, Expectation):
        return integrate_line(_expand(_unfold(expr.measure * expr.expr)), expr.variables)
    if isinstance(expr, sp.Integral) and _fundamental_theorem(expr) is not None:
        return _unfold(_fundamental_theorem(expr))
    if isinstance(expr, sp.Integral) and all(limit[1:] == _LINE for limit in expr.limits):
        return integrate_line(_expand(_unfold(expr.function)), [limit[0] for limit in expr.limits])
    if isinstance(expr, sp.log) and isinstance(expr.args[0], Normal):
        return _unfold(expr.args[0].logpdf())
    if isinstance(expr, Normal):
        return _unfold(expr.pdf())
    if isinstance(expr, Grad):
        return _unfold(sp.Derivative(expr.expr, expr.var))
    args = [_unfold(arg) for arg in expr.args]
    node = expr.func(*args) if args != list(expr.args) else expr
    if isinstance(node, sp.Derivative):
        node = _differentiate(node)
    elif isinstance(node, sp.Subs) and not node.has(sp.Integral):
        node = node.doit()
    if isinstance(node, sp.log):
        node = sp.expand_log(node)
    return node


def _differentiate(derivative: sp.Derivative) -> sp.Expr:
    """A derivative by linearity: terms free of its variables vanish, terms without integrals are
    differentiated (a derivative of an abstract density stays unevaluated), and the rest stay
    unevaluated (moving a derivative under an integral sign is a rule's business: Leibniz).
    """
    variables = set(derivative.variables)
    total = sp.Integer(0)
    for term in sp.Add.make_args(sp.expand(derivative.expr)):
        if term.free_symbols & variables:
            piece = sp.Derivative(term, *derivative.variable_count)
            total += piece if term.has(sp.Integral) else piece.doit()
    return total


def _expand(expr: sp.Expr) -> sp.Expr:
    return sp.expand_mul(sp.expand_log(expr))


# ---------------------------------------------------------------------- tiers


@dataclass(frozen=True)
class Proof:
    """How an equality was shown: the tier that reduced the difference to zero."""

    method: str


def _unit_substitution(expr: sp.Expr, domains: Mapping[sp.Symbol, sp.Set]) -> sp.Expr:
    """Write each unit-interval symbol as w/(1+w), w > 0, so positivity decides radicals."""
    mapping = {}
    for symbol in expr.free_symbols:
        if domains.get(symbol, domain_of(symbol)) == UNIT:
            w = sp.Symbol(f"w_{symbol.name}", positive=True)
            mapping[symbol] = w / (1 + w)
    return expr.xreplace(mapping)


def _is_zero(expr: sp.Expr) -> bool:
    return expr == 0 or expr.is_zero is True


def _exponential_parts(expr: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    """(k, e) with expr = k * exp(e): the exponentials of a product merged into one."""
    prefactor, exponent = sp.Integer(1), sp.Integer(0)
    for factor in sp.Mul.make_args(sp.powsimp(expr, combine="exp")):
        power = _exp_parts(factor)
        if power is None:
            prefactor *= factor
        else:
            exponent += power
    return prefactor, exponent


def _equal_exponentials(a: sp.Expr, b: sp.Expr, domains: Mapping[sp.Symbol, sp.Set]) -> bool:
    """k_a exp(e_a) = k_b exp(e_b) because k_a = k_b and e_a = e_b (each shown by the tiers)."""
    (ka, ea), (kb, eb) = _exponential_parts(a), _exponential_parts(b)
    if ea == 0 and eb == 0 or ka.has(sp.exp) or kb.has(sp.exp):
        return False
    return prove_equal(ea, eb, None, domains) is not None and prove_equal(ka, kb, None, domains) is not None


def _nonzero_somewhere(difference: sp.Expr, domains: Mapping[sp.Symbol, sp.Set]) -> bool:
    """``difference`` is a closed form that is clearly nonzero at an admissible point (two are tried)."""
    if not is_closed_form(difference):
        return False
    try:
        return find_counterexample(difference, sp.Integer(0), domains, points=2) is not None
    except TypeError:  # not a number at the point (matrix symbols, unevaluated sums)
        return False


def prove_equal(
    lhs: sp.Expr,
    rhs: sp.Expr,
    equations: Mapping[sp.Expr, sp.Expr] | None = None,
    domains: Mapping[sp.Symbol, sp.Set] | None = None,
) -> Proof | None:
    """A :class:`Proof` that ``lhs == rhs`` under the equations and domains, or None."""
    domains = domains or {}
    a, b = canonical(lhs, equations), canonical(rhs, equations)
    if a == b:
        return Proof("identical after unfolding definitions")
    difference = a - b
    if sp.count_ops(difference) > MAX_OPS:
        return None
    cheap = (
        ("expansion", sp.expand),
        ("numerator over a common denominator", lambda d: sp.expand(sp.numer(sp.together(d)))),
        ("logarithms of numbers split into primes", lambda d: sp.expand(sp.expand_log(d, factor=True))),
    )
    for name, tier in cheap:
        if _is_zero(tier(difference)):
            return Proof(name)
    if _equal_exponentials(a, b, domains):
        return Proof("equal prefactors and equal exponents")
    if _nonzero_somewhere(difference, domains):
        return None  # no simplification can make it zero
    tiers = (
        ("rational simplification", lambda d: sp.cancel(sp.together(sp.expand(d)))),
        (
            "radicals under positivity",
            lambda d: sp.cancel(sp.together(sp.expand(sp.powsimp(sp.powdenest(d, force=False))))),
        ),
    )
    for name, tier in tiers:
        if _is_zero(tier(difference)):
            return Proof(name)
    if a.is_positive and b.is_positive:
        log_difference = sp.expand(sp.expand_log(sp.log(a)) - sp.expand_log(sp.log(b)))
        if _is_zero(sp.cancel(sp.together(log_difference))):
            return Proof("logarithms of positive sides")
    substituted = _unit_substitution(difference, domains)
    if substituted != difference and _is_zero(sp.cancel(sp.together(sp.expand(substituted)))):
        return Proof("unit-interval symbols written as w/(1+w), w > 0")
    if _is_zero(sp.simplify(substituted)):
        return Proof("simplify (unit-interval symbols written as w/(1+w))")
    return None


# ------------------------------------------------------------ counterexamples

_OPERATORS = (Density, Expectation, KL, sp.Integral, sp.Derivative, sp.Subs, sp.core.function.AppliedUndef)


def is_closed_form(expr: sp.Expr) -> bool:
    """No abstract densities, unevaluated operators or undefined functions remain."""
    return not expr.has(*_OPERATORS)


def random_point(
    symbols: Iterable[sp.Symbol], domains: Mapping[sp.Symbol, sp.Set], rng: np.random.Generator
) -> dict[sp.Symbol, sp.Rational]:
    """An admissible point: unit-interval symbols in (0.02, 0.98), positive ones log-uniform on (0.1, 10)."""
    point = {}
    for symbol in sorted(symbols, key=str):
        domain = domains.get(symbol, domain_of(symbol))
        if domain == UNIT:
            value = rng.uniform(0.02, 0.98)
        elif domain == POSITIVE or symbol.is_positive:
            value = float(np.exp(rng.uniform(np.log(0.1), np.log(10.0))))
        else:
            value = rng.uniform(-3.0, 3.0)
        point[symbol] = sp.Rational(round(value * 1000), 1000)
    return point


def satisfies(point: Mapping[sp.Symbol, sp.Expr], constraints: Sequence[sp.Basic]) -> bool:
    """Whether ``point`` meets every constraint that it determines (the others do not concern it)."""
    for constraint in constraints:
        value = constraint.xreplace(dict(point))
        if value in (sp.true, sp.false) and not bool(value):
            return False
    return True


def evaluate_at(expr: sp.Expr, point: Mapping[sp.Symbol, sp.Expr]) -> complex | None:
    """``expr`` at ``point`` to 30 digits; None where that is not a finite number (a limit, a pole, ...)."""
    try:
        return complex(sp.N(expr.xreplace(dict(point)), 30))
    except (TypeError, ValueError, ZeroDivisionError):
        return None


def find_counterexample(
    lhs: sp.Expr,
    rhs: sp.Expr,
    domains: Mapping[sp.Symbol, sp.Set],
    relation: str = "=",
    points: int = 24,
    seed: int = 0,
    constraints: Sequence[sp.Basic] = (),
) -> Counterexample | None:
    """A random admissible point where ``lhs relation rhs`` fails clearly, or None.

    ``relation`` is ``=``, ``<=`` or ``>=``.  A point must satisfy every constraint
    (a relation among the symbols, such as ``c < 2 s**2``) to be admissible.  The
    values are computed to 30 digits, and a difference counts when it exceeds
    1e-12 of the larger side (plus 1e-12).
    """
    rng = np.random.default_rng(seed)
    symbols = lhs.free_symbols | rhs.free_symbols
    for _ in range(points):
        point = random_point(symbols, domains, rng)
        if not satisfies(point, constraints):
            continue
        left, right = evaluate_at(lhs, point), evaluate_at(rhs, point)
        if left is None or right is None or not np.isfinite([left, right]).all():
            continue
        if abs(left.imag) > 1e-20 or abs(right.imag) > 1e-20:
            continue
        left, right = left.real, right.real
        tolerance = 1e-12 * (1 + max(abs(left), abs(right)))
        fails = {
            "=": abs(left - right) > tolerance,
            "<=": left > right + tolerance,
            ">=": left < right - tolerance,
        }[relation]
        if fails:
            named = tuple((str(symbol), float(value)) for symbol, value in point.items())
            return Counterexample(named, left, right)
    return None
