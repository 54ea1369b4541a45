"""Helper fx64a's fix of red team 63a's plain-text orders (rt63a 01-06), on held-out variants.

Fail-safe (statements.orders_in_text): a sentence of plain text, outside maths, that writes what may bound a letter
(an order sign anywhere in it, ``∈`` or ``\\in``, an interval of two ends, or a sign word the readers read beside
inline maths) leaves the sign of every single letter standing alone in it unread: a logarithm or a root of it is not
presumed to have a value, and a counterexample about it is not trusted.  Which letter is bounded, and how, is not
read; a word (``x-axis``), an abbreviation (``e.g.``) or a command is no letter, nor is a function or its argument
(``p(x)``) beside words or an interval alone; a name with a convention (t, T) beside an interval alone is left to it.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED
from diffproof.notecheck.statements.orders_in_text import orders_in_text
from diffproof.notes import read_notes

_LOG = r"\log x - \log x = 0"
_SQRT = r"\sqrt{x^2} = x"


def _note(sentence: str, step: str) -> str:
    return f"{sentence}\n\n$$\n{step}\n$$\n"


#: Wrong: the note makes x negative in plain text (by hand: every x the sentence allows is below 0: -3 < x < -2,
#: 3x < -6, 3 - x > 4, x <= -1, ...), where log x has no real value: held or refuted, never proved.
NEGATIVE = {
    "sign-word-strictly": _note("Assume that x is strictly negative.", _LOG),
    "sign-word-across-lines": _note("Throughout, the number x\nis taken to be negative.", _LOG),
    "interval-taken-from": _note("Take x from the interval (-3, -2).", _LOG),
    "interval-reversed-brackets": _note("Soit x ∈ ]−3, −1[.", _LOG),
    "not-in-half-line": _note("Suppose x ∉ [0, ∞).", _LOG),
    "tex-command-without-dollars": _note("Let x \\le -1 throughout.", _LOG),
    "multiple-in-a-sum": _note("Suppose 3x + 6 < 0.", _LOG),
    "difference-reversed": _note("Let 3 - x > 4.", _LOG),
    "greek-letter": _note("Let σ be negative.", r"\log \sigma - \log \sigma = 0"),
}

#: Right: the note makes x positive in plain text (by hand: 1 <= x <= 2, 1 < x < 3, 2x > 1), where sqrt(x^2) = |x|
#: = x: proved or held, never refuted.
POSITIVE = {
    "interval-closed-lies-in": _note("Suppose x lies in [1, 2].", _SQRT),
    "membership-open": _note("Take x ∈ (1, 3).", _SQRT),
    "multiple-above-one": _note("We assume 2x > 1 here.", _SQRT),
    "sign-word-positive": _note("Let x be a positive number.", _SQRT),
}


@pytest.mark.parametrize("name", sorted(NEGATIVE))
def test_a_negative_letter_in_plain_text_keeps_its_logarithm_from_proof(name):
    result = red_team.last(NEGATIVE[name])
    assert not result.internal, result.reason
    assert result.status in (UNDECIDED, REFUTED), result.reason


@pytest.mark.parametrize("name", sorted(POSITIVE))
def test_a_positive_letter_in_plain_text_keeps_its_root_from_refutation(name):
    result = red_team.last(POSITIVE[name])
    assert not result.internal, result.reason
    assert result.status in (UNDECIDED, PROVED), result.reason


#: Wrong variants rejected: prose that bounds no letter the step writes leaves the counterexample trusted (by hand:
#: sqrt(x^2) = |x| != x at x = -1, and nothing the note says excludes x = -1): a citation, a bound in the next sentence (of no letter), an article beside an interval.
UNBOUNDED = {
    "citation": "We follow the derivation of (Ho et al., 2020) here.",
    "bound-in-the-next-sentence": "Fix x. Each weight lies in [0, 1].",
    "article-beside-an-interval": "We average a loss over (0, 1).",
}


@pytest.mark.parametrize("name", sorted(UNBOUNDED))
def test_prose_that_bounds_no_letter_of_the_step_keeps_its_refutation(name):
    result = red_team.last(_note(UNBOUNDED[name], _SQRT))
    assert result.status == REFUTED, result.reason


def test_a_positive_bound_in_maths_still_proves_the_logarithm():
    """The fail-safe reads plain text only: "$x > 0$" in maths is still an order the step holds under."""
    result = red_team.last(_note("Let $x > 0$ be a number.", _LOG))
    assert result.status == PROVED, result.reason


#: Sentences of plain text and the letters the fail-safe holds in them: every letter standing alone beside a bound,
#: none in a compound (x-axis, p-value), an abbreviation (e.g., i.e.), a word, maths, a tag (a '<' right before a
#: letter, closed on its line, is no order), or a sentence without a bound.
LETTERS_HELD = {
    "The x-axis is above 0, e.g. in the p-value plot.": [],
    "Let y > 0, i.e. the $z$ of a law; fix u.": ["y", "a", "u"],  # the article a is held too (fail-safe)
    "Let v, e.g. the scale, be negative.": ["v"],
    "The scale s is positive. Fix t.": ["s"],
    "Let 2x + y < 0.": ["x", "y"],
    "Points (a, b) with b in [0, 1].": ["a", "b", "b"],
    "The steps t run over [1, 10] for each k.": ["k"],
    "The distance between p(x) and q(z|x) is positive.": [],
    "Here p(x) < 1 for each x.": ["p", "x", "x"],
    "<image: the curve f(x) and its chord> Fix y.": [],
    "> Let y > 0 in this quote.": ["y"],
}


@pytest.mark.parametrize("text", sorted(LETTERS_HELD))
def test_the_letters_held_are_those_beside_a_bound(text):
    found = orders_in_text(read_notes(text + "\n", markdown=True))
    assert [item.name.node.arguments[0].base for item in found] == LETTERS_HELD[text]
