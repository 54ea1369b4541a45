"""Held-out notes of up52's rule (``notecheck/optimum_constants.py``): an optimum is unchanged by a term free of
its variable, so argmax_θ f = argmax_θ g is proved where f and g, without their terms made only of the forward
process's densities (q of the declared DDPM context, which has no parameter), are equal.  Wrong variants (the
dropped term depends on θ, the expectation is under p_θ, q or the schedule written with θ or made to depend on it,
no context, the optimum over a variable the term writes, a θ-free factor rather than a term, a sign changed on a
kept term) must stay unproved, and never refuted; faithful ones are proved.

The rule (``notecheck/optimum_constants.py``) and its whitelist (``forward_fixed.py``) were withdrawn in session
54: dropping q's terms needs the note to say nothing that makes q or its schedule learned, and no reader of
words can show that (red team 55a proved wrong steps through words, languages and attributes the whitelist did
not read).  These notes stay as tests that no optimum is decided by dropping terms: the wrong variants are never
proved, the faithful ones undecided, neither refuted."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_CONTEXT = "<!-- diffproof: context ddpm -->\n"
_E = "\\mathbb{{E}}_{{{law}}}\\left[{body}\\right]"
_Q = "q(x_{1:T} \\mid x_0)"
_MODEL = "\\ln p_\\theta(x_0 \\mid x_1)"


def _step(lhs: str, rhs: str, law: str = _Q, operator: str = "argmax", right: str = "argmax") -> str:
    first = _E.format(law=law, body=lhs)
    second = _E.format(law=law, body=rhs)
    return f"$$\n\\text{{{operator}}}_\\theta {first} = \\text{{{right}}}_\\theta {second}\n$$\n"


def _note(step: str, before: str = "", context: str = _CONTEXT) -> str:
    return f"{context}{before}Then\n\n{step}"


#: Steps where the objectives differ only by terms made of q's densities: undecided since the rule was withdrawn.
FAITHFUL = {
    "a log of q dropped": _step(f"{_MODEL} + \\ln q(x_1 \\mid x_0)", _MODEL),
    "a log of q subtracted, dropped": _step(f"{_MODEL} - \\ln q(x_1 \\mid x_0)", _MODEL),
    "a sum of q logs replaced by another q term": _step(
        f"{_MODEL} + \\sum_{{t=2}}^T \\ln \\frac{{q(x_{{t-1}} \\mid x_0)}}{{q(x_t \\mid x_0)}}",
        f"{_MODEL} + \\ln q(x_2 \\mid x_0)",
    ),
    "a q term on each side, different": _step(f"\\ln q(x_T \\mid x_0) + {_MODEL}", f"{_MODEL} - \\ln q(x_2 \\mid x_1)"),
    "argmin, a sum of q logs dropped": _step(
        f"-{_MODEL} - \\sum_{{t=1}}^T \\ln q(x_t \\mid x_{{t-1}})", f"-{_MODEL}", operator="argmin", right="argmin"
    ),
}

#: Steps where a dropped term, its law or q itself may depend on θ, or the rule's conditions fail: never proved.
WRONG = {
    "the dropped term is the model's": _note(_step(f"{_MODEL} + \\ln p_\\theta(x_1 \\mid x_2)", _MODEL)),
    "the dropped term is a plain p": _note(_step(f"{_MODEL} + \\ln p(x_1 \\mid x_2)", _MODEL)),
    "the expectation is under p_theta": _note(
        _step(f"{_MODEL} + \\ln q(x_1 \\mid x_0)", _MODEL, law="p_\\theta(x_{1:T} \\mid x_0)")
    ),
    "no context": _note(_step(f"{_MODEL} + \\ln q(x_1 \\mid x_0)", _MODEL), context=""),
    "q with theta as its index": _note(_step(f"{_MODEL} + \\ln q_\\theta(x_1 \\mid x_0)", _MODEL)),
    "q with theta as a parameter": _note(_step(f"{_MODEL} + \\ln q(x_1; \\theta)", _MODEL)),
    "q given a law with theta": _note(
        _step(f"{_MODEL} + \\ln q(x_1 \\mid x_0)", _MODEL),
        "$$\nq(x_t \\mid x_{t-1}) = \\mathcal{N}(x_t; \\theta x_{t-1}, 1)\n$$\n\n",
    ),
    "the schedule made of theta through another name": _note(
        _step(f"{_MODEL} + \\ln q(x_1 \\mid x_0)", _MODEL),
        "$$\n\\gamma_s = \\theta s\n$$\n\n$$\n\\beta_t = \\frac{\\gamma_t}{1 + \\gamma_t}\n$$\n\n",
    ),
    "the optimum over x_0": _note(
        "$$\n\\text{argmax}_{x_0} \\mathbb{E}_{q(x_{1:T} \\mid x_0)}\\left[\\ln p(x_0 \\mid x_1) + \\ln q(x_1 \\mid x_0)"
        "\\right] = \\text{argmax}_{x_0} \\mathbb{E}_{q(x_{1:T} \\mid x_0)}\\left[\\ln p(x_0 \\mid x_1)\\right]\n$$\n"
    ),
    "no expectation, x_1 made of theta": _note(
        f"$$\n\\text{{argmax}}_\\theta \\left({_MODEL} + \\ln q(x_1 \\mid x_0)\\right) = \\text{{argmax}}_\\theta "
        f"\\left({_MODEL}\\right)\n$$\n",
        "$$\nx_1 = \\theta x_0\n$$\n\n",
    ),
    "x_0 made of theta": _note(_step(f"{_MODEL} + \\ln q(x_1 \\mid x_0)", _MODEL), "$$\nx_0 = g_\\theta(z)\n$$\n\n"),
    "a q of a predicted x_0": _note(_step(f"{_MODEL} + \\ln q(x_1 \\mid \\hat{{x}}_0)", _MODEL)),
    "a q of another variable z": _note(_step(f"{_MODEL} + \\ln q(z \\mid x_0)", _MODEL)),
    "a q factor, not a term": _note(_step(f"q(x_1 \\mid x_0) {_MODEL}", _MODEL)),
    "a kept term's sign changed": _note(_step(f"{_MODEL} + \\ln q(x_1 \\mid x_0)", f"-{_MODEL}")),
    "a kept term's factor changed": _note(_step(f"{_MODEL} + \\ln q(x_1 \\mid x_0)", "\\ln p_\\theta(x_1 \\mid x_0)")),
    "argmin of the same objective": _note(
        _step(f"{_MODEL} + \\ln q(x_1 \\mid x_0)", _MODEL, operator="argmax", right="argmin")
    ),
}


@pytest.mark.parametrize("name", sorted(FAITHFUL))
def test_terms_of_the_forward_process_are_not_dropped(name):
    """The rule is withdrawn (the module docstring): a faithful note's optimum is neither proved nor refuted."""
    result = red_team.last(_note(FAITHFUL[name]))
    assert result.status == UNDECIDED and not result.internal, result.reason


@pytest.mark.parametrize("name", sorted(WRONG))
def test_terms_that_may_depend_on_the_variable_are_kept(name):
    result = red_team.last(WRONG[name])
    assert result.status not in (PROVED, REFUTED), result.reason
