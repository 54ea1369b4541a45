"""Fixes of red team 69a's findings in the readers of index ranges and sets (fx69e), with held-out variants and guards.

1. A pair of brackets is read as what it writes (set_brackets.read): a brace after any size command (``\\bigl\\{``,
   ``\\Bigl\\lbrace``) or spelt ``\\lbrace``; ISO 80000-2's reversed brackets for an open end (``[1, 6[``, ``]0, 1]``)
   and the half-open integer interval (``\\llbracket 1, 6 \\llbracket``); the readers that cut a sentence's maths at
   its top-level commas count bracket commands too (rt69a-05, 06, 20, 21, 24, 25).
2. A set's members are read whatever ellipsis (amsmath's ``\\dotsc``, ``\\dotsb``, ``\\cdots``, ``…``) and spacing
   (``\\,``, ``\\;``, ``~``) they are typeset with, with any run of consecutive members either side of the dots
   (``\\{1, 2, 3, \\ldots, 5\\}``, ``t = T, \\ldots, 1, 0``: a list going on after them ends at its last member;
   rt69a-01, 02, 18, 19, 22).
3. A set listed in full with gaps (``\\{1, 3, 5\\}``) bounds its letter by its least and greatest members and keeps
   it to its members (-(T - 1)^2 (T - 3)^2 (T - 5)^2 >= 0), so a witness between them (T = 2) breaks it too (rt69a-23).
4. ``\\mathbb{Z}_{\\geqslant 0}`` (and ``\\geqq``, ``⩾``) claims the index from 0 as ``\\geq`` does (rt69a-04).
5. A range of a lone index in words right after it is read from a table, English first ("greater than or equal to
   zero", "at least 0", "from 0 on", "between 0 and T inclusive", "exceeding 0", "strictly between"; rt69a-30-32),
   the clause recorded by the words reader; a range word whose end is not read holds the step (fail-safe).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.assumptions import membership_as_order
from diffproof.notecheck.enumerations import enumeration
from diffproof.notecheck.orders_not_taken import _range_in_words
from diffproof.notecheck.set_brackets import Brackets, read
from diffproof.notecheck.statements.formulas import Stated

_SCHEDULE = (
    "<!-- diffproof: context ddpm -->\n\nHere $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.9$, and ${}$.\n"
)
_ABS = "\n$$\n|2\\bar\\alpha_t - 1| = 2\\bar\\alpha_t - 1\n$$\n"
_LOG = "\\log (1 - \\bar\\alpha_t) - \\log (1 - \\bar\\alpha_t) = 0"


def _claimed(sentence: str) -> str:
    """A DDPM note whose step takes log(1 - abar_t), claimed as ``sentence`` says."""
    return f"<!-- diffproof: context ddpm -->\n\n{sentence}\n\n$$\n{_LOG}\n$$\n"


def _set(letters: str) -> str:
    """A plain note stating ``letters`` (a membership) and a step true exactly on {1, 3} and {2, 4, 7}'s members."""
    return f"Here ${letters}$.\n\n$$\n(N-2)(N-4)(N-7) = 0\n$$\n"


#: Each note, and the one verdict it must have.
CASES = {
    # 1-2, 4: the step claimed at t = 0 (wrong: held), in held-out spellings; guards claimed from 1 (right: proved).
    # Only t carries DDPM's convention of steps, so the held-out letters are in the readers' own tests below.
    "t-down-to-2-1-0": (_claimed("For $t = T, T-1, \\ldots, 2, 1, 0$ we have the following."), UNDECIDED),
    "t-in-set-down-then-0-dotsb": (_claimed("For $t \\in \\{T, \\dotsb, 1, 0\\}$ we have this."), UNDECIDED),
    "t-in-big-lbrace-from-0": (
        _claimed("For $t \\in \\Bigl\\lbrace 0, \\ldots, T \\Bigr\\rbrace$, we have:"),
        UNDECIDED,
    ),  # fmt: skip
    "t-in-iso-interval-from-0": (_claimed("For $t \\in [0, T[$ we have the following."), UNDECIDED),
    "t-in-z-geqq-0": (_claimed("For $t \\in \\mathbb{Z}_{\\geqq 0}$ we have the following."), UNDECIDED),
    "t-down-to-2-1": (_claimed("For $t = T, \\ldots, 2, 1$ we have the following."), PROVED),
    "t-in-bigl-brace-from-1": (_claimed("For $t \\in \\bigl\\{1, \\ldots, T\\bigr\\}$ we have this."), PROVED),
    "t-in-iso-open-0": (_claimed("For $t \\in ]0, T]$ we have the following."), PROVED),
    "t-in-z-geqslant-2": (_claimed("For $t \\in \\mathbb{Z}_{\\geqslant 2}$ we have the following."), PROVED),
    # 5: a range in words right after the index, read from its number (0: held; past it or from 1: proved), and a
    # range word whose end is not read (held).
    "t-at-least-0": (_claimed("For all $t$ at least $0$ we have the following."), UNDECIDED),
    "t-no-less-than-zero": (_claimed("For each $t$ no less than zero, we have:"), UNDECIDED),
    "t-from-0-onwards": (_claimed("For $t$ from $0$ onwards, we have the following."), UNDECIDED),
    "t-between-0-and-big-t": (_claimed("For every $t$ between $0$ and $T$ we have the following."), UNDECIDED),
    "t-greater-than-the-burn-in": (_claimed("For every $t$ greater than the burn-in we have this."), UNDECIDED),
    "t-exceeding-0": (_claimed("For all $t$ exceeding $0$ we have the following."), PROVED),
    "t-strictly-between-0-and-big-t": (_claimed("For every $t$ strictly between $0$ and $T$ we have:"), PROVED),
    "t-between-0-and-big-t-exclusive": (_claimed("For every $t$ between $0$ and $T$ exclusive, we have:"), PROVED),
    "t-at-least-two": (_claimed("For all $t$ at least two we have the following."), PROVED),
    # 1-3: T within 5 (right: the witness T = 192 breaks it, held), in held-out spellings; a guard with no bound.
    "big-t-in-bigl-lbrace-cdots": (
        _SCHEDULE.format("T \\in \\bigl\\lbrace 1, \\cdots, 4 \\bigr\\rbrace") + _ABS,
        UNDECIDED,
    ),  # fmt: skip
    "big-t-in-iso-open-end": (_SCHEDULE.format("T \\in ]0, 5]") + _ABS, UNDECIDED),
    "big-t-in-set-spaced-gapped": (_SCHEDULE.format("T \\in \\{2,\\;4,~5\\}") + _ABS, UNDECIDED),
    "big-t-in-set-down-with-dots": (_SCHEDULE.format("T \\in \\{5, 4, \\dotsc, 1\\}") + _ABS, UNDECIDED),
    "big-t-in-set-up-to-200": (_SCHEDULE.format("T \\in \\{1, 2, 3, \\ldots, 200\\}") + _ABS, REFUTED),
    # 3: a set with gaps keeps its letter to its members: a witness between them (N = 3) is none the note allows.
    "n-in-gapped-set-true-there": (_set("N \\in \\{2, 4, 7\\}"), UNDECIDED),
    "n-in-lbrace-gapped-set-true-there": (_set("N \\in \\lbrace 2,\\, 4,\\, 7 \\rbrace"), UNDECIDED),
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
        ("T \\in \\lbrace 1, 2, 3 \\rbrace", "1 \\le T \\le 3"),
        ("K \\in \\Bigl\\{2, \\ldots, 9\\Bigr\\}", "2 \\le K \\le 9"),
        ("n \\in \\left\\lbrace 0, 1 \\right\\rbrace", "0 \\le n \\le 1"),
        ("T \\in [1, 6[", "1 \\le T < 6"),
        ("M \\in ]2, 8]", "2 < M \\le 8"),
        ("T \\in \\llbracket 1, 6 \\llbracket", "1 \\le T < 6"),
        ("T \\in \\rrbracket 0, 4 \\rrbracket", "0 < T \\le 4"),
        ("T \\in \\{1,\\,2,\\,3\\}", "1 \\le T \\le 3"),
        ("N \\in \\{3, 4, 5, \\dotsc, 11\\}", "3 \\le N \\le 11"),
        ("N \\in \\{9, 8, \\ldots, 2\\}", "2 \\le N \\le 9"),
        ("T \\in \\{1, 3, 5\\}", "1 \\le T \\le 5"),  # gapped: its members kept by _membership_orders
        ("T \\in \\{1, 3, \\ldots, 9\\}", "1 \\le T \\le 9"),  # the dots go on by the runs' step (fx70e)
        ("T \\in \\{1, 2, 4, \\ldots, 9\\}", None),
        ("T \\in \\{3, \\ldots, 3\\}", None),  # the dots go nowhere
        ("T \\in \\lbrace 1, 2 \\}", "1 \\le T \\le 2"),  # \\lbrace is \\{
        ("T \\in \\{1, 2]", None),
        ("T \\in \\rbrace 1, 2 \\lbrace", None),  # a brace facing away
        ("T \\in \\{1, 2)", None),
    ],
)
def test_a_membership_as_its_orders(text, chain):
    found = membership_as_order(Stated("relation", 1, text))
    assert (found.name.text if found is not None else None) == chain


def test_brackets_are_read_as_what_they_write():
    assert read("\\bigl\\{", "\\bigr\\}") is None  # the size command is no part of the bracket read
    assert read("\\lbrace", "\\}") == Brackets("set", False, False)
    assert read("[", "[") == Brackets("interval", False, True)
    assert read("]", ")") == Brackets("interval", True, True)
    assert read("⟦", "⟦") == Brackets("integers", False, True)
    assert read("[ \\! [", "] \\! ]") == Brackets("integers", False, False)
    assert read("(", "\\rrbracket") is None


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("t = T, \\ldots, 1, 0", ("0", "T")),
        ("k \\in \\lbrace K, K-1, \\dotsc, 2, 1 \\rbrace", ("1", "K")),
        ("i = 1,\\, 2,\\, \\ldots,\\, n", None),  # a lower-case end is no size
        ("t = 0, 1, \\cdots, T-1, T", ("0", "T")),
        ("t = T, \\ldots, 1, 2", None),  # the list turns round after the dots
        ("t = 1, 3, \\ldots, T", ("1", "T")),
    ],
)
def test_an_enumeration_going_on_after_its_dots(text, ends):
    found = enumeration(text)
    assert ((found.low, found.high) if found is not None else None) == ends


@pytest.mark.parametrize(
    ("clause", "first"),
    [
        ("greater than or equal to zero we have", 0),
        ("is at least one", 1),
        ("no less than 0", 0),
        ("exceeding -1", 0),
        ("between 2 and inclusive", 2),
        ("between 0 and exclusive", 1),
        ("strictly between 0 and", 1),
        ("from 0 onwards", 0),
        ("incl. 0", 0),
        ("greater than -0.5", True),  # a decimal end is not read: held
        ("greater than the burn-in", True),
        ("from down to 0", True),
        ("less than 5", None),  # no range from below
        ("we have the following", None),
    ],
)
def test_a_range_in_words_after_the_index(clause, first):
    assert _range_in_words(f"$t$ beside the word 'w', followed by '{clause}'") == first
