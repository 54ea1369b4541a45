"""Held-out variants of red team 59r's findings 01-10 and 51 (block laws), 38-40 (displays given as others' or as
what one may write) and 49-50 (questions).

Block laws: a component's law gives the block law's blocks their moments only where it is the note's one plain,
unconditional, unhedged, unquoted law of that variable (:func:`.block_laws._component_law`).  A law said under a
display's lead-in that is not plain, once the note has set another of the block's variables (``Y = y``), in a
block quote, as a question, or beside another law of the variable (changed, replaced) is held: with Y ~ N(0, 1),
X = Y + Z and Z ~ N(0, 1) independent, X | Y = y ~ N(y, 1) while Sigma_X = 2, so Sigma_X = 1 is not shown."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notecheck.statements.block_laws import asserts_law

_DISPLAYED = "\n\n$$\nX \\sim \\mathcal{{N}}({mean}, 1).\n$$"


@pytest.mark.parametrize(
    "lead_in",
    [
        "Knowing that $Y = y$, we find",  # conditional (the sentence fixes Y)
        "Once $Y = y$ is observed,",
        "After observing $Y$,",  # conditional, in words only
        "Under the posterior,",
        "To first order,",  # approximate
        "Roughly speaking,",
    ],
)
def test_a_displayed_law_under_a_lead_in_that_is_not_plain_gives_no_moments(lead_in):
    """X | Y = y ~ N(y, 1) with Sigma_X = 2 (X = Y + Z above), so Sigma_X = 1 is not proved."""
    mean = "y" if "y" in lead_in.split("$")[1:2] else "0"
    assert red_team.block_variance_verdict(lead_in + _DISPLAYED.format(mean=mean)) == UNDECIDED


@pytest.mark.parametrize("lead_in", ["Let", "We assume", "Here", "Suppose"])
def test_a_displayed_law_under_a_plain_lead_in_still_gives_its_moments(lead_in):
    """X ~ N(0, 1), and a jointly Gaussian vector's component has its covariance's diagonal block: Sigma_X = 1."""
    assert red_team.block_variance_verdict(lead_in + _DISPLAYED.format(mean="0")) == PROVED


@pytest.mark.parametrize(
    "text",
    [
        "Assume $Y = y$. Then $X \\sim \\mathcal{N}(y, 1)$.",  # the condition a sentence before
        "Fix $Y = y$.\n\nThen $X \\sim \\mathcal{N}(y, 1)$.",  # a paragraph before
        "Fix $Y = y$.\n\nHere $X \\sim \\mathcal{N}(y, 1)$.",  # a gloss of no display (tests/test_notes_fixes_fx59.py)
        "As $Y = y$, $X \\sim \\mathcal{N}(y, 1)$.",  # in the law's own sentence
        "Let $Y = y$." + _DISPLAYED.format(mean="y"),  # before a displayed law
    ],
)
def test_a_law_said_once_another_component_is_fixed_gives_no_moments(text):
    """X ~ N(y, 1) given Y = y; Sigma_X = 2, so Sigma_X = 1 is not proved."""
    assert red_team.block_variance_verdict(text) == UNDECIDED


def test_a_law_said_before_another_component_is_fixed_is_still_its_own():
    """X ~ N(0, 1) is said before Y is fixed, and the law after it is conditional: Sigma_X = 1."""
    text = "Suppose $X \\sim \\mathcal{N}(0, 1)$. Given $Y = y$, $X \\sim \\mathcal{N}(y/2, 1/2)$."
    assert red_team.block_variance_verdict(text) == PROVED


@pytest.mark.parametrize(
    "text",
    [
        "Jones writes:\n\n> Let $X \\sim \\mathcal{N}(0, 1)$.\n\nWe do not.",  # quoted
        "Jones writes:\n\n> Let\n>\n> $$\n> X \\sim \\mathcal{N}(0, 1)\n> $$\n\nWe do not.",  # a quoted display
        "Is $X \\sim \\mathcal{N}(0, 1)$? Not in general.",  # asked
        "Then $X \\sim \\mathcal{N}(0, 1)$? No.",  # a declarative question
        "Let $X \\sim \\mathcal{N}(0, 1)$ (?).",  # doubted
        "Let $X \\sim \\mathcal{N}(0, 1)$. Later we switch to $X \\sim \\mathcal{N}(0, 4)$.",  # changed
        "Let $X \\sim \\mathcal{N}(0, 1)$.\n\nWe rather take $X \\sim \\mathcal{N}(0, 4)$.",
        "Suppose $X \\sim \\mathcal{N}(0, 1)$.\n\nInstead, suppose $X \\sim \\mathcal{N}(0, 4)$.",  # replaced
    ],
)
def test_a_law_that_is_not_the_notes_one_plain_law_gives_no_moments(text):
    """Quoted, asked or doubted, X's law may be any (Sigma_X = 2 fits); changed or replaced, Sigma_X = 4 at the
    step: Sigma_X = 1 is not proved."""
    assert red_team.block_variance_verdict(text) == UNDECIDED


@pytest.mark.parametrize(
    ("sentence", "asserted"),
    [("So $X \\sim N(2, 3)$?", False), ("Let $X \\sim N(2, 3)$ (?).", False), ("So $X \\sim N(2, 3)$.", True)],
)
def test_asserts_law_reads_no_question(sentence, asserted):
    assert asserts_law(sentence) is asserted


_SUM = "\n\n$$\na + a = 6\n$$\n"


@pytest.mark.parametrize(
    "lead_in",
    [
        "Some handbooks set",
        "Several course notes take",
        "Many class notes write",
        "Older monographs take",
        "One can set",
        "Following [3], one may instead take",
    ],
)
def test_a_display_given_as_others_or_as_what_one_may_write_defines_nothing(lead_in):
    """The display is another's value or one open to anyone, not the note's: a is any number (a = 0 gives 0)."""
    assert red_team.report(f"{lead_in}\n\n$$\na := 3\n$$\n\nWe do not.{_SUM}").results[-1].status == UNDECIDED


@pytest.mark.parametrize("lead_in", ["We can set", "We may take", "Following [3], we set", "Here we take"])
def test_a_display_the_note_sets_in_its_own_voice_still_defines(lead_in):
    """The note sets a := 3 itself (a modal in its own voice, a source it follows): a + a = 6."""
    assert red_team.report(f"{lead_in}\n\n$$\na := 3\n$$\n{_SUM}").results[-1].status == PROVED


@pytest.mark.parametrize(
    "sentence",
    [
        "May we take $a := 3$? Not here.",
        "Must $a := 3$ hold? No.",
        "Did we set $a := 3$? We did not.",
        "Was $a := 3$ chosen? No.",
        "Let $a := 3$ (?) for now.",
        "Set $a := 3$ ( ? ).",
    ],
)
def test_a_question_or_a_doubt_mark_sets_nothing(sentence):
    """Asked or doubted, a := 3 is not set: a is any number (a = 0 gives 0)."""
    assert red_team.report(sentence + _SUM).results[-1].status == UNDECIDED


@pytest.mark.parametrize("sentence", ["Let $a := 3$.", "Why do we set $a := 3$? To fix the scale."])
def test_a_statement_or_a_why_question_still_sets(sentence):
    """Stated, or presupposed by a question why: a := 3, so a + a = 6."""
    assert red_team.report(sentence + _SUM).results[-1].status == PROVED
