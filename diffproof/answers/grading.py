"""Grading tasks end to end -- read, judge, diagnose -- as plain data, so that worker processes can run them.

:func:`grade` never raises: a bad answer is an ``invalid input`` judgement that
names the argument and points at the position, and any failure of SymPy inside
the judgement is ``undecided`` with its reason.  :func:`judgements` runs tasks
in one or several killable workers (:mod:`diffproof.answers.limits`), in order.
"""

from __future__ import annotations

import concurrent.futures
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from derivations.kernel.vocabulary import Status
from diffproof.answers import bank as banks
from diffproof.answers import quantities
from diffproof.answers.diagnosis import diagnose, matching_feedback
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.givens import parse_given
from diffproof.answers.judge import Assumptions, Judgement, judge
from diffproof.answers.limits import DEFAULT_LIMITS, Failure, Limits, Worker
from diffproof.answers.notation import EVERYTHING, read, vocabulary_of
from diffproof.answers.questions import Question, UnknownQuestion


@dataclass(frozen=True)
class CheckTask:
    """Judge ``answer`` against the question called ``quantity`` (of the bank at ``bank``, else built in)."""

    quantity: str
    answer: str
    bank: str | None = None


@dataclass(frozen=True)
class EquivTask:
    """Judge ``answer`` against the free formula ``reference``, under the ``given`` relations."""

    reference: str
    answer: str
    given: tuple[str, ...] = ()


Task = CheckTask | EquivTask


def grade(task: Task) -> Judgement:
    """The judgement of one task; never raises."""
    try:
        if isinstance(task, CheckTask):
            return check(task.quantity, task.answer, task.bank)
        return equiv(task.reference, task.answer, task.given)
    except InvalidAnswer as error:
        return Judgement.invalid(str(error), error.context)
    except (UnknownQuestion, banks.BankError) as error:
        return Judgement.invalid(str(error))
    except RecursionError:
        return Judgement.invalid("the formula is too deeply nested")
    except MemoryError:
        return Judgement.undecided("the check ran out of memory")
    except Exception as error:  # the boundary of untrusted input: a reason, never a traceback
        return Judgement.undecided(f"SymPy could not judge the formula ({type(error).__name__}: {error})")


def _argument(label: str, text: str, read_text: Callable):
    """``read_text(text)``, with an :class:`InvalidAnswer` relabelled by the argument it came from."""
    if not isinstance(text, str):
        raise InvalidAnswer(f"{label}: expected text, got {type(text).__name__}")
    try:
        return read_text(text)
    except InvalidAnswer as error:
        raise error.labelled(label, text) from None


def question(name: str, bank: str | Path | None = None) -> Question:
    """The question ``name``: from the bank when one is given (its questions first), else built in."""
    if bank is not None:
        found = banks.load(bank).get(name)
        if found is not None:
            return found
        if name not in quantities.ENTRIES:
            raise UnknownQuestion(name, [*banks.load(bank).questions, *quantities.ENTRIES])
    return quantities.get(name)


def check(name: str, text: str, bank: str | Path | None = None) -> Judgement:
    """Judge the answer ``text`` to the question ``name``, with a diagnosis and feedback when it is wrong."""
    asked = question(name, bank)
    readings = _argument("ANSWER", text, lambda t: read(t, asked.vocabulary))
    judgement = judge(asked.reference, readings, asked.assumptions)
    return explained(judgement, asked, readings)


def explained(judgement: Judgement, asked: Question, readings) -> Judgement:
    """A wrong judgement with the teacher's feedback it matches and the slip it is proved to be."""
    if judgement.status is not Status.REFUTED or len(readings) != 1:
        return judgement
    (answer,) = readings
    feedback = matching_feedback(answer, asked.feedback, asked.assumptions)
    slip = diagnose(asked.reference, answer, asked.assumptions)
    return replace(judgement, feedback=feedback, diagnosis=slip.message if slip else "")


def equiv(reference_text: str, answer_text: str, given: tuple[str, ...] = ()) -> Judgement:
    """Judge ``answer_text`` against ``reference_text`` (both in the whole notation) under ``given``."""
    assumptions = Assumptions()
    for relation in given:
        assumptions = assumptions + _argument(f"--given {relation!r}", relation, parse_given)
    references = _argument("REFERENCE", reference_text, lambda t: read(t, EVERYTHING))
    if len(references) > 1:
        raise InvalidAnswer("REFERENCE: the formula can be read in more than one way; add parentheses")
    (reference,) = references
    vocabulary = vocabulary_of(reference.expr)
    readings = _argument("ANSWER", answer_text, lambda t: read(t, vocabulary))
    judgement = judge(reference, readings, assumptions)
    if judgement.status is Status.REFUTED and len(readings) == 1:
        slip = diagnose(reference, readings[0], assumptions)
        judgement = replace(judgement, diagnosis=slip.message if slip else "")
    return judgement


def _outcome(result, limits: Limits) -> Judgement:
    if isinstance(result, Failure):
        extra = f" ({limits.seconds:g} s)" if result is Failure.TIMED_OUT else ""
        return Judgement.undecided(f"the check {result.value}{extra}")
    return result


def judgements(tasks: Iterable[Task], limits: Limits = DEFAULT_LIMITS, jobs: int = 1) -> Iterator[Judgement]:
    """Yield the judgement of each task, in order, each computed in a worker within ``limits``.

    With ``jobs`` > 1, that many workers judge tasks at once (each worker a process; results stay in order).
    """
    if jobs <= 1:
        with Worker(grade, limits) as worker:
            for task in tasks:
                yield _outcome(worker.run(task), limits)
        return
    workers = [Worker(grade, limits) for _ in range(jobs)]
    for worker in workers:
        worker.start()
    free = list(workers)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:

            def run(task: Task) -> Judgement:
                worker = free.pop()
                try:
                    return _outcome(worker.run(task), limits)
                finally:
                    free.append(worker)

            pending: list[concurrent.futures.Future] = []
            iterator = iter(tasks)
            for task in iterator:
                pending.append(pool.submit(run, task))
                if len(pending) >= 4 * jobs:
                    break
            while pending:
                yield pending.pop(0).result()
                task = next(iterator, None)
                if task is not None:
                    pending.append(pool.submit(run, task))
    finally:
        for worker in workers:
            worker.close()


#: The former name of :func:`judgements`.
verdicts = judgements
