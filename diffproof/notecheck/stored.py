"""Verdicts on a note's steps stored by content: checking a note again re-checks only what changed.

A step's key is a SHA-256 of everything :func:`~diffproof.notecheck.judging.judge`
reads for it: the engine (the versions and the sources of the kernel, of the
notes checker, of the notes reader and of the shared parser), the step as
written (its sides, relation, citation, line, and the remark or alternative
beside it), the steps of its chain before it (a ∝ among them carries a
constant), the definition it introduces, every statement in force before it
(definitions, laws, directives, with their lines, which a reason may name),
without those of a chain that was refuted, and what the note says anywhere of
its names (matrices, functions, words, the laws it writes).  Change any of them
and the key changes; change another step and it does not.

A verdict reached within the time limit is stored as JSON (never a pickle),
in the store of :class:`diffproof.cache.Cache`.  A step that ran out of time is
stored as such under its key and the limit, so that a run with a longer limit
judges it again; a step whose worker died or met an internal error is not
stored.
"""

from __future__ import annotations

import functools
import hashlib
from dataclasses import fields
from pathlib import Path

import diffproof
from diffproof.answers.limits import TIMED_OUT, Failure, Limits
from diffproof.cache import Cache, engine_fingerprint, fingerprint
from diffproof.notecheck.judging import PROVED, REFUTED, UNDECIDED, Judged, chain_start, in_force
from diffproof.notecheck.statements import Timeline
from diffproof.notecheck.statements.formulas import Formula, Stated

#: The packages of diffproof a note's verdicts depend on, besides the kernel's engine.
PACKAGES = ("notecheck", "notes", "answers")


@functools.cache
def notes_fingerprint() -> str:
    """The engine's fingerprint with the sources of the notes checker, reader and parser; once per process."""
    here = Path(diffproof.__file__).parent
    files = [path for package in PACKAGES for path in sorted((here / package).rglob("*.py"))]
    return hashlib.sha256(f"{engine_fingerprint()} {fingerprint(files)}".encode()).hexdigest()


def _formula(formula: Formula | None) -> str:
    return "" if formula is None else f"{formula.line}\0{formula.text}"


def _stated(item: Stated | None) -> str:
    """Every field of a statement: a verdict may depend on any (where it holds, whether it is denied or plain)."""
    if item is None:
        return "-"
    values = (getattr(item, field.name) for field in fields(item))
    return "\0".join(_formula(value) if isinstance(value, Formula) else repr(value) for value in values)


#: The timeline's fields read step by step (the rest is what the note says anywhere, read by every step).
_PER_STEP = frozenset({"notes", "stated", "sides", "introduces"})


def _canonical(value: object) -> str:
    """A text for ``value`` that is the same in every process (sets and dicts sorted, statements spelled out)."""
    if isinstance(value, Stated):
        return _stated(value)
    if isinstance(value, (set, frozenset)):
        return "{" + ",".join(sorted(map(_canonical, value))) + "}"
    if isinstance(value, dict):
        return "{" + ",".join(sorted(f"{_canonical(k)}:{_canonical(v)}" for k, v in value.items())) + "}"
    if isinstance(value, (list, tuple)):
        return "(" + ",".join(map(_canonical, value)) + ")"
    return repr(value)


def _note_wide(timeline: Timeline) -> str:
    """What the note says anywhere of its names, as the timeline's fields that are not step by step."""
    return _canonical({f.name: getattr(timeline, f.name) for f in fields(timeline) if f.name not in _PER_STEP})


def step_key(timeline: Timeline, index: int, refuted: frozenset[int]) -> str:
    """The key of step ``index``'s verdict given the steps ``refuted`` before it (see the module docstring)."""
    steps = timeline.notes.steps
    parts = [
        notes_fingerprint(),
        *(repr(step) for step in steps[chain_start(steps, index) : index + 1]),
        _note_wide(timeline),
        *map(_formula, timeline.sides[index]),
        _stated(timeline.introduces[index]),
        *map(_stated, in_force(timeline, index, refuted)),
    ]
    return hashlib.sha256("\0\1".join(parts).encode()).hexdigest()


def _timed_out_key(key: str, limits: Limits) -> str:
    return hashlib.sha256(f"{key} timed out within {limits.seconds!r} s".encode()).hexdigest()


def load(cache: Cache, key: str, limits: Limits) -> Judged | Failure | None:
    """The stored verdict, :data:`TIMED_OUT` if the step ran out of time under these limits before, or None
    (absent, unreadable or of another shape: a miss)."""
    data = cache.load(key)
    try:
        found = None if data is None else Judged.from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError):
        found = None
    if found is not None and found.status not in (PROVED, REFUTED, UNDECIDED):
        found = None
    if found is None and cache.load(_timed_out_key(key, limits)) == {"timed_out": True}:
        found = TIMED_OUT
    cache.count(found is not None)
    return found


def store(cache: Cache, key: str, limits: Limits, outcome: object) -> None:
    """Store a verdict, or that the step ran out of time under ``limits``; nothing else is stored."""
    if isinstance(outcome, Judged):
        cache.store(key, outcome.to_json())
    elif outcome is TIMED_OUT:
        cache.store(_timed_out_key(key, limits), {"timed_out": True})
