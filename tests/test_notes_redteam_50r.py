"""Red team 50r's notes (tests/data/notes/redteam_laws/rt50r-*), against the reading of Markdown and LaTeX: what
a renderer shows, and so what is a step or a statement.

Struck LaTeX text: the argument of ulem's ``\\sout`` or soul's ``\\st`` is read as shown text, so a definition struck
out is used (Markdown's ``<del>``, ``<s>`` define nothing).  Beamer: ``\\alt<0>{this}{that}`` (or ``\\alt{..}{..}<0>``)
shows its second version on every slide, but its first is read; ``\\temporal<0>`` its last, but its middle is read.
Conditionals TeX or ifthen evaluates (``\\ifnum 0=1``, ``\\ifthenelse{1=2}``): a step inside ``\\ifnum`` is undecided,
but a definition inside either is used by the steps after it.  Liquid: the branch of ``unless true``, ``if nil``,
``elsif false`` and ``if 1 == 2`` is read, and a comment ends at its first ``endcomment`` though Liquid's comments nest
and a ``raw`` block in one hides an ``endcomment``.  Pandoc's ``::: {style="display:none"}`` div is read as shown.  A
``<template>`` or ``<noscript>`` opened in a paragraph, or after another tag in an HTML block, hides the blocks up to
its closing tag, but they are read. Fixed: ``01``-``18`` (see FIXED; ``05`` by iu50's hold of
what ``\\ifnum`` holds, ``12`` by liquid.py, ``06`` by holding a package's test); none open.

Each finding is a strict xfail until fixed (listed in FIXED); a fixed finding must get one of its sound verdicts.
The guards (rt50r-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.
"""

from __future__ import annotations

import functools

import pytest
import red_team

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, StepResult, check_notes
from diffproof.notes import read_file, read_notes

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
_OPENED = (
    "the reader follows an unshown element over the blocks after it only where an HTML block starts with its opening "
    "tag (markdown._HIDDEN_OPENED matched at the block's start), though HTML's parser keeps a template's or a "
    "noscript's content out of the page up to its closing tag wherever it opens, so the definition inside is read"
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
    "rt50r-15-template-opened-in-a-paragraph-definition-used-proved": f"{_OPENED} (in a paragraph's inline HTML)",
    "rt50r-16-template-after-a-div-tag-definition-used-proved": f"{_OPENED} (after a <div> that opens the block)",
    "rt50r-17-noscript-before-a-div-tag-definition-used-proved": (
        f"{_OPENED} (<noscript><div> starts no HTML block for markdown-it: a paragraph's inline HTML)"
    ),
    "rt50r-18-beamer-temporal-zero-at-version-used-proved": (
        "tex.strip_overlays keeps a \\temporal's middle (at) version whatever its spec, though with one that names no "
        "slide (<0>) every slide comes after it and shows the last version"
    ),
}

_WRONG = frozenset({REFUTED, UNDECIDED})  # a wrong step: refuted with a counterexample that keeps the words, or not
_RIGHT = frozenset({PROVED, UNDECIDED})  # a right step: never refuted

#: The sound verdicts of each finding, once fixed.
SOUND = {name: _RIGHT if name.endswith("-refuted") else _WRONG for name in FINDINGS}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # rt50r: the argument of \sout, \xout and \st is blanked after macros are expanded (tex._ulem_soul_struck_blanked)
        "rt50r-01-tex-sout-definition-used-proved",
        "rt50r-02-tex-st-definition-used-proved",
        # rt50r: \alt with a spec that names no slide shows its second version (tex.strip_overlays)
        "rt50r-03-beamer-alt-zero-first-version-used-proved",
        "rt50r-04-beamer-alt-trailing-zero-first-version-used-proved",
        "rt50r-14-beamer-alt-zero-second-version-lost-refuted",
        # rt50r: \temporal with a spec that names no slide shows its last version (tex.strip_overlays)
        "rt50r-18-beamer-temporal-zero-at-version-used-proved",
        # rt50r: the branches of if/elsif false or nil and unless true are blanked
        # (markdown._LIQUID_UNRENDERED_BRANCH)
        "rt50r-07-liquid-unless-true-definition-used-proved",
        "rt50r-08-liquid-if-nil-definition-used-proved",
        "rt50r-09-liquid-elsif-false-definition-used-proved",
        # rt50r: a Liquid comment ends at the endcomment that closes it, nested comments and raw blocks read
        # (markdown._liquid_comments_blanked)
        "rt50r-10-liquid-nested-comment-definition-used-proved",
        "rt50r-11-liquid-raw-in-comment-definition-used-proved",
        # rt50r: a Pandoc div whose style hides it is hidden (markdown._PANDOC_STYLE_HIDING)
        "rt50r-13-pandoc-div-display-none-definition-used-proved",
        # rt50r: a template or raw-text element a paragraph or an HTML block opens and leaves open holds the blocks
        # after it up to its closing tag (markdown._spanning_open)
        "rt50r-15-template-opened-in-a-paragraph-definition-used-proved",
        "rt50r-16-template-after-a-div-tag-definition-used-proved",
        "rt50r-17-noscript-before-a-div-tag-definition-used-proved",
        # iu50: a definition inside \ifnum ... \fi is held, neither used nor taken as absent (Notes.undecidable)
        "rt50r-05-tex-ifnum-definition-used-proved",
        # lead: a Liquid condition of literals is evaluated as Liquid does (liquid.truth, liquid.unrendered)
        "rt50r-12-liquid-if-constant-comparison-definition-used-proved",
        # lead: a package's test (\\ifthenelse, \\iftoggle) holds what its arguments hold (macros._braced_arguments_end)
        "rt50r-06-tex-ifthenelse-definition-used-proved",
    }
)


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


_STEP_TEX = "\n\\[ a + a = 6 \\]\n"
_STEP_MD = "\n\n$$\na + a = 6\n$$\n"
_DEFINED_MD = "\n\n$$\na := 3\n$$\n\n"


def _slide(body: str) -> str:
    return (
        "\\documentclass{beamer}\n\\begin{document}\n\\begin{frame}\n"
        + body
        + _STEP_TEX
        + "\\end{frame}\n\\end{document}\n"
    )


#: Held-out LaTeX notes of rt50r's fixes, each with the verdicts its last step (a + a = 6) may get: struck out by
#: \xout or across lines, a := 3 defines nothing (undecided); a note's own \st (expanded first) or an underline
#: keeps it (proved); \alt with a spec that names no slide (<presentation:0>, <0| handout:1>, an inline version)
#: shows its second version (a := 4 refuted, a := 3 proved); with <handout:0> the slides show its first (proved).
HELD_TEX = {
    "xout": ("\\xout{Let $a := 3$.}" + _STEP_TEX, {UNDECIDED}),
    "st across lines": ("\\st{Let\n$a := 3$.}" + _STEP_TEX, {UNDECIDED}),
    "the note's own st": ("\\newcommand{\\st}[1]{#1}\n\\st{Let $a := 3$.}" + _STEP_TEX, {PROVED}),
    "underline": ("\\underline{Let $a := 3$.}" + _STEP_TEX, {PROVED}),
    "alt presentation 0": (_slide("\\alt<presentation:0>{\\[ a := 3 \\]}{\\[ a := 4 \\]}"), {REFUTED}),
    "alt 0 but handout": (_slide("\\alt<0| handout:1>{\\[ a := 3 \\]}{\\[ a := 4 \\]}"), {REFUTED}),
    "alt 0 inline": (_slide("\\alt<0>{Let $a := 4$.}{Let $a := 3$.}"), {PROVED}),
    "alt handout 0": (_slide("\\alt<handout:0>{\\[ a := 3 \\]}{\\[ a := 4 \\]}"), {PROVED}),
    "alt trailing presentation 0": (_slide("\\alt{\\[ a := 4 \\]}{\\[ a := 3 \\]}<presentation:0>"), {PROVED}),
    "temporal presentation 0": (
        _slide("\\temporal<presentation:0>{\\[ a := 4 \\]}{\\[ a := 5 \\]}{\\[ a := 3 \\]}"),
        {PROVED},
    ),
    "temporal 2 keeps its at version": (
        _slide("\\temporal<2>{\\[ a := 4 \\]}{\\[ a := 3 \\]}{\\[ a := 5 \\]}"),
        {PROVED},
    ),
}

#: Held-out Markdown notes of rt50r's fixes, each with the verdicts its last step may get: a Liquid branch never
#: rendered (with whitespace control, an elsif nil, an unless's else), comments nested twice, a Pandoc div hidden by
#: a style in other spellings hide a := 3 (undecided); the branches rendered (an unless's else, an elsif true), a
#: definition after nested comments closed, a style whose later declaration shows the div, a data-style attribute
#: keep it (proved).
HELD_MARKDOWN = {
    "if nil with whitespace control": ("{%- if nil -%}" + _DEFINED_MD + "{%- endif -%}" + _STEP_MD, {UNDECIDED}),
    "elsif nil": ("{% if false %}\nx\n{% elsif nil %}" + _DEFINED_MD + "{% endif %}" + _STEP_MD, {UNDECIDED}),
    "unless true, else": ("{% unless true %}\nx\n{% else %}" + _DEFINED_MD + "{% endunless %}" + _STEP_MD, {PROVED}),
    "unless true, then defined": (
        "{% unless true %}" + _DEFINED_MD + "{% else %}\nx\n{% endunless %}" + _STEP_MD,
        {UNDECIDED},
    ),
    "elsif false in an unless": (
        "{% unless page.draft %}\nx\n{% elsif false %}" + _DEFINED_MD + "{% endunless %}" + _STEP_MD,
        {UNDECIDED},
    ),
    "elsif true": ("{% if false %}\nx\n{% elsif true %}" + _DEFINED_MD + "{% endif %}" + _STEP_MD, {PROVED}),
    "comments nested twice": (
        "{% comment %}{% comment %}{% comment %}x{% endcomment %}{% endcomment %}"
        + _DEFINED_MD
        + "{% endcomment %}"
        + _STEP_MD,
        {UNDECIDED},
    ),
    "after nested comments closed": (
        "{% comment %}{% comment %}x{% endcomment %}{% endcomment %}" + _DEFINED_MD + _STEP_MD,
        {PROVED},
    ),
    "div style spaced, single quotes": (
        "::: {.note style='display : none'}" + _DEFINED_MD + ":::" + _STEP_MD,
        {UNDECIDED},
    ),
    "div style shown again": (
        '::: {style="display:none; display:block"}' + _DEFINED_MD + ":::" + _STEP_MD,
        {PROVED},
    ),
    "template in a paragraph after text": (
        "Some text <template>" + _DEFINED_MD + "</template>" + _STEP_MD,
        {UNDECIDED},
    ),
    "textarea in a paragraph": ("A box: <textarea>" + _DEFINED_MD + "</textarea>" + _STEP_MD, {UNDECIDED}),
    "noscript after a span tag": ("<span><noscript>" + _DEFINED_MD + "</noscript></span>" + _STEP_MD, {UNDECIDED}),
    "a template tag in a comment": ("Some <!-- <template> --> text." + _DEFINED_MD + _STEP_MD, {PROVED}),
    "a template tag in a code span": ("Write `<template>` here." + _DEFINED_MD + _STEP_MD, {PROVED}),
    "a template closed in its paragraph": ("Some <template>x</template> text." + _DEFINED_MD + _STEP_MD, {PROVED}),
    "a wrong step after the template closes": (
        "Some text <template>" + _DEFINED_MD + "</template>\n\n$$\n1 + 1 = 3\n$$\n",
        {REFUTED},
    ),
    "a wrong step after the div's template closes": (
        "<div><template>" + _DEFINED_MD + "</template></div>\n\n$$\n1 + 1 = 3\n$$\n",
        {REFUTED},
    ),
    "div data-style": ('::: {data-style="display:none"}' + _DEFINED_MD + ":::" + _STEP_MD, {PROVED}),
}


@pytest.mark.parametrize("name", sorted(HELD_TEX))
def test_held_out_latex_readings_get_their_verdict(name):
    text, sound = HELD_TEX[name]
    result = check_notes(read_notes(text), Limits(seconds=120)).results[-1]
    assert result.status in sound, result.reason


@pytest.mark.parametrize("name", sorted(HELD_MARKDOWN))
def test_held_out_markdown_readings_get_their_verdict(name):
    text, sound = HELD_MARKDOWN[name]
    result = red_team.last(text)
    assert result.status in sound, result.reason
