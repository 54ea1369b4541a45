"""Red team 36d (tests/data/notes/redteam_laws/rt36d-*), against the rules that fixed red team 36's laws: the data's
law said in any sentence that writes the data beside a law's word or maths (statements.laws._data_law_said), and a
forward step or its noises said otherwise in words (_forward_said_otherwise, _noises_tied_in_words, a meaning 'the X
of' in meanings._meant).

Held: where the rules must not fire (a clause about the process, a mean that is not the data's, the data's own law
named, x_T the subject, the DDPM step said rightly in words, a timestep drawn uniformly, 'the same schedule', the
signal kept) the refutation or the proof stays; where they must (an adjective 'Centred data', a variance beta_t^2,
'antithetic' noises, 'reuses the previous noise', a variance $\\sigma_t^2$ the context gives no value, and since red
team 37's fixes 'Every pixel has mean zero' and 'variance is twice $\\beta_t$') the step is not decided wrongly.
And red team 36's forward step in a code block (rt36-24) is held as decided: a code block is no maths, and the
declared context holds.
"""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS

#: Each held note and the verdict it must keep.
HELD = {
    "rt36d-01-noise-added-to-data-refuted": REFUTED,
    "rt36d-02-target-mean-in-terms-of-x0-refuted": REFUTED,
    "rt36d-03-x0-sampled-from-data-law-refuted": REFUTED,
    "rt36d-04-xT-gaussian-whatever-the-data-refuted": REFUTED,
    "rt36d-06-forward-step-correct-in-words-proved": PROVED,
    "rt36d-07-noise-std-sqrt-beta-proved": PROVED,
    "rt36d-08-timestep-uniform-proved": PROVED,
    "rt36d-09-same-schedule-every-step-proved": PROVED,
    "rt36d-10-alpha-fraction-of-signal-proved": PROVED,
}
#: Notes whose step must not be given the wrong verdict named (a correct step refuted, a wrong one proved).
CAUGHT = {
    "rt36d-05-centred-data-adjective-undecided": REFUTED,
    "rt36d-11-noise-variance-beta-squared-undecided": PROVED,
    "rt36d-14-antithetic-forward-noises-proved": PROVED,
    "rt36d-15-noise-variance-sigma-undecided": PROVED,
    "rt36d-16-step-reuses-previous-noise-proved": PROVED,
    "rt36d-12-pixel-mean-zero-refuted": REFUTED,  # fixed by red team 37's fix: the data's law N(0, 1) checked
    "rt36d-13-noise-variance-twice-beta-proved": PROVED,  # fixed by red team 37's fix: 'twice' is beyond the value
}


def _first_step(name: str):
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[0]


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt36d-*.md"))
    assert found == sorted([*HELD, *CAUGHT])


@pytest.mark.parametrize("name", sorted(HELD))
def test_the_new_rules_keep_what_they_must(name):
    result = _first_step(name)
    assert result.status == HELD[name], result.reason


@pytest.mark.parametrize("name", sorted(CAUGHT))
def test_the_new_rules_catch_their_neighbours(name):
    result = _first_step(name)
    assert result.status != CAUGHT[name], result.reason
