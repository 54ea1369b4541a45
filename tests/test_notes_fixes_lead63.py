"""The lead's fixes of this session's merges (twenty-fifth on issue 11).

- A sentence with no maths that names a law with every moment, and no word read as pointing back ("因此，接下来就是要
  知道这个 Gaussian 的均值和方差可以表达成什么形式。"), gives no law to the names written before it: fx63e's fail-safe gave
  every earlier function of a name a law not read, and lost zh-diffusion-study-notes 273 (both contexts, found by
  the quiet dump).  The same sentence naming a heavy law (柯西, Cauchy) still gives it, as does a pointing word read
  ("It is Gaussian.") for any law.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED
from diffproof.notecheck.statements.tails import tails_said_after
from diffproof.notes import read_notes

_BEFORE = "We write $\\sqrt{x_0}$ below.\n\n"


@pytest.mark.parametrize(
    "said",
    [
        "因此，接下来就是要知道这个 Gaussian 的均值和方差可以表达成什么形式。",
        "Next we want the mean and the variance of this Gaussian.",  # 'this' is read as pointing back: given
    ],
)
def test_a_light_law_is_given_back_only_by_a_pointing_word(said):
    given = tails_said_after(read_notes(_BEFORE + said + "\n", markdown=True))
    assert bool(given) == ("this" in said), given


@pytest.mark.parametrize(
    "said",
    ["因此，它服从柯西分布。", "Ensuite, la loi est de Cauchy.", "Both follow a Cauchy distribution."],
)
def test_a_heavy_law_is_given_back_whatever_points(said):
    assert tails_said_after(read_notes(_BEFORE + said + "\n", markdown=True))


def test_an_unread_equation_of_a_function_pins_no_argument():
    """``p(x) = \\mathcal{N}(x | \\mu, \\sigma)`` written so that it is not read (en-louisfaury's ``p\\(x)``) gives x no
    value: a counterexample at x stays trusted (fx63d pinned every name of an unread equation's left side and lost the
    sweep's three refutations); ``x = \\max(y, 0)`` still pins x (rt63r 47)."""
    wrong = "Let $p\\(x) = \\mathcal{N}(x \\vert \\mu, \\sigma)$.\n\n$$\n(x + 1)^2 = x^2 + 1\n$$\n"
    assert red_team.last(wrong).status == REFUTED
    pinned = "Let $x = \\max(y, 0)$.\n\n$$\n\\sqrt{x^2} = x\n$$\n"
    assert red_team.last(pinned).status != REFUTED
