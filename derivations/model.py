"""Identities, their assumptions, and derivations as ordered, justified steps.

An :class:`Identity` holds one or more :class:`Derivation` s (the main claim and
its corollaries).  A derivation starts at its left-hand side; each :class:`Step`
relates the previous expression to the next by a :class:`Relation` and names the
rule (:mod:`derivations.kernel.rules`) that licenses it.  The assumptions are the
kernel's own objects (:mod:`derivations.kernel.assumptions`), re-exported here.  Checking lives in :mod:`derivations.kernel.checking`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import sympy as sp

from derivations.kernel.assumptions import (
    Assumption,
    Axiom,
    Constraint,
    Definition,
    Domain,
    Equation,
    Fact,
    MarkovChain,
    Noises,
    Parameters,
    domains,
    noises,
)
from derivations.kernel.vocabulary import Relation

if TYPE_CHECKING:
    from derivations.kernel.rules import Justification

__all__ = [
    "SECTIONS",
    "Assumption",
    "Axiom",
    "Constraint",
    "Definition",
    "Derivation",
    "Domain",
    "Equation",
    "Fact",
    "Identity",
    "Instance",
    "MarkovChain",
    "Noises",
    "Parameters",
    "Relation",
    "Step",
    "domains",
    "noises",
]


@dataclass(frozen=True)
class Step:
    """``previous  relation  expr``, licensed by ``rule``."""

    relation: Relation
    expr: sp.Expr
    rule: Justification

    def _repr_latex_(self) -> str:
        from derivations.latex import step_latex

        return step_latex(self)


@dataclass(frozen=True)
class Derivation:
    """A claim ``lhs relation rhs`` and the steps that lead from ``lhs`` to ``rhs``.

    ``hypotheses`` are assumptions of this claim only (a corollary "when s is the
    score"), added to the identity's for its steps and instances.
    """

    lhs: sp.Expr
    relation: Relation
    rhs: sp.Expr
    steps: tuple[Step, ...]
    label: str = "statement"
    hypotheses: tuple[Assumption, ...] = ()

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
