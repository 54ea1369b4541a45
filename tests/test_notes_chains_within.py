"""A step that factors joint laws in place states the model: the first time a note writes p(x_{0:T}) and
q(x_{1:T} | x_0) as the products of their transitions may be inside a derivation, under a log and an expectation
(Marp slides deriving Ho et al.'s loss do exactly that).  The step changes nothing else, so it is a statement,
not a claim; the steps after it have the Markov property of both chains, and a counterexample over sums, in a
finite model of those chains, satisfies everything the note states of them.  Each condition is checked by a
case that breaks it.
"""

from __future__ import annotations

import pytest

from diffproof.answers.limits import Limits
from diffproof.notecheck import PROVED, REFUTED, UNDECIDED, check_notes
from diffproof.notecheck.chains import chains_within
from diffproof.notecheck.statements.formulas import parse
from diffproof.notes import read_notes

ELBO = r"\mathbb{E}_{q(x_{0:T})}\left[\log \frac{p_\theta(x_{0:T})}{q(x_{1:T}|x_0)}\right]"
FACTORED = (
    r"\mathbb{E}_{q(x_{0:T})}\left[\log \frac{p(x_T)\prod_{t=1}^T p_\theta(x_{t-1}|x_t)}"
    r"{\prod_{t=1}^T q(x_t|x_{t-1})}\right]"
)

#: Steps that factor joints in place and do nothing else: the laws whose chains they state.
WITHIN = {
    "both joints, under a log in an expectation": (ELBO, FACTORED, {"q", "p"}),
    "one joint, the other kept": (
        ELBO,
        r"\mathbb{E}_{q(x_{0:T})}\left[\log \frac{p(x_T)\prod_{t=1}^T p_\theta(x_{t-1}|x_t)}{q(x_{1:T}|x_0)}\right]",
        {"p"},
    ),
    "a joint alone under a log": (r"\log q(x_{1:T}|x_0)", r"\log \prod_{t=1}^T q(x_t|x_{t-1})", {"q"}),
}

#: Steps that do something besides, or factor into no chain: none is a statement of the model.
NOT_WITHIN = {
    "a factor besides": (ELBO, FACTORED.replace(r"\log \frac", r"\log 2\frac")),
    "the log expanded too": (
        ELBO,
        r"\mathbb{E}_{q(x_{0:T})}\left[\log p(x_T) + \sum_{t=1}^T \log \frac{p_\theta(x_{t-1}|x_t)}"
        r"{q(x_t|x_{t-1})}\right]",
    ),
    "the expectation's law changed": (ELBO, FACTORED.replace(r"\mathbb{E}_{q(x_{0:T})}", r"\mathbb{E}_{p(x_{0:T})}")),
    "independent given x_0": (ELBO, FACTORED.replace("q(x_t|x_{t-1})", "q(x_t|x_0)")),
    "the first transition missing": (ELBO, FACTORED.replace(r"\prod_{t=1}^T q", r"\prod_{t=2}^T q")),
    "the products on the left": (FACTORED, ELBO),
}


def _chains(lhs: str, rhs: str):
    return chains_within(parse(lhs, 1).node, parse(rhs, 1).node)


@pytest.mark.parametrize("name", WITHIN)
def test_a_step_that_factors_joints_in_place_states_their_chains(name):
    lhs, rhs, laws = WITHIN[name]
    assert {chain.law[0] for chain in _chains(lhs, rhs)} == laws


@pytest.mark.parametrize("name", NOT_WITHIN)
def test_a_step_that_does_more_states_no_chain(name):
    assert _chains(*NOT_WITHIN[name]) == ()


MARKOV = r"q(x_t|x_{t-1}, x_0) = q(x_t|x_{t-1})"
REVERSE_MARKOV = r"p(x_{t-1}|x_t, x_{t+1}) = p(x_{t-1}|x_t)"
DEFINITION = rf"\mathcal{{K}} = {ELBO}"
EXPANDED = (
    r"\mathbb{E}_{q(x_{0:T})}\left[D_{KL}(q(x_T|x_0) \| p(x_T)) + \sum_{t=2}^T D_{KL}(q(x_{t-1}|x_t, x_0) \| "
    r"p_\theta(x_{t-1}|x_t)) - \log p_\theta(x_0|x_1)\right]"
)
SIGN_SLIP = rf"\mathcal{{K}} = {EXPANDED}"  # the slides' slip: K is the ELBO, the bracket its negative
SIGN_RIGHT = rf"-\mathcal{{K}} = {EXPANDED}"
TRANSITION = r"q(x_t|x_{t-1}) = \mathcal{N}(x_t; \sqrt{\alpha_t} x_{t-1}, (1-\alpha_t) I)"


def note(*displays: str) -> str:
    """A Markdown note of these display-maths blocks, or sentences and comments (a part starting with a capital
    letter or ``<``)."""
    return "\n\n".join(d if d[0].isupper() or d[0] == "<" else f"$$\n{d}\n$$" for d in displays) + "\n"


def results(*displays: str):
    return check_notes(read_notes(note(*displays), markdown=True), Limits(seconds=120)).results


def test_the_step_is_a_statement_and_the_chains_it_states_are_used():
    *_, stated, markov, reverse = results(DEFINITION, f"{ELBO} = {FACTORED}", MARKOV, REVERSE_MARKOV)
    assert stated.status == UNDECIDED and "states the model" in stated.reason and stated.defines
    assert markov.status == PROVED, markov.reason
    assert reverse.status == PROVED, reverse.reason
    assert "with the process the note states" in markov.reason


def test_without_it_the_markov_property_is_only_named():
    *_, markov = results(DEFINITION, MARKOV)
    assert markov.status == UNDECIDED and "Markov chain" in markov.reason


def test_a_joint_already_in_a_claim_is_not_defined_by_factoring_it_later():
    claim = rf"\log p_\theta(x_0) \ge {ELBO}"
    *_, factored, markov = results(claim, f"{ELBO} = {FACTORED}", MARKOV)
    assert "states the model" not in factored.reason
    assert markov.status == UNDECIDED, markov.reason


def test_a_factorization_that_also_changes_the_step_is_a_claim():
    lhs, rhs = NOT_WITHIN["a factor besides"]
    *_, factored, markov = results(f"{lhs} = {rhs}", MARKOV)
    assert "states the model" not in factored.reason
    assert markov.status == UNDECIDED, markov.reason


def test_under_a_declared_context_the_step_is_a_claim_the_context_proves():
    *_, factored = results("<!-- diffproof: context ddpm -->", f"{ELBO} = {FACTORED}")
    assert factored.status == PROVED, factored.reason


def test_a_sign_slip_over_sums_is_refuted_in_a_finite_model_of_the_stated_chains():
    *_, slip = results(DEFINITION, f"{ELBO} = {FACTORED}", SIGN_SLIP)
    assert slip.status == REFUTED, slip.reason
    assert "Markov chains honoured" in slip.counterexample.where


def test_the_correct_sign_is_never_refuted():
    *_, right = results(DEFINITION, f"{ELBO} = {FACTORED}", SIGN_RIGHT)
    assert right.status != REFUTED, right.reason


def test_without_the_chains_stated_the_slip_is_not_refuted():
    """A finite model that ignores the chains might refute what the note's model makes true."""
    *_, slip = results(DEFINITION, SIGN_SLIP)
    assert slip.status == UNDECIDED, slip.reason


def test_with_a_gaussian_transition_stated_no_finite_model_is_trusted():
    """A finite model contradicts the note's Gaussian transition: it is no counterexample."""
    *_, slip = results(TRANSITION, DEFINITION, f"{ELBO} = {FACTORED}", SIGN_SLIP)
    assert slip.status != REFUTED or "Markov chains honoured" not in slip.counterexample.where, slip.reason
