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

import sympy as sp

from derivations import symbols as S
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.judge import Assumptions, Problem, Status, closed_form, compare, decide, prepare
from diffproof.answers.notation import Formula

#: Points of the cheap numeric filter a mutant must pass before the kernel is asked for a proof.
FILTER_POINTS = 4
#: The most mutants tried for one answer.
MAX_MUTANTS = 80


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


def _confusions(reference: sp.Expr) -> Iterator[Mutant]:
    symbols = reference.free_symbols
    for a, b in CONFUSED:
        for right, wrong in ((a, b), (b, a)):
            if right in symbols:
                yield Mutant(
                    reference.xreplace({right: wrong}),
                    "confused-symbol",
                    f"{plain(wrong)} where {plain(right)} belongs",
                )
    networks = {c for c in reference.atoms(sp.core.function.AppliedUndef)}
    for call in networks:
        for argument in call.args:
            for a, b in ((S.x_t, S.x_0), (S.x_t, S.x_tm1)):
                if argument == a:
                    wrong = call.func(*[b if x == a else x for x in call.args])
                    yield Mutant(
                        reference.xreplace({call: wrong}),
                        "network-input",
                        f"the network is evaluated at {plain(b)} where its input is {plain(a)}",
                    )


def _time_shift(reference: sp.Expr) -> Iterator[Mutant]:
    """Every symbol at t moved to t - 1 at once (and back)."""
    forward = {S.alpha_t: S.alpha_tm1, S.abar_t: S.abar_tm1, S.x_t: S.x_tm1}
    backward = {value: key for key, value in forward.items()}
    for mapping, message in ((forward, "t - 1 where t belongs"), (backward, "t where t - 1 belongs")):
        if len(reference.free_symbols & set(mapping)) > 1:
            yield Mutant(reference.xreplace(mapping), "time-index", message)


def _roots(reference: sp.Expr) -> Iterator[Mutant]:
    """A square root dropped, or one too many; a variance for a standard deviation and back."""
    for power in reference.atoms(sp.Pow):
        if power.exp == sp.Rational(1, 2):
            inner = power.base
            what = (
                "variance where the standard deviation belongs"
                if _looks_like_variance(inner)
                else "a missing square root"
            )
            yield Mutant(
                reference.xreplace({power: inner}),
                "square-root",
                f"{what}: {plain(inner)} instead of sqrt({plain(inner)})",
            )
        if power.exp == sp.Rational(-1, 2):
            inner = power.base
            yield Mutant(
                reference.xreplace({power: 1 / inner}),
                "square-root",
                f"a missing square root: 1/{plain(inner)} instead of 1/sqrt({plain(inner)})",
            )
        if power.exp == 2 and power.base.is_Symbol:
            yield Mutant(
                reference.xreplace({power: power.base}),
                "square-root",
                f"the standard deviation where the variance belongs: {plain(power.base)} instead of {plain(power)}",
            )
    for symbol in reference.free_symbols:
        if (
            S.REGISTRY.get(symbol)
            and S.REGISTRY[symbol].domain.is_subset(S.POSITIVE)
            and symbol.name.startswith("sigma")
        ):
            yield Mutant(
                reference.xreplace({symbol: symbol**2}),
                "square-root",
                f"the variance where the standard deviation belongs: {plain(symbol)}^2 instead of {plain(symbol)}",
            )
    for symbol in reference.free_symbols & {S.abar_t, S.alpha_t, S.abar_tm1}:
        yield Mutant(
            reference.xreplace({symbol: sp.sqrt(symbol)}),
            "square-root",
            f"an extra square root: sqrt({plain(symbol)}) instead of {plain(symbol)}",
        )


def _looks_like_variance(expr: sp.Expr) -> bool:
    return (
        expr.is_Symbol
        and expr.name.startswith("sigma")
        or any((1 - s) == expr or (s - 1) == -expr for s in (S.abar_t, S.alpha_t, S.abar_tm1))
        or expr == S.beta_t
    )


def _signs(reference: sp.Expr) -> Iterator[Mutant]:
    yield Mutant(-reference, "sign", "the sign is flipped: the answer is minus the reference")
    for add in reference.atoms(sp.Add):
        for term in add.args:
            if len(add.args) > 1:
                flipped = sp.Add(*[-other if other == term else other for other in add.args])
                yield Mutant(reference.xreplace({add: flipped}), "sign", f"the sign of the term {plain(term)} is wrong")


def _coefficients(reference: sp.Expr) -> Iterator[Mutant]:
    """c_a a + c_b b with the coefficients of two variables swapped; a term dropped."""
    expanded = sp.expand(reference)
    variables = sorted(
        expanded.free_symbols & {S.x_t, S.x_0, S.x_tm1, S.eps, S.x, S.mu, S.sigma}
        | {c for c in expanded.atoms(sp.core.function.AppliedUndef)},
        key=str,
    )
    for i, a in enumerate(variables):
        for b in variables[i + 1 :]:
            ca, cb = expanded.coeff(a), expanded.coeff(b)
            if ca != 0 and cb != 0 and sp.simplify(ca - cb) != 0:
                rest = expanded - ca * a - cb * b
                yield Mutant(
                    rest + cb * a + ca * b,
                    "swapped-coefficients",
                    f"the coefficients of {plain(a)} and {plain(b)} are swapped",
                )
    for add in [reference] if reference.is_Add else []:
        for term in add.args:
            yield Mutant(add - term, "missing-term", f"the term {plain(term)} is missing")


def _ratios(reference: sp.Expr) -> Iterator[Mutant]:
    numerator, denominator = sp.fraction(sp.together(reference))
    if denominator != 1:
        yield Mutant(denominator / numerator, "inverted-ratio", "the ratio is upside down")
    for power in reference.atoms(sp.Pow):
        if power.exp.is_negative and power.exp.is_Rational:
            yield Mutant(
                reference.xreplace({power: power.base ** (-power.exp)}),
                "inverted-ratio",
                f"{plain(power.base ** (-power.exp))} in the numerator where it belongs in the denominator",
            )


def _complements(reference: sp.Expr) -> Iterator[Mutant]:
    """``1 - abar`` where ``abar`` belongs, and back (the signal and noise coefficients exchanged)."""
    for symbol in reference.free_symbols & {S.abar_t, S.alpha_t, S.abar_tm1}:
        complement = 1 - symbol
        if reference.has(complement):
            yield Mutant(
                reference.xreplace({complement: symbol}),
                "complement",
                f"{plain(symbol)} where {plain(complement)} belongs",
            )
        yield Mutant(
            reference.xreplace({symbol: complement}), "complement", f"{plain(complement)} where {plain(symbol)} belongs"
        )


def _factors(reference: sp.Expr) -> Iterator[Mutant]:
    for factor, words in (
        (2, "twice the reference: a factor of 2 too many"),
        (sp.Rational(1, 2), "half the reference: a factor of 1/2 missing"),
        (4, "four times the reference"),
        (sp.Rational(1, 4), "a quarter of the reference"),
    ):
        yield Mutant(factor * reference, "constant-factor", words)


#: The classes of slips, tried in this order (the first proved is named).
SLIPS: tuple[Slip, ...] = (
    Slip("confused-symbol", _confusions),
    Slip("time-index", _time_shift),
    Slip("square-root", _roots),
    Slip("sign", _signs),
    Slip("swapped-coefficients", _coefficients),
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


def proved_equal(reference: Formula, answer: Formula, assumptions: Assumptions) -> bool:
    """Whether the kernel proves ``answer`` equal to ``reference`` (after a cheap numeric filter)."""
    try:
        if not _passes_filter(reference, answer, assumptions):
            return False
        return decide(reference, answer, assumptions).verdict.status is Status.PROVED
    except (InvalidAnswer, TypeError, ValueError, NotImplementedError, ZeroDivisionError, sp.PolynomialError):
        return False


def _passes_filter(reference: Formula, answer: Formula, assumptions: Assumptions) -> bool:
    sides = prepare(reference, answer, assumptions)
    left, right = closed_form(sides.reference), closed_form(sides.answer)
    if left is None or right is None:
        return True
    domains = {s: assumptions.domain(s) for s in left.expr.free_symbols | right.expr.free_symbols}
    found = compare(
        Problem(left, right, domains, sides.eliminated, assumptions=assumptions), points=FILTER_POINTS, seed=7
    )
    return found.counterexample is None


def diagnose(reference: Formula, answer: Formula, assumptions: Assumptions) -> Mutant | None:
    """The first slip whose mutant of the reference the kernel proves equal to the answer, or None."""
    for mutant in mutants(reference.expr):
        if proved_equal(Formula(mutant.expr), answer, assumptions):
            return mutant
    return None


def matching_feedback(answer: Formula, feedback: Sequence, assumptions: Assumptions) -> str:
    """The message of the first feedback entry whose answer the kernel proves equal to ``answer``."""
    for entry in feedback:
        if proved_equal(entry.answer, answer, assumptions):
            return entry.message
    return ""
