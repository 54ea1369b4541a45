"""The red team 26b's notes (tests/data/notes/redteam_laws/rt26b-*): each made the checker prove a wrong step,
refute a correct one, read maths a page or a slide does not show, or miss maths it does."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS

#: (note with its suffix, line, the verdict it must never give).
RED_TEAM_26B = [
    ("rt26b-01-github-inline-maths-value.md", 3, PROVED),  # |sigma| = sigma after GitHub's $`\sigma = -1`$
    ("rt26b-02-github-inline-maths-matrices.md", 3, PROVED),  # ab = ba after "Let $`a`$ and $`b`$ be matrices"
    ("rt26b-03-beamer-note-defines.tex", 6, PROVED),  # c^2 = 4 from c := 2 in a hidden speaker's \note
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_26B)
def test_the_red_team_26b_s_notes(name, line, never):
    """Each note made the checker give this verdict on the step at ``line`` before the fix."""
    text = (NOTES / name).read_text()
    results = check_notes(read_notes(text, markdown=name.endswith(".md")), Limits(seconds=120))
    result = next(r for r in results.results if r.step.line == line)
    assert result.status != never, result.reason
