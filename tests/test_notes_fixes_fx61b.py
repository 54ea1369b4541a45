"""Held-out variants of red team rt61k's kernel findings fixed by fx61b (session 61).

E (23-27): a sign a step needs (a logarithm's argument positive, a radicand nonnegative) is asked at the real points
of the note's equations linked to it even where they are not polynomial (e^x = e^{-2}: x = -2), and held where
those points are not found (e^x + x = 0), as a zero is (:func:`stated_values._sign_at_real_points`).
A (03-05, 09): SymPy's solveset drops the roots of |x|^(2/3) = 4; an empty set of roots is trusted only for an
equation with no absolute value, sign or fractional power, or one SymPy shows nonzero (real_systems._roots).
F (28-29): an order the reader does not translate (e^{y} < e, 2^{y} < 2) is an unread statement of its names, as an
unread equation is: a sign it may break (a logarithm's or an even root's argument in those names) is held.
B, C (06-08, 10-16, 18; :mod:`diffproof.notecheck.statements.tails`): a parameter's count is the whole number
written (not the first digits of 3/2, 3 \\cdot 10^{-1}) and the shape is what the word "shape" names (shape k = 1),
alpha alone only where no other parameter is named; the words before "distribution" name the family together
(inverse exponential, beta prime), slash is a heavy family; t_1(0, 1) is Student's t; a law in words beside maths
that sets a name in a law or a set (x \\sim C(0, 1), x \\in R) is that name's.
"""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from diffproof.notecheck.real_systems import real_points


def _note(given: str, step: str) -> str:
    return f"Let $x$ be real with ${given}$.\n\n$$\n{step}\n$$\n"


_LOG = "\\log(x) - \\log(x) = 0"
_ROOT = "\\sqrt{x} - \\sqrt{x} = 0"

#: Equations, not polynomial, that pin x where the step's logarithm or even root has no value (x = -2, -2, -2, -3,
#: -1/2; the last two have no closed-form root: x + e^x = -1 has its one root in (-2, -1), x e^{-x} = -1 in (-1, 0)).
PINNED_NEGATIVE = (
    ("e^{-x} = e^{2}", _LOG),
    ("\\log(1 - x) = \\log(3)", _ROOT),
    ("e^{2 x} = e^{-4}", _ROOT),
    ("e^{x + 3} = 1", "\\log(x + 1) - \\log(x + 1) = 0"),
    ("\\log(-2 x) = 0", _LOG),
    ("x + e^{x} = -1", _LOG),
    ("x e^{-x} = -1", _ROOT),
)


@pytest.mark.parametrize(("given", "step"), PINNED_NEGATIVE)
def test_a_sign_is_asked_where_an_equation_not_polynomial_holds(given, step):
    red_team.assert_held_or_refuted(red_team.last(_note(given, step)))


#: The same shapes where the point they pin gives the step a value (x = 3, 3, e, 1).
PINNED_POSITIVE = (
    ("e^{-x} = e^{-3}", _LOG),
    ("e^{x} = e^{3}", _ROOT),
    ("\\log(x) = 1", _LOG),
    ("e^{x - 1} = 1", _ROOT),
)


@pytest.mark.parametrize(("given", "step"), PINNED_POSITIVE)
def test_a_point_where_the_step_has_a_value_is_still_proved(given, step):
    red_team.assert_proved(red_team.last(_note(given, step)))


_DIVIDED = "\\frac{x + e^{x} - {r} - e^{{r}}}{x + e^{x} - {r} - e^{{r}}} = 1"

#: Equations through an absolute value and a fractional power whose roots solveset drops (x = 9 and -7; 8 and -8;
#: 32 and -32), with a divisor 0 at one root.
DROPPED_ROOTS = (
    ("|x - 1|^{2/3} = 4", "9"),
    ("|x|^{4/3} = 16", "8"),
    ("|x|^{2/5} = 4", "32"),
    ("(x^{2})^{1/5} = 4", "32"),
)


@pytest.mark.parametrize(("given", "root"), DROPPED_ROOTS)
def test_an_empty_set_of_roots_is_not_trusted_through_an_absolute_value(given, root):
    step = _DIVIDED.replace("{r}", root)
    red_team.assert_held_or_refuted(red_team.last(_note(given, step)))


def test_an_empty_set_is_trusted_where_sympy_shows_the_equation_nonzero():
    x = sp.Symbol("x", real=True)
    assert real_points([sp.Abs(x) ** sp.Rational(2, 3) - 4], ()) is None  # solveset: EmptySet, wrongly
    assert real_points([sp.Abs(x) ** sp.Rational(2, 3) + 4], ()) == []  # positive at every real x
    assert real_points([sp.exp(x) + 1], ()) == []  # no absolute value nor fractional power


_LOG_GAP = "\\log(y - 2) - \\log(y - 2) = 0"
_ROOT_GAP = "\\sqrt{y - 2} - \\sqrt{y - 2} = 0"

#: Orders whose sides are not read (a power to a name's exponent) that bound y below 2, where the step has no value
#: (y < 1 in each; y^y < 1 with y > 0 is 0 < y < 1).
ORDERS_NOT_READ = (
    ("Assume $3^{y} < 3$.", _LOG_GAP),
    ("Assume $2^{y} \\le 2$.", _ROOT_GAP),
    ("Let $10^{y} < 10$.", _ROOT_GAP),
    ("Suppose $y^{y} < 1$ and $y > 0$.", _LOG_GAP),
)


@pytest.mark.parametrize(("given", "step"), ORDERS_NOT_READ)
def test_an_order_not_read_holds_a_sign_it_may_break(given, step):
    red_team.assert_held_or_refuted(red_team.last(f"{given}\n\n$$\n{step}\n$$\n"))


#: An order not read that does not reach the step's names, or a step whose sign no order can break.
ORDERS_NOT_READ_APART = (
    ("Assume $2^{z} < 2$. Let $y > 3$.", _LOG_GAP),
    ("Assume $2^{z} < 2$. Let $y > 3$.", _ROOT_GAP),
    ("Assume $2^{y} < 2$.", "\\sqrt{y^2 + 1} - \\sqrt{y^2 + 1} = 0"),
)


@pytest.mark.parametrize(("given", "step"), ORDERS_NOT_READ_APART)
def test_an_order_not_read_leaves_apart_what_it_cannot_break(given, step):
    red_team.assert_proved(red_team.last(f"{given}\n\n$$\n{step}\n$$\n"))


def _law_note(sentence: str, power: str) -> str:
    moment = f"\\mathbb{{E}}_{{p(x)}}[{power}]"
    return f"{sentence}, with density $p(x)$.\n\n$$\n{moment} - {moment} = 0\n$$\n"


#: A parameter written as more than its first digits, or tied by its word to another letter, whose value leaves the
#: moment infinite (E[x^k] needs nu > k, alpha > k): nu = 5/2 < 3, nu = 2 x 0.5 = 1, nu = 3 - 2 = 1, alpha = 2^{-1},
#: alpha = 1,5 (a decimal comma); a Pareto law whose scale is alpha and shape beta = 1/2, or whose shape is not
#: given (alpha called its scale).
PARAMETERS_NOT_FIRST_DIGITS = (
    ("Let $x$ follow a Student t distribution with $\\nu = 5/2$", "x^3"),
    ("Let $x$ follow a Student t distribution with $\\nu = 2 \\times 0.5$", "x"),
    ("Let $x$ follow a Student t distribution with $\\nu = 3 - 2$", "x"),
    ("Let $x$ follow a Pareto distribution with shape $\\alpha = 2^{-1}$", "x"),
    ("Let $x$ follow a Pareto distribution with tail index $1,5$", "x^2"),
    ("Let $x$ follow a Pareto distribution with location $\\alpha = 4$ and shape $\\beta = 1/2$", "x"),
    ("Let $x$ follow a Pareto distribution with scale $\\alpha = 5$", "x"),
)


@pytest.mark.parametrize(("sentence", "power"), PARAMETERS_NOT_FIRST_DIGITS)
def test_a_parameter_is_its_whole_value_tied_to_its_word(sentence, power):
    red_team.assert_held_or_refuted(red_team.last(_law_note(sentence, power)))


#: Heavy laws in words or maths the reader now reads: a reciprocal's law, a family named by two words, a lower-case
#: heavy family, Student's t given a location and scale, a law in words beside maths that sets a name in a law or a
#: set.  None of them has a mean (inverse gamma of shape 1/2; beta prime (1/2, 1/2): density ~ x^{-3/2}).
HEAVY_LAWS = (
    "Let $x$ follow a reciprocal exponential distribution",
    "Let $x$ follow an inverted gamma distribution",
    "Let $x$ follow a beta prime distribution with parameters $1/2$ and $1/2$",
    "Let $x$ have the slash law",
    "Let $x \\sim t_{1}(2, 3)$",
    "Let $x \\sim \\mathrm{C}(0, 2)$, a Cauchy law",
    "Let $x \\in \\mathbb{R}$ be Cauchy distributed",
    "Let $x \\sim q$, a Lorentzian law",
)


@pytest.mark.parametrize("sentence", HEAVY_LAWS)
def test_a_heavy_law_named_so_is_read(sentence):
    red_team.assert_held_or_refuted(red_team.last(_law_note(sentence, "x")))


#: The same sentences where the moment exists: nu = 5 > 2, shape k = 3 > 2 (a name after the word), alpha = 3 alone
#: (Pareto's shape letter), t_5 with a location and scale, a half-normal or standard normal law, x in R normal.
LIGHT_LAWS = (
    ("Let $x$ follow a Student t distribution with $\\nu = 5$", "x^2"),
    ("Let $x$ follow a Pareto distribution with shape $k = 3$", "x^2"),
    ("Let $x$ follow a Pareto distribution with $\\alpha = 3$", "x^2"),
    ("Let $x \\sim t_{5}(2, 3)$", "x^2"),
    ("Let $x$ follow a half-normal distribution", "x"),
    ("Let $x \\in \\mathbb{R}$ follow the standard normal distribution", "x"),
)


@pytest.mark.parametrize(("sentence", "power"), LIGHT_LAWS)
def test_a_law_with_the_moment_keeps_its_proof(sentence, power):
    red_team.assert_proved(red_team.last(_law_note(sentence, power)))
