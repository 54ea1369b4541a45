"""A counterexample checked against what the note states: where both sides are real numbers, and where the orders
the note states of the names it gives values hold at its point (chosen where they are free), else it is not trusted."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import replace
from fractions import Fraction
from functools import partial

import sympy as sp

from derivations.kernel.assumptions import Constraint, Definition, Domain, implied_set
from derivations.kernel.checking import InconsistentAssumptions
from derivations.kernel.convergence import (
    expectation_exists,
    shown_to_exist,
    tail_expectation_shown_to_exist,
)
from derivations.kernel.vocabulary import Counterexample, Relation, Status, Verdict
from derivations.probability import Density, Expectation, Normal
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.notation import UNNAMED_LAW, Unmodelled, even_power_of_an_odd_root
from diffproof.notecheck import contexts, schedule_witness
from diffproof.notecheck.assumptions import Parsed, StepContext, disputed_reason, linked, translate
from diffproof.notecheck.choices import WORDS_IN_MATHS, broken_at, choice_domain, may_choose, one_per_letter, settled
from diffproof.notecheck.orders_not_taken import (
    _at_index,
    _index_letters,
    claimed_without_value,
    index_parts,
    indices_only,
    orders_not_taken,
)
from diffproof.notecheck.readings import Reading, kernel_verdict, latex, unfolded
from diffproof.notecheck.stated_values import (
    DIVISOR,
    LOGARITHM,
    ODD_ROOT,
    ROOT,
    VARIANCE,
    Known,
    _at_indices,
    equated_functions,
    known,
    through_definitions,
    within_orders,
    without_value,
)
from diffproof.notecheck.statements.formulas import Formula, Stated
from diffproof.notecheck.statements.normals_in_words import normals_stated
from diffproof.notecheck.statements.tails import Tail, tails_stated
from diffproof.notecheck.statements.transformations import transformed_tails
from diffproof.notecheck.vocabulary import NoteVocabulary, display_name, nodes


def where_real(
    verdict: Verdict,
    relation: Relation | str,
    reading: Reading,
    assumptions: list,
    cited: str,
    vocabulary: NoteVocabulary,
    search: bool,
) -> Verdict:
    """A refutation at a point where a side as written is not a real number ((sqrt x)^2 = |x| at x < 0, which
    SymPy has read as x = |x|) shows nothing of the step over the reals: the step is checked again only where
    both sides are real, and a refutation there replaces it; else the step is undecided, never proved (a side
    may be real where the other is not: log(x^2) = 2 log x)."""
    free = reading.lhs.free_symbols | reading.rhs.free_symbols
    conditions = [  # of the step's own values: log p(x) under an integral over x is real wherever p is a density
        c for c in reading.real
        if c is sp.false or (c.free_symbols <= free and not c.has(Density, Expectation, sp.Integral, sp.Sum, sp.Product))
    ]  # fmt: skip
    if verdict.counterexample is None or not broken_at(conditions, verdict.counterexample):
        return _at_real_point(verdict, reading)
    if sp.false in conditions:
        return Verdict(Status.UNDECIDED, "a side as written is not a real number anywhere "
                       f"({_not_real_because(reading)}): {verdict.counterexample.describe()}")  # fmt: skip
    shown = ", ".join(f"${latex(c)}$" for c in conditions)
    try:
        again = kernel_verdict(relation, reading, assumptions + [Constraint(c) for c in conditions], cited, vocabulary,
                        search)  # fmt: skip
    except InconsistentAssumptions:
        again = None
    if again is not None and again.refuted and not broken_at(conditions, again.counterexample):
        return _at_real_point(again, reading)
    held = "it holds there" if again is not None and again.proved else "no counterexample is found there"
    return Verdict(Status.UNDECIDED, f"a counterexample exists only where a side as written is not a real number "
                   f"({verdict.counterexample.describe()}); where both sides are real ({shown}) {held}")  # fmt: skip


def where_stated(
    verdict: Verdict,
    relation: Relation | str,
    reading: Reading,
    assumptions: list,
    cited: str,
    context: StepContext,
    step_keys: set,
    search: bool,
) -> Verdict:
    """A refutation at a point where an order the note states of the step's names, or of names tied to them, fails
    ("$2\\alpha_t < 1$") is no counterexample the note allows: the step is checked again where the orders hold,
    and a refutation there replaces it; else the step is undecided (the orders are not used to prove it).  An order
    that cannot be checked at the point -- of a letter the step writes at another index (an order of alpha_t holds
    at every step), or of a name the point gives no value -- leaves the counterexample untrusted."""
    example = verdict.counterexample
    if example is None:
        return verdict
    definitions = [a for a in assumptions if isinstance(a, Definition)]
    symbols = context.vocabulary.symbols
    written = _reached(reading.lhs.free_symbols | reading.rhs.free_symbols, definitions) & set(symbols)
    drawn = _drawn_keys(example, context)
    unheld = _unheld(drawn, context) or _family_value(example, context)
    if unheld:
        return Verdict(Status.UNDECIDED, "a counterexample exists as the step is read, but it is not trusted: its "
                       f"model gives values to names the note says more of ({unheld}), which do not hold or cannot "
                       f"be checked at it ({example.describe()})")  # fmt: skip
    _, unwitnessed = schedule_witnessed(example, context)
    if unwitnessed:
        again = within_the_schedule(relation, reading, assumptions, cited, context, search, example)
        if again is None:
            return Verdict(Status.UNDECIDED, "a counterexample exists as the step is read, but it is not trusted: "
                           f"{unwitnessed} ({example.describe()})")  # fmt: skip
        verdict, example = again, again.counterexample
    definitions += [d for d in context.defined.values() if d not in definitions]  # gamma_t := abar_t / (1 - ...)
    reached = {key[:2] for key in step_keys | drawn | linked(context, step_keys | drawn)}
    reached |= {symbols[s][:2] for s in written}
    stated = [c for c in context.conditions if c.letters & reached]
    if not stated:
        return verdict
    values = {name for name, _ in example.point + example.derived}
    orders: list[sp.Basic] = []
    free: set[sp.Symbol] = set()  # names of the orders the point leaves free, for the check to choose
    pending = list(stated)
    for condition in pending:  # grows: every order of a name chosen is checked with it
        relations = [unfolded(r, definitions) for r in condition.relations]
        own = set().union(*(r.free_symbols for r in relations))
        letters = condition.letters | {symbols[s][:2] for s in own if s in symbols}
        if context.contexts and letters & contexts.SCHEDULE:  # alpha_t = 1 - beta_t, abar_t = alpha_t abar_{t-1}
            letters |= contexts.SCHEDULE
        named = own.union(*(r.free_symbols for r in condition.relations))  # gamma_t, and abar_t it is made of
        missing = {s for s in own if str(s) not in values}
        if missing and WORDS_IN_MATHS.search(condition.text):  # \text{if } x \ge 0: "if" may be read as a name
            missing.add(sp.Dummy())  # no name is free
        if any(symbols[s][:2] in letters for s in written - named) or not may_choose(
            missing, context, assumptions, reached, values
        ):
            return Verdict(
                Status.UNDECIDED,
                "a counterexample exists as the step is read, but it is not trusted: "
                f"{condition.text}, which cannot be checked at it ({verdict.counterexample.describe()})",
            )
        chosen_letters = {symbols[s][:2] for s in missing - free}
        free |= missing
        pending += [c for c in context.conditions if c not in pending and c.letters & chosen_letters]
        orders += relations + [r for s in own if s in symbols for r in _within(s, context.vocabulary.domain(
            symbols[s], kept=True))]  # fmt: skip
    if not one_per_letter(free, pending, symbols):
        return Verdict(Status.UNDECIDED, "a counterexample exists as the step is read, but it is not trusted: "
                       f"{'; '.join(c.text for c in pending)}, which cannot be checked at it "
                       f"({verdict.counterexample.describe()})")  # fmt: skip
    domains_of = {s: choice_domain(s, context, assumptions) for s in free}
    kept = settled(tuple(orders), example, domains_of)
    if kept is not None:
        return verdict if kept is example else replace(verdict, counterexample=kept)
    try:
        bounded = [Constraint(o) for o in orders] + _as_domains(orders)
        again = kernel_verdict(relation, reading, assumptions + bounded, cited, context.vocabulary, search)
    except InconsistentAssumptions:
        again = None
    found = settled(tuple(orders), again.counterexample, domains_of) if again is not None and again.refuted else None
    if found is not None:
        again = again if found is again.counterexample else replace(again, counterexample=found)
        if not _untrusted(again.counterexample, context):
            return _at_real_point(again, reading)
        again = None
    elif again is not None and again.refuted:
        again = None
    held = "it holds there" if again is not None and again.proved else "no counterexample is found there"
    shown = "; ".join(c.text for c in pending)
    unchosen = f", whatever values are chosen of {', '.join(sorted(map(str, free)))}" if free else ""
    return Verdict(Status.UNDECIDED, f"a counterexample exists only where the note's orders fail{unchosen} "
                   f"({verdict.counterexample.describe()}); where they hold ({shown}) {held}")  # fmt: skip


#: The share of a schedule name's range kept off each end when a search is narrowed for a witness.
_OFF_THE_ENDS = Fraction(1, 10)


def within_the_schedule(
    relation: Relation | str,
    reading: Reading,
    assumptions: list,
    cited: str,
    context: StepContext,
    search: bool,
    example: Counterexample,
    standard_starts: frozenset[str] = frozenset(),
) -> Verdict | None:
    """A refutation searched again with the schedule's names the counterexample draws kept where the note's
    family orders keep them (alpha_s and beta_s within the chain's bounds, abar_s in (0, 1]), whose counterexample
    a schedule witnesses and nothing else the note says leaves untrusted; None where there is none.  Names only a
    model gave values (the context's alpha_T in a Gaussian law of q) are kept off the ends of those bounds too
    (:data:`_OFF_THE_ENDS`): near an end, a schedule giving them may need more steps than a witness builds
    (alpha_T = 0.9999 below alphas falling to abar_{T-1} = 0.813 needs some 2000), and the search is only narrowed.
    Where that search finds no witnessed counterexample, it is tried once more with the names the step writes kept
    off the ends as well (beta_t = 10^-6 above every earlier beta_s, under beta_1 < ... < beta_T, needs more steps
    than abar_{t-1} = 0.999 leaves room for; beta_t = 0.1 does not): each search is only narrowed, and its
    counterexample is trusted only with its witness.  The chains of the laws in ``standard_starts`` start with
    N(0, 1), as the search being narrowed had them."""
    tried: list[list[sp.Basic]] = []
    for every_name in (False, True):
        orders = _schedule_bounds(reading, assumptions, context, example, every_name)
        if not orders or orders in tried:  # nothing to narrow, or the names narrowed are the same
            continue
        tried.append(orders)
        try:
            again = kernel_verdict(relation, reading, assumptions + [Constraint(o) for o in orders]
                                   + _as_domains(orders), cited, context.vocabulary, search, standard_starts)  # fmt: skip
        except InconsistentAssumptions:
            continue
        found = again.counterexample if again.refuted else None
        if found is not None and not _untrusted(found, context):
            if schedule_witnessed(found, context)[0] is not None:
                return again
    return None


def _schedule_bounds(
    reading: Reading, assumptions: list, context: StepContext, example: Counterexample, every_name: bool
) -> list[sp.Basic]:
    """The orders keeping the schedule's names the step writes or the counterexample's model gave values within the
    note's family bounds (:func:`within_the_schedule`), off their ends those only a model gave values, or
    ``every_name``."""
    form = schedule_witness.shape(context.schedule_said)
    bounds = {schedule_witness.ALPHA: (form.low, form.high), schedule_witness.BETA: (1 - form.high, 1 - form.low)}
    symbols = context.vocabulary.symbols
    definitions = [a for a in assumptions if isinstance(a, Definition)]
    named = _reached(reading.lhs.free_symbols | reading.rhs.free_symbols, definitions)  # abar_t: alpha_t, abar_{t-1}
    by_name = {str(symbol): symbol for symbol in symbols}
    modelled = {by_name[name] for name, _ in example.point if name in by_name} - named
    orders: list[sp.Basic] = []
    for symbol in sorted(named | modelled, key=str):
        letter = symbols.get(symbol, ("", "", ""))[:2]
        low, high = bounds.get(letter, (0, 1)) if letter in schedule_witness.FAMILIES else (None, None)
        if low is not None and (every_name or symbol in modelled):
            low, high = low + (high - low) * _OFF_THE_ENDS, high - (high - low) * _OFF_THE_ENDS
        if low is not None:
            orders += [
                sp.StrictGreaterThan(symbol - sp.Rational(low), 0),
                sp.GreaterThan(sp.Rational(high) - symbol, 0),
            ]
    return [o for o in orders if o not in (sp.true, sp.false)]


def with_schedule(verdict: Verdict, context: StepContext) -> Verdict:
    """A refutation where the note states relations among the schedule's names alone: trusted with the schedule
    that witnesses its counterexample (:func:`schedule_witnessed`), shown in its reason; else undecided."""
    if not verdict.refuted or verdict.counterexample is None or not context.schedule_said:
        return verdict
    schedule, why = schedule_witnessed(verdict.counterexample, context)
    if schedule is None:
        return Verdict(Status.UNDECIDED, "a counterexample exists as the step is read, but it is not trusted: "
                       f"{why} ({verdict.counterexample.describe()})")  # fmt: skip
    cited = "; ".join(s.reason for s in context.schedule_said)
    return replace(verdict, reason=f"{verdict.reason}; {cited}, which holds at a schedule giving those values "
                   f"({schedule.describe()})")  # fmt: skip


def schedule_witnessed(example: Counterexample, context: StepContext) -> tuple[schedule_witness.Schedule | None, str]:
    """A schedule witnessing a counterexample where the note states relations among the schedule's names alone
    (:mod:`~diffproof.notecheck.schedule_witness`): it gives the values the counterexample gives the schedule's
    names, and meets those relations, the note's definitions of the schedule's names and the values the note gives
    the indices' letters (T = 1000; any other relation of a letter it needs, t = T, is not read).  None with why
    where none is found; None with '' where the note states no such relation."""
    said = tuple(context.schedule_said)
    if not said:
        return None, ""
    cited = "; ".join(s.reason for s in said)
    if context.contexts and example.drawn:
        return None, f"{cited}, which cannot be checked at a model that draws its own schedule"
    symbols = context.vocabulary.symbols
    by_name = {str(symbol): key for symbol, key in symbols.items()}
    exact: dict = {}
    derived: dict = {}
    values = [(by_name.get(name), value) for name, value in example.point + example.chosen + example.derived]
    for key, value in values:
        if key is None or key[:2] not in schedule_witness.FAMILIES:
            continue
        if isinstance(value, str) or not math.isfinite(value):
            return None, f"{cited}, which cannot be checked where {display_name(key)} is no real number"
        if (display_name(key), value) in example.derived:
            derived[key] = float(value)
        else:
            exact[key] = Fraction(repr(float(value)))
    letters = schedule_witness.letters_of([*exact, *derived]) | {schedule_witness.SIZE}
    letters |= schedule_witness.letters_of(
        n.key for s in said for o in s.operands if o is not None for n in schedule_witness.syntax_nodes(o)
        if isinstance(n, syntax.Name)
    )  # fmt: skip
    fixed: dict[str, int] = {}  # the size the model writes its sums out at (T = 2)
    for key, value in values:
        if key is not None and key[0] in letters and not key[1] and not key[2] and not isinstance(value, str):
            if not float(value).is_integer():
                return None, f"{cited}, which cannot be checked where {key[0]} is no integer"
            fixed[key[0]] = int(value)
    for item in context.index_statements:
        statement = item.name.node
        written = {n.base for n in nodes(statement) if isinstance(n, syntax.Name)}
        if not written & letters:
            continue
        value = _letter_value(statement)
        if value is None or fixed.get(value[0], value[1]) != value[1]:
            return None, f"{cited}, with {item.text[:60]} (line {item.line}), which is not read"
        fixed[value[0]] = value[1]
    definitions = tuple(
        (symbols[d.lhs], d.rhs, d.name)
        for d in context.defined.values()
        if isinstance(d, Definition) and d.lhs in symbols and symbols[d.lhs][:2] in schedule_witness.FAMILIES
    )
    demands = schedule_witness.Demands(exact, derived, said, definitions, symbols, fixed)
    schedule, failed = schedule_witness.witness(demands)
    if schedule is None:
        return None, f"no schedule gives its values and meets {cited} ({failed})"
    broken = _index_condition_broken(schedule, context)
    if broken:
        return None, f"{cited}, at a schedule ({schedule.describe()}) where {broken}"
    return schedule, ""


def _index_condition_broken(schedule: schedule_witness.Schedule, context: StepContext) -> str:
    """The first condition the step is claimed under (:attr:`StepContext.conditions`: an order stated plainly, a
    case beside the step, an index's range) that orders the indices' letters and fails at the values ``schedule``
    gives them (T \\le 5 at T = 192), or cannot be checked there (a letter it gives no value), as its text; else ''.
    A witness must meet every bound the note claims its steps under, not only the indices' values."""
    symbols = context.vocabulary.symbols
    letters = {
        s: schedule.letters[k[0]] for s, k in symbols.items() if not k[1] and not k[2] and k[0] in schedule.letters
    }
    for condition in context.conditions:
        relations = [r for r in condition.relations if r.free_symbols & set(letters)]
        held = [r.xreplace({s: sp.Integer(v) for s, v in letters.items()}) for r in relations]
        if any(h is not sp.true for h in held):
            failed = any(h is sp.false for h in held)
            return f"{condition.text[:60]} {'fails' if failed else 'cannot be checked'}"
    return ""


def _letter_value(statement: syntax.Node) -> tuple[str, int] | None:
    """``T = 1000`` (or ``1000 = T``) as the letter and its value, None for any other relation of indices."""
    if not isinstance(statement, syntax.Statement) or statement.relations != ("=",):
        return None
    for name, number in (statement.operands, statement.operands[::-1]):
        if isinstance(name, syntax.Name) and not (name.decoration or name.index) and isinstance(number, syntax.Number):
            return (name.base, int(number.text)) if number.text.isdigit() else None
    return None


def _drawn_keys(example: Counterexample, context: StepContext) -> set:
    """The keys of every name a counterexample's model gives a value: its point's names (a Gaussian model's alpha_T
    and abar_{T-1}, the variance s of a stated law, the size T the sums are written out at), whether or not the
    step writes them, and, where the model drew its own schedule for a declared context's Gaussian steps (not in
    the point), every name of the schedule and of the context's noises, at every index."""
    symbols, random = context.vocabulary.symbols, context.vocabulary.is_random
    by_name = {str(symbol): key for symbol, key in symbols.items() if not random(symbol)}  # x_0's law: see doubts
    keys = {by_name[name] for name, _ in example.point + example.derived if name in by_name}
    if context.contexts and example.drawn:
        keys |= {(*letter, "*") for letter in contexts.SCHEDULE} | {(noise, "", "*") for noise in contexts.NOISES}
    return keys


def _unheld(keys: set, context: StepContext) -> str:
    """What the note says of the names a counterexample's model gives values (:func:`_drawn_keys`) that the model
    may break: something unmodelled (a value in a sentence, alpha_T = 0; a law in words), or a value it defines
    at a generic index the model gives other indices of (alpha_t := 1/4, where the model draws alpha_1 and alpha_2),
    or at any index of a schedule the model drew itself; '' where there is none.  The orders it states are checked at the point by :func:`where_stated`."""
    if not keys:
        return ""
    said = disputed_reason(context, keys)
    if said:
        return said
    symbols, random = context.vocabulary.symbols, context.vocabulary.is_random
    for definition in context.defined.values():
        name = definition.lhs
        if name not in symbols or random(name):
            continue
        if not all(getattr(s, "is_integer", False) for s in definition.rhs.free_symbols):
            continue  # not a value (of its index): its ties are checked as the orders are
        index = symbols[name][2]  # beta_t = 1 - alpha_t at the same index is the value too; alpha_1 is not
        generic = any(character.isalpha() for character in index)  # alpha_1 := 1 says nothing of alpha_2
        letters = {key[:2] for key in linked(context, {symbols[name]})} | {symbols[name][:2]}
        if any(key[:2] in letters and (key[2] == "*" or generic and key[2] != index) for key in keys):
            return definition.name
    return ""


def _family_value(example: Counterexample, context: StepContext) -> str:
    """A definition that gives a name at an index of letters a value at each index (``x_i = -i``, ``x_{2i} = i``,
    ``x_i = -1`` for every i: :func:`~diffproof.notecheck.orders_not_taken.index_parts`), written in those letters
    alone once the names the note defines as numbers are written in (``x_i = c i`` after ``c = -1``), or in other
    names where it has a sign whatever they are (``x_i = -1 - y^2``, ``x_i = -y_i^2 - 1``: :func:`_signs`) and the
    value breaks it (:func:`_breaks`), where the counterexample's model gives the same name at another index its own
    value (x_1 = 0.82): the kernel writes
    the value in for x_i alone, but the note gives it to x_1 too, and the model may break it, random name or not;
    its name, else ''."""
    symbols = context.vocabulary.symbols
    by_name = {str(symbol): key for symbol, key in symbols.items()}
    drawn = {
        by_name[name]: value for name, value in example.point + example.chosen + example.derived if name in by_name
    }
    numbers = {d.lhs: d.rhs for d in context.defined.values() if isinstance(d.rhs, sp.Expr) and d.rhs.is_number}
    for definition in context.defined.values():
        key = symbols.get(definition.lhs)
        parts = index_parts(key[2]) if key is not None else None  # x_i, x_{i+1}, x_{2i}
        if parts is None or not isinstance(definition.rhs, sp.Expr):
            continue
        written = {letter for _, letter, _ in parts}
        letters = {symbol for symbol, k in symbols.items() if not k[1] and not k[2] and k[0] in written}
        body = definition.rhs.xreplace(numbers)  # c i after c = -1: -i
        members = [(k, value) for k, value in drawn.items() if k[:2] == key[:2] and k[2] != key[2]]
        if members and (
            body.free_symbols <= letters
            or not all(_member_kept(body, key, member, value, symbols, drawn) for member, value in members)
        ):
            return definition.name
    return ""


def _member_kept(
    body: sp.Expr,
    key: tuple[str, str, str],
    member: tuple[str, str, str],
    value: float | str,
    symbols: dict,
    drawn: dict,
) -> bool:
    """Whether a member's drawn ``value`` keeps what the family ``key := body`` says of it.  A body whose other names
    the family's index does not index (``x_i = y^2 - 3``: every member is y^2 - 3) is the member's value itself,
    its index letters at the member's index (:func:`~.orders_not_taken._at_index`) and its names at the point's
    values: kept only where the two agree, never where a name has no value there (it cannot be checked).  A body
    writing names the index moves (abar_t = alpha_t abar_{t-1}) is checked by the sign it has whatever they are
    (:func:`_breaks`), the rest left to the kernel, which writes it in at its own index."""
    at = _at_index(_index_letters(key, symbols), member, key)
    if at is None:
        return True  # x_{2i} never reaches x_3: the family says nothing of it
    moved = {letter for _, letter, _ in index_parts(key[2]) or () if letter}
    rest = body.free_symbols - set(at)
    if any(moved & set(re.findall(r"[A-Za-z]+", symbols.get(s, ("", "", ""))[2])) for s in rest):
        return not _breaks(body, value)
    point = {s: drawn[symbols[s]] for s in rest if symbols.get(s) in drawn}
    if isinstance(value, str) or len(point) < len(rest) or any(isinstance(v, str) for v in point.values()):
        return False
    found = body.xreplace({**at, **{s: sp.Float(v) for s, v in point.items()}})
    return found.is_number and found.is_real and math.isclose(float(found), value, rel_tol=1e-6, abs_tol=1e-6)


def _breaks(body: sp.Expr, value: float | str) -> bool:
    """Whether a member's drawn ``value`` breaks a sign the family's ``body`` has whatever its other names are
    (:func:`_signs`: x_1 = 0.82 where x_i = -1 - y^2 < 0), a value that is no real number breaking any; one that keeps
    it (abar_{t-1} = 0.999998 where abar_t = alpha_t abar_{t-1} > 0) is left to the kernel, which checks the
    definition where it writes it in."""
    if isinstance(value, str):
        return any(sign is True for sign in _signs(body))
    kept = (value > 0, value < 0, value >= 0, value <= 0)
    return any(sign is True and not holds for sign, holds in zip(_signs(body), kept))


def _signs(body: sp.Expr) -> tuple[bool | None, ...]:
    """Whether a family's ``body`` is shown positive, negative, nonnegative, nonpositive whatever its other names are
    (``-1 - y^2 < 0``): a bound each member keeps (a body of no known sign, ``\\sqrt{\\alpha_t} x_{t-1} + \\sqrt{1 -
    \\alpha_t}\\epsilon_{t-1}``, is left to the kernel, which writes it in at its own index)."""
    return (body.is_positive, body.is_negative, body.is_nonnegative, body.is_nonpositive)


def _untrusted(example: Counterexample, context: StepContext) -> str:
    """What the note says of the names a counterexample's model gives values that it may break (:func:`_unheld`,
    :func:`_family_value`), '' where there is none."""
    return _unheld(_drawn_keys(example, context), context) or _family_value(example, context)


def _as_domains(orders: list[sp.Basic]) -> list[Domain]:
    """The orders on one real name alone (``1 - s >= 0``) as its domain, so that a search draws its points there (a
    constraint only rejects the points drawn outside it, maybe all of them); none for an integer (a size)."""
    found = []
    for order in orders:
        if len(order.free_symbols) != 1:
            continue
        (symbol,) = order.free_symbols
        if symbol.is_integer:
            continue
        try:
            solved = sp.solveset(order, symbol, sp.Reals)
        except (NotImplementedError, TypeError, ValueError):
            continue
        if isinstance(solved, sp.Interval):
            found.append(Domain(symbol, solved.intersect(implied_set(symbol))))
    return found


def _reached(symbols: set[sp.Symbol], definitions: list[Definition]) -> set[sp.Symbol]:
    """``symbols`` and those the definitions of them are written in, and so on (s := a + b reaches a and b)."""
    found, grown = set(symbols), True
    while grown:
        grown = False
        for definition in definitions:
            if definition.lhs in found and not definition.rhs.free_symbols <= found:
                found |= definition.rhs.free_symbols
                grown = True
    return found


def _within(symbol: sp.Symbol, domain: sp.Set) -> list[sp.Basic]:
    """The ends of an interval ``symbol`` lies in, as relations ``symbol - a > 0``, ``b - symbol >= 0``."""
    if not isinstance(domain, sp.Interval):
        return []
    ends = []
    if domain.inf.is_finite:
        ends.append((sp.StrictGreaterThan if domain.left_open else sp.GreaterThan)(symbol - domain.inf, 0))
    if domain.sup.is_finite:
        ends.append((sp.StrictGreaterThan if domain.right_open else sp.GreaterThan)(domain.sup - symbol, 0))
    return [end for end in ends if end not in (sp.true, sp.false)]  # sigma - 0 > 0 of a positive symbol


def _at_real_point(verdict: Verdict, reading: Reading) -> Verdict:
    """A refutation whose counterexample gives a side no real value (``x^{1/3}`` after ``x := -8``, SymPy's complex
    root) shows nothing over the reals: undecided."""
    example = verdict.counterexample
    if not verdict.refuted or example is None or not any(isinstance(v, str) for v in (example.lhs, example.rhs)):
        return verdict
    return Verdict(Status.UNDECIDED, "a side as written is not a real number at the counterexample "
                   f"({_not_real_because(reading)}): {example.describe()}")  # fmt: skip


def _not_real_because(reading: Reading) -> str:
    """What the step writes that may be no real number, as said: an odd root of a number that may be negative (real
    over the reals, where SymPy's power is the principal, complex, root), an even root of one (SymPy writes sqrt(-4)
    as 2i), a logarithm of one; else both that may be, as the reader is not told which."""
    sides = (reading.lhs, reading.rhs)
    roots = [a for side in sides for a in side.atoms(sp.Pow) if a.exp.is_Rational and not a.exp.is_Integer]
    degrees = {a.exp.q % 2 for a in roots if a.base.is_nonnegative is not True}  # 1: odd, 0: even
    logarithm = any(a.is_positive is not True for a in reading.parsed.positive)
    if any(side.has(sp.I) for side in sides) and not logarithm:
        degrees.add(0)  # an even root SymPy has written out
    said = {
        "an odd root of a negative number, SymPy's complex root where a reader over the reals means the real one": (
            1 in degrees
        ),
        "an even root of a negative number": 0 in degrees,
        "the logarithm of a negative number": logarithm,
    }
    return ", or ".join(kind for kind, written in said.items() if written) or (
        "an even root of a negative number, or the logarithm of one"
    )


def _value_unread(parsed: Parsed, context: StepContext, stated: list) -> str:
    """Why a divisor, a logarithm's argument or an even root's radicand is not shown fit, where it writes a name
    whose value the note states but could not be read (x := \\sin(\\pi)): that value may be 0, or negative; or where
    the step is said at a value not read (\\text{at } x = 0 \\text{ respectively}), which may be such a value
    where what the step writes is not fit by its names' own domains; else ''."""
    unread = {
        item.name.node.key: item.text
        for item in stated
        if item.kind == "definition" and not item.readable and item.name is not None
        and isinstance(item.name.node, syntax.Name)
    }  # fmt: skip
    beside = next((item.text for item in context.valued if item.origin == "case" and not _read(item, context)
                   and not indices_only(item)), "")  # fmt: skip
    written = (
        (DIVISOR, parsed.divisors),
        (LOGARITHM, parsed.positive),
        (ROOT, parsed.nonnegative),
        (ODD_ROOT, parsed.odd_roots),
    )
    unscripted = _SCRIPT.sub("", beside)
    number_said = _A_NUMBER_SET.search(unscripted) or _A_NUMBER_BESIDE.search(unscripted)
    signed = _without_conventions if number_said else (lambda expr: expr)
    for item in context.valued:
        if item.origin == "case" and not indices_only(item):
            at = _case_beyond_conventions(item, context)
            if at is not None and any(requirement.sign(point) is not True for requirement, exprs in written
                                      for expr in exprs for point in at(expr)):  # fmt: skip
                return (f"the step is said where a name leaves its convention (${item.text[:60]}$), where its "
                        "divisors, logarithms and roots are not shown to have a value")  # fmt: skip
    if beside and any(requirement.sign(signed(expr)) is not True for requirement, exprs in written for expr in exprs):
        return (f"the step is said at a value ({beside[:60]}) that could not be read, where its divisors, logarithms "
                "and roots are not shown to have a value")  # fmt: skip
    if not unread:
        return ""
    for expr in (*parsed.divisors, *parsed.positive, *parsed.nonnegative, *parsed.odd_roots):
        for symbol in sorted(expr.free_symbols, key=str):
            text = unread.get(context.vocabulary.symbols.get(symbol))
            if text is not None:
                return (f"the step writes ${sp.latex(expr)}$ where it needs a number of one sign, and the value the "
                        f"note gives ${sp.latex(symbol)}$ ({text[:60]}) could not be read")  # fmt: skip
    return ""


_NUMBER_WRITTEN = r"[-+]?\s*(?:\d+(?:\.\d+)?|\\[dt]?frac\{\d+\}\{\d+\})"
#: A name or a tuple of names set to a number or a tuple of numbers (``\\sigma = 0``, ``= -1``, ``= \\frac{1}{2}``,
#: ``(\\sigma, \\mu) = (0, 1)``), the value ending where the maths, a list or a remark does (``\\sigma = 0, \\mu =
#: 1``, ``\\sigma = 0 \\text{ (no noise)}``, ``\\quad``; not a range's first member, ``t = 1, 2, \\ldots, T``): a
#: value that may lie outside a name's convention, unlike a formula of names that keep theirs (``\\bar\\alpha_t =
#: \\prod_\\tau \\alpha_\\tau``, ``\\sigma = 0.5 x``).
_A_NUMBER_SET = re.compile(
    rf"=\s*(?:{_NUMBER_WRITTEN}|\(\s*{_NUMBER_WRITTEN}(?:\s*,\s*{_NUMBER_WRITTEN})*\s*\))"
    r"(?=\s*(?:[$;)]|,(?![^$]*(?:\\[lc]?dots|\.\.\.|…))|\\(?:text|textrm|mbox|q?quad)(?![A-Za-z])|\\[,;:!]"
    r"|\.?\s*(?:\$|$)))"
)
#: A number said beside the step other than as a name's value after '=': on a relation's left (``0 = \\sigma``, ``0
#: \\le \\sigma``) or as a member of a finite set of numbers written out (``\\sigma \\in \\{0, 1\\}``), a value
#: that may lie outside a name's convention as ``\\sigma = 0`` does.
_A_NUMBER_BESIDE = re.compile(
    rf"\$\s*{_NUMBER_WRITTEN}\s*(?:=|<|>|\\le|\\ge|\\leq|\\geq)(?![A-Za-z])"
    rf"|\\in\s*\\\{{\s*{_NUMBER_WRITTEN}(?:\s*,\s*{_NUMBER_WRITTEN})*\s*\\\}}"
)
#: A relation of the parser as SymPy writes it.
_RELATION = {"=": sp.Eq, "<": sp.Lt, ">": sp.Gt, "<=": sp.Le, ">=": sp.Ge}


def _case_beyond_conventions(item: Stated, context: StepContext) -> Callable[[sp.Expr], list[sp.Expr]] | None:
    """Where the case ``item`` (read: ``\\sigma \\ge 0``, ``\\sigma^2 = 0``) takes a name beyond its convention
    (sigma > 0): the case, said of the step, then replaces the convention.  The result writes an expression at the
    case's points (:func:`_at_points`), or with each name a real of no convention where the case has several names
    and a number on a side, or its set is not found (fail-safe); None where the case stays within the conventions,
    or relates names by a formula of them only (beta_t = 1 - alpha_t: a name so written keeps its convention)."""
    if item.name is None or not isinstance(item.name.node, syntax.Statement) or not item.name.node.relations:
        return None
    node = item.name.node
    try:
        sides = [translate(Formula(item.text, item.line, operand), context.vocabulary)[0] for operand in node.operands]
    except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
        return _series_case(item, context)
    names = set().union(*(side.free_symbols for side in sides))
    if all(_convention(s) == sp.S.Reals for s in names):
        return None
    if len(names) != 1 and not any(side.is_number for side in sides):
        return (
            None  # a formula of names (beta_t = 1 - alpha_t) keeps their conventions, as _A_NUMBER_SET's reading does
        )
    if len(names) != 1 or not set(node.relations) <= set(_RELATION):
        return _anywhere
    (name,) = names
    real = sp.Symbol(name.name, real=True)
    sides = [side.xreplace({name: real}) for side in sides]  # the relation as said, not as the convention decides it
    try:
        relations = [_RELATION[r](a, b) for r, a, b in zip(node.relations, sides, sides[1:], strict=False)]
        taken = sp.Intersection(*(sp.solveset(r, real, sp.S.Reals) for r in relations))
        if (taken - _convention(name)).is_empty:
            return None
    except (TypeError, ValueError, NotImplementedError, AttributeError):
        return _anywhere
    return partial(_at_points, name, taken)


def _series_case(item: Stated, context: StepContext) -> Callable[[sp.Expr], list[sp.Expr]] | None:
    """A case equating a name to a sum or product over an index (``\\bar\\alpha_t = \\prod_{\\tau=1}^t
    \\alpha_\\tau``), which the translator reads only in a step that writes one: the name takes the values the
    series has whatever its terms are within their conventions (:func:`_series_values`).  None where those lie
    within the name's convention (the case restates what the convention gives: no case); else the name at them, or
    anywhere (:func:`_anywhere`, fail-safe) for a case of any other shape not read."""
    node = item.name.node
    if node.relations != ("=",) or len(node.operands) != 2:
        return _anywhere
    named, series = node.operands if isinstance(node.operands[1], syntax.Series) else node.operands[::-1]
    if not isinstance(series, syntax.Series) or not isinstance(named, syntax.Name):
        return _anywhere
    try:
        name = translate(Formula(item.text, item.line, named), context.vocabulary)[0]
        taken = _series_values(series, item, context)
    except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
        return _anywhere
    if not isinstance(name, sp.Symbol):
        return _anywhere
    if (taken - _convention(name)).is_empty:
        return None
    return partial(_at_points, sp.Symbol(name.name, real=True), taken)


#: The values a sum or a product of terms in a set takes, however many terms it has (none: 0 or 1), by the
#: terms' sign: a product of positive terms is positive, of nonnegative ones nonnegative; a sum of either
#: nonnegative.
_SERIES_VALUES = {
    ("prod", "positive"): sp.Interval.open(0, sp.oo),
    ("prod", "nonnegative"): sp.Interval(0, sp.oo),
    ("sum", "positive"): sp.Interval(0, sp.oo),
    ("sum", "nonnegative"): sp.Interval(0, sp.oo),
}


def _series_values(series: syntax.Series, item: Stated, context: StepContext) -> sp.Set:
    """The reals ``series`` may take, its terms within their names' conventions (:data:`_SERIES_VALUES`): over
    finitely many terms (both limits written and finite: a product of infinitely many positive terms may be 0), its
    body read alone, which must write its index only as another name's index (``\\alpha_\\tau``: a member of a
    family, whose convention each member keeps; a bare ``\\tau`` runs over limits the convention of the letter does
    not give); every real for any other series (fail-safe)."""
    index = series.index.base if isinstance(series.index, syntax.Name) else None
    if index is None or any(isinstance(n, syntax.Name) and n.base == index for n in syntax.nodes(series.body)):
        return sp.S.Reals
    limits = [translate(Formula(item.text, item.line, end), context.vocabulary)[0] if end is not None else sp.oo
              for end in (series.lower, series.upper)]  # fmt: skip
    if any(limit.is_finite is not True for limit in limits):
        return sp.S.Reals
    body = translate(Formula(item.text, item.line, series.body), context.vocabulary)[0]
    sign = next((s for s in ("positive", "nonnegative") if getattr(body, f"is_{s}") is True), None)
    return _SERIES_VALUES.get((series.operator, sign), sp.S.Reals)


def _at_points(name: sp.Symbol, taken: sp.Set, expr: sp.Expr) -> list[sp.Expr]:
    """``expr`` with ``name`` over ``taken`` only, as expressions a sign must be shown of: at each of finitely many
    values; from a half-line's finite lower end on, that end plus a fresh positive (or nonnegative) amount; else the
    name a real of no sign."""
    if isinstance(taken, sp.FiniteSet):
        return [expr.xreplace({name: value}) for value in taken]
    if isinstance(taken, sp.Interval) and taken.start.is_finite:
        amount = sp.Dummy(positive=True) if taken.left_open else sp.Dummy(nonnegative=True)
        return [expr.xreplace({name: taken.start + amount})]
    return [expr.xreplace({name: sp.Symbol(name.name, real=True)})]


def _anywhere(expr: sp.Expr) -> list[sp.Expr]:
    """``expr`` with each name a real of no convention (:func:`_without_conventions`), as :func:`_at_points` writes."""
    return [_without_conventions(expr)]


def _convention(name: sp.Symbol) -> sp.Set:
    """The reals a name's convention (its SymPy sign) allows."""
    signs = (
        ("positive", sp.Interval.open(0, sp.oo)),
        ("nonnegative", sp.Interval(0, sp.oo)),
        ("negative", sp.Interval.open(-sp.oo, 0)),
        ("nonpositive", sp.Interval(-sp.oo, 0)),
        ("nonzero", sp.S.Reals - sp.FiniteSet(0)),
    )
    return next((allowed for sign, allowed in signs if getattr(name, f"is_{sign}") is True), sp.S.Reals)


#: A subscript or superscript, where an ``=`` is a limit's (``\\prod_{\\tau=1}^t``), not a value's.
_SCRIPT = re.compile(r"[_^](?:\{[^{}]*\}|\\?\w+)")


def _without_conventions(expr: sp.Expr) -> sp.Expr:
    """``expr`` with each name a real of no other assumption: a sign a name has by convention only (sigma > 0) does
    not stand against a number the note says the step is used at, which may lie outside it ("We use it at $\\sigma =
    0$", rt65a 07)."""
    return expr.xreplace({s: sp.Symbol(s.name, real=True) for s in expr.free_symbols if isinstance(s, sp.Symbol)})


def _read(item: Stated, context: StepContext) -> bool:
    """Whether the equation ``item`` states is read: parsed, and each side translated."""
    if item.name is None or not isinstance(item.name.node, syntax.Statement):
        return False
    try:
        for operand in item.name.node.operands:
            translate(Formula(item.text, item.line, operand), context.vocabulary)
    except (InvalidAnswer, Unmodelled, TypeError, ValueError, NotImplementedError):
        return False
    return True


def _defined_unread(expr: sp.Expr, values: Known, context: StepContext, stated: list) -> str:
    """A name ``expr`` writes that the note defines but whose value was not read (b := ∞), as ``$b$ (its text)``;
    else ''."""
    defined = {
        item.name.node.key: item.text
        for item in stated
        if item.kind == "definition" and item.name is not None and isinstance(item.name.node, syntax.Name)
    }  # fmt: skip
    for symbol in sorted(expr.free_symbols - set(values.values), key=str):
        text = defined.get(context.vocabulary.symbols.get(symbol))
        if text is not None:
            return f"${sp.latex(symbol)}$ ({text[:60]})"
    return ""


def _shown_either_way(shown: Callable[[sp.Expr], bool], expr: sp.Expr, values: Known, context: StepContext) -> bool:
    """Whether ``shown`` holds of ``expr`` with what the note defines written in, and also with the functions its
    equations give (``Let $f(x) = 1/(x - 1/2)$``: :func:`~diffproof.notecheck.stated_values.equated_functions`)
    written in: the equation may define f or state it at one point, so neither reading alone is trusted."""
    if not shown(_functions_written_in(expr, values, context)):
        return False
    equated = equated_functions(values)
    if not equated or not any(f in equated for f in (a.func for a in expr.atoms(sp.core.function.AppliedUndef))):
        return True
    return shown(_functions_written_in(expr, replace(values, functions={**equated, **values.functions}), context))


def _functions_written_in(expr: sp.Expr, values: Known, context: StepContext) -> sp.Expr:
    """``expr`` with the functions, densities and values the note defines written in (f(x) := 1/x and f'(x) its
    derivative, p(x) := 1/(π(1 + x^2)), b := ∞), so that whether an integral or an expectation of f exists is asked
    of what the note defines, not of an unknown function or law, over the range it gives (``expr`` itself where
    writing them in fails)."""
    functions = dict(values.functions)
    for applied in expr.atoms(sp.core.function.AppliedUndef):
        name = applied.func.__name__
        base = name.rstrip("'")
        defined = next((lam for f, lam in values.functions.items() if f.__name__ == base), None)
        if base != name and defined is not None and len(defined.variables) == 1:
            (variable,) = defined.variables
            functions[applied.func] = sp.Lambda(variable, sp.diff(defined.expr, variable, len(name) - len(base)))
    densities = {
        (d.lhs.name, len(d.lhs.variables)): sp.Lambda(d.lhs.variables, d.rhs)
        for d in context.defined.values()
        if isinstance(d.lhs, Density) and not d.lhs.given and d.lhs.parameters is None
        and all(isinstance(v, sp.Symbol) for v in d.lhs.variables) and len(set(d.lhs.variables)) == len(d.lhs.variables)
    }  # fmt: skip
    if densities:
        expr = expr.replace(
            lambda e: isinstance(e, Density) and not e.given and (e.name, len(e.variables)) in densities,
            lambda e: densities[e.name, len(e.variables)](*e.variables),
        )
    if not functions and not values.values:
        return expr
    try:
        return Known(values.values, functions, ()).written_in(expr)
    except (TypeError, ValueError):
        return expr


def _under_stated_law(
    expectation: Expectation, context: StepContext, worded: dict[sp.Symbol, set[tuple[sp.Expr, ...]]]
) -> Expectation:
    """``expectation`` over the law the note states of its variables where it is written without one (E[e^{x^2}]
    beside x ~ N(0, 1), or beside "$x$ is standard normal", a law ``worded``: the unnamed law P(x) is N(x; 0, 1)),
    so that whether it exists is asked of that law; itself where a variable has no one Gaussian law stated."""
    measure = expectation.measure
    if not (isinstance(measure, Density) and measure.name == UNNAMED_LAW and not measure.given):
        return expectation
    laws = [set(context.gaussians.get(v, {}).values()) | worded.get(v, set()) for v in measure.variables]
    if not measure.variables or any(len(law) != 1 or None in law for law in laws):
        return expectation
    stated = sp.Mul(*(Normal(v, *next(iter(law))) for v, law in zip(measure.variables, laws)))
    return Expectation(expectation.expr, stated, expectation.variables)


def _heavy_variable(expectation: Expectation, tails: dict[sp.Symbol, Tail]) -> sp.Symbol | None:
    """The variable of ``expectation`` the note gives a law with a heavy tail (:mod:`.statements.tails`) and its
    integrand depends on, where its law is not written as a Gaussian (an expectation against N(x; 0, 1) is that
    integral, whatever law x is said to follow); None where there is none."""
    if isinstance(expectation.measure, Normal):
        return None
    return next((v for v in expectation.variables if v in tails and expectation.expr.has(v)), None)


def _under_tails(expectation: Expectation, tails: dict[sp.Symbol, Tail]) -> bool:
    """Whether ``expectation`` is shown to exist under the heavy tail the note gives its variable
    (:func:`_heavy_variable`; trivially where it has none): over that variable alone, by comparison with the tail
    (:func:`~derivations.kernel.convergence.tail_expectation_shown_to_exist`); over several, not shown."""
    variable = _heavy_variable(expectation, tails)
    if variable is None:
        return True
    if tuple(expectation.variables) != (variable,):
        return False
    return tail_expectation_shown_to_exist(expectation.expr, variable, tails[variable].exponent)


def where_defined(
    verdict: Verdict, reading: Reading, context: StepContext, stated: list, assumptions: list = ()
) -> Verdict:
    """A proof stands only where the step as written has a value.  SymPy cancels on construction, before the
    note's values are written in: ``x / x`` is 1, ``log x - log x`` is 0 and ``∫_1^∞ dx/x - ∫_1^∞ dx/x`` is 0.  So a
    divisor, a logarithm's argument or an even root's radicand the step writes that has no fit value where the note's
    values and equations hold (:func:`~diffproof.notecheck.stated_values.without_value`: 0 / 0, log 0), or an
    integral it writes that SymPy cancelled and that is not shown to exist (∞ - ∞), leaves the step undecided."""
    if not verdict.proved:
        return verdict
    written = reading.lhs.free_symbols | reading.rhs.free_symbols
    parsed = through_definitions(reading.parsed, written, context, stated)
    # What the note says of its names, read only where a divisor, root, logarithm or variance needs it
    values = (
        known(context, stated, assumptions)
        if parsed.divisors
        or parsed.positive
        or parsed.nonnegative
        or parsed.odd_roots
        or reading.parsed.variances
        or reading.parsed.integrals
        or reading.parsed.expectations
        else None
    )
    first_step = ""  # why the step has no value at its index's first step only, where it has one at every other
    if parsed.divisors or parsed.positive or parsed.nonnegative or parsed.odd_roots:
        unread = _value_unread(parsed, context, stated) or claimed_without_value(parsed, context, stated)
        why = (
            unread
            or _merged_under_an_even_root(reading.parsed, values, orders_not_taken(stated, context))
            or without_value(parsed, values)
        )
        if why and values.first_steps and not unread:
            first_step = "" if without_value(parsed, replace(values, first_steps={})) else why
        if why and not first_step:
            return Verdict(Status.UNDECIDED, f"{why}: the step has no value there (SymPy cancelled it as written)")
    sides = (reading.lhs, reading.rhs)
    for integral in reading.parsed.integrals:
        if any(len(limit) == 3 and limit[1] == limit[2] and limit[1].is_infinite for limit in integral.limits):
            return Verdict(Status.UNDECIDED, f"the step writes ${sp.latex(integral)}$, from an infinity to itself: the "
                           "integral from a to b need not have a limit as a and b grow together, so it has no value "
                           "as written")  # fmt: skip
        # f(x) := 1/x: 1/x's integral is asked
        exists = _shown_either_way(shown_to_exist, integral, values, context)
        unread = "" if any(side.has(integral) for side in sides) else _defined_unread(integral, values, context, stated)
        if unread:
            return Verdict(Status.UNDECIDED, f"the step writes ${sp.latex(integral)}$, which SymPy cancelled as written, "
                           f"and the value the note gives {unread} could not be read: whether it exists is not "
                           "shown (∞ - ∞ has no value)")  # fmt: skip
        if not any(side.has(integral) for side in sides) and not exists:
            return Verdict(Status.UNDECIDED, f"the step writes ${sp.latex(integral)}$, which is not shown to exist, and "
                           "SymPy cancelled it as written (∞ - ∞ has no value)")  # fmt: skip
        if integral.has(Normal) and not exists:  # an expectation under a Gaussian, as below
            return Verdict(Status.UNDECIDED, f"the step writes ${sp.latex(integral)}$, an integral against a Gaussian "
                           "that is not shown to exist, so neither splitting it by linearity nor cancelling it is "
                           "shown (∞ - ∞ has no value)")  # fmt: skip
    tails = (
        transformed_tails(stated, context.vocabulary, tails_stated(stated, context.vocabulary))
        if reading.parsed.expectations
        else {}
    )
    worded = normals_stated(stated, context.vocabulary) if reading.parsed.expectations else {}
    for expectation in reading.parsed.expectations:
        asked = _under_stated_law(expectation, context, worded)
        if not _shown_either_way(expectation_exists, asked, values, context):
            return Verdict(Status.UNDECIDED, f"the step writes ${sp.latex(asked)}$, an expectation not shown to exist "
                           "(its integrand against its law is not shown continuous and decaying), so neither "
                           "cancelling it nor splitting it by linearity is shown (∞ - ∞ has no value)")  # fmt: skip
        heavy = _heavy_variable(expectation, tails)
        if heavy is not None and not _shown_either_way(partial(_under_tails, tails=tails), expectation, values,
                                                       context):  # fmt: skip
            return Verdict(Status.UNDECIDED, f"the step writes ${sp.latex(expectation)}$, and the note gives "
                           f"${sp.latex(heavy)}$ a law with a heavy tail or one not read ({tails[heavy].said[:60]}) under which this "
                           "expectation is not shown to exist (the Cauchy law has no mean), so neither cancelling it "
                           "nor splitting it by linearity is shown (∞ - ∞ has no value)")  # fmt: skip
    for variance in reading.parsed.variances:
        indexed_at, undecided = _at_indices(variance, reading.parsed.ranges, VARIANCE)  # N(x; 0, t - 1): at t = 1
        if undecided:
            return Verdict(Status.UNDECIDED, f"the step writes a Gaussian of variance ${sp.latex(variance)}$"
                           f"{undecided}: where it has no density is not shown")  # fmt: skip
        for where, indexed in indexed_at:
            at = values.written_in(indexed)
            if at.is_positive is False or at != variance and sp.simplify(at).is_positive is False:
                made = f", which {'is' if where else 'the note makes'} ${sp.latex(at)}$" if at != variance else ""
                return Verdict(Status.UNDECIDED, f"the step writes a Gaussian of variance ${sp.latex(variance)}$"
                               f"{made}{where}, not positive: no density, so the step has no value")  # fmt: skip
        at = values.written_in(variance)
        said = _variance_made_nonpositive(at, values, context)
        if said:
            return Verdict(Status.UNDECIDED, f"the step writes a Gaussian of variance ${sp.latex(variance)}$, which "
                           f"{said}: no density, so the step has no value")  # fmt: skip
    if first_step:
        return Verdict(Status.UNDECIDED, _after_the_first_step(first_step, verdict, parsed, values))
    return verdict


def _merged_under_an_even_root(parsed: Parsed, values: Known, stated_orders: tuple[sp.Basic, ...]) -> str:
    """Why an even root the step writes of a name whose value is an even power of an odd root (y := x^{2/3}, then
    sqrt(y)) is not read as written out: the translator takes x^{2/3} under an even root as its real value
    |x|^{2/3} (:func:`~diffproof.answers.notation.real_under_an_even_root`), but SymPy merges (x^{2/3})^{1/2} into
    x^{1/3} as the value is written in, the real value only where x >= 0; so x must be shown nonnegative where the
    note's orders hold, with those it states but does not assume (``stated_orders``: "Let $x$ be real with $x >
    0$"); else ''."""
    for radicand in parsed.nonnegative:
        for symbol in sorted(radicand.free_symbols & values.values.keys(), key=str):
            try:
                value = values.written_in(symbol)
            except (TypeError, ValueError):
                continue
            for power in sorted(value.find(even_power_of_an_odd_root), key=str):
                if within_orders(ROOT, power.base, (*values.orders, *stated_orders)).kind != "meets":
                    return (f"the step takes an even root of ${sp.latex(symbol)}$, which the note makes "
                            f"${sp.latex(value)}$: written in, SymPy merges the even root of ${sp.latex(power)}$ "
                            f"into a power of ${sp.latex(power.base)}$, its real value only where "
                            f"${sp.latex(power.base)} \\ge 0$, not shown")  # fmt: skip
    return ""


def _after_the_first_step(why: str, verdict: Verdict, parsed: Parsed, values: Known) -> str:
    """Why a proof that stands wherever the step's index is past its first step is held: the step claims every index,
    and at the first one what it writes has no value (DDPM's 1 - abar_{t-1} is 1 - abar_0 = 0 at t = 1)."""
    written = set().union(
        *(e.free_symbols for e in (*parsed.divisors, *parsed.positive, *parsed.nonnegative, *parsed.odd_roots))
    )
    firsts = {letter: first for letter, first in values.first_steps.items() if first.keys() & written}
    past = ", ".join(f"${sp.latex(letter)} \\ge 2$" for letter in firsts)
    below = ", ".join(f"${sp.latex(name)} < 1$" for first in firsts.values() for name in first)
    return (f"proved for {past} (where {below}): {verdict.reason}; but the step claims its first step too, and "
            f"{why}: the step has no value there (SymPy cancelled it as written), so it is held; say that it holds for "
            f"{past} to have it proved")  # fmt: skip


def _variance_made_nonpositive(variance: sp.Expr, values: Known, context: StepContext) -> str:
    """How the note makes ``variance`` (its values written in) nonpositive, or '': an order it states that leaves the
    variance no positive value (Assume $v < 0$; $v \\le w$ beside $w \\le 0$), or an equation whose every real
    solution leaves it nonpositive (σ^2 = v beside v := -3; v^2 = 0; v + w^2 = 0 at every real w)."""
    if len(variance.free_symbols) == 1:
        (symbol,) = variance.free_symbols
        try:
            positive = sp.solveset(variance > 0, symbol, sp.Reals)
        except (NotImplementedError, TypeError, ValueError):
            positive = None
        for condition in context.conditions if positive is not None else ():
            for order in condition.relations:
                allowed = _allowed_by(order, symbol, context) if isinstance(order, sp.Rel) else None
                if allowed is not None and allowed.intersect(positive) is sp.S.EmptySet:
                    return f"the note orders ({condition.text[:60]}), which leaves it no positive value"
    elif variance.free_symbols:
        ordered = within_orders(VARIANCE, variance, values.orders)
        if ordered.kind == "fails":
            return f"the note's orders make nonpositive ({ordered.where})"
        if ordered.kind in ("empty", "open"):
            return f"is not shown positive where the note's orders hold ({ordered.where or 'not decided'})"
    unknown = sp.Dummy("variance")
    for equation in values.equations:
        try:
            written = values.written_in(equation)
            solved = written.subs(variance, unknown)
        except (TypeError, ValueError):
            continue
        if solved.free_symbols == {unknown} and solved.is_polynomial(unknown) and sp.degree(solved, unknown) == 1:
            (value,) = sp.solve(solved, unknown)
            if value.is_comparable and value.is_positive is False:
                return f"the note's equation ${sp.latex(equation)} = 0$ makes ${sp.latex(value)}$, not positive"
        if _solutions_nonpositive(variance, written):
            return f"the note's equation ${sp.latex(equation)} = 0$ leaves no positive value at any real solution"
        ordered = _solution_within_orders(variance, written, values.orders)
        if ordered:
            return f"the note's equation ${sp.latex(equation)} = 0$ and its orders make nonpositive ({ordered})"
    return ""


def _solution_within_orders(variance: sp.Expr, equation: sp.Expr, orders: tuple[sp.Basic, ...]) -> str:
    """Where ``equation = 0``, solved for a name of ``variance`` (v + w = 0: v = -w), leaves ``variance``
    nonpositive at a point the note's ``orders`` allow at that solution (w > 0), as said; or ''."""
    for symbol in sorted(variance.free_symbols & equation.free_symbols, key=str):
        if not equation.is_polynomial(symbol) or sp.degree(equation, symbol) != 1:
            continue
        solutions = sp.solve(equation, symbol)
        if len(solutions) != 1:
            continue
        (solution,) = solutions
        at = variance.subs(symbol, solution)
        left = tuple(order.subs(symbol, solution) for order in orders)
        if any(order is sp.false for order in left) or not at.free_symbols:
            continue
        ordered = within_orders(VARIANCE, at, left)
        if ordered.kind == "fails":
            return f"${sp.latex(symbol)} = {sp.latex(solution)}$, {ordered.where}"
    return ""


def _one_name_set(symbol: sp.Symbol, context: StepContext) -> sp.Set:
    """The values the note's orders in ``symbol`` alone allow it (the whole line where none is read)."""
    allowed = sp.S.Reals
    for condition in context.conditions:
        for order in condition.relations:
            if isinstance(order, sp.Rel) and order.free_symbols == {symbol}:
                try:
                    allowed = allowed.intersect(sp.solveset(order, symbol, sp.Reals))
                except (NotImplementedError, TypeError, ValueError):
                    continue
    return allowed


def _allowed_by(order: sp.Rel, symbol: sp.Symbol, context: StepContext) -> sp.Set | None:
    """The values of ``symbol`` an ``order`` allows: in ``symbol`` alone, its solution set; linear in ``symbol`` with
    other names, ``symbol <= bound`` read as ``(-∞, 0]`` where the note's orders of the other names alone make the
    bound nonpositive (v <= w beside w <= 0), ``symbol >= bound`` as ``[0, ∞)`` where they make it nonnegative."""
    if symbol not in order.free_symbols:
        return None
    try:
        if order.free_symbols == {symbol}:
            return sp.solveset(order, symbol, sp.Reals)
        if not isinstance(order, (sp.Le, sp.Lt, sp.Ge, sp.Gt)):
            return None
        gap = order.lhs - order.rhs if isinstance(order, (sp.Le, sp.Lt)) else order.rhs - order.lhs  # gap <= 0
        if not gap.is_polynomial(symbol) or sp.degree(gap, symbol) != 1:
            return None
        slope = gap.coeff(symbol, 1)
        signs = {}
        for other in gap.free_symbols - {symbol}:
            within = _one_name_set(other, context)
            if within.is_subset(sp.Interval(-sp.oo, 0)):
                signs[other] = sp.Dummy(other.name, nonpositive=True)
            elif within.is_subset(sp.Interval(0, sp.oo)):
                signs[other] = sp.Dummy(other.name, nonnegative=True)
            else:
                return None
        bound = (-(gap - slope * symbol) / slope).xreplace(signs)
        slope = slope.xreplace(signs)
    except (NotImplementedError, TypeError, ValueError, sp.PolynomialError):
        return None
    if slope.is_positive and bound.is_nonpositive:
        return sp.Interval(-sp.oo, 0)
    if slope.is_negative and bound.is_nonnegative:
        return sp.Interval(0, sp.oo)
    return None


def _solutions_nonpositive(variance: sp.Expr, equation: sp.Expr) -> bool:
    """Whether ``equation = 0`` (polynomial in a name of ``variance``) has a real solution for that name, and every
    real solution leaves ``variance`` nonpositive at every value of the other names (v^2 = 0, v + w^2 = 0, σ^3 = 0);
    a solution not known to be real or not (v = i w) leaves it undecided."""
    for symbol in sorted(variance.free_symbols & equation.free_symbols, key=str):
        if not equation.is_polynomial(symbol) or sp.degree(equation, symbol) < 1:
            continue
        try:
            solutions = sp.solve(equation, symbol, dict=False)
        except (NotImplementedError, TypeError, ValueError):
            continue
        real = [solution for solution in solutions if solution.is_real is not False]
        if not real or any(solution.is_real is not True for solution in real):
            continue
        at = [sp.simplify(variance.subs(symbol, solution)) for solution in real]
        if all(value.is_positive is False for value in at):
            return True
    return False
