"""The data's law a note gives (tests/data/notes/redteam_laws/rt34m-*): under the context the Gaussian model draws
the law of x_0 itself, which a note may have fixed in a display (``q(x_0) = N(x_0; 0, 1)``) or in words ("the data
are standard normal"); a counterexample drawn against it is not trusted, and a family said of the process's noise
or of x_T is not the data's."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS
GIVEN = sorted(path.stem for path in NOTES.glob("rt34m-0[0-9]-*.md"))


def _last_step(name: str):
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[-1]


def test_the_notes_are_all_there():
    assert len(GIVEN) == 7


@pytest.mark.parametrize("name", GIVEN)
def test_a_law_the_note_gives_the_data_is_not_drawn_anew(name):
    result = _last_step(name)
    assert result.status == UNDECIDED, result.reason
    assert "law of x_0" in result.reason


def test_a_family_said_of_the_process_is_not_the_data_s():
    result = _last_step("rt34m-held-01-process-words-undecided")
    assert result.status == REFUTED, result.reason
