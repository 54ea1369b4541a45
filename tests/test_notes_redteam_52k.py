"""Red team 52k's notes (tests/data/notes/redteam_laws/rt52k-*), against the kernel's rules as notes reach them: what
a step is proved by, and whether the conditions the rule reports were checked against what the note states.

The rules for sums and products (split off a term, telescoping, index shift, factorization along a chain) check
their ranges against the bounds known for the sizes; among these were the sizes a step presupposes by the variables
it names (contexts.presupposed_sizes: x_2 beside x_T, so T >= 2), which are meant to keep a counterexample past the
end of the trajectory out.  Used as a proof's condition they proved wrong steps: the top of a sum up to T - 1 was
taken for the trajectory's end, so x_1 beside it presupposed T - 1 >= 1 and a split false at T = 1 was proved
(``01``-``04``), and x_2 beside a telescoping sum from 3 to T - 1 one false at T = 2 (``08``); x_5 beside a sum
from 5 to T presupposed T >= 5 against a T = 3 the note states in a display, a definition or words, and a split
false there was proved (``05``-``07``).  Fixed (rt52k): a proof is checked again without the presupposed sizes, and
a step proved only with them is undecided (readings.stated_proof; they still keep counterexamples out).

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must get one of its sound verdicts
(never an internal error).  The guards (rt52k-guard-*) are faithful notes that must keep their verdict.  Every
note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, StepResult

NOTES = red_team.NOTES

_TOP = (
    "contexts.presupposed_sizes takes the top of x's indices (x_{{T-1}}, the sum's last term) for the trajectory's "
    "end, so x_1 named presupposes {}, and SplitTerm's condition held by it"
)
_STATED = (
    "contexts.presupposed_sizes presupposes T >= 5 from x_5 named whatever the note states of T ({}), and SplitTerm's "
    "condition 5 <= T held by it"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt52k-01-sum-to-t-minus-1-first-term-split-proved": _TOP.format("T - 1 >= 1"),
    "rt52k-02-product-to-t-minus-1-first-term-split-proved": _TOP.format("T - 1 >= 1 (a product's split)"),
    "rt52k-03-ddpm-sum-to-t-minus-1-first-term-split-proved": _TOP.format("T - 1 >= 1 under the context too"),
    "rt52k-04-marginals-to-t-minus-1-first-term-split-proved": _TOP.format(
        "T - 1 >= 1 though marginals q(x_t) write no trajectory"
    ),
    "rt52k-08-telescoping-to-t-minus-1-beside-x2-proved": _TOP.format(
        "T - 1 >= 2, and Telescoping's range held by it (false at T = 2, where x_2 is on the trajectory)"
    ),
    "rt52k-05-display-t-is-3-sum-from-5-split-proved": _STATED.format(
        "a display T = 3, read as a condition the steps after it do not receive"
    ),
    "rt52k-06-definition-t-is-3-sum-from-5-split-proved": _STATED.format(
        "T := 3, a definition Ranges does not substitute"
    ),
    "rt52k-07-let-t-be-3-sum-from-5-split-proved": _STATED.format("'Let $T = 3$.', not read"),
}

#: Every finding's step is wrong as the note states it (false at a size the note allows): never proved.
SOUND = {name: frozenset({REFUTED, UNDECIDED}) for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # rt52k: a size presupposed by the variables a step names proves nothing: a proof is checked again without
        # it (readings.stated_proof, in judging's check and standard.under_standard)
        "rt52k-01-sum-to-t-minus-1-first-term-split-proved",
        "rt52k-02-product-to-t-minus-1-first-term-split-proved",
        "rt52k-03-ddpm-sum-to-t-minus-1-first-term-split-proved",
        "rt52k-04-marginals-to-t-minus-1-first-term-split-proved",
        "rt52k-05-display-t-is-3-sum-from-5-split-proved",
        "rt52k-06-definition-t-is-3-sum-from-5-split-proved",
        "rt52k-07-let-t-be-3-sum-from-5-split-proved",
        "rt52k-08-telescoping-to-t-minus-1-beside-x2-proved",
    }
)


def _judged(name: str) -> StepResult:
    """The verdict on the note's last step."""
    return red_team.report((NOTES / f"{name}.md").read_text()).results[-1]


def test_the_notes_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt52k-[0-9][0-9]-*.md")) == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_52k_s_notes(name):
    result = _judged(name)
    assert result.status in SOUND[name] and not result.internal, result.reason


#: Faithful notes (rt52k-guard-*) and the one verdict each must keep: a split the convention (T >= 1) or a stated
#: T > 1 allows, a telescoping sum and DDPM's factorization proved; a wrong boundary term refuted at T = 2; x_2 named
#: beside a sum to T, right for T >= 2, not refuted at T = 1.
GUARDS = {
    "rt52k-guard-01-sum-to-t-first-term-split-proved": PROVED,
    "rt52k-guard-02-stated-t-above-1-split-proved": PROVED,
    "rt52k-guard-03-telescoping-proved": PROVED,
    "rt52k-guard-04-ddpm-wrong-boundary-refuted": REFUTED,
    "rt52k-guard-05-ddpm-factorization-proved": PROVED,
    "rt52k-guard-06-ddpm-x2-beside-sum-undecided": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt52k-guard-*.md")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = _judged(name)
    assert result.status == GUARDS[name], result.reason


_SPLIT_LAST = r"\sum_{t=1}^{T-1} \log q(x_t \mid x_{t-1}) = \log q(x_{T-1} \mid x_{T-2}) + \sum_{t=1}^{T-2} \log q(x_t \mid x_{t-1})"

#: Held-out notes of the fix, each with the verdict its last step gets: splits and sums whose range the note does not
#: show non-empty (a sum to T - 2, a last term split off, an index other than t, a sum from 3 beside x_3 with T = 2
#: stated) are never proved; those the stated sizes allow (T >= 3 stated, a sum to T, N by its convention) still are.
HELD = {
    "to T - 2": (
        "",
        r"\sum_{t=1}^{T-2} \log q(x_t \mid x_{t-1}) = \log q(x_1 \mid x_0) + \sum_{t=2}^{T-2} \log q(x_t \mid x_{t-1})",
        {REFUTED, UNDECIDED},
    ),
    "another letter, T = 2 stated": (
        "$$\nT = 2\n$$\n\n",
        r"\sum_{s=3}^{T} \log q(y_s \mid y_{s-1}) = \log q(y_3 \mid y_2) + \sum_{s=4}^{T} \log q(y_s \mid y_{s-1})",
        {REFUTED, UNDECIDED},
    ),
    "T > 3 stated": (
        "Here $T > 3$.\n\n",
        r"\sum_{t=1}^{T-2} \log q(x_t \mid x_{t-1}) = \log q(x_1 \mid x_0) + \sum_{t=2}^{T-2} \log q(x_t \mid x_{t-1})",
        {PROVED},
    ),
    "N by its convention": (
        "",
        r"\sum_{n=1}^{N} \log q(x_n \mid x_{n-1}) = \log q(x_1 \mid x_0) + \sum_{n=2}^{N} \log q(x_n \mid x_{n-1})",
        {PROVED},
    ),
    "last term to T - 1": ("", _SPLIT_LAST, {REFUTED, UNDECIDED}),
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_held_out_splits_get_their_verdict(name):
    before, step, verdicts = HELD[name]
    result = red_team.last(f"{before}$$\n{step}\n$$\n")
    assert result.status in verdicts and not result.internal, result.reason
