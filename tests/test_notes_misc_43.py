"""Helper misc43's items (notes tests/data/notes/redteam_laws/mi43-*).

1. A step refuted as the note states it, and refuted under the standard DDPM reading too, shows the standard
   reading's counterexample (a Gaussian chain a reader who knows the law checks), trusted as the first one is;
   the verdict never changes, and an untrusted one, or one with a data law of its model's own, is never shown.
"""

from __future__ import annotations

import red_team

from diffproof.notecheck import REFUTED


def test_a_refuted_step_shows_the_standard_reading_s_counterexample():
    result = red_team.judged("mi43-standard-shown")
    assert result.status == REFUTED, result.reason
    assert "standard DDPM reading too" in result.reason
    assert "random joint tables" not in result.counterexample.where
    assert "α_t" in dict(result.counterexample.point)  # the schedule the standard reading's chain is drawn with


def test_a_standard_counterexample_with_its_own_data_law_is_not_shown():
    """q(x_T) needs a law of x_0: the standard reading's model draws one of its own (N(3/2, 1)), which no reader
    would take for the data's; the counterexample found as the note states it is shown."""
    result = red_team.judged("mi43-standard-data-drawn")
    assert result.status == REFUTED, result.reason
    assert "standard DDPM reading" not in result.reason
    assert "random joint tables" in result.counterexample.where


def test_an_untrusted_standard_counterexample_is_not_shown():
    """The note's order of its schedule, in a sentence the standard reading's model cannot be checked against (it
    draws alpha_T itself), leaves that counterexample untrusted: the one found as the note states it is shown."""
    result = red_team.judged("mi43-standard-untrusted")
    assert result.status == REFUTED, result.reason
    assert "standard DDPM reading" not in result.reason
    assert "random joint tables" in result.counterexample.where
