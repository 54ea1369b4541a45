"""Held-out variants of the findings fx64j closed (rt64a 12-19, 22-27): values said in the sentences after a display
(values_beside.held_beside).

1. A word of exception governs its own clause only ("except at $x = 1$, and we use it at $x = 0$": the second
   clause relates a value), and "but" joining two clauses ("easy but we use it at") is a conjunction, not one.
2. The sentences are read to the next display, across paragraphs and headings.
3. Fail-safe: maths after the display that relates a name of the step in a way not read (a membership, '\\ne',
   |x|, a tuple, a set, an interval alone in a sentence about the display) or a plain-text relation of its letter
   ("at x = 0") is a value said but not read, so the step is held.

Each wrong variant has no value at a point the note claims (x / x at x = 0) and must not be proved; each right one
(sqrt(x^2) = x claimed on x >= 0 only) must not be refuted; each faithful one keeps its verdict.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

_X = "Note.\n\n$$\n\\frac{x}{x} = 1\n$$\n\n"
_ROOT = "Note.\n\n$$\n\\sqrt{x^2} = x\n$$\n\n"

#: Wrong: the sentences after the display claim the step at x = 0 (or on a range holding it).
SAID_AT_ZERO = {
    "short-but-applied-at-0": "The proof is short but it is applied at $x = 0$.",
    "unless-clause-then-used-at-0": "It is valid unless $x = 2$; we apply it at $x = 0$.",
    "two-paragraphs-later": "A remark.\n\nAnother remark.\n\nWe apply it at $x = 0$.",
    "under-a-subheading": "### Application\n\nIt is applied at $x = 0$.",
    "plain-text-equal-in-a-later-clause": "It is short, and we evaluate it at y = 1, x = 0.",
    "half-open-interval-alone": "This is valid on $[0, 2)$.",
    "point-with-three-names": "We take $(x, y, z) = (0, 1, 2)$.",
    "absolute-value-below-2": "It holds whenever $|x| < 2$.",
    "square-at-most-1": "It holds for $x^2 \\le 1$.",
}

#: Right: sqrt(x^2) = x is claimed on x >= 0 only, so a counterexample at x < 0 is one the note excludes.
ONLY_NONNEGATIVE = {
    "open-half-line-alone": "It holds on $[0, \\infty)$.",
    "clear-but-only-for-nonnegative": "The claim is clear but it holds only for $x \\ge 0$.",
    "after-a-heading": "## Range\n\nIt holds for $x \\ge 0$.",
}

#: Faithful: x / x = 1 wherever the sentences after it claim it.
SAID_AWAY_FROM_ZERO = {
    "except-at-0-then-a-remark": "It holds except at $x = 0$, and it is used often.",
    "all-but-0": "It holds for all but $x = 0$.",
    "positive-in-a-later-paragraph": "A remark.\n\nWe apply it for $x > 0$.",
}


@pytest.mark.parametrize("name", sorted(SAID_AT_ZERO))
def test_a_value_said_after_the_display_in_any_clause_or_form_holds_the_step(name):
    result = red_team.last(_X + SAID_AT_ZERO[name] + "\n")
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("name", sorted(ONLY_NONNEGATIVE))
def test_a_range_claimed_after_the_display_keeps_its_counterexample_out(name):
    result = red_team.last(_ROOT + ONLY_NONNEGATIVE[name] + "\n")
    assert not result.internal, result.reason
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("name", sorted(SAID_AWAY_FROM_ZERO))
def test_a_value_excepted_or_a_range_without_it_keeps_the_proof(name):
    result = red_team.last(_X + SAID_AWAY_FROM_ZERO[name] + "\n")
    assert result.status == PROVED, result.reason


def test_the_next_display_s_sentences_are_not_read():
    """'We use it at $x = 0$' after the next display is about that display, not this one."""
    text = _X + "$$\ny + y = 2y\n$$\n\nWe use it at $y = 0$ and $x = 0$.\n"
    result = red_team.results(text)[0]
    assert result.status == PROVED, result.reason
