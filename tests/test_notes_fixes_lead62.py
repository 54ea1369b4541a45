"""Lead fixes of red team 62r's word findings (39-55): an index dropped, an equation said wrong, equations called
congruences, in words the reader did not know.  Held-out variants (other sentences, other forms of the words) are
held; the same notes saying the equation right, or keeping the index, keep their proof."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

#: a := 3 tagged (1), a sentence about (1), then a + a = 6: right while (1) stands, wrong (a = 0) once it is withdrawn.
_TAGGED = "Let\n\n$$\na := 3 \\tag{1}\n$$\n\n{}\n\n$$\na + a = 6\n$$\n"

SAID_WRONG = (
    "Vztah (1) je nesprávný.",
    "Denklem (1) hatalıdır.",
    "Formel (1) er feil.",
    "Ligningen (1) er ugyldig.",
    "Ο τύπος (1) είναι εσφαλμένος.",
    "Formule (1) klopt niet.",
    "Kaava (1) on virheellinen.",
    "Equation (1) is outdated.",
    "(1) is superseded by what follows.",
    "Equation (1) contains a mistake.",
    "Equation (1) contains two misprints.",
    "Equation (1) has a few serious errors.",
    "Ligningen (1) er feilaktig.",
    "Yhtälö (1) ei pidä paikkaansa.",
    "Ο τύπος (1) δεν ισχύει.",
    "Formule (1) is niet correct.",
    "Vztah (1) neplatí.",
)
SAID_RIGHT = (
    "Vztah (1) je správný.",
    "Denklem (1) doğrudur.",
    "Ligning (1) er korrekt.",
    "Formule (1) klopt.",
    "Equation (1) contains an error term we bound below.",
    "Equation (1) has no errors.",
    "Vztah (1) platí.",
    "Ο τύπος (1) ισχύει.",
)


@pytest.mark.parametrize("sentence", SAID_WRONG)
def test_an_equation_said_wrong_is_withdrawn(sentence):
    result = red_team.last(_TAGGED.replace("{}", sentence))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize("sentence", SAID_RIGHT)
def test_an_equation_said_right_stays(sentence):
    result = red_team.last(_TAGGED.replace("{}", sentence))
    assert result.status == PROVED, result.reason


#: the index t dropped, so the bare eps is eps_t and E(eps eps_t) = E(eps_t^2) = 1: never proved.
_DROPPED = "<!-- diffproof: context ddpm -->\n\n{}\n\n$$\nE(\\epsilon \\epsilon_t) = 0\n$$\n"

DROPPING = (
    "Por simplicidade, suprimimos o índice $t$ a partir daqui.",
    "Index $t$ dále vynecháme.",
    "Vi udelader indekset $t$.",
    "Im Folgenden wird der Index $t$ nicht mehr geschrieben.",
    "Dans la suite, on n’écrit pas l’indice $t$.",
    "D'ora in poi non indichiamo l'indice $t$.",
    "En adelante no escribimos el índice $t$.",
    "Daqui em diante não escrevemos o índice $t$.",
    "A partir de aquí no se escribe el índice $t$.",
    "L'indice $t$ ne sera plus écrit.",
    "D'ora in poi l'indice $t$ è sottinteso.",
    "Den Index $t$ lassen wir im Folgenden weg.",
)


@pytest.mark.parametrize("sentence", DROPPING)
def test_an_index_dropped_holds_a_step_writing_a_name_bare_and_indexed(sentence):
    result = red_team.last(_DROPPED.format(sentence))
    assert result.status != PROVED and not result.internal, result.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Here $\\epsilon$ and $\\epsilon_t$ are independent standard normals.",
        "Manteniamo l'indice $t$.",
        "Wir behalten den Index $t$ bei.",
    ],
)
def test_a_sentence_that_drops_nothing_keeps_the_proof(sentence):
    result = red_team.last(_DROPPED.format(sentence))
    assert result.status == PROVED, result.reason


#: 2 + 2 = 1 is false among the reals and true modulo 3: a note that calls its equations congruences is held.
CONGRUENCES = (
    "Every equation below is a congruence with respect to $3$.",
    "Alle Gleichungen sind kongruent bezüglich $3$.",
    "Todas las igualdades son congruencias respecto de $3$.",
)


@pytest.mark.parametrize("sentence", CONGRUENCES)
def test_equations_called_congruences_are_not_refuted_among_the_reals(sentence):
    result = red_team.last(f"{sentence}\n\n$$\n2 + 2 = 1\n$$\n")
    assert result.status != REFUTED and not result.internal, result.reason


def test_the_same_equation_with_no_congruence_said_is_refuted():
    assert red_team.last("Here is a slip.\n\n$$\n2 + 2 = 1\n$$\n").status == REFUTED


#: x_0 and eps said independent (DDPM's context); an equation in a sentence that defines a function of x_0 on one side
#: says what the function is, not that x_0 is a transformation of anything: E(x_0 eps) = 0 stays proved (fx62a's ties
#: of random names lost zh-diffusion-study-notes 273 to "f(x_{1:T}) = \ln p_\theta(x_0 | x_1)").  An equation that
#: ties x_0 to other names without defining it still holds the step.
_INDEPENDENT = "<!-- diffproof: context ddpm -->\n\nHere $x_0$ and $\\epsilon$ are independent. {}\n\n$$\nE(x_0 \\epsilon) = 0\n$$\n"


@pytest.mark.parametrize("sentence", ["We write $f(x_0) = 2 x_0$.", "Let $f(x_0) = \\log p(x_0)$."])
def test_an_equation_defining_a_function_ties_no_random_names(sentence):
    result = red_team.last(_INDEPENDENT.format(sentence))
    assert result.status == PROVED, result.reason


def test_an_equation_tying_random_names_still_holds():
    result = red_team.last(_INDEPENDENT.format("Let $g_2 x_0 = \\epsilon$."))
    assert result.status != PROVED and not result.internal, result.reason
