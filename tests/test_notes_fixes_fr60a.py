"""Held-out variants of fr60a's fixes to red team 60r's retractions and markup: a withdrawal said of a list or a range
of references, of a tag with a space, of "the definitions above" or "the second display above", in Dutch, Italian
or Portuguese, as "no longer use" or "must not be used", as an erratum after the step or a cross mark; its words read
as a renderer shows them (emphasis, font commands, ties, no-break spaces, footnote marks, MathJax's \\eqref in
maths); a table's row marking a display wrong; a strike a style makes.  Each wrong note leaves a := 3 unset where its last step stands, so a is any number
(a = 0 fails).  Each right one keeps its proof: the words name no withdrawal of a := 3, or ask or report one that
is then denied, or give it as a cited work's."""

from __future__ import annotations

import pytest
import red_team
from red_team import report, tex_report

_SIX = "\n\n$$\na + a = 6\n$$\n"
#: A display tagged as given, then a sentence about it, then the step.
_TAGGED = "Let\n\n$$\na := 3 \\tag{{{}}}\n$$\n\n{}" + _SIX
#: Two displays: b := 4 tagged (1), a := 3 tagged (2), a sentence, the step.
_TWO = "Let\n\n$$\nb := 4 \\tag{{1}}\n$$\n\nand\n\n$$\na := 3 \\tag{{2}}\n$$\n\n{}" + _SIX
#: Three displays: a := 3 (1), b := 4 (2), c := 5 (3).
_THREE = (
    "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\nand\n\n$$\nb := 4 \\tag{{2}}\n$$\n\nand\n\n$$\nc := 5 \\tag{{3}}\n$$\n\n{}"
    + _SIX
)
#: The step before the sentence about the display: an erratum at the end.
_STEP_THEN = "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\nThen\n\n$$\na + a = 6\n$$\n\n{}\n"
_LATEX = (
    "\\documentclass{{article}}\n\\begin{{document}}\nLet\n\\begin{{equation}}\na := 3 \\label{{eq:a}}\n"
    "\\end{{equation}}\n{}\n\\begin{{equation}}\na + a = 6\n\\end{{equation}}\n\\end{{document}}\n"
)
_LATEX_TWO = (
    "\\documentclass{{article}}\n\\begin{{document}}\nLet\n\\begin{{equation}}\nb := 4 \\label{{eq:b}}\n"
    "\\end{{equation}}\nand\n\\begin{{equation}}\na := 3 \\label{{eq:a}}\n\\end{{equation}}\n{}\n"
    "\\begin{{equation}}\na + a = 6\n\\end{{equation}}\n\\end{{document}}\n"
)

#: Wrong: a := 3 is withdrawn, corrected or struck, so the step fails at a = 0.
WRONG = {
    # lists and ranges of references
    "withdraw-both-1-and-2": _TWO.format("We withdraw both (1) and (2)."),
    "1-comma-2-are-invalid": _TWO.format("(2), (1) are invalid."),
    "discard-1-2-or-3": _THREE.format("We discard (3), (2) and (1)."),
    "range-1-through-3-false": _THREE.format("Equations (1) through (3) are false."),
    "range-1-to-2-dash": _THREE.format("(1)--(2) no longer hold."),
    # a tag with a space
    "tag-h-2-dropped": _TAGGED.format("H 2", "We ignore (H 2)."),
    # plurals and ordinals
    "forget-the-previous-definitions": "Let $a := 3$ and $b := 4$.\n\nForget the previous definitions." + _SIX,
    "both-definitions-are-wrong": "Let $b := 4$ and $a := 3$.\n\nBoth definitions are wrong." + _SIX,
    "the-second-display-above": _THREE.format("The second display above is wrong."),
    "drop-the-equations-above": _TWO.format("Drop the equations above."),
    # Dutch, Italian, Portuguese
    "nl-is-onjuist": _TAGGED.format("1", "Vergelijking (1) is onjuist."),
    "it-e-errata": _TAGGED.format("1", "L'equazione (1) è errata."),
    "pt-e-incorreta": _TAGGED.format("1", "A equação (1) é incorreta."),
    # no longer used, not to be used
    "we-no-longer-use-1": _TAGGED.format("1", "We no longer use (1)."),
    "we-stop-assuming-1": _TAGGED.format("1", "From here on we stop assuming (1)."),
    "must-not-be-used": _TAGGED.format("1", "Equation (1) must not be used."),
    "is-not-to-be-used": _TAGGED.format("1", "(1) is not to be used."),
    # words as a renderer shows them
    "is-italic-wrong": _TAGGED.format("1", "(1) is *wrong*."),
    "is-html-em-false": _TAGGED.format("1", "(1) is <em>false</em>."),
    "underscore-drop": _TAGGED.format("1", "We __drop__ (1)."),
    "numeric-nbsp": _TAGGED.format("1", "We drop&#160;(1)."),
    "named-footnote-mark": _TAGGED.format("1", "Equation (1)[^erratum] is wrong.\n\n[^erratum]: Found late."),
    "eqref-in-maths-no-longer-holds": "Let\n\n$$\na := 3 \\label{eq:a}\n$$\n\n$\\eqref{eq:a}$ no longer holds." + _SIX,
    # an erratum after the step, a cross mark
    "corrigendum-after-the-step": _STEP_THEN.format("Corrigendum: (1) should read $a := b$ for any $b$."),
    "tag-ballot-x": _TAGGED.format("1", "(1) ✗"),
    "table-row-incorrect": _TWO.format("| Display | Verdict |\n| --- | --- |\n| (1) | right |\n| (2) | incorrect |"),
    "table-row-cross": _TAGGED.format("1", "| Equation | Check |\n| :-- | :-: |\n| (1) | ❌ |"),
    # a strike a style makes
    "style-text-decoration-line": '<span style="text-decoration-line: line-through">Let $a := 3$.</span>' + _SIX,
    "style-underline-line-through": '<p style="color: red; text-decoration: underline line-through">Let $a := 3$.</p>'
    + _SIX,
    # asked or reported and not denied: held
    "should-we-drop-yes": _TAGGED.format("1", "Should we drop (1)? Yes."),
    "a-reviewer-said-wrong": _TAGGED.format("1", "A reviewer said (1) is wrong."),
    "following-a-citation-we-drop": _TAGGED.format("1", "Following [2] we drop (1)."),
}
#: The same, as LaTeX read unprompted.
WRONG_LATEX = {
    "eqref-and-tie-eqref-are-wrong": _LATEX_TWO.format("\\eqref{eq:a} and~\\eqref{eq:b} are wrong."),
    "cref-labels-no-longer-hold": _LATEX_TWO.format("\\Cref{eq:a, eq:b} no longer hold."),
    "textbf-drop-tie": _LATEX.format("We \\textbf{drop}~\\eqref{eq:a}."),
    "footnote-between": _LATEX.format("Equation~\\eqref{eq:a}\\footnote{Thanks to a reader.} is wrong."),
    "textit-is-wrong": _LATEX.format("Equation \\eqref{eq:a} \\textit{is wrong}."),
}

#: Right: a := 3 holds where the step stands; each keeps its proof.
RIGHT = {
    # a list whose members the words do not all withdraw
    "drop-1-and-keep-2": _TWO.format("We drop (1) and keep (2)."),
    "in-1-and-2-the-constant-drops-out": _TWO.format("In (1) and (2), the constant drops out."),
    "equations-1-and-2-are-right": _TWO.format("Equations (1) and (2) are right."),
    # words that point at no display withdrawn
    "the-first-equation-above-holds": _THREE.format("The first equation above holds."),
    "the-definitions-above-are-right": "Let $a := 3$ and $b := 4$.\n\nThe definitions above are right." + _SIX,
    "tag-check-mark": _TAGGED.format("1", "(1) ✓"),
    "table-row-correct": _TWO.format("| Display | Verdict |\n| --- | --- |\n| (1) | wrong |\n| (2) | correct |"),
    "table-row-check-mark": _TAGGED.format("1", "| Equation | Check |\n| --- | --- |\n| (1) | ✓ |"),
    "is-bold-right": _TAGGED.format("1", "Equation (1) is **right**."),
    "style-underline": '<span style="text-decoration: underline">Let $a := 3$.</span>' + _SIX,
    # asked or reported, then denied; a cited work's
    "do-we-drop-no": _TAGGED.format("1", "Do we drop (1)? No."),
    "ask-whether-it-is-not": _TAGGED.format("1", "We ask whether (1) is wrong. It is not."),
    "it-was-claimed-it-is-not": _TAGGED.format("1", "It was claimed that (1) is false; it is not."),
    "ho-et-al-drop": _TAGGED.format("1", "Ho et al. drop (1)."),
    "a-cited-work-discards": _TAGGED.format("1", "Smith [4] discards (1)."),
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_wrong_steps_are_held_or_refuted(name):
    red_team.assert_held_or_refuted(report(WRONG[name]).results[-1])


@pytest.mark.parametrize("name", sorted(WRONG_LATEX))
def test_wrong_latex_steps_are_held_or_refuted(name):
    red_team.assert_held_or_refuted(tex_report(WRONG_LATEX[name]).results[-1])


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_right_steps_keep_their_proofs(name):
    red_team.assert_proved(report(RIGHT[name]).results[-1])
