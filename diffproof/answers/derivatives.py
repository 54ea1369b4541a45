"""When a derivative is read: only where the kernel takes it as the formula means it.

The kernel reads ``\\partial_t f``, ``\\frac{\\partial f}{\\partial t}``, ``\\frac{d f}{dt}`` and ``\\nabla_t f`` as the
derivative of the expression written, with every other name held fixed.  That is the writer's meaning only if
nothing in it varies with the variable unseen; a derivative is not read (a note's step, an answer, a reference)
where

- a name is indexed by the variable: the kernel makes ``\\bar\\alpha_t``, ``\\epsilon_\\theta(x_t, t)`` and the law
  ``p_t`` names of their own, not functions of ``t`` or ``\\theta`` (``\\partial \\bar\\alpha_t / \\partial t = 0``);
- a name defined through the variable (``f = x^2``) is differentiated before it is written out;
- a name is differentiated bare that is also written applied to arguments (``\\mu_\\theta`` beside
  ``\\mu_\\theta(x)``): bare, it may stand for its value;
- a name is written bare that the note's words call a function ("Let $y$ be a function of $x$", "$u$ depends on
  $s$", then ``\\frac{d}{dx}(x y) = y``): held fixed, the function's value may vary with the variable;
- the variable is nowhere in what is differentiated, with its definitions, yet a name is (``\\partial L /
  \\partial \\mu``): what the name is made of is not said, so it may vary with the variable.

The notes reader and the answer checker both call :func:`held_apart`, each with its own :class:`Names`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import sympy as sp
from sympy.core.function import AppliedUndef

from derivations.probability import Density, Grad

_INDEX_PART = re.compile(r"\w+")

Key = tuple[str, str, str]

#: What is differentiated: the expression (as ``(expr, expr)``), then each definition it uses, as ``(lhs, rhs)``.
Parts = list[tuple[sp.Expr, sp.Expr]]


@dataclass(frozen=True)
class Names:
    """How a formula's names were written: the key of each symbol and of each applied function (by its
    SymPy name), and how a key is shown in a reason."""

    symbols: Mapping[sp.Symbol, Key]
    functions: Mapping[str, Key]
    shown: Callable[[Key], str]
    #: The keys of the names a note's words call functions ("$u$ depends on $s$"); none in an answer.
    called: frozenset[Key] = frozenset()


def held_apart(sides: Iterable[sp.Expr], names: Names, defined: Mapping[sp.Expr, object]) -> str:
    """Why a derivative written in ``sides`` is not read, or ``""``; ``defined`` holds the definitions in force
    (each with its ``rhs``), written out only after the derivative is taken."""
    for side in sides:
        for derivative in side.atoms(Grad):  # as written: the kernel's own derivatives (of a ∝ step) are its business
            parts = _with_definitions(derivative.expr, defined)
            for check in CHECKS:
                reason = check(derivative.var, parts, names)
                if reason:
                    return reason
    return ""


def _indexed(variable: sp.Expr, parts: Parts, names: Names) -> str:
    """The names (symbols, functions, laws) whose index mentions ``variable``, a letter without an index."""
    key = names.symbols.get(variable)
    if key is None or key[2]:
        return ""
    found: set[str] = set()
    shown = names.shown(key)
    for _, expr in parts:
        keys = {names.symbols[s] for s in expr.free_symbols if s in names.symbols} | {
            names.functions[f.func.__name__] for f in expr.atoms(AppliedUndef) if f.func.__name__ in names.functions
        }
        found |= {names.shown(k) for k in keys if key[0] in _INDEX_PART.findall(k[2])}
        found |= {d.name for d in expr.atoms(Density) if {shown, key[0]} & set(_INDEX_PART.findall(_index_of(d)))}
    if not found:
        return ""
    return (
        f"the derivative in {shown} of {', '.join(sorted(found))}, indexed by {shown}: the kernel holds an indexed "
        f"name apart from its index, as if it did not vary with {shown}"
    )


def _defined_through(variable: sp.Expr, parts: Parts, names: Names) -> str:
    """The names defined as values (not applications: ``f(x) = ...`` is written out first) made of ``variable``."""
    defined = sorted(
        _shown(lhs, names) for lhs, rhs in parts[1:] if isinstance(lhs, sp.Symbol) and variable in rhs.free_symbols
    )
    if not defined:
        return ""
    letter = _shown(variable, names)
    return (
        f"the derivative in {letter} of {', '.join(defined)}, which the note defines through {letter}: the kernel "
        f"would differentiate {defined[0]} before writing it out"
    )


def _unwritten(variable: sp.Expr, parts: Parts, names: Names) -> str:
    """The names written (not as a density's variables) where ``variable`` is in none of the parts."""
    if any(variable in expr.free_symbols for _, expr in parts):
        return ""
    written: set[str] = set()
    for _, expr in parts:
        arguments = {s for density in expr.atoms(Density) for s in density.free_symbols}
        written |= {_shown(s, names) for s in expr.free_symbols - arguments}
        written |= {f.func.__name__ for f in expr.atoms(AppliedUndef)}
    if not written:
        return ""
    letter, first = _shown(variable, names), sorted(written)[0]
    return (
        f"the derivative in {letter} of {', '.join(sorted(written))}, where {letter} is not written: what {first} is "
        f"made of is not said, so it may vary with {letter}"
    )


def _applied_elsewhere(variable: sp.Expr, parts: Parts, names: Names) -> str:
    """The names differentiated bare that are also written applied to arguments (``\\mu_\\theta`` beside
    ``\\mu_\\theta(x)``): bare, such a name may stand for its value, which varies with ``variable``."""
    applied = set(names.functions.values())
    found = sorted(
        {_shown(s, names) for _, expr in parts for s in expr.free_symbols if names.symbols.get(s) in applied}
    )
    if not found:
        return ""
    letter = _shown(variable, names)
    return (
        f"the derivative in {letter} of {', '.join(found)}, also written applied to arguments: written bare, it may "
        f"stand for its value, which may vary with {letter}, and the kernel holds it fixed"
    )


def _function_held(variable: sp.Expr, parts: Parts, names: Names) -> str:
    """The names written bare, other than ``variable`` and a density's variables, that the note's words call
    functions: the kernel holds each fixed, as a number."""
    found = sorted(
        {
            _shown(s, names)
            for _, expr in parts
            for s in expr.free_symbols - {variable} - {v for d in expr.atoms(Density) for v in d.free_symbols}
            if names.symbols.get(s) in names.called
        }
    )
    if not found:
        return ""
    letter = _shown(variable, names)
    return (
        f"the derivative in {letter} of {', '.join(found)}, which the note calls a function in words: written bare, "
        f"the kernel holds it fixed, as if it did not vary with {letter}"
    )


#: The checks, in order: the first reason found is the step's.
CHECKS: tuple[Callable[[sp.Expr, Parts, Names], str], ...] = (
    _indexed,
    _defined_through,
    _applied_elsewhere,
    _function_held,
    _unwritten,
)


def _with_definitions(expr: sp.Expr, defined: Mapping[sp.Expr, object]) -> Parts:
    """``expr`` (as ``(expr, expr)``), then each definition it uses, and those they use, as ``(lhs, rhs)``."""
    found = [(expr, expr)]
    left = dict(defined)
    changed = True
    while changed:
        changed = False
        for lhs, definition in list(left.items()):
            if any(rhs.has(lhs) for _, rhs in found):
                found.append((lhs, definition.rhs))  # type: ignore[attr-defined]
                del left[lhs]
                changed = True
    return found


def _shown(symbol: sp.Expr, names: Names) -> str:
    return names.shown(names.symbols[symbol]) if symbol in names.symbols else str(symbol)


def _index_of(density: Density) -> str:
    """The index of a law's name: ``t`` of ``p_t``, ``theta`` of ``p_theta``."""
    return density.name.partition("_")[2]
