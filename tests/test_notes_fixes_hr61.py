"""Held-out variants of hr61's fixes: a definition that some readers read and others do not (on a line they may not
see: white or faint ink, a Liquid branch, a single-tilde strike, a CriticMarkup deletion, comment or substitution, a
TeX conditional or white ink; or in maths that could not be read) of a name defined before it ends that definition's
force for the steps after it (:func:`~diffproof.notecheck.assumptions._redefined_unread`); and a variable the note
gives two laws is neither's (:func:`~diffproof.notecheck.assumptions._laws_given_twice`).

Each wrong note sets a := 2, then a := 3 where some readers read it, then writes a + a = 4: false for those readers
(6), so it is held; or states x ~ N(0, 1), then x ~ N(5, 1), then E[x^2] = 1: false under the second law (26).  Each
right note keeps its proof: the hidden line sets another name, or the same value, or is struck for every reader of
GFM, or the step stands before it."""

from __future__ import annotations

import pytest
import red_team
from red_team import report

_FOUR = "\n\n$$\na + a = 4\n$$\n"
_SQUARE = "\n\n$$\n\\mathbb{E}[x^2] = 1\n$$\n"
_TWO = "Let $a := 2$.\n\n"
_NORMAL = "Let $x \\sim \\mathcal{N}(0,1)$.\n\n"

#: Wrong: a := 3 (or x ~ N(5, 1)) holds for some readers where the step stands, and the step is false for them.
WRONG = {
    "white-ink": _TWO + '<span style="color: white">Let $a := 3$.</span>' + _FOUR,
    "near-white-ink": _TWO + '<span style="color: #fdfdfd">Let $a := 3$.</span>' + _FOUR,
    "faint-ink": _TWO + '<span style="color: #eeeeee">Let $a := 3$.</span>' + _FOUR,
    "liquid-branch": _TWO + "{% if page.draft %}\nLet $a := 3$.\n{% endif %}" + _FOUR,
    "single-tilde-strike": _TWO + "~Let $a := 3$.~" + _FOUR,  # struck on GitHub, a subscript in Pandoc
    "critic-deletion": _TWO + "{--Let $a := 3$.--}" + _FOUR,  # shown by a renderer without CriticMarkup
    "critic-comment": _TWO + "{>>Let $a := 3$.<<}" + _FOUR,
    "critic-substitution-of-the-same-sentence": _TWO + "{~~Let $a := 2$.~>Let $a := 3$.~~}" + _FOUR,
    "critic-substitution-after-another-line": _TWO + "We go on.\n\n{~~Let $b := 4$.~>Let $a := 3$.~~}" + _FOUR,
    "unreadable-redefinition": _TWO + "Let $a := \\frobnicate{3}$." + _FOUR,  # what a is there is not known
    "white-ink-display": _TWO + '<div style="color: white">\n\n$$\na := 3\n$$\n\n</div>' + _FOUR,
    # an order hidden after a visible one: sqrt(a^2) = a holds for a > 0, fails for a < 0
    "order-in-white-ink": "Let $a > 0$.\n\n"
    + '<span style="color: white">Let $a < 0$.</span>'
    + "\n\n$$\n\\sqrt{a^2} = a\n$$\n",
    "law-in-white-ink": _NORMAL + '<span style="color: white">Let $x \\sim \\mathcal{N}(5,1)$.</span>' + _SQUARE,
    "law-stated-twice": _NORMAL + "Let $x \\sim \\mathcal{N}(5,1)$." + _SQUARE,
    "law-in-a-liquid-branch": _NORMAL + "{% if page.draft %}\nLet $x \\sim \\mathcal{N}(5,1)$.\n{% endif %}" + _SQUARE,
}

#: Right: what the hidden line sets leaves the step's names as every reader reads them.
RIGHT = {
    "white-ink-sets-another-name": _TWO + '<span style="color: white">Let $b := 3$.</span>' + _FOUR,
    "white-ink-sets-the-same-value": _TWO + '<span style="color: white">Let $a := 2$.</span>' + _FOUR,
    "critic-deletion-of-another-name": _TWO + "{--Let $b := 3$.--}" + _FOUR,
    # GFM strikes a paired ~~ run for every reader: the redefinition is withdrawn (as rt51b-guard-08 reads it)
    "gfm-strike": _TWO + "~~Let $a := 3$.~~" + _FOUR,
    "law-stated-twice-alike": _NORMAL + "Here $x \\sim \\mathcal{N}(0,1)$ again." + _SQUARE,
    "law-of-another-variable-in-white-ink": _NORMAL
    + '<span style="color: white">Let $y \\sim \\mathcal{N}(5,1)$.</span>'
    + _SQUARE,
}

#: The step before the hidden redefinition keeps its proof; the one after it is held.
BEFORE_AND_AFTER = {
    "white-ink": _TWO + "$$\na + a = 4\n$$\n\n" + '<span style="color: white">Let $a := 3$.</span>' + _FOUR,
    "critic-deletion": _TWO + "$$\na + a = 4\n$$\n\n{--Let $a := 3$.--}" + _FOUR,
}

_TEX = (
    "\\documentclass{{article}}\n\\usepackage{{xcolor}}\n\\begin{{document}}\nLet $a := 2$.\n\n{}\n\n\\begin{{equation}}\n"
    "a + a = 4\n\\end{{equation}}\n\\end{{document}}\n"
)
#: LaTeX: a conditional the reading cannot evaluate (a switch defined nowhere, the page number), white ink.
WRONG_LATEX = {
    "tex-conditional-defined-nowhere": _TEX.format("\\ifdraft\nLet $a := 3$.\n\\fi"),
    "tex-conditional-on-the-page": _TEX.format("\\ifnum\\value{page}>1\nLet $a := 3$.\n\\fi"),
    "tex-conditional-on-a-macro": _TEX.format("\\ifdefined\\foo\nLet $a := 3$.\n\\fi"),
    "tex-white-ink": _TEX.format("\\textcolor{white}{Let $a := 3$.}"),
}
#: LaTeX: TeX never prints an \iffalse branch, nor a \newif switch never set true, so no reader reads a := 3.
RIGHT_LATEX = {
    "tex-iffalse": _TEX.format("\\iffalse\nLet $a := 3$.\n\\fi"),
    "tex-newif-never-set": _TEX.format("\\newif\\ifdraft\n\\ifdraft\nLet $a := 3$.\n\\fi"),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_redefinition_some_readers_read_holds_the_step(name):
    red_team.assert_held_or_refuted(report(WRONG[name]).results[-1])


@pytest.mark.parametrize("name", sorted(WRONG_LATEX))
def test_a_redefinition_some_readers_read_holds_the_step_in_latex(name):
    red_team.assert_held_or_refuted(red_team.tex_report(WRONG_LATEX[name]).results[-1])


@pytest.mark.parametrize("name", sorted(RIGHT_LATEX))
def test_a_branch_tex_never_prints_keeps_the_proof(name):
    red_team.assert_proved(red_team.tex_report(RIGHT_LATEX[name]).results[-1])


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_what_hides_no_redefinition_of_the_steps_names_keeps_the_proof(name):
    red_team.assert_proved(report(RIGHT[name]).results[-1])


@pytest.mark.parametrize("name", sorted(BEFORE_AND_AFTER))
def test_a_hidden_redefinition_ends_the_definition_for_the_steps_after_it(name):
    before, after = report(BEFORE_AND_AFTER[name]).results
    red_team.assert_proved(before)
    red_team.assert_held_or_refuted(after)
    assert "line 7" in after.reason and "defines a again" in after.reason, after.reason


def test_the_reason_names_the_redefining_line():
    result = report(WRONG["white-ink"]).results[-1]
    assert "line 3 (a := 3) defines a again, on lines that may not be shown" in result.reason, result.reason
