"""Red team 37b, against the rules that fixed rt37-01 to -05, -32 and -34 (tests/data/notes/redteam_laws/rt37b-*).

A name is free for a counterexample to choose only if no spelling of it (the letter alone, either case, a Greek
letter's name or the letter itself) is written anywhere in the note but the maths its readers read: in its words,
its code, a table's cell, the words set inside its maths, beside a display's row.  A displayed order is a condition
of the steps after it only where the note asserts it; one not asserted ("If it were the case that", a question,
"Consider", "Were", a denial after it) or not read (``\\max``) is no condition, and no counterexample of the names it
writes is trusted after it.

Held (``-refuted``): the rules do not over-fire.  Caught and costs (``-undecided``), and the two misses fixed since
(``FIXED``): no refutation.
"""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import REFUTED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS
NAMES = sorted(path.stem for path in NOTES.glob("rt37b-[0-9][0-9]-*.md"))


def _last(name: str):
    return check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120)).results[-1]


def test_the_notes_are_all_there():
    assert len(NAMES) == 14


#: Fixed misses (old42): the step must not be refuted.
FIXED = frozenset({"rt37b-12-denial-two-sentences-later-refuted", "rt37b-13-bound-said-by-position-refuted"})


@pytest.mark.parametrize("name", [n for n in NAMES if n.endswith("-refuted") and n not in FIXED])
def test_held_the_rules_do_not_over_fire(name):
    result = _last(name)
    assert result.status == REFUTED, result.reason


@pytest.mark.parametrize("name", [n for n in NAMES if n.endswith("-undecided") or n in FIXED])
def test_caught_no_refutation_against_what_the_note_says(name):
    result = _last(name)
    assert result.status != REFUTED, (result.reason, result.counterexample)


def test_a_free_name_beside_an_abbreviation_is_still_chosen():
    """'e.g.', 'gap', 'large' and a comment write no name g: g is chosen where h <= g holds."""
    example = _last("rt37b-01-abbreviation-and-comment-keep-the-choice-refuted").counterexample
    values = dict(example.point + example.chosen)
    assert [name for name, _ in example.chosen] == ["g"] and values["h"] <= values["g"]


_CASE_THEN = "{}\n\n$$\nh + k < 0\n$$\n\n{} Therefore\n\n$$\n|h + k| = h + k\n$$\n"
#: rt37b-12 held out: the display's case, or the display by a word pointing back, said later never to come about.
CASE_DENIED = {
    "case 1 impossible": ("In case 1 we have", "The other case is usual. Case 1 is impossible, though."),
    "this can never happen": ("We have", "for now. More words follow here. This can never happen."),
    "the former case is ruled out": ("We have", "in the former case. Words. The former case is ruled out."),
}
#: Held: another case denied, or a denial of something else, leaves the display a condition (the step refuted).
CASE_KEPT = {
    "the other case never occurs": ("We have", "in the first case. Words. The second case never occurs."),
    "a denial of dependence": ("We have", "for now. More words follow here. It does not depend on t."),
}


@pytest.mark.parametrize("name", sorted(CASE_DENIED))
def test_a_case_denied_later_is_no_condition(name):
    notes = read_notes(_CASE_THEN.format(*CASE_DENIED[name]), markdown=True)
    result = check_notes(notes, Limits(seconds=120)).results[-1]
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("name", sorted(CASE_KEPT))
def test_another_denial_keeps_the_condition(name):
    notes = read_notes(_CASE_THEN.format(*CASE_KEPT[name]), markdown=True)
    result = check_notes(notes, Limits(seconds=120)).results[-1]
    assert result.status == REFUTED, result.reason


#: rt37b-13 held out: words said before a display of the bound reach the display after it that writes the bounded
#: name (unnamed._named_in); guards: the later display writes another name, or the words say no property.
BOUND_IN_WORDS = {
    "the lower bound below": ("The lower bound in the display below is zero.", "g \\le h", "|h| = h", False),
    "the bound of the next line": ("The bound on the next line is negative.", "h \\le g", "|h| = -h", False),
    "another name": ("The upper bound in the next display is zero.", "h \\le g", "|u| = -u", True),
    "no property": ("We bound it as follows.", "h \\le g", "|h| = -h", True),
}


@pytest.mark.parametrize("name", sorted(BOUND_IN_WORDS))
def test_a_bound_said_in_words_before_its_display(name):
    words, bound, step, refuted = BOUND_IN_WORDS[name]
    notes = read_notes(f"{words}\n\n$$\n{bound}\n$$\n\n$$\n{step}\n$$\n", markdown=True)
    result = check_notes(notes, Limits(seconds=120)).results[-1]
    assert (result.status == REFUTED) == refuted, result.reason
