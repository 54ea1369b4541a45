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
- a name is written bare that the note writes applied to the variable anywhere (``h(x) = x^2``, ``h(x_t)``,
  ``h_\\theta(x)``, in a display or a sentence, then ``\\frac{d}{dx}(x h) = h``): bare, it may stand for its value
  there, as it may where it is applied to a name that varies with the variable (``s(y)``, "$y$ depends on $x$");
  a name applied only to other names (``s(y)`` alone) is held fixed, as those names are;
- a name is written bare that a sentence ties in words to the variable ("Let $L$ be the loss of the model with
  mean $\\mu$", then ``\\partial_\\mu (\\mu L) = L``): the words make it vary with the variable;
- the variable is nowhere in what is differentiated, with its definitions, yet a name is (``\\partial L /
  \\partial \\mu``): what the name is made of is not said, so it may vary with the variable; a law at a point
  without the variable (``\\nabla_x p(x_{t-1})``) may be its gradient there, as a score is written, or the
  derivative of its value through the point.

The notes reader and the answer checker both call :func:`held_apart`, each with its own :class:`Names`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace

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
    #: By each name a note writes applied to arguments, the keys of the names in them; none in an answer.
    applied_to: Mapping[Key, frozenset[Key]] = field(default_factory=dict)
    #: The pairs of names a note's sentences tie in words, with the sentence; none in an answer.
    tied: Mapping[frozenset[Key], str] = field(default_factory=dict)
    #: The names a note holds as numbers where they are written bare: those its step writes only before a
    #: parenthesis (``m(\\tilde x)``, bare only in a reading of that as a product, where each is that reading's
    #: number, the reading as applied judged too), and those its words call parameters or constants ("the
    #: parameters are $m, s$", beside a score ``s(x)``).
    numbers: frozenset[Key] = frozenset()
    #: By each name defined in force, the keys of the names its definition writes (``y = g(x)``: x).
    made_of: Mapping[Key, frozenset[Key]] = field(default_factory=dict)


def held_apart(sides: Iterable[sp.Expr], names: Names, defined: Mapping[sp.Expr, object]) -> str:
    """Why a derivative written in ``sides`` is not read, or ``""``; ``defined`` holds the definitions in force
    (each with its ``rhs``), written out only after the derivative is taken."""
    made_of = {
        names.symbols[lhs]: frozenset(names.symbols[s] for s in definition.rhs.free_symbols if s in names.symbols)  # type: ignore[attr-defined]
        for lhs, definition in defined.items()
        if lhs in names.symbols
    }
    names = replace(names, made_of=made_of)
    for side in sides:
        for derivative in side.atoms(Grad):  # as written: the kernel's own derivatives (of a ∝ step) are its business
            parts = _with_definitions(derivative.expr, defined)
            for check in CHECKS:
                reason = check(derivative.var, parts, names)
                if reason:
                    return reason
    return ""


def screened_in_words(
    sides: Iterable[sp.Expr],
    variables: Iterable[sp.Expr],
    names: Names,
    defined: Mapping[sp.Expr, object],
    random: Callable[[sp.Expr], bool],
) -> str:
    """Why a ∝ in ``variables`` between ``sides`` is not read, or ``""``: the kernel checks it by its own derivative
    of log(lhs / rhs) in each variable, every other name held fixed, which is not the writer's meaning where the
    note's words make a name vary with the variable (called a function, written applied to it, tied to it).  The
    other variables are no such names: the ratio is checked constant in all of them at once; nor are the random
    variables a density is given (q(x_{t-1} | x_t, x_0) in x_{t-1}: x_t is held fixed as its condition)."""
    made_of = {
        names.symbols[lhs]: frozenset(names.symbols[s] for s in definition.rhs.free_symbols if s in names.symbols)  # type: ignore[attr-defined]
        for lhs, definition in defined.items()
        if lhs in names.symbols
    }
    names = replace(names, made_of=made_of)
    variables = tuple(variables)
    for variable in variables:
        others = {other: sp.Dummy() for other in variables if other != variable}  # varied too: none is held fixed
        for side in sides:
            parts = [(lhs, rhs.xreplace(others)) for lhs, rhs in _with_definitions(side, defined)]
            for check in (_function_held, _applied_to_variable, _tied_in_words):
                reason = check(variable, parts, names) or _density_argument_tied(variable, parts, names, random)
                if reason:
                    return f"the ∝ is checked by the derivative of log(lhs / rhs) in each variable, and {reason}"
    return ""


def _density_argument_tied(variable: sp.Expr, parts: Parts, names: Names, random: Callable[[sp.Expr], bool]) -> str:
    """The numbers (not ``random``) in a density's arguments that the note calls functions or ties to ``variable``
    in words: a ∝ takes p(s) for a constant in x, which it is not where "$s = 2x$"."""
    key = names.symbols.get(variable)
    arguments = {s for _, expr in parts for d in expr.atoms(Density) for s in d.free_symbols if not random(s)}
    arguments -= {variable}
    found = sorted(
        _shown(s, names)
        for s in arguments
        if names.symbols.get(s) in names.called or names.tied.get(frozenset((names.symbols.get(s), key)))
    )
    if key is None or not found:
        return ""
    letter = _shown(variable, names)
    return (
        f"the density of {', '.join(found)}, which the note's words make vary with {letter}: the kernel takes it "
        f"for a constant in {letter}"
    )


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
    """The names defined as values made of ``variable`` (not applications: the kernel writes ``f(x) = ...`` out
    inside the derivative before taking it, under an integral over its argument too:
    :func:`derivations.kernel.checking.written_under_operators`)."""
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
    elsewhere = sorted({_law_at(density, names) for density in parts[0][1].atoms(Density)})
    if elsewhere:  # \nabla_x p(x_{t-1}): the score at x_{t-1}, or a derivative through x_{t-1}
        return (
            f"the derivative in {letter} of {', '.join(elsewhere)}, where {letter} is not written: it may be the "
            f"law's gradient taken at its point, as a score is written, or the derivative of its value as its point "
            f"varies with {letter}, which the note does not say"
        )
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
    """The names written bare that the note's words call functions: the kernel holds each fixed, as a number."""
    found = sorted({_shown(s, names) for s in _bare(variable, parts) if names.symbols.get(s) in names.called})
    if not found:
        return ""
    letter = _shown(variable, names)
    return (
        f"the derivative in {letter} of {', '.join(found)}, which the note calls a function in words: written bare, "
        f"the kernel holds it fixed, as if it did not vary with {letter}"
    )


def _applied_to_variable(variable: sp.Expr, parts: Parts, names: Names) -> str:
    """The names written bare that the note writes applied to ``variable`` elsewhere (``h(x) = x^2``), or to a name
    that varies with it in the note's words or definitions (``s(y)``, and "$y$ depends on $x$" or ``y = g(x)``):
    ``s(y)`` alone keeps s held fixed under ``d/dx``, as the kernel holds y, and so s(y), apart from x."""
    key = names.symbols.get(variable)

    def varies(argument: Key) -> bool:
        return (
            argument == key
            or argument in names.called
            or frozenset((argument, key)) in names.tied
            or key in names.made_of.get(argument, ())
        )

    found = sorted(
        {
            _shown(s, names)
            for s in _bare(variable, parts)
            if names.symbols.get(s) not in names.numbers
            and any(map(varies, names.applied_to.get(names.symbols.get(s), ())))
        }
    )
    if key is None or not found:
        return ""
    letter = _shown(variable, names)
    return (
        f"the derivative in {letter} of {', '.join(found)}, which the note writes applied to {letter} or to a name "
        f"that varies with it: written bare, it may stand for its value there, which varies with {letter}, and the "
        "kernel holds it fixed"
    )


def _tied_in_words(variable: sp.Expr, parts: Parts, names: Names) -> str:
    """The names written bare that a sentence ties to ``variable`` in words ("the loss $L$ of $\\mu$")."""
    key = names.symbols.get(variable)
    ties = {
        _shown(s, names): names.tied.get(frozenset((names.symbols.get(s), key)))
        for s in _bare(variable, parts)
        if names.symbols.get(s) not in names.numbers
    }
    found = sorted(name for name, sentence in ties.items() if sentence)
    if key is None or not found:
        return ""
    letter = _shown(variable, names)
    said = " ".join(str(ties[found[0]]).split())
    return (
        f"the derivative in {letter} of {', '.join(found)}, which the words '{said}' tie to {letter}: it may vary "
        f"with {letter}, and the kernel holds it fixed"
    )


def _bare(variable: sp.Expr, parts: Parts) -> set[sp.Symbol]:
    """The names written in ``parts`` other than ``variable`` and a density's variables."""
    return {
        s
        for _, expr in parts
        for s in expr.free_symbols - {variable} - {v for d in expr.atoms(Density) for v in d.free_symbols}
    }


#: The checks, in order: the first reason found is the step's.
CHECKS: tuple[Callable[[sp.Expr, Parts, Names], str], ...] = (
    _indexed,
    _defined_through,
    _applied_elsewhere,
    _function_held,
    _applied_to_variable,
    _tied_in_words,
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


def _law_at(density: Density, names: Names) -> str:
    """A density as written at its point: ``p(x_{t-1})``, ``q(x_t | x_0)``."""
    point = ", ".join(_shown(v, names) for v in density.variables)
    given = ", ".join(_shown(g, names) for g in density.given)
    return f"{density.name}({point}{' | ' + given if given else ''})"


def _index_of(density: Density) -> str:
    """The index of a law's name: ``t`` of ``p_t``, ``theta`` of ``p_theta``."""
    return density.name.partition("_")[2]
