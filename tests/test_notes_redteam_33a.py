"""The thirty-third red team's notes on approximations, limits and the data's dimension (tests/data/notes/
redteam_laws/rt33-21 to 27, 36, 40) and this session's variants (rt33a-*): an equation the note makes approximate
or a limit (``\\overset{T \\to \\infty}{=}``, ``\\overset{\\text{approx}}{=}``, ``\\quad \\text{for large } T``, "For
large $T$, approximately,", "In the limit", "To first order in $\\beta_t$,", "Since $\\bar\\alpha_T \\approx 0$,")
was refuted as an exact one, and a step summing over the coordinates of vectors the note says are two-dimensional
in words ("The data have dimension $d = 2$", "two-dimensional", 二维, 2次元, 2차원) was refuted one coordinate at a
time.  Each of those must never be refuted; the held notes (rt33a-held-*) must stay refuted: the words are read
in the display's own sentence only, a label over = is a reason, and a step of coordinates alone fails in any
dimension."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_notes

never_gives = earlier.test_the_red_teams_notes_on_stated_laws
NOTES = earlier.RED_TEAM_LAWS

#: The red team's notes and this session's variants: the verdict each must never give ends its name.
FIXED = [path.stem for path in sorted(NOTES.glob("rt33-*.md")) if int(path.stem[5:7]) in (*range(21, 28), 36, 40)]
VARIANTS = [path.stem for path in sorted(NOTES.glob("rt33a-[0-9][0-9]-*.md"))]
#: (held note, line of the step that must stay refuted).
HELD = [
    ("rt33a-held-01-approximately-elsewhere-refuted", 12),
    ("rt33a-held-02-approximately-two-sentences-back-refuted", 6),
    ("rt33a-held-03-approximate-posterior-refuted", 6),
    ("rt33a-held-04-label-over-equals-refuted", 6),
    ("rt33a-held-05-new-sentence-after-display-refuted", 6),
    ("rt33a-held-06-for-all-T-remark-refuted", 6),
    ("rt33a-held-07-one-dimensional-refuted", 6),
    ("rt33a-held-08-two-dimensional-coordinatewise-refuted", 6),
    ("rt33a-held-09-maintain-is-no-dimension-refuted", 6),
]


def test_the_notes_are_all_there():
    assert len(FIXED) == 9
    assert len(VARIANTS) == 27
    assert len(HELD) == len(list(NOTES.glob("rt33a-held-*.md")))


@pytest.mark.parametrize("name", FIXED + VARIANTS)
def test_an_approximation_or_a_dimension_is_never_refuted_as_exact(name):
    never_gives(name, 6, REFUTED)


@pytest.mark.parametrize("name, line", HELD, ids=[name for name, _ in HELD])
def test_exact_wrong_steps_beside_them_stay_refuted(name, line):
    results = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    result = next(r for r in results.results if r.step.line == line)
    if name == "rt33a-held-06-for-all-T-remark-refuted":  # q(x_T) = N(0, 1) holds for standard normal data: the
        assert result.status == "undecided" and "standard normal data" in result.reason  # data's law decides (rt37)
        return
    assert result.status == REFUTED, result.reason


def test_proofs_are_kept_under_an_approximation():
    """An approximation that holds exactly is proved: what the words allow is looser than what the step shows."""
    text = "<!-- diffproof: context ddpm -->\nFor large $T$, approximately,\n\n$$\n\\alpha_t = 1 - \\beta_t\n$$\n"
    (result,) = check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results
    assert result.status == PROVED, result.reason
