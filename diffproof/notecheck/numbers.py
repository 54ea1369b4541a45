"""The numbers and sets of reals a note writes in its formulas, and whether they fit a convention.

``3/2``, ``-1``, ``10^3``, ``\\sqrt{2}`` are numbers; ``[0, 1]``, ``(0, 1]`` and
``\\mathbb{R}`` are sets of reals.  A value or a set the note gives a name fits its
convention (:data:`~diffproof.notecheck.vocabulary.CONVENTIONS`) when it lies
in the convention's domain: ``\\beta_t \\in (0, 1)`` says what the convention says;
``t \\in [0, 1]`` and ``\\alpha = 3/2`` do not.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from itertools import product
from math import prod

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.parser import nodes
from diffproof.notecheck.vocabulary import CONVENTIONS, index_value

Letter = tuple[str, str]
#: One member of a family of values: the letter and a whole-number index (alpha_2 is ("alpha", "", 2)).
Member = tuple[str, str, sp.Integer]


def letter(name: syntax.Name) -> Letter:
    return (name.base, name.decoration)


def convention(name: syntax.Name) -> sp.Set | None:
    return next((c.domain for c in CONVENTIONS if letter(name) in c.bases), None)


def fits(name: syntax.Name, values: sp.Set) -> bool:
    """Whether every value the note gives ``name`` lies in its convention's domain (or it has none); for an
    index, whether the smallest whole number the values allow is a step (``t \\ge 2`` fits, ``t \\ge 0`` does not)."""
    domain = convention(name)
    if domain is None:
        return True
    if isinstance(domain, sp.Range) and isinstance(values, sp.Interval):
        if values.inf == -sp.oo:
            return False
        smallest = sp.floor(values.inf) + 1 if values.left_open or not values.inf.is_integer else values.inf
        holds_a_step = values.contains(smallest) is sp.true  # 0 < t < 1 holds none: t is a real there
        return bool(smallest >= domain.inf) and holds_a_step
    return bool(values.is_subset(domain))


#: Numbers beyond this size are not evaluated (a tower of powers would take forever).
_LARGEST = sp.Integer(10) ** 100


def value(
    node: syntax.Node | None, at: Mapping[Letter, sp.Expr] | None = None, elementary: bool = False
) -> sp.Expr | None:
    """The finite real number a formula of numbers is (``3/2``, ``-1``, ``10^3``, ``\\sqrt{2}``), its names
    (without an index) taking the values ``at`` gives them, else None; with ``elementary``, through a logarithm (of a
    positive number, natural), an exponential and an absolute value too (:data:`_MAY_LEAVE_FUNCTIONS`)."""
    found = _value(node, at or {}, elementary)
    if found is None or not found.is_real or not found.is_finite or abs(found) > _LARGEST:
        return None
    return found


#: The largest exponent :data:`_MAY_LEAVE_FUNCTIONS` raises e to (beyond, the value is too large to be a number read).
_EXPONENT_LIMIT = 200
#: The functions besides sqrt through which :func:`value` evaluates a formula when asked (``elementary``): where a
#: definition's body may leave its name's convention (:func:`may_leave`: sigma := log beta is negative, alpha_t :=
#: exp(beta_t) above 1, sigma := |a| - 1 negative at a = 0).  The logarithm's base does not change its sign.
_MAY_LEAVE_FUNCTIONS = {
    "log": lambda x: sp.log(x) if x > 0 else None,
    "exp": lambda x: sp.exp(x) if x < _EXPONENT_LIMIT else None,
    "abs": sp.Abs,
}


def _value(node: syntax.Node | None, at: Mapping[Letter, sp.Expr], elementary: bool = False) -> sp.Expr | None:
    if isinstance(node, syntax.Name):
        found = _member(node, at)
        return at[found] if found in at else at.get(letter(node))
    if isinstance(node, syntax.Number):
        return sp.Rational(node.text)  # digits and a point: no parsing of text as an expression
    if isinstance(node, syntax.Negative):
        inner = value(node.operand, at, elementary)
        return -inner if inner is not None else None
    if isinstance(node, syntax.Binary):
        left, right = value(node.left, at, elementary), value(node.right, at, elementary)
        if left is None or right is None or (node.operator == "/" and right == 0):
            return None
        return {"+": left + right, "-": left - right, "*": left * right, "/": left / right}[node.operator]
    if isinstance(node, syntax.Power):
        base, exponent = value(node.base, at, elementary), value(node.exponent, at, elementary)
        if base is None or exponent is None or abs(exponent) > 64 or (base == 0 and exponent < 0):
            return None
        if abs(base) > 1 and exponent * sp.log(abs(base), 10) > 100:
            return None
        return base**exponent if base > 0 or exponent.is_integer else None
    if isinstance(node, syntax.Function) and node.function == "sqrt" and node.degree is None:
        inner = value(node.argument, at, elementary)
        return sp.sqrt(inner) if inner is not None and inner >= 0 else None
    if elementary and isinstance(node, syntax.Function) and node.function in _MAY_LEAVE_FUNCTIONS:
        inner = value(node.argument, at, elementary)
        return _MAY_LEAVE_FUNCTIONS[node.function](inner) if inner is not None else None
    if elementary and isinstance(node, syntax.Series) and isinstance(node.index, syntax.Name):
        return _series_value(node, at)
    return None


#: The most terms :func:`_series_value` adds or multiplies.
_TERMS_LIMIT = 64


def _whole_range(series: syntax.Series, at: Mapping[Letter, sp.Expr]) -> range | None:
    """The whole numbers a sum's or product's index takes between limits that are whole numbers at ``at``; None
    where a limit is missing or no whole number, or the terms are too many."""
    if series.lower is None or series.upper is None or series.implicit_upper:
        return None
    lower, upper = value(series.lower, at, True), value(series.upper, at, True)
    if lower is None or upper is None or not (lower.is_integer and upper.is_integer) or upper - lower >= _TERMS_LIMIT:
        return None
    return range(int(lower), int(upper) + 1)


def _series_value(series: syntax.Series, at: Mapping[Letter, sp.Expr]) -> sp.Expr | None:
    """A sum or product between limits that are whole numbers at ``at`` (:func:`_whole_range`), term by term, its
    index letter taking each whole number between them (``\\prod_{s=1}^t \\alpha_s`` at t = 2 is alpha^2 where a
    letter has one value at all its indices, alpha_1 alpha_2 where ``at`` gives the family's members apart)."""
    whole = _whole_range(series, at)
    if whole is None:
        return None
    terms = [value(series.body, {**at, letter(series.index): k}, True) for k in map(sp.Integer, whole)]
    if None in terms:
        return None
    return sp.Add(*terms) if series.operator == "sum" else sp.Mul(*terms)


def _member(name: syntax.Name, at: Mapping[Letter, sp.Expr]) -> Member | None:
    """The member of its family a name with an index is where ``at`` gives its index letters whole values
    (alpha_{s+1} at s = 1 is alpha_2) or its index is a whole number (alpha_1, whatever ``at`` gives), else None."""
    index = index_value(name.index) if name.index else None
    if index is None:
        return None
    whole = index.xreplace({symbol: at.get((symbol.name, ""), symbol) for symbol in index.free_symbols})
    return (name.base, name.decoration, whole) if whole.is_Integer else None


#: An interval of reals, its ends apart at a comma or at a semicolon (``[-2 ; -1]``, as French and ISO 80000-2 write it).
_INTERVAL = re.compile(r"(?:\\left\s*)?([\[(])\s*([^,;]+?)\s*[,;]\s*([^,;]+?)\s*(?:\\right\s*)?([\])])")


def real_set(text: str) -> sp.Set | None:
    """The set of reals ``text`` writes: an interval with numbers at its ends, or the real line; else None."""
    text = text.strip()
    if re.fullmatch(r"\\mathbb\s*\{?\s*R\s*\}?|\\R", text):
        return sp.Reals
    match = _INTERVAL.fullmatch(text)
    if match is None:
        return None
    ends = []
    for end in (match.group(2), match.group(3)):
        try:
            ends.append(value(syntax.parse(end.replace("−", "-"), notes=True).operands[0]))
        except InvalidAnswer:
            return None
    if None in ends:
        return None
    return sp.Interval(ends[0], ends[1], match.group(1) == "(", match.group(4) == ")")


def bounded(operands: tuple[syntax.Node, ...], relations: tuple[str, ...], position: int) -> sp.Set:
    """The reals the operand at ``position`` of a chain of bounds may be, from the nearest numbers on each side
    of it (through names when the chain runs one way): ``0 \\le t \\le T`` gives t in [0, oo), ``\\alpha > 1``
    gives alpha in (1, oo), ``0 < \\beta_1 < \\dots < \\beta_T < 1`` gives each beta in (0, 1)."""
    increasing = all(relation in ("<", "<=") for relation in relations)
    decreasing = all(relation in (">", ">=") for relation in relations)
    low, high, low_open, high_open = -sp.oo, sp.oo, True, True
    for side in (-1, 1):
        strict = False
        index = position
        while 0 <= index + side < len(operands):
            relation = relations[index] if side == 1 else relations[index - 1]
            strict = strict or relation in ("<", ">")
            index += side
            number = value(operands[index])
            if number is None and not (increasing or decreasing):
                break  # a name in between, in a chain that turns: nothing follows
            if number is None:
                continue
            below = (side == -1) == (relation in ("<", "<="))  # the number is a lower bound
            if below:
                low, low_open = number, strict
            else:
                high, high_open = number, strict
            break
    return sp.Interval(low, high, low_open, high_open)


def widens(name: syntax.Name, values: sp.Set) -> bool:
    """Whether a bound lets ``name`` leave its convention's domain: read with the domain's own end on a side it
    leaves unstated (``\\beta_1 < 1/2`` keeps beta_1 positive), it is not inside the domain (``\\sigma > -1``,
    ``\\sigma \\ge 0``) or contradicts it (``\\sigma < 0``, ``\\alpha > 1``).  An index's reading is :func:`fits`'."""
    domain = convention(name)
    if domain is None or not isinstance(domain, sp.Interval) or not isinstance(values, sp.Interval):
        return not fits(name, values)
    low, low_open = (values.inf, values.left_open) if values.inf.is_finite else (domain.inf, domain.left_open)
    high, high_open = (values.sup, values.right_open) if values.sup.is_finite else (domain.sup, domain.right_open)
    stated = sp.Interval(low, high, low_open, high_open)
    return stated.is_empty is not False or not stated.is_subset(domain)


def says_its_convention(operands: tuple[syntax.Node, ...], relations: tuple[str, ...]) -> bool:
    """Whether a chain of bounds by numbers on one name says just what the name's convention says (``\\sigma > 0``,
    ``0 < \\alpha_t < 1``): no news, so the convention's counterexamples stay trusted."""
    names = [(position, operand) for position, operand in enumerate(operands) if value(operand) is None]
    if len(names) != 1 or not set(relations) <= {"<", "<=", ">", ">="}:
        return False
    ((position, name),) = names
    if not isinstance(name, syntax.Name) or convention(name) is None:
        return False
    return bounded(operands, relations, position) == convention(name)


#: Points of each convention's domain at which a definition's body is tried; a real with no convention at 0 too, where
#: an even body takes its least value (sigma := y^2 - 1/10 is negative there only near 0).
_SAMPLES = {sp.Interval.open(0, 1): (sp.Rational(1, 100), sp.Rational(1, 2), sp.Rational(99, 100)),
            sp.Interval.open(0, sp.oo): (sp.Rational(1, 100), sp.Integer(1), sp.Integer(100)),
            sp.Range(1, sp.oo): (sp.Integer(1), sp.Integer(2), sp.Integer(50)),
            sp.Reals: (-sp.Integer(2), -sp.Rational(1, 2), sp.Integer(0), sp.Rational(1, 2), sp.Integer(2))}  # fmt: skip


#: Points outside each convention's domain at which a note's bound on a formula of the name is tried.
_OUTSIDE = {sp.Interval.open(0, 1): (-sp.Integer(2), -sp.Rational(1, 2), sp.Integer(0), sp.Integer(1), sp.Integer(2)),
            sp.Interval.open(0, sp.oo): (-sp.Integer(100), -sp.Integer(1), -sp.Rational(1, 100), sp.Integer(0)),
            sp.Range(1, sp.oo): (-sp.Integer(1), sp.Integer(0))}  # fmt: skip

_HOLDS = {"<": sp.StrictLessThan, "<=": sp.LessThan, ">": sp.StrictGreaterThan, ">=": sp.GreaterThan, "=": sp.Eq}


def may_hold_outside(name: syntax.Name, operands: tuple[syntax.Node, ...], relations: tuple[str, ...]) -> bool:
    """Whether a chain of relations between numbers and formulas of one conventional ``name`` (``-\\sigma > 0``,
    ``1 = 2\\alpha``) holds at some point outside the convention's domain: the note then lets the name leave it,
    as ``\\sigma > -1`` does.  False when it cannot tell (no point where every formula is a number)."""
    return _holds_somewhere(name, operands, relations, _OUTSIDE.get(convention(name)))


def contradicts(name: syntax.Name, operands: tuple[syntax.Node, ...], relations: tuple[str, ...]) -> bool:
    """Whether such a chain holds outside the convention's domain and at none of its points tried inside it
    (``-\\sigma > 0``, not ``1 - \\bar\\alpha_t > 0``)."""
    inside = _SAMPLES.get(convention(name))
    return may_hold_outside(name, operands, relations) and not _holds_somewhere(name, operands, relations, inside)


def _holds_somewhere(
    name: syntax.Name, operands: tuple[syntax.Node, ...], relations: tuple[str, ...], points: tuple | None
) -> bool:
    for point in points or ():
        found = [value(operand, {letter(name): point}) for operand in operands]
        if None not in found and all(_HOLDS[r](a, b) for r, a, b in zip(relations, found, found[1:])):
            return True
    return False


#: The most points at which :func:`may_leave` tries a definition's body (every letter at each of its samples: three
#: real letters, five of (0, 1)); a body of more is not tried (a point may cost milliseconds: a power's size is
#: checked through a logarithm), and may leave its name's convention.
_GRID_LIMIT = 125


def may_leave(
    name: syntax.Name,
    body: syntax.Node,
    names: list[syntax.Name],
    defined: frozenset[Letter] = frozenset(),
    ranges: Mapping[Letter, sp.Interval] | None = None,
) -> bool:
    """Whether ``name := body`` gives ``name`` a value outside its convention at some point of the conventions of
    the body's names, any real where they have none and the note does not define them (alpha := 1 + beta, beta
    in (0, 1): alpha in (1, 2); sigma := a - b); False when it cannot tell.  A letter the note bounds inside its
    convention at every index (``ranges``: 0.9 < alpha_t < 0.95 for every t) is tried inside its bounds
    (:func:`samples_within`).  Each letter is tried at one value at all its indices (abar_t := 1 - 2 alpha_t leaves
    (0, 1) at alpha_t = 0.99), then a family's members at different indices apart (:func:`_leaves_apart`: abar_t :=
    2 alpha_1 - alpha_{t+1} leaves it at alpha_1 = 0.99, alpha_2 = 0.01, and so does abar_1 := 2 alpha_1 - alpha_2,
    whose indices are numbers).  A body of no value at any point tried
    (sigma := -\\sum_i y_i^2: a sum without limits) may leave it too, and so may a body of more points to try than
    :data:`_GRID_LIMIT` (sigma := a + b + c - d + e - f): its sign is not known, whatever the number of its letters."""
    written = {letter(n) for n in names}  # only these letters' definitions and bounds are read: the answer's key
    bounds = frozenset((key, values) for key, values in (ranges or {}).items() if key in written)
    return _may_leave(name, body, tuple(names), defined & written, bounds)


@functools.lru_cache(maxsize=1024)
def _may_leave(
    name: syntax.Name,
    body: syntax.Node,
    names: tuple[syntax.Name, ...],
    defined: frozenset[Letter],
    bounds: frozenset[tuple[Letter, sp.Interval]],
) -> bool:
    """:func:`may_leave`, remembered: a pure function of a definition and of what the note defines and bounds among
    its body's letters, asked again at each step of a note while the definitions in force before it grow."""
    ranges = dict(bounds)
    letters = {letter(n): convention(n) or (None if letter(n) in defined else sp.Reals) for n in names}
    if convention(name) is None or not letters:
        return False
    samples = {
        key: samples_within(ranges[key]) if ranges and key in ranges else _SAMPLES.get(domain)
        for key, domain in letters.items()
    }
    if None in samples.values():
        return False
    if prod(len(tried) for tried in samples.values()) > _GRID_LIMIT:
        return True
    evaluated = False
    for choice in product(*samples.values()):
        found = value(body, dict(zip(samples, choice)), elementary=True)
        if found is not None and not fits(name, sp.FiniteSet(found)):
            return True
        evaluated = evaluated or found is not None
    return not evaluated or _leaves_apart(name, body, samples)


def samples_within(values: sp.Interval) -> tuple[sp.Expr, ...]:
    """Points of a bounded interval at which a definition's body is tried, as :data:`_SAMPLES` places them in
    (0, 1): a hundredth of its length inside each end, and its middle."""
    margin = (values.sup - values.inf) / 100
    return (values.inf + margin, (values.inf + values.sup) / 2, values.sup - margin)


#: The whole values an index letter free in a definition (t in abar_t := 2 alpha_1 - alpha_{t+1}) takes when the
#: members of a family are tried apart: the first steps, and the first few from each lower limit a sum or product
#: writes (:func:`_steps`), where it has its first terms (a sum from s = 4 is empty below t = 4).
_STEPS = (sp.Integer(1), sp.Integer(2), sp.Integer(3))
#: How many steps from a sum's or product's lower limit on a free index letter takes.
_STEPS_FROM_A_LIMIT = 3
#: The most values (members, and letters written without an index) whose samples are all combined; beyond it, each
#: value is tried at its samples' ends only, pushed the way it moves the body (:func:`_extreme_points`).
_APART_LIMIT = 4


def _leaves_apart(name: syntax.Name, body: syntax.Node, samples: Mapping[Letter, tuple[sp.Expr, ...]]) -> bool:
    """Whether ``name := body`` leaves the convention where the members of a family the body writes at different
    indices take different values, each at a sample of its own letter (``samples``: alpha_1 and alpha_{t+1} at t = 1 are two
    values of (0, 1), not one); its free index letters take the first steps (:func:`_steps`).  A search for a
    witness: a body that stays inside (abar_t := prod_{s=1}^t alpha_s, alpha_t abar_{t-1}) is never left.  Every
    point tried is one of the conventions' own, so a witness found is a true one however the points are chosen."""
    free = sorted(_free_index_letters(name, body))
    if len(free) > 2:
        return False
    for steps in product(_steps(body), repeat=len(free)):
        at = dict(zip(free, steps))
        asked = sorted(_asked(body, at), key=str)
        tried = [samples.get(wanted[:2]) for wanted in asked]
        if all(len(wanted) == 2 for wanted in asked) or len(asked) > _TERMS_LIMIT or None in tried:
            continue  # no member apart (the search above tried it), too many to try, or one of no known range
        points = product(*tried) if len(asked) <= _APART_LIMIT else _extreme_points(body, at, asked, tried)
        for choice in points:
            found = value(body, {**at, **dict(zip(asked, choice))}, elementary=True)
            if found is not None and not fits(name, sp.FiniteSet(found)):
                return True
    return False


def _steps(body: syntax.Node) -> tuple[sp.Integer, ...]:
    """The steps a free index letter takes: :data:`_STEPS`, and from each lower limit of a sum or product that is a
    whole number the first few (sum_{s=4}^t has its first term at t = 4)."""
    limits = (value(n.lower) for n in nodes(body) if isinstance(n, syntax.Series) and n.lower is not None)
    starts = {limit for limit in limits if limit is not None and limit.is_integer and limit > _STEPS[-1]}
    more = (limit + k for limit in sorted(starts) for k in range(_STEPS_FROM_A_LIMIT))
    return tuple(dict.fromkeys((*_STEPS, *more)))


def _extreme_points(
    body: syntax.Node, at: Mapping[Letter, sp.Expr], asked: list, samples: list[tuple]
) -> list[tuple[sp.Expr, ...]]:
    """Points for too many values to combine every sample of: each value at its least or its greatest sample, the
    way it raises the body from the middle sample (and the way it lowers it), and every value low or every value
    high.  A sum of members with alternating signs (alpha_t - alpha_{t+1} + ... + alpha_{t+4}) is largest there."""
    middle = [values[len(values) // 2] for values in samples]
    centre = value(body, {**at, **dict(zip(asked, middle))}, elementary=True)
    if centre is None:
        return []
    raising = []
    for position, values in enumerate(samples):
        moved = value(body, {**at, **dict(zip(asked, middle)), asked[position]: values[-1]}, elementary=True)
        raising.append(moved is not None and moved >= centre)
    highs = tuple(values[-1] if up else values[0] for values, up in zip(samples, raising))
    lows = tuple(values[0] if up else values[-1] for values, up in zip(samples, raising))
    return [highs, lows, tuple(v[0] for v in samples), tuple(v[-1] for v in samples)]


def _free_index_letters(name: syntax.Name, body: syntax.Node) -> set[Letter]:
    """The letters written in the indices of ``name`` and of the body's names (t of alpha_{t+1}) that no sum or
    product of the body runs over (s of \\sum_{s=1}^t alpha_s)."""
    written = (index_value(n.index) for n in (name, *nodes(body)) if isinstance(n, syntax.Name) and n.index)
    bound = {letter(n.index) for n in nodes(body) if isinstance(n, syntax.Series) and isinstance(n.index, syntax.Name)}
    return {(symbol.name, "") for index in written if index is not None for symbol in index.free_symbols} - bound


def _asked(node: syntax.Node | None, at: Mapping[Letter, sp.Expr]) -> set[Member | Letter]:
    """What :func:`value` asks of a point to evaluate ``node`` with ``at``'s index letters: the member each name
    with an index is (its index letters given by ``at`` or by a sum or product around it: alpha_{s+1} in
    \\sum_{s=1}^2 asks alpha_2 and alpha_3), the letter of every other name."""
    if isinstance(node, syntax.Name):
        return {_member(node, at) or letter(node)} - set(at)
    whole = _whole_range(node, at) if isinstance(node, syntax.Series) and isinstance(node.index, syntax.Name) else None
    if whole is not None:
        terms = (_asked(node.body, {**at, letter(node.index): sp.Integer(k)}) for k in whole)
        return _asked(node.lower, at) | _asked(node.upper, at) | set().union(*terms)
    return set().union(*(_asked(child, at) for child in _children(node)))


def _children(node: syntax.Node | None) -> list[syntax.Node]:
    """The nodes a syntax node is made of (its fields, and the nodes of its tuples)."""
    fields = vars(node).values() if node is not None else ()
    return [
        child
        for field in fields
        for child in (field if isinstance(field, tuple) else (field,))
        if isinstance(child, syntax.Node)
    ]
