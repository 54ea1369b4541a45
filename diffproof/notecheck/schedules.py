"""The note's own schedule: an equation it writes among a declared context's schedule names that no admissible
values satisfy together with the context's relations sets those relations aside.

The DDPM context says beta_t = 1 - alpha_t and abar_t = alpha_t abar_{t-1}.  A note that writes
``\\alpha_t^2 + \\beta_t^2 = 1`` (Su's notation, in a sentence) uses the names otherwise: at
alpha_t = 0.8, beta_t = 0.6 it holds, beta_t = 1 - alpha_t does not, and with it alpha_t would be 0 or 1.  A proof
is trusted only where the premises it uses are shown jointly consistent with what the note writes, so an
equation of the note among numbers, the schedule's names and other constants that is no identity once the
context's relations and the note's definitions are written out, and holds at no admissible point found (the
schedule's names in (0, 1)), makes those names the note's own: the context's relations that write them are not
used, as where the note defines them.  One that a name of the note's own can satisfy (1 / sigma~^2 =
1 / beta_{t-1} + alpha_t / beta_t) is consistent with the context.  A sentence's equation the kernel cannot read
sets the names aside too (it may say anything of them).  A display's claim is no statement of the note's
notation: it is judged against the context (one against it is refuted) and sets nothing aside.
"""

from __future__ import annotations

import copy
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import sympy as sp
from sympy.core.function import AppliedUndef

from derivations.kernel.algebra import prove_equal
from derivations.kernel.assumptions import Definition
from derivations.kernel.rules import written_out
from derivations.probability import KL, Density, Expectation, Grad, Normal
from diffproof.answers import parser as syntax
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.notation import ProbabilityTranslator
from diffproof.notecheck import contexts
from diffproof.notecheck.statements.formulas import Stated
from diffproof.notecheck.vocabulary import RANDOM, NoteVocabulary, index_value, nodes

Key = tuple[str, str, str]

#: What an equation among the schedule's names may not write: the laws and operators the context's other parts
#: (its transitions, its posterior) decide, not its schedule.
_OPERATORS = (Density, Normal, KL, Expectation, Grad, sp.Integral, sp.Sum, sp.Product, sp.Derivative, AppliedUndef)


@dataclass(frozen=True)
class Equation:
    """An equation the note states, ``operands[0] = operands[1] = ...``, on ``line``: in a sentence, or assumed
    by the sentence before a display."""

    line: int
    text: str
    operands: tuple[syntax.Node, ...]


def stated_equations(items: Iterable[Stated]) -> list[Equation]:
    """The equations among the note's statements that define no name (``\\alpha_t^2 + \\beta_t^2 = 1`` in a
    sentence), not those it denies."""
    found = []
    for item in items:
        statement = _statement(item) if item.kind in ("relation", "assumption") and not item.denied else None
        if statement is not None and set(statement.relations) == {"="}:
            found.append(Equation(item.line, item.text, statement.operands))
    return found


def _statement(item: Stated) -> syntax.Statement | None:
    """The relation a statement writes: a sentence's as read, an assumed display's (its sides) read from its text."""
    if item.name is not None and isinstance(item.name.node, syntax.Statement):
        return item.name.node
    try:
        statement = syntax.parse(item.text, notes=True)
    except (InvalidAnswer, RecursionError):
        return None
    return statement if statement.relations else None


def set_aside(
    equations: Iterable[Equation], vocabulary: NoteVocabulary, defined: Mapping[sp.Expr, object]
) -> dict[Key, str]:
    """The schedule's names (a family for a generic index: alpha_t for every alpha_k) whose relations in the
    context are set aside, each with why: those an equation among them writes that the context's relations and
    the note's definitions make neither an identity nor true at an admissible point found."""
    found: dict[Key, str] = {}
    for equation in equations:
        names = [n for operand in equation.operands for n in nodes(operand) if isinstance(n, syntax.Name)]
        schedule = sorted({_family(n.key) for n in names if n.key[:2] in contexts.SCHEDULE})
        if not schedule or any(_beyond_schedule(n) for operand in equation.operands for n in nodes(operand)):
            continue
        why = _inconsistent(equation, vocabulary, defined)
        found |= {key: why for key in schedule if why and key not in found}
    return found


def renamed(items: Iterable[Stated], vocabulary: NoteVocabulary, defined: Mapping[sp.Expr, object]) -> dict[Key, str]:
    """The schedule's names a definition of the note gives another meaning than the context's, each with why:
    ``\\alpha_t := \\bar\\alpha_t`` ("let $\\alpha_t$ denote $\\bar\\alpha_t$"), which the context's relations and the
    note's other definitions make neither an identity nor true at an admissible point found, renames alpha_t, so the
    context's statements that write it (its transitions in alpha_t) are not the note's.  One they make an identity
    (``\\alpha_t := 1 - \\beta_t``) or that an admissible point satisfies (a schedule the note chooses) keeps the
    context's meaning, and so does one of abar_t that cannot be read (a product over the steps, which the context's
    own definition is; one of another name is a renaming).  A point counts for a value the note chooses (numbers,
    names of its own, the name's own family: ``\\beta_t := 0.02``), not for a definition by other names of the schedule, which is a
    renaming unless an identity (``\\alpha_t := \\bar\\alpha_{t-1}``: no point at t = 1, where abar_0 = 1)."""
    found: dict[Key, str] = {}
    for item in items:
        if item.kind != "definition" or item.denied or item.name is None or item.body is None:
            continue
        name, body = item.name.node, item.body.node
        if not isinstance(name, syntax.Name) or name.key[:2] not in contexts.SCHEDULE or body is None:
            continue
        if any(_beyond_schedule(n) for n in nodes(body)):
            continue
        scratch = copy.deepcopy(vocabulary)
        try:
            own = ProbabilityTranslator(scratch).visit(name)
        except (InvalidAnswer, NotImplementedError, TypeError, ValueError, RecursionError):
            continue
        others = {lhs: d for lhs, d in defined.items() if lhs != own}  # not the definition under judgement itself
        unread = name.key[:2] != ("alpha", "bar")  # abar_t := \prod_s alpha_s, the context's own, is not read here
        chosen = not any(  # beta_t := 0.02, beta_t := beta_1 + (t - 1) d: a schedule the note chooses
            isinstance(n, syntax.Name) and n.key[:2] in contexts.SCHEDULE and n.key[:2] != name.key[:2]
            for n in nodes(body)
        )
        why = _inconsistent(Equation(item.line, item.text, (name, body)), vocabulary, others, unread, chosen)
        if why and _family(name.key) not in found:
            found[_family(name.key)] = f"{why}: the note's {item.name.text.strip()} is not the context's"
    return found


def _beyond_schedule(node: syntax.Node) -> bool:
    """Whether a node of an equation takes it beyond the schedule: a random variable, a density or a function
    applied, or a name the context gives another meaning (mu~_t, beta~_t)."""
    if isinstance(node, syntax.Name):
        return node.base.rstrip("'") in RANDOM or contexts.names(node)
    return isinstance(node, syntax.Call)


def _inconsistent(
    equation: Equation,
    vocabulary: NoteVocabulary,
    defined: Mapping[sp.Expr, object],
    unread: bool = True,
    witnessed: bool = True,
) -> str:
    """Why ``equation`` is not shown consistent with the context (its relations and the note's definitions written
    out, it is no identity and no admissible point satisfies it), or ''; ``unread``: whether one that cannot be read
    counts as not shown consistent; ``witnessed``: whether an admissible point that satisfies it shows it consistent
    (not for a definition of a schedule's name by others of it, ``\\alpha_t := \\bar\\alpha_{t-1}``: the point found
    at a generic t need not extend to every step, t = 1 with abar_0 = 1 among them)."""
    scratch = copy.deepcopy(vocabulary)  # the step's vocabulary gains no name it does not write
    try:
        sides = [ProbabilityTranslator(scratch).visit(operand) for operand in equation.operands]
    except (InvalidAnswer, NotImplementedError, TypeError, ValueError, RecursionError):
        sides = None
    if sides is None or any(not isinstance(s, sp.Expr) or s.has(*_OPERATORS) for s in sides):
        return f"line {equation.line} states {equation.text[:60]}, which cannot be read" if unread else ""
    own = [d for d in defined.values() if isinstance(d, Definition) and not isinstance(d.lhs, Density)]
    relations = contexts.schedule(scratch, defined)
    written = [written_out(side, own + relations) for side in sides]
    if any(side.has(*_OPERATORS) or any(map(scratch.is_random, side.free_symbols)) for side in written):
        return ""  # H = log(2 pi e (1 - abar_t)) / 2, H := -E_q[log q]: a claim about laws, not the schedule
    if all(prove_equal(a, b) is not None for a, b in zip(written, written[1:])):
        return ""
    scheduled = frozenset(s for s, key in scratch.symbols.items() if key[:2] in contexts.SCHEDULE)
    if witnessed and len(written) == 2 and _witnessed(written[0] - written[1], scheduled):
        return ""  # 1 / sigma~^2 = 1 / beta_{t-1} + alpha_t / beta_t: a name of the note's own takes any value
    symbols = set().union(*(side.free_symbols for side in sides))
    used = list(
        dict.fromkeys(d.name.removesuffix(" (DDPM)") for d in relations if {d.lhs, *d.rhs.free_symbols} & symbols)
    )
    theirs = " and ".join(used) if used else "schedule"
    return f"line {equation.line} states {equation.text[:60]}, which no admissible values satisfy with the context's {theirs}"


def unimposed(items: Iterable[Stated], vocabulary: NoteVocabulary) -> dict[Key, str]:
    """The schedule's families (each with why) that a definition of the note relates at a generic index
    (``\\beta_t = \\beta_{t-1}``: a schedule's name by others of it, nothing beyond the schedule) which is no
    identity once the context's relations are written out: the definition is brought in only at the indices the
    step writes of its own name, not at those a counterexample draws of the names the context ties to it (alpha_1
    and alpha_2 for abar_2), so a counterexample drawing the schedule may break it."""
    found: dict[Key, str] = {}
    for item in items:
        if item.kind != "definition" or item.denied or item.name is None or item.body is None:
            continue
        name, body = item.name.node, item.body.node
        if not isinstance(name, syntax.Name) or name.key[:2] not in contexts.SCHEDULE or body is None:
            continue
        names = [n for n in nodes(body) if isinstance(n, syntax.Name)]
        schedule = sorted({_family(n.key) for n in (name, *names) if n.key[:2] in contexts.SCHEDULE})
        if _family(name.key)[2] != "*" or any(map(_beyond_schedule, names)):
            continue
        if not any(n.key[:2] in contexts.SCHEDULE for n in names):
            continue  # beta_t := t / 100: a value of its index, checked at a counterexample (conditions._unheld)
            continue
        if not _identity(Equation(item.line, item.text, (name, body)), vocabulary):
            reason = f"line {item.line} defines {item.text[:60]} at every index, not at the indices a model draws"
            found |= {key: reason for key in schedule if key not in found}
    return found


def _identity(equation: Equation, vocabulary: NoteVocabulary) -> bool:
    """Whether ``equation`` is an identity (or cannot be read) once the context's relations are written out
    (``\\alpha_t = 1 - \\beta_t``, the context's own; ``\\bar\\alpha_t = \\prod_s \\alpha_s``, its product)."""
    written = _written_out(equation, vocabulary)
    return written is None or all(prove_equal(a, b) is not None for a, b in zip(written, written[1:]))


def context_identity(equation: Equation, vocabulary: NoteVocabulary) -> bool:
    """Whether ``equation`` is shown an identity once the context's relations are written out (``\\bar\\alpha_1 =
    \\alpha_1``): it holds at every schedule of the context, so it says nothing a model may break."""
    written = _written_out(equation, vocabulary)
    return written is not None and all(prove_equal(a, b) is not None for a, b in zip(written, written[1:]))


def _written_out(equation: Equation, vocabulary: NoteVocabulary) -> list[sp.Expr] | None:
    """The sides of ``equation`` with the context's schedule relations written out, None where they cannot be read."""
    scratch = copy.deepcopy(vocabulary)
    try:
        sides = [ProbabilityTranslator(scratch).visit(operand) for operand in equation.operands]
    except (InvalidAnswer, NotImplementedError, TypeError, ValueError, RecursionError):
        return None
    if any(not isinstance(side, sp.Expr) or side.has(*_OPERATORS) for side in sides):
        return None
    return [written_out(side, contexts.schedule(scratch, {})) for side in sides]


#: The values a witness tries for the names it does not solve for: inside (0, 1), where the schedule's names lie.
_SAMPLES = (sp.Rational(1, 2), sp.Rational(1, 3), sp.Rational(2, 3))
#: The largest equation (operations, names) searched for a witness; a larger one is not shown consistent.
_WITNESS_OPS, _WITNESS_NAMES = 60, 6


@functools.lru_cache(maxsize=1024)
def _witnessed(difference: sp.Expr, scheduled: frozenset[sp.Symbol]) -> bool:
    """Whether ``difference = 0`` is shown to hold at an admissible point: the ``scheduled`` names (the
    schedule's) in (0, 1), the others in their domains; one name solved for, the others at sample values.  No
    witness, no consistency shown (alpha_t^2 + (1 - alpha_t)^2 = 1 holds at alpha_t = 0 and 1 only)."""
    names = sorted(difference.free_symbols, key=str)
    if not names or len(names) > _WITNESS_NAMES or sp.count_ops(difference) > _WITNESS_OPS:
        return False
    for unknown in names:
        others = [n for n in names if n != unknown]
        for shift in range(len(_SAMPLES)):
            values = {n: _SAMPLES[(shift + i) % len(_SAMPLES)] for i, n in enumerate(others)}
            try:
                found = sp.solveset(difference.subs(values), unknown, _domain(unknown, scheduled))
            except (NotImplementedError, TypeError, ValueError):
                continue
            if isinstance(found, sp.FiniteSet | sp.Interval | sp.Union) and found is not sp.S.EmptySet:
                return True
    return False


def _domain(symbol: sp.Symbol, scheduled: frozenset[sp.Symbol]) -> sp.Set:
    """Where a name's admissible values lie: (0, 1) for the schedule's, else its symbol's real domain."""
    if symbol in scheduled:
        return sp.Interval.open(0, 1)
    return sp.Interval.open(0, sp.oo) if symbol.is_positive else sp.S.Reals


def _family(key: Key) -> Key:
    """A name's key, or its whole family's when its index is generic (alpha_t stands for every alpha_k)."""
    value = index_value(key[2])
    return (key[0], key[1], "*") if value is not None and value.free_symbols else key
