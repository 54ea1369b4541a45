"""Judging formulas written by people: read LaTeX, plain text or Unicode safely, then compare with a reference.

Public API (reused by the line-by-line checker of notes)::

    readings = read(text, vocabulary)                   # Formula per reading, or InvalidAnswer with a position
    judgement = judge(reference, readings, assumptions)  # a shared Verdict (proved / refuted / undecided) + evidence

:func:`diffproof.answers.grading.judgements` runs checks in killable worker processes.
"""

from diffproof.answers.errors import InvalidAnswer, LimitExceeded, UnknownSymbol
from diffproof.answers.judge import Assumptions, Judgement, judge
from diffproof.answers.notation import EVERYTHING, Formula, Vocabulary, latex, parse, read

__all__ = [
    "EVERYTHING",
    "Assumptions",
    "Formula",
    "InvalidAnswer",
    "Judgement",
    "LimitExceeded",
    "UnknownSymbol",
    "Vocabulary",
    "judge",
    "latex",
    "parse",
    "read",
]
