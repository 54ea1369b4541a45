"""The built-in questions: a name, the reference formula from the catalogue, how its names are read.

References are imported from the verified sections in :mod:`derivations`, never
retyped here, and only when a question is asked: each entry of :data:`BUILTINS`
names the section that holds its reference, so that a cold ``diffproof check snr``
imports :mod:`derivations.diffusion` and nothing of the rest of the catalogue.  A
quantity whose section does not (yet) export its formula is listed by
:func:`missing` instead of being checkable.  Every answer may use the whole
notation (any symbol of :mod:`derivations.symbols`, any identifier as a real
number), judged under the relations of the schedule.  Network outputs are
applied to their inputs: the reference of ``reverse-mean`` is written with
``\\hat x_\\theta(x_t, t)``.
"""

from __future__ import annotations

import functools
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

import sympy as sp

from derivations import symbols as notation
from diffproof.answers.judge import Assumptions
from diffproof.answers.notation import Formula, applied, latex, networks_applied, vocabulary_of
from diffproof.answers.questions import Question, UnknownQuestion

#: The names kept for callers of the former API.
Quantity = Question
UnknownQuantity = UnknownQuestion


@dataclass(frozen=True)
class Builtin:
    """A built-in question: ``reference(section)`` reads its formula from ``derivations.<section>``;
    ``definitions(section)`` are equations that hold in it (the predictions of ``reverse-mean``)."""

    name: str
    title: str
    section: str
    reference: Callable[[ModuleType], sp.Expr]
    definitions: Callable[[ModuleType], tuple[tuple[sp.Expr, sp.Expr], ...]] = lambda section: ()

    def build(self) -> Question | None:
        """The question, or None when its section does not export the formula."""
        try:
            section = importlib.import_module(f"derivations.{self.section}")
            reference = networks_applied(self.reference(section))
        except (ImportError, AttributeError):
            return None
        definitions = self.definitions(section)
        described = tuple(rf"{latex(left)} = {latex(right)}" for left, right in definitions)
        assumptions = Assumptions(definitions, (), described)
        return Question(self.name, self.title, Formula(reference), vocabulary_of(reference), assumptions)


def _step_mean(forward_process: ModuleType) -> sp.Expr:
    from derivations.probability import gaussian_law

    return gaussian_law(forward_process.TRANSITION.rhs)[0]


def _merged_std(forward_process: ModuleType) -> sp.Expr:
    from derivations.probability import gaussian_law

    two_steps = forward_process.TRANSITION.rhs.xreplace({notation.x_tm1: forward_process.HYPOTHESIS.rhs})
    return sp.sqrt(gaussian_law(two_steps)[1])


def _predictions(diffusion: ModuleType) -> tuple[tuple[sp.Expr, sp.Expr], ...]:
    """x_0 and the score predicted from the noise prediction: xhat = (x_t - sqrt(1 - abar) epshat) / sqrt(abar)."""
    inputs = (notation.x_t, notation.t)
    eps_hat = applied(notation.eps_theta, inputs)
    return (
        (applied(notation.xhat_theta, inputs), diffusion.X0_FROM_EPS.xreplace({notation.eps: eps_hat})),
        (applied(notation.s_theta, inputs), diffusion.SCORE_FROM_EPS.xreplace({notation.eps: eps_hat})),
    )


def _named(attribute: str) -> Callable[[ModuleType], sp.Expr]:
    return lambda section: getattr(section, attribute)


BUILTINS: tuple[Builtin, ...] = (
    Builtin("forward-step-mean", "mean of q(x_t | x_{t-1})", "forward_process", _step_mean),
    Builtin("forward-step-var", "variance of q(x_t | x_{t-1})", "diffusion", _named("FORWARD_STEP_VARIANCE")),
    Builtin("forward-marginal-mean", "mean of q(x_t | x_0)", "diffusion", _named("FORWARD_MEAN")),
    Builtin("forward-marginal-var", "variance of q(x_t | x_0)", "diffusion", _named("FORWARD_VARIANCE")),
    Builtin(
        "merged-noise-std",
        "std of the two noises merged when a forward step is applied to x_{t-1} ~ q(x_{t-1} | x_0)",
        "forward_process",
        _merged_std,
    ),
    Builtin("posterior-mean", "mean mu_q of q(x_{t-1} | x_t, x_0), x_0 form", "diffusion", _named("POSTERIOR_MEAN")),
    Builtin("posterior-mean-eps-form", "mu_q in terms of x_t and the noise", "diffusion", _named("POSTERIOR_MEAN_EPS")),
    Builtin(
        "posterior-mean-score-form",
        "mu_q in terms of x_t and the score grad log p(x_t)",
        "diffusion",
        _named("POSTERIOR_MEAN_SCORE"),
    ),
    Builtin("posterior-var", "variance sigma_q^2 of q(x_{t-1} | x_t, x_0)", "diffusion", _named("POSTERIOR_VARIANCE")),
    Builtin(
        "reverse-mean",
        "mean mu_theta(x_t, t) of p_theta(x_{t-1} | x_t), with any of the predictions xhat, epshat, s_theta",
        "diffusion",
        lambda diffusion: diffusion.POSTERIOR_MEAN.xreplace({notation.x_0: notation.xhat_theta}),
        _predictions,
    ),
    Builtin("x0-from-eps", "x_0 from x_t and the noise", "diffusion", _named("X0_FROM_EPS")),
    Builtin("score-from-eps", "grad log q(x_t | x_0) in terms of the noise", "diffusion", _named("SCORE_FROM_EPS")),
    Builtin("tweedie-mean", "Tweedie's estimate E[x_0 | x_t]", "diffusion", _named("TWEEDIE_X0")),
    Builtin("snr", "signal-to-noise ratio SNR(t)", "diffusion", _named("SNR")),
    Builtin(
        "elbo-denoising-weight-x0",
        "weight of ||xhat - x_0||^2 in the denoising term",
        "diffusion",
        _named("X0_WEIGHT"),
    ),
    Builtin(
        "elbo-denoising-weight-eps",
        "weight of ||epshat - eps||^2 in the denoising term",
        "diffusion",
        _named("EPS_WEIGHT"),
    ),
    Builtin(
        "elbo-denoising-weight-score",
        "weight of ||s_theta - grad log p||^2 in the denoising term",
        "diffusion",
        _named("SCORE_WEIGHT"),
    ),
    Builtin(
        "reparam-sample",
        "reparameterized sample z of N(mu, sigma^2)",
        "reparameterization",
        lambda section: section.DEFINITION.rhs,
    ),
    Builtin(
        "bayes-posterior",
        "the posterior p(z | x) by Bayes' rule",
        "evidence",
        lambda section: section.likelihood * section.p_z / section.p_x,
    ),
    Builtin("gaussian-kl-1d", "KL(N(mu_1, sigma_1^2) || N(mu_2, sigma_2^2))", "vae", _named("GAUSSIAN_KL_1D")),
    Builtin("vae-kl-std-normal", "KL(N(mu, sigma^2) || N(0, 1))", "vae", _named("VAE_KL_STD_NORMAL")),
    Builtin("langevin-step", "one Langevin step from x with step size c", "score_models", _named("LANGEVIN_STEP")),
    Builtin("classifier-guidance-score", "classifier-guided score", "guidance", _named("CLASSIFIER_GUIDED_SCORE")),
    Builtin("cfg-score", "classifier-free guided score", "guidance", _named("CFG_SCORE")),
)
#: Every built-in question's entry, by name (titles need no import).
ENTRIES = {builtin.name: builtin for builtin in BUILTINS}


@functools.cache
def _build(name: str) -> Question | None:
    return ENTRIES[name].build()


def get(name: str) -> Question:
    """The built-in question ``name``, its section imported on first use."""
    question = _build(name) if name in ENTRIES else None
    if question is None:
        raise UnknownQuestion(name, [entry.name for entry in BUILTINS if _build(entry.name) is not None])
    return question


def questions() -> tuple[Question, ...]:
    """Every available built-in question (every section imported)."""
    return tuple(question for entry in BUILTINS if (question := _build(entry.name)) is not None)


def missing() -> tuple[str, ...]:
    """The built-in questions whose section does not export the formula, as 'name (derivations.section)'."""
    return tuple(f"{entry.name} (derivations.{entry.section})" for entry in BUILTINS if _build(entry.name) is None)


def __getattr__(name: str):
    """``QUANTITIES``, ``BY_NAME`` and ``MISSING`` of the former API, built (every section imported) on use."""
    if name == "QUANTITIES":
        return questions()
    if name == "BY_NAME":
        return {question.name: question for question in questions()}
    if name == "MISSING":
        return missing()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
