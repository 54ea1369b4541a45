"""Where a step as written has a value, at the values the note gives its names.  SymPy cancels on construction
(``x / x`` is 1, ``log x - log x`` is 0, ``exp(log x)`` is x), so what the step writes -- its divisors, the
arguments of its logarithms, the radicands of its even roots -- is checked apart: each must be a finite nonzero
number, a finite positive one, a finite nonnegative one, at the note's values, at every index a sum or product
over it runs through, and wherever the equations the note states allow it to fail."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from operator import attrgetter

import sympy as sp

from derivations.kernel.assumptions import Definition
from derivations.kernel.vocabulary import Relation
from derivations.probability import Normal
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.notation import Unmodelled
from diffproof.notecheck.assumptions import Parsed, StepContext, translate, translate_where
from diffproof.notecheck.contexts import SCHEDULE
from diffproof.notecheck.numbers import convention, letter
from diffproof.notecheck.real_systems import as_numbers, pinning, real_odd_roots, real_points, ties
from diffproof.notecheck.statements import Timeline
from diffproof.notecheck.statements.formulas import Formula, Stated
from diffproof.notecheck.values_beside import Said, equation_written, held_beside, said_after, said_beside
from diffproof.notecheck.vocabulary import index_value, nodes
from diffproof.notes import Notes

#: A system of stated equations solved with a divisor set to 0 only this small (unknowns, total degree, equations):
#: sp.solve on such polynomials is quick, and no larger system is solved at every step.
_UNKNOWNS, _DEGREE, _EQUATIONS = 3, 4, 3


@dataclass(frozen=True)
class Requirement:
    """What a written expression must be for the step to have a value: ``number`` as said, ``sign`` its test at a
    finite real number (None: not known), ``zero_fails`` whether 0 fails it (so that equations that allow 0 are
    asked), ``failing`` the relation of the expression where it fails (solved for the indices of its sums)."""

    written: str
    number: str
    sign: Callable[[sp.Expr], bool | None]
    zero_fails: bool
    failing: Callable[[sp.Expr], sp.Basic]

    def met(self, value: sp.Expr) -> bool | None:
        """Whether the real number ``value`` meets it (None: not known)."""
        if value.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
            return False
        return self.sign(value)


DIVISOR = Requirement("divides by", "a finite nonzero number", attrgetter("is_nonzero"), True, lambda e: sp.Eq(e, 0))
LOGARITHM = Requirement("takes the logarithm of", "a finite positive number", attrgetter("is_positive"), True,
                        lambda e: e <= 0)  # fmt: skip
ROOT = Requirement("takes an even root of", "a finite nonnegative number", attrgetter("is_nonnegative"), False,
                   lambda e: e < 0)  # fmt: skip
#: An odd root of a negative number is real (the real root), but SymPy's is the principal, complex, one: the step is
#: read alike by every reader only where the base is nonnegative.
ODD_ROOT = Requirement("takes an odd root, SymPy's complex one at a negative number, of", "a finite nonnegative number",
                       attrgetter("is_nonnegative"), False, lambda e: e < 0)  # fmt: skip
VARIANCE = Requirement("writes a Gaussian of variance", "a finite positive number", attrgetter("is_positive"), True,
                       lambda e: e <= 0)  # fmt: skip


@dataclass(frozen=True)
class Known:
    """What the note says of its names: ``values`` (its definitions, ``name = value`` either way round, a value
    its orders pin: x <= 0 and x >= 0), ``functions`` (f(y) := y, written out at any argument), ``equations``
    (any other equation it states, as ``lhs - rhs``) and ``first_steps`` (for an index letter the note says nothing
    of, the values its schedule names take at its first step 1: DDPM's abar_{t-1} is abar_0 = 1 at t = 1)."""

    values: dict[sp.Symbol, sp.Expr]
    functions: dict[sp.FunctionClass, sp.Lambda]
    equations: tuple[sp.Expr, ...]
    first_steps: dict[sp.Symbol, dict[sp.Symbol, sp.Expr]] = field(default_factory=dict)
    #: Likewise the abar a step writes k >= 2 steps before it (abar_{t-2}), at the step k where it is abar_0: a
    #: step past the first, so a step without a value there is held outright.
    back_steps: dict[tuple[sp.Symbol, int], dict[sp.Symbol, sp.Expr]] = field(default_factory=dict)
    #: What bounds the names wherever the note's equations hold (:func:`stated_bounds`): a solution of them outside
    #: is none the note allows.
    bounds: tuple[sp.Basic, ...] = ()
    #: The orders the note states (x >= 0, said in maths or in words): where they allow a name, a step written of it
    #: is claimed there too.
    orders: tuple[sp.Basic, ...] = ()
    #: The names of each equation the note states that is not read (sin x = 0): a divisor linked to them may be 0
    #: where it holds, for all that is known.
    unread: tuple[frozenset[sp.Symbol], ...] = ()
    #: The orders a sentence after the step says it holds under (``It holds for $x \\ge 0$.``, read but not as a
    #: condition): where they and the note's orders allow a point where the step has no value, it is held; they
    #: never show it has one (``in particular for $x > 0$`` may say less than the step claims).
    claimed: tuple[sp.Basic, ...] = ()
    #: The letters a value writes that are its name's own index (x_k := -k, x_i = 1 - 2i: k, i): the value is said
    #: of every member of the family, so each whole index from the first step is one of the note's values.
    indices: frozenset[sp.Symbol] = frozenset()
    #: Each index the step is claimed at as its list's first member (k = 1 of "for $k = 1, \\ldots, K$", among
    #: :attr:`values`), with the list's last member (K): the step is claimed there too.
    last_members: tuple[tuple[sp.Symbol, sp.Expr], ...] = ()

    def written_in(self, expr: sp.Expr) -> sp.Expr:
        """``expr`` with the values and functions written in, and in what they bring, until nothing changes (at most
        once per value: a chain of values is that long at most)."""
        for _ in range(len(self.values) + len(self.functions) + 1):
            written = expr.xreplace({s: v for s, v in self.values.items() if s in expr.free_symbols})
            if self.functions:
                written = written.replace(
                    lambda e: getattr(e, "func", None) in self.functions, lambda e: self.functions[e.func](*e.args)
                )
            if written == expr:
                break
            expr = written
        return expr


#: Why a value said beside a step is held: its maths or its words are not read.
UNREAD = "a value said beside the step that is not read"


def stated_equations(timeline: Timeline, index: int) -> tuple[Stated, ...]:
    """The equations the note states of its names outside its sentences, before step ``index`` or beside it: each
    earlier display that equates a formula with a number (x - y = 0, 2x = 0, s = 0: a value of its names whatever
    the display is judged), and the values said beside the step or in the sentence carrying its display on ("at x =
    0", "evaluated at $x = 0$."; one not read is given with the error :data:`UNREAD`)."""
    steps = timeline.notes.steps
    found = []
    for earlier in steps[:index]:
        if earlier.relation.value != "=" or earlier.alternative:
            continue
        text = f"{earlier.lhs} = {earlier.rhs}"
        statement = equation_written(text)
        if statement is not None and any(_is_number(o) for o in statement.operands):
            found.append(Stated("relation", earlier.line, text, Formula(text, earlier.line, statement), None, "step"))
    line = steps[index].line
    after = said_after(timeline.notes, line)
    if after == Said():  # a value said beside the display in words not read ("Detta gäller för $x = 0$."): held
        names = frozenset(
            n.key
            for side in timeline.sides[index]
            if side.node is not None
            for n in nodes(side.node)
            if isinstance(n, syntax.Name)
        )
        after = held_beside(timeline.notes, line, names)
        if after == Said():  # "It holds for $t \le 3$." of abar_t: the step claimed at those indices, in maths
            after = _held_at_indices(timeline.notes, line, names)
    for said in (said_beside(steps[index].remark), after):
        found += [
            Stated("relation", line, e, Formula(e, line, equation_written(e)), None, "case") for e in said.equations
        ]
        found += [Stated("relation", line, r, Formula(r, line, _order_written(r)), None, "case") for r in said.ranges]
        if said.unread:  # a value said but not read: the step is not presumed to have one there
            found.append(Stated("relation", line, said.unread, Formula(said.unread, line, error=UNREAD), None, "case"))
    return tuple(found)

    if isinstance(statement, syntax.Statement) and set(statement.relations) == {"="}:
        return statement
    return None


def _held_at_indices(notes: Notes, line: int, names: frozenset[tuple[str, str, str]]) -> Said:
    """:func:`held_beside` of the letters of the indices of ``names`` (t of abar_t), where a sentence after the step
    writes a range or a value of one in maths (``$t \\le 3$``, ``$t = 0$``: the indices the step is claimed at, which
    orders_not_taken.claimed_index_ends reads); a letter in plain text ("down to t = 0") is not held."""
    indices = {(str(s), "", "") for key in names for s in getattr(index_value(key[2]), "free_symbols", ())}
    said = held_beside(notes, line, frozenset(indices)) if indices else Said()
    written = {key for maths in re.findall(r"\$([^$]+)\$", said.unread) for key in _bare_names(maths)}
    return said if said.ranges or written & indices else Said()


def _bare_names(maths: str) -> set[tuple[str, str, str]]:
    """The keys of the names with no decoration or index a relation in ``maths`` writes (``t = 0``: t)."""
    try:
        statement = syntax.parse(maths, notes=True)
    except (InvalidAnswer, RecursionError):
        return set()
    if not isinstance(statement, syntax.Statement):
        return set()
    return {n.key for n in nodes(statement) if isinstance(n, syntax.Name) and not (n.decoration or n.index)}


def _order_written(text: str) -> syntax.Node | None:
    """The order ``text`` writes (x \\ge 0), as parsed (a range :func:`held_beside` read parses); a value excepted
    (x \\ne 1, which the parser does not read) as the equation's sides related by "!="."""
    excepted = text.split(" \\ne ")
    try:
        if len(excepted) == 2:
            statement = syntax.parse(" = ".join(excepted), notes=True)
            return replace(statement, relations=("!=",)) if isinstance(statement, syntax.Statement) else None
        return syntax.parse(text, notes=True)
    except InvalidAnswer:
        return None


def _claimed_orders(written: Known, context: StepContext) -> tuple[sp.Basic, ...]:
    """The orders said after the step that it holds under (:attr:`Known.claimed`: the orders among the values it is
    said at, ``x \\ge 0`` as ``x >= 0``), each side translated and through the note's values as its orders are
    (:func:`_orders_through`); one not translated is left out (:func:`known` keeps its names as unread)."""
    found = []
    for item in context.valued:
        statement = item.name.node if item.origin == "case" and item.name is not None else None
        if not isinstance(statement, syntax.Statement) or not set(statement.relations) <= _ORDER_SIGNS | {"!="}:
            continue
        try:
            sides = [translate(Formula(item.text, item.line, o), context.vocabulary)[0] for o in statement.operands]
            orders = [_ORDER_OF[r](a, b) for r, a, b in zip(statement.relations, sides, sides[1:])]
        except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
            continue
        for order in (o for o in orders if isinstance(o, sp.Rel)):  # 0 < 1 of 0 < x < 1 at x := 1/2: nothing
            through = _written_through(written, order)
            found.append(through if isinstance(through, sp.Rel) else order)
    return tuple(found)


_ORDER_OF = {"<": sp.Lt, "<=": sp.Le, ">": sp.Gt, ">=": sp.Ge, "!=": sp.Ne}  # x != 1: every x but 1 claimed


def _is_number(node: syntax.Node) -> bool:
    return isinstance(node, syntax.Number) or (isinstance(node, syntax.Negative) and _is_number(node.operand))


def known(context: StepContext, stated: list, assumptions: list = ()) -> Known:
    """What the note says of its names before the step: its definitions (and those the kernel is given, such as a
    context's schedule: DDPM's abar_0 = 1), the equations its sentences and displays state, and the orders that pin
    a name to one number, and what bounds its names (:func:`stated_bounds`)."""
    values, functions, equations_defined = _definitions(context, assumptions)
    equations, unread = equations_defined, []
    last: list[tuple[sp.Symbol, sp.Expr]] = []
    for item in (*stated, *context.valued):
        if item.kind == "last member" and not item.denied:
            last += _last_member(item, context)
            continue
        if item.kind == "unread equation" and item.name is not None and item.name.node is not None:
            unread.append(_names_written(item.name.node, context))
        if item.sign_unread and not item.denied and item.name is not None and item.name.node is not None:
            unread.append(_names_written(item.name.node, context))  # x \in \mathbb{Z}: x may be 0 or below it
        if item.kind == "definition" and not item.denied and _refused(item, context):  # x = -2^{y}: x has a value
            unread.append(_names_written(item.name.node, context))  # the kernel does not read, of any sign
        if _defined_in_a_case(item):  # "Let $n = 3$ and $x = -n$.": x := -n where n = 3, not known to hold here
            unread.append(_names_written(item.name.node, context))
        # what a sentence only supposes or denies (its if-clause, its consequent: "If x is not zero, then x = 1")
        # gives no name a value and ties none
        said = item.kind == "relation" and item.name is not None and not (item.denied or item.origin == "condition")
        statement = item.name.node if said else None
        if isinstance(statement, syntax.Statement) and set(statement.relations) <= _ORDER_SIGNS:
            if not _sides_read(statement, item, context):  # e^{y} < e: an order not read may bound y anywhere
                unread.append(_names_written(statement, context))
            continue
        if not isinstance(statement, syntax.Statement) or set(statement.relations) != {"="}:
            continue
        try:
            sides = [translate(Formula(item.text, item.line, o), context.vocabulary)[0] for o in statement.operands]
        except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
            if not isinstance(statement.operands[0], syntax.Call):  # q(x | y) = ...: a law or a function given
                unread.append(_names_written(statement, context))
            continue
        for a, b in zip(sides, sides[1:]):
            # a name given a value already keeps the equation as one (σ^2 = v after v := -3 says σ^2 is -3)
            # a value whose side leads back to its name (y = x after x = y) is kept as the equation it is
            if isinstance(a, sp.Symbol) and not b.has(a) and a not in values and not _leads_back(a, b, values):
                values[a] = b  # x = x_0: x inside x[0]'s base
            elif isinstance(b, sp.Symbol) and not a.has(b) and b not in values and not _leads_back(b, a, values):
                values[b] = a  # 0 = x
            else:
                equations.append(a - b)
    equations += _tight_orders(context)
    values.update({s: v for s, v in _pinned(context).items() if s not in values})
    values.update({s: v for s, v in _held_constant(context, values).items() if s not in values})
    written = Known(values, functions, ())
    # each equation through the note's values and functions (y^2 = 0 after y := x is x^2 = 0), as a divisor is; one
    # they make an identity (alpha_t + beta_t = 1 beside DDPM's beta_t) is kept as stated: it still ties the names
    equations = [w if w.free_symbols else e for e, w in ((e, _written_through(written, e)) for e in equations)]
    starts = _schedule_starts(context, values, stated)
    return Known(values, functions, tuple(e for e in equations if e.free_symbols),
                 first_steps={letter: at for (letter, k), at in starts.items() if k == 1},
                 back_steps={step: at for step, at in starts.items() if step[1] > 1},
                 bounds=stated_bounds(context) + _exclusions(stated, context),
                 orders=_orders_through(written, context), claimed=_claimed_orders(written, context),
                 unread=tuple(names for names in unread if names), indices=_own_indices(values, context),
                 last_members=tuple(dict.fromkeys(last)))  # fmt: skip


def _last_member(item: Stated, context: StepContext) -> list[tuple[sp.Symbol, sp.Expr]]:
    """The index and the last member a ``last member`` item lists (``k = K``), as the kernel's names; none where
    either side is not read."""
    statement = item.name.node if item.name is not None else None
    if not isinstance(statement, syntax.Statement) or statement.relations != ("=",):
        return []
    try:
        index, member = (translate(Formula(item.text, item.line, o), context.vocabulary)[0] for o in statement.operands)
    except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
        return []
    return [(index, member)] if isinstance(index, sp.Symbol) else []


def _own_indices(values: dict[sp.Symbol, sp.Expr], context: StepContext) -> frozenset[sp.Symbol]:
    """The letters each value writes that index the name it is the value of (x_k := -k: k), as the note's symbols
    of those letters alone."""
    symbols = context.vocabulary.symbols
    alone = {key[0]: symbol for symbol, key in symbols.items() if not key[1] and not key[2]}
    found = set()
    for name, value in values.items():
        index = index_value(symbols[name][2]) if name in symbols and symbols[name][2] else None
        letters = {alone.get(str(letter)) for letter in index.free_symbols} if index is not None else set()
        found |= letters & value.free_symbols
    return frozenset(found)


def _definitions(
    context: StepContext, assumptions: list = ()
) -> tuple[dict[sp.Symbol, sp.Expr], dict[sp.FunctionClass, sp.Lambda], list[sp.Expr]]:
    """The values and functions the note's definitions (and those the kernel is given) give, and as equations those
    that lead back to their name (x := y after y := x)."""
    definitions = [*context.defined.values(), *(a for a in assumptions if isinstance(a, Definition))]
    values, functions, equations = {}, {}, []
    for d in definitions:
        if d.relation is not Relation.EQ or d.rhs.has(d.lhs):
            continue
        if isinstance(d.lhs, sp.Symbol) and _leads_back(d.lhs, d.rhs, values):  # x := y after y := x: an equation
            equations.append(d.lhs - d.rhs)
        elif isinstance(d.lhs, sp.Symbol):
            values.setdefault(d.lhs, d.rhs)
        elif isinstance(d.lhs, sp.core.function.AppliedUndef) and _distinct_symbols(d.lhs.args):
            functions.setdefault(d.lhs.func, sp.Lambda(d.lhs.args, d.rhs))
    return values, functions, equations


def definitions_known(context: StepContext) -> Known:
    """The note's definitions alone, to be written into what a step writes (x := -y: log x is log(-y))."""
    values, functions, _ = _definitions(context)
    return Known(values, functions, ())


#: The relations of an order.
_ORDER_SIGNS = frozenset({"<", "<=", ">", ">="})


def _sides_read(statement: syntax.Statement, item: Stated, context: StepContext) -> bool:
    """Whether every side of ``statement`` translates (2^{y} does not: its exponent is no number)."""
    try:
        for side in statement.operands:
            translate(Formula(item.text, item.line, side), context.vocabulary)
    except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
        return False
    return True


def _refused(item: Stated, context: StepContext) -> bool:
    """Whether ``item`` defines a name (not a function or a law) by a body the kernel does not translate
    (``x = -2^{y}``: its exponent is no number), so that the name is given a value that is not read.  A name with a
    convention (abar_t := prod_i alpha_i beside DDPM's) is left to it while it stands; where such a body may leave
    it, the convention gives way (:mod:`~diffproof.notecheck.overrides`: sigma := -2^{y}) and the name is as free."""
    if item.name is None or not isinstance(item.name.node, syntax.Name):
        return False
    if convention(item.name.node) is not None and letter(item.name.node) not in context.vocabulary.overridden:
        return False
    if item.body is None or item.body.node is None:
        return True
    try:
        translate(item.body, context.vocabulary)
    except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
        return True
    return False


def _defined_in_a_case(item: Stated) -> bool:
    """Whether ``item`` defines a name under cases of a step index the step is not known to meet (``Timeline.
    _in_case`` keeps it as a relation of its names, with its cases and body): the name has a value there that is
    not known, of any sign, as under a definition not read."""
    return (
        item.kind == "relation"
        and bool(item.cases)
        and item.body is not None
        and not item.denied
        and item.name is not None
        and isinstance(item.name.node, syntax.Name)
    )


def _leads_back(name: sp.Symbol, value: sp.Expr, values: dict[sp.Symbol, sp.Expr]) -> bool:
    """Whether ``value``, with ``values`` written in, writes ``name`` (y := x after x := y): as a value of ``name`` it
    would make a cycle that written_in turns round forever (taken to, where it cannot be written in)."""
    try:
        return Known(values, {}, ()).written_in(value).has(name)
    except (TypeError, ValueError):
        return True


def _orders_through(written: Known, context: StepContext) -> tuple[sp.Basic, ...]:
    """The orders the note states, each through its values (0 < y < 1 after y := x + 2 is -2 < x < -1): an order on a
    name given a value bounds the names of the value, which is all a step written through the values still writes.
    A bound the note states of one name is one of them, though it is read as the name's range ('Let $T \\ge 2$':
    T in Range(2, oo), where T = 2 is claimed as much as k = 2 is after 'Let $k \\ge 2$')."""
    found = []
    for order in (*(r for c in context.conditions if c.said for r in c.relations), *_declared_orders(context)):
        through = _written_through(written, order)
        found.append(through if isinstance(through, sp.Rel) else order)
    return tuple(found)


def _declared_orders(context: StepContext) -> list[sp.Basic]:
    """The ranges of whole numbers the note's bounds declare of its names, as orders on them: each finite end the
    name may take (T >= 2; T <= 9).  An interval of reals declared (``assume 0 < \\alpha_t < 1``) is its symbol's
    domain already, which the value checks read; as orders it would ask them to decide what its domain settles."""
    vocabulary, found = context.vocabulary, []
    for symbol, key in list(vocabulary.symbols.items()):
        domain = vocabulary.declared.get(key)
        if isinstance(domain, sp.Range) and domain.size is not sp.S.Zero:
            found += [sp.Ge(symbol, domain.inf)] if domain.inf.is_finite else []
            found += [sp.Le(symbol, domain.sup)] if domain.sup.is_finite else []
    return [order for order in found if order is not sp.true]  # an end the symbol's own assumptions give says nothing


def _names_written(statement: syntax.Node, context: StepContext) -> frozenset[sp.Symbol]:
    """The names of the note's vocabulary a statement writes (read or not)."""
    keys = {n.key for n in nodes(statement) if isinstance(n, syntax.Name)}
    return frozenset(symbol for symbol, key in list(context.vocabulary.symbols.items()) if key in keys)


def equated_functions(known: Known) -> dict[sp.FunctionClass, sp.Lambda]:
    """The functions the note's equations give as ``f(x) = expr`` (``Let $f(x) = 1/x$``, = rather than :=): f applied
    to distinct bare names on one side, not written on the other, and not defined already.  Such an equation may
    define f, or state f at one point (a root, f(x) = 0): what rests on f is shown both ways or not at all."""
    found = {}
    for equation in known.equations:
        for applied in equation.atoms(sp.core.function.AppliedUndef):
            if applied.func in known.functions or applied.func in found or not _distinct_symbols(applied.args):
                continue
            rest = equation.xreplace({applied: sp.Integer(0)})
            if rest.has(applied.func) or sp.expand(equation - rest) not in (applied, -applied):
                continue
            body = -rest if sp.expand(equation - rest) == applied else rest
            found[applied.func] = sp.Lambda(applied.args, body)
    return found


def _written_through(known: Known, equation: sp.Expr) -> sp.Expr:
    """``equation`` with the values and functions of ``known`` written in (as written where they cannot be)."""
    try:
        return known.written_in(equation)
    except (TypeError, ValueError):
        return equation


def stated_bounds(context: StepContext) -> tuple[sp.Basic, ...]:
    """What the note and its declared context bound its names by: each name's range (a declared interval, a
    convention in force, and the range a declared context gives a schedule name it keeps the meaning of: DDPM's
    alpha_t in (0, 1) though the note states alpha_t + beta_t = 1, which the context's relations satisfy), and the
    orders the note states (x < 0, 2 alpha_t < 1, t >= 2 beside the step), not those a law it writes implies
    (N(x; 0, s) has s > 0 only where the step has a value)."""
    vocabulary = context.vocabulary
    shown = set(vocabulary.used)  # a range read here is no convention the step's reading relied on
    found = []
    for symbol, key in list(vocabulary.symbols.items()):
        domain = vocabulary.domain(key)
        if domain == sp.Reals and symbol not in context.defined and _kept_by_context(key, context):
            domain = vocabulary.domain(key, kept=True)
        if isinstance(domain, sp.Interval) and domain != sp.Reals:  # each finite end its own order, as said
            found += [(sp.Gt if domain.left_open else sp.Ge)(symbol, domain.inf)] if domain.inf.is_finite else []
            found += [(sp.Lt if domain.right_open else sp.Le)(symbol, domain.sup)] if domain.sup.is_finite else []
        elif isinstance(domain, sp.Range) and domain.inf.is_finite:  # a whole number from its first: T >= 2
            found.append(sp.Ge(symbol, domain.inf))
    vocabulary.used.intersection_update(shown)
    found += [r for condition in context.conditions if condition.said for r in condition.relations]
    return tuple(found)


def _kept_by_context(key: tuple[str, str, str], context: StepContext) -> bool:
    """Whether a declared DDPM context gives the name ``key`` its meaning: a schedule name at a time step
    (beta_max is none) whose meaning the note does not set aside."""
    base, decoration, index = key
    return (
        "ddpm" in context.contexts
        and (base, decoration) in SCHEDULE
        and index_value(index) is not None
        and key not in context.disputed
        and (base, decoration, "*") not in context.disputed
    )


def through_definitions(parsed: Parsed, written: set[sp.Symbol], context: StepContext, stated: list) -> Parsed:
    """``parsed`` with what the definitions of the names the step writes write as their bodies (g := x / x: SymPy
    cancelled the body to 1 when it was translated, so g = 1 stands on it)."""
    keys = {context.vocabulary.symbols.get(symbol) for symbol in written & set(context.defined)} - {None}
    for item in stated:
        name = item.name.node if item.kind == "definition" and item.name is not None else None
        if not (isinstance(name, syntax.Name) and name.key in keys and item.body is not None and item.readable):
            continue
        try:
            parsed = parsed + translate_where(item.body, context.vocabulary)[3]
        except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
            continue
    return parsed


def _held_constant(context: StepContext, values: dict[sp.Symbol, sp.Expr]) -> dict[sp.Symbol, sp.Expr]:
    """Under DDPM (alpha_k = abar_k / abar_{k-1}), a number the note gives abar at a step index k written as a letter
    (abar_t := 0.5: at every step) it gives abar_{k-1} too wherever k - 1 is a step, so alpha_k is 1 there (k >= 2),
    whatever letter writes the step (alpha_s as well as alpha_t): the value the step's alpha_k takes, which the note's
    values imply."""
    if "ddpm" not in context.contexts:
        return {}
    vocabulary, implied = context.vocabulary, {}
    for symbol, key in list(vocabulary.symbols.items()):
        base, decoration, index = key
        given = values.get(symbol)
        at = index_value(index)
        if (base, decoration) != ("alpha", "bar") or given is None or not given.is_number or at is None:
            continue
        if at.is_number or not at.is_Symbol:  # abar_2 := 0.5, abar_{t-1} := 0.5: one step, or one after another
            continue
        if given != 0:  # every step, whatever letter writes it (alpha_t beside abar_s := 0.5)
            implied.update({s: sp.Integer(1) for s, (b, d, i) in list(vocabulary.symbols.items())
                            if (b, d) == ("alpha", "") and getattr(index_value(i), "is_Symbol", False)})  # fmt: skip
    return implied


def _schedule_starts(
    context: StepContext, values: dict[sp.Symbol, sp.Expr], stated: list
) -> dict[tuple[sp.Symbol, int], dict[sp.Symbol, sp.Expr]]:
    """Under DDPM, for each step index letter the note states nothing of (no bound, relation, condition or index
    statement writes it: t ranges over 1, 2, ... by convention; a range that bounds nothing leaves it so) or states
    only to be 1 (t = 1 says the first step is claimed), each abar a step writes k >= 1 steps before it (abar_{t-k})
    at the step t = k where it is abar_0: abar_0's value (1, the empty product, where the note gives it none),
    unless the note says something of abar_0 but no value, or defines that abar (then it is left as written)."""
    if "ddpm" not in context.contexts:
        return {}
    vocabulary = context.vocabulary
    said = set(context.related) | set(context.indices_related)
    said |= {n.key for item in (*stated, *context.cases) if item.kind != "range" for f in (item.name, item.body)
             if f is not None and f.node is not None for n in nodes(f.node) if isinstance(n, syntax.Name)}  # fmt: skip
    if context.unread:  # an assumption not read may bound the index
        return {}
    conditioned = {s for condition in context.conditions for r in condition.relations for s in r.free_symbols}
    start = next((s for s, k in vocabulary.symbols.items() if k == ("alpha", "bar", "0")), None)
    first = values.get(start, sp.Integer(1))  # the context's abar_0 = 1 or the note's own value of abar_0
    if start is not None and start not in values and (start in context.defined or ("alpha", "bar", "0") in said):
        return {}
    found: dict[tuple[sp.Symbol, int], dict[sp.Symbol, sp.Expr]] = {}
    for symbol, (base, decoration, index) in list(vocabulary.symbols.items()):
        at = index_value(index)
        if (base, decoration) != ("alpha", "bar") or at is None or len(at.free_symbols) != 1:
            continue
        (letter,) = at.free_symbols
        back = -at.xreplace({letter: sp.Integer(0)})
        if at != letter - back or not (back.is_Integer and back > 0) or symbol in values or symbol in context.defined:
            continue
        claimed = back == 1 and values.get(letter) == 1  # "and likewise for t = 1": the first step is claimed
        if not claimed and ((str(letter), "", "") in said or any(str(s) == str(letter) for s in conditioned)):
            continue
        if re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", context.remark):  # "for t \ge 2" beside the step
            continue
        found.setdefault((letter, int(back)), {})[symbol] = first
    return found


#: A relation the note states that two formulas differ: ``x \ne 0``.
_DIFFERS = re.compile(r"^(?P<lhs>[^=<>]+?)\\(?:neq?)(?![A-Za-z])(?P<rhs>[^=<>]+)$")


def _exclusions(stated: list, context: StepContext) -> tuple[sp.Basic, ...]:
    """What the note's relations ``a \ne b`` exclude, as ``Ne(a, b)``: a solution of its equations where a = b is
    none the note allows (x^2 = x and x != 0 leave x = 1 only)."""
    found = []
    for item in stated:
        # one a sentence only supposes or denies ("If $x \ne 0$", "We do not assume $x \ne 0$") excludes nothing
        said = item.kind == "relation" and not (item.denied or item.origin == "condition")
        match = _DIFFERS.match(item.text.strip()) if said else None
        sides = [_statement_side(match[s]) for s in ("lhs", "rhs")] if match is not None else [None]
        if None in sides:
            continue
        try:
            a, b = (translate(Formula(item.text, item.line, n), context.vocabulary)[0] for n in sides)
        except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
            continue
        found.append(sp.Ne(a, b))
    return tuple(f for f in found if isinstance(f, sp.Ne))


def _statement_side(text: str) -> syntax.Node | None:
    """The formula ``text`` writes, else None."""
    try:
        node = syntax.parse(text, notes=True)
    except (InvalidAnswer, RecursionError):
        return None
    if isinstance(node, syntax.Statement):
        return node.operands[0] if not node.relations and len(node.operands) == 1 else None
    return node


def _tight_orders(context: StepContext) -> list[sp.Expr]:
    """The orders the note states that only equality meets, each as the equation it is (x^2 + y^2 <= 0 is x^2 + y^2
    = 0, |x| <= 0 is |x| = 0): a side at most another it is never below."""
    found = []
    for condition in context.conditions:
        for order in condition.relations if condition.said else ():
            if isinstance(order, (sp.LessThan, sp.GreaterThan)):
                small, large = (order.lhs, order.rhs) if isinstance(order, sp.LessThan) else (order.rhs, order.lhs)
                if (large - small).is_nonpositive:
                    found.append(small - large)
    return found


def _distinct_symbols(arguments: tuple) -> bool:
    return all(isinstance(a, sp.Symbol) for a in arguments) and len(set(arguments)) == len(arguments)


def _pinned(context: StepContext) -> dict[sp.Symbol, sp.Expr]:
    """The names the note's orders leave one number (x <= 0 and x >= 0: x = 0)."""
    orders: dict[sp.Symbol, list[sp.Basic]] = {}
    for condition in context.conditions:
        for order in condition.relations:
            if isinstance(order, sp.Rel) and len(order.free_symbols) == 1:
                orders.setdefault(next(iter(order.free_symbols)), []).append(order)
    pinned = {}
    for symbol, found in orders.items():
        if len(found) < 2:
            continue
        try:
            allowed = sp.Intersection(*(sp.solveset(order, symbol, sp.Reals) for order in found))
        except (NotImplementedError, TypeError, ValueError):
            continue
        if isinstance(allowed, sp.FiniteSet) and len(allowed) == 1:
            pinned[symbol] = next(iter(allowed))
    return pinned


def without_value(parsed: Parsed, known: Known) -> str:
    """Why the step as written has no value where the note's values hold, or '' where it is not shown to lack one:
    a divisor, a logarithm's argument or an even root's radicand that the values (at an index a sum or product
    runs through, too) make no number meeting its requirement, or that the equations the note states allow to be
    0."""
    for requirement, written in (
        (DIVISOR, parsed.divisors),
        (LOGARITHM, parsed.positive),
        (ROOT, parsed.nonnegative),
        (ODD_ROOT, parsed.odd_roots),
    ):
        for expr in written:
            closed = _sums_written_out(expr, known)
            said = f"${sp.latex(expr)}$" + (f" (${sp.latex(closed)}$, its sums written out)" if closed != expr else "")
            at_indices, undecided = _at_indices(closed, parsed.ranges, requirement, known)
            if undecided:
                return f"the step {requirement.written} {said}{undecided}"
            for where, at in [*at_indices, *_at_first_steps(closed, known)]:
                how = _fails(requirement, at, known)
                if how:
                    return f"the step {requirement.written} {said}{where}, which is {how}"
            empty = _range_may_be_empty(expr, known) if requirement.zero_fails else ""
            if empty:
                return f"the step {requirement.written} ${sp.latex(expr)}$, {empty}"
            if requirement.met(sp.Integer(-1)) is False:  # a sign is required, not only a number other than 0
                unshown = _term_not_shown(requirement, expr, known)
                if unshown:
                    return f"the step {requirement.written} ${sp.latex(expr)}$, {unshown}"
            elif requirement is DIVISOR:
                unsigned = _sum_sign_not_shown(expr, known)
                if unsigned:
                    return f"the step {requirement.written} ${sp.latex(expr)}$, {unsigned}"
            unsigned = _sums_left_not_shown(requirement, closed, known)
            if unsigned:
                return f"the step {requirement.written} {said}, {unsigned}"
    return ""


#: A sum is written out in closed form only where its term is a polynomial in its index of at most this degree and
#: this many operations (SymPy's Faulhaber sums are then quick); any other is left as written.
_WRITTEN_DEGREE, _WRITTEN_OPS = 6, 40


def _sums_written_out(expr: sp.Expr, known: Known) -> sp.Expr:
    """``expr``, where it writes a sum over an index (through the note's values too), with the values written in and each sum whose term is
    a small polynomial in its index written out in closed form (sum_{t=1}^T t is T (T + 1) / 2), simplified: a
    difference of two sums of one value (sum_t t - sum_s s, sum_t t - T (T + 1) / 2) is 0 at every T, which SymPy
    does not see while they are written as sums.  Else ``expr`` as written."""
    try:
        valued = known.written_in(expr)
        if not any(s.free_symbols for s in valued.atoms(sp.Sum)):
            return expr
        closed = valued.replace(lambda e: isinstance(e, sp.Sum), _closed_sum)
    except (TypeError, ValueError):  # a value for a variable an integral in it binds too
        return expr
    if closed == valued:
        return expr
    return sp.simplify(closed) if sp.count_ops(closed) <= _WRITTEN_OPS else closed


def _closed_sum(over: sp.Sum) -> sp.Expr:
    """The sum ``over`` one index in closed form, where its term is a polynomial in it (:data:`_WRITTEN_DEGREE`,
    :data:`_WRITTEN_OPS`); else as written."""
    if len(over.limits) != 1:
        return over
    term, index = over.function, over.limits[0][0]
    if term.has(sp.Sum, sp.Product) or term.is_polynomial(index) is not True or sp.count_ops(term) > _WRITTEN_OPS:
        return over
    if sp.degree(term, index) > _WRITTEN_DEGREE:
        return over
    done = over.doit()
    return over if done.has(sp.Sum) else done


def _sums_left_not_shown(requirement: Requirement, expr: sp.Expr, known: Known) -> str:
    """Why ``expr``, which may write a sum not written out, is not shown to meet ``requirement`` by the signs of its
    sums, or ''.  Each outermost sum over an index is of the sign its terms are shown to have (positive or negative
    on a range not empty, nonnegative or nonpositive, :func:`_term_not_shown`), else of none known; ``expr`` with its
    sums so signed must be shown to meet it (1 + sum_t t^t is positive; sum_t f(t) - 1, whose sum may be 1, is not).
    A sum left as written is no free name: two of them, or one and a number, may cancel."""
    left = _outermost_sums(expr)
    if not left:
        return ""
    signed = {over: _signed(over, known) for over in left}
    if requirement.sign(expr.xreplace(signed)) is True:
        return ""
    written = ", ".join(f"${sp.latex(over)}$" for over in left)
    return f"not shown {requirement.number}: the sums it writes ({written}) are not written out, and their signs do not show it"


def _outermost_sums(expr: sp.Expr) -> list[sp.Sum]:
    """The sums over an index ``expr`` writes that lie in no other sum, each once."""
    if isinstance(expr, sp.Sum):
        return [expr] if expr.free_symbols else []
    return list(dict.fromkeys(over for arg in expr.args for over in _outermost_sums(arg)))


def _signed(over: sp.Sum, known: Known) -> sp.Dummy:
    """A name for the sum ``over`` of the sign its terms are shown to have over its range (a range that may be
    empty makes a sum of positive terms only nonnegative)."""
    negated = sp.Sum(-over.function, *over.limits)
    empty = bool(_range_may_be_empty(over, known))
    for term_sign, sum_sign in (((over, LOGARITHM), "positive"), ((negated, LOGARITHM), "negative"),
                                ((over, ROOT), "nonnegative"), ((negated, ROOT), "nonpositive")):  # fmt: skip
        of, requirement = term_sign
        if not _term_not_shown(requirement, of, known):
            if empty and sum_sign in ("positive", "negative"):
                sum_sign = "nonnegative" if sum_sign == "positive" else "nonpositive"
            return sp.Dummy("sum", **{sum_sign: True})
    return sp.Dummy("sum", real=True)


def _sum_sign_not_shown(expr: sp.Expr, known: Known) -> str:
    """Why a sum over an index that ``expr`` is or is a multiple of is not shown nonzero, or ''.  A sum of terms
    that are each positive (each negative) at every index its range runs through is nonzero on a range that is not
    empty; terms of both signs, or of one not shown, may cancel (t - 2 over t = 1 .. T is 0 at T = 3), so its terms
    must be shown of one sign, as a logarithm's sum is shown positive (:func:`_term_not_shown`)."""
    try:
        written = known.written_in(expr)
    except (TypeError, ValueError):  # a value for a variable an integral in it binds too
        return ""
    for over in _over_one_index(written):
        if not isinstance(over, sp.Sum) or not over.free_symbols:
            continue  # a product is 0 only where a factor is (:func:`_at_indices`); a sum of numbers is added up
        negated = sp.Sum(-over.function, *over.limits)
        positive = _term_not_shown(LOGARITHM, over, known)
        if positive and _term_not_shown(LOGARITHM, negated, known):
            multiple = "which is" if over == written else f"a multiple of ${sp.latex(over)}$, which is"
            return f"{multiple} not shown nonzero: its terms are not shown of one sign ({positive})"
    return ""


def _term_not_shown(requirement: Requirement, expr: sp.Expr, known: Known) -> str:
    """Why ``expr``, a sum or product over an index or a multiple of one, is not shown to meet ``requirement``
    (positive, nonnegative) by its terms or factors, or ''.  A sum or product of terms that each meet it at every
    index its range runs through meets it too; its generic term says nothing of that (t - 3/2 over t = 1 .. T is
    -1/2 at t = 1), so each is taken, as a written expression is, at the indices where it may fail and under the
    note's values, equations and orders.  One that fails, or whose failing indices are not decided, leaves the whole
    not shown to meet it (undecided, not refuted: two negative factors make a positive product)."""
    try:
        written = known.written_in(expr)
    except (TypeError, ValueError):  # a value for a variable an integral in it binds too
        return ""
    for over in _over_one_index(written):
        term = over.function
        at_indices, undecided = _at_indices(term, over.limits, requirement, known)
        multiple = "" if over == written else f"a multiple of ${sp.latex(over)}$, "
        what = f"{multiple}which is not shown {requirement.number}: its term ${sp.latex(term)}$"
        if undecided:
            return f"{what}{undecided}"
        for where, at in at_indices:
            how = _fails(requirement, at, known)
            if how:
                return f"{what}{where and where + ','} is {how}"
        inner = _term_not_shown(requirement, term, known)  # a sum of sums: its term's own terms
        if inner:
            return f"{what}, {inner}"
    return ""


def _range_may_be_empty(expr: sp.Expr, known: Known) -> str:
    """Why a sum over an index that ``expr`` is or is a multiple of may be 0 because its range may be empty (t = 2 ..
    T, T a positive integer, at T = 1: a sum of no terms is 0, whatever its terms), or ''.  Its range runs where its
    last index is shown at least its first, by their ranges (t = 1 .. T) or by the note's orders (T >= 2)."""
    try:
        written = known.written_in(expr)
    except (TypeError, ValueError):  # a value for a variable an integral in it binds too
        return ""
    for over in _over_one_index(written):
        index, lower, upper = over.limits[0]
        if not isinstance(over, sp.Sum):
            continue  # a product of no factors is 1
        runs = upper - lower
        if runs.is_nonnegative is not True and (
            runs.is_number or within_orders(ROOT, runs, known.bounds + known.orders).kind != "meets"
        ):
            ends = f"${sp.latex(index)} = {sp.latex(lower)}$ to ${sp.latex(upper)}$"
            multiple = "which is" if over == written else f"a multiple of ${sp.latex(over)}$, which is"
            return f"{multiple} 0 where its range ({ends}) is empty, as it may be"
    return ""


def _over_one_index(expr: sp.Expr) -> list[sp.Sum | sp.Product]:
    """The sums and products over one index that ``expr`` is or is a multiple of: its factors, and the bases of its
    odd powers (1 / P, P^3), whose signs are theirs."""
    bases = [f.base if f.is_Pow and f.exp.is_integer and f.exp.is_odd else f for f in sp.Mul.make_args(expr)]
    return [_one_limit_at_a_time(f) for f in bases if isinstance(f, (sp.Sum, sp.Product))]


def _one_limit_at_a_time(over: sp.Sum | sp.Product) -> sp.Sum | sp.Product:
    """A sum (product) of several limits, as SymPy writes a sum of sums, as the sum over its outer index of the sum
    over the others: Sum(k - 2, (k, 1, j), (j, 1, 2)) is Sum(Sum(k - 2, (k, 1, j)), (j, 1, 2))."""
    if len(over.limits) == 1:
        return over
    return type(over)(_one_limit_at_a_time(type(over)(over.function, *over.limits[:-1])), over.limits[-1])


def _at_indices(
    expr: sp.Expr, ranges: tuple, requirement: Requirement, known: Known | None = None
) -> tuple[list[tuple[str, sp.Expr]], str]:
    """``expr``, and ``expr`` at the first index of each range it is written over and at each whole index of the
    range where it fails ``requirement`` (t - 1 over t = 1 .. T: at t = 1), each with where it is taken, found with
    the values of ``known`` written in (t^3 - 8a at a := 1 fails at t = 2); and a product it is a multiple of at an
    index where a factor is 0 (then so is the product).  With them, where it is not decided at which indices it
    fails, why ('' where it is)."""
    found = [("", expr)]
    for index, lower, upper in ranges:
        if index not in expr.free_symbols:
            continue
        candidates = _failing_indices(_valued(expr, known, index), index, lower, upper, requirement)
        if candidates is None:
            return found, (f", not shown {requirement.number} at each index ${sp.latex(index)}$ its sum or product "
                           "runs through (where it fails is not decided)")  # fmt: skip
        for c in [lower, *(c for c in candidates if c != lower)]:
            if not _within(c, lower, upper):
                continue
            try:
                at = expr.xreplace({index: c})
            except (TypeError, ValueError):  # an integral in it that binds the index too
                continue
            found.append((f" at ${sp.latex(index)} = {sp.latex(c)}$, an index its sum or product runs through", at))
    if not requirement.zero_fails:
        return found, ""
    for product in _products_of(expr):
        term, (index, lower, upper) = product.function, product.limits[0]
        zeros = _failing_indices(term, index, lower, upper, DIVISOR) if len(product.limits) == 1 else None
        if zeros is None:
            return (
                found,
                f", a multiple of ${sp.latex(product)}$, not shown nonzero (whether a factor is 0 is not decided)",
            )
        zero = next((c for c in [lower, *zeros] if _within(c, lower, upper) and term.xreplace({index: c}) == 0), None)
        if zero is not None:
            where = f" at ${sp.latex(index)} = {sp.latex(zero)}$, where a factor of ${sp.latex(product)}$ is 0"
            found.append((where, expr.xreplace({product: sp.Integer(0)})))
    return found, ""


def _failing_indices(
    expr: sp.Expr, index: sp.Symbol, lower: sp.Expr, upper: sp.Expr, requirement: Requirement
) -> list[sp.Expr] | None:
    """The whole indices from ``lower`` at which ``expr`` fails ``requirement`` (the first of each stretch of them),
    where it is written in the index alone and ``lower`` is a number: SymPy's solveset decides where it fails, or
    None (not decided).  With other names, :func:`_failing_by_zeros`."""
    if expr.free_symbols != {index} or not lower.is_number:
        return _failing_by_zeros(expr, index, upper, requirement)
    real = sp.Dummy("t", real=True)
    end = upper if upper.is_number else sp.oo
    try:
        failing = sp.solveset(requirement.failing(expr.xreplace({index: real})), real, sp.Interval(lower, end))
    except (NotImplementedError, TypeError, ValueError):
        return None
    found = []
    for piece in failing.args if isinstance(failing, sp.Union) else (failing,):
        if isinstance(piece, sp.FiniteSet):
            if any(c.is_integer is None for c in piece):
                return None
            found += [c for c in piece if c.is_integer]
        elif isinstance(piece, sp.Interval):
            first = sp.ceiling(piece.inf)
            first = first + 1 if piece.left_open and first == piece.inf else first
            if not first.is_Integer:
                return None
            if piece.contains(first) is sp.true:
                found.append(first)
        elif piece is not sp.S.EmptySet:
            return None
    return found


def _failing_by_zeros(expr: sp.Expr, index: sp.Symbol, upper: sp.Expr, requirement: Requirement) -> list | None:
    """The indices to try ``expr`` at, written in the index and other names: a polynomial of degree <= 2 in the
    index keeps its sign between its zeros, so it fails at a zero (a divisor) or, for a sign, where it fails at all,
    at a zero, the whole index beside one, or the last index (T - t - 1 at t = T).  None (not decided) for any
    other expression of known functions (e^t - e^a), or where a zero is not shown whole or not (T - 2t at t = T/2:
    past it the sign changes); none to try in a formula of functions the note leaves unknown (q(x_t | x_{t-1}))."""
    if not expr.is_polynomial(index) or sp.degree(expr, index) > 2:
        return [] if _unknown_functions(expr) else None
    zeros = sp.solve(expr, index)
    if any(r.is_integer is None for r in zeros):
        return None
    whole = [r for r in zeros if r.is_integer]
    if requirement is DIVISOR:
        return whole
    return [*whole, *(r + step for r in whole for step in (-1, 1)), *([upper] if upper.is_infinite is not True else [])]


def _unknown_functions(expr: sp.Expr) -> bool:
    """Whether ``expr`` writes a function or a term SymPy does not know (a density, f(t), x_t as x[t])."""
    known_kinds = (sp.Symbol, sp.Number, sp.NumberSymbol, sp.Add, sp.Mul, sp.Pow, sp.exp, sp.log)
    return any(not isinstance(e, known_kinds) for e in sp.preorder_traversal(expr) if isinstance(e, sp.Basic))


def _valued(expr: sp.Expr, known: Known | None, index: sp.Symbol) -> sp.Expr:
    """``expr`` with the values of ``known`` written in but the index's own (the sum binds it), as written where
    they cannot be."""
    if known is None:
        return expr
    values = {s: v for s, v in known.values.items() if s != index}
    return _written_through(Known(values, known.functions, ()), expr)


def _products_of(expr: sp.Expr) -> list[sp.Product]:
    """The products ``expr`` is a multiple of (its factors, and the bases of its positive powers, that are products)."""
    found = []
    for factor in sp.Mul.make_args(expr):
        base = factor.base if factor.is_Pow and factor.exp.is_positive else factor
        if isinstance(base, sp.Product):
            found.append(base)
    return found


def _at_first_steps(expr: sp.Expr, known: Known) -> list[tuple[str, sp.Expr]]:
    """``expr`` at the step of each index letter where a schedule name it writes k steps before is abar_0
    (abar_{t-1} at t = 1, abar_{t-2} at t = 2), each with where it is taken."""
    found = []
    steps = [*(((index, 1), at) for index, at in known.first_steps.items()), *known.back_steps.items()]
    for (index, step), first in steps:
        if first.keys() & expr.free_symbols:
            where = (f" at ${sp.latex(index)} = 1$, the first step its index may take (ᾱ_0 = 1 under DDPM)" if step == 1
                     else f" at ${sp.latex(index)} = {step}$, a step its index may take (where it writes ᾱ_0, which is "
                     f"{sp.latex(next(iter(first.values())))} under DDPM)")  # fmt: skip
            found.append((where, expr.xreplace(first)))
    return found


def _within(value: sp.Expr, lower: sp.Expr, upper: sp.Expr) -> bool:
    """Whether the index ``value`` may lie between the ends (not shown outside)."""
    return (value - lower).is_negative is not True and (upper - value).is_negative is not True


def _fails(requirement: Requirement, expr: sp.Expr, known: Known) -> str:
    """How ``expr`` fails ``requirement`` at the note's values, or ''."""
    try:
        at = known.written_in(expr)
    except (TypeError, ValueError):  # a value for a variable an integral in it binds too (its limits then fail)
        return ""
    if not at.free_symbols or (at != expr and requirement.zero_fails):
        # a number, or a divisor or an argument the values changed, which may now be 0 (simplified only then: a
        # log's argument is often a density, long to simplify, whose sign a number decides)
        value = sp.simplify(at) if not at.free_symbols or requirement is DIVISOR else at
        if not at.free_symbols and at.has(sp.Sum, sp.Product):  # simplify splits a sum without adding it up
            value = sp.simplify(at.doit())
            if requirement.met(value) is not True and not value.has(sp.zoo, sp.nan) and not value.is_comparable:
                return f"${sp.latex(value)}$, not shown {requirement.number}"
        if (
            value.has(sp.zoo, sp.nan)
            or (value.is_comparable and requirement.met(value) is False)  # a real number's sign is its own
            or (value.is_zero and requirement.zero_fails)
        ):
            return f"${sp.latex(value)}$ at the note's values, not {requirement.number}"
        if at != expr and not value.free_symbols and requirement.met(value) is not True:
            # a number the note's values make but that is not evaluated (Γ(1) - 1, of a function not known): it may
            # fail as well as meet the requirement, so it is not presumed to meet it
            return f"${sp.latex(value)}$ at the note's values, not shown {requirement.number}"
    if at.free_symbols and requirement.sign(at) is False:  # -x^2 - 1, -e^x: SymPy knows its sign at every value
        return f"${sp.latex(at)}$, not {requirement.number} at any value of its names"
    if requirement.sign(at) is None and _fails_everywhere(requirement, at):  # y - |y|, 2y - y^2 - 1
        return f"${sp.latex(at)}$, not {requirement.number} at any point tried of its names"
    signed = (
        _sign_forced(requirement, at, known.equations, known.bounds) if requirement.met(sp.Integer(-1)) is False else ""
    )
    if signed:
        return signed
    if requirement.met(sp.Integer(-1)) is False and requirement.sign(at) is not True:  # one not read may break it
        reached = _unread_linked(at.free_symbols, [e.free_symbols for e in known.equations], known.unread)
        if reached:
            written = ", ".join(f"${sp.latex(n)}$" for n in sorted(reached, key=str))
            return f"not shown {requirement.number} where the note's statements hold (one not read writes {written})"
    zero = _zero_allowed(at, known.equations, known.bounds, known.unread) if requirement.zero_fails else ""
    claimed = _fails_within_orders(requirement, at, known.orders + known.claimed) if known.claimed else ""
    return (
        _fails_at_own_indices(requirement, at, known)
        or _fails_at_last_members(requirement, expr, known)
        or zero
        or _fails_within_orders(requirement, at, known.orders)
        or claimed
    )


#: The whole indices a family's value is tried at: its first steps.
_OWN_INDICES = (1, 2, 3)


def _fails_at_own_indices(requirement: Requirement, at: sp.Expr, known: Known) -> str:
    """How ``at``, written in letters that index a family's value alone (-k after x_k := -k: :attr:`Known.indices`),
    fails ``requirement`` at one of the family's first steps (k = 1, 2, 3) or of those about its zeros
    (:func:`_steps_tried`) that the note's orders and bounds allow:
    the value is said of every member, so the step is claimed there too; or ''."""
    free = sorted(at.free_symbols, key=str)
    if not free or not set(free) <= known.indices or at.has(sp.Sum, sp.Product, sp.Integral):
        return ""
    for steps in itertools.product(*(_steps_tried(at, name) for name in free)):
        point = dict(zip(free, map(sp.Integer, steps), strict=True))
        if any(order.xreplace(point) is sp.false for order in (*known.orders, *known.bounds)):
            continue
        value = sp.simplify(at.xreplace(point))
        if value.has(sp.zoo, sp.nan) or (value.is_comparable and requirement.met(value) is False):
            where = ", ".join(f"{name} = {step}" for name, step in point.items())
            return f"${sp.latex(value)}$ at {where}, a member of the family the note's value is said of, not {requirement.number}"
    return ""


def _fails_at_last_members(requirement: Requirement, expr: sp.Expr, known: Known) -> str:
    """How ``expr`` fails ``requirement`` with an index the step is claimed at as its list's first member taken at
    the list's last member instead (:attr:`Known.last_members`: x_k := K - k "for $k = 1, \\ldots, K$" is 0 at k =
    K): the list claims the step at both its ends; or ''."""
    for index, member in known.last_members:
        if index not in known.values:
            continue
        try:
            at = replace(known, values={**known.values, index: member}).written_in(expr)
            value = sp.simplify(at)
        except (TypeError, ValueError):
            continue
        if value.has(sp.zoo, sp.nan) or (value.is_zero and requirement.zero_fails) or requirement.sign(value) is False:
            return (f"${sp.latex(value)}$ at ${sp.latex(index)} = {sp.latex(member)}$, the last member of the range "
                    f"the note claims the step for, not {requirement.number}")  # fmt: skip
    return ""


def _steps_tried(at: sp.Expr, name: sp.Symbol) -> list[int]:
    """The steps of the index ``name`` tried in ``at``: the first ones (:data:`_OWN_INDICES`) and, where ``at`` is
    written in it alone, the steps at and beside each real zero of its numerator and denominator (5 - k is 0 at k =
    5 and negative after), where its sign may change."""
    tried = list(_OWN_INDICES)
    if at.free_symbols != {name}:
        return tried
    for part in at.as_numer_denom():
        try:
            zeros = sp.solveset(part, name, sp.S.Reals)
        except (TypeError, ValueError, NotImplementedError):
            continue
        if not isinstance(zeros, sp.FiniteSet):
            continue
        for zero in zeros:
            if zero.is_comparable:
                low = int(sp.floor(zero))
                tried += [step for step in (low, low + 1, low + 2) if step >= 1 and step not in tried]
    return tried


def _fails_everywhere(requirement: Requirement, expr: sp.Expr) -> bool:
    """Whether ``expr``, whose sign SymPy does not know, fails ``requirement`` at every point tried (:data:`_TRIED`
    and 0, in each of at most :data:`_FREE_TRIED` names, within what the names are declared: y - |y|, 2y - y^2 - 1;
    -sqrt(y) - 1, not real at y < 0, has no sign there): it may have no fit value anywhere, so none is presumed
    (fail-safe: a point not tried may meet it, but a step is then only held)."""
    free = sorted(expr.free_symbols, key=str)
    if not free or len(free) > _FREE_TRIED or expr.has(sp.Integral, sp.Sum, sp.Product):
        return False
    tried = [[v for v in map(sp.sympify, (0, *_TRIED)) if _declared(name, v)] for name in free]
    for values in itertools.product(*tried):
        value = expr.xreplace(dict(zip(free, values, strict=True)))
        if (
            not (value.is_comparable or value.has(sp.zoo, sp.nan) or value.is_real is False)
            or requirement.met(value) is not False
        ):
            return False
    return all(tried)


def _declared(name: sp.Symbol, value: sp.Expr) -> bool:
    """Whether ``value`` is within what ``name`` is declared (positive, nonnegative, an integer, ...)."""
    facts = ("positive", "nonnegative", "negative", "nonpositive", "integer", "nonzero")
    return not any(getattr(name, f"is_{f}") is True and getattr(value, f"is_{f}") is False for f in facts)


def _fails_within_orders(requirement: Requirement, expr: sp.Expr, orders: tuple[sp.Basic, ...]) -> str:
    """Why ``expr`` may fail ``requirement`` where the note's ``orders`` on its names hold (|x| - x after x >= 0: 0 at
    every such x; x - y after x < y: negative at every such point), as said, or why that is not decided; or '' (it
    fails nowhere there, or no order bounds its names).  Orders that leave its names no value conflict: the step is
    claimed nowhere the note allows, so it is held (:func:`within_orders`)."""
    found = within_orders(requirement, expr, orders)
    if found.kind == "fails":
        return f"not {requirement.number} where the note's orders hold ({found.where})"
    if found.kind == "empty":
        return f"not shown {requirement.number}: the note's orders on its names conflict ({found.where})"
    if found.kind == "open":
        return f"not shown {requirement.number} where the note's orders on its names hold (not decided)"
    return ""


@dataclass(frozen=True)
class Ordered:
    """What the orders on an expression's names say of a requirement: ``kind`` is "meets" (it holds wherever they
    do), "fails" (at a point they allow, said in ``where``), "empty" (they leave the names no value), "open" (not
    decided) or "none" (no order bounds its names)."""

    kind: str
    where: str = ""


def within_orders(requirement: Requirement, expr: sp.Expr, orders: tuple[sp.Basic, ...]) -> Ordered:
    """Whether ``expr`` meets ``requirement`` over the region the ``orders`` linked to its names (sharing a name with
    it, or with one that does) allow.  In one name, SymPy's solveset over that region finds where it fails; in more,
    each order ``gap > 0`` (``>= 0``) linear in a name not yet replaced gives that name as a fresh positive
    (nonnegative) one (x < y: x = y - p, p > 0), a bijection onto the region, so SymPy's sign of ``expr`` so written
    holds over the whole region, and a point where it fails is looked for among a few (:func:`_ordered_point`)."""
    linked = _orders_linked(expr, orders)
    if not linked:
        return Ordered("none")
    names = set().union(*(order.free_symbols for order in linked))
    if len(names) == 1 and expr.free_symbols <= names:
        return _within_one_name(requirement, expr, linked, next(iter(names)))
    replaced: dict[sp.Symbol, sp.Expr] = {}
    for order in linked:
        if not isinstance(order, (sp.Lt, sp.Le, sp.Gt, sp.Ge)):
            continue  # x != y: a point found is checked against it
        gap = (order.lhs - order.rhs if isinstance(order, (sp.Gt, sp.Ge)) else order.rhs - order.lhs).xreplace(replaced)
        strict = isinstance(order, (sp.Gt, sp.Lt))
        name = next(
            (n for n in sorted(gap.free_symbols & names - replaced.keys(), key=str) if _linear_in(gap, n)), None
        )
        if name is None:  # an order on what earlier ones replaced: implied, or not
            sign = gap.is_positive if strict else gap.is_nonnegative
            if sign is False:
                return Ordered("empty", f"${sp.latex(order)}$ fails wherever the others hold")
            if sign is None:
                return Ordered("open")
            continue
        slope = gap.coeff(name, 1)
        gap_name = sp.Dummy(f"gap_{name}", positive=True) if strict else sp.Dummy(f"gap_{name}", nonnegative=True)
        value = (gap_name - (gap - slope * name)) / slope
        replaced = {n: v.xreplace({name: value}) for n, v in replaced.items()} | {name: value}
    try:
        written = expr.xreplace(replaced)
        sign = requirement.sign(written)  # not met: an integral's infinite limits are no infinite value
    except (TypeError, ValueError):
        return Ordered("open")
    if sign is True:
        return Ordered("meets")
    orders_only = all(isinstance(order, (sp.Lt, sp.Le, sp.Gt, sp.Ge)) for order in linked)
    if sign is False and written.free_symbols and orders_only:  # the region is not empty: every order gave a name
        return Ordered("fails", f"at every point where {_orders_said(linked)}")
    if expr.free_symbols - names:  # a name no order bounds is taken where the step has a value, as without orders
        return Ordered("none")
    point = _ordered_point(requirement, written, replaced, linked)
    return Ordered("fails", point) if point else Ordered("open")


def _within_one_name(requirement: Requirement, expr: sp.Expr, orders: list[sp.Rel], name: sp.Symbol) -> Ordered:
    """:func:`within_orders` for orders in the one name ``name`` alone, solved by SymPy's solveset."""
    try:
        region = sp.Intersection(*(sp.solveset(order, name, sp.Reals) for order in orders))
        failing = sp.solveset(requirement.failing(expr), name, region) if expr.free_symbols else None
    except (NotImplementedError, TypeError, ValueError):
        return Ordered("open")
    if region is sp.S.EmptySet:
        return Ordered("empty", f"{_orders_said(orders)} leave ${sp.latex(name)}$ no value")
    if failing is None:
        return Ordered("open")
    if failing is sp.S.EmptySet:
        return Ordered("meets")
    if not isinstance(failing, (sp.FiniteSet, sp.Interval, sp.Union)) or failing.is_empty is not False:
        return Ordered("open")
    return Ordered("fails", f"${sp.latex(name)} \\in {sp.latex(failing)}$")


def _orders_linked(expr: sp.Expr, orders: tuple[sp.Basic, ...]) -> list[sp.Basic]:
    """The relations among ``orders`` (each conjunction taken apart) linked to the names of ``expr``: sharing a name
    with it, or with one that does."""
    relations = [r for order in orders for r in (order.args if isinstance(order, sp.And) else (order,))]
    names, linked, grown = set(expr.free_symbols), [], True
    while grown:
        grown = False
        for relation in relations:
            if relation not in linked and isinstance(relation, sp.Rel) and relation.free_symbols & names:
                linked.append(relation)
                names |= relation.free_symbols
                grown = True
    return linked


def _linear_in(gap: sp.Expr, name: sp.Symbol) -> bool:
    """Whether ``gap`` is ``c name + rest`` with c a nonzero number and ``rest`` free of ``name``."""
    try:
        return gap.is_polynomial(name) and sp.degree(gap, name) == 1 and gap.coeff(name, 1).is_number
    except sp.PolynomialError:
        return False


#: The values tried for a name the orders leave free, and for a gap they give (positive; 0 too where not strict).
_FREE_VALUES = tuple(sp.Rational(v) for v in ("-2", "-1", "-1/2", "0", "1/2", "1", "2"))
_GAP_VALUES = tuple(sp.Rational(v) for v in ("1/2", "1", "2", "5"))
#: At most this many points are tried.
_POINTS = 96


def _ordered_point(
    requirement: Requirement, written: sp.Expr, replaced: dict[sp.Symbol, sp.Expr], orders: list[sp.Basic]
) -> str:
    """A point the ``orders`` allow (each checked, with each name's own assumptions) where ``written`` (the
    expression with the names ``replaced`` by gaps) fails ``requirement``, as said; or ''."""
    free = sorted(written.free_symbols | set().union(*(v.free_symbols for v in replaced.values())), key=str)
    choices = [
        (*((sp.Integer(0),) if s.is_nonnegative and not s.is_positive else ()), *_GAP_VALUES)
        if isinstance(s, sp.Dummy)
        else _FREE_VALUES
        for s in free
    ]
    for values in itertools.islice(itertools.product(*choices), _POINTS):
        at = dict(zip(free, values))
        value = written.xreplace(at)
        if (requirement.met(value) if value.is_comparable else requirement.sign(value)) is not False:
            continue
        point = {n: v.xreplace(at) for n, v in replaced.items()} | {s: v for s, v in at.items() if s not in replaced}
        point = {n: v for n, v in point.items() if not isinstance(n, sp.Dummy)}
        if all(_admits(n, v) for n, v in point.items()) and all(o.xreplace(point) is sp.true for o in orders):
            return ", ".join(_coordinate(n, v) for n, v in sorted(point.items(), key=lambda item: str(item[0])))
    return ""


def _admits(name: sp.Symbol, value: sp.Expr) -> bool:
    """Whether the number ``value`` is one the name's own assumptions allow (positive, integer, ...)."""
    facts = ("positive", "nonnegative", "negative", "nonpositive", "nonzero", "integer", "real")
    return all(getattr(value, f"is_{fact}") is True for fact in facts if getattr(name, f"is_{fact}"))


def _orders_said(orders: list[sp.Basic]) -> str:
    return ", ".join(f"${sp.latex(order)}$" for order in orders)


def _sign_forced(
    requirement: Requirement, expr: sp.Expr, equations: tuple[sp.Expr, ...], bounds: tuple[sp.Basic, ...] = ()
) -> str:
    """Why the stated ``equations`` that share names with ``expr`` may make it fail ``requirement`` (log x after
    x + 2 = 0: x = -2; sqrt x after x + y = 0 and y > 0: x = -y < 0), as said: a real solution within the ``bounds``
    of its names at which it fails (where the bounds on the names it leaves free allow, :func:`within_orders`), or
    a polynomial system past the solver's limits (:func:`_solved`); or '' (none).  A system not polynomial
    (e^x = e^{-2}) is asked at its real points, as for a zero (:func:`_sign_at_real_points`)."""
    linked, names = _linked(expr, equations)
    if not linked:
        return ""
    if not all(_polynomial(e) for e in linked):
        return _sign_at_real_points(requirement, expr, linked, bounds)
    of_names = tuple(b for b in bounds if b.free_symbols and b.free_symbols <= names)
    solutions = _solved(linked, names)
    if solutions is None:
        shown = ", ".join(f"${sp.latex(e)} = 0$" for e in linked)
        return f"not shown {requirement.number} where the note's equations hold ({shown}: a system not solved)"
    for solution in solutions:
        if not _maybe_real(solution, names) or _outside(solution, of_names):
            continue
        real = {k: sp.re(v.evalf(50)) if v.has(sp.I) and not v.free_symbols else v for k, v in solution.items()}
        point = ", ".join(_coordinate(k, v) for k, v in solution.items())
        at = expr.xreplace(real)
        if requirement.met(at) is False:
            return f"not {requirement.number} where the note's equations hold ({point})"
        failing = _real_point_failing(requirement, expr, solution, linked, of_names)
        if failing:
            return failing
        left = tuple(b.xreplace(real) for b in of_names)
        ordered = within_orders(requirement, at, left) if at.free_symbols else Ordered("none")
        if ordered.kind == "fails":
            return f"not {requirement.number} where the note's equations and orders hold ({point}; {ordered.where})"
    return ""


#: The values tried for each name a family of solutions leaves free (x, where s = sqrt(-x) of the supposition "x is
#: negative", x + s^2 = 0), in at most :data:`_FREE_TRIED` names: a real point of the family at them shows where it
#: keeps its names.
_TRIED = (-100, -10, -2, -1, sp.Rational(-1, 2), sp.Rational(1, 2), 1, 2, 10, 100)
_FREE_TRIED = 2


def _real_point_failing(
    requirement: Requirement,
    expr: sp.Expr,
    solution: dict[sp.Symbol, sp.Expr],
    system: list[sp.Expr],
    bounds: tuple[sp.Basic, ...],
) -> str:
    """Why ``expr`` may fail ``requirement`` on the family ``solution`` writes in its free names, as said: a real
    point of it at the values :data:`_TRIED` where every equation of ``system`` and every bound holds and ``expr``
    fails (log x where x + s^2 = 0 and x u^2 + 1 = 0: at x = -1, s = u = 1); or, where the family is not real at
    every real value of its names and no such point meets the requirement either, that the family may keep its
    names where none is tried (x + s^2 + 3 = 0: x <= -3): held; or '' (the family is a point, is real wherever its
    names are, y = x - 1, or meets the requirement at a point tried, x = s^2 and log x: the step is then claimed
    where it has a value)."""
    free = sorted(
        set().union(*(v.free_symbols for v in solution.values()), expr.free_symbols) - solution.keys(), key=str
    )
    real_names = {name: sp.Dummy(str(name), real=True) for name in free}
    if not free or all(v.xreplace(real_names).is_real for v in solution.values()):
        return ""
    held = f"not shown {requirement.number} where the note's equations hold (a family of solutions that may keep "
    if len(free) > _FREE_TRIED:
        return held + f"{_names_said(free)} where none is tried)"
    met = False
    for values in itertools.product(map(sp.sympify, _TRIED), repeat=len(free)):
        at = dict(zip(free, values, strict=True))
        point = at | {k: v.xreplace(at) for k, v in solution.items()}
        if not all(v.is_real for v in point.values()) or any(b.xreplace(point) is not sp.true for b in bounds):
            continue
        if not all(sp.simplify(e.xreplace(point)) == 0 for e in system):
            continue
        value = requirement.met(expr.xreplace(point))
        if value is False:
            witness = ", ".join(_coordinate(k, v) for k, v in point.items() if k in expr.free_symbols)
            return f"not {requirement.number} where the note's equations hold ({witness})"
        met = met or value is True
    return "" if met else held + f"{_names_said(free)} where none is tried, not shown {requirement.number} there)"


def _names_said(names: list[sp.Symbol]) -> str:
    return ", ".join(f"${sp.latex(name)}$" for name in names)


def _sign_at_real_points(
    requirement: Requirement, expr: sp.Expr, linked: list[sp.Expr], bounds: tuple[sp.Basic, ...]
) -> str:
    """Why ``expr`` may fail ``requirement`` at a real point of the ``linked`` equations, not all polynomial, within
    the ``bounds`` of their names (log x after e^x = e^{-2}: x = -2), as said; or '' (it meets it at each).  Where
    the real points are not found (e^x + x = 0: no closed form), or a number there is of a sign not known, it is
    not shown to meet it: held, never presumed."""
    (at, *stated), opaque = as_numbers([expr, *linked])
    tied = ties(opaque)
    system, names = _linked(at, tuple(pinning(stated, _tied_names(at, tied), opaque)))
    if not system:
        return ""
    of_names = tuple(b for b in bounds if b.free_symbols and b.free_symbols <= names)
    points = real_points(system, of_names)
    if points is None:
        return (
            f"not shown {requirement.number} where the note's equations hold ({_shown(system, opaque)}: a system "
            "not solved)"
        )
    for point in points:
        said = ", ".join(_coordinate(k.xreplace(opaque), v.xreplace(opaque)) for k, v in point.items())
        value = real_odd_roots(at.xreplace(point))
        if value.free_symbols:
            left = tuple(b.xreplace(point) for b in of_names)
            ordered = within_orders(requirement, value, left)
            if ordered.kind == "fails":
                return f"not {requirement.number} where the note's equations and orders hold ({said}; {ordered.where})"
            continue
        met = requirement.met(value)
        if met is None and value.is_comparable:
            met = requirement.met(value.evalf(50))
        if met is False:
            return f"not {requirement.number} where the note's equations hold ({said})"
        if met is None:
            return f"not shown {requirement.number} where the note's equations hold ({said})"
    return ""


def _linked(expr: sp.Expr, equations: tuple[sp.Expr, ...]) -> tuple[list[sp.Expr], set[sp.Symbol]]:
    """The stated ``equations`` linked to ``expr`` by shared names (directly or through one another), and all the
    names they and ``expr`` write."""
    names = set(expr.free_symbols)
    linked: list[sp.Expr] = []
    grown = True
    while grown:
        grown = False
        for equation in equations:
            if equation not in linked and equation.free_symbols & names:
                linked.append(equation)
                names |= equation.free_symbols
                grown = True
    return linked, names


def _zero_allowed(
    expr: sp.Expr,
    equations: tuple[sp.Expr, ...],
    bounds: tuple[sp.Basic, ...] = (),
    unread: tuple[frozenset[sp.Symbol], ...] = (),
) -> str:
    """Whether the stated ``equations`` linked to ``expr`` (sharing names with it, or with those that do) allow
    ``expr`` = 0: '' where they are shown not to (some of them with ``expr`` = 0 have no real solution within the
    ``bounds`` of its names), else a real solution, or why none is ruled out (a system not solved).  An unknown
    function's value is a name of its own, and equations that pin no name (identities, what such a name alone can
    meet) are set aside (:mod:`real_systems`).  A polynomial system is taken in rings, the nearest first, since a
    subsystem with no solution shows the whole has none; one that is not is solved whole, one unknown at a time
    (exp(x) = 1: x = 0); one not solved, or not read (sin x = 0), holds the step only where it is linked to ``expr``."""
    if _never_zero(expr):
        return ""
    (expr, *stated), opaque = as_numbers([expr, *equations])
    tied = ties(opaque)
    stated = pinning(stated, _tied_names(expr, tied), opaque)
    pinned = _unread_linked(_tied_names(expr, tied), [_tied_names(e, tied) for e in stated], unread)
    if pinned:
        written = ", ".join(f"${sp.latex(n)}$" for n in sorted(pinned, key=str))
        return f"not shown nonzero where the note's equations hold (one not read writes {written})"
    names, system, ring, real = _tied_names(expr, tied), [expr], [expr], {}
    while ring:
        ring = [e for e in stated if e not in system[1:] and _tied_names(e, tied) & names]
        if not ring:
            break
        system += ring
        names |= set().union(*(_tied_names(e, tied) for e in ring))
        if not all(_polynomial(e) for e in system):  # solved whole once its rings are closed
            continue
        solutions = _solved(system, names)
        if solutions is None:
            return (
                f"not shown nonzero where the note's equations hold ({_shown(system[1:], opaque)}: a system not solved)"
            )
        of_names = tuple(b for b in bounds if b.free_symbols and b.free_symbols <= names)
        real = next((s for s in solutions if _maybe_real(s, names) and not _outside(s, of_names)), None)
        if real is None:
            return _vacuous(system[1:], names, opaque)
    if len(system) == 1:
        return ""
    if not all(_polynomial(e) for e in system):
        of_names = tuple(b for b in bounds if b.free_symbols and b.free_symbols <= names)
        points = real_points(system, of_names)
        if points is None:
            return (
                f"not shown nonzero where the note's equations hold ({_shown(system[1:], opaque)}: a system not solved)"
            )
        if not points:
            return _vacuous(system[1:], names, opaque)
        real = points[0]
    point = ", ".join(_coordinate(k.xreplace(opaque), v.xreplace(opaque)) for k, v in real.items()) or "at every point"
    if any(v.has(sp.I) and v.free_symbols for v in real.values()):
        return f"not shown nonzero where the note's equations hold ({point}: a family whose real points remain)"
    return f"0 where the note's equations hold ({point})"


def _vacuous(equations: list[sp.Expr], names: set[sp.Symbol], opaque: dict[sp.Symbol, sp.Expr]) -> str:
    """Why a divisor shown nonzero wherever the note's ``equations`` hold is not shown fit: they have no real point
    at all (sqrt x = -1), so what is shown of their points is shown of none, or whether they have one is not decided
    (a system not polynomial whose real points are not found); or '' (they have one, or a polynomial system not
    solved).  The orders the note states are not asked: a point they leave out is one the step is not claimed at."""
    shown = _shown(equations, opaque)
    if all(_polynomial(e) for e in equations):
        solutions = _solved(equations, names)
        if solutions is None or any(_maybe_real(s, names) for s in solutions):
            return ""
        return f"not shown nonzero: the note's equations ({shown}) have no real point (held, not proved vacuously)"
    points = real_points(equations, ())
    if points:
        return ""
    if points is None:
        return f"not shown nonzero: whether the note's equations ({shown}) have a real point is not decided"
    return f"not shown nonzero: the note's equations ({shown}) have no real point (held, not proved vacuously)"


def _never_zero(expr: sp.Expr) -> bool:
    """Whether ``expr`` is 0 nowhere it is defined, whatever the note's equations: a product of nonzero numbers,
    exponentials, powers with a negative exponent (1/b is finite and nonzero wherever b is) and Gaussian densities
    (exp(-(y - m)^2 / (2 v)) / sqrt(2 pi v), a law only where v > 0, which is asked of the law).  Where such a factor
    is not defined is asked of its own divisor or law."""
    return all(
        (factor.is_number and factor.is_nonzero)
        or isinstance(factor, (sp.exp, Normal))
        or (factor.is_Pow and (factor.exp.is_negative or isinstance(factor.base, sp.exp)))
        for factor in sp.Mul.make_args(expr)
    )


def _unread_linked(
    names: set[sp.Symbol], equations: list[set[sp.Symbol]], unread: tuple[frozenset[sp.Symbol], ...]
) -> frozenset[sp.Symbol]:
    """The names of an equation not read that ``names`` reach through the names of the equations read and not read
    (each given by its names), or none."""
    reached, grown = set(names), True
    while grown:
        grown = False
        for written in [*equations, *unread]:
            if written & reached and not written <= reached:
                reached |= written
                grown = True
    return next((u for u in unread if u & reached), frozenset())


def _tied_names(expr: sp.Expr, tied: dict[sp.Symbol, set[sp.Symbol]]) -> set[sp.Symbol]:
    """The names of ``expr``, and those of the points of the values of a function it writes at more than one point."""
    return set(expr.free_symbols).union(*(tied.get(s, ()) for s in expr.free_symbols))


def _shown(equations: list[sp.Expr], opaque: dict[sp.Symbol, sp.Expr]) -> str:
    """The equations as said, each value of an unknown function written back."""
    return ", ".join(f"${sp.latex(e.xreplace(opaque))} = 0$" for e in equations)


def _coordinate(name: sp.Symbol, value: sp.Expr) -> str:
    """``name = value`` as said, a number SymPy writes with I (a real root of a cubic) by its real part's decimal."""
    if value.has(sp.I) and not value.free_symbols:
        return f"${sp.latex(name)} \\approx {sp.latex(sp.re(value).evalf(4))}$"
    return f"${sp.latex(name)} = {sp.latex(value)}$"


def _polynomial(expr: sp.Expr) -> bool:
    """Whether ``expr`` is a polynomial in its names."""
    names = sorted(expr.free_symbols, key=str)
    return bool(names) and expr.is_polynomial(*names)


def _solved(system: list[sp.Expr], names: set[sp.Symbol]) -> list[dict[sp.Symbol, sp.Expr]] | None:
    """Every complex solution of the polynomial ``system`` = 0, or None where it is not solved (larger than sp.solve
    is asked at every step: :data:`_UNKNOWNS`, :data:`_DEGREE` (below), :data:`_EQUATIONS`)."""
    if len(system) > _EQUATIONS + 1 or len(names) > _UNKNOWNS:
        return None
    if any(sp.Poly(e, *names).total_degree() > _DEGREE for e in system):
        return None
    try:
        return sp.solve(system, sorted(names, key=str), dict=True)
    except (NotImplementedError, TypeError, ValueError):
        return None


def _maybe_real(solution: dict[sp.Symbol, sp.Expr], names: set[sp.Symbol]) -> bool:
    """Whether ``solution`` may be real, that is, it is not shown non-real: a point whose coordinates are numbers is
    real unless one has an imaginary part evaluated clearly off 0 (SymPy writes the three real roots of a cubic with
    I); a family left in free names (y = I z) may have real points (z = 0), so it is not shown non-real."""
    values = [*solution.values(), *(sp.Integer(0) for _ in names - solution.keys())]
    if any(v.free_symbols for v in values):
        return True
    return all(abs(sp.im(v).evalf(50)) < sp.Float("1e-30") for v in values)


def _outside(solution: dict[sp.Symbol, sp.Expr], bounds: tuple[sp.Basic, ...]) -> bool:
    """Whether the ``bounds`` fail at ``solution`` whatever values the names it leaves free take: one is false there,
    or those left of one free name together leave it no value (beta_t = 1 - alpha_t with alpha_t in (0, 1) and
    beta_t in (0, 1) does leave it one)."""
    left = []
    for bound in bounds:
        at = bound.xreplace(solution)
        if at is sp.false:
            return True
        if at is not sp.true:
            left.append(at)
    free = set().union(*(b.free_symbols for b in left))
    if len(free) != 1:
        return False
    try:
        allowed = sp.Intersection(*(b.as_set() for b in left))
    except (NotImplementedError, TypeError, ValueError):
        return False
    return allowed is sp.S.EmptySet
