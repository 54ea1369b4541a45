"""Held-out tests of session 56's fixes of red teams 55a and 55b (18, 19; 16, 19) and of a comment's reading.

- An equation displayed between plain values that is no identity (``s - 2x = 0``) ties its names: a ∝ or a
  derivative in x after it does not hold s fixed (undecided), nor does ``s^2 = x``, which defines s only where s is
  known positive; an identity, or a relation between other names, keeps the proof.
- Ink a reader may not tell from what it is written on (APCA finds no lightness contrast, Lc 0: near-white in every
  CSS format and in xcolor's models and mixes, a named colour as light, faded ink) is held (a + a = 6 from a := 3
  undecided); dark grey, light grey #ddd, orange, and near-white on a dark background are read (proved).
- Italian "si" and Spanish "se" before a verb of fact ("si ha", "si ottiene", "se tiene": one has) are no "if":
  the "for every" they follow frees the name (undecided); "se" and "si" as "if" after the maths still make a
  definition a case only (undecided), and a freeing of another name keeps the proof.
- An HTML comment ends at its first ``-->`` whatever it holds (``<!-- a <style> b -->``): the steps after it are
  read; an unclosed one still hides the rest.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notes import css, read_notes

_SIX = "\n\n$$\na + a = 6\n$$\n"
_PROPTO = "As a function of $x$,\n$$\ne^{-x^2 + s} \\propto e^{-x^2}\n$$\n"
_DERIVATIVE = "$$\n\\frac{d}{dx}\\left(x^2 + s\\right) = 2x\n$$\n"

#: A display before a ∝ or a derivative in x of a name s, and the verdict the last step must get.
DISPLAYED = {
    "s squared is x, propto": ("$$\ns^2 = x\n$$\n\n" + _PROPTO, UNDECIDED),
    "s squared is x, derivative": ("$$\ns^2 = x\n$$\n\n" + _DERIVATIVE, UNDECIDED),
    "2s = x + 1, derivative": ("$$\n2 s = x + 1\n$$\n\n" + _DERIVATIVE, UNDECIDED),
    "a quotient, propto": ("$$\n\\frac{s}{x} = 3\n$$\n\n" + _PROPTO, UNDECIDED),
    "a root, derivative": ("$$\n\\sqrt{s} = x + 1\n$$\n\n" + _DERIVATIVE, UNDECIDED),
    "x on the left, propto": ("$$\nx - s = 1\n$$\n\n" + _PROPTO, UNDECIDED),
    "through another name, propto": ("$$\ns = u^2\n$$\n\n$$\nu - x = 0\n$$\n\n" + _PROPTO, UNDECIDED),
    "an identity, propto": ("$$\n(x + s)^2 = x^2 + 2 x s + s^2\n$$\n\n" + _PROPTO, PROVED),
    "an identity, derivative": ("$$\n(x + 1) s = s x + s\n$$\n\n" + _DERIVATIVE, PROVED),
    # s^2 = x is read as a definition of s, which the kernel cannot write out unless s is known positive
    "a power defined, derivative of it": ("$$\ns^2 = x\n$$\n\n$$\n\\frac{d}{dx}(x^2 + s^2) = 2x\n$$\n", UNDECIDED),
    "other names, propto": ("$$\ns - 2u = 0\n$$\n\n" + _PROPTO, PROVED),
    "other names, derivative": ("$$\nu - 2 s = 1\n$$\n\n" + _DERIVATIVE, PROVED),
}


@pytest.mark.parametrize("name", sorted(DISPLAYED))
def test_an_equation_displayed_ties_its_names(name):
    text, verdict = DISPLAYED[name]
    result = red_team.results(text)[-1]
    assert result.status == verdict, result.reason


#: Ink of a definition of a := 3, and the verdict a + a = 6 after it must get.
INK = {
    "#fdfdfd": ('<span style="color: #fdfdfd">Let $a := 3$.</span>', UNDECIDED),
    "short hex #fef": ('<span style="color:#FEF">Let $a := 3$.</span>', UNDECIDED),
    "rgb 250": ('<span style="color: rgb(250, 250, 250)">Let $a := 3$.</span>', UNDECIDED),
    "rgb percentages 97%": ('<span style="color: rgb(97% 97% 97%)">Let $a := 3$.</span>', UNDECIDED),
    "hsl 98%": ('<span style="color: hsl(0 0% 98%)">Let $a := 3$.</span>', UNDECIDED),
    "hsl in turns, near white": ('<span style="color: hsl(0.5turn 20% 97%)">Let $a := 3$.</span>', UNDECIDED),
    "named snow": ('<span style="color: snow">Let $a := 3$.</span>', UNDECIDED),
    "named whitesmoke": ('<span style="color: WhiteSmoke">Let $a := 3$.</span>', UNDECIDED),
    "yellow": ('<span style="color: yellow">Let $a := 3$.</span>', UNDECIDED),
    "black, nearly transparent": ('<span style="color: rgba(0, 0, 0, 0.05)">Let $a := 3$.</span>', UNDECIDED),
    "black at opacity 0.05": ('<span style="color: black; opacity: 0.05">Let $a := 3$.</span>', UNDECIDED),
    "a system colour": ('<span style="color: Canvas">Let $a := 3$.</span>', UNDECIDED),
    "font near white": ('<font color="#fefefe">Let $a := 3$.</font>', UNDECIDED),
    "near black on black": ('<span style="color: #0a0a0a; background: black">Let $a := 3$.</span>', UNDECIDED),
    "a sheet's near white": ("<style>p { color: #fafafa }</style>\n\nLet $a := 3$.", UNDECIDED),
    "dark grey": ('<span style="color: #444">Let $a := 3$.</span>', PROVED),
    "grey": ('<span style="color: grey">Let $a := 3$.</span>', PROVED),
    "orange": ('<span style="color: orange">Let $a := 3$.</span>', PROVED),
    "light grey #ddd": ('<span style="color: #ddd">Let $a := 3$.</span>', PROVED),
    # cyan on white is APCA Lc 12, under Lc 15, the point of invisibility for many readers (xf60): held as faint
    "cyan": ('<span style="color: cyan">Let $a := 3$.</span>', UNDECIDED),
    "navy": ('<span style="color: navy">Let $a := 3$.</span>', PROVED),
    "dark green hsl": ('<span style="color: hsl(120, 50%, 25%)">Let $a := 3$.</span>', PROVED),
    "near white on a dark page": ('<span style="color: #fefefe; background: #111">Let $a := 3$.</span>', PROVED),
    "light ink on navy": ('<span style="color: lightyellow; background-color: navy">Let $a := 3$.</span>', PROVED),
    "black at opacity 0.9": ('<span style="color: black; opacity: 0.9">Let $a := 3$.</span>', PROVED),
}


@pytest.mark.parametrize("name", sorted(INK))
def test_ink_a_reader_may_not_tell_from_the_page_is_held(name):
    body, verdict = INK[name]
    result = red_team.last(body + _SIX)
    assert result.status == verdict, result.reason


@pytest.mark.parametrize(
    ("ink", "background", "lightness"),
    [  # APCA-W3 0.0.98G's own checks (its README): black on white, white on black, #888 either way
        ((0, 0, 0, 1), (255, 255, 255, 1), 106.04),
        ((255, 255, 255, 1), (0, 0, 0, 1), -107.88),
        ((136, 136, 136, 1), (255, 255, 255, 1), 63.06),
        ((255, 255, 255, 1), (136, 136, 136, 1), -68.54),
        ((254, 254, 254, 1), (255, 255, 255, 1), 0.0),
    ],
)
def test_lightness_contrast_as_apca_computes_it(ink, background, lightness):
    assert css.contrast(ink, background) == pytest.approx(lightness, abs=0.01)


def _latex(body: str) -> str:
    return "\\documentclass{article}\n\\usepackage{xcolor}\n" + body + "\n\\[ a + a = 6 \\]\n\\end{document}\n"


#: xcolor ink of "Let $a := 3$." in a LaTeX note (preamble, then body): near white in its models and mixes, by a
#: name the document defines, or yellow, is held; a colour a reader tells from the page, or any on a black page, is
#: read.
TEX_INK = {
    "HTML FEFEFE": ("\\begin{document}\n\\textcolor[HTML]{FEFEFE}{Let $a := 3$.}", UNDECIDED),
    "98 % white": ("\\begin{document}\n\\textcolor{white!98!black}{Let $a := 3$.}", UNDECIDED),
    "gray 0.99": ("\\begin{document}\n{\\color[gray]{0.99} Let $a := 3$.}", UNDECIDED),
    "RGB 250": ("\\begin{document}\n\\textcolor[RGB]{250,250,250}{Let $a := 3$.}", UNDECIDED),
    "complement of black": ("\\begin{document}\n\\textcolor{-black}{Let $a := 3$.}", UNDECIDED),
    "yellow": ("\\begin{document}\n\\textcolor{yellow}{Let $a := 3$.}", UNDECIDED),
    "a defined near white": (
        "\\definecolor{paper}{HTML}{FDFDFD}\n\\begin{document}\n\\textcolor{paper}{Let $a := 3$.}",
        UNDECIDED,
    ),
    "orange": ("\\begin{document}\n\\textcolor{orange}{Let $a := 3$.}", PROVED),
    "half blue": ("\\begin{document}\n\\textcolor{blue!50}{Let $a := 3$.}", PROVED),
    "near white on a black page": (
        "\\begin{document}\n\\pagecolor{black}\n\\textcolor[HTML]{FEFEFE}{Let $a := 3$.}",
        PROVED,
    ),
}


@pytest.mark.parametrize("name", sorted(TEX_INK))
def test_xcolor_ink_a_reader_may_not_tell_from_the_page_is_held(name):
    body, verdict = TEX_INK[name]
    result = red_team.tex_report(_latex(body)).results[-1]
    assert result.status == verdict, result.reason


@pytest.mark.parametrize(
    ("colour", "verdict"),
    # cyan: APCA Lc 12 on white, under Lc 15, held as faint (xf60)
    [("#fefefe", UNDECIDED), ("WhiteSmoke", UNDECIDED), ("Orange", PROVED), ("green", PROVED), ("cyan", UNDECIDED)],
)
def test_mathjax_s_colours_are_css_s(colour, verdict):
    """MathJax's \\color names CSS colours: its green is CSS's (0, 128, 0), not xcolor's bright (0, 255, 0)."""
    result = red_team.last(f"$$\n\\color{{{colour}}} a := 3\n$$\n\n$$\na + a = 6\n$$\n")
    assert result.status == verdict, result.reason


#: Held-out Italian, Spanish and Portuguese sentences after "a := 3" and before a + a = 6.
FOR_EVERY = {
    "si ottiene": ("Sia $a := 3$.\n\nPer ogni $a$ si ottiene" + _SIX, UNDECIDED),
    "si trova": ("Sia $a := 3$.\n\nPer ogni $a$ si trova" + _SIX, UNDECIDED),
    "si ha, before": ("Sia $a := 3$.\n\nSi ha, per ogni $a$," + _SIX, UNDECIDED),
    "se tiene, Spanish": ("Sea $a := 3$.\n\nPara todo $a$ se tiene" + _SIX, UNDECIDED),
    "se tiene before, Spanish": ("Sea $a := 3$.\n\nSe tiene, para todo $a$," + _SIX, UNDECIDED),
    "another name, si ha": ("Sia $a := 3$.\n\nPer ogni $t$ si ha" + _SIX, PROVED),
    "an identity, si ha": ("Sia $a := 3$.\n\nPer ogni $a$ si ha\n\n$$\na + a = 2 a\n$$\n", PROVED),
    "se, a case only": ("Sia $a := 3$ se $b > 0$." + _SIX, UNDECIDED),
    "se, Portuguese": ("Seja $a := 3$ se $b > 0$." + _SIX, UNDECIDED),
    "si, French": ("Soit $a := 3$ si $b > 0$." + _SIX, UNDECIDED),
    "si supponga, a supposition": ("Si supponga $a := 3$." + _SIX, UNDECIDED),
    # a display after the words: "Si ha" (one has) gives b its value, "Se poniamo" (if we set) supposes it
    "si ha, a display": ("Si ha\n\n$$\nb = 3\n$$\n\n$$\nb + b = 6\n$$\n", PROVED),
    "se poniamo, a display": ("Se poniamo\n\n$$\nb = 3\n$$\n\n$$\nb + b = 6\n$$\n", UNDECIDED),
    "se, right before": ("Vale $a := 3$ se $b > 0$." + _SIX, UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(FOR_EVERY))
def test_si_and_se_of_fact_are_no_if(name):
    text, verdict = FOR_EVERY[name]
    result = red_team.last(text)
    assert result.status == verdict, result.reason


_DEFINED = "\n\nLet $a := 3$." + _SIX

#: A comment before a definition: closed at its first "-->" whatever tags it holds (proved), or left open.
COMMENTS = {
    "a style tag": ("<!-- a <style> b -->", PROVED),
    "a script tag": ("<!-- a <script> b -->", PROVED),
    "a textarea, two lines": ("<!-- a <textarea>\nb -->", PROVED),
    "a title tag, then a comment": ("<!-- a <title> --> <!-- b -->", PROVED),
    "a comment opener in a script": ("<script> <!-- </script>", PROVED),
}


@pytest.mark.parametrize("name", sorted(COMMENTS))
def test_a_comment_ends_at_its_first_close(name):
    comment, verdict = COMMENTS[name]
    report = red_team.report(comment + _DEFINED)
    assert not report.problems, report.problems
    assert report.results[-1].status == verdict, report.results[-1].reason


@pytest.mark.parametrize("comment", ["<!-- a <style> b", "<!-- a <style> b --> <!-- c", "<!-- a <script> -- >"])
def test_a_comment_left_open_hides_the_rest(comment):
    notes = read_notes(comment + _DEFINED, markdown=True)
    assert notes.steps == ()
    assert any("<!-- on line 1 is never closed" in problem.message for problem in notes.problems)
