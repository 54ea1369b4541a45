"""The thirty-first red team's notes (tests/data/notes/redteam_laws/rt31-*) against the plain-sentence rule for
orders: a comparison negated in Japanese (より小さくない), words or a negation inside the maths (``\\text{fails}``,
``\\lnot``, ``\\cancel``), a bare order in a list headed by words that deny or count it, "Soit ..., soit ...", a
condition beside a step with words in it, and "ditto for", "same for", についても同じ, 也一样, "carries over to",
"idem": each refuted a correct step against what the note says."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

never_gives = earlier.test_the_red_teams_notes_on_stated_laws
NOTES = earlier.RED_TEAM_LAWS

#: (note, line of its correct step) for the notes whose correct step was refuted.
RED_TEAM_31 = [
    *((path.stem, 4) for path in sorted(NOTES.glob("rt31-0[1-6]-*.md"))),
    ("rt31-07-list-of-wrong-assumptions-refuted", 6),
    ("rt31-08-list-exactly-one-holds-refuted", 7),
    ("rt31-09-fr-soit-soit-either-or-refuted", 4),
    ("rt31-10-beside-text-not-refuted", 2),
    ("rt31-11-beside-text-excluded-refuted", 2),
    ("rt30-40-beside-nless-refuted", 2),
    *((path.stem, 4) for path in sorted(NOTES.glob("rt31-3[0-5]-*.md"))),
]


@pytest.mark.parametrize("name, line", RED_TEAM_31, ids=[name for name, _ in RED_TEAM_31])
def test_the_thirty_first_red_team_s_notes(name, line):
    never_gives(name, line, REFUTED)


@pytest.mark.parametrize("name", ["rt31-43-order-complex-sqrt-crash", "rt31-44-order-log-negative-crash"])
def test_an_order_with_a_number_that_is_not_real_is_no_error(name):
    """``h + k > \\sqrt{-1}`` raised a TypeError where the order was built: it says nothing checkable."""
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    assert [r.status for r in report.results] == [UNDECIDED]
    assert "internal error" not in report.results[0].reason


def test_a_bound_on_a_sum_beside_a_step_is_its_condition():
    """``|h + k| = -(h + k), \\quad h + k > 0``: the bound is the step's condition, checked at the counterexample
    (refuted where h + k > 0); an equation of sums beside a step stays a step of its own."""
    text = (NOTES / "rt31-held-01-sum-bound-beside-step.md").read_text()
    report = check_notes(read_notes(text, markdown=True), Limits(seconds=120))
    assert [(r.step.line, r.status) for r in report.results] == [
        (2, REFUTED),
        (4, UNDECIDED),
        (6, PROVED),
        (6, REFUTED),
    ]
