"""rt66a's and rt66b's findings on cases said in words (fx68a), with held-out variants and guards.

1. A definition said for a case after it (hedges._case_named_after) is read as a case, so it holds in no step,
   where the case is a value in maths ("for $y = 2$"), a membership in the naturals or the integers (only the
   real or complex space names every point), after "at", "in", "within", "throughout" (and French, German,
   Spanish, Italian prepositions), a sign or size word of those languages ("positivo", "assez grand"), an order in
   words ending in any number word ("above ten"), or a size in words of a step index's letter ("for $n$ large
   enough": the index cases read orders and values in maths only).
2. A display claimed only in a case said in words (lead_ins.case_in_words) holds a refutation where the case is
   some steps named by their order ("For the first step", indices.steps_in_words), a name's value or order in words
   after a case word ("When $t$ equals one"), an inverted supposition ("Had there been", "Should the chain have")
   or a property of a name after an article ("For a symmetric matrix $A$,"): none is read, and the counterexample
   may lie outside the case.

Each group of variants is one note, judged once (red_team.report caches it).
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED

_STEP = "$$\n\\frac{{6}}{{{0} - 1}} = 3\n$$\n\n"
#: Letters for one definition each, none a step index, constant or law.
_LETTERS = "abcgmruvw"


def _definitions(cases: list[str]) -> str:
    """A note letting one letter := 3 in each case of ``cases``, each followed by 6/(letter - 1) = 3."""
    return "".join(f"We let ${x} := 3$ {case}\n\n" + _STEP.format(x) for x, case in zip(_LETTERS, cases, strict=False))


#: Definitions said for a case only (held-out wordings, letters and languages): 6/(a - 1) = 3 is then not proved.
_IN_A_CASE = [
    "for $k$ sufficiently large.",
    "pour $n$ assez grand.",
    "for $y = 2$.",
    "in the region $y > 0$.",
    "throughout the half-line $y \\ge 0$.",
    "per $y$ positivo.",
    "für $y$ negativ.",
    "for $y \\in \\mathbb{Z}$.",
    "for $y$ above ten.",
]
#: Definitions said for every case (a whole space, a quantifier, a place in the text): still proved.
_EVERYWHERE = [
    "for $z \\in \\mathbb{R}$.",
    "for all $n$, however large.",
    "in what follows.",
    "throughout.",
    "for $t = 1, \\ldots, T$.",
    "in every section below.",
    "for $z \\in \\mathbb{C}^d$.",
]


@pytest.mark.parametrize("index", range(len(_IN_A_CASE)), ids=_IN_A_CASE)
def test_a_definition_said_for_a_case_after_it_proves_nothing(index):
    result = red_team.report(_definitions(_IN_A_CASE)).results[index]
    assert result.status != PROVED, result.reason


@pytest.mark.parametrize("index", range(len(_EVERYWHERE)), ids=_EVERYWHERE)
def test_a_definition_said_for_every_case_keeps_its_proof(index):
    result = red_team.report(_definitions(_EVERYWHERE)).results[index]
    assert result.status == PROVED, result.reason


_CONTEXT = "<!-- diffproof: context ddpm -->\n\n"
_ONE_FACTOR = "$$\n\\bar\\alpha_t = \\alpha_t\n$$\n\n"
#: abar_t = alpha_t, right at t = 1 only, claimed in a case said in words: never refuted.
_AT_THE_FIRST_STEP = [
    "In the first step of the chain, the product has one factor:",
    "At the initial time step, the product has one factor:",
    "When $t$ is one,",
    "Once $t$ is one, the product has one factor:",
    "For $t$ set to one,",
    "With $t$ at most one,",
]
#: The same step claimed at every step or in words naming no case: still refuted.
_AT_EVERY_STEP = ["At each step,", "We had to expand the product:", "In this step we have", "For $t$ in the chain,"]


def _displays(lead_ins: list[str]) -> str:
    return _CONTEXT + "".join(f"{lead_in}\n\n{_ONE_FACTOR}" for lead_in in lead_ins)


@pytest.mark.parametrize("index", range(len(_AT_THE_FIRST_STEP)), ids=_AT_THE_FIRST_STEP)
def test_a_step_claimed_at_a_step_said_in_words_is_not_refuted(index):
    result = red_team.report(_displays(_AT_THE_FIRST_STEP)).results[index]
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("index", range(len(_AT_EVERY_STEP)), ids=_AT_EVERY_STEP)
def test_a_step_claimed_at_every_step_stays_refuted(index):
    result = red_team.report(_displays(_AT_EVERY_STEP)).results[index]
    assert result.status == REFUTED, result.reason


@pytest.mark.parametrize(
    "lead_in",
    ["Had the chain had a single step, the product would have one factor:", "Should the chain have one step, then"],
)
def test_an_inverted_supposition_holds_a_refutation(lead_in):
    result = red_team.last(f"{_CONTEXT}{lead_in}\n\n$$\n\\bar\\alpha_T = \\alpha_T\n$$\n")
    assert result.status != REFUTED, result.reason


_SYMMETRIC = "$$\n{0}_{{12}} {0}_{{21}} + {0}_{{12}}^2 = 2 {0}_{{12}} {0}_{{21}}\n$$\n\n"
#: A step true for symmetric matrices, claimed for one (held-out languages and properties): never refuted.
_PROPERTY = {
    "B": "Pour une matrice symétrique $B$,",
    "G": "Für eine symmetrische Matrix $G$,",
    "Q": "For an orthogonal symmetric matrix $Q$,",
}
#: The same step claimed of a matrix with no property: still refuted.
_NO_PROPERTY = {"A": "For a matrix $A$,", "C": "For any matrix $C$,", "F": "Given a random matrix $F$,"}


def _matrices(said: dict[str, str]) -> str:
    return "".join(f"{lead_in}\n\n" + _SYMMETRIC.format(name) for name, lead_in in said.items())


@pytest.mark.parametrize("index", range(len(_PROPERTY)), ids=list(_PROPERTY))
def test_a_step_claimed_for_a_property_is_not_refuted(index):
    result = red_team.report(_matrices(_PROPERTY)).results[index]
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("index", range(len(_NO_PROPERTY)), ids=list(_NO_PROPERTY))
def test_a_step_claimed_for_any_matrix_stays_refuted(index):
    result = red_team.report(_matrices(_NO_PROPERTY)).results[index]
    assert result.status == REFUTED, result.reason
