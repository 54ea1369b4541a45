"""Held-out variants of red team 62a's findings (tests/test_notes_redteam_62a.py) fixed by helper fx62i.

A Japanese or Korean sentence after a display that says the step holds at a value ("これは $x = 0$ で成り立つ") is
cancelled only by a negation of its verb of holding right after the value's particle (で成り立たない, 에서 성립하지
않는다) with no negation of that negation after it; a negation on another verb (忘れてはならない, 어렵지 않다), of a
second clause, or of the negation itself (成り立たないわけではない) leaves the value read, and the step is held there
(11-14, 52-53).

A family of solutions the note's equations leave in free names (x = -u^2 - 5 of x + u^2 + 5 = 0, or of "Suppose $x$
is less than $-5$") that is not real at every real value of its names keeps a step only where a real point of it
tried meets the step's requirement; where none is real, or it leaves more names free than are tried, the step is held
(stated_values._real_point_failing: 21-24, 64-66)."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, UNDECIDED

_DIVIDES = r"\frac{x}{x} = 1"
_TWO_ROOTS = "x^2 = x"


def _note(step: str, sentence: str) -> str:
    return f"$$\n{step}\n$$\n\n{sentence}\n"


#: Wrong: each sentence says x / x = 1 holds at x = 0, where x / x has no value (the negation is on another verb:
#: "no need to worry", "one must not forget", "it is not hard"; or of the negation: "it is not that it does not
#: hold"), so the step is held, never proved.
CLAIMED_AT_ZERO = {
    "ja-no-need-to-worry": "これは $x = 0$ でも成り立つので、心配する必要はない。",
    "ja-must-not-forget": "この式は $x = 0$ で成り立つことを忘れてはならない。",
    "ko-not-hard": "이 식은 $x = 0$에서도 성립하는데, 이는 어렵지 않다.",
    "ja-not-that-it-does-not-hold": "これは $x = 0$ で成り立たないわけではない。",
    "ko-not-that-it-does-not-hold": "이 식은 $x = 0$에서 성립하지 않는 것은 아니다.",
}


@pytest.mark.parametrize("name", sorted(CLAIMED_AT_ZERO))
def test_a_negation_elsewhere_leaves_the_value_read(name):
    result = red_team.report(_note(_DIVIDES, CLAIMED_AT_ZERO[name])).results[0]
    assert result.status == UNDECIDED, result.reason


#: Right: x^2 = x holds at x = 1 (1 = 1); each sentence claims it there and denies it at x = 2 (4 != 2, so), so a
#: counterexample away from x = 1 breaks the note's condition: held, never refuted.
CLAIMED_AT_ONE = {
    "ja-not-at-two": "これは $x = 1$ で成り立つが、$x = 2$ では成り立たない。",
    "ko-not-at-two": "이 식은 $x = 1$에서 성립하지만, $x = 2$에서는 성립하지 않는다.",
}


@pytest.mark.parametrize("name", sorted(CLAIMED_AT_ONE))
def test_a_negated_second_clause_leaves_the_first_value_read(name):
    result = red_team.report(_note(_TWO_ROOTS, CLAIMED_AT_ONE[name])).results[0]
    assert result.status == UNDECIDED, result.reason


#: Right: each sentence denies x / x = 1 at x = 0 by negating its verb of holding, which is so, and claims no value;
#: for x != 0 the step holds (x / x = 1), so it keeps its proof.
DENIED_AT_ZERO = {
    "ja-naritatanai": "これは $x = 0$ では成り立たない。",
    "ja-naritachimasen": "この式は $x = 0$ でも成り立ちません。",
    "ko-seongliphaji-anneunda": "이 식은 $x = 0$에서는 성립하지 않는다.",
}


@pytest.mark.parametrize("name", sorted(DENIED_AT_ZERO))
def test_the_verb_of_holding_negated_still_denies_the_value(name):
    result = red_team.report(_note(_DIVIDES, DENIED_AT_ZERO[name])).results[0]
    assert result.status == PROVED, result.reason


_LOG = r"\log x - \log x = 0"

#: Wrong: each statement keeps x negative (x = -u^2 - 5 <= -5; x = -u^2 - v^2 - 4 <= -4; x + 4 = -2/u^2 < 0; x < -5;
#: x < -1000, beyond every value tried), where log x has no value, so the step is held, never proved.
BOUNDED_NEGATIVE = {
    "one-square": "Let $x + u^2 + 5 = 0$.",
    "two-squares": "Let $u^2 + v^2 + x + 4 = 0$.",
    "a-square-times-x": "Let $(x + 4) u^2 + 2 = 0$.",
    "supposed-below-minus-5": "Suppose $x$ is less than $-5$.",
    "supposed-below-minus-1000": "Suppose $x$ is less than $-1000$.",
}


@pytest.mark.parametrize("name", sorted(BOUNDED_NEGATIVE))
def test_a_family_keeping_the_name_negative_holds_the_logarithm(name):
    result = red_team.report(f"{BOUNDED_NEGATIVE[name]}\n\n$$\n{_LOG}\n$$\n").results[0]
    assert result.status == UNDECIDED, result.reason


#: Right: each statement keeps x positive (x = u^2 + 1 >= 1; x = u^2 + v^2 + 1 >= 1; x > 5) or leaves it free
#: (x = y + 1), and log x - log x = 0 wherever log x has a value, so the step keeps its proof.
KEPT_POSITIVE = {
    "one-square": "Let $u^2 = x - 1$.",
    "two-squares": "Let $u^2 + v^2 = x - 1$.",
    "supposed-above-5": "Suppose $x$ is greater than $5$.",
    "free": "Let $y = x - 1$.",
}


@pytest.mark.parametrize("name", sorted(KEPT_POSITIVE))
def test_a_family_keeping_the_name_positive_keeps_the_proof(name):
    result = red_team.report(f"{KEPT_POSITIVE[name]}\n\n$$\n{_LOG}\n$$\n").results[0]
    assert result.status == PROVED, result.reason
