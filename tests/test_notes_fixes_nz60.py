"""Held-out variants of rt59k 03, 04 and 44 (tests/test_notes_redteam_59k.py): equations the note states that are not
polynomial (exp, log, |.|, roots, an equation not read) force a divisor to 0.

1. A system not polynomial is solved one unknown at a time by solveset over the reals, within the bounds of that
   unknown, each real root written into the rest (stated_values._zero_allowed, notecheck.real_systems); an infinite
   or unknown set of roots, or an equation not read (sin x = 0: \\sin is not read), leaves the divisor not shown
   nonzero.
2. Only a system linked to the divisor by its names holds the step: an equation in other names does not.
3. An unknown function's value is a number of its own (p(x) is not tied to x), an identity or an expectation of a
   constant pins nothing.

Each wrong variant has no value at a point the note allows and must not be proved; each faithful one must be proved.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from diffproof.notecheck import PROVED, REFUTED
from diffproof.notecheck.real_systems import as_numbers, pinning, real_points


def display(step: str) -> str:
    return f"\n\n$$\n{step}\n$$\n"


#: Wrong: the note's equations allow the divisor 0 at a real point (hand check beside each).
WITHOUT_VALUE = {
    # sin x = 0 at x = 0 (and at every multiple of pi): \sin is not read, so the equation pins x for all that is known
    "sine-then-x-over-x": r"We have $\sin x = 0$." + display(r"\frac{x}{x} = 1"),
    # exp(t) = 1 makes t 0
    "exponential-other-letter": r"We have $\exp(t) = 1$." + display(r"\frac{2 t}{t} = 2"),
    # log x = 0 makes x 1
    "logarithm-then-x-minus-one": r"We have $\log x = 0$." + display(r"\frac{x^2 - 1}{x - 1} = x + 1"),
    # |x| = 2 allows x = -2
    "absolute-value-two-roots": r"We have $|x| = 2$." + display(r"\frac{x + 2}{x + 2} = 1"),
    # sqrt(u) = 3 makes u 9
    "square-root": r"We have $\sqrt{u} = 3$." + display(r"\frac{u - 9}{u - 9} = 1"),
    # x = sqrt(y) and y^2 = 0 make x 0
    "value-a-root-then-x-over-x": r"We have $x = \sqrt{y}$ and $y^2 = 0$." + display(r"\frac{x}{x} = 1"),
    # exp(x) = 1 and x + z = 0 make z 0 (linked through x)
    "linked-through-another-equation": r"We have $\exp(x) = 1$ and $x + z = 0$." + display(r"\frac{z}{z} = 1"),
    # p(x) = 0 stated: the divisor p(x) is 0
    "unknown-function-stated-zero": r"We have $p(x) = 0$." + display(r"\frac{p(x)}{p(x)} = 1"),
}

#: Right: the equations leave the divisor nonzero, or do not write its names.
WITH_VALUE = {
    # exp(x) = 2 makes x = log 2, not 0
    "exponential-two-then-x-over-x": r"We have $\exp(x) = 2$." + display(r"\frac{x}{x} = 1"),
    # sin y = 0 writes y only: x is free
    "unrelated-unread-equation": r"We have $\sin y = 0$." + display(r"\frac{x}{x} = 1"),
    # exp(x) = 1 writes x only: w is free
    "unrelated-exponential-equation": r"We have $\exp(x) = 1$." + display(r"\frac{w}{w} = 1"),
    # log x = 0 makes x 1, not 0
    "logarithm-then-x-over-x": r"We have $\log x = 0$." + display(r"\frac{x}{x} = 1"),
    # |x| = 1 makes x = +-1, not 0
    "absolute-value-then-x-over-x": r"We have $|x| = 1$." + display(r"\frac{x}{x} = 1"),
    # exp(x) = 1 makes x 0, where x + 1 is 1
    "exponential-then-x-plus-one": r"We have $\exp(x) = 1$." + display(r"\frac{x + 1}{x + 1} = 1"),
}


@pytest.mark.parametrize("name", sorted(WITHOUT_VALUE))
def test_a_divisor_the_equations_make_zero_is_held(name):
    result = red_team.last(WITHOUT_VALUE[name])
    assert not result.internal, result.reason
    assert result.status not in (PROVED, REFUTED), result.reason


@pytest.mark.parametrize("name", sorted(WITH_VALUE))
def test_a_divisor_the_equations_leave_nonzero_is_proved(name):
    result = red_team.last(WITH_VALUE[name])
    assert result.status == PROVED, result.reason


def test_the_hand_checks():
    x = sp.Symbol("x", real=True)
    assert sp.sin(0) == 0 and sp.solveset(sp.Abs(x) - 2, x, sp.Reals) == {-2, 2}
    assert sp.solveset(sp.sqrt(x) - 3, x, sp.Reals) == {9} and sp.solveset(sp.exp(x) - 2, x, sp.Reals) == {sp.log(2)}


def test_an_infinite_set_of_roots_is_not_solved():
    """sin x = 0 has infinitely many roots: the system is not solved (None), never taken to have no point."""
    x = sp.Symbol("x")
    assert real_points([x - 1, sp.sin(x)], ()) == []  # x = 1 first: sin 1 is not 0
    assert real_points([sp.sin(x)], ()) is None
    assert real_points([x, sp.sin(x) + sp.exp(x)], ()) == []  # x = 0: sin 0 + exp 0 = 1


def test_roots_outside_the_bounds_are_no_points():
    x = sp.Symbol("x")
    assert real_points([sp.Abs(x) - 1, x + 1], (x > 0,)) == []
    assert real_points([sp.Abs(x) - 1, x + 1], ()) == [{x: -1}]


def test_what_pins_no_name_is_set_aside():
    """An identity (roots of expressions that expand alike), the same equation up to sign, and an equation the
    value of an unknown function it alone writes can meet are set aside; an equation between such values is kept."""
    a, b, x = sp.symbols("a b x")
    identity = sp.sqrt(b + (1 - a) * (1 - b)) - sp.sqrt(1 - a * (1 - b))
    assert pinning([identity], {a}) == []
    f, g = sp.Function("f"), sp.Function("g")
    (divisor, mean, twice), names = as_numbers([x, sp.sqrt(a) * f(x) + sp.sqrt(1 - a) * g(x), f(x) - 1])
    assert pinning([mean], {a}) == [] and pinning([mean, twice], {a}) == [mean, twice]
    assert pinning([x - 1, 1 - x], {x}) == [x - 1]
    assert set(names.values()) == {f(x), g(x)} and divisor == x


def test_a_function_at_two_points_is_tied_to_them():
    """p(x) - p(y) is 0 where x = y, which x^2 = y^2 allows: the values are names of their own, tied to x and y."""
    result = red_team.last(r"We have $x^2 = y^2$." + display(r"\frac{p(x) - p(y)}{p(x) - p(y)} = 1"))
    assert result.status != PROVED, result.reason


#: An equation not read pins the names it may pin: a name alone on its left (its value is not read), none where its
#: left is a function at a point (a law or a definition of that function).
UNREAD = {
    # x's value is not read: x may be 0 (x = sin(0))
    "value-not-read-then-x-over-x": (r"We have $x = \sin y$." + display(r"\frac{x}{x} = 1"), False),
    # the same value pins x only: y is free
    "value-not-read-then-y-over-y": (r"We have $x = \sin y$." + display(r"\frac{y}{y} = 1"), True),
    # a density's values are not read: p at y is no value of y
    "density-not-read-then-y-over-y": (r"We have $p(y) = \sin y$." + display(r"\frac{y}{y} = 1"), True),
    # f(y) may be f times y (the reader does not tell): the equation may pin y
    "product-or-function-not-read-then-y-over-y": (r"We have $f(y) = \sin y$." + display(r"\frac{y}{y} = 1"), False),
}


@pytest.mark.parametrize("name", sorted(UNREAD))
def test_an_equation_not_read_pins_what_it_may(name):
    text, proved = UNREAD[name]
    result = red_team.last(text)
    assert (result.status == PROVED) is proved, result.reason


#: A function given at every point by an equation in its argument (the Gaussian g(x) = exp(-x^2/2), given anew later)
#: pins none of the names its body writes; f(x) = 0 is no such definition, and a divisor that writes f asks it.
DEFINITIONS = {
    "function-defined-twice-then-a-over-a": (
        r"Let $g(x) = \exp(-(x - a)^2)$ and $g(x) = \frac{1}{a} \exp(-(x - a)^2)$." + display(r"\frac{a}{a} = 1"),
        True,
    ),
    "function-defined-then-its-value-over-itself": (
        r"We have $f(x) = x^2$." + display(r"\frac{f(x)}{f(x)} = 1"),
        False,  # f(0) = 0
    ),
}


@pytest.mark.parametrize("name", sorted(DEFINITIONS))
def test_a_function_given_at_every_point_pins_no_name(name):
    text, proved = DEFINITIONS[name]
    result = red_team.last(text)
    assert (result.status == PROVED) is proved, result.reason
