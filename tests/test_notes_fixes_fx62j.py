"""Held-out variants of the findings fx62j closed (red team 62a: 01-07, 15-20, 48).

1. A withdrawal said of a named place ("In the appendix we drop (1)") is taken to withdraw nothing only where no
   later line may open that place: any line opening with markup (an HTML tag in any case, an italic or bold run, a
   rule or Setext underline of any length) or a numbered title (A.1, II.) may (retractions._MAY_OPEN_A_PART).
2. A sentence with no maths that points back ("Its law is", "Note that it", "the variable") gives the law it names
   to every name set alone before it (tails.tails_said_after, fail-safe).
3. "They" is read as the list the sentence before opens with only where that sentence is one clause.

Each wrong variant must not be proved; each faithful one must be proved.
"""

from __future__ import annotations

import pytest
import red_team

# -- 1. places a later line may open

_DROPPED = "Let\n\n$$\na := 3 \\tag{1}\n$$\n\nIn the appendix we drop (1).\n\n{}\n\n$$\na + a = 6\n$$\n"

#: Wrong: the line may open the appendix, where a := 3 is dropped and a + a = 6 fails at a = 0.
MAY_OPEN = {
    "html-heading-mixed-case": "<H3>Proofs</h3>",
    "html-rule-self-closed": "<HR/>",
    "underscore-italic": "_Proofs._",
    "lettered-title-b-2": "B.2 Lemma",
    "roman-title-iv": "IV. Proofs",
    "setext-dash-of-two": "Proofs\n--",
    "html-strong-paragraph": "<P><STRONG>Proofs</STRONG></P>",
}

#: Faithful: only prose follows, so the note has no appendix and a := 3 holds at the step.
PROSE_AFTER = {
    "a-sentence": "The sum below is simple.",
    "a-sentence-with-maths": "Then $a$ is three here too.",
}


@pytest.mark.parametrize("name", sorted(MAY_OPEN))
def test_a_line_that_may_open_the_place_keeps_the_withdrawal(name):
    red_team.assert_held_or_refuted(red_team.last(_DROPPED.replace("{}", MAY_OPEN[name])))


@pytest.mark.parametrize("name", sorted(PROSE_AFTER))
def test_prose_after_opens_no_place(name):
    red_team.assert_proved(red_team.last(_DROPPED.replace("{}", PROSE_AFTER[name])))


# -- 2. a heavy law said by a pointing word

_MEANS = "\n\n$$\n\\mathbb{E}_{p(x)}[x] - \\mathbb{E}_{p(x)}[x] = 0\n$$\n"

#: Wrong: x is said Cauchy distributed, so E[x] does not exist.
POINTED_CAUCHY = {
    "its-distribution": "Let $p(x)$ be the density of $x$. Its distribution is Cauchy.",
    "the-density-three-sentences-on": (
        "Let $p(x)$ be the density of $x$. We study it below. It matters. The density is a Cauchy density."
    ),
    "recall-that-the-latter": "Let $p(x)$ be the density of $x$. Recall that the latter is Cauchy distributed.",
    "indeed-this-variable": "Let $p(x)$ be the density of $x$. Indeed, this variable is Cauchy distributed.",
}

#: Faithful: the law pointed at has every moment.
POINTED_GAUSSIAN = {
    "it-is-gaussian": "Let $p(x)$ be the density of $x$. It is Gaussian.",
}


@pytest.mark.parametrize("name", sorted(POINTED_CAUCHY))
def test_a_heavy_law_said_by_a_pointing_word_holds_the_moments(name):
    red_team.assert_held_or_refuted(red_team.last(POINTED_CAUCHY[name] + _MEANS))


@pytest.mark.parametrize("name", sorted(POINTED_GAUSSIAN))
def test_a_light_law_said_by_a_pointing_word_keeps_the_proof(name):
    red_team.assert_proved(red_team.last(POINTED_GAUSSIAN[name] + _MEANS))


# -- 3. "They" after a sentence of more than one clause

_THEY = "\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"

#: Wrong as a proof: the sentence before has a nearer plural subject, so x_0 is not said independent of eps.
ANOTHER_SUBJECT = {
    "semicolon-their-noises": "Here $x_0$ and $y$ are given; their noises are drawn afresh.",
    "while-the-noises": "Here $x_0$ and $y$ are fixed while the noises are redrawn.",
}

#: Right: the list is the one subject.
ONE_SUBJECT = {
    "fixed": "Here $x_0$ and $y$ are fixed.",
}


@pytest.mark.parametrize("name", sorted(ANOTHER_SUBJECT))
def test_they_after_another_plural_subject_is_not_resolved(name):
    note = red_team.DDPM + ANOTHER_SUBJECT[name] + " They are independent of $\\epsilon$." + _THEY
    red_team.assert_held_or_refuted(red_team.last(note))


@pytest.mark.parametrize("name", sorted(ONE_SUBJECT))
def test_they_after_a_plain_list_is_resolved(name):
    note = red_team.DDPM + ONE_SUBJECT[name] + " They are independent of $\\epsilon$." + _THEY
    red_team.assert_proved(red_team.last(note))
