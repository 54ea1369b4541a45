"""Grading tasks end to end -- parse, translate, judge -- as plain data, so a worker process can run them.

:func:`grade` never raises: a bad answer is an ``invalid input`` verdict that
names the argument and points at the position, and any failure of SymPy
inside the judgement is an ``undecided`` verdict with its reason.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import sympy as sp

from derivations.symbols import POSITIVE, UNIT
from diffproof.answers import parser as syntax
from diffproof.answers import quantities
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.judge import Assumptions, Status, Verdict, judge
from diffproof.answers.limits import DEFAULT_LIMITS, TIMED_OUT, Failure, Limits, Worker
from diffproof.answers.notation import EVERYTHING, formula, latex, names_a_quantity, translate


@dataclass(frozen=True)
class CheckTask:
    """Judge ``answer`` against the reference of the quantity called ``quantity``."""

    quantity: str
    answer: str


@dataclass(frozen=True)
class EquivTask:
    """Judge ``answer`` against the free formula ``reference``, under the ``given`` relations."""

    reference: str
    answer: str
    given: tuple[str, ...] = ()


Task = CheckTask | EquivTask


def grade(task: Task) -> Verdict:
    """The verdict on one task; never raises."""
    try:
        if isinstance(task, CheckTask):
            return check(task.quantity, task.answer)
        return equiv(task.reference, task.answer, task.given)
    except InvalidAnswer as error:
        return Verdict(Status.INVALID, str(error), note=error.context)
    except quantities.UnknownQuantity as error:
        return Verdict(Status.INVALID, str(error))
    except RecursionError:
        return Verdict(Status.INVALID, "the formula is too deeply nested")
    except MemoryError:
        return Verdict(Status.UNDECIDED, "the check ran out of memory")
    except Exception as error:  # the boundary of untrusted input: a reason, never a traceback
        return Verdict(Status.UNDECIDED, f"SymPy could not judge the formula ({type(error).__name__}: {error})")


def _argument(label: str, text: str, read):
    """``read(text)``, with an :class:`InvalidAnswer` relabelled by the argument it came from."""
    if not isinstance(text, str):
        raise InvalidAnswer(f"{label}: expected text, got {type(text).__name__}")
    try:
        return read(text)
    except InvalidAnswer as error:
        raise error.labelled(label, text) from None


def check(name: str, text: str) -> Verdict:
    """Judge the answer ``text`` to the quantity ``name``."""
    quantity = quantities.get(name)
    answer = _argument("ANSWER", text, lambda t: formula(syntax.parse(t), quantity.vocabulary))
    return judge(quantity.reference, answer, quantity.assumptions)


def equiv(reference_text: str, answer_text: str, given: tuple[str, ...] = ()) -> Verdict:
    """Judge ``answer_text`` against ``reference_text`` (both in the whole notation) under ``given``."""
    assumptions = Assumptions()
    for relation in given:
        assumptions = assumptions + _argument(f"--given {relation!r}", relation, parse_given)
    reference = _argument("REFERENCE", reference_text, lambda t: formula(syntax.parse(t), EVERYTHING))
    answer = _argument("ANSWER", answer_text, lambda t: formula(syntax.parse(t), EVERYTHING))
    return judge(reference, answer, assumptions)


def parse_given(text: str) -> Assumptions:
    """A relation ``atom = formula`` (substituted) or a bound ``0 < w``, ``w > 0``, ``0 < w < 1`` (a domain)."""
    statement = syntax.parse(text)
    if statement.relations == ("=",):
        left, right = statement.operands
        if not names_a_quantity(left) and names_a_quantity(right):
            left, right = right, left
        if not names_a_quantity(left):
            raise InvalidAnswer("one side of a --given equation must be a single symbol, density or score")
        old, new = translate(left, EVERYTHING), translate(right, EVERYTHING)
        return Assumptions(((old, new),), (), (f"{latex(old)} = {latex(new)}",))
    if set(statement.relations) not in ({"<"}, {">"}):
        raise InvalidAnswer("a --given relation is 'name = formula', '0 < w', 'w > 0' or '0 < w < 1'")
    operands = [translate(node, EVERYTHING) for node in statement.operands]
    if statement.relations[0] == ">":
        operands.reverse()
    if operands[0] != 0 or not isinstance(operands[1], sp.Symbol) or operands[2:] not in ([], [1]):
        raise InvalidAnswer("a bound must read '0 < w', 'w > 0' or '0 < w < 1' for a single symbol w")
    symbol = operands[1]
    twin = sp.Symbol(symbol.name, positive=True)
    domain = UNIT if len(operands) == 3 else POSITIVE
    return Assumptions(((symbol, twin),), ((twin, domain),), (f"{latex(symbol)} \\in {latex(domain)}",))


def verdicts(tasks: Iterable[Task], limits: Limits = DEFAULT_LIMITS) -> Iterator[Verdict]:
    """Yield the verdict of each task, in order, each computed in a worker within ``limits``."""
    with Worker(grade, limits) as worker:
        for task in tasks:
            result = worker.run(task)
            if result is TIMED_OUT:
                yield Verdict(Status.UNDECIDED, f"the check {result.value} ({limits.seconds:g} s)")
            elif isinstance(result, Failure):
                yield Verdict(Status.UNDECIDED, f"the check {result.value}")
            else:
                yield result
