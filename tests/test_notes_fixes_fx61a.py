"""The note's maths is over the reals, so its equations are solved there (rt61r-06-08, 47, 48):

- an odd root of a negative number is the real root: x^{1/3} = -1 gives x = -1, where (x + 1)/(x + 1) has no value,
  though SymPy's (-1)^{1/3} is the principal, complex, root (a root of one equation written into another is taken
  so, whatever the odd root's spelling: x^{3/5}, x^{\\frac{1}{3}}, (x^5)^{1/5}, \\sqrt[3]{x});
- a root where another equation has no real value (an even root or a logarithm of a negative number: sqrt x = 1 at
  x = -1) is no point of it, and one where it is not real otherwise is not decided (held), never dropped;
- equations with no real point at all (sqrt x = -1) prove nothing of their points vacuously: the step is held;
- a side with no real value as SymPy reads it is said to write what it writes: an odd root of a negative number (real
  over the reals), an even root, a logarithm; and a root the step takes of a negative number is named by its degree;
- equations that are not polynomial, solved one unknown at a time, hold a step whose logarithm or even root they make
  of a negative number (e^x = 1/2 with log x: x = -log 2), as polynomial ones did.

Right steps stay proved: x^{1/3} = -1 with (x - 1)/(x - 1) = 1, where x = -1 and the divisor is -2."""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from diffproof.notecheck import PROVED, UNDECIDED
from diffproof.notecheck.real_systems import real_odd_roots, real_points


def _divided(said: str, divisor: str) -> str:
    """A note that says ``said`` and then divides ``divisor`` by itself."""
    return f"Let {said}.\n\n$$\n\\frac{{{divisor}}}{{{divisor}}} = 1\n$$\n"


@pytest.mark.parametrize(
    ("said", "divisor"),
    [
        ("$x^{3/5} = -1$", "x + 1"),  # (-1)^{3/5} = -1 over the reals
        ("$(x^5)^{1/5} = -1$", "x + 1"),
        ("$x^{\\frac{1}{3}} = -1$", "x + 1"),
        ("$x^{1/3} = -2$", "x + 8"),
        ("$x^{2/3} = 4$", "x + 8"),  # x = 8 and x = -8
        ("$\\sqrt[3]{x} + y = 0$ and $y = 1$", "x + 1"),  # two unknowns, y written in first
        ("$x^{1/3} + y = 0$ and $y = 2$", "x + 8"),
    ],
)
def test_a_real_odd_root_of_a_negative_number_is_a_point_of_the_note(said, divisor):
    """Over the reals the note's equations give a point where the divisor is 0: the step is not proved."""
    red_team.assert_held_or_refuted(red_team.report(_divided(said, divisor)).results[-1])


@pytest.mark.parametrize(
    ("said", "divisor"),
    [
        ("$x^{1/3} = -1$", "x - 1"),  # x = -1
        ("$x^{3/5} = 1$", "x + 1"),  # x = 1 only: (-1)^{3/5} = -1
        ("$(x^5)^{1/5} = -1$", "x - 1"),
        ("$x^{\\frac{1}{3}} = -1$", "x - 1"),
        ("$x^{2/3} = 4$", "x - 1"),  # x = 8 or x = -8
        ("$x^{1/3} = 2$", "x + 1"),  # x = 8
        ("$\\sqrt[3]{x} + y = 0$ and $y = 1$", "x - 1"),
        ("$x^{1/3} + y = 0$ and $y = 2$", "x - 8"),
        ("$\\sqrt{x} = 1$", "x + 1"),  # x = 1: sqrt(-1) has no real value, so x = -1 is no point
    ],
)
def test_a_divisor_nonzero_at_every_real_point_is_proved(said, divisor):
    """The divisor is nonzero wherever the note's equations hold over the reals: the step is proved."""
    red_team.assert_proved(red_team.report(_divided(said, divisor)).results[-1])


@pytest.mark.parametrize(
    ("said", "divisor"),
    [
        ("$\\sqrt{x} = -1$", "x - 1"),
        ("$\\sqrt{x} + 1 = 0$", "x"),
        ("$x = 4$ and $\\sqrt{x - 5} + y = 0$", "y - 1"),  # sqrt(-1): no real value
    ],
)
def test_equations_with_no_real_point_prove_nothing_vacuously(said, divisor):
    """The note's equations have no real point: the divisor is 0 at none of them, vacuously, which is held."""
    result = red_team.report(_divided(said, divisor)).results[-1]
    assert result.status == UNDECIDED, result.reason
    # sqrt x = -1 has no real point; SymPy's empty set for it is not trusted (fx61b: it drops roots of |x|^(2/3) = 4),
    # so whether it has one is undecided: held either way
    assert "have no real point" in result.reason or "have a real point is not decided" in result.reason, result.reason


@pytest.mark.parametrize(
    ("step", "written", "not_written"),
    [
        ("(-8)^{1/3} = -2", "an odd root of a negative number", "an even root"),
        ("(-8)^{2/3} = 4", "an odd root of a negative number", "an even root"),
        ("\\sqrt{-4} = 2", "an even root of a negative number", "an odd root"),
        ("\\log(-8) = 1", "the logarithm of a negative number", "root"),
    ],
)
def test_a_side_with_no_real_value_is_said_to_write_what_it_writes(step, written, not_written):
    """SymPy's complex value of an odd root of a negative number (the real root over the reals) is held, and the
    reason names an odd root, not an even one; an even root and a logarithm are named as such."""
    result = red_team.report(f"$$\n{step}\n$$\n").results[-1]
    assert result.status == UNDECIDED, result.reason
    assert written in result.reason and not_written not in result.reason, result.reason


@pytest.mark.parametrize(
    ("said", "written", "not_written"),
    [
        ("$x = -8$", "x^{1/3} = -2", "an even root"),
        ("$x = -8$", "\\sqrt{x} = 2", "an odd root"),
    ],
)
def test_a_counterexample_with_no_real_side_is_said_to_write_what_it_writes(said, written, not_written):
    """A counterexample where a side as SymPy reads it is not real holds the step, and the reason names its root."""
    result = red_team.report(f"Let {said}.\n\n$$\n{written}\n$$\n").results[-1]
    assert result.status == UNDECIDED, result.reason
    assert "not a real number" in result.reason and not_written not in result.reason, result.reason


@pytest.mark.parametrize(
    ("said", "step", "written"),
    [
        ("$x = -1$", "x^{1/3} - x^{1/3} = 0", "an odd root"),  # real over the reals, SymPy's root complex: held
        ("$x + 1 = 0$", "x^{1/3} - x^{1/3} = 0", "an odd root"),
        ("$x = -1$", "\\sqrt{x} - \\sqrt{x} = 0", "an even root"),
    ],
)
def test_a_root_of_a_negative_number_the_step_writes_is_named_by_its_degree(said, step, written):
    """A fractional power of a negative number is held (SymPy's odd root is complex, an even root has no real
    value), and the reason names the root the step takes: an odd root is no even root."""
    result = red_team.report(f"Let {said}.\n\n$$\n{step}\n$$\n").results[-1]
    assert result.status == UNDECIDED, result.reason
    assert f"takes {written}" in result.reason, result.reason


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("$e^x = 1/2$", "\\log x - \\log x = 0"),  # x = -log 2 < 0
        ("$x^{1/3} = -1$", "\\sqrt{x} - \\sqrt{x} = 0"),  # x = -1
        ("$x^{1/3} + 2 = 0$", "\\log x - \\log x = 0"),  # x = -8
        ("$\\log(-x) = 0$", "\\sqrt{x} - \\sqrt{x} = 0"),  # x = -1
    ],
)
def test_equations_not_polynomial_whose_real_point_fails_a_sign_hold_the_step(said, step):
    """The note's equations, not polynomial, have a real point where the step's logarithm or even root has no real
    value: the step is not proved."""
    red_team.assert_held_or_refuted(red_team.report(f"Let {said}.\n\n$$\n{step}\n$$\n").results[-1])


@pytest.mark.parametrize(
    ("said", "step"),
    [
        ("$e^x = 2$", "\\log x - \\log x = 0"),  # x = log 2 > 0
        ("$x^{1/3} = 1$", "\\sqrt{x} - \\sqrt{x} = 0"),  # x = 1
        ("$x^{1/3} = 2$", "\\log x - \\log x = 0"),  # x = 8
    ],
)
def test_equations_not_polynomial_whose_real_points_meet_a_sign_keep_the_proof(said, step):
    """The note's equations give only real points where the step has a value: the step stays proved."""
    red_team.assert_proved(red_team.report(f"Let {said}.\n\n$$\n{step}\n$$\n").results[-1])


def test_a_cube_root_written_as_a_root_is_proved_at_a_negative_number():
    """\\sqrt[3]{-8} is the real root -2, as the parser reads it: proved."""
    assert red_team.report("$$\n\\sqrt[3]{-8} = -2\n$$\n").results[-1].status == PROVED


_X, _Y = sp.symbols("x y")


@pytest.mark.parametrize(
    ("system", "points"),
    [
        ([_X + 1, _X ** sp.Rational(1, 3) + 1], [{_X: -1}]),  # (-1)^{1/3} = -1 over the reals
        ([_X + 1, (_X**3) ** sp.Rational(1, 3) + 1], [{_X: -1}]),
        ([_X + 1, _X ** sp.Rational(2, 3) - 1], [{_X: -1}]),
        ([_X + 1, _X ** sp.Rational(1, 3) + _Y, _Y - 1], [{_X: -1, _Y: 1}]),
        ([_X + 1, sp.sqrt(_X) - 1], []),  # sqrt(-1) has no real value: x = -1 is no point
        ([_X + 1, sp.log(_X + 2) + _Y, sp.sqrt(_X) + _Y], []),
        ([_X + 1, _X ** sp.Rational(1, 4) + _Y**3], []),  # (-1)^{1/4}: an even root of a negative number
    ],
)
def test_real_points_take_odd_roots_real_and_even_roots_of_negatives_as_no_value(system, points):
    assert real_points(system, ()) == points


def test_real_points_hold_a_point_an_equation_makes_not_real_otherwise():
    """An equation a root makes a number that is not real, for no root or logarithm of a negative number (it writes
    i), is not decided: its point is neither kept nor dropped."""
    assert real_points([_X + 1, sp.I * (_X + 2)], ()) is None


@pytest.mark.parametrize(
    ("number", "real"),
    [
        ((-8) ** sp.Rational(1, 3), -2),
        ((-8) ** sp.Rational(2, 3), 4),
        ((-32) ** sp.Rational(3, 5), -8),
        (8 ** sp.Rational(1, 3), 2),
    ],
)
def test_an_odd_root_of_a_negative_number_is_the_real_root(number, real):
    assert real_odd_roots(number) == real
