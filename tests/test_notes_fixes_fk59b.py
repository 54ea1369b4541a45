"""Held-out variants of red team 59k's findings on existence and variances (tests/test_notes_redteam_59k.py,
tests/test_kernel_redteam_59k.py): an expectation or integral under a Gaussian is split or cancelled only where each
piece is shown to exist (:mod:`derivations.kernel.convergence`), an expectation written without a law is asked over
the law the note states, the note's values reach the integrals, and a Gaussian's variance is checked against every
real solution of the note's equations, against an order through another name, at its sum's first index and in a
block law's component.  Each wrong step is held (undecided); each faithful one keeps its proof."""

from __future__ import annotations

import pytest
import red_team
import sympy as sp

from derivations import Derivation, Expectation, Identity, Normal, Relation, Status, Step, check_identity, rules
from derivations.kernel.convergence import expectation_shown_to_exist, shown_to_exist
from diffproof.notecheck import PROVED, UNDECIDED

X, Y, Z = sp.symbols("x y z", real=True)


def _proved(previous: sp.Expr, expr: sp.Expr, rule) -> bool:
    derivation = Derivation(previous, Relation.EQ, expr, (Step(Relation.EQ, expr, rule),))
    identity = Identity("fk59b", "fk59b", "background", (), (derivation,), ())
    return check_identity(identity).derivations[0].steps[0].verdict.status is Status.PROVED


def _e(body: sp.Expr, *variables: sp.Symbol) -> Expectation:
    variables = variables or (X,)
    law = sp.Mul(*(Normal(v, 0, 1) for v in variables))
    return Expectation(body, law, variables)


@pytest.mark.parametrize(
    ("call", "answer"),
    [
        # e^{y^2} under N(x) N(y) N(z) is infinite; 1/x^2 is not integrable at 0; x^2 y^4 z is a moment
        (lambda: expectation_shown_to_exist(_e(sp.exp(Y**2), X, Y, Z)), False),
        (lambda: expectation_shown_to_exist(_e(1 / X**2 + Y, X, Y)), False),
        (lambda: expectation_shown_to_exist(_e(X**2 * Y**4 * Z, X, Y, Z)), True),
        # over several variables, the y factor alone over the line diverges: ∫∫ N(x) dx dy
        (lambda: shown_to_exist(sp.Integral(Normal(X, 0, 1), (X, -sp.oo, sp.oo), (Y, -sp.oo, sp.oo))), False),
        (lambda: shown_to_exist(sp.Integral(sp.exp(X), (X, -sp.oo, -sp.oo))), False),
        # an unknown bounded f beside a known factor: x^4 decays against the Gaussian, e^{x^4/4} does not
        (lambda: expectation_shown_to_exist(_e(sp.Function("f")(X) * X**4)), True),
        (lambda: expectation_shown_to_exist(_e(sp.Function("g")(X) * sp.exp(X**4 / 4))), False),
        (lambda: expectation_shown_to_exist(_e(sp.Function("g")(X) ** 2 + sp.Function("g")(X) / X)), False),
    ],
)
def test_existence_is_shown_only_where_each_piece_exists(call, answer):
    assert call() is answer


@pytest.mark.parametrize(
    ("previous", "expr", "rule", "answer"),
    [
        (_e(sp.exp(X**4) - X**2), _e(sp.exp(X**4)) - _e(X**2), rules.LINEARITY_OF_SUMS, False),
        (_e(1 / X**2 + 1) - _e(1 / X**2), sp.Integer(1), rules.ALGEBRA, False),
        (_e(sp.exp(Y**2) + X, X, Y) - _e(sp.exp(Y**2), X, Y), sp.Integer(0), rules.ALGEBRA, False),
        # faithful: every piece a Gaussian moment
        (_e(X**4 + 3 * X**2), _e(X**4) + 3 * _e(X**2), rules.LINEARITY_OF_SUMS, True),
        (_e(X**2 + Y**2, X, Y) - _e(Y**2, X, Y), sp.Integer(1), rules.ALGEBRA, True),
    ],
)
def test_an_expectation_is_split_only_where_its_pieces_exist(previous, expr, rule, answer):
    assert _proved(previous, expr, rule) is answer


def _last(text: str) -> str:
    result = red_team.last(text)
    assert not result.internal, result.reason
    return result.status


_OVER_ITSELF = "\n$$\n\\frac{\\mathcal{N}(x; 0, %s)}{\\mathcal{N}(x; 0, %s)} = 1\n$$\n"


@pytest.mark.parametrize(
    ("said", "variance", "verdict"),
    [
        ("We have $v^4 = 0$.", "v", UNDECIDED),  # v = 0
        ("We have $v + w^4 + 1 = 0$.", "v", UNDECIDED),  # v = -1 - w^4 < 0
        ("We have $s^5 = 0$.", "s^2", UNDECIDED),  # s = 0, s^2 = 0
        ("Assume $v < u$ and $u < 0$.", "v", UNDECIDED),  # v < 0
        ("Assume $2 v \\le w$ and $w \\le -1$.", "v", UNDECIDED),
        # faithful: a positive solution, a bound that is not nonpositive
        ("We have $v^2 = 4$.", "v", PROVED),
        ("We have $v + w^2 = 1$.", "v", PROVED),
        ("Assume $v \\le w$ and $w \\ge 1$.", "v", PROVED),
    ],
)
def test_a_variance_the_note_leaves_no_positive_value_is_held(said, variance, verdict):
    assert _last(said + "\n" + _OVER_ITSELF % (variance, variance)) == verdict


@pytest.mark.parametrize(
    ("variance", "verdict"),
    [("t - 2", UNDECIDED), ("(t - 1)^2", UNDECIDED), ("t^2", PROVED), ("t + 1", PROVED)],
)
def test_a_variance_at_its_sums_first_index(variance, verdict):
    sums = f"\\sum_{{t=1}}^{{T}} \\mathcal{{N}}(x; 0, {variance})"
    assert _last(f"$$\n{sums} - {sums} = 0\n$$\n") == verdict


@pytest.mark.parametrize(
    ("law", "body", "verdict"),
    [
        ("\\mathcal{N}(0, 1)", "e^{x^2 / 2}", UNDECIDED),  # E[e^{x^2/2}] = ∫ dx / sqrt(2π) = ∞
        ("\\mathcal{N}(1, 4)", "\\frac{1}{x^4}", UNDECIDED),
        ("\\mathcal{N}(0, 1)", "e^{x^2} + x^2", UNDECIDED),
        ("\\mathcal{N}(0, 1)", "x^4 + x", PROVED),
        ("\\mathcal{N}(2, 3)", "e^{x}", PROVED),  # the moment generating function
    ],
)
def test_an_expectation_without_a_subscript_is_asked_over_the_stated_law(law, body, verdict):
    e = f"\\mathbb{{E}}\\left[{body}\\right]"
    assert _last(f"Let $x \\sim {law}$.\n\n$$\n{e} - {e} = 0\n$$\n") == verdict


@pytest.mark.parametrize(
    ("value", "verdict"),
    [("c := 5", PROVED), ("c := -1", PROVED), ("c := 1/2", UNDECIDED)],
)
def test_the_notes_values_reach_an_integral(value, verdict):
    """1/(x - c) on [0, 1]: continuous for c outside it; at c = 1/2 the integral diverges."""
    integral = "\\int_0^1 \\frac{1}{x - c} \\, dx"
    assert _last(f"Let ${value}$.\n\n$$\n{integral} - {integral} = 0\n$$\n") == verdict


_BLOCK = (
    "For two jointly Gaussian random variables $X$ and $Y$,\n\n$$\n"
    r"\begin{bmatrix} X \\ Y \end{bmatrix} \sim \mathcal{N}\left(\begin{bmatrix} \mu_X \\ \mu_Y \end{bmatrix}, "
    r"\begin{bmatrix} \Sigma_X & \Sigma_{XY} \\ \Sigma_{XY}^\top & \Sigma_Y \end{bmatrix}\right)"
    "\n$$\n\n"
)


@pytest.mark.parametrize(("variance", "verdict"), [("0", UNDECIDED), ("-0.5", UNDECIDED), ("0.5", PROVED)])
def test_a_block_laws_component_of_no_positive_variance_defines_nothing(variance, verdict):
    note = _BLOCK + f"Suppose $X \\sim \\mathcal{{N}}(2, {variance})$.\n\n$$\n\\Sigma_X = {variance}\n$$\n"
    assert _last(note) == verdict


@pytest.mark.parametrize(
    ("definition", "integral", "verdict"),
    [
        # a defined density is written into the integral: the Cauchy law has no second moment; its total is 1
        ("q(y) := \\frac{1}{\\pi (1 + y^2)}", "\\int_{-\\infty}^{\\infty} q(x)\\, x^2 \\, dx", UNDECIDED),
        ("q(y) := \\frac{1}{\\pi (1 + y^2)}", "\\int_{-\\infty}^{\\infty} q(x) \\, dx", PROVED),
        # a derivative of a defined function is the derivative of its body: -1/x^2 on [-1, 1] is not integrable
        ("h(x) := \\frac{1}{x}", "\\int_{-1}^{1} h'(x) \\, dx", UNDECIDED),
        ("h(x) := \\frac{1}{x}", "\\int_{1}^{2} h'(x) \\, dx", PROVED),
        ("h(x) := x^3", "\\int_{-\\infty}^{\\infty} h''(x) \\, dx", UNDECIDED),  # 6x over the line
        # a limit the note sets to a value it cannot read: whether the integral exists is not shown
        ("b := +\\infty", "\\int_{1}^{b} g(x) \\, dx", UNDECIDED),
        ("b := 3", "\\int_{1}^{b} g(x) \\, dx", PROVED),
    ],
)
def test_what_the_note_defines_reaches_an_integral(definition, integral, verdict):
    assert _last(f"Let ${definition}$.\n\n$$\n{integral} - {integral} = 0\n$$\n") == verdict


@pytest.mark.parametrize("integral", ["\\int_{-\\infty}^{-\\infty} x \\, dx", "\\int_{\\infty}^{\\infty} 1 \\, dx"])
def test_an_integral_from_an_infinity_to_itself_has_no_value(integral):
    assert _last(f"$$\n{integral} = 0\n$$\n") == UNDECIDED
