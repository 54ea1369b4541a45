"""The thirty-second red team's notes (tests/data/notes/redteam_laws/rt32-*) against the orders and meanings this
session reads: an implicit product in a plain order (``$hk > 0$`` beside ``h k``), bounds in words the comparisons
did not read ("below zero", "lies in $(-1, 0)$", "For negative $h + k$", "never more than", "$0$ is less than"),
and schedule meanings judged the context's from filler words and loose maths ("up to step $t$", "for $s \\le
\\tau_t$", "for $s \\le t$ and $s \\le 1$"): each made the checker refute a correct step or prove a wrong one."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.notecheck import PROVED, REFUTED

never_gives = earlier.test_the_red_teams_notes_on_stated_laws
NOTES = earlier.RED_TEAM_LAWS

#: (note, line of its step): the verdict it must never give is the last word of its name.  The LaTeX notes
#: (rt32-20 to rt32-23, assumptions the reader did not see) are tested in tests/test_notes_redteam_34r.py.
RED_TEAM_32 = [
    (path.stem, 5 if 9 <= int(path.stem[5:7]) <= 16 or int(path.stem[5:7]) >= 25 else 4)
    for path in sorted(NOTES.glob("rt32-[0-9][0-9]-*.md"))
]


def test_the_fixed_notes_are_all_there():
    assert len(RED_TEAM_32) == 25
    assert len(sorted(NOTES.glob("rt32-[0-9][0-9]-*.tex"))) == 4


@pytest.mark.parametrize("name, line", RED_TEAM_32, ids=[name for name, _ in RED_TEAM_32])
def test_the_thirty_second_red_team_s_notes(name, line):
    never_gives(name, line, PROVED if name.endswith("-proved") else REFUTED)
