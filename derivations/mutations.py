"""Plausible wrong variants of an expression: the slips people make when they write these derivations.

Each class of slip is a function ``expr -> mutants``, registered in
:data:`MUTATIONS` with a name a student understands.  They are used by
``diffproof mutate`` (does the kernel reject every non-equivalent variant of
every step?) and by the answer checker's diagnoses.

* sign flip of a term; a square root added or dropped; ``t`` for ``t - 1`` (and
  back); ``alpha_t`` for ``abar_t`` (and back); a variance for a standard
  deviation (and back); two coefficients swapped; a ratio inverted;
* the arguments of a KL swapped; an expectation taken under another density of
  the expression; a conditioning variable dropped or added.

A mutant is a new expression; whether it is *equivalent* to the original is
for the caller to decide (numerically).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import sympy as sp

from derivations import symbols as notation
from derivations.probability import KL, Density, Expectation


@dataclass(frozen=True)
class Mutant:
    """``expr`` with one slip of class ``kind`` (``where`` shows the part that changed)."""

    kind: str
    expr: sp.Expr
    where: str


def _terms(expr: sp.Expr) -> tuple[sp.Expr, ...]:
    return sp.Add.make_args(expr)


def sign_flips(expr: sp.Expr) -> Iterator[Mutant]:
    """One additive term with its sign flipped (the whole expression when it has one term)."""
    terms = _terms(expr)
    for index, term in enumerate(terms):
        flipped = sp.Add(*(-t if i == index else t for i, t in enumerate(terms)))
        yield Mutant("sign flip", flipped, sp.sstr(term))


def _replacements(expr: sp.Expr, match: Callable[[sp.Basic], bool], change: Callable[[sp.Basic], sp.Basic]):
    """Each distinct subexpression that ``match`` selects, changed everywhere it occurs; bound variables (of a
    sum, an integral or an expectation) and the names of indexed variables are never changed, and a change
    SymPy refuses is skipped."""
    seen = set()
    free = expr.free_symbols - {base.label for base in expr.atoms(sp.IndexedBase)}
    for node in sp.preorder_traversal(expr):
        if node in seen or not match(node) or (isinstance(node, sp.Symbol) and node not in free):
            continue
        seen.add(node)
        try:
            yield node, expr.xreplace({node: change(node)})
        except (ValueError, TypeError):  # e.g. a limit that is no longer valid
            continue


def square_roots(expr: sp.Expr) -> Iterator[Mutant]:
    """A square root dropped (``sqrt(a) -> a``) or added to a symbol (``a -> sqrt(a)``)."""
    for node, mutated in _replacements(expr, lambda e: e.is_Pow and e.exp == sp.Rational(1, 2), lambda e: e.base):
        yield Mutant("missing square root", mutated, sp.sstr(node))
    for node, mutated in _replacements(
        expr, lambda e: isinstance(e, sp.Symbol) and e.is_positive is True, lambda e: sp.sqrt(e)
    ):
        yield Mutant("extra square root", mutated, sp.sstr(node))


#: Pairs of symbols one slip apart: t and t-1, alpha_t and its cumulative product.
TIME_PAIRS = (
    (notation.x_t, notation.x_tm1),
    (notation.x_tm1, notation.x_tm2),
    (notation.alpha_t, notation.alpha_tm1),
    (notation.abar_t, notation.abar_tm1),
    (notation.abar_tm1, notation.abar_tm2),
)
PRODUCT_PAIRS = ((notation.alpha_t, notation.abar_t), (notation.alpha_tm1, notation.abar_tm1))


def _swap(expr: sp.Expr, pairs, kind: str) -> Iterator[Mutant]:
    present = expr.free_symbols
    for first, second in pairs:
        for old, new in ((first, second), (second, first)):
            if old in present:
                yield Mutant(kind, expr.xreplace({old: new}), f"{old} -> {new}")


def time_shifts(expr: sp.Expr) -> Iterator[Mutant]:
    """``t`` where ``t - 1`` belongs, or the other way."""
    yield from _swap(expr, TIME_PAIRS, "t for t-1")


def cumulative_products(expr: sp.Expr) -> Iterator[Mutant]:
    """``alpha_t`` where ``abar_t`` belongs, or the other way."""
    yield from _swap(expr, PRODUCT_PAIRS, "alpha for abar")


def variances(expr: sp.Expr) -> Iterator[Mutant]:
    """A variance where a standard deviation belongs (``s -> s^2``), or the other way (``s^2 -> s``)."""
    for node, mutated in _replacements(
        expr, lambda e: isinstance(e, sp.Symbol) and e.is_positive is True, lambda e: e**2
    ):
        yield Mutant("variance for standard deviation", mutated, sp.sstr(node))
    for node, mutated in _replacements(
        expr, lambda e: e.is_Pow and e.exp == 2 and isinstance(e.base, sp.Symbol), lambda e: e.base
    ):
        yield Mutant("standard deviation for variance", mutated, sp.sstr(node))


def swapped_coefficients(expr: sp.Expr) -> Iterator[Mutant]:
    """The coefficients of two terms exchanged: ``a X + b Y -> b X + a Y`` (a coefficient: the factors made of
    positive symbols and numbers, such as sqrt(abar_t))."""
    terms = _terms(expr)
    variables = [s for s in expr.free_symbols if s.is_positive is not True]  # the coefficient is the rest
    split = [t.as_independent(*variables, as_Add=False) if variables else t.as_coeff_Mul() for t in terms]
    for i in range(len(terms)):
        for j in range(i + 1, len(terms)):
            (ci, xi), (cj, xj) = split[i], split[j]
            if ci == cj:
                continue
            rest = [t for k, t in enumerate(terms) if k not in (i, j)]
            yield Mutant(
                "swapped coefficients", sp.Add(cj * xi, ci * xj, *rest), f"{sp.sstr(terms[i])}, {sp.sstr(terms[j])}"
            )


def inverted_ratios(expr: sp.Expr) -> Iterator[Mutant]:
    """A quotient of two non-constant parts turned upside down."""
    for node, mutated in _replacements(
        expr,
        lambda e: isinstance(e, sp.Mul) and any(f.is_Pow and f.exp.is_negative for f in e.args) and e.free_symbols,
        lambda e: 1 / e,
    ):
        yield Mutant("inverted ratio", mutated, sp.sstr(node))


def swapped_kl(expr: sp.Expr) -> Iterator[Mutant]:
    """KL(q || p) written as KL(p || q)."""
    for node, mutated in _replacements(expr, lambda e: isinstance(e, KL), lambda e: KL(e.p, e.q, e.variables)):
        yield Mutant("swapped KL arguments", mutated, sp.sstr(node))


def wrong_measures(expr: sp.Expr) -> Iterator[Mutant]:
    """An expectation under another density of the expression over the same variables."""
    densities = {d for d in expr.atoms(Density)}
    for node in {e for e in sp.preorder_traversal(expr) if isinstance(e, Expectation)}:
        for other in sorted(densities, key=str):
            if other != node.measure and set(other.variables) == set(node.variables):
                mutated = expr.xreplace({node: Expectation(node.expr, other, node.variables)})
                yield Mutant("wrong measure", mutated, f"{sp.sstr(node.measure)} -> {sp.sstr(other)}")


def conditioning(expr: sp.Expr) -> Iterator[Mutant]:
    """A conditioning variable dropped from a density, or another variable of the expression added."""
    densities = sorted(expr.atoms(Density), key=str)
    variables = sorted({v for d in densities for v in d.arguments if isinstance(v, sp.Symbol)}, key=str)
    for density in densities:
        for dropped in density.given:
            smaller = density.conditioned_on(tuple(g for g in density.given if g != dropped))
            yield Mutant("dropped conditioning variable", expr.xreplace({density: smaller}), f"{sp.sstr(density)}")
        for added in variables:
            if added not in density.arguments:
                larger = density.conditioned_on((*density.given, added))
                yield Mutant("added conditioning variable", expr.xreplace({density: larger}), f"{sp.sstr(density)}")


#: Every class of slip, by the name a reader understands.
MUTATIONS: dict[str, Callable[[sp.Expr], Iterator[Mutant]]] = {
    "sign flip": sign_flips,
    "square root": square_roots,
    "t for t-1": time_shifts,
    "alpha for abar": cumulative_products,
    "variance for standard deviation": variances,
    "swapped coefficients": swapped_coefficients,
    "inverted ratio": inverted_ratios,
    "swapped KL arguments": swapped_kl,
    "wrong measure": wrong_measures,
    "conditioning variable": conditioning,
}


def mutants(expr: sp.Expr, limit_per_class: int = 3) -> list[Mutant]:
    """Up to ``limit_per_class`` distinct mutants of each class, none identical to ``expr``."""
    found: list[Mutant] = []
    seen = {expr}
    for generate in MUTATIONS.values():
        count = 0
        generated = generate(expr)
        while count < limit_per_class:
            try:
                mutant = next(generated)
            except StopIteration:
                break
            except (ValueError, TypeError):  # SymPy refused to build a variant: the class has no more
                break
            if mutant.expr in seen:
                continue
            seen.add(mutant.expr)
            found.append(mutant)
            count += 1
    return found
