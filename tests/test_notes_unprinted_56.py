"""Held-out variants of the rules that fixed red team 56r's LaTeX-side findings (tests/test_notes_redteam_56r.py):
other commands of each kind, each checked by hand against what TeX or the renderer shows.  A false proof's variant
must not be proved (a false alarm's not refuted); a faithful one keeps its verdict."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED


def _latex(preamble: str, body: str, step: str = "\\[ a + a = 6 \\]") -> str:
    return f"\\documentclass{{article}}\n{preamble}\n\\begin{{document}}\n{body}\n{step}\n\\end{{document}}\n"


_LE = "\\[ 1 \\le 2 \\]"  # true as <=, false as >=
_DEFINES = "Let $a := 3$."

#: LaTeX notes whose last step a faithful reading does not prove (the page shows a false claim, or not the
#: definition that proves it).
NOT_PROVED = {
    # command copies and etoolbox, read as the \let, \def and \newcommand they are: \le prints >=
    "NewCommandCopy of a new name": _latex("\\NewCommandCopy{\\myle}{\\ge}", "", "\\[ 1 \\myle 2 \\]"),
    "etoolbox cslet": _latex("\\usepackage{etoolbox}\n\\cslet{le}\\ge", "", _LE),
    "etoolbox csgdef": _latex("\\usepackage{etoolbox}\n\\csgdef{le}{\\ge}", "", _LE),
    "etoolbox newrobustcmd": _latex("\\usepackage{etoolbox}\n\\newrobustcmd{\\myle}{\\ge}", "", "\\[ 1 \\myle 2 \\]"),
    # a recoded character: > printed as < (maths code 313C), or < made active and defined as >
    "mathcode of >": _latex('\\mathcode`>="313C', "", "\\[ 2 > 1 \\]"),
    "catcode of <": _latex("\\catcode`\\<=13 \\def<{>}", "", "\\[ 1 < 2 \\]"),
    # environments made verbatim by a declaration, or with an opening code not read
    "fancyvrb CustomVerbatimEnvironment": _latex(
        "\\usepackage{fancyvrb}\n\\CustomVerbatimEnvironment{code}{Verbatim}{}",
        "\\begin{code}\n\\[ a := 3 \\]\n\\end{code}",
    ),
    "newminted with its own name": _latex(
        "\\usepackage{minted}\n\\newminted[tex]{latex}{}", "\\begin{tex}\n\\[ a := 3 \\]\n\\end{tex}"
    ),
    "environment opened by verbatim": _latex(
        "\\usepackage{verbatim}\n\\newenvironment{code}{\\verbatim}{\\endverbatim}",
        "\\begin{code}\n\\[ a := 3 \\]\n\\end{code}",
    ),
    "tcblisting comment only": _latex(
        "\\usepackage[most]{tcolorbox}", "\\begin{tcblisting}{comment only}\n\\[ a := 3 \\]\n\\end{tcblisting}"
    ),
    "xparse environment dropping its body": _latex(
        "\\NewDocumentEnvironment{hide}{+b}{}{}", "\\begin{hide}\nLet $a := 3$.\n\\end{hide}"
    ),
    "excludeversion": _latex(
        "\\usepackage{versions}\n\\excludeversion{hide}", "\\begin{hide}\n\\[ a := 3 \\]\n\\end{hide}"
    ),
    # arguments not printed where they stand
    "glossary entry": _latex("", f"Text.\\glossary{{{_DEFINES}}}"),
    "addtocontents": _latex("", f"Text.\\addtocontents{{toc}}{{{_DEFINES}}}"),
    "PackageInfo": _latex("", f"\\PackageInfo{{mine}}{{{_DEFINES}}}"),
    "savebox never used": _latex("\\newsavebox{\\hidden}", f"\\savebox{{\\hidden}}{{{_DEFINES}}}"),
    "setbox hbox": _latex("", f"\\setbox2=\\hbox{{{_DEFINES}}}"),
    "texttransparent zero": _latex("\\usepackage{transparent}", f"\\texttransparent{{0}}{{{_DEFINES}}}"),
    "author without maketitle": _latex("", f"\\author{{{_DEFINES}}}Text."),
    "subsection short title": _latex("", f"\\subsection[{_DEFINES}]{{Intro}}"),
    "frame without a label left out": (
        "\\documentclass{beamer}\n\\includeonlyframes{main}\n\\begin{document}\n\\begin{frame}\nLet $a := 3$.\n"
        "\\end{frame}\n\\begin{frame}[label=main]\n\\[ a + a = 6 \\]\n\\end{frame}\n\\end{document}\n"
    ),
}

#: Faithful LaTeX notes and the verdict each keeps.
FAITHFUL = {
    # \providerobustcmd of a command LaTeX has does nothing: \le is <=
    "providerobustcmd of le": (_latex("\\usepackage{etoolbox}\n\\providerobustcmd{\\le}{\\ge}", "", _LE), PROVED),
    "RenewCommandCopy read as let": (_latex("\\RenewCommandCopy{\\le}{\\ge}", "", _LE), REFUTED),
    "includeversion keeps": (
        _latex("\\usepackage{versions}\n\\includeversion{extra}", "\\begin{extra}\nLet $a := 3$.\n\\end{extra}"),
        PROVED,
    ),
    "savebox used": (
        _latex("\\newsavebox{\\shown}", f"\\savebox{{\\shown}}{{{_DEFINES}}}\\usebox{{\\shown}}"),
        PROVED,
    ),
    "short title without maths": (_latex("", f"\\subsection[Intro]{{{_DEFINES}}}"), PROVED),
    "frame in the list of two": (
        "\\documentclass{beamer}\n\\includeonlyframes{aside,main}\n\\begin{document}\n\\begin{frame}[label=aside]\n"
        "Let $a := 3$.\n\\end{frame}\n\\begin{frame}[label=main]\n\\[ a + a = 6 \\]\n\\end{frame}\n\\end{document}\n",
        PROVED,
    ),
}

_MATHJAX = '<script src="https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-chtml.js"></script>\n\n'
_KATEX = '<script defer src="https://cdn.jsdelivr.net/npm/katex@0.16.9/dist/contrib/auto-render.min.js"></script>\n\n'

#: Markdown notes whose last step a faithful reading does not prove (or, ending in "refuted", does not refute).
MARKDOWN = {
    "MathJax 3 macros from a variable, proved": (
        "<script>\nconst defined = {le: '\\\\ge'};\nwindow.MathJax = {tex: {macros: defined}};\n</script>\n"
        + _MATHJAX
        + "$$\n1 \\le 2\n$$\n",
        {UNDECIDED, REFUTED},
    ),
    "KaTeX render with macros, proved": (
        "<script>\nkatex.render(source, element, {throwOnError: false, macros: {'\\\\le': '\\\\ge'}});\n</script>\n\n"
        "$$\n1 \\le 2\n$$\n",
        {UNDECIDED, REFUTED},
    ),
    "Pandoc bare def, proved": ("\\def\\le{\\ge}\n\n$$\n1 \\le 2\n$$\n", {UNDECIDED, REFUTED}),
    "KaTeX def in another display, refuted": (
        _KATEX + "$$\n\\def\\le{\\ge}\n$$\n\n$$\n1 \\le 2\n$$\n",
        {UNDECIDED, PROVED},
    ),
    "begingroup def, refuted": (
        "$$\n\\begingroup \\def\\le{\\ge} \\endgroup\n$$\n\n$$\n1 \\le 2\n$$\n",
        {UNDECIDED, PROVED},
    ),
    # faithful: a definition after the group closes lasts (MathJax), and a configuration of other names
    "definition after endgroup lasts": (
        _MATHJAX + "$$\n\\begingroup \\endgroup \\renewcommand{\\le}{\\ge}\n$$\n\n$$\n1 \\le 2\n$$\n",
        {REFUTED},
    ),
    "MathJax 2 macros of another name": (
        '<script type="text/x-mathjax-config">\nMathJax.Hub.Config({TeX: {Macros: {RR: "\\\\mathbb{R}", '
        'bold: ["{\\\\bf #1}", 1]}}});\n</script>\n\n$$\n1 \\le 2\n$$\n',
        {PROVED},
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_PROVED))
def test_a_variant_is_not_proved(name):
    result = red_team.tex_report(NOT_PROVED[name]).results[-1]
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


@pytest.mark.parametrize("name", sorted(FAITHFUL))
def test_a_faithful_variant_keeps_its_verdict(name):
    text, verdict = FAITHFUL[name]
    result = red_team.tex_report(text).results[-1]
    assert result.status == verdict, result.reason


@pytest.mark.parametrize("name", sorted(MARKDOWN))
def test_a_markdown_variant(name):
    text, sound = MARKDOWN[name]
    result = red_team.report(text).results[-1]
    assert not result.internal, result.reason
    assert result.status in sound, result.reason
