"""Helper misc44's items.

2. A noun that makes a quantity nonnegative ("variance"), set right before maths (an apposition: "le paramètre de
   variance $\\beta_t$"), names that maths: it says nothing of another name of the sentence ("au cours du temps
   $T$"), whose type (T a whole number, the last index of a sum) it no longer makes real.  Where the noun is said
   of the name itself, or the sentence ties the two ("equals", "is"), the name stays what the words may make it.
"""

from __future__ import annotations

import pytest

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, UNDECIDED, check_notes
from diffproof.notes import read_notes

#: A step that needs T to be a whole number: split off the first term of a sum to T.
_SUM_TO_T = "$$\n\\sum_{t=2}^{T} \\log q(x_t \\mid x_{t-1}) + \\log q(x_1 \\mid x_0) = \\sum_{t=1}^{T} \\log q(x_t \\mid x_{t-1})\n$$\n"


def _statuses(text: str) -> list[str]:
    results = check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results
    return [r.status for r in results]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le paramètre de variance $\\beta_t$ peut être soit fixé comme une constante, soit choisi selon un calendrier "
        "évoluant au cours du temps $T$.",
        "The variance $\\beta_t$ is held constant over time $T$.",
        "The variance parameter $\\beta_t$ may change over the horizon $T$.",
        "Die Varianz $\\beta_t$ bleibt über die Zeit $T$ konstant.",
    ],
)
def test_a_noun_set_before_another_name_says_nothing_of_the_horizon(sentence):
    assert _statuses(f"{sentence}\n\n{_SUM_TO_T}") == [PROVED]


@pytest.mark.parametrize(
    "sentence",
    [
        "Here $T$ is a variance.",  # the noun said of T itself
        "The variance $\\beta_t$ equals $T$.",  # the sentence ties T to the variance
        "La variance $\\beta_t$ est $T$.",
        "The variance $\\beta_t$ and the length $T$ are fixed.",  # a noun set right before T too
        "Die Varianz ist $T$.",
    ],
)
def test_a_noun_said_of_the_horizon_still_makes_it_real(sentence):
    assert _statuses(f"{sentence}\n\n{_SUM_TO_T}") == [UNDECIDED]
