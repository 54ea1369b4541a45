"""Helper fx65c's fix of red team 64d's bodies that leave a convention only where a family's members differ
(rt64d-10..12), on held-out variants.

Rule (:func:`~diffproof.notecheck.numbers.may_leave`, then ``_leaves_apart``): the members of a family written at
different indices are different values, each within its own convention.  Where one value per letter finds no
witness, the body is tried with its free index letters at the first steps (t = 1, 2, 3), each member it then asks
(alpha_1, alpha_{t+1}, alpha_{s+1} under a sum or product between whole limits) drawn apart at the samples of its
convention (near both ends): ``\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{t+1}`` is 1.98 at alpha_1 = 0.99,
alpha_2 = 0.01, so abar_t's convention (0, 1) is dropped.  A search for a witness, not a hold: a body that stays
inside (prod_s alpha_s, alpha_t abar_{t-1}, the mean of two alphas, a telescoping sum back to alpha_{t+1}) keeps
its convention and its proofs.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck import PROVED
from diffproof.notecheck.numbers import may_leave, value
from diffproof.notecheck.vocabulary import nodes


def _node(text: str) -> syntax.Node:
    return syntax.parse(text, notes=True).operands[0]


def _note(definition: str, step: str) -> str:
    return f"Let ${definition}$.\n\n$$\n{step}\n$$\n"


def _below_one(name: str) -> str:
    return f"\\left|1 - {name}\\right| = 1 - {name}"


_ABAR = "\\bar\\alpha_t"

#: Wrong: each body leaves its name's convention where the alphas differ (by hand, at alpha_1 = 0.9 and the other
#: alphas 0.1: 2(0.9) - 0.1 = 1.7; 0.9 / 0.1 = 9; 0.9 (0.9) / 0.1 at t = 2 is 8.1; alpha_1 + alpha_1 - alpha_2 =
#: 1.7; sigma := 2 alpha_{t+1} - alpha_1 = -0.7 at t = 1), so the step it writes fails there: held or refuted.
LEAVING = {
    "beta": ("\\beta_t = 2\\alpha_1 - \\alpha_{t+1}", _below_one("\\beta_t")),
    "abar-index-in-braces": ("\\bar\\alpha_{t} = 2\\alpha_1 - \\alpha_{t+1}", _below_one("\\bar\\alpha_{t}")),
    "bar-in-braces": ("\\bar{\\alpha}_t = 2\\alpha_1 - \\alpha_{t+1}", _below_one("\\bar{\\alpha}_t")),
    "ratio": ("\\bar\\alpha_t = \\alpha_1 / \\alpha_2", _below_one(_ABAR)),
    "ratio-at-t": ("\\bar\\alpha_t = \\alpha_1 \\alpha_2 / \\alpha_{t+1}", _below_one(_ABAR)),
    "two-steps": ("\\bar\\alpha_t = \\alpha_t + \\alpha_{t-1}", _below_one(_ABAR)),
    "one-minus-plus": ("\\bar\\alpha_t = 1 - \\alpha_1 + \\alpha_2", _below_one(_ABAR)),
    "telescoping-sum-after": (
        "\\bar\\alpha_t = \\sum_{s=1}^{t} (\\alpha_{s} - \\alpha_{s+1}) + \\alpha_{1}",
        _below_one(_ABAR),
    ),
    "sigma-negative": ("\\sigma_t = 2\\alpha_{t+1} - \\alpha_1", "\\left|\\sigma_t\\right| = \\sigma_t"),
}

#: Right: each body stays in its name's convention whatever the alphas in (0, 1) (a product, a mean, a
#: telescoping sum back to alpha_{t+1}, a recursion through abar_{t-1}), so the step keeps its proof.
STAYING = {
    "product": ("\\bar\\alpha_t = \\prod_{s=1}^{t} \\alpha_s", _below_one(_ABAR)),
    "two-steps-product": ("\\bar\\alpha_t = \\alpha_t \\alpha_{t-1}", _below_one(_ABAR)),
    "mean": ("\\bar\\alpha_t = (\\alpha_1 + \\alpha_2)/2", _below_one(_ABAR)),
    "telescoping-sum-to-the-last": (
        "\\bar\\alpha_t = \\sum_{s=1}^{t} (\\alpha_s - \\alpha_{s+1}) + \\alpha_{t+1}",
        _below_one(_ABAR),
    ),
    "recursion": ("\\bar\\alpha_t = \\alpha_t \\bar\\alpha_{t-1}", _below_one(_ABAR)),
    "beta-of-alpha": ("\\beta_t = 1 - \\alpha_t", _below_one("\\beta_t")),
    "sigma-product": ("\\sigma_t = \\alpha_{t+1} \\alpha_1", "\\left|\\sigma_t\\right| = \\sigma_t"),
}


@pytest.mark.parametrize("name", sorted(LEAVING))
def test_a_body_leaving_where_its_members_differ_proves_nothing_from_the_convention(name):
    red_team.assert_held_or_refuted(red_team.last(_note(*LEAVING[name])))


@pytest.mark.parametrize("name", sorted(STAYING))
def test_a_body_inside_whatever_its_members_keeps_the_proof(name):
    result = red_team.last(_note(*STAYING[name]))
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize(
    ("name", "body", "leaves"),
    [
        (_ABAR, "2\\alpha_1 - \\alpha_{t+1}", True),
        (_ABAR, "\\prod_{s=1}^{t} (\\alpha_s - \\alpha_{s+1} + \\alpha_1)", True),  # 1.98 at t = 1
        (_ABAR, "\\alpha_1 + \\sum_{s=1}^{t} (\\alpha_s - \\alpha_{s+1})", True),
        ("\\sigma_t", "\\frac{1 - \\bar\\alpha_{t-1}}{1 - \\bar\\alpha_t} \\beta_t", False),  # positive apart too
        (_ABAR, "\\prod_{s=1}^{t} \\alpha_s^{s}", False),
        ("\\beta_t", "1 - \\alpha_t", False),
    ],
)
def test_a_family_s_members_are_tried_apart(name, body, leaves):
    node = _node(body)
    assert may_leave(_node(name), node, [n for n in nodes(node) if isinstance(n, syntax.Name)]) is leaves


def test_a_member_of_a_family_is_its_own_value_where_the_point_gives_one():
    half, tenth = sp.Rational(1, 2), sp.Rational(1, 10)
    apart = {("t", ""): sp.Integer(1), ("alpha", "", 1): half, ("alpha", "", 2): tenth, ("alpha", ""): sp.Integer(1)}
    assert value(_node("\\alpha_1 - \\alpha_{t+1}"), apart) == half - tenth
    assert value(_node("\\sum_{s=1}^{t+1} \\alpha_s"), apart, elementary=True) == half + tenth
    assert value(_node("\\alpha_{t+2}"), apart) == 1  # no member given: the letter's one value
