"""A note that states its forward process itself, with no directive: what follows from its own statements is
used, and nothing more.

Real notes write the DDPM model in display maths -- ``q(x_{1:T} | x_0) = \\prod_t q(x_t | x_{t-1})``,
``q(x_t | x_{t-1}) = N(...)``, ``\\bar\\alpha_t = \\prod_{i=1}^t \\alpha_i`` -- and rarely a directive.  The
Markov property, the marginals and the posteriors are then consequences of the note, not a reading of it.  Each
part is granted only where the note states what it follows from; the red team below removes or bends one
statement at a time and checks that the step depending on it is no longer proved.
"""

from __future__ import annotations

import pytest

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notecheck.chains import chain_statement
from diffproof.notecheck.statements.formulas import parse
from diffproof.notes import read_notes

#: Equations that state a Markov chain: the joint on the left, the product of its transitions on the right.
CHAINS = {
    "the forward process": (r"q(x_{1:T} \vert x_0)", r"\prod_{t=1}^T q(x_t \vert x_{t-1})"),
    "bold, limits written first": (r"q(\mathbf{x}_{1:T} \vert \mathbf{x}_0)", r"\prod^T_{t=1} q(\mathbf{x}_t \vert \mathbf{x}_{t-1})"),
    "the first factor split off": (r"q(x_{1:T}|x_0)", r"q(x_1|x_0) \prod_{t=2}^T q(x_t|x_{t-1})"),
    "the index shifted": (r"q(x_{1:T}|x_0)", r"\prod_{t=0}^{T-1} q(x_{t+1}|x_t)"),
    "with the first marginal": (r"q(x_{0:T})", r"q(x_0)\prod_{t=1}^{T} q(x_t|x_{t-1})"),
    "the generative model": (r"p_\theta(x_{0:T})", r"p(x_T) \prod_{t=1}^T p_\theta(x_{t-1} \vert x_t)"),
}  # fmt: skip

#: Equations that do not: each would grant the Markov property where it does not follow.
NOT_CHAINS = {
    "limits reversed (empty, or Karr's reciprocal)": (r"p(x_{0:T})", r"p(x_T) \prod_{t=T}^1 p(x_{t-1}|x_{t})"),
    "independent given x_0": (r"q(x_{1:T}|x_0)", r"\prod_{t=1}^T q(x_t|x_0)"),
    "the first transition missing": (r"q(x_{1:T}|x_0)", r"\prod_{t=2}^T q(x_t|x_{t-1})"),
    "the last transition missing": (r"q(x_{1:T}|x_0)", r"\prod_{t=1}^{T-1} q(x_t|x_{t-1})"),
    "a transition twice": (r"q(x_{1:T}|x_0)", r"q(x_1|x_0) q(x_1|x_0)\prod_{t=2}^T q(x_t|x_{t-1})"),
    "two steps back": (r"q(x_{1:T}|x_0)", r"\prod_{t=1}^T q(x_t|x_{t-2})"),
    "a constant factor": (r"q(x_{1:T}|x_0)", r"2\prod_{t=1}^T q(x_t|x_{t-1})"),
    "given more than the neighbour": (r"q(x_{1:T}|x_0)", r"\prod_{t=1}^T q(x_t|x_{t-1}, x_0)"),
    "another law's transitions": (r"q(x_{1:T}|x_0)", r"\prod_{t=1}^T p(x_t|x_{t-1})"),
    "the first marginal missing": (r"q(x_{0:T})", r"\prod_{t=1}^{T} q(x_t|x_{t-1})"),
    "the top's marginal missing": (r"p(x_{0:T})", r"\prod_{t=1}^{T} p(x_{t-1}|x_t)"),
    "the product on the left: a claim": (r"\prod_{t=1}^T q(x_t \vert x_{t-1})", r"q(x_{1:T} \vert x_0)"),
}


@pytest.mark.parametrize("name", CHAINS)
def test_a_joint_written_as_the_product_of_its_transitions_states_a_chain(name):
    lhs, rhs = CHAINS[name]
    assert chain_statement(parse(lhs, 1).node, parse(rhs, 1).node) is not None


@pytest.mark.parametrize("name", NOT_CHAINS)
def test_other_factorizations_state_no_chain(name):
    lhs, rhs = NOT_CHAINS[name]
    assert chain_statement(parse(lhs, 1).node, parse(rhs, 1).node) is None


TRANSITION = r"q(x_t|x_{t-1}) = \mathcal{N}(x_t; \sqrt{\alpha_t} x_{t-1}, (1-\alpha_t) I)"
CHAIN = r"q(x_{1:T}|x_0) = \prod_{t=1}^T q(x_t|x_{t-1})"
PRODUCT = r"Let $\bar\alpha_t = \prod_{i=1}^t \alpha_i$."
MARKOV = r"q(x_t|x_{t-1}, x_0) = q(x_t|x_{t-1})"
MARGINAL = r"q(x_t|x_0) = \mathcal{N}(x_t; \sqrt{\bar\alpha_t} x_0, (1-\bar\alpha_t) I)"
POSTERIOR = (
    r"q(x_{t-1}|x_t, x_0) = \mathcal{N}\left(x_{t-1}; \frac{\sqrt{\alpha_t}(1-\bar\alpha_{t-1})}{1-\bar\alpha_t} x_t"
    r" + \frac{\sqrt{\bar\alpha_{t-1}}(1-\alpha_t)}{1-\bar\alpha_t} x_0, \frac{(1-\bar\alpha_{t-1})(1-\alpha_t)}"
    r"{1-\bar\alpha_t} I\right)"
)
FORWARD_STEP = r"x_t = \sqrt{\alpha_t} x_{t-1} + \sqrt{1-\alpha_t}\epsilon_{t-1}"


def note(*parts: str) -> str:
    """A Markdown note of these parts: display maths, or a sentence or comment (a part starting with a capital
    letter or ``<``)."""
    return "\n\n".join(part if part[0].isupper() or part[0] == "<" else f"$$\n{part}\n$$" for part in parts) + "\n"


def last(*parts: str):
    """The verdict on the note's last step."""
    return check_notes(read_notes(note(*parts), markdown=True), Limits(seconds=120)).results[-1]


@pytest.mark.parametrize(
    "chain",
    [
        r"The forward process is $q(x_{1:T}|x_0) = \prod_{t=1}^T q(x_t|x_{t-1})$.",
        r"q(x_{1:T}|x_0) := \prod_{t=1}^T q(x_t|x_{t-1})",
    ],
    ids=["in a sentence", "a definition"],
)
def test_a_chain_stated_in_a_sentence_or_as_a_definition_is_used(chain):
    result = last(chain, MARKOV)
    assert result.status == PROVED, result.reason


def test_a_chain_stated_in_a_sentence_after_the_joint_was_used_is_not():
    used = r"\log p(x_0) \ge \mathbb{E}_{q(x_{1:T}|x_0)}\left[\log \frac{p(x_{0:T})}{q(x_{1:T}|x_0)}\right]"
    result = last(used, r"The forward process is $q(x_{1:T}|x_0) = \prod_{t=1}^T q(x_t|x_{t-1})$.", MARKOV)
    assert result.status == UNDECIDED, result.reason


def test_the_chain_statement_is_the_model_not_a_claim():
    result = last(TRANSITION, CHAIN)
    assert result.status == UNDECIDED and "states the model" in result.reason and result.defines


@pytest.mark.parametrize(
    "parts, step",
    [
        ((CHAIN,), MARKOV),
        ((TRANSITION, CHAIN, PRODUCT), MARGINAL),
        ((TRANSITION, CHAIN, PRODUCT), POSTERIOR),
        ((TRANSITION, CHAIN, FORWARD_STEP), r"\mathbb{E}[\epsilon_{t-1}\epsilon_{t-2}] = 0"),
        ((TRANSITION, CHAIN, FORWARD_STEP), r"\mathbb{E}[\epsilon_{t-1}^2] = 1"),
    ],
    ids=["markov", "marginal", "posterior", "noises independent", "noise variance"],
)
def test_what_follows_from_the_process_a_note_states_is_proved(parts, step):
    result = last(*parts, step)
    assert result.status == PROVED, result.reason
    assert "with the process the note states (lines" in result.reason


@pytest.mark.parametrize("step", [MARKOV, MARGINAL, POSTERIOR])
def test_without_those_statements_it_stays_undecided_with_the_reading_named(step):
    result = last(TRANSITION, PRODUCT, step)
    assert result.status == UNDECIDED and "standard DDPM reading" in result.reason


#: One statement removed or bent at a time: the step that depends on it is not proved.
UNSTATED = {
    "the joint written before its factorization": (
        (r"\log p(x_0) \ge \mathbb{E}_{q(x_{1:T}|x_0)}\left[\log \frac{p(x_{0:T})}{q(x_{1:T}|x_0)}\right]", CHAIN),
        MARKOV,
    ),
    "factors that are no chain": ((TRANSITION, r"q(x_{1:T}|x_0) = \prod_{t=1}^T q(x_t|x_0)"), MARKOV),
    "the product to T, not t": ((TRANSITION, CHAIN, r"Let $\bar\alpha_t = \prod_{i=1}^T \alpha_i$."), MARGINAL),
    "a transition with another variance": (
        (r"q(x_t|x_{t-1}) = \mathcal{N}(x_t; \sqrt{\alpha_t} x_{t-1}, \alpha_t I)", CHAIN, PRODUCT),
        MARGINAL,
    ),
    "no transition stated": ((CHAIN, PRODUCT), MARGINAL),
    "no chain stated": ((TRANSITION, PRODUCT), POSTERIOR),
    "beta never tied to alpha": (
        (r"q(x_t|x_{t-1}) = \mathcal{N}(x_t; \sqrt{1-\beta_t} x_{t-1}, \beta_t I)", CHAIN),
        r"q(x_{t-1}|x_{t-2}) = \mathcal{N}(x_{t-1}; \sqrt{\alpha_{t-1}} x_{t-2}, (1-\alpha_{t-1}) I)",
    ),
    "a forward step that is not the transition": (
        (TRANSITION, CHAIN, r"x_t = \sqrt{\alpha_t} x_{t-1} + (1-\alpha_t)\epsilon_{t-1}"),
        r"\mathbb{E}[\epsilon_{t-1}^2] = 1",
    ),
    "a noise of another family": ((TRANSITION, CHAIN, FORWARD_STEP), r"\mathbb{E}[z_1 z_2] = 0"),
    "a forward step with one noise for every step": (
        (TRANSITION, CHAIN, r"x_t = \sqrt{\alpha_t} x_{t-1} + \sqrt{1-\alpha_t}\epsilon"),
        r"\mathbb{E}[\epsilon_{t-1}\epsilon_{t-2}] = 0",
    ),
    "the family's letter without an index (the marginal's noise)": (
        (TRANSITION, CHAIN, FORWARD_STEP),
        r"\mathbb{E}[\epsilon^2] = 1",
    ),
    "the merged noise, whose law the note does not state": (
        (TRANSITION, CHAIN, FORWARD_STEP),
        r"\sqrt{\alpha_t}\left(\sqrt{\alpha_{t-1}} x_{t-2} + \sqrt{1-\alpha_{t-1}}\epsilon_{t-2}\right) "
        r"+ \sqrt{1-\alpha_t}\epsilon_{t-1} = \sqrt{\alpha_t \alpha_{t-1}} x_{t-2} + \sqrt{1 - \alpha_t\alpha_{t-1}}"
        r"\bar\epsilon_{t-2}",
    ),
}


@pytest.mark.parametrize("name", UNSTATED)
def test_a_part_the_note_does_not_state_is_not_granted(name):
    parts, step = UNSTATED[name]
    result = last(*parts, step)
    assert result.status != PROVED, result.reason
    assert result.status != REFUTED, result.reason


#: Wrong steps under the process a note states: never proved.
WRONG = {
    "the Markov property to the wrong variable": r"q(x_t|x_{t-1}, x_0) = q(x_t|x_0)",
    "alpha-bar for one minus alpha-bar": r"q(x_t|x_0) = \mathcal{N}(x_t; \sqrt{\bar\alpha_t} x_0, \bar\alpha_t I)",
    "the posterior's variance with alpha for alpha-bar": POSTERIOR.replace(r"{(1-\bar\alpha_{t-1})(1-\alpha_t)}", r"{(1-\alpha_{t-1})(1-\alpha_t)}"),
    "two noises correlated": r"\mathbb{E}[\epsilon_{t-1}\epsilon_{t-2}] = 1",
}  # fmt: skip


@pytest.mark.parametrize("name", WRONG)
def test_a_wrong_step_under_the_stated_process_is_never_proved(name):
    result = last(TRANSITION, CHAIN, PRODUCT, FORWARD_STEP, WRONG[name])
    assert result.status != PROVED, result.reason
    assert result.status != REFUTED or result.counterexample is not None


def test_correlated_noises_of_the_forward_step_are_refuted_with_their_law():
    """E[eps_{t-1} eps_{t-2}] = 0 for the forward step's noises, which the stated process makes independent
    standard normals: 1 is refuted, its counterexample their law."""
    result = last(TRANSITION, CHAIN, FORWARD_STEP, WRONG["two noises correlated"])
    assert result.status == REFUTED and result.counterexample is not None


def test_under_a_declared_context_the_factorization_is_a_claim_it_proves():
    result = last("<!-- diffproof: context ddpm -->", TRANSITION, CHAIN)
    assert result.status == PROVED and not result.defines


def test_a_joint_law_stated_in_a_sentence_in_another_form_keeps_its_steps_from_being_refuted():
    """'Here $q(x_{1:T}|x_0) = \\prod_t q(x_t|x_0)$' says the x_t are independent given x_0, which no finite model
    of a Markov chain honours: q(x_2|x_1, x_0) = q(x_2|x_0) holds under what the note states, so it is not refuted
    (it was, before a sentence's joint law disputed the law)."""
    result = last(CHAIN, r"Here $q(x_{1:T}|x_0) = \prod_{t=1}^T q(x_t|x_0)$.", r"q(x_2|x_1, x_0) = q(x_2|x_0)")
    assert result.status == UNDECIDED and "states its joint law" in result.reason


def test_a_noise_the_expectation_integrates_is_not_held_fixed():
    """Linearity over (x_0, eps), with the stated process in force: eps is integrated, not held fixed beside
    another variable, so the guard against tied noises does not hold the proof back."""
    step = (
        r"\mathbb{E}[\sqrt{\bar\alpha_t} x_0 + \sqrt{1-\bar\alpha_t}\epsilon] "
        r"= \sqrt{\bar\alpha_t}\mathbb{E}[x_0] + \sqrt{1-\bar\alpha_t}\mathbb{E}[\epsilon]"
    )
    result = last(TRANSITION, CHAIN, PRODUCT, step)
    assert result.status == PROVED, result.reason


DEFINED = r"x_t = \sqrt{\bar\alpha_t} x_0 + \sqrt{1-\bar\alpha_t}\epsilon"

#: Expectations of a variable the note defines, taken under the step's one probability: its definition holds
#: inside them (E[x_t] is the expectation of the same random variable as E[sqrt(abar_t) x_0 + ...]).
THROUGH_DEFINITIONS = {
    "linearity": r"\mathbb{E}[x_t] = \sqrt{\bar\alpha_t}\mathbb{E}[x_0] + \sqrt{1-\bar\alpha_t}\mathbb{E}[\epsilon]",
    "the definition inside": r"\mathbb{E}[x_t] = \mathbb{E}[\sqrt{\bar\alpha_t} x_0 + \sqrt{1-\bar\alpha_t}\epsilon]",
    "a variance": r"\mathrm{Var}(x_t) = \mathrm{Var}(\sqrt{\bar\alpha_t} x_0 + \sqrt{1-\bar\alpha_t}\epsilon)",
}

#: Not proved: a wrong coefficient, independence nobody stated, a variable held fixed by the expectation.
NOT_THROUGH_DEFINITIONS = {
    "a wrong coefficient": r"\mathbb{E}[x_t] = \sqrt{\bar\alpha_t}\mathbb{E}[x_0] + \sqrt{\bar\alpha_t}\mathbb{E}[\epsilon]",
    "a cross term dropped": r"\mathbb{E}[x_t^2] = \bar\alpha_t\mathbb{E}[x_0^2] + (1-\bar\alpha_t)\mathbb{E}[\epsilon^2]",
    "x_t held fixed, integrated instead": r"\mathbb{E}_{x_0}[x_t x_0] = \mathbb{E}[(\sqrt{\bar\alpha_t} x_0 "
    r"+ \sqrt{1-\bar\alpha_t}\epsilon) x_0]",
    "x_0 held fixed beside x_t": r"\mathbb{E}_{x_t}[x_t x_0] = \mathbb{E}[(\sqrt{\bar\alpha_t} x_0 "
    r"+ \sqrt{1-\bar\alpha_t}\epsilon) x_0]",
}  # fmt: skip


@pytest.mark.parametrize("name", THROUGH_DEFINITIONS)
def test_a_defined_variable_is_written_through_its_definition_inside_an_expectation(name):
    result = last(DEFINED, THROUGH_DEFINITIONS[name])
    assert result.status == PROVED, result.reason
    assert "inside the expectations, by the definitions" in result.reason


@pytest.mark.parametrize("name", NOT_THROUGH_DEFINITIONS)
def test_a_definition_inside_an_expectation_proves_nothing_false(name):
    result = last(DEFINED, NOT_THROUGH_DEFINITIONS[name])
    assert result.status != PROVED, result.reason
    assert result.status != REFUTED or result.counterexample is not None
