"""A model's densities beside those of the same letter without its parameter (p_theta(x_0) and p(x_0)): the laws
a step may mean as two, and the step with the model's densities made a law of their own."""

from __future__ import annotations

from dataclasses import replace

from diffproof.answers import parser as syntax
from diffproof.notecheck.statements.formulas import Formula
from diffproof.notecheck.vocabulary import nodes, rebuilt


def split_laws(sides: tuple[Formula, Formula]) -> dict[tuple[str, str], set[str]]:
    """The letters (and decorations) of laws whose densities the step writes with and without a model's
    parameter in the same roles or reversed (p_theta(x_0) and p(x_0); p_theta(x_{t-1}|x_t) and p(x_t|x_{t-1}),
    a model and a forward process), or with two parameters; each with the indices written.  A model's parts in
    other roles, p(x, z) = p_theta(x|z) p(z), are one law."""
    found: dict[tuple[str, str], set[tuple[frozenset, frozenset, str]]] = {}
    for side in sides:
        for call in nodes(side.node) if side.node is not None else ():
            if not isinstance(call, syntax.Call) or call.name.base not in syntax.NOTE_DENSITY_BASES:
                continue
            if call.name.index and call.name.index not in syntax.MODEL_INDICES:
                continue
            density = (_variables_of(call.arguments), _variables_of(call.given), call.name.index)
            found.setdefault((call.name.base, call.name.decoration), set()).add(density)
    split = {}
    for letter, densities in found.items():
        indices = {index for _, _, index in densities}
        apart = any(
            first != second and (a, g) in ((b, h), (h, b)) for a, g, first in densities for b, h, second in densities
        )
        if apart or len(indices - {""}) > 1:
            split[letter] = indices
    return split


def _variables_of(arguments: tuple[syntax.Node, ...]) -> frozenset:
    return frozenset(a.key for a in arguments if isinstance(a, syntax.Name))


def _apart(formula: Formula, split: dict[tuple[str, str], set[str]]) -> Formula:
    """``formula`` with the densities of ``split`` that carry a model's parameter made a law of their own."""

    def renamed(node: syntax.Node) -> syntax.Node | None:
        if (
            isinstance(node, syntax.Call)
            and (node.name.base, node.name.decoration) in split
            and node.name.index in syntax.MODEL_INDICES
        ):
            return replace(node, name=replace(node.name, index=_OWN_LAW[node.name.index]))
        return None

    return formula if formula.node is None else replace(formula, node=rebuilt(formula.node, renamed))


#: A model's parameter as the index of a law of its own (not in :data:`~diffproof.answers.parser.MODEL_INDICES`).
_OWN_LAW = {"theta": "θ", "phi": "φ"}
