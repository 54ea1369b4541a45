"""What the red teams' test files share: a note of ``tests/data/notes/redteam_laws`` judged, and a finding as a
test case (a plain case once fixed, a strict xfail with its cause until then, failing once the finding is fixed)."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

import pytest

from diffproof.answers.errors import InvalidAnswer
from diffproof.answers.grading import equiv
from diffproof.answers.limits import Limits
from diffproof.notecheck import StepResult, check_notes
from diffproof.notes import read_notes

NOTES = Path(__file__).parent / "data" / "notes" / "redteam_laws"


def judged(name: str, last: Collection[str] = ()) -> StepResult:
    """The verdict on the note's step at issue: its last step if ``name`` is in ``last``, else its first."""
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[-1 if name in last else 0]


def case(name: str, fixed: Collection[str], causes: Mapping[str, str]):
    """The finding ``name`` as a test case: plain once in ``fixed``, else a strict xfail giving its cause."""
    if name in fixed:
        return name
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=f"left: {causes[name]}"))


#: What the answer checker says of a reference it will not read (it reads more than one way): it asks for
#: parentheses.
REFUSED = "refused"


def answer_verdict(reference: str, answer: str) -> str:
    """The answer checker's verdict on ``answer`` against ``reference``, or :data:`REFUSED` when it will not read
    the reference."""
    try:
        return equiv(reference, answer).verdict.status.value
    except InvalidAnswer as error:
        assert "more than one way" in str(error), error
        return REFUSED
