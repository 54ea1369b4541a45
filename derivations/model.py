"""Identities, their assumptions, and derivations as ordered, justified steps.

An :class:`Identity` holds one or more :class:`Derivation` s (the main claim and
its corollaries).  A derivation starts at its left-hand side; each :class:`Step`
relates the previous expression to the next by a :class:`Relation` and names the
:class:`Rule` that licenses it.  Checking lives in :mod:`derivations.kernel.checking`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import sympy as sp

from derivations.kernel.vocabulary import Relation
from derivations.symbols import domain_of

# ---------------------------------------------------------------- assumptions


@dataclass(frozen=True)
class Domain:
    """``symbol`` ranges over ``interval``."""

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
    """The declared domain of each symbol (see :mod:`derivations.symbols`)."""
    return tuple(Domain(symbol, domain_of(symbol)) for symbol in symbols)


@dataclass(frozen=True)
class Equation:
    """``lhs = rhs`` holds throughout; the checker always substitutes ``lhs -> rhs``."""

    lhs: sp.Expr
    rhs: sp.Expr

    def _latex(self, printer) -> str:
        return rf"{printer._print(self.lhs)} = {printer._print(self.rhs)}"


@dataclass(frozen=True)
class Definition:
    """``lhs := rhs``; used only by a step that cites it (see :func:`derivations.kernel.rules.by`)."""

    lhs: sp.Expr
    rhs: sp.Expr
    name: str
    relation: Relation = Relation.EQ

    def _latex(self, printer) -> str:
        rel = r"\coloneqq" if self.relation is Relation.EQ else self.relation.latex
        return rf"{printer._print(self.lhs)} {rel} {printer._print(self.rhs)}"


@dataclass(frozen=True)
class Fact:
    """A structural assumption stated in words (independence, Markov property, ...)."""

    text: str
    latex: str = ""

    def _latex(self, printer) -> str:
        return self.latex or rf"\text{{{self.text}}}"


@dataclass(frozen=True)
class Constraint:
    """A relation the symbols must satisfy, e.g. ``c < 2 s**2``: points outside it prove nothing."""

    condition: sp.Basic

    def _latex(self, printer) -> str:
        return printer._print(self.condition)


Assumption = Domain | Equation | Definition | Fact | Constraint


# ---------------------------------------------------------------------- rules


@dataclass(frozen=True)
class Rule:
    """A justification and the rewrites it licenses.

    ``rewrite`` replaces equals by equals; the checker applies it to both sides of
    a step before comparing them.  ``bound`` maps an expression to one that it
    stands in ``bound_relation`` to (Jensen: ``log E[g] >= E[log g]``).
    ``in_law`` lets the checker compare Gaussian laws instead of expressions.
    """

    name: str
    rewrite: Callable[[sp.Expr], sp.Expr] | None = field(default=None, compare=False)
    bound: Callable[[sp.Expr], sp.Expr | None] | None = field(default=None, compare=False)
    bound_relation: Relation = Relation.GE
    in_law: bool = False


@dataclass(frozen=True)
class Step:
    """``previous  relation  expr``, licensed by ``rule``."""

    relation: Relation
    expr: sp.Expr
    rule: Rule

    def _repr_latex_(self) -> str:
        from derivations.latex import step_latex

        return step_latex(self)


@dataclass(frozen=True)
class Derivation:
    """A claim ``lhs relation rhs`` and the steps that lead from ``lhs`` to ``rhs``."""

    lhs: sp.Expr
    relation: Relation
    rhs: sp.Expr
    steps: tuple[Step, ...]
    label: str = "statement"

    def expressions(self) -> tuple[sp.Expr, ...]:
        """lhs followed by each step's output."""
        return (self.lhs, *(step.expr for step in self.steps))

    def _repr_latex_(self) -> str:
        from derivations.latex import derivation_latex

        return derivation_latex(self)


# ------------------------------------------------------------------ instances


@dataclass(frozen=True)
class Instance:
    """A concrete family: each abstract atom replaced by a closed form.

    ``substitutions`` map densities (and functions) to concrete expressions;
    ``domains`` give the ranges of the family's own parameters; ``claims`` names
    the derivations (by label) it evaluates, all that it covers when empty.
    """

    description: str
    substitutions: tuple[tuple[sp.Expr, sp.Expr], ...]
    domains: tuple[Domain, ...] = ()
    claims: tuple[str, ...] = ()


# ------------------------------------------------------------------ identities

SECTIONS = (
    "background",
    "variational diffusion model",
    "score-based generative models",
    "guidance",
)


@dataclass(frozen=True)
class Identity:
    """A named identity of the catalogue: statement, assumptions, derivations, instances."""

    name: str
    title: str
    section: str
    assumptions: tuple[Assumption, ...]
    derivations: tuple[Derivation, ...]
    instances: tuple[Instance, ...] = ()
    source: str = ""

    def __post_init__(self) -> None:
        if self.section not in SECTIONS:
            raise ValueError(f"identity {self.name!r}: section must be one of {SECTIONS}, got {self.section!r}")
        if not self.derivations:
            raise ValueError(f"identity {self.name!r}: needs at least one derivation")

    @property
    def statement(self) -> Derivation:
        return self.derivations[0]

    def equations(self) -> tuple[Equation, ...]:
        return tuple(a for a in self.assumptions if isinstance(a, Equation))

    def constraints(self) -> tuple[sp.Basic, ...]:
        return tuple(a.condition for a in self.assumptions if isinstance(a, Constraint))

    def domains(self) -> dict[sp.Symbol, sp.Set]:
        found = {a.symbol: a.interval for a in self.assumptions if isinstance(a, Domain)}
        for instance in self.instances:
            found.update({d.symbol: d.interval for d in instance.domains})
        return found

    def _repr_latex_(self) -> str:
        from derivations.latex import identity_latex

        return identity_latex(self)

    def _repr_html_(self) -> str:
        from derivations.html import identity_html

        return identity_html(self)
