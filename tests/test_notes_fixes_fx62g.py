"""Footnotes read where a renderer shows them, and values said beside a step in words not read (rt62r 01-05, 16-27,
56, 59-65):

- a footnote's label is matched with its case folded (GFM); a definition may open a block quote's line or a list
  item; its paragraphs indented after it are its own, not indented code; LaTeX's ``\\footnotetext`` is the text of
  the ``\\footnotemark`` before it;
- a sentence right after a display (whatever its case and subject) whose maths gives a name of the step a value and
  in which the reader finds no word of a condition or an exception, or a sentence leading into the display that
  gives one, holds the step (neither proof nor refutation): its words may say where the step holds;
- "provided", "given", "assuming", "as long as", "in the case" are read as words of a condition after a display."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import UNDECIDED

_DIVIDED = "$$\n\\frac{y}{y} = 1\n$$\n\n"
_SQUARED = "$$\ny^2 = y\n$$\n\n"


def _marked(label: str) -> str:
    """A step y / y = 1 after a sentence with the footnote mark ``label``."""
    return f"As in the footnote,[^{label}] we have\n\n" + _DIVIDED


@pytest.mark.parametrize(
    "note",
    [
        _marked("Note") + "[^NOTE]: Here $y = 0$.\n",  # case folded
        _marked("a") + "[^a]: On notation.\n\n    We take $y = 0$ here.\n",  # an indented second paragraph
        _marked("a") + "[^a]: On notation.\n\n\tWe take $y = 0$ here.\n",  # indented by a tab
        _marked("a") + "> > [^a]: Here $y = 0$.\n",  # in a nested block quote
        _marked("a") + "1. [^a]: Here $y = 0$.\n",  # in an ordered list's item
    ],
)
def test_a_footnote_shown_at_its_mark_sets_the_value_there(note):
    """y / y has no value at y = 0, which the footnote sets at its mark, before the step: not proved."""
    red_team.assert_held_or_refuted(red_team.last("We use it below.\n\n" + note))


@pytest.mark.parametrize(
    "note",
    [
        _marked("a") + "We use it below.\n\n[^b]: Here $y = 0$.\n",  # another label: not the mark's
        _DIVIDED + "We use it below.\n\n    Here $y = 0$.\n",  # indented code after a paragraph, no footnote
    ],
)
def test_no_footnote_at_the_mark_leaves_the_step_proved(note):
    red_team.assert_proved(red_team.last(note))


_TEX = "\\documentclass{article}\n\\begin{document}\n{}\n\\end{document}\n"


@pytest.mark.parametrize(
    "body",
    [
        "As in the footnote\\footnotemark{} we have\n\\[\n\\frac{y}{y} = 1\n\\]\nWe go on.\n\n"
        "\\footnotetext{Here $y = 0$.}",
        "As in the footnote\\footnotemark[2] we have\n\\[\n\\frac{y}{y} = 1\n\\]\nWe go on.\n\n"
        "\\footnotetext[2]{Here $y = 0$.}",
    ],
)
def test_a_footnotetext_is_read_at_its_footnotemark(body):
    result = red_team.tex_report(_TEX.replace("{}", body, 1)).results[-1]
    red_team.assert_held_or_refuted(result)


def test_a_footnotemark_after_the_step_sets_nothing_before_it():
    body = "We have\n\\[\n\\frac{y}{y} = 1\n\\]\nas in the footnote\\footnotemark.\n\n\\footnotetext{Here $y = 0$.}"
    red_team.assert_proved(red_team.tex_report(_TEX.replace("{}", body, 1)).results[-1])


@pytest.mark.parametrize(
    "said",
    [
        "Tämä pätee, kun $y = 0$.",  # Finnish
        "Ini berlaku untuk $y = 0$.",  # Indonesian, in Latin letters alone
        "Αυτό ισχύει για $y = 0$.",  # Greek
        "Điều này đúng khi $y = 0$.",  # Vietnamese
        "This holds provided that $y = 0$.",
        "The identity holds so long as $y = 0$.",
        "It is valid assuming $y = 0$.",
    ],
)
def test_a_value_said_after_the_display_holds_the_step(said):
    """y / y has no value at y = 0, where the sentence may say the step holds: not proved."""
    red_team.assert_held_or_refuted(red_team.last(_DIVIDED + said + "\n"))


@pytest.mark.parametrize("said", ["Kun $y = 0$, saamme", "When $y = 0$, we have", "当 $y = 0$ 时，有"])
def test_a_value_said_leading_into_the_display_holds_the_step(said):
    red_team.assert_held_or_refuted(red_team.last(said + "\n\n" + _DIVIDED))


@pytest.mark.parametrize(
    "said", ["Tämä pätee, kun $y = 1$.", "This holds provided that $y = 1$.", "Kun $y = 1$, saamme"]
)
def test_a_right_step_said_at_a_value_is_not_refuted(said):
    """y^2 = y holds at y = 1: the counterexample at another point breaks what the sentence may state."""
    text = said + "\n\n" + _SQUARED if said.endswith("saamme") else _SQUARED + said + "\n"
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status == UNDECIDED, result.reason


@pytest.mark.parametrize(
    "said",
    [
        "This holds except at $y = 0$.",  # an exception, read
        "Här är $z = 0$.",  # a value of a name not in the step
        "Tämä pätee kaikille $y$.",  # no value
    ],
)
def test_no_value_of_the_step_s_name_leaves_it_proved(said):
    red_team.assert_proved(red_team.last(_DIVIDED + said + "\n"))
