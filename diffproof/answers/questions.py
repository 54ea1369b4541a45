"""A question: a reference formula, how its names are read, what holds among its symbols, a teacher's feedback.

Built-in questions come from the verified catalogue (:mod:`diffproof.answers.quantities`); a course
writes its own in a bank file (:mod:`diffproof.answers.bank`).  Both are :class:`Question` objects.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass

import sympy as sp

from derivations import symbols as registry
from diffproof.answers.judge import Assumptions
from diffproof.answers.notation import Formula, Vocabulary, latex


@dataclass(frozen=True)
class Feedback:
    """A teacher's message for a known wrong answer (matched by equivalence, not by text)."""

    answer: Formula
    message: str
    text: str = ""


@dataclass(frozen=True)
class Question:
    """A formula students are asked for; ``assumptions`` hold in reference and answer alike."""

    name: str
    title: str
    reference: Formula
    vocabulary: Vocabulary
    assumptions: Assumptions = Assumptions()
    feedback: tuple[Feedback, ...] = ()
    source: str = "built-in"

    @property
    def symbols(self) -> tuple[sp.Symbol, ...]:
        return tuple(sorted(self.reference.expr.free_symbols, key=str))

    def relations(self) -> tuple[str, ...]:
        """The relations that hold among the symbols, in LaTeX."""
        symbols = self.reference.expr.free_symbols
        schedule = [r.latex for r in registry.RELATIONS if r.symbol in symbols or r.value.free_symbols & symbols]
        if registry.abar_t in symbols:
            schedule.append(r"\mathrm{SNR}(t) = \bar\alpha_t / (1 - \bar\alpha_t)")
        return (*dict.fromkeys(schedule), *self.assumptions.descriptions)

    def domain(self, symbol: sp.Symbol) -> sp.Set:
        return self.assumptions.domain(symbol)

    def _repr_latex_(self) -> str:
        return f"${latex(self.reference.expr)}$"


class UnknownQuestion(KeyError):
    """A question name that is not checkable; the message names the closest ones."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        super().__init__(name)
        self.name = name
        self.suggestions = difflib.get_close_matches(name, list(known), n=3, cutoff=0.5)

    def __str__(self) -> str:
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"unknown quantity {self.name!r}{hint} ('diffproof quantities' lists them)"
