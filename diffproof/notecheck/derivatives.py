"""When a derivative of a note is read: only where the kernel takes it as the note means it.

The kernel reads ``\\partial_t f``, ``\\frac{\\partial f}{\\partial t}`` and ``\\nabla_t f`` as the derivative of
the expression written, with every other name held fixed.  That is the note's meaning only if nothing in it
varies with the variable unseen; a step is not read where

- a name is indexed by the variable: the kernel makes ``\\bar\\alpha_t``, ``\\epsilon_\\theta(x_t, t)`` and the law
  ``p_t`` names of their own, not functions of ``t`` or ``\\theta`` (``\\partial \\bar\\alpha_t / \\partial t = 0``);
- a name the note defines through the variable (``f = x^2``) is differentiated before it is written out;
- the variable is nowhere in what is differentiated, with its definitions, yet a name is (``\\partial L /
  \\partial \\mu``): what the name is made of the note does not say, so it may vary with the variable;
- a name is written bare that the note's words call a function ("Let $y$ be a function of $x$", "$u$ depends on
  $s$", then ``\\frac{d}{dx}(x y) = y``): held fixed, the function's value may vary with the variable.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

import sympy as sp
from sympy.core.function import AppliedUndef

from derivations.probability import Density, Grad
from diffproof.notecheck.vocabulary import NoteVocabulary, display_name

_INDEX_PART = re.compile(r"\w+")

#: What is differentiated: the expression (as ``(expr, expr)``), then each definition it uses, as ``(lhs, rhs)``.
Parts = list[tuple[sp.Expr, sp.Expr]]


def held_apart(
    sides: Iterable[sp.Expr],
    vocabulary: NoteVocabulary,
    defined: Mapping[sp.Expr, object],
    called: frozenset[tuple[str, str, str]] = frozenset(),
) -> str:
    """Why a derivative the note writes in ``sides`` is not read, or ``""``; ``called``: the keys of the names the
    note's words call functions."""
    for side in sides:
        for derivative in side.atoms(Grad):  # as written: the kernel's own derivatives (of a ∝ step) are its business
            parts = _with_definitions(derivative.expr, defined)
            reasons = (check(derivative.var, parts, vocabulary) for check in CHECKS)
            reason = next((r for r in reasons if r), "") or _function_held(derivative.var, parts, vocabulary, called)
            if reason:
                return reason
    return ""


def _indexed(variable: sp.Expr, parts: Parts, vocabulary: NoteVocabulary) -> str:
    """The names (symbols, functions, laws) whose index mentions ``variable``, a letter without an index."""
    key = vocabulary.symbols.get(variable)
    if key is None or key[2]:
        return ""
    found: set[str] = set()
    shown = display_name(key)
    for _, expr in parts:
        keys = {vocabulary.symbols[s] for s in expr.free_symbols if s in vocabulary.symbols} | {
            vocabulary.functions[f.func.__name__]
            for f in expr.atoms(AppliedUndef)
            if f.func.__name__ in vocabulary.functions
        }
        found |= {display_name(k) for k in keys if key[0] in _INDEX_PART.findall(k[2])}
        found |= {d.name for d in expr.atoms(Density) if shown in _INDEX_PART.findall(d.name.partition("_")[2])}
    if not found:
        return ""
    return (
        f"the derivative in {shown} of {', '.join(sorted(found))}, indexed by {shown}: the kernel holds an indexed "
        f"name apart from its index, as if it did not vary with {shown}"
    )


def _defined_through(variable: sp.Expr, parts: Parts, vocabulary: NoteVocabulary) -> str:
    """The names defined as values (not applications: ``f(x) = ...`` is written out first) made of ``variable``."""
    names = sorted(
        _shown(lhs, vocabulary) for lhs, rhs in parts[1:] if isinstance(lhs, sp.Symbol) and variable in rhs.free_symbols
    )
    if not names:
        return ""
    letter = _shown(variable, vocabulary)
    return (
        f"the derivative in {letter} of {', '.join(names)}, which the note defines through {letter}: the kernel "
        f"would differentiate {names[0]} before writing it out"
    )


def _unwritten(variable: sp.Expr, parts: Parts, vocabulary: NoteVocabulary) -> str:
    """The names written (not as a density's variables) where ``variable`` is in none of the parts."""
    if any(variable in expr.free_symbols for _, expr in parts):
        return ""
    names: set[str] = set()
    for _, expr in parts:
        arguments = {s for density in expr.atoms(Density) for s in density.free_symbols}
        names |= {_shown(s, vocabulary) for s in expr.free_symbols - arguments}
        names |= {f.func.__name__ for f in expr.atoms(AppliedUndef)}
    if not names:
        return ""
    letter, first = _shown(variable, vocabulary), sorted(names)[0]
    return (
        f"the derivative in {letter} of {', '.join(sorted(names))}, where {letter} is not written: what {first} is "
        f"made of, the note does not say, so it may vary with {letter}"
    )


def _function_held(
    variable: sp.Expr, parts: Parts, vocabulary: NoteVocabulary, called: frozenset[tuple[str, str, str]]
) -> str:
    """The names written bare, other than ``variable`` and a density's variables (random variables, by the role
    the note gives them), that the note's words call functions (``called``): the kernel holds each fixed, as a
    number."""
    names = sorted(
        {
            _shown(s, vocabulary)
            for _, expr in parts
            for s in expr.free_symbols - {variable} - {v for d in expr.atoms(Density) for v in d.free_symbols}
            if vocabulary.symbols.get(s) in called
        }
    )
    if not names:
        return ""
    letter = _shown(variable, vocabulary)
    return (
        f"the derivative in {letter} of {', '.join(names)}, which the note calls a function in words: written bare, "
        f"the kernel holds it fixed, as if it did not vary with {letter}"
    )


#: The checks, in order: the first reason found is the step's.
CHECKS: tuple[Callable[[sp.Expr, Parts, NoteVocabulary], str], ...] = (_indexed, _defined_through, _unwritten)


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


def _shown(symbol: sp.Expr, vocabulary: NoteVocabulary) -> str:
    return display_name(vocabulary.symbols[symbol]) if symbol in vocabulary.symbols else str(symbol)
