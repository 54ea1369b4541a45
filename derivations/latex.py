"""LaTeX in the tutorial's notation: bold vectors, \\bar\\alpha_t, \\mathcal{N}, D_KL."""

from __future__ import annotations

import sympy as sp
from sympy.printing.latex import LatexPrinter

from derivations.symbols import LATEX_NAMES


class NotationPrinter(LatexPrinter):
    """SymPy's LaTeX printer with the tutorial's symbol names and natural logs as \\log."""

    def __init__(self, settings: dict | None = None) -> None:
        super().__init__({"ln_notation": False, **(settings or {})})

    def _print_Symbol(self, expr: sp.Symbol, style: str = "plain") -> str:
        if expr in LATEX_NAMES:
            return LATEX_NAMES[expr]
        return super()._print_Symbol(expr, style)


def latex(expr: sp.Basic, **settings) -> str:
    """``expr`` in the tutorial's notation."""
    return NotationPrinter(settings).doprint(expr)


def identity_latex(identity) -> str:
    """The statement of each derivation of ``identity`` as a display."""
    from derivations.model import Derivation

    claims = []
    for derivation in identity.derivations:
        assert isinstance(derivation, Derivation)
        claims.append(f"{latex(derivation.lhs)} {derivation.relation.latex} {latex(derivation.rhs)}")
    return "$\\displaystyle " + r" \quad\text{and}\quad ".join(claims) + "$"
