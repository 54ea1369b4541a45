"""Fixes of red team 66a's findings in the family, range and membership readers (fx67a), with held-out variants.

1. The brackets of a set or an interval are read in one place (set_brackets): the integer interval however typeset
   (``\\llbracket 1, 5 \\rrbracket``, ``[\\![1, 5]\\!]``, ``⟦1, 5⟧``), by both readers of memberships
   (assumptions.membership_as_order, orders_not_taken.claimed_index_ends; rt66a-10, 24).  A set of consecutive
   integers listed in full (``T \\in \\{1, 2, 3, 4, 5\\}``) states its orders as its ellipsis form does; a set that
   leaves numbers out (``\\{1, 5\\}``) states no order but its ends and members (rt66a-23; since fx70e, a run
   that steps by more than one, ``\\{1, 3, \\ldots, 9\\}``, is read as its members, 1 <= T <= 9).
2. A bound on a family said under a quantifier of its index is every member's only where nothing on the line
   restricts the index (an order beyond its convention, a value, an exception: overrides._restricted; rt66a-01); a
   definition said in a case (a relation with a body) leaves the convention as the definition would.
3. A family's value said under a case of its index (``x_i = -1`` for ``i = 1, \\ldots, n``) is carried to a member
   the case may reach (orders_not_taken._case_may_hold; rt66a-12), and a value written in its own index letter
   (``x_k = -k``) is tried at the family's first steps (stated_values._fails_at_own_indices; rt66a-13).
4. An index is claimed from a number also through a range in words ("from $0$ to $T$"), a union with a listed set
   (``\\mathbb{N} \\cup \\{0\\}``) and ``\\mathbb{Z}_0^+`` (rt66a-09, 11).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notecheck.assumptions import membership_as_order
from diffproof.notecheck.set_brackets import read
from diffproof.notecheck.statements.formulas import Stated

_SCHEDULE = (
    "<!-- diffproof: context ddpm -->\n\nHere $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.9$, and ${}$.\n"
)
_ABS = "\n$$\n|2\\bar\\alpha_t - 1| = 2\\bar\\alpha_t - 1\n$$\n"
_LOG = "\n$$\n\\log (1 - \\bar\\alpha_t) - \\log (1 - \\bar\\alpha_t) = 0\n$$\n"
_FAMILY = (
    "Let $0.9 < \\alpha_t < 0.95$ for every {}, and let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{{t+1}}$.\n\n"
    "$$\n\\left|1 - \\bar\\alpha_t\\right| = 1 - \\bar\\alpha_t\n$$\n"
)


def _ddpm(sentence: str) -> str:
    return f"<!-- diffproof: context ddpm -->\n\n{sentence}\n{_LOG}"


def _log_of(definition: str, member: str) -> str:
    return f"Let ${definition}$.\n\n$$\n\\log {member} - \\log {member} = 0\n$$\n"


#: Each note, and the one verdict it must have.
CASES = {
    # 1: a witness at T = 192 breaks the range (right: held, not refuted).
    "integer-interval-to-6": (_SCHEDULE.format("T \\in [\\![1, 6]\\!]") + _ABS, UNDECIDED),
    "set-of-six-listed": (_SCHEDULE.format("T \\in \\{1, 2, 3, 4, 5, 6\\}") + _ABS, UNDECIDED),
    # 1, 4: an index claimed from 0 (wrong: the log has no value at t = 0), and guards from 1.
    "integer-interval-spaced-from-0": (_ddpm("For $t \\in [\\! [0, T] \\! ]$ we have the following."), UNDECIDED),
    "integer-interval-from-1": (_ddpm("For $t \\in [\\![1, T]\\!]$ we have the following."), PROVED),
    "zero-union-naturals": (_ddpm("For $t \\in \\{0\\} \\cup \\mathbb{N}$ we have the following."), UNDECIDED),
    "integers-plus-sub-0": (_ddpm("For $t \\in \\mathbb{Z}^+_0$ we have the following."), UNDECIDED),
    "from-0-until": (_ddpm("For $t$ from $0$ until $T$ we have the following."), UNDECIDED),
    "from-1-to": (_ddpm("For $t$ from $1$ to $T$ we have the following."), PROVED),
    # 2: a family's bound under a restricted quantifier (wrong: held), and one the convention gives (right).
    "bound-for-t-at-least-3": (_FAMILY.format("$t \\ge 3$"), UNDECIDED),
    "bound-for-t-at-least-1": (_FAMILY.format("$t \\ge 1$"), PROVED),
    # 3: a family's value under a range of its index, or in its index letter (wrong: held); guards proved.
    "x-i-for-every-i-from-1-to-3": (_log_of("x_i = -1$ for every $i$ from $1$ to $3", "x_1"), UNDECIDED),
    "x-i-for-i-above-1": (_log_of("x_i = -1$ for every $i > 1", "x_1"), PROVED),
    "x-i-is-1-minus-2i": (_log_of("x_i = 1 - 2i$ for every $i", "x_i"), UNDECIDED),
    "x-k-is-k-minus-1": (_log_of("x_k = k - 1$ for every $k", "x_k"), UNDECIDED),
    "x-k-is-k": (_log_of("x_k = k$ for every $k", "x_k"), PROVED),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_fixed_reading_and_its_variants(name):
    text, wanted = CASES[name]
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status == wanted, result.reason


@pytest.mark.parametrize(
    ("text", "chain"),
    [
        ("T \\in \\{1, 2, 3, 4, 5\\}", "1 \\le T \\le 5"),
        ("T \\in \\{2, 3\\}.", "2 \\le T \\le 3"),
        ("T \\in [\\![1, 5]\\!]", "1 \\le T \\le 5"),
        ("T ∈ ⟦0, 4⟧", "0 \\le T \\le 4"),
        ("T \\in \\llbracket 1, 5 \\rrbracket", "1 \\le T \\le 5"),
        ("T \\in \\{1, 3, 5\\}", "1 \\le T \\le 5"),  # numbers left out: its ends (fx69e), its members kept too
        ("T \\in \\{1, 3, \\ldots, 9\\}", "1 \\le T \\le 9"),  # the odd numbers: its ends, its members kept (fx70e)
        ("T \\in \\{1, 2, \\ldots\\}", None),  # no last member
        ("T \\in [\\![1, 5]]", None),  # brackets that do not pair
        ("T \\in \\{1, 2, 3]", None),
    ],
)
def test_a_membership_as_its_orders(text, chain):
    found = membership_as_order(Stated("relation", 1, text))
    assert (found.name.text if found is not None else None) == chain


def test_the_integer_interval_is_one_bracket_however_typeset():
    closing = ("]\\!]", "⟧", "\\rrbracket", "] \\! ]")
    assert {read(b, c) for b in ("[\\![", "[ \\! [", "⟦", "\\llbracket") for c in closing} == {
        read("\\llbracket", "\\rrbracket")
    }
    assert read("\\llbracket", "\\rrbracket").kind == "integers" and read("[", "]").kind == "interval"
    assert read("\\{", "\\}").kind == "set"
