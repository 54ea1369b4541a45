"""Red team 56r's notes (tests/data/notes/redteam_laws/rt56r-*), against the reading of notes: a relation's command
given another meaning by a command the macro reader does not know (LaTeX's command copies, etoolbox's definitions,
\\mathcode and a math-active character), environments that show none of their body or show it as code (environ,
a body set in an unused box, versions, an environment made of verbatim's comment, listings', fancyvrb's, minted's and
tcolorbox's listing environments, spverbatim, luacode*), beamer's \\includeonlyframes, macros a MathJax or KaTeX
configuration script defines, a definition local to a KaTeX formula or to \\begingroup, an unreferenced footnote,
content a browser does not draw (<meter>, <rp>, SVG's <defs> and <symbol>, MathML's <annotation>, a popover, text
0.01px high), comments of other Markdown dialects (Liquid's {% # %}, MDX's {/* */}, MyST's %), and a redefinition
written outside TeX maths (MathML, a Pandoc raw HTML block, plain text, a bare \\renewcommand Pandoc applies); and
a congruence written with a modulus in words (8 = 2 (mod 3)) judged as an equation; maths in character references
(&#36;); and LaTeX commands that print nothing of their argument on the page (\\index, \\addcontentsline, a
short title, \\typeout, \\message, a box never used, \\raisebox off the page, \\transparent{0}, TikZ's opacity=0 and
text=white, \\nomenclature, \\title without \\maketitle); a mixed number (1\\tfrac{1}{2}) read as a product; and a
struck value (\\cancel{7}) read with the correction after it.

Each finding is a false proof (29-33, 44-50, 67 and 68 false alarms): a strict xfail until fixed (listed in FIXED);
the guards (rt56r-guard-*) are faithful notes that must keep their verdict.  Every note's step at issue is its last,
and each was checked by hand against what TeX, the browser or MathJax shows (the note's first line says how).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_COPY = (
    "macros._DEFINING reads \\let, \\def and \\newcommand's family (and \\csname ... \\endcsname) but not {}, so "
    "\\le keeps its meaning <= while TeX prints >="
)
_VERBATIM = (
    "tex._VERBATIM is a fixed set of environment names, and no declaration adds to it but \\excludecomment, so {}'s "
    "body is read as TeX and its a := 3 proves the step"
)
_BODY = "macros reads {} as the plain codes around a body shown as text, so its a := 3 proves the step"
_CONFIGURED = (
    "markdown reads a <script>'s content as unshown raw text and never as {} configuration, so its macro le := \\ge "
    "is not read and \\le is read as <="
)
_UNDRAWN = "markdown._UNSHOWN does not hold {}, whose content a browser does not draw, so a := 3 proves the step"
_MODULUS = (
    "steps.Reader keeps {} as a remark (as it keeps '(Bayes' rule)') and no reader takes a modulus as the relation's, "
    "so 8 = 2 is judged among the reals"
)
_UNPRINTED = (
    "tex reads a command's argument as shown text unless the command is one it knows to hide it (\\iffalse, \\phantom, "
    "white ink, overlays, disabled todos), and it does not know {}, so a := 3 proves the step"
)
_MIXED = (
    "the parser reads a numeral followed by a fraction of numerals (1\\tfrac{1}{2}) as a product, though arithmetic "
    "reads it as a mixed number (1 + 1/2); the two readings disagree and neither is held"
)
_OUTSIDE = "the reader takes a redefinition only from TeX maths it reads, not from {}, so a := 3 proves the step"

#: Each finding, with the cause as read from the code (the reason its xfail gives).
FINDINGS = {
    "rt56r-01-renew-command-copy-le-proved": _COPY.format("\\RenewCommandCopy"),
    "rt56r-02-declare-command-copy-le-proved": _COPY.format("\\DeclareCommandCopy"),
    "rt56r-03-etoolbox-csletcs-le-proved": _COPY.format("etoolbox's \\csletcs"),
    "rt56r-04-etoolbox-csdef-le-proved": _COPY.format("etoolbox's \\csdef"),
    "rt56r-05-etoolbox-renewrobustcmd-le-proved": _COPY.format("etoolbox's \\renewrobustcmd"),
    "rt56r-06-etoolbox-letcs-le-proved": _COPY.format("etoolbox's \\letcs"),
    "rt56r-07-mathcode-less-than-prints-greater-proved": (
        "macros reads no \\mathcode (listed in neither _DEFINING nor _UNMODELLED), so < keeps its meaning while TeX "
        "prints >"
    ),
    "rt56r-08-active-less-than-defined-as-greater-proved": (
        'macros reads no active character (\\lccode`~ with \\lowercase, \\mathcode "8000), so < keeps its meaning '
        "while TeX prints >"
    ),
    "rt56r-09-environ-body-discarded-proved": _BODY.format("environ's \\NewEnviron{hide}{} (not read at all)"),
    "rt56r-10-environment-into-an-unused-box-proved": _BODY.format(
        "\\newenvironment{hide}{\\setbox0\\vbox\\bgroup}{\\egroup}"
    ),
    "rt56r-11-versions-excludeversion-proved": (
        "tex._SOURCE_TOKEN reads the comment package's \\excludecomment but not the versions package's "
        "\\excludeversion, so the dropped environment's a := 3 proves the step"
    ),
    "rt56r-12-environment-made-of-comment-proved": _VERBATIM.format(
        "an environment made of verbatim's \\comment ... \\endcomment"
    ),
    "rt56r-13-lstnewenvironment-code-proved": _VERBATIM.format("a \\lstnewenvironment"),
    "rt56r-14-fancyvrb-defined-verbatim-environment-proved": _VERBATIM.format("a \\DefineVerbatimEnvironment"),
    "rt56r-15-newminted-environment-proved": _VERBATIM.format("\\newminted's latexcode"),
    "rt56r-16-tcblisting-listing-only-proved": _VERBATIM.format("tcblisting with listing only"),
    "rt56r-17-spverbatim-proved": _VERBATIM.format("spverbatim"),
    "rt56r-18-luacode-comment-proved": _VERBATIM.format("luacode*"),
    "rt56r-19-beamer-includeonlyframes-proved": (
        "tex blanks frames on no slide (_HIDDEN_FRAME, <0>) but reads no \\includeonlyframes, so a frame it drops "
        "defines a := 3"
    ),
    "rt56r-20-mathjax3-config-macro-le-proved": _CONFIGURED.format("MathJax 3 (window.MathJax = {tex: {macros}})"),
    "rt56r-21-mathjax2-config-macro-le-proved": _CONFIGURED.format("MathJax 2 (text/x-mathjax-config, TeX.Macros)"),
    "rt56r-22-katex-auto-render-macro-le-proved": _CONFIGURED.format("KaTeX auto-render (renderMathInElement macros)"),
    "rt56r-23-unreferenced-footnote-proved": (
        "markdown.parser has no footnote rule, so a footnote definition no text refers to (dropped by GitHub, "
        "kramdown, Pandoc and markdown-it-footnote) is read as a paragraph and its a := 3 proves the step"
    ),
    "rt56r-24-meter-fallback-content-proved": _UNDRAWN.format("<meter> (nor <progress>)"),
    "rt56r-25-ruby-parenthesis-proved": _UNDRAWN.format("<rp> (display: none where ruby is rendered)"),
    "rt56r-26-mathml-redefinition-proved": _OUTSIDE.format("a MathML <math> element the browser renders"),
    "rt56r-27-pandoc-raw-html-redefinition-proved": _OUTSIDE.format(
        "a Pandoc {=html} raw block (skipped as a code fence, copied into the page by Pandoc and Quarto)"
    ),
    "rt56r-28-plain-text-redefinition-proved": _OUTSIDE.format("plain text ('From here on, let a = 4.')"),
    "rt56r-29-mathjax3-config-macro-le-refuted": _CONFIGURED.format("MathJax 3"),
    "rt56r-30-renew-command-copy-le-refuted": _COPY.format("\\RenewCommandCopy"),
    "rt56r-31-definition-in-a-listing-refuted": (
        "tex._VERBATIM does not hold an environment \\lstnewenvironment defines, so the \\gdef printed in the listing "
        "is run and \\le read as >="
    ),
    "rt56r-32-katex-renewcommand-in-another-display-refuted": (
        "macros keeps a Markdown page's definitions to its end as MathJax does, whatever renderer the page loads; "
        "under KaTeX's auto-render a \\renewcommand lasts to the end of its own formula"
    ),
    "rt56r-33-begingroup-renewcommand-refuted": (
        "macros keeps a Markdown page's definitions to its end and reads no \\begingroup ... \\endgroup in its maths, "
        "which makes them local (TeX, MathJax's begingroup), or an error that defines nothing"
    ),
    "rt56r-34-macro-sets-its-argument-in-an-unused-box-proved": _BODY.format("a macro's \\setbox0\\hbox{#1}"),
    "rt56r-35-svg-defs-text-proved": _UNDRAWN.format("SVG's <defs> (drawn only through a <use>)"),
    "rt56r-36-svg-symbol-text-proved": _UNDRAWN.format("SVG's <symbol> (drawn only through a <use>)"),
    "rt56r-37-mathml-annotation-proved": _UNDRAWN.format("MathML's <annotation> (also in MathJax's skipHtmlTags)"),
    "rt56r-38-popover-not-open-proved": (
        "markdown._HIDING reads the hidden attribute and hiding styles, not the popover attribute, whose element is "
        "display: none until opened, so a := 3 proves the step"
    ),
    "rt56r-40-liquid-inline-comment-proved": (
        "markdown._LIQUID_TAG takes a tag's name as a word, so Liquid's inline comment {% # ... %} is not a tag, read "
        "as text"
    ),
    "rt56r-41-mdx-comment-proved": (
        "markdown reads no MDX (Docusaurus' Markdown), so the JavaScript comment {/* ... */} is read as text, though "
        "renderers disagree on it (GitHub shows it)"
    ),
    "rt56r-42-myst-percent-comment-proved": (
        "markdown.parser loads MyST's maths and roles but not its block rules (mdit_py_plugins.myst_blocks), so a MyST "
        "comment line (% ...) is read as a paragraph"
    ),
    "rt56r-43-pandoc-bare-renewcommand-proved": (
        "macros takes no definition outside maths delimiters in Markdown, though Pandoc's latex_macros (on by default, "
        "and Quarto's) applies a bare \\renewcommand to all the maths"
    ),
    "rt56r-39-font-size-near-zero-proved": (
        "css._SIZES hide only at exactly 0 (as css.unseen_ink takes only exact white, rt55b-19), so text 0.01px high "
        "is seen and a := 3 proves the step"
    ),
    "rt56r-44-myst-comment-renewcommand-refuted": (
        "markdown.parser has no MyST comment rule (myst_blocks), so the \\renewcommand on a % line is run"
    ),
    "rt56r-45-liquid-inline-comment-renewcommand-refuted": (
        "markdown._LIQUID_TAG does not read Liquid's inline comment {% # ... %}, so the \\renewcommand in it is run"
    ),
    "rt56r-46-mathml-annotation-renewcommand-refuted": (
        "markdown._UNTYPESET does not hold MathML's <annotation>, which MathJax skips: its \\renewcommand is run"
    ),
    "rt56r-47-congruence-text-mod-refuted": _MODULUS.format("(\\text{mod } 3) beside the step"),
    "rt56r-48-equiv-text-mod-in-parentheses-refuted": _MODULUS.format(
        "\\equiv read as =, and \\text{(mod 3)} beside it"
    ),
    "rt56r-49-text-modulo-refuted": _MODULUS.format("\\text{modulo } 3 beside the step"),
    "rt56r-50-modulo-in-the-sentence-before-refuted": _MODULUS.format("'Modulo 3,' in the sentence before the display"),
    "rt56r-51-entity-dollars-redefinition-proved": _OUTSIDE.format(
        "maths delimited by character references (&#36;), which the browser shows as dollars"
    ),
    "rt56r-52-index-entry-proved": _UNPRINTED.format("\\index (an index entry, with no \\printindex)"),
    "rt56r-53-addcontentsline-without-contents-proved": _UNPRINTED.format(
        "\\addcontentsline (with no \\tableofcontents)"
    ),
    "rt56r-54-section-short-title-proved": _UNPRINTED.format(
        "\\section's optional argument (with no table of contents or running head)"
    ),
    "rt56r-55-typeout-proved": _UNPRINTED.format("\\typeout (the log)"),
    "rt56r-56-message-proved": _UNPRINTED.format("\\message (the log)"),
    "rt56r-57-sbox-never-used-proved": _UNPRINTED.format("\\sbox (a box no \\usebox prints)"),
    "rt56r-58-lrbox-never-used-proved": _UNPRINTED.format("lrbox (a box no \\usebox prints)"),
    "rt56r-59-raisebox-off-the-page-proved": _UNPRINTED.format("\\raisebox{50cm} (off the page)"),
    "rt56r-60-transparent-zero-proved": _UNPRINTED.format("\\transparent{0}"),
    "rt56r-61-tikz-node-opacity-zero-proved": _UNPRINTED.format("a TikZ node with opacity=0"),
    "rt56r-62-tikz-node-text-white-proved": _UNPRINTED.format(
        "a TikZ node with text=white (tex reads \\textcolor and \\color only)"
    ),
    "rt56r-63-nomenclature-not-printed-proved": _UNPRINTED.format("\\nomenclature (with no \\printnomenclature)"),
    "rt56r-64-title-without-maketitle-proved": _UNPRINTED.format("\\title (with no \\maketitle)"),
    "rt56r-65-caption-short-title-proved": _UNPRINTED.format("\\caption's optional argument (with no \\listoffigures)"),
    "rt56r-66-mixed-number-read-as-a-product-proved": _MIXED,
    "rt56r-67-mixed-number-read-as-a-product-refuted": _MIXED,
    "rt56r-68-cancelled-value-and-its-correction-refuted": (
        "answers.parser reads \\cancel as a typeface whose content counts, so a struck value and the correction after "
        "it are read as a product"
    ),
}

#: A false proof or false alarm fixed is undecided (or, for a false proof, refuted).
SOUND = {
    name: frozenset({UNDECIDED, REFUTED} if name.endswith("-proved") else {UNDECIDED, PROVED}) for name in FINDINGS
}

#: The findings fixed so far: their marks are dropped, and they must hold.
FIXED: frozenset[str] = frozenset(
    {
        "rt56r-52-index-entry-proved",
        "rt56r-53-addcontentsline-without-contents-proved",
        "rt56r-54-section-short-title-proved",
        "rt56r-55-typeout-proved",
        "rt56r-56-message-proved",
        "rt56r-57-sbox-never-used-proved",
        "rt56r-58-lrbox-never-used-proved",
        "rt56r-59-raisebox-off-the-page-proved",
        "rt56r-60-transparent-zero-proved",
        "rt56r-61-tikz-node-opacity-zero-proved",
        "rt56r-62-tikz-node-text-white-proved",
        "rt56r-63-nomenclature-not-printed-proved",
        "rt56r-64-title-without-maketitle-proved",
        "rt56r-65-caption-short-title-proved",
        "rt56r-34-macro-sets-its-argument-in-an-unused-box-proved",
        "rt56r-10-environment-into-an-unused-box-proved",
        "rt56r-20-mathjax3-config-macro-le-proved",
        "rt56r-21-mathjax2-config-macro-le-proved",
        "rt56r-22-katex-auto-render-macro-le-proved",
        "rt56r-29-mathjax3-config-macro-le-refuted",
        "rt56r-32-katex-renewcommand-in-another-display-refuted",
        "rt56r-33-begingroup-renewcommand-refuted",
        "rt56r-43-pandoc-bare-renewcommand-proved",
        "rt56r-09-environ-body-discarded-proved",
        "rt56r-19-beamer-includeonlyframes-proved",
        "rt56r-01-renew-command-copy-le-proved",
        "rt56r-02-declare-command-copy-le-proved",
        "rt56r-03-etoolbox-csletcs-le-proved",
        "rt56r-04-etoolbox-csdef-le-proved",
        "rt56r-05-etoolbox-renewrobustcmd-le-proved",
        "rt56r-06-etoolbox-letcs-le-proved",
        "rt56r-07-mathcode-less-than-prints-greater-proved",
        "rt56r-08-active-less-than-defined-as-greater-proved",
        "rt56r-30-renew-command-copy-le-refuted",
        "rt56r-11-versions-excludeversion-proved",
        "rt56r-12-environment-made-of-comment-proved",
        "rt56r-13-lstnewenvironment-code-proved",
        "rt56r-14-fancyvrb-defined-verbatim-environment-proved",
        "rt56r-15-newminted-environment-proved",
        "rt56r-16-tcblisting-listing-only-proved",
        "rt56r-17-spverbatim-proved",
        "rt56r-18-luacode-comment-proved",
        "rt56r-31-definition-in-a-listing-refuted",
        "rt56r-23-unreferenced-footnote-proved",
        "rt56r-24-meter-fallback-content-proved",
        "rt56r-25-ruby-parenthesis-proved",
        "rt56r-26-mathml-redefinition-proved",
        "rt56r-27-pandoc-raw-html-redefinition-proved",
        "rt56r-28-plain-text-redefinition-proved",
        "rt56r-35-svg-defs-text-proved",
        "rt56r-36-svg-symbol-text-proved",
        "rt56r-37-mathml-annotation-proved",
        "rt56r-38-popover-not-open-proved",
        "rt56r-39-font-size-near-zero-proved",
        "rt56r-40-liquid-inline-comment-proved",
        "rt56r-41-mdx-comment-proved",
        "rt56r-42-myst-percent-comment-proved",
        "rt56r-44-myst-comment-renewcommand-refuted",
        "rt56r-45-liquid-inline-comment-renewcommand-refuted",
        "rt56r-46-mathml-annotation-renewcommand-refuted",
        "rt56r-47-congruence-text-mod-refuted",
        "rt56r-48-equiv-text-mod-in-parentheses-refuted",
        "rt56r-49-text-modulo-refuted",
        "rt56r-50-modulo-in-the-sentence-before-refuted",
        "rt56r-51-entity-dollars-redefinition-proved",
        "rt56r-66-mixed-number-read-as-a-product-proved",
        "rt56r-67-mixed-number-read-as-a-product-refuted",
        "rt56r-68-cancelled-value-and-its-correction-refuted",
    }
)


def test_the_notes_are_all_there():
    assert [name for name in red_team.named("rt56r-*") if "guard" not in name] == sorted(FINDINGS)


@pytest.mark.parametrize("name", [red_team.case(name, FIXED, FINDINGS) for name in sorted(FINDINGS)])
def test_red_team_56r_s_notes(name):
    result = red_team.judged_last(name)
    assert not result.internal, result.reason
    assert result.status in SOUND[name], result.reason


#: Faithful notes (rt56r-guard-*) and the one verdict each must keep.
GUARDS = {
    "rt56r-guard-01-let-leq-leaves-le-proved": PROVED,
    "rt56r-guard-02-includecomment-shown-proved": PROVED,
    "rt56r-guard-03-tcblisting-shows-the-result-proved": PROVED,
    "rt56r-guard-04-mathjax3-config-other-macro-proved": PROVED,
    "rt56r-guard-05-ruby-text-shown-proved": PROVED,
    "rt56r-guard-06-beamer-includeonlyframes-kept-proved": PROVED,
    "rt56r-guard-07-mathjax-renewcommand-in-another-display-refuted": REFUTED,
    "rt56r-guard-08-svg-text-drawn-proved": PROVED,
    "rt56r-guard-09-sbox-used-proved": PROVED,
    "rt56r-guard-10-title-with-maketitle-proved": PROVED,
    "rt56r-guard-11-section-title-shown-proved": PROVED,
}


def test_the_guards_are_all_there():
    assert red_team.named("rt56r-guard-*") == sorted(GUARDS)


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_the_guards_keep_their_verdict(name):
    result = red_team.judged_last(name)
    assert result.status == GUARDS[name], result.reason


#: The step of DDPM's forward mean's shape the held-out notes below end with: proved where a := 3 is read and shown,
#: undecided (a is any number otherwise: never refuted, as the note may have given it its value) where it is not.
_SIX = "\n\n$$\na + a = 6\n$$\n"


#: Held-out undrawn content: what a browser does not draw defines nothing shown (undecided); what it draws does.
UNDRAWN = {
    "a progress bar's fallback": ('<progress max="1">Let $a := 3$.</progress>', UNDECIDED),
    "a meter, its content inline": ('Text <meter min="0" max="1" value="1">Let $a := 3$.</meter> more.', UNDECIDED),
    "rp around ruby text": ("<ruby>b<rp>(</rp><rt>c</rt><rp>) Let $a := 3$.</rp></ruby>", UNDECIDED),
    "SVG clipPath": ("<svg><clipPath id='c'><text>Let $a := 3$.</text></clipPath></svg>", UNDECIDED),
    "SVG mask": ("<svg><mask id='m'><text>Let $a := 3$.</text></mask></svg>", UNDECIDED),
    "SVG marker": ("<svg><marker id='m'><text>Let $a := 3$.</text></marker></svg>", UNDECIDED),
    "SVG pattern": ("<svg><pattern id='p'><text>Let $a := 3$.</text></pattern></svg>", UNDECIDED),
    "MathML annotation-xml": (
        "<math><semantics><mi>x</mi><annotation-xml encoding='text/html'>Let $a := 3$.</annotation-xml>"
        "</semantics></math>",
        UNDECIDED,
    ),
    "a manual popover": ('<p popover="manual">Let $a := 3$.</p>', UNDECIDED),
    "a button that opens a popover, itself shown": ('<button popovertarget="p">Let $a := 3$.</button>', PROVED),
    "SVG text after its defs": ("<svg><defs></defs><text>Let $a := 3$.</text></svg>", PROVED),
    "a title attribute that says popover": ('<span title="popover">Let $a := 3$.</span>', PROVED),
}


@pytest.mark.parametrize("name", sorted(UNDRAWN))
def test_what_a_browser_does_not_draw(name):
    text, verdict = UNDRAWN[name]
    result = red_team.last(text + _SIX)
    assert result.status == verdict, result.reason


#: Held-out comments and text of other dialects: Liquid's inline comment renders nothing (undecided); a MyST comment,
#: an MDX comment and an unreferenced footnote are shown by some renderers only (held: undecided, and all after one
#: that defines a command); a referenced footnote and a percentage are shown by all (proved).
DIALECTS = {
    "Liquid's inline comment, trimmed": ("{%- # Let $a := 3$. -%}", UNDECIDED),
    "a MyST comment inside a list item": ("- % Let $a := 3$.", UNDECIDED),
    "an MDX comment in a sentence": ("Here {/* Let $a := 3$. */} we go.", UNDECIDED),
    "a footnote whose label nothing cites": ("Text.\n\n[^other]: Let $a := 3$.", UNDECIDED),
    "a footnote the text cites": ("Text.[^n]\n\n[^n]: Let $a := 3$.", PROVED),
    "a line about a percentage": ("Let $a := 3$.\n50% of the time it rains.", PROVED),
}


@pytest.mark.parametrize("name", sorted(DIALECTS))
def test_text_some_dialects_do_not_show(name):
    text, verdict = DIALECTS[name]
    result = red_team.last(text + _SIX)
    assert result.status == verdict, result.reason


#: A \renewcommand in text some dialects do not show holds every step after it (it may or may not be run); one in
#: a MathML annotation is never run (1 <= 2 proved).
RENEWED = {
    "in an MDX comment": ("{/* $\\renewcommand{\\le}{\\ge}$ */}", UNDECIDED),
    "in an unreferenced footnote": ("[^x]: See $\\renewcommand{\\le}{\\ge}$ here.", UNDECIDED),
    "a link definition, in no dialect shown": ("[^x]: $\\renewcommand{\\le}{\\ge}$", PROVED),
    "in an annotation-xml": (
        "<math><semantics><mi>x</mi><annotation-xml>$\\renewcommand{\\le}{\\ge}$</annotation-xml></semantics></math>",
        PROVED,
    ),
}


@pytest.mark.parametrize("name", sorted(RENEWED))
def test_a_definition_some_renderers_run(name):
    text, verdict = RENEWED[name]
    result = red_team.last("Text.\n\n" + text + "\n\n$$\n1 \\le 2\n$$\n")
    assert result.status == verdict, result.reason


#: Held-out sizes: text under a pixel high is unseen (held, undecided); text a pixel high or more is read.
SIZES = {
    "half a point": ("font-size: 0.5pt", UNDECIDED),
    "a twentieth of an em": ("font-size: 0.05em", UNDECIDED),
    "five per cent": ("font-size: 5%", UNDECIDED),
    "a zoom of 1%": ("zoom: 1%", UNDECIDED),
    "a zoom of 0.01": ("zoom: 0.01", UNDECIDED),
    "tiny in millimetres": ("font-size: 0.2mm", UNDECIDED),
    "small but legible": ("font-size: 10px", PROVED),
    "a tenth of an em": ("font-size: 0.1em", PROVED),
    "a keyword size": ("font-size: x-small", PROVED),
}


@pytest.mark.parametrize("name", sorted(SIZES))
def test_text_too_small_to_read(name):
    style, verdict = SIZES[name]
    result = red_team.last(f'<span style="{style}">Let $a := 3$.</span>' + _SIX)
    assert result.status == verdict, result.reason


#: Held-out congruences: a step the page writes with a modulus is held (undecided), never refuted nor proved among
#: the reals; a word that only contains "mod" (model, mode) holds nothing.
CONGRUENCES = {
    "pmod": ("$$\n8 \\equiv 2 \\pmod{3}\n$$", UNDECIDED),
    "pmod, true among the reals too": ("$$\n5 = 5 \\pmod{3}\n$$", UNDECIDED),
    "mod as an operator word": ("$$\n10 \\equiv 1 \\mod 9\n$$", UNDECIDED),
    "the modulus in the sentence": ("We work modulo $3$:\n\n$$\n7 = 1\n$$", UNDECIDED),
    "operatorname mod beside": ("$$\n9 = 4 \\quad (\\operatorname{mod} 5)\n$$", UNDECIDED),
    "a model, no modulus": ("In our model,\n\n$$\n8 = 2\n$$", REFUTED),
    "a mode, no modulus": ("The mode is\n\n$$\n2 + 2 = 4\n$$", PROVED),
}


@pytest.mark.parametrize("name", sorted(CONGRUENCES))
def test_a_congruence_is_not_judged_among_the_reals(name):
    text, verdict = CONGRUENCES[name]
    result = red_team.last(text + "\n")
    assert result.status == verdict, result.reason


#: Held-out mixed numbers and values struck alone: unreadable (undecided); a cancellation (the same value struck
#: twice), a numeral times a fraction of letters, a fraction after a power and an explicit product are read
#: (proved).
WRITTEN = {
    "a mixed number after a product": ("2 \\cdot 1\\frac{1}{2} = 3", UNDECIDED),
    "a negative mixed number": ("-1\\,\\dfrac{1}{2} = -\\frac{3}{2}", UNDECIDED),
    "bcancel": ("\\bcancel{7}\\, 6 = 6", UNDECIDED),
    "xcancel": ("\\xcancel{7}\\, 6 = 6", UNDECIDED),
    "cancel on a letter": ("\\cancel{b} + 2 = 2", UNDECIDED),
    "a cancellation shown in a fraction": ("\\frac{a\\cancel{b}}{c\\cancel{b}} = \\frac{a}{c}", PROVED),
    "a numeral times a fraction of letters": ("2\\frac{x}{2} = x", PROVED),
    "a power before a fraction": ("x^2\\frac{1}{2} = \\frac{x^2}{2}", PROVED),
    "a written product": ("2 \\cdot \\frac{1}{2} = 1", PROVED),
}


@pytest.mark.parametrize("name", sorted(WRITTEN))
def test_a_mixed_number_or_a_struck_value_is_not_read(name):
    maths, verdict = WRITTEN[name]
    result = red_team.last(f"$$\n{maths}\n$$\n")
    assert result.status == verdict, result.reason


#: Held-out values given outside the maths read: each holds the steps after it (undecided); words that give no
#: value, or give one to a name the maths never writes, hold nothing (proved).
UNREAD = {
    "set in words": ("Let $a := 3$.\n\nNow set a := 4 for the rest.", UNDECIDED),
    "MathML with the equals sign": ("Let $a := 3$.\n\n<math><mi>a</mi><mo>=</mo><mn>4</mn></math>", UNDECIDED),
    "hexadecimal dollars": ("Let $a := 3$.\n\nThen &#x24;a = 4&#x24;.", UNDECIDED),
    "named dollars": ("Let $a := 3$.\n\nThen &dollar;a = 4&dollar;.", UNDECIDED),
    "a raw TeX block": ("Let $a := 3$.\n\n```{=latex}\nLet $a := 4$.\n```", UNDECIDED),
    "a name the maths never writes": ("Let $a := 3$.\n\nLet b = 4 in the code.", PROVED),
    "words with no value": ("Let $a := 3$.\n\nLet a be as above.", PROVED),
    "an ordinary code block": ("Let $a := 3$.\n\n```python\na = 4\n```", PROVED),
    "in an HTML comment": ("Let $a := 3$.\n\n<!-- <math><mi>a</mi><mo>=</mo><mn>4</mn></math> -->", PROVED),
}


@pytest.mark.parametrize("name", sorted(UNREAD))
def test_a_value_given_outside_the_maths_read(name):
    text, verdict = UNREAD[name]
    result = red_team.last(text + _SIX)
    assert result.status == verdict, result.reason
