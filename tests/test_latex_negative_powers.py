"""A negative power of a bold (vector) name prints as a fraction: SymPy's ``_print_Pow`` hands ``1/x`` to
``_print_Mul`` whole, whose args are then the base and the exponent, and the notation printer read them as the
vector ``x`` times the number ``-1`` (``1/x`` printed ``- x``, ``1/x^2`` printed ``- 2 x``)."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.latex import NotationPrinter
from diffproof.answers.notation import latex

X = sp.Symbol("x", real=True)
A = sp.Symbol("a", positive=True)

CASES = {
    "reciprocal": (1 / X, r"\frac{1}{\mathbf{x}}"),
    "inverse-square": (X**-2, r"\frac{1}{\mathbf{x}^{2}}"),
    "negative-reciprocal": (-1 / X, r"- \frac{1}{\mathbf{x}}"),
    "over-a-root": (X ** sp.Rational(-1, 2), r"\frac{1}{\sqrt{\mathbf{x}}}"),
    "name-over-a-square": (A / X**2, r"\frac{a}{\mathbf{x}^{2}}"),
    "integral-of-a-reciprocal": (sp.Integral(1 / X, (X, 0, 1)), r"\int_{0}^{1} \frac{1}{\mathbf{x}}\, d\mathbf{x}"),
    # the products of a vector the printer writes coefficient first keep their form
    "negative-multiple": (-2 * X, r"- 2 \mathbf{x}"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_negative_power_of_a_vector_prints_as_a_fraction(name):
    expr, expected = CASES[name]
    assert latex(expr) == expected
    assert NotationPrinter().doprint(expr) == expected
