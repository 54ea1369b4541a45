"""The built-in questions: a name, the reference formula from the catalogue, how its names are read.

References are imported from the verified sections in :mod:`derivations`, never
retyped here; a quantity whose section does not (yet) export its formula is
listed in :data:`MISSING` instead of being checkable.  Every answer may use the
whole notation (any symbol of :mod:`derivations.symbols`, any identifier as a
real number), judged under the relations of the schedule.  Network outputs are
applied to their inputs: the reference of ``reverse-mean`` is written with
``\\hat x_\\theta(x_t, t)``.
"""

from __future__ import annotations

import importlib

import sympy as sp

from derivations import diffusion, evidence, forward_process, reparameterization
from derivations import symbols as notation
from derivations.probability import gaussian_law
from diffproof.answers.judge import Assumptions
from diffproof.answers.notation import Formula, applied, latex, networks_applied, vocabulary_of
from diffproof.answers.questions import Question, UnknownQuestion

#: The name kept for callers of the former API.
Quantity = Question
UnknownQuantity = UnknownQuestion


def _question(name: str, title: str, reference: sp.Expr, *definitions: tuple[sp.Expr, sp.Expr]) -> Question:
    reference = networks_applied(reference)
    described = tuple(rf"{latex(left)} = {latex(right)}" for left, right in definitions)
    return Question(name, title, Formula(reference), vocabulary_of(reference), Assumptions(definitions, (), described))


def _optional(module: str, name: str) -> sp.Expr | None:
    """``derivations.<module>.<name>`` when that section exports it, else None."""
    try:
        return getattr(importlib.import_module(f"derivations.{module}"), name)
    except (ImportError, AttributeError):
        return None


_STEP_MEAN, _ = gaussian_law(forward_process.TRANSITION.rhs)
_TWO_STEPS = forward_process.TRANSITION.rhs.xreplace({notation.x_tm1: forward_process.HYPOTHESIS.rhs})
_, _MERGED_VARIANCE = gaussian_law(_TWO_STEPS)
_EPS_HAT = applied(notation.eps_theta, (notation.x_t, notation.t))
_PREDICTIONS = (
    (
        applied(notation.xhat_theta, (notation.x_t, notation.t)),
        diffusion.X0_FROM_EPS.xreplace({notation.eps: _EPS_HAT}),
    ),
    (
        applied(notation.s_theta, (notation.x_t, notation.t)),
        diffusion.SCORE_FROM_EPS.xreplace({notation.eps: _EPS_HAT}),
    ),
)
_BAYES = evidence.likelihood * evidence.p_z / evidence.p_x


def _built() -> tuple[tuple[Question, ...], tuple[str, ...]]:
    x_0 = notation.x_0
    questions = [
        _question("forward-step-mean", "mean of q(x_t | x_{t-1})", _STEP_MEAN),
        _question("forward-step-var", "variance of q(x_t | x_{t-1})", diffusion.FORWARD_STEP_VARIANCE),
        _question("forward-marginal-mean", "mean of q(x_t | x_0)", diffusion.FORWARD_MEAN),
        _question("forward-marginal-var", "variance of q(x_t | x_0)", diffusion.FORWARD_VARIANCE),
        _question(
            "merged-noise-std",
            "std of the two noises merged when a forward step is applied to x_{t-1} ~ q(x_{t-1} | x_0)",
            sp.sqrt(_MERGED_VARIANCE),
        ),
        _question("posterior-mean", "mean mu_q of q(x_{t-1} | x_t, x_0), x_0 form", diffusion.POSTERIOR_MEAN),
        _question("posterior-mean-eps-form", "mu_q in terms of x_t and the noise", diffusion.POSTERIOR_MEAN_EPS),
        _question(
            "posterior-mean-score-form",
            "mu_q in terms of x_t and the score grad log p(x_t)",
            diffusion.POSTERIOR_MEAN_SCORE,
        ),
        _question("posterior-var", "variance sigma_q^2 of q(x_{t-1} | x_t, x_0)", diffusion.POSTERIOR_VARIANCE),
        _question(
            "reverse-mean",
            "mean mu_theta(x_t, t) of p_theta(x_{t-1} | x_t), with any of the predictions xhat, epshat, s_theta",
            diffusion.POSTERIOR_MEAN.xreplace({x_0: notation.xhat_theta}),
            *_PREDICTIONS,
        ),
        _question("x0-from-eps", "x_0 from x_t and the noise", diffusion.X0_FROM_EPS),
        _question("score-from-eps", "grad log q(x_t | x_0) in terms of the noise", diffusion.SCORE_FROM_EPS),
        _question("tweedie-mean", "Tweedie's estimate E[x_0 | x_t]", diffusion.TWEEDIE_X0),
        _question("snr", "signal-to-noise ratio SNR(t)", diffusion.SNR),
        _question("elbo-denoising-weight-x0", "weight of ||xhat - x_0||^2 in the denoising term", diffusion.X0_WEIGHT),
        _question(
            "elbo-denoising-weight-eps", "weight of ||epshat - eps||^2 in the denoising term", diffusion.EPS_WEIGHT
        ),
        _question(
            "elbo-denoising-weight-score",
            "weight of ||s_theta - grad log p||^2 in the denoising term",
            diffusion.SCORE_WEIGHT,
        ),
        _question("reparam-sample", "reparameterized sample z of N(mu, sigma^2)", reparameterization.DEFINITION.rhs),
        _question("bayes-posterior", "the posterior p(z | x) by Bayes' rule", _BAYES),
    ]
    missing = []
    optional = (
        ("gaussian-kl-1d", "KL(N(mu_1, sigma_1^2) || N(mu_2, sigma_2^2))", "vae", "GAUSSIAN_KL_1D"),
        ("vae-kl-std-normal", "KL(N(mu, sigma^2) || N(0, 1))", "vae", "VAE_KL_STD_NORMAL"),
        ("langevin-step", "one Langevin step from x with step size c", "score_models", "LANGEVIN_STEP"),
        ("classifier-guidance-score", "classifier-guided score", "guidance", "CLASSIFIER_GUIDED_SCORE"),
        ("cfg-score", "classifier-free guided score", "guidance", "CFG_SCORE"),
    )
    for name, title, module, constant in optional:
        reference = _optional(module, constant)
        if reference is None:
            missing.append(f"{name} (derivations.{module}.{constant})")
        else:
            questions.append(_question(name, title, reference))
    return tuple(questions), tuple(missing)


QUANTITIES, MISSING = _built()
BY_NAME = {question.name: question for question in QUANTITIES}


def get(name: str) -> Question:
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownQuestion(name, BY_NAME) from None
