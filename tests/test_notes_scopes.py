"""Definitions a sentence scopes to a unit of the text (fx55, red team 54r's rt54r-06): "For this section only, let
$a := 3$" holds until the next heading of the same or a higher level (Markdown ATX or setext, LaTeX's sectioning
commands, a line of bold words below them), "in this proof" until the proof ends, "in this paragraph" until its
paragraph ends; where the unit's end is not found (no heading opens the section) the definition is held.  Held out: uses after the unit are not proved (in English, French, German,
Spanish, in words before or after the maths, in a display), uses inside it keep their proof, a lower-level heading
inside the section does not end it.
"""

from __future__ import annotations

import functools

import pytest
import red_team

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

_SIX = "\n\n$$\na + a = 6\n$$\n"


def _markdown(opening: str, heading: str, said: str = "For this section only, let $a := 3$.") -> str:
    """A note whose section ``opening`` sets a := 3 as ``said`` says, then the heading ``heading``, then a + a = 6."""
    return f"{opening}\n\n{said}\n\n{heading}" + _SIX


#: Held-out Markdown notes and the verdict on their last step, a + a = 6.
MARKDOWN = {
    "next section": (_markdown("## Warm-up", "## Main part"), UNDECIDED),
    "a higher level": (_markdown("## Warm-up", "# Part two"), UNDECIDED),
    "a lower level inside": (_markdown("## Warm-up", "### A detail"), PROVED),
    "no heading after": (_markdown("## Warm-up", "Some words."), PROVED),
    "setext headings": (_markdown("Warm-up\n=======", "Main part\n========="), UNDECIDED),
    "setext, a lower level inside": (_markdown("Warm-up\n=======", "A detail\n--------"), PROVED),
    "a hash in code is no heading": (_markdown("## Warm-up", "```\n# a comment\n```"), PROVED),
    "words after the maths": (_markdown("## A", "## B", "Let $a := 3$ in this section only."), UNDECIDED),
    "the rest of this section": (_markdown("## A", "## B", "For the rest of this section, let $a := 3$."), UNDECIDED),
    "the present subsection": (_markdown("### A", "### B", "In the present subsection, $a := 3$."), UNDECIDED),
    "French": (_markdown("## A", "## B", "Dans cette section, soit $a := 3$."), UNDECIDED),
    "German": (_markdown("## A", "## B", "In diesem Abschnitt sei $a := 3$."), UNDECIDED),
    "Spanish": (_markdown("## A", "## B", "En esta sección, sea $a := 3$."), UNDECIDED),
    "French, inside": (_markdown("## A", "### A.1", "Dans cette section, soit $a := 3$."), PROVED),
    "a display's definition": (_markdown("## A", "## B", "For this section only, let\n\n$$\na := 3\n$$"), UNDECIDED),
    "a display's equation": (_markdown("## A", "## B", "For this section only, let\n\n$$\na = 3\n$$"), UNDECIDED),
    "a display's equation, inside": (_markdown("## A", "### A.1", "In this section let\n\n$$\na = 3\n$$"), PROVED),
    "another paragraph": (_markdown("## A", "Another paragraph.", "In this paragraph, let $a := 3$."), UNDECIDED),
    "a proof with no end": (_markdown("Proof.", "Some words.", "In this proof, let $a := 3$."), UNDECIDED),
    "a proof's end": (_markdown("Proof.", "So $a > 0$. ∎\n\nNow", "In this proof, let $a := 3$."), UNDECIDED),
    "no scope": (_markdown("## A", "## B", "Let $a := 3$."), PROVED),
    "no heading opens it": (_markdown("Some words.", "More words."), UNDECIDED),
    "bold headings": (_markdown("**1. Warm-up**", "**2. Main part**"), UNDECIDED),
    "a bold line inside a marked section": (_markdown("## Warm-up", "**A remark.**"), PROVED),
    "wrong inside": (_markdown("## A", "### A.1", "In this section let $a := 3$.").replace("6", "7"), REFUTED),
}

_B = "\n\n$$\nb = a + 1\n$$\n\n$$\nb = {}\n$$\n"

#: Held-out: a display within the section still defines another name from the scoped one (b = a + 1, then b = 4
#: proved, b = 5 refuted); after the section, b's value is not known (undecided).
WITHIN = {
    "b = 4 within": ("## A\n\nIn this section, let $a := 3$." + _B.format(4), PROVED),
    "b = 5 within": ("## A\n\nIn this section, let $a := 3$." + _B.format(5), REFUTED),
    "b = 4 after": ("## A\n\nIn this section, let $a := 3$.\n\n## B" + _B.format(4), UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(WITHIN))
def test_a_display_within_the_section_defines_other_names(name):
    text, verdict = WITHIN[name]
    result = red_team.last(text)
    assert result.status == verdict, result.reason


@pytest.mark.parametrize("name", sorted(MARKDOWN))
def test_a_definition_scoped_to_a_unit_of_a_markdown_note(name):
    text, verdict = MARKDOWN[name]
    result = red_team.last(text)
    assert result.status == verdict, result.reason


@functools.lru_cache(maxsize=32)
def _tex_last(text: str):
    return check_notes(read_notes(text), Limits(seconds=120)).results[-1]


def _tex(said: str, heading: str) -> str:
    """A LaTeX note whose section sets a := 3 as ``said`` says, then ``heading``, then a + a = 6."""
    return (
        "\\documentclass{article}\n\\begin{document}\n\\section{Warm-up}\n"
        f"{said}\n{heading}\n\\[ a + a = 6 \\]\n\\end{{document}}\n"
    )


_SECTION_ONLY = "For this section only, let $a := 3$."

#: Held-out LaTeX notes and the verdict on their last step.
LATEX = {
    "next section": (_tex(_SECTION_ONLY, "\\section{Main part}"), UNDECIDED),
    "a starred section": (_tex(_SECTION_ONLY, "\\section*{Main part}"), UNDECIDED),
    "a chapter": (_tex(_SECTION_ONLY, "\\chapter{Two}"), UNDECIDED),
    "a subsection inside": (_tex(_SECTION_ONLY, "\\subsection{A detail}"), PROVED),
    "a commented section": (_tex(_SECTION_ONLY, "% \\section{Main part}"), PROVED),
    "after the proof": (_tex("\\begin{proof}In this proof, let $a := 3$.", "\\end{proof}"), UNDECIDED),
    "inside the proof": (
        _tex("\\begin{proof}In this proof, let $a := 3$.", "Then").replace(
            "\\end{document}", "\\end{proof}\n\\end{document}"
        ),
        PROVED,
    ),
}


@pytest.mark.parametrize("name", sorted(LATEX))
def test_a_definition_scoped_to_a_unit_of_a_latex_note(name):
    text, verdict = LATEX[name]
    result = _tex_last(text)
    assert result.status == verdict, result.reason
