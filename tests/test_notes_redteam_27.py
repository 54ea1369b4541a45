"""The twenty-seventh red team's notes (tests/data/notes/redteam_laws/rt27a-*, rt27b-*), against the rules the
twenty-sixth round's fixes added: each made the checker prove a wrong step or refute a correct one."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_notes

# by the module, so that pytest does not collect the earlier tests again here
never_gives = earlier.test_the_red_teams_notes_on_stated_laws

#: (note, line, the verdict it must never give).
RED_TEAM_27 = [
    # a noun is no news of a name only when said of it plainly: not "the log of", "not a", "log-variance"
    ("rt27a-01-log-of-std-noun-no-news", 4, PROVED),
    ("rt27a-02-beta-log-variance-no-news", 4, PROVED),
    ("rt27a-14-not-a-standard-deviation-keeps-sign", 4, PROVED),
    ("rt27a-15-beta-not-a-variance-keeps-range", 4, PROVED),
    ("rt27a-03-t-a-distance-keeps-integer", 4, PROVED),  # a distance is a real: t is no longer a whole number
    ("rt27a-04-I-number-of-iterations-identity", 4, PROVED),  # "Let $I$ be the number of": not the identity
    # a noun of a law (a variance) is about a law; a probability or a count bounds a value, x's too
    ("rt27a-05-probability-beside-law-refuted", 4, REFUTED),
    ("rt27a-06-z-number-of-heads-refuted", 4, REFUTED),
    ("rt27a-07-x-a-probability-refuted", 4, REFUTED),
    ("rt27a-16-german-nichtnegativ-refuted", 4, REFUTED),
    # a unit set aside ("instead of unit variance", "instead of the identity") makes no standard normal
    ("rt27a-08-ctx-instead-of-unit-variance", 6, PROVED),
    ("rt27a-10-ctx-variance-instead-of-identity", 6, PROVED),
    # an example's value ends where the note drops it; a special case, "for the moment", is an example
    ("rt27a-11-example-ends-unknown-constant", 10, PROVED),
    ("rt27a-12-special-case-leaks-past-in-general", 10, PROVED),
    ("rt27a-13-suppose-for-moment-leaks-past-in-general", 10, PROVED),
    # a schedule the note chooses is no claim the context can refute
    ("rt27b-02-ctx-linear-schedule-refuted", 5, REFUTED),
    ("rt27b-02-ctx-linear-schedule-refuted", 9, REFUTED),
    ("rt27b-03-ctx-constant-schedule-refuted", 5, REFUTED),
    ("rt27b-03-ctx-constant-schedule-refuted", 9, REFUTED),
    # the schedule's start (abar_0 = 1, alpha_0 = 1) and a bound within the range lift no range
    ("rt27b-04-ctx-abar-zero-one-refutes-sign", 5, REFUTED),
    ("rt27b-05-ctx-alpha-zero-one-refutes-beta-sign", 5, REFUTED),
    ("rt27b-06-ctx-beta-one-positive-refutes-alpha-sign", 5, REFUTED),
    ("rt27b-07-ctx-beta-one-bound-refutes-schedule-signs", 5, REFUTED),
    ("rt27b-07-ctx-beta-one-bound-refutes-schedule-signs", 7, REFUTED),
    ("rt27b-07-ctx-beta-one-bound-refutes-schedule-signs", 9, REFUTED),
    # noises made one in other words, and the Markov property denied in other words
    ("rt27b-08-ctx-noise-copy-independent-proved", 5, PROVED),
    ("rt27b-09-ctx-identical-noises-independent-proved", 5, PROVED),
    ("rt27b-10-ctx-same-draw-independent-proved", 5, PROVED),
    ("rt27b-11-ctx-reused-noise-independent-proved", 5, PROVED),
    ("rt27b-12-ctx-forward-has-memory-markov-proved", 5, PROVED),
    ("rt27b-13-ctx-no-longer-markov-chain-proved", 5, PROVED),
    ("rt27b-14-ctx-no-markov-property-proved", 5, PROVED),
    # a schedule name called what the context calls abar_t ("the cumulative product", "given x_0")
    ("rt27b-15-ctx-alpha-is-cumulative-product-proved", 5, PROVED),
    ("rt27b-16-ctx-our-beta-is-variance-proved", 5, PROVED),
]


@pytest.mark.parametrize(("name", "line", "never"), RED_TEAM_27)
def test_the_twenty_seventh_red_team_s_notes(name, line, never):
    never_gives(name, line, never)


#: Correct steps the fixes keep proved: a bound within the range, the schedule's start.
KEPT = [
    ("rt27b-04-ctx-abar-zero-one-refutes-sign", 5),
    ("rt27b-06-ctx-beta-one-positive-refutes-alpha-sign", 5),
    ("rt27b-07-ctx-beta-one-bound-refutes-schedule-signs", 9),
]


@pytest.mark.parametrize(("name", "line"), KEPT)
def test_a_bound_within_the_range_keeps_the_context_s_proofs(name, line):
    earlier.test_the_twenty_first_red_team_s_held_notes_keep_their_verdicts(name, line, PROVED)


def test_the_context_s_own_descriptions_keep_its_schedule():
    """abar_t called the cumulative product, beta_t the variance of a step's noise: what the context says."""
    note = (
        "<!-- diffproof: context ddpm -->\nHere $\\bar\\alpha_t$ is the cumulative product of the $\\alpha_s$, "
        "and $\\beta_t$ is the variance of the noise added at step $t$.\n\n$$ 1 - \\beta_t = \\alpha_t $$\n"
    )
    (result,) = check_notes(read_notes(note, markdown=True), Limits(seconds=60)).results
    assert result.status == PROVED, result.reason
