"""Fixes of session 64's fx64b: names beside an interval the readers see but do not read, and a negation said of a
name right after it (rt63a 07-11).

- An interval of numbers whose ends the readers of orders do not read (``(-\\pi, -1)``, ``\\left(-\\frac{\\pi}{2},
  -e\\right]``, ``(-\\infty, -\\sqrt{2})``) is still an interval of numbers: names set alone beside it are held (their
  sign is not read), as beside ``(-2, -1)``; a pair of names or points (``(x_0, x_1)``) is no interval.
- A sentence whose maths is intervals alone ("It lies in $(-2, -1)$.", "Het ligt in ...") names nothing: its
  interval is said of something before it, so the names set alone in the sentence right before are held.
- A negation right after a name alone ("Zij $x$ niet groter dan nul", "Låt $x$ inte vara större än noll") says the
  name is not something, perhaps a sign or a bound, in words no reader need read: its sign is held, with no table
  of each language's comparisons.
- That negation is said of the name, not of the maths a new clause sets after it ("Seja $x$ não positivo e seja
  $y = x$", "Let $x$ be not positive and let $y = 3x$"): the definition stands, and a logarithm of it is held.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

#: Steps wrong as written, where the note puts their name at 0 or below (a logarithm, a root's sign).
_WRONG = {
    "an interval with fractions of pi and e": (
        "Let $x$ be in $\\left(-\\frac{\\pi}{2}, -e\\right]$.\n\n$$\n\\log x - \\log x = 0\n$$\n"
    ),
    "an open interval written with a semicolon": "Take $u$ in $]-\\pi ; -1[$.\n\n$$\n\\log u - \\log u = 0\n$$\n",
    "a half-line to minus a root": "Let $x$ lie in $(-\\infty, -\\sqrt{2})$.\n\n$$\n\\log x - \\log x = 0\n$$\n",
    "the interval in the next sentence, in Dutch": (
        "Let $x$ be given. Het ligt in $(-3, -1)$.\n\n$$\n\\log x - \\log x = 0\n$$\n"
    ),
    "a Swedish comparison negated": "Låt $x$ inte vara större än noll.\n\n$$\n\\log x - \\log x = 0\n$$\n",
    "a negated sign, then a definition": (
        "Let $x$ be not positive and let $y = 3x$.\n\n$$\n\\log y - \\log y = 0\n$$\n"
    ),
    "a Swedish negated sign, then a definition": (
        "Låt $x$ inte vara positiv och låt $y = x$.\n\n$$\n\\log y - \\log y = 0\n$$\n"
    ),
    "a Dutch comparison negated, then a definition": (
        "Zij $x$ niet groter dan nul en zij $y = x$.\n\n$$\n\\log y - \\log y = 0\n$$\n"
    ),
}


@pytest.mark.parametrize("text", _WRONG.values(), ids=_WRONG.keys())
def test_a_name_put_at_zero_or_below_in_words_not_read_is_held(text):
    result = red_team.last(text)
    assert not result.internal, result.reason
    assert result.status in {UNDECIDED, REFUTED}, result.reason


def test_the_next_sentence_s_interval_holds_a_true_step_too():
    """sqrt(v^2) = -v for v in [-2, -1] (the sentence after): right, and held, never refuted at v > 0."""
    result = red_team.last("Fix $v$. Its value lies in $[-2, -1]$.\n\n$$\n\\sqrt{v^2} = -v\n$$\n")
    assert result.status == UNDECIDED and not result.internal, result.reason


def test_a_pair_of_points_is_no_interval():
    """``(x_0, x_1)`` beside z: no interval of numbers, so log z - log z = 0 is proved as before."""
    result = red_team.last("Consider the pair $(x_0, x_1)$ and the name $z$.\n\n$$\n\\log z - \\log z = 0\n$$\n")
    assert result.status == PROVED, result.reason


def test_a_definition_after_a_negated_clause_stands():
    """y - 1 = x^2 after "Let $x$ be not zero and let $y = x^2 + 1$": the negation is x's, y's definition holds."""
    result = red_team.last("Let $x$ be not zero and let $y = x^2 + 1$.\n\n$$\ny - 1 = x^2\n$$\n")
    assert result.status == PROVED, result.reason


def test_a_negation_of_the_maths_itself_still_denies_it():
    """ "$c$ is not given by $c = 3$": no new clause between, so c = 3 stays denied and c + 1 = 4 is not proved."""
    result = red_team.last("The constant $c$ is not given by $c = 3$.\n\n$$\nc + 1 = 4\n$$\n")
    assert result.status != PROVED and not result.internal, result.reason
