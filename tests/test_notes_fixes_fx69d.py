"""fx69d's fixes of red team 69b's cases not read (tests/test_notes_redteam_69b.py, findings 07-19 and 29-31).

- hedges: a definition said for a case in words it does not read precisely (a word qualifying the name, "for odd
  $z$", "voor positieve $z$"; words after it in its clause, "for $z$ other than $0$", "pour $z$ supérieur à zéro";
  a neighbourhood, "near $z = 0$"; an order in maths of any relation, "for $z \\gg 1$", "as $z \\to \\infty$") is a
  case, held outside it, never a definition everywhere; a quantifier over every value, a word that leaves the name
  general or a noun of what it stands for ("for every $z$", "for all real $z$", "for every step $t$") names none.
- lead_ins: a right display claimed for a property said in words ("For a real symmetric matrix $A$", "Let $A$ be a
  symmetric matrix.", "When $A$ is symmetric"), a chain's length in words ("With a single step") or no noise
  ("Without noise") is not refuted outside it; a property every counterexample meets ("a real matrix", "a square
  matrix", "all matrices") or a count that is no case ("many steps", "In one step") keeps the refutation.

Each group of variants is one note (one judging call), each variant its own definition and step.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: A step that holds where a = 3 and fails where a is free (a = 0: 6/(-1) = -6).
_FRACTION = "\n\n$$\n\\frac{6}{@ - 1} = 3\n$$\n"


def _defined_apart(sentences: list[str]) -> tuple[str, ...]:
    """The verdicts of a note whose paragraph sets one name a_n per sentence (``@`` in each sentence stands for
    it), then checks 6/(a_n - 1) = 3 of each name in turn."""
    names = [f"a_{{{n}}}" for n in range(1, len(sentences) + 1)]
    paragraph = " ".join(sentence.replace("@", name) for sentence, name in zip(sentences, names))
    text = paragraph + "".join(_FRACTION.replace("@", name) for name in names)
    found = red_team.results(text)
    assert len(found) == len(sentences), [r.step for r in found]
    return tuple(r.status for r in found)


#: Definitions set for a case in words (English, French, German, Spanish, Italian, Dutch): each a case, never proved.
CASES = {
    "qualified before": [
        "Let $@ := 3$ for odd $z$.",
        "Let $@ := 3$ for integer $z$.",
        "Let $@ := 3$ for even $y$.",
        "Let $@ := 3$ for nonzero $x$.",
        "We set $@ := 3$ for all odd $z$.",
        "Zij $@ := 3$ voor positieve $z$.",
        "Zij $@ := 3$ voor negatieve $x$.",
        "Let $@ := 3$ for $z$ odd.",
        "Let $@ := 3$ for $\\epsilon$ Gaussian.",
        "Let $@ := 3$ for any $z$ in the support.",
    ],
    "order in words": [
        "Let $@ := 3$ for $z$ other than $0$.",
        "Let $@ := 3$ for $z$ different from $0$.",
        "Let $@ := 3$ for $z$ not equal to $0$.",
        "Let $@ := 3$ for $z$ beyond one.",
        "Let $@ := 3$ for $z$ in excess of $2$.",
        "Let $@ := 3$ for $z$ up to $2$.",
        "Let $@ := 3$ for $z$ greater than a half.",
        "Let $@ := 3$ for $y$ less than a third.",
        "Let $@ := 3$ for $z$ above a threshold $c$.",
        "Let $@ := 3$ for $x$ below the level $c$.",
    ],
    "order abroad": [
        "Soit $@ := 3$ pour $z$ supérieur à zéro.",
        "Soit $@ := 3$ pour $z$ plus grand que $1$.",
        "Sei $@ := 3$ für $z$ größer als null.",
        "Sea $@ := 3$ para $z$ mayor que cero.",
        "Sea $@ := 3$ para $z$ menor que $0$.",
        "Sia $@ := 3$ per $z$ maggiore di zero.",
        "Zij $@ := 3$ voor $z$ groter dan nul.",
    ],
    "near and in maths": [
        "Let $@ := 3$ near $z = 0$.",
        "Let $@ := 3$ around $z = 0$.",
        "Let $@ := 3$ close to $z = 0$.",
        "Let $@ := 3$ around the origin.",
        "Let $@ := 3$ for $z$ near zero.",
        "Let $@ := 3$ for $z \\gg 1$.",
        "Let $@ := 3$ for $z \\ll 1$.",
        "Let $@ := 3$ for $z \\gtrsim 1$.",
        "Let $@ := 3$ for $z \\geqq 1$.",
        "Let $@ := 3$ for $z \\nleq 0$.",
        "Let $@ := 3$ for $z \\succ 0$.",
        "Let $@ := 3$ for $z \\approx 0$.",
        "Let $@ := 3$ as $z \\to \\infty$.",
        "Let $@ := 3$ in the limit $z \\to 0$.",
    ],
}

#: Definitions said for every value, or with words that name no case: each proved.
EVERYWHERE = [
    "Let $@ := 3$ for every $z$.",
    "Let $@ := 3$ for all $z$.",
    "Let $@ := 3$ for all real $z$.",
    "Let $@ := 3$ for fixed $z$.",
    "Let $@ := 3$ for every step $t$.",
    "Let $@ := 3$ for all $z \\in \\mathbb{R}$.",
    "Let $@ := 3$ for every $z$ in $\\mathbb{R}^d$.",
    "Let $@ := 3$ for the density of $z$.",
    "Let $@ := 3$ for $z$ sampled from $p$.",
    "Let $@ := 3$ for $z$ as above.",
    "Let $@ := 3$ for simplicity.",
    "Let $@ := 3$ in what follows.",
    "Zij $@ := 3$ voor alle $z$.",
    "Let $@ := 3$ at time $t$.",
]


@pytest.mark.parametrize("group", sorted(CASES))
def test_a_definition_for_a_case_in_words_is_held(group):
    assert set(_defined_apart(CASES[group])) <= {UNDECIDED, REFUTED}


def test_a_definition_for_every_value_is_proved():
    assert _defined_apart(EVERYWHERE) == (PROVED,) * len(EVERYWHERE)


#: A right step of a symmetric matrix (A_12 = A_21), refuted at A_12 != A_21.
_SYMMETRIC_STEP = "\n\n$$\nA_{12} A_{21} + A_{12}^2 = 2 A_{12} A_{21}\n$$\n\n"


def _lead_verdicts(lead_ins: list[str], context: str = "", step: str = _SYMMETRIC_STEP) -> tuple[str, ...]:
    """The verdicts of a note of one display per lead-in, each the same ``step``, under ``context``."""
    found = red_team.results(context + "".join(f"{lead}{step}" for lead in lead_ins))
    assert len(found) == len(lead_ins)
    return tuple(r.status for r in found)


#: Lead-ins that claim the symmetric step for a symmetric matrix: held, never refuted.
PROPERTIES = [
    "For a real symmetric matrix $A$,",
    "For a given symmetric matrix $A$,",
    "For a random symmetric matrix $A$,",
    "For a matrix $A$ that is symmetric,",
    "For $A$ symmetric,",
    "For every symmetric matrix $A$,",
    "For all symmetric $A$,",
    "For symmetric $A$,",
    "Let $A$ be a symmetric matrix. Then",
    "Let $A$ be a symmetric matrix.",
    "Assume that $A$ is symmetric.",
    "Take $A$ symmetric.",
    "When $A$ is symmetric,",
    "Whenever $A$ is self-adjoint,",
    "Soit $A$ une matrice symétrique.",
    "Sei $A$ eine symmetrische Matrix.",
]
#: Lead-ins whose property every counterexample meets: the wrong step stays refuted.
NO_PROPERTY = [
    "For a real matrix $A$,",
    "For a complex matrix $A$,",
    "For a random matrix $A$,",
    "For a matrix $A$,",
    "For all matrices $A$,",
    "For every matrix $A$,",
    "Let $A$ be a square matrix. Then",
    "Let $A$ be a real matrix.",
    "When $A$ is square,",
]


def test_a_display_claimed_for_a_property_is_not_refuted():
    assert set(_lead_verdicts(PROPERTIES)) <= {UNDECIDED, PROVED}


def test_a_property_every_counterexample_meets_keeps_the_refutation():
    assert _lead_verdicts(NO_PROPERTY) == (REFUTED,) * len(NO_PROPERTY)


#: DDPM's abar_T = alpha_T, right for a chain of one step (T = 1), wrong for a longer one.
_ONE_STEP = "\n\n$$\n\\bar\\alpha_T = \\alpha_T\n$$\n\n"
#: DDPM's x_t without its noise, right where the noise is zero.
_NOISELESS = "\n\n$$\nx_t = \\sqrt{\\bar\\alpha_t}\\, x_0\n$$\n\n"


def test_a_chain_of_one_step_in_words_is_not_refuted():
    leads = ["With a single step,", "For a chain of one step,", "When there is only one step,", "With just one step,"]
    assert set(_lead_verdicts(leads, red_team.DDPM, _ONE_STEP)) <= {UNDECIDED, PROVED}


def test_a_count_that_is_no_case_keeps_the_refutation():
    leads = ["With many steps,", "With several steps,", "In one step,", "We take one step:"]
    assert _lead_verdicts(leads, red_team.DDPM, _ONE_STEP) == (REFUTED,) * len(leads)


@pytest.mark.parametrize("lead", ["Without noise,", "Without any noise,", "Sans bruit,", "Ohne Rauschen,"])
def test_a_display_without_noise_is_not_refuted(lead):
    assert _lead_verdicts([lead], red_team.DDPM, _NOISELESS)[0] in {UNDECIDED, PROVED}
