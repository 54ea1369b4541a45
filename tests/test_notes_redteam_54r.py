"""Red team 54r's notes (tests/data/notes/redteam_laws/rt54r-*), against what a note states and how its steps are
tied to it: a name given another value in words ("let $a$ denote $4$", "we write $a$ for $4$"), a scope ("for this
section only"), a condition before a definition ("For $t > 1$, let ..."), a universal quantifier that binds a defined
name again (in words, leading a display, beside it).

Each finding is a false proof: the first definition, or DDPM's law of a name the note gave another meaning, proves
the step.  Each is a strict xfail until fixed (listed in FIXED); the guards (rt54r-guard-*) are faithful notes that
must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_LET_DENOTE = "the bare 'denote' after 'let' is read by neither meanings._DENOTES nor _MEANT (both have 'denotes'): {}"
_CONDITION = "a leading '{}' with an order is no hypothesis (hedges._HYPOTHETICAL), so the definition holds at t = 1"
_BOUND = "a universal quantifier {} does not free the name it binds, so the note's definition of it proves the step"

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt54r-01-let-a-denote-another-value-proved": _LET_DENOTE.format("a := 3 stays the only definition"),
    "rt54r-02-we-write-a-for-another-value-proved": (
        "'we write $a$ for $4$' is read as a meaning of a schedule name only (meanings._USED_BEFORE, _USED_AFTER), "
        "never as a definition, so a := 3 proves the step"
    ),
    "rt54r-03-abusing-notation-epsilon-denotes-the-network-proved": _LET_DENOTE.format(
        "epsilon keeps DDPM's standard normal law"
    ),
    "rt54r-04-let-alpha-denote-alpha-bar-forward-mean-proved": _LET_DENOTE.format("the context's alpha_t stands"),
    "rt54r-05-let-epsilon-denote-twice-the-noise-variance-proved": _LET_DENOTE.format(
        "with more words after its maths, not even a meaning in words, and epsilon keeps DDPM's law"
    ),
    "rt54r-06-for-this-section-only-proved": (
        "a section's scope is no example lead-in (hedges._EXAMPLE_LEAD_IN) and a heading leaves nothing "
        "(lead_ins._LEAVING_EXAMPLE), so a := 3 holds in the next section"
    ),
    "rt54r-07-for-t-above-1-used-at-t-1-proved": _CONDITION.format("For $t > 1$,"),
    "rt54r-08-in-the-case-t-above-1-used-at-t-1-proved": _CONDITION.format("In the case $t > 1$,"),
    "rt54r-09-for-every-a-in-words-proved": _BOUND.format("in words ('For every $a$'; hedges._FREED_BEFORE)"),
    "rt54r-10-forall-a-leading-a-display-proved": _BOUND.format(
        "leading a display (steps._quantifier_end moves it to the lead)"
    ),
    "rt54r-11-forall-a-beside-a-display-proved": _BOUND.format("beside a step (a remark, steps._REMARK_OPENERS)"),
    "rt54r-12-text-for-all-a-beside-a-display-proved": _BOUND.format("in a remark's words (\\text{for all } a)"),
}

#: A false proof fixed is undecided or refuted.
SOUND = frozenset({UNDECIDED, REFUTED})

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset()


def _named(pattern: str) -> list[str]:
    return sorted(path.stem for path in red_team.NOTES.glob(pattern))


def test_the_notes_are_all_there():
    assert [name for name in _named("rt54r-*.md") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_54r_s_notes(name):
    result = red_team.judged(name, last={name})
    assert not result.internal, result.reason
    assert result.status in SOUND, result.reason


#: Faithful notes (rt54r-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt54r-guard-01-let-a-denote-the-same-value-again-proved": PROVED,
    "rt54r-guard-02-for-every-other-name-proved": PROVED,
    "rt54r-guard-03-section-only-definition-in-its-section-proved": PROVED,
    "rt54r-guard-04-forall-another-name-beside-a-step-proved": PROVED,
    "rt54r-guard-05-let-epsilon-denote-the-standard-normal-noise-proved": PROVED,
    "rt54r-guard-06-for-t-above-1-used-at-t-2-proved": PROVED,
    "rt54r-guard-07-let-alpha-bar-denote-the-product-forward-mean-proved": PROVED,
    "rt54r-guard-08-for-every-a-an-identity-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert _named("rt54r-guard-*.md") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged(name, last={name})
    assert result.status == GUARDS[name], result.reason
