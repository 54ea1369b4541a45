"""Session 52's reading gaps (rl52), each checked against markdown-it's token stream and what a browser then shows.

An unshown element (``<template>``, ``<div hidden>``) closed by a tag in a paragraph's inline HTML ends there: the
rest of that paragraph and the blocks after it are shown (they were skipped, and a ``<div hidden>`` closed so was
never closed).  An HTML block whose container (a list item, a quote) ends before its comment's ``-->`` leaves the
comment open in the browser over the blocks after it, up to the first ``-->`` of raw HTML (text, code and maths
reach the page escaped), so their maths is not on the page.  Each note's step at issue is its last.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_STEP = "\n\n$$\na + a = 6\n$$\n"
_WRONG = "\n\n$$\n1 + 1 = 3\n$$\n"
_HIDDEN_B = "\n\n$$\nb := 4\n$$\n\n"

#: Notes whose last step is shown, and its verdict: the definition or the step after an unshown element's end in
#: the paragraph that closes it (a template, a <div hidden> closed by </span></div>), and after a comment an HTML
#: block left open is closed by raw HTML (a comment's own end, an attribute holding -->).
RENDERED = {
    "the rest of the paragraph closing a template": (
        "Some text <template>" + _HIDDEN_B + "end </template> Let $a := 3$." + _STEP,
        PROVED,
    ),
    "a textarea closed mid-paragraph": ("A box: <textarea>" + _HIDDEN_B + "x</textarea> so $a := 3$." + _STEP, PROVED),
    "a div hidden closed by a paragraph's span and div": (
        "<div hidden><span>" + _HIDDEN_B + "</span></div>" + _WRONG,
        REFUTED,
    ),  # fmt: skip
    "a div hidden closed after text": ("<div hidden><span>x\n\nmore</span></div>" + _WRONG, REFUTED),
    "a definition after a div hidden closed in a paragraph": ("<div hidden>\n\nx </div> Let $a := 3$." + _STEP, PROVED),
    "a shown definition after a typeset hidden one": (
        "<div hidden>\n\nLet $a := 3$. </div> Let $a := 4$." + _STEP,
        REFUTED,
    ),
    "a list item's comment closed by a comment block": (
        "- <!-- draft\n\n$$\nb := 4\n$$\n\n<!-- end -->\n\nLet $a := 3$." + _STEP,
        PROVED,
    ),
    "a list item's comment closed in an attribute": (
        '- <!-- draft\n\n$$\nb := 4\n$$\n\nText <span title="-->">x</span> Let $a := 3$.' + _STEP,
        PROVED,
    ),
    "a comment closed in its list item": ("- <!-- draft\n  $$\n  b := 4\n  $$ -->\n\nLet $a := 3$." + _STEP, PROVED),
}

#: Twins that must stay hidden: a := 3 before the closing tag, behind a closing tag that is no tag (in code, in
#: maths, in a comment) or that closes a nested element, and in a comment left open by a list item or a quote (lazy
#: lines too) up to a raw --> (one in a code span ends nothing).
HIDDEN = {
    "before the template's closing tag": ("Some <template>\n\nLet $a := 3$. </template> more." + _STEP, UNDECIDED),
    "a template's closing tag in code": (
        "Some <template>\n\nThe tag `</template>` ends it. Let $a := 3$.\n\n</template>" + _STEP,
        UNDECIDED,
    ),  # fmt: skip
    "a div's closing tag in code": (
        "<div hidden>\n\nThe tag `</div>` ends it. Let $a := 3$.\n\n</div>" + _STEP,
        UNDECIDED,
    ),  # fmt: skip
    "a nested div's end": ("<div hidden><div>\n\nx</div> Let $a := 3$.\n\n</div>" + _STEP, UNDECIDED),
    "a closing tag in maths": ("<div hidden>\n\n$\\text{</div>}$ Let $a := 3$.\n\n</div>" + _STEP, UNDECIDED),
    "a closing tag in a comment": ("<div hidden>\n\nx <!-- </div> --> Let $a := 3$.\n\n</div>" + _STEP, UNDECIDED),
    "a list item's comment": ("- <!-- draft\n\n$$\na := 3\n$$\n\n<!-- end -->" + _STEP, UNDECIDED),
    "a quote's comment": ("> <!-- draft\n\n$$\na := 3\n$$\n\n<!-- end -->" + _STEP, UNDECIDED),
    "a list item's comment over lazy lines": (
        "- <!-- draft\nLet $a := 3$.\n-->\n\n<!-- end -->" + _STEP,
        UNDECIDED,
    ),  # fmt: skip,
    "a list item's comment, --> in code": (
        "- <!-- draft\n\nText `-->` Let $a := 3$.\n\n<!-- end -->" + _STEP,
        UNDECIDED,
    ),  # fmt: skip
}


@pytest.mark.parametrize("name", sorted(RENDERED))
def test_a_step_after_an_unshown_element_s_end_is_read(name):
    text, verdict = RENDERED[name]
    result = red_team.results(text)[-1]
    assert result.status == verdict, result.reason


@pytest.mark.parametrize("name", sorted(HIDDEN))
def test_what_stays_unshown_defines_nothing(name):
    text, verdict = HIDDEN[name]
    result = red_team.results(text)[-1]
    assert (result.step.line, result.status) == (text.count("\n") - 1, verdict), result.reason


def test_a_comment_a_list_item_leaves_open_hides_the_rest():
    report = red_team.report("- <!-- draft\n" + _WRONG)
    assert report.results == ()
    assert any("<!-- on line 1 is never closed" in problem.message for problem in report.problems)


def test_only_the_steps_after_the_comment_s_end_are_read():
    text = "- <!-- draft" + _WRONG + "\n<!-- end -->\n\n$$\n1 + 1 = 4\n$$\n"
    assert [(result.step.line, result.status) for result in red_team.results(text)] == [(10, REFUTED)]
