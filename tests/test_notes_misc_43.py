"""Helper misc43's items (notes tests/data/notes/redteam_laws/mi43-*).

1. A step refuted as the note states it, and refuted under the standard DDPM reading too, shows the standard
   reading's counterexample (a Gaussian chain a reader who knows the law checks), trusted as the first one is;
   the verdict never changes, and an untrusted one, or one with a data law of its model's own, is never shown.
2. A step the parser reads more than one way (here the reach of \\log before more factors) is proved only if every
   reading is proved, refuted only if every reading is refuted, and undecided where they disagree.  A sum or an
   argmax reaches every factor that writes its bound variable (the parser keeps no reading that leaves it free).
4. A definition of abar_t by a product whose upper limit is the last step T (a slip for t) is not read: the
   steps it would decide stay undecided.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.answers import parser as syntax
from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes


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


@pytest.mark.parametrize(
    ("name", "status"),
    [
        ("mi43-reach-disagree", UNDECIDED),  # log(p(x) a) = log(p(x) a), but (log p(x)) a is not
        ("mi43-reach-disagree-other", UNDECIDED),  # (log p(x)) a = a log p(x), but log(p(x) a) is not
        ("mi43-reach-both-proved", PROVED),  # log(p(x) 1) and (log p(x)) 1 are both log p(x)
        ("mi43-reach-both-refuted", REFUTED),  # neither reading equals log p(x) + a
    ],
)
def test_the_reach_of_a_log_is_judged_apart(name, status):
    result = red_team.judged(name)
    assert result.status == status, result.reason
    if status == UNDECIDED:
        assert "the readings disagree" in result.reason


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("\\sum_z Q(z) \\frac{p(x, z)}{Q(z)}", 1),  # the sum reaches the factor that writes z
        ("\\sum_{t=1}^{T} q(x_t) \\log p(x_t)", 1),  # and the one that writes x_t, for the index t
        ("\\arg\\max_\\theta p_\\theta(x)\\, q(\\theta)", 1),  # an argmax reaches what writes its variable
        ("\\sum_z Q(z)\\, a", 2),  # a factor without z: the sum may end before it
        ("\\sum_{t=1}^{T} q(x_t)\\, a_s", 2),
        ("\\arg\\max_\\theta p_\\theta(x)\\, a", 2),
        ("\\log p(x)\\, p(z)", 2),  # a log binds nothing
        ("\\nabla_x \\log p(x)\\, q(x)", 2),  # nor does a gradient: (nabla_x log p(x)) q(x) is a reading
    ],
)
def test_a_binding_operator_reaches_every_factor_that_writes_its_variable(text, count):
    assert len(syntax.readings(syntax.parse(text, notes=True))) == count


def test_a_product_to_the_last_step_defines_no_schedule_a_step_may_be_judged_by():
    """``\\bar\\alpha_t = \\prod_{i=1}^{T} \\alpha_i`` says, as written, that abar_t is one number for every t
    (abar_1 = abar_2 = abar_T), while a note that writes it means prod_{i=1}^{t} (abar_1 > abar_2 > ...).  Each
    step below holds under one reading and fails under the other, so none may be decided; and a counterexample
    trusted under both would need abar_t = prod_{i <= t} alpha_i = prod_{i <= T} alpha_i, so t = T (each alpha_i
    < 1), which the generic indices t < T exclude."""
    notes = read_notes((red_team.NOTES / "mi43-product-to-capital-t.md").read_text(), markdown=True)
    results = check_notes(notes, Limits(seconds=120)).results
    assert [r.status for r in results] == [UNDECIDED] * 3, [r.reason for r in results]
