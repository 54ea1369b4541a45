"""The forty-first red team's notes (tests/data/notes/redteam_laws/rt41w-*): a counterexample trusted only where a
schedule witnesses it (diffproof.notecheck.schedule_witness), attacked with inputs built to make a witness lie.

Each note declares the DDPM context, states an order of the schedule's family (or a relation of its names), and
writes the marginal without x_0 in its mean, which is wrong; the kernel's first counterexample gives alpha_t and
abar_{t-1} values (1e-6 and 1e-6, or 0.64 and 1.377 under a non-strict chain).  Where no schedule meeting what the
note states gives those values -- a size the note fixes too small (`03`), an increasing alpha (`05`) -- and the
search again with the schedule's names within the chain's bounds finds none a schedule gives, the counterexample
stays untrusted; so it does where abar is the note's product from alpha_0 (`04`), the chain is only supposed
(`06`) or a relation cannot be checked (two free letters, `07`; t = T, `08`).  Where the first fails but the
search within the bounds finds one (a bound on alpha, `01`, `02`, `19`, on beta, `09`; abar_{t-1} = 1.377, `10`),
or the first has a schedule (`\\ldots`, `\\dots`, another size letter, a chain written downward, beta's
increasing chain, T = 3, the context's own product, a display's where), the step is refuted, with the schedule in
its reason.  No attack succeeded: every note is a guard.
"""

from __future__ import annotations

import pytest
import red_team
import test_notes_redteam as earlier

from diffproof.notecheck import REFUTED, UNDECIDED

NOTES = earlier.RED_TEAM_LAWS

#: The notes whose step at issue is their last (the display before it states the chain).
LAST = frozenset({"rt41w-18-chain-in-a-display-s-where"})

#: Each note with the verdict it must keep.
HELD = {
    "rt41w-01-chain-bounded-below": REFUTED,
    "rt41w-02-non-strict-chain-bounded-below": REFUTED,
    "rt41w-03-size-fixed-small": UNDECIDED,
    "rt41w-04-abar-from-step-zero": UNDECIDED,
    "rt41w-05-increasing-alpha-chain": UNDECIDED,
    "rt41w-06-chain-as-a-supposition": UNDECIDED,
    "rt41w-07-two-free-letters": UNDECIDED,
    "rt41w-08-chain-and-an-index-relation": UNDECIDED,
    "rt41w-09-beta-chain-bounded-above": REFUTED,
    "rt41w-10-non-strict-chain-and-a-product-above-one": REFUTED,
    "rt41w-11-ldots-chain": REFUTED,
    "rt41w-12-increasing-beta-chain": REFUTED,
    "rt41w-13-chain-from-alpha-0-and-abar-1": REFUTED,
    "rt41w-14-the-context-s-product": REFUTED,
    "rt41w-15-chain-with-size-three": REFUTED,
    "rt41w-16-other-letter": REFUTED,
    "rt41w-17-chain-written-downward": REFUTED,
    "rt41w-18-chain-in-a-display-s-where": REFUTED,
    "rt41w-19-chain-from-step-two-bounded-below": REFUTED,
}

#: The guards whose counterexample no schedule witnesses: the reason says so, with the relation.
UNWITNESSED = frozenset(
    {
        "rt41w-03-size-fixed-small",
        "rt41w-05-increasing-alpha-chain",
    }
)


def test_the_held_notes_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt41w-*.md")) == sorted(HELD)


@pytest.mark.parametrize("name", sorted(HELD))
def test_the_held_notes_keep_their_verdict(name):
    result = red_team.judged(name, LAST)
    assert result.status == HELD[name], result.reason
    if HELD[name] == REFUTED:
        assert "which holds at a schedule giving those values" in result.reason
    if name in UNWITNESSED:
        assert "no schedule gives its values and meets line" in result.reason
