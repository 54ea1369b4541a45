"""Helper fx64k's fix of red team 64a's plain-text bounds (rt64a 01-07, 20, 21), on held-out variants.

Fail-safe (statements.orders_in_text), widened: a letter standing alone is read as a reader sees it (a subscript
``x_1``, ``x1``; a capital or variant Greek letter, a mathematical italic, in their compatibility form; ``x-pi`` a
difference, not a compound, where a constant or an elementary function follows the hyphen); a comparison beside a
number (``no more than -1``, ``to the left of -1``, ``-2 or less``) bounds its sentence's letters as a sign word
does; and a pronoun's sentence that bounds in words or a plain interval, with no maths (``It is negative.``), says
it of what the sentence before names, whose letters and inline names set alone are held.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.orders_in_text import orders_in_text
from diffproof.notes import read_notes


def _note(sentence: str, step: str) -> str:
    return f"{sentence}\n\n$$\n{step}\n$$\n"


def _log(name: str) -> str:
    return rf"\log {name} - \log {name} = 0"


#: Wrong: the note makes the step's name negative in plain text (by hand: x < ln 2 - 3 < 0; x_2 < 0; theta, Sigma,
#: y < 0; x < -3; x <= -2; -5 < x < -2; x < -1; -5 < x < -4), where its logarithm has no real value: held or
#: refuted, never proved.
NEGATIVE = {
    "difference-with-a-function": _note("Let x-ln 2 < -3.", _log("x")),
    "subscript-in-braces": _note("Assume x_{2} is strictly negative.", _log("x_2")),
    "variant-theta": _note("Let ϑ be negative.", _log(r"\theta")),
    "capital-sigma": _note("Let Σ be negative.", _log(r"\Sigma")),
    "mathematical-italic": _note("Let 𝑦 be negative.", _log("y")),
    "under-a-number": _note("Let x stay under -3 throughout.", _log("x")),
    "number-or-less": _note("Let x stay at -2 or less.", _log("x")),
    "right-and-left-of": _note("Let x lie to the right of -5 and to the left of -2.", _log("x")),
    "pronoun-below-in-maths-name": _note("Let $x$ be fixed. It is below -1.", _log("x")),
    "pronoun-this-interval": _note("Let x be a number. This number lies in (-5, -4).", _log("x")),
}

#: Right: the note makes x negative in plain text (by hand: -3 <= x <= -2; x < -3), where sqrt(x^2) = |x| = -x:
#: proved or held, never refuted.
NEGATIVE_ROOT = {
    "pronoun-closed-interval": _note("Let x be given. They lie in [-3, -2].", r"\sqrt{x^2} = -x"),
    "under-a-number": _note("Let x stay under -3.", r"\sqrt{x^2} = -x"),
}


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_a_negative_name_in_plain_text_keeps_its_logarithm_from_proof(name):
    result = red_team.last(NEGATIVE[name])
    assert not result.internal, result.reason
    assert result.status in (UNDECIDED, REFUTED), result.reason


@pytest.mark.parametrize("name", sorted(NEGATIVE_ROOT))
def test_a_negative_name_in_plain_text_keeps_its_root_from_refutation(name):
    result = red_team.last(NEGATIVE_ROOT[name])
    assert not result.internal, result.reason
    assert result.status in (UNDECIDED, PROVED), result.reason


#: Wrong variants rejected: prose that bounds no letter of the step leaves the counterexample trusted (by hand:
#: sqrt(x^2) = |x| != x at x = -1, and nothing the note says excludes x = -1): a compound (x-axis), a comparison
#: beside no number, a bound whose subject is a noun, a pronoun two sentences after the name.  (A sign word said of
#: a quantity named in words only, "Each weight is negative.", is held by another reader.)
UNBOUNDED = {
    "compound-beside-an-interval": "Fix x. We mark the x-axis at (0, 1) here.",
    "comparison-beside-no-number": "Fix x. We draw more samples than before.",
    "noun-subject": "Fix x. The weight w lies in (0, 1).",
    "pronoun-after-another-sentence": "Fix x. Take a weight w. It lies in (-2, -1).",
}


@pytest.mark.parametrize("name", sorted(UNBOUNDED))
def test_prose_that_bounds_no_letter_of_the_step_keeps_its_refutation(name):
    result = red_team.last(_note(UNBOUNDED[name], r"\sqrt{x^2} = x"))
    assert result.status == REFUTED, result.reason


#: Sentences of plain text and the names the fail-safe holds in them.
NAMES_HELD = {
    "Let x-pi < -4, unlike the x-axis.": [("x", "")],
    "Let x1 and y_{ij} be negative.": [("x", "1"), ("y", "ij")],
    "Let Δ and ϵ be positive.": [("Delta", ""), ("epsilon", "")],
    "Let x be given. It is at least 2.": [("x", "")],
    "Let x be given. Each weight is positive.": [],
    "Fix $u, v$. Both lie in (-2, -1).": [("u", ""), ("v", "")],
    "Fix x. We train for 10 epochs.": [],
}


@pytest.mark.parametrize("text", sorted(NAMES_HELD))
def test_the_names_held_are_those_beside_a_bound(text):
    found = orders_in_text(read_notes(text + "\n", markdown=True))
    held = sorted((a.base, a.index) for item in found for a in item.name.node.arguments)
    assert held == sorted(NAMES_HELD[text])
