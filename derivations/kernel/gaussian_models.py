"""Gaussian laws: a model of the density calculus for steps about a Gaussian forward process.

Where the assumptions say a law is Gaussian -- DDPM's forward process,
x_k | x_{k-1} ~ N(sqrt(a_k) x_{k-1}, 1 - a_k) (:class:`GaussianSteps`) -- a finite
model of :mod:`derivations.kernel.models` would contradict them.  Here every density
name is a Gaussian joint law: along declared Gaussian steps those transitions, with a
schedule a_k the model draws and a random Gaussian start; along another declared Markov
chain random linear-Gaussian transitions (a Gaussian chain is Markov in both directions);
without a chain a random linear-Gaussian network over its variables.

The log of a Gaussian density is a quadratic polynomial in its variables, and under a
Gaussian of mean m and covariance S the expectation of a quadratic f is
f(m) + (1/2) sum_ij S_ij d^2 f / dv_i dv_j: expectations and KLs of log-densities are
evaluated exactly.  The model draws its schedule among squares of rationals and every
other number among rationals, so every value is a rational but for logs of rationals and
of 2 pi, and a violation is confirmed at twice the working precision.

Where the assumptions state Gaussian laws themselves -- a definition
q(x_T | x_0) = N(a x_0 + b, v), a, b and v free of the random variables, or a
marginal p(x) = N(m, v) (:class:`Transition`) -- they are the chain's steps between
neighbours of its order (without a declared chain, the order they make: p(x), then
p(y | x)), and a start whose law is not stated (the data's, x_0) is drawn, or is the
standard normal for a law the context names in ``standard_starts``; every such
definition must then hold in the model at the point drawn, or the model is not used.

The model applies to concrete steps (sums written out at a small T by
:func:`derivations.kernel.sums.refute_at_small_sizes`): densities of plain variables
without parameters, each expectation over exactly the variables of one density, its
integrand a quadratic polynomial in them once logs of densities are written out, no
integral, derivative or undefined function, no declared noise, no random variable
defined by an expression, and no definition or equation about a density but the
Gaussian laws it states.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import mpmath
import numpy as np
import sympy as sp

from derivations.kernel.algebra import substitute_equations
from derivations.kernel.assumptions import Definition, GaussianSteps
from derivations.kernel.models import TOLERANCE, NotApplicable
from derivations.kernel.sampling import SamplingError, domain_for, random_point, sample, satisfies
from derivations.kernel.vocabulary import Counterexample, Relation
from derivations.probability import KL, Density, Expectation, Normal

if TYPE_CHECKING:
    from derivations.kernel.checking import Context

#: Working precision (digits) of the comparison; a violation is confirmed at twice it.
DIGITS = 40
#: The schedule's a_k are drawn among these squares of rationals (sqrt(a_k) stays rational).
SCHEDULE = tuple(sp.Rational(n, d) ** 2 for n, d in ((1, 2), (3, 4), (2, 3), (4, 5), (1, 3), (5, 6)))
#: Coefficients, offsets and variances of the random linear-Gaussian laws.
COEFFICIENTS = tuple(sp.Rational(n, 4) for n in (-6, -3, -2, 1, 2, 3, 5))
OFFSETS = tuple(sp.Rational(n, 2) for n in (-2, -1, 0, 1, 3))
VARIANCES = tuple(sp.Rational(n, 4) for n in (1, 2, 3, 4, 6, 9))

_EXCLUDED = (sp.Integral, sp.Derivative, sp.Limit, sp.Sum, sp.Product, sp.Subs, sp.core.function.AppliedUndef)


@dataclass(frozen=True)
class Gaussian:
    """A joint Gaussian law of ``variables``: mean vector ``mean`` and covariance ``covariance`` (exact)."""

    variables: tuple[sp.Symbol, ...]
    mean: sp.Matrix
    covariance: sp.Matrix

    def then(
        self, variable: sp.Symbol, weights: Mapping[sp.Symbol, sp.Expr], offset: sp.Expr, variance: sp.Expr
    ) -> Gaussian:
        """The joint law with ``variable`` = sum_j weights_j v_j + offset + N(0, variance) appended."""
        w = sp.Matrix([weights.get(v, 0) for v in self.variables])
        mean = self.mean.col_join(sp.Matrix([(w.T * self.mean)[0] + offset])) if self.variables else sp.Matrix([offset])
        if not self.variables:
            return Gaussian((variable,), mean, sp.Matrix([[variance]]))
        cross = self.covariance * w
        corner = sp.Matrix([[(w.T * cross)[0] + variance]])
        covariance = sp.BlockMatrix([[self.covariance, cross], [cross.T, corner]]).as_explicit()
        return Gaussian((*self.variables, variable), mean, covariance)

    def conditional(self, targets: Sequence[sp.Symbol], given: Sequence[sp.Symbol]) -> tuple[sp.Matrix, sp.Matrix]:
        """The mean (affine in the ``given`` symbols) and covariance of ``targets`` given ``given``."""
        position = {v: i for i, v in enumerate(self.variables)}
        a, b = [position[v] for v in targets], [position[v] for v in given]
        mean_a, cov_aa = self.mean.extract(a, [0]), self.covariance.extract(a, a)
        if not b:
            return mean_a, cov_aa
        cov_ab, cov_bb = self.covariance.extract(a, b), self.covariance.extract(b, b)
        if cov_bb.det() == 0:
            raise NotApplicable(f"the law of ({', '.join(map(str, given))}) is degenerate in the model")
        gain = cov_ab * cov_bb.inv()
        mean = mean_a + gain * (sp.Matrix(list(given)) - self.mean.extract(b, [0]))
        return mean.applyfunc(sp.expand), cov_aa - gain * cov_ab.T

    def log_density(self, density: Density) -> sp.Expr:
        """log N(v; m, S) of ``density``'s variables v given its conditioning ones: a quadratic polynomial."""
        if set(density.variables) & set(density.given):
            raise NotApplicable(f"{sp.sstr(density)} is the law of a variable given itself")
        mean, covariance = self.conditional(density.variables, density.given)
        if covariance.det() == 0:
            raise NotApplicable(f"{sp.sstr(density)} is degenerate in the model")
        residual = sp.Matrix(list(density.variables)) - mean
        quadratic = (residual.T * covariance.inv() * residual)[0]
        size = len(density.variables)
        return sp.expand(-sp.Rational(size, 2) * sp.log(2 * sp.pi) - sp.log(covariance.det()) / 2 - quadratic / 2)


@dataclass(frozen=True)
class Transition:
    """A stated Gaussian law of one variable given another: ``variable | given ~ N(coefficient given + offset,
    variance)``, the three free of the random variables; without ``given``, its marginal law N(offset, variance)."""

    name: str
    variable: sp.Symbol
    given: sp.Symbol | None
    coefficient: sp.Expr
    offset: sp.Expr
    variance: sp.Expr

    @property
    def parts(self) -> tuple[sp.Expr, sp.Expr, sp.Expr]:
        return self.coefficient, self.offset, self.variance

    @classmethod
    def stated(cls, definition: Definition, context: Context) -> Transition | None:
        """The transition ``definition`` states (``q(v | u) := N(v; a u + b, s)``), or None if it states none."""
        lhs, rhs = definition.lhs, definition.rhs
        if not (isinstance(lhs, Density) and isinstance(rhs, Normal)) or definition.relation is not Relation.EQ:
            return None
        if lhs.parameters or len(lhs.variables) != 1 or len(lhs.given) > 1 or rhs.point != lhs.variables[0]:
            return None
        (variable,), given = lhs.variables, (lhs.given or (None,))[0]
        if not (isinstance(variable, sp.Symbol) and isinstance(given, sp.Symbol | None)):
            return None
        mean, variance = (_unfolded(substitute_equations(e, context.equations), context) for e in (rhs.mean, rhs.var))
        coefficient = sp.diff(mean, given) if given is not None else sp.Integer(0)
        offset = sp.expand(mean - coefficient * given) if given is not None else mean
        if {variable, given} & (coefficient.free_symbols | offset.free_symbols | variance.free_symbols):
            return None  # not affine in the given variable, or its variance depends on the variables
        return cls(lhs.name, variable, given, coefficient, offset, variance)

    def holds(self, law: Gaussian, point: Mapping[sp.Symbol, sp.Expr], digits: int) -> bool:
        """Whether ``law`` gives this conditional law at ``point`` (its mean's two coefficients and its variance)."""
        given = () if self.given is None else (self.given,)
        mean, covariance = law.conditional((self.variable,), given)
        model = sp.expand(mean[0])
        slope = sp.diff(model, self.given) if given else sp.Integer(0)
        pairs = ((slope, self.coefficient), (model.subs(dict.fromkeys(given, 0)), self.offset),
                 (covariance[0, 0], self.variance))  # fmt: skip
        return all(_agree(a.xreplace(point), b.xreplace(point), digits) for a, b in pairs)


def _stated_order(name: str, stated: Sequence[Transition]) -> tuple[sp.Symbol, ...]:
    """The chain the stated laws of ``name`` make without a declared one: a variable's marginal law, then each
    variable's law given the one before it (p(x), p(y | x): x then y); else ()."""
    laws = [t for t in stated if t.name == name]
    start = [t.variable for t in laws if t.given is None]
    if len(start) != 1:
        return ()
    order = list(start)
    while True:
        after = [t.variable for t in laws if t.given == order[-1] and t.variable not in order]
        if len(after) != 1:
            return tuple(order)
        order.append(after[0])


def _transitions(context: Context, names: set[str]) -> tuple[list[Transition], str | None]:
    """The Gaussian laws the definitions state for the densities ``names``, or why another definition about
    one of them keeps the model from applying."""
    found = []
    for definition in context.definitions:
        if definition.lhs in context.defined_symbols:
            continue
        if not {d.name for d in (definition.lhs - definition.rhs).atoms(Density)} & names:
            continue
        transition = Transition.stated(definition, context)
        if transition is None:
            return [], f"the definition '{definition.name}' constrains a density"
        found.append(transition)
    return found, None


def _chain(
    order: Sequence[sp.Symbol],
    steps: Mapping[sp.Symbol, tuple[sp.Expr, sp.Expr, sp.Expr]],
    rng: np.random.Generator,
    standard: bool = False,
) -> Gaussian:
    """A Gaussian Markov chain along ``order``: a random start (the standard normal where ``standard``), then each
    variable an affine function of the one before it plus an independent Gaussian, ``steps`` (coefficient, offset,
    variance) where stated (the start's mean and variance too), random elsewhere."""
    law = Gaussian((), sp.Matrix(), sp.Matrix())
    for position, variable in enumerate(order):
        if position == 0 and variable in steps:  # a stated start: its law's mean and variance
            _, offset, variance = steps[variable]
            law = law.then(variable, {}, offset, variance)
        elif position == 0 and standard:
            law = law.then(variable, {}, sp.Integer(0), sp.Integer(1))
        elif position == 0:
            law = law.then(variable, {}, _draw(OFFSETS, rng), _draw(VARIANCES, rng))
        elif variable in steps:
            coefficient, offset, variance = steps[variable]
            law = law.then(variable, {order[position - 1]: coefficient}, offset, variance)
        else:
            law = law.then(variable, {order[position - 1]: _draw(COEFFICIENTS, rng)}, _draw(OFFSETS, rng),
                           _draw(VARIANCES, rng))  # fmt: skip
    return law


def _network(variables: Sequence[sp.Symbol], rng: np.random.Generator) -> Gaussian:
    """A random Gaussian joint law: each variable affine in all the ones before it plus a Gaussian."""
    law = Gaussian((), sp.Matrix(), sp.Matrix())
    for variable in variables:
        weights = {v: _draw(COEFFICIENTS, rng) for v in law.variables}
        law = law.then(variable, weights, _draw(OFFSETS, rng), _draw(VARIANCES, rng))
    return law


def _draw(choices: Sequence[sp.Expr], rng: np.random.Generator) -> sp.Expr:
    return choices[int(rng.integers(len(choices)))]


@dataclass(frozen=True)
class GaussianModel:
    """A Gaussian joint law per density name, and the schedule drawn for the declared Gaussian steps."""

    laws: Mapping[str, Gaussian]
    schedule: tuple[tuple[str, sp.Expr], ...]
    #: The Gaussian laws the assumptions state, which must hold in the model at the point drawn.
    stated: tuple[Transition, ...] = ()
    #: The names of the laws whose chain's start the model drew: no law of it is stated, nor is it standard.
    drawn_starts: frozenset[str] = frozenset()

    def describe(self) -> str:
        parts = []
        for name, law in sorted(self.laws.items()):
            means = ", ".join(sp.sstr(m) for m in law.mean)
            covariance = sp.sstr(law.covariance.tolist())
            parts.append(f"{name} the Gaussian of ({', '.join(map(str, law.variables))}) with mean ({means}) and "
                         f"covariance {covariance}")  # fmt: skip
        steps = ", ".join(f"{step} with a = {sp.sstr(a)}" for step, a in self.schedule)
        drawn = f" (the declared Gaussian steps: {steps})" if steps else ""
        return "in Gaussian laws: " + "; ".join(parts) + drawn

    def value(self, expr: sp.Expr) -> sp.Expr:
        """``expr`` with every density, expectation and KL evaluated: an expression in its free symbols."""
        if isinstance(expr, Density):
            return sp.exp(self._law(expr).log_density(expr))
        if isinstance(expr, Normal):
            return self.value(expr.pdf())
        if isinstance(expr, sp.log):
            return self._log(expr.args[0])
        if isinstance(expr, KL):
            return self.value(expr.as_expectation())
        if isinstance(expr, Expectation):
            return self._expectation(expr)
        if expr.has(*_EXCLUDED):
            raise NotApplicable("it contains integrals, derivatives, limits, sums or undefined functions")
        if not expr.has(Density, Expectation, KL):
            return expr
        return expr.func(*(self.value(arg) for arg in expr.args))

    def _law(self, density: Density) -> Gaussian:
        if density.parameters or not all(isinstance(a, sp.Symbol) for a in density.arguments):
            raise NotApplicable(f"{sp.sstr(density)} has parameters or an argument that is not a variable")
        return self.laws[density.name]

    def _log(self, argument: sp.Expr) -> sp.Expr:
        """log of ``argument``, a product of powers of densities written out as quadratic polynomials."""
        if isinstance(argument, Density):
            return self._law(argument).log_density(argument)
        if isinstance(argument, Normal):
            return self.value(argument.logpdf())
        if isinstance(argument, sp.Mul):
            return sp.Add(*(self._log(factor) for factor in argument.args))
        if isinstance(argument, sp.Pow) and argument.exp.is_Rational and argument.base.has(Density):
            return argument.exp * self._log(argument.base)
        return sp.log(self.value(argument))

    def _expectation(self, expectation: Expectation) -> sp.Expr:
        measure = expectation.measure
        if not isinstance(measure, Density) or set(expectation.variables) != set(measure.variables):
            raise NotApplicable("an expectation is not over exactly the variables of one density")
        variables = list(measure.variables)
        mean, covariance = self._law(measure).conditional(variables, measure.given)
        integrand = sp.expand(self.value(expectation.expr))
        if not integrand.is_polynomial(*variables) or sp.Poly(integrand, *variables).total_degree() > 2:
            raise NotApplicable("an integrand is not a quadratic polynomial of its variables")
        at_mean = integrand.xreplace(dict(zip(variables, mean)))
        spread = sum(covariance[i, j] * sp.diff(integrand, u, v)
                     for i, u in enumerate(variables) for j, v in enumerate(variables)) / 2  # fmt: skip
        return sp.expand(at_mean + spread)


def applicable(exprs: Sequence[sp.Expr], context: Context) -> str | None:
    """Why the Gaussian model cannot evaluate ``exprs`` under ``context``, or None when it can."""
    steps = [a for a in context.assumptions if isinstance(a, GaussianSteps)]
    names = {d.name for e in exprs for d in e.atoms(Density)}
    stated, unmet = _transitions(context, names)
    if unmet is not None:
        return unmet
    if not steps and not stated:
        return "no law is declared Gaussian"
    if any(not (s.start.is_Integer and s.stop.is_Integer) for s in steps):
        return "a Gaussian chain's limits are not concrete"
    if any((lhs - rhs).has(Density) for lhs, rhs in context.equations.items()):
        return "an equation constrains a density"
    if context.axioms:
        return "axioms are declared"
    variables = {a for e in exprs for d in e.atoms(Density) for a in d.arguments}
    if variables & context.noises:
        return "a declared noise would need its own law in the model"
    if variables & set(context.defined_symbols):
        return "a random variable of the model is also defined by an expression"
    return None


def build(exprs: Sequence[sp.Expr], context: Context, rng: np.random.Generator) -> GaussianModel:
    """Random Gaussian laws for the densities of ``exprs``: along the declared Gaussian steps and chains."""
    from derivations.kernel.sums import variable

    densities = {d for e in exprs for d in e.atoms(Density)}
    names = {d.name for d in densities}
    stated, _ = _transitions(context, names)
    laws, schedule, drawn_starts = {}, [], set()
    for name in sorted(names):
        used = {v for d in densities if d.name == name for v in d.arguments}
        declared = [s for s in context.assumptions if isinstance(s, GaussianSteps) and s.name == name]
        steps: dict[sp.Symbol, tuple[sp.Expr, sp.Expr, sp.Expr]] = {}
        orders = []  # the Gaussian steps' own first: their transitions run forward along it
        for gaussian in declared:
            order = tuple(variable(gaussian.base, k) for k in range(int(gaussian.start), int(gaussian.stop) + 1))
            orders.append(order)
            for current in order[1:]:
                a = _draw(SCHEDULE, rng)
                steps[current] = (sp.sqrt(a), sp.Integer(0), 1 - a)
                schedule.append((f"{name}'s to {current}", a))
        orders += [c.order for c in context.chains if c.name == name]
        if not orders and len(_stated_order(name, stated)) > 1:
            orders.append(_stated_order(name, stated))
        if len({min(o, o[::-1], key=lambda t: tuple(map(str, t))) for o in orders}) > 1:
            raise NotApplicable(f"the chains declared under {name} order its variables differently")
        if orders and not used <= set(orders[0]):
            raise NotApplicable(f"a declared chain under {name} does not order all its variables")
        if orders:
            neighbours = dict(zip(orders[0][1:], orders[0])) | {orders[0][0]: None}
            for transition in stated:  # a stated law of a variable given the one before it is that step
                before = neighbours.get(transition.variable, transition.variable)  # itself: not in the order
                if transition.name == name and before == transition.given:
                    steps.setdefault(transition.variable, transition.parts)
            standard = name in context.standard_starts
            if orders[0][0] not in steps and not standard:
                drawn_starts.add(name)
            laws[name] = _chain(orders[0], steps, rng, standard=standard)
        else:
            laws[name] = _network(sorted(used, key=str), rng)
    return GaussianModel(laws, tuple(schedule), tuple(t for t in stated if t.name in laws), frozenset(drawn_starts))


def counterexample(relation: Relation, lhs: sp.Expr, rhs: sp.Expr, context: Context, models: int = 2,
                   seed: int = 0) -> Counterexample | None:  # fmt: skip
    """Gaussian laws and a point of the free symbols where ``lhs relation rhs`` fails, or None."""
    if relation is Relation.EQ_LAW or applicable((lhs, rhs), context) is not None:
        return None
    lhs, rhs = (_unfolded(substitute_equations(e, context.equations), context) for e in (lhs, rhs))
    rng = np.random.default_rng(seed)
    for _ in range(models):
        try:
            model = build((lhs, rhs), context, rng)
            left, right = model.value(lhs), model.value(rhs)
            free = left.free_symbols | right.free_symbols
            random = {a for e in (lhs, rhs) for d in e.atoms(Density) for a in d.arguments}
            for law in model.laws.values():
                random |= set(law.variables)
                free |= law.mean.free_symbols | law.covariance.free_symbols
            for transition in model.stated:
                free |= {transition.variable, transition.given} - {None} | sp.Tuple(*transition.parts).free_symbols
            point = {v: sample(domain_for(v, context.domains), rng) for v in sorted(free & random, key=str)}
            point |= random_point(free - random, context.domains, rng)
            if not satisfies(point, context.constraints):
                continue
            if not all(t.holds(model.laws[t.name], point, 2 * DIGITS) for t in model.stated):
                continue  # the model breaks a law the assumptions state: it is not a model of them
            if not all(_positive_definite(law.covariance.xreplace(point)) for law in model.laws.values()):
                continue  # a stated variance negative at the point: no law at all
            left, right = left.xreplace(point), right.xreplace(point)
        except (NotApplicable, SamplingError, KeyError, ZeroDivisionError, sp.PolynomialError):
            continue
        if all(_fails(relation, left, right, digits) for digits in (DIGITS, 2 * DIGITS)):
            named = tuple((str(s), float(v)) for s, v in sorted(point.items(), key=lambda kv: str(kv[0])))
            drawn = tuple(step for step, _ in model.schedule)
            return Counterexample(named, float(left), float(right), model.describe(), drawn=drawn,
                                  drawn_starts=model.drawn_starts)  # fmt: skip
    return None


def _unfolded(expr: sp.Expr, context: Context) -> sp.Expr:
    """``expr`` with the symbols defined by an expression replaced by it (a bounded number of rounds)."""
    defined = context.defined_symbols
    for _ in range(len(defined) + 1):
        new = expr.xreplace(defined)
        if new == expr:
            return expr
        expr = new
    return expr


def _positive_definite(covariance: sp.Matrix) -> bool:
    """Whether a covariance evaluated at a point is one: every leading principal minor real and positive."""
    for size in range(1, covariance.rows + 1):
        minor = sp.N(covariance[:size, :size].det(), DIGITS)
        if not (minor.is_real and minor > 0):
            return False
    return True


def _agree(left: sp.Expr, right: sp.Expr, digits: int) -> bool:
    """Whether two exact values are equal, real and finite when evaluated to ``digits``."""
    a, b = (sp.N(side, digits) for side in (left, right))
    if not (a.is_Number and b.is_Number and a.is_real and b.is_real and a.is_finite and b.is_finite):
        return False
    return abs(a - b) <= TOLERANCE * (1 + max(abs(a), abs(b)))


def _fails(relation: Relation, left: sp.Expr, right: sp.Expr, digits: int) -> bool:
    """Whether the relation fails between the exact values ``left`` and ``right`` evaluated to ``digits``."""
    a, b = (sp.N(side, digits) for side in (left, right))
    if not (a.is_Number and b.is_Number and a.is_real and b.is_real and a.is_finite and b.is_finite):
        return False  # a side left unevaluated (a derivative the model cannot take) decides nothing
    with mpmath.workdps(digits):
        x, y = mpmath.mpf(str(a)), mpmath.mpf(str(b))
        tolerance = TOLERANCE * (1 + max(abs(x), abs(y)))
        check = Relation.LE if relation is Relation.LT else Relation.GE if relation is Relation.GT else relation
        return not check.holds(float(x), float(y), float(tolerance))
