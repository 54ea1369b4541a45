"""Red team 55b's notes (tests/data/notes/redteam_laws/rt55b-*), against session 54's reading merges: text a page
shows unseen (a style sheet's rule read across braces in a comment or a string, a filter or a clipped box that hides,
a style sheet linked in the page's own text, SVG text filled white, ink one level off white), the forward kernel
beside a family word where another density is written too, universal quantifiers in French, Chinese, Japanese and
Italian, todonotes disabled in other ways (or a disabled load TeX never reads), and a renaming that is another
paper's.

Each finding is a false proof (06 a false alarm): a strict xfail until fixed (listed in FIXED); the guards
(rt55b-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last.  Fixed:
01-15, 17, 18, 20, 21; open: 16 (Italian "si ha" read as "if"), 19 (near-white ink; rl54 chose exact colours).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_RULE = "markdown._RULE takes the innermost braces as a rule's declarations, {}, so color: white is never read"
_CSS = "css.unseen reads display, visibility, content-visibility, opacity, font-size and the ink's colour, never {}"
_KERNEL = (
    "laws._forward_kernel_beside_a_family skips a sentence that writes another density ({}) and no kernel reader "
    "places the family word, so DDPM's kernel {}"
)
_QUANTIFIER = "hedges._BOUND_BEFORE reads no {} universal quantifier ({}), so a := 3 proves the step"
_TODOS = "the todonotes reader (tex._TODOS_DISABLED, now tex._todos_disabled) {}, so {}"

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt55b-01-style-sheet-brace-in-a-comment-proved": _RULE.format("a brace inside a CSS comment among them"),
    "rt55b-02-style-sheet-brace-in-a-string-proved": _RULE.format("braces inside quoted strings among them"),
    "rt55b-03-filter-opacity-zero-proved": _CSS.format("filter: opacity(0)"),
    "rt55b-04-div-height-zero-overflow-hidden-proved": _CSS.format(
        "a box clipped to nothing (height 0, overflow hidden)"
    ),
    "rt55b-05-style-sheet-in-a-data-url-link-proved": (
        "markdown._sheet_hides reads <style> elements only, not a <link rel=stylesheet> whose sheet is a data: URL "
        "in the page's own text"
    ),
    "rt55b-06-kernel-uniform-beside-the-prior-refuted": _KERNEL.format(
        "p(x_T)", "refutes a step right in the note's model"
    ),
    "rt55b-07-kernel-and-prior-alike-uniform-mean-proved": _KERNEL.format("p(x_T)", "proves its mean"),
    "rt55b-08-french-pour-chaque-proved": _QUANTIFIER.format("French", "'pour chaque'; 'pour tout' is read"),
    "rt55b-09-chinese-dui-renyi-proved": _QUANTIFIER.format("Chinese", "对任意"),
    "rt55b-10-japanese-nin-i-no-proved": _QUANTIFIER.format("Japanese", "任意の"),
    "rt55b-11-italian-per-ogni-proved": _QUANTIFIER.format("Italian", "per ogni"),
    "rt55b-12-todonotes-disable-in-iffalse-proved": _TODOS.format(
        "finds a disabled load in \\iffalse ... \\fi, which TeX never reads",
        "the shown todo that renames a is blanked and a := 3 proves the step",
    ),
    "rt55b-13-todonotes-disable-passed-as-an-option-proved": _TODOS.format(
        "reads disable only among \\usepackage's own options, not \\PassOptionsToPackage's",
        "the todo that prints nothing defines a",
    ),
    "rt55b-14-todonotes-obey-final-proved": _TODOS.format(
        "reads only the option disable, not obeyFinal under the class option final",
        "the todo that prints nothing defines a",
    ),
    "rt55b-16-italian-per-ogni-si-ha-proved": (
        "hedges._CONDITION_AFTER reads 'si' right after the maths as French or Spanish 'if' (a case only), though "
        "Italian 'si ha' is 'one has', so the freeing 'Per ogni $a$' states is held and a := 3 proves the step"
    ),
    "rt55b-17-kernel-shares-the-prior-s-family-mean-proved": (
        "laws._placed_elsewhere places 'Laplace' to p(x_T), named right before it by 'is', and reads no sharing "
        "('and so is $q(x_t | x_{t-1})$'), so DDPM's kernel is not set aside and proves its mean (so before too)"
    ),
    "rt55b-18-svg-text-filled-white-proved": (
        "markdown._unseen reads a style attribute and <font color>, never SVG's presentation attributes (fill)"
    ),
    "rt55b-19-near-white-ink-proved": (
        "css.colour reads colours exactly and css.unseen_ink takes only 255, 255, 255 (or transparency) as unseen, so "
        "ink one level off white is seen"
    ),
    "rt55b-20-family-for-the-prior-and-for-the-kernel-mean-proved": (
        "laws._placed_elsewhere places 'uniform' to p(x_T), named right after it, and reads no sharing in two maths "
        "joined as one phrase ('$p(x_T)$ and for $q$'), so DDPM's kernel proves its mean (so before too)"
    ),
    "rt55b-21-white-outline-over-the-page-proved": (
        "markdown._ink_held holds the lines of the element a style hides, never another element's that it paints "
        "over (an outline, a positioned box with a white background, a negative margin)"
    ),
    "rt55b-15-another-authors-let-denote-proved": (
        "meanings._denotes_after reads 'let $a$ denote $4$' whoever says it (here another paper, 'In [3], the "
        "authors ...'), so a := 4 proves a + a = 8 though the note says its a is any number"
    ),
}

#: A false proof or false alarm fixed is undecided (or, for a false proof, refuted).
SOUND = {
    name: frozenset({UNDECIDED, REFUTED} if name.endswith("-proved") else {UNDECIDED, PROVED}) for name in FINDINGS
}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        # rt55b: todonotes given disable by \PassOptionsToPackage, or obeyFinal under the class option final, prints
        # no todo (tex._todos_disabled); its options are read in the preamble as TeX reads it (a false conditional's
        # branch and a macro's definition blanked, tex._todos_blanked)
        "rt55b-12-todonotes-disable-in-iffalse-proved",
        "rt55b-13-todonotes-disable-passed-as-an-option-proved",
        "rt55b-14-todonotes-obey-final-proved",
        # rt55b: a style that declares a property not known to keep text seen (a filter), or a box of size 0, may
        # hide its text (css._KEEP_SEEN, css._SIZES)
        "rt55b-03-filter-opacity-zero-proved",
        "rt55b-04-div-height-zero-overflow-hidden-proved",
        # rt55b: a linked style sheet the page holds (a data URL) is read as a <style> element is
        # (markdown._linked_sheets)
        "rt55b-05-style-sheet-in-a-data-url-link-proved",
        # rt55b: the forward kernel beside a family's word is set aside where the sentence writes another density
        # too, unless every such word names that density (laws._placed_elsewhere)
        "rt55b-06-kernel-uniform-beside-the-prior-refuted",
        "rt55b-07-kernel-and-prior-alike-uniform-mean-proved",
        # rt55b: a family's word named for another density is not placed where a word may share it with the kernel
        # (laws._SHARED)
        "rt55b-17-kernel-shares-the-prior-s-family-mean-proved",
        "rt55b-20-family-for-the-prior-and-for-the-kernel-mean-proved",
        # rt55b: "the authors let $a$ denote $b$" is another paper's renaming (hedges._ATTRIBUTED)
        "rt55b-15-another-authors-let-denote-proved",
        # rt55b: SVG's presentation attributes are read as a style (markdown._PRESENTATION)
        "rt55b-18-svg-text-filled-white-proved",
        # rt55b: an element that may paint over others (positioned, transformed, outlined, or with a negative
        # margin) holds the whole page (css.covers)
        "rt55b-21-white-outline-over-the-page-proved",
        # rt55b: braces in a style sheet's comments and strings open no rule (markdown._ruled)
        "rt55b-01-style-sheet-brace-in-a-comment-proved",
        "rt55b-02-style-sheet-brace-in-a-string-proved",
        # rt55b: universal quantifiers in French ("pour chaque", "quel que soit"), Italian, Dutch, Polish, Chinese and
        # Japanese right before a name bind it afresh (hedges._BOUND_BEFORE)
        "rt55b-08-french-pour-chaque-proved",
        "rt55b-09-chinese-dui-renyi-proved",
        "rt55b-10-japanese-nin-i-no-proved",
        "rt55b-11-italian-per-ogni-proved",
        # rt55b: "si" or "se" before a verb of fact ("si ha", "se tiene": one has) is no "if" (hedges._OF_FACT)
        "rt55b-16-italian-per-ogni-si-ha-proved",
        # rt55b: ink in which APCA finds no lightness contrast with what it is written on is unseen (css.faint)
        "rt55b-19-near-white-ink-proved",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt55b-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_55b_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt55b-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt55b-guard-01-white-ink-on-a-black-background-shorthand-proved": PROVED,
    "rt55b-guard-02-code-style-sheet-on-a-dark-background-proved": PROVED,
    "rt55b-guard-03-centred-bold-shown-proved": PROVED,
    "rt55b-guard-04-gumbel-prior-gaussian-kernel-mean-proved": PROVED,
    "rt55b-guard-05-pour-chaque-another-name-proved": PROVED,
    "rt55b-guard-06-question-let-denote-answered-no-proved": PROVED,
    "rt55b-guard-07-hypothetical-let-denote-proved": PROVED,
    "rt55b-guard-08-we-write-a-for-short-proved": PROVED,
    "rt55b-guard-09-french-gumbel-prior-kernel-mean-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt55b-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged_last(name)
    assert result.status == GUARDS[name], result.reason


_SIX = "\n\n$$\na + a = 6\n$$\n"

#: Held-out quantifiers in words in other languages and wordings: one that binds the defined name frees it (a + a = 6
#: undecided); one that binds another name, an identity in the bound name, or "any" before a noun (任意の時刻 $T$,
#: "any time T") that binds no name of the step, keeps the proof.
QUANTIFIED = {
    "quel que soit": ("Soit $a := 3$.\n\nQuel que soit $a$, on a" + _SIX, UNDECIDED),
    "quel que soit, after another": ("Soit $a := 3$.\n\nPour tout réel $b$ et quel que soit $a$ :" + _SIX, UNDECIDED),
    "per qualsiasi": ("Sia $a := 3$.\n\nPer qualsiasi $a$ abbiamo" + _SIX, UNDECIDED),
    "voor alle": ("Zij $a := 3$.\n\nVoor alle $a$ geldt" + _SIX, UNDECIDED),
    "dla każdego": ("Niech $a := 3$.\n\nDla każdego $a$ mamy" + _SIX, UNDECIDED),
    "对于任意的, unspaced": ("设 $a := 3$。因此对于任意的$a$，有" + _SIX, UNDECIDED),
    "对所有": ("设 $a := 3$。\n\n对所有 $a > 0$，有" + _SIX, UNDECIDED),
    "すべての": ("$a := 3$ とする。\n\nすべての $a$ について" + _SIX, UNDECIDED),
    "another name, Chinese": ("设 $a := 3$。\n\n对任意 $t$，有" + _SIX, PROVED),
    "another name, Italian": ("Sia $a := 3$.\n\nPer ogni $t$ abbiamo" + _SIX, PROVED),
    "an identity, Japanese": ("$a := 3$ とする。\n\n任意の $a$ に対して\n\n$$\na + a = 2 a\n$$\n", PROVED),
    "any time, a noun between": ("$a := 3$ とする。任意の時刻 $T$ で成り立つ。" + _SIX, PROVED),
}


@pytest.mark.parametrize("name", sorted(QUANTIFIED))
def test_a_quantifier_in_other_languages_frees_the_name_it_binds(name):
    text, verdict = QUANTIFIED[name]
    result = red_team.last(text)
    assert result.status == verdict, result.reason


_DEFINED = "\n\nLet $a := 3$." + _SIX

#: Held-out style sheets: a rule that whitens or hides, read past braces in comments and strings (a + a = 6
#: undecided); a sheet whose comments or strings only look like a hiding rule, or whose rules keep text seen, hides
#: nothing (proved).
SHEETS = {
    "a comment's closing brace": ("<style>\np { /* } */ color: white }\n</style>", UNDECIDED),
    "a string's braces, single quotes": ("<style>\np { font-family: '{x}'; display: none }\n</style>", UNDECIDED),
    "a rule after a comment": ("<style>\n/* a { b } */ p { visibility: hidden }\n</style>", UNDECIDED),
    "a hiding rule in a comment": ("<style>\n/* p { color: white } */ p { color: black }\n</style>", PROVED),
    "a hiding rule in a string": ('<style>\np { font-family: "{ color: white }" }\n</style>', PROVED),
}


@pytest.mark.parametrize("name", sorted(SHEETS))
def test_a_style_sheet_s_rules_past_comments_and_strings(name):
    sheet, verdict = SHEETS[name]
    result = red_team.last(sheet + _DEFINED)
    assert result.status == verdict, result.reason


#: Held-out todonotes loads: disabled by \PassOptionsToPackage among other options, or by obeyFinal under final among
#: other class options, a todo prints nothing (a + a = 6 undecided); disable passed to another package, obeyFinal
#: without final, or final without obeyFinal, it is shown (proved).
TODOS = {
    "passed among others": (
        "article",
        "\\PassOptionsToPackage{colorinlistoftodos, disable}{todonotes}\n\\usepackage{todonotes}",
        UNDECIDED,
    ),
    "obeyFinal, final among others": ("[a4paper, final]{article}", "\\usepackage[obeyFinal]{todonotes}", UNDECIDED),
    "passed to another package": (
        "article",
        "\\PassOptionsToPackage{disable}{xcolor}\n\\usepackage{todonotes}",
        PROVED,
    ),
    "obeyFinal without final": ("[draft]{article}", "\\usepackage[obeyFinal]{todonotes}", PROVED),
    "final without obeyFinal": ("[final]{article}", "\\usepackage{todonotes}", PROVED),
}


@pytest.mark.parametrize("name", sorted(TODOS))
def test_todonotes_disabled_in_other_ways(name):
    document_class, preamble, verdict = TODOS[name]
    opening = (
        f"\\documentclass{{{document_class}}}"
        if not document_class.startswith("[")
        else f"\\documentclass{document_class}"
    )
    text = f"{opening}\n{preamble}\n\\begin{{document}}\nText.\\todo{{Let $a := 3$.}}\n\\[ a + a = 6 \\]\n\\end{{document}}\n"
    result = red_team.tex_report(text).results[-1]
    assert result.status == verdict, result.reason


#: Held-out styles: a property that may hide the text (a transform, a clip, a position off the page, an indent, a
#: mask, a filter of any kind) or a box or zoom of size 0 holds the definition (a + a = 6 undecided); properties that
#: keep text seen (alignment, typeface, spacing, border, a non-zero size) leave it (proved).
STYLES = {
    "a transform, on a div": ("div", "transform: scale(0)", UNDECIDED),
    "a clip path": ("span", "clip-path: inset(50%)", UNDECIDED),
    "the screen-reader pattern": (
        "span",
        "position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px",
        UNDECIDED,
    ),
    "off the page": ("div", "position: absolute; left: -9999px", UNDECIDED),
    "an indent off the page": ("p", "text-indent: -9999px; overflow: hidden", UNDECIDED),
    "a filter inverting white": ("span", "color: black; filter: invert(1)", UNDECIDED),
    "zoom 0": ("span", "zoom: 0", UNDECIDED),
    "width 0, upper case": ("div", "WIDTH: 0; Overflow: Hidden", UNDECIDED),
    "the font shorthand 0/0": ("span", "font: 0/0 a", UNDECIDED),
    "a line height 0, clipped": ("div", "line-height: 0; overflow: hidden", UNDECIDED),
    "off the page by a margin": ("div", "margin-left: -9999px", UNDECIDED),
    "a custom property aside": ("span", "--ink: white; font-style: italic", PROVED),
    "a width, a border": ("div", "width: 100%; border: 1px solid #ccc; padding: 4px", PROVED),
    "a zoom of 80%": ("p", "zoom: 80%; float: right", PROVED),
    "a flex box": ("div", "display: flex; gap: 1em; justify-content: center", PROVED),
    "a corpus blue": ("span", "color:#00478F", PROVED),
}


@pytest.mark.parametrize("name", sorted(STYLES))
def test_a_style_that_may_hide_its_text(name):
    element, style, verdict = STYLES[name]
    result = red_team.last(f'<{element} style="{style}">Let $a := 3$.</{element}>' + _SIX)
    assert result.status == verdict, result.reason


#: Held-out linked sheets: one the page holds in a data URL (percent-encoded or in base64) that whitens or hides is
#: read as a <style> element is (a + a = 6 undecided); a data URL that is no style sheet (an icon), a sheet that keeps
#: text seen hide nothing (proved).
LINKED = {
    "base64": ('<link rel="stylesheet" href="data:text/css;base64,cHtjb2xvcjp3aGl0ZX0=">', UNDECIDED),
    "percent-encoded, display none": ("<LINK REL=StyleSheet HREF='data:,p%7Bdisplay:none%7D'>", UNDECIDED),
    "an icon": ('<link rel="icon" href="data:text/css,p%7Bcolor:white%7D">', PROVED),
    "a red sheet": ('<link rel="stylesheet" href="data:text/css,p%7Bcolor:red%7D">', PROVED),
}


@pytest.mark.parametrize("name", sorted(LINKED))
def test_a_style_sheet_linked_in_the_page(name):
    link, verdict = LINKED[name]
    result = red_team.last(link + _DEFINED)
    assert result.status == verdict, result.reason


#: Held-out sentences writing the forward kernel, another density and a family's word: the word not naming the other
#: density (after the kernel, for both, in French) sets DDPM's kernel aside (its mean undecided); the word naming
#: the other density right before or after it ("a Laplace prior for $p(x_T)$", "$p(x_T)$ is Gumbel") leaves it
#: (proved).
KERNELS_BESIDE_ANOTHER = {
    "the kernel uniform, the prior Gumbel": (
        "Here $q(x_t \\mid x_{t-1})$ is uniform on $[0, 1]$ and $p(x_T)$ is Gumbel.",
        UNDECIDED,
    ),
    "both Laplace": ("Both $p(x_T)$ and $q(x_t \\mid x_{t-1})$ are Laplace densities.", UNDECIDED),
    "French, the prior too": ("La densité $q(x_t \\mid x_{t-1})$ est uniforme, et $p(x_T)$ aussi.", UNDECIDED),
    "the prior Gumbel, named before": ("Here $p(x_T)$ is Gumbel and $q(x_t \\mid x_{t-1})$ is as in DDPM.", PROVED),
    "as the kernel does": ("Here $p(x_T)$ follows the uniform law, as $q(x_t \\mid x_{t-1})$ does.", UNDECIDED),
    "joined maths": ("We take uniform $p(x_T)$ and $q(x_t \\mid x_{t-1})$.", UNDECIDED),
    "joined maths, French": ("On prend une loi uniforme pour $p(x_T)$ et pour $q(x_t \\mid x_{t-1})$.", UNDECIDED),
    "German, ebenso": ("Hier ist $p(x_T)$ Gumbel, und $q(x_t \\mid x_{t-1})$ ebenso.", UNDECIDED),
    "a Laplace prior for": ("We use a Laplace prior for $p(x_T)$ with $q(x_t \\mid x_{t-1})$ as in DDPM.", PROVED),
}


@pytest.mark.parametrize("name", sorted(KERNELS_BESIDE_ANOTHER))
def test_a_forward_kernel_beside_a_family_and_another_density(name):
    said, verdict = KERNELS_BESIDE_ANOTHER[name]
    result = red_team.last(red_team.DDPM + said + red_team.FORWARD_MEAN)
    assert result.status == verdict, result.reason


_RENAMED_IN_A_TODO = "Let $a := 3$.\\todo{{Now let $a$ denote $4$.}}"

#: Held-out preambles read as TeX reads them: a disabled load TeX skips (a false conditional over lines, a macro never
#: used) leaves the todo shown, whose renaming leaves a defined twice (undecided); a disabled load through a macro, or
#: in a conditional's true branch, blanks the todo, so a := 3 proves the step.
PREAMBLES = {
    "a false conditional over lines": (
        "\\iffalse\n\\usepackage[disable]{todonotes}\n\\fi\n\\usepackage{todonotes}",
        UNDECIDED,
    ),
    "a macro never used": (
        "\\newcommand{\\drafting}{\\usepackage[disable]{todonotes}}\n\\usepackage{todonotes}",
        UNDECIDED,
    ),
    "options through a macro": ("\\newcommand{\\opts}{disable}\n\\usepackage[\\opts]{todonotes}", PROVED),
    "a true conditional": ("\\iftrue\\usepackage[disable]{todonotes}\\fi", PROVED),
}


@pytest.mark.parametrize("name", sorted(PREAMBLES))
def test_todonotes_options_read_as_tex_reads_the_preamble(name):
    preamble, verdict = PREAMBLES[name]
    body = _RENAMED_IN_A_TODO.format()
    text = (
        f"\\documentclass{{article}}\n{preamble}\n\\begin{{document}}\n{body}\n\\[ a + a = 6 \\]\n\\end{{document}}\n"
    )
    result = red_team.tex_report(text).results[-1]
    assert result.status == verdict, result.reason


_EIGHT = "\n\n$$\na + a = 8\n$$\n"

#: Held-out renamings given as others': defined by no one the note speaks for (a + a = 8 undecided); the note's own,
#: or others' taken as its own too, define a (proved).
ATTRIBUTED = {
    "the authors let": ("The authors let $a$ denote $4$; here $a$ is any number." + _EIGHT, UNDECIDED),
    "some authors let": ("Some authors let $a$ denote $4$." + _EIGHT, UNDECIDED),
    "ours": ("Here we let $a$ denote $4$." + _EIGHT, PROVED),
}


@pytest.mark.parametrize("name", sorted(ATTRIBUTED))
def test_a_renaming_given_as_others(name):
    text, verdict = ATTRIBUTED[name]
    result = red_team.last(text)
    assert result.status == verdict, result.reason


#: Held-out SVG: presentation attributes that may hide text (a group's opacity 0, white fill in hex, display none)
#: hold the definition (undecided); an attribute that only names a presentation attribute (data-fill) holds nothing.
PRESENTED = {
    "a group's opacity": ('<svg><g opacity="0"><text>Let $a := 3$.</text></g></svg>', UNDECIDED),
    "fill in hex": ("<svg><text fill='#FFF'>Let $a := 3$.</text></svg>", UNDECIDED),
    "display none": ('<svg><text display="none">Let $a := 3$.</text></svg>', UNDECIDED),
    "a data attribute": ('<div data-fill="white">Let $a := 3$.</div>', PROVED),
}


@pytest.mark.parametrize("name", sorted(PRESENTED))
def test_svg_presentation_attributes(name):
    element, verdict = PRESENTED[name]
    result = red_team.last(element + _SIX)
    assert result.status == verdict, result.reason


#: Held-out covers: a box positioned over the page, or pulled over the text before it by a negative margin, may hide
#: a definition elsewhere (undecided); a static position, no outline, or a positive margin covers nothing (proved).
COVERS = {
    "a positioned white box": (
        '<div style="position: fixed; inset: 0; background: white"></div>\n\nLet $a := 3$.',
        UNDECIDED,
    ),
    "a negative margin after": ('Let $a := 3$.\n\n<div style="margin-top: -3em; background: white">x</div>', UNDECIDED),
    "a transform after": ('Let $a := 3$.\n\n<div style="transform: translateY(-3em)">x</div>', UNDECIDED),
    "a static position": ('<div style="position: static">x</div>\n\nLet $a := 3$.', PROVED),
    "no outline": ('<span style="outline: none">x</span>\n\nLet $a := 3$.', PROVED),
    "a positive margin": ('<div style="margin-top: 2em">x</div>\n\nLet $a := 3$.', PROVED),
}


@pytest.mark.parametrize("name", sorted(COVERS))
def test_an_element_that_may_paint_over_others(name):
    page, verdict = COVERS[name]
    result = red_team.last(page + _SIX)
    assert result.status == verdict, result.reason
