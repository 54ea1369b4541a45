"""A stated independence in force only where no text of the note could take it back or narrow it (session 60, fa60b,
red team rt60a 01-07 and 40-44; :mod:`diffproof.notecheck.statements.stated_independence`).

Held-out notes (none of them rt60a's): the statement "$x_0$ and $\\epsilon$ are independent", then a sentence that
takes it back anywhere after it, a scope, a heading, a condition on the expectations, a second meaning of the
noise's letter, or the statement on lines a reader may not see; the step E(x_0 eps) = 0 is wrong in each where x_0 =
eps (E(x_0 eps) = 1), so it must never be proved.  Guards: the statement followed by harmless remarks is proved.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

_HEAD = "<!-- diffproof: context ddpm -->\n\n"
_STATEMENT = "Here $x_0$ and $\\epsilon$ are independent.\n\n"
_STEP = "\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"


def _note(before: str = "", after: str = "") -> str:
    """The statement with ``before`` ahead of it and ``after`` between it and the step."""
    return _HEAD + before + _STATEMENT + "Both have mean zero.\n\n" + after + _STEP


#: Sentences after the statement that take it back, doubt it, abandon it or point back at it.
TAKEN_BACK = (
    "Nothing stated above is in force.",
    "None of this holds.",
    "Nope, scratch that.",
    "We abandon that simplification from here on.",
    "The earlier claim is untrue.",
    "Please ignore the opening paragraph.",
    "This turned out to be a poor model.",
    "Actually, they are built from one another.",
    "Is that so?",
    "Perhaps that holds.",
    "The previous paragraph oversimplifies.",
)

#: A scope, a condition on expectations, or a second meaning of the noise's letter.
NARROWED = (
    ("For illustration, take a simple toy case.\n\n", "Returning to the full model, nothing changes.\n\n"),
    ("", "Every expectation from here on is taken conditional on $x_t$.\n\n"),
    ("", "Once we have observed $x_t$, we average over the rest.\n\n"),
    ("", "All means below are given $x_t$.\n\n"),
    ("", "From now on $\\epsilon$ denotes the predicted noise.\n\n"),
    ("", "We reuse $\\epsilon$ for the model's output.\n\n"),
    ("", "Let $\\epsilon := x_0$.\n\n"),
    ("", "$$\n\\epsilon := x_0\n$$\n\n"),
)


@pytest.mark.parametrize("after", TAKEN_BACK)
def test_a_statement_taken_back_anywhere_after_it_is_not_in_force(after):
    result = red_team.last(_note(after=after + "\n\nThe step follows.\n\n"))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize(("before", "after"), NARROWED)
def test_a_statement_scoped_conditioned_or_renamed_is_not_in_force(before, after):
    result = red_team.last(_note(before, after))
    assert result.status != PROVED and not result.internal, result.reason


def test_a_statement_under_another_heading_is_not_in_force():
    text = _HEAD + "## Gaussian data\n\n" + _STATEMENT + "## Any data\n\nNow the step." + _STEP
    result = red_team.last(text)
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize(
    "ink",
    ('<span style="color: #fdfdfd">{}</span>', '<span style="color: white">{}</span>'),
)
def test_a_statement_a_reader_does_not_see_is_not_in_force(ink):
    text = _HEAD + ink.format(_STATEMENT.strip()) + _STEP
    result = red_team.last(text)
    assert result.status != PROVED and not result.internal, result.reason


#: Harmless remarks after the statement (guards): the step stays proved.
HARMLESS = (
    "This makes the computation short.",
    "We use it in the next line.",
    "The step follows from linearity.",
)


@pytest.mark.parametrize("after", HARMLESS)
def test_a_statement_followed_by_harmless_remarks_stays_in_force(after):
    result = red_team.last(_note(after=after + "\n\n"))
    assert result.status == PROVED and not result.internal, result.reason


def test_a_statement_in_the_step_s_own_section_stays_in_force():
    text = _HEAD + "## The model\n\n" + _STATEMENT + "So the identity holds." + _STEP
    result = red_team.last(text)
    assert result.status == PROVED and not result.internal, result.reason
