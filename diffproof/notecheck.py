"""Checking the steps of LaTeX or Markdown notes with the answer checker's parser and judge.

Each step ``A = B`` is judged as ``diffproof equiv A B`` under the file's
directives (``assume`` bounds and ``let`` relations): *proved* with the
method, *refuted* with a counterexample, or *undecided* with the reason (a
construct the parser does not model, such as an expectation, or no proof
found).  An inequality is proved only when its sides are proved equal, refuted
at a point where it fails, and otherwise undecided; ``\\approx``, ``\\propto``
and ``\\neq`` are not checked.  Every judgement runs in a worker process under
a time limit.  Only ``assume`` and ``let`` directives are used here; ``by`` and
``context`` are read and reported, and wait for the proof kernel.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import sympy as sp

from derivations.kernel.algebra import random_point
from derivations.kernel.vocabulary import Counterexample, Status, Verdict
from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.givens import parse_given
from diffproof.answers.grading import EquivTask, grade
from diffproof.answers.judge import POINTS, Assumptions, Judgement, closed_form, counterexample_json, prepare, value
from diffproof.answers.limits import DEFAULT_LIMITS, Failure, Limits, Worker
from diffproof.answers.notation import EVERYTHING, read
from diffproof.notes import Directive, Notes, Problem, Step

PROVED, REFUTED, UNDECIDED = "proved", "refuted", "undecided"
#: Directives the answer checker can use: domains and relations.
_GIVEN = ("assume", "let")
_STATUS = {"correct": PROVED, "wrong": REFUTED, "undecided": UNDECIDED, "invalid input": UNDECIDED}
_HOLDS = {"<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b, "<": lambda a, b: a < b, ">": lambda a, b: a > b}


@dataclass(frozen=True)
class StepTask:
    lhs: str
    relation: str
    rhs: str
    given: tuple[str, ...]


@dataclass(frozen=True)
class DirectiveTask:
    text: str


@dataclass(frozen=True)
class StepResult:
    """One step's verdict, with its evidence."""

    step: Step
    status: str
    reason: str
    lhs_latex: str = ""
    rhs_latex: str = ""
    counterexample: Counterexample | None = None

    def to_json(self) -> dict:
        return {
            "line": self.step.line,
            "lhs": self.step.lhs,
            "relation": self.step.relation.value,
            "rhs": self.step.rhs,
            "status": self.status,
            "reason": self.reason,
            "lhs_as_read": self.lhs_latex,
            "rhs_as_read": self.rhs_latex,
            "rule": None,  # the rule that proved the step: given by the proof kernel, not by this checker
            "cited": self.step.cited or None,
            "remark": self.step.remark or None,
            "counterexample": counterexample_json(self.counterexample) if self.counterexample else None,
        }


def _inequality(task: StepTask) -> Judgement:
    """Proved if the sides are equal (non-strict), refuted where the relation fails, else undecided."""
    equal = grade(EquivTask(task.lhs, task.rhs, task.given))
    shown = {"answer_latex": equal.answer_latex, "reference_latex": equal.reference_latex}
    if equal.status is Status.PROVED and task.relation in ("<=", ">="):
        return Judgement(Verdict(Status.PROVED, f"the two sides are equal ({equal.reason})"), **shown)
    if equal.verdict is None:
        return equal
    assumptions = Assumptions()
    for relation in task.given:
        assumptions = assumptions + parse_given(relation)
    (lhs,), (rhs,) = read(task.lhs, EVERYTHING)[:1], read(task.rhs, EVERYTHING)[:1]
    sides = prepare(lhs, rhs, assumptions)
    lhs, rhs = closed_form(sides.reference), closed_form(sides.answer)
    if lhs is None or rhs is None:
        return Judgement(Verdict(Status.UNDECIDED, "the inequality's sides cannot be evaluated at a point"), **shown)
    lhs, rhs = lhs.expr, rhs.expr
    domains = {s: assumptions.domain(s) for s in lhs.free_symbols | rhs.free_symbols}
    rng = np.random.default_rng(0)
    for _ in range(POINTS):
        point = random_point(domains, domains, rng)
        if any(domains[s].contains(v) is not sp.true for s, v in point.items()):
            continue
        left, right = value(lhs, point, 50), value(rhs, point, 50)
        if left is None or right is None or abs(left.imag) + abs(right.imag) > 0:
            continue
        if not _HOLDS[task.relation](left.real, right.real):
            where = tuple((str(s), float(v)) for s, v in sorted(point.items(), key=lambda item: str(item[0])))
            found = Counterexample(where, left.real, right.real)
            reason = f"the relation {task.relation} fails at a point of the domain"
            return Judgement(Verdict(Status.REFUTED, reason, counterexample=found), **shown)
    reason = f"inequality not proved; it holds at {POINTS} random points"
    return Judgement(Verdict(Status.UNDECIDED, reason), **shown)


def judge_task(task: StepTask | DirectiveTask) -> Judgement | str | None:
    """Runs in the worker: a step's verdict, or a directive's error message (None when it is fine)."""
    if isinstance(task, DirectiveTask):
        try:
            parse_given(task.text)
        except InvalidAnswer as error:
            return str(error)
        except Exception as error:  # untrusted text: a reason, never a traceback
            return f"{type(error).__name__}: {error}"
        return None
    if task.relation == "=":
        return grade(EquivTask(task.lhs, task.rhs, task.given))
    if task.relation in _HOLDS:
        try:
            return _inequality(task)
        except InvalidAnswer as error:
            return Judgement.invalid(str(error))
        except Exception as error:
            return Judgement.undecided(f"SymPy could not judge the inequality ({type(error).__name__}: {error})")
    return Judgement.undecided(f"the relation {task.relation} is not checked (only =, <=, >=, <, >)")


@dataclass(frozen=True)
class NotesReport:
    """The verdicts on a note's steps, what could not be read, and what the note states besides."""

    notes: Notes
    results: tuple[StepResult, ...]
    problems: tuple[Problem, ...]

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    @property
    def empty(self) -> bool:
        """No step at all: a warning, and a failure under ``--strict`` (the note may not be read as meant)."""
        return not self.results

    def passed(self, strict: bool = False) -> bool:
        failing = {REFUTED, UNDECIDED} if strict else {REFUTED}
        if strict and self.empty:
            return False
        return not self.problems and not any(r.status in failing for r in self.results)


def _results(notes: Notes, given: tuple[str, ...], worker: Worker, limits: Limits) -> Iterator[StepResult]:
    for step in notes.steps:
        outcome = worker.run(StepTask(step.lhs, step.relation, step.rhs, given))
        if isinstance(outcome, Failure):
            yield StepResult(step, UNDECIDED, f"the check {outcome.value} ({limits.seconds:g} s)")
            continue
        reason = outcome.reason if outcome.verdict is not None else f"could not read the step: {outcome.reason}"
        yield StepResult(
            step, _STATUS[outcome.word], reason, outcome.reference_latex, outcome.answer_latex, outcome.counterexample
        )


def check_notes(notes: Notes, limits: Limits = DEFAULT_LIMITS) -> NotesReport:
    """Judge every step of ``notes`` under its directives; a bad directive is a problem, and is left out."""
    problems = list(notes.problems)
    with Worker(judge_task, limits) as worker:
        given: list[str] = []
        for directive in notes.directives:
            if directive.kind not in _GIVEN:
                continue
            error = _directive_error(directive, worker)
            if error is None:
                given.append(directive.text)
            else:
                problems.append(Problem(directive.line, f"directive '{directive.kind} {directive.text}': {error}"))
        results = tuple(_results(notes, tuple(given), worker, limits))
    return NotesReport(notes, results, tuple(sorted(problems, key=lambda p: p.line)))


def _directive_error(directive: Directive, worker: Worker) -> str | None:
    outcome = worker.run(DirectiveTask(directive.text))
    if isinstance(outcome, Failure):
        return outcome.value
    return outcome
