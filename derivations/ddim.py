"""DDIM: a non-Markovian forward process with DDPM's marginals, and its sampler (Song, Meng & Ermon 2021).

For any sigma_t with sigma_t^2 <= 1 - abar_{t-1}, the reverse conditional
q_sigma(x_{t-1} | x_t, x_0) = N(sqrt(abar_{t-1}) x_0 + sqrt(1 - abar_{t-1} - sigma_t^2) eps_t, sigma_t^2 I),
with eps_t = (x_t - sqrt(abar_t) x_0) / sqrt(1 - abar_t), keeps q(x_{t-1} | x_0) =
N(sqrt(abar_{t-1}) x_0, (1 - abar_{t-1}) I) (DDIM eq. 7, lemma 1).  DDIM's sampler draws from
it with the model's x_0 and noise (eq. 12); sigma_t(eta)^2 = eta^2 sigma_q^2 (eq. 16), and at
eta = 1 the step is DDPM's posterior, mean and variance.  Nothing here needs consecutive
steps: abar_{t-1} is the cumulative alpha of whichever step the sampler moves to.
"""

from __future__ import annotations

import sympy as sp

from derivations import rules
from derivations.diffusion import (
    DDIM_POSTERIOR_MEAN,
    DDIM_VARIANCE,
    DDIM_VARIANCE_PAPER,
    POSTERIOR_MEAN,
    POSTERIOR_VARIANCE,
    eta,
    sigma_t,
)
from derivations.forward_process import INDEPENDENT_NOISE, forward_marginal_rhs
from derivations.model import (
    Constraint,
    Definition,
    Derivation,
    Equation,
    Identity,
    Instance,
    Relation,
    Step,
    domains,
)
from derivations.symbols import abar_t, abar_tm1, alpha_t, eps, eps_star_tm1, eps_star_tm2, x_0, x_t, x_tm1

EQ, EQ_LAW = Relation.EQ, Relation.EQ_LAW

ABAR = Equation(abar_t, alpha_t * abar_tm1)
#: The coefficient of the direction pointing to x_t (eq. 12).
DIRECTION = sp.sqrt(1 - abar_tm1 - sigma_t**2)


def ddim_step(direction: sp.Expr = DIRECTION) -> Definition:
    """x_{t-1} drawn from q_sigma(x_{t-1} | x_t, x_0), reparameterized with a fresh noise eps*_{t-1}."""
    noise = (x_t - sp.sqrt(abar_t) * x_0) / sp.sqrt(1 - abar_t)
    return Definition(
        x_tm1, sp.sqrt(abar_tm1) * x_0 + direction * noise + sigma_t * eps_star_tm1, "the DDIM step (eq. 7)"
    )


DDIM_STEP = ddim_step()
#: x_t ~ q(x_t | x_0), with its own noise.
MARGINAL = Definition(x_t, forward_marginal_rhs(abar_t, eps_star_tm2), "forward-marginal at t", EQ_LAW)
#: sigma_t at eta = 1.
DDPM_SIGMA = Definition(sigma_t, sp.sqrt(POSTERIOR_VARIANCE), "sigma_t(1) = sigma_q")
NOT_TOO_NOISY = Constraint(sp.StrictLessThan(sigma_t**2, 1 - abar_tm1))

MARGINALS_LABEL = "same marginals as the forward process"
VARIANCE_LABEL = "sigma_t(eta)^2 = eta^2 sigma_q^2"
POSTERIOR_LABEL = "eta = 1: the DDPM posterior mean"

#: The direction coefficient squared at sigma_t = sigma_q, factored: alpha_t (1 - abar_{t-1})^2 / (1 - abar_t).
_RADICAND = alpha_t * (1 - abar_tm1) ** 2 / (1 - abar_t)


def same_marginals(direction: sp.Expr = DIRECTION) -> Derivation:
    """x_{t-1} of the DDIM step from x_t ~ q(x_t | x_0) has the law q(x_{t-1} | x_0)."""
    step = ddim_step(direction)
    drawn = step.rhs
    given_marginal = drawn.subs(x_t, MARGINAL.rhs)
    return Derivation(
        x_tm1,
        EQ_LAW,
        forward_marginal_rhs(abar_tm1),
        (
            Step(EQ, drawn, rules.by(step)),
            Step(EQ_LAW, given_marginal, rules.by(MARGINAL)),
            Step(EQ, sp.sqrt(abar_tm1) * x_0 + direction * eps_star_tm2 + sigma_t * eps_star_tm1, rules.ALGEBRA),
            Step(
                EQ_LAW,
                sp.sqrt(abar_tm1) * x_0 + sp.sqrt(1 - abar_tm1 - sigma_t**2 + sigma_t**2) * eps,
                rules.GAUSSIAN_SUM,
            ),
            Step(EQ, forward_marginal_rhs(abar_tm1), rules.ALGEBRA),
        ),
        label=MARGINALS_LABEL,
    )


def eta_variance() -> Derivation:
    """sigma_t(eta)^2 of eq. 16 is eta^2 sigma_q^2."""
    return Derivation(
        DDIM_VARIANCE_PAPER,
        EQ,
        DDIM_VARIANCE,
        (
            Step(
                EQ,
                eta**2 * (1 - abar_tm1) / (1 - abar_t) * (1 - alpha_t),
                rules.Algebra("abar_t / abar_(t-1) = alpha_t"),
            ),
            Step(EQ, DDIM_VARIANCE, rules.ALGEBRA),
        ),
        label=VARIANCE_LABEL,
    )


def ddpm_at_eta_one() -> Derivation:
    """At sigma_t = sigma_q the DDIM step's mean is the posterior mean mu_q."""
    direction = (x_t - sp.sqrt(abar_t) * x_0) / sp.sqrt(1 - abar_t)
    at_sigma_q = DDIM_POSTERIOR_MEAN.xreplace({sigma_t: DDPM_SIGMA.rhs})
    return Derivation(
        DDIM_POSTERIOR_MEAN,
        EQ,
        POSTERIOR_MEAN,
        (
            Step(EQ, at_sigma_q, rules.by(DDPM_SIGMA)),
            Step(EQ, sp.sqrt(abar_tm1) * x_0 + sp.sqrt(_RADICAND) * direction, rules.ALGEBRA),
            Step(
                EQ,
                sp.sqrt(abar_tm1) * x_0 + sp.sqrt(alpha_t) * (1 - abar_tm1) / sp.sqrt(1 - abar_t) * direction,
                rules.Algebra("square root of a square, 1 - abar_(t-1) > 0"),
            ),
            Step(EQ, POSTERIOR_MEAN, rules.ALGEBRA),
        ),
        label=POSTERIOR_LABEL,
    )


#: alpha_t = 9/25, abar_(t-1) = 16/25 (so abar_t = 144/625), sigma_t = 1/5, eta = 1/2.
RATIONAL_POINT = {
    alpha_t: sp.Rational(9, 25),
    abar_tm1: sp.Rational(16, 25),
    abar_t: sp.Rational(144, 625),
    sigma_t: sp.Rational(1, 5),
    eta: sp.Rational(1, 2),
}


def _instances(direction: sp.Expr) -> tuple[Instance, ...]:
    """The rational point, x_t drawn from q(x_t | x_0); for eta = 1, sigma_t is sigma_q."""
    drawn = ddim_step(direction).rhs.subs(x_t, MARGINAL.rhs).xreplace(RATIONAL_POINT)
    schedule = {alpha_t: RATIONAL_POINT[alpha_t], abar_tm1: RATIONAL_POINT[abar_tm1], abar_t: RATIONAL_POINT[abar_t]}
    return (
        Instance(
            "alpha_t = 9/25, abar_(t-1) = 16/25, sigma_t = 1/5, eta = 1/2, x_t drawn from q(x_t | x_0)",
            ((x_tm1, drawn), *RATIONAL_POINT.items()),
            claims=(MARGINALS_LABEL, VARIANCE_LABEL),
        ),
        Instance(
            "alpha_t = 9/25, abar_(t-1) = 16/25, sigma_t = sigma_q",
            (*schedule.items(), (sigma_t, DDPM_SIGMA.rhs.xreplace(schedule))),
            claims=(POSTERIOR_LABEL,),
        ),
    )


def ddim_identity(direction: sp.Expr = DIRECTION) -> Identity:
    """The identity with ``direction`` as the coefficient of the predicted noise (a wrong one makes a wrong variant)."""
    return Identity(
        name="ddim-update",
        title="DDIM: a non-Markovian step with the forward marginals; eta = 1 is DDPM",
        section="variational diffusion model",
        assumptions=(
            *domains(alpha_t, abar_t, abar_tm1, sigma_t),
            ABAR,
            NOT_TOO_NOISY,
            ddim_step(direction),
            MARGINAL,
            DDPM_SIGMA,
            INDEPENDENT_NOISE,
        ),
        derivations=(same_marginals(direction), eta_variance(), ddpm_at_eta_one()),
        instances=_instances(direction),
        source="Song, Meng & Ermon (2021), eqs. 7, 12, 16 and lemma 1",
    )


ddim_update = ddim_identity()

IDENTITIES = (ddim_update,)
