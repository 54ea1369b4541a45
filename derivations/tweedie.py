"""Tweedie's formula and the score form of the denoising matching term (Luo 2022, eqs. 133-151).

If p(z | mu) = N(z; c mu, v) then c E[mu | z] = z + v grad log p(z): differentiate the
marginal p(z) = int p(z | mu) p(mu) dmu under the integral sign.  For the VDM
(c = sqrt(abar_t), v = 1 - abar_t) it turns mu_q into a function of the score, and
equating the score and noise forms of mu_q gives grad log p(x_t) = -E[eps | x_t] / sqrt(1 - abar_t).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import sympy as sp

from derivations.diffusion import (
    FORWARD_MEAN,
    FORWARD_VARIANCE,
    POSTERIOR_MEAN,
    POSTERIOR_MEAN_SCORE,
    SCORE,
    SCORE_FROM_EPS,
    SCORE_WEIGHT,
    TWEEDIE_X0,
)
from derivations.kernel import rules
from derivations.latex import latex
from derivations.model import Definition, Derivation, Identity, Instance, Relation, Step, domains
from derivations.parameterizations import (
    ABAR,
    FORWARD,
    matching_derivation,
    recovery_derivation,
    schedule_points,
    substitution_derivation,
)
from derivations.probability import Density, Expectation, Grad, Normal
from derivations.symbols import abar_t, abar_tm1, alpha_t, m, mu, s, s_theta, v, x_0, x_t, z

EQ = Relation.EQ


@dataclass(frozen=True)
class GaussianChannel:
    """p(point | latent) = N(point; scale * latent, variance), with the densities of the model named once."""

    point: sp.Symbol
    latent: sp.Symbol
    scale: sp.Expr
    variance: sp.Expr

    @property
    def likelihood(self) -> Density:
        return Density("p", (self.point,), (self.latent,))

    @property
    def prior(self) -> Density:
        return Density("p", (self.latent,))

    @property
    def marginal(self) -> Density:
        return Density("p", (self.point,))

    @property
    def posterior(self) -> Density:
        return Density("p", (self.latent,), (self.point,))

    @property
    def law(self) -> Definition:
        gaussian = Normal(self.point, self.scale * self.latent, self.variance)
        return Definition(self.likelihood, gaussian, "the Gaussian likelihood")

    def _repr_latex_(self) -> str:
        return f"${latex(self.likelihood)} = {latex(self.law.rhs)}$"

    @property
    def score(self) -> Grad:
        return Grad(sp.log(self.marginal), self.point)

    def posterior_mean(self) -> Expectation:
        return Expectation(self.latent, self.posterior, (self.latent,))

    def tweedie(self, sign: int = 1) -> Derivation:
        """point + variance * score = scale E[latent | point]; ``sign`` -1 is the wrong sign of the score term."""
        line = (self.latent, -sp.oo, sp.oo)
        lhs = self.point + sign * self.variance * self.score
        joint = self.likelihood * self.prior
        integral = sp.Integral(joint, line)
        slope = (self.scale * self.latent - self.point) / self.variance
        steps = (
            Step(EQ, self.point + sign * self.variance * Grad(sp.log(integral), self.point), rules.MARGINALIZATION),
            Step(
                EQ,
                self.point
                + sign
                * self.variance
                * sp.Integral(sp.Derivative(self.likelihood, self.point) * self.prior, line)
                / self.marginal,
                rules.LEIBNIZ,
            ),
            Step(
                EQ,
                self.point + sign * self.variance * sp.Integral(slope * joint, line) / self.marginal,
                rules.by(self.law),
            ),
            Step(EQ, self.scale * sp.Integral(self.latent * joint, line) / self.marginal, rules.LINEARITY),
            Step(EQ, self.scale * sp.Integral(self.latent * self.posterior, line), rules.BAYES),
            Step(EQ, self.scale * self.posterior_mean(), rules.EXPECTATION_DEFINITION),
        )
        return Derivation(lhs, EQ, self.scale * self.posterior_mean(), steps)

    def gaussian_data(self, mean: sp.Expr, variance: sp.Expr, description: str, *extra) -> Instance:
        """latent ~ N(mean, variance): the marginal and the posterior by exact conditioning (conjugacy)."""
        c, noise = self.scale, self.variance
        evidence = c**2 * variance + noise
        gain = c * variance / evidence
        laws = (
            (self.prior, Normal(self.latent, mean, variance)),
            (self.likelihood, self.law.rhs),
            (Density("p", (self.latent, self.point)), Normal(self.latent, mean, variance) * self.law.rhs),
            (self.marginal, Normal(self.point, c * mean, evidence)),
            (self.posterior, Normal(self.latent, mean + gain * (self.point - c * mean), variance * noise / evidence)),
        )
        return Instance(description, (*laws, *extra), domains(m, v))


# ------------------------------------------------------------------ tweedie

GENERIC = GaussianChannel(z, mu, sp.Integer(1), s**2)
VDM = GaussianChannel(x_t, x_0, sp.sqrt(abar_t), FORWARD_VARIANCE)
TWEEDIE = "Tweedie for the VDM: sqrt(abar_t) E[x_0 | x_t] = x_t + (1 - abar_t) grad log p(x_t)"


def _relabel(derivation: Derivation, label: str) -> Derivation:
    return Derivation(derivation.lhs, derivation.relation, derivation.rhs, derivation.steps, label)


def _vdm_instances(*labels: str) -> tuple[Instance, ...]:
    """Gaussian data x_0 ~ N(m, v) at a late step of a concrete schedule (closed-form KLs and scores)."""
    found = []
    for point in schedule_points()[1:]:
        values = dict(point.substitutions)
        channel = GaussianChannel(x_t, x_0, sp.sqrt(values[abar_t]), 1 - values[abar_t])
        found.append(
            Instance(
                f"Gaussian data x_0 ~ N(m, v) at {point.description}",
                (*point.substitutions, *channel.gaussian_data(m, v, "").substitutions),
                domains(m, v),
                claims=labels,
            )
        )
    return tuple(found)


tweedie = Identity(
    name="tweedie",
    title="Tweedie's formula: the posterior mean from the score",
    section="variational diffusion model",
    assumptions=(*domains(s, abar_t), GENERIC.law, VDM.law),
    derivations=(
        _relabel(GENERIC.tweedie(), "z ~ N(mu, s^2) given mu: E[mu | z] = z + s^2 grad log p(z)"),
        _relabel(VDM.tweedie(), TWEEDIE),
        Derivation(
            TWEEDIE_X0,
            EQ,
            VDM.posterior_mean(),
            (
                Step(
                    EQ,
                    TWEEDIE_X0.xreplace({SCORE: (sp.sqrt(abar_t) * VDM.posterior_mean() - x_t) / FORWARD_VARIANCE}),
                    rules.by_claim(TWEEDIE, SCORE, (sp.sqrt(abar_t) * VDM.posterior_mean() - x_t) / FORWARD_VARIANCE),
                ),
                Step(EQ, VDM.posterior_mean(), rules.ALGEBRA),
            ),
            label="the x_0 prediction from the score is the posterior mean",
        ),
    ),
    instances=(
        GENERIC.gaussian_data(m, v, "Gaussian data mu ~ N(m, v), z | mu ~ N(mu, s^2)"),
        *_vdm_instances(),
    ),
    source="Luo (2022), eqs. 133-135; Efron (2011)",
)

# ----------------------------------------------------- score parameterization

_by_tweedie = rules.lemma("tweedie", VDM.posterior_mean(), TWEEDIE_X0)


score_parameterization = Identity(
    name="score-parameterization",
    title="Predicting the score: mu_q from Tweedie, and the weighted score error",
    section="variational diffusion model",
    assumptions=(*domains(alpha_t, abar_tm1), ABAR, VDM.law),
    derivations=(
        substitution_derivation(
            POSTERIOR_MEAN.xreplace({x_0: VDM.posterior_mean()}),
            VDM.posterior_mean(),
            TWEEDIE_X0,
            _by_tweedie,
            POSTERIOR_MEAN_SCORE,
            "mu_q with x_0 replaced by E[x_0 | x_t] (Tweedie)",
        ),
        matching_derivation(POSTERIOR_MEAN_SCORE, SCORE, s_theta, SCORE_WEIGHT),
    ),
    instances=_vdm_instances(),
    source="Luo (2022), eqs. 143-148",
)

# ------------------------------------------------------ score-noise relation

FORWARD_DENSITY = Density("q", (x_t,), (x_0,))
FORWARD_LAW = Definition(FORWARD_DENSITY, Normal(x_t, FORWARD_MEAN, FORWARD_VARIANCE), "forward-marginal")
GAUSSIAN_SCORE = -(x_t - FORWARD_MEAN) / FORWARD_VARIANCE
CONDITIONAL_NOISE = Expectation((x_t - FORWARD_MEAN) / sp.sqrt(FORWARD_VARIANCE), VDM.posterior, (x_0,))
SCORE_OF_FORWARD = "grad log q(x_t | x_0) of the Gaussian forward-marginal"
IN_THE_NOISE = "grad log q(x_t | x_0) in terms of the noise"
MARGINALLY = "marginally: grad log p(x_t) = -E[eps | x_t] / sqrt(1 - abar_t)"

score_noise_relation = Identity(
    name="score-noise-relation",
    title="The score is the negative scaled expected noise",
    section="variational diffusion model",
    assumptions=(*domains(abar_t), FORWARD_LAW, FORWARD, VDM.law),
    derivations=(
        Derivation(
            Grad(sp.log(FORWARD_DENSITY), x_t),
            EQ,
            GAUSSIAN_SCORE,
            (
                Step(EQ, Grad(sp.log(FORWARD_LAW.rhs), x_t), rules.by(FORWARD_LAW)),
                Step(EQ, GAUSSIAN_SCORE, rules.Algebra("derivative of a Gaussian log density")),
            ),
            label=SCORE_OF_FORWARD,
        ),
        recovery_derivation(GAUSSIAN_SCORE, SCORE_FROM_EPS, (FORWARD,), IN_THE_NOISE),
        Derivation(
            -CONDITIONAL_NOISE / sp.sqrt(FORWARD_VARIANCE),
            EQ,
            SCORE,
            (
                Step(EQ, -(x_t - sp.sqrt(abar_t) * VDM.posterior_mean()) / FORWARD_VARIANCE, rules.LINEARITY),
                Step(EQ, -(x_t - sp.sqrt(abar_t) * TWEEDIE_X0) / FORWARD_VARIANCE, _by_tweedie),
                Step(EQ, SCORE, rules.ALGEBRA),
            ),
            label=MARGINALLY,
        ),
    ),
    instances=(
        *(
            replace(
                instance,
                substitutions=(
                    *instance.substitutions,
                    (FORWARD_DENSITY, FORWARD_LAW.rhs.xreplace(dict(instance.substitutions))),
                ),
            )
            for instance in _vdm_instances(SCORE_OF_FORWARD, MARGINALLY)
        ),
        *(
            Instance(
                f"the forward-marginal at {point.description}",
                (*point.substitutions, (x_t, FORWARD.rhs.xreplace(dict(point.substitutions)))),
                claims=(IN_THE_NOISE,),
            )
            for point in schedule_points()
        ),
    ),
    source="Luo (2022), eqs. 149-151",
)

IDENTITIES = (tweedie, score_parameterization, score_noise_relation)
