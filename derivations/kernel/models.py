"""Finite random laws: a model of the density calculus in which a step can be evaluated.

A step about abstract densities (``p(x, z)``, ``q(z | x)``, expectations, KLs,
marginalizing integrals) claims something for *every* joint law.  Here each
random variable takes three values drawn from its domain, and each density
name is a random joint table over the variables it is used with -- built
along every declared Markov chain, so the chain's conditional independences
hold.  Integrals and expectations become sums (densities with respect to the
counting measure), so every rule of the density calculus holds in the model,
and a point where the two sides differ is a counterexample to the step.

The model applies only where that reading is exact: densities of plain
variables, no explicit Gaussians, derivatives, limits, sums over an index or
undefined functions, every integral over the line against a density of its
variable, no law declared Gaussian, and no definition, equation or axiom that says more about a density
than the model can honour.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TYPE_CHECKING

import mpmath
import numpy as np
import sympy as sp

from derivations.kernel.algebra import substitute_equations
from derivations.kernel.assumptions import GaussianSteps, MarkovChain
from derivations.kernel.sampling import (
    SamplingError,
    derive,
    domain_for,
    needed_definitions,
    random_point,
    related,
    sample,
    satisfies,
)
from derivations.kernel.vocabulary import Counterexample, Relation
from derivations.probability import KL, Density, Expectation

if TYPE_CHECKING:
    from derivations.kernel.checking import Context

#: Values each random variable takes.
SUPPORT = 3
#: Working precision (digits) of the evaluation.
DIGITS = 30
#: Relative difference that counts as a violation (as for closed forms).
TOLERANCE = 1e-12

_EXCLUDED = (sp.Derivative, sp.Limit, sp.Sum, sp.Product, sp.Subs, sp.core.function.AppliedUndef, sp.MatrixExpr)


class NotApplicable(Exception):
    """The expression uses something a finite model cannot give its exact meaning."""


def _integral_over_density(integral: sp.Integral) -> bool:
    if not all(len(limit) == 3 and limit[1:] == (-sp.oo, sp.oo) for limit in integral.limits):
        return False
    variables = set(integral.variables)
    covered = set()
    for factor in sp.Mul.make_args(integral.function):
        if isinstance(factor, Density):
            covered |= set(factor.variables)
    return variables <= covered


def applicable(exprs: Sequence[sp.Expr], context: Context) -> str | None:
    """Why the finite model cannot evaluate ``exprs`` under ``context``, or None when it can."""
    for expr in exprs:
        if expr.has(*_EXCLUDED):
            return "it contains derivatives, limits, index sums or undefined functions"
        if any(type(node).__name__ in ("Normal", "MultivariateNormal", "Grad") for node in sp.preorder_traversal(expr)):
            return "it contains explicit Gaussians or gradients"
        for density in expr.atoms(Density):
            if not all(isinstance(a, sp.Symbol) for a in density.arguments):
                return f"{sp.sstr(density)} has an argument that is not a variable"
            if density.parameters:
                return f"{sp.sstr(density)} has parameters"
        for integral in expr.atoms(sp.Integral):
            if not _integral_over_density(integral):
                return "an integral is not over the line against a density of its variable"
    names = {d.name for e in exprs for d in e.atoms(Density)}
    if not names:
        return "there is no density to model (closed forms are compared directly)"
    gaussian = sorted(names & {a.name for a in context.assumptions if isinstance(a, GaussianSteps)})
    if gaussian:
        return f"{', '.join(gaussian)} is declared Gaussian, which a finite law cannot be"
    random = {v for e in exprs for d in e.atoms(Density) for v in d.arguments}
    for symbol in context.defined_symbols:
        if symbol in random:
            return f"{symbol} is a random variable of the model and also defined by an expression"
    evaluated = context.defined_symbols  # a symbol defined by densities takes its value in the model
    for definition in context.definitions:
        if definition.lhs in evaluated and definition.relation is Relation.EQ:
            continue
        if definition.lhs.has(Density) or definition.rhs.has(Density):
            if {d.name for d in (definition.lhs - definition.rhs).atoms(Density)} & names:
                return f"the definition '{definition.name}' constrains a density"
    for lhs, rhs in context.equations.items():
        if (lhs - rhs).has(Density):
            return "an equation constrains a density"
    if context.axioms:
        return "axioms are declared"
    variables = {a for e in exprs for d in e.atoms(Density) for a in d.arguments}
    variables |= {v for e in exprs for o in e.atoms(Expectation, KL, sp.Integral) for v in o.variables}
    if variables & context.noises:
        return "a declared noise is a standard normal, which a finite law cannot be"
    return None


@dataclass(frozen=True)
class _Law:
    """A joint table: ``variables`` in order, each with its ``values``, and the probability (an exact rational)
    of each assignment, written as the positions of the values (small integers hash fast; SymPy numbers do not)."""

    variables: tuple[sp.Symbol, ...]
    values: tuple[tuple[sp.Expr, ...], ...]
    table: Mapping[tuple[int, ...], Fraction]
    _marginals: dict = field(default_factory=dict, compare=False, repr=False)

    def marginal(self, assignment: Mapping[sp.Symbol, sp.Expr]) -> Fraction:
        """P(the listed variables take the listed values); zero for a value outside a variable's support."""
        keep = tuple(i for i, v in enumerate(self.variables) if v in assignment)
        wanted = []
        for i in keep:
            value = assignment[self.variables[i]]
            position = next((k for k, known in enumerate(self.values[i]) if known is value), None)
            if position is None:  # a value written differently from the support's: compare by value
                position = next((k for k, known in enumerate(self.values[i]) if known == value), None)
            if position is None:
                return Fraction(0)
            wanted.append(position)
        return self.marginal_table(keep).get(tuple(wanted), Fraction(0))

    def marginal_table(self, keep: tuple[int, ...]) -> Mapping[tuple[int, ...], Fraction]:
        """The joint table of the variables at positions ``keep``, summed over the others once and kept."""
        if keep not in self._marginals:
            summed: dict[tuple[int, ...], Fraction] = {}
            for cell, p in self.table.items():
                key = tuple(cell[i] for i in keep)
                summed[key] = summed.get(key, Fraction(0)) + p
            self._marginals[keep] = summed
        return self._marginals[keep]


def _weights(rng: np.random.Generator, count: int) -> list[Fraction]:
    raw = [int(w) for w in rng.integers(1, 10, size=count)]
    total = sum(raw)
    return [Fraction(w, total) for w in raw]


def _random_law(
    variables: tuple[sp.Symbol, ...],
    supports: Mapping[sp.Symbol, tuple],
    chain: MarkovChain | None,
    rng: np.random.Generator,
) -> _Law:
    """A random joint table; along ``chain`` (when it orders these variables) a product of random conditionals."""
    if chain is not None:
        ordered = tuple(v for v in chain.order if v in variables)
        rest = tuple(v for v in variables if v not in ordered)
        variables = rest + ordered
    else:
        ordered, rest = (), variables
    values = tuple(tuple(supports[v]) for v in variables)
    positions = {v: range(len(supports[v])) for v in variables}
    cells = list(itertools.product(*(positions[v] for v in variables)))
    if not ordered:
        return _Law(variables, values, dict(zip(cells, _weights(rng, len(cells)))))
    # rest (jointly) first, then each chain variable given the previous one (and the rest: still a chain)
    head = list(itertools.product(*(positions[v] for v in rest)))
    head_p = dict(zip(head, _weights(rng, len(head))))
    conditionals: dict[tuple, Fraction] = {}
    for position, variable in enumerate(ordered):
        for context_values in itertools.product(*(positions[v] for v in rest), *(
                [positions[ordered[position - 1]]] if position else [])):  # fmt: skip
            for value, weight in zip(positions[variable], _weights(rng, SUPPORT)):
                conditionals[(position, context_values, value)] = weight
    table = {}
    for cell in cells:
        rest_values, chain_values = cell[: len(rest)], cell[len(rest) :]
        probability = head_p[rest_values]
        for position, value in enumerate(chain_values):
            previous = (chain_values[position - 1],) if position else ()
            probability *= conditionals[(position, rest_values + previous, value)]
        table[cell] = probability
    return _Law(variables, values, table)


@dataclass(frozen=True)
class FiniteModel:
    """Random variables with three values each, and a random joint table per density name."""

    supports: Mapping[sp.Symbol, tuple]
    laws: Mapping[str, _Law]
    #: The laws drawn along a declared Markov chain (the others are any joint table).
    chained: tuple[str, ...] = ()
    _values: dict = field(default_factory=dict, compare=False, repr=False)

    def remembered(
        self, operator: sp.Expr, env: Mapping[sp.Symbol, sp.Expr], compute: Callable[[], mpmath.mpf]
    ) -> mpmath.mpf:
        """An operator's value where ``env`` values its free symbols, computed once per precision: a KL inside
        an expectation over other variables is met again at every assignment of theirs."""
        key = (operator, mpmath.mp.dps, frozenset((s, env[s]) for s in operator.free_symbols))
        if key not in self._values:
            self._values[key] = compute()
        return self._values[key]

    def describe(self) -> str:
        supports = "; ".join(
            f"{v} in {{{', '.join(f'{float(value):g}' for value in s)}}}" for v, s in self.supports.items()
        )
        honoured = " (declared Markov chains honoured)" if self.chained else ""
        return f"with {', '.join(sorted(self.laws))} random joint tables over {supports}{honoured}"

    def density(self, density: Density, env: Mapping[sp.Symbol, sp.Expr]) -> Fraction:
        law = self.laws[density.name]
        joint = law.marginal({v: env[v] for v in density.arguments})
        given = law.marginal({v: env[v] for v in density.given}) if density.given else sp.Integer(1)
        if given == 0:
            raise NotApplicable("conditioning on an event of probability zero")
        return joint / given


def build(exprs: Sequence[sp.Expr], context: Context, rng: np.random.Generator) -> FiniteModel:
    """A random finite model for the densities of ``exprs``, honouring the context's domains and chains."""
    densities = {d for e in exprs for d in e.atoms(Density)}
    random = set().union(*(set(d.arguments) for d in densities)) if densities else set()
    for e in exprs:
        for operator in e.atoms(Expectation, KL, sp.Integral):
            random |= set(operator.variables)
    supports = {}
    for variable in sorted(random, key=str):
        domain = domain_for(variable, context.domains)
        values: set = set()
        for _ in range(50):
            values.add(sample(domain, rng))
            if len(values) == SUPPORT:
                break
        if len(values) < SUPPORT:
            raise NotApplicable(f"{variable}'s domain has too few values")
        supports[variable] = tuple(sorted(values))
    laws = {}
    for name in sorted({d.name for d in densities}):
        variables = tuple(sorted({v for d in densities if d.name == name for v in d.arguments}, key=str))
        declared = [c for c in context.chains if c.name == name]
        chains = [c for c in declared if set(variables) <= set(c.order)]
        if declared and not chains:
            raise NotApplicable(f"a declared chain under {name} does not order all its variables")
        orders = {tuple(v for v in c.order if v in variables) for c in declared}
        if len({min(o, o[::-1], key=lambda t: tuple(map(str, t))) for o in orders}) > 1:
            raise NotApplicable(f"the chains declared under {name} order its variables differently")
        laws[name] = _random_law(variables, supports, chains[0] if chains else None, rng)
    chained = tuple(name for name in laws if any(c.name == name for c in context.chains))
    return FiniteModel(supports, laws, chained)


def evaluate(expr: sp.Expr, model: FiniteModel, env: Mapping[sp.Symbol, sp.Expr]) -> mpmath.mpf:
    """``expr`` in the model, with free symbols (random or not) valued by ``env``."""
    if isinstance(expr, Density):
        probability = model.density(expr, env)
        return mpmath.mpf(probability.numerator) / probability.denominator
    if isinstance(expr, KL):
        return model.remembered(expr, env, lambda: evaluate(expr.as_expectation(), model, env))
    if isinstance(expr, Expectation):
        return model.remembered(expr, env, lambda: _sum(expr.measure * expr.expr, expr.variables, model, env))
    if isinstance(expr, sp.Integral):
        return model.remembered(expr, env, lambda: _sum(expr.function, expr.variables, model, env))
    if isinstance(expr, sp.Symbol):
        return _number(env[expr], mpmath.mp.dps)
    if expr.is_Number or expr in (sp.pi, sp.E):
        return _number(expr, mpmath.mp.dps)
    args = [evaluate(arg, model, env) for arg in expr.args]
    if isinstance(expr, sp.Add):
        return mpmath.fsum(args)
    if isinstance(expr, sp.Mul):
        return mpmath.fprod(args)
    if isinstance(expr, sp.Pow):
        base, exponent = args
        if base == 0 and exponent < 0:
            raise NotApplicable("division by zero")
        return mpmath.power(base, exponent)
    if isinstance(expr, sp.log):
        if args[0] <= 0:
            raise NotApplicable("log of a non-positive number")
        return mpmath.log(args[0])
    if isinstance(expr, sp.exp):
        return mpmath.exp(args[0])
    raise NotApplicable(f"{type(expr).__name__} is not evaluated in a finite model")


@functools.lru_cache(maxsize=4096)
def _number(value: sp.Expr, digits: int) -> mpmath.mpf:
    """A SymPy number as an mpmath number at the working precision ``digits`` (exactly, for a rational)."""
    if value.is_Rational:
        return mpmath.mpf(int(value.p)) / int(value.q)
    return mpmath.mpf(str(sp.N(value, digits)))


def _sum(integrand: sp.Expr, variables: Sequence[sp.Symbol], model: FiniteModel, env: Mapping) -> mpmath.mpf:
    total = mpmath.mpf(0)
    for values in itertools.product(*(model.supports[v] for v in variables)):
        total += evaluate(integrand, model, {**env, **dict(zip(variables, values))})
    return total


def counterexample(
    relation: Relation,
    lhs: sp.Expr,
    rhs: sp.Expr,
    context: Context,
    models: int = 6,
    seed: int = 0,
) -> Counterexample | None:
    """A finite model and a point of its free symbols where ``lhs relation rhs`` fails, or None."""
    if relation is Relation.EQ_LAW or applicable((lhs, rhs), context) is not None:
        return None
    lhs, rhs = (substitute_equations(e, context.equations) for e in (lhs, rhs))
    defined = context.defined_symbols
    rng = np.random.default_rng(seed)
    with mpmath.workdps(DIGITS):
        for _ in range(models):
            try:
                model = build((lhs, rhs), context, rng)
                step = related(lhs.free_symbols | rhs.free_symbols, defined, context.constraints, context.domains)
                used = needed_definitions(defined, step)
                free = step | {s for e in used.values() for s in e.free_symbols}
                free -= set(used)
                random = {v: model.supports[v][int(rng.integers(SUPPORT))]  # in a fixed order: each draw takes the next
                          for v in sorted(free, key=str) if v in model.supports}  # fmt: skip
                point = {**random_point(free - set(random), context.domains, rng), **random}
                derived = _derived(used, point, model, context.domains)
                if derived is None or not satisfies({**point, **derived}, context.constraints):
                    continue
                point = {**point, **derived}
                left, right = evaluate(lhs, model, point), evaluate(rhs, model, point)
            except (NotApplicable, SamplingError, KeyError, ZeroDivisionError):
                continue
            if _fails(relation, left, right) and _confirmed(relation, lhs, rhs, model, point):
                named = tuple((str(s), float(v)) for s, v in sorted(point.items(), key=lambda kv: str(kv[0])))
                return Counterexample(named, float(_real(left)), float(_real(right)), model.describe())
    return None


def _derived(
    defined: Mapping[sp.Symbol, sp.Expr], point: Mapping, model: FiniteModel, domains: Mapping[sp.Symbol, sp.Set]
) -> dict[sp.Symbol, sp.Expr] | None:
    """The defined symbols' values at ``point``: a definition in densities evaluated in the model (at twice the
    working precision, as :func:`_confirmed` checks), any other as at every point; None when one leaves its
    domain."""
    values: dict[sp.Symbol, sp.Expr] = {}
    for symbol, definition in defined.items():
        if not definition.has(Density):
            found = derive({symbol: definition}, {**point, **values}, domains)
            if found is None:
                return None
            values.update(found)
            continue
        with mpmath.workdps(2 * DIGITS):
            number = sp.Float(mpmath.nstr(evaluate(definition, model, {**point, **values}), 2 * DIGITS), 2 * DIGITS)
        if domain_for(symbol, domains).contains(number) is not sp.true:
            return None
        values[symbol] = number
    return values


def _real(value: mpmath.mpf | mpmath.mpc) -> mpmath.mpf | None:
    """A value as a real number; None when it is not one (sqrt of a negative number, where the expression is
    undefined)."""
    if isinstance(value, mpmath.mpc):
        return value.real if value.imag == 0 else None
    return value


def _fails(relation: Relation, left: mpmath.mpf, right: mpmath.mpf) -> bool:
    """Whether the relation fails between two real values; a side that is not real is no violation."""
    left, right = _real(left), _real(right)
    if left is None or right is None:
        return False
    tolerance = TOLERANCE * (1 + max(abs(float(left)), abs(float(right))))
    check = Relation.LE if relation is Relation.LT else Relation.GE if relation is Relation.GT else relation
    return not check.holds(float(left), float(right), tolerance)


def _confirmed(relation: Relation, lhs: sp.Expr, rhs: sp.Expr, model: FiniteModel, point: Mapping) -> bool:
    """The violation again at twice the working precision (the model's tables are exact rationals)."""
    try:
        with mpmath.workdps(2 * DIGITS):
            return _fails(relation, evaluate(lhs, model, point), evaluate(rhs, model, point))
    except (NotApplicable, KeyError, ZeroDivisionError):
        return False
