"""Steps between optima (argmax_theta f = argmin_theta g): whether a step is one, over which variable, and a name
written as the optimum the note defined it as."""

from __future__ import annotations

from dataclasses import replace

from diffproof.answers import parser as syntax
from diffproof.notecheck.chains import same
from diffproof.notecheck.statements import Timeline
from diffproof.notecheck.statements.formulas import Formula
from diffproof.notecheck.vocabulary import display_name


def _optimum(sides: tuple[Formula, Formula]) -> str | None:
    """``argmax_theta`` (as the note spells it) when both sides are optima over one variable, else None; of two
    kinds, both are named (``argmin_theta f = argmax_theta -f``)."""
    lhs, rhs = (side.node for side in sides)
    if not (isinstance(lhs, syntax.Optimum) and isinstance(rhs, syntax.Optimum)):
        return None
    if not same(lhs.variable, rhs.variable):
        return None
    variable = lhs.variable.key if isinstance(lhs.variable, syntax.Name) else None
    name = display_name(variable) if variable else "θ"
    if lhs.operator != rhs.operator:
        return f"{lhs.operator}_{name} and {rhs.operator}_{name}"
    return f"{lhs.operator}_{name}"


def as_optimum(timeline: Timeline, index: int, side: Formula) -> tuple[Formula, str]:
    """A side that names an optimum the note defined once before step ``index`` (theta^DDPM := argmax_theta ...)
    written as that optimum, with the definition's line; else the side as it is, and ''."""
    if not isinstance(side.node, syntax.Name):
        return side, ""
    found = [
        item
        for item in timeline.before(index)
        if item.kind == "definition" and item.name is not None and item.name.node is not None
        and same(item.name.node, side.node)
    ]  # fmt: skip
    if len(found) != 1 or found[0].body is None or not isinstance(found[0].body.node, syntax.Optimum):
        return side, ""  # defined twice, the note says two things of it
    written = f"{side.text.strip()} written as its definition (line {found[0].line})"
    return replace(side, node=found[0].body.node), written
