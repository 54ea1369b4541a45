"""Declared noises factor out of a joint law (:class:`derivations.kernel.rules.IndependentNoises`).

A noise the context declares is standard normal and independent of every other variable, so an expectation over
it jointly with other variables is, by Fubini, the expectation over the others (under the same law's marginal) of
its Gaussian integral: Var(sqrt(abar_t) x_0 + sqrt(1 - abar_t) eps) = abar_t Var(x_0) + (1 - abar_t) Var(eps).
Each condition is checked by a case that breaks it (no noise declared, a law conditioned or with parameters, an
expectation over fewer variables than its law, a marginal of another law), and the slips a note makes in such a
step (the coefficients not squared, a moment wrong, a cross term kept) are never proved.  In notes, the noise is
declared only beside variables made before it (:func:`diffproof.notecheck.contexts.independent`): a noise beside
the x_t it made, in either naming of the noises, is never factored out.
"""

from __future__ import annotations

import pytest
import sympy as sp

from derivations import Definition, Density, Expectation, Relation, Status, noises, rules
from derivations.kernel.checking import check_uncited, reconcile
from derivations.symbols import Noise
from diffproof.notecheck import PROVED, check_notes
from diffproof.notes import read_notes

EQ = Relation.EQ
X, Y = sp.symbols("X Y", real=True)
S, V = sp.symbols("S V", positive=True)
PHI = sp.Symbol("PHI", real=True)
E1, E2 = Noise("e1"), Noise("e2")
DECLARED = (noises(E1),)


def _q(*variables, given=(), parameters=None) -> Density:
    return Density("Q", variables, given, parameters)


def _var(g: sp.Expr, law: Density) -> sp.Expr:
    return Expectation(g**2, law) - Expectation(g, law) ** 2


#: Correct steps the rule proves: (before, after, assumptions).
PROVED_STEPS = {
    "a variance of an affine form": (_var(S * X + V * E1, _q(X, E1)), S**2 * _var(X, _q(X)) + V**2, DECLARED),
    "a variance beside the noise's own": (
        _var(S * X + V * E1, _q(X, E1)),
        S**2 * _var(X, _q(X)) + V**2 * _var(E1, _q(E1)),
        DECLARED,
    ),
    "a cross moment": (Expectation(X * E1, _q(X, E1)), sp.Integer(0), DECLARED),
    "two noises": (Expectation((X + E1 * E2) ** 2, _q(X, E1, E2)), Expectation(X**2, _q(X)) + 1, (noises(E1, E2),)),
    "a fourth moment": (Expectation(X * E1**4, _q(X, E1)), 3 * Expectation(X, _q(X)), DECLARED),
    "an input written beside the noise in a definition": (
        Expectation(X * E1, _q(X, E1)),
        sp.Integer(0),
        (*DECLARED, Definition(Y, 3 * X + 2 * E1, "Y")),
    ),
}

#: Steps the rule must not prove: (before, after, assumptions).
NOT_PROVED = {
    "no noise declared": (_var(S * X + V * E1, _q(X, E1)), S**2 * _var(X, _q(X)) + V**2, ()),
    "the law conditioned on another variable": (Expectation(X * E1, _q(X, E1, given=(Y,))), sp.Integer(0), DECLARED),
    "the law with parameters": (Expectation(X * E1, _q(X, E1, parameters=(PHI,))), sp.Integer(0), DECLARED),
    "an expectation over the noise alone of a joint law": (
        Expectation(X * E1, _q(X, E1), (E1,)),
        sp.Integer(0),
        DECLARED,
    ),
    "the marginal of another law": (Expectation(X * E1**2, _q(X, E1)), Expectation(X, Density("P", (X,))), DECLARED),
    "the coefficients not squared": (_var(S * X + V * E1, _q(X, E1)), S * _var(X, _q(X)) + V, DECLARED),
    "the cross moment taken for the noise's square": (Expectation(X * E1**2, _q(X, E1)), sp.Integer(0), DECLARED),
    "a fourth moment taken as one": (Expectation(X * E1**4, _q(X, E1)), Expectation(X, _q(X)), DECLARED),
    # The declarations contradict each other (x made from the declared noise): nothing factors.
    "the other variable defined from the noise": (
        Expectation(X * E1, _q(X, E1)),
        sp.Integer(0),
        (*DECLARED, Definition(X, 2 * E1, "X")),
    ),
    "the other variable defined through a name made from the noise": (
        Expectation(X * E1, _q(X, E1)),
        sp.Integer(0),
        (*DECLARED, Definition(Y, 2 * E1, "Y"), Definition(X, Y + 1, "X")),
    ),
    "the noise defined from the other variable": (
        Expectation(X * E1, _q(X, E1)),
        sp.Integer(0),
        (*DECLARED, Definition(E1, X - 1, "e1")),
    ),
}


@pytest.mark.parametrize("name", PROVED_STEPS)
def test_a_declared_noise_factors_out_of_a_joint_law(name):
    before, after, assumptions = PROVED_STEPS[name]
    verdict = check_uncited(EQ, before, after, reconcile(assumptions))
    assert verdict.status is Status.PROVED, verdict.reason
    assert verdict.rule == rules.INDEPENDENT_NOISES.name


@pytest.mark.parametrize("name", NOT_PROVED)
def test_a_step_outside_the_rule_or_with_a_slip_is_not_proved(name):
    before, after, assumptions = NOT_PROVED[name]
    assert check_uncited(EQ, before, after, reconcile(assumptions)).status is not Status.PROVED


def test_the_rule_states_its_condition_and_declines_a_law_of_noises_alone():
    before, after, assumptions = PROVED_STEPS["a cross moment"]
    outcome = rules.INDEPENDENT_NOISES.justify(EQ, before, after, reconcile(assumptions))
    assert "independent of the other variables" in outcome.conditions[0]
    alone = rules.INDEPENDENT_NOISES.justify(EQ, Expectation(E1**2, _q(E1)), sp.Integer(1), reconcile(DECLARED))
    assert "no expectation over declared noises jointly" in alone.reason  # the law of the noises alone: not this rule


HEAD = "<!-- diffproof: context ddpm -->\n# Variances\n\n"
SIDE = r"Var(\sqrt{\bar{\alpha}_t}x_0 + \sqrt{1 - \bar{\alpha}_t}\epsilon)"

#: Note steps under the DDPM context: (text after the heading, whether the step is proved).
NOTES = {
    "the variance of the forward marginal": (
        rf"$$ {SIDE} = \bar{{\alpha}}_t Var(x_0) + (1-\bar{{\alpha}}_t)Var(\epsilon) $$", True),
    "its noise's variance evaluated": (rf"$$ {SIDE} = \bar{{\alpha}}_t Var(x_0) + 1-\bar{{\alpha}}_t $$", True),
    "the coefficients not squared": (
        rf"$$ {SIDE} = \sqrt{{\bar{{\alpha}}_t}} Var(x_0) + \sqrt{{1-\bar{{\alpha}}_t}}Var(\epsilon) $$", False),
    "the noise's variance doubled": (rf"$$ {SIDE} = \bar{{\alpha}}_t Var(x_0) + 2(1-\bar{{\alpha}}_t) $$", False),
    "a noise beside the x_t it may have made": (r"$$ Var(x_t + \epsilon) = Var(x_t) + Var(\epsilon) $$", False),
    "the step's noise beside x_t": (r"$$ E(x_t \epsilon_{t-1}) = E(x_t) E(\epsilon_{t-1}) $$", False),
    "the step's noise beside x_{t-1}, which it did not make": (r"$$ E(x_{t-1} \epsilon_{t-1}) = 0 $$", True),
    "the noise that made x_{t-1}, in Ho's naming": (
        "The forward step is $x_t = \\sqrt{\\alpha_t} x_{t-1} + \\sqrt{1 - \\alpha_t}\\epsilon_t$.\n\n"
        r"$$ E(x_{t-1} \epsilon_{t-1}) = 0 $$", False),
    "the next noise, in Ho's naming": (
        "The forward step is $x_t = \\sqrt{\\alpha_t} x_{t-1} + \\sqrt{1 - \\alpha_t}\\epsilon_t$.\n\n"
        r"$$ E(x_{t-1} \epsilon_{t}) = 0 $$", True),
    "a noise with a law of its own": (
        "Here $\\epsilon \\sim \\mathcal{N}(0, 4\\mathbf{I})$.\n\n"
        rf"$$ {SIDE} = \bar{{\alpha}}_t Var(x_0) + 1-\bar{{\alpha}}_t $$", False),
}  # fmt: skip


@pytest.mark.parametrize("name", NOTES)
def test_a_note_factors_out_only_a_noise_independent_of_the_variables_beside_it(name):
    text, proved = NOTES[name]
    result = check_notes(read_notes(HEAD + text + "\n", markdown=True)).results[-1]
    assert (result.status == PROVED) is proved, result.reason


def test_without_a_context_a_letter_epsilon_is_no_noise():
    text = r"$$ Var(a x + b \epsilon) = a^2 Var(x) + b^2 Var(\epsilon) $$" + "\n"
    assert check_notes(read_notes("# Two variables\n\n" + text, markdown=True)).results[-1].status != PROVED
