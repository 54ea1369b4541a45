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

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

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
    "<!-- in a script is no comment": ('- <script>\n  var s = "<!--";\n  </script>' + _WRONG, REFUTED),
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
    "a div's comment in a list item": ("- <div>\n  <!-- x\n\n$$\na := 3\n$$\n\n<!-- end -->" + _STEP, UNDECIDED),
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


def _liquid(opening: str, body: str, closing: str = "{% endif %}") -> str:
    return f"{opening}\n{body}\n{closing}" + _STEP


#: Liquid branches a site renders or not by a variable of its own: what they define is held (neither used nor taken
#: as absent), as a TeX conditional's is; a branch known rendered, and what follows the block, define as written.
LIQUID = {
    "a page's variable": (_liquid("{% if page.draft %}", "Let $a := 3$."), UNDECIDED),
    "a display in a site's branch": (_liquid("{% if site.x %}", "$$\na := 3\n$$"), UNDECIDED),
    "the else of a site's branch": (_liquid("{% if page.x %}", "x\n{% else %}\nLet $a := 3$."), UNDECIDED),
    "an unless of a variable": (_liquid("{% unless page.x %}", "Let $a := 3$.", "{% endunless %}"), UNDECIDED),
    "elsif true after a site's branch": (_liquid("{% if page.x %}", "x\n{% elsif true %}\nLet $a := 3$."), UNDECIDED),
    "a variable compared": (_liquid("{% if page.lang == 'en' %}", "Let $a := 3$."), UNDECIDED),
    "a case's when": (_liquid("{% case page.x %}{% when 1 %}", "Let $a := 3$.", "{% endcase %}"), UNDECIDED),
    "a step that gives b a value": (_liquid("{% if page.x %}", "$$\nb = 3\n$$").replace("a + a", "b + b"), UNDECIDED),
    "if true": (_liquid("{% if true %}", "Let $a := 3$."), PROVED),
    "the else of if false": (_liquid("{% if false %}", "x\n{% else %}\nLet $a := 3$."), PROVED),
    "after a site's branch ends": (_liquid("{% if page.x %}", "x", "{% endif %}\nLet $a := 3$."), PROVED),
    "a literal in a raw block is text": ("{% raw %}{% if page.x %}{% endraw %}\nLet $a := 3$." + _STEP, PROVED),
}


@pytest.mark.parametrize("name", sorted(LIQUID))
def test_what_a_site_s_branch_defines_is_held(name):
    text, verdict = LIQUID[name]
    result = red_team.results(text)[-1]
    assert (result.step.line, result.status) == (text.count("\n") - 1, verdict), result.reason


@pytest.mark.parametrize(("step", "verdict"), [("1 + 1 = 3", REFUTED), ("a + a = 6", PROVED), ("a + a = 7", REFUTED)])
def test_a_step_in_a_site_s_branch_is_judged(step, verdict):
    text = f"Let $a := 3$.\n\n{{% if page.x %}}\n\n$$\n{step}\n$$\n\n{{% endif %}}\n"
    result = red_team.results(text)[-1]
    assert (result.step.line, result.status) == (6, verdict), result.reason


#: LaTeX conditionals TeX evaluates: a step inside that gives a name its first value is held as a definition there
#: is (\\ifnum, \\ifthenelse); one \\iftrue typesets gives it.
TEX_STEPS = {
    "ifnum": ("\\ifnum 0=1\n\\[ b = 3 \\]\n\\fi", UNDECIDED),
    "ifthenelse": ("\\ifthenelse{1=2}{\n\\[ b = 3 \\]\n}{}", UNDECIDED),
    "iftrue": ("\\iftrue\n\\[ b = 3 \\]\n\\fi", PROVED),
}


@pytest.mark.parametrize("name", sorted(TEX_STEPS))
def test_a_value_a_tex_conditional_s_step_gives_is_held(name):
    body, verdict = TEX_STEPS[name]
    text = (
        "\\documentclass{article}\n\\usepackage{ifthen}\n\\begin{document}\n"
        + body
        + "\n\\[ b + b = 6 \\]\n\\end{document}\n"
    )
    result = check_notes(read_notes(text), Limits(seconds=120)).results[-1]
    assert (result.step.lhs, result.status) == ("b + b", verdict), result.reason


def _latex(body: str) -> str:
    return (
        "\\documentclass{article}\n\\usepackage{xcolor}\n\\begin{document}\n"
        + body
        + "\n\\[ a + a = 6 \\]\n\\end{document}\n"
    )


#: Invisible maths: a text phantom shows nothing (it defines nothing); white ink may be hidden (a white page) or
#: shown (a dark theme, \\pagecolor), so what it defines is held.  Other colours, a phantom in maths and what
#: follows a white group define as written.
INVISIBLE_TEX = {
    "phantom": ("\\phantom{Let $a := 3$.}", UNDECIDED),
    "hphantom": ("\\hphantom{Let \\(a := 3\\).}", UNDECIDED),
    "textcolor white": ("\\textcolor{white}{Let $a := 3$.}", UNDECIDED),
    "color white in a group": ("{\\color{white} Let $a := 3$.}", UNDECIDED),
    "color rgb white, then a display": ("{\\color[rgb]{1,1,1}\n\\[ a := 3 \\]\n}", UNDECIDED),
    "color HTML white": ("\\textcolor[HTML]{FFFFFF}{Let $a := 3$.}", UNDECIDED),
    "white in a display": ("\\[ \\color{white} a := 3 \\]", UNDECIDED),
    "white on a black page": ("\\pagecolor{black}\\color{white}\nLet $a := 3$.", PROVED),
    "white on a white page": ("\\pagecolor{white}\\color{white}\nLet $a := 3$.", UNDECIDED),
    "textcolor red": ("\\textcolor{red}{Let $a := 3$.}", PROVED),
    "color gray 0.5": ("{\\color[gray]{0.5} Let $a := 3$.}", PROVED),
    "a phantom in maths": ("Let $a := 3$.\n\\[ b \\phantom{=} = a \\]", PROVED),
    "after a white group": ("{\\color{white} x}\n\nLet $a := 3$.", PROVED),
}


@pytest.mark.parametrize("name", sorted(INVISIBLE_TEX))
def test_invisible_latex_defines_nothing_it_is_trusted_for(name):
    body, verdict = INVISIBLE_TEX[name]
    result = check_notes(read_notes(_latex(body)), Limits(seconds=120)).results[-1]
    assert (result.step.lhs, result.status) == ("a + a", verdict), result.reason


#: MathJax's white ink in Markdown maths, held; its red ink, read.
INVISIBLE_MARKDOWN = {
    "a display": ("$$\n\\color{white} a := 3\n$$", UNDECIDED),
    "inline": ("Let $\\color{white}{a := 3}$.", UNDECIDED),
    "a display in red": ("$$\n\\color{red} a := 3\n$$", PROVED),
}


@pytest.mark.parametrize("name", sorted(INVISIBLE_MARKDOWN))
def test_white_markdown_maths_is_held(name):
    body, verdict = INVISIBLE_MARKDOWN[name]
    result = red_team.results(body + _STEP)[-1]
    assert (result.step.lhs, result.status) == ("a + a", verdict), result.reason


def test_a_step_in_white_ink_is_not_judged():
    result = red_team.results("$$\n\\color{white} 1 + 1 = 3\n$$\n")[-1]
    assert result.status == UNDECIDED
    assert "white ink" in result.reason
