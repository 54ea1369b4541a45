"""A red team of the rules that fixed rt36-15 to -23 and -28 (tests/data/notes/redteam_laws/rt36c-*).

The rules: a sentence continuing a display ("iff", "in the case", "since", "because", other words) is read as the
condition its step is claimed under where its words are known and one order follows, else leaves the counterexample
untrusted where its maths relates the step's names (and only then); a sentence of its own right after the display
that says it holds for a reason does the same.  Names a sentence says are objects other than numbers ("Let $A$ and
$B$ be quaternions", "elements of a group", a set that is not one of numbers) have no product of two of them proved
by commuting it.  "natural numbers" signs its names, "neglecting" and "negligible" make an approximation, and a
horizon sized in words ("Take $T$ large", "bigger than one") is no longer refuted at T = 1.

Each note says what it checks: that a rule does not over-fire (a wrong step stays refuted, a right one proved),
that it fires where the red team's wordings differ, and what it costs; the last miss (rt36c-20, an apposition's
kind) is fixed.
"""

from __future__ import annotations

import pytest
import test_notes_redteam as earlier

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

NOTES = earlier.RED_TEAM_LAWS

#: Each note, and what its first step must be: ("is", status) or ("is not", status).
EXPECTED = {
    "rt36c-01-since-without-order-stays-refuted": ("is", REFUTED),
    "rt36c-02-because-order-wrong-step-stays-refuted": ("is", REFUTED),
    "rt36c-03-iff-false-equivalence-not-proved": ("is not", PROVED),
    "rt36c-04-puisque-after-display-not-refuted": ("is not", REFUTED),
    "rt36c-05-half-plane-after-display-not-refuted": ("is not", REFUTED),
    "rt36c-06-other-names-after-display-stays-refuted": ("is", REFUTED),
    "rt36c-07-samples-wrong-product-stays-refuted": ("is", REFUTED),
    "rt36c-08-sample-sum-stays-proved": ("is", PROVED),
    "rt36c-09-quaternions-sum-stays-proved": ("is", PROVED),
    "rt36c-10-quaternions-square-of-sum-not-proved": ("is not", PROVED),
    "rt36c-11-quaternions-by-their-set-not-proved": ("is not", PROVED),
    "rt36c-12-group-product-in-definitions-not-proved": ("is not", PROVED),
    "rt36c-13-russian-matrices-not-proved": ("is not", PROVED),
    "rt36c-14-chinese-quaternions-not-proved": ("is not", PROVED),
    "rt36c-15-this-holds-because-not-refuted": ("is not", REFUTED),
    "rt36c-16-natural-numbers-wrong-step-not-proved": ("is", UNDECIDED),
    "rt36c-17-take-horizon-large-not-refuted": ("is not", REFUTED),
    "rt36c-18-weil-after-display-not-refuted": ("is not", REFUTED),
    "rt36c-19-real-numbers-product-stays-proved": ("is", PROVED),
    "rt36c-20-appositive-quaternions-proved": ("is not", PROVED),
    "rt36c-21-vectors-inner-product-undecided": ("is", UNDECIDED),
    "rt36c-22-french-quaternions-not-proved": ("is not", PROVED),
    "rt36c-23-independent-gaussians-product-stays-proved": ("is", PROVED),
}


def _first_step(name: str):
    report = check_notes(read_notes((NOTES / f"{name}.md").read_text(), markdown=True), Limits(seconds=120))
    return report.results[0]


def test_the_notes_are_all_there():
    found = sorted(path.stem for path in NOTES.glob("rt36c-[0-9][0-9]-*.md"))
    assert found == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_rules_red_team(name):
    result = _first_step(name)
    how, status = EXPECTED[name]
    if how == "is":
        assert result.status == status, result.reason
    else:
        assert result.status != status, result.reason


def test_iff_after_a_display_refutes_where_its_condition_holds():
    """'iff' is read as a condition: a step false where it holds is refuted there (the 'if' side fails)."""
    notes = read_notes("$$ |h + k| = -(h + k) $$\niff $h + k \\ge 0$.\n", markdown=True)
    result = check_notes(notes, Limits(seconds=60)).results[0]
    assert result.status == REFUTED, result.reason


def test_since_after_a_display_proves_under_its_reason():
    """'since $a b = b a$' is a reason the note states: a step true under it is proved."""
    notes = read_notes("$$ (a + b)^2 = a^2 + 2 a b + b^2 $$\nsince $a b = b a$.\n", markdown=True)
    assert check_notes(notes, Limits(seconds=60)).results[0].status == PROVED


def test_neglecting_words_make_an_approximation():
    from diffproof.notecheck.statements.lead_ins import approximating

    for said in ("Neglecting $\\bar\\alpha_T$,", "up to a negligible error.", "ignoring higher-order terms,",
                 "en négligeant $\\bar\\alpha_T$,", "dropping the small terms,"):  # fmt: skip
        assert approximating(said), said
    assert not approximating("Since $\\bar\\alpha_T$ is given,")


def test_bigger_than_in_words_bounds_a_name():
    notes = read_notes("Let $h$ be bigger than one.\n\n$$ |h| = h $$\n", markdown=True)
    assert check_notes(notes, Limits(seconds=60)).results[0].status != REFUTED


#: rt36c-20's kind said without "be" (held out: other nouns, other places): a product of two of them is not proved
#: by commuting it.
OTHER_OBJECTS_WITHOUT_A_VERB = {
    "apposed matrices": "Consider $A$ and $B$, two square matrices.\n\n$$ A B = B A $$\n",
    "each apposed": "Let $A$, a matrix, and $B$, another matrix, be given.\n\n$$ A B = B A $$\n",
    "apposed without a comma": "With $A$ and $B$ two quaternions,\n\n$$ A B = B A $$\n",
    "apposed tensors, a square": "Take $A$ and $B$, two tensors.\n\n$$ (A + B)^2 = A^2 + 2 A B + B^2 $$\n",
    "apposed vectors of a complement": "Here $u$ and $v$, two vectors of the plane, give\n\n$$ u v = v u $$\n",
    "apposed spinors (a noun of no list)": "Take $A$ and $B$, two spinors.\n\n$$ A B = B A $$\n",
    "the noun before": "The quaternions $p$ and $q$ satisfy\n\n$$ p q = q p $$\n",
    "non-commuting before": "Consider two non-commuting elements $g$ and $h$.\n\n$$ g h = h g $$\n",
    "for matrices": "For matrices $A$ and $B$ we have\n\n$$ A B = B A $$\n",
    "a colon": "Two quaternions: $A$ and $B$. Then\n\n$$ A B = B A $$\n",
    "will denote": "Below $A$, $B$ will denote operators.\n\n$$ A B = B A $$\n",
    "non-commuting numbers": "Let $A$ and $B$ be non-commuting numbers.\n\n$$ A B = B A $$\n",
}


@pytest.mark.parametrize("name", sorted(OTHER_OBJECTS_WITHOUT_A_VERB))
def test_objects_said_without_a_verb_are_not_commuted(name):
    notes = read_notes(OTHER_OBJECTS_WITHOUT_A_VERB[name], markdown=True)
    result = check_notes(notes, Limits(seconds=60)).results[0]
    assert result.status != PROVED, result.reason


#: Numbers said the same ways, and nouns of other objects said of other names: their products stay commuted.
NUMBERS_WITHOUT_A_VERB = {
    "apposed real numbers": "Take $A$ and $B$, two real numbers.\n\n$$ A B = B A $$\n",
    "apposed positive numbers": "Take $a$ and $b$, two positive numbers.\n\n$$ a b = b a $$\n",
    "apposed scalars, a square": "Take $a$ and $b$, both scalars.\n\n$$ (a + b)^2 = a^2 + 2 a b + b^2 $$\n",
    "weights times a vector": "The weights $a$ and $b$ multiply the vector $x$.\n\n$$ a b x = b a x $$\n",
    "scalars scaling a vector": "The scalars $a$ and $b$ scale the vector $x$.\n\n$$ a b x = b a x $$\n",
    "a vector said later": "Take $a$ and $b$, two numbers, and the vector $x$.\n\n$$ a b = b a $$\n",
}


@pytest.mark.parametrize("name", sorted(NUMBERS_WITHOUT_A_VERB))
def test_numbers_said_without_a_verb_are_still_commuted(name):
    notes = read_notes(NUMBERS_WITHOUT_A_VERB[name], markdown=True)
    result = check_notes(notes, Limits(seconds=60)).results[0]
    assert result.status == PROVED, result.reason
