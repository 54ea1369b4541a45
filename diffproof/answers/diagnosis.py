"""What a teacher would say: the classic slip that turns the reference into a wrong answer.

A :class:`Slip` rewrites the reference the way students get it wrong -- ``alpha_t``
where ``abar_t`` belongs, ``t`` for ``t - 1``, a missing or extra square root, the
variance for the standard deviation, a flipped sign, swapped coefficients, an
inverted ratio, a dropped term, a constant factor.  :func:`diagnose` tries every
slip of :data:`SLIPS` on the reference and names one only when the kernel
*proves* the mutated reference equal to the answer (after a cheap numeric
filter): a diagnosis is never a guess.  A bank's feedback messages are matched
the same way, by a proof of equivalence, never by text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import sympy as sp

from derivations import symbols as S
from derivations.kernel.algebra import random_point
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.judge import Assumptions, Status, closed_form, decide, differ, member, prepare, value
from diffproof.answers.notation import Formula

#: Points of the cheap numeric filter a mutant must pass before the kernel is asked for a proof.
FILTER_POINTS = 4
#: The most mutants tried for one answer.
MAX_MUTANTS = 150


@dataclass(frozen=True)
class Mutant:
    """The reference with one slip, and the words that name the slip."""

    expr: sp.Expr
    kind: str
    message: str


@dataclass(frozen=True)
class Slip:
    """A class of mistakes: ``mutants(reference)`` yields each way of making it on this reference."""

    kind: str
    mutants: Callable[[sp.Expr], Iterator[Mutant]]


def plain(expr: sp.Basic) -> str:
    """A symbol or small expression as a student types it: ``abar_t``, ``x_{t-1}``, ``sqrt(1 - abar_t)``."""
    names = {}
    for symbol in expr.free_symbols:
        declaration = S.REGISTRY.get(symbol)
        typed = (
            [s for s in declaration.spellings if s.isascii() and "\\" not in s and "[" not in s] if declaration else []
        )
        names[symbol] = sp.Symbol(typed[0] if typed else symbol.name)
    return sp.sstr(expr.xreplace(names)).replace("**", "^")


# ------------------------------------------------------------------ the slips

#: Symbols students confuse, with the words for each confusion (swapped in both directions).
CONFUSED = (
    (S.alpha_t, S.abar_t),
    (S.alpha_tm1, S.abar_tm1),
    (S.abar_t, S.abar_tm1),
    (S.alpha_t, S.alpha_tm1),
    (S.x_t, S.x_tm1),
    (S.x_t, S.x_0),
    (S.alpha_t, S.beta_t),
    (S.sigma_1, S.sigma_2),
    (S.mu_1, S.mu_2),
)


def one_at_a_time(expr: sp.Expr, old: sp.Expr, new: sp.Expr) -> Iterator[sp.Expr]:
    """``expr`` with one occurrence of ``old`` replaced by ``new``, for each occurrence."""
    if expr == old:
        yield new
        return
    for i, arg in enumerate(expr.args):
        for changed in one_at_a_time(arg, old, new):
            yield expr.func(*expr.args[:i], changed, *expr.args[i + 1 :])


def _replaced(reference: sp.Expr, old: sp.Expr, new: sp.Expr) -> Iterator[sp.Expr]:
    """``old`` replaced by ``new`` everywhere at once, then at each occurrence alone."""
    yield reference.xreplace({old: new})
    yield from one_at_a_time(reference, old, new)


def _network_inputs(reference: sp.Expr) -> Iterator[Mutant]:
    """A network output evaluated at x_0 or x_{t-1} where its input is x_t."""
    for call in reference.atoms(sp.core.function.AppliedUndef):
        for right, wrong in ((S.x_t, S.x_0), (S.x_t, S.x_tm1)):
            if right in call.args:
                moved = call.func(*[wrong if x == right else x for x in call.args])
                yield Mutant(
                    reference.xreplace({call: moved}),
                    "network-input",
                    f"the network is evaluated at {plain(wrong)} where its input is {plain(right)}",
                )


def _confusions(reference: sp.Expr) -> Iterator[Mutant]:
    symbols = reference.free_symbols
    for a, b in CONFUSED:
        if a in symbols and b in symbols:
            yield Mutant(reference.xreplace({a: b, b: a}), "confused-symbol", f"{plain(a)} and {plain(b)} are swapped")
        for right, wrong in ((a, b), (b, a)):
            if right in symbols:
                for expr in _replaced(reference, right, wrong):
                    yield Mutant(expr, "confused-symbol", f"{plain(wrong)} where {plain(right)} belongs")


def _time_shift(reference: sp.Expr) -> Iterator[Mutant]:
    """Every symbol at t moved to t - 1 at once (and back)."""
    forward = {S.alpha_t: S.alpha_tm1, S.abar_t: S.abar_tm1, S.x_t: S.x_tm1}
    backward = {value: key for key, value in forward.items()}
    for mapping, message in ((forward, "t - 1 where t belongs"), (backward, "t where t - 1 belongs")):
        if len(reference.free_symbols & set(mapping)) > 1:
            yield Mutant(reference.xreplace(mapping), "time-index", message)


def _roots(reference: sp.Expr) -> Iterator[Mutant]:
    """A square root dropped, or one too many; a variance for a standard deviation and back."""
    if reference.is_Pow and reference.exp == sp.Rational(1, 2):
        yield Mutant(
            reference.base,
            "square-root",
            "the variance where the standard deviation belongs: the answer is the square of the reference",
        )
    for power in reference.atoms(sp.Pow):
        inner = power.base
        if power.exp == sp.Rational(1, 2):
            what = (
                "the variance where the standard deviation belongs" if _is_variance(inner) else "a missing square root"
            )
            yield Mutant(
                reference.xreplace({power: inner}),
                "square-root",
                f"{what}: {plain(inner)} instead of sqrt({plain(inner)})",
            )
        if power.exp == sp.Rational(-1, 2):
            message = f"a missing square root: 1/{plain(inner)} instead of 1/sqrt({plain(inner)})"
            yield Mutant(reference.xreplace({power: 1 / inner}), "square-root", message)
        if power.exp == 2 and inner.is_Symbol:
            message = f"the standard deviation where the variance belongs: {plain(inner)} instead of {plain(power)}"
            yield Mutant(reference.xreplace({power: inner}), "square-root", message)
    for symbol in reference.free_symbols:
        if symbol.name.startswith("sigma") and symbol.is_positive:
            message = f"the variance where the standard deviation belongs: {plain(symbol)}^2 instead of {plain(symbol)}"
            yield Mutant(reference.xreplace({symbol: symbol**2}), "square-root", message)
    for symbol in reference.free_symbols & {S.abar_t, S.alpha_t, S.abar_tm1}:
        for expr in _replaced(reference, symbol, sp.sqrt(symbol)):
            message = f"an extra square root: sqrt({plain(symbol)}) instead of {plain(symbol)}"
            yield Mutant(expr, "square-root", message)


def _is_variance(expr: sp.Expr) -> bool:
    """A standard deviation's square as the tutorial writes it: sigma, 1 - alpha, 1 - abar, beta."""
    if expr.is_Symbol:
        return expr.name.startswith("sigma") or expr == S.beta_t
    return any(expr == 1 - s for s in (S.abar_t, S.alpha_t, S.abar_tm1))


def _signs(reference: sp.Expr) -> Iterator[Mutant]:
    yield Mutant(-reference, "sign", "the sign is flipped: the answer is minus the reference")
    for add in reference.atoms(sp.Add):
        for term in add.args:
            flipped = sp.Add(*[-other if other == term else other for other in add.args])
            yield Mutant(reference.xreplace({add: flipped}), "sign", f"the sign of the term {plain(term)} is wrong")


#: The variables whose coefficients students swap.
VARIABLES = {S.x_t, S.x_0, S.x_tm1, S.eps, S.x, S.mu, S.sigma}


def _coefficients(reference: sp.Expr) -> Iterator[Mutant]:
    """c_a a + c_b b with the coefficients of two variables swapped; a term dropped."""
    expanded = sp.expand(reference)
    variables = sorted(expanded.free_symbols & VARIABLES | set(expanded.atoms(sp.core.function.AppliedUndef)), key=str)
    for i, a in enumerate(variables):
        for b in variables[i + 1 :]:
            ca, cb = expanded.coeff(a), expanded.coeff(b)
            if ca != 0 and cb != 0 and sp.expand(ca - cb) != 0:
                rest = expanded - ca * a - cb * b
                message = f"the coefficients of {plain(a)} and {plain(b)} are swapped"
                yield Mutant(rest + cb * a + ca * b, "swapped-coefficients", message)
    if reference.is_Add:
        for term in reference.args:
            yield Mutant(reference - term, "missing-term", f"the term {plain(term)} is missing")


def _ratios(reference: sp.Expr) -> Iterator[Mutant]:
    numerator, denominator = sp.fraction(sp.together(reference))
    if denominator != 1:
        yield Mutant(denominator / numerator, "inverted-ratio", "the ratio is upside down")
    for power in reference.atoms(sp.Pow):
        if power.exp.is_negative and power.exp.is_Rational:
            moved = power.base ** (-power.exp)
            message = f"{plain(moved)} in the numerator where it belongs in the denominator"
            yield Mutant(reference.xreplace({power: moved}), "inverted-ratio", message)


def _complements(reference: sp.Expr) -> Iterator[Mutant]:
    """``1 - abar`` where ``abar`` belongs, and back (the signal and noise coefficients exchanged)."""
    for symbol in reference.free_symbols & {S.abar_t, S.alpha_t, S.abar_tm1}:
        complement = 1 - symbol
        if reference.has(complement):
            for expr in _replaced(reference, complement, symbol):
                yield Mutant(expr, "complement", f"{plain(symbol)} where {plain(complement)} belongs")
        message = f"{plain(complement)} where {plain(symbol)} belongs"
        yield Mutant(reference.xreplace({symbol: complement}), "complement", message)


#: Constant factors students get wrong, and the words for each.
FACTORS = (
    (2, "twice the reference: a factor of 2 too many"),
    (sp.Rational(1, 2), "half the reference: a factor of 1/2 missing"),
    (4, "four times the reference"),
    (sp.Rational(1, 4), "a quarter of the reference"),
)


def _factors(reference: sp.Expr) -> Iterator[Mutant]:
    for factor, words in FACTORS:
        yield Mutant(factor * reference, "constant-factor", words)


#: The classes of slips, tried in this order (the first proved is named).
SLIPS: tuple[Slip, ...] = (
    Slip("network-input", _network_inputs),
    Slip("swapped-coefficients", _coefficients),
    Slip("confused-symbol", _confusions),
    Slip("time-index", _time_shift),
    Slip("square-root", _roots),
    Slip("sign", _signs),
    Slip("inverted-ratio", _ratios),
    Slip("complement", _complements),
    Slip("constant-factor", _factors),
)


def mutants(reference: sp.Expr) -> list[Mutant]:
    """Every distinct mutant of ``reference`` (at most :data:`MAX_MUTANTS`), none equal to it as written."""
    seen = {reference}
    found = []
    for slip in SLIPS:
        for mutant in slip.mutants(reference):
            if mutant.expr not in seen:
                seen.add(mutant.expr)
                found.append(mutant)
            if len(found) >= MAX_MUTANTS:
                return found
    return found


# ------------------------------------------------------------------ proving a diagnosis


class Screen:
    """A cheap numeric filter: the answer's values at a few points of the domain (every symbol of the schedule
    given a value consistent with its relations), which a mutant must match before the kernel is asked.

    Only a filter: a mutant it lets through is named only if :func:`decide` proves it; a mutant it turns
    away is a diagnosis missed, never a false one.
    """

    def __init__(self, answer: Formula, assumptions: Assumptions, points: int = FILTER_POINTS) -> None:
        self.assumptions = assumptions
        self.points: list[dict[sp.Symbol, sp.Expr]] = []
        self.values: list[complex] = []
        sides = prepare(answer, answer, assumptions)
        form = closed_form(sides.answer)
        if form is None:
            return
        symbols = set(form.expr.free_symbols) | SCHEDULE
        rng = np.random.default_rng(11)
        for _ in range(4 * points):
            point = {**random_point(symbols, {s: assumptions.domain(s) for s in symbols}, rng)}
            for relation in reversed(S.RELATIONS):
                point[relation.symbol] = relation.value.xreplace(point)
            number = value(form.expr, point, 20)
            if number is not None and all(_inside(s, v, assumptions) for s, v in point.items()):
                self.points.append(point)
                self.values.append(number)
            if len(self.points) == points:
                return

    def passes(self, candidate: sp.Expr) -> bool:
        """Whether ``candidate`` may equal the answer: it agrees at every screening point (or cannot be screened)."""
        if not self.points:
            return True
        form = closed_form(candidate)
        if form is None:
            return True
        missing = form.expr.free_symbols - set(self.points[0])
        rng = np.random.default_rng(13)
        for point, expected in zip(self.points, self.values, strict=True):
            extra = random_point(missing, {s: self.assumptions.domain(s) for s in missing}, rng) if missing else {}
            number = value(form.expr, {**point, **extra}, 20)
            if number is None or differ(number, expected):
                return False
        return True


#: Every symbol of the schedule, so that screening points give each one a value (related ones consistently).
SCHEDULE = {S.alpha_t, S.alpha_tm1, S.abar_tm2, S.beta_tilde_t, S.beta_t, S.abar_t, S.abar_tm1} - {
    r.symbol for r in S.RELATIONS
}


def _inside(symbol: sp.Symbol, number: sp.Expr, assumptions: Assumptions) -> bool:
    return not number.is_number or member(assumptions.domain(symbol), sp.N(number, 20))


def proved_equal(reference: Formula, answer: Formula, assumptions: Assumptions, screen: Screen | None = None) -> bool:
    """Whether the kernel proves ``answer`` equal to ``reference`` (after the cheap numeric screen)."""
    try:
        if screen is not None and not screen.passes(reference.expr):
            return False
        return decide(reference, answer, assumptions).verdict.status is Status.PROVED
    except (InvalidAnswer, TypeError, ValueError, NotImplementedError, ZeroDivisionError, sp.PolynomialError):
        return False


def diagnose(reference: Formula, answer: Formula, assumptions: Assumptions) -> Mutant | None:
    """The first slip whose mutant of the reference the kernel proves equal to the answer, or None."""
    screen = Screen(answer, assumptions)
    for mutant in mutants(reference.expr):
        if proved_equal(Formula(mutant.expr), answer, assumptions, screen):
            return mutant
    return None


def matching_feedback(answer: Formula, feedback: Sequence, assumptions: Assumptions) -> str:
    """The message of the first feedback entry whose answer the kernel proves equal to ``answer``."""
    screen = Screen(answer, assumptions)
    for entry in feedback:
        if proved_equal(entry.answer, answer, assumptions, screen):
            return entry.message
    return ""
