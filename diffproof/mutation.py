"""Mutation testing of the kernel: plausible wrong variants of every step, and what the kernel says of them.

For each step ``previous relation expr`` of an identity, each mutant of ``expr``
(:mod:`derivations.mutations`; and, for an inequality, the reversed relation)
is first judged numerically -- is the mutated step still true at 60 admissible
points, on every admissible instance and in finite random models? -- and the
kernel is run on the ones that are not.  A mutant the kernel *proves* although
it fails numerically is a soundness bug; the aim is that the kernel refutes
every one of them.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from itertools import zip_longest

import sympy as sp

from derivations.kernel.checking import Claim, Context, check_step, search_counterexample
from derivations.kernel.vocabulary import Relation, Status
from derivations.model import Derivation, Identity, Step
from derivations.mutations import mutants

#: Points at which a mutant is judged (more than the kernel's refutation tries).
POINTS = 60
#: Seconds a mutant may take to be judged and checked; a slower one is left unevaluated or undecided.
SECONDS = 20.0
#: Mutants per step at most (the classes take turns).
PER_STEP = 12


class TimedOut(Exception):
    """The time limit of one mutant ran out."""


@contextmanager
def time_limit(seconds: float):
    """Raise :class:`TimedOut` in this (main) thread after ``seconds`` of wall time."""

    def expire(signum, frame):
        raise TimedOut

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Outcome(Enum):
    """What became of a mutant."""

    EQUIVALENT = "equivalent"  # the mutated step still holds at every point tried
    UNEVALUATED = "unevaluated"  # nothing could evaluate it: not counted
    REFUTED = "refuted"
    UNDECIDED = "undecided"
    PROVED = "proved"  # wrong, yet proved: a soundness bug


@dataclass(frozen=True)
class MutantResult:
    identity: str
    derivation: str
    step: int
    kind: str
    where: str
    relation: Relation
    expr: sp.Expr
    outcome: Outcome
    reason: str = ""

    def to_json(self) -> dict:
        return {
            "identity": self.identity,
            "derivation": self.derivation,
            "step": self.step,
            "kind": self.kind,
            "where": self.where,
            "relation": self.relation.value,
            "expr": sp.sstr(self.expr),
            "outcome": self.outcome.value,
            "reason": self.reason,
        }


_REVERSED = {Relation.GE: Relation.LE, Relation.LE: Relation.GE, Relation.GT: Relation.LT, Relation.LT: Relation.GT}


def _variants(step: Step, per_class: int) -> Iterator[tuple[str, str, Relation, sp.Expr]]:
    """The step's mutants, the classes taking turns, at most :data:`PER_STEP` of them."""
    if step.relation in _REVERSED:
        yield "reversed inequality", step.relation.value, _REVERSED[step.relation], step.expr
    by_class: dict[str, list] = {}
    for mutant in mutants(step.expr, per_class):
        by_class.setdefault(mutant.kind, []).append(mutant)
    turns = [m for round_ in zip_longest(*by_class.values()) for m in round_ if m is not None]
    for mutant in turns[:PER_STEP]:
        yield mutant.kind, mutant.where, step.relation, mutant.expr


def judge(relation: Relation, previous: sp.Expr, expr: sp.Expr, step: Step, context: Context) -> tuple[Outcome, str]:
    """The mutated step ``previous relation expr`` judged numerically, then by the kernel if it is wrong."""
    prepared = context.prepare(previous), context.prepare(expr)
    try:
        with time_limit(SECONDS):
            search = search_counterexample(relation, *prepared, context, points=POINTS, models_tried=10)
    except (TypeError, ValueError, NotImplementedError, ZeroDivisionError):
        return Outcome.UNEVALUATED, "the sides could not be evaluated"
    except TimedOut:
        return Outcome.UNEVALUATED, f"judging it took more than {SECONDS:g} s"
    except Exception as error:  # noqa: BLE001 -- a bug of the evaluation, shown in the listing, never counted
        return Outcome.UNEVALUATED, f"internal error while judging: {type(error).__name__}: {error}"
    if not search.evaluated:
        return Outcome.UNEVALUATED, "no closed form, instance or finite model evaluates the sides"
    if search.counterexample is None:
        return Outcome.EQUIVALENT, f"holds at {POINTS} points of every model tried"
    try:
        with time_limit(SECONDS):
            verdict = check_step(replace(step, relation=relation, expr=expr), previous, context)
    except TimedOut:
        return Outcome.UNDECIDED, f"the kernel took more than {SECONDS:g} s"
    except Exception as error:  # noqa: BLE001 -- a bug of the kernel on this step: never a proof
        return Outcome.UNDECIDED, f"internal error in the kernel: {type(error).__name__}: {error}"
    outcome = {Status.PROVED: Outcome.PROVED, Status.REFUTED: Outcome.REFUTED, Status.UNDECIDED: Outcome.UNDECIDED}
    return outcome[verdict.status], verdict.reason


def mutate_identity(identity: Identity, per_class: int = 1) -> list[MutantResult]:
    """Every mutant of every step of ``identity``, judged."""
    context = Context.of(identity)
    results = []
    for derivation in identity.derivations:
        local = context.under(identity, derivation)
        results.extend(_mutate_derivation(identity, derivation, local, per_class))
        if derivation.relation is Relation.EQ and not derivation.hypotheses:
            context = context.with_claim(Claim(derivation.lhs, derivation.rhs))
    return results


def _mutate_derivation(identity: Identity, derivation: Derivation, context: Context, per_class: int):
    previous = derivation.lhs
    for index, step in enumerate(derivation.steps, start=1):
        for kind, where, relation, expr in _variants(step, per_class):
            outcome, reason = judge(relation, previous, expr, step, context)
            yield MutantResult(identity.name, derivation.label, index, kind, where, relation, expr, outcome, reason)
        previous = step.expr


@dataclass(frozen=True)
class Summary:
    mutants: int
    equivalent: int
    refuted: int
    undecided: int
    proved: int

    @classmethod
    def of(cls, results: list[MutantResult]) -> Summary:
        counted = [r for r in results if r.outcome is not Outcome.UNEVALUATED]
        count = {outcome: sum(r.outcome is outcome for r in counted) for outcome in Outcome}
        return cls(len(counted), count[Outcome.EQUIVALENT], count[Outcome.REFUTED], count[Outcome.UNDECIDED],
                   count[Outcome.PROVED])  # fmt: skip

    @property
    def wrong(self) -> int:
        return self.mutants - self.equivalent

    @property
    def refuted_share(self) -> float:
        return self.refuted / self.wrong if self.wrong else 1.0

    def to_json(self) -> dict:
        return {
            "mutants": self.mutants,
            "equivalent": self.equivalent,
            "refuted": self.refuted,
            "undecided": self.undecided,
            "proved": self.proved,
        }
