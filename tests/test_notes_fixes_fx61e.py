"""Held-out variants of fx61e's fixes to red team 61r's visibility findings (30, 31).

- A style attribute that hides an element (``display: none``, ``visibility: hidden``, a strike) hides it only where
  the page keeps its styles: GitHub's sanitizer strips them and shows the text.  What it says is site-decided, as
  white ink is: read, its lines held, a step decided only where the note read with and without them agree.  The
  ``hidden`` attribute and ``<template>`` stay unshown to every reader.
- An ``<svg>`` of width or height 0 (its attributes, or its ``viewBox``) paints nothing of what it holds: its text is
  held as unseen text is.

Each note sets a := 3 before the step a + a = 6: proved where every reader sees it, held where only some do, never
proved where no reader does (a is then any number, and a = 0 fails).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notes import read_notes

_SIX = "\n\n$$\na + a = 6\n$$\n"
_SET = "Let $a := 3$."

#: Seen by some readers only: held.
SITE_DECIDED = {
    "span-display-none": f'<span style="display:none">{_SET}</span>',
    "div-visibility-hidden-over-blocks": f'<div style="visibility: hidden">\n\n{_SET}\n\n</div>',
    "p-visibility-collapse-upper-case": f"<P STYLE='VISIBILITY:COLLAPSE'>{_SET}</P>",
    "span-content-visibility-hidden": f'<span style="content-visibility: hidden">{_SET}</span>',
    "p-struck-by-a-style": f'<p style="text-decoration: line-through">{_SET}</p>',
    "later-display-none-wins": f'<span style="display: block; display: none">{_SET}</span>',
    "svg-width-zero": f'<svg width="0"><text x="0" y="20">{_SET}</text></svg>',
    "svg-height-zero-px": f'<svg height="0px" width="100"><text x="0" y="20">{_SET}</text></svg>',
    "svg-upper-case-unquoted": f"<SVG WIDTH=0 HEIGHT=0><text>{_SET}</text></SVG>",
    "svg-inner-svg-of-size-zero": f'<svg width="100" height="100"><svg width="0"><text>{_SET}</text></svg></svg>',
    "svg-view-box-of-height-zero": f'<svg viewBox="0 0 100 0"><text>{_SET}</text></svg>',
}

#: Seen by every reader: proved.
SHOWN = {
    "plain": _SET,
    "a-style-that-shows": f'<span style="color: red">{_SET}</span>',
    "later-display-block-wins": f'<span style="display: none; display: block">{_SET}</span>',
    "svg-of-a-size": f'<svg width="400" height="40"><text x="0" y="20">{_SET}</text></svg>',
    "svg-of-a-small-size": f'<svg width="0.5em" height="1em"><text>{_SET}</text></svg>',
    "svg-view-box-of-a-size": f'<svg viewBox="0 0 100 40"><text>{_SET}</text></svg>',
    "img-width-zero-beside-the-text": f'<img width="0" src="a.png"> {_SET}',
}

#: Seen by no reader: never proved.
UNSHOWN = {
    "hidden-attribute": f"<span hidden>{_SET}</span>",
    "template": f"<template>{_SET}</template>",
    "hidden-div-holding-a-styled-span": f'<div hidden><span style="display:none">{_SET}</span></div>',
    "svg-desc": f'<svg width="400" height="40"><desc>{_SET}</desc></svg>',
}


@pytest.mark.parametrize("name", sorted(SITE_DECIDED))
def test_what_some_readers_see_is_held(name):
    result = red_team.last(SITE_DECIDED[name] + _SIX)
    assert not result.internal, result.reason
    assert result.status == UNDECIDED, result.reason


@pytest.mark.parametrize("name", sorted(SHOWN))
def test_what_every_reader_sees_is_read(name):
    result = red_team.last(SHOWN[name] + _SIX)
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("name", sorted(UNSHOWN))
def test_what_no_reader_sees_proves_nothing(name):
    result = red_team.last(UNSHOWN[name] + _SIX)
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


def test_a_step_in_an_element_a_style_hides_is_read_and_held():
    """A display inside ``<div style="display:none">`` is shown on GitHub: it is a step of the note (was: none), and
    its lines are held, as white ink's are."""
    notes = read_notes(
        '<div style="display:none">\n\n$$\n1 + 1 = 3\n$$\n\n</div>\n\n$$\n1 + 1 = 2\n$$\n', markdown=True
    )
    assert [step.line for step in notes.steps] == [4, 10]
    assert any(first <= 4 <= last for first, last in notes.undecidable)
    assert not any(first <= 10 <= last for first, last in notes.undecidable)
    first, second = red_team.report(notes.source).results
    assert (first.status, second.status) == (UNDECIDED, PROVED), (first.reason, second.reason)


def test_an_order_a_style_hides_is_held_both_ways():
    """sqrt(x^2) = x after 'Let $x > 0$.' in a span a style hides: refuted where the style hides it, right where
    GitHub shows it: held, as the same order in white ink is."""
    step = "\n\n$$\n\\sqrt{x^2} = x\n$$\n"
    for hiding in ('<span style="display:none">', '<span style="color: white">'):
        result = red_team.last(hiding + "Let $x > 0$.</span>" + step)
        assert result.status == UNDECIDED, (hiding, result.reason)
    assert red_team.last("<span hidden>Let $x > 0$.</span>" + step).status == REFUTED


# Tables (rt61r 02-05, 32): a row that gives a name a value or a bound, or a column under a name, is a statement the
# reader does not read; where the page's maths writes that name, what follows is held (as a value in plain words).

_DIVIDED = "\n\n$$\n\\frac{x}{x} = 1\n$$\n"
_LOG = "\n\n$$\n\\log x - \\log x = 0\n$$\n"
_TEX = "\\documentclass{{article}}\n\\begin{{document}}\n{}\n\\[\n\\frac{{x}}{{x}} = 1\n\\]\n\\end{{document}}\n"

#: Wrong: the table sets x = 0 (or x < 0), where the step has no value; held or refuted, never proved.
TABLE_WRONG = {
    "value-in-figures": "| name | value |\n|---|---|\n| $x$ | 0 |" + _DIVIDED,
    "value-column-first": "| value | symbol |\n|:-:|:-:|\n| $0$ | $x$ |" + _DIVIDED,
    "names-in-the-header": "| $x$ | $y$ |\n|---|---|\n| $0$ | $1$ |" + _DIVIDED,
    "names-in-the-header-words-beside": "| $x$ | note |\n|---|---|\n| $0$ | set here |" + _DIVIDED,
    "bound-beside-the-name": "| symbol | upper bound |\n|---|---|\n| $x$ | $\\le 0$ |" + _LOG,
    "sign-in-words": "| name | sign |\n|---|---|\n| $x$ | negative |" + _LOG,
    "bold-name": "| name | value |\n|---|---|\n| $\\mathbf{x}$ | $0$ |"
    + "\n\n$$\n\\frac{\\mathbf{x}}{\\mathbf{x}} = 1\n$$\n",
    "indexed-greek-name": "| name | value |\n|---|---|\n| $\\sigma_1$ | $0$ |"
    + "\n\n$$\n\\frac{\\sigma_1}{\\sigma_1} = 1\n$$\n",
    "in-a-quote": "> | name | value |\n> |---|---|\n> | $x$ | $0$ |" + _DIVIDED,
}
#: Wrong, in TeX: a tabular's row or column sets x = 0.
TABLE_WRONG_TEX = {
    "tabular-with-rules": "\\begin{tabular}{|l|l|}\\hline\nname & value \\\\ \\hline\n$x$ & $0$ \\\\ \\hline\n\\end{tabular}",
    "tabularx-names-in-the-header": "\\begin{tabularx}{\\linewidth}{lX}\n$x$ & $y$ \\\\[2pt]\n$0$ & $1$ "
    "\\tabularnewline\n\\end{tabularx}",
}
#: Right: the table gives no value to a name the step writes (words only, another name, a density, code, a comment).
TABLE_RIGHT = {
    "words-beside-the-name": "| name | meaning |\n|---|---|\n| $x$ | the input |" + _DIVIDED,
    "another-name": "| name | value |\n|---|---|\n| $y$ | $0$ |" + _DIVIDED,
    "a-density-beside-its-law": "| density | law |\n|---|---|\n| $q(x)$ | $\\mathcal{N}(0, 1)$ |" + _DIVIDED,
    "in-a-code-fence": "```\n| name | value |\n|---|---|\n| $x$ | $0$ |\n```" + _DIVIDED,
    "in-a-comment": "<!--\n| name | value |\n|---|---|\n| $x$ | $0$ |\n-->" + _DIVIDED,
}


@pytest.mark.parametrize("name", sorted(TABLE_WRONG))
def test_a_value_in_a_table_holds_the_steps_after_it(name):
    red_team.assert_held_or_refuted(red_team.last(TABLE_WRONG[name]))


@pytest.mark.parametrize("name", sorted(TABLE_WRONG_TEX))
def test_a_value_in_a_tex_table_holds_the_steps_after_it(name):
    red_team.assert_held_or_refuted(red_team.tex_report(_TEX.format(TABLE_WRONG_TEX[name])).results[-1])


@pytest.mark.parametrize("name", sorted(TABLE_RIGHT))
def test_a_table_that_sets_no_name_of_the_step_keeps_its_proof(name):
    result = red_team.last(TABLE_RIGHT[name])
    assert result.status == PROVED, result.reason


def test_a_tex_table_of_words_keeps_its_proof():
    table = "\\begin{tabular}{ll}\nname & meaning \\\\\n$x$ & the input \\\\\n\\end{tabular}"
    result = red_team.tex_report(_TEX.format(table)).results[-1]
    assert result.status == PROVED, result.reason


# Step scopes (rt61r 27-29): "for every step" says a definition holds at each step only where nothing restricts it:
# denied ("not for every step"), followed by words that narrow it ("with an even index", "after the tenth", "but
# one", "in the second half") or said of some steps only ("for some steps", "at steps whose index is even"), the
# steps it holds at are some steps only, a case said in words: held at a step whose index is not known.

#: Wrong: a := 3 at some steps only, so a is any number at the step (a = 0 fails).
SCOPE_WRONG = {
    "never-at-all-steps": "Let $a := 3$, but never at all steps.",
    "every-step-but-one": "Let $a := 3$ for every step but one.",
    "every-step-whose-index-is-odd": "Let $a := 3$ at every step whose index is odd.",
    "each-iteration-past-the-warm-up": "Let $a := 3$ at each iteration past the warm-up.",
    "all-iterations-in-the-second-half": "Let $a := 3$ for all iterations in the second half.",
    "every-step-beyond-the-hundredth": "Let $a := 3$ at every step beyond the hundredth.",
    "all-time-steps-up-to-the-fifth": "For all time steps up to the fifth, let $a := 3$.",
    "for-some-steps": "Let $a := 3$ for some steps.",
    "at-most-iterations": "Let $a := 3$ at most iterations.",
    "at-steps-with-an-odd-index": "Let $a := 3$ at steps with an odd index.",
    "every-step-of-even-index": "Let $a := 3$ at every step of even index.",
}
#: Right: a := 3 at every step.
SCOPE_RIGHT = {
    "for-every-step": "Let $a := 3$ for every step.",
    "at-each-step": "Let $a := 3$ at each step.",
    "for-all-steps-first": "For all steps, let $a := 3$.",
    "for-every-step-we-set": "For every step we set $a := 3$.",
    "every-step-and-every-sample": "Let $a := 3$ for every step and every sample.",
    "every-step-of-the-chain": "Let $a := 3$ at every step of the chain.",
}


@pytest.mark.parametrize("name", sorted(SCOPE_WRONG))
def test_a_definition_said_of_some_steps_is_held(name):
    red_team.assert_held_or_refuted(red_team.last(SCOPE_WRONG[name] + _SIX))


@pytest.mark.parametrize("name", sorted(SCOPE_RIGHT))
def test_a_definition_said_of_every_step_keeps_its_proof(name):
    result = red_team.last(SCOPE_RIGHT[name] + _SIX)
    assert result.status == PROVED, result.reason
