"""What a note says in words of a quantity depending on an integral's variable ("$x$ is a function of $u$", "$f$
depends on $u$", "varies with $u$"): the definite integral rule (:mod:`derivations.kernel.integrals`) holds every
other name of the integrand constant, so a proof by it, or a counterexample to a step with such an integral, is
not trusted where the note says that of the variable."""

from __future__ import annotations

import re

import sympy as sp

from derivations.kernel.integrals import DEFINITE_INTEGRAL
from derivations.kernel.vocabulary import Status, Verdict
from diffproof.notecheck.statements.dependence_words import (
    DEPENDS,
    DEPENDS_AFTER,
    DETERMINES,
    FUNCTION_AFTER,
    VARIES_AS,
)
from diffproof.notecheck.vocabulary import Key

#: A dependence said in words (:data:`~diffproof.notecheck.statements.dependence_words.DEPENDS`), with the maths of
#: the name depended on, a noun between or not ("varies over time $u$", "depends on the time $u$"), or said after
#: it ("$u$-dependent", :data:`~diffproof.notecheck.statements.dependence_words.DEPENDS_AFTER`, "$u$ 的函数", "$u$
#: determines"), or as a shape in it ("proportional to $u$"); a denial ("does not
#: depend on $u$") is read as one too: what the integral rule holds constant is then said in words, which are not
#: checked.
_DEPENDENCE = re.compile(
    rf"\b(?:{DEPENDS}|{VARIES_AS})\s*(?:(?:the\s+)?\w+\s+)?\$([^$]+)\$"
    rf"|\$([^$]+)\$\s*(?:{DEPENDS_AFTER}|{FUNCTION_AFTER}|{DETERMINES})",
    re.IGNORECASE,
)
#: A font or spacing around a letter in maths (``\mathbf{u}``): not part of the name.
_DRESS = re.compile(r"\\(?:mathbf|boldsymbol|bm|mathrm|mathit|vec)\b|[{}\s]")


def _names(maths: str) -> str:
    return _DRESS.sub("", maths)


def said_dependent(
    verdict: Verdict | None,
    sides: list[sp.Expr],
    source: str,
    applied_to: dict[Key, frozenset[Key]],
    symbols: dict[sp.Symbol, Key],
) -> str:
    """The words of ``source`` saying something depends on the variable of an integral of ``sides`` that holds
    other names, or a name of its integrand the note writes applied to that variable (``\\sigma = \\sigma(u)``:
    ``applied_to``, by the keys ``symbols`` give), where the verdict is a proof by the definite integral rule or a
    refutation; else "" (a variable named by a command, ``\\tau``, is matched by any maths with a command: the
    letter is not compared)."""
    if verdict is None or not (verdict.refuted or (verdict.status is Status.PROVED and verdict.rule ==
                                                   DEFINITE_INTEGRAL.name)):  # fmt: skip
        return ""
    integrals = [
        integral
        for side in sides
        for integral in side.atoms(sp.Integral)
        if integral.function.free_symbols - set(integral.variables)
    ]
    for integral in integrals:
        for held in sorted(integral.function.free_symbols - set(integral.variables), key=str):
            for variable in integral.variables:
                if symbols.get(variable) in applied_to.get(symbols.get(held), frozenset()):
                    return f"{held}({variable})"
    variables = {str(limit[0]) for integral in integrals for limit in integral.limits}
    for found in _DEPENDENCE.finditer(source):
        written = _names(found.group(1) or found.group(2))
        if written in variables or ("\\" in written and any(not v.isascii() for v in variables)):
            return " ".join(found.group(0).split())
    return ""
