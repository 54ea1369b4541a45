"""Fixes of red team 65c's findings in the readers of orders, conditions and claims (fx65j), with held-out variants.

1. A membership of a letter in a set of consecutive integers or an interval with number ends (``T \\in \\{1, \\ldots,
   5\\}``, ``T \\in [1, 5]``) states the orders it says (assumptions.membership_as_order): a schedule witness with T =
   192 breaks them and is not trusted (rt65c-06/07).  A set of integers bounds only an integer letter.
2. A definition giving a name at an index of letters a value at each index (``x_i = -i``, ``x_{i+1} = i``) gives it
   to the same name at the step's index too: a counterexample giving x_1 a value of its own is not trusted
   (conditions._family_value; rt65c-22/23).
3. An order or a value of a name at an index linear in its letter (``x_{i+1} = -i``, ``x_{2i} = -i``) is carried to
   the step's index where the index is solved by one whole value (orders_not_taken.index_parts; rt65c-04/05).
4. An index is claimed from its least value also through ``\\mathbb{N}_0``, ``\\mathbb{Z}_{\\ge n}``, a strict
   order of a whole index (t > -1: t >= 0) and an integer interval ``\\llbracket 0, T \\rrbracket`` (rt65c-08/09/11/
   12); a sentence saying the step has no value at an index, with no other negation, claims it nowhere (rt65c-21).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.assumptions import membership_as_order
from diffproof.notecheck.orders_not_taken import _excluding, index_parts
from diffproof.notecheck.statements.formulas import Stated

_SCHEDULE = (
    "<!-- diffproof: context ddpm -->\n\nHere $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.9$, and ${}$.\n"
)
_ABS = "\n$$\n|2\\bar\\alpha_t - 1| = 2\\bar\\alpha_t - 1\n$$\n"
_LOG = "\n$$\n\\log (1 - \\bar\\alpha_t) - \\log (1 - \\bar\\alpha_t) = 0\n$$\n"


def _ddpm(sentence: str, after: str = "") -> str:
    return f"<!-- diffproof: context ddpm -->\n\n{sentence}\n{_LOG}{after}"


#: Each note, and the verdicts it may have.
CASES = {
    # 1: memberships as orders; held-out brackets and wordings (right: held), a wide one (wrong: refuted).
    "set-with-second-member": (_SCHEDULE.format("T \\in \\{1, 2, \\ldots, 5\\}") + _ABS, {UNDECIDED, PROVED}),
    "open-interval": (_SCHEDULE.format("T \\in (0, 6)") + _ABS, {UNDECIDED, PROVED}),
    "wide-interval-refuted": (_SCHEDULE.format("T \\in [1, 500]") + _ABS, {REFUTED}),
    # 2: a family's value at the step's index (right: not refuted; wrong: not proved).
    "y-k-is-minus-k-at-y-2": ("Let $y_k = -k$ for every $k$.\n\n$$\n\\sqrt{y_2^2} = -y_2\n$$\n", {UNDECIDED, PROVED}),
    "x-i-plus-1-is-i-at-x-2": (
        "Let $x_{i+1} = i$ for every $i$.\n\n$$\n\\sqrt{x_2^2} = x_2\n$$\n",
        {UNDECIDED, PROVED},
    ),
    "x-i-is-minus-i-wrong-sign": (
        "Let $x_i = -i$ for every $i$.\n\n$$\n\\sqrt{x_1^2} = x_1\n$$\n",
        {UNDECIDED, REFUTED},
    ),
    # 3: an index linear in its letter (wrong: the log has no value there).
    "y-k-minus-1-at-y-3": (
        "Let $y_{k-1} = -k$ for every $k$.\n\n$$\n\\log y_3 - \\log y_3 = 0\n$$\n",
        {UNDECIDED, REFUTED},
    ),
    "x-2i-plus-1-at-x-3": (
        "Let $x_{2i+1} = -1$ for every $i$.\n\n$$\n\\log x_3 - \\log x_3 = 0\n$$\n",
        {UNDECIDED, REFUTED},
    ),
    # 4: claimed from 0 (wrong: held) or from 1 (right: proved); an exclusion in words.
    "z-geq-0": (_ddpm("For $t \\in \\mathbb{Z}_{\\geq 0}$ we have the following."), {UNDECIDED, REFUTED}),
    "t-above-minus-2": (_ddpm("For $t > -2$ we have the following."), {UNDECIDED, REFUTED}),
    "n-1-proved": (_ddpm("For $t \\in \\mathbb{N}_1$ we have the following."), {PROVED}),
    "undefined-at-0-proved": (
        _ddpm("For $t \\ge 1$ we have the following.", "\nAt $t = 0$ it is undefined.\n"),
        {PROVED},
    ),
    "from-0-then-no-value-held": (
        _ddpm("For $t \\ge 0$ we have the following.", "\nAt $t = 0$ this has no value.\n"),
        {UNDECIDED, REFUTED},
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fx65j_notes(name):
    text, allowed = CASES[name]
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status in allowed, result.reason


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("T \\in \\{1, \\ldots, 5\\}", "1 \\le T \\le 5"),
        ("T \\in \\{1, 2, \\dots, 5\\}", "1 \\le T \\le 5"),
        ("T \\in [1, 5]", "1 \\le T \\le 5"),
        ("T \\in (0, 6]", "0 < T \\le 6"),
        ("n ∈ \\left[2, 9\\right)", "2 \\le n < 9"),
        ("T \\in \\{1, 5\\}", "1 \\le T \\le 5"),  # two members: its ends (fx69e), its members kept too
        ("T \\in [1, \\ldots, 5]", None),
        ("T \\in \\{1, \\ldots, N\\}", None),  # a letter end
    ],
)
def test_a_membership_as_its_orders(text, chain):
    found = membership_as_order(Stated("relation", 1, text))
    assert (found.name.text if found is not None else None) == chain


def test_index_parts_are_linear_in_one_letter():
    assert index_parts("i+1") == [(1, "i", 1)]
    assert index_parts("2i-1") == [(2, "i", -1)]
    assert index_parts("i,1") == [(1, "i", 0), (0, "", 1)]
    assert index_parts("1") is None and index_parts("i^2") is None


def test_an_exclusion_turned_round_is_not_read():
    assert _excluding("At $t = 0$ this has no value.")
    assert _excluding("the case $t = 0$ is excluded")
    assert not _excluding("At $t = 0$ this is not undefined.")
    assert not _excluding("It is not true that the case $t = 0$ is excluded.")
