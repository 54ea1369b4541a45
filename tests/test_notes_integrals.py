"""Definite integrals in notes: the variable of ``\\int_a^b ... du`` is bound (a real variable of no other
property, never a name of the step nor drawn by a counterexample), infinite limits are read, and the kernel's
definite integral rule (:mod:`derivations.kernel.integrals`) decides the step where its conditions hold."""

from __future__ import annotations

import pytest

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notes import read_notes

#: A note of several integral steps, each with the verdict it must get; the rate's sign is declared.
WITH_THE_SIGN = (
    "<!-- diffproof: assume a > 0 -->\n\n"
    "$$\n\\int_0^1 u\\, du = \\frac{1}{2}\n$$\n\n"
    "$$\n\\int_0^1 u\\, du = 1\n$$\n\n"
    "$$\n\\int_0^\\infty e^{-a u}\\, \\mathrm{d}u = \\frac{1}{a}\n$$\n\n"
    "$$\n\\int_0^{\\infty} e^{-a u}\\, du = a\n$$\n\n"
    "$$\n\\int_{-\\infty}^{\\infty} e^{-u^2/2}\\, du = \\sqrt{2\\pi}\n$$\n\n"
    "$$\n\\int_1^0 2x\\, dx = -1\n$$\n\n"
    "$$\n\\int_0^2 \\mathbf{u}\\, d\\mathbf{u} = 2\n$$\n"
)
VERDICTS_WITH_THE_SIGN = [PROVED, REFUTED, PROVED, REFUTED, PROVED, PROVED, PROVED]


def _statuses(text: str) -> list[str]:
    report = check_notes(read_notes(text, markdown=True), Limits(seconds=120))
    return [result.status for result in report.results]


def test_a_note_of_integrals_with_its_sign_declared():
    assert _statuses(WITH_THE_SIGN) == VERDICTS_WITH_THE_SIGN


def test_without_the_sign_the_improper_integral_is_undecided_and_says_why():
    text = "$$\n\\int_0^\\infty e^{-a u}\\, du = \\frac{1}{a}\n$$\n"
    (result,) = check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results
    assert result.status == UNDECIDED
    assert "not declared" in result.reason and "assume a > 0" in result.reason


def test_a_wrong_value_is_refuted_with_no_values_drawn():
    """Both sides are constants: the counterexample is their two values, at no point at all."""
    text = "$$\n\\int_0^1 u\\, du = 1\n$$\n"
    (result,) = check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results
    assert result.status == REFUTED
    assert result.counterexample.point == () and result.counterexample.drawn == ()


@pytest.mark.parametrize(
    "step",
    [
        "\\int_{-1}^{1} |t|\\, dt = 0",  # t the step index elsewhere (a positive integer): bound, it is real
        "\\int_{-1}^{1} |u|\\, du = 0",
    ],
)
def test_the_bound_variable_takes_no_convention_of_its_letter(step):
    assert _statuses(f"$$\n{step}\n$$\n") == [REFUTED]


@pytest.mark.parametrize(
    "step",
    [
        "\\int_0^T \\beta_t\\, dt = T \\beta_t",  # the schedule at time t: a function of the variable
        "\\int_0^1 x_{2u}\\, du = x_{2u}",
    ],
)
def test_a_name_indexed_by_the_variable_is_not_read_as_a_constant(step):
    report = check_notes(read_notes(f"$$\n{step}\n$$\n", markdown=True), Limits(seconds=120))
    (result,) = report.results
    assert result.status == UNDECIDED
    assert "indexed by the variable of its integral" in result.reason


def test_the_variable_is_never_a_name_a_counterexample_draws():
    """u is a random variable elsewhere in the note; inside the integral it is bound, so the step is a constant."""
    text = "Let $u \\sim \\mathcal{N}(0, 1)$.\n\n$$\n\\int_0^1 u\\, du = 1\n$$\n"
    (result,) = check_notes(read_notes(text, markdown=True), Limits(seconds=120)).results
    assert result.status == REFUTED
    assert result.counterexample.point == ()
