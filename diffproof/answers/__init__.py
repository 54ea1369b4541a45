"""Judging formulas written by people: read LaTeX, plain text or Unicode safely, then compare with a reference.

Public API (reused by the line-by-line checker of notes)::

    readings = read(text, vocabulary)                   # Formula per reading, or InvalidAnswer with a position
    judgement = judge.judge(reference, readings, assumptions)  # a shared Verdict + the evidence

:func:`diffproof.answers.grading.judgements` runs checks in killable worker processes.  The names below are
imported on first use (PEP 562), so that the commands' argument handling (``--help``, usage errors, the
worker limits) imports no SymPy.
"""

import importlib

_EXPORTS = {
    "EVERYTHING": "notation",
    "Formula": "notation",
    "Vocabulary": "notation",
    "latex": "notation",
    "parse": "notation",
    "read": "notation",
    "Assumptions": "judge",
    "Judgement": "judge",
    "InvalidAnswer": "errors",
    "LimitExceeded": "errors",
    "UnknownSymbol": "errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"diffproof.answers.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'diffproof.answers' has no attribute {name!r}")
