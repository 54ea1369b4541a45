"""Held-out variants of red team 59a's finding 40 (an index dropped): once a note says it drops an index ("We drop
the index $t$ from now on"), a bare name and the same name with an index may be one name, so a step that writes
both (itself or through the note's definitions) is held, proved or refuted
(:mod:`diffproof.notecheck.statements.dropped_indices`).  Authors say so in many words: "Drop the time subscript if
the value function agents face are the same" and "you would not drop the time subscript"
(https://economics.stackexchange.com/questions/51938/why-should-time-subscript-notation-be-avoided-in-bellman-equations);
the phrasings below are the common ones of papers and lecture notes ("we omit the subscript", "suppressing the time
index", "for brevity we write $\\epsilon$ for $\\epsilon_t$", "where no confusion arises we drop $t$")."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.dropped_indices import bare_beside_indexed

_NOISE = (
    "<!-- diffproof: context ddpm -->\n\n$$\nx_0 := 2\\epsilon_t\n$$\n\n{sentence}\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"
)
_PLAIN = "{sentence}\n\n$$\n2 {name} + {name}_t = {name} + 2 {name}_t\n$$\n"

DROPPING = [
    "We drop the index $t$ from now on.",
    "From here on we omit the subscript.",
    "Suppressing the time index, we continue.",
    "For brevity we write $\\epsilon$ for $\\epsilon_t$.",
    "Where no confusion arises we drop $t$.",
    "The subscript $t$ is dropped below.",
    "We leave out the indices to lighten notation.",
]


@pytest.mark.parametrize("sentence", DROPPING)
def test_a_noise_beside_its_indexed_self_is_not_proved_once_the_index_is_dropped(sentence):
    """eps stands for eps_t: x_0 = 2 eps and E(x_0 eps) = 2 E(eps^2) = 2, not 0 (proved when read as two noises)."""
    found = red_team.last(_NOISE.format(sentence=sentence))
    assert found.status == UNDECIDED, found.reason  # "we write eps for eps_t" is held before: it ties the noises
    assert "drops an index" in found.reason or "does not model" in found.reason, found.reason


@pytest.mark.parametrize("name", ["x", "z", "\\beta"])
@pytest.mark.parametrize("sentence", DROPPING[:3] + DROPPING[4:])
def test_a_bare_name_equal_to_its_indexed_self_is_not_refuted_once_the_index_is_dropped(name, sentence):
    """x stands for x_t: 2x + x_t = x + 2x_t holds, refuted when read as two names (a false alarm otherwise)."""
    found = red_team.last(_PLAIN.format(name=name, sentence=sentence))
    assert found.status == UNDECIDED and "drops an index" in found.reason, found.reason


@pytest.mark.parametrize("name", ["x", "z", "\\beta"])
def test_without_the_sentence_the_plain_variant_is_refuted(name):
    """The variants' steps are judged at all: with no index dropped, x and x_t are two names and 2x + x_t = x + 2x_t is false."""
    assert red_team.last(_PLAIN.format(name=name, sentence="Nothing more.")).status == REFUTED


def test_a_note_that_keeps_the_index_keeps_its_proof():
    """'We do not drop the index': eps and eps_t are two noises, as the kernel reads them."""
    found = red_team.last(_NOISE.format(sentence="We do not drop the index $t$ here."))
    assert found.status == PROVED, found.reason


@pytest.mark.parametrize("sentence", DROPPING)
def test_bare_names_alone_keep_their_proofs(sentence):
    """A step of bare names none of whose indexed variants it writes, itself or through a definition, is judged."""
    found = red_team.last(f"{sentence}\n\n$$\n(x + 1)^2 = x^2 + 2 x + 1\n$$\n")
    assert found.status == PROVED, found.reason


def test_bare_beside_indexed():
    assert bare_beside_indexed({("epsilon", "", ""), ("epsilon", "", "t")}) == "epsilon, epsilon_t"
    assert bare_beside_indexed({("epsilon", "", ""), ("x", "", "t")}) == ""


def test_a_condition_dropped_is_no_index_dropped():
    """'We drop $\\mid x_0$' (the corpus's tiny-diffusion readme) drops a condition, not an index: x and x_t stay
    two names, and 2x + x_t = x + 2x_t is refuted as before."""
    found = red_team.last(_PLAIN.format(name="x", sentence="For brevity I will drop the notation $\\mid x_0$."))
    assert found.status == REFUTED, found.reason
