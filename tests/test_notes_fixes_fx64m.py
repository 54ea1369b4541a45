"""Fixes of red team 64c's 06-09, 11-13 and 21: the orders and values said of a name at a letter index "for every $i$" are
said of every index the step writes at once (x_1 < 0 with x_2 < 0, so log(x_1 + x_2) has no value), at an index of
letters and commas too (x_{i,j}), and a value is the two orders it amounts to (x_i = -1); a sentence naming in maths
what may be an index beside a word of omission ("the dependence on $t$ is left implicit", "without $t$") holds a step
writing a name bare and indexed by it, and any word of an index's stem is a word for an index (subíndice, Indizes).
Held-out variants are held; the same notes where the step has a value, or naming another letter, keep their proof."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

#: the index t dropped, so the bare eps is eps_t and E(eps eps_t) = E(eps_t^2) = 1: never proved.
_DROPPED = "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\nE(\\epsilon \\epsilon_t) = 0\n$$\n"

DROPPED_IN_WORDS = (
    "For brevity the dependence on $t$ is kept implicit.",
    "We write $\\epsilon$ without its dependence on $t$.",
    "In what follows $t$ is tacit in all noises.",
    "Il subindice $t$ viene omesso.",
    "Die Subindizes schreiben wir nicht.",
)


@pytest.mark.parametrize("sentence", DROPPED_IN_WORDS)
def test_an_index_dropped_in_words_not_read_holds_a_name_bare_and_indexed(sentence):
    result = red_team.last(_DROPPED.format(sentence))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        # a letter beside a word of omission that is no index of the step's names
        "The dependence on $s$ is left implicit.",
    ],
)
def test_a_sentence_that_drops_no_index_of_the_step_keeps_the_proof(sentence):
    result = red_team.last(_DROPPED.format(sentence))
    assert result.status == PROVED, result.reason


#: what the note says of x_i for every i, then a logarithm of what the step writes at other indices.
_SAID = "{}\n\n$$\n\\log ({}) - \\log ({}) = 0\n$$\n"

WITHOUT_VALUE_AT_OTHER_INDICES = (
    ("Let $y_k \\le -1$ for each $k$.", "y_1 + y_3"),
    ("Let $x_i < 0$ for every $i$.", "2 x_1 + x_2 + x_3"),
    ("Let $a_{m,n} \\le -2$ for all $m, n$.", "a_{2,3}"),
    ("Let $x_i = -3$ for every $i$.", "x_2"),
    ("Let $x_i = 1$ for every $i$.", "x_1 - x_2"),
)


@pytest.mark.parametrize(("sentence", "argument"), WITHOUT_VALUE_AT_OTHER_INDICES)
def test_what_is_said_of_a_name_at_every_index_holds_the_indices_the_step_writes(sentence, argument):
    result = red_team.last(_SAID.format(sentence, argument, argument))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize(
    ("sentence", "argument"),
    [
        ("Let $x_i > 0$ for every $i$.", "x_1 + x_2"),
        ("Let $a_{m,n} \\ge 2$ for all $m, n$.", "a_{2,3}"),
        ("Let $x_i = 2$ for every $i$.", "x_1"),
    ],
)
def test_what_gives_the_step_a_value_at_every_index_keeps_the_proof(sentence, argument):
    result = red_team.last(_SAID.format(sentence, argument, argument))
    assert result.status == PROVED, result.reason
