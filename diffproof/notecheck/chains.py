"""A note's statement of a Markov chain: a joint law written as the product of its transitions.

``q(x_{1:T} | x_0) = \\prod_{t=1}^T q(x_t | x_{t-1})`` (the forward process) and
``p(x_{0:T}) = p(x_T) \\prod_{t=1}^T p(x_{t-1} | x_t)`` (the generative model)
define a joint law by its factors, which is the Markov property of x_0, ...,
x_T under that law: a statement of the model, not a claim.  The factors may be
split (``q(x_1 | x_0) \\prod_{t=2}^T ...``) and the product's index shifted; the
links must cover the chain exactly once, each child given its one neighbour,
with the top's own density for a chain run backwards.  ``\\prod_{t=T}^{1}``
(limits reversed) is no such product: read as written, it is empty or, by
Karr's convention, the reciprocal of one.

A step may state the chains too, by factoring joint laws in place:
``E_q[\\log p(x_{0:T}) / q(x_{1:T} | x_0)] = E_q[\\log p(x_T) \\prod_t p(x_{t-1} | x_t) / \\prod_t
q(x_t | x_{t-1})]`` is the same on both sides but for the joints, each written
as the product of its transitions (:func:`chains_within`).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck.vocabulary import index_value, nodes, rebuilt

Key = tuple[str, str, str]


@dataclass(frozen=True)
class ChainStatement:
    """The note states that ``variable``_0, ..., ``variable``_top is a Markov chain under ``law`` (a law
    letter, ``p_\\theta`` being the law p), factored into ``transitions`` (the generic factor as written)."""

    law: Key
    variable: tuple[str, str]
    top: str
    transitions: syntax.Call
    joint: syntax.Call

    def __str__(self) -> str:
        base = "".join(self.variable)
        return f"{base}_0, ..., {base}_{self.top} under {self.law[0]}"


def chain_statement(lhs: syntax.Node, rhs: syntax.Node) -> ChainStatement | None:
    """The chain ``lhs = rhs`` states, the joint on the left as a definition writes it; None when it is not
    such a statement (``\\prod ... = q(x_{1:T} | x_0)`` is a claim about the product)."""
    return _factored(lhs, rhs)


def stated_chains(lhs: syntax.Node, rhs: syntax.Node) -> tuple[ChainStatement, ...]:
    """The chains the equation ``lhs = rhs`` states, if it is taken as a statement of the model: the joint on the
    left factored whole (:func:`chain_statement`), or joints factored in place (:func:`chains_within`)."""
    whole = chain_statement(lhs, rhs)
    return (whole,) if whole is not None else chains_within(lhs, rhs)


def chains_within(lhs: syntax.Node, rhs: syntax.Node) -> tuple[ChainStatement, ...]:
    """The chains a step states by factoring joint laws in place: each joint density on the left is, at the same
    place on the right, the product of its transitions, and the two sides are otherwise the same; () when the
    step does anything else (then the factorization is a claim among others)."""
    found: dict[int, tuple[syntax.Node, ChainStatement]] = {}
    products = [part for part in nodes(rhs) if isinstance(part, (syntax.Binary, syntax.Series))]
    for joint in nodes(lhs):
        if law_letter(joint) is None:
            continue
        for part in products:
            chain = _factored(joint, part)
            if chain is not None:
                found[id(joint)] = (part, chain)
                break
    if not found or not same(rebuilt(lhs, lambda node: found[id(node)][0] if id(node) in found else None), rhs):
        return ()
    return tuple(chain for _, chain in found.values())


def same(first: object, second: object) -> bool:
    """Whether two syntax trees are the same but for where they are written."""
    if type(first) is not type(second):
        return False
    if isinstance(first, tuple):
        return len(first) == len(second) and all(map(same, first, second))
    if isinstance(first, syntax.Node):
        return all(
            same(getattr(first, item.name), getattr(second, item.name))
            for item in fields(first)
            if item.name != "position"
        )
    return first == second


def law_letter(node: syntax.Node) -> Key | None:
    """The law a density call belongs to (its letter, decoration and an index other than a parameter's:
    ``p_\\theta`` is the law p, ``P_B`` a law of its own), or None for a function."""
    return law_named(node.name) if isinstance(node, syntax.Call) else None


def law_named(name: syntax.Node) -> Key | None:
    """The law a name written alone stands for (``q_\\phi`` in ``E_{q_\\phi}``), as :func:`law_letter`, or None."""
    if isinstance(name, syntax.Name) and name.base in syntax.NOTE_DENSITY_BASES:
        return (name.base, name.decoration, "" if name.index in syntax.MODEL_INDICES else name.index)
    return None


def _factors(node: syntax.Node) -> list[syntax.Node]:
    if isinstance(node, syntax.Binary) and node.operator == "*":
        return _factors(node.left) + _factors(node.right)
    return [node]


def _single(node: syntax.Node, variable: tuple[str, str]) -> sp.Expr | None:
    """The index of a lone chain variable (``x_{t-1}``), else None."""
    if isinstance(node, syntax.Name) and (node.base, node.decoration) == variable and ":" not in node.index:
        return index_value(node.index)
    return None


def _link(call: syntax.Call, variable: tuple[str, str]) -> tuple[sp.Expr, sp.Expr | None] | None:
    """(child, parent) indices of a density ``law(x_a | x_b)``, or (a, None) for ``law(x_a)``."""
    if len(call.arguments) != 1 or len(call.given) > 1 or call.separator == ";":
        return None
    child = _single(call.arguments[0], variable)
    parent = _single(call.given[0], variable) if call.given else None
    if child is None or (call.given and parent is None):
        return None
    return child, parent


def _block(arguments: tuple[syntax.Node, ...]) -> tuple[tuple[str, str], str, str] | None:
    """The variable, first and last index of a joint's variables: ``x_{0:T}``, or ``x_0, x_{1:T}`` written apart."""
    if len(arguments) == 2 and all(isinstance(a, syntax.Name) for a in arguments):
        first, rest = arguments
        if (first.base, first.decoration) == (rest.base, rest.decoration) and first.index == "0":
            low, _, top = rest.index.partition(":")
            return ((first.base, first.decoration), "0", top) if low == "1" else None
        return None
    if len(arguments) != 1 or not isinstance(arguments[0], syntax.Name) or ":" not in arguments[0].index:
        return None
    block = arguments[0]
    start, _, top = block.index.partition(":")
    return (block.base, block.decoration), start, top


def _of_law(factor: syntax.Call, law: Key) -> bool:
    """Whether a factor is a density of ``law``, or its prior written with the bare letter (Luo's p(x_T) beside
    p_theta, a note's p(x_T) beside p-hat_theta: the prior has no parameters)."""
    letter = law_letter(factor)
    return letter == law or (letter == (law[0], "", "") and not factor.given)


def _factored(joint: syntax.Node, product: syntax.Node) -> ChainStatement | None:
    law = law_letter(joint)
    found = _block(joint.arguments) if law is not None else None
    if found is None:
        return None
    variable, start, top = found
    top_value = index_value(top)
    if top_value is None or not top_value.free_symbols or start not in ("0", "1"):
        return None
    conditioned = start == "1"  # q(x_{1:T} | x_0); p(x_{0:T}) has nothing given
    if len(joint.given) != int(conditioned) or (conditioned and _single(joint.given[0], variable) != 0):
        return None
    links: list[tuple[sp.Expr, sp.Expr | None]] = []
    series: syntax.Series | None = None
    for factor in _factors(product):
        if isinstance(factor, syntax.Series) and factor.operator == "prod" and series is None:
            series = factor
        elif isinstance(factor, syntax.Call) and _of_law(factor, law) and _link(factor, variable) is not None:
            links.append(_link(factor, variable))
        else:
            return None
    if series is None or not isinstance(series.body, syntax.Call) or law_letter(series.body) != law:
        return None
    generic = _link(series.body, variable)
    index = index_value(series.index.base) if isinstance(series.index, syntax.Name) else None
    if generic is None or generic[1] is None or index is None or series.lower is None or series.upper is None:
        return None
    child, parent = generic
    step = sp.simplify(child - parent)
    shift = sp.simplify(child - index)
    lower, upper = (index_value(_text(limit)) for limit in (series.lower, series.upper))
    if step not in (1, -1) or not shift.is_Integer or lower is None or upper is None or not lower.is_Integer:
        return None
    first, last = lower + shift, upper + shift  # the children the product covers
    forward = step == 1
    if sp.simplify(last - (top_value if forward else top_value - 1)) != 0 or not first.is_Integer:
        return None
    # the children 1..T (forward) or 0..T-1 (backwards) are covered once, by the product and the factors split off
    split = [c for c, p in links if p is not None]
    own = [c for c, p in links if p is None]
    bottom = 1 if forward else 0
    if sorted(split) != list(range(bottom, int(first))) or any(p != c - step for c, p in links if p is not None):
        return None
    if conditioned and not forward:  # a chain run backwards given its first member is not a generative model
        return None
    expected_own = [top_value] if not forward else [] if conditioned else [0]
    if len(own) != len(expected_own):
        return None
    if any(sp.simplify(a - b) != 0 for a, b in zip(own, expected_own)):
        return None
    return ChainStatement(law, variable, top, series.body, joint)


def _text(limit: syntax.Node) -> str:
    """A product's limit as index text: ``1``, ``T``, ``T-1`` (else text no index reads)."""
    if isinstance(limit, syntax.Number):
        return limit.text
    if isinstance(limit, syntax.Name) and not limit.index and not limit.decoration:
        return limit.base
    if isinstance(limit, syntax.Binary) and limit.operator in "+-" and isinstance(limit.right, syntax.Number):
        return f"{_text(limit.left)}{limit.operator}{limit.right.text}"
    return "?"
