"""Sums and products over an index with symbolic limits: Luo's sums over t = 1..T as kernel objects.

Luo writes the ELBOs for any number of steps T: ``prod_{t=1}^{T} q(x_t | x_{t-1})``,
``sum_{t=2}^{T} E_{q(x_t | x_0)}[...]``, ``q(x_{1:T} | x_0)``.  Here those are

* SymPy's :class:`~sympy.Sum` and :class:`~sympy.Product` with one bound index
  ``(t, a, b)``, a and b integers free of t: the terms t = a, a + 1, ..., b, none when
  b < a (every rule that cares requires its ranges in order, so SymPy's convention for
  reversed ranges is never relied on);
* indexed variables ``x[t]`` (SymPy's :class:`~sympy.IndexedBase`) and :class:`Slice`
  ``x_{a:b}`` = (x_a, ..., x_b), as arguments of densities and variables of expectations;
* :class:`IndexedMarkovChain`: (head..., x_start, ..., x_stop) is a Markov chain under a law.

A measure conditioned on a variable it also lists is over the others: at t = 1 the
measure q(x_{t-1}, x_t | x_0) is q(x_1 | x_0), with x_{t-1} = x_0 given, not integrated.

Index arithmetic (is t - 1 >= 1 for every t in the range? is the range 2..T not empty?)
is decided by :class:`Ranges` from the limits of the enclosing sums and the declared
domains and constraints of the free integers (``Domain(T, Range(2, oo))`` or
``Constraint(T >= 2)``); what it cannot show, a rule does not assume.

The rules (each a frozen dataclass that checks its conditions before it rewrites):
:class:`LogOfProduct`, :class:`SplitTerm`, :class:`ShiftIndex`, :class:`MergeRanges`,
:class:`Telescoping`, :class:`ExpectationOfSum`, :class:`Marginalize`,
:class:`ChainRule`, :class:`IndexedMarkov` and :class:`BlockAlgebra`.

Refutation: :func:`refute_at_small_sizes` instantiates T (and any free index) at the
smallest admissible values, expands every sum and product into its terms, and hands
the concrete step to the kernel's own refutation (closed forms, instances, finite models).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

import sympy as sp
from sympy.core.sympify import _sympify

from derivations.kernel.algebra import canonical, is_closed_form, positive_form, undeclared_parameters
from derivations.kernel.assumptions import GaussianSteps, MarkovChain, bridged
from derivations.kernel.convergence import expand_with_convergent_pieces, expectation_exists
from derivations.kernel.rules import ALGEBRA, Justification, Justified, Outcome, Unjustified, algebra, normalized
from derivations.kernel.sampling import domain_for, satisfies
from derivations.kernel.vocabulary import Relation, Verdict
from derivations.probability import Density, Expectation

if TYPE_CHECKING:
    from derivations.kernel.checking import Context

Loop = sp.Sum | sp.Product

# ------------------------------------------------------------------- objects


class Slice(sp.Expr):
    """``base_{start:stop}``: the variables base[start], ..., base[stop] (none when stop = start - 1)."""

    is_commutative = True

    def __new__(cls, base: sp.IndexedBase, start: sp.Expr, stop: sp.Expr):
        if not isinstance(base, sp.IndexedBase):
            raise TypeError(f"Slice: base must be a SymPy IndexedBase, got {base!r}")
        return super().__new__(cls, base, _sympify(start), _sympify(stop))

    @property
    def base(self) -> sp.IndexedBase:
        return self.args[0]

    @property
    def start(self) -> sp.Expr:
        return self.args[1]

    @property
    def stop(self) -> sp.Expr:
        return self.args[2]

    def _latex(self, printer) -> str:
        return rf"{printer._print(self.base)}_{{{printer._print(self.start)}:{printer._print(self.stop)}}}"

    def _sympystr(self, printer) -> str:
        return f"{printer._print(self.base)}[{printer._print(self.start)}:{printer._print(self.stop)}]"


@dataclass(frozen=True)
class IndexedMarkovChain:
    """Under the law ``name``, (head..., base[start], ..., base[stop]) is a Markov chain.

    Then name(A | B) = name(A | B') with B' the last member of B before A and the first
    after it (a Markov chain is one in either direction).
    """

    name: str
    base: sp.IndexedBase
    start: sp.Expr
    stop: sp.Expr
    head: tuple[sp.Symbol, ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.base, sp.IndexedBase):
            raise TypeError(f"IndexedMarkovChain {self.name}: base must be an IndexedBase, got {self.base!r}")
        if len(set(self.head)) != len(self.head):
            raise ValueError(f"IndexedMarkovChain {self.name}: a head variable appears twice in {self.head}")

    def at(self, values: Mapping[sp.Symbol, int]) -> MarkovChain:
        """The chain with its limits at ``values``: a :class:`MarkovChain` of plain symbols."""
        values = {s: sp.Integer(v) for s, v in values.items()}
        start, stop = (_sympify(e).xreplace(values) for e in (self.start, self.stop))
        if not (start.is_Integer and stop.is_Integer):
            raise NotInstantiable(f"the chain under {self.name} has limits {start}, {stop}")
        return MarkovChain(self.name, (*self.head, *(variable(self.base, k) for k in range(start, stop + 1))))

    def position(self, argument: sp.Expr) -> tuple[sp.Expr, sp.Expr] | None:
        """The positions (first, last) ``argument`` occupies in the chain, head variables before the base."""
        if argument in self.head:
            place = self.start - len(self.head) + self.head.index(argument)
            return place, place
        if isinstance(argument, sp.Indexed) and argument.base == self.base and len(argument.indices) == 1:
            return argument.indices[0], argument.indices[0]
        if isinstance(argument, Slice) and argument.base == self.base:
            return argument.start, argument.stop
        return None

    def _latex(self, printer) -> str:
        base = printer._print(self.base)
        chain = [printer._print(h) for h in self.head]
        chain += [rf"{base}_{{{printer._print(self.start)}}}", r"\cdots", rf"{base}_{{{printer._print(self.stop)}}}"]
        arrow = r" \to "
        return rf"{arrow.join(chain)} \text{{ is a Markov chain under }} {printer._print(sp.Symbol(self.name))}"


def variable(base: sp.IndexedBase, k: int) -> sp.Symbol:
    """base[k] at a concrete k: the plain symbol ``base_k`` with the base's assumptions (x[2] is x_2)."""
    label = base.label
    if not isinstance(label, sp.Symbol):  # z[k] where a definition of a bare z was substituted into the base
        raise NotInstantiable(f"{sp.sstr(label)} is no variable to index")
    return sp.Symbol(f"{label.name}_{k}", **label.assumptions0)


# ------------------------------------------------------------------- ranges


@dataclass(frozen=True)
class Ranges:
    """What is known of the integers of an expression: the enclosing loops' limits (a <= t <= b for
    t in a..b) and the declared domains and constraints of the free ones."""

    domains: Mapping[sp.Symbol, sp.Set] = field(default_factory=dict)
    constraints: tuple[sp.Basic, ...] = ()
    loops: tuple[tuple[sp.Symbol, sp.Expr, sp.Expr], ...] = ()

    @classmethod
    def of(cls, context: Context) -> Ranges:
        return cls(context.domains, context.constraints)

    def within(self, index: sp.Symbol, first: sp.Expr, last: sp.Expr) -> Ranges:
        """Inside a loop over index = first..last (vacuous when the range is empty)."""
        return replace(self, loops=(*self.loops, (index, first, last)))

    def bounds(self, symbol: sp.Symbol) -> tuple[list[sp.Expr], list[sp.Expr]]:
        """Lower and upper bounds known for ``symbol``."""
        for index, first, last in reversed(self.loops):
            if index == symbol:
                return [first], [last]
        lower, upper = [], []
        domain = domain_for(symbol, self.domains)
        if domain.is_subset(sp.S.Integers) is True:
            if domain.inf.is_finite:
                lower.append(domain.inf)
            if domain.sup.is_finite:
                upper.append(domain.sup)
        for constraint in self.constraints:
            found = _bound_from(constraint, symbol)
            if found is not None:
                (lower if found[0] else upper).append(found[1])
        return lower, upper

    def integer(self, expr: sp.Expr) -> bool:
        """``expr`` is an integer: a polynomial with integer coefficients in integer symbols."""
        if expr.is_integer:
            return True
        symbols = expr.free_symbols
        if not all(self._integer_symbol(s) for s in symbols):
            return False
        try:
            poly = sp.Poly(expr, *symbols) if symbols else None
        except sp.PolynomialError:
            return False
        return poly is not None and all(c.is_integer for c in poly.coeffs())

    def _integer_symbol(self, symbol: sp.Symbol) -> bool:
        return (
            symbol.is_integer is True
            or any(index == symbol for index, _, _ in self.loops)
            or domain_for(symbol, self.domains).is_subset(sp.S.Integers) is True
        )

    def nonnegative(self, expr: sp.Expr, depth: int = 0) -> bool:
        """``expr >= 0`` for every admissible value: each integer replaced by its worst bound (linear only)."""
        expr = sp.expand(expr)
        if not expr.free_symbols:
            return expr.is_nonnegative is True
        if depth > 12:
            return False
        symbol = self._next(expr.free_symbols)
        slope = sp.diff(expr, symbol)
        if not slope.is_number or (expr - slope * symbol).has(symbol):
            return False
        lower, upper = self.bounds(symbol)
        candidates = lower if slope > 0 else upper
        return any(self.nonnegative(expr.xreplace({symbol: bound}), depth + 1) for bound in candidates)

    def _next(self, symbols: set[sp.Symbol]) -> sp.Symbol:
        """The symbol to eliminate first: the innermost loop index, else one no other bound mentions."""
        for index, _, _ in reversed(self.loops):
            if index in symbols:
                return index
        ordered = sorted(symbols, key=str)
        for symbol in ordered:
            others = [s for s in ordered if s != symbol]
            if not any(symbol in b.free_symbols for s in others for b in sum(self.bounds(s), [])):
                return symbol
        return ordered[0]

    def le(self, a: sp.Expr, b: sp.Expr) -> bool:
        """a <= b throughout."""
        return self.nonnegative(b - a)

    def lt(self, a: sp.Expr, b: sp.Expr) -> bool:
        """a < b throughout (both integers)."""
        return self.nonnegative(b - a - 1)

    @staticmethod
    def equal(a: sp.Expr, b: sp.Expr) -> bool:
        return sp.expand(a - b) == 0

    def distinct(self, a: sp.Expr, b: sp.Expr) -> bool:
        return self.lt(a, b) or self.lt(b, a)


def _bound_from(constraint: sp.Basic, symbol: sp.Symbol) -> tuple[bool, sp.Expr] | None:
    """(True, L) for symbol >= L, (False, U) for symbol <= U, read from a linear constraint in ``symbol``."""
    if isinstance(constraint, (sp.GreaterThan, sp.StrictGreaterThan)):
        gap = constraint.lhs - constraint.rhs
    elif isinstance(constraint, (sp.LessThan, sp.StrictLessThan)):
        gap = constraint.rhs - constraint.lhs
    else:
        return None
    if symbol not in gap.free_symbols:
        return None
    slope = sp.diff(gap, symbol)
    rest = sp.expand(gap - slope * symbol)
    if not slope.is_number or slope == 0 or rest.has(symbol):
        return None
    bound = -rest / slope  # gap = slope * symbol + rest >= 0
    if isinstance(constraint, (sp.StrictGreaterThan, sp.StrictLessThan)) and bound.is_integer and symbol.is_integer:
        bound += 1 if slope > 0 else -1
    return (bool(slope > 0), bound)


def _range(first: sp.Expr, last: sp.Expr) -> str:
    return f"{sp.sstr(first)}..{sp.sstr(last)}"


# -------------------------------------------------------------------- loops


def loop_limits(node: sp.Basic) -> tuple[sp.Symbol, sp.Expr, sp.Expr] | None:
    """(index, first, last) of a sum or product over one index, else None."""
    if not isinstance(node, (sp.Sum, sp.Product)) or len(node.limits) != 1 or len(node.limits[0]) != 3:
        return None
    return tuple(node.limits[0])


def loop_failure(node: Loop, ranges: Ranges) -> str | None:
    """Why ``node`` is not a sum or product over t = a..b with integer limits free of t, or None."""
    limits = loop_limits(node)
    if limits is None:
        return f"{sp.sstr(node)} is not over one index with two limits"
    index, first, last = limits
    if index in first.free_symbols | last.free_symbols:
        return f"the index {index} appears in its own limits {_range(first, last)}"
    if not (ranges.integer(first) and ranges.integer(last)):
        return f"the limits {_range(first, last)} are not shown to be integers"
    if any(loop_limits(inner) and loop_limits(inner)[0] == index for inner in sp.preorder_traversal(node.function)):
        return f"an inner sum or product reuses the index {index}"
    return None


def _term(node: Loop, at: sp.Expr) -> sp.Expr:
    index = node.limits[0][0]
    return node.function.xreplace({index: at})


def _identity(node: Loop) -> sp.Expr:
    return sp.Integer(0) if isinstance(node, sp.Sum) else sp.Integer(1)


def _combine(node: Loop, *parts: sp.Expr) -> sp.Expr:
    return sp.Add(*parts) if isinstance(node, sp.Sum) else sp.Mul(*parts)


def _kind(node: Loop) -> str:
    return "sum" if isinstance(node, sp.Sum) else "product"


# ------------------------------------------------------------------ rewriting


@dataclass
class _Pass:
    """One bottom-up rewrite: ``transform(node, ranges)`` returns the node's replacement (with the
    conditions it checked), a reason it does not apply, or None; loop bodies see their index's range."""

    transform: Callable[[sp.Basic, Ranges], tuple[sp.Expr, tuple[str, ...]] | str | None]
    conditions: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    applied: int = 0
    measures_kept: bool = False  # rewrite an expectation's integrand only, its law as written

    def run(self, node: sp.Basic, ranges: Ranges) -> sp.Basic:
        if not node.args or isinstance(node, (sp.Symbol, sp.Number)):
            return node
        limits = loop_limits(node)
        if limits is not None and loop_failure(node, ranges) is None:
            body = self.run(node.function, ranges.within(*limits))
            rebuilt = node.func(body, node.limits[0]) if body != node.function else node
        elif self.measures_kept and isinstance(node, Expectation):
            body = self.run(node.expr, ranges)
            rebuilt = node.func(body, *node.args[1:]) if body != node.expr else node
        else:
            args = tuple(self.run(arg, ranges) for arg in node.args)
            rebuilt = node.func(*args) if args != node.args else node
        result = self.transform(rebuilt, ranges)
        if isinstance(result, str):
            self.failures.append(result)
            return rebuilt
        if result is None:
            return rebuilt
        new, conditions = result
        self.applied += 1
        self.conditions.extend(conditions)
        return new


def _walk(node: sp.Basic, ranges: Ranges) -> Iterator[tuple[sp.Basic, Ranges]]:
    """Every subexpression with the ranges of the loops around it."""
    yield node, ranges
    limits = loop_limits(node)
    if limits is not None and loop_failure(node, ranges) is None:
        yield from _walk(node.function, ranges.within(*limits))
        return
    for arg in node.args:
        yield from _walk(arg, ranges)


# ------------------------------------------------------------------ arguments


def _interval(argument: sp.Expr) -> tuple[sp.IndexedBase, sp.Expr, sp.Expr] | None:
    if isinstance(argument, sp.Indexed) and len(argument.indices) == 1:
        return argument.base, argument.indices[0], argument.indices[0]
    if isinstance(argument, Slice):
        return argument.base, argument.start, argument.stop
    return None


def _joined(first: sp.Expr, second: sp.Expr, ranges: Ranges) -> sp.Expr | None:
    """``first`` followed by ``second`` as one slice (one of them a slice, both in order), else None."""
    a, b = _interval(first), _interval(second)
    if a is None or b is None or a[0] != b[0] or not (isinstance(first, Slice) or isinstance(second, Slice)):
        return None
    if not Ranges.equal(a[2] + 1, b[1]):
        return None
    if not (ranges.le(a[1], a[2] + 1) and ranges.le(b[1], b[2] + 1)):
        return None
    return Slice(a[0], a[1], b[2])


def normal_arguments(arguments: Sequence[sp.Expr], ranges: Ranges) -> tuple[sp.Expr, ...]:
    """Density arguments with empty slices dropped, one-variable slices written as x[k], and adjacent
    pieces of one base joined into one slice (x_0, x_{1:T} is x_{0:T}): the same variables."""
    items = []
    for argument in arguments:
        if isinstance(argument, Slice):
            if Ranges.equal(argument.stop, argument.start - 1):
                continue
            if Ranges.equal(argument.stop, argument.start):
                argument = argument.base[argument.start]
        items.append(argument)
    merged = True
    while merged:
        merged = False
        for i, j in itertools.permutations(range(len(items)), 2):
            joined = _joined(items[i], items[j], ranges)
            if joined is not None:
                items = [item for k, item in enumerate(items) if k not in (i, j)]
                items.insert(min(i, j), joined)
                merged = True
                break
    return tuple(items)


def _joint_density(density: Density, ranges: Ranges) -> sp.Expr:
    """name(A | B) as name(A, B) / name(B), the arguments in normal form (the definition of a conditional)."""
    joint = density.of(normal_arguments(density.arguments, ranges))
    if not density.given:
        return joint
    given = normal_arguments(density.given, ranges)
    return joint / density.of(given) if given else joint


def _tidy(node: sp.Basic, ranges: Ranges) -> tuple[sp.Expr, tuple[str, ...]] | None:
    """A loop over exactly one term is that term; over none, 0 or 1; densities as joints over marginals."""
    if isinstance(node, Density):
        joint = _joint_density(node, ranges)
        return (joint, ()) if joint != node else None
    limits = loop_limits(node)
    if limits is None or loop_failure(node, ranges) is not None:
        return None
    _, first, last = limits
    if Ranges.equal(last, first):
        return _term(node, first), ()
    if Ranges.equal(last, first - 1):
        return _identity(node), ()
    return None


def prepared(expr: sp.Expr, ranges: Ranges) -> sp.Expr:
    """``expr`` ready for the kernel's algebra: trivial loops evaluated, densities as joints in normal form."""
    return _Pass(_tidy).run(expr, ranges)


def _identical(before: sp.Expr, after: sp.Expr, context: Context) -> bool:
    """The two sides have one canonical form, or canonical forms that expand to the same (the kernel's first tiers)."""
    parameters = undeclared_parameters(before, after)
    a = canonical(before, context.equations, context.domains, parameters)
    b = canonical(after, context.equations, context.domains, parameters)
    return a == b or expand_with_convergent_pieces(a - b) == 0


def _close(
    name: str,
    conditions: Sequence[str],
    relation: Relation,
    before: sp.Expr,
    after: sp.Expr,
    context: Context,
    uses: tuple[object, ...] = (),
    failures: Sequence[str] = (),
) -> Outcome:
    """The step follows when the kernel's algebra shows the rewritten sides equal."""
    ranges = Ranges.of(context)
    before, after = prepared(before, ranges), prepared(after, ranges)
    if not _identical(before, after, context):
        # a rewrite that leaves the sides apart at the smallest size fails there: no need for the slow tiers
        found = refute_at_small_sizes(relation, before, after, context, points=3, instances=True, sizes=1)
        if found is not None:
            return Unjustified(f"{name}: the sides still differ {found.reason.removeprefix('the relation fails ')} "
                               f"({found.counterexample.describe()})")  # fmt: skip
    proof = algebra(relation, before, after, context)
    if proof is None:
        note = f" ({failures[0]})" if failures else ""
        return Unjustified(f"{name}: the two sides are not shown equal after it{note}")
    return Justified(f"{name}, then {proof.method}", name, tuple(dict.fromkeys(conditions)), uses=uses)


@dataclass(frozen=True)
class _NormalForm(Justification):
    """A rule given as a rewrite to a normal form: applied to both sides, then the algebra."""

    @property
    def subject(self) -> str:
        raise NotImplementedError

    def transform(self, node: sp.Basic, ranges: Ranges, context: Context):
        raise NotImplementedError

    def uses(self, context: Context) -> tuple[object, ...]:
        return ()

    def precondition(self, context: Context) -> str | None:
        return None

    def rewrite(self, expr: sp.Expr, context: Context) -> tuple[sp.Expr, _Pass]:
        step = _Pass(lambda node, ranges: self.transform(node, ranges, context))
        return step.run(expr, Ranges.of(context)), step

    def justify(self, relation, previous, expr, context) -> Outcome:
        failed = self.precondition(context)
        if failed:
            return Unjustified(f"{self.name}: {failed}")
        (before, first), (after, second) = self.rewrite(previous, context), self.rewrite(expr, context)
        failures = first.failures + second.failures
        if not (first.applied or second.applied):
            return Unjustified(f"{self.name}: " + (failures[0] if failures else f"no {self.subject} in the step"))
        conditions = first.conditions + second.conditions
        return _close(self.name, conditions, relation, before, after, context, self.uses(context), failures)

    def sound_rewrite(self, context):
        if self.precondition(context):
            return None
        return lambda e: self.rewrite(e, context)[0]


# ------------------------------------------------------------ log of a product


def _positive(expr: sp.Expr, context: Context) -> bool:
    return positive_form(expr, context.domains).is_positive is True


@dataclass(frozen=True)
class LogOfProduct(_NormalForm):
    """log(c prod_{t=a}^{b} f(t)^k) = log c + k sum_{t=a}^{b} log f(t), each f(t) > 0 (k a number)."""

    @property
    def name(self) -> str:
        return "log of a product of positive factors"

    @property
    def subject(self) -> str:
        return "log of a product"

    def transform(self, node, ranges, context):
        if not isinstance(node, sp.log):
            return None
        rest, sums, conditions = [], [], []
        for factor in sp.Mul.make_args(node.args[0]):
            base, exponent = factor.as_base_exp()
            if not isinstance(base, sp.Product) or not exponent.is_number or not exponent.is_real:
                rest.append(factor)
                continue
            failed = loop_failure(base, ranges)
            if failed:
                return failed
            index, first, last = base.limits[0]
            if not _positive(base.function, context):
                return f"the factor {sp.sstr(base.function)} of the product is not shown positive"
            sums.append(exponent * sp.Sum(sp.log(base.function), (index, first, last)))
            conditions.append(f"{sp.sstr(base.function)} > 0 for {index} = {_range(first, last)}")
        if not sums:
            return None
        rest_product = sp.Mul(*rest)
        return (sp.log(rest_product) if rest_product != 1 else 0) + sp.Add(*sums), tuple(conditions)


# --------------------------------------------------------------- boundary terms


def _loops(expr: sp.Expr, ranges: Ranges) -> list[tuple[Loop, Ranges]]:
    return [(node, inner) for node, inner in _walk(expr, ranges) if loop_limits(node) is not None]


@dataclass(frozen=True)
class SplitTerm(Justification):
    """sum_{t=a}^{b} f(t) = f(a) + sum_{t=a+1}^{b} f(t) = sum_{t=a}^{b-1} f(t) + f(b) (and for products),
    when a <= b is shown: the first or last term split off, or merged back (a loop over a..a is its term)."""

    @property
    def name(self) -> str:
        return "split off the first or last term"

    @staticmethod
    def _splits(node: Loop) -> Iterator[tuple[str, sp.Expr, sp.Expr]]:
        index, first, last = node.limits[0]
        yield "first", node.func(node.function, (index, first + 1, last)), _term(node, first)
        yield "last", node.func(node.function, (index, first, last - 1)), _term(node, last)

    def _pairs(self, side: sp.Expr, other: sp.Expr, context: Context):
        """Each loop of ``side`` missing from ``other`` whose remainder (first or last term split off) is there."""
        replacements, conditions, failures = {}, [], []
        for node, ranges in _loops(side, Ranges.of(context)):
            if other.has(node) or node in replacements:
                continue
            failed = loop_failure(node, ranges)
            if failed:
                failures.append(failed)
                continue
            index, first, last = node.limits[0]
            if Ranges.equal(first, last):  # one term: split off, nothing remains
                replacements[node] = _term(node, first)
                conditions.append(f"the {_kind(node)} over {index} = {_range(first, last)} has one term")
                continue
            for end, remainder, term in self._splits(node):
                if not other.has(remainder):
                    continue
                if not ranges.le(first, last):
                    failures.append(f"the range {index} = {_range(first, last)} is not shown to be non-empty "
                                    f"({sp.sstr(first)} <= {sp.sstr(last)} does not follow from the assumptions)")  # fmt: skip
                    continue
                replacements[node] = _combine(node, term, remainder)
                conditions.append(f"{sp.sstr(first)} <= {sp.sstr(last)}: the {end} term of the {_kind(node)} "
                                  f"over {index} = {_range(first, last)} exists")  # fmt: skip
                break
        return replacements, conditions, failures

    def justify(self, relation, previous, expr, context) -> Outcome:
        failures = []
        for side, other, rebuild in ((previous, expr, lambda s: (s, expr)), (expr, previous, lambda s: (previous, s))):
            replacements, conditions, failed = self._pairs(side, other, context)
            failures += failed
            if replacements:
                before, after = rebuild(side.xreplace(replacements))
                outcome = _close(self.name, conditions, relation, before, after, context, failures=failed)
                if isinstance(outcome, Justified):
                    return outcome
                failures.append(outcome.reason)
        return Unjustified(failures[0] if failures else f"{self.name}: no sum or product loses its first or last term")


@dataclass(frozen=True)
class _EachLoop(_NormalForm):
    """A normal form applied to every well-formed sum and product (an ill-formed one is a failure)."""

    @property
    def subject(self) -> str:
        return "sum or product"

    def transform(self, node, ranges, context):
        if loop_limits(node) is None:
            return None
        return loop_failure(node, ranges) or self.each(node, ranges, context)

    def each(self, node: Loop, ranges: Ranges, context: Context):
        raise NotImplementedError


@dataclass(frozen=True)
class ShiftIndex(_EachLoop):
    """sum_{t=a}^{b} f(t) = sum_{t=a+k}^{b+k} f(t - k) for an integer k (and for products): every loop
    is compared shifted to start at 0, over one index."""

    @property
    def name(self) -> str:
        return "index shift"

    def each(self, node, ranges, context):
        index, first, last = node.limits[0]
        dummy = _canonical_index(len(ranges.loops))
        if first == 0 and index == dummy:
            return None
        shifted = node.func(node.function.xreplace({index: dummy + first}), (dummy, 0, last - first))
        return shifted, (f"{index} -> {index} + {sp.sstr(first)}, an integer",)


_INDICES: dict[int, sp.Dummy] = {}


def _canonical_index(depth: int) -> sp.Dummy:
    """The index a loop at ``depth`` is renamed to in a normal form (one per depth, never shown)."""
    return _INDICES.setdefault(depth, sp.Dummy(f"k{depth}", integer=True))


# ------------------------------------------------------------- merging ranges


def _split_loop(node: Loop, ranges: Ranges, context: Context):
    """A loop over a sum (product) of terms as the sum (product) of loops, constants taken out."""
    index, first, last = node.limits[0]
    dummy = _canonical_index(len(ranges.loops))
    function = node.function.xreplace({index: dummy})
    limits = (dummy, first, last)
    conditions = []
    if isinstance(node, sp.Sum):
        pieces = []
        for term in sp.Add.make_args(
            expand_with_convergent_pieces(function, deep=False, log=False, power_exp=False, multinomial=False)
        ):
            constant, dependent = term.as_independent(dummy, as_Add=False)
            pieces.append(constant * sp.Sum(dependent, limits) if dependent != 1 else constant * sp.Sum(1, limits))
        return sp.Add(*pieces), tuple(conditions)
    pieces = []
    for factor in sp.Mul.make_args(function):
        base, exponent = factor.as_base_exp()
        if exponent.has(dummy) or not exponent.is_integer:
            pieces.append(sp.Product(factor, limits))
            continue
        if exponent.is_negative and not _positive(base, context):
            return f"the divisor {sp.sstr(base)} is not shown nonzero"
        if not base.has(dummy):
            if not ranges.le(first, last + 1):
                return f"the range {_range(first, last)} is not shown to be in order"
            pieces.append(base ** (exponent * (last - first + 1)))
            continue
        pieces.append(sp.Product(base, limits) ** exponent)
        if exponent.is_negative:
            conditions.append(f"{sp.sstr(base)} > 0")
    return sp.Mul(*pieces), tuple(conditions)


@dataclass(frozen=True)
class MergeRanges(_EachLoop):
    """sum f + sum g = sum (f + g) and prod f prod g = prod (f g), prod f / prod g = prod (f / g) over one
    range (divisors positive), constant factors in or out: every loop is compared split into single terms."""

    @property
    def name(self) -> str:
        return "sums or products over the same range merged"

    def each(self, node, ranges, context):
        result = _split_loop(node, ranges, context)
        if isinstance(result, str):
            return result
        return result[0], ("one range: " + _range(*node.limits[0][1:]), *result[1])


# ------------------------------------------------------------------ telescoping


def _single_loop(term: sp.Expr, kind: type) -> tuple[sp.Expr, Loop] | None:
    """(c, loop) for a term c * loop (sums) or a factor loop**c (products)."""
    if kind is sp.Sum:
        loops = [f for f in sp.Mul.make_args(term) if isinstance(f, sp.Sum)]
        if len(loops) != 1:
            return None
        return sp.Mul(*(f for f in sp.Mul.make_args(term) if f is not loops[0])), loops[0]
    base, exponent = term.as_base_exp()
    return (exponent, base) if isinstance(base, sp.Product) else None


def _logs_expanded_in_loops(expr: sp.Expr, context: Context) -> sp.Expr:
    """``log(f(t) / f(t-1))`` in the body of a sum as ``log f(t) - log f(t-1)``, every factor shown positive (the
    difference a sum telescopes is often written as the log of a ratio)."""

    def expandable(node: sp.Basic) -> bool:
        if not (isinstance(node, sp.log) and isinstance(node.args[0], sp.Mul)):
            return False
        return all(e.is_real and _positive(b, context) for b, e in (f.as_base_exp() for f in node.args[0].args))

    def expanded(node: sp.log) -> sp.Expr:
        return sp.Add(*(e * sp.log(b) for b, e in (f.as_base_exp() for f in node.args[0].args)))

    def in_loop(node: sp.Basic) -> sp.Basic:
        if isinstance(node, sp.Sum):
            return node.func(node.function.replace(expandable, expanded), *node.limits)
        return node

    return expr.replace(lambda node: isinstance(node, sp.Sum), in_loop)


@dataclass(frozen=True)
class Telescoping(_NormalForm):
    """sum_{t=a}^{b} (f(t) - f(t-1)) = f(b) - f(a-1) and prod_{t=a}^{b} f(t) / f(t-1) = f(b) / f(a-1)
    (also with t + 1), for a <= b + 1 and, in a product, f(t) > 0.  The loops are first split into single
    terms (:class:`MergeRanges`), then each pair of loops over one range that differ by a shift of one cancels
    but for its ends."""

    @property
    def name(self) -> str:
        return "telescoping"

    @property
    def subject(self) -> str:
        return "telescoping sum or product"

    def rewrite(self, expr, context):
        split, _ = MERGE_RANGES.rewrite(_logs_expanded_in_loops(expr, context), context)
        return super().rewrite(split, context)

    def transform(self, node, ranges, context):
        kind = sp.Sum if isinstance(node, sp.Add) else sp.Product if isinstance(node, sp.Mul) else None
        if kind is None:
            return None
        conditions = []
        while True:
            done = self._telescope(node, kind, ranges, context)
            if done is None:
                break
            if isinstance(done, str):
                return done if not conditions else (node, tuple(conditions))
            node, condition = done
            conditions.append(condition)
            if not isinstance(node, sp.Add if kind is sp.Sum else sp.Mul):
                break
        return (node, tuple(conditions)) if conditions else None

    def _telescope(self, node: sp.Expr, kind: type, ranges: Ranges, context: Context):
        parts = list((sp.Add if kind is sp.Sum else sp.Mul).make_args(node))
        found = [(i, _single_loop(p, kind)) for i, p in enumerate(parts)]
        found = [(i, f) for i, f in found if f is not None and loop_failure(f[1], ranges) is None]
        for (i, (weight, loop)), (j, (other_weight, other)) in itertools.permutations(found, 2):
            if loop.limits[0] != other.limits[0] or not Ranges.equal(weight, -other_weight):
                continue
            index, first, last = loop.limits[0]
            function = loop.function
            if other.function != function.xreplace({index: index + 1}):
                continue
            # sum_{a}^{b} f(t) - sum_{a}^{b} f(t+1) = f(a) - f(b+1); the product likewise as a ratio
            if not ranges.le(first, last + 1):
                return f"the range {index} = {_range(first, last)} is not shown to be in order"
            if kind is sp.Product and not _positive(function, context):
                return f"{sp.sstr(function)} is not shown positive"
            ends = _term(loop, first), _term(loop, last + 1)
            boundary = weight * (ends[0] - ends[1]) if kind is sp.Sum else (ends[0] / ends[1]) ** weight
            rest = [p for k, p in enumerate(parts) if k not in (i, j)]
            rebuilt = sp.Add(boundary, *rest) if kind is sp.Sum else sp.Mul(boundary, *rest)
            return rebuilt, (f"{sp.sstr(first)} <= {sp.sstr(last)} + 1: the {_kind(loop)} over "
                             f"{index} = {_range(first, last)} telescopes")  # fmt: skip
        return None


# ------------------------------------------------------------ expectations


def _block_variables(variables: Sequence[sp.Expr]) -> bool:
    return any(isinstance(v, Slice) for v in variables)


def _defined(context: Context) -> set[sp.Symbol]:
    """Symbols a definition ties to other quantities: what they depend on is not visible where they appear."""
    return {s for d in context.definitions for s in d.lhs.free_symbols}


def may_depend(
    expr: sp.Expr, variables: Sequence[sp.Expr], ranges: Ranges, defined: set[sp.Symbol] = frozenset()
) -> bool:
    """Whether ``expr`` may depend on ``variables`` (symbols, x[i] or slices; an index not shown distinct may
    coincide; a ``defined`` symbol may stand for anything)."""
    symbols = [v for v in variables if isinstance(v, sp.Symbol)]
    if any(s in expr.free_symbols for s in symbols) or expr.free_symbols & defined:
        return True
    pieces = [_interval(v) for v in variables if _interval(v) is not None]
    if not pieces:
        return False
    for node in sp.preorder_traversal(expr):
        found = _interval(node)
        if found is None:
            continue
        for base, first, last in pieces:
            if found[0] == base and not (ranges.lt(found[2], first) or ranges.lt(last, found[1])):
                return True
    return False


@dataclass(frozen=True)
class ExpectationOfSum(_NormalForm):
    """E[sum_{t=a}^{b} f(t)] = sum_{t=a}^{b} E[f(t)], E[f + g] = E[f] + E[g], E[c f] = c E[f] for c free of
    the expectation's variables: a finite sum, each term integrable (shown to exist, or trusted where the kernel
    trusts it: :func:`~derivations.kernel.convergence.expectation_shown_to_exist`)."""

    @property
    def name(self) -> str:
        return "linearity of expectation over a sum"

    @property
    def subject(self) -> str:
        return "expectation of a sum"

    def transform(self, node, ranges, context):
        if not isinstance(node, Expectation):
            return None
        argument = sp.expand_log(node.expr)  # logs of positive products as sums of logs
        terms = sp.Add.make_args(
            expand_with_convergent_pieces(argument, deep=False, log=False, power_exp=False, multinomial=False)
        )
        total, conditions, changed = sp.Integer(0), [], len(terms) > 1
        for term in terms:
            constant, dependent = self._factor(term, node.variables, ranges, _defined(context))
            piece = Expectation(dependent, node.measure, node.variables)
            if len(terms) > 1 and not expectation_exists(piece):
                return f"{sp.sstr(piece)} is not shown to exist, so the expectation is not split (∞ - ∞)"
            changed |= constant != 1
            limits = loop_limits(dependent)
            if isinstance(dependent, sp.Sum) and loop_failure(dependent, ranges) is None:
                index, first, last = limits
                if may_depend(first, node.variables, ranges) or may_depend(last, node.variables, ranges):
                    return f"the limits {_range(first, last)} depend on the expectation's variables"
                if index in node.measure.free_symbols or any(index in v.free_symbols for v in node.variables):
                    return f"the index {index} is also used by the expectation's measure"
                inner = Expectation(dependent.function, node.measure, node.variables)
                inner_ranges = ranges.within(index, first, last)
                done = self.transform(inner, inner_ranges, context)
                inner = done[0] if isinstance(done, tuple) else inner
                total += constant * sp.Sum(inner, (index, first, last))
                conditions.append(f"the sum over {index} = {_range(first, last)} is finite")
                changed = True
            elif dependent == 1 and normalized(node.measure, node.variables, context) is None:
                total += constant  # E_q[c] = c for a probability density q
                conditions.append(f"{sp.sstr(node.measure)} is a probability density")
            else:
                total += constant * Expectation(dependent, node.measure, node.variables)
        if not changed:
            return None
        return total, (*conditions, "the factors taken out are free of the expectation's variables")

    @staticmethod
    def _factor(term: sp.Expr, variables, ranges: Ranges, defined: set[sp.Symbol]) -> tuple[sp.Expr, sp.Expr]:
        constant, dependent = [], []
        for factor in sp.Mul.make_args(term):
            (dependent if may_depend(factor, variables, ranges, defined) else constant).append(factor)
        return sp.Mul(*constant), sp.Mul(*dependent)


# -------------------------------------------------------------- chains


def _chains(context: Context) -> tuple[IndexedMarkovChain, ...]:
    return tuple(a for a in context.assumptions if isinstance(a, IndexedMarkovChain))


def chain_text(chain: IndexedMarkovChain) -> str:
    head = "".join(f"{h}, " for h in chain.head)
    return f"({head}{chain.base}_{sp.sstr(chain.start)}, ..., {chain.base}_{sp.sstr(chain.stop)}) under {chain.name}"


@dataclass(frozen=True)
class Marginalize(_NormalForm):
    """E_{q(x_{a:b} | C)}[f] = E_{q(V | C)}[f], V the variables of x_{a:b} that f depends on (exactly those),
    for a block of a declared :class:`IndexedMarkovChain`; a member of V that may be x_{a-1} is given when
    x_{a-1} is in C (it is not integrated)."""

    @property
    def name(self) -> str:
        return "marginalization to the variables the term depends on"

    @property
    def subject(self) -> str:
        return "expectation over a block x_{a:b}"

    def transform(self, node, ranges, context):
        if not isinstance(node, Expectation) or not _block_variables(node.variables):
            return None
        measure = node.measure
        if not isinstance(measure, Density) or len(node.variables) != 1 or measure.variables != node.variables:
            return f"the measure {sp.sstr(measure)} is not one density over exactly the block"
        (block,) = node.variables
        chain = next((c for c in _chains(context) if c.name == measure.name and c.base == block.base), None)
        if chain is None:
            return f"no Markov chain over {block.base} under {measure.name} is declared"
        if not (ranges.le(chain.start, block.start) and ranges.le(block.stop, chain.stop)):
            return f"the block {sp.sstr(block)} is not shown to lie within the chain {chain_text(chain)}"
        hidden = node.expr.free_symbols & _defined(context)
        if hidden:
            return f"the term mentions {', '.join(sorted(map(str, hidden)))}, defined through other quantities"
        kept = self._dependence(node.expr, block, measure.given, ranges)
        if isinstance(kept, str):
            return kept
        condition = (
            f"the term depends on {', '.join(map(sp.sstr, kept)) or 'none'} of {sp.sstr(block)}",
            f"{chain_text(chain)} is declared",
        )
        if not kept:
            return node.expr, condition
        return Expectation(node.expr, measure.of(kept, measure.given), kept), condition

    @staticmethod
    def _dependence(expr: sp.Expr, block: Slice, given, ranges: Ranges) -> tuple[sp.Expr, ...] | str:
        kept = []
        for node in sp.preorder_traversal(expr):
            found = _interval(node)
            if found is None or found[0] != block.base or node in kept:
                continue
            if isinstance(node, Slice):
                return f"the term depends on the block {sp.sstr(node)}, not on single variables"
            (index,) = node.indices
            if ranges.lt(index, block.start) or ranges.lt(block.stop, index):
                continue  # not one of the expectation's variables
            inside = ranges.le(block.start, index) and ranges.le(index, block.stop)
            below_is_given = block.base[block.start - 1] in given
            if inside or (below_is_given and ranges.le(block.start - 1, index) and ranges.le(index, block.stop)):
                kept.append(node)
                continue
            return f"{sp.sstr(node)} is not shown to be inside or outside the block {sp.sstr(block)}"
        return tuple(kept)

    def uses(self, context):
        return _chains(context)


@dataclass(frozen=True)
class ChainRule(_NormalForm):
    """The chain rule of probability over a block: prod_{i=l}^{h} q(x_i | x_{i+1:e}, C) = q(x_{l:h} | x_{h+1:e}, C)
    and prod_{i=l}^{h} q(x_i | x_{s:i-1}, C) = q(x_{l:h} | x_{s:l-1}, C) (l <= h + 1, h <= e or s <= l, and C
    free of the index and outside the block), for any joint law."""

    @property
    def name(self) -> str:
        return "chain rule of probability"

    @property
    def subject(self) -> str:
        return "product of conditionals along a block"

    def transform(self, node, ranges, context):
        if not isinstance(node, sp.Product) or not isinstance(node.function, Density):
            return None
        failed = loop_failure(node, ranges)
        if failed:
            return failed
        index, first, last = node.limits[0]
        density = node.function
        if len(density.variables) != 1 or not isinstance(density.variables[0], sp.Indexed):
            return None
        (target,) = density.variables
        offset = sp.expand(target.indices[0] - index)
        blocks = [g for g in density.given if isinstance(g, Slice) and g.base == target.base]
        if offset.has(index) or len(blocks) != 1:
            return None
        (block,) = blocks
        others = tuple(g for g in density.given if g is not block)
        low, high = first + offset, last + offset
        if any(o.has(index) for o in others):
            return f"{sp.sstr(density)} is conditioned on variables that change with {index}"
        if Ranges.equal(block.start, target.indices[0] + 1) and not block.stop.has(index):
            end = block.stop
            joint = density.of((Slice(target.base, low, high),), (Slice(target.base, high + 1, end), *others))
            needed = ((low, high + 1), (high, end))
            span = (low, end)
        elif Ranges.equal(block.stop, target.indices[0] - 1) and not block.start.has(index):
            start = block.start
            joint = density.of((Slice(target.base, low, high),), (Slice(target.base, start, low - 1), *others))
            needed = ((low, high + 1), (start, low))
            span = (start, high)
        else:
            return None
        for a, b in needed:
            if not ranges.le(a, b):
                return f"{sp.sstr(a)} <= {sp.sstr(b)} is not shown (the blocks of {sp.sstr(node)})"
        for other in others:
            found = _interval(other)
            if found and found[0] == target.base and not (ranges.lt(found[2], span[0]) or ranges.lt(span[1], found[1])):
                return f"{sp.sstr(other)} may be one of the block's variables"
        return joint, (f"{sp.sstr(node)} runs over the block {target.base}_{sp.sstr(span[0])}:{sp.sstr(span[1])}",)


@dataclass(frozen=True)
class _OnDeclaredChains(_NormalForm):
    """A normal form that holds because the indexed Markov ``chains`` are declared (its condition)."""

    chains: tuple[IndexedMarkovChain, ...]

    def precondition(self, context):
        declared = _chains(context)
        missing = [c for c in self.chains if c not in declared]
        return f"no Markov chain {chain_text(missing[0])} is declared" if missing else None

    def missing(self, context):
        failed = self.precondition(context)
        return f"the step cites a chain that is not declared: {failed}" if failed else None

    def uses(self, context):
        return self.chains

    def chain(self, density: Density) -> IndexedMarkovChain | None:
        """The declared chain of ``density``'s law, if any."""
        return next((c for c in self.chains if c.name == density.name), None)

    def outside_measures(self, expr: sp.Expr, context: Context) -> tuple[sp.Expr, _Pass]:
        """``expr`` rewritten by ``_transform(node, ranges)``, the laws of its expectations kept as written."""
        step = _Pass(self._transform, measures_kept=True)
        return step.run(expr, Ranges.of(context)), step


@dataclass(frozen=True)
class IndexedMarkov(_OnDeclaredChains):
    """name(A | B) = name(A | B') by a declared :class:`IndexedMarkovChain`: B' is the last member of B before A
    and the first after it, positions decided from the loops' ranges and the declared bounds."""

    @property
    def name(self) -> str:
        return "Markov property"

    @property
    def subject(self) -> str:
        return "density the chain reduces"

    def transform(self, node, ranges, context):
        if not isinstance(node, Density) or not node.given:
            return None
        chain = self.chain(node)
        if chain is None:
            return None
        return self._reduce(node, chain, ranges)

    @staticmethod
    def _reduce(density: Density, chain: IndexedMarkovChain, ranges: Ranges):
        variables = normal_arguments(density.variables, ranges)
        given = normal_arguments(density.given, ranges)
        places = {}
        for argument in (*variables, *given):
            place = chain.position(argument)
            if place is None:
                return None  # a variable off the chain: nothing is known of it
            first, last = place
            lowest = chain.start if argument not in chain.head else chain.start - len(chain.head)
            if not (ranges.le(lowest, first) and ranges.le(last, chain.stop)):
                return f"{sp.sstr(argument)} is not shown to lie on the chain {chain_text(chain)}"
            if not ranges.le(first, last):
                return f"the block {sp.sstr(argument)} is not shown to be non-empty"
            places[argument] = place
        low = extreme([places[v][0] for v in variables], ranges, lowest=True)
        high = extreme([places[v][1] for v in variables], ranges, lowest=False)
        if low is None or high is None:
            return f"the variables of {sp.sstr(density)} are not shown to be in order"
        before, after = [], []
        for argument in given:
            first, last = places[argument]
            if ranges.lt(last, low):
                before.append((last, argument))
            elif ranges.lt(high, first):
                after.append((first, argument))
            else:
                return f"{sp.sstr(argument)} is not shown to lie before or after {', '.join(map(sp.sstr, variables))}"
        kept = []
        for side, lowest in ((before, False), (after, True)):
            if not side:
                continue
            place = extreme([p for p, _ in side], ranges, lowest=lowest)
            if place is None:
                return f"the nearest of {', '.join(sp.sstr(a) for _, a in side)} is not decided"
            argument = next(a for p, a in side if p == place)
            kept.append(argument if not isinstance(argument, Slice) else argument.base[place])
        if set(kept) == set(given):
            return None
        reduced = density.of(variables, kept)
        return reduced, (f"{chain_text(chain)} is declared: {sp.sstr(density)} = {sp.sstr(reduced)}",)


def _shifted(node: Loop, ranges: Ranges) -> Loop:
    """``node`` over the canonical index of its depth, from 0 (see :class:`ShiftIndex`)."""
    index, first, last = node.limits[0]
    dummy = _canonical_index(len(ranges.loops))
    return node.func(node.function.xreplace({index: dummy + first}), (dummy, 0, last - first))


@dataclass(frozen=True)
class MarkovFactorization(_OnDeclaredChains):
    """A block's density along a declared :class:`IndexedMarkovChain` as the product of its transitions:
    q(x_{l:h} | x_{l-1}) = prod_{k=l}^{h} q(x_k | x_{k-1}), q(x_{l:h} | x_{h+1}) = prod_{k=l}^{h} q(x_k | x_{k+1})
    (any other conditioning variable first dropped by the Markov property), and a block's joint
    q(x_{l:h}) = q(x_l) prod_{k=l+1}^{h} q(x_k | x_{k-1}) or, ``backward``, q(x_h) prod_{k=l}^{h-1} q(x_k | x_{k+1})
    (a Markov chain is one in either direction).  In the normal form a term next to a product of transitions
    joins it, q(x_1 | x_0) prod_{t=2}^{T} q(x_t | x_{t-1}) = prod_{t=1}^{T} q(x_t | x_{t-1}), and every
    product runs over its depth's index from 0.  Laws of an expectation are kept as written."""

    backward: bool = False

    @property
    def name(self) -> str:
        return "factorization along the Markov chain"

    @property
    def subject(self) -> str:
        return "density of a block on the chain"

    def rewrite(self, expr, context):
        return self.outside_measures(expr, context)

    def _transform(self, node, ranges):
        if isinstance(node, Density):
            chain = self.chain(node)
            return None if chain is None else self._factorized(node, chain, ranges)
        if isinstance(node, sp.Mul):
            return self._joined(node, ranges)
        if isinstance(node, sp.Product) and isinstance(node.function, Density) and loop_failure(node, ranges) is None:
            shifted = _shifted(node, ranges)
            return None if shifted == node else (shifted, ())
        return None

    def _factorized(self, density: Density, chain: IndexedMarkovChain, ranges: Ranges):
        reduced = IndexedMarkov._reduce(density, chain, ranges)
        if isinstance(reduced, str):
            return reduced
        conditions: tuple[str, ...] = ()
        if reduced is not None:
            density, conditions = reduced
        variables, given = normal_arguments(density.variables, ranges), normal_arguments(density.given, ranges)
        if len(variables) != 1 or not isinstance(variables[0], Slice) or variables[0].base != chain.base:
            return None
        block = variables[0]
        low, high, base = block.start, block.stop, block.base
        if not ranges.le(low, high):
            return f"the block {sp.sstr(block)} is not shown to be non-empty"
        k = sp.Dummy("k", integer=True)
        forward, backward = density.of((base[k],), (base[k - 1],)), density.of((base[k],), (base[k + 1],))
        if given == (base[low - 1],):
            first, factors = sp.Integer(1), sp.Product(forward, (k, low, high))
        elif given == (base[high + 1],):
            first, factors = sp.Integer(1), sp.Product(backward, (k, low, high))
        elif not given and not self.backward:
            first, factors = density.of((base[low],)), sp.Product(forward, (k, low + 1, high))
        elif not given:
            first, factors = density.of((base[high],)), sp.Product(backward, (k, low, high - 1))
        else:
            return None
        why = f"{chain_text(chain)} is declared: {sp.sstr(density)} is the product of its transitions"
        return first * _shifted(factors, ranges), (*conditions, why)

    def _joined(self, node: sp.Mul, ranges: Ranges):
        """A factor next to a product of transitions joined to it (its term just before or after the range)."""
        factors = list(node.args)
        for position, loop in enumerate(factors):
            if not (isinstance(loop, sp.Product) and isinstance(loop.function, Density)):
                continue
            if loop_failure(loop, ranges) is not None:
                continue
            _, first, last = loop.limits[0]
            for at, limits in ((first - 1, (first - 1, last)), (last + 1, (first, last + 1))):
                term = _term(loop, at)
                if term in factors and ranges.le(first - 1, last):
                    joined = _shifted(loop.func(loop.function, (loop.limits[0][0], *limits)), ranges)
                    rest = [f for i, f in enumerate(factors) if i != position]
                    rest.remove(term)
                    return sp.Mul(joined, *rest), (f"{sp.sstr(first - 1)} <= {sp.sstr(last)}: {sp.sstr(term)} joins "
                                                   f"the product next to it",)  # fmt: skip
        return None


@dataclass(frozen=True)
class ChainPosterior(_OnDeclaredChains):
    """A variable of a declared :class:`IndexedMarkovChain` given one before it and one after it, by Bayes'
    rule and the Markov property: q(x_k | x_i, x_j) = q(x_j | x_k) q(x_k | x_i) / q(x_j | x_i) for i < k < j
    (other conditioning variables first dropped by the Markov property).  Logs in loops are then expanded,
    so that the factors cancel term by term."""

    @property
    def name(self) -> str:
        return "posterior along the Markov chain"

    @property
    def subject(self) -> str:
        return "density of a chain's variable given one before and one after it"

    def rewrite(self, expr, context):
        rewritten, step = self.outside_measures(expr, context)
        return (_logs_expanded_in_loops(rewritten, context) if step.applied else rewritten), step

    def _transform(self, node, ranges):
        if not isinstance(node, Density) or len(node.given) < 2:
            return None
        chain = self.chain(node)
        if chain is None:
            return None
        reduced = IndexedMarkov._reduce(node, chain, ranges)
        if isinstance(reduced, str):
            return reduced
        density, conditions = reduced if reduced is not None else (node, ())
        variables, given = normal_arguments(density.variables, ranges), normal_arguments(density.given, ranges)
        if len(variables) != 1 or len(given) != 2 or any(isinstance(a, Slice) for a in (*variables, *given)):
            return None
        (middle,) = variables
        if any(chain.position(a) is None for a in (middle, *given)):  # X_t beside the chain of x: not its variable
            return None
        k = chain.position(middle)[0]
        before = [a for a in given if ranges.lt(chain.position(a)[0], k)]
        after = [a for a in given if ranges.lt(k, chain.position(a)[0])]
        if len(before) != 1 or len(after) != 1:
            return None
        (before,), (after,) = before, after
        posterior = bridged(density, before, middle, after)
        why = (f"{chain_text(chain)} is declared: {sp.sstr(density)} = {sp.sstr(posterior)} "
               f"(Bayes' rule, then the Markov property)")  # fmt: skip
        return posterior, (*conditions, why)


def extreme(places: Sequence[sp.Expr], ranges: Ranges, lowest: bool) -> sp.Expr | None:
    """The place shown to be <= (or >=) every other, else None."""
    for place in places:
        if all(ranges.le(place, p) if lowest else ranges.le(p, place) for p in places):
            return place
    return None


def markov_chain(*chains: IndexedMarkovChain) -> IndexedMarkov:
    """The Markov property of declared indexed chains, for every density they reduce."""
    return IndexedMarkov(tuple(chains))


def factorizations(*chains: IndexedMarkovChain) -> tuple[MarkovFactorization | ChainPosterior, ...]:
    """The factorizations of declared indexed chains: joints written forward and backward, and the posterior of
    a variable between two others."""
    chains = tuple(chains)
    return MarkovFactorization(chains), MarkovFactorization(chains, backward=True), ChainPosterior(chains)


# --------------------------------------------------------------- whole blocks


def _outside_densities(expr: sp.Basic, block: Slice) -> bool:
    """Whether ``block`` appears in ``expr`` other than as a density's argument or an expectation's variables."""
    if expr == block:
        return True
    if isinstance(expr, Density):
        return False
    if isinstance(expr, Expectation):
        return _outside_densities(expr.expr, block) or _outside_densities(expr.measure, block)
    return any(_outside_densities(arg, block) for arg in expr.args)


@dataclass(frozen=True)
class BlockAlgebra(Justification):
    """The kernel's density calculus with each block x_{a:b} as one variable, where the step mentions its
    variables only through the whole block and only as arguments of densities."""

    label: str = ""

    @property
    def name(self) -> str:
        return f"{self.label} (the block as one variable)" if self.label else "the block as one variable"

    def _as_variables(self, sides: Sequence[sp.Expr], ranges: Ranges) -> dict[Slice, sp.Symbol] | str:
        blocks = {n for side in sides for n in sp.preorder_traversal(side) if isinstance(n, Slice)}
        if not blocks:
            return "no block x_{a:b} in the step"
        for block in blocks:
            for side in sides:
                for node in sp.preorder_traversal(side):
                    found = _interval(node)
                    if node == block or found is None or found[0] != block.base:
                        continue
                    if not (ranges.lt(found[2], block.start) or ranges.lt(block.stop, found[1])):
                        return f"{sp.sstr(node)} may be one of the variables of {sp.sstr(block)}"
                if _outside_densities(side, block):
                    return f"{sp.sstr(block)} appears outside the arguments of a density"
        return {block: sp.Dummy(str(block), real=True) for block in blocks}

    def justify(self, relation, previous, expr, context) -> Outcome:
        mapping = self._as_variables((previous, expr), Ranges.of(context))
        if isinstance(mapping, str):
            return Unjustified(f"{self.name}: {mapping}")
        before, after = previous.xreplace(mapping), expr.xreplace(mapping)
        conditions = tuple(f"{sp.sstr(b)} is mentioned only as a whole, as a density's argument" for b in mapping)
        return _close(self.name, conditions, relation, before, after, context)


# ------------------------------------------------------------ compositions


@dataclass(frozen=True)
class Composed(Justification):
    """Several normal forms in turn, then the algebra: Ho et al.'s expansion of -E_q[log p(x_{0:T}) / q(x_{1:T} |
    x_0)] into sums of log-transitions is a factorization, logs of products, linearity and an index shift.  Each
    rewrite is its rule's own, with its conditions checked; one whose conditions fail is skipped (equals stay
    equal), and the step is proved only if the rewritten sides are shown equal.  ``definitions`` are written out
    first: a name the note defined by an expectation (its ELBO) is expanded before the chain is."""

    steps: tuple[_NormalForm, ...]
    definitions: tuple = ()

    @property
    def name(self) -> str:
        return "normal forms in turn"

    def justify(self, relation, previous, expr, context) -> Outcome:
        before, after, applied, conditions, uses = previous, expr, [], [], []
        if self.definitions:
            from derivations.kernel.rules import by

            rewrite = by(*self.definitions).sound_rewrite(context)
            if rewrite is not None:
                before, after = rewrite(before), rewrite(after)
                applied.append("the definitions")
                conditions += [f"'{d.name}' is declared" for d in self.definitions]
        for step in self.steps:
            if step.precondition(context):
                continue
            (before, first), (after, second) = step.rewrite(before, context), step.rewrite(after, context)
            if first.applied or second.applied:
                applied.append(step.name)
                conditions += first.conditions + second.conditions
                uses += step.uses(context)
        if len(applied) < 2:
            return Unjustified(f"{self.name}: fewer than two of them apply (each is tried alone)")
        return _close(", ".join(applied), conditions, relation, before, after, context, tuple(dict.fromkeys(uses)))


def compositions(chains: Sequence[IndexedMarkovChain], definitions: Sequence = ()) -> tuple[Composed, ...]:
    """After ``definitions`` written out: the declared chains' factorizations (backward, as p runs, then forward),
    each followed by logs of products, linearity of expectation and index shifts; and linearity followed by
    marginalization (a KL under E_q over the trajectory, Ho et al.'s last step)."""
    after = (LOG_OF_PRODUCT, EXPECTATION_OF_SUM, SHIFT_INDEX)
    factorized = tuple(
        Composed((MarkovFactorization(tuple(chains), backward=backward), *after), tuple(definitions))
        for backward in (True, False)
    )
    return (*factorized, Composed((EXPECTATION_OF_SUM, MARGINALIZE), tuple(definitions)))


# ---------------------------------------------------------------- the rules

LOG_OF_PRODUCT = LogOfProduct()
SPLIT_TERM = SplitTerm()
SHIFT_INDEX = ShiftIndex()
MERGE_RANGES = MergeRanges()
TELESCOPING = Telescoping()
EXPECTATION_OF_SUM = ExpectationOfSum()
MARGINALIZE = Marginalize()
CHAIN_RULE = ChainRule()


# ---------------------------------------------------------- instantiation


class NotInstantiable(ValueError):
    """An expression that has no meaning at the chosen sizes (a density of a variable it is given)."""


def _free_integers(expr: sp.Basic, bound: frozenset = frozenset()) -> set[sp.Symbol]:
    """The free symbols of the limits, indices and slices of ``expr``: what must be chosen to expand it."""
    found: set[sp.Symbol] = set()
    limits = loop_limits(expr)
    if limits is not None:
        index, first, last = limits
        found |= (first.free_symbols | last.free_symbols) - bound
        return found | _free_integers(expr.function, bound | {index})
    if isinstance(expr, sp.Indexed):
        return set().union(*(i.free_symbols for i in expr.indices)) - bound
    if isinstance(expr, Slice):
        return (expr.start.free_symbols | expr.stop.free_symbols) - bound
    for arg in expr.args:
        found |= _free_integers(arg, bound)
    return found


def _sizes(before: sp.Expr, after: sp.Expr, context: Context) -> set[sp.Symbol]:
    """The integers to choose: those of the limits, indices and slices, the limits of the chains whose laws the
    step uses, and whatever a constraint ties to them."""
    found = _free_integers(before) | _free_integers(after)
    names = {d.name for e in (before, after) for d in e.atoms(Density)}
    for chain in _chains(context):
        if chain.name in names:
            found |= _sympify(chain.start).free_symbols | _sympify(chain.stop).free_symbols
    grown = True
    while grown:
        grown = False
        for constraint in context.constraints:
            symbols = {s for s in constraint.free_symbols if Ranges.of(context)._integer_symbol(s)}
            if symbols & found and not symbols <= found:
                found |= symbols
                grown = True
    return found


def hazard(expr: sp.Expr, context: Context) -> str | None:
    """Where reasoning about ``expr`` without writing it out could go wrong: a loop that is ill-formed or whose
    range may be reversed, or a bound x[f(t)] that may be the same variable as an x[g] free beside it."""
    for node, ranges in _walk(expr, Ranges.of(context)):
        limits = loop_limits(node)
        if limits is not None:
            failed = loop_failure(node, ranges)
            if failed:
                return failed
            if not ranges.le(limits[1], limits[2] + 1):
                return f"the range {_range(*limits[1:])} may be reversed"
        if not isinstance(node, (Expectation, sp.Integral)):
            continue
        bound = [v for v in node.variables if isinstance(v, sp.Indexed)]
        given = set(node.measure.atoms(Density)) if isinstance(node, Expectation) else set()
        fixed = {g for d in given for g in d.given}
        for other in node.atoms(sp.Indexed):
            for variable in bound:
                if other == variable or other in fixed or other.base != variable.base:
                    continue
                if not ranges.distinct(other.indices[0], variable.indices[0]):
                    return f"{sp.sstr(other)} may be the bound {sp.sstr(variable)}"
    return None


def has_indices(*exprs: sp.Basic) -> bool:
    """Whether any of ``exprs`` has a sum, product, indexed variable or slice."""
    return any(e.has(sp.Sum, sp.Product, sp.Indexed, Slice) for e in exprs)


@dataclass
class _Expansion:
    """Every loop with concrete limits written out, x[k] as x_k, slices as their variables."""

    created: dict[sp.Symbol, sp.IndexedBase] = field(default_factory=dict)

    def expand(self, node: sp.Basic) -> sp.Basic:
        limits = loop_limits(node)
        if limits is not None:
            index, first, last = limits
            if not (first.is_Integer and last.is_Integer):
                raise NotInstantiable(f"the limits {_range(first, last)} are not concrete")
            terms = [
                self.expand(node.function.xreplace({index: sp.Integer(k)})) for k in range(int(first), int(last) + 1)
            ]
            return _combine(node, *terms)
        if isinstance(node, sp.Indexed):
            indices = [self.expand(i) for i in node.indices]
            if len(indices) == 1 and indices[0].is_Integer:
                symbol = variable(node.base, int(indices[0]))
                self.created[symbol] = node.base
                return symbol
            raise NotInstantiable(f"the index of {sp.sstr(node)} is not concrete")
        if isinstance(node, sp.Tuple):
            return sp.Tuple(*self._flatten(node.args))
        if isinstance(node, Density):
            return self._density(node)
        if isinstance(node, Expectation):
            return self._expectation(node)
        if not node.args or isinstance(node, (sp.Symbol, sp.Number)):
            return node
        args = tuple(self.expand(arg) for arg in node.args)
        return node.func(*args) if args != node.args else node

    def _flatten(self, items: Sequence[sp.Basic]) -> list[sp.Basic]:
        flat = []
        for item in items:
            if isinstance(item, Slice):
                start, stop = self.expand(item.start), self.expand(item.stop)
                if not (start.is_Integer and stop.is_Integer):
                    raise NotInstantiable(f"the slice {sp.sstr(item)} is not concrete")
                flat.extend(self.expand(item.base[k]) for k in range(int(start), int(stop) + 1))
            else:
                flat.append(self.expand(item))
        return list(dict.fromkeys(flat))

    def _density(self, density: Density, measure: bool = False) -> sp.Expr:
        given = self._flatten(density.given)
        variables = [v for v in self._flatten(density.variables) if v not in given]
        if not variables:
            if measure or not density.variables:
                return sp.Integer(1)  # a law of no variables (or of given ones only) weighs nothing
            raise NotInstantiable(f"{sp.sstr(density)} is a density of a variable it is conditioned on")
        parameters = None if density.parameters is None else [self.expand(p) for p in density.parameters]
        return Density(density.args[0], variables, given, parameters)

    def _expectation(self, node: Expectation) -> sp.Expr:
        measure = node.measure
        if isinstance(measure, Density):
            measure = self._density(measure, measure=True)
        else:
            measure = self.expand(measure)
        given = {g for d in sp.Mul.make_args(measure) if isinstance(d, Density) for g in d.given}
        listed = {v for d in sp.Mul.make_args(measure) if isinstance(d, Density) for v in d.variables}
        variables = [v for v in self._flatten(node.variables) if v not in given or v in listed]
        body = self.expand(node.expr)
        if not variables:
            return body
        return Expectation(body, measure, variables)


def instantiate(expr: sp.Expr, values: Mapping[sp.Symbol, int]) -> sp.Expr:
    """``expr`` at the integers ``values``: each sum and product written out, x[k] as the symbol x_k,
    each slice as its variables, a measure's variables that it is given dropped."""
    return _Expansion().expand(_sympify(expr).xreplace({s: sp.Integer(v) for s, v in values.items()}))


#: The largest size the search writes out: a step whose sizes must all be larger (``T >= 1000``) is not
#: searched at concrete sizes (a counterexample there would be valid, but writing out a thousand terms and
#: checking them takes minutes), and stays undecided unless a rule proves it.
LARGEST_SIZE = 12


def _admissible_values(symbols: Sequence[sp.Symbol], context: Context, count: int) -> list[dict[sp.Symbol, sp.Integer]]:
    """The first ``count`` assignments of small integers (at most :data:`LARGEST_SIZE`) inside the domains that
    meet the constraints."""
    choices = []
    for symbol in symbols:
        domain = domain_for(symbol, context.domains)
        if domain.is_subset(sp.S.Integers) is not True:
            return []
        start = int(domain.inf) if domain.inf.is_finite else 0
        stop = min(start + 8, LARGEST_SIZE + 1)
        choices.append([k for k in range(start, stop) if domain.contains(k) is sp.true][:5])
    found = []
    for combination in sorted(itertools.product(*choices), key=sum):
        point = {s: sp.Integer(v) for s, v in zip(symbols, combination)}
        if satisfies(point, context.constraints):
            found.append(point)
            if len(found) == count:
                break
    return found


def instantiated_context(context: Context, values: Mapping[sp.Symbol, int], created: Mapping) -> Context:
    """``context`` at ``values``: chains over plain symbols, constraints, definitions and Gaussian steps
    instantiated, and the domain declared for base[t] (any t) given to each base_k."""
    from derivations.kernel.checking import Context as _Context

    expansion = _Expansion(dict(created))

    def at(expr: sp.Basic) -> sp.Basic:
        return expansion.expand(_sympify(expr).xreplace(dict(values)))

    domains = {s: d for s, d in context.domains.items() if s not in values and not isinstance(s, sp.Indexed)}
    for symbol, domain in context.domains.items():
        if not isinstance(symbol, sp.Indexed):
            continue
        if not _free_integers(symbol) - set(values):
            targets = [at(symbol)]
        else:  # a domain declared for base[t], any t
            targets = [made for made, base in created.items() if base == symbol.base]
        for target in targets:  # within every domain declared for it
            domains[target] = domain_for(target, domains).intersect(domain)
    constraints = []
    for constraint in context.constraints:
        value = at(constraint)
        if value is sp.false:
            raise NotInstantiable(f"the constraint {constraint} fails")
        if value is not sp.true:
            constraints.append(value)
    chains = (*context.chains, *(c.at(values) for c in _chains(context)))
    definitions = tuple(replace(d, lhs=at(d.lhs), rhs=at(d.rhs)) for d in context.definitions)
    equations = {at(lhs): at(rhs) for lhs, rhs in context.equations.items()}
    assumptions = tuple(a.at(dict(values)) if isinstance(a, GaussianSteps) else a for a in context.assumptions)
    return _Context(**{**context.__dict__, "domains": domains, "constraints": tuple(constraints), "chains": chains,
                       "definitions": definitions, "equations": equations, "assumptions": assumptions})  # fmt: skip


def refute_at_small_sizes(
    relation: Relation,
    before: sp.Expr,
    after: sp.Expr,
    context: Context,
    points: int,
    instances: bool,
    sizes: int = 3,
) -> Verdict | None:
    """A counterexample to ``before relation after`` at concrete small T (and any free index): the sums and
    products expanded and the step refuted by the kernel's own means; None when none is found.

    Without ``instances`` (the early, cheap search) only closed forms are compared.
    """
    if not has_indices(before, after):
        return None
    from derivations.kernel.checking import refute

    symbols = sorted(_sizes(before, after, context), key=str)
    if not instances and (hazard(before, context) or hazard(after, context)):
        instances, sizes = True, 2  # the cheap search is not enough here: write the step out, models too
    for values in _admissible_values(symbols, context, count=2 if not instances else sizes):
        try:
            expansion = _Expansion()
            lhs = expansion.expand(before.xreplace(values))
            rhs = expansion.expand(after.xreplace(values))
            if not instances and not (is_closed_form(lhs) and is_closed_form(rhs)):
                continue
            concrete = instantiated_context(context, values, expansion.created)
        except (NotInstantiable, ValueError, TypeError):
            continue
        verdict = refute(relation, ALGEBRA, lhs, rhs, concrete, points, instances)
        if verdict is not None and verdict.counterexample is not None:
            sizes = ", ".join(f"{s} = {v}" for s, v in values.items())
            point = (*((str(s), float(v)) for s, v in values.items()), *verdict.counterexample.point)
            where = (verdict.counterexample.where + _empty(before, after, values)).strip()
            return replace(
                verdict,
                reason=f"{verdict.reason} at {sizes}" if sizes else verdict.reason,
                counterexample=replace(verdict.counterexample, point=point, where=where),
            )
    return None


def beyond_largest_size(before: sp.Expr, after: sp.Expr, context: Context) -> str:
    """A note for an undecided step about sums that the search could write out at no concrete size: none up to
    :data:`LARGEST_SIZE` is admissible (``T >= 1000``), and larger ones are not tried."""
    if not has_indices(before, after):
        return ""
    symbols = sorted(_sizes(before, after, context), key=str)
    if not symbols or _admissible_values(symbols, context, count=1):
        return ""
    return (f" (no size of {', '.join(map(str, symbols))} up to {LARGEST_SIZE} is admissible, and larger ones "
            "are not written out)")  # fmt: skip


def _empty(before: sp.Expr, after: sp.Expr, values: Mapping[sp.Symbol, int]) -> str:
    """A note on the loops that run over no term at these sizes (a lower limit above the upper one): an empty
    sum is 0 and an empty product 1, which a writer may not have meant (a product written downwards)."""
    empty = []
    for loop in before.atoms(sp.Sum, sp.Product) | after.atoms(sp.Sum, sp.Product):
        _, first, last = loop.limits[0]
        first, last = first.xreplace(values), last.xreplace(values)
        if first.is_Integer and last.is_Integer and first > last:
            empty.append(f"{_kind(loop)} from {sp.sstr(first)} to {sp.sstr(last)}")
    if not empty:
        return ""
    return f" (at these sizes the {', '.join(sorted(empty))} runs over no term: an empty sum is 0, a product 1)"
