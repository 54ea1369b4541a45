"""perf66: what the reading remembers to be faster gives what it computed before, and no answer of one tree or one
note's definitions is ever given for another.

- :func:`~diffproof.answers.parser.nodes` walks each tree once, remembered by the tree's identity with the tree kept
  beside its nodes (:func:`~diffproof.answers.parser.remembered_by_identity`): an equal tree at another position,
  or a rebuilt one, is walked on its own, and a remembered tree is never freed (its id is never another's).
- :func:`~diffproof.notecheck.numbers.may_leave` is remembered on what it reads: the body's letters' definitions and
  bounds; a bound or a definition of another letter changes nothing, one of the body's letters changes the answer.
"""

from __future__ import annotations

import copy
import gc
import weakref

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck.numbers import may_leave


def _node(text: str) -> syntax.Node:
    return syntax.parse(text, notes=True).operands[0]


def _names(node: syntax.Node) -> list[syntax.Name]:
    return [n for n in syntax.nodes(node) if isinstance(n, syntax.Name)]


def test_a_tree_s_nodes_are_its_walk_each_time():
    tree = _node("\\frac{1 - \\bar\\alpha_{t-1}}{1 - \\bar\\alpha_t} \\beta_t + \\sum_{s=1}^{t} g(x_s)")
    walked = list(syntax._walk(tree))
    assert list(syntax.nodes(tree)) == walked == list(syntax.nodes(tree))
    assert [id(n) for n in syntax.nodes(tree)] == [id(n) for n in walked]
    other = _node("\\beta_t + 1")  # another tree: its own nodes, not the first's
    assert list(syntax.nodes(other)) == list(syntax._walk(other)) != walked


def test_a_remembered_tree_is_kept_so_its_id_is_never_another_s():
    calls: list[int] = []

    @syntax.remembered_by_identity(kept=8)
    def size(text: str, node: syntax.Node) -> int:
        calls.append(1)
        return len(list(syntax._walk(node)))

    tree = _node("a + b")
    alive = weakref.ref(tree)
    assert size("a + b", tree) == size("a + b", tree) == 3 and len(calls) == 1
    equal = copy.deepcopy(tree)  # equal by value, another object (the parser gives one text one tree)
    assert equal == tree and equal is not tree and size("a + b", equal) == 3 and len(calls) == 2
    del tree
    gc.collect()
    assert alive() is not None  # held beside its answer: no new tree can take its id
    for text in ("c", "d", "e", "f", "g", "h", "i"):  # full: emptied, each answer only computed again
        size(text, _node(text))
    assert size("a + b", equal) == 3


def test_may_leave_reads_only_its_body_s_letters_definitions_and_bounds():
    name, body = _node("\\bar\\alpha_t"), _node("1 - 2 \\alpha_t")  # leaves (0, 1) at alpha_t = 0.99
    names = _names(body)
    alpha = ("alpha", "")
    assert may_leave(name, body, names) is True
    assert may_leave(name, body, names, frozenset({("beta", "")}), {("beta", ""): sp.Interval(0, 1)}) is True
    assert may_leave(name, body, names, ranges={alpha: sp.Interval(sp.Rational(1, 10), sp.Rational(4, 10))}) is False
    assert may_leave(name, body, names) is True  # the bound of its letter did not stay remembered for it
    free, defined = _node("\\sigma"), _node("a - b")  # a, b any reals unless the note defines them
    assert may_leave(free, defined, _names(defined)) is True
    assert may_leave(free, defined, _names(defined), frozenset({("a", ""), ("b", "")})) is False
