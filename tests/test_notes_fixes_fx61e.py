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
