"""The words every front-end uses: a status, a relation, a counterexample and a verdict.

The catalogue, the answer checker and the notes reader all speak this
vocabulary; only :mod:`derivations.kernel.checking` (and the kernel's own
equality prover) gives a verdict the status *proved*.

* *proved* -- by a rule whose conditions were checked (the verdict names it);
* *refuted* -- with a :class:`Counterexample` that satisfies every assumption;
* *undecided* -- with the reason.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

import sympy as sp


class Status(Enum):
    """What is known of a claim."""

    PROVED = "proved"
    REFUTED = "refuted"
    UNDECIDED = "undecided"

    @classmethod
    def combined(cls, statuses) -> Status:
        """The status of claims that all must hold: refuted if one is, proved if all are, else undecided."""
        statuses = list(statuses)
        if cls.REFUTED in statuses:
            return cls.REFUTED
        if all(status is cls.PROVED for status in statuses):
            return cls.PROVED
        return cls.UNDECIDED


class Relation(Enum):
    """How a step's output relates to its input (or an answer to its reference)."""

    EQ = "="
    LE = "<="
    GE = ">="
    LT = "<"
    GT = ">"
    EQ_LAW = "=d"  # equal in distribution

    @property
    def latex(self) -> str:
        return _LATEX[self]

    @property
    def text(self) -> str:
        """The plain-text spelling: ``=``, ``<=``, ..."""
        return self.value

    @classmethod
    def parse(cls, text: str) -> Relation:
        """The relation spelled ``text`` (``=``, ``<=``, ``>=``, ``<``, ``>``, ``=d``)."""
        for relation in cls:
            if relation.value == text:
                return relation
        raise ValueError(f"unknown relation {text!r}: expected one of {', '.join(r.value for r in cls)}")

    @property
    def is_inequality(self) -> bool:
        return self in (Relation.LE, Relation.GE, Relation.LT, Relation.GT)

    @property
    def reversed(self) -> Relation:
        """``b reversed a`` whenever ``a self b``."""
        return _REVERSED[self]

    def implies(self, other: Relation) -> bool:
        """Whether ``a self b`` entails ``a other b``."""
        return self is other or (self, other) in _IMPLIES

    def then(self, other: Relation) -> Relation | None:
        """The relation of a chain ``a self b other c``, or None if nothing follows."""
        if self is Relation.EQ:
            return other
        if other is Relation.EQ or other is self:
            return self
        for weak, strict in ((Relation.LE, Relation.LT), (Relation.GE, Relation.GT)):
            if {self, other} == {weak, strict}:
                return strict
        return None

    def holds(self, lhs: float, rhs: float, tolerance: float) -> bool:
        """Whether ``lhs self rhs`` holds for two numbers, allowing ``tolerance`` of rounding.

        Equal in law is compared as equality of the numbers it is reduced to.
        """
        if self in (Relation.EQ, Relation.EQ_LAW):
            return abs(lhs - rhs) <= tolerance
        if self in (Relation.LE, Relation.LT):
            return lhs <= rhs + tolerance
        return lhs >= rhs - tolerance


_LATEX = {
    Relation.EQ: "=",
    Relation.LE: r"\le",
    Relation.GE: r"\ge",
    Relation.LT: "<",
    Relation.GT: ">",
    Relation.EQ_LAW: r"\overset{d}{=}",
}
_IMPLIES = {
    (Relation.EQ, Relation.LE),
    (Relation.EQ, Relation.GE),
    (Relation.EQ, Relation.EQ_LAW),
    (Relation.LT, Relation.LE),
    (Relation.GT, Relation.GE),
}
_REVERSED = {
    Relation.EQ: Relation.EQ,
    Relation.EQ_LAW: Relation.EQ_LAW,
    Relation.LE: Relation.GE,
    Relation.GE: Relation.LE,
    Relation.LT: Relation.GT,
    Relation.GT: Relation.LT,
}


def _number(value: float | complex | str) -> float | str:
    """A JSON-ready value: a float when real and finite, else its text."""
    if isinstance(value, complex):
        if value.imag == 0:
            value = value.real
        else:
            return f"{value.real:.12g}{value.imag:+.12g}i"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


@dataclass(frozen=True)
class Counterexample:
    """A point of the domain where a claimed relation fails, with the values of both sides there.

    ``point`` gives each free symbol's value (exact, as written); ``derived`` the
    values its equations imply (``abar_t = alpha_t abar_{t-1}``); ``where`` says
    in which model the sides were evaluated (empty: as written; else a concrete
    instance or a family of random laws); ``drawn`` names what that model drew for
    itself beside the point (the schedule of declared Gaussian steps), which no
    value of the point shows, and ``drawn_starts`` the laws whose chain's start
    (the data x_0, for q) it drew, no law of it being stated.  A value that is not
    a real number is kept as text (``"0.3+1.2i"``, ``"undefined"``).
    """

    point: tuple[tuple[str, float], ...]
    lhs: float | str
    rhs: float | str
    where: str = ""
    derived: tuple[tuple[str, float], ...] = ()
    drawn: tuple[str, ...] = ()
    chosen: tuple[tuple[str, float], ...] = ()
    drawn_starts: frozenset[str] = frozenset()

    @property
    def difference(self) -> float:
        if isinstance(self.lhs, str) or isinstance(self.rhs, str):
            return math.nan
        return self.lhs - self.rhs

    def describe(self) -> str:
        """``gamma = 1.88, t = 0.35: 1.44769 vs 0.965125`` (plain text, one line)."""
        where = ", ".join(f"{name} = {_short(value)}" for name, value in self.point + self.derived)
        if self.chosen:
            chosen = ", ".join(f"{name} = {_short(value)}" for name, value in self.chosen)
            where = f"{where}, with {chosen} chosen where the note's orders hold" if where else f"{chosen} chosen"
        model = f" {self.where}" if self.where else ""
        values = " vs ".join(_apart(self.lhs, self.rhs))
        return f"at {where}{model}: {values}" if where else f"{values}{model}"

    @classmethod
    def from_json(cls, data: dict) -> Counterexample:
        """The counterexample :meth:`to_json` wrote (values as numbers, or text where they were not real)."""
        return cls(
            tuple(data["point"].items()),
            data["lhs"],
            data["rhs"],
            data["where"],
            tuple(data["derived"].items()),
            chosen=tuple(data.get("chosen", {}).items()),
        )

    def to_json(self) -> dict:
        """The counterexample as JSON (``chosen`` only where some value was chosen)."""
        data = {
            "point": {name: _number(value) for name, value in self.point},
            "derived": {name: _number(value) for name, value in self.derived},
            "lhs": _number(self.lhs),
            "rhs": _number(self.rhs),
            "where": self.where,
        }
        if self.chosen:
            data["chosen"] = {name: _number(value) for name, value in self.chosen}
        return data


def _short(value: float | str, digits: int = 6) -> str:
    return value if isinstance(value, str) else f"{value:.{digits}g}"


def _apart(lhs: float | str, rhs: float | str) -> tuple[str, str]:
    """Both sides' values, with as many significant digits as it takes to show them different (6 at least, 17 at
    most): ``1.00000001 vs 1``, not ``1 vs 1``."""
    digits = 6
    while digits < 17 and lhs != rhs and _short(lhs, digits) == _short(rhs, digits):
        digits += 1
    return _short(lhs, digits), _short(rhs, digits)


def shown_residual(residual: sp.Expr | None) -> str | None:
    """A verdict's residual as the reports show it: simplified when that is cheap (small and free of exponentials,
    where simplify can take minutes).  Done when shown, not when found: most residuals of a search are never shown."""
    if residual is None:
        return None
    if sp.count_ops(residual) < 200 and not residual.has(sp.exp):
        residual = sp.simplify(residual, doit=False)
    return sp.sstr(residual)


@dataclass(frozen=True)
class Verdict:
    """A status with its evidence.

    ``reason`` is the method of proof, the failure, or the reason for doubt;
    ``rule`` the rule that proved the step and ``conditions`` the side conditions
    it checked; ``axioms`` the user's axioms the proof relied on; ``uses`` the
    assumptions (definitions, chains, noises) it relied on; ``residual`` the
    difference of the two sides when it is worth showing (:func:`shown_residual`).
    """

    status: Status
    reason: str
    rule: str = ""
    conditions: tuple[str, ...] = ()
    axioms: tuple[str, ...] = ()
    residual: sp.Expr | None = None
    counterexample: Counterexample | None = None
    uses: tuple[object, ...] = ()

    @property
    def proved(self) -> bool:
        return self.status is Status.PROVED

    @property
    def refuted(self) -> bool:
        return self.status is Status.REFUTED

    def describe(self) -> str:
        """One line of plain text: the status, the reason and the evidence."""
        text = f"{self.status.value}: {self.reason}"
        if self.counterexample is not None:
            text += f" ({self.counterexample.describe()})"
        return text

    @classmethod
    def from_json(cls, data: dict) -> Verdict:
        """The verdict :meth:`to_json` wrote, without what JSON does not keep (the residual, the assumptions
        used as objects)."""
        found = data["counterexample"]
        return cls(Status(data["status"]), data["reason"], data["rule"] or "", tuple(data["conditions"]),
                   tuple(data["axioms"]), counterexample=None if found is None else Counterexample.from_json(found))  # fmt: skip

    def to_json(self) -> dict:
        return {
            "status": self.status.value,
            "reason": self.reason,
            "rule": self.rule or None,
            "conditions": list(self.conditions),
            "axioms": list(self.axioms),
            "residual": shown_residual(self.residual),
            "counterexample": None if self.counterexample is None else self.counterexample.to_json(),
        }

    def _repr_latex_(self) -> str:
        from derivations.latex import verdict_latex

        return verdict_latex(self)
