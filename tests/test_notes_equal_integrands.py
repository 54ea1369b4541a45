"""Equal random variables have equal expectations: E[A] = E[B] where A and B are one random variable once the note's
definitions of its random variables are used (:func:`diffproof.notecheck.readings.integrands_through_definitions`).

Ho et al.'s loss is written both ways in the corpus: zh's line 273 and lilianweng's line 232 pass from
E_{x_0, eps}[||eps_t - eps_theta(x_t, t)||^2] to E_{x_0, eps}[||eps_t - eps_theta(sqrt(abar_t) x_0 +
sqrt(1 - abar_t) eps_t, t)||^2] after stating x_0 = (x_t - sqrt(1 - abar_t) eps_t) / sqrt(abar_t).  The expectation
lists x_0 and eps but not x_t, so writing x_t through a definition that integrates it was refused (E_{x_0}[x_1 x_0]
holds x_1 fixed).  Here both sides are one expectation under the step's one probability, over the same variables,
and their integrands expand to the same expression once the definition is used: a definition holds at every outcome,
so the two integrands are one random variable whatever E's subscript lists (as x_t, made of x_0 and eps, in Ho et
al.'s E_{x_0, eps}[f(x_t)]).

Wrong variants -- a coefficient or an index changed inside eps_theta, the definition missing or stated after the
step, the two expectations over different variables, one side not an expectation -- are never proved.
"""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import PROVED, REFUTED, UNDECIDED

_X0 = r"x_0 = \frac{1}{\sqrt{\bar\alpha_t}}\left(x_t - \sqrt{1 - \bar\alpha_t}\, \epsilon_t\right)"
_X0_BOLD = r"\mathbf{x}_0 = \frac{1}{\sqrt{\bar{\alpha}_t}}(\mathbf{x}_t - \sqrt{1 - \bar{\alpha}_t}\mathbf{z}_t)"
_ARGUMENT = r"\sqrt{\bar\alpha_t}\, x_0 + \sqrt{1 - \bar\alpha_t}\, \epsilon_t"


def _display(maths: str) -> str:
    return f"$$\n{maths}\n$$\n\n"


def _loss(argument: str = _ARGUMENT, left: str = r"x_0, \epsilon", right: str = r"x_0, \epsilon") -> str:
    """E_left[||eps_t - eps_theta(x_t, t)||^2] = E_right[||eps_t - eps_theta(argument, t)||^2]."""
    return (
        rf"\mathbb{{E}}_{{{left}}}\left[\|\epsilon_t - \epsilon_\theta(x_t, t)\|^2\right] = "
        rf"\mathbb{{E}}_{{{right}}}\left[\|\epsilon_t - \epsilon_\theta({argument}, t)\|^2\right]"
    )


#: Notes whose last step is proved: the integrands are one random variable under the definition before it.
PROVED_NOTES = {
    "x_0 written through x_t and the noise": _display(_X0) + _display(_loss()),
    "the same, under the DDPM context": red_team.DDPM + "\n" + _display(_X0) + _display(_loss()),
    "bold names, lilianweng's spelling": _display(_X0_BOLD)
    + _display(
        r"\mathbb{E}_{\mathbf{x}_0, \mathbf{z}}\left[\|\mathbf{z}_t - \mathbf{z}_\theta(\mathbf{x}_t, t)\|^2\right] = "
        r"\mathbb{E}_{\mathbf{x}_0, \mathbf{z}}\left[\|\mathbf{z}_t - \mathbf{z}_\theta(\sqrt{\bar{\alpha}_t}"
        r"\mathbf{x}_0 + \sqrt{1 - \bar{\alpha}_t}\mathbf{z}_t, t)\|^2\right]"
    ),
    "weighted, as zh's line 273 writes it": _display(_X0)
    + _display(
        r"\mathbb{E}_{x_0, \epsilon}\left[\frac{(1 - \alpha_t)^2}{2 \alpha_t (1 - \bar\alpha_t)}"
        r"\|\epsilon_t - \epsilon_\theta(x_t, t)\|^2\right] = \mathbb{E}_{x_0, \epsilon}\left[\frac{(1 - \alpha_t)^2}"
        rf"{{2 \alpha_t (1 - \bar\alpha_t)}}\|\epsilon_t - \epsilon_\theta({_ARGUMENT}, t)\|^2\right]"
    ),
}

#: Wrong variants: never proved.
WRONG_NOTES = {
    "a coefficient changed (1 - abar_t for its root)": _display(_X0)
    + _display(_loss(r"\sqrt{\bar\alpha_t}\, x_0 + (1 - \bar\alpha_t)\, \epsilon_t")),
    "an index changed (abar_{t-1} for abar_t)": _display(_X0)
    + _display(_loss(r"\sqrt{\bar\alpha_{t-1}}\, x_0 + \sqrt{1 - \bar\alpha_t}\, \epsilon_t")),
    "the noise's index changed (eps_{t-1} for eps_t)": _display(_X0)
    + _display(_loss(r"\sqrt{\bar\alpha_t}\, x_0 + \sqrt{1 - \bar\alpha_t}\, \epsilon_{t-1}")),
    "the definition missing": _display(_loss()),
    "the definition another variable's (x_1 for x_0)": _display(_X0.replace("x_0", "x_1", 1)) + _display(_loss()),
    "the expectations over different variables": _display(_X0) + _display(_loss(right="x_0")),
    "one side not an expectation (E[x_0] = x_0 as its value)": _display(_X0)
    + _display(
        r"\mathbb{E}_{x_0}\left[x_0\right] = \frac{1}{\sqrt{\bar\alpha_t}}\left(x_t - \sqrt{1 - \bar\alpha_t}\, "
        r"\epsilon_t\right)"
    ),
}


@pytest.mark.parametrize("name", sorted(PROVED_NOTES))
def test_one_random_variable_has_one_expectation(name):
    result = red_team.last(PROVED_NOTES[name])
    assert result.status == PROVED and not result.internal, result.reason
    assert "by the definitions" in result.reason, result.reason


@pytest.mark.parametrize("name", sorted(WRONG_NOTES))
def test_wrong_variants_are_never_proved(name):
    result = red_team.last(WRONG_NOTES[name])
    assert result.status in {REFUTED, UNDECIDED} and not result.internal, result.reason


def test_a_definition_stated_after_the_step_proves_nothing():
    results = red_team.results(_display(_loss()) + _display(_X0))
    step = next(r for r in results if r.step.lhs.startswith(r"\mathbb{E}"))
    assert step.status == UNDECIDED, step.reason
