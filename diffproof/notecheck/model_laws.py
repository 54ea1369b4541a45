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
    a model and a forward process), or with two parameters; each with the indices written.  A law named bare
    under an expectation (E_{p_theta}, E_{x ~ p_phi}) writes no variables: beside the letter with another index,
    it may be in the same roles.  A model's parts in other roles, p(x, z) = p_theta(x|z) p(z), are one law."""
    found: dict[tuple[str, str], set[tuple[frozenset | None, frozenset | None, str]]] = {}
    for side in sides:
        for node in nodes(side.node) if side.node is not None else ():
            written = _density_written(node)
            if written is not None:
                found.setdefault(written[0], set()).add(written[1])
    split = {}
    for letter, densities in found.items():
        indices = {index for _, _, index in densities}
        apart = any(
            first != second and (a is None or b is None or (a, g) in ((b, h), (h, b)))
            for a, g, first in densities
            for b, h, second in densities
        )
        if apart or len(indices - {""}) > 1:
            split[letter] = indices
    return split


def _density_written(
    node: syntax.Node,
) -> tuple[tuple[str, str], tuple[frozenset | None, frozenset | None, str]] | None:
    """The letter of a density ``node`` writes (p_theta(x | z)), with its variables, its given variables and its
    model's index; for the bare name of a law under an expectation (E_{p_theta}), None for the variables it does
    not write.  None for anything else, or a law of an index of its own (q_t, p_data)."""
    if isinstance(node, syntax.Call):
        name, written = node.name, (_variables_of(node.arguments), _variables_of(node.given))
    elif isinstance(node, syntax.Expectation) and isinstance(node.measure, syntax.Name):
        name, written = node.measure, (None, None)
    else:
        return None
    if name.base not in syntax.NOTE_DENSITY_BASES or (name.index and name.index not in syntax.MODEL_INDICES):
        return None
    return (name.base, name.decoration), (*written, name.index)


def _variables_of(arguments: tuple[syntax.Node, ...]) -> frozenset:
    return frozenset(a.key for a in arguments if isinstance(a, syntax.Name))


def _apart(formula: Formula, split: dict[tuple[str, str], set[str]]) -> Formula:
    """``formula`` with the densities of ``split`` that carry a model's parameter made a law of their own, and the
    law's bare name under an expectation (E_{p_theta})."""

    def renamed(node: syntax.Node) -> syntax.Node | None:
        if (
            isinstance(node, syntax.Name)
            and (node.base, node.decoration) in split
            and node.index in syntax.MODEL_INDICES
        ):
            return replace(node, index=_OWN_LAW[node.index])
        return None

    return formula if formula.node is None else replace(formula, node=rebuilt(formula.node, renamed))


#: A model's parameter as the index of a law of its own (not in :data:`~diffproof.answers.parser.MODEL_INDICES`).
_OWN_LAW = {"theta": "θ", "phi": "φ"}
