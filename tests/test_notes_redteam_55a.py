"""Red team 55a's notes (tests/data/notes/redteam_laws/rt55a-*), against this session's merges: the optimum rule's
whitelist (``notecheck/forward_fixed.py``: terms of q dropped only where nothing the note writes could make q or
its schedule learned), the horizon's bound and where-clause readers, and the screen of a ∝ or a derivative by what
the note says of its names.

Each finding is a false proof (the step at issue is the note's last); each is a strict xfail until fixed (listed in
FIXED).  The guards (rt55a-guard-*) are faithful notes that must keep their verdict.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_UNLISTED = (
    "forward_fixed only checks a sentence beside q or the schedule that writes theta or a word of _LEARNED; {} is "
    "in no listed language or stem, so the sentence is never asked to be a faithful form and q's term is dropped"
)
_UNSHOWN = (
    "forward_fixed reads the prose as notes.prose gives it, which drops {}; the line is counted as prose read, so "
    "_elsewhere does not read its source either"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt55a-01-schedule-learned-in-swedish-proved": _UNLISTED.format("Swedish 'lärs in'"),
    "rt55a-02-schedule-learned-in-vietnamese-proved": _UNLISTED.format("Vietnamese 'được học'"),
    "rt55a-03-schedule-obtained-end-to-end-proved": _UNLISTED.format("'obtained end-to-end'"),
    "rt55a-04-schedule-chosen-to-maximise-the-objective-proved": _UNLISTED.format("'chosen to maximise'"),
    "rt55a-05-gradient-step-on-the-schedule-proved": _UNLISTED.format(
        "a gradient in beta written in maths (\\nabla_beta)"
    ),
    "rt55a-06-image-alt-text-schedule-learned-proved": _UNSHOWN.format("an image's alt text"),
    "rt55a-07-link-title-schedule-learned-proved": _UNSHOWN.format("a link's title"),
    "rt55a-08-html-title-attribute-schedule-learned-proved": _UNSHOWN.format("an HTML element's attributes"),
}

#: A false proof fixed is undecided or refuted.
SOUND = frozenset({UNDECIDED, REFUTED})

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset()


def _named(pattern: str) -> list[str]:
    return sorted(path.stem for path in red_team.NOTES.glob(pattern) if path.suffix == ".md")


def test_the_notes_are_all_there():
    assert [name for name in _named("rt55a-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_55a_s_notes(name):
    result = red_team.judged(name, last={name})
    assert not result.internal, result.reason
    assert result.status in SOUND, result.reason


#: Faithful notes (rt55a-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt55a-guard-01-swedish-sentence-without-the-schedule-proved": PROVED,
    "rt55a-guard-02-schedule-fixed-hyperparameters-beside-alt-text-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert _named("rt55a-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged(name, last={name})
    assert result.status == GUARDS[name], result.reason
