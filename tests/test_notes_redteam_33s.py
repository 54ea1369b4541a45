"""The thirty-third red team's false alarms on what a note states of the names a counterexample's model gives values
(tests/data/notes/redteam_laws/rt33-*): a value or an order of the schedule that the Gaussian model's drawn schedule
or its point breaks (alpha_T = 0, abar_T = 0, alpha_t <= 1/4, alpha_1 = ... = alpha_T = 1/4, beta_t = 0.02), an
order on the horizon or a law's variance in a sentence or beside the step (T >= 2, s <= 1), and a value beside a
step refuted as a claim.  The variants added with the fix (rt33s-NN-*) must never give the verdict their name ends
in either; the held notes (rt33s-held-NN-*) keep the verdict their name ends in."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_notes

never_gives = earlier.test_the_red_teams_notes_on_stated_laws
NOTES = earlier.RED_TEAM_LAWS

#: (note, line of its step): the verdict it must never give is the last word of its name.
RED_TEAM_33 = [
    ("rt33-06-zero-terminal-alpha-refuted", 6),
    ("rt33-07-zero-terminal-snr-maths-refuted", 6),
    ("rt33-08-zero-terminal-snr-words-refuted", 6),
    ("rt33-09-schedule-plain-order-small-sizes-refuted", 6),
    ("rt33-10-schedule-chain-of-equalities-refuted", 6),
    ("rt33-11-schedule-formula-value-refuted", 6),
    ("rt33-12-schedule-through-abar-refuted", 6),
    ("rt33-13-schedule-in-words-refuted", 6),
    ("rt33-34-plain-order-on-T-small-sizes-refuted", 6),
    ("rt33-35-condition-beside-step-on-T-refuted", 6),
    ("rt33-38-plain-order-on-law-parameter-refuted", 5),
    ("rt33-39-condition-beside-step-on-law-parameter-refuted", 5),
    ("rt33-41-generic-value-not-at-concrete-index-refuted", 6),
    ("rt33-42-beta-constant-not-in-marginal-refuted", 6),
]
#: The variants: the step is on line 6 (the note's own line, then the context's), line 5 without the context.
VARIANTS = [(path.stem, 5 if "law-parameter" in path.stem else 6) for path in sorted(NOTES.glob("rt33s-[0-9]*.md"))]
#: Notes whose display holds a step and, beside it on its row, the value it is claimed at: neither is refuted.
BESIDE = ["rt33-33-condition-beside-step-value-refuted", "rt33s-10-abar-zero-beside-refuted",
          "rt33s-11-alpha-zero-beside-noise-refuted"]  # fmt: skip
HELD = [(path.stem, 5 if "law-parameter" in path.stem else 6) for path in sorted(NOTES.glob("rt33s-held-*.md"))]


def _on_line(name: str, line: int) -> list:
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return [r for r in report.results if r.step.line == line]


def test_the_notes_are_all_there():
    assert len(VARIANTS) == 15
    assert len(HELD) == 7


@pytest.mark.parametrize("name, line", RED_TEAM_33 + VARIANTS, ids=[name for name, _ in RED_TEAM_33 + VARIANTS])
def test_the_thirty_third_red_team_s_notes(name, line):
    if name in BESIDE:
        return  # below: every step of the row
    never_gives(name, line, PROVED if name.endswith("-proved") else REFUTED)


@pytest.mark.parametrize("name", BESIDE)
def test_a_value_beside_a_step_is_its_case(name):
    results = _on_line(name, 6)
    # a value beside the step on its row is the step's condition since fx62a (one result, the value in its remark)
    # where the reader takes it as one, else a second statement of the row: never refuted either way
    assert results and (len(results) == 2 or "=" in results[0].step.remark)
    assert all(r.status != REFUTED for r in results), [r.reason for r in results]


@pytest.mark.parametrize("name, line", HELD, ids=[name for name, _ in HELD])
def test_the_correct_neighbours_keep_their_verdicts(name, line):
    (result, *_) = _on_line(name, line)
    assert result.status == (PROVED if name.endswith("-proved") else REFUTED), result.reason
