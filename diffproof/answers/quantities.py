"""The checkable quantities: a name, the reference formula from the catalogue, the symbols an answer may use.

References are imported from the verified sections in :mod:`derivations`, never
retyped here; a quantity whose section does not (yet) export its formula is
listed in :data:`MISSING` instead of being checkable.  Every diffusion quantity
accepts the whole noise schedule (alpha_t, abar_t, abar_{t-1}, beta_t, ...),
judged under the relations of :mod:`diffproof.answers.judge`.
"""

from __future__ import annotations

import difflib
import importlib
from dataclasses import dataclass

import sympy as sp

from derivations import diffusion, evidence, forward_process, reparameterization
from derivations import symbols as notation
from derivations.probability import gaussian_law
from diffproof.answers.judge import CHAIN, DEFINITIONS, Assumptions
from diffproof.answers.notation import Vocabulary, eps_hat, latex, s_theta, x_hat

SCHEDULE = (
    notation.alpha_t,
    notation.abar_t,
    notation.abar_tm1,
    notation.beta_t,
    notation.alpha_tm1,
    notation.abar_tm2,
)


@dataclass(frozen=True)
class Quantity:
    """A formula students are asked for; ``definitions`` are substituted in reference and answer alike."""

    name: str
    title: str
    reference: sp.Expr
    vocabulary: Vocabulary
    definitions: tuple[tuple[sp.Symbol, sp.Expr], ...] = ()

    @property
    def assumptions(self) -> Assumptions:
        described = tuple(rf"{latex(left)} = {latex(right)}" for left, right in self.definitions)
        return Assumptions(self.definitions, (), described)

    def relations(self) -> tuple[str, ...]:
        """The relations that hold among the symbols, in LaTeX."""
        symbols = set(self.vocabulary.symbols)
        schedule = [text for symbol, _, text in DEFINITIONS if symbol in symbols]
        schedule += [text for abar, _, _, text in CHAIN if abar in symbols]
        if notation.abar_t in symbols:
            schedule.append(r"\mathrm{SNR}(t) = \bar\alpha_t / (1 - \bar\alpha_t)")
        return (*schedule, *self.assumptions.descriptions)

    def _repr_latex_(self) -> str:
        return f"${latex(self.reference)}$"


def _vdm(*symbols: sp.Symbol, densities: bool = False) -> Vocabulary:
    return Vocabulary((*symbols, *SCHEDULE), densities)


def _own(reference: sp.Expr, *extra: sp.Symbol, densities: bool = False) -> Vocabulary:
    """The reference's own symbols (and ``extra``), sorted by name."""
    return Vocabulary(tuple(sorted(reference.free_symbols | set(extra), key=str)), densities)


def _optional(module: str, name: str) -> sp.Expr | None:
    """``derivations.<module>.<name>`` when that section exports it, else None."""
    try:
        return getattr(importlib.import_module(f"derivations.{module}"), name)
    except (ImportError, AttributeError):
        return None


_STEP_MEAN, _ = gaussian_law(forward_process.TRANSITION.rhs)
_TWO_STEPS = forward_process.TRANSITION.rhs.xreplace({notation.x_tm1: forward_process.HYPOTHESIS.rhs})
_, _MERGED_VARIANCE = gaussian_law(_TWO_STEPS)
_PREDICTIONS = (
    (x_hat, diffusion.X0_FROM_EPS.xreplace({notation.eps: eps_hat})),
    (s_theta, diffusion.SCORE_FROM_EPS.xreplace({notation.eps: eps_hat})),
)
_BAYES = evidence.likelihood * evidence.p_z / evidence.p_x


def _built() -> tuple[tuple[Quantity, ...], tuple[str, ...]]:
    x_0, x_t, eps = notation.x_0, notation.x_t, notation.eps
    quantities = [
        Quantity("forward-step-mean", "mean of q(x_t | x_{t-1})", _STEP_MEAN, _vdm(notation.x_tm1)),
        Quantity("forward-step-var", "variance of q(x_t | x_{t-1})", diffusion.FORWARD_STEP_VARIANCE, _vdm()),
        Quantity("forward-marginal-mean", "mean of q(x_t | x_0)", diffusion.FORWARD_MEAN, _vdm(x_0)),
        Quantity("forward-marginal-var", "variance of q(x_t | x_0)", diffusion.FORWARD_VARIANCE, _vdm()),
        Quantity(
            "merged-noise-std",
            "std of the two noises merged when a forward step is applied to x_{t-1} ~ q(x_{t-1} | x_0)",
            sp.sqrt(_MERGED_VARIANCE),
            _vdm(),
        ),
        Quantity(
            "posterior-mean", "mean mu_q of q(x_{t-1} | x_t, x_0), x_0 form", diffusion.POSTERIOR_MEAN, _vdm(x_t, x_0)
        ),
        Quantity(
            "posterior-mean-eps-form",
            "mu_q in terms of x_t and the noise",
            diffusion.POSTERIOR_MEAN_EPS,
            _vdm(x_t, eps),
        ),
        Quantity(
            "posterior-mean-score-form",
            "mu_q in terms of x_t and the score grad log p(x_t)",
            diffusion.POSTERIOR_MEAN_SCORE,
            _vdm(x_t, densities=True),
        ),
        Quantity("posterior-var", "variance sigma_q^2 of q(x_{t-1} | x_t, x_0)", diffusion.POSTERIOR_VARIANCE, _vdm()),
        Quantity(
            "reverse-mean",
            "mean mu_theta(x_t, t) of p_theta(x_{t-1} | x_t), with any of the predictions xhat, epshat, s_theta",
            diffusion.POSTERIOR_MEAN.xreplace({x_0: x_hat}),
            _vdm(x_t, x_hat, eps_hat, s_theta),
            _PREDICTIONS,
        ),
        Quantity("x0-from-eps", "x_0 from x_t and the noise", diffusion.X0_FROM_EPS, _vdm(x_t, eps)),
        Quantity("score-from-eps", "grad log q(x_t | x_0) in terms of the noise", diffusion.SCORE_FROM_EPS, _vdm(eps)),
        Quantity("tweedie-mean", "Tweedie's estimate E[x_0 | x_t]", diffusion.TWEEDIE_X0, _vdm(x_t, densities=True)),
        Quantity("snr", "signal-to-noise ratio SNR(t)", diffusion.SNR, _vdm()),
        Quantity(
            "elbo-denoising-weight-x0", "weight of ||xhat - x_0||^2 in the denoising term", diffusion.X0_WEIGHT, _vdm()
        ),
        Quantity(
            "elbo-denoising-weight-eps",
            "weight of ||epshat - eps||^2 in the denoising term",
            diffusion.EPS_WEIGHT,
            _vdm(),
        ),
        Quantity(
            "elbo-denoising-weight-score",
            "weight of ||s_theta - grad log p||^2 in the denoising term",
            diffusion.SCORE_WEIGHT,
            _vdm(),
        ),
        Quantity(
            "reparam-sample",
            "reparameterized sample z of N(mu, sigma^2)",
            reparameterization.DEFINITION.rhs,
            _own(reparameterization.DEFINITION.rhs),
        ),
        Quantity("bayes-posterior", "the posterior p(z | x) by Bayes' rule", _BAYES, _own(_BAYES, densities=True)),
    ]
    missing = []
    optional = (
        ("gaussian-kl-1d", "KL(N(mu_1, sigma_1^2) || N(mu_2, sigma_2^2))", "vae", "GAUSSIAN_KL_1D", False),
        ("vae-kl-std-normal", "KL(N(mu, sigma^2) || N(0, 1))", "vae", "VAE_KL_STD_NORMAL", False),
        ("langevin-step", "one Langevin step from x with step size c", "score_models", "LANGEVIN_STEP", True),
        ("classifier-guidance-score", "classifier-guided score", "guidance", "CLASSIFIER_GUIDED_SCORE", True),
        ("cfg-score", "classifier-free guided score", "guidance", "CFG_SCORE", True),
    )
    for name, title, module, constant, densities in optional:
        reference = _optional(module, constant)
        if reference is None:
            missing.append(f"{name} (derivations.{module}.{constant})")
        else:
            quantities.append(Quantity(name, title, reference, _own(reference, densities=densities)))
    return tuple(quantities), tuple(missing)


QUANTITIES, MISSING = _built()
BY_NAME = {quantity.name: quantity for quantity in QUANTITIES}


class UnknownQuantity(KeyError):
    """A quantity name that is not checkable; the message names the closest ones."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name
        self.suggestions = difflib.get_close_matches(name, BY_NAME, n=3, cutoff=0.5)

    def __str__(self) -> str:
        hint = f"; did you mean {', '.join(self.suggestions)}?" if self.suggestions else ""
        return f"unknown quantity {self.name!r}{hint} ('diffproof quantities' lists them)"


def get(name: str) -> Quantity:
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownQuantity(name) from None
