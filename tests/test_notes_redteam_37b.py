"""Red team 37b, against the rules that fixed rt37-01 to -05, -32 and -34 (tests/data/notes/redteam_laws/rt37b-*).

A name is free for a counterexample to choose only if no spelling of it (the letter alone, either case, a Greek
letter's name or the letter itself) is written anywhere in the note but the maths its readers read: in its words,
its code, a table's cell, the words set inside its maths, beside a display's row.  A displayed order is a condition
of the steps after it only where the note asserts it; one not asserted ("If it were the case that", a question,
"Consider", "Were", a denial after it) or not read (``\\max``) is no condition, and no counterexample of the names it
writes is trusted after it.

Held (``-refuted``): the rules do not over-fire.  Caught and costs (``-undecided``): no refutation.  Misses: strict
xfails that show the refutation still given against what the note says.
"""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import REFUTED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS
NAMES = sorted(path.stem for path in NOTES.glob("rt37b-[0-9][0-9]-*.md"))

#: Where the rules still miss, with why (a false alarm each: the step is correct under what the note says).
MISSES = {
    "rt37b-12-denial-two-sentences-later-refuted": "a denial two sentences after the display is joined to it by none",
    "rt37b-13-bound-said-by-position-refuted": "a name said by its place ('the upper bound in the next display')",
}


def _last(name: str):
    return check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120)).results[-1]


def test_the_notes_are_all_there():
    assert len(NAMES) == 14


@pytest.mark.parametrize("name", [n for n in NAMES if n.endswith("-refuted") and n not in MISSES])
def test_held_the_rules_do_not_over_fire(name):
    result = _last(name)
    assert result.status == REFUTED, result.reason


@pytest.mark.parametrize("name", [n for n in NAMES if n.endswith("-undecided")])
def test_caught_no_refutation_against_what_the_note_says(name):
    result = _last(name)
    assert result.status != REFUTED, (result.reason, result.counterexample)


@pytest.mark.parametrize(
    "name", [pytest.param(n, marks=pytest.mark.xfail(strict=True, reason=why)) for n, why in MISSES.items()]
)
def test_misses_still_refuted(name):
    result = _last(name)
    assert result.status != REFUTED, (result.reason, result.counterexample)


def test_a_free_name_beside_an_abbreviation_is_still_chosen():
    """'e.g.', 'gap', 'large' and a comment write no name g: g is chosen where h <= g holds."""
    example = _last("rt37b-01-abbreviation-and-comment-keep-the-choice-refuted").counterexample
    values = dict(example.point + example.chosen)
    assert [name for name, _ in example.chosen] == ["g"] and values["h"] <= values["g"]
