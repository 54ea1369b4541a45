"""A sentence that a quantity is constant with respect to a name (``notecheck/dependence.py``): how it varies, not
its value.  It leaves a counterexample trusted where the name is only a law's parameter (the family constant in the
name extends the counterexample), and untrusted where the name is a value of the step or of what it assumes."""

from __future__ import annotations

import pytest

from diffproof.answers.limits import Limits
from diffproof.notecheck import REFUTED, UNDECIDED, check_notes
from diffproof.notecheck.statements.unnamed import independent_of, said_of_unnamed
from diffproof.notes import read_notes

LIMITS = Limits(seconds=60)


def judged(text: str):
    (result,) = check_notes(read_notes(text, markdown=True), limits=LIMITS).results
    return result


@pytest.mark.parametrize(
    ("sentence", "names", "property_"),
    [
        ("Note that the first term is constant with respect to $\\theta$ and can be ignored.", ("\\theta",), False),
        ("The first term is constant w.r.t. $\\phi$.", ("\\phi",), False),
        ("This term is constant in $t$.", ("t",), False),
        ("The sum is independent of $x_0$.", ("x_0",), False),
        ("The first term does not depend on $\\theta$.", ("\\theta",), False),
        ("The first term is constant.", (), True),  # a value: a constant, read as a property
        ("The first term is constant with respect to time.", (), True),  # no name in maths: a property, fail-safe
    ],
)
def test_a_dependence_on_a_name_is_not_a_property_of_the_value(sentence, names, property_):
    assert independent_of(sentence) == names
    assert bool(said_of_unnamed(sentence)) == property_


STEP = "Let $a$ and $x$ be numbers.\n\n$$\na x + x = x + a\n$$\n\n"


def test_constant_in_a_value_of_the_step_leaves_the_counterexample_untrusted():
    # the first term a x constant in x means a = 0, where the step holds: a counterexample at a = 1 breaks what
    # the note says
    result = judged(STEP + "Note that the first term is constant with respect to $x$.\n")
    assert result.status == UNDECIDED
    assert "varies with $x$" in result.reason


def test_constant_in_a_name_the_model_does_not_hold_keeps_the_refutation():
    # theta is no value of the step: every quantity is constant in it, and a x + x = x + a fails at a = 1, x = 2
    assert judged(STEP + "Note that the first term is constant with respect to $\\theta$.\n").status == REFUTED


def test_constant_in_a_parameter_times_a_value_leaves_the_counterexample_untrusted():
    note = "Let $\\theta$ and $x$ be numbers.\n\n$$\n\\theta x + x = x + \\theta x^2\n$$\n\n"
    result = judged(note + "Here the first term is constant with respect to $\\theta$.\n")  # so x = 0: it holds
    assert result.status == UNDECIDED


def test_constant_in_a_laws_parameter_keeps_the_refutation():
    # E_q[log p_theta / q] = -KL(q || p_theta): the sign is wrong whatever law p_theta is, and the family of laws
    # constant in theta is one
    note = (
        "$$\n\\mathbb{E}_{q(z)}\\left[\\log \\frac{p_\\theta(z)}{q(z)}\\right] = "
        "\\mathrm{KL}(q(z) \\| p_\\theta(z))\n$$\n\nNote that the first term is constant with respect to $\\theta$.\n"
    )
    assert judged(note).status == REFUTED


def test_constant_in_a_name_a_definition_makes_a_value_leaves_the_counterexample_untrusted():
    # m := theta x constant in theta means x = 0, and then m + theta = theta + theta x^2 holds: a counterexample
    # at x = 2 breaks what the note says of m
    note = (
        "Let $m := \\theta x$.\n\n$$\nm + \\theta = \\theta + \\theta x^2\n$$\n\n"
        "Note that the first term is constant with respect to $\\theta$.\n"
    )
    result = judged(note)
    assert result.status == UNDECIDED
    assert "varies with $\\theta$" in result.reason
    # said of a name the model does not hold, the same counterexample is trusted
    assert judged(note.replace("respect to $\\theta$", "respect to $\\tau$")).status == REFUTED
