"""Held-out variants of rw61's fixes: CriticMarkup read as its renderers show it (a substitution as its new text, an
addition or a highlight as written, and a withdrawal any renderer shows read: :mod:`diffproof.notes.critic`), the
Spanish copula 'son' after a list of names no possessive (:mod:`~diffproof.notecheck.statements.tied_in_words`), and a
sentence that ends with its question mark asking, not saying, what its maths sets
(:func:`~diffproof.notecheck.statements.hedges._asked`).  Each wrong note leaves a := 3 unset (or withdrawn, or set
twice) where its last step stands, so a is any number (a = 0 fails); each faithful one keeps its proof."""

from __future__ import annotations

import pytest
import red_team
from red_team import report

from diffproof.notecheck.statements.tied_in_words import tied_in_words
from diffproof.notes import critic, read_notes

_SIX = "\n\n$$\na + a = 6\n$$\n"
#: A display tagged (1) that sets a := 3, then a sentence about it, then the step.
_TAGGED = "Let\n\n$$\na := 3 \\tag{{1}}\n$$\n\n{}" + _SIX

#: Wrong: a renderer of the note withdraws (1), or sets a twice, or the sentence only asks, so a is any number.
WRONG = {
    # CriticMarkup: the retraction a renderer prints
    "critic-substitution-is-false": _TAGGED.format("Equation (1) {~~holds~>is false~~}."),
    "critic-substitution-over-two-lines": _TAGGED.format("Equation (1) {~~is\nright~>is\nwrong~~}."),
    "critic-addition-is-a-typo": _TAGGED.format("Equation (1) {++is a typo++}."),
    "critic-highlight-is-wrong": _TAGGED.format("Equation (1) {==is wrong==}."),
    "critic-substitution-adds-a-negation": _TAGGED.format("We {~~do~>do not~~} drop (1)."),  # GFM: "We drop (1)"
    "critic-deletion-of-a-negation": _TAGGED.format("We do {--not--} drop (1)."),  # the renderer: "We do drop (1)"
    "critic-substitution-redefines": "Let $a := 2$.\n\n{~~Let $b := 4$.~>Let $a := 3$.~~}\n\n$$\na + a = 4\n$$\n",
    # a question asks what its maths sets
    "question-let": "Let $a := 3$?" + _SIX,
    "question-here": "Here, $a := 3$?" + _SIX,
    "question-we-set": "We set $a := 3$?" + _SIX,
    "question-bare": "$a := 3$?" + _SIX,
    "question-es": "¿Sea $a := 3$?" + _SIX,
    "question-zh": "设 $a := 3$？" + _SIX,
    "question-in-quotes": 'Someone may ask: "Let $a := 3$?"' + _SIX,
    "question-why-not": "Why not set $a := 3$?" + _SIX,
}

#: Right: a := 3 holds where the step stands, as a renderer of CriticMarkup prints the note.
RIGHT = {
    "critic-substitution-to-holds": _TAGGED.format("Equation (1) {~~is wrong~>holds~~}."),
    "critic-substitution-drop-to-keep": _TAGGED.format("We {~~drop~>keep~~} (1)."),
    "critic-substitution-sets-a": "{~~Let $a := 4$.~>Let $a := 3$.~~}" + _SIX,
    "critic-highlight-sets-a": "{==Let $a := 3$.==}" + _SIX,
    "critic-addition-of-a-word": _TAGGED.format("Equation (1) {++still++} holds."),
    # a question why takes its maths as said; a statement after a question is one
    "question-why": "Why do we set $a := 3$? Because it is convenient." + _SIX,
    "question-es-por-que": "¿Por qué $a := 3$? Porque es cómodo." + _SIX,
    "question-zh-why-mid-sentence": "即，为何是 $a := 3$？" + _SIX,
    "question-then-a-statement": "Which value should we take? Let $a := 3$." + _SIX,
}


@pytest.mark.parametrize("name", sorted(WRONG))
def test_wrong_steps_are_held_or_refuted(name):
    red_team.assert_held_or_refuted(report(WRONG[name]).results[-1])


@pytest.mark.parametrize("name", sorted(RIGHT))
def test_right_steps_keep_their_proof(name):
    red_team.assert_proved(report(RIGHT[name]).results[-1])


#: CriticMarkup and its two readings (a renderer of it, and one that reads none: GFM strikes a substitution whole).
CRITIC = {
    "a {++b++} c": ("a b c", "a b c"),
    "a {--b--} c": ("a  c", "a b c"),
    "a {~~b~>d~~} c": ("a d c", "a  c"),
    "a {==b==}{>>note<<} c": ("a b c", "a bnote c"),
    "a {--b\n\nc--} d": ("a \n\n d", "a b\n\nc d"),
    "a {~~b\nc~>d~~} e": ("a d\n e", "a \n e"),
    "a {-- b": ("a {-- b", "a {-- b"),  # unclosed: no mark
}


@pytest.mark.parametrize("text", sorted(CRITIC))
def test_criticmarkup_is_read_as_each_renderer_shows_it_its_lines_kept(text):
    assert (critic.accepted(text), critic.as_written(text)) == CRITIC[text]


def test_a_substitution_is_read_as_its_new_text_on_its_lines():
    text = "Let {~~$b := 4$\nor~>$a := 3$~~}.\n\n$$\na + a = 6\n$$\n"
    assert critic.substituted(text) == "Let $a := 3$\n.\n\n$$\na + a = 6\n$$\n"
    assert [step.line for step in read_notes(text, markdown=True).steps] == [5]


X0, EPS = ("x", "", "0"), ("epsilon", "", "")


#: Spanish copulas after a list of names: they tie nothing; possessives still tie.
@pytest.mark.parametrize(
    ("sentence", "tied"),
    [
        (r"$\epsilon$ y $x_0$ son independientes.", False),
        (r"$x_0$, $y$ y $\epsilon$ son mutuamente independientes.", False),
        (r"$x_0$ o $\epsilon$ son cero.", False),
        (r"Soit $x_0$, et $\epsilon$ son double.", True),
        (r"Sea $x_0$, y $\epsilon$ su doble.", True),
        (r"Soit $x_0$ et $\epsilon$ son carré.", True),
    ],
)
def test_the_spanish_copula_son_is_no_possessive(sentence, tied):
    found = tied_in_words(read_notes(sentence + "\n", markdown=True))
    assert (frozenset({X0, EPS}) in found) is tied, found


def test_an_independence_stated_in_spanish_factors_the_noise_out():
    sentence = r"$\epsilon$ y $x_0$ son independientes."
    red_team.assert_proved(red_team.last(red_team.DDPM + f"\n{sentence}\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"))


#: A note with a heading, (1) setting a := 3, a sentence withdrawing (1) in a place, the step in the main text, and
#: the place's heading with the step again.
_PLACED = "# Main\n\nLet\n\n$$\na := 3 \\tag{{1}}\n$$\n\n{}" + _SIX + "\n{}\n" + _SIX
_PLACED_LATEX = (
    "\\documentclass{{article}}\n\\begin{{document}}\n\\section{{Main}}\nLet\n\\begin{{equation}}\na := 3 \\tag{{1}}\n"
    "\\end{{equation}}\n{}\n\\begin{{equation}}\na + a = 6\n\\end{{equation}}\n{}\n\\begin{{equation}}\na + a = 6\n"
    "\\end{{equation}}\n\\end{{document}}\n"
)

#: A withdrawal said of a place a heading after it titles: the step before the place keeps a := 3 (proved), the one
#: in the place has a free (held or refuted).
PLACED = {
    "in-the-appendix": _PLACED.format("In the appendix we drop (1); here it holds.", "## Appendix"),
    "in-appendix-a": _PLACED.format("In Appendix A we drop (1).", "# Appendix A: proofs"),
    "in-section-2-comma": _PLACED.format("In Section 2, we drop (1).", "# 2. Results"),
    "below-in-section-sign": _PLACED.format("Below, in §2, (1) no longer holds.", "## 2 Results"),
    "in-sec-2-1-below": _PLACED.format("In Sec. 2.1 below we ignore (1).", "### 2.1 A case"),
}
PLACED_LATEX = {
    "tex-appendix-command": _PLACED_LATEX.format("In the appendix we drop (1).", "\\appendix\n\\section{Proofs}"),
    "tex-section-titled-appendix": _PLACED_LATEX.format("In the appendix we drop (1).", "\\section{Appendix}"),
}
#: A place not read, or not said of the withdrawal alone: both steps have a free.
UNPLACED = {
    "no-such-section": _PLACED.format("In Section 7 we drop (1).", "# 2. Results"),
    "two-withdrawals": _PLACED.format("In the appendix we drop (1), and (1) is wrong.", "## Appendix"),
    "here-and-in-the-appendix": _PLACED.format("Here and in the appendix we drop (1).", "## Appendix"),
    "section-2-twice": _PLACED.format("In Section 2 we drop (1).", "# 2. Results\n\n# 2. More results"),
    "no-heading": _PLACED.format("In the appendix we drop (1); here it holds.", "Appendix."),
    "a-subsection-is-not-the-section": _PLACED.format("In Section 2 we drop (1).", "## 2.1 A case"),
}


def _placed_verdicts(results):
    first, last = results[-2], results[-1]
    red_team.assert_proved(first)
    red_team.assert_held_or_refuted(last)


@pytest.mark.parametrize("name", sorted(PLACED))
def test_a_withdrawal_said_of_a_place_holds_from_its_heading(name):
    _placed_verdicts(report(PLACED[name]).results)


@pytest.mark.parametrize("name", sorted(PLACED_LATEX))
def test_a_withdrawal_said_of_the_appendix_holds_from_it_in_latex(name):
    _placed_verdicts(red_team.tex_report(PLACED_LATEX[name]).results)


@pytest.mark.parametrize("name", sorted(UNPLACED))
def test_a_withdrawal_of_a_place_not_read_holds_from_its_sentence(name):
    for result in report(UNPLACED[name]).results[-2:]:
        red_team.assert_held_or_refuted(result)
