"""A gradient in a point a definition has made an expression (grad_y f(y), y := x + e), as the kernel unfolds it:
f differentiated in a variable of its own and evaluated at the point (SymPy cannot differentiate with respect to a
sum, which was an internal error: rt40s-01); where f also holds the point's names apart from it, left whole."""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.kernel.checking import Context, check_uncited
from derivations.kernel.vocabulary import Relation, Status
from derivations.probability import Grad

x, e = sp.symbols("x e", real=True)
POINT = x + e


@pytest.mark.parametrize(
    ("gradient", "value", "status"),
    [
        (Grad(POINT**2, POINT), 2 * POINT, Status.PROVED),
        (Grad(POINT**2, POINT), POINT, Status.REFUTED),
        (Grad(sp.log(POINT**2 + 1), POINT), 2 * POINT / (POINT**2 + 1), Status.PROVED),
        (Grad(sp.log(POINT**2 + 1), POINT), POINT / (POINT**2 + 1), Status.REFUTED),
        # x y with y = x + e: which of x and e varies with y is not told, so nothing is claimed of it
        (Grad(x * POINT, POINT), sp.Integer(0), Status.UNDECIDED),
        (Grad(x * POINT, POINT), x, Status.UNDECIDED),
    ],
)
def test_a_gradient_at_a_point_made_an_expression(gradient, value, status):
    assert check_uncited(Relation.EQ, gradient, value, Context()).status is status
