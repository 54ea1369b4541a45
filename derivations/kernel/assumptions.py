"""What an identity assumes, as data the kernel reads.

Every assumption the kernel relies on is an object here: symbol domains,
equations, definitions, constraints among the symbols, Markov chains, Gaussian
steps (DDPM's forward process), noises (independent standard normals), the
parameters a density depends on, and the user's axioms.  A :class:`Fact` is
prose: it is shown, never used.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp
from sympy.core.sympify import _sympify

from derivations.kernel.vocabulary import Relation
from derivations.probability import KL, Density, Expectation, Grad
from derivations.symbols import domain_of


def implied_set(symbol: sp.Symbol) -> sp.Set:
    """The set that SymPy's own assumptions on ``symbol`` allow (it simplifies by them)."""
    if symbol.is_integer:
        if symbol.is_positive:
            return sp.S.Naturals
        if symbol.is_nonnegative:
            return sp.S.Naturals0
        return sp.S.Integers
    if symbol.is_positive:
        return sp.Interval.open(0, sp.oo)
    if symbol.is_nonnegative:
        return sp.Interval(0, sp.oo)
    if symbol.is_negative:
        return sp.Interval.open(-sp.oo, 0)
    if symbol.is_nonpositive:
        return sp.Interval(-sp.oo, 0)
    return sp.S.Reals


@dataclass(frozen=True)
class Domain:
    """``symbol`` ranges over ``interval`` (any SymPy set of reals: intervals, unions, integers)."""

    symbol: sp.Symbol
    interval: sp.Set

    def _latex(self, printer) -> str:
        s = printer._print(self.symbol)
        if self.interval == sp.Interval.open(0, 1):
            return rf"0 < {s} < 1"
        if self.interval == sp.Interval.open(0, sp.oo):
            return rf"{s} > 0"
        return rf"{s} \in {printer._print(self.interval)}"


def domains(*symbols: sp.Symbol) -> tuple[Domain, ...]:
    """The declared domain of each symbol (see :mod:`derivations.symbols`), within what SymPy assumes of it."""
    return tuple(Domain(symbol, domain_of(symbol).intersect(implied_set(symbol))) for symbol in symbols)


@dataclass(frozen=True)
class Equation:
    """``lhs = rhs`` holds throughout; the checker always substitutes ``lhs -> rhs``."""

    lhs: sp.Expr
    rhs: sp.Expr

    def _latex(self, printer) -> str:
        return rf"{printer._print(self.lhs)} = {printer._print(self.rhs)}"


@dataclass(frozen=True)
class Definition:
    """``lhs := rhs``; used only by a step that cites it (see :func:`derivations.kernel.rules.by`).

    With ``relation`` ``=d`` it is a construction: ``lhs`` has the law of ``rhs``.
    """

    lhs: sp.Expr
    rhs: sp.Expr
    name: str
    relation: Relation = Relation.EQ

    def _latex(self, printer) -> str:
        rel = r"\coloneqq" if self.relation is Relation.EQ else self.relation.latex
        return rf"{printer._print(self.lhs)} {rel} {printer._print(self.rhs)}"


def function_of_names(lhs: sp.Expr) -> bool:
    """``lhs`` is a function applied to distinct symbols (``g(x)``, ``h(x, y)``): its definition holds for every
    value of them."""
    return (
        isinstance(lhs, sp.core.function.AppliedUndef)
        and all(isinstance(a, sp.Symbol) for a in lhs.args)
        and len(set(lhs.args)) == len(lhs.args)
    )


def _bound_by(node: sp.Basic) -> set[sp.Symbol]:
    """The variables ``node`` binds (integration, expectation and summation variables)."""
    if isinstance(node, (sp.Integral, sp.Sum, sp.Product)):
        return {limit[0] for limit in node.limits}
    if isinstance(node, (Expectation, KL)):
        return set(node.variables)
    return set()


def _differentiated_by(node: sp.Basic) -> tuple[sp.Expr, ...]:
    if isinstance(node, sp.Derivative):
        return tuple(node.variables)
    if isinstance(node, Grad):
        return (node.var,)
    return ()


def substitute(expr: sp.Expr, lhs: sp.Expr, rhs: sp.Expr) -> sp.Expr:
    """``expr`` with ``lhs`` replaced by ``rhs`` wherever that captures no bound variable.

    A density or function ``lhs`` (``q(x_t | x_{t-1})``, ``s(x)``) is a statement for
    every value of its arguments, so it is replaced under a binder of its arguments
    too; a symbol ``lhs`` is not replaced where it is itself bound.  No replacement is
    made where ``rhs`` would bring a symbol under a binder of that symbol.
    """
    arguments = lhs.free_symbols if isinstance(lhs, (Density, sp.core.function.AppliedUndef)) else set()
    brought = rhs.free_symbols - arguments

    def walk(node: sp.Basic, bound: frozenset) -> sp.Basic:
        if node == lhs:
            if brought & bound or (not arguments and lhs.free_symbols & bound):
                return node
            return rhs
        if not node.args or isinstance(node, (sp.Symbol, sp.Number)):
            return node
        if isinstance(node, sp.Subs):
            point = tuple(walk(p, bound) for p in node.point)
            body = walk(node.expr, bound | set(node.variables))
            return sp.Subs(body, node.variables, point)
        if not arguments and lhs in _differentiated_by(node) and lhs not in bound:
            # (d/dx f)(x) with x := rhs is the derivative evaluated at rhs
            return node if brought & bound else sp.Subs(node, lhs, rhs)
        inner = bound | _bound_by(node)
        args = tuple(walk(arg, inner) for arg in node.args)
        return node.func(*args) if args != node.args else node

    return walk(expr, frozenset())


@dataclass(frozen=True)
class Fact:
    """A structural assumption stated in words.  Shown to the reader; the kernel never uses it."""

    text: str
    latex: str = ""

    def _latex(self, printer) -> str:
        return self.latex or rf"\text{{{self.text}}}"


@dataclass(frozen=True)
class Constraint:
    """A relation the symbols must satisfy, e.g. ``c < 2 s**2``: used by proofs and by sampling."""

    condition: sp.Basic

    def _latex(self, printer) -> str:
        return printer._print(self.condition)


@dataclass(frozen=True)
class MarkovChain:
    """Under the distribution ``name`` the variables ``order`` form a Markov chain.

    Then q(A | B) = q(A | B') with B' the members of B from the last one before A
    to the first one after A: the others are separated from A by those two.
    """

    name: str
    order: tuple[sp.Symbol, ...]

    def __post_init__(self) -> None:
        if len(set(self.order)) != len(self.order):
            raise ValueError(f"Markov chain under {self.name}: a variable appears twice in {self.order}")

    def reduce(self, density: Density) -> Density:
        """``density`` with the conditioning variables the chain makes irrelevant dropped."""
        position = {variable: index for index, variable in enumerate(self.order)}
        if density.name != self.name or not set(density.variables + density.given) <= set(position):
            return density
        targets = [position[v] for v in density.variables]
        given = [position[g] for g in density.given]
        first = max((g for g in given if g < min(targets)), default=-1)
        last = min((g for g in given if g > max(targets)), default=len(self.order))
        kept = tuple(g for g in density.given if first <= position[g] <= last)
        return density.conditioned_on(kept)

    def bridge(self, density: Density) -> sp.Expr:
        """A variable given one member before it and one after it (once reduced), by Bayes' rule and the chain:
        q(x_k | x_i, x_j) = q(x_j | x_k) q(x_k | x_i) / q(x_j | x_i) for i < k < j; any other density unchanged."""
        reduced = self.reduce(density)
        position = {variable: index for index, variable in enumerate(self.order)}
        if reduced.name != self.name or len(reduced.variables) != 1 or len(reduced.given) != 2:
            return density
        if not set(reduced.variables + reduced.given) <= set(position):  # p(x_k | x_i, z), z off the chain
            return density
        (middle,), (first, second) = reduced.variables, sorted(reduced.given, key=position.__getitem__)
        if not position[first] < position[middle] < position[second]:
            return density
        return bridged(reduced, first, middle, second)

    def _latex(self, printer) -> str:
        chain = r" \to ".join(printer._print(v) for v in self.order)
        return rf"{chain} \text{{ is a Markov chain under }} {printer._print(sp.Symbol(self.name))}"


def bridged(density: Density, before: sp.Expr, middle: sp.Expr, after: sp.Expr) -> sp.Expr:
    """q(middle | before, after) written forward along a Markov chain before -> middle -> after:
    q(after | middle) q(middle | before) / q(after | before)."""
    return density.of((after,), (middle,)) * density.of((middle,), (before,)) / density.of((after,), (before,))


@dataclass(frozen=True)
class Noises:
    """``symbols`` are independent standard normal variables, independent of every other symbol."""

    symbols: tuple[sp.Symbol, ...]

    def _latex(self, printer) -> str:
        names = ", ".join(printer._print(s) for s in self.symbols)
        law = r"\overset{\text{iid}}{\sim}" if len(self.symbols) > 1 else r"\sim"
        return rf"{names} {law} \mathcal{{N}}(\mathbf{{0}}, \mathbf{{I}}) \text{{, independent of the other variables}}"


@dataclass(frozen=True)
class Independence:
    """The ``groups`` of variables are stated mutually independent (each group a random vector): ``x_0 \\perp eps``
    is two groups of one name each.  A statement of the user's, not a consequence of any other declaration: the
    declared noises' own independence (:class:`Noises`) is no statement that a variable beside them is apart."""

    groups: tuple[frozenset[sp.Symbol], ...]

    def apart(self, first: set[sp.Symbol], second: set[sp.Symbol]) -> bool:
        """Whether the statement makes the vector ``first`` independent of the vector ``second``: each name lies in
        a group, and no group holds names of both (unions of disjoint groups of mutually independent vectors are
        independent)."""
        if sum(map(len, self.groups)) != len(frozenset().union(*self.groups)):
            return False  # a name in two groups: no partition read
        if not all(any(name in g for g in self.groups) for name in first | second):
            return False
        return not any(g & first and g & second for g in self.groups)

    def _latex(self, printer) -> str:
        groups = [", ".join(printer._print(s) for s in sorted(g, key=str)) for g in self.groups]
        shown = [f"({g})" if "," in g else g for g in groups]
        return r" \perp ".join(shown) + r" \quad \text{(stated independent)}"


@dataclass(frozen=True)
class GaussianSteps:
    """Under the law ``name``, base[k] given base[start], ..., base[k - 1] is N(sqrt(a_k) base[k - 1], 1 - a_k)
    for start < k <= stop, with some a_k in (0, 1) that no step names: DDPM's forward process with its schedule
    left free (a counterexample may choose it)."""

    name: str
    base: sp.IndexedBase
    start: sp.Expr
    stop: sp.Expr

    def __post_init__(self) -> None:
        if not isinstance(self.base, sp.IndexedBase):
            raise TypeError(f"GaussianSteps {self.name}: base must be an IndexedBase, got {self.base!r}")
        object.__setattr__(self, "start", _sympify(self.start))  # strict: a number or an expression, never text
        object.__setattr__(self, "stop", _sympify(self.stop))

    def at(self, values: dict[sp.Symbol, sp.Integer]) -> GaussianSteps:
        """The same steps with their limits at ``values`` (integers when every size is given)."""
        return GaussianSteps(self.name, self.base, self.start.xreplace(values), self.stop.xreplace(values))

    def _latex(self, printer) -> str:
        base, name = printer._print(self.base), printer._print(sp.Symbol(self.name))
        return (
            rf"{name}({base}_k \mid {base}_{{k-1}}) = \mathcal{{N}}(\sqrt{{a_k}}\, {base}_{{k-1}}, 1 - a_k),\ "
            rf"a_k \in (0, 1),\ {printer._print(self.start)} < k \le {printer._print(self.stop)}"
        )


def noises(*symbols: sp.Symbol) -> Noises:
    return Noises(tuple(symbols))


@dataclass(frozen=True)
class Parameters:
    """Every density named ``name`` depends on exactly these parameters (and on its own arguments).

    A density with no declaration may depend on any symbol that is not a random
    variable, so the kernel never differentiates it with respect to one.
    """

    name: str
    symbols: tuple[sp.Symbol, ...]

    def _latex(self, printer) -> str:
        names = ", ".join(printer._print(s) for s in self.symbols) or r"\text{no parameters}"
        return rf"{printer._print(sp.Symbol(self.name))} \text{{ depends on }} {names}"


@dataclass(frozen=True)
class Axiom:
    """``lhs relation rhs``, trusted without proof because the user says so.

    A step may cite it (see :func:`derivations.kernel.rules.axiom`); every
    verdict that relies on it lists it, and an identity that uses one is never
    reported as plainly verified.
    """

    name: str
    lhs: sp.Expr
    rhs: sp.Expr
    relation: Relation = Relation.EQ

    def _latex(self, printer) -> str:
        return rf"{printer._print(self.lhs)} {self.relation.latex} {printer._print(self.rhs)} \quad \text{{(axiom)}}"


Assumption = (
    Domain
    | Equation
    | Definition
    | Fact
    | Constraint
    | MarkovChain
    | GaussianSteps
    | Noises
    | Independence
    | Parameters
    | Axiom
)
