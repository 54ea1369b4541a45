"""The twenty-sixth red team's notes (tests/data/notes/redteam_laws/rt26a-*, rt26c-*) on the kernel's
conventions and the bounds a note states: each made the checker prove a wrong step or refute a correct one.  The
held notes keep what the fixes must not cost."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws

#: (note, line, the verdict it must never give).
RED_TEAM_26 = [
    # "Let sigma > 0" was news the kernel does not model: the four-coordinate counterexample was not trusted
    ("rt26a-01-kl-identity-cov-let-sigma-positive", 4, PROVED),
    ("rt26a-02-expected-norm-let-sigma-positive", 4, PROVED),
    ("rt26a-03-log-density-let-sigma-positive", 4, PROVED),
    # a bound on one of the schedule's names reaches the others under the context (alpha_t = 1 - beta_t)
    ("rt26a-09-ddpm-beta-bound-alpha-step", 5, REFUTED),
    ("rt26a-10-ddpm-alpha-bound-beta-step", 5, REFUTED),
    ("rt26a-11-ddpm-increasing-beta-schedule", 5, REFUTED),
    ("rt26a-15-ddpm-snr-bound-abar-step", 5, REFUTED),  # through the note's gamma_t := abar_t / (1 - abar_t)
    # a bound on a defined number reaches the names of its definition (s := a + b, s > 0); s is no index there
    ("rt26a-14-bound-on-defined-sum", 4, REFUTED),
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_26)
def test_the_twenty_sixth_red_team_s_notes(name, line, never):
    never_gives(name, line, never)


def judged(note: str) -> list[str]:
    return [r.status for r in check_notes(read_notes(note, markdown=True), Limits(seconds=60)).results]


@pytest.mark.parametrize(
    "sentence, steps, expected",
    [
        # a bound on names the step's names are not tied to leaves its counterexamples trusted
        ("We assume $\\beta_t < \\frac{1}{2}$.", ["|2c - 1| = 2c - 1"], [REFUTED]),
        ("Let $u := a + b$ and assume $u > 0$.", ["|c| = c"], [REFUTED]),
        # and one on the names themselves, or those tied to them, leaves them untrusted (not proved)
        ("Let $u := a + b$ and assume $u > 0$.", ["|a + b| = a + b", "|a + b| = -(a + b)"], [UNDECIDED, UNDECIDED]),
        # a letter without the index convention bounded in a sentence is a number (the loss L, the score s)
        ("The loss satisfies $L \\ge 0$.", ["|L| = L"], [UNDECIDED]),
        ("For every $t \\ge 1$ we write it out.", ["\\sqrt{t^2} = -t"], [REFUTED]),  # t is a step
    ],
)
def test_a_bound_reaches_the_names_tied_to_its_own_and_no_others(sentence, steps, expected):
    header = "<!-- diffproof: context ddpm -->\n" if "beta" in sentence else ""
    displays = "".join(f"$$\n{step}\n$$\n\n" for step in steps)
    assert judged(f"{header}{sentence}\n\n{displays}") == expected
