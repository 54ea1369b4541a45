"""The thirty-fifth red team's notes (tests/data/notes/redteam_laws/rt35-*), against this session's rules: a forward
step of the note's that is no Gaussian step of the context's chain (a noise times x_{t-1}, eps^2, |eps|, a cubic
drift, + x_0 or + x_{t-2}), a noise given an unreadable value, a forward process said otherwise in words
("variance-exploding", "deterministic", "uniform noise", "no rescaling") proved the context's laws; the data's law
said in German or French, as symmetric or as "every training example equals 0", and a sentence after a display
that says where it fails ("fails unless", "is false whenever") were refuted.  rt35-15 (a data moment in a
Markdown table) holds since the data's law is read as a class: a table's cell "mean of $x_0$" writes the data
beside a moment's word (statements.laws._data_law_said)."""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS
RED_TEAM_35 = sorted(path.stem for path in NOTES.glob("rt35-[0-9][0-9]-*.md"))


def _first_step(name: str):
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[0]


def test_the_notes_are_all_there():
    assert len(RED_TEAM_35) == 21


@pytest.mark.parametrize("name", RED_TEAM_35)
def test_the_thirty_fifth_red_team_s_notes(name):
    result = _first_step(name)
    assert result.status != (PROVED if name.endswith("-proved") else REFUTED), result.reason


def test_a_plain_continuation_after_a_display_restricts_nothing():
    assert _first_step("rt35-held-01-plain-continuation-undecided").status == REFUTED


def test_the_context_s_step_two_at_once_is_the_context_s():
    """Two independent noises whose variances add up to the context's: its forward laws stay in use."""
    result = _first_step("rt35-held-02-two-noise-step-refuted")
    assert result.status != REFUTED
    assert "not used" not in result.reason, result.reason
