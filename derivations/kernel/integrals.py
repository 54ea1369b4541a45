"""Definite integrals of elementary functions, evaluated where SymPy's value needs no condition.

:class:`DefiniteIntegral` replaces each ``Integral(f, (u, a, b))`` of a step by SymPy's value when every
condition below holds, and leaves it otherwise (the step is then undecided, with the failed condition):

* two limits (an iterated integral is evaluated innermost first), each a number, +-oo or a finite real
  name, not both infinite (an integral over the whole line, as notes write ``\\int f dx`` against a density,
  is left to the density calculus: SymPy's integration of its Gaussians would only take the step's time); the integrand and the limits hold no density, expectation, unknown function or other operator (the
  integral of those is the density calculus's business, :mod:`derivations.kernel.algebra`);
* no name of the integrand depends on u: none is defined, or equated, through u (a definition x = u^2
  before ``\\int_0^1 x du`` makes x no constant of the integral);
* the integrand is continuous on the closed interval between the limits, its finite ends included, so
  ``\\int_{-1}^1 du/u`` and ``\\int_0^1 \\log u du`` are not evaluated (their values hang on a convention
  or a limit); with a limit a name, on the whole line;
* SymPy evaluates it with u a fresh real variable and each other name under the signs the context states
  (nothing else assumed): the value has no Piecewise (a convergence condition no stated sign settles,
  ``\\int_0^\\infty e^{-a u} du`` without a > 0), no integral left, and is a finite real number;
* the value agrees with numerical quadrature (mpmath) at a few admissible values of the names: SymPy's
  antiderivatives have been wrong across the jumps of an arctangent, and this catches it.

An integral over limits in reverse order is minus the integral over the ordered ones (the usual
convention, which SymPy keeps); the value is then valid for either order of named limits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import mpmath
import sympy as sp
from sympy.calculus.util import continuous_domain

from derivations.kernel.assumptions import function_of_names
from derivations.kernel.convergence import OPAQUE
from derivations.kernel.rules import SIGN_OF_DIFFERENCE, Justification, Justified, Outcome, Unjustified, algebra

if TYPE_CHECKING:
    from derivations.kernel.checking import Context

#: What SymPy's value may not hold: a condition, an operator left unevaluated, a bound or an infinity.
_UNEVALUATED = (sp.Piecewise, sp.Integral, sp.Limit, sp.AccumBounds, sp.Order)
#: The signs a stated domain can give a name, each with the interval that shows it.
_SIGNS = (
    ("positive", sp.Interval.open(0, sp.oo)),
    ("negative", sp.Interval.open(-sp.oo, 0)),
    ("nonnegative", sp.Interval(0, sp.oo)),
    ("nonpositive", sp.Interval(-sp.oo, 0)),
)
#: Values drawn for a name of each sign (and for a real name of no sign) in the numerical cross-check.
_SAMPLES = {
    "positive": (0.7, 1.9),
    "negative": (-0.8, -1.6),
    "nonnegative": (0.4, 1.3),
    "nonpositive": (-0.5, -1.2),
    "": (0.6, -1.1),
}
_AGREEMENT = 1e-8


def _stated_sign(symbol: sp.Symbol, context: Context) -> str | None:
    """The strongest sign the context states of ``symbol`` ("" for real only), None if it is not shown real."""
    domain = context.domains.get(symbol)
    if domain is not None:
        sign = next((name for name, interval in _SIGNS if domain.is_subset(interval) is True), None)
        if sign is not None:
            return sign
        if domain.is_subset(sp.Reals) is True:
            return ""
    if symbol.is_real is not True:
        return None
    return next((name for name, _ in _SIGNS if getattr(symbol, f"is_{name}") is True), "")


def _tied(variable: sp.Symbol, context: Context) -> set[str]:
    """The names a definition or an equation of the context makes depend on ``variable``, through others: by
    name, since the note's own letter u (with its stated domain) may be another symbol than the bound u.  The
    arguments of a function's definition (``g(x) := θ x``, for every x) stand for any value and tie nothing."""
    relations = [(d.lhs, d.rhs) for d in context.definitions] + list(context.equations.items())
    tied = {variable.name}
    grown = True
    while grown:
        grown = False
        for lhs, rhs in relations:
            arguments = set(lhs.args) if function_of_names(lhs) else set()
            names = {s.name for s in (lhs.free_symbols | rhs.free_symbols) - arguments}
            if names & tied and not names <= tied:
                tied |= names
                grown = True
    return tied - {variable.name}


@dataclass(frozen=True)
class _Fresh:
    """An integral written over fresh symbols: u real, each other name under its stated sign only."""

    integrand: sp.Expr
    variable: sp.Dummy
    lower: sp.Expr
    upper: sp.Expr
    signs: dict[sp.Dummy, str]
    back: dict[sp.Dummy, sp.Symbol]


def _fresh(integral: sp.Integral, context: Context) -> _Fresh | str:
    """The integral over fresh symbols, or why it is not evaluated (the conditions on its form)."""
    if len(integral.limits[0]) != 3:
        return "not a definite integral: a limit is not written"
    (variable, lower, upper), integrand = integral.limits[0], integral.function
    if not isinstance(variable, sp.Symbol) or any(part.has(*OPAQUE) for part in (integrand, lower, upper)):
        return "the integrand or a limit holds a density, an operator or an unknown function"
    if lower == -sp.oo and upper == sp.oo:  # \\int f dx, read over the line: the density calculus's (Gaussians)
        return "over the whole line, the density calculus's business"
    if variable in lower.free_symbols | upper.free_symbols:
        return f"a limit depends on the variable {variable}"
    names = (integrand.free_symbols | lower.free_symbols | upper.free_symbols) - {variable}
    tied = _tied(variable, context)
    dependent = sorted((name for name in names if name.name in tied or name.name == variable.name), key=str)
    if dependent:
        return f"{dependent[0]} in the integrand may depend on {variable}: the context ties them"
    signs = {name: _stated_sign(name, context) for name in names}
    unknown = sorted((name for name, sign in signs.items() if sign is None), key=str)
    if unknown:
        return f"{unknown[0]} is not shown real"
    u = sp.Dummy(variable.name, real=True)
    fresh = {name: sp.Dummy(name.name, **({sign: True} if sign else {"real": True})) for name, sign in signs.items()}
    replacing = {variable: u, **fresh}
    return _Fresh(
        integrand.xreplace(replacing),
        u,
        lower.xreplace(fresh),
        upper.xreplace(fresh),
        {dummy: signs[name] for name, dummy in fresh.items()},
        {dummy: name for name, dummy in fresh.items()},
    )


def _continuous(fresh: _Fresh) -> bool:
    """Whether the integrand is continuous on the closed interval between the limits (on the line, with a
    named limit, whose order is not known)."""
    ends = (fresh.lower, fresh.upper)
    interval = sp.Interval(sp.Min(*ends), sp.Max(*ends)) if all(end.is_number for end in ends) else sp.Reals
    try:
        return continuous_domain(fresh.integrand, fresh.variable, interval) == interval
    except (NotImplementedError, TypeError, ValueError):
        return False


def _mpmath_number(end: sp.Expr) -> mpmath.mpf:
    """A limit as mpmath's number, its infinities as mpmath's."""
    if end in (sp.oo, -sp.oo):
        return mpmath.inf if end is sp.oo else -mpmath.inf
    return mpmath.mpf(str(sp.N(end, 30)))


def _kinks(integrand: sp.Expr, variable: sp.Dummy, low: sp.Expr, high: sp.Expr) -> list[sp.Expr]:
    """The points strictly between ``low`` and ``high`` where an |.|, a sign, a max or a min of the integrand
    turns (quadrature converges slowly across them, so the interval is cut there)."""
    turning = [a.args[0] for a in integrand.atoms(sp.Abs, sp.sign, sp.Heaviside)]
    turning += [a - b for m in integrand.atoms(sp.Max, sp.Min) for a, b in zip(m.args, m.args[1:])]
    inside = sp.Interval.open(sp.Min(low, high), sp.Max(low, high))
    found: set[sp.Expr] = set()
    for expr in turning:
        zeros = sp.solveset(expr, variable, inside)
        if zeros.is_empty:
            continue
        if not isinstance(zeros, sp.FiniteSet):
            raise ValueError("the turning points are not found")
        found |= set(zeros)
    return sorted(found, key=float, reverse=bool(low > high))


def _quadrature_agrees(fresh: _Fresh, value: sp.Expr) -> bool:
    """Whether ``value`` equals mpmath's quadrature of the integrand at each drawn value of the names."""
    for draw in range(2):
        point = {dummy: sp.Float(_SAMPLES[sign][draw]) for dummy, sign in fresh.signs.items()}
        try:
            low, high = (end.xreplace(point) for end in (fresh.lower, fresh.upper))
            written = fresh.integrand.xreplace(point)
            ends = [_mpmath_number(end) for end in (low, *_kinks(written, fresh.variable, low, high), high)]
            expected = complex(sp.N(value.xreplace(point)))
            integrand = sp.lambdify(fresh.variable, written, "mpmath")
            with mpmath.workdps(30):
                found = complex(mpmath.quad(integrand, ends))
        except (TypeError, ValueError, ZeroDivisionError, OverflowError, ArithmeticError, NotImplementedError):
            return False
        if abs(found - expected) > _AGREEMENT * max(1.0, abs(expected)):
            return False
    return True


def definite_value(integral: sp.Integral, context: Context) -> sp.Expr | str:
    """The value of ``integral`` where every condition of the module holds; otherwise why not.  An iterated
    integral (SymPy writes ``\\int_0^1 \\int_0^u dv du`` as one with two limits) is evaluated innermost first."""
    if len(integral.limits) > 1:
        inner = definite_value(sp.Integral(integral.function, integral.limits[0]), context)
        return inner if isinstance(inner, str) else definite_value(sp.Integral(inner, *integral.limits[1:]), context)
    fresh = _fresh(integral, context)
    if isinstance(fresh, str):
        return fresh
    if not all(end.is_extended_real and (end.is_finite or end.is_number) for end in (fresh.lower, fresh.upper)):
        return "a limit is not a number, an infinity or a finite real name"
    if not _continuous(fresh):
        return "the integrand is not shown continuous on the closed interval of integration"
    try:
        value = sp.Integral(fresh.integrand, (fresh.variable, fresh.lower, fresh.upper)).doit()
    except (NotImplementedError, TypeError, ValueError, ZeroDivisionError):
        return "SymPy does not evaluate it"
    conditional = sorted(value.atoms(sp.Piecewise), key=sp.default_sort_key)
    if conditional:
        condition = sp.sstr(conditional[0].args[0].cond.xreplace(fresh.back))
        return (
            f"SymPy's value holds only where {condition}: a sign of its names that settles it is not declared "
            "(a directive such as 'assume a > 0' declares one)"
        )
    if value.has(*_UNEVALUATED) or value.has(sp.oo, -sp.oo, sp.zoo, sp.nan):
        return f"SymPy's value is no finite closed form ({sp.sstr(value)[:80]})"
    if value.is_real is not True:
        return f"SymPy's value {sp.sstr(value)[:80]} is not shown a finite real number"
    if not _quadrature_agrees(fresh, value):
        return "SymPy's value disagrees with numerical quadrature"
    return value.xreplace(fresh.back)


def _evaluated(expr: sp.Expr, context: Context) -> sp.Expr:
    """``expr`` with each integral that meets the conditions replaced by its value, innermost first."""
    return expr.replace(
        lambda e: isinstance(e, sp.Integral) and not isinstance(definite_value(e, context), str),
        lambda e: definite_value(e, context),
    )


@dataclass(frozen=True)
class DefiniteIntegral(Justification):
    """Each definite integral of an elementary integrand continuous on its closed interval, evaluated by SymPy
    where its value needs no condition beyond the stated signs (and agrees with quadrature); then the algebra,
    or for an order the sign of the difference of the values."""

    label: str = "the definite integral, evaluated"

    @property
    def name(self) -> str:
        return self.label

    def justify(self, relation, previous, expr, context) -> Outcome:
        integrals = sorted(previous.atoms(sp.Integral) | expr.atoms(sp.Integral), key=sp.default_sort_key)
        if not integrals:
            return Unjustified(f"{self.name}: no integral")
        failed = [reason for i in integrals if isinstance(reason := definite_value(i, context), str)]
        if len(failed) == len(integrals):
            return Unjustified(f"{self.name}: {failed[0]}")
        before, after = _evaluated(previous, context), _evaluated(expr, context)
        conditions = (
            "the integrand is continuous on the closed interval and depends on no name tied to its variable",
            "SymPy's value needs no condition beyond the stated signs and agrees with numerical quadrature",
        )
        proof = algebra(relation, before, after, context)
        if proof is not None:
            return Justified(f"{self.name}, then {proof.method}", self.name, conditions)
        ordered = SIGN_OF_DIFFERENCE.justify(relation, before, after, context)  # an order between the values
        if isinstance(ordered, Justified):
            return Justified(f"{self.name}, then {ordered.method}", self.name, conditions + ordered.conditions,
                             uses=ordered.uses)  # fmt: skip
        return Unjustified(f"{self.name}: the two sides are not shown {relation.value} after it")

    def sound_rewrite(self, context):
        return lambda e: _evaluated(e, context)


DEFINITE_INTEGRAL = DefiniteIntegral()
