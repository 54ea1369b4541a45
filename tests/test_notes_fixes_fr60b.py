"""Held-out variants of red team 60r's findings on negations, scopes and steps named in words (16-26, 28-30, 48-51,
55-60, 63-65): a definition a sentence denies in another person, tense or spelling of its language is held (a is
any number, so a + a = 6 is not proved); a phrase that only looks like a negation ("not only", "without doubt",
the letter nu, Portuguese "sem perder generalidade") keeps the proof; a definition scoped to a display, a remark or
an example environment, or set for some steps only named in words, does not reach a step outside them.  Each
held-out variant is checked against a faithful twin (the same note, the definition said plainly), which proves."""

from __future__ import annotations

import unicodedata

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.indices import steps_in_words
from diffproof.notecheck.statements.sentences import _NEGATED

_NOTE = "{sentence}\n\n$$\na + a = 6\n$$\n"
_AT_40 = "{sentence}\n\n$$\na + a = 6 \\quad (t = 40)\n$$\n"
_TWO_ON = "{sentence}\n\n$$\nb + b = 2 b\n$$\n\n$$\nc + c = 2 c\n$$\n\n$$\na + a = 6\n$$\n"

#: A definition denied in words the tables did not read: another person, tense, mood or spelling of a negation.
DENIED = [
    "Δε θα θέσουμε $a := 3$· το $a$ είναι αυθαίρετο.",  # Greek: we will not set
    "Δε δίνουμε $a := 3$· το $a$ είναι αυθαίρετο.",  # Greek: we do not give
    "Να μη θεωρήσουμε $a := 3$· το $a$ είναι αυθαίρετο.",  # Greek: let us not consider
    "Nemusí platit $a := 3$; $a$ je libovolné.",  # Czech: need not hold
    "Nebude platit $a := 3$; $a$ je libovolné.",  # Czech: will not hold
    "$a := 3$ almadık; $a$ keyfidir.",  # Turkish past, first person plural
    "$a := 3$ kullanmayacağız; $a$ keyfidir.",  # Turkish future
    "$a := 3$ koymayız; $a$ keyfidir.",  # Turkish aorist
    "N-avem $a := 3$; $a$ este arbitrar.",  # Romanian: we do not have
    "N-o să punem $a := 3$; $a$ este arbitrar.",  # Romanian: we will not put
    "Ne tegyük fel, hogy $a := 3$; $a$ tetszőleges.",  # Hungarian: let us not assume
    "Ne használjuk $a := 3$-at; $a$ tetszőleges.",  # Hungarian: let us not use
    "$a := 3$ tak kami gunakan; $a$ sembarang.",  # Indonesian: we do not use
    "$a := 3$ tidak kita pakai; $a$ sembarang.",  # Indonesian: we do not use
    "Neither $a := 3$ nor $b := 4$ is assumed; both are arbitrary.",
    "We assume neither $a := 3$ nor $b := 4$.",
    unicodedata.normalize("NFD", "Chúng ta không đặt $a := 3$; $a$ tùy ý."),  # Vietnamese, decomposed
    unicodedata.normalize("NFD", "Δεν θέτουμε $a := 3$· το $a$ είναι αυθαίρετο."),  # Greek, decomposed
]


@pytest.mark.parametrize("sentence", DENIED)
def test_a_definition_denied_in_other_words_is_not_used(sentence):
    """a := 3 is denied, so a is any number and a + a = 6 fails at a = 0: never proved."""
    found = red_team.last(_NOTE.format(sentence=sentence))
    assert found.status in {UNDECIDED, REFUTED}, found.reason


#: Phrases that look like a negation and assert: the definition is set, so the step is proved.
ASSERTED = [
    "Not only do we let $a := 3$, we also let $b := 4$.",
    "Not just that: let $a := 3$.",
    "Without any doubt, $a := 3$.",
    "Without further ado, let $a := 3$.",
    "With nu degrees of freedom, let $a := 3$.",
    "Where nu denotes the degrees of freedom, let $a := 3$.",
    "Sem dúvida, seja $a := 3$.",  # Portuguese: without doubt
    "Sem perda de generalidade, seja $a := 3$.",
    "Sin duda, sea $a := 3$.",  # Spanish: without doubt
    "Senza dubbio, sia $a := 3$.",  # Italian: without doubt
    "Η δε σταθερά είναι $a := 3$.",  # Greek: δε after an article is "and, whereas", no negation
    "Fie $a := 3$, o funcție nelineară.",  # Romanian, a Czech-looking ne- word: no negation
]


@pytest.mark.parametrize("sentence", ASSERTED)
def test_a_phrase_that_only_looks_like_a_negation_keeps_the_proof(sentence):
    """a := 3 is set, so a + a = 6 holds: proved."""
    found = red_team.last(_NOTE.format(sentence=sentence))
    assert found.status == PROVED, found.reason


@pytest.mark.parametrize(
    "words",
    [
        "an n-dimensional space",
        "the n-ary product",
        "i valori intermedi",  # Italian "the intermediate values", not Turkish -medi
        "a nomadic walk",
        "immediately after",
        "ne segue che",  # Italian "it follows from it that"
        "să ne amintim",  # Romanian "let us recall"
        "nelineární rovnice",  # Czech "nonlinear equation"
        "nenulová hodnota",  # Czech "nonzero value"
        "tak dobrane",  # Polish "so chosen"
        "μη αρνητικός",  # Greek "non-negative"
        "η δε συνάρτηση",  # Greek "whereas the function"
        "without loss of generality",
        "not only but also",
    ],
)
def test_homographs_of_the_new_negations_are_not_negations(words):
    """The new words are read in their own language's context only: these are no negation."""
    assert _NEGATED.search(words) is None, _NEGATED.search(words)


@pytest.mark.parametrize(
    "sentence",
    [
        "Through the first ten steps, let $a := 3$.",
        "Up until step ten, let $a := 3$.",
        "Throughout the first ten iterations, let $a := 3$.",
        "Before the twentieth step, let $a := 3$.",
        "Until the seventh iteration, let $a := 3$.",
        "The first ten iterations take $a := 3$.",
        "During warm-up, i.e. the first ten steps, let $a := 3$.",
        "In the burn-in period (the first ten iterations), let $a := 3$.",
        "For the first ten iters only, let $a := 3$.",
        "Während der ersten zehn Iterationen sei $a := 3$.",
        "Durant les dix premières itérations, soit $a := 3$.",
        "Lors des trois premières étapes, soit $a := 3$.",
    ],
)
def test_a_definition_for_some_steps_named_in_words_does_not_reach_step_40(sentence):
    """a := 3 holds at the steps named only; at t = 40 a is any number (a = 0 fails): never proved."""
    found = red_team.last(_AT_40.format(sentence=sentence))
    assert found.status in {UNDECIDED, REFUTED}, found.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The next step is to set $a := 3$.",
        "Then, the next step sets $a := 3$.",
        "By the first step, $a := 3$.",
        "The first steps of the proof set $a := 3$.",
    ],
)
def test_a_step_of_the_argument_is_no_case_of_the_index(sentence):
    """A step of the argument, not of the process: the sentence sets a := 3 for the note, so a + a = 6 is proved."""
    assert not steps_in_words(sentence)
    found = red_team.last(_AT_40.format(sentence=sentence))
    assert found.status == PROVED, found.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "In the following equation, take $a := 3$.",
        "For the display right below, let $a := 3$.",
        "Let $a := 3$ temporarily, until the next display.",
        "Within this exercise, let $a := 3$.",
        "Within the present lemma, let $a := 3$.",
    ],
)
def test_a_definition_scoped_to_a_display_or_a_statement_does_not_reach_two_displays_on(sentence):
    """a := 3 holds in the piece of text named only; two displays on, a is any number (a = 0 fails): never proved."""
    found = red_team.last(_TWO_ON.format(sentence=sentence))
    assert found.status in {UNDECIDED, REFUTED}, found.reason


@pytest.mark.parametrize("sentence", ["Let $a := 3$.", "Let $a := 3$, a locally constant choice."])
def test_a_plain_definition_still_reaches_two_displays_on(sentence):
    """The faithful twin: said for the note, a := 3 holds at the last display and a + a = 6 is proved."""
    found = red_team.last(_TWO_ON.format(sentence=sentence))
    assert found.status == PROVED, found.reason


_TEX = (
    "\\documentclass{{article}}\n\\newtheorem{{{name}}}{{{title}}}\n\\begin{{document}}\n\\begin{{{name}}}\n"
    "Let $a := 3$.\n\\end{{{name}}}\n\\begin{{equation}}\na + a = 6\n\\end{{equation}}\n\\end{{document}}\n"
)


@pytest.mark.parametrize(
    ("name", "title"), [("remark", "Remark"), ("exm", "Example"), ("exercise", "Exercise"), ("lemma", "Lemma")]
)
def test_a_definition_inside_a_theorem_like_environment_does_not_reach_past_it(name, title):
    """a := 3 is set inside the environment only; after it a is any number (a = 0 fails): never proved."""
    found = red_team.tex_report(_TEX.format(name=name, title=title)).results[-1]
    assert found.status in {UNDECIDED, REFUTED}, found.reason


@pytest.mark.parametrize(
    ("name", "title"), [("definition", "Definition"), ("notation", "Notation"), ("ass", "Assumption")]
)
def test_a_definition_in_a_standing_environment_holds_after_it(name, title):
    """A definition, a notation or an assumption stands for the rest of the note: a + a = 6 is proved."""
    found = red_team.tex_report(_TEX.format(name=name, title=title)).results[-1]
    assert found.status == PROVED, found.reason
