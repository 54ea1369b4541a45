"""What a note states beyond its definitions reaches a declared noise's independence (session 44): a stated law of a
variable given the noise, a relation or a condition writing both, a sentence saying one is (made from) the other --
read by :mod:`diffproof.notecheck.statements.noise_ties` and weighed by :func:`diffproof.notecheck.contexts.linked`.

It was written to bring IndependentNoises (Fubini over a joint law of x_0 and a noise) back fail-safe; the rule
stays withdrawn (a constant of x_0's law said in words to be the noise, x_0 ~ N(m, 1) with "the mean m equals eps",
is not followed), so the held-out wrong notes (``ind44-wrong-*``: red team 43b's ties in other wordings, ja and zh,
a law of x_0 given the noise as a density or after a bar, a renamed noise, a z noise, two noises, maths not read,
words right after the display, two names listed then said equal) guard it for when it returns.
"""

from __future__ import annotations

import pytest
import red_team

from derivations import Definition
from diffproof.notecheck import PROVED
from diffproof.notecheck.contexts import NONE, Ties, linked
from diffproof.notecheck.statements.noise_ties import said_ties
from diffproof.notecheck.vocabulary import NoteVocabulary
from diffproof.notes import read_notes

NOTES = red_team.NOTES
WRONG = sorted(path.stem for path in NOTES.glob("ind44-wrong-*.md"))


def test_the_notes_are_all_there():
    assert len(WRONG) == 16


@pytest.mark.parametrize("name", WRONG)
def test_a_noise_the_note_ties_to_the_variable_beside_it_is_not_factored_out(name):
    result = red_team.judged(name)
    assert result.status != PROVED, result.reason


X0, XT, EPS, IOTA = ("x", "", "0"), ("x", "", "t"), ("epsilon", "", ""), ("I", "", "")


def _ties(sentence: str) -> Ties:
    (only,) = [ties for _, ties in said_ties(read_notes(sentence + "\n", markdown=True))]
    return only


#: Sentences: (the sentence, whether it ties x_0 and eps).
SENTENCES = {
    "listed": (r"Here $x_0 \sim q(x_0)$ and $\epsilon \sim \mathcal{N}(0, I)$.", False),
    "listed after where": (r"Let $x_t = a x_0 + b \epsilon$, where $x_0$ is data.", False),
    "said apart": (r"The data $x_0$ is drawn independently of $\epsilon$.", False),
    "listed, then said apart": (r"Here $x_0$ and $\epsilon$ are independent.", False),
    "listed, then said equal": (r"Let $x_0$ and $\epsilon$ be equal.", True),
    "apart denied": (r"The data $x_0$ is not drawn independently of $\epsilon$.", True),
    "said equal": (r"Here $x_0$ equals $\epsilon$.", True),
    "made from": (r"The state $x_0$ is made from the noise $\epsilon$.", True),
    "a relation in one maths": (r"Suppose $x_0 + \epsilon = 0$.", True),
}


@pytest.mark.parametrize("name", SENTENCES)
def test_a_sentence_ties_two_maths_unless_it_lists_them_or_says_they_are_apart(name):
    sentence, tied = SENTENCES[name]
    ties = _ties(sentence)
    assert (frozenset((X0, EPS)) in ties.tied or (X0, EPS) in ties.drawn) is tied


def test_a_definition_in_a_sentence_draws_its_name_from_its_inputs_and_ties_them_to_nothing():
    ties = _ties(r"Here $x_t = \sqrt{\bar\alpha_t} x_0 + \sqrt{1 - \bar\alpha_t} \epsilon$.")
    assert {(XT, X0), (XT, EPS)} <= ties.drawn and not ties.tied and (X0, EPS) not in ties.drawn


def test_a_standard_normal_draws_its_variables_apart_and_an_expression_alone_states_nothing():
    law = _ties(r"Let $\epsilon_1, \epsilon_2 \sim \mathcal{N}(0, I)$ be noises.")
    assert law.drawn == {(("epsilon", "", "1"), IOTA), (("epsilon", "", "2"), IOTA)}
    assert _ties(r"The sum $x_0 + \epsilon$ appears.") == NONE


def _vocabulary(*keys):
    vocabulary = NoteVocabulary()
    return vocabulary, [vocabulary.symbol(key) for key in keys]


def test_linked_follows_definitions_and_laws_but_not_through_a_definition_s_inputs_or_a_constant():
    vocabulary, (x0, xt, eps, eta) = _vocabulary(X0, XT, EPS, ("eta", "", ""))
    made = {xt: Definition(xt, x0 + eps, "x_t"), eta: Definition(eta, eps, "eta")}
    assert not linked(vocabulary, x0, eps, made)  # x_t := x_0 + eps leaves x_0 and eps apart
    assert linked(vocabulary, x0, eps, made, Ties(drawn=frozenset({(X0, ("eta", "", ""))})))  # x_0 ~ N(eta, 1)
    both = Ties(drawn=frozenset({(X0, IOTA), (EPS, IOTA)}), tied=frozenset({frozenset((IOTA, XT))}))
    assert not linked(vocabulary, x0, eps, {}, both)  # both drawn with the constant I: a number, no path
    assert linked(vocabulary, x0, eps, {}, Ties(tied=frozenset({frozenset((X0, EPS))})))
