"""A wrong step about a network function the note leaves free (ε_θ(x_t, t), h_φ(x)) is refuted with an affine instance
in the arguments the note writes (:mod:`diffproof.notecheck.network_instances`), used to refute only: a correct step
is never refuted, and a step about a function the note constrains (in maths, in words, in a definition, a law, an
order, or in words the reader does not read) is never refuted by an instance that may break the constraint.

Held out: written after the rule, not tuned to; each wrong step is wrong for almost every function, each correct one
right for every function (or for the definitions the note gives)."""

from __future__ import annotations

import pytest
import red_team

from diffproof.notecheck import REFUTED, UNDECIDED


def _note(sentence: str, steps: str, context: bool = False) -> str:
    """A note with one sentence and one display of steps (one a line), the context declared or not."""
    lines = " \\\\\n".join(steps.split("\n"))
    head = red_team.DDPM if context else ""
    return f"{head}# Note\n\n{sentence}\n\n$$\n\\begin{{aligned}}\n{lines}\n\\end{{aligned}}\n$$\n"


#: The mean through the noise predictor (DDPM's ε-parameterization), defined before the steps.
_MEAN = (
    "The network $\\epsilon_\\theta$ is trained to predict the noise, and the mean is\n\n$$\n\\mu_\\theta(x_t, t) = "
    "\\frac{1}{\\sqrt{\\alpha_t}} \\left( x_t - \\frac{\\beta_t}{\\sqrt{1 - \\bar\\alpha_t}} \\epsilon_\\theta(x_t, t) "
    "\\right)\n$$\n\nThen"
)

#: Wrong steps about a function the note only gives a role: (sentence, step, context declared).
WRONG = {
    "two arguments, a sum": ("The network $\\epsilon_\\theta$ predicts the noise.",
                             "\\epsilon_\\theta(x_t, t) + \\epsilon_\\theta(x_t, t) &= 3 \\epsilon_\\theta(x_t, t)", False),
    "two arguments, a square": ("We train $\\epsilon_\\theta(x_t, t)$ to estimate the noise.",
                                "(a - \\epsilon_\\theta(x_t, t))^2 &= a^2 - \\epsilon_\\theta(x_t, t)^2", False),
    "two arguments, a norm, DDPM": ("The model $\\epsilon_\\theta$ outputs a prediction of the noise.",
                                    "\\| \\epsilon - \\epsilon_\\theta(x_t, t) \\|^2 &= \\| \\epsilon \\|^2 - "
                                    "\\| \\epsilon_\\theta(x_t, t) \\|^2", True),
    "one argument, idempotent": ("Let $h_\\phi$ be a neural network.", "h_\\phi(x)^2 &= h_\\phi(x)", False),
    "one argument, approximates": ("The score network $s_\\theta$ approximates the score.",
                                   "2 s_\\theta(y) &= s_\\theta(y) + 1", False),
    "one argument, a square dropped": ("The learned function $g_\\psi$ is a small network.",
                                       "(b - g_\\psi(z))^2 &= b^2 + g_\\psi(z)^2", False),
    "the mean's coefficient, DDPM": (_MEAN, "\\mu_\\theta(x_t, t) - \\frac{x_t}{\\sqrt{\\alpha_t}} &= - \\frac{\\beta_t}"
                                     "{\\sqrt{1 - \\bar\\alpha_t}} \\epsilon_\\theta(x_t, t)", True),
}  # fmt: skip

#: Correct steps about such functions: never refuted.
CORRECT = {
    "a norm's symmetry": ("The network $\\epsilon_\\theta$ predicts the noise.",
                          "\\| a - \\epsilon_\\theta(x_t, t) \\|^2 &= \\| \\epsilon_\\theta(x_t, t) - a \\|^2", False),
    "a square expanded": ("Let $h_\\phi$ be a neural network.",
                          "(a - h_\\phi(x))^2 &= a^2 - 2 a h_\\phi(x) + h_\\phi(x)^2", False),
    "the mean through the noise, DDPM": (_MEAN, "\\mu_\\theta(x_t, t) - \\frac{x_t}{\\sqrt{\\alpha_t}} &= - \\frac{"
                                         "\\beta_t}{\\sqrt{\\alpha_t} \\sqrt{1 - \\bar\\alpha_t}} \\epsilon_\\theta(x_t, t)",
                                         True),
    "the mean times a root, DDPM": (_MEAN, "\\sqrt{\\alpha_t} \\mu_\\theta(x_t, t) &= x_t - \\frac{\\beta_t}{\\sqrt{1 - "
                                    "\\bar\\alpha_t}} \\epsilon_\\theta(x_t, t)", True),
    "the input written out, DDPM": ("With $x_t = \\sqrt{\\bar\\alpha_t} x_0 + \\sqrt{1 - \\bar\\alpha_t} \\epsilon$, the "
                                    "network $\\epsilon_\\theta$ predicts the noise.",
                                    "\\epsilon_\\theta(x_t, t) &= \\epsilon_\\theta(\\sqrt{\\bar\\alpha_t} x_0 + \\sqrt{1 "
                                    "- \\bar\\alpha_t} \\epsilon, t)", True),
    "two points, one function": ("Let $h_\\phi(x)$ be a neural network.",
                                 "h_\\phi(x) - h_\\phi(y) &= -(h_\\phi(y) - h_\\phi(x))", False),
}  # fmt: skip

#: Wrong for a free function, but the note constrains the function (or may, in words not read): never refuted.
CONSTRAINED = {
    "a value set in maths": ("We set $v_\\theta(x_t, t) = 1$.", "v_\\theta(x_t, t)^2 &= v_\\theta(x_t, t)"),
    "a value fixed in words": ("The variance $v_\\theta(x_t, t)$ is fixed to one.",
                               "v_\\theta(x_t, t)^2 &= v_\\theta(x_t, t)"),
    "fixed in words, no maths of it": ("We fix the reverse variances to one.", "v_\\theta(x_t, t)^2 &= v_\\theta(x_t, t)"),
    "said to be another name": ("Here $\\epsilon_\\theta$ is the noise $\\epsilon$.",
                                "\\epsilon_\\theta(x_t, t) \\epsilon + \\epsilon &= \\epsilon_\\theta(x_t, t)^2 + \\epsilon"),
    "said to be the true noise": ("The output $\\epsilon_\\theta(x_t, t)$ of the network is the true noise.",
                                  "\\epsilon_\\theta(x_t, t)^2 + 1 &= 2 \\epsilon_\\theta(x_t, t)"),
    "a law of its output": ("The output is $\\epsilon_\\theta(x_t, t) \\sim \\mathcal{N}(0, 1)$.",
                            "\\epsilon_\\theta(x_t, t)^2 + 1 &= 2 \\epsilon_\\theta(x_t, t)"),
    "an order": ("We take $g_\\theta(x_t, t) > 0$.", "\\sqrt{g_\\theta(x_t, t)^2} &= g_\\theta(x_t, t)"),
    "positive in words": ("The network $g_\\theta$ is positive.", "\\sqrt{g_\\theta(x_t, t)^2} &= g_\\theta(x_t, t)"),
    "a value in a display": ("The network $g_\\theta$ is small.", "g_\\theta(x_t, t) &= 1\ng_\\theta(x_t, t)^2 &= "
                             "g_\\theta(x_t, t)"),
    "an assumption in a display": ("Let $h_\\phi(x)$ be a neural network. Assume\n\n$$\nh_\\phi(x) = h_\\phi(y)\n$$\n\n"
                                   "Then", "h_\\phi(x)^2 + h_\\phi(y) &= h_\\phi(y)^2 + h_\\phi(x)"),
    "the optimal network, in words": ("The network $\\epsilon_\\theta$ predicts the noise. For the optimal network,",
                                      "\\epsilon_\\theta(x_t, t) + 1 &= \\epsilon_\\theta(x_t, t)^2 + 1"),
    "a remark beside the step": ("The network $\\epsilon_\\theta$ predicts the noise.",
                                 "\\epsilon_\\theta(x_t, t) + 1 &= \\epsilon_\\theta(x_t, t)^2 + 1 \\quad \\text{at "
                                 "the optimum}"),
    "ja, not read": ("ネットワーク $\\epsilon_\\theta$ は常にゼロを出力する。",
                     "\\epsilon_\\theta(x_t, t)^2 + 1 &= 2 \\epsilon_\\theta(x_t, t) + 1"),
    "zh, not read": ("网络 $\\epsilon_\\theta$ 的输出恒为一。",
                     "\\epsilon_\\theta(x_t, t)^2 &= \\epsilon_\\theta(x_t, t)"),
    "two arities": ("The network $f_\\theta$ approximates the score.",
                    "f_\\theta(x) + f_\\theta(x, y) &= 2 f_\\theta(x)"),
    "a standard deviation (a convention)": ("The network $\\sigma_\\theta$ predicts the spread.",
                                            "\\sqrt{\\sigma_\\theta(x_t, t)^2} &= \\sigma_\\theta(x_t, t)"),
    "a covariance (a convention)": ("The network $\\Sigma_\\theta$ predicts the spread.",
                                    "\\Sigma_\\theta(x_t, t) + 1 &= \\Sigma_\\theta(x_t, t)^2 + 1"),
    "no model's subscript (a sigmoid)": ("Here $\\sigma$ is a function.", "\\sigma(x) + \\sigma(-x) &= 1"),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(WRONG))
def test_a_wrong_step_about_a_free_network_is_refuted(name):
    sentence, step, context = WRONG[name]
    result = red_team.last(_note(sentence, step, context))
    assert result.status == REFUTED, result.reason
    assert "taken as" in result.reason and "the note states nothing of it but its role" in result.reason


@pytest.mark.parametrize("name", sorted(CORRECT))
def test_a_correct_step_about_a_free_network_is_never_refuted(name):
    sentence, step, context = CORRECT[name]
    result = red_team.last(_note(sentence, step, context))
    assert result.status != REFUTED, result.reason


@pytest.mark.parametrize("name", sorted(CONSTRAINED))
def test_a_function_the_note_constrains_takes_no_instance(name):
    sentence, steps = CONSTRAINED[name]
    result = red_team.last(_note(sentence, steps))
    assert result.status != REFUTED, result.reason
    assert "taken as" not in result.reason


#: The constrained cases whose function is never free, whatever the words: no instance to compare with.
_NEVER_FREE = {"two arities", "no model's subscript (a sigmoid)", "a standard deviation (a convention)",
               "a covariance (a convention)"}  # fmt: skip


@pytest.mark.parametrize("name", sorted(set(CONSTRAINED) - _NEVER_FREE))
def test_each_constrained_step_is_refuted_where_the_function_is_free(name):
    """The constraint is what keeps each step above from being refuted: with words that say nothing of the
    function (and none beside the step), its last step is (so the cases test the constraints, not a step the search
    cannot refute)."""
    step = CONSTRAINED[name][1].split("\n")[-1].split(" \\quad")[0]  # the words beside it too
    assert red_team.last(_note("Some words.", step)).status == REFUTED


def test_a_later_sentence_that_fixes_the_function_holds_before_it():
    """What the note says of a function anywhere holds of it everywhere: a value given after the step too."""
    text = _note("The network $\\epsilon_\\theta$ predicts the noise.",
                 "\\epsilon_\\theta(x_t, t)^2 + 1 &= 2 \\epsilon_\\theta(x_t, t)")  # fmt: skip
    assert red_team.last(text).status == REFUTED
    assert red_team.last(text + "\nHere $\\epsilon_\\theta \\equiv 1$.\n").status == UNDECIDED
