"""Fixes of red team 70b's findings on dropped indices, family memberships, sets of T and ties in words (fx70e), with
held-out variants and guards.

1. A keeping denied keeps no index ("we do not keep the index $t$", "we no longer retain it", "$t$ is not kept",
   "without keeping"): it drops it (dropped_indices._keepings); and each clause is read alone for a drop, so a drop
   read across a break ("index $s$ but drop") no longer hides its own clause's ("keep the index $s$ but drop $t$";
   rt70b-12, 13).
2. A bound said for t in {1, ..., K} is every member's only where the list ends at the chain's last step, the size
   letter T (overrides._membership_unread): any other letter is any whole number, so the set may end before the
   chain (rt70b-14).
3. A membership of a letter in a set with steps ({2, 4, ..., 6}: the dots go on by the runs' step), in sets joined by
   unions (\\cup, \\sqcup, \\uplus, ∪), differences (\\setminus, \\backslash) and intersections, is read as its members
   (assumptions._membership): its ends, and the members or the numbers left out, whichever are fewer, keep a
   counterexample to it; too many to list, the letter's membership cannot be checked at a counterexample, which is
   then not trusted (rt70b-23, 24, 25).  {1, 2, 3} \\cup \\mathbb{N} stays unread: T is any whole number there.
4. An expectation that integrates a variable and writes a name a sentence ties to it in words ("let $c$ be a
   deterministic function of the random $x$", "$c$ depends on $x$") holds the name fixed or draws it apart, a tie no
   law models: its proof is held (doubts.tied_in_words_held_apart; rt70b-01).  A constant, or a name said independent,
   keeps its proof.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.assumptions import _membership, membership_as_order
from diffproof.notecheck.statements.dropped_indices import _drops
from diffproof.notecheck.statements.formulas import Stated

_DROPPED = "<!-- diffproof: context ddpm -->\n\n$$\nx_0 := 2\\epsilon_t\n$$\n\n{}\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"
_SCHEDULE = (
    "<!-- diffproof: context ddpm -->\n\nHere $1 > \\alpha_1 > \\alpha_2 > \\dots > \\alpha_T > 0.9$, and ${}$.\n\n"
    "$$\n|2\\bar\\alpha_t - 1| = 2\\bar\\alpha_t - 1\n$$\n"
)
_BOUND = (
    "Let $0.9 < \\alpha_t < 0.95$ for every ${}$, and let $\\bar\\alpha_t = 2\\alpha_1 - \\alpha_{{t+1}}$.\n\n"
    "$$\n\\left|1 - \\bar\\alpha_t\\right| = 1 - \\bar\\alpha_t\n$$\n"
)
_MEAN = "Let $x \\sim N(0, 1)$ {}\n\n$$\nE[c x] = c E[x]\n$$\n"

#: Each note, and the one verdict it must have.
CASES = {
    # 1: an index dropped in held-out words (wrong: E(x_0 epsilon) = 2, held); kept (right: proved).
    "no-longer-keep-the-index": (_DROPPED.format("From here on we no longer keep the index $t$."), UNDECIDED),
    "do-not-retain-the-subscript": (_DROPPED.format("Hereafter we don't retain the subscript $t$."), UNDECIDED),
    "the-index-is-not-kept": (_DROPPED.format("The index $t$ is not kept from now on."), UNDECIDED),
    "keep-s-and-drop-t": (_DROPPED.format("Below we keep the index $s$ and drop $t$."), UNDECIDED),
    "retain-s-but-omit-t": (_DROPPED.format("We retain the superscript $s$, but omit $t$."), UNDECIDED),
    "keep-t-throughout": (_DROPPED.format("Below we keep the index $t$ throughout."), PROVED),
    "keep-t-and-drop-nothing": (_DROPPED.format("We keep the index $t$ and drop nothing."), PROVED),
    # 2: a family bound for t up to a letter other than the chain's size (wrong: alpha_{K+1} unbounded, held).
    "bound-for-t-up-to-big-n": (_BOUND.format("t \\in \\{1, \\ldots, N\\}"), UNDECIDED),
    "bound-for-t-up-to-big-m": (_BOUND.format("t \\in \\{1, 2, \\ldots, M\\}"), UNDECIDED),
    # 3: T in a set with steps, a union, a difference (right: T <= 6, the witness T = 192 breaks it, held).
    "big-t-in-odd-numbers-to-5": (_SCHEDULE.format("T \\in \\{1, 3, \\ldots, 5\\}"), UNDECIDED),
    "big-t-in-uplus-of-sets": (_SCHEDULE.format("T \\in \\{1, 2\\} \\uplus \\{4, 5\\}"), UNDECIDED),
    # wrong: the set holds the T the witness takes (192), refuted there
    "big-t-in-even-numbers-to-200": (_SCHEDULE.format("T \\in \\{2, 4, \\ldots, 200\\}"), REFUTED),
    "big-t-in-union-with-192": (_SCHEDULE.format("T \\in \\{1, 2, 3\\} \\cup \\{192\\}"), REFUTED),
    # too many members to keep a counterexample to: T = 192, no odd number, breaks it (right, held)
    "big-t-in-odd-numbers-to-1001": (_SCHEDULE.format("T \\in \\{1, 3, \\ldots, 1001\\}"), UNDECIDED),
    # 4: c tied to x in held-out words (wrong: held); a constant or said independent (right: proved).
    "c-a-function-of-x": (_MEAN.format("and let $c$ be a function of $x$."), UNDECIDED),
    "c-depends-on-x": (_MEAN.format("and the scale $c$ depends on $x$."), UNDECIDED),
    "c-eine-funktion-von-x": (_MEAN.format("und sei $c$ eine Funktion von $x$."), UNDECIDED),
    "c-a-constant-independent-of-x": (_MEAN.format("and let $c$ be a constant independent of $x$."), PROVED),
    "c-a-number-not-depending-on-x": (_MEAN.format("and let $c$ be a number that does not depend on $x$."), PROVED),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_fixed_reading_and_its_variants(name):
    text, wanted = CASES[name]
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status == wanted, result.reason


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("From now on we do not keep the index $t$.", True),
        ("We never retain the subscript.", True),
        ("We write it without keeping the index $t$.", True),
        ("The index $t$ is not kept.", True),
        ("Below we keep the index $s$ but drop $t$.", True),
        ("From now on we keep the index $t$.", False),
        ("The index $t$ is kept in the notation.", False),
        ("We keep the index $t$ and drop nothing else.", False),
    ],
)
def test_a_keeping_denied_drops_the_index(sentence, dropped):
    assert _drops(sentence) is dropped


@pytest.mark.parametrize(
    ("text", "chain", "kept"),
    [
        ("T \\in \\{2, 4, \\ldots, 6\\}", "2 \\le T \\le 6", ((), (3, 5))),
        ("T \\in \\{10, 7, \\ldots, 1\\}", "1 \\le T \\le 10", ((1, 4, 7, 10), ())),
        ("T \\in \\{1, 2, 3\\} \\cup \\{5\\}", "1 \\le T \\le 5", ((), (4,))),
        ("T ∈ \\{1, 2\\} ∪ \\{7\\}", "1 \\le T \\le 7", ((1, 2, 7), ())),
        ("T \\in \\{1, \\ldots, 5\\} \\setminus \\{3\\}", "1 \\le T \\le 5", ((), (3,))),
        ("T \\in \\{1, \\ldots, 6\\} \\backslash \\{2, 3, 4\\}", "1 \\le T \\le 6", ((1, 5, 6), ())),
        ("T \\in \\{1, \\ldots, 4\\} \\cap \\{3, \\ldots, 9\\}", "3 \\le T \\le 4", ((), ())),
        ("T \\in \\llbracket 1, 3 \\rrbracket \\sqcup \\{5\\}", "1 \\le T \\le 5", ((), (4,))),
        ("T \\in \\{1, \\ldots, 1000000\\}", "1 \\le T \\le 1000000", ((), ())),
        ("T \\in \\{1, 2, 3\\} \\cup \\mathbb{N}", None, None),  # any whole number
        ("T \\in [1, 3] \\cup [5, 6]", None, None),  # intervals of reals
        ("T \\in \\{1, 3, \\ldots, 8\\}", None, None),  # the dots do not reach 8
        ("T \\in \\{1, 2, 4, \\ldots, 9\\}", None, None),  # runs that step two ways
        ("T \\in \\{1, 2\\} \\cup", None, None),
    ],
)
def test_a_set_of_integers_is_read_as_its_members(text, chain, kept):
    found = membership_as_order(Stated("relation", 1, text))
    assert (found.name.text if found is not None else None) == chain
    member = _membership(text)
    assert ((member.gapped, member.holes) if member is not None else None) == kept


def test_a_set_with_many_gaps_is_kept_at_a_counterexample_only():
    assert _membership("T \\in \\{1, 3, \\ldots, 101\\}").large
    assert not _membership("T \\in \\{1, 3, \\ldots, 21\\}").large
