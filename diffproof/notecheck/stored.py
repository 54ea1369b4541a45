"""Verdicts on a note's steps stored by content: checking a note again reads back what it judged before.

A step's key is a SHA-256 of the engine (the versions and the sources of the
kernel, of the notes checker, of the notes reader and of the shared parser),
of the whole note as read (its source and everything read from it), of the
step's place in it, and of the statements in force before it without those of
a chain that was refuted.  Judging reads a step's surroundings in many ways
(the note's words about an integrand, its sentences, its other steps' sides),
so a key that listed only some of them once read a proof back for a note whose
words withhold it (rt48-01): edit a note and all its steps are judged again;
the other notes of a run are read back.

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
from diffproof.notecheck.judging import PROVED, REFUTED, UNDECIDED, Judged, in_force
from diffproof.notecheck.statements import Timeline
from diffproof.notecheck.statements.formulas import Formula, Stated
from diffproof.notes.model import Notes

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
    return "\0".join(
        _formula(value) if isinstance(value, Formula) else _stated(value) if isinstance(value, Stated) else repr(value)
        for value in values
    )


def note_digest(notes: Notes) -> str:
    """A SHA-256 of everything read from a note, its source included (the same in every process)."""
    return hashlib.sha256(repr(notes).encode()).hexdigest()


def step_key(timeline: Timeline, note: str, index: int, refuted: frozenset[int]) -> str:
    """The key of step ``index`` of the note whose :func:`note_digest` is ``note``, given the steps ``refuted``
    before it."""
    parts = [notes_fingerprint(), note, str(index), *map(_stated, in_force(timeline, index, refuted))]
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
