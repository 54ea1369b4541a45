"""Held-out tests of session 57's fixes of red team 57a (01-02, 11-16, 18, 21-22, 24-27).

- A displayed equation's common factors are divided out before its terms are asked for a random variable's letter
  (``s e^x = 2x e^x`` is ``(s - 2x) e^x = 0``: s = 2x): a derivative or a ∝ in x after it does not hold s fixed; a
  relation between draws only, common factor or not, still ties no number.
- Italian "si" is no "if" before an impersonal verb of fact ("si ha", "si ottiene"), Spanish "se" before a
  reflexive one ("se tiene", "se obtiene"); before a copula or a modal ("se è", "se sono", "si puede"), or the other
  language's verb ("se ha", "si tiene"), either is "if".
- Ink is read against the background it is written on, its own or an ancestor's (a black div or span around black
  ink, TeX's ``\\colorbox`` and ``\\fcolorbox``); a background not read as one colour (a gradient, an image,
  ``var()``) may be any colour, and the text on it is held.
- An equation said to hold in law ("in distribution", "in law", "en loi", "in Verteilung") defines nothing, nor one
  said to hold on an event only; "let $x$ be any random variable" after an example's x = 2y frees x.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_SIX = "\n\n$$\na + a = 6\n$$\n"
_PROPTO = "As a function of $x$,\n$$\ne^{-x^2 + s} \\propto e^{-x^2}\n$$\n"
_DERIVATIVE = "$$\n\\frac{d}{dx}\\left(x^2 + s\\right) = 2x\n$$\n"

#: A display before a ∝ or a derivative in x of a name s, and the verdict the last step must get.
DISPLAYED = {
    "s x = 2 x^2, derivative": ("$$\ns x = 2 x^2\n$$\n\n" + _DERIVATIVE, UNDECIDED),
    "s e^{-x} = 2x e^{-x}, propto": ("$$\ns e^{-x} = 2 x e^{-x}\n$$\n\n" + _PROPTO, UNDECIDED),
    "a factor x + 1 expanded, derivative": ("$$\ns x + s = 2 x^2 + 2 x\n$$\n\n" + _DERIVATIVE, UNDECIDED),
    "a common square root, propto": ("$$\n\\sqrt{x} s = 2 x \\sqrt{x}\n$$\n\n" + _PROPTO, UNDECIDED),
    # draws only, with a common factor z: no number tied, s a constant of the derivative
    "draws only, a common factor": ("$$\nx z = \\epsilon z\n$$\n\n" + _DERIVATIVE, PROVED),
    "draws only, a common exponential": ("$$\nx e^{z} = \\epsilon e^{z}\n$$\n\n" + _PROPTO, PROVED),
}


@pytest.mark.parametrize("name", sorted(DISPLAYED))
def test_a_displayed_equation_s_common_factors_are_divided_out(name):
    text, verdict = DISPLAYED[name]
    result = red_team.results(text)[-1]
    assert result.status == verdict, result.reason


#: Italian and Spanish sentences that set a := 3, and the verdict a + a = 6 after them must get ("a is any number"
#: before them).
SI_SE = {
    "se è, Italian if it is": ("Il passo vale se è $a := 3$.", UNDECIDED),
    "se può, Italian if it can": ("Il passo vale se può valere $a := 3$.", UNDECIDED),
    "se ha, Italian if it has": ("Il passo vale se ha $a := 3$.", UNDECIDED),
    "si pueden, Spanish if they can": ("El paso vale si pueden tomarse $a := 3$ y $b := 2$.", UNDECIDED),
    "si tiene, Spanish if it has": ("El paso vale si tiene $a := 3$.", UNDECIDED),
    "si es, Spanish if it is": ("El paso vale si es $a := 3$.", UNDECIDED),
    "si ottiene, Italian one obtains": ("Si ottiene $a := 3$.", PROVED),
    "se obtiene, Spanish one obtains": ("Se obtiene $a := 3$.", PROVED),
}


@pytest.mark.parametrize("name", sorted(SI_SE))
def test_si_and_se_are_if_but_before_their_own_verbs_of_fact(name):
    sentence, verdict = SI_SE[name]
    result = red_team.last(sentence + _SIX)
    assert result.status == verdict, result.reason


#: Markdown around "Let $a := 3$." after "Let $a$ be any number.", and the verdict a + a = 6 must get.
GROUNDS = {
    "black on an image": ('<span style="background: url(black.png); color: #000">Let $a := 3$.</span>', UNDECIDED),
    "black on a radial gradient": (
        '<span style="background: radial-gradient(black, black); color: black">Let $a := 3$.</span>',
        UNDECIDED,
    ),
    "black on a var() background-color": (
        '<span style="background-color: var(--bg); color: black">Let $a := 3$.</span>',
        UNDECIDED,
    ),
    "white on two layers": ('<span style="background: #000, #fff; color: #fff">Let $a := 3$.</span>', UNDECIDED),
    "the page's ink in a black div": ('<div style="background: black">\n\nLet $a := 3$.\n\n</div>', UNDECIDED),
    "font black in a black span": (
        '<span style="background-color: #000"><font color="black">Let $a := 3$.</font></span>',
        UNDECIDED,
    ),
    "black two spans deep in a black div": (
        '<div style="background: #000">\n<span><span style="color: #000">Let $a := 3$.</span></span>\n</div>',
        UNDECIDED,
    ),
    # the page's dark ink on a navy span, its own text unseen: held whole, the light ink in it too
    "the page's ink on navy around light ink": (
        '<span style="background: navy"><span style="color: lightyellow">Let $a := 3$.</span></span>',
        UNDECIDED,
    ),
    "grey on a grey span": (
        '<span style="background: #888"><span style="color: #888">Let $a := 3$.</span></span>',
        UNDECIDED,
    ),  # fmt: skip
    "black on a light highlight": ('<span style="background: #ffe08a">Let $a := 3$.</span>', PROVED),
    "black on a white box in a black div": (
        '<div style="background: #000; color: #fff">\n<span style="background: #fff; color: #000">Let $a := 3$.</span>\n'
        "</div>",
        PROVED,
    ),
    "light ink in a navy span": (
        '<span style="background: navy; color: white"><span style="color: lightyellow">Let $a := 3$.</span></span>',
        PROVED,
    ),
    "a background's position and repeat": (
        '<span style="background: #eee no-repeat center / cover; color: #222">Let $a := 3$.</span>',
        PROVED,
    ),
    "a closed black div before": ('<div style="background: #000; color: #fff">x</div>\n\nLet $a := 3$.', PROVED),
}


@pytest.mark.parametrize("name", sorted(GROUNDS))
def test_ink_is_read_on_its_own_and_its_ancestors_ground(name):
    body, verdict = GROUNDS[name]
    result = red_team.last("Let $a$ be any number.\n\n" + body + _SIX)
    assert result.status == verdict, result.reason


def _latex(body: str) -> str:
    return (
        "\\documentclass{article}\n\\usepackage{xcolor}\n"
        + body.split("|")[0]
        + "\\begin{document}\nLet $a$ be any number. "
        + body.split("|")[1]
        + "\n\\[ a + a = 6 \\]\n\\end{document}\n"
    )


#: A TeX note's preamble and what it writes of a := 3 (split at "|"), and the verdict a + a = 6 must get.
BOXES = {
    "fcolorbox black": ("|\\fcolorbox{red}{black}{Let $a := 3$.}", UNDECIDED),
    "colorbox HTML 000000": ("|\\colorbox[HTML]{000000}{Let $a := 3$.}", UNDECIDED),
    "colorbox gray ink on gray": ("|\\colorbox{gray}{\\textcolor{gray}{Let $a := 3$.}}", UNDECIDED),
    "colorbox of a colour the document names": (
        "\\definecolor{ground}{HTML}{000000}\n|\\colorbox{ground}{Let $a := 3$.}",
        UNDECIDED,
    ),
    "colorbox yellow": ("|\\colorbox{yellow}{Let $a := 3$.}", PROVED),
    "fcolorbox light blue, blue ink": ("|\\fcolorbox{black}{blue!10}{\\textcolor{blue}{Let $a := 3$.}}", PROVED),
}


@pytest.mark.parametrize("name", sorted(BOXES))
def test_a_box_s_text_is_read_on_its_background(name):
    body, verdict = BOXES[name]
    result = red_team.tex_report(_latex(body)).results[-1]
    assert result.status == verdict, result.reason


_LAWS = (
    "Let $y \\sim \\mathcal{N}(0, 1)$ be a random variable and let $x \\sim \\mathcal{N}(0, 1)$ be independent of $y$. "
)
_EXPECTATION = "\n\n$$\n\\mathbb{E}_{x}\\left[x y\\right] = \\mathbb{E}_{x}\\left[-y^2\\right]\n$$\n"
_OF_Y = "Let $y$ be a random variable with $y \\sim \\mathcal{N}(0, 1)$. "
_EXPECTATION_Y = "\n\n$$\n\\mathbb{E}_{y}\\left[x y\\right] = \\mathbb{E}_{y}\\left[2 y^2\\right]\n$$\n"

#: Sentences of x = -y in law, or of x = 2y on an event or in an example only, and the verdict the last step gets.
NOT_VALUES = {
    "in distribution, after": (_LAWS + "Then $x = -y$ in distribution." + _EXPECTATION, UNDECIDED),
    "equal in law, before": (_LAWS + "They are equal in law: $x = -y$." + _EXPECTATION, UNDECIDED),
    "en loi": (_LAWS + "On a $x = -y$ en loi." + _EXPECTATION, UNDECIDED),
    "in Verteilung": (_LAWS + "Es gilt in Verteilung $x = -y$." + _EXPECTATION, UNDECIDED),
    "on the set": (_OF_Y + "Let $x = 2y$ on the set $y > 0$." + _EXPECTATION_Y, UNDECIDED),
    "a.s. on": (_OF_Y + "Let $x = 2y$ a.s. on $\\{y > 0\\}$." + _EXPECTATION_Y, UNDECIDED),
    "an example, then any random variable": (
        _OF_Y + "For example, take $x = 2y$.\n\nNow let $x$ be any random variable." + _EXPECTATION_Y,
        UNDECIDED,
    ),
    # x := 2y for every draw: a function of y
    "almost surely": (_OF_Y + "Let $x = 2y$ almost surely." + _EXPECTATION_Y, PROVED),
    "another name freed": (_OF_Y + "Let $x = 2y$.\n\nNow let $z$ be any random variable." + _EXPECTATION_Y, PROVED),
}


@pytest.mark.parametrize("name", sorted(NOT_VALUES))
def test_an_equation_in_law_or_on_an_event_defines_nothing(name):
    text, verdict = NOT_VALUES[name]
    result = red_team.results(text)[-1]
    assert result.status == verdict, result.reason
