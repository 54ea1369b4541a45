"""Speed without a changed reading (sp62n): the work a note's reading repeats is done once, to the same result.

- A macro call finds its definition by an index of the scopes that define each name (TeX's grouping: a local
  definition lasts to the end of its group, a global one replaces every other), not by scanning every open group;
  a macro that opens a group and calls itself nested them as deep as the expansion budget.
- A law's parameter orders unfold a step's definitions (:func:`~diffproof.notecheck.assumptions.law_domains`)
  once per formula, passing over a definition whose left side is no part of the formula: the same unfolding as
  substituting every definition in turn.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations.kernel.assumptions import Definition, substitute
from diffproof.notecheck.assumptions import _unfolded
from diffproof.notes.macros import MAX_EXPANSIONS, Macros, expand


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (r"\def\y{1}{\def\y{2}$\y$}$\y$", ["2", "1"]),  # a local definition ends with its group
        (r"\def\y{1}{\def\y{2}{\global\def\y{3}}$\y$}$\y$", ["3", "3"]),  # \global replaces the inner one too
        (r"\def\y{1}{{\gdef\y{3}}$\y$}$\y$", ["3", "3"]),
        (r"{\def\y{2}{\def\y{4}}$\y$}$\y$", ["2", r"\y"]),  # defined in a group only: unknown after it
        (r"\def\y{1}\def\y{5}{\def\y{2}\def\y{6}}$\y$", ["5"]),  # redefined in the same scope: the last one
    ],
)
def test_a_definition_lasts_as_long_as_tex_keeps_it(text, shown):
    out = expand(text, Macros(), grouped=True).text
    assert [piece for piece in out.split("$")[1::2]] == shown


def test_the_index_of_defining_scopes_is_empty_when_every_group_closes():
    macros = Macros()
    expand(r"\def\y{1}{\def\z{2}{\def\y{3}}}", macros, grouped=True)
    assert macros.defining == {"y": [0]} and len(macros.scopes) == 1
    assert macros.get("y").body == "1" and macros.get("z") is None


def test_scopes_given_are_indexed():
    macros = Macros(scopes=[{"y": "outer"}, {}, {"y": "inner"}], arguments=[False, False])
    assert macros.get("y") == "inner"
    macros.close()
    assert macros.get("y") == "outer"


def test_a_self_calling_macro_in_a_group_stops_at_the_budget_with_its_groups_open():
    macros = Macros()
    found = expand("\\newcommand{\\x}{{\\x}}\n$\\x$\nafter\n", macros, grouped=True)
    assert [p.message for p in found.stops] == [
        "macros expand without end (a macro that calls itself?); nothing after is read"
    ]
    assert "after" not in found.text and len(macros.scopes) > 1000 and macros.expansions <= MAX_EXPANSIONS + 1
    assert macros.get("x").body == "{\\x}"


t, s, z = sp.Symbol("t", integer=True), sp.Symbol("s", integer=True), sp.Symbol("z")
abar, alpha, g = sp.Function("abar"), sp.Function("alpha"), sp.Function("g")
DEFINITIONS = [
    Definition(sp.Symbol("b"), 1 - abar(t), "b"),  # a chain: b is unfolded to abar, abar to its product
    Definition(abar(t), sp.Product(alpha(s), (s, 1, t)), "abar"),
    Definition(z, t + 1, "z"),  # bound where integrated: not substituted there
    Definition(g(z), z**2, "g"),
    *(Definition(sp.Function(f"f{k}")(t), k * t, f"f{k}") for k in range(20)),  # none written
]


def _every_definition_in_turn(expr):
    """The unfolding as it was: every definition substituted in turn, a few rounds deep."""
    for _ in range(4):
        new = expr
        for definition in DEFINITIONS:
            new = substitute(new, definition.lhs, definition.rhs)
        if new == expr:
            break
        expr = new
    return expr


@pytest.mark.parametrize(
    "formula",
    [
        2 * sp.Symbol("b") - 1,
        sp.Integral(g(z) * z, (z, 0, 1)) + z,
        sp.Derivative(g(z), z) + abar(t - 1),
        sp.Subs(sp.Derivative(g(z), z), z, 2) * sp.Symbol("b"),
        sp.Sum(abar(s), (s, 1, t)),
        sp.Symbol("c") - 3,
    ],
    ids=["a chain", "bound and free", "a derivative", "a derivative at a point", "another index", "none"],
)
def test_passing_over_definitions_not_written_unfolds_the_same(formula):
    assert _unfolded(formula, DEFINITIONS) == _every_definition_in_turn(formula)
