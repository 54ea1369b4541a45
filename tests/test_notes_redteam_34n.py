"""A Gaussian law a note states of one density of a law (``p(x_{t-1} | x_t) = N(x_{t-1}; x_t, 1)`` at a generic t)
and a step about another density of that law (p(x_{T-1})): the model draws the step's densities itself, a law
that need not follow the note's, so its counterexample is not trusted (rt33-32); where the step writes the very
density stated, the model takes it and a wrong step is still refuted."""

from __future__ import annotations

import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import REFUTED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS


def _first_step(name: str):
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[0]


def test_a_law_stated_at_a_generic_index_is_not_drawn_anew():
    result = _first_step("rt33-32-generic-reverse-law-not-instantiated-refuted")
    assert result.status != REFUTED, result.reason
    assert "Gaussian laws of p" in result.reason


def test_the_stated_law_where_the_step_writes_it_still_refutes():
    result = _first_step("rt34n-held-01-stated-gaussian-law-used-undecided")
    assert result.status == REFUTED, result.reason


def test_a_number_of_steps_in_words_keeps_the_small_sizes_untrusted():
    """ "At least four steps" excludes T = 1, where the sum from 3 to T is empty; a sentence counting nothing does not."""
    report = check_notes(read_notes((NOTES / "rt34n-03-steps-counted-in-words-refuted.md").read_text(), markdown=True),
                         Limits(seconds=120))  # fmt: skip
    assert report.results[-1].status != REFUTED, report.results[-1].reason
    report = check_notes(read_notes((NOTES / "rt34n-held-03-no-count-undecided.md").read_text(), markdown=True),
                         Limits(seconds=120))  # fmt: skip
    assert report.results[-1].status == REFUTED, report.results[-1].reason


def _last_step(name: str):
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[-1]


def test_an_order_displayed_on_its_own_is_a_condition_of_the_steps_after_it():
    """$$ h + k > 0 $$ then |h + k| = h + k: not refuted where the displayed order fails; the wrong sign is."""
    assert _last_step("rt34n-02-displayed-order-then-step-refuted").status != REFUTED
    assert _last_step("rt34n-held-02-displayed-order-wrong-sign-undecided").status == REFUTED
