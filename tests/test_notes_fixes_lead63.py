"""The lead's fixes of this session's merges (twenty-fifth on issue 11).

- A sentence with no maths that names a law with every moment, and no word read as pointing back ("因此，接下来就是要
  知道这个 Gaussian 的均值和方差可以表达成什么形式。"), gives no law to the names written before it: fx63e's fail-safe gave
  every earlier function of a name a law not read, and lost zh-diffusion-study-notes 273 (both contexts, found by
  the quiet dump).  The same sentence naming a heavy law (柯西, Cauchy) still gives it, as does a pointing word read
  ("It is Gaussian.") for any law.
"""

from __future__ import annotations

import pytest

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
