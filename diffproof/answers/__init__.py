"""Judging formulas written by people: parse LaTeX or plain text safely, then compare with a reference.

Public API (reused by the line-by-line checker of derivations)::

    expr = parse(text, vocabulary)                # SymPy expression, or InvalidAnswer with a position
    verdict = judge(reference, expr, assumptions)  # correct / wrong / undecided, with the evidence

:func:`diffproof.answers.grading.verdicts` runs either in a killable worker process.
"""

from diffproof.answers.errors import InvalidAnswer, LimitExceeded, UnknownSymbol
from diffproof.answers.judge import Assumptions, Counterexample, Status, Verdict, judge
from diffproof.answers.notation import EVERYTHING, Vocabulary, latex, parse

__all__ = [
    "EVERYTHING",
    "Assumptions",
    "Counterexample",
    "InvalidAnswer",
    "LimitExceeded",
    "Status",
    "UnknownSymbol",
    "Verdict",
    "Vocabulary",
    "judge",
    "latex",
    "parse",
]
