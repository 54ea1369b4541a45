"""Where a note gives a letter its own meaning, against a convention or a constant of the reading.

The reading assumes what diffusion texts share (α in (0, 1), σ > 0, t a
positive integer, e and π the constants; :data:`~diffproof.notecheck.vocabulary.CONVENTIONS`).
A note may say otherwise: ``\\alpha := 3/2``, "the temperature is $T = 1/2$", "$\\sigma$ is $-1$" (words
bounding or valuing a name: which bound is not read),
"$t \\in [0, 1]$", "$0 \\le t \\le 1$", ``e := y - \\hat y``, "$\\pi = 0.3$".  Such a
letter is read with no convention (or as a name, not the constant): nothing is
proved from what the note contradicts, and nothing refuted with it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck.assumptions import membership_as_order
from diffproof.notecheck.contexts import SCHEDULE
from diffproof.notecheck.enumerations import enumeration
from diffproof.notecheck.numbers import (
    Letter,
    bounded,
    convention,
    fits,
    letter,
    may_hold_outside,
    may_leave,
    real_set,
    value,
    widens,
)
from diffproof.notecheck.schedule_witness import SIZE
from diffproof.notecheck.statements.formulas import LAWS, Stated, defined_name
from diffproof.notecheck.statements.hedges import BOUND_IN_PART
from diffproof.notecheck.statements.indices import range_narrows
from diffproof.notecheck.statements.inline import MEMBER
from diffproof.notecheck.vocabulary import CONSTANTS, COORDINATE, index_value, nodes, rebuilt

#: Letters the reading gives a value: e and π, and the identity I and zero vector 0 (read one coordinate at a time).
_CONSTANT_LETTERS = frozenset((base, decoration) for base, decoration, _ in (*CONSTANTS, *COORDINATE))
_BOUNDS = frozenset({"<", "<=", ">", ">="})


def overridden(stated: Iterable[Stated]) -> frozenset[Letter]:
    """The letters (base, decoration) whose convention or constant the note's statements override, and the
    definitions that conditions suppose ("Unless $t = 1$, let $\\bar\\alpha_t = \\alpha_t + t - 1$"): the note
    considers the value, which may leave the convention wherever the condition holds."""
    stated = [  # a law or a definition whose body is not read still draws or defines: t \sim \mathcal{U}[0, 1]
        item for item in stated
        if item.readable
        or (item.kind in (*LAWS, "definition") and item.name is not None and item.name.node is not None)
    ]  # fmt: skip
    bodies: dict[Letter, syntax.Node] = {}
    for item in stated:
        if (
            item.kind == "definition"
            and _defined(item) is not None
            and item.body is not None
            and item.body.node is not None
        ):
            bodies.setdefault(_defined(item), item.body.node)
    ranges = _family_ranges(stated)
    supposed = [item.supposes for item in stated if item.supposes is not None and _defines(item.supposes)]
    found = frozenset(letter for item in (*stated, *supposed) for letter in _letters_overridden(item, bodies, ranges))
    in_maths = frozenset(
        letter for item in stated if item.origin != "words" for letter in _letters_overridden(item, bodies, ranges)
    )
    found |= _overridden_through(stated, in_maths)
    valued = {letter for item in stated if _numbered(item) for letter in _letters_overridden(item, bodies, ranges)}
    if valued & SCHEDULE and any(item.kind == "context" for item in stated):  # beta_t = 0 makes alpha_t = 1
        found |= SCHEDULE  # under the context the schedule's names are tied: none keeps its range alone
    return found


def _overridden_through(stated: list[Stated], found: frozenset[Letter]) -> frozenset[Letter]:
    """The letters with a convention the note defines through a letter whose convention its maths overrides
    (``found``: abar_t := prod_s alpha_s after "$\\alpha_s = 2$"): the range the definition keeps came from the
    convention the note left (:func:`may_leave` samples the body's names at their conventions), so it goes too; to a
    fixed point, through names without a convention too (gamma_t := beta_t, alpha_t := 1 - gamma_t).  Words that
    bound a name in a way not read ("why is $\\alpha_t$ below 1?") override it alone: they say nothing of what is
    defined through it."""
    through, conventional = set(found), set()
    grown = True
    while grown:
        grown = False
        for item in stated:
            target = defined_name(item.name.node) if item.kind == "definition" and item.name is not None else None
            body = item.body.node if item.body is not None else None
            if not isinstance(target, syntax.Name) or body is None or letter(target) in through:
                continue
            if any(letter(n) in through for n in _names(body)):
                through.add(letter(target))
                if convention(target) is not None:
                    conventional.add(letter(target))
                grown = True
    return frozenset(conventional) - found


def _numbered(item: Stated) -> bool:
    """Whether ``item`` gives a name a number in maths (beta_t = 0, beta_T \\ge 1): words that bound a name may say
    what its range says ("why is alpha_t below 1?"), an order of names (beta_1 < ... < beta_T) says nothing of its
    range, and a body that writes numbers (prod_{s=1}^t alpha_s) is no number."""
    if item.origin == "words" or item.name is None or item.name.node is None:
        return False
    if item.kind == "definition":
        return item.body is not None and item.body.node is not None and value(item.body.node) is not None
    node = item.name.node
    return isinstance(node, syntax.Statement) and any(value(operand) is not None for operand in node.operands)


def _defined(item: Stated) -> Letter | None:
    """The letter a definition gives a value (A := ... in sigma~^2 := 1 / A), or None."""
    target = defined_name(item.name.node) if item.name is not None else None
    return letter(target) if isinstance(target, syntax.Name) else None


def _expanded(body: syntax.Node, bodies: Mapping[Letter, syntax.Node], rounds: int = 3) -> syntax.Node:
    """``body`` with the names the note defines written as their definitions' bodies (u := 1 - 2 alpha_t, then
    abar_t := u is 1 - 2 alpha_t), a few rounds deep."""
    for _ in range(rounds):
        new = rebuilt(body, lambda n: bodies.get(letter(n)) if isinstance(n, syntax.Name) else None)
        if new == body:
            break
        body = new
    return body


def _family_ranges(stated: Iterable[Stated]) -> dict[Letter, sp.Interval]:
    """The letters the note bounds by numbers inside their convention at every index: a bound on a name whose index
    is one letter the same sentence quantifies ("$0.9 < \\alpha_t < 0.95$ for every $t$": every member of the family
    is in (0.9, 0.95)), stated as it stands (not denied, nor for some lines or cases only)."""
    stated = list(stated)
    quantified = {
        (item.line, letter(item.name.node))
        for item in stated
        if item.kind == "freed" and item.name is not None and isinstance(item.name.node, syntax.Name)
    } - _restricted(stated)
    ranges: dict[Letter, sp.Interval] = {}
    for item in stated:
        node = item.name.node if item.kind == "relation" and item.name is not None else None
        if not isinstance(node, syntax.Statement) or item.denied or item.until is not None or item.cases:
            continue
        if item.origin == "words" or not set(node.relations) <= _BOUNDS:
            continue
        for position, operand in enumerate(node.operands):
            index = index_value(operand.index) if isinstance(operand, syntax.Name) and operand.index else None
            domain = convention(operand) if isinstance(index, sp.Symbol) else None
            if not isinstance(domain, sp.Interval) or (item.line, (index.name, "")) not in quantified:
                continue
            values = bounded(node.operands, node.relations, position)
            if widens(operand, values):
                continue  # alpha_t > -1 lets it leave its convention: no narrower range of it
            values = values.intersect(ranges.get(letter(operand), domain))  # alpha_t > 0.9 is in (0.9, 1)
            if isinstance(values, sp.Interval) and values.measure.is_positive:
                ranges[letter(operand)] = values
    return ranges


def _restricted(stated: list[Stated]) -> set[tuple[int, Letter]]:
    """The index letters, with their lines, that a statement on the line may restrict: a value, a membership or an
    order of the bare letter that leaves out an index its convention allows ("for every $t \\ge 2$", "except $t =
    1$", "$t \\le T$"), or words after a quantifier of it (:func:`_quantified_in_part`: "for every $t$ after the
    first"), so a bound said there under a quantifier of it may not be every member's.  An order the convention gives
    already (t \\ge 1) restricts nothing."""
    found = {
        (item.line, letter(item.name.node)) for item in stated if _membership_unread(item) or _quantified_in_part(item)
    }
    for item in stated:
        node = item.name.node if item.name is not None else None
        if not isinstance(node, syntax.Statement):
            continue
        for operand in node.operands:
            if not isinstance(operand, syntax.Name) or operand.index or operand.decoration:
                continue
            if str(index_value(operand.base)) != operand.base:
                continue  # sigma is no index letter (read as an index, it is a product of letters)
            member = syntax.Name(0, "x", "", operand.base)  # a name indexed by the letter, whose range is asked
            if not set(node.relations) <= _BOUNDS or range_narrows(member, node):
                found.add((item.line, letter(operand)))
    return found


def _membership_unread(item: Stated) -> bool:
    """Whether ``item`` is a relation of a bare index letter the parser did not read as a statement (``t \\in \\{2,
    \\ldots, T\\}``) that may leave out an index: read as its members listed (:func:`enumeration`: every index where
    it runs from the first step or before to the chain's last, the size letter :data:`SIZE`: ``\\{1, \\ldots,
    T\\}``; another letter, ``\\{1, \\ldots, K\\}``, is any whole number, so the set may end before the chain)
    or as the orders of a membership (:func:`membership_as_order`), and restricting where neither reads it (fail-safe)."""
    node = item.name.node if item.kind == "relation" and item.name is not None else None
    if not isinstance(node, syntax.Name) or node.index or node.decoration or str(index_value(node.base)) != node.base:
        return False
    if not _RELATION_WRITTEN.search(item.text):
        return False
    listed = enumeration(item.text)
    if listed is not None:
        return not (listed.consecutive and listed.low.isdigit() and int(listed.low) <= 1 and listed.high == SIZE)
    chain = membership_as_order(item)
    member = syntax.Name(0, "x", "", node.base)
    return chain is None or not isinstance(chain.name.node, syntax.Statement) or range_narrows(member, chain.name.node)


def _quantified_in_part(item: Stated) -> bool:
    """Whether ``item`` is a quantifier of an index letter said with words after it that may restrict it (marked
    :data:`~diffproof.notecheck.statements.hedges.BOUND_IN_PART`: "for every $t$ after the first"): a membership in a
    set written after it restricts as one in its maths does (:func:`_membership_unread`: ``t \\in \\{1, \\ldots,
    T\\}`` does not), words not read do (fail-safe)."""
    if item.kind != "freed" or BOUND_IN_PART not in item.text:
        return False
    part = item.text.split(BOUND_IN_PART, 1)[1]
    return not _LETTER_IN.match(part) or _membership_unread(replace(item, kind="relation", text=part))


#: A membership of a letter, as a quantifier's words after it are read (``t \\in \\{2, \\ldots, T\\}``).
_LETTER_IN = re.compile(r"^\\?[A-Za-z]+\s*\\in(?![A-Za-z])")

#: A relation written in a statement's text: an order, an equation, a membership.
_RELATION_WRITTEN = re.compile(r"\\(?:in|notin|le|ge|leq|geq|leqslant|geqslant|neq?)(?![A-Za-z])|[<>=≤≥∈∉≠]")


def _letters_overridden(
    item: Stated, bodies: Mapping[Letter, syntax.Node], ranges: Mapping[Letter, sp.Interval]
) -> frozenset[Letter]:
    """The letters :func:`_overrides` finds for ``item``.  Only a definition reads the note's other definitions'
    bodies and the note's bounds of a family (``ranges``), so the answer is a value of the statement (and, for a
    definition, of those): each step of a note asks again of the statements in force before it, and the sampling
    of :func:`may_leave` is done once."""
    if not _defines(item):
        return _remembered_overrides(item, frozenset(), frozenset())
    return _remembered_overrides(item, frozenset(bodies.items()), frozenset(ranges.items()))


@functools.lru_cache(maxsize=4096)
def _remembered_overrides(
    item: Stated, bodies: frozenset[tuple[Letter, syntax.Node]], ranges: frozenset[tuple[Letter, sp.Interval]]
) -> frozenset[Letter]:
    return frozenset(_overrides(item, dict(bodies), dict(ranges)))


def _defines(item: Stated) -> bool:
    """Whether ``item`` gives a name a body: a definition, or one said only in a case ("let $\\bar\\alpha_t = ...$"
    under "for every $t \\ge 2$", a relation with a body), which gives the name that value wherever the step may be
    in the case, so it leaves the convention as the definition would."""
    return item.kind == "definition" or (item.kind == "relation" and item.body is not None)


def _overrides(
    item: Stated, bodies: Mapping[Letter, syntax.Node], ranges: Mapping[Letter, sp.Interval]
) -> Iterator[Letter]:
    if _defines(item) and item.name is not None:
        target = defined_name(item.name.node)
        name = target.name if isinstance(target, syntax.Call) else target
        if not isinstance(name, syntax.Name):
            return
        if _constant(name):  # e := y - \hat y; \pi(\theta) := ...
            yield letter(name)
        body = item.body.node if item.body is not None and isinstance(target, syntax.Name) else None
        if body is not None:  # sigma := b, b := -1: sigma is -1
            body = _expanded(body, {key: node for key, node in bodies.items() if key != letter(name)})
        given = value(body)
        if given is not None and not fits(name, sp.FiniteSet(given)) and not _start(name, given):
            yield letter(name)
        elif body is not None and may_leave(
            name, body, list(_names(body)), frozenset(bodies), ranges
        ):  # alpha := 1 + beta
            yield letter(name)
        elif body is not None and convention(name) is not None and _unknown(body):
            yield letter(name)  # sigma_12 := Cov(x_1, x_2): what the body is, and so its sign, is not read
        elif body is None and isinstance(target, syntax.Name) and convention(name) is not None:
            yield letter(name)  # sigma := \\sin(10 beta): a body not read says nothing of its sign
    elif item.kind in LAWS and item.name is not None:  # e \sim N(0, 1); \sigma \sim N(0, 1): a random value
        yield from (letter(n) for n in _names(item.name.node) if _constant(n) or convention(n) is not None)
    elif item.kind == "relation" and item.origin == "words" and item.name is not None:  # "$\\sigma$ is $-1$"
        yield from (letter(n) for n in _names(item.name.node) if convention(n) is not None or _constant(n))
    elif item.kind == "relation" and item.name is not None:
        member = MEMBER.match(item.text)
        if member is not None and not isinstance(item.name.node, syntax.Statement):  # t \\in [0, 1]
            values = real_set(member.group(2))
            for name in _names(item.name.node):
                if _constant(name) or values is None or not fits(name, values):
                    yield letter(name)
            return
        yield from _relation(item.name.node)


def _relation(node: syntax.Node) -> Iterator[Letter]:
    """A sentence's relation that gives a name a value (``\\pi = 0.3``) or a formula of names that may leave its
    convention as a definition's body would (:func:`may_leave`: ``\\bar\\alpha_1 = 2\\alpha_1 - \\alpha_2``), or
    bounds it by numbers (``0 < \\pi < 1``), outside its convention or as a constant never is; a constant written
    inside a formula (``2\\pi\\sigma^2``, ``e^{a+b}``) keeps its meaning."""
    if not isinstance(node, syntax.Statement):
        return
    operands, relations = node.operands, node.relations
    yield from (letter(n) for n in operands if isinstance(n, syntax.Name) and _constant(n))
    if relations == ("=",) and isinstance(operands[1], syntax.Name) and not isinstance(operands[0], syntax.Name):
        operands = operands[::-1]  # 1/2 = \sigma
    if relations == ("=",) and isinstance(operands[0], syntax.Name):
        name, given = operands[0], value(operands[1])
        if given is not None and not fits(name, sp.FiniteSet(given)) and not _start(name, given):
            yield letter(name)
        elif given is None and may_leave(name, operands[1], list(_names(operands[1]))):
            yield letter(name)  # abar_1 = 2 alpha_1 - alpha_2 may be 1.97: equal to it, abar_1 may leave (0, 1)
        return
    if relations == ("=",) and value(operands[1]) is not None:  # alpha^2 = 4: what it says of alpha is not read
        yield from (letter(n) for n in _names(operands[0]) if convention(n) is not None)
        return
    if all(relation in _BOUNDS for relation in relations):
        for position, operand in enumerate(operands):
            if isinstance(operand, syntax.Name) and widens(operand, bounded(operands, relations, position)):
                yield letter(operand)
    named = [o for o in operands if value(o) is None]
    keys = {n.key for n in _names(node)}
    if (  # (a lone name's bound is read above: beta_1 > 0 holds at 2, outside (0, 1), but widens nothing)
        len(named) == 1
        and not (isinstance(named[0], syntax.Name) and relations != ("=",))
        and len(keys) == 1
        and all(relation in _BOUNDS | {"="} for relation in relations)
    ):
        name = next(_names(node))  # a bound by numbers on a formula of one name: -\sigma > 0, 1 = 2\alpha
        if convention(name) is not None and may_hold_outside(name, operands, relations):
            yield letter(name)


#: What a body may write whose value the reading cannot bound: a function the note applies (Cov(x_1, x_2), f(x)), an
#: expectation or covariance, an integral, an optimum, a gradient, a divergence (not a sum or product, of names whose
#: ranges the reading knows: abar_t := prod_s alpha_s keeps abar_t in (0, 1)).
_UNKNOWN = (syntax.Call, syntax.Expectation, syntax.Integral, syntax.Optimum, syntax.Gradient, syntax.Divergence)


def _unknown(body: syntax.Node) -> bool:
    """Whether a definition's body writes something of unknown sign (:data:`_UNKNOWN`): a conventional name it
    defines (``\\sigma_{12} := \\mathrm{Cov}(x_1, x_2)``) may leave its convention, and keeps no convention."""
    return any(isinstance(node, _UNKNOWN) for node in nodes(body))


def _start(name: syntax.Name, given: sp.Expr) -> bool:
    """Whether ``name = given`` is the schedule's start, which its conventions allow: abar_0 = 1 (no step taken),
    alpha_0 = 1, beta_0 = 0."""
    return name.index == "0" and (letter(name), given) in {(("alpha", "bar"), 1), (("alpha", ""), 1), (("beta", ""), 0)}


def _constant(name: syntax.Name) -> bool:
    return letter(name) in _CONSTANT_LETTERS and not name.index


def _names(node: syntax.Node | None) -> Iterator[syntax.Name]:
    return (n for n in nodes(node) if isinstance(n, syntax.Name)) if node is not None else iter(())
