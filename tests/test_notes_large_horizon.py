"""A note that allows only a large number of steps (``T >= 1000``) is checked as fast as any other.

The search for a counterexample writes sums out at concrete sizes; it writes out none above
:data:`derivations.kernel.sums.LARGEST_SIZE` (a thousand terms take minutes to check), so such a step is proved by
a rule or left undecided with that reason, never refuted at a size the note excludes.
"""

from __future__ import annotations

import pytest
from red_team import report

from derivations.kernel.sums import LARGEST_SIZE

SPLIT = r"\sum_{t=2}^{T} \log q(x_t \mid x_{t-1}) = \log q(x_2 \mid x_1) + \sum_{t=3}^{T} \log q(x_t \mid x_{t-1})"
#: Wrong at every T >= 3: the term split off is the one for t = 3 while the sum left still starts at 3.
WRONG_SPLIT = (
    r"\sum_{t=2}^{T} \log q(x_t \mid x_{t-1}) = \log q(x_3 \mid x_2) + \sum_{t=3}^{T} \log q(x_t \mid x_{t-1})"
)
#: Wrong at every T: the sum has T terms.
WRONG_COUNT = r"\sum_{t=1}^{T} 1 = T - 1"


def note(bound: int) -> str:
    steps = "\n\n".join(f"$$\n{step}\n$$" for step in (SPLIT, WRONG_SPLIT, WRONG_COUNT))
    return f"<!-- diffproof: context ddpm -->\nHere $T \\ge {bound}$.\n\n{steps}\n"


def test_a_large_horizon_is_proved_by_the_rules_and_not_searched():
    split, wrong_split, wrong_count = report(note(1000)).results
    assert split.status == "proved", split.reason
    for wrong in (wrong_split, wrong_count):
        assert wrong.status == "undecided", wrong.reason
        assert f"no size of T up to {LARGEST_SIZE} is admissible, and larger ones are not written out" in wrong.reason


@pytest.mark.parametrize("bound", [2, LARGEST_SIZE - 8])
def test_a_horizon_within_the_largest_size_is_still_searched(bound):
    split, wrong_split, wrong_count = report(note(bound)).results
    assert split.status == "proved", split.reason
    assert wrong_count.status == "refuted", wrong_count.reason
    assert wrong_count.counterexample.point[0] == ("T", float(bound))
    if bound == 2:  # the Gaussian model of the chain is small enough to write out at T = 3
        assert wrong_split.status == "refuted", wrong_split.reason
