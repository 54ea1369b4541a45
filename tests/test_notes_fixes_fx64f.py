"""Fixes of red team 63r's 07 and 10-13: an order said of a name whose index is a letter ("Let $x_i \\in (-2, -1)$
for every $i$") is said of the same name at every index the step writes (log x_1 has no value there: held), and a
sentence that speaks of an index it names in words no table reads ("the index $t$ is understood") may drop it (a step
writing a name bare and indexed is held), and so may one naming none ("Wir unterdrücken den Index.") for the display
its paragraph leads into.  Held-out variants (other words, languages, letters) are held; the same
notes with a sign that gives the step a value, or keeping the index, or naming none, keep their proof."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED

#: the index t dropped, so the bare eps is eps_t and E(eps eps_t) = E(eps_t^2) = 1: never proved.
_DROPPED = "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\nE(\\epsilon \\epsilon_{})= 0\n$$\n"

SPOKEN_OF = (
    ("The subscript $t$ is tacit from here on.", "t"),
    ("The index t is understood throughout.", "t"),
    ("Im Folgenden bleibt der Index $t$ stillschweigend.", "t"),
    ("A partir de ahora el índice $t$ queda implícito.", "t"),
    ("L'indice $t$ va de soi dans la suite.", "t"),
    ("이하 첨자 $t$는 표기하지 않는다.", "t"),
    ("下标 $t$ 默认不写。", "t"),
    ("Il pedice $\\tau$ resta sottinteso nel seguito.", "\\tau"),
    # another letter: the bare eps may be eps_s, and s may be t
    ("The index $s$ is understood throughout.", "t"),
    # no index named: said for the display the sentence leads into
    ("Der Einfachheit halber unterdrücken wir den Index.", "t"),
    ("편의상 첨자는 쓰지 않는다.", "t"),
    ("The subscript is understood from here on.", "t"),
)


@pytest.mark.parametrize(("sentence", "index"), SPOKEN_OF)
def test_an_index_spoken_of_in_words_not_read_holds_a_name_bare_and_indexed(sentence, index):
    result = red_team.last(_DROPPED.replace("{}", sentence, 1).replace("{}", "{" + index + "}"))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "We keep the index $t$ throughout.",
        "Conservamos el índice $t$ en todo el texto.",
        "Here $\\epsilon$ and $\\epsilon_t$ are independent standard normals.",
        # a word for the index naming none, in a paragraph that leads into no display
        "The time index runs over the steps of the chain.\n\nHere $\\epsilon$ and $\\epsilon_t$ are independent.",
    ],
)
def test_a_sentence_that_names_no_index_dropped_keeps_the_proof(sentence):
    result = red_team.last(_DROPPED.replace("{}", sentence, 1).replace("{}", "{t}"))
    assert result.status == PROVED, result.reason


def test_an_index_spoken_of_holds_no_step_without_a_name_bare_and_indexed():
    text = (
        "<!-- diffproof: context ddpm -->\n\nThe index $t$ is understood throughout.\n\n$$\nE(\\epsilon_t^2) = 1\n$$\n"
    )
    result = red_team.last(text)
    assert result.status == PROVED, result.reason


#: an order said of x_i for every i, then log x_k - log x_k = 0: no value where the order makes x_k negative.
_ORDERED = "{}\n\n$$\n\\log {} - \\log {} = 0\n$$\n"

NEGATIVE_AT_EVERY_INDEX = (
    ("Let $x_t \\le -1$ for all $t$.", "x_3"),
    ("Für jedes $i$ sei $x_i < 0$.", "x_2"),
    ("Let $y_k \\in [-3, -1]$ for each $k$.", "y_1"),
    ("Let $x_i < 0$.", "x_1"),
)


@pytest.mark.parametrize(("sentence", "name"), NEGATIVE_AT_EVERY_INDEX)
def test_an_order_of_a_name_at_a_letter_index_holds_the_name_at_another(sentence, name):
    result = red_team.last(_ORDERED.format(sentence, name, name))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Let $x_i > 0$ for every $i$.", "x_1"),
        ("Let $x_i \\in (1, 2)$ for every $i$.", "x_1"),
        ("Let $x_i \\in (-2, -1)$ for every $i$.", "y_1"),
    ],
)
def test_an_order_that_gives_the_step_a_value_keeps_the_proof(sentence, name):
    result = red_team.last(_ORDERED.format(sentence, name, name))
    assert result.status == PROVED, result.reason
