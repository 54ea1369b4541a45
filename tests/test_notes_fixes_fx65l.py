"""rt65d's false alarms in the schedule's and lead-ins' readers (fx65l), with held-out variants and guards.

1. A display's sentence that claims it only in a case said in words (a supposition or counterfactual, "If no noise
   were added at step $t$, we would have", "Suppose ... . Then"; a value of a name, "For a data point at the
   origin,"), whose maths holds no relation a reader of conditions takes, holds a refutation
   (lead_ins.case_in_words): the counterexample may lie outside the case.  Proofs are untouched.
2. A schedule shape in words at an end of the range ("the degenerate schedule that adds no noise", "the last beta
   is one") does not only narrow the schedules the note may mean (schedule_shapes.leaves_the_box): no refutation
   "at every schedule" of the box (0, 1) then.
3. A step false at every schedule is shown at a schedule a witness builds meeting every relation among the
   schedule's names the note reads (every_schedule.at_a_schedule, with narrowing_said), or held where none is found.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

_CONTEXT = "<!-- diffproof: context ddpm -->\n\n"
_KEPT = "$$\n\\bar{\\alpha}_t = \\bar{\\alpha}_{t-1}\n$$\n"
_SCALED = "$$\n\\sqrt{\\bar{\\alpha}_t}\\, x_0 = \\sqrt{\\bar{\\alpha}_{t-1}}\\, x_0\n$$\n"
_WRONG = "$$\n\\sqrt{\\bar{\\alpha}_t}\\, x_0 = \\sqrt{\\bar{\\alpha}_{t-1}}\\, x_0 + \\beta_{t-1} x_0\n$$\n"

#: Right steps claimed only in a case said in words (held-out wordings, names and languages): never refuted.
_IN_A_CASE = {
    "were-we-would": "Were no noise added at step $t$, we would have\n\n" + _KEPT,
    "assume-then": "Assume that the step adds no noise. Then\n\n" + _KEPT,
    "german-wenn": "Wenn im Schritt $t$ kein Rauschen hinzukommt, gilt\n\n" + _KEPT,
    "all-zeros-lead-in": "We use a constant schedule. For data that is all zeros,\n\n" + _SCALED,
    "vanishing-data": "For vanishing data,\n\n" + _SCALED,
    "noiseless-shape": "Consider the noiseless schedule as a sanity check. Then the signal is kept:\n\n" + _KEPT,
    "betas-zero-shape": "Take a schedule whose betas are all zero. The signal is then kept:\n\n" + _KEPT,
}


@pytest.mark.parametrize("name", sorted(_IN_A_CASE))
def test_a_step_claimed_in_a_case_said_in_words_is_not_refuted(name):
    result = red_team.last(_CONTEXT + _IN_A_CASE[name])
    assert result.status != REFUTED, result.reason


#: Wrong steps the rules must not hold (a plain lead-in, a supposition in maths the readers take, a plain shape).
_STILL_REFUTED = {
    "plain-lead-in": "We have\n\n" + _KEPT,
}


@pytest.mark.parametrize("name", sorted(_STILL_REFUTED))
def test_a_wrong_step_without_such_words_stays_refuted(name):
    result = red_team.last(_CONTEXT + _STILL_REFUTED[name])
    assert result.status == REFUTED, result.reason


def test_a_right_step_under_a_supposition_keeps_its_proof():
    text = "Suppose for a moment that step $t$ adds no noise. Then\n\n$$\n\\bar{\\alpha}_t = \\alpha_t \\bar{\\alpha}_{t-1}\n$$\n"
    result = red_team.last(_CONTEXT + text)
    assert result.status == PROVED, result.reason


def _shown(result) -> dict[str, float]:
    example = result.counterexample
    return {name: float(v) for name, v in (*example.point, *example.derived) if not isinstance(v, str)}


def test_a_shape_in_words_holds_a_step_false_at_every_schedule():
    """Words may say the schedule's names anew (the lead's rule after this helper's merge), so a shape in words is no
    narrowing and no counterexample is trusted against it, not even one at a schedule the words seem to mean."""
    for words in ("All the betas are equal.", "We use a constant schedule. Then"):
        result = red_team.last(_CONTEXT + words + "\n\n" + _WRONG)
        assert result.status != REFUTED, result.reason


def test_a_step_false_at_every_schedule_is_shown_at_a_schedule_meeting_a_falling_order():
    text = "Here the betas fall: $$\\beta_1 > \\beta_2 > \\dots > \\beta_T$$ as the step grows.\n\n" + _WRONG
    result = red_team.last(_CONTEXT + text)
    assert result.status != PROVED, result.reason
    if result.status == REFUTED:
        shown = _shown(result)
        assert 1 - shown["α_{t-1}"] > 1 - shown["α_t"], result.counterexample
