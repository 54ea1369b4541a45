"""Checking the steps of LaTeX or Markdown notes with the proof kernel.

:func:`check_notes` reads each step of a note (:mod:`diffproof.notes`) into the
kernel's objects with the note's own names (:mod:`~diffproof.notecheck.vocabulary`),
under what the note stated before it (:mod:`~diffproof.notecheck.statements`,
:mod:`~diffproof.notecheck.assumptions`, :mod:`~diffproof.notecheck.contexts`),
and judges it (:mod:`~diffproof.notecheck.judging`): *proved* by a rule the
kernel names, *refuted* with a counterexample that satisfies everything the
note states, or *undecided* with the reason.  A step that introduces a name
(its first definition) is not a claim: it is reported as such and used by the
steps after it.

Every step is judged in a worker process under its own time limit
(:mod:`diffproof.answers.limits`): a slow step is undecided, never a hang,
and an error of diffproof itself is reported as one, never as a verdict.
The workers are kept warm from one note to the next (:data:`WORKERS`).
"""

from __future__ import annotations

import atexit
import pickle
import threading
import time
from dataclasses import dataclass
from functools import cached_property, lru_cache

from derivations.kernel.vocabulary import Counterexample
from diffproof.answers.limits import DEFAULT_LIMITS, Failure, Limits, WarmWorkers, Worker
from diffproof.cache import Cache
from diffproof.notecheck import stored
from diffproof.notecheck.judging import PROVED, REFUTED, UNDECIDED, Judged, in_force, judge
from diffproof.notecheck.statements import Timeline
from diffproof.notes import Notes, Problem, Step

__all__ = ["PROVED", "REFUTED", "UNDECIDED", "NotesReport", "StepResult", "check_notes"]


@dataclass(frozen=True)
class StepTask:
    """Judge step ``index`` of the note whose reading is ``reading`` (:func:`reading_of`), the steps ``refuted``
    before it being refuted."""

    reading: bytes
    index: int
    refuted: frozenset[int]


def reading_of(timeline: Timeline) -> bytes:
    """A note's reading as its steps' tasks carry it: pickled once by the parent, and read back once per note by
    each worker (:func:`_read_back`) instead of each worker reading the note again."""
    return pickle.dumps(timeline, protocol=pickle.HIGHEST_PROTOCOL)


@lru_cache(maxsize=4)
def _read_back(reading: bytes) -> Timeline:
    """The timeline a task's reading pickles (only ever pickled by this package's parent process)."""
    return pickle.loads(reading)


@dataclass(frozen=True)
class InternalError:
    """diffproof failed on a step: a bug to report, never a verdict."""

    message: str


@lru_cache(maxsize=4)
def _timeline(notes: Notes) -> Timeline:
    return Timeline.of(notes)


def judge_task(task: StepTask) -> Judged | InternalError:
    """Runs in the worker: the verdict on one step (the note's reading is read back once for its steps)."""
    try:
        return judge(_read_back(task.reading), task.index, task.refuted)
    except RecursionError:
        return Judged(UNDECIDED, "the step is nested too deeply to be checked")
    except Exception as error:  # noqa: BLE001 -- reported as an internal error with its type, never as a verdict
        return InternalError(f"{type(error).__name__}: {error}")


#: The judging workers, kept between notes: a worker's child keeps SymPy's and the kernel's caches warm, and none
#: of them depends on a note it judged (each is a pure function of its key; a note's reading is keyed by its pickle,
#: :func:`_read_back`).  A child is renewed after a thousand steps (its caches then hold some tens of MB), and
#: four workers are kept idle: two jobs under two limits.  A test that patches what the workers run must
#: :meth:`~WarmWorkers.close` them before and after.
WORKERS = WarmWorkers(judge_task, renewed_after=1000, kept=4)
atexit.register(WORKERS.close)


@dataclass(frozen=True)
class StepResult:
    """One step's verdict, with its evidence and the time it took."""

    step: Step
    status: str
    reason: str
    judged: Judged | None = None
    seconds: float = 0.0
    internal: bool = False
    cached: bool = False  # read from the store, not judged in this run

    @property
    def counterexample(self) -> Counterexample | None:
        verdict = self.judged.verdict if self.judged is not None else None
        return verdict.counterexample if verdict is not None else None

    @property
    def defines(self) -> str:
        return self.judged.defines if self.judged is not None else ""

    @property
    def lhs_latex(self) -> str:
        return self.judged.lhs_read if self.judged is not None else ""

    @property
    def rhs_latex(self) -> str:
        return self.judged.rhs_read if self.judged is not None else ""

    def to_json(self) -> dict:
        judged = self.judged
        verdict = judged.verdict.to_json() if judged is not None and judged.verdict is not None else {}
        return {
            "line": self.step.line,
            "lhs": self.step.lhs,
            "relation": self.step.relation.value,
            "rhs": self.step.rhs,
            "status": self.status,
            "reason": self.reason,
            "rule": verdict.get("rule"),
            "conditions": verdict.get("conditions", []),
            "uses": list(judged.uses) if judged is not None else [],
            "conventions": list(judged.conventions) if judged is not None else [],
            "reading": list(judged.reading) if judged is not None else [],
            "defines": self.defines or None,
            "lhs_as_read": self.lhs_latex,
            "rhs_as_read": self.rhs_latex,
            "cited": self.step.cited or None,
            "remark": self.step.remark or None,
            "counterexample": verdict.get("counterexample"),
            "internal_error": self.internal,
            "cached": self.cached,
            "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class NotesReport:
    """The verdicts on a note's steps, what could not be read, and the conventions the reading used."""

    notes: Notes
    results: tuple[StepResult, ...]
    problems: tuple[Problem, ...]

    def count(self, status: str) -> int:
        return sum(r.status == status for r in self.results)

    @property
    def claims(self) -> tuple[StepResult, ...]:
        """The steps that claim something (a step that introduces a name is its definition)."""
        return tuple(r for r in self.results if not r.defines)

    @property
    def empty(self) -> bool:
        """No step at all: a warning, and a failure under ``--strict`` (the note may not be read as meant)."""
        return not self.results

    @property
    def internal_errors(self) -> tuple[StepResult, ...]:
        return tuple(r for r in self.results if r.internal)

    @property
    def conventions(self) -> tuple[str, ...]:
        """The conventions any verdict relied on, each once."""
        return tuple(dict.fromkeys(c for r in self.results if r.judged is not None for c in r.judged.conventions))

    def passed(self, strict: bool = False) -> bool:
        failing = {REFUTED, UNDECIDED} if strict else {REFUTED}
        if strict and self.empty:
            return False
        return not (self.problems or self.internal_errors) and not any(r.status in failing for r in self.claims)


def check_notes(
    notes: Notes, limits: Limits = DEFAULT_LIMITS, jobs: int = 2, cache: Cache | None = None
) -> NotesReport:
    """Judge every step of ``notes``, each in a worker under ``limits``, ``jobs`` workers at a time; with a
    ``cache``, a step whose verdict is stored under its key is not judged again (:mod:`.stored`).

    A step is judged under what the note stated before it, without the definitions made by a chain whose
    step was refuted.  The steps are first judged as if nothing were refuted, in parallel; then, in the
    order of the text, a step whose statements in force change because an earlier step was refuted is
    judged again with them."""
    timeline = _timeline(notes)
    verdicts = _Verdicts(timeline, limits, cache)
    outcomes = verdicts.all(jobs)
    results: list[StepResult] = []
    refuted: set[int] = set()
    with WORKERS.lent(limits) as worker:
        for index, step in enumerate(notes.steps):
            within = [first for first, last in notes.undecidable if first <= step.line <= last]
            if within:  # \\ifnum ... \\fi: TeX may not show the step at all; ~~ may strike it; white ink hide it
                reason = (f"on lines from {within[-1]} that may not be shown or meant as written (a conditional TeX "
                          "evaluates, ~~ that may strike them, white ink, text not printed where it stands or that "
                          "some Markdown dialects do not show, a sign or command defined where it is not read, or a "
                          "value given to a name outside the maths read)")  # fmt: skip
                results.append(StepResult(step, UNDECIDED, reason))
                continue
            outcome, seconds, cached = outcomes[index]
            if refuted and in_force(timeline, index, frozenset(refuted)) != in_force(timeline, index, frozenset()):
                outcome, seconds, cached = verdicts.one(worker, index, frozenset(refuted))
            result = _result(step, outcome, seconds, limits, cached)
            if result.status == REFUTED:
                refuted.add(index)
            results.append(result)
    problems = sorted(notes.problems + tuple(timeline.problems), key=lambda problem: problem.line)
    return NotesReport(notes, tuple(results), tuple(problems))


@dataclass(frozen=True)
class _Verdicts:
    """The steps' outcomes: stored ones read back, the others judged in workers and stored (see
    :mod:`.stored`)."""

    timeline: Timeline
    limits: Limits
    cache: Cache | None

    @cached_property
    def reading(self) -> bytes:
        """The note's :func:`reading_of`, once per note."""
        return reading_of(self.timeline)

    @cached_property
    def note(self) -> str:
        """The note's :func:`~.stored.note_digest`, once per note."""
        return stored.note_digest(self.timeline.notes)

    def _stored(self, index: int, refuted: frozenset[int]) -> tuple[str, Judged | Failure | None]:
        if self.cache is None:
            return "", None
        key = stored.step_key(self.timeline, self.note, index, refuted)
        return key, stored.load(self.cache, key, self.limits)

    def _keep(self, key: str, outcome: object) -> None:
        if self.cache is not None:
            stored.store(self.cache, key, self.limits, outcome)

    def all(self, jobs: int) -> list[tuple[object, float, bool]]:
        """Every step's outcome as if nothing were refuted, the seconds it took, and whether it was stored."""
        found = [self._stored(index, frozenset()) for index in range(len(self.timeline.notes.steps))]
        missing = [index for index, (_, judged) in enumerate(found) if judged is None]
        tasks = [StepTask(self.reading, index, frozenset()) for index in missing]
        ran = _run_all(tasks, self.limits, max(1, min(jobs, len(tasks)))) if tasks else []
        outcomes: list[tuple[object, float, bool]] = [(judged, 0.0, True) for _, judged in found]
        for index, (outcome, seconds) in zip(missing, ran):
            self._keep(found[index][0], outcome)
            outcomes[index] = (outcome, seconds, False)
        return outcomes

    def one(self, worker: Worker, index: int, refuted: frozenset[int]) -> tuple[object, float, bool]:
        """Step ``index``'s outcome given the steps ``refuted`` before it (as :meth:`all`)."""
        key, judged = self._stored(index, refuted)
        if judged is not None:
            return judged, 0.0, True
        start = time.perf_counter()
        outcome = worker.run(StepTask(self.reading, index, refuted))
        self._keep(key, outcome)
        return outcome, time.perf_counter() - start, False


def _run_all(tasks: list[StepTask], limits: Limits, jobs: int) -> list[tuple[object, float]]:
    """Every task's outcome and the seconds it took, ``jobs`` workers (each its own process, lent by
    :data:`WORKERS`) sharing them."""
    outcomes: list[tuple[object, float]] = [(None, 0.0)] * len(tasks)
    queue = iter(range(len(tasks)))
    lock = threading.Lock()

    def serve() -> None:
        with WORKERS.lent(limits) as worker:
            while True:
                with lock:
                    index = next(queue, None)
                if index is None:
                    return
                start = time.perf_counter()
                outcome = worker.run(tasks[index])
                outcomes[index] = (outcome, time.perf_counter() - start)

    threads = [threading.Thread(target=serve) for _ in range(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def _result(step: Step, outcome: object, seconds: float, limits: Limits, cached: bool = False) -> StepResult:
    if isinstance(outcome, Failure):
        reason = f"the check {outcome.value} ({limits.seconds:g} s)"
        return StepResult(step, UNDECIDED, reason, seconds=seconds, cached=cached)
    if isinstance(outcome, InternalError):
        return StepResult(step, UNDECIDED, f"internal error of diffproof: {outcome.message}", seconds=seconds,
                          internal=True)  # fmt: skip
    return StepResult(step, outcome.status, outcome.reason, outcome, seconds, cached=cached)
