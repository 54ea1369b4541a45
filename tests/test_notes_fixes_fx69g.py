"""A value or a range the note says a step is used at, beside it, replaces its names' conventions (rt69b-20, 22-24):

- maths not read that says a number other than as ``name = number`` (``0 = \\sigma``, ``\\sigma \\in \\{0, 1\\}``,
  ``\\sigma^2 = 0``, ``|\\sigma| = 0``) drops the conventions (sigma > 0) as ``\\sigma = 0`` does, so a divisor sigma is
  not shown nonzero there: held;
- a case read (``every \\sigma \\ge 0``, ``\\sigma \\in [0, 1]``, ``0 \\le \\sigma``) that takes a name beyond its
  convention replaces it instead of being joined to it: the step must have a value at the case's points;
- a case within the convention (``every \\sigma > 0``, ``\\sigma \\ge 1``) keeps the proof.

Several variants share one note (each display followed by the sentence saying where it is used), so the notes are
judged once."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED


def _used_at(*said: str) -> str:
    """A note of sigma / sigma = 1 displayed once per sentence of ``said`` saying where it is used."""
    return "Note.\n\n" + "".join(
        f"$$\n\\frac{{\\sigma}}{{\\sigma}} = 1\n$$\n\nThis is the key identity. {s}\n\n" for s in said
    )


#: Where sigma / sigma = 1 is said to be used, taking sigma = 0: each its own note (a case said goes on being
#: claimed through the rest of a note, so held variants are not shared).
_AT_ZERO = [
    "We use it at $0 = \\sigma$.",
    "It is applied for $\\sigma \\in \\{0, 2\\}$.",
    "We apply it at $|\\sigma| = 0$.",
    "We use it at $\\sigma^3 = 0$.",
    "We use it for $\\sigma \\in [0, 1]$.",
    "We apply it at $0 \\le \\sigma$.",
    "We use it for all $\\sigma \\geq 0$.",
]
#: Cases within sigma's convention, in one note: the proof stands at each.
_WITHIN = [
    "We use it for every $\\sigma \\ge 1$.",
    "We use it for $\\sigma \\in (0, 1]$.",
    "We use it for all $\\sigma > 2$.",
]


@pytest.mark.parametrize("said", _AT_ZERO)
def test_a_case_beyond_a_convention_replaces_it(said):
    result = red_team.report(_used_at(said)).results[-1]
    assert not result.internal, result.reason
    assert result.status == UNDECIDED, result.reason


def test_a_case_within_a_convention_keeps_the_proof():
    results = red_team.report(_used_at(*_WITHIN)).results
    assert [result.status for result in results] == [PROVED] * len(_WITHIN), [r.reason for r in results]


def _bounded_for(quantifier: str) -> str:
    """rt69a-13's note with the bound 0.9 < alpha_t < 0.95 said ``for every`` ``quantifier``."""
    return (
        f"Let $0.9 < \\alpha_t < 0.95$ for every {quantifier}, and let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{{t+1}}$."
        "\n\n$$\n\\left|1 - \\bar\\alpha_t\\right| = 1 - \\bar\\alpha_t\n$$\n"
    )


#: A family bound said for a set of its index the parser does not read as a statement (rt69a-13): every member's only
#: where the set, read as its members listed, runs from the first step (or before) to the chain's length.
_FAMILY_SAID_FOR = {
    "$t \\in \\{3, \\dots, T\\}$": False,
    "$t \\in \\{1, \\ldots, T - 1\\}$": False,
    "$t \\in \\{2, 3, \\ldots, T\\}$": False,
    "$t \\in \\{0, 1, \\ldots, T\\}$": True,
}


@pytest.mark.parametrize(("quantifier", "every"), _FAMILY_SAID_FOR.items())
def test_a_family_bound_for_a_listed_set_is_every_member_s_only_from_the_first_step(quantifier, every):
    result = red_team.report(_bounded_for(quantifier)).results[-1]
    assert not result.internal, result.reason
    assert result.status == (PROVED if every else UNDECIDED), result.reason


#: A family's value said of every member (rt69a-26), and whether log x_k has a value at each step: the steps tried
#: are the first ones and those at and beside the body's zeros, where its sign may change.
_FAMILY_VALUE = {
    "$x_j = 7 - 2j$ for every $j$": False,  # x_4 = -1
    "$x_k = (k - 4)^2$ for every $k$": False,  # x_4 = 0
    "$x_k = 9 - k$ for all $k$": False,  # x_9 = 0
    "$x_k = k + 5$ for every $k$": True,
    "$x_k = (k - 4)^2 + 1$ for every $k$": True,
}


@pytest.mark.parametrize(("said", "everywhere"), _FAMILY_VALUE.items())
def test_a_family_value_is_tried_about_its_zeros(said, everywhere):
    index = "j" if "x_j" in said else "k"
    note = f"Let {said}.\n\n$$\n\\log x_{index} - \\log x_{index} = 0\n$$\n"
    result = red_team.report(note).results[-1]
    assert not result.internal, result.reason
    assert result.status == (PROVED if everywhere else UNDECIDED), result.reason
