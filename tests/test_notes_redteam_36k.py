"""Red team 36k: an order the note states (a display's, a sentence's) of a name the counterexample's point leaves
free (not drawn, not written in the step) no longer leaves the counterexample untrusted where values of the free
names can be chosen, in their domains, at which every order holds together; the values chosen are shown.  Each
trap makes a name look free that the note ties to the step (a definition, an equation claimed, the context's
schedule, an order at another index, a sum, a law, words, a bound) or orders that hold nowhere together: none is
refuted.  The held notes are refuted with the values chosen, which satisfy every order."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from derivations.kernel.vocabulary import Counterexample
from diffproof.answers.limits import Limits
from diffproof.notecheck import REFUTED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS
TRAPS = sorted(path.stem for path in NOTES.glob("rt36k-[0-9]*.md"))


def _last_step(name: str):
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[-1]


def test_the_traps_are_all_here():
    assert len(TRAPS) == 26


@pytest.mark.parametrize("name", TRAPS)
def test_a_name_tied_to_the_step_or_orders_that_cannot_hold_leave_no_refutation(name):
    result = _last_step(name)
    assert result.status != REFUTED, (result.reason, result.counterexample)


def test_a_free_name_is_chosen_where_the_order_holds():
    """h <= g, g free: (h + 1)^2 = h^2 + 1 is refuted, with a g >= h chosen and shown."""
    result = _last_step("rt36k-held-01-free-name-chosen-undecided")
    assert result.status == REFUTED, result.reason
    example = result.counterexample
    values = dict(example.point + example.chosen)
    assert [name for name, _ in example.chosen] == ["g"]
    assert values["h"] <= values["g"]
    assert "chosen where the note's orders hold" in example.describe()


def test_two_free_names_are_chosen_together():
    """h <= g <= u <= 2h: g and u chosen so that all three orders hold at once."""
    result = _last_step("rt36k-held-02-two-free-names-chosen-undecided")
    assert result.status == REFUTED, result.reason
    values = dict(result.counterexample.point + result.counterexample.chosen)
    assert values["h"] <= values["g"] <= values["u"] <= 2 * values["h"]


def test_the_values_chosen_are_kept_in_json():
    example = Counterexample((("h", 0.5),), 1.0, 2.0, chosen=(("g", 1.0),))
    again = Counterexample.from_json(example.to_json())
    assert again.chosen == (("g", 1.0),)
    assert "chosen" not in Counterexample((("h", 0.5),), 1.0, 2.0).to_json()


def test_a_list_of_displayed_claims_keeps_its_refutation_with_the_free_name_chosen():
    """alpha_t <= beta_t displayed, then alpha_t^2 >= alpha_t: beta_t, free of the step, is given a value at least
    alpha_t (and abar_{t-1} of the first display in (0, 1)); the refutation stands (test_verify_tex's list).  The
    counterexample shown is the standard DDPM reading's where it refutes too (judging._standard_shown): beta_t is
    then derived, 1 - alpha_t, rather than chosen, and must still meet the display."""
    text = (
        "\\[ \\alpha_t \\bar\\alpha_{t-1} \\le \\alpha_t \\]\n\\[ \\alpha_t \\le \\beta_t \\]\n"
        "\\[ \\alpha_t^2 \\ge \\alpha_t \\]\n"
    )
    result = check_notes(read_notes(text), Limits(seconds=120)).results[2]
    assert result.status == REFUTED, result.reason
    example = result.counterexample
    given = dict(example.chosen) | dict(example.derived)
    assert "β_t" in given and all(0 < value < 1 for value in (*given.values(), *dict(example.point).values()))
    assert dict(example.point)["α_t"] <= given["β_t"]
