"""Held-out variants of the findings fx61g closed (red team 61a, 01-04, 28-29): an order is the note's only where
the note asserts it, read with what it is attached to or drawn from.

1. A clause that attaches maths to other maths as the place it holds ("We have $A$ where $x > 0$", "With $x > 0$,
   we have $A$", "$A$ holds with $x > 0$") restricts that maths: neither the order nor A is stated plainly
   (orders._restricted).
2. An item of a list states its maths only under a lead-in that asserts ("We assume:"); under one that denies,
   asks, proposes or sets an exercise ("We do not assume:", "Exercise: prove the following.", "Is it true
   that:") it states nothing (asserted.stated_plainly).
3. A sentence drawn from the one before ("Then", "So", "Hence", "Thus", "Therefore") asserts only what that one
   asserts: after a supposition ("Suppose for a moment that ...", "If ...") it is a consequence of the supposition,
   not the note's order.

"Here $x \\geq 0$" lets x be 0, where x / x and log x have no value: each wrong variant must not be proved.  Each
faithful variant (the order asserted) must be proved.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_DIVIDED = "\n\n$$\n\\frac{x}{x} = 1\n$$\n"
_LOG = "\n\n$$\n\\log x - \\log x = 0\n$$\n"

#: Wrong: the order x > 0 is not asserted, and x >= 0 lets x be 0.
NOT_ASSERTED = {
    # 1. restricting clauses
    "where-after-a-log-identity": "Here $x \\geq 0$. We know $\\log x - \\log x = 0$ where $x > 0$." + _LOG,
    "with-after-the-equation": "Here $x \\geq 0$. We have $\\frac{x}{x} = 1$ with $x > 0$." + _DIVIDED,
    "with-first-then-note-that": "Here $x \\geq 0$. With $x > 0$, note that $\\frac{x}{x} = 1$." + _DIVIDED,
    "where-with-a-strict-bound-by-a-half": "Here $x \\geq 0$. We have $\\log x = \\log x$ where $x > \\frac{1}{2}$."
    + _LOG,
    # 2. items under a lead-in that does not assert
    "item-under-we-never-assume": "Here $x \\geq 0$. We never assume the following:\n\n- Here $x > 0$." + _DIVIDED,
    "numbered-item-under-an-exercise": "Here $x \\geq 0$.\n\nExercise: prove these.\n\n1. We have $x > 0$." + _DIVIDED,
    "second-item-under-a-question": "Here $x \\geq 0$. Is it true that:\n\n- we have $x \\geq 0$;\n- we have $x > 0$."
    + _LOG,
    "item-under-a-proposal": "Here $x \\geq 0$. One might propose:\n\n* Here $x > 0$." + _LOG,
    # 3. consequences of a supposition
    "so-after-if": "Here $x \\geq 0$. If $x \\neq 0$, it is nonzero. So we have $x > 0$." + _DIVIDED,
    "hence-after-suppose": "Here $x \\geq 0$. Suppose $x \\neq 0$. Hence we have $x > 0$." + _LOG,
    "therefore-after-imagine": "Here $x \\geq 0$. Imagine that $x \\neq 0$. Therefore we have $x > 0$." + _DIVIDED,
}

#: Faithful: the order x > 0 is asserted, so x / x = 1 and log x - log x = 0 hold.
ASSERTED = {
    "we-have-alone": "We have $x > 0$." + _DIVIDED,
    "an-order-then-the-equation-in-its-own-sentence": "Here $x > 0$. We have $\\frac{x}{x} = 1$." + _DIVIDED,
    "with-holding-all-its-maths": "With $x > 0$ and $x \\neq 2$." + _DIVIDED,
    "item-under-we-assume": "We assume:\n\n- Here $x > 0$." + _DIVIDED,
    "item-under-throughout": "Throughout:\n\n- we have $x > 0$." + _LOG,
    "then-after-a-plain-order": "Here $x > 0$. Then we have $x > 0$." + _LOG,
}


@pytest.mark.parametrize("name", sorted(NOT_ASSERTED))
def test_an_order_not_asserted_is_not_the_note_s(name):
    result = red_team.report(NOT_ASSERTED[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status in (UNDECIDED, REFUTED), result.reason


@pytest.mark.parametrize("name", sorted(ASSERTED))
def test_an_order_asserted_is_the_note_s(name):
    result = red_team.report(ASSERTED[name]).results[-1]
    assert result.status == PROVED, result.reason
