"""Held-out tests of rl54's fixes (red team 53a's 12, 19, 24).

- Text a light page shows unseen (white or transparent ink, opacity or font size 0) in an HTML element's style, a
  ``<font color>``, a Pandoc div or span, a kramdown attribute list, or any element where a style sheet of the page
  may hide or whiten it: what is written there is held, as TeX's white ink is (a + a = 6 from a := 3 undecided);
  ``aria-hidden``, a dark background, another colour, a tag in code or a comment leave it read (proved).
- The forward kernel q(x_t | x_{t-1}) beside a family's word in any order sets DDPM's kernel aside (its mean
  undecided); a Gaussian's word, or a family's word beside the marginal q(x_t | x_0), does not (proved).
- An HTML table's row that gives a law holds its letters (sqrt(lambda^2) = lambda undecided); one that gives none
  does not (refuted).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notes import css

_STEP = "\n\n$$\na + a = 6\n$$\n"

#: A definition of a := 3 written in an element, and the verdict a + a = 6 after it must get.
INK = {
    "span color white": ('<span style="color: white">Let $a := 3$.</span>', UNDECIDED),
    "div #fff over blocks": ('<div style="color:#fff">\n\nLet $a := 3$.\n\n</div>', UNDECIDED),
    "rgb percentages": ('<span style="color: rgb(100% 100% 100%)">Let $a := 3$.</span>', UNDECIDED),
    "transparent rgba": ('<span style="color: rgba(0, 0, 0, 0)">Let $a := 3$.</span>', UNDECIDED),
    "hsl white": ("<span style='color:hsl(0, 0%, 100%)'>Let $a := 3$.</span>", UNDECIDED),
    "opacity 0": ('<p style="opacity: 0">Let $a := 3$.</p>', UNDECIDED),
    "font size 0": ('<span style="font-size:0px">Let $a := 3$.</span>', UNDECIDED),
    "unquoted, upper case": ("<span STYLE=COLOR:WHITE>Let $a := 3$.</span>", UNDECIDED),
    "an entity in the style": ('<span style="color:&#119;hite">Let $a := 3$.</span>', UNDECIDED),
    "a CSS escape": ('<span style="col\\6f r: white">Let $a := 3$.</span>', UNDECIDED),
    "important wins": ('<span style="color: white !important; color: black">Let $a := 3$.</span>', UNDECIDED),
    "a variable": ('<span style="color: var(--ink)">Let $a := 3$.</span>', UNDECIDED),
    "white on white": ('<span style="color: white; background: white">Let $a := 3$.</span>', UNDECIDED),
    "font color": ('<font color="white">Let $a := 3$.</font>', UNDECIDED),
    "font legacy hex": ("<font color=ffffff>Let $a := 3$.</font>", UNDECIDED),
    "a table cell": ('<table><tr><td style="color:white">Let $a := 3$.</td></tr></table>', UNDECIDED),
    "in a pipe table": ('| x |\n|---|\n| <span style="color:white">Let $a := 3$.</span> |', UNDECIDED),
    "in a quote": ('> <span style="opacity:0">Let $a := 3$.</span>', UNDECIDED),
    "in a MyST note": ('```{note}\n<span style="color:white">Let $a := 3$.</span>\n```', UNDECIDED),
    "a less-than in an attribute": ('<span style="color:white" title="a<b">Let $a := 3$.</span>', UNDECIDED),
    "a Bootstrap class": ('<span class="sr-only">Let $a := 3$.</span>', UNDECIDED),
    "a Pandoc div": ('::: {style="color: white"}\nLet $a := 3$.\n:::', UNDECIDED),
    "a Pandoc span": ('[Let $a := 3$.]{style="color:white"}', UNDECIDED),
    "a Pandoc span hidden": ("[Let $a := 3$.]{.hidden}", UNDECIDED),
    "a kramdown list": ('Let $a := 3$.\n{: style="color:white"}', UNDECIDED),
    "a kramdown list after a display": ('$$\na := 3\n$$\n{: style="color:white"}', UNDECIDED),
    "a style sheet's class": ('<style>.w{color:white}</style>\n<span class="w">Let $a := 3$.</span>', UNDECIDED),
    "a style sheet's media rule": (
        "<style>\n@media screen { .w { display: none } }\n</style>\n\nLet $a := 3$.",
        UNDECIDED,
    ),
    "aria-hidden is shown": ('<span aria-hidden="true">Let $a := 3$.</span>', PROVED),
    "a dark background": ('<span style="color:white; background: #222">Let $a := 3$.</span>', PROVED),
    "red": ('<span style="color: red">Let $a := 3$.</span>', PROVED),
    # one level off white cannot be told from the page (rt55b-19, css.faint): held, no longer read as shown
    "near white is held": ('<span style="color: #fffffe">Let $a := 3$.</span>', UNDECIDED),
    "overridden": ('<span style="color: white; color: black">Let $a := 3$.</span>', PROVED),
    "in a code span": ('`<span style="color:white">` Let $a := 3$.', PROVED),
    "in a comment": ('<!-- <span style="color:white"> -->\n\nLet $a := 3$.', PROVED),
    "closed before": ('<span style="color:white">x</span>\n\nLet $a := 3$.', PROVED),
    "in an attribute": ('<span title="<span style=color:white>">x</span>\n\nLet $a := 3$.', PROVED),
    "a void element": ('<img style="opacity:0"> Let $a := 3$.', PROVED),
    "a style sheet of colours": ("<style>\npre { background: #222; color: white }\n</style>\n\nLet $a := 3$.", PROVED),
    "a Pandoc span of a class": ("[Let $a := 3$.]{.note}", PROVED),
}


@pytest.mark.parametrize("name", sorted(INK))
def test_text_shown_unseen_is_held(name):
    body, verdict = INK[name]
    result = red_team.last(body + _STEP)
    assert result.status == verdict, result.reason


def test_a_step_in_white_ink_is_not_judged():
    result = red_team.last('<div style="color: white">\n\n$$\n1 + 1 = 3\n$$\n\n</div>\n')
    assert result.status == UNDECIDED, result.reason


@pytest.mark.parametrize(
    ("style", "values"),
    [
        ("color: white; COLOR: Red", {"color": "Red"}),
        ("color: white !important; color: red", {"color": "white"}),
        ("color: red; color: white !important", {"color": "white"}),
        ("/* color: white */ color: red;;", {"color": "red"}),
        ("background: url('a;b') #000; color: white", {"background": "url('a;b') #000", "color": "white"}),
        ("no colon; : value", {}),
    ],
)
def test_css_declarations_cascade(style, values):
    assert css.cascaded(style) == values


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("#FFF", (255, 255, 255, 1.0)),
        ("#ffffff00", (255, 255, 255, 0.0)),
        ("rgb(255 255 255 / 50%)", (255, 255, 255, 0.5)),
        ("rgba(0, 0, 0, 0)", (0, 0, 0, 0)),
        ("hsl(120deg 50% 100%)", (255, 255, 255, 1)),
        ("hsl(120, 50%, 40%)", (51, 153, 51, 1)),
        ("white", (255, 255, 255, 1)),
        ("snow", (255, 250, 250, 1)),
        ("#ffff0", None),
    ],
)
def test_css_colours(value, found):
    assert css.colour(value) == (found if found is None else pytest.approx(found))


_MEAN = red_team.FORWARD_MEAN

#: The forward kernel beside a family's word: DDPM's mean is not proved under the context; beside a Gaussian's word,
#: or where the sentence writes another density the readers place the word to, it is.
KERNELS = {
    "a relative clause": ("The density $q(x_t \\mid x_{t-1})$ we use is uniform on $[0, 1]$.", UNDECIDED),
    "that we picked": ("The kernel $q(x_t \\mid x_{t-1})$ that we picked is a Laplace density.", UNDECIDED),
    "the family first": ("Uniform on $[0,1]$ is the density $q(x_t \\mid x_{t-1})$ we use.", UNDECIDED),
    "French relative clause": ("La densité $q(x_t \\mid x_{t-1})$ que nous utilisons est uniforme.", UNDECIDED),
    "bold, Cauchy": ("The law $q(\\mathbf{x}_t \\mid \\mathbf{x}_{t-1})$ used here is Cauchy.", UNDECIDED),
    "a Gaussian": ("The density $q(x_t \\mid x_{t-1})$ we use is Gaussian.", PROVED),
    "the marginal's limit": ("Here $q(x_t \\mid x_0)$ tends to a standard normal.", PROVED),
    "a generic word": ("The density $q(x_t \\mid x_{t-1})$ we use is the same for every $t$.", PROVED),
    "the family placed to the prior": (
        "We take a Gumbel density for $p(x_T)$ and a Gaussian for $q(x_t \\mid x_{t-1})$.",
        PROVED,
    ),
}


@pytest.mark.parametrize("name", sorted(KERNELS))
def test_a_forward_kernel_beside_a_family(name):
    said, verdict = KERNELS[name]
    result = red_team.last(red_team.DDPM + said + _MEAN)
    assert result.status == verdict, result.reason


_ROOT = "\n\n$$\n\\sqrt{\\lambda^2} = \\lambda\n$$\n"

#: HTML tables: a row that gives a law holds its letters (the root not refuted); a row that gives none does not.
TABLES = {
    "a call": ("<table>\n<tr><td>$x$</td><td>$\\mathrm{Exp}(\\lambda)$</td></tr>\n</table>", UNDECIDED),
    "a header and words": (
        "<table>\n<tr><th>variable</th><th>law</th></tr>\n<tr>\n<td>$x$</td>\n<td>exponential, rate $\\lambda$</td>"
        "\n</tr>\n</table>",
        UNDECIDED,
    ),
    "unclosed cells, upper case": ("<TABLE><TR><TD>$x$<TD>$\\mathrm{Poisson}(\\lambda)$</TABLE>", UNDECIDED),
    # since fx62c an HTML table's rows give values as a pipe table's do, and a value in a table holds every step after
    # it (coarse): a row x | lambda, no law, now holds the root too (a refutation lost)
    "no law": ("<table><tr><td>$x$</td><td>$\\lambda$</td></tr></table>", UNDECIDED),
}


@pytest.mark.parametrize("name", sorted(TABLES))
def test_an_html_table_of_laws(name):
    body, verdict = TABLES[name]
    result = red_team.last(body + _ROOT)
    assert result.status == verdict, result.reason


_REDEFINED = "Let $a := 3$.\n\n- <!-- draft\n\n{body}\n\n<!-- x -->\n\n$$\na + a = 6\n$$\n"

#: rl52's leftovers: a comment a list item leaves open ends at the first raw "-->" of a directive's body, and what
#: follows it there is shown (a := 2 redefines a: a + a = 6 not proved from a := 3); a "-->" the page escapes (text,
#: code) ends nothing.  A paragraph's rest after a hidden element's end is parsed with the note's reference links (an
#: image's alt text is no text; a link's is).
COMMENTS = {
    "a comment block in a MyST note": (
        _REDEFINED.format(body=":::{note}\n<!-- y -->\n\nLet $a := 2$.\n:::"),
        UNDECIDED,
    ),
    "inline in a fenced note": (_REDEFINED.format(body="```{note}\nx <!-- y --> Let $a := 2$.\n```"), UNDECIDED),
    "after code's arrow": (_REDEFINED.format(body=":::{note}\n`-->` <!-- y --> Let $a := 2$.\n:::"), UNDECIDED),
    "a div in a Pandoc div": (_REDEFINED.format(body="::: note\n<div>--></div>\n\nLet $a := 2$.\n:::"), UNDECIDED),
    "an escaped arrow": (_REDEFINED.format(body=":::{note}\n-->\nLet $a := 2$.\n:::"), PROVED),
    "an image by reference": ("<div hidden>\n\nx </div> ![Let $a := 3$.][r]\n\n[r]: http://x.png" + _STEP, UNDECIDED),
    "a link by reference": ("<div hidden>\n\nx </div> [Let $a := 3$.][r]\n\n[r]: http://x.png" + _STEP, PROVED),
}


@pytest.mark.parametrize("name", sorted(COMMENTS))
def test_what_a_comment_or_a_hidden_element_leaves_shown(name):
    text, verdict = COMMENTS[name]
    result = red_team.last(text)
    assert result.status == verdict, result.reason
