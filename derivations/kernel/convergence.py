"""Whether a one-variable integral is shown to exist: the condition for splitting it by linearity.

``∫ (f + g) = ∫ f + ∫ g`` holds when ``∫ f`` and ``∫ g`` exist; over an infinite range, or near a pole, the pieces
of a convergent integral may diverge (``∫_1^∞ (1/x - 2/(2x + 1)) dx = log(3/2)`` is not ``∞ - ∞``).  A piece is
shown to exist when

* it is an integral against a density (a factor :class:`~derivations.probability.Density` or
  :class:`~derivations.probability.Normal` of the integrand) of something in its variable the kernel cannot write
  out (an unknown density, an operator; SymPy's own operators evaluated first: a finite Sum or a Subs is a number, a
  power series in x may be e^{x^2}): it is then an expectation of the note's own quantities, whose existence the
  kernel trusts as it trusts the linearity of expectations under an unknown law; against Gaussians alone it is no
  such trust (nor for an operator free of the variable, a constant of unknown size there): each
  Gaussian written as its density (its variance not shown non-positive), the integral must be shown as below
  (``∫ N(x; 0, 1) e^{x^2} dx`` is infinite), the values of unknown functions taken as bounded: a polynomial in them
  whose every coefficient is shown (``∫ N(x; 0, 1) f(x) / x^2 dx`` is not, at f = 1); or
* its integrand is a closed form continuous on the range (its finite ends included; on the whole line when a limit
  is a name), and at each infinite end ``x^2 f(x)`` has a finite limit, so ``|f| <= C / x^2`` there (a comparison
  with a convergent integral); or
* the range is finite and the integrand is a polynomial in values of unknown functions and their derivatives
  (``SNR'(s) w(s)``), at arguments continuous on the range, with coefficients as above: the kernel trusts the
  regularity of an unknown function where the calculus needs it, as in the fundamental theorem of calculus.

Over several variables, an integral against an unknown density (a factor of its integrand: not one that is a
summand or inside a logarithm) is trusted as above; else each term of its
integrand must be a product of factors in one variable each, each factor's integral shown (Tonelli).  Anything else
(an unknown function elsewhere, an operator, a condition SymPy cannot settle, a range from an infinity to itself) is
not shown.  An expectation is the integral of its integrand against its law (:func:`expectation_shown_to_exist`);
under a law known only by its tail (Cauchy's), by comparison with that tail (:func:`tail_expectation_shown_to_exist`).
"""

from __future__ import annotations

from functools import lru_cache

import sympy as sp
from sympy.calculus.util import continuous_domain

from derivations.probability import KL, Density, Expectation, Grad, Normal

#: Factors that make an integral one against a density.
_DENSITIES = (Density, Normal)
#: What a closed-form integrand and its limits may not hold: operators of the density calculus and unknowns.
OPAQUE = (
    Density,
    Normal,
    Expectation,
    KL,
    Grad,
    sp.Integral,
    sp.Sum,
    sp.Product,
    sp.Derivative,
    sp.Limit,
    sp.Subs,
    sp.Piecewise,
    sp.Indexed,
    sp.core.function.AppliedUndef,
)
#: SymPy's own operators, evaluated where they can be before an integrand is trusted for holding one.
_EVALUABLE = (sp.Integral, sp.Sum, sp.Product, sp.Derivative, sp.Limit, sp.Subs)
#: What an integrand against a density is not trusted for holding in its variable: it may be anything there.
_SERIES = (sp.Sum, sp.Product, sp.Limit, sp.Piecewise)
#: What a limit at an infinite end may not be, for the comparison to hold.
_UNBOUNDED = (sp.oo, -sp.oo, sp.zoo, sp.nan)


def _against_a_density(integrand: sp.Expr) -> bool:
    return any(isinstance(factor, _DENSITIES) for factor in sp.Mul.make_args(integrand))


def _density_integral_exists(integrand: sp.Expr, variable: sp.Symbol, lower: sp.Expr, upper: sp.Expr) -> bool:
    """An integral against a density: trusted where it holds, in its variable, what cannot be written out (an unknown
    density or an operator, SymPy's own evaluated first: :func:`_written_out`; a series, a limit or cases in it are
    no such trust: ``Σ_k x^k`` diverges for ``|x| >= 1``); else, each Gaussian written as its density over a
    positive variance (none shown non-positive, which is no density), shown to exist as a closed form is, its
    unknown functions' values taken as bounded: a polynomial in them whose every coefficient is shown to exist
    (``∫ N(x; 0, 1) e^{x^2} f(x) dx`` is not, at f = 1)."""
    normals = integrand.atoms(Normal)
    if any(n.var.is_positive is False for n in normals):
        return False
    integrand = _written_out(integrand)
    values = _unknown_values(integrand, variable, lower, upper)
    if values is None:
        return False
    rest = integrand.xreplace({n: sp.Integer(1) for n in normals}).xreplace(values)
    if any(variable in node.free_symbols and not isinstance(node, _SERIES) for node in _opaque_atoms(rest)):
        return True
    if rest.has(*OPAQUE):
        return False
    variances = {n.var: sp.Dummy("v", positive=True) for n in normals if n.var.is_positive is not True}
    written = integrand.xreplace({n: Normal(*n.args[:2], n.var.xreplace(variances)).pdf() for n in normals})
    if not values:
        return _closed_form_exists(written, variable, lower, upper)
    written = written.xreplace(values)
    if not written.is_polynomial(*values.values()):
        return False
    coefficients = sp.Poly(sp.expand(written, deep=False), *values.values()).coeffs()
    return all(_closed_form_exists(c, variable, lower, upper) for c in coefficients)


def _opaque_atoms(expr: sp.Expr) -> list[sp.Expr]:
    """The outermost nodes of ``expr`` that are operators of the density calculus or unknowns."""
    found: list[sp.Expr] = []
    nodes = sp.preorder_traversal(expr)
    for node in nodes:
        if isinstance(node, OPAQUE):
            found.append(node)
            nodes.skip()
    return found


def _written_out(integrand: sp.Expr) -> sp.Expr:
    """``integrand`` with each of SymPy's operators evaluated where the result holds none (a finite Sum, a Subs, an
    integral over another variable: numbers; the series of e^{x^2}: e^{x^2}); the rest kept as written."""
    evaluated = {}
    for node in _opaque_atoms(integrand):
        if isinstance(node, _EVALUABLE):
            try:
                value = node.doit()
            except (NotImplementedError, ValueError, TypeError, ZeroDivisionError):
                continue
            if not value.has(*OPAQUE, *_UNBOUNDED):
                evaluated[node] = value
    return integrand.xreplace(evaluated)


def _separated_exists(integrand: sp.Expr, limits: tuple) -> bool:
    """An integral over several variables whose every term is a product of factors in one variable each: by Tonelli
    it exists where each factor's integral over its own variable does (``∫∫ N(x) N(y) e^{x^2}`` does not).  A
    polynomial in several of the variables is multiplied out first: (x + y)^2 N(x) N(y) is three such terms."""
    variables = [limit[0] for limit in limits]
    if any(set(variables) & (limit[1].free_symbols | limit[2].free_symbols) for limit in limits):
        return False
    integrand = integrand.replace(
        lambda e: isinstance(e, (sp.Pow, sp.Add)) and len(set(variables) & e.free_symbols) > 1
        and e.is_polynomial(*variables),
        sp.expand,
    )  # fmt: skip
    for term in sp.Add.make_args(sp.expand(integrand, deep=False, power_base=False, power_exp=False, log=False)):
        groups: dict[sp.Symbol, list[sp.Expr]] = {variable: [] for variable in variables}
        for factor in sp.Mul.make_args(term):
            within = [v for v in variables if v in factor.free_symbols]
            if len(within) > 1:
                return False
            if within:
                groups[within[0]].append(factor)
        for variable, lower, upper in limits:
            if not shown_to_exist(sp.Integral(sp.Mul(*groups[variable]), (variable, lower, upper))):
                return False
    return True


def _closed_form_exists(integrand: sp.Expr, variable: sp.Symbol, lower: sp.Expr, upper: sp.Expr) -> bool:
    if integrand.has(*OPAQUE) or lower.has(*OPAQUE) or upper.has(*OPAQUE):
        return False
    if not _continuous_on(integrand, variable, lower, upper):
        return False
    return all(_decays_at(integrand, variable, end) for end in (lower, upper) if end in (sp.oo, -sp.oo))


def _continuous_on(integrand: sp.Expr, variable: sp.Symbol, lower: sp.Expr, upper: sp.Expr) -> bool:
    ends = (lower, upper)
    if lower == upper and lower.is_infinite:
        return False  # ∫_∞^∞: the integral from a to b has no limit as a, b -> ∞ together
    if all(end.is_number for end in ends):
        interval = sp.Interval(sp.Min(*ends), sp.Max(*ends))
        interval = sp.Interval(interval.inf, interval.sup, interval.inf.is_infinite, interval.sup.is_infinite)
    else:
        interval = sp.Reals
    try:
        return continuous_domain(integrand, variable, interval) == interval
    except (NotImplementedError, TypeError, ValueError):
        return False


def _decays_at(integrand: sp.Expr, variable: sp.Symbol, end: sp.Expr) -> bool:
    """Whether ``x^2 f(x)`` has a finite limit at the infinite ``end``."""
    try:
        value = sp.limit(variable**2 * integrand, variable, end)
    except (NotImplementedError, ValueError, TypeError, sp.PoleError):
        return False
    if value.has(*_UNBOUNDED, sp.AccumBounds, sp.Limit, sp.Order, sp.Piecewise, variable):
        return False
    return all(s.is_real for s in value.free_symbols)


def _unknown_values(
    integrand: sp.Expr, variable: sp.Symbol, lower: sp.Expr, upper: sp.Expr
) -> dict[sp.Expr, sp.Dummy] | None:
    """A fresh real symbol for each value of an unknown function or of its derivative in ``integrand``; None when
    an argument of one is not a closed form continuous on the range (``f(1/s)`` on ``[0, 1]``)."""
    values: dict[sp.Expr, sp.Dummy] = {}
    for node in sp.preorder_traversal(integrand):
        unknown = node.expr if isinstance(node, sp.Derivative) else node
        if not isinstance(unknown, sp.core.function.AppliedUndef) or node in values:
            continue
        for argument in unknown.args:
            if argument.has(*OPAQUE) or not _continuous_on(argument, variable, lower, upper):
                return None
        values[node] = sp.Dummy("value", real=True)
    return values


def shown_to_exist(integral: sp.Integral) -> bool:
    """Whether the definite ``integral`` is shown to exist (see the module's rules; over several variables, trusted
    against an unknown density that is a factor of its integrand, else a sum of products of integrals over one
    variable each, each shown)."""
    if any(len(limit) != 3 or limit[0] in limit[1].free_symbols | limit[2].free_symbols for limit in integral.limits):
        return False
    if len(integral.limits) != 1:
        against = any(isinstance(factor, Density) for factor in sp.Mul.make_args(integral.function))
        return against or _separated_exists(integral.function, integral.limits)
    (variable, lower, upper), integrand = integral.limits[0], integral.function
    if _against_a_density(integrand):
        return _density_integral_exists(integrand, variable, lower, upper)
    values = _unknown_values(integrand, variable, lower, upper)
    if values is None:
        return False
    if values:
        integrand = integrand.xreplace(values)
        if any(end.has(*_UNBOUNDED) for end in (lower, upper)) or not integrand.is_polynomial(*values.values()):
            return False
    return _closed_form_exists(integrand, variable, lower, upper)


def expectation_shown_to_exist(expectation: Expectation) -> bool:
    """Whether ``expectation`` is shown to exist: as the integral over the line (over each variable) of its
    integrand against its law (above); over variables that are not names, trusted unless its law is a Gaussian's and
    its integrand a closed form, which is not shown."""
    variables, measure, body = expectation.variables, expectation.measure, expectation.expr
    if variables and all(isinstance(variable, sp.Symbol) for variable in variables):
        return shown_to_exist(sp.Integral(measure * body, *((variable, -sp.oo, sp.oo) for variable in variables)))
    return not (isinstance(measure, Normal) and not body.has(*OPAQUE))


def tail_expectation_shown_to_exist(body: sp.Expr, variable: sp.Symbol, exponent: sp.Expr | None) -> bool:
    """Whether ``E[g(X)]`` (``g`` = ``body`` in ``variable``) is shown to exist where X's law has, off a bounded set,
    a density at most ``C |x|^{-(a+1)}`` (``a`` = ``exponent``: its moments of order below a exist; Cauchy's a = 1,
    Student's t's its degrees of freedom, Pareto's its shape): where g is a closed form continuous on the line (so
    bounded on the bounded set, of probability at most 1) and ``x^2 g(x) (1 + x^2)^{-(a+1)/2}`` has a finite limit
    at both ends (the comparison of :func:`shown_to_exist`).  With no exponent known (a law said only to be
    heavy-tailed), only a ``g`` that does not depend on X."""
    if exponent is None or not body.has(variable):
        return not body.has(variable)
    tail = (1 + variable**2) ** (-(exponent + 1) / 2)
    return _closed_form_exists(body * tail, variable, -sp.oo, sp.oo)


def expand_with_convergent_pieces(expr: sp.Expr, **hints: bool) -> sp.Expr:
    """``sp.expand(expr, **hints)``, except that a definite integral is split over the terms of its integrand only
    when each piece is shown to exist (SymPy splits every integral over finite limits, so that
    ``∫_0^1 (1/x - 1/(x + x^2)) dx`` became ``∞ - ∞``); an integral left whole has its integrand expanded."""
    if not expr.has(sp.Integral):
        return sp.expand(expr, **hints)
    held: dict[sp.Dummy, sp.Integral] = {}

    def hold(integral: sp.Integral) -> sp.Dummy:
        symbol = sp.Dummy("integral", real=integral.is_real)
        held[symbol] = integral
        return symbol

    def definite(node: sp.Basic) -> sp.Basic:
        if not node.has(sp.Integral):
            return node
        if not isinstance(node, sp.Integral) or any(len(limit) != 3 for limit in node.limits):
            args = tuple(definite(arg) for arg in node.args)
            return node.func(*args) if args != node.args else node
        function = expand_with_convergent_pieces(node.function, **hints)
        pieces = [node.func(term, *node.limits) for term in sp.Add.make_args(function)]
        if len(pieces) > 1 and node.has_finite_limits is not False and all(map(_shown_to_exist, pieces)):
            return sp.Add(*map(hold, pieces))
        return hold(node.func(function, *node.limits))

    return sp.expand(definite(expr), **hints).xreplace(held)


@lru_cache(maxsize=1024)
def _shown_to_exist(integral: sp.Integral) -> bool:
    """:func:`shown_to_exist`, remembered: expansions of a step's sides meet the same integrals again."""
    return shown_to_exist(integral)


@lru_cache(maxsize=1024)
def expectation_exists(expectation: Expectation) -> bool:
    """:func:`expectation_shown_to_exist`, remembered: the normal forms meet the same expectations again."""
    return expectation_shown_to_exist(expectation)
