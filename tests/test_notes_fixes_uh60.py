"""Held-out notes for what hidden lines state (uh60): an order, a value said in words, an equation, a law or an
independence set in white ink, in faint ink, in a Liquid branch the site decides, or in TeX white ink or a conditional
TeX would have to evaluate, is in force for the readers who see it and not for the others.  A step is decided only
where the note read with those lines and read without them agree (:mod:`diffproof.notecheck.statements.unshown`,
:func:`diffproof.notecheck.judging.judge`); else it is held, with a reason naming the line.

Each wrong variant is proved only by what a hidden line states (x + y = 1 allows x = 0, where x / x has no value;
sqrt(x^2) = x fails at x = -1; E[z] = 0 fails for a z of mean 1; E(x_0 eps) = 0 needs x_0 and eps independent):
a reader who does not see the line has no proof.  The guards state the same in plain sight, or hide what the step
does not rest on, and keep their verdicts.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_X = "\n\nHere $x + y = 1$.\n\n$$\n\\frac{x}{x} = 1\n$$\n"
_ROOT = "\n\n$$\n\\sqrt{x^2} = x\n$$\n"
_MEAN = "\n\nLet $z$ be a random variable.\n\n$$\n\\mathbb{E}[z] = 0\n$$\n"
_PRODUCT = "\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"

#: What a hidden line states, and the rest of the note, whose step that statement alone proves.
STATEMENTS = {
    "order": ("Assume $x > 0$.", _X),
    "value-in-words": ("Take $x$ to be two.", _X),
    "equation": ("Here $x^2 = 4$.", _X),
    "law": ("Let $z \\sim \\mathcal{N}(0, 1)$.", _MEAN),
}

#: How a Markdown note hides a line (some readers see it, others do not).
HIDINGS = {
    "white-span": lambda words: f'<span style="color:white">{words}</span>',
    "faint-span": lambda words: f'<span style="color:#eeeeee">{words}</span>',
    "white-font": lambda words: f'<font color="#ffffff">{words}</font>',
    "liquid-branch": lambda words: f"{{% if page.draft %}}\n{words}\n{{% endif %}}",
}


@pytest.mark.parametrize("hiding", sorted(HIDINGS))
@pytest.mark.parametrize("statement", sorted(STATEMENTS))
def test_a_hidden_statement_proves_nothing(statement, hiding):
    words, rest = STATEMENTS[statement]
    result = red_team.last(HIDINGS[hiding](words) + rest)
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("statement", sorted(STATEMENTS))
def test_the_same_statement_in_plain_sight_proves_the_step(statement):
    words, rest = STATEMENTS[statement]
    assert red_team.last(words + rest).status == PROVED


@pytest.mark.parametrize("hiding", ["white-span", "faint-span"])
def test_the_held_step_names_the_hidden_line(hiding):
    result = red_team.last(HIDINGS[hiding]("Assume $x > 0$.") + _X)
    assert result.status == UNDECIDED, result.reason
    assert "line 1 is" in result.reason and "read without them the step is undecided" in result.reason, result.reason


def test_a_line_partly_hidden_holds_the_step_on_its_names():
    """Lines are what the reading knows of hidden text: with white ink and then "Here $x + y = 1$." on one line,
    dropping the line drops x + y = 1 too (and x / x = 1 is then proved for a free x); the step that rests on x is
    held instead."""
    result = red_team.last(
        '<span style="color:white">Assume $x > 0$.</span> Here $x + y = 1$.\n\n$$\n\\frac{x}{x} = 1\n$$\n'
    )
    assert result.status == UNDECIDED, result.reason
    assert "partly hidden" in result.reason, result.reason


@pytest.mark.parametrize("hiding", ["white-span", "faint-span", "liquid-branch"])
def test_a_hidden_independence_proves_nothing(hiding):
    result = red_team.last(red_team.DDPM + "\n" + HIDINGS[hiding]("Here $x_0$ and $\\epsilon$ are independent.") + "\n"
                           + _PRODUCT)  # fmt: skip
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


def test_a_stated_independence_in_plain_sight_proves_the_step():
    assert red_team.last(red_team.DDPM + "\nHere $x_0$ and $\\epsilon$ are independent.\n" + _PRODUCT).status == PROVED


_TEX = (
    "\\documentclass{article}\n\\usepackage{xcolor}\n\\newif\\ifdraft\n\\begin{document}\n%s\n\nHere $x + y = 1$.\n\n"
    "\\[\n\\frac{x}{x} = 1\n\\]\n\\end{document}\n"
)

#: How a LaTeX note hides a line: white ink (a dark PDF viewer shows it), a conditional TeX evaluates by a switch.
TEX_HIDINGS = {
    "textcolor-white": "\\textcolor{white}{Assume $x > 0$.}",
    "color-white-group": "{\\color{white} Assume $x > 0$.}",
    "ifdraft": "\\ifdraft\nAssume $x > 0$.\n\\fi",
}


@pytest.mark.parametrize("hiding", sorted(TEX_HIDINGS))
def test_a_hidden_order_in_tex_proves_nothing(hiding):
    result = red_team.tex_report(_TEX % TEX_HIDINGS[hiding]).results[-1]
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


def test_an_order_in_tex_in_plain_sight_proves_the_step():
    assert red_team.tex_report(_TEX % "Assume $x > 0$.").results[-1].status == PROVED


def test_a_mathjax_white_order_proves_nothing():
    result = red_team.last("Assume $\\color{white}{x > 0}$." + _ROOT)
    assert not result.internal, result.reason
    assert result.status != PROVED, result.reason


# -- guards: what the step does not rest on, and steps in any ink


@pytest.mark.parametrize("hiding", sorted(HIDINGS))
def test_a_hidden_statement_of_other_names_keeps_the_proof(hiding):
    result = red_team.last(HIDINGS[hiding]("Assume $z > 0$.") + "\n\nAssume $x > 0$." + _X)
    assert result.status == PROVED, result.reason


@pytest.mark.parametrize("hiding", sorted(HIDINGS))
def test_a_hidden_order_blocks_the_refutation_it_would_block_in_sight(hiding):
    """sqrt(x^2) = x fails at x = -1 only, which x > 0 excludes: for the readers who see the order the step is not
    refuted, so it is not refuted for any (held, naming the order's line)."""
    result = red_team.last(HIDINGS[hiding]("Assume $x > 0$.") + _ROOT)
    assert result.status == UNDECIDED, result.reason
    assert "x > 0" in result.reason, result.reason


@pytest.mark.parametrize("hiding", sorted(HIDINGS))
def test_a_refutation_both_readers_share_stands(hiding):
    """x < 0, hidden or not, leaves sqrt(x^2) = x false at x = -1, which meets every assumption of both readers."""
    result = red_team.last(HIDINGS[hiding]("Assume $x < 0$.") + _ROOT)
    assert result.status == REFUTED, result.reason


@pytest.mark.parametrize(("step", "status"), [("b + b = 4", PROVED), ("b + b = 5", REFUTED)])
def test_a_step_in_faint_ink_is_still_judged(step, status):
    result = red_team.last(f'Let $b := 2$.\n\n<div style="color: #eeeeee">\n\n$$\n{step}\n$$\n\n</div>\n')
    assert result.status == status, result.reason


def test_a_sentence_running_onto_a_hidden_line_holds_the_step_on_its_names():
    """ "Let $x$ be" on one line and "positive" in white ink on the next: the maths is on a line shown, the order
    its sentence gives it on one hidden."""
    note = 'Let $x$ be\n<span style="color:white">positive</span>.' + _X
    result = red_team.last(note)
    assert result.status == UNDECIDED, result.reason
    assert "partly hidden" in result.reason and "line 2" in result.reason, result.reason
    assert red_team.last("Let $x$ be\npositive." + _X).status == PROVED
