"""Red team 50r's notes (tests/data/notes/redteam_laws/rt50r-*), against the reading of Markdown and LaTeX: what
a renderer shows, and so what is a step or a statement.

Struck LaTeX text: the argument of ulem's ``\\sout`` or soul's ``\\st`` is read as shown text, so a definition struck
out is used (Markdown's ``<del>``, ``<s>`` define nothing).  Beamer: ``\\alt<0>{this}{that}`` (or ``\\alt{..}{..}<0>``)
shows its second version on every slide, but its first is read.  Conditionals TeX or ifthen evaluates
(``\\ifnum 0=1``, ``\\ifthenelse{1=2}``): a step inside ``\\ifnum`` is undecided, but a definition inside either is
used by the steps after it.  Liquid: the branch of ``unless true``, ``if nil``, ``elsif false`` and ``if 1 == 2`` is
read, and a comment ends at its first ``endcomment`` though Liquid's comments nest and a ``raw`` block in one hides
an ``endcomment``.  Pandoc's ``::: {style="display:none"}`` div is read as shown.

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must get one of its sound verdicts.
The guards (rt50r-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import functools

import pytest
import red_team

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, StepResult, check_notes
from diffproof.notes import read_file

NOTES = red_team.NOTES

_STRUCK = (
    "tex.py reads the argument of a strike-out command as shown text (no reader blanks it as markdown._HIDDEN_OPENED "
    "does <del>, <s>, <strike>), so the struck definition is read"
)
_ALT = (
    "tex.strip_overlays keeps an \\alt's first version and blanks its second whatever its spec, though a spec that "
    "names no slide ({}) shows the second version on every slide"
)
_EVALUATED = (
    "the expander does not evaluate {}: what the branch holds stays in the text, and Timeline keeps its definitions "
    "in force for the steps after it (only a step inside \\ifnum is made undecided, in check_notes)"
)
_LIQUID_BRANCH = (
    "markdown._false_branches_blanked blanks the branch of an 'if' whose condition is the literal false only (a "
    "condition that is not that literal is the site's to evaluate and both branches stay), so the definition in {} "
    "is read"
)
_LIQUID_COMMENT = (
    "markdown._LIQUID ends a Liquid comment at its first endcomment (.*?), though Liquid parses the tags in a comment "
    "{}, so the definition still commented out is read"
)

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt50r-01-tex-sout-definition-used-proved": f"{_STRUCK} (ulem's \\sout)",
    "rt50r-02-tex-st-definition-used-proved": f"{_STRUCK} (soul's \\st)",
    "rt50r-03-beamer-alt-zero-first-version-used-proved": _ALT.format("\\alt<0>"),
    "rt50r-04-beamer-alt-trailing-zero-first-version-used-proved": (
        _ALT.format("\\alt{..}{..}<0>") + " (the trailing spec is checked for \\only alone)"
    ),
    "rt50r-05-tex-ifnum-definition-used-proved": _EVALUATED.format("\\ifnum 0=1"),
    "rt50r-06-tex-ifthenelse-definition-used-proved": _EVALUATED.format(
        "\\ifthenelse{1=2}{..}{..} (read as a command whose arguments are all text)"
    ),
    "rt50r-07-liquid-unless-true-definition-used-proved": _LIQUID_BRANCH.format("'unless true'"),
    "rt50r-08-liquid-if-nil-definition-used-proved": _LIQUID_BRANCH.format("'if nil' (nil is falsy)"),
    "rt50r-09-liquid-elsif-false-definition-used-proved": _LIQUID_BRANCH.format("'elsif false'"),
    "rt50r-10-liquid-nested-comment-definition-used-proved": _LIQUID_COMMENT.format(
        "and a nested comment's endcomment closes the nested one"
    ),
    "rt50r-11-liquid-raw-in-comment-definition-used-proved": _LIQUID_COMMENT.format(
        "and an endcomment inside a raw block is raw text"
    ),
    "rt50r-12-liquid-if-constant-comparison-definition-used-proved": _LIQUID_BRANCH.format("'if 1 == 2'"),
    "rt50r-13-pandoc-div-display-none-definition-used-proved": (
        "markdown._HIDDEN_DIV reads .hidden, .content-hidden and the hidden attribute in a fenced div's braces, not a "
        "style that hides it (markdown._HIDING reads one in HTML), so the definition in the unshown div is read"
    ),
    "rt50r-14-beamer-alt-zero-second-version-lost-refuted": _ALT.format("\\alt<0>"),
}

_WRONG = frozenset({REFUTED, UNDECIDED})  # a wrong step: refuted with a counterexample that keeps the words, or not
_RIGHT = frozenset({PROVED, UNDECIDED})  # a right step: never refuted

#: The sound verdicts of each finding, once fixed.
SOUND = {name: _RIGHT if name.endswith("-refuted") else _WRONG for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset()


def _path(name: str):
    """The note ``name``, Markdown or LaTeX."""
    (found,) = [path for path in (NOTES / f"{name}.md", NOTES / f"{name}.tex") if path.exists()]
    return found


@functools.lru_cache(maxsize=64)
def _judged(name: str) -> StepResult:
    """The verdict on the last step of the note ``name``, read as its file's kind (LaTeX or Markdown)."""
    return check_notes(read_file(_path(name)), Limits(seconds=120)).results[-1]


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt50r-[0-9][0-9]-*.*"))
    assert found == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_50r_s_notes(name):
    result = _judged(name)
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt50r-guard-*) and the one verdict each must keep: underlined text is shown (proved); \alt<1->
#: shows its first version on every slide (proved); 'unless false', the else of 'if false', what follows a closed
#: comment and a raw block are rendered (proved); a coloured div is shown (proved); \iftrue typesets (proved); a
#: step inside \ifnum stays undecided; a nested 'if' inside an 'if false' leaves the rest of the branch hidden
#: (undecided).
GUARDS = {
    "rt50r-guard-01-tex-underline-definition-proved": PROVED,
    "rt50r-guard-02-beamer-alt-every-slide-proved": PROVED,
    "rt50r-guard-03-liquid-unless-false-proved": PROVED,
    "rt50r-guard-04-liquid-else-of-if-false-proved": PROVED,
    "rt50r-guard-05-liquid-after-a-comment-proved": PROVED,
    "rt50r-guard-06-liquid-raw-shown-proved": PROVED,
    "rt50r-guard-07-pandoc-div-coloured-proved": PROVED,
    "rt50r-guard-08-tex-iftrue-definition-proved": PROVED,
    "rt50r-guard-09-tex-ifnum-step-undecided": UNDECIDED,
    "rt50r-guard-10-liquid-nested-if-false-undecided": UNDECIDED,
}


def test_the_guards_are_all_there():
    assert sorted(path.stem for path in NOTES.glob("rt50r-guard-*.*")) == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = _judged(name)
    assert result.status == GUARDS[name], result.reason
