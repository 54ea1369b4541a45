"""A schedule that witnesses a counterexample: where a note under a declared context states a relation among the
schedule's names alone -- an order of a whole family written with an ellipsis (``1 > \\alpha_0 > \\alpha_1 >
\\cdots > \\alpha_T > 0``, ``0 < \\beta_1 < \\ldots < \\beta_T < 1``) or an equation or order of its members
(``\\bar\\alpha_1 = \\alpha_1``) -- a counterexample that gives values to some members (alpha_t, abar_{t-1}) is
trusted only where a concrete schedule exists: integers for the indices' letters (t, T) and a number alpha_s for
each step s, with the context's beta_s = 1 - alpha_s and abar_s = alpha_1 ... alpha_s (abar_0 = 1), that gives the
counterexample's values exactly and satisfies every such relation, every definition the note gives the schedule's
names and their domains (0 < alpha_s < 1).  One is built (rationals) and checked exactly; where none is found the
counterexample is not trusted, with the relation that could not be met."""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from diffproof.answers import parser as syntax
from diffproof.notecheck.vocabulary import index_value

Key = tuple[str, str, str]
Letter = tuple[str, str]

ALPHA, ALPHA_BAR, BETA = ("alpha", ""), ("alpha", "bar"), ("beta", "")
#: The schedule's families, each as its members' values from alpha's: beta = 1 - alpha, abar a product of alphas.
FAMILIES = frozenset({ALPHA, ALPHA_BAR, BETA})
#: The orders and the equation a statement may write between its operands, each as a test of two values.
RELATIONS = {
    "=": lambda a, b: a == b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}
#: The size letter: the schedule's last step (the convention's constants < t-offsets < T-offsets).
SIZE = "T"
#: The numbers of free steps a witness tries between the indices a counterexample writes (alpha_t after alpha_1 at
#: t = 1 + gap): each gap is 1 or one of these; the largest schedule tried has some thousands of steps.
GAPS = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024)
#: The denominators a free step's value is rounded to (the last of a product's steps takes the exact remainder).
_DENOMINATOR = 10**6


@dataclass(frozen=True)
class ScheduleStatement:
    """A relation the note states among the schedule's names and numbers alone, ``operands[0] relations[0]
    operands[1] ...``, an operand None standing for an ellipsis between two members of one family; ``reason`` says
    where."""

    reason: str
    relations: tuple[str, ...]
    operands: tuple[syntax.Node | None, ...]
    #: The bounds it sets every step's alpha in, ends included (beta_s <= 0.02 at every step: alpha_s in [0.98, 1]),
    #: or None.
    every_alpha: tuple[Fraction, Fraction] | None = None


@dataclass(frozen=True)
class Schedule:
    """A concrete schedule: alpha_s for each step s (from ``first``, 0 or 1, to the size), abar_s for each step
    from 0 (abar_0 = 1), and the integer each index letter takes."""

    alphas: tuple[Fraction, ...]
    first: int
    letters: Mapping[str, int]
    products: tuple[Fraction, ...] = ()

    @staticmethod
    def of(alphas: Mapping[int, Fraction], letters: Mapping[str, int]) -> Schedule:
        first, size = min(alphas), max(alphas)
        products = [Fraction(1)]
        for step in range(1, size + 1):
            products.append(products[-1] * alphas[step])
        return Schedule(tuple(alphas[s] for s in range(first, size + 1)), first, dict(letters), tuple(products))

    @property
    def size(self) -> int:
        return self.first + len(self.alphas) - 1

    def describe(self) -> str:
        """``t = 24, T = 25; α_0, ..., α_25 = 0.8983, 0.7966, ..., 0.64, 0.32`` (its first and last steps)."""
        letters = ", ".join(f"{letter} = {value}" for letter, value in sorted(self.letters.items()))
        shown = [f"{float(a):.4g}" for a in self.alphas]
        values = ", ".join(shown if len(shown) <= 6 else [*shown[:3], "...", *shown[-2:]])
        return f"{letters}; α_{self.first}, ..., α_{self.size} = {values}"

    def at(self, letters: Mapping[str, int]) -> Schedule:
        """The same schedule with these letters' values."""
        return Schedule(self.alphas, self.first, dict(letters), self.products)

    def member(self, letter: Letter, step: int | None) -> Fraction | None:
        """The value of a member of a family at a step, None where the schedule has none."""
        if step is None or not 0 <= step <= self.size:
            return None
        if letter == ALPHA_BAR:
            return self.products[step]
        if step < self.first:
            return None
        alpha = self.alphas[step - self.first]
        return alpha if letter == ALPHA else 1 - alpha


def read(statement: syntax.Node | None, reason: str) -> ScheduleStatement | None:
    """``statement`` as a relation among the schedule's names alone, each ellipsis between two members of one
    family (``\\alpha_1 > \\cdots > \\alpha_T``); None where it writes anything else (a name beyond the schedule, an
    index that is no integer's, a relation that is no order or equation)."""
    if not isinstance(statement, syntax.Statement) or not statement.relations:
        return None
    if not set(statement.relations) <= set(RELATIONS):
        return None
    operands = statement.operands
    found: list[syntax.Node | None] = []
    for position, operand in enumerate(operands):
        if isinstance(operand, syntax.Ellipsis):
            around = operands[position - 1 : position + 2] if 0 < position < len(operands) - 1 else ()
            if len(around) != 3 or not all(_member(n) for n in (around[0], around[2])):
                return None
            if around[0].key[:2] != around[2].key[:2]:
                return None
            found.append(None)
        elif _plain(operand):
            found.append(operand)
        else:
            return None
    if not any(isinstance(n, syntax.Name) for operand in found if operand is not None for n in syntax_nodes(operand)):
        return None
    return ScheduleStatement(reason, statement.relations, tuple(found))


def _member(node: syntax.Node) -> bool:
    """Whether ``node`` is a member of a schedule family at an integer index (alpha_t, abar_{t-1}, beta_3)."""
    return isinstance(node, syntax.Name) and node.key[:2] in FAMILIES and index_value(node.index) is not None


def _plain(node: syntax.Node) -> bool:
    """Whether ``node`` is arithmetic of numbers and members (``2\\alpha_t``, ``1 - \\beta_1``) alone."""
    if isinstance(node, syntax.Number):
        return True
    if isinstance(node, syntax.Name):
        return _member(node)
    if isinstance(node, syntax.Negative):
        return _plain(node.operand)
    if isinstance(node, syntax.Binary):
        return _plain(node.left) and _plain(node.right)
    if isinstance(node, syntax.Power):
        return _plain(node.base) and isinstance(node.exponent, syntax.Number) and node.exponent.text.isdigit()
    return False


def syntax_nodes(node: syntax.Node) -> list[syntax.Node]:
    """``node`` and the nodes inside it, of the kinds :func:`_plain` allows."""
    if isinstance(node, syntax.Negative):
        return [node, *syntax_nodes(node.operand)]
    if isinstance(node, syntax.Binary):
        return [node, *syntax_nodes(node.left), *syntax_nodes(node.right)]
    if isinstance(node, syntax.Power):
        return [node, *syntax_nodes(node.base)]
    return [node]


def letters_of(keys: Iterable[Key]) -> set[str]:
    """The letters the indices of these names are written with (t and T for abar_{t-1}, alpha_T)."""
    found = set()
    for _, _, index in keys:
        value = index_value(index)
        found |= {str(s) for s in value.free_symbols} if value is not None else set()
    return found


def step_of(index: str, letters: Mapping[str, int]) -> int | None:
    """The step an index names where its letters take these values (t - 1 at t = 5: 4), None where it names none."""
    form = _offset_form(index)
    if form is not None:  # a number, or one letter plus a whole number: no SymPy at each of a long schedule's steps
        letter, offset = form
        return offset if letter is None else letters[letter] + offset if letter in letters else None
    value = index_value(index)
    if value is None or not {str(s) for s in value.free_symbols} <= set(letters):
        return None
    concrete = value.subs({s: letters[str(s)] for s in value.free_symbols})
    return int(concrete) if concrete.is_Integer else None


@functools.lru_cache(maxsize=1024)
def _offset_form(index: str) -> tuple[str | None, int] | None:
    """An index that is a whole number (``3``: None, 3) or one letter plus one (``t-1``: 't', -1); None for any
    other."""
    value = index_value(index)
    if value is None or len(value.free_symbols) > 1:
        return None
    if value.is_Integer:
        return None, int(value)
    (letter,) = value.free_symbols
    offset = value - letter
    return (str(letter), int(offset)) if offset.is_Integer else None


# -- checking a schedule -------------------------------------------------------------------------------------------

#: A member a relation names that the schedule lacks (alpha_{t-1} at t = 0): that instance is no instance.
_MISSING = object()


@dataclass(frozen=True)
class Demands:
    """What a witness must meet: the counterexample's values of the schedule's names (``exact``: its point's, as
    written; ``derived``: those its definitions imply, as computed), the note's statements among the schedule's
    names, its definitions of them (name, body, why), and the letters it fixes (T = 1000)."""

    exact: Mapping[Key, Fraction]
    derived: Mapping[Key, float]
    statements: tuple[ScheduleStatement, ...]
    definitions: tuple[tuple[Key, sp.Expr, str], ...]
    symbols: Mapping[sp.Symbol, Key]
    fixed: Mapping[str, int]


def unmet(schedule: Schedule, demands: Demands) -> str:
    """What the schedule fails of: a domain (0 < alpha_s < 1), a value of the counterexample, a statement or a
    definition at every value of the letters the note leaves free (all but the size and those it fixes); ''
    where it meets them all."""
    if any(not 0 < alpha < 1 for alpha in schedule.alphas):
        return "a step's alpha lies outside (0, 1)"
    for key, value in demands.exact.items():
        if schedule.member(key[:2], step_of(key[2], schedule.letters)) != value:
            return f"{_shown(key)} = {value}"
    for key, number in demands.derived.items():
        found = schedule.member(key[:2], step_of(key[2], schedule.letters))
        if found is None or not math.isclose(float(found), number, rel_tol=1e-12, abs_tol=1e-300):
            return f"{_shown(key)} = {number}"
    kept = {letter: value for letter, value in schedule.letters.items() if letter in {SIZE, *demands.fixed}}
    general = schedule.at(kept)
    for statement in demands.statements:
        if not _holds(statement, general):
            return statement.reason
    for key, body, reason in demands.definitions:
        indices = [key[2], *(demands.symbols[s][2] for s in body.free_symbols if s in demands.symbols)]
        instances = _instances(indices, general)
        if instances is None:
            return reason
        checked = 0
        for letters in instances:
            at = general.at({**kept, **letters})
            value = at.member(key[:2], step_of(key[2], at.letters))
            other = _sympy_value(body, demands.symbols, at)
            if value is None or other is _MISSING:
                continue
            if other != value:
                return reason
            checked += 1
        if not checked:
            return reason
    return ""


def _shown(key: Key) -> str:
    return f"{key[0]}{'-' + key[1] if key[1] else ''}_{key[2]}"


def _instances(indices: list[str], schedule: Schedule) -> list[dict[str, int]] | None:
    """Every value of the letter these indices write that the schedule does not fix, at each step of the schedule
    (a relation at a generic step holds at each); None for more than one such letter (not checked)."""
    open_ = sorted(letters_of(("", "", i) for i in indices) - set(schedule.letters))
    if len(open_) > 1:
        return None
    return [{open_[0]: step} for step in range(0, schedule.size + 1)] if open_ else [{}]


def _holds(statement: ScheduleStatement, schedule: Schedule) -> bool:
    """Whether a statement holds at the schedule, at every step its free letters may name (an instance that names
    a member the schedule lacks is no instance), and at one at least; one of two free letters cannot be checked."""
    if statement.every_alpha is not None:
        low, high = statement.every_alpha
        return all(low <= alpha <= high for alpha in schedule.alphas)
    indices = [n.index for o in statement.operands if o is not None for n in syntax_nodes(o) if _member(n)]
    instances = _instances(indices, schedule)
    checked = 0
    for letters in instances or ():
        expanded = _expanded(statement, schedule.at({**schedule.letters, **letters}))
        if expanded is None:
            continue
        operands, relations = expanded
        if any(v is None for v in operands):
            return False
        if not all(RELATIONS[r](a, b) for a, r, b in zip(operands, relations, operands[1:])):
            return False
        checked += 1
    return checked > 0  # alpha_{T+1} at every instance: the schedule has no member to check it at


def _expanded(statement: ScheduleStatement, schedule: Schedule) -> tuple[list, list] | None:
    """The statement's operands as values, each ellipsis written out as the members between its neighbours (in
    the order of the steps the neighbours name; one member where they name one step: alpha_1 > ... > alpha_T at
    T = 1 says 1 > alpha_1 > 0), with the relations between them; None where an instance names a member the
    schedule lacks, or its neighbours' steps run against the way they are written."""
    operands: list[Fraction | None] = []
    relations: list[str] = []
    nodes = statement.operands
    merged = False  # the operand after an ellipsis whose neighbours name one step is the one before it
    for position, operand in enumerate(nodes):
        if operand is not None:
            value = _value(operand, schedule)
            if value is _MISSING:
                return None
            if not merged:
                operands.append(value)
            merged = False
            if position < len(statement.relations):
                relations.append(statement.relations[position])
            continue
        first, last = nodes[position - 1], nodes[position + 1]
        low, high = step_of(first.index, schedule.letters), step_of(last.index, schedule.letters)
        upwards = _later(last.index, first.index)
        if low is None or high is None or (high < low if upwards else high > low):
            return None  # alpha_1 > ... > alpha_N at N = 0: no instance of the chain
        if high == low:
            relations.pop()
            merged = True
            continue
        between = range(low + 1, high) if upwards else range(low - 1, high, -1)
        relation = statement.relations[position]
        for step in between:
            member = schedule.member(first.key[:2], step)
            if member is None:
                return None
            operands.append(member)
            relations.append(relation)
    return operands, relations


def _value(node: syntax.Node, schedule: Schedule) -> Fraction | None | object:
    """A plain operand's value at the schedule (None: no number, a division by 0); _MISSING where it names a
    member the schedule lacks."""
    if isinstance(node, syntax.Number):
        return Fraction(node.text)
    if isinstance(node, syntax.Name):
        found = schedule.member(node.key[:2], step_of(node.index, schedule.letters))
        return _MISSING if found is None else found
    if isinstance(node, syntax.Negative | syntax.Power):
        inner = _value(node.operand if isinstance(node, syntax.Negative) else node.base, schedule)
        if inner is _MISSING or inner is None:
            return inner
        return -inner if isinstance(node, syntax.Negative) else inner ** int(node.exponent.text)
    left, right = _value(node.left, schedule), _value(node.right, schedule)
    if left is _MISSING or right is _MISSING:
        return _MISSING
    if left is None or right is None or (node.operator == "/" and right == 0):
        return None
    return {"+": left + right, "-": left - right, "*": left * right, "/": left / right}[node.operator]


def _sympy_value(expr: sp.Expr, symbols: Mapping[sp.Symbol, Key], schedule: Schedule) -> Fraction | None | object:
    """A definition's body at the schedule: sums, products and integer powers of rationals and the schedule's
    names; None for anything else (a product over an index, a root), _MISSING where it names a member the schedule
    lacks."""
    if isinstance(expr, sp.Rational):
        return Fraction(int(expr.p), int(expr.q))
    if isinstance(expr, sp.Symbol):
        key = symbols.get(expr)
        if key is None or key[:2] not in FAMILIES:
            return None
        found = schedule.member(key[:2], step_of(key[2], schedule.letters))
        return _MISSING if found is None else found
    if not isinstance(expr, sp.Add | sp.Mul | sp.Pow):
        return None
    parts = [_sympy_value(a, symbols, schedule) for a in expr.args]
    if _MISSING in parts:
        return _MISSING
    if any(p is None for p in parts):
        return None
    if isinstance(expr, sp.Add):
        return sum(parts, Fraction(0))
    if isinstance(expr, sp.Mul):
        return math.prod(parts, start=Fraction(1))
    if expr.exp.is_Integer and (parts[0] != 0 or expr.exp > 0):
        return parts[0] ** int(expr.exp)
    return None


# -- building one --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """What a schedule is built to: alpha's direction along the steps (-1 decreasing, +1 increasing, 0 none) from step
    ``ordered`` on (where a family order starts), the open interval its members lie in, and the first step it has
    (0 where the note writes alpha_0 or beta_0)."""

    direction: int
    low: Fraction
    high: Fraction
    first: int
    ordered: int = 0
    #: The last constant step the relations write (alpha_1 in alpha_1 > ... > alpha_T): the size lies beyond it.
    written: int = 0


def shape(statements: Iterable[ScheduleStatement]) -> Shape:
    """The direction and bounds the statements' family orders give alpha (beta's reversed, beta_s = 1 - alpha_s):
    none, in (0, 1), where they say nothing; its first step 0 where one writes alpha_0 or beta_0."""
    direction, low, high, first, ordered, last = 0, Fraction(0), Fraction(1), 1, None, 0
    for statement in statements:
        if statement.every_alpha is not None:
            low, high = max(low, statement.every_alpha[0]), min(high, statement.every_alpha[1])
            continue
        nodes = statement.operands
        written = [n for node in nodes if node is not None for n in syntax_nodes(node) if _member(n)]
        last = max([last, *(int(v) for n in written if (v := index_value(n.index)).is_Integer)])
        if any(n.key[:2] != ALPHA_BAR and index_value(n.index) == 0 for n in written):
            first = 0
        if None not in nodes or not set(statement.relations) <= {"<", "<=", ">", ">="}:
            continue
        family = written[0].key[:2]
        if family == ALPHA_BAR or len({r[0] for r in statement.relations}) != 1:
            continue
        members = [n for n in nodes if isinstance(n, syntax.Name)]
        upwards = _later(members[-1].index, members[0].index)  # written in the order of the steps
        falling = (statement.relations[0][0] == ">") == upwards  # its values fall along the steps
        top, bottom = (nodes[0], nodes[-1]) if statement.relations[0][0] == ">" else (nodes[-1], nodes[0])
        upper = Fraction(top.text) if isinstance(top, syntax.Number) else None
        lower = Fraction(bottom.text) if isinstance(bottom, syntax.Number) else None
        if family == BETA:
            falling = not falling
            upper, lower = (1 - lower if lower is not None else None), (1 - upper if upper is not None else None)
        direction = -1 if falling else 1
        low, high = max(low, lower if lower is not None else low), min(high, upper if upper is not None else high)
        start = index_value(members[0 if upwards else -1].index)
        ordered = min(ordered if ordered is not None else 10**9, int(start) if start.is_Integer else 0)
    return Shape(direction, low, high, first, ordered or 0, last)


def _later(one: str, other: str) -> bool:
    """Whether index ``one`` is a later step than ``other`` by the convention (constants, then t, then T)."""
    a, b = index_value(one), index_value(other)
    rank = [(str(v.free_symbols.pop()) == SIZE) * 2 + 1 if v.free_symbols else 0 for v in (a, b)]
    if rank[0] != rank[1]:
        return rank[0] > rank[1]
    return bool((a - b).is_positive) if (a - b).is_number else False


def build(exact: Mapping[Key, Fraction], inner: list[str], fixed: Mapping[str, int], form: Shape,
          gaps: tuple[int, ...]) -> Schedule | None:  # fmt: skip
    """A schedule at these gaps between the index blocks (the constants, then each inner letter's offsets in turn,
    then the size's): the counterexample's alphas and betas as given, the free steps between two abar's values
    given a product that meets them (geometric within their neighbours), the others spaced evenly between their
    neighbours; None where the gaps leave no room."""
    letters = _placed(exact, inner, fixed, gaps, form.written)
    if letters is None:
        return None
    size = letters[SIZE]
    if size < max(form.first, 1):
        return None  # T = 0: no step
    alphas: dict[int, Fraction] = {}
    products: dict[int, Fraction] = {0: Fraction(1)}
    for key, value in exact.items():
        step = step_of(key[2], letters)
        if step is None or not 0 <= step <= size:
            return None
        given = products if key[:2] == ALPHA_BAR else alphas
        value = value if key[:2] != BETA else 1 - value
        if given.get(step, value) != value or (key[:2] != ALPHA_BAR and step < form.first):
            return None
        given[step] = value
    anchors = sorted(products)
    segments = list(zip(anchors, anchors[1:]))
    changed = True
    while changed:  # a segment of one free step: its alpha is the ratio of the products
        changed = False
        for a, b in segments:
            free = [s for s in range(a + 1, b + 1) if s not in alphas]
            known = math.prod((alphas[s] for s in range(a + 1, b + 1) if s in alphas), start=Fraction(1))
            if len(free) == 1 and known:
                low, high = _neighbours(free[0], alphas, form)
                alphas[free[0]] = products[b] / products[a] / known
                if not low < alphas[free[0]] < high:
                    return None  # outside its neighbours: not this placement
                changed = True
    for a, b in segments:
        free = [s for s in range(a + 1, b + 1) if s not in alphas]
        known = math.prod((alphas[s] for s in range(a + 1, b + 1) if s in alphas), start=Fraction(1))
        if free and not (known and _product_run(free, products[b] / products[a] / known, alphas, form)):
            return None
    for run in _runs([s for s in range(form.first, size + 1) if s not in alphas]):
        low, high = _neighbours(run[0], alphas, form)
        span = (high - low) / (len(run) + 1)
        for position, step in enumerate(run, start=1):
            alphas[step] = high - span * position if form.direction < 0 else low + span * position
    return Schedule.of(alphas, letters)


def _runs(steps: list[int]) -> list[list[int]]:
    """Consecutive steps grouped: [1, 2, 5] -> [[1, 2], [5]]."""
    runs: list[list[int]] = []
    for step in steps:
        if runs and runs[-1][-1] == step - 1:
            runs[-1].append(step)
        else:
            runs.append([step])
    return runs


def _placed(exact: Mapping[Key, Fraction], inner: list[str], fixed: Mapping[str, int], gaps: tuple[int, ...],
            floor: int) -> dict[str, int] | None:  # fmt: skip
    """The integer of each letter: fixed ones as given, the inner letters' blocks of offsets placed in turn after
    the constants the counterexample writes (alpha_1, abar_0) with the gaps between them, each at its lowest where
    every name it indexes is a step's (alpha_t from step 1, abar_{t-1} from step 0), the size after them all and
    after the steps the note's relations write (``floor``); None where an index is no constant or one letter's
    offset."""
    letters = dict(fixed)
    offsets: dict[str, list[int]] = {}
    lowest: dict[str, int] = {}
    constants = [-1]
    for base, decoration, index in exact:
        value = index_value(index)
        if value is None or len(value.free_symbols) > 1:
            return None
        if value.is_Integer:
            constants.append(int(value))
            continue
        (letter,) = value.free_symbols
        offset = int(value - letter)
        offsets.setdefault(str(letter), []).append(offset)
        start = 0 if (base, decoration) == ALPHA_BAR else 1
        lowest[str(letter)] = max(lowest.get(str(letter), start - offset), start - offset)
    end = max(constants)
    for letter, gap in zip([*inner, SIZE], gaps):
        written = offsets.get(letter, [0])
        if letter == SIZE:
            end = max(end, floor)
        if letter not in letters:
            letters[letter] = max(end - min(written), lowest.get(letter, 0) - 1) + gap
        end = max(end, letters[letter] + max(written))
    return letters


def _neighbours(step: int, alphas: Mapping[int, Fraction], form: Shape) -> tuple[Fraction, Fraction]:
    """The open interval a free step's alpha lies in: between its nearest set neighbours (or the shape's
    bounds), below the earlier one where alpha decreases."""
    if step < form.ordered:  # before the family order starts: anywhere in (0, 1)
        return Fraction(0), Fraction(1)
    if not form.direction:  # no order: within the bounds every step's alpha keeps, (0, 1) where none is said
        return form.low, form.high
    before = [alphas[s] for s in sorted(alphas) if form.ordered <= s < step][-1:]
    after = [alphas[s] for s in sorted(alphas) if s > step][:1]
    if form.direction < 0:
        return (after[0] if after else form.low), (before[0] if before else form.high)
    return (before[0] if before else form.low), (after[0] if after else form.high)


def _product_run(free: list[int], target: Fraction, alphas: dict[int, Fraction], form: Shape) -> bool:
    """Sets the free steps of a segment to values whose product is ``target``, each within its neighbours and in
    order: geometric between each step's bounds at a common position, spread about it along the steps, rounded,
    the last taking the exact remainder.  False where no common position gives the product."""
    if not 0 < target < 1:
        return False
    bounds = {s: within for run in _runs(free) for within in [_neighbours(run[0], alphas, form)] for s in run}
    floor = target / 2  # each factor of a product below 1 is at least the product
    logs = {s: (math.log(max(low, floor)), math.log(high)) for s, (low, high) in bounds.items() if high > 0}
    if len(logs) < len(free):
        return False
    width = sum(high - low for low, high in logs.values())
    if width <= 0:
        return False
    share = (math.log(target) - sum(low for low, _ in logs.values())) / width
    if not 0 < share < 1:
        return False
    spread = min(share, 1 - share) / 2
    middle = (len(free) - 1) / 2
    for rank, step in enumerate(free[:-1]):
        position = share + spread * (middle - rank) / max(middle, 1) * -form.direction
        low, high = logs[step]
        alphas[step] = Fraction(math.exp(low + position * (high - low))).limit_denominator(_DENOMINATOR)
    alphas[free[-1]] = target / math.prod((alphas[s] for s in free[:-1]), start=Fraction(1))
    return True


#: The most schedules built in full and checked for one counterexample: each check is exact over every step.
_CHECKED = 6


def witness(demands: Demands) -> tuple[Schedule | None, str]:
    """A schedule giving the counterexample's values and meeting the note's statements and definitions; else None
    with what the last schedule built failed of."""
    form = shape(demands.statements)
    inner = sorted(letters_of(demands.exact) - {SIZE} - set(demands.fixed))
    failure, checked = "", 0
    for order in itertools.permutations(inner):
        for gap in GAPS:
            for pattern in sorted(set(itertools.product((1, gap), repeat=len(order) + 1)), key=sum):
                schedule = build(demands.exact, list(order), demands.fixed, form, pattern)
                if schedule is None:
                    continue
                failed = unmet(schedule, demands)
                if not failed:
                    return schedule, ""
                failure, checked = failed, checked + 1  # the latest, built with the most room
                if checked >= _CHECKED:
                    return None, failure
    return None, failure or "no schedule of up to some thousands of steps gives those values"
