"""Is an answer equal to the reference?  A verdict with its evidence.

Policy (what each verdict means):

* **correct** only with a symbolic proof: :func:`derivations.kernel.algebra.prove_equal`
  reduced reference minus answer to zero under the domains (positivity, the unit
  interval of the alphas) and the relations; the verdict names the tier.  The
  two sides are also evaluated at random admissible points, and a proof that
  the numbers contradict is reported as undecided (it would be a bug), never as
  correct.
* **wrong** only with a counterexample: a point of the valid domain (rational
  coordinates, alphas in (0, 1), positive symbols positive, the schedule relation
  holding by construction) at which the two sides, evaluated to 30 significant
  digits and confirmed at 50, differ by more than 1e-12 of their size (as
  complex numbers: a square root of a negative number is imaginary, not skipped).
* **undecided** otherwise -- agreement at every sampled point without a proof is
  not a proof -- with the reason.

Relations of the notation: ``beta_t = 1 - alpha_t`` is always substituted;
``abar_t = alpha_t abar_{t-1}`` (and one step earlier) is substituted in both
sides whenever either side uses alpha_t or abar_{t-1}, so an answer in abar_t
alone is compared as written.  Abstract densities are compared through
:func:`derivations.kernel.algebra.canonical` (conditionals as joint over marginal).
For counterexamples, each joint or marginal density value and each derivative
of one at the point becomes a free positive (respectively real) number: at a
single point these values are unconstrained by one another, so a difference
found this way is a difference for some distribution.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

import numpy as np
import sympy as sp

from derivations import symbols as notation
from derivations.kernel.algebra import canonical, prove_equal, random_point
from derivations.probability import Density
from derivations.symbols import POSITIVE, REAL, domain_of
from diffproof.answers.notation import latex

#: Points sampled in search of a counterexample.
POINTS = 24
#: A difference counts when it exceeds this fraction of the larger side (plus this amount).  Both sides
#: are evaluated to 30 significant digits from exact rational points, so their error is far below it.
TOLERANCE = 1e-12

#: Always substituted.
DEFINITIONS = ((notation.beta_t, 1 - notation.alpha_t, r"\beta_t = 1 - \alpha_t"),)
#: ``abar = alpha * previous``, substituted when alpha or previous appears.
CHAIN = (
    (notation.abar_t, notation.alpha_t, notation.abar_tm1, r"\bar\alpha_t = \alpha_t \bar\alpha_{t-1}"),
    (notation.abar_tm1, notation.alpha_tm1, notation.abar_tm2, r"\bar\alpha_{t-1} = \alpha_{t-1} \bar\alpha_{t-2}"),
)


class Status(Enum):
    CORRECT = "correct"
    WRONG = "wrong"
    UNDECIDED = "undecided"
    INVALID = "invalid input"

    @property
    def exit_code(self) -> int:
        return {"correct": 0, "wrong": 1, "invalid input": 2, "undecided": 3}[self.value]


@dataclass(frozen=True)
class Assumptions:
    """Substitutions made in both sides (definitions, ``--given`` equations) and domains of extra symbols."""

    substitutions: tuple[tuple[sp.Expr, sp.Expr], ...] = ()
    domains: tuple[tuple[sp.Symbol, sp.Set], ...] = ()
    descriptions: tuple[str, ...] = ()

    def __add__(self, other: Assumptions) -> Assumptions:
        return Assumptions(
            self.substitutions + other.substitutions,
            self.domains + other.domains,
            self.descriptions + other.descriptions,
        )


@dataclass(frozen=True)
class Counterexample:
    """A point of the domain (symbol, value) with the values of both sides there (20 significant digits)."""

    point: tuple[tuple[str, str], ...]
    reference: str
    answer: str
    derived: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict:
        return {
            "point": dict(self.point),
            "derived": dict(self.derived),
            "reference": self.reference,
            "answer": self.answer,
        }

    def __str__(self) -> str:
        where = ", ".join(f"{name} = {value}" for name, value in self.point + self.derived)
        return f"at {where}: reference = {self.reference}, answer = {self.answer}"


@dataclass(frozen=True)
class Verdict:
    """The status with its evidence: the method of proof, or a counterexample, or the reason for doubt."""

    status: Status
    reason: str
    answer_latex: str = ""
    reference_latex: str = ""
    counterexample: Counterexample | None = None
    note: str = ""
    relations: tuple[str, ...] = field(default_factory=tuple)

    def to_json(self) -> dict:
        data = {
            "verdict": self.status.value,
            "reason": self.reason,
            "answer_latex": self.answer_latex,
            "reference_latex": self.reference_latex,
            "note": self.note,
            "relations": list(self.relations),
        }
        data["counterexample"] = self.counterexample.to_json() if self.counterexample else None
        return data

    def _repr_latex_(self) -> str:
        return rf"$\text{{{self.status.value}}}: {self.answer_latex}$"


def judge(reference: sp.Expr, answer: sp.Expr, assumptions: Assumptions = Assumptions()) -> Verdict:
    """Compare ``answer`` with ``reference`` under ``assumptions`` and the relations of the notation."""
    shown = {"answer_latex": latex(answer), "reference_latex": latex(reference)}
    sides = prepare(reference, answer, assumptions)
    reference, answer, relations = sides.reference, sides.answer, sides.relations
    domains = _domains(reference, answer, assumptions)
    closed_reference, closed_answer = closed_form(reference), closed_form(answer)
    evaluable = closed_reference is not None and closed_answer is not None
    found = counterexample(closed_reference, closed_answer, domains, sides.eliminated) if evaluable else None
    if found is not None:
        note = diagnose(closed_reference, closed_answer, _domains(closed_reference, closed_answer, assumptions))
        return Verdict(Status.WRONG, "the two sides differ at a point of the domain", **shown,
                       counterexample=found, note=note, relations=relations)  # fmt: skip
    try:
        proof = prove_equal(reference, answer, domains=domains)
    except (TypeError, ValueError, NotImplementedError, sp.PolynomialError) as error:
        return Verdict(Status.UNDECIDED, f"SymPy could not compare the two sides ({error})", **shown,
                       relations=relations)  # fmt: skip
    if proof is not None:
        return Verdict(Status.CORRECT, f"proved by {proof.method}", **shown, relations=relations)
    if not evaluable:
        reason = "no symbolic proof, and the expressions cannot be evaluated at a point"
    else:
        reason = f"no symbolic proof found; the two sides agree at {POINTS} random points of the domain"
    return Verdict(Status.UNDECIDED, reason, **shown, relations=relations)


@dataclass(frozen=True)
class Sides:
    """Reference and answer after substitutions; the relations used and the symbols they eliminated."""

    reference: sp.Expr
    answer: sp.Expr
    relations: tuple[str, ...] = ()
    eliminated: tuple[tuple[sp.Symbol, sp.Expr], ...] = ()

    def has(self, *atoms: sp.Basic) -> bool:
        return any(side.has(*atoms) for side in (self.reference, self.answer))

    def substitute(self, old: sp.Expr, new: sp.Expr, description: str) -> Sides:
        """Both sides with ``old`` replaced by ``new``; a symbol replaced by a formula counts as eliminated."""
        eliminated = ((old, new),) if isinstance(old, sp.Symbol) and not isinstance(new, sp.Symbol) else ()
        return Sides(
            self.reference.xreplace({old: new}),
            self.answer.xreplace({old: new}),
            self.relations + (description,),
            self.eliminated + eliminated,
        )


def prepare(reference: sp.Expr, answer: sp.Expr, assumptions: Assumptions) -> Sides:
    """Both sides with the assumptions' substitutions and the relations of the notation they need."""
    sides = Sides(reference, answer)
    for (old, new), description in zip(assumptions.substitutions, assumptions.descriptions, strict=True):
        sides = sides.substitute(old, new, description)
    for symbol, value, description in DEFINITIONS:
        if sides.has(symbol):
            sides = sides.substitute(symbol, value, description)
    for abar, alpha, previous, description in CHAIN:
        if sides.has(alpha, previous) and sides.has(abar):
            sides = sides.substitute(abar, alpha * previous, description)
    return sides


def _domains(reference: sp.Expr, answer: sp.Expr, assumptions: Assumptions) -> dict[sp.Symbol, sp.Set]:
    extra = dict(assumptions.domains)
    return {s: extra.get(s, domain_of(s)) for s in reference.free_symbols | answer.free_symbols}


# ------------------------------------------------------------------ evaluation


def closed_form(expr: sp.Expr) -> sp.Expr | None:
    """``expr`` unfolded, with density values and their derivatives as free numbers; None if operators remain."""
    unfolded = canonical(expr)
    derivatives = {d: sp.Symbol(f"d/d{d.variables[0]} {d.expr}", real=True) for d in unfolded.atoms(sp.Derivative)}
    unfolded = unfolded.xreplace(derivatives)
    densities = {d: sp.Symbol(str(d), positive=True) for d in unfolded.atoms(Density)}
    unfolded = unfolded.xreplace(densities)
    if unfolded.has(sp.Integral, sp.Derivative, sp.Subs, sp.core.function.AppliedUndef) or unfolded.atoms(Density):
        return None
    return unfolded


def value(expr: sp.Expr, point: Mapping[sp.Symbol, sp.Expr], digits: int) -> complex | None:
    """``expr`` at ``point`` to ``digits`` significant digits; None where it is not a finite number."""
    number = sp.N(expr.xreplace(dict(point)), digits)
    if not number.is_number or number.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        return None
    return complex(number)


def _differ(reference: complex, answer: complex) -> bool:
    """|reference - answer| > TOLERANCE (1 + max(|reference|, |answer|))."""
    scale = 1 + max(abs(reference), abs(answer))
    return abs(reference - answer) > TOLERANCE * scale


def counterexample(
    reference: sp.Expr,
    answer: sp.Expr,
    domains: Mapping[sp.Symbol, sp.Set],
    eliminated: Sequence[tuple[sp.Symbol, sp.Expr]] = (),
    points: int = POINTS,
    seed: int = 0,
) -> Counterexample | None:
    """A random admissible point where the two closed forms differ at 30 digits and again at 50, or None.

    ``eliminated`` symbols (abar_t = alpha_t abar_{t-1}, ...) are reported with their values at the point.
    """
    rng = np.random.default_rng(seed)
    symbols = reference.free_symbols | answer.free_symbols
    for _ in range(points):
        point = random_point(symbols, domains, rng)
        left, right = value(reference, point, 30), value(answer, point, 30)
        if left is None or right is None or not _differ(left, right):
            continue
        left, right = value(reference, point, 50), value(answer, point, 50)
        if left is not None and right is not None and _differ(left, right):
            return Counterexample(
                tuple((str(s), f"{float(v):g}") for s, v in sorted(point.items(), key=lambda item: str(item[0]))),
                _show(reference, point),
                _show(answer, point),
                _derived(eliminated, point),
            )
    return None


def _derived(eliminated: Sequence[tuple[sp.Symbol, sp.Expr]], point: Mapping[sp.Symbol, sp.Expr]) -> tuple:
    """(symbol, value) of each eliminated symbol at ``point``, the latest elimination first."""
    values = dict(point)
    derived = []
    for symbol, formula in reversed(eliminated):
        values[symbol] = formula.xreplace(values)
        if values[symbol].is_number:
            derived.append((str(symbol), f"{float(values[symbol]):.10g}"))
    return tuple(reversed(derived))


def _show(expr: sp.Expr, point: Mapping[sp.Symbol, sp.Expr]) -> str:
    number = sp.N(expr.xreplace(dict(point)), 20)
    return str(number).replace("*I", "i")


# ------------------------------------------------------------------ diagnosis


def diagnose(reference: sp.Expr, answer: sp.Expr, domains: Mapping[sp.Symbol, sp.Set]) -> str:
    """What a wrong answer (in closed form) gets right: a constant factor, a sign, or equality under an assumption."""
    factor = constant_factor(reference, answer, domains)
    if factor is not None and prove_equal(factor * reference, answer, domains=domains) is not None:
        if factor == -1:
            return "the sign is flipped: the answer is minus the reference"
        return f"right up to a constant factor: the answer is {factor} times the reference"
    for symbol in sorted(reference.free_symbols | answer.free_symbols, key=str):
        if domains.get(symbol) != REAL:
            continue
        twin = sp.Symbol(symbol.name, positive=True)
        for condition, replacement in ((f"{symbol} > 0", twin), (f"{symbol} < 0", -twin)):
            left, right = reference.xreplace({symbol: replacement}), answer.xreplace({symbol: replacement})
            if counterexample(left, right, {**domains, twin: POSITIVE}, points=8) is None and prove_equal(left, right):
                return f"equal only when {condition}"
    return ""


def constant_factor(
    reference: sp.Expr, answer: sp.Expr, domains: Mapping[sp.Symbol, sp.Set], seed: int = 1
) -> sp.Rational | None:
    """The rational k with answer / reference = k at three random points (small denominator), or None."""
    rng = np.random.default_rng(seed)
    symbols = reference.free_symbols | answer.free_symbols
    ratios = []
    for _ in range(3):
        point = random_point(symbols, domains, rng)
        left, right = value(reference, point, 30), value(answer, point, 30)
        if left is None or right is None or abs(left) == 0:
            return None
        ratios.append(right / left)
    first = ratios[0]
    if any(_differ(first, ratio) for ratio in ratios) or abs(first.imag) > 1e-12 or abs(first) < 1e-12:
        return None
    factor = sp.Rational(first.real).limit_denominator(64)
    return factor if abs(float(factor) - first.real) < 1e-12 * (1 + abs(first)) and factor != 1 else None
