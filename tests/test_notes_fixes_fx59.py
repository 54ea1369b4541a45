"""A gloss ("where $a := 3$", "with ...", "Here $x$ is ...") is read at the display it explains, and only at the
display right before it: a paragraph, a heading, a list item, code, or words after the display in its own paragraph
standing between them end the display's sentence, and the paragraph is then read where it stands.  A gloss read at
an earlier display would say before a step what the note says after it (fr59a's "Fix $Y = y$.\\n\\nHere $X \\sim
N(y, 1)$.": the law read as said before Y = y, so X's unconditional law).

With Y ~ N(0, 1), X = Y + Z and Z ~ N(0, 1) independent, (X, Y) is jointly Gaussian, X | Y = y ~ N(y, 1) and
Sigma_X = 2: a law of X said once Y is fixed (by words, or by a displayed ``Y = y``, or glossing that display) gives
Sigma_X no value, and Sigma_X = 1 is not proved."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notes import read_notes

_LAW = "$X \\sim \\mathcal{N}(y, 1)$"


@pytest.mark.parametrize(
    "text",
    [
        f"Fix $Y = y$.\n\nHere {_LAW}.",  # fr59a's finding: a paragraph between
        f"Fix $Y = y$.\n\nWith this, {_LAW}.",
        f"Fix $Y = y$.\n\nwhere {_LAW}.",
        f"### Fix $Y = y$\n\nHere {_LAW}.",  # a heading between
        f"- Fix $Y = y$.\n\nHere {_LAW}.",  # a list item between
        f"Consider\n$$\nY = Y\n$$\nand fix $Y = y$.\n\nHere {_LAW}.",  # words after a display in its paragraph
        f"Fix\n\n$$\nY = y\n$$\n\nThen {_LAW}.",  # a displayed Y = y fixes Y too
        f"Fix\n\n$$\nY = y\n$$\n\nHere {_LAW}.",  # ... and a gloss of that display is said with it
        f"Fix\n\n$$\nY = y,\n$$\n\nwhere {_LAW}.",
    ],
)
def test_a_law_said_after_another_component_is_fixed_gives_no_moments(text):
    """X | Y = y ~ N(y, 1) with Sigma_X = 2: Sigma_X = 1 is not proved."""
    assert red_team.block_variance_verdict(text) == UNDECIDED


@pytest.mark.parametrize(
    "text",
    [
        "Let\n\n$$\nX \\sim \\mathcal{N}(y, 1)\n$$\n\nwhere $Y = y$.",  # its gloss fixes Y
        "Let\n\n$$\nX \\sim \\mathcal{N}(y, 1)\n$$\n\ngiven $Y = y$.",  # its sentence goes on after it
        "Let\n\n$$\nX \\sim \\mathcal{N}(y, 1)\n$$\n\nwhere we condition on $Y$.",  # in words only
        "Let\n\n$$\nX \\sim \\mathcal{N}(y, 1)\n$$\n\nHere $y$ is the value $Y$ takes.",
        "Let\n\n$$\nX \\sim \\mathcal{N}(y, 1) \\quad \\text{where } Y = y.\n$$",  # words in its maths
        "Let\n\n$$\nX \\sim \\mathcal{N}(y, 1) \\quad \\text{given } Y = y.\n$$",
    ],
)
def test_a_displayed_law_its_sentence_qualifies_after_it_gives_no_moments(text):
    """ "$$ X ~ N(y, 1) $$ given Y = y": what the display's sentence says after it (a gloss, a lower-case
    continuation, words set in its maths) may make the law conditional; Sigma_X = 2 fits."""
    assert red_team.block_variance_verdict(text) == UNDECIDED


def test_a_tex_gloss_of_a_display_that_fixes_a_component_gives_no_moments():
    """LaTeX: "Fix \\[ Y = y \\] where X ~ N(y, 1)": the law glosses the display that fixes Y; Sigma_X = 2 fits."""
    block = red_team.BLOCK_LAW.replace("$$\n\\begin", "\\[\n\\begin").replace("\\right)\n$$", "\\right)\n\\]")
    text = block + "Fix\n\\[\nY = y\n\\]\nwhere " + _LAW + ".\n\nSo\n\\[\n\\Sigma_X = 1.\n\\]\n"
    note = "\\documentclass{article}\n\\begin{document}\n" + text + "\\end{document}\n"
    assert red_team.tex_report(note).results[-1].status == UNDECIDED


@pytest.mark.parametrize("opening", ["Here", "where", "With that,"])
def test_a_plain_law_of_the_component_still_gives_its_moments(opening):
    """X ~ N(0, 1) said plainly, nothing fixed: a jointly Gaussian vector's component has its covariance's
    diagonal block, Sigma_X = 1."""
    assert red_team.block_variance_verdict(f"{opening} $X \\sim \\mathcal{{N}}(0, 1)$.") == PROVED


_SUM = "$$\na + a = 6\n$$\n"


@pytest.mark.parametrize(
    "between",
    ["", "<!-- a comment shows nothing -->\n\n"],
)
def test_a_gloss_right_after_its_display_still_defines_for_it(between):
    """ "$$ a + a = 6 $$ where $a := 3$": the gloss says what the display's a is; 3 + 3 = 6."""
    assert red_team.report(f"{_SUM}\n{between}where $a := 3$.\n").results[0].status == PROVED


def _gloss_line(text: str) -> int:
    return next(item.line for item in read_notes(text, markdown=True).inline if item.text.strip() == "a := 3")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (f"{_SUM}\nwhere $a := 3$.\n", 1),  # right after the display: read at it
        (f"{_SUM}\nWe check it.\n\nwhere $a := 3$.\n", 7),  # a paragraph between: read where it stands
        (f"{_SUM}\n## Values\n\nHere $a := 3$.\n", 7),  # a heading between
        (f"{_SUM}\n```\ncode\n```\n\nwith $a := 3$.\n", 9),  # code between
        ("Take\n$$\nb = 1\n$$\nfor now.\n\nHere $a := 3$.\n", 7),  # words after the display in its paragraph
        (f"{_SUM}\nwhere $b := 2$.\n\nHere $a := 3$.\n", 7),  # another gloss between
    ],
)
def test_a_gloss_is_read_at_the_display_right_before_it_only(text, line):
    assert _gloss_line(text) == line
